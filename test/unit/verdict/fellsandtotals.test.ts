/**
 * The fifty-second round, fourth part: faithful sentences shown as errors in h704–h709 (written against 0f8d4da), and
 * a comparison the first form of one fix lost. "A fell rescue team" moves nothing; a row of totals with its year is
 * no month's rival ("Total 2024 | … | Total: 187"); a passage that gives all the claim's figures and names outweighs a
 * question's figure; a row the claim names only after "compared with" is the compared figure's; a post a minutes'
 * list gives a person in brackets is theirs ("Councillor Martin Deverell (Cabinet Member for Environment and
 * Climate)"); a region after a post is no holder ("Head of Grants, South West"); a figure compared with another row the
 * words after "than" name is compared with that row's cell of its column. The fixtures are the helpers' sources,
 * whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h705: sources/annual_report_2024.md, whole. */
const RESCUE_REPORT = `# High Carrick Mountain Rescue Team — Annual Report 2024

Registered charity no. 1049317
Base: Fellgate Road, Stanbeck
Presented to the Annual General Meeting, Thursday 27 February 2025, Stanbeck Village Hall

## 1. Chairman's foreword

2024 was the busiest year in the 52-year history of High Carrick Mountain Rescue Team. Our volunteers were called out 187 times, compared with 142 call-outs in 2023, an increase of 32 per cent. The previous record, 161 call-outs, was set in 2021.

Behind every one of those numbers is a person who needed help on the hill, and a team member who left work, family or bed to go and find them. I want to thank every one of our 44 operational members and 9 trainees for the 11,420 hours they gave to call-outs during the year, on top of training.

The year also showed us the limits of our equipment. Our second ambulance, Carrick 2, spent 41 days off the road for repairs in 2024. The committee has agreed that it must be replaced in 2025, and we will shortly be asking the public to help us do that.

Graham Tordoff, Chairman

## 2. Team leader's report

The team attended 187 incidents and assisted 203 people. Six of the incidents were fatal, the same number as in 2023. In 38 incidents we worked alongside the Coastguard helicopter from Caldwick, compared with 29 incidents in 2023.

The average call-out lasted 4 hours 10 minutes, from first page to the last member standing down. The longest was the search for a missing 67-year-old walker on Scarrow Pike, which began on the evening of Saturday 12 October 2024 and lasted 19 hours before he was found alive in Greythwaite Gill by a search dog handler from our neighbouring team, Langmere Fell Rescue.

Sunday 21 July 2024 was the busiest single day in the team's history, with four separate call-outs between 10.40am and 9.15pm, three of them on the Scarrow Edge path.

The largest single increase was in call-outs to people who were lost or benighted, which rose from 24 in 2023 to 41 in 2024, an increase of 71 per cent. Slips and trips resulting in lower-leg injuries remained the most common cause of call-outs, at 58 (2023: 49). Searches requested by Westmarch Police for missing or vulnerable people rose from 22 to 31.

In many of the lost and benighted incidents, the people we helped had set out to follow a route downloaded from a phone app or seen on social media, without a map, compass or torch, and had found themselves on the tops as darkness fell. Scarrow Edge, which has been widely shared on social media, accounted for 23 call-outs in 2024, compared with 9 in 2023.

Ruth Ellwood, Team Leader

## 3. Call-outs by month and cause, 2024

| Month     | Slip/trip (lower-leg injury) | Lost/benighted | Medical | Cragfast | Police-requested search | Other | Total |
|-----------|-----|-----|-----|-----|-----|-----|-----|
| January   | 2   | 2   | 1   | 0   | 3   | 1   | 9   |
| February  | 2   | 2   | 1   | 0   | 2   | 1   | 8   |
| March     | 3   | 3   | 2   | 1   | 2   | 1   | 12  |
| April     | 5   | 4   | 2   | 1   | 3   | 2   | 17  |
| May       | 6   | 4   | 3   | 2   | 3   | 1   | 19  |
| June      | 7   | 4   | 3   | 2   | 3   | 2   | 21  |
| July      | 8   | 5   | 4   | 2   | 3   | 2   | 24  |
| August    | 9   | 6   | 4   | 3   | 3   | 2   | 27  |
| September | 5   | 3   | 2   | 1   | 3   | 2   | 16  |
| October   | 4   | 3   | 2   | 1   | 2   | 1   | 13  |
| November  | 3   | 2   | 1   | 0   | 3   | 1   | 10  |
| December  | 4   | 3   | 2   | 1   | 1   | 0   | 11  |
| **Total 2024** | **58** | **41** | **27** | **14** | **31** | **16** | **187** |
| Total 2023 | 49 | 24 | 25 | 11 | 22 | 11 | 142 |

"Medical" covers walkers and climbers taken ill on the hill, including cardiac and diabetic emergencies. "Other" includes false alarms with good intent, animal rescues where a person was at risk, and assistance to the ambulance service away from the fells.

August was the busiest month, with 27 call-outs (August 2023: 19). February was the quietest, with 8.

## 4. Key figures

| Measure | 2024 | 2023 |
|---|---|---|
| Call-outs | 187 | 142 |
| People assisted | 203 | 158 |
| Fatal incidents | 6 | 6 |
| Incidents with helicopter support | 38 | 29 |
| Volunteer hours on call-outs | 11,420 | 8,610 |
| Average call-out duration | 4 h 10 min | 3 h 45 min |
| Operational members | 44 | 41 |
| Trainees | 9 | 6 |

## 5. Vehicles

The team operates two ambulances and one support vehicle:

- Carrick 1: Ford Transit 4x4 ambulance, registered 2019, 61,200 miles at 31 December 2024.
- Carrick 2: Land Rover Defender 110 ambulance, registered 2011, 147,300 miles at 31 December 2024.
- Carrick 3: Mitsubishi L200 pick-up used as a support and equipment vehicle, registered 2016.

Carrick 2 was off the road for a total of 41 days during 2024, including 23 days in November and December waiting for a replacement gearbox. Repair and maintenance costs for Carrick 2 were £6,840 in 2024, compared with £2,150 in 2023. Parts for the Defender 110, which ceased production in 2016, are becoming harder to obtain.

## 6. Finance

Total running costs for 2024 were £68,400 (2023: £59,100). The largest items were vehicle costs (£17,900), insurance (£9,600), and medical and rescue equipment (£14,200). The team receives no core funding from central or local government and relies on donations, legacies and grants. Income for the year was £74,250, of which £31,800 came from public donations and collection boxes.

At 31 December 2024 the team held unrestricted reserves of £112,000. The committee has agreed to commit £34,000 of these reserves towards the replacement of Carrick 2, while keeping reserves equal to at least nine months' running costs.

Priya Lund, Treasurer
`;

