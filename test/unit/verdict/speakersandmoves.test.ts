/**
 * The forty-third round, third part: misses of the drafts written against 46ad8a6 and 787e23f (h436–h454: a housing
 * association's repairs, a brewery takeover, cancer waiting times, an illegal waste dumping case, a university
 * pensions strike, a home care provider's collapse, a village school merger, a regional airport's new route). A
 * quotation's speaker is the name before "said in the paper's covering note:"; a "he" after a clause of when ("When we
 * spoke on Monday he told me:") stands for the person named before; a row named in a copied sentence is no other row
 * ("Roofing repairs have the longest average wait" / "Kitchens and bathrooms have …"); a move's period may be in
 * another sentence; "£3.1 million, more than the £5.4 million" puts two figures the wrong way; "the four areas" is no
 * count of "the six remaining framework providers". The fixtures are the helpers' sources, whole; the people, bodies
 * and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

const AIRPORT_BRIEFING = `# Harwick District Council — Economy and Regeneration Committee

## Briefing paper: Route Development Fund support for the Harwick–Bergen service

**Meeting date:** Thursday 13 March 2025, 18:30, Council Chamber, Harwick Civic Centre
**Author:** Helen Marsh, Head of Economic Development
**Committee chair:** Councillor Rajesh Patel
**Status:** Public — for decision

### 1. Purpose

1.1 This paper asks the committee to approve a support package of £450,000 from the council's Route Development Fund for the new Harwick–Bergen service to be operated by Nordvik Air from 16 May 2025.

1.2 The council is the majority shareholder in Harwick Airport Ltd, holding 60% of its shares. Calder Infrastructure Partners holds the remaining 40%.

### 2. Background

2.1 Harwick Airport handled 612,400 passengers in 2024, an increase of 8.3% on 2023. This is the third consecutive year of growth following the pandemic.

2.2 The Route Development Fund was set up in 2022 with a budget of £1.2 million. It has so far supported one route, the Harwick–Dublin service operated by Celtic Link Airways since October 2023, which received £300,000. After the Bergen award, £450,000 would remain in the fund.

2.3 Officers have commissioned an independent assessment from Larchfield Economics. It estimates that the Bergen route will bring £3.2 million a year into the district's economy and support 42 jobs, most of them in hospitality and tourism.

### 3. Proposed support package

3.1 Support would be paid to Nordvik Air in three annual instalments, falling each year as the route is expected to become commercially self-sustaining.

| Year | Period | Payment |
|------|--------|---------|
| 1 | May 2025 – April 2026 | £200,000 |
| 2 | May 2026 – April 2027 | £150,000 |
| 3 | May 2027 – April 2028 | £100,000 |
| | **Total** | **£450,000** |

3.2 Each payment is conditional on the airline operating at least 95% of its scheduled flights in the preceding year.

3.3 If Nordvik Air withdraws the route within 24 months of the first flight, it must repay half of all support received.

3.4 Officers will report to the committee on the route's performance every six months, with the first report due in December 2025.

### 4. Risks

4.1 The main risk is that demand falls short of the forecast of 28,000 passengers in the first year. Larchfield Economics considers a load factor of 62% necessary for the route to break even without support.

4.2 Residents in Eastfold and Little Marden, the villages under the eastern approach, have raised concerns about early-morning departures. The airport has committed £250,000 to a noise insulation scheme for eligible homes.

### 5. Recommendation

5.1 That the committee approves the support package of £450,000 set out in section 3, subject to the conditions in paragraphs 3.2 and 3.3.

### 6. Comments

Helen Marsh, Head of Economic Development, said in the paper's covering note: "This is a modest, time-limited investment with clear safeguards. If the airline walks away early, the council gets money back."

Councillor Rajesh Patel, chair of the committee, said ahead of the meeting: "A direct link to Norway puts Harwick on the map for investors, but members will want to be sure that the public money is protected."

Councillor Fiona Grant, the Liberal Democrat spokesperson on the committee, has asked officers to report back on the noise insulation scheme before any second-year payment is made.
`;

const CANCER_BOARD_PAPER = `# Kestrel Valley Hospitals NHS Trust

## Board of Directors – Meeting in Public

**Date of meeting:** Thursday 6 March 2025
**Agenda item:** 9.2
**Paper title:** Cancer Waiting Times Performance and Recovery Plan (January 2025 data)
**Executive lead:** Dr Priya Raman, Medical Director
**Presented by:** Helen Carstairs, Chief Operating Officer
**Author:** Neil Okonjo, Head of Cancer Services
**Chair of the Board:** Geoffrey Lutton

---

### 1. Purpose

This paper updates the Board on the Trust's performance against the national cancer waiting times standards for January 2025, explains the main causes of the deterioration since October 2024, and asks the Board to approve a £2.4 million cancer recovery plan, of which £1.8 million has been offered by Northmere Integrated Care Board (ICB) and £600,000 will come from the Trust's own capital and revenue reserves.

### 2. Summary of performance (January 2025)

| Standard | National operational target (March 2025) | Trust performance, January 2025 | Trust performance, October 2024 |
|---|---|---|---|
| 28-day Faster Diagnosis Standard | 77% | 71.4% | 74.9% |
| 31-day decision to treat to first treatment | 96% | 89.6% | 92.1% |
| 62-day referral to first treatment | 70% | 62.1% | 66.8% |

The Trust has not met any of the three standards in any month since September 2024. Performance against the 62-day standard in January 2025 was the third lowest of the eleven trusts in the Midlands and East cancer alliance area.

### 3. 62-day performance by cancer type (January 2025)

| Tumour site | Target | Patients treated | Treated within 62 days | Breaches | Performance |
|---|---|---|---|---|---|
| Breast | 85% | 48 | 39 | 9 | 81.3% |
| Lung | 85% | 19 | 10 | 9 | 52.6% |
| Lower gastrointestinal (colorectal) | 85% | 36 | 15 | 21 | 41.7% |
| Urology (incl. prostate) | 85% | 40 | 19 | 21 | 47.5% |
| Skin | 85% | 27 | 24 | 3 | 88.9% |
| Gynaecology | 85% | 20 | 11 | 9 | 55.0% |
| Head and neck | 85% | 13 | 8 | 5 | 61.5% |
| **Total** | | **203** | **126** | **77** | **62.1%** |

Note: the 85% column is the long-standing constitutional standard for each tumour site; the national operational target for the Trust as a whole in March 2025 is 70%.

Skin was the only tumour site to meet the 85% standard in January. Lower gastrointestinal (colorectal) was the worst-performing site, with fewer than half of patients treated within 62 days.

### 4. Waiting list (backlog)

On Sunday 2 February 2025 the Trust had 312 patients on a suspected cancer pathway who had waited longer than 62 days, up from 241 on 27 October 2024. Of these, 47 had waited longer than 104 days. Each patient waiting more than 104 days is subject to a clinical harm review by the treating consultant.

### 5. Causes

5.1 **Endoscopy capacity.** The endoscopy unit at Ashby General Hospital was closed for eleven weeks after a burst water main flooded the unit on Monday 18 November 2024. Around 1,150 endoscopy procedures were postponed or moved to Fenby Community Hospital, which has one procedure room compared with four at Ashby General.

5.2 **Radiology workforce.** Nine of the Trust's 31 funded consultant radiologist posts are vacant. Reporting of CT scans for suspected cancer patients is currently taking a median of 9 days, against an internal target of 3 days.

5.3 **Demand.** Urgent suspected cancer referrals from GPs rose by 18% in the twelve months to January 2025 compared with the previous twelve months, to an average of 1,940 a month.

### 6. Recovery plan (£2.4 million)

| Measure | Cost | Start date |
|---|---|---|
| Mobile CT scanner at Ashby General Hospital (12-month lease) | £880,000 | Monday 7 April 2025 |
| Six additional weekend endoscopy lists per week | £640,000 | Saturday 15 March 2025 |
| Outsourced radiology reporting (overnight) | £410,000 | April 2025 |
| Two fixed-term consultant colorectal surgeons | £370,000 | May 2025 |
| Two cancer patient navigators | £100,000 | April 2025 |
| **Total** | **£2,400,000** | |

The plan aims to reduce the number of patients waiting longer than 62 days to below 150 by the end of September 2025 and to return 62-day performance to 70% by March 2026.

### 7. Comment from the executive lead

Dr Priya Raman, Medical Director, said in the paper: "We are not where our patients deserve us to be. Every breach on this table is a person and a family waiting longer than they should for news that can change their lives."

Helen Carstairs, Chief Operating Officer, added: "The flood in November took out our single biggest source of diagnostic capacity at exactly the wrong time. The recovery plan is designed to win that capacity back and then some."

### 8. Recommendation

The Board is asked to:

1. note the January 2025 performance set out above;
2. approve the £2.4 million cancer recovery plan, including the Trust's contribution of £600,000;
3. receive a further report at its meeting on Thursday 5 June 2025.

### 9. Board decision (minute extract)

The Board approved the recovery plan unanimously. Non-executive director Caroline Ashdown asked that future reports include the number of clinical harm reviews that had found moderate or severe harm; the Medical Director agreed. The Chair, Geoffrey Lutton, said: "This Board will be judged on whether those numbers come down, not on the quality of our plans."
`;

const MP_LETTER = `# Letter from Claire Ashdown MP

**Claire Ashdown MP**
Member of Parliament for Kellingford and Moor
House of Commons, London SW1A 0AA

Wednesday 19 March 2025

Helen Marsh-Okafor
Chief Executive
Castlemere Brewing Group plc
Dunmore Road, Dunmore

**By email and post**

Dear Ms Marsh-Okafor,

## Proposed closure of the Kellingford brewery

I am writing about Castlemere's proposal, announced on 3 March, to close the Kellingford brewery on Mill Street following your acquisition of Harland & Moss Brewers.

On Friday 14 March I met Brenda Collier, Branch Secretary of the Food and Drink Workers' Union at the brewery, and Mark Tennant, the union's Regional Organiser. They described a workforce that is shocked, angry and, above all, worried about how families will manage. The brewery has brewed on Mill Street since 1868, and it is woven into the life of this town.

Your announcement said the company would be "offering every one of them the chance to move with the beer". As one of your own employees put it to her union meeting last week, "it's not the beer that's got a mortgage." For most of the people affected, a move to Dunmore, 96 miles away, is simply not realistic.

Based on the figures your company has published and provided to the union, the effect on jobs across the enlarged group would be as follows:

| Site | Jobs now | Jobs after proposal | Change |
|---|---|---|---|
| Kellingford (brewery, taproom and depot) | 156 | 14 | -142 |
| Dunmore brewery | 410 | 448 | +38 |
| Ashby Cross brewery | 233 | 254 | +21 |
| Head office, Brackenfield | 95 | 95 | 0 |
| **Total** | **894** | **811** | **-83** |

The net loss of 83 jobs across the group falls entirely on my constituency. Unemployment in the Kellingford ward already stands at 5.8 per cent, compared with 4.4 per cent nationally.

I would therefore ask Castlemere to do four things:

1. **Extend the consultation period** from the statutory minimum of 45 days to 90 days, so that alternatives to closure can be properly examined.
2. **Publish the investment appraisal** for the Kellingford site, including the basis for the figure of more than £9 million quoted by your Chief Financial Officer, Daniel Rourke.
3. **Commit not to sell the 4.3-acre Mill Street site for housing for at least two years**, so that the community and any prospective brewer have a fair chance to bid for it.
4. **Improve the redundancy terms** beyond the three weeks' pay per year of service currently offered.

I should also tell you that the Leader of Kellingford Borough Council, Councillor Peter Dunwoody, has offered to discuss business rate relief worth up to £250,000 over three years if it would help keep brewing on the site. When we spoke on Monday he told me: "We will put whatever we can on the table to keep brewing in this town."

I would be grateful for a reply by Friday 4 April 2025, and I would welcome a meeting with you and Fiona Threlkeld before the consultation ends.

Yours sincerely,

Claire Ashdown
Member of Parliament for Kellingford and Moor

cc: Fiona Threlkeld, Managing Director, Regional Brands, Castlemere Brewing Group
cc: Brenda Collier, Branch Secretary, FDWU Kellingford Brewery Branch
cc: Cllr Peter Dunwoody, Leader, Kellingford Borough Council
`;

const REPAIRS_PAPER = `# Harbourside Homes — Board Paper HB/25/07

**Meeting:** Board of Harbourside Homes
**Date of meeting:** Tuesday 11 February 2025
**Agenda item:** 7 — Repairs performance and 2025/26 rent setting
**Author:** Martin Pell, Director of Property Services
**Sponsor:** Diane Okafor, Chief Executive
**Finance review:** Sunita Rao, Director of Finance
**Status:** For decision

## 1. Purpose

1.1 This paper asks the Board to approve a rent increase of 2.7% for 2025/26 and a repairs recovery plan costing £3.2 million, and to note the current repairs backlog.

1.2 Harbourside Homes owns and manages 6,400 homes across Kelmouth and the Wrenford valley. Around 14,000 people live in our homes.

## 2. The repairs backlog

2.1 At 31 January 2025 there were 4,312 outstanding repair orders. A year earlier, at 31 January 2024, there were 2,958. The backlog has therefore grown by 1,354 orders, or 45.8%, in twelve months.

2.2 The breakdown by category is set out below.

| Category                 | Open orders (31 Jan 2025) | Average days outstanding | Orders open more than 90 days |
|--------------------------|---------------------------|--------------------------|-------------------------------|
| Damp and mould           | 1,126                     | 94                       | 518                           |
| Plumbing and heating     | 948                       | 41                       | 122                           |
| Kitchens and bathrooms   | 748                       | 156                      | 431                           |
| Windows and doors        | 687                       | 73                       | 209                           |
| Roofing                  | 412                       | 127                      | 236                           |
| Electrical               | 391                       | 22                       | 37                            |
| **Total**                | **4,312**                 | **79**                   | **1,553**                     |

2.3 Damp and mould is the largest single category, with 1,126 open orders. Kitchens and bathrooms have the longest average wait, at 156 days.

2.4 Emergency repairs completed within 24 hours fell to 88% in the quarter to December 2024, against a target of 98%. In the same quarter of 2023 the figure was 95%.

2.5 The main causes of the backlog are:

- the loss of 9 in-house operatives during 2024, of whom 6 were not replaced;
- poor performance by our main contractor, Castlegate Maintenance Ltd, which completed 61% of orders within target time in 2024 against a contractual requirement of 85%;
- a 38% rise in damp and mould reports following the wet autumn of 2024.

2.6 The contract with Castlegate Maintenance Ltd expires on Monday 30 June 2025. Officers recommend that it is not renewed.

## 3. Repairs recovery plan

3.1 The recovery plan would cost £3.2 million in 2025/26. Its main elements are:

- recruiting 14 additional in-house operatives (£0.9 million);
- appointing a second repairs contractor through a framework call-off (£1.6 million);
- a dedicated damp and mould team of six surveyors and operatives (£0.5 million);
- a new repairs reporting system and tenant text alerts (£0.2 million).

3.2 The target is to halve the backlog, to about 2,150 open orders, by Tuesday 30 September 2025, and to restore emergency performance to 98% by the same date.

3.3 Martin Pell, Director of Property Services, said in his covering note: "We have let tenants down on repairs. This plan is about getting people into homes that are warm, dry and safe, and doing it this year, not next."

## 4. Rent setting for 2025/26

4.1 The Government's rent standard allows social rents to rise by up to CPI plus 1%, which for 2025/26 means a maximum increase of 2.7%.

4.2 Officers recommend the full 2.7% increase. The average weekly rent would rise from £112.40 to £115.43, an increase of £3.03 a week.

4.3 The increase would take effect from Monday 7 April 2025. Tenants must receive at least one month's written notice; letters will be sent by Friday 28 February 2025.

4.4 The increase is expected to raise about £1.0 million in additional rental income in 2025/26. The remaining £2.2 million of the recovery plan would be funded from reserves, reducing them from £11.6 million to £9.4 million.

4.5 Sunita Rao, Director of Finance, commented: "A lower increase would leave a permanent hole in the business plan. Every 0.5% we forgo is roughly £190,000 a year that we do not get back."

4.6 About 71% of our tenants receive Universal Credit or Housing Benefit, which would cover all or part of the increase.

## 5. Recommendations

5.1 The Board is asked to:

(a) approve a rent increase of 2.7% from 7 April 2025;
(b) approve the repairs recovery plan at a cost of £3.2 million;
(c) agree not to renew the Castlegate Maintenance Ltd contract;
(d) note the repairs backlog of 4,312 orders.

## 6. Decision (minute added after the meeting)

6.1 The Board approved recommendations (a) to (d). Board chair Geoffrey Lannon asked for a monthly backlog report to every Board meeting until the target is met. One board member, tenant representative Carol Ashdown, voted against recommendation (a).
`;

const SCHOOLS_CONSULTATION = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Consultation: Proposed amalgamation of St Bride's CE Primary School and Ashcombe CE Primary School</title>
</head>
<body>
<header>
<p>Diocese of Wessford Board of Education</p>
<h1>Public consultation on the proposed amalgamation of St Bride's Church of England Primary School, Little Hatherley, and Ashcombe Church of England Primary School</h1>
<p>Published Monday 3 March 2025. The consultation closes at 5pm on Friday 11 April 2025.</p>
</header>

<section>
<h2>1. Introduction</h2>
<p>The Diocese of Wessford Board of Education, working with Northmoor County Council as the local authority, is consulting on a proposal to bring together St Bride's Church of England Primary School in Little Hatherley and Ashcombe Church of England Primary School into a single school. The amalgamated school would open on Tuesday 1 September 2026 and would teach all of its pupils on the Ashcombe site in Mill Lane, Ashcombe.</p>
<p>Under the proposal, the St Bride's building on Church Street, Little Hatherley, would cease to be used for teaching at the end of the summer term 2026. The diocese has not yet made any decision about the future use of the building, which is held in trust.</p>
<p>The Revd Canon Margaret Ellison, Director of Education for the Diocese of Wessford, said: "Nobody comes into this work wanting to see a village school leave its village. But we owe the children of Little Hatherley a school that can stand on its own feet, and on its present roll St Bride's cannot."</p>
</section>

<section>
<h2>2. Why a change is being proposed</h2>
<p>St Bride's has 47 pupils on roll this term in a building with capacity for 105, meaning that 55 per cent of its places are empty. Its roll has fallen by 32 per cent in five years, from 69 pupils in October 2020. Forecasts prepared by Northmoor County Council suggest that the roll will fall to about 41 pupils by October 2027, largely because the number of births in the Hatherley planning area dropped from 24 in 2019 to 15 in 2023.</p>
<p>Because school funding follows pupil numbers, St Bride's now spends more than it receives. The school recorded an in-year deficit of £31,500 in 2024-25 and, on current projections, its cumulative deficit would reach £86,000 by the end of 2026-27. The school currently teaches its pupils in three mixed-age classes, one of which combines Years 3, 4 and 5.</p>
<p>Ashcombe CE Primary School, 3.4 miles away, has 168 pupils on roll and a capacity of 210. It was judged Good by Ofsted in June 2023. St Bride's was also judged Good at its most recent inspection, in November 2022.</p>

<table>
<caption>Table 1: The two schools at a glance (October 2024 census)</caption>
<thead>
<tr><th></th><th>St Bride's CE Primary</th><th>Ashcombe CE Primary</th></tr>
</thead>
<tbody>
<tr><td>Pupils on roll</td><td>47</td><td>168</td></tr>
<tr><td>Capacity</td><td>105</td><td>210</td></tr>
<tr><td>Number of classes</td><td>3</td><td>7</td></tr>
<tr><td>Teaching staff (full-time equivalent)</td><td>3.6</td><td>9.4</td></tr>
<tr><td>Last Ofsted judgement</td><td>Good (November 2022)</td><td>Good (June 2023)</td></tr>
<tr><td>Budget position 2024-25</td><td>In-year deficit of £31,500</td><td>In-year surplus of £18,200</td></tr>
</tbody>
</table>
</section>

<section>
<h2>3. Options considered</h2>
<p>The Board of Education considered four options before deciding to consult on option D.</p>
<table>
<caption>Table 2: Options considered</caption>
<thead>
<tr><th>Option</th><th>Description</th><th>Assessment</th></tr>
</thead>
<tbody>
<tr><td>A</td><td>No change</td><td>Not sustainable; deficit continues to grow</td></tr>
<tr><td>B</td><td>Federation under one governing body, both sites kept open</td><td>Tried informally since 2023; savings of about £9,000 a year, not enough to close the gap</td></tr>
<tr><td>C</td><td>Closure of St Bride's with pupils dispersed to several schools</td><td>Rejected; would break up friendship groups and Christian ethos</td></tr>
<tr><td>D</td><td>Amalgamation onto the Ashcombe site</td><td>Preferred option</td></tr>
</tbody>
</table>
</section>

<section>
<h2>4. What would happen to pupils and staff</h2>
<p>Every pupil at St Bride's would be guaranteed a place at the amalgamated school. Northmoor County Council has confirmed that it would provide free home-to-school transport for pupils from Little Hatherley, because the journey to Ashcombe exceeds the statutory walking distance of two miles for children under eight. The bus journey is expected to take about 12 minutes.</p>
<p>Mr David Okafor, headteacher of Ashcombe CE Primary School, would become headteacher of the amalgamated school. Staff at St Bride's would be consulted separately, and the diocese expects that most teaching and support posts would transfer to the new school. Mrs Sarah Penrose, acting headteacher of St Bride's, would be offered the post of deputy headteacher.</p>
<p>Northmoor County Council has set aside £420,000 of capital funding to build two additional classrooms and a new hall extension at Ashcombe before September 2026.</p>
<p>Councillor Helen Marsh, Cabinet Member for Children's Services at Northmoor County Council, said: "We have made sure the money is there so that no child from Little Hatherley arrives at Ashcombe to find there is no room for them."</p>
</section>

<section>
<h2>5. Timetable</h2>
<table>
<caption>Table 3: Proposed timetable</caption>
<thead>
<tr><th>Date</th><th>Stage</th></tr>
</thead>
<tbody>
<tr><td>Monday 3 March 2025</td><td>Consultation opens</td></tr>
<tr><td>Thursday 13 March 2025</td><td>Public meeting for parents, Little Hatherley Village Hall, 7pm</td></tr>
<tr><td>Friday 11 April 2025</td><td>Consultation closes at 5pm</td></tr>
<tr><td>Tuesday 20 May 2025</td><td>Board of Education considers responses</td></tr>
<tr><td>Wednesday 16 July 2025</td><td>Northmoor County Council Cabinet makes final decision</td></tr>
<tr><td>Tuesday 1 September 2026</td><td>Amalgamated school opens</td></tr>
</tbody>
</table>
</section>

<section>
<h2>6. How to respond</h2>
<p>Responses can be made online, by email to schools.consultation@wessforddiocese.example, or on paper forms available from both school offices. All responses will be published in summary, without names, in the report to the Board of Education.</p>
</section>
</body>
</html>
`;

const ENFORCEMENT_REPORT = `# Ashcombe District Council

## Communities Scrutiny Committee - Monday 4 March 2024

### Agenda item 6: Fly-tipping enforcement update, April 2023 to January 2024

**Report author:** Priya Natarajan, Environmental Enforcement Manager
**Cabinet member:** Cllr Tom Whitlow, Cabinet Member for Environment and Waste
**Status:** Public

---

### 1. Purpose

1.1 This report updates the committee on fly-tipping in the district for the first ten months of 2023/24 and on a joint investigation with the Environment Agency into Barnard Site Services Ltd, an Ashcombe skip-hire and clearance firm.

### 2. Headline figures

2.1 The council received 1,630 reports of fly-tipping between April 2023 and January 2024, compared with 1,412 in the same ten months of 2022/23, an increase of 15.4 per cent.

2.2 Officers issued 94 fixed penalty notices for fly-tipping and related offences, up from 61 in the same period last year (an increase of 54 per cent).

2.3 The cost of clearing fly-tipped waste from public land rose to £212,400, from £176,900, an increase of 20.1 per cent.

2.4 Nine cases were brought before the courts in the period, resulting in eight convictions.

### 3. Barnard Site Services Ltd investigation

3.1 Between July and October 2023 officers investigated a series of fly-tips of construction and household waste around Little Ashby and Stow Common. Footage from a deployable CCTV camera on Pell's Lane on Wednesday 2 August 2023 showed a white tipper lorry registered to Barnard Site Services Ltd depositing rubble and bagged waste.

3.2 Officers linked seven incidents to the company, summarised below.

| Ref | Date | Day | Location | Waste | Volume (m³) | Clearance cost |
|---|---|---|---|---|---|---|
| FT-2307-114 | 18 July 2023 | Tuesday | Pell's Lane, Little Ashby | Plasterboard, timber | 6 | £780 |
| FT-2308-021 | 2 August 2023 | Wednesday | Pell's Lane lay-by | Rubble, bagged household waste | 8 | £1,040 |
| FT-2308-077 | 15 August 2023 | Tuesday | Stow Common car park | 11 mattresses, plastics | 5 | £690 |
| FT-2309-009 | 4 September 2023 | Monday | Carrow Lane verge | Timber, insulation | 4 | £520 |
| FT-2309-052 | 21 September 2023 | Thursday | Ashby Brook bridleway | Plasterboard, tiles | 7 | £1,150 |
| FT-2310-018 | 6 October 2023 | Friday | Kiln Road lay-by | Mixed construction waste | 9 | £1,260 |
| FT-2310-040 | 12 October 2023 | Thursday | Stow Common car park | Bagged household waste, carpet | 5 | £700 |
| **Total** | | | | | **44** | **£6,140** |

3.3 Under the joint working agreement signed with the Environment Agency in January 2023, the council passed this evidence to the Agency, which was already investigating an unpermitted waste site operated by the company at Hollins Farm, Carrow Lane. The council will seek compensation of £6,140 when the case is sentenced at Ashcombe Magistrates' Court on 14 March 2024.

3.4 Priya Natarajan, Environmental Enforcement Manager, said: "Seven fly-tips, one lorry, one operator. This case shows what patient evidence-gathering and good partnership working can achieve."

### 4. Comment from the Cabinet Member

4.1 Cllr Tom Whitlow said: "Every pound we spend clearing someone else's rubbish is a pound we cannot spend on parks, libraries or potholes. We will keep pursuing the people responsible."

### 5. Recommendations

5.1 That the committee notes the increase in fly-tipping reports and enforcement activity.

5.2 That the committee supports the purchase of four additional deployable CCTV cameras at £3,200 each (£12,800 in total).

5.3 That the committee supports a fixed-term enforcement officer post for 12 months at a cost of £38,500, funded from the environmental enforcement reserve.

### 6. Background papers

Joint working agreement between Ashcombe District Council and the Environment Agency (January 2023).
`;

const PENSIONS_STATEMENT = `# Northmoor University – Statement on industrial action and the Retirement Plan

**Issued by:** Office of the Vice-Chancellor, Northmoor University
**Date:** Friday 28 March 2025

## Summary

The ten days of strike action called by the Academic and Related Staff Union (ARSU) ended on Tuesday 25 March 2025. This statement sets out the impact on teaching, the steps the university is taking to support students, and the current position in negotiations over the Northmoor University Retirement Plan (NURP).

Following talks held under the auspices of the Higher Education Mediation Service (HEMS) on Monday 17 March and Thursday 27 March, the university and the ARSU branch committee have agreed the terms of a revised proposal. ARSU has suspended its marking and assessment boycott while its members are balloted on the revised proposal. That ballot closes on Friday 11 April 2025.

## Impact on teaching

The table below records, for each strike day, the number of academic staff who notified the university that they had taken part in action and the number of scheduled teaching hours that did not take place.

| Strike day | Date | Staff on strike | Teaching hours missed |
|---|---|---|---|
| 1 | Monday 3 March | 612 | 2,140 |
| 2 | Tuesday 4 March | 598 | 2,310 |
| 3 | Wednesday 5 March | 575 | 1,960 |
| 4 | Thursday 6 March | 561 | 2,050 |
| 5 | Friday 7 March | 540 | 1,420 |
| 6 | Tuesday 18 March | 530 | 2,080 |
| 7 | Wednesday 19 March | 515 | 1,870 |
| 8 | Thursday 20 March | 502 | 1,790 |
| 9 | Monday 24 March | 488 | 1,650 |
| 10 | Tuesday 25 March | 471 | 1,730 |
| **Total** | | | **19,000** |

Participation was highest on the first day, when 612 staff – about 31 per cent of the university's 1,980 academic staff – took action. It fell on every subsequent strike day, to 471 on the final day.

Of the 19,000 teaching hours lost, 11,200 (59 per cent) have already been rescheduled or replaced with recorded material. The remainder will be covered by revision sessions before the start of the summer examination period on Monday 12 May. No summer examination will be cancelled or postponed.

## Pay deductions and student support

In line with university policy, staff who took strike action have had 100 per cent of their pay deducted for each strike day. Deductions across the ten days total £1.9 million. The university will transfer £400,000 of that sum to the Student Hardship Fund, which students affected by the disruption can apply to from Tuesday 1 April.

Professor Anil Mehta, Pro-Vice-Chancellor for Education, said: "Our absolute priority is that no student graduates this summer with a gap in their learning. Every module leader has been asked to confirm a catch-up plan by Friday 4 April."

## The revised proposal

The revised proposal differs from the original plan published on 9 December 2024 in three main ways:

1. The defined-benefit section of NURP will remain open for salary up to £45,000 a year. Salary above that level will build up benefits in the defined-contribution section.
2. The employer contribution will be 17 per cent of salary, rather than the 12 per cent originally proposed. The current rate is 19.5 per cent.
3. Member contributions will rise from 8 per cent to 8.5 per cent.

The changes would take effect on 1 August 2025, as originally planned. The university estimates that the revised proposal will reduce its annual pension costs by £3.1 million, compared with £5.4 million under the original plan. The university's total annual employer contribution to NURP is currently £31.6 million.

The vice-chancellor, Professor Richard Aldane, said: "This has been a difficult month for everyone at Northmoor. I am grateful to the ARSU negotiators for the constructive way in which they have approached the talks, and I hope the revised proposal offers a fair and sustainable future for the scheme."

He added: "We have listened, and we have moved a long way."

## Further information

Questions from students should be sent to the Student Hub. Media enquiries should be directed to Claire Osei, Director of Communications.
`;

const CARE_DECISION = `# Westbridge Borough Council

## Urgent Officer Decision Notice

**Decision reference:** ADS/2025/017
**Title:** Emergency arrangements for home care following the administration of Meadowcare Home Services Ltd
**Decision taken by:** Dr Helen Ashworth, Director of Adult Social Services
**In consultation with:** Cllr Martin Oduya, Cabinet Member for Adult Social Care
**Date of decision:** Tuesday 4 March 2025
**Key decision:** Yes
**Call-in:** Waived under Rule 16 (urgency), with the agreement of Cllr Janet Whitlock, Chair of the Health and Adult Social Care Scrutiny Committee

---

### 1. Background

1.1 Meadowcare Home Services Ltd ("Meadowcare") is the largest commissioned provider of home care (domiciliary care) in the borough. It has held a framework contract with the council since April 2019.

1.2 On the afternoon of Monday 3 March 2025 the directors of Meadowcare appointed Graham Pollard and Sunita Rao of Fenwick Thorne LLP as joint administrators. The council was informed by telephone at 4.15pm the same day.

1.3 Council officers had already been monitoring the provider closely. Over the weekend of Saturday 1 and Sunday 2 March, 61 scheduled visits to council-funded clients were missed or cut short, after care workers reported that their February wages, due on Friday 28 February, had not been paid.

1.4 At the date of administration Meadowcare was delivering care to 412 people funded by Westbridge Borough Council, amounting to 9,860 hours of care each week.

### 2. Clients and hours by area

| Area | Clients | Weekly hours | Interim arrangement |
|---|---|---|---|
| North Westbridge | 138 | 3,310 | Council in-house service |
| Eastfield | 96 | 2,240 | Harbourside Care Group |
| Millbrook | 104 | 2,630 | Council in-house service |
| Southgate | 74 | 1,680 | Harbourside Care Group |
| **Total** | **412** | **9,860** | |

2.1 In total, 242 clients (5,940 weekly hours) will be supported by the council's in-house Westbridge Home Care and Reablement Service, and 170 clients (3,920 weekly hours) by Harbourside Care Group under an interim spot-purchase arrangement.

### 3. Decision

3.1 To take over, with effect from 8am on Wednesday 5 March 2025, the delivery of care to Meadowcare clients in North Westbridge and Millbrook through the council's in-house service.

3.2 To commission Harbourside Care Group to deliver care in Eastfield and Southgate for an initial period of 12 weeks, at an hourly rate of £23.10.

3.3 To offer employment to Meadowcare care workers in North Westbridge and Millbrook on council terms, and to seek the transfer of care workers in Eastfield and Southgate to Harbourside Care Group.

3.4 To approve expenditure of up to £1.2 million from the Adult Social Care Contingency Reserve to fund these arrangements for an initial period of 12 weeks, ending on Tuesday 27 May 2025.

3.5 To advance up to £400,000 of that sum to the administrators so that unpaid February wages can be paid to care workers, the advance to be recovered from the administration.

### 4. Reasons for the decision

4.1 The council has a statutory duty under the Care Act 2014 to meet the eligible needs of the affected clients when a provider fails. Without intervention, officers assess that a significant number of clients, including 58 people who need two carers for each visit, would be at immediate risk.

4.2 The administrators have advised that Meadowcare cannot continue trading beyond Friday 7 March 2025.

4.3 Meadowcare was paid £21.40 an hour under the framework contract. The council's in-house service will pay transferred care workers £12.60 an hour, compared with the £12.21 paid by Meadowcare, plus mileage at 45p a mile.

### 5. Alternative options considered

5.1 Asking other framework providers to absorb all clients. Rejected: the six remaining framework providers together reported spare capacity of only 1,100 hours a week.

5.2 Direct payments to all clients. Rejected as not deliverable within the timescale.

### 6. Statement

Cllr Martin Oduya, Cabinet Member for Adult Social Care, said: "No one who relies on a carer to get out of bed in the morning should pay the price for a company's failure. We have acted within hours, and every client will keep their care."

Dr Helen Ashworth said: "Our priority is continuity. Wherever we can, people will see the same faces at their door."

### 7. Financial implications

7.1 The estimated gross cost for 12 weeks is £1.18 million, within the £1.2 million approved. The contingency reserve stood at £3.1 million on 1 March 2025.

**Signed:** Dr Helen Ashworth, Director of Adult Social Services
**Date published:** Tuesday 4 March 2025
`;

const CARE_INTERVIEWS = `WESTBRIDGE COURIER - INTERVIEW TRANSCRIPTS
Date: Thursday 6 March 2025
Reporter: Laura Kemp
Recorded by phone and in person. Lightly cleaned for fillers.

========================================
PART 1 - Dr Helen Ashworth, Director of Adult Social Services, Westbridge Borough Council
Phone, 10.05am
========================================

LAURA KEMP: Dr Ashworth, thanks for making time. Where do things stand this morning?

HELEN ASHWORTH: Since eight o'clock yesterday morning, our in-house team has been running every visit in North Westbridge and Millbrook. Harbourside picked up Eastfield and Southgate at the same time. As of last night, we had not missed a single visit since the changeover.

LAURA KEMP: How many of the Meadowcare carers have come across to you?

HELEN ASHWORTH: So far 131 care workers have accepted our offer of employment. We need about 150 to cover those two areas properly, so we are still short, and for now our own reablement staff and some office-based social workers are filling gaps.

LAURA KEMP: The weekend before the collapse, visits were missed. Was anyone harmed?

HELEN ASHWORTH: There were 61 missed or shortened visits that weekend. Our teams phoned every one of those clients on the Monday. Two people were admitted to hospital, but in both cases the clinical view is that it was not linked to the missed visits. I won't pretend that weekend was acceptable. It was not.

LAURA KEMP: Did the council see this coming? Meadowcare was your biggest provider.

HELEN ASHWORTH: We had concerns from the autumn. In November they asked us for an uplift in their hourly rate, from £21.40 to £24.50. We offered £22.30 from April. They told us in January that would not be enough. We put them on enhanced monitoring in January, and we had a contingency plan. What we did not know was that the bank was about to pull their overdraft.

LAURA KEMP: Will clients pay more?

HELEN ASHWORTH: No. Nobody's assessed contribution changes because of this. That is a firm commitment.

LAURA KEMP: And after the twelve weeks?

HELEN ASHWORTH: Cabinet will get a report on the 20th of May on whether we keep the North Westbridge and Millbrook work in-house permanently. My honest view is that the market in this borough is fragile, and we need more of our own capacity. But that is a decision for members.

========================================
PART 2 - Priya Nandakumar, care worker (formerly Meadowcare, Millbrook)
In person, Millbrook Community Centre, 2.30pm
========================================

LAURA KEMP: How long were you with Meadowcare?

PRIYA NANDAKUMAR: Six years in June. I started as a bank worker and I did mostly double-up calls in Millbrook.

LAURA KEMP: When did you realise something was wrong?

PRIYA NANDAKUMAR: Friday the 28th, payday. Nothing came in. Our coordinator, Tomasz Wojcik, rang round saying it was a bank glitch. He believed it too, I think. By Saturday half the team was saying they could not afford petrol to get to calls.

LAURA KEMP: Did you work that weekend?

PRIYA NANDAKUMAR: I did. I used my credit card for fuel. I had eleven calls on the Saturday. I couldn't leave Mrs Hartley without anyone, she's ninety-one. But I know some people just couldn't do it, and I don't blame them.

LAURA KEMP: You've now signed with the council. Why?

PRIYA NANDAKUMAR: Forty pence more an hour, and they pay mileage properly. But really it's because I keep my same clients. That matters to them more than anything.

LAURA KEMP: Have you been paid for February?

PRIYA NANDAKUMAR: Not yet. The administrators have told us it will be in our accounts by tomorrow. I'll believe it when I see it.

LAURA KEMP: Anything you want people to know?

PRIYA NANDAKUMAR: That we didn't walk out on anyone. The company walked out on us.

[END OF TRANSCRIPTS]
`;

describe('the forty-third round: speakers, rows, moves and counts, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a quotation\'s speaker is the name before "said in the paper\'s covering note:"', async () => {
    assert.deepEqual(await misattributions({ 'sources/council_briefing.md': AIRPORT_BRIEFING }, "\"This is a modest, time-limited investment with clear safeguards,\" said Councillor Rajesh Patel, who chairs the committee."), ['These words were said by Helen Marsh, not Councillor Rajesh Patel']);
    assert.deepEqual(await misattributions({ 'sources/council_briefing.md': AIRPORT_BRIEFING }, '"This is a modest, time-limited investment with clear safeguards," said Helen Marsh, head of economic development.'), []);
    assert.deepEqual(await misattributions({ 'sources/board_paper_cancer_performance.md': CANCER_BOARD_PAPER }, "Helen Carstairs, the chief operating officer, said: \"We are not where our patients deserve us to be.\""), ['These words were said by Dr Priya Raman, not Helen Carstairs']);
  });

  test('a "he" after a clause of when stands for the person named before', async () => {
    const letter = { 'sources/ashdown_letter_2025-03-19.md': MP_LETTER };
    assert.deepEqual(await misattributions(letter, "\"We will put whatever we can on the table to keep brewing in this town,\" said Ms Ashdown."), ['These words were said by Councillor Peter Dunwoody, not Ms Ashdown']);
    assert.deepEqual(await misattributions(letter, '"We will put whatever we can on the table to keep brewing in this town," said Councillor Peter Dunwoody.'), []);
  });

  test('a row a copied sentence names is no row the claim names', async () => {
    const repairs = judgeWith(await workspaceIndex({ 'sources/board_paper_repairs.md': REPAIRS_PAPER }));
    const roofing = repairs("Roofing repairs have the longest average wait, at 156 days.");
    assert.equal(roofing.verdict, 'contradicted', why(roofing));
    const kitchens = repairs('Kitchens and bathrooms have the longest average wait, at 156 days.');
    assert.notEqual(kitchens.verdict, 'contradicted', why(kitchens));
    // (Not where the sentence names the claim's row too: "47 pupils on roll … with capacity for 105".)
    const schools = judgeWith(await workspaceIndex({ 'sources/diocese_consultation.html': SCHOOLS_CONSULTATION }));
    for (const text of ["St Bride's has 47 pupils on roll in a building built for 105, which means more than half of its places are empty.", "Ashcombe, which has 168 pupils and room for 210, was rated Good by Ofsted in June 2023."]) {
      const r = schools(text);
      assert.notEqual(r.verdict, 'contradicted', why(r));
    }
  });

  test('a move\'s period in another sentence; two figures compared the wrong way after a comma', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/council_enforcement_report.md': ENFORCEMENT_REPORT }));
    const fell = report("The council's figures show fly-tipping fixed penalty notices fell to 61 in the ten months to January, from 94 a year earlier.");
    assert.equal(fell.verdict, 'contradicted', why(fell));
    const rose = report("The council's figures show fly-tipping fixed penalty notices rose to 94 in the ten months to January, from 61 a year earlier.");
    assert.notEqual(rose.verdict, 'contradicted', why(rose));
    const pensions = judgeWith(await workspaceIndex({ 'sources/university_statement.md': PENSIONS_STATEMENT }));
    const more = pensions("The university estimates the revised deal will cut its annual pension costs by £3.1 million, more than the £5.4 million saving under its original plan.");
    assert.equal(more.verdict, 'contradicted', why(more));
    const less = pensions('The university estimates the revised deal will cut its annual pension costs by £3.1 million, less than the £5.4 million saving under its original plan.');
    assert.notEqual(less.verdict, 'contradicted', why(less));
  });

  test('a measure accounts for its own measure, not for a count beside it', async () => {
    // (An invented police statement: "two years ago" is no account of "two handmade wedding bands".)
    const police = judgeWith(await workspaceIndex({ 'sources/police_statement.txt': 'Police in Kelmouth have listed nine stolen items taken from the house on Tuesday. They included a diamond wedding ring and two handmade wedding bands Mr Osei gave his wife when they renewed their vows two years ago.' }));
    const fifteen = police('They included a diamond wedding ring and fifteen handmade wedding bands Mr Osei gave his wife when they renewed their vows two years ago.');
    assert.equal(fifteen.verdict, 'contradicted', why(fifteen));
    assert.deepEqual(fifteen.conflicts.map((c) => [c.claim, c.source]), [['fifteen', 'two']]);
    const two = police('They included a diamond wedding ring and two handmade wedding bands Mr Osei gave his wife when they renewed their vows two years ago.');
    assert.notEqual(two.verdict, 'contradicted', why(two));
  });

  test('a count of other things is no rival', async () => {
    const notice = judgeWith(await workspaceIndex({ 'sources/decision_notice_ADS-2025-017.md': CARE_DECISION, 'sources/interviews_2025-03-06.txt': CARE_INTERVIEWS }));
    const areas = notice('Together the four areas account for 9,860 hours of care a week.');
    assert.notEqual(areas.verdict, 'contradicted', why(areas));
    const providers = notice('Rejected: the four remaining framework providers together reported spare capacity of only 1,100 hours a week.');
    assert.equal(providers.verdict, 'contradicted', why(providers));
  });
});
