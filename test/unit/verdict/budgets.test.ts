/**
 * A budget announcement against a writer's draft: a cost for its first year and another for a later year in one
 * sentence ("£4.1bn in its first year, rising to £5.3bn by 2029-30"), and a forecast beside the one it replaces
 * ("1.4 per cent in 2026, up from its October forecast of 1.1 per cent"). The announcement is written for these
 * tests; its figures are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const BUDGET = `Chancellor raises personal allowance in spring budget

The Chancellor, Helen Ashworth, has announced that the personal allowance for income tax will rise from £12,570 to £13,200 from 6 April 2026.

Ms Ashworth said the change would take around 650,000 of the lowest-paid workers out of income tax altogether. The Treasury estimates the measure will cost £4.1bn in its first year, rising to £5.3bn by 2029-30.

The Office for Budget Responsibility (OBR), the independent forecaster, said the package would add 0.2 percentage points to economic growth next year. It now expects the economy to grow by 1.4 per cent in 2026, up from its October forecast of 1.1 per cent.

The shadow chancellor, Tom Whitfield, said the budget was "a giveaway today paid for by motorists tomorrow".
`;

describe('a budget, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a figure under another figure\'s label: "£5.3bn in its first year" / "£4.1bn in its first year, rising to £5.3bn by 2029-30"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'budget.txt': BUDGET }));
    verdict('contradicted', 'The measure will cost £5.3bn in its first year.', [['£5.3bn', '£4.1bn']]);
    verdict('supported', 'The measure will cost £4.1bn in its first year.');
    verdict('supported', 'The measure will cost £5.3bn by 2029-30.');
  });

  test('the forecast it replaces is no forecast of now: "growth of 1.1 per cent in 2026" / "1.4 per cent in 2026, up from its October forecast of 1.1 per cent"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'budget.txt': BUDGET }));
    verdict('contradicted', 'The OBR expects growth of 1.1 per cent in 2026.', [['1.1 per cent', '1.4 per cent']]);
    verdict('supported', 'The OBR expects growth of 1.4 per cent in 2026.');
    verdict('supported', 'The personal allowance will rise to £13,200 from April 2026.');
  });

  test('a role in apposition the budget gives otherwise: "Tom Whitfield, the Chancellor," / "The shadow chancellor, Tom Whitfield,"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'budget.txt': BUDGET }));
    const r = verdict('contradicted', 'Tom Whitfield, the Chancellor, said the budget was a giveaway paid for by motorists.', [['Chancellor', 'shadow chancellor']]);
    assert.equal(r.conflicts[0].note, 'it names Tom Whitfield as the shadow chancellor');
    verdict('contradicted', 'Helen Ashworth, the shadow chancellor, announced the budget.', [['shadow chancellor', 'Chancellor']]);
    verdict('supported', 'Tom Whitfield, the shadow chancellor, said the budget was a giveaway.');
    verdict('supported', 'Helen Ashworth, the Chancellor, announced the budget.');
  });
});
