/**
 * The forty-fifth round, second part: faithful sentences of the first two batches (h512–h523, written against
 * 7570fea) flagged as errors, in posts, rows and places. A post as a transcript's label with its holder in brackets
 * ("CLERK (Anne Pardoe): …") is that person; a chairman is the chair; a post "for the South West" is of the body its
 * possessive names; a figure is not another row's where the claim names its own row by the words the other lacks, or
 * names the row's person ("(Cllr G. Pennock)"); a log's indented line starts another label; two moves one after the
 * other ("from £12 to £20" / "from £20 to £26") are no move read backwards; a compass point goes with its distance;
 * a post that speaks after a named member takes the "he" that follows; a paragraph's source does not take a claim
 * that another document states figure for figure. The fixtures are the helpers' sources, whole; the people, bodies
 * and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePlainTranscript } from '../../../server/src/core/sources/transcript';
import { INSPECTORATE_SUMMARY, PANEL_MINUTES, PARISH_MEETING } from './helperSources45';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h521: sources/inspector_decision_summary.md, whole. */
const INSPECTOR_DECISION = `# Appeal Decision — Summary

**Inquiry held on 10, 11 and 12 September 2024**
**Accompanied site visit made on Friday 13 September 2024**
**by Helen Marchbank BA(Hons) MRTPI, an Inspector appointed by the Secretary of State**
**Decision date: Monday 4 November 2024**

**Appeal Ref: APP/K4410/W/24/3339172**
**Land at Cressing Moor Farm, Kedlow Road, Upper Kedlow**

- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a refusal to grant planning permission.
- The appeal is made by Brightfield Renewables Ltd against the decision of North Valebrook District Council.
- The application, ref NV/23/0614/FUL, dated Tuesday 6 June 2023, was refused by notice dated Friday 17 November 2023, following a resolution of the council's planning committee on Tuesday 14 November 2023.
- The development proposed is the installation of a ground-mounted solar photovoltaic farm with a generating capacity of up to 49.9 MW, with battery-free inverter stations, substation, deer fencing, CCTV, access tracks, landscaping and biodiversity enhancements, for a temporary period of 40 years.

## Decision

1. The appeal is allowed and planning permission is granted, subject to the 26 conditions set out in the schedule to the full decision.

## Applications for costs

2. An application for a full award of costs was made by Brightfield Renewables Ltd against North Valebrook District Council. A **partial award** of costs is made, limited to the expense incurred by the appellant in preparing evidence on heritage matters. The application for a full award is refused.

## Background

3. The appeal site extends to 84 hectares of arable and pasture land on both sides of Kedlow Road, about 1.1 km south-east of the village of Upper Kedlow. The landowner, Mr Peter Haskell, farms the land as part of a 260-hectare mixed holding. The scheme shown at pre-application consultation in 2022 covered 112 hectares; it was reduced before the application was submitted.

4. Of the 84 hectares, panels and associated infrastructure would be enclosed within 61 hectares of fenced area. The remaining 23 hectares would be used for wildflower meadow, buffer planting, a community orchard and a 15-metre-wide corridor along public footpath UK12, which crosses the site from north to south.

5. The proposal would include approximately 108,000 panels on fixed frames with a maximum height of 3.0 metres above ground level. The appellant intends that sheep grazing would continue beneath and between the panel rows.

6. Officers recommended approval. Members refused the application by 7 votes to 4, giving three reasons: (1) loss of best and most versatile (BMV) agricultural land; (2) harm to the character and appearance of the landscape; (3) harm to the setting of designated heritage assets. The council withdrew reason (3) by letter dated Tuesday 27 August 2024, two weeks before the inquiry opened.

7. At application stage the council received 387 letters of objection and 112 letters of support. Upper Kedlow Parish Council objected; the residents' group Save Kedlow Fields appeared at the inquiry as a Rule 6 party.

## Main issues

8. The main issues are (a) the effect on BMV agricultural land; (b) the effect on the character and appearance of the area; (c) the effect on the setting of heritage assets; and (d) whether any harm is outweighed by the benefits.

## Agricultural land

9. The appellant's Agricultural Land Classification survey was based on 96 auger borings and 8 soil pits. It found 19.3 hectares of Grade 3a land (23% of the site) and 64.7 hectares of Grade 3b land. No Grade 1 or Grade 2 land was found. The council's consultant, relying on 22 borings and published provisional maps, estimated that 31.5 hectares (37.5%) was BMV.

10. I prefer the appellant's evidence, which is considerably more detailed. The land would not be lost permanently: it would remain in agricultural use through grazing and would be returned to full arable use at the end of the 40-year period. "The temporary and reversible nature of the development, together with continued grazing, means that the harm to BMV land is limited, and I give it moderate weight."

## Landscape and visual effects

11. The site lies in the Kedlow Vale local landscape character area, which is not covered by any national or local landscape designation. I agree with both landscape witnesses that effects on the wider character area would be "moderate adverse" in the first years, reducing to "minor adverse" by year 10 once 2.1 kilometres of new hedgerow and 4.6 hectares of woodland belts have matured.

12. The most significant visual harm would be experienced by users of footpath UK12 for a length of about 900 metres. "Walkers would be aware that they were passing through an energy installation, and that experience would persist for the life of the scheme, even with the wide corridor proposed."

## Heritage

13. Although the council withdrew its heritage reason, the Rule 6 party pursued it. The Grade II* listed Church of St Oswin stands 1.2 km north-west of the site and the Grade II listed Kedlow Manor lies 650 metres to the west. I find no harm to the significance of the church. There would be less than substantial harm, at the lower end of that scale, to the setting of Kedlow Manor, through the loss of part of its open agricultural surroundings.

## Benefits and planning balance

14. The scheme would generate enough electricity to meet the annual needs of about 16,500 homes and would avoid an estimated 11,200 tonnes of carbon dioxide emissions each year. The council declared a climate emergency in July 2019 and its own evidence shows that the district generates 14% of its electricity demand from renewable sources, against a target of 50% by 2030.

15. "The scheme would make a significant contribution to the generation of renewable energy, to which I attach substantial weight." The biodiversity net gain of 62% in habitat units and 18% in hedgerow units also attracts significant weight, as it goes well beyond the mandatory 10%.

16. I have not given weight to the community benefit fund offered by the appellant, which is not necessary to make the development acceptable in planning terms.

17. Taking all matters together, the harm to landscape, to BMV land and to the setting of Kedlow Manor is clearly outweighed by the benefits.

## Key conditions

| Condition | Requirement |
|---|---|
| 2 | Permission expires 40 years after first export of electricity; site restored within 12 months after that |
| 9 | Construction period not to exceed 9 months |
| 11 | No more than 40 HGV movements per day (20 in, 20 out) |
| 12 | No HGV movements on Church Lane between 08:15–09:00 and 14:45–15:30 on school days |
| 14 | Construction hours 08:00–18:00 Monday to Friday, 08:00–13:00 Saturday; none on Sundays or bank holidays |
| 19 | Footpath UK12 to remain open throughout construction, with a banksman at crossing points |
| 23 | Landscape and ecological management plan for the 40-year life |

## Costs decision (summary)

18. The council's withdrawal of its heritage reason so late, having had the same evidence since November 2023, was unreasonable behaviour and caused the appellant wasted expense in preparing heritage evidence. The council's reasons on agricultural land and landscape were matters of planning judgement and were adequately substantiated; the council did not act unreasonably in defending them.

*Helen Marchbank, INSPECTOR*
`;

