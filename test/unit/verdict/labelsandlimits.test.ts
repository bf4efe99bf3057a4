/**
 * The forty-ninth round, fourth part: faithful sentences of h626–h631 (written against dd37c92) shown as errors, and
 * two of earlier rounds (h302, h429). A speaker with a post in brackets ("**Colin Ferris (owner, Hexley Arms)** said")
 * and one whose gist comes before the colon ("Ms Sandhu said there would be no bill reduction: “…”") own the quotation;
 * "limited to £1,000" is "up to £1,000"; two figures each after its own label ("income of", "costs of") are no swap;
 * "had not been working since" is "had not been energised since"; "checked" is "verified"; a chief executive of a body
 * the claim leaves unnamed is one; a name bound on one side only, where the claim leaves out the words between, is no
 * name displaced. The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HANDOVER_INTERVIEWS } from './helperSources49';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h627: sources/customer_forum_minutes_24july.md, whole. */
const FORUM_MINUTES = `# Westmarch Water Customer Challenge Forum

## Minutes of an extraordinary meeting

**Date:** Thursday 24 July 2025, 18:30
**Venue:** Committee Room 2, Elmsworth Civic Hall

**Present:**
- Rosalind Pryce, Independent Chair
- Councillor Derek Hume, Elmsworth Borough Council (Cabinet Member for Environment)
- Anita Boateng, Manager, Elmsworth Consumer Advice Centre
- Tom Lister, Secretary, Skelbeck Anglers' Association
- Sheila Carnaby, Chair, Kettleby Moor Allotment Society
- Farida Okonjo, Ashby Cross Residents' Association

**In attendance for Westmarch Water:**
- Priya Sandhu, Operations Director
- Dr Helen Marrick, Head of Water Resources

**Apologies:** Graham Tolley, Chief Executive

Approximately 40 members of the public attended.

### 1. Welcome

The Chair opened the meeting at 18:32. She explained that the meeting had been called at short notice following the announcement of the Temporary Use Ban, and that questions from members of the public had been collected in advance. Sixty-three written questions had been received.

### 2. Update from Westmarch Water

Dr Marrick reported that Skelbeck Reservoir had stood at 48.3% on Monday 21 July, passing Drought Trigger 2. This was a fall of 3.3 points in a week. She said that a short spell of rain on Saturday 19 July had brought 11 mm at the Skelbeck Moor gauge but had made "almost no difference" to inflows because the ground was so dry.

Ms Sandhu reported that:
- notice of the Temporary Use Ban had been published as planned on Wednesday 23 July;
- letters to all affected households were being posted and would arrive by Wednesday 30 July;
- the company had started publishing daily reservoir levels on its website on Tuesday 22 July;
- leakage had been reduced to 58 Ml/d in the week to Sunday 20 July;
- the company's call centre had received 2,870 calls about the ban in the two days after the notice was published.

### 3. Questions and discussion

**Compensation.** Cllr Hume asked whether customers would receive any reduction in their bills. Ms Sandhu said there would be no bill reduction: "The ban is about protecting supply, and the cost of running the network doesn't go down because people aren't using hosepipes." Cllr Hume said: "People in Elmsworth will find it hard to accept that they pay the same for less while the company is still losing sixty million litres a day." He asked that his view be minuted.

**Allotments.** Mrs Carnaby said that the Kettleby Moor Allotment Society's 86 plots had relied on a shared standpipe and hose. Ms Sandhu confirmed that allotments were covered by the ban but that watering cans filled from the standpipe could still be used. The company offered to supply ten 200-litre water butts to the society free of charge. Mrs Carnaby accepted the offer.

**Fish and the Skel Beck.** Mr Lister asked whether the company would reduce the compensation flow into the Skel Beck. Dr Marrick said that an application for a drought permit would be made only if the reservoir fell to Trigger 3 (35%), and that on present forecasts this was "unlikely before October". Mr Lister said: "If the beck is cut back in September, we will lose the brown trout spawning season. We want to be consulted before any application, not told after it."

**Vulnerable customers.** Ms Boateng asked how Priority Services Register customers would be told that they were exempt. Ms Sandhu said the letters to those 23,400 households would say so in bold on the first page. Ms Boateng said: "Exemptions only work if people know about them."

**Enforcement.** Mrs Okonjo asked how the ban would be enforced. Ms Sandhu said that the company would rely mainly on reports from the public and would write to customers before taking any further action. She said no customer had ever been prosecuted for breaching a ban in the Elmsworth Supply Zone.

**Duration.** In response to a question from the public, Dr Marrick said the ban was likely to last until at least the end of October and that "a wet autumn would help, but it would have to be very wet".

### 4. Actions

1. Westmarch Water to consult the Skelbeck Anglers' Association before any drought permit application. (Owner: Dr Marrick)
2. Westmarch Water to report weekly leakage figures to the Forum while the ban is in force. (Owner: Ms Sandhu)
3. Chair to write to the Water Supply Standards Commission setting out the Forum's concerns on leakage and bill fairness. (Owner: Ms Pryce)

### 5. Close

The Chair closed the meeting at 20:47. The next ordinary meeting will be held on Thursday 18 September 2025.
`;

