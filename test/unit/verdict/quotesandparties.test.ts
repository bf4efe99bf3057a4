/**
 * The forty-ninth round, second and third parts: faithful sentences of h614–h619 (written against eba9696) and
 * h620–h625 (written against 7421ed5) shown as errors. A figure of a quotation a passage has word for word has no
 * rival ("in 2022" / "Safety of Sports Grounds Act 1975"); "Compensation claims have" is a noun, no speaker; "one
 * person" is anyone's, "one resident" too; "privately owned" is "not owned by the council"; a developer is the
 * applicant; a denial a neighbour makes ("It was not because of its size.") is the sentence's too; a place after
 * "at" is no person; a reply's bare "would not" denies what was asked; a word affirmed after the claim's figure is no
 * word only denied; a time another passage gives with the words of its clause is stated. The fixtures are the
 * helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h614: sources/01_sag_report.md, whole. */
const SAG_REPORT = `# Wensmoor Borough Council — Safety Advisory Group

## Report to the Licensing Authority: Kestrel Road Ground, Hollingbridge (home of Hollingbridge Athletic FC)

**Report date:** Wednesday 14 August 2024
**Prepared by:** Karen Oyelaran, Head of Environmental Health and Licensing, Wensmoor Borough Council (Chair, Safety Advisory Group)
**Certificate reference:** WBC/GSC/0117 (General Safety Certificate, Safety of Sports Grounds Act 1975)

### 1. Background

1.1 The Kestrel Road Ground holds a general safety certificate issued by Wensmoor Borough Council as licensing authority. The certificate for the 2023-24 season permitted a total capacity of 4,850 spectators.

1.2 At its annual inspection on Tuesday 14 June 2022, the Safety Advisory Group (SAG) noted surface corrosion to the roof steelwork of the Brewery Stand and advised the club to monitor it. In its letter of 9 November 2023 the SAG asked Hollingbridge Athletic FC to submit a costed remedial plan for the Brewery Stand roof by Sunday 31 March 2024. No plan had been received by the SAG secretariat at the date of this report.

1.3 A full inspection of the ground was carried out on Tuesday 30 July 2024. The following attended:

- Karen Oyelaran, Wensmoor Borough Council (Chair)
- Inspector Dale Fenwick, Wensmoor Police
- Station Manager Priya Hollins, Northdale Fire and Rescue Service
- Tom Aspinall, chartered structural engineer, Aspinall Grieve Consulting (appointed by the council)
- Lorraine Mabey, Club Secretary and Safety Officer, Hollingbridge Athletic FC

### 2. Inspection findings

2.1 **Brewery Stand roof.** Mr Aspinall found section loss of up to 35 per cent in two of the six roof purlins over bays C and D, and corrosion at the base plates of three of the eight supporting columns. In his opinion the roof "cannot be relied upon to carry design wind or snow loads" and the stand should not be occupied until it has been repaired and re-certified.

2.2 **Crush barriers.** Load testing was carried out on all 38 crush barriers in the ground. Eleven barriers failed, all of them in the Kestrel Road End terrace, which has 19 barriers. No barrier failed elsewhere.

| Area | Barriers tested | Passed | Failed |
|---|---|---|---|
| Kestrel Road End | 19 | 8 | 11 |
| Allotment Side | 12 | 12 | 0 |
| Brewery Stand (covered terrace) | 7 | 7 | 0 |
| **Total** | **38** | **27** | **11** |

2.3 **Stewarding.** The club's stewarding plan provides for one steward per 250 spectators. Inspector Fenwick reported two incidents of overcrowding at the Kestrel Road End turnstiles during the 2023-24 season, including the match against Marshfield United on Tuesday 26 December 2023, when 4,412 spectators attended, the highest crowd of the season.

2.4 **Fire safety.** Station Manager Hollins found the fire exits from the Main Stand to be adequate. She recommended that the temporary catering unit behind the Allotment Side be moved at least 6 metres from the stand.

### 3. Recommended capacities

3.1 The SAG recommends that the licensing authority amend the general safety certificate with effect from Friday 23 August 2024, as set out below.

| Stand / area | Type | Capacity 2023-24 | Recommended from 23 August 2024 | Change |
|---|---|---|---|---|
| Main Stand | Seated | 1,250 | 1,250 | 0 |
| Brewery Stand | Covered terrace | 1,180 | 0 (closed) | -1,180 |
| Kestrel Road End | Open terrace | 1,400 | 850 | -550 |
| Allotment Side | Open terrace | 720 | 720 | 0 |
| Away enclosure | Open terrace | 300 | 300 | 0 |
| **Total** | | **4,850** | **3,120** | **-1,730** |

3.2 The reduced total of 3,120 is 36 per cent below the 2023-24 figure.

### 4. Conditions

4.1 The Brewery Stand shall remain closed to spectators until a structural engineer's certificate confirming repair of the roof has been accepted by the SAG.

4.2 The eleven failed barriers in the Kestrel Road End shall be removed or replaced, and the area around them fenced off. The capacity of the Kestrel Road End may be restored to 1,400 once replacement barriers have passed load testing.

4.3 The stewarding ratio shall be increased to one steward per 200 spectators, with a minimum of 16 stewards at every match.

4.4 The SAG will re-inspect within 10 working days of receiving an engineer's certificate for either area.

### 5. Comment

"Our job is to make sure that everyone who goes through the turnstiles at Kestrel Road gets home safely," said Karen Oyelaran, chair of the group. "The club was told about the roof in 2022 and asked for a plan this year. We have not had one, and we cannot let people stand under that roof on the strength of a promise."

Inspector Dale Fenwick added: "The barrier results leave us no choice about the Kestrel Road End. A barrier that fails a load test is worse than no barrier at all, because people lean on it."
`;

