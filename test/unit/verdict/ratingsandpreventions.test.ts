/**
 * The fifty-fourth round, third part: faithful sentences shown as errors in h764–h769 (written against 6ade451). A
 * power rating written as an adjective is a capacity, which "up to" gives ("The 49.9-megawatt development" / "up to
 * 49.9 megawatts"); a denial of other grades is none of the claim's ("Grade 3a land" / "No land on the site is Grade 1
 * or Grade 2"); "the only one against" counts nothing; "on duty" is "deployed"; "over those four months" points back
 * to a period and has no rival of its own; a verb after the claim's auxiliary is no item of the sentence's list ("such
 * as working to contract, was supported" / "working to contract, refusing to cover"); a denied prevention affirms ("No
 * student currently enrolled will be prevented from completing their degree"). The fixtures are the helpers' sources,
 * whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';

/** h764: sources/officer_report.md, whole. */
const SOLAR_REPORT = `# Harrowfield District Council – Planning Committee

## Report of the Head of Planning and Regeneration

**Meeting date:** Tuesday 11 March 2025
**Report date:** Friday 28 February 2025
**Application reference:** 24/01187/FUL
**Case officer:** Helen Marsh, Principal Planning Officer
**Head of Planning and Regeneration:** David Okoro

**Site:** Land at Bramble Hill Farm, Astwick Lane, Little Astwick, Harrowfield
**Applicant:** Greenvale Solar Ltd
**Landowner:** Mr Gerald Fenwick, Bramble Hill Farm
**Ward:** Astwick and Coldbrook

**Proposal:** Installation of a ground-mounted solar photovoltaic farm with a generating capacity of up to 49.9 megawatts (MW), together with battery storage, inverter stations, a substation, security fencing, CCTV, access tracks and landscaping, for a temporary period of 40 years.

**Recommendation:** REFUSE

---

### 1. Summary

1.1 The application seeks permission for a solar farm covering 62.4 hectares of agricultural land to the south of Little Astwick. The scheme would comprise approximately 94,000 solar panels mounted on fixed frames with a maximum height of 3.2 metres above ground level. The applicant estimates that the development would generate enough electricity to power around 15,800 homes each year and would save approximately 11,400 tonnes of carbon dioxide annually.

1.2 The application was validated on Monday 14 October 2024. The statutory consultation period closed on Friday 8 November 2024. The application is reported to committee because it is a major development and because Little Astwick Parish Council has objected.

1.3 Officers acknowledge the significant weight that national and local policy gives to renewable energy, and the council's declaration of a climate emergency on Tuesday 16 July 2019. However, officers conclude that the loss of best and most versatile agricultural land and the harm to the Astwick Vale Special Landscape Area are not outweighed by the benefits of the scheme. The recommendation is therefore refusal.

### 2. Site and surroundings

2.1 The site consists of seven arable fields currently farmed for winter wheat, barley and oilseed rape. It lies about 0.8 kilometres south of the centre of Little Astwick and about 4.5 kilometres east of Harrowfield town centre. The nearest residential property, Lower Astwick Farmhouse, lies 140 metres from the eastern site boundary.

2.2 The whole site falls within the Astwick Vale Special Landscape Area, a local landscape designation in Policy EN4 of the Harrowfield Local Plan 2018–2036. Two public footpaths (Little Astwick FP7 and FP9) cross the site.

### 3. Agricultural land classification

3.1 The applicant's agricultural land classification survey, carried out by Ridgeway Soil Consultants in June 2024, found the following:

| Grade | Area (hectares) | Share of site |
|---|---|---|
| Grade 3a (best and most versatile) | 24.1 | 38.6% |
| Grade 3b | 38.3 | 61.4% |
| **Total** | **62.4** | **100%** |

3.2 No land on the site is Grade 1 or Grade 2. The 24.1 hectares of Grade 3a land falls within the definition of best and most versatile (BMV) land. The applicant argues that the land would not be lost permanently, because sheep grazing would continue beneath the panels and the land would be returned to arable use after 40 years. Officers accept that the loss would be reversible but consider that the land would be taken out of arable production for a generation.

3.3 The applicant's sequential assessment considered 11 alternative sites within 5 kilometres of the grid connection point at Coldbrook substation. Officers consider that the assessment did not adequately demonstrate why lower-grade land could not be used, because four of the alternative sites were discounted on the basis of landowner unwillingness alone.

### 4. Landscape and visual impact

4.1 The council's landscape officer, Ms Priya Nandra, concludes that the development would cause "moderate to major adverse" harm to the character of the Astwick Vale Special Landscape Area in the first ten years, reducing to "moderate adverse" once new hedgerows mature. The proposed landscaping includes 3.1 kilometres of new native hedgerow and 1,450 new trees.

### 5. Ecology and biodiversity

5.1 The applicant's biodiversity metric calculation shows a biodiversity net gain of 62% in habitat units and 18% in hedgerow units, above the statutory minimum of 10%. The council's ecologist raises no objection subject to a 30-year habitat management and monitoring plan.

### 6. Highways

6.1 Construction is expected to last 26 weeks. The applicant estimates a peak of 48 heavy goods vehicle movements a day during the first eight weeks. Harrowshire County Council, as highway authority, raises no objection subject to a construction traffic management plan that routes vehicles away from Little Astwick High Street.

### 7. Community benefit

7.1 The applicant has offered a community benefit fund of £25,000 a year for the 40-year life of the scheme, a total of £1 million, to be administered by Little Astwick Parish Council. Officers advise members that this offer is not a material planning consideration and should be given no weight in the determination of the application.

### 8. Consultation responses

8.1 The following responses were received from consultees:

| Consultee | Response | Summary |
|---|---|---|
| Little Astwick Parish Council | Object | Loss of productive farmland; harm to landscape; cumulative impact with Coldbrook solar farm |
| Coldbrook Parish Council | No comment | — |
| Natural England | No objection | Advises the council to weigh the loss of 24.1 ha of BMV land; no designated sites affected |
| Environment Agency | No objection | Site in Flood Zone 1 |
| Harrowshire County Council (Highways) | No objection, subject to conditions | Construction traffic management plan required |
| Harrowshire County Council (Archaeology) | No objection, subject to conditions | Trial trenching required before construction |
| HDC Landscape Officer | Object | Moderate to major adverse harm to Special Landscape Area |
| HDC Ecologist | No objection, subject to conditions | 30-year habitat management plan |
| HDC Environmental Health | No objection | Noise from inverters acceptable at nearest dwelling |
| Ramblers (Harrowshire Group) | Object | Enclosure of footpaths FP7 and FP9 by fencing |
| Save Astwick Vale (residents' group) | Object | Loss of farmland; landscape harm; food security |

8.2 Public representations: a total of 310 representations were received from members of the public, of which 214 objected, 87 supported the application and 9 made neutral comments.

### 9. Planning balance and conclusion

9.1 Officers give substantial weight to the renewable energy benefits of the proposal and moderate weight to the biodiversity net gain. However, officers give significant weight to the loss of 24.1 hectares of BMV land for 40 years and significant weight to the landscape harm to the Special Landscape Area. On balance, officers consider that the harm is not outweighed by the benefits.

### 10. Recommendation

10.1 That planning permission be REFUSED for the following reasons:

1. The proposal would result in the loss of 24.1 hectares of best and most versatile agricultural land for a period of 40 years, and the applicant has not demonstrated that the use of poorer-quality land has been adequately considered, contrary to Policy EN7 of the Harrowfield Local Plan 2018–2036.
2. The proposal would cause moderate to major adverse harm to the character and appearance of the Astwick Vale Special Landscape Area, contrary to Policy EN4 of the Harrowfield Local Plan 2018–2036.
`;

