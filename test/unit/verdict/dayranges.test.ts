/**
 * A range of days whose first day no month has ("runs from 40-20 February", a digit changed): the benchmark draft's
 * changed figure, caught until "10-20 February" in the source was read as two dates (the 10th a date, the claim's
 * 40 a figure: no rival of one kind). The source is written for this test; the festival's film is invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractValues } from '../../../server/src/core/verdict/values';
import { expectVerdictWith, workspaceIndex } from './sources';

const files = {
  'festival.txt': `Documentary to open film festival

A documentary about the harbour town of Porthkellis will be shown at this year's Marlow Film Festival.

Low Tide will screen in the Horizons section of the festival, which runs from 10-20 February. The director will attend the festival to introduce the screening on 16 February.
`,
};

describe('a range of days with an impossible first day', () => {
  test('"40-20 February" reads as the range\'s first day, a date like the source\'s "10"', () => {
    const values = extractValues('the festival, which runs from 40-20 February.');
    assert.deepEqual(
      values.map((v) => [v.kind, v.text]),
      [
        ['date', '40'],
        ['date', '20 February'],
      ],
    );
    // A figure with a dash before a day and month is still a figure when it is no day at all ("a 140-20 February"
    // is not matched: three digits).
    assert.equal(extractValues('runs from 140-20 February').find((v) => v.text === '140')?.kind, 'number');
  });

  test('the changed first day is contradicted, the right one supported', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported here ("No source states “40”"), and supported in the benchmark's corpus, where another
    // passage has a 40 (the figure was "stated elsewhere").
    verdict('contradicted', 'Low Tide will screen in the Horizons section of the festival, which runs from 40-20 February.', [['40', '10']]);
    verdict('supported', 'Low Tide will screen in the Horizons section of the festival, which runs from 10-20 February.');
  });
});
