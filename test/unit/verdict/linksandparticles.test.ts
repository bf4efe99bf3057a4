/**
 * The forty-eighth round, fifth part: faithful sentences of h596–h601 (written against faed608) shown as errors,
 * and three of earlier rounds. A linking adverb ("therefore") is no word swapped; "from five days a week to three"
 * gives the three its days, and its five is the level the move left; "for good" is no word of worth; a verb with its
 * particle is what "couldn't go up or down" denies, not the ledge before it, and "didn't go out" still denies "went
 * out"; a subject opening a sentence that "is not a bank" is the van's; "Mbereta's Special Envoy" is the envoy of
 * the Republic of Mbereta; "Until then" takes its date from the sentence before; "Deletion of 85 vacant posts" is
 * named by "deleting 85 vacant posts"; a figure alike but for its bound shows the bounds; "flagged" is "included". The
 * fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';
import { FERRY_INTERVIEWS } from './helperSources48';

/** h600: sources/engineer_report.md, whole. */
const DRAINAGE_REPORT = `# Pellow & Gant Consulting Engineers

## Larkfield Rise, Ashcombe: Investigation of Surface Water Drainage Performance, September 2024

**Report reference:** PG-4471-R01
**Date of issue:** Tuesday 8 October 2024
**Prepared for:** East Harwick District Council, Environmental Services
**Author:** Dr Helen Marsh CEng MICE, Principal Drainage Engineer
**Checked by:** Owen Tattersall, Associate Director

---

### 1. Background

1.1 Larkfield Rise is a residential development of 148 homes on the northern edge of Ashcombe, built by Brackenmoor Homes Ltd. Outline planning permission was granted by East Harwick District Council on Thursday 17 June 2021. Phase 1, comprising 96 homes, has been occupied since Monday 13 March 2023. Phase 2 (52 homes) is under construction.

1.2 Surface water from roofs and roads drains through a network of swales and pipes to a single attenuation pond at the south-eastern corner of the site. The pond discharges to the Mill Brook through a vortex flow control. The approved drainage strategy limits discharge to 5.2 litres per second (l/s), and the pond was designed to hold 1,850 cubic metres of water in a 1-in-100-year storm with a 40 per cent allowance for climate change.

1.3 The drainage system has not yet been adopted by Wendle Valley Water. It is currently maintained by Brackenmoor Homes on behalf of Larkfield Rise Management Company Ltd, to which residents pay an annual service charge of £186.

1.4 Following reports of garden flooding on Friday 20 September and Monday 23 September 2024, the Council commissioned this investigation on Wednesday 25 September 2024. Site inspections were carried out on Thursday 26 September and Wednesday 2 October 2024, the latter including a CCTV survey of the pond outlet.

### 2. Rainfall and flow readings

2.1 Rainfall was taken from the Environment Agency tipping-bucket gauge at Ashcombe Mill, 1.3 km from the site. Pond levels and outflows were taken from the level logger and flow meter installed by Brackenmoor Homes at the outlet chamber.

**Table 1: Rainfall, pond level and outflow, September–October 2024**

| Date | Day | 24-hour rainfall (mm) | Peak intensity (mm/h) | Peak pond level (m AOD) | Peak outflow (l/s) |
|---|---|---|---|---|---|
| 12 September 2024 | Thursday | 9.2 | 6 | 41.12 | 4.8 |
| 20 September 2024 | Friday | 38.4 | 22 | 42.05 | 1.9 |
| 23 September 2024 | Monday | 51.6 | 31 | 42.31 | 1.4 |
| 27 September 2024 | Friday | 14.0 | 9 | 41.78 | 2.2 |
| 1 October 2024 | Tuesday | 12.3 | 8 | 41.46 | 2.0 |

2.2 The pond's design top water level is 42.00 m AOD and its emergency overflow weir is at 42.20 m AOD. The weir was overtopped on 23 September for approximately 2 hours 40 minutes.

2.3 The long-term average rainfall for the whole of September at the Ashcombe Mill gauge is 54 mm. The rainfall of 23 September therefore amounted to 96 per cent of a normal September's total in a single day.

2.4 Using the Flood Estimation Handbook rainfall model, we estimate the return period of the 20 September storm at about 1 in 8 years, and that of the 23 September storm at about 1 in 25 years. Both events were well within the 1-in-100-year (plus 40 per cent) standard to which the system was designed. The design storm for the pond is 78 mm over six hours.

### 3. Findings

3.1 **Blocked flow control.** On 12 September, in light rain, the outlet passed 4.8 l/s, close to its design limit. During both September storms the outflow fell, to 1.9 l/s and 1.4 l/s, while the pond level rose. This is the signature of a blockage. The CCTV survey of 2 October found the vortex control roughly 70 per cent obstructed by silt, concrete washings and a section of geotextile membrane consistent with construction activity on Phase 2. Jetting by Brackenmoor's contractor on 26 September removed only part of the material.

3.2 **Swales built too shallow.** Of the 410 metres of swale on Phase 1, we measured 165 metres at a depth of 0.25 m, against the 0.45 m shown on the approved drawings. The shallow sections are along Sorrel Close and the eastern end of Kingcup Way.

3.3 **Poor ground infiltration.** The drainage strategy assumed that rear gardens would absorb rainfall at 15 mm per hour. Infiltration tests in six gardens on 2 October gave rates between 0.8 and 3.9 mm per hour, with a mean of 2.1 mm per hour. Topsoil had been laid over compacted clay subsoil with no decompaction.

3.4 **Extent of flooding.** Residents reported flooding in 31 of the 96 occupied gardens. The deepest standing water we observed, on 26 September, was 300 mm in rear gardens on Sorrel Close. Four garages were flooded. We found no evidence that water entered any living accommodation.

### 4. Conclusions

4.1 In our opinion the flooding was not caused by the severity of the rainfall. It was caused principally by the blocked flow control, made worse by the shallow swales and by poor infiltration in the gardens.

4.2 With the flow control clear and the swales built to design depth, we would expect the system to have contained both September storms without overtopping.

### 5. Recommendations

| No. | Action | Priority |
|---|---|---|
| R1 | Clear the vortex control fully and fit a debris screen upstream | Immediate |
| R2 | Re-excavate 165 m of swale to the approved 0.45 m depth | Within 3 months |
| R3 | Decompact subsoil and install garden drainage on Sorrel Close | Within 6 months |
| R4 | Install silt fencing on Phase 2 to stop construction runoff | Immediate |
| R5 | Monthly inspection of outlet until adoption | Ongoing |

Dr Helen Marsh said in the covering letter: "This was a maintenance and construction failure, not an act of God. The system was designed for much worse weather than it saw in September."
`;

