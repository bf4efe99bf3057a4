/**
 * The fiftieth round, first and second parts: faithful sentences of h638–h649 (written against 4603089 and 007d8d3)
 * shown as errors, and a catch a first form lost. A change in words ("from three months to six") gives both figures
 * its unit; the total of the claim's parts is no rival; "halted" is "paused"; a claim with a split vote besides
 * "unanimously" tells of two votes; a post in lower case before "said:" owns the quotation; "the most expensive … at
 * £1.67 a visit" ranks the cost per visit; "instead of" the thing the claim sets against it denies nothing; a
 * reference ("RC/23/1693") gives no year; "after" is the sentence's "following"; a neighbour's denial of another
 * time is no denial of the claim; a figure another passage gives after the claim's own word ("within 28 days") is
 * that passage's; a Total row gives the claim's figures; a change "from twenty minutes to thirty" is the opposite of
 * one "from thirty minutes to twenty". The fixtures are the helpers' sources, whole; the people, bodies and places
 * are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h643: sources/residents_meeting_notes.md, whole. */
const CANAL_MEETING_NOTES = `# COLLEY LANE RESIDENTS' ASSOCIATION
## Notes of public meeting on the canal flood

**Date:** Monday 18 November 2024, 7pm to 9.10pm
**Venue:** St Aldhelm's Church Hall, Colley Lane, Ketterby
**Chair:** Gwen Hartley, Chair, Colley Lane Residents' Association
**Notes taken by:** Simon Achebe, Secretary, Colley Lane Residents' Association
**Attendance:** about 140 residents

**Panel:**
- Dr Priya Natarajan, Senior Geotechnical Engineer, Midland Waterways Trust
- Tom Burrows, Regional Operations Manager (South Midlands), Midland Waterways Trust
- Cllr Rashid Khan, ward councillor for Brookside, Ketterby Borough Council
- Mark Pendry, Director of Housing and Communities, Ketterby Borough Council

---

### 1. Welcome

GWEN HARTLEY: Thank you all for coming. I know a lot of you have come straight from clearing out your houses. We have two hours. The panel will speak briefly and then it is your turn.

### 2. What caused the breach

DR NATARAJAN: Our early view is that water found its way along an old brick culvert under the bank, which we believe was built in the 1890s and which was not on our records. Over time it washed out the fill around it until the bank could no longer hold. The rain last week raised the level, but it did not overtop the bank. The rain was not the cause.

ALAN FISK (Brookside Close): If it wasn't on your records, how do you know there aren't more of them?

DR NATARAJAN: We don't, and that is exactly why we are going to survey the rest of the embankment, nine kilometres of it, starting next month.

### 3. Warnings before the breach

MARJORIE PELL (Colley Lane): I walk my dog along that towpath every day. In August I saw a wet patch at the bottom of the bank on the allotment side and I reported it on your website. I've got the email confirmation. Nobody came.

TOM BURROWS: I'm sorry to hear that, Mrs Pell. I have asked our team to find your report. Our inspectors did visit that section on the fourth of September and noted damp patches, but they saw no water flowing. I'm not going to stand here and say we got everything right.

MARJORIE PELL: So you knew.

TOM BURROWS: We knew there were damp patches. We did not know there was a culvert under there. Both of those things will be looked at by the independent review.

### 4. Independent review

TOM BURROWS: The Trust has asked Dr Elaine Marsh, a chartered engineer from outside the Trust, to lead an independent review. She will report by the end of February next year, and we will publish it in full.

DEV SANDHU (Tanners Row): Will you pay for the damage?

TOM BURROWS: I can't talk about liability tonight; that is for the insurers and, if it comes to it, the lawyers. What I can say is that we have opened a claims line and anyone who has suffered loss should register with it.

DEV SANDHU: That's not an answer. My insurer has already told me my excess is £1,000.

### 5. Council support

MARK PENDRY: So far 38 of the 47 flooded households have applied for the £500 payment and 29 have been paid. The hardship fund is open. We now think around 20 households will need somewhere else to live for at least three months.

CLLR KHAN: I have asked the council to extend the council tax relief from three months to six for anyone still out of their home by February. That will go to the cabinet on the fourth of December.

ALAN FISK: The skips were full by Saturday lunchtime.

MARK PENDRY: That's fair. We will double the collections this week, twice a day instead of once.

### 6. Questions on repairs and the canal

GWEN HARTLEY: When will the lane reopen and when will the canal be back?

DR NATARAJAN: The emergency works to make the breach safe should be finished this Friday. The ground investigation starts next Monday. The full repair will take about sixteen weeks, and we don't expect boats through before the end of March.

CLLR KHAN: The road is the council's, and it stays closed until the end of next week at the earliest, the 29th, while we check the surface.

### 7. Closing

GWEN HARTLEY: I want it minuted that this association has asked for a bank inspection every six months, not every three years, and for the Trust to put up the results on the noticeboard at Colley Lane Bridge.

TOM BURROWS: I'll take that back. I can't promise it tonight, but I will write to you with an answer within two weeks.

GWEN HARTLEY: "The people in this room did nothing wrong, and they are the ones sleeping on sofas." We'll hold the Trust and the council to what they've said tonight.

### Actions

| No. | Action | Owner | By |
|---|---|---|---|
| 1 | Find and respond to Mrs Pell's August report | Tom Burrows, MWT | 2 December 2024 |
| 2 | Double skip collections on Brookside Close and Tanners Row | Mark Pendry, KBC | 19 November 2024 |
| 3 | Written reply on six-monthly inspections | Tom Burrows, MWT | 2 December 2024 |
| 4 | Council tax relief extension to cabinet | Cllr Rashid Khan | 4 December 2024 |
| 5 | Next residents' meeting | Gwen Hartley | January 2025 |
`;

/** h643: sources/council_statement.md, whole. */
const CANAL_COUNCIL_STATEMENT = `# KETTERBY BOROUGH COUNCIL
## Press release – for immediate use
### Thursday 14 November 2024

## Council sets out support for families after Colley Lane canal flood

Ketterby Borough Council has set up an emergency support package for households whose homes were flooded when the bank of the Hallowmere & Stanbridge Canal gave way in the early hours of Wednesday 13 November.

**What happened**

The canal embankment near Colley Lane Bridge failed at about 1.15am on Wednesday. Floodwater entered 47 homes on Colley Lane, Brookside Close and Tanners Row. In the worst-affected properties on Brookside Close, water reached a depth of 1.1 metres on the ground floor.

A total of 112 residents were evacuated from their homes during the night. Ketterbyshire Fire and Rescue Service crews rescued 14 people by boat, including two children and a man who uses a wheelchair. Two people were treated by paramedics at the scene for the effects of cold and were not taken to hospital. Nobody was seriously injured.

A rest centre was opened at Ketterby Leisure Centre on Mill Road at 1.40am, and 31 people stayed there overnight. As of Thursday afternoon, nine households are in temporary accommodation arranged by the council.

**Numbers at a glance (as of 2pm, Thursday 14 November)**

| | |
|---|---|
| Homes flooded | 47 |
| – of which on Colley Lane | 19 |
| – of which on Brookside Close | 22 |
| – of which on Tanners Row | 6 |
| Residents evacuated | 112 |
| People rescued by boat | 14 |
| People at rest centre overnight (13 Nov) | 31 |
| Households in temporary accommodation | 9 |

**Support available**

- An emergency payment of £500 for every flooded household, paid within five working days of a claim.
- A £250,000 hardship fund for residents facing extra costs, such as replacing essential appliances, which the council will administer.
- Council tax relief for flooded properties for three months.
- Free collection of flood-damaged furniture and goods, with skips placed on Brookside Close and Tanners Row from Friday 15 November.
- A drop-in advice centre at St Aldhelm's Church Hall, Colley Lane, open 9am to 5pm daily until Saturday 23 November.

**Roads and schools**

Colley Lane will remain closed between Tanners Row and Mill Road until at least Friday 29 November, while the Midland Waterways Trust carries out emergency works and the highway is inspected for damage. Brookside Primary School was closed on Wednesday and Thursday as a precaution and will reopen on Monday 18 November.

**Comment**

Councillor Helen Osei, Leader of Ketterby Borough Council, said:

"This was a frightening night for families on Colley Lane and Brookside Close, and I want to thank the fire crews and our own staff who went door to door in the dark. Nobody should have to carry the cost of this on their own, and we will be pressing the Midland Waterways Trust for clear answers about why the bank failed."

Mark Pendry, the council's Director of Housing and Communities, said:

"Our priority this week is getting people into warm, dry accommodation and getting the £500 payments into bank accounts. Some families will be out of their homes for months, not weeks, and we are planning for that."

**Notes to editors**

The Hallowmere & Stanbridge Canal is owned and managed by the Midland Waterways Trust, which is responsible for the embankment. Ketterby Borough Council is the lead local authority for the emergency response. Residents can apply for the emergency payment online or by calling 01632 960 418.
`;

