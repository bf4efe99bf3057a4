/**
 * A food safety agency's recall notice against a writer's draft: the company "had stopped using the supplier" is
 * not "would keep using" it; "only" one of the places or shops the notice lists is contradicted. The notice is written for these tests; the company and the recall are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `Food Standards Agency: product recall notice

Harrow Foods is recalling Harrow Kitchen Chicken Tikka Masala (400g) because it contains peanuts, which are not mentioned on the label.

The product was sold in Tesco, Asda and Morrisons stores in England and Wales. About 12,000 packs were sold before the problem was found.

Harrow Foods said a supplier had changed the recipe of a spice blend without telling the company. No illnesses have been reported.

The company said it had stopped using the supplier and would test every batch of spice blend before use.
`;

describe('a recall notice, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"keep using" is not "stopped using": the claim\'s verb is missing, not stated', async () => {
    const index = await workspaceIndex({ 'notice.txt': NOTICE });
    const judge = judgeWith(index);
    const kept = judge('Harrow Foods said it would keep using the supplier.');
    assert.equal(kept.verdict, 'unsupported', why(kept));
    assert.deepEqual(kept.missing, ['keep']);
    const continued = judge('Harrow Foods will continue to use the supplier.');
    assert.equal(continued.verdict, 'unsupported', why(continued));
    assert.deepEqual(continued.missing, ['continue']);
    const verdict = expectVerdictWith(index);
    verdict('supported', 'The company said it had stopped using the supplier.');
    verdict('supported', 'The company will test every batch of spice blend before use.');
  });

  test('"only" one name of a list the notice gives: "sold only in England" / "in England and Wales"; "Only Tesco" / "Tesco, Asda and Morrisons"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'notice.txt': NOTICE }));
    const england = verdict('contradicted', 'The product was sold only in England.', [['only England', 'England and Wales']]);
    assert.equal(england.conflicts[0].note, 'it names Wales too');
    const tesco = verdict('contradicted', 'Only Tesco sold the product.', [['only Tesco', 'Tesco, Asda and Morrisons']]);
    assert.equal(tesco.conflicts[0].note, 'it names Asda and Morrisons too');
    verdict('supported', 'The product was sold only in England and Wales.');
    verdict('supported', 'The product was sold in England.');
    verdict('supported', 'The product was sold not only in England but also in Wales.');
  });

  test('the rest of the notice: a shop, a count, a denial of illness, a batch code', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'notice.txt': NOTICE }));
    verdict('contradicted', 'The product was sold in Tesco, Sainsbury\'s and Morrisons stores.');
    verdict('contradicted', 'About 21,000 packs were sold before the problem was found.', [['21,000', '12,000']]);
    verdict('contradicted', 'Two people have reported illnesses.');
    verdict('supported', 'No illnesses have been reported.');
  });
});
