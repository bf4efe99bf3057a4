/**
 * A wildlife charity's survey results (a Markdown table of species) against a writer's draft: a change up against a
 * cell's minus sign, a place against the Rank column while the claim's other words name another column, and a
 * cell beside a column named for a year. The results are written for these tests; the figures are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RESULTS = `# Garden Birdwatch 2026: results

More than 412,000 people took part in this year's Garden Birdwatch over the last weekend of January, counting 7.2 million birds.

The house sparrow kept its place as the most commonly seen garden bird for the 23rd year running, with an average of 4.1 per garden.

| Rank | Species | Average per garden | Change since 2025 |
|---|---|---|---|
| 1 | House sparrow | 4.1 | -3% |
| 2 | Blue tit | 3.2 | +2% |
| 3 | Starling | 2.9 | -11% |
| 4 | Wood pigeon | 2.1 | +1% |
| 5 | Blackbird | 2.0 | -5% |

Starling numbers have fallen by 84% since the survey began in 1979.
`;

describe('a garden bird survey\'s table, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"up 11%" against a cell\'s "-11%": the row is about it though "up" is no index word', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results.md': RESULTS }));
    verdict('contradicted', 'Starlings were up 11% on last year.', [['up', '-11%']]);
    verdict('supported', 'Starlings were down 11% on last year.');
  });

  test('a place against the Rank column, the claim\'s other figure in the column its words name: "fourth, with an average of 2.0 per garden"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results.md': RESULTS }));
    verdict('contradicted', 'The blackbird was fourth, with an average of 2.0 per garden.', [['fourth', 'Rank: 5']]);
    verdict('supported', 'The blackbird was fifth, with an average of 2.0 per garden.');
  });

  test('a count of years in a row is no place: "finished third" / "fourth for the third year running"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'table.txt': 'University league table 2027\n\nKingsmoor finished fourth for the third year running, while Northbridge rose to second.\n' }));
    verdict('contradicted', 'Kingsmoor finished third.', [['third', 'fourth']]);
    verdict('contradicted', 'Kingsmoor finished fourth for the second year running.', [['second', 'third']]);
    verdict('supported', 'Kingsmoor finished fourth for the third year in a row.');
  });

  test('a cell beside a column named for a year is not that year\'s figure: "with 3.2 per garden" / "Average per garden: 3.2 | Change since 2025: +2%"', async () => {
    const index = await workspaceIndex({ 'results.md': RESULTS });
    const r = judgeWith(index)('Blue tits were the second most common garden bird, with 3.2 per garden.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
    expectVerdictWith(index)('contradicted', 'Blue tits were the second most common garden bird, with 4.2 per garden.', [['4.2', 'Average per garden: 3.2']]);
  });
});