/** h643: sources/engineer_report.md, whole. */
const CANAL_ENGINEER_REPORT = `# MIDLAND WATERWAYS TRUST
## Preliminary Engineering Report: Embankment Breach, Hallowmere & Stanbridge Canal, Colley Lane, Ketterby

**Report reference:** MWT/GEO/2024/117
**Prepared by:** Dr Priya Natarajan, Senior Geotechnical Engineer, Midland Waterways Trust
**Reviewed by:** Tom Burrows, Regional Operations Manager (South Midlands), Midland Waterways Trust
**Date of issue:** Friday 15 November 2024
**Status:** Preliminary – subject to revision following ground investigation

### 1. Summary

At approximately 01:15 on Wednesday 13 November 2024 the offside (east) embankment of the Hallowmere & Stanbridge Canal failed at chainage 14.3 km, about 200 metres north of Colley Lane Bridge (Bridge 41), Ketterby. The breach released an estimated 62,000 cubic metres of water from the 2.6 km pound between Fenwick Lock (Lock 12) and Dunmore Bridge (Bridge 44). Water flowed east and south-east across the Brookside allotments and into residential streets at Colley Lane, Brookside Close and Tanners Row.

The breach opening measured 18 metres wide at the crest and 4.2 metres deep at its deepest point when surveyed on the afternoon of 13 November. The embankment at this location is approximately 5.5 metres high above the surrounding ground.

The pound was isolated by stop planks installed at Fenwick Lock at 03:50 and at Dunmore Bridge at 04:30 on 13 November. By 06:00 the water level at the breach had fallen to within 5 cm of the gauge datum and outflow had effectively stopped.

### 2. Sequence of events

- **Tuesday 12 November, 22:40** – Lock keeper Neil Sumner, on a routine evening check, reports "water running out of the bank face" on the offside near chainage 14.3 km, and calls the Trust's out-of-hours line.
- **23:25** – Duty engineer Callum Reid arrives on site. He records seepage at an estimated 5 litres per second from a point about 1.5 metres below the crest, with clouded (sediment-laden) water.
- **23:50** – Reid requests a stoppage and mobilisation of the emergency contractor, Harwell Civil Ltd. Ketterbyshire Fire and Rescue Service and Ketterby Borough Council are alerted.
- **Wednesday 13 November, 00:35** – Seepage increases sharply; a depression forms on the towpath-side crest. Reid withdraws staff from the embankment.
- **01:15** – Embankment fails. Water level in the pound begins to fall rapidly.
- **03:50** – Stop planks installed at Fenwick Lock (upstream end).
- **04:30** – Stop planks installed at Dunmore Bridge (downstream end).
- **06:00** – Outflow effectively ceased.

### 3. Water levels

Levels are given in metres above local gauge datum. Normal operating level for the pound is 1.45 m; design top water level is 1.60 m.

| Date and time | Colley Lane gauge (m) | Fenwick Lock upper gauge (m) | Note |
|---|---|---|---|
| Tue 12 Nov, 18:00 | 1.46 | 1.48 | Routine reading |
| Tue 12 Nov, 21:00 | 1.52 | 1.55 | Rain continuing |
| Tue 12 Nov, 22:40 | 1.55 | 1.58 | Seepage first reported |
| Wed 13 Nov, 00:00 | 1.57 | 1.60 | |
| Wed 13 Nov, 01:15 | 1.58 | 1.61 | Breach |
| Wed 13 Nov, 02:00 | 0.92 | 1.10 | |
| Wed 13 Nov, 03:00 | 0.41 | 0.74 | |
| Wed 13 Nov, 04:00 | 0.18 | 0.52 | Fenwick stop planks in 03:50 |
| Wed 13 Nov, 06:00 | 0.05 | 0.49 | Outflow ceased |

The level at Colley Lane peaked at 1.58 m, 13 cm above normal operating level but 2 cm below design top water level. The pound therefore was not overtopped, and overtopping is not considered to be the mechanism of failure.

Rainfall recorded at the Trust's Fenwick rain gauge was 38 mm in the 48 hours to 06:00 on 13 November, compared with a November monthly average of 71 mm.

### 4. Probable cause

Early findings point to internal erosion ("piping") along the line of a disused brick culvert that runs beneath the embankment at chainage 14.3 km. The culvert, believed to date from the 1890s, does not appear on the Trust's current asset register. Exposed brickwork in the breach face shows a partly collapsed barrel about 0.9 metres in diameter, with loose fill around it.

The elevated canal level after heavy rain is likely to have increased water pressure on the embankment, but it is considered a contributing factor rather than the cause. There is no evidence at this stage of animal burrowing at the breach location.

### 5. Inspection history

The embankment was last inspected on Wednesday 4 September 2024 as part of the Trust's principal inspection cycle and was rated "fair" (grade 3 on a five-point scale). The inspection noted "minor damp patches on the landside toe, no flow observed" and recommended a re-inspection within 12 months. The previous principal inspection, in September 2021, rated the same section "good" (grade 2).

### 6. Comparison with previous incidents

This is the largest breach on the Trust's network since the Aldwick embankment breach of February 2016, which released approximately 40,000 cubic metres of water and flooded 11 properties.

### 7. Repair and next steps

- Emergency works to make the breach safe (temporary sheet piling and a clay bund) are expected to be completed by Friday 22 November 2024.
- A ground investigation, including six boreholes and a CCTV survey of the culvert, will start on Monday 25 November 2024.
- Permanent reinstatement is estimated to cost £1.8 million and take around 16 weeks once started.
- The canal between Fenwick Lock and Dunmore Bridge is expected to remain closed to navigation until at least the end of March 2025.
- The Trust will survey the remaining 9 km of embankment on the Hallowmere & Stanbridge Canal for similar unrecorded culverts, starting in December 2024.

Dr Priya Natarajan
Senior Geotechnical Engineer
`;

