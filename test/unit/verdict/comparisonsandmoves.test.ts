/**
 * The forty-seventh round, fourth part: faithful sentences of h566–h571 (written against 50f9cba) shown as errors.
 * "162 pups higher than in 2021" compares with 2021 and dates nothing; "over a 62-metre stretch" compares nothing; "a
 * ten-minute drive" has no rival in "two officers", nor "in five years" in "from 52 in 2019"; "cut, from 64 to 56" is
 * the sentence's two moves, "from 64 to 60 … and from 60 to 56"; "reducing the fee" is the source's "a reduction in
 * the fee"; "Blue Badge holders" are "Staff holding a Blue Badge". The fixtures are the helpers' sources, whole; the
 * people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

/** h570: sources/01_annual_count_report_2024.md, whole. */
const COUNT_REPORT = `# Skerrow Head Grey Seal Count 2024 — Annual Report

**Dunmere Coast Wildlife Trust**
Conservation Science Team
Published: Wednesday 26 February 2025
Lead author: Dr Helen Varley, Conservation Science Manager

## 1. Summary

The 2024 breeding season at Skerrow Head was the most productive recorded since the Trust began systematic counts in 2009. A total of 426 grey seal pups were born across the four monitored beaches, up from 360 in 2023, an increase of 18.3 per cent. This is the third consecutive annual rise since the low point of 2021, when 264 pups were recorded following the northerly gale of Saturday 27 November 2021, which swept pups from the lower beaches at the height of the season.

The 2024 total is 162 pups (61.4 per cent) higher than in 2021 and 36 pups (9.2 per cent) higher than the 2020 count of 390, which had previously been the best year on record.

Three of the four beaches recorded increases. Pollard's Gap was the exception: pup production there fell from 47 in 2023 to 39 in 2024, a fall of 17 per cent. We attribute this to the rockfall of Saturday 28 September 2024, which buried roughly a third of the upper beach that seals had used for pupping.

## 2. Methods

Counts were carried out by Trust staff and trained volunteers between Monday 14 October 2024 and Friday 20 December 2024. There were ten survey visits in total, combining ground counts from the clifftop with drone photography over Skerrow Sands and Gannet Cove. Drone flights were kept above 60 metres to avoid disturbance. Each pup was assigned to a moult stage so that individuals were not counted twice between visits.

## 3. Pup production by beach, 2020–2024

| Beach | 2020 | 2021 | 2022 | 2023 | 2024 |
|---|---|---|---|---|---|
| Skerrow Sands | 212 | 148 | 171 | 196 | 238 |
| Gannet Cove | 96 | 71 | 80 | 89 | 104 |
| Pollard's Gap | 58 | 33 | 41 | 47 | 39 |
| Wrack Bay | 24 | 12 | 19 | 28 | 45 |
| **Total** | **390** | **264** | **311** | **360** | **426** |

Skerrow Sands remains the core of the colony, accounting for 238 pups, or 56 per cent of the 2024 total.

Wrack Bay showed the sharpest proportional growth of any beach, from 28 pups in 2023 to 45 in 2024, a rise of 61 per cent. Wrack Bay was closed to the public for the whole pupping season for the first time in 2024, and we believe the absence of walkers has made it more attractive to breeding females.

Gannet Cove passed 100 pups for the first time, with 104 recorded.

## 4. Peak counts and adults

The highest single-day count of pups was 171 on Skerrow Sands on Monday 25 November 2024. The peak count of adult seals hauled out across all four beaches was 1,140, on the same day. In 2023 the adult peak was 985.

## 5. Pup survival

Estimated mortality of pups in their first three weeks fell to 14 per cent in 2024, from 19 per cent in 2023. This is despite the tidal surge of Saturday 2 November and Sunday 3 November 2024, when spring tides combined with a strong south-westerly wind pushed water to the foot of the cliffs on Skerrow Sands and Gannet Cove.

Without the rescue operation mounted that weekend by Trust wardens and volunteers from Eastmouth Seal Rescue, we estimate that mortality would have been at least four percentage points higher.

## 6. Disturbance

Wardens logged 63 disturbance incidents during the 2024 season, compared with 48 in 2023. Of the 63 incidents, 41 involved dogs off leads, 14 involved people approaching closer than the advised 50 metres, and 8 involved boats or kayaks coming close inshore. An incident is recorded when seals are seen to move towards the water or a mother is separated from her pup as a result of human activity.

| Cause of disturbance | 2023 | 2024 |
|---|---|---|
| Dogs off leads | 29 | 41 |
| People closer than 50 m | 13 | 14 |
| Boats and kayaks | 6 | 8 |
| **Total** | **48** | **63** |

## 7. Volunteers

A team of 46 volunteers gave 2,300 hours to the seal project in 2024, including counting, beach patrols and staffing the clifftop viewing point.

## 8. Recommendations

1. Secure the clifftop land above Skerrow Sands, currently farmland, as a buffer against disturbance and to allow a safer public viewing area.
2. Appoint a second seasonal warden so that Skerrow Sands and Gannet Cove can be patrolled at the same time.
3. Repeat the seasonal closure of Wrack Bay in 2025 and consider extending it to Pollard's Gap.
4. Replace the Trust's single survey drone, which is now six years old.
`;