/** h514: sources/grant_announcement.html, whole. */
const GRANT_ANNOUNCEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>£486,700 award to help Allerbrook Valley Railway build its next generation of volunteers | Heritage Lottery Partnership</title>
</head>
<body>
<header>
<p>Heritage Lottery Partnership &ndash; News release</p>
<p>For immediate release: Tuesday 11 March 2025</p>
</header>

<article>
<h1>£486,700 award to help Allerbrook Valley Railway build its next generation of volunteers</h1>

<p>The Allerbrook Valley Railway Trust has been awarded a grant of <strong>£486,700</strong> by the Heritage Lottery Partnership to repair its historic carriage shed at Sallow Mill and to recruit and train a new generation of volunteers, the Partnership announced today (Tuesday 11 March 2025).</p>

<p>The three-year project, called <em>Steam Ahead: Skills for the Next Generation</em>, has a total cost of <strong>£612,400</strong>. The Trust will contribute the remaining <strong>£125,700</strong> from its own reserves and from a public appeal that opens on Saturday 5 April 2025.</p>

<p>The Allerbrook Valley Railway runs for 6.8 miles (10.9 km) between Allerbrook Town station and Penwithy Halt, calling at Coldharbour Junction and Sallow Mill. The line closed to passengers in 1963 and was reopened in stages by volunteers between 1978 and 1991. It is run by the Trust, a registered charity, with the support of the Allerbrook Valley Railway Society, whose members provide almost all of the railway's operating staff.</p>

<h2>What the money will pay for</h2>

<table>
<thead>
<tr><th>Project element</th><th>Cost</th></tr>
</thead>
<tbody>
<tr><td>Re-roofing and structural repair of the Grade II listed Sallow Mill carriage shed (built 1897)</td><td>£214,300</td></tr>
<tr><td>"Volunteer Pathways" training and mentoring programme</td><td>£118,900</td></tr>
<tr><td>Part-time volunteer coordinator (0.6 full-time equivalent, three years)</td><td>£76,500</td></tr>
<tr><td>Accessible toilets and volunteer welfare cabin at Allerbrook Town</td><td>£58,200</td></tr>
<tr><td>Interpretation panels and schools outreach</td><td>£41,600</td></tr>
<tr><td>Evaluation, professional fees and contingency</td><td>£102,900</td></tr>
<tr><td><strong>Total project cost</strong></td><td><strong>£612,400</strong></td></tr>
</tbody>
</table>

<p>The carriage shed, a 92-metre timber-framed building with a slate roof, houses eleven of the railway's fourteen heritage coaches. Its roof has leaked since storms in the winter of 2022&ndash;23 and two coaches have had to be stored in the open, where their varnished teak panelling has deteriorated. Roofing work is due to start on Monday 8 September 2025 and to be completed by Thursday 30 April 2026.</p>

<h2>Targets for new volunteers</h2>

<p>Under the grant agreement the Trust has committed to:</p>
<ul>
<li>recruit 120 new volunteers over the three years, at least 40 of them aged under 30;</li>
<li>train 18 new footplate crew (drivers and firemen) and 30 new guards, signallers and station staff;</li>
<li>run a "taster day" programme with four secondary schools and Allerbrook College;</li>
<li>offer travel bursaries of up to £300 a year to volunteers aged under 25.</li>
</ul>
<p>The project runs until Saturday 30 September 2028.</p>

<h2>Quotes</h2>

<p>Fiona Gallacher, Director for the South West at the Heritage Lottery Partnership, said: "Heritage railways are only as strong as the people who keep them running. This award is as much about people as it is about slate and timber. We were impressed by how honestly the Trust set out the challenge it faces, and by its plan to open the railway up to people who have never thought of volunteering on one."</p>

<p>Roger Pendry, Chair of Trustees of the Allerbrook Valley Railway Trust, said: "This is the best news the railway has had in a decade. For the first time we will have someone whose whole job is looking after our volunteers, and a proper roof over our coaches. The shed is a wonderful building, but we cannot run a railway on goodwill and buckets."</p>

<p>Councillor Hamid Rezaei, cabinet member for culture and tourism at Westmarch County Council, said: "The railway brings tens of thousands of visitors into the valley every year. We are delighted to see this investment and will be working with the Trust on the schools programme."</p>

