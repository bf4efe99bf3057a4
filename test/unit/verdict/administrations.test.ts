/**
 * A retailer's collapse into administration: the administrators' announcement (plain text, lists of closing stores)
 * and a trade union's statement (HTML). Faithful sentences a writer would put together that were flagged: a person
 * "of" a firm the announcement gives apart ("Priya Venkataraman of Kestrel Advisory" / "…, both of Kestrel Advisory
 * LLP"); "112 stores" where the stores are "112 department and homeware stores" (not the "3,960 [who] work in
 * stores"); "5p in the pound" (pence where the text speaks of the pound); "until 11:30 on Monday morning" from the
 * sentence after "meetings on Monday afternoon". The sources are written for these tests (from a helper's draft);
 * the companies and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const ANNOUNCEMENT = `FOR IMMEDIATE RELEASE

HALLORAN & PAGE RETAIL LIMITED (IN ADMINISTRATION)
Appointment of Joint Administrators and Store Closure Programme

London, Tuesday 14 January 2025, 07:00 GMT

Marcus Ellery and Priya Venkataraman, both of Kestrel Advisory LLP, were appointed Joint Administrators of Halloran & Page Retail Limited ("Halloran & Page" or "the Company") on Monday 13 January 2025. The appointment was made by the High Court in London following an application by the Company's directors.

Halloran & Page, founded in Leeds in 1921, operates 112 department and homeware stores across England, Wales and Scotland and employs 4,380 people, of whom 3,960 work in stores and 420 work at its head office in Leeds and its distribution centre in Wakefield. The Company also operates a website, halloranpage.co.uk, which accounted for 18% of sales in the year to 31 March 2024.

Background to the administration

The Company reported revenue of £612 million in the year to 31 March 2024, down from £655 million the previous year, and a pre-tax loss of £38.4 million. Trading over the Christmas period was weaker than expected, with like-for-like sales in the six weeks to 4 January 2025 falling by 9.2% compared with the same period a year earlier.

The directors had sought fresh investment since September 2024. A proposed £45 million refinancing with the Company's main lender, Northgate Commercial Finance, collapsed on Friday 10 January 2025 after the lender declined to extend its revolving credit facility. The directors concluded that the Company could not meet a quarterly rent payment of £11.2 million due on 25 March 2025 and did not have sufficient funds to pay suppliers for spring stock.

Store closures

The Joint Administrators have concluded that 31 stores cannot be traded profitably and will close. The remaining 81 stores will continue to trade while the Joint Administrators seek a buyer for all or part of the business. The first tranche of closures is as follows:

Closing on Saturday 1 February 2025:
- Bolton, Market Place
- Doncaster, Frenchgate
- Kirkcaldy, High Street
- Stockport, Merseyway
- Wrexham, Hope Street
- Swindon, Regent Street
- Hastings, Priory Meadow
- Grimsby, Victoria Street
- Dundee, Murraygate

Closing on Saturday 15 February 2025:
- Bradford, Broadway
- Newport, Commercial Street
- Ipswich, Tavern Street
- Walsall, Park Street
- Perth, High Street
- Scunthorpe, High Street
- Blackburn, King William Street
- Carlisle, English Street
- Taunton, Fore Street
- Stoke-on-Trent, Hanley
- Aberdeen, Union Street
- Llandudno, Mostyn Street

The remaining 10 stores earmarked for closure will close by Saturday 29 March 2025. A full list will be published on the Company's website by Friday 24 January 2025.

Employees

Regrettably, the closure of the 31 stores will result in 1,140 redundancies. In addition, 86 roles at the Leeds head office are being made redundant with immediate effect. All affected colleagues were informed at meetings on the afternoon of Monday 13 January.

Employees who are made redundant will be able to claim redundancy pay, notice pay and arrears of wages through the Redundancy Payments Service. The Joint Administrators will provide assistance to affected employees with making their claims. Wages for the period up to 13 January 2025 will be paid in full on the normal pay date of 28 January 2025.

There will be no redundancies at the Wakefield distribution centre at this stage.

Customers

All stores that remain open will continue to honour gift cards and gift vouchers for a period of 28 days, until 10 February 2025. Refunds and exchanges will be accepted for goods bought before 13 January 2025 until Monday 27 January 2025. The Company's loyalty scheme, Page Points, has been suspended and points will not be redeemable. Online orders placed before the appointment will be fulfilled.

Creditors

The Company's largest creditors are Northgate Commercial Finance, which is owed £74 million under a secured facility, HM Revenue & Customs, which is owed approximately £21 million, and the Company's pension scheme, the Halloran & Page Pension Plan, which has a deficit of £96 million on a buyout basis. The Pension Protection Fund has been notified. Trade suppliers are owed a total of approximately £58 million, and landlords are owed approximately £9 million in unpaid rent.

The Joint Administrators anticipate that unsecured creditors will receive a dividend of less than 5 pence in the pound. A statement of proposals will be sent to all known creditors within eight weeks of the appointment.

Sale process

The Joint Administrators have already received expressions of interest from 14 parties, including two rival retailers and a number of private equity firms. Kestrel Advisory has set a deadline of Friday 7 February 2025 for non-binding offers.

Marcus Ellery, Joint Administrator and partner at Kestrel Advisory, said: "Halloran & Page is a well-known name on the British high street, but it has been hit by falling footfall, rising costs and a very difficult Christmas. Regrettably, we have had to take the decision to close 31 stores that are not viable. Our priority now is to find a buyer for the remaining business and to protect as many jobs as possible."

Priya Venkataraman, Joint Administrator, added: "We recognise that this is an extremely difficult time for colleagues and their families. We will be working closely with the Redundancy Payments Service and with the trade unions to support everyone affected. We are grateful to the store teams, who have continued to serve customers throughout."

The chief executive, Gareth Lomax, who joined the Company in April 2023, has stepped down from the board with effect from 13 January 2025. The chairman, Dame Helen Ashcroft, will remain in post to assist the Joint Administrators.

ENDS

Notes to editors

Kestrel Advisory LLP is a restructuring and insolvency firm with offices in London, Manchester and Glasgow. Marcus Ellery and Priya Venkataraman are licensed insolvency practitioners authorised by the Insolvency Practitioners Association.

Media enquiries: Tom Bassey, Kestrel Advisory, press@kestreladvisory.example, 020 7946 0381
`;

const STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Halloran &amp; Page collapse: "Staff have been treated appallingly" | RWU – Retail Workers' Union</title>
<link rel="stylesheet" href="/assets/css/main.css">
<meta name="description" content="RWU responds to the administration of Halloran & Page and the closure of 31 stores.">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">RWU – Retail Workers' Union</a>
  <nav class="main-nav">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/about">About us</a></li>
      <li><a href="/join">Join RWU</a></li>
      <li><a href="/campaigns">Campaigns</a></li>
      <li><a href="/news" class="active">News</a></li>
      <li><a href="/advice">Advice at work</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
</header>

<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo; Press releases</div>

<main>
<article class="press-release">
<p class="dateline">Press release &middot; Tuesday 14 January 2025</p>
<h1>Halloran &amp; Page collapse: "Staff have been treated appallingly"</h1>

<p class="standfirst">The Retail Workers' Union (RWU) has condemned the way more than a thousand Halloran &amp; Page workers learned they were losing their jobs, and is calling on the administrators to hold proper consultation before any further closures.</p>

<p>The RWU, which represents around 1,700 staff at Halloran &amp; Page, said its members were told of the store closures at short-notice meetings on Monday afternoon, some of which lasted less than fifteen minutes. The union said it was not informed of the administration until 11:30 on Monday morning, less than three hours before the first staff meetings began.</p>

<p>Under the law, an employer proposing 100 or more redundancies at a single establishment must consult for at least 45 days. The union said no consultation had taken place with staff representatives at any of the 31 stores, and that it would be seeking a protective award of up to 90 days' pay for every affected member through the employment tribunal.</p>

<p>RWU general secretary Sandra Okafor said:</p>

<blockquote>
<p>"Staff at Halloran &amp; Page have been treated appallingly. Many of them have given twenty or thirty years to this company, and they were told in a quarter of an hour that it was all over. There was no warning and no consultation, and that is not just wrong, it is against the law.</p>
<p>"We will be pursuing protective awards for every one of our members who has lost their job. We are also calling on the administrators to guarantee that the 81 stores still trading will not be run down while a buyer is found. Our members deserve better than to be the last to know."</p>
</blockquote>

<p>The union said it had written to the joint administrators, Kestrel Advisory, on Tuesday morning asking for an urgent meeting, and to the Secretary of State for Business and Trade asking the government to review the rules on consultation in insolvency.</p>

<h2>"We found out from a WhatsApp message"</h2>

<p>Denise Harrow, a sales assistant who has worked at the Doncaster Frenchgate store for 22 years and is an RWU workplace representative, said staff there were called into the staff canteen at 2:15pm on Monday.</p>

<blockquote>
<p>"Half of us had already heard from a WhatsApp message that someone's cousin had sent round. Then a man from the administrators read out a statement, told us the store would shut on 1 February and that was it. Nobody asked us a single question. People were in tears. I've got colleagues who are married to each other and both of them are losing their jobs on the same day."</p>
</blockquote>

<p>Ms Harrow said the Doncaster store employs 48 people, 41 of whom are women, and that most work part-time. She added that the store had been busier in December than it was the year before, and that staff "did not see this coming at all".</p>

<h2>Pay and pensions</h2>

<p>The RWU said that the average length of service among its members at the closing stores is 11 years, and that statutory redundancy pay is capped at a weekly pay of £700, well below what it describes as fair compensation for long-serving staff. The union estimates that its members at the 31 closing stores are owed a combined £2.3 million in unpaid holiday pay and notice pay.</p>

<p>The union also raised concern about the Halloran &amp; Page Pension Plan, which has around 9,200 members. Assistant general secretary Raj Mistry said that members who had not yet retired faced "a real risk of losing part of what they have been promised", because the Pension Protection Fund pays 90% of the pension to those below the scheme's normal pension age. Pensioners already drawing their pension would not be affected in the same way, he said.</p>

<p>Mr Mistry said: "These are people on modest wages who have done the right thing and saved for their retirement. They should not be paying for the failures of the people at the top."</p>

<h2>Calls on the board</h2>

<p>The union criticised former chief executive Gareth Lomax, who it said had received a bonus of £410,000 in the summer of 2024, at a time when staff were offered a pay rise of 3%, below the rate of inflation at the time. The union said it would be asking the administrators to investigate whether any payments to directors in the last twelve months could be recovered.</p>

<p>The RWU said it was setting up a dedicated helpline for members affected by the closures, which will be open from 8am to 8pm, seven days a week, from Wednesday 15 January. Members will also be able to attend drop-in advice sessions at the union's regional offices in Leeds, Cardiff and Edinburgh on Saturday 18 January.</p>

<p>Workers who are not members of a union were urged to contact the RWU for advice. The union said that 212 Halloran &amp; Page staff had joined in the previous 24 hours.</p>

<p class="ends">ENDS</p>

<div class="notes">
<h3>Notes to editors</h3>
<ul>
<li>The Retail Workers' Union represents more than 310,000 workers in shops, warehouses and distribution across the UK.</li>
<li>Sandra Okafor has been general secretary of the RWU since 2021.</li>
<li>Press office: Lucy Fernandes, 020 7946 0722 (out of hours: 07700 900455).</li>
</ul>
</div>
</article>

<aside class="related">
<h2>Related news</h2>
<ul>
<li><a href="/news/2024/11/christmas-staffing">Shopworkers face "toughest Christmas yet", survey finds</a></li>
<li><a href="/news/2024/10/respect-for-shopworkers">Respect for Shopworkers Week: abuse figures revealed</a></li>
</ul>
</aside>
</main>

<footer class="site-footer">
  <div class="footer-cols">
    <ul><li><a href="/about">About RWU</a></li><li><a href="/branches">Find your branch</a></li><li><a href="/jobs">Work for us</a></li></ul>
    <ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
  </div>
  <p>&copy; 2025 Retail Workers' Union. Registered office: 188 Kennington Road, London SE11. Follow us: <a href="https://x.com/example">X</a> &middot; <a href="https://facebook.com/example">Facebook</a></p>
</footer>
</body>
</html>
`;

const files = { 'administrators-announcement.txt': ANNOUNCEMENT, 'union-statement.html': STATEMENT };

describe('a retailer in administration: the administrators\' announcement and a union\'s statement, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('faithful sentences that were flagged', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "Priya Venkataraman of Kestrel Advisory" / "Kestrel Advisory LLP".
    verdict('supported', 'Marcus Ellery and Priya Venkataraman of Kestrel Advisory were appointed joint administrators of Halloran & Page on Monday 13 January.');
    // Was contradicted: 112 / 3,960.
    verdict('supported', 'The chain, founded in Leeds in 1921, has 112 stores and employs 4,380 people.');
    verdict('contradicted', 'The chain, founded in Leeds in 1921, has 121 stores and employs 4,380 people.', [['121', '112']]);
    // Was unsupported: "No source states “5”".
    verdict('supported', 'Unsecured creditors are expected to get less than 5p in the pound.');
    verdict('contradicted', 'Unsecured creditors are expected to get less than 8p in the pound.', [['8p', '5 pence']]);
    // Was contradicted: morning / afternoon.
    verdict('supported', 'The RWU, which represents around 1,700 Halloran & Page staff, said it was not told of the administration until 11:30 on Monday morning.');
  });

  test('"quieter in December than it was the year before" / "busier", the names in the sentence before', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Ms Harrow said the Doncaster store had been quieter in December than it was the year before.', [['quieter', 'busier']]);
    verdict('supported', 'Ms Harrow said the Doncaster store had been busier in December than it was the year before.');
  });
});