/** h629: sources/village_meeting_minutes.md, whole. */
const VILLAGE_MINUTES = `# Hexley St Mary Parish Council
## Minutes of the Extraordinary Village Meeting on the future of the post office

**Date:** Tuesday 19 November 2024, 7.30pm
**Venue:** The Reading Room, Church Lane, Hexley St Mary
**Chair:** Cllr Margaret Oduya, chair of Hexley St Mary Parish Council
**Present:** 142 residents (signed attendance register); parish councillors Margaret Oduya, Stephen Wragg, Fiona Castell and Len Mabbott; District Cllr Helen Carver (Wendmoor District Council, Hexley and Ashbrook ward); Tom Radcliffe and Priya Nandakumar (Hexley Village Trust); Gordon Pryce (former postmaster)
**Apologies:** Cllr Imran Sadiq (parish council)
**Minutes taken by:** Rachel Dunmore, parish clerk

### 1. Welcome

The chair welcomed residents and said the attendance was the largest at a village meeting since the flood defence consultation in 2016. She reminded the meeting that the purpose was to hear the Village Trust's proposal and to decide whether the parish council should contribute £5,000 from its reserves.

### 2. Presentation by Hexley Village Trust

Tom Radcliffe, chair of the Village Trust steering group, summarised the business case dated 14 October 2024. He reported that Post Office had approved the proposal in principle on 6 November and that the target opening date of Monday 3 February 2025 remained achievable.

He said: "Three months ago people told me this couldn't be done in a village this size. Tonight there are more people in this room than used the counter on a busy Saturday."

Priya Nandakumar, treasurer of the Village Trust, presented the funding position as at 19 November 2024:

| Source | Sought | Secured or pledged |
|---|---|---|
| Wendmoor District Council Community Fund | £12,000 | £12,000 (awarded 7 November) |
| Community share offer | £10,000 | £6,850 pledged by 97 people |
| Parish council | £5,000 | Subject to tonight's vote |
| Post Office | £3,000 | £3,000 confirmed |
| **Total** | **£30,000** | **£21,850 plus parish decision** |

Ms Nandakumar said the share offer, which opened on Monday 11 November with a minimum investment of £50 and a maximum of £1,000 per person, would close on Friday 20 December 2024. She said the Trust would not draw down any of the money until the share offer had reached its £10,000 target.

### 3. Statement by District Cllr Helen Carver

Cllr Carver confirmed that the Community Fund panel had awarded the full £12,000 at its meeting on Thursday 7 November 2024. She said it was the largest single award the fund had made this year, and that the panel had been impressed by the number of volunteers. She said the grant must be spent by 31 March 2025.

### 4. Remarks by Gordon Pryce

Mr Pryce said he had run the counter for 22 years and had decided to retire for health reasons. He said he had tried for 18 months to find a buyer for the shop and the post office together without success.

He said: "I'm sorry it came to this, but I'm glad it's the village that's picking it up rather than nobody. I'll be the first to sign up for a Saturday shift."

### 5. Questions from residents

- **Derek Holm (Mill Close)** asked about parking near the Reading Room. Mr Radcliffe said the Reading Room Trustees had agreed that the six spaces at the rear would be reserved for post office customers during opening hours, and that a disabled bay would be marked by the entrance.
- **Anne Whitcombe (Church Lane)** asked whether volunteers would handle cash. Ms Nandakumar said all counter volunteers would be vetted and trained by Post Office, that no volunteer would be left alone at the counter, and that the safe would be on a time lock.
- **Colin Ferris (owner, Hexley Arms)** said the interim outreach van had been "a lifeline for pensioners but no use at all" for businesses, because it could not take business cash deposits. Cllr Castell said she would raise this with Post Office.
- **Sunita Bhatt (The Green)** asked what would happen if the branch made a loss. Ms Nandakumar said the business case showed a surplus of £267 in the first full year and that the Trust would keep a reserve of at least £2,000 from fundraising before the first year ended.
- **Len Mabbott (parish councillor)** said he supported the scheme but asked that the parish council's contribution be treated as a grant rather than a loan, "so we're not chasing volunteers for repayments". The meeting agreed.

### 6. Vote on parish council contribution

The chair put the following motion to the meeting: "That this meeting supports Hexley St Mary Parish Council granting £5,000 from its general reserves towards the start-up costs of the Hexley Community Post Office."

Result (show of hands): **131 for, 6 against, 5 abstentions.** The motion was carried.

The chair said the parish council would formally approve the grant at its ordinary meeting on Monday 9 December 2024. The parish council's general reserves stood at £41,300 at 31 October 2024.

### 7. Volunteers

Mr Radcliffe reported that volunteer sign-ups had risen from 24 at the time of the business case to 31 by the end of the meeting, including Mr Pryce. Volunteer training sessions will be held on Saturday 11 January and Saturday 18 January 2025 in the Reading Room.

### 8. Actions

1. Clerk to place the £5,000 grant on the agenda for Monday 9 December 2024 (RD).
2. Cllr Castell to write to Post Office about business cash deposits on the outreach van (FC).
3. Village Trust to publish a share offer update in the December parish newsletter (TR/PN).
4. Reading Room Trustees to confirm parking arrangements in writing (TR).

The meeting closed at 9.05pm.
`;