/** h765: sources/sag_notice.md, whole. */
const GROUND_NOTICE = `# Stannerby Borough Council

## Safety Advisory Group: Notice of Suspension of General Safety Certificate

**Sports ground:** Ferrier Road, Stannerby
**Certificate holder:** Stannerby Athletic Football Club Limited
**Certificate reference:** SBC/SSG/0147
**Date of notice:** Wednesday 12 March 2025
**Issued by:** Simon Aldwinckle, Director of Place, Stannerby Borough Council

---

### 1. Background

An emergency meeting of the Stannerby Safety Advisory Group (SAG) was held at Stannerby Town Hall, Market Square, at 2pm on Wednesday 12 March 2025. The meeting was chaired by Helen Marchbank, the council's Head of Regulatory Services.

The group considered written reports from Northmere Constabulary, Wendshire Fire and Rescue Service and the council's Sports Grounds Safety Officer, Priya Lakhani, concerning the Brackenshire Senior League Premier Division fixture between Stannerby Athletic and Morcaster Rovers at Ferrier Road on Saturday 8 March 2025. Representatives of the certificate holder attended for the first part of the meeting and answered questions.

### 2. Recommendation and vote

Six voting members were present. A motion to recommend the suspension of the general safety certificate was carried by **5 votes to 1**.

The dissenting member, Owen Pryce, the council's Building Control Manager, favoured allowing the ground to remain open with a reduced capacity of 2,500 rather than a full suspension.

Under delegated powers, the Director of Place has accepted the recommendation of the group.

### 3. Effect of this notice

The general safety certificate for Ferrier Road is **suspended with effect from 00:01 on Thursday 13 March 2025** until further notice.

No spectators may be admitted to the ground while the suspension is in force.

The fixture between Stannerby Athletic and Pellingford Town on Saturday 15 March 2025 (kick-off 3pm) may proceed behind closed doors. No more than **150 accredited persons** may be present in the ground, including players, match officials, club staff, media and emergency services personnel.

### 4. Summary of findings

The group found that on Saturday 8 March 2025:

- The recorded attendance was **4,862** against a certified capacity of **6,200**.
- The away section (Mill Stand, capacity 1,200) held **1,146** Morcaster Rovers supporters.
- Only 3 of the 8 turnstiles at Block C were operating between 14:30 and 14:55 because of a fault in the electronic access control system. A queue of approximately 700 people formed and crushing was reported at the entrance.
- The club deployed **52 stewards** against the **61** required by its own Stewarding Plan. Only **11 stewards** were deployed in the away section.
- Perimeter fencing on the east side of the pitch was damaged over a length of **38 metres**.
- Seven pyrotechnic flares were ignited over the course of the afternoon, inside and outside the ground.

### 5. Conditions for reinstatement

| No. | Condition | Deadline |
|-----|-----------|----------|
| 1 | Repair and reinforce 38 metres of perimeter fencing on the east side to a height of not less than 1.8 metres | Friday 21 March 2025 |
| 2 | Repair the electronic access control system at Block C and provide an independent test certificate | Friday 21 March 2025 |
| 3 | Extend CCTV coverage to the Block C turnstiles and the Mill Stand concourse, with recordings retained for 31 days | Monday 24 March 2025 |
| 4 | Submit a revised Stewarding Plan providing a minimum of 68 stewards at any match with an expected attendance above 4,000, and a ratio in the away section of not fewer than 1 steward per 60 spectators | 5pm, Monday 24 March 2025 |
| 5 | Appoint a Deputy Safety Officer holding the Level 4 Certificate in Spectator Safety Management | Monday 24 March 2025 |
| 6 | Introduce a search regime for pyrotechnics at all entry points | Before the first match with spectators |

### 6. Review

The group will reconvene at 10am on **Thursday 27 March 2025**. If the group is satisfied that all conditions have been met, it will recommend that the certificate be reinstated with a temporary capacity of **4,000**, with the away allocation capped at **600**, for the first two home matches after reinstatement.

### 7. Statement from the chair

Helen Marchbank, chair of the Safety Advisory Group, said:

"The group's first duty is to the safety of every person who comes through the turnstiles, and on 8 March that duty was not met."

"We have set out clearly what the club needs to do, and we will act quickly once we are satisfied the work has been done."

### 8. Right of appeal

The certificate holder may appeal against this decision to Stannerby Magistrates' Court within 28 days of the date of this notice.

Signed: Simon Aldwinckle, Director of Place
`;

