/**
 * The fifty-seventh round, ninth part: faithful sentences shown as errors in h866–h871 (written against 5a0b100). A
 * proportional ranking ranks no column of changes in units ("The biggest proportional cut falls on the Quarry End …
 * from 1,200 to 640" / "Change: −710"); "cannot … until" is no denial, as "not … until" is not; the number of a list's
 * item is no figure; a length of time that frames the claim ("in the first three months") is no row's; "has not yet
 * decided" is the source's "a decision … will be taken". The fixtures are the helpers' invented sources of h866, h867
 * and h868, embedded whole as they are, with those drafts' sentences; every person, body and place in them is
 * invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';

const SAG_MINUTES = `# Hartmoor Borough Council — Safety Advisory Group

## Minutes of an extraordinary meeting: Castlebridge Town FC, Brookfield Lane Ground

**Date:** Tuesday 14 October 2025
**Time:** 10.00am to 12.40pm
**Venue:** Committee Room 3, Hartmoor Civic Centre, Albion Street, Hartmoor

### Present (voting members)

- Gillian Ashworth, Head of Regulatory Services, Hartmoor Borough Council (Chair)
- Karl Mendes, Senior Structural Engineer, Hartmoor Borough Council
- Superintendent Dawn Okafor, Northmoor Constabulary
- Station Manager Rhys Pennock, Northmoor Fire and Rescue Service
- Hazel Tredgold, Emergency Planning Officer, Moorlands Ambulance Service
- Simon Varley, Building Control Manager, Hartmoor Borough Council
- Councillor Martin Fairclough, Cabinet Member for Community Safety, Hartmoor Borough Council
- Bernadette Quayle, Environmental Health Lead Officer, Hartmoor Borough Council

### In attendance (non-voting)

- Alan Birtwistle, Club Secretary, Castlebridge Town FC
- Joanne Kettle, Safety Officer, Castlebridge Town FC
- Priya Lomax, Chair, Castlebridge Town Supporters' Trust (observer, items 1 to 4 only)
- Tom Ruddock, Democratic Services Officer (minutes)

### 1. Apologies

Apologies were received from Inspector Lewis Garside (Northmoor Constabulary, football liaison), who was represented by Superintendent Okafor.

### 2. Purpose of the meeting

The Chair explained that the meeting had been called under the group's terms of reference following the incident at the Brookfield Lane Ground during the Northern Counties League Premier Division fixture between Castlebridge Town and Penhallow Rovers on Saturday 27 September 2025 (kick-off 3.00pm, attendance 4,862, of whom 611 were away supporters). The group's task was to advise the licensing authority on whether the ground's general safety certificate, issued under the Safety of Sports Grounds Act 1975, should be amended.

### 3. Incident report

Superintendent Okafor summarised the police report. After Penhallow Rovers scored an equaliser in the 87th minute, away supporters in the Quarry End surged towards the front of the terrace. A 14-metre section of the perimeter fence gave way at approximately 4.49pm and around 40 supporters entered the pitch. Two flares were thrown. The match was suspended for 11 minutes and finished 2-2. Five people were arrested, four of them from Penhallow, on suspicion of public order offences and one of pitch encroachment.

Ms Tredgold reported that St John Ambulance volunteers treated nine people at the ground, mostly for cuts and crush-related bruising. Two people, a 61-year-old man and a 17-year-old boy, were taken to Hartmoor General Hospital; both were discharged the following day.

Mr Mendes presented his inspection of Monday 29 September. The failed section of fence was installed in 1994. Four of its eleven supporting posts showed corrosion at the base, with up to 40 per cent loss of section. He also found that two crush barriers on Cooper's Terrace failed their annual load test, having been tested on Friday 3 October, and that the terrace's rear exit gangway measured 1.1 metres against a required 1.2 metres.

Ms Kettle confirmed that 47 of the 54 stewards required by the current certificate were deployed on 27 September. She attributed the shortfall to late cancellations by an agency, Pennine Event Staffing Ltd. The Chair noted that this was the third match of the 2025-26 season at which the club had deployed fewer stewards than required.

### 4. Representations from the club and supporters

Mr Birtwistle accepted that the fence had failed and said the club had already sought quotes for its replacement. He asked the group to consider a phased reduction rather than an immediate one, pointing out that the next home fixture, against Ellerby Athletic, was on Saturday 1 November.

Ms Lomax said the trust recognised that safety came first but asked that the 1,310 season-ticket holders on Cooper's Terrace be found equivalent places elsewhere in the ground. She said a reduction of this size would "hit the people who did nothing wrong".

The club and trust representatives left the meeting at 11.35am.

### 5. Deliberation and recommendation

Superintendent Okafor said the police could not support the Quarry End operating at its current capacity until the fence had been replaced and a segregation gap provided. Station Manager Pennock said the width of the Cooper's Terrace rear exit meant its capacity had to be recalculated on egress grounds regardless of the barrier failures.

Councillor Fairclough said he accepted the need for a reduction on the Quarry End but regarded the proposed cut to Cooper's Terrace as disproportionate, given that no home supporters had been involved in the disorder.

The Chair proposed the following capacities and steward numbers, to take effect from Saturday 1 November 2025:

| Stand | Use | Capacity before | Capacity from 1 Nov 2025 | Change | Stewards required before | Stewards required from 1 Nov 2025 |
|---|---|---|---|---|---|---|
| Millrace Stand | Home, seated | 2,140 | 2,140 | 0 | 22 | 28 |
| Cooper's Terrace | Home, standing | 1,860 | 1,150 | −710 | 14 | 20 |
| Quarry End | Away, standing | 1,200 | 640 | −560 | 12 | 18 |
| Gasworks Side | Family, seated | 800 | 800 | 0 | 6 | 8 |
| **Total** | | **6,000** | **4,730** | **−1,270** | **54** | **74** |

Notes to the table: the ground's total capacity falls by 21.2 per cent. The Quarry End capacity falls by 46.7 per cent and the Cooper's Terrace capacity by 38.2 per cent. The number of stewards required rises by 20, or 37 per cent.

The recommendation was agreed by seven votes to one, Councillor Fairclough voting against.

### 6. Conditions

The group further recommended that the amended certificate include the following conditions:

1. The club must replace the failed section of perimeter fence at the Quarry End and submit a structural engineer's report on the whole perimeter fence by **Friday 28 November 2025**. The Quarry End capacity will not be reviewed until the report has been accepted.
2. The two failed crush barriers on Cooper's Terrace must be taken out of use immediately and the area in front of them closed.
3. A sterile segregation zone of at least 20 metres must be maintained between home and away supporters along the Gasworks Side.
4. The club must appoint a full-time qualified safety officer, holding a Level 4 certificate in spectator safety management, by **Monday 5 January 2026**. (Ms Kettle currently works 20 hours a week.)
5. The steward numbers in the table above are a minimum; if fewer stewards are on duty 60 minutes before kick-off, the club must close sections of the ground in proportion.
6. The club's CCTV control room must be staffed from the time the turnstiles open until the last spectator has left.

Mr Mendes estimated the cost of replacing the failed section of fence at £68,000 and of a full perimeter replacement at about £190,000. The Chair noted that the costs were a matter for the club.

### 7. Review

The group will review the certificate at its meeting on **Tuesday 20 January 2026**. The Chair said that if all conditions had been met by then, the group would consider restoring part of the Cooper's Terrace capacity, but "no one should assume the figures will go back to where they were".

### 8. Next steps

The recommendation will be sent to the licensing authority, which is expected to issue the amended certificate by Tuesday 21 October 2025.

The meeting closed at 12.40pm.

*Minutes taken by Tom Ruddock, Democratic Services Officer. Approved by the Chair on Wednesday 15 October 2025.*
`;

const STAFFING = `# Brindlecombe Community Leisure Trust

## Report to the Board of Trustees: Lifeguard Staffing, Quarter 4 (January to March 2025)

**Author:** Gareth Lomax, Operations Manager
**Meeting:** Board of Trustees, Tuesday 8 April 2025, Trust Offices, Mill Lane, Brindlecombe
**Status:** For information and decision

### 1. Purpose

1.1 This report sets out the lifeguard staffing position across the trust's three pool sites at the end of the fourth quarter of the 2024/25 financial year, the cost of covering vacancies with agency staff, and early results from the recruitment drive approved by the board on Tuesday 25 February 2025.

1.2 It also asks the board to note the operational decisions taken to restrict pool programming at Brindlecombe Aquatics Centre from Monday 2 June 2025.

### 2. Staffing position at 31 March 2025

2.1 The trust's establishment is 42.0 full-time equivalent (FTE) lifeguard posts. At 31 March 2025, 28.5 FTE posts were filled, leaving 13.5 FTE vacant, an overall vacancy rate of 32.1 per cent. This compares with 7.0 FTE vacancies (16.7 per cent) at 31 March 2024.

| Site | Establishment (FTE) | Filled (FTE) | Vacant (FTE) | Vacancy rate | Agency hours, Jan–Mar 2025 |
|---|---|---|---|---|---|
| Brindlecombe Aquatics Centre, Castle Street | 22.0 | 13.5 | 8.5 | 38.6% | 1,240 |
| Westfold Leisure Centre, Orchard Road | 12.0 | 9.0 | 3.0 | 25.0% | 610 |
| Kettleby Pool, Station Approach, Kettleby | 8.0 | 6.0 | 2.0 | 25.0% | 395 |
| **Total** | **42.0** | **28.5** | **13.5** | **32.1%** | **2,245** |

2.2 Brindlecombe Aquatics Centre, which has the 25-metre, eight-lane competition pool and the separate learner pool, carries the highest vacancy rate. Five of its lifeguards left between October and March: three to Harnford City Council's new leisure complex, which pays £1.10 an hour more, one to university and one on retirement.

2.3 Sickness absence among lifeguards averaged 6.2 days per FTE over the year, up from 4.8 days in 2023/24.

### 3. Agency cover and cost

3.1 The trust bought 2,245 hours of agency lifeguard cover in the quarter from Seaview Staffing Solutions Ltd at an average of £26.40 an hour, a total of £59,268. The equivalent cost of a directly employed lifeguard, including employer on-costs, is £14.85 an hour.

3.2 Agency spend for the full year 2024/25 was £171,900 against a budget of £95,000, an overspend of £76,900.

3.3 Seaview Staffing Solutions has told the trust that it cannot guarantee more than 40 hours of cover per week across all sites from May 2025, because of demand from other operators during the summer season.

### 4. Recruitment drive

4.1 On Tuesday 25 February 2025 the board approved a recruitment budget of £48,000 by seven votes to two, with no abstentions. The drive was launched on Monday 3 March 2025.

4.2 The package includes:

- free National Pool Lifeguard Qualification (NPLQ) training, normally £295 per candidate;
- a £500 "golden hello", paid in two instalments of £250, the second after six months' service;
- an increase in the lifeguard hourly rate from £12.21 to £12.60 from 1 April 2025;
- a minimum age of 16 for applicants.

4.3 Results to 31 March 2025:

| Stage | Number |
|---|---|
| Applications received | 64 |
| Shortlisted for pool test | 41 |
| Passed pool test | 26 |
| Started NPLQ course | 18 |

4.4 The first NPLQ course, of 10 candidates, runs at Westfold Leisure Centre and is due to finish with assessment on Friday 16 May 2025. The second, of 8 candidates, runs at Kettleby Pool and finishes on Friday 13 June 2025. New lifeguards cannot work unsupervised until they have completed a two-week induction after qualifying.

4.5 If all 18 candidates qualify and take up posts, the trust would fill about 9.0 FTE, as most have asked for part-time hours. The vacancy rate would then fall to about 10.7 per cent.

### 5. Operational decisions

5.1 Under the trust's normal operating procedures, which follow national guidance, a gala in the competition pool needs a minimum of six qualified lifeguards on poolside at all times, with two more to allow for breaks.

5.2 From Monday 2 June 2025 to Sunday 27 July 2025, the Aquatics Centre will not take external bookings that need more than three lifeguards at once. Public lane swimming will be cut from 58 to 44 hours a week. The learner pool will close on Sundays.

5.3 As a result, the trust informed Brindlecombe Otters Swimming Club on Friday 4 April 2025 that it could not staff the club's Open Gala, booked for Saturday 14 June 2025. The club's hire fee of £1,150 will be refunded in full.

### 6. Recommendations

6.1 The board is asked to:

(a) note the staffing position and agency spend;
(b) note the restrictions on programming at Brindlecombe Aquatics Centre;
(c) approve a further £12,000 from reserves to run a third NPLQ course in July 2025.
`;

const LETTER = `BRINDLECOMBE OTTERS SWIMMING CLUB
Affiliated to Swim England (South West Region)
c/o 17 Tanners Row, Brindlecombe, BR4 6LW

Thursday 10 April 2025

To: Mrs Helen Caraway, Chief Executive, Brindlecombe Community Leisure Trust, Mill Lane, Brindlecombe
Copy: Cllr Peter Ashdown, Cabinet Member for Communities, Brindle Vale District Council

Dear Mrs Caraway,

Otters Open Gala, Saturday 14 June 2025

I write on behalf of the club committee about your operations manager's email of Friday 4 April, which told us that the trust can no longer staff our Open Gala at Brindlecombe Aquatics Centre on Saturday 14 June.

The committee met on Monday 7 April and agreed, with great regret, that the gala must be cancelled. We have looked at every alternative. Harnford Leisure Complex is fully booked that weekend, and Kettleby Pool, at 20 metres, is too short for a licensed meet.

This will be the first year since 1987 that the Otters have not held their summer gala. Last year it drew 412 swimmers from 23 clubs across the region, and we had already received 296 entries from 19 clubs this year when we were told. All entry fees, at £6.50 per event, will now be refunded. The gala is also our largest fundraiser: last year it raised £4,870 for the club after costs, which pays for coaching, pool time and hardship grants for families who cannot afford membership.

We have also lost money that cannot be recovered. We paid a non-refundable deposit of £640 to Swim England South West for the meet licence and officials' accreditation, and £385 for medals and trophies already engraved with the date. We welcome the trust's promise to refund our hire fee of £1,150, but we ask that the trust also reimburses the £1,025 of other costs, since the cancellation was not of our making.

We understand that the trust has a serious shortage of lifeguards. But the club was given ten weeks' notice of a problem that, according to your own board papers, was known about in the autumn. We were not consulted before the decision was made.

The shortage is already hurting our 186 members. Since January our pool time at the Aquatics Centre has been cut from six hours a week to four, and our Tuesday evening squad session has been moved to Kettleby, which is a 25-minute drive for many families. Eleven swimmers have left the club since Christmas, most of them younger children whose parents cannot manage the extra travel.

The club would like to help. Several of our older swimmers and parents hold, or would be willing to train for, the NPLQ. We would ask the trust to:

1. reimburse the £1,025 in unrecoverable costs;
2. guarantee the club a date for a gala at the Aquatics Centre before the end of October 2025;
3. offer places on its next lifeguard course to club members aged 16 and over;
4. restore the club's six hours of weekly pool time by September.

We would be grateful for a reply by Friday 25 April 2025.

Yours sincerely,

Janet Pilkington
Club Secretary, Brindlecombe Otters Swimming Club

On behalf of Dr Owen Threlfall, Club Chair, and the club committee
`;

const NOTICE = `# Lessing Valley Environment Authority — Enforcement Notice Summary

**Notice reference:** LVEA/EN/2024/0317
**Date of issue:** Friday 14 June 2024
**Permit holder:** Calverley Coatings Ltd, Wharf Lane Works, Wharf Lane, Stennington
**Permit reference:** LV/IP/0448
**Receiving water:** River Lessing (Stennington reach)
**Issuing officer:** Martin Okonedo, Area Enforcement Manager (Lower Lessing)
**Investigating officer:** Dr Priya Ramsden, Senior Environment Officer

## 1. Summary of the incident

At approximately 06:40 on Tuesday 4 June 2024, a night-shift operator at Wharf Lane Works found solvent escaping from Tank 7, a 12,000-litre storage tank holding a toluene and xylene based solvent wash. At the time of the failure the tank held approximately 9,600 litres.

The authority's investigation found that a corroded flange on the tank's outlet pipe failed. The tank stands inside a concrete containment bund, which should have held the entire escape. However, the bund's drain valve had been left open after rainwater was pumped out of the bund on the afternoon of Monday 3 June 2024. Solvent therefore passed through the open valve into the site's surface water drainage system and was discharged to the River Lessing through the Wharf Lane outfall.

The authority estimates that approximately 4,200 litres of solvent wash escaped from Tank 7, of which approximately 1,150 litres reached the river. The remainder was recovered from the bund and the site drains by tanker.

The company notified the authority's incident line at 07:25 on Tuesday 4 June 2024. Authority officers arrived on site at 08:05. Absorbent booms were in place across the outfall by 08:10.

## 2. Environmental impact

Officers recorded 340 dead fish, mainly roach and chub, with smaller numbers of dace and perch, along a 1.6 km stretch of the river between the Wharf Lane outfall and Cobb's Weir. No dead fish were found upstream of the outfall or downstream of Cobb's Weir.

Contractors acting for the company removed 38 tonnes of contaminated silt and bankside vegetation from the north bank at Mill Bridge between Thursday 6 June and Monday 10 June 2024.

## 3. Sampling results

Spot samples were taken by authority officers at four locations. Results are given in micrograms per litre (µg/l). The relevant environmental quality standards (annual average) are: toluene 74 µg/l; total xylenes 30 µg/l. The site-specific trigger value for dissolved zinc is 20 µg/l.

| Site | Location | Date | Time | Toluene (µg/l) | Total xylenes (µg/l) | Dissolved zinc (µg/l) |
|---|---|---|---|---|---|---|
| S0 | Ferry Steps, 200 m upstream (control) | Tue 4 June | 08:15 | <1 | <1 | 6 |
| S1 | Wharf Lane outfall | Tue 4 June | 08:30 | 1,840 | 960 | 212 |
| S2 | Mill Bridge, 400 m downstream | Tue 4 June | 09:05 | 412 | 238 | 41 |
| S3 | Cobb's Weir, 1.6 km downstream | Tue 4 June | 10:20 | 96 | 57 | 14 |
| S1 | Wharf Lane outfall | Wed 5 June | 09:00 | 388 | 205 | 64 |
| S2 | Mill Bridge, 400 m downstream | Wed 5 June | 09:30 | 121 | 66 | 19 |
| S3 | Cobb's Weir, 1.6 km downstream | Wed 5 June | 10:10 | 38 | 21 | 9 |
| S1 | Wharf Lane outfall | Fri 7 June | 09:10 | 44 | 25 | 17 |
| S2 | Mill Bridge, 400 m downstream | Fri 7 June | 09:40 | 12 | 7 | 8 |
| S3 | Cobb's Weir, 1.6 km downstream | Fri 7 June | 10:25 | 3 | 2 | 6 |
| S1 | Wharf Lane outfall | Tue 11 June | 09:05 | 6 | 3 | 9 |
| S2 | Mill Bridge, 400 m downstream | Tue 11 June | 09:35 | <1 | <1 | 7 |
| S3 | Cobb's Weir, 1.6 km downstream | Tue 11 June | 10:15 | <1 | <1 | 6 |

Note: spot sample concentrations are not directly comparable with annual average standards, but are used by the authority as an indicator of acute risk. The peak toluene concentration at the outfall on 4 June was approximately 25 times the annual average standard. By Tuesday 11 June all three downstream sites were below the standards for toluene and total xylenes and below the zinc trigger value.

## 4. Breaches identified

1. Failure to maintain Tank 7 and its associated pipework in a condition that prevents loss of containment (permit condition 3.1.2).
2. Failure to keep the bund drain valve closed and locked except when under supervision (permit condition 3.2.4).
3. Unpermitted discharge of solvent to surface water via the Wharf Lane outfall (permit condition 3.4.1).

## 5. Steps required by the notice

| Step | Requirement | Deadline |
|---|---|---|
| 1 | Replace the outlet pipework and flanges on Tank 7 and on the two other solvent tanks (Tanks 6 and 8), and fit a lockable, normally-closed valve to each bund drain | Friday 12 July 2024 |
| 2 | Install an automatic isolation (shut-off) valve on the site surface water drain upstream of the Wharf Lane outfall | Friday 30 August 2024 |
| 3 | Commission an independent integrity survey of all bunds on site and submit the report to the authority | Friday 27 September 2024 |
| 4 | Carry out daily sampling at the Wharf Lane outfall for 28 days from the date of this notice and submit results weekly | Thursday 11 July 2024 |

## 6. Appeal and further action

The permit holder may appeal against this notice within 21 days of the date of issue, that is by Friday 5 July 2024. An appeal does not suspend the requirements of the notice.

Failure to comply with an enforcement notice is an offence. This notice is issued without prejudice to any further enforcement action. The authority's investigation into possible offences arising from the incident is continuing, and a decision on further action, including prosecution, will be taken separately.

Signed: Martin Okonedo, Area Enforcement Manager (Lower Lessing), Lessing Valley Environment Authority
`;

describe('proportions, "until", list numbers, time frames and decisions to come, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a proportional ranking ranks no column of changes in units', async () => {
    const minutes = judgeWith(await workspaceIndex({ 'sources/sag_minutes.md': SAG_MINUTES }));
    const faithful = minutes("The biggest proportional cut falls on the Quarry End, which houses away fans, where capacity will almost halve from 1,200 to 640.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });

  test('"before they can work unsupervised" is "cannot work unsupervised until"', async () => {
    const trust = judgeWith(await workspaceIndex({ 'sources/staffing_report.md': STAFFING }));
    const faithful = trust("New lifeguards must then complete a two-week induction before they can work unsupervised.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });

  test('the number of a list\'s item is no figure', async () => {
    assert.ok(!extractValues('2. guarantee the club a date for a gala at the Aquatics Centre before the end of October 2025;').some((v) => v.value === 2));
    const club = judgeWith(await workspaceIndex({ 'sources/otters_letter.txt': LETTER }));
    const faithful = club("The club, which has 186 members, also wants a guaranteed date for a gala at the Aquatics Centre before the end of October and places on the next lifeguard course for members aged 16 and over.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = club("The club, which has 168 members, also wants a guaranteed date for a gala at the Aquatics Centre before the end of October and places on the next lifeguard course for members aged 16 and over.");
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('"in the first three months of the year" is no row\'s period', async () => {
    const trust = judgeWith(await workspaceIndex({ 'sources/staffing_report.md': STAFFING }));
    const faithful = trust("To cover the gaps, the trust bought 2,245 hours of agency cover in the first three months of the year at an average of \u00a326.40 an hour, a total of almost \u00a359,300.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });

  test('"has not yet decided" is "a decision … will be taken separately"', async () => {
    const authority = judgeWith(await workspaceIndex({ 'sources/enforcement_notice_summary.md': NOTICE }));
    const faithful = authority("The authority has not yet decided whether to prosecute, and says its investigation into possible offences continues.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });
});
