/**
 * The fifty-eighth round, second part: faithful sentences shown as errors in h884–h913 (written against d37a127),
 * for words. A denial of another thing of the claim's kind ("apply to the blue-lidded bins" / "will not apply to
 * communal bins serving flats") or on another occasion ("will first have it emptied" / "The second time, the bin
 * will not be emptied"); "worst" and "highest"; "instead of four"; a party's two names; a majority worked out; "to
 * support commissioner"; "breaching" and "exceeding"; "per person"; the size of the claim's own move; "off" and
 * "without supply"; "phased over two years"; a part of a total "together with" another; a length of time between
 * two times of day; a figure that qualifies a noun before "down from"; "ruled out"; a spoken list's "one, … and
 * two,"; "a ten-year loan" and "over ten years". Every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';



const BATHING = `# Bathing water results, Saltmere North

| Season | Samples | Samples above 500 cfu/100ml | Highest single result (cfu/100ml) | Date of highest result |
|---|---|---|---|---|
| 2023 | 19 | 3 | 5,200 | Tuesday 29 August 2023 |
| 2024 | 21 | 6 | 9,800 | Monday 5 August 2024 |
`;

const CLUB = `A like-for-like rebuild is neither possible nor desirable. Our architects, Lyle & Hartnell of Kelsford, have produced an outline design for a two-storey building of about 780 square metres, with six changing rooms (up from four), a function room for 180 people, a physiotherapy room and a sprinkler system throughout.`;

const DECLARATION = `# Hollinbrook Ward by-election: declaration of result

1. The by-election was caused by the death on Tuesday 2 January 2024 of Councillor Arthur Bellingham (Progressive Democratic Party), who had represented Hollinbrook Ward since 2011.
2. Result in Hollinbrook Ward at the ordinary election on Thursday 4 May 2023, for information:

| Candidate | Party | Votes | Share |
|---|---|---:|---:|
| Arthur Bellingham | Progressive Democratic Party | 1,602 | 56.2% |
| Joan Whitlock | Castlemere Residents' Alliance | 871 | 30.6% |
| Priya Naidoo | Green Lanes Party | 377 | 13.2% |
`;

const POLICE = `# Harrowdale Police and Crime Commissioner: performance report

Prepared for the Police and Crime Panel by the office of Gillian Oakhurst, Police and Crime Commissioner for Harrowdale.

- Ashby Vale recorded the longest average attendance time of any district, 21.3 minutes, exceeding the 20-minute rural target for the first time since the targets were introduced in 2021.

The panel met at County Hall, Brackenford, on Thursday 8 February and voted by nine votes to three, with one abstention, to support the Commissioner's proposed precept.
`;



const LETTER = `We have seen the report that the Board approved. A sheltered tenant at Prior's Mead will pay £36.90 a week in service charges from April, up from £28.60. That is £8.30 a week more, or £431.60 over the year, on top of the rent increase.

We ask the Board to:
(a) phase the service charge increases over two years, 2025/26 and 2026/27, instead of applying them in full this April;
(b) cap the rise for sheltered flats at no more than £4 a week this year.`;

const PLAN = `# Marathon event plan

## 4.3 Key figures

| | 2026 | 2025 |
|---|---|---|
| Event budget | £1.42m | £1.31m |
| Wenhaven City Council contribution | £185,000 | £210,000 |

## 4.4 Start times and cut-off

- Wheelchair race: 08:50
- Wave 1: 09:00
- Wave 2: 09:15
- Wave 3: 09:30
`;

const SCRUTINY = `HEALTH SCRUTINY COMMITTEE – TRANSCRIPT

CLLR FOSTER: Will patients be sent to Pennbury District Hospital instead?

DEBORAH ALDOUS: No. Pennbury is forty minutes' drive from most of our patients, so we won't be sending large numbers of patients there as a matter of routine.

LUCY FARRANT: The proposed recommendation is that the committee: one, asks Harbridge Hospitals Trust, Westmoor Ambulance Service and the county council to bring a joint recovery plan for handovers to the committee's meeting on Tuesday 10 June 2025; and two, asks the Chair to write to the Integrated Care Board.
`;

const MEMBERS = `TREASURER: On top of the shares we have a £50,000 grant from the Wexbury Community Assets Fund and a £40,000 loan from Hartwell Community Finance over ten years at 4.5 per cent fixed.`;

/** h886's cabinet report and press release, whole as the helper wrote them. */
const H886_REPORT = `# Wexmoor Borough Council

## Report to Cabinet

**Meeting:** Cabinet, Tuesday 14 October 2025, 7.00pm, Council Chamber, Wexmoor Civic Centre
**Report title:** Improving the Quality of Household Dry Recycling – Contamination Enforcement Policy
**Portfolio holder:** Cllr Priya Halloran, Cabinet Member for Environment and Climate
**Lead officer:** Martin Oduya, Head of Waste and Recycling Services
**Wards affected:** All
**Key decision:** Yes (Forward Plan reference KD/2025/031)

---

### 1. Purpose of the report

1.1 This report asks Cabinet to approve a new Contamination Enforcement Policy for the blue-lidded household dry recycling bin, to take effect from Monday 5 January 2026.

1.2 The policy introduces a three-stage approach for households that repeatedly place the wrong items in their recycling bin, ending in a fixed penalty notice (FPN) for persistent offenders.

### 2. Recommendations

2.1 That Cabinet approves the Contamination Enforcement Policy set out in Appendix A, with effect from Monday 5 January 2026.

2.2 That Cabinet sets the fixed penalty for a third recorded contamination at £60, reduced to £40 if paid within 14 days.

2.3 That Cabinet approves revenue funding of £118,000 a year for four full-time equivalent Recycling Adviser posts and a one-off sum of £42,000 for bin tags, leaflets and publicity.

2.4 That Cabinet sets a target of reducing the contamination rate to 12 per cent by 2027/28.

### 3. Background

3.1 Dry recycling in Wexmoor is collected fortnightly from approximately 61,500 households and taken to the materials recovery facility (MRF) at Hollins Cross, operated under contract by Tellbrook Environmental Ltd.

3.2 Loads that Tellbrook judges to be contaminated beyond the tolerance in the contract are rejected. Rejected loads are diverted to the Fenwick Marsh energy-from-waste plant, and the council pays a rejection charge per tonne in addition to the normal disposal cost.

3.3 The contamination rate has risen in each of the last five years, while the total tonnage of dry recycling collected has fallen slowly. Table 1 sets out the position.

**Table 1: Dry recycling tonnages, contamination and cost of rejected loads**

| Year | Dry recycling collected (tonnes) | Rejected as contaminated (tonnes) | Contamination rate | Rejection charge per tonne | Cost of rejected loads |
|---|---|---|---|---|---|
| 2020/21 | 18,420 | 2,210 | 12.0% | £90 | £198,900 |
| 2021/22 | 18,060 | 2,510 | 13.9% | £92 | £230,920 |
| 2022/23 | 17,730 | 2,840 | 16.0% | £96 | £272,640 |
| 2023/24 | 17,590 | 3,270 | 18.6% | £100 | £327,000 |
| 2024/25 | 17,310 | 3,690 | 21.3% | £104 | £383,760 |

3.4 Over the five years the council has spent £1,413,220 on rejection charges. The cost in 2024/25 was 93 per cent higher than in 2020/21.

3.5 The most common contaminants found in audits by Tellbrook in 2024/25 were food waste (31 per cent of contamination by weight), plastic carrier bags and bagged recycling (22 per cent), textiles (17 per cent), nappies and hygiene products (11 per cent) and garden waste (8 per cent). The remaining 11 per cent was mixed items.

### 4. The Saltings and Brackley Heath pilot

4.1 A pilot of the three-stage approach, without fines, ran in Saltings and Brackley Heath wards from Monday 3 March to Friday 30 May 2025, covering 4,870 households.

4.2 During the pilot, crews checked bins before emptying them. Over the 13 weeks, 1,146 first-stage advisory tags were issued, 288 bins were left unemptied at the second stage, and 61 households reached the stage at which a penalty would have been issued had the policy been in force.

4.3 Contamination in loads from the pilot area fell from 23.4 per cent in the three months before the pilot to 15.1 per cent during it.

### 5. The proposed policy

5.1 **Stage 1:** Where crews see contamination, the bin will be emptied and an advisory tag attached explaining what was wrong.

5.2 **Stage 2:** If contamination is found again within 12 months, the bin will not be emptied, a letter will be sent and a Recycling Adviser will offer a home visit. The household may remove the wrong items and present the bin at the next collection.

5.3 **Stage 3:** If contamination is found a third time within 12 months of the first tag, a notice under section 46A of the Environmental Protection Act 1990 may be followed by a fixed penalty notice of £60, reduced to £40 if paid within 14 days.

5.4 Households may appeal against a fixed penalty within 28 days.

5.5 The policy will not apply to communal bins serving flats. For those, the council will write to managing agents and landlords.

### 6. Financial implications

6.1 The ongoing cost of four full-time equivalent Recycling Advisers is £118,000 a year. The one-off cost of tags, leaflets and publicity is £42,000.

6.2 If contamination falls to the 12 per cent target, officers estimate savings in rejection charges of about £150,000 a year. Income from fixed penalties has not been included in the budget.

### 7. Consultation

7.1 An online survey ran from Monday 7 July to Sunday 17 August 2025 and received 2,314 responses. Of these, 58 per cent supported the three-stage approach and 34 per cent opposed it; the rest did not know.

### 8. Decision

8.1 *Minute note (added after the meeting):* Cabinet approved all recommendations by seven votes to one, with one abstention. Cllr Neil Brabazon (Cabinet Member for Finance) voted against, and Cllr Ruth Eccleston (Cabinet Member for Housing) abstained.
`;

