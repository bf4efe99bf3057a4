/**
 * The forty-first round, first part: the drafts written against 99aefb5 (h368–h373: a winter crisis of cancelled
 * operations, a bin contract strike, course closures, a hosepipe ban, an airport route subsidy, a cyclist's inquest)
 * and rankings from older drafts. A word of size in an apposition ranks the column of size; "of the four" is the
 * count ranked, not a figure, and a table of more rows ranks more than the claim does; a meeting paper is dated by
 * its meeting; "has not been … since" is "was last … in"; a writer's "more than twice the peak of 71"; a question of
 * why takes its premise as given; "nearly five times" is not "nearly four times"; "about 650,000" is not "around
 * 620,000"; the next item of a list in the sentence after ("then urology with 167"); a post, then "and a" description
 * ("the union's regional organiser and a driver at the Fenwick Road depot"); a report's "I told the family" is the
 * words of the author its opening names ("I am Helen Brierley, Senior Coroner …"); an answer that opens "I was not"
 * denies what its question asked. The fixtures are the helpers'
 * sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TARNWELL_ANNOUNCEMENT } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

const INQUIRY = `# University of Northmere: Report of the Research Misconduct Inquiry Panel

## Concerning publications from the laboratory of Professor Adrian Kessler, Department of Biochemistry

Reference: RIP-2023-04
Date of report: Friday 21 February 2025
Version: Public (personal data redacted)

### 1. Summary

1.1 The Panel was convened by the Pro-Vice-Chancellor for Research, Professor David Achterberg, on Monday 3 July 2023, following a formal allegation received on Tuesday 9 May 2023 from Dr Priya Ramanathan, a former postdoctoral research associate in the laboratory of Professor Adrian Kessler, Chair of Molecular Oncology.

1.2 The Panel examined 14 papers published between 2014 and 2022 on which Professor Kessler was the senior or corresponding author. It concludes, on the balance of probabilities, that research misconduct in the form of falsification of image data occurred in 5 of those papers, and that Professor Kessler bears personal responsibility for it.

1.3 Four of the five papers had already been retracted by their journals between June 2022 and January 2024. The Panel recommends that the fifth, published in the Journal of Cellular Signalling in 2021, be retracted. Three further papers contain errors that the Panel attributes to careless record keeping rather than misconduct, and these should be corrected. The remaining 6 papers raised no concerns.

1.4 The Panel's chair, Professor Helen Marsh, said in presenting the report: "This was not a case of a few untidy figures. The pattern of duplication was sustained over seven years, and it was concentrated in the results that mattered most to the papers' conclusions."

### 2. Membership of the Panel

| Member | Post | Role on Panel |
|---|---|---|
| Professor Helen Marsh | Emeritus Professor of Statistics, Westfield University | Chair (external) |
| Dr Tomasz Wilk | Senior Lecturer in Cell Biology, University of Northmere | Member |
| Dr Ruth Okafor | Image-forensics specialist, Calder Scientific Services | Member (external) |
| Fiona Adeyemi | Retired magistrate | Lay member |

Secretary to the Panel: Mark Ellery, Research Governance Manager, University of Northmere.

### 3. Conduct of the inquiry

3.1 The Panel held 11 days of hearings between October 2023 and September 2024 and interviewed 19 people, including Professor Kessler (on three occasions), 9 current or former members of his laboratory, and the former Head of the Department of Biochemistry, Professor Graham Holt.

3.2 The image analysis was led by Dr Okafor. Her team examined 212 figure panels from the 14 papers. Of these, 37 panels (17.5%) showed duplication, splicing or manipulation that could not be explained by legitimate image processing. All 37 were in the 5 papers listed as "Misconduct" in Section 4.

3.3 The inquiry took 19 months from convening to the final report, longer than the 12 months recommended in the University's procedure. The delay was caused chiefly by the time needed to recover raw data from archived laboratory computers. The total external cost of the inquiry was £186,400.

### 4. Findings on individual papers

| Paper (year) | Journal | Panels examined | Panels of concern | Finding | Status |
|---|---|---|---|---|---|
| Kessler et al. (2015) | Oncogene Letters | 24 | 9 | Misconduct | Retracted June 2022 |
| Kessler et al. (2017) | Cell Growth & Repair | 18 | 7 | Misconduct | Retracted March 2023 |
| Lindqvist, Kessler et al. (2018) | Journal of Tumour Biology | 20 | 6 | Misconduct | Retracted October 2023 |
| Kessler et al. (2019) | Molecular Oncology Reports | 16 | 11 | Misconduct | Retracted January 2024 |
| Ng, Kessler et al. (2021) | Journal of Cellular Signalling | 14 | 4 | Misconduct | Retraction recommended |
| Three further papers (2014-2020) | various | 52 | 0 (labelling errors only) | Honest error | Correction recommended |
| Six further papers (2014-2022) | various | 68 | 0 | No concerns | None |

4.1 The most serious case was the 2019 paper in Molecular Oncology Reports, in which 11 of 16 panels, more than two thirds, were of concern. The 2021 paper had the fewest panels of concern of the five, with 4.

### 5. Professor Kessler's response

5.1 Professor Kessler accepted that the images were duplicated but denied deliberately falsifying data. He told the Panel that the errors arose from poor file management by a former laboratory manager and that he "never once asked anyone to make a result look better than it was".

5.2 The Panel did not accept this explanation. Metadata recovered from the archived computers showed that 23 of the 37 manipulated panels were last edited under Professor Kessler's own user account.

5.3 The Panel found no evidence that any of the 11 co-authors who were junior researchers at the time took part in the falsification.

### 6. The handling of earlier concerns

6.1 Dr Ramanathan first raised concerns informally with Professor Holt, then Head of Department, in November 2019. No record was made and no action was taken. Professor Holt told the Panel he had judged the concerns to be "a disagreement about figure preparation between colleagues". The Panel considers that the University missed an opportunity to act three and a half years before the formal allegation.

6.2 The Panel is satisfied that Dr Ramanathan acted in good faith throughout.

### 7. Recommendations

The Panel makes 8 recommendations. The principal ones are:

1. The 2021 Journal of Cellular Signalling paper should be retracted, and the University should write to the journals concerned about the three papers needing correction.
2. All figures in manuscripts from the Faculty of Life Sciences should be screened with image-integrity software before submission, starting no later than the 2025-26 academic year.
3. Raw data should be kept for at least 10 years after publication, up from the current 5 years.
4. Informal concerns about research integrity raised with any Head of Department should be logged with the Research Governance Office within 10 working days.
5. The University should inform the National Biomedical Research Council (NBRC), which funded part of the work, of these findings.

Signed: Professor Helen Marsh, Chair of the Panel, 21 February 2025
`;

const LIBRARIES = `# Ashworth Borough Council — Cabinet Report

**Meeting:** Cabinet, Tuesday 15 October 2024
**Report title:** Library Service Review: Outcome of Consultation and Recommendations
**Report author:** Helen Okafor, Head of Libraries and Cultural Services
**Portfolio holder:** Councillor Priya Raman, Cabinet Member for Communities and Culture
**Published:** Monday 7 October 2024
**Key decision:** Yes
**Wards affected:** Millbrook, Kestrel, Hollins Green

## 1. Purpose of the report

1.1 This report sets out the results of the public consultation on the future of the borough's library service, which ran for twelve weeks from Monday 4 March 2024 to Sunday 26 May 2024, and asks Cabinet to approve the closure of three branch libraries: Millbrook Library, Kestrel Lane Library and Hollins Green Library.

1.2 The council faces a projected budget gap of £14.2 million for 2025/26. The Medium Term Financial Strategy agreed by Full Council in February 2024 requires the Communities and Culture directorate to find savings of £1.1 million over two years.

## 2. Recommendations

2.1 That Cabinet approves the closure of Millbrook Library, Kestrel Lane Library and Hollins Green Library with effect from Friday 31 January 2025.

2.2 That Cabinet approves the introduction of a mobile library service visiting each of the three affected areas once a week for three hours.

2.3 That Cabinet delegates authority to the Director of Place, Simon Achebe, to consider proposals for community-managed libraries in the three buildings, with expressions of interest to be received by Monday 3 February 2025.

## 3. Usage and cost of branch libraries

3.1 Visits to the borough's libraries have fallen since 2019/20. Visits to the three branches proposed for closure fell by an average of 41% over that period, compared with a fall of 18% at Ashworth Central Library.

3.2 The table below sets out visits and running costs for 2023/24.

| Library | Visits 2019/20 | Visits 2023/24 | Annual running cost | Cost per visit | Opening hours per week |
|---|---|---|---|---|---|
| Ashworth Central | 502,400 | 412,000 | £1,240,000 | £3.01 | 56 |
| Westfield | 118,200 | 96,500 | £231,000 | £2.39 | 40 |
| Millbrook | 61,900 | 38,400 | £186,000 | £4.84 | 30 |
| Kestrel Lane | 50,300 | 29,700 | £162,000 | £5.45 | 24 |
| Hollins Green | 37,400 | 21,300 | £148,000 | £6.95 | 24 |

3.3 Hollins Green Library has the lowest number of visits and the highest cost per visit of any library in the borough.

3.4 The combined running cost of the three branches is £496,000 a year. After allowing for the cost of the mobile library service (£61,000 a year) and building security and maintenance while the premises are vacant (£23,000 a year), the net annual saving is estimated at £412,000.

3.5 One-off costs, including redundancy payments, are estimated at £138,000.

## 4. Consultation

4.1 The consultation received 4,318 responses, of which 3,902 were made online and 416 on paper forms. Officers also held nine drop-in sessions, attended by 611 people.

4.2 Overall, 64% of respondents disagreed with the proposal to close the three branches, 27% agreed and 9% neither agreed nor disagreed.

4.3 Opposition was strongest in Millbrook, where 71% of respondents who identified as Millbrook Library users opposed closure.

4.4 A petition organised by the campaign group Save Ashworth Libraries, bearing 6,250 signatures, was presented to Full Council on Wednesday 10 July 2024.

4.5 The most common concerns raised were: loss of access for older people (cited by 58% of those who opposed), loss of free internet access (44%), and loss of children's activities such as Rhyme Time (39%).

## 5. Staffing

5.1 The proposals affect 14.5 full-time equivalent posts. Officers expect that 6 staff will be redeployed to other libraries and that up to 9 posts will be made redundant. Consultation with Unison, the recognised trade union, began on Monday 22 July 2024.

## 6. Equality impact

6.1 The Equality Impact Assessment identifies a negative impact on older residents and on disabled people, particularly in Hollins Green, where the nearest alternative library (Westfield) is 3.2 miles away. The mobile library and the Home Library Service, which delivers books to 212 housebound residents, are proposed as mitigations.

## 7. Officer comment

7.1 Helen Okafor, Head of Libraries and Cultural Services, said in the report's foreword: "No one enters library services to close libraries. But keeping five buildings open on a budget designed for three would mean cutting hours everywhere, and that would hurt every reader in the borough."

7.2 Simon Achebe, Director of Place, added: "We have listened carefully to the consultation, and that is why the community-managed option remains on the table."

## 8. Background papers

- Library Service Review consultation document, March 2024
- Equality Impact Assessment, September 2024
`;

const BUS_NOTICE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Greystone Buses – Changes to rural services in Marlshire</title>
</head>
<body>
<header>
<p><strong>Greystone Buses Ltd</strong> · Marlbury Depot, Station Road, Marlbury</p>
<p>Customer notice · Published Monday 3 March 2025</p>
</header>

<h1>Changes to rural services in Marlshire</h1>

<p>Greystone Buses Ltd will withdraw five rural routes in Marlshire this spring. The last day of operation for routes 41, 42 and 71 will be Saturday 26 April 2025. Route 57, which runs on weekdays only, will make its final journeys on Friday 25 April 2025. Route 63 will continue until Friday 30 May 2025 so that students at Kingsford College can travel to and from their summer examinations.</p>

<p>We informed Marlshire County Council of our decision on Friday 14 February 2025, and the formal registration changes have now been submitted to the Traffic Commissioner.</p>

<h2>Why we are making these changes</h2>

<p>Together the five routes lost £640,000 in the last financial year. Passenger numbers on the five routes are still 31 per cent below their 2019 level, while our operating costs, mainly fuel, insurance and drivers' wages, have risen by 18 per cent in two years. Holders of Marlshire concessionary passes make 58 per cent of the journeys on these routes, and the reimbursement we receive for those journeys does not cover the cost of carrying them.</p>

<p>Claire Hebden, Managing Director of Greystone Buses, said: "We have held on to these routes for as long as we responsibly could. Every one of them now loses money on every journey, and no commercial operator can keep doing that."</p>

<p>She added: "We have told the county council we are ready to run any of these routes under contract if funding can be found."</p>

<h2>Routes affected</h2>

<table border="1">
<thead>
<tr><th>Route</th><th>Between</th><th>Current frequency</th><th>Average passengers per weekday</th><th>Last day of operation</th></tr>
</thead>
<tbody>
<tr><td>41</td><td>Fenwick Cross – Marlbury</td><td>Hourly, Monday to Saturday</td><td>212</td><td>Saturday 26 April 2025</td></tr>
<tr><td>42</td><td>Upper Fenwick – Marlbury via Holt End</td><td>Every two hours, Monday to Saturday</td><td>96</td><td>Saturday 26 April 2025</td></tr>
<tr><td>57</td><td>Saltley Green – Ashcombe</td><td>Four journeys a day, Monday to Friday</td><td>38</td><td>Friday 25 April 2025</td></tr>
<tr><td>63</td><td>Ashcombe – Kingsford College</td><td>Every 90 minutes, Monday to Friday</td><td>174</td><td>Friday 30 May 2025</td></tr>
<tr><td>71</td><td>Marlbury – Brackenholt</td><td>Three journeys a day, Tuesday, Thursday and Saturday</td><td>22</td><td>Saturday 26 April 2025</td></tr>
</tbody>
</table>

<h2>Our staff</h2>

<p>Fourteen drivers currently work on the five routes. All 14 have been offered redeployment at our Marlbury depot, and no compulsory redundancies are planned.</p>

<h2>Tickets and passes</h2>

<p>Weekly and monthly tickets bought for these routes that are valid beyond the last day of operation can be refunded in full at the Marlbury travel shop or by post. Concessionary passes remain valid on all other Greystone services.</p>

<p>Questions about these changes can be sent to our customer services team, which is open from 8am to 6pm, Monday to Friday.</p>

<footer>
<p>Greystone Buses Ltd is registered in England. Operator licence PD1048273.</p>
</footer>
</body>
</html>
`;

const BIN_CABINET = `# Harbridge Borough Council — Cabinet Report

**Meeting:** Cabinet, Thursday 14 November 2024, 6.30pm, Council Chamber, Harbridge Civic Centre
**Agenda item:** 7
**Title:** Refuse and Recycling Collection Contract — Service Disruption and Contract Performance
**Report of:** Paul Renshaw, Director of Environment and Neighbourhoods
**Cabinet Member:** Councillor Tariq Hussain, Cabinet Member for Environment and Climate
**Key decision:** Yes
**Wards affected:** All

## 1. Purpose of the report

1.1 This report updates Cabinet on the disruption to household waste and recycling collections caused by industrial action at Greyfield Environmental Services Ltd ("Greyfield"), the council's contractor, and on the contractual dispute between the council and Greyfield over performance deductions.

1.2 Cabinet is asked to approve the recommendations in section 8, including the release of up to £410,000 from the contingency reserve to fund emergency collection arrangements.

## 2. Background

2.1 Greyfield has delivered refuse, recycling and garden waste collections in Harbridge since 1 April 2019 under a ten-year contract worth approximately £6.2 million a year. The contract was awarded following a competitive tender in 2018 and runs until 31 March 2029, with an option to extend by up to five years.

2.2 Greyfield employs 214 staff on the Harbridge contract, including 148 drivers and loaders based at the Fenwick Road depot.

2.3 On Monday 28 October 2024 members of the National Union of Municipal and General Workers (NUMGW) employed by Greyfield began an all-out strike after rejecting a pay offer of 4.5%. The union is seeking an increase of 9% and the restoration of sick pay arrangements that were changed in 2022. The strike was initially announced for three weeks.

2.4 The council is not the employer of the striking workers and is not a party to the pay negotiations. However, under clause 22 of the contract Greyfield remains responsible for maintaining the service, and the council may apply financial deductions where collections are missed.

## 3. Impact on collections

3.1 In the first two weeks of the strike (28 October to 8 November 2024) the council recorded 31,460 missed collections across the borough, against a normal figure of around 350 missed collections in a typical fortnight. Residual (black bin) waste has been prioritised; recycling and garden waste collections have been suspended.

3.2 The table below shows missed collections by ward for the two-week period.

| Ward | Households | Missed collections (28 Oct–8 Nov) | % of scheduled collections missed |
|---|---|---|---|
| Abbey Fields | 6,840 | 5,920 | 43% |
| Castlegate | 5,210 | 6,110 | 59% |
| Fenwick | 4,950 | 3,870 | 39% |
| Millbrook | 7,120 | 7,480 | 53% |
| St Anne's | 5,630 | 4,260 | 38% |
| Westmoor | 6,380 | 3,820 | 30% |
| **Total** | **36,130** | **31,460** | **44%** |

3.3 Millbrook ward recorded the highest number of missed collections, while Castlegate recorded the highest proportion. Officers attribute the Castlegate figure to its terraced streets and communal bin stores, which require crews with local knowledge.

3.4 Complaints to the council's contact centre rose from 412 in October 2023 to 2,947 in the first two weeks of the strike. Environmental health officers have received 63 reports of rats or vermin linked to uncollected waste.

## 4. The contractual dispute

4.1 Under Schedule 6 of the contract the council may deduct £25 for each missed collection not rectified within 48 hours. On this basis the council has calculated deductions of £786,500 for the period 28 October to 8 November.

4.2 Greyfield disputes the deductions. In a letter dated Tuesday 5 November 2024, Greyfield's managing director, Simon Lyle, argued that the strike is a "force majeure event beyond the reasonable control of the contractor" and that no deductions should apply.

4.3 The council's legal advice, from the Head of Legal Services, Amanda Krol, is that industrial action by the contractor's own workforce is expressly excluded from the definition of force majeure in clause 31.4 of the contract. Ms Krol advises that the council's position is "strong but not certain" and that the dispute may need to go to adjudication.

4.4 Councillor Hussain said: "Residents pay for a service and they are not getting it. We will not hand over public money for bins that have not been emptied, and we expect Greyfield to get round the table with its workforce."

## 5. Emergency arrangements

5.1 Since Saturday 2 November the council has operated four temporary drop-off points for residual waste, at Abbey Fields Leisure Centre, Millbrook Park car park, Westmoor Community Hall and the Castlegate multi-storey car park. Each site is open from 8am to 4pm, seven days a week.

5.2 The council has also hired 12 refuse collection vehicles and agency crews from Northline Hire Ltd at a cost of £38,500 a week. These crews are prioritising households on the assisted collection list, of which there are 1,135 in the borough.

5.3 The estimated cost of emergency arrangements over six weeks is £410,000, including staffing, vehicle hire, security at drop-off points and additional pest control.

## 6. Financial implications

6.1 The emergency costs will be met initially from the contingency reserve, which stood at £2.3 million on 1 November 2024. The council will seek to recover these costs from Greyfield under clause 24 of the contract.

## 7. Options considered

7.1 Terminating the contract was considered and rejected at this stage. Officers estimate that bringing the service in house would take at least nine months and cost around £3.1 million in one-off set-up costs.

## 8. Recommendations

8.1 Cabinet is recommended to:

(a) note the disruption to collections and the actions taken;
(b) approve the release of up to £410,000 from the contingency reserve for emergency arrangements;
(c) authorise the Director of Environment and Neighbourhoods, in consultation with the Head of Legal Services, to pursue the deductions of £786,500 and, if necessary, to refer the dispute to adjudication;
(d) request a further report to the Cabinet meeting on 12 December 2024.

**Contact officer:** Paul Renshaw, Director of Environment and Neighbourhoods
`;

const AIRPORT_MINUTES = `# Northmoor District Council — Economy and Place Scrutiny Committee

**Minutes of the meeting held on Tuesday 12 March 2024 at 6.30pm, Council Chamber, Castle Street, Harlowby**

**Present:** Councillor Margaret Oyelaran (Chair), Councillor Dev Pattinson (Vice-Chair), Councillor Fiona Hale, Councillor Arun Bakshi, Councillor Peter Lowther, Councillor Siân Rudd, Councillor Colin Amery, Councillor Janet Whitcombe, Councillor Tariq Mahmood, Councillor Elaine Forster, Councillor Rob Tennant.

**Officers in attendance:** Gareth Lund (Director of Finance), Claire Osei (Head of Economic Development), Martin Fell (Democratic Services Officer).

**Also in attendance:** Helen Achterberg (Airport Director, Harlowby Airport Ltd); Rosalind Pike (Chair, Harlowby Skies Watch), speaking under the public participation scheme.

---

## 1. Apologies and declarations of interest

There were no apologies. Councillor Peter Lowther declared a non-pecuniary interest as a member of the Harlowby Airport Consultative Committee and remained in the meeting.

## 2. Harlowby Airport runway resurfacing — proposed capital grant (Report ECP/24/07)

The Head of Economic Development introduced the report. Harlowby Airport Ltd, which is 100% owned by the Council, had asked for a capital grant of £3.2 million towards the resurfacing of the airport's single runway. The total cost of the scheme was estimated at £4.1 million, with the company funding the remaining £900,000 from its own reserves. The runway, which is 1,420 metres long, was last fully resurfaced in 1998.

Ms Osei said the works would take 11 weeks and would be carried out at night between 10pm and 6am, so that daytime flights would not be interrupted. Subject to approval, work would begin in September 2024.

The Director of Finance explained that the grant would be funded by prudential borrowing over 25 years. The annual cost to the Council's revenue budget would be approximately £198,000. He told members: "This is not free money. Every pound of that £198,000 a year is a pound we cannot spend elsewhere, and members should be clear-eyed about that."

The Airport Director told the committee that the Civil Aviation Authority had identified surface deterioration during its last inspection in October 2023. If the runway were not resurfaced by the end of 2025, the airport could face restrictions on the weight of aircraft it could accept. She said: "Without this runway, there is no airport. It really is as simple as that."

She reported that passenger numbers had recovered strongly since the pandemic, as shown in the table below, and that the new Skerrin Air service to Belfast City, announced on Monday 11 March, would help the airport reach its target of 180,000 passengers a year by 2027.

**Table 1: Harlowby Airport terminal passengers, 2019–2023 (source: Harlowby Airport Ltd)**

| Year | Terminal passengers | Change on previous year |
|------|--------------------:|------------------------:|
| 2019 | 148,200 | +3.1% |
| 2020 | 41,300 | −72.1% |
| 2021 | 63,900 | +54.7% |
| 2022 | 112,400 | +75.9% |
| 2023 | 131,700 | +17.2% |

Ms Achterberg added that the airport directly employed 212 people and that a further 340 jobs in the district depended on it, according to a 2022 study by consultants Varley Economics.

## 3. Public participation

Rosalind Pike, Chair of Harlowby Skies Watch, addressed the committee for five minutes. She said the group's petition against the grant had gathered 2,340 signatures. She argued that the £3.2 million equated to about £55 for every one of the district's 58,000 households, and that the Council was "propping up a loss-making airport while closing two libraries." She noted that the airport had made an operating loss of £1.3 million in 2022/23.

She also raised concerns about night-time noise during the resurfacing works and asked that residents in Eastfield and Low Moor be offered temporary double glazing or hotel accommodation.

## 4. Questions from members

Councillor Pattinson asked whether the airline had committed to the route for a fixed period. Ms Achterberg said Skerrin Air had signed a three-year agreement, with a break clause after 18 months.

Councillor Hale asked why passenger numbers in 2023 remained below the 2019 level. Ms Achterberg said the loss of a twice-daily Amsterdam service in 2020 had not yet been replaced.

Councillor Rudd asked whether other funding sources had been explored. The Director of Finance said a bid to the Government's Regional Airports Connectivity Fund had been unsuccessful in January 2024.

Councillor Mahmood asked about the night works. Ms Osei said a noise mitigation plan would be published before work began and that the contractor would be limited to 45 nights of the noisiest operations.

## 5. Resolution

Following debate, the Chair moved that the committee recommend the grant to Cabinet, subject to a condition that Harlowby Airport Ltd publish quarterly passenger and financial figures. On a vote, the motion was carried by 7 votes to 4. Councillors Hale, Rudd, Mahmood and Tennant voted against.

**RESOLVED:** That Cabinet be recommended to approve a capital grant of £3.2 million to Harlowby Airport Ltd for runway resurfacing, subject to the quarterly reporting condition set out above. The report will be considered by Cabinet on Tuesday 26 March 2024.

The meeting closed at 8.52pm.

*Minutes taken by Martin Fell, Democratic Services Officer.*
`;

const WINTER_PAPER = `# Northmoor Valley Hospitals NHS Foundation Trust

## Board of Directors – Meeting in Public

**Date:** Thursday 6 February 2025, 10:00  
**Venue:** Boardroom, Kingsbridge General Hospital  
**Agenda item:** 7  
**Title:** Winter Pressures and Elective Recovery Report  
**Report of:** Priya Raman, Chief Operating Officer  
**Executive sponsor:** Dr Helen Marsh, Chief Executive  
**Purpose:** For assurance and decision

---

### 1. Executive summary

Between 1 December 2024 and 31 January 2025 the trust cancelled 1,214 planned (elective) operations across its two acute sites, Kingsbridge General Hospital and St Aldhelm's Hospital in Ravensford. Of these, 482 were cancelled on the day of surgery, in most cases after the patient had arrived at hospital.

This is the highest two-month total of cancellations since the trust was formed by merger in 2016. January 2025 was the worst single month on record, with 662 operations cancelled.

In presenting this report, the Chief Operating Officer wishes to record the following: "The pressure this winter did not come from one source; it came from flu, norovirus and a hospital that could not discharge patients who were well enough to go home."

### 2. Cancelled elective operations by month

| Month | Operations planned | Cancelled on the day | Cancelled before the day | Total cancelled | % of planned | Not rebooked within 28 days |
|---|---|---|---|---|---|---|
| October 2024 | 4,120 | 96 | 142 | 238 | 5.8% | 21 |
| November 2024 | 4,050 | 131 | 187 | 318 | 7.9% | 34 |
| December 2024 | 3,480 | 214 | 338 | 552 | 15.9% | 77 |
| January 2025 | 3,910 | 268 | 394 | 662 | 16.9% | 96 |

Notes:

- "Cancelled on the day" means cancelled for non-clinical reasons on the day of surgery, including after admission.
- The NHS standard requires that a patient whose operation is cancelled on the day for non-clinical reasons is offered another date within 28 days. In January, 96 patients were not rebooked within 28 days, a breach of the standard.

By specialty, trauma and orthopaedics was the most affected, with 391 of the 1,214 cancellations (32%) in December and January. General surgery followed with 244 cancellations, then urology with 167 and ophthalmology with 139.

### 3. Causes of pressure

- **Bed occupancy** averaged 97.4% in January, against a safe operating level of 92%. Occupancy peaked at 99.2% on Monday 6 January 2025.
- **Influenza:** the number of inpatients with confirmed flu peaked at 164 on Thursday 2 January, compared with a peak of 71 last winter.
- **Norovirus:** an outbreak closed three wards at St Aldhelm's Hospital for a combined total of 19 days in December.
- **Delayed discharges:** an average of 142 medically fit patients per day remained in our beds in January, up from 118 in November. Around 60% of these patients were awaiting social care packages or care home placements arranged by Northmoor County Council.
- **Staff sickness** reached 6.8% in January, against a planned level of 4.9%.

### 4. Financial impact

Additional winter spending reached £3.7 million, made up as follows:

| Item | Cost |
|---|---|
| Agency and bank staff | £1.9 million |
| Outsourced operations at Fernlea Private Hospital, Ravensford (310 procedures, mainly hip, knee and cataract) | £1.2 million |
| Opening of escalation beds | £0.6 million |
| **Total** | **£3.7 million** |

### 5. Waiting list position

At the end of January 2025 there were 58,300 patients on the trust's waiting list, up from 56,900 at the end of November 2024. Of these, 1,940 had been waiting more than 52 weeks.

### 6. Recommendations

The Board is asked to:

a) note the contents of this report;

b) approve the business case for a ring-fenced elective surgical hub at St Aldhelm's Hospital, with 28 beds and four operating theatres, protected from emergency admissions. The capital cost is £14.6 million, of which £11 million will come from NHS England's national elective recovery capital fund and £3.6 million from trust reserves. Opening is planned for October 2025;

c) agree a joint review of discharge arrangements with NHS Northmoor and Westdale Integrated Care Board and Northmoor County Council.

The Chief Executive has accepted an invitation to attend Northmoor County Council's health scrutiny committee, chaired by Councillor Joanne Pike, on Wednesday 19 March 2025.

---

### Addendum: minute extract

*Approved by the Chair, Graham Tull, on Monday 10 February 2025.*

The Board noted the report. The Board approved recommendation (b) by a majority, with one non-executive director, Ruth Callaghan, abstaining pending further detail on how the hub would be staffed. Recommendation (c) was agreed. The Chair said: "The board owes these patients more than an apology; it owes them a plan."
`;

const INQUEST = `HOLLINGSHIRE CORONER'S COURT
Marlowe House, Brackley Moor

Inquest touching the death of Thomas Alan Reddick
Day 2 - Wednesday 5 June 2024
Before: Helen Brierley, Senior Coroner for Hollingshire
Reporter's own notes, transcribed from shorthand. Times approximate.

Present:
THE CORONER - Helen Brierley
MR PIKE - Jonathan Pike, counsel for the Reddick family
MS ADEYEMI - Funmi Adeyemi, solicitor for Danvers Aggregates Ltd
PC OWUSU - PC Daniel Owusu, forensic collision investigator, Hollingshire Police
MR ESTCOURT - Mark Estcourt, Director of Highways, Hollingshire County Council
MS CALLAGHAN - Fiona Callaghan, Transport Manager, Danvers Aggregates Ltd

---------------------------------------------------------------
10:05 - Evidence of PC Daniel Owusu
---------------------------------------------------------------

THE CORONER: PC Owusu, you examined the scene on the morning of 14 November. Please tell me what you found.

PC OWUSU: I arrived at 09:03, about fifty minutes after the collision. The lorry was stationary in Station Road with its rear wheels still on the junction. Mr Reddick's bicycle was under the nearside of the trailer, about two metres behind the front axle.

THE CORONER: What speeds did you calculate?

PC OWUSU: From the lorry's tachograph and the CCTV from the Co-op on the corner, the lorry was doing 11 miles per hour at impact. Mr Reddick was doing approximately 14 miles per hour. He was in the advisory cycle lane, going straight on, which is exactly where he was entitled to be.

THE CORONER: Did the lorry indicate?

PC OWUSU: It did. The left indicator came on 2.6 seconds before the turn began. In my opinion that would not have given a cyclist already alongside the cab enough time to react.

MR PIKE: Could Mr Marsh have seen Mr Reddick?

PC OWUSU: Not directly. This is a three-star vehicle under the London Direct Vision Standard, and a cyclist in that position sits in a blind spot for roughly the last 1.5 seconds. The nearside proximity sensor would have given an audible alarm in the cab. It was not working.

MR PIKE: Since when?

PC OWUSU: The defect log shows another driver reported it on Monday 6 November. So at least eight days.

MS ADEYEMI: PC Owusu, you found no evidence Mr Marsh was using a phone or was otherwise distracted?

PC OWUSU: None at all. His phone was in a cradle and not in use. He tested negative for drink and drugs. I would describe his driving as ordinary for that junction, which is part of the problem.

---------------------------------------------------------------
11:20 - Evidence of Mark Estcourt
---------------------------------------------------------------

THE CORONER: Mr Estcourt, you have been Director of Highways since when?

MR ESTCOURT: Since September 2020, madam.

MR PIKE: The council commissioned a road safety audit of this junction in March 2021. What did it recommend?

MR ESTCOURT: An advanced stop line, an early-release phase on the signals so cyclists get a four-second head start, and a segregated approach lane on Harrow Lane. It was costed at three hundred and eighty thousand pounds.

MR PIKE: And none of it was built.

MR ESTCOURT: None of it was built. It was put forward in the 2021-22 capital programme and deferred, then again in 2022-23 and again in 2023-24. Each year it scored below schemes with higher casualty numbers.

MR PIKE: The casualty numbers at this junction rose every year from 2020. Seven injury collisions in 2023, against three in 2019.

MR ESTCOURT: That's right. With hindsight the scoring system did not weigh the trend heavily enough. I accept that.

MR PIKE: Were you aware of the seventeen complaints from the public?

MR ESTCOURT: I was not, and nor was the road safety team. They were logged by customer services as general highway enquiries. I only saw them in preparing for this hearing, and I find that deeply regrettable.

THE CORONER: What is the council going to do?

MR ESTCOURT: I have instructed that the full scheme be redesigned. The current estimate is a little under one and a half million pounds, because it now includes a raised table and tighter kerb line. We want work on site early next year.

MR PIKE: Why is the estimate nearly four times the 2021 figure?

MR ESTCOURT: Partly construction inflation, which has been about 20% since 2021, but mostly because the scope is larger. Frankly, the 2021 scheme would not have been enough on its own.

---------------------------------------------------------------
14:10 - Evidence of Fiona Callaghan
---------------------------------------------------------------

THE CORONER: Ms Callaghan, you are Transport Manager at Danvers Aggregates. How many vehicles does the company operate?

MS CALLAGHAN: Forty-six, madam, from two depots, at Brackley Moor and at Ormsby.

MR PIKE: Your defect policy says a fault on a safety system must be fixed within 48 hours or the vehicle taken off the road. Is that right?

MS CALLAGHAN: Yes.

MR PIKE: This lorry ran for eight days with a dead nearside sensor.

MS CALLAGHAN: It did. The defect sheet was put in the wrong tray at the Ormsby depot and the workshop never received it. There is no excuse for that. We have since moved to an electronic defect system, which went live on Monday 8 January, and any safety-critical defect now locks the vehicle out of the dispatch system until it is signed off.

MR PIKE: Has Mr Marsh returned to driving?

MS CALLAGHAN: No. He has been on sick leave since the collision and has told us he does not intend to drive HGVs again.

MS ADEYEMI: Ms Callaghan, what has the company done about side guards and mirrors?

MS CALLAGHAN: All 46 vehicles have had a Class VI mirror and a camera monitoring system fitted, at a cost of about £2,300 per vehicle. That was completed in April.

THE CORONER: Thank you. We will hear from Mrs Reddick's statement and any final submissions tomorrow morning, and I expect to give my conclusion tomorrow afternoon.

[Hearing adjourned 15:35]
`;

const HOSEPIPE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Wealdmoor Water announces Temporary Use Ban from 18 July</title>
</head>
<body>
<header>
<p>Wealdmoor Water Ltd &mdash; Media Centre</p>
<p><strong>PRESS RELEASE &mdash; FOR IMMEDIATE RELEASE</strong></p>
<p>Thursday 10 July 2025</p>
</header>

<h1>Wealdmoor Water announces hosepipe ban as reservoir levels fall after driest spring in 49 years</h1>

<p>Wealdmoor Water today announced a Temporary Use Ban, commonly known as a hosepipe ban, which will come into force at 00:01 on Friday 18 July 2025. The ban will apply to all 1.4 million customers in the company's supply area, covering around 620,000 households across North Downs, Medway Vale, Ashcombe and the Coastal region.</p>

<p>The decision follows the driest spring in the company's area for 49 years. Rainfall between March and June was just 38 per cent of the long-term average, and river flows in the River Ashe are at their lowest for the time of year since records began in 1971.</p>

<p>Hatherden Reservoir, the company's largest source of stored water, is currently 54 per cent full, compared with an average of 81 per cent for early July. Demand for water peaked at 612 megalitres on Saturday 28 June, around 30 per cent above normal summer demand.</p>

<h2>Reservoir and demand figures</h2>
<table>
<thead>
<tr><th>Measure</th><th>Now</th><th>Normal for early July</th></tr>
</thead>
<tbody>
<tr><td>Hatherden Reservoir storage</td><td>54%</td><td>81%</td></tr>
<tr><td>Bramley Reservoir storage</td><td>61%</td><td>78%</td></tr>
<tr><td>Rainfall March&ndash;June (% of average)</td><td>38%</td><td>100%</td></tr>
<tr><td>Peak daily demand (megalitres)</td><td>612</td><td>470</td></tr>
</tbody>
</table>

<h2>What the ban means</h2>
<p>Under the ban, customers must not use a hosepipe to water gardens or allotments, clean cars, fill paddling pools or swimming pools, or clean paths and patios. Watering cans and buckets may still be used. Customers who are registered as Blue Badge holders, or who are on the company's Priority Services Register, are exempt from some restrictions. Anyone breaching the ban could be fined up to &pound;1,000 on conviction.</p>

<p>The company said the ban would stay in place until reservoir and groundwater levels had recovered, and that it expected the restrictions to last "at least until the end of September".</p>

<h2>Action on leakage</h2>
<p>Wealdmoor Water also announced an extra &pound;46 million investment over the next two years to find and fix leaks. The money will pay for 120 additional leakage detection staff, 9,000 acoustic loggers to be fitted to pipes, and the replacement of 85 kilometres of ageing mains, 60 kilometres of which are in the Ashcombe region. The company said it would aim to fix all visible leaks reported by customers within 24 hours during the ban.</p>

<p>Gareth Lowden, Chief Executive of Wealdmoor Water, said: &ldquo;We do not take this decision lightly, and I know it will be frustrating for our customers. We have a duty to protect supplies for essential use, and a hosepipe ban is the responsible thing to do.&rdquo;</p>

<p>He added: &ldquo;I accept that we have not done well enough on leakage, particularly in Ashcombe, and our customers are right to hold us to account for that.&rdquo;</p>

<p>Priya Raman, Operations Director at Wealdmoor Water, said: &ldquo;Every litre saved now is a litre that stays in Hatherden for August. Our teams are working seven days a week, and we are repairing around 1,100 leaks a week, up from 700 a week in the spring.&rdquo;</p>

<h2>Notes to editors</h2>
<ul>
<li>Wealdmoor Water supplies drinking water to 1.4 million people in South East England.</li>
<li>The last Temporary Use Ban in the Wealdmoor area was imposed in 2018 and lasted 97 days.</li>
<li>Customers can report leaks 24 hours a day on 0800 555 0192.</li>
<li>Media enquiries: Daniel Okafor, Head of Communications, press@wealdmoorwater.example</li>
</ul>
</body>
</html>
`;

const UNION_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>NUMGW press release: Harbridge bin strike extended</title>
</head>
<body>
<header>
<p><strong>National Union of Municipal and General Workers — South Midlands Region</strong></p>
<p>PRESS RELEASE — FOR IMMEDIATE RELEASE</p>
<p>Wednesday 13 November 2024</p>
</header>

<h1>Harbridge bin workers extend strike as Greyfield "refuses to budge"</h1>

<p>Refuse workers employed by Greyfield Environmental Services on the Harbridge Borough Council contract have voted to extend their strike by a further four weeks, taking the dispute up to Christmas.</p>

<p>In a ballot that closed on Tuesday 12 November, 91% of NUMGW members who voted backed extending the action, on a turnout of 78%. The extended strike will run until Monday 23 December.</p>

<p>The workers walked out on 28 October after Greyfield offered a 4.5% pay rise, which members say is a real-terms pay cut after two years of below-inflation awards. Loaders on the contract earn £11.90 an hour, only 46p above the National Living Wage.</p>

<p>NUMGW regional organiser Dean Maddox said: "Our members kept this town clean through the pandemic. Greyfield made £4.8 million in profit last year and it is telling loaders they are worth 54p an hour more. That is an insult, and our members have said so loud and clear."</p>

<p>Branch secretary Carol Whitby, a driver at the Fenwick Road depot for 17 years, said: "Nobody wants to see rubbish piling up on the streets. We live here too. But we cannot keep going backwards while the company pockets the money."</p>

<p>The union is also calling for the restoration of full sick pay from the first day of absence. Since 2022 Greyfield has paid only statutory sick pay for the first three days of any absence.</p>

<h2>What the union is asking for</h2>

<table>
<thead>
<tr><th>Issue</th><th>Greyfield offer</th><th>NUMGW claim</th></tr>
</thead>
<tbody>
<tr><td>Pay rise (2024/25)</td><td>4.5%</td><td>9%</td></tr>
<tr><td>Loader hourly rate</td><td>£12.44</td><td>£12.97</td></tr>
<tr><td>Sick pay</td><td>Unchanged (3 waiting days)</td><td>Full pay from day one</td></tr>
<tr><td>Annual leave</td><td>25 days</td><td>27 days</td></tr>
</tbody>
</table>

<p>The union has written to the council leader, Councillor Margaret Ellison, asking the council to use its influence as the client to bring Greyfield back to talks. Mr Maddox said: "The council cannot wash its hands of this. It signed the contract and it can pick up the phone."</p>

<p>NUMGW said talks brokered by the conciliation service Acas on Friday 8 November broke down after six hours without agreement.</p>

<p>Strike pay of £50 a day is being paid to members from the union's national dispute fund.</p>

<p><em>Ends.</em></p>

<footer>
<p>Media contact: Hannah Pryce, NUMGW South Midlands communications officer, 0121 496 0731</p>
<p>Notes to editors: NUMGW represents 162 of the 214 Greyfield staff working on the Harbridge contract.</p>
</footer>
</body>
</html>
`;

const BRANCH_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>FUS Kelbridge Branch — Statement on proposed course closures and job cuts</title>
</head>
<body>
<header>
<p>Federation of University Staff — Kelbridge University Branch</p>
<h1>Statement on proposed course closures and 58 job cuts</h1>
<p class="date">Published Friday 15 March 2024</p>
</header>

<article>
<p>The Kelbridge branch of the Federation of University Staff (FUS) condemns the decision of Kelbridge University's Senate on Wednesday 13 March to endorse the closure of five degree programmes and to open consultation on cutting 58 posts.</p>

<p>Senate voted 31 to 12 in favour of the proposals, with 3 abstentions. Every elected staff member of Senate who voted opposed the plan.</p>

<p>"This is not a financial emergency, it is a choice," said Dr Maria Lindqvist, branch president and senior lecturer in Philosophy. "Management is choosing to balance the books on the backs of the staff who teach and support our students, while the University sits on £87 million in reserves."</p>

<p>The branch notes that the Vice-Chancellor, Professor Helen Straker, received a total remuneration package of £312,000 in 2022/23, an increase of 4.5% on the previous year, according to the University's published accounts.</p>

<h2>Where the cuts would fall</h2>

<table>
<thead>
<tr><th>Area</th><th>Posts at risk (FTE)</th></tr>
</thead>
<tbody>
<tr><td>School of Humanities</td><td>19</td></tr>
<tr><td>School of Arts</td><td>11</td></tr>
<tr><td>School of Science</td><td>11</td></tr>
<tr><td>Professional services</td><td>17</td></tr>
<tr><td><strong>Total</strong></td><td><strong>58</strong></td></tr>
</tbody>
</table>

<p>The School of Humanities, which would lose three of the five programmes, faces the largest share of the cuts. The branch estimates that 19 posts represent roughly a quarter of the school's academic staff.</p>

<h2>Ballot result</h2>

<p>In an indicative ballot that closed on Thursday 14 March, 78% of members who voted backed industrial action, including strike action, to resist compulsory redundancies. Turnout was 61%, among 640 eligible members.</p>

<p>Branch secretary Tom Ashworth said the branch would move to a formal statutory ballot if the University did not rule out compulsory redundancies by the end of the consultation period on 2 May. "We have told management clearly: take compulsory redundancies off the table, and we will talk about everything else," he said.</p>

<h2>Students join protest</h2>

<p>The branch is organising a rally, jointly with Kelbridge Students' Union, at 12 noon on Wednesday 20 March outside the Crosland Building. Students' Union president Priya Raman said: "Students chose Kelbridge for these courses. Nobody asked us before deciding that future students won't get the same chance."</p>

<p>A petition opposing the closures, launched by students in the Department of Modern Languages, had gathered more than 4,200 signatures by Friday morning.</p>

<h2>Our demands</h2>
<ul>
<li>An immediate guarantee of no compulsory redundancies.</li>
<li>Publication of the full Portfolio Review Group scoring for all 94 programmes.</li>
<li>Use of reserves to protect jobs while a sustainable recruitment plan is developed.</li>
<li>A pause on the voluntary severance scheme until consultation has concluded.</li>
</ul>

<footer>
<p>Issued by Tom Ashworth, Branch Secretary, on behalf of FUS Kelbridge Branch Committee. Contact: fus-branch@kelbridge-fus.example.org</p>
</footer>
</article>
</body>
</html>
`;

const CORONER_REPORT = `# Regulation 28: Report to Prevent Future Deaths

**Inquest touching the death of Thomas Alan Reddick**

**Date of report:** Tuesday 18 June 2024
**Coroner:** Helen Brierley, Senior Coroner for the coroner area of Hollingshire

## This report is being sent to

1. Mark Estcourt, Director of Highways, Hollingshire County Council (the highways authority)
2. Fiona Callaghan, Transport Manager, Danvers Aggregates Ltd
3. The Secretary of State for Transport (for information)

## 1. Coroner

I am Helen Brierley, Senior Coroner for the coroner area of Hollingshire.

## 2. Coroner's legal powers

I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009 and regulations 28 and 29 of the Coroners (Investigations) Regulations 2013.

## 3. Investigation and inquest

On 21 November 2023 I commenced an investigation into the death of Thomas Alan Reddick, aged 41. The investigation concluded at the end of the inquest, which was heard over three days from Tuesday 4 June to Thursday 6 June 2024 at Marlowe House, Brackley Moor. I sat without a jury. The conclusion of the inquest was a narrative conclusion: Mr Reddick died as a result of a road traffic collision at a junction where a known risk to cyclists had not been addressed.

The medical cause of death was 1a multiple injuries to the chest and pelvis.

## 4. Circumstances of the death

Mr Reddick, a geography teacher at Brackley Moor Academy, was cycling to work on the morning of Tuesday 14 November 2023. At about 08:12 he was travelling straight ahead in the advisory cycle lane on Harrow Lane at its junction with Station Road. A 32-tonne tipper lorry operated by Danvers Aggregates Ltd, driven by Kevin Marsh, turned left across his path into Station Road. Mr Reddick was struck by the nearside of the lorry and was pronounced dead at the scene at 08:41.

The forensic collision investigator, PC Daniel Owusu of Hollingshire Police, estimated the speed of the lorry at the point of impact at 11 mph and the speed of the bicycle at about 14 mph. The lorry's nearside proximity sensor had not been working for at least eight days before the collision; a defect had been reported by another driver on Monday 6 November 2023 but the vehicle remained in service.

The junction was the subject of a road safety audit commissioned by the council in March 2021. The audit recommended an advanced stop line, an early-release signal phase for cyclists and a segregated approach lane on Harrow Lane. At the time the measures were costed at £380,000. I heard evidence that the scheme was deferred at three successive budget rounds.

## 5. Recorded collisions at the Harrow Lane / Station Road junction

The following figures were provided to the inquest by Hollingshire Police and cover collisions resulting in injury.

| Year | Injury collisions | Involving a cyclist | Involving a left-turning HGV | Serious or fatal |
|------|-------------------|---------------------|------------------------------|------------------|
| 2019 | 3 | 2 | 1 | 0 |
| 2020 | 2 | 1 | 0 | 1 |
| 2021 | 4 | 3 | 2 | 1 |
| 2022 | 5 | 3 | 2 | 2 |
| 2023 | 7 | 5 | 3 | 3 |
| **Total** | **21** | **14** | **8** | **7** |

Over the same period, council counts showed the number of cyclists using the junction on an average weekday rose by 38%, from 410 in 2019 to 566 in 2023.

## 6. Coroner's matters of concern

During the course of the inquest the evidence revealed matters giving rise to concern. In my opinion there is a risk that future deaths will occur unless action is taken. The matters of concern are as follows.

(1) The recommendations of the 2021 road safety audit have still not been implemented, although the number of injury collisions at the junction has more than doubled since 2019. "I am concerned that the recommendations were deferred three times on grounds of cost while the evidence of harm continued to grow," I said when delivering my conclusion.

(2) Hollingshire County Council received 17 written complaints from members of the public about the safety of this junction between January 2020 and October 2023. I heard no evidence that these complaints were passed to the road safety team.

(3) Danvers Aggregates Ltd allowed a vehicle with a reported defect in its nearside proximity sensor to remain in service for eight days. The company's own policy requires such defects to be rectified within 48 hours.

(4) There is no national requirement that the HGV Direct Vision Standard applied in London be used elsewhere in England. I consider this a matter the Secretary of State may wish to review.

## 7. Action should be taken

In my opinion action should be taken to prevent future deaths and I believe you and/or your organisation have the power to take such action.

## 8. Your response

You are under a duty to respond to this report within 56 days of the date of this report, namely by Tuesday 13 August 2024. I, the coroner, may extend the period.

## 9. Copies and publication

I have sent a copy of my report to the Chief Coroner and to the following Interested Persons: Gail Reddick (widow of the deceased); Hollingshire County Council; Danvers Aggregates Ltd; Kevin Marsh; Hollingshire Police.

"Thomas Reddick was doing nothing wrong," I told the family at the close of the hearing. "He was where the road markings told him to be."

Helen Brierley
Senior Coroner, Hollingshire
18 June 2024
`;

describe('the forty-first round: the drafts h368–h373 and older rankings, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a word of size in an apposition ranks the column of size; the count ranked is no figure', async () => {
    const reservoirs = judgeWith(await workspaceIndex({ 'sources/tarnwell_announcement.md': TARNWELL_ANNOUNCEMENT }));
    const smallest = reservoirs('Ashby Vale, the largest of the four reservoirs, was in the best condition at 66%.');
    assert.equal(smallest.verdict, 'contradicted', why(smallest));
    assert.ok(smallest.conflicts.some((c) => /Brackenmere.* as the largest \(/.test(c.source) && /14,200/.test(c.source)), why(smallest));
    const largest = reservoirs('Brackenmere, the largest of the four reservoirs, was at 61%.');
    assert.notEqual(largest.verdict, 'contradicted', why(largest));
    // "Of the five" after words of the ranking is the count too; rows of several papers together are no rivals.
    const papers = judgeWith(await workspaceIndex({ 'sources/inquiry_report.md': INQUIRY }))('The 2018 paper in the Journal of Tumour Biology had the fewest problem panels of the five, with six.');
    assert.equal(papers.verdict, 'contradicted', why(papers));
    assert.ok(papers.conflicts.some((c) => /Journal of Cellular Signalling as the fewest \(/.test(c.source) && /: 4/.test(c.source)), why(papers));
  });

  test('a table of more rows than the claim ranks among; a number that names a route; busyness is no money', async () => {
    const libraries = judgeWith(await workspaceIndex({ 'sources/cabinet_report_library_review.md': LIBRARIES }))('Millbrook, the busiest of the three, cost £186,000 to run last year.');
    assert.notEqual(libraries.verdict, 'contradicted', why(libraries));
    const buses = judgeWith(await workspaceIndex({ 'sources/greystone_notice.html': BUS_NOTICE }));
    const busiest = buses('The busiest of the five, the hourly route 41 between Fenwick Cross and Marlbury, carries an average of 212 passengers each weekday.');
    assert.notEqual(busiest.verdict, 'contradicted', why(busiest));
    const quiet = buses('The busiest of the five, the hourly route 71 between Marlbury and Brackenholt, carries an average of 22 passengers each weekday.');
    assert.equal(quiet.verdict, 'contradicted', why(quiet));
    assert.ok(quiet.conflicts.some((c) => c.claim === 'Marlbury – Brackenholt' && / as the busiest \(.*212/.test(c.source)), why(quiet));
  });

  test('a meeting paper is dated by its meeting, and "On Thursday 14 November, cabinet agreed" is that day', async () => {
    const cabinet = judgeWith(await workspaceIndex({ 'sources/cabinet_report_waste_contract.md': BIN_CABINET }));
    const agreed = cabinet('On Thursday 14 November, cabinet agreed to release up to £410,000 from the contingency reserve to pay for six weeks of emergency arrangements.');
    assert.ok(!agreed.conflicts.some((c) => c.kind === 'date'), why(agreed));
  });

  test('"has not been fully resurfaced since 1998" is "was last fully resurfaced in 1998"', async () => {
    const minutes = judgeWith(await workspaceIndex({ 'sources/scrutiny_minutes_2024-03-12.md': AIRPORT_MINUTES }));
    const since = minutes('The airport, which is wholly owned by the council, says its 1,420-metre runway has not been fully resurfaced since 1998.');
    assert.ok(!since.conflicts.some((c) => c.kind === 'negation'), why(since));
    assert.notEqual(since.verdict, 'contradicted', why(since));
  });

  test('a writer\'s "more than twice the peak of 71"; the next item of a list in the sentence after', async () => {
    const paper = judgeWith(await workspaceIndex({ 'sources/board_paper_winter_report.md': WINTER_PAPER }));
    const twice = paper('The number of inpatients with confirmed flu peaked at 164 on 2 January, more than twice the peak of 71 recorded the previous winter.');
    assert.equal(twice.verdict, 'supported', why(twice));
    const thrice = paper('The number of inpatients with confirmed flu peaked at 164 on 2 January, more than three times the peak of 71 recorded the previous winter.');
    assert.equal(thrice.verdict, 'contradicted', why(thrice));
    assert.ok(thrice.conflicts.some((c) => /2\.3 times/.test(c.source)), why(thrice));
    const urology = paper('Trauma and orthopaedics was the hardest-hit specialty, accounting for 391 of the cancellations, followed by urology with 244.');
    assert.equal(urology.verdict, 'contradicted', why(urology));
    assert.ok(urology.conflicts.some((c) => c.claim === '244' && c.source === '167'), why(urology));
    const surgery = paper('Trauma and orthopaedics was the hardest-hit specialty, accounting for 391 of the cancellations, followed by general surgery with 244.');
    assert.notEqual(surgery.verdict, 'contradicted', why(surgery));
  });

  test('a question of why takes its premise as given; "nearly five times" is not "nearly four times"', async () => {
    const inquest = judgeWith(await workspaceIndex({ 'sources/inquest_transcript_day2.txt': INQUEST }));
    const four = inquest('He said the new estimate was nearly four times the 2021 figure partly because of construction inflation of about 20 per cent, but mostly because the scope was larger.');
    assert.equal(four.verdict, 'supported', why(four));
    const five = inquest('He said the new estimate was nearly five times the 2021 figure partly because of construction inflation of about 20 per cent, but mostly because the scope was larger.');
    assert.notEqual(five.verdict, 'supported', why(five));
  });

  test('"about 650,000 households" is not "around 620,000"; "about 600,000" rounds it', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/wealdmoor_press_release.html': HOSEPIPE }));
    const wrong = release('The ban will affect all 1.4 million customers, covering about 650,000 households in North Downs, Medway Vale, Ashcombe and the Coastal region.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
    assert.ok(wrong.conflicts.some((c) => /650,000/.test(c.claim) && /620,000/.test(c.source)), why(wrong));
    const rounder = release('The ban will affect all 1.4 million customers, covering about 600,000 households in North Downs, Medway Vale, Ashcombe and the Coastal region.');
    assert.notEqual(rounder.verdict, 'contradicted', why(rounder));
  });

  test('a post and then a description with "a": the post is read, and set against the source\'s post of its kind', async () => {
    const union = judgeWith(await workspaceIndex({ 'sources/numgw_press_release.html': UNION_RELEASE }));
    const organiser = union('Carol Whitby, the union\'s regional organiser and a driver at the Fenwick Road depot for 17 years, said: "Nobody wants to see rubbish piling up on the streets."');
    assert.equal(organiser.verdict, 'contradicted', why(organiser));
    assert.ok(organiser.conflicts.some((c) => /regional organiser/.test(c.claim) && /Branch secretary/i.test(c.source)), why(organiser));
    const secretary = union('Carol Whitby, the union\'s branch secretary and a driver at the Fenwick Road depot for 17 years, said: "Nobody wants to see rubbish piling up on the streets."');
    assert.notEqual(secretary.verdict, 'contradicted', why(secretary));
    const branch = judgeWith(await workspaceIndex({ 'sources/fus_branch_statement.html': BRANCH_STATEMENT }))('Dr Maria Lindqvist, the branch president and a senior lecturer in French, accused management of balancing the books "on the backs of the staff who teach and support our students".');
    assert.equal(branch.verdict, 'contradicted', why(branch));
    assert.ok(branch.conflicts.some((c) => /French/.test(c.claim) && /Philosophy/.test(c.source)), why(branch));
  });

  test('a report\'s "I told the family" is its author\'s, whom its opening names', async () => {
    const files = { 'sources/pfd_report_reddick.md': CORONER_REPORT };
    assert.deepEqual(await misattributions(files, '"He was where the road markings told him to be," Mr Estcourt told the family at the close of the hearing.'), ['These words were said by Helen Brierley, not Mr Estcourt']);
    assert.deepEqual(await misattributions(files, '"He was where the road markings told him to be," Ms Brierley told the family at the close of the hearing.'), []);
  });

  test('a claim that affirms what a yes-or-no question asked, where the answer opens by denying it', async () => {
    const inquest = judgeWith(await workspaceIndex({ 'sources/inquest_transcript_day2.txt': INQUEST }));
    const aware = inquest('Mr Estcourt said he had been aware of 17 complaints from the public about the junction, but they had been logged as general highway enquiries.');
    assert.equal(aware.verdict, 'contradicted', why(aware));
    assert.ok(aware.conflicts.some((c) => c.kind === 'negation' && /I was not/.test(c.source)), why(aware));
    const unaware = inquest('Mr Estcourt said he had not been aware of 17 complaints from the public about the junction, which had been logged as general highway enquiries.');
    assert.notEqual(unaware.verdict, 'contradicted', why(unaware));
  });
});
