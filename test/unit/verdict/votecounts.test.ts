/**
 * A parliamentary by-election count: the acting returning officer's declaration of result (plain text with a votes table)
 * and a local paper's report (HTML). The sources are written for these tests (from a helper's draft); the constituency,
 * the parties' candidates and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const DECLARATION = `KELSHAM BOROUGH COUNCIL

PARLIAMENTARY BY-ELECTION

KELSHAM AND DUNMORE CONSTITUENCY

DECLARATION OF RESULT OF POLL

Date of poll: Thursday 14 March 2024

I, Patricia Oyelaran, being the Acting Returning Officer at the above election, do hereby give notice that the number of votes recorded for each candidate at the said election is as follows:

Name of Candidate             Description                              Number of Votes
---------------------------------------------------------------------------------------
ASHWORTH, Daniel James        Liberal Democrats                                  6,214
BRENNAN-HOLT, Sarah Louise    The Conservative Party Candidate                   9,872
CHAUDHRY, Imran               Green Party                                        2,431
FENWICK, Margaret Anne        Labour Party                                      14,509   (Elected)
OKONKWO, Peter Chidi          Reform UK                                          5,106
PRYCE, Howard Edward          Independent                                          387
WHITTLE, Colin                Official Monster Raving Loony Party                  212
---------------------------------------------------------------------------------------
Total number of valid votes cast                                                38,731

The number of ballot papers rejected was as follows:

(a) want of an official mark                                                         2
(b) voting for more than one candidate                                              51
(c) writing or mark by which the voter could be identified                           6
(d) being unmarked or wholly void for uncertainty                                   84
---------------------------------------------------------------------------------------
Total number of rejected ballot papers                                             143

Total number of ballot papers counted (including rejected)                      38,874

Electorate                                                                      72,415
Turnout                                                                         53.68%

Majority                                                                         4,637

And I do hereby declare that the said MARGARET ANNE FENWICK is duly elected as the Member of Parliament to serve for the Kelsham and Dunmore Constituency.

Declaration made at 3.47am on Friday 15 March 2024 at Kelsham Leisure Centre, Marsh Road, Kelsham KL4 7QT.

Dated: Friday 15 March 2024

Patricia Oyelaran
Acting Returning Officer
Kelsham Borough Council, Civic Offices, Tanner Street, Kelsham KL1 2AB


NOTES ISSUED WITH THE DECLARATION

1. Vacancy. The by-election was held following the resignation of Sir Anthony Greaves as Member of Parliament for Kelsham and Dunmore, which took effect on Friday 19 January 2024. The writ for the by-election was received by the Acting Returning Officer on Tuesday 6 February 2024.

2. Nominations. Nominations closed at 4pm on Monday 19 February 2024. Seven valid nominations were received. No nomination paper was rejected.

3. Polling. Polling stations were open from 7am to 10pm on Thursday 14 March 2024. There were 58 polling stations across 41 polling places in the constituency. Polling station staff numbered 212, and a further 146 count assistants were employed at the count.

4. Postal votes. A total of 17,960 postal ballot packs were issued, of which 14,327 were returned by the close of poll, a return rate of 79.8 per cent. Of the returned postal vote statements, 311 were rejected because the date of birth or signature did not match the records held, and those ballot papers were not counted.

5. Verification. Verification of ballot paper accounts began at 11.20pm on Thursday 14 March 2024 and was completed at 1.55am on Friday 15 March 2024. The count of votes began at 2.05am. No recount was requested by any candidate or election agent.

6. Deposits. Under the Representation of the People Act 1983, a candidate who polls less than one-twentieth (5 per cent) of the total number of valid votes forfeits the deposit of £500. The threshold at this election was 1,937 votes. The deposits of Howard Edward Pryce (Independent) and Colin Whittle (Official Monster Raving Loony Party) are forfeited.

7. Voter identification. Presiding officers recorded 97 electors who were initially refused a ballot paper because they did not bring an accepted form of photographic identification. Of these, 61 later returned with accepted identification and were issued a ballot paper.

8. Statement by the Acting Returning Officer. Mrs Oyelaran said: "I would like to thank every voter who took part, the candidates and their agents for their courtesy throughout the campaign, and the 358 members of staff who made this poll and count possible. A turnout of more than 53 per cent at a by-election in March is something the people of Kelsham and Dunmore can be proud of."

9. Deputy Acting Returning Officer. Mr Graham Tulloch, Head of Legal and Democratic Services at Kelsham Borough Council, acted as Deputy Acting Returning Officer and oversaw the postal vote opening sessions, which were held on six days between Tuesday 5 March and Thursday 14 March 2024.

10. Enquiries. Enquiries about this notice should be made to the Electoral Services Office, Kelsham Borough Council, Civic Offices, Tanner Street, Kelsham KL1 2AB. Telephone: 01632 960 418. Email: elections@kelsham.gov.uk. Office hours: Monday to Friday, 9am to 5pm.

Published and printed by Patricia Oyelaran, Acting Returning Officer, Civic Offices, Tanner Street, Kelsham KL1 2AB.
`;

const REPORT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Labour's Margaret Fenwick wins Kelsham and Dunmore by-election | Kelsham Courier</title>
  <meta name="description" content="Labour takes Kelsham and Dunmore from the Conservatives with a majority of 4,637 on a turnout of 53.7 per cent.">
  <meta name="author" content="Megan Latimer">
  <link rel="stylesheet" href="/assets/css/courier.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Kelsham Courier</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/news/">News</a></li>
        <li><a href="/news/politics/" class="active">Politics</a></li>
        <li><a href="/sport/">Sport</a></li>
        <li><a href="/whats-on/">What's On</a></li>
        <li><a href="/business/">Business</a></li>
        <li><a href="/announcements/">Announcements</a></li>
        <li><a href="/subscribe/">Subscribe</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news/">News</a> &rsaquo; <a href="/news/politics/">Politics</a></nav>

  <main>
    <article class="story">
      <h1>Labour's Margaret Fenwick wins Kelsham and Dunmore by-election with majority of 4,637</h1>
      <p class="standfirst">Former headteacher overturns a Conservative majority of 7,812 as turnout reaches 53.7 per cent</p>
      <p class="byline">By <a href="/authors/megan-latimer/">Megan Latimer</a>, Political Reporter</p>
      <p class="dateline"><time datetime="2024-03-15T05:12:00Z">Friday 15 March 2024, 5.12am</time> &middot; Updated <time datetime="2024-03-15T09:40:00Z">9.40am</time></p>

      <p>Labour has taken the Kelsham and Dunmore seat from the Conservatives after its candidate, Margaret Fenwick, won the by-election with 14,509 votes, a majority of 4,637 over the Conservative candidate, Sarah Brennan-Holt, who polled 9,872.</p>

      <p>The result was declared at 3.47am on Friday at Kelsham Leisure Centre by the acting returning officer, Patricia Oyelaran, chief executive of Kelsham Borough Council. Turnout was 53.7 per cent, down from 68.1 per cent at the 2019 general election, when Sir Anthony Greaves held the seat for the Conservatives with a majority of 7,812.</p>

      <p>The swing from the Conservatives to Labour was 11.4 per cent. Mrs Fenwick took 37.5 per cent of the valid vote and Mrs Brennan-Holt 25.5 per cent. The Liberal Democrat candidate, Daniel Ashworth, came third with 6,214 votes, ahead of Reform UK's Peter Okonkwo, who finished fourth with 5,106. Green Party candidate Imran Chaudhry polled 2,431.</p>

      <p>Independent Howard Pryce, with 387 votes, and Colin Whittle of the Official Monster Raving Loony Party, with 212, both lost their £500 deposits.</p>

      <h2>'A town that has been taken for granted'</h2>

      <p>Mrs Fenwick, 54, was head of St Aidan's Primary School in Dunmore for eleven years and has represented Riverside ward on Kelsham Borough Council since 2015. In her victory speech she said: "Tonight Kelsham and Dunmore has sent a message to Westminster that it will no longer be taken for granted. I will be a full-time MP, and my first job will be to fight for the maternity unit at Dunmore General Hospital."</p>

      <p>Mrs Brennan-Holt, a county councillor for Marsham North, conceded that it had been "a difficult night" for her party. "The voters have spoken and I respect their verdict. We heard on the doorstep that people are frustrated with the cost of living, and we have to listen," she said.</p>

      <p>Mr Okonkwo said Reform UK's 13.2 per cent share showed "a real appetite for change that neither of the old parties can satisfy". Mr Ashworth said the Liberal Democrats had "doubled our vote in the villages" and would target the seat at the general election.</p>

      <p>The by-election was called after Sir Anthony, who had been the constituency's MP since 2010, stood down in January to become chair of the Northern Rivers Water Authority. His resignation took effect on 19 January.</p>

      <h2>How the night unfolded</h2>
      <ul class="timeline">
        <li><strong>10pm</strong> &ndash; Polls close at 58 polling stations across the constituency.</li>
        <li><strong>10.41pm</strong> &ndash; The first ballot box, from Dunmore Community Hall, arrives at the leisure centre.</li>
        <li><strong>11.20pm</strong> &ndash; Verification of ballot papers begins.</li>
        <li><strong>1.55am</strong> &ndash; Verification completed; officials confirm turnout of 53.68 per cent.</li>
        <li><strong>2.05am</strong> &ndash; Counting of votes begins.</li>
        <li><strong>2.50am</strong> &ndash; Labour's agent, Councillor Derek Hammond, tells the Courier he is "quietly confident".</li>
        <li><strong>3.47am</strong> &ndash; Mrs Oyelaran declares the result. No recount is requested.</li>
      </ul>

      <h2>Questions and answers: what happens now?</h2>
      <p><strong>When will Mrs Fenwick take her seat?</strong><br>
      She is expected to take the oath in the House of Commons on Monday 18 March.</p>
      <p><strong>How many votes were rejected?</strong><br>
      A total of 143 ballot papers were rejected, 84 of them because they were unmarked or void for uncertainty.</p>
      <p><strong>How many people voted by post?</strong><br>
      Of the 17,960 postal votes issued, 14,327 were returned, a rate of 79.8 per cent.</p>
      <p><strong>Did voter ID cause problems?</strong><br>
      Presiding officers turned away 97 people who arrived without accepted photo ID; 61 of them came back with it and voted.</p>

      <p>Councillor Hammond, who leads the Labour group on Kelsham Borough Council, said: "This is the best Labour result in this part of the county for a generation, and it belongs to the volunteers who knocked on more than 30,000 doors."</p>

      <p>Mrs Oyelaran thanked the 358 staff who worked on the election, saying the turnout was "something the people of Kelsham and Dunmore can be proud of".</p>

      <p class="correction"><em>This article was updated at 9.40am to correct the name of Mrs Fenwick's former school.</em></p>

      <aside class="related">
        <h3>Related stories</h3>
        <ul>
          <li><a href="/news/politics/kelsham-dunmore-candidates-confirmed/">Seven candidates confirmed for Kelsham and Dunmore by-election</a></li>
          <li><a href="/news/politics/greaves-resigns-water-authority/">Sir Anthony Greaves to quit as MP for water authority role</a></li>
          <li><a href="/news/health/dunmore-maternity-unit-consultation/">Dunmore maternity unit: consultation extended to May</a></li>
        </ul>
      </aside>
    </article>
  </main>

  <footer class="site-footer">
    <p>&copy; 2024 Kelsham Courier Ltd, 14 Bridge Street, Kelsham KL1 4DF. Registered in England and Wales No. 04821937.</p>
    <ul class="footer-links">
      <li><a href="/about/">About us</a></li>
      <li><a href="/contact/">Contact the newsroom</a></li>
      <li><a href="/complaints/">Complaints and corrections</a></li>
      <li><a href="/privacy/">Privacy notice</a></li>
      <li><a href="/cookies/">Cookie settings</a></li>
    </ul>
    <p>The Kelsham Courier is regulated by the Independent Press Standards Organisation (IPSO).</p>
  </footer>
</body>
</html>
`;

const files = { 'declaration-of-result.txt': DECLARATION, 'courier-by-election-report.html': REPORT };

describe("a by-election count: the declaration and the paper's report, with the product's word vectors", () => {
  withProductWordVectors();

  test('a first name and surname are the person a title and surname name: "Derek Hammond" / "Councillor Hammond"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives Councillor, not Derek".
    verdict('supported', 'Derek Hammond, the Labour group leader on Kelsham Borough Council, said the victory "belongs to the volunteers who knocked on more than 30,000 doors".');
  });
});