/** h765: sources/police_report.md, whole. */
const GROUND_POLICE = `# Northmere Constabulary

## Match Commander's Post-Event Report

**Operation:** Kestrel
**Event:** Stannerby Athletic v Morcaster Rovers, Brackenshire Senior League Premier Division
**Venue:** Ferrier Road, Stannerby
**Date of event:** Saturday 8 March 2025, kick-off 15:00
**Match commander:** Chief Inspector Ruth Calloway
**Report date:** Monday 10 March 2025
**Circulation:** Stannerby Safety Advisory Group; Stannerby Athletic FC Safety Officer

---

### 1. Risk assessment

The fixture was originally assessed as category B. On Tuesday 4 March 2025 it was upgraded to category C (high risk) following intelligence that a larger than usual away following, including members of a known Morcaster risk group, intended to travel. Intelligence estimated an away following of approximately 900.

### 2. Resources

A total of 48 officers were deployed, including two dog handlers and four mounted officers. The cost of special police services charged to the club for policing inside the ground is £14,750.

### 3. Attendance

The club declared an attendance of 4,862, of whom 1,146 were Morcaster Rovers supporters accommodated in the Mill Stand. A further group of around 200 ticketless away supporters was present in the town centre before the match.

### 4. Timeline of incidents

| Time | Location | Incident |
|------|----------|----------|
| 13:05 | The Wheatsheaf, Carr Street | Approximately 80 away supporters gathered; glasses thrown at passing vehicles. Two arrests. |
| 14:40 | Block C turnstiles | Crushing at the front of the queue. Police instructed the club to halt entry at Block C for six minutes to relieve pressure at the front of the queue. |
| 15:22 | Mill Stand | Four flares ignited in the away section. |
| 16:35 | Pitch, east side | Following the Morcaster equaliser (78th minute, 1-1), approximately 60 away supporters entered the playing area through damaged fencing. Players were taken off by the referee for 11 minutes. |
| 16:37 | Mill Stand | Male steward, aged 58, struck on the head by a coin. Taken to Stannerby General Hospital with a head wound; discharged the same evening. |
| 17:15 | Station Approach | Disorder involving around 150 away supporters after the final whistle. Three flares ignited. Two officers suffered minor injuries. |

The match finished 1-1.

### 5. Arrests

| Offence | Home supporters | Away supporters | Total |
|---------|-----------------|-----------------|-------|
| Entering the playing area | 1 | 5 | 6 |
| Throwing missiles | 0 | 2 | 2 |
| Possession of a pyrotechnic | 0 | 3 | 3 |
| Public order offence | 1 | 0 | 1 |
| Assault on an emergency worker | 0 | 1 | 1 |
| Drunk and disorderly | 1 | 0 | 1 |
| **Total** | **3** | **11** | **14** |

Of the 14 people arrested, nine have been charged and five have been released under investigation. Football banning order applications will be made on conviction where appropriate.

### 6. Injuries

- One steward (head wound, see 16:37 above).
- Two police officers (minor injuries, not requiring hospital treatment).

### 7. Commander's assessment

The police operation outside the ground was effective in containing disorder. Inside the ground, the principal failings were the loss of entry capacity at Block C and the deployment of stewards in the away section.

In the words of the match commander: "The stewarding operation in the away end was not adequate for the numbers who attended."

### 8. Recommendations

1. That the Safety Advisory Group considers whether the general safety certificate should remain in force pending remedial work.
2. That future fixtures between Stannerby Athletic and Morcaster Rovers be all-ticket, with a 12:30 kick-off.
3. That the club's revised Stewarding Plan be shared with the police before the first match with spectators.

Chief Inspector Ruth Calloway
Match Commander, Northmere Constabulary
`;