/** h568: sources/engineering_assessment.md, whole. */
const ASSESSMENT = `# Tamarsh County Council — Highways and Transport

## Geotechnical Assessment: B3417 Cliff Road Landslip at Gull Bend, Penrow Point

**Report reference:** TCC/GEO/24/117
**Issue date:** Friday 22 November 2024
**Prepared by:** Dr Helen Marwood, Principal Geotechnical Engineer, Tamarsh County Council Highways
**Approved by:** Gareth Pillai, Head of Highways Infrastructure, Tamarsh County Council
**Status:** Issued for information to members, Hollin Cove Parish Council and Coastlink Buses

### 1. Summary

At about 5.50am on Tuesday 12 November 2024 a delivery driver reported a large crack and a step in the carriageway of the B3417 Cliff Road at Gull Bend, Penrow Point, between Wexcombe and Hollin Cove. Highways officers attended and the road was closed to all traffic at 6.40am the same morning. It has remained closed since.

A section of the seaward side of the cliff failed overnight. We estimate that approximately 4,200 cubic metres of material fell to the beach below, which lies about 27 metres beneath the road. The rear scarp of the slip now lies beneath the road itself. A main tension crack runs for 48 metres along the centre line, and the seaward (eastbound) lane has dropped by up to 340 mm over a length of 62 metres.

The road cannot be safely reopened, even to a single lane under traffic lights, until the slope has been stabilised. The recommended scheme (Option B, section 6) is estimated to cost £1.9 million and would take about 14 weeks to build. Subject to funding approval and weather, the earliest realistic reopening date is the end of March 2025.

### 2. Site description

Cliff Road (B3417) is a single-carriageway road, 6.1 metres wide at Gull Bend, carrying an average of 2,850 vehicles a day (2023 count). It is the only direct route between Wexcombe and Hollin Cove and on to Saltmere. The direct distance between Wexcombe and Hollin Cove is 3.2 miles.

The cliff at Penrow Point comprises about 9 metres of glacial till (stiff to soft sandy clay with cobbles) over weathered mudstone. The till is the unit that has failed.

### 3. Cause of failure

In our assessment the primary cause of the failure was the prolonged wet weather of late October and early November, which saturated the glacial till and raised groundwater pressures within it. The Wexcombe rain gauge recorded 163 mm of rainfall in the 21 days to Monday 11 November, against a long-term average of 74 mm for the same period, more than double the norm.

Two contributory factors have been identified:

- **Toe erosion.** Spring tides combined with onshore gales on Saturday 2 November removed an estimated 1.5 metres of material from the foot of the cliff, reducing support to the slope.
- **Highway drainage.** A collapsed section of highway drain at chainage 140 m was found to be discharging surface water into the slope. This is considered to have added to, but not caused, the saturation of the till. The drain has since been capped.

There is no evidence that traffic loading or vibration played a significant part.

### 4. Monitoring

Following the closure, three inclinometers (IN1 to IN3) were installed on Thursday 14 November and four crack gauges (CG1 to CG4) were fixed across the main tension crack on Wednesday 13 November. Readings are taken daily by the council's contractor, Brannock Ground Engineering Ltd.

**Table 1: Crack gauge readings, cumulative opening since installation (mm)**

| Date | CG1 | CG2 | CG3 | CG4 |
|---|---|---|---|---|
| Wednesday 13 November | 0 | 0 | 0 | 0 |
| Friday 15 November | 31 | 44 | 38 | 12 |
| Monday 18 November | 52 | 71 | 60 | 19 |
| Wednesday 20 November | 58 | 79 | 67 | 21 |
| Thursday 21 November | 61 | 82 | 70 | 22 |

**Table 2: Inclinometer readings, maximum horizontal displacement towards the sea (mm)**

| Date | IN1 | IN2 | IN3 | Depth of shear zone |
|---|---|---|---|---|
| Friday 15 November | 4 | 9 | 2 | 7.5 m |
| Monday 18 November | 11 | 23 | 5 | 7.5 m |
| Thursday 21 November | 14 | 29 | 6 | 7.5 m |

Movement was fastest in the first 48 hours after installation, when the widest crack (CG2) opened at an average of 22 mm a day. By Thursday 21 November the rate at CG2 had slowed to 3 mm a day. The slowing is encouraging but the slope has not stopped moving, and a further period of heavy rain could accelerate it again. Gauge CG4, at the landward end of the crack, has shown the least movement.

Monitoring will continue daily until stabilisation works begin, and then twice daily during construction.

### 5. Traffic management

The signed diversion runs via the A3082 through Treloan and is 14.5 miles long. There is no pedestrian or cycle access through the closure, because the footway on the seaward side lies within the moving ground. Emergency services have been briefed, and the ambulance service has agreed to stage a vehicle at Hollin Cove during periods of high demand.

### 6. Options considered

| Option | Description | Estimated cost | Construction period | Comment |
|---|---|---|---|---|
| A | Reopen one lane under temporary traffic lights | £85,000 | 2 weeks | Rejected: unsafe while slope is moving |
| B | Soil nailing of the till and a reinforced concrete ground beam beneath the landward lane | £1.9 million | 14 weeks | Recommended |
| C | Realign the road landward by about 15 metres through adjoining farmland | £3.4 million | 9 to 12 months | Requires land purchase; not recommended |

Option B is recommended because it can be delivered within the existing highway boundary, without land acquisition, and at roughly half the cost of Option C. Design work has begun. A bid for £1.5 million has been submitted to the Department for Transport's emergency highways fund, with the balance to come from the council's capital budget.

### 7. Note from the Head of Highways Infrastructure

"I understand how difficult this closure is for people in Hollin Cove and Saltmere," said Gareth Pillai. "But I will not reopen a road that is sitting on moving ground. The moment it is safe, and not a moment before, we will get traffic back on Cliff Road."
`;

