/**
 * A central bank's rate decision against a writer's draft: the governor's words in the second sentence of a
 * quotation opened after his name ("Governor Andrew Bailey said: "Inflation is falling … But we need to be careful
 * not to cut rates too quickly.""), which a claim naming him by his surname reports the other way. The summary is
 * written for these tests; its figures are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const SUMMARY = `# Bank of England cuts interest rates to 3.75%

*Monetary Policy Summary, 5 November 2026*

The Bank of England's Monetary Policy Committee voted by a majority of 6–3 to reduce Bank Rate by 0.25 percentage points, to 3.75%. Three members preferred to keep Bank Rate unchanged at 4%.

It is the first cut since May and the fourth this year. Bank Rate had been held at 4% at the Committee's previous two meetings.

CPI inflation fell to 3.4% in September, from 3.8% in August, and is expected to fall to around 2.5% by the end of 2027.

Governor Andrew Bailey said: "Inflation is falling, and we think the path to the 2% target is now clearer. But we need to be careful not to cut rates too quickly."
`;

describe('a rate decision, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a quotation\'s second sentence is its speaker\'s: "Bailey said rates would be cut quickly" / "… said: "… But we need to be careful not to cut rates too quickly.""', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'summary.md': SUMMARY }));
    verdict('contradicted', 'Bailey said rates would be cut quickly.');
    verdict('supported', 'Bailey said the Bank needed to be careful not to cut rates too quickly.');
    verdict('supported', 'Andrew Bailey said the path to the 2% target was now clearer.');
  });

  test('the rest of the decision: a rate, a vote, a month, a direction, a year, a count of meetings', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'summary.md': SUMMARY }));
    verdict('supported', 'The Bank of England cut interest rates to 3.75%.');
    verdict('contradicted', 'The Bank of England cut interest rates to 3.5%.', [['3.5%', '3.75%']]);
    verdict('supported', 'The committee voted 6-3 to cut rates.');
    verdict('contradicted', 'The committee voted 7-2 to cut rates.', [['7-2', '6–3']]);
    verdict('contradicted', 'The committee was unanimous.');
    verdict('contradicted', 'It is the first cut since March.', [['March', 'May']]);
    verdict('contradicted', 'Inflation rose to 3.4% in September.', [['rose', 'fell']]);
    verdict('contradicted', 'Inflation is expected to fall to around 2.5% by the end of 2026.', [['2026', '2027']]);
    verdict('contradicted', 'Rates had been held at 4% at the previous three meetings.', [['three', 'two']]);
  });
});