/** h629: sources/post_office_statement.md, whole. */
const POST_OFFICE_STATEMENT = `# Post Office statement: Hexley St Mary

**Issued:** Wednesday 6 November 2024
**From:** Post Office network change team, South West and Wessex region

Post Office can confirm that the Hexley St Mary branch, which operated from 14 High Street, Hexley St Mary, closed temporarily on Friday 27 September 2024 following the resignation of the postmaster and the withdrawal of the premises. The closure is recorded as temporary while we work to restore a service to the community.

We have received a proposal from Hexley Village Trust to operate a community branch from the Reading Room, Church Lane, Hexley St Mary. Having assessed the proposal and visited the premises on Thursday 31 October 2024, we have approved it in principle, subject to:

- completion of the fit-out to Post Office security standards;
- a successful vetting and training programme for the branch manager and all volunteers who will serve at the counter; and
- a minimum of 23 opening hours a week.

If those conditions are met, we expect the new branch to open on Monday 3 February 2025. It would operate as a "Local" style branch, meaning services are provided from a single counter position.

## Services at the proposed branch

The community branch is expected to offer:

- posting of letters and parcels, including Special Delivery and international post;
- cash withdrawals, deposits and balance enquiries for customers of the main high street banks;
- business cash deposits of up to £1,000 per transaction;
- bill payments and top-ups;
- travel money on order, for collection the next working day.

The following services will **not** be available at the community branch: passport Check and Send, DVLA vehicle tax, and on-demand foreign currency. The nearest branch offering these services is Corbridge Ferrers, 6.4 miles away.

## Interim service

Until the new branch opens, a mobile outreach service will visit Hexley St Mary twice a week, from Tuesday 12 November 2024:

| Day | Time | Location |
|---|---|---|
| Tuesday | 10am to 12 noon | Hexley Arms car park |
| Friday | 1pm to 3pm | Hexley Arms car park |

The outreach van will offer letters, parcels, cash withdrawals and bill payments. It cannot accept business cash deposits.

## Funding

Post Office will contribute £3,000 towards counter equipment and security fittings. Post Office does not fund building works or running costs for community branches. The branch will be paid a fixed monthly sum plus commission on each transaction, in line with our standard remuneration for Local style branches.

## Comment

Alison Threlfall, network change manager for the South West and Wessex region, said: "Hexley has shown exactly the kind of community spirit that keeps rural post offices alive. We are confident that, with the right training, the volunteers will be able to offer a reliable service, and we will support them every step of the way."

She added: "I want to be honest that a part-time branch will not offer everything the old one did. Business customers in particular should plan ahead for the first few months."

Customers with questions about the interim service can call the Post Office customer helpline or ask staff at the outreach van.
`;

