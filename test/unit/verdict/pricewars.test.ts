/**
 * A supermarket's price cuts: its press release (HTML, with a table of prices) and a market research firm's report
 * (plain text, hard-wrapped at 72 characters, with a table of market shares). The sources are written for these tests
 * (from a helper's draft); the companies and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Brightwell cuts prices on 742 everyday products in £95 million investment | Brightwell Newsroom</title>
  <meta name="description" content="Brightwell Supermarkets cuts prices on 742 products by an average of 14 per cent.">
  <link rel="stylesheet" href="/assets/css/newsroom.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="https://www.brightwell.co.uk/">Brightwell</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="https://www.brightwell.co.uk/">Shop</a></li>
        <li><a href="/about-us">About us</a></li>
        <li><a href="/newsroom" aria-current="page">Newsroom</a></li>
        <li><a href="/investors">Investors</a></li>
        <li><a href="/careers">Careers</a></li>
        <li><a href="/sustainability">Sustainability</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/newsroom">Newsroom</a> &rsaquo; <a href="/newsroom/press-releases">Press releases</a>
  </nav>

  <main>
    <article class="press-release">
      <p class="kicker">Press release</p>
      <h1>Brightwell cuts prices on 742 everyday products in £95 million investment</h1>
      <p class="dateline"><time datetime="2026-02-03">Tuesday 3 February 2026</time> &middot; Leeds</p>

      <ul class="highlights">
        <li>Prices cut on 742 products by an average of 14 per cent</li>
        <li>£95 million invested in lower prices over the next 12 months</li>
        <li>New prices in all 612 stores and online from Thursday 5 February 2026</li>
        <li>Price Lock: the new prices are held until at least 30 June 2026</li>
      </ul>

      <p>Brightwell Supermarkets plc, the UK's fifth-largest grocer, today announced that it is cutting prices on 742 everyday products by an average of 14 per cent, backed by an investment of £95 million over the next 12 months.</p>

      <p>The lower prices take effect in all 612 Brightwell stores and on brightwell.co.uk from Thursday 5 February 2026. Of the 742 products, 318 are Brightwell own-brand lines; the rest are branded goods. The cuts cover fresh produce, dairy, bakery, meat, store-cupboard staples and household essentials.</p>

      <p>Every reduced product carries Brightwell's new Price Lock promise: the new price will not go up before 30 June 2026 at the earliest.</p>

      <p>Margaret Oduya, Chief Executive of Brightwell, said: &ldquo;Families have told us loud and clear that the weekly shop still costs too much, and we are listening. This is the biggest single price investment in Brightwell's history, and it goes on the things people buy every week, not on a few headline items.&rdquo;</p>

      <p>Daniel Whitcombe, Commercial Director, said: &ldquo;We have not asked our suppliers to fund these cuts; the investment comes from our own margins. We have worked through the list line by line so that a typical family basket costs noticeably less from Thursday.&rdquo;</p>

      <p>Brightwell estimates that a family of four doing its main weekly shop with the company will save an average of £6.40 a week, or more than £330 over a year.</p>

      <h2>Examples of price cuts</h2>
      <table class="price-table">
        <caption>Selected products, prices before and from 5 February 2026</caption>
        <thead>
          <tr><th>Product</th><th>Was</th><th>Now</th><th>Saving</th></tr>
        </thead>
        <tbody>
          <tr><td>Brightwell semi-skimmed milk, 4 pints</td><td>£1.65</td><td>£1.39</td><td>16%</td></tr>
          <tr><td>Brightwell medium white bread, 800g</td><td>£1.49</td><td>£1.15</td><td>23%</td></tr>
          <tr><td>Brightwell free-range eggs, 12 pack</td><td>£3.10</td><td>£2.69</td><td>13%</td></tr>
          <tr><td>Brightwell chicken breast fillets, 1kg</td><td>£7.50</td><td>£6.25</td><td>17%</td></tr>
          <tr><td>Brightwell penne pasta, 500g</td><td>95p</td><td>75p</td><td>21%</td></tr>
          <tr><td>Brightwell white potatoes, 2.5kg</td><td>£1.35</td><td>£1.09</td><td>19%</td></tr>
          <tr><td>Brightwell mature Cheddar, 400g</td><td>£3.60</td><td>£3.06</td><td>15%</td></tr>
          <tr><td>Bananas, 5 pack</td><td>99p</td><td>85p</td><td>14%</td></tr>
          <tr><td>Brightwell chopped tomatoes, 400g</td><td>55p</td><td>45p</td><td>18%</td></tr>
          <tr><td>Brightwell washing-up liquid, 450ml</td><td>£1.20</td><td>95p</td><td>21%</td></tr>
        </tbody>
      </table>

      <p>The announcement follows a first round of price cuts on 250 products in September 2025. Brightwell Plus, the company's loyalty scheme, now has 9.4 million members, who will continue to receive member prices on a further 1,100 products on top of today's reductions.</p>

      <h2>Questions and answers</h2>
      <dl class="faq">
        <dt>Are the cuts available online?</dt>
        <dd>Yes. The new prices apply on brightwell.co.uk and in the Brightwell app as well as in stores.</dd>
        <dt>Do the cuts apply in Brightwell Local convenience stores?</dt>
        <dd>Yes. All 612 stores, including the 214 Brightwell Local convenience stores, charge the new prices.</dd>
        <dt>Are suppliers paying for the cuts?</dt>
        <dd>No. The £95 million is funded by Brightwell, from efficiency savings and lower margins.</dd>
        <dt>How long will the prices last?</dt>
        <dd>Every product in the programme is covered by Price Lock until at least 30 June 2026.</dd>
      </dl>

      <h2>Notes to editors</h2>
      <p>Brightwell Supermarkets plc was founded in Halifax, West Yorkshire, in 1961 and is headquartered in Leeds. It operates 612 stores across England, Scotland and Wales and employs around 48,000 colleagues. Group revenue was £8.7 billion in the 52 weeks to 1 March 2025.</p>
      <p>Brightwell will publish its trading statement for the fourth quarter on Wednesday 18 March 2026.</p>

      <h2>Media contacts</h2>
      <p>Priya Chandran, Head of Corporate Communications<br>
         press@brightwell.co.uk &middot; 0113 496 0750</p>
      <p>Out-of-hours press office: 07700 900 418</p>
    </article>

    <aside class="related">
      <h2>Related news</h2>
      <ul>
        <li><a href="/newsroom/2025/09/brightwell-cuts-250-prices">Brightwell cuts prices on 250 products (September 2025)</a></li>
        <li><a href="/newsroom/2025/11/christmas-trading">Brightwell Christmas opening hours</a></li>
        <li><a href="/newsroom/2026/01/brightwell-plus-nine-million">Brightwell Plus passes nine million members</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <ul class="footer-links">
      <li><a href="/contact">Contact us</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/terms">Terms and conditions</a></li>
      <li><a href="/modern-slavery">Modern slavery statement</a></li>
    </ul>
    <p>&copy; 2026 Brightwell Supermarkets plc. Registered in England and Wales, company number 00701284. Registered office: Brightwell House, Kirkstall Road, Leeds LS4 2QT.</p>
  </footer>
</body>
</html>
`;

const REPORT = `KESTREL RETAIL INSIGHT
Grocery Market Share: Great Britain
12 weeks ending 25 January 2026

Summary of findings
Published: Tuesday 10 February 2026, 08:00 GMT
Embargoed until 00:01 GMT on day of publication

------------------------------------------------------------------------

HEADLINES

- Total take-home grocery sales reached £34.2 billion over the 12 weeks,
  up 3.8% on the same period a year earlier.
- Grocery price inflation eased to 3.4% in the four weeks to 25 January
  2026, down from 3.9% in the four weeks to 28 December 2025.
- Penny Basket was the fastest-growing grocer, with sales up 14.6%.
- Brightwell's market share fell to 8.6%, from 9.1% a year earlier.

------------------------------------------------------------------------

MARKET OVERVIEW

Take-home grocery sales across Great Britain reached £34.2 billion in the
12 weeks to 25 January 2026, an increase of 3.8% year on year. Volumes
were broadly flat, meaning almost all of the growth came from higher
prices.

Grocery price inflation fell to 3.4% in the four weeks to 25 January 2026,
from 3.9% in the previous four-week period, the lowest rate since
September 2025. Spending on promotions accounted for 24.7% of all grocery
spending, up from 23.1% a year earlier.

The average household made 16.3 grocery trips in the four weeks to
25 January and spent £472 over that period.

------------------------------------------------------------------------

TABLE 1: MARKET SHARE BY GROCER, 12 WEEKS ENDING 25 JANUARY 2026

Rank  Grocer                Share    Share a year    Change    Sales growth
                            (%)      earlier (%)     (pts)     year on year (%)
----  --------------------  -------  --------------  --------  ----------------
1     Harrowgate            26.1     26.4            -0.3      +2.6
2     Fenwick & Lowe        17.3     17.1            +0.2      +5.0
3     Castlebury            14.8     15.2            -0.4      +1.1
4     Aldmore               10.9     10.1            +0.8      +12.0
5     Brightwell             8.6      9.1            -0.5      +1.2
6     Penny Basket           8.2      7.4            +0.8      +14.6
7     Marlow's               6.0      6.1            -0.1      +2.1
8     Greenhithe Co-op       5.4      5.6            -0.2      +0.4
      Others                 2.7      3.0            -0.3      -6.9

Source: Kestrel Retail Insight household purchase panel. Figures may not
sum to 100 because of rounding.

------------------------------------------------------------------------

GROCER COMMENTARY

Discounters
Aldmore and Penny Basket together took 19.1% of the market, up from 17.5%
a year earlier. Penny Basket opened 23 new stores during the period and
attracted 410,000 more shoppers than a year ago. At its current rate of
growth, Penny Basket is on course to overtake Brightwell as the fifth-
largest grocer later this year; the gap between them has narrowed to 0.4
percentage points.

Brightwell
Brightwell's share fell by half a percentage point to 8.6%, its lowest in
the Kestrel series, which began in 2009. Sales grew by 1.2%, well below
the market average of 3.8%. The grocer lost 210,000 shoppers compared
with a year earlier, although those who remained spent 2.3% more per
trip.

The period covered by this report ends before Brightwell's price cuts on
742 products, announced on 3 February 2026, took effect. Their impact will
first show in the report for the 12 weeks ending 22 February 2026.

Big three
Harrowgate remains the largest grocer with 26.1% of the market, though
its share slipped by 0.3 points. Fenwick & Lowe was the only one of the
three largest grocers to gain share, rising to 17.3% on sales growth of
5.0%. Castlebury's sales grew by just 1.1%.

------------------------------------------------------------------------

ANALYST COMMENT

Tomasz Wieczorek, head of retail and consumer insight at Kestrel Retail
Insight, said:

"Brightwell's price cuts are a direct response to losing shoppers to the
discounters, and it will need to hold its nerve for months before the
numbers move. Shoppers who have found that they can do a full shop at
Penny Basket or Aldmore do not come back just because milk is 26p
cheaper."

Dr Fiona Lachlan, senior grocery analyst at Kestrel Retail Insight,
added:

"A 14 per cent average cut is large by the standards of this market, but
shoppers judge prices on a handful of items like milk and bread. If
Harrowgate or Castlebury respond, we could be looking at the first full
price war in British grocery since 2014."

------------------------------------------------------------------------

UPCOMING RELEASES

12 weeks ending 22 February 2026: Tuesday 10 March 2026
12 weeks ending 22 March 2026: Tuesday 7 April 2026

------------------------------------------------------------------------

METHODOLOGY

Kestrel Retail Insight tracks the take-home grocery purchases of a
continuous panel of 30,000 households across Great Britain, who scan
every item they bring home. Market share figures cover total till
spending on take-home groceries, including online, at the named grocers.
Price inflation is measured across more than 75,000 identical products
tracked over time. Northern Ireland is not included.

------------------------------------------------------------------------

ABOUT KESTREL RETAIL INSIGHT

Kestrel Retail Insight is an independent consumer research company based
in Reading, Berkshire. Founded in 2004, it supplies shopper data and
analysis to retailers, manufacturers and government bodies.

Media enquiries: Hannah Ostrowski, communications manager
hannah.ostrowski@kestrelinsight.co.uk | +44 (0)118 496 0231

(c) 2026 Kestrel Retail Insight Ltd. All rights reserved. These figures
may be quoted with attribution to Kestrel Retail Insight.
`;

const files = { 'brightwell-press-release.html': RELEASE, 'kestrel-market-share.txt': REPORT };

describe("a price war: the supermarket's release and the market report, with the product's word vectors", () => {
  withProductWordVectors();

  test('a hard-wrapped attribution and "26p cheaper" read alike in the claim and the source', async () => {
    const report = await checkAgainst(
      files,
      [
        '# Prices',
        '',
        'Tomasz Wieczorek, Kestrel\'s head of retail and consumer insight, said shoppers who can do a full shop at a discounter "do not come back just because milk is 26p cheaper."',
        '',
        'Dr Fiona Lachlan said Brightwell "will need to hold its nerve for months before the numbers move."',
        '',
      ].join('\n'),
    );
    // Were: the first claim unsupported ("26" missing: "26p" was pence in the report, which mentions Penny Basket,
    // and a number in the claim) and its quote given to "Insight" (the last line of "… at Kestrel Retail\nInsight,
    // said:"); the second quote given to "Insight" too.
    assert.deepEqual(report.claims.map((c) => c.verdict), ['supported', 'supported']);
    assert.deepEqual(
      report.findings.map((f) => f.message.replace(/ \(.*$/, '')),
      ['These words were said by Tomasz Wieczorek, not Dr Fiona Lachlan'],
    );
  });
});
