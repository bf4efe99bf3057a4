/**
 * A bank closing forty branches: the bank's announcement (HTML, with a table of branches and dates) and an MP's letter to
 * its chief executive (plain text). The sources are written for these tests (from a helper's draft); the bank, the places
 * and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const ANNOUNCEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Halloway Bank to close 40 branches as customers move online | Halloway Bank Newsroom</title>
  <meta name="description" content="Halloway Bank announces changes to its branch network, with 40 branches closing between June and August 2025.">
  <link rel="stylesheet" href="/assets/css/newsroom.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Halloway Bank</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/personal">Personal</a></li>
        <li><a href="/business">Business</a></li>
        <li><a href="/mortgages">Mortgages</a></li>
        <li><a href="/savings">Savings</a></li>
        <li><a href="/newsroom" aria-current="page">Newsroom</a></li>
        <li><a href="/help">Help &amp; support</a></li>
        <li><a class="button" href="/login">Log in</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/newsroom">Newsroom</a> &rsaquo; <a href="/newsroom/press-releases">Press releases</a> &rsaquo; Branch network changes
  </nav>

  <main id="content">
    <article class="press-release">
      <p class="release-meta">Press release &middot; Tuesday 11 March 2025 &middot; 07:00 GMT</p>
      <h1>Halloway Bank to close 40 branches as customers move online</h1>
      <p class="standfirst">Closures to take place between June and August 2025; &pound;45 million to be invested in community banking and a new mobile banking service.</p>

      <p>Halloway Bank plc today confirmed that it will close 40 of its 252 branches in England and Wales between Tuesday 3 June and Thursday 21 August 2025. After the closures the bank will operate 212 branches.</p>

      <p>The bank said that counter transactions in its branches have fallen by 38% since 2021, while 84% of its personal customers now use the Halloway mobile app or online banking. At 27 of the 40 branches, fewer than 90 customers a week used the counter in 2024.</p>

      <p>The changes affect 312 roles. The bank expects to redeploy around 190 colleagues to nearby branches, its telephone banking centre in Swindon or its new Community Banker team, and said that it does not expect compulsory redundancies.</p>

      <h2>What the bank is doing for affected customers</h2>
      <ul>
        <li>A &pound;45 million investment over three years in community banking, including 60 Community Bankers who will hold weekly sessions in libraries, village halls and community centres.</li>
        <li>Support for 14 shared banking hubs, to be run with Cash Access UK, in towns where the bank is the last to leave.</li>
        <li>Customers can continue to pay in cash and cheques and withdraw cash at more than 11,000 Post Office branches.</li>
        <li>A mobile banking van will visit 9 towns on a fortnightly timetable from September 2025.</li>
      </ul>

      <blockquote>
        <p>&ldquo;This was not an easy decision. Our customers have told us, through the way they bank, that they want to do more of it on their phones, and we have to follow them. But we will not leave any community without a way to bank.&rdquo;</p>
        <footer>&mdash; Fiona Markwick, Chief Executive, Halloway Bank</footer>
      </blockquote>

      <blockquote>
        <p>&ldquo;Every customer who uses an affected branch will receive a letter at least 12 weeks before it closes, and our colleagues will help anyone who needs it to get set up on the app or find their nearest Post Office.&rdquo;</p>
        <footer>&mdash; Daniel Oyelaran, Managing Director, Retail Banking</footer>
      </blockquote>

      <h2>Branches closing</h2>
      <table class="branch-list">
        <thead>
          <tr><th>Branch</th><th>County</th><th>Last day of opening</th></tr>
        </thead>
        <tbody>
          <tr><td>Millhaven</td><td>Derbyshire</td><td>Tuesday 3 June 2025</td></tr>
          <tr><td>Aldbury Green</td><td>Hertfordshire</td><td>Tuesday 3 June 2025</td></tr>
          <tr><td>Brackley Road, Banbury</td><td>Oxfordshire</td><td>Tuesday 3 June 2025</td></tr>
          <tr><td>Coleford</td><td>Gloucestershire</td><td>Tuesday 3 June 2025</td></tr>
          <tr><td>Dunmere</td><td>Cornwall</td><td>Tuesday 3 June 2025</td></tr>
          <tr><td>Eastwick</td><td>Essex</td><td>Thursday 12 June 2025</td></tr>
          <tr><td>Fenby</td><td>Lincolnshire</td><td>Thursday 12 June 2025</td></tr>
          <tr><td>Garston Lane, Watford</td><td>Hertfordshire</td><td>Thursday 12 June 2025</td></tr>
          <tr><td>Harrowby</td><td>Lincolnshire</td><td>Thursday 12 June 2025</td></tr>
          <tr><td>Ilkley Moor Road, Keighley</td><td>West Yorkshire</td><td>Thursday 12 June 2025</td></tr>
          <tr><td>Kelston</td><td>Somerset</td><td>Wednesday 25 June 2025</td></tr>
          <tr><td>Langmere</td><td>Norfolk</td><td>Wednesday 25 June 2025</td></tr>
          <tr><td>Marlow Bottom</td><td>Buckinghamshire</td><td>Wednesday 25 June 2025</td></tr>
          <tr><td>Newbridge</td><td>Caerphilly</td><td>Wednesday 25 June 2025</td></tr>
          <tr><td>Otterham</td><td>Devon</td><td>Wednesday 25 June 2025</td></tr>
          <tr><td>Pentwyn</td><td>Cardiff</td><td>Tuesday 8 July 2025</td></tr>
          <tr><td>Quarry Bank</td><td>West Midlands</td><td>Tuesday 8 July 2025</td></tr>
          <tr><td>Radley</td><td>Oxfordshire</td><td>Tuesday 8 July 2025</td></tr>
          <tr><td>Saltby</td><td>Leicestershire</td><td>Tuesday 8 July 2025</td></tr>
          <tr><td>Tilford</td><td>Surrey</td><td>Tuesday 8 July 2025</td></tr>
          <tr><td>Thornbury Cross</td><td>Derbyshire</td><td>Thursday 17 July 2025</td></tr>
          <tr><td>Upton Magna</td><td>Shropshire</td><td>Thursday 17 July 2025</td></tr>
          <tr><td>Ventnor</td><td>Isle of Wight</td><td>Thursday 17 July 2025</td></tr>
          <tr><td>Walsden</td><td>West Yorkshire</td><td>Thursday 17 July 2025</td></tr>
          <tr><td>Yarwell</td><td>Northamptonshire</td><td>Thursday 17 July 2025</td></tr>
          <tr><td>Abercarn</td><td>Caerphilly</td><td>Wednesday 30 July 2025</td></tr>
          <tr><td>Bishopthorpe</td><td>North Yorkshire</td><td>Wednesday 30 July 2025</td></tr>
          <tr><td>Cheddleton</td><td>Staffordshire</td><td>Wednesday 30 July 2025</td></tr>
          <tr><td>Dalston Road, Carlisle</td><td>Cumbria</td><td>Wednesday 30 July 2025</td></tr>
          <tr><td>Evenley</td><td>Northamptonshire</td><td>Wednesday 30 July 2025</td></tr>
          <tr><td>Elsdon Market</td><td>Derbyshire</td><td>Tuesday 12 August 2025</td></tr>
          <tr><td>Farndon</td><td>Cheshire</td><td>Tuesday 12 August 2025</td></tr>
          <tr><td>Grassington</td><td>North Yorkshire</td><td>Tuesday 12 August 2025</td></tr>
          <tr><td>Hawkshead</td><td>Cumbria</td><td>Tuesday 12 August 2025</td></tr>
          <tr><td>Ibstock</td><td>Leicestershire</td><td>Tuesday 12 August 2025</td></tr>
          <tr><td>Jarrow Quay</td><td>Tyne and Wear</td><td>Thursday 21 August 2025</td></tr>
          <tr><td>Kirkby Stephen</td><td>Cumbria</td><td>Thursday 21 August 2025</td></tr>
          <tr><td>Lydney</td><td>Gloucestershire</td><td>Thursday 21 August 2025</td></tr>
          <tr><td>Mere</td><td>Wiltshire</td><td>Thursday 21 August 2025</td></tr>
          <tr><td>Northleach</td><td>Gloucestershire</td><td>Thursday 21 August 2025</td></tr>
        </tbody>
      </table>

      <h2>Questions and answers</h2>
      <dl class="faq">
        <dt>Will my account number or sort code change?</dt>
        <dd>No. Your account number, sort code, cards and PIN stay the same, and you do not need to do anything.</dd>
        <dt>Where is my nearest branch after the closure?</dt>
        <dd>Your closure letter names your nearest remaining Halloway branch. You can also use the branch finder on our website or call us on 0345 600 4172.</dd>
        <dt>Can I still pay in cash?</dt>
        <dd>Yes. Personal and business customers can pay in up to &pound;2,000 in cash a day at any Post Office counter using their Halloway debit card or a paying-in slip.</dd>
        <dt>What if I am not confident using online banking?</dt>
        <dd>Book a free one-to-one Digital Help session in branch before it closes, or with a Community Banker afterwards.</dd>
      </dl>

      <h2>Notes to editors</h2>
      <p>Halloway Bank plc is a retail and business bank with 4.6 million customers, founded in Leeds in 1884. Access to cash assessments for each affected location have been carried out by LINK, the UK&rsquo;s cash machine network. Media enquiries: Priya Sandhu, Head of Media Relations, press@hallowaybank.co.uk, 0113 496 0821.</p>
    </article>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> | <a href="/cookies">Cookies</a> | <a href="/legal">Legal</a> | <a href="/careers">Careers</a> | <a href="/contact">Contact us</a>
    </nav>
    <p>Halloway Bank plc. Registered in England and Wales no. 00412907. Registered office: 1 Kirkgate Square, Leeds LS1 6HB. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Financial Services Register number 204518).</p>
    <p>&copy; 2025 Halloway Bank plc. All rights reserved.</p>
  </footer>
</body>
</html>
`;

const LETTER = `HOUSE OF COMMONS
LONDON SW1A 0AA

Gareth Penhallow MP
Member of Parliament for Ashby Vale

Ms Fiona Markwick
Chief Executive
Halloway Bank plc
1 Kirkgate Square
Leeds LS1 6HB

By email and post

Friday 14 March 2025

Our ref: GP/HB/0325

Dear Ms Markwick,

Proposed closure of the Millhaven, Thornbury Cross and Elsdon Market branches

I am writing on behalf of my constituents in Ashby Vale following your announcement on Tuesday 11 March that Halloway Bank will close 40 branches between June and August this year. Three of those branches are in my constituency: Millhaven, which is due to close on Tuesday 3 June; Thornbury Cross, on Thursday 17 July; and Elsdon Market, on Tuesday 12 August.

I must tell you plainly that the news has caused real anger and distress. Once these three branches have gone, there will be no bank branch of any kind left in Ashby Vale. Halloway Bank was the last bank in each of the three towns: Barclays left Thornbury Cross in 2019, and Lloyds closed its Elsdon Market branch in 2022.

Your press release speaks of customers who "want to do more of it on their phones". That may be true of many of your customers, but it is not true of all of them. According to the 2021 Census, 23% of residents in Ashby Vale are aged 65 or over, compared with 18.6% across England. Mobile coverage in the upper valley around Elsdon Market is poor, and in several villages there is no reliable 4G signal at all.

The practical consequences are serious. Your closure notices direct Millhaven customers to your branch in Chesterfield, which is 11 miles away. The only bus between the two, the 47, runs twice a day and not at all on Sundays. A return journey costs £6.80 and takes most of a morning. For an elderly customer without a car, that is not an alternative; it is the end of face-to-face banking.

Small businesses will also be hard hit. Mrs Margaret Ellwood, chair of the Millhaven Traders' Association, which represents 64 businesses in the town, wrote to me on Wednesday 12 March. She said: "Our members take more than £90,000 in cash between them every week. The Post Office here is open four mornings a week and cannot cope with that. If the bank goes, some of these shops will go with it."

Mr Tomasz Wierzbicki, who runs the pharmacy on Elsdon Market's high street, told me that he deposits cash takings three times a week and that the nearest alternative would add a 34-mile round trip to each deposit.

A petition organised by Thornbury Cross Town Council calling on the bank to keep the branch open has already gathered 1,460 signatures in three days. That is more than a fifth of the town's adult population.

I note that your announcement promises "a way to bank" for every community, a £45 million investment in community banking and support for 14 shared banking hubs. I would welcome those commitments if they reached my constituents. But your announcement does not say where the hubs will be, and your mobile banking van is to visit only nine towns, none of which, as far as I can tell, is in Ashby Vale.

I would therefore be grateful if you could answer the following questions:

1. What were the results of the LINK access to cash assessments for Millhaven, Thornbury Cross and Elsdon Market, and will you publish them in full?
2. Will Halloway Bank request a shared banking hub for Ashby Vale, and if so, by what date?
3. How many customers of each of the three branches are aged over 75, and how many have never logged in to online or mobile banking?
4. Will the Community Banker service hold weekly sessions in each of the three towns, and from which date?
5. Will you consider delaying the closure of the Millhaven branch, which is the first of the three, until a hub or other face-to-face service is in place?

I would also ask you to meet me, together with representatives of the three town councils, before Friday 4 April 2025. My office can arrange a meeting in Westminster or in the constituency, whichever suits you better.

I have raised this matter with the Economic Secretary to the Treasury, Ms Helen Curwen MP, and I intend to raise it in the House at the next Treasury questions. I will share your reply with my constituents.

I look forward to hearing from you.

Yours sincerely,

Gareth Penhallow MP
Member of Parliament for Ashby Vale

cc: Ms Helen Curwen MP, Economic Secretary to the Treasury
    Mr Daniel Oyelaran, Managing Director, Retail Banking, Halloway Bank plc
    Cllr Ruth Abernethy, Mayor of Thornbury Cross

Constituency office: 22 Station Parade, Millhaven DE45 2JT
Telephone: 01629 555 0193
Email: gareth.penhallow.mp@parliament.uk
`;

const files = { 'halloway-branch-announcement.html': ANNOUNCEMENT, 'penhallow-letter-to-markwick.txt': LETTER };

describe("a bank closing branches: the announcement and the MP's letter, with the product's word vectors", () => {
  withProductWordVectors();

  test('a clause of result ("…, leaving it with 212") denies nothing a quotation denies', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "leaving" against "we will not leave any community".
    verdict('supported', 'Halloway Bank will shut forty of its 252 branches in England and Wales between 3 June and 21 August 2025, leaving it with 212.');
    verdict('contradicted', 'Halloway Bank will shut forty of its 252 branches in England and Wales between 3 June and 21 August 2025, leaving it with 221.');
  });

  test('"an investment over three years" spreads a sum over a period: no bound', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "three years" against "three years", the source's read as "more than three years".
    verdict('supported', 'The bank says it will put £45 million over three years into community banking, including 60 Community Bankers.');
  });
});
