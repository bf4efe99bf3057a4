/**
 * The forty-fifth round, third part: faithful sentences of the third batch (h524–h529, written against 29dc066)
 * flagged as errors, and comparisons the claim's own figures disprove. A multiple the claim gives compares its
 * figure with the other ("4.2 …, roughly seven times the rate … 0.6"); a total broken down into parts ("£40,000,
 * comprising stall fees of £35,000 and sponsorship of £5,000") is no rival of its parts; "more than double last
 * year's" is a bound; a figure the claim gives too ("though two showed …") is no other time's; "SSD manager" is the
 * sterile services manager, and a log's time is no word of a post; an adverb whose word the source has ("mostly" /
 * "most of them") is no swapped word. A comparison or a move of the claim's own two figures that they disprove
 * ("88.9 per cent …, just below the 39-force average of 86.0 per cent", "rose, from 25,310 … to 23,870") is a
 * contradiction when the sources give both. The fixtures are the helpers' sources, whole; the people, bodies and
 * places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { INSPECTORATE_SUMMARY, MARKET_MINUTES, MARKET_RELEASE, PARISH_MEETING } from './helperSources45';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

/** h524: sources/council_press_release.html, whole. */
const SATS_RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Council sets out findings on Kestrel Lane Primary School test review - Calderwick County Council</title>
</head>
<body>
<header>
<p>Calderwick County Council — Press Office</p>
<p>News release CCC/PR/2025/188</p>
<p>For immediate release: Thursday 24 July 2025</p>
</header>

<main>
<h1>Council sets out preliminary findings on Kestrel Lane Primary School test review</h1>

<p>Calderwick County Council has today published a summary of the preliminary findings of its review into the administration of this year's Key Stage 2 tests at Kestrel Lane Primary School, Stanmoor.</p>

<p>The review began on Tuesday 1 July 2025, after the Assessment Standards Office (ASO) notified the council on Friday 27 June that answer-change analysis had identified unusual patterns on the school's maths reasoning papers.</p>

<h2>Summary of preliminary findings</h2>

<ul>
<li>The council's assessment monitoring team examined all 94 maths reasoning scripts (Papers 2 and 3) completed by the school's 47 Year 6 pupils.</li>
<li>Answers had been altered after they were first written on 31 scripts belonging to 19 pupils.</li>
<li>A total of 130 answers had been altered across those 31 scripts, an average of 4.2 per script. Of those, 118 (91%) were changed from an incorrect answer to a correct one.</li>
<li>By comparison, scripts sampled from 12 other Calderwick primary schools showed an average of 0.6 altered answers per script.</li>
<li>The arithmetic paper (Paper 1) and the reading and grammar, punctuation and spelling papers showed no unusual patterns.</li>
<li>Team members interviewed 11 members of staff between Wednesday 2 July and Wednesday 16 July 2025.</li>
</ul>

<h2>Monitoring visit in May</h2>

<p>The council carried out an unannounced monitoring visit to the school on Tuesday 13 May 2025, the second day of test week. The monitoring officer, Ms Kerry Dunmore, recorded that test materials were stored securely at the start of the visit. However, at 3.40pm she found that the completed maths Paper 2 scripts had not yet been sealed in the returns envelope and were in the headteacher's office, around two and a half hours after the test had finished. National rules require completed scripts to be sealed immediately after each test. This was raised with the school on the day and recorded as an administrative matter.</p>

<table>
<caption>Altered answers on maths reasoning scripts</caption>
<thead>
<tr><th>Paper</th><th>Scripts examined</th><th>Scripts with altered answers</th><th>Answers altered</th><th>Changed from incorrect to correct</th></tr>
</thead>
<tbody>
<tr><td>Paper 2 (reasoning)</td><td>47</td><td>19</td><td>84</td><td>78</td></tr>
<tr><td>Paper 3 (reasoning)</td><td>47</td><td>12</td><td>46</td><td>40</td></tr>
<tr><td>Total</td><td>94</td><td>31</td><td>130</td><td>118</td></tr>
</tbody>
</table>

<h2>Next steps</h2>

<p>The council has passed its findings to the ASO, which will decide by Friday 26 September 2025 whether to annul the maths results of any of the 19 pupils. Reading and writing results are not affected.</p>

