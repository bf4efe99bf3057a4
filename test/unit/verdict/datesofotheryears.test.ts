/**
 * The fifty-second round, first part: faithful sentences shown as errors in h686–h691 (written against 7a8f248) and
 * two older ones. A weekday the calendar puts in another year than the rival's ("Tuesday 1 April" / "Friday 1 April
 * 2016") is another date when a passage gives the claim's; a date of the claim's main clause is no date of a verb it
 * puts after "after" ("at the end of May after the practice applied"); "almost halved" leaves a little more than
 * half; "below the threshold of 40" says the bound itself; "has yet to be" denies; a share of a noun the claim does
 * not name is the subject of its denial ("38 per cent of the households … had never used"); "the main route" names
 * one row, not "All routes". The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, judgeWith, why, workspaceIndex } from './sources';

/** h661: sources/01_pennock_notice_route62.md, whole. */
const PENNOCK_NOTICE = `# PENNOCK COACHES LTD — CUSTOMER NOTICE

**Service 62: Ashcombe – Little Brayford – Stoke Marrow – Kelsworth**
**Withdrawal of service**

Issued: Monday 3 March 2025

Pennock Coaches Ltd regrets to announce that Service 62 will be **withdrawn**. The last day of operation will be **Saturday 29 March 2025**. The final journey will be the 17:30 departure from Kelsworth Bus Station to Ashcombe.

## Why is the service being withdrawn?

Service 62 has been operated by Pennock Coaches under a support contract with Wexcombe County Council since Friday 1 April 2016. That contract comes to an end on Monday 31 March 2025. Passenger numbers on the route are not sufficient for us to run it on a commercial basis, and the cost of operating the service has risen sharply: our fuel and driver wage costs on rural routes have increased by 22% since 2022.

We took part in the County Council's tender for a new contract but our bid was not accepted. We have been informed that the Council does not intend to award a new contract for a registered bus service on this route.

## Current timetable (Monday to Saturday, no service on Sundays or Bank Holidays)

This timetable remains valid until Saturday 29 March 2025.

**Ashcombe to Kelsworth**

| Stop | Journey 1 | Journey 2 | Journey 3 | Journey 4 |
|---|---|---|---|---|
| Ashcombe, Church Green | 07:10 | 09:35 | 12:40 | 15:20 |
| Little Brayford, The Plough | 07:22 | 09:47 | 12:52 | 15:32 |
| Stoke Marrow, Post Office | 07:34 | 09:59 | 13:04 | 15:44 |
| Kelsworth, Bus Station (arrive) | 07:55 | 10:20 | 13:25 | 16:05 |

**Kelsworth to Ashcombe**

| Stop | Journey 1 | Journey 2 | Journey 3 | Journey 4 |
|---|---|---|---|---|
| Kelsworth, Bus Station | 08:15 | 11:00 | 14:05 | 17:30 |
| Stoke Marrow, Post Office | 08:36 | 11:21 | 14:26 | 17:51 |
| Little Brayford, The Plough | 08:48 | 11:33 | 14:38 | 18:03 |
| Ashcombe, Church Green (arrive) | 09:00 | 11:45 | 14:50 | 18:15 |

The route is 14 miles long and the end-to-end journey time is 45 minutes.

## Other services

Service 60 (Kelsworth – Dunmere) is **not affected** and continues to run hourly, Monday to Saturday. Service 60 does not serve Ashcombe, Little Brayford or Stoke Marrow.

## Tickets and refunds

- Single and return tickets bought on board are valid only on the day of purchase.
- Holders of a **Route 62 Weekly Ticket (£18.50)** or **Monthly Ticket (£64.00)** may claim a refund for unused whole days after the service ends. Claims must reach us by **Friday 30 May 2025**.
- English National Concessionary Travel Scheme passes remain valid on Service 60 and all other registered local bus services.

## A message from our Managing Director

"We have run buses through the Brayford villages for the best part of thirty years, and this is not a decision we take lightly. We put in a realistic bid that reflected what it now costs to keep a bus on the road. I want to thank our drivers and our regular passengers, many of whom we know by name."
— Gareth Pennock, Managing Director, Pennock Coaches Ltd

Customer services: 01793 460 222 (Monday to Friday, 9am to 5pm)
Pennock Coaches Ltd, Station Yard, Kelsworth
`;

