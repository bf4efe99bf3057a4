/**
 * The fifty-fourth round, first part: faithful sentences shown as errors in h746–h757 (written against f7df1d2), and a
 * heading's number read as a figure. A section's number that opens a text ("5. Findings and actions"), or is the whole
 * of it ("5."), counts nothing; a second passage that adds only a bare count, which it gives of
 * something else ("nine consecutive nights"), is no evidence for "nine bottled water stations"; a row named by its
 * label's words before a bracket ("144 of the 196 sailings scheduled" / "Sailings scheduled (normal timetable)"); a
 * post the minutes list a person with ("Councillor Morag Teague (Convener, in the Chair)") gives "The Convener said"
 * to that person and no other; a length of time before an event is a gap between two times ("until 22:00, 90 minutes
 * before the music ended"); the last three financial years frame the claim and are no rival of "about five weeks";
 * a post between two names is the second's; "unlikely to reopen" is "do not expect the road to reopen"; "Thursday to
 * Sunday" is a week's pattern, no day's; "The Director of Adult Social Care replied" names no "Social Care"; "five
 * minutes two seconds" is one figure. The second part's two-column row ("Bottled water stations | Quantity: 4" gives
 * the count of the noun its label is) is tested here too, with the fixture it needs. The fixtures are the helpers'
 * sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';
import { officeHolders } from '../../../server/src/core/verdict/offices';
import { findAttributions } from '../../../server/src/core/verdict/attribution';

/** h737: sources/incident_report.md, whole. */
const WATER_REPORT = `# Marlbrook Water Ltd — Incident Report IR-2025-017

**Incident:** Trunk main failure, Crane Lane, Hallowfield
**Classification:** Level 3 (major supply interruption)
**Report author:** Priya Mehta, Head of Network Operations (Incident Manager)
**Approved by:** Colin Farrow, Director of Asset Management
**Date of report:** Friday 14 February 2025
**Status:** Final (version 1.2)

## 1. Summary

At 04:52 on Monday 3 February 2025 a 600 mm (24-inch) cast-iron trunk main failed beneath the carriageway of Crane Lane, Hallowfield. The main carries treated water from Kestle Hill pumping station to Hallowfield service reservoir and is the sole supply route for the town.

The failure interrupted supply to 11,840 properties (11,215 domestic and 625 non-domestic), serving an estimated 26,300 residents. Supply was restored to all properties by 18:00 on Thursday 6 February 2025, a total interruption of approximately 85 hours for the last properties to be reconnected.

The section of main that failed was laid in 1968. Investigation found a circumferential fracture consistent with ground movement following a sustained period of frost (air temperatures at the Kestle Hill weather station were below 0°C for nine consecutive nights from 25 January). The age and condition of the pipe were contributory factors. The section was already included in the company's mains replacement programme for 2026–27.

A first repair was completed in the early hours of Tuesday 4 February, but a second fracture, 40 metres downstream of the first, was found when the main was recharged. This second failure extended the interruption by approximately 40 hours.

## 2. Timeline

| Date and time | Event |
|---|---|
| Mon 3 Feb, 04:52 | Telemetry alarm: pressure drop at Kestle Hill pumping station outlet. |
| Mon 3 Feb, 05:40 | Network technician arrives at Crane Lane and confirms a major burst. |
| Mon 3 Feb, 06:10 | Main isolated. Hallowfield service reservoir at 61% capacity. |
| Mon 3 Feb, 07:15 | Level 2 incident declared. Priya Mehta appointed Incident Manager. |
| Mon 3 Feb, 09:30 | Service reservoir at 18%. Low pressure and no-supply contacts rising. |
| Mon 3 Feb, 11:00 | Escalated to Level 3. Hallowfield District Council emergency planning team informed. |
| Mon 3 Feb, 13:20 | First bottled water station opens at Hallowfield Leisure Centre, Mill Road. |
| Mon 3 Feb, 16:00 | Second bottled water station opens at Tesford Road car park. |
| Mon 3 Feb, 19:45 | Excavation complete; repair crews begin work on fractured section. |
| Tue 4 Feb, 02:10 | First repair completed. Recharge of main begins. |
| Tue 4 Feb, 06:45 | Recharge halted: second fracture identified 40 m downstream. |
| Tue 4 Feb, 09:00 | Third and fourth bottled water stations open (Northgate Primary School car park; St Aldhelm's Church hall). |
| Tue 4 Feb, 15:05 | First doorstep delivery to Beechcroft House care home, Station Road. |
| Wed 5 Feb, 10:30 | Replacement pipe section (6 m) delivered from Brackley depot. |
| Wed 5 Feb, 21:30 | Second repair completed. Controlled recharge begins. |
| Thu 6 Feb, 08:00 | Supply restored to approximately 90% of affected properties. |
| Thu 6 Feb, 18:00 | Supply restored to all properties. Precautionary boil water notice issued for 2,150 properties in the Northgate area. |
| Sat 8 Feb, 12:00 | Sampling results satisfactory. Boil water notice lifted. |
| Sun 9 Feb, 17:00 | Incident stood down. |

## 3. Response resources

| Resource | Quantity |
|---|---|
| Staff and contractors deployed (peak) | 310 |
| Water tankers deployed | 23 |
| Bottled water distributed | 1.2 million litres |
| Bottled water stations | 4 |
| Priority Services Register customers receiving doorstep deliveries | 640 |
| Customer contacts (calls, web, social media) | 18,450 |
| Estimated water lost from burst | 14.6 megalitres |

## 4. Priority Services Register customers

At the start of the incident, 712 customers in the affected area were on the Priority Services Register (PSR). Of these, 640 received doorstep deliveries; the remaining 72 told the company that they did not need a delivery or could not be contacted.

The target for a first PSR delivery is within 12 hours of a Level 3 declaration. This target was met for 388 of the 640 customers (60.6%). The first deliveries to care homes began on the afternoon of Tuesday 4 February. The review found that the PSR list held by the delivery contractor, Fenwick Logistics, was out of date, and that three care homes, including Beechcroft House, were not flagged as high priority.

## 5. Findings and actions

1. Bring forward replacement of the remaining 2.3 km of the 1968 Crane Lane main from 2026–27 to 2025–26, at an estimated cost of £4.8 million.
2. Install a second, permanent supply link to Hallowfield service reservoir from the Dunmere network by March 2027.
3. Hold a pre-positioned stock of 250,000 litres of bottled water at the Brackley depot.
4. Reconcile the PSR list with the delivery contractor each month, not each quarter.
5. Commission an independent review of the incident response, to be published by 30 June 2025.
`;

