/**
 * A gallery's press release (HTML) on a painting it bought, against a writer's draft: two funders' gifts in one
 * sentence, each figure its funder's ("the Art Fund, which gave £200,000, and the National Heritage Memorial Fund,
 * which gave £150,000"). The release is written for these tests; the sale is invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html><head><title>National Gallery of Wales acquires lost Gwen John portrait</title></head>
<body>
<h1>National Gallery of Wales acquires lost Gwen John portrait</h1>
<p class="date">Press release, 3 November 2026</p>
<p>The National Gallery of Wales has acquired a portrait by Gwen John that was thought lost for almost a century. <em>Young Woman in a Grey Dress</em>, painted around 1915, was bought at auction in London for £460,000, more than twice its estimate.</p>
<p>The purchase was funded by the Art Fund, which gave £200,000, and the National Heritage Memorial Fund, which gave £150,000. The gallery raised the rest from private donors.</p>
<p>The painting was last exhibited in Paris in 1926 and had since been held by a private collector in Switzerland, whose family decided to sell it this year.</p>
<p>It will go on display in Cardiff from 12 December, alongside eleven other works by the artist. Entry will be free.</p>
</body></html>
`;

describe('a gallery\'s acquisition, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a figure the release gives as another funder\'s: "The Art Fund gave £150,000" / "the Art Fund, which gave £200,000, and the … Fund, which gave £150,000"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.html': RELEASE }));
    const art = verdict('contradicted', 'The Art Fund gave £150,000.', [['£150,000', '£200,000']]);
    assert.equal(art.conflicts[0].note, 'it gives £150,000 for National Heritage Memorial Fund');
    verdict('contradicted', 'The Art Fund contributed £150,000 to the purchase.', [['£150,000', '£200,000']]);
    verdict('supported', 'The Art Fund gave £200,000.');
    verdict('supported', 'The National Heritage Memorial Fund gave £150,000.');
  });

  test('the rest of the release: a year, a price, places, a date, a count', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.html': RELEASE }));
    verdict('supported', 'The National Gallery of Wales has bought a Gwen John portrait thought lost for almost a century.');
    verdict('contradicted', 'The portrait was painted around 1925.', [['1925', '1915']]);
    verdict('contradicted', 'It was bought at auction in London for £640,000.', [['£640,000', '£460,000']]);
    verdict('contradicted', 'The painting was last exhibited in London in 1926.', [['London', 'Paris']]);
    verdict('contradicted', 'It had been held by a private collector in Austria.', [['Austria', 'Switzerland']]);
    verdict('contradicted', 'It will go on display in Cardiff from 12 November.', [['12 November', '12 December']]);
    verdict('contradicted', 'It will be shown alongside twelve other works by the artist.', [['twelve', 'eleven']]);
    verdict('supported', 'The gallery raised the rest from private donors.');
  });
});
