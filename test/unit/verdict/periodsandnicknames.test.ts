/**
 * The fifty-third round, second part: faithful sentences shown as errors in h728–h733 (written against 912614c), and
 * what the round's first fixes put right or wrong in older drafts. The first few of a period are no rival of the
 * period ("the four years covered by the report" / "the first three years"); a row named only as the whole of a share
 * is not the figure's ("85 per cent of those voting"); "the lowest point of the estate" ranks no column; a move by or
 * to a bound is a move ("rose by more than 6 per cent to nearly £4.7 million"), not the landings' "fall of 0.5 per
 * cent"; "who never would have before" says they do now; a transcript's label is the initials of a nickname in
 * quotes ('Margaret "Peggy" Tolland', "PT"); a pronoun or a clause's break between two words holds a place
 * ("The jury will then retire" / "for my summing up, and you will then retire"). The fixtures are the helpers'
 * sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h728: sources/scrutiny_report_highways.md, whole. */
const POTHOLE_REPORT = `# Westmarsh County Council

## Highways and Transport Scrutiny Committee

**Meeting:** Tuesday 14 October 2025, 10.00am, Council Chamber, County Hall, Hollinbrook

**Report title:** Carriageway Defects: Repair Performance and Third-Party Claims, 2021/22 to 2024/25

**Report author:** Gareth Pellow, Head of Highways Maintenance

**Lead cabinet member:** Cllr Derek Follain, Cabinet Member for Highways and Transport

**Committee chair:** Cllr Margaret Ashdown

**Classification:** Open

---

### 1. Purpose of the report

1.1 This report sets out the council's performance in repairing potholes and other carriageway defects over the four financial years from 1 April 2021 to 31 March 2025, and the cost to the council of third-party compensation claims arising from the condition of the road network over the same period.

1.2 Members asked for this report at the committee's meeting on Monday 21 July 2025, following a rise in complaints to councillors about road conditions in the Hollinbrook and Ewesford areas.

### 2. Summary

2.1 The number of potholes reported to the council rose in each of the first three years covered by this report, peaking at 26,315 in 2023/24, before falling to 24,980 in 2024/25.

2.2 The backlog of reported but unrepaired potholes stood at 8,275 on 31 March 2025. This is 630 fewer than a year earlier, but more than two and a half times the figure of 3,140 recorded on 31 March 2022.

2.3 The proportion of Category 2 defects repaired within the council's 28-day target fell from 81.2 per cent in 2021/22 to a low of 66.9 per cent in 2023/24, recovering to 71.3 per cent in 2024/25. The council's own target is 90 per cent.

2.4 Compensation paid to road users for damage and injury caused by defects rose in every year, from £286,400 in 2021/22 to £694,800 in 2024/25. Including legal and administrative costs, the total cost of third-party claims in 2024/25 was £914,200.

### 3. Repair performance and claims by year

Table 1: Potholes and third-party claims, Westmarsh County Council, 2021/22 to 2024/25

| Financial year | Potholes reported | Potholes repaired | Category 2 repairs within 28 days | Backlog at 31 March | Claims received | Claims paid | Compensation paid | Legal and admin costs |
|---|---|---|---|---|---|---|---|---|
| 2021/22 | 18,420 | 17,950 | 81.2% | 3,140 | 1,012 | 214 | £286,400 | £141,900 |
| 2022/23 | 21,760 | 19,830 | 74.5% | 5,070 | 1,388 | 301 | £402,750 | £168,300 |
| 2023/24 | 26,315 | 22,480 | 66.9% | 8,905 | 1,746 | 389 | £571,200 | £203,650 |
| 2024/25 | 24,980 | 25,610 | 71.3% | 8,275 | 1,902 | 437 | £694,800 | £219,400 |
| **Total** | **91,475** | **85,870** | – | – | **6,048** | **1,341** | **£1,955,150** | **£733,250** |

Source: Westmarsh County Council Highways Asset Management System and Insurance and Risk Team. The backlog at 31 March 2021 was 2,670.

3.1 In 2024/25 the council repaired more potholes than were reported for the first time in the period covered by this report, which is why the backlog fell.

3.2 The number of claims received rose by 88 per cent between 2021/22 and 2024/25, from 1,012 to 1,902. The proportion of claims that resulted in a payment was broadly stable, at between 21 and 23 per cent in each year (23.0 per cent in 2024/25).

3.3 Of the 437 claims paid in 2024/25, 381 related to damage to vehicles (mostly tyres, wheels and suspension) and 56 related to personal injury, almost all involving cyclists or pedestrians. Personal injury claims accounted for £412,600 of the £694,800 compensation paid in 2024/25, although they made up only 13 per cent of claims paid.

3.4 The average payment for a vehicle damage claim in 2024/25 was £741. The average payment for a personal injury claim was £7,368.

### 4. Causes

4.1 Officers consider that the main cause of the sharp rise in defects in 2023/24 was the weather. The winter of 2023/24 was the wettest on record at the council's Ewesford weather station, with 1,214mm of rain falling between October 2023 and March 2024, combined with 41 nights of frost. Repeated freeze-thaw cycles cause water in cracks in the road surface to expand, breaking up the surface.

4.2 A secondary factor was staffing. At the peak in November 2023, nine of the council's 46 highway inspector and repair supervisor posts were vacant. By September 2025 the number of vacancies had fallen to three.

4.3 Officers also note that the condition of the network reflects a long-term shortfall in planned resurfacing. The council resurfaced 1.9 per cent of its 3,420-mile road network in 2024/25, against the 2.5 per cent a year that its 2019 Highways Asset Management Plan identified as necessary to hold the network in a steady state.

### 5. How potholes are repaired

5.1 All A and B roads are inspected monthly and other roads every six months. A pothole is treated as a defect requiring repair when it is 40mm deep or more on the carriageway.

5.2 Category 1 defects, which present an immediate danger, must be made safe within 24 hours. Category 2 defects must be repaired within 28 days.

5.3 Repairs are carried out under the council's term maintenance contract with Fenwold Surfacing Ltd, which runs until Wednesday 31 March 2027.

5.4 The average cost of a pothole repair in 2024/25 was £74 where it was carried out as part of a planned patching programme, compared with £118 for a reactive, one-off repair. Officers estimate that clearing the current backlog would cost £4.6 million.

### 6. Finance

6.1 The council's highways maintenance revenue and capital budget for 2025/26 is £31.2 million, of which £5.8 million is allocated to pothole and patching work.

6.2 The council received a one-off additional road maintenance grant of £2.1 million from central government in 2025/26. This has been allocated to planned patching on 38 roads identified as having the highest defect rates, including Millbeck Road, Hollinbrook, and Tanner's Hill, Ewesford.

6.3 Third-party claims are met from the council's self-insurance fund up to £250,000 per claim. The balance of the fund at 31 March 2025 was £1.36 million, down from £2.02 million a year earlier.

### 7. Recommendations

7.1 That the committee notes the council's performance in repairing carriageway defects and the rising cost of third-party claims.

7.2 That the committee recommends to Cabinet that an additional £1.5 million be allocated from reserves in 2025/26 to a "find and fix" patching programme, with the aim of reducing the backlog to below 5,000 by 31 March 2026.

7.3 That the committee asks officers to report back on progress at its meeting on Wednesday 5 November 2025.

---

### Addendum: Decision of the committee (added after the meeting by Sarah Quayle, Democratic Services Officer)

The committee considered the report at its meeting on Tuesday 14 October 2025. Gareth Pellow presented the report. Cllr Derek Follain attended and answered questions.

Recommendation 7.1 was noted.

Recommendation 7.2 was agreed by seven votes to two, with one abstention. Cllr Paul Brindley and Cllr Yvonne Castleton voted against, saying the sum was too small; Cllr Hugh Metcalfe abstained.

Recommendation 7.3 was agreed unanimously.

During the discussion, Cllr Follain said: "We are not going to pretend the roads are where we want them to be, but the backlog is finally coming down."

Cllr Ashdown said: "Every pound we spend on compensation is a pound we have not spent on fixing the road in the first place."

Cllr Brindley said: "One and a half million pounds will barely touch a £4.6 million backlog."
`;