/** h705: sources/press_release_vehicle_appeal.md, whole. */
const RESCUE_APPEAL = `# PRESS RELEASE

**High Carrick Mountain Rescue Team**
Fellgate Road, Stanbeck

**For immediate release: Thursday 6 March 2025**

## Record year prompts £90,000 appeal for new rescue ambulance

High Carrick Mountain Rescue Team today launches a public appeal to raise £90,000 towards a new off-road ambulance, after the busiest year in its history.

The volunteer team was called out 187 times in 2024, up from 142 the year before. Its 13-year-old Land Rover Defender ambulance, known as Carrick 2, has covered more than 147,000 miles and spent 41 days off the road last year.

The team plans to replace Carrick 2 with a Toyota Land Cruiser 79, converted into a four-wheel-drive ambulance by Pennock Vehicle Conversions of Kirkby Lowther. The total cost is £124,000: £71,500 for the base vehicle and £52,500 for the conversion, stretcher system, lighting, radios and medical fit-out.

The team's committee has already set aside £34,000 from its reserves, leaving £90,000 to be raised from the public, businesses and grant-giving bodies.

Two pledges have been made ahead of the launch: £10,000 from the Fellside Community Trust and £7,500 from the Harrowmoss Wind Farm community benefit fund.

Ruth Ellwood, the team's leader, said: "Carrick 2 has carried hundreds of casualties off the fells, but it is now spending more time in the garage than on the hill. When a vehicle lets you down at two in the morning on a single-track road, that is time a casualty is waiting in the cold. We need something we can rely on."

Graham Tordoff, chairman of the team, said: "We have never asked the public for this much money in one go. But we have also never been this busy. Every pound raised will go straight into getting casualties off the hill faster."

The team hopes to have the new vehicle in service by Tuesday 30 September 2025.

### How to help

- Donate online through the team's website or by text.
- Collection boxes are in 31 shops, pubs and cafés across the Carrick valleys.
- The Scarrow Pike Sponsored Ascent will take place on Saturday 17 May 2025, starting from Stanbeck Village Hall at 8am. Entry costs £25, and participants are asked to raise at least £100 in sponsorship.
- A quiz night will be held at the Drovers Arms, Stanbeck, on Saturday 12 April 2025.

### Notes to editors

- High Carrick Mountain Rescue Team was founded in 1972 and covers about 340 square kilometres of the Carrick Fells, including Scarrow Pike (912 metres) and Scarrow Edge.
- The team is entirely made up of volunteers, who are on call 24 hours a day, 365 days a year.
- It is a member of the Northern Fells Rescue Association.
- The team does not charge for its services and receives no core government funding.

Media contact: Kath Bretherton, press officer, High Carrick Mountain Rescue Team
`;