/** h270: sources/accounts_summary_2023-24.md, whole. */
const CLUB_ACCOUNTS = `# Harcastle Town FC Limited — Summary of Annual Accounts, Year Ended 30 June 2024

*Prepared by the Harcastle Town Supporters' Trust finance working group from the accounts filed at Companies House on Tuesday 1 October 2024. Compiled by Liam Brody, Trust Treasurer.*

## Headline figures

Harcastle Town FC Limited reported a pre-tax loss of £1.9 million for the year ended 30 June 2024, up from a loss of £1.2 million in 2022-23. Turnover fell by 5 per cent, from £3.9 million to £3.7 million, mainly because of a fall in average league attendance from 5,840 to 5,210 and the loss of the club's shirt sponsor, Dunmore Glass, in January 2024.

The club's auditors, Pritchard Lowe LLP, included a material uncertainty paragraph on going concern. The auditors wrote: "The company's ability to continue as a going concern depends on the refinancing of the stadium loan before 31 January 2025 and on the continued financial support of its majority shareholder."

Owen Lacey, the club's Finance Director, said in the strategic report: "The loss reflects a deliberate decision to protect the playing budget during a season in which we were fighting relegation. That position cannot be repeated in 2024-25."

## Debts at 30 June 2024

| Creditor | Amount | Terms |
|---|---|---|
| Corran Bridge Finance (stadium loan) | £6.20m | 9.5% interest, secured on Kelham Lane, due 31 January 2025 |
| Geoffrey Tolland (shareholder loans) | £3.60m | Interest-free, unsecured |
| HM Revenue & Customs | £0.41m | Payment plan agreed March 2024 |
| Trade creditors | £0.74m | Various |
| Other football clubs (transfer fees) | £0.45m | Due within 12 months |
| **Total** | **£11.40m** | |

Net debt rose by £2.1 million during the year, from £9.3 million to £11.4 million. The stadium loan was taken out in February 2021, originally for £5.0 million; unpaid interest has been added to the balance.

## Wages and staffing

| Item | 2023-24 | 2022-23 |
|---|---|---|
| Total wage bill | £3.10m | £2.85m |
| Turnover | £3.70m | £3.90m |
| Wages as % of turnover | 84% | 73% |
| Average number of employees | 96 | 91 |
| Of which playing staff | 31 | 28 |
| Highest-paid director | £118,000 | £112,000 |

The wage bill rose by 9 per cent over the year. The wages-to-turnover ratio of 84 per cent compares with the EFL's recommended ceiling of 70 per cent. Of the club's 96 average employees, 31 were players.

## Trust comment

"These are the worst figures the club has published in more than a decade," said Liam Brody, the Trust Treasurer. "Any new owner has to deal with the stadium loan first, because everything else depends on it."

Helen Okafor, Trust Chair, added: "We are not against new owners. We are against losing Kelham Lane."
`;