<h2>Notes to editors</h2>
<ol>
<li>The Heritage Lottery Partnership distributes money raised by players of the People's Heritage Lottery to projects that protect and share the heritage of the UK. Since 2001 it has awarded more than £1.1 billion to over 9,000 projects.</li>
<li>This grant was approved at the Partnership's South West committee meeting on Wednesday 26 February 2025.</li>
<li>The Trust first applied in 2023 and received development funding of £38,400 in January 2024 to prepare its full bid. That development grant is not included in the £486,700 figure.</li>
<li>Media contact: Partnership press office, South West region.</li>
</ol>
</article>
</body>
</html>
`;

/** h517: sources/council_statement.html, whole. */
const EXPENSES_STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Statement following Standards Committee decision – Eastmoor District Council</title>
</head>
<body>
<header>
  <p>Eastmoor District Council · News and press releases</p>
</header>
<article>
<h1>Council statement following Standards Committee decision on councillor expenses</h1>
<p class="date">Published: Friday 24 January 2025</p>

<p>Eastmoor District Council's Standards Committee has today published its decision notice following a hearing on Tuesday 21 January 2025 into a complaint about expenses claimed by Councillor Gareth Pennock, member for Kelsford North.</p>

<p>The hearing panel found that Councillor Pennock breached the Members' Code of Conduct in relation to mileage and overnight accommodation claims made in 2022-23 and 2023-24, and that his conduct brought the office of councillor into disrepute. A fourth allegation, concerning meal allowances, was not upheld.</p>

<p>Councillor Pennock has been formally censured and asked to repay £1,988.15. The panel will also recommend to the meeting of full Council on Wednesday 26 February 2025 that he be removed from the Planning Committee for six months.</p>

<h2>Statement from the Chief Executive</h2>

<p>Lorraine Okafor, Chief Executive of Eastmoor District Council, said:</p>

<blockquote>"Residents are entitled to expect that every pound claimed by their councillors is claimed correctly. The Standards Committee has looked at this case carefully and fairly, and I thank the panel, the Independent Person and the investigating officer for their work. The council accepts the panel's recommendation in full, and our internal audit team will now review every member's mileage claims for the last two financial years."</blockquote>

<h2>Statement from the Leader of the Council</h2>

<p>Councillor Stephen Hallam, Leader of Eastmoor District Council, said:</p>

<blockquote>"This has been a difficult process for everyone involved, but it shows that our standards system works. Nobody is above the rules. I want residents to know that the overwhelming majority of our councillors claim modest amounts, and many claim nothing at all."</blockquote>

<h2>Member mileage claims, 2023-24</h2>

<p>The table below is taken from the council's published statement of members' allowances for 2023-24. Of the council's 44 members, 39 claimed mileage during the year.</p>

<table>
  <thead>
    <tr><th>Measure</th><th>2022-23</th><th>2023-24</th></tr>
  </thead>
  <tbody>
    <tr><td>Members claiming mileage</td><td>37</td><td>39</td></tr>
    <tr><td>Total mileage paid to members</td><td>£17,612.55</td><td>£19,449.30</td></tr>
    <tr><td>Average per claiming member</td><td>£476.01</td><td>£498.70</td></tr>
    <tr><td>Highest individual claim (Cllr G. Pennock)</td><td>£1,620.90</td><td>£2,614.50</td></tr>
    <tr><td>Second-highest individual claim (Cllr A. Moss, Moorside ward)</td><td>£1,302.75</td><td>£1,241.10</td></tr>
  </tbody>
</table>

<p>In 2023-24 Councillor Pennock's mileage claims were more than five times the average for members who claimed mileage, and more than twice those of the second-highest claimant, Councillor Anita Moss, whose Moorside ward is the largest and most rural in the district. Kelsford North ward lies about 4 miles from Eastmoor Civic Centre.</p>

<h2>Cost of the investigation</h2>

<p>The independent investigation by Thorncliffe Governance Partners cost £14,600. In addition, the council estimates that officer time spent on the complaint, including the hearing, amounted to about 62 hours.</p>

<h2>Changes to the expenses system</h2>

<p>The council will introduce the following changes from Tuesday 1 April 2025:</p>

<ul>
  <li>every mileage claim must be accompanied by a journey log giving the start and finish postcodes and the purpose of the journey;</li>
  <li>claims must be submitted within 60 days of the journey, instead of the current 90 days;</li>
  <li>members' services officers will check claims against meeting attendance records, including online attendance logs, before payment;</li>
  <li>overnight accommodation must be approved in advance by the Monitoring Officer.</li>
</ul>

<p>The scope of the internal audit review will be reported to the Audit and Governance Committee on Tuesday 25 February 2025.</p>

<h2>Councillor Pennock's response</h2>

<p>Councillor Pennock has confirmed to the council that he will repay the sum in full before the deadline of Friday 28 February 2025. In a statement issued through the Eastmoor Independents group, he said: "I have accepted the panel's findings and I apologise to the people of Kelsford North. My paperwork was not good enough and I should have been more careful."</p>

<h2>Notes to editors</h2>

<ul>
  <li>The full decision notice, reference SC/2024/07, is available on the council's website.</li>
  <li>The Standards Committee cannot suspend or disqualify a councillor. The available sanctions include censure, publication of findings, removal from committees and a requirement to undertake training.</li>
  <li>Members' mileage is paid at 45p per mile, in line with HMRC approved mileage allowance payments.</li>
  <li>Media enquiries: communications@eastmoor.gov.example, 01632 960 418.</li>
</ul>
</article>
</body>
</html>
`;