/** h750: sources/ferry_service_update.md, whole. */
const FERRY_UPDATE = `# Harran Sound Ferries Ltd — Service Update No. 4

**Route:** Kelbrook – Ardcallan (Isle of Harran)
**Issued:** Friday 7 March 2025, 16:00
**Contact:** Customer Services, 01847 620 310

## 1. Summary

Our main vessel on the Kelbrook – Ardcallan route, MV *Morven Star*, remains out of service following the failure of her starboard gearbox on Tuesday 18 February 2025. The fault was detected by the engineering crew shortly after the 07:30 departure from Kelbrook, and the vessel returned to port under her own power on her port engine alone. No passengers or crew were injured.

MV *Morven Star* was built in 1998 and is certificated to carry 312 passengers and 44 cars. She was taken to the Dunmore dry dock operated by Corran Marine Engineering on Thursday 20 February 2025.

A replacement gearbox is being manufactured by the original supplier, Hollin Drive Systems. We had previously hoped to return the vessel to service on Monday 24 March 2025. Because the gearbox casting has taken longer than the supplier first estimated, the expected return date is now **Monday 14 April 2025**. This date remains subject to sea trials and to inspection by the marine surveyor.

## 2. Relief vessel

We have chartered MV *Glenavon* from Tarrant Isles Shipping. She entered service on the route on Wednesday 26 February 2025. MV *Glenavon* is certificated for 150 passengers and 18 cars, and her crossing takes approximately 70 minutes, compared with 55 minutes for MV *Morven Star*.

Between the failure on 18 February and the arrival of MV *Glenavon* on 26 February, the route was served only by a passenger-only water taxi, *Sula*, operated under contract by Brannock Boat Hire, carrying a maximum of 12 passengers per crossing.

## 3. Temporary timetable (from Monday 10 March 2025 until further notice)

The normal timetable provides six return sailings a day from Monday to Saturday and four on Sundays. While MV *Glenavon* is operating, the following reduced timetable applies.

| Day | Depart Kelbrook | Depart Ardcallan | Return sailings |
|---|---|---|---|
| Monday to Saturday | 07:30, 12:15, 17:00 | 09:00, 13:45, 18:30 | 3 |
| Sunday | 10:00, 16:00 | 11:30, 17:30 | 2 |
| Thursday (additional freight only) | 05:30 | — | — |

The additional Thursday 05:30 sailing from Kelbrook carries fuel tankers and the weekly supply lorry for Harran Stores only. It does not carry foot passengers.

## 4. Vehicle priority

Vehicle deck space on MV *Glenavon* is limited. Until further notice, vehicle bookings will be allocated in the following order of priority:

1. Emergency services and patients travelling for medical treatment
2. Food, fuel and medical supply deliveries
3. Livestock hauliers
4. Island residents
5. All other traffic

Foot passengers do not need to book, but boarding is limited to 150 per sailing.

## 5. Impact on sailings and passengers

| Measure | 18 Feb – 6 Mar 2025 | Same period 2024 | Change |
|---|---|---|---|
| Sailings scheduled (normal timetable) | 196 | 196 | — |
| Sailings cancelled | 144 | 4 | +140 |
| Passengers carried | 6,480 | 10,550 | −38.6% |
| Cars carried | 1,105 | 2,930 | −62.3% |

## 6. Refunds and compensation

Customers whose booked sailing was cancelled will receive a full refund. In addition, holders of an Island Resident Card whose booking was cancelled will receive a travel voucher worth 20% of the fare paid, valid until 31 December 2025. Claims should be made by Monday 31 March 2025.

## 7. Statement from the Managing Director

Callum Rennick, Managing Director of Harran Sound Ferries, said:

"We know how hard the last three weeks have been for people on Harran, and I am sorry. Getting the *Morven Star* back safely is our only priority, but I will not put her back into service until the marine surveyor is satisfied. The *Glenavon* is a smaller ship, and we are asking everyone to bear with us while we put lifeline traffic first."

Ends.
`;

/** h750: sources/council_minutes.md, whole. */
const FERRY_MINUTES = `# Harran Island Council

## Emergency Committee — Minutes

**Meeting held:** Monday 3 March 2025 at 10:00, Council Chamber, Ardcallan Town Hall

**Present:** Councillor Morag Teague (Convener, in the Chair); Councillor Euan Balfour (Depute Convener); Councillors Priya Dalgleish, Ronald Mackie, Iain Stroud, Catriona Venn, Peter Hawes, Joan Rudd, Lewis Tolland and Anna Kerrigan.

**In attendance:** Alasdair Wren (Chief Executive); Sheena Corlett (Head of Economic Development); Dr Rhona Gilchrist (Island Health Lead, Harran Health Board); Martin Pryde (Operations Manager, Harran Sound Ferries Ltd).

**Apologies:** Councillor Duncan Orr.

---

### 1. Declarations of interest

Councillor Catriona Venn declared an interest in Item 4 as the owner of a self-catering business on the island and took no part in the vote on that item.

### 2. Situation report from Harran Sound Ferries

Mr Pryde reported that MV *Morven Star* had been out of service since Tuesday 18 February following a starboard gearbox failure, and that the relief vessel MV *Glenavon* had been operating since Wednesday 26 February. He stated that the operator's current estimate for the *Morven Star*'s return was Monday 24 March, but that this depended on delivery of the replacement gearbox and he could not guarantee it.

Councillor Balfour asked why no relief vessel had been available for eight days. Mr Pryde replied that the only suitable vessel on charter that week had been undergoing its own annual survey.

### 3. Impact on the island

The Chief Executive reported on the impact on the island's population of 2,870:

- Harran Stores had reported shortages of fresh milk, bread and fresh fruit on six days between 18 and 28 February.
- Fuel stocks at the Ardcallan filling station had fallen to an estimated four days' supply on Saturday 22 February before a tanker was carried on the *Glenavon*'s first sailing.
- 23 students from the island attending courses at Kelbrook College had been unable to attend on at least five days.

Dr Gilchrist reported that 112 hospital outpatient appointments at Kelbrook General Hospital for island patients had been rescheduled since 18 February. Three patients had been transferred to the mainland by the air ambulance service who would ordinarily have travelled by ferry.

The Head of Economic Development presented an estimate that the island's tourism and hospitality sector had lost approximately £1.4 million in revenue over the first two weeks of the disruption, based on a survey of 38 businesses.

### 4. Island Resilience Fund

Councillor Dalgleish moved, seconded by Councillor Stroud, that the Council establish an Island Resilience Fund of £250,000, drawn from the Council's general reserves, to provide grants of up to £5,000 to island businesses able to show a loss of turnover of at least 25% during the disruption.

Councillor Mackie moved an amendment that the maximum grant be raised to £10,000. The amendment was defeated by 6 votes to 3.

On a vote, the motion was carried by 6 votes to 2, with 1 abstention (Councillor Venn having taken no part).

**Resolved:** that an Island Resilience Fund of £250,000 be established, with grants of up to £5,000, and that the Head of Economic Development open applications on Monday 10 March 2025, closing on Friday 4 April 2025.

### 5. Representations to the Minister

The Convener proposed that she write to the Minister for Transport and Islands to request (a) the urgent charter of a second relief vessel, (b) central funding towards the Resilience Fund, and (c) an independent review of the resilience of the Kelbrook – Ardcallan route.

**Resolved** unanimously.

The Convener said: "Harran cannot be left with a single ageing ship and no plan B. Every winter we are told the new vessels are coming, and every winter they are not."

### 6. Date of next meeting

Monday 17 March 2025 at 10:00.

The meeting closed at 12:05.
`;

