/**
 * The forty-second round: the false alarms shown as errors in the drafts written against a15a584 (h398–h409: a water
 * company's sewage fine, a post office consultation, a heatwave's admissions, an ombudsman's damp report, stolen
 * museum pieces, a bridge closure, an academy trust's deficit, slow 999 answering, a stadium's capacity cut, a TB
 * outbreak). A ranking of durations in one unit; a vice-chair is no chair; "the CFO"; a column named by half its
 * header; a row named by a word of another name; a balance row ranks nothing; "Span 3" names a span; a row the claim
 * does not name; a body's figures are no one's speech; a transcript's label that is a surname. The fixtures are the
 * helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

const SENTENCING_REMARKS = `# IN THE CROWN COURT AT BRACKFORD

**R v Northmere Water Services Limited**

**Sentencing remarks of Her Honour Judge Margaret Oyelaran**

**Friday 14 March 2025**

Prosecuting for the Environmental Standards Agency: Mr Simon Harcourt KC
Defending: Ms Fiona Beale KC

---

## Introduction

1. Northmere Water Services Limited ("Northmere", "the company") appears for sentence on six offences of causing an unpermitted water discharge activity, contrary to regulations 12(1)(b) and 38(1)(a) of the Environmental Permitting Regulations. Each offence relates to a discharge of untreated sewage from the storm overflow at the Holcombe Bridge wastewater treatment works into the River Aske.

2. The company pleaded guilty to all six offences at Brackford Magistrates' Court on Tuesday 7 January 2025, which was the first reasonable opportunity. The magistrates committed the case to this court for sentence. I heard submissions over two days, on Thursday 13 March and today.

## The facts

3. The Holcombe Bridge works serve a population of roughly 48,000 people in the town of Holcombe and the surrounding villages. The storm overflow is permitted to discharge only when the works are overwhelmed by rainfall and the flow to full treatment exceeds 310 litres per second. It is not permitted to discharge in dry weather.

4. On each of the six dates set out below, the overflow discharged when it was not raining and when the flow to full treatment was well below the permitted threshold. The discharges happened because two of the three inlet pumps had failed and the third could not cope on its own.

| Date of discharge | Day | Duration | Estimated volume (m³) |
|---|---|---|---|
| 3 June 2021 | Thursday | 11 hours 40 minutes | 2,900 |
| 19 August 2021 | Thursday | 27 hours | 7,400 |
| 2 November 2021 | Tuesday | 6 hours 15 minutes | 1,600 |
| 14 February 2022 | Monday | 41 hours | 11,800 |
| 9 May 2022 | Monday | 18 hours 30 minutes | 4,700 |
| 28 July 2022 | Thursday | 9 hours | 2,300 |
| **Total** | | **113 hours 25 minutes** | **30,700** |

5. The longest discharge, on 14 February 2022, began at about 6.10am and was first reported by a dog walker, Mr Owen Pritchard, who saw grey water and sanitary debris at the outfall. Officers of the Environmental Standards Agency attended that afternoon. Over the next two days they recorded approximately 2,300 dead fish, mostly brown trout and bullhead, along a 4.2 kilometre stretch of the river downstream of the outfall.

6. The works' telemetry system generated 212 high-level alarms across the six incidents. The evidence, which the company does not dispute, is that none of these alarms led to a site visit within the company's own target time of four hours. On 19 August 2021 the first engineer arrived on site nineteen hours after the first alarm.

7. Mr Harcourt told me that the pump failures had been identified in a company maintenance report in March 2021, three months before the first discharge, and that replacement of the pumps was deferred twice on cost grounds. The replacement pumps were eventually installed in September 2022.

## Culpability and harm

8. I have applied the Sentencing Council guideline for environmental offences committed by organisations. I find that the company's culpability was high. This was not a single lapse. The risk was known, it was recorded in the company's own documents, and it was not addressed for eighteen months. In the words of Mr Harcourt, "the company knew the pumps were failing and chose to wait."

9. As to harm, the 14 February 2022 discharge falls within category 1, because it caused major adverse effects on water quality and the death of a large number of fish. The remaining five discharges fall within category 3.

10. Northmere is a very large organisation. Its turnover in the last financial year was £1.46 billion and its pre-tax profit was £318 million. A fine must be large enough to bring home to the management and the shareholders the need to comply with the law.

## Mitigation

11. Ms Beale, for the company, points to the early guilty pleas, the absence of previous convictions at this site, and the £27 million the company has committed to upgrading the Holcombe Bridge works, including a new 3,500 cubic metre storm tank. She told me that the company "accepts without reservation that it let the river and the people of Holcombe down." I accept that the remorse expressed is genuine, though it came late.

12. I do not accept the submission that the fish deaths were partly attributable to low river flows during a dry spell. The Agency's evidence, which I prefer, is that river flows on 14 February 2022 were close to the seasonal average.

## Sentence

13. Taking all six offences together, and having regard to totality, the starting point I would have adopted after trial is a fine of £6.3 million. I reduce that by one third to reflect the guilty pleas, giving a total fine of **£4.2 million**.

14. The company will also pay the prosecution's costs of **£186,500** and a victim surcharge of **£190**. The fine and costs are to be paid within 28 days.

15. I will add this. The river is not a drain. "Every one of these discharges was avoidable, and every one of them happened on a dry day." That should trouble the board of this company a great deal.

HHJ Margaret Oyelaran
`;

const REGULATOR_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Northmere Water fined £4.2 million for River Aske sewage pollution - Environmental Standards Agency</title>
</head>
<body>
<header>
<p>Environmental Standards Agency &mdash; Press office, North West Area</p>
<p>Published: Friday 14 March 2025</p>
</header>
<article>
<h1>Northmere Water fined £4.2 million for River Aske sewage pollution</h1>
<p><strong>Water company sentenced at Brackford Crown Court after untreated sewage killed around 2,300 fish</strong></p>

<p>Northmere Water Services Limited has been fined £4.2 million and ordered to pay costs of £186,500 after illegally discharging untreated sewage into the River Aske at Holcombe on six occasions in 2021 and 2022.</p>

<p>The penalty, imposed at Brackford Crown Court on Friday 14 March 2025, is the largest fine ever secured by the Environmental Standards Agency in the North West Area. The previous highest in the area was £1.9 million, imposed on a chemical manufacturer in 2019.</p>

<p>The company admitted six charges under the Environmental Permitting Regulations at an earlier hearing in January.</p>

<h2>What happened</h2>

<p>Between June 2021 and July 2022 the storm overflow at Holcombe Bridge wastewater treatment works released sewage on dry days, when it is only allowed to operate during heavy rain. In total the overflow discharged for more than 113 hours, releasing an estimated 30,700 cubic metres of sewage &mdash; enough to fill about 12 Olympic swimming pools.</p>

<p>The most serious incident began on Monday 14 February 2022 and lasted 41 hours. Agency officers found about 2,300 dead fish, most of them brown trout, along a stretch of more than four kilometres downstream of the works. Ammonia levels in the river reached 14 times the normal background level.</p>

<p>The Agency's investigation found that pumps at the works had been failing for months and that the company had put off replacing them. Telemetry alarms at the site went unanswered for hours at a time.</p>

<table>
<caption>Storm overflow discharges at Holcombe Bridge (all causes), company returns</caption>
<thead>
<tr><th>Year</th><th>Number of spills</th><th>Total hours</th></tr>
</thead>
<tbody>
<tr><td>2021</td><td>143</td><td>1,210</td></tr>
<tr><td>2022</td><td>97</td><td>870</td></tr>
<tr><td>2023</td><td>64</td><td>512</td></tr>
</tbody>
</table>

<h2>What the Agency said</h2>

<p>Rachel Lindqvist, area environment manager for the Environmental Standards Agency, said:</p>

<blockquote><p>&ldquo;This was pollution that Northmere saw coming and did nothing to stop. A river that had been recovering for a decade lost a generation of trout in two days. Today&rsquo;s fine sends a clear message that the cost of neglect will always be higher than the cost of maintenance.&rdquo;</p></blockquote>

<p>Investigating officer Tom Ashworth added: &ldquo;We are grateful to the member of the public who reported this. Without that call, the damage could have been far worse.&rdquo;</p>

<p>The Agency says fish populations in the affected stretch have recovered to about 60% of their pre-incident levels, according to its most recent survey in September 2024.</p>

<h2>Notes to editors</h2>
<ul>
<li>Northmere Water Services Limited supplies water and wastewater services to around 2.7 million customers.</li>
<li>The offences were committed under regulations 12 and 38 of the Environmental Permitting Regulations.</li>
<li>The Agency has brought 9 prosecutions against water companies in the North West Area since 2020.</li>
<li>Members of the public can report pollution to the Agency's 24-hour incident hotline.</li>
</ul>
</article>
</body>
</html>
`;

const PARISH_TRANSCRIPT = `ASHCOMBE ST MARY PARISH COUNCIL
EXTRAORDINARY MEETING — TRANSCRIPT (UNAPPROVED)
Date: Thursday 13 March 2025, 7.30pm
Venue: Ashcombe St Mary Village Hall, Church Lane
Present: Cllr Margaret Thwaite (Chair), Cllr Robert Essex (Vice-Chair), Cllr Sunita Patel, Cllr Gareth Lloyd, Cllr Anne Morrow, Cllr Peter Quayle, Cllr Lucy Fenn
In attendance: Helen Dawes (Parish Clerk); Cllr Tom Bracewell (Westmere District Council, Ashcombe ward); Alan Firth (Director, Westmere Rural Community Council); 64 members of the public
Item: Crownpost consultation on the future of Ashcombe St Mary Post Office

THWAITE: Good evening, everybody. I don't think I've seen this hall so full since the jubilee. We've called this extraordinary meeting for one item only, which is the Crownpost consultation on our post office. Helen, can you set out where we are?

DAWES: Thank you, Chair. The consultation opened on Monday the 3rd of March and it closes at five o'clock on Monday the 14th of April. Crownpost is proposing an outreach service in this hall on Tuesday and Friday mornings, ten until one, in place of the full branch at Hollins. That's six hours a week against the forty-two hours the branch is open now. I should also report that the petition organised by residents has reached 1,137 signatures as of this afternoon.

THWAITE: Thank you. Before we go any further I want to say on behalf of the whole council that nobody in this room blames Janet. Twenty-three years behind that counter, and she deserves her retirement.

ESSEX: Hear, hear.

THWAITE: Robert, you've looked at the figures.

ESSEX: I have, Chair. Crownpost say visits have fallen eighteen per cent since 2021. But it is still more than four hundred visits a week. Sixty-one per cent of transactions are letters and parcels, and there are four businesses in this parish that bank their takings over that counter. Six hours a week is not a post office. It's a gesture.

THWAITE: Mr Firth, you're here from the Rural Community Council.

FIRTH: Thank you, Chair. We've surveyed outreach services across the county. Of the nine outreach services set up in Westmere since 2019, three have since had their hours cut further. The bigger issue for me is the bus. The 27 runs every two hours and not at all on Sundays. If you're eighty and you don't drive, Kelsey Bridge might as well be on the moon.

THWAITE: Councillor Bracewell?

BRACEWELL: The district council has written to Crownpost asking for the consultation to be extended by four weeks, so that the parish has time to find premises. I've also asked whether the district council could offer the former library building on Mill Road. It's been empty since 2022 and it has level access. I can't promise anything tonight, but I'll take it to cabinet on the 2nd of April.

PATEL: Chair, can I ask about the hall? The side door is the only step-free entrance and it's locked on a Tuesday morning because of the toddler group.

THWAITE: That's a fair point, Sunita. We'll need to put it in our response.

THWAITE: I'll take one or two from the floor. Yes, at the front.

ETHEL PRYOR (resident): I'm eighty-four. I collect my pension at Hollins every week. I can't get to Kelsey Bridge and back on that bus without standing in the cold for two hours. Who's going to help people like me?

THWAITE: Thank you, Mrs Pryor. That's exactly why we're here.

LLOYD: Chair, I'd like to propose a motion. That this council opposes the proposal as it stands; that it asks Crownpost to pause any closure for six months while permanent premises are sought; and that it commissions a survey of residents on their post office use, at a cost of no more than four hundred and fifty pounds.

MORROW: I'll second that.

THWAITE: Any discussion? Peter?

QUAYLE: I'll be voting against, Chair, and I want to explain why. I don't disagree with a word of it, but I think a six-month pause is unrealistic. If we oppose the outreach outright we may end up with nothing at all. I'd rather we negotiated for longer hours.

THWAITE: Noted. All those in favour? ... Six. Against? ... One. The motion is carried, six votes to one, Councillor Quayle voting against.

THWAITE: Helen, please draft the council's response for circulation by Friday the 21st, and we'll submit it well before the deadline. Thank you all for coming. The meeting is closed.

[Meeting closed 8.52pm]
`;

const HEAT_BOARD_PAPER = `# Calderbridge and Wyvern Hospitals NHS Foundation Trust

## Public Board Meeting — Thursday 24 July 2025

**Agenda item 7.2: Operational impact of the July 2025 heatwave on urgent and emergency care**

**Paper prepared by:** Priya Raman, Chief Operating Officer
**Clinical sponsor:** Dr Owen Fairclough, Medical Director
**Presented to:** Margaret Ellery, Chair, and members of the Board of Directors
**Status:** For assurance and discussion

---

### 1. Purpose

1.1 This paper sets out the effect of the heatwave of Monday 14 July to Sunday 20 July 2025 on emergency department (ED) attendances, emergency admissions and A&E waiting times at Calderbridge General Hospital and Wyvern Community Hospital, and describes the actions taken by the Trust during the period.

1.2 The Meteorological Advisory Service (MAS) and the Health Security Directorate (HSD) jointly issued an amber heat-health alert for the North Midlands region on Friday 11 July 2025. The alert remained in force until 21:00 on Friday 18 July.

### 2. Summary

2.1 Over the seven days the Trust's two emergency departments recorded 4,629 attendances, compared with 3,836 in the same week of 2024, an increase of 20.7%.

2.2 Emergency admissions totalled 1,154 across the week. Of these, 127 were coded as heat-related (heat exhaustion, heatstroke, dehydration, acute kidney injury or exacerbation of existing cardiac or respiratory illness where heat was recorded as a contributing factor).

2.3 Thursday 17 July was the busiest day in the Trust's history, with 734 attendances. The previous record was 719 attendances on Thursday 29 December 2022.

2.4 Performance against the four-hour A&E standard fell to 58.9% on Thursday 17 July, against the national target of 78% and the Trust's average of 74.6% for June 2025.

2.5 A total of 253 patients waited more than 12 hours in the emergency departments from arrival to admission or discharge over the week.

### 3. Daily activity

Table 1: Emergency department activity by day, 14–20 July 2025 (both sites combined)

| Day | Date | ED attendances | Emergency admissions | Heat-related admissions | 4-hour performance | Waits over 12 hours | Median time in ED |
|---|---|---|---|---|---|---|---|
| Monday | 14 July | 612 | 148 | 9 | 71.2% | 21 | 3h 41m |
| Tuesday | 15 July | 655 | 161 | 17 | 66.8% | 34 | 4h 05m |
| Wednesday | 16 July | 701 | 178 | 26 | 61.5% | 47 | 4h 38m |
| Thursday | 17 July | 734 | 192 | 31 | 58.9% | 58 | 5h 12m |
| Friday | 18 July | 689 | 175 | 22 | 63.0% | 44 | 4h 47m |
| Saturday | 19 July | 640 | 158 | 14 | 67.4% | 30 | 4h 02m |
| Sunday | 20 July | 598 | 142 | 8 | 72.1% | 19 | 3h 36m |
| **Total** | | **4,629** | **1,154** | **127** | **65.4%** (week) | **253** | |

3.1 Heat-related admissions rose each day from Monday to Thursday and fell each day from Friday to Sunday, tracking the daily maximum temperature reported by the MAS.

3.2 Of the 127 heat-related admissions, 68 (53.5%) were patients aged 75 or over and 23 were residents of care homes. The average length of stay for heat-related admissions was 6.4 days, compared with 4.9 days for all emergency admissions over the same week.

3.3 Four patients admitted with heat-related illness died during the period. All four were aged over 80. Each death is being reviewed under the Trust's mortality review process, and no conclusions have yet been reached.

### 4. Actions taken

4.1 The Trust declared OPEL level 4 (the highest level of operational pressure) at 11:30 on Wednesday 16 July and stood it down at 08:00 on Saturday 19 July.

4.2 Twenty-four escalation beds were opened on Hawthorn Ward at Calderbridge General Hospital from Tuesday 15 July. The ward was closed again on Tuesday 22 July.

4.3 Additional agency and bank staffing over the week cost £412,000, of which £267,000 was medical and nursing cover in the emergency departments. This expenditure was not included in the 2025/26 operating plan.

4.4 Portable air-cooling units were hired for 11 wards at a cost of £38,500. Ward temperatures on Larch Ward and Rowan Ward nevertheless exceeded 28°C on three consecutive afternoons.

4.5 Elective activity was reduced: 86 planned operations were postponed between Wednesday 16 and Friday 18 July, of which 61 have since been rebooked.

### 5. Commentary from the Chief Operating Officer

5.1 "Our staff kept the emergency departments safe through the most demanding week I have seen in twenty years of working in the NHS," said Priya Raman, Chief Operating Officer. "But we cannot keep relying on goodwill and agency spend every time the temperature climbs above thirty degrees."

5.2 Dr Owen Fairclough, Medical Director, added: "The patients who came to us were overwhelmingly older people who had become dehydrated at home or in care. Much of that harm was preventable with earlier checks in the community."

### 6. Recommendations

6.1 The Board is asked to:

- note the operational impact set out above;
- approve a request for £150,000 of capital funding to install permanent cooling on Larch Ward and Rowan Ward before summer 2026;
- support a joint heat-preparedness plan with Calderbridge City Council's adult social care team and local care home providers, to be brought back to the Board in October 2025.
`;

const OMBUDSMAN_REPORT = `# Special Investigation Report: Millbrook Housing Association — Damp and Mould

**Published by:** Office of the Regional Housing Ombudsman
**Date of publication:** Tuesday 12 March 2024
**Landlord:** Millbrook Housing Association (approximately 9,400 homes across Ashcombe and the Vale district)
**Investigation led by:** Daniel Osei, Head of Investigations

## 1. Foreword from the Ombudsman

This report sets out the findings of a special investigation into how Millbrook Housing Association handled reports of damp and mould between January 2022 and December 2023. The investigation was opened on Tuesday 14 November 2023 after the Office received six complaints in a short period from residents, four of them living on the Eastfield estate in Ashcombe.

Ruth Calloway, the Regional Housing Ombudsman, said: "Residents were left living with black mould for more than a year while the landlord treated their reports as a lifestyle issue. This is not a story of one bad repair but of a culture that did not listen."

She added: "Millbrook now has a clear set of orders, and I expect every one of them to be met on time."

## 2. Scope and method

The investigation examined the landlord's repair records, complaint files and policies, and interviewed 14 members of staff. Investigators also reviewed 440 damp and mould reports logged by the landlord in 2023, compared with 312 such reports in 2022, an increase of 41 per cent.

Daniel Osei, Head of Investigations, said: "The records showed a pattern of jobs being closed on the system without anyone visiting the home. That is the single most important thing Millbrook has to change."

## 3. Key findings

- Of the 440 damp and mould reports logged in 2023, 62 per cent (273 reports) were closed without an inspection by a surveyor.
- The average time taken to complete damp and mould repairs in the six cases investigated was 187 days, against the landlord's own target of 28 days.
- In at least three cases, staff advised residents to "open windows and dry clothes outside" without inspecting the property.
- The landlord's damp and mould policy had not been reviewed since 2019.
- Only one of Millbrook's two complaints officers was in post for most of 2023.

## 4. Individual cases

The Ombudsman made a finding of severe maladministration in four of the six cases and maladministration in the remaining two. Compensation ordered totals £14,850.

| Case ref  | Location                     | Household                          | Time damp reported before repair | Finding                   | Compensation |
|-----------|------------------------------|------------------------------------|----------------------------------|---------------------------|--------------|
| 202301456 | Harrow Court, Eastfield      | Family, child with asthma          | 14 months                        | Severe maladministration  | £4,200       |
| 202302118 | Linnet Way, Eastfield        | Resident aged 81                   | 9 months                         | Severe maladministration  | £3,100       |
| 202302790 | Kingsmead Road, Kingsmead    | Single parent with two children    | 11 months                        | Severe maladministration  | £2,950       |
| 202303034 | Harrow Court, Eastfield      | Tenant who uses a wheelchair       | 7 months                         | Severe maladministration  | £2,400       |
| 202303512 | Riverside Road, Eastfield    | Couple                             | 5 months                         | Maladministration         | £1,300       |
| 202304077 | Kingsmead Road, Kingsmead    | Single tenant                      | 4 months                         | Maladministration         | £900         |
| **Total** |                              |                                    |                                  |                           | **£14,850**  |

In case 202301456, the family reported mould in a child's bedroom in October 2022. The child, then aged six, was admitted to hospital twice with breathing difficulties. The landlord did not carry out a full inspection until December 2023.

## 4a. Communication with residents

Residents in five of the six cases told investigators that they had to chase the landlord repeatedly. In case 202301456 the resident contacted Millbrook on eleven occasions before a surveyor attended. In case 202302118 the resident's son, who acted as her representative, made seven complaints by email, none of which received a reply within the landlord's ten-working-day target.

The landlord's repairs contractor, Castleford Building Services, was paid for 39 damp treatment jobs in 2023 that the investigation found were either not completed or were limited to wiping down and repainting affected walls. Millbrook did not check the quality of these jobs before paying for them.

Daniel Osei said: "Painting over mould is not a repair. Residents told us the mould was back within weeks, and the records bear that out."

## 4b. Landlord's response during the investigation

Millbrook co-operated fully with the investigation and provided all the records requested. In its written response, dated Friday 23 February 2024, the landlord accepted that its damp and mould policy was out of date and that its complaints team had been under-resourced. It told the Ombudsman that it had already begun recruiting additional surveyors.

## 5. Orders

The Ombudsman has ordered Millbrook Housing Association to:

1. Apologise in writing to each of the six households within four weeks of this report.
2. Pay the compensation set out above within four weeks of this report.
3. Complete a stock condition survey of all 1,150 homes on the Eastfield estate within 12 weeks.
4. Review and republish its damp and mould policy within six months.
5. Report back to the Ombudsman on its compliance with these orders by Monday 15 April 2024.

The Ombudsman will publish a follow-up assessment after the 12-week survey deadline.
`;

const POLICE_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Northmoor Police - Stolen Wexcombe Museum artefacts recovered, two men arrested</title>
</head>
<body>
<header>
<p>Northmoor Police Press Office</p>
<p>For immediate release: Friday 7 March 2025</p>
<p>Ref: NP/PR/2025/0312</p>
</header>
<article>
<h1>Stolen Wexcombe Museum artefacts recovered, two men arrested</h1>

<p>Detectives from Northmoor Police have recovered 11 of the 14 historic items stolen from Wexcombe Museum of Local History during a burglary last month.</p>

<p>The items were found on Thursday 6 March 2025 in a rented lock-up garage on Canal Row in Brindleford, following a search under warrant carried out as part of Operation Lantern.</p>

<p>Two men, aged 34 and 41 and both from Brindleford, were arrested at separate addresses in the town on suspicion of burglary and handling stolen goods. Both have been released on police bail until Thursday 3 April 2025 while enquiries continue.</p>

<h2>The burglary</h2>

<p>The burglary took place in the early hours of Saturday 8 February 2025. Offenders gained entry through a skylight above the museum's Long Gallery at about 3.40am and were inside the building for around 11 minutes. The intruder alarm activated, but the first officers arrived at the scene 17 minutes after the alarm was raised, by which time the offenders had left.</p>

<p>The stolen items, which include a seventh-century Anglo-Saxon gold brooch and a silver-gilt communion cup dated 1571, were valued by the museum's insurers at a total of &pound;412,000. The 11 recovered items account for &pound;367,500 of that figure, or about 89 per cent.</p>

<h2>The investigation</h2>

<p>Operation Lantern was led by Detective Inspector Rachel Oduya of the Northmoor Police Major Crime Unit. More than 40 officers were involved in the investigation, which included the review of over 600 hours of CCTV footage and enquiries with antiques dealers in three counties.</p>

<p>Detective Inspector Oduya said: "This was a targeted and planned burglary, and the people responsible knew exactly which cases to go for. I want to thank the public, whose information led us to that garage in Brindleford."</p>

<p>Detective Superintendent Graham Fell, head of the Major Crime Unit, said: "Recovering the brooch intact was our priority from day one. We are not finished, and we will keep going until all three of the remaining pieces are home."</p>

<table border="1">
<caption>Operation Lantern in figures</caption>
<tr><th>Measure</th><th>Figure</th></tr>
<tr><td>Items stolen</td><td>14</td></tr>
<tr><td>Items recovered</td><td>11</td></tr>
<tr><td>Items still missing</td><td>3</td></tr>
<tr><td>Days from burglary to recovery</td><td>26</td></tr>
<tr><td>Addresses searched</td><td>3</td></tr>
<tr><td>Hours of CCTV reviewed</td><td>600+</td></tr>
<tr><td>Arrests</td><td>2</td></tr>
</table>

<h2>Appeal</h2>

<p>Three items remain outstanding: a Viking silver arm-ring, a gold mourning ring dated 1702 and a miniature portrait set in a gold locket. The museum's insurer, Castlegate Mutual, is offering a reward of up to &pound;20,000 for information leading to the recovery of the remaining items.</p>

<p>Anyone with information is asked to contact Northmoor Police quoting Operation Lantern, or to call Crimestoppers anonymously.</p>

<h2>Notes to editors</h2>

<p>The recovered items are being held as evidence and will be returned to Wexcombe Museum once forensic examination is complete, which is expected to take about three weeks. Images of the outstanding items are available from the press office.</p>
</article>
</body>
</html>
`;

const HIGHWAYS_REPORT = `# Northfold County Council — Highways and Transport Committee

**Meeting date:** Monday 14 October 2024
**Agenda item:** 7
**Report title:** Emergency closure of Tanbury Bridge (B4127 Mill Lane) following principal inspection
**Report author:** Dr Priya Ramanathan, Head of Bridges and Structures
**Responsible director:** Simon Achebe, Director of Place
**Cabinet member:** Cllr Martin Oduya, Cabinet Member for Highways and Transport
**Status:** For decision (urgent item)

## 1. Purpose of report

1.1 To inform the committee of the emergency closure of Tanbury Bridge, which took effect at 7pm on Friday 11 October 2024, and to seek approval for emergency expenditure of £420,000 on temporary propping works to Span 3.

1.2 To seek authority to submit a bid of £3.6 million to the Department for Transport's Structures Resilience Fund for the permanent repair of the bridge.

## 2. Background

2.1 Tanbury Bridge carries the B4127 Mill Lane over the River Wend on the northern edge of Tanbury. It is a five-span reinforced concrete beam-and-slab structure, 96 metres long, built in 1934 and widened on its upstream side in 1968.

2.2 The bridge carries an average of 14,200 vehicles per day, of which approximately 6% are heavy goods vehicles. It is the only crossing of the Wend between Tanbury and Corley Mill, a distance of some 5 miles.

2.3 The previous principal inspection, carried out in June 2019, gave the bridge a Bridge Condition Index (BCI) score of 63. That inspection recommended concrete repairs to Spans 3 and 4 at an estimated cost of £780,000. These works were deferred in the 2020/21 and 2021/22 capital programmes owing to budget pressures.

2.4 An 18-tonne weight restriction has been in place on the bridge since March 2021.

## 3. Principal inspection, October 2024

3.1 The council's term consultant, Halden Structural Consulting Ltd, carried out a principal inspection between Tuesday 1 October and Thursday 3 October 2024. The inspection team was led by Tomasz Wrobel, Associate Director at Halden, and used a rope-access team and an under-bridge inspection unit.

3.2 Preliminary findings were reported to council officers on Wednesday 9 October 2024. The overall BCI score has fallen from 63 to 41, which places the bridge in the "poor" band.

3.3 The most serious defects were found in Span 3, the central span over the main river channel. Intrusive testing found section loss of up to 40% in the bottom reinforcement of two of the six main beams, caused by chloride-induced corrosion from de-icing salt leaking through a failed deck joint.

3.4 A summary of findings by span is set out in Table 1.

**Table 1: Summary of principal inspection findings by span (Halden Structural Consulting, October 2024)**

| Span | Length (m) | Element condition score (2019) | Element condition score (2024) | Principal defects | Priority |
|------|-----------:|------:|------:|---|---|
| 1 (south abutment) | 17 | 71 | 64 | Minor spalling to parapet; vegetation growth | Low |
| 2 | 20 | 68 | 55 | Cracking to soffit; leaching at construction joint | Medium |
| 3 (main channel) | 22 | 54 | 23 | Section loss up to 40% in bottom reinforcement of beams B3 and B4; delamination over 18 sq m of soffit | Critical |
| 4 | 20 | 58 | 39 | Bearing displacement of 35 mm at Pier 4; spalling with exposed reinforcement | High |
| 5 (north abutment) | 17 | 66 | 61 | Scour of 0.6 m at abutment toe; minor cracking | Medium |

3.5 Halden advised that, on the basis of the Span 3 findings, the bridge could no longer be shown to carry its assessed live load with an adequate margin of safety. Mr Wrobel's covering letter states: "We are not able to recommend that the structure remain open to traffic of any weight until Span 3 has been propped."

## 4. Decision to close

4.1 Following a meeting with Halden on Thursday 10 October 2024, the Director of Place, using delegated emergency powers, authorised the closure of the bridge to all vehicles and pedestrians. The closure took effect at 7pm on Friday 11 October 2024.

4.2 A signed diversion of 6.8 miles has been put in place via the A612 and Station Road through Tanbury town centre. Officers estimate that the diversion adds around 15 minutes to a typical journey at peak times.

4.3 To manage traffic on the diversion, 12 on-street parking bays on Station Road have been suspended and temporary traffic signals installed at the junction of Station Road and Bridge Street.

4.4 Wendvale Buses has diverted routes 42 and 42A, which together carry around 1,100 passengers a day across the bridge.

## 5. Options and costs

5.1 Officers have considered three options, summarised in Table 2.

**Table 2: Options for Tanbury Bridge**

| Option | Description | Estimated cost | Estimated duration |
|---|---|---:|---|
| A | Temporary propping of Span 3 only, then reopen single lane to vehicles under 3 tonnes | £420,000 | 6 weeks to install |
| B | Permanent repair: concrete repairs, beam strengthening, joint and bearing replacement | £3.6 million | 14 months |
| C | Full replacement of the superstructure | £11.2 million | 3 years (including design and consents) |

5.2 Officers recommend Option A as an immediate measure, followed by Option B subject to funding. If propping is successful, a single-lane reopening for vehicles under 3 tonnes, controlled by signals, could be possible from early February 2025.

5.3 Option C is not recommended at this stage, as the substructure (piers and abutments) is in fair condition and a repair is expected to extend the life of the bridge by at least 40 years.

## 6. Financial implications

6.1 The £420,000 for propping would be met from the council's highways contingency reserve, which currently stands at £1.9 million.

6.2 The council's own capital programme cannot fund Option B in 2024/25. A bid of £3.6 million will be submitted to the Department for Transport's Structures Resilience Fund by the deadline of Friday 22 November 2024. If the bid is unsuccessful, officers will report back with alternative funding proposals.

## 7. Recommendations

7.1 That the committee notes the emergency closure of Tanbury Bridge from 11 October 2024.

7.2 That the committee approves emergency expenditure of £420,000 from the highways contingency reserve for temporary propping of Span 3.

7.3 That the committee authorises the Director of Place to submit a bid of £3.6 million to the Structures Resilience Fund.

In presenting the report, Dr Ramanathan said: "Closing a bridge that 14,000 people rely on every day is never a decision we take lightly, but the evidence from Span 3 left us no responsible alternative."
`;

const TRUST_MINUTES = `# Aldermoor Learning Trust — Minutes of the Board of Trustees

**Meeting:** Ordinary meeting of the Board of Trustees
**Date:** Thursday 27 February 2025, 6.00pm to 8.40pm
**Venue:** Trust Central Office, 14 Quarry Street, Castlebridge

**Present (trustees):** Rosalind Akande (Chair), Vikram Shah (Vice-Chair), Anne Colley, Peter Danvers, Meera Joshi, Colin Reeve, Sarah Ellwood, Tom Mbeki-Lowry, Fiona Grant (9 of 10 trustees; quorate)

**In attendance:** Graham Pettifer (Chief Executive Officer), Simon Clarke (Chief Financial Officer), Karen Lowe (Director of Education), Laura Benn (Clerk to the Board)

**Apologies:** David Okafor (trustee)

---

## 1. Welcome, apologies and declarations of interest

The Chair welcomed trustees. Apologies were received and accepted from David Okafor. Meera Joshi declared that her daughter attends Harcourt Academy; the Board agreed this did not prevent her taking part in item 4.

## 2. Minutes of the previous meeting (Thursday 12 December 2024)

The minutes were approved as a correct record and signed by the Chair.

## 3. Chief Executive's report

The CEO reported that the trust's seven schools have a combined roll of 4,870 pupils. Westfield Park Academy, the trust's largest school with 1,140 pupils, remains the only secondary school in the trust apart from Harcourt Academy. Attendance across the trust stands at 93.1 per cent for the year to date.

## 4. Finance: 2024/25 forecast outturn

The CFO presented the month 5 forecast. The Board had approved in July 2024 a budget showing an in-year surplus of £0.40m. The forecast now shows an in-year deficit of £1.84m on total income of £38.60m and total expenditure of £40.44m.

| Budget line | 2023/24 actual | 2024/25 budget | 2024/25 forecast | Variance to budget |
|---|---|---|---|---|
| General Annual Grant (GAG) income | £34.20m | £35.10m | £35.10m | £0.00m |
| Other income (SEND top-up, lettings, catering) | £3.30m | £3.40m | £3.50m | +£0.10m |
| **Total income** | **£37.50m** | **£38.50m** | **£38.60m** | **+£0.10m** |
| Teaching staff | £24.60m | £25.80m | £26.90m | -£1.10m |
| Support staff | £7.10m | £7.40m | £7.70m | -£0.30m |
| Agency and supply staff | £0.80m | £0.60m | £1.30m | -£0.70m |
| Energy | £1.90m | £1.60m | £1.75m | -£0.15m |
| Premises and other costs | £2.60m | £2.70m | £2.79m | -£0.09m |
| **Total expenditure** | **£37.00m** | **£38.10m** | **£40.44m** | **-£2.34m** |
| **In-year surplus / (deficit)** | **£0.50m** | **£0.40m** | **(£1.84m)** | **-£2.24m** |

The CFO explained that the largest single variance was on teaching staff. "The variance on teaching staff is largely the unfunded element of the September pay award," he said. The 5.5 per cent teachers' pay award from September 2024 had been only partly covered by additional grant.

The second largest variance was agency and supply spending, forecast at £1.30m against a budget of £0.60m, more than double. The CFO reported that an internal audit completed on Monday 17 February 2025 had found that Westfield Park Academy had committed £412,000 of supply staff spending without trust approval, in breach of the scheme of delegation. The detail of the audit was taken in the confidential Part B of the meeting (item 8).

Energy costs were forecast at £1.75m, below the 2023/24 actual of £1.90m but above the budget of £1.60m.

Reserves: if the forecast is realised, the trust's revenue reserves will fall from £2.90m at 31 August 2024 to £1.06m at 31 August 2025, below the trust's reserves policy minimum of 3 per cent of income.

Trustee Vikram Shah asked whether the forecast had been stress-tested. The CFO said a downside scenario showed a deficit of up to £2.05m.

## 5. Financial recovery plan

The CEO presented a recovery plan intended to save £2.3m over two years (2025/26 and 2026/27). Its main measures are:

- formal consultation on the reduction of up to 38 support staff posts across the trust's schools, opening in April 2025;
- central procurement of all supply and agency staff through a single framework from 1 April 2025;
- a freeze on non-essential recruitment with immediate effect;
- a review of energy contracts when the current contract expires in October 2025.

The Chair said: "We cannot allow one year's overspend to become a permanent hole in the trust's finances."

Trustee Anne Colley said: "I am not comfortable approving staffing cuts before we understand how the overspend happened." Trustee Peter Danvers asked that the consultation include the recognised trade unions from the outset; the CEO agreed.

The Board voted on the recovery plan: 7 in favour, 2 against (Anne Colley, Peter Danvers). The plan was **approved**.

The CFO reminded trustees that the Education and Skills Funding Agency (ESFA) requires a recovery plan and revised three-year budget forecast from the trust by Monday 31 March 2025.

## 6. Safeguarding and HR update

Deferred to the next meeting.

## 7. Any other business

None.

## 8. Part B — confidential

Minuted separately. Trustees noted the findings of the internal audit and the CEO's intention to take advice on next steps regarding the leadership of Westfield Park Academy.

## 9. Date of next meeting

Thursday 3 April 2025, 6.00pm, Trust Central Office.

*Signed as a correct record: ____________________ (Chair)*
*Minutes prepared by Laura Benn, Clerk to the Board, Friday 28 February 2025*
`;

const INSPECTORATE_REPORT = `# Inspection of 999 Call Handling: Northmoor Constabulary

**Published by:** HM Inspectorate of Policing and Public Safety (HMIPPS)
**Lead inspector:** Dr Priya Lanark, HM Inspector of Constabulary
**Fieldwork:** 3 to 14 March 2025
**Publication date:** Tuesday 6 May 2025

## Summary

HM Inspectorate of Policing and Public Safety carried out an unannounced inspection of the force control room at Calder House, Brackwell, between 3 and 14 March 2025. The inspection examined how quickly Northmoor Constabulary answers emergency (999) calls, how calls are graded, and how the force manages staffing in its control room.

The national standard requires forces to answer 90 per cent of 999 calls within 10 seconds. Northmoor Constabulary has not met that standard in any quarter since April 2023.

In the quarter from October to December 2024, the force answered only 61 per cent of 999 calls within 10 seconds. The average time to answer a 999 call in that quarter was 48 seconds, compared with 14 seconds in the same quarter of 2023.

Dr Lanark said: "The people of Northmoor deserve to have their emergency calls answered promptly. Too many callers are waiting far too long, and some are giving up before anyone speaks to them."

We have graded the force's call handling as **inadequate**, the lowest of our four grades.

## Answering times by quarter

The table below shows the force's performance for 999 calls over the last five quarters. "Abandoned" means the caller hung up before the call was answered.

| Quarter | 999 calls received | Answered within 10 seconds | Average time to answer | Calls abandoned |
|---|---|---|---|---|
| Oct–Dec 2023 | 41,210 | 88% | 14 seconds | 1,030 |
| Jan–Mar 2024 | 39,880 | 84% | 19 seconds | 1,410 |
| Apr–Jun 2024 | 43,560 | 76% | 27 seconds | 2,260 |
| Jul–Sep 2024 | 46,920 | 68% | 39 seconds | 3,180 |
| Oct–Dec 2024 | 44,130 | 61% | 48 seconds | 3,970 |

The number of abandoned 999 calls almost quadrupled over the period, from 1,030 to 3,970. The longest single wait recorded during fieldwork was 11 minutes and 42 seconds, on Saturday 8 March 2025.

## Comparison with neighbouring forces

We compared Northmoor with three neighbouring forces of similar size for the quarter from October to December 2024.

| Force | Answered within 10 seconds | Average time to answer |
|---|---|---|
| Westvale Police | 91% | 8 seconds |
| Ashby and Lorne Constabulary | 83% | 17 seconds |
| Southdean Police | 79% | 21 seconds |
| Northmoor Constabulary | 61% | 48 seconds |

Of the four forces, only Westvale Police met the national standard. Northmoor had the slowest average answering time of the group.

## Staffing

The force has funding for 212 full-time equivalent call handlers. At the time of our inspection, 164 were in post, a shortfall of 48. Sickness absence among call handlers averaged 9.4 per cent over 2024, compared with 4.1 per cent for police staff across the force.

Superintendent Owen Rafferty, head of the force contact centre, told inspectors that 37 call handlers had left in the twelve months to February 2025, and that new recruits take around 14 weeks to complete training.

The Northmoor branch of the Unison union told us that its members describe "constant pressure and too few breaks". Branch secretary Denise Okafor said: "Staff are leaving because they are exhausted, not because they do not care."

## Call grading

We reviewed 250 emergency calls. In 31 of them, we found the call had been given a lower priority grade than it should have been. In 6 of those 31 cases, the delay could have put someone at risk of serious harm.

## Recommendations

We make four recommendations. Within three months, the force should:

1. produce a staffing plan that fills the vacancies in the contact centre by March 2026;
2. review how it grades calls involving domestic abuse and vulnerable people;
3. report its 999 answering times to the Police and Crime Commissioner every month; and
4. introduce a callback process for abandoned 999 calls, so that every abandoned call is returned within 15 minutes.

We will revisit the force in November 2025 to check its progress.
`;

const CLUB_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Club statement: Canal Street capacity | Millbridge Town FC</title>
</head>
<body>
<article>
<h1>Club statement: Canal Street capacity</h1>
<p class="dateline">Published Wednesday 15 October 2025, 4.30pm</p>

<p>Millbridge Town FC can confirm that the capacity of Canal Street Stadium will be reduced from 18,400 to 14,150 following a recommendation by Millbridge Borough Council's Safety Advisory Group, which met on Tuesday.</p>

<p>The reduction follows a structural survey of the East Stand commissioned by the club in September. The survey found corrosion to a number of the steel columns that support the roof and identified crush barriers in the lower tier that did not meet current standards. As a result, the upper tier of the East Stand will close with immediate effect and the lower tier will operate at a reduced capacity of 1,500. The capacity of the South Stand will also be reduced by 550 because one of its exit routes runs through the East Stand concourse.</p>

<p>Chairman Richard Ainsley said: "This is not the news any of us wanted, but the safety of our supporters comes first and we fully accept the group's decision. We will do everything we can to look after the fans who are affected and to get the East Stand back to full strength as quickly as possible."</p>

<h2>Supporters affected</h2>

<p>The changes affect 3,530 season-ticket holders. Every one of them will be contacted by the ticket office by email before the home match against Eastport Rovers on Saturday 18 October.</p>

<table>
<thead>
<tr><th>Area</th><th>Season-ticket holders affected</th></tr>
</thead>
<tbody>
<tr><td>East Stand upper tier</td><td>1,940</td></tr>
<tr><td>East Stand lower tier</td><td>1,210</td></tr>
<tr><td>South Stand (Family Stand)</td><td>380</td></tr>
<tr><td><strong>Total</strong></td><td><strong>3,530</strong></td></tr>
</tbody>
</table>

<p>Affected supporters can choose one of three options:</p>
<ul>
<li>relocation to an equivalent seat in the West Stand or North Stand, where available, at no extra cost;</li>
<li>a pro-rata refund for the remaining home league matches, worked out at £19 per match for adults and £8 per match for under-16s;</li>
<li>a credit of the same value plus 10% towards a 2026/27 season ticket.</li>
</ul>

<p>Supporters must tell the club their choice by Friday 24 October. Anyone who does not respond will be given a refund automatically. The ticket office at the West Stand will open extended hours, 9am to 7pm, on Thursday 16 and Friday 17 October.</p>

<h2>Financial impact and the works</h2>

<p>The club estimates that the reduced capacity will cost around £85,000 in lost ticket and hospitality revenue for each home match. There are 17 home league matches remaining this season.</p>

<p>Chief Operating Officer Colin Reddaway said: "We expect the work to take around 16 weeks, and we will be pushing to get it started before Christmas. The board has agreed to fund the works in full from the club's own resources, and we are not asking the council for money."</p>

<p>The club has appointed Brayfield Construction to carry out the strengthening works, which are provisionally costed at £2.3 million. The club will submit its programme of works to the Safety Advisory Group by the end of October.</p>

<p>The club thanks the Millbridge Town Supporters' Trust for its help in getting information to fans and will meet trust representatives on Monday 20 October.</p>

<p>Media enquiries: Kirsty Dalgleish, Head of Communications, media@millbridgetownfc.co.uk</p>
</article>
</body>
</html>
`;

const SAG_MINUTES = `# Millbridge Borough Council — Safety Advisory Group (Canal Street Stadium)

## Minutes of an extraordinary meeting

**Date:** Tuesday 14 October 2025, 10:00–12:40
**Venue:** Committee Room 2, Millbridge Civic Centre, Market Parade

### Present

- Cllr Deborah Quinlan, Cabinet Member for Community Safety, Millbridge Borough Council (Chair)
- Martin Osei, Safety Officer, Millbridge Borough Council
- Chief Inspector Helen Ferraby, Northshire Police
- Station Manager Gareth Lund, Northshire Fire and Rescue Service
- Priya Natarajan, Building Control Manager, Millbridge Borough Council
- Dr Alan Whitcombe, structural engineer, Hartley Whitcombe Associates (consultant to the group)
- Colin Reddaway, Chief Operating Officer, Millbridge Town FC
- Sarah Blyth, Stadium Safety Officer, Millbridge Town FC

**In attendance (observer):** Niamh Carroll, Inspector, Sports Grounds Safety Authority

**Apologies:** Dr Faisal Rahman, Northshire Ambulance Service

---

### 1. Purpose of the meeting

The Chair explained that the meeting had been called at five days' notice following receipt of the interim structural survey of the East Stand (Canal Side) at Canal Street Stadium. The group was asked to consider whether the current general safety certificate, which permits a total capacity of 18,400, remained appropriate.

### 2. Interim structural survey of the East Stand

Dr Whitcombe presented the findings of the survey carried out by Hartley Whitcombe Associates between Monday 29 September and Friday 3 October 2025.

- Section loss due to corrosion was found at the base of 11 of the 36 steel columns supporting the East Stand roof. In four of these columns the loss exceeded 25% of the original flange thickness.
- Of the 140 crush barriers in the East Stand lower tier, 23 (about 16%) failed the load test required under the Guide to Safety at Sports Grounds.
- No defects of concern were found in the North Stand or West Stand. The South Stand was not surveyed in detail, as it was rebuilt in 2011.

Dr Whitcombe said: "I would not be comfortable putting people in the upper tier until every one of those columns has been assessed properly and, where needed, strengthened." He advised that the upper tier should be closed with immediate effect and that spectators in the lower tier should be kept clear of the rows served by the failed barriers.

Ms Natarajan confirmed that Building Control concurred with the survey's recommendations.

### 3. Means of escape and the South Stand

Station Manager Lund noted that the East Stand concourse currently provides one of the three egress routes for the South Stand (Family Stand). With the upper tier closed, that concourse will be shut, leaving two routes. On the basis of the reduced exit capacity, Mr Osei recalculated the South Stand's safe capacity at 3,650, a reduction of 550.

Chief Inspector Ferraby said Northshire Police had no objection to the reduction and did not consider that the away allocation of 1,200 in the North Stand needed to change.

### 4. Revised capacities

The group agreed the following revised capacities, to apply from the first home match after the issue of an amended general safety certificate.

| Stand | Current capacity | Revised capacity | Change |
|---|---:|---:|---:|
| North Stand (Hollins Road End) | 3,900 | 3,900 | 0 |
| South Stand (Family Stand) | 4,200 | 3,650 | −550 (−13%) |
| West Stand (Main Stand) | 5,100 | 5,100 | 0 |
| East Stand — upper tier | 2,400 | 0 | −2,400 (closed) |
| East Stand — lower tier | 2,800 | 1,500 | −1,300 (−46%) |
| **Total** | **18,400** | **14,150** | **−4,250 (−23%)** |

### 5. Representations from the club

Mr Reddaway said the club accepted the findings but asked whether 800 additional seats in the lower tier, in blocks L1 and L2 where all barriers had passed, could be reopened once stewarding plans were revised. Dr Whitcombe advised that the barriers in those blocks share a foundation with two failed barriers and should be retested first. The group declined the request for the time being and agreed to revisit it at the next meeting.

Mr Reddaway told the group the club's contractor had provisionally estimated remedial works at £2.3 million and a programme of about 16 weeks. Ms Blyth confirmed that the club's stewarding numbers would be reduced from 410 to 330 per match in line with the lower capacity.

### 6. Decision

The Chair summarised: "Nobody around this table wants to see fewer fans at Canal Street, but we cannot certify what we cannot be sure of." The group agreed by consensus to recommend the revised capacities set out in item 4. Ms Carroll (SGSA) noted that the authority supported the approach.

### 7. Actions

| No. | Action | Owner | Deadline |
|---|---|---|---|
| 1 | Issue amended general safety certificate (capacity 14,150) | M. Osei | Thursday 16 October 2025 |
| 2 | Submit remedial works programme and method statement | C. Reddaway | Friday 31 October 2025 |
| 3 | Retest barriers in lower tier blocks L1 and L2 | Hartley Whitcombe Associates | Friday 31 October 2025 |
| 4 | Revised stewarding and evacuation plan | S. Blyth | Friday 17 October 2025 |

The first match affected will be the Northern Premier fixture against Eastport Rovers on Saturday 18 October 2025. The capacities will be formally reviewed in 12 weeks, on Tuesday 6 January 2026, or earlier if the works are completed.

### 8. Next meeting

Thursday 6 November 2025, 10:00, Committee Room 2.

*Minutes taken by Lauren Pike, Democratic Services Officer.*
`;

const APHD_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bovine TB confirmed in dairy herd near Carrowby | Animal and Plant Health Directorate</title>
</head>
<body>
<header>
<p>Animal and Plant Health Directorate (APHD) &mdash; Press Office</p>
<p>Press release reference: APHD/PR/2025/031</p>
<p>Issued: Monday 10 March 2025</p>
</header>

<h1>Bovine TB confirmed in dairy herd near Carrowby</h1>

<p>The Animal and Plant Health Directorate (APHD) has confirmed a new breakdown of bovine tuberculosis (bTB) in a dairy herd at Hollowmere Farm, near Carrowby in the county of Westvale.</p>

<p>Routine six-monthly skin testing of the herd of 412 cattle began on Tuesday 4 March 2025 and was read on Friday 7 March 2025. A total of 37 animals were identified as reactors and a further 9 animals gave inconclusive results. The herd had been officially TB free since 2016 and its last clear test was on 18 September 2024.</p>

<p>Movement restrictions were placed on the holding on Monday 10 March 2025. No cattle may move on or off the farm, except directly to slaughter under licence, until the herd has passed two consecutive clear tests at least 60 days apart. In practice this means restrictions will last for a minimum of 120 days.</p>

<p>&ldquo;Finding 37 reactors in a herd that has been clear for almost nine years is a serious blow for the family and for the local farming community,&rdquo; said Dr Graham Lennox, Deputy Chief Veterinary Officer at the APHD. &ldquo;Our priority now is to remove infected animals quickly, trace where the disease came from and stop it spreading to neighbouring herds.&rdquo;</p>

<h2>Next steps</h2>

<ul>
<li>All 37 reactors will be valued and removed to slaughter. Removal is scheduled for Monday 17 March 2025.</li>
<li>The 9 inconclusive animals will be isolated and retested after 60 days.</li>
<li>Interferon-gamma blood samples will be taken from the whole herd on Wednesday 12 March 2025.</li>
<li>Tissue samples from slaughtered reactors will be cultured at the National Veterinary Laboratory in Ardley. Culture results are expected within 8 to 12 weeks.</li>
<li>The 14 cattle herds within a 3 km radius of the farm will be offered a surveillance skin test within the next 30 days, at no cost to their keepers.</li>
</ul>

<p>Contact tracing is under way. Six in-calf heifers bought by the farm at Penwarden livestock market on 21 November 2024 have been traced back to their herd of origin, which will be tested. Three herds that received cattle from Hollowmere Farm in the past six months will also be tested.</p>

<p>Rachel Dunmore, the APHD's Field Operations Manager for the Western Region, said: &ldquo;We have written to every keeper in the 3 km zone this morning. Testing is free, and we would urge them to book it as soon as possible.&rdquo;</p>

<h2>Compensation</h2>

<p>Keepers receive compensation for animals removed because of bTB. Compensation is based on average market prices for each category of animal, set monthly. For the reactors at Hollowmere Farm, the APHD estimates total compensation of around &pound;53,650, an average of &pound;1,450 per animal. Compensation does not cover consequential losses such as lost milk income.</p>

<h2>Background: new herd breakdowns in Westvale</h2>

<table>
<thead>
<tr><th>Year</th><th>New herd breakdowns</th><th>Herds under restriction at year end</th></tr>
</thead>
<tbody>
<tr><td>2022</td><td>14</td><td>8</td></tr>
<tr><td>2023</td><td>19</td><td>10</td></tr>
<tr><td>2024</td><td>23</td><td>11</td></tr>
</tbody>
</table>

<p>Westvale is classed as an Edge Area for bovine TB. The APHD reminds keepers that bTB is a notifiable disease and the risk to public health is very low, as milk from the farm is pasteurised.</p>

<footer>
<p>Media enquiries: APHD Press Office, 0300 555 0192 (Monday to Friday, 8am to 6pm).</p>
</footer>
</body>
</html>
`;

const FARM_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Wednesday 12 March 2025, 2.15pm to 2.50pm
Place: Farm office, Hollowmere Farm, Carrowby
Interviewer: Lucy Harrow, farming correspondent, Westvale Gazette
Interviewees: Thomas Ashdown, owner, Hollowmere Farm; Megan Orrell, regional adviser (Western Region), National Dairy Farmers' Union (NDFU)
Recording: audio, 35 minutes. Transcribed by Lucy Harrow.

LUCY HARROW: Thanks for seeing me today, with everything going on. The APHD vets were here this morning?

THOMAS ASHDOWN: They were, from half seven. They took blood from every animal on the place for the gamma test. Four of them plus our own vet, Siân. It took the whole morning.

LUCY HARROW: How did you hear the result of the skin test?

THOMAS ASHDOWN: Siân read it on the Friday. She came in here and sat down, and I knew from her face. Thirty-seven. I've had this farm thirty-one years, my father had it before me and his father before him, and we've never had more than a single inconclusive. Never a reactor.

LUCY HARROW: What does losing 37 animals mean for the business?

THOMAS ASHDOWN: Twenty-four of them are milkers. Those cows were giving about twenty-eight litres a day each, so that's roughly six hundred and seventy litres a day gone. At thirty-eight pence a litre, you're looking at over two hundred and fifty pounds a day. And the compensation doesn't touch that.

MEGAN ORRELL: That's the point we keep making to government. The compensation covers the value of the animal on the day, and that's all. It doesn't cover lost milk, it doesn't cover the cost of replacing those cows, and it doesn't cover the four months minimum he can't sell any stock except to slaughter.

LUCY HARROW: The APHD says around fifty-three thousand pounds in compensation. Is that fair?

MEGAN ORRELL: For a pedigree Holstein herd, it's well under what those cows are worth. Some of those cows would fetch two thousand two hundred pounds at a good sale. Our estimate is that the true cost of a breakdown like this one, over a year, is somewhere over a hundred and twenty thousand pounds.

LUCY HARROW: How common is this now in Westvale?

MEGAN ORRELL: It's getting worse. Twenty-three new breakdowns in the county last year, against fourteen in 2022. When I started this job, you'd hear about one or two a year in this part of the county. Now I'm on the phone to a family like Tom's every few weeks.

LUCY HARROW: Tom, do you know where it came from?

THOMAS ASHDOWN: I've got my ideas. There's a sett on the boundary at Long Meadow, it's been there since the winter, it's active. The cows are on that field from April. The heifers from Penwarden, three of those went down too, but they were never in with the milkers. They were in the old shed on their own.

LUCY HARROW: Do you regret buying those heifers?

THOMAS ASHDOWN: You can't farm looking backwards. They came with a clear test. I did what I was supposed to do.

LUCY HARROW: What happens next?

THOMAS ASHDOWN: The reactors go on Monday, the seventeenth. That's the day I'm dreading. Then we wait for the gamma results and we wait for the retest. Siân wants me to double-fence Long Meadow, and I'll do it, but that's over four thousand pounds I haven't got this month.

MEGAN ORRELL: The union is running a drop-in meeting for affected farmers at Carrowby Market Hall on Thursday 20 March, from 7pm. There'll be an adviser from the APHD there, and we'll have people who can help with the compensation forms and with the mental health side of things, which people forget about. It's free and anyone's welcome.

LUCY HARROW: What would you say to other farmers in the 3 km zone?

THOMAS ASHDOWN: Get your test booked. Don't wait. I'd rather my neighbours found out now than in six months.

MEGAN ORRELL: And I'd add: talk to someone. Nobody should have to go through this on their own.

LUCY HARROW: Thank you both.

[END OF RECORDING]
`;

describe('the forty-second round: the drafts h398–h409, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a ranking of durations in one unit; counted days are no unit of measure', async () => {
    const remarks = judgeWith(await workspaceIndex({ 'sources/sentencing_remarks.md': SENTENCING_REMARKS }));
    const longest = remarks('The longest spill began on Monday 14 February 2022 and lasted 41 hours.');
    assert.notEqual(longest.verdict, 'contradicted', why(longest));
    const shorter = remarks('The longest spill began on Monday 9 May 2022 and lasted 18 hours 30 minutes.');
    assert.ok(shorter.conflicts.some((c) => c.claim === 'The longest' && /41 hours/.test(c.source)), why(shorter));
    const release = judgeWith(await workspaceIndex({ 'sources/esa_press_release.html': REGULATOR_RELEASE }));
    const dry = release('Northmere Water Services has been fined £4.2 million for pumping untreated sewage into the River Aske at Holcombe on six dry days in 2021 and 2022.');
    assert.notEqual(dry.verdict, 'contradicted', why(dry));
  });

  test('a vice-chair is no chair; a transcript label that is a surname names that person', async () => {
    const files = { 'sources/parish_council_transcript.txt': PARISH_TRANSCRIPT };
    const parish = judgeWith(await workspaceIndex(files));
    const vice = parish('Vice-chair Robert Essex said that six hours a week "is not a post office" but "a gesture".');
    assert.notEqual(vice.verdict, 'contradicted', why(vice));
    const chair = parish('Chair Robert Essex said that six hours a week "is not a post office" but "a gesture".');
    assert.equal(chair.verdict, 'contradicted', why(chair));
    assert.deepEqual(await misattributions(files, '"If you\'re eighty and you don\'t drive, Kelsey Bridge might as well be on the moon," said Robert Essex.'), ['These words were said by Alan Firth (director), not Robert Essex']);
  });

  test('a column the claim names by half its header; a row named by a word of another name', async () => {
    const board = judgeWith(await workspaceIndex({ 'sources/board_paper_2025-07-24.md': HEAT_BOARD_PAPER }));
    const busiest = board('A heatwave that gripped Calderbridge for seven days this month pushed its hospitals to the busiest day in their history, with 734 people arriving at emergency departments on Thursday 17 July.');
    assert.notEqual(busiest.verdict, 'contradicted', why(busiest));
    const report = judgeWith(await workspaceIndex({ 'sources/ombudsman_report_millbrook.md': OMBUDSMAN_REPORT }));
    const forum = report("Nine days after the report, about 85 residents packed into Eastfield Community Centre for a meeting of the Eastfield Tenants' Forum.");
    assert.notEqual(forum.verdict, 'contradicted', why(forum));
    const linnet = report('The Linnet Way resident, aged 81, waited 14 months for the damp to be repaired.');
    assert.equal(linnet.verdict, 'contradicted', why(linnet));
  });

  test('"questioning" / "enquiries"; "Span 3" names a span; "rising from" a figure', async () => {
    const police = judgeWith(await workspaceIndex({ 'sources/police_press_release.html': POLICE_RELEASE }))('More than 40 officers worked on the case, reviewing over 600 hours of CCTV footage and questioning antiques dealers in three counties.');
    assert.notEqual(police.verdict, 'contradicted', why(police));
    const beams = judgeWith(await workspaceIndex({ 'sources/highways_report.md': HIGHWAYS_REPORT }))('Tests found that steel bars in two of the six main beams under Span 3 had lost as much as 40 per cent of their section.');
    assert.notEqual(beams.verdict, 'contradicted', why(beams));
    const calls = judgeWith(await workspaceIndex({ 'sources/inspectorate_report.md': INSPECTORATE_REPORT }));
    const rising = calls('The number of callers who hung up before being answered almost quadrupled, rising from 1,030 to 3,970 over five quarters.');
    assert.notEqual(rising.verdict, 'contradicted', why(rising));
    const falling = calls('The number of callers who hung up before being answered almost quadrupled, falling from 1,030 to 3,970 over five quarters.');
    assert.equal(falling.verdict, 'contradicted', why(falling));
  });

  test('"the CFO" is the chief financial officer; a balance row ranks nothing', async () => {
    const files = { 'sources/board_minutes_2025-02-27.md': TRUST_MINUTES };
    const quote = 'told trustees: "The variance on teaching staff is largely the unfunded element of the September pay award."';
    assert.deepEqual(await misattributions(files, `Simon Clarke, the trust's chief financial officer, ${quote}`), []);
    assert.equal((await misattributions(files, `Karen Lowe, the trust's director of education, ${quote}`)).length, 1);
    const minutes = judgeWith(await workspaceIndex(files));
    const teaching = minutes('The biggest overspend is on teaching staff, where costs are running £1.1 million above budget.');
    assert.notEqual(teaching.verdict, 'contradicted', why(teaching));
    const agency = minutes('The biggest overspend is on agency and supply staff, where costs are running £0.7 million above budget.');
    assert.ok(agency.conflicts.some((c) => /^Agency and supply staff$/i.test(c.claim) && /Teaching staff as the biggest \(/.test(c.source)), why(agency));
  });

  test('a row the claim does not name, where it names another; a body\'s figures are no one\'s speech', async () => {
    const stadium = judgeWith(await workspaceIndex({ 'sources/club_statement.html': CLUB_STATEMENT, 'sources/sag_minutes_2025-10-14.md': SAG_MINUTES }));
    const total = stadium('The changes affect 3,530 season-ticket holders, including 1,940 in the East Stand upper tier.');
    assert.notEqual(total.verdict, 'contradicted', why(total));
    const wrong = stadium('The changes affect 3,350 season-ticket holders, including 1,940 in the East Stand upper tier.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
    const files = { 'sources/aphd_press_release.html': APHD_RELEASE, 'sources/interview_ashdown_orrell.txt': FARM_INTERVIEW };
    assert.deepEqual(await misattributions(files, 'New herd breakdowns in Westvale have risen each year, from 14 in 2022 to 23 last year, according to APHD figures.'), []);
  });

  test('"do not accept the submission that …" still denies "accepted the defence argument that …" (a guard for a denial\'s object)', async () => {
    const remarks = judgeWith(await workspaceIndex({ 'sources/sentencing_remarks.md': SENTENCING_REMARKS }));
    const accepted = remarks('The judge accepted the defence argument that low river flows during a dry spell had contributed to the fish deaths.');
    assert.ok(accepted.conflicts.some((c) => c.kind === 'negation' && /do not accept the submission/.test(c.source)), why(accepted));
  });
});