/** h568: sources/parish_council_statement.md, whole. */
const PARISH_STATEMENT = `# Hollin Cove Parish Council

## Statement on the closure of the B3417 Cliff Road

**Issued: Monday 25 November 2024**

Hollin Cove Parish Council held an extraordinary meeting in the Village Hall on the evening of Thursday 21 November 2024 to discuss the closure of Cliff Road at Gull Bend, which has been shut since Tuesday 12 November. The meeting was attended by 96 residents, two officers from Tamarsh County Council Highways and the county councillor for the Wexcombe Coast division, Cllr Peter Oduya.

Following that meeting, the Parish Council makes the following statement.

### The impact on the village

The parish has 212 households. For almost all of them, the closure has turned everyday journeys into long detours. A drive to Wexcombe, where the nearest GP surgery, secondary school and supermarket are, used to take about 10 minutes. By the signed diversion through Treloan it now takes about 40 minutes.

- **Schoolchildren.** 38 pupils from the parish attend Wexcombe Academy. Their journey to school has risen from around 15 minutes to around 50 minutes each way.
- **Businesses.** The council surveyed 17 local businesses between Friday 15 and Tuesday 19 November. Eleven of the 17 reported a fall in takings since the closure. The Anchor Inn reported that its takings were down by about 40 per cent on the same fortnight last year.
- **Health.** Several older residents told the meeting they had missed or cancelled hospital and surgery appointments because they no longer had a lift.

### What we are asking for

1. A firm target date for reopening, which the county should publish and keep to. Residents want the road open by Easter.
2. Weekly written updates from the county on the monitoring results and progress of the works.
3. A temporary footpath, if one can be made safe, so that people can walk between the village and the Penrow car park.
4. Support for public transport, so that the bus service to Wexcombe can continue during the closure.

### What we will do

The Parish Council has agreed to contribute £5,000 from its reserves towards a temporary community shuttle, if Coastlink Buses or another operator can run one. The council will also open the Village Hall as a drop-in point every Wednesday morning, from 10am to 12 noon, where residents can collect printed updates.

### Comments

Cllr Ruth Penhallow, chair of Hollin Cove Parish Council, said:

"We are not asking for miracles. We are asking for a date, and for the county to keep to it. People here have been patient, but patience wears thin when a ten-minute drive to the surgery has become a forty-minute one."

Simon Ashdown, the Parish Clerk, said:

"The county's engineers were frank with us at the meeting, and we appreciate that. What people need now is information every week, not every month."

Cllr Penhallow added: "We welcome the county's report, and we understand why the road cannot simply be patched. But a village cannot live on a diversion for four months without help."

### Contact

Simon Ashdown, Clerk to Hollin Cove Parish Council, The Village Hall, Quay Lane, Hollin Cove.
`;