/** h748: sources/decision_notice.md, whole. */
const FESTIVAL_DECISION = `# Ashcombe District Council

## Licensing Sub-Committee — Notice of Determination

**Licensing Act 2003, Section 52: Review of Premises Licence**

| | |
|---|---|
| Premises | Copley Meadows, Fenwick Lane, Barlow St Mary, Ashcombe |
| Premises licence number | ADC/PL/2019/0417 |
| Licence holder | Meadowlark Live Events Ltd |
| Designated premises supervisor | Ms Priya Castellan |
| Event | Brookfield Sounds Festival |
| Applicant for review | Barlow St Mary Parish Council |
| Date review application received | Wednesday 20 August 2025 |
| Date of hearing | Tuesday 9 September 2025, 10:00, Committee Room 2, Ashcombe Civic Centre |
| Date of this notice | Thursday 11 September 2025 |

### 1. Members of the Sub-Committee

- Councillor Margaret Ellery (Chair)
- Councillor David Okonjo
- Councillor Rhys Pemberton

Also present: Mr Owen Tierney (Legal Adviser to the Sub-Committee) and Ms Leah Crabtree (Democratic Services Officer).

### 2. Parties and representatives

- For the applicant: Councillor Alan Dunmore, Chair of Barlow St Mary Parish Council.
- Responsible authority: Ms Fiona Marchbank, Senior Environmental Health Officer, Ashcombe District Council.
- For the licence holder: Mr Callum Strachan, Managing Director, and Ms Priya Castellan, Operations Director and designated premises supervisor, Meadowlark Live Events Ltd.

Wessex Vale Police did not make a representation and did not attend.

### 3. Background

The premises licence was granted in 2019 and permits regulated entertainment and the sale of alcohol for one three-day event each year. The 2025 festival, the sixth edition of the event, took place from Friday 15 August to Sunday 17 August 2025. The licensed capacity was 12,000 persons. The licence holder reported a peak attendance of 10,840 persons on Saturday 16 August 2025.

The review application was made on the ground of the prevention of public nuisance. The licensing authority received 52 relevant representations during the consultation period: 47 in support of the review and 5 opposing it. The Sub-Committee also considered the report of the Environmental Health Service dated Monday 1 September 2025 (reference EH/NS/25/0982).

### 4. Summary of evidence

Councillor Dunmore told the Sub-Committee that residents of Barlow St Mary had "put up with five festivals in good faith" and that 2025 had been "of a different order altogether". He said the parish council had asked for the licence to be revoked.

Ms Marchbank summarised her report. Council officers took seven measurements at three monitoring locations over the weekend; five of the seven exceeded the music noise limit of 65 dB LAeq,15min in the existing licence. The highest reading, 73.2 dB, was recorded at Fenwick Lane Farm Cottages at 22:45 on Saturday 16 August. The council received 138 complaints from 61 households over the festival weekend.

Mr Strachan accepted that the limit had been exceeded on "a number of occasions" and apologised to residents. He told the Sub-Committee that the main stage had been rotated for the 2025 event to improve sightlines and that this had "not been properly modelled". Ms Castellan said the company's own consultant, Arden Acoustics, had recorded levels generally two to three decibels below the council's figures.

### 5. Determination

The Sub-Committee was satisfied that the licensing objective of the prevention of public nuisance had been undermined during the 2025 festival. It accepted the evidence of the Environmental Health Service. It noted that the licence holder had co-operated fully with officers and had offered remedial measures.

The Sub-Committee considered revocation and suspension and concluded that neither would be proportionate. It resolved, by a majority of two votes to one, to **modify the conditions of the licence** as set out below. Councillor Pemberton dissented; he would have imposed a music noise limit of 60 dB LAeq,15min and required amplified music to end at 22:00 on all three nights.

### 6. Conditions (replacing conditions 4, 7 and 11 of Annex 2 and adding new conditions)

1. Amplified music on the main stage and in any tent or other structure shall cease by 22:30 on the Friday and Saturday and by 21:30 on the Sunday of the event. (Previously 23:30 on Friday and Saturday and 22:30 on Sunday.)
2. The music noise level at any noise-sensitive premises shall not exceed 63 dB LAeq,15min. (Previously 65 dB LAeq,15min.)
3. The low-frequency noise level at any noise-sensitive premises shall not exceed 78 dB LCeq,15min. (New condition.)
4. A noise management plan, prepared by an independent acoustic consultant approved in writing by the licensing authority, shall be submitted to the licensing authority no later than 90 days before the first day of the event.
5. The orientation of the main stage shall be agreed in writing with the Environmental Health Service before the plan in condition 4 is submitted.
6. A complaints telephone line shall be staffed from 10:00 each day of the event until 60 minutes after amplified music has ceased. A log of all calls received shall be provided to the licensing authority within 14 days of the last day of the event.
7. The number of persons on the premises, including staff and performers, shall not exceed 10,000 at any one time. (Previously 12,000.)

All other conditions of the licence remain unchanged.

### 7. Right of appeal

The applicant, the licence holder and any person who made relevant representations may appeal against this decision to Ashcombe Magistrates' Court within 21 days of the date on which they are notified of it. The modified conditions do not take effect until the end of the period for appeal or, if an appeal is lodged, until it is disposed of.

Leah Crabtree
Democratic Services Officer, on behalf of the Licensing Sub-Committee
`;

