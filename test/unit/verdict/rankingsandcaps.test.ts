/**
 * The fifty-first round, third part: faithful sentences of h673–h684 (written against 0181bd7) shown as errors. Minutes'
 * initials in reported speech ("RS noted that") are the person the minutes list, not a body's initials ("ICB");
 * "put it" is a way of saying; a comparison joined by "and" after a level left ("up from 71% in 2023 and above the
 * national figure of 80%") compares the figure before; a cap carries to the figure compared with it ("up to £4,500,
 * compared with £2,500"); a vote is no measure of weeks; a ranking of rises ranks the column of changes, in the row
 * that gives the claim's figures, even when "falls on" follows; "Residents of Mill Lane" is no one's name; a word the
 * sentence denies of another place ("unable to land their catch at Brenhaven") is no denial of it at the claim's
 * place; a name another passage gives with all the claim's words after it is that passage's item, not a swap; a range's
 * start given with the claim's end is the claim's, whatever other range the window has. The fixtures are the helpers'
 * sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h677: sources/steering_group_minutes.md, whole. */
const SHOP_MINUTES = `# Little Wendham Community Shop Steering Group

## Minutes of the meeting held on Monday 15 April 2024 at 7.30pm, Committee Room, St Aldhelm's Village Hall

**Present:** Helen Marchbank (chair), Dr Rajiv Sethi (treasurer), Moira Kettleby (secretary), Tom Ellery (volunteer coordinator), Anita Bramwell.
**In attendance:** Sam Oduya (business adviser, Fenmoor Community Finance); Cllr Janet Pryor (chair, Little Wendham Parish Council), for item 4 only.
**Apologies:** None.

### 1. Minutes of the previous meeting

The minutes of the meeting held on Monday 11 March 2024 were approved as a correct record.

### 2. Result of the share offer (treasurer's report)

RS reported that the share offer closed at 5pm on Friday 12 April 2024 as planned. The final position was:

| Measure | Result |
|---|---|
| Total raised | £163,450 |
| Number of applications | 312 |
| Applications from households in the parish | 128 (41%) |
| Applications from elsewhere | 184 (59%) |
| Largest single investment | £10,000 |
| Median investment | £250 |
| Applications received in the final week | 97 |

The total is above the minimum target of £150,000 but £16,550 short of the £180,000 target. The offer therefore succeeds and no money will be returned.

RS noted that more than half of the money had come from outside the parish, including from former residents and from people in Brackenford who use the shop on their way to work. HM thanked everyone who had invested and said the number of small investments was "the real story".

### 3. Closing the funding gap

SO said Fenmoor Community Finance was willing to increase its loan from £45,000 to £55,000, on the same ten-year term, at an interest rate of 6.5%. The extra £10,000 would add about £1,400 a year to repayments.

After discussion the group agreed to close the rest of the gap by cutting the refit budget by £6,550, from £28,000 to £21,450. The new chillers would still be bought; the new shelving would be postponed until Year 2.

**Resolved:** to accept the increased loan of £55,000 from Fenmoor Community Finance and to reduce the refit budget to £21,450. (Proposed RS, seconded TE; carried unanimously.)

### 4. Parish council grant

Cllr Pryor confirmed that the parish council had approved its grant of £10,000 at its meeting on Tuesday 9 April 2024, by six votes to one. The grant is conditional on the shop remaining open on at least six days a week for five years. Cllr Pryor left the meeting after this item.

### 5. Post Office contract

MK reported that Post Office Ltd had confirmed, in a letter dated Thursday 11 April 2024, that it would transfer the post office contract to the society from the date of completion. Gordon Ashworth has agreed to train the new manager on the post office counter for two weeks after handover, unpaid.

### 6. Purchase timetable

AB reported that contracts were expected to be exchanged by Friday 17 May 2024, with completion on Friday 31 May 2024. The shop would be closed on Saturday 1 and Sunday 2 June for stocktaking and would reopen under community ownership at 7am on Monday 3 June 2024.

### 7. Staffing

HM reported that the interview panel (HM, RS and TE) had met on Friday 12 April and recommended the appointment of Lucy Hartnell as shop manager. Ms Hartnell is currently deputy manager of the Co-op store in Brackenford. She would work 30 hours a week at a salary of £24,500 pro rata.

**Resolved:** to appoint Lucy Hartnell as shop manager from Monday 3 June 2024. (Proposed HM, seconded AB; carried unanimously.)

### 8. Volunteers

TE reported that 47 people had signed up to volunteer, against the 35 needed for the rota. Training sessions would be held on Saturday 18 May and Saturday 25 May at the village hall. The youngest volunteer is 16 and the oldest 84.

### 9. Any other business

MK reminded the group that she retires as parish clerk at the end of June and asked that a new secretary be found by the annual general meeting.

### 10. Date of next meeting

Monday 13 May 2024 at 7.30pm.

The meeting closed at 9.10pm.
`;

/** h314: sources/healthwatch_press_release.html, whole. */
const HEALTHWATCH = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Healthwatch Brackenford calls for pause to Larch Ward closure</title>
</head>
<body>
<header>
<p><strong>Healthwatch Brackenford</strong> – Press release</p>
<p>For immediate release: Monday 11 November 2024</p>
</header>
<article>
<h1>Healthwatch Brackenford calls for pause to Larch Ward closure as A&amp;E survey reveals "exhausting" waits</h1>

<p>Healthwatch Brackenford, the independent champion for people who use health and social care services in the borough, today called on Kestrel Vale Hospitals NHS Foundation Trust to pause the temporary closure of Larch Ward at Brackenford General Hospital until winter pressures have eased.</p>

<p>The call comes as Healthwatch publishes the findings of its survey of 312 patients and relatives who used the Emergency Department at Brackenford General Hospital between July and September 2024.</p>

<p>More than half of respondents (58%) said they waited longer than six hours before being admitted, transferred or sent home. Almost one in four (23%) said they waited more than 12 hours. Four in ten (41%) said they were not offered food or a drink during their wait.</p>

<h2>Key findings</h2>
<table>
<thead>
<tr><th>Question</th><th>Respondents</th><th>Result</th></tr>
</thead>
<tbody>
<tr><td>Waited longer than 6 hours in the Emergency Department</td><td>312</td><td>58%</td></tr>
<tr><td>Waited longer than 12 hours</td><td>312</td><td>23%</td></tr>
<tr><td>Not offered food or drink during wait</td><td>298</td><td>41%</td></tr>
<tr><td>Spent time on a trolley in a corridor</td><td>305</td><td>36%</td></tr>
<tr><td>Rated staff as kind and caring</td><td>309</td><td>84%</td></tr>
</tbody>
</table>

<p>Simon Tull, Chief Executive of Healthwatch Brackenford, said: "People told us again and again that the staff were kind but the waits were exhausting. Closing a ward for older people on the eve of winter sends the wrong message, however well intended."</p>

<p>Ruth Adeyemi, Chair of Healthwatch Brackenford, said: "We are not questioning the trust's motives. We are asking it to pause, to publish its risk assessment and to listen to the families who will be affected."</p>

<p>Healthwatch has written to the Calder and Aire Integrated Care Board (ICB) asking it to review the decision. A spokesperson for the ICB said it had been "kept informed" of the trust's plans and was "satisfied that appropriate mitigations are in place".</p>

<h2>Public meeting</h2>
<p>Healthwatch Brackenford will hold a public meeting on Monday 2 December 2024 at 6.30pm at Brackenford Town Hall. Representatives of the trust and the ICB have been invited to attend.</p>