/** h766: sources/tc_decision_summary.md, whole. */
const BUS_DECISION = `# Office of the Traffic Commissioner — Severnmoor Traffic Area

## Public Inquiry: Decision Summary

**Operator:** Fennick Valley Buses Ltd (trading as Fennick Buses)
**Licence:** Standard national PSV operator's licence PH0044817
**Operating centre:** Wharf Road Depot, Ashcombe
**Authorisation at date of inquiry:** 64 vehicles
**Inquiry held:** Tuesday 14 January 2025, at Pelham House, Stellbridge
**Decision issued:** Thursday 6 March 2025
**Presiding:** Miss Eleanor Vantreight, Traffic Commissioner for the Severnmoor Traffic Area

### Attendance

The operator was represented by Ms Ruth Abernethy, solicitor, of Halloran Steele LLP. Evidence was given on behalf of the operator by Mr Graham Lusted, managing director; Mrs Priya Anand-Kemp, operations director; and Mr Dean Colley, transport manager. Evidence for the Office was given by Mr Tobias Renwick, bus compliance officer. Harrowmere County Council was represented by Mr Alan Fairclough, its passenger transport manager, who attended as an observer and gave a short statement.

### Background

1. Fennick Valley Buses Ltd operates 23 registered local bus services across Harrowmere, principally from Ashcombe, Stellbridge and Morwick. Three of those services — the 47 (Stellbridge – Little Haddon – Brackenford), the 12 (Ashcombe – Morwick) and the X9 (Ashcombe – Stellbridge express) — account for the majority of the lost mileage considered at this inquiry. The 47 is operated under contract to Harrowmere County Council, which pays a subsidy of £318,000 a year.

2. On Wednesday 16 October 2024 the council's transport scrutiny committee voted by 7 votes to 2 to ask the Traffic Commissioner to investigate the reliability of the operator's services. The council told the Office that it had received 214 complaints about the operator's services between 1 September and 31 December 2024.

3. Mr Renwick carried out a compliance investigation between 4 November and 13 December 2024. His report was based on the operator's own records of scheduled and operated mileage.

### Lost mileage

4. The operator's records show the following for the four months under review:

| Month (2024) | Registered mileage (km) | Operated mileage (km) | Lost mileage (km) | Lost mileage (%) | Journeys cancelled |
|---|---|---|---|---|---|
| September | 398,200 | 376,693 | 21,507 | 5.4 | 241 |
| October | 411,900 | 377,300 | 34,600 | 8.4 | 389 |
| November | 396,400 | 354,778 | 41,622 | 10.5 | 462 |
| December | 372,800 | 344,467 | 28,333 | 7.6 | 317 |
| **Total** | **1,579,300** | **1,453,238** | **126,062** | **8.0** | **1,409** |

5. Against the tolerance of 0.5 per cent lost mileage that the Office applies to local services, the operator's performance over the period was some sixteen times worse than acceptable. In November 2024, the worst month, more than one kilometre in every ten that had been registered was not run.

6. On the 47 alone, 188 journeys were cancelled over the four months, of which 71 were in November. On 19 of the 30 days in November, at least one journey on the 47 did not run. The 47 is the only public transport serving Little Haddon.

### Driver numbers

7. The operator told the inquiry that its establishment — the number of drivers it needs to run its registered timetable — is 148. On 1 September 2024 it had 129 drivers in post. By 4 November 2024 that had fallen to 121, a shortfall of 27 drivers, or 18.2 per cent of the establishment. At the date of the inquiry it had 139 drivers in post.

8. The operator lost 34 drivers during the 2024 calendar year. Mr Colley accepted that at least 11 of them had left to join Tallow Motor Services, a neighbouring operator, which at the time paid £14.10 an hour against the operator's £12.85. The operator raised its basic driver rate to £14.25 an hour from 1 January 2025.

### Causes

9. The operator's case was that the shortfall was caused chiefly by a national shortage of drivers and by delays in obtaining practical driving test slots for its trainees. Mrs Anand-Kemp said that, at one point in the autumn, trainees were waiting up to 14 weeks for a test.

10. I do not accept that test delays were the principal cause. The evidence shows that in March 2024 the operator cut its in-house driver training budget by 40 per cent, from £200,000 to £120,000, and paused its trainee scheme between April and August 2024. As a result, only 6 trainees were in the pipeline in September 2024, compared with 22 a year earlier. The shortfall was, in my judgment, substantially of the operator's own making.

11. I also find that the operator failed to vary or cancel its registrations to reflect the service it could actually provide. Mr Renwick found that, on at least 41 occasions, journeys were cancelled on the day with no notice to passengers beyond a message on the operator's social media accounts. Passengers in rural areas, many of them elderly, were left waiting at stops.

### Findings

12. I find that the operator failed, without reasonable excuse, to operate its registered local services in accordance with their registered particulars, contrary to section 26 of the Transport Act 1985. I find that the operator's transport manager, Mr Colley, remains of good repute; his evidence was candid, and he had raised concerns about staffing with the board in writing on 2 September 2024.

13. I accept that the operator has taken real steps since the autumn. It reopened its training school in October 2024 with a budget of £240,000 for the current financial year, and lost mileage fell to 3.1 per cent in January 2025 on the operator's provisional figures. Those figures have not been verified by the Office.

### Decision

14. The operator's licence is curtailed from 64 vehicles to 52 vehicles for a period of six months, with effect from 00:01 on Monday 7 April 2025 until 23:59 on Sunday 5 October 2025.

15. I impose a financial penalty of £25,600, calculated at £400 for each of the 64 vehicles authorised at the date of the inquiry. The maximum available to me was £550 per vehicle. I have reduced the amount to reflect the operator's co-operation and the steps it has taken.

16. The operator must provide the Office with monthly lost mileage returns for each month from February 2025 to September 2025, due by the 15th of the following month.

17. I have not made any finding against the operator's repute. I make clear, however, that a further public inquiry will be called if lost mileage exceeds 2 per cent in any two months of the monitoring period.

18. In his statement to the inquiry, Mr Fairclough said for the council: "Residents of Little Haddon and Brackenford were, for weeks at a time, simply cut off."

Eleanor Vantreight
Traffic Commissioner for the Severnmoor Traffic Area
6 March 2025
`;