/** h748: sources/noise_report.md, whole. */
const FESTIVAL_NOISE = `# Ashcombe District Council — Environmental Health Service

## Report to the Licensing Sub-Committee: Noise from Brookfield Sounds Festival 2025

**Reference:** EH/NS/25/0982
**Author:** Fiona Marchbank, Senior Environmental Health Officer
**Checked by:** Dr Samir Haddad, Environmental Protection Manager
**Date:** Monday 1 September 2025

### 1. Purpose

This report sets out the findings of noise monitoring carried out by officers during the Brookfield Sounds Festival at Copley Meadows, Fenwick Lane, Barlow St Mary, held from Friday 15 to Sunday 17 August 2025, and the complaints received by the council. It is submitted as a representation by the Environmental Health Service as a responsible authority in the review of premises licence ADC/PL/2019/0417.

### 2. Monitoring locations

| Ref | Location | Distance from main stage |
|---|---|---|
| ML1 | Nightingale Close, Barlow St Mary (rear garden of No. 14) | 650 m |
| ML2 | Barlow St Mary Primary School, Church Street | 1.1 km |
| ML3 | Fenwick Lane Farm Cottages | 420 m |

The existing licence (condition 7 of Annex 2) sets a music noise limit of 65 dB LAeq,15min at any noise-sensitive premises. The licence contains no separate limit on low-frequency noise.

### 3. Measured levels

All measurements were taken by officers using a Class 1 sound level meter, calibrated before and after each session.

| Date | Time | Location | LAeq,15min dB | LCeq,15min dB | Limit dB | Difference dB |
|---|---|---|---|---|---|---|
| Fri 15 Aug | 21:45 | ML1 | 68.4 | 81.2 | 65 | +3.4 |
| Fri 15 Aug | 23:15 | ML3 | 71.9 | 84.7 | 65 | +6.9 |
| Sat 16 Aug | 20:30 | ML1 | 66.1 | 79.8 | 65 | +1.1 |
| Sat 16 Aug | 22:45 | ML3 | 73.2 | 86.0 | 65 | +8.2 |
| Sat 16 Aug | 23:20 | ML2 | 61.7 | 76.4 | 65 | −3.3 |
| Sun 17 Aug | 19:00 | ML1 | 63.8 | 77.5 | 65 | −1.2 |
| Sun 17 Aug | 22:10 | ML3 | 69.5 | 82.3 | 65 | +4.5 |

Five of the seven measurements exceeded the limit. The highest level, 73.2 dB LAeq,15min at ML3 at 22:45 on Saturday 16 August, was 8.2 dB above the limit. The two compliant readings were taken at ML2 on Saturday and at ML1 on Sunday.

Across all seven measurements the LCeq level exceeded the LAeq level by between 12.8 dB and 14.7 dB. In the officer's opinion this indicates a dominant low-frequency (bass) component, which the A-weighted limit does not adequately control.

### 4. Complaints

The council's out-of-hours noise service received 138 complaints about the festival from 61 households between 18:00 on Friday 15 August and 01:00 on Monday 18 August.

| Day | Complaints |
|---|---|
| Friday 15 August | 31 |
| Saturday 16 August | 89 |
| Sunday 17 August | 18 |
| **Total** | **138** |

Saturday accounted for 64.5 per cent of all complaints. Bass or "thumping" noise was mentioned in 102 complaints (73.9 per cent). Nineteen complaints came from households in the neighbouring parish of Hollins Cross, more than 2 km from the site.

### 5. Contributing factors

- The main stage was rotated by approximately 40 degrees for the 2025 event, so that it faced north-east, towards Nightingale Close and Fenwick Lane Farm Cottages. In 2024 it faced south-east, away from the village.
- A new tented dance arena, the Hollow Barn, operated for the first time in 2025 with sub-bass loudspeaker arrays.
- Weather records from the council's station at Ashcombe Water Treatment Works show a light south-westerly wind of 6 to 9 mph on the evening of Saturday 16 August. A south-westerly wind would carry sound from the site towards the village, but at these speeds the officer considers weather to be a minor factor compared with stage orientation.
- The licence holder's complaints line was staffed only until 22:00 each day, although amplified music continued until 23:30 on Friday and Saturday.

### 6. Comparison with previous years

The council received 23 complaints about the 2024 festival and 17 about the 2023 festival. No exceedance of the music noise limit was recorded by officers in either year.

### 7. Recommendations

The Environmental Health Service recommends that the Sub-Committee:

a) reduce the finishing time for amplified music on each night of the event;
b) reduce the music noise limit from 65 dB to 63 dB LAeq,15min;
c) introduce a low-frequency limit of 78 dB LCeq,15min;
d) require a noise management plan prepared by an independent acoustic consultant; and
e) require the complaints line to be staffed until at least one hour after amplified music ends.

The Environmental Health Service does not consider revocation necessary.
`;

/** h749: sources/charity_statement.md, whole. */
const HOSPICE_STATEMENT = `# Statement from St Brannoc's Hospice Trust

**Issued: Friday 14 March 2025, 2.30pm**
**Following the sentencing of Gillian Pashley at Kingsmere Crown Court**

## From Dr Rupert Aske, chair of trustees

"Today's sentence brings to an end a painful chapter for everyone connected with St Brannoc's. Gillian Pashley was a trusted colleague and, to many of us, a friend. We now know that for almost six years she was stealing from the hospice she claimed to support.

"I want to say clearly to everyone who has ever given money to St Brannoc's: no patient went without care because of this crime. The losses fell on our reserves and on projects that we have had to delay, not on the bedside.

"The board acted within 48 hours of the first concerns being raised with us, and we have cooperated fully with Wendmoor Constabulary, the Crown Prosecution Service and the Charity Commission throughout."

## From Elaine Moresby, chief executive

"The money taken from us would have paid for the running of our 12-bed inpatient unit for about five weeks. It was raised by people running, baking, shaking tins and, very often, giving in memory of someone we cared for.

"We had planned to refurbish our family room, where relatives stay overnight, in 2024. We had to postpone that £45,000 project by a year; the work began in January and will be finished next month.

"Takings at our Christmas fair fell from £14,200 in 2022 to £11,300 in 2023, the first fair after news of the investigation became public. I am grateful that our supporters have since come back to us in such numbers: the 2024 fair raised £15,050, our best ever."

## The losses

The figures below were agreed between the trust and Wendmoor Constabulary's Economic Crime Unit and were accepted by the court. The trust's financial year runs from 1 April to 31 March.

| Financial year | Number of transfers | Amount taken | Share of total |
|---|---|---|---|
| 2017-18 (from 22 May 2017) | 14 | £8,950 | 4.8% |
| 2018-19 | 27 | £19,340 | 10.4% |
| 2019-20 | 35 | £26,785 | 14.4% |
| 2020-21 | 48 | £41,260 | 22.1% |
| 2021-22 | 52 | £47,115 | 25.3% |
| 2022-23 (to 28 March 2023) | 46 | £42,970 | 23.1% |
| **Total** | **222** | **£186,420** | **100%** |

Percentages are rounded and may not add to exactly 100.

## Money recovered

- On Friday 9 February 2024 the trust received £25,000 from its fidelity insurance policy, the maximum the policy pays for any one claim.
- That leaves a net loss of £161,420.
- The trust will ask the court to order compensation from any sums confiscated at the hearing on 27 June 2025.

## What we have changed

Since July 2023 the board has:

1. required every payment from any of the trust's accounts to be approved by two people, one of whom must be a member of staff;
2. closed the separate events account, so that all income is now paid into the trust's main account;
3. set up a finance committee, chaired by our treasurer, Colin Ferrier, a chartered accountant, which meets monthly;
4. appointed new auditors, Haldane Rourke LLP, from the 2023-24 accounts onwards.

## About St Brannoc's Hospice Trust

St Brannoc's Hospice Trust runs St Brannoc's Hospice on Mill Lane, Ferrisham, which has a 12-bed inpatient unit, a day centre and a Hospice at Home service. In 2023-24 it cared for 1,140 patients. It employs 64 staff and is supported by about 310 volunteers. Its running costs are about £2.4 million a year, of which around 22 per cent is met by the NHS.

Media enquiries: communications office, 01632 960775.
`;

