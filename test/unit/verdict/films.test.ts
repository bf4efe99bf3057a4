/**
 * A weekend box-office report against a writer's draft: an award won against one the film was nominated for
 * ("won an Oscar" / "the Oscar-nominated drama"), and a region named by its adjective ("North American" / "North
 * America"). The report is written for these tests; the films are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# Weekend box office: Tidewater sinks rivals

*Figures from Comscore, Sunday 16 November 2026*

Tidewater, the sci-fi thriller directed by Maya Lindqvist, took $48.6m (£38.2m) in North America over its opening weekend, the biggest debut for an original film this year.

Lindqvist, 41, previously directed the Oscar-nominated drama Glass Harbour (2022).
`;

describe('a box-office report, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('an award won is not one the film was nominated for: "won an Oscar" / "the Oscar-nominated drama"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'boxoffice.md': REPORT }));
    verdict('contradicted', 'Lindqvist\'s previous film, Glass Harbour, won an Oscar.', [['won', 'nominated']]);
    verdict('contradicted', 'Lindqvist directed the Oscar-winning drama Glass Harbour.', [['winning', 'nominated']]);
    verdict('supported', 'Lindqvist\'s previous film, Glass Harbour, was nominated for an Oscar.');
  });

  test('a region named by its adjective is the region: "its North American opening weekend" / "in North America"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'boxoffice.md': REPORT }));
    verdict('contradicted', 'Tidewater took $46.8m in its North American opening weekend.', [['$46.8m', '$48.6m']]);
    verdict('supported', 'Tidewater took $48.6m in its North American opening weekend.');
  });
});
