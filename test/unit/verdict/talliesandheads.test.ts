/**
 * The fifty-third round, first part: faithful sentences shown as errors in h722–h727 (written against 912614c), and
 * h718's from the round before. A date the claim gives to a noun is no figure's date ("The 2022 business case assumed
 * … by 2025"); a clause's break or a pronoun holds a place ("The lights will be on …" / "…, and our team will begin");
 * minutes' "For 6; Against 4" is a tally, and "Bands 1–3" no vote; a "no" said to the plans opposes them; a list of
 * acts as verbs is the list as nouns ("recruiting and keeping" / "recruitment and retention"); a name before the noun
 * it qualifies is no speaker ("said the first Valley Link bus … would"); "shortly before midday" reaches 11.40am; a
 * bare figure just inside "almost 60" says it more exactly; the words of a campaign's name in a sentence are no other
 * name; "the head at Kestle Down" is the school's headteacher; a length of time "later" to another day is another
 * event's; a figure given with another of the claim's, one no passage gives by chance, is in its role. The fixtures
 * are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h718: sources/01_cabinet_report.md, whole. */
const ARCADE_REPORT = `# HARWICK BOROUGH COUNCIL

## Report to Cabinet

**Meeting:** Cabinet, Tuesday 21 January 2025, 6.30pm, Council Chamber, Harwick Civic Centre
**Title:** Kingsgate Arcade – Performance Review and Future Options
**Report of:** Priya Namdev, Director of Place and Regeneration
**Cabinet Member:** Councillor Helen Marsh, Cabinet Member for Economy and Assets
**Wards affected:** Market Cross
**Key decision:** Yes
**Status:** Open (Appendix 3, the independent valuation, is exempt under paragraph 3 of Schedule 12A)

### 1. Purpose of the report

1.1 This report reviews the performance of Kingsgate Arcade, Market Street, Harwick, since its acquisition by the council, and asks Cabinet to choose between three options for its future.

### 2. Recommendations

2.1 That Cabinet approves Option C (meanwhile uses) set out in section 6, with a budget of £85,000 from the Town Centre Recovery Reserve.

2.2 That Cabinet does not proceed with the disposal of the arcade (Option B) at this time.

2.3 That officers prepare a bid to the Regional High Streets Fund for the refurbishment set out in Option A and report back to Cabinet by September 2025.

2.4 That the service charge for 2025/26 be held at the 2024/25 level of £5.20 per square foot.

### 3. Background

3.1 On Tuesday 12 July 2022 Cabinet approved the purchase of Kingsgate Arcade from Brackenfield Property Holdings Ltd. The purchase completed on Friday 19 August 2022 at a price of £6.8 million. Stamp duty land tax and professional fees added £410,000, giving a total acquisition cost of £7.21 million.

3.2 The acquisition was funded by borrowing of £7.2 million from the Public Works Loan Board over 40 years at a fixed rate of 4.21 per cent. Annual repayments of principal and interest are £396,000.

3.3 The arcade was built in 1974 and comprises 24 units over two floors, with a total lettable floor area of 19,620 square feet. Units 1 to 23 are on the ground floor; Unit 24 occupies the whole of the first floor.

3.4 At the date of purchase, 6 of the 24 units (25 per cent) were vacant. The 2022 business case assumed that vacancy would fall to 10 per cent (two or three units) by 2025 and that annual income would reach £560,000 by 2024/25, producing a surplus of £94,000 after debt costs.

### 4. Current position

4.1 As at Tuesday 31 December 2024, 9 of the 24 units were vacant, a vacancy rate of 37.5 per cent by number of units. By floor area, 5,140 of 19,620 square feet (26.2 per cent) was vacant.

4.2 For comparison, the vacancy rate across Harwick town centre as a whole was 16.9 per cent in the council's October 2024 survey, and the national average reported by the National Retail Vacancy Monitor for the third quarter of 2024 was 13.8 per cent.

4.3 Four tenants have left since acquisition: Harwick Books (Unit 9, March 2023), Fone Fix (Unit 21, June 2023), Cards & Co (Unit 15, January 2024) and a mobile phone retailer in Unit 2 (March 2024). One new tenant, Kettle & Crumb café (Unit 6), took a lease in October 2023.

**Table 1: Schedule of units as at 31 December 2024**

| Unit | Occupier / use | Floor area (sq ft) | Annual rent (£) | Status |
|---|---|---|---|---|
| 1 | Pennyfeather Bakery | 1,150 | 32,000 | Let |
| 2 | Vacant (former phone shop) | 620 | – | Vacant since March 2024 |
| 3 | Harwick Building Society | 1,400 | 38,500 | Let |
| 4 | Oduya Haberdashery | 540 | 11,800 | Let |
| 5 | Vacant | 540 | – | Vacant since November 2021 |
| 6 | Kettle & Crumb café | 880 | 19,400 | Let (from October 2023) |
| 7 | Vacant | 480 | – | Vacant since April 2022 |
| 8 | Tanner's Shoe Repairs | 310 | 8,200 | Let |
| 9 | Vacant (former Harwick Books) | 760 | – | Vacant since March 2023 |
| 10 | Blue Heron Vapes | 300 | 9,000 | Let |
| 11 | Markham Opticians | 900 | 23,500 | Let |
| 12 | Vacant | 450 | – | Vacant since February 2022 |
| 13 | Pixel Point Games | 700 | 14,600 | Let |
| 14 | Castleton Barbers | 420 | 10,200 | Let |
| 15 | Vacant (former Cards & Co) | 980 | – | Vacant since January 2024 |
| 16 | Harwick Hospice charity shop | 1,200 | 12,000 | Let (charity rate) |
| 17 | Vacant | 460 | – | Vacant since June 2021 |
| 18 | Lily's Nails | 380 | 9,600 | Let |
| 19 | Vacant | 520 | – | Vacant since September 2021 |
| 20 | Hollis Jewellers | 650 | 17,800 | Let |
| 21 | Vacant (former Fone Fix) | 330 | – | Vacant since June 2023 |
| 22 | Daily Harvest convenience store | 2,100 | 41,000 | Let |
| 23 | Sew Simple Alterations | 350 | 8,400 | Let |
| 24 | Harwick Adult Learning (first floor) | 3,200 | 24,000 | Let |
| **Total** | 15 let, 9 vacant | **19,620** | **280,000** | |

4.4 Total passing rent is therefore £280,000 a year. The largest single rent is paid by Daily Harvest (£41,000) and the largest occupier by floor area is Harwick Adult Learning.

**Table 2: Income and costs, £000**

| | 2022/23 (from 19 Aug) | 2023/24 | 2024/25 (forecast) | 2024/25 (2022 business case) |
|---|---|---|---|---|
| Rent | 198 | 309 | 280 | 470 |
| Service charge recovered | 53 | 93 | 75 | 90 |
| **Total income** | **251** | **402** | **355** | **560** |
| Debt repayments | 248 | 396 | 396 | 396 |
| Running costs | 71 | 109 | 118 | 70 |
| Business rates on empty units | 34 | 47 | 61 | 0 |
| **Net position** | **–102** | **–150** | **–220** | **+94** |

4.5 The arcade is therefore forecast to cost the council's general fund £220,000 in 2024/25, against a surplus of £94,000 assumed in the business case. Income in 2024/25 is forecast to fall by 11.7 per cent compared with 2023/24.

4.6 The service charge rose from £3.85 to £5.20 per square foot on 1 April 2024, reflecting increases in insurance premiums (up 41 per cent) and energy costs for the covered mall areas.

4.7 A condition survey by Lowther Grant Surveyors in October 2024 found that the glazed roof over the central walkway is at the end of its life. Water ingress was recorded in Units 9, 10, 11 and 12 during Storm Bert in November 2024.

### 5. Valuation

5.1 Lowther Grant Surveyors valued the arcade at £4.1 million as at Monday 30 September 2024, £2.7 million below the purchase price. Full details are in exempt Appendix 3.

### 6. Options

**Option A – Refurbish and re-let.** Replace the roof (£860,000), upgrade shopfronts and lighting (£1.1 million) and reconfigure Units 15 to 19 as a food court (£440,000). Total capital cost £2.4 million. Officers estimate vacancy could fall to 12 per cent by 2027. Not affordable from the council's own resources without external funding.

**Option B – Dispose on the open market.** Based on the valuation, a sale would realise around £4.1 million, leaving approximately £2.9 million of the outstanding loan to be repaid from the general fund. Not recommended.

**Option C – Meanwhile uses.** Offer six of the nine vacant units on 12-month "meanwhile" licences to community groups, artists and start-up businesses at £1 per square foot, with basic fit-out costs of £85,000 met from the Town Centre Recovery Reserve. Patch repairs to the roof (£48,000) would be carried out from existing maintenance budgets before March 2025. Recommended.

### 7. Financial implications

7.1 Option C would reduce the business rates liability on empty units by an estimated £38,000 a year. It would not on its own return the arcade to surplus.

### 8. Consultation

8.1 Officers met the Kingsgate Arcade Traders' Association on Thursday 28 November 2024. The association's written statement of Thursday 9 January 2025 is attached as Appendix 2.

Contact officer: Priya Namdev, Director of Place and Regeneration, Harwick Borough Council
`;