/** h569: sources/01_council_markets_review.md, whole. */
const MARKETS_REVIEW = `# Wenbury District Council

## Ashcombe Thursday Market: Review of Performance 2019–2024

**Report to:** Economy and Place Scrutiny Committee, meeting of Tuesday 11 March 2025
**Author:** Helen Marchbank, Markets and Town Centres Manager
**Lead member:** Cllr Rosalind Kember, Cabinet Member for Economy and Regeneration
**Status:** For information and recommendation to Cabinet

### 1. Purpose

1.1 This report sets out how the council-run Thursday market in Ashcombe has performed over the six calendar years 2019 to 2024, explains the main pressures on trader numbers, and makes recommendations for the 2025/26 financial year.

1.2 The market is held every Thursday on the Cornhill, Ashcombe, from 8am to 3pm. It operates under a charter granted in 1289 and is the only market run directly by Wenbury District Council. The council's other two markets, in Market Lydford and Hensford, are run by their town councils.

### 2. Stall numbers and pitch fees

2.1 The Cornhill is marked out for pitches of 3 metres by 3 metres. The number of marked pitches was reduced from 64 to 60 in 2022 to create an emergency vehicle lane, and from 60 to 56 in 2024 when the Sheep Street end of the Cornhill was given over to outdoor seating.

2.2 Table 1 shows the average number of stalls trading on each market day, the standard daily pitch fee and the council's fee income for each year.

**Table 1: Ashcombe Thursday Market, 2019–2024**

| Year | Marked pitches | Average stalls trading per Thursday | Occupancy | Standard daily pitch fee | Fee income |
|------|----------------|-------------------------------------|-----------|--------------------------|------------|
| 2019 | 64 | 52 | 81% | £18.00 | £46,200 |
| 2020 | 64 | 31 | 48% | £18.00 | £22,900 |
| 2021 | 64 | 41 | 64% | £19.50 | £38,400 |
| 2022 | 60 | 39 | 65% | £21.00 | £40,100 |
| 2023 | 60 | 34 | 57% | £24.00 | £39,800 |
| 2024 | 56 | 29 | 52% | £26.50 | £37,300 |

Note: 2020 figures reflect the suspension of the market between March and June 2020 and reduced trading thereafter. Fee income is shown after discounts for regular licensed traders.

2.3 The average number of stalls trading has fallen from 52 in 2019 to 29 in 2024, a reduction of 23 stalls or 44 per cent. Over the same period the standard daily pitch fee has risen from £18.00 to £26.50, an increase of 47 per cent. The largest single increase, of £3.00, took effect on 1 April 2023.

2.4 Of the 29 stalls trading on an average Thursday in 2024, 21 were regular licensed traders and 8 were casual traders booking week by week. In 2019 the split was 40 licensed and 12 casual.

2.5 Regular licensed traders receive a 10 per cent discount on the standard fee in return for committing to at least 40 market days a year. Casual traders pay the full fee plus a £2.00 booking charge.

### 3. Footfall

3.1 The automatic counter on the Cornhill recorded an average of 4,850 people on market days in 2019. The average for 2024 was 3,120, a fall of 36 per cent. Footfall on non-market days fell by a smaller amount, from 2,410 to 2,030, a fall of 16 per cent.

3.2 The officer view is that the market has become less of a draw in its own right. When the market had more than 50 stalls, Thursday footfall was roughly double that of other weekdays; it is now about one and a half times.

### 4. Comparison with neighbouring markets

**Table 2: Neighbouring markets, 2024**

| Market | Operator | Day | Standard daily pitch fee | Average stalls |
|--------|----------|-----|--------------------------|----------------|
| Ashcombe | Wenbury District Council | Thursday | £26.50 | 29 |
| Market Lydford | Lydford Town Council | Saturday | £15.00 | 41 |
| Hensford | Hensford Town Council | Wednesday | £22.00 | 33 |

4.1 Market Lydford charges the lowest fee and has the most stalls of the three markets. Officers note that Market Lydford receives a grant of £12,000 a year from its town council towards operating costs, which Ashcombe does not.

### 5. Costs

5.1 The cost of running the Ashcombe market in 2024 was £44,600, made up of staffing (£26,800), cleansing and waste (£9,700), storage and maintenance of gazebos (£4,900) and insurance and sundries (£3,200). Against fee income of £37,300 this gave an operating deficit of £7,300. In 2019 the market made a surplus of £3,900.

### 6. Other factors

6.1 Traders have raised three other concerns with officers during 2024:

- the increase in the Cornhill car park tariff on Monday 3 April 2023, when the free first hour was withdrawn;
- gas main replacement works on Sheep Street between September and November 2024, which closed one entrance to the Cornhill for ten weeks;
- the decision not to hold the Christmas evening market in December 2024, for cost reasons.

6.2 Officers consider that pitch fees are one factor among several and that the decline in trader numbers mirrors a national trend in small-town markets.

### 7. Recommendations

7.1 That Cabinet is recommended to:

(a) freeze the standard daily pitch fee at £26.50 for the 2025/26 financial year;
(b) introduce a six-month "new trader" scheme from Thursday 3 April 2025, offering new traders pitches at half the standard fee;
(c) ask officers to consult traders and residents on the market's future, including the option of moving the market day, and report back by September 2025.

7.2 Officers do not recommend a reduction in the standard fee at this stage, as it would increase the operating deficit by an estimated £8,000 a year.
`;

