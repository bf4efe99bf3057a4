/**
 * A statistics office's migration release against a writer's draft: a figure given with the date the sentence
 * gives another figure ("431,000 in the year to June 2025"), and provisional figures called final. The release is
 * written for these tests; its figures are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `Long-term international migration, provisional: year ending June 2026

Net migration to the UK was 431,000 in the year ending June 2026, down from 728,000 in the year ending June 2025, the Office for National Statistics said.

Immigration fell to 948,000, while emigration rose to 517,000, the highest figure since the current series began in 2012.

The ONS said the figures were provisional and likely to be revised.
`;

describe('a migration release, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a figure with the date the sentence gives another figure: "431,000 in the year to June 2025" / "431,000 in the year ending June 2026, down from 728,000 in the year ending June 2025"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.txt': RELEASE }));
    verdict('contradicted', 'Net migration fell to 431,000 in the year to June 2025.', [['June 2025', 'June 2026']]);
    verdict('supported', 'Net migration fell to 431,000 in the year to June 2026.');
    verdict('supported', 'Net migration was 728,000 in the year to June 2025.');
  });

  test('provisional figures are not final', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.txt': RELEASE }));
    verdict('contradicted', 'The ONS said the figures were final.', [['final', 'provisional']]);
    verdict('supported', 'The ONS said the figures were provisional.');
  });

  test('directions and figures', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.txt': RELEASE }));
    verdict('contradicted', 'Emigration fell to 517,000.', [['fell', 'rose']]);
    verdict('contradicted', 'Immigration rose to 948,000.', [['rose', 'fell']]);
    verdict('supported', 'Emigration rose to 517,000, the highest since records began in 2012.');
  });
});