/** h722: sources/brightwater_statement.txt, whole. */
const LIGHTS_STATEMENT = `BRIGHTWATER FESTIVE ILLUMINATIONS LTD
Unit 4, Kiln Yard Business Park, Castlemere

STATEMENT: HARROWBY BRIDGE CHRISTMAS LIGHTS 2025
Issued: Thursday 4 December 2025
For immediate release

Brightwater Festive Illuminations Ltd has installed the Christmas lights in Harrowby Bridge since 2023, and this is the third year we have worked with Harrowby Bridge Town Council. We want to set out the facts about the postponement of this year's switch-on, which was due to take place on Saturday 22 November.

On Friday 21 November, our independent inspectors, Kestrel Compliance Services, carried out the routine pre-energisation inspection of the installation. They found that the feeder pillar on Market Square, which supplies the Christmas tree and the festoon lighting around the square, had been affected by water ingress and that a number of its terminations were corroded. The inspector recorded the condition as "danger present" and advised that the supply must not be energised.

The feeder pillar is not part of our contract. It is owned and maintained by the town council. We informed the Town Clerk immediately, and the council decided to postpone the switch-on.

Our subcontractor, Tollgate Electrical Services, installed a replacement pillar between Monday 1 December and Wednesday 3 December, and the installation was inspected again and certified safe today. Our crew of six electricians worked three extra nights to isolate, reconnect and re-test the Market Square lighting.

We are aware of reports that the scheme has gone "more than £12,000 over budget". We would ask that this figure is read in context. Of the additional costs, nearly £9,000 relates to the pillar replacement and the extra installation work it made necessary, and a further £2,840 relates to six additional motifs on Bridge Street which the council ordered from us in August. As a gesture of goodwill, we have waived our £950 re-attendance charge.

This year's scheme includes 44 lamp-post motifs, 1,840 metres of LED festoon lighting and a 9-metre Nordmann fir on Market Square. Because the whole scheme is LED, it uses around 74% less electricity than the tungsten lighting it replaced in 2023.

The lights will be switched on this Saturday, 6 December, at 5.30pm. They will then be lit every evening from 4pm to 11pm until Tuesday 6 January 2026, and our team will begin taking them down on Wednesday 7 January.

Karen Whitlock, Managing Director of Brightwater Festive Illuminations Ltd, said:

"We share the town's disappointment that the switch-on had to move, but we will never energise a supply that an inspector has told us is dangerous. The safety of the families who come to see the lights has to come first.

"Our team worked through three cold nights to get Harrowby Bridge lit, and I'm proud of them. We're looking forward to seeing everyone on Market Square on Saturday."

ENDS

Notes to editors:
1. Brightwater Festive Illuminations Ltd was founded in 2011 and employs 23 staff. It installs festive lighting for 17 town and parish councils across the region.
2. Media enquiries: Liam Sorensen, Communications Manager, Brightwater Festive Illuminations Ltd.
`;

/** h723: sources/board_minutes_2024-09-12.md, whole. */
const PARKING_MINUTES = `# Harrowfield Valley NHS Foundation Trust

## Minutes of the Trust Board meeting held in public

**Thursday 12 September 2024, 10.00am, Boardroom, Harrowfield General Hospital**

**Present (voting members):**

- Helen Brackley, Chair
- Professor Rachel Tindall, Non-Executive Director and Vice-Chair
- Anil Chaudhry, Non-Executive Director
- Bernadette Quayle, Non-Executive Director
- Marcus Ellery, Non-Executive Director
- Yvonne Starkie, Non-Executive Director
- Dr Simon Aldcroft, Chief Executive
- Miriam Oduya, Chief Finance Officer
- Joanne Feltham, Chief Nurse
- Dr Ifeoma Nwankwo, Medical Director

**In attendance:**

- Gareth Pennock, Director of Estates and Facilities (item 7)
- Lorraine Pask, Trust Secretary (minutes)

**Members of the public:** 23

---

### 1. Welcome and apologies

The Chair welcomed members and the public. There were no apologies. The meeting was quorate.

### 2. Declarations of interest

None declared in relation to items on the agenda.

### 3–6. (Minutes of previous meeting, action log, Chief Executive's report, integrated performance report)

Recorded separately.

### Public questions (taken before item 7, 11.35am)

Colette Marwood, Branch Secretary of the Health and Care Workers' Union (HCWU), addressed the Board for five minutes and presented a petition of 2,314 signatures opposing the proposed parking charges. She asked the Board to freeze charges for staff in Bands 1–3.

The Chair thanked Ms Marwood and said the Board would write to the union setting out the reasons for its decision.

### 7. Revision of car parking tariffs (paper TB/24/087)

Item 7 began at 11.40am.

7.1 The Chief Finance Officer introduced the paper. She noted that tariffs had not changed since April 2019 while the operating cost of the service had risen by 31 per cent over that period. The increases were needed to meet those costs and to fund the Sustainable Travel Fund of £450,000 a year.

7.2 The Chief Executive said the Trust "cannot subsidise parking from money meant for patient care". He noted that the Trust's 2024/25 financial plan showed a deficit of £14.6 million.

7.3 The Chief Nurse raised concern about the effect of the increase on the recruitment and retention of healthcare assistants, for whom the Trust's vacancy rate stood at 9.2 per cent. She asked that the impact on staff be monitored.

7.4 The Director of Estates and Facilities confirmed that the full business case for the 214-space decked car park would come to the Board in January 2025 and that it would be funded from the capital programme, not from parking income.

7.5 **Amendment.** Anil Chaudhry proposed an amendment that the increase for Bands 1–3 be phased: £11.75 a month from 4 November 2024, rising to £14.00 from 1 April 2025. The amendment was seconded by Yvonne Starkie.

Vote on the amendment: For 6; Against 4. **The amendment was carried.**

7.6 **Substantive resolution.** The Board was asked to approve the revised tariffs as amended.

Vote: For 7; Against 2 (Bernadette Quayle, Marcus Ellery); Abstained 1 (Joanne Feltham). **The resolution was approved.**

7.7 Item 7 closed at 12.25pm.

### Actions

| Ref | Action | Owner | Due |
|---|---|---|---|
| A/24/112 | Report on impact of new parking tariffs on staff, including recruitment and retention | Gareth Pennock | Board meeting, Thursday 13 March 2025 |
| A/24/113 | Write to HCWU setting out the reasons for the Board's decision | Helen Brackley | Friday 27 September 2024 |
| A/24/114 | Full business case for decked car park | Gareth Pennock | Board meeting, January 2025 |

*Signed as a correct record:* ……………………… Chair
`;