/** h766: sources/fennick_statement.txt, whole. */
const BUS_STATEMENT = `FENNICK BUSES — STATEMENT
For immediate release: Thursday 6 March 2025, 16:30

FENNICK BUSES RESPONDS TO TRAFFIC COMMISSIONER DECISION

Fennick Valley Buses Ltd, which trades as Fennick Buses, today acknowledged the decision of the Traffic Commissioner for the Severnmoor Traffic Area following the public inquiry held in Stellbridge on 14 January.

The company will not appeal against the decision.

Graham Lusted, managing director of Fennick Buses, said:

"We let our passengers down last autumn, and I want to say sorry to every one of them, plainly and without excuses. Around 1,400 journeys did not run between September and December, and behind each of those is someone who missed work, a hospital appointment or a visit to family.

"We accept the Commissioner's findings in full. The shortage of drivers across the industry was real, but we should have planned for it better, and we did not.

"The reduction in our fleet authorisation to 52 vehicles is significant, but we have already redesigned our timetables so that it will not mean further cancellations. We would rather run a slightly thinner timetable that people can rely on than a fuller one that they cannot."

What has changed since the autumn

- Drivers: Fennick Buses now has 142 drivers in post, against the 148 it needs to run its full timetable. The company has recruited 31 new drivers since November, and its vacancy rate is now under 5 per cent.
- Pay: The basic hourly rate for drivers rose to £14.25 on 1 January 2025, an increase of almost 11 per cent. A further rise, to £14.60, has been agreed with staff representatives from 1 October 2025.
- Training: The Fennick Driver Academy at Wharf Road, Ashcombe, reopened in October 2024 with a budget of £240,000 for 2024-25. It currently has 14 trainees.
- Reliability: Lost mileage fell to 3.1 per cent in January and, on early figures, to 1.8 per cent in February. At its worst, in November, it was just over 10 per cent.

Route 47 (Stellbridge – Little Haddon – Brackenford)

Since 25 November 2024, the 47 has run every two hours rather than hourly, under a temporary timetable agreed with Harrowmere County Council. The hourly timetable will be restored from Monday 24 March 2025, with the first departure from Brackenford at 06:40 and the last from Stellbridge bus station at 19:15. A new Sunday service, of four return journeys, will be introduced on the same date.

Priya Anand-Kemp, operations director, said:

"Little Haddon has no other bus, and we know that what happened on the 47 in November was not acceptable. From 24 March, anyone waiting on the 47 will get a text or app alert at least 60 minutes before any journey is withdrawn, and we will not cancel journeys on the day except for breakdowns, road closures or severe weather."

Making it right for passengers

Holders of a Fennick weekly, monthly or annual season ticket on 30 November 2024 will be offered one free week's travel. Claims can be made online or at the travel shop at Stellbridge bus station until Friday 30 May 2025. Passengers who paid for alternative transport because a Fennick journey did not run between 1 September and 31 December 2024 can apply for a refund of reasonable costs up to £50 per journey, on production of a receipt.

About Fennick Buses

Fennick Buses was founded in Ashcombe in 1978 and employs around 210 people. It operates 23 local bus services across Harrowmere and carries around 4.2 million passengers a year.

Media enquiries: Kirsty Mallender, communications manager, press@fennickbuses.example / 01632 960 418

ENDS
`;