/** h599: sources/01_impact_assessment.md, whole. */
const BANK_ASSESSMENT = `# Harland & Mercer Bank plc — Branch Closure Impact Assessment

**Branch:** Brackenford, 14 Market Street, Brackenford, Ravensmoor RV7 2QE
**Sort code:** 40-61-18
**Date of publication:** Thursday 12 June 2025
**Date of closure:** Friday 26 September 2025 (branch closes at 3pm)
**Prepared by:** Branch Network Planning, Harland & Mercer Bank plc

## 1. Why we are closing this branch

Customers are choosing to bank in different ways. In 2024, 91% of all transactions made by customers who use the Brackenford branch were carried out through our mobile app, online banking or telephone banking. The number of counter transactions at the branch has fallen every year since 2022.

We have reviewed how the branch is used, who uses it and what alternatives are available locally before reaching this decision. This assessment sets out what we found and what we will do to support customers.

## 2. How the branch is used

The Brackenford branch currently opens on Tuesdays, Wednesdays and Fridays, from 9.30am to 3pm. Opening hours were reduced from five days a week to three in March 2023.

**Table 1: Counter transactions at Brackenford branch**

| Year | Counter transactions | Change on previous year |
|------|---------------------|-------------------------|
| 2022 | 41,300 | — |
| 2023 | 33,900 | -18% |
| 2024 | 27,450 | -19% |

Counter transactions fell by 34% between 2022 and 2024.

**Table 2: Customers using the branch (12 months to 31 May 2025)**

| Measure | Number |
|---------|--------|
| Customers who used the branch at least once | 2,180 |
| Customers who used the branch regularly (three or more visits) | 1,140 |
| Customers who used only the branch and no other banking channel | 312 |
| Customers aged 75 or over who used the branch regularly | 410 |
| Business customers who used the branch | 96 |
| Business customers who paid in cash at the branch | 38 |

Of the 2,180 customers who used the branch, 64% also used our mobile app or online banking in the same period.

Business customers paid in a total of £4.2 million in cash and cheques at the branch counter in 2024, down from £5.1 million in 2022.

## 3. Alternative ways to bank

**Post Office, Chapel Row, Brackenford** — 0.2 miles from the branch. Personal and business customers can withdraw cash, pay in cash and cheques and check their balance. Open Monday to Friday 9am to 5.30pm and Saturday 9am to 12.30pm.

**Harland & Mercer, Thornbury Cross branch**, 3 Abbey Parade, Thornbury Cross — 11.4 miles from the Brackenford branch. About 24 minutes by car. The X14 bus runs every 90 minutes from Market Street, with a journey time of 41 minutes. Open Monday to Friday 9am to 4.30pm.

**Cash machines** — The free-to-use cash machine outside the branch will be removed when the branch closes. There are two other free-to-use cash machines in Brackenford: at the Post Office on Chapel Row and at the Co-operative food store on Mill Lane.

**Community Banker** — From Thursday 2 October 2025 a Harland & Mercer Community Banker will hold a weekly session at Brackenford Library every Thursday from 10am to 1pm. Sessions will run for at least 12 months and will then be reviewed.

## 4. Our colleagues

Four colleagues work at the Brackenford branch. All four have been offered roles at other Harland & Mercer branches. No compulsory redundancies are expected.

## 5. Support for customers

- Customers who need help to use digital banking can book a one-to-one session with a Digital Champion at the branch before it closes, or at the Community Banker sessions afterwards.
- Customers who are not able to use digital banking can continue to use telephone banking, the Post Office and the Community Banker.
- We will write to all customers who used the branch in the last 12 months at least 12 weeks before the branch closes.
- We will hold a public drop-in session in Brackenford in July 2025.

## 6. Cash access review

We have notified LINK, which oversees the UK's cash access network, of this closure. LINK will assess whether the community needs additional cash services. Any member of the public or local representative can also ask LINK to carry out a review.
`;

/** h599: sources/02_town_council_statement.md, whole. */
const TOWN_STATEMENT = `# BRACKENFORD TOWN COUNCIL

## Statement on the closure of the Harland & Mercer branch, Market Street

**Issued:** Wednesday 25 June 2025
**For immediate release**

Brackenford Town Council has voted unanimously to ask LINK to carry out an urgent review of cash access in the town, following Harland & Mercer Bank's announcement that it will close its Market Street branch on Friday 26 September 2025.

At an extraordinary meeting held on Tuesday 24 June 2025, councillors voted by 11 votes to none to:

1. submit a formal request to LINK for a cash access review, asking for a shared banking hub to be opened in the town;
2. write to the chief executive of Harland & Mercer Bank, Graham Ellory, asking the bank to delay the closure until LINK has reported;
3. ask Helen Castray, MP for West Ravensmoor, to raise the closure with the Treasury.

The Harland & Mercer branch is the last bank branch in Brackenford. The Westmoor Building Society closed its High Street office in 2019, and Caldwell Bank closed its branch in Station Road in 2021.

Brackenford has a population of 9,420 (2021 Census). Some 27% of residents are aged 65 or over, compared with 19% across England. The nearest bank branch after the closure will be in Thornbury Cross, more than 11 miles away.

The Mayor of Brackenford, Councillor Patricia Oduya, said:

"This is a market town, and a market town runs on cash. When the last bank leaves, it is the oldest residents and the smallest traders who pay the price. We are not prepared to accept that the answer for an 80-year-old without a car is a bus to Thornbury Cross every hour and a half."

Councillor Dev Anand, chair of the council's economic development committee, said:

"Our shops, our cafés and our Saturday market take tens of thousands of pounds in cash every week. If they cannot bank it locally, they will have to close early to drive it to Thornbury Cross, or they will stop taking it. Neither is good for the high street. A banking hub would give Brackenford a counter that every bank's customers could use."

The council's request to LINK will be submitted by the Town Clerk, Simon Rudge, no later than Monday 30 June 2025.

The council has also accepted Harland & Mercer's offer to hold a public drop-in session in the town, which will take place at Brackenford Methodist Hall on Wednesday 9 July 2025 from 2pm to 6pm. Residents are encouraged to attend.

**Notes for editors**

- Brackenford Town Council has 13 seats. Eleven councillors attended the extraordinary meeting on 24 June; two sent apologies.
- The council's economic development committee estimates that around 140 businesses operate in the town centre.
- Media enquiries: Simon Rudge, Town Clerk, Brackenford Town Council, The Guildhall, Market Place, Brackenford.
`;