/** h749: sources/sentencing_remarks.md, whole. */
const HOSPICE_REMARKS = `# R v Gillian Mary Pashley

## Sentencing remarks of His Honour Judge Clement Ashdown

**Kingsmere Crown Court, Friday 14 March 2025**
**Delivered in open court at 12.10pm**

1. Gillian Pashley, you are 61 years old. On 13 January this year, at the plea and trial preparation hearing, you pleaded guilty to one count of fraud by abuse of position (count 1) and two counts of false accounting (counts 2 and 3). I must now sentence you.

### The facts

2. You joined St Brannoc's Hospice Trust as a volunteer in 2015, after your mother had been cared for at the hospice in the last weeks of her life. It is a cruel irony that you first came to the hospice because of the care it gave your own mother. In October 2016 the trustees appointed you honorary treasurer. You were a retired bank branch manager, and they were grateful to have someone with your experience.

3. By early 2017 you were the only person with online access to the charity's events account, a secondary account at the Ferrisham branch of Northgate Bank which received the takings from the annual fun run, the Christmas fair and other fundraising events.

4. On 22 May 2017 you made the first transfer, of £480, to a payee you had set up under the name "BCS Supplies". The sort code and account number were those of a personal account in your own name at a different bank. Over the next six years you made 222 such transfers, the last of them on 28 March 2023. The total was £186,420. The individual sums were modest - the largest was £2,950 - and they were chosen, I am satisfied, so as not to attract attention.

5. The amounts increased over time. In the financial year 2017-18 you took £8,950. By 2021-22 you were taking £47,115 a year, more than five times as much.

6. You concealed this by presenting management accounts to the trustees' quarterly meetings in which the money was described as catering and hire costs for fundraising events. When the charity's auditors, Pellow & Vance LLP, asked for supporting documents for the 2020-21 and 2021-22 accounts, you supplied spreadsheets listing invoices from BCS Supplies which you had made up. Those are the two counts of false accounting.

### Discovery

7. You stood down as treasurer in June 2023, citing your husband's ill health. Your successor, Mr Colin Ferrier, noticed on Tuesday 4 July 2023 that none of the payments to BCS Supplies could be matched with a delivery note. On Thursday 6 July 2023 the trustees met in emergency session and voted by seven votes to none to report the matter to the police and to the Charity Commission. You were arrested on 20 July 2023 and made no comment in interview.

### Where the money went

8. The bank records show that at least £74,300 went to online bingo and gaming websites. About £28,600 paid for a conservatory built at your home in 2020, and you spent a further £9,800 on two holidays to Madeira. The rest cannot be traced to any particular purpose.

### Impact

9. I have read the victim personal statement of Mrs Elaine Moresby, the hospice's chief executive, which Ms Coyle read to the court. She describes the shock among staff and volunteers and the damage to the hospice's standing in the town. She tells me that the charity had to postpone the refurbishment of its family room by a year, and that takings at its Christmas fair fell by about a fifth in 2023 after the case became known locally. I accept all of that.

### Mitigation

10. Mr Greenhalgh, for you, has said everything that could be said. You are of previous good character. You have written a letter to the court in which you say you are "deeply ashamed". I accept that your remorse is genuine, though it came late.

11. I have read a report from your GP which says that you developed a gambling problem after your mother's death, and I accept that. But gambling addiction does not explain the conservatory or the holidays, and it does not explain the care with which you falsified the accounts.

12. Mr Greenhalgh also tells me that you are the main carer for your husband, who has Parkinson's disease. I take that into account, although I note that your son lives nearby and has said he can help.

### The guideline

13. This is fraud with high culpability: it involved an abuse of a position of trust and a significant degree of planning, and it was carried out over a sustained period. Harm falls within category 2, between £100,000 and £500,000. The starting point is five years' custody, with a range of three to six years.

14. The aggravating features - the length of the fraud, the fact that the victim was a charity caring for the dying, and the false accounting used to conceal it - would take the sentence above the starting point to five years and six months. Your good character, your remorse and your caring responsibilities bring it back down to five years.

15. You pleaded guilty at the plea and trial preparation hearing, not at the first opportunity in the magistrates' court, so you are entitled to a reduction of one quarter rather than one third. Five years is 60 months; a quarter off leaves 45 months.

### Sentence

16. On count 1, fraud by abuse of position, the sentence is three years and nine months' imprisonment. On counts 2 and 3, false accounting, the sentence is 12 months' imprisonment on each, to run concurrently with each other and with count 1. The total sentence is therefore three years and nine months. A sentence of this length cannot be suspended. You will serve part of it in custody and will then be released on licence.

17. The victim surcharge applies. The prosecution seek confiscation under the Proceeds of Crime Act 2002 and I have set a timetable; the hearing will be on 27 June 2025. The question of compensation will be dealt with at the same hearing. I am told that your only significant asset is your share of your home in Larkspur Close, which you own jointly with your husband.

18. Mrs Pashley, you took money given by grieving families to look after the dying. That is a betrayal of the worst kind. Go down with the officer.
`;