const H886_RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Council backs new rules to tackle contaminated recycling bins | Wexmoor Borough Council</title>
</head>
<body>
<header>
<p>Wexmoor Borough Council – News</p>
<p>Press release – for immediate use – Wednesday 15 October 2025</p>
</header>
<article>
<h1>Council backs new rules to tackle contaminated recycling bins</h1>

<p>Wexmoor Borough Council's Cabinet has approved new rules to tackle the growing problem of contaminated recycling, with fines for persistent offenders to be introduced from Monday 5 January 2026.</p>

<p>At its meeting on Tuesday 14 October, Cabinet agreed a three-stage approach for households that repeatedly put the wrong items in their blue-lidded recycling bin. The first time, residents will receive an advisory tag on their bin. The second time, the bin will not be emptied and a Recycling Adviser will offer a home visit. Only on a third occasion within 12 months could a household receive a £60 fixed penalty, reduced to £40 if paid within 14 days.</p>

<p>More than one in five tonnes of the borough's dry recycling – 21.3 per cent – was rejected as contaminated in 2024/25, up from 12 per cent four years earlier. Rejected loads cannot be recycled and are instead sent to the Fenwick Marsh energy-from-waste plant. Rejection charges cost the council nearly £384,000 last year.</p>

<p>A pilot in Saltings and Brackley Heath earlier this year cut contamination from 23 per cent to 15 per cent in just 13 weeks, without a single fine being issued.</p>