/** h598: sources/interview_transcript.md, whole. */
const RESCUE_INTERVIEW = `# Interview transcript

Westerdale Gazette. Recorded at Carrow Fell Mountain Rescue Team base, Hollinthwaite, Tuesday 18 February 2025.
Interviewer: Leanne Costigan (LC), reporter, Westerdale Gazette.
Interviewees: Gareth Pennock (GP), team leader, Carrow Fell Mountain Rescue Team; Priya Dunmore (PD), 34, a primary school teacher from Kelsby.

LC: Gareth, 318 incidents. What's behind that?

GP: There isn't one single cause. More people are coming to the fells, that's the starting point. But what's really changed is the kind of incident. We used to get a lot of experienced walkers who'd had bad luck, a twisted ankle, a slip on wet rock. We still get those. What we're seeing much more of now is people who should never have been where they were at that time of day with that kit.

LC: Is that the phone apps?

GP: Partly. I don't want to knock the apps. They're brilliant tools. The problem is when the app is the only tool. Your battery goes at three per cent in the cold, and then you've got nothing. I'd say in more than half of our lost-person callouts last year, the people had no map and no compass.

LC: How are the volunteers coping?

GP: They're tired. I won't pretend otherwise. We had members who went out four times in a weekend in August and then went into work on the Monday. We've got 46 operational members and every one of them has a day job. I'm a joiner myself. We've not lost anyone because of the workload yet, but I worry about it.

LC: Priya, you were rescued last October. Can you tell me what happened?

PD: It was Sunday 20 October. My friend Hannah and I set off up Scarrow Pike from Dunnerholm at about half past one. We'd seen pictures of the ridge online and it looked amazing. We were following a route on my phone. We got to the top, it was fine, but on the way down the cloud came in and we couldn't see more than a few metres. We ended up on the wrong side of Raven Ghyll, on a ledge, and we couldn't go up or down.

LC: What did you do?

PD: I rang 999 and asked for the police and then mountain rescue, which is what the sign in the car park said to do. My phone was on 11 per cent by then. The team told me to turn everything else off and keep the phone warm inside my jacket.

GP: That was good advice and she did exactly the right thing. We sent 14 members up. It took them about two hours to reach the ledge in the dark and in that fog, and the whole job was just under six hours from the call to getting them both back to Dunnerholm.

PD: I honestly thought we were going to spend the night there. When I saw the head torches coming up the gully, I just burst into tears. They were so kind. Nobody told us off, even though we deserved it.

LC: Would you go back up?

PD: I already have, in the summer, with a map and a compass and a proper head torch, and I did a navigation course first. I've also given £500 to the team, which was the money I raised doing a sponsored swim.

LC: Gareth, what would you like people to take from this year's figures?

GP: Go out, enjoy the fells, that's what they're there for. But check the forecast, set off early, carry a map and a torch, and tell someone where you're going. If you do those four things, most of our callouts wouldn't happen.

LC: And the national park's grant?

GP: We're very grateful for it. Twenty-five thousand over two years is a big help. But to put it in context, our running costs last year were over £186,000. So it covers a fraction. We'll still be rattling the buckets outside the Co-op in Hollinthwaite every Saturday.
`;

/** h536: sources/03_interview_eileen_marsh.md, whole. */
const MARSH_INTERVIEW = `# Interview transcript

**Interviewee:** Eileen Marsh, founder, Keep Hallowbrook Banking (retired primary school headteacher, 68)
**Also present (from 00:14:10):** Ravi Bhatt, chair, Hallowbrook Traders' Association; owner, Bhatt & Sons Hardware, Market Street
**Interviewer:** Sam Whitlock, reporter, Westmere Courier
**Date and place:** Thursday 2 May 2024, 11.00am, Hallowbrook Library, Station Road
**Recording length:** 27 minutes. Transcribed by Sam Whitlock. Lightly edited for length; "[…]" marks cuts.

---

**SAM WHITLOCK:** Thanks for seeing me. Can you start with where the campaign has got to?

**EILEEN MARSH:** We started Keep Hallowbrook Banking the week the letters came out, so the first week of March. When I went to the council in March we had 2,140 signatures. This morning we're at 2,870, and that's in a town of under seven thousand people. We took the paper copies to the bank's head office in Brackendale on Monday the twenty-second of April, and a copy to our MP.

**SAM WHITLOCK:** And has the bank responded?

**EILEEN MARSH:** They wrote to me on Tuesday the twenty-third of April, the very next day. They said no. They won't delay the closure, not to September, not by a week. They wrote back in three paragraphs to say nothing will change. The council's letter got much the same answer, as I understand it.

**SAM WHITLOCK:** What about LINK? The council asked it to look at a banking hub.

**EILEEN MARSH:** LINK published its assessment on Tuesday, the thirtieth. It says Hallowbrook does not qualify for a banking hub. What we get instead is what they call an enhanced deposit service at the Post Office in Dalton's. So traders can pay in more easily, but there's still no bank, nobody to sit down with if you've been scammed or your husband has died and you need to sort the accounts out.

**SAM WHITLOCK:** The bank says the van will cover a lot of that.

**EILEEN MARSH:** A van in a car park for seven hours a week is not a bank, it's a consolation prize. At the moment the branch is open thirty hours a week. We're going from thirty hours a week to seven. And look at where they're putting it. On Thursdays that's market day, and the Market Square car park is full of traders' vans by nine o'clock. The bank van is meant to be there from half past twelve on a Thursday. Where's it going to go?

**SAM WHITLOCK:** Who do you think will be most affected?

**EILEEN MARSH:** Older people, first and foremost. The bank's own figures say more than a quarter of the people who use the branch are seventy-five or over. My neighbour is ninety-one. She's not going to learn an app. She's not going to get the 38 to Carnford either, which takes the best part of an hour each way, and there isn't one on a Sunday. […] And it's people who don't have a car. We did a count with the volunteers: about one in five households on the Fellside estate has no car at all.

**SAM WHITLOCK:** Is that a survey you could share?

**EILEEN MARSH:** It was a door-knock, we knocked on 240 doors, so it's not scientific. I'd rather you didn't lean on it.

[00:14:10 — Ravi Bhatt joins]

**SAM WHITLOCK:** Mr Bhatt, what does the closure mean for businesses on Market Street?

**RAVI BHATT:** For me, I pay in about four thousand pounds a week in cash, notes and a lot of coin. The van won't take business coin. So I'll have to close the shop for half a day to drive to Carnford, which is twenty-five minutes each way by car, then queue. Or I use the Post Office, and they're good in there, but Dalton's is one counter and on a Saturday there's a queue out of the door.

**SAM WHITLOCK:** Your association did its own survey.

**RAVI BHATT:** We did. Forty-six businesses replied, and twenty-nine of them said they pay cash in at the branch at least once a week. That's most of the town centre. Cash is still how a lot of our older customers pay.

**SAM WHITLOCK:** Mrs Marsh, what happens next for the campaign?

**EILEEN MARSH:** We're holding a rally in Market Square on Saturday the eighth of June, the last Saturday before it closes. We'll keep the petition open. And we want the council to hold the bank to that review of the van they promised for December. If the van's not working, we'll be there with the numbers.

**SAM WHITLOCK:** Anything you'd say to the bank directly?

**EILEEN MARSH:** That this town has lost three banks in seven years and each time we were told it was progress. I don't feel very progressed.

[Ends]
`;

