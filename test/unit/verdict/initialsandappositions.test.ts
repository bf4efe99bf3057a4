/**
 * The fifty-first round, first part: faithful sentences of h660 and h662–h667 (written against 59728de) shown as
 * errors. A fraction with its percentage in apposition ("Almost half of respondents, 48.5 per cent,") is that
 * percentage, and a column headed "%" gives its figures as percentages; minutes' initials ("NQ said:", "RP said") are
 * the person the minutes name with them; a ranking in apposition ranks the row named right before it; a passage
 * with the claim's own words before a body ("Administrators from Hollis Pryce LLP") gives it; "91 per cent" is a
 * label's "91%"; a place a distance is measured from is no place the thing is in; "Only" names no numbered thing and
 * "Year 7" is no count; a date the claim gives its own figure is no rival of the date of another figure. The
 * fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h660: sources/02_trust_survey_report.md, whole. */
const SURVEY = `# Hallbrook Town Supporters' Trust

## Stadium Naming Rights: Members' and Supporters' Survey — Findings

**Published: Tuesday 18 June 2024**
**Prepared by: Anjali Mistry, secretary, on behalf of the Trust board**

### 1. Background

On Tuesday 4 June 2024, Hallbrook Town FC announced that Millfield Road would be renamed the Corvane Energy Stadium from 1 July 2024 under a ten-year deal with Corvane Energy Ltd. The Trust was not consulted before the announcement. The Trust board agreed at an emergency meeting on Wednesday 5 June to survey supporters as quickly as possible.

### 2. Method

The survey ran from Friday 7 June to Friday 14 June 2024. It was open online to any Hallbrook Town supporter and was also available on paper at the Trust hut on Kiln Lane and at the Drovers Arms on Tanner Street.

We received **2,316** valid responses. Of these, 1,588 (68.6%) came from current season-ticket holders. 1,204 respondents (52.0%) are Trust members; the Trust currently has 3,940 members. Duplicate entries (47) were removed before analysis.

### 3. Results

**Table 1. Responses to the main questions (all respondents, n = 2,316, unless stated)**

| Question | Response | % |
|---|---|---|
| Q1. Do you support the renaming of the ground to the Corvane Energy Stadium? | Strongly support | 6.2 |
| | Support | 11.4 |
| | Neither | 9.8 |
| | Oppose | 24.1 |
| | Strongly oppose | 48.5 |
| Q2. Would you accept a naming-rights deal if "Millfield Road" stayed in the official name? | Yes | 58.3 |
| | No | 29.0 |
| | Unsure | 12.7 |
| Q3. Will you renew your season ticket for 2024-25? (season-ticket holders only, n = 1,588) | Yes | 71.2 |
| | Undecided | 19.5 |
| | No | 9.3 |
| Q4. Did the club ask your views before the announcement? | No | 94.7 |
| | Yes | 2.1 |
| | Can't remember | 3.2 |

In total, **72.6%** of respondents oppose or strongly oppose the renaming, against **17.6%** who support or strongly support it.

For comparison, when the Trust surveyed supporters in March 2019 on the club's proposal to sell the Brayford Lane training ground, 61% of respondents opposed the sale. Opposition to the renaming is therefore markedly stronger than to any proposal the Trust has surveyed in the past decade.

Q3 is the most worrying result for the club. Among season-ticket holders, 9.3% say they will not renew, and almost one in five (19.5%) are undecided.

### 4. What supporters told us

More than 900 respondents left written comments. The most common themes were:

- the loss of a name used since 1921 (mentioned in 412 comments);
- the lack of any consultation (388 comments);
- doubts over whether the money will be spent on the Kiln Lane End roof as promised (201 comments);
- support for the deal as a financial necessity (143 comments).

### 5. The Trust's position

The Trust board met on Monday 17 June and agreed unanimously to ask the club to:

1. keep "Millfield Road" in the stadium's official name;
2. publish the length of any break clause in the Corvane agreement;
3. give supporters a formal say, through the Trust, before any future decision on the ground, its name or its ownership.

Graham Tulley, chair of the Trust, said: "This is not a vote against money coming into the club. It is a vote against a decision taken about our ground without a single conversation with the people who fill it."

### 6. Protest

The Trust will hold a peaceful march on **Saturday 22 June 2024**. Supporters will gather at the Drovers Arms on Tanner Street at 10.30am and set off at 11am for the Kiln Lane End, where Graham Tulley and former club captain Steve Ormerod will speak. Stewarding has been agreed with Hallbrook Police's neighbourhood team.

"We want a big turnout and a good-natured one," said Anjali Mistry, the Trust's secretary. "Bring your scarves, not your anger."
`;