/** h723: sources/board_paper_TB-24-087.md, whole. */
const PARKING_PAPER = `# Harrowfield Valley NHS Foundation Trust

## Trust Board – Meeting in Public

| | |
|---|---|
| **Date of meeting** | Thursday 12 September 2024 |
| **Agenda item** | 7 |
| **Paper reference** | TB/24/087 |
| **Title** | Revision of car parking tariffs for staff and visitors |
| **Author** | Gareth Pennock, Director of Estates and Facilities |
| **Presented by** | Miriam Oduya, Chief Finance Officer |
| **Purpose** | For decision |

### 1. Summary

1.1 The Board is asked to approve a revised car parking tariff for staff and visitors at Harrowfield General Hospital and at St Ambrose Community Hospital, Cleeve Marsh, to take effect from Monday 4 November 2024.

1.2 Tariffs have not been revised since 1 April 2019. Over the same period the operating cost of the parking service has increased by 31 per cent, driven mainly by contract inflation, business rates, energy for lighting and barrier systems, and resurfacing.

1.3 The proposed increases are required to meet these rising operating costs and to establish a ring-fenced Sustainable Travel Fund. They are not intended to fund new car parking capacity, which is addressed separately through the capital programme (section 5.4).

### 2. Background

2.1 The Trust operates 1,800 parking spaces across its two main sites:

| Site | Staff spaces | Visitor spaces | Total |
|---|---|---|---|
| Harrowfield General Hospital | 960 | 460 | 1,420 |
| St Ambrose Community Hospital, Cleeve Marsh | 220 | 160 | 380 |
| **Total** | **1,180** | **620** | **1,800** |

2.2 At 31 August 2024 the Trust had issued 3,115 staff parking permits, against 1,180 staff spaces. A further 412 staff were on the waiting list for a permit.

2.3 Car parking income in 2023/24 was £3.42 million, made up of £1.31 million from staff permits and £2.11 million from visitor charges. Operating costs were £1.27 million, including £640,000 a year paid to Castlegate Parking Services Ltd under the car park management contract. The net surplus of £2.15 million was used to support general clinical services.

### 3. Proposed tariff – visitors

| Length of stay | Current charge | Proposed charge | Change |
|---|---|---|---|
| Up to 30 minutes | Free | Free | – |
| 30 minutes to 2 hours | £2.20 | £2.80 | +27.3% |
| 2 to 4 hours | £3.60 | £4.50 | +25.0% |
| 4 to 24 hours | £5.50 | £7.00 | +27.3% |
| Weekly visitor pass | £10.00 | £12.00 | +20.0% |

### 4. Proposed tariff – staff (monthly permit, deducted from salary)

| Pay band | Current charge | Proposed charge | Change |
|---|---|---|---|
| Bands 1–3 | £9.50 | £14.00 | +47.4% |
| Bands 4–5 | £16.00 | £22.00 | +37.5% |
| Bands 6–7 | £23.00 | £31.00 | +34.8% |
| Band 8a and above, and medical consultants | £30.00 | £42.00 | +40.0% |

4.1 Approximately 1,450 staff in Bands 1–3 currently hold a permit.

4.2 **Exemptions (unchanged).** The following will continue to park free of charge:

- Blue Badge holders;
- parents and carers of children staying overnight on Robin Ward (children's ward) or in the Neonatal Unit;
- patients attending three or more times a month for renal dialysis or chemotherapy;
- registered volunteers;
- staff working night shifts (arriving after 7.00pm and leaving before 8.00am).

The free first 30 minutes for visitors will be retained.

### 5. Financial impact

5.1 Projected income in the first full year (2025/26) is £4.61 million, an increase of £1.19 million (34.8 per cent) on 2023/24. The part-year effect in 2024/25 is estimated at £0.46 million.

5.2 The Trust's 2024/25 financial plan shows a deficit of £14.6 million.

5.3 **Sustainable Travel Fund.** £450,000 a year of the additional income will be ring-fenced for a Sustainable Travel Fund, to provide:

- a 50 per cent discount on Valley Link bus season tickets for staff;
- 120 new covered cycle spaces at Harrowfield General Hospital;
- a pilot staff car-share scheme.

5.4 **Decked car park.** A 214-space decked car park is proposed on the east side of the Harrowfield General site (former Orchard Block). The estimated capital cost is £3.9 million, to be funded from the Trust's 2025/26 capital programme and not from tariff income. Target opening is spring 2026. A full business case will be presented to the Board in January 2025.

### 6. Benchmarking

Monthly staff permit charge for the Band 4–5 equivalent at five neighbouring trusts:

| Trust | Monthly charge |
|---|---|
| Kestrel Moor NHS Trust | £26.00 |
| Dunmere Hospitals NHS Foundation Trust | £24.00 |
| Saltbridge and Orwin NHS Trust | £27.50 |
| North Tamsworth Healthcare NHS Trust | £23.00 |
| Brackenfold University Hospitals NHS Foundation Trust | £26.50 |
| **Average** | **£25.40** |

The proposed Harrowfield Valley charge of £22.00 for Bands 4–5 would remain below the average of the five neighbouring trusts.

### 7. Consultation

7.1 A staff consultation ran from Monday 1 July to Friday 9 August 2024. There were 1,286 responses, around 20 per cent of the Trust's workforce of approximately 6,400.

7.2 Of those responding, 71 per cent opposed the proposals, 18 per cent supported them and 11 per cent expressed no view.

7.3 The main themes in free-text comments were: cost for lower-paid staff (raised in 54 per cent of comments); lack of available spaces (38 per cent); and the absence of public transport for early shifts (21 per cent).

### 8. Recommendation

The Board is asked to APPROVE the revised tariffs set out in sections 3 and 4, effective from Monday 4 November 2024, and NOTE the establishment of the Sustainable Travel Fund.
`;

/** h723: sources/hcwu_press_release.html, whole. */
const UNION_RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Parking rises are a tax on going to work, says union – HCWU Harrowfield Valley Health Branch</title>
</head>
<body>
<header>
<p>Health and Care Workers' Union (HCWU) – Harrowfield Valley Health Branch</p>
<p><strong>PRESS RELEASE – FOR IMMEDIATE USE</strong></p>
<p>Friday 6 September 2024</p>
</header>
<main>
<h1>Parking rises of nearly 50 per cent are "a tax on going to work", says union</h1>

<p>Hospital staff in Harrowfield and Cleeve Marsh face car parking rises of nearly 50 per cent under plans to be put to the Harrowfield Valley NHS Foundation Trust board next Thursday, 12 September, the Health and Care Workers' Union has warned.</p>

<p>Under the proposals, the lowest-paid staff – those in pay bands 1 to 3 – would see their monthly parking permit rise from £9.50 to £14, an increase of 47 per cent. Nurses and other staff in bands 4 and 5 would pay £22 a month instead of £16.</p>

<p>The union, which has more than 1,900 members at the trust, says three in four staff who responded to the trust's own consultation said no to the plans.</p>

<p>Colette Marwood, HCWU branch secretary, said:</p>

<blockquote>
<p>"Our lowest-paid members – porters, domestics, healthcare assistants – are being asked to find an extra £54 a year just to park at the place they work. This is a tax on turning up."</p>
<p>"The trust says it needs the money. Our members need it more. Many of them have no choice but to drive, because there is no bus that gets them here for an early shift."</p>
</blockquote>

<p>The union points out that the trust made a surplus of £2.1 million from car parking last year, and says staff often cannot find a space even with a permit, because the trust has issued more than two and a half times as many permits as there are staff spaces.</p>

<p>Darren Eckersley, HCWU regional organiser, said:</p>

<blockquote>
<p>"Other trusts in the region have frozen charges for the lowest paid, and Harrowfield Valley can do the same. This is a choice, not a necessity."</p>
</blockquote>

<h2>What the union is calling for</h2>
<ul>
<li>A freeze on charges for staff in bands 1 to 3;</li>
<li>Any other increases to be capped at the rate of inflation;</li>
<li>Full publication of the trust's car parking accounts.</li>
</ul>

<p>A petition signed by more than 2,300 staff, patients and visitors will be handed to the board before it meets at Harrowfield General Hospital on Thursday 12 September.</p>

<h2>Notes to editors</h2>
<ol>
<li>The Health and Care Workers' Union represents nurses, healthcare assistants, porters, domestic and administrative staff.</li>
<li>The trust board paper is reference TB/24/087.</li>
<li>Media contact: HCWU Harrowfield Valley branch office, 01632 960 418.</li>
</ol>
</main>
</body>
</html>
`;

/** h723: sources/interview_kerry-ann_dobbs.txt, whole. */
const NURSE_INTERVIEW = `HARROWFIELD COURIER – INTERVIEW TRANSCRIPT

Interviewee: Kerry-Ann Dobbs, staff nurse (Band 5), Ward 14, Harrowfield General Hospital
Interviewer: Tom Haverill, health reporter, Harrowfield Courier
Date: Tuesday 10 September 2024
Time: 6.15pm to 6.38pm
Method: telephone, recorded with consent

---

TOM HAVERILL: Thanks for talking to me, Kerry-Ann. Can you start by telling me what you do?

KERRY-ANN DOBBS: I'm a staff nurse, Band 5, on Ward 14 at Harrowfield General. It's a respiratory ward. I've been with the trust eleven years now, I started as a healthcare assistant and did my training while I was working.

TOM HAVERILL: And how do you get to work?

KERRY-ANN DOBBS: I drive. I live in Cleeve Marsh, it's about fourteen miles. I do long days, 7.30 in the morning till 8 at night, usually three a week. The first bus, the Valley Link 42, leaves Cleeve Marsh at 6.50 and it doesn't get into the hospital till 7.55. So I'd be twenty-five minutes late before I'd even got my coat off. It's just not an option.

TOM HAVERILL: What do you pay for parking at the moment?

KERRY-ANN DOBBS: Sixteen pounds a month. It comes out of my wages. Under the new plans it's going to twenty-two. So that's six pounds a month, seventy-two pounds a year more. I heard it's going up by about a third for us, and more for the porters and the HCAs.

TOM HAVERILL: Is it the money, or something else?

KERRY-ANN DOBBS: It's both. The money matters, everybody's stretched. But the thing that really gets people is you pay for a permit and then you can't find a space. Some mornings I've spent up to twenty-five minutes driving round. I've been late for a shift twice this year because of it, and that's not fair on the night staff waiting to hand over.

TOM HAVERILL: What do colleagues do when they can't get a space?

KERRY-ANN DOBBS: Some park on Mill Lane, on the residential streets, and the neighbours aren't happy about it, understandably. One of the girls on my ward got a ticket there last month.

TOM HAVERILL: How would you sum up how staff feel?

KERRY-ANN DOBBS: It feels like we're being charged for the privilege of coming to work.

TOM HAVERILL: Are you against charges altogether?

KERRY-ANN DOBBS: No. I'm not against paying something. I'm against paying more for a space I can't find.

TOM HAVERILL: Did you respond to the trust's consultation?

KERRY-ANN DOBBS: I did, yes, in July. I said the same thing I'm saying to you. Nobody asked the people on the wards what time the buses run.

TOM HAVERILL: Are you involved with the union campaign?

KERRY-ANN DOBBS: I'm an HCWU member and I signed the petition. I'm not a rep or anything. I just think somebody needs to say it.

TOM HAVERILL: Anything else you'd like to add?