/** h729: sources/masa_ballot_statement.html, whole. */
const BALLOT_STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>MASA members vote for strike action over music closure</title>
</head>
<body>
<header>
<p>Marlbridge Academic Staff Association (MASA) — University of Marlbridge branch</p>
<p>For immediate release: Monday 31 March 2025</p>
</header>
<article>
<h1>MASA members vote for strike action over music closure</h1>

<p>Members of the Marlbridge Academic Staff Association at the University of Marlbridge have voted overwhelmingly for industrial action in protest at management's plan to close the Department of Music.</p>

<p>More than six in ten eligible members took part in the ballot, and 85 per cent of those voting backed strikes. The turnout comfortably clears the legal threshold of 50 per cent.</p>

<p>The ballot, which was open to all MASA members across the university, opened on Monday 10 March and closed at noon on Friday 28 March 2025.</p>

<h2>Ballot results</h2>

<table>
<thead>
<tr><th></th><th>Number</th><th>Per cent</th></tr>
</thead>
<tbody>
<tr><td>Members eligible to vote</td><td>412</td><td></td></tr>
<tr><td>Votes cast</td><td>253</td><td>61.4% turnout</td></tr>
<tr><td colspan="3"><strong>Question 1: Are you prepared to take part in strike action?</strong></td></tr>
<tr><td>Yes</td><td>214</td><td>84.6%</td></tr>
<tr><td>No</td><td>39</td><td>15.4%</td></tr>
<tr><td colspan="3"><strong>Question 2: Are you prepared to take part in action short of a strike?</strong></td></tr>
<tr><td>Yes</td><td>231</td><td>91.3%</td></tr>
<tr><td>No</td><td>22</td><td>8.7%</td></tr>
</tbody>
</table>

<h2>What members said</h2>

<p>Branch president Dr Keith Olasunde said: "This is a clear mandate. Management have been told in no uncertain terms that staff will not stand by while a sixty-year-old department is dismantled on the strength of a single spreadsheet."</p>

<p>Branch secretary Maureen Featherstone said: "We remain open to talks, but talks have to mean something. Members want the proposal withdrawn, not tweaked."</p>

<h2>Our demands</h2>

<p>MASA is calling on the university to:</p>
<ul>
<li>withdraw paper SEN/25/014 and the proposal to close the Department of Music;</li>
<li>publish the full financial modelling behind the proposal, including central cost charges;</li>
<li>guarantee that there will be no compulsory redundancies.</li>
</ul>

<p>The branch committee will meet after the Senate meeting on Wednesday 9 April to decide on dates for action. Members will be given at least 14 days' notice of any strike, as the law requires.</p>