<p>Cllr Priya Halloran, Cabinet Member for Environment and Climate, said: "The vast majority of Wexmoor residents recycle brilliantly, and this policy is not aimed at them. It is aimed at the small number of households who keep contaminating whole lorry-loads, and every contaminated load costs all of us money. The pilot showed that a friendly tag and a conversation on the doorstep work far better than a fine, and I fully expect that very few people will ever reach stage three."</p>

<p>Martin Oduya, Head of Waste and Recycling Services, said: "Food, nappies and bagged recycling are the biggest problems we see at Hollins Cross. If residents keep items loose, clean and dry, we can recycle them."</p>

<p>Four new Recycling Advisers will be recruited to support residents, and the council will deliver a leaflet to every household in December explaining what can and cannot go in the blue-lidded bin. The rules will not apply to communal bins at blocks of flats.</p>

<p>Residents can put their questions to Cllr Halloran and council officers at an online question session on Thursday 23 October at 6.30pm. To register, visit the council's website.</p>

<h2>Notes to editors</h2>
<ul>
<li>Cabinet approved the policy by seven votes to one, with one abstention.</li>
<li>The council aims to reduce contamination to 12 per cent by 2027/28, which it estimates would save around £150,000 a year.</li>
<li>Dry recycling is collected fortnightly from around 61,500 households and processed by Tellbrook Environmental Ltd at its Hollins Cross materials recovery facility.</li>
<li>Media enquiries: Wexmoor Borough Council Communications Team, 01632 960 418.</li>
</ul>
</article>
</body>
</html>
`;

/** h906's refereeing review, whole. */
const H906_REVIEW = `# Wexmoor County Football Association
## Refereeing in Youth Football: Annual Review 2023/24
### Harrowby & District Youth Football League