/** h615: sources/04_scrutiny_minutes_extract.md, whole. */
const SCRUTINY_MINUTES = `# Brackenmoor Council — Place Scrutiny Committee

**Minutes (extract) of the meeting held on Tuesday 22 October 2024 at 6.30pm, Council Chamber, Brackenmoor Civic Centre, Kelsworth**

**Present:** Cllr Harriet Bains (Chair, Conservative), Cllr Peter Lomax (Liberal Democrat), Cllr Sunil Varma (Labour), Cllr Gwen Ashdown (Labour), Cllr Rob Tyldesley (Conservative), Cllr Mary Fenwick (Independent)

**In attendance:** Cllr Denise Okafor (Cabinet Member for Highways and Transport), Martin Greaves (Head of Highways Operations), Claire Mottram (Director of Place)

**Apologies:** Cllr Owen Purcell (Green)

---

## Item 6: Highways Performance Report, Quarter 2 2024/25

6.1 Martin Greaves introduced the report. He said the backlog of outstanding defects had fallen from 6,414 to 5,972 during the quarter, and that repairs had exceeded new reports for the first time in five quarters. He said the increase from 14 to 19 gangs on 1 August 2024 had been the main factor in the improvement.

6.2 Cllr Lomax said the figures were "a disgrace" and that residents in Eastgate, which had the most outstanding defects of any ward, had "been left to dodge craters for a year". He asked why the council had not increased the number of gangs before the winter of 2023/24.

6.3 Cllr Okafor said the council should have acted sooner and accepted responsibility for the delay. She said the scale of the winter damage had not been foreseen.

6.4 Cllr Varma asked about the rise in compensation claims. Mr Greaves said 214 claims had been received in the quarter, compared with 131 in the same quarter last year, and that 57 had been paid at a total cost of £48,300.

6.5 Cllr Fenwick asked about the Ferris Lane defect in Upper Holtby. Mr Greaves confirmed that it had been outstanding for 187 days at the end of the quarter and was awaiting a road closure.

6.6 Cllr Ashdown asked whether the Category 2 target of 90% within 28 days was achievable. Claire Mottram said she did not expect the target to be met before 2025/26, but that performance should improve steadily through the Fix Brackenmoor programme.

6.7 Cllr Bains said the committee welcomed the improvement but remained "seriously concerned" about the overall position.

**RESOLVED:** (1) That the report be noted. (2) That a further update be brought to the committee's meeting on Tuesday 18 February 2025, to include progress against the Fix Brackenmoor target. (3) That the Head of Highways Operations provide members with a ward-by-ward list of outstanding defects before the end of November 2024.

(Vote: 5 for, 0 against, 1 abstention — Cllr Lomax)
`;

/** h616: sources/01_inspection_findings_summary.md, whole. */
const INSPECTION_SUMMARY = `# National Care Standards Authority — Inspection Findings Summary

**Service:** Larkfield Court Nursing Home, 14 Station Road, Brackenford, Northmoor BF3 7LQ
**Provider:** Harrowgate Care Group Ltd
**Registered to provide:** accommodation for persons who require nursing or personal care; treatment of disease, disorder or injury
**Registered places:** 52
**People using the service at the time of inspection:** 41
**Inspection dates:** Tuesday 10 September 2024 and Wednesday 11 September 2024 (unannounced)
**Report published:** Friday 18 October 2024
**Lead inspector:** Fiona Marsh

## Ratings

| Key question | Rating at this inspection | Previous rating (Tuesday 8 March 2022) |
|---|---|---|
| Is the service safe? | Inadequate | Good |
| Is the service effective? | Requires improvement | Good |
| Is the service caring? | Good | Good |
| Is the service responsive? | Requires improvement | Good |
| Is the service well-led? | Inadequate | Requires improvement |
| **Overall** | **Inadequate** | **Good** |

The service has been placed in special measures.

## About this inspection

The inspection was carried out by three inspectors and a specialist pharmacist adviser over two days. It was prompted in part by concerns raised with us by two relatives and a former member of staff between June and August 2024, and by an increase in the number of notifications the provider sent us about serious injuries.

During the inspection we spoke with 12 people who live at the home and 9 relatives. We spoke with 17 members of staff, including the acting manager, the deputy manager, nurses, care assistants, kitchen staff and the activities coordinator. We reviewed 30 medication administration records, 8 care plans in full and a range of records relating to staffing, training, accidents and the safety of the premises.

## Summary of findings

### Safe — Inadequate

- Medicines were not managed safely. Of the 30 medication administration records we reviewed, 14 contained unexplained gaps where there was no record that a prescribed medicine had been given or refused.
- One person did not receive a prescribed anticoagulant (blood-thinning) medicine for four consecutive days in August 2024 because stock had run out. Staff had not escalated this to the person's GP.
- The home recorded 27 falls between June and August 2024, compared with 12 falls in the same three months of 2023. Six of the 27 falls had not been reviewed by a nurse or manager, and care plans had not been updated afterwards.
- Five people had pressure ulcers at the time of the inspection. Two of these were grade 3 pressure ulcers that had developed while the person was living at the home.
- Staffing levels at night were not safe. On each night shift, three care assistants and one nurse were deployed for 41 people across two floors. The provider's own dependency tool indicated that five care assistants were needed at night.
- Agency staff covered 46% of nursing shifts in August 2024. Several agency nurses had not received an induction to the home.
- A fire door on the first floor corridor was found wedged open on both days of the inspection. The last recorded fire drill involving night staff took place on Tuesday 14 November 2023.

### Effective — Requires improvement

- Only 58% of staff were up to date with moving and handling training, against the provider's own target of 95%.
- Records of food and fluid intake for people at risk of malnutrition were incomplete for 5 of the 8 people whose care plans we reviewed in full.

### Caring — Good

- People and relatives told us staff were kind and treated them with dignity. One person said: "The girls here are lovely, they always have time for a chat, even when they're rushed off their feet."
- We saw staff supporting people patiently at mealtimes and respecting people's privacy.

### Responsive — Requires improvement

- The activities coordinator, who works four days a week, ran a varied programme which people valued. However, people cared for in bed had little meaningful activity.
- The home had received 7 complaints in the previous 12 months. Three had not been responded to within the provider's 28-day timescale.

### Well-led — Inadequate

- The home had not had a registered manager since the previous manager left on Friday 31 May 2024. An acting manager had been in post since July 2024.
- The provider's audits had not identified the problems with medicines, falls and staffing that we found.
- Notifications the provider is legally required to send us had not been submitted for 3 serious injuries.

## Enforcement action

We issued the provider with a warning notice on Friday 13 September 2024 requiring improvements to the safe management of medicines.

We imposed an urgent condition on the provider's registration, effective from Monday 16 September 2024, preventing the home from admitting any new residents without our prior written agreement.

## Comment

Dr Alan Whitcombe, deputy chief inspector of adult social care at the National Care Standards Authority, said:

"People living at Larkfield Court were being put at risk of avoidable harm, and the provider's own checks failed to spot it."

"We recognise that many staff were caring and did their best in difficult circumstances, but kindness cannot make up for unsafe medicines management and too few staff at night."

"We will continue to monitor the service closely and will not hesitate to take further action if people's safety requires it."
`;