<p>Contact: MASA branch office, Room G14, Whitlock House, Fenwick Road, Marlbridge.</p>
</article>
</body>
</html>
`;

/** h730: sources/nfra_flood_incident_report.md, whole. */
const FLOOD_REPORT = `# National Flood and Rivers Agency — Flood Incident Report

**Reference:** FIR/FW/2024/0317
**Location:** Larkhill Fields estate, Wenbury, Fernshire
**Event date:** Wednesday 13 November 2024 to Thursday 14 November 2024
**Report date:** Friday 6 December 2024
**Author:** Dr Miriam Tallis, Area Flood Risk Manager (Fernshire and Wold Area)
**Reviewed by:** Owen Prideaux, Senior Hydrologist
**Status:** Final

## 1. Summary

On the evening of Wednesday 13 November 2024, intense rainfall fell on the Sallow Brook catchment to the north of Wenbury. Surface water flooding affected the Larkhill Fields estate, a development of 212 homes completed in phases between 2021 and 2023 by Hollins & Petch Homes Ltd.

In total, 37 properties were flooded internally and a further 58 properties suffered external flooding only (gardens, driveways, garages and outbuildings). No injuries were reported. Twenty-three households were evacuated overnight to Wenbury Community Hall on St Aldhelm's Road.

The Agency's investigation found that the primary cause of flooding was the failure of the estate's surface water attenuation pond to discharge. The pond's 450 mm outfall pipe was found to be approximately 70 per cent obstructed by construction debris, including geotextile membrane and crushed hardcore. A secondary factor was the accumulation of silt in the pond, which reduced its usable storage by an estimated 18 per cent.

The rainfall was intense but not exceptional in design terms. The Agency estimates its return period at approximately 1 in 30 years. The estate's drainage system was designed to accommodate a 1 in 100-year event with a 40 per cent allowance for climate change.

## 2. Rainfall and river levels

| Measure | Value | Gauge / source |
|---|---|---|
| Total rainfall, 18:00 Wed 13 Nov to 00:00 Thu 14 Nov | 41.6 mm | Wenbury Mill rain gauge |
| Peak hourly intensity | 14.2 mm/hour (at 21:15) | Wenbury Mill rain gauge |
| November long-term average (whole month) | 78.0 mm | Wenbury Mill, 1991–2020 |
| Peak level, Sallow Brook | 2.84 m (at 23:30) | Copsey Lane gauge |
| Typical winter level, Sallow Brook | 2.23 m | Copsey Lane gauge |
| Estimated rainfall return period | approx. 1 in 30 years | NFRA analysis |

The six-hour total of 41.6 mm amounted to just over half (53 per cent) of the long-term November average for the gauge.

Sallow Brook rose 0.61 m above its typical winter level but remained within its banks throughout the event. The Agency is satisfied that the brook did not overtop at any point and that river flooding was not a cause of the flooding on the estate. However, high levels in the brook did slow discharge from the pond's outfall once the flap valve at the headwall was partly submerged from about 23:00.

## 3. Timeline of the incident

All times are Greenwich Mean Time.

| Date and time | Event |
|---|---|
| Wed 13 Nov, 16:45 | National Weather Bureau yellow rainfall warning in force for Fernshire (issued Tuesday 12 November). |
| Wed 13 Nov, 19:10 | NFRA issues Flood Alert for Sallow Brook and tributaries. |
| Wed 13 Nov, 21:15 | Peak rainfall intensity recorded at Wenbury Mill (14.2 mm/hour). |
| Wed 13 Nov, 21:40 | First report of flooding received on the NFRA Floodline from a resident of Kestrel Way. |
| Wed 13 Nov, 22:05 | Fernshire Fire and Rescue Service crews arrive at Larkhill Fields. |
| Wed 13 Nov, 22:20 | NFRA issues Flood Warning for Larkhill Fields and Copsey Lane. |
| Wed 13 Nov, 22:50 | NFRA duty officer arrives on site. |
| Wed 13 Nov, 23:10 | Fernshire District Council opens rest centre at Wenbury Community Hall. |
| Wed 13 Nov, 23:30 | Sallow Brook peaks at 2.84 m at Copsey Lane. |
| Thu 14 Nov, 01:15 | High-volume pumping begins from the attenuation pond to Sallow Brook (two pumps, Fernshire Fire and Rescue Service). |
| Thu 14 Nov, 04:30 | Floodwater recedes from all roads on the estate. |
| Thu 14 Nov, 09:00 | Flood Warning downgraded to Flood Alert. |
| Fri 15 Nov, 14:00 | Flood Alert removed. |
| Mon 18 Nov | NFRA and Hollins & Petch Homes carry out joint CCTV survey of the outfall pipe. |

## 4. Properties affected

| Street | Internal flooding | External flooding only | Maximum recorded internal depth |
|---|---|---|---|
| Plover Close | 16 | 9 | 0.42 m |
| Kestrel Way | 12 | 21 | 0.27 m |
| Heron Drive | 7 | 18 | 0.19 m |
| Curlew Mews | 2 | 10 | 0.08 m |
| **Total** | **37** | **58** | — |

The greatest depth of internal flooding, 0.42 m, was recorded at a property on Plover Close, which lies at the lowest point of the estate, next to the attenuation pond. Kestrel Way was impassable to vehicles between approximately 21:50 and 03:45.

## 5. Investigation findings

5.1 The attenuation pond was designed to store 3,400 cubic metres of surface water and release it to Sallow Brook at a controlled rate of no more than 28 litres per second.