KERRY-ANN DOBBS: Only that the bus discount they're talking about is no use to me if there isn't a bus. Fix the buses first.

TOM HAVERILL: Thank you, Kerry-Ann.

[END OF RECORDING – 23 minutes]
`;

/** h724: sources/press_release.md, whole. */
const LIFEBOAT_RELEASE = `# PRESS RELEASE — Coastal Lifeboat Trust

**For immediate release: Thursday 16 October 2025**

## New all-weather lifeboat arrives at Wrenmouth after station's busiest summer on record

A new £2.6 million all-weather lifeboat has arrived at Wrenmouth Lifeboat Station, on the Dunholme coast, at the end of the busiest summer in the station's 142-year history.

The Harrier-class lifeboat *Edith Marrow* (ON 1389) sailed into Wrenmouth harbour at 11.40am on Saturday 11 October 2025 after a two-day passage from the Coastal Lifeboat Trust's build yard at Eastport. She was escorted into the harbour by the station's inshore lifeboat *Tern* and welcomed by around 400 people on the North Quay.

The new boat replaces the Solent-class lifeboat *Margaret Hale*, which has served Wrenmouth since 1998. In 27 years at the station the *Margaret Hale* launched 612 times on service and her crews saved 71 lives. She will remain on service until the *Edith Marrow* is declared operational, which is expected in mid-December, and will then be withdrawn from the fleet and offered for sale.

### Funding

The *Edith Marrow* cost £2.6 million. Of this:

- £1.45 million came from the legacy of Miss Edith Marrow, former headteacher of Lowbridge Primary School, who died on Thursday 3 March 2022 aged 91;
- £620,000 was raised over four years by the Wrenmouth fundraising branch, chaired by Mrs Pauline Garside;
- the remaining £530,000 came from the Trust's general funds.

Separately, a £380,000 project to lengthen and strengthen the station's slipway so that it can take the heavier boat was approved by Dunholme District Council's planning committee by seven votes to two on Tuesday 8 July 2025. Work is due to start in January 2026 and to take about 14 weeks.

### A faster, longer-range boat

The Harrier class is the Trust's newest design. The *Edith Marrow* has a top speed of 25 knots, compared with 17 knots for the *Margaret Hale*, and a range of 250 nautical miles. She carries a crew of seven, is self-righting, and is fitted with a daughter craft and a survivor space for up to 44 people.

### Busiest summer

Between 1 June and 31 August 2025, Wrenmouth's two lifeboats launched almost 60 times and came to the aid of 94 people, 11 of whom were judged to have been saved from loss of life. The previous summer record was 41 launches, set in 2019. In the summer of 2024 the station launched 38 times.

The busiest single day was the August bank holiday, Monday 25 August, when the crews launched five times in under eleven hours.

Simon Eckersley, the Trust's Regional Operations Director for the North East, said: "Wrenmouth's volunteers have had an extraordinary summer, and they have done it on a boat that is older than some of the crew. The *Edith Marrow* gives them speed, range and protection that match the job they are now being asked to do."

Ruth Alsop, Lifeboat Operations Manager at Wrenmouth, said: "Miss Marrow taught half this town to read. It is fitting that her name will now be on the boat that brings people home. We are deeply grateful to her family and to every person who rattled a tin for us over the past four years."

### Naming ceremony

The *Edith Marrow* will be formally named at a ceremony on Saturday 18 April 2026. The boat will be named by Miss Marrow's great-niece, Dr Clare Ibbotson.

### Crew

Wrenmouth Lifeboat Station has 31 volunteer crew members, six of whom joined in 2025. The station also has 22 shore crew and fundraising volunteers. Crew members will train on the new boat at the Trust's college in Eastport in November.

**ENDS**

*Notes to editors*

- The Coastal Lifeboat Trust is a registered charity that operates 58 lifeboat stations around the coasts of England and Wales. It is funded almost entirely by voluntary donations and legacies.
- Wrenmouth Lifeboat Station was founded in 1883.
- Media contact: Leanne Cartwright, Press Officer (North East), Coastal Lifeboat Trust.
`;

/** h724: sources/rescue_log_summary.md, whole. */
const LIFEBOAT_LOG = `# Wrenmouth Lifeboat Station — Annual Rescue Log Summary

**Station year: 1 October 2024 to 30 September 2025**
Prepared by: Ruth Alsop, Lifeboat Operations Manager
Reviewed by: Kevin Dunmore, Deputy Launching Authority
Date of issue: Friday 10 October 2025

## 1. Headline figures

| Measure | 2024–25 | 2023–24 | Change |
|---|---|---|---|
| Service launches | 97 | 71 | +26 (+36.6%) |
| People aided | 151 | 112 | +39 (+34.8%) |
| Lives saved | 16 | 9 | +7 |
| Hours at sea on service | 218.0 | 164.5 | +53.5 |
| Average time from pager to boat afloat | 9 min 40 s | 10 min 25 s | −45 s |

The station's target for pager-to-afloat time is 10 minutes for the all-weather boat.

## 2. Launches by month

| Month | Launches | People aided | Lives saved | Hours at sea |
|---|---|---|---|---|
| October 2024 | 4 | 6 | 0 | 9.5 |
| November 2024 | 3 | 4 | 1 | 7.0 |
| December 2024 | 2 | 3 | 0 | 5.5 |
| January 2025 | 3 | 5 | 1 | 8.0 |
| February 2025 | 1 | 2 | 0 | 2.5 |
| March 2025 | 4 | 6 | 0 | 9.0 |
| April 2025 | 6 | 9 | 1 | 12.5 |
| May 2025 | 9 | 14 | 1 | 18.0 |
| June 2025 | 15 | 23 | 2 | 31.0 |
| July 2025 | 19 | 30 | 4 | 44.5 |
| August 2025 | 25 | 41 | 5 | 57.0 |
| September 2025 | 6 | 8 | 1 | 13.5 |
| **Total** | **97** | **151** | **16** | **218.0** |

Summer (June to August 2025): 59 launches, 94 people aided, 11 lives saved, 132.5 hours at sea. This is 61% of the year's launches.

## 3. Launches by boat

| Boat | Launches | Share |
|---|---|---|
| All-weather lifeboat *Margaret Hale* | 61 | 62.9% |
| Inshore lifeboat *Tern* | 36 | 37.1% |
| **Total** | **97** | **100%** |

On 9 occasions both boats launched to the same incident; these are counted once per boat above.

## 4. Launches by type of incident

| Incident type | 2024–25 | 2023–24 |
|---|---|---|
| Vessel machinery failure | 27 | 24 |
| Person cut off by tide | 19 | 15 |
| Paddleboard or kayak in difficulty | 16 | 5 |
| Swimmer or person in the water | 14 | 11 |
| Medical evacuation from vessel | 8 | 7 |
| Search for missing person | 7 | 6 |
| False alarm with good intent | 6 | 3 |
| **Total** | **97** | **71** |

Vessel machinery failure remained the most common reason for launching (27.8% of launches). Paddleboard and kayak incidents more than tripled, from 5 to 16; 13 of the 16 took place in offshore winds.

## 5. Notable services

**Sunday 13 July 2025.** Inshore lifeboat *Tern* launched at 14.52 to two children, aged 9 and 11, on an inflatable unicorn being blown offshore from Gullet Sands. Both were recovered from the water about 0.6 nautical miles off the beach within 12 minutes of launch and handed to paramedics. Helm: Jodie Farrant. Classed as 2 lives saved.

**Saturday 2 August 2025.** All-weather lifeboat *Margaret Hale* launched at 03.17 to the fishing vessel *Morwenna Jane*, which reported an engine-room fire 9 nautical miles east of Skerry Point. The four crew were taken off and the vessel was towed to Wrenmouth by the lifeboat. Time on service: 6 hours 20 minutes. Coxswain: Gareth Tolley. Classed as 4 lives saved.

**Wednesday 20 August 2025.** Inshore lifeboat *Tern* launched at 18.05 with the Wrenmouth Coastguard Rescue Team to a walker, aged 67, cut off by the tide at Hallow Cove with a suspected broken ankle. The casualty was taken to the harbour and transferred to an ambulance. Helm: Marcus Webb.

**Monday 25 August 2025 (bank holiday).** Busiest day of the year: five launches between 10.12 and 20.58 (three by *Tern*, two by *Margaret Hale*), aiding 11 people in total.

## 6. Crew

| | 30 Sept 2025 | 30 Sept 2024 |
|---|---|---|
| Volunteer crew | 31 | 27 |
| of whom joined in the year | 6 | 3 |
| Qualified all-weather coxswains | 3 | 3 |
| Qualified inshore helms | 5 | 4 |

Two crew members left the station during the year.

## 7. Notes

- "Lives saved" is recorded only where the crew judged that the person would have died without the lifeboat's intervention, following the Trust's classification guidance.
- Figures for 2023–24 are taken from the station's 2023–24 rescue log summary.
`;

/** h724: sources/interview_coxswain.txt, whole. */
const COXSWAIN_INTERVIEW = `INTERVIEW TRANSCRIPT