<p>The survey was carried out online and in person between 1 August and 30 September 2024. Healthwatch Brackenford receives funding of £186,000 a year from Brackenford Metropolitan Borough Council.</p>

<h2>Notes to editors</h2>
<ul>
<li>Healthwatch Brackenford is one of 152 local Healthwatch organisations in England.</li>
<li>The full report, "Waiting at the Front Door", is available on the Healthwatch Brackenford website.</li>
<li>Media contact: Priya Desai, Communications Officer, Healthwatch Brackenford.</li>
</ul>
</article>
</body>
</html>
`;

/** h675: sources/02_lidden_valley_angling_association_letter.md, whole. */
const ANGLERS_LETTER = `LIDDEN VALLEY ANGLING ASSOCIATION
Founded 1931
The Old Fishing Hut, Mill Lane, Hollinford

Monday 3 February 2025

Ms Margaret Oyelaran
Chief Executive
Southdown Vale Water Ltd
Coldharbour House, Wenmouth

cc: Daniel Frere, Area Environment Manager, Environment Agency (Wessex Downs area)
cc: Cllr Rosalind Vey, Chair, Hollinford Town Council

Dear Ms Oyelaran,

**Re: Sewage spills from Hollinford Sewage Treatment Works into the River Lidden**

I write on behalf of the committee and the 214 members of the Lidden Valley Angling Association to complain in the strongest terms about the condition of the River Lidden below your Hollinford works, and about the news, in your Investment Update of 10 January, that the promised upgrade will now not be finished until March 2026.

Our association holds the fishing rights on 6.5 miles of the Lidden between Abbot's Weir and Sallow Bridge. It is a chalk stream, and for most of the last ninety years it has been one of the best wild brown trout fisheries in the south of England. It is no longer.

**The events of January**

Between Saturday 18 January and Tuesday 21 January 2025 your storm overflow at Mill Lane discharged, by your own published data, for a total of 61 hours. On Sunday 19 January our bailiff, Mr Keith Dorrell, walked the lower beat and recorded the following:

- grey sewage fungus on the gravels for approximately 400 metres below the outfall;
- sanitary debris, including wet wipes, caught in the marginal vegetation at Mill Lane footbridge;
- 23 dead brown trout and an estimated 40 dead bullhead between the outfall and Sallow Bridge.

Mr Dorrell reported the incident to the Environment Agency hotline at 10.42am that day. The incident reference is EA-WD-2025-00417.

**Monitoring**

Our members have taken part in the Riverfly Partnership's Anglers' Riverfly Monitoring Initiative at our Hollinford Mill site since 2012. The trigger level for this site is 6. Our scores have been:

| Sample date | Riverfly score |
|---|---|
| October 2023 | 9 |
| April 2024 | 7 |
| October 2024 | 5 |
| January 2025 (Monday 27 January) | 4 |

The January sample is the lowest recorded at the site in thirteen years and the second consecutive breach of the trigger level.

**The effect on the association**

Our committee has closed the lower beat below Mill Lane to fishing until further notice. That is nearly a third of our water. Our members pay an annual subscription of £285, and several have already asked whether they should renew. Our membership has fallen from 251 in 2022 to 214 today.

**What we ask**

We ask Southdown Vale Water to:

1. bring forward the completion of the Hollinford scheme, and publish a month-by-month programme;
2. fund a full fish and invertebrate survey of the lower Lidden in spring 2025, carried out by an independent body;
3. meet the committee on site before the end of February.

We also ask the Environment Agency to tell us what enforcement action it intends to take.

Your Investment Update says that 2024 was a wet year. We do not dispute it. But 87 spills in 2023 and 112 in 2024 is not weather; it is a works that has been too small for years. As our president, Major Hugh Alderley, put it at our committee meeting last week: "We were told to be patient in 2022. We have been patient. The river has run out of patience even if we have not."

Yours sincerely,

Geoffrey Tull
Honorary Secretary
Lidden Valley Angling Association
`;

/** h674: sources/01_ofsted_inspection_summary.md, whole. */
const OFSTED = `# Inspection of Fernleigh Primary School

**Address:** Quarry Lane, Hadleigh Cross, Wexcombe WX7 4PL
**Unique reference number:** 148362
**Local authority:** Wexcombe County Council
**Type of school:** Primary, community, ages 4 to 11
**Number of pupils on roll:** 312
**Headteacher:** Daniel Oyelaran
**Chair of governing board:** Margaret Ellwood
**Inspection dates:** Tuesday 11 and Wednesday 12 June 2024
**Date of publication:** Thursday 18 July 2024
**Lead inspector:** Helen Marchbank, His Majesty's Inspector
**Team inspector:** Gareth Pryce-Lowther, Ofsted Inspector

## Inspection judgements

| Judgement area | This inspection (June 2024) | Previous inspection (November 2022) |
|---|---|---|
| Overall effectiveness | Good | Requires improvement |
| The quality of education | Good | Requires improvement |
| Behaviour and attitudes | Good | Good |
| Personal development | Good | Good |
| Leadership and management | Good | Requires improvement |
| Early years provision | Outstanding | Good |

The previous full inspection took place on Tuesday 8 and Wednesday 9 November 2022, when the school was judged to require improvement.

## What is it like to attend this school?

Pupils are proud of their school. They describe Fernleigh as "a place where everybody gets noticed". Relationships between staff and pupils are warm and respectful. Pupils behave well in lessons and around the school site, and the playground at lunchtime is calm and purposeful. Pupils told inspectors that bullying is rare and that adults deal with it quickly when it happens.

The school has high expectations for what all pupils can achieve, including pupils with special educational needs and/or disabilities (SEND). This marks a clear change since the previous inspection, when expectations of pupils' work, particularly in writing, were too low.

Children in the Reception classes get off to an exceptional start. Staff know precisely what children need to learn, and the early years environment has been carefully designed to develop children's language and vocabulary.

## What does the school do well and what does it need to do better?

Since his appointment in September 2023, the headteacher has brought a sharp focus to the curriculum. Leaders, including governors, have an accurate view of the school's strengths and the areas that still need work. The headteacher has been well supported by the deputy headteacher, Sarah Kinnaird, and by a restructured senior leadership team.

Reading is a priority. The school introduced a new phonics programme in September 2023, and all staff who teach early reading have been trained to deliver it. Pupils who fall behind are quickly identified and receive daily catch-up sessions. In 2024, 84% of Year 1 pupils met the expected standard in the phonics screening check, compared with 71% in 2023.

The curriculum in mathematics and science is well sequenced. In some foundation subjects, such as history and geography, the school has only recently finalised what pupils should learn and when. Assessment in these subjects is not yet used consistently to check that pupils remember the important knowledge over time.

The school's provision for pupils with SEND has improved considerably. The special educational needs coordinator, Joanne Feeney, ensures that pupils' needs are identified early. Teachers adapt their teaching well so that pupils with SEND learn the same curriculum as their peers.

Attendance has improved. Overall attendance rose from 93.1% in 2022/23 to 95.4% in the current year to date. The proportion of pupils who are persistently absent has fallen from 21.6% to 12.8%. The school works closely with families where attendance remains a concern.

Governors are knowledgeable and hold leaders to account effectively. Staff, including those early in their careers, say that leaders are considerate of their workload and well-being. Staff turnover has reduced.

Safeguarding arrangements are effective.

## What does the school need to do to improve?