**Published:** Thursday 12 September 2024
**Prepared by:** Refereeing Department, Wexmoor County FA, Unit 4, Kestrel Park, Castlebridge
**Lead authors:** Graham Oyelaran, Head of Refereeing; Siân Maddox, Referee Development Officer

---

### 1. Summary

The Harrowby & District Youth Football League is the largest youth competition affiliated to Wexmoor County FA. In 2023/24 it ran 241 teams from 62 member clubs across the Under-11 to Under-18 age groups.

This review finds that the supply of qualified referees for the league has fallen in every season measured since 2018/19, while the number of fixtures has risen. In 2023/24, 1,507 of 3,905 scheduled matches (38.6 per cent) were played without a qualified referee, compared with 512 of 3,420 (15.0 per cent) in 2018/19, the last full season before the pandemic.

Over the same period, reports of misconduct directed at match officials more than doubled, from 41 in 2018/19 to 96 in 2023/24.

### 2. Matches, referees and incidents by season

Seasons 2019/20 and 2020/21 are excluded because they were curtailed by Covid-19 restrictions.

| Season | Matches scheduled | Registered referees | Active referees (10+ matches) | Matches without a qualified referee | Share without a qualified referee | Incidents reported against officials |
|---|---|---|---|---|---|---|
| 2018/19 | 3,420 | 214 | 168 | 512 | 15.0% | 41 |
| 2021/22 | 3,610 | 187 | 139 | 801 | 22.2% | 58 |
| 2022/23 | 3,780 | 171 | 122 | 1,034 | 27.4% | 73 |
| 2023/24 | 3,905 | 158 | 109 | 1,507 | 38.6% | 96 |

Where no qualified referee is available, the home club must provide a club official to referee the match. These are recorded as "matches without a qualified referee".

The number of registered referees available to the league fell by 56, or 26.2 per cent, between 2018/19 and 2023/24. Active referees, defined as those who officiated at least ten league matches in the season, fell from 168 to 109.

Of the 158 referees registered in 2023/24, 44 (27.8 per cent) were aged 14 to 17.

### 3. Incidents reported against officials, 2023/24

All 96 incidents were reported by the referee on the FA's online misconduct form within 48 hours of the match.

| Type of incident | Number |
|---|---|
| Verbal abuse | 71 |
| Threatening behaviour | 19 |
| Physical contact with a match official | 6 |
| **Total** | **96** |

| Reported offender | Number |
|---|---|
| Spectators (including parents) | 58 |
| Coaches and team officials | 27 |
| Players | 11 |
| **Total** | **96** |

Spectators, most of them parents, were responsible for 60.4 per cent of all incidents. Incidents were concentrated in the Under-13 to Under-16 age groups, which accounted for 68 of the 96 reports.