/** h664: sources/families_meeting_minutes.md, whole. */
const MINUTES = `# Larkfield House Relatives' Group — Minutes of Special Meeting

**Date:** Monday 21 October 2024, 6.30pm to 8.15pm
**Venue:** St Aldhelm's Church Hall, Quarry Hill Road, Hollinsbridge

**Present:** 34 relatives and friends of residents.
**In attendance:** Rosalind Pryce (chief executive, Kestrel Lane Care Ltd); Carol Whitlow (interim manager, Larkfield House); Nadeem Qureshi (head of adult social care commissioning, Marrowdale County Council); Cllr Bernadette Hollis (ward councillor, Hollinsbridge East).
**Chair:** Pauline Ashdown (chair, Larkfield House Relatives' Group)
**Minutes:** Keith Ransome (secretary, Larkfield House Relatives' Group)

## 1. Welcome

PA welcomed everyone and said the meeting had been called because of the inspection report published the previous Thursday. She said: "Most of us found out the home was in special measures from the newspaper, not from the company. That cannot happen again."

## 2. Statement from the provider

RP apologised to families in person. She repeated that night staffing had been raised to five care staff and a nurse, and that the new manager, Gareth Lomax, would start on 18 November. She told the meeting that fees would be frozen at current levels (£1,240 a week for residential care and £1,465 a week for nursing care) until the home was re-inspected.

RP said: "I am not going to stand here and tell you everything is fixed. It is not. But I will come back to this room every month and tell you honestly where we are."

## 3. Marrowdale County Council

NQ said the council funds 29 of the 52 residents at Larkfield House. The council has suspended new placements at the home with effect from Friday 11 October 2024. Its quality assurance team is visiting the home every week, and social workers will complete a review of all 29 council-funded residents by Friday 6 December 2024.

NQ said: "Nobody is going to be moved out of Larkfield House against their wishes. Our job is to make sure that every one of our residents is safe where they are, and that the improvements the company has promised actually happen."

In answer to a question, NQ confirmed that the council had received two earlier complaints about Larkfield House, in April and July 2024, and had referred both to the Inspectorate.

## 4. Questions from families

Linda Marchetti, whose mother has lived at the home since 2021, said her mother had waited 40 minutes for help after pressing her call bell on the evening of Saturday 7 September. She asked why the company had not acted before the inspectors arrived. RP said the company's regional director had raised staffing concerns in July but that "we moved too slowly, and I regret that".

Arthur Pennock asked about his wife's missed Parkinson's medication. CW said all time-critical medicines were now given by a named nurse and checked at each handover, and that there had been no missed time-critical doses since Monday 23 September.

Several relatives asked about agency staff. CW said agency use had fallen to 24% in September and that 11 new permanent care workers had been recruited, with seven already in post.

Cllr Hollis said she would ask the council's adult social care scrutiny committee to examine how the earlier complaints had been handled.

## 5. Agreed actions

| Action | Owner | By when |
|---|---|---|
| Monthly written update to all families | Kestrel Lane Care (RP) | First by Friday 29 November 2024 |
| Families' representative to attend monthly quality meetings | Relatives' Group (PA) | From November 2024 |
| Report to scrutiny committee | Cllr Hollis | Next committee meeting |
| Reviews of council-funded residents | Marrowdale County Council (NQ) | Friday 6 December 2024 |

## 6. Date of next meeting

Monday 25 November 2024, 6.30pm, St Aldhelm's Church Hall.
`;