/** h569: sources/02_traders_association_letter.md, whole. */
const TRADERS_LETTER = `ASHCOMBE MARKET TRADERS' ASSOCIATION
c/o 14 Tanners Row, Ashcombe, Wenbury WB7 3QH

Monday 3 February 2025

Cllr Rosalind Kember
Cabinet Member for Economy and Regeneration
Wenbury District Council
Council Offices, Priory Road, Wenbury

Dear Cllr Kember,

**Re: The future of Ashcombe Thursday Market**

I am writing on behalf of the Ashcombe Market Traders' Association, which represents the traders who stand on the Cornhill every Thursday, wet or dry.

Our association had 38 members in 2019. Today it has 19. Every one of the members we have lost has given up their pitch in Ashcombe, and at least seven of them now trade at Market Lydford on a Saturday instead. On some Thursdays this winter there have been fewer than 25 stalls on the Cornhill, and on Thursday 30 January there were 22.

We believe the main cause is the cost of standing. When I began trading here in 1998 the pitch fee was £9. In 2019 it was £18. It is now £26.50, with another rise expected in April. A trader who stands every week now pays the council more than £1,200 a year before they have sold a single apple. At Market Lydford the same pitch costs £15.

The council has made things harder for our customers too. When the free first hour in the Cornhill car park was withdrawn in April 2023, the charge for two hours went from £1.20 to £2.00. Many of our older customers told us they would shop at the supermarket in Wenbury instead, where parking is free, and they have. The ten weeks of roadworks on Sheep Street last autumn did not help, and the council gave traders no reduction in fees during that time.

We were also very disappointed that the Christmas evening market was cancelled last year. In 2023 it brought more than 3,000 people into the town on a December evening and it was the best night of the year for many of our members.

We are asking the council to do four things:

1. Reduce the standard pitch fee to £20 from April 2025.
2. Restore the free first hour in the Cornhill car park on Thursdays.
3. Bring back the Christmas evening market in December 2025.
4. Meet the association at least twice a year, as it did until 2020.

We are not asking for charity. We are asking the council to stop treating the market as a line in a budget and start treating it as the reason people come to Ashcombe. If nothing changes, I do not believe there will be a market on the Cornhill in five years' time.

We would welcome a meeting with you before the scrutiny committee considers the markets review in March.

Yours sincerely,

Derek Pollard
Chairman, Ashcombe Market Traders' Association
(Pollard's Fruit and Veg)

cc: Anita Szabo, Secretary, Ashcombe Market Traders' Association
cc: Helen Marchbank, Markets and Town Centres Manager, Wenbury District Council
`;

