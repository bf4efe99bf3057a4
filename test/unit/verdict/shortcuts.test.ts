/**
 * The verdicts' shortcuts must not change a verdict: `mayState` (a text test before value extraction) may only
 * say false when no extracted value agrees, and `citedHits` (the cited documents' best passages taken from the
 * wider search of everything) must equal the search restricted to them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceDocument } from '../../../server/src/core/types';
import { citedHits } from '../../../server/src/core/verdict/claims';
import { extractValues, mayState, valueAgrees } from '../../../server/src/core/verdict/values';
import { indexOf, makeDocument } from './sources';
import { AMNESTY, WEATHER, WIRE } from './fixtures';

const TEXTS = [
  ...`${AMNESTY}\n${WIRE}\n${WEATHER}`.split(/(?<=[.!?])\s+|\n+/),
  'About two dozen people came; a hundred more stayed away.',
  'The third round starts on Monday, the 3rd of May.',
  'Kim Jong Il’s birthday and KIM JONG UN were mentioned, as was O’Brien’s report.',
  'It cost $4.5 million, or 4,500,000 dollars, up 12% in the 1990s.',
  'Forty-two soldiers and fifty thousand residents; the first of twenty.',
  'No digits, no months and no names here at all.',
  "Shops close on Christmas Day; the sale starts on Boxing Day and ends on New Year's Eve.",
].filter((t) => t.trim());

test('mayState is false only when no extracted value agrees', () => {
  const values = TEXTS.flatMap((t) => extractValues(t));
  assert.ok(values.length > 40, `only ${values.length} values`);
  let skipped = 0;
  for (const claim of values) {
    for (const text of TEXTS) {
      const lower = text.toLowerCase().replace(/’/g, "'");
      if (mayState(claim, text, () => lower)) continue;
      skipped++;
      const agreeing = extractValues(text).find((s) => valueAgrees(claim, s));
      assert.equal(agreeing, undefined, `"${claim.text}" (${claim.kind}) is stated in "${text}" by "${agreeing?.text}"`);
    }
  }
  assert.ok(skipped > 100, `the test skipped only ${skipped} pairs`);
});

const DOCUMENTS: SourceDocument[] = [makeDocument('amnesty.txt', AMNESTY), makeDocument('wire.txt', WIRE), makeDocument('weather.txt', WEATHER)];
const index = indexOf(DOCUMENTS);
test('citedHits gives what the restricted search gives, with or without the fallback', () => {
  const queries = ['North Korea released prisoners under the amnesty', 'snow in Seoul', 'Kim Il Sung birthday', 'prisoners'];
  for (const query of queries) {
    for (const cited of [['wire.txt'], ['amnesty.txt'], ['amnesty.txt', 'weather.txt']]) {
      for (const [limit, wide] of [
        [3, 6],
        [2, 2],
        [10, 30],
      ]) {
        const expected = index.search(query, { limit, documents: cited });
        const all = index.search(query, { limit: wide });
        const got = citedHits(index, query, all, new Set(cited), limit, wide);
        const ids = (hits: typeof got) => hits.map((h) => [h.passage.id, h.score]);
        assert.deepEqual(ids(got), ids(expected), `${query} / ${cited.join(',')} / ${limit}:${wide}`);
      }
    }
  }
});