<p>The council has appointed Mrs Helen Castleton, a former headteacher and experienced investigator from outside Calderwick, to carry out an independent investigation on behalf of the governing body. Her report is expected by Friday 17 October 2025. The council will publish a summary of her findings.</p>

<p>The cost of the independent investigation, estimated at £14,500, will be met by the council rather than the school's budget.</p>

<h2>Comment</h2>

<p>Councillor Fiona Marsh, the council's cabinet member for children and education, said: "Parents need to be able to trust test results, and so do the children who sit them. I want to thank the staff and governors at Kestrel Lane for their cooperation. The Year 6 pupils have done nothing wrong and we will make sure they are supported as they move to secondary school."</p>

<p>Dr Alan Whitcombe, the council's head of school improvement, said: "The pattern on the reasoning papers was very different from anything we see elsewhere in the county. It is right that it is now looked at independently and carefully. Nobody should jump to conclusions before Mrs Castleton has reported."</p>

<h2>Notes to editors</h2>
<ol>
<li>Kestrel Lane Primary School is a maintained community primary school with 412 pupils aged four to eleven.</li>
<li>Calderwick County Council monitors the administration of Key Stage 2 tests in around 10% of its primary schools each year. In 2025 it made 21 monitoring visits.</li>
<li>The governing body's statement of Monday 21 July 2025 is available on the school's website.</li>
<li>Media enquiries: Calderwick County Council press office, 01632 960 418.</li>
</ol>
</main>
</body>
</html>
`;

/** h525: sources/investigation_summary.md, whole. */
const TURBINE_INVESTIGATION = `# Brackmoor Ridge Community Wind Farm — Turbine T2 Blade Failure

## Summary of Independent Investigation

**Prepared by:** Marrick Structural Assurance Ltd, Northallerton
**Lead investigator:** Dr Fiona Castellan, Principal Engineer (Composite Structures)
**Commissioned by:** Brackmoor Community Energy Co-operative Ltd
**Date of issue:** Friday 14 March 2025
**Reference:** MSA-2025-017 (summary version for publication)

---

### 1. Background

Brackmoor Ridge Community Wind Farm stands on open moorland 1.6 km north-west of the village of Ellerdyke, in the Wenhope district. It comprises four Vesterlund VL-54 turbines (designated T1 to T4), each rated at 900 kW, with a hub height of 50 metres and a rotor diameter of 54 metres. Each turbine carries three glass-fibre reinforced epoxy blades of 26.2 metres in length. The site was commissioned on Monday 15 September 2014 and is owned and operated by Brackmoor Community Energy Co-operative Ltd ("the co-operative").

### 2. The incident

At 03:42 on Sunday 16 February 2025, the outer section of blade B on turbine T2 separated from the rest of the blade while the turbine was generating. The turbine's vibration monitoring system detected an imbalance and initiated an emergency stop at 03:42:17. The rotor came to rest at 03:43:05.

The detached section measured 9.4 metres and had an estimated mass of 1.1 tonnes. It came to rest 182 metres south-east of the tower base, in a grazing field belonging to Low Brack Farm. Smaller fragments were recovered up to 240 metres from the tower. No person or animal was injured. The nearest public right of way, the Brackmoor Way bridleway, lies 310 metres from T2 at its closest point; no debris was found on or beside it.

The failure was discovered at 06:15 by the co-operative's on-call technician after an automated alarm. Wenhope District Council and the Health and Safety Executive were notified the same morning.

### 3. Timeline

| Date | Event |
|---|---|
| Monday 19 August 2024 | Routine drone inspection by Skyline Blade Services records a 40 mm crack on the trailing edge of T2 blade B, classed as Category 2 ("monitor; repair within 12 months"). |
| Tuesday 7 January 2025 | Repair of T2 blade B booked for April 2025, subject to weather. |
| Sunday 16 February 2025, 03:42 | Outer 9.4 m section of T2 blade B detaches. Emergency stop. |
| Sunday 16 February 2025, 06:15 | On-call technician confirms failure. All four turbines stopped as a precaution. |
| Monday 17 February 2025 | Marrick Structural Assurance appointed. Brackmoor Way bridleway closed by the council as a precaution. |
| Friday 28 February 2025 | Bridleway reopened after a debris sweep (closed for 11 days). |
| Monday 3 March 2025 | T1, T3 and T4 returned to service after rope-access inspection of all nine of their blades. |
| Friday 14 March 2025 | This summary issued. |

