/**
 * A parliamentary by-election's count: the returning officer's declaration (HTML) and a local paper's live blog
 * (Markdown). The sources are written for these tests (from a helper's draft); the constituency and the people are
 * invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const DECLARATION = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Declaration of Result of Poll – Kestrel Vale Parliamentary By-election 2024 | Kestrel Vale District Council</title>
  <link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <div class="logo"><a href="/"><img src="/assets/img/kvdc-logo.svg" alt="Kestrel Vale District Council"></a></div>
    <nav class="primary-nav" aria-label="Main">
      <ul>
        <li><a href="/bins-and-recycling">Bins and recycling</a></li>
        <li><a href="/council-tax">Council tax</a></li>
        <li><a href="/planning">Planning and building control</a></li>
        <li><a href="/housing">Housing</a></li>
        <li><a href="/elections" aria-current="page">Elections and voting</a></li>
        <li><a href="/contact-us">Contact us</a></li>
      </ul>
    </nav>
    <form class="site-search" action="/search" method="get">
      <label for="q">Search this site</label>
      <input type="search" id="q" name="q">
      <button type="submit">Search</button>
    </form>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/elections">Elections and voting</a></li>
      <li><a href="/elections/results">Election results</a></li>
      <li>Kestrel Vale Parliamentary By-election 2024</li>
    </ol>
  </nav>

  <main id="main-content">
    <h1>Declaration of Result of Poll</h1>
    <p class="lead">Election of a Member of Parliament for the Kestrel Vale Constituency held on Thursday 14 March 2024</p>

    <p>I, Dr Alison Penhaligon, being the Acting Returning Officer at the above election, do hereby give notice that the number of votes recorded for each candidate at the said election is as follows:</p>

    <table class="results">
      <caption>Votes recorded for each candidate</caption>
      <thead>
        <tr><th scope="col">Name of candidate</th><th scope="col">Description (if any)</th><th scope="col">Number of votes</th></tr>
      </thead>
      <tbody>
        <tr><td>ASHWORTH, Daniel Mark</td><td>Reform UK</td><td>4,215</td></tr>
        <tr><td>BRENNAN, Siobhan Clare</td><td>Liberal Democrats</td><td>6,872</td></tr>
        <tr><td>CARTWRIGHT, Helen Louise</td><td>The Conservative Party Candidate</td><td>9,604</td></tr>
        <tr class="elected"><td>DUNMORE, Rajesh Kumar</td><td>Labour Party</td><td>13,957 (Elected)</td></tr>
        <tr><td>ELLERBY, Thomas James</td><td>Green Party</td><td>2,318</td></tr>
        <tr><td>FOXWELL, Margaret Ann</td><td>Independent</td><td>587</td></tr>
        <tr><td>GRIMSHAW, Nigel Peter</td><td>Official Monster Raving Loony Party</td><td>164</td></tr>
      </tbody>
    </table>

    <h2>Summary of the poll</h2>
    <table class="summary">
      <tbody>
        <tr><th scope="row">Electorate</th><td>94,310</td></tr>
        <tr><th scope="row">Total number of ballot papers counted</th><td>37,859</td></tr>
        <tr><th scope="row">Total valid votes</th><td>37,717</td></tr>
        <tr><th scope="row">Number of rejected ballot papers</th><td>142</td></tr>
        <tr><th scope="row">Turnout</th><td>40.1%</td></tr>
        <tr><th scope="row">Majority</th><td>4,353</td></tr>
      </tbody>
    </table>

    <h2>Rejected ballot papers</h2>
    <p>The number of ballot papers rejected was as follows:</p>
    <table class="rejected">
      <tbody>
        <tr><th scope="row">(a) want of an official mark</th><td>0</td></tr>
        <tr><th scope="row">(b) voting for more candidates than voter was entitled to</th><td>97</td></tr>
        <tr><th scope="row">(c) writing or mark by which voter could be identified</th><td>6</td></tr>
        <tr><th scope="row">(d) being unmarked or wholly void for uncertainty</th><td>39</td></tr>
        <tr><th scope="row">Total</th><td>142</td></tr>
      </tbody>
    </table>

    <p>And I do hereby declare that <strong>Rajesh Kumar Dunmore</strong> is duly elected as the Member of Parliament for the Kestrel Vale Constituency.</p>

    <p class="signature">Dr Alison Penhaligon<br>Acting Returning Officer<br>Dated: Friday 15 March 2024</p>
    <p>Result declared at 3:47am at Westmoor Leisure Centre, Harbridge.</p>

    <h2>About this by-election</h2>
    <p>The by-election was called following the resignation of Sir Geoffrey Haldane, who had served as the Conservative Member of Parliament for Kestrel Vale since 2010. The writ was moved in the House of Commons on Tuesday 6 February 2024.</p>
    <p>A total of 19,870 postal votes were issued for this election, of which 14,206 were returned, a return rate of 71.5%. Polling stations were open from 7am to 10pm at 68 locations across the constituency.</p>
    <p>Seven candidates stood. Each candidate paid a deposit of £500, which is returned to any candidate who receives at least 5% of the total valid votes. The deposits of Margaret Ann Foxwell and Nigel Peter Grimshaw were forfeited.</p>
    <p>The council has estimated the cost of running the by-election at approximately £310,000, which is met by the Government through the Elections Claims Unit and is not charged to local council tax payers.</p>
    <p>No request for a recount was made by any candidate or election agent.</p>

    <h2>Information about the count</h2>
    <p>The count took place overnight at Westmoor Leisure Centre, Harbridge. Around 120 count staff, drawn mainly from council employees, verified the ballot papers from all 68 polling stations and the opened postal votes before counting began. The first ballot box arrived at the count at 10:41pm and verification of all ballot paper accounts was completed at 1:15am.</p>
    <p>Candidates, election agents and accredited observers were able to watch the verification and counting process throughout the night. Members of the press were admitted to a designated media area on the balcony of the main sports hall.</p>
    <p>The electoral register for this election included 2,140 electors who registered after the by-election was called. The deadline for new applications to register to vote was Tuesday 27 February 2024.</p>
    <p>Anyone wishing to inspect the marked copies of the register or absent voting lists may apply to Electoral Services. A fee is payable for copies.</p>

    <h2>Documents</h2>
    <ul class="downloads">
      <li><a href="/documents/elections/kv-2024-declaration.pdf">Declaration of result of poll (PDF, 84KB)</a></li>
      <li><a href="/documents/elections/kv-2024-statement-persons-nominated.pdf">Statement of persons nominated (PDF, 112KB)</a></li>
      <li><a href="/documents/elections/kv-2024-notice-of-poll.pdf">Notice of poll and situation of polling stations (PDF, 306KB)</a></li>
    </ul>

    <p class="updated">Page last updated: 15 March 2024, 4:20am</p>

    <aside class="feedback">
      <h2>Was this page helpful?</h2>
      <a href="/feedback?page=kv-by-election-2024" class="button">Yes</a>
      <a href="/feedback?page=kv-by-election-2024&amp;helpful=no" class="button">No</a>
    </aside>
  </main>

  <footer class="site-footer">
    <div class="footer-contact">
      <p>Kestrel Vale District Council, Civic Offices, Market Street, Harbridge HB1 4QT</p>
      <p>Electoral Services: 01632 960 418 | <a href="mailto:elections@kestrelvale.gov.uk">elections@kestrelvale.gov.uk</a></p>
    </div>
    <ul class="footer-links">
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/foi">Freedom of information</a></li>
      <li><a href="/sitemap">Site map</a></li>
    </ul>
    <p class="copyright">&copy; 2024 Kestrel Vale District Council. All rights reserved.</p>
  </footer>
  <script src="/assets/js/main.js" defer></script>
</body>
</html>
`;

const BLOG = `# LIVE: Kestrel Vale by-election count – as it happened

**Harbridge Gazette** | By Chloe Marsh, Political Reporter, and Owen Pritchard, Chief Reporter
Thursday 14 March 2024 – Friday 15 March 2024

*Follow our live coverage from Westmoor Leisure Centre in Harbridge, where votes are being counted in the Kestrel Vale parliamentary by-election. Polls closed at 10pm.*

---

### 4:05am – That's it from us

That's the end of our live coverage. Thank you for staying up with us. Full reaction, analysis and a ward-by-ward breakdown of the postal vote will be in Saturday's print edition of the Gazette. Owen Pritchard will be speaking to voters in Westmoor and Kingsbridge on Friday afternoon.

### 3:58am – Cartwright: "Not an easy night"

Conservative candidate Helen Cartwright, a former Kestrel Vale district councillor, told the Gazette: "This was never going to be an easy night for us, but I am proud of the campaign we ran." She said she would "take some time with my family" before deciding whether to stand again at the general election. She did not blame the national party for the result.

Reform UK's Daniel Ashworth did not make a speech and left the hall shortly after the declaration without speaking to reporters.

### 3:52am – Dunmore's victory speech

Rajesh Dunmore, a 44-year-old secondary school headteacher from Kingsbridge, thanked the count staff and the other candidates before addressing his supporters.

"Tonight the people of Kestrel Vale have voted for change, and I will not let them down," he said. "I'll be knocking on doors in Westmoor on Monday morning, same as I did every week of this campaign."

He said his first priority in Parliament would be the future of Harbridge General Hospital's maternity unit, which the local NHS trust has proposed moving to Stanmouth, 18 miles away.

### 3:47am – RESULT: Labour GAIN Kestrel Vale from the Conservatives

Acting Returning Officer Dr Alison Penhaligon has declared the result:

- Rajesh Dunmore (Labour) – 13,957
- Helen Cartwright (Conservative) – 9,604
- Siobhan Brennan (Liberal Democrats) – 6,872
- Daniel Ashworth (Reform UK) – 4,215
- Thomas Ellerby (Green) – 2,318
- Margaret Foxwell (Independent) – 587
- Nigel Grimshaw (Official Monster Raving Loony Party) – 164

Labour majority: 4,353. Turnout: 40.1%, down from 64.8% at the 2019 general election.

Labour's share of the vote rose from 29.8% in 2019 to 37.0%, while the Conservative share fell from 52.3% to 25.5%. That is a swing of 17 points from Conservative to Labour, the largest in any by-election in the region since 1997, according to Professor Martin Okafor, a political scientist at the University of Stanmouth.

Sir Geoffrey Haldane won the seat in 2019 with a majority of 8,112.

### 3:30am – Candidates called to the stage

The candidates and their agents have been called together by the Acting Returning Officer to be shown the provisional result. There has been no request for a recount, we are told.

### 2:40am – Lib Dems upbeat

Siobhan Brennan, the Liberal Democrat candidate and a Harbridge town councillor, was in buoyant mood on the balcony. "We have more than doubled our vote here and we are here to stay," she told us. The Lib Dems took 9.7% in 2019.

Green candidate Thomas Ellerby said his party had done "really well on the Westmoor estate", adding: "Climate is on the ballot in Kestrel Vale, whatever the other parties say."

### 1:50am – Conservative sources concede

A senior Conservative campaign source has told the Gazette the party "will not be holding this seat tonight". Tory activists have been leaving the hall in small groups. The party's chairman for the Kestrel Vale association, Graham Whitlock, said turnout in the Conservative-leaning villages to the north of the constituency had been "disappointing, to put it kindly".

### 1:15am – Verification complete

Verification is finished and counting proper is under way. Dr Penhaligon's team has confirmed that 37,859 ballot papers were counted, giving a turnout of just over 40%. Around 120 staff are working on the count tonight.

### 12:20am – Postal votes

We understand that 14,206 postal votes came back out of 19,870 issued. Labour's agent, Priya Sandhu, said the postal vote samples looked "very encouraging" for her party, but the Conservatives declined to comment.

### 11:35pm – Ministers stay away

No Cabinet minister visited Kestrel Vale in the final week of the campaign, a point Labour has made repeatedly. Labour leader Sir Keir Starmer visited the constituency twice, most recently on Saturday 9 March, when he toured Harbridge General Hospital.

### 10:41pm – First box arrives

The first ballot box has arrived at Westmoor Leisure Centre from the polling station at St Aidan's Church Hall in Kingsbridge, 41 minutes after polls closed. Counting staff are beginning verification.

### 10:00pm – Polls close

Polls have closed in the Kestrel Vale by-election. The contest was triggered by the resignation of Sir Geoffrey Haldane, who stood down in January after 14 years as the constituency's MP to take up a role as chairman of the Northern Rail Infrastructure Board.

Seven candidates are standing. The Acting Returning Officer, Dr Alison Penhaligon, who is also chief executive of Kestrel Vale District Council, has said she expects a declaration "between 3am and 4am".

The by-election is estimated to have cost £310,000 to run. No exit poll has been conducted.

---

*Got a story from the count? Email newsdesk@harbridgegazette.co.uk or message us on WhatsApp. Reporting by Chloe Marsh and Owen Pritchard. Photographs by Lena Kowalczyk.*
`;

const files = { 'declaration-of-result.html': DECLARATION, 'harbridge-gazette-live-blog.md': BLOG };

describe("a by-election count: the declaration and the live blog, with the product's word vectors", () => {
  withProductWordVectors();

  test('"MP" is "Member of Parliament"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives Conservative Member of Parliament, not Conservative MP".
    verdict('supported', 'The by-election, estimated to have cost £310,000, was triggered by the resignation of Sir Geoffrey Haldane, who had been the Conservative MP since 2010.');
  });

  test('"higher than at the 2019 general election" against "40.1%, down from 64.8% at the 2019 general election"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Turnout of 40.1% was higher than at the 2019 general election.', [['higher', 'down from 64.8%']]);
    verdict('supported', 'Turnout of 40.1% was lower than at the 2019 general election.');
  });
});