/** h513: sources/brackenmoor_site_incident_log.txt, whole. */
const FIRE_LOG = `CORVANE WASTE SERVICES LTD
Brackenmoor Materials Recovery Facility, Ferris Road, Holtby HB4 7QT
SITE INCIDENT LOG
Log reference: CWS-BRK-2024-017
Incident: Fire, Bay 3 (baled plastics storage) spreading to Bay 4 (paper and card)
Log kept by: Rachel Quinn, Site Duty Manager (entries from 03:40 Tuesday onwards); earlier entries transcribed from security log of Glen Parfitt, Night Security Officer
Log closed by: Helen Marchbanks, Operations Director, Corvane Waste Services Ltd

------------------------------------------------------------
TUESDAY 9 JULY 2024
------------------------------------------------------------
02:44  Thermal imaging camera TC-2 (covering Bay 3) raises high-temperature alarm at security office. Reading on screen 212 degrees C at north-east corner of plastics stack.
02:47  G. Parfitt (Night Security Officer) goes to Bay 3 and sees smoke and flame at the top of the stack, approx. 4 bales high.
02:49  G. Parfitt makes 999 call to fire service. Site fire alarm activated.
02:52  R. Quinn (Site Duty Manager) notified by phone at home.
03:01  First fire engine arrives from Holtby fire station (Northmoor Fire and Rescue Service).
03:08  All 3 night-shift staff and G. Parfitt assembled at muster point B (main gate). All accounted for. No injuries.
03:15  Fire spreads across 6-metre gap to Bay 4 (mixed paper and cardboard). Fire service incident commander requests 6 fire engines.
03:40  R. Quinn arrives on site and takes over log. Gas supply to welfare block isolated.
04:30  Fire service increases attendance to 10 fire engines. Aerial ladder platform arrives from Marlow Cross fire station.
05:10  R. Quinn phones Aldwater Environment Board (AEB) duty officer: risk of firewater run-off reaching Sedge Brook through site surface water outfall.
05:35  Site surface water outfall valve closed by R. Quinn on fire service instruction.
06:00  H. Marchbanks (Operations Director) arrives on site.
06:15  Holtby Borough Council posts advice on social media for residents to keep windows and doors closed (per council liaison officer).
07:20  Holtby Borough Council environmental health team installs mobile air quality monitor at Calder Rise (approx. 700 metres north-east of site, downwind).
08:00  Day shift (42 staff) stood down on full pay. Site closed to all deliveries. Holtby Borough Council collection rounds diverted to Kestow transfer station.
09:30  First estimate of material involved (H. Marchbanks, from weighbridge and stock records):
         Bay 3  baled mixed plastics       approx. 1,150 tonnes
         Bay 4  paper and cardboard        approx.   300 tonnes
         TOTAL                             approx. 1,450 tonnes
       Bay 3 footprint 60 m x 40 m. Stack height up to 4 bales (approx. 4.8 m).
11:00  Two 30-tonne long-reach excavators on site (hired from Pennock Plant Hire) to pull apart bales for fire service.
14:00  AEB contractors place pollution booms on Sedge Brook downstream of outfall, at Mill Lane footbridge.
17:45  Fire service reports no further spread. Approx. 15% of material pulled out and extinguished.

------------------------------------------------------------
WEDNESDAY 10 JULY 2024
------------------------------------------------------------
06:00  Fire service reduces attendance to 6 fire engines.
07:00  Council liaison reports highest reading so far at Calder Rise monitor: PM2.5 hourly mean 148 micrograms per cubic metre.
08:10  Head teacher of Calder Rise Primary School (Mrs L. Okafor) informs council school will close for the day.
10:00  Leaflets (window and doors advice, helpline number) delivered door to door by council staff; council reports approx. 1,800 homes covered.
16:00  Approx. 60% of burning material separated and extinguished.
21:00  Wind direction changes to westerly. Smoke now drifting towards Westfield estate.

------------------------------------------------------------
THURSDAY 11 JULY 2024
------------------------------------------------------------
08:00  Calder Rise Primary School reopens.
12:00  Approx. 85% of material separated and extinguished.
18:30  Fire service declares fire under control. 4 fire engines remain for damping down.

------------------------------------------------------------
FRIDAY 12 JULY 2024
------------------------------------------------------------
10:00  Council liaison reports 236 complaints about smoke and odour received by Holtby Borough Council since Tuesday morning.
15:00  Fire service reduces to 2 fire engines.

------------------------------------------------------------
MONDAY 15 JULY 2024
------------------------------------------------------------
12:00  Fire service hands site back to Corvane. Damping down complete. Fire service estimates total water used at 4.6 million litres.
14:30  Burnt material: approx. 1,100 tonnes of fire-damaged waste awaiting removal to Lyndon Moss landfill (licensed). Removal expected to take approx. 3 weeks.

------------------------------------------------------------
TUESDAY 16 JULY 2024
------------------------------------------------------------
07:00  Site partially reopens at approx. 50% capacity, accepting Holtby Borough Council kerbside collections only. Bays 3 and 4 cordoned off.
07:00  Day shift returns (42 staff).

------------------------------------------------------------
NOTES
------------------------------------------------------------
- Previous fire at this site: Thursday 16 March 2023, Bay 3, approx. 80 tonnes of baled plastics, extinguished in approx. 6 hours. Log ref CWS-BRK-2023-004.
- Environmental permit storage limit for the whole site: 1,500 tonnes of combustible waste at any one time. Stock of combustible waste on site at 02:44 on 9 July: approx. 1,450 tonnes in Bays 3 and 4, plus approx. 20 tonnes in the reception hall.
- Thermal camera TC-2 was the only thermal camera covering Bay 3.

Log closed 16 July 2024, 17:00. H. Marchbanks.
`;

/** h518: sources/trust_press_release_parking.html, whole. */
const PARKING_RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Trust revises staff parking changes after listening to colleagues | Ashcombe and Tarnley Hospitals NHS Foundation Trust</title>
</head>
<body>
<header>
  <p>Ashcombe and Tarnley Hospitals NHS Foundation Trust</p>
  <p>Communications Team &middot; Ashcombe Royal Infirmary &middot; Infirmary Road &middot; Ashcombe</p>
</header>
<main>
<article>
  <p><strong>PRESS RELEASE &ndash; FOR IMMEDIATE RELEASE</strong></p>
  <p><time datetime="2025-03-28">Friday 28 March 2025</time></p>

  <h1>Trust revises staff parking changes after listening to colleagues</h1>

  <p>Ashcombe and Tarnley Hospitals NHS Foundation Trust has today confirmed changes to the new car parking charges for staff, following feedback from colleagues and from the Health and Care Workers' Union (HCWU).</p>

  <p>The trust board approved increases to staff permit charges and public tariffs on Thursday 6 March 2025, to address a forecast deficit of &pound;630,000 in the car parking service in 2024/25. After a series of meetings with staff representatives, the executive team has agreed the following revisions to the staff charges:</p>

  <ul>
    <li><strong>Bands 1&ndash;4:</strong> the monthly permit charge will rise from &pound;12 to &pound;15 from Tuesday 1 April 2025, instead of to &pound;20 as originally approved.</li>
    <li><strong>Bands 5&ndash;7:</strong> the increase will be phased. The charge will rise from &pound;20 to &pound;26 from Tuesday 1 April 2025, and to &pound;32 from Wednesday 1 October 2025.</li>
    <li><strong>Band 8a and above, and medical staff:</strong> the charge will rise from &pound;32 to &pound;48 from Tuesday 1 April 2025, as originally approved.</li>
    <li><strong>Evening and night working:</strong> free parking for staff working late and night shifts will now begin at 6pm rather than 7pm, continuing until 7am.</li>
    <li><strong>Staff hardship fund:</strong> a &pound;50,000 fund will be set up for staff who are experiencing financial difficulty with travel and parking costs. Staff can apply through the Health and Wellbeing Hub from Friday 4 April 2025.</li>
  </ul>

  <p>The changes to public tariffs approved by the board will go ahead from Tuesday 1 April 2025. The first 30 minutes of parking remain free for patients and visitors, and all existing exemptions, including for Blue Badge holders and for patients attending for chemotherapy, radiotherapy or renal dialysis, are unchanged.</p>

  <p>With the revisions, the changes are now expected to raise additional income of &pound;596,000 in 2025/26.</p>

  <p>Dr Alan Whitfield, Chief Executive of Ashcombe and Tarnley Hospitals NHS Foundation Trust, said:</p>
  <blockquote>
    <p>&ldquo;We have listened carefully to our colleagues, and we recognise that the original proposals asked too much of our lowest-paid staff, too quickly. I would like to thank everyone who took the time to tell us how the changes would affect them.&rdquo;</p>
  </blockquote>

  <p>Rachel Okonkwo-Hale, Chief Finance Officer, said:</p>
  <blockquote>
    <p>&ldquo;Every pound raised from parking is spent on parking, and these changes are needed to keep our car parks safe and open. We still face significant costs, including repairs to the Brookside multi-storey, but we have found a way to spread the burden more fairly.&rdquo;</p>
  </blockquote>

  <p>As agreed by the board, the charges will be reviewed in October 2025, six months after they take effect. HCWU representatives have been invited to join the trust's car parking working group, which will oversee the review.</p>

  <h2>Notes to editors</h2>
  <ol>
    <li>Staff held a lunchtime protest outside the main entrance of Ashcombe Royal Infirmary on Thursday 27 March 2025. The trust estimates that around 250 staff attended; the HCWU has estimated attendance at around 400. The trust confirms that no services were disrupted.</li>
    <li>The trust employs 6,840 staff across Ashcombe Royal Infirmary and Tarnley Community Hospital and has 2,960 parking spaces across the two sites.</li>
    <li>The West Field car park at Ashcombe Royal Infirmary will close from Monday 2 June 2025 for construction of the Community Diagnostic Centre. A free park-and-ride service for staff will run from Tarnley Road Retail Park.</li>
    <li>For media enquiries contact the Communications Team on 01632 960 418 or comms@ashcombetarnley.example.nhs.uk.</li>
  </ol>