/** h642: sources/01_accounts_notes.md, whole. */
const CRICKET_ACCOUNTS_NOTES = `# Ravensholt County Cricket Club Limited

## Notes to the Financial Statements for the year ended 30 September 2024

Registered office: The Pavilion, Kingsmead Road, Ashbury AB4 7KR. The club is a company limited by guarantee and is owned by its members.

### Note 3. Turnover

Turnover for the year was £9.84m (2023: £8.91m), an increase of £0.93m, or 10.4%. The increase was driven mainly by conferencing and events, which rose by 20.0%, and by match-day income, which benefited from three home T20 fixtures played under temporary floodlights.

| Income stream | 2024 (£m) | 2023 (£m) | Change |
|---|---|---|---|
| Match-day and cricket income | 3.12 | 2.74 | +13.9% |
| Conferencing and events | 2.46 | 2.05 | +20.0% |
| Governing body fee payments | 2.98 | 2.96 | +0.7% |
| Commercial sponsorship | 0.91 | 0.84 | +8.3% |
| Other income | 0.37 | 0.32 | +15.6% |
| **Total** | **9.84** | **8.91** | **+10.4%** |

Governing body fee payments are the annual distribution received from the Northern Counties Cricket Council and are fixed under a five-year agreement running to 2027.

### Note 4. Operating result

The club recorded an operating loss of £412,000 for the year (2023: operating loss of £1,030,000). Staff costs were £4.61m (2023: £4.38m). Average full-time equivalent staff numbered 87 (2023: 84), of whom 24 were contracted professional players.

Non-recurring costs of £186,000 were charged in the year, relating to temporary seating and hospitality marquees hired while the Tanner Terrace was closed for demolition.

### Note 11. Assets under construction – ground redevelopment

At 30 September 2024 the club had incurred £9.9m on the redevelopment of the Kingsmead Road ground, which is shown within assets under construction. The scheme comprises a new 2,400-seat Fairbourne Stand on the site of the former Tanner Terrace, the refurbishment of the 1898 pavilion, and permanent floodlights.

The budget approved by members on Tuesday 21 February 2023 was £14.2m. The current forecast, revised in November 2024, is £17.6m, an increase of £3.4m (23.9%).

| Element | Approved budget, Feb 2023 (£m) | Forecast, Nov 2024 (£m) |
|---|---|---|
| Fairbourne Stand construction | 9.40 | 11.85 |
| Pavilion refurbishment | 2.10 | 2.65 |
| Permanent floodlights | 1.45 | 1.52 |
| Professional fees | 0.80 | 1.02 |
| Contingency | 0.45 | 0.56 |
| **Total** | **14.20** | **17.60** |

The largest single cause of the increase was the discovery on Monday 19 August 2024 of a disused Victorian brick culvert beneath the Tanner Terrace, which required redesign of the stand's piled foundations and paused work on the stand for eleven weeks. The principal contractor is Brockley & Vane Construction Ltd.

### Note 15. Borrowings

| Lender | Facility (£m) | Drawn at 30 Sept 2024 (£m) | Interest | Terms |
|---|---|---|---|---|
| Ashbury Borough Council | 5.00 | 5.00 | 4.1% fixed | Repayable over 25 years from 1 April 2025 |
| Members' ground bonds | 1.15 | 1.15 | 5.0%, paid as ground credit | Redeemable 2031 |
| Northgate Bank plc overdraft | 1.00 | 0.40 | Base rate + 2.75% | Renewable annually |
| **Total** | **7.15** | **6.55** | | |

The members' ground bonds were subscribed by 612 members in the year, at a minimum of £1,000 each.

Cash at bank at 30 September 2024 was £1.34m (2023: £2.61m). Net debt was £5.21m (2023: £1.94m).

### Note 22. Events after the reporting date

On Wednesday 13 November 2024 the cabinet of Ashbury Borough Council approved a further loan facility of £1.5m on the same terms as the existing loan, bringing the council's total lending to the club to £6.5m.

The directors have agreed, subject to members' approval, the sale of approximately 1.1 hectares of land at the eastern edge of the ground, the site of the former indoor cricket school, to Harrowgate Homes Ltd for £3.8m. The buyer holds outline planning permission for 42 homes on the site. Completion is expected by Friday 31 January 2025.

### Note 23. Going concern

The directors have prepared forecasts to March 2026. These show that the club can meet its liabilities as they fall due only if the land sale completes and the further council facility is drawn. The directors consider both to be highly likely, but this represents a material uncertainty that may cast significant doubt on the club's ability to continue as a going concern. The auditors, Pellow Marsh LLP, have drawn attention to this matter in their report without qualifying their opinion.
`;

/** h642: sources/04_council_press_release.md, whole. */
const CRICKET_COUNCIL_RELEASE = `# Ashbury Borough Council — Press Release

**For immediate release: Thursday 14 November 2024**

## Council agrees further £1.5m loan to help complete Kingsmead Road cricket ground

Ashbury Borough Council's cabinet has agreed to lend a further £1.5m to Ravensholt County Cricket Club to help complete the redevelopment of the club's Kingsmead Road ground.

The decision was taken at a meeting of the cabinet on Wednesday 13 November. It brings the council's total lending to the club to £6.5m. The original £5m loan was approved in March 2023.

The new loan is on the same terms as the original: a fixed interest rate of 4.1% and repayment over 25 years, starting on 1 April 2025. It is secured by a first charge over the Kingsmead Road ground.

Councillor Denise Farrant, Leader of Ashbury Borough Council, said:

"Kingsmead Road is part of the fabric of this town. This is a loan, not a grant, and it is secured against the ground, so the taxpayer is protected. The club has hit a problem nobody could have seen coming, and we are not going to let a hole in the ground stop a project that will bring thousands of visitors into Ashbury every summer."

Councillor Raj Bhandari, cabinet member for finance and resources, said:

"Officers have examined the club's revised figures closely. The interest the council earns on this loan is above what we would receive by keeping the money on deposit, and the security is strong."

A report to cabinet by the council's director of finance, Simon Arkwright, estimated that the redeveloped ground would attract an additional 38,000 visitors a year and support 65 jobs, including 22 full-time posts at the club. The report said that the council's total lending to the club would represent 0.9% of its treasury investment portfolio.

The proposal was considered first by the council's overview and scrutiny committee on Monday 11 November, which supported it by seven votes to two. Opposition councillors questioned the decision. Councillor Anne Marlowe, leader of the Liberal Democrat group, said: "We have already lent this club £5m. Throwing good money after bad is not prudent treasury management, however much we all love cricket." The cabinet approved the loan unanimously.

The Fairbourne Stand, named after the club's record run-scorer Harold Fairbourne, will seat 2,400 spectators and include a 300-cover function room overlooking the pitch.

**Notes to editors**

- Ravensholt County Cricket Club has played at Kingsmead Road since 1896.
- The council's original £5m loan was approved by cabinet on Tuesday 21 March 2023.
- For further information contact the council's press office on 01632 960 418.
`;

/** h644: sources/01_scrutiny_committee_report.md, whole. */
const TOILETS_REPORT = `# Brackenford District Council

## Communities and Place Scrutiny Committee

**Date of meeting:** Tuesday 14 January 2025, 6.30pm, Committee Room 2, Brackenford Town Hall

**Report title:** Review of Public Convenience Provision – Proposed Closure of Hollins Street and Millbrook Park Public Toilets

**Report author:** Gareth Pennock, Head of Environmental Services

**Cabinet portfolio:** Councillor Sandra Okafor, Cabinet Member for Environment and Neighbourhoods

**Status:** For scrutiny and comment before decision by Cabinet on Wednesday 29 January 2025

---

### 1. Purpose of the report

1.1 This report asks the committee to scrutinise a proposal to close two of the council's four public toilet blocks, at Hollins Street in Brackenford town centre and at Millbrook Park, with effect from Monday 31 March 2025.

1.2 The proposal forms part of the savings programme needed to balance the council's 2025/26 budget. The council must find savings of £4.2 million in 2025/26, of which £610,000 has been allocated to the Environmental Services directorate.

### 2. Background

2.1 Brackenford District Council is under no statutory duty to provide public toilets. It currently operates four sites: Hollins Street, Millbrook Park, Brackenford Bus Station and Castle Green. The Castle Green site includes the district's only Changing Places facility, which opened in June 2022.

2.2 The Hollins Street block was built in 1974 and the Millbrook Park block in 1981. Condition surveys carried out by Tarrant Building Surveyors in September 2024 found that both buildings need substantial work within the next three years.

2.3 Opening hours are currently 8am to 6pm at Hollins Street and 9am to 5pm at Millbrook Park (April to September only, 9am to 4pm in winter). The bus station toilets are open 7am to 7pm and Castle Green 8am to 8pm, seven days a week.

### 3. Running costs and usage

3.1 The table below sets out the running costs of each site for the financial year 2023/24. Usage figures are taken from automatic door counters.

| Site | Cleaning contract | Utilities and water | Repairs and vandalism | Total annual cost | Visits 2023/24 | Cost per visit |
|---|---|---|---|---|---|---|
| Hollins Street | £27,400 | £9,800 | £11,400 | £48,600 | 61,000 | 80p |
| Millbrook Park | £22,100 | £7,300 | £9,800 | £39,200 | 23,500 | £1.67 |
| Bus Station | £24,900 | £8,600 | £6,200 | £39,700 | 88,400 | 45p |
| Castle Green (incl. Changing Places) | £31,300 | £10,900 | £5,700 | £47,900 | 72,100 | 66p |
| **Total** | **£105,700** | **£36,600** | **£33,100** | **£175,400** | **245,000** | **72p** |

3.2 Use of the Millbrook Park toilets has fallen by 18 per cent since 2019/20, when the counter recorded 28,700 visits. Use of Hollins Street has been broadly stable over the same period.

3.3 Vandalism is a continuing problem. In 2023/24 there were 37 recorded incidents of vandalism at Hollins Street and 52 at Millbrook Park, compared with 11 at the bus station and 8 at Castle Green.

### 4. Condition and capital costs

4.1 The condition surveys estimate the following capital works are required:

- Hollins Street: £142,000 (roof replacement, new drainage, replacement of the accessible cubicle fittings)
- Millbrook Park: £96,000 (structural repairs to the rear wall, replacement of all sanitaryware, electrical rewiring)

4.2 No provision for this work exists in the council's capital programme.

### 5. Proposal

5.1 It is proposed that Hollins Street and Millbrook Park toilets close permanently on Monday 31 March 2025 and that the buildings be declared surplus to requirements.

5.2 To offset the loss of provision, the council will expand its Community Toilet Scheme, under which local businesses are paid £600 a year to allow members of the public to use their toilets without making a purchase. Fourteen businesses have so far agreed to join the scheme, at an annual cost of £8,400. Participating premises will display a window sticker.

5.3 The gross revenue saving from closing both sites is £87,800 a year. After the cost of the expanded Community Toilet Scheme, the net saving is £79,400 a year. Avoiding the capital works would save a further £238,000.

### 6. Consultation

6.1 A public consultation ran from Monday 4 November to Sunday 15 December 2024. It received 1,146 responses, of which 894 (78 per cent) opposed the closure of Hollins Street and 702 (61 per cent) opposed the closure of Millbrook Park.

6.2 The most common concerns raised were the impact on older people, disabled people and parents with young children, and the distance to the nearest alternative facility. Hollins Street is approximately 900 metres from Castle Green and 650 metres from the bus station.

6.3 A petition of 3,912 signatures opposing the closures, organised by the Brackenford Loos for All campaign, was received on Friday 10 January 2025.

### 7. Equality impact

7.1 An equality impact assessment has identified a potential negative impact on disabled people, older people and people with medical conditions such as inflammatory bowel disease. The Hollins Street block contains the only accessible (RADAR key) toilet on the town centre's main shopping street.

7.2 Mitigation includes the expanded Community Toilet Scheme and improved signage to Castle Green and the bus station.

### 8. Recommendations

8.1 That the committee notes the proposal and makes any comments or recommendations to Cabinet for its meeting on Wednesday 29 January 2025.

Contact: Gareth Pennock, Head of Environmental Services, Brackenford District Council
`;