### 4. Operating conditions at the time of failure

SCADA data for the ten minutes before the failure show the following:

- Mean wind speed at hub height: 21.6 m/s
- Maximum three-second gust: 27.3 m/s
- Turbine output: 870 kW
- Rotor speed: 28.1 rpm (rated 28.5 rpm)
- Nacelle temperature: 4 °C

The turbine's cut-out threshold is a ten-minute mean of 25 m/s. Conditions were therefore within the turbine's normal operating envelope. Our load analysis estimates that blade B experienced a root bending moment equivalent to 78 per cent of its design limit, which is not unusual for a storm of this kind.

The lightning protection system records no strike on any turbine between 1 February and 16 February 2025. Lightning has therefore been ruled out as a cause.

### 5. Findings

5.1 The failure began at the trailing-edge bond line between 16.5 m and 18.0 m from the blade root. Laboratory examination found that the adhesive layer in this region was on average 4.2 mm thick, compared with a specified thickness of 8 to 10 mm, and contained voids covering approximately 35 per cent of the bonded area.

5.2 We consider this to be a defect that was present when the blade was manufactured. Over ten years of service, fatigue loading caused the bond line to separate progressively. The 40 mm crack recorded in August 2024 was the visible surface sign of this separation.

5.3 By 16 February 2025 the separation had grown to approximately 1.3 metres in length. The remaining structure could no longer carry the loads imposed by the storm, and the outer section detached.

5.4 In our view the August 2024 crack should have been classed as Category 3 ("repair within three months") because of its position on the trailing edge in a high-load zone. Had it been classed in that way, repair would have been due by 19 November 2024. We cannot say with certainty that a repair would have prevented the failure, but it would have given an opportunity for the underlying defect to be found.

5.5 The other 11 blades at the site were inspected by rope access between 17 and 28 February 2025. Two blades (T1 blade A and T4 blade C) showed minor leading-edge erosion. None showed trailing-edge bond-line damage.

5.6 We found no evidence that the co-operative's maintenance of the turbines fell below accepted industry practice, other than in respect of the crack classification described at 5.4, which was made by the inspection contractor.

### 6. Recommendations

1. Replace all three blades on T2, not only blade B, since all three come from the same production batch (batch VL54-1406).
2. Carry out ultrasonic scanning of the trailing-edge bond lines on all nine remaining blades before 30 September 2025.
3. Reclassify any trailing-edge crack in the zone 12 m to 20 m from the root as Category 3 as a minimum.
4. Increase the frequency of drone inspections from once a year to twice a year.
5. Notify the manufacturer, Vesterlund Wind A/S, of the batch defect.
6. Review emergency arrangements with Low Brack Farm and the council.
7. Publish the full technical report to members.