</article>
</main>
<footer>
  <p>&copy; Ashcombe and Tarnley Hospitals NHS Foundation Trust 2025</p>
</footer>
</body>
</html>
`;

/** h518: sources/board_paper_car_parking.md, whole. */
const PARKING_BOARD_PAPER = `# Ashcombe and Tarnley Hospitals NHS Foundation Trust

## Board of Directors meeting held in public — Thursday 6 March 2025

### Agenda item 11: Car parking charges 2025/26

| | |
|---|---|
| Paper reference | TB/25/031 |
| Author | Graham Pettifer, Director of Estates and Facilities |
| Executive sponsor | Rachel Okonkwo-Hale, Chief Finance Officer |
| Purpose | For decision |
| Previously considered by | Finance and Performance Committee, Wednesday 19 February 2025 |

---

### 1. Summary

1.1 The trust's car parking service is forecast to run at a deficit of £630,000 in 2024/25, with operating costs of £2.94m against income of £2.31m. Car parking charges at the trust have not been increased since Friday 1 April 2022.

1.2 This paper proposes a banded increase in staff permit charges and an increase in public tariffs, both taking effect from Tuesday 1 April 2025. In a full year the proposals are expected to generate additional income of £742,000.

1.3 The main cost pressures are rising security and enforcement costs, the renewal of the automatic number plate recognition (ANPR) camera contract, higher business rates on the car parks, and structural repairs at the Brookside multi-storey car park.

### 2. Background

2.1 The trust operates 2,960 parking spaces across its two sites: 2,310 at Ashcombe Royal Infirmary and 650 at Tarnley Community Hospital. Of these, 1,650 spaces are allocated to staff permit holders.

2.2 As at Friday 28 February 2025, 3,912 of the trust's 6,840 employees held a parking permit, and 487 staff were on the waiting list for a permit.

2.3 A structural survey of the Brookside multi-storey car park (780 spaces) by Fenwick Lowe Associates, reported in January 2025, found that the Level 3 deck requires concrete repairs. The repairs are estimated to cost £1.4m over two years.

2.4 The West Field surface car park at Ashcombe Royal Infirmary (210 spaces) will close from Monday 2 June 2025 to allow construction of the new Community Diagnostic Centre. A temporary park-and-ride service from Tarnley Road Retail Park, with 300 spaces, will operate during construction at no cost to staff.

### 3. Options considered

- **Option A — no change.** The deficit is forecast to grow to £810,000 in 2025/26. Not recommended.
- **Option B — flat increase of 10 per cent on all charges.** Would raise approximately £190,000 a year and would not close the gap. Not recommended.
- **Option C — banded increase for staff and revised public tariffs.** Raises £742,000 in a full year. Recommended.

### 4. Proposed charges (Option C)

**Table 1: Staff permit charges (monthly, deducted from salary)**

| Agenda for Change pay band | Current | Proposed | Change |
|---|---|---|---|
| Bands 1–4 | £12.00 | £20.00 | +£8.00 (67%) |
| Bands 5–7 | £20.00 | £32.00 | +£12.00 (60%) |
| Band 8a and above, and medical staff | £32.00 | £48.00 | +£16.00 (50%) |

**Table 2: Public tariffs (patients and visitors)**

| Length of stay | Current | Proposed |
|---|---|---|
| Up to 30 minutes | Free | Free |
| 30 minutes to 2 hours | £3.20 | £3.80 |
| 2 to 4 hours | £5.00 | £6.10 |
| Over 4 hours (daily maximum) | £7.50 | £9.00 |
| Weekly visitor pass | £15.00 | £18.00 |

**Table 3: Forecast additional income, full year**

| Source | Additional income |
|---|---|
| Staff permits | £418,000 |
| Public tariffs | £324,000 |
| **Total** | **£742,000** |

### 5. Comparison with other trusts

**Table 4: Charges at neighbouring trusts (as at February 2025)**

| Trust | Band 5 staff permit (monthly) | Public, up to 2 hours |
|---|---|---|
| Ashcombe and Tarnley (proposed) | £32.00 | £3.80 |
| Kelbrook Teaching Hospitals NHS Trust | £25.00 | £4.20 |
| Severnby and District NHS Trust | £36.50 | £3.50 |
| Average, 12 acute trusts in the Northern Vale region | £34.00 | £3.95 |

5.1 The proposed Bands 5–7 charge of £32.00 would remain below the regional average of £34.00 a month. The proposed public two-hour charge of £3.80 would remain below the £4.20 charged at Kelbrook Teaching Hospitals.

### 6. Exemptions (unchanged)

The following exemptions will be retained:

- Blue Badge holders park free of charge.
- Parents and carers of children staying in hospital overnight park free of charge.
- Patients attending for chemotherapy, radiotherapy or renal dialysis park free of charge.
- Staff working night shifts park free between 7pm and 7am.
- Registered volunteers park free of charge.

### 7. Equality and quality impact

7.1 Approximately 2,150 permit holders are in Bands 1–4. For these staff the proposal represents an increase of £96 a year. An equality impact assessment has been completed and is available on request. Mitigations include the retained night-shift exemption and the free park-and-ride.

7.2 All income from car parking is retained within the car parking budget and is used for the operation, maintenance and security of the car parks.

### 8. Recommendation

8.1 The Board is asked to approve Option C, with the new charges taking effect from Tuesday 1 April 2025.

---