/** h645: sources/interview_rosalind_pennock.md, whole. */
const BAKER_INTERVIEW = `# Interview transcript — Rosalind Pennock, owner, Pennock's Bakery

**Interviewer:** Hannah Cole, reporter, Brindlesford Mercury (HC)
**Interviewee:** Rosalind Pennock, owner, Pennock's Bakery (RP)
**Also present:** Tom Pennock, baker and Rosalind's son (TP)
**Date:** Thursday 3 April 2025
**Place:** Pennock's Bakery, 7 Church Lane, Ashcombe St Giles
**Recorded with permission. Transcript lightly edited for clarity.**

---

HC: Thanks for making time two days before the reopening. Can you take me back to that night in November?

RP: Keith from number 5 rang me at about ten to four. I live at the top of Church Lane, about two hundred yards away, so I was down here in my dressing gown within five minutes. By then the fire engines were coming round the green. I stood in the lane and watched the bakehouse roof go. I kept thinking, that's sixty-three years of my family's work.

HC: The fire service found it started in the proving cabinet.

RP: Yes. The prover. We'd always left it on overnight on a timer, every baker does, so the dough is ready when you come in at five. It was nine years old and it had been serviced in the summer. I'm not blaming anybody. It's just one of those things. But I'll tell you what's changed: the new one goes off at night now, and the alarm is linked to a monitoring company. That cost me £18 a month and I should have done it years ago.

HC: What did you lose?

RP: Everything in the bakehouse. The oven, the mixer, the prover, about 300 kilos of flour, all my grandad's old tins. The shop survived, more or less, but it stank of smoke and we had to strip the walls back. The insurers were very good about the building. The problem was the equipment — I'd never updated the cover since 2015, and a new deck oven alone is nearly twenty-five thousand pounds.

HC: And then the crowdfunding page went up.

RP: That was Gemma. She came round on the Wednesday with a flask of tea and said, "I'm starting a page, and you're not allowed to say no." It went live the next day. By the Saturday it was at fifteen thousand. I honestly thought we'd be lucky to get ten thousand in total.

HC: What was it like watching the total go up?

RP: I couldn't look at it, to be honest. Tom kept reading me the names. People who'd moved away forty years ago. A lady in Canada whose mum used to buy our lardy cake. The children at the primary school did a sponsored bake sale and raised £640 — they brought it round in a biscuit tin.

TP: The Rotary Club gave two thousand. That was the biggest single one.

RP: But honestly, the ones that got me were the five-pound ones. Half the village isn't well off. They gave anyway.

HC: You kept baking through the winter, didn't you?

RP: From the village hall. Every Friday night from the start of December, Tom and I baked in the hall kitchen, and we sold it on the Saturday morning from eight. We could only do about 120 loaves on a domestic-sized oven, compared with four hundred a week here before, but it kept our customers, and it kept us sane.

TP: We sold out every single Saturday. Usually by half nine.

HC: How are the staff?

RP: All four are still with us. That was the thing I cared about most. Nobody lost a penny of wages. Insurance paid for the first twelve weeks and the crowdfunding paid the rest. Sue Marsh has been with me for twenty-two years; I wasn't going to let her go.

HC: The rebuild took longer than planned, I understand.

RP: About a month longer. Building control wanted a different fire separation between the bakehouse and the shop, which was fair enough after what happened, so there's now a fire-rated door and a new ceiling. The builders, Harker & Sons from Brindlesford, finished on Monday the 10th of March, and then it was three weeks of getting the oven in and commissioned.

HC: What's different about the new bakehouse?

RP: It's bigger, for one thing — fifty-two square metres instead of forty-six. The new oven is gas instead of the old electric one, it has three decks instead of two, so we can do 90 loaves in a bake instead of 60. And there's a window onto the shop now, so people can see us working.

HC: And the money left over?

RP: Seven thousand three hundred and forty pounds. I didn't feel right keeping it for the business. About half of it is going to start a bread club at the primary school after Easter, and the rest we're saving towards a little outdoor oven for the village. That was Gemma's idea too.

HC: Saturday is the big day.

RP: Doors open at seven o'clock on Saturday the fifth. Anybody who gave to the page gets a free loaf — just give us your name at the counter. We'll bake about 500 loaves, which is more than we used to do in a week. I expect we'll still run out.

HC: Anything you want to say to the people who gave?

RP: Just thank you. I've said it a thousand times and it doesn't feel like enough. My grandad opened this shop with a borrowed oven and a hundred pounds. I think he'd be amazed that a village would do this for a bakery. I know I am.

TP: And tell them to come early.

---

**Interview ends. Duration: 31 minutes.**
`;

