/**
 * The fifty-fifth round, first part: faithful sentences shown as errors in h770–h775 (written against 054dd32), with
 * two left from the round before (h755, h761). A label with a word next to another figure of the claim names no
 * column for this one ("fall from 352 to 287, a reduction of nearly a fifth" / "Reduction (hours)"); busyness ranks no
 * length of time ("the busiest site, will lose seven hours a week"); a name of the claim's that the sentence has too,
 * with the claim's two words before it, is in its place ("from the River Wend"); the figure a rise starts from, with
 * no end given, is no rival of a level past it ("is now putting in £3.1 million" / "has risen from £2.0m"); a
 * sentence without the other end of the claim's move tells of another move ("fell from 142 to 118" / "fell from 311
 * to 304"); a street the sentences give as a building's address is that building's ("the Mill Lane premises" /
 * "Cobbleford Health Centre, Mill Lane"); a speaker of speech another reports is not the one who speaks next ("She
 * said that the ICB had concluded …. She told the committee: “…”"); a rounder figure of another clause is no figure
 * the claim gives exactly ("£12.50 …, while those in Bands 3 and 4 pay £18.75, up from £12"); a bare figure followed
 * by the words of a bare count before it is a count, not a measure ("6 to homes between five and 15 miles away and 3
 * to homes more than 15 miles away"). The fixtures are the helpers' sources, whole; the people, bodies and places are
 * invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';
import { PARKING_INTERVIEW, PARKING_PAPER, PARKING_RELEASE } from './helperSources55';

/** h770: sources/cabinet_report.md, whole. */
const LEISURE_REPORT = `# Fernleigh District Council

## Cabinet – Tuesday 14 January 2025

### Agenda item 7: Leisure Centre Opening Hours Review 2025/26

**Report of:** Sunita Valance, Head of Leisure and Culture
**Lead officer:** Mark Ellingham, Strategic Director of Place
**Cabinet member:** Councillor Helen Tranter, Cabinet Member for Communities and Leisure
**Key decision:** Yes
**Wards affected:** All

## 1. Purpose of report

1.1 This report asks Cabinet to approve reduced opening hours at the council's four leisure facilities from Monday 3 March 2025. The proposals would deliver a saving of £318,000 a year towards the council's budget gap for 2025/26.

## 2. Background

2.1 The council's Medium Term Financial Strategy, agreed by Full Council in February 2024, forecasts a budget gap of £2.1 million in 2025/26. All services have been asked to identify savings.

2.2 The council owns four leisure facilities. They are run on the council's behalf by Wyvern Community Leisure, a charitable trust, under a ten-year management contract that began on 1 April 2019.

2.3 The council's annual subsidy to the leisure contract has risen from £701,000 in 2021/22 to £952,000 in 2023/24, an increase of 35.8 per cent. The main driver has been energy: gas and electricity costs across the four sites rose by 46 per cent over the same period.

2.4 Table 1 sets out visits and subsidy at each site in 2023/24.

**Table 1: Visits and council subsidy by centre, 2023/24**

| Centre | Location | Annual visits | Council subsidy | Subsidy per visit |
|---|---|---|---|---|
| Fernleigh Leisure Centre | Fernleigh town centre | 412,000 | £298,000 | £0.72 |
| Stavely Pool | Upper Stavely | 96,500 | £241,000 | £2.50 |
| Cottingmoor Sports Centre | Cottingmoor | 138,200 | £187,000 | £1.35 |
| Brackham Swim and Fitness | Brackham | 71,300 | £226,000 | £3.17 |
| **Total** | | **718,000** | **£952,000** | **£1.33** |

2.5 Visits to Brackham Swim and Fitness fell by 9 per cent between 2022/23 and 2023/24, while visits to Fernleigh Leisure Centre rose by 4 per cent over the same period.

## 3. Proposals

3.1 Officers and Wyvern Community Leisure have reviewed usage data for every hour of opening at each site. The proposals remove the least-used hours while protecting peak sessions.

**Table 2: Weekly opening hours and annual savings by centre**

| Centre | Current weekly hours | Proposed weekly hours | Reduction (hours) | Annual saving |
|---|---|---|---|---|
| Fernleigh Leisure Centre | 98 | 91 | 7 | £41,000 |
| Stavely Pool | 84 | 63 | 21 | £92,000 |
| Cottingmoor Sports Centre | 90 | 77 | 13 | £63,000 |
| Brackham Swim and Fitness | 80 | 56 | 24 | £122,000 |
| **Total** | **352** | **287** | **65** | **£318,000** |

3.2 The main changes are:

- **Fernleigh Leisure Centre:** close at 9pm instead of 10pm, Monday to Friday; open at 8am instead of 7am on Saturday and Sunday.
- **Stavely Pool:** close at 7pm instead of 9pm, Monday to Friday; close at 1pm instead of 6.30pm on Saturday and Sunday.
- **Cottingmoor Sports Centre:** close at 8pm instead of 10pm, Monday to Friday; close at 3pm instead of 6pm on Sunday.
- **Brackham Swim and Fitness:** close between 1pm and 4pm, Monday to Friday, and close at 8pm instead of 9pm; Saturday opening extended by one hour to 8am–2pm; closed all day on Sunday (currently 8am–1pm).

3.3 Of the £318,000 saving, £204,000 comes from staffing and £114,000 from energy and utilities. The staffing reduction is equivalent to 9.5 full-time equivalent (FTE) posts. Wyvern Community Leisure expects to achieve most of this through vacant posts and reduced overtime.

3.4 No learn-to-swim lessons will be cancelled. The 46 weekly lessons at Stavely Pool and Brackham Swim and Fitness currently held after 7pm or on Sundays will be moved into the remaining opening hours.

## 4. Options considered

4.1 **Option A – do nothing.** This is not affordable within the council's budget.

4.2 **Option B – increase prices by 10 per cent at all sites.** This would raise an estimated £95,000 of additional income. This falls well short of the saving required and is not recommended as a stand-alone option.

4.3 **Option C – close Brackham Swim and Fitness permanently.** This would save the full £226,000 subsidy for the site but would incur estimated one-off decommissioning costs of £180,000, and would remove the only public swimming pool in the south of the district. Not recommended.

4.4 **Option D – reduced opening hours at all four sites (recommended).** As set out in section 3.

## 5. Consultation

5.1 A public consultation ran from Monday 4 November to Sunday 15 December 2024 and received 1,874 responses. Of these, 68.2 per cent disagreed or strongly disagreed with the proposal to reduce opening hours; 21.5 per cent agreed or strongly agreed; the remainder neither agreed nor disagreed.

5.2 The most common concern was the loss of evening swimming for working adults, raised by 612 respondents. The second most common was the effect on swimming clubs, raised by 347 respondents.

## 6. Equality impact

6.1 Older residents and disabled users mainly use daytime sessions. The afternoon closure at Brackham would affect two weekly sessions for disabled swimmers, which will be moved to morning slots.

## 7. Recommendations

7.1 That Cabinet approves Option D, to take effect from Monday 3 March 2025.

7.2 That authority is delegated to the Strategic Director of Place, in consultation with the Cabinet Member for Communities and Leisure, to agree final timetables with Wyvern Community Leisure.

## 8. Review

8.1 Usage at all four sites will be reviewed after six months of operation and a report brought back to Cabinet in October 2025.
`;