/** h705: sources/interview_ruth_ellwood.md, whole. */
const RESCUE_INTERVIEW = `# Interview transcript: Ruth Ellwood, Team Leader, High Carrick Mountain Rescue Team

Date: Friday 7 March 2025
Location: Team base, Fellgate Road, Stanbeck
Interviewer: Tom Halliwell, reporter, Westmarch Gazette
Also present: Kath Bretherton, press officer, High Carrick MRT
Recording length: 24 minutes. Transcript lightly edited for repetition.

---

TOM HALLIWELL: Thanks for making the time. 187 call-outs last year. Did you see that coming?

RUTH ELLWOOD: Not the size of it, no. We'd had a feeling by the spring that it was going to be a big year, because April was already busier than any April we'd had. But by August we were running at nearly one call-out a day. Twenty-seven in a month is a lot for a team that's entirely volunteers.

TOM HALLIWELL: What's driving it?

RUTH ELLWOOD: The biggest change is the people who get lost or get caught out by the dark. That went from 24 to 41. A lot of that is Scarrow Edge. Somebody posts a video of it on a sunny evening, it gets a couple of million views, and people turn up in trainers at four in the afternoon with their phone on twenty per cent battery. The phone is the map, the phone is the torch and the phone is how they ring us. When the battery goes, they've got nothing.

TOM HALLIWELL: Are you blaming social media?

RUTH ELLWOOD: No, I'm not blaming anybody. Social media gets people outdoors, and that's a good thing. I'd just like the post to say "take a map, take a head torch and turn back if it's getting late". We'd rather people were out enjoying the fells than sat indoors.

TOM HALLIWELL: Twenty-three call-outs to Scarrow Edge alone.

RUTH ELLWOOD: Twenty-three, against nine the year before. And on the 21st of July, the Sunday, we had three jobs on the Edge in the same day and a fourth one over on the other side of the valley. That's the busiest day the team has ever had. Some members did three of those four.

TOM HALLIWELL: What was the hardest job of the year?

RUTH ELLWOOD: The search in October on Scarrow Pike. A gentleman in his sixties who hadn't come back from a walk. We were out for nineteen hours, through the night, in rain and fifty-mile-an-hour gusts. A dog handler from Langmere found him in Greythwaite Gill the next afternoon, cold but alive. That's the one that keeps you going. The six fatal incidents are the other side of it, and they stay with you.

TOM HALLIWELL: Let's talk about the ambulance. What's wrong with Carrick 2?

RUTH ELLWOOD: It's a 2011 Defender. It's been a brilliant vehicle, but it's done nearly a hundred and fifty thousand miles, most of them on rough tracks, and it's worn out. Last year it was off the road for forty-one days. The worst was the gearbox in November, when we were without it for over three weeks while we waited for parts. Land Rover stopped making the old Defender in 2016, so parts are getting scarce and expensive.

TOM HALLIWELL: What happens when it's off the road?

RUTH ELLWOOD: We're down to one ambulance, Carrick 1. If we get two jobs at once, which happened eleven times last year, the second casualty either waits or we have to ask Langmere to lend us a vehicle. That's not a position I want to be in.

TOM HALLIWELL: Why the Land Cruiser?

RUTH ELLWOOD: We looked at four options over six months. The Land Cruiser 79 is simple, it's tough and it's what a lot of teams in the Northern Fells Rescue Association have moved to, so we can share spares and know-how. Pennock in Kirkby Lowther have converted several already. We're expecting it to do fifteen years with us.

TOM HALLIWELL: £90,000 is a lot to ask for.

RUTH ELLWOOD: It is, and I know times are hard for people. But the team has put in £34,000 of its own money, and we've already got £17,500 pledged from the Fellside Community Trust and the wind farm fund. So we're starting from a good place. If every one of the people we helped last year gave a tenner, that wouldn't do it. But if everybody who walks on Scarrow Edge this summer put a pound in a box, it would.

TOM HALLIWELL: Are the volunteers coping with the workload?

RUTH ELLWOOD: They're tired. 11,420 hours on call-outs last year, and that's before training, fundraising and fixing the Defender. We've taken on nine trainees, which is the most we've ever had at once, and that will help. But I'd say to anybody thinking of going up Scarrow Edge: plan properly, and you might never need us.

TOM HALLIWELL: Last question. What would you say to people reading this?

RUTH ELLWOOD: Enjoy the fells, respect them, and if you can spare a few quid for the appeal, we'd be very grateful. We'll never charge anyone for a rescue. That's not going to change.

KATH BRETHERTON: Just to add, the sponsored ascent on the 17th of May is open to anyone over 14, and there's a kit check at the start, so it's a good chance to learn what you should be carrying.

TOM HALLIWELL: Thank you both.

[END OF RECORDING]
`;