- In some foundation subjects, the school's assessment approach is at an early stage. The school should ensure that teachers check systematically that pupils have learned and remembered the intended knowledge.
- In key stage 1, some lower-attaining pupils do not write with enough accuracy. The school should ensure that these pupils have sufficient opportunities to practise spelling, punctuation and handwriting so that their writing becomes fluent.

## Parent and pupil views

Inspectors took into account 164 responses to Ofsted Parent View, including 97 free-text comments, as well as 38 responses to the staff survey and 61 responses to the pupil survey.

Lead inspector's summary comment in the report covering letter: "Fernleigh is now a good school, and in the early years it is an outstanding one. The improvements since the last inspection have been rapid and they are well founded."
`;

/** h674: sources/03_governing_board_minutes.md, whole. */
const GOVERNORS = `# Fernleigh Primary School — Full Governing Board

## Minutes of the meeting held on Tuesday 16 July 2024 at 6.00pm in the school library

**Present:** Margaret Ellwood (Chair, co-opted governor), Tomasz Wierzbicki (Vice-chair, parent governor), Daniel Oyelaran (Headteacher), Revd Alison Carrow (co-opted governor), Kwame Asante-Bright (local authority governor), Fiona Lathbury (staff governor), Dr Rupert Haines (parent governor)

**In attendance:** Sarah Kinnaird (Deputy Headteacher), Lorraine Pettigrew (Clerk to the governors)

**Apologies:** Bernadette Sowerby (co-opted governor) — accepted

The meeting was quorate (7 of 8 governors present).

### 1. Welcome and declarations of interest

The Chair welcomed governors. Fiona Lathbury declared an interest in item 5 (staffing) as a member of staff. No other declarations.

### 2. Minutes of the previous meeting (Tuesday 21 May 2024)

Approved as an accurate record. Proposed by Tomasz Wierzbicki, seconded by Revd Alison Carrow.

### 3. Ofsted inspection outcome

The Headteacher reported that the school had received the final inspection report, which would be published on Thursday 18 July 2024. The school had been judged good overall and in all key judgements, with early years provision judged outstanding.

The Chair said: "Two years ago this board sat in this room and read a report that told us we were letting children down in writing and in leadership. Tonight we can say that has changed. I want it minuted that the board thanks every member of staff."

The Headteacher said the inspectors had been particularly impressed by the early years and by the improvement in attendance. He said: "A good judgement is a floor, not a ceiling."

Kwame Asante-Bright asked whether the two areas for improvement would be reflected in the school development plan. The Headteacher confirmed that both would be priorities in the 2024/25 plan, and that a draft would come to the October meeting.

Revd Alison Carrow asked how the board would monitor the foundation subjects. It was agreed that she would become link governor for the wider curriculum.

**Resolved:** The board formally records its thanks to all staff. Carried unanimously.

### 4. Headteacher's report: school data 2023/24

The Headteacher presented the following table. Key stage 2 figures are provisional and unvalidated.

| Measure | 2022/23 | 2023/24 | National 2023/24 |
|---|---|---|---|
| Overall attendance | 93.1% | 95.4% | 94.5% |
| Persistent absence | 21.6% | 12.8% | 15.9% |
| Phonics screening check, Year 1 (pass) | 71% | 84% | 80% |
| KS2 reading, writing and maths combined (expected standard) | 48% | 63% | 61% |
| KS2 reading (expected standard) | 66% | 76% | 74% |
| Fixed-term suspensions (number) | 9 | 3 | — |
| Pupils on roll (July) | 298 | 312 | — |
| Breakfast club, average daily attendance | 22 | 57 | — |

Dr Rupert Haines asked why persistent absence had fallen so sharply. The Headteacher said the main factor was the introduction of the free breakfast club in January 2024, together with weekly attendance meetings led by the family support worker, Debbie Marsh. He said 41 of the 57 children attending breakfast club each day were eligible for pupil premium.

Governors noted that the school's combined key stage 2 figure was above the provisional national figure for the first time since 2019.

### 5. Staffing

Fiona Lathbury left the meeting for this item.

The Headteacher reported that two teachers would leave in July 2024, compared with seven in July 2023. Two newly qualified teachers (early career teachers) had been appointed from September 2024. Staff absence had fallen from 412 days in 2022/23 to 236 days in 2023/24.

Fiona Lathbury rejoined the meeting.

### 6. Finance

Tomasz Wierzbicki, chair of the finance committee, reported that the forecast deficit for 2024/25 had been reduced from £73,000 to £41,000, mainly as a result of rising pupil numbers and a reduction in spending on supply staff. Spending on supply teachers had fallen from £58,400 in 2022/23 to £19,700 in 2023/24.

The budget plan would be submitted to Wexcombe County Council by Friday 26 July 2024.

### 7. Any other business

The Chair reported that the Hadleigh Cross Community Trust had confirmed a grant of £9,800 for the new library.

### 8. Date of next meeting

Tuesday 8 October 2024 at 6.00pm.

The meeting closed at 7.48pm.

Signed: M. Ellwood (Chair)
`;

/** h679: sources/01_airport_consultation.md, whole. */
const AIRPORT = `# Ashcombe Vale Airport Ltd

## Night Flying Quota Proposal 2026–2029: Public Consultation Document

Published: Tuesday 4 March 2025
Consultation closes: 5pm, Friday 16 May 2025
Reference: AVA/NQ/2025/01

### 1. Introduction

Ashcombe Vale Airport Ltd ("the airport") is seeking views on a proposal to increase the number of aircraft movements permitted during the night period at Ashcombe Vale Airport, near Kelstead. The night period is defined in the airport's Section 106 planning agreement with Mereford District Council as 23:30 to 06:00 local time.

The current night quota was set in 2016 and has not been changed since. The airport is proposing a new quota to apply for three years, from the start of the summer season on Sunday 29 March 2026 until the end of the winter season in March 2029.

Any change to the quota requires the approval of Mereford District Council as local planning authority. The airport intends to submit an application to vary the Section 106 agreement in the summer of 2025, taking account of responses to this consultation.

### 2. Why we are proposing a change

Demand for early-morning departures, particularly from the two based low-cost carriers, has grown steadily since passenger numbers recovered after the pandemic. In 2024 the airport handled 3.9 million passengers, compared with 3.4 million in 2019.

Night movements in the summer season reached 2,702 in 2024, which is 98% of the current summer limit of 2,750. The airport says that without additional headroom it will be unable to accept a third based aircraft which one carrier has offered to station at Ashcombe Vale from 2026.

Gareth Pennington, chief executive of Ashcombe Vale Airport Ltd, said: "We are at the ceiling. Every extra early departure we turn away goes to another airport, and the jobs and the spending go with it. We believe this proposal strikes a fair balance between the needs of the regional economy and the legitimate concerns of our neighbours."

The airport estimates that the proposal would support around 140 additional direct jobs on the airport site by 2028, and a further 210 jobs in the wider Mereford area.

### 3. Night movements 2019–2024

Table 1: Night movements (23:30–06:00) by season

| Year | Summer season movements | Winter season movements | Total night movements | Summer limit |
|------|------------------------|-------------------------|-----------------------|--------------|
| 2019 | 2,480 | 1,020 | 3,500 | 2,750 |
| 2020 | 610 | 390 | 1,000 | 2,750 |
| 2021 | 1,140 | 720 | 1,860 | 2,750 |
| 2022 | 2,190 | 940 | 3,130 | 2,750 |
| 2023 | 2,610 | 1,010 | 3,620 | 2,750 |
| 2024 | 2,702 | 1,064 | 3,766 | 2,750 |