/** h661: sources/02_wexcombe_cabinet_report.md, whole. */
const CABINET_REPORT = `# WEXCOMBE COUNTY COUNCIL

## CABINET — Tuesday 11 March 2025

### Report of the Director of Highways and Transport

**Subject:** Future of Supported Bus Service 62 (Ashcombe – Kelsworth) and Community Transport Replacement
**Cabinet Member:** Councillor Douglas Fenwick, Cabinet Member for Transport and Environment
**Report author:** Helen Marchbank, Director of Highways and Transport
**Divisions affected:** Brayford and Marrow
**Key decision:** Yes

---

### 1. Purpose of the report

1.1 To inform Cabinet of the outcome of the retendering of supported bus Service 62, and to seek approval for a grant to Brayford & District Community Transport (BDCT) to provide a demand-responsive replacement service from Tuesday 1 April 2025.

### 2. Recommendations

2.1 That Cabinet notes that the current contract for Service 62 expires on Monday 31 March 2025 and will not be renewed or re-awarded.

2.2 That Cabinet approves a revenue grant of £64,000 to BDCT for 2025/26 to operate a demand-responsive minibus service, to be known as "Brayford Connect", serving Ashcombe, Little Brayford and Stoke Marrow.

2.3 That Cabinet approves a one-off capital contribution of £38,500 towards the purchase by BDCT of a wheelchair-accessible minibus.

2.4 That the Director of Highways and Transport reports back to Cabinet on the performance of Brayford Connect no later than Tuesday 30 September 2025.

### 3. Background

3.1 The Council has supported Service 62 under contract since April 2016. The current contract, held by Pennock Coaches Ltd, costs the Council £118,400 per year.

3.2 The service was retendered between Monday 9 December 2024 and Friday 20 December 2024. One bid was received, from the incumbent operator, at an annual price of £196,000. This represents an increase of 66% on the current contract price.

3.3 Patronage on Service 62 has declined substantially:

| Year | Passenger journeys | Cost to Council per journey |
|---|---|---|
| 2019/20 | 38,900 | £3.04 |
| 2023/24 | 21,300 | £5.56 |
| 2025/26 (at tendered price, projected) | 21,300 | £9.20 |

3.4 Passenger journeys fell by 45% between 2019/20 and 2023/24. Holders of concessionary bus passes accounted for 71% of journeys in 2023/24.

3.5 The Council's Supported Bus Services Policy (2021) sets a threshold of £6.00 of subsidy per passenger journey, above which a service will not normally be supported. At the tendered price, Service 62 would exceed this threshold by more than half.

### 4. Consultation

4.1 A public consultation ran from Monday 6 January 2025 to Sunday 2 February 2025 and received 412 responses. Respondents could give more than one purpose of travel.

| Main purpose of travel on Service 62 | Share of respondents |
|---|---|
| Medical appointments (including Kelsworth Community Hospital) | 63% |
| Shopping | 29% |
| Work or education | 18% |
| Visiting friends and family | 14% |

4.2 In the three parishes served, 24% of households have no access to a car, compared with a county average of 17%.

4.3 Stoke Marrow Parish Council and Ashcombe Parish Meeting both objected to the withdrawal of a fixed-route bus service.

### 5. Proposed replacement: Brayford Connect

5.1 BDCT is a registered charity founded in 1998. It currently runs a volunteer car scheme and operates one 12-seat minibus.

5.2 Under the proposal, Brayford Connect would operate:

- Monday to Friday, 8am to 6pm (no Saturday service);
- on a pre-booked, door-to-door basis, with bookings required at least 24 hours in advance;
- between the three villages and Kelsworth, including Kelsworth Community Hospital and Kelsworth Bus Station.

5.3 Proposed fares are £3.50 for an adult single journey and £1.75 for holders of concessionary passes. Because Brayford Connect will not be a registered local bus service, concessionary passes will not give free travel on it.

5.4 BDCT has 19 volunteer drivers and estimates that it needs 30 to run the service reliably.

### 6. Financial implications

6.1 The total cost to the Council in 2025/26 would be £102,500, made up of the £64,000 revenue grant and the £38,500 capital contribution.

6.2 The ongoing revenue cost of £64,000 compares with £196,000 a year for the tendered bus contract, a saving of £132,000 a year, and is £54,400 a year less than the current contract.

6.3 Funding beyond 31 March 2026 has not been identified and will depend on the Council's budget for 2026/27.

### 7. Risks

7.1 The principal risk is that BDCT is unable to recruit enough volunteer drivers, which would limit the number of journeys available. BDCT proposes to appoint a part-time paid driver co-ordinator to mitigate this.

7.2 Residents who travel early in the morning, including those starting work in Kelsworth before 8am, will not be able to use Brayford Connect for those journeys.

### 8. Comment from the Cabinet Member

"Nobody on this Cabinet wanted to see the 62 go. But I cannot justify paying more than nine pounds of public money for every single trip when that money has to be found from the same budget that fills potholes and grits roads. Brayford Connect gives people a door-to-door service, which for many older residents will actually be better than walking to a bus stop."
— Councillor Douglas Fenwick

Contact officer: Helen Marchbank, Director of Highways and Transport
`;

/** h681: sources/01_practice_letter_to_patients.md, whole. */
const GP_LETTER = `# Hartwell Vale Medical Practice

The Surgery, 14 Station Road, Hartwell, Wealdshire HW4 2PL
Branch site: Fenby Cross Surgery, Church Lane, Fenby Cross, Wealdshire HW6 9DS

Monday 3 March 2025

**To all patients registered with Hartwell Vale Medical Practice**

## Proposed closure of our Fenby Cross branch surgery

Dear Patient,

We are writing to let you know that the partners of Hartwell Vale Medical Practice have applied to NHS Wealdshire and Tarrant Integrated Care Board (ICB) for permission to close our branch surgery at Church Lane, Fenby Cross. If the ICB agrees, the last day on which patients would be seen at Fenby Cross would be Thursday 29 May 2025. From then on, all face-to-face appointments would take place at our main surgery on Station Road, Hartwell.

We know that this news will be unwelcome to many of you, especially patients who live in Fenby Cross, Lower Ashby and Brindle Green, and we want to explain why we have reached this decision.

### Why we are proposing the closure

**The building.** The Fenby Cross surgery is a converted 1930s house which we rent. Our lease ends on Monday 30 June 2025. The landlord has told us that a new lease would require the practice to pay for repairs to the roof, the heating system and the drains, which a surveyor has costed at £84,000. The building also has no step-free entrance and no accessible toilet, and the single consulting room upstairs cannot be used by patients who cannot manage stairs.

**Staffing.** Since April 2024 two of our GPs have left the practice and, despite advertising four times, we have been able to recruit only one replacement. Each session at Fenby Cross needs a GP, a receptionist and a healthcare assistant to travel from Hartwell, which takes those staff away from the main surgery for the whole morning.

**How the branch is used.** Fenby Cross is currently open two mornings a week, on Tuesdays and Thursdays from 8.30am to 12.30pm. The number of appointments booked there has fallen steadily, from an average of 148 a week in 2022/23 to 96 a week in 2024/25. Many patients who live near Fenby Cross already choose to be seen in Hartwell, where we are open 8am to 6.30pm, Monday to Friday.

By bringing all of our clinicians together at Hartwell, we expect to be able to offer around 40 additional GP and nurse appointments each week.

### What we will do to help patients who live near Fenby Cross

- **Transport.** We are working with Hartwell Community Transport to set up a volunteer car scheme for patients who have no other way of reaching the Hartwell surgery. Journeys will cost 45p a mile, and the practice will pay the fare for patients who receive Pension Credit or Universal Credit.
- **Blood tests.** A phlebotomy (blood test) clinic will be held in Fenby Cross Village Hall every other Wednesday morning, starting on Wednesday 4 June 2025.
- **Medicines.** Fenby Cross is not a dispensing branch, so collecting prescriptions will not change. Pharmacy Plus on Hartwell High Street offers free home delivery of prescriptions to patients aged 75 and over.
- **Telephone and online appointments.** Patients can continue to book telephone and video consultations through the NHS App or by calling 01632 960 418.

### Travelling to Hartwell

The Hartwell surgery is 7.2 miles from Fenby Cross by road. The number 46 bus, run by Tarrant Valley Buses, runs between Fenby Cross and Hartwell bus station every two hours from Monday to Saturday, and the journey takes about 34 minutes. The surgery is a four-minute walk from the bus station. There is free parking for 22 cars at the surgery, including three disabled bays.

### Have your say

The ICB ran a patient survey about the proposal from Monday 10 February to Friday 28 February 2025. Our Patient Participation Group will also hold an open meeting on Thursday 13 March 2025 at 6.30pm in Hartwell Methodist Hall, at which the partners will answer questions. The ICB's Primary Care Commissioning Committee is expected to make a decision on Tuesday 25 March 2025.

We would like to thank the people of Fenby Cross for their support of the branch surgery, which has been part of the village since 1974.

Yours faithfully,

Dr Helen Marsh, Senior Partner
Gareth Pryce, Practice Manager

On behalf of the partners of Hartwell Vale Medical Practice
`;

