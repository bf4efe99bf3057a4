/**
 * The thirty-eighth round, second part: false alarms shown as errors in the drafts written against its first fixes
 * (h290–h295), and two of the first batch's warnings. A speed in words ("21 miles an hour"), a date's words written
 * otherwise ("from April 1" / "from Monday 1 April 2024"), "not exceeding" as a cap, a figure inside a source's open
 * bound ("4,318 responses" / "more than four thousand"), a row named by half its label against a figure other
 * passages give, a body the header gives with the claim's people, words the source dates itself ("As I said to the
 * lads on Monday"), a denial of another count by its ordinal, and a figure beside its role's word on the other side
 * ("a target of 77 per cent" / "below the 77% target"). The fixtures are cut from the helpers' sources; the people,
 * bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';

const HEARING = `SEVERNBRIDGE CONSTABULARY
GROSS MISCONDUCT HEARING – CASE REF SC/PSD/2023/0417
TRANSCRIPT OF PROCEEDINGS – DAY 2
Date: Tuesday 4 June 2024
Time: 10:05am
Venue: Hearing Room 2, Severnbridge Constabulary Headquarters, Ashby Road, Radcliffe Wells

KERR: You told the control room you were doing "about 50". The telematics show 71 miles an hour at that moment, rising to 78 on Quarry Street. That is a 30 limit.

HARTLEY: I was not looking at the speedometer when I gave that commentary. I gave an estimate. It was a bad estimate.

KERR: It was an estimate that was 21 miles an hour too low, at the very least.

HARTLEY: Yes.
`;

const GRANTS = `<p>EASRC will place all 23 active EASRC grants held by the University of Northmoor, worth a combined &pound;9.6 million, under enhanced monitoring for 24 months from Monday 1 April 2024. Under enhanced monitoring the university will submit quarterly expenditure statements instead of annual ones, and EASRC auditors will carry out two unannounced site visits each year.</p>
`;

const PARISH = `ASHCOMBE ST MARY PARISH COUNCIL
EXTRAORDINARY MEETING - VERBATIM TRANSCRIPT (prepared by the Clerk)
Date: Tuesday 25 March 2025, 7.30pm
Venue: Ashcombe St Mary Village Hall

ELLERY: I'll put the motion. That the parish council commissions an independent legal opinion on the prospects of a High Court challenge, at a cost not exceeding two thousand five hundred pounds, and reconvenes before the 1st of May. All in favour?
`;

const CABINET = `ASHWORTH BOROUGH COUNCIL
CABINET MEETING — TRANSCRIPT (ITEM 6: LIBRARY SERVICE REVIEW)
Date: Tuesday 15 October 2024
Venue: Council Chamber, Ashworth Town Hall
Start of item: 18:42   End of item: 19:37 (55 minutes)
RAMAN: Thank you, Leader. I want to be honest with residents: this is the hardest decision I have taken in this role. We ran a twelve-week consultation and we had more than four thousand responses. I have read the summary and a great many of the comments myself. People told us loudly that they value their libraries, and I agree with them.
`;

const CREDITORS = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbridge Town Football Club Limited (In Administration) – Statement of the Joint Administrators</title>
</head>
<body>
<h1>Harbridge Town Football Club Limited (In Administration)</h1>
<h2>Statement of the Joint Administrators</h2>
<p><strong>Issued:</strong> Tuesday 11 March 2025</p>
<p><strong>Joint Administrators:</strong> Rebecca Osei and Martin Kilbride of Calloway Finch Restructuring LLP, 14 Quayside Chambers, Harbridge</p>

<h3>1. Appointment</h3>
<p>Rebecca Osei and Martin Kilbride were appointed Joint Administrators of Harbridge Town Football Club Limited ("the Club") on Friday 7 March 2025 by order of the High Court, following an application by the Club's directors. The Club's sole shareholder is Fenwick Holdings Limited, whose chairman, Victor Hale, has been the Club's owner since June 2021.</p>
<p>The appointment followed a winding-up petition presented by HM Revenue &amp; Customs on 3 February 2025 in respect of unpaid PAYE and National Insurance contributions.</p>

<h3>2. Immediate position</h3>
<p>On appointment the Club had cash at bank of £41,300. The Club employs 87 people, of whom 31 are players under professional contract and 56 are non-playing staff, including ground staff, catering, ticket office and academy coaches.</p>
<p>Non-playing staff have not received their wages for January or February 2025. Players received 50 per cent of their January salary and nothing for February. The total of unpaid wages owed to employees at the date of appointment is £612,000.</p>
<p>The Professional Football League (PFL) has confirmed that the Club will incur a 12-point deduction under its insolvency regulations. The deduction will be applied to the current season's table. The Club currently sits 19th in the division.</p>

<h3>3. Funding and wages</h3>
<p>The Joint Administrators have secured a short-term funding facility of £250,000 from the PFL's Central Hardship Fund. This will be used first to pay non-playing staff their outstanding February wages, which will be paid on Friday 14 March 2025. Players' arrears will be addressed from the proceeds of any sale.</p>
<p>Rebecca Osei said: "Our first priority is the people who keep this club running day to day. Nobody who washes the kit or cuts the grass should be paying for decisions made in the boardroom."</p>
<p>Martin Kilbride added: "We have already received expressions of interest from three parties, and we expect to set a deadline for formal bids within four weeks."</p>

<h3>4. Summary of creditors</h3>
<p>The following summary is drawn from the Club's books and records and is subject to verification. Figures are rounded to the nearest thousand pounds.</p>
<table border="1">
<thead>
<tr><th>Creditor</th><th>Category</th><th>Amount owed (£)</th><th>Share of total</th></tr>
</thead>
<tbody>
<tr><td>HM Revenue &amp; Customs</td><td>Secondary preferential</td><td>1,840,000</td><td>38%</td></tr>
<tr><td>Fenwick Holdings Limited (shareholder loans)</td><td>Unsecured (connected)</td><td>1,450,000</td><td>30%</td></tr>
<tr><td>Employees – unpaid wages</td><td>Preferential / football creditor</td><td>612,000</td><td>13%</td></tr>
<tr><td>Other football clubs (transfer instalments)</td><td>Football creditor</td><td>395,000</td><td>8%</td></tr>
<tr><td>Harbridge Borough Council (stadium lease and business rates)</td><td>Unsecured</td><td>286,000</td><td>6%</td></tr>
<tr><td>Trade suppliers (42 suppliers)</td><td>Unsecured</td><td>257,000</td><td>5%</td></tr>
<tr><td><strong>Total</strong></td><td></td><td><strong>4,840,000</strong></td><td><strong>100%</strong></td></tr>
</tbody>
</table>

<h3>5. Next steps</h3>
<p>The Joint Administrators will write to all known creditors within 14 days. A meeting with the Harbridge Town Supporters' Trust has been arranged for Thursday 13 March 2025. Home fixtures will continue to be played at Millbrook Park while the Club is in administration.</p>
`;

const CAPTAIN = `PRESS CONFERENCE TRANSCRIPT
Harbridge Town FC (In Administration)
Date: Wednesday 12 March 2025, 11.00am
Location: Media Room, Millbrook Park, Harbridge
Speakers: Rebecca Osei (Joint Administrator, Calloway Finch Restructuring LLP); Daniel Marsh (Club Captain, Harbridge Town FC)
Moderator: Tom Ashworth (Head of Communications, Harbridge Town FC)

TOM ASHWORTH: Good morning, everyone. Rebecca will make a short statement, then Daniel, and then we'll take questions. We have about 30 minutes.

REBECCA OSEI: Thank you, Tom. As you know, my colleague Martin Kilbride and I were appointed joint administrators last Friday. The club owes around £4.84 million. The largest single creditor is HMRC, at £1.84 million. Our job is to find a buyer who can take the club forward and to get the best outcome for creditors. I want to be clear that the club is not going to be liquidated this season. We have enough funding to complete the remaining 11 league fixtures.

REBECCA OSEI: I have had to make one difficult decision. Nine non-playing staff roles will be made redundant from the end of this month, mainly in commercial and hospitality. That is out of 56 non-playing staff. Those affected were told in person yesterday.

DANIEL MARSH: Thanks. I'm speaking on behalf of the whole squad. We've not been paid properly since December. Some of the younger lads are on £600 a week and they have rent to pay like everyone else. But the people I really feel for are the kit staff, the groundsmen, the lady in the canteen. They've had nothing at all for two months. We as a squad have agreed to defer the rest of our January money so that staff get paid first.

DANIEL MARSH: On the pitch, we're not giving up. Twelve points is a massive hit, but we've been in a relegation fight before. The dressing room is together. As I said to the lads on Monday, "We play for the badge and for the people in the stands, not for the man in the boardroom."
`;

const VERDICTS = `HALBRIDGE CROWN COURT - COURT REPORT
Prepared by: Court reporting desk, Halbridge Evening Courier
Filed: Thursday 14 March 2024, 17:40

R v Adrian Kessell and Lydia Farrow
Judge: Her Honour Judge Miriam Okonjo
Prosecution: Thomas Reddaway KC, for the Crown Prosecution Service
Defence: Helen Stroud KC (for Kessell); Owen Pryce (for Farrow)

SUMMARY

A former head of engineering at the University of Northmoor has been found guilty of defrauding research funders of more than £389,000 after a six-week trial at Halbridge Crown Court.

Professor Adrian Kessell, 58, of Wexcombe Road, Halbridge, was convicted on Thursday 14 March 2024 of three counts of fraud by false representation and one count of false accounting. The jury of seven women and five men found him not guilty on a fourth count of fraud, which related to a grant for recycled composite bridge decking.

His co-defendant, Lydia Farrow, 44, of Ashby Lane, Tollerton, a former research finance administrator at the university, was cleared of a second count of false accounting. She had pleaded guilty to one count of false accounting at a preliminary hearing on Monday 2 October 2023.
`;

const CANCER = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Eastbridge and Calder Hospitals NHS Trust - Board of Directors - Paper 7.2 - Cancer Performance Report</title>
</head>
<body>
<header>
<p>Eastbridge and Calder Hospitals NHS Trust</p>
<p>Board of Directors meeting held in public</p>
<p>Thursday 6 March 2025, 10:00, Boardroom, Calder Royal Infirmary, Halverton</p>
<p>Agenda item 7.2 | Paper reference BoD/25/031</p>
<h2>1. Executive summary</h2>
<p>The Trust did not meet the national 62-day referral-to-treatment standard for cancer in any month of Quarter 3 (October to December 2024). Across the quarter, 61.4% of patients began their first definitive treatment within 62 days of an urgent suspected cancer referral, against the interim national target of 75% and a performance of 66.8% in Quarter 2.</p>
<p>Performance against the 28-day Faster Diagnosis Standard was 71.2%, below the 77% target. Performance against the 31-day decision-to-treat standard was 89.5%, against a target of 96%.</p>
<p>At the end of December 2024, 214 patients were waiting more than 62 days on a cancer pathway, of whom 58 had waited more than 104 days. This compares with 167 and 41 respectively at the end of September 2024.</p>
</body></html>
`;

describe('speeds, dates, bounds (thirty-eighth round)', () => {
  withProductWordVectors();

  test('"21 miles an hour" is 21mph', async () => {
    assert.deepEqual(extractValues('It was an estimate that was 21 miles an hour too low.').map((v) => [v.value, v.unit]), [[21, 'mph']]);
    assert.deepEqual(extractValues('at 30 kilometres per hour').map((v) => [v.value, v.unit]), [[30, 'kph']]);
    const index = await workspaceIndex({ 'hearing.txt': HEARING });
    // Was "No source states 21mph".
    const r = judgeWith(index)("Simon Kerr, counsel for the force's appropriate authority, told him the estimate was at least 21mph too low.");
    assert.ok(!(r.missing ?? []).includes('21mph'), why(r));
  });

  test("a date's words written otherwise are no substitution: \"from April 1\" / \"from Monday 1 April 2024\"", async () => {
    const index = await workspaceIndex({ 'release.html': GRANTS });
    // Was "The source gives Monday, not April".
    const r = judgeWith(index)("The council will place all 23 of the university's active grants, worth £9.6 million, under enhanced monitoring for 24 months from April 1.");
    assert.equal(r.verdict, 'supported', why(r));
    expectVerdictWith(index)('contradicted', "The council will place all 23 of the university's active grants, worth £9.6 million, under enhanced monitoring for 24 months from May 1.", [['May 1', 'Monday 1 April 2024']]);
  });

  test('"not exceeding" is a cap: "costing no more than £2,500"', async () => {
    assert.deepEqual(extractValues('at a cost not exceeding two thousand five hundred pounds').map((v) => [v.value, v.bound]), [[2500, 'atMost']]);
    assert.deepEqual(extractValues('costs exceeding £2,500').map((v) => [v.value, v.bound]), [[2500, 'atLeast']]);
    const index = await workspaceIndex({ 'meeting.txt': PARISH });
    // Was unsupported, "No source states £2,500" ("exceeding" read as "more than").
    const r = judgeWith(index)('Councillors voted to commission an independent legal opinion costing no more than £2,500.');
    assert.equal(r.verdict, 'supported', why(r));
  });

  test("a bare figure inside a source's open bound is no rival of it", async () => {
    const index = await workspaceIndex({ 'cabinet.txt': CABINET });
    // Was "The source gives more than four thousand, not 4,318": 4,318 is more than four thousand.
    const r = judgeWith(index)('The twelve-week consultation drew 4,318 responses.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
    expectVerdictWith(index)('contradicted', 'The twelve-week consultation drew 3,318 responses.', [['3,318', 'four thousand']]);
  });
});

describe('rows, bodies, days, denials, roles (thirty-eighth round)', () => {
  withProductWordVectors();

  test('a row named by half its label is no rival of a figure other passages give', async () => {
    const index = await workspaceIndex({ 'statement.html': CREDITORS, 'press.txt': CAPTAIN });
    // Was "The source gives Amount owed (£): 395,000, not £4.84 million": the row "Other football clubs (transfer
    // instalments)", beside the total's row and "The club owes around £4.84 million".
    const r = judgeWith(index)('Harbridge Town Football Club has entered administration owing about £4.84 million, with dozens of its staff left unpaid for two months.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
  });

  test("a body a passage gives with the claim's people is theirs, whatever another sentence names", async () => {
    const index = await workspaceIndex({ 'statement.html': CREDITORS });
    // Was "The source gives Joint Administrators of Harbridge Town Football Club Limited, not Calloway Finch
    // Restructuring LLP".
    const r = judgeWith(index)('Rebecca Osei and Martin Kilbride, of Calloway Finch Restructuring LLP, were appointed joint administrators by the High Court on Friday, 7 March.');
    assert.equal(r.verdict, 'supported', why(r));
    expectVerdictWith(index)('contradicted', 'Rebecca Osei and Martin Kilbride, of Harbridge Restructuring LLP, were appointed joint administrators by the High Court on Friday, 7 March.');
  });

  test('words the source itself dates to a day are not dated by the recording', async () => {
    // Was "The source gives Wednesday, not Monday; it was recorded on Wednesday 12 March 2025".
    const report = await checkAgainst({ 'press.txt': CAPTAIN }, '# Story\n\nClub captain Daniel Marsh said he had told his teammates on Monday: "We play for the badge and for the people in the stands, not for the man in the boardroom."\n');
    assert.notEqual(report.claims[0].verdict, 'contradicted', JSON.stringify(report.claims[0].conflicts));
    const wrong = await checkAgainst({ 'press.txt': CAPTAIN }, '# Story\n\nClub captain Daniel Marsh said he had told his teammates on Tuesday: "We play for the badge and for the people in the stands, not for the man in the boardroom."\n');
    assert.equal(wrong.claims[0].verdict, 'contradicted');
  });

  test('a denial of another count, by its ordinal, is no denial of the counts the claim gives', async () => {
    const index = await workspaceIndex({ 'court.txt': VERDICTS });
    // Was "The source says the opposite: him not guilty on a" (a fourth count of fraud).
    const r = judgeWith(index)('Professor Adrian Kessell, 58, was found guilty at Halbridge Crown Court on Thursday of three counts of fraud by false representation and one count of false accounting.');
    assert.equal(r.verdict, 'supported', why(r));
    expectVerdictWith(index)('contradicted', 'Professor Adrian Kessell, 58, was found guilty at Halbridge Crown Court on Thursday of four counts of fraud by false representation.', [['four', 'three']]);
  });

  test("a figure beside its role's word on the other side is stated in that role", async () => {
    const index = await workspaceIndex({ 'board.html': CANCER });
    // Was "The source gives 96%, not 77 per cent" (the 31-day standard's "target of 96%").
    const r = judgeWith(index)('The trust also missed the 28-day Faster Diagnosis Standard, reaching 71.2 per cent against a target of 77 per cent.');
    assert.equal(r.verdict, 'supported', why(r));
    expectVerdictWith(index)('contradicted', 'The trust also missed the 28-day Faster Diagnosis Standard, reaching 71.2 per cent against a target of 78 per cent.', [['78 per cent', '77%']]);
  });
});