Interviewee: Gareth Tolley, Coxswain, Wrenmouth Lifeboat Station (Coastal Lifeboat Trust)
Interviewer: Hannah Voss, reporter, Dunholme Echo
Date: Tuesday 14 October 2025, 10.30am
Place: Crew room, Wrenmouth Lifeboat Station, North Quay, Wrenmouth
Recording length: 24 minutes. Transcribed by Hannah Voss. Lightly edited for hesitations.

---

HANNAH VOSS: Thanks for making time, Gareth. Can you start by telling me who you are and how long you've been with the station?

GARETH TOLLEY: I'm Gareth Tolley, I'm 46, and I'm the coxswain here at Wrenmouth. By trade I'm a marine engineer — I work at Haskett's Boatyard on the other side of the harbour, which is handy because they let me go when the pager goes off. I joined the crew in 2003, so that's twenty-two years, and I've been coxswain since 2016. There are three of us qualified to take the big boat out, but I'm the full-time coxswain, if you like.

HANNAH VOSS: It's been the busiest summer the station has ever had. What did that feel like from the inside?

GARETH TOLLEY: Relentless. Honestly, relentless. June was busy, July was busier, and August was something else — twenty-five shouts in one month. There were weeks in August when I don't think I had two nights' proper sleep in a row. My wife says she saw more of the pager than she saw of me.

HANNAH VOSS: Why do you think it was so busy?

GARETH TOLLEY: Some of it's just the weather. We had a long, hot, settled spell from the middle of June right through, and when the sun's out everyone's on the water. But the big change is paddleboards. Five years ago we hardly saw them. This year it was sixteen jobs, and nearly every one was an offshore wind. People don't realise — it's lovely and calm on the beach because the wind's coming off the land, and that same wind is pushing them out to sea. By the time they try to paddle back they can't.

HANNAH VOSS: So it's not people being reckless, exactly?

GARETH TOLLEY: No, I wouldn't say reckless. I'd say they don't know what they don't know. Most of the people we picked up had bought the board that summer. We're not there to tell anyone off. We'd rather they called us early than late.

HANNAH VOSS: Which job stays with you from this summer?

GARETH TOLLEY: The Morwenna Jane, without a doubt. Second of August, pager went at about ten past three in the morning. She's a local trawler, four crew, and she'd got a fire in the engine room nine miles east of Skerry Point. On the old boat that's a thirty-five-minute run. The wheelhouse was full of smoke by the time we got alongside. Those four lads did everything right. They had their lifejackets on and they'd shut the fuel off. We took them all off, then we got a line on her and towed her home. We were out six hours twenty. I was proud of that crew.

HANNAH VOSS: And the two children on the inflatable in July?

GARETH TOLLEY: That was Jodie on the inshore boat, not me — Jodie Farrant, she helmed it. I was in the tractor on the slipway that day. She had them out of the water in twelve minutes. Those two kids were a long way out, further than I'd like to think about. Jodie's one of the best helms we've had.

HANNAH VOSS: Tell me about bank holiday Monday.

GARETH TOLLEY: [laughs] We launched five times on bank holiday Monday. First one was just after ten in the morning, last one was nearly nine at night. I got home at ten to midnight and was back at Haskett's for seven. That's the job. Nobody's complaining.

HANNAH VOSS: Let's talk about the new boat. What does the Edith Marrow change?

GARETH TOLLEY: Speed, first of all. The Margaret Hale's been a grand old boat, but at seventeen knots you feel every minute of a long job. The new one will do about twenty-five. With the new boat we'll be on scene at Skerry Point in about twenty-two minutes instead of thirty-five. When someone's in the water, that's everything. And she's got a proper enclosed wheelhouse with shock-mitigating seats, so the crew come back in one piece. On the Margaret Hale you come in from a six-hour job in a big sea and you're fit for nothing for two days.

HANNAH VOSS: Will you be sad to see the Margaret Hale go?

GARETH TOLLEY: Of course. I did my first shout on her. She's saved seventy-one lives. But you don't keep a boat for sentiment. She's twenty-seven years old and parts are getting hard to find — we had her off service for nine days in May waiting for a gearbox part.

HANNAH VOSS: When will the new boat be on service?

GARETH TOLLEY: We go down to the college at Eastport for three weeks' training in November, in two groups. Then there's a period of familiarisation here on our own water. The Trust's saying mid-December to be declared operational, and I'd say that's about right if the weather's kind. Until then the Margaret Hale's still on service — nobody's going to be left without a lifeboat.

HANNAH VOSS: And the slipway work?

GARETH TOLLEY: That's the bit people don't see. The new boat's heavier, so the slipway's being lengthened and strengthened from January. While that's going on she'll be kept afloat on a mooring in the harbour, and we'll launch from there. That'll add a couple of minutes to the launch time, but we'll cope.

HANNAH VOSS: Did you know Edith Marrow?

GARETH TOLLEY: I never met her, but my mother was taught by her. Mum says she was strict but fair, and she never forgot a name. I think she'd be tickled to have a lifeboat named after her. It's an awful lot of money she left — one point four five million. I don't think anyone in the town knew she had it.

HANNAH VOSS: What about crew numbers? Is recruitment a worry?

GARETH TOLLEY: We've got thirty-one on the pager now, six of them joined this year. So numbers are up. But daytime cover is the worry — only nine of us work within ten minutes of the station. Weekday daytimes in winter, that's when I lie awake. If anyone's reading this and they work in Wrenmouth, come and knock on the door.

HANNAH VOSS: Last question. What would you say to people heading out on the water next summer?

GARETH TOLLEY: Check the wind direction before you go. Wear a lifejacket. Carry a phone in a waterproof pouch. And if you get in trouble, dial 999 and ask for the coastguard. Don't wait.

HANNAH VOSS: Thanks, Gareth.

GARETH TOLLEY: Cheers, Hannah.

[END OF RECORDING]
`;

/** h725: sources/campaign_statement.txt, whole. */
const CAMPAIGN_STATEMENT = `SAVE ASHCOMBE GREEN SCHOOL
Statement from the parents' campaign group
For immediate release: Monday 7 April 2025

PARENTS HAND IN 1,240-NAME PETITION AS CLOSURE DEADLINE NEARS

Parents fighting to save Ashcombe Green Primary School today handed a petition signed by 1,240 people to Wexmoor County Council at County Hall in Lanchester.

The petition, which was launched on the night of the council's public meeting on Tuesday 18 March, calls on the council to withdraw its proposal to close the village school in August 2026.

More than 300 people attended a rally on the village green on Saturday 5 April, including families, former pupils and staff. The campaign's spokesman, Daniel Okonjo-Reeve, whose two children attend the school, addressed the crowd.

Mr Okonjo-Reeve said today:

"This is not just a school. It is the last public building left in Ashcombe Green since the post office shut. If it goes, the heart of this village goes with it.

"The council says there are only 87 children here. We say there are nearly 90 children who are happy, safe and doing well, in a school Ofsted rates as Good.

"The council wants to put four-year-olds on a bus along the B4172 every morning, a road without a pavement, to a school two and a half miles away. Not one parent I have spoken to wants that.

"We are asking the council to listen to the governors and give federation with Kestle Down a proper chance. Closure is final. Once a village school is gone, it never comes back."

The campaign says it has written to all 11 members of the council's Cabinet asking them to visit the school before they vote on Wednesday 14 May.

The group is also urging supporters to respond to the formal consultation before it closes at 5pm on Friday 11 April.

Councillor Janet Ferriby, the county councillor for the Ashcombe division, who is not a member of the Cabinet, has said she supports the campaign.

NOTES TO EDITORS
- Save Ashcombe Green School was formed on Saturday 8 March 2025, five days after the consultation was published.
- The petition was collected both online and on paper at the village shop, the Plough Inn and St Aidan's Church.
- Contact: Daniel Okonjo-Reeve, campaign spokesman.
ENDS
`;

/** h725: sources/headteacher_interview.md, whole. */
const HEAD_INTERVIEW = `# Interview transcript: Mrs Priya Lindqvist, Headteacher, Ashcombe Green Primary School

**Interviewer:** Tom Aldridge, education reporter, Wexmoor Gazette
**Date:** Wednesday 2 April 2025, 3.45pm
**Place:** Headteacher's office, Ashcombe Green Primary School
**Recorded with consent. Transcribed by Tom Aldridge.**

---

**TA:** Thank you for seeing me. How long have you been head here?

**PL:** I came in September 2018, so this is my seventh year. Before that I was deputy head at Fenbridge Primary for five years.

**TA:** How did you hear about the proposal?

**PL:** I was told in a phone call from the council's head of school organisation, Mr Colin Rusby, on the Friday afternoon before it was published. So that was Friday 28 February. I then had the weekend to think about how I would tell the staff on the Monday morning.

**TA:** How did the staff take it?

**PL:** There were tears. We have 19 staff altogether, seven of them teachers, and several have been here more than 15 years. Our caretaker, Mr Ellis, was a pupil here himself.

**TA:** The council says the roll has fallen by more than a third in five years. Is that fair?