/** h681: sources/02_icb_committee_paper.md, whole. */
const ICB_PAPER = `# NHS Wealdshire and Tarrant Integrated Care Board

## Primary Care Commissioning Committee – Part 1 (meeting in public)

**Date of meeting:** Tuesday 25 March 2025
**Agenda item:** 7
**Paper title:** Application to close a branch surgery – Fenby Cross Surgery (Hartwell Vale Medical Practice, contract code K84061)
**Author:** Priya Raman, Head of Primary Care Contracting
**Executive sponsor:** Martin Okafor, Director of Primary Care
**Purpose:** For decision

### 1. Summary

1.1 Hartwell Vale Medical Practice, which holds a General Medical Services contract, applied on 6 January 2025 to close its branch surgery at Church Lane, Fenby Cross, and to deliver all services from its main surgery at 14 Station Road, Hartwell.

1.2 The practice cites three reasons: the end of the lease on the branch premises on 30 June 2025 and the £84,000 cost of repairs required by the landlord; the branch's failure to meet accessibility standards; and GP workforce pressures.

1.3 The committee is asked to APPROVE the closure, subject to the conditions set out in section 7.

### 2. List size and use of the branch

2.1 The practice's registered list has grown by 12.4% over four years, while the number of appointments delivered at the branch has fallen.

**Table 1: Hartwell Vale Medical Practice registered list (at 1 January each year)**

| Year | Total registered list | Patients living in Fenby Cross, Lower Ashby and Brindle Green | Share of list living in branch area |
|------|----------------------|---------------------------------------------|------------------|
| 2021 | 10,210 | 2,260 | 22.1% |
| 2022 | 10,560 | 2,235 | 21.2% |
| 2023 | 10,890 | 2,190 | 20.1% |
| 2024 | 11,230 | 2,165 | 19.3% |
| 2025 | 11,480 | 2,140 | 18.6% |

**Table 2: Appointments delivered at Fenby Cross Surgery**

| Financial year | Sessions per week | Average appointments per week | Total appointments in year |
|----------------|------------------|-------------------------------|---------------------------|
| 2022/23 | 3 | 148 | 7,104 |
| 2023/24 | 2 | 121 | 5,808 |
| 2024/25 (to end of February) | 2 | 96 | 4,224 |

2.2 The branch was reduced from three sessions a week to two in April 2023, when the Monday morning session was withdrawn.

2.3 In the 12 months to 31 December 2024, 1,312 individual patients had at least one appointment at Fenby Cross. Of the 2,140 patients living in the branch area, 71% had been seen at the Hartwell site at least once in the same period.

2.4 Of the patients living in the branch area, 38% are aged 65 or over, compared with 24% of the practice list as a whole.

### 3. Travel and access

3.1 The branch area is served by a single bus route, the number 46 (Tarrant Valley Buses), with six journeys each way on weekdays and four on Saturdays. There is no Sunday service. The last bus from Hartwell to Fenby Cross on weekdays leaves at 4.10pm.

3.2 According to the 2021 Census, 14% of households in Fenby Cross ward have no car or van, compared with 9% across Wealdshire district.

3.3 The nearest alternative practice to Fenby Cross, Kingsmere Health Centre in Ashby Magna, is 5.8 miles away, but its list is closed to patients living outside its practice boundary, which does not include Fenby Cross.

### 4. Engagement

4.1 The ICB ran an online and paper survey from 10 February to 28 February 2025. It received 412 responses, of which 61% came from residents of the branch area.

**Table 3: Survey responses – "Do you support the proposal to close Fenby Cross Surgery?"**

| Response | Number | Percentage |
|----------|--------|-----------|
| Oppose | 260 | 63% |
| Support | 91 | 22% |
| Not sure | 61 | 15% |
| **Total** | **412** | **100%** |

4.2 Among respondents who opposed the proposal, the most frequently given reason was travel to Hartwell (74%), followed by the loss of a local service for older residents (52%) and concern about getting an appointment at Hartwell (31%). Respondents could give more than one reason.

4.3 Wealdshire Healthwatch attended the Patient Participation Group meeting on 13 March 2025 and its report is attached as Appendix B.

### 5. Finance

5.1 The practice estimates that closing the branch will save £61,500 a year, made up of rent (£18,000), staff travel time and mileage (£27,400), utilities, cleaning and maintenance (£9,600) and IT and telephony (£6,500).

5.2 There is no financial cost to the ICB. The ICB currently reimburses the rent on the branch premises under the Premises Costs Directions; this reimbursement will end on closure.

### 6. Risks

6.1 The main risk is that patients without access to a car, particularly older patients, find it harder to attend appointments. The volunteer car scheme run by Hartwell Community Transport had 12 volunteer drivers signed up by 14 March 2025; the scheme's coordinator has said that around 20 will be needed.

### 7. Recommendation

7.1 The committee is asked to approve the closure of Fenby Cross Surgery with effect from 30 May 2025, on condition that the practice:

1. maintains the volunteer car scheme, with free journeys for patients receiving Pension Credit or Universal Credit, for at least two years;
2. holds a fortnightly phlebotomy clinic in Fenby Cross from June 2025;
3. reports to the committee on appointment access for branch-area patients at its meeting on Tuesday 25 November 2025.

7.2 Martin Okafor, Director of Primary Care, said in the paper's covering note: "We do not take the closure of any GP surgery lightly. But a building that many patients cannot get into safely is not a good place to provide care, and the conditions we are proposing are designed to make sure nobody in Fenby Cross is left without a way to see their GP."
`;