/** h601: sources/02_mbereta_ministry_statement.md, whole. */
const MINISTRY_STATEMENT = `# REPUBLIC OF MBERETA
## MINISTRY OF CULTURE AND NATIONAL HERITAGE

### PRESS STATEMENT

**Ilashe, Thursday 13 February 2025**
**For immediate release**

**MINISTRY WELCOMES HARROWFIELD DECISION TO RETURN OWARU TREASURES**

The Ministry of Culture and National Heritage welcomes the decision of the trustees of Harrowfield Museum and Art Gallery, in the United Kingdom, to transfer to the Republic of Mbereta the ownership of thirteen objects taken from the royal compound at Owaru in 1891.

The Minister of Culture and National Heritage, the Honourable Joseph Akintade-Musa, said:

"This is a day of justice for the people of Owaru and for every Mberetan. These thirteen treasures left our land in the hands of soldiers. They will return in the hands of friends. We thank the trustees of Harrowfield for listening, for researching honestly, and for acting."

The Ministry notes that Harrowfield Museum and Art Gallery is the third institution in the United Kingdom to agree the return of objects from Owaru. It follows the Kelstow University Museum, which returned six objects in October 2023, and the Brackmoor Castle Trust, which returned twenty-two objects in March 2024. With the Harrowfield objects, forty-one Owaru objects will have been returned from the United Kingdom since 2023.

The Ministry's own survey estimates that around 2,400 objects from Owaru remain in collections outside Mbereta, of which approximately 900 are held in the United Kingdom.

**The new Owaru Royal Gallery**

The returned objects will be displayed in the new Owaru Royal Gallery at the National Museum of Mbereta in Ilashe. The gallery covers 640 square metres and has been built with a climate-controlled conservation store. It was funded by a grant of US$3.4 million from the Ministry's Heritage Renewal Programme. The gallery is expected to open to the public in March 2026. Until then, the Harrowfield objects will be cared for in the National Museum's conservation laboratory, which opened in 2021.

**The carved stool**

The Ministry accepts the recommendation that the fourteenth object requested, a carved wooden stool, be examined further by a joint research panel. The National Museum of Mbereta will nominate two members of the panel. The Ministry's Special Envoy for Cultural Restitution, Dr Amara Tenebe, will lead the Mberetan side of the discussions.

**Handover ceremony**

The formal handover will take place at the National Museum of Mbereta in Ilashe on Saturday 21 June 2025. His Royal Highness Ikenna II, the Ezeawo of Owaru, has accepted an invitation to attend, together with members of the Owaru Council of Elders. The Ministry has invited the Director of Harrowfield Museum and Art Gallery and the Chair of its trustees.

The Government of Mbereta will meet the costs of packing and air freight for the objects.

**Notes to editors**

1. The Owaru Expedition was a British military operation against the Kingdom of Owaru in April 1891. The royal compound was looted on 9 April 1891 and later burned.
2. The Republic of Mbereta first asked Harrowfield Museum and Art Gallery to return the objects in March 2022.
3. Media enquiries: Press Office, Ministry of Culture and National Heritage, Ilashe.

ENDS
`;