/** h663: sources/01_marlcombe_water_announcement.md, whole. */
const ANNOUNCEMENT = `# Marlcombe Water — News Release

**For immediate release: Tuesday 8 July 2025**

## Marlcombe Water announces hosepipe ban for 1.4 million customers

Marlcombe Water today announced a Temporary Use Ban — commonly known as a hosepipe ban — covering its entire supply area, after the driest March-to-June period in the company's rainfall records, which begin in 1921.

The ban will come into force at 00:01 on Friday 18 July 2025 and will apply to around 1.4 million people in 612,000 households across Hensford, Pellington, Stourmere, Oldcastle Wick and the surrounding villages of the Vale of Tarrow.

Rainfall across the company's catchments between 1 March and 30 June 2025 was 54 per cent of the long-term average. Combined storage in the company's four reservoirs stood at 58.4 per cent on Monday 7 July, against a long-term average of 81.6 per cent for the time of year. On the same date last year, storage was 88.0 per cent.

Demand for water reached 648 megalitres a day (Ml/d) on Saturday 28 June, the highest single-day figure the company has recorded, compared with an average summer demand of 455 Ml/d.

Rosalind Marsh, chief executive of Marlcombe Water, said: "Nobody at Marlcombe Water takes this decision lightly. We have asked customers to use water wisely for six weeks and many have responded, but the reservoirs have kept falling and we have to act now to protect supplies for essential use through the autumn."

She added: "We know we have to do our part too. Our teams are finding and fixing leaks faster than at any time in the company's history."

### Reservoir levels

Storage as at Monday 7 July 2025. Capacity and storage are in megalitres (Ml).

| Reservoir | Capacity (Ml) | Storage (Ml) | % full, 7 July 2025 | % full, 7 July 2024 | Long-term average for date |
|---|---|---|---|---|---|
| Sallowmere | 32,600 | 18,710 | 57.4% | 90.1% | 82% |
| Whitlow | 21,400 | 13,250 | 61.9% | 88.2% | 83% |
| Cray Hollow | 9,800 | 4,930 | 50.3% | 84.5% | 79% |
| Burnet Edge | 6,200 | 3,970 | 64.0% | 86.7% | 80% |
| **Total** | **70,000** | **40,860** | **58.4%** | **88.0%** | **81.6%** |

Cray Hollow, which supplies Pellington and the villages of the upper Tarrow valley, is currently the lowest of the four reservoirs. Levels across the network have fallen by an average of 1.9 percentage points a week since the start of May.

### What the ban means

From 00:01 on Friday 18 July, customers must not use a hosepipe or sprinkler to:

- water a garden or allotment;
- clean a private car, motorbike or boat;
- fill or top up a domestic swimming pool, paddling pool or hot tub;
- fill or maintain an ornamental pond or fountain (ponds containing fish are exempt);
- clean walls, windows, patios, paths or other hard surfaces.

Customers may still use a watering can or bucket filled from the tap, and may water with grey water or rainwater collected in a water butt.

### Exemptions

- Blue Badge holders, who may use a hosepipe fitted with a trigger nozzle to water a garden;
- customers on the company's Priority Services Register who apply for an exemption;
- newly laid turf and newly planted plants, for 28 days after laying or planting, by application;
- watering using a drip or trickle irrigation system fitted with a pressure-reducing valve and timer.

Businesses that use a hosepipe as part of their trade, such as garden centres, window cleaners and car washes, are not affected by the ban.

Anyone found to breach the ban may be prosecuted and fined up to £1,000 on conviction.

### Leakage and investment

Marlcombe Water has repaired more than 4,100 leaks since 1 April 2025 and has increased its leak-detection teams from 38 to 55 staff. Leakage across the network in June averaged 96 Ml/d. The company is spending £38 million on leakage reduction in the 2025/26 financial year, up from £27 million in 2024/25.

The company is also moving up to 30 Ml/d of water from Sallowmere to Whitlow through the Tarrow link main to balance storage across the network.

### When will the ban be lifted?

The company will review the ban every fortnight. It will not be lifted until reservoir storage has returned to within the normal range for the time of year and the Environment Agency's assessment of river flows and groundwater in the Vale of Tarrow has improved.

Customers can find more details, and apply for an exemption, at the company's website or by calling its customer line on 0800 014 7720, open 8am to 8pm, Monday to Saturday.

**Notes to editors**

Marlcombe Water supplies drinking water to around 1.4 million people. A Temporary Use Ban is made under section 76 of the Water Industry Act 1991. The last hosepipe ban in the Marlcombe Water area was in 2012, when restrictions lasted 74 days.

Media enquiries: Tom Ellery, Head of Communications, Marlcombe Water.
`;