/** h688: sources/03_finance_committee_paper.md, whole. */
const FINANCE_PAPER = `# CASTLEMERE UNIVERSITY

## Finance and Resources Committee

**Paper FRC/25/07 — CONFIDENTIAL**

**Meeting: Tuesday 28 January 2025, 2.00pm, Council Chamber, Hollis Building**

**Title: Financial Sustainability Plan — workforce proposals**

**Author: Priya Ramsden, Director of Finance**

**Sponsor: David Okoro, Chief Operating Officer**

---

### 1. Purpose

1.1 This paper sets out the financial position of the university and asks the Committee to approve proposals to reduce staffing by 140 FTE posts, for onward recommendation to the Board of Governors at its meeting on Thursday 6 February 2025.

### 2. Financial position

2.1 The university reported an operating deficit of £4.3m in 2023/24 on total income of £194.1m. The forecast for 2024/25 is a deficit of £11.8m. On current trends, with no corrective action, the deficit for 2025/26 is projected at £14.2m.

2.2 Staff costs in 2023/24 were £118.4m, equivalent to 61% of total income. The sector benchmark for comparable institutions in the Regional Universities Group is 55%.

2.3 Cash reserves stood at £22.3m at 31 July 2024, down from £41.6m at 31 July 2023. On the current forecast, the university would breach the minimum liquidity covenant in its bank facility (30 days' operating expenditure) during 2026/27.

2.4 New international student enrolments fell from 2,450 in 2023/24 to 1,690 in 2024/25, a fall of 31%. International fee income fell by £9.7m over the same period. The fall is attributed mainly to changes to UK visa rules for the dependants of postgraduate students introduced in January 2024.

2.5 Employer contributions to the Teachers' Pension Scheme rose from 23.7% to 28.7% of salary in April 2024, adding £2.1m a year to costs. The increase in employer national insurance contributions from April 2025 is estimated to add a further £1.6m a year.

### 3. Proposals

3.1 It is proposed to reduce the workforce by 140 FTE posts (85 academic, 55 professional services), delivering recurrent savings of £8.6m a year from 2025/26.

3.2 The distribution of proposed reductions is shown in Table 1.

**Table 1: Proposed reductions by area (FTE) and estimated annual saving**

| Area | Academic | Professional services | Total FTE | Annual saving |
|---|---|---|---|---|
| Faculty of Arts and Humanities | 31 | 8 | 39 | £2.4m |
| Faculty of Science and Engineering | 20 | 7 | 27 | £1.7m |
| Faculty of Health and Social Care | 18 | 5 | 23 | £1.4m |
| Castlemere Business School | 16 | 4 | 20 | £1.3m |
| Central professional services | 0 | 31 | 31 | £1.8m |
| **Total** | **85** | **55** | **140** | **£8.6m** |

3.3 Within the Faculty of Arts and Humanities, it is proposed to close undergraduate recruitment to Modern Languages (9 FTE) and Music (6 FTE) from September 2025, and to merge the departments of History and Politics.

3.4 A voluntary severance scheme will open on the first day of consultation. Based on experience of the 2020 scheme, in which 47 staff left voluntarily, management estimates that at least 60 of the reductions can be achieved through voluntary severance.

3.5 The one-off cost of severance and redundancy payments is estimated at £6.1m, to be met from cash reserves in 2024/25 and 2025/26.

### 4. Risks

4.1 Industrial action. The Union of Academic and Professional Staff (UAPS) is likely to ballot members for industrial action. A marking and assessment boycott in the summer term would pose a significant risk to the timely award of degrees.

4.2 Reputation. Closure of Modern Languages and Music is likely to attract local media and political attention.

4.3 Student recruitment. Course closures may reduce applications to related programmes.

### 5. Recommendation

5.1 The Committee is asked to APPROVE the workforce proposals set out in section 3 and RECOMMEND them to the Board of Governors.

---

*Minute extract (added after meeting):* The Committee approved the recommendation. Six members were present; one member, Dr Alan Beddow (staff governor), voted against and asked that his dissent be recorded.
`;

