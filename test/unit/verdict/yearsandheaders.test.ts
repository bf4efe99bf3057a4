/**
 * The forty-fourth round, first part: the faithful sentences the eighth batch of the last round (h476–h481, written
 * against 0fcfa30) and the ninth (h482–h487, against 008457b) flagged as errors. A year that describes a thing ("the
 * 1978 building") is no date of a sentence that does not name the thing; a weekday a statement was made is the
 * weekday of the document that makes it; a denial the claim shares, with the time it holds until, is no denial of
 * the claim; "Part 1:" in a transcript's header is no speaker, and a body speaks through its manager the header names;
 * "People are getting lifts, or just not travelling" denies nothing of the pupils; "Meeting held:" dates a report;
 * "Operations Director at Kestrel Highways" is of a body, not a field; "stopping" / "stayed" overnight; "under her
 * leadership" / "during her time as headteacher"; "… and we did not get it" denies no asking. The fixtures are the
 * helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

const LEISURE_REPORT = `# Kelmarsh Borough Council — Cabinet Report

**Meeting:** Cabinet, Wednesday 12 February 2025, 6.30pm, Council Chamber, Kelmarsh Town Hall
**Report published:** Tuesday 14 January 2025
**Title:** Leisure Estate Review — Future of Brindleford Leisure Centre
**Cabinet Member:** Councillor Denise Okafor, Cabinet Member for Leisure and Communities
**Lead officer:** Martin Hale, Director of Place
**Report author:** Priya Sandhu, Head of Leisure and Culture
**Key decision:** Yes
**Wards affected:** Brindleford North, Brindleford South, Harlow Green

## 1. Purpose of the report

1.1 This report asks Cabinet to agree the permanent closure of Brindleford Leisure Centre on Monday 31 March 2025 and to note the results of the public consultation carried out between Monday 4 November and Monday 16 December 2024.

1.2 The council owns three leisure facilities. All three are operated on its behalf by Vantage Leisure Trust under a management contract that runs until March 2031.

## 2. Recommendations

2.1 That Cabinet agrees to close Brindleford Leisure Centre permanently on 31 March 2025.

2.2 That Cabinet agrees to transfer the Brindleford Otters Swimming Club's regular sessions, as far as capacity allows, to Kelmarsh Central Pool.

2.3 That Cabinet allocates £85,000 from the Leisure Reserve for a two-year transport subsidy for junior swimmers and school swimming lessons.

## 3. Background

3.1 Brindleford Leisure Centre opened in 1978. It has a 25-metre, six-lane pool, a learner pool, a sports hall and a small gym.

3.2 A condition survey completed by Fairlight Building Consultancy in September 2024 identified a maintenance backlog of £3.2 million, of which the pool roof and the pool plant (filtration and heating) account for £2.1 million. The survey warned that the pool roof has "a remaining safe life of no more than three to five years without major intervention".

3.3 Visits to Brindleford have fallen by 14% since 2019/20, while visits across the estate as a whole have risen by 6% over the same period.

## 4. Visits and subsidy by centre, 2023/24

| Centre | Visits 2023/24 | Council subsidy 2023/24 | Subsidy per visit |
|---|---|---|---|
| Brindleford Leisure Centre | 148,200 | £612,000 | £4.13 |
| Kelmarsh Central Pool | 412,500 | £495,000 | £1.20 |
| Ashby Moor Sports Hub | 236,800 | £331,500 | £1.40 |
| **Total** | **797,500** | **£1,438,500** | **£1.80** |

4.1 Brindleford has the highest subsidy per visit of the three centres, more than three times that of Kelmarsh Central Pool. It accounts for 19% of visits across the estate but 43% of the council's leisure subsidy.

## 5. Financial implications

5.1 Closure is expected to produce a net saving of £540,000 a year from 2025/26, after allowing for extra staffing at Kelmarsh Central Pool and the transport subsidy.

5.2 The council must find £9.6 million of savings over the next three years. Keeping Brindleford open would require borrowing to fund the £3.2 million backlog.

5.3 Councillor Okafor said: "Nobody came into local politics to close a swimming pool. But we cannot keep spending four pounds of public money on every visit to a building that is wearing out around the people who use it."

## 6. Consultation

6.1 The six-week consultation received 2,140 responses. Of these, 78% opposed closure, 15% supported it and 7% expressed no view.

6.2 A petition organised by the Brindleford Otters Swimming Club, carrying 4,870 signatures, was presented to Full Council on Thursday 9 January 2025.

6.3 The most common concerns were travel time for children and older people, loss of club training time, and the impact on school swimming lessons. Eleven primary schools currently use Brindleford for lessons.

## 7. Impact on the swimming club

7.1 The Brindleford Otters currently use 22 hours of pool time a week at Brindleford. Kelmarsh Central Pool can offer the club 9 hours a week, mainly on weekday evenings after 8pm and on Sunday mornings.

7.2 Kelmarsh Central Pool is 7.5 miles from Brindleford. The journey takes about 35 minutes by the number 42 bus.

7.3 Priya Sandhu, Head of Leisure and Culture, said officers would "continue to work with the club to find additional water space, including at Ashby Moor, where a pool refurbishment is due to finish in autumn 2026".

## 8. Alternatives considered

8.1 A community asset transfer to a local trust was considered but not recommended, because no organisation has shown it could meet the repair costs.

8.2 Reduced opening hours were considered but would save only an estimated £140,000 a year and would not address the backlog.

## 9. Equality impact

9.1 An equality impact assessment found a negative impact on children, disabled residents and people over 65, who are less likely to have access to a car. The transport subsidy in recommendation 2.3 is intended to reduce this impact.
`;

const LANDSLIP_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A3094 Coast Road at Gull Point to remain closed after landslip – Westmoor Highways</title>
</head>
<body>
<header>
  <p class="org">Westmoor Highways – part of Westmoor County Council</p>
  <p class="type">PRESS RELEASE – FOR IMMEDIATE USE</p>
  <p class="date">Monday 10 March 2025</p>
</header>

<h1>A3094 Coast Road at Gull Point to remain closed for at least 12 weeks after landslip</h1>

<p>Westmoor Highways, the highways service of Westmoor County Council, has confirmed that the A3094 Coast Road between Porthkellis and Trewinnard will remain closed for at least 12 weeks following a landslip at Gull Point in the early hours of Saturday 8 March.</p>

<p>An estimated 1,200 tonnes of earth and rock slipped from the seaward embankment at around 4.40am on Saturday, taking with it a 40-metre length of the outer (seaward) lane of the carriageway and the adjoining section of the coastal footpath. A crack roughly 35 metres long has opened in the remaining inland lane.</p>

<p>The slip followed 62mm of rain in 48 hours, roughly 70 per cent of the average rainfall for the whole of March, as recorded at the council's weather station at Porthkellis.</p>

<p>No one was injured. As a precaution, three households on Lower Gull Lane – seven residents in total – were asked to leave their homes on Saturday morning. They are being housed by the council in the meantime.</p>

<h2>Diversion</h2>

<p>A signed diversion is in place via the B4210 through Carnbrea Cross. The diversion is 23 miles long and adds about 40 minutes to journeys between Porthkellis and Trewinnard. Drivers of goods vehicles over 7.5 tonnes are advised to use the A39 instead, as parts of the B4210 are narrow.</p>

<table border="1">
  <caption>Key facts</caption>
  <tr><th>Item</th><th>Detail</th></tr>
  <tr><td>Road</td><td>A3094 Coast Road</td></tr>
  <tr><td>Closed section</td><td>Harbour roundabout, Porthkellis, to Chapel Street junction, Trewinnard (3.2 miles)</td></tr>
  <tr><td>Typical traffic</td><td>About 6,800 vehicles per day</td></tr>
  <tr><td>Diversion</td><td>B4210 via Carnbrea Cross, 23 miles</td></tr>
  <tr><td>Expected closure</td><td>At least 12 weeks</td></tr>
  <tr><td>Emergency funding released</td><td>£450,000</td></tr>
  <tr><td>Estimated cost of permanent repair</td><td>£2.3 million to £2.8 million</td></tr>
</table>

<h2>Funding</h2>

<p>The council's cabinet agreed on Monday to release £450,000 from the council's emergency contingency fund to pay for the ground investigation and initial stabilising works. Early estimates put the cost of a permanent repair at between £2.3 million and £2.8 million. The council will apply to the Department for Transport for emergency funding towards the permanent repair.</p>

<p>Councillor Deborah Pengelly, cabinet member for highways and transport, said: "I know how much this road matters to people in Trewinnard and along the coast, and I am sorry for the disruption. Safety has to come first, and we will not reopen the road until our engineers are satisfied it is safe."</p>

<p>Martin Hosking, head of highways operations at Westmoor Highways, said: "Trevail Geotechnics have had monitoring equipment on the slope since Sunday, and they are taking readings every day. Until the ground stops moving we cannot put machinery on it, so the first job is simply to watch and measure."</p>

<h2>Background</h2>

<p>The same stretch of the Coast Road was closed for five weeks in 2014 after a smaller slip of about 300 tonnes. That slip was repaired with a rock-filled gabion wall at a cost of £610,000.</p>

<h2>Drop-in session</h2>

<p>Officers from Westmoor Highways and engineers from Trevail Geotechnics will hold a drop-in session for residents and businesses at Trewinnard Village Hall on Wednesday 19 March, from 2pm to 7pm.</p>

<footer>
<p>Media enquiries: Lucy Bray, communications officer, Westmoor County Council press office, 01872 555 210.</p>
<p>Ends.</p>
</footer>
</body>
</html>
`;

const LANDSLIP_REPORT = `# Trevail Geotechnics Ltd – Interim Report No. 1

**Project:** A3094 Coast Road, Gull Point landslip
**Client:** Westmoor Highways (Westmoor County Council)
**Report reference:** TG-2025-031-IR1
**Date of issue:** Wednesday 12 March 2025
**Prepared by:** Dr Helen Marrack, Principal Engineering Geologist
**Checked by:** Owen Treloar, Director

---

## 1. Summary

1.1 A landslip occurred on the seaward embankment of the A3094 Coast Road at Gull Point at approximately 04:40 on Saturday 8 March 2025. The slip scar is about 40 m wide and about 18 m high from the toe to the back scarp. The mass of displaced material is estimated at about 1,200 tonnes.

1.2 The failure is a rotational slip in weathered mudstone and overlying head deposits. Borehole BH1, drilled on Tuesday 11 March to a depth of 15 m from the inland verge, indicates a slip surface at approximately 6.5 m below road level.

1.3 Six survey prisms (GP1 to GP6) were installed on Sunday 9 March and a baseline reading taken at 14:00 that day. Readings show that the ground is still moving but that the rate of movement is reducing.

1.4 In the words of the author: "The ground is still moving, but it is slowing down, and that is what we want to see. I would not expect anyone to drive on that section again before the permanent repair is finished."

## 2. Monitoring results

Readings are cumulative displacement in millimetres since the baseline of 14:00 on 9 March, taken at 08:00 each day.

| Point | Position | 10 Mar | 11 Mar | 12 Mar | Movement in last 24 h (mm) |
|-------|----------|-------:|-------:|-------:|---------------------------:|
| GP1 | Landward verge, north | 1 | 2 | 2 | 0 |
| GP2 | Centre line, north | 6 | 9 | 11 | 2 |
| GP3 | Seaward edge, centre of slip | 14 | 23 | 27 | 4 |
| GP4 | Seaward edge, south | 9 | 15 | 18 | 3 |
| GP5 | Centre line, south | 4 | 6 | 7 | 1 |
| GP6 | Landward verge, south | 0 | 1 | 1 | 0 |

2.1 The largest movement is at GP3, on the seaward edge at the centre of the slip, with 27 mm recorded in total. The daily movement at GP3 has fallen from 14 mm to 9 mm and then to 4 mm.

2.2 The points on the landward verge (GP1 and GP6) have recorded no more than 2 mm of movement. Properties on Lower Gull Lane lie about 60 m inland of the back scarp and no movement affecting them has been detected.

## 3. Recommendations

3.1 The road should remain closed to all vehicles and pedestrians.

3.2 The road should not be considered for reopening, and no plant should be placed on the carriageway, until movement at all points is below 1 mm per day for 14 consecutive days.

3.3 Two permanent repair options have been considered:

- **Option A (preferred):** a soil-nailed slope with about 180 soil nails, each 12 m long, and a rock armour toe. Estimated construction period 10 to 14 weeks.
- **Option B:** a piled retaining wall along the seaward edge. Estimated construction period 20 to 26 weeks, at a higher cost than Option A.

3.4 A single-lane reopening under temporary traffic lights is not recommended before Option A is complete, because the remaining lane is cracked and sits above the slip surface.

3.5 The three evacuated households on Lower Gull Lane should remain out of their homes until at least Friday 21 March as a precaution, pending the next review.

## 4. Next steps

4.1 Daily readings will continue. Interim Report No. 2 is due on Wednesday 19 March 2025.

4.2 A second borehole (BH2) is planned for the week beginning 17 March, subject to access.

*Trevail Geotechnics Ltd, Unit 4, Kellis Business Park, Porthkellis.*
`;

const LANDSLIP_INTERVIEW = `KERNMOUTH ECHO – INTERVIEW TRANSCRIPT
Date: Thursday 13 March 2025
Interviewer: Sam Jory, reporter
Part 1: Coastlink Buses depot, Porthkellis, 10.15am – Alan Rowe, operations manager, Coastlink Buses
Part 2: Lower Gull Lane, Trewinnard, 1.30pm – Margaret Tonkin, resident
Recorded with permission. Lightly cleaned for ums and repeats.

--- PART 1 ---

SAM JORY: Thanks for seeing me. What has the closure done to the route 14?

ALAN ROWE: It's turned it upside down, to be honest. The 14 normally runs every 30 minutes between Porthkellis and Trewinnard, and the run takes 35 minutes along the Coast Road. Going round by Carnbrea Cross it's taking 75 minutes, so we've had to drop to an hourly service.

SAM JORY: When did you find out about the slip?

ALAN ROWE: Our first bus on Saturday reached the police cordon and turned back at ten past six. The driver rang in and we put the diversion on from the seven o'clock departure.

SAM JORY: What's it costing you?

ALAN ROWE: We've needed two extra buses and four extra drivers just to keep an hourly service going. Fuel and driver hours together, it's about £8,500 a week extra.

SAM JORY: And passengers?

ALAN ROWE: On a normal day we carry about 1,100 passengers on the 14. This week we're down by about 30 per cent. People are getting lifts, or just not travelling.

SAM JORY: What about the school run?

ALAN ROWE: There are 160 pupils from Trewinnard at Porthkellis Community College. We're running two dedicated school buses for them, and they're leaving at 7.05 in the morning instead of 7.45. That's a long day for an eleven-year-old.

SAM JORY: Has anyone offered to help with the cost?

ALAN ROWE: We've asked the council to cover the extra cost. We haven't had an answer yet. Nobody's blaming the council for the weather. But we're not going to abandon Trewinnard, but we can't carry these costs on our own for three months.

SAM JORY: Can I quote that last part?

ALAN ROWE: Yes. "We're not going to abandon Trewinnard, but we can't carry these costs on our own for three months." That's fair.

--- PART 2 ---

SAM JORY: Mrs Tonkin, how long have you lived here?

MARGARET TONKIN: Thirty-eight years. I'm 71 now. My husband and I bought this house in 1987.

SAM JORY: What happened on Saturday morning?

MARGARET TONKIN: I woke up at about twenty to five. There was a noise like a train going through the garden, a long rumble, and then nothing. I didn't know what it was until it got light.

SAM JORY: Were you asked to leave?

MARGARET TONKIN: No, not me. My neighbours at numbers 4, 6 and 8 were. The council came round at about eight o'clock. They're in a hotel in Porthkellis, I think.

SAM JORY: How has the closure affected you?

MARGARET TONKIN: My doctor's surgery is in Porthkellis. I don't drive any more. My son takes me, but he has to go all the way round by Carnbrea Cross, so a trip to the surgery takes me half a day now. It used to be an hour.

SAM JORY: What would you like the council to do?

MARGARET TONKIN: Give us a temporary footpath, or a shuttle minibus, something. We can't all wait three months.

SAM JORY: Were you surprised it happened?

MARGARET TONKIN: Not really. It went in 2014 as well. We've been saying for years that the cliff was going. Nobody listened.

SAM JORY: Will you go to the drop-in session?

MARGARET TONKIN: I'll be there on Wednesday, and I'll be asking them why it took this long.

SAM JORY: Thank you.

[END OF TRANSCRIPT]
`;

const HOSPICE_TRUSTEES_REPORT = `# Kestrel Hill Hospice — Report of the Board of Trustees

**Meeting held:** Tuesday 14 January 2025, Board Room, Kestrel Hill Hospice, Castlebury
**Chair:** Margaret Okafor, Chair of Trustees
**Present:** David Renshaw (Treasurer), Dr Samir Haddad (Director of Clinical Services), Helen Priestley (Chief Executive), Colin Marsh (Trustee), Anita Desai (Trustee)
**Report status:** Approved for publication

## 1. Summary

The board met to consider the hospice's financial position for the year ending 31 March 2025 and the outlook for 2025/26. The Treasurer reported that the hospice is forecasting a deficit of £1.8 million for 2024/25, compared with a deficit of £430,000 in 2023/24. Total income is forecast at £9.6 million, down from £9.92 million the previous year, while expenditure is forecast to rise from £10.35 million to £11.4 million.

After a discussion lasting just over three hours, the board voted by five votes to one to close Rowan Ward, the hospice's 10-bed inpatient ward, with effect from Friday 28 March 2025. Willow Ward, with 12 beds, will remain open. The hospice will therefore reduce its inpatient capacity from 22 beds to 12.

## 2. Income by source

| Source of income | 2023/24 (actual) | 2024/25 (forecast) | Change |
|---|---|---|---|
| NHS grant (Mid Wessex ICB) | £2.06m | £2.10m | +1.9% |
| Charity shops (retail) | £2.31m | £2.45m | +6.1% |
| Fundraising events and donations | £2.05m | £1.90m | −7.3% |
| Legacies | £2.60m | £2.15m | −17.3% |
| Hospice lottery | £0.58m | £0.60m | +3.4% |
| Investment and other income | £0.32m | £0.40m | +25.0% |
| **Total income** | **£9.92m** | **£9.60m** | **−3.2%** |
| **Total expenditure** | **£10.35m** | **£11.40m** | **+10.1%** |
| **Deficit** | **£0.43m** | **£1.80m** | |

The NHS grant from Mid Wessex Integrated Care Board accounts for about 22% of the hospice's income. The Treasurer noted that the grant has risen by less than 2% in cash terms over the year, while staff costs have risen by 11%, largely because the hospice matched the 5.5% NHS pay award for its nursing staff. Staff costs now stand at £8.2 million, or 72% of total expenditure.

Legacy income, which the Treasurer described as "the most volatile line in our accounts", fell by £450,000. Charity shop income rose for the third year in a row.

## 3. Reserves

Unrestricted reserves stood at £3.2 million at 31 December 2024, equivalent to about 3.4 months of operating costs. The board's reserves policy requires a minimum of three months. Mr Renshaw warned that without action the hospice would fall below that minimum "within the first half of 2025/26".

"We cannot keep spending money we do not have and hope that a generous legacy arrives in time," Mr Renshaw told the board.

## 4. Decision on Rowan Ward

The Chief Executive presented three options: (a) make no change and draw down reserves; (b) close Rowan Ward; (c) close both inpatient wards and move to a community-only model. The board rejected options (a) and (c).

Closing Rowan Ward is expected to save about £1.1 million a year. Nineteen posts are at risk of redundancy, including 14 nursing and healthcare assistant posts. A 45-day staff consultation will begin on Monday 3 February 2025. The hospice will seek to redeploy staff to its community team and Hospice at Home service wherever possible.

Trustee Colin Marsh voted against the closure. He said: "We are taking beds away from dying people in this town because the NHS will not pay its share. I cannot put my name to that."

The Chair, Margaret Okafor, said: "No trustee wanted this outcome. But our first duty is to make sure Kestrel Hill is still here in five years' time."

## 5. Activity

In 2023/24 the hospice admitted 412 patients to its inpatient wards, with an average length of stay of 11 days. Its community team supported 1,350 patients in their own homes. Dr Haddad told the board that the community team would grow by six nurses as a result of redeployment.

## 6. Next steps

The Chief Executive will write to Mid Wessex Integrated Care Board requesting an urgent review of the grant. The board will meet again on Tuesday 11 March 2025.
`;

const POTHOLES_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kestrel Highways statement on Harrowfield highways contract</title>
</head>
<body>
<article>
<header>
<p class="release">FOR IMMEDIATE RELEASE</p>
<h1>Kestrel Highways sets out facts on Harrowfield payment dispute</h1>
<p class="dateline">Leicester, Friday 17 January 2025</p>
</header>

<p>Kestrel Highways Ltd, the highways term maintenance contractor for Harrowfield Borough Council, today published a breakdown of the invoices it says remain unpaid by the council, following Thursday evening's meeting of the council's Overview and Scrutiny Committee.</p>

<p>The company says it is owed £2.7 million for work carried out between October and December 2024. It has referred the dispute to adjudication under the terms of the contract, having given formal notice on 10 January 2025.</p>

<h2>Invoices and payments, October to December 2024</h2>
<table>
<thead>
<tr><th>Month</th><th>Invoiced</th><th>Paid by council</th><th>Unpaid</th></tr>
</thead>
<tbody>
<tr><td>October 2024</td><td>£1,150,000</td><td>£520,000</td><td>£630,000</td></tr>
<tr><td>November 2024</td><td>£1,240,000</td><td>£410,000</td><td>£830,000</td></tr>
<tr><td>December 2024</td><td>£1,310,000</td><td>£70,000</td><td>£1,240,000</td></tr>
<tr><td><strong>Total</strong></td><td><strong>£3,700,000</strong></td><td><strong>£1,000,000</strong></td><td><strong>£2,700,000</strong></td></tr>
</tbody>
</table>

<p>Kestrel says that of the £3.7 million invoiced over the quarter, the council has paid £1.0 million, or 27 per cent.</p>

<p>Priya Raman, Managing Director of Kestrel Highways, said: "We have filled every hole we were instructed to fill, to the standard the council now demands. What we cannot do is keep absorbing the cost of a specification that was changed by email in September and never paid for."</p>

<p>The company maintains that the council's guidance of 9 September 2024, which raised the minimum patch depth from 40mm to 60mm, increased the material cost of a typical repair by around 35 per cent. Kestrel estimates the extra cost to date at £410,000.</p>

<p>Colin Fairbairn, Operations Director at Kestrel Highways, said the reduction in crews during November was caused by late payment rather than by any lack of commitment. "We cannot put crews on the road if we are not being paid for the last job," he said. "We went from fourteen gangs to nine because cash stopped coming in, not the other way round."</p>

<p>Kestrel employs 146 people at its Harrowfield depot on Foundry Lane. The company confirmed that no staff have been made redundant, but said 18 agency operatives had been released since November.</p>

<p>Ms Raman added: "We want this contract to work. We have asked the council to meet us before the end of January, and that offer stands."</p>

<p>The company said it would co-operate fully with the independent review recommended by the committee, and that it did not object to the appointment of Brindle Surfacing Ltd for interim repairs.</p>

<h2>Notes to editors</h2>
<ul>
<li>Kestrel Highways Ltd is headquartered in Leicester and holds highways contracts with five local authorities in the Midlands.</li>
<li>The Harrowfield contract began on 1 April 2022 and runs for five years.</li>
<li>Media contact: James Holloway, Communications Manager, Kestrel Highways.</li>
</ul>
</article>
</body>
</html>
`;

const LIFEBOAT_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Wednesday 15 October 2025
Location: Crew room, Carrick Bay Lifeboat Station
Interviewer: Amy Hollis, reporter, Carrick Bay Courier
Interviewee: Daniel Pascoe, coxswain, Carrick Bay Lifeboat Station
Also present (briefly): Rhys Jenkin, deputy coxswain
Recording length: 23 minutes
-------------------------------------------------------------

AMY HOLLIS: Thanks for making time, Dan. It must have been quite a day yesterday.

DANIEL PASCOE: It was. I've been on this crew since 2001, so that's 24 years, and I've been coxswain since 2014, and I don't think I've seen the harbour wall that full. There must have been three or four hundred people out there.

AMY HOLLIS: What was it like bringing her in?

DANIEL PASCOE: Honestly, I was more nervous about the crowd than the sea. We brought her round from Penlowen on the Monday, stayed overnight at Polwenna, and came in on the Tuesday morning. The passage took about nine hours in total, and she never put a foot wrong.

AMY HOLLIS: How does she compare with the City of Exminster?

DANIEL PASCOE: It's chalk and cheese. The old boat tops out at 17 knots. This one will do 25. On a shout to the Mendra Rocks, which is about 12 nautical miles out, we're going to be there something like ten minutes sooner. Ten minutes when somebody's in the water is the difference between a rescue and a recovery. I don't say that lightly.

AMY HOLLIS: Are there other differences the crew will notice?

DANIEL PASCOE: The seats, for one thing. They're shock-mitigating seats, so the crew aren't getting their backs smashed in a big sea. There's a proper survivor space down below that takes up to 20 people. And the electronics — the navigation and the radar are all on one system, so I can run the whole boat from one seat if I have to.

AMY HOLLIS: Is the crew ready to use her on service straight away?

DANIEL PASCOE: Not straight away. Every crew member has to do at least 40 hours of training on her before she goes on service. We've got 31 volunteers on the station, and not all of them will be all-weather crew, but we want as many as possible signed off. The City of Exminster stays on service until the end of the month, so there's no gap in cover.

AMY HOLLIS: When do you expect the new boat to take over?

DANIEL PASCOE: The plan is she goes on service on the first of November, the day after the old boat's last launch. That's tight, but we're on track.

RHYS JENKIN: We've done 16 hours already this week, so we're well ahead.

DANIEL PASCOE: Rhys is the optimist. I'm the coxswain, so I worry for both of us.

AMY HOLLIS: Tell me about the boathouse. Why does it need an appeal?

DANIEL PASCOE: She doesn't fit. Simple as that. The boathouse was built in 1964 for a 12-metre boat, and the Margaret Ellison is 13.6 metres. The winch is the original one as well, and it isn't rated for her weight. So for now she's on a mooring in the outer harbour, and that means every time we launch we have to get the crew out to her in the inshore boat first. That adds maybe four or five minutes.

AMY HOLLIS: So some of the time you gain on speed, you lose getting to the boat?

DANIEL PASCOE: For the winter, yes. That's why the appeal matters. Gwen and the committee have been brilliant. They raised £480,000 for the boat itself, and now they've got to go again for £350,000. I know it's a lot to ask of a town this size.

AMY HOLLIS: What would you say to people thinking about giving?

DANIEL PASCOE: I'd say come down to the open day and have a look at her. Once you've stood in that wheelhouse you'll understand. Nobody on this crew gets paid to go out — well, I do, I'm the only full-timer — but the other thirty turn out at three in the morning for nothing. The least we can do is give them a boat that lives in a proper house.

AMY HOLLIS: And the old boat — any sadness?

DANIEL PASCOE: Of course. The City of Exminster has launched more than 900 times from this station. She's going to the training centre at Pendower, so she'll still be teaching crews, which I'm glad about. She's earned it.

AMY HOLLIS: Last question. Margaret Ellison — did you know her?

DANIEL PASCOE: Never met her. My mum did, she was taught by her at Polwenna school. Mum says she was strict but fair. I think she'd like the boat. It's strict but fair too.

AMY HOLLIS: Thanks, Dan.

[END OF RECORDING]
`;

const GOVERNORS_LETTER = `KESTREL VALE SCHOOL
Ashcombe Road, Brackenmoor, BR4 7JL
Office of the Governing Body

Letter to parents and carers
Dated: Friday 22 August 2025

Dear parents and carers,

I am writing on behalf of the governing body of Kestrel Vale School to share two pieces of news with you before the start of the autumn term.

First, this year's GCSE results were published to students on Thursday 21 August 2025. As many of you will already know from your own children, the results were disappointing overall. A full breakdown is attached as a separate summary, prepared by our deputy headteacher, Mr Colin Ashworth, and our data manager, Mrs Priya Raman.

Second, I must inform you that our headteacher, Dr Alison Pryce, has tendered her resignation. The governing body received her letter on the afternoon of Wednesday 20 August 2025, the day before results were released to students. After a meeting of the full governing body on the evening of Thursday 21 August, governors accepted her resignation. Dr Pryce will leave the school at the end of the autumn term, on Friday 19 December 2025.

Dr Pryce has led Kestrel Vale for six years, having joined us in September 2019 from Marlowe Park High School in Dunstead, where she was a deputy headteacher. During her time as headteacher, the school opened its new science block, which cost £2.4 million and was completed in 2022, and grew its sixth form from 140 to 210 students.

In her letter to governors, Dr Pryce wrote: "I have given this school everything I have, and I believe it now needs fresh leadership to take it through the next stage of its journey." She added that her decision was "entirely my own" and had been made "after many weeks of reflection over the summer."

Governors want to be clear with parents that Dr Pryce was not asked to resign. We thank her for her commitment to the students and staff of this school.

Interim arrangements

From Monday 5 January 2026, the deputy headteacher, Mr Colin Ashworth, will serve as acting headteacher until a permanent appointment is made. The governing body expects the recruitment process to take between four and six months, and we hope to have a new headteacher in post by September 2026. Westmere County Council has agreed to provide support during this period, including an experienced school improvement adviser, Mrs Denise Kearns, who will work with the school for two days a week.

What happens next

The governing body will hold an open meeting for parents and carers on Tuesday 9 September 2025 at 6.30pm in the school hall. Mr Ashworth, Dr Pryce and I will attend and answer questions. Mrs Kearns from the council will also be present.

Key dates for the autumn term:

  Date                          Event
  ----------------------------  ---------------------------------------
  Wednesday 3 September 2025    Term starts for Years 7 and 12
  Thursday 4 September 2025     Term starts for all other year groups
  Tuesday 9 September 2025      Open meeting for parents, 6.30pm
  Friday 19 December 2025       Dr Pryce's last day; term ends
  Monday 5 January 2026         Mr Ashworth begins as acting head

Our vice-chair of governors, Mrs Helen Strudwick, who leads our standards committee, said: "The results this year are not good enough, and governors accept our share of responsibility. We owe it to every family to understand what went wrong and to put it right quickly."

If you have any questions in the meantime, please write to the clerk to the governors, Mr Tom Venables, at the school address.

Yours faithfully,

Martin Okafor
Chair of Governors
Kestrel Vale School
`;

const RAIL_USERS_INTERVIEW = `TRANSCRIPT — GROUP INTERVIEW, HARROWMERE LINE USERS' ASSOCIATION
Date: Tuesday 18 February 2025
Place: Committee room, Pellingham Community Centre
Interviewer: Lucy Brennan, transport reporter, Westmarch Gazette
Present: Bernard Ostley (chair, Harrowmere Line Users' Association); Ruth Kamara (secretary, Harrowmere Line Users' Association); Joan Pettifer (member, wheelchair user, Lower Brenton); Samir Haddad (member, hospital porter, commutes Pellingham to Ashby Cross)
Recording length: 41 minutes. Transcribed by L. Brennan. Lightly edited for clarity.

LUCY BRENNAN: Thank you all for coming in. Can I start with you, Bernard. What was your reaction when Kestrel Valley Trains published the closure notice yesterday?

BERNARD OSTLEY: Relief, honestly, that the viaduct is finally being fixed. That speed restriction has been on since October 2023 and it has made the whole line unreliable. But the association was only told about the dates eleven days before the notice went out. We asked for consultation in November and we did not get it.

LUCY BRENNAN: What would you have wanted them to change?

BERNARD OSTLEY: We would have preferred them to avoid the weekend of 29 March, because that is the Pellingham spring fair, and it brings thousands of visitors. Nobody at Kestrel or at NTI seemed to know about it.

RUTH KAMARA: Can I come in there? We did our own survey of members in January. We had 312 replies. Of those, 71 per cent said they travel on the line at weekends at least twice a month, and 48 per cent said they would not use a replacement bus at all if they could avoid it.

LUCY BRENNAN: Why not?

RUTH KAMARA: Time, mostly. The bus between Ashby Cross and Pellingham takes the A614 and on a Saturday that road is solid. Kestrel says up to 35 minutes extra. Our members who used the buses during the 2022 closures say it was nearer an hour.

LUCY BRENNAN: Joan, you use a wheelchair. What is your concern?

JOAN PETTIFER: Lower Brenton. The buses won't call at the station, so I'm told to go to a stop on Mill Lane. Mill Lane has no pavement for the last stretch. I've written to Kestrel twice. The first time I got no reply, the second time they said they would "look into it". Two accessible minibuses for the whole line is not enough. If one of them is at Ashby Cross and the other is at Dunmore, I could wait an hour.

LUCY BRENNAN: Has anyone from the operator met you?

JOAN PETTIFER: Tomasz Wierzbicki rang me last week. He was polite. He said he would see about a stop outside the station. Nothing in writing yet.

LUCY BRENNAN: Samir, you work shifts at the hospital.

SAMIR HADDAD: Yes, I'm a porter at Ashby Cross General. I start at six on a Saturday. The first replacement bus from Pellingham gets in at 6.10, so I'm late before I've started. On a normal Saturday the first train gets me in at 5.42. I've asked my manager to swap me onto Sunday lates for those weekends, but not everyone can do that.

LUCY BRENNAN: Do you support the work itself?

SAMIR HADDAD: Of course. Four minutes off every journey, no more crawling over the viaduct. I'd just like them to think about the people who actually use the early trains.

LUCY BRENNAN: Bernard, the Westmarch Transport Board meets on Thursday. What are you asking for?

BERNARD OSTLEY: Three things. A replacement bus stop right outside Lower Brenton station. Extra buses timed for hospital shift workers on Saturday mornings. And compensation for season ticket holders that is automatic, not something you have to fight for online.

RUTH KAMARA: And we want the spring fair weekend moved. I don't think that will happen, but we've asked.

LUCY BRENNAN: Have you had any response from the board?

BERNARD OSTLEY: Martin Quayle, their director of rail, has agreed to meet us on the third of March. He's been more helpful than the operator, to be fair to him.

LUCY BRENNAN: Last question. Overall, is this good news or bad news for the line?

BERNARD OSTLEY: Good news, badly handled. That's what I'd say. Put that in the paper.

RUTH KAMARA: I'd agree with that.

[END OF RECORDING]
`;

describe('the forty-fourth round: years of things, days of statements, headers and posts, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a year that describes a thing is no date of a sentence that does not name the thing', async () => {
    const leisure = judgeWith(await workspaceIndex({ 'sources/cabinet_report_leisure_review.md': LEISURE_REPORT }));
    const building = leisure('The 1978 building needs £3.2 million of repairs, according to a survey by Fairlight Building Consultancy.');
    assert.equal(building.verdict, 'supported', why(building));
    // (A year the sources never give is still missing; one they give otherwise is still contradicted.)
    const other = leisure('The 1987 building needs £3.2 million of repairs, according to a survey by Fairlight Building Consultancy.');
    assert.notEqual(other.verdict, 'supported', why(other));
    const opened = leisure('Brindleford Leisure Centre opened in 1987.');
    assert.equal(opened.verdict, 'contradicted', why(opened));
  });

  test('a weekday a statement was made is the weekday of the document that makes it', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/westmoor_highways_press_release.html': LANDSLIP_RELEASE }));
    const monday = release('Westmoor Highways, the highways service of Westmoor County Council, said on Monday that the road would remain closed for at least twelve weeks.');
    assert.notEqual(monday.verdict, 'contradicted', why(monday));
    const tuesday = release('Westmoor Highways, the highways service of Westmoor County Council, said on Tuesday that the road would remain closed for at least twelve weeks.');
    assert.equal(tuesday.verdict, 'contradicted', why(tuesday));
  });

  test('"Meeting held:" dates a report, and the vote is of its day', async () => {
    const trustees = judgeWith(await workspaceIndex({ 'sources/trustees_report.md': HOSPICE_TRUSTEES_REPORT }));
    const vote = trustees('Trustees voted five to one on Tuesday 14 January to shut Rowan Ward, which has ten beds.');
    assert.notEqual(vote.verdict, 'contradicted', why(vote));
    const later = trustees('Trustees voted five to one on Tuesday 21 January to shut Rowan Ward, which has ten beds.');
    assert.equal(later.verdict, 'contradicted', why(later));
  });

  test('a denial the claim shares, with the time it holds until, is none of the claim', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/trevail_interim_report_1.md': LANDSLIP_REPORT }));
    const until = report('The report says the road should not be considered for reopening until movement at every point has stayed below 1mm a day for fourteen days in a row.');
    assert.notEqual(until.verdict, 'contradicted', why(until));
    const once = report('The report says the road should be considered for reopening once movement at every point has stayed below 1mm a day for fourteen days in a row.');
    assert.equal(once.verdict, 'contradicted', why(once));
  });

  test('"Part 1:" of a transcript\'s header is no speaker; a body speaks through the manager it names', async () => {
    const files = { 'sources/interview_transcript_rowe_tonkin.txt': LANDSLIP_INTERVIEW };
    const index = await workspaceIndex(files);
    const speakers = index.search('Coastlink route', { limit: 1 })[0]?.document.meta?.speakers ?? [];
    assert.deepEqual(speakers.map((s) => s.label), ['SAM JORY', 'ALAN ROWE', 'MARGARET TONKIN']);
    assert.deepEqual(speakers.find((s) => s.label === 'ALAN ROWE'), { label: 'ALAN ROWE', name: 'Alan Rowe', role: 'operations manager', body: 'Coastlink Buses' });
    const route = 'says its route 14, which normally runs every half hour and takes 35 minutes, now takes 75 minutes by the diversion and has been cut to an hourly service.';
    assert.deepEqual(await misattributions(files, `Coastlink Buses ${route}`), []);
    assert.equal((await misattributions(files, `Margaret Tonkin ${route}`)).length, 1);
  });

  test('"People are getting lifts, or just not travelling" denies nothing of the pupils who travel', async () => {
    const interview = judgeWith(await workspaceIndex({ 'sources/interview_transcript_rowe_tonkin.txt': LANDSLIP_INTERVIEW }));
    const pupils = interview('The 160 Trewinnard pupils at Porthkellis Community College now travel on two dedicated school buses that leave at 7.05am, 40 minutes earlier than usual.');
    assert.notEqual(pupils.verdict, 'contradicted', why(pupils));
  });

  test('"… and we did not get it" denies no asking', async () => {
    const users = judgeWith(await workspaceIndex({ 'sources/users_association_interview.txt': RAIL_USERS_INTERVIEW }));
    const despite = users('But he said the association had been told about the dates only eleven days before the notice was published, despite asking for consultation in November.');
    assert.notEqual(despite.verdict, 'contradicted', why(despite));
    const never = users('He said they had not asked for consultation in November.');
    assert.equal(never.verdict, 'contradicted', why(never));
  });

  test('a post "at" a body is of the body, whatever its words', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/kestrel_press_release.html': POTHOLES_RELEASE }));
    const director = release("Colin Fairbairn, Kestrel's operations director, said the cut in crews was caused by late payment rather than any lack of commitment.");
    assert.notEqual(director.verdict, 'contradicted', why(director));
    const finance = release("Colin Fairbairn, Kestrel's finance director, said the cut in crews was caused by late payment rather than any lack of commitment.");
    assert.equal(finance.verdict, 'contradicted', why(finance));
  });

  test('"stopping" / "stayed" overnight; "under her leadership" / "during her time as headteacher"', async () => {
    const coxswain = judgeWith(await workspaceIndex({ 'sources/interview_pascoe.txt': LIFEBOAT_INTERVIEW }));
    const stopping = coxswain('He said the crew had brought the boat round from Penlowen on the Monday, stopping overnight at Polwenna, in a passage of about nine hours.');
    assert.notEqual(stopping.verdict, 'contradicted', why(stopping));
    const sailing = coxswain('He said the crew had brought the boat round from Penlowen on the Monday, sailing overnight past Polwenna, in a passage of about nine hours.');
    assert.equal(sailing.verdict, 'contradicted', why(sailing));
    const governors = judgeWith(await workspaceIndex({ 'sources/governors_letter.txt': GOVERNORS_LETTER }));
    const leadership = governors('Under her leadership the school opened a £2.4 million science block in 2022 and its sixth form grew from 140 to 210 students.');
    assert.notEqual(leadership.verdict, 'contradicted', why(leadership));
    const grew = governors('Under her leadership the school opened a £2.4 million science block in 2022 and its sixth form grew from 140 to 240 students.');
    assert.equal(grew.verdict, 'contradicted', why(grew));
  });
});
