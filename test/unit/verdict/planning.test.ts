/**
 * A planning committee's decisions against a writer's draft: an opposite next to the same word where the sentence
 * has the claim's word elsewhere ("had recommended approval" / "voted … to approve …, who had recommended
 * refusal"). The minutes are written for these tests; the council and the scheme are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const MINUTES = `Planning committee, 18 November 2026: decisions

Application 26/0412: 240 homes on land west of Brookfield Road, Ashworth

The committee voted 7 to 4 to approve the application, against the advice of planning officers, who had recommended refusal.

The developer, Larchwood Homes, will build 72 affordable homes, 30% of the total, and pay £1.4m towards a new primary school.

Work is expected to start in spring 2027 and take four years.
`;

const SECTORS = `Pay talks

Pay rises were agreed for workers in the private and public sector after talks on Monday.
`;

describe('a planning committee\'s decisions, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('an opposite next to the same word, the claim\'s word elsewhere in the sentence: "had recommended approval" / "to approve …, who had recommended refusal"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'minutes.txt': MINUTES }));
    verdict('contradicted', 'Planning officers had recommended approval.', [['approval', 'refusal']]);
    verdict('supported', 'Planning officers had recommended refusal.');
    verdict('supported', 'The committee voted 7 to 4 to approve the application.');
  });

  test('not two opposites the claim has both of, in the other order: "the public and private sector" / "the private and public sector"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'talks.txt': SECTORS }));
    verdict('supported', 'Pay rises were agreed for workers in the public and private sector after talks on Monday.');
  });

  test('the scheme\'s figures and seasons', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'minutes.txt': MINUTES }));
    // (One vote: "8 to 3" / "7 to 4"; it was two figures, each against the one after its own words.)
    verdict('contradicted', 'The committee voted 8 to 3 to approve the application.', [['8 to 3', '7 to 4']]);
    verdict('contradicted', 'Larchwood Homes will build 72 affordable homes, a third of the total.', [['a third', '30%']]);
    verdict('contradicted', 'The developer will pay £1.4m towards a new secondary school.', [['secondary', 'primary']]);
    verdict('contradicted', 'Work is expected to start in autumn 2027.', [['autumn', 'spring']]);
  });
});