Notes: The summer season runs from the last Sunday in March to the last Saturday in October; the winter season covers the remainder of the year. The current winter limit is 1,100 movements. A "movement" is one take-off or one landing.

### 4. The proposal

Table 2: Current and proposed night limits

| Measure | Current limit | Proposed limit | Change |
|---------|---------------|----------------|--------|
| Summer season movements | 2,750 | 3,400 | +650 (+24%) |
| Winter season movements | 1,100 | 1,350 | +250 (+23%) |
| Summer Quota Count (QC) budget | 2,100 points | 2,450 points | +350 points |
| Winter QC budget | 800 points | 900 points | +100 points |

In addition, the airport proposes:

- a ban on the scheduling of any aircraft rated QC/2 or noisier between 23:30 and 06:00 (at present aircraft up to QC/4 may be scheduled);
- that no more than 40% of night movements in any season may take place between 23:30 and 01:00;
- to raise the fine for a late-running departure taking off after 23:30 without dispensation from £750 to £1,500, with proceeds paid into the Ashcombe Vale Community Fund.

Because quieter aircraft types are now used by both based carriers, the airport forecasts that the Quota Count budget would increase by 17% while movements rise by 24%.

### 5. Noise effects

The airport's noise consultants, Trenholm Acoustics, have modelled the 48 dB LAeq,8h night noise contour for the forecast 2027 summer season.

Table 3: Night noise contour (48 dB LAeq,8h)

| Scenario | Contour area | Households within contour | Population within contour |
|----------|--------------|---------------------------|---------------------------|
| 2024 actual | 14.2 sq km | 3,850 | 8,900 |
| 2027 with current limit | 13.6 sq km | 3,700 | 8,550 |
| 2027 with proposed limit | 16.8 sq km | 4,620 | 10,700 |

The contour extends furthest to the east of the runway, over the villages of Brindley and Upper Saxby, because around 70% of departures take off towards the east under the prevailing westerly wind.

### 6. Mitigation

The airport proposes an enhanced Night Noise Insulation Scheme. Households within the 2027 proposed 48 dB contour would be eligible for a grant of up to £4,500 towards secondary glazing, acoustic ventilation and loft insulation, replacing the current grant of up to £2,500 which is available only within the 55 dB contour. The airport has set aside £1.8 million for the scheme over the three years.

The airport will also fund two additional permanent noise monitors, at Brindley and at Upper Saxby, with live data published on its website.

### 7. How to respond

Responses can be made online at the airport's consultation portal, by email, or in writing to the Community Relations Team, Ashcombe Vale Airport, Kelstead, KL7 4AV. Two public exhibitions will be held: at Kelstead Library on Saturday 22 March 2025, 10am to 4pm, and at Brindley Village Hall on Monday 7 April 2025, 3pm to 8pm.
`;

/** h679: sources/03_committee_minutes.md, whole. */
const AIRPORT_MINUTES = `# Ashcombe Vale Airport Consultative Committee

## Minutes of the 87th meeting

Held on Thursday 20 March 2025 at 6.30pm in the Council Chamber, Kelstead Town Hall

Present:
- Professor Alan Threlfall, independent chair
- Sian Maddox, operations director, Ashcombe Vale Airport Ltd
- Naomi Briggs, community relations manager, Ashcombe Vale Airport Ltd
- Councillor Ravi Chandra, cabinet member for environment, Mereford District Council
- Tom Harker, principal environmental health officer, Mereford District Council
- Councillor Paula Grieve, chair, Brindley Parish Council
- Councillor Stephen Hale, Upper Saxby Parish Council
- Helen Ashworth, chair, Brindley and Kelstead Night Noise Action Group
- Janet Okoro, Kelstead Chamber of Commerce

Apologies: Councillor Lorna Fitch, Kelstead Town Council

Also attending: 23 members of the public

### 1. Minutes of the previous meeting

The minutes of the meeting held on Thursday 28 November 2024 were agreed as a correct record.

### 2. Night quota consultation

Sian Maddox presented the airport's consultation document, published on 4 March. She said the increase in night movements would be concentrated in the summer season and that most of the additional flights would be early-morning departures between 05:00 and 06:00 rather than late-evening arrivals.

Ms Maddox said the proposed ban on scheduling QC/2 aircraft and above would remove the noisiest types from the night period altogether. She said the airport had recorded 41 night movements by QC/2 or QC/4 aircraft in 2024, most of them cargo or diverted flights.

Helen Ashworth said that the proposed 3,400 summer limit was a 24% increase and that the airport's own contour showed the number of households affected rising by 920 compared with keeping the current limit. She asked why the enhanced insulation scheme would not begin until the new quota took effect.

Ms Maddox replied that the scheme's funding was linked to the increase in revenue from the new quota, but said the airport would "look again at whether some of the money can be brought forward".

Councillor Stephen Hale said Upper Saxby residents had not been told about the public exhibitions and that neither exhibition was being held in Upper Saxby. Naomi Briggs said the airport would add a third exhibition in Upper Saxby.

Janet Okoro said the Chamber of Commerce supported the proposal. "Three hundred and fifty jobs is not a small number for a district this size. Our members need the connectivity," she said.

### 3. Noise complaints

Naomi Briggs presented the airport's complaints log for 2024.

Table A: Night noise complaints received by the airport, 2023 and 2024

| | 2023 | 2024 |
|---|------|------|
| Complaints received | 598 | 1,046 |
| Separate addresses complaining | 214 | 297 |
| Complaints relating to 05:00–06:00 | 341 | 649 |
| Complaints upheld (breach of procedures) | 9 | 14 |

Ms Briggs said that 62% of night complaints in 2024 related to the hour between 05:00 and 06:00, and that 118 of the complaints had come from just five addresses.

Tom Harker said the council's environmental health team had received a further 166 complaints about night flights in 2024, compared with 86 in 2023. He said some of these would also have been reported to the airport, so the two totals could not simply be added together.

Helen Ashworth said the figures the group had published, a total of 1,212 complaints in 2024, had been compiled from both sources and she accepted there might be some double counting. She said the rise was nevertheless "impossible to dismiss".

### 4. Independent noise monitoring

Councillor Ravi Chandra said the council would commission independent noise monitoring at three sites (Brindley, Upper Saxby and Kelstead East) for twelve months starting in June 2025, at a cost of about £38,000. He said the council had not yet taken a position on the quota proposal and would not do so until an application was submitted.

"The council will judge any application on the evidence, and that includes evidence we gather ourselves, not just evidence the airport provides," Cllr Chandra said.

Ms Maddox said the airport would share its own monitor data with the council's consultants.

### 5. Consultation period

Councillor Paula Grieve proposed that the committee ask the airport to extend the consultation by four weeks, to Friday 13 June 2025. The proposal was seconded by Councillor Hale and carried by six votes to two.

Ms Maddox said she would take the request back to the airport's board, which meets on Tuesday 1 April 2025.

### 6. Any other business

The chair noted that the airport's monthly noise reports had not been published since December 2024. Ms Briggs apologised and said the January and February reports would be published by the end of March.

### 7. Date of next meeting

Thursday 19 June 2025, 6.30pm, Kelstead Town Hall.

Actions:
- Airport to consider a third public exhibition in Upper Saxby (NB)
- Airport to respond to the request for a consultation extension after its board meeting on 1 April (SM)
- Council to confirm the start date of independent monitoring (RC/TH)
- Airport to publish January and February monthly noise reports (NB)
`;

/** h684: sources/01_fares_notice.md, whole. */
const FARES = `# BRINSCOMBE VALLEY BUSES LTD
## Customer Notice: Fares and Timetable Changes from Sunday 6 April 2025