/** h753: sources/highways_geotechnical_update.md, whole. */
const ROAD_UPDATE = `# Carrowshire Highways — Geotechnical Update 3

**Site:** B3294 Cliff Road, Penmarrow Bend (between Polwenna and Trevanion)
**Issued:** Thursday 21 March 2024
**Prepared by:** Dr Aled Morcom, Principal Geotechnical Engineer
**Approved by:** Helen Quick, Head of Highways Infrastructure
**Distribution:** Carrowshire Council cabinet members; Polwenna Parish Council; Trevanion Town Council; emergency services; public website

## 1. Summary

The landslip at Penmarrow Bend on the B3294 Cliff Road remains active, although the rate of movement at most monitoring points has slowed since our last update. The road will stay closed to all motor traffic until a permanent repair has been completed. On current information we do not expect the road to reopen to vehicles before October 2024.

## 2. Background

The slip was first reported at 05:40 on Monday 11 March 2024 by the driver of a Kernow Coastal Buses service, who saw a crack opening across the carriageway. Carrowshire Highways closed the road at 06:15 the same morning.

The affected length is approximately 65 metres of carriageway. At its widest the main tension crack is 180 mm across. The seaward (southbound) lane has dropped by up to 0.4 m relative to the landward lane over a length of about 30 metres.

No one was injured and no vehicles were damaged.

## 3. Cause

Our investigation so far indicates that the slip is a shallow rotational failure in clay-rich head deposits overlying weathered mudstone. The immediate trigger was prolonged heavy rainfall: 112 mm of rain fell at the Trevanion gauge in the ten days up to and including 10 March, which is 148 per cent of the long-term average for that period.

A highway drain beneath the carriageway at chainage 50 m was found to have collapsed, and water from it is likely to have contributed to saturation of the ground.

There is no evidence at this stage that erosion at the toe of the cliff by the sea played a part in this failure. The cliff toe was inspected by boat on Friday 15 March and found to be intact.

## 4. Monitoring

Six monitoring points (P1 to P6) were installed on Tuesday 12 March and Wednesday 13 March. Readings are taken daily by survey prism. Chainages are measured from the western end of the affected length.

| Point | Location | Movement 14–17 March (mm) | Movement 17–20 March (mm) | Cumulative since installation (mm) | Trend |
|---|---|---|---|---|---|
| P1 | West verge, ch. 5 m | 9 | 4 | 16 | Slowing |
| P2 | Seaward lane, ch. 40 m | 31 | 19 | 59 | Slowing |
| P3 | Seaward lane, ch. 55 m | 38 | 27 | 76 | Slowing |
| P4 | Centre line, ch. 55 m | 14 | 15 | 34 | Steady |
| P5 | Landward lane, ch. 60 m | 5 | 2 | 9 | Slowing |
| P6 | Cliff edge, ch. 45 m | 22 | 31 | 61 | Increasing |

Cumulative figures include movement on 12–14 March, which is not shown separately.

The largest cumulative movement is at P3, in the seaward lane. P6, at the cliff edge, is the only point where the rate of movement has increased over the past three days. We are therefore treating the cliff-edge zone as the highest-risk area, and the public exclusion zone has been extended by 15 metres to the south.

## 5. Access

- The road is closed to all motor vehicles at Penmarrow Bend.
- A signed diversion of 14.2 miles runs via the A3091 and Carnwithen. The normal route between Polwenna and Trevanion via the B3294 is 3.1 miles. Our journey-time surveys show the diversion adds about 22 minutes for a car in normal conditions.
- Pedestrians may use the Carrow Coast Path, which bypasses the slip on the landward side. Cyclists must dismount on the path.
- Vehicles over 7.5 tonnes are advised not to use the minor roads around Carnwithen and should follow the A3091 in full.

## 6. Repair options

Two options are being designed in outline. Costs are at 2024 prices and include a 20 per cent allowance for risk.

| Option | Description | Estimated cost | Estimated construction time |
|---|---|---|---|
| A | Drainage, soil nailing and rebuilding of the carriageway on its existing line | £3.8 million | 7 months |
| B | Realignment of the road about 30 metres inland across farmland at Trewithick | £5.6 million | 11 months |

Option B would need land from Trewithick Farm and is likely to require planning permission. Option A cannot start until ground movement has effectively stopped. Both options depend on funding being agreed.

## 7. Next steps

- Daily monitoring will continue.
- A replacement drain will be installed on the landward side in April to reduce water entering the slip.
- A recommendation on the preferred option will be made to cabinet in May.
- The next geotechnical update will be issued on Thursday 4 April 2024.

Dr Aled Morcom
Principal Geotechnical Engineer, Carrowshire Highways
`;

/** h753: sources/council_leader_statement.txt, whole. */
const ROAD_STATEMENT = `CARROWSHIRE COUNCIL
PRESS RELEASE
For immediate release: Friday 22 March 2024

STATEMENT FROM THE LEADER OF THE COUNCIL ON THE B3294 CLIFF ROAD LANDSLIP

Councillor Janet Pellow, Leader of Carrowshire Council, has today set out the council's response to the landslip which closed the B3294 Cliff Road at Penmarrow Bend on Monday 11 March.

At a meeting on Wednesday 20 March, the council's cabinet voted by seven votes to one, with one abstention, to release £450,000 from the council's contingency reserve for emergency monitoring, drainage works and the design of a permanent repair.

Cabinet also agreed to set up a £250,000 Cliff Road Business Support Fund. Businesses in Polwenna and the surrounding parishes which can show a loss of trade because of the closure will be able to apply for a one-off grant of up to £2,500. Applications will open on Monday 8 April and close on Friday 31 May.

From Tuesday 2 April the council will fund a free shuttle minibus between Polwenna and Trevanion, running every 30 minutes between 7am and 7pm, Monday to Saturday. The service will be operated by Kernow Coastal Buses and will initially run for twelve weeks.

The council will also apply to the national Highways Resilience Fund for a contribution to the cost of the permanent repair, which engineers currently estimate at between nearly £4 million and £5.6 million depending on the option chosen.

Councillor Pellow said:

"I know how hard this is for people in Polwenna. Nobody wants to see their road fall into the sea, and nobody wants to be told to wait. But I will not reopen a road that our engineers tell me is still moving.

"The money we have agreed this week is a start, not the end. The business fund will not replace every pound that has been lost, and I am not going to pretend it will. What it will do is help the businesses that are hit hardest get through to the summer.

"I want to thank the bus driver who raised the alarm so early that Monday morning. Because of him, nobody was hurt."

The council's Cabinet Member for Transport, Councillor Derek Hosken, said:

"The diversion is about 14 miles and adds around 20 minutes to a journey. We know that is a real burden for people who work on the other side of the slip, which is why we have moved quickly to put on the shuttle bus."

Councillor Hosken confirmed that the council would hold a public drop-in session for residents and businesses at Polwenna Methodist Hall on Thursday 28 March, from 2pm to 7pm, where engineers will answer questions.

ENDS

Notes to editors
1. The cabinet member who voted against the funding, Councillor Paul Venning, said he supported the business fund but wanted the £450,000 to come from the highways budget rather than from reserves. Councillor Sarah Jago abstained.
2. The next geotechnical update from Carrowshire Highways is due on Thursday 4 April.
3. Media enquiries: Carrowshire Council press office, 01870 555 214.
`;