/** h771: sources/project-update.md, whole. */
const FLOOD_UPDATE = `# Ashcombe Flood Alleviation Scheme — Project Update No. 7

**Issued by:** Wend and Arle Rivers Agency, Southern Area Flood Risk Team
**Date of issue:** Tuesday 14 October 2025
**Reference:** WARA/AFAS/PU-07
**Contact:** Dr Helen Okafor, Senior Project Manager

## 1. Purpose of this update

This update sets out the revised cost and timetable for the Ashcombe Flood Alleviation Scheme (AFAS) following the agency's Stage 3 review, which was completed on Tuesday 30 September 2025. It replaces Project Update No. 6, issued in March 2025.

The scheme is designed to protect 412 homes and 96 businesses in Ashcombe-on-Wend from flooding from the River Wend. When complete it will provide a standard of protection against a flood with a 1 per cent chance of happening in any year (a "1 in 100 year" flood), including an allowance for climate change to 2075.

## 2. Summary of changes

- The estimated outturn cost of the scheme has risen from **£18.4 million** to **£27.9 million**, an increase of **£9.5 million (51.6 per cent)**.
- The original cost estimate was approved in the outline business case on Tuesday 23 March 2021.
- Completion of the full scheme is now forecast for **March 2028**, compared with **December 2025** in the original programme, a delay of 27 months.
- As at 30 September 2025, 640 metres of the planned 1.1 kilometres of new flood wall had been built.
- A funding gap of **£1.2 million** remains and is being sought from partners.

## 3. Cost changes by work package

| Work package | Original estimate (March 2021) | Revised estimate (September 2025) | Change |
|---|---|---|---|
| Flood walls, Bridge Street and Quay Lane | £7.2m | £11.6m | +£4.4m |
| Upstream storage area, Pelling Meadows | £5.1m | £7.8m | +£2.7m |
| Pumping station, Mill Lane | £2.3m | £3.9m | +£1.6m |
| Demountable barriers, Town Quay | £1.1m | £1.0m | −£0.1m |
| Design, surveys and fees | £1.6m | £2.3m | +£0.7m |
| Risk and contingency | £1.1m | £1.3m | +£0.2m |
| **Total** | **£18.4m** | **£27.9m** | **+£9.5m** |

The largest single increase is on the flood walls. The demountable barriers package is the only one to have fallen in cost, because the agency was able to buy the barrier units through a national framework contract.

## 4. Reasons for the increase and delay

**4.1 Contaminated ground at Quay Lane.** Ground investigations in autumn 2023 found contamination from the former Pritchard's tannery, which operated on the Quay Lane site until 1962. Around 14,200 tonnes of contaminated soil had to be excavated and taken to a licensed disposal site. This accounts for approximately £2.1 million of the increase in the flood walls package and added nine months to the programme.

**4.2 Construction price inflation.** Construction costs for civil engineering work have risen by about 23 per cent since the original estimate was prepared in 2021. Inflation is spread across all work packages and accounts for an estimated £3.8 million of the total increase.

**4.3 Water voles at Pelling Meadows.** Surveys in spring 2024 recorded a breeding colony of water voles, a protected species, along the Pelling Brook. A licence to relocate the colony was required from the wildlife regulator before earthworks could begin. The licence was granted after a seven-month wait, and works on the storage area may only take place between September and February each year to avoid the breeding season.

**4.4 Supplier insolvency.** The original supplier of steel sheet piles for the flood walls, Cardew Steel Products Ltd, entered administration in January 2025. A replacement supplier was found, but at a higher price, and delivery of piles was delayed by 11 weeks.

## 5. Timetable

| Milestone | Original programme | Actual or revised date |
|---|---|---|
| Planning consent | June 2022 | Thursday 16 February 2023 (actual) |
| Main contractor appointed | September 2022 | Monday 3 July 2023 (actual) — Harwood Civils Ltd |
| Flood wall construction starts | January 2023 | Monday 8 April 2024 (actual) |
| Pelling Meadows storage area complete | October 2024 | September 2026 (revised) |
| Pumping station commissioned | June 2025 | June 2027 (revised) |
| Full scheme complete | December 2025 | March 2028 (revised) |

The flood walls on Bridge Street are now expected to be finished by the end of March 2026, giving partial protection to properties in the Bridge Street area before the remainder of the scheme is complete.

## 6. Funding

| Source | Amount |
|---|---|
| Agency flood defence grant | £21.3m |
| Mid-Wendshire District Council | £3.1m |
| Southern Regional Flood and Coastal Committee (local levy) | £1.8m |
| Ashcombe Town Council | £0.5m |
| Funding still to be secured | £1.2m |
| **Total** | **£27.9m** |

The agency's grant has been increased from £14.9m in the original business case. Mid-Wendshire District Council's contribution has risen from £2.0m. The Town Council agreed on Monday 13 October 2025 to double its contribution from £0.25m to £0.5m.

## 7. Statement from the project team

Dr Helen Okafor, Senior Project Manager, said: "We fully understand the frustration of people in Ashcombe who have waited far too long for this scheme, and we are sorry for the delay."

She added: "The contamination at Quay Lane was far worse than the early surveys suggested, and we could not simply build on top of it."

Gareth Pryce, Area Flood Risk Manager for the Southern Area, said: "Every pound of the extra cost has been through independent review, and the scheme still returns more than six pounds in avoided damage for every pound spent."

The benefit-cost ratio of the scheme has fallen from 9.4 in the original business case to 6.3 at the revised cost, which remains above the agency's threshold for funding.

## 8. What happens next

- A public drop-in event will be held at the Ashcombe Corn Exchange on Saturday 25 October 2025 from 10am to 4pm.
- Work on the Pelling Meadows storage area will resume on Monday 3 November 2025.
- Temporary road closures on Quay Lane will continue until at least Tuesday 20 January 2026.
- The next project update (No. 8) is due in April 2026.
`;