Of the six cases of physical contact, two were referred to Wexmoor Police. Both involved adult spectators; neither has resulted in a prosecution.

Disciplinary outcomes in 2023/24 included fines totalling £2,310 on 14 clubs and nine suspensions of individuals. The longest suspension, 18 months from all football activity, was imposed on an Under-15 team coach at Fernleigh Rovers JFC following an incident on Saturday 9 March 2024.

### 4. Why referees leave

Thirty-seven referees registered with the league in 2022/23 did not renew their registration for 2023/24. The County FA sent an exit survey to all 37; 24 replied.

Of the 24 respondents, 15 (62.5 per cent) gave abuse from spectators, coaches or players as their main reason for leaving. Five cited work or study commitments, three cited moving away from the area and one cited injury.

Eleven of the 24 respondents were aged under 18 when they stopped refereeing.

### 5. Match fees

Referee match fees in the league are set by the league and paid in cash by the home club on the day. Current fees, unchanged since 2019, are:

- Under-11 and Under-12: £25 per match
- Under-13 to Under-16: £30 per match
- Under-17 and Under-18: £35 per match

### 6. Actions for 2024/25

1. **Free training places.** The County FA will fund 40 places on the Basic Referee Course in 2024/25, normally costing £160 per candidate, a total of £6,400. Priority will go to candidates nominated by Harrowby & District clubs.
2. **Body camera pilot.** A pilot of 25 referee body cameras will begin on Saturday 5 October 2024 and run until the end of March 2025. It is funded by a grant of £4,800 from the Wexmoor Community Sport Trust.
3. **Respect barriers.** All clubs will be asked to install a spectator barrier or marked line at least two metres from the touchline at every pitch by 1 January 2025.
4. **Mentoring.** Every referee aged under 18 will be assigned an experienced mentor for their first ten matches.

The County FA will publish an interim update in February 2025.

*Graham Oyelaran, Head of Refereeing, Wexmoor County FA*
`;

/** h907's incident report, whole. */
const H907_REPORT = `# Brackwater Water Services Ltd — Incident Report

## Loss of supply: Hollinsford, Ashcombe, Pellow Green, Sturridge and Mardle, 3–7 February 2025

- **Report reference:** BWS-IR-2025-014
- **Prepared by:** Operations Directorate (responsible director: Gareth Lomax, Director of Operations)
- **Issued:** Friday 14 February 2025
- **Status:** Interim report. A final root-cause report will follow once laboratory analysis of the failed pipe section is complete.

---

### 1. Summary

At 04:17 on Monday 3 February 2025 our telemetry system raised a low-pressure alarm at the outlet of Hollinsford service reservoir. A technician confirmed at 04:52 that the Ashcombe–Hollinsford trunk main, a 600mm cast-iron main laid in 1961, had burst at Quarry Lane, Ashcombe.

In total **18,420 properties** (17,655 households and 765 business premises) lost their supply or experienced very low pressure. Supply was restored in stages and was fully restored to all properties at **21:40 on Thursday 6 February**, 89 hours and 23 minutes after the first alarm.

Restoration to Pellow Green was delayed by a second burst, on a 300mm distribution main at Bellfield Road, Pellow Green, at 11:20 on Wednesday 5 February, while the network was being recharged. We estimate that this second failure delayed the restoration of supply to Pellow Green by approximately 30 hours.

### 2. Cause

Preliminary investigation found a circumferential fracture at a lead-run joint on the trunk main. The fracture is consistent with ground movement following eight consecutive nights of sub-zero temperatures in the Hollinsford area (26 January to 2 February). External corrosion was found on the pipe barrel close to the joint, but it has not been assessed as the primary cause of the failure.

The second burst at Bellfield Road has been attributed to a pressure transient during the recharging of the network.

### 3. Timeline of events