/** h629: sources/business_case.md, whole. */
const BUSINESS_CASE = `# Hexley Community Post Office: Business Case

**Prepared by:** Hexley Village Trust (post office steering group)
**Date:** Monday 14 October 2024
**Version:** 1.2 (for submission to Wendmoor District Council Community Fund and to Post Office network change team)

## 1. Summary

Hexley St Mary lost its post office counter on Friday 27 September 2024, when the postmaster, Gordon Pryce, retired after 22 years and closed the counter in his shop on the High Street. No buyer has come forward for the shop business. Hexley Village Trust proposes to open a volunteer-run community post office in the Reading Room on Church Lane, owned by the Reading Room Trustees, with one paid part-time branch manager supported by a rota of volunteers.

The steering group estimates total start-up costs of £30,000 and annual running costs of £16,233, against annual income of £16,500, leaving a small operating surplus of £267 in the first full year. The group is asking Wendmoor District Council for a Community Fund grant of £12,000.

"This is not about nostalgia. It is about whether an 84-year-old without a car can collect her pension and post a parcel without a twelve-mile round trip," said Tom Radcliffe, chair of the steering group.

## 2. The need

- Population of Hexley St Mary parish: 1,840 (812 households).
- Residents aged 65 and over: 38% of the population, compared with 21% across Wendmoor district as a whole.
- Nearest alternative branch: Corbridge Ferrers, 6.4 miles away.
- Public transport: the 47 bus runs to Corbridge Ferrers three times a day, Monday to Saturday, with no Sunday service. A return journey including time at the counter takes at least two hours 40 minutes.
- Households without access to a car: 14%.

In its last full year of operation (October 2023 to September 2024) the Hexley branch handled an average of 1,150 transactions per week. The busiest categories were:

| Transaction type | Average per week | Share |
|---|---|---|
| Cash withdrawals and deposits (personal banking) | 410 | 36% |
| Letters and parcels | 345 | 30% |
| Bill payments | 184 | 16% |
| Business banking deposits | 92 | 8% |
| Other (stamps, travel money orders, DVLA, etc.) | 119 | 10% |
| **Total** | **1,150** | **100%** |

Eleven local businesses, including the Hexley Arms and the Saturday farmers' market traders, told the steering group they used the branch at least weekly to bank cash takings.

## 3. The proposal

The community post office would operate from the small meeting room of the Reading Room under a lease from the Reading Room Trustees at £200 a month (£2,400 a year). It would open 23 hours a week:

- Monday to Friday: 9am to 1pm (20 hours)
- Saturday: 9am to noon (3 hours)

This compares with 40.5 hours a week at the former branch in Mr Pryce's shop.

Staffing: one paid part-time branch manager working 16 hours a week at £12.60 an hour, plus volunteers. Each volunteer would be asked to cover at least one three-hour or four-hour shift a fortnight. The rota needs a minimum of 18 trained volunteers; 24 people had pledged to volunteer by the date of this document.

## 4. Start-up costs

| Item | Cost |
|---|---|
| Room fit-out (counter, shelving, accessible ramp, electrics) | £18,400 |
| Security safe, counter screen and alarm | £6,200 |
| IT, cabling and volunteer training | £2,150 |
| Contingency | £3,250 |
| **Total** | **£30,000** |

## 5. Funding of start-up costs

| Source | Amount | Status (14 October 2024) |
|---|---|---|
| Wendmoor District Council Community Fund | £12,000 | Application submitted |
| Community share offer | £10,000 | To launch November 2024 |
| Hexley St Mary Parish Council | £5,000 | To be put to village meeting |
| Post Office contribution to equipment | £3,000 | Under discussion |
| **Total** | **£30,000** | |

## 6. Annual running costs and income (first full year)

| Running costs | £ a year |
|---|---|
| Branch manager (16 hours x 52 weeks x £12.60) | 10,483 |
| Rent to Reading Room Trustees | 2,400 |
| Heat, light and power | 1,800 |
| Insurance | 950 |
| Stationery and sundries | 600 |
| **Total** | **16,233** |

| Income | £ a year |
|---|---|
| Post Office remuneration (estimated) | 11,900 |
| Retail margin (cards, stationery, gift wrap) | 3,100 |
| Fundraising | 1,500 |
| **Total** | **16,500** |

The Post Office remuneration estimate assumes transaction volumes settle at 85% of the former branch's level because of the shorter opening hours.

## 7. Risks

1. Volunteer fatigue. Mitigation: a reserve list and a maximum of two shifts a fortnight per volunteer.
2. Lower transaction volumes. A fall to 70% of former volumes would reduce remuneration by about £2,100 a year and turn the surplus into a deficit.
3. Delay in Post Office approval. The steering group has a target opening date of Monday 3 February 2025.

"We have the people and we have the room. What we need now is the start-up money and a yes from the Post Office," said Priya Nandakumar, the trust's treasurer.
`;