/** h772: sources/panel_report_emergency_response_2024-25.md, whole. */
const POLICE_REPORT = `# Calderbyshire Police and Crime Panel

## Report to the meeting of Thursday 12 June 2025

### Agenda item 7: Emergency response performance, 2024/25

**Report author:** Dr Simon Treharne, Scrutiny and Policy Officer, Calderbyshire Police and Crime Panel
**Presented by:** Councillor Margaret Olabode-Hirst, Chair of the Panel
**Status:** Public

---

## 1. Purpose of the report

1.1 This report sets out how quickly Calderbyshire Constabulary attended emergency (Grade 1) calls in each of its five policing districts during the financial year 2024/25 (1 April 2024 to 31 March 2025). It invites the Panel to consider whether the Police and Crime Commissioner, Daniel Ferraby, should be asked to seek a recovery plan from the Chief Constable.

1.2 The figures were supplied by the Constabulary's Performance and Analysis Unit on Monday 19 May 2025 and have been checked by Panel officers against the quarterly returns published on the Commissioner's website.

## 2. Background

2.1 Calls to the Constabulary are graded according to urgency. A Grade 1 call is one where there is a risk to life, a crime in progress or a serious threat of violence.

2.2 The Constabulary's published targets are to attend Grade 1 calls within **15 minutes in urban districts** and within **20 minutes in rural districts**. The Constabulary aims to meet the relevant target for **90 per cent** of Grade 1 calls. These targets were introduced in April 2019 and have not changed since.

2.3 The force area is divided into five policing districts. Two are classed as urban (Calder Vale and Brackenham) and three as rural (Fenwick Moors, Thornley Wolds and Saltmarsh Coast). Fenwick Moors is the largest district by area, covering 612 square miles.

## 3. Key findings

3.1 No district met the 90 per cent aim in any quarter of 2024/25.

3.2 Across the force, 79.7 per cent of Grade 1 calls were attended within target during 2024/25, compared with 83.5 per cent in 2023/24.

3.3 Performance in the three rural districts was markedly worse than in the two urban districts. Taken together, the rural districts attended 66.3 per cent of Grade 1 calls within target, against 85.2 per cent in the urban districts.

3.4 Fenwick Moors recorded the weakest performance. In the fourth quarter (January to March 2025) only 58.3 per cent of Grade 1 calls there were attended within 20 minutes. This is the lowest figure recorded by any district in any quarter since the current targets were introduced in April 2019. Over the full year, Fenwick Moors attended 64.4 per cent of Grade 1 calls within target.

3.5 Performance in all three rural districts declined in every quarter of the year.

**Table 1: Percentage of Grade 1 calls attended within target, by district and quarter, 2024/25**

| District | Type | Target | Q1 (Apr–Jun 2024) | Q2 (Jul–Sep 2024) | Q3 (Oct–Dec 2024) | Q4 (Jan–Mar 2025) | Full year | Grade 1 calls, full year |
|---|---|---|---|---|---|---|---|---|
| Calder Vale | Urban | 15 min | 88.4% | 86.9% | 85.2% | 87.1% | 86.9% | 11,452 |
| Brackenham | Urban | 15 min | 84.7% | 83.0% | 81.6% | 82.9% | 83.1% | 9,038 |
| Fenwick Moors | Rural | 20 min | 71.2% | 66.5% | 61.4% | 58.3% | 64.4% | 2,914 |
| Thornley Wolds | Rural | 20 min | 69.8% | 67.1% | 63.9% | 62.2% | 65.8% | 3,387 |
| Saltmarsh Coast | Rural | 20 min | 74.5% | 70.2% | 68.8% | 66.0% | 69.9% | 2,106 |
| **Force** | | | **82.6%** | **80.4%** | **78.0%** | **77.9%** | **79.7%** | **28,897** |

**Table 2: Median time to attend Grade 1 calls (minutes:seconds), by district and quarter, 2024/25**

| District | Q1 | Q2 | Q3 | Q4 |
|---|---|---|---|---|
| Calder Vale | 9:42 | 9:55 | 10:08 | 9:51 |
| Brackenham | 10:36 | 10:50 | 11:14 | 10:58 |
| Fenwick Moors | 16:20 | 17:45 | 19:02 | 19:48 |
| Thornley Wolds | 17:05 | 17:38 | 18:26 | 18:41 |
| Saltmarsh Coast | 15:12 | 16:04 | 16:37 | 17:09 |

3.6 The median time to attend a Grade 1 call in Fenwick Moors rose by 3 minutes 28 seconds between the first and fourth quarters, from 16:20 to 19:48.

3.7 The longest single wait recorded in 2024/25 was 1 hour 47 minutes, in Fenwick Moors on Saturday 15 February 2025, in response to a report of a theft in progress at a farm near Ashby Fenwick.

## 4. Resources and demand

4.1 On 31 March 2023 the Constabulary had 142 response officers assigned to the three rural districts. On 31 March 2025 it had 118, a reduction of 24 officers (16.9 per cent). Over the same period the number of response officers in the two urban districts fell from 311 to 304.

4.2 Between midnight and 6am, Fenwick Moors is frequently covered by only four response cars. On 23 nights during the fourth quarter only three were available.

4.3 Demand has increased. Grade 1 calls from the three rural districts rose by 11.2 per cent, from 7,560 in 2023/24 to 8,407 in 2024/25.

4.4 Ashby Fenwick police station closed in October 2023. Since then, response officers covering the northern part of Fenwick Moors have been based at Harlow Cross, 14 miles away.

4.5 In February 2025 the Commissioner approved a 2025/26 budget that includes £2.4 million to fund 26 additional response officers for the rural districts.

## 5. Panel discussion and resolution

5.1 Members raised concerns about the effect of long waits on isolated communities and about the reliability of the force's estimates of arrival times given to callers.

5.2 Councillor Peter Lumb (Thornley Wolds ward) proposed, and Councillor Aisha Nwosu-Grant seconded, the following motion:

> "That this Panel asks the Police and Crime Commissioner to require the Chief Constable to produce a rural response recovery plan, with quarterly milestones, within 90 days of this meeting."

5.3 The motion was carried by 9 votes to 2, with 1 abstention. Twelve members were present.

5.4 The recovery plan is therefore due by Wednesday 10 September 2025. It will be considered at the Panel's meeting in October 2025.

## 6. Recommendations

6.1 That the Panel notes the performance set out in this report.

6.2 That the Panel asks to receive monthly Grade 1 response data for each rural district until performance returns to at least 80 per cent in each district.

*Contact: Dr Simon Treharne, Scrutiny and Policy Officer, Calderbyshire Police and Crime Panel, County Hall, Calderby.*
`;