/** h617: sources/01_planning_committee_report.md, whole. */
const PLANNING_REPORT = `# Brackenford Borough Council — Planning Committee

## Report of the Head of Planning and Building Control

**Meeting:** Tuesday 19 March 2024, 6.30pm, Council Chamber, Brackenford Civic Centre
**Agenda item:** 7
**Application reference:** 23/01482/FUL
**Site:** Holloway Lane Allotments, Holloway Lane, Brackenford
**Ward:** Holloway
**Applicant:** Westmere Homes Ltd
**Case officer:** Helen Marchbank, Principal Planning Officer
**Report author:** Stuart Lyle, Head of Planning and Building Control

### 1. Summary of proposal

1.1 The application seeks full planning permission for the erection of 64 dwellings, with associated access from Holloway Lane, internal roads, parking, landscaping and a surface-water attenuation basin, following the clearance of the existing allotment site.

1.2 The application was received on Friday 17 November 2023 and validated on Friday 8 December 2023.

1.3 **Recommendation:** That planning permission is GRANTED, subject to the completion of a Section 106 legal agreement and the conditions set out in Appendix A, including a condition (Condition 4) that no development shall commence on the site until the replacement allotment site at Marlpit Lane has been laid out and made available for use.

### 2. Site description

2.1 The site is a roughly rectangular parcel of land on the north side of Holloway Lane, approximately 1.1 kilometres north-east of Brackenford town centre. It has been in use as allotments since 1923.

2.2 The land is in private ownership. It was purchased by the applicant from the Ashcombe Estate on Friday 13 August 2021. The Holloway Lane Allotment Society occupies the land under a tenancy from the landowner. As the land is not owned by the council, it is not a statutory allotment site and the consent of the Secretary of State under section 8 of the Allotments Act 1925 is not required for its disposal.

2.3 The landowner served notice to quit on the Society on Friday 29 September 2023. The notice expires on Sunday 29 September 2024. The validity of the notice is a civil matter between the parties and is not a material planning consideration.

**Table 1: Existing site figures**

| Measure | Figure |
|---|---|
| Site area | 2.1 hectares (5.2 acres) |
| Number of plots | 86 |
| Plots currently let | 79 |
| Plots vacant | 7 |
| Standard plot size | 250 square metres |
| Society waiting list (as supplied by the Society, February 2024) | 112 people |
| Mature trees on site | 14 (3 subject to Tree Preservation Order TPO/0417) |
| Frontage to Holloway Lane | 168 metres |

### 3. The proposal

**Table 2: Proposed housing mix**

| Dwelling type | Market | Affordable | Total |
|---|---|---|---|
| 1-bed flat | 0 | 6 | 6 |
| 2-bed house | 14 | 8 | 22 |
| 3-bed house | 23 | 5 | 28 |
| 4-bed house | 8 | 0 | 8 |
| **Total** | **45** | **19** | **64** |

3.1 The scheme provides 19 affordable homes, equivalent to 30 per cent of the total. Local Plan Policy H6 seeks 35 per cent affordable housing on sites of 10 or more dwellings. The applicant has submitted a viability assessment, which has been independently reviewed by the council's consultants, Tanfield Carr Associates, who concluded that 30 per cent is the maximum viable level.

3.2 The net density is 34 dwellings per hectare. A total of 131 parking spaces are proposed, including 12 visitor spaces.

3.3 The applicant proposes to provide a replacement allotment site on 1.4 hectares of land at Marlpit Lane, approximately 2.6 kilometres south-west of the application site, which is also in the applicant's ownership. The replacement site would provide 60 plots. The applicant would pay £185,000 towards fencing, a mains water supply, paths, a car park of 10 spaces and a communal store.

### 4. Consultation responses

4.1 **Brackenford Town Council:** Objects. The loss of a long-established community allotment is contrary to Local Plan Policy OS4 and the replacement site is "inferior in size and accessibility".

4.2 **County Highways Authority:** No objection, subject to conditions. The development is forecast to generate 38 two-way vehicle movements in the morning peak hour and 41 in the evening peak hour.

4.3 **County Ecology Unit:** No objection. The applicant's metric shows a biodiversity net gain of 11.2 per cent, above the statutory minimum of 10 per cent, to be delivered partly off-site.

4.4 **Council Tree Officer:** Objects to the loss of one of the three TPO trees, a mature oak on the Holloway Lane frontage. The other two protected trees would be retained.

4.5 **Public representations:** 412 letters of objection and 9 letters of support have been received. A petition of 3,860 signatures opposing the development was submitted by the Holloway Lane Allotment Society on Monday 4 March 2024.

### 5. Assessment

5.1 Local Plan Policy OS4 states that development resulting in the loss of allotments will only be permitted where equivalent or better replacement provision is made in terms of quantity, quality and accessibility.

5.2 In terms of quantity, the replacement site is 0.7 hectares smaller than the existing site and would provide 26 fewer plots. However, officers note that only 79 plots are currently let and that the Marlpit Lane site could accommodate additional half plots. Officers consider the shortfall in quantity to weigh against the proposal.

5.3 In terms of quality, a soil survey commissioned by the applicant classifies the Marlpit Lane land as Grade 3 agricultural land. The existing site has not been graded.

5.4 In terms of accessibility, the Marlpit Lane site is served by bus route 14, which runs hourly, and is 2.6 kilometres from the existing site. Officers accept that it is less accessible for plot-holders who currently walk to Holloway Lane.

5.5 On balance, officers consider that the public benefit of 64 new homes, including 19 affordable homes, in a borough which can currently demonstrate only a 3.8-year supply of housing land against the required five years, outweighs the harm arising from the shortfall against Policy OS4.

### 6. Section 106 obligations

| Obligation | Amount |
|---|---|
| Replacement allotment site works | £185,000 |
| Education (primary and secondary places) | £220,000 |
| Off-site biodiversity net gain | £46,500 |
| Holloway Lane traffic calming | £30,000 |
| **Total financial contributions** | **£481,500** |

### 7. Recommendation

7.1 GRANT permission subject to the Section 106 agreement and conditions in Appendix A.
`;