/** h665: sources/01_scrutiny_report.md, whole. */
const SCRUTINY = `# Wessington County Council

## Place Overview and Scrutiny Committee

**Meeting date:** Thursday 17 October 2024
**Report title:** Connecting Wessington – Lot 3 (Vale of Ashcombe): progress following the insolvency of Fibrelink Rural Networks Ltd
**Report of:** Gareth Llewellyn, Head of Digital Infrastructure
**Cabinet Member:** Cllr Susan Barraclough, Cabinet Member for Economy and Transport
**Wards affected:** Ashcombe Vale; Kelsey and Wyke
**Status:** Open

### 1. Purpose of the report

1.1 This report updates the committee on the position of Lot 3 of the Connecting Wessington gigabit broadband programme following the appointment of administrators to the Lot 3 contractor, Fibrelink Rural Networks Ltd, on Tuesday 6 August 2024, and sets out the council's plan to complete the work.

### 2. Recommendations

2.1 That the committee notes the progress made on Lot 3 up to the date of the contractor's insolvency and the number of premises left without a gigabit-capable connection.

2.2 That the committee notes the decision of the Cabinet Member to terminate the Lot 3 contract, which took effect on Monday 2 September 2024.

2.3 That the committee requests a further update at its meeting on Thursday 13 March 2025.

### 3. Background

3.1 Connecting Wessington is delivered in three geographical lots. Lot 3 (Vale of Ashcombe) was awarded to Fibrelink Rural Networks Ltd on Monday 14 March 2022. The contract was worth £4.2 million and covered 1,840 premises in six parishes that had been judged unlikely to receive a commercial gigabit service.

3.2 Lot 3 was funded by £2.9 million from Building Digital UK (BDUK) under Project Gigabit and £1.3 million of council capital. The contractual completion date was Tuesday 31 December 2024.

3.3 On Friday 2 August 2024 Fibrelink's managing director informed officers by telephone that the company was experiencing "serious cash flow difficulties". Administrators from Hollis Pryce LLP were appointed four days later. All build work on Lot 3 stopped on the day of the appointment.

### 4. Progress at the point of insolvency

4.1 Table 1 shows premises connected in each parish of Lot 3. The figures are those verified by the council's technical assurance team as at Monday 30 September 2024. No premises have been connected since 6 August 2024.

**Table 1: Lot 3 premises connected, by parish (as at 30 September 2024)**

| Parish | Premises in scope | Premises connected | Per cent connected |
|---|---|---|---|
| Ashcombe St Peter | 612 | 147 | 24% |
| Bramford Cross | 388 | 301 | 78% |
| Kelsey Magna | 276 | 276 | 100% |
| Kelsey Parva | 142 | 98 | 69% |
| Nether Wyke | 233 | 41 | 18% |
| Oldbury Fen | 189 | 0 | 0% |
| **Total** | **1,840** | **863** | **47%** |

4.2 In total 977 premises in Lot 3 remain unconnected. Ashcombe St Peter, the largest parish in the lot, accounts for 465 of them.

4.3 In Ashcombe St Peter a further 38 premises, mainly on Mill Lane and Church Green, have had fibre installed to an external connection box but have no live service. The street cabinet at Church Green was installed in June 2024 but was never commissioned by Fibrelink. These 38 premises are not counted as connected in Table 1.

4.4 By comparison, Lot 1 (North Wessington, delivered by Kestrel Fibre Ltd) had connected 91% of its 2,310 premises and Lot 2 (Coastal Wessington, delivered by Harrow Point Networks Ltd) had connected 86% of its 1,975 premises by the same date. Neither contractor is reported to be in financial difficulty.

4.5 Ofcom data published in the spring show a median download speed of 9.4 Mbit/s in Ashcombe St Peter, compared with a median of 71 Mbit/s across the county as a whole.

### 5. Financial position

5.1 Up to the date of administration the council had paid Fibrelink £2.61 million under the Lot 3 contract. The value of work certified by the council's technical assurance team as complete and compliant is £2.38 million.

5.2 The difference of £230,000 has been lodged with the joint administrators as an unsecured claim. The administrators have indicated that unsecured creditors are likely to receive between 2p and 5p in the pound. Officers therefore do not expect to recover more than £11,500 of this sum.

5.3 Officers estimate that completing Lot 3 will cost an additional £640,000 compared with the original contract price, because of remobilisation costs, re-survey work and increases in the cost of materials and labour since 2022. BDUK has agreed in principle to fund 70% of the additional cost (£448,000). The council's share, £192,000, would be met from the capital contingency budget and does not require new borrowing.

### 6. Re-procurement and revised timetable

6.1 The Cabinet Member terminated the Lot 3 contract with effect from Monday 2 September 2024, using the council's right to terminate on the contractor's insolvency. The administrators did not object.

6.2 Officers intend to re-procure the remaining Lot 3 work through BDUK's dynamic purchasing system. The revised timetable is:

- Invitation to tender issued: by Thursday 14 November 2024
- Contract award: by Monday 31 March 2025
- Completion in Ashcombe St Peter (prioritised): by Wednesday 31 December 2025
- Completion of Lot 3: by Tuesday 31 March 2026

6.3 Ashcombe St Peter has been prioritised because of the 38 partially built premises and because it has the largest number of unconnected premises in the lot.

6.4 Premises in Lot 3 remain inside a contracted intervention area. They are therefore not eligible for the Gigabit Broadband Voucher Scheme. BDUK has told officers that it will not reclassify the area while re-procurement is under way.

### 7. Risks

7.1 The principal risks are: (a) limited market interest in a part-built network; (b) further rises in construction costs; (c) the condition of Fibrelink's part-built infrastructure, ownership of which is still being resolved with the administrators; and (d) loss of confidence among residents.

7.2 Officers will report on market interest after the tender closes.

### 8. Contact

Gareth Llewellyn, Head of Digital Infrastructure, Wessington County Council, County Hall, Marlcaster.
`;