/** h630: sources/01_inspection_report.md, whole. */
const LYNX_REPORT = `# Marlshire District Council — Licensing and Regulatory Services

## Special Inspection Report under Section 11 of the Zoo Licensing Act 1981

**Establishment:** Fennick Hollow Wildlife Park, Brackenridge Lane, Ashbury St Clement, Marlshire
**Licence number:** ZL/0427 (licence holder: Fennick Hollow Conservation Trust)
**Date of special inspection:** Thursday 26 September 2024
**Date of report:** Monday 30 September 2024
**Lead inspector:** Gareth Lomax, Senior Licensing Officer, Marlshire District Council
**Veterinary inspector:** Dr Ruth Penhallow MRCVS, appointed from the Secretary of State's list of zoo inspectors
**Reason for inspection:** Escape of a Eurasian lynx on Saturday 14 September 2024

---

### 1. Summary

1.1 At approximately 07:40 on Saturday 14 September 2024 a three-year-old female Eurasian lynx known as "Tansy" left the lynx enclosure at Fennick Hollow Wildlife Park. The animal was recaptured at 15:25 the same day in Holloway Wood, approximately 1.2 km (0.75 miles) north-east of the park boundary, after being sedated by dart by the park's veterinary surgeon. The animal was outside the enclosure for approximately seven hours and 45 minutes.

1.2 No member of the public or member of staff was injured. The park had not yet opened to visitors when the escape was discovered; opening time is 10:00. Three laying hens belonging to a smallholding on Mill Lane were killed during the period the lynx was at large.

1.3 The inspectors conclude that the escape was caused by a combination of failures rather than a single event. The principal cause was that the electrified top strand of the enclosure's perimeter fence had not been energised since Wednesday 11 September 2024, owing to a fault in the energiser unit that had been recorded in the maintenance log but not repaired. A willow branch brought down in high winds on the night of Friday 13 September had come to rest against the fence and provided the animal with a means of climbing to the top of it.

1.4 The inspectors consider that the escape was foreseeable and preventable.

### 2. Findings

| Ref | Area inspected | Standard expected | Found on inspection | Assessment |
|-----|----------------|-------------------|---------------------|------------|
| F1 | Perimeter fence height (lynx enclosure) | 3.5 m recommended for this species by the park's own enclosure specification | 3.0 m, with a 0.6 m inward overhang | Below standard |
| F2 | Electrified top strand | Minimum 6 kV at all points, tested daily | 0 kV on 11–14 September; fault logged on 11 September, no repair recorded | Serious non-compliance |
| F3 | Vegetation clearance | No trees or shrubs within 2 m of the perimeter fence | Three willow trees within 0.8 m of the fence on the northern side | Non-compliance |
| F4 | Escape drills | Quarterly, under the park's own emergency plan | Last recorded drill: Thursday 11 January 2024 | Non-compliance |
| F5 | Trained darting staff | At least one on site at all times when dangerous animals are held | Two trained staff employed; one on site on the morning of 14 September; vet arrived 08:35 | Satisfactory, but see recommendation R5 |
| F6 | Daily enclosure checks | Recorded check of perimeter before and after each day | Evening check of Friday 13 September recorded as "all OK" at 17:10, before the storm | Satisfactory for the period recorded |
| F7 | Staffing | 17 keeper posts on the establishment | 14 keepers in post, 3 vacancies | Note of concern |

2.1 On F2, the maintenance log shows an entry at 09:15 on Wednesday 11 September reading "lynx hot wire energiser tripping — parts ordered". No further entry was made until Saturday 14 September. The inspectors were told that the replacement part was delivered on Friday 13 September but was not fitted because the maintenance technician was on leave. The inspectors were not shown any risk assessment for operating the enclosure without the electric strand.

2.2 On F3, the inspectors note that the park's previous periodic inspection, carried out on Wednesday 7 June 2023, recorded "vegetation near lynx fence to be kept under review". It was not treated as a formal condition at that time.

2.3 On F4, the gap between the last recorded escape drill and the escape was eight months, against the park's own requirement of a drill every three months.

### 3. Response on the day

3.1 The inspectors reviewed the park's incident log and consider that the response once the escape was discovered was prompt and effective. The timeline below is taken from the log.

| Time (14 Sept) | Event |
|----------------|-------|
| 07:52 | Keeper discovers lynx enclosure empty during morning check; "Code Red" radio call |
| 07:58 | Marlshire Constabulary informed |
| 08:10 | Decision taken not to open the park for the day |
| 08:35 | Park vet, Dr Tom Farrant, arrives on site with darting equipment |
| 09:20 | Drone search begins |
| 11:05 | Report from Mill Lane smallholding of hens killed |
| 14:40 | Lynx sighted by drone in Holloway Wood |
| 15:25 | Lynx darted and sedated |
| 16:10 | Lynx returned to holding den at the park |

3.2 A total of 37 people took part in the search, of whom 22 were park staff and 15 were officers of Marlshire Constabulary. The park closed for the day and refunded 640 pre-booked tickets.

3.3 A veterinary examination on the evening of 14 September found Tansy to be in good body condition with a minor laceration to the left forepaw.

### 4. Directions and recommendations

The licence holder is directed under Section 16 of the Act to carry out the following:

- **D1:** Repair the electrified top strand and keep a daily voltage log — by Friday 4 October 2024.
- **D2:** Clear all vegetation within 2 m of the lynx perimeter fence — by Friday 18 October 2024.
- **D3:** Carry out a full escape drill involving all keeping staff — by Thursday 24 October 2024.
- **D4:** Raise the perimeter fence of the lynx enclosure to 3.5 m — by Friday 31 January 2025.

Recommendations (not directions):

- **R5:** Arrange cover so that two trained darting staff are on site at weekends.
- **R6:** Fill the three keeper vacancies.

The lynx enclosure must not be used to hold lynx until D1 and D2 have been completed and verified by the council.

### 5. Comparison with previous inspection

At the periodic inspection of 7 June 2023, the inspectors at that time found "no significant concerns" and issued no directions. The present inspection has resulted in four directions. The park reported 186,000 visitors in 2023, up from 171,000 in 2022.

Gareth Lomax, Senior Licensing Officer
Dr Ruth Penhallow MRCVS, Veterinary Inspector
`;