/** h646: sources/police_collision_data.md, whole. */
const COLLISION_DATA = `# RAVENSMOOR CONSTABULARY — ROADS POLICING UNIT

## Collision Data Extract: B3417 Pennock Straight (Wendlecombe Roundabout to Staverley Cross)

**Prepared for:** Ravensmoor Road Safety Partnership, Camera Site Selection Panel
**Prepared by:** Collision Data Analyst Ruth Gallagher, Roads Policing Unit, Ravensmoor Constabulary
**Authorised by:** Chief Inspector Mark Pryce, Head of Roads Policing
**Date of extract:** Tuesday 16 April 2024
**Period covered:** 1 January 2021 to 31 March 2024 (three years and three months)
**Route length assessed:** 3.7 km (2.3 miles)
**Speed limit during period:** 50 mph throughout

### 1. Scope

This extract lists all personal injury collisions reported to police on the B3417 between the Wendlecombe Roundabout and the Staverley Cross junction, the section known locally as the Pennock Straight. Damage-only collisions are not included. Contributory factors are those recorded by the attending officer and do not represent findings of fault.

### 2. Collision listing

| Ref | Date | Day | Time | Location | Light | Severity | Vehicles | Casualties | Contributory factors recorded |
|---|---|---|---|---|---|---|---|---|---|
| RC/21/0412 | 16/02/2021 | Tuesday | 18:40 | Near Staverley Farm entrance | Dark | Slight | 2 | 2 slight | Exceeding speed limit; slippery road |
| RC/21/1377 | 28/05/2021 | Friday | 07:55 | Junction with Mill Lane | Daylight | Serious | 2 | 1 serious, 2 slight | Failed to look properly |
| RC/21/2240 | 07/08/2021 | Saturday | 23:10 | Pennock Bend | Dark | Fatal | 1 | 1 killed | Exceeding speed limit; loss of control |
| RC/21/3105 | 19/11/2021 | Friday | 17:20 | Lay-by opposite Coombe Wood | Dark | Slight | 2 | 1 slight | Following too close |
| RC/22/0218 | 25/01/2022 | Tuesday | 08:15 | Junction with Mill Lane | Daylight | Slight | 2 | 1 slight | Slippery road (ice) |
| RC/22/0961 | 10/04/2022 | Sunday | 14:30 | Pennock Bend | Daylight | Slight | 1 | 1 slight | Travelling too fast for conditions |
| RC/22/1744 | 30/06/2022 | Thursday | 21:45 | Near Staverley Farm entrance | Dusk | Serious | 2 | 2 serious, 1 slight | Exceeding speed limit; overtaking |
| RC/22/2398 | 14/09/2022 | Wednesday | 16:05 | Staverley Cross junction | Daylight | Slight | 2 | 1 slight | Failed to look properly |
| RC/22/3012 | 03/12/2022 | Saturday | 01:50 | Pennock Bend | Dark | Slight | 1 | 1 slight | Exceeding speed limit; impaired by alcohol |
| RC/23/0655 | 12/03/2023 | Sunday | 11:20 | Lay-by opposite Coombe Wood | Daylight | Serious | 2 | 1 serious | Travelling too fast for conditions |
| RC/23/1693 | 24/06/2023 | Saturday | 15:40 | Pennock Bend | Daylight | Fatal | 2 | 1 killed, 1 slight | Exceeding speed limit; overtaking |
| RC/23/2211 | 15/08/2023 | Tuesday | 22:30 | Junction with Mill Lane | Dark | Serious | 2 | 1 serious, 2 slight | Exceeding speed limit |
| RC/23/2984 | 31/10/2023 | Tuesday | 18:10 | Staverley Cross junction | Dark | Slight | 2 | 1 slight | Poor turn or manoeuvre |
| RC/24/0047 | 06/01/2024 | Saturday | 19:35 | Near Staverley Farm entrance | Dark | Serious | 2 | 2 serious | Exceeding speed limit; overtaking |

Note on RC/21/2240: single-vehicle collision; the driver, a 19-year-old man from Wendlecombe, died at the scene.
Note on RC/23/1693: the motorcyclist, a 42-year-old man from Upper Staverley, died in hospital two days later; the car driver suffered slight injuries.

### 3. Summary by year

| Year | Fatal | Serious | Slight | Total collisions | Killed | Seriously injured | Slightly injured |
|---|---|---|---|---|---|---|---|
| 2021 | 1 | 1 | 2 | 4 | 1 | 1 | 5 |
| 2022 | 0 | 1 | 4 | 5 | 0 | 2 | 5 |
| 2023 | 1 | 2 | 1 | 4 | 1 | 2 | 4 |
| 2024 (Jan–Mar) | 0 | 1 | 0 | 1 | 0 | 2 | 0 |
| **Total** | **2** | **5** | **7** | **14** | **2** | **7** | **14** |

Total casualties over the period: 23.

### 4. Key observations

- Speed (either "exceeding speed limit" or "travelling too fast for conditions") was recorded as a contributory factor in 9 of the 14 collisions (64%).
- 8 of the 14 collisions occurred in darkness or at dusk.
- 4 of the 14 collisions occurred at Pennock Bend, including both fatal collisions. Three collisions occurred at each of the Mill Lane junction and the Staverley Farm entrance.
- Overtaking was recorded as a factor in 3 collisions, all of which resulted in death or serious injury.
- The collision rate for the section over the period equates to 1.16 injury collisions per kilometre per year, against a Ravensmoor average for rural B-roads of 0.31 — almost four times the county average.
- For comparison, 6 injury collisions were recorded on the same section in the three years 2018 to 2020, none of them fatal.

### 5. Speed survey

An automatic traffic counter was placed 400 metres north of Pennock Bend for seven days from Monday 4 March 2024 to Sunday 10 March 2024.

| Measure | Northbound | Southbound | Both directions |
|---|---|---|---|
| Average daily flow (vehicles) | 2,960 | 2,880 | 5,840 |
| Mean speed | 53.8 mph | 54.6 mph | 54.2 mph |
| 85th percentile speed | 60 mph | 62 mph | 61 mph |
| Vehicles exceeding 50 mph | 36% | 40% | 38% |
| Vehicles exceeding 70 mph | 2.9% | 3.3% | 3.1% |

The highest speed recorded was 104 mph, southbound, at 02:14 on Saturday 9 March 2024.

### 6. Recommendation

The section meets the partnership's criteria for enforcement (at least four killed or seriously injured collisions in three years, with speed a contributory factor in the majority). The Roads Policing Unit supports the installation of average speed enforcement over the full 3.7 km length.

Ruth Gallagher, Collision Data Analyst
`;

/** h646: sources/partnership_press_release.md, whole. */
const CAMERAS_RELEASE = `# PRESS RELEASE

**Ravensmoor Road Safety Partnership**
*Ravensmoor County Council • Ravensmoor Constabulary • Ravensmoor Fire and Rescue Service • Wendle Vale District Council*

**FOR IMMEDIATE RELEASE — Tuesday 14 May 2024**

## Average speed cameras to go live on Pennock Straight after two deaths

Average speed cameras will be switched on along the B3417 Pennock Straight between Wendlecombe and Upper Staverley on Monday 3 June 2024, following a run of serious crashes on the rural route.

The Ravensmoor Road Safety Partnership confirmed today that four camera units are being installed over the 3.7 km (2.3 mile) stretch between the Wendlecombe Roundabout and the Staverley Cross junction. Installation work started on Monday 22 April 2024 and is due to be completed by Friday 24 May 2024.

Police figures show that 14 injury collisions were recorded on the section between January 2021 and March 2024. Two people were killed and seven seriously injured. In the three years before that, six injury collisions were recorded on the same stretch.

The speed limit on the Pennock Straight will stay at 50 mph. However, the limit on the approach to Staverley Cross will be cut from 50 mph to 40 mph for the final 600 metres of the route from the same date, following a request from Upper Staverley Parish Council.

### Cost and funding

The scheme will cost £186,500 in total:

- £120,000 from the partnership's camera replacement and expansion fund
- £66,500 from Ravensmoor County Council's Local Transport Plan budget

The figure includes the four camera units, power and communications connections, signage and the first five years of maintenance.

### Warning period

For the first four weeks after the cameras go live, until Sunday 30 June 2024, drivers recorded above the limit will receive a warning letter rather than a penalty. From Monday 1 July 2024, drivers will face a fixed penalty of £100 and three penalty points, or may be offered a speed awareness course where eligible.

### What they said

Helen Okafor, Partnership Manager at the Ravensmoor Road Safety Partnership, said:

"The numbers on the Pennock Straight are stark. Two families have lost someone on this road in the last three years, and too many others have been left dealing with life-changing injuries. Average speed cameras work over a distance, not at a single point, so there is no benefit in braking for the camera and speeding up again."

She added: "This is not about raising money. Every penny from fines goes to the Treasury, not to the partnership. The best outcome for us is a camera that catches nobody."

Chief Inspector Mark Pryce, Head of Roads Policing at Ravensmoor Constabulary, said:

"Our own survey in March found that almost four in ten drivers were going over the limit, and one vehicle was clocked at 104 mph in the middle of the night. That is not a misjudgement, that is a choice. Officers will continue to patrol the route alongside the cameras."

Councillor Trevor Lumb, Cabinet Member for Highways and Transport at Ravensmoor County Council, said:

"Residents of Upper Staverley and Wendlecombe have been asking for action on this road for years, and I want to thank the parish council and the Community Speedwatch volunteers who kept the pressure on. The county council is proud to fund a share of this scheme."

### Evidence from other sites

The partnership says average speed cameras installed on the A4062 Harlow Moor Road in 2019 were followed by a 58% fall in killed or seriously injured collisions over the following three years, compared with the three years before installation. Mean speeds on that route fell from 53 mph to 46 mph.

### Notes to editors

1. The Ravensmoor Road Safety Partnership was formed in 2007 and operates 41 fixed and average speed camera sites across the county.
2. The Pennock Straight met the partnership's site criteria of at least four killed or seriously injured collisions in three years with speed as a contributory factor in the majority.
3. A seven-day police speed survey from Monday 4 March 2024 recorded an average of 5,840 vehicles a day, a mean speed of 54.2 mph and 38% of vehicles exceeding the 50 mph limit.
4. Press enquiries: Daniel Hurst, Communications Officer, Ravensmoor Road Safety Partnership, 01632 960 418.

ENDS
`;