/** h775: sources/icb_report_cobbleford_branch.md, whole. */
const SURGERY_REPORT = `# Wessingham and Dale Integrated Care Board

## Primary Care Commissioning Committee

**Meeting date:** Thursday 20 March 2025, 2pm, Board Room, Wessingham House, Allerby
**Agenda item:** 7
**Title:** Application by Thornfield Medical Practice to close the Cobbleford branch surgery
**Report author:** Simon Okafor, Head of Primary Care Contracting
**Executive sponsor:** Dr Helen Marwood, Director of Primary Care
**Status:** For decision

---

### 1. Purpose

1.1 This report asks the committee to decide an application from Thornfield Medical Practice (contract reference W84017) to close its branch surgery at Cobbleford Health Centre, Mill Lane, Cobbleford, and to consolidate all services at its main surgery at 14 Market Street, Allerby.

1.2 The practice proposes that the branch closes at the end of the working day on Tuesday 30 September 2025, the date on which the current lease expires.

### 2. Background

2.1 Thornfield Medical Practice is a partnership of three GPs: Dr Priya Nandakumar (senior partner), Dr James Holloway and Dr Ruth Ellery. The practice manager is Mrs Carol Benfield.

2.2 The practice has operated from two sites since 1998. The two sites are 6.4 miles apart by road.

2.3 The practice holds a single list. Patients are recorded against the site they normally attend. The table below sets out the position at each site.

**Table 1: Registered patients and activity by site**

| Site | Registered patients (1 Jan 2025) | Registered patients (1 Jan 2022) | Appointments, April 2023 to March 2024 | Appointments per patient per year | GP sessions per week | Nurse sessions per week |
|---|---|---|---|---|---|---|
| Allerby (Market Street, main surgery) | 9,840 | 9,310 | 52,310 | 5.32 | 34 | 22 |
| Cobbleford (Mill Lane, branch) | 3,260 | 3,410 | 12,870 | 3.95 | 8 | 6 |
| **Practice total** | **13,100** | **12,720** | **65,180** | **4.98** | **42** | **28** |

2.4 The Cobbleford site therefore accounts for 24.9 per cent of registered patients and 19.7 per cent of appointments. The number of patients recorded against Cobbleford fell by 150 between January 2022 and January 2025, while the number recorded against Allerby rose by 530.

**Table 2: Cobbleford patients by age band (1 Jan 2025)**

| Age band | Patients | Share |
|---|---|---|
| 0 to 17 | 598 | 18.3% |
| 18 to 64 | 1,784 | 54.7% |
| 65 to 74 | 466 | 14.3% |
| 75 and over | 412 | 12.6% |
| **Total** | **3,260** | **100%** |

### 3. Reasons given by the practice

3.1 **Premises.** The lease on Cobbleford Health Centre, held from Pennock Estates Ltd, expires on 30 September 2025. The landlord has offered a new ten-year lease at an annual rent of £27,000 from 1 October 2025, compared with the current £18,500. A condition survey carried out in November 2024 estimated the cost of essential works at £142,000, made up as follows:

| Item | Estimated cost |
|---|---|
| Roof replacement | £58,000 |
| Heating system replacement | £47,000 |
| Accessibility works (ramp, accessible toilet, door widening) | £37,000 |
| **Total** | **£142,000** |

3.2 Under the lease, the cost of these works would fall to the tenant.

3.3 **Workforce.** The practice has carried two salaried GP vacancies since July 2023. Both posts have been advertised repeatedly without a suitable appointment. The partners state that covering two sites with the current clinical team means that on some days the branch is staffed by a single clinician working alone.

3.4 **Commissioners' assessment.** Commissioners consider the workforce position to be the decisive factor in this application. The premises costs alone would not justify closure, as the ICB could in principle support the practice through the premises improvement grant scheme. However, there is no realistic prospect of staffing two sites safely within the next three years.

### 4. Patient engagement

4.1 The practice and the ICB ran an eight-week engagement exercise from Monday 13 January to Sunday 9 March 2025. This included two public drop-in sessions at Cobbleford Village Hall, on Tuesday 4 February and Wednesday 26 February 2025, attended by a combined total of 236 people.

4.2 A total of 1,184 responses were received:

| Response | Number | Share |
|---|---|---|
| Opposed the closure | 841 | 71.0% |
| Supported the closure | 139 | 11.7% |
| No view expressed | 204 | 17.2% |
| **Total** | **1,184** | **100%** |

4.3 Transport was the concern most frequently raised, cited by 63 per cent of respondents, followed by the needs of older and housebound patients (41 per cent) and waiting times at Allerby (29 per cent).

### 5. Travel and access

5.1 Bus route 47, operated by Dalesway Buses, links Cobbleford and Allerby. It runs hourly from Monday to Saturday and the journey takes 31 minutes. The last departure from Allerby to Cobbleford is at 6.15pm. There is no Sunday service.

5.2 According to the 2021 census, 22 per cent of households in Cobbleford do not have access to a car or van.

### 6. Mitigations

6.1 If the committee approves the application, the following conditions are proposed:

a) the practice will run a nurse and phlebotomy (blood test) clinic at Cobbleford Village Hall every Thursday, from 9.30am to 12.30pm, for a minimum of 12 months from the date of closure;

b) the practice will provide £6,000 a year to Cobbleford Community Transport to operate a volunteer car scheme for patients attending appointments in Allerby;

c) housebound patients will continue to receive home visits on the current basis;

d) Brookes Pharmacy, Mill Lane, Cobbleford, is not affected by the proposal and will remain open; the practice will continue to send prescriptions electronically to it for patients who nominate it.

6.2 Patients will not need to re-register with the practice. The practice will also offer pre-bookable Saturday morning clinics at Allerby from 8am to 12 noon.

### 7. Recommendation

7.1 The committee is asked to APPROVE the closure of the Cobbleford branch surgery with effect from 30 September 2025, subject to the conditions in section 6.

### 8. Decision (added after the meeting)

8.1 The committee approved the recommendation on Thursday 20 March 2025. Members asked that the outcome be reported to the Wessingham County Council Health Overview and Scrutiny Committee.

Simon Okafor
Head of Primary Care Contracting
`;

