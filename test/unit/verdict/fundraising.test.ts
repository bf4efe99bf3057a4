/**
 * A hospice's appeal against a writer's draft: the sum raised against the target it is part of ("£2.3m of its £3m
 * target"). The appeal is written for these tests; the hospice is invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const APPEAL = `Hospice appeal passes £2m

The Wyvern Hospice's appeal for a new inpatient wing has raised £2.3m of its £3m target in 18 months, the charity said on Tuesday.

The wing will have 12 beds, doubling the hospice's inpatient capacity, and is due to open in autumn 2027.

Chief executive Helen Marsh said the charity still needed £700,000 and urged local businesses to help.
`;

describe('a fundraising appeal, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('the whole of a partitive does not state a figure that is no whole: "has raised £3m" / "has raised £2.3m of its £3m target"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'appeal.txt': APPEAL }));
    verdict('contradicted', 'The appeal has raised £3m.', [['£3m', '£2.3m']]);
    verdict('supported', 'The appeal has raised £2.3m towards its £3m target.');
    verdict('supported', 'The appeal has a £3m target.');
    verdict('supported', 'The appeal has raised £2.3m.');
  });

  test('the appeal\'s other figures', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'appeal.txt': APPEAL }));
    verdict('contradicted', 'The hospice still needs £1.3m.', [['£1.3m', '£700,000']]);
    verdict('contradicted', 'The new wing will have 12 beds, tripling capacity.', [['tripling', 'doubling']]);
    verdict('contradicted', 'The wing will open in spring 2027.', [['spring', 'autumn']]);
  });
});