/** h649: sources/licensing_officer_report.md, whole. */
const LICENSING_OFFICER_REPORT = `# RADLEIGH DISTRICT COUNCIL
## Licensing Service

**Report of the Senior Licensing Officer**

**To:** Helen Tovey, Head of Regulatory Services; Councillor Margaret Anstey, Chair of the Licensing Committee
**Author:** Imran Qadir, Senior Licensing Officer
**Date:** Thursday 28 November 2024
**Subject:** Hallowby Christmas Market, Abbey Square — premises licence PL/2024/0318 — compliance with pre-opening conditions

---

### 1. Purpose

1.1 This report sets out why the licensing authority did not give written confirmation that the pre-opening conditions of premises licence PL/2024/0318 had been met, and the events that led to the cancellation of the Hallowby Christmas Market by the licence holder, Brightyard Events Ltd, on Wednesday 27 November 2024.

### 2. Background

2.1 Premises licence PL/2024/0318 was granted to Brightyard Events Ltd by the Licensing Sub-Committee on Monday 14 October 2024. It permits the sale of alcohol and regulated entertainment in Abbey Square between 10:00 and 21:00 daily from Friday 29 November to Monday 23 December 2024. The maximum number of people permitted on the site at any one time is 2,400.

2.2 Condition 3 of the licence states: "The event shall not open to the public until the licensing authority has confirmed in writing that conditions 4 to 9 have been met."

2.3 All conditions were agreed with the applicant at the hearing on 14 October. Brightyard's operations director, Mr Dominic Feld, attended the hearing. A written reminder of conditions 4 to 9 was emailed to Brightyard on Thursday 24 October 2024.

### 3. Timeline

| Date | Event |
|---|---|
| Monday 14 October | Licence granted subject to conditions 1 to 12 |
| Thursday 24 October | Written reminder of conditions 4 to 9 emailed to Brightyard |
| Friday 8 November | Deadline for final event management plan (condition 4). Not received |
| Monday 18 November | Multi-agency safety meeting: council, Eastmarch Fire and Rescue Service, Eastmarch Police and Brightyard. The officer reminded Brightyard that condition 6 required independent structural calculations for the marquee |
| Friday 22 November | Event management plan received, 14 days after the deadline |
| Tuesday 26 November, 14:00 | Joint site inspection |
| Wednesday 27 November, 09:00 | Re-inspection |
| Wednesday 27 November, 11:30 | Brightyard informed by telephone and email that written confirmation under condition 3 could not be given |
| Wednesday 27 November, 16:45 | Brightyard publishes statement cancelling the market |

### 4. Joint site inspection, Tuesday 26 November 2024

4.1 The inspection was carried out by the author; Gareth Lusk, Building Control Surveyor, Radleigh District Council; and Watch Manager Paul Dunning of Eastmarch Fire and Rescue Service. Mr Feld attended for Brightyard.

4.2 Findings against conditions 4 to 9:

| Condition | Requirement | Finding on 26 November | Status |
|---|---|---|---|
| 4 | Final event management plan by 8 November | Received 22 November; no crowd management plan for the Alpine bar marquee | Not met |
| 5 | Electrical installation certificate (BS 7909) for all temporary power | No certificate; two distribution boards without covers; cabling across exit route B | Not met |
| 6 | Independent structural calculations and design certificate for any temporary demountable structure over 100 m² | Alpine bar marquee (30 m × 12 m, 360 m²): no calculations provided | Not met |
| 7 | All chalets anchored or ballasted to the manufacturer's specification | 11 of 62 chalets not ballasted | Not met |
| 8 | Three emergency exit routes kept clear, minimum width 2.4 m | Route A clear; route B obstructed by cabling; route C obstructed by a 20 kVA generator, reducing width to 1.1 m | Not met |
| 9 | At least 12 SIA-licensed stewards on duty at peak times | Brightyard confirmed 5 stewards contracted | Not met |

4.3 Mr Lusk noted that the Met Office forecast for Thursday 28 November gave gusts of up to 50 mph in the Hallowby area. In his view unballasted chalets of this type (3 m × 2 m) could be moved by gusts above 40 mph.

4.4 Watch Manager Dunning advised that with two of the three exit routes obstructed the site could not safely hold anywhere near its licensed capacity of 2,400.

### 5. Re-inspection, Wednesday 27 November 2024, 09:00

5.1 At re-inspection all 62 chalets had been ballasted and condition 7 was met. The generator had been moved off route C. Cabling remained across route B, so condition 8 was only partly met.

5.2 An electrician was on site but no electrical installation certificate had been issued by 11:30.

5.3 Conditions 4, 5, 6 and 9 remained not met. At 11:30 the author informed Brightyard that written confirmation under condition 3 could not be given. The author offered a further inspection at 08:00 on Friday 29 November and confirmed that written confirmation would be issued as soon as all conditions were met.

### 6. Comments on the licence holder's statement

6.1 Brightyard's statement of 27 November says that the requirement for structural calculations "was only made clear to us at a meeting on Monday 18 November". This is not correct. Condition 6 formed part of the licence granted on 14 October, was discussed at the hearing, and was included in the written reminder of 24 October.

6.2 The council did not cancel the market. The decision to cancel was taken by Brightyard.

### 7. Comparison with 2023

7.1 The 2023 market, run by the Hallowby Chamber of Trade from Friday 24 November to Sunday 17 December 2023, had 48 stalls and no marquee. It had no temporary structure over 100 m², so a condition equivalent to condition 6 did not apply. It attracted an estimated 71,000 visitors over 24 days.

7.2 Brightyard's application projected 85,000 visitors for the 2024 market, with 62 chalets.

### 8. Recommendations

8.1 That no further enforcement action be taken against the licence holder at this time.

8.2 That the council's economic development team support affected traders, including through free pitches at a one-day makers' fair in the Hallowby Corn Exchange on Saturday 7 December 2024. The Corn Exchange can accommodate 30 pitches.

8.3 That a review of the three-year contract with Brightyard Events Ltd be reported to Cabinet on Tuesday 17 December 2024.

---

### Appendix: council media statement, Thursday 28 November 2024

Helen Tovey, Head of Regulatory Services at Radleigh District Council, said: "We did not cancel the Hallowby Christmas Market and we did not move the goalposts. These conditions were set out in writing six weeks before opening. We cannot sign off a site where a 360 square metre marquee has no structural calculations and a fire exit is blocked by a generator."

Councillor Margaret Anstey, Chair of the Licensing Committee, said: "My heart goes out to the traders, who have done nothing wrong. We will do everything we can to help them recover some of what they have lost."
`;