*Dr Fiona Castellan CEng MIMechE, Principal Engineer, Marrick Structural Assurance Ltd*
`;

/** h528: sources/council_press_release.html, whole. */
const HMO_RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Landlord fined £24,000 over dangerous student house – Kelsworth City Council</title>
</head>
<body>
<header>
<p>Kelsworth City Council — News and press releases</p>
<p>Issued: Wednesday 12 March 2025 | Reference: PR/2025/047</p>
</header>
<main>
<h1>Landlord fined £24,000 over dangerous student house on Brackley Road</h1>

<p>A Kelsworth landlord has been ordered to pay almost £30,000 after council officers found seven students living in an unlicensed house with a padlocked escape route, broken smoke alarms and no heating.</p>

<p>Dennis Ormerod, 58, of Upper Wrenfold, pleaded guilty at Kelsworth Magistrates' Court on Tuesday 11 March to six offences relating to 38 Brackley Road. He was fined £24,000 and ordered to pay £3,850 costs and a £2,000 victim surcharge.</p>

<p>The prosecution was brought by the council's private sector housing team after a tenant contacted the council in October 2024. Officers found that only one of the four smoke alarms in the property worked and that the rear exit had been padlocked.</p>

<p>Councillor Fatima Okonjo-Reid, cabinet member for housing and communities, said:</p>

<blockquote><p>"Students are entitled to the same safety as anyone else in this city. Seven young people were sleeping in a building where, had a fire started at night, the back door was padlocked and only one smoke alarm worked. That is not a paperwork failure; it is a gamble with lives."</p></blockquote>

<p>Martin Threlfall, the council's head of private sector housing, said:</p>

<blockquote><p>"We would always rather work with landlords than take them to court, and the vast majority of landlords in Kelsworth do the right thing. But when we find locked fire exits and unlicensed houses, we will not hesitate to prosecute. I would urge any tenant who is worried about their home to contact us."</p></blockquote>

<h2>A record fine for the city</h2>

<p>The £24,000 total is the largest fine imposed in Kelsworth for housing offences since the council began keeping records in 2015. The previous highest was £15,500, imposed on a landlord in the Fenmarket area in 2022.</p>

<p>The case is part of a wider increase in enforcement activity. The council's figures for recent years are:</p>

<table>
<thead>
<tr><th>Year</th><th>Complaints about private rented homes</th><th>Inspections</th><th>Prosecutions</th><th>Civil penalties issued</th></tr>
</thead>
<tbody>
<tr><td>2022–23</td><td>1,214</td><td>688</td><td>3</td><td>17</td></tr>
<tr><td>2023–24</td><td>1,386</td><td>742</td><td>4</td><td>29</td></tr>
<tr><td>2024–25 (to end of February)</td><td>1,471</td><td>803</td><td>9</td><td>41</td></tr>
</tbody>
</table>

<p>Kelsworth currently has 2,340 licensed houses in multiple occupation (HMOs). The council estimates that a further 400 HMOs in the city are operating without the licence they require, most of them in the Brackley, Fenmarket and St Aldwyn wards close to the University of Kelsworth campus.</p>

<h2>Advice for students</h2>

<p>The council is working with Kelsworth University Students' Union ahead of the house-hunting season, which typically begins in November. Students are encouraged to:</p>
<ul>
<li>check the council's public register of licensed HMOs before signing a tenancy;</li>
<li>ask the landlord for a current gas safety certificate and electrical installation condition report;</li>
<li>test smoke alarms on the day they move in;</li>
<li>report concerns to the private sector housing team on 01632 960 418 or at housing.standards@kelsworth.gov.example.</li>
</ul>

<p>Jamal Osei, welfare officer at Kelsworth University Students' Union, said: "Too many students assume that cold, damp and unsafe is just what student housing is like. It is not, and this case shows the council will act."</p>

<h2>Notes to editors</h2>
<ol>
<li>Under the Housing Act 2004, a house occupied by five or more people forming more than one household requires a mandatory HMO licence.</li>
<li>Mr Ormerod has 56 days to pay. He submitted a licence application for the property on 20 February 2025, which is being assessed.</li>
<li>Tenants of an unlicensed HMO may apply to the First-tier Tribunal (Property Chamber) for a rent repayment order.</li>
</ol>
</main>
<footer>
<p>Media enquiries: Kelsworth City Council communications team, 01632 960 100.</p>
</footer>
</body>
</html>
`;