/** h667: sources/01_consultation_document.md, whole. */
const CONSULTATION = `# Proposal to merge Kellsbridge High School and Ormsby Park Academy

**Public consultation document**
Published jointly by Northwold Learning Trust and Harlingford County Council
Consultation opens: Monday 3 February 2025
Consultation closes: 5pm, Friday 14 March 2025

## 1. Summary of the proposal

Northwold Learning Trust, which runs both schools, proposes that Kellsbridge High School in Kellsbridge and Ormsby Park Academy in Ormsby merge to form a single 11–16 secondary school from Tuesday 1 September 2026.

Under the proposal:

- The merged school would operate from a single site, the current Ormsby Park Academy site on Fenwick Road, Ormsby.
- The Kellsbridge High School site on Mill Lane, Kellsbridge, would close to pupils at the end of the 2025/26 school year. The last day of teaching on the site would be Friday 17 July 2026.
- The capacity of the Ormsby Park site would be increased from 1,200 to 1,500 places through a new two-storey teaching block of 14 classrooms, two science laboratories and a dining extension.
- Pupils living in the Kellsbridge High School catchment area would be given free home-to-school transport to the Ormsby site.

The two sites are 4.3 miles apart by road.

## 2. Why a change is being proposed

The number of pupils at Kellsbridge High School has fallen in each of the last five years. The school was built for 900 pupils. In October 2024 it had 561 on roll, leaving 339 places, or 38 per cent of its capacity, empty.

The fall is driven mainly by a lower birth rate in the Kellsbridge area: births in the Kellsbridge primary planning area fell from 214 in 2009 to 146 in 2017, and the children born in those years are now reaching secondary age. The number of Year 7 pupils joining Kellsbridge High School fell from 158 in September 2019 to 94 in September 2024, against a published admission number of 180.

Ormsby Park Academy has also seen a smaller decline, from 1,034 to 948 pupils over the same period.

### Table 1: Pupils on roll (October census)

| School year | Kellsbridge High School (capacity 900) | Ormsby Park Academy (capacity 1,200) | Combined |
|---|---|---|---|
| 2019/20 | 812 | 1,034 | 1,846 |
| 2020/21 | 764 | 1,021 | 1,785 |
| 2021/22 | 701 | 998 | 1,699 |
| 2022/23 | 655 | 987 | 1,642 |
| 2023/24 | 598 | 962 | 1,560 |
| 2024/25 | 561 | 948 | 1,509 |

### Table 2: Projected pupils on roll (council forecast, December 2024)

| School year | Kellsbridge High School | Ormsby Park Academy | Combined |
|---|---|---|---|
| 2025/26 | 532 | 941 | 1,473 |
| 2026/27 | 505 | 936 | 1,441 |
| 2027/28 | 473 | 929 | 1,402 |

### Table 3: Year 7 intake (September)

| Year | Kellsbridge High School (PAN 180) | Ormsby Park Academy (PAN 240) |
|---|---|---|
| 2019 | 158 | 219 |
| 2022 | 121 | 201 |
| 2024 | 94 | 176 |

## 3. Finances

Schools are funded mainly according to the number of pupils they have, at an average of about £6,140 per pupil in Harlingford in 2024/25. As numbers have fallen, Kellsbridge High School's income has fallen while many of its costs, including the building, have not.

Kellsbridge High School recorded an in-year deficit of £387,000 in 2023/24. Without action, the trust forecasts that this will rise to £612,000 in 2025/26. Staff costs account for 86 per cent of the school's budget.

The new teaching block at Ormsby Park is expected to cost £6.8 million. Of this, £5.1 million would come from Harlingford County Council's basic need capital grant and £1.7 million from the trust's reserves.

## 4. Staffing

Kellsbridge High School currently employs 47 teachers and 29 support staff. Ormsby Park Academy employs 71 teachers and 44 support staff. The trust estimates that the merged school would need 104 teaching posts and 64 support posts, a reduction of 14 teaching posts and nine support posts. The trust expects to make most of these reductions through retirements, resignations and not filling vacancies, but compulsory redundancies cannot be ruled out.

## 5. Transport

Harlingford County Council would provide free transport for pupils living in the Kellsbridge High School catchment area for the first three years of the merged school. The council estimates that this would require three double-deck buses at a cost of about £214,000 a year. The expected journey time is 20 to 25 minutes.

## 6. Special educational needs

Kellsbridge High School hosts a 20-place resource base for autistic pupils, known as The Hub. The proposal is that The Hub would move to purpose-built accommodation within the new teaching block at Ormsby Park, keeping its 20 places and its specialist staff.

## 7. How to respond

You can respond online, by email to consultation@northwold-lt.org.uk, or on paper forms available at both schools and at Kellsbridge Library. Two public meetings will be held:

- Tuesday 18 February 2025, 6.30pm, Kellsbridge High School main hall
- Thursday 27 February 2025, 6.30pm, Ormsby Park Academy sports hall

The trust board will consider all responses before making a decision, expected by the end of March 2025.
`;