/** h649: sources/brightyard_statement.md, whole. */
const MARKET_STATEMENT = `# BRIGHTYARD EVENTS LTD — PRESS STATEMENT

**For immediate release**
**Wednesday 27 November 2024, 16:45**

## Hallowby Christmas Market 2024 will not go ahead

Brightyard Events Ltd announces with great regret that the Hallowby Christmas Market, due to open in Abbey Square, Hallowby, on Friday 29 November 2024, has been cancelled.

The market was to run for 25 days, from Friday 29 November to Monday 23 December 2024, with 62 wooden chalets, a 350-capacity Alpine bar marquee and a children's carousel, the "Santa Express".

At 11:30 this morning Radleigh District Council informed us that it would not give written confirmation that the pre-opening conditions of the premises licence had been met. Without that confirmation the market cannot open to the public on Friday.

We have worked closely with the council since June. However, the requirement to provide independent structural calculations for the Alpine bar marquee was only made clear to us at a meeting on Monday 18 November, leaving just 11 days before opening. Our marquee supplier, Northgate Structures, was unable to produce the calculations in time.

With the loss of the opening weekend, and no guarantee of a date by which the council would be satisfied, we have concluded that the market is no longer financially viable this year.

Brightyard has invested more than £140,000 in the 2024 market, including:

- £38,000 on the hire and delivery of the chalets
- £22,500 on the Alpine bar marquee
- £17,800 on marketing and advertising
- £9,600 on generators and temporary power

Carys Whitlow, managing director of Brightyard Events, said: "This is a heartbreaking decision for everyone involved. We were ready to open, our team has worked around the clock, and we feel the goalposts were moved at the last minute. I am truly sorry to the traders and to the people of Hallowby."

Dominic Feld, operations director of Brightyard Events, said: "Safety has always been our priority. Every chalet on site was ballasted to the manufacturer's specification by Tuesday evening, and our electrician was on site on Wednesday morning to issue a certificate."

### Refunds

- **Traders:** every trader will receive a full refund of the pitch fees they have paid to Brightyard within 28 days, that is by Wednesday 25 December 2024. Refunds will be sent to the account from which payment was made. Brightyard is not able to compensate traders for stock, travel or other costs.
- **Santa Express tickets:** 1,870 advance tickets were sold at £6.50 each. All ticket holders will be refunded automatically to their original payment card within 10 working days.

Pitch fees for the 2024 market were £1,150 for a standard chalet and £1,650 for a food and drink chalet, for the full 25-day run. Of the 62 chalets, 44 were standard and 18 were food and drink.

### Notes to editors

1. Brightyard Events Ltd was founded in 2016 and is based in Tamsworth. It runs 14 events a year across the region, including the Tamsworth Food Festival.
2. Brightyard won a three-year contract to run the Hallowby Christmas Market from Radleigh District Council in March 2024. 2024 was to be its first year running the market.
3. The 2023 market was run by the Hallowby Chamber of Trade.

Media enquiries: press@brightyardevents.co.uk
`;

/** h602: sources/02_ahps_statement.md, whole. */
const BLUETONGUE_STATEMENT = `# Animal Health Protection Service

## Statement: Bluetongue serotype 3 confirmed in Carrowshire – temporary control zone declared

**Issued:** Thursday 22 May 2025, 4.30pm
**Reference:** AHPS/BTV/2025/014

The Animal Health Protection Service (AHPS) has confirmed bluetongue virus serotype 3 (BTV-3) in cattle and sheep at three premises near Lower Stennet, Carrowshire.

### Timeline

- **Monday 19 May 2025:** A private veterinary surgeon reported suspicion of disease in a dairy herd at a holding near Lower Stennet after two cows showed fever, lameness and swelling around the muzzle. AHPS officers attended the same day and took samples.
- **Tuesday 20 May 2025:** The national reference laboratory confirmed BTV-3 in samples from the first premises (IP1).
- **Wednesday 21 May 2025:** Testing of neighbouring holdings found the virus on two further premises within 3 km of IP1: a beef suckler herd (IP2) and a sheep flock (IP3).
- **Thursday 22 May 2025:** Temporary control zone declared.

### Test results to date

| Premises | Species | Animals tested | Positive |
|---|---|---|---|
| IP1 | Dairy cattle | 186 | 9 |
| IP2 | Beef cattle | 74 | 2 |
| IP3 | Sheep | 410 | 3 |
| **Total** | | **670** | **14** |

The two clinically affected cows at IP1 have been humanely destroyed on welfare grounds. No other animals have been culled. Bluetongue is spread by biting midges, not by direct contact between animals, so culling of whole herds or flocks is not an effective control measure.

### The temporary control zone

A temporary control zone (TCZ) with a radius of 20 km around IP1 has been declared with immediate effect. It covers about 1,250 square kilometres and includes the town of Wrenfield. Within the zone:

1. Cattle, sheep, goats, deer and camelids may not be moved off a holding except under licence.
2. Shows, markets, sales and other gatherings of these species are prohibited.
3. Animals may be moved directly to slaughter under a general licence.
4. Germplasm (semen, ova and embryos) may not be moved out of the zone.

The restrictions will remain in place until at least **Monday 30 June 2025** and will be reviewed every 14 days. Wrenfield livestock market will continue to operate for the sale of store and prime pigs only.

### Comment

Dr Helen Quarry, AHPS Regional Veterinary Lead for the West, said: "We acted quickly once the first case was reported, and the early signs are that this is a localised incursion, most likely from infected midges blown across from the continent. But the vector season is now under way, and we must stop susceptible animals from moving or mixing while we establish how far the virus has spread."

She added: "I know that the restrictions will cause real difficulty for farmers and for local events at one of the busiest times of their year. They are proportionate and they are temporary."

### Advice to keepers

Bluetongue does not affect humans and does not affect the safety of meat or milk. Keepers should check animals daily for signs including fever, lameness, swelling of the head and mouth, and drooling, and should report suspicion immediately to AHPS on 0300 555 0142.

A BTV-3 vaccine is licensed for use in the zone. Keepers should discuss vaccination with their private vet. Vaccination does not exempt animals from the zone's movement restrictions.

Surveillance testing will continue at about 40 holdings within 5 km of the infected premises over the next two weeks.

**Ends**
`;

/** h480: sources/interview_transcript.txt, whole. */
const PRISON_VISITS_INTERVIEW = `CASTLEBRIDGE EVENING POST - INTERVIEW TRANSCRIPT
Date: Wednesday 11 June 2025
Place: Open Gates Families Trust office, Mill Street, Castlebridge (Leanne Moss, in person, 10:30); telephone (Derek Hallam, 14:15)
Interviewer: Sam Okafor, reporter, Castlebridge Evening Post
Interviewees:
  Leanne Moss - family support manager, Open Gates Families Trust
  Derek Hallam - former senior officer, HMP Hollinsgate (1999-2023)
Subject: National Prisons Inspectorate report on HMP Hollinsgate, published Tuesday 10 June 2025

--- PART 1 ---

SAM OKAFOR: Thanks for seeing me. Can you start by telling me what Open Gates does at Hollinsgate?

LEANNE MOSS: We run the visitors' centre at the prison, the bit just outside the gate where families wait before a visit. We also run a helpline and we do home visits for families who are struggling. Last year, in 2024, we supported 640 families with someone at Hollinsgate.

SAM OKAFOR: Have you seen a change since the prison got more crowded?

LEANNE MOSS: Massively. Calls to our helpline went from 1,150 in 2023 to 1,870 in 2024. Most of those calls are worried mums and partners who can't get hold of anyone inside.

SAM OKAFOR: The report talks about visits. What's happening there?

LEANNE MOSS: Between the first of April and the end of May, visits were cancelled at short notice nineteen times. Every one of those was because there weren't enough staff to run the visits hall. Some of our families come from Northport, that's about seventy miles, and they find out when they're already at the gate.

SAM OKAFOR: How do families take that?

LEANNE MOSS: When a visit is cancelled, it's the kids who pay. A little one has been counting the days, and then they're told to go home.

SAM OKAFOR: What about video calls?

LEANNE MOSS: The video call slots were cut from thirty minutes to twenty in February. The prison said it was to fit more people in. Twenty minutes, with a toddler, is nothing.

SAM OKAFOR: What do you want to happen now?

LEANNE MOSS: We'd like the governor to put family contact in the new regime. Colin Ashdown has always been willing to meet us, I'll say that. But we need visits that actually happen.

--- PART 2 ---

SAM OKAFOR: Derek, you worked at Hollinsgate for a long time.

DEREK HALLAM: Twenty-four years. I joined in 1999 and I retired as a senior officer in August 2023.

SAM OKAFOR: How has the overcrowding changed things?

DEREK HALLAM: When I started, two men in a cell built for one was the exception. Now it's the rule. You've got two grown men, one bunk above the other, a toilet with a curtain, and they eat in there too.

SAM OKAFOR: And staffing?

DEREK HALLAM: On some nights on B wing you'd have three officers for about 260 men. If something kicks off on one landing, the other landings are basically left alone. When I left, about half of the landing staff on B wing had less than a year in the job.

SAM OKAFOR: Do you blame the governor?

DEREK HALLAM: No, I don't blame Colin Ashdown. He inherited this. You can't run a regime with staff you haven't got.

SAM OKAFOR: What do you make of the action plan? The refurbishment of C wing, for example.

DEREK HALLAM: It's welcome, don't get me wrong. But 1.1 million pounds won't go far in a building from 1868. The windows alone on C wing are a job and a half.

SAM OKAFOR: Anything else you want to say?

DEREK HALLAM: Just that the officers there now are good people. They're just run ragged.

[END OF TRANSCRIPT]
`;

