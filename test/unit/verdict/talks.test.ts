/**
 * A report of failed pay talks against a writer's draft: a verb the source denies through its noun ("agreed on pay"
 * / "no agreement on pay", "paid staff" / "no payment to staff"). The report is written for these tests; the council
 * is invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `Pay talks end without a deal

Talks between the union and Harwick Council ended on Friday with no agreement on pay for 2027.

The council made no payment to staff in October.
`;

describe('failed pay talks, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a verb denied through its noun: "agreed on pay" / "no agreement on pay"; "paid staff" / "no payment to staff"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'talks.txt': REPORT }));
    verdict('contradicted', 'The union and Harwick Council agreed on pay for 2027 on Friday.');
    verdict('contradicted', 'The council paid staff in October.');
    verdict('supported', 'The talks ended on Friday with no agreement on pay.');
  });
});