**PL:** The numbers are the numbers. We had 142 children when I arrived and we have 87 now. I'm not going to pretend otherwise. But I'd say two things about why. The birth rate in the villages round here has dropped sharply. And the Millbrook Lane estate, 180 homes that we were told would bring young families, was never built. That's not something the school did.

**TA:** Some people have suggested the school's reputation played a part.

**PL:** I'd reject that completely. We were inspected in June 2023 and judged Good in every area. Last summer 71 per cent of our Year 6 children reached the expected standard in reading, writing and maths. That's ten points above the national figure. We are a small school, but we are not a failing school.

**TA:** What about the deficit?

**PL:** It's real and I won't hide from it. When your funding follows the child and you lose 55 children, you lose something like a third of a million pounds a year. You can't cut staff at that rate without cutting into what the children get. We've already not replaced a teaching assistant, and I teach Year 6 myself two days a week.

**TA:** Do you support the governors' federation plan?

**PL:** I do. I've met the head at Kestle Down, Mrs Sandra Whitlock, twice since the consultation began. Kestle Down is three miles the other way, and it's facing the same pressures on numbers that we are. Together we think we can make it work.

**TA:** Would you apply to lead a federation?

**PL:** That's a question for the governors, not me. My only concern is that there's still a school here.

**TA:** What worries you most about closure?

**PL:** The little ones. At the moment a four-year-old can walk to school holding their mum's hand. Under this plan they'd be on a bus for 20 minutes each way on the B4172. And I worry about our children with special needs, for whom a small school is a lifeline.

**TA:** What happens next?

**PL:** The consultation closes on the 11th of April. Cabinet decides on the 14th of May. Whatever happens, my job is to make sure the children here have the best year they can. They didn't ask for any of this.

**TA:** Is there anything you'd like to say to the council?

**PL:** Come and see us. Councillor Pettifer hasn't been inside the school since the proposal was published. I'd like him to meet the children before he votes on whether their school should exist.

---

*Interview ends 4.20pm.*
`;

/** h726: sources/council_press_release.md, whole. */
const HYGIENE_RELEASE = `# Kestleby District Council — Press Release

**For immediate release: Wednesday 8 November 2023**
**Ref: KDC/PR/2023/214**

## Kestleby restaurant operator fined £18,000 after mice found in kitchen

The company that runs a Lantern Row restaurant has been ordered to pay more than £24,800 after environmental health officers found evidence of mice and food being stored at unsafe temperatures.

Penhallow Hospitality Ltd, which trades as Saffron Mill Bistro at 18 Lantern Row, Kestleby, pleaded guilty at Kestleby Magistrates' Court today (Wednesday 8 November) to five offences under the Food Safety and Hygiene (England) Regulations 2013.

District Judge Helen Marwick fined the company £18,000 and ordered it to pay the council's costs of nearly £4,900, together with a victim surcharge of £2,000.

### What officers found

Officers from the council's food and safety team visited the 62-cover restaurant on the morning of Tuesday 14 March 2023, after a customer contacted the council to report seeing a mouse in the dining area during a meal on the evening of Saturday 11 March.

During the inspection officers found:

- around 50 mouse droppings in the dry goods store and under the serving pass;
- a sack of rice that had been gnawed through by rodents;
- a walk-in fridge operating at 11°C — food which needs to be kept chilled must be held at 8°C or below;
- the only wash hand basin in the kitchen obstructed by stacked crates, with no soap available;
- no written food safety management records kept since the start of January 2023;
- most kitchen staff had received no food hygiene training.

Almost 90kg of food was voluntarily surrendered by the business and destroyed.

The owner agreed to close the restaurant voluntarily on the day of the inspection. It reopened six days later, on Monday 20 March, after a professional pest treatment and deep clean were completed and officers were satisfied there was no longer an imminent risk to health.

The restaurant's food hygiene rating was reduced from 4 (Good) to 0 (Urgent improvement necessary). Following a requested re-inspection in September, the business now holds a rating of 5 (Very good).

The decision to prosecute was approved by the council's Licensing and Regulatory Committee, chaired by Cllr Nadia Forsythe, on Tuesday 18 July 2023 by seven votes to one.

### Comment

Cllr Gareth Ambley, the council's Cabinet Member for Communities and Public Protection, said:

"Residents have every right to expect that the food they eat when they go out has been prepared in a clean and safe kitchen. What our officers found at Saffron Mill Bistro fell far below that standard. This prosecution should send a clear message that we will not hesitate to take action where businesses put the public at risk."

Rhiannon Coyle, the council's Lead Environmental Health Officer (Food and Safety), said:

"Mice contaminate surfaces and food with urine and droppings and can spread diseases such as salmonella, so an infestation in a working kitchen is always serious. We would always rather work with businesses to put things right, and the vast majority do. In this case, the conditions were so poor that formal action was the only responsible course."

### Food safety in Kestleby

| Kestleby district food safety figures | 2021/22 | 2022/23 |
|---|---|---|
| Registered food businesses | 1,547 | 1,580 |
| Food hygiene inspections carried out | 1,006 | 1,142 |
| Businesses rated 3 or above | 91% | 93% |
| Businesses rated 0 | 11 | 9 |

This is the council's second food hygiene prosecution of 2023.

Residents can check the hygiene rating of any food business on the Food Standards Agency website. Concerns about a food business can be reported to the council's food and safety team by phone on 01632 960 418 or through the council website.

### Notes to editors

1. Penhallow Hospitality Ltd pleaded guilty to five offences: failing to implement adequate pest control procedures; failing to keep food at safe temperatures; failing to put in place procedures based on HACCP principles; failing to provide adequate handwashing facilities; and failing to ensure food handlers were trained in food hygiene.
2. The Food Hygiene Rating Scheme rates businesses from 0 (urgent improvement necessary) to 5 (very good).
3. Media enquiries: Kestleby District Council communications team, press@kestleby-dc.example.gov.uk.

ENDS
`;

/** h726: sources/court_note.txt, whole. */
const HYGIENE_COURT_NOTE = `COURT NOTE - KESTLEBY MAGISTRATES' COURT
Reporter: Tom Ashdown, Kestleby Courier
Date: Wednesday 8 November 2023
Court 2. Listed 10am, started 10.05am, sentence passed 12.20pm.

Bench: District Judge Helen Marwick
Prosecuting: Oliver Tansey, solicitor, Kestleby District Council legal services
Defending: Imogen Strettle, partner, Strettle & Vane Solicitors, Wenbury

Defendant: Penhallow Hospitality Ltd (t/a Saffron Mill Bistro), 18 Lantern Row, Kestleby.
Sole director Darius Penhallow, 51, of Orchard Vale, Wenbury, attended court on behalf of the company. He was not prosecuted personally.

PLEAS
Guilty pleas entered to all five charges at first hearing. Pleas entered at 10.12am.

PROSECUTION OPENING (Mr Tansey)
- Customer complaint: diner saw a mouse run along the skirting in the dining area around 8.30pm on Saturday 11 March 2023. Complaint made to council via online form on Monday 13 March.
- Unannounced inspection Tuesday 14 March 2023, officers arrived 10.40am. Inspection led by Rhiannon Coyle, lead environmental health officer, accompanied by environmental health officer Marcus Delaney.
- 47 mouse droppings counted in dry store and beneath the pass. A 10kg sack of basmati rice gnawed through at the base.
- Walk-in fridge air temperature 11.2C on the unit's display; confirmed by officers' probe. Cooked chicken thighs inside probed at 12.4C. Legal requirement: chilled food held at 8C or below.
- Only wash hand basin in the kitchen blocked by stacked vegetable crates; no soap, paper towels present.
- Food safety management (HACCP-based) diary: last entry 3 January 2023. No records at all after that date.
- 14 staff employed; only two held any food hygiene training certificate.
- 86kg of food voluntarily surrendered, value estimated at about £1,340.
- Voluntary closure from 14 March. Officers revisited and agreed reopening on Monday 20 March (six days closed). Follow-up inspection Thursday 23 March found "substantial improvement".
- Hygiene rating cut from 4 (last rated 4 at June 2021 inspection) to 0. Re-inspection Friday 15 September 2023 - rated 5.
- Company has no previous convictions. No previous formal enforcement.
- Mr Tansey: "This was not a single lapse on a bad day. The records show that the basic systems this business relied on had stopped working weeks before the inspection."

COSTS APPLICATION
Council costs: £4,870.50 (officer time, legal time, pest expert report). No objection from defence.

MITIGATION (Ms Strettle)
- Head chef left end of January 2023; records lapsed from then. Director "took his eye off the ball" while trying to recruit.
- Mice disturbed by building works at the vacant adjoining unit, 16 Lantern Row, which began in February 2023. "That explains the timing; it does not excuse it."
- Company has spent more than £38,000 since March: new walk-in chiller, proofing works, staff training, flooring.
- All staff now Level 2 trained. Pest contractor on monthly contract.
- Company turnover approx £1.4 million a year; modest profit; 14 staff kept on during closure.
- Mr Penhallow "deeply ashamed" and apologises to customers.

SENTENCING (DJ Marwick)
Guideline: food safety and hygiene offences, organisations.
Culpability: medium. Harm: category 2. Company treated as micro organisation (turnover under £2m).
Starting total before credit: £27,000. One-third reduction for guilty plea at first opportunity.

