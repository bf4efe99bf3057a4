/**
 * A bank's quarterly results: the results release (HTML, a table of key figures) and the analysts' call transcript
 * (plain text). "Leaving it with 412 branches" is "now operates 412 branches" (a light verb, no swap); "3 basis
 * points" is a unit (the bare 3 was read against a table cell's 1,071). The sources are written for these tests
 * (from a helper's draft); the bank and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Q3 2024 Interim Management Statement | Harrowgate Banking Group plc</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/css/ir.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Harrowgate Banking Group</a>
  <nav class="main-nav">
    <ul>
      <li><a href="/about">About us</a></li>
      <li><a href="/investors">Investors</a></li>
      <li><a href="/investors/results">Results and reports</a></li>
      <li><a href="/media">Media centre</a></li>
      <li><a href="/sustainability">Sustainability</a></li>
      <li><a href="/careers">Careers</a></li>
    </ul>
  </nav>
  <div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/media">Media centre</a> &gt; Press releases</div>
</header>

<main>
<article class="press-release">
<p class="release-meta">Press release &middot; Thursday 24 October 2024 &middot; 07:00 BST &middot; Leeds</p>

<h1>Harrowgate Banking Group plc: Q3 2024 Interim Management Statement</h1>
<h2>Profit before tax rises 14% as mortgage lending grows; interim dividend raised</h2>

<p>Harrowgate Banking Group plc ("Harrowgate" or "the Group") today reports its results for the three months ended 30 September 2024. Unless otherwise stated, comparisons are with the third quarter of 2023.</p>

<h3>Highlights</h3>
<ul>
  <li>Statutory profit before tax of &pound;612 million, up 14% from &pound;537 million in Q3 2023.</li>
  <li>Total income of &pound;1,484 million, up 6%, driven by higher mortgage balances and resilient fee income.</li>
  <li>Net interest margin of 2.91%, down 7 basis points year on year but up 3 basis points on the second quarter.</li>
  <li>Impairment charge of &pound;88 million, down from &pound;131 million, with an annualised cost of risk of 0.22%.</li>
  <li>Common equity tier 1 (CET1) ratio of 14.3%, compared with 14.6% at 30 June 2024.</li>
  <li>Interim dividend of 3.2 pence per share, up from 2.8 pence, payable on Friday 13 December 2024.</li>
  <li>Share buyback of up to &pound;250 million announced, to be completed by the end of February 2025.</li>
</ul>

<h3>Key figures</h3>
<table class="key-figures">
  <thead>
    <tr><th>&pound; million (unless stated)</th><th>Q3 2024</th><th>Q3 2023</th><th>Change</th></tr>
  </thead>
  <tbody>
    <tr><td>Net interest income</td><td>1,102</td><td>1,071</td><td>+3%</td></tr>
    <tr><td>Other income</td><td>382</td><td>329</td><td>+16%</td></tr>
    <tr><td>Total income</td><td>1,484</td><td>1,400</td><td>+6%</td></tr>
    <tr><td>Operating costs</td><td>(784)</td><td>(732)</td><td>+7%</td></tr>
    <tr><td>Impairment charge</td><td>(88)</td><td>(131)</td><td>-33%</td></tr>
    <tr><td>Profit before tax</td><td>612</td><td>537</td><td>+14%</td></tr>
    <tr><td>Profit after tax</td><td>447</td><td>398</td><td>+12%</td></tr>
    <tr><td>Cost:income ratio</td><td>52.8%</td><td>52.3%</td><td>+0.5pp</td></tr>
    <tr><td>Return on tangible equity</td><td>13.6%</td><td>12.1%</td><td>+1.5pp</td></tr>
    <tr><td>Earnings per share (pence)</td><td>6.9</td><td>5.8</td><td>+19%</td></tr>
    <tr><td>CET1 ratio</td><td>14.3%</td><td>14.1%</td><td>+0.2pp</td></tr>
  </tbody>
</table>

<h3>Balance sheet</h3>
<p>Net loans to customers increased by &pound;3.1 billion in the quarter to &pound;187.4 billion. Gross new mortgage lending was &pound;6.8 billion, of which 31% was to first-time buyers. Customer deposits fell by &pound;1.2 billion to &pound;201.9 billion as savers moved money into fixed-term products offered by competitors; the loan-to-deposit ratio was 93%.</p>

<p>The Group did not increase its exposure to commercial real estate during the quarter, and the commercial real estate book stood at &pound;9.4 billion, or 5% of total lending. There were no new defaults among the Group's 20 largest corporate borrowers.</p>

<h3>Chief Executive's comments</h3>
<p>Margaret Okonjo, Group Chief Executive, said: "This has been a strong quarter for Harrowgate. Our customers are borrowing with more confidence, arrears remain low, and we are returning more capital to shareholders. We are not complacent about the outlook, but we are confident in the strength of our balance sheet."</p>

<p>She added: "Mortgage demand picked up through the summer, particularly in the North West and Yorkshire, and we helped more than 14,000 first-time buyers onto the housing ladder in the quarter."</p>

<h3>Costs and investment</h3>
<p>Operating costs rose 7% to &pound;784 million, reflecting pay inflation and continued investment in technology. The Group closed 38 branches during the quarter and now operates 412 branches across England and Wales. Around 1,100 roles were reduced over the nine months, the majority through voluntary redundancy. The Group reiterated its full-year cost guidance of around &pound;3.1 billion.</p>

<h3>Outlook and guidance</h3>
<p>Harrowgate raised its guidance for full-year 2024 return on tangible equity to above 13%, from around 12.5% previously. It expects the net interest margin for the full year to be above 2.85%. The Group continues to target a CET1 ratio of around 13.5% in the medium term.</p>

<p>David Hensley, Chief Financial Officer, said: "The margin has now stabilised and we expect modest expansion in 2025 as our structural hedge reprices. We remain disciplined on costs."</p>

<h3>Analyst and investor call</h3>
<p>Margaret Okonjo and David Hensley will host a conference call for analysts and investors at 09:30 BST today. A replay will be available on the investor relations website from 14:00 BST.</p>

<h3>Contacts</h3>
<p>Investor relations: Priya Raman, Head of Investor Relations, +44 (0)113 496 0182<br>
Media: Tom Fairclough, Director of Corporate Communications, +44 (0)113 496 0240</p>

<p class="small">Forward-looking statements: This announcement contains certain forward-looking statements with respect to the business, strategy and plans of the Group. By their nature, forward-looking statements involve risk and uncertainty and actual results may differ materially.</p>
</article>
</main>

<footer class="site-footer">
  <ul>
    <li><a href="/legal">Legal</a></li>
    <li><a href="/privacy">Privacy</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/sitemap">Sitemap</a></li>
  </ul>
  <p>&copy; 2024 Harrowgate Banking Group plc. Registered in England and Wales no. 04417298. Registered office: 1 Wellington Place, Leeds LS1 4AP.</p>
</footer>
</body>
</html>
`;

const TRANSCRIPT = `HARROWGATE BANKING GROUP PLC
Q3 2024 Interim Management Statement - Analyst and Investor Conference Call
Thursday 24 October 2024, 09:30 BST

CORPORATE PARTICIPANTS
Margaret Okonjo - Group Chief Executive
David Hensley - Chief Financial Officer
Priya Raman - Head of Investor Relations

CONFERENCE CALL PARTICIPANTS
Rupert Vance - Kingsbridge Securities
Amelia Chu - Northcote Partners
Jonathan Adeyemi - Carrow & Finch
Sofia Lindqvist - Brevik Capital Markets

PRESENTATION

Operator: Good morning, ladies and gentlemen, and welcome to the Harrowgate Banking Group third-quarter 2024 results call. At this time all participants are in listen-only mode. After the speakers' remarks there will be a question-and-answer session. I would now like to hand the call over to Priya Raman, Head of Investor Relations. Please go ahead.

Priya Raman: Thank you, operator, and good morning, everyone. With me today are Margaret Okonjo, our Group Chief Executive, and David Hensley, our Chief Financial Officer. Margaret will make some brief opening remarks, David will take you through the numbers, and then we will open it up for questions. We will finish by 10:30.

Margaret Okonjo: Thanks, Priya, and good morning. I'll be brief because I know you have plenty of questions. Profit before tax was 612 million pounds, up 14 percent, and we are raising our return on tangible equity guidance for the year to above 13 percent. Mortgage lending was the standout. We lent 6.8 billion pounds of new mortgages in the quarter, and first-time buyers were almost a third of that. We are also announcing a buyback of up to 250 million pounds. I want to be clear that the buyback does not change our medium-term capital target. We still see around 13.5 percent as the right level for this business.

David Hensley: Thank you, Margaret. Net interest income was 1.1 billion pounds, up 3 percent on the same quarter last year. The margin came in at 2.91 percent, which is 3 basis points higher than in the second quarter. That is the first quarter-on-quarter increase we have reported since the start of 2023. Deposit pricing competition eased in August but picked up again in September. Impairments were 88 million pounds, compared with 131 million a year ago, and the cost of risk was 22 basis points. We released 19 million pounds of provisions relating to the economic outlook, because our house price assumptions have improved. Costs were 784 million, which is in line with what we told you in July.

QUESTION AND ANSWER

Operator: Thank you. Our first question comes from Rupert Vance at Kingsbridge Securities. Please go ahead.

Rupert Vance: Good morning, both. A question on the margin. You've said above 2.85 percent for the year. Given where you ended the third quarter, that looks conservative. What would it take for you to go higher, and what are you assuming for base rate?

David Hensley: Thanks, Rupert. We are assuming two more cuts in Bank Rate, one in November and one in December, taking it to 4.5 percent by the year end. If the Bank of England moves more slowly than that, there is some upside. But I would not want to get ahead of ourselves. The structural hedge is the main driver: about 42 billion pounds of hedge maturities reprice over the next two years, at yields well above the ones they replace.

Operator: Our next question comes from Amelia Chu at Northcote Partners.

Amelia Chu: Hi, thanks. Two on deposits. Balances were down 1.2 billion in the quarter. Should we expect further outflows in the fourth quarter? And can you say anything about the mix between current accounts and savings?

David Hensley: Sure. Most of the outflow was from easy-access savings into fixed-term deals at other banks. Current account balances were actually broadly flat, at 74 billion pounds. We have not seen any meaningful change in the behaviour of our larger business depositors. For the fourth quarter, I'd expect balances to be roughly stable, perhaps a small decline, but nothing like the outflows we saw in 2023.

Margaret Okonjo: If I can add one thing, Amelia: we chose not to chase deposits on price in September. That was a deliberate decision. We'd rather protect the margin than buy balances we don't need.

Operator: The next question is from Jonathan Adeyemi of Carrow & Finch.

Jonathan Adeyemi: Good morning. Margaret, on the branch closures, 38 in the quarter is quite a lot. Are there more to come, and how are you thinking about the cost base for 2025?

Margaret Okonjo: Thanks, Jonathan. We have no further closures planned for the rest of this year. We'll review the network again in the new year, but the big reshaping is largely done. On costs, we will give formal 2025 guidance with the full-year results in February, but I'd expect costs to grow by less than inflation. We have taken out around 1,100 roles this year and most of those people left through voluntary redundancy. I don't expect anything on that scale next year.

Jonathan Adeyemi: And a quick follow-up on commercial real estate, which has been a concern for some of your peers.

David Hensley: The book is 9.4 billion pounds, about 5 percent of lending, and we did not grow it this quarter. Average loan-to-value is 48 percent. Offices are less than a fifth of that book, and we have no exposure to US commercial property at all.

Operator: Our final question today comes from Sofia Lindqvist at Brevik Capital Markets.

Sofia Lindqvist: Thank you. On capital, the CET1 ratio came down to 14.3 percent from 14.6 percent at the half year. How much of that was the dividend accrual and how much was risk-weighted asset growth? And is there scope for a further buyback at the full-year?

David Hensley: Good question, Sofia. About 20 basis points of the decline was lending growth pushing up risk-weighted assets, and the rest was the dividend accrual and the buyback deduction. We ended the quarter with risk-weighted assets of 96.2 billion pounds. On a further buyback, that is a decision for the board in February. I am not going to pre-empt it.

Margaret Okonjo: What I would say, Sofia, is that we're generating capital faster than we need to grow the balance sheet, and we have been consistent that excess capital will come back to shareholders.

Operator: Thank you. There are no further questions. I'll hand back to Margaret Okonjo for closing remarks.

Margaret Okonjo: Thank you all for joining. To sum up: a strong quarter, a stronger outlook, and more capital coming back to you. Priya and the team are around all day for follow-ups. Thank you.

Operator: That concludes today's conference call. Thank you for participating. You may now disconnect.
`;

const files = { 'q3-2024-results-release.html': RELEASE, 'q3-2024-call-transcript.txt': TRANSCRIPT };

describe('a bank\'s results release and its analysts\' call, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('faithful sentences that were flagged', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: leaving / operates.
    verdict('supported', 'Harrowgate closed 38 branches in the quarter, leaving it with 412 across England and Wales.');
    verdict('contradicted', 'Harrowgate closed 38 branches in the quarter, leaving it with 421 across England and Wales.');
    // Was contradicted: 3 / "Q3 2023: 1,071".
    verdict('supported', 'The net interest margin was 2.91%, 3 basis points higher than in the second quarter, which Hensley said was the first quarter-on-quarter increase since the start of 2023.');
  });
});