Issued: Monday 3 March 2025
Depot and registered office: Mill Lane, Brinscombe, HV4 2TP

### Why are fares and services changing?

From Monday 31 March 2025, Haverleigh Combined Authority will stop paying the Rural Routes Support Grant, which has helped to keep fares down and support services on our rural and inter-town routes since September 2021. In 2024/25 the grant was worth £1.12 million to Brinscombe Valley Buses.

At the same time, the Haverleigh Fare Cap, which limited any adult single fare on our network to £2.00, comes to an end. Our costs have also risen: diesel, insurance and driver pay have together added around 9% to the cost of running each bus since April 2024.

The combined authority has agreed to fund a reduced daytime service on route 22 to keep the link to Marden Community Hospital. Without that support, route 22 would have been withdrawn in full.

Stephen Alcott, Managing Director of Brinscombe Valley Buses, said: "We have held off these changes for as long as we possibly could. Nobody at this company wanted to raise fares or take buses off the road, but without the grant some routes simply do not cover the cost of the diesel. We would rather run a smaller network that we can keep going than a bigger one that falls over."

### New fares from Sunday 6 April 2025

| Ticket | Fare now | Fare from 6 April | Change |
|---|---|---|---|
| Adult single, Zone A (Brinscombe town) | £2.00 | £2.60 | +30% |
| Adult single, Zones A–C (e.g. Brinscombe–Kettlewick) | £2.00 | £3.40 | +70% |
| Adult day ticket, all zones | £5.50 | £6.80 | +24% |
| Adult weekly ticket, all zones | £18.00 | £22.50 | +25% |
| Child single (ages 5–18) | £1.00 | £1.30 | +30% |
| Young person day ticket (ages 19–21) | £3.50 | £4.20 | +20% |
| Group day ticket (up to 5 people, max. 2 adults) | £11.00 | £13.50 | +23% |

Weekly tickets bought before Sunday 6 April 2025 will be accepted until they expire. Children under five continue to travel free with a fare-paying adult.

Older and disabled person's bus passes (English National Concessionary Travel Scheme) are not affected and remain valid on all our services from 9.30am on weekdays and at any time at weekends and on bank holidays.

### Service changes from Sunday 6 April 2025

**Route 7 – Brinscombe Town Circular**
No change. Every 20 minutes, Monday to Saturday, 7am to 7pm.

**Route 14 – Brinscombe – Thornleigh – Ashby Fell**
Withdrawn. The last journeys will run on Saturday 5 April 2025. Haverleigh Combined Authority plans to introduce an on-demand minibus service (HavLink) for Thornleigh and Ashby Fell; details will be published by the combined authority.

**Route 19 – Brinscombe – Sallow Green**
Reduced from hourly to every two hours, Monday to Saturday. First departure from Brinscombe Bus Station 7.15am, last departure 5.15pm.

**Route 22 – Brinscombe – Marden Community Hospital – Kettlewick**
Reduced from every 30 minutes to hourly, Monday to Saturday. All journeys after 7pm withdrawn. The Sunday service is unchanged (every two hours, 9am to 5pm).

**Route 31 – Kettlewick – Otterburn Cross**
Sunday service withdrawn. Monday to Saturday timetable unchanged (hourly).

### Summary of changes

- 1 route withdrawn (14)
- 2 routes with reduced weekday frequency (19, 22)
- 1 route losing its Sunday service (31)
- Weekly bus mileage across the network falls from 38,600 miles to 31,900 miles, a reduction of about 17%
- 11 driver posts will not be refilled as staff leave or retire; no compulsory redundancies are planned

### Where to find out more

New timetables will be available from Brinscombe Bus Station travel shop and on board our buses from Monday 17 March 2025. Customer services: 01632 960 418 (Monday to Friday, 8.30am to 5pm).
`;

/** h683: sources/parish_council_minutes.md, whole. */
const PARISH_MINUTES = `# Ashby Ruddock Parish Council

## Minutes of an Extraordinary Meeting

Held at Ashby Ruddock Village Hall on Tuesday 15 April 2025 at 7.30pm

**Present:** Cllr Sandra Mellor (Chair), Cllr Peter Oakes (Vice-Chair), Cllr Jill Fenwick, Cllr Tom Bracewell, Cllr Ruth Adeyemi