/** h766: sources/interview_thorne.md, whole. */
const BUS_INTERVIEW = `# Interview transcript: Margaret Thorne, Little Haddon

**Interviewee:** Margaret Thorne, 71, retired school secretary, of Orchard Lane, Little Haddon
**Interviewer:** Daniel Okafor, reporter, *Stellbridge Courier*
**Date:** Friday 7 March 2025, 10:15
**Place:** Little Haddon village hall, Church Street
**Recorded with consent. Lightly edited for length; pauses and filler words removed.**

---

**DO:** Thanks for seeing me, Mrs Thorne. Can you start by telling me how you use the 47?

**MT:** Well, it's the only bus we've got. I don't drive — I gave up my licence in 2019 after my cataract operation — so the 47 is how I get to Stellbridge for the hospital, for the shops, for the library. My husband Roy died three years ago, and he used to drive us everywhere. Since then it's been the bus.

**DO:** How often would you normally catch it?

**MT:** Three or four times a week, usually the 9.20 from the stop by the Plough. That gets into Stellbridge about ten to ten.

**DO:** What happened last autumn?

**MT:** It started in September, the odd one not turning up. You'd stand there and it just wouldn't come. By November it was every other day. There was nothing at the stop to tell you. My neighbour's grandson showed me that they were putting it on Facebook, but I'm not on Facebook, and you shouldn't have to be to catch a bus.

**DO:** You mentioned a hospital appointment.

**MT:** Yes. Tuesday the 19th of November. I had an appointment at Stellbridge General at 11 o'clock, at the eye clinic — a check-up after the cataract work. I was at the stop at ten past nine. The 9.20 didn't come. The next one was meant to be 10.20 and that didn't come either. I waited until about twenty past eleven — just over two hours, in the cold — and by then I'd missed it anyway.

**DO:** What did you do?

**MT:** I rang for a taxi in the end, from Morwick, because there's nobody in the village any more. It cost me £38 to get to the hospital, and they'd given my slot away, so I had to wait until ten past three to be seen by whoever could fit me in. And then £38 back again. So £76, on my pension, for an appointment I'd already half missed.

**DO:** Did you complain?

**MT:** I wrote to Fennick and I wrote to the county council. The council wrote back, very nicely, and said they'd had a lot of complaints. Fennick sent me a letter in January saying sorry and a voucher for a free week. A free week on a bus that doesn't come — I did laugh.

**DO:** The bus has been every two hours since the end of November. How has that been?

**MT:** More reliable, I'll give them that. I don't think one's been missed since Christmas. But every two hours is no good if you've an appointment at a set time. You either go an hour and a half early or you don't go.

**DO:** The Traffic Commissioner published her decision yesterday. She's cut the number of buses Fennick can run from 64 to 52 and fined them £25,600. What do you make of that?

**MT:** I'm glad somebody's taken it seriously. But I don't want them to have fewer buses — that's the last thing Little Haddon needs. Fining them doesn't bring the bus. I'd rather they spent the money on drivers.

**DO:** Fennick says the hourly service comes back on the 24th of March, with a new Sunday service.

**MT:** Well, if it does, that'll be lovely. A Sunday bus — we haven't had a Sunday bus here since, oh, 2011 I think. My sister's in Brackenford and I'd see her on a Sunday. I'll believe it when I see it, mind.

**DO:** Have other people in the village been affected?

**MT:** Oh, lots. There are about 40 of us who use it regularly, I'd say, most of us over 65. Young Chloe at the farm shop lost her job in Stellbridge because she kept turning up late, and she's only 19. Mr Bhattacharya at number 6 goes for dialysis three times a week and his daughter had to take unpaid leave to drive him.

**DO:** Is there anything you'd say to the company?

**MT:** Just that we're people, not mileage. When the bus doesn't come, it's not a number on a sheet — it's somebody sitting in the cold wondering whether to give up and go home. I'd like Mr Lusted to come and stand at the Plough at twenty past nine on a wet Tuesday. Then he'd know.

**DO:** Thank you, Mrs Thorne.

**MT:** Thank you, love. Put the kettle on, will you, before you go?

---

*Transcript ends. Recording length: 23 minutes 41 seconds.*
`;