5.2 A topographic survey on Friday 22 November found silt deposits across the base of the pond. The Agency estimates that usable storage had been reduced by about 18 per cent, to roughly 2,790 cubic metres.

5.3 The CCTV survey on Monday 18 November found that the 450 mm outfall pipe was approximately 70 per cent obstructed at a point 14 metres from the headwall. The material recovered included geotextile membrane, crushed hardcore and timber offcuts consistent with construction activity.

5.4 The flap valve at the outfall headwall was found to be seized in a partly closed position. It had not been inspected since September 2023, when grounds maintenance of the pond surrounds was handed over to Larkhill Fields Management Company Ltd.

5.5 The estate's surface water drainage has not been adopted by the local water company, Fernbourne Water. Responsibility for its maintenance currently rests with Hollins & Petch Homes under the terms of its drainage adoption agreement with Fernbourne Water, pending adoption.

5.6 The Agency found no evidence that the drainage system was inadequately designed. The failure was one of construction quality and maintenance, not of design capacity.

## 6. Recommendations

1. The outfall pipe should be cleared and inspected along its full length, and relined where damaged.
2. The flap valve should be replaced and placed on a quarterly inspection schedule.
3. Silt should be removed from the attenuation pond to restore its design capacity.
4. A water-level sensor with remote alarm should be installed in the pond.
5. Hollins & Petch Homes and Fernbourne Water should agree a timetable for adoption of the drainage system.
6. Fernshire District Council should consider whether planning condition 14 (drainage maintenance plan) has been complied with.

## 7. Statement by the author

Dr Miriam Tallis said: "This was a serious flood that caused real distress to dozens of families. Our investigation is clear that the rainfall, while heavy, was well within what this drainage system should have coped with. The pond could not drain because its outfall was blocked, and that blockage should never have been there."

Owen Prideaux, Senior Hydrologist, added: "Had the outfall been running freely, our modelling suggests that internal flooding would have been limited to a handful of properties at most, and quite possibly none."
`;

/** h731: sources/annual_report_extract.md, whole. */
const HARBOUR_REPORT = `# Polgarrow Harbour Commissioners — Annual Report 2024–25 (extract)

*Year ended Monday 31 March 2025. Published by the Commissioners at the Harbour Office, Quay Street, Polgarrow.*

## Chair's foreword

This has been a year of preparation for the biggest investment in Polgarrow Harbour since the North Quay was rebuilt in 1987. On Tuesday 19 November 2024 the Commissioners signed a contract with Trelawn Cold Systems Ltd, of the Penhallow Industrial Estate, to design, build and commission an ice plant in the former net loft on North Quay. The total cost of the project is £1,240,000. The Coastal Fisheries Renewal Fund has offered a grant of £868,000, which is 70 per cent of the cost, and the Commissioners will meet the remaining £372,000 from reserves.

For as long as anyone can remember, Polgarrow skippers have had to drive to St Elwyn, 19 miles along the coast road, to buy ice. That is a 38-mile round trip before a boat has even left the harbour. The new plant will end that.

I want to thank our harbour master, Captain Alan Voss, and our clerk and finance officer, Helen Carbis, for their work on the grant application, and my fellow Commissioners for their support.

Margaret Pendry, Chair

## Harbour master's report

At 31 March 2025 there were 31 fishing vessels registered to Polgarrow, compared with 34 a year earlier. Of these, 22 are under 10 metres in length and 9 are 10 metres or over. Three under-10-metre boats left the fleet during the year: two were sold out of the port and one was decommissioned.

The Commissioners estimate that 112 people are employed in catching at Polgarrow, full-time or part-time, down from 118 in 2023–24.

Total landings were almost unchanged at 1,552 tonnes, against 1,560 tonnes the previous year, a fall of 0.5 per cent. The first-sale value of landings rose by 6.2 per cent, from £4,412,000 to £4,686,000, largely because of higher prices for shellfish and a strong year for king scallops.

Mackerel landings fell for the second year running, by 10.5 per cent, which skippers attribute to the shoals staying further offshore in late summer. King scallop landings rose by 20.5 per cent, the largest increase of any species.

Captain Alan Voss, Harbour Master

### Table 1: Landings at Polgarrow by species

| Species | 2023–24 (tonnes) | 2024–25 (tonnes) | Change | First-sale value 2024–25 |
|---|---:|---:|---:|---:|
| Mackerel | 612 | 548 | −10.5% | £822,000 |
| Brown crab | 385 | 410 | +6.5% | £902,000 |
| Lobster | 41 | 38 | −7.3% | £912,000 |
| Monkfish | 96 | 104 | +8.3% | £572,000 |
| Pollack | 74 | 69 | −6.8% | £276,000 |
| King scallops | 220 | 265 | +20.5% | £848,000 |
| Other species | 132 | 118 | −10.6% | £354,000 |
| **Total** | **1,560** | **1,552** | **−0.5%** | **£4,686,000** |

Lobster, at under 3 per cent of landings by weight, accounted for almost a fifth of first-sale value.

## Finance

### Table 2: Income 2024–25

| Source | Amount |
|---|---:|
| Berthing and mooring fees | £402,600 |
| Car park | £188,900 |
| Landing dues (2.5% of first-sale value) | £117,150 |
| Other income (rents, slipway, fuel sales margin) | £309,750 |
| **Total income** | **£1,018,400** |

Total expenditure was £962,300, giving a surplus for the year of £56,100.