/** h775: sources/partners_letter_to_patients.txt, whole. */
const SURGERY_LETTER = `THORNFIELD MEDICAL PRACTICE
14 Market Street, Allerby, WS7 2HD
Branch surgery: Cobbleford Health Centre, Mill Lane, Cobbleford, WS9 4LP

Monday 13 January 2025

Dear Patient,

IMPORTANT: PROPOSED CLOSURE OF OUR COBBLEFORD BRANCH SURGERY

We are writing to tell you about a proposal that affects everyone who uses our surgery in Cobbleford.

After a great deal of thought, the partners have asked Wessingham and Dale Integrated Care Board for permission to close the Cobbleford branch surgery and to provide all of our services from our main surgery on Market Street, Allerby. If the proposal is approved, the Cobbleford surgery would close on Tuesday 30 September 2025.

We know how much the Cobbleford surgery means to the village, and this is not a decision we have taken lightly.

Why are we proposing this?

There are two main reasons.

The building. Our lease on Cobbleford Health Centre ends on 30 September 2025. Our landlord has offered a new lease, but at a rent almost half as high again as we pay now. The building also needs a new roof, a new heating system and work to make it accessible to wheelchair users. Repairs would cost around £140,000, and under the lease we would have to pay for them.

Our doctors. We have been trying to recruit two more GPs since the summer of 2023 and have not been able to fill either post. Running two buildings with the doctors we have means neither site is as safe or as reliable as it should be. On some days a single doctor or nurse is working alone in Cobbleford, which is not something we are comfortable with.

What would this mean for you?

- You would NOT need to re-register. You would remain a patient of Thornfield Medical Practice.
- About 3,300 patients who usually attend Cobbleford would be seen in Allerby instead.
- From April 2025 we will offer Saturday morning appointments in Allerby, from 8am to 12 noon, which can be booked in advance.
- Our telephone lines are open from 8am to 6.30pm, Monday to Friday.
- Housebound patients will continue to receive home visits.

Have your say

We want to hear from you before any decision is made. The engagement period runs from today, Monday 13 January, until Sunday 9 March 2025. You can complete a survey online at the practice website, pick up a paper copy from either surgery, or come to one of the drop-in sessions at Cobbleford Village Hall, which will be advertised in the surgery and in the parish newsletter.

Your views will be passed to the integrated care board, which will make the final decision.

Yours sincerely,

Dr Priya Nandakumar, Senior Partner
Dr James Holloway, Partner
Dr Ruth Ellery, Partner

On behalf of the partners and staff of Thornfield Medical Practice
`;