/** h769: sources/hesu_ballot_result.html, whole. */
const LANGUAGES_BALLOT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ballot result: industrial action over Modern Languages closure | HESU Marlowe Vale branch</title>
</head>
<body>
<header>
<p>Higher Education Staff Union (HESU) — Marlowe Vale University branch</p>
</header>
<main>
<article>
<h1>Ballot result: members vote for industrial action over Modern Languages closure</h1>
<p class="date">Published: Friday 25 April 2025, 15:30</p>

<p>The statutory industrial action ballot of HESU members at Marlowe Vale University opened on Monday 31 March 2025 and closed at 12:00 noon on Friday 25 April 2025. The ballot was conducted by post and was overseen by the independent scrutineer, Kestrel Ballot Services Ltd.</p>

<h2>Result</h2>
<table>
<thead>
<tr><th></th><th>Number</th></tr>
</thead>
<tbody>
<tr><td>Members entitled to vote</td><td>612</td></tr>
<tr><td>Ballot papers returned</td><td>401</td></tr>
<tr><td>Turnout</td><td>65.5%</td></tr>
<tr><td>Spoilt or invalid papers</td><td>0</td></tr>
</tbody>
</table>

<h3>Question 1: Are you prepared to take part in industrial action consisting of a strike?</h3>
<table>
<tr><td>Yes</td><td>318</td><td>79.3%</td></tr>
<tr><td>No</td><td>83</td><td>20.7%</td></tr>
</table>

<h3>Question 2: Are you prepared to take part in industrial action short of a strike?</h3>
<table>
<tr><td>Yes</td><td>352</td><td>87.8%</td></tr>
<tr><td>No</td><td>49</td><td>12.2%</td></tr>
</table>

<p>Both questions passed the 50 per cent turnout threshold. Action short of a strike (ASOS) may include working to contract, refusing to cover for absent colleagues and declining voluntary duties. The mandate for action is valid for six months, until Saturday 25 October 2025.</p>

<h2>Our demands</h2>
<ul>
<li>The withdrawal of the proposal to close the Department of Modern Languages.</li>
<li>A guarantee of no compulsory redundancies.</li>
<li>Full disclosure of the financial modelling behind the proposal.</li>
</ul>

<h2>Next steps</h2>
<p>The branch committee will meet on Wednesday 30 April to agree dates for action. No action will take place before Tuesday 13 May. The University will be given the notice required by law.</p>

<h2>Statements</h2>
<p>Dr Carys Penhallow, branch president and lecturer in German, said: "Our members have spoken with one voice. Management has until Council meets on 20 May to think again. Nobody wants to strike, but we will not stand by while a whole department is thrown away."</p>

<p>Tom Ashworth-Reid, branch secretary, said: "A turnout of 65 per cent in a postal ballot is unheard of at this branch. At our last ballot, in 2022, we managed 41 per cent. That tells you how strongly people feel."</p>
</article>
</main>
<footer>
<p>Promoted by Tom Ashworth-Reid on behalf of HESU Marlowe Vale branch, Room G.14, Calloway Building, Ashcombe.</p>
</footer>
</body>
</html>
`;

/** h769: sources/vc_email_to_staff.txt, whole. */
const LANGUAGES_EMAIL = `From: Professor Andrew Keddle, Vice-Chancellor <vc@marlowevale.ac.uk>
To: All staff
Date: Thursday 13 March 2025, 09:15
Subject: Senate decision on Modern Languages

Dear colleagues,

I am writing to let you know that Senate, at its meeting yesterday afternoon, endorsed a proposal to close degree programmes in our Department of Modern Languages. Senate voted by 28 votes to 9, with 3 abstentions, to recommend to Council that we stop recruiting new students to language degrees from September 2026. Senate considered, and did not support, the alternative options set out in the paper, including a smaller centre retaining Spanish and Japanese.

Council will make the final decision when it meets on Tuesday 20 May.