/** h569: sources/03_interview_transcript.md, whole. */
const TRADERS_INTERVIEW = `# Interview transcript: Ashcombe Thursday Market traders

**Interviewer:** Tom Farrant, reporter, Ashcombe & Wenbury Gazette
**Interviewees:** Maureen Cottle, owner, Cottle's Dairy (cheese stall); Jamal Rahman, owner, Rahman's Breads (bakery stall)
**Place:** The Cornhill, Ashcombe
**Date:** Thursday 13 February 2025, 10.15am–10.50am
**Recorded with consent. Transcribed by Tom Farrant. Lightly edited for repetition.**

---

**TOM FARRANT:** Maureen, how long have you had a stall here?

**MAUREEN COTTLE:** Twenty-two years this spring. My mother had the pitch before me. We've always been at this end, by the Buttercross.

**TOM FARRANT:** How has trade changed?

**MAUREEN COTTLE:** In 2019, on a good Thursday, I'd take £900. Now a good Thursday is £400, and a bad one, in the rain, I might not cover my costs. It's not that people don't want good cheese. It's that there aren't the people.

**TOM FARRANT:** Why do you think that is?

**MAUREEN COTTLE:** When there were fifty-odd stalls people came for the morning. They'd do the whole market, have a coffee, come back for their cheese. Now there's twenty-something stalls and they're done in ten minutes. Every trader who leaves makes it harder for the ones who stay.

**TOM FARRANT:** The council says pitch fees are only one factor. Do you agree?

**MAUREEN COTTLE:** Partly. The fee hurts, I won't pretend it doesn't. But the car park was the killer for me. My customers are mostly retired. Once they had to pay two pounds to park, a lot of them stopped coming.

**TOM FARRANT:** Are you planning to stay?

**MAUREEN COTTLE:** I'll stay as long as I can stand up. I'm not leaving the Cornhill. But I wouldn't advise a young person to start here, not the way things are.

**TOM FARRANT:** Jamal, you started more recently.

**JAMAL RAHMAN:** I started in May 2021, just as things were opening up again. I was baking from home in Hensford and this was my first market.

**TOM FARRANT:** And you're leaving?

**JAMAL RAHMAN:** My last Thursday here is 27 March. From April I'll be at Market Lydford on Saturdays. It's not a decision I wanted to make.

**TOM FARRANT:** What decided it?

**JAMAL RAHMAN:** The numbers. Here I pay £26.50 a day and I sell maybe 120 loaves. At Lydford I pay £15 and I sold 190 loaves the two Saturdays I tried it. Saturday shoppers have time. Thursday here is pensioners and people on their lunch break, and there are fewer of both every year.

**TOM FARRANT:** Did you raise it with the council?

**JAMAL RAHMAN:** I went to the traders' meeting with Helen Marchbank in November. She was perfectly pleasant. But she said the fee had to cover the costs and there wasn't any more money. I understand that. But if the traders leave, the fee doesn't cover anything.

**TOM FARRANT:** Would anything make you stay?

**JAMAL RAHMAN:** If they moved it to a Saturday, I'd think about it. Honestly, I think a Thursday market in a town this size is living on borrowed time.

**MAUREEN COTTLE:** Don't say that. This market's been on a Thursday for seven hundred years.

**JAMAL RAHMAN:** I know, Maureen. That's sort of my point.

---

*End of recording.*
`;

/** h569: sources/04_council_press_statement.md, whole. */
const COUNCIL_STATEMENT = `# WENBURY DISTRICT COUNCIL: PRESS STATEMENT

**For immediate release: Friday 14 February 2025**

## Council sets out plan to support Ashcombe market

Wenbury District Council has today set out proposals to support Ashcombe's Thursday market after a fall in trader numbers.

A review of the market, which will go before the council's Economy and Place Scrutiny Committee on Tuesday 11 March, recommends:

- freezing the standard daily pitch fee at £26.50 for 2025/26;
- a six-month scheme from Thursday 3 April offering new traders pitches at half the standard fee;
- a public consultation on the market's future, including its day and layout.

Cllr Rosalind Kember, Cabinet Member for Economy and Regeneration, said:

"Ashcombe's market has been at the heart of the town for more than 700 years, and this council has no intention of letting it fade away. We have listened to traders, and the fee freeze and new trader scheme are a first step. But we also have to be honest that the market already costs taxpayers more than it brings in, and cutting fees across the board would deepen that gap."

"I want to hear from everyone who uses the market, and everyone who has stopped using it, about what would bring them back."

Helen Marchbank, the council's Markets and Town Centres Manager, said:

"Markets in small towns across the country are facing the same pressures. Pitch fees are part of the picture, but so are changing shopping habits, parking and the cost of living. The consultation will let us look at all of those together."

The council said it had no plans to change Cornhill car park charges, which are set under a separate district-wide parking review due to report in the autumn.

The consultation will open in April and run for eight weeks.

**Notes to editors**

1. The Ashcombe Thursday market is held on the Cornhill from 8am to 3pm. It operates under a charter granted in 1289.
2. The average number of stalls trading fell from 52 in 2019 to 29 in 2024.
3. The market had an operating deficit of £7,300 in 2024.

**Media enquiries:** Wenbury District Council communications team
`;