/** h704: sources/council_budget_consultation_summary.md, whole. */
const TOILETS_SUMMARY = `# North Aldmoor District Council

## Budget Consultation 2025/26: Summary of Responses

**Report to:** Cabinet, Wednesday 22 January 2025
**Published:** Monday 13 January 2025
**Report author:** Helen Arkwright, Director of Resources (Section 151 Officer)
**Cabinet member:** Councillor Mark Hebden, Cabinet Member for Finance and Resources

### 1. Background

1.1 The council faces a funding gap of £2.4 million in 2025/26, rising to a forecast £3.1 million in 2026/27. The gap is driven mainly by pay and contract inflation, a 14 per cent rise in temporary accommodation costs and a smaller than expected settlement from central government.

1.2 In October 2024 Cabinet agreed to consult residents, businesses and partner organisations on seven savings proposals. The consultation ran for nine weeks, from Monday 14 October 2024 to Monday 16 December 2024.

1.3 The council received 1,284 responses (1,102 online and 182 on paper). Officers also held three drop-in sessions, in Brackenford, Hollins Cross and Amberley Bay, attended by an estimated 230 people. A petition of 1,912 signatures opposing the closure of the Market Square toilets in Brackenford was handed in by the Brackenford Market Traders' Association on the final day of the consultation.

### 2. Savings proposals

**Table 1: Savings proposals consulted on**

| Ref | Proposal | Annual saving | Posts affected (FTE) |
|-----|----------|---------------|----------------------|
| S1 | Closure of five public toilet blocks | £186,000 | 1.0 |
| S2 | Community Toilet Scheme (new cost, offsets S1) | –£24,000 | 0.0 |
| S3 | Reduce grass and verge cutting from 12 to 8 cuts a year | £95,000 | 2.0 |
| S4 | Reduce library opening hours at Hollins Cross and Amberley Bay | £140,000 | 4.5 |
| S5 | Increase car park charges by 20p an hour | £210,000 | 0.0 |
| S6 | Withdraw Christmas lights grants to town and parish councils | £38,000 | 0.0 |
| S7 | Merge customer service points | £120,000 | 3.0 |
| | **Total (net)** | **£765,000** | **10.5** |

2.1 The remainder of the 2025/26 gap, £1,635,000, is proposed to be met by drawing £900,000 from general reserves and by a council tax increase of 2.99 per cent, which would raise an estimated £735,000.

### 3. Public toilets (proposals S1 and S2)

3.1 The council currently runs seven public toilet blocks. It is proposed to close five of them from Tuesday 1 April 2025. The Riverside Park toilets in Brackenford, which include the district's only Changing Places toilet, will be retained, as will the seasonal toilets at Amberley Bay Harbour (open April to October).

**Table 2: Toilet blocks proposed for closure**

| Site | Town | Annual running cost | Estimated visits 2023/24 | Cost per visit |
|------|------|---------------------|--------------------------|----------------|
| Market Square | Brackenford | £52,400 | 61,000 | 86p |
| Bell Lane | Brackenford | £31,900 | 18,500 | £1.72 |
| Station Road car park | Brackenford | £27,600 | 14,200 | £1.94 |
| Cattle Market car park | Hollins Cross | £38,300 | 22,900 | £1.67 |
| Promenade East | Amberley Bay | £35,800 | 40,100 | 89p |
| **Total** | | **£186,000** | **156,700** | |

3.2 Running costs include cleaning (under the council's contract with Kestrel Facilities Ltd), utilities, consumables and repairs. Repairs following vandalism cost £8,300 across the five sites in 2023/24. The Market Square block is open from 7am to 8pm, seven days a week, and is the only block with an attendant. The attendant post (1.0 FTE) would be deleted and the postholder offered redeployment within the council.

3.3 **Community Toilet Scheme.** In place of the closed blocks, the council will pay shops, cafés, pubs and other businesses £600 a year (£50 a month) to allow any member of the public to use their toilets during opening hours without buying anything. Participating businesses will display a window sticker and be listed on the council's website. Businesses are not required to have an accessible toilet in order to join, but are asked to state whether they have one.

3.4 The council's target is 40 businesses. If all 40 places are filled the scheme will cost £24,000 a year, giving a net saving from S1 and S2 of £162,000. As at Friday 10 January 2025, 17 businesses had signed up: nine in Brackenford, five in Hollins Cross and three in Amberley Bay. Of these, six report having an accessible toilet and four have baby-changing facilities.

3.5 A similar scheme has operated in neighbouring Corvale Borough since 2019. It has grown from 12 businesses at launch to 31 today.

### 4. Consultation results

**Table 3: Responses to each proposal (per cent of respondents)**

| Ref | Proposal | Agree | Disagree | No view |
|-----|----------|-------|----------|---------|
| S1/S2 | Toilet closures and community scheme | 27 | 61 | 12 |
| S3 | Grass cutting | 39 | 44 | 17 |
| S4 | Library hours | 22 | 58 | 20 |
| S5 | Car park charges | 25 | 57 | 18 |
| S6 | Christmas lights grants | 48 | 31 | 21 |
| S7 | Customer service points | 52 | 23 | 25 |

4.1 The toilet closures were the most opposed of the seven proposals. The merger of customer service points was the least opposed.

4.2 Respondents left 412 written comments on the toilet proposals. The most common themes were:

- the needs of older people (148 comments);
- the needs of disabled people and people with medical conditions (121 comments);
- the effect on visitors and tourism, particularly in Amberley Bay (97 comments);
- the effect on Brackenford market and its traders (54 comments).

4.3 An Equality Impact Assessment for proposals S1 and S2 was published alongside this report. It rates the impact on disabled people and older people as "medium", with mitigation through the Community Toilet Scheme and the retention of the Changing Places toilet at Riverside Park.

### 5. Comments from the Cabinet Member and Director

Councillor Mark Hebden, Cabinet Member for Finance and Resources, said: "Nobody became a councillor to close public toilets. But every pound we spend keeping a block open at 86p a visit is a pound we cannot spend on social care referrals or homelessness, and we have to be honest about that."

Helen Arkwright, Director of Resources, said: "The consultation has told us clearly that toilets matter to people. The community toilet scheme is our attempt to keep provision in every town centre at a fraction of the cost."

### 6. Recommendations

6.1 That Cabinet recommends proposals S1 and S2 to full council, with closures taking effect on Tuesday 1 April 2025.

6.2 That the Community Toilet Scheme is reviewed after six months, in October 2025, with a report back to Cabinet.

6.3 That the budget, including all seven proposals, is put to full council on Wednesday 19 February 2025.
`;

