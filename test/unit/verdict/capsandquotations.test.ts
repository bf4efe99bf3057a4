/**
 * The forty-third round, fifth part: the false alarms shown as errors in the drafts written against d8cb3d5
 * (h470–h475: a solar farm appeal, an e-scooter trial, an estate's damp survey, a rural broadband delay) and a
 * misattribution of h462. "Goes up to 60" is a move, not a cap; "up to £1,500 for homes and £4,500 for rural
 * businesses" caps both; a figure or a denial inside a quotation of five words or more that a source gives word for
 * word is the speaker's (not a short phrase quoted out of a longer one that denies it, nor words quoted out of a
 * denial); "signs" / "signage"; a speaker's post may open with words joined by "and" ("Margaret Tolland, Police and
 * Crime Commissioner, said:"); a column of other things than the claim counts ("two inpatient wards" / "Inpatient
 * beds: 22", of h478). The fixtures are the helpers' sources, whole, and one invented interview; the people,
 * bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { STADIUM_PLANNING_REPORT } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

const BROADBAND_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Monday 17 March 2025
Location: Coldharbour Farm, Kestle Moor, Marrowby County
Interviewer: Sam Whitcombe, reporter, Marrowby Courier
Interviewees: Mark Delaney, Regional Director (South West), Fernline Networks; Ruth Abernethy, dairy farmer, Coldharbour Farm
Recording length: 34 minutes. Transcribed by S. Whitcombe. Lightly edited for clarity.

SAM WHITCOMBE: Thanks to you both for meeting here. Ruth, can you start by telling me what your connection is like today?

RUTH ABERNETHY: On a good day I get about two megabits download. On a bad day it drops out altogether. We milk 180 cows here, and the milking robots need software updates that can take all night to download. I've given up and I pay £64 a month for a satellite service on top of the phone line.

SAM WHITCOMBE: When were you told you would get fibre?

RUTH ABERNETHY: We had a letter from Fernline in the autumn of 2022 saying we'd be connected by spring 2024. We were promised fibre by spring 2024 and we're still waiting. Now I read it could be 2027.

SAM WHITCOMBE: Mark, what do you say to that?

MARK DELANEY: I'm not going to stand here and pretend that's acceptable. Ruth should have been connected a year ago. Kestle Moor is the hardest district we have, because the farms are so spread out. We need about 38 kilometres of new duct in Kestle Moor alone, and a lot of it crosses private land.

SAM WHITCOMBE: How much of the problem is landowners refusing access?

MARK DELANEY: Very few refuse outright. Most of the outstanding wayleaves are about paperwork, or land held in trusts, or tenants who need the landlord's permission. We had 540 outstanding in October and we're down to 312 now. Of those, 127 are in Kestle Moor.

SAM WHITCOMBE: And the flooding?

MARK DELANEY: The November floods cost us seven weeks in Lowmarsh and Tarn Hollow. You can't dig a trench in a field that's under water. We also lost about four months on the pole dispute with Wessmoor, which has now been settled.

SAM WHITCOMBE: How many crews do you have working in the county?

MARK DELANEY: We have 46 crews working in Marrowby today. By the end of May that goes up to 60. We've taken on a second civil engineering contractor, Harrowgate Civils, specifically for Kestle Moor.

SAM WHITCOMBE: So when will Coldharbour Farm be connected?

MARK DELANEY: Coldharbour is in the build plan for the first quarter of 2026. I'd rather give Ruth a date I can keep than one that sounds good today.

RUTH ABERNETHY: That's another year. I've heard dates before.

MARK DELANEY: I understand that, and that's fair.

SAM WHITCOMBE: Ruth, what does the delay actually cost the farm?

RUTH ABERNETHY: It's not just the £64 a month. My son Tom does the bookkeeping and he drives into Ashcombe twice a week to use the library Wi-Fi to file the VAT returns and the cattle movement records. That's a 22-mile round trip each time. Young people won't stay in farming up here if they can't get online.

SAM WHITCOMBE: Mark, will Fernline compensate people like Ruth?

MARK DELANEY: There's no compensation scheme in the contract, and I can't promise one. What we can do is offer a free 4G router with a 12-month data plan to farm businesses that are waiting more than six months beyond their original date. About 400 premises in Kestle Moor qualify, and we'll write to them in April.

RUTH ABERNETHY: I'll take the router. But I'd rather have the fibre.

SAM WHITCOMBE: Mark, the council committee wants you to appear on 10 April. Will you go?

MARK DELANEY: Yes, I've accepted the invitation. I'll be there, and I'll bring the district figures.

SAM WHITCOMBE: Thank you both.

[END OF RECORDING]
`;

const BROADBAND_ANNOUNCEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Rural Digital Infrastructure Office - Marrowby gigabit contract revised</title>
</head>
<body>
<header>
<p>Rural Digital Infrastructure Office (RDIO)</p>
<p>Press release - for immediate release</p>
<p>Published: Tuesday 4 March 2025</p>
</header>

<h1>Marrowby gigabit contract revised after rollout falls behind schedule</h1>

<p>The Rural Digital Infrastructure Office (RDIO) today confirmed that the completion date for the Project Hedgerow gigabit broadband contract in Marrowby County has been moved from 31 December 2025 to 30 June 2027, following a formal review of progress by the contractor, Fernline Networks Ltd.</p>

<p>The contract, signed in September 2022, is worth £41.6 million in total. Of that sum, £28.3 million is public subsidy provided by the RDIO, with the remaining £13.3 million invested by Fernline Networks. The contract requires Fernline to bring gigabit-capable fibre connections to 14,200 rural homes and businesses that commercial providers had no plans to reach.</p>

<p>As of 28 February 2025, Fernline reported that 6,390 premises had been connected, or 45 per cent of the contracted total. Under the original plan, 11,000 premises should have been connected by that date.</p>

<p>The RDIO has decided to withhold a milestone payment of £2.1 million that would have been due at the end of February. The payment will be released only when Fernline has connected a further 2,500 premises, which the company has said it expects to achieve by the end of September 2025.</p>

<p>Helen Okafor, Director of Rural Delivery at the RDIO, said: "Rural households in Marrowby have waited long enough, and we will not pay for premises that have not been connected. We have agreed a revised timetable because the alternative, starting again with a new supplier, would leave people waiting even longer."</p>

<p>She added: "We will publish progress figures every quarter so that residents can see for themselves whether the new dates are being met."</p>

<h2>Reasons for the delay</h2>

<p>In its review, Fernline Networks identified three main causes of the delay:</p>
<ul>
<li>outstanding wayleave agreements with private landowners, needed before cables can cross farmland;</li>
<li>severe flooding in November 2024, which halted pole and duct work in the south of the county;</li>
<li>a dispute over shared use of electricity poles with Wessmoor Power Distribution, which was resolved in January 2025.</li>
</ul>

<p>Graham Tillett, Chief Executive of Fernline Networks, said: "We underestimated how long it would take to secure access across private land, and we accept that our early forecasts were too optimistic. We are putting more crews into Marrowby and we are confident the revised dates are achievable."</p>

<h2>Revised milestones</h2>

<table>
<thead>
<tr><th>Milestone</th><th>Premises connected (cumulative)</th><th>Original date</th><th>Revised date</th></tr>
</thead>
<tbody>
<tr><td>Milestone 3</td><td>8,890</td><td>31 March 2025</td><td>30 September 2025</td></tr>
<tr><td>Milestone 4</td><td>11,500</td><td>30 June 2025</td><td>30 June 2026</td></tr>
<tr><td>Milestone 5 (completion)</td><td>14,200</td><td>31 December 2025</td><td>30 June 2027</td></tr>
</tbody>
</table>

<p>The revised contract also introduces a penalty of £150 for each premises not connected by the final completion date, up to a maximum of £1.2 million.</p>

<p>Residents can check whether their address is included in Project Hedgerow using the postcode checker on the RDIO website. Households outside the contract area may still be eligible for a gigabit voucher worth up to £4,500 for rural businesses and £1,500 for homes.</p>

<h2>Notes to editors</h2>
<p>The RDIO is an executive agency responsible for publicly funded broadband and mobile infrastructure in hard-to-reach areas. Project Hedgerow is one of nine regional contracts it currently manages. Marrowby County Council is not a party to the contract but contributed £1.5 million to extend coverage to an additional 600 premises in 2023.</p>

<p>Media enquiries: RDIO press office, 020 7946 0318.</p>
</body>
</html>
`;

const DAMP_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Thornbury Grange Tenants' Union — Statement on the Ombudsman report</title>
</head>
<body>
<h1>Statement: "They told us it was our fault. It never was."</h1>
<p><em>Thornbury Grange Tenants' Union — issued Wednesday 13 March 2024</em></p>

<p>The Thornbury Grange Tenants' Union welcomes yesterday's report by the Housing Ombudsman Service into damp and mould on our estate. For more than two years our members have been telling Calderbrook Borough Council that their homes were making them ill. The Ombudsman has now confirmed what we knew: the council failed us.</p>

<p>Union chair Denise Okafor, who has lived in Heron Court for 22 years, said: "They told us it was our fault for drying washing indoors. It never was. The roofs were leaking and the fans didn't work."</p>

<h2>Our own survey</h2>

<p>In October 2023 the union carried out its own door-to-door survey of the estate. Volunteers knocked on all 312 doors over three weekends and received answers from 241 households, a response rate of 77%.</p>

<table>
  <caption>Thornbury Grange Tenants' Union door-to-door survey, October 2023</caption>
  <tr><th>Question</th><th>Households answering yes</th><th>Share of respondents</th></tr>
  <tr><td>Visible mould in at least one room</td><td>158</td><td>66%</td></tr>
  <tr><td>Reported damp or mould to the council</td><td>131</td><td>54%</td></tr>
  <tr><td>Someone in the household with a breathing condition</td><td>67</td><td>28%</td></tr>
  <tr><td>Told by council or contractor that the mould was caused by lifestyle</td><td>84</td><td>35%</td></tr>
  <tr><td>Satisfied with the repair</td><td>19</td><td>8%</td></tr>
</table>

<p>Union secretary Tomasz Wielgosz said: "One household in twelve was satisfied with the repair. That's not a service, it's a scandal."</p>

<h2>What we are asking for</h2>

<ul>
  <li>A rent reduction of 20% for every household with unresolved damp or mould until the works are finished.</li>
  <li>Temporary rehousing, at the council's cost, for any household with a child or a person with a breathing condition living with mould.</li>
  <li>An end to Meridale Property Services' contract on the estate when it comes up for renewal in September 2024.</li>
  <li>A seat for the union on the board overseeing the £2.9 million repair programme.</li>
</ul>

<p>The union will hold a public meeting at Thornbury Grange Community Centre on Saturday 23 March 2024 at 2pm. Councillor Helen Brancaster, the council's cabinet member for housing, has agreed to attend.</p>

<p>"We are not going away," Ms Okafor added. "Every family on this estate deserves a dry home."</p>

<p>Contact: Tomasz Wielgosz, secretary, Thornbury Grange Tenants' Union.</p>
</body>
</html>
`;

const SOLAR_INTERVIEW = `INTERVIEW TRANSCRIPT
Subject: Fennick Farm solar appeal decision
Date: Wednesday 6 November 2024
Location: Fennick Farm, Holt Marsh (farmhouse kitchen)
Interviewer: Kate Brennan, reporter, Corrington Gazette
Interviewees: Daniel Okafor, project manager, Sunvale Energy Ltd; Robert Penhale, farmer and landowner, Fennick Farm
Recording length: 38 minutes
---

KATE BRENNAN: Thanks to you both for seeing me. Daniel, first reaction to Monday's decision?

DANIEL OKAFOR: Relief, honestly. We've been working on this site since the summer of 2022, so that's well over two years. We always believed it was a good scheme and the council's own officers recommended approval. The inspector has looked at all the evidence over seven days and agreed with us.

KATE BRENNAN: The council refused it seven votes to four. Do you think you ignored local feeling?

DANIEL OKAFOR: No. We held three public exhibitions, in the village hall in 2022 and 2023, and we changed the layout after the first one. We pulled the panels back from the houses on Holt Marsh Lane, and that took out about nine hectares of panels. The original scheme was 87 hectares of arrays; it's now 78.

KATE BRENNAN: What happens next and when?

DANIEL OKAFOR: We've got to discharge the pre-commencement conditions first, the construction traffic plan, the ecology plan, the drainage. Realistically we're looking at starting on site in spring 2025. Construction takes about nine months, and we expect to connect to the grid in the first half of 2026.

KATE BRENNAN: How many jobs?

DANIEL OKAFOR: At peak there'll be about 120 people on site during construction. Once it's running, it's two permanent jobs for maintenance, plus the grazing, which is Robert's side.

KATE BRENNAN: And the cost?

DANIEL OKAFOR: The total investment is around £42 million, including the battery. 

KATE BRENNAN: The campaigners say there will be lorries on a single-track lane for months.

DANIEL OKAFOR: I understand the concern. Condition 9 limits deliveries to weekday working hours and Saturday mornings, and we'll put in two passing places on the lane before any panels arrive. We'll also pay for a banksman at the school at drop-off and pick-up times.

KATE BRENNAN: What about the community fund?

DANIEL OKAFOR: It's £1,000 per megawatt per year, so £49,900 a year for the life of the project. Over 40 years that's nearly £2 million for Holt Marsh and the surrounding parishes. A local panel will decide how it's spent, not us.

KATE BRENNAN: Robert, you're the landowner. Why did you want this?

ROBERT PENHALE: I'm the third generation here. My grandfather came in 1951. We farm 240 hectares in total, and the land they're using is the poorer, heavier ground at the top of the farm. Wheat prices are up and down like a yo-yo, and the rent from the solar gives us a steady income so the rest of the farm can keep going.

KATE BRENNAN: The campaign says it's good farmland.

ROBERT PENHALE: Some of it's 3a, yes, about a quarter of it. But none of it's going anywhere. I'll have 600 ewes grazing under those panels. In 40 years my grandson can take them out and plough it again. People talk as if we're concreting it over. We're not.

KATE BRENNAN: How do you feel about your neighbours who opposed it?

ROBERT PENHALE: It's been hard. I've lost a couple of friends over it, I won't pretend I haven't. But I'd say to them, come and walk it with me in five years when the hedges are up, and tell me it's ruined.

KATE BRENNAN: Daniel, will you seek costs from the council again if there's a High Court challenge?

DANIEL OKAFOR: The inspector refused our costs claim and we accept that. If there's a challenge we'll defend the decision. I'd rather we spent the next six weeks talking to the village about the fund.

KATE BRENNAN: Thank you both.

[END OF RECORDING]
`;

const SOLAR_DECISION = `# Appeal Decision

**Inquiry held on 10–13 and 17–19 September 2024**
**Accompanied site visit made on Monday 16 September 2024**

**by Margaret Ellison BA (Hons) MA MRTPI**
**an Inspector appointed by the Secretary of State for Levelling Up, Housing and Communities**

**Decision date: Monday 4 November 2024**

**Appeal Ref: APP/K2740/W/24/3339152**
**Land at Fennick Farm, Holt Marsh Lane, Holt Marsh, Corrington**

- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a refusal to grant planning permission.
- The appeal is made by Sunvale Energy Ltd against the decision of Corrington District Council.
- The application, Ref 23/00418/FUL, dated 14 March 2023, was refused by notice dated 19 October 2023.
- The development proposed is the construction of a ground-mounted solar photovoltaic farm with a generating capacity of up to 49.9 megawatts (MW), together with battery storage, a substation, inverter stations, access tracks, fencing, CCTV and landscaping, for a temporary period of 40 years.

## Decision

1. The appeal is allowed and planning permission is granted, subject to the 31 conditions set out in the attached schedule.

## Applications for costs

2. An application for costs was made by Sunvale Energy Ltd against Corrington District Council. That application is the subject of a separate decision, which is refused.

## Procedural matters

3. The Council's Planning Committee refused the application on Thursday 19 October 2023 by seven votes to four, contrary to the recommendation of its officers, who had advised that permission be granted. The single reason for refusal related to harm to the character and appearance of the landscape and to the loss of best and most versatile (BMV) agricultural land.

4. The appeal was lodged on Friday 2 February 2024. The inquiry sat for seven days. I heard evidence from the appellant, the Council and from Save Fennick Fields, which was granted Rule 6 status and was represented by its chair, Ms Helen Marsh-Ward.

## The site and proposal

5. The appeal site extends to some 112 hectares (ha) of gently undulating farmland to the north-east of Holt Marsh village, across six fields currently used for arable crops and sheep grazing. It lies about 2.4 kilometres from the Corrington substation, to which the scheme would connect by an underground cable.

6. The areas within the site are summarised in the table below, which is agreed between the main parties.

| Component | Area (ha) | Share of site |
|---|---|---|
| Solar arrays (panels and spacing) | 78 | 70% |
| Ecological enhancement and woodland planting | 21 | 19% |
| Substation, battery storage, tracks and compound | 13 | 11% |
| **Total** | **112** | **100%** |

7. The expected generation figures, also agreed, are as follows.

| Measure | Figure |
|---|---|
| Export capacity | 49.9 MW |
| Battery storage capacity | 20 MW |
| Estimated annual generation | 54,000 MWh |
| Equivalent homes supplied per year | about 15,800 |
| Estimated carbon saving per year | about 11,400 tonnes CO2 |
| Operational period | 40 years |

## Main issues

8. The main issues are (i) the effect of the proposal on the character and appearance of the area, (ii) whether the loss of agricultural land would be acceptable, and (iii) whether any harm would be outweighed by the benefits of the scheme.

## Character and appearance

9. The site is not within any nationally designated landscape. The Council's landscape witness, Mr Graham Tolley CMLI, accepted in cross-examination that the adverse effects would be localised and would be "moderate adverse" at year one, reducing to "minor adverse" by year fifteen as the proposed hedgerows mature. I agree with that assessment. Some 4.6 kilometres of new hedgerow would be planted.

10. Save Fennick Fields told the inquiry that walkers on Holt Marsh Lane and the public footpath CR14 would experience "an industrial landscape where there was once open countryside". I understand that view, but I consider that the screening proposed would substantially soften the effect over time.

## Agricultural land

11. The agricultural land classification survey found that 31 ha of the site, or around 28%, is Grade 3a land and therefore falls within the BMV category. The remaining 81 ha is Grade 3b. None of the site is Grade 1 or 2. The land would not be lost permanently: the panels would be removed at the end of the 40-year period and sheep grazing would continue beneath and between them during operation.

12. Mr Robert Penhale, the landowner, gave evidence that the farm would remain in agricultural use. I give the loss of BMV land limited weight.

## Benefits

13. The scheme would deliver a biodiversity net gain of 64% in habitat units and 38% in hedgerow units, well in excess of the statutory minimum of 10%. In my judgement, "the contribution of the scheme to the national commitment to net zero is a benefit of substantial weight". The appellant has also offered a community benefit fund of £49,900 a year, though I have not given that weight in the planning balance because it is not necessary to make the development acceptable.

## Planning balance and conclusion

14. The harm to landscape character carries moderate weight and the loss of BMV land limited weight. Against that, the renewable energy benefits carry substantial weight and the biodiversity gains significant weight. I conclude that "the benefits clearly outweigh the harm identified" and that the appeal should succeed.

15. Condition 3 requires the development to be removed and the land restored within 12 months of the cessation of electricity export. Condition 9 restricts construction traffic to between 08:00 and 18:00 on weekdays and 08:00 to 13:00 on Saturdays.

*Margaret Ellison*
INSPECTOR

## Appearances

FOR THE COUNCIL: Mr Jonathan Pryce of Counsel, instructed by Ms Susan Reilly, Head of Planning, Corrington District Council.
FOR THE APPELLANT: Ms Anjali Rao KC, instructed by Sunvale Energy Ltd.
FOR SAVE FENNICK FIELDS (RULE 6 PARTY): Ms Helen Marsh-Ward, Chair.
`;

const SCOOTER_REPORT = `# Brackenford City Council
## Transport and Highways Scrutiny Committee

### E-scooter Trial: Twelve-Month Evaluation Report

**Report author:** Dr Samuel Rees, Head of Sustainable Transport
**Committee chair:** Councillor Joan Whitfield
**Report published:** Tuesday 14 October 2025
**For decision at:** Committee meeting, Thursday 23 October 2025, Council House, Committee Room 2

---

### 1. Summary

1.1 Brackenford's rental e-scooter trial began on Monday 3 June 2024 and completed its first twelve months on Saturday 31 May 2025. The scheme is run by Zippa Mobility UK Ltd under a concession agreement with Brackenford City Council.

1.2 The trial launched with 600 scooters across 84 parking bays in the city centre, Eastgate and the university campus. In January 2025 the fleet was expanded to 850 scooters and the number of bays rose to 120.

1.3 Over the twelve months riders took 639,000 trips. The average trip was 2.3 kilometres long and lasted 11 minutes.

1.4 Forty-six injuries were reported to the council or the operator during the trial period, of which seven required a hospital stay. No one was killed. The council received 706 complaints about the scheme.

1.5 Dr Rees said: "The numbers show a clear appetite for e-scooters, but the complaints tell us the parking regime is not yet good enough."

### 2. Trips, injuries and complaints by quarter

| Quarter | Months | Trips | Injuries | Complaints |
|---|---|---|---|---|
| Q1 | June – August 2024 | 182,400 | 14 | 212 |
| Q2 | September – November 2024 | 156,300 | 11 | 187 |
| Q3 | December 2024 – February 2025 | 98,700 | 9 | 143 |
| Q4 | March – May 2025 | 201,600 | 12 | 164 |
| **Total** | | **639,000** | **46** | **706** |

2.1 Use fell sharply over the winter quarter, when trips dropped to 98,700, before recovering to a trial high of 201,600 in the spring quarter after the fleet expansion.

2.2 Injuries per 100,000 trips fell from 7.7 in the first quarter to 6.0 in the final quarter. Officers note that the numbers are small and that the trend should be treated with caution.

2.3 Complaints fell in each of the first three quarters and rose slightly in the fourth, from 143 to 164, which officers attribute to the larger fleet.

### 3. What the complaints were about

3.1 Of the 706 complaints, 41 per cent concerned riding on pavements, 33 per cent concerned scooters parked badly or left blocking footways, 14 per cent concerned speed, and the remaining 12 per cent covered noise, under-age riding and other matters.

3.2 The Brackenford Access Forum, which represents disabled residents, submitted a separate log of 37 incidents reported by its members, including 11 in which a blind or partially sighted person tripped over or walked into a parked scooter.

### 4. Travel behaviour

4.1 A survey of 2,140 users carried out in April 2025 found that 28 per cent of trips replaced a journey that would otherwise have been made by car or taxi. A further 36 per cent replaced a walking trip and 19 per cent replaced a bus journey.

4.2 Officers estimate that the trial removed around 179,000 car and taxi journeys from the city's roads.

### 5. Costs

5.1 The scooters, charging and maintenance are paid for by Zippa Mobility. The council spent £186,000 during the trial on parking bay markings, signage, data analysis and two part-time enforcement officers.

5.2 Zippa Mobility paid the council a concession fee of £94,000 over the twelve months, leaving a net cost to the council of £92,000.

### 6. Recommendations

6.1 Officers recommend that the committee supports an extension of the trial for 18 months, to Monday 30 November 2026, subject to the following conditions:

- the maximum speed in the Market Street and Cathedral Quarter pedestrian zones is cut from 15.5 mph to 8 mph using geofencing;
- the operator funds at least 60 additional parking bays;
- the operator publishes monthly safety and complaints data;
- scooters must be fitted with an audible warning sound by 31 March 2026.

6.2 Committee chair Councillor Joan Whitfield said: "We will not rubber-stamp an extension without firm commitments on pavement clutter."

6.3 If the committee supports the extension, the final decision will be taken by the council's cabinet on Tuesday 4 November 2025.
`;

const KNIFE_PANEL_REPORT = `# Severn Vale Police and Crime Panel

## Report to the meeting of Thursday 23 May 2024

**Agenda item 6: Knife crime – Operation Harrow amnesty results and youth diversion funding**

**Report author:** Helen Marsh, Head of Performance, Office of the Police and Crime Commissioner (OPCC)

**Panel chair:** Councillor Arun Mehta

---

### 1. Purpose

1.1 This report sets out the results of the spring 2024 knife amnesty run by Severn Vale Police, places them in the context of recorded knife crime across the force area, and asks the Panel to note progress on the Safe Steps youth diversion programme.

### 2. Amnesty results

2.1 Operation Harrow ran for 14 days, from 15 April to 28 April 2024. A total of 1,284 weapons were surrendered in 14 bins.

2.2 Of these, 214 weapons (17 per cent) were deposited in the nine community bins, and the remaining 1,070 in the five police station bins.

2.3 The table below compares the last three spring amnesties.

| Year | Days | Bins | Weapons surrendered | Change on previous year |
|------|------|------|---------------------|-------------------------|
| 2022 | 7    | 5    | 812                 | –                       |
| 2023 | 14   | 8    | 976                 | +20%                    |
| 2024 | 14   | 14   | 1,284               | +32%                    |

2.4 The OPCC notes that the number of bins has almost trebled since 2022 while the number of weapons has risen by 58 per cent. Officers consider that the wider spread of bins, rather than a rise in knife carrying, explains most of the increase.

2.5 The cost of the 2024 bins was £18,500, met from the Community Safety Fund. Destruction of the weapons by Harcourt Metals is carried out free of charge.

### 3. Recorded knife crime

3.1 In the 12 months to 31 March 2024, Severn Vale Police recorded 1,142 knife crime offences, down from 1,255 in the previous 12 months, a fall of 9 per cent.

3.2 Hospital admissions for assault by a sharp object among residents of the force area fell from 71 to 64 over the same period.

3.3 Robbery involving a knife remained broadly flat at 188 offences, compared with 191 the year before.

3.4 Just over a third of knife crime offences (36 per cent) involved a suspect aged under 18.

### 4. Safe Steps youth diversion programme

4.1 In September 2023 the Commissioner awarded £240,000 over two years to the Fairground Youth Trust, a Kettleford charity, to run Safe Steps, a six-week mentoring programme for young people aged 11 to 17 who have been found with a knife or are judged at risk of carrying one.

4.2 By 30 April 2024, 87 young people had been referred to Safe Steps, of whom 64 completed the programme. Referrals came mainly from schools, youth offending services and the police.

4.3 Of the young people who completed the programme, 5 have since come to police attention for a weapons offence.

| Measure (to 30 April 2024)       | Number |
|----------------------------------|--------|
| Young people referred            | 87     |
| Completed six-week programme     | 64     |
| Reoffended (weapons)             | 5      |
| Mentors employed (full-time)     | 4      |

4.4 Jordan Pike, senior youth worker at the Fairground Youth Trust, will attend the meeting to answer questions.

### 5. Comments

5.1 Margaret Tolland, Police and Crime Commissioner, said: "Bins get knives off the street, but mentoring gets them out of young people's pockets. I want to see both."

5.2 Councillor Arun Mehta, chair of the Panel, said: "The Panel welcomes these results, but we will want to see whether the fall in knife crime holds through the summer months."

### 6. Recommendations

6.1 The Panel is asked to:

- (a) note the results of Operation Harrow;
- (b) support a further two-week amnesty in November 2024, at an estimated cost of £6,000 for collection and maintenance of the existing bins;
- (c) request a further report on Safe Steps at its meeting in January 2025.

*Background papers: Severn Vale Police press release, 14 May 2024.*
`;

const HOSPICE_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Statement on Kestrel Hill Hospice – Mid Wessex Integrated Care Board</title>
</head>
<body>
<header>
<p>Mid Wessex Integrated Care Board</p>
<p>News and statements</p>
</header>
<main>
<article>
<h1>Statement on inpatient services at Kestrel Hill Hospice</h1>
<p class="date">Published: Thursday 16 January 2025</p>

<p>Mid Wessex Integrated Care Board (ICB) has been informed by Kestrel Hill Hospice of the decision by its trustees to close Rowan Ward at the end of March 2025.</p>

<p>The ICB recognises the vital role that Kestrel Hill Hospice plays in caring for people at the end of their lives in Castlebury and the surrounding villages. We are disappointed that the hospice has had to take this decision, and we understand the distress it will cause to patients, families and staff.</p>

<p>Dr Lesley Carmody, Chief Executive of Mid Wessex ICB, said: "Hospices are an essential part of our local health system, and we know the financial pressures they face are real. We are committed to working with Kestrel Hill to protect end-of-life care for our population."</p>

<p>The ICB will make a one-off payment of £350,000 to Kestrel Hill Hospice before the end of the financial year to support the hospice during the transition. This payment is in addition to the annual grant.</p>

<p>The ICB will also begin a review of how it funds all three hospices in its area. The review will report by September 2025, and a new funding arrangement is planned to take effect from 1 April 2026.</p>

<table>
<caption>ICB grants to hospices in Mid Wessex, 2024/25</caption>
<thead>
<tr><th>Hospice</th><th>Inpatient beds</th><th>Annual ICB grant</th></tr>
</thead>
<tbody>
<tr><td>Kestrel Hill Hospice, Castlebury</td><td>22</td><td>£2.10m</td></tr>
<tr><td>St Brannoc's Hospice, Wellsford</td><td>16</td><td>£2.45m</td></tr>
<tr><td>Orchard House Hospice, Denby Cross</td><td>8</td><td>£1.20m</td></tr>
</tbody>
</table>

<p>Paul Grayson, Director of Strategic Commissioning at the ICB, said: "We will not be able to solve every pressure in one year, but we want a fair and transparent formula for all three hospices. That work starts now."</p>

<p>The ICB faces its own financial pressures. It is required to deliver savings of £48 million in 2024/25, about 3% of its budget.</p>

<p>Patients currently receiving care on Rowan Ward will continue to be cared for, and no patient will be discharged as a result of the closure. People who need specialist inpatient palliative care after 28 March will be offered a bed at Willow Ward or at another hospice in the area.</p>

<p>Media enquiries: communications@midwessex-icb.example</p>
</article>
</main>
</body>
</html>
`;

describe('the forty-third round: caps, quotations word for word and posts, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"goes up to 60" is a move; a cap shared by a list\'s figures', async () => {
    assert.deepEqual(extractValues('By the end of May that goes up to 60.').map((v) => [v.text, v.bound]), [['May', undefined], ['60', undefined]]);
    assert.deepEqual(extractValues('a voucher worth up to £1,500 for homes and £4,500 for rural businesses').map((v) => [v.text, v.bound, v.cap]), [['£1,500', 'atMost', true], ['£4,500', 'atMost', true]]);
    const crews = judgeWith(await workspaceIndex({ 'sources/interview_transcript.txt': BROADBAND_INTERVIEW }));
    const sixty = crews("He said Fernline has 46 crews working in Marrowby today, rising to 60 by the end of May.");
    assert.equal(sixty.verdict, 'supported', why(sixty));
    const seventy = crews('He said Fernline has 46 crews working in Marrowby today, rising to 70 by the end of May.');
    assert.notEqual(seventy.verdict, 'supported', why(seventy));
    const vouchers = judgeWith(await workspaceIndex({ 'sources/rdio_announcement.html': BROADBAND_ANNOUNCEMENT }));
    const both = vouchers("Households outside the contract area may still be eligible for a gigabit voucher worth up to £1,500 for homes and £4,500 for rural businesses.");
    assert.notEqual(both.verdict, 'contradicted', why(both));
    const more = vouchers('Households outside the contract area may still be eligible for a gigabit voucher worth up to £1,500 for homes and £5,500 for rural businesses.');
    assert.equal(more.verdict, 'contradicted', why(more));
  });

  test('a figure or a denial inside a quotation a source gives word for word is the speaker\'s', async () => {
    const union = judgeWith(await workspaceIndex({ 'sources/tenants_union_statement.html': DAMP_STATEMENT }));
    const twelve = union("Union secretary Tomasz Wielgosz said: \"One household in twelve was satisfied with the repair. That's not a service, it's a scandal.\"");
    assert.notEqual(twelve.verdict, 'contradicted', why(twelve));
    const ten = union('Union secretary Tomasz Wielgosz said: "One household in ten was satisfied with the repair. That\'s not a service, it\'s a scandal."');
    assert.equal(ten.verdict, 'contradicted', why(ten));
    const solar = judgeWith(await workspaceIndex({ 'sources/interview_okafor_penhale_2024-11-06.txt': SOLAR_INTERVIEW, 'sources/appeal_decision_APP_K2740_W_24_3339152.md': SOLAR_DECISION }));
    const notConcreting = solar("\"People talk as if we're concreting it over. We're not,\" Mr Penhale said.");
    assert.notEqual(notConcreting.verdict, 'contradicted', why(notConcreting));
    // (Nor words quoted out of a denial: an invented interview.)
    const denial = judgeWith(await workspaceIndex({ 'sources/interview.txt': 'Mrs Harlow said: "Do not release him. I still don\'t think he\'s capable of walking amongst other people. He will do someone else harm."' }));
    const capable = denial('Mrs Harlow has said he is "capable of walking amongst other people".');
    assert.equal(capable.verdict, 'contradicted', why(capable));
    // (Not a short phrase quoted out of a longer one that denies it: "less than substantial harm".)
    const harm = judgeWith(await workspaceIndex({ 'sources/planning_officer_report.md': STADIUM_PLANNING_REPORT }))("The council's conservation officer, Mark Tolley, said the East Stand roof, which would rise from 21 metres to 34 metres, would cause \"substantial harm\" to the setting of the Grade II listed St Anselm's Church.");
    assert.equal(harm.verdict, 'contradicted', why(harm));
  });

  test('a column of other things than the claim counts gives it no figure', async () => {
    // (h478, of the eighth batch, measured before this rule: "two inpatient wards" / "Inpatient beds: 22".)
    const icb = judgeWith(await workspaceIndex({ 'sources/icb_statement.html': HOSPICE_STATEMENT }));
    const wards = icb("Kestrel Hill Hospice in Castlebury is to close one of its two inpatient wards after forecasting a deficit of £1.8 million this year.");
    assert.notEqual(wards.verdict, 'contradicted', why(wards));
    const beds = icb('Kestrel Hill Hospice has 20 inpatient beds.');
    assert.equal(beds.verdict, 'contradicted', why(beds));
  });

  test('"signs" / "signage"; a post that opens with words joined by "and"', async () => {
    const scooters = judgeWith(await workspaceIndex({ 'sources/evaluation_report.md': SCOOTER_REPORT }))("The council spent £186,000 on bay markings, signs, data analysis and two part-time enforcement officers, while the operator paid a £94,000 concession fee.");
    assert.notEqual(scooters.verdict, 'contradicted', why(scooters));
    const panel = { 'sources/panel_report.md': KNIFE_PANEL_REPORT };
    assert.deepEqual(await misattributions(panel, "\"Bins get knives off the street, but mentoring gets them out of young people's pockets,\" said Councillor Arun Mehta, who chairs the panel."), ['These words were said by Margaret Tolland, not Councillor Arun Mehta']);
    assert.deepEqual(await misattributions(panel, '"Bins get knives off the street, but mentoring gets them out of young people\'s pockets," said Margaret Tolland, the commissioner.'), []);
  });
});