/** h571: sources/01_trust_board_paper.md, whole. */
const BOARD_PAPER = `# Hollinsford and Wyre Valley NHS Foundation Trust

## Board of Directors (Part 1 – Public)

**Meeting date:** Thursday 30 January 2025
**Paper reference:** TB/25/011
**Title:** Staff Car Parking – Revised Charging Scheme 2025/26
**Author:** Gareth Pennock, Director of Estates and Facilities
**Executive sponsor:** Alison Threlfall, Chief Finance Officer
**Purpose:** For approval

### 1. Summary

1.1 This paper asks the Board to approve a revised charging scheme for staff parking permits at Hollinsford Royal Infirmary, to take effect from Tuesday 1 April 2025.

1.2 Staff currently pay a flat charge of £12 per month for a parking permit, regardless of pay band. This charge has not changed since it was introduced in April 2019.

1.3 It is proposed that the flat charge is replaced by four charge bands linked to Agenda for Change pay bands, as set out in section 3.

1.4 The scheme is designed to make staff parking broadly cost-neutral. At present, staff permit income recovers approximately 45 per cent of the recurring cost of providing staff parking; the balance is met from the Trust's general budgets.

### 2. Background

2.1 Hollinsford Royal Infirmary has 1,180 parking spaces allocated to staff. This includes the 420-space decked car park at Kiln Lane, which opened on Monday 14 October 2024 and was funded by a £3.2 million loan repayable over 15 years.

2.2 As at 31 December 2024, 3,950 staff permits were on issue. Permits are issued in excess of spaces because of shift patterns, part-time working and leave.

2.3 The waiting list for a staff permit has grown from 480 in March 2024 to 612 in December 2024.

2.4 Staff working night shifts will continue to park free of charge, in line with national guidance. Staff holding a Blue Badge and registered volunteers will also continue to park free. Tariffs for patients and visitors are not affected by this paper.

### 3. Proposed charge bands

| Charge band | Pay bands covered | Current monthly charge | Proposed monthly charge | Annual cost (proposed) | Increase |
|---|---|---|---|---|---|
| A | Bands 1–3 | £12 | £18 | £216 | 50% |
| B | Bands 4–5 | £12 | £26 | £312 | 117% |
| C | Bands 6–7 | £12 | £38 | £456 | 217% |
| D | Band 8a and above; medical and dental staff | £12 | £52 | £624 | 333% |

3.1 Part-time and bank staff who do not hold a permit will pay a daily rate of £2.40, up from £1.50.

3.2 Charges will continue to be collected by deduction from monthly pay.

3.3 A staff parking hardship fund of £40,000 a year will be established, administered by the Health and Wellbeing team, to which staff in charge bands A and B may apply.

### 4. Income forecast

4.1 Permit holders by charge band (December 2024):

| Charge band | Permit holders | Annual income at proposed charge |
|---|---|---|
| A | 1,240 | £267,840 |
| B | 1,310 | £408,720 |
| C | 980 | £446,880 |
| D | 420 | £262,080 |
| **Total** | **3,950** | **£1,385,520** |

4.2 The forecast assumes that 8 per cent of permit holders will give up their permits once the new charges apply, giving forecast staff permit income of £1,274,678 in 2025/26, compared with £568,800 under the current flat charge.

4.3 Car parking income forecast (£ million):

| Year | Staff permits | Patients and visitors | Total |
|---|---|---|---|
| 2024/25 (forecast outturn) | 0.57 | 2.14 | 2.71 |
| 2025/26 | 1.27 | 2.20 | 3.47 |
| 2026/27 | 1.31 | 2.26 | 3.57 |
| 2027/28 | 1.35 | 2.33 | 3.68 |

4.4 The recurring annual cost of providing staff parking is £1,261,000, made up as follows:

- car park operation, security and ANPR contract: £742,000
- Kiln Lane loan repayments: £285,000
- staff shuttle bus from Hollinsford Parkway park-and-ride: £196,000
- travel plan and cycle facilities: £38,000

4.5 The one-off resurfacing of surface car parks C and D in 2025/26, estimated at £410,000, will be funded from patient and visitor parking income and not from staff charges.

### 5. Comparison with neighbouring trusts

| Trust | Staff monthly charge |
|---|---|
| Brackenfield Teaching Hospitals NHS Trust | £30 flat |
| South Wyre and Marl Healthcare NHS Trust | £14 to £44, banded |
| Calderholme University Hospitals NHS Foundation Trust | £22 to £61, banded |
| Pelham and District Hospitals NHS Trust | £9 flat (under review) |

5.1 The proposed charges would remain below those at Calderholme in every band.

### 6. Consultation

6.1 A staff survey ran from Monday 2 December to Friday 20 December 2024 and received 2,214 responses. Of those responding, 71 per cent opposed the introduction of banded charges, 64 per cent said they had no practical alternative to driving to work, and 38 per cent said they lived more than 10 miles from the hospital.

6.2 The proposals were discussed with staff side representatives at the Joint Negotiating and Consultative Committee on Thursday 23 January 2025. Staff side did not support the proposals.

### 7. Recommendation

7.1 The Board is asked to approve the revised charging scheme set out in section 3, to take effect from 1 April 2025.
`;