describe('totals, votes, references and changes of h602, h638–h649 and h480, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"extended to six months" is "from three months to six"; nine months is not', async () => {
    const notes = judgeWith(await workspaceIndex({ 'sources/residents_meeting_notes.md': CANAL_MEETING_NOTES }));
    const relief = (months: string) => notes(`Cllr Khan has asked for the council tax relief to be extended to ${months} months for residents still out of their homes by February, and the proposal will go to the cabinet on 4 December.`);
    assert.deepEqual(relief('six').conflicts, [], why(relief('six')));
    assert.equal(relief('nine').verdict, 'contradicted', why(relief('nine')));
  });

  test('"22 flooded homes, compared with 19 on Colley Lane and six on Tanners Row" are parts of the 47, no rival of it', async () => {
    const statement = judgeWith(await workspaceIndex({ 'sources/council_statement.md': CANAL_COUNCIL_STATEMENT, 'sources/engineer_report.md': CANAL_ENGINEER_REPORT, 'sources/residents_meeting_notes.md': CANAL_MEETING_NOTES }));
    const parts = statement('Brookside Close was the worst-affected street, with 22 flooded homes, compared with 19 on Colley Lane and six on Tanners Row.');
    assert.deepEqual(parts.conflicts, [], why(parts));
  });

  test('"halted work for eleven weeks" is "paused work on the stand for eleven weeks"', async () => {
    const notes = judgeWith(await workspaceIndex({ 'sources/01_accounts_notes.md': CRICKET_ACCOUNTS_NOTES }));
    const halted = notes('The chief cause was a disused Victorian brick culvert found beneath the Tanner Terrace on Monday 19 August 2024, which forced a redesign of the new stand\'s piled foundations and halted work for eleven weeks.');
    assert.deepEqual(halted.conflicts, [], why(halted));
  });

  test('a committee\'s seven votes to two and the cabinet\'s "unanimously" are two votes; the committee\'s "unanimously" is not', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/04_council_press_release.md': CRICKET_COUNCIL_RELEASE }));
    const both = release('The council\'s overview and scrutiny committee backed the proposal by seven votes to two before the cabinet approved it unanimously.');
    assert.deepEqual(both.conflicts, [], why(both));
    const committee = release('The council\'s overview and scrutiny committee backed the proposal unanimously on Monday 11 November.');
    assert.equal(committee.verdict, 'contradicted', why(committee));
  });

  test('"Councillor Anne Marlowe, leader of the Liberal Democrat group, said:" owns the quotation, not "November"', async () => {
    const files = { 'sources/04_council_press_release.md': CRICKET_COUNCIL_RELEASE };
    assert.deepEqual(await misattributions(files, '"We have already lent this club £5m," said Councillor Anne Marlowe, leader of the Liberal Democrat group.'), []);
    assert.notDeepEqual(await misattributions(files, '"We have already lent this club £5m," said Councillor Denise Farrant, the leader of the council.'), []);
  });

  test('"the most expensive of the council\'s four sites at £1.67 a visit" ranks the cost per visit', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/01_scrutiny_committee_report.md': TOILETS_REPORT }));
    const priciest = (site: string, cost: string, visits: string, per: string) => report(`${site} cost ${cost} and was used ${visits} times, making it the most expensive of the council's four sites at ${per} a visit.`);
    const millbrook = priciest('Millbrook Park', '£39,200', '23,500', '£1.67');
    assert.deepEqual(millbrook.conflicts, [], why(millbrook));
    const hollins = priciest('Hollins Street', '£48,600', '61,000', '80p');
    assert.equal(hollins.verdict, 'contradicted', why(hollins));
  });

  test('"compared with 60 in the old electric oven" is "90 loaves in a bake instead of 60"', async () => {
    const interview = judgeWith(await workspaceIndex({ 'sources/interview_rosalind_pennock.md': BAKER_INTERVIEW }));
    const oven = (old: number) => interview(`Its three-deck gas oven can bake 90 loaves at a time, compared with ${old} in the old electric oven.`);
    assert.deepEqual(oven(60).conflicts, [], why(oven(60)));
    assert.notEqual(oven(70).verdict, 'supported', why(oven(70)));
  });

  test('"RC/23/1693" gives no year; "in the three years after … cameras were installed" is "over the following three years"', async () => {
    const police = judgeWith(await workspaceIndex({ 'sources/police_collision_data.md': COLLISION_DATA }));
    const deaths = police('In August 2021 a 19-year-old man from Wendlecombe died at the scene of a single-vehicle crash, and in June 2023 a 42-year-old motorcyclist from Upper Staverley died in hospital two days after a collision at the same spot.');
    assert.ok(!deaths.conflicts.some((c) => c.source.includes('1693')), why(deaths));
    const release = judgeWith(await workspaceIndex({ 'sources/partnership_press_release.md': CAMERAS_RELEASE }));
    const after = release('The partnership says killed or seriously injured collisions on the A4062 Harlow Moor Road fell by 58 per cent in the three years after average speed cameras were installed there in 2019.');
    assert.deepEqual(after.conflicts, [], why(after));
  });

  test('"said confirmation would be given as soon as all the conditions were met" is the report\'s 08:00 offer, not its 11:30 refusal', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/licensing_officer_report.md': LICENSING_OFFICER_REPORT }));
    const offer = report('Mr Qadir offered a further inspection at 08:00 on Friday 29 November and said confirmation would be given as soon as all the conditions were met.');
    assert.ok(!offer.conflicts.some((c) => c.kind === 'negation'), why(offer));
  });

  test('"within 28 days" is the statement\'s refund, not the "full 25-day run"; 21 days is not', async () => {
    const statement = judgeWith(await workspaceIndex({ 'sources/brightyard_statement.md': MARKET_STATEMENT }));
    const refunds = (days: number) => statement(`The company says traders will get full refunds of their pitch fees, which were £1,150 for a standard chalet and £1,650 for a food and drink chalet, within ${days} days.`);
    assert.deepEqual(refunds(28).conflicts, [], why(refunds(28)));
    assert.equal(refunds(21).verdict, 'contradicted', why(refunds(21)));
  });

  // (A guard: the reference "AHPS/BTV/2025/014" no longer gives a 14, and the Total row must.)
  test('"Of 670 animals tested …, 14 were positive" is the Total row, not the first premises\' row; 16 is not', async () => {
    const statement = judgeWith(await workspaceIndex({ 'sources/02_ahps_statement.md': BLUETONGUE_STATEMENT }));
    const positive = (n: number) => statement(`Of 670 animals tested across the three premises, ${n} were positive, nine of them dairy cattle at the first farm.`);
    assert.deepEqual(positive(14).conflicts, [], why(positive(14)));
    assert.equal(positive(16).verdict, 'contradicted', why(positive(16)));
  });

  // (A guard: a first form of "from three months to six" lost this catch.)
  test('"extended from twenty minutes to thirty" is the opposite of "cut from thirty minutes to twenty"', async () => {
    const interview = judgeWith(await workspaceIndex({ 'sources/interview_transcript.txt': PRISON_VISITS_INTERVIEW }));
    const extended = interview('Video call slots were extended from twenty minutes to thirty in February, she said.');
    assert.equal(extended.verdict, 'contradicted', why(extended));
    const cut = interview('Video call slots were cut from thirty minutes to twenty in February, she said.');
    assert.deepEqual(cut.conflicts, [], why(cut));
  });
});