/** h707: sources/03_scrutiny_minutes.md, whole. */
const BINS_MINUTES = `# Westmarsh District Council

## Minutes of the Environment and Communities Scrutiny Committee

**Held on Tuesday 3 December 2024 at 6.30pm in the Council Chamber, Westmarsh Civic Centre, Market Street, Westmarsh**

**Present:** Councillor Rosalind Tey (Chair), Councillor Owen Batley (Vice-Chair), Councillors Amira Haddad, Colin Prest, Sian Rowlands, Derek Fairweather, Joanne Kells, Tom Ebdon and Lucy Marchant.

**Also present:** Councillor Martin Deverell (Cabinet Member for Environment and Climate); Helen Ashcroft (Head of Waste and Street Scene); Gareth Pellow (Regional Operations Director, Corvane Environmental Ltd); Nadia Osei (Democratic Services Officer).

**Members of the public:** 23.

### 41. Apologies

None.

### 42. Declarations of interest

Councillor Prest declared a non-pecuniary interest as a resident of Stavely Fen whose own bin had been missed in September.

### 43. Public questions

Mrs Glenys Harker, of Orchard Way, Stavely Fen, asked why her street had been missed three times in seven weeks. She said: "We were told to put our bins out and we did. Nobody came, and when I rang the council I was told to ring Corvane, and Corvane told me to ring the council."

The Head of Waste and Street Scene apologised and said Orchard Way had been one of the private lanes left off the new schedules. It had been added to the round on 18 October and had not been missed since.

### 44. Three-weekly residual waste collections – first quarter performance report

The Head of Waste and Street Scene introduced the report. She said the tonnage figures showed the policy was working, with residual waste down 16.5% and the recycling rate up to 50.5%, but that "the service residents received in September was not acceptable, and I am not going to stand here and pretend otherwise."

The Cabinet Member for Environment and Climate said the council remained committed to the change. "The savings are real and the recycling figures are the best this council has ever had. But a policy is only as good as the bin lorry that turns up, and in September too many didn't," he said.

Mr Pellow repeated the company's apology. In answer to the Vice-Chair, he said that the company had now filled all its driver vacancies and that on-time collection had reached 97.8% in November.

Councillor Batley said the committee had been told in July that missed collections would rise "for two or three weeks at most". He said: "It has been three months. The people of Stavely Fen have been treated as an afterthought."

Councillor Haddad asked who was responsible for the errors in the property list. The Head of Waste and Street Scene said the list had been produced by the council from its address gazetteer and shared with Corvane on 12 August, not in July, and that Corvane had been asked to check it against its own round data. Mr Pellow said the company "would not get into a blame game" but accepted that it should have carried out test runs of the new rounds before the launch.

Councillor Rowlands asked whether the £62,500 in deductions would be passed on to residents. The Head of Waste and Street Scene said the money went back into the council's general fund and was not ring-fenced for the waste service.

Councillor Fairweather asked about bins that were too heavy to lift. The Head of Waste and Street Scene said crews had reported 1,930 overfilled grey bins in September, falling to 610 in November. Households of six or more people could apply for a larger 360-litre bin, and 1,144 had done so.

Councillor Kells asked whether the council would consider a return to fortnightly collections. The Cabinet Member said this was "not on the table", as it would remove the saving of £1.1 million a year.

### RESOLVED

(a) That the report be noted.

(b) That the committee endorse the continuation of three-weekly residual collections, subject to a further report to its meeting on Tuesday 11 March 2025. (For 7, against 2.)

(c) That officers and Corvane complete a joint review of communal bin stores at flats by 31 January 2025, and that the review include all properties on private and unadopted lanes.

(d) That the Cabinet Member be asked to write to every household in Stavely Fen to apologise and to confirm their collection day.

The meeting closed at 8.47pm.

Chair ............................
`;