/** h667: sources/02_trust_statement.md, whole. */
const TRUST_STATEMENT = `# Northwold Learning Trust: statement on the future of Kellsbridge High School and Ormsby Park Academy

**For immediate release — Wednesday 2 April 2025**

The board of trustees of Northwold Learning Trust has decided to go ahead with the merger of Kellsbridge High School and Ormsby Park Academy. The decision was taken at a meeting of the board on Monday 31 March 2025, after a six-week public consultation that closed on Friday 14 March.

The merged school will open on Tuesday 1 September 2026 on the Ormsby Park site on Fenwick Road, Ormsby.

## Consultation responses

The trust received 412 responses to the consultation. Of these:

- 239 (58 per cent) opposed the proposal
- 128 (31 per cent) supported it
- 45 (11 per cent) neither supported nor opposed it

Around 74 per cent of responses came from parents or carers. The trust also received a petition organised by the Save Kellsbridge High campaign carrying 2,860 signatures. About 310 people attended the two public meetings.

The most common concerns raised were the length and safety of the journey to Ormsby, the loss of a secondary school in Kellsbridge, the future of The Hub resource base, and the future of the Kellsbridge site.

## Changes made in response to the consultation

Trustees have made the following changes to the original proposal:

1. **Transport.** Harlingford County Council will fund free buses for Kellsbridge catchment pupils for the first three years. The trust will fund the service for a further two years, so that free transport is guaranteed for five years, until July 2031.
2. **Name.** The merged school will not simply keep the name Ormsby Park Academy, as originally proposed. A new name will be chosen by a vote of pupils at both schools during the summer term of 2025.
3. **Leadership.** Caroline Whitlam, headteacher of Ormsby Park Academy, will be headteacher of the merged school. Simon Pryce, headteacher of Kellsbridge High School, will become deputy headteacher with responsibility for transition for the first two years.
4. **The Kellsbridge site.** The site will be returned to Harlingford County Council. The council has confirmed that the 3.2 hectares of playing fields will stay in community use.

## Comment

Dr Priya Halvorsen, chief executive of Northwold Learning Trust, said: "This was not a decision anyone took lightly. We listened to more than 400 responses and we have changed the plan because of what families told us. But a school running with nearly four in ten places empty cannot offer the subjects and support that Kellsbridge children deserve."

Geoffrey Tamblyn, chair of trustees, said: "Trustees looked hard at every alternative, including keeping both sites open under one headteacher. None of them solved the basic problem of falling numbers."

Caroline Whitlam said: "Kellsbridge pupils will not be guests at Ormsby Park. This will be a new school that belongs to both towns."

## Notes to editors

- Northwold Learning Trust runs nine schools across Harlingford: two secondary schools and seven primary schools.
- The new £6.8 million teaching block at Ormsby Park is due to be completed by June 2026.
- Media enquiries: Hannah Greaves, communications manager, 01632 960 418.
`;