/** h527: sources/incident_log_calderbrook_14jan2025.txt, whole. */
const POWER_CUT_LOG = `WEXLEY AND HARROWDALE HOSPITALS NHS FOUNDATION TRUST
CALDERBROOK GENERAL HOSPITAL - SITE OPERATIONS INCIDENT LOG

Incident reference: WHH-INC-2025-0117
Incident type: Loss of mains electrical supply (whole site)
Log opened by: Karen Tilsley, duty site manager
Status: CLOSED (stood down Wednesday 15 January 2025, 16:00)

------------------------------------------------------------------
TUESDAY 14 JANUARY 2025
------------------------------------------------------------------

09:47  Estates control room reports total loss of mains supply to the
       whole site. Generators A and C started automatically and took
       load within 14 seconds. Generator B did not close onto the
       switchboard. Linden Wing (main theatres, Theatres 1-8) and the
       Sterile Services Department (SSD) without mains or generator
       supply. Theatre anaesthetic machines and monitors running on
       uninterruptible power supply (UPS), battery rated 30 minutes.
       Emergency lighting operating.

09:49  Sister Bethan Crowe, theatre coordinator, reports five theatres
       in use:
         Theatre 2 - laparoscopic cholecystectomy, closing
         Theatre 4 - total hip replacement, mid-procedure
         Theatre 5 - hernia repair, patient in anaesthetic room, not
                     yet anaesthetised
         Theatre 6 - cataract list, between patients
         Theatre 7 - TURP, patient on table, not yet started
       Theatre 5 and Theatre 7 patients returned to ward.

09:52  Internal critical incident declared by Karen Tilsley (KT).
       Chief operating officer Marcus Pellow informed by phone.

09:55  Liam Forster, estates shift engineer, attends generator house.
       Generator B running but automatic mains failure (AMF) panel
       showing control relay fault. Breaker will not close.

10:04  Theatre 4: Mr Adebayo Quist, consultant orthopaedic surgeon, and
       Dr Fiona Marsh, consultant anaesthetist, continuing procedure
       on UPS and battery-powered equipment with portable lighting.
       Patient stable.

10:10  LF transfers Linden Wing load manually to Generator C via bus
       coupler. Power restored to Theatres 1-8 (23 minutes after loss
       of supply). SSD remains off supply pending load check.

10:10  All remaining morning elective lists suspended. No further
       patients to be anaesthetised until reviewed.

10:20  SSD manager Paul Enwright reports two washer-disinfectors and
       three steam sterilisers stopped mid-cycle. 140 instrument trays
       require full reprocessing.

10:31  Theatre 4 procedure completed. Patient transferred to recovery,
       observations normal.

10:45  Decision call (KT, Sister Crowe, M Pellow): all afternoon
       elective lists cancelled. Emergency theatre (Theatre 9, Beacon
       Wing) unaffected and remains open for emergency cases. A&E open
       throughout on generator supply.

11:30  Midshire Power Networks confirm fault on 11kV underground cable
       feeding Fenmoor Road substation. Approx 2,300 properties in
       Wexley affected. Estimated restoration 13:00.

12:05  SSD reconnected to Generator C.

13:12  Mains supply restored by Midshire Power Networks.

13:40  Site transferred back to mains after estates checks. Generator B
       isolated and tagged out of service.

15:30  SSD update: 2 of 3 steam sterilisers returned to service.
       Steriliser 3 failed validation test and is out of use.
       Throughput reduced by about a third. Backlog cannot be cleared
       overnight.

16:15  TUESDAY TOTAL: 38 elective operations cancelled.
         Patients already admitted at time of cancellation: 29
         Patients not yet arrived (telephoned): 9

17:30  Decision (KT, M Pellow): Wednesday morning lists to be reviewed
       at 07:30 against available instrument sets.

------------------------------------------------------------------
WEDNESDAY 15 JANUARY 2025
------------------------------------------------------------------

07:30  Duty site manager Dev Kapoor takes over log. SSD backlog: 62
       trays outstanding. Shortage of orthopaedic and ENT sets.

08:00  23 elective operations cancelled for Wednesday due to shortage
       of sterile instrument sets. Patients contacted by phone before
       arrival where possible; 6 had already arrived.

11:00  Contractor (Harrowgate Power Services) on site to inspect
       Generator B AMF panel.

14:20  SSD backlog cleared.

16:00  Critical incident stood down by Dev Kapoor.
       TWO-DAY TOTAL: 61 elective operations cancelled.

Datix incident report raised for Theatre 4 patient: graded NO HARM.
`;

/** h515: sources/force_statement.html, whole. */
const FORCE_STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Statement: Policing Performance Inspectorate report on 999 call handling | Aldmoor Police</title>
</head>
<body>
<header>
  <p>Aldmoor Police &ndash; News and appeals</p>
</header>
<main>
<article>
<h1>Statement from Chief Constable Sarah Lindqvist on the inspectorate's 999 call handling report</h1>
<p class="date">Published: Tuesday 8 October 2024, 9.30am</p>

