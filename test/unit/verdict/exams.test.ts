/**
 * An exam board's results summary (Markdown, with a table of two years) against a writer's draft: the cases found by
 * checking such a draft by hand. The figures are invented for these tests.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RESULTS = `# A-level results 2026: national summary

The proportion of A-level entries awarded an A or A* in England rose to 28.4% this year, from 27.8% in 2025, according to figures published by the Joint Council for Qualifications (JCQ) on Thursday.

| Grade | 2025 | 2026 |
|---|---|---|
| A* | 9.3% | 9.6% |
| A* or A | 27.8% | 28.4% |
| A* to C | 76.2% | 75.9% |
| A* to E (pass rate) | 97.2% | 97.1% |

Girls outperformed boys at the top grades: 29.1% of girls' entries got an A or A*, against 27.5% of boys'.

Maths remained the most popular subject, with 98,420 entries, up 3% on last year. Entries in French fell by 6% to 6,310.
`;

async function indexed() {
  return workspaceIndex({ 'results.md': RESULTS });
}

describe('exam results with a table of two years, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a figure of the table\'s earlier year is not this year\'s: "The pass rate rose to 97.2%" / "A* to E (pass rate) | 97.2% | 97.1%"', async () => {
    const verdict = expectVerdictWith(await indexed());
    const r = verdict('contradicted', 'The pass rate rose to 97.2%.');
    if (r.conflicts[0]?.note !== 'it gives 97.2% for 2025') throw new Error(`note: ${r.conflicts[0]?.note}`);
    verdict('supported', 'The pass rate was 97.1%, slightly down on last year.');
  });

  test('a claim that names last year gives no figure of this year: "up from 27.8% last year" has no rival in "up 3% on last year"', async () => {
    const verdict = expectVerdictWith(await indexed());
    // Was "3%, not 27.8%; it gives 27.8% for 2025".
    verdict('supported', 'The share of A-level entries awarded A or A* rose to 28.4%, up from 27.8% last year.');
  });

  test('the two sides of a relation swapped: "Boys outperformed girls" / "Girls outperformed boys"', async () => {
    const verdict = expectVerdictWith(await indexed());
    verdict('contradicted', 'Boys outperformed girls at the top grades.', [['Boys outperformed girls', 'Girls outperformed boys']]);
    verdict('supported', 'Girls outperformed boys at the top grades.');
  });
});