**Extract from the draft minutes (Thursday 6 March 2025):** The Board approved Option C. Helen Carrow, non-executive director, asked that the charges be reviewed six months after implementation, and this was agreed. The Board asked that the staff partnership forum be informed at its next meeting.
`;

/** h520: sources/incident_timeline.txt, whole. */
const WATER_TIMELINE = `PENNINE VALE WATER
NETWORK OPERATIONS - INCIDENT TIMELINE
Incident reference: PVW-INC-2025-0114
Incident: Trunk main burst, Market Street, Hollinsford
Incident category: Level 2 (major supply interruption)
Incident manager: Sarah Gillingham, Network Operations Manager (North District)
Compiled by: Control Room, Thornley Operations Centre
Status: CLOSED - Friday 17 January 2025, 17:30

ASSET DETAILS
- Main: 450mm cast-iron trunk main (Hollinsford Road Booster to Upper Hollinsford Reservoir)
- Year laid: 1911
- Location of failure: beneath Market Street, approx. 15 metres south of junction with Tanner's Lane
- Previous recorded failures on this main: 2016 (Bridge Street), 2021 (Victoria Road)
- Overnight air temperature, Hollinsford weather station, 13/14 January: minimum -6.2C

TIMELINE (all times GMT)

Tuesday 14 January 2025
05:42  Telemetry alarm at Hollinsford Road Booster Station. Outlet pressure fell from 4.1 bar to 1.3 bar within four minutes.
05:58  First customer call received (member of public reporting "water pouring up through the road" on Market Street).
06:20  First crew on site (network technician Dale Pritchard). Water visible across full carriageway and footways.
06:45  Burst confirmed on 450mm trunk main. Incident escalated to Level 2. Incident manager S. Gillingham notified.
07:10  Hollinsford Police close Market Street between Tanner's Lane and Bridge Street.
07:35  Valve operations begin to isolate the damaged section.
08:00  Customer update issued via website and social media. Estimated restoration given as "early afternoon".
09:05  Isolation complete (8 valves closed). Flow to burst stopped.
09:05  Estimated water lost before isolation: 4.2 million litres.
09:30  Properties without supply: 3,400. Further 1,150 properties on low pressure.
09:40  Hollinsford Borough Council emergency planning duty officer informed.
11:00  Bottled water station opened, Hollinsford Leisure Centre car park, Victoria Road.
12:15  Customer update issued. Estimated restoration revised to "overnight".
14:00  62 pallets of bottled water distributed to date. Deliveries made to 212 customers on the Priority Services Register.
16:30  Excavation complete. Longitudinal split of 1.2 metres found on crown of pipe.
19:00  Second bottled water station opened, St Aidan's Church car park, Church Walk.
22:10  Replacement section (3 metres, ductile iron) delivered to site.

Wednesday 15 January 2025
02:15  Repair complete. Pipe joints pressure tested.
04:40  Phased recharging of network begins (zones HL1 to HL4).
08:30  Supply restored to zones HL1 and HL2 (approx. 2,100 properties).
11:20  Supply restored to all but 140 properties (Upper Hollinsford, zone HL4, higher ground).
18:05  Supply restored to all properties. Customers advised to run cold kitchen tap if water discoloured.
19:00  Public statement issued (see website).

Thursday 16 January 2025
08:00  Road reinstatement begins. Market Street remains closed.
10:00  A. Kilbride (Regional Operations Director) attends Hollinsford Borough Council Emergency Committee.

Friday 17 January 2025
17:00  Market Street reopened to traffic.
17:30  Incident closed.

SUMMARY FIGURES
Duration of interruption (first alarm to full restoration): 36 hours 23 minutes
Peak properties without supply: 3,400
Peak properties on low pressure: 1,150
Water lost: 4.2 million litres (estimate)
Bottled water distributed (total, 14-15 Jan): 118 pallets (approx. 94,000 litres)
Priority Services Register deliveries: 212 customers (14 Jan), 236 customers (15 Jan)
Staff deployed (peak): 64 Pennine Vale Water staff and contractors
`;

/** h520: sources/water_company_statement.html, whole. */
const WATER_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Update: Market Street, Hollinsford - supplies restored | Pennine Vale Water</title>
</head>
<body>
<article>
<h1>Market Street, Hollinsford: water supplies restored</h1>
<p class="dateline">Published: Wednesday 15 January 2025, 19:00</p>

<p>Water supplies have now been restored to all homes and businesses affected by the burst main on Market Street, Hollinsford. The last customers, in Upper Hollinsford, had their supply returned at 18:05 this evening.</p>

<p>The burst, on a 450mm trunk main, happened in the early hours of Tuesday 14 January. At its peak, 3,400 properties were without water and a further 1,150 had low pressure. Our engineers worked through the night to replace a three-metre section of damaged pipe.</p>

<h2>What caused the burst?</h2>
<p>Our initial investigation has found a 1.2-metre split along the top of the pipe. We believe this was most likely caused by ground movement following a sharp frost, with temperatures falling to minus 6C overnight. The pipe will be sent for laboratory analysis, and we expect the findings within eight weeks.</p>

<h2>A message from our Chief Executive</h2>
<blockquote>
<p>"I want to say sorry to everyone in Hollinsford who was left without water, and especially to the families and traders on Market Street whose homes and shops were flooded. We know we did not get everything right. Our early estimate of when supplies would return was wrong, and we should have been clearer sooner."</p>
<p>- Fiona Rathbone, Chief Executive, Pennine Vale Water</p>
</blockquote>

<h2>Compensation</h2>
<p>Every household that lost its supply will receive:</p>
<ul>
<li>a statutory payment of £50 under the Guaranteed Standards Scheme, and</li>
<li>a goodwill payment of £100,</li>
</ul>
<p>making £150 in total. Business customers who lost their supply will receive a statutory payment of £100. Payments will be credited to customers' accounts automatically by Friday 31 January 2025. Customers do not need to apply.</p>

<p>Homes and businesses whose property was damaged by flood water can make a claim through our claims team on 0800 046 7712 or at pvwater.example/claims. Claims should be made by Monday 3 March 2025.</p>

<h2>Bottled water</h2>
<p>Over the two days we handed out around 94,000 litres of bottled water from our stations at Hollinsford Leisure Centre and St Aidan's Church, and our teams made 448 deliveries to customers on our Priority Services Register.</p>

<h2>What happens next</h2>
<p>Market Street will stay closed while the road surface is repaired. We expect it to reopen by the end of Friday 17 January. We have also agreed to bring forward the replacement of this section of main, which was planned for 2027.</p>

<p>"The people of Hollinsford have been incredibly patient, and I want to thank them and our own teams, who worked for 36 hours straight to get water back on," said Sarah Gillingham, Network Operations Manager.</p>
</article>
</body>
</html>
`;