/** h429: sources/board_paper_handover_delays.md, whole. */
const HANDOVER_PAPER = `# Severn Vale Ambulance Service NHS Trust

## Trust Board — Meeting in Public

**Date of meeting:** Thursday 6 March 2025
**Agenda item:** 7
**Paper title:** Hospital handover delays at Kingsmead General Hospital, January–February 2025
**Author:** Rachel Okafor, Director of Operations
**Executive sponsor:** Graham Lister, Chief Executive
**Clinical adviser:** Dr Tomas Brennan, Medical Director
**Purpose:** For decision

---

### 1. Summary

1.1 This paper sets out the scale of ambulance handover delays at Kingsmead General Hospital in Aldermoor over the seven weeks from Monday 6 January 2025 to Sunday 23 February 2025, the effect on patients waiting in the community, and the actions agreed with Kingsmead Hospitals NHS Foundation Trust.

1.2 The national standard is that a patient brought by ambulance is handed over to emergency department staff within 15 minutes of arrival. No handover should take longer than 60 minutes. In December 2024 the two trusts agreed a local "release to respond" protocol under which a crew may ask to be released after 45 minutes.

1.3 Over the seven weeks, Severn Vale crews lost 5,405 hours outside Kingsmead General Hospital beyond the 15-minute standard. Kingsmead accounted for 31% of all handover hours lost across the Trust in the period, although it receives 22% of the Trust's conveyances.

1.4 The Board is asked to approve funding of £186,000 a year for four Hospital Ambulance Liaison Officer (HALO) posts based at Kingsmead.

### 2. Weekly handover performance at Kingsmead General Hospital

Weeks run Monday to Sunday. "Hours lost" counts time beyond the 15-minute standard.

| Week commencing | Ambulance arrivals | Mean handover time (minutes) | Handovers over 60 minutes | Hours lost |
|---|---|---|---|---|
| Monday 6 January 2025 | 1,412 | 71 | 388 | 1,164 |
| Monday 13 January 2025 | 1,356 | 64 | 301 | 952 |
| Monday 20 January 2025 | 1,298 | 58 | 247 | 806 |
| Monday 27 January 2025 | 1,275 | 52 | 198 | 640 |
| Monday 3 February 2025 | 1,301 | 49 | 176 | 598 |
| Monday 10 February 2025 | 1,322 | 55 | 214 | 712 |
| Monday 17 February 2025 | 1,289 | 47 | 161 | 533 |
| **Total** | **9,253** | — | **1,685** | **5,405** |

2.1 The worst week was that commencing 6 January, when the mean handover time was 71 minutes and 388 handovers took longer than an hour. Performance improved in each of the following four weeks before worsening again in the week commencing 10 February, which coincided with a norovirus outbreak that closed two medical wards at Kingsmead for five days.

2.2 The longest single handover recorded in the period was 9 hours 42 minutes, on Tuesday 7 January 2025, involving an 88-year-old woman with a suspected hip fracture.

2.3 The mean handover time in the final week, 47 minutes, remains more than three times the 15-minute standard.

### 3. Impact on patients and on the Trust

3.1 During the worst week, the Trust's mean response time to Category 2 calls (such as suspected strokes and heart attacks) across the Aldermoor sector was 1 hour 14 minutes, against a national target of 18 minutes. By the week commencing 17 February it had fallen to 46 minutes.

3.2 Three incidents in the period have been reported as serious incidents and are under investigation, including one in which a man in his seventies waited 5 hours 10 minutes for an ambulance after a fall at home in Brackwell on Saturday 11 January 2025.

3.3 Using the Trust's standard costing of £238 for each hour of a double-crewed ambulance, the hours lost at Kingsmead represent approximately £1.29 million of crew time.

3.4 To maintain cover, the Trust spent £410,000 on additional shifts from a private provider, Meridian Patient Transport Ltd, between 6 January and 23 February.

3.5 Dr Tomas Brennan, Medical Director, said: "Every hour a crew spends in a corridor is an hour that a patient in the community waits for help. The risk does not disappear; it moves to someone's front room."

### 4. Actions agreed with Kingsmead Hospitals NHS Foundation Trust

4.1 At a joint meeting on Friday 28 February 2025, chaired by Graham Lister and attended by Kingsmead's Chief Operating Officer, Daniel Achebe, the two trusts agreed:

- (a) Kingsmead will open a dedicated Ambulance Receiving Area with 12 trolley spaces, staffed by hospital nurses, so that crews can hand over and leave;
- (b) the "release to respond" protocol will be applied on every shift, with any refusal to release a crew escalated to the hospital's on-call director within 15 minutes;
- (c) Severn Vale will place HALOs at Kingsmead from 07:00 to 23:00, seven days a week.

4.2 Rachel Okafor, Director of Operations, said: "We have had promises before. What is different this time is that both trusts have put money and staff behind them, and we will publish the figures every week so the public can judge."

### 5. Recommendation

5.1 The Board is asked to approve recurrent funding of £186,000 a year for four HALO posts, to be recruited by 31 March 2025, and to note that a further report will come to the Board meeting on Thursday 5 June 2025.
`;