/** h686: sources/01_inspection_report.md, whole. */
const BRIDGE_REPORT = `# Wessmoor County Council — Highways and Structures

## Principal Inspection Report: Millbrook Bridge, Kelbury

**Structure number:** WC/B/0417
**Route:** A4096 High Street, Kelbury, over the River Tarrow
**Report reference:** HS/PI/2024/113
**Dates of inspection:** Tuesday 3 September 2024 and Wednesday 4 September 2024
**Date of report:** Friday 13 September 2024
**Prepared by:** Daniel Okafor CEng MICE, Senior Bridge Engineer, Wessmoor County Council
**Checked by:** Priya Natarajan, Structures Manager, Wessmoor County Council

### 1. Description of the structure

Millbrook Bridge was built in 1938 and carries the A4096 High Street across the River Tarrow at the southern edge of Kelbury town centre. It is a three-span reinforced concrete beam-and-slab bridge with a total length of 54 metres and a carriageway width of 7.3 metres, with a 1.8-metre footway on each side. The two river piers stand on mass concrete spread footings.

The most recent traffic count (October 2023) recorded an average of 11,200 vehicles a day crossing the bridge, of which 640 were heavy goods vehicles. The bridge also carries Wessbus routes 14 and 22.

The previous principal inspection was carried out on Tuesday 6 March 2018.

### 2. Summary of findings

The inspection found a marked deterioration since 2018. The Bridge Condition Index (BCI) Average score has fallen from 79 in 2018 to 61, and the BCI Critical score has fallen from 68 to 34. A BCI Critical score below 40 indicates that at least one element is in a severe condition that may affect the safety of the structure.

The most serious defect is scour at the upstream cutwater of Pier 2, where the riverbed has been eroded to a depth of 1.4 metres below the underside of the footing over a length of about 3 metres, leaving part of the foundation unsupported. In my assessment this scour was caused principally by the sustained high river flows during the flooding of January 2024, when the gauge at Tarrow Mill recorded its highest level since 2000.

The second major defect is spalling of the concrete on the underside of span 2, with exposed reinforcement showing section loss of up to 30 per cent. This is attributed to long-term chloride attack from de-icing salt washing through the failed expansion joint at the east abutment.

### 3. Schedule of defects and estimated costs

| Ref | Location | Defect | Severity (1–5) | Proposed repair | Estimated cost |
|-----|----------|--------|----------------|-----------------|----------------|
| D1 | Pier 2, upstream cutwater | Scour hole 1.4 m deep under footing, approx. 3 m long | 5 | Underpinning with mass concrete; rock armour apron | £312,000 |
| D2 | Span 2, deck soffit | Spalling; exposed reinforcement, section loss up to 30% | 4 | Concrete repair; impressed-current cathodic protection | £186,500 |
| D3 | East abutment, expansion joint | Joint failed; water and salt ingress | 3 | Replace expansion joint | £48,200 |
| D4 | North parapet, span 1 | 14 m of masonry parapet displaced outward by up to 60 mm | 3 | Take down and rebuild | £37,800 |
| D5 | East abutment, bearings | Four bearings seized and corroded | 3 | Replace four bearings | £64,000 |
| D6 | Deck waterproofing | Membrane failed over approx. 220 m² | 2 | Replace waterproofing and resurface | £29,400 |
| | | | | **Subtotal, repairs** | **£677,900** |
| | | | | Traffic management and preliminaries | £94,600 |
| | | | | Contingency (15%) | £115,875 |
| | | | | **Total estimated cost** | **£888,375** |

### 4. Recommendations

1. The bridge should be closed to all vehicular traffic with immediate effect once a diversion can be signed, and in any case no later than Monday 23 September 2024.
2. Pedestrians and cyclists dismounted may continue to use the south footway only. The north footway should be closed because of the displaced parapet (D4).
3. Repairs to Pier 2 (D1) must be completed before any other work on the deck begins. In-river work is restricted by the Environment Agency to the period from October to the end of March.
4. The estimated duration of the full programme of works is 26 weeks.
5. Monitoring points should be installed on Pier 2 and read weekly until the underpinning is complete.

### 5. Engineer's comment

"The bridge is not in imminent danger of collapse, but with part of the Pier 2 foundation unsupported I cannot recommend that it continues to carry traffic, and especially not heavy vehicles. Another winter of high flows could make matters considerably worse." — Daniel Okafor, Senior Bridge Engineer
`;

/** h689: sources/01_inspector_decision_summary.md, whole. */
const INSPECTOR_DECISION = `# Appeal Decision — Summary

**Planning Inspectorate**

**Appeal reference:** APP/W4715/W/24/3341876
**Site:** Land west of Pennock Lane, Little Marstow, Wrenfield
**Appellant:** Harcastle Homes (Midlands) Ltd
**Local planning authority:** Wrenfield District Council
**Inspector:** Catherine Pellow BA(Hons) MRTPI
**Inquiry:** opened Tuesday 4 June 2024; sat for six days; closed Thursday 13 June 2024
**Site visit:** Friday 7 June 2024 (accompanied)
**Decision date:** Thursday 12 September 2024

**Decision: The appeal is allowed and outline planning permission is granted for up to 320 dwellings, subject to the 38 conditions set out in the schedule and to the planning obligation dated Thursday 13 June 2024.**

## Background

1. The application (reference 23/01188/OUT) was for outline planning permission, with all matters reserved except access, for the erection of up to 320 dwellings, public open space, a locally equipped area of play, sustainable drainage and a new vehicular access from Pennock Lane. It was validated on Wednesday 9 August 2023.

2. The site extends to 17.6 hectares of arable farmland, classified as Grade 3b agricultural land, on the western edge of Little Marstow. It lies outside the settlement boundary defined in the Wrenfield Local Plan 2011–2031.

3. The council's officers recommended approval. The council's planning committee refused the application on Tuesday 14 November 2023 by nine votes to three, and the decision notice was issued on Wednesday 15 November 2023. The appeal was lodged on Monday 22 January 2024.

4. The council gave three reasons for refusal: (i) harm to the landscape character and rural setting of Little Marstow; (ii) highway safety at the junction of Pennock Lane and the B4390; and (iii) the lack of capacity at St Aldhelm's CE Primary School. On Thursday 16 May 2024 the council wrote to the Inspectorate to say that it would offer no evidence on the second reason, as Brackenshire County Council, the highway authority, had raised no objection to the scheme.

5. The Save Pennock Fields group, chaired by Mr Hugh Varley, took part in the inquiry as a Rule 6 party and called evidence on landscape, flooding and the neighbourhood plan. At application stage the council received 1,146 letters of objection and 23 letters of support.

## Main issues

- whether the council can demonstrate a five-year supply of deliverable housing sites;
- the effect of the development on the character and appearance of the area, including the setting of Little Marstow;
- whether the development would make adequate provision for education and other infrastructure;
- the weight to be given to the emerging Little Marstow Neighbourhood Plan.

## Housing land supply

6. The council's annual housing requirement is 612 dwellings. At the inquiry the council put its supply at 4.2 years; the appellant put it at 2.7 years. Having examined the disputed sites, I find a deliverable supply of 1,897 dwellings against a five-year requirement of 3,060, which equates to 3.1 years and a shortfall of 1,163 dwellings.

7. In the most recent monitoring year the district delivered 388 net additional dwellings, well below its requirement of 612. In my judgement "the shortfall in housing land supply is substantial and persistent, and it is not one the council has a realistic prospect of closing in the short term." The most important policies for determining the appeal are therefore out of date, and paragraph 11(d) of the National Planning Policy Framework is engaged.

## Character and appearance

8. The site is not within any valued landscape designation. The Save Pennock Fields group argued that the harm would be "severe and permanent". The council's landscape witness, Mr Owen Fairlie, described it as "significant". I do not agree with either characterisation. In my view "the harm to the landscape would be real, but it would be moderate and largely confined to views from Pennock Lane and public footpath MAR/14."

9. The illustrative masterplan keeps built development below the 85-metre contour and sets a 30-metre landscape buffer along the western boundary, with the existing hedgerow along Pennock Lane retained except at the access. Public open space would amount to 4.3 hectares, around a quarter of the site.

## Education and infrastructure

10. St Aldhelm's CE Primary School has 210 places and is currently full. The county council, as education authority, has confirmed that the contribution secured would allow the school to expand to 315 places. The third reason for refusal is therefore overcome.

11. The planning obligation secures the following:

| Obligation | Amount or provision |
|---|---|
| Affordable housing | 40% (128 homes: 83 affordable rent, 45 shared ownership) |
| Primary education (St Aldhelm's CE Primary) | £2,460,000 |
| Secondary education (Marstow Vale Academy) | £1,875,000 |
| Junction improvement, Pennock Lane / B4390 (signals) | £1,200,000 |
| Bus service 27 (half-hourly for five years) | £350,000 |
| Healthcare (Little Marstow Medical Practice) | £412,800 |
| Open space maintenance (commuted sum) | £186,000 |
| Biodiversity net gain | 12.4%, secured for 30 years |

## Flooding

11a. The group raised concerns about surface water flooding on Pennock Lane, which it said had flooded on four occasions since 2020. The Lead Local Flood Authority raised no objection. The drainage strategy would restrict run-off to 4.1 litres per second per hectare, below the greenfield rate, and I am satisfied the scheme would not increase flood risk elsewhere.

## Neighbourhood plan

12. The Little Marstow Neighbourhood Plan has completed consultation at Regulation 14 but has not been submitted for examination. It allocates land for 45 dwellings on two sites within the village. Given its early stage, "I give the emerging neighbourhood plan limited weight."

## Planning balance and conclusion

13. The provision of up to 320 homes, including 128 affordable homes, in a district with a substantial shortfall, attracts substantial weight. The economic benefits during construction and from increased local spending attract moderate weight. The landscape harm attracts moderate weight. "The adverse impacts would not significantly and demonstrably outweigh the benefits." The appeal is allowed.

## Costs

14. The appellant applied for a full award of costs. I have made a partial award against the council, limited to the expense incurred by the appellant in preparing highway evidence, because the council pursued the second reason for refusal without technical evidence to support it and withdrew it late. The application for a full award is refused.

## Conditions (selected)

- Reserved matters to be submitted within two years of the date of this decision.
- Development to be carried out in no more than three phases.
- Construction hours restricted to 8am–6pm Monday to Friday and 8am–1pm on Saturdays, with no working on Sundays or bank holidays.
- No more than 150 dwellings to be occupied before the Pennock Lane / B4390 junction improvement is completed.
- A construction traffic management plan to be approved before work starts, routing HGVs away from Church Street.
`;

