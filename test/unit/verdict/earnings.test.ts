/**
 * A software company's quarterly results and job cuts: the results release (HTML, with a financial table) and the
 * earnings call's transcript (plain text). The sources are written for these tests (from a helper's draft); the
 * company and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { extractValues, valueAgrees } from '../../../server/src/core/verdict/values';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Halvorsen Cloud Technologies Reports Third Quarter Fiscal 2024 Results | Halvorsen Investor Relations</title>
  <meta name="description" content="Halvorsen Cloud Technologies, Inc. (NASDAQ: HLVN) today announced financial results for the third quarter of fiscal 2024.">
  <link rel="stylesheet" href="/assets/css/ir-main.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Halvorsen</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/products">Products</a></li>
        <li><a href="/solutions">Solutions</a></li>
        <li><a href="/customers">Customers</a></li>
        <li><a href="/company">Company</a></li>
        <li><a href="https://investors.halvorsen.com">Investors</a></li>
        <li><a href="/careers">Careers</a></li>
      </ul>
    </nav>
    <a class="btn" href="/contact-sales">Contact Sales</a>
  </header>

  <nav class="breadcrumb">
    <a href="https://investors.halvorsen.com">Investor Relations</a> &rsaquo;
    <a href="https://investors.halvorsen.com/news">Press Releases</a> &rsaquo;
    <span>Q3 FY2024 Results</span>
  </nav>

  <main class="press-release">
    <article>
      <h1>Halvorsen Cloud Technologies Reports Third Quarter Fiscal 2024 Results; Announces Workforce Restructuring</h1>
      <p class="subhead"><em>Subscription revenue grows 14% year over year; company to reduce headcount by approximately 2,100 roles and lowers full-year revenue outlook</em></p>

      <p class="dateline"><strong>AUSTIN, Texas, Tuesday, October 29, 2024</strong> &mdash; Halvorsen Cloud Technologies, Inc. (NASDAQ: HLVN), a provider of cloud data management and observability software, today announced financial results for its third quarter of fiscal 2024, which ended September 30, 2024.</p>

      <p>Total revenue for the third quarter was $1.42 billion, an increase of 8% compared with $1.31 billion in the third quarter of fiscal 2023. Subscription revenue was $1.05 billion, up 14% year over year. Professional services revenue declined 6% to $370 million, from $394 million a year earlier, as several large enterprise customers postponed migration projects.</p>

      <p>GAAP net loss for the quarter was $212 million, or $0.87 per diluted share, compared with GAAP net income of $45 million, or $0.18 per diluted share, in the third quarter of fiscal 2023. The GAAP result includes a restructuring charge of $286 million. Non-GAAP operating margin was 21.4%, compared with 18.9% in the prior-year period. Free cash flow was $318 million, and the company ended the quarter with $3.6 billion in cash, cash equivalents and marketable securities.</p>

      <p>Remaining performance obligations (RPO) totaled $6.2 billion, an increase of 17% year over year. The number of customers contributing more than $1 million in annual recurring revenue rose to 1,184, from 1,012 a year ago.</p>

      <h2>Workforce Restructuring</h2>

      <p>Halvorsen also announced a restructuring plan under which it will eliminate approximately 2,100 positions, or about 11% of its global workforce of roughly 19,000 employees. The reductions fall mainly on the company's sales and professional services organizations in North America and Europe. As part of the plan, Halvorsen will close its offices in Dublin, Ireland, and Raleigh, North Carolina, by the end of the first quarter of fiscal 2025. No roles in the company's AI platform engineering group are affected.</p>

      <p>Affected employees in the United States will receive 16 weeks of base pay plus two additional weeks for every year of service, along with six months of continued health coverage. The company expects to incur total restructuring charges of $310 million to $330 million, of which approximately $190 million will be cash expenditures, primarily severance. Most of these charges will be recognized in the third and fourth quarters of fiscal 2024.</p>

      <p>&ldquo;This was a hard decision, and it is the right one for the long-term health of the business,&rdquo; said Priya Raghunathan, Chief Executive Officer of Halvorsen. &ldquo;We are asking fewer people to carry a sharper strategy, and we owe every departing colleague our gratitude and real support.&rdquo;</p>

      <p>&ldquo;Our subscription engine remains strong, even as services demand softened,&rdquo; said Martin Oyelaran, Chief Financial Officer. &ldquo;The restructuring lets us reinvest in the platform while expanding margins.&rdquo;</p>

      <h2>Capital Return</h2>

      <p>The Board of Directors has authorized an additional $1.5 billion for the company's share repurchase program, bringing the total remaining authorization to $2.1 billion. During the third quarter, Halvorsen repurchased 3.2 million shares for $410 million. The company does not pay a dividend and has no plans to initiate one.</p>

      <h2>Financial Outlook</h2>

      <p>For the fourth quarter of fiscal 2024, Halvorsen expects total revenue of $1.46 billion to $1.48 billion and non-GAAP operating margin of approximately 22%. For the full fiscal year 2024, the company now expects total revenue of $5.61 billion to $5.63 billion, compared with its previous outlook of $5.68 billion to $5.70 billion. The company did not change its full-year free cash flow target of $1.2 billion. Halvorsen is not providing guidance for fiscal 2025 at this time.</p>

      <h2>Third Quarter Fiscal 2024 Financial Summary</h2>
      <table class="financials">
        <caption>(in millions of U.S. dollars, except per-share data and percentages; unaudited)</caption>
        <thead>
          <tr><th>Metric</th><th>Q3 FY2024</th><th>Q3 FY2023</th><th>Change</th></tr>
        </thead>
        <tbody>
          <tr><td>Total revenue</td><td>$1,420</td><td>$1,310</td><td>+8%</td></tr>
          <tr><td>Subscription revenue</td><td>$1,050</td><td>$921</td><td>+14%</td></tr>
          <tr><td>Professional services revenue</td><td>$370</td><td>$394</td><td>-6%</td></tr>
          <tr><td>GAAP net income (loss)</td><td>$(212)</td><td>$45</td><td>n/m</td></tr>
          <tr><td>GAAP diluted EPS</td><td>$(0.87)</td><td>$0.18</td><td>n/m</td></tr>
          <tr><td>Non-GAAP operating margin</td><td>21.4%</td><td>18.9%</td><td>+2.5 pts</td></tr>
          <tr><td>Free cash flow</td><td>$318</td><td>$276</td><td>+15%</td></tr>
          <tr><td>Remaining performance obligations</td><td>$6,200</td><td>$5,300</td><td>+17%</td></tr>
        </tbody>
      </table>

      <h2>Conference Call Information</h2>
      <p>Halvorsen will host a conference call and live webcast to discuss these results today at 4:30 p.m. Eastern Time (3:30 p.m. Central Time). The webcast and a replay will be available at investors.halvorsen.com for 90 days.</p>

      <h2>Forward-Looking Statements</h2>
      <p class="legal">This press release contains forward-looking statements, including statements regarding our financial outlook, the expected timing and cost of the restructuring plan, and our share repurchase program. Actual results may differ materially from those expressed or implied. Factors that could cause such differences are described in our most recent Annual Report on Form 10-K and Quarterly Reports on Form 10-Q filed with the Securities and Exchange Commission. Halvorsen undertakes no obligation to update these statements.</p>

      <h2>Contacts</h2>
      <p>Investor Relations: Deborah Kwan, Vice President, Investor Relations, ir@halvorsen.com<br>
      Media: Tomasz Wielgosz, Director of Corporate Communications, press@halvorsen.com</p>
    </article>
  </main>

  <footer class="site-footer">
    <div class="footer-cols">
      <ul><li><a href="/company/about">About Halvorsen</a></li><li><a href="/company/leadership">Leadership</a></li><li><a href="/newsroom">Newsroom</a></li></ul>
      <ul><li><a href="https://investors.halvorsen.com/sec-filings">SEC Filings</a></li><li><a href="https://investors.halvorsen.com/governance">Governance</a></li><li><a href="https://investors.halvorsen.com/email-alerts">Email Alerts</a></li></ul>
      <ul><li><a href="/legal/privacy">Privacy</a></li><li><a href="/legal/terms">Terms of Use</a></li><li><a href="/legal/cookies">Cookie Preferences</a></li></ul>
    </div>
    <p>&copy; 2024 Halvorsen Cloud Technologies, Inc. All rights reserved. Halvorsen and the Halvorsen logo are trademarks of Halvorsen Cloud Technologies, Inc.</p>
  </footer>
</body>
</html>
`;

const CALL = `Halvorsen Cloud Technologies, Inc. (HLVN)
Q3 Fiscal 2024 Earnings Conference Call
Tuesday, October 29, 2024, 4:30 p.m. ET

CORPORATE PARTICIPANTS
Deborah Kwan - Vice President, Investor Relations
Priya Raghunathan - Chief Executive Officer
Martin Oyelaran - Chief Financial Officer

CONFERENCE CALL PARTICIPANTS
Samuel Ortiz - Morgan Stanley
Keiko Tanaka - Goldman Sachs
Rohan Mehta - Jefferies
Claire Dubois - Bernstein

PRESENTATION

Operator: Good afternoon, and welcome to the Halvorsen Cloud Technologies third quarter fiscal 2024 earnings call. All participants are in listen-only mode. I will now turn the call over to Deborah Kwan, Vice President of Investor Relations.

Deborah Kwan: Thank you, operator, and good afternoon, everyone. With me today are Priya Raghunathan, our CEO, and Martin Oyelaran, our CFO. Today's remarks include forward-looking statements and non-GAAP measures; reconciliations are in the press release we issued after market close. With that, I'll turn it over to Priya.

Priya Raghunathan: Thanks, Deborah. Before the numbers, I want to speak directly to the decision we announced today. We are reducing our workforce by about 2,100 people. Every one of them was told personally by their manager earlier today, before this call, and not by email. I made this call, and I take full responsibility for it.

Why now? Over the last three quarters, our services business has weakened while our subscription business has kept growing. We built our go-to-market organization for a world where customers bought large, bespoke migration projects. That world is shrinking. Customers now want to buy software that sets itself up, and they want fewer consultants, not more. So we are consolidating twelve regional sales teams into five, and we are closing our Dublin and Raleigh offices. Dublin customers will be served from our London office, and Raleigh's work moves to Austin.

I want to be clear about what we are not doing. We are not exiting any market, and we are not cutting a single role in AI platform engineering. In fact, we will hire about 300 engineers into that group over the next twelve months, most of them in Austin and Toronto.

On the quarter itself: subscription revenue grew 14%, our fastest rate in six quarters, and we added 172 customers paying us more than a million dollars a year. Our Sentinel observability product crossed $500 million in annual recurring revenue. Martin will take you through the details.

Martin Oyelaran: Thank you, Priya. Total revenue was $1.42 billion, up 8% year over year. Subscription revenue of $1.05 billion was up 14%, while professional services revenue fell 6% to $370 million. Subscription now makes up 74% of total revenue, compared with 70% a year ago.

Non-GAAP gross margin was 78.2%, up from 76.5%. Non-GAAP operating margin was 21.4%, up 250 basis points. On a GAAP basis, we reported a net loss of $212 million, which includes $286 million of restructuring charges booked this quarter. Free cash flow was $318 million.

We expect the restructuring to reduce annual operating expenses by roughly $340 million once fully in place, beginning in the second half of fiscal 2025. We are not reinvesting all of those savings; about half will go to margin.

For the fourth quarter, we expect revenue of $1.46 billion to $1.48 billion. For the full year, we now expect $5.61 billion to $5.63 billion, down from $5.68 billion to $5.70 billion previously. The entire reduction comes from professional services; our subscription outlook is unchanged. We are not giving a fiscal 2025 outlook today; we plan to do that on our fourth-quarter call in late January.

QUESTION AND ANSWER

Operator: Our first question comes from Samuel Ortiz with Morgan Stanley.

Samuel Ortiz: Thanks for taking the question. Priya, 11% is a big cut. How confident are you that you will not need a second round next year?

Priya Raghunathan: Sam, I can't promise the world won't change, but this plan was sized to be done once. We did not want to do this in slices. We don't anticipate another reduction of this kind in fiscal 2025.

Operator: Next, Keiko Tanaka with Goldman Sachs.

Keiko Tanaka: Martin, the services guide-down is sharp. Is any of that weakness bleeding into subscription renewals?

Martin Oyelaran: No, Keiko, we are not seeing that. Gross retention was 94% in the quarter, flat with the second quarter. Net revenue retention was 118%, down from 121% a year ago, and that decline is mostly about smaller expansion deals in Europe, not churn.

Operator: Next, Rohan Mehta with Jefferies.

Rohan Mehta: On the buyback, why $1.5 billion now, and why not a dividend?

Martin Oyelaran: We think the shares are undervalued, Rohan, and we have the balance sheet to act. We repurchased 3.2 million shares this quarter for $410 million. A dividend isn't something the board is considering right now. Buybacks give us more flexibility.

Operator: Our final question comes from Claire Dubois with Bernstein.

Claire Dubois: Priya, how are you thinking about morale among the people who stay, especially in sales?

Priya Raghunathan: It's the right question, Claire. People who stay will feel this. We are holding all-hands meetings in every region this week, starting in Austin on Wednesday and ending in London on Friday. I will be in the room for each of them. We are also protecting the sales commission plan for the rest of the year; no one's quota is going up because a colleague left.

Operator: That concludes today's question-and-answer session. I would like to turn the call back to Priya Raghunathan for closing remarks.

Priya Raghunathan: Thank you all. To the colleagues leaving us today: you built a great deal of what this company is, and we will help you land well. To everyone else, we have work to do. Thank you.

Operator: This concludes today's conference call. You may now disconnect.
`;

const files = { 'halvorsen-q3-2024-press-release.html': RELEASE, 'halvorsen-q3-2024-earnings-call-transcript.txt': CALL };

describe("quarterly results and job cuts: the release and the call, with the product's word vectors", () => {
  withProductWordVectors();

  test('"slipped to 78.2% from 76.5%": the claim\'s own figures the wrong way round', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    const r = verdict('contradicted', 'Non-GAAP gross margin slipped to 78.2% from 76.5% a year earlier.');
    assert.equal(r.conflicts[0].claim, 'slipped');
    verdict('supported', 'Non-GAAP gross margin rose to 78.2% from 76.5% a year earlier.');
  });

  test('"about half will go to margin" states "about half"; "rather than churn" denies as "not churn" does', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Were unsupported ("No source states half") and contradicted ("The source says the opposite: not churn").
    verdict('supported', 'Chief Financial Officer Martin Oyelaran said the restructuring should reduce annual operating expenses by roughly $340 million, with about half of the savings going to margin.');
    verdict('supported', 'Net revenue retention slipped to 118% from 121% a year ago, which Oyelaran blamed mostly on smaller expansion deals in Europe rather than churn.');
  });

  test('"87 cents a share" is "$0.87 per diluted share"', () => {
    const [cents] = extractValues('a net loss of $212 million, or 87 cents a share').filter((v) => v.kind === 'money' && v.value! < 1);
    const [dollars] = extractValues('$212 million, or $0.87 per diluted share').filter((v) => v.kind === 'money' && v.value! < 1);
    assert.ok(cents && dollars && valueAgrees(cents, dollars), JSON.stringify([cents, dollars]));
  });
});