/** h708: sources/01_grant_letter.md, whole. */
const GRANT_LETTER = `# Heritage Coast Fund — Grant Award Letter

**Heritage Coast Fund, South West Regional Office**
4 Chandlers Yard, Exeter EX2 4PQ

Tuesday 14 March 2023

Mrs Margaret Pellow
Chair, Kestlecombe Pier Trust
The Old Tollhouse, Marine Parade
Kestlecombe-on-Sea

**Project reference: HCF-23-0417**
**Project title: Kestlecombe Pier — Saving the Iron Walk**

Dear Mrs Pellow,

I am pleased to tell you that the Heritage Coast Fund's South West Grants Committee, at its meeting on Thursday 9 February 2023, agreed to award Kestlecombe Pier Trust a delivery grant of **£2,350,000** towards the restoration of Kestlecombe Pier.

This is one of the largest awards the Committee has made in the current funding round. Members were impressed by the strength of local support for the pier, which opened in 1889 and is a Grade II listed structure, and by the Trust's plans to involve volunteers in its future.

## 1. The approved project

The grant is awarded towards the following approved purposes:

- replacement or repair of the pier's cast-iron support piles and bracing along its full length of 312 metres;
- replacement of the timber deck, approximately 2,650 square metres, with sustainably sourced hardwood;
- repair of the roof and glazing of the 1905 pavilion at the seaward end;
- restoration of the Victorian balustrades and 46 lamp standards;
- new electrical supply and lighting;
- a programme of heritage interpretation and activity, including a volunteer guide scheme.

## 2. Funding

The total eligible project cost is **£3,800,000**. The Fund's grant of £2,350,000 represents 61.8% of that cost. The grant is conditional on the following partnership funding being secured:

| Source | Amount |
|---|---|
| Heritage Coast Fund (this grant) | £2,350,000 |
| Kestlecombe District Council | £900,000 |
| Kestlecombe Pier Trust fundraising | £550,000 |
| **Total** | **£3,800,000** |

The grant is a maximum amount. The Fund will not normally increase a grant once it has been awarded. Any request for additional funding must be made in writing and will be considered by the Grants Committee on its merits; there is no guarantee that such a request will succeed.

## 3. Payment

- An advance of 10% of the grant (£235,000) will be paid once you have accepted this offer and given us permission to start.
- Further payments will be made quarterly in arrears against evidence of costs incurred.
- We will retain 5% of the grant (£117,500) until we have received and approved your completion report.

## 4. Programme

Your application set out the following programme, which forms part of this grant:

- start on site: by Monday 4 September 2023;
- pier reopened to the public: Saturday 25 May 2024;
- project completion (all works and activity): by Monday 31 March 2025.

You must tell us promptly of any change that might delay the project by more than eight weeks. Any extension to the completion date must be agreed with us in writing.

## 5. Key conditions

1. The pier must be open to the public free of charge for at least 300 days a year for 10 years after project completion.
2. You must recruit and train at least 40 volunteers for the guide scheme by the completion date.
3. You must acknowledge the Fund's support on site and in all publicity.
4. Any change to the approved purposes requires our prior written consent.

## 6. Acceptance

Please sign and return the enclosed acceptance form within 28 days, by Tuesday 11 April 2023. If we do not receive it by that date, the offer may be withdrawn.

Your grants officer for this project is Priya Lomax, who will be your first point of contact.

Yours sincerely,

**Daniel Ashworth**
Head of Grants, South West
Heritage Coast Fund
`;

