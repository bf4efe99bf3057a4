/**
 * A charity regulator's inquiry: the regulator's report (HTML, with a table of findings) and the charity's response
 * (Markdown). The sources are written for these tests (from a helper's draft); the charity, the regulator and the people are
 * invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Inquiry report: Harbourlight Children's Trust (1187442) - Charities Oversight Authority</title>
<meta name="description" content="Statutory inquiry report into the financial management of Harbourlight Children's Trust, published 14 May 2024.">
</head>
<body>
<header class="site-header">
  <a href="/" class="logo">Charities Oversight Authority</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/register">Search the register</a></li>
      <li><a href="/guidance">Guidance for trustees</a></li>
      <li><a href="/inquiries">Inquiry reports</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/contact">Contact us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <a href="/">Home</a> &rsaquo; <a href="/inquiries">Inquiry reports</a> &rsaquo; Harbourlight Children's Trust
</nav>
<main>
<article>
<h1>Inquiry report: Harbourlight Children's Trust</h1>
<p class="meta">Registered charity number 1187442 &middot; Published Tuesday 14 May 2024 &middot; From: Charities Oversight Authority</p>

<h2>Summary</h2>
<p>The Charities Oversight Authority opened a statutory inquiry into Harbourlight Children's Trust on Thursday 16 March 2023, after the charity's auditors, Pennock &amp; Vale LLP, declined to sign its accounts for the year ending 31 March 2022. The charity, based at Wearmouth House in Sunderland, runs family support centres for children and young carers across the North East of England.</p>
<p>The inquiry found that the charity's former trustees had failed to manage its resources responsibly and that there was misconduct and mismanagement in the administration of the charity. The Authority has issued an official warning to the charity and has disqualified its former chief executive, Mr Marcus Feld, from acting as a trustee or senior manager of any charity for seven years.</p>

<h2>Background</h2>
<p>Harbourlight Children's Trust was registered on 2 February 2010. In the financial year ending 31 March 2023 it reported an income of &pound;4.8 million, of which &pound;3.1 million came from local authority contracts and grants. At the time the inquiry opened it employed 96 staff and operated five centres, in Sunderland, Gateshead, Durham, Hartlepool and Darlington.</p>
<p>The inquiry was led by Mr Daniel Okonjo, senior investigator in the Authority's Investigations and Enforcement team. Investigators examined bank records covering the period from April 2020 to March 2023 and interviewed eleven current and former trustees and staff.</p>

<h2>Findings</h2>
<p>The inquiry's principal findings are set out in the table below.</p>
<table class="findings">
  <caption>Table 1: Principal findings of the inquiry</caption>
  <thead>
    <tr><th>No.</th><th>Area</th><th>Finding</th><th>Amount</th></tr>
  </thead>
  <tbody>
    <tr><td>1</td><td>Restricted funds</td><td>Money given for the young carers' programme was used to meet general running costs, including salaries at head office</td><td>&pound;612,000</td></tr>
    <tr><td>2</td><td>Consultancy payments</td><td>Payments to Feld Advisory Ltd, a company owned by the chief executive's brother, Mr Tobias Feld, made without a written contract or trustee approval</td><td>&pound;187,500</td></tr>
    <tr><td>3</td><td>Reserves</td><td>Unrestricted reserves fell from &pound;1.9 million at 31 March 2021 to &pound;640,000 at 31 March 2023, below the charity's own reserves policy of three months' expenditure</td><td>&pound;1.26 million fall</td></tr>
    <tr><td>4</td><td>Governance</td><td>The board met four times in 2022, against six meetings required by the charity's governing document; the finance committee did not meet at all between June 2021 and January 2023</td><td>&ndash;</td></tr>
    <tr><td>5</td><td>Expenses</td><td>Credit card expenses claimed by the chief executive without receipts, including hotel stays in London and Edinburgh</td><td>&pound;23,840</td></tr>
  </tbody>
</table>

<p>The inquiry found that the former chair of trustees, Mrs Helen Marchbank, had been told of concerns about the consultancy payments by the then finance director, Ms Sunita Barlow, in an email dated Monday 12 June 2023, but the board did not discuss the matter until its meeting of Friday 29 September 2023. Mrs Marchbank resigned as chair on Monday 6 November 2023.</p>
<p>Mr Feld resigned as chief executive on Friday 29 September 2023. In interview he told investigators that he "relied entirely on the finance team" and "never intended to mislead the board". The inquiry did not accept this explanation.</p>

<h2>Regulatory action taken</h2>
<p>During the inquiry the Authority:</p>
<ul>
  <li>appointed Kestrel Recovery LLP as interim manager of the charity on Thursday 1 February 2024, for an initial period of nine months, at the charity's expense;</li>
  <li>directed the trustees to recover the consultancy payments from Feld Advisory Ltd, of which &pound;40,000 has so far been repaid;</li>
  <li>issued an official warning to the charity under its enforcement powers;</li>
  <li>disqualified Mr Marcus Feld for seven years with effect from 21 May 2024.</li>
</ul>

<h2>Statement from the Authority</h2>
<p>Ms Priya Raman-Holt, director of investigations at the Charities Oversight Authority, said:</p>
<blockquote>
  <p>"Donors gave this money to help young carers, and a significant part of it paid for the running of head office instead. Trustees cannot hand their responsibilities to a chief executive and look away. The new board now has a clear plan, and we will be watching closely to make sure it is delivered."</p>
</blockquote>
<p>Mr Graham Ellison, chief executive of the Authority, added that the case showed "why trustees must ask hard questions about restricted money".</p>

<h2>Conclusions</h2>
<p>The Authority concluded that the former trustees failed in their duty to act prudently and to protect the charity's assets. It has noted that the present board, chaired since 6 November 2023 by Dr Eleanor Quaye, has co-operated fully with the inquiry. The inquiry is now closed. The Authority will continue to monitor the charity's compliance with an action plan, which requires the restricted funds to be restored in full by 31 March 2026.</p>

<h2>Wider lessons</h2>
<p>The Authority reminds all trustees that restricted funds may only be spent on the purposes for which they were given, and that payments to connected parties must be approved by the board and properly recorded. Its guidance <a href="/guidance/cc-finance-12">Managing your charity's finances (CC-FIN 12)</a> sets out what trustees are expected to do.</p>
</article>
</main>
<footer class="site-footer">
  <p>Charities Oversight Authority, 4th Floor, Carrick House, 22 Wellgate, Leeds LS1 4DN</p>
  <p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookies</a> | <a href="/foi">Freedom of information</a></p>
  <p>&copy; Crown copyright 2024. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
</footer>
</body>
</html>
`;

const RESPONSE = `# Harbourlight Children's Trust: response to the Charities Oversight Authority inquiry report

**For immediate release** · Wednesday 15 May 2024 · Sunderland

Harbourlight Children's Trust (registered charity number 1187442) today responds to the inquiry report published by the Charities Oversight Authority on Tuesday 14 May 2024.

## Statement from the chair of trustees

Dr Eleanor Quaye, chair of the board of trustees, said:

> "We accept the Authority's findings in full and without reservation. The families we serve were let down, and I want to apologise to every donor who trusted us with money for young carers. The board I lead today is a different board, and we have spent the last six months putting things right."

Dr Quaye, a retired paediatrician, joined the board in July 2022 and became chair on 6 November 2023. Four of the nine current trustees were appointed in the past year, including two qualified accountants.

## What we have done so far

Since the inquiry opened, the charity has:

- **restored £250,000** to the young carers' programme from the sale of its former office in Darlington, completed on Tuesday 2 April 2024;
- **recovered £40,000** of the £187,500 paid to Feld Advisory Ltd, and started court proceedings to recover the remaining £147,500;
- **reduced its staff** from 96 to 71, mainly in head office roles, and closed its centres in Gateshead and Hartlepool, whose services are now delivered from the Sunderland and Durham centres;
- **adopted a new financial controls policy** in March 2024, under which any payment over £5,000 needs the signature of two trustees;
- **appointed a new auditor**, Greyfriars Audit Partners, whose first audit covers the year ending 31 March 2024.

The remaining £362,000 owed to the young carers' programme will be restored in three instalments, with the final payment due by 31 March 2026, as agreed in the action plan.

## Statement from the interim chief executive

Ms Rachel Tennant, who has been interim chief executive since Monday 8 January 2024, said:

> "Closing two centres was the hardest decision this charity has taken, but it was the only way to keep the other three open. Not one young carer has lost their support worker as a result."

Ms Tennant was previously director of services at Tyne Valley Carers. She said the charity now supports about 1,350 young carers a year, down from 1,600 in 2022.

## Working with the interim manager

The trustees have worked alongside Kestrel Recovery LLP since its appointment in February 2024. Mr Oliver Danquah, the partner at Kestrel Recovery leading the appointment, is attending every board meeting until the interim management ends in November 2024.

## Questions and answers

**Q: Will anyone else be held responsible?**

A: The Authority has disqualified our former chief executive, Mr Marcus Feld. The former chair, Mrs Helen Marchbank, and three other former trustees have all left the board. We have passed the report to Northumbria Police, who have confirmed they are assessing it. It would not be right for us to comment further while that assessment is under way.

**Q: Are children's services at risk?**

A: No. Our income for 2023–24 is expected to be about £4.2 million, and our two main local authority contracts, with Sunderland City Council and Durham County Council, have been renewed until 2027.

**Q: What happened to the whistleblower?**

A: Ms Sunita Barlow, our former finance director, raised concerns in June 2023. She left the charity in December 2023 under a settlement agreement. The board has since written to her to thank her, and our new whistleblowing policy is published on our website.

**Q: How can donors be sure their money is safe?**

A: Every gift to a restricted fund is now held in a separate bank account, and the finance committee, chaired by trustee Mr Kwame Asante, reports to every board meeting. The committee has met monthly since December 2023.

## Notes to editors

1. Harbourlight Children's Trust was founded in 2010 and supports children and young carers in the North East of England.
2. The full inquiry report is available on the Charities Oversight Authority website.
3. Dr Quaye and Ms Tennant are available for interview on Thursday 16 May 2024.

**Media contact:** Jo Pemberton, communications manager, press@harbourlight.org.uk, 0191 555 0142

*Harbourlight Children's Trust, Wearmouth House, 9 Panns Bank, Sunderland SR1 1TH*
`;

const files = { 'coa-inquiry-report.html': REPORT, 'harbourlight-response.md': RESPONSE };

describe("a charity inquiry: the regulator's report and the charity's response, with the product's word vectors", () => {
  withProductWordVectors();

  test('"two years later" is the time between two dates, not a length to set against "three months\' expenditure"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "two years" against "three months".
    verdict('supported', "The charity's unrestricted reserves fell from £1.9 million in March 2021 to £640,000 two years later.");
    verdict('contradicted', 'Unrestricted reserves fell below the charity\'s own reserves policy of three weeks\' expenditure.', [["three weeks", "three months"]]);
  });
});