/** h659: sources/01_clearwater_coasts_inspection_findings.md, whole. */
const FINDINGS = `# Clearwater Coasts — Blue Flag Programme

## Site Inspection Findings: Wrenmouth South Beach

**Report reference:** CC/BF/2024/117
**Site:** Wrenmouth South Beach, Wrenmouth
**Land manager:** Dunstow District Council
**Type of visit:** Unannounced mid-season inspection
**Inspection date:** Wednesday 17 July 2024, 10.05am to 1.40pm
**Inspector:** Harriet Okonjo, Coastal Programmes Officer, Clearwater Coasts
**Report issued:** Friday 19 July 2024
**Approved by:** Graham Pellow, Chief Executive, Clearwater Coasts

### Background

Wrenmouth South Beach was awarded a Blue Flag for the 2024 bathing season on Tuesday 21 May 2024. This is the fourth consecutive year in which the beach has held the award. It is one of two Blue Flag beaches managed by Dunstow District Council; the other is Pellingham Cove.

This inspection was brought forward after Dunstow District Council notified Clearwater Coasts on Monday 15 July 2024 that a bathing water sample taken on Friday 12 July 2024 had exceeded the programme's withdrawal thresholds. The council reported that the sample followed a discharge from the Mill Lane storm overflow, operated by Southshire Water, after heavy rainfall on Thursday 11 July 2024.

Of the 33 Blue Flag criteria assessed, the site fully met 28, partially met 3 and failed 2.

### Findings

1. **Water quality (criterion 1) — FAILED.** The sample taken at sampling point WSB-02 on Friday 12 July 2024 recorded 2,180 colony-forming units (cfu) of E. coli per 100ml and 410 cfu of intestinal enterococci per 100ml. Under the programme rules, any single sample above 1,000 cfu/100ml for E. coli or above 400 cfu/100ml for intestinal enterococci results in automatic withdrawal of the flag for the rest of the season. Both thresholds were exceeded. The follow-up sample of Monday 15 July 2024 (1,240 cfu/100ml E. coli; 290 cfu/100ml intestinal enterococci) also exceeded the E. coli threshold.

2. **Public information on water quality (criterion 7) — FAILED.** Programme rules require a notice advising against bathing to be displayed at all main beach entrances within 24 hours of the land manager receiving a result above the guide values. The council received the laboratory result for the 12 July sample at 11.40am on Saturday 13 July 2024. Advisory notices were not displayed until 2.50pm on Sunday 14 July 2024, just over 27 hours later. The council's online beach page was updated at 4.30pm on Sunday 14 July 2024.

3. **Water quality information board (criterion 6) — PARTIALLY MET.** The information board at the Esplanade steps, the beach's main entrance, displayed bathing water results from the 2022 season. The boards at the Lifeboat Slip and Groyne 9 entrances were up to date.

4. **Lifeguard cover (criterion 21) — MET.** Lifeguard cover was provided by Southshire Lifeguard Service from 10am to 6pm daily. Two lifeguard towers were staffed and four lifeguards were on duty at the time of the visit.

5. **Litter and waste (criterion 14) — PARTIALLY MET.** Three of the 11 litter bins along the 850-metre beach were overflowing at 11am. Litter on the sand was otherwise light. The council told the inspector that bins are emptied once a day at 7am.

6. **Dog restrictions (criterion 18) — PARTIALLY MET.** A seasonal dog ban applies between Groyne 4 and Groyne 9 from 1 May to 30 September. During a 40-minute observation the inspector recorded five dogs inside the restricted zone. Dog restriction signs were missing at two of the beach's six entrances.

7. **Toilet facilities (criterion 24) — MET.** The Esplanade toilet block, including an accessible toilet, was open and clean. The Lifeboat Slip toilet block had been closed for repairs since Monday 8 July 2024; the council said it expects to reopen it by Friday 2 August 2024. As one block with accessible provision remained open, the criterion is met.

8. **Accessibility (criterion 26) — MET.** Two ramps give step-free access to the sand, and a beach wheelchair is available to borrow free of charge from the lifeguard tower at the Esplanade.

9. **Environmental education (criterion 3) — MET.** The council has run five environmental education events so far this season, meeting the minimum of five required for the whole season.

10. **First aid and drinking water (criteria 22 and 29) — MET.** First aid equipment was available at both lifeguard towers and a drinking water fountain was working at the Esplanade.

### Decision

Because criterion 1 was failed, the Blue Flag for Wrenmouth South Beach is withdrawn for the remainder of the 2024 season with immediate effect. The council is asked to lower the flag no later than Monday 22 July 2024.

The failure under criterion 2 would not on its own have led to withdrawal, but Clearwater Coasts expects the council to set out how it will meet the 24-hour rule in any application for 2025. Applications for the 2025 season close on Friday 31 January 2025.

Graham Pellow, chief executive of Clearwater Coasts, said: "Wrenmouth has worked hard for its flag, and this decision is not a judgement on the people who look after the beach day to day. But the flag is a promise to swimmers about the water, and on 12 July that promise could not be kept."

Harriet Okonjo, coastal programmes officer, said: "The beach itself was in good order on the day of my visit. The real disappointment was the information. People were in the water on Saturday with nothing at the entrances to tell them otherwise."
`;

