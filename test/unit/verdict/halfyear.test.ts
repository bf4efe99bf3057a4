/**
 * A listed company's half-year results (Markdown, a table of this half and last year's half) against a writer's
 * draft: a figure of last year's column given as this half's ("Operating profit was £88.5m in the first half" /
 * "Operating profit | H1 2024/25: £96.3m | H1 2023/24: £88.5m"). The statement is written for these tests (from a
 * helper's draft); the company is invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RESULTS = `# Harcourt & Lyle plc — Interim results for the 26 weeks ended 28 September 2024

*Released 7:00am, 14 November 2024. LSE: HLY*

Harcourt & Lyle plc, the homewares and furniture retailer, today announces its unaudited results for the half year ended 28 September 2024.

## Financial highlights

| | H1 2024/25 | H1 2023/24 | Change |
|---|---|---|---|
| Revenue | £1,184.6m | £1,097.2m | +8.0% |
| Operating profit | £96.3m | £88.5m | +8.8% |
| Profit before tax | £81.7m | £79.4m | +2.9% |
| Basic earnings per share | 14.2p | 13.1p | +8.4% |
| Interim dividend per share | 4.5p | 4.2p | +7.1% |

Like-for-like sales rose 5.3%, while online sales grew 12.6% and now account for 31% of group revenue. Net debt at the period end was £212.0m, compared with £248.5m a year earlier.

## Stores

The group opened nine new stores in the period, including its first two in Ireland, and closed three, taking the estate to 284 stores. It expects to open a further six stores in the second half.

## Outlook and guidance

The board has raised its full-year guidance and now expects profit before tax for the year ending 29 March 2025 of between £190m and £200m, up from its previous range of £180m to £195m. Trading in the first six weeks of the second half has been in line with expectations.

## Share buyback

Harcourt & Lyle will launch a share buyback programme of up to £50m, to be completed by the end of the financial year. This follows the £30m programme completed in June 2024.

## Chief executive's comment

Amanda Pryce, chief executive, said: "This has been a strong first half. Our customers are responding to sharper prices and a better range, and our online business continues to grow faster than the market. We enter the important Christmas period with confidence, which is why we are raising our guidance and returning more cash to shareholders."

The interim dividend will be paid on 10 January 2025 to shareholders on the register at 6 December 2024.
`;

describe('half-year results, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('last year\'s column given as this half\'s: "Operating profit was £88.5m in the first half"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results.md': RESULTS }));
    const r = verdict('contradicted', 'Operating profit was £88.5m in the first half.');
    assert.equal(r.conflicts[0].note, 'it gives £88.5m for H1 2023/24');
    verdict('supported', 'Operating profit was £96.3m in the half year.');
    verdict('supported', 'Operating profit rose 8.8% to £96.3m.');
  });

  test('"Pre-tax profit" is the row "Profit before tax"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results.md': RESULTS }));
    verdict('supported', 'Pre-tax profit rose 2.9% to £81.7m in the six months to September.');
  });
});