/** h775: sources/scrutiny_committee_minutes.md, whole. */
const SURGERY_MINUTES = `# Wessingham County Council

## Health Overview and Scrutiny Committee

### Minutes of the meeting held on Wednesday 9 April 2025 at 10am in the Council Chamber, County Hall, Allerby

**Present:** Councillor Margaret Tulley (Chair), Councillor Robert Ashdown (Vice-Chair), Councillors Derek Amos, Fiona Craddock, Imran Hussain, Pauline Keyes, Gareth Lowther, Sandra Meek, Nigel Oakes, Tom Prewett, Alison Rudd and Wendy Shaw.

**Also in attendance:** Dr Helen Marwood (Director of Primary Care, Wessingham and Dale Integrated Care Board); Simon Okafor (Head of Primary Care Contracting, Wessingham and Dale Integrated Care Board); Dr Priya Nandakumar (Senior Partner, Thornfield Medical Practice); Mrs Janet Pryor (organiser, Save Cobbleford Surgery campaign).

**Officers:** Kirsty Waldron (Democratic Services Officer); Andrew Pell (Scrutiny Support Officer).

---

### 31. Apologies for absence

There were no apologies. All twelve members of the committee were present.

### 32. Declarations of interest

Councillor Amos declared a personal interest as a patient registered with Thornfield Medical Practice. He remained in the meeting and took part in the debate and vote.

### 33. Minutes of the previous meeting

The minutes of the meeting held on Wednesday 12 March 2025 were agreed as a correct record and signed by the Chair.

### 34. Petition: Save Cobbleford Surgery

34.1 The Chair welcomed Mrs Janet Pryor, a retired district nurse and the organiser of the Save Cobbleford Surgery campaign, who presented a petition opposing the closure of the Cobbleford branch surgery.

34.2 The Democratic Services Officer confirmed that the petition contained 2,946 signatures, of which 1,812 had been collected on paper and 1,134 online. This exceeded the threshold of 1,500 signatures required for a petition to be debated by the committee under the council's petition scheme.

34.3 Mrs Pryor addressed the committee for five minutes. She said: "For many of our older residents, a six-mile trip to Allerby is not an inconvenience, it is a barrier." She said that the campaign had collected signatures at the village shop, the church and the primary school, and that many signatories were carers for older relatives.

### 35. Proposed closure of Cobbleford branch surgery (Thornfield Medical Practice)

35.1 The committee considered the report of the Wessingham and Dale Integrated Care Board's Primary Care Commissioning Committee of Thursday 20 March 2025, which had approved the closure of the Cobbleford branch surgery with effect from Tuesday 30 September 2025.

35.2 Dr Marwood introduced the report. She said that the ICB had concluded that the practice could not safely staff two sites. She told the committee: "The alternative is not a fully staffed Cobbleford surgery; the alternative is a practice stretched so thin that both sites fail."

35.3 Dr Marwood confirmed that the nurse and phlebotomy clinic at Cobbleford Village Hall would run on Thursdays from 9.30am to 12.30pm, beginning on Thursday 2 October 2025.

35.4 Dr Nandakumar said the practice had advertised its two vacant GP posts four times since June 2023. She said: "We advertised four times and did not receive a single application from a GP willing to work at Cobbleford."

35.5 Councillor Amos, the member for the Cobbleford and Wray division, said that the closure would fall hardest on older residents and those without a car. He said: "Cobbleford is being asked to absorb a cut that no town the size of Allerby would ever accept." He asked why the ICB had not used the premises improvement grant scheme. Mr Okafor replied that a grant could have addressed the building but "could not have produced two more GPs".

35.6 Councillor Keyes asked whether the volunteer car scheme would be sufficient. Mr Okafor said the £6,000 annual funding was expected to cover around 900 journeys a year, and that the ICB would review demand after six months.

35.7 Councillor Shaw asked about the bus service. Mr Okafor confirmed that route 47 ran hourly from Monday to Saturday, with the last bus from Allerby at 6.15pm and no service on Sundays. He said that the timetable was a matter for the county council as transport authority and Dalesway Buses.

### 36. Motions

36.1 **Motion 1.** It was proposed by Councillor Amos and seconded by Councillor Craddock that the committee refer the ICB's decision to the Secretary of State for Health and Social Care on the grounds that it was not in the interests of the health service in the area.

On being put to the vote: For 5; Against 6; Abstentions 1. The motion was LOST.

36.2 **Motion 2.** It was proposed by Councillor Ashdown and seconded by Councillor Hussain that the committee:

(a) request the Wessingham and Dale Integrated Care Board to report back to the committee within six months of the closure on access for Cobbleford patients, including appointment numbers, use of the volunteer car scheme and attendance at the village hall clinic; and

(b) ask the county council's Transport Policy Team to review, with Dalesway Buses, the timetable of route 47 between Cobbleford and Allerby.

On being put to the vote: For 10; Against 0; Abstentions 2. The motion was CARRIED.

36.3 Summing up, the Chair said: "This committee will hold the ICB and the practice to the promises made today."

### 37. Date of next meeting

Wednesday 11 June 2025 at 10am, County Hall, Allerby.

The meeting closed at 12.05pm.

Chair: ______________________
`;