Landing dues have been charged at 2.5 per cent of first-sale value since April 2016 and have not been increased since.

General reserves stood at £610,000 at 31 March 2025. Of this, £372,000 is committed to the ice plant, leaving uncommitted reserves of £238,000. The Commissioners' reserves policy is to hold uncommitted reserves equal to at least six months' expenditure, roughly £480,000 at current levels. The clerk has advised that reserves will therefore be below the policy level for at least three years unless income is increased.

## Ice plant: project summary

- Contractor: Trelawn Cold Systems Ltd
- Location: former net loft, North Quay
- Output: up to 18 tonnes of flake ice per day
- Storage: insulated ice store holding 60 tonnes
- Estimated running costs: £48,000 a year (electricity £31,000; maintenance £11,000; staffing £6,000)
- Expected completion: May 2025
- Funding: Coastal Fisheries Renewal Fund grant £868,000 (70 per cent); Commissioners' reserves £372,000 (30 per cent)
`;

/** h732: sources/volunteer_interview_transcript.txt, whole. */
const HOSPICE_INTERVIEW = `KETTLESFORD COURIER — INTERVIEW TRANSCRIPT
Interviewee: Margaret "Peggy" Tolland, 71, volunteer, Ashcombe Vale Hospice
Interviewer: Sam Okafor, health reporter, Kettlesford Courier
Date: Friday 19 July 2024
Time: 10.40am to 11.15am
Place: Interviewee's home, Brindle Lane, Upper Haddow
Recorded with consent. Transcribed by S. Okafor. Lightly edited for repetition.

SO: Thanks for seeing me, Mrs Tolland. Can you start by telling me how long you've volunteered at Ashcombe Vale?

PT: Peggy, please. Fourteen years this September. I started in the shop on Kettlesford High Street, the one next to the Co-op, and I still do two mornings a week there, Tuesdays and Thursdays. And on Saturday afternoons I do the tea trolley on Willow Ward.

SO: What made you start?

PT: My husband Derek died there in 2010. He was on Willow Ward for nine days. He was a bus driver for thirty-one years, never had a day off sick, and then the cancer came and that was that. The nurses were just wonderful to him, and to me. After he'd gone I didn't know what to do with myself, and one of the nurses, Bernie, she said, "Come and help us, Peggy." So I did.

SO: When did you hear about the beds closing?

PT: On the Wednesday. They called all the volunteers to a meeting in the day centre at six o'clock, the evening after the trustees met. There must have been forty of us there, maybe more. Dr Marchbanks told us herself. She didn't hide anything, I'll give her that. She said six beds would go from the second of September.

SO: How did people react?

PT: There were a lot of tears. Some of the ward volunteers were very upset. One lady, she's done the flowers on the ward for years, she said, "What are we all doing it for, then?" And I understand that, I do. But I said to her afterwards, it's not the staff's fault and it's not our fault. You can't run a hospice on goodwill and jumble.

SO: The hospice says the shops had a record year. Is that how it felt?

PT: Oh, we've been rushed off our feet. Since everything went up in price, people are buying second-hand who never would have before. Young mums, students, people you'd not expect. Our shop took more in the week before Christmas than I've ever known. So it's not that people don't care. It's that the big money has gone. The wills, the big donations. People haven't got it to give.

SO: Did you give to the Every Moment Counts appeal?

PT: I did, and I did the sponsored silence in the shop with the girls in November, which, believe me, was harder than it sounds. We raised three hundred and twelve pounds. But you can see why it didn't get there. Seven hundred and fifty thousand is a lot of coffee mornings.

SO: What do you think of the decision itself?

PT: I think it's heartbreaking, and I think it's wrong that it's come to this. But I don't blame the hospice. I blame the NHS, or the government, whoever it is that decides. The hospice is doing the NHS's job for it and getting a third of the money. If Derek had been in the General for those nine days, it would've cost them a fortune. That's what I'd say to them.

SO: Are you worried about what it means for families?

PT: Of course. Twelve beds for the whole of Northmoor. There'll be people who want to come in and can't. Dr Marchbanks said they'd put more nurses into the Hospice at Home, and I know that's what a lot of people want, to be in their own bed. Derek wanted to be at home, really. But we had the stairs and I couldn't lift him. Not everybody can be looked after at home, and that's the truth of it.

SO: Are you planning to do anything about it?

PT: I am. I've organised a sponsored walk, Saturday the fourteenth of September, from the hospice at Orchard Rise up to Haddow Beacon and back. It's about eight miles. We're hoping for a hundred walkers and I've set a target of five thousand pounds. I know that won't reopen a bed on its own. But if every village did something, well.

SO: Will you keep volunteering?

PT: Till they carry me out. Sorry, that's a terrible joke for a hospice. But yes. I'm not going anywhere. The day I stop is the day they've got one less pair of hands, and they can't afford that now, can they?

SO: Anything else you'd like to say?

PT: Just that people shouldn't give up on the place. I've heard people in the shop saying, "Oh, it's closing." It's not closing. It's six beds, and they say it's temporary. I'm holding them to that. I want to see those beds open again before I need one myself.

[END OF RECORDING 11.15am]

Reporter's notes (S. Okafor): Mrs Tolland confirmed spelling of her name and agreed to be photographed in the High Street shop on Tuesday 23 July. She asked that the ward flower volunteer not be named. Walk details to be confirmed with hospice fundraising team (contact: Jas Dhillon, community fundraising officer).
`;

/** h298: sources/inquest_transcript_day2.txt, whole. */
const INQUEST_DAY_TWO = `WESTBRIDGE CORONER'S COURT
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