**In attendance:** Mr Alan Sheard (Clerk); Dr Helen Marsh (Chief Executive, Marlshire Wildlife Trust); Mr Owen Pritchard (Head of Land Management, Marlshire Wildlife Trust); Mr Robert Calloway (County Chairman, Marlshire County Farmers' Union); Cllr Diane Firth (Marlshire County Council, Ruddock Vale division); 46 members of the public.

**Apologies:** Cllr Mark Eddison (personal reasons).

### 25/31 Declarations of interest

Cllr Bracewell declared that his family farm adjoins Hollins Farm on its northern boundary. He was advised by the Clerk that this was a non-pecuniary interest and that he could speak and vote.

### 25/32 Presentation by Marlshire Wildlife Trust

Dr Marsh presented the Trust's plans for Hollins Farm. She told the meeting that the Trust had signed heads of terms with Mr Dennis Harrow on 17 January 2025 and that the purchase must complete by 30 September 2025. She said the public appeal stood at £468,900 as of that afternoon, from 3,610 donors.

Mr Pritchard explained the water plans. The new wetland on the valley floor would hold up to 38,000 cubic metres of floodwater, and modelling by the Trust's consultants, Threlfall Hydrology, suggested peak flows in the Ruddock Brook at Mill Lane could be cut by up to 15 per cent in a one-in-ten-year storm. He said: "We are slowing the water down at the top of the valley so it doesn't all arrive in Mill Lane at once."

### 25/33 Questions from the public and from the Farmers' Union

**Flooding.** Several residents of Mill Lane said their homes had flooded three times since 2020, most recently in February 2024. Mrs Carol Whitby of Mill Lane asked for a guarantee that the scheme would not make flooding worse. Mr Pritchard said no one could guarantee against flooding, but that the scheme was designed to reduce it.

**Beavers.** Mr Calloway read from the Union's letter of 10 April and asked whether the Trust would give a binding commitment on beavers. Dr Marsh said that beavers would not be introduced before 2028, would require a licence from Natural England, and that "we will not release beavers until we have sat down with every landowner downstream". She said the Trust would not give any landowner a veto, but that it would put its commitment to consultation in writing.

**Food production.** Mr Calloway said the farm produced about 1,080 tonnes of grain a year. Dr Marsh replied that the Trust would keep 40 acres in low-intensity arable farming for wild flowers and farmland birds, to be let to a local tenant. She said this was fewer than the 60 acres the Union had asked for.

**Jobs.** Cllr Fenwick asked about local employment. Dr Marsh said the farm currently employed one full-time worker together with seasonal contractors. The Trust would employ two full-time wardens and a part-time education officer, and would give priority to local applicants.

**Traffic and parking.** Cllr Oakes raised concerns about visitors' cars in Hollins Lane, which is single-track for 800 metres. Mr Pritchard said the car park would hold 20 cars and that the Trust would pay for passing places if the county council agreed. Cllr Firth said she would raise the matter with highways officers.

**Weeds.** Cllr Bracewell said ragwort from unmanaged land was a real risk to horses and livestock. Mr Pritchard said the grazing herd would control most coarse growth and that the Trust would pull ragwort within 50 metres of any boundary with grazing land.

Cllr Bracewell said: "I have farmed next to Hollins all my life. I am not against curlews, but I have seen what happens when land is left to go back, and it is the neighbours who pay for it."

Cllr Adeyemi said: "My children have never heard a curlew in this valley. If this brings them back, I think most people in this village will think the price was worth paying."

### 25/34 Resolution

It was proposed by Cllr Adeyemi and seconded by Cllr Mellor that the Council supports in principle the purchase of Hollins Farm by Marlshire Wildlife Trust, subject to:

(a) the Trust setting up a liaison group including the Parish Council, neighbouring landowners and the Farmers' Union, meeting at least quarterly;
(b) a written commitment on consultation before any release of beavers;
(c) an annual public report on flooding, wildlife and visitor numbers.

The resolution was carried by four votes to one. Cllr Bracewell voted against.

It was further resolved, unanimously, to contribute £1,500 from the Council's community fund towards interpretation boards at the new car park.

### 25/35 Date of next meeting

The next ordinary meeting will be held on Tuesday 13 May 2025 at 7.30pm.

The meeting closed at 9.42pm.

Signed: Sandra Mellor, Chair
`;

/** h673: sources/02_fishermens_association_letter.md, whole. */
const FISHERMEN = `# BRENHAVEN & DISTRICT FISHERMEN'S ASSOCIATION

The Net Loft, Chapel Steps, Brenhaven

Thursday 7 March 2024

Mr Gareth Lowry
Chief Executive
Brenhaven Harbour Authority
Harbour Office, Quay Road
Brenhaven

Dear Mr Lowry,

**Re: Silting of Fish Quay and the postponed maintenance dredge**

I write on behalf of the committee and members of the Brenhaven & District Fishermen's Association following the publication of Local Notice to Mariners No. 7 of 2024 on Monday.

The Association represents 31 member vessels, 19 of which are based at the Fish Quay. The notice confirms what our members have been telling your office since the autumn: the harbour they depend on is silting up and can no longer be used safely for much of the tide.

**The effect on our members**

In the three weeks up to and including Wednesday 6 March, 11 of our boats were unable to land their catch at Brenhaven on at least one trip and were forced to divert to Polwenna, 23 miles along the coast. For a typical 10-metre trawler, the diversion adds around £340 in fuel to each round trip, and members then pay haulage of 18p per kilogram to bring the fish back to Brenhaven market by road. Several skippers have lost a whole day's fishing waiting for enough water to get in.

Landings at Brenhaven fish market in January and February 2024 totalled 131 tonnes, against 212 tonnes in the same two months of 2023. That is a fall of 38 per cent. Weather played some part, but the restrictions on the Fish Quay are the main reason our members are landing elsewhere.

On Thursday 22 February 2024 the *Girl Tamsin*, skippered by Jim Carne, grounded in the entrance channel on a falling tide. The boat's propeller and rudder were damaged and the repair has cost £4,800, which Mr Carne has had to meet himself. It was only good fortune that nobody was hurt.

**Dues and the dredge**

Harbour dues for fishing vessels were increased by 6.5 per cent on 1 April 2023. In the same period there has been no dredging of any kind: the last maintenance dredge was completed in September 2021. As our chairman, Dennis Rowe, put it to the committee last week: "We are paying more every year for a harbour we can use less every week."

In December 2023 the Association offered to contribute £10,000 towards a trial of bed-levelling at the Fish Quay berths to keep them open until the main dredge could go ahead. We were told at the time that the Authority would not undertake any work until the disposal licence had been granted. We remain willing to contribute.

**What we are asking for**

1. An emergency dredge, or bed-levelling, of Fish Quay berths 1–6 to be completed by Tuesday 30 April 2024.
2. A rebate of 50 per cent of harbour dues for fishing vessels for the whole period that the restrictions remain in force.
3. Publication of a depth survey of the Fish Quay every month until the main dredge is finished.
4. A clear timetable for the main dredge, with a named officer responsible for it.

Our members are not asking for special treatment. They are asking for a working harbour. Without one, some of our younger skippers have told me they will move their boats to Polwenna permanently, and once they go they will not come back.

We would ask that these points be discussed at the harbour users' meeting on Tuesday 12 March.

Yours sincerely,

Morwenna Pascoe
Secretary, Brenhaven & District Fishermen's Association

cc: Cllr Helen Vosper, Chair, Brenhaven Harbour Board
`;

/** h676: sources/traders_statement.md, whole. */
const TRADERS = `# Ellesworth Market Traders' Association

## Statement on the council's proposals for Cloth Hall Square

**Issued:** Friday 12 September 2025
**Contact:** Angela Marsh, Secretary, Ellesworth Market Traders' Association

The Ellesworth Market Traders' Association (EMTA), which represents 52 licensed traders on the town's Tuesday, Thursday and Saturday markets, has today responded to the borough council's proposals to move the markets to Cloth Hall Square and to raise pitch fees from March 2026.

The association welcomes the new canopies. For too long, traders on Tanner's Row have packed up early on wet days, and customers have stayed at home. We have never opposed the move itself.

We do, however, oppose the fee increases in the form set out in the report to Cabinet on Wednesday 17 September.

### What our members told us

The association surveyed its members between Monday 1 September and Friday 5 September 2025. Forty-one of our 52 members replied.

- 29 of the 41 (71 per cent) said they would consider leaving the market if the Saturday standard pitch fee rose above £32.
- 35 of the 41 (85 per cent) said the electricity supplement should stay at £4 a day.
- 12 of the 41 said they would need to pay for a lock-up unit at Cloth Hall, because they will no longer be able to keep stock in their vans beside their stalls.

Footfall on the Tuesday market, measured by the council's own counters, fell by 18 per cent between 2019 and 2024.

### Our chair's view

Colin Pryce, chair of the association, who has run a fruit and vegetable stall on Tanner's Row for 31 years, said:

"We are being asked to pay more for less room. There are 96 pitches on Tanner's Row and there will be 72 in the square, and the council wants every one of us to pay more for the privilege."

"Moving a market is like moving a tree. You can do it, but you had better not cut the roots at the same time."

"An eight-week discount is a gesture, not a plan. Customers take months to find a market again after it moves."

### What we are asking for

1. A freeze on all pitch fees for the first twelve months in Cloth Hall Square, not an eight-week discount.
2. The electricity supplement to remain at £4 a day.
3. The Mill Lane traders' permit to be free for the first year.
4. Publication of the full breakdown of the £56,000 deficit. In our view the £38,000 of central recharges for legal, finance and IT support should not be loaded onto traders.

Mrs Marsh added: "Our members want this move to succeed. But a busy square needs traders who can afford to be there."

The association will send a deputation to the Cabinet meeting on Wednesday 17 September.
`;

/** h677: sources/share_offer.md, whole. */
const SHARE_OFFER = `# Little Wendham Community Shop Ltd — Community Share Offer

**Save Wendham Stores and Post Office**

Offer opens: Monday 4 March 2024
Offer closes: 5pm, Friday 12 April 2024

Little Wendham Community Shop Ltd is a community benefit society registered with the Financial Conduct Authority (registration number 9187CB). This document invites you to buy shares so that the village can buy and run Wendham Stores and Post Office, 2 Church Lane, Little Wendham.

## Why we are doing this

Gordon and Pat Ashworth have run Wendham Stores and the post office counter for 22 years. On Tuesday 23 January 2024 they told customers that they would retire and that, unless a buyer was found, the shop would close on Friday 31 May 2024.

Wendham Stores is the last shop in the parish. The nearest alternative post office is in Brackenford, 6.4 miles away, and the only bus to Brackenford runs twice a week, on Tuesdays and Fridays. In a survey carried out by the steering group in February, 412 households replied; 94% said they used the shop at least once a week and 71% said they used the post office counter at least once a month.

## The offer at a glance

| Item | Detail |
|---|---|
| Share price | £1 per share |
| Minimum investment | £100 |
| Maximum investment | £20,000 per member |
| Minimum target | £150,000 |
| Target | £180,000 |
| Maximum | £200,000 |
| Voting | One member, one vote, however many shares are held |
| Interest | Up to 3% a year, from the third year of trading, if the board judges it affordable |
| Withdrawal | Not before the end of the third year of trading, and then at the board's discretion |

If less than the minimum target of £150,000 is raised, all money will be returned to applicants in full.

## What the money will pay for

| Costs | £ |
|---|---|
| Freehold purchase of shop, flat and car park | 245,000 |
| Refit, new chillers and opening stock | 28,000 |
| Legal fees, set-up costs and contingency | 12,000 |
| **Total** | **285,000** |

| Funding | £ |
|---|---|
| Community shares (target) | 180,000 |
| Grant: Mercian Rural Community Fund | 50,000 |
| Grant: Little Wendham Parish Council | 10,000 |
| Loan: Fenmoor Community Finance (10 years) | 45,000 |
| **Total** | **285,000** |

The Ashworths originally put the freehold on the market at £275,000. After an independent valuation by Corby & Lisle, chartered surveyors, they agreed to sell to the society for £245,000. The first-floor two-bedroom flat will be let at £650 a month.

## Financial forecast

The forecast below was prepared by the steering group's treasurer with help from Sam Oduya, business adviser at Fenmoor Community Finance. It assumes trading starts on Monday 3 June 2024. The Ashworths' turnover in the calendar year 2023 was £264,000.

| | Year 1 (2024/25) | Year 2 (2025/26) | Year 3 (2026/27) |
|---|---|---|---|
| Shop turnover | £298,000 | £321,000 | £337,000 |
| Gross margin | 22.0% | 23.0% | 23.5% |
| Gross profit | £65,560 | £73,830 | £79,195 |
| Post Office remuneration | £14,200 | £14,600 | £15,000 |
| Flat rental income | £7,800 | £7,800 | £8,100 |
| Staff costs | £46,500 | £48,200 | £49,900 |
| Other overheads (incl. loan interest) | £21,800 | £22,400 | £23,000 |
| Loan capital repayment | £4,500 | £4,500 | £4,500 |
| **Surplus** | **£14,760** | **£21,130** | **£24,895** |

Staff costs assume a paid shop manager working 30 hours a week and one part-time assistant working 16 hours a week, with volunteers covering the remaining hours. We estimate that 35 volunteers will be needed to fill the rota.

The forecast assumes longer opening hours than at present: 7am to 7pm Monday to Saturday and 8am to 1pm on Sunday, compared with 7.30am to 6pm Monday to Saturday now, with the shop closed on Sundays. The post office counter will continue to open 9am to 5.30pm Monday to Friday and 9am to 12.30pm on Saturday.

## Risks

Like any business, a community shop can fail. If the society were wound up, members might get back less than they invested, or nothing. Your shares are not covered by the Financial Services Compensation Scheme. The post office counter depends on Post Office Ltd agreeing to transfer the contract to the society; at the date of this document that approval has been applied for but not yet given.

## The steering group

- Helen Marchbank (chair) — retired head teacher, Little Wendham Primary School
- Dr Rajiv Sethi (treasurer) — GP partner, Brackenford Medical Practice
- Moira Kettleby (secretary) — parish clerk, retiring June 2024
- Tom Ellery (volunteer coordinator) — farmer, Holt End Farm
- Anita Bramwell — solicitor (not acting for the society)

"This is not charity. It is the village deciding that it wants to keep its heart beating," said Helen Marchbank, chair of the steering group.

To apply, complete the form at the back of this document and return it with payment to Moira Kettleby, 14 Mill Row, Little Wendham, or apply online.
`;

/** h496: sources/organiser_statement.html, whole. */
const RACE_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbourford Running Trust – Statement on the 2025 Harbourford City Marathon course</title>
</head>
<body>
<header>
<p>Harbourford Running Trust</p>
<p>Press statement – for immediate release</p>
<p>Tuesday 14 October 2025</p>
</header>

<h1>Statement on the course of the 2025 Harbourford City Marathon</h1>

<p>The Harbourford Running Trust, which organises the Harbourford City Marathon, today publishes the findings of an independent remeasurement of the course used on Sunday 12 October 2025, and sets out how it will respond to concerns raised by participants.</p>

<h2>Why the course was changed</h2>

<p>On Friday 29 August 2025 the highways department of Harbourford City Council closed Ferry Bridge for emergency structural repairs. The bridge had carried the race across the River Tarn at about the 24 km mark in every edition since 2016. With six weeks to go, the Trust designed a replacement section that turned the field along Quayside and added a loop through Mill Lane and Coopers Yard before rejoining the original route at St Anne's Gate.</p>

<p>The revised route was measured by the Trust's own staff using a calibrated bicycle on Wednesday 10 September 2025. It was not re-certified by an accredited measurer before race day because no measurer was available in the time left.</p>

<h2>What the remeasurement found</h2>

<p>Following complaints from runners whose GPS watches recorded distances well above the marathon distance, the Trust asked Graham Tulley, an accredited course measurer, to remeasure the route. Mr Tulley completed his work on Monday 13 October 2025.</p>

<p>He found that the course as run measured 42.507 km, which is 312 metres longer than the standard marathon distance of 42.195 km. The excess arose almost entirely in the Mill Lane loop, where a turn cone at Coopers Yard was placed about 150 metres beyond the marked position on the plan, making the out-and-back section 300 metres longer than intended.</p>

<blockquote>
<p>"The error is not a matter of interpretation. The cone was in the wrong place, and every runner covered the extra distance twice over the out-and-back," said Mr Tulley.</p>
</blockquote>

<h2>Race figures</h2>

<p>A total of 9,050 runners started the race and 8,412 finished, a completion rate of 93 per cent. In 2024, 8,730 runners started and 8,236 finished. The median finishing time rose from 4 hours 21 minutes in 2024 to 4 hours 29 minutes in 2025.</p>

<p>The men's race was won by Tomasz Wierzbicki in 2:14:37 and the women's race by Aisha Rahman in 2:31:52. Neither time will be ratified as a course record.</p>

<h3>Leaders' split times, 2025 course</h3>

<table border="1">
<thead>
<tr><th>Checkpoint</th><th>Distance</th><th>Men's leader (T. Wierzbicki)</th><th>Women's leader (A. Rahman)</th><th>Median runner</th></tr>
</thead>
<tbody>
<tr><td>Civic Square</td><td>10 km</td><td>0:31:48</td><td>0:36:02</td><td>1:01:15</td></tr>
<tr><td>Half-way, Marine Parade</td><td>21.1 km</td><td>1:07:10</td><td>1:15:44</td><td>2:09:40</td></tr>
<tr><td>Quayside</td><td>25 km</td><td>1:19:35</td><td>1:29:51</td><td>2:34:30</td></tr>
<tr><td>Mill Lane / Coopers Yard</td><td>31 km</td><td>1:39:02</td><td>1:51:37</td><td>3:17:55</td></tr>
<tr><td>St Anne's Gate</td><td>35 km</td><td>1:51:20</td><td>2:05:48</td><td>3:41:10</td></tr>
<tr><td>Finish, Harbour Green</td><td>42.2 km (as advertised)</td><td>2:14:37</td><td>2:31:52</td><td>4:29:06</td></tr>
</tbody>
</table>

<h2>Water station at 28 km</h2>

<p>The Trust acknowledges that the water station at 28 km ran out of cups for about 20 minutes between roughly 2:45 and 3:05 elapsed race time. The station had been stocked with 12,000 cups, the same number as in 2024, but the new route brought runners past the station twice. The Trust accepts that this was a planning error.</p>

<h2>What the Trust will do</h2>

<p>Helen Marsh, race director of the Harbourford City Marathon, said: "We got this wrong, and I want to say sorry to every runner who was affected. A marathon has to be a marathon, and ours was not."</p>

<p>The Trust will:</p>
<ul>
<li>offer every finisher a 50 per cent discount on entry to the 2026 race, reducing the standard fee from £68 to £34;</li>
<li>write to England Athletics to confirm that 2025 times cannot be used as qualifying times for championship or age-group entry;</li>
<li>commission an accredited measurement of any future course change before race day;</li>
<li>double the cup stock at every water station from 2026.</li>
</ul>

<p>The cost of the entry discount is estimated at £286,000.</p>

<p>Daniel Okafor, chief executive of the Harbourford Running Trust, said: "We will be asking Harbourford City Council to work with us earlier on road closures, but the responsibility for the measurement was ours and ours alone."</p>

<p>The 2026 Harbourford City Marathon is scheduled for Sunday 11 October 2026, subject to the council's events licence.</p>

<footer>
<p>Media enquiries: press office, Harbourford Running Trust, 4 Dock Street, Harbourford.</p>
</footer>
</body>
</html>
`;

describe('initials in reported speech, carried caps, rankings of rises and places denied, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Dr Rajiv Sethi … noted that" is "RS noted that"; the ICB\'s words are the ICB\'s, not "Integrated Care Board"\'s', async () => {
    const minutes = { 'sources/steering_group_minutes.md': SHOP_MINUTES };
    assert.deepEqual(await misattributions(minutes, 'Dr Rajiv Sethi, the treasurer, noted that more than half of the money had come from outside the parish, including from former residents.'), []);
    const healthwatch = { 'sources/healthwatch_press_release.html': HEALTHWATCH };
    assert.deepEqual(await misattributions(healthwatch, 'The ICB, which Healthwatch has asked to review the decision, said it was "satisfied that appropriate mitigations are in place".'), []);
  });

  test('"As our president, Major Hugh Alderley, put it …:" gives him the quotation', async () => {
    const letter = { 'sources/02_lidden_valley_angling_association_letter.md': ANGLERS_LETTER };
    const quote = (who: string) => `"The river has run out of patience even if we have not," said ${who}.`;
    assert.deepEqual(await misattributions(letter, quote("Major Hugh Alderley, the association's president")), []);
  });

  test('"up from 71% in 2023 and above the national figure of 80%" compares the 84%; "and below" is caught', async () => {
    const school = judgeWith(await workspaceIndex({ 'sources/01_ofsted_inspection_summary.md': OFSTED, 'sources/03_governing_board_minutes.md': GOVERNORS }));
    const phonics = (way: string) => school(`This year 84% of Year 1 pupils met the expected standard in the phonics screening check, up from 71% in 2023 and ${way} the national figure of 80%.`);
    assert.deepEqual(phonics('above').conflicts, [], why(phonics('above')));
    assert.ok(phonics('below').conflicts.some((c) => c.claim === 'below'), why(phonics('below')));
  });

  test('"up to £4,500, compared with £2,500" is the current grant of up to £2,500; "by six votes to two" is no "four weeks"', async () => {
    const airport = judgeWith(await workspaceIndex({ 'sources/01_airport_consultation.md': AIRPORT, 'sources/03_committee_minutes.md': AIRPORT_MINUTES }));
    const grants = airport('Households inside that contour would be eligible for insulation grants of up to £4,500, compared with £2,500 under the current scheme, which is available only within the 55-decibel contour.');
    assert.deepEqual(grants.conflicts, [], why(grants));
    const vote = airport('The committee voted by six votes to two to ask the airport to extend the consultation by four weeks, to Friday 13 June.');
    assert.deepEqual(vote.conflicts, [], why(vote));
  });

  test('"The biggest rise falls on longer journeys" ranks the changes of the row with £2.00 and £3.40; the day ticket\'s is no biggest', async () => {
    const fares = judgeWith(await workspaceIndex({ 'sources/01_fares_notice.md': FARES }));
    const longer = fares('The biggest rise falls on longer journeys: an adult single between Brinscombe and Kettlewick, now £2.00, will cost £3.40.');
    assert.deepEqual(longer.conflicts, [], why(longer));
    const day = fares('The biggest rise falls on the day ticket: an adult day ticket, now £5.50, will cost £6.80.');
    assert.ok(day.conflicts.some((c) => /Change: \+70%/.test(c.source)), why(day));
  });

  test('"Residents of Mill Lane" names no one against Carol Whitby; "land their catches … at Polwenna" is no denied landing', async () => {
    const parish = judgeWith(await workspaceIndex({ 'sources/parish_council_minutes.md': PARISH_MINUTES }));
    const residents = parish('Residents of Mill Lane told the meeting their homes had flooded three times since 2020, most recently in February 2024.');
    assert.deepEqual(residents.conflicts, [], why(residents));
    const harbour = judgeWith(await workspaceIndex({ 'sources/02_fishermens_association_letter.md': FISHERMEN }));
    const polwenna = harbour("Fishing boats are being turned away from Brenhaven's Fish Quay because silt has built up in the harbour, forcing skippers to land their catches 23 miles along the coast at Polwenna.");
    assert.ok(!polwenna.conflicts.some((c) => c.kind === 'negation'), why(polwenna));
    const brenhaven = harbour('Fishing boats are able to land their catches at Brenhaven.');
    assert.ok(brenhaven.conflicts.some((c) => c.kind === 'negation'), why(brenhaven));
  });

  test('"… and the Mill Lane permit to be free for the first year" is the list\'s third item; "from 8am to 1pm on Sundays" is the shop\'s, not the counter\'s 9am', async () => {
    const traders = judgeWith(await workspaceIndex({ 'sources/traders_statement.md': TRADERS }));
    const asks = traders('The association wants pitch fees frozen for the first twelve months in the square and the Mill Lane permit to be free for the first year.');
    assert.deepEqual(asks.conflicts, [], why(asks));
    const shop = judgeWith(await workspaceIndex({ 'sources/share_offer.md': SHARE_OFFER }));
    const hours = shop('Under the new owners it will open from 7am to 7pm Monday to Saturday and from 8am to 1pm on Sundays, when it is currently closed.');
    assert.deepEqual(hours.conflicts, [], why(hours));
    // (The Quayside of another passage, with only some of the claim's words after it, is no item of the claim's.)
    const race = judgeWith(await workspaceIndex({ 'sources/organiser_statement.html': RACE_STATEMENT }));
    const cone = race('The extra distance came almost entirely from the Quayside section, where a turn cone was placed about 150 metres beyond its marked position.');
    assert.ok(cone.conflicts.some((c) => c.claim === 'Quayside' && c.source === 'Mill Lane'), why(cone));
  });
});