/** h690: sources/interview_helen_marchbank.md, whole. */
const FOOD_BANK_INTERVIEW = `# Interview transcript — Helen Marchbank, manager, Kelsbury and District Food Bank

Recorded: Tuesday 6 May 2025, 10.15am, St Aldhelm's Church Hall, Mill Lane, Kelsbury
Interviewer: Sam Oduya, reporter, Kelsbury Echo
Also present for part of the interview: Tomasz Wójcik, warehouse coordinator
Length: 34 minutes. Transcribed by Sam Oduya; lightly edited for hesitations only.

---

SAM ODUYA: Thanks for making time. Can you start with the winter — how bad was it?

HELEN MARCHBANK: January was the hardest month we have had in eleven years of running this food bank. We gave out 1,047 parcels that month. To put that in context, when I started here in 2019 a busy month was about 500 parcels. So it has more than doubled in six years.

SAM ODUYA: Was there a single worst week?

HELEN MARCHBANK: The week beginning Monday 13 January. We did 271 parcels that week across the four sites. The Tuesday, the 14th, was the single busiest day we've ever had at Mill Lane — 68 parcels in one session. We had people queueing down to the corner of Mill Lane and Cobden Street before we opened the doors at half nine.

SAM ODUYA: Who is coming through the door now?

HELEN MARCHBANK: The people coming through the door are not the people they were five years ago. We are seeing nurses, care workers, delivery drivers, people with two jobs. Nearly half of the referrals we get now are for low income, and a lot of those are households where someone is working. Over the winter, 38 per cent of the households we saw had never used a food bank before.

SAM ODUYA: What do people tell you is driving it?

HELEN MARCHBANK: The biggest single thing people tell us about is rent. Private rents in Kelsbury have gone up faster than wages, and when the rent goes up the food budget is the thing that gives. Energy is the second thing, especially in a cold snap like we had in January. Benefit delays are still there too, but it's housing costs that have really changed in the last two years.

SAM ODUYA: How did you cope on the supply side?

HELEN MARCHBANK: Honestly, with difficulty. Donations from the public went up a little, about four per cent, but demand went up by a lot more than that. For the first time ever we had to buy pasta and tinned meat in bulk every week, because the shelves were empty by Thursday. We spent £71,200 on food last year. The year before it was £38,500. That is money that would normally go on things like debt advice sessions.

SAM ODUYA: Tomasz, you run the warehouse. What did January look like from your end?

TOMASZ WÓJCIK: We normally keep about three weeks of stock. In the middle of January we were down to four days. Tinned meat, tinned fish, UHT milk and sugar were the things that ran out first. We were doing two runs a week to the cash-and-carry in Brackenhurst.

SAM ODUYA: Let's talk about Haldens. How did the partnership come about?

HELEN MARCHBANK: Gareth Penhallow, who manages the Station Road store, rang me in the middle of February. He'd read about the queues. We had a meeting on Tuesday 11 February and the partnership started on Monday 3 March.

SAM ODUYA: What does it actually involve?

HELEN MARCHBANK: Three things. First, our van goes to the store every morning, Monday to Saturday, and collects their surplus — fruit, veg, bread, things that are close to date but perfectly good. Second, there's a permanent donation point by the tills, and Haldens matches what customers give, kilo for kilo, up to ten tonnes a year. Third, they've given us £12,500 towards a refrigerated van. At the moment we can't take anything chilled, so we turn away milk, cheese, meat. The new van changes that.

SAM ODUYA: How much difference has it made so far?

HELEN MARCHBANK: A big difference on fresh food. The Haldens partnership is not a silver bullet, but it means fresh fruit, vegetables and bread on our tables every single day. Before March, fresh food was maybe one day a week if we were lucky. What it doesn't do is reduce the number of people who need us.

SAM ODUYA: Is there a risk that a partnership like this makes food banks look like a permanent fixture?

HELEN MARCHBANK: That's the worry, and I'm grateful to Haldens, I really am. But what we need is for fewer people to need us. Food banks should not be a permanent part of the welfare state. Every parcel we hand out is a sign that something else has failed.

SAM ODUYA: What happens next?

HELEN MARCHBANK: The van costs £31,000, so we still need to raise £18,500. The Kelsbury Rotary Club has pledged £6,000 of that, which we're very grateful for. We want the van on the road before the autumn, because we know what's coming. If next winter is like this one, we are looking at 1,200 parcels in January.

SAM ODUYA: And volunteers?

HELEN MARCHBANK: We have 164 volunteers now, up from 139. We took on 31 new people in January alone after a piece in your paper. What we're short of is drivers — people who can do the morning Haldens run at half seven. We need at least six more.

SAM ODUYA: Thank you.

HELEN MARCHBANK: Thank you.

[END OF RECORDING]
`;