CORONER: For the jury, an ACCT is the Assessment, Care in Custody and Teamwork plan used for prisoners at risk of self-harm. Mr Whitlock, had you been trained in ACCT?

WHITLOCK: I did the training in 2019. I was due a refresher and it had not been booked.

LOWE: What happened at 6:42am?

WHITLOCK: I was doing the morning roll count. I looked through the observation panel of C2-14 and could not see Mr Tennant in his bed. I called a code blue and went in with Officer Harrop. We started CPR straight away. Paramedics arrived at 6:58am and they confirmed he had died at 7:25am.

CORONER: Between the cell bell at midnight and 6:42am, did anyone look into the cell?

WHITLOCK: There was a roll check at 2am that I did from the landing. I looked through the panel and I saw a shape in the bed. I now know I cannot say for sure it was him. I have thought about that every day since.

CORONER: Thank you, Mr Whitlock. That must be hard to say. Mr Pike, any questions?

PIKE: Just one. Mr Whitlock, have staffing levels changed since March?

WHITLOCK: Yes. We now have three officers most nights. It is better.

[The witness withdrew. Short adjournment 11:20am to 11:35am]

CORONER: Our next witness is Ms Desai. Please take the affirmation.

[The witness affirmed]

DESAI: My name is Priya Desai. I am a registered mental health nurse employed by Calderwood Health Services, which holds the healthcare contract at HMP Ashcombe. I have worked there for three years.

CORONER: When did you first see Mr Tennant?

DESAI: I assessed him on Monday 24 February, three days after he arrived on 21 February. He told me he had been on sertraline, an antidepressant, in the community. He was low in mood. I supported opening the ACCT that day.

REEVE: And when did you see him last?

DESAI: Friday 7 March, at the medication hatch. He had missed three of his five doses that week. I recorded that, and I made a referral to the mental health in-reach team.

REEVE: When would the in-reach team have seen him?

DESAI: The referral was marked routine. Routine referrals at that time were being seen within about 15 working days. We had two nurses out of an establishment of five on the in-reach team.

LOWE: Ms Desai, did you know the ACCT had been closed on 3 March?

DESAI: No. I was not invited to the case review that closed it. I would have said it was too early. He had missed his medication and his mood had not lifted.

LOWE: Was anyone from healthcare at that review?

DESAI: My understanding is that nobody from healthcare attended. It was chaired by a supervising officer.

CORONER: Was a post-closure review planned?

DESAI: Yes, for Monday 10 March. He died the day before.

LOWE: Looking back, what would you have done differently?

DESAI: I would have made the referral urgent, not routine. I said to my manager at the time, "He is a man who is quietly disappearing." I should have acted on my own words.

CORONER: Thank you, Ms Desai. Members of the jury, that completes the evidence for today. Tomorrow we will hear from the prison's Head of Safety, Mr Colin Barraclough, and from the investigator from the Prisons Ombudsman, Mr Simon Akers. I expect the evidence to finish on Friday. The inquest will resume on Monday 20 October for my summing up, and you will then retire to consider your conclusions.

[Hearing adjourned at 12:48pm]
`;

/** h380: sources/ferraby_statement_2024-03-18.html, whole. */
const ROADWORKS_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ferraby Rail Systems — Statement on the Eastway Tram Line</title>
</head>
<body>
<header>
<p>Ferraby Rail Systems Ltd — Media Centre</p>
<p>For immediate release: Monday 18 March 2024</p>
</header>
<article>
<h1>Ferraby Rail Systems statement on the Eastway Tram Line programme</h1>

<p>Ferraby Rail Systems Ltd, the main civil engineering and track contractor for the Eastway Tram Line in Calderbridge, today responded to the revised programme and cost forecast published by the Calderbridge Regional Transport Authority (CRTA) and noted by its Board on Thursday 14 March.</p>

<p>Ferraby confirms that it has agreed to contribute £16 million towards the increased cost of the project under the pain/gain share mechanism in its contract. The company said that this contribution reflects its share of cost increases under the contract terms and is not an admission of fault.</p>

<p>Daniel Okafor, Chief Executive of Ferraby Rail Systems, said: "We have never hidden from our responsibilities on Eastway, but the record must reflect that much of the delay was found underground, not created by us. Nobody could have priced for a sewer that was on no map."</p>

<p>Ferraby maintains that at least 11 weeks of delay were caused by late design information supplied by the CRTA in 2022, and has referred the matter to adjudication. The company expects a decision by the end of June 2024.</p>

<h2>Progress on site</h2>

<p>As of Friday 15 March 2024, Ferraby reports the following progress:</p>

<table>
<thead>
<tr><th>Work package</th><th>Complete</th><th>Total</th><th>Per cent</th></tr>
</thead>
<tbody>
<tr><td>Track laid (km)</td><td>9.9</td><td>11.4</td><td>87%</td></tr>
<tr><td>Stops structurally complete</td><td>13</td><td>16</td><td>81%</td></tr>
<tr><td>Overhead line energised (km)</td><td>6.1</td><td>11.4</td><td>54%</td></tr>
<tr><td>Bridges and structures complete</td><td>5</td><td>7</td><td>71%</td></tr>
</tbody>
</table>

<p>Since work began in October 2021, the project has involved more than 1.2 million hours worked. The site workforce peaked at 640 people in the summer of 2023 and currently stands at around 480.</p>

<p>Ferraby notes that the signalling and tram control systems are being delivered by its subcontractor, Holmgate Signalling. Holmgate replaced its interlocking software supplier in January 2024, and Ferraby said it is working closely with Holmgate and the CRTA to meet the November 2024 commissioning date.</p>

<h2>Marlow Road</h2>

<p>The remaining 1.5 km of track to be laid is concentrated on Marlow Road, between Ashby Street and the Hatherley Lane interchange. From Monday 8 April 2024, Ferraby will move to seven-day working on this section.</p>

<p>Claire Denholm, Ferraby's Eastway Contract Director, said: "Our teams will be working seven days a week on Marlow Road from April to get the final section of track in by the summer. We know how hard the last eighteen months have been for traders there, and we want the barriers gone as quickly as safely possible."</p>

<p>Ferraby will also fund a dedicated traders' liaison officer for Marlow Road until the road fully reopens, and will hold a drop-in session for businesses at St Luke's Church Hall on Tuesday 26 March 2024 from 4pm to 7pm.</p>

<h2>About Ferraby Rail Systems</h2>

<p>Ferraby Rail Systems Ltd is a rail infrastructure contractor based in Leeford, employing around 2,300 people. It has delivered tram and light rail works in six UK cities.</p>

<p>Media enquiries: press@ferraby-rail.example</p>
</article>
</body>
</html>
`;

