/**
 * A news site's page on an airline strike (HTML, with navigation, a script and an aside) against a writer's draft:
 * a bound's figure with two digits swapped, and a holiday for a day of the year. The page is written for these
 * tests; the airline and the dispute are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const PAGE = `<!doctype html>
<html><head><title>Skyline cabin crew strike: what we know</title>
<script>window.dataLayer = [{"page":"news"}];</script></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article>
<h1>Skyline cabin crew to strike over Christmas</h1>
<p>Cabin crew at Skyline Airways will walk out for five days from 23 December in a dispute over pay, the Unite union has announced.</p>
<p>The airline said it expected to cancel around 320 flights, affecting up to 45,000 passengers, and would offer refunds or rebooking.</p>
<p>Skyline said its offer was "fair and affordable" and that talks at Acas had broken down on Friday.</p>
</article>
</body></html>
`;

describe('an airline strike, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a bound\'s figure with two digits swapped is no rounding: "up to 54,000 passengers" / "up to 45,000 passengers"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'strike.html': PAGE }));
    verdict('contradicted', 'The airline expects to cancel around 320 flights, affecting up to 54,000 passengers.', [['54,000', '45,000']]);
    verdict('supported', 'The airline expects to cancel around 320 flights, affecting up to 50,000 passengers.');
  });

  test('a holiday is a day of the year: "from Christmas Eve" / "from 23 December"; "on Christmas Day" / "on 25 December"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'strike.html': PAGE }));
    verdict('contradicted', 'Cabin crew at Skyline Airways will walk out from Christmas Eve.', [['Christmas Eve', '23 December']]);
    const shops = expectVerdictWith(await workspaceIndex({ 'shops.txt': 'Opening hours\n\nThe Harbour Street shops will close on 25 December and reopen on 27 December.\n' }));
    shops('supported', 'The Harbour Street shops will close on Christmas Day.');
  });
});