/** h691: sources/01_csf_performance_september_2024.md, whole. */
const FERRY_REPORT = `# Corran Sound Ferries Ltd — Monthly Service Performance Report

**Reporting period:** Sunday 1 September 2024 to Monday 30 September 2024
**Published:** Friday 11 October 2024
**Prepared by:** Gareth Pryce, Operations Director, Corran Sound Ferries Ltd
**Distribution:** Transport Directorate; Island Vessels Agency; Corran Ferry Users' Group; Ardlochan and Corran Community Council

## 1. Summary

September 2024 was the weakest month for reliability on the Ardlochan–Portnaver route since the current service contract began in April 2019. Reliability on the main route fell to 83.6%, against a contractual target of 97.0%. The principal cause was the withdrawal of the route's main vessel, MV Loch Ardenn, for unplanned repairs between Tuesday 3 September and Tuesday 17 September 2024.

## 2. Route performance, September 2024

| Route | Sailings scheduled | Sailings operated | Sailings cancelled | Reliability | Punctuality (within 10 min) | Contract target (reliability) |
|---|---|---|---|---|---|---|
| Ardlochan – Portnaver | 420 | 351 | 69 | 83.6% | 88.0% | 97.0% |
| Portnaver – Inchbeg | 240 | 228 | 12 | 95.0% | 96.5% | 97.0% |
| **All routes** | **660** | **579** | **81** | **87.7%** | **91.1%** | **97.0%** |

## 3. Cancellations by cause, September 2024

| Cause | Ardlochan – Portnaver | Portnaver – Inchbeg | Total |
|---|---|---|---|
| Technical (vessel) | 41 | 2 | 43 |
| Weather | 19 | 9 | 28 |
| Crew availability | 6 | 1 | 7 |
| Other (harbour, medical evacuation) | 3 | 0 | 3 |
| **Total** | **69** | **12** | **81** |

## 4. Carryings, September 2024 compared with September 2023

| Route | Measure | Sept 2023 | Sept 2024 | Change |
|---|---|---|---|---|
| Ardlochan – Portnaver | Passengers | 44,906 | 38,412 | −14.5% |
| Ardlochan – Portnaver | Cars | 12,215 | 9,870 | −19.2% |
| Ardlochan – Portnaver | Commercial vehicles (lane metres) | 6,340 m | 5,115 m | −19.3% |
| Portnaver – Inchbeg | Passengers | 6,011 | 6,204 | +3.2% |
| **All routes** | **Passengers** | **50,917** | **44,616** | **−12.4%** |

For comparison, in September 2023 the Ardlochan–Portnaver route operated 409 of 420 scheduled sailings (11 cancellations), a reliability of 97.4%.

## 5. Notes

1. **MV Loch Ardenn.** The vessel was withdrawn from service on Tuesday 3 September 2024 following a failure of the port-side gearbox during the 07:40 departure from Ardlochan. The vessel returned to Ardlochan at reduced speed with 143 passengers on board; no one was injured. A replacement gearbox was sourced from a supplier in the Netherlands and fitted at Ardlochan pier. The vessel returned to service on Tuesday 17 September 2024 after a successful sea trial on Monday 16 September. MV Loch Ardenn was built in 1987 and is the oldest vessel in the fleet.

2. **Relief cover.** MV Silver Wren was transferred from the Portnaver–Inchbeg route to cover the main route from Wednesday 4 September. Silver Wren carries a maximum of 18 cars and 190 passengers, compared with 52 cars and 400 passengers on MV Loch Ardenn. A reduced timetable of six return sailings a day (normally seven) operated while Silver Wren was deployed. Portnaver–Inchbeg was served by the small passenger-only launch MV Tern during this period.

3. **Weather.** 19 of the 28 weather cancellations fell between Saturday 21 September and Monday 23 September, when gusts above 55 knots were recorded at Ardlochan pier.

4. **Crew.** Six of the seven crew-related cancellations resulted from statutory hours-of-rest limits being reached during the period of extended relief working. No sailing was cancelled because of industrial action.

5. **Refunds and compensation.** 1,140 refunds were issued for cancelled or displaced bookings in September, totalling £27,360. A further 212 claims for accommodation costs under the Disrupted Travel Policy were received and are being assessed.

6. **Priority travel.** During the Loch Ardenn outage, 14 spaces on each Silver Wren sailing were held for priority traffic: medical appointments, livestock, perishable freight and essential supplies for the Portnaver Co-operative store.

## 6. Replacement vessel: MV Corran Voyager

The replacement vessel for the route, MV Corran Voyager, is being built for the Island Vessels Agency (IVA) at Kelsay Marine Engineering, Port Fintry. It will carry 60 cars and 450 passengers and use hybrid diesel-electric propulsion.

| Milestone | Contract date | Revised date (March 2024) | Revised date (October 2024) |
|---|---|---|---|
| Launch | Thursday 15 June 2023 | — (launched Wednesday 15 November 2023) | — |
| Sea trials begin | Monday 4 March 2024 | Monday 2 September 2024 | Monday 3 February 2025 |
| Delivery to IVA | Friday 31 May 2024 | Friday 31 January 2025 | Monday 30 June 2025 |
| Entry into service (estimate) | July 2024 | March 2025 | August 2025 |

The shipyard notified the IVA on Friday 4 October 2024 that delivery will slip by a further five months. CSF understands the delay relates to the completion of electrical and battery systems. CSF will require approximately four weeks after delivery for crew familiarisation and berthing trials before the vessel carries passengers.

CSF will continue to operate MV Loch Ardenn on the route until Corran Voyager is in service. The vessel's next scheduled dry-dock period is in January 2025.

*Gareth Pryce, Operations Director*
`;

