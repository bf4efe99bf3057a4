/**
 * The thirty-ninth round: false alarms shown as errors in the drafts written against b8a521f (h308–h313: a council
 * budget, a hosepipe ban, an airport's expansion, a housing ombudsman, a rail timetable, a university's cuts). A word
 * after a figure that another passage gives with it ("two abstentions" / "abstentions, 2"), a group's size in words
 * ("the lowest of the four"), "161 million five years ago" as two figures, a release dated by its dateline, a row
 * keyed by a year, a column header's unit with its period ("(million litres a day)"), rows the claim names in two
 * clauses, a unit that is no row's name ("within three years" / "Year"), "one" in "in one case", "the ombudsman's
 * chief", a table typed in a Markdown code block, the claim's figures all in a passage other than a row, a clipped
 * word ("reps"), a speaker's brackets after their first label, and a release's own words before another's
 * quotation. The fixtures are the helpers' sources, whole or cut; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { CAR_PARK_DECISION, COUNCIL_VOTES, MARATHON_AMBULANCE_BRIEFING, MARATHON_STATEMENT, PORTFOLIO_ANNOUNCEMENT, TARNWELL_ANNOUNCEMENT } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { expectVerdictWith, judgeWith, misattributions, why, workspaceIndex } from './sources';

const LIBDEM_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Lib Dems: Labour's budget "closes libraries and opens the office chequebook"</title>
</head>
<body>
<article>
<p><strong>PRESS RELEASE — FOR IMMEDIATE RELEASE</strong><br>
Marlowe Liberal Democrat Group, Marlowe Borough Council<br>
Friday 28 February 2025</p>

<h1>Lib Dems: Labour's budget "closes libraries and opens the office chequebook"</h1>

<p>Liberal Democrat councillors have condemned the Labour administration's budget, passed at full council on Thursday night, which raises council tax by 4.99 per cent and puts three of Marlowe's eleven libraries on course for closure.</p>

<p>The Liberal Democrat amendment, which would have used £1.5 million from the council's £6.8 million transformation reserve to keep Eastgate, Pelham Road and Northcote libraries open for two years, was defeated by 30 votes to 24. The Conservative group backed the amendment.</p>

<p>Cllr Simon Achterberg, Leader of the Liberal Democrat Group, said: "Labour had a simple choice tonight and they chose to shut the doors on 38,000 visits a year at Northcote alone. Residents will pay more and get less."</p>

<p>He added: "We showed it could be done without a penny more on council tax. Labour simply did not want to listen."</p>

<p>Cllr Rachel Moss, the group's finance spokesperson, said the administration had set aside £2.3 million for the refurbishment of the Civic Offices on Bridge Street. "If there is money for new carpets in the Civic Offices, there is money for children's reading groups," she said.</p>

<p>The group set out its alternative proposals:</p>

<table border="1">
<thead>
<tr><th>Proposal</th><th>Cost / saving</th><th>Funded by</th></tr>
</thead>
<tbody>
<tr><td>Keep three libraries open for two years</td><td>£1.5m cost</td><td>Transformation reserve</td></tr>
<tr><td>Pause Civic Offices refurbishment</td><td>£2.3m saving (capital)</td><td>—</td></tr>
<tr><td>Cut agency and consultant spending by a quarter</td><td>£1.0m saving</td><td>—</td></tr>
</tbody>
</table>

<p>The Friends of Marlowe Libraries, whose petition has gathered 4,300 signatures, said it would continue campaigning throughout the twelve-week consultation, which opens on Monday 3 March.</p>

<p>The Liberal Democrats hold 18 of the 60 seats on Marlowe Borough Council. Labour holds 33 and the Conservatives 9.</p>

<p><em>Ends. Media contact: Marlowe Liberal Democrat Group office, Town Hall.</em></p>
</article>
</body>
</html>
`;

const OWSR_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>OWSR statement on Tarnwell Water Temporary Use Ban</title>
</head>
<body>
<header>
<p>Office for Water Supply Regulation (OWSR)</p>
<p>News release &middot; Thursday 10 July 2025</p>
</header>
<main>
<h1>Regulator responds to Tarnwell Water hosepipe ban and orders weekly reservoir reporting</h1>

<p>The Office for Water Supply Regulation (OWSR) today said it accepted that Tarnwell Water's Temporary Use Ban, which begins on Friday 18 July, was a reasonable response to the exceptionally dry conditions in Wealdmoor and Ashcombe. However, the regulator criticised the company's record on leakage and announced new reporting requirements.</p>

<p>Under a direction issued today, Tarnwell Water must publish the level of each of its four reservoirs every Monday for as long as the ban remains in force. The first weekly figures are due on Monday 14 July.</p>

<p>Graham Oduya, chief executive of the OWSR, said: "Customers are being asked to play their part, and it is only fair that they can see clearly what is happening to their water. Weekly reporting will give them that."</p>

<p>He added: "A hosepipe ban does not excuse poor performance on leakage. Tarnwell Water has now missed its leakage target for three years in a row, and that is not acceptable."</p>

<h2>Leakage performance</h2>

<p>The OWSR's annual performance review shows that Tarnwell Water has exceeded its leakage target in each of the last three reporting years.</p>

<table>
<thead>
<tr><th>Reporting year</th><th>Leakage target (million litres a day)</th><th>Actual leakage (million litres a day)</th><th>Above target by</th></tr>
</thead>
<tbody>
<tr><td>2022-23</td><td>140</td><td>149</td><td>6%</td></tr>
<tr><td>2023-24</td><td>136</td><td>146</td><td>7%</td></tr>
<tr><td>2024-25</td><td>132</td><td>142</td><td>8%</td></tr>
</tbody>
</table>

<p>Because of the 2024-25 shortfall, the OWSR has provisionally decided that Tarnwell Water must return £4.2 million to customers through lower bills in 2026-27. The company has until Friday 25 July to respond to the provisional decision.</p>

<p>Dr Helen Marsh, the OWSR's director of enforcement, said: "We will be watching Tarnwell Water's leakage figures closely over the coming months. If the company cannot show real progress, we will not hesitate to take further action."</p>

<h2>Customer representatives</h2>

<p>The Wealdmoor Customer Water Panel, an independent group that represents Tarnwell Water customers, said it had received more than 400 messages from customers since the ban was announced on Tuesday.</p>

<p>Aled Pryce, chair of the Wealdmoor Customer Water Panel, said: "People are willing to save water, but they want to see the company fixing the leaks first. Trust has to be earned."</p>

<p>The OWSR said it had also asked the Environment Agency to share its assessment of Tarnwell Water's drought permit application for the River Lenn once a decision is made. The Environment Agency is expected to decide on the application within 28 days.</p>

<h2>Background</h2>
<ul>
<li>Temporary Use Bans are imposed by water companies under the Water Industry Act 1991. The OWSR does not approve or reject them but monitors the companies' drought plans.</li>
<li>Tarnwell Water serves around 1.4 million customers and is one of 17 water companies regulated by the OWSR.</li>
<li>Two other water companies have announced hosepipe bans this summer.</li>
</ul>
</main>
<footer>
<p>Media enquiries: OWSR press office, press@owsr.example.gov</p>
</footer>
</body>
</html>
`;

const MARATHON_REPORT = `# Marathon heat: council demands answers as 63 runners taken to hospital

*Kelsbrook Courier, Wednesday 12 June 2024*
*By Tom Ashdown, Chief Reporter*

Kelsbrook City Council has demanded answers from the organisers of Sunday's Kelsbrook Marathon after 63 runners were taken to hospital in temperatures that reached 27C.

The council gives the race £15,000 a year and closes more than 40 roads for it. Councillor Ruth Bellingham, the council's cabinet member for leisure and culture, said the authority would not commit to the 2025 event until it had seen the findings of the independent review announced by the Kelsbrook Marathon Trust on Monday.

"The city gave this race its streets, and the city deserves to know why the water ran out," Cllr Bellingham said. "I have no doubt the volunteers did their best, but good intentions are not a heat plan."

She will bring a report to the council's scrutiny committee on Thursday 4 July.

## "The tables were empty"

Neil Castell, a 41-year-old teacher from Ashby, collapsed at mile 23 and spent a night in St Aldric's Hospital. He was running his fourth marathon.

"The last water I got was at mile 19," he said. "By the time I reached 21 the tables were empty, and I remember a marshal apologising. After that it's a blur."

Katie Orme, 29, a nurse from Hollins, was among the 1,350 runners diverted when the course was closed beyond mile 18 at 1:15pm.

"I was angry at the time, but having seen the ambulances, I understand why they stopped us," she said.

## Earlier start urged

Derek Lumb, chairman of Kelsbrook Harriers, the city's largest running club, said members had asked for an earlier start after the 2023 race.

"We asked for an earlier start last year and were told it would cost too much in road closures," Mr Lumb said. "I hope nobody says that again."

The Trust said on Monday it would consider moving the 2025 start earlier, to 8am. Gareth Pryce, the race director, told the Courier that an earlier start would add about £9,000 to the cost of the event, mainly for extra marshals and traffic management.

## How this year compared

Figures supplied by the Kelsbrook Marathon Trust show how the number of runners needing treatment has risen as race-day temperatures have climbed.

| Year | Race day | Peak temperature | Starters | Treated | Taken to hospital |
|------|----------|------------------|----------|---------|-------------------|
| 2022 | Sunday 12 June | 19C | 10,480 | 141 | 12 |
| 2023 | Sunday 11 June | 22C | 10,905 | 205 | 18 |
| 2024 | Sunday 9 June  | 27C | 11,240 | 412 | 63 |

The number of runners treated this year was just over double the 2023 figure, and more than three times as many runners were taken to hospital.

The race raised an estimated £2.1m for charity this year, according to the Trust.

Professor Martin Goodwin, who will lead the review, said he would invite written evidence from runners, volunteers and residents until Friday 26 July. "I want to hear from the people who were out on that course, not just from the people who planned it," he said.

The ambulance service has said it will seek to recover an extra £37,500 from the Trust for the cost of the day.
`;

const FARAE_STATEMENT = `FENWICK GREEN AND ASHCOMBE RESIDENTS AGAINST EXPANSION (FARAE)
STATEMENT ON THE KESTRELBY AIRPORT APPEAL DECISION
Issued: Friday 13 June 2025
For immediate release

FARAE is deeply disappointed by the decision of planning inspector Helen
Marchetti, published yesterday, to allow Kestrelby Airport Ltd's appeal and
grant permission for a longer runway, a new pier, a 2,400-space multi-storey
car park and a 60% rise in the passenger cap.

Our chair, Owen Pritchard, said: "This decision trades the sleep of
thousands of families for a bigger car park and a longer runway. The
inspector agreed the harm is real, and then decided it did not matter."

FARAE represented residents as a formal party throughout the 18-day public
inquiry, which closed on 21 February. We want to thank the 410 people who
have donated to our legal fund so far. The fund stands at GBP 23,500 against
a target of GBP 60,000.

WHAT THE NOISE SCHEME LEAVES OUT

The airport's GBP 14.6 million noise insulation scheme covers 1,850 homes
inside the 63 dB daytime contour. By our count, about 4,700 homes lie inside
the night-time noise footprint, which means well over half of the affected
households will get nothing. The new night cap of 2,900 movements a year is
lower than today's limit of 3,400, but it is still more than the 2,650 night
movements the airport actually flew in 2024.

Our secretary, Margaret Doyle, who gave evidence at the inquiry, said: "We
are not anti-airport; we are anti-night-flights. A cap set above what the
airport already flies is not a reduction, it is a licence to grow."

OUR RESIDENTS' SURVEY

Between 3 and 28 March 2025, FARAE volunteers surveyed 612 households in
Fenwick Green, Upper Tolley and Ashcombe Marsh. The results:

  Question                                         Yes     No
  -----------------------------------------------  ------  ------
  Woken by aircraft at least once a week           71%     29%
  Would support a full ban on night departures     83%     17%
  Have considered moving because of noise          38%     62%
  Were told about the insulation scheme            22%     78%

WHAT HAPPENS NEXT

Our lawyers at Halloran Whitby LLP are studying the 94-page decision. Any
challenge in the High Court must be lodged within six weeks of the decision,
that is by Thursday 24 July 2025. No decision on a challenge has yet been
taken; the committee will vote on it after hearing from members.

We are calling on Ashcombe Vale District Council, which refused the
application in March 2024, to join us. Council leader Cllr Priya
Ramanathan has said only that the council "will study the decision
carefully before deciding on any next steps."

FARAE will hold a public meeting at St Aldhelm's Church Hall, Fenwick
Green, on Monday 16 June at 7.30pm. All residents are welcome.

Contact: Margaret Doyle, Secretary, FARAE
`;

const AIRPORT_RELEASE = `# Kestrelby Airport welcomes planning approval for £412m expansion

**Kestrelby Airport Ltd — Press release — Thursday 12 June 2025 — for immediate use**

Kestrelby Airport has today welcomed the decision of the National Planning Appeals Service to grant planning permission for its long-planned expansion, following an 18-day public inquiry earlier this year.

The £412 million scheme, funded by the airport's owners, Northgate Infrastructure Partners, will lengthen the main runway by 640 metres to 2,790 metres, allowing larger aircraft to fly direct to destinations in North America and the Middle East for the first time. It also includes a new nine-stand pier and a 2,400-space multi-storey car park, and lifts the airport's annual passenger cap from 4.5 million to 7.2 million.

Daniel Okafor, Chief Executive of Kestrelby Airport, said: "Today's decision is a vote of confidence in this region and in the thousands of people who work here. We listened to our neighbours throughout this process, and we will keep listening."

## Growth in numbers

2024 was the busiest year in the airport's history. Passenger numbers rose 14.8% on 2023 to 4.18 million, passing the previous record of 3.91 million set in 2019. Air transport movements, however, remain slightly below their 2019 level, because airlines are flying larger and fuller aircraft.

| Year | Passengers | Air transport movements | Destinations served |
|------|-----------:|------------------------:|--------------------:|
| 2019 | 3,910,000 | 38,200 | 61 |
| 2022 | 2,870,000 | 29,400 | 48 |
| 2023 | 3,640,000 | 34,900 | 57 |
| 2024 | 4,180,000 | 37,600 | 64 |
| 2030 (forecast) | 6,100,000 | 51,000 | 85 |

## Jobs and the local economy

The airport expects the expansion to create 1,100 additional on-site jobs by 2032, with a further 2,300 jobs supported indirectly across the supply chain. The airport currently employs 3,050 people on site, making it the largest private employer in Ashcombe Vale.

## Noise commitments

As part of the approval, the airport has committed to:

- a £14.6 million noise insulation scheme for 1,850 homes, which Mr Okafor described as "the most generous of any regional airport in the country";
- a cap of 2,900 night-time flights a year, nearly 15% below the current limit of 3,400;
- no scheduled departures between 23:30 and 06:00;
- a £3.2 million sustainable transport fund over ten years, including a new express bus link to Ashcombe Parkway station.

## Timetable

Ruth Lindqvist, Director of Operations, said work on the runway extension would begin in the first quarter of 2026 and take about 30 months, with the extended runway expected to open in the summer of 2028. The new pier will follow, opening in 2029.

"We will phase construction so that the airport stays fully open throughout, and we will publish a construction noise plan before a single digger arrives," Ms Lindqvist said.

## Notes to editors

- Kestrelby Airport is owned by Northgate Infrastructure Partners, which acquired it in 2017.
- The planning application (ref 23/01177/FULM) was submitted to Ashcombe Vale District Council in August 2023 and refused in March 2024. The airport appealed in May 2024.
- Media enquiries: Tom Ashworth, Head of Communications, press@kestrelbyairport.example
`;

const OMBUDSMAN_REPORT = `# Tenancy Ombudsman Service — Special Investigation Report

## Greybridge Homes: complaints concerning damp and mould

**Report reference:** TOS/2024/0417
**Published:** Tuesday 14 May 2024
**Landlord:** Greybridge Homes (registered provider of social housing)
**Investigating officer:** Paul Trevithick, Head of Investigations
**Approved by:** Dr Helena Wright, Chief Ombudsman

---

### 1. Summary

The Tenancy Ombudsman Service (TOS) has investigated 11 complaints made by residents of Greybridge Homes, a housing association which manages around 9,400 homes across Haddley and the Lower Weald district. All 11 complaints concerned damp, mould or condensation, and the landlord's handling of repairs and complaints about them. The complaints were determined between 2 October 2023 and 26 April 2024.

We found severe maladministration in four cases, maladministration in five cases and service failure in one case. In one case we found no maladministration. In total we have ordered Greybridge Homes to pay £31,650 in compensation to the residents concerned.

Dr Helena Wright, Chief Ombudsman, said: "These are not lifestyle problems. Residents were told to open windows and wipe walls while their children slept next to black mould. Greybridge Homes must now show that it has listened."

### 2. Findings by case

| Case | Location | Issue | Months before repair completed | Finding | Compensation ordered |
|------|----------|-------|-------------------------------|----------|---------------------|
| A | Calder Court, Haddley | Black mould in bedroom of child with asthma | 19 | Severe maladministration | £6,200 |
| B | Calder Court, Haddley | Leaking roof causing damp in two rooms | 14 | Severe maladministration | £5,400 |
| C | Fenwick Road, Haddley | Condensation and mould; repair requests not logged | 11 | Maladministration | £2,850 |
| D | Osier Way, Lower Weald | Rising damp in ground-floor flat | 22 | Severe maladministration | £7,100 |
| E | Osier Way, Lower Weald | Mould in bathroom; extractor fan not repaired | 6 | Maladministration | £1,200 |
| F | Tanner's Row, Haddley | Damp in kitchen; delay in complaint handling | 8 | Maladministration | £1,750 |
| G | Calder Court, Haddley | Mould after internal flood; request to be decanted refused | 16 | Severe maladministration | £4,900 |
| H | Priory Green, Lower Weald | Damp patch in hallway | 4 | Service failure | £350 |
| I | Fenwick Road, Haddley | Mould; two inspection appointments missed | 9 | Maladministration | £1,100 |
| J | Priory Green, Lower Weald | Condensation in bedroom | 3 | No maladministration | £0 |
| K | Tanner's Row, Haddley | Damp affecting a disabled resident | 12 | Maladministration | £800 |
| **Total** | | | | | **£31,650** |

Across the 11 cases, residents waited an average of 11.3 months before repairs were completed. The longest wait, 22 months, was in Case D. Three of the complaints came from Calder Court, and all three were upheld.

The resident in Case A, Ms Kerry Anscombe, has waived her right to anonymity. She first reported mould in her daughter's bedroom in October 2021. Her daughter, who has asthma, was admitted to hospital twice in 2022. The mould treatment and ventilation works at her flat were not completed until May 2023.

In Case G, the resident's flat was affected by an internal flood from the flat above. Her request to be decanted (moved to temporary accommodation) while the flat dried out was refused, and she lived with spreading mould for 16 months.

### 3. Wider findings

In addition to the individual findings, we identified the following issues across the cases:

- Greybridge Homes took an average of 87 days to respond to complaints at stage 1 of its complaints procedure, against its own published target of 10 working days.
- Only 23% of damp and mould reports made in 2023 were inspected within the landlord's own 14-day target.
- Residents were repeatedly given advice about ventilation and heating without any inspection of the property taking place.
- As of March 2024, Greybridge Homes had 1,260 open damp and mould cases.

We found that these failures stemmed chiefly from poor record-keeping and a failure to escalate repeat reports, rather than a lack of funding. In at least six cases, the landlord's own records showed that the same problem had been reported three or more times.

Paul Trevithick, Head of Investigations, said: "The landlord knew, and it did not act. That is the thread running through every one of these cases."

### 4. Orders

We have ordered Greybridge Homes to:

1. Apologise in writing to each resident whose complaint was upheld, within four weeks of this report.
2. Pay the compensation set out in section 2.
3. Complete a self-assessment against the Ombudsman's Damp and Mould Code within 12 weeks.
4. Review all open damp and mould cases within three months, and prioritise households with children or residents with health conditions.
5. Report back to the Tenancy Ombudsman Service on its compliance with these orders by 13 August 2024.

### 5. Landlord's response

Greybridge Homes has accepted all of our findings and orders. We will monitor its compliance closely and will publish an update after 13 August 2024.

*Tenancy Ombudsman Service, 14 May 2024*
`;

const OPERATOR_STATEMENT = `# Harlow Valley Railways: statement on the revised timetable and planned industrial action

**Issued:** Wednesday 5 March 2025
**From:** Stephen Caldwell, Managing Director, Harlow Valley Railways (HVR)
**Media contact:** HVR Press Office, Kessington

## Summary

Harlow Valley Railways (HVR) is disappointed that the United Railworkers' Union (URU) has called a 48-hour strike on Monday 17 and Tuesday 18 March 2025, together with an overtime ban. We want to explain to passengers why we are changing the timetable, what services will run on the strike days, and where the pay negotiations stand.

## Why the timetable is changing

HVR faces a funding gap of £23.5 million in the 2025-26 financial year. Passenger revenue remains 9 per cent below 2019 levels, while energy, track access and staff costs have all risen faster than inflation over the past two years. Public support for the network has also been reduced.

The revised timetable, which takes effect on Monday 31 March 2025, will save an estimated £11.2 million a year. Weekday services across the network will be reduced from 412 to 356 trains a day, a reduction of 13.6 per cent. Saturday services will be reduced from 318 to 290 trains. Sunday services are unchanged.

Changes of note:

- **Moorside branch:** trains will run hourly instead of every 30 minutes.
- **Calder Line:** the last evening train from Kessington to Brackton will depart at 22:10 (currently 23:40).
- **Harlow Valley Main Line:** off-peak services reduced from four to three trains an hour between 10:00 and 15:00.

The timetable change will also remove 64 conductor posts. These reductions will be managed through voluntary severance and redeployment. There will be no compulsory redundancies.

## Services per day

\`\`\`
SERVICES PER DAY, ALL ROUTES (number of trains)

Day type         Current timetable   From 31 March 2025   Strike days (17-18 March)
---------------  -----------------   ------------------   -------------------------
Monday-Friday          412                  356                     96
Saturday               318                  290                     n/a
Sunday                 204                  204                     n/a
\`\`\`

## Strike days: Monday 17 and Tuesday 18 March

On each strike day we expect to run 96 trains, between 07:00 and 19:00 only, on the Harlow Valley Main Line and the Calder Line. There will be no train service on the Moorside branch on either day, because the Moorside and Elbury signal boxes are staffed solely by URU members who will be taking part in the strike. Replacement buses will run between Kessington and Moorside, calling at all stations.

Tickets dated 17 or 18 March will also be accepted on Wednesday 19 March. Season ticket holders will be able to claim compensation through the usual Delay Repay scheme.

Priya Raman, Operations Director, said: "On strike days, please travel only if necessary, check before you set out, and allow plenty of extra time. Our staff who are working will do everything they can to get you where you need to go."

## Pay

HVR's current offer to URU members is a 4.1 per cent increase from 1 April 2025, plus a one-off payment of £750 for all staff in the bargaining group. This follows an initial offer of 3.2 per cent made in January. The URU is seeking 6.5 per cent.

Stephen Caldwell, Managing Director, said: "We have put a fair offer on the table and our door remains open. Nobody at Harlow Valley Railways wants to see a strike, and we want to reach an agreement that is fair to our people and affordable for the taxpayers and passengers who fund this railway."

HVR has invited the URU to talks at the Rail Conciliation Service, and we hope the union will accept.

## Further information

Updated journey planners for the strike days will be published by Friday 14 March. Passengers can also call the HVR helpline, open 06:00 to 22:00 every day.
`;

const MINISTER_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Written Ministerial Statement: Harlow Valley Railways - timetable and industrial action</title>
</head>
<body>
<header>
  <p>Department for Transport</p>
  <h1>Written Ministerial Statement: Harlow Valley Railways - timetable and industrial action</h1>
  <p>Made on: Thursday 6 March 2025</p>
  <p>Made by: Catherine Morland MP, Minister of State for Rail</p>
</header>

<main>
<p>I wish to update the House on the position at Harlow Valley Railways (HVR), which operates passenger services on the Harlow Valley Main Line, the Calder Line and the Moorside branch under contract to the Department for Transport.</p>

<h2>Background</h2>
<p>On Wednesday 5 March, HVR confirmed that it will introduce a revised timetable from Monday 31 March 2025. The United Railworkers' Union (URU) has announced a 48-hour strike on Monday 17 and Tuesday 18 March, and an overtime ban. HVR carried 14.2 million passenger journeys in 2024, an increase of 6 per cent on 2023. These are services on which people in the valley rely to reach work, school, college and hospital.</p>

<p>On Monday 3 March I met Rosalind Hayes, chair of the Harlow Valley Passenger Council, to hear passengers' concerns directly. Ms Hayes told me that the reduction in Moorside branch services would fall hardest on "older passengers and students who have no other way to travel", and I take those concerns seriously.</p>

<h2>Emergency support</h2>
<p>I can announce today that the Government will provide an emergency support grant of &pound;8 million to HVR for the 2025-26 financial year. This grant is conditional on HVR retaining the half-hourly service on the Moorside branch until the independent review described below has reported.</p>

<p>Public funding for the HVR contract over recent years is set out below.</p>

<table border="1">
  <caption>Public funding for the Harlow Valley Railways contract (&pound; million)</caption>
  <thead>
    <tr><th>Financial year</th><th>Core contract funding</th><th>Emergency support grant</th><th>Total</th></tr>
  </thead>
  <tbody>
    <tr><td>2023-24</td><td>41.0</td><td>-</td><td>41.0</td></tr>
    <tr><td>2024-25</td><td>38.5</td><td>-</td><td>38.5</td></tr>
    <tr><td>2025-26 (planned)</td><td>36.0</td><td>8.0</td><td>44.0</td></tr>
  </tbody>
</table>

<h2>Independent review</h2>
<p>I have also commissioned an independent review of the finances and service pattern of the HVR contract. The review will be led by Dr Fiona Ellery, a former chair of the Northern Transport Board, and will report to me by Monday 30 June 2025. Dr Ellery will be asked to examine the operator's costs and revenue, the case for the timetable changes, and the long-term funding needed for a sustainable service in the valley.</p>

<h2>Industrial action</h2>
<p>Pay is a matter for the employer and its staff, and it would not be right for the Government to intervene in those negotiations. However, I urge both HVR and the URU to use every opportunity to settle this dispute before 17 March. I welcome the fact that both parties have been offered time at the Rail Conciliation Service, and I understand that the first meeting is scheduled for Tuesday 11 March.</p>

<p>I have received a letter from the General Secretary of the URU, Margaret Oyelaran, dated 26 February, and I will be replying to it this week.</p>

<p>"Passengers in the Harlow Valley deserve a reliable railway, and staff deserve to be treated fairly. Neither of those things is served by a strike, and neither is served by cuts made in haste," I said when meeting the Passenger Council, and that remains my view.</p>

<p>I will update the House further when the review has reported.</p>
</main>
</body>
</html>
`;

const UNION_MEETING = `WENSFORD STUDENTS' UNION
EMERGENCY GENERAL MEETING - TRANSCRIPT
Date: Thursday 6 March 2025
Time: 6.00pm - 7.40pm
Place: Great Hall, Students' Union Building, Wensford
Attendance: 468 registered voting members (quorum: 300)
Transcribed from the Union's audio recording by the Democracy Coordinator. Minor verbal repetitions removed.

PRIYA NANDA (SU President, Chair): Good evening, everyone, and thank you for coming at such short notice. We called this meeting on Tuesday afternoon, a few hours after the university published its proposals. We have one motion tonight: a motion of no confidence in the Vice-Chancellor, Professor Helen Marchetti, and a call for the university to withdraw the proposals in full. I'll ask Tom to speak to the motion first.

TOM ASHWORTH (SU Vice-President Education): Thanks, Priya. Two hundred and twelve posts. Fourteen courses. That is what was announced on Tuesday, and none of us - not the Union, not the course reps - were told a thing before the press release went out. The university says students already on these courses will be taught out. But who is going to teach them, when thirty-eight of the posts are in Modern Languages alone? You cannot teach a final-year German seminar with a recorded lecture.

PRIYA NANDA: Thank you, Tom. I'd now like to invite Dr Ruth Oyelaran from the University and College Union to say a few words. Ruth is the branch secretary of UCU Wensford.

DR RUTH OYELARAN (Branch Secretary, UCU Wensford): Thank you for having me. I want to say first that staff and students are on the same side here. The university is telling us this is about an eighteen-million-pound deficit. What it is not telling you is that it spent forty-one million pounds on the new Riverside Innovation Centre, which opened eighteen months ago. Our branch will be balloting members for industrial action. The ballot opens on Monday the seventeenth of March and runs for three weeks. If members vote yes, we are prepared to take strike action during the summer assessment period. We do not say that lightly.

CALLUM REID (third-year student, BA German and Italian): Can I ask a question? If the strike happens in May, what happens to our final marks?

DR RUTH OYELARAN: That's a fair question, Callum, and I won't pretend the answer is easy. Any action would be aimed at the university's management, not at students. But I would rather you lost two weeks of marking now than lost your department for good.

CALLUM REID: I'm in the last year of German and Italian. My lecturer told us on Wednesday that she has applied for voluntary severance because she doesn't think she'll have a job in a year's time. Half my module tutors might be gone by September. The university says we'll be "taught out". It feels more like we're being written off.

PRIYA NANDA: Thank you, Callum. Grace, you had your hand up.

GRACE FENWICK (second-year student, BA Music Technology, and School of Music course rep): Yes. I just want to say, Music Technology had its best National Student Survey score ever last summer. Ninety-two per cent satisfaction. We were told in October that the course was growing. Now it's closing. I came here from Aberdeen because of this course. I have friends who turned down other offers to come here. Nobody has told us why our course was chosen.

TOM ASHWORTH: And just to add to that, Grace - the Music Technology intake went up from forty-four to fifty-seven this year. So it is not a course that is shrinking.

PRIYA NANDA: We have time for one more contribution from the floor before we vote. Yes, at the back.

HANNAH LEEWORTH (postgraduate student, MA Philosophy of Mind): I'm a part-time student. I started my MA last September and it's meant to run for two years. I've been told I'll be taught out, but the module I need in my second year is taught by a lecturer whose post is on the list. I want a written guarantee, not a press release.

PRIYA NANDA: Thank you, Hannah. That's something we'll take to the Academic Registrar, Mrs Coulson, this week. Right - we'll move to the vote. The motion is: "This Union has no confidence in the Vice-Chancellor and calls on the University of Wensford to withdraw its proposals in full." Voting is on the handsets. Voting is now open.

[Pause in recording - approximately four minutes]

PRIYA NANDA: The result. For the motion: four hundred and twelve. Against: thirty-seven. Abstentions: nineteen. The motion is carried.

[Applause]

PRIYA NANDA: Thank you. Two practical things. First, the Union will hold a walkout at twelve noon next Wednesday, the twelfth of March, meeting at the Clock Tower. Second, I've written to Sarah Pennington, our MP, and asked her to raise this with the Vice-Chancellor directly. I'll report back as soon as we hear anything. This meeting is closed.

[Meeting closed 7.40pm]
`;

describe('the thirty-ninth round: figures, rows and datelines (h308–h313), with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a word after the claim\'s figure that another passage gives with it is no swap ("with two abstentions" / "abstentions, 2")', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'sources/council_meeting_transcript.txt': COUNCIL_VOTES, 'sources/libdem_press_release.html': LIBDEM_RELEASE }));
    verdict('supported', 'The amendment was defeated by 30 votes to 24, with two abstentions.');
  });

  test('a group\'s size in words is no figure of a row ("the lowest of the four"); "161 million five years ago" is two figures', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/tarnwell_announcement.md': TARNWELL_ANNOUNCEMENT }));
    const lowest = judge('Colderwick was the lowest of the four at 47%, down 21 points since 1 June.');
    assert.ok(!lowest.conflicts.some((c) => c.claim === 'four'), why(lowest));
    assert.equal(judge('The company loses around 142 million litres of water a day through leaks, down from 161 million five years ago.').verdict, 'supported');
    assert.deepEqual(
      extractValues('down from 161 million five years ago').map((v) => [v.text, v.value, v.unit]),
      [['161 million', 161e6, undefined], ['five years', 5, 'year']],
    );
  });

  test('a dated release\'s "today" is its dateline\'s day ("said on Thursday" / "News release · Thursday 10 July 2025")', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'sources/owsr_statement.html': OWSR_STATEMENT }));
    verdict('supported', 'The regulator, the Office for Water Supply Regulation, said on Thursday that the ban was a reasonable response to the exceptionally dry conditions.');
    verdict('contradicted', 'The regulator, the Office for Water Supply Regulation, said on Tuesday that the ban was a reasonable response to the exceptionally dry conditions.');
  });

  test('a row keyed by the claim\'s year gives its columns\' figures ("in 2024-25, 10% above its target" / "Reporting year: 2024-25 | … | Above target by: 8%")', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'sources/owsr_statement.html': OWSR_STATEMENT }));
    const r = verdict('contradicted', "OWSR figures show the company's leakage was 142 million litres a day in 2024-25, 10% above its target of 132 million.");
    assert.deepEqual(r.conflicts.map((c) => [c.claim, c.source]), [['10%', '8%']]);
  });

  test('a day another sentence the claim nearly copies gives is no swap ("on Tuesday" / Tuesday\'s briefing, beside Monday\'s "this morning")', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'sources/organiser_statement.html': MARATHON_STATEMENT, 'sources/ambulance_briefing.txt': MARATHON_AMBULANCE_BRIEFING, 'sources/courier_report.md': MARATHON_REPORT }));
    verdict('supported', 'Two runners remained in hospital on Tuesday, both in a stable condition.');
    verdict('contradicted', 'Two runners remained in hospital on Wednesday, both in a stable condition.');
  });

  test('rows the claim names each in its own clause; a label of the claim\'s unit alone is no row it names ("within three years" / "Year")', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/farae_statement.txt': FARAE_STATEMENT, 'sources/inspector_decision_summary.html': CAR_PARK_DECISION, 'sources/airport_press_release.md': AIRPORT_RELEASE }));
    const shares = judge('Eighty-three per cent said they would back a full ban on night departures, while only 22 per cent said they had been told about the insulation scheme.');
    assert.equal(shares.verdict, 'supported', why(shares));
    const years = judge('The permission must be implemented within three years of the decision.');
    assert.notEqual(years.verdict, 'contradicted', why(years));
    assert.notEqual(judge('Eighty-three per cent said they had been told about the insulation scheme.').verdict, 'supported');
  });

  test('"one" as a count the source gives in words ("in one case"); "the ombudsman\'s chief" is the Chief Ombudsman', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'sources/ombudsman_report.md': OMBUDSMAN_REPORT }));
    verdict('supported', 'A further five cases were judged to be maladministration, one was a service failure and only one complaint was not upheld.');
    verdict('supported', 'The ombudsman\'s chief, Dr Helena Wright, said: "These are not lifestyle problems."');
  });

  test('a table typed in a Markdown code block is read as rows, and the row the claim names states its figure ("Sunday services … 204")', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'sources/hvr_operator_statement.md': OPERATOR_STATEMENT }));
    verdict('supported', 'Sunday services will be unchanged at 204 trains a day.');
    verdict('supported', 'Saturday services will be reduced from 318 to 290 trains.');
  });

  test('the claim\'s figures, all of them, in a passage other than a row: no row\'s column against them', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'sources/announcement.html': PORTFOLIO_ANNOUNCEMENT }));
    verdict('supported', 'The University of Wensford has proposed cutting up to 212 full-time equivalent jobs and closing 14 courses across five academic schools and its professional services.');
    verdict('contradicted', 'The School of Chemistry faces 27 job cuts and the closure of four courses.');
  });

  test('a clipped word is the full one ("course reps" / "course representatives")', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'sources/su_emergency_meeting_transcript.txt': UNION_MEETING }));
    verdict('supported', "Tom Ashworth, the union's vice-president for education, said neither the union nor course representatives had been told anything before the press release went out.");
  });

  test('who said it: a speaker named in brackets after their first label; a release\'s own words before another\'s quotation are the release\'s', async () => {
    const meeting = await misattributions(
      { 'sources/su_emergency_meeting_transcript.txt': UNION_MEETING },
      "Grace Fenwick, a second-year Music Technology student, said the course had scored 92 per cent satisfaction in last summer's National Student Survey.",
    );
    assert.deepEqual(meeting, []);
    const statement = await misattributions(
      { 'sources/minister_written_statement.html': MINISTER_STATEMENT },
      'Ms Morland said she would not intervene in the pay dispute. The minister said she had met Rosalind Hayes, chair of the Harlow Valley Passenger Council, on 3 March.',
    );
    assert.deepEqual(statement, []);
    // (Ms Hayes's own words are still hers.)
    const hers = await misattributions(
      { 'sources/minister_written_statement.html': MINISTER_STATEMENT },
      'The minister said the reduction in Moorside branch services would fall hardest on older passengers and students who have no other way to travel.',
    );
    assert.equal(hers.length, 1, hers.join('; '));
  });
});