/** h345: sources/inspection_summary.html, whole. */
const SAFEGUARDING_INSPECTION = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Inspection of Brackenmoor Borough Council children's services - Summary of findings</title>
</head>
<body>
<header>
<p>National Inspectorate for Children's Care (NICC)</p>
<h1>Inspection of Brackenmoor Borough Council children's services</h1>
<p>Inspection dates: Monday 3 March 2025 to Friday 14 March 2025</p>
<p>Report published: Tuesday 22 April 2025</p>
<p>Lead inspector: Helen Ashworth, Senior Inspector, National Inspectorate for Children's Care</p>
</header>

<section id="judgements">
<h2>Judgements</h2>
<table border="1">
<thead>
<tr><th>Judgement area</th><th>Grade</th></tr>
</thead>
<tbody>
<tr><td>The impact of leaders on social work practice with children and families</td><td>Inadequate</td></tr>
<tr><td>The experiences and progress of children who need help and protection</td><td>Inadequate</td></tr>
<tr><td>The experiences and progress of children in care</td><td>Requires improvement to be good</td></tr>
<tr><td>The experiences and progress of care leavers</td><td>Requires improvement to be good</td></tr>
<tr><td><strong>Overall effectiveness</strong></td><td><strong>Inadequate</strong></td></tr>
</tbody>
</table>
<p>At the previous full inspection, in October 2021, Brackenmoor's children's services were judged to require improvement to be good.</p>
</section>

<section id="summary">
<h2>Summary of findings</h2>
<p>Since the last inspection, services for children in need of help and protection in Brackenmoor have seriously declined. The council's front door, the Multi-Agency Safeguarding Hub (MASH) based at Calder House in Brackenmoor town centre, is overwhelmed by demand. Contacts and referrals rose by 14% in the year to March 2025, but the number of qualified staff working in the hub fell over the same period.</p>
<p>Inspectors found that 412 children were waiting for an assessment to begin at the time of the inspection. Some children waited up to nine working days for a strategy discussion after concerns about significant harm had been raised. In a small number of cases, children were left in situations of risk without any visit from a social worker for several weeks.</p>
<p>"Too many children in Brackenmoor are left in situations of harm for too long because the front door is overwhelmed," said Helen Ashworth, the lead inspector. "Leaders have not had a clear enough grip on the quality of frontline practice."</p>

<h3>Leadership and workforce</h3>
<p>The service has had three directors of children's services in the past 18 months. The current interim director, Paul Denholm, took up his post in January 2025. Inspectors found that senior leaders and elected members did not have an accurate understanding of the quality of practice. Performance reports presented to councillors were overly optimistic and did not reflect what inspectors found when they looked at children's records.</p>
<p>Workforce instability is a major factor. Some 38% of social workers are employed through agencies, compared with a national average of around 18%. Average caseloads in the assessment teams stand at 27 children per social worker. Many children have experienced several changes of social worker, meaning they have to retell their stories repeatedly.</p>

<h3>Children in care and care leavers</h3>
<p>Most children in care live in stable homes and are well cared for by their carers. However, 61 children in care had not been visited by a social worker within statutory timescales, and the quality of care plans is too variable. Foster carers told inspectors they often struggle to contact a social worker out of office hours.</p>
<p>Care leavers generally benefit from committed personal advisers, and 64% of care leavers aged 19 to 21 are in education, employment or training. Too few care leavers, however, are living in suitable accommodation.</p>
</section>

<section id="data">
<h2>Key data at the time of inspection</h2>
<table border="1">
<thead>
<tr><th>Measure</th><th>Brackenmoor</th><th>National average</th></tr>
</thead>
<tbody>
<tr><td>Children in care</td><td>486</td><td>-</td></tr>
<tr><td>Children subject to a child protection plan</td><td>329</td><td>-</td></tr>
<tr><td>Children waiting for an assessment to start</td><td>412</td><td>-</td></tr>
<tr><td>Agency social workers</td><td>38%</td><td>18%</td></tr>
<tr><td>Average caseload (assessment teams)</td><td>27</td><td>17</td></tr>
<tr><td>Care leavers (19-21) in education, employment or training</td><td>64%</td><td>56%</td></tr>
</tbody>
</table>
</section>