/** h519: sources/cabinet_report_waste_review.md, whole. */
const WASTE_REVIEW = `# Brackenford District Council — Cabinet

## Report: Waste Collection Service Review — Residual Waste Collection Frequency

**Meeting:** Cabinet, Tuesday 21 January 2025, 6.30pm, Council Chamber, Brackenford Civic Centre
**Report author:** Daniel Okafor, Director of Neighbourhood Services
**Portfolio holder:** Councillor Margaret Ellison, Cabinet Member for Environment and Waste
**Report published:** Monday 13 January 2025
**Key decision:** Yes
**Wards affected:** All

---

### 1. Purpose of the report

1.1 This report asks Cabinet to approve a change in the collection frequency of residual (black bin) waste from fortnightly to every three weeks, with effect from Monday 7 April 2025.

1.2 It sets out the results of the public consultation held between Monday 14 October 2024 and Sunday 24 November 2024, the financial case, the likely effect on recycling performance, and the support measures proposed for households that may struggle with reduced capacity.

### 2. Recommendations

Cabinet is asked to:

1. Approve the move to three-weekly collection of residual waste for kerbside households from Monday 7 April 2025.
2. Note that recycling (blue bin) collections will remain fortnightly and food waste collections will remain weekly.
3. Approve a free 240-litre black bin for eligible larger households, in place of the standard 180-litre bin.
4. Approve the introduction of a free fortnightly collection of absorbent hygiene products (nappies and continence products) for registered households.
5. Approve one-off implementation costs of £385,000, to be met from the Waste Transformation Reserve.
6. Ask officers to report back to Cabinet on the first twelve months of the new service in June 2026.

### 3. Background

3.1 The council collects waste from approximately 58,400 households. Of these, around 2,900 households in flats are served by communal bins; communal collections are outside the scope of this proposal and will stay fortnightly.

3.2 The current kerbside service is:

- Black bin (180 litres), residual waste: fortnightly
- Blue bin (240 litres), mixed dry recycling: fortnightly
- Food waste caddy (23 litres): weekly
- Garden waste (brown bin): fortnightly, by subscription at £52 a year

3.3 In 2023/24 the council collected 28,450 tonnes of residual waste, equivalent to 487 kg per household. The household recycling rate was 41.3%, down from 42.8% in 2022/23. The council's Resources and Waste Strategy 2022–2030 sets a target recycling rate of 50% by 2027.

3.4 Residual waste is taken to the Stanmoor Energy from Waste plant under a contract with Lindqvist Environmental Ltd. The gate fee for 2024/25 is £118 per tonne.

3.5 A waste composition analysis of 600 black bins, carried out by the consultancy Harrow & Tenby Associates in September 2024, found that 31% of the contents by weight was food waste and a further 22% was material that could have been placed in the blue recycling bin. Taken together, more than half of what is put into black bins in the district could be collected through the existing food and recycling services.

### 4. Consultation

4.1 The consultation received 3,412 responses, online and on paper. Six drop-in sessions were held in libraries and community centres.

**Table 1: Response to the proposal**

| Response | Number | Share |
|---|---|---|
| Oppose | 2,081 | 61% |
| Support | 921 | 27% |
| Neither support nor oppose | 410 | 12% |
| **Total** | **3,412** | **100%** |

4.2 Respondents who opposed the change were asked to select their main concerns (more than one answer allowed):

| Concern | Share of respondents opposing |
|---|---|
| Smell and hygiene, particularly in summer | 44% |
| Bins overflowing before collection day | 38% |
| An increase in fly-tipping | 29% |
| Difficulty for larger families | 21% |
| Confusion over collection days | 9% |

4.3 Officers have responded to these concerns through the larger-bin offer, the hygiene products collection, and a communications campaign (section 7). The consultation was not a referendum, and Cabinet must weigh the responses alongside the financial position and the council's statutory and strategic duties.

### 5. Evidence from other authorities

5.1 Haddleby Borough Council, which borders the district to the east, moved to three-weekly residual collections on Monday 4 September 2023. Wenmouth District Council continues to collect residual waste fortnightly.

**Table 2: Comparison with neighbouring authorities**

| Authority | Residual frequency | Recycling rate (before) | Recycling rate (latest) | Residual waste per household (before) | Residual waste per household (latest) |
|---|---|---|---|---|---|
| Haddleby BC | Three-weekly since Sept 2023 | 38.9% (2022/23) | 46.2% (2023/24) | 512 kg | 431 kg |
| Wenmouth DC | Fortnightly | 43.6% (2022/23) | 44.0% (2023/24) | 470 kg | 462 kg |
| Brackenford DC | Fortnightly | 42.8% (2022/23) | 41.3% (2023/24) | 479 kg | 487 kg |

5.2 Haddleby recorded a 6% rise in fly-tipping incidents in the first year of the new service. Officers there consider this consistent with the regional trend, which showed a 5% rise over the same period.

### 6. Financial implications

6.1 The council faces a budget gap of £4.6 million in 2025/26. The proposal is forecast to deliver a full-year saving of £1,211,340 from 2025/26 onwards.

**Table 3: Forecast annual savings**

| Item | Saving |
|---|---|
| Collection rounds reduced from 22 to 16 (staff, fuel, vehicle maintenance) | £842,000 |
| Reduced disposal: 3,130 tonnes less residual waste (11%) at £118 per tonne | £369,340 |
| **Total** | **£1,211,340** |

6.2 One-off implementation costs are estimated at £385,000:

| Item | Cost |
|---|---|
| Replacement 240-litre bins for eligible households | £210,000 |
| Communications, collection calendars and door-knocking | £95,000 |
| Route optimisation software and in-cab IT | £80,000 |
| **Total** | **£385,000** |

6.3 Priya Lund, Chief Finance Officer, advises that the costs can be met from the Waste Transformation Reserve, which holds £1.1 million, and that the savings are required to balance the 2025/26 budget.

### 7. Support for households

7.1 **Larger bins.** Households of five or more people, or with two or more children in nappies, may apply for a free 240-litre black bin in place of the 180-litre bin. Around 6,500 households are estimated to be eligible. Applications will open on Monday 3 February 2025.

7.2 **Absorbent hygiene products.** A free fortnightly collection of nappies and continence products in purple sacks will be offered to households that register.

7.3 **Communications.** Every kerbside household will receive a letter by Friday 14 March 2025, and new collection calendars will be delivered in the week beginning Monday 17 March 2025. Crews will tag bins that contain recyclable material for the first six weeks of the new service.

### 8. Workforce and fleet

8.1 The reduction in rounds affects 18 driver and loader posts. Of these, 11 are currently vacant or filled by agency staff. The remaining 7 permanent staff will be redeployed to food waste and trade waste rounds. There will be no compulsory redundancies.

8.2 Six refuse collection vehicles will be released; four will be sold and two kept as spares.

### 9. Risks

| Risk | Likelihood | Mitigation |
|---|---|---|
| Increase in side waste and overflowing bins | Medium | Larger bins, crew tagging, no side waste policy enforced after six weeks |
| Increase in fly-tipping | Medium | Enforcement team to monitor hotspots; monthly reporting to Cabinet member |
| Missed collections during changeover | High | Extra crew capacity for first four weeks |
| Reputational damage | High | Communications plan (section 7.3) |

### 10. Equality impact

10.1 An equality impact assessment has been completed. Potential negative effects on larger families, disabled residents and residents with continence needs are mitigated by the measures in section 7. Assisted collections will continue unchanged for the 1,240 households currently registered.

### 11. Background papers

- Waste Composition Analysis, Harrow & Tenby Associates, September 2024
- Waste Collection Consultation Results, December 2024
- Resources and Waste Strategy 2022–2030
`;