describe('columns named by another figure, busyness, names in place, starts of moves, other moves, addresses, reported speech and rounder figures, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"fall from 352 to 287, a reduction of nearly a fifth" is no "Reduction (hours)"; "the busiest site" ranks no hours lost', async () => {
    const leisure = judgeWith(await workspaceIndex({ 'sources/cabinet_report.md': LEISURE_REPORT }));
    const hours = leisure('Across the four sites, weekly opening hours will fall from 352 to 287, a reduction of nearly a fifth.');
    assert.deepEqual(hours.conflicts, [], why(hours));
    const fewer = leisure('Across the four sites, weekly opening hours will fall from 352 to 278, a reduction of nearly a fifth.');
    assert.notEqual(fewer.verdict, 'supported', why(fewer));
    const busiest = leisure('Fernleigh Leisure Centre, the busiest site, will lose seven hours a week, closing at 9pm instead of 10pm on weekdays and opening at 8am instead of 7am at weekends.');
    assert.deepEqual(busiest.conflicts, [], why(busiest));
    const more = leisure('Fernleigh Leisure Centre, the busiest site, will lose nine hours a week, closing at 9pm instead of 10pm on weekdays and opening at 8am instead of 7am at weekends.');
    assert.notEqual(more.verdict, 'supported', why(more));
  });

  test('"from the River Wend" is in its place; "is now putting in £3.1 million" is past "has risen from £2.0m"', async () => {
    const flood = judgeWith(await workspaceIndex({ 'sources/project-update.md': FLOOD_UPDATE }));
    const river = flood('The scheme is designed to protect 412 homes and 96 businesses from the River Wend against a flood with a 1 per cent chance of happening in any year.');
    assert.deepEqual(river.conflicts, [], why(river));
    const other = flood('The scheme is designed to protect 412 homes and 96 businesses from the River Avon against a flood with a 1 per cent chance of happening in any year.');
    assert.equal(other.verdict, 'contradicted', why(other));
    const grant = flood("The agency's own grant has risen from £14.9 million to £21.3 million, while Mid-Wendshire District Council is now putting in £3.1 million.");
    assert.deepEqual(grant.conflicts, [], why(grant));
    const less = flood("The agency's own grant has risen from £14.9 million to £21.3 million, while Mid-Wendshire District Council is now putting in £1.8 million.");
    assert.equal(less.verdict, 'contradicted', why(less));
  });

  test('"fell from 142 to 118" is not the urban districts\' "fell from 311 to 304"', async () => {
    const police = judgeWith(await workspaceIndex({ 'sources/panel_report_emergency_response_2024-25.md': POLICE_REPORT }));
    const rural = police('The number of response officers in the three rural districts fell from 142 to 118 in the two years to March 2025, a loss of 24 officers, or nearly 17 per cent.');
    assert.deepEqual(rural.conflicts, [], why(rural));
    const wrong = police('The number of response officers in the three rural districts fell from 152 to 118 in the two years to March 2025, a loss of 34 officers.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('"the Mill Lane premises" are "Cobbleford Health Centre, Mill Lane"; "She told the committee" is Dr Marwood\'s, not the ICB\'s', async () => {
    const files = { 'sources/icb_report_cobbleford_branch.md': SURGERY_REPORT, 'sources/partners_letter_to_patients.txt': SURGERY_LETTER, 'sources/scrutiny_committee_minutes.md': SURGERY_MINUTES };
    const surgery = judgeWith(await workspaceIndex(files));
    const lease = surgery('The lease on the Mill Lane premises runs out on 30 September, and the landlord, Pennock Estates, has offered a new lease with the annual rent rising from £18,500 to £27,000.');
    assert.deepEqual(lease.conflicts, [], why(lease));
    const street = surgery('The lease on the Market Street premises runs out on 30 September, and the landlord, Pennock Estates, has offered a new lease with the annual rent rising from £18,500 to £27,000.');
    assert.equal(street.verdict, 'contradicted', why(street));
    const words = '"The alternative is not a fully staffed Cobbleford surgery; the alternative is a practice stretched so thin that both sites fail."';
    assert.deepEqual(await misattributions(files, `Dr Helen Marwood, the ICB's director of primary care, told councillors: ${words}`), []);
    assert.deepEqual(await misattributions(files, `Mrs Pryor told councillors: ${words}`), ['These words were said by Dr Marwood, not Mrs Pryor']);
  });

  test('"£12.50 …, while those in Bands 3 and 4 pay £18.75, up from £12" has no rounder £12.50; "£12.50 a month, up from £12" still has', async () => {
    const parking = judgeWith(await workspaceIndex({ 'sources/board_paper_item_9_2.md': PARKING_PAPER, 'sources/hcwf_press_release.txt': PARKING_RELEASE, 'sources/interview_ward_sister.md': PARKING_INTERVIEW }));
    const bands = parking('Staff in Bands 1 and 2, the lowest paid, now pay £12.50 a month instead of £8, while those in Bands 3 and 4 pay £18.75, up from £12.');
    assert.deepEqual(bands.conflicts, [], why(bands));
    const wrong = parking('Staff in Bands 1 and 2, the lowest paid, now pay £12.50 a month, up from £12.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
  });

  test('"6 to homes between five and 15 miles away and 3 to homes" counts homes; a bare figure after a measure still takes its unit', () => {
    const moved = extractValues('Of the 21 people who had moved, 12 had moved to homes within five miles of Larkmoor House, 6 to homes between five and 15 miles away and 3 to homes more than 15 miles away.');
    const three = moved.find((v) => v.text === '3');
    assert.equal(three?.unit, undefined);
    assert.equal(three?.kind, 'number');
    const tanks = extractValues('33 litres from the right tank and 28 from the left');
    assert.equal(tanks.find((v) => v.text === '28')?.unit, 'l');
  });
});
