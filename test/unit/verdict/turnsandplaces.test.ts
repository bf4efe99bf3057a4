/**
 * The thirty-eighth round, third part: false alarms shown as errors in the drafts written against its second fixes
 * (h296–h301). Who said it in a transcript: a turn that tells what "he" said, a question the claim's person answers
 * next, a body speaking through the officer of its own announcement. And "No journeys after 7pm" for "will end at
 * 7pm", "drawn up by" for "prepared by", a numbered paragraph's "2.2 Of the 260 homes", a place the claim gives with
 * its word ("at the finish in Victoria Park" / "Finish area (Victoria Park)"), and a transcript's "Date:" line over a
 * date in its subject. Then, from the drafts written against those fixes (h302–h307): a notice a person gave, told by
 * another ("Dr Helen Pryce, who gave the ICB six months' notice"), ", no more." at a clause's end, and "switched off" /
 * "not switched on". The fixtures are the helpers' sources, whole or cut; the people, bodies and places are
 * invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeText, statesValue } from '../../../server/src/core/verdict/support';
import { MARATHON_AMBULANCE_BRIEFING, MARATHON_STATEMENT } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { expectVerdictWith, judgeWith, misattributions, why, workspaceIndex } from './sources';

const INQUEST = `WESTBRIDGE CORONER'S COURT
INQUEST TOUCHING THE DEATH OF LIAM JAMES TENNANT (aged 34)
Transcript of proceedings, Day 2 - Wednesday 15 October 2025
Before: Helen Marsh, Senior Coroner for the County of Westbridge, sitting with a jury of ten
Present: Rebecca Lowe (counsel for the family); Andrew Pike (counsel for the Prison Service); Joanna Reeve (counsel for Calderwood Health Services)
Witnesses on this day: Gary Whitlock (prison officer, HMP Ashcombe); Priya Desai (mental health nurse, Calderwood Health Services)

[Hearing resumed at 10:05am]

CORONER: Good morning, members of the jury. Yesterday you heard from Mr Tennant's mother, Mrs Carol Tennant, and from the pathologist, Dr Martin Osei. Today we will hear from two witnesses who were on duty at HMP Ashcombe in the days before Mr Tennant died. Mr Whitlock, please take the oath.

[The witness was sworn]

CORONER: Please tell the jury your name and your role.

WHITLOCK: Gary Whitlock. I have been a prison officer at HMP Ashcombe for six years. In March I was working nights on C wing.

CORONER: How many officers were on C wing on the night of Saturday 8 March into Sunday 9 March?

WHITLOCK: Two of us, ma'am. Myself and Officer Dean Harrop. The wing had 168 prisoners that night across four landings.

CORONER: Is that the usual number?

WHITLOCK: The detail says three officers at night. We were one short. That happened most weekends at that time.

LOWE: Mr Whitlock, I want to ask you about the cell bell. The records show the bell in cell C2-14 was pressed at 11:52pm on the Saturday. When was it answered?

WHITLOCK: I answered it at 12:11am. So that is 19 minutes.

LOWE: And the prison's own standard is five minutes?

WHITLOCK: Yes. The standard is five minutes. I was dealing with a fire alarm on C4 landing at the time, and Officer Harrop was escorting a prisoner to healthcare.

LOWE: What did Mr Tennant say when you spoke to him through the door?

WHITLOCK: He asked for a phone call to his mum. He said he could not sleep. I told him calls could not be made at night and I would put a note in for the morning. He seemed calm. He said, "Don't worry about it, boss."

LOWE: Did you write that note?

WHITLOCK: I wrote it in the wing observation book. I did not put it on the ACCT system because he was not on an ACCT any more. It had been closed on the Monday before.
`;

const ANNOUNCEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tarrowline Buses – Changes to our network from 13 April 2025</title>
</head>
<body>
<header>
  <p class="brand">Tarrowline Buses Ltd</p>
  <p class="dateline">Press announcement – Monday 3 March 2025</p>
</header>
<main>
<h1>Changes to our network from Sunday 13 April 2025</h1>

<p>Tarrowline Buses today confirmed that six of its routes across the North Tarrow area will be withdrawn or reduced from Sunday 13 April 2025. Two routes, the 14 and the 47, will be withdrawn completely. The remaining four will run less often or lose their evening or Sunday journeys.</p>

<p>The company said the changes follow a reduction in the Bus Service Improvement grant paid through the North Tarrow Combined Authority, which falls from £9.6 million in 2024/25 to £6.1 million in 2025/26. Tarrowline said its operating costs have risen by 18 per cent since 2022, driven mainly by fuel, insurance and driver pay, while passenger numbers remain 11 per cent below their 2019 level. The company estimates a funding shortfall of £4.2 million for the coming year.</p>

<p>Graham Pellow, managing director of Tarrowline Buses, said: "We have held fares and held on for as long as we could, but we cannot run buses that the public purse has stopped paying for."</p>

<p>Priya Nandakumar, operations director, added: "Every route on this list was reviewed line by line, and none of these decisions was taken lightly. Where we can protect a school journey or a hospital shift, we have."</p>

<h2>Routes affected</h2>
<table border="1">
  <thead>
    <tr><th>Route</th><th>Between</th><th>Change from 13 April</th><th>Average weekly passengers</th></tr>
  </thead>
  <tbody>
    <tr><td>14</td><td>Kelby – Marsh Lane</td><td>Withdrawn completely</td><td>2,150</td></tr>
    <tr><td>22</td><td>Harbour Road – Eastgate</td><td>Every 30 minutes instead of every 15 minutes</td><td>6,480</td></tr>
    <tr><td>31</td><td>Dunmore – Tarrow General Hospital</td><td>No journeys after 7pm</td><td>3,920</td></tr>
    <tr><td>47</td><td>Stonebridge – City Centre</td><td>Withdrawn completely</td><td>1,730</td></tr>
    <tr><td>58</td><td>Northfield – Tarrow Retail Park</td><td>Every 40 minutes instead of every 20 minutes</td><td>2,860</td></tr>
    <tr><td>X9</td><td>City Centre – Tarrow Airport</td><td>Sunday service withdrawn</td><td>4,310</td></tr>
  </tbody>
</table>

<h2>Staff</h2>
<p>Up to 94 driver and support posts are at risk as a result of the changes. Tarrowline said 41 staff have already applied for voluntary redundancy and that it will seek to redeploy others to routes that are unaffected. The company employs around 620 people at its depots in Kelby and Stonebridge.</p>

<h2>Fares and tickets</h2>
<p>The £2 single fare cap remains in place on all Tarrowline routes. Weekly and monthly tickets bought before 13 April will be accepted on replacement journeys, and refunds for unused days on route 14 and route 47 season tickets can be claimed until 31 May 2025.</p>

<h2>Have your say</h2>
<p>A public consultation on the changes is open now and closes at 5pm on Friday 28 March 2025. Drop-in sessions will be held at Kelby Library on Wednesday 12 March and at Stonebridge Community Centre on Thursday 13 March, both from 10am to 2pm.</p>

<p>Ms Nandakumar said the company would "look again at any route where the Combined Authority or the councils can put money on the table before 13 April".</p>

<footer>
<p>Media enquiries: press office, Tarrowline Buses Ltd, Depot House, Kelby Road, Kelby.</p>
</footer>
</main>
</body>
</html>
`;

const REPORT = `# Kelbridge District Council — Planning Committee

**Meeting date:** Tuesday 11 March 2025, 6.30pm, Council Chamber, Guildhall, Kelbridge
**Report of:** Sarah Okonjo, Head of Planning and Building Control
**Application reference:** 24/01873/VAR
**Site:** Millbrook Fields, Eastfield Road, Kelbridge
**Applicant:** Harrowgate Homes Ltd
**Ward:** Eastfield and Ashby
**Recommendation:** REFUSE

## 1. Summary

1.1 Harrowgate Homes Ltd seeks to vary the Section 106 agreement attached to outline permission 20/00412/OUT for 420 homes at Millbrook Fields. The permission was granted on Monday 14 June 2021 and required 35 per cent of the homes, 147 in total, to be affordable.

1.2 The agreement required all 147 affordable homes to be completed and transferred to a registered provider by 31 December 2024. By that date only 41 affordable homes had been completed. The deadline has therefore been missed by a shortfall of 106 homes.

1.3 The applicant now proposes to reduce the affordable housing obligation from 35 per cent to 18 per cent, which would deliver 76 affordable homes across the whole site. The applicant also offers a payment in lieu of £2.1 million towards off-site affordable housing.

1.4 Officers recommend that the application be refused.

## 2. Homes by tenure

2.1 The table below compares the approved mix, the homes completed up to Friday 31 January 2025, and the mix now proposed by the applicant.

| Tenure | Approved 2021 | Completed to 31 Jan 2025 | Proposed by applicant |
|---|---|---|---|
| Market sale | 273 | 219 | 344 |
| Social rent | 74 | 18 | 30 |
| Affordable rent | 37 | 12 | 22 |
| Shared ownership | 36 | 11 | 24 |
| **Total affordable** | **147** | **41** | **76** |
| **Total homes** | **420** | **260** | **420** |

2.2 Of the 260 homes completed so far, 41 (15.8 per cent) are affordable. Social rent homes, which are let at around 50 per cent of local market rents, make up 18 of the completed affordable homes, against 74 required under the approved mix.

## 3. Viability

3.1 The applicant's viability assessment, prepared by Pellham Viability Partners, states that build costs have risen by 23 per cent since the scheme was appraised in 2021 and that sales values have risen by only 9 per cent over the same period. It concludes that the scheme cannot support more than 18 per cent affordable housing while delivering a developer return of 17.5 per cent on gross development value.

3.2 The Council commissioned an independent review from Northgate Surveyors. Their report, received on Wednesday 19 February 2025, accepts that build costs have risen but finds that the applicant's land value is overstated by approximately £3.4 million. Northgate Surveyors conclude that the scheme could viably support 25 per cent affordable housing, equal to 105 homes.

3.3 Northgate Surveyors' report states: "The applicant has applied a benchmark land value that reflects the price paid rather than the existing use value. On a policy-compliant basis the scheme can support materially more affordable housing than is proposed."

## 4. Consultation responses

4.1 The Council's Housing Strategy team objects. It notes that 3,214 households were on the Kelbridge housing register on 1 March 2025, of whom 1,102 are in the highest priority bands.

4.2 Councillor Priya Raman, Cabinet Member for Housing, said in her written response: "Families in this district were promised 147 affordable homes at Millbrook Fields, and they have received fewer than a third of them. A cheque for £2.1 million does not put a roof over anyone's head this winter."

4.3 The Roofline Trust, a Kelbridge housing charity, objects and has submitted a petition of 1,846 signatures.

4.4 Eastfield and Ashby Parish Council objects on the grounds that the loss of social rent homes would harm local families.

4.5 Eight letters of support were received, mainly from residents of completed market homes who wish the remaining phases to be built out quickly.

## 5. Assessment

5.1 Policy H4 of the Kelbridge Local Plan 2019 requires 35 per cent affordable housing on sites of more than 10 homes, of which at least half should be social rent. The proposal would deliver 18 per cent, and only 30 social rent homes.

5.2 Officers accept the evidence of Northgate Surveyors that a higher level of affordable housing is viable. The proposed reduction is not justified and the payment in lieu of £2.1 million would fund, at current costs, around 14 homes, far fewer than the 71 homes that would be lost.

5.3 Officers also note that the Council may enforce the original obligation. Legal advice is that the Council may seek an injunction preventing occupation of further market homes until the affordable homes are delivered.

## 6. Recommendation

6.1 That the application be REFUSED for the following reason: the proposed reduction in affordable housing is not supported by robust viability evidence and would be contrary to Policy H4 of the Kelbridge Local Plan 2019.

6.2 If the committee is minded to refuse, officers will report back on enforcement options at the meeting on Tuesday 8 April 2025.

Councillor David Marsh, Chair of the Planning Committee, will take the item as the first substantive item on the agenda.

*Contact officer: Tom Ashworth, Principal Planning Officer, 01632 960 418*
`;

const INTERVIEW = `KELBRIDGE COURIER — INTERVIEW TRANSCRIPT
Date: Thursday 6 March 2025
Location: Harrowgate Homes site office, Millbrook Fields, Eastfield Road, Kelbridge
Interviewee: Martin Heald, Managing Director, Harrowgate Homes Ltd
Interviewer: Lucy Fenwick, Local Democracy Reporter, Kelbridge Courier
Also present: Rachel Dunmore, Head of Communications, Harrowgate Homes Ltd
Duration: 32 minutes
Recording reference: KC-2025-0306-01

LUCY FENWICK: Thank you for seeing me. Let's start with the obvious question. Your Section 106 agreement said all 147 affordable homes at Millbrook Fields would be finished by the end of December. You've built 41. What happened?

MARTIN HEALD: I won't pretend we're happy about where we are. When we bought this land in 2020 and got permission in 2021, the numbers worked. Since then our build costs have gone up by 23 per cent. Timber, steel, bricks, labour, all of it. Our sales values have gone up by 9 per cent. You don't need to be an accountant to see the gap.

LUCY FENWICK: But other developers have faced the same costs and still delivered. Why should Harrowgate be treated differently?

MARTIN HEALD: We're not asking to be treated differently. We're asking for the same thing the planning system allows everyone, which is a review when a scheme stops being viable. That's what the viability process is for.

LUCY FENWICK: The council's own adviser, Northgate Surveyors, says you can afford 25 per cent. You're offering 18.

MARTIN HEALD: We disagree with Northgate. They've taken a land value that bears no relation to what we actually paid. We paid £11.8 million for this site. If you pretend we paid much less, of course the scheme looks more profitable.

LUCY FENWICK: The housing charity Roofline Trust says there are families living in bed and breakfasts in Kelbridge while you're building four-bedroom houses for sale. How do you respond?

MARTIN HEALD: I have a lot of sympathy for those families, genuinely. But if we can't make the site work, nothing gets built, market or affordable. We've already slowed the build rate from about 90 homes a year to around 60. If this variation is refused, I can't promise the remaining 160 homes will be built on any timetable at all.

LUCY FENWICK: Is that a threat?

MARTIN HEALD: It's not a threat, it's arithmetic.

LUCY FENWICK: The £2.1 million payment in lieu. The council says that would fund about 14 homes. Isn't that a poor swap for the homes you promised?

MARTIN HEALD: It's money the council can spend straight away, on sites where it can build more cheaply than we can. And it comes on top of the 76 affordable homes we'd still deliver on Millbrook Fields itself.

LUCY FENWICK: Who's your registered provider for the affordable homes?

MARTIN HEALD: Kelvale Housing Association. They've taken the 41 homes that are finished and they're committed to the rest. We've been working with them since 2021.

RACHEL DUNMORE: Lucy, we've got about five minutes.

LUCY FENWICK: Thank you. Mr Heald, the Planning Committee meets on Tuesday. If it refuses the application, will you appeal?

MARTIN HEALD: We'll look at all our options, including an appeal to the Planning Inspectorate. But I'd rather sit down with the council and find a number we can all live with. Twenty per cent, perhaps. I'm not going to negotiate through the newspaper.

LUCY FENWICK: Finally, what would you say to people on the housing register who were expecting one of these homes?

MARTIN HEALD: I'd say we want to build them. We have 140 people working on this site every day. Nobody wants these homes finished more than we do.

LUCY FENWICK: Thank you.

[END OF RECORDING]
`;


describe('who said it in a transcript (thirty-eighth round)', () => {
  withProductWordVectors();

  test('a turn that tells what "he" said gives the words to him, not to the one speaking', async () => {
    // Was "In the source, this was said by Gary Whitlock (prison officer), not Mr Tennant".
    const found = await misattributions({ 'inquest.txt': INQUEST }, 'Mr Tennant had asked for a phone call to his mother and told the officer he could not sleep.');
    assert.deepEqual(found, []);
  });

  test("a question's words are the answer's when the claim's person answers it next", async () => {
    // Was "In the source, this was said by Rebecca Lowe (counsel for the family), not Gary Whitlock": her question
    // "The records show the bell in cell C2-14 was pressed at 11:52pm on the Saturday. When was it answered?".
    const found = await misattributions({ 'inquest.txt': INQUEST }, "Gary Whitlock told Westbridge Coroner's Court on Wednesday that he was dealing with a fire alarm on another landing when the bell in cell C2-14 was pressed at 11:52pm.");
    assert.deepEqual(found, []);
    // Someone who did not answer it is still no speaker of it.
    const other = await misattributions({ 'inquest.txt': INQUEST }, 'Andrew Pike told the court that the bell in cell C2-14 was pressed at 11:52pm on the Saturday.');
    assert.ok(other.length > 0, 'no misattribution');
  });

  test("a body speaks through the officer who says what \"the company\" will do in its own announcement", async () => {
    // Was "In the source, this was said by Ms Nandakumar, not Tarrowline".
    const found = await misattributions({ 'announcement.html': ANNOUNCEMENT }, 'The public consultation closes at 5pm on Friday 28 March, and Tarrowline has said it will look again at any route where money is put on the table before 13 April.');
    assert.deepEqual(found, []);
  });
});

describe('ends, paraphrases, paragraphs, places, dates (thirty-eighth round)', () => {
  withProductWordVectors();

  test('"No journeys after 7pm" is journeys that end at 7pm', async () => {
    const index = await workspaceIndex({ 'announcement.html': ANNOUNCEMENT });
    // Was "The source says the opposite: No journeys after".
    const r = judgeWith(index)('Evening journeys on the 31 to Tarrow General Hospital will end at 7pm, and the X9 airport express will lose its Sunday service.');
    assert.equal(r.verdict, 'supported', why(r));
  });

  test('"drawn up by" is "prepared by"; a numbered paragraph\'s "2.2 Of the 260 homes" states the 260', async () => {
    const index = await workspaceIndex({ 'report.md': REPORT, 'interview.txt': INTERVIEW });
    // Was "The source gives prepared, not drawn".
    const drawn = judgeWith(index)("The developer's viability assessment, drawn up by Pellham Viability Partners, says build costs have climbed by 23 per cent since 2021 while sales values have risen by only 9 per cent.");
    assert.notEqual(drawn.verdict, 'contradicted', why(drawn));
    // Was "The source gives 147, not 260": the paragraph's number made "Of the 260" a whole of which 2.2 were meant.
    assert.equal(statesValue(analyzeText('2.2 Of the 260 homes completed so far, 41 (15.8 per cent) are affordable.', false), analyzeText('Of the 260 homes completed, 41 are affordable.', false).values[0]), true);
    const r = judgeWith(index)('Of the 260 homes completed by the end of January, 41, or 15.8 per cent, are affordable.');
    assert.equal(r.verdict, 'supported', why(r));
    expectVerdictWith(index)('contradicted', 'Of the 260 homes completed by the end of January, 51, or 15.8 per cent, are affordable.');
  });

  test("a place a passage gives with the claim's word before it is no other's place", async () => {
    const index = await workspaceIndex({ 'statement.html': MARATHON_STATEMENT });
    // Was "The source gives St Aldric's Hospital, not Victoria Park".
    const r = judgeWith(index)('Medical teams treated 412 people along the course and at the finish in Victoria Park, and four of those taken to hospital were in a critical condition when they arrived.');
    assert.equal(r.verdict, 'supported', why(r));
  });

  test('a transcript is dated by its "Date:" line, not by a date in its subject', async () => {
    const index = await workspaceIndex({ 'briefing.txt': MARATHON_AMBULANCE_BRIEFING });
    // Was "The source gives this morning (Sunday 9 June 2024), not Tuesday": the subject's race day.
    const r = judgeWith(index)('Two runners remained in hospital on Tuesday, both in a stable condition.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
  });
});

const ICB = `NORTH WEALDSHIRE INTEGRATED CARE BOARD
PRIMARY CARE COMMISSIONING COMMITTEE - MEETING IN PUBLIC
Transcript (agenda item 6: Ashcombe Road Surgery, Kelderby)
Date: Tuesday 11 March 2025
Venue: Council Chamber, Marston Civic Offices, Marston
Start of item: 10:42

Present:
Margaret Ellison - Chair, Primary Care Commissioning Committee (lay member)
Fiona Castell - Director of Primary Care, North Wealdshire ICB
Dr Rakesh Anand - Medical Director, North Wealdshire ICB
Tom Rudge - Chief Finance Officer, North Wealdshire ICB
Dr Sunita Varma - GP representative, North Wealdshire Local Medical Committee
Jean Whitlock - Chair, Kelderby Patients Together (public questioner)

ELLISON: We move to item six, the future of Ashcombe Road Surgery in Kelderby. Members will have read the engagement report published on Monday the third of March. Fiona, would you introduce the paper?

CASTELL: Thank you, Chair. Ashcombe Road Surgery has a registered list of 4,860 patients. The contract is held by a single partner, Dr Helen Pryce, who gave the ICB six months' notice last September that she intends to retire and hand back the contract. We advertised the contract twice, in October and again in December, and we received no bids on either occasion. The building is leased and the lease expires at the end of June. So the recommendation before you today is that the surgery closes on Monday the thirtieth of June 2025 and that the list is dispersed to two neighbouring practices.

ELLISON: And those two practices are?

CASTELL: Thornbury Vale Medical Centre in Hallowfield, which would take around 3,100 patients, and Brockley Lane Health Centre in Upper Denby, which would take around 1,760. Patients would be allocated by postcode, but any patient can ask to register with the other practice instead. Both practices have confirmed in writing that they have the capacity.

ELLISON: Thank you. Dr Anand, the clinical view?

ANAND: The clinical risk I am most concerned about is continuity for patients with long-term conditions. There are 612 patients on the Ashcombe Road list aged over seventy-five, and about 940 patients with at least one long-term condition such as diabetes or COPD. Our plan is that every one of those patients gets a named clinician at the receiving practice before the first of July, and that repeat prescriptions are transferred in the week before closure, not after it. I would not want to see anyone go a single day without their medication.

ELLISON: Dr Varma, the Local Medical Committee view?

VARMA: The LMC does not oppose the recommendation, but I want to put on record that Thornbury Vale is already running at about ninety-five per cent of its appointment capacity. Taking 3,100 extra patients is a 31 per cent increase on its list of roughly 10,000. That is only safe if the extra funding arrives before the patients do, not six months later.

ELLISON: Tom, on the money.

RUDGE: The paper proposes a one-off transition fund of £180,000. Of that, £120,000 goes to Thornbury Vale and £60,000 to Brockley Lane, paid in April so that they can recruit ahead of the transfer. Separately, we propose £42,000 to fund a community transport service for twelve months, run by Wealdshire Rural Transport, so that patients without a car can get to Hallowfield. For context, keeping Ashcombe Road open on a salaried model, had anyone been found to run it, was costed at £310,000 a year more than the current contract.

ELLISON: I said we would take a public question on this item. Mrs Whitlock.

WHITLOCK: Thank you, Chair. Kelderby Patients Together has collected 2,375 signatures against this closure. Your own report says 68 per cent of people who responded opposed it. The bus from Kelderby to Hallowfield runs four times a day and the journey takes fifty minutes. My question is simple: why is a twelve-month minibus scheme enough, when the surgery is closing for good?

CASTELL: It is a fair question. Twelve months is what we can fund now. We have committed to review the transport service after nine months, and to publish that review. If the demand is there, we will make the case to continue it.

WHITLOCK: And will you look again at a branch surgery in the village, even one or two days a week?

CASTELL: Thornbury Vale has told us it will explore a weekly nurse clinic in Kelderby village hall from September. I cannot promise a branch surgery today.

ELLISON: Thank you. I will take the vote. Those in favour of the recommendation as set out in the paper, including the transition fund and the transport scheme?
(Six members raise hands.)
ELLISON: Against?
(One member raises hand.)
ELLISON: Abstentions? None. The recommendation is carried by six votes to one. The surgery will close on the thirtieth of June, and patients will receive letters during April telling them which practice they have been allocated to.

ELLISON: We will take a short break and resume at eleven thirty.

End of item: 11:19
`;

const TRUSTEES = `LARKMOOR PLAYHOUSE TRUST
EXTRAORDINARY MEETING OF THE BOARD OF TRUSTEES - TRANSCRIPT
Date: Thursday 13 March 2025
Time: 6:30pm
Venue: Rehearsal Room 2, Larkmoor Playhouse, Quarry Lane, Bramhope
Transcribed by: Owen Barrett, Company Secretary

Present (trustees): Margaret Okafor (Chair), Samuel Idris (Treasurer), Cllr Tom Hebden (nominated by Bramhope Borough Council), Aileen Marsh, Graham Tulloch, Ruth Castellano, Nadia Sherwood, Peter Lomax, Imogen Fairweather

SAMUEL IDRIS: I'd add that our unrestricted reserves stand at £96,000. At the current rate of spending that keeps us open for about 11 weeks, no more. As treasurer, I can't recommend that we trade into a deficit we have no means of covering. Trustees can be personally liable if we continue trading when we know we are insolvent.
`;

const INSPECTION = `# Care Standards Commission — Inspection Report Summary

**Service:** Harbourview Lodge, 14 Quarry Lane, Felsworth
**Provider:** Meadowgate Care Group Ltd
**Registered manager:** Graham Tolley
**Type of service:** Residential care home for older people, including people living with dementia

Inspectors found that the home did not always have enough staff deployed at night to meet people's assessed needs. The provider's own dependency tool indicated that five care staff were needed overnight. Rota records for the eight weeks before the inspection showed that on 19 of 56 nights (34%) only three care staff were on duty for the whole building, which is spread across two floors.

Falls risk assessments were out of date for 11 of the 20 residents whose care records we sampled. In four cases, sensor mats that care plans said should be in place were either missing or not switched on. The home recorded 38 falls in the three months from December 2023 to February 2024, compared with 21 falls in the previous three months.
`;

describe('notices, "no more", particles (thirty-eighth round)', () => {
  withProductWordVectors();

  test('a notice a person gave, told in another\'s turn, is the person\'s', async () => {
    // Was "In the source, this was said by Fiona Castell (director of primary care), not Dr Helen Pryce".
    const found = await misattributions({ 'icb.txt': ICB }, 'Its sole GP, Dr Helen Pryce, told the ICB last September that she intended to retire and hand back the contract.');
    assert.deepEqual(found, []);
  });

  test('", no more." at the end of a clause denies nothing', async () => {
    const index = await workspaceIndex({ 'board.txt': TRUSTEES });
    // Was "The source says the opposite: no more".
    const r = judgeWith(index)('Treasurer Samuel Idris told the board that unrestricted reserves of £96,000 would keep the theatre open for about 11 weeks.');
    assert.equal(r.verdict, 'supported', why(r));
  });

  test('"switched off" is "not switched on"', async () => {
    const index = await workspaceIndex({ 'inspection.md': INSPECTION });
    // Was "The source says the opposite: or not switched on".
    const r = judgeWith(index)('Falls risk assessments were out of date for 11 of the 20 residents whose records were sampled, and in four cases sensor mats were missing or switched off.');
    assert.equal(r.verdict, 'supported', why(r));
    expectVerdictWith(index)('contradicted', 'Falls risk assessments were out of date for 11 of the 20 residents whose records were sampled, and in four cases sensor mats were missing or switched on.', [['switched', 'or not switched on']]);
  });
});