describe('fells, rows of totals, questions, compared rows, listed posts, regions and rows after "than", with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"A fell rescue team" is no fall against "appeal to raise £90,000"; the busiest month is August, not the row "Total 2024"', async () => {
    const rescue = judgeWith(await workspaceIndex({ 'sources/annual_report_2024.md': RESCUE_REPORT, 'sources/press_release_vehicle_appeal.md': RESCUE_APPEAL, 'sources/interview_ruth_ellwood.md': RESCUE_INTERVIEW }));
    const fell = rescue('A fell rescue team that was called out a record 187 times last year has launched a £90,000 public appeal to replace its ageing off-road ambulance.');
    assert.ok(!fell.conflicts.some((c) => c.kind === 'direction'), why(fell));
    const august = rescue('August was the busiest month, with 27 call-outs, compared with 19 in August 2023, while February was the quietest, with eight.');
    assert.deepEqual(august.conflicts, [], why(august));
    const march = rescue('March was the busiest month, with 3 slips.');
    assert.ok(march.conflicts.some((c) => /August/.test(c.source)), why(march));
  });

  test('"Three of those four call-outs were on the Scarrow Edge path" is the report\'s, not the question\'s "Twenty-three"', async () => {
    const rescue = judgeWith(await workspaceIndex({ 'sources/annual_report_2024.md': RESCUE_REPORT, 'sources/interview_ruth_ellwood.md': RESCUE_INTERVIEW }));
    const four = rescue('Three of those four call-outs were on the Scarrow Edge path.');
    assert.deepEqual(four.conflicts, [], why(four));
    const five = rescue('Three of those five call-outs were on the Scarrow Edge path.');
    assert.ok(five.conflicts.length > 0, why(five));
  });

  test('"86p a visit, compared with £1.94 a visit at the Station Road car park toilets" gives 86p to no Station Road', async () => {
    const toilets = judgeWith(await workspaceIndex({ 'sources/council_budget_consultation_summary.md': TOILETS_SUMMARY }));
    const compared = toilets('That works out at 86p a visit, compared with £1.94 a visit at the Station Road car park toilets.');
    assert.deepEqual(compared.conflicts, [], why(compared));
    const own = toilets('Station Road car park toilets cost 86p a visit.');
    assert.ok(own.conflicts.length > 0, why(own));
  });

  test('"The Cabinet Member said" is Councillor Deverell, whom the minutes list as the Cabinet Member; Helen Ashcroft is not', async () => {
    const files = { 'sources/03_scrutiny_minutes.md': BINS_MINUTES };
    assert.deepEqual(await misattributions(files, 'Councillor Deverell said a return to fortnightly collections was "not on the table".'), []);
    const other = await misattributions(files, 'Helen Ashcroft said a return to fortnightly collections was "not on the table".');
    assert.ok(other.some((m) => /Cabinet Member/.test(m)), other.join('\n'));
  });

  test('"Head of Grants, South West" under a signature gives the post to no region', async () => {
    const pier = judgeWith(await workspaceIndex({ 'sources/01_grant_letter.md': GRANT_LETTER }));
    const signed = pier("The original grant letter, signed by Daniel Ashworth, the fund's head of grants for the South West, warned that the fund would not normally increase a grant once it had been awarded.");
    assert.deepEqual(signed.conflicts, [], why(signed));
  });

  test('"at 487kg, is already lower than that of Wenmouth" is compared with Wenmouth\'s row, 462 kg; "higher" holds', async () => {
    const waste = judgeWith(await workspaceIndex({ 'sources/cabinet_report_waste_review.md': WASTE_REVIEW }));
    const lower = waste("Brackenford's residual waste per household, at 487kg, is already lower than that of Wenmouth, which still collects fortnightly.");
    assert.ok(lower.conflicts.some((c) => c.claim === 'lower' && /Wenmouth DC \| .*462 kg/.test(c.source)), why(lower));
    const higher = waste("Brackenford's residual waste per household, at 487kg, is already higher than that of Wenmouth, which still collects fortnightly.");
    assert.ok(!higher.conflicts.some((c) => c.claim === 'higher' || c.claim === '487kg'), why(higher));
  });
});