I want to be very clear about why we are here. Demand for language degrees has fallen sharply, nationally and here at Marlowe Vale. Student numbers in our language degrees have fallen by almost a third since 2020, and the department is now losing around £2 million a year. With the University as a whole forecasting a deficit of £14.6 million this year, we cannot continue to subsidise provision at that level.

This is not a judgment on the quality of teaching and research in Modern Languages, which is excellent. Colleagues in the department have done everything that could have been asked of them, and I know how painful this news will be.

What happens next:

- Up to 31 academic posts are at risk. We will do all we can to avoid compulsory redundancies.
- Formal consultation with HESU begins on Monday 17 March and will run for 45 days.
- A voluntary severance scheme will open to staff in the department on Monday 24 March and close on Wednesday 16 April. Terms will be published on the staff intranet.
- No student currently enrolled will be prevented from completing their degree. Students starting in September 2025 will also be fully taught out.
- The Institution-Wide Language Programme will continue, so that every student at Marlowe Vale can still learn a language.

I will hold two drop-in sessions for anyone who wishes to ask questions: on Tuesday 18 March at 12:30 in the Council Chamber, Hadley House, and on Friday 21 March at 10:00 online.

I am deeply sorry for the uncertainty this brings to colleagues and their families.

With best wishes,

Andrew

Professor Andrew Keddle
Vice-Chancellor
Marlowe Vale University
`;

describe('ratings, other grades, pronouns, duties, periods pointed back to, verbs after lists and denied preventions, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"The 49.9-megawatt development" is the report\'s "up to 49.9 megawatts"; "Grade 3a land" is not denied by "No land … is Grade 1 or Grade 2"', async () => {
    const solar = judgeWith(await workspaceIndex({ 'sources/officer_report.md': SOLAR_REPORT }));
    const rating = solar('The 49.9-megawatt development would include about 94,000 panels up to 3.2 metres high, along with battery storage, a substation and security fencing.');
    assert.deepEqual(rating.conflicts, [], why(rating));
    const bigger = solar('The 59.9-megawatt development would include about 94,000 panels up to 3.2 metres high, along with battery storage, a substation and security fencing.');
    assert.notEqual(bigger.verdict, 'supported', why(bigger));
    const grade = solar('A soil survey found that 24.1 hectares, nearly 40 per cent of the site, is Grade 3a land, which counts as "best and most versatile" under planning rules.');
    assert.deepEqual(grade.conflicts, [], why(grade));
  });

  test('"the only one against" is no count; "48 officers on duty" is "48 officers were deployed"; three dog handlers are caught', async () => {
    assert.deepEqual(extractValues('with building control manager Owen Pryce the only one against').filter((v) => v.kind !== 'name'), []);
    assert.deepEqual(extractValues('Only one member was against.').map((v) => v.text), ['one']);
    const ground = judgeWith(await workspaceIndex({ 'sources/sag_notice.md': GROUND_NOTICE, 'sources/police_report.md': GROUND_POLICE }));
    const vote = ground('Members voted by five votes to one to recommend the suspension, with building control manager Owen Pryce the only one against.');
    assert.deepEqual(vote.conflicts, [], why(vote));
    const duty = ground('The match commander, Chief Inspector Ruth Calloway, had 48 officers on duty, including two dog handlers and four mounted officers.');
    assert.deepEqual(duty.conflicts, [], why(duty));
    const more = ground('The match commander, Chief Inspector Ruth Calloway, had 48 officers on duty, including three dog handlers and four mounted officers.');
    assert.equal(more.verdict, 'contradicted', why(more));
  });

  test('"over those four months" has no rival in "any two months of the monitoring period"', async () => {
    const buses = judgeWith(await workspaceIndex({ 'sources/tc_decision_summary.md': BUS_DECISION, 'sources/fennick_statement.txt': BUS_STATEMENT, 'sources/interview_thorne.md': BUS_INTERVIEW }));
    const months = buses('Over those four months Fennick lost 8 per cent of its registered mileage, some 126,000km, against a tolerance of 0.5 per cent.');
    assert.deepEqual(months.conflicts, [], why(months));
  });

  test('"such as working to contract, was supported" is no list item; "No student … will be prevented from completing" affirms', async () => {
    const languages = judgeWith(await workspaceIndex({ 'sources/hesu_ballot_result.html': LANGUAGES_BALLOT, 'sources/vc_email_to_staff.txt': LANGUAGES_EMAIL }));
    const action = languages('Action short of a strike, such as working to contract, was supported by 352 members, with 49 against.');
    assert.deepEqual(action.conflicts, [], why(action));
    const complete = languages('The university has said all current students will be able to complete their degrees.');
    assert.deepEqual(complete.conflicts, [], why(complete));
    const some = languages('The university has said some current students will not be able to complete their degrees.');
    assert.equal(some.verdict, 'contradicted', why(some));
  });
});
