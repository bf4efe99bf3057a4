/**
 * The forty-third round, fourth part: the false alarms shown as errors in the drafts written against 19de2fc
 * (h458–h467: a water company's pollution prosecution, a county show's cancellation, a knife amnesty, a Christmas
 * lights switch-on called off, bin collection changes, a ferry's grounding), and words for figures. "The most serious
 * incident" ranks no column; "even without livestock" / "even if the livestock sections were dropped"; a column named
 * in full gives the figure, not one named by a word of its header; "corroded" / "corrosion"; "dealt with" /
 * "attending to"; an answer's "none" denies the question's noun; a row named after "than" is the comparison's; "twice"
 * counts occasions as "three times" does; "eleven at night" is 23:00, "7.05 in the morning" 07:05; "the last day of
 * March" is 31 March; "4 pounds 80" is £4.80. The fixtures are the helpers' sources, whole; the people, bodies and
 * places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';
import { FERRY_INTERVIEWS } from './helperSources48';

const POLLUTION_SUMMARY = `# Environment Agency - Case Summary

**Prosecution:** Environment Agency v Leddon Valley Water Ltd
**Court:** Kesterbridge Crown Court (committed for sentence from Kesterbridge Magistrates' Court)
**Sentencing date:** Tuesday 11 March 2025
**Prepared by:** Enforcement Team, Leddon and Arle Area
**Officer in case:** Gareth Moyle, Senior Environment Officer
**Area lead:** Dr Helen Sturridge, Area Environment Manager, Leddon and Arle

## Background

Leddon Valley Water Ltd provides water and wastewater services to about 1.1 million customers across the Leddon valley and the Arle plain. It operates 47 wastewater treatment works and 212 sewage pumping stations in the Leddon and Arle area.

Hollins Mead Wastewater Treatment Works (WwTW) discharges treated effluent to the River Leddon under an environmental permit. The permit allows storm overflows only when the works is treating the required flow to full treatment (FFT) and only in storm conditions. Carr Lane Sewage Pumping Station (SPS) has an emergency overflow to the Carr Brook, a tributary of the Leddon.

The company pleaded guilty to four charges on Tuesday 8 October 2024 at Kesterbridge Magistrates' Court. Magistrates committed the case to the Crown Court for sentence because of its seriousness.

## Incidents charged

| Charge | Date | Site | Duration | Harm category (EA assessment) | Key facts |
|---|---|---|---|---|---|
| 1 | Saturday 3 August 2019 | Carr Lane SPS | 19 hours | Category 2 | Pump failure; sewage discharged to Carr Brook in dry weather; sewage fungus over 800 metres |
| 2 | Sunday 9 February 2020 | Hollins Mead WwTW | 71 hours | Category 2 | Storm overflow operated while works was treating below FFT; screen blinding |
| 3 | Monday 22 March 2021 | Hollins Mead WwTW | 11 hours | Category 3 | Discharge of partially treated effluent; no visible impact found |
| 4 | Wednesday 14 July 2021 | Hollins Mead WwTW | 26 hours | Category 1 | Untreated sewage; 3,200 dead fish over 6.5 km; dissolved oxygen 14% saturation |

Total duration of the four charged discharges: 127 hours.

## Investigation

Mr Moyle attended Hollins Mead at 7.40am on 14 July 2021 after a report from Colin Rudd, secretary of Leddon Angling Association. Sampling below the outfall found ammonia at 9.6 mg/l. Upstream, dissolved oxygen was 88% saturation.

Analysis of the company's telemetry showed 23 high-level alarms over nine hours between 13 and 14 July 2021. None was attended. The standby pump at the works had been out of service for 11 weeks before the incident.

A 2018 consultants' audit commissioned by the company identified that the inlet screens at Hollins Mead were undersized. The company shared the audit with the Agency in 2019. The screens were not replaced until April 2022.

The fish kill affected roach, chub, dace and brown trout. Agency fisheries staff estimated that full recovery of the fish population on the affected stretch could take five to seven years.

## Outcome

| Item | Amount |
|---|---|
| Charge 1 fine | £250,000 |
| Charge 2 fine | £480,000 |
| Charge 3 fine | £120,000 |
| Charge 4 fine | £1,500,000 |
| **Total fines** | **£2,350,000** |
| Prosecution costs | £186,400 |

The judge, His Honour Judge Martin Aldred, found the company's culpability to be high negligence. The Agency had submitted that the company was reckless. The company received a one-third reduction in the fines for its guilty pleas.

## Comment for press

Dr Helen Sturridge, Area Environment Manager, said: "Today's fine sends a clear message that water companies cannot treat our rivers as an overflow pipe. Our officers found thousands of dead fish and a river starved of oxygen. This did not have to happen."

She added: "We will continue to inspect Hollins Mead and every other works in this area, and we will not hesitate to prosecute again."

The Agency carried out 64 inspections of Leddon Valley Water sites in the Leddon and Arle area in 2024, up from 41 in 2023.
`;

const SHOW_MINUTES = `# Wexcombe & District Agricultural Society

## Minutes of an Extraordinary Meeting of the Board of Trustees

**Date:** Tuesday 3 June 2025, 7.00pm
**Place:** Society Offices, Hollins Lane, Wexcombe

### Present

- Margaret Elland, Chair of the Board
- Dominic Frayne, Show Director
- Priya Sandhu, Honorary Treasurer
- Colin Ashworth, Chief Livestock Steward
- Helen Tovey, Company Secretary (minutes)
- Trustees: Gareth Bowes, Annette Liddle, Samuel Okafor, Jean Whitlock, Peter Renshaw, Laura Finch

### In attendance

- Dr Rhys Pellow, Veterinary Adviser to the Society (Eastmoor Veterinary Group)

### Apologies

- Trustee Neil Harrop

---

### 1. Purpose of the meeting

The Chair opened the meeting at 7.04pm and explained that it had been called at short notice following the notice issued on Friday 30 May 2025 by the Animal Health and Welfare Agency (AHWA) confirming foot-and-mouth disease at a cattle farm near Carrow Bridge. The 143rd Wexcombe County Show was due to take place on Saturday 14 and Sunday 15 June 2025 at Ladybrook Showground.

The Chair said: "Nobody on this board wanted to be sitting in this room tonight. But our first duty is to the farmers who make this show what it is, and to their animals."

### 2. Veterinary briefing

Dr Pellow reported that Ladybrook Showground lies approximately 7.5 km from the infected premises and therefore falls inside the 10 km Surveillance Zone declared by AHWA. Under the Agency's notice, all gatherings of cattle, sheep, pigs and goats are prohibited across the whole of Eastmoor county for a minimum of 30 days from 30 May 2025. The earliest date on which the restriction could be reviewed is Sunday 29 June 2025.

Dr Pellow advised that, even if the livestock sections were dropped, the Agency would be unlikely to approve a licence for a public event drawing visitors from farms across the county. He said: "A show without livestock is still a show that brings thousands of farming families onto one field and then sends them home again. That is exactly the movement we need to stop."

### 3. Options considered

The Show Director set out three options:

1. Hold the show without any livestock classes (horses, poultry displays and trade stands only).
2. Postpone the show to a date in September 2025.
3. Cancel the 2025 show outright.

The Show Director reported that Ladybrook Showground is not available in September because the site is booked for the Eastmoor Steam Rally, and that the principal marquee contractor, Brantwood Events Ltd, had no availability before October. Option 2 was therefore not considered practicable.

Colin Ashworth said that the livestock sections accounted for 1,480 entries this year, up from 1,310 in 2024, and that "a Wexcombe Show without cattle and sheep is not a Wexcombe Show".

### 4. Financial position

The Honorary Treasurer presented the following summary of committed costs and expected refunds. All figures are in pounds sterling.

| Item | Amount committed (£) | Refundable to Society | Non-recoverable (£) |
|---|---|---|---|
| Marquee and structures (Brantwood Events Ltd) | 48,600 | 70% | 14,580 |
| Security and stewarding (Keyline Security) | 21,900 | 50% | 10,950 |
| Portable toilets and waste | 9,450 | 100% | 0 |
| Printing and advertising | 17,200 | 0% | 17,200 |
| Showground rent (Ladybrook Estate) | 12,000 | 100% | 0 |
| Prize money and trophies | 8,300 | 100% | 0 |
| **Total** | **117,450** | | **42,730** |

Income already received and to be refunded by the Society:

| Income stream | Received (£) | Count | Refund to be paid |
|---|---|---|---|
| Advance tickets | 187,300 | 11,240 tickets | 100% |
| Trade stand fees | 96,400 | 312 traders | 80% |
| Livestock entry fees | 22,150 | 1,480 entries | 100% |

The Treasurer reported that the Society's event cancellation policy with Harcastle Mutual excludes losses arising from notifiable animal disease, a clause added at the 2023 renewal. The Society would therefore bear the non-recoverable costs of £42,730 from its reserves, which stood at £318,000 at 31 March 2025. She added: "We will get through this. It will hurt, but the reserves exist for exactly this kind of year."

Trade stand holders would retain 20% of their fees as a credit against the 2026 show rather than losing it.

### 5. Decision

Trustee Annette Liddle proposed that the 2025 show be cancelled. Seconded by Trustee Samuel Okafor.

Trustees Peter Renshaw and Jean Whitlock spoke in favour of Option 1 (a show without livestock), arguing that traders depended on the income.

**Vote:** 9 in favour of cancellation, 2 against (P. Renshaw, J. Whitlock). The motion was carried.

### 6. Actions

- Show Director to issue a public statement by 10.00am on Wednesday 4 June 2025.
- Treasurer to begin ticket refunds automatically to the original payment card within 28 days.
- Chief Livestock Steward to contact all 1,480 livestock entrants personally or by email by Friday 6 June 2025.
- Company Secretary to notify Harcastle Mutual and Ladybrook Estate in writing.
- The 2026 show is provisionally fixed for Saturday 13 and Sunday 14 June 2026.

The meeting closed at 8.52pm.

*Signed as a true record: Margaret Elland, Chair*
`;

const AMNESTY_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Severn Vale Police – Knife amnesty takes 1,284 weapons off the streets</title>
</head>
<body>
<header>
<p>Severn Vale Police Corporate Communications</p>
<p>FOR IMMEDIATE RELEASE – Tuesday 14 May 2024</p>
</header>
<article>
<h1>Knife amnesty takes 1,284 weapons off the streets of Severn Vale</h1>

<p>Severn Vale Police has today published the results of its spring knife amnesty, Operation Harrow, which ran for two weeks from Monday 15 April 2024 to Sunday 28 April 2024.</p>

<p>A total of 1,284 knives and bladed weapons were handed in during the fortnight. That is a rise of 32 per cent on the 976 weapons surrendered during the force's previous amnesty in April 2023.</p>

<p>Members of the public were able to deposit weapons anonymously in 14 surrender bins. Five bins were placed in the front offices of police stations and nine were placed at community sites, including libraries, leisure centres and St Aidan's Church in Marlow Green. Last year the force used eight bins.</p>

<p>The bins were bought with £18,500 from the Police and Crime Commissioner's Community Safety Fund. Each bin was emptied by officers at least twice a week.</p>

<h2>Weapons surrendered by station area</h2>
<p>Figures for each station area include the station bin and the community bins attached to that station.</p>
<table border="1">
<thead>
<tr><th>Station area</th><th>Kitchen and domestic knives</th><th>Zombie knives and machetes</th><th>Other bladed items</th><th>Total</th></tr>
</thead>
<tbody>
<tr><td>Kettleford Central</td><td>265</td><td>48</td><td>99</td><td>412</td></tr>
<tr><td>Ashby Road</td><td>190</td><td>31</td><td>65</td><td>286</td></tr>
<tr><td>Marlow Green</td><td>158</td><td>22</td><td>51</td><td>231</td></tr>
<tr><td>Hollins Bridge</td><td>131</td><td>19</td><td>48</td><td>198</td></tr>
<tr><td>Stanmere</td><td>104</td><td>12</td><td>41</td><td>157</td></tr>
<tr><td><strong>Total</strong></td><td><strong>848</strong></td><td><strong>132</strong></td><td><strong>304</strong></td><td><strong>1,284</strong></td></tr>
</tbody>
</table>

<p>"Other bladed items" include lock knives, swords, bayonets, knuckle-dusters with blades and craft knives.</p>

<p>Kettleford Central again recorded the highest number of surrendered weapons, while Stanmere recorded the lowest.</p>

<p>Assistant Chief Constable Daniel Frame, who oversees local policing, said: "Every one of these 1,284 weapons is one that can no longer be used to hurt somebody. I want to thank every person who took the time to bring a knife to a bin."</p>

<p>Chief Inspector Rebecca Okafor, the force lead for knife crime, said: "The amnesty is only one part of our work. Officers will keep carrying out weapons sweeps and targeted stop and search where the intelligence supports it."</p>

<p>Police and Crime Commissioner Margaret Tolland said: "I was pleased to fund the bins, and I am pleased the public has used them. But amnesties must sit alongside real investment in young people."</p>

<p>During the amnesty fortnight, officers also carried out 31 weapons sweeps of parks, alleyways and waste ground, recovering a further 23 knives. These are not included in the amnesty total.</p>

<p>All surrendered weapons will be destroyed by Harcourt Metals of Dunmore, which melts down the steel for recycling at no cost to the force.</p>

<h2>Notes to editors</h2>
<ul>
<li>Surrendering a weapon in an amnesty bin does not lead to prosecution. Weapons linked to a crime may be forensically examined.</li>
<li>The force's next amnesty is expected in November 2024, subject to approval by the Police and Crime Panel.</li>
<li>Media enquiries: press office, Severn Vale Police headquarters, Kettleford.</li>
</ul>
</article>
</body>
</html>
`;

const LIGHTS_MINUTES = `# Wrexley Town Council

## Minutes of the Extraordinary (Emergency) Meeting of the Full Council

**Date:** Tuesday 19 November 2024
**Time:** 7.00pm to 8.40pm
**Venue:** Council Chamber, Wrexley Town Hall, Market Square, Wrexley

**Present:** Cllr Margaret Holloway (Mayor, in the Chair), Cllr Derek Ansell (Chair, Finance and General Purposes Committee), Cllr Priya Natarajan (Abbey Ward), Cllr Tom Bexley, Cllr Janet Forde, Cllr Alan Whitcombe, Cllr Sophie Lang, Cllr Martin Cole, Cllr Ruth Penhale, Cllr Graham Iles, Cllr Anita Shah, Cllr Colin Dryden (12 members)

**Apologies:** Cllr Keith Marlow, Cllr Dawn Ellery

**In attendance:** Simon Carraway (Town Clerk), Helen Rudd (Deputy Town Clerk, minutes), Owen Blakely (Principal Engineer, Blakely Structural Consultants), Inspector Ruth Okafor (Wrexley Neighbourhood Policing Team), 23 members of the public and 2 members of the press.

---

### 1. Purpose of the meeting

The Mayor explained that the meeting had been called at 48 hours' notice under Standing Order 3(e) to consider the findings of a structural inspection of the fixings that carry the town's Christmas festoon lighting, and to decide whether the Christmas Lights Switch-On, scheduled for Saturday 23 November 2024 at 5.00pm in Market Square, should go ahead.

The Mayor said: "Nobody on this council wanted to be sitting here tonight, but I will not stand in the Market Square and press a button knowing that a fixing above the crowd might give way."

### 2. Declarations of interest

Cllr Cole declared a non-pecuniary interest as a member of the Wrexley Traders' Association. Cllr Iles declared an interest as the owner of a building on High Street that carries one of the fixings. Cllr Iles remained in the room but did not vote on item 5.

### 3. Report of the structural engineer

Mr Blakely presented his report dated Friday 15 November 2024. His firm was commissioned by the Town Clerk on Tuesday 12 November after Brightwell Festive Lighting Ltd, the council's lighting contractor, raised concerns during its pre-season checks on Monday 11 November. The inspection was carried out on Thursday 14 November.

Key findings:

- The festoon scheme is carried by 42 wall-mounted anchor fixings (eyebolts) on buildings along High Street and Sheep Street. The fixings were installed in 2009.
- 11 of the 42 fixings (26 per cent) failed a pull-out load test at the required working load.
- A further 9 fixings showed moderate corrosion and were judged "unlikely to remain serviceable beyond this season".
- The failures were concentrated on the northern side of High Street, where 8 of the 11 failed fixings are located.
- The 64 lamp-post motifs and the Market Square tree are mounted on council-owned columns and a freestanding base; all of these passed inspection.

Mr Blakely told members: "I cannot sign off a scheme where more than a quarter of the anchors have failed. The lamp-post motifs and the tree are fine. The cross-street festoons are not."

He estimated that replacing all 42 fixings would cost in the region of £18,000 and take around three weeks, and that the work could not be completed before the end of December because the consent of 17 separate building owners is required.

### 4. Advice of the police

Inspector Okafor said that last year's switch-on had drawn an estimated crowd of 5,200 people and that organisers had been planning for up to 6,000 this year. She said the police "would have serious reservations" about a crowd of that size gathering on High Street beneath the festoons. She advised that a reduced event confined to Market Square would still need a crowd of more than 3,000 to be managed through a single exit route onto Sheep Street, and that she would not recommend it at such short notice.

### 5. Decision on the Christmas Lights Switch-On 2024

Cllr Natarajan moved an amendment that the event be held in Market Square only, with a capped attendance of 2,500 and ticketed entry. She said: "We owe it to the children of this town to find a way. A smaller, safer event is better than no event at all." The amendment was seconded by Cllr Cole.

The amendment was put to the vote and was **LOST** (3 in favour, 8 against, 1 abstention).

Cllr Ansell moved, and Cllr Forde seconded, the substantive motion.

Cllr Ansell said: "We are losing almost thirty-two thousand pounds we cannot get back, and that is painful, but it is nothing against the cost of someone being hurt."

**RESOLVED** (9 in favour, 2 against, 1 abstention) that:

a) the Christmas Lights Switch-On event scheduled for Saturday 23 November 2024 be cancelled;
b) the cross-street festoons on High Street and Sheep Street not be installed for the 2024 season;
c) the 64 lamp-post motifs and the Market Square tree be installed and lit from dusk on Friday 29 November 2024 without a ceremony;
d) the Town Clerk be authorised to cancel contracts with suppliers and to negotiate the lowest possible cancellation charges;
e) the replacement of all 42 fixings be carried out in January and February 2025, at an estimated cost of £18,000 to be met from general reserves;
f) the Wrexley Christmas Market on Sunday 1 December 2024 proceed as planned in Market Square.

### 6. Costs of the 2024 event

The Town Clerk presented the following table. The "non-recoverable" column shows sums already spent or payable under cancellation terms.

| Item | Supplier | Budgeted (£) | Non-recoverable (£) |
|---|---|---:|---:|
| Festoon and motif lighting (hire, installation, removal) | Brightwell Festive Lighting Ltd | 38,500 | 21,400 |
| Stage, PA and big screen | Vale Staging | 6,200 | 3,100 |
| Stewarding and security | Castlegate Security | 4,800 | 1,200 |
| Fireworks display | Skyburst Pyrotechnics | 7,500 | 2,250 |
| Traffic management and road closure | County Highways | 2,150 | 2,150 |
| Structural inspection | Blakely Structural Consultants | 1,850 | 1,850 |
| **Total** | | **61,000** | **31,950** |

The Town Clerk reported that the total saving against budget would therefore be £29,050. He noted that the Wrexley Traders' Association had contributed £5,000 towards the cost of the fireworks, and recommended that the Association be offered either a full refund or the option of carrying the sum forward to the 2025 event. Members **AGREED**.

### 7. Communications

The Town Clerk would issue a press release on the evening of the meeting and would take part in the Vale Radio phone-in on Thursday 21 November. The Mayor asked that a letter be sent to all 17 building owners by Friday 22 November.

### 8. Close

There being no further business, the Mayor closed the meeting at 8.40pm.

Signed: ............................ (Chair)    Date: ..................
`;

const WASTE_REPORT = `# Castlebridge Borough Council — Cabinet Report

**Report to:** Cabinet, Wednesday 13 November 2024
**Report of:** Owen Pritchard, Director of Neighbourhood Services
**Cabinet member:** Councillor Helen Marsh, Cabinet Member for Environment and Waste
**Subject:** Performance of the redesigned waste collection rounds, September–October 2024
**Status:** Public, for decision
**Wards affected:** All

## 1. Purpose of the report

1.1 This report sets out the performance of household waste collections since the new round structure went live on Monday 2 September 2024, explains the causes of the rise in missed collections during September and October, and asks Cabinet to approve a recovery plan agreed with the council's contractor, Veridian Waste Services Ltd.

1.2 The report also asks Cabinet to note the financial deductions made under the contract and the additional costs of the recovery plan.

## 2. Background

2.1 Castlebridge Borough Council collects household waste from 62,400 households. Collections are carried out by Veridian Waste Services Ltd under a ten-year contract which began in April 2021 and is worth £9.6 million a year.

2.2 On 12 June 2024 Cabinet approved a redesign of collection rounds. The redesign reduced the number of daily refuse rounds from 41 to 36, moved around 19,000 households to a different collection day, and introduced a weekly food waste collection for every household. General waste remained a fortnightly collection.

2.3 The redesign was expected to save £1.2 million a year, mainly from fewer vehicles and lower fuel use. The route planning was carried out by Veridian using its own routing software, and the new calendars were posted to households in the second half of August.

2.4 The Director of Neighbourhood Services said at the time: "Fewer, better-planned rounds will cut our mileage and our carbon, and every household will get a food waste service for the first time."

## 3. Performance since September

3.1 Missed collections are bins reported missed by residents and confirmed by the contractor. The table below shows scheduled collections and confirmed missed bins for each month from June to October 2024.

| Month 2024 | Scheduled collections | Missed bins (confirmed) | Missed per 100,000 collections |
|---|---|---|---|
| June | 268,000 | 1,140 | 425 |
| July | 277,000 | 1,212 | 438 |
| August | 271,000 | 1,305 | 482 |
| September | 402,000 | 4,870 | 1,211 |
| October | 415,000 | 3,115 | 751 |

3.2 Scheduled collections rose from September because the weekly food waste service added roughly 130,000 collections a month.

3.3 Missed bins in September were more than four times the figure for June. The worst single day was Monday 16 September, when 611 missed bins were reported, most of them in the Ashton and Millbrook wards.

3.4 October showed an improvement on September, with missed bins falling by 36 per cent, but the rate remained well above the contract target of 250 missed bins per 100,000 collections.

3.5 The council's contact centre received 9,480 calls about waste in September, compared with 3,210 in August. Average waiting time on the waste line rose to 24 minutes in the week beginning 16 September.

## 4. Causes

4.1 Officers and Veridian have identified three main causes:

- **Route design.** Several rounds were planned with more collections than crews could complete in a shift. Veridian's own review found that 7 of the 36 rounds were overloaded by more than 15 per cent.
- **Staffing.** Veridian had 14 driver vacancies at the start of September and relied on agency drivers who did not know the routes.
- **Vehicles.** Two of the new food waste vehicles were delivered late, on 23 September, three weeks after the service began.

4.2 Officers do not consider that the number of households changing collection day was, on its own, a cause of missed collections, although it did increase the number of calls to the contact centre.

## 5. Contract deductions

5.1 Under the contract, the council may deduct £21.75 for each confirmed missed collection above the target level. For September the council has deducted £84,063 from the monthly payment to Veridian. The October deduction is still being calculated.

5.2 Veridian has not disputed the September deduction.

## 6. Recovery plan

6.1 Veridian has agreed a recovery plan with officers. The main elements are:

| Measure | Start date | Cost | Paid by |
|---|---|---|---|
| Four extra hired vehicles and crews | 28 October 2024 | £38,500 a month | Veridian |
| Re-balancing of the 7 overloaded rounds | 4 November 2024 | £0 | Veridian |
| Extra contact-centre staff (6 temporary posts) | 21 October 2024 | £22,000 a month | Council |
| Missed-bin return within 48 hours (was 72 hours) | 4 November 2024 | £0 | Veridian |

6.2 The recovery plan will run until at least 31 January 2025. The council's share of the cost, around £66,000 over three months, will be met from the waste services reserve.

6.3 Councillor Helen Marsh said: "Residents have been let down, and I am sorry for that. We will hold Veridian to every clause of this contract until the service is back where it should be."

## 7. Recommendations

7.1 Cabinet is asked to:

(a) note the performance figures in section 3;
(b) note the contract deduction of £84,063 for September;
(c) approve the recovery plan in section 6 and the use of £66,000 from the waste services reserve;
(d) ask the Director of Neighbourhood Services to report progress to the Environment Scrutiny Committee on 9 January 2025.

## 8. Equality implications

8.1 About 1,150 households receive an assisted collection because no one in the home can move the bin. Missed assisted collections rose from 38 in August to 197 in September. Veridian has put a named supervisor in charge of assisted collections from 21 October.

**Contact officer:** Owen Pritchard, Director of Neighbourhood Services
`;

const FERRY_REPORT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CAIB Interim Report 04/2025 – Grounding of MV Orla Bay on Dunraven Ledge</title>
</head>
<body>
<h1>Coastal Accident Investigation Branch</h1>
<h2>Interim Report 04/2025: Grounding of the ro-ro passenger ferry MV Orla Bay on Dunraven Ledge, approaches to Port Ardlish, Friday 14 March 2025</h2>
<p><em>Published Tuesday 20 May 2025</em></p>

<h3>1. Summary</h3>
<p>At 19:42 on Friday 14 March 2025, the roll-on/roll-off passenger ferry MV Orla Bay, operated by the Skelmorne Ferry Company, grounded on Dunraven Ledge, about 1.4 nautical miles south-west of the harbour entrance at Port Ardlish. The vessel was on a scheduled crossing from Innis Tarve to Port Ardlish with 212 passengers, 14 crew and 38 vehicles on board.</p>
<p>The vessel's double bottom was breached over a length of about 2.3 metres, and two ballast tanks flooded. There was no ingress of water into the vehicle deck or the engine room, and the vessel remained stable throughout. Four passengers and one crew member were injured; the crew member, a deckhand, was taken to hospital with a broken wrist.</p>
<p>MV Orla Bay was refloated on the rising tide at 23:40 and was towed by the tug Harrier to Port Ardlish, arriving at 02:15 on Saturday 15 March. The Skelmorne Ferry Company estimates the cost of repairs at &pound;1.8 million, and the vessel is expected to be out of service for 11 weeks.</p>

<h3>2. Preliminary findings</h3>
<p>The Branch's investigation to date has established that:</p>
<ul>
<li>The vessel was being steered by autopilot in heading mode, rather than track mode, when it passed the planned turning point at Carrick Buoy.</li>
<li>The audible alarm of the electronic chart display (ECDIS) cross-track warning had been muted at 19:18, 24 minutes before the grounding.</li>
<li>The officer of the watch, the second officer, was alone on the bridge from 19:25 until 19:39 while the master was attending to a passenger complaint on the upper deck.</li>
<li>The planned alteration of course to 047&deg; at Carrick Buoy was not made; the vessel continued on a heading of 012&deg; for about 3 minutes and 40 seconds past the turning point.</li>
<li>Visibility was good, at about 6 nautical miles, with a south-westerly wind of force 5.</li>
</ul>
<p>The company's own bridge procedures required two qualified officers on the bridge during pilotage approaches after dark. The Branch has found that this requirement was met on only 58% of the 120 evening arrivals at Port Ardlish it reviewed between October 2024 and March 2025.</p>

<h3>3. Timeline of events</h3>
<table border="1">
<thead>
<tr><th>Time (Friday 14 March 2025)</th><th>Event</th></tr>
</thead>
<tbody>
<tr><td>18:05</td><td>MV Orla Bay departs Innis Tarve, 10 minutes behind schedule</td></tr>
<tr><td>19:18</td><td>ECDIS cross-track alarm muted on the bridge</td></tr>
<tr><td>19:25</td><td>Master leaves bridge; second officer alone on watch</td></tr>
<tr><td>19:38</td><td>Vessel passes Carrick Buoy without altering course</td></tr>
<tr><td>19:39</td><td>Master returns to bridge</td></tr>
<tr><td>19:42</td><td>Vessel grounds on Dunraven Ledge at a speed of about 11 knots</td></tr>
<tr><td>19:46</td><td>Master issues distress call to Ardlish Coastguard</td></tr>
<tr><td>20:31</td><td>Ardlish lifeboat alongside; transfer of passengers begins</td></tr>
<tr><td>23:40</td><td>Vessel refloated on rising tide</td></tr>
<tr><td>02:15 (Saturday)</td><td>Vessel berthed at Port Ardlish under tow by the tug Harrier</td></tr>
</tbody>
</table>

<h3>4. Actions taken</h3>
<p>Following the accident, the Skelmorne Ferry Company suspended evening sailings on the Innis Tarve route for 9 days and introduced a rule that the master must remain on the bridge for the final 30 minutes of every approach to Port Ardlish. The company has also disabled the facility to mute the ECDIS cross-track alarm on all three vessels in its fleet.</p>
<p>The Branch's chief inspector, Dr Helen Marrow, said: &ldquo;This grounding was not caused by a single failure. It was the product of a bridge routine in which safeguards had quietly been switched off, one by one.&rdquo;</p>
<p>She added: &ldquo;We are publishing these findings now because the same risks may exist on other short-sea ferries, and operators should not wait for our final report to check.&rdquo;</p>

<h3>5. Next steps</h3>
<p>The Branch expects to publish its final report, including formal safety recommendations, in the first quarter of 2026. The investigation is led by principal inspector Graham Tullis.</p>
<p>Inquiries: Coastal Accident Investigation Branch, Harbour House, Leith Quay.</p>
</body>
</html>
`;

describe('the forty-third round: judgements, removals, columns and words for figures, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"the most serious" ranks no column; "without" a thing / the thing "dropped"', async () => {
    const summary = judgeWith(await workspaceIndex({ 'sources/EA_case_summary.md': POLLUTION_SUMMARY }));
    const serious = summary("The most serious incident came on 14 July 2021, when untreated sewage escaped from Hollins Mead for around 26 hours.");
    assert.notEqual(serious.verdict, 'contradicted', why(serious));
    const longest = summary('The longest incident came on 14 July 2021, when untreated sewage escaped from Hollins Mead for around 26 hours.');
    assert.equal(longest.verdict, 'contradicted', why(longest));
    const minutes = judgeWith(await workspaceIndex({ 'sources/board_minutes_2025-06-03.md': SHOW_MINUTES }));
    const without = minutes("Dr Rhys Pellow, the society's veterinary adviser, told trustees that the Agency would be unlikely to license any public event drawing visitors from farms across the county, even without livestock.");
    assert.notEqual(without.verdict, 'contradicted', why(without));
  });

  test('a column named in full gives the figure; "corroded" / "corrosion"', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/press_release.html': AMNESTY_RELEASE }));
    const kitchen = release("About two thirds of the haul, 848 items, were kitchen and domestic knives.");
    assert.notEqual(kitchen.verdict, 'contradicted', why(kitchen));
    const zombie = release('About two thirds of the haul, 848 items, were zombie knives and machetes.');
    assert.equal(zombie.verdict, 'contradicted', why(zombie));
    const corroded = judgeWith(await workspaceIndex({ 'sources/council_emergency_meeting_minutes.md': LIGHTS_MINUTES }))("A further nine fixings were moderately corroded and were judged unlikely to remain serviceable beyond this season.");
    assert.notEqual(corroded.verdict, 'contradicted', why(corroded));
  });

  test('a row named after "than" is the comparison\'s', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/cabinet_report_waste_rounds.md': WASTE_REPORT }));
    const month = report("Residents reported 4,870 missed bins that month, more than four times the 1,140 recorded in June.");
    assert.notEqual(month.verdict, 'contradicted', why(month));
    const june = report('Residents reported 4,870 missed bins in June, more than four times the 1,140 recorded in May.');
    assert.equal(june.verdict, 'contradicted', why(june));
  });

  test('"dealt with" / "attending to"; an answer\'s "none" denies the question\'s noun', async () => {
    const ferry = judgeWith(await workspaceIndex({ 'sources/caib_interim_report_orla_bay.html': FERRY_REPORT, 'sources/interviews_drysdale_coull.txt': FERRY_INTERVIEWS }));
    for (const text of ["The second officer, who was on watch, was alone on the bridge from 19:25 until 19:39 while the master dealt with a passenger complaint on the upper deck.", "Mrs Coull said the crew had been marvellous but that someone had to explain how a ferry that had made the crossing thousands of times ended up on a rock on a clear night."]) {
      const r = ferry(text);
      assert.notEqual(r.verdict, 'contradicted', why(r));
    }
  });

  test('"twice" counts occasions; "eleven at night" is 23:00; "the last day of March" is 31 March', () => {
    const values = (text: string) => extractValues(text).map((v) => [v.text, v.unit ?? v.date?.day, v.value ?? v.date?.month]);
    assert.deepEqual(values('I was late for handover twice last month.'), [['twice', 'occasion', 2]]);
    assert.deepEqual(values('We advertised the posts three times last year.'), [['three times', 'occasion', 3]]);
    assert.deepEqual(values('Sales were twice last year\'s total.'), [['twice', 'times', 2]]);
    assert.deepEqual(values('twice as many'), []);
    assert.deepEqual(values('The night period runs from eleven at night to six in the morning.'), [['eleven at night', 'clock', 1380], ['six in the morning', 'clock', 360]]);
    assert.deepEqual(values('The school buses leave at 7.05 in the morning and return at 4.20 in the afternoon.'), [['7.05 in the morning', 'clock', 425], ['4.20 in the afternoon', 'clock', 980]]);
    // ("4 pounds 80" is £4.80, as a transcript writes it; not "20 pounds 15 years ago".)
    assert.deepEqual(values('Berthing charges go up from 4 pounds 80 to 5 pounds 52.'), [['4 pounds 80', 'gbp', 4.8], ['5 pounds 52', 'gbp', 5.52]]);
    assert.deepEqual(values('He paid 20 pounds 15 years ago.'), [['20 pounds', 'gbp', 20], ['15 years', 'year', 15]]);
    assert.deepEqual(values('The sale was completed on the last day of March.'), [['the last day of March', 31, 3]]);
    assert.deepEqual(values('on the last day of February 2024'), [['the last day of February 2024', 29, 2]]);
  });
});