/** h618: sources/03_parish_council_minutes.md, whole. */
const PARISH_MINUTES = `# LITTLE BRANTHAM PARISH COUNCIL

## Minutes of the Extraordinary Meeting of the Parish Council

**Held on Tuesday 25 March 2025 at 7.30pm in Little Brantham Village Hall**

**Present:** Cllr Robert Tallis (Chair), Cllr Jenny Marsh (Vice-Chair), Cllr Peter Okafor, Cllr Lorna Heywood, Cllr Graham Sutcliffe, Cllr Tom Aldridge

**In attendance:** Sarah Whitlow (Parish Clerk); Cllr Ian Fenwick (Westmarsh County Council, Brantham Valley division); Helen Prowse (Westmarsh Connect Programme Manager, Westmarsh County Council); Aisha Bancroft (Community Liaison Officer, Fernline Networks Ltd); 38 members of the public

---

### 25/031 Apologies for absence

Apologies were received and accepted from Cllr Bev Carrow.

### 25/032 Declarations of interest

Cllr Graham Sutcliffe declared a pecuniary interest in any item relating to Priory Farm, as he is a tenant of grazing land on the farm. He stated that he would take no part in any vote on item 25/035.

### 25/033 Public participation

The Chair invited members of the public to speak. The following points were raised:

a) Mr Colin Ashby, who runs a joinery business from Mill Lane, said his broadband speed was regularly below 3 Mbps and that he had lost two contracts in the past year because he could not upload drawings to clients. He asked why Harlow Cross, "a village half our size", had been finished first.

b) Mrs Farida Noor, Practice Manager at Brantham Surgery, said the surgery relied on a 4G backup connection for online consultations and that the connection had failed on three occasions in February 2025.

c) Mr Dennis Pryor, of Brantham Heath, asked whether the outlying farms would be connected at all, given that they were scheduled last.

d) A resident of School Lane asked whether residents would have to pay anything for the connection. Ms Bancroft replied that there would be no charge for building the network to the property boundary and that the standard £60 installation fee would be waived for orders made within 90 days of availability.

### 25/034 Broadband rollout: presentation and questions

Ms Prowse presented Project Update No. 7. She said the three causes of the delay in Little Brantham were the wayleave on Mill Lane, the condition of the poles on Church Road and the B3318 highways permit. She said the wayleave was the most serious of the three because it affected the spine route serving Mill Lane, Priory End and Brantham Heath.

In reply to Mr Ashby, Ms Prowse said that Harlow Cross had been built first because its network could be fed entirely from existing ducts and poles and required no new wayleaves. It was not because of its size.

In reply to Mr Pryor, Ms Bancroft said that all 65 premises at the outlying farms and Brantham Heath remained in scope and were scheduled to be able to order in October 2025. She said: "Nobody in this parish is being left out. Brantham Heath is last because it's at the end of the line, not because it matters less."

Cllr Marsh asked what would happen if the October 2025 date was missed. Ms Prowse said the contract allowed the county council to withhold up to 10 per cent of the final subsidy payment for late delivery, and that the council would "not hesitate to use that".

Cllr Fenwick said he had raised the matter at the county council's Economy Scrutiny Committee on Wednesday 19 February 2025. He said: "I've had more emails about broadband in Little Brantham than about potholes, and that tells you something." He said he had asked for Little Brantham to be given priority once the alternative route was approved.

Cllr Okafor asked for the average speed in the parish to be recorded. Ms Prowse confirmed the council's autumn 2024 survey figure of 6.2 Mbps, against a county average of 71 Mbps.

Cllr Heywood asked whether Fernline would communicate directly with residents. Ms Bancroft said a letter giving each address its expected date would be sent to every property in the parish before the end of April 2025.

### 25/035 Resolutions

**(a)** It was proposed by Cllr Marsh, seconded by Cllr Okafor, and RESOLVED unanimously that the Clerk write to Westmarsh County Council and to Fernline Networks Ltd asking for a monthly written progress report on the Little Brantham build, to be published on the parish council website.

**(b)** It was proposed by Cllr Aldridge, seconded by Cllr Heywood, that the Clerk write to Caroline Ashdown MP asking her to raise the Little Brantham delay with the relevant government minister. On being put to the vote, four voted in favour and one against (Cllr Tallis). Cllr Sutcliffe did not vote, having declared an interest. The motion was CARRIED.

Cllr Tallis asked that his reason be minuted: he considered the letter "premature while the new route is still going through approval".

**(c)** It was RESOLVED unanimously to set up a Broadband Working Group of three councillors, Cllr Marsh, Cllr Okafor and Cllr Aldridge, to meet Fernline monthly and report back to each ordinary meeting of the council.

**(d)** It was RESOLVED unanimously to spend up to £450 from the council's general reserve on printing and delivering a broadband information leaflet to every household in the parish.

### 25/036 Statement by the Chair

The Chair asked that the following be recorded: "This council supports the rollout and wants it finished, not abandoned. But residents were promised they would be connected by the end of March 2025, and that promise has been broken. We will be holding Fernline and the county to October."

### 25/037 Date of next meeting

The Annual Parish Meeting will be held on Tuesday 6 May 2025 at 7pm in Little Brantham Village Hall, followed by the Annual Meeting of the Parish Council.

The meeting closed at 9.12pm.

Signed ............................ (Chair)   Date ..................
`;

