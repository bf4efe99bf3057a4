/**
 * The forty-ninth round, first part: faithful sentences of h608–h613 (written against f07233b) shown as errors, and
 * one of h417. "Nobody came" denies the coming; "said the BID chairman" names a post, not a speaker called BID; a span
 * counted from now ("in ten years' time") is no rival of a span in which something happened; the noun of an act whose
 * verb the sentence has ("The closure" / "Closing Larkspur Ward, which … beds,") is no swapped word; a table's row the
 * claim names gives its figure; "cannot run the full timetable" says nothing of a temporary one; a word of direction
 * that moves only other figures is no opposite; a count of occasions is no level of a column that counts none; the
 * date of another event days away is no rival. The fixtures are the helpers' sources, whole; the people, bodies and
 * places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CSI_JUDGMENT } from './helperSources49';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h417: sources/interview_transcript.txt, whole. */
const HMO_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Monday 16 June 2025
Location: Castlebridge Civic Centre, meeting room 2, followed by phone call
Interviewer: Laura Pennick, reporter, Castlebridge Echo
Interviewees: Simon Agbaje, private sector housing manager, Castlebridge Borough Council
              Tomasz Wrona, former tenant of 27 Wellington Terrace
Recorded with consent. Lightly edited for filler words.

--- Part 1: Simon Agbaje (in person, 10:15am) ---

LAURA PENNICK: Thanks for seeing me. How did this case first come to you?

SIMON AGBAJE: We had a complaint in early January from one of the tenants, about the mould and the window up in the attic. Kerry Lomax, one of our senior environmental health officers, went out on the fourteenth with the fire service, and frankly once she got through the door it was clear this wasn't a disrepair case, it was a licensing case.

LAURA PENNICK: Why?

SIMON AGBAJE: Eight names on eight separate tenancy agreements, six bedrooms, one kitchen, one bathroom. That's a licensable HMO by any reading. And we'd written to Mr Thewlis twice before, in 2023 and again in 2024, asking him to confirm how the property was occupied. He never replied.

LAURA PENNICK: His barrister said he misunderstood the threshold.

SIMON AGBAJE: I heard that. The threshold is five people in two households. It has been since 2018. I don't think anyone letting rooms to eight strangers can seriously say they didn't know.

LAURA PENNICK: Were you happy with the fine?

SIMON AGBAJE: The fine is a matter for the court. Twenty-two thousand pounds is a significant sum, and it sends a message. What matters more to me is that the house is now safe. We went back on the second of May and the new fire alarm system was in and working.

LAURA PENNICK: How big is the problem across the borough?

SIMON AGBAJE: We've got 214 licensed HMOs. We think there are about 60 more out there that should be licensed and aren't. Most of them are in Eastgate and around the university campus at Millbrook. We now have six enforcement officers, up from four last year, and that's why you're seeing more inspections and more prosecutions.

LAURA PENNICK: Will the tenants get any money back?

SIMON AGBAJE: They can apply for a rent repayment order. We've written to all eight of them with information on how to do that, and we'll support anyone who wants to apply. In theory that could be up to twelve months' rent each.

LAURA PENNICK: Anything else you want people to know?

SIMON AGBAJE: If you share a house with four or more other people who aren't your family, check the register. It's free and it takes a minute. And if your landlord hasn't got a licence, ring us.

--- Part 2: Tomasz Wrona (phone, 2:40pm) ---

LAURA PENNICK: You lived at Wellington Terrace. For how long?

TOMASZ WRONA: Fourteen months. I moved in in October 2023 and moved out at the end of December 2024, just before the inspection. I was in the room at the back on the first floor.

LAURA PENNICK: What was it like?

TOMASZ WRONA: Crowded. Eight of us sharing one bathroom. In the morning you queued. The mould in the bathroom was black, all across the ceiling. I complained to Mr Thewlis maybe five or six times. He said he would send someone. Nobody came.

LAURA PENNICK: Did you know about the fire risk?

TOMASZ WRONA: Honestly no, not then. The alarm on the landing beeped for weeks, and then one day it stopped. Later I understood somebody took the battery out. The back door was full of old mattresses. If there was a fire at night, I don't know how we get out.

LAURA PENNICK: Were you the one who complained to the council?

TOMASZ WRONA: No, that was my friend Ana, she stayed after I left. I told her to call. I am glad she did.

LAURA PENNICK: How much were you paying?

TOMASZ WRONA: Four hundred seventy-five a month, bills included. For what we got, it was too much.

LAURA PENNICK: Will you apply to get rent back?

TOMASZ WRONA: Yes, the council sent me a letter. I will apply. It is not about money only. He should not do this to the next people.
`;

/** h612: sources/bid_minutes.md, whole. */
const BID_MINUTES = `# Thornbridge Business Improvement District — Board Meeting Minutes