/** h601: sources/03_press_conference_transcript.md, whole. */
const PRESS_CONFERENCE = `# TRANSCRIPT: Press conference on the return of the Owaru objects

**Venue:** Lecture Theatre, Harrowfield Museum and Art Gallery
**Date:** Friday 14 February 2025, 11.00am
**Speakers:**
- Dr Catherine Ellery, Director, Harrowfield Museum and Art Gallery (CE)
- Dr Amara Tenebe, Special Envoy for Cultural Restitution, Republic of Mbereta (AT)
- Tom Pryce, Head of Communications, Harrowfield Museum and Art Gallery (TP, chairing)

**Also present:** reporters from the Harrowfield Courier, Radio Wenlow, the Castlebridge Evening Post and Mbereta National Television.

---

**TP:** Good morning, and thank you for coming. Dr Ellery will make a short statement, followed by Dr Tenebe, and then we'll take questions.

**CE:** Thank you, Tom. On Tuesday evening our trustees voted to transfer ownership of thirteen objects in our collection to the Republic of Mbereta. These objects were taken from the royal compound at Owaru in April 1891 by British soldiers. Most of them came to us in 1923, in the bequest of a man who was there. These objects were taken by force, and no amount of time on our walls changes that. We are not losing a collection; we are correcting a record. I want to thank Dr Leonie Farraday and her colleagues at Castlebridge University, whose research over two years gave our trustees the evidence they needed.

**AT:** Thank you, Dr Ellery, and thank you to the people of Harrowfield. For 134 years, the people of Owaru have had to travel to see their own history. From June, their history comes home. I want to say clearly that Mbereta did not come here to shame anyone. We came with a request and with evidence, and we were met with respect. That is how these conversations should go.

**TP:** Thank you both. Questions, please. Harrowfield Courier first.

**Q (Harrowfield Courier, Sally Pennock):** Dr Ellery, the vote was not unanimous. Can you tell us who voted against and why?

**CE:** I won't name individual trustees. The vote was eight to one, with one abstention. The trustee who voted against was concerned about precedent, about what this means for other parts of the collection. That is a fair question and we take it seriously.

**Q (Harrowfield Courier, Sally Pennock):** So what does it mean for the rest of the collection?

**CE:** We hold around 1,150 objects that were acquired during the colonial period from Africa, Asia and the Pacific. Last year we began a review of all of them. The first phase, covering about 400 objects, will report in 2026. Where we find that objects were taken by force, we will say so publicly, and we will talk to the communities they came from.

**Q (Radio Wenlow, Dev Rainsford):** What happens to the fourteenth object, the stool?

**CE:** The research could not show that the stool was taken in 1891. It may well have been made for sale to traders some twenty years later. So rather than guess, we have set up a joint panel with Castlebridge University and the National Museum of Mbereta. It will report by the end of this year.

**AT:** We are patient people. If the research says the stool belongs with us, it will come. If it does not, we will say so. Honest research is worth more to us than one more object.

**Q (Radio Wenlow, Dev Rainsford):** What have visitors said?

**CE:** We put out comment cards in Gallery 7 after the request became public. We've had 212 cards back, and 187 of them support the return. Gallery 7 is one of our busiest spaces. It had 41,300 visitors last year, up from 36,800 the year before.

**Q (Castlebridge Evening Post, Martin Okereke-Hale):** Will there be replicas in the gallery?

**CE:** Castlebridge University has made 3D scans of six of the objects, and those scans go to Mbereta with the originals. We are not going to fill the cases with copies and pretend nothing has happened. Instead, we have commissioned the Mberetan artist Tobenna Imarhe to make new work for Gallery 7, which will open in the autumn of 2026.

**Q (Castlebridge Evening Post, Martin Okereke-Hale):** Dr Tenebe, how many more objects is Mbereta asking for from British museums?

**AT:** Our survey suggests around 900 Owaru objects are in the United Kingdom, in perhaps forty collections. We are not sending forty letters tomorrow. We are working one museum at a time. Harrowfield is the third in this country to say yes, and I hope it will not be the last.

**Q (Mbereta National Television, Chidinma Orevaoghene):** Where will the people of Mbereta be able to see the objects?

**AT:** They will go on display in the new Owaru Royal Gallery at the National Museum in Ilashe, which we expect to open in March next year. Until then they will be in the care of our conservators. And on the twenty-first of June, at the handover, His Royal Highness the Ezeawo of Owaru will receive them.

**Q (Harrowfield Courier, Sally Pennock):** Dr Ellery, what will this cost the museum?

**CE:** The total cost of the return is about seventy-one thousand pounds. The Mberetan government is paying for the freight. A grant from the Wenlow Heritage Foundation covers twenty thousand pounds. The net cost to us is a little over thirteen thousand pounds, from our collections reserve, not from our running budget.

**Q (Harrowfield Courier, Sally Pennock):** And when can people last see the objects here?

**CE:** The "Going Home" display runs until Sunday the first of June. Admission is free, as it always is. I'd encourage everyone in Harrowfield to come and say goodbye.

**TP:** We'll leave it there. Thank you all.

[ENDS 11.42am]
`;