/** h620: sources/03_town_council_minutes.md, whole. */
const BRIDGE_MINUTES = `# STOWELL MARKET TOWN COUNCIL

## Minutes of the Extraordinary Meeting of the Town Council

**Held on Wednesday 12 March 2025 at 7.00pm in the Corn Exchange, High Street, Stowell Market**

**Present:** Cllr Denise Holroyd (Town Mayor, in the chair), Cllr Raj Bhandari (Deputy Mayor), Cllr Tom Easterby, Cllr Margaret Quayle, Cllr Simon Ravensworth, Cllr Ellen Pike, Cllr Harriet Dobree, Cllr Neil Ashdown, Cllr Bryony Lake, Cllr Colin Wetherall, Cllr Farah Siddiqi, Cllr Paul Kinsey (12 members)

**In attendance:** Martin Fairbairn (Town Clerk); Lisa Cranfield (Bridges and Structures Manager, Leddonshire County Council); County Cllr Helen Marwood (Cabinet Member for Highways, Leddonshire County Council); Yvonne Akerman (Chair, Stowell Market Chamber of Trade); 37 members of the public.

---

### 25/041 Apologies for absence

Apologies were received and accepted from Cllr Janet Orme (illness).

### 25/042 Declarations of interest

Cllr Easterby declared a non-pecuniary interest in item 25/044 as the owner of a shop on Mill Street north of the bridge.

### 25/043 Public participation

Yvonne Akerman, Chair of the Stowell Market Chamber of Trade, addressed the meeting. She said the Chamber had surveyed its members in the week after the closure notice was published and had received 48 responses. Of these, 31 businesses expected their takings to fall by more than 20 per cent during the closure, and 6 said they might have to reduce staff hours. She said: "Half the town shops on one side of the river and lives on the other. If you put an eleven-kilometre detour between them for four months, some of these businesses will not be here at Christmas."

A resident of Tanners Lane, Mr K. Pryor, asked whether vehicles would be able to cross the bridge in an emergency. Ms Cranfield replied that they would not, and that the fire service would respond to the north side of the river from Harcombe fire station, which was 4.1 miles away, during the closure.

### 25/044 Brackenford Bridge closure – presentation by Leddonshire County Council

Ms Cranfield presented the findings of the principal inspection carried out on 18 February 2025. She explained that the centre span had lost up to 22 per cent of the steel in part of one of its main beams, and that a scour hole had been found beside one of the piers.

She told members that the county had considered keeping one lane open under traffic lights throughout the works. "We looked very hard at keeping one lane open, and the engineers were clear that it isn't safe to do so while the beams are being broken out," she said. "The bridge has to be empty of traffic for that part of the job."

She said the contract had been tendered to three firms and that the contractor would be confirmed within days. The works would be funded from the county's capital highways maintenance budget. She confirmed that the closure would run from Monday 24 March and that the county was aiming to reopen the bridge on Friday 18 July.

Cllr Bhandari asked why the works could not start after the summer. Ms Cranfield replied that the river works at the pier had to be done between April and September, when the river was lower, and that "putting it off another year is not an option with the beam in the state it's in."

Cllr Marwood said: "I know this is going to be painful for Stowell Market, and I'm not going to pretend otherwise. But a bridge that is closed for four months is a great deal better than a bridge that has to be closed for good."

Cllr Quayle asked whether work could take place on Sundays to shorten the closure. Ms Cranfield said Sunday working had been priced but would add around £160,000 to the cost and would save only about two weeks. The county would keep the option under review.

Cllr Holroyd said: "Nobody in this room doubts the bridge needs mending. What we are asking is that the county does everything it can to keep this town trading while it's done."

### 25/045 Resolutions

Following discussion, it was **RESOLVED**:

(a) That the Town Clerk write to Leddonshire County Council requesting that parking in the Station Road car park be free of charge for the duration of the closure. *(For 9, against 2, abstentions 1)*

(b) That the Town Council request that the county council carry out Sunday working on the bridge if this would shorten the closure by two weeks or more. *(For 7, against 4, abstentions 1)*

(c) That the Town Council contribute up to £5,000 from its general reserve towards a "Shop Both Sides" promotional campaign to be run jointly with the Chamber of Trade. *(Carried unanimously)*

### 25/046 Date of next meeting

The next ordinary meeting of the Town Council will be held on Wednesday 2 April 2025 at 7.00pm in the Corn Exchange.

The meeting closed at 8.52pm.

Signed: Denise Holroyd, Town Mayor
Martin Fairbairn, Town Clerk
`;

/** h623: sources/01_waste_services_report.md, whole. */
const WASTE_REPORT = `CALDERBROOK DISTRICT COUNCIL

Report of the Head of Waste and Street Scene

To: Environment and Communities Scrutiny Committee, Tuesday 8 October 2024
Report date: Monday 30 September 2024
Author: Gareth Pennock, Head of Waste and Street Scene
Subject: Review of residual waste collection frequency

1. Purpose

1.1 This report sets out the performance of the council's household waste collection service in 2023/24 and asks the committee to consider a proposal to collect residual (black bin) waste every three weeks instead of every two weeks. The proposal will go to Cabinet on Tuesday 22 October 2024 for decision.

1.2 The council collects from 61,400 households across Calderbrook, Ashby Fold, Wexley Moor and the surrounding villages.

2. Tonnages and recycling performance

2.1 Total household waste collected fell from 60,520 tonnes in 2022/23 to 58,350 tonnes in 2023/24. Residual waste fell by 6.2 per cent, from 33,940 tonnes to 31,850 tonnes.

Table 1: Household waste collected (tonnes)

| Stream | 2022/23 | 2023/24 | Change |
|---|---|---|---|
| Residual (black bin) | 33,940 | 31,850 | -2,090 |
| Dry recycling (blue bin) | 13,020 | 13,210 | +190 |
| Garden waste (green bin, subscription) | 10,410 | 9,870 | -540 |
| Food waste (caddy) | 3,150 | 3,420 | +270 |
| Total | 60,520 | 58,350 | -2,170 |

2.2 The council's recycling rate (dry recycling, garden and food waste as a share of all household waste) rose from 43.9 per cent in 2022/23 to 45.4 per cent in 2023/24. This remains below the regional average of 47.8 per cent and well short of the council's own target of 55 per cent by 2030.

2.3 The fall in garden waste tonnage reflects the dry summer of 2023 and a drop in subscriptions from 24,300 to 23,650 after the annual charge rose from £48 to £52.

2.4 Each household put out an average of 519 kg of residual waste in 2023/24.

3. What is in the black bin

3.1 A compositional analysis carried out by Verdant Sampling Ltd in the week beginning Monday 18 March 2024, covering 400 black bins from 12 collection rounds, found that:

- 31 per cent of the contents by weight was food waste that could have gone in the weekly food caddy;
- 17 per cent was dry recycling (paper, card, cans, plastic bottles and glass) that could have gone in the blue bin;
- 8 per cent was absorbent hygiene products such as nappies and incontinence pads;
- the remaining 44 per cent was genuinely non-recyclable material.

3.2 In other words, almost half (48 per cent) of what goes in the black bin today could be recycled through existing services.

4. The proposal

4.1 Residual waste would be collected every three weeks from Monday 3 February 2025. Dry recycling would remain fortnightly, food waste would remain weekly and the garden waste subscription service would remain fortnightly between March and November.

4.2 Households of six or more people, and households with a medical need, could apply for a larger 240-litre black bin in place of the standard 180-litre bin.

4.3 A new free fortnightly collection of absorbent hygiene products, in purple sacks, would be offered to households that register.

5. Projected effects

5.1 Officers estimate that residual waste would fall by about 4,100 tonnes a year and that the recycling rate would reach 51.5 per cent by 2026/27.

5.2 Residual waste is taken to the Brackmoor energy-from-waste plant at a gate fee of £112.40 per tonne. The reduction in residual tonnage would save about £461,000 a year in disposal costs.

5.3 The number of residual collection rounds would fall from 14 to 11, saving about £659,000 a year in staff, fuel and vehicle costs. No compulsory redundancies are expected; the 9 loader and driver posts affected would be redeployed to recycling rounds or left vacant as staff leave.

5.4 The total saving is estimated at £1.12 million a year from 2025/26. One-off implementation costs, covering communications, re-routing, larger bins and purple sacks, are estimated at £385,000.

6. Comparison with other authorities

6.1 Neighbouring Fernleigh District Council moved to three-weekly residual collections on Monday 4 April 2022. Its recycling rate rose from 42.7 per cent in 2021/22 to 49.3 per cent in 2023/24 and its residual tonnage fell by 14 per cent over the same period. Fernleigh recorded a rise in reported fly-tipping in the first six months, which then returned to previous levels.

7. Risks

7.1 Fly-tipping: the council recorded 1,284 fly-tipping incidents in 2023/24, up 6 per cent on 2022/23. There is a risk that less frequent collections increase this.

7.2 Side waste: crews will not collect extra bags left beside black bins. Enforcement will follow an education-first approach for the first three months.

8. Consultation

8.1 A public consultation ran from Monday 29 July to Friday 6 September 2024 and received 4,612 responses. Of these, 58 per cent opposed the change, 31 per cent supported it and 11 per cent neither supported nor opposed it. The most common concerns were smells and pests in summer (cited by 1,940 respondents), bin capacity for larger families (1,315) and fly-tipping (1,102).

9. Recommendation

9.1 That the committee considers the proposal and makes any recommendations to Cabinet.
`;