<p>Aldmoor Police has responded to the Policing Performance Inspectorate's report on how the force answers emergency calls, which was published today.</p>

<p>Chief Constable Sarah Lindqvist said:</p>

<blockquote>
<p>"I accept the inspectorate's findings in full. Too many people in Aldmoor have waited too long for us to answer when they have dialled 999, and I am sorry. Our call handlers work incredibly hard under real pressure, and the failings identified in this report are failings of planning, not of the people on the phones."</p>
<p>"We have already taken action. Performance in September was better than in any month since March, and we will keep going until we meet the national standard every month."</p>
</blockquote>

<h2>What we have done since the inspection</h2>
<ul>
  <li>Appointed Assistant Chief Constable Joanna Pryce to lead a new Contact Improvement Programme, reporting directly to the chief constable.</li>
  <li>Moved 12 trained officers on restricted duties into the Force Contact Centre to support call handling at peak times.</li>
  <li>Changed shift patterns so that the largest number of call handlers are on duty between 6pm and 2am on Fridays and Saturdays.</li>
  <li>Opened recruitment for 44 call handlers, the largest single campaign in the force's history. More than 600 applications have been received.</li>
  <li>Begun calling back every person who abandons a 999 call, from Monday 7 October 2024.</li>
</ul>

<h2>Performance in September 2024</h2>
<table>
  <thead>
    <tr><th>Measure</th><th>August 2024</th><th>September 2024</th></tr>
  </thead>
  <tbody>
    <tr><td>999 calls received</td><td>25,310</td><td>23,870</td></tr>
    <tr><td>Answered within 10 seconds</td><td>66.9%</td><td>78.6%</td></tr>
    <tr><td>Average time to answer</td><td>23 seconds</td><td>13 seconds</td></tr>
    <tr><td>Calls abandoned before answer</td><td>4.6%</td><td>2.7%</td></tr>
  </tbody>
</table>

<p>Assistant Chief Constable Joanna Pryce said: "August was our worst month. September shows that the changes we are making are starting to work, but we are not complacent. One month is not a trend."</p>

<h2>Advice to the public</h2>
<p>If you call 999 and your call is not answered immediately, please stay on the line. Hanging up and calling again puts you back at the start of the queue. For non-emergencies, please use the online reporting service at aldmoor.police.example/report or call 101.</p>

<p>The force will publish its improvement plan, as required by the inspectorate, by 8 January 2025.</p>