/** h520: sources/emergency_committee_minutes.md, whole. */
const WATER_MINUTES = `# Hollinsford Borough Council

## Emergency Committee - Extraordinary Meeting

**Minutes of the meeting held on Thursday 16 January 2025 at 10:00 in the Council Chamber, Hollinsford Town Hall**

**Present:** Councillor Margaret Oyelaran (Chair, Leader of the Council), Councillor Tom Haverley (Cabinet Member for Economy and High Streets), Councillor Priya Nandakumar (Leader of the Opposition), Councillor Derek Maskill, Councillor Joanne Fairbairn, Councillor Lewis Okafor, Councillor Anne Whitlock, Councillor Brian Tolley

**Officers:** Gareth Sowerby (Chief Executive), Helen Marchant (Head of Emergency Planning), Colin Rudd (Director of Finance)

**In attendance:** Andrew Kilbride (Regional Operations Director, Pennine Vale Water)

---

### 1. Apologies

None.

### 2. Declarations of interest

Councillor Whitlock declared a non-pecuniary interest as the owner of a property on Tanner's Lane.

### 3. Report of the Head of Emergency Planning

Helen Marchant reported on the council's response to the burst water main on Market Street on Tuesday 14 January 2025. Key points:

- Flood water reached a depth of up to 40 centimetres at the lower end of Market Street, near Bridge Street.
- 23 businesses and 9 homes were flooded. The homes were ground-floor flats at Market Court.
- A rest centre was opened at Hollinsford Community Centre from 08:30 to 22:00 on 14 January. 14 residents of Market Court used it; 11 were placed in hotel accommodation overnight at the council's expense.
- 37 council staff were deployed over the two days.
- The council's costs to date were £18,600, excluding staff time.

Ms Marchant said: "Our teams were on the ground within an hour of being alerted, and every resident of Market Court who needed a bed that night had one."

### 4. Statement from Pennine Vale Water

Andrew Kilbride apologised on behalf of Pennine Vale Water. He said the 450mm main, laid in 1911, had been scheduled for replacement in 2027 under the company's next five-year investment programme. The burst was most likely caused by ground movement after a sharp overnight frost.

In response to a question from Councillor Nandakumar, Mr Kilbride confirmed the main had burst twice before, in 2016 and 2021.

Councillor Nandakumar said: "Residents were told at eight o'clock it would be fixed by early afternoon. That simply was not true, and people planned their day around it."

Mr Kilbride said the company would bring forward the replacement of the Market Street section of the main to the summer of 2025, at an estimated cost of £1.9 million.

### 5. Support for affected businesses

Councillor Haverley introduced a proposal for support to traders. Colin Rudd advised that:

| Measure | Estimated cost | Source of funding |
|---|---|---|
| Emergency grant of £1,500 per flooded business (up to 30 businesses) | £45,000 | Contingency reserve |
| Three-month business rates holiday for flooded businesses | £71,000 | Recharge sought from Pennine Vale Water |
| Free parking, Bridge Street car park, until 31 January 2025 | £6,200 (lost income) | Parking account |

Councillor Haverley said: "These traders have had the worst start to a year I can remember. Market Street has to be open for business again, and seen to be."

### 6. Comparison with previous incidents

Ms Marchant noted that the last comparable incident in the borough was the Mill Lane burst in August 2019, which left about 900 properties without water for 11 hours. The Market Street incident affected almost four times as many properties for more than three times as long.

### 7. Resolutions

1. The emergency grant scheme was **approved unanimously**.
2. The recommendation to Cabinet of a three-month business rates holiday was **carried by 6 votes to 2**.
3. Free parking at Bridge Street car park until 31 January 2025 was **approved unanimously**.
4. The Chief Executive was asked to write to Pennine Vale Water seeking full reimbursement of the council's costs.

The meeting closed at 11:45.
`;

/** h520: sources/trader_interview.txt, whole. */
const TRADER_INTERVIEW = `HOLLINSFORD COURIER - INTERVIEW TRANSCRIPT
Recorded: Thursday 16 January 2025, 14:10, Calloway's Bakery, 27 Market Street, Hollinsford
Interviewer: Ellie Shanahan (ES), reporter, Hollinsford Courier
Interviewees: Ruth Calloway (RC), owner, Calloway's Bakery; Imran Qureshi (IQ), chair, Hollinsford Traders' Association
Duration: 18 minutes. Transcript lightly edited for repetition.

ES: Ruth, can you take me back to Tuesday morning?

RC: I got here at quarter to six, like every day, to get the ovens on. There was a noise like a waterfall. By the time I'd found my keys the water was coming under the door. Within half an hour it was about a foot deep in the shop, 30 centimetres, you can still see the line on the wall there.

ES: What did you lose?

RC: All the stock for the day, the flour in the back, two proving cabinets and the display fridge. I've added it up and it's about £4,200. That's before the insurance people tell me what they will and won't pay for.

ES: How long were you shut?

RC: Three days. Tuesday, Wednesday, and today. We'll open again tomorrow, Friday, if the environmental health officer is happy. I've got six staff and I've kept paying them, because it's not their fault.

ES: What do you make of how Pennine Vale Water handled it?

RC: The lads digging the road were brilliant, I can't fault them. But at eight o'clock their website said it would be back on by early afternoon, and I kept the staff waiting around for that. Nobody from the company came and knocked on a single door on this street until Wednesday.

ES: Imran, what is the picture across Market Street?

IQ: We've got 41 member businesses on Market Street and 23 of them had water inside. We did a quick survey of members yesterday. Adding up what people told us, we think losses across the street are about £250,000, and that's stock, equipment and lost trade.

ES: And trade this week?

IQ: Footfall is down about 60 per cent on the same week last year, and that's the shops that are open. People think the whole street is shut. The council grants will help, £1,500 is welcome, but it won't touch the sides for some of these businesses.

ES: What do you want now?

IQ: Two things. The company needs to pay up quickly and not make people fight for it. And that main needs replacing this year, not in 2027. It's gone three times now. Three times.

RC: I've been here 19 years. My dad had the bakery before me. I'm not going anywhere, but I'd be lying if I said this week didn't frighten me.

ES: Thank you both.

[END OF TRANSCRIPT]
`;

describe("a transcript's posts and their holders", () => {
  test('"CLERK (Anne Pardoe):" and "CHAIR (Cllr Tillotson):" name the holders, in full where the header does', () => {
    const speakers = parsePlainTranscript(PARISH_MEETING).speakers.map((s) => [s.label, s.name ?? null, s.role ?? null]);
    assert.deepEqual(speakers.slice(0, 2), [
      ['CHAIR', 'Cllr Graham Tillotson', 'chair'],
      ['CLERK', 'Anne Pardoe', 'clerk'],
    ]);
  });
});