/** h624: sources/01_organiser_statement.md, whole. */
const MARATHON_STATEMENT = `# Kestrelford Marathon Trust — Statement

**For immediate release**
**Issued: Sunday 16 March 2025, 11:30**
**Updated: Tuesday 18 March 2025, 14:00**

## Kestrelford Marathon 2025 cancelled on safety grounds

The Kestrelford Marathon Trust, the charity which organises the Kestrelford Marathon, confirms that the 2025 race, due to start at 09:00 today, Sunday 16 March, from Riverside Park, has been cancelled.

The decision was taken at 06:44 this morning by the event's Safety Advisory Group, which includes the Trust, Kestrelford Borough Council, Northmoor Police, Northmoor Fire and Rescue Service and the event's medical team, after an amber wind warning was issued overnight by the Northmoor Weather Service for the Kestrel Valley and Harland Moor. Runners were informed by text message and email at 06:52.

Overnight winds brought down two trees across Coldwell Lane, at mile 8 of the route, and caused part of the finish-area hospitality marquee in Market Square to collapse at about 05:30. Nobody was injured. The route between mile 14 and mile 19 crosses the open road over Harland Moor, where gusts of more than 60 mph were recorded before dawn and were forecast to strengthen through the morning.

Dr Priya Kanwar, chair of the Kestrelford Marathon Trust, said:

"This is the first time in the race's 23-year history that we have cancelled on the morning of the event. We know how many months of training go into a marathon, and we are heartbroken for every runner. But the safety of runners, marshals and spectators is not something we will ever gamble with."

## Key figures

| | |
|---|---|
| Runners registered | 4,212 |
| Race numbers collected at the expo (Friday 14 and Saturday 15 March) | 3,870 |
| Runners from outside Northmoor | about 1,150 |
| Nations represented | 27 |
| Volunteer marshals rostered | 420 |
| Charities supported by runners | 63 |
| Sponsorship pledged via the official fundraising page (at 10:00 Sunday) | £412,000 |
| Finishers in 2024 (record) | 3,655 |

## What happens next for runners (update, Tuesday 18 March)

The Trust will not be rescheduling the 2025 race. Road closures for the route require a minimum of 12 weeks' notice to Kestrelford Borough Council and Northmoor Highways.

Every registered runner may choose ONE of the following options:

1. **Free transfer** of their place to the 2026 Kestrelford Marathon, on Sunday 15 March 2026; or
2. **A partial refund** of 40 per cent of the entry fee: £20.80 for the standard entry fee of £52, or £18.00 for the club-affiliated fee of £45.

Runners must choose through their online entry account by 23:59 on Monday 31 March 2025. Runners who make no choice will be transferred to the 2026 race automatically.

All registered runners will receive the 2025 finisher's medal and technical T-shirt by post, free of charge, by Wednesday 30 April 2025.

The Trust has already spent £214,000 of its £260,000 budget for this year's event, including road signage, barriers, timing chips and the hire of the finish-area structures. The Trust's event insurance does not cover cancellation due to adverse weather, and a full refund of entry fees would therefore put the future of the race at risk.

Runners raising money for charity are asked to contact their chosen charity directly. The Trust's own charity partner, Kestrel Valley Hospice, had expected to receive about £95,000 from runners this year and has said that it will honour all pledges made in the name of the 2025 race.

**Ends**

Media enquiries: Tom Gathercole, communications officer, Kestrelford Marathon Trust, press@kestrelfordmarathon.org.uk
`;

