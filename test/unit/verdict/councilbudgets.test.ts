/**
 * A county council's budget meeting: the hard-wrapped minutes with numbered items and recorded votes, and the
 * council's press release with a table of council tax by band. The sources are written for these tests (from a helper's
 * draft); the council and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const MINUTES = `WESTMARSH COUNTY COUNCIL

MINUTES of a meeting of FULL COUNCIL held in the Council Chamber,
County Hall, Castle Street, Harrowby, WM1 2HQ on Thursday 20 February 2025
commencing at 10.00am

Minute reference: FC/2025/02
Status: DRAFT - subject to approval at the next meeting of Full Council

PRESENT:
Councillor Derek Ambleside (Chairman of the Council) in the Chair
Councillor Joan Pryce (Vice-Chairman)
71 of the Council's 75 members were present (attendance list at Appendix A).

OFFICERS IN ATTENDANCE:
Dr Simon Ferrars        Chief Executive
Alison Brackley         Director of Finance and Section 151 Officer
Gareth Lowe             Monitoring Officer and Head of Legal Services
Priya Nandra            Democratic Services Manager

---------------------------------------------------------------------------

1.  APOLOGIES FOR ABSENCE

    Apologies for absence were received from Councillors Brennan,
    Fairclough, Mistry and Yates.

2.  DECLARATIONS OF INTEREST

    Councillor Paul Denholm declared a non-pecuniary interest in Item 6 as
    an unpaid trustee of the Harrowby Community Transport Trust. He remained
    in the meeting and took part in the debate and vote.

3.  MINUTES OF THE PREVIOUS MEETING

    RESOLVED: That the minutes of the meeting of Full Council held on
    Thursday 12 December 2024 be approved as a correct record and signed
    by the Chairman.

4.  PUBLIC QUESTIONS

    Three questions had been received in accordance with Council Procedure
    Rule 9. One question is summarised below; the full text of all
    questions and answers is published on the Council's website.

    Question from Mrs Janet Corley (Ashby Fen):
    Mrs Corley asked why Ashby Fen Library had been selected for reduced
    opening hours when visitor numbers had risen by 11% in the past year.

    Response from Councillor Lucy Hargreaves, Cabinet Member for
    Communities and Libraries:
    Councillor Hargreaves said that opening hours at Ashby Fen Library
    would reduce from 32 hours to 24 hours a week from Monday 2 June 2025,
    and that the three libraries affected had been chosen on the basis of
    their cost per visit. She said: "I understand how much Ashby Fen
    Library means to its users, and I want to be clear that no library in
    Westmarsh is closing."

5.  CHAIRMAN'S ANNOUNCEMENTS

    The Chairman reminded members that the meeting was being webcast and
    that, under the Local Authorities (Standing Orders) (England)
    (Amendment) Regulations 2014, a recorded vote would be taken on all
    decisions relating to the budget and council tax.

6.  REVENUE BUDGET 2025/26 AND MEDIUM TERM FINANCIAL STRATEGY 2025-2029
    (Report of the Director of Finance, ref. FIN/25/014)

    Councillor Rajesh Pemberton, Cabinet Member for Finance and Resources,
    moved the recommendations of the Cabinet as set out in the report. He
    reported that the proposed net revenue budget for 2025/26 was
    £612.4 million, an increase of £37.9 million (6.6%) on the 2024/25
    budget of £574.5 million. The budget included savings of £18.7 million
    and a planned contribution of £6.2 million from general reserves, which
    would leave the general reserve at £31.8 million on 31 March 2026.

    Councillor Pemberton said: "Nobody in this chamber wants to put up
    council tax, but the alternative is to cut services that the most
    vulnerable people in Westmarsh rely on every single day."

    The motion was seconded by Councillor Margaret Thorley, Leader of the
    Council.

    Statement of the Section 151 Officer:
    Alison Brackley, Director of Finance, reported under Section 25 of the
    Local Government Act 2003 that in her view the estimates were robust
    and the proposed level of reserves was adequate. She advised members,
    however, that the Medium Term Financial Strategy showed a structural
    budget gap of £27.3 million by 2027/28 which had not yet been closed.

    Debate:
    Councillor Helen Okafor, Leader of the Opposition (Independent Alliance
    Group), said: "This budget asks residents to pay more and get less.
    Cutting library hours is not a saving, it is a surrender."

    Councillor Tom Whitcombe (Green Group) welcomed the decision to
    maintain supported bus services at £4.1 million but said that 14 rural
    routes remained "one contract renewal away from disappearing".

    Councillor Thorley, in reply, said that 180 posts would be removed from
    the establishment, of which 112 were currently vacant, and that
    compulsory redundancies were expected to be "fewer than 30".

7.  AMENDMENT TO ITEM 6 (Independent Alliance Group)

    Councillor Okafor moved, and Councillor Nadia Fenwick seconded, an
    amendment to reverse the proposed reduction in opening hours at
    Ashby Fen, Kettlewick and Stanbridge Marsh libraries at a cost of
    £640,000, to be funded by reducing the corporate communications budget
    by £390,000 and the corporate contingency by £250,000.

    The Director of Finance advised that reducing the contingency would
    lower the Council's resilience to in-year pressures but that the
    amendment was otherwise lawful and balanced.

    RECORDED VOTE ON THE AMENDMENT:
        For        29
        Against    40
        Abstain     2
    The amendment was LOST.

    RECORDED VOTE ON THE SUBSTANTIVE MOTION (Item 6):
        For        42
        Against    26
        Abstain     3
    The motion was CARRIED.

    RESOLVED: That the net revenue budget for 2025/26 of £612.4 million
    and the Medium Term Financial Strategy 2025-2029 be approved.

    (The meeting adjourned at 12.47pm and reconvened at 1.30pm.)

8.  CAPITAL PROGRAMME 2025/26 TO 2027/28
    (Report of the Director of Finance, ref. FIN/25/015)

    Councillor Pemberton presented a three-year capital programme of
    £214.6 million, including £48.2 million towards the Harrowby Eastern
    Relief Road and £36.9 million for highways maintenance. Councillor
    Okafor asked whether the 2.3-kilometre relief road remained on course
    to open in autumn 2027; Councillor Pemberton confirmed that it did.

    RECORDED VOTE:
        For        45
        Against    24
        Abstain     2
    RESOLVED: That the Capital Programme 2025/26 to 2027/28 be approved.

9.  COUNCIL TAX RESOLUTION 2025/26

    Councillor Pemberton moved the formal council tax resolution. The
    council tax requirement for 2025/26 was £437.76 million, based on a
    tax base of 251,430.6 Band D equivalent properties. The County
    Council's Band D council tax would be £1,741.09, an increase of 4.99%
    on 2024/25, comprising a general increase of 2.99% and an adult social
    care precept of 2.00%.

    RECORDED VOTE:
        For        42
        Against    26
        Abstain     3
    RESOLVED: That the council tax for 2025/26 be set as set out in the
    resolution at Appendix B, and that the Director of Finance be
    authorised to notify the billing authorities accordingly.

10. TREASURY MANAGEMENT STRATEGY 2025/26

    RESOLVED (unanimously): That the Treasury Management Strategy 2025/26,
    including an authorised borrowing limit of £520 million, be approved.

The meeting closed at 4.22pm.

Chairman ........................................
Date ............................................

Appendix A - Attendance (published separately)
Appendix B - Council Tax Resolution 2025/26 (published separately)

Enquiries: Priya Nandra, Democratic Services Manager, 01632 960 218
`;

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Council sets 2025/26 budget with £18.5m boost for adult social care | Westmarsh County Council</title>
</head>
<body>
<header>
  <p>Westmarsh County Council &ndash; Newsroom</p>
  <p>PRESS RELEASE &ndash; FOR IMMEDIATE RELEASE</p>
  <p>Reference: PR25/047<br>
  Date: Friday 21 February 2025</p>
</header>

<article>
<h1>Council sets 2025/26 budget with £18.5m boost for adult social care</h1>

<p><strong>Westmarsh County Council has agreed a £612.4 million budget for 2025/26, with the biggest increase going to care for older and disabled people, at a meeting of Full Council at County Hall, Harrowby, on Thursday 20 February.</strong></p>

<p>The county council's share of council tax will rise by 4.99 per cent from 1 April 2025, made up of a 2.99 per cent general increase and a 2 per cent precept ring-fenced for adult social care. A Band D household will pay £1,741.09 to the county council in 2025/26, an increase of £82.75 a year, or about £1.59 a week.</p>

<p>Spending on adult social care will rise to £268.3 million, up £18.5 million (7.4 per cent) on this year, as the council responds to a 9 per cent rise in the number of older people needing a care package since April 2023. Children's services will receive £141.6 million, an increase of £9.2 million, largely to meet the rising cost of placements for looked-after children.</p>

<p>Councillor Margaret Thorley, Leader of Westmarsh County Council, said:</p>

<blockquote><p>&ldquo;We have protected the frontline services that matter most, and we have done it while keeping Westmarsh&rsquo;s council tax below the average for English county councils. These were not easy choices, but they are the right ones for this county.&rdquo;</p></blockquote>

<p>Councillor Rajesh Pemberton, Cabinet Member for Finance and Resources, said:</p>

<blockquote><p>&ldquo;Every penny of the adult social care precept &ndash; around £8.3 million &ndash; will go directly into care for older and disabled people. Demand is rising faster than at any time in the last decade and we cannot ignore it.&rdquo;</p></blockquote>

<h2>Roads and transport</h2>

<p>The council&rsquo;s three-year capital programme of £214.6 million includes £36.9 million for highways maintenance. Road crews repaired 41,200 potholes across the county in 2024, and the council aims to resurface 215 miles of road by March 2028.</p>

<p>The programme also commits £48.2 million to the Harrowby Eastern Relief Road, a 2.3km single-carriageway link between the A614 at Gallow Hill and the Brindcombe Road industrial estate, which is due to open in autumn 2027.</p>

<p>Funding for supported bus services has been held at £4.1 million, protecting 37 routes, including 14 serving rural villages.</p>

<h2>Savings and staffing</h2>

<p>The budget includes £18.7 million of savings. Around 180 posts will be removed, of which 112 are currently vacant. The council will also use £6.2 million from its general reserves.</p>

<p>Opening hours will be reduced at three of the county&rsquo;s 24 libraries &ndash; Ashby Fen, Kettlewick and Stanbridge Marsh &ndash; from Monday 2 June 2025, saving £640,000 a year. No library will close, and all three will continue to offer the Home Library Service and 24-hour online lending.</p>

<h2>What it means for households</h2>

<p>The table below shows the Westmarsh County Council element of council tax for each band. District councils, the Police and Crime Commissioner for Westmarsh and Westmarsh Fire and Rescue Authority set their own charges, which are added to bills.</p>

<table border="1">
  <caption>Westmarsh County Council element of council tax, by band</caption>
  <thead>
    <tr><th>Band</th><th>2024/25</th><th>2025/26</th><th>Annual increase</th></tr>
  </thead>
  <tbody>
    <tr><td>A</td><td>£1,105.56</td><td>£1,160.73</td><td>£55.17</td></tr>
    <tr><td>B</td><td>£1,289.82</td><td>£1,354.18</td><td>£64.36</td></tr>
    <tr><td>C</td><td>£1,474.08</td><td>£1,547.64</td><td>£73.56</td></tr>
    <tr><td>D</td><td>£1,658.34</td><td>£1,741.09</td><td>£82.75</td></tr>
    <tr><td>E</td><td>£2,026.86</td><td>£2,128.00</td><td>£101.14</td></tr>
    <tr><td>F</td><td>£2,395.38</td><td>£2,514.91</td><td>£119.53</td></tr>
    <tr><td>G</td><td>£2,763.90</td><td>£2,901.82</td><td>£137.92</td></tr>
    <tr><td>H</td><td>£3,316.68</td><td>£3,482.18</td><td>£165.50</td></tr>
  </tbody>
</table>

<p>Most homes in Westmarsh (58 per cent) are in Bands A to C.</p>

<p>ENDS</p>
</article>

<section>
<h2>Notes to editors</h2>
<ol>
  <li>The budget was approved at Full Council on Thursday 20 February 2025 by 42 votes to 26, with 3 abstentions. An opposition amendment to reverse the reduction in library hours was defeated by 40 votes to 29.</li>
  <li>The council tax requirement for 2025/26 is £437.76 million. The remainder of the budget is funded by business rates and government grants.</li>
  <li>Council tax bills will be issued by the county&rsquo;s four district councils from Monday 10 March 2025.</li>
  <li>The Director of Finance, Alison Brackley, has confirmed under Section 25 of the Local Government Act 2003 that the budget estimates are robust and reserves are adequate.</li>
  <li>A webcast of the meeting is available on the council&rsquo;s website for 12 months.</li>
</ol>

<p>Media enquiries: Ellen Marchbank, Senior Communications Officer, 01632 960 447, press.office@westmarsh.gov.uk. Out of hours: 01632 960 500.</p>
</section>

<footer>
  <p>Westmarsh County Council, County Hall, Castle Street, Harrowby WM1 2HQ</p>
</footer>
</body>
</html>
`;

const files = { 'full_council_minutes_20-02-2025.txt': MINUTES, 'press_release_budget_2025-26.html': RELEASE };

describe("a county council's budget meeting: the minutes and the press release, with the product's word vectors", () => {
  withProductWordVectors();

  test('a change "from 32 to 24" of the hours the words before name is a change of hours', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives 24 hours, not 32" (a bare count against the minutes' "from 32 hours to 24
    // hours a week").
    verdict('supported', 'Councillor Lucy Hargreaves, cabinet member for communities and libraries, said hours at Ashby Fen Library would fall from 32 to 24 a week, insisting that “no library in Westmarsh is closing”.');
    verdict('contradicted', 'Councillor Lucy Hargreaves said hours at Ashby Fen Library would fall from 32 to 22 a week.');
  });

  test("a table's row that gives every figure of the claim outweighs the sentence the claim copies for another band", async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives £1,741.09, not £1,160.73" (Band D's sentence, not the row "A | … |
    // 2025/26: £1,160.73 | Annual increase: £55.17").
    verdict('supported', 'Households in Band A will pay £1,160.73 to the county council, £55.17 more than this year.');
    verdict('contradicted', 'A Band D household will pay £1,714.09 to the county council in 2025/26.', [['£1,714.09', '£1,741.09']]);
  });

  test('a vote is unanimous where a passage as much about the claim says so, whatever another vote of the day', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives 42 votes to 26, not unanimously" (the budget's vote).
    verdict('supported', 'A treasury management strategy setting an authorised borrowing limit of £520m was approved unanimously.');
    verdict('contradicted', 'The budget was approved unanimously at Full Council on Thursday 20 February 2025.', [['unanimously', '42 votes to 26']]);
  });
});