<section id="next-steps">
<h2>What needs to improve</h2>
<ul>
<li>The timeliness and quality of the response to children at risk of significant harm, including strategy discussions.</li>
<li>Leaders' understanding and oversight of frontline practice, including the accuracy of performance information.</li>
<li>The recruitment and retention of permanent social workers to reduce caseloads.</li>
<li>Statutory visits to children in care.</li>
</ul>
<p>The council must submit a written improvement plan to the inspectorate within 70 working days of receiving this report. The inspectorate will carry out monitoring visits every three months until the next full inspection.</p>
</section>
</body>
</html>
`;

describe('parts of periods, wholes of shares, places, moves to bounds, "never before", nicknames and held places, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"the four years covered by the report" is not "the first three years covered by this report"; a backlog fall of 360 is caught', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/scrutiny_report_highways.md': POTHOLE_REPORT }));
    const faithful = report('The backlog did fall by 630 over the year, because for the first time in the four years covered by the report the council repaired more potholes than were reported.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = report('The backlog did fall by 360 over the year, because for the first time in the four years covered by the report the council repaired more potholes than were reported.');
    assert.ok(other.conflicts.some((c) => c.claim === '360' && c.source === '630'), why(other));
  });

  test('"214 members, or 85 per cent of those voting" is the Yes row\'s 214, not the row of votes cast; 241 is not supported', async () => {
    const ballot = judgeWith(await workspaceIndex({ 'sources/masa_ballot_statement.html': BALLOT_STATEMENT }));
    const faithful = ballot('Some 214 members, or 85 per cent of those voting, backed strike action, while 231 supported action short of a strike.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = ballot('Some 241 members, or 85 per cent of those voting, backed strike action, while 231 supported action short of a strike.');
    assert.notEqual(other.verdict, 'supported', why(other));
  });

  test('"Plover Close, at the lowest point of the estate" ranks no row of the table; Curlew Mews with Plover Close\'s 16 homes is caught', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/nfra_flood_incident_report.md': FLOOD_REPORT }));
    const faithful = report('Plover Close, at the lowest point of the estate next to the pond, was worst hit, with 16 homes flooded inside and water reaching 0.42 metres in one property.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = report('Curlew Mews, at the lowest point of the estate next to the pond, was worst hit, with 16 homes flooded inside and water reaching 0.42 metres in one property.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });

  test('"their first-sale value rose by more than 6 per cent to nearly £4.7 million" is not the landings\' fall; "fell by more than 6 per cent" is caught', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/annual_report_extract.md': HARBOUR_REPORT }));
    const faithful = report('Total landings were almost unchanged last year at 1,552 tonnes, but their first-sale value rose by more than 6 per cent to nearly £4.7 million.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = report('Their first-sale value fell by more than 6 per cent to nearly £4.7 million.');
    assert.ok(other.conflicts.some((c) => c.kind === 'direction'), why(other));
  });

  test('"people are buying second-hand who never would have before" denies no buying, and "PT" is Peggy Tolland; a quote given to the interviewer is caught', async () => {
    const files = { 'sources/volunteer_interview_transcript.txt': HOSPICE_INTERVIEW };
    const volunteer = judgeWith(await workspaceIndex(files));
    const faithful = volunteer('Mrs Tolland said the shops had been rushed off their feet because rising prices had driven people to buy second-hand.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    assert.deepEqual(await misattributions(files, 'Mrs Tolland said people were buying second-hand "who never would have before".'), []);
    const other = await misattributions(files, '"Since everything went up in price, people are buying second-hand who never would have before," said Sam Okafor.');
    assert.equal(other.length, 1, JSON.stringify(other));
  });

  test('"The jury will then retire" is not "summing" of "for my summing up, and you will then retire"; a jury retiring on Tuesday is caught', async () => {
    const inquest = judgeWith(await workspaceIndex({ 'sources/inquest_transcript_day2.txt': INQUEST_DAY_TWO }));
    const faithful = inquest('The jury will then retire to consider its conclusions.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = inquest('The inquest will resume on Tuesday 21 October for the coroner\'s summing up.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });

  test('"The contractor will also hold a drop-in session" is not "until the road fully reopens, and will hold"; a session on Wednesday 27 March is caught', async () => {
    const statement = judgeWith(await workspaceIndex({ 'sources/ferraby_statement_2024-03-18.html': ROADWORKS_STATEMENT }));
    const faithful = statement('The contractor will also hold a drop-in session for businesses at St Luke\'s Church Hall on Tuesday 26 March from 4pm to 7pm.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = statement('The contractor will also hold a drop-in session for businesses at St Luke\'s Church Hall on Wednesday 27 March from 4pm to 7pm.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });

  test('"the number of qualified staff in the hub also increased", its last word against the inspectors\' "fell", is still caught', async () => {
    const inspection = judgeWith(await workspaceIndex({ 'sources/inspection_summary.html': SAFEGUARDING_INSPECTION }));
    const reversed = inspection('Contacts and referrals to the council\'s front door rose by 14 per cent in the year to March 2025, while the number of qualified staff in the hub also increased.');
    assert.ok(reversed.conflicts.some((c) => c.claim === 'increased' && c.source === 'fell'), why(reversed));
    const faithful = inspection('Contacts and referrals to the council\'s front door rose by 14 per cent in the year to March 2025, while the number of qualified staff in the hub fell.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });
});