/** h624: sources/02_weather_service_log.md, whole. */
const WEATHER_LOG = `# Northmoor Weather Service — Duty Forecaster Log (extract)

**Event support: Kestrelford Marathon, Sunday 16 March 2025**
**Duty forecasters: Gareth Lindqvist (Saturday day shift); Sian Okonjo (Saturday night / Sunday shift)**
**Observing stations: Kestrelford Riverside (KR, 42 m above sea level, at the start area); Harland Moor Top (HMT, 388 m above sea level, near mile 16 of the route)**

All times local (GMT). Wind speeds in miles per hour (mph). Rainfall in millimetres (mm).

## Saturday 15 March 2025

- **10:00** — Yellow warning for wind issued for all of Northmoor, valid 03:00–15:00 Sunday. Gusts of 45–50 mph expected inland, 55–60 mph possible on exposed high ground. (GL)
- **16:00** — Briefing call with Helen Ashworth-Pryce, race director, Kestrelford Marathon Trust. Advised that gusts during the race window (09:00–15:30) were expected to peak at 40–48 mph in the valley, strongest between 08:00 and 12:00. Advised a further update by 22:00. (GL)
- **21:30** — Yellow warning upgraded to AMBER for the Kestrel Valley and Harland Moor, valid 04:00–13:00 Sunday. Gusts of 55–65 mph expected on exposed ground, possibly 70 mph on the highest roads. Yellow warning for the rest of Northmoor unchanged. (SO)
- **21:45** — Race director informed of amber warning by telephone. Advised that the most likely time for the strongest gusts on Harland Moor was 09:00–11:00, with a lower-probability scenario of the front clearing earlier, by 08:00. Next update agreed for 05:00. (SO)

## Sunday 16 March 2025

- **04:50** — Gust of 61 mph recorded at HMT. (SO)
- **05:05** — Telephone update to race director: 61 mph at HMT at 04:50; front slower than forecast; earlier-clearance scenario now discounted. Strongest gusts expected 09:30–11:00. (SO)
- **05:30** — Northmoor Fire and Rescue Service reports two trees down on Coldwell Lane, Kestrelford. (SO)
- **06:00** — Rainfall at KR in the six hours from midnight: 14.2 mm. (SO)
- **06:15** — Joined Safety Advisory Group conference call (chair: Marcus Feltham, Kestrelford Borough Council). Presented observations and forecast. Forecast wind chill on Harland Moor of minus 4°C during the race window. (SO)
- **06:44** — Safety Advisory Group decision: cancel. (SO)
- **10:20** — Peak gust of the event at HMT: 67 mph. (SO)
- **10:25** — Peak gust of the day at KR: 52 mph. (SO)
- **13:00** — Amber warning expires. Yellow warning continues to 15:00. (SO)
- **15:00** — Yellow warning expires. Gusts at KR 31 mph. (SO)

## Observations table, Sunday 16 March 2025

| Time | Station | Mean wind (mph) | Max gust (mph) | Air temperature (°C) | Rainfall in previous hour (mm) |
|---|---|---|---|---|---|
| 03:00 | HMT | 34 | 52 | 3.1 | 2.4 |
| 03:00 | KR | 18 | 33 | 6.8 | 2.9 |
| 05:00 | HMT | 39 | 61 | 2.6 | 3.1 |
| 05:00 | KR | 21 | 38 | 6.2 | 3.3 |
| 07:00 | HMT | 41 | 59 | 2.2 | 1.8 |
| 07:00 | KR | 22 | 41 | 5.9 | 2.0 |
| 09:00 | HMT | 44 | 63 | 2.4 | 0.9 |
| 09:00 | KR | 25 | 46 | 6.4 | 1.1 |
| 11:00 | HMT | 45 | 67 | 3.0 | 0.4 |
| 11:00 | KR | 27 | 52 | 7.3 | 0.2 |
| 13:00 | HMT | 33 | 49 | 4.1 | 0.0 |
| 13:00 | KR | 19 | 37 | 8.8 | 0.0 |
| 15:00 | HMT | 24 | 38 | 5.0 | 0.0 |
| 15:00 | KR | 16 | 31 | 9.2 | 0.0 |

Max gust column gives the highest gust in the two hours ending at the stated time.

## Forecaster's note (SO, 16:10 Sunday)

The front moved through about 90 minutes later than the central forecast issued at 21:30 on Saturday. The highest gust at HMT (67 mph at 10:20) was within the amber warning range and is the strongest gust recorded at the station in March since the station opened in 2009. For comparison, the highest gust at HMT during the 2024 Kestrelford Marathon (Sunday 17 March 2024) was 29 mph.
`;

/** h531: sources/inspection_report_blaze_tanners_row.md, whole. */
const HYGIENE_REPORT = `# Harbridge Borough Council — Environmental Health (Food Safety Team)

## Food Hygiene Inspection Report

**Reference:** FS/2025/0187
**Premises:** Blaze Peri Chicken, 27 Tanner's Row, Harbridge HB2 4QT
**Food business operator:** Blazeway Foods Ltd (registered office: Unit 4, Denholme Park, Castlebury CB7 1LR)
**Type of business:** Takeaway / restaurant (hot food, eat-in and delivery)
**Date of inspection:** Tuesday 11 February 2025, 11:40 to 16:30
**Type of visit:** Unannounced inspection following complaint (complaint ref. FC/2025/0042, received Friday 7 February 2025)
**Inspecting officers:** Priya Landon, Senior Environmental Health Officer; Tom Ashcroft, Food Safety Officer
**Person in charge at time of visit:** Kamil Nowicki, branch manager
**Report issued:** Thursday 13 February 2025

---

### 1. Reason for visit

The visit was brought forward from the planned programme after a member of the public reported on Friday 7 February 2025 that a chicken wrap bought at the premises on the previous evening had been "pink and cold in the middle". The premises was last inspected on Tuesday 22 August 2023, when it received a food hygiene rating of 3 (generally satisfactory).

### 2. Summary of main findings

Officers found serious and widespread contraventions of Regulation (EC) No 852/2004 and the Food Safety and Hygiene (England) Regulations 2013. The principal matters were:

1. **Temperature control.** The walk-in chiller was operating at 11.4°C, measured with a calibrated probe at 12:05. Chilled food must be held at 8°C or below. The chiller's temperature log showed readings above 8°C on 5 of the previous 9 days, with no corrective action recorded. The branch manager told officers he had reported the fault to head office "about a fortnight ago".
2. **Hot holding.** Cooked chicken thighs in the front-of-house hot-holding cabinet were probed at 51°C. Hot food on display must be kept at 63°C or above.
3. **Pest activity.** Evidence of mouse activity was found: approximately 30 droppings behind the fryer bank and in the dry store, and gnawed packaging on two 25 kg sacks of flour. The last visit by the pest control contractor was on Thursday 3 October 2024, although the contract specifies a visit every six weeks. A gap of about 15 mm was found around a waste pipe entering the dry store.
4. **Cross-contamination.** Raw marinated chicken was stored on the shelf directly above an open tub of ready-to-eat coleslaw in the walk-in chiller.
5. **Handwashing.** The wash hand basin in the rear preparation area was obstructed by stacked boxes. There was no soap, and the water ran at 14°C after two minutes; no hot water was available at this basin.
6. **Food safety management.** The Safer Food, Better Business diary had not been completed since Sunday 19 January 2025.
7. **Training.** Nine staff were on duty. Training records could be produced for five of them; there were no records of food hygiene training for the other four.

### 3. Action taken on the day

- The operator agreed to a **voluntary closure** of the premises from 16:15 on Tuesday 11 February 2025. Because the operator closed voluntarily, officers did not serve a Hygiene Emergency Prohibition Notice, but advised that one would be served if the premises reopened before officers were satisfied there was no imminent risk to health.
- **38 kg** of food, with an estimated value of **£410**, was voluntarily surrendered and destroyed, including all stock from the walk-in chiller and the two damaged flour sacks.
- A **Hygiene Improvement Notice** was served on Blazeway Foods Ltd covering the pest-proofing, the wash hand basin and the food safety management system, with a compliance date of Monday 7 April 2025.

### 4. Scores

| Area assessed | Score (lower is better) | Score at previous inspection (22 Aug 2023) |
|---|---|---|
| Hygienic food handling | 20 | 10 |
| Physical condition of premises and facilities | 20 | 10 |
| Confidence in management / control procedures | 30 | 10 |
| **Total** | **70** | **30** |

**Food hygiene rating awarded: 0 (Urgent improvement necessary).**
A total score above 50 results in a rating of 0. The previous rating was 3.

### 5. Revisit

Officers revisited on Monday 17 February 2025 at 09:30. The dry store had been proofed, a pest control contractor had treated the premises on Friday 14 February, the wash hand basin was clear with soap and hot water at 47°C, and the walk-in chiller was holding at 3.8°C following replacement of the compressor. Officers were satisfied that there was no longer an imminent risk to health and the premises reopened at 12:00 the same day. **The rating of 0 remains in place** until a re-rating inspection is carried out.

### 6. Context

As of Friday 28 February 2025, Harbridge Borough Council had 1,146 rated food businesses on the national scheme. Six of them (0.5%) were rated 0, and 894 (78%) were rated 5. Blazeway Foods Ltd operates 11 outlets in Harbridge and Wexcombe; this is the only one currently rated below 3.

### 7. Right of appeal and re-rating

The operator may appeal the rating within 21 days of the date of notification. A re-rating inspection may be requested once the required improvements have been made. No appeal had been received by the close of the appeal period.

*Signed:* Priya Landon, Senior Environmental Health Officer
*Countersigned:* Neil Braddock, Head of Regulatory Services, Harbridge Borough Council
`;