/** h429: sources/kingsmead_statement.html, whole. */
const KINGSMEAD_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Statement: ambulance handovers at Kingsmead General Hospital</title>
</head>
<body>
<header>
<p>Kingsmead Hospitals NHS Foundation Trust — News and media</p>
</header>
<article>
<h1>Statement on ambulance handovers at Kingsmead General Hospital</h1>
<p class="date">Published: Friday 7 March 2025</p>

<p>Kingsmead Hospitals NHS Foundation Trust has today confirmed that a new Ambulance Receiving Area will open at Kingsmead General Hospital in Aldermoor on Monday 17 March 2025.</p>

<p>The unit will have 12 trolley spaces and will be staffed around the clock by a team of 18 registered nurses and 9 healthcare assistants recruited for the purpose. It is being created in the former dermatology outpatients suite next to the emergency department, at a cost of £640,000, which the Trust is meeting from its own capital budget.</p>

<p>Dr Helen Marsh, Chief Executive of Kingsmead Hospitals NHS Foundation Trust, said: "Nobody who works here thinks it is acceptable for a patient to wait in the back of an ambulance. I want to apologise to every patient and family who has had that experience this winter, and to the paramedics who have waited with them."</p>

<h2>Why handovers have been delayed</h2>

<p>The Trust said the main cause of handover delays is a shortage of beds in the hospital rather than a shortage of staff in the emergency department. General and acute bed occupancy averaged 97% in January 2025, against a safe level of around 92%.</p>

<p>On Monday 3 March 2025, 84 patients in Kingsmead General Hospital were medically fit to leave but were waiting for a care package, a care-home place or other support arranged by Aldermoor County Council.</p>

<table>
<caption>Kingsmead General Hospital: emergency department activity</caption>
<thead>
<tr><th>Measure</th><th>January 2025</th><th>February 2025</th></tr>
</thead>
<tbody>
<tr><td>Emergency department attendances</td><td>11,840</td><td>10,905</td></tr>
<tr><td>Patients seen within four hours</td><td>61.2%</td><td>66.8%</td></tr>
<tr><td>Patients waiting more than 12 hours from arrival</td><td>1,033</td><td>742</td></tr>
<tr><td>Average patients medically fit for discharge (daily)</td><td>91</td><td>86</td></tr>
</tbody>
</table>

<p>Daniel Achebe, Chief Operating Officer, said: "The Ambulance Receiving Area will help, but it treats the symptom. The cure is getting people who are well enough to go home out of hospital beds, and that needs the whole system."</p>

<h2>Work with the council</h2>

<p>Aldermoor County Council has agreed to fund 40 additional short-term care-home beds from Monday 10 March 2025 for eight weeks, at a cost to the council of £520,000.</p>

<p>Councillor Priya Nandakumar, cabinet member for adult social care at Aldermoor County Council, said: "We are not going to pretend the council has spare money. But a bed in a care home costs far less than a bed in a hospital, and it is the right place for people to recover."</p>

<h2>Notes to editors</h2>
<ul>
<li>Kingsmead General Hospital has 684 general and acute beds.</li>
<li>The Trust employs around 7,200 staff across Kingsmead General Hospital and Brackwell Community Hospital.</li>
<li>Media enquiries: communications team, Kingsmead Hospitals NHS Foundation Trust.</li>
</ul>
</article>
</body>
</html>
`;

/** h302: sources/company_statement.html, whole. */
const DAIRY_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Statement from Fennick Valley Dairies following sentencing</title>
</head>
<body>
<header>
<p>Fennick Valley Dairies Ltd &mdash; Newsroom</p>
<p>Published: Tuesday 12 March 2024</p>
</header>
<article>
<h1>Statement following today's hearing at Lydmouth Magistrates' Court</h1>

<p>Fennick Valley Dairies accepts the sentence handed down today by Lydmouth Magistrates' Court in relation to the pollution of Sallow Brook in June 2023. The company will not appeal against the fine.</p>

<p>Martin Heale, Chief Executive of Fennick Valley Dairies, said: "We let down our neighbours and we let down the brook. We have apologised to the community and to the anglers who use Sallow Brook, and I repeat that apology today without reservation."</p>

<p>Since the incident, the company has replaced the failed tank and built a new effluent treatment plant at its Ashcombe creamery at a cost of £2.3 million. The plant was completed in February 2024 and treats all dairy washings on site before any discharge.</p>

<h2>What we have changed at Ashcombe</h2>

<table>
<thead>
<tr><th>Measure</th><th>Status</th><th>Completed</th></tr>
</thead>
<tbody>
<tr><td>New effluent treatment plant (£2.3 million)</td><td>In operation</td><td>February 2024</td></tr>
<tr><td>Replacement stainless steel holding tank with double bund</td><td>In operation</td><td>November 2023</td></tr>
<tr><td>Remote tank-level alarms linked to on-call manager's phone</td><td>In operation</td><td>July 2023</td></tr>
<tr><td>Surface water drain shut-off valve</td><td>In operation</td><td>August 2023</td></tr>
<tr><td>Environmental training for site staff</td><td>14 staff trained</td><td>October 2023</td></tr>
<tr><td>24-hour staffing of the effluent area</td><td>In place</td><td>June 2023</td></tr>
</tbody>
</table>

<p>Claire Benning, Operations Director, said: "The alarm on that tank should never have been left disconnected. Every alarm on the site is now tested weekly, and no one can isolate one without a manager signing it off."</p>

<p>The company has also donated £25,000 to the Orrin Rivers Trust to support the restocking of Sallow Brook and will fund an annual volunteer river clean-up for the next three years.</p>

<p>Fennick Valley Dairies employs 412 people, including 260 at Ashcombe, and buys milk from 95 family farms across the Orrin valley.</p>

<p>Media enquiries: Daniel Ross, Head of Communications, press@fennickvalleydairies.example</p>
</article>
</body>
</html>
`;

