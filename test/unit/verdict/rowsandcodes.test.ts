/**
 * The thirty-sixth round, last part: two misses of the drafts written against its last rules. A figure given the
 * other year's column of a table row ("rose from 23 days in 2022/23 to 71 days in 2023/24" / "Average days from
 * report to inspection | 2022/23: 71 | 2023/24: 23"), and a figure run into a placeholder's letters read as a count
 * ("Grid area: SE 0xx 8xx" had stated "eight weeks"); a day of a month "stated" by the month alone ("stood down on
 * Monday 27 January" / "in January 2025"). The sources are written for these tests from the helpers' drafts; the people,
 * bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues, valueAgrees } from '../../../server/src/core/verdict/values';
import { expectVerdictWith, judgeWith, workspaceIndex } from './sources';

const RESPONSE = `# Our performance

| Measure | 2022/23 | 2023/24 |
|---|---|---|
| Average days from report to inspection | 71 | 23 |
| Stage one complaints answered within 10 working days | 48% | 67% |
`;

describe('table years and codes (thirty-sixth round)', () => {
  test("a figure the claim gives a year is checked against that year's column, whatever its other figure", async () => {
    const index = await workspaceIndex({ 'response.md': RESPONSE });
    const verdict = expectVerdictWith(index);
    // Was supported: each figure is in the row, and the column of 2022/23 holds the claim's other figure.
    verdict('contradicted', 'The average wait from report to inspection rose from 23 days in 2022/23 to 71 days in 2023/24.', [['23 days', '2022/23: 71']]);
    const right = judgeWith(index)('The average wait from report to inspection fell from 71 days in 2022/23 to 23 days in 2023/24.');
    assert.notEqual(right.verdict, 'contradicted');
    assert.deepEqual(right.conflicts, []);
  });

  test("a figure run into a placeholder's letters is part of a code, not a count", () => {
    // Were the numbers 0 and 8 (and "8xx" then stated "eight weeks").
    assert.deepEqual(
      extractValues('Grid area: SE 0xx 8xx (approximate, fire front moved)').filter((v) => v.kind !== 'name'),
      [],
    );
    assert.deepEqual(
      extractValues('at 10am, 5km away, 2nd place, 1m tall, a 3D scan').map((v) => [v.kind, v.text]),
      [
        ['quantity', '10am'],
        ['quantity', '5km'],
        ['ordinal', '2nd'],
        ['quantity', '1m'],
        ['number', '3'],
      ],
    );
  });

  test('a month, or a year, states no day of it', () => {
    const date = (text: string) => extractValues(text).find((v) => v.kind === 'date')!;
    const claim = date('Mr Hollis stood down on Monday 27 January.');
    // Was true: the two shared the month, and the source gave no day to differ.
    assert.equal(valueAgrees(claim, date('the resignation of Brian Hollis in January 2025')), false);
    assert.equal(valueAgrees(claim, date('My first job on Monday will be to write to the council leader.')), false);
    assert.equal(valueAgrees(claim, date('who stood down on Monday 27 January 2025')), true);
    // (A month is still stated by a day of it.)
    assert.equal(valueAgrees(date('He stood down in January.'), date('who stood down on Monday 27 January 2025')), true);
  });
});