describe('the forty-fifth round: posts, rows and places, with the product\'s word vectors', () => {
  withProductWordVectors();

  test("the clerk's words are Anne Pardoe's, the chair's Cllr Tillotson's, and a chairman is the chair", async () => {
    const files = { 'sources/parish_council_transcript.txt': PARISH_MEETING, 'sources/inspector_decision_summary.md': INSPECTOR_DECISION };
    assert.deepEqual(await misattributions(files, "Anne Pardoe, the parish clerk, told councillors that solicitors had estimated the council's own legal costs at between £18,000 and £30,000, with a further liability of up to £10,000 if it lost."), []);
    assert.deepEqual(await misattributions(files, '"I\'ve had written advice from Fenwick Lyle Solicitors," said Cllr Sue Bramall.'), ['These words were said by Anne Pardoe (clerk), not Cllr Sue Bramall']);
    const judge = judgeWith(await workspaceIndex(files));
    const quote = '"I know there are people in this room who are angry, and I share a lot of that anger, but we have to be honest about what this council can afford,"';
    const chairman = judge(`${quote} said Councillor Graham Tillotson, the parish council chairman.`);
    assert.notEqual(chairman.verdict, 'contradicted', why(chairman));
    const vice = judge(`${quote} said Councillor Graham Tillotson, the parish council vice-chairman.`);
    assert.equal(vice.verdict, 'contradicted', why(vice));
    // A compass point goes with its distance: the manor is 650 metres west, the church 1.2 km north-west.
    const manor = judge('Kedlow Manor, which is Grade II listed, lies 650 metres west of the site.');
    assert.notEqual(manor.verdict, 'contradicted', why(manor));
    const northWest = judge('Kedlow Manor, which is Grade II listed, lies 650 metres north-west of the site.');
    assert.equal(northWest.verdict, 'contradicted', why(northWest));
    assert.deepEqual(northWest.conflicts.map((c) => [c.claim, c.source]), [['north-west', 'west']]);
    const church = judge('The Church of St Oswin stands 1.2 km west of the site.');
    assert.deepEqual(church.conflicts.map((c) => [c.claim, c.source]), [['west', 'north-west']]);
  });

  test('"the Partnership\'s director for the South West" is the Partnership\'s director', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/grant_announcement.html': GRANT_ANNOUNCEMENT }));
    const director = judge('Fiona Gallacher, the Partnership\'s director for the South West, said heritage railways were "only as strong as the people who keep them running".');
    assert.notEqual(director.verdict, 'contradicted', why(director));
    const chief = judge('Fiona Gallacher, the Partnership\'s chief executive, said heritage railways were "only as strong as the people who keep them running".');
    assert.equal(chief.verdict, 'contradicted', why(chief));
  });

  test("a figure is its own row's where the claim names that row by its own words, or by its person", async () => {
    const inspectors = judgeWith(await workspaceIndex({ 'sources/inspectorate_report_summary.md': INSPECTORATE_SUMMARY }));
    const abandoned = inspectors('The average time to answer a 999 call more than doubled, from eight seconds to 19 seconds, while the proportion of callers who hung up before being answered rose from 1.6 per cent to 3.8 per cent.');
    assert.notEqual(abandoned.verdict, 'contradicted', why(abandoned));
    const council = judgeWith(await workspaceIndex({ 'sources/council_statement.html': EXPENSES_STATEMENT }));
    const pennock = council("Council figures show that in 2023-24 Cllr Pennock's mileage claims of £2,614.50 were more than five times the £498.70 average for the 39 members who claimed mileage.");
    assert.notEqual(pennock.verdict, 'contradicted', why(pennock));
    const average = council('In 2023-24 the average mileage claim per claiming member was £2,614.50.');
    assert.equal(average.verdict, 'contradicted', why(average));
  });

  test("a log's indented line is another row's label; two moves one after the other are no move read backwards", async () => {
    const log = judgeWith(await workspaceIndex({ 'sources/brackenmoor_site_incident_log.txt': FIRE_LOG }));
    const bays = log('Around 1,450 tonnes of material was involved, most of it baled plastic, with about 300 tonnes of paper and cardboard in a neighbouring bay.');
    assert.notEqual(bays.verdict, 'contradicted', why(bays));
    const parking = judgeWith(await workspaceIndex({ 'sources/trust_press_release_parking.html': PARKING_RELEASE, 'sources/board_paper_car_parking.md': PARKING_BOARD_PAPER }));
    const bands = parking('Under the plan the board approved, the monthly permit for Bands 1 to 4 would have risen from £12 to £20, an increase of 67 per cent.');
    assert.notEqual(bands.verdict, 'contradicted', why(bands));
    const backwards = parking('The charge for Bands 5 to 7 will rise to £20 from Tuesday 1 April 2025.');
    assert.equal(backwards.verdict, 'contradicted', why(backwards));
  });

  test('a post that speaks after a named member takes the "he" that follows', async () => {
    const files = { 'sources/panel_minutes.txt': PANEL_MINUTES };
    assert.deepEqual(await misattributions(files, 'Mr Trevelyan said the call handlers on duty that night had been doing their jobs, but that only 11 of the 19 on the rota were working.'), []);
    assert.deepEqual(await misattributions(files, '"This has shaken a lot of people in my ward," said Mr Trevelyan.'), ['These words were said by Cllr Haskins, not Mr Trevelyan']);
  });

  test("a paragraph's source does not take a claim another document states figure for figure", async () => {
    const files = { 'sources/incident_timeline.txt': WATER_TIMELINE, 'sources/water_company_statement.html': WATER_STATEMENT, 'sources/emergency_committee_minutes.md': WATER_MINUTES, 'sources/trader_interview.txt': TRADER_INTERVIEW };
    const paragraph = (deliveries: string) =>
      `The repair was completed at 2.15am on Wednesday, but supplies came back gradually, and 140 properties on higher ground in Upper Hollinsford were the last to have water restored, at 6.05pm. Pennine Vale Water opened a bottled water station at Hollinsford Leisure Centre on Victoria Road at 11am on Tuesday and a second at St Aidan's Church car park that evening. Around 94,000 litres of bottled water were handed out over the two days, and staff made ${deliveries} deliveries to customers on the company's Priority Services Register.`;
    const contradictions = async (deliveries: string) =>
      (await checkAgainst(files, `# Story\n\n${paragraph(deliveries)}\n`)).findings.filter((f) => f.code === 'contradicted-claim').map((f) => f.message.replace(/ \(\S+:\d+\)\.$/, ''));
    assert.deepEqual(await contradictions('448'), []);
    assert.deepEqual(await contradictions('512'), ['The source gives 448, not 512']);
  });
});