describe('comparisons, lengths of time, moves and doers, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"162 pups higher than in 2021": the year compared with is no date of the total', async () => {
    const seals = judgeWith(await workspaceIndex({ 'sources/01_annual_count_report_2024.md': COUNT_REPORT }));
    const total = seals("This season's total is 162 pups higher than in 2021 and beats the previous best of 390, recorded in 2020.");
    assert.equal(total.verdict, 'supported', why(total));
  });

  test('"over a 62-metre stretch" compares nothing; a changed stretch is still its rival', async () => {
    const road = judgeWith(await workspaceIndex({ 'sources/engineering_assessment.md': ASSESSMENT, 'sources/parish_council_statement.md': PARISH_STATEMENT }));
    const lane = (metres: string) => road(`A main tension crack now runs for 48 metres along the centre line, and the seaward lane has dropped by up to 340mm over a ${metres}-metre stretch.`);
    assert.equal(lane('62').verdict, 'supported', why(lane('62')));
    assert.equal(lane('26').verdict, 'contradicted', why(lane('26')));
    assert.deepEqual(lane('26').conflicts.map((c) => c.claim), ['26-metre']);
  });

  test('"a ten-minute drive" has no rival in "two officers"', async () => {
    const road = judgeWith(await workspaceIndex({ 'sources/engineering_assessment.md': ASSESSMENT, 'sources/parish_council_statement.md': PARISH_STATEMENT }));
    const drive = road('Hollin Cove Parish Council, which held an extraordinary meeting attended by 96 residents on Thursday 21 November, said a ten-minute drive to Wexcombe now takes about 40 minutes.');
    assert.equal(drive.verdict, 'supported', why(drive));
  });

  test('"in five years", "cut, from 64 to 56" and "reducing the fee would add £8,000" are what the review says', async () => {
    const market = judgeWith(await workspaceIndex({ 'sources/01_council_markets_review.md': MARKETS_REVIEW, 'sources/02_traders_association_letter.md': TRADERS_LETTER, 'sources/03_interview_transcript.md': TRADERS_INTERVIEW, 'sources/04_council_press_statement.md': COUNCIL_STATEMENT }));
    const fallen = (share: string) => market(`The number of stalls trading at Ashcombe's Thursday market has fallen by ${share} per cent in five years, according to a council review.`);
    assert.equal(fallen('44').verdict, 'supported', why(fallen('44')));
    assert.deepEqual(fallen('54').conflicts.map((c) => [c.claim, c.source]), [['54 per cent', '44 per cent']]);
    const pitches = (to: string) => market(`The number of marked pitches on the Cornhill has also been cut, from 64 to ${to}, to make room for an emergency vehicle lane and outdoor seating.`);
    assert.equal(pitches('56').verdict, 'supported', why(pitches('56')));
    assert.equal(pitches('58').verdict, 'contradicted', why(pitches('58')));
    const fee = market('Officers estimate that reducing the standard fee would add around £8,000 a year to the deficit.');
    assert.equal(fee.verdict, 'supported', why(fee));
  });

  test('"Blue Badge holders" are the board paper\'s "Staff holding a Blue Badge"', async () => {
    const parking = judgeWith(await workspaceIndex({ 'sources/01_trust_board_paper.md': BOARD_PAPER }));
    const free = parking('Night-shift workers, Blue Badge holders and volunteers will continue to park free, and charges for patients and visitors are not changing.');
    assert.equal(free.verdict, 'supported', why(free));
  });
});