/** h597: sources/01_budget_report.md, whole. */
const BUDGET_REPORT = `# Brackenford Borough Council

## Report to Cabinet — Thursday 12 February 2026

**Title:** Revenue Budget 2026/27, Council Tax Setting and Medium-Term Financial Strategy
**Report of:** Gareth Pryce, Director of Finance and Section 151 Officer
**Cabinet Member:** Cllr Dev Anand, Cabinet Member for Finance and Resources
**Recommendation to:** Full Council, Wednesday 25 February 2026

### 1. Summary

1.1 The council faces a budget gap of £35.3m for 2026/27. This report sets out how that gap is proposed to be closed and recommends a net revenue budget of £318.4m.

1.2 The principal driver of the gap is demand in social care. The adult social care budget will rise by 11.8%, from £108.7m in 2025/26 to £121.5m in 2026/27. In children's services, the council currently has 46 children in external residential placements at an average cost of £6,200 per week.

1.3 Cabinet is asked to recommend to Full Council a Band D council tax increase of 9.95% for 2026/27. This exceeds the 4.99% referendum principle set by the government for unitary authorities with social care responsibilities (2.99% core plus a 2% adult social care precept). Under the Local Government Finance Act 1992, an increase above the principle must be approved by local voters in a referendum.

1.4 If approved by Full Council, the referendum will be held on Thursday 7 May 2026. As there are no scheduled borough elections in 2026, the poll will stand alone, at an estimated cost of £410,000.

### 2. Closing the gap

| Measure | £m |
|---|---|
| Savings programme (see Table 3) | 11.2 |
| Council tax increase up to 4.99% | 9.7 |
| Additional council tax increase above 4.99% (to 9.95%) | 9.6 |
| Use of general fund reserve | 4.8 |
| **Total** | **35.3** |

2.1 The council tax base for 2026/27 is 94,800 Band D equivalent properties, across 118,400 dwellings.

2.2 The general fund reserve is forecast at £14.1m on 31 March 2026 and would fall to £9.3m after the planned draw of £4.8m. The Section 151 Officer's assessment is that the minimum prudent level of this reserve is £8.5m.

### 3. Funding the net revenue budget

| Source | £m |
|---|---|
| Council tax (at 9.95%) | 213.3 |
| Retained business rates | 58.6 |
| Government grants | 46.5 |
| **Net revenue budget** | **318.4** |

### 4. Proposed council tax charges (Brackenford Borough Council element only)

Table 2 — Annual charges by band. Figures exclude the police and fire precepts and parish precepts.

| Band | 2025/26 | 2026/27 at 9.95% | Annual increase | Weekly increase | 2026/27 if capped at 4.99% |
|---|---|---|---|---|---|
| A | £1,364.20 | £1,499.94 | £135.74 | £2.61 | £1,432.27 |
| B | £1,591.57 | £1,749.93 | £158.36 | £3.05 | £1,670.99 |
| C | £1,818.93 | £1,999.92 | £180.99 | £3.48 | £1,909.70 |
| D | £2,046.30 | £2,249.91 | £203.61 | £3.92 | £2,148.41 |
| E | £2,501.03 | £2,749.89 | £248.86 | £4.79 | £2,625.83 |
| F | £2,955.77 | £3,249.87 | £294.10 | £5.66 | £3,103.26 |
| G | £3,410.50 | £3,749.85 | £339.35 | £6.53 | £3,580.68 |
| H | £4,092.60 | £4,499.82 | £407.22 | £7.83 | £4,296.82 |

4.1 Around 58% of dwellings in the borough are in Bands A and B. For comparison, neighbouring Eastcombe Borough Council has set a 4.99% increase, giving a Band D charge of £2,187.40. The average Band D charge for comparable unitary councils in 2025/26 was £2,102.

### 5. Savings programme

Table 3 — Savings 2026/27

| Area | Proposal | £m |
|---|---|---|
| Adult social care | Reablement expansion and review of care packages | 3.1 |
| Corporate | Deletion of 85 vacant posts | 2.4 |
| Children's services | Expansion of in-house foster care | 1.8 |
| Waste | Garden waste charge rises from £48 to £62 a year | 0.9 |
| Corporate | Renegotiation of ICT and other contracts | 0.8 |
| Property | Closure and disposal of Carver Street offices | 0.7 |
| Libraries | Reduced opening hours at 6 of 14 branch libraries | 0.6 |
| Highways | Reduced frequency of gully cleaning | 0.5 |
| Leisure | End of operating subsidy to Kelsey Moor Leisure Centre | 0.4 |
| **Total** | | **11.2** |

### 6. If the referendum is lost

6.1 If voters reject the increase, the council must implement a substitute ("fallback") budget at 4.99%. Bills will already have been issued in March at the higher rate, so the council would need to rebill all households or issue refunds or credits, at an estimated cost of £180,000.

6.2 The fallback budget would require a further £9.6m of reductions in 2026/27. Proposals include closing eight of the 14 branch libraries, withdrawing funding from 11 subsidised bus routes and reducing the highways maintenance budget by £2.2m.

### 7. Section 151 Officer's statement

7.1 In my view the estimates are robust and reserves are adequate for 2026/27 only if the proposed increase is approved or the fallback budget is implemented in full. Without one or the other, I would have to consider issuing a report under section 114 of the Local Government Finance Act 1988.
`;

/** h590: sources/interview_stallholders_2025-11-08.txt, whole. */
const STALLHOLDERS = `KESTONBURY COURIER — INTERVIEW TRANSCRIPT

Recorded: Saturday 8 November 2025, Kestonbury Farmers' Market, Bridge Street
Interviewer: Amy Lister (AL), reporter, Kestonbury Courier
Interviewees: Maggie Thornton (MT), owner, Thornton's Fudge Kitchen; Tomasz Nowak (TN), woodturner, Nowak Woodcraft
Transcribed by: Amy Lister. Lightly edited to remove hesitations.

AL: Thanks both for talking to me. Maggie, can you start by telling me how long you've been at the Christmas market?

MT: Eleven years. I was there on the very first one in 2014, when it was twenty-odd stalls and a brass band. I've done every year since.

AL: And how much does it matter to your business?

MT: It's everything. The four weeks of the market are about thirty per cent of my takings for the whole year. I've already bought in the sugar, the butter, the packaging, the lot. That's £2,300 of stock sitting in my unit, and some of it won't keep till spring.

AL: When did you hear it was cancelled?

MT: Carol rang me on Thursday night, about half eight. She was very good about it, I'll give her that. But we were told in September that everything was fine, that the plans were in. Nobody said a word about the Corn Exchange being a problem until this week. If they'd told us in the summer, we could have booked other fairs. Now every fair within fifty miles is full.

AL: Tomasz, what about you?

TN: This would have been my fourth year. I make bowls, chopping boards, Christmas decorations, all from local timber. For me it is maybe twenty per cent of the year, so it hurts, but it does not finish me.

AL: How do you feel about the decision?

TN: Honestly, I think it is the right one. I was there last December, on the Saturday when the lady broke her wrist. My stall was maybe ten metres from the corner. People were pressed against my counter and they could not move back because more people were coming behind. I had to hold up the canopy with my hands. I said to my wife that night, one day somebody will be killed.

MT: I'm not saying safety doesn't matter, of course it matters. But they've known about the scaffolding since the spring. It's the timing that I'm angry about. It's been handled badly, not the decision itself.

AL: The Partnership says you'll all get your pitch fees back within fourteen days. Is that enough?

MT: I paid £1,150 for my pitch and I'll be glad to see it back. But the fee isn't the loss. The loss is the takings. I took just over £9,000 across the four weeks last year. Nobody is refunding that.

TN: My pitch was £640, the smallest size. I will get that back. The free pitches at the farmers' market, that is something, but the farmers' market is two Saturdays a month. It is not the same as four weeks.

AL: Would either of you go back next year?

TN: Yes, if it is safe. If they need tickets, fine, have tickets. People queue for everything at Christmas.

MT: I'll go back if they ask. But I want it in writing by the summer this time, not a phone call in November.

AL: Anything else you'd like to say?

MT: Just that people should still come into town and shop. The shops are open. Don't let this kill Christmas in Kestonbury.

[Recording ends, 14 minutes 52 seconds]
`;

