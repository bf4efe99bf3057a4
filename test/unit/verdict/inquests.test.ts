/**
 * An inquest report against a writer's draft: where someone died, and which of two denials of a sentence a claim
 * goes against ("had not been wearing a helmet, but … a helmet would not have saved his life"). The report is
 * written for these tests; the names are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `Inquest: cyclist's death on A38 was accidental, coroner rules

Daniel Hughes, 34, from Redditch, was hit at about 7.40am on 12 March as he rode to work. He died at the scene.

Senior coroner Kate Wilson said the lorry driver, who was not named, had been travelling at 48mph in a 50mph zone and could not have avoided the collision.

She said Mr Hughes had not been wearing a helmet, but that a helmet would not have saved his life.
`;

describe('an inquest, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('where someone died: "died in hospital" / "died at the scene"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'inquest.txt': REPORT }));
    verdict('contradicted', 'Daniel Hughes died in hospital.', [['hospital', 'scene']]);
    verdict('supported', 'Daniel Hughes died at the scene.');
  });

  test('the denial shown is the one before the claim\'s word: "would have saved his life" / "would not have saved his life"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'inquest.txt': REPORT }));
    verdict('contradicted', 'Coroner Kate Wilson said a helmet would have saved his life.', [['saved', 'would not have saved his life']]);
    verdict('contradicted', 'Mr Hughes was wearing a helmet.');
  });

  test('the report\'s figures', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'inquest.txt': REPORT }));
    verdict('contradicted', 'Daniel Hughes, 43, from Redditch, died after being hit by a lorry.', [['43', '34']]);
    verdict('contradicted', 'He was hit at about 7.40pm on 12 March.', [['7.40pm', '7.40am']]);
    verdict('contradicted', 'The lorry was travelling at 58mph.', [['58mph', '48mph']]);
  });
});