describe('dates of other years and clauses, falls by a factor, bounds said, shares denied and rows of all, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"From Tuesday 1 April" in a draft is the cabinet report\'s 2025 date, not the contract\'s "Friday 1 April 2016"; "Friday 29 March" is still caught', async () => {
    const files = { 'sources/01_pennock_notice_route62.md': PENNOCK_NOTICE, 'sources/02_wexcombe_cabinet_report.md': CABINET_REPORT };
    const draft = '# Villages lose Route 62 bus\n\nVillagers are losing their bus service after Pennock Coaches announced that it will withdraw Service 62. The last buses will run on Friday 29 March, with the final journey leaving Kelsworth Bus Station for Ashcombe at 17:30. From Tuesday 1 April the route will be replaced by Brayford Connect, a pre-booked minibus service run by the charity Brayford & District Community Transport (BDCT).\n';
    const report = await checkAgainst(files, draft);
    const messages = report.findings.filter((f) => f.code === 'contradicted-claim').map((f) => f.message);
    assert.ok(!messages.some((m) => /Tuesday 1 April/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /Saturday 29 March 2025, not Friday 29 March/.test(m)), messages.join('\n'));
  });

  test('"at the end of May after the practice applied to close its branch" is no "applied on 6 January 2025"', async () => {
    const gp = judgeWith(await workspaceIndex({ 'sources/01_practice_letter_to_patients.md': GP_LETTER, 'sources/02_icb_committee_paper.md': ICB_PAPER }));
    const closure = gp('Patients in Fenby Cross are set to lose their village GP surgery at the end of May after Hartwell Vale Medical Practice applied to close its branch on Church Lane.');
    assert.deepEqual(closure.conflicts, [], why(closure));
    const applied = gp('Hartwell Vale Medical Practice applied in March to close its branch surgery at Church Lane.');
    assert.ok(applied.conflicts.some((c) => c.claim === 'March'), why(applied));
  });

  test('"almost halved" is £41.6m to £22.3m; "more than halved" is not', async () => {
    const finance = judgeWith(await workspaceIndex({ 'sources/03_finance_committee_paper.md': FINANCE_PAPER }));
    const almost = finance('Cash reserves have almost halved in a year, falling from £41.6 million to £22.3 million by 31 July 2024.');
    assert.deepEqual(almost.conflicts, [], why(almost));
    const more = finance('Cash reserves have more than halved in a year, falling from £41.6 million to £22.3 million by 31 July 2024.');
    assert.ok(more.conflicts.some((c) => c.claim === 'more than halved'), why(more));
  });

  test('"below the threshold of 40" is the report\'s "below 40"; "above the threshold of 40" is caught', async () => {
    const bridge = judgeWith(await workspaceIndex({ 'sources/01_inspection_report.md': BRIDGE_REPORT }));
    const below = bridge('Its Bridge Condition Index Critical score fell from 68 to 34, below the threshold of 40 that indicates at least one element is in a severe condition.');
    assert.deepEqual(below.conflicts, [], why(below));
    const above = bridge('Its Bridge Condition Index Critical score fell from 68 to 34, above the threshold of 40 that indicates at least one element is in a severe condition.');
    assert.ok(above.conflicts.length > 0, why(above));
  });

  test('"has yet to be submitted" is "has not been submitted"; "has been submitted" is caught', async () => {
    const appeal = judgeWith(await workspaceIndex({ 'sources/01_inspector_decision_summary.md': INSPECTOR_DECISION }));
    const pending = appeal('The plan, which has yet to be submitted for examination, allocates land for 45 homes on two sites within the village.');
    assert.deepEqual(pending.conflicts, [], why(pending));
    const submitted = appeal('The plan, which has been submitted for examination, allocates land for 45 homes on two sites within the village.');
    assert.ok(submitted.conflicts.some((c) => c.kind === 'negation'), why(submitted));
  });

  test('"38 per cent of the households we saw had never used a food bank" denies nothing of "the people now using the food bank"', async () => {
    const interview = judgeWith(await workspaceIndex({ 'sources/interview_helen_marchbank.md': FOOD_BANK_INTERVIEW }));
    const using = interview('Ms Marchbank said the people now using the food bank included nurses, care workers, delivery drivers and people with two jobs.');
    assert.deepEqual(using.conflicts, [], why(using));
    const used = interview('Ms Marchbank said 38 per cent of the households they saw had used a food bank before.');
    assert.ok(used.conflicts.some((c) => c.kind === 'negation'), why(used));
  });

  test('"on the main route fell by 14.5%" names one route, not the row "All routes"; "on all routes" is caught', async () => {
    const ferries = judgeWith(await workspaceIndex({ 'sources/01_csf_performance_september_2024.md': FERRY_REPORT }));
    const main = ferries('Passenger numbers on the main route fell by 14.5% compared with September 2023, to 38,412, while car carryings dropped by 19.2%.');
    assert.deepEqual(main.conflicts, [], why(main));
    const all = ferries('Passenger numbers on all routes fell by 14.5% compared with September 2023, to 38,412.');
    assert.ok(all.conflicts.some((c) => /All routes/.test(c.claim)), why(all));
  });
});