describe('linking words, moves, particles, possessives and bounds, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"The 23 September downpour" is "The rainfall of 23 September therefore"; "flagged" is "included"', async () => {
    const drains = judgeWith(await workspaceIndex({ 'sources/engineer_report.md': DRAINAGE_REPORT }));
    const downpour = drains('The 23 September downpour amounted to 96 per cent of a normal September\'s rainfall in a single day.');
    assert.equal(downpour.verdict, 'supported', why(downpour));
    const club = judgeWith(await workspaceIndex({ 'sources/accounts_summary_2023-24.md': CLUB_ACCOUNTS }));
    const flagged = club('The auditors, Pritchard Lowe LLP, flagged a material uncertainty over whether the club can continue as a going concern.');
    assert.equal(flagged.verdict, 'supported', why(flagged));
  });

  test('"only three days a week … since its hours were cut" is "reduced from five days a week to three"; "for good" is for ever', async () => {
    const bank = judgeWith(await workspaceIndex({ 'sources/01_impact_assessment.md': BANK_ASSESSMENT, 'sources/02_town_council_statement.md': TOWN_STATEMENT }));
    const days = (n: string) => bank(`The branch has opened only ${n} days a week, on Tuesdays, Wednesdays and Fridays, since its hours were cut in March 2023.`);
    assert.equal(days('three').verdict, 'supported', why(days('three')));
    assert.equal(days('four').verdict, 'contradicted', why(days('four')));
    const shut = bank('Brackenford will lose its last bank branch in September after Harland & Mercer Bank confirmed it will shut its Market Street office for good.');
    assert.deepEqual(shut.conflicts, [], why(shut));
  });

  test('"couldn\'t go up or down" denies the going, not the ledge; "didn\'t go out" denies "went out"', async () => {
    const rescue = judgeWith(await workspaceIndex({ 'sources/interview_transcript.md': RESCUE_INTERVIEW }));
    const ledge = rescue('She and her friend Hannah set off from Dunnerholm at about half past one on Sunday 20 October, following a route on her phone, but became stuck on a ledge on the wrong side of Raven Ghyll when cloud came in on the descent.');
    assert.deepEqual(ledge.conflicts, [], why(ledge));
    const ferry = judgeWith(await workspaceIndex({ 'sources/interviews_drysdale_coull.txt': FERRY_INTERVIEWS }));
    const lights = ferry('The lights flickered and went out, she said, and a man nearby hit his head on the counter.');
    assert.equal(lights.verdict, 'contradicted', why(lights));
  });

  test('"A van in a car park for seven hours a week is not a bank" denies nothing of "face-to-face banking … from 30 hours a week to seven"', async () => {
    const town = judgeWith(await workspaceIndex({ 'sources/03_interview_eileen_marsh.md': MARSH_INTERVIEW }));
    const banking = town('Mrs Marsh said face-to-face banking in the town would go from 30 hours a week to seven.');
    assert.deepEqual(banking.conflicts, [], why(banking));
  });

  test('"Mbereta\'s Special Envoy" is the Special Envoy of the Republic of Mbereta; "Until it opens in March 2026" is the gallery\'s date', async () => {
    const museum = judgeWith(await workspaceIndex({ 'sources/02_mbereta_ministry_statement.md': MINISTRY_STATEMENT, 'sources/03_press_conference_transcript.md': PRESS_CONFERENCE }));
    const envoy = museum('Dr Amara Tenebe, Mbereta\'s Special Envoy for Cultural Restitution, said: "For 134 years, the people of Owaru have had to travel to see their own history."');
    assert.deepEqual(envoy.conflicts, [], why(envoy));
    const until = (when: string) => museum(`Until it opens in ${when}, the objects will be cared for in the National Museum's conservation laboratory.`);
    assert.equal(until('March 2026').verdict, 'supported', why(until('March 2026')));
    assert.notEqual(until('May 2026').verdict, 'supported', why(until('May 2026')));
  });

  test('"deleting 85 vacant posts" names the row "Deletion of 85 vacant posts"; "just under £9,000" shows both bounds', async () => {
    const budget = judgeWith(await workspaceIndex({ 'sources/01_budget_report.md': BUDGET_REPORT }));
    const savings = budget('The savings include deleting 85 vacant posts, raising the annual garden waste charge from £48 to £62 and closing the Carver Street offices.');
    assert.deepEqual(savings.conflicts, [], why(savings));
    const market = judgeWith(await workspaceIndex({ 'sources/interview_stallholders_2025-11-08.txt': STALLHOLDERS }));
    const takings = market('Ms Thornton said she took just under £9,000 across the four weeks of last year\'s market, a loss that no refund would cover.');
    assert.deepEqual(takings.conflicts.map((c) => [c.claim, c.source]), [['just under £9,000', 'just over £9,000']]);
  });
});