describe('quotes, speakers, parties, denials and times of h614–h625, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a year inside a quotation the report has word for word has no rival in "Safety of Sports Grounds Act 1975"', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/01_sag_report.md': SAG_REPORT }));
    const roof = report('"The club was told about the roof in 2022 and asked for a plan this year," said Karen Oyelaran, the council\'s head of environmental health and licensing, who chairs the group.');
    assert.deepEqual(roof.conflicts, [], why(roof));
  });

  test('"Compensation claims have also risen" names no speaker; "one resident told them" is the report\'s "One person said"', async () => {
    assert.deepEqual(await misattributions({ 'sources/04_scrutiny_minutes_extract.md': SCRUTINY_MINUTES }, 'Compensation claims have also risen sharply, with 214 claims received in the quarter compared with 131 in the same period last year, an increase of 63%.'), []);
    const inspection = { 'sources/01_inspection_findings_summary.md': INSPECTION_SUMMARY };
    const quote = '"The girls here are lovely, they always have time for a chat, even when they\'re rushed off their feet."';
    assert.deepEqual(await misattributions(inspection, `Inspectors did praise the caring side of the home, rating it Good, and one resident told them: ${quote}`), []);
  });

  test('"privately owned" is "not owned by the council", and "owned by the council" is still its opposite; the developer is the applicant', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/01_planning_committee_report.md': PLANNING_REPORT }));
    const owned = (by: string) => report(`Because the land is ${by}, it is not a statutory allotment site, and the consent of the Secretary of State under the Allotments Act 1925 is not needed for its disposal, according to the council's planning report.`);
    const privately = owned('privately owned');
    assert.deepEqual(privately.conflicts, [], why(privately));
    const council = owned('owned by the council');
    assert.ok(council.conflicts.some((c) => c.kind === 'negation'), why(council));
    const pay = report('The developer would pay £185,000 for fencing, a mains water supply, paths, a 10-space car park and a communal store.');
    assert.deepEqual(pay.conflicts, [], why(pay));
  });

  test('"needed no new wayleaves, not because of its size" is the minutes\' two sentences; Priory Farm is a place, not a person swapped', async () => {
    const minutes = judgeWith(await workspaceIndex({ 'sources/03_parish_council_minutes.md': PARISH_MINUTES }));
    const first = minutes('Ms Prowse told the meeting that Harlow Cross had been built first because its network could be fed entirely from existing ducts and poles and needed no new wayleaves, not because of its size.');
    assert.deepEqual(first.conflicts, [], why(first));
    const interest = minutes('Cllr Graham Sutcliffe, who rents grazing land at Priory Farm, declared an interest and did not vote.');
    assert.deepEqual(interest.conflicts, [], why(interest));
  });

  test('"replied that they would not" denies what was asked, not the fire service\'s cover from Harcombe', async () => {
    const minutes = judgeWith(await workspaceIndex({ 'sources/03_town_council_minutes.md': BRIDGE_MINUTES }));
    const cover = minutes('Ms Cranfield said the fire service would cover the north side of the river from Harcombe fire station, 4.1 miles away, while the bridge is shut.');
    assert.deepEqual(cover.conflicts, [], why(cover));
  });

  test('"58 per cent of them opposed the change" is no opposite of "11 per cent neither supported nor opposed it"', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/01_waste_services_report.md': WASTE_REPORT }));
    const opposed = report('The public consultation, which ran from Monday 29 July to Friday 6 September, drew 4,612 responses, and 58 per cent of them opposed the change.');
    assert.deepEqual(opposed.conflicts, [], why(opposed));
  });

  test('the log\'s "21:30 — Yellow warning upgraded to AMBER" states the claim\'s time, against the statement\'s decision at 06:44', async () => {
    const marathon = judgeWith(await workspaceIndex({ 'sources/01_organiser_statement.md': MARATHON_STATEMENT, 'sources/02_weather_service_log.md': WEATHER_LOG }));
    const upgraded = (time: string) => marathon(`The Northmoor Weather Service had issued a yellow warning for wind on Saturday morning, before upgrading it to amber for the valley and the moor at ${time} that night.`);
    const right = upgraded('21:30');
    assert.deepEqual(right.conflicts, [], why(right));
    const wrong = upgraded('22:30');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
  });

  test('"did not serve a Hygiene Emergency Prohibition Notice" still denies "served" beside "one would be served if …" (a guard)', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/inspection_report_blaze_tanners_row.md': HYGIENE_REPORT }));
    const served = report('Officers served a Hygiene Emergency Prohibition Notice and the shop closed at 4.15pm that day.');
    assert.ok(served.conflicts.some((c) => c.kind === 'negation'), why(served));
  });
});