/** h753: sources/interview_cafe_owner.md, whole. */
const ROAD_INTERVIEW = `# Interview transcript

**Interviewee:** Sian Trevail, owner, The Gull's Rest café, Harbour Street, Polwenna
**Interviewer:** Tom Hendra, reporter, Polwenna Packet
**Recorded:** Tuesday 19 March 2024, 10:15, at the café
**Duration:** 17 minutes
**Transcribed by:** Tom Hendra. Lightly edited to remove repetition; pauses not marked.

---

**TH:** Thanks for making time. How long have you had the café?

**ST:** Nine years this June. I took it over from my aunt in 2015. Before the road went, this would have been the start of our busy time, with walkers coming through and the Easter trade building.

**TH:** And what's happened since the road closed?

**ST:** It's just dropped off a cliff, if you'll excuse the expression. Last week we took £2,140. The same week last year it was £3,900. So we're down by getting on for half.

**TH:** Where do your customers usually come from?

**ST:** Most of them come from the Trevanion side. We get people driving out from Trevanion for lunch, and the walkers who park at Trevanion and do the coast path. Now if you're in Trevanion you've got a fourteen-mile drive round through Carnwithen to get here. People just don't bother.

**TH:** How many people do you employ?

**ST:** There are six of us, including me. Four are part-time. I've had to tell my two Saturday staff there's no work for them for now. They're both students, they're both lovely, and it was the worst conversation I've had in nine years.

**TH:** What about your suppliers?

**ST:** Our bread comes from Hocking's Bakery in Trevanion. They used to drop it in on their way round. Now they have to come the long way, so they've added a twelve-pound delivery charge every time they come. That's three deliveries a week, so thirty-six pounds a week I didn't have before. I don't blame them, it's their fuel and their driver's time.

**TH:** Do you blame the council?

**ST:** For the slip itself? No. The rain did this, not the council. We had weeks of it. Where I do think they've let us down is telling people what's going on. I found out the road was shut from a post on Facebook at half seven in the morning. Nobody from the council rang any of the businesses down here.

**TH:** Have you heard about the business support fund?

**ST:** I've heard there's going to be something. If it's a couple of thousand pounds, it'll help, but it won't cover what we've lost. I'd rather they just told us when the road's going to open.

**TH:** Are you changing how you operate?

**ST:** From the first of April we're going to open Thursday to Sunday only, instead of seven days. There's no point paying for the heating and the lights on a Tuesday for four customers.

**TH:** What would you say to people thinking of visiting?

**ST:** People think of us as being at the end of the road now. We're not the end of anything, we're just harder to get to. The coast path's open, the harbour's still here, the cake's still good.

**TH:** And if the road stays shut into the summer?

**ST:** Honestly, if it's shut right through the summer, I don't know if we'll still be here in September. I don't say that for effect. Summer is what carries us through the winter.

**TH:** Thank you, Sian.

**ST:** Thanks, Tom. Put the cake in.

---

*End of transcript.*
`;

/** h755: sources/wcc_committee_minutes.md, whole. */
const HOME_MINUTES = `# Wealdshire County Council

## Adult Social Care and Health Committee

### Minutes of the meeting held on Wednesday 19 February 2025 at 10.00am in the Council Chamber, County Hall, Marlow Street, Ashbridge

**Present:** Councillor Denise Firth (Chair), Councillor Adrian Sowerby (Vice-Chair), Councillors Keith Brannigan, Helen Marsh, Naveed Qureshi, Pauline Edgeworth, Simon Tattersall, Margaret Oyelaran, Derek Whitworth, Gillian Knowles, Robert Ainscough and Fiona Delahunt.

**Officers:** Graham Nuttall (Director of Adult Social Care), Sarah Kemble (Head of Commissioning), Owen Pryce (Legal Services), Alison Grey (Democratic Services).

**Also present:** Martin Oakes-Reilly (Chief Executive, Hollinwood Care Group Ltd), for item 5 only. Approximately 25 members of the public attended.

---

#### 1. Apologies

None received.

#### 2. Declarations of interest

Councillor Simon Tattersall declared a personal interest in item 5 as a relative of his is a former employee of Hollinwood Care Group. He remained in the meeting but did not vote on item 5.

#### 3. Minutes of the previous meeting

The minutes of the meeting held on Wednesday 15 January 2025 were agreed as a correct record.

#### 4. Public questions

The Chair accepted one question under this item, from Mrs Carol Pennington, on behalf of the Larkmoor Families group. Mrs Pennington asked why the council had continued to place residents at Larkmoor House after its own monitoring visit in October 2024.

The Director of Adult Social Care replied that the council's quality monitoring visit on Thursday 17 October 2024 had rated the home "amber" and that an improvement plan had been agreed with the provider. He said the council had made two further placements at the home after that visit, both at the request of the families concerned. He accepted that "with hindsight, we should have looked harder at what we were being told".

#### 5. Closure of Larkmoor House, Ashbridge

The committee considered a report of the Director of Adult Social Care (report ASC/25/011) on the council's response to the closure of Larkmoor House.

The Director reported:

- At the time of the inspection in January, 38 people lived at Larkmoor House. Of these, 27 had their care funded wholly or partly by the council and 11 paid for their own care.
- As at 5pm on Tuesday 18 February 2025, 21 residents had moved to new placements, 14 remained at Larkmoor House and 3 were in hospital.
- Of the 21 people who had moved, 12 had moved to homes within five miles of Larkmoor House, 6 to homes between five and 15 miles away and 3 to homes more than 15 miles away.
- The council's standard weekly rate for residential dementia care in 2024/25 is £870. The council's contract rate with Larkmoor House was £905 a week.
- Social workers had completed reviews of all 38 residents by Friday 14 February.

The Head of Commissioning said there was "very limited" capacity in residential dementia care in the Ashbridge area, with 9 vacant beds across 11 homes as at 17 February.

Mr Oakes-Reilly addressed the committee and repeated his company's apology. In answer to a question from Councillor Marsh, he confirmed that the company would not seek to recover any costs of the closure from the council.

Councillor Naveed Qureshi asked what would happen to residents who could not be found a suitable place by 28 February. The Director said that no resident would be asked to leave until a safe placement had been found, and that Hollinwood Care Group had agreed to keep the home open beyond that date if necessary.

**Motion**

It was moved by Councillor Adrian Sowerby and seconded by Councillor Helen Marsh that the committee:

(a) approves emergency funding of up to £185,000 from the adult social care contingency reserve to meet the costs of assessments, transport and temporary fee top-ups for residents relocating from Larkmoor House; and

(b) commissions an independent review of the council's contract monitoring of Larkmoor House between January 2023 and January 2025, to report to this committee within six months.

**Amendment**

Councillor Keith Brannigan moved, and Councillor Derek Whitworth seconded, an amendment that the independent review should report within three months rather than six. Councillor Brannigan said families "cannot be expected to wait until the autumn for answers".

On being put to the vote, the amendment was **lost** (4 for, 7 against, 0 abstentions).

**Substantive motion**

On being put to the vote, the motion was **carried** (8 for, 2 against, 1 abstention).

**RESOLVED** that the committee:

(a) approves emergency funding of up to £185,000 from the adult social care contingency reserve for residents relocating from Larkmoor House; and

(b) commissions an independent review of the council's contract monitoring of Larkmoor House between January 2023 and January 2025, to report to this committee within six months.

The Chair, Councillor Denise Firth, said: "Every one of these residents is somebody's mother, father, husband or wife. Our job now is to make sure each of them is moved safely, and then to find out honestly whether we should have acted sooner."

#### 6. Date of next meeting

Wednesday 19 March 2025 at 10.00am.

The meeting closed at 12.40pm.
`;