describe('initials, appositions and numbered things, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Almost half of respondents, 48.5 per cent," is the 48.5 of the "%" column, not the report\'s 72.6%', async () => {
    const survey = judgeWith(await workspaceIndex({ 'sources/02_trust_survey_report.md': SURVEY }));
    const half = survey('Almost half of respondents, 48.5 per cent, said they strongly opposed the change.');
    assert.deepEqual(half.conflicts, [], why(half));
    // (A percentage that is no half is no restatement of it.)
    const wrong = survey('Almost half of respondents, 68.5 per cent, said they strongly opposed the change.');
    assert.ok(wrong.conflicts.length > 0, why(wrong));
  });

  test('"NQ said:" and "RP said" in minutes are Nadeem Qureshi and Rosalind Pryce, listed in attendance', async () => {
    const minutes = { 'sources/families_meeting_minutes.md': MINUTES };
    const quote = (who: string) => `"Nobody is going to be moved out of Larkfield House against their wishes," ${who} said.`;
    assert.deepEqual(await misattributions(minutes, quote('Mr Qureshi')), []);
    const pryce = await misattributions(minutes, quote('Ms Pryce'));
    assert.equal(pryce.length, 1, pryce.join('\n'));
    assert.match(pryce[0], /Nadeem Qureshi, not Ms Pryce/);
    const judge = judgeWith(await workspaceIndex(minutes));
    const director = (who: string) => judge(`${who} said the company's regional director had raised staffing concerns in July.`);
    assert.deepEqual(director('Ms Pryce').conflicts, [], why(director('Ms Pryce')));
    assert.ok(director('Mr Qureshi').conflicts.length > 0, why(director('Mr Qureshi')));
  });

  test('"Sallowmere, the largest of the four reservoirs, …, and Cray Hollow … was the lowest" ranks Sallowmere by size', async () => {
    const water = judgeWith(await workspaceIndex({ 'sources/01_marlcombe_water_announcement.md': ANNOUNCEMENT }));
    const levels = water('Sallowmere, the largest of the four reservoirs, was 57.4 per cent full, and Cray Hollow, which supplies Pellington and the upper Tarrow valley, was the lowest at 50.3 per cent.');
    assert.deepEqual(levels.conflicts, [], why(levels));
    const cray = water('Cray Hollow, the largest of the four reservoirs, was 50.3 per cent full.');
    assert.ok(cray.conflicts.some((c) => /Sallowmere as the largest/.test(c.source)), why(cray));
  });

  test('"Administrators from Hollis Pryce LLP were appointed" is 3.3\'s; "91 per cent of its 2,310 premises" is Lot 1\'s', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/01_scrutiny_report.md': SCRUTINY }));
    const appointed = report('Administrators from Hollis Pryce LLP were appointed on Tuesday 6 August 2024, and all build work on the council\'s Vale of Ashcombe contract stopped the same day.');
    assert.deepEqual(appointed.conflicts, [], why(appointed));
    const lot = (premises: string) => report(`By comparison, Lot 1 in North Wessington, delivered by Kestrel Fibre Ltd, had connected 91 per cent of its ${premises} premises by the same date.`);
    assert.deepEqual(lot('2,310').conflicts, [], why(lot('2,310')));
    assert.ok(lot('1,975').conflicts.length > 0, why(lot('1,975')));
  });

  test('"4.3 miles from Kellsbridge" is no place of the school; "Year 7" is no count; "812 in 2019/20" is Table 1\'s', async () => {
    const merger = judgeWith(await workspaceIndex({ 'sources/01_consultation_document.md': CONSULTATION, 'sources/02_trust_statement.md': TRUST_STATEMENT }));
    const site = (where: string) => merger(`The merged school will open on Tuesday 1 September 2026 on the Ormsby Park site on Fenwick Road, ${where}.`);
    assert.deepEqual(site('4.3 miles from Kellsbridge by road').conflicts, [], why(site('4.3 miles from Kellsbridge by road')));
    assert.ok(site('Kellsbridge').conflicts.length > 0, why(site('Kellsbridge')));
    const joined = (year: string) => merger(`Only 94 pupils joined Year ${year} last September, against a published admission number of 180, compared with 158 in 2019.`);
    assert.deepEqual(joined('7').conflicts, [], why(joined('7')));
    assert.ok(joined('8').conflicts.length > 0, why(joined('8')));
    const roll = merger('Its roll has fallen in each of the last five years, from 812 in 2019/20.');
    assert.deepEqual(roll.conflicts, [], why(roll));
  });

  test('"at the Lifeboat Slip" is words any passage about the place has: the board is still the Esplanade\'s', async () => {
    const beach = judgeWith(await workspaceIndex({ 'sources/01_clearwater_coasts_inspection_findings.md': FINDINGS }));
    const board = beach('The information board at the Lifeboat Slip was still displaying results from the 2022 season.');
    assert.ok(board.conflicts.some((c) => /Esplanade/.test(c.source)), why(board));
  });
});