| Date and time | Event |
|---|---|
| Mon 3 Feb, 04:17 | Telemetry low-pressure alarm, Hollinsford service reservoir outlet |
| Mon 3 Feb, 04:52 | Technician on site confirms burst on 600mm trunk main, Quarry Lane, Ashcombe |
| Mon 3 Feb, 05:30 | Main isolated; supply lost or at very low pressure in four supply zones |
| Mon 3 Feb, 07:10 | Incident escalated to Category 2 (major incident); incident management team stood up |
| Mon 3 Feb, 09:30 | First bottled water station opens, Hollinsford Leisure Centre, Mill Road |
| Mon 3 Feb, 11:45 | Bottled water station opens, Ashcombe Village Hall |
| Mon 3 Feb, 13:00 | Bottled water station opens, Grainger's Garden Centre car park, Pellow Green |
| Tue 4 Feb, 02:40 | Repair to trunk main completed; controlled recharging of network begins |
| Tue 4 Feb, 08:00 | Bottled water station opens, St Aldric's Church Hall, Sturridge |
| Tue 4 Feb, 16:00 | All priority services register customers in affected area have received at least one delivery |
| Tue 4 Feb, 22:15 | Supply restored, Ashcombe |
| Wed 5 Feb, 11:20 | Second burst, 300mm distribution main, Bellfield Road, Pellow Green |
| Wed 5 Feb, 18:30 | Supply restored, Hollinsford town centre |
| Thu 6 Feb, 14:05 | Supply restored, Sturridge and Mardle |
| Thu 6 Feb, 21:40 | Supply restored, Pellow Green; all customers back on supply |
| Fri 7 Feb, 12:00 | Last bottled water station closes (Grainger's Garden Centre); incident stood down |

### 4. Properties affected

**Table 1. Properties affected by supply zone**

| Supply zone | Households | Business premises | Total properties | Supply restored | Approx. hours without supply |
|---|---|---|---|---|---|
| Hollinsford town centre | 7,310 | 540 | 7,850 | Wed 5 Feb, 18:30 | 62 |
| Ashcombe | 3,150 | 60 | 3,210 | Tue 4 Feb, 22:15 | 42 |
| Pellow Green | 4,355 | 105 | 4,460 | Thu 6 Feb, 21:40 | 89 |
| Sturridge and Mardle | 2,840 | 60 | 2,900 | Thu 6 Feb, 14:05 | 82 |
| **Total** | **17,655** | **765** | **18,420** | | |

### 5. Alternative supplies

We opened four bottled water stations. Together they distributed 1,030,000 litres of bottled water.

**Table 2. Bottled water stations**

| Station | Opened | Closed | Litres distributed |
|---|---|---|---|
| Hollinsford Leisure Centre, Mill Road | Mon 3 Feb, 09:30 | Thu 6 Feb, 22:00 | 486,000 |
| Ashcombe Village Hall | Mon 3 Feb, 11:45 | Tue 4 Feb, 23:00 | 92,000 |
| Grainger's Garden Centre car park, Pellow Green | Mon 3 Feb, 13:00 | Fri 7 Feb, 12:00 | 318,000 |
| St Aldric's Church Hall, Sturridge | Tue 4 Feb, 08:00 | Thu 6 Feb, 20:00 | 134,000 |
| **Total** | | | **1,030,000** |

The Grainger's Garden Centre station was out of stock for a period on the evening of Tuesday 4 February.

We deployed 38 tankers to support hospitals, care homes and schools and to inject water into the network where possible. There were 1,137 customers on our priority services register in the affected area. We made 3,940 deliveries of bottled water to these customers over the course of the incident.

### 6. Customer contact

Our contact centre received 21,760 calls between Monday 3 and Friday 7 February, compared with about 2,900 calls in a typical week. The average time to answer was 19 minutes on Monday 3 February and 11 minutes across the week as a whole. Our incident web page received 146,000 visits.

### 7. Compensation

**Statutory payments.** Under the Guaranteed Standards Scheme, each household whose supply was interrupted for more than 12 hours is entitled to £50, plus £25 for each further full 24-hour period without supply. Business customers are entitled to £75, plus £50 for each further full 24-hour period.

**Goodwill payments.** In addition, Brackwater Water will make a goodwill payment of £100 to every affected household and £250 to every affected business, regardless of how long their supply was interrupted.

**Table 3. Total household payment by supply zone**

| Supply zone | Statutory payment | Goodwill payment | Total per household |
|---|---|---|---|
| Ashcombe | £75 | £100 | £175 |
| Hollinsford town centre | £100 | £100 | £200 |
| Sturridge and Mardle | £100 | £100 | £200 |
| Pellow Green | £125 | £100 | £225 |

Payments will be credited automatically to customers' accounts by Friday 14 March 2025. Customers who were affected but are not account holders (for example, tenants whose water charges are included in their rent) may claim using the form on our website by Monday 31 March 2025. Business customers who suffered losses greater than their goodwill payment may submit a claim, with evidence, by the same date.

The total cost of statutory and goodwill payments is estimated at £3.9 million.

### 8. Next steps

We will bring forward an £11.5 million programme to replace 14km of the Ashcombe–Hollinsford trunk main over three years, starting in April 2025. We will publish a final root-cause report, and we will review our recharging procedures in the light of the Bellfield Road burst.
`;

describe('words and occasions', () => {
  test('a denial of another thing of the claim\'s kind, or on another occasion, is none of the claim', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/cabinet-report.md': H886_REPORT, 'sources/press-release.html': H886_RELEASE }));
    const bins = judge('The rules take effect on Monday 5 January 2026 and apply to the blue-lidded bins used for dry recycling.');
    assert.ok(!bins.conflicts.some((c) => c.kind === 'negation'), why(bins));
    const flats = judge('The rules take effect on Monday 5 January 2026 and apply to communal bins serving flats.');
    assert.notEqual(flats.verdict, 'supported', why(flats));
    const first = judge('Under the three-stage scheme, a household whose bin is found to be contaminated will first have it emptied and receive an advisory tag explaining what went wrong.');
    assert.ok(!first.conflicts.some((c) => c.kind === 'negation'), why(first));
  });

  test('"the worst single result" is the highest reading of bacteria, no opposite', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/classifications.md': BATHING }));
    const worst = judge('The worst single result, 9,800 cfu/100ml, was recorded on Monday 5 August.');
    assert.deepEqual(worst.conflicts, [], why(worst));
  });

  test('"six changing rooms instead of four" gives the four as the level left', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/club_statement.txt': CLUB }));
    const faithful = judge('The architects have designed a two-storey building with six changing rooms instead of four and a function room for 180 people.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = judge('The architects have designed a two-storey building with six changing rooms instead of three and a function room for 180 people.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
  });

  test('"the Progressive Democrats" is the "Progressive Democratic Party"; "a majority of 731" is 1,602 less 871', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/declaration.md': DECLARATION }));
    const party = judge('The by-election was caused by the death on Tuesday 2 January of Councillor Arthur Bellingham, who had represented Hollinbrook for the Progressive Democrats since 2011.');
    assert.deepEqual(party.conflicts, [], why(party));
    const other = judge('The by-election was caused by the death on Tuesday 2 January of Councillor Arthur Bellingham, who had represented Hollinbrook for the Green Lanes Party since 2011.');
    assert.equal(other.verdict, 'contradicted', why(other));
    const majority = judge('Mr Bellingham held the seat last May with 1,602 votes, a majority of 731 over the Residents\' Alliance candidate, Joan Whitlock.');
    assert.notEqual(majority.verdict, 'contradicted', why(majority));
    const wrong = judge('Mr Bellingham held the seat last May with 1,602 votes, a majority of 713 over the Residents\' Alliance candidate, Joan Whitlock.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('"to support commissioner Gillian Oakhurst\'s precept" gives her no post "support commissioner"; "breaching" is "exceeding"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/pcc_performance_report.md': POLICE }));
    const precept = judge("The panel voted by nine votes to three, with one abstention, to support commissioner Gillian Oakhurst's proposed precept.");
    assert.deepEqual(precept.conflicts, [], why(precept));
    const target = judge('Ashby Vale fared worst, with an average response time of 21.3 minutes, breaching the 20-minute rural target for the first time.');
    assert.deepEqual(target.conflicts, [], why(target));
  });

  test('"fell from 214 to 158" has no rival in "fell by 56"; "per person" is "per candidate"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/refereeing_review.md': H906_REVIEW }));
    const fell = judge('Over the same period, the number of referees registered to the league fell from 214 to 158, a drop of more than a quarter.');
    assert.deepEqual(fell.conflicts, [], why(fell));
    const wrong = judge('Over the same period, the number of referees registered to the league fell from 241 to 158, a drop of more than a quarter.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
    const course = judge('The county FA will pay for 40 places on the Basic Referee Course this season, which normally costs £160 per person, a total of £6,400.');
    assert.deepEqual(course.conflicts, [], why(course));
  });

  test('"once their supply has been off" is "without supply"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/incident_report.md': H907_REPORT }));
    const off = judge('Under the statutory Guaranteed Standards Scheme, households are entitled to £50 once their supply has been off for more than 12 hours, plus £25 for each further full 24 hours.');
    assert.ok(!off.conflicts.some((c) => c.kind === 'negation'), why(off));
  });

  test('"phased over two years" is no other bound than the letter\'s "phase … over two years"; "together with the rent increase" adds to the £8.30', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/federation_letter.txt': LETTER }));
    const phased = judge('It asked for the increases to be phased over two years and for the rise for sheltered flats to be capped at no more than £4 a week this year.');
    assert.deepEqual(phased.conflicts, [], why(phased));
    const together = judge('Together with the rent increase, a sheltered tenant will pay £10.91 a week more from April.');
    assert.notEqual(together.verdict, 'contradicted', why(together));
  });

  test('"ten minutes before the first wave" lies between two times of day; "£185,000 towards the £1.42m event budget, down from £210,000" moves the £185,000', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/event_plan.md': PLAN }));
    const wheelchair = judge('The wheelchair racers set off at 8.50am, ten minutes before the first wave of runners.');
    assert.ok(!wheelchair.conflicts.length, why(wheelchair));
    const down = judge('The council is contributing £185,000 towards the £1.42m event budget, down from £210,000 last year.');
    assert.deepEqual(down.conflicts, [], why(down));
    const up = judge('The council is contributing £185,000 towards the £1.42m event budget, up from £210,000 last year.');
    assert.ok(up.conflicts.some((c) => c.kind === 'direction'), why(up));
  });

  test('"ruled out routinely sending" is "won\'t be sending"; a spoken list\'s "one, … and two," counts nothing', async () => {
    assert.ok(!extractValues('the committee: one, asks the trust to bring a plan; and two, asks the Chair to write').some((v) => v.kind === 'number'), 'no count');
    const judge = judgeWith(await workspaceIndex({ 'sources/scrutiny_transcript.txt': SCRUTINY }));
    const ruled = judge('Ms Aldous ruled out routinely sending large numbers of patients to Pennbury District Hospital.');
    assert.ok(!ruled.conflicts.some((c) => c.kind === 'negation'), why(ruled));
    const three = judge('The committee asked the three organisations to bring a joint recovery plan for handovers to its meeting on Tuesday 10 June.');
    assert.ok(!three.conflicts.some((c) => c.source === 'two'), why(three));
  });

  test('"a £40,000 ten-year loan" is the loan "over ten years"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/members_meeting.txt': MEMBERS }));
    const loan = judge('On top of the shares, the society has a £50,000 grant from the Wexbury Community Assets Fund and a £40,000 ten-year loan from Hartwell Community Finance at 4.5 per cent.');
    assert.deepEqual(loan.conflicts, [], why(loan));
  });
});
