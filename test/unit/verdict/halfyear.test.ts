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

Harcourt & Lyle plc, the homewares and furniture retailer, today announces its unaudited results for the half year ended 28 September 2024.

## Financial highlights

| | H1 2024/25 | H1 2023/24 | Change |
|---|---|---|---|
| Revenue | £1,184.6m | £1,097.2m | +8.0% |
| Operating profit | £96.3m | £88.5m | +8.8% |
| Profit before tax | £81.7m | £79.4m | +2.9% |
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
});