<footer>
<p>Ends. Media enquiries: Aldmoor Police Corporate Communications, press.office@aldmoor.police.example, 01632 960 415.</p>
</footer>
</article>
</main>
</body>
</html>
`;

describe('multiples, parts and comparisons, with the product\'s word vectors', () => {
  withProductWordVectors();
  const conflictsOf = (r: ReturnType<ReturnType<typeof judgeWith>>) => r.conflicts.map((c) => [c.claim, c.source]);

  test('a multiple compares the claim\'s figure with the other; a total is no rival of its parts', async () => {
    const sats = judgeWith(await workspaceIndex({ 'sources/council_press_release.html': SATS_RELEASE }));
    const seven = sats('That is an average of 4.2 altered answers per script, roughly seven times the rate found in scripts sampled from 12 other Calderwick primary schools.');
    assert.notEqual(seven.verdict, 'contradicted', why(seven));
    const three = sats('That is an average of 4.2 altered answers per script, roughly three times the rate found in scripts sampled from 12 other Calderwick primary schools.');
    assert.equal(three.verdict, 'contradicted', why(three));
    const market = judgeWith(await workspaceIndex({ 'sources/council_press_release_2025-10-15.html': MARKET_RELEASE, 'sources/pr_committee_minutes_2025-10-14.md': MARKET_MINUTES }));
    const income = market("Priya Bhandari, the council's responsible financial officer, told the meeting that stall fees and sponsorship were expected to bring in £40,000, leaving a shortfall of £56,700.");
    assert.equal(income.verdict, 'supported', why(income));
    assert.deepEqual(extractValues("more than double last year's £9,800").find((v) => v.unit === 'times')?.bound, 'atLeast');
    const double = market("Stewarding was projected to cost £21,600, more than double last year's £9,800.");
    assert.equal(double.verdict, 'supported', why(double));
    const exactly = market("Stewarding was projected to cost £21,600, double last year's £9,800.");
    assert.deepEqual(conflictsOf(exactly), [['double', 'more than double']]);
  });

  test('a figure the claim gives too is no other time\'s; an adverb whose word the source has is no swapped word', async () => {
    const turbine = judgeWith(await workspaceIndex({ 'sources/investigation_summary.md': TURBINE_INVESTIGATION }));
    const blades = turbine("The investigators found no trailing-edge bond-line damage on the site's other 11 blades, though two showed minor leading-edge erosion.");
    assert.equal(blades.verdict, 'supported', why(blades));
    const housing = judgeWith(await workspaceIndex({ 'sources/council_press_release.html': HMO_RELEASE }));
    const mostly = housing('Kelsworth has 2,340 licensed HMOs, and the council estimates a further 400 are operating without a licence, mostly in the Brackley, Fenmarket and St Aldwyn wards.');
    assert.equal(mostly.verdict, 'supported', why(mostly));
    const more = housing('Kelsworth has 2,340 licensed HMOs, and the council estimates a further 500 are operating without a licence, mostly in the Brackley, Fenmarket and St Aldwyn wards.');
    assert.deepEqual(conflictsOf(more), [['500', '400']]);
  });

  test('"SSD manager" is the sterile services manager; a log\'s time is no word of a post', async () => {
    const log = judgeWith(await workspaceIndex({ 'sources/incident_log_calderbrook_14jan2025.txt': POWER_CUT_LOG }));
    const sterile = log('Sterile services manager Paul Enwright reported that two washer-disinfectors and three steam sterilisers had stopped mid-cycle, leaving 140 instrument trays needing full reprocessing.');
    assert.notEqual(sterile.verdict, 'contradicted', why(sterile));
    const theatre = log('Theatre manager Paul Enwright reported that two washer-disinfectors and three steam sterilisers had stopped mid-cycle, leaving 140 instrument trays needing full reprocessing.');
    assert.deepEqual(conflictsOf(theatre), [['Theatre manager', 'SSD manager']]);
  });

  test("a comparison or a move of the claim's own two figures that they disprove", async () => {
    const police = judgeWith(await workspaceIndex({ 'sources/force_statement.html': FORCE_STATEMENT, 'sources/inspectorate_report_summary.md': INSPECTORATE_SUMMARY }));
    const fenmarsh = (word: string) => police(`Neighbouring Fenmarsh Constabulary, which serves a population of a similar size, answered 88.9 per cent of 999 calls within 10 seconds, just ${word} the 39-force average of 86.0 per cent.`);
    const below = fenmarsh('below');
    assert.equal(below.verdict, 'contradicted', why(below));
    assert.deepEqual(below.conflicts.map((c) => [c.claim, c.source, c.note]), [['below', 'above', '88.9 per cent is more than 86.0 per cent']]);
    assert.equal(fenmarsh('above').verdict, 'supported', why(fenmarsh('above')));
    const rose = police('The number of 999 calls received also rose, from 25,310 in August to 23,870 in September.');
    assert.deepEqual(conflictsOf(rose), [['rose', 'fell']]);
    assert.equal(police('The number of 999 calls received fell, from 25,310 in August to 23,870 in September.').verdict, 'supported');
    const turbine = judgeWith(await workspaceIndex({ 'sources/investigation_summary.md': TURBINE_INVESTIGATION }));
    const wind = turbine("Wind at hub height averaged 21.6 metres per second at the time, above the turbine's cut-out threshold of 25 metres per second.");
    assert.deepEqual(conflictsOf(wind), [['above', 'below']]);
    const parish = judgeWith(await workspaceIndex({ 'sources/parish_council_transcript.txt': PARISH_MEETING }));
    const precept = parish("That worst case of up to £40,000 would be well above the council's annual precept of £41,200 for 2024/25.");
    assert.deepEqual(conflictsOf(precept), [['above', 'below']]);
    const close = parish("That worst case of up to £40,000 would be close to the council's annual precept of £41,200 for 2024/25.");
    assert.notEqual(close.verdict, 'contradicted', why(close));
  });
});