describe('headings\' numbers, chance counts, bracketed labels, listed posts, gaps, time frames, posts between names, expectations, weekly ranges and fields of posts, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"## 5. Findings and actions" gives no figure; "nine bottled water stations" takes no "nine consecutive nights"', async () => {
    // (The splitter leaves a heading's "5." a sentence of its own; it counts nothing.)
    assert.deepEqual(extractValues('5.'), []);
    assert.deepEqual(extractValues('4.2'), []);
    assert.deepEqual(extractValues('5. Findings and actions').filter((v) => v.kind !== 'name'), []);
    assert.deepEqual(extractValues('Sales rose by 5.').map((v) => v.text), ['5']);
    const water = judgeWith(await workspaceIndex({ 'sources/incident_report.md': WATER_REPORT }));
    const five = water('Marlbrook Water opened 5 bottled water stations across the town.');
    assert.notEqual(five.verdict, 'supported', why(five));
    const nine = water('Marlbrook Water opened nine bottled water stations across the town.');
    assert.notEqual(nine.verdict, 'supported', why(nine));
    const tankers = water('Marlbrook Water deployed 25 water tankers.');
    assert.equal(tankers.verdict, 'contradicted', why(tankers));
  });

  test('"Bottled water stations | Quantity: 4" gives the stations\' count: five is caught, four is not', async () => {
    const water = judgeWith(await workspaceIndex({ 'sources/incident_report.md': WATER_REPORT }));
    const five = water('Marlbrook Water opened five bottled water stations.');
    assert.equal(five.verdict, 'contradicted', why(five));
    assert.deepEqual(five.conflicts.map((c) => c.source.replace(/^.*:\s*/, '')), ['4']);
    const four = water('Marlbrook Water opened four bottled water stations.');
    assert.deepEqual(four.conflicts, [], why(four));
  });

  test('"144 of the 196 sailings scheduled" names the row "Sailings scheduled (normal timetable)"; 169 is not stated', async () => {
    const ferry = judgeWith(await workspaceIndex({ 'sources/ferry_service_update.md': FERRY_UPDATE }));
    const faithful = ferry('The operator\'s figures show that 144 of the 196 sailings scheduled between 18 February and 6 March were cancelled, compared with just four in the same period last year.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = ferry('The operator\'s figures show that 144 of the 169 sailings scheduled between 18 February and 6 March were cancelled, compared with just four in the same period last year.');
    assert.notEqual(other.verdict, 'supported', why(other));
  });

  test('"The Convener said:" under "Councillor Morag Teague (Convener, in the Chair)" is hers; Councillor Stroud\'s is caught', async () => {
    const files = { 'sources/council_minutes.md': FERRY_MINUTES };
    assert.deepEqual(await misattributions(files, 'The convener, Councillor Morag Teague, said: "Harran cannot be left with a single ageing ship and no plan B."'), []);
    const other = await misattributions(files, 'Councillor Iain Stroud said: "Harran cannot be left with a single ageing ship and no plan B."');
    assert.equal(other.length, 1, JSON.stringify(other));
  });

  test('"until 22:00, 90 minutes before the music ended" is the gap to 23:30, not the new condition\'s "60 minutes after"', async () => {
    const festival = judgeWith(await workspaceIndex({ 'sources/decision_notice.md': FESTIVAL_DECISION, 'sources/noise_report.md': FESTIVAL_NOISE }));
    const gap = festival('This year the festival\'s line was staffed only until 22:00, 90 minutes before the music ended on the Friday and Saturday.');
    assert.deepEqual(gap.conflicts, [], why(gap));
    assert.ok(extractValues('staffed only until 22:00, 90 minutes before the music ended').some((v) => v.text === '90 minutes' && v.difference));
    assert.ok(!extractValues('the line stayed open for 90 minutes before it closed').some((v) => v.difference), 'a length of time with no event after it');
    // (Minutes and seconds in words are one figure, as in digits: "five minutes two seconds".)
    assert.deepEqual(extractValues('rose from four minutes 10 seconds in June to five minutes two seconds in August').filter((v) => v.kind === 'quantity').map((v) => v.text), ['four minutes 10 seconds', 'five minutes two seconds']);
  });

  test('"the last three financial years" is no rival of "about five weeks"; a post between two names is the second\'s', async () => {
    const hospice = judgeWith(await workspaceIndex({ 'sources/charity_statement.md': HOSPICE_STATEMENT, 'sources/sentencing_remarks.md': HOSPICE_REMARKS }));
    const years = hospice('More than two thirds of the money was taken in the last three financial years.');
    assert.deepEqual(years.conflicts, [], why(years));
    const read = hospice('In a victim personal statement read to the court by prosecutor Fenella Coyle, the hospice\'s chief executive, Elaine Moresby, described the shock among staff and volunteers.');
    assert.deepEqual(read.conflicts, [], why(read));
    const chair = hospice('In a victim personal statement read to the court by prosecutor Fenella Coyle, the hospice\'s chair, Elaine Moresby, described the shock among staff and volunteers.');
    assert.equal(chair.verdict, 'contradicted', why(chair));
    assert.deepEqual(officeHolders('read by prosecutor Fenella Coyle, the hospice\'s chief executive, Elaine Moresby, described it').map((h) => h.person), ['Elaine Moresby']);
  });

  test('"unlikely to reopen" is "do not expect the road to reopen"; "Thursday to Sunday" is no weekday of 8 April', async () => {
    const road = judgeWith(await workspaceIndex({ 'sources/highways_geotechnical_update.md': ROAD_UPDATE, 'sources/council_leader_statement.txt': ROAD_STATEMENT, 'sources/interview_cafe_owner.md': ROAD_INTERVIEW }));
    const unlikely = road('A landslip that has closed the B3294 Cliff Road between Polwenna and Trevanion is still moving, and engineers say the road is unlikely to reopen to vehicles before October.');
    assert.deepEqual(unlikely.conflicts, [], why(unlikely));
    const likely = road('Engineers say the road is likely to reopen to vehicles before October.');
    assert.equal(likely.verdict, 'contradicted', why(likely));
    const days = road('From 1 April the café will open from Thursday to Sunday only.');
    assert.deepEqual(days.conflicts, [], why(days));
    const friday = road('From 1 April the café will open from Friday to Sunday only.');
    assert.equal(friday.verdict, 'contradicted', why(friday));
  });

  test('"The Director of Adult Social Care replied" names no "Social Care"; "Director of Emergency Services Gloria Vance said" names her', async () => {
    assert.deepEqual(findAttributions('The Director of Adult Social Care replied that the visit had rated the home amber. He said the council had made two further placements.'), []);
    assert.deepEqual(findAttributions('Director of Emergency Services Gloria Vance said it.').map((a) => a.mention), ['Gloria Vance']);
    const files = { 'sources/wcc_committee_minutes.md': HOME_MINUTES };
    assert.deepEqual(await misattributions(files, 'Mr Nuttall said the council had made two further placements at the home after its own monitoring visit in October rated it amber, both at families\' request.'), []);
  });
});
