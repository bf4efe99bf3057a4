/**
 * The fortieth round, first part: the false alarms shown as errors in the drafts written against 7894062 (h332–h343:
 * a wind farm appeal, a police misconduct hearing, bank branch closures, a football club in administration, a flood
 * scheme's overrun, a maternity unit's rating, a vice-chancellor's pay, a motorway bridge, a home-care collapse,
 * library cuts, ferry cancellations, sewage fines), and a writer's own arithmetic from earlier drafts. "More than
 * three times the £1.9 million" is checked against the two figures the sources give; "Tip height (m)" is metres;
 * "I've" is no name; a neighbour that names the claim's subject may give its verb; "the League's Rules" are the
 * League's; a lead in points is no difference of the sentence's two figures when the sentence gives the lead; "Patience
 * is not a flood defence" denies nothing of a flood defence scheme; "£8.5 million … above the budget" is the increase;
 * "extra midwives" are "midwifery posts"; "the agency's Director of Structures"; a plea ("Don't hand our libraries")
 * denies nothing; "prevented him from visiting" denies as "unable to visit" does; a figure another row of the same
 * name gives, or a sentence gives before the claim's own word, is no column's rival. The fixtures are the helpers'
 * sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';

const TEMPORARY_ACCOMMODATION = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Roofline Trust: Millbrook Fields developer must keep its promise</title>
</head>
<body>
<article>
<p class="meta">PRESS RELEASE — FOR IMMEDIATE RELEASE<br>Monday 10 March 2025</p>
<h1>"A promise broken": Roofline Trust urges councillors to reject Millbrook Fields affordable homes cut</h1>

<p>Kelbridge housing charity the Roofline Trust today called on Kelbridge District Council's Planning Committee to refuse an application by Harrowgate Homes Ltd to cut the number of affordable homes at its Millbrook Fields development from 147 to 76.</p>

<p>The charity handed in a petition of 1,846 signatures at the Guildhall on Friday 7 March. The committee will decide the application on Tuesday 11 March.</p>

<p>Angela Brereton, Chief Executive of the Roofline Trust, said: "Harrowgate Homes signed a legal agreement to deliver 147 affordable homes by the end of 2024. They delivered 41. Now they want to be let off the hook for good. If a tenant broke a contract like that, they would be evicted."</p>

<p>The Trust says the shortfall comes as homelessness in the district reaches its highest level in a decade. According to council figures, 186 households were living in temporary accommodation in Kelbridge in February 2025, up from 112 in February 2022, a rise of 66 per cent. Of those households, 71 include children.</p>

<p>The council spent £4.3 million on temporary accommodation in 2023/24, compared with £1.9 million in 2020/21.</p>

<h2>Affordable homes completed in Kelbridge district</h2>
<table>
<thead>
<tr><th>Year</th><th>Affordable homes completed</th><th>Of which social rent</th></tr>
</thead>
<tbody>
<tr><td>2020/21</td><td>212</td><td>88</td></tr>
<tr><td>2021/22</td><td>187</td><td>71</td></tr>
<tr><td>2022/23</td><td>143</td><td>49</td></tr>
<tr><td>2023/24</td><td>98</td><td>31</td></tr>
</tbody>
</table>
<p class="source">Source: Kelbridge District Council housing monitoring reports.</p>

<p>Affordable home completions across the district have fallen in each of the last three years, and in 2023/24 were less than half the 2020/21 level.</p>

<p>Joanne Pike, 34, has lived with her two children in a single room at a bed and breakfast on Station Road for 14 months. She said: "We were told in 2022 that the new homes at Millbrook would be ready for families like us. My youngest has done all of her homework sitting on the bed. Every time I walk past that site I see houses going up, just not for us."</p>

<p>The Trust's Policy Manager, Dr Kwame Asante, said the charity backed the findings of the council's independent adviser. "Northgate Surveyors have shown that 25 per cent is achievable. Anything less would be a gift to the developer at the expense of the people of Kelbridge," he said.</p>

<p>The Roofline Trust is also calling on the council to publish the full viability assessments for the scheme, which have so far been released only in redacted form.</p>

<h3>Notes to editors</h3>
<ul>
<li>The Roofline Trust was founded in 1987 and supports around 2,400 people a year across Kelbridge district through advice, tenancy support and a 24-bed hostel.</li>
<li>Millbrook Fields received outline planning permission in June 2021 for 420 homes, 35 per cent of them affordable.</li>
<li>Media contact: Hannah Moyo, Communications Officer, press@rooflinetrust.org.uk</li>
</ul>
</article>
</body>
</html>
`;

const CARE_HOME_INSPECTION = `# Care Standards Commission — Inspection Report Summary

**Service:** Harbourview Lodge, 14 Quarry Lane, Felsworth
**Provider:** Meadowgate Care Group Ltd
**Registered manager:** Graham Tolley
**Type of service:** Residential care home for older people, including people living with dementia
**Registered places:** 52 (44 residents on the first day of inspection)
**Inspection dates:** Tuesday 12 March 2024 and Wednesday 13 March 2024 (unannounced)
**Report published:** Thursday 2 May 2024
**Lead inspector:** Anjali Mehta

## Overall rating

**Requires Improvement** (previous rating: Good, published 9 January 2024 following an inspection in November 2023)

This is the first time Harbourview Lodge has been rated below Good since it was registered with the Commission in 2016.

## Ratings by area

| Area        | Previous rating (Jan 2024) | Current rating (May 2024) |
|-------------|----------------------------|---------------------------|
| Safe        | Good                       | Inadequate                |
| Effective   | Good                       | Requires Improvement      |
| Caring      | Good                       | Good                      |
| Responsive  | Good                       | Requires Improvement      |
| Well-led    | Good                       | Requires Improvement      |

## Why we inspected

The inspection was prompted in part by concerns raised with the Commission following a serious incident on Saturday 17 February 2024, in which a resident fell in her bedroom during the night and sustained a fractured hip. We also received two further complaints about night-time staffing between January and February 2024. The incident is subject to a separate review by Felsworth County Council's safeguarding team, and this report does not examine the circumstances of that individual fall in detail.

## Summary of findings

### Safe — Inadequate

Inspectors found that the home did not always have enough staff deployed at night to meet people's assessed needs. The provider's own dependency tool indicated that five care staff were needed overnight. Rota records for the eight weeks before the inspection showed that on 19 of 56 nights (34%) only three care staff were on duty for the whole building, which is spread across two floors.

Falls risk assessments were out of date for 11 of the 20 residents whose care records we sampled. In four cases, sensor mats that care plans said should be in place were either missing or not switched on. The home recorded 38 falls in the three months from December 2023 to February 2024, compared with 21 falls in the previous three months.

Call bell response times were audited on the second day of inspection. Of 64 calls logged overnight, 15 (23%) took longer than ten minutes to be answered. The longest wait recorded was 27 minutes.

### Effective — Requires Improvement

Training records showed that 68% of care staff were up to date with moving and handling training, against the provider's own target of 95%. Seven staff who had started within the previous three months had not completed their induction.

### Caring — Good

Residents and relatives spoke warmly about individual staff. One resident told us: "The girls are lovely, they just never have enough time." Inspectors observed kind and respectful interactions throughout the day.

### Responsive — Requires Improvement

Care plans were not always updated after a change in a person's condition, including after falls. Activities were limited at weekends.

### Well-led — Requires Improvement

The registered manager had been in post for 14 months. Audits had identified some of the staffing gaps but actions had not been followed through. Agency staff accounted for 41% of night shifts in February 2024, up from 18% in November 2023.

Lead inspector Anjali Mehta said: "People living at Harbourview Lodge deserve to feel safe at night, and too often the home did not have enough staff on shift to make sure that happened. We have told the provider exactly what must change, and we will return to check."

Deputy chief inspector for adult social care, Colin Braithwaite, said: "We recognise the efforts of individual care workers, many of whom were clearly stretched. But responsibility for safe staffing rests with the provider, not the staff on the floor."

## Enforcement and next steps

- The Commission has issued a **warning notice** to Meadowgate Care Group in relation to staffing (Regulation 18). The provider must comply by **Friday 14 June 2024**.
- The home has been placed under **enhanced monitoring** and will be re-inspected within six months of publication.
- The provider has been asked to submit a written action plan within 28 days.

| Breach                              | Regulation | Action taken       |
|-------------------------------------|------------|--------------------|
| Staffing                            | 18         | Warning notice     |
| Safe care and treatment (falls)     | 12         | Requirement notice |
| Good governance                     | 17         | Requirement notice |
`;

const INSPECTOR_DECISION = `# Appeal Decision — Summary

**Inquiry held on 3, 4, 5, 6 and 10 September 2024**
**Site visit made on Wednesday 11 September 2024**

**by Helen Garside BA(Hons) MA MRTPI, an Inspector appointed by the Secretary of State**

**Decision date: Tuesday 19 November 2024**

**Appeal Ref: APP/W4725/W/24/3341987**
**Land at Cragg Moor, north-west of Little Brayford, Westmarch**

- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a refusal to grant planning permission.
- The appeal is made by Northmoor Renewables Ltd against the decision of Westmarch District Council.
- The application, Ref 23/01184/FUL, dated 2 June 2023, was refused by notice dated 14 March 2024.
- The development proposed is the construction of a wind farm of seven turbines with a maximum tip height of 149.9 metres, with a total installed capacity of up to 42 megawatts (MW), together with a substation, battery storage compound, access tracks and associated infrastructure, for an operational period of 35 years.

## Decision

1. The appeal is allowed and planning permission is granted, subject to the 34 conditions set out in the schedule to the full decision.

## Procedural matters

2. The inquiry sat for five days. The Council's planning committee refused the application on Thursday 14 March 2024 by eight votes to three, contrary to the recommendation of its officers, who had advised approval.
3. An application for an award of costs was made by Northmoor Renewables Ltd against Westmarch District Council. That application is the subject of a separate decision, in which it is refused.
4. The Cragg Moor Action Group was granted Rule 6 status and appeared at the inquiry, represented by its secretary, Mr Colin Arkwright. Little Brayford Parish Council gave evidence through its chair, Councillor Margaret Oduya.

## Main issues

5. The main issues are the effect of the proposal on (a) the character and appearance of the landscape, (b) the living conditions of nearby residents, with particular regard to outlook and noise, and (c) the significance of the Grade II* listed Church of St Oswald, Little Brayford.

## Turbine dimensions and separation distances

6. The table below sets out the dimensions of each turbine as amended during the appeal and its distance from the nearest residential property.

| Turbine | Tip height (m) | Hub height (m) | Rotor diameter (m) | Nearest dwelling | Distance (m) |
|---|---|---|---|---|---|
| T1 | 149.9 | 90.0 | 119.8 | Highfold Farm | 1,120 |
| T2 | 149.9 | 90.0 | 119.8 | Highfold Farm | 1,340 |
| T3 | 149.9 | 90.0 | 119.8 | Crag End House | 1,610 |
| T4 | 135.0 | 82.0 | 106.0 | Moss Cottage | 980 |
| T5 | 135.0 | 82.0 | 106.0 | Moss Cottage | 1,050 |
| T6 | 149.9 | 90.0 | 119.8 | Crag End House | 1,470 |
| T7 | 125.0 | 75.0 | 100.0 | Lane Head Barn | 1,210 |

7. Turbines T4 and T5 were reduced in tip height from 149.9 metres to 135 metres by the appellant in May 2024, after the Council's refusal. Turbine T4 is the closest to any dwelling, at 980 metres from Moss Cottage. No turbine would be closer than 2.3 kilometres to the Church of St Oswald.

## Landscape character and appearance

8. The site lies within the Brayford Upland Fringe landscape character area, which is not subject to any national or local landscape designation. I find that the proposal would cause moderate harm to landscape character, but that the harm would be localised, broadly confined to within about 3 kilometres of the turbines.
9. In my judgement, "the turbines would be prominent, but they would not dominate the wider Brayford valley, and the landscape has a capacity to absorb change of this kind that the Council has underestimated."

## Living conditions

10. I have considered the outlook from Moss Cottage with care. Although the turbines would be clearly visible from its garden and from two of its principal windows, they would not be so overbearing as to make the property an unattractive place to live.
11. Condition 19 limits noise at any dwelling to 35 dB LA90 or 5 dB above background, whichever is greater, during quiet daytime hours, and to 38 dB or 5 dB above background at night. Condition 21 requires a shadow flicker protocol under which turbines must be shut down where flicker is recorded at a dwelling.

## Heritage

12. I find that the harm to the significance of the Church of St Oswald would be less than substantial, and at the lower end of that scale. In reaching that view I have given great weight to the conservation of the asset.

## Planning balance

13. The proposal would generate enough electricity for roughly 38,000 homes and would make a meaningful contribution to national and local targets for renewable energy. Westmarch District Council declared a climate emergency in July 2019. I give the renewable energy benefits substantial weight.
14. The appellant has offered a community benefit fund of £5,000 per MW per year, secured through a unilateral undertaking. While I note the offer, I have given it no weight in my decision, because it is not necessary to make the development acceptable in planning terms.
15. As I stated in closing, "the public benefits of the scheme clearly and decisively outweigh the harms I have identified, including the less than substantial harm to the church."

## Conditions

16. The 34 conditions include: a time limit of three years for the start of development; the 35-year operational limit, after which the turbines must be removed and the land restored within 12 months; an ornithological monitoring plan covering curlew and golden plover for the first five years of operation; and a restriction on construction traffic to the hours of 08:00 to 18:00 on weekdays.
`;

const PARISH_MEETING = `LITTLE BRAYFORD PARISH COUNCIL
EXTRAORDINARY MEETING — VERBATIM TRANSCRIPT (taken from audio recording)
Date: Monday 25 November 2024, 7.30pm
Venue: Little Brayford Village Hall, Church Lane
Present: Cllr Margaret Oduya (Chair), Cllr Tom Reddish (Vice-Chair), Cllr Dev Malik, Cllr Anne Whitlow, Cllr Brian Sowerby, Cllr Lucy Fenwick, Cllr Rob Hartley
In attendance: Sarah Pennington (Parish Clerk and Responsible Financial Officer); Colin Arkwright (Secretary, Cragg Moor Action Group); approximately 60 members of the public
Item: Response to the Cragg Moor wind farm appeal decision

ODUYA: Good evening, everyone, and thank you for coming out on a wet Monday. I think this is the biggest crowd we've had in this hall since the flooding meeting. As you all know, the inspector's decision came out last Tuesday, the nineteenth, and the appeal was allowed. The only item tonight is what this council does next. I'll ask the clerk to set out the position first.

PENNINGTON: Thank you, Chair. Any challenge to the decision would have to be by way of an application to the High Court under section 288. The deadline is six weeks from the date of the decision, which takes us to Tuesday the thirty-first of December. I've taken informal advice from a planning solicitor. Their estimate is that a challenge would cost this council somewhere between twenty-five and forty thousand pounds, and that's before any adverse costs if we lost.

REDDISH: And how does that compare with what we've actually got?

PENNINGTON: Our precept for this year is eighteen thousand four hundred pounds. General reserves stand at nine thousand two hundred. So even the lower estimate is more than our whole annual precept.

ODUYA: Colin, you asked to speak for the action group.

ARKWRIGHT: Thank you, Madam Chair. I want to be clear, we're disappointed but we're not surprised. The inspector said herself that there would be moderate harm to the landscape. Moss Cottage will have a turbine nine hundred and eighty metres from its back door. The action group has already raised eleven thousand three hundred pounds from three hundred and twelve donors, and we will keep fundraising. What we're asking tonight is that the parish council stands with us and contributes to a legal challenge.

MALIK: Colin, I have huge respect for the work the group has done. But I've read all thirty-eight pages of that decision, and I can't see a point of law in it. The inspector weighed things up. We might not like the way she weighed them, but that's not the same as her getting the law wrong.

WHITLOW: I'm with Dev. If we spend forty thousand pounds of villagers' money and lose, we'll be putting the precept up for years. I don't think people in this room would thank us for that.

ARKWRIGHT: With respect, Councillor, I think a lot of people in this room would.

ODUYA: Let's keep it orderly, please. Brian.

SOWERBY: I'd just say that the developer's offer of two hundred and ten thousand a year in community benefit isn't nothing. If this thing is going to be built anyway, I'd rather we made sure that money was spent in Little Brayford and not in Westmarch town centre.

HARTLEY: I'll support a challenge. The council refused this eight to three. The people we elected said no. I don't see why one inspector from outside the area gets to overturn that.

FENWICK: I'm torn, honestly. But I can't vote to spend more than double our precept on a case our own solicitor hasn't said we'd win.

PENNINGTON: To be clear, Councillor, the advice was informal, and the solicitor described the prospects as, and I'm quoting, "uncertain at best".

REDDISH: Then I'll move a motion. That this council does not fund a High Court challenge, but writes to Northmoor Renewables asking for two parish council seats on the community benefit panel, and asks the clerk to report back at the January meeting.

ODUYA: Is there a seconder?

SOWERBY: I'll second it.

ODUYA: All those in favour? ... Five. Against? ... Two, Councillor Hartley and Councillor Fenwick. The motion is carried, five votes to two. I'm sorry, Colin. I know this isn't what you wanted.

ARKWRIGHT: The action group will decide for itself what it does before the thirty-first. This isn't over.

ODUYA: Understood. I'll also record that I'll be writing to our MP, Fiona Castleford, about the way the appeal system treats local decisions. Thank you all. The meeting is closed at eight fifty-two.

[END OF TRANSCRIPT]
`;

const WATCHDOG_REPORT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>IOPS investigation summary: Westmoor Police pursuit, Kelbridge, 14 July 2023</title>
</head>
<body>
<h1>Investigation summary: Westmoor Police pursuit and collision, Kelbridge</h1>
<p><strong>Independent Office for Police Standards (IOPS)</strong><br>
Published: Tuesday 20 February 2024<br>
Reference: IOPS 2023/0417</p>

<h2>Background</h2>
<p>At around 11.42pm on Friday 14 July 2023, PC Daniel Hartley of Westmoor Police, driving a marked BMW 330d, began following a grey Ford Focus on Marsh Road, Kelbridge. The Focus had been reported stolen from a driveway in Eastfield at 8.15pm that evening. The pursuit lasted 6 minutes and 45 seconds, covered 4.1 miles and ended when the Focus collided with a Toyota Prius taxi at the junction of Carrow Street and Dean Road.</p>
<p>The taxi driver, Yusuf Amari, 52, was taken to Kelbridge General Hospital with a broken pelvis and remained there for 23 days. Westmoor Police referred the matter to the IOPS on Saturday 15 July 2023.</p>

<h2>Our investigation</h2>
<p>The investigation, led by Director of Major Investigations Claire Benton, lasted seven months. Investigators interviewed 14 witnesses, analysed GPS and telematics data from the police vehicle and reviewed more than 9 hours of radio recordings, in-car video and CCTV from 22 cameras.</p>

<h2>Timeline of key events</h2>
<table border="1">
<thead>
<tr><th>Time</th><th>Event</th><th>Recorded speed of police car</th></tr>
</thead>
<tbody>
<tr><td>23:41:55</td><td>PC Hartley activates lights and sirens on Marsh Road</td><td>34 mph</td></tr>
<tr><td>23:42:30</td><td>PC Hartley declares the pursuit to the control room</td><td>52 mph</td></tr>
<tr><td>23:43:15</td><td>Inspector Graham Woods, Force Incident Manager, authorises the pursuit</td><td>49 mph</td></tr>
<tr><td>23:44:50</td><td>Highest speed recorded, Kelbridge Road (30 mph limit)</td><td>78 mph</td></tr>
<tr><td>23:46:10</td><td>Inspector Woods orders the pursuit to be abandoned (first instruction)</td><td>66 mph</td></tr>
<tr><td>23:46:25</td><td>PC Hartley replies "received"</td><td>68 mph</td></tr>
<tr><td>23:46:40</td><td>Inspector Woods repeats the abandon instruction</td><td>64 mph</td></tr>
<tr><td>23:47:35</td><td>Police car reaches 71 mph on Dean Road (30 mph limit)</td><td>71 mph</td></tr>
<tr><td>23:48:40</td><td>Focus collides with taxi at Carrow Street / Dean Road</td><td>29 mph</td></tr>
</tbody>
</table>

<h2>Findings</h2>
<p>Telematics data show that PC Hartley's speed did not fall by more than 10% at any point in the 2 minutes and 30 seconds between the first abandon instruction and the collision. His in-car video clearly records both instructions. His body-worn video camera was not activated at any point during the pursuit, contrary to force policy.</p>
<p>We found no evidence that Inspector Woods or other control room staff acted inappropriately. The decision to authorise the pursuit was reasonable, and the decision to abandon it was made promptly once speeds increased.</p>
<p>We concluded that PC Hartley had a case to answer for gross misconduct. Westmoor Police agreed with our findings and arranged a hearing.</p>
<p>Claire Benton said: "An instruction to abandon a pursuit is not advice. It is an order, and it exists to protect the public. The evidence shows that instruction was heard, acknowledged and then not followed."</p>
<p>She added: "Mr Amari was a working man driving home after his last fare. He has been left with injuries that will affect him for years."</p>

<h2>Recommendations</h2>
<p>We made three learning recommendations to Westmoor Police, covering pursuit refresher training, control room monitoring of vehicle speeds after an abandon instruction, and the use of body-worn video during pursuits. Westmoor Police has accepted all three recommendations.</p>
<p>We also passed our findings on the driver of the Focus to the Crown Prosecution Service, which had already charged him.</p>
</body>
</html>
`;

const LEAGUE_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>League statement: Brackenford Town FC</title>
</head>
<body>
<header>
<p>Northern Counties Football League</p>
<p>Media release &mdash; for immediate publication</p>
</header>
<article>
<h1>Statement regarding Brackenford Town FC</h1>
<p class="date">Thursday 14 March 2024</p>

<p>The Northern Counties Football League (NCFL) confirms that its Board has been notified that Brackenford Town Football Club Limited entered administration on Tuesday 12 March 2024.</p>

<p>In accordance with Regulation 34.2 of the League's Rules, a club that suffers an insolvency event is deducted twelve points. The Board met on Thursday 14 March 2024 and confirmed that the deduction will apply with immediate effect and will count towards the current 2023/24 season.</p>

<p>The effect of the deduction on the club's position in the Premier Division table is set out below.</p>

<table>
<thead>
<tr><th></th><th>Position</th><th>Played</th><th>Points</th></tr>
</thead>
<tbody>
<tr><td>Before deduction</td><td>9th</td><td>35</td><td>51</td></tr>
<tr><td>After deduction</td><td>18th</td><td>35</td><td>39</td></tr>
</tbody>
</table>

<p>The club now sits two points above the relegation places, with eleven league matches remaining.</p>

<p>The club has also been placed under a registration embargo, meaning it may not register any new player, whether on a permanent or loan basis, without the League's prior written consent.</p>

<p>The League has required the Joint Administrators to provide, by 5pm on Friday 29 March 2024, evidence that the club has sufficient funding to complete its remaining fixtures. If that evidence is not provided, the Board will consider whether to withdraw the club's membership of the League under Regulation 36.</p>

<p>NCFL chief executive Rebecca Thorne said: &ldquo;This is a sad day for everyone connected with Brackenford Town, a club with 135 years of history. The rules on insolvency exist to protect the integrity of the competition and the clubs that pay their debts, and they have to be applied consistently.&rdquo;</p>

<p>She added: &ldquo;We will work constructively with the administrators, but the League will not lend money to the club and cannot guarantee its future. That responsibility lies with whoever buys it.&rdquo;</p>

<p>NCFL chair Sir Malcolm Reeve said the League had considered the club&rsquo;s request for an advance of central distributions worth &pound;95,000 and would give its decision once the funding evidence had been received.</p>

<p>Any new owner of the club will be required to pass the League&rsquo;s Owners&rsquo; and Directors&rsquo; Test before a sale can be approved.</p>

<p>Ends.</p>

<p>Media enquiries: NCFL Communications, Danielle Fraser, Head of Communications.</p>
</article>
</body>
</html>
`;

const PROJECT_UPDATE = `RIVERWAYS AGENCY
Wendle and Aire Area - Flood and Coastal Risk Management

HARNFORD FLOOD ALLEVIATION SCHEME (HFAS)
Project Update No. 9
Issued: Friday 14 March 2025
Prepared by: Tom Okafor, Project Manager, Riverways Agency
Approved by: Dr Helen Marsh, Area Flood and Coastal Risk Manager, Riverways Agency

1. SUMMARY

The Harnford Flood Alleviation Scheme will reduce flood risk from the River
Wendle to 1,240 homes and 310 businesses in Harnford town centre, Lower Wendle
and the Quayside. The scheme was approved in January 2022 with a budget of
£18.4 million and a planned completion date of March 2025.

The current estimate of the total cost is £26.9 million, an increase of
£8.5 million (46 per cent) on the approved budget. Completion is now forecast
for October 2026, nineteen months later than planned.

The scheme is being built for the Riverways Agency by our main contractor,
Calder & Moss Civil Engineering Ltd, under a target-cost contract.

2. PROGRESS TO DATE

As of 7 March 2025:

- 1.4 km of the planned 2.3 km of flood walls and embankments is complete.
- One of the three new pumping stations (Quay Street) has been commissioned
  and has been operating since November 2024. The Tanner's Row and Riverside
  Park pumping stations are under construction.
- Replacement of the Mill Lane culvert is around 30 per cent complete.
- Overall, the scheme is assessed as 58 per cent complete by value.
- £11.3 million has been spent to date.

3. REASONS FOR THE DELAY AND COST INCREASE

Three main factors account for the increase.

(a) Contaminated ground at Mill Lane. Excavation for the new culvert in
spring 2024 uncovered heavily contaminated soil on the site of the former
Harnford Tannery. Around 6,800 tonnes of material has had to be removed to a
licensed facility, and work on the culvert stopped for 22 weeks while a
remediation plan was agreed with the council's environmental health team.

(b) Construction price inflation. Prices for steel sheet piling, concrete and
labour have risen by an average of 23 per cent since the budget was set in
2021.

(c) Weather. The flooding of 9 December 2023 and a wet winter that followed
caused the loss of 11 weeks of working time on the riverside sections.

Tom Okafor, Project Manager, said: "The ground at Mill Lane was far worse than
our surveys suggested, and we could not simply dig it out and carry on. We had
to stop, test and agree a safe way forward, and that took time."

4. COST TABLE (£ million)

  Element                              Approved    Current     Change
                                       Jan 2022    Mar 2025
  -------------------------------------------------------------------
  Flood walls and embankments            9.6        13.8       +4.2
  Pumping stations (3)                   3.1         4.5       +1.4
  Mill Lane culvert replacement          2.2         3.6       +1.4
  Design, surveys and supervision        1.9         2.6       +0.7
  Land and compensation                  0.8         1.1       +0.3
  Risk allowance / contingency           0.8         1.3       +0.5
  -------------------------------------------------------------------
  TOTAL                                 18.4        26.9       +8.5

5. FUNDING

The approved budget of £18.4 million was funded as follows: Flood Defence
Grant in Aid £14.2 million; Harnford Borough Council £2.5 million; Regional
Flood and Coastal Committee local levy £1.0 million; contributions from
Quayside businesses £0.7 million.

To close the gap of £8.5 million, the Agency proposes:

- an application for additional Flood Defence Grant in Aid of £5.0 million,
  to be decided by the Agency's national investment board in June 2025;
- a further contribution of £2.0 million from Harnford Borough Council,
  to be considered by the council's cabinet on 26 March 2025;
- savings of £1.5 million through value engineering with Calder & Moss,
  including a redesign of the Riverside Park embankment.

If the additional funding is not secured, the final phase (Phase 3, the
Riverside Park embankment) may have to be deferred. Around 180 homes in
Lower Wendle would then remain at higher risk.

6. INTERIM MEASURES FOR WINTER 2025/26

Until the scheme is complete, the Agency will:

- install 400 metres of temporary demountable barriers at Quay Street and
  Ferry Lane before 31 October 2025;
- keep a mobile pumping unit on standby at the Quay Street depot;
- hold four community flood-warden training sessions between May and
  September 2025.

Dr Helen Marsh, Area Flood and Coastal Risk Manager, said: "We understand the
frustration of residents who were promised protection by this spring. The
scheme remains the right one for Harnford, and every metre of wall we build
now reduces the risk to people's homes."

The next project update will be issued in June 2025.

Contact: hfas@riverways-agency.example
`;

const RESIDENTS_NEWSLETTER = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Lower Wendle Residents' Association - Newsletter, April 2025</title>
</head>
<body>
<header>
<h1>The Wendle Watch</h1>
<p>Newsletter of the Lower Wendle Residents' Association &middot; Issue 47 &middot; April 2025</p>
</header>

<article>
<h2>"Patience is not a flood defence": packed meeting hears scheme is another 19 months away</h2>

<p>About 140 residents crowded into St Barnabas Church Hall on Thursday 3 April 2025 for our public meeting on the Harnford Flood Alleviation Scheme. It was the biggest turnout for an association meeting since the floods of December 2023.</p>

<p>Tom Okafor, the Riverways Agency's project manager for the scheme, and Councillor Priya Desai, the council's Cabinet Member for Environment and Climate, answered questions for nearly two hours.</p>

<p>Mr Okafor confirmed that the scheme will not now be finished until October 2026, and that the cost has risen from £18.4 million to £26.9 million. He blamed mainly the contaminated ground found at the old tannery site on Mill Lane, which halted work on the culvert for 22 weeks last year.</p>

<p>Our chair, Gareth Bowen, opened the meeting. He said: "People here have been patient for three years. Patience is not a flood defence. We want dates we can rely on and protection this winter, not just in 2026."</p>

<p>Councillor Desai told the meeting that the council's cabinet had agreed on Wednesday 26 March to put a further £2 million into the scheme, taking the council's total contribution to £4.5 million. The decision was unanimous, she said.</p>

<p>Mr Okafor promised that temporary barriers would be up at Quay Street and Ferry Lane "before the clocks go back" in October. Several residents asked why the barriers would not also cover Willow Crescent, where 19 homes flooded in 2023. Mr Okafor said the Agency would look again at Willow Crescent and report back to the association by the end of May.</p>

<p>Our secretary, Maureen Castle, said afterwards: "We have been told 'next year' so many times that nobody believes a date any more. The Agency needs to earn back our trust, and that starts with the barriers."</p>

<h3>What you told us: members' survey</h3>

<p>Thank you to the 212 households who answered our survey in February and March. The headline results are below.</p>

<table>
<thead>
<tr><th>Question</th><th>Yes</th><th>No / not sure</th></tr>
</thead>
<tbody>
<tr><td>Are you worried about flooding next winter?</td><td>78%</td><td>22%</td></tr>
<tr><td>Has your home insurance premium gone up since 2023?</td><td>41%</td><td>59%</td></tr>
<tr><td>Do you have a flood plan for your household?</td><td>34%</td><td>66%</td></tr>
<tr><td>Would you volunteer as a flood warden?</td><td>16%</td><td>84%</td></tr>
</tbody>
</table>

<p>The 16 per cent who said they would volunteer as flood wardens works out at 34 households. We will pass their details to the Agency for the training sessions that start in May.</p>

<h3>Dates for your diary</h3>
<ul>
<li>Tuesday 13 May 2025, 7pm &ndash; first flood-warden training session, St Barnabas Church Hall</li>
<li>Saturday 17 May 2025, 10am&ndash;1pm &ndash; free sandbag collection, Quay Street depot (maximum 10 bags per household)</li>
<li>Thursday 3 July 2025, 7.30pm &ndash; association AGM</li>
</ul>

<p>The association's committee will write to the Riverways Agency's Area Flood and Coastal Risk Manager, Dr Helen Marsh, asking her to attend our AGM in July.</p>
</article>

<footer>
<p>Lower Wendle Residents' Association &middot; Chair: Gareth Bowen &middot; Secretary: Maureen Castle &middot; Treasurer: Leonard Hyde</p>
</footer>
</body>
</html>
`;

const TRUST_BOARD_STATEMENT = `# Northmere Valley NHS Foundation Trust

## Statement from the Trust Board: National Care Inspectorate report on maternity services

**Issued: Thursday 12 June 2025**

Northmere Valley NHS Foundation Trust today responds to the National Care Inspectorate (NCI) report on maternity services at the Linwood Maternity Unit, Kestrel Vale General Hospital, following the unannounced inspection carried out in March 2025.

Martin Ashdown, chief executive of Northmere Valley NHS Foundation Trust, said: "We are deeply sorry to every woman and family we have let down. The report makes for uncomfortable reading, and we accept its findings in full."

He added: "I want to be clear that the kindness of our staff, which the inspectors recognised, has never been in question. What failed them was the support and the systems around them, and that is the responsibility of the board."

### Investment

At an extraordinary meeting on Wednesday 11 June 2025, the Trust Board approved an additional £3.2 million of investment in maternity services over the next two years. Of this, £2.1 million will fund additional midwifery and maternity support worker posts, and £1.1 million will pay for repairs to the second obstetric theatre, a refurbished triage area and new monitoring equipment.

### Progress since the inspection

The trust has already taken the following actions since the inspectors' visit:

| Area | Position at inspection (March 2025) | Position now (June 2025) |
|---|---|---|
| Midwives recruited (whole-time equivalent) | - | 14 of 28 in post |
| Average wait in maternity triage | 2 hours 40 minutes | 38 minutes |
| Fetal monitoring training (midwives) | 64% | 81% |
| Incidents awaiting review | 146 | 52 |
| Daily emergency equipment checks completed | 21 of 30 days | 100% since April |

The trust is recruiting 28 whole-time equivalent midwives. Fourteen have started work since March, and a further nine are due to join in September 2025 after qualifying.

A new structured triage system, the Birmingham Symptom-specific Obstetric Triage System (BSOTS), was introduced on Monday 2 June 2025. In its first week, the average time from arrival to first assessment by a midwife was 38 minutes.

Claire Denholm was appointed as the trust's permanent director of midwifery in April 2025, ending 14 months of interim arrangements. She said: "Our midwives have been carrying this service on goodwill for too long, and that ends now. Every shift will have a named coordinator with the authority to escalate when staffing is unsafe."

### External support

The maternity unit has entered the national Maternity Safety Support Programme, and the Northern Local Maternity and Neonatal System (LMNS) will provide an improvement adviser for 12 months. The board will receive a maternity safety report at every public board meeting, and Priya Lindqvist, chair of the trust, will chair a new maternity oversight committee.

Ms Lindqvist said: "The board did not see clearly enough what was happening on our labour ward. That will not happen again."

Dr Sunita Bhatt, medical director, will act as the board-level safety champion for maternity.

### Families

The trust has written to the families of women whose care was reviewed by the inspectors. Families with concerns can contact the Patient Advice and Liaison Service on 01632 960 418.

Ends.
`;

const AGENCY_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>M64 closed between junctions 14 and 16 after defect found on Wendle Viaduct | Northern Roads Agency</title>
</head>
<body>
<header>
<p class="org">Northern Roads Agency &ndash; Press Office</p>
<p class="date">Issued: Wednesday 12 March 2025, 11:30</p>
</header>
<main>
<h1>M64 closed between junctions 14 and 16 after defect found on Wendle Viaduct</h1>

<p>The M64 remains closed in both directions between junction 14 (Harlingford North) and junction 16 (Kessby) after engineers found serious cracking on the Wendle Viaduct during a routine inspection.</p>

<p>The defect was identified during a principal inspection on Monday 10 March 2025. Engineers found cracking in two of the 48 concrete half-joints that support the southbound deck of the viaduct. Half-joints are hidden supports where one section of deck rests on another, and they cannot be fully inspected without closing lanes.</p>

<p>Following an assessment overnight, the Northern Roads Agency closed both carriageways at 9pm on Tuesday 11 March 2025. The northbound deck has not been found to be damaged, but it shares piers with the southbound deck and will stay closed until engineers are satisfied that it is safe.</p>

<p>The Wendle Viaduct is a 640-metre structure that carries the M64 over the River Wendle and the Harlingford to Kessby railway line. It opened in 1971. Around 78,000 vehicles use this section of the motorway on an average weekday, 14 per cent of them heavy goods vehicles.</p>

<p>Dr Helen Okafor, Director of Structures at the Northern Roads Agency, said: &ldquo;We will not take any risk with this structure. The cracking we found is not something we can monitor and manage with traffic on top of it.&rdquo;</p>

<h2>How long will the closure last?</h2>

<p>The closure is expected to last at least six weeks. The agency&rsquo;s aim is to reopen the northbound carriageway, with one lane in each direction and a 40mph speed limit, by Friday 25 April 2025. A full reopening of both carriageways is not expected before the end of the summer.</p>

<p>The agency has approved an emergency repair budget of &pound;4.2 million. The work will be carried out by Carrow Civil Engineering Ltd, which already holds the agency&rsquo;s structures maintenance contract for the region. Steel propping will be installed beneath the damaged half-joints first, and crews will work 24 hours a day, seven days a week.</p>

<h2>Diversion routes</h2>

<p>Signed diversions are in place. Drivers should follow the symbols shown on yellow diversion signs. Around 2,400 temporary signs have been put up across the area.</p>

<table>
<caption>Signed diversion routes, M64 junctions 14&ndash;16 (estimates as of 12 March 2025)</caption>
<thead>
<tr><th>Route</th><th>Symbol</th><th>Who may use it</th><th>Roads</th><th>Extra distance</th><th>Extra time, off-peak</th><th>Extra time, peak</th></tr>
</thead>
<tbody>
<tr><td>Route A</td><td>Solid circle</td><td>All vehicles</td><td>A519, Kessby Road</td><td>11 miles</td><td>18 minutes</td><td>35 minutes</td></tr>
<tr><td>Route B</td><td>Hollow triangle</td><td>Heavy goods vehicles</td><td>M70, A630</td><td>23 miles</td><td>25 minutes</td><td>40 minutes</td></tr>
<tr><td>Route C</td><td>Hollow square</td><td>Vehicles under 7.5 tonnes, local traffic</td><td>B4120 Wendle Bridge Road</td><td>4 miles</td><td>12 minutes</td><td>30 minutes</td></tr>
</tbody>
</table>

<p>Martin Pryce, Regional Operations Manager at the Northern Roads Agency, said: &ldquo;We know this is deeply disruptive, and we are asking drivers to plan ahead and follow the signed diversions rather than their sat-navs. Satellite navigation will try to send lorries down roads that simply cannot take them.&rdquo;</p>

<p>Traffic officers will patrol the diversion routes between 6am and 8pm on weekdays. The agency is working with Wendleshire County Council on the timing of traffic lights on the A519.</p>

<h2>Updates</h2>

<p>The agency will publish an update on the closure at 4pm every day on its website. A public drop-in session will be held at Harlingford Civic Hall on Tuesday 18 March 2025 between 2pm and 7pm, where engineers will answer questions.</p>

<p>Ends</p>
</main>
<footer>
<p>Notes to editors: The previous principal inspection of the Wendle Viaduct was carried out in 2019 and recorded no cracking in the half-joints. Principal inspections take place every six years.</p>
</footer>
</body>
</html>
`;

const LIBRARY_PRESS_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Press release: 11,640 residents tell council "Don't hand our libraries to goodwill"</title>
</head>
<body>
<header>
  <p><strong>Save Harwick Libraries</strong> — Press release</p>
  <p>For immediate release: Wednesday 8 October 2025</p>
</header>

<h1>11,640 residents tell council: "Don't hand our libraries to goodwill"</h1>

<p>Campaigners from <strong>Save Harwick Libraries</strong> delivered a petition signed by 11,640 people to County Hall on Monday 6 October 2025, calling on Harwick County Council to withdraw plans to hand six village and small-town libraries to volunteers.</p>

<p>The petition was received by the Leader of Harwick County Council, Cllr Angela Broome, on the steps of County Hall. Around 60 supporters, many with children, attended the hand-in.</p>

<p>The council's cabinet will decide on the plans on Tuesday 14 October. Under the proposals, Millbrook, Orton Vale, Pennock, Little Haddon, Westcombe and Brayford libraries would become community-managed from April 2026, and opening hours would be cut at eight other libraries.</p>

<p>Priya Venkatesh, chair of Save Harwick Libraries, said: "Volunteers are being asked to pick up the keys to a service the council has spent a decade running down. People in Brayford and Westcombe don't have a bus on a Sunday, let alone a second library."</p>

<h2>"Less than half of what it costs"</h2>

<p>The campaign surveyed the five community-managed libraries in neighbouring Wrexley, which transferred to volunteers in 2021. It found that their first-year costs averaged £34,000, more than double the £15,000 one-off grant Harwick is offering each group.</p>

<p>The campaign also points out that the council held £23 million in usable reserves at the end of March 2025, and says that the cuts could be deferred for a year while alternatives are explored.</p>

<table border="1">
  <caption>What the six libraries stand to lose (weekly opening hours)</caption>
  <thead>
    <tr><th>Library</th><th>Hours now (staffed)</th><th>Council minimum (volunteer-run)</th><th>Hours lost</th></tr>
  </thead>
  <tbody>
    <tr><td>Millbrook</td><td>24</td><td>15</td><td>9</td></tr>
    <tr><td>Orton Vale</td><td>22</td><td>15</td><td>7</td></tr>
    <tr><td>Pennock</td><td>20</td><td>15</td><td>5</td></tr>
    <tr><td>Little Haddon</td><td>18</td><td>15</td><td>3</td></tr>
    <tr><td>Westcombe</td><td>18</td><td>15</td><td>3</td></tr>
    <tr><td>Brayford</td><td>16</td><td>15</td><td>1</td></tr>
  </tbody>
</table>

<h2>Staff "treated as a line in a spreadsheet"</h2>

<p>The cuts would remove 31.5 full-time equivalent posts. Harwick UNISON, which represents most library staff, says those posts are held by 44 people, because many library workers are part-time.</p>

<p>Tom Albright, branch secretary of Harwick UNISON, said: "You cannot run a library on goodwill and a kettle. These are skilled staff who run reading groups, help people apply for benefits and keep children safe, and they are being treated as a line in a spreadsheet."</p>

<h2>Rally on cabinet day</h2>

<p>Save Harwick Libraries and Harwick UNISON will hold a rally outside County Hall at 5.30pm on Tuesday 14 October, before the cabinet meeting begins at 6pm. Residents are invited to bring a library book.</p>

<h3>Notes to editors</h3>
<ul>
  <li>Save Harwick Libraries was founded in 2016 and has around 900 members across the county.</li>
  <li>The council's own consultation found that 68% of 4,312 respondents disagreed with transferring libraries to volunteers.</li>
  <li>Media contact: Priya Venkatesh, chair, Save Harwick Libraries.</li>
</ul>
</body>
</html>
`;

const LIBRARY_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Thursday 9 October 2025
Location: Millbrook Library, High Street, Millbrook
Interviewer: Sam Okafor, Harwick Gazette
Interviewees: Gareth Pryce, chair, Friends of Millbrook Library; Helen Marsh, branch librarian, Millbrook Library
Recording length: 34 minutes (edited transcript)

SAM OKAFOR: Thanks to you both. Gareth, can you start by telling me who the Friends are?

GARETH PRYCE: We set up the Friends of Millbrook Library in 2014, when the council first cut the Saturday opening. We've got 37 paid-up members. We run the summer reading challenge helpers, the book sale, that sort of thing. We're not against volunteering, we've been doing it for eleven years. But running the whole library is a different thing altogether.

SAM OKAFOR: How many people have said they'd help if the group takes it on?

GARETH PRYCE: At the moment we've got 26 volunteers signed up for a rota. To cover 15 hours a week safely, with two people on every shift and shifts of three hours, plus holidays and illness, we reckon we need about 40. So we're short.

SAM OKAFOR: And money?

GARETH PRYCE: We raised £6,200 at our summer fair in July, which was a record for us. The council's offering £15,000 up front and £4,500 a year for three years. The building stays with the council, so we're not worried about the roof. What worries us is insurance, safeguarding, DBS checks for every volunteer, who's responsible if a child goes missing. Those are the questions nobody's answered yet.

SAM OKAFOR: Helen, what does this mean for you?

HELEN MARSH: My post is one of those being deleted. I've been branch librarian here for 19 years. I've been told I can apply for redeployment, and the post I've been offered is at Castlebridge, which is 11 miles away. I don't drive, so that's two buses each way.

SAM OKAFOR: What would Millbrook lose?

HELEN MARSH: Our Tuesday baby rhyme time gets about 30 families every week. We run the home library service for this end of the county from here, that's 48 housebound readers who get books delivered every three weeks. We help people with Universal Credit forms. Volunteers can do some of that, but they shouldn't have to do it unpaid.

SAM OKAFOR: The council says 15 hours is a minimum and groups can open for longer.

HELEN MARSH: Fifteen hours is the floor, not the ceiling, that's what they keep telling us. But at the moment we open 24 hours a week, so in practice it's a cut, whatever they call it.

SAM OKAFOR: Gareth, will the Friends put in a bid?

GARETH PRYCE: We haven't decided. We're holding a public meeting in the church hall on Wednesday 22 October, and we'll decide there whether to submit an expression of interest. The council's deadline for those is 28 November. If we don't, and nobody else does, the library closes. That's the choice we've been given.

SAM OKAFOR: Anything else you want to add?

HELEN MARSH: Just that people should come to the rally on Tuesday. Councillors need to see who uses this place.

GARETH PRYCE: And come to our meeting on the 22nd. We can't do it with 26 people.

[END OF TRANSCRIPT]
`;

const MINISTER_LETTER = `# Letter from the Minister for Transport and Islands

**From:** Alasdair Brannock MSP, Minister for Transport and Islands
**To:** Morag Sinclair, Chair, Torvay Community Council
**Date:** Monday 10 March 2025
**Subject:** Ferry disruption on the Ardcullen – Torvay route

Dear Ms Sinclair,

Thank you for your letter of 6 March on behalf of Torvay Community Council, sent following your extraordinary meeting on 5 March. I have read it carefully, together with the evidence from Dr Gilchrist and the island's businesses, and I want to respond to each of your three requests.

## 1. A second relief vessel

I can confirm that the Government will provide **£1.2 million** to the Island Vessels Agency to charter the MV Skua Bay from the Norwegian operator Fjordlinje AS for a period of eight weeks. The Skua Bay carries up to 180 passengers and 30 cars. She is expected to enter service on the Ardcullen – Torvay route on **Monday 17 March 2025**, sailing alongside the MV Caithe, and will be operated by Northsound Ferries crews.

With two vessels on the route, Northsound Ferries expects to restore five return sailings a day from Monday to Saturday. If the Glen Rossa returns on 28 March as planned, the charter will allow the Skua Bay to be redeployed as cover elsewhere on the network for the remainder of the eight weeks.

## 2. Compensation for island businesses

I recognise the real losses that businesses on Torvay have suffered. I do not believe, however, that a separate government compensation scheme would be the right approach, as it would take months to set up and would duplicate the fund already in place. Instead, the Government will match Northsound Ferries' £25,000 hardship fund pound for pound, bringing the total available to **£50,000**. The maximum award per business will rise from £2,000 to £4,000, and the closing date will be extended from 31 March to **Wednesday 30 April 2025**.

## 3. A visit to Torvay

I am unable to visit Torvay before the end of March because of parliamentary business. I would, however, be glad to meet the Community Council by video call on **Thursday 20 March**, and I have asked my officials to arrange a visit to the island in April.

## The wider fleet

Councillor Beaton's point about the fleet, which you passed on, is well made. The Glen Rossa is 31 years old, and she is not alone. Of the 22 major vessels owned by the Island Vessels Agency, nine are more than 30 years old.

| Vessel age       | Number of vessels |
|------------------|-------------------|
| Under 10 years   | 3                 |
| 10 to 20 years   | 4                 |
| 21 to 30 years   | 6                 |
| Over 30 years    | 9                 |
| **Total**        | **22**            |

Reliability across the network fell from 98.6 per cent of scheduled sailings in 2023 to 96.1 per cent in 2024. On the Ardcullen – Torvay route itself, reliability in 2024 was 97.2 per cent.

I have therefore asked the Island Vessels Agency to carry out a fleet resilience review, led by its Chief Executive, Dr Helen Okafor. The review will report to me by 30 June 2025 and will set out how many relief vessels the network needs and how quickly the oldest vessels can be replaced.

"Islanders should not have to plan their lives around a ferry that may not sail," as I told Parliament last week, and I stand by that. "The Skua Bay is a stopgap, not a solution," and I will not pretend otherwise.

Yours sincerely,

Alasdair Brannock MSP
Minister for Transport and Islands

cc: Keith Dunmore, Managing Director, Northsound Ferries
cc: Dr Helen Okafor, Chief Executive, Island Vessels Agency
`;

const SENTENCING_REMARKS = `# R v Harrowdale Water Services Ltd — Summary of Sentencing Remarks

**Court:** Kestminster Crown Court
**Judge:** His Honour Judge Martin Oyelaran
**Date of sentence:** Thursday 12 June 2025
**Prosecutor:** Environment Agency, represented by Ms Rachel Dunmore (counsel)
**Defendant:** Harrowdale Water Services Ltd, represented by Mr Alistair Penhale KC

*Summary prepared from the reporter's notes and the written remarks handed down in court. Not an official transcript.*

## Background

Harrowdale Water Services Ltd pleaded guilty to four offences under the Environmental Permitting (England and Wales) Regulations 2016 at Kestminster Magistrates' Court on Monday 3 March 2025. The case was committed to the Crown Court for sentence because of its seriousness.

The offences concern the Brackenford Wastewater Treatment Works, which discharges into the River Ashby, and the Mill Lane pumping station, which discharges into Tenley Brook, a tributary of the Ashby. The offending period runs from May 2021 to August 2023.

## Offences and fines

| Count | Site | Offence | Period | Fine |
|---|---|---|---|---|
| 1 | Brackenford WwTW | Unpermitted discharge of untreated sewage from the storm overflow in dry weather | 14–17 May 2021 | £1,200,000 |
| 2 | Brackenford WwTW | Breach of permit condition: failure to pass the required flow to full treatment | January–December 2022 | £950,000 |
| 3 | Mill Lane pumping station | Unpermitted discharge to Tenley Brook causing a fish kill | 8 August 2023 | £1,450,000 |
| 4 | Mill Lane pumping station | Breach of permit condition: failure to notify the Environment Agency within 24 hours | 8–11 August 2023 | £300,000 |
| | | | **Total** | **£3,900,000** |

The company was also ordered to pay the Environment Agency's prosecution costs of £186,420. The fines and costs are to be paid within 28 days.

## The prosecution case

Ms Dunmore told the court that event duration monitoring data showed the Brackenford storm overflow had discharged on 61 days in dry weather across the offending period, when no rainfall could justify a spill. She said that during 2022 the works passed forward, on average, only 78% of the flow its permit required it to treat before any storm discharge was allowed.

On Tuesday 8 August 2023 a pump failure at Mill Lane caused raw sewage to enter Tenley Brook for around 19 hours. The Environment Agency counted 2,300 dead fish, mainly brown trout and bullhead, along a 3.2 km stretch of the brook. The company did not notify the Environment Agency until Friday 11 August 2023, three days later, after a member of the public had reported dead fish.

Ms Dunmore said: "The alarm at Mill Lane sounded eleven times in the fortnight before the failure, and on each occasion it was cleared without anyone being sent to the site."

## The defence case

Mr Penhale KC said the company accepted full responsibility and had "apologised unreservedly" to the communities affected. He said Harrowdale had committed £28 million to increase storm tank capacity at Brackenford from 1,800 to 4,500 cubic metres, with the work due to be completed by March 2027. He told the court that the company's director of wastewater operations, Mr Ravi Chandran, had introduced a new alarm-response procedure in October 2023.

The court heard that Harrowdale's annual turnover in the 2023/24 financial year was £842 million.

## Sentencing remarks (key passages)

Judge Oyelaran placed the company in the "large organisation" category and found the offending to be in the negligent category, with a high level of culpability for counts 1 and 3.

He said: "This was not a one-off mishap. It was a sustained failure of management over more than two years, and the river paid the price."

On the fish kill, he said: "A company of this size does not get to treat an alarm as a nuisance to be silenced."

He said that but for the guilty pleas the total fine would have been £5,850,000. He gave the company full credit of one third for its early pleas, reducing the total to £3,900,000.

The judge said he accepted the assurance of the chief executive, Ms Fiona Greaves, given in a letter to the court, that the fines would be paid by the company's shareholders and would not be passed on to customers through bills.

He added that he had taken into account the £28 million investment, but said: "Investment that should have been made years ago is not mitigation; it is the bare minimum."

## Next steps

There is no confiscation application. The Environment Agency told the court it would continue to monitor the Brackenford works monthly until the storm tank upgrade is complete.
`;

describe('the fortieth round: multiples, headers, pleas and rows (h332–h343), with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a writer\'s "more than three times" and "more than double" against the two figures the sources give', async () => {
    const spent = expectVerdictWith(await workspaceIndex({ 'sources/roofline_press_release.html': TEMPORARY_ACCOMMODATION }));
    spent('contradicted', 'The council spent £4.3 million on temporary accommodation in 2023/24, more than three times the £1.9 million it spent in 2020/21.', [['more than three times', '£4.3 million and £1.9 million (2.3 times)']]);
    spent('supported', 'The council spent £4.3 million on temporary accommodation in 2023/24, more than double the £1.9 million it spent in 2020/21.');
    const falls = expectVerdictWith(await workspaceIndex({ 'sources/inspection_report_summary.md': CARE_HOME_INSPECTION }));
    falls('contradicted', 'The home recorded 38 falls between December and February, more than double the 21 recorded in the previous three months.', [['more than double', '38 and 21 (1.8 times)']]);
    falls('supported', 'The home recorded 38 falls between December and February, almost double the 21 recorded in the previous three months.');
  });

  test('"(m)" after a word of height or distance is metres; "I\'ve" is no name', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'sources/inspector_decision_summary.md': INSPECTOR_DECISION, 'sources/parish_council_meeting_25nov2024.txt': PARISH_MEETING }));
    verdict('supported', 'The smallest turbine, T7, will have a tip height of 125 metres and sits 1,210 metres from Lane Head Barn.');
    verdict('contradicted', 'The smallest turbine, T7, will have a tip height of 135 metres and sits 1,210 metres from Lane Head Barn.');
    verdict('supported', 'Councillor Dev Malik said he had read all 38 pages of the decision and could not see a point of law in it.');
  });

  test('a neighbour that names the clause\'s subject gives its verb; "the League\'s Rules" are the League\'s; a lead the sentence gives', async () => {
    const watchdog = expectVerdictWith(await workspaceIndex({ 'sources/iops_report_summary.html': WATCHDOG_REPORT }));
    watchdog('supported', 'It made three learning recommendations, all of which Westmoor Police has accepted.');
    const league = expectVerdictWith(await workspaceIndex({ 'sources/league_statement.html': LEAGUE_STATEMENT }));
    league('supported', 'The Northern Counties Football League deducted 12 points from the club on Thursday, March 14, under Regulation 34.2 of its rules.');
    league('supported', 'The club is two points clear of the relegation places with eleven league games left.');
    league('contradicted', 'The club is five points clear of the relegation places with eleven league games left.');
  });

  test('"Patience is not a flood defence" denies nothing of the scheme; "£8.5 million … above the approved budget" is the increase', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/riverways_project_update_march2025.txt': PROJECT_UPDATE, 'sources/lwra_newsletter_april2025.html': RESIDENTS_NEWSLETTER }));
    const opening = judge('The flood defence scheme meant to protect more than 1,500 homes and businesses in Harnford will cost £26.9 million and will not be finished until October 2026, the Riverways Agency has said.');
    assert.ok(!opening.conflicts.some((c) => c.kind === 'negation'), why(opening));
    const above = judge('The new estimate is £8.5 million, or 46 per cent, above the approved budget.');
    assert.equal(above.verdict, 'supported', why(above));
  });

  test('"extra midwives" are the "midwifery … posts" of the figure; "the agency\'s Director of Structures" is the Director of Structures at the agency', async () => {
    const trust = expectVerdictWith(await workspaceIndex({ 'sources/trust_board_statement.md': TRUST_BOARD_STATEMENT }));
    trust('supported', 'Of that, £2.1 million will pay for extra midwives and maternity support workers.');
    const agency = expectVerdictWith(await workspaceIndex({ 'sources/nra_statement_2025-03-12.html': AGENCY_STATEMENT }));
    agency('supported', '"We will not take any risk with this structure," said Dr Helen Okafor, the agency\'s Director of Structures.');
  });

  test('a plea denies nothing; a row gives no rival to the figure a sentence gives before the claim\'s own word', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/save_harwick_libraries_press_release.html': LIBRARY_PRESS_RELEASE, 'sources/interview_millbrook_library.txt': LIBRARY_INTERVIEW }));
    const handed = judge("Six of Harwick County Council's 14 libraries would be handed to volunteer groups next spring under plans going before the council's cabinet on Tuesday 14 October.");
    assert.ok(!handed.conflicts.some((c) => c.kind === 'negation'), why(handed));
    const rota = judge('In Millbrook, the Friends of Millbrook Library has 26 volunteers signed up for a rota.');
    assert.equal(rota.verdict, 'supported', why(rota));
  });

  test('"prevented him from visiting" denies as "unable to visit" does; a figure another row of the same name gives', async () => {
    const minister = expectVerdictWith(await workspaceIndex({ 'sources/minister_letter.md': MINISTER_LETTER }));
    minister('supported', 'The minister said parliamentary business prevented him from visiting Torvay before the end of March, but offered to meet the council by video call on Thursday 20 March.');
    const fines = expectVerdictWith(await workspaceIndex({ 'sources/sentencing_remarks_summary.md': SENTENCING_REMARKS }));
    fines('supported', 'The largest single fine, £1.45 million, was for a pump failure at Mill Lane on Tuesday 8 August 2023 that sent raw sewage into Tenley Brook for about 19 hours.');
    fines('contradicted', 'The largest single fine, £1.65 million, was for a pump failure at Mill Lane on Tuesday 8 August 2023 that sent raw sewage into Tenley Brook for about 19 hours.');
  });
});