**Date:** Thursday 10 October 2024, 6.00pm
**Venue:** Committee Room 2, Thornbridge Corn Exchange, Market Street

**Present:**
- Graham Pettifer (Chair; owner, Pettifer & Sons Hardware)
- Fiona Ridley (Treasurer; partner, Ridley Hart Accountants)
- Lewis Brandon (Centre Manager, Calder Walk Shopping Centre)
- Arjun Bhatt (owner, Bridge Street Stores)
- Claire Dunmore (owner, Dunmore's Florist)
- Priya Sandhu (manager, Healthwise Pharmacy, Bridge Street)
- Hugh Carrow (store manager, Freshfare supermarket, Market Street)

**In attendance:**
- Sunita Mehra (BID Manager)
- Inspector Rachel Okafor (North Calder Police)
- Cllr Dawn Hadley (Cabinet Member for Community Safety, Calder Vale District Council)

**Apologies:** Tom Ashworth (Ashworth Jewellers)

## 1. Welcome and minutes of previous meeting

The Chair welcomed members and guests. The minutes of the meeting of Thursday 12 September 2024 were approved as a correct record.

## 2. Retail crime update — North Calder Police

Inspector Okafor presented the briefing dated Tuesday 8 October 2024. She reported 711 recorded shoplifting offences in the town centre between January and September 2024, up from 402 in the same period last year, and said the monthly figure had fallen from 103 in August to 91 in September.

She said Operation Keystone had led to 37 arrests and 29 charges in its first month. She told the board that two additional PCSOs would start on 1 November.

Hugh Carrow said Freshfare had recorded its own losses rising by roughly a third this year and that staff were "exhausted by it". He asked whether patrols could be extended beyond 6pm on Fridays and Saturdays. Inspector Okafor said she would look at weekend cover but could not promise extra hours beyond December.

Inspector Okafor said: "I would rather have a hundred reports of a £5 theft than none. If it isn't reported, as far as our resourcing is concerned it didn't happen."

## 3. Member survey results

The BID Manager presented results of the retail crime survey carried out between Monday 16 and Monday 30 September 2024.

- Businesses surveyed: 112
- Responses: 68 (61%)
- Experienced theft in the past six months: 81% of respondents
- Experienced verbal abuse or threats from shoplifters: 47%
- Said they had stopped reporting some thefts to police: 44%
- Main reason given for not reporting: "nothing happens" (29 respondents)
- Considering reducing opening hours: 23%

Sunita Mehra said the figure on under-reporting was "the one that worries me most, because it means the police numbers, bad as they are, are an underestimate".

## 4. ShopSafe radio scheme — proposal to expand

The BID Manager reported that 26 businesses are currently linked to the ShopSafe radio network, which connects shops with each other, the Calder Walk security team and the council's CCTV control room. She proposed that the BID fund 40 additional radios, with licences and training for one year, at a total cost of £18,500 from BID reserves.

Fiona Ridley reported that BID reserves stood at £64,200 at the end of September. She said she supported the aim but was concerned that spending from reserves for a recurring cost would leave the BID short in 2025–26, when licence fees would have to be met from the annual levy.

Lewis Brandon said the radio link had helped Calder Walk security staff detain 19 suspects since April.

**Resolved:** to fund 40 additional ShopSafe radios at a cost of £18,500 from reserves. Carried by six votes to one (Fiona Ridley against).

Graham Pettifer said: "This is the most direct thing we can do with our own money. Shopkeepers talking to each other in real time is what stops the same people walking from shop to shop."

## 5. Calder Vale District Council — CCTV

Cllr Hadley told the board that the council would fund a new CCTV camera at the junction of Market Street and Bridge Street at a cost of £12,000, to be installed in January 2025. She said the council's control room would also extend its staffed hours on Friday and Saturday evenings from 6pm to 10pm, up from the current 8pm, from November.

Cllr Hadley said: "Our town centre is open for business, and we will not let a small number of people make it feel otherwise."

Claire Dunmore asked whether the council would consider reducing parking charges to help footfall. Cllr Hadley said this was a matter for the budget in February.

## 6. Footfall

The BID Manager reported that footfall counters recorded 1.31 million visits to the town centre between January and September 2024, compared with 1.37 million in the same period of 2023, a fall of 4.4 per cent. She said it was not possible to say how much of the fall was linked to crime, and that the closure of the Kingsway department store in March was also a factor.

## 7. Any other business

Priya Sandhu reported that Healthwise had moved baby formula and some skincare lines behind the counter in August.

## 8. Date of next meeting

Thursday 12 December 2024, 6.00pm, Thornbridge Corn Exchange.

Meeting closed at 7.40pm.
`;

/** h608: sources/press_statement_2025-09-09.md, whole. */
const HOSPICE_STATEMENT = `# PRESS RELEASE

**St Brannoc's Hospice, Fernleigh House, Stanmoor**
**For immediate release: Tuesday 9 September 2025**

## St Brannoc's Hospice to close Larkspur Ward and launches £750,000 emergency appeal

The board of trustees of St Brannoc's Hospice has decided, with great regret, to close Larkspur Ward, one of the hospice's two inpatient wards, in order to address a serious and continuing shortfall in its income.

The decision was taken at a meeting of the board on Thursday 4 September 2025, after the trustees considered proposals from the chief executive, Fiona Aldridge, and the senior leadership team.

**What will happen**

- Larkspur Ward will stop taking new admissions from Monday 13 October 2025 and will close on Friday 31 October 2025.
- The eight beds on Larkspur Ward will be lost. The hospice will continue to provide 12 inpatient beds on Heron Ward, which will remain open 24 hours a day, seven days a week.
- No patient currently being cared for on Larkspur Ward will be asked to move before it is right for them and their family.
- Hospice at Home, which cared for 1,140 people in their own homes last year, will be expanded with two additional nursing teams, one based in Cresswick and one covering the Lydden Valley.
- Day therapy, outpatient clinics, family support and bereavement services are not affected.

**Staff**

Twenty-three posts are affected by the closure. The hospice expects to offer 17 of the staff concerned new roles, mainly in the expanded Hospice at Home service, and is working to keep compulsory redundancies to a minimum. A formal 30-day consultation with staff and their representatives began on Monday 8 September and will end on Wednesday 8 October 2025. No volunteer roles are affected.

**Why**

In the year to 31 March 2025 the hospice's income fell by £915,000 to £6,510,000, and it recorded a deficit of £1,380,000. Legacy income fell by 39 per cent. Rising costs, including the increase in employer National Insurance contributions, added to the pressure. Without action, the hospice forecasts a further deficit of about £1,100,000 in the current financial year. Closing Larkspur Ward, which cost £1,310,000 to run last year and had the lowest occupancy of the hospice's beds, is expected to save about £1,050,000 a year once the costs of the expanded Hospice at Home service are taken into account.

**Emergency appeal**

The hospice today launches the "Here for Stanmoor" emergency appeal, which aims to raise £750,000 by Tuesday 31 March 2026 to protect the hospice's remaining services. The first event of the appeal will be the annual Brannoc Bridge Walk on Sunday 14 September 2025, for which more than 1,200 walkers have already registered.

**Quotes**

Fiona Aldridge, chief executive of St Brannoc's Hospice, said:

"Nobody who works at St Brannoc's wanted to see this day. Closing Larkspur Ward is the hardest decision this hospice has had to make, but we cannot keep spending more than a million pounds a year more than we raise. By acting now we can protect Heron Ward, grow the care we give people at home and make sure St Brannoc's is still here for Stanmoor in ten years' time."

Martin Okafor, chair of trustees, said:

"The trustees looked at every alternative before reaching this decision. Our reserves have fallen below the level our own policy says is safe, and we have a duty to make sure the hospice survives. I want to thank our staff, who have been told first and have shown extraordinary professionalism."

Dr Anil Rao, chief medical officer of Stour and Lydden Integrated Care Board, said:

"We value the care St Brannoc's gives to people at the end of their lives and we are working closely with the hospice to make sure patients continue to receive the right care in the right place. The ICB increased its grant to the hospice this year and we will continue to discuss future funding with the hospice's leadership."

**Notes to editors**

1. St Brannoc's Hospice was founded in 1986 and serves Stanmoor, Cresswick and the Lydden Valley.
2. The hospice employs 186 staff and is supported by about 420 volunteers.
3. Donations to the "Here for Stanmoor" appeal can be made online, by phone or at any of the hospice's 11 charity shops.
4. Media enquiries: Communications team, St Brannoc's Hospice.
`;

/** h608: sources/interview_transcript_aldridge.md, whole. */
const HOSPICE_INTERVIEW = `# Interview transcript

**Interviewee:** Fiona Aldridge, chief executive, St Brannoc's Hospice
**Also present:** Sophie Tremayne, director of income generation, St Brannoc's Hospice
**Interviewer:** Tom Hadley, health reporter, Stanmoor Echo
**Date and place:** Wednesday 10 September 2025, 10.30am, Fernleigh House, Stanmoor
**Length:** 34 minutes (transcribed from audio recording; lightly edited for repetition)

---

**TOM HADLEY:** Thank you for seeing me. Let's start with the obvious question. Why Larkspur Ward?

**FIONA ALDRIDGE:** Because of all the options in front of the board it was the one that saves the most money while doing the least harm to patients. Larkspur is our smaller ward, eight beds on the first floor, and last year it was full only 63 per cent of the time. Heron Ward downstairs was at 88 per cent. So we were paying to staff eight beds around the clock that were, on an average night, about a third empty.

**TOM HADLEY:** Some readers will say that's a sign the hospice isn't needed as much as it was.

**FIONA ALDRIDGE:** I'd say the opposite. The need is growing, but it's changing. More and more people tell us they want to die at home, and our Hospice at Home teams looked after 1,140 people last year, up from 1,020 the year before. That's where demand is rising fastest. An inpatient bed costs us roughly £480 a day. For the same money a Hospice at Home nurse can support several families.

**TOM HADLEY:** How much of this is about money, though, rather than changing demand?

**FIONA ALDRIDGE:** I won't pretend it isn't about money. It is mainly about money. We lost £1.38 million last year. Legacies, the gifts people leave us in their wills, fell from £1.61 million to £980,000. We had two or three exceptionally large legacies the year before, and that simply didn't happen again. You can't plan a hospice around people's wills.

**TOM HADLEY:** And costs?

**FIONA ALDRIDGE:** Costs went up on every side. The rise in employer National Insurance alone will cost us £214,000 a year. That's money we didn't have to find twelve months ago, and unlike the NHS we were not compensated for it. We also chose to match the NHS pay award for our nurses, 5.5 per cent, because if we don't, we lose them to the hospital. That was another £260,000.

**TOM HADLEY:** The integrated care board says it increased its grant.

**FIONA ALDRIDGE:** It did, by £40,000, and I'm grateful. But that's an increase of less than 2 per cent when our costs rose by more than 7 per cent. The NHS now pays for about 28 per cent of what we spend. Most hospices in our region get something nearer a third. I'm not criticising individuals at the ICB, but the funding model for hospices in this country is broken.

**TOM HADLEY:** What happens to the patients on Larkspur at the moment?

**FIONA ALDRIDGE:** There are five patients on the ward today. Nobody will be moved before it's right for them. We stop new admissions to Larkspur on the 13th of October, and any patient who needs a hospice bed after that will be admitted to Heron Ward or supported at home. I've given that commitment to every family personally.

**TOM HADLEY:** And the staff?

**FIONA ALDRIDGE:** Twenty-three posts are affected. We expect to offer new roles to 17 of those colleagues, most of them in two new Hospice at Home teams. That leaves up to six people who may face redundancy, and we're doing everything we can to bring that number down through vacancies and voluntary options. The consultation ends on the 8th of October. Nobody will hear about their future from a newspaper before they hear it from us.

**TOM HADLEY:** Is there any chance Larkspur reopens?

**FIONA ALDRIDGE:** I'd love to say yes. Honestly, to reopen it we would need around £1.1 million a year of new, recurring income, not a one-off appeal. If the NHS funded hospices properly, or if our community helps us build that regular income, then yes, one day. I'm not going to make a promise I can't keep.

**TOM HADLEY:** Tell me about the appeal.

**SOPHIE TREMAYNE:** "Here for Stanmoor" is aiming for £750,000 by the end of March. It isn't to reopen Larkspur; it's to protect what we have, Heron Ward, Hospice at Home, day therapy, bereavement. We've already had £38,000 pledged in the first 24 hours, which is phenomenal. The Brannoc Bridge Walk this Sunday has more than 1,200 walkers signed up, which is a record; last year we had about 950.

**TOM HADLEY:** The shops have had a difficult year too.

**SOPHIE TREMAYNE:** They have. We closed the Market Street shop in Cresswick in January because the landlord wanted 40 per cent more rent, and footfall on the high streets has been down. The shops contributed £870,000 last year against just over a million the year before. The lottery is down a bit as well, we've got 9,200 players now. If 1,000 more people joined the lottery at a pound a week, that's £52,000 a year. Regular giving is what keeps the lights on.

**TOM HADLEY:** Fiona, a personal question. How has this been for you?

**FIONA ALDRIDGE:** I've been chief executive here for eleven years and this is the hardest decision I've made. I told the Larkspur team myself on Friday morning, before anyone else knew. Some of them have worked on that ward for twenty years. There were tears, mine included.

**TOM HADLEY:** What would you say to people in Stanmoor reading this?

**FIONA ALDRIDGE:** That St Brannoc's isn't going anywhere. We're making a painful change now so that we're still here for your family when you need us. And if you've ever thought about leaving a gift in your will, or signing up for the lottery, now really is the time.

**TOM HADLEY:** Thank you both.

[END OF RECORDING]
`;

/** h609: sources/02_service_change_notice.md, whole. */
const SERVICE_CHANGE_NOTICE = `# Ashcombe & Vale Buses — Service Change Notice

**Notice reference:** AVB-SCN-2025-19
**Issued:** Friday 17 October 2025
**Applies from:** Monday 20 October 2025, until at least Sunday 16 November 2025

## Temporary timetables following the fire at Brackenfield Road depot

In the early hours of Wednesday 15 October 2025 a fire at our Brackenfield Road depot in Ashcombe destroyed 11 of our buses and damaged a further 6, which are out of service while they are inspected and repaired. The depot normally houses 64 buses, so we have lost more than a quarter of the fleet that runs our Ashcombe services.

No staff were hurt, and we are grateful to Dunmere Fire and Rescue Service for their work on the night.

Between Wednesday 15 and Friday 17 October we ran a reduced emergency service. From Monday 20 October we will run the temporary timetable below. Our sister company Calder Moor Travel has loaned us 6 double-deck buses, which will mainly be used on route 7. Maintenance work is being carried out at our Kelby outstation while the Brackenfield Road shed is made safe.

## Route changes

| Route | Between | Normal Monday–Saturday daytime frequency | Temporary frequency from Mon 20 Oct | Notes |
|---|---|---|---|---|
| 3 | Ashcombe Bus Station – Hillfold Estate | Every 12 minutes | Every 20 minutes | Also accepts route 15 tickets |
| 7 | Ashcombe – Kelby via Marston Green | Every 30 minutes | Every 30 minutes (unchanged) | Operated mainly with loaned double-deckers |
| 12 | Ashcombe Bus Station – Dunmere General Hospital | Every 15 minutes | Every 20 minutes | Last departure from hospital 20:40 (normally 22:10) |
| 15 | Ashcombe – Northgate Retail Park | Every 20 minutes | Suspended | Use route 3 to Hillfold Road, then 10-minute walk |
| 22 | Kelby – Pellham circular | Hourly | Every two hours | Council-supported service |
| X40 | Ashcombe – Dunmere City (express) | Every 30 minutes | Hourly | Journeys via the Dunmere Ring Road unchanged |
| 61 | Marston Green – Ashcombe Academy (school days) | One journey each way | Unchanged | |

Sunday services on routes 3, 7 and 12 will run to the normal Sunday timetable. There is no Sunday service on routes 15, 22 or X40 at any time.

## Tickets

- Route 15 single, return and day tickets will be accepted on route 3.
- Holders of weekly and monthly Vale Rider tickets can apply for a 25 per cent refund covering the period Monday 20 October to Sunday 16 November. Apply online or at the Ashcombe Bus Station travel shop.
- Concessionary passes are valid as normal.

## A message from our managing director

Carol Pennock, managing director of Ashcombe & Vale Buses, said: "We know how much people in Ashcombe rely on these routes, and I am sorry that we cannot run the full timetable for now. We have put our buses where they are needed most, which is why route 7 keeps its full service and the hospital route keeps a bus every 20 minutes. We expect to bring route 15 back as soon as replacement vehicles arrive."

She added: "Our drivers and engineers have been extraordinary this week. Nobody has been laid off and nobody will be."

## Contact

Customer services: 01632 960 418 (Monday–Friday 07:00–19:00, Saturday 08:00–14:00)
`;

/** h423: sources/csi_press_release.html, whole. */
const CSI_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Care provider fined £240,000 after resident's fatal fall – Care Standards Inspectorate</title>
</head>
<body>
<header>
<p>Care Standards Inspectorate — News</p>
<p>Press release — published Thursday 6 March 2025</p>
</header>
<article>
<h1>Care provider fined £240,000 after resident's fatal fall at Ashby Meade home</h1>

<p>Brightwater Care Group Ltd has been fined £240,000 and ordered to pay £38,500 in costs after an 87-year-old resident of Rowan Lodge care home in Ashby Meade fell down a flight of stairs and later died.</p>

<p>The Care Standards Inspectorate (CSI) brought the prosecution after investigating the fall of Mrs Edith Harlow on 14 March 2023. Sentencing took place at Ashby Meade Crown Court today.</p>

<p>The CSI's investigation found that Mrs Harlow, who lived with dementia, had been able to reach an unsecured stairwell because a faulty door closer had not been repaired. A pressure mat meant to alert staff when she got out of bed had been unplugged, and there were only three care staff on duty overnight.</p>

<p>Rachel Ambrose, the CSI's director of enforcement, said: "This was an entirely preventable tragedy. Brightwater knew Mrs Harlow was at high risk of falling, and it knew the stairwell door was broken. It did nothing about either."</p>

<p>She added: "We hope this case sends a clear message to every provider that risk assessments are not paperwork. They keep people alive."</p>

<p>Following the incident, the CSI inspected Rowan Lodge on Tuesday 16 May 2023 and rated it Inadequate, placing the home in special measures. A re-inspection on Tuesday 12 November 2024 found improvements, and the home is now rated Requires Improvement.</p>

<h2>Rowan Lodge inspection history</h2>
<table>
<thead>
<tr><th>Inspection date</th><th>Overall rating</th><th>Safe</th><th>Well-led</th></tr>
</thead>
<tbody>
<tr><td>8 June 2021</td><td>Good</td><td>Good</td><td>Good</td></tr>
<tr><td>16 May 2023</td><td>Inadequate</td><td>Inadequate</td><td>Inadequate</td></tr>
<tr><td>12 November 2024</td><td>Requires Improvement</td><td>Requires Improvement</td><td>Good</td></tr>
</tbody>
</table>

<p>Across its prosecutions in the 2023/24 financial year, the CSI brought 23 cases against care providers, 9 of which involved falls. Falls-related prosecutions rose by 29% compared with the previous year.</p>

<h2>Notes to editors</h2>
<ul>
<li>The Care Standards Inspectorate is the independent regulator of adult social care services.</li>
<li>Brightwater Care Group Ltd operates 17 care homes with around 1,050 beds.</li>
<li>Rowan Lodge is registered for 46 residents.</li>
<li>Media enquiries: CSI press office, Thomas Wren, senior press officer.</li>
</ul>
</article>
</body>
</html>
`;


/** h613: sources/01_consultation_paper.md, whole. */
const CONSULTATION_PAPER = `# NHS Strathlorne — Public Consultation Paper

## Primary Care in Glen Orran: Proposal to bring together Auchterlee Surgery, Kilbrannan Medical Practice and Dalmorven Health Centre

Published: Monday 16 September 2024
Consultation closes: Friday 29 November 2024
Issued by: Primary Care Directorate, NHS Strathlorne, Craigmuir House, Dalmorven

### 1. Why we are consulting

General practice in the Glen Orran area is under serious strain. Two of the three practices serving the glen depend on a single doctor, and both have been unable to recruit.

Dr Fiona Mackintosh, the sole partner at Kilbrannan Medical Practice, has told the board that she will retire on Monday 31 March 2025 after 27 years at the practice. The salaried GP post at Kilbrannan has been advertised three times since May 2022 and has received no applications. At Auchterlee Surgery, Dr Alasdair Rennie is the only permanent GP; the practice has relied on locum doctors for around two days a week since 2023.

In 2023/24 the two practices together spent £238,000 on locum cover, compared with £61,000 in 2020/21.

NHS Strathlorne is therefore proposing that the three practices merge into a single practice, the Glen Orran Medical Group, based at Dalmorven Health Centre, from Tuesday 1 April 2025.

### 2. Current list sizes and staffing

Table 1: Practice list sizes and GP staffing (registered patients at Monday 1 July 2024)

| Practice | Location | Registered patients | GP whole-time equivalent (WTE) | Patients per WTE GP | Average wait for routine GP appointment |
|---|---|---|---|---|---|
| Dalmorven Health Centre | Dalmorven | 6,840 | 4.6 | 1,487 | 4 working days |
| Auchterlee Surgery | Auchterlee | 2,310 | 1.2 | 1,925 | 9 working days |
| Kilbrannan Medical Practice | Kilbrannan | 1,460 | 0.8 | 1,825 | 12 working days |
| **Total** | | **10,610** | **6.6** | **1,608** | |

The NHS Strathlorne average is 1,540 patients per WTE GP.

### 3. What we propose

- **Dalmorven Health Centre** would become the main site of the merged practice. It would be extended at a cost of £420,000, adding four consulting rooms and a treatment room. Opening hours would remain 8am to 6.30pm, Monday to Friday.
- **Auchterlee Surgery** would remain open as a branch surgery on Tuesday and Thursday mornings (8.30am to 12.30pm), offering GP appointments, nurse clinics and blood tests. Auchterlee's dispensary, which currently supplies medicines to 1,940 patients, would remain open five days a week.
- **Kilbrannan Medical Practice** would close when Dr Mackintosh retires. The building, which is leased, would be handed back to its owner at the end of the lease.

The board estimates that the merger would save £186,000 a year in premises and locum costs, which would be reinvested in staff at the merged practice, including an advanced nurse practitioner and a second practice pharmacist.

### 4. Travel times

Table 2: Travel from main communities to Dalmorven Health Centre

| From | Distance | By car | By bus | Bus service |
|---|---|---|---|---|
| Auchterlee (village centre) | 14 miles | 22 minutes | 58 minutes | Route 47, four return journeys a day Monday to Saturday, none on Sunday |
| Kilbrannan (Main Street) | 9 miles | 15 minutes | 35 minutes | Route 52, hourly Monday to Saturday |
| Glenside | 21 miles | 34 minutes | No direct service | Change at Auchterlee for Route 47 |

Travel times by car are from the board's route planning tool for a weekday mid-morning. Bus times are from the current Strathlorne Council timetable.

We recognise that the longer journeys will fall hardest on patients without a car, on older people and on those living in the upper glen around Glenside. We would like to hear views on how these could be reduced.

### 5. Options considered

| Option | Description | Assessment |
|---|---|---|
| A | Do nothing | Not sustainable: Kilbrannan would have no GP from April 2025 |
| B | Merge Kilbrannan into Dalmorven only; Auchterlee unchanged | Leaves Auchterlee reliant on one GP and locums |
| C | Merge all three practices, with a branch at Auchterlee (preferred) | Secures GP cover for all 10,610 patients |
| D | Merge all three practices and close both Auchterlee and Kilbrannan | Rejected because of travel distances from the upper glen |

### 6. How to respond

Responses can be made online, by post to the Primary Care Directorate, or at two public meetings: Auchterlee Village Hall on Thursday 10 October 2024 at 7pm, and Kilbrannan Community Centre on Thursday 17 October 2024 at 7pm.

The NHS Strathlorne board will consider the outcome of the consultation at its meeting in February 2025.

"We know how much these surgeries mean to the people of Glen Orran," said Morag Lindsay, director of primary care at NHS Strathlorne. "But we cannot keep services safe by hoping that doctors will apply for posts that have stood empty for more than two years."
`;

/** h611: sources/02_campaign_press_release.md, whole. */
const CAMPAIGN_RELEASE = `# PRESS RELEASE

**Clean Lenn Campaign**
**For immediate release: Wednesday 8 October 2025**

## "Poor" rating for Ashcombe Weir is a wake-up call — campaigners demand sewage overflow fix before 2027

Campaigners have called on Wyvern Water to bring forward work on the Hollins Bridge storm overflow after new Environment Monitoring Agency figures showed water quality at Ashcombe Weir has fallen to a provisional "Poor" rating, just two years after the River Lenn swimming spot was designated as a bathing water.

The Clean Lenn Campaign, which has 640 members across Marlbury and the surrounding villages, says Wyvern Water's own monitoring data shows the overflow discharged untreated sewage into the Lenn 14 times during the 2025 bathing season, for a total of more than 85 hours. That compares with nine spills totalling 58.5 hours during the 2024 bathing season.

"Every summer we are told it is the weather, and every summer it gets worse," said Harriet Pembry, chair of the Clean Lenn Campaign. "Four times this year the agency had to warn people not to swim. Families who fought for this designation now face being told to stay out of the water for an entire season."

### The campaign's analysis

The campaign compared the agency's weekly sampling results with Wyvern Water's published spill records for the Hollins Bridge overflow. It found that:

- each of the four samples that triggered a pollution advisory was taken within three days of a spill from the overflow;
- the highest reading of the season, 4,200 E. coli per 100ml on Tuesday 29 July, came two days after the longest spill of the year, which lasted 14 and a half hours;
- the 95th percentile E. coli figure has more than quadrupled since 2023, from 930 to 3,870 per 100ml.

Dr Omar Castleton, a Marlbury GP and a member of the campaign's steering group, said: "Several of my patients who swim at the weir have reported stomach upsets after swimming in the days after heavy rain. I cannot prove where each infection came from, but the numbers speak for themselves."

### Swimmer numbers

Volunteer counts carried out by the campaign on 16 weekend days between June and September recorded an average of 212 people in the water per day, with a peak of 487 on Saturday 9 August 2025. The campaign estimates that more than 9,000 swims took place at the weir over the season.

### Petition

A petition calling on Wyvern Water to complete the Hollins Bridge upgrade by the start of the 2026 bathing season has been signed by 2,140 people. It will be handed to Wyvern Water's regional director, Colin Hartigan, at the company's Marlbury depot on Thursday 16 October 2025.

"Wyvern Water made a profit of £212 million last year. It can afford to fix one overflow less than a mile upstream of the most popular swimming spot in the district," said Ms Pembry. "We are not asking for a miracle. We are asking for the work to start now, not in 2027."

The campaign is also asking Marlbury District Council to use its scrutiny powers to call Wyvern Water to a public meeting. Councillor Janet Ruddle, the council's cabinet member for environment, has said she supports the request.

### Notes to editors

1. The Clean Lenn Campaign was founded in 2021 and led the application for Ashcombe Weir's bathing water designation, jointly with the Ashcombe Weir Swimmers' Club and Marlbury District Council.
2. Spill figures are taken from Wyvern Water's event duration monitoring records for the Hollins Bridge storm overflow, bathing season 15 May to 30 September.
3. Media contact: Harriet Pembry, 07700 900412.
`;

describe('denials, posts, spans and rows of h608–h613, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"but nobody came" denies the coming, not the complaining the interview tells', async () => {
    const interview = judgeWith(await workspaceIndex({ 'sources/interview_transcript.txt': HMO_INTERVIEW }));
    const came = interview('He said he complained to Mr Thewlis "maybe five or six times" but nobody came.');
    assert.deepEqual(came.conflicts, [], why(came));
  });

  test('"said the BID chairman" gives the words to the chair, Graham Pettifer, not to a speaker called BID', async () => {
    const minutes = { 'sources/bid_minutes.md': BID_MINUTES };
    const words = '"Shopkeepers talking to each other in real time is what stops the same people walking from shop to shop,"';
    assert.deepEqual(await misattributions(minutes, `${words} said the BID chairman.`), []);
    const okafor = await misattributions(minutes, `${words} said Inspector Okafor.`);
    assert.equal(okafor.length, 1, okafor.join('\n'));
  });

  test('"in ten years\' time" is no rival of "fell by more than £900,000 in a year", and still of "in five years\' time"', async () => {
    const hospice = judgeWith(await workspaceIndex({ 'sources/press_statement_2025-09-09.md': HOSPICE_STATEMENT, 'sources/interview_transcript_aldridge.md': HOSPICE_INTERVIEW }));
    const fell = hospice('St Brannoc\'s Hospice in Stanmoor is to close one of its two inpatient wards after its income fell by more than £900,000 in a year.');
    assert.deepEqual(fell.conflicts.filter((c) => /ten years/.test(c.source)), [], why(fell));
    const five = hospice('Fiona Aldridge said the closure would make sure St Brannoc\'s is still here for Stanmoor in five years\' time.');
    assert.deepEqual(five.conflicts.map((c) => [c.claim, c.source]), [['five years', 'ten years']], why(five));
  });

  test('"The closure is expected to save" is the closing of the ward, not its "beds"', async () => {
    const hospice = judgeWith(await workspaceIndex({ 'sources/press_statement_2025-09-09.md': HOSPICE_STATEMENT }));
    const closure = hospice('The closure is expected to save about £1.05m a year once the cost of expanding the Hospice at Home service is taken into account.');
    assert.deepEqual(closure.conflicts, [], why(closure));
  });

  test('route 7\'s row gives its bus every 30 minutes: no rival in the hospital route\'s 20, and none in the full timetable not run', async () => {
    const notice = judgeWith(await workspaceIndex({ 'sources/02_service_change_notice.md': SERVICE_CHANGE_NOTICE }));
    const route = (minutes: number) => notice(`Under a temporary timetable that began on Monday 20 October and runs until at least Sunday 16 November, route 7 between Ashcombe and Kelby keeps its bus every ${minutes} minutes.`);
    const thirty = route(30);
    assert.deepEqual(thirty.conflicts, [], why(thirty));
    const forty = route(40);
    assert.equal(forty.verdict, 'contradicted', why(forty));
  });

  test('"had fallen from 103 in August to 91" is no opposite of "has risen …, with 711 offences … compared with 402"', async () => {
    const minutes = judgeWith(await workspaceIndex({ 'sources/bid_minutes.md': BID_MINUTES }));
    const risen = minutes('Shoplifting in Thornbridge town centre has risen by more than three quarters this year, with 711 offences recorded between January and September compared with 402 in the same period of 2023.');
    assert.deepEqual(risen.conflicts, [], why(risen));
  });

  test('"fell by 29 per cent" is still the opposite of "rose by 29%" beside the counts of another sentence (a guard)', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/csi_press_release.html': CSI_RELEASE, 'sources/judgment_summary.md': CSI_JUDGMENT }));
    const fell = release('Falls-related prosecutions by the inspectorate fell by 29 per cent in 2023/24, with nine of its 23 cases involving falls.');
    assert.deepEqual(fell.conflicts.map((c) => [c.claim, c.source, c.kind]), [['fell', 'rose', 'direction']], why(fell));
  });

  test('"advertised three times since May 2022" is no level of the column "GP whole-time equivalent (WTE)"', async () => {
    const paper = judgeWith(await workspaceIndex({ 'sources/01_consultation_paper.md': CONSULTATION_PAPER }));
    const advertised = paper('The salaried GP post at Kilbrannan has been advertised three times since May 2022 without attracting a single application.');
    assert.deepEqual(advertised.conflicts, [], why(advertised));
  });

  test('the date of the highest reading, "two days after the longest spill", is no rival of the spill\'s date', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/02_campaign_press_release.md': CAMPAIGN_RELEASE }));
    const longest = release('The longest spill of the year, on Sunday 27 July, lasted 14 and a half hours.');
    assert.deepEqual(longest.conflicts, [], why(longest));
    const highest = release('The highest reading of the season came on Sunday 27 July, two days after the longest spill of the year.');
    assert.deepEqual(highest.conflicts.map((c) => [c.claim, c.source]), [['Sunday 27 July', 'Tuesday 29 July']], why(highest));
  });
});