Judge's remarks (my shorthand, checked with clerk):
"I accept that this company did not set out to put its customers at risk, but the law does not require that it should. For a period of weeks, basic controls simply were not happening, and the company's director must bear responsibility for that."
"I give full credit for the early plea and for the very considerable efforts made since."

Fines per charge:

| Charge | Offence | Before credit | Fine |
|---|---|---|---|
| 1 | Failing to implement adequate pest control procedures | £9,000 | £6,000 |
| 2 | Failing to keep food at safe temperatures | £6,750 | £4,500 |
| 3 | Failing to put in place HACCP-based procedures | £4,500 | £3,000 |
| 4 | Failing to provide adequate handwashing facilities | £3,750 | £2,500 |
| 5 | Failing to train food handlers in food hygiene | £3,000 | £2,000 |
| | TOTAL | £27,000 | £18,000 |

Costs: £4,870.50 awarded in full.
Victim surcharge: £2,000.
TOTAL TO PAY: £24,870.50.
Time to pay: 56 days.

Mr Penhallow left court without comment. Ms Strettle said outside she would speak tomorrow - arranged phone call Thursday 2.15pm.
`;

/** h727: sources/committee_report.md, whole. */
const BUS_REPORT = `# Calderbury County Council

## Highways and Transport Committee – Thursday 20 March 2025

### Report HT/25/09: Withdrawal of commercial evening bus services by RoseLine

**Report of:** Helen Varga, Director of Environment and Transport
**Contact officer:** Simon Treloar, Head of Passenger Transport
**Divisions affected:** Stellbridge East; Stellbridge West; Harrowden; Kilnsey and Dunmore; Pelling and Oxley; Fordham

---

### 1. Purpose of the report

1.1 To inform the committee of the decision by Calder Rose Buses Ltd (trading as RoseLine) to withdraw 64 Monday to Saturday evening journeys a week on seven routes from Sunday 6 April 2025, and to seek a decision on whether the council should secure replacement services.

### 2. Recommendation

2.1 That the committee approves Option B (paragraph 6): that the council procures replacement Monday to Saturday evening journeys on routes 4 and 12 for a period of 12 months, starting on Monday 2 June 2025, at a cost not exceeding £412,000, to be met from the Bus Service Improvement Plan (BSIP) grant for 2025/26.

2.2 That the Director of Environment and Transport reports back to the committee on passenger numbers on the replacement services at its meeting in September 2025.

### 3. Background

3.1 RoseLine is the largest bus operator in the county, running 41 routes. Most of its network is run commercially: the operator sets the fares and timetables and receives no subsidy other than concessionary fare reimbursement. The council has no power to set or cap fares on commercial services.

3.2 On Monday 3 March 2025 RoseLine published a notice of fares increases averaging about 13 per cent and the withdrawal of evening journeys on routes 4, 7, 9, 12, 15, 19 and 22.

3.3 Many of these journeys were provided under the council's evening services contract (ref. HT-EV-2022), worth £286,000 a year, which expires on 31 March 2025. The contract was not renewed as part of the savings agreed by Full Council in setting the 2025/26 budget on Thursday 20 February 2025.

3.4 The council's budget for supported bus services in 2025/26 is £1.34 million, compared with £1.62 million in 2024/25, a reduction of £280,000.

### 4. Usage of the affected journeys

4.1 Officers carried out on-bus passenger counts on the affected journeys between Monday 4 November and Saturday 16 November 2024. The results are summarised below.

| Route | Journeys withdrawn per week | Passenger journeys per week | Average passengers per journey |
|---|---|---|---|
| 4 | 14 | 410 | 29.3 |
| 7 | 12 | 198 | 16.5 |
| 9 | 8 | 96 | 12.0 |
| 12 | 12 | 236 | 19.7 |
| 15 | 6 | 54 | 9.0 |
| 19 | 4 | 22 | 5.5 |
| 22 | 8 | 134 | 16.8 |
| **Total** | **64** | **1,150** | **18.0** |

4.2 Route 4 serves Harrowden General Hospital, and its evening journeys are used by hospital staff and visitors. It is the busiest of the affected routes. Route 19 is the least used.

4.3 A survey of 318 evening passengers carried out alongside the counts found that:

- 42 per cent were travelling to or from work;
- 27 per cent had no access to a car in their household;
- 11 per cent were travelling to or from a hospital appointment or visiting;
- 18 per cent held a concessionary pass.

### 5. Equality implications

5.1 The equality impact assessment (Appendix B) finds that withdrawal would have a disproportionate effect on shift workers, young people and disabled people, who are less likely to have access to a car.

### 6. Options

**Option A – No intervention.** Cost: nil. All 64 journeys would be lost from 6 April 2025.

**Option B – Replace evening journeys on routes 4 and 12 only.** 26 journeys per week, carrying 646 of the 1,150 weekly passenger journeys (56 per cent). Estimated cost: £412,000 a year.

**Option C – Replace evening journeys on all seven routes.** 64 journeys per week. Estimated cost: £968,000 a year.

6.1 The council's BSIP grant allocation for 2025/26 is £2.1 million, of which £530,000 is not yet committed. Option B can be met within that balance. Option C would exceed it by £438,000, which would have to be found from the council's general reserves.

6.2 A procurement exercise will take approximately ten weeks. The earliest realistic start date for replacement services is therefore Monday 2 June 2025. There would be a gap of eight weeks between the withdrawal of the commercial journeys and the start of replacement services, for which no mitigation is currently available.

### 7. Financial implications

7.1 Option B would commit £412,000 of the £530,000 uncommitted BSIP balance, leaving £118,000 for other schemes in 2025/26.

### 8. Legal implications

8.1 The council has a duty under section 63 of the Transport Act 1985 to secure such public passenger transport services as it considers appropriate to meet requirements which would not otherwise be met. Replacement services would be procured under the council's contract standing orders.

*Helen Varga, Director of Environment and Transport, 10 March 2025*
`;

/** h727: sources/committee_minutes.md, whole. */
const BUS_MINUTES = `# Calderbury County Council

## Minutes of the meeting of the Highways and Transport Committee

**Held on:** Thursday 20 March 2025 at 10.00am
**Venue:** Council Chamber, County Hall, Stellbridge

**Present:** Cllr Derek Ansty (Chairman), Cllr Priya Nandra (Vice-Chairman), Cllr Ruth Blythe, Cllr Sean Coyle, Cllr Alasdair Duthie, Cllr Tom Ferriby, Cllr Lorna Marsh, Cllr Joseph Okonjo, Cllr Hazel Pennock, Cllr Kieran Rafferty, Cllr Marta Szabo, Cllr William Tindall

**Officers:** Helen Varga (Director of Environment and Transport), Simon Treloar (Head of Passenger Transport), Fiona Kerr (Senior Lawyer), Daniel Pryor (Democratic Services Officer)

**Also in attendance:** Gareth Pryce (Managing Director, RoseLine)

---

### 31. Apologies

Apologies were received from Cllr Graham Hallam.

### 32. Declarations of interest

Cllr Coyle declared a non-pecuniary interest as a holder of a RoseLine weekly ticket.

### 33. Public speaking

Mrs Margaret Hollis, Chair of the Calderbury Bus Users' Forum, addressed the committee for three minutes. She said the forum had more than 600 members and that the withdrawal of evening journeys on route 4 would leave hospital staff finishing late shifts at Harrowden General Hospital without a way home. She urged the committee to fund all seven routes.

### 34. Withdrawal of commercial evening bus services by RoseLine (Report HT/25/09)

The Head of Passenger Transport introduced the report. He explained that the evening services contract expired on 31 March 2025 and had not been renewed as part of the budget savings agreed in February. He reminded members that the council had no power to set or cap fares on commercial services, and that the fares increase was a commercial decision for the operator.

In answer to questions, the Head of Passenger Transport said that a procurement exercise would take about ten weeks and that replacement services could not start before Monday 2 June 2025. He said that officers had asked RoseLine whether the commercial journeys could continue until then, but the operator had not been able to agree.

Mr Pryce, at the invitation of the Chairman, said the company had "looked at every option" before deciding to withdraw the journeys. He said RoseLine would consider deferring the withdrawal of the route 7 evening journeys if the council asked it to do so formally, but he could make no commitment on the other routes.

Cllr Okonjo said that the villages of Abbots Dunmore and Fordham Parva would be left without any bus after 7.30pm and that this was unacceptable.

Cllr Ferriby moved, and Cllr Okonjo seconded, an amendment that the committee approve Option C (replacement of evening journeys on all seven routes at an estimated cost of £968,000 a year, with £438,000 to be found from general reserves).

The Director of Environment and Transport advised that drawing on general reserves would take them below the minimum level set out in the council's medium-term financial strategy.

On being put to the vote, the amendment was LOST.

For: 4; Against: 7; Abstentions: 1.

Cllr Nandra moved, and Cllr Marsh seconded, the recommendation in the report (Option B).

On being put to the vote, the motion was CARRIED.