describe('speakers, limits, labels and denials of h626–h631, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Ms Sandhu said there would be no bill reduction: “…”" is hers, not Cllr Hume\'s, who asked and spoke after', async () => {
    const forum = { 'sources/customer_forum_minutes_24july.md': FORUM_MINUTES };
    const quote = '"The ban is about protecting supply, and the cost of running the network doesn\'t go down because people aren\'t using hosepipes."';
    assert.deepEqual(await misattributions(forum, `Ms Sandhu said customers would not receive any reduction in their bills, telling the meeting: ${quote}`), []);
    const hume = await misattributions(forum, `Cllr Hume told the meeting: ${quote}`);
    assert.equal(hume.length, 1, hume.join('\n'));
  });

  test('"**Colin Ferris (owner, Hexley Arms)** said … “a lifeline for pensioners but no use at all”" is his, not Cllr Castell\'s', async () => {
    const village = { 'sources/village_meeting_minutes.md': VILLAGE_MINUTES, 'sources/post_office_statement.md': POST_OFFICE_STATEMENT, 'sources/business_case.md': BUSINESS_CASE };
    assert.deepEqual(await misattributions(village, 'Colin Ferris, owner of the Hexley Arms, said the van had been "a lifeline for pensioners but no use at all" for businesses, because it could not take their cash deposits.'), []);
  });

  test('"limited to £1,000" is "up to £1,000", and "limited to £2,000" is not; "income of £16,500 against running costs of £16,233" keeps each label', async () => {
    const village = judgeWith(await workspaceIndex({ 'sources/village_meeting_minutes.md': VILLAGE_MINUTES, 'sources/post_office_statement.md': POST_OFFICE_STATEMENT, 'sources/business_case.md': BUSINESS_CASE }));
    const limited = village('Business cash deposits will be limited to £1,000 per transaction.');
    assert.deepEqual(limited.conflicts, [], why(limited));
    const more = village('Business cash deposits will be limited to £2,000 per transaction.');
    assert.equal(more.verdict, 'contradicted', why(more));
    const forecast = village('The business case forecasts annual income of £16,500 against running costs of £16,233, leaving a surplus of £267 in the first full year.');
    assert.deepEqual(forecast.conflicts, [], why(forecast));
  });

  test('"had not been working since Wednesday 11 September" is "had not been energised since"; "checked" is "verified", "ignored" is not', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/01_inspection_report.md': LYNX_REPORT }));
    const working = report('They found that the electrified top strand of the enclosure fence had not been working since Wednesday 11 September because of a fault in its energiser unit.');
    assert.deepEqual(working.conflicts, [], why(working));
    const directions = (done: string) => report(`Lynx may not be kept in the enclosure until the first two directions have been completed and ${done} by the council.`);
    assert.deepEqual(directions('checked').conflicts, [], why(directions('checked')));
    assert.equal(directions('ignored').verdict, 'contradicted', why(directions('ignored')));
  });

  test('"Chief executive Dr Helen Marsh said" is the chief executive of Kingsmead, beside another trust\'s "Graham Lister, Chief Executive"', async () => {
    const trusts = judgeWith(await workspaceIndex({ 'sources/board_paper_handover_delays.md': HANDOVER_PAPER, 'sources/interviews_transcript.txt': HANDOVER_INTERVIEWS, 'sources/kingsmead_statement.html': KINGSMEAD_STATEMENT }));
    const marsh = trusts('Chief executive Dr Helen Marsh said: "Nobody who works here thinks it is acceptable for a patient to wait in the back of an ambulance."');
    assert.deepEqual(marsh.conflicts, [], why(marsh));
  });

  test('"donated £25,000 to the Orrin Rivers Trust and will fund" leaves out "to support the restocking of Sallow Brook"', async () => {
    const statement = judgeWith(await workspaceIndex({ 'sources/company_statement.html': DAIRY_STATEMENT }));
    const donated = statement('The firm has also donated £25,000 to the Orrin Rivers Trust and will fund an annual volunteer river clean-up for the next three years.');
    assert.deepEqual(donated.conflicts, [], why(donated));
  });
});