For: 8; Against: 3; Abstentions: 1.

**RESOLVED:**

(1) That the council procures replacement Monday to Saturday evening journeys on routes 4 and 12 for 12 months from Monday 2 June 2025, at a cost not exceeding £412,000, to be met from the Bus Service Improvement Plan grant for 2025/26.

(2) That the Director of Environment and Transport reports back to the committee at its meeting on Thursday 18 September 2025 on passenger numbers on the replacement services.

(3) That the Chairman writes to the Managing Director of RoseLine asking the company to defer the withdrawal of the route 7 evening journeys until Monday 2 June 2025.

### 35. Date of next meeting

Thursday 15 May 2025 at 10.00am.

The meeting closed at 12.14pm.

*Chairman*
`;

describe('dates of nouns, tallies, opposition, gerunds, modifiers, loose times, near bounds, campaign names, heads and later days, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"The 2022 business case assumed that vacancy would fall to 10 per cent by 2025" is the report\'s; "by 2026" is not', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/01_cabinet_report.md': ARCADE_REPORT }));
    const faithful = report('The 2022 business case assumed that vacancy would fall to 10 per cent by 2025 and that the arcade would make a surplus of £94,000 in 2024/25.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = report('The 2022 business case assumed that vacancy would fall to 10 per cent by 2026.');
    assert.notEqual(other.verdict, 'supported', why(other));
  });

  test('"The lights will be on from 4pm to 11pm" is not "our team will begin taking them down"; 10pm is caught', async () => {
    const lights = judgeWith(await workspaceIndex({ 'sources/brightwater_statement.txt': LIGHTS_STATEMENT }));
    const faithful = lights('The lights will be on from 4pm to 11pm each night until Tuesday 6 January.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = lights('The lights will be on from 4pm to 10pm each night until Tuesday 6 January.');
    assert.ok(other.conflicts.some((c) => c.claim === '10pm' && c.source === '11pm'), why(other));
  });

  test('"carried by six votes to four" is the minutes\' "For 6; Against 4", not "Bands 1–3"; "seven votes to three" is not supported', async () => {
    const minutes = judgeWith(await workspaceIndex({ 'sources/board_minutes_2024-09-12.md': PARKING_MINUTES }));
    const faithful = minutes('That phasing was added at the meeting through an amendment proposed by non-executive director Anil Chaudhry, which was carried by six votes to four.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = minutes('That phasing was added at the meeting through an amendment proposed by non-executive director Anil Chaudhry, which was carried by seven votes to three.');
    assert.notEqual(other.verdict, 'supported', why(other));
    assert.ok(!other.conflicts.some((c) => c.source.includes('1–3')), why(other));
  });

  test('"Under the plans" is not denied by staff who "said no to the plans"; £24 for £22 is caught', async () => {
    const union = judgeWith(
      await workspaceIndex({
        'sources/hcwu_press_release.html': UNION_RELEASE,
        'sources/board_paper_TB-24-087.md': PARKING_PAPER,
        'sources/board_minutes_2024-09-12.md': PARKING_MINUTES,
        'sources/interview_kerry-ann_dobbs.txt': NURSE_INTERVIEW,
      }),
    );
    const faithful = union('Under the plans, the monthly permit for staff in pay bands 4 and 5 will go up from £16 to £22.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = union('Under the plans, the monthly permit for staff in pay bands 4 and 5 will go up from £16 to £24.');
    assert.ok(other.conflicts.some((c) => c.claim === '£24'), why(other));
  });

  test('"recruiting and keeping healthcare assistants" is "the recruitment and retention of healthcare assistants"; 12.2 per cent is caught', async () => {
    const minutes = judgeWith(await workspaceIndex({ 'sources/board_minutes_2024-09-12.md': PARKING_MINUTES }));
    const faithful = minutes('Chief nurse Joanne Feltham raised concerns at the meeting about the effect on recruiting and keeping healthcare assistants, for whom the trust has a vacancy rate of 9.2 per cent.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = minutes('Chief nurse Joanne Feltham raised concerns at the meeting about the effect on recruiting and keeping healthcare assistants, for whom the trust has a vacancy rate of 12.2 per cent.');
    assert.ok(other.conflicts.some((c) => c.claim === '12.2 per cent'), why(other));
  });

  test('"said the first Valley Link bus of the day would get her to work" gives no words to Valley Link; a quote given to the union is caught', async () => {
    const files = { 'sources/interview_kerry-ann_dobbs.txt': NURSE_INTERVIEW, 'sources/hcwu_press_release.html': UNION_RELEASE };
    assert.deepEqual(await misattributions(files, 'She lives in Cleeve Marsh, 14 miles from the hospital, and said the first Valley Link bus of the day would get her to work after her 7.30am shift had started.'), []);
    const other = await misattributions(files, '"It\'s just not an option," said Colette Marwood.');
    assert.equal(other.length, 1, JSON.stringify(other));
  });

  test('"shortly before midday" is 11.40am; "shortly before 11am" is not', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/press_release.md': LIFEBOAT_RELEASE }));
    const faithful = release('The Harrier-class Edith Marrow sailed into the harbour shortly before midday on Saturday 11 October, escorted by the station\'s inshore lifeboat, Tern.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = release('The Harrier-class Edith Marrow sailed into the harbour shortly before 11am on Saturday 11 October, escorted by the station\'s inshore lifeboat, Tern.');
    assert.ok(other.conflicts.some((c) => c.claim === '11am'), why(other));
  });

  test('"launched 59 times" in a paragraph from the press release is the log\'s 59, inside "almost 60"; 69 is caught', async () => {
    const files = { 'sources/press_release.md': LIFEBOAT_RELEASE, 'sources/rescue_log_summary.md': LIFEBOAT_LOG, 'sources/interview_coxswain.txt': COXSWAIN_INTERVIEW };
    const paragraph = (n: number) =>
      `# Story\n\nBetween June and August, Wrenmouth's two lifeboats launched ${n} times and came to the aid of 94 people. That was 18 more launches than the previous summer record of 41, set in 2019. It was also more than half as many again as the 38 launches of summer 2024. Eleven of the people helped over the summer were judged to have been saved from loss of life. August alone accounted for 25 launches, more than June and July combined.\n`;
    const faithful = await checkAgainst(files, paragraph(59));
    assert.deepEqual(faithful.findings.filter((f) => f.severity === 'error').map((f) => f.message), []);
    const other = await checkAgainst(files, paragraph(69));
    assert.ok(other.findings.some((f) => f.code === 'contradicted-claim' && f.message.includes('69 times')), JSON.stringify(other.findings.map((f) => f.message)));
  });

  test('"Campaigners from Save Ashcombe Green School" are the campaign, not another name for the school; 1,420 signatures are caught', async () => {
    const campaign = judgeWith(await workspaceIndex({ 'sources/campaign_statement.txt': CAMPAIGN_STATEMENT }));
    const faithful = campaign('Campaigners from Save Ashcombe Green School handed a petition signed by 1,240 people to County Hall in Lanchester on Monday 7 April.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = campaign('Campaigners from Save Ashcombe Green School handed a petition signed by 1,420 people to County Hall in Lanchester on Monday 7 April.');
    assert.ok(other.conflicts.some((c) => c.claim === '1,420 people'), why(other));
  });

  test('"Kestle Down\'s headteacher, Mrs Sandra Whitlock" is "the head at Kestle Down"; her deputy is not', async () => {
    const head = judgeWith(await workspaceIndex({ 'sources/headteacher_interview.md': HEAD_INTERVIEW }));
    const faithful = head('She has met Kestle Down\'s headteacher, Mrs Sandra Whitlock, twice since the consultation began.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = head('She has met Kestle Down\'s deputy headteacher, Mrs Sandra Whitlock, twice since the consultation began.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });

  test('"inspected the restaurant three days later, on Tuesday 14 March" is not the reopening "six days later, on Monday 20 March"; Wednesday 15 March is caught', async () => {
    const council = judgeWith(await workspaceIndex({ 'sources/council_press_release.md': HYGIENE_RELEASE, 'sources/court_note.txt': HYGIENE_COURT_NOTE }));
    const faithful = council('Kestleby District Council\'s environmental health officers inspected the restaurant three days later, on Tuesday 14 March.');
    assert.notEqual(faithful.verdict, 'contradicted', why(faithful));
    const other = council('Kestleby District Council\'s environmental health officers inspected the restaurant three days later, on Wednesday 15 March.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });

  test('"replacing all seven routes would cost £968,000 a year" is Option C\'s, not the recommended routes 4 and 12; £986,000 is caught', async () => {
    const committee = judgeWith(await workspaceIndex({ 'sources/committee_report.md': BUS_REPORT, 'sources/committee_minutes.md': BUS_MINUTES }));
    const faithful = committee('Officers estimated that replacing all seven routes would cost £968,000 a year, well beyond the £530,000 left uncommitted in the council\'s Bus Service Improvement Plan grant.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = committee('Officers estimated that replacing all seven routes would cost £986,000 a year, well beyond the £530,000 left uncommitted in the council\'s Bus Service Improvement Plan grant.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });
});
