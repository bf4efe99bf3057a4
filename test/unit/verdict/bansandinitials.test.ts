/**
 * The forty-ninth round, fifth part: faithful sentences of h632–h637 (written against 6bfbeaf) shown as errors. A
 * thing "banned" in the passive is denied as "No amplified music shall" denies it; what someone is urged "not to" do
 * is denied as "Don't wait" denies it; a transcript's initials ("HB") are the header's one name of those letters; a
 * body's two names ("Commissioners" / "Board") that the document joins ("Board of Commissioners") are one; a figure a
 * neighbour gives with the claim's month is stated; "of any static library" ranks no mobile one. The fixtures are the
 * helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h635: sources/licensing_decision.md, whole. */
const LICENSING_DECISION = `# ASHCOMBE DISTRICT COUNCIL
## Licensing Sub-Committee — Notice of Determination

**Licensing Act 2003 — Application to vary a premises licence (section 34)**

| | |
|---|---|
| Premises | Copperkettle Brewing Co. Taproom, Unit 4, Wharfside Industrial Estate, Canal Street, Ashcombe AS4 7QT |
| Premises licence number | PL/0492 |
| Applicant | Copperkettle Brewing Company Ltd |
| Designated premises supervisor | Tomasz Wrobel |
| Application received | Wednesday 22 May 2024 |
| Date of hearing | Tuesday 20 August 2024 |
| Date of this notice | Tuesday 27 August 2024 |
| Sub-committee | Cllr Denise Harcourt (Chair), Cllr Robert Feltham, Cllr Amir Sethi |
| Legal adviser | Naomi Castell, Solicitor, Legal Services |
| Licensing officer | Gareth Pryce, Senior Licensing Officer |

### 1. The application

The applicant sought to vary premises licence PL/0492 in order to:

(a) extend the hours for the sale of alcohol on Fridays and Saturdays from 23:00 to 00:30;

(b) add the new outdoor beer garden, of approximately 220 square metres, to the licensed area, with use permitted until 22:00 daily;

(c) permit live and recorded music indoors until 23:30 and in the beer garden until 21:30;

(d) increase the capacity of the taproom from 60 to 180 persons.

The variation is sought in connection with the expansion of the brewery, which includes a new brewhouse and the conversion of the former yard at the rear of Unit 4 into the beer garden.

### 2. Representations

The consultation period ran from Thursday 13 June to Wednesday 10 July 2024. The Licensing Authority received 23 representations from other persons, of which 19 objected to the application and 4 supported it. Most of the objections came from residents of Lockkeeper's Row, whose rear gardens adjoin the northern boundary of the premises.

One responsible authority, the Council's Environmental Health (Pollution Control) service, made a representation. Eastmoor Police made no representation.

### 3. Evidence heard

Mr Gareth Pryce, Senior Licensing Officer, introduced the report and confirmed that the premises had held a licence since 2017 without any previous review.

Mr Martin Okafor, Senior Environmental Health Officer, told the sub-committee that his service had received 31 complaints from nine households between 7 June and 2 August 2024. The highest level measured was 56 dB LAeq,15min on Friday 21 June, in the rear garden of 14 Lockkeeper's Row, against a background level of 37 dB LA90. He said: "The beer garden is the problem, not the building. Inside the taproom, with the doors shut, the brewery is largely inaudible from Lockkeeper's Row."

Mr Colin Mabey, chair of Lockkeeper's Row Residents' Association, spoke for the objectors. He said: "We were here first, and we welcomed the brewery when it was ten people and a bottling line. Nobody asked us whether we wanted a festival at the bottom of our gardens every Friday night."

Mr Owen Tait, who runs a bicycle repair shop on Canal Street, spoke in support. He said: "It has brought life back to a part of town that was boarded up five years ago."

Ms Hannah Brierley, managing director of the applicant, told the sub-committee that the company had already spent £38,000 on acoustic measures, including secondary glazing and a lobby door, and offered to erect a 2.4-metre acoustic fence along the northern boundary.

### 4. Decision

The sub-committee resolved to GRANT the application IN PART, as follows:

(a) The sale of alcohol on Fridays and Saturdays is extended to 23:30 (not 00:30 as sought). The premises shall close to the public by 00:00 on those days.

(b) The beer garden is added to the licensed area. Use of the beer garden by customers shall cease at 21:00 daily (not 22:00 as sought). No more than 120 persons shall be in the beer garden at any one time.

(c) Live and recorded music is permitted indoors until 22:30. No amplified music shall be played in the beer garden at any time.

(d) The capacity of the taproom is increased to 150 persons (not 180 as sought).

### 5. Conditions

The following conditions are added to the licence:

1. A noise limiter shall be installed and set, in consultation with Environmental Health, so that music does not exceed 85 dB(A) measured 1 metre from any loudspeaker.
2. All external doors and windows of the taproom shall be kept closed after 20:00, except for immediate access and egress.
3. An acoustic fence not less than 2.4 metres high shall be erected along the northern boundary of the premises adjoining Lockkeeper's Row by Saturday 30 November 2024.
4. There shall be no deliveries to or collections from the premises, including keg and refuse collections, between 19:00 and 07:30.
5. A written noise management plan shall be submitted to Environmental Health within 28 days of the date of this notice, and shall be reviewed after six months.
6. A telephone number for the use of residents shall be displayed at the premises and staffed whenever the premises are open to the public.

### 6. Reasons

The sub-committee gave considerable weight to the evidence of the Environmental Health service, which it found clear and measured. It was satisfied that the licensing objective of the prevention of public nuisance would be undermined if the beer garden were used until 22:00 or if amplified music were played outdoors. It noted the applicant's investment in the site, its employment of local people and the support of four residents.

The Chair, Cllr Denise Harcourt, said: "This business is welcome in Ashcombe, but its success cannot be measured at the expense of people's sleep."

### 7. Right of appeal

Any party may appeal against this decision to Eastmoor Magistrates' Court within 21 days of the date of this notice.
`;

/** h637: sources/interview_chair_transcript.md, whole. */
const CLUB_CHAIR_INTERVIEW = `# Interview transcript: Gareth Pennock, chair of Harwick Vale RFC

**Interviewer:** Sophie Tranter, Harwick Chronicle
**Interviewee:** Gareth Pennock, chair, Harwick Vale Rugby Football Club
**Date:** Thursday 6 March 2025
**Place:** Portable cabin at Tanner's Meadow, Colliers Lane, Harwick
**Length:** 24 minutes (transcribed in part)

---

SOPHIE TRANTER: Thanks for seeing me. Can you take me back to the night of the fire?

GARETH PENNOCK: I got a phone call from our club secretary, Colin Mabey, at about twenty to three in the morning. He lives on Colliers Lane, a few doors from the man who rang 999. By the time I got here, just after three, the roof of the Meadow Room had gone. You could feel the heat from the car park. I stood next to Colin and neither of us said a word for about ten minutes.

SOPHIE TRANTER: What was lost?

GARETH PENNOCK: Nearly everything inside. The bar, the kitchen, all the kit. We lost the honours boards going back to 1923, when the club was founded. We lost the shirt Tom Hadleigh wore when he won his England cap in 1987 — he was our only full international. Some of the trophies were recovered, blackened, and we'll get them cleaned. But the boards are gone, and you can't insure history.

SOPHIE TRANTER: The statement you sent members yesterday says the club faces a shortfall of nearly £700,000. How did that happen?

GARETH PENNOCK: Honestly? We were underinsured. The building was valued at £780,000 in 2016 and nobody went back to it. In 2019 the committee of the day was offered index-linking on the policy, which would have raised the sum insured each year with building costs. It would have added £640 a year to the premium. The committee said no to save money. I was on that committee. I voted with everyone else. So I'm not going to point the finger at anybody else.

SOPHIE TRANTER: Did the broker warn you?

GARETH PENNOCK: Castlegate did write to us in 2022 suggesting a revaluation. That letter was filed and nothing was done. That's on us, not on them.

SOPHIE TRANTER: What does the insurer's decision mean in practice?

GARETH PENNOCK: It means that for every pound of damage, we get about 57p back. The repair bill is £1.18 million and we'll get about £674,000 of that. Then there's the loss of income. The bar is what pays for this club — the bar and the function room. Our cover for lost income is £25,000. That's about two months of bar takings in a good season.

SOPHIE TRANTER: Do you think Northern Shield Mutual has treated you fairly?

GARETH PENNOCK: I'd love to say no, but they've applied the policy as it's written. Pauline Mercer, the loss adjuster, has been straight with us from day one. I've no complaint about how we've been treated. My complaint is with ourselves.

SOPHIE TRANTER: The fire service report says the smoke alarm in the laundry room had no battery in it.

GARETH PENNOCK: Yes. We don't know who took it out or when. My guess is somebody took it out because the dryer kept setting it off with steam, and it never went back in. It wouldn't have saved the building — there was nobody there to hear it — but it's not something I'm proud of. We've ordered a commercial dryer for the cabins, and it will only run when somebody's on site.

SOPHIE TRANTER: How is the appeal going?

GARETH PENNOCK: It's been humbling. Thirty-eight thousand pounds in under a fortnight. Six hundred and twelve people. We've had ten pounds from kids in the under-nines and five thousand from the building society. Corbridge Town — the side we played that afternoon — did a bucket collection at their next home game and raised £1,460 for us. That's rugby.

SOPHIE TRANTER: The target is £450,000. That's a long way off.

GARETH PENNOCK: It is. We need the Community Pitches Fund money, and we need the members to back using the reserves at the special general meeting. If the fund says no, we'll have to think again — maybe a smaller building, maybe a loan. I'm not going to promise people a date for the new clubhouse until I know the money is there. If everything goes our way, we'd hope to start building in the spring of 2026.

SOPHIE TRANTER: And the rugby?

GARETH PENNOCK: The rugby hasn't stopped. Not one game called off. Harwick Academy has been brilliant — the head, Mrs Okafor, rang me on the Monday morning and offered their changing rooms before I'd even asked. The juniors have been turning up every Sunday in bigger numbers than before the fire, if anything.

SOPHIE TRANTER: What would you say to other clubs?

GARETH PENNOCK: Get your building revalued. Today. Don't wait for your broker to chase you, and don't do what we did and put the letter in a drawer. And if you've got a tumble dryer in the kit room, don't leave it running when you lock up.

---
*Transcript ends*
`;

/** h635: sources/interview_brierley.md, whole. */
const BREWERY_INTERVIEW = `# Interview transcript

**Interviewee:** Hannah Brierley, founder and managing director, Copperkettle Brewing Company Ltd
**Also present (part):** Tomasz Wrobel, head brewer and designated premises supervisor
**Interviewer:** Ellie Warburton, reporter, Ashcombe Courier
**Date and place:** Monday 2 September 2024, 11:00, Copperkettle taproom, Canal Street, Ashcombe
**Recorded with consent. Lightly edited for length.**

---

**EW:** Let's start with the expansion. What has actually changed here this year?

**HB:** We started in 2017 in half of this unit with a ten-hectolitre kit and three of us. This summer we commissioned a new 30-hectolitre brewhouse, which went live on Monday 1 July. Last year we brewed about 1,800 hectolitres. This year we'll do something like 3,900, and at full capacity the new kit gives us 5,400 — three times what we could do before.

**EW:** What did it cost?

**HB:** About £1.2 million all in — the brewhouse, the fermenters, the taproom fit-out and the garden. £400,000 of that is a loan from the Eastmoor Growth Fund; the rest is ours and the bank's.

**EW:** And jobs?

**HB:** We were 11 staff at the start of the year. We're 22 now, and we hope to be 25 by Christmas. Nearly all of them live within three miles of here.

**EW:** Environmental health logged 31 complaints over the summer. How do you respond to that?

**HB:** I'm not going to pretend we got it right. The Midsummer festival was a mistake, frankly. We put a band outside and we shouldn't have. I've apologised to the residents and I'll do it again here: I'm sorry.

**EW:** The sub-committee cut back what you asked for. How do you feel about that?

**HB:** We asked for half past midnight and got half eleven. I can live with that. The nine o'clock finish in the garden is harder, because in June and July it's still light at nine. We're not a nightclub. We're a place people come with their kids and their dogs on a Saturday afternoon.

**EW:** Will you appeal?

**HB:** We've got 21 days and we're taking advice. My honest instinct is not to, because I'd rather spend the money on the fence than on lawyers.

**EW:** Tell me about the fence.

**HB:** It's 2.4 metres high, acoustic timber, all along the back. It's quoted at £17,500 and the contractor is booked for the week of Monday 14 October, so we'll be well ahead of the November deadline.

**EW:** How much have you spent on noise so far?

**HB:** £38,000 before the fence. Secondary glazing on the taproom, a lobby so the door doesn't open straight onto the garden, and the limiter.

**EW:** Residents in Bargeman's Close complained about a hum at night.

**TW:** That was the chiller on the roof. One of the fan bearings was going, and it was making a tone at night when everything else was quiet. We replaced it on the fifth of August, and environmental health came back and said they couldn't hear it.

**EW:** And the early-morning lorries?

**HB:** Our logistics firm had been sending a lorry at seven o'clock on a Saturday. That's stopped. Collections are now on Tuesdays and Thursdays from ten in the morning.

**EW:** The capacity was set at 150, not the 180 you wanted.

**HB:** On a normal Friday we get about 110 people, so 150 is fine. The garden is licensed for 120. To put that in context, the Wheatsheaf on Market Street has a garden that takes 200 and it's open until ten.

**EW:** How are relations with the residents now?

**HB:** Colin Mabey and I have had coffee twice. We don't agree on everything. But I've given him my mobile number and said: if it's loud, ring me, not the council.

**EW:** Anything else you want to say to the neighbours?

**HB:** Only that we're not going anywhere, and neither are they. We'd like to be the sort of neighbour people are glad to have.
`;

/** h636: sources/fishermens_association_statement.md, whole. */
const FISHERMEN_STATEMENT = `# ARDLEIGH & DISTRICT INSHORE FISHERMEN'S ASSOCIATION

## PRESS STATEMENT — FOR IMMEDIATE RELEASE

**Monday 18 March 2024**

### FISHERMEN "LEFT HIGH AND DRY" BY HARBOUR DREDGING DECISION

The Ardleigh & District Inshore Fishermen's Association today condemned the decision of Ardleigh Harbour Authority's Board of Commissioners to spend £4.6 million deepening the approach channel for cargo ships while putting off dredging of the Fish Quay basin for at least another year.

The Board voted by five votes to two at its meeting on Thursday 14 March to approve the channel scheme, known as Option A, and to defer the basin works to 2025–26.

Dougie Farrant, chairman of the Association, said: "The Authority has found £4.6 million for ships that call twice a week, and it can't find £420,000 for the boats that land here every day. We've been paying our dues for a harbour we can't get out of."

**The fleet in numbers**

- 27 boats work from the Fish Quay, most of them under 10 metres.
- The fleet employs 64 people directly, and supports jobs at the Ardleigh fish market, two processors and the ice plant.
- Landings in 2023 were 1,140 tonnes, worth £3.2 million at first sale.
- Brown crab and lobster accounted for £2.1 million of that.
- At low water on spring tides, 11 boats sit on the mud in the east side of the basin.
- Berthing dues rose by 8 per cent in April 2023, and a further 6 per cent increase is proposed for April 2024.

The Authority's own survey shows just 0.9 metres of water at chart datum on the east side of the basin, against a declared depth of 2.5 metres.

"Some of our lads can only get out two hours either side of high water," said Mr Farrant. "In January and February last year there were whole weeks when half the fleet couldn't sail on the neaps. That's money lost, and it's lost to the harbour as well."

**Disposal at Garron Deep**

The Association is also deeply concerned about plans to dump more than 186,000 cubic metres of spoil at Garron Deep, just 1.6 nautical miles from the Skerry Bank, the fleet's most important crab and lobster ground.

Kath Imrie, secretary of the Association, said: "We have been here before. Last time they dumped at Garron, in 2009, our pot catches on the Skerry fell by a third the following season. Nobody from the Authority came out to look."

**What we are asking for**

The Association is calling on the Authority to:

1. dredge the Fish Quay basin in the same campaign as the channel (Option B);
2. fund independent monitoring of the spoil plume before, during and after disposal;
3. give the fishing industry a seat on the Board of Commissioners.

"We're not against the channel being dredged," said Mr Farrant. "We just want to be able to get out of our own harbour."

**ENDS**

*Notes to editors: The Association represents 31 skippers and crew-owners fishing from Ardleigh, Brackley Cove and Sandholme. Contact: Kath Imrie, Secretary, The Net Loft, Fish Quay, Ardleigh.*
`;

/** h634: sources/radio_phone_in_transcript.md, whole. */
const PHONE_IN = `# Transcript: Fen Valley FM — The Morning Line with Tom Hadley

**Broadcast:** Wednesday 5 November 2025, 08:05–08:40
**Topic:** "Is the ambulance getting to you?" — phone-in on Fenmoor Ambulance Service response times
**Studio guest:** Martin Greaves, Director of Operations, Fenmoor Ambulance Service NHS Trust
**Transcribed by:** Fen Valley FM newsroom. Callers are identified by first name and place only, as given on air.

---

**TOM HADLEY:** Good morning, it's five past eight, you're listening to The Morning Line on Fen Valley FM. This morning, ambulances. The ambulance trust says response times are back on track after a difficult summer with its new computer dispatch system, Beacon. The union says staff paid for that recovery with double shifts. With me in the studio is Martin Greaves, the trust's director of operations. Martin, good morning.

**MARTIN GREAVES:** Good morning, Tom.

**TOM HADLEY:** Let's start with June. What went wrong?

**MARTIN GREAVES:** We got the first fortnight wrong, and I want to say sorry to every patient who waited longer than they should have. We had three outages in the first three days and a mapping fault that put some rural addresses in the wrong place. Our Category 2 average went up to nearly 45 minutes in June. That is not acceptable.

**TOM HADLEY:** And now?

**MARTIN GREAVES:** In September the Category 2 average was 29 minutes 37 seconds. That's the best September we've had for three years. Our provisional figure for October is 27 minutes 50 seconds. Beacon is now doing what we bought it to do.

**TOM HADLEY:** The union says you were warned. They asked you to delay go-live back in May.

**MARTIN GREAVES:** They did, and we took that seriously. But the old system's contract couldn't be extended past the summer. Every member of control room staff had seven and a half hours in the classroom and two supervised shifts. In hindsight, it should have been more.

**TOM HADLEY:** Let's go to the phones. Brenda is in Sallowby. Morning, Brenda.

**BRENDA (caller, Sallowby):** Morning, Tom. My husband Derek, he's 79, he fell in the kitchen on Saturday the 26th of July and he couldn't get up. I rang 999 at about half past six in the evening and we waited three hours and ten minutes. Three hours and ten minutes, on the kitchen floor. When the crew came they were lovely, they said they'd come from Port Ebbing.

**TOM HADLEY:** Martin?

**MARTIN GREAVES:** Brenda, I'm very sorry that happened to Derek. I won't comment on an individual case on air, but I'd like to speak to you after the programme. Sallowby and the Fen Edge villages are our hardest area to cover. From Monday 1 December we'll have a new ambulance standby point at Sallowby fire station, staffed from 7am to 11pm, seven days a week.

**BRENDA (caller, Sallowby):** Well, that's something. But it's come too late for us.

**TOM HADLEY:** Thank you, Brenda. Next, Gary, who tells us he works in the control room. Gary, good morning.

**GARY (caller, Fenmoor EOC):** Morning. I'm not giving my surname, for obvious reasons. Look, the system's better now, I'll give them that. But in June we were sending crews blind. The map was telling us one thing and the crews were telling us another.

**TOM HADLEY:** Were you working extra shifts?

**GARY (caller, Fenmoor EOC):** Most of us were. I did four doubles in June. Nobody forced us, but nobody else was going to do it.

**MARTIN GREAVES:** Gary's right, and I want to thank him and everyone in the control room. We've approved nine more dispatcher posts and they'll be in post by January.

**TOM HADLEY:** The union wants those jobs to be permanent. Will they be?

**MARTIN GREAVES:** Yes. All nine are permanent posts.

**TOM HADLEY:** And an independent review of what went wrong?

**MARTIN GREAVES:** I don't rule it out. The board will decide at its meeting in December.

**TOM HADLEY:** One more caller. Anil is in Ashwell Cross. Anil?

**ANIL (caller, Ashwell Cross):** Hi, Tom. I just wanted to say something positive. My daughter had a bad asthma attack in September, a Tuesday night, and the ambulance was with us in eleven minutes. I couldn't fault them.

**TOM HADLEY:** Good to hear. Martin, last word. The serious incident in Sallowby in July — will the findings be published?

**MARTIN GREAVES:** Yes. The investigation is led by our medical director, Dr Priya Lal, and it will be published in full, with the family's consent.

**TOM HADLEY:** Martin Greaves, thank you. It's twenty to nine. Travel next.

[END OF EXCERPT]
`;

/** h633: sources/01_cabinet_report.md, whole. */
const LIBRARIES_REPORT = `# HARROWFIELD BOROUGH COUNCIL

## Report to Cabinet

**Meeting date:** Tuesday 11 February 2025
**Report published:** Monday 3 February 2025
**Title:** Library Service Review 2025/26 – Outcome of Consultation and Recommended Option
**Cabinet Member:** Councillor Martin Sedgwick, Cabinet Member for Culture, Leisure and Libraries
**Lead officer:** Rachel Pennington, Head of Library and Heritage Services
**Finance comments:** Alan Threlfall, Director of Finance (Section 151 Officer)
**Key decision:** Yes
**Wards affected:** All, with particular impact on Brindle Green, Netherby and Oakhurst wards

### 1. Purpose of the report

1.1 This report sets out the outcome of the public consultation on the future of the library service, which ran from Monday 14 October 2024 to Sunday 8 December 2024, and recommends a revised model for the service that would deliver savings of £612,000 a year from 2025/26.

1.2 The council faces a budget gap of £14.2 million in 2025/26. All directorates have been asked to identify savings. The net budget for the library service is £4.87 million in 2024/25 and would fall to £4.26 million in 2025/26 if the recommendations are approved.

### 2. Background

2.1 Harrowfield Borough Council operates seven static libraries and one mobile library serving a population of approximately 316,000. The council has a statutory duty under the Public Libraries and Museums Act 1964 to provide a "comprehensive and efficient" library service.

2.2 Harrowfield currently spends £15.40 per resident on its library service. The average for its CIPFA nearest-neighbour group of comparable councils is £17.90 per resident.

2.3 Physical visits to Harrowfield libraries have not recovered to pre-pandemic levels. Total visits fell from 654,400 in 2019/20 to 528,300 in 2023/24, a fall of 19.3%. Over the same period, e-book and e-audio loans rose from 61,200 to 143,700.

### 3. Branch visits and running costs

Table 1: Visits and direct running costs by service point

| Service point | Opening hours per week | Visits 2019/20 | Visits 2023/24 | Change | Direct running cost 2023/24 | Cost per visit 2023/24 |
|---|---|---|---|---|---|---|
| Central Library | 58 | 312,400 | 248,900 | -20.3% | £1,146,000 | £4.60 |
| Ashcombe | 40 | 96,200 | 81,500 | -15.3% | £298,000 | £3.66 |
| Wyvern Park | 40 | 88,700 | 79,300 | -10.6% | £276,000 | £3.48 |
| Millbrook | 32 | 54,100 | 47,800 | -11.6% | £201,000 | £4.21 |
| Oakhurst Road | 28 | 41,300 | 30,200 | -26.9% | £168,000 | £5.56 |
| Brindle Green | 24 | 29,800 | 18,600 | -37.6% | £142,000 | £7.63 |
| Netherby | 20 | 22,500 | 16,900 | -24.9% | £131,000 | £7.75 |
| Mobile library | n/a | 9,400 | 5,100 | -45.7% | £74,000 | £14.51 |
| **Total** | | **654,400** | **528,300** | **-19.3%** | **£2,436,000** | **£4.61** |

Direct running costs include staffing, premises, utilities and business rates. They exclude book stock, IT systems and central management, which are accounted for separately.

3.1 Brindle Green and Netherby have the highest cost per visit of any static library, at £7.63 and £7.75 respectively, compared with a borough average of £4.61.

### 4. Consultation findings

4.1 The consultation received 3,184 responses: 2,906 online and 278 paper questionnaires. Officers also held nine drop-in sessions attended by 412 people.

4.2 Of all respondents, 2,261 (71%) disagreed or strongly disagreed with the proposal to close Brindle Green library. For Netherby, the figure was 64%. A majority of respondents (58%) supported the proposal to explore community management of Oakhurst Road library.

4.3 The most common concerns raised were: loss of children's activities (mentioned by 1,140 respondents); access to computers and the internet for people without broadband at home (887); travel distance and cost for older and disabled residents (764); and loss of a warm, safe community space (521).

### 5. Recommended option

5.1 Cabinet is recommended to approve the following package:

| Proposal | Annual saving |
|---|---|
| Close Brindle Green library | £124,000 |
| Close Netherby library | £117,000 |
| Transfer Oakhurst Road library to community management | £131,000 |
| Reduce Central Library opening hours from 58 to 50 a week | £96,000 |
| Withdraw the mobile library and expand the volunteer Home Library Service | £68,000 |
| Restructure management and back-office support | £76,000 |
| **Total** | **£612,000** |

5.2 The savings for the two closures are lower than the direct running costs in Table 1 because the council will continue to hold and secure both buildings until a decision on their future use is made.

5.3 The proposals would result in the deletion of 19.4 full-time equivalent (FTE) posts, of which 7.2 FTE are currently vacant. The council will seek to redeploy affected staff wherever possible.

5.4 If approved, Brindle Green and Netherby libraries would close to the public on Saturday 28 June 2025. The reduced hours at Central Library would take effect from Tuesday 1 July 2025.

5.5 The nearest alternative library for Brindle Green residents is Millbrook, 2.3 miles away and served by bus route 14 every 30 minutes during the day. For Netherby residents, the nearest alternative is Ashcombe, 1.8 miles away.

5.6 A one-off transition grant of £25,000 would be offered to a suitable community organisation taking on Oakhurst Road library, and the council would remain responsible for major structural repairs to the building for the first two years.

### 6. Equality impact

6.1 Part of Brindle Green ward falls within the 10% most deprived neighbourhoods in England according to the Index of Multiple Deprivation 2019. The equality impact assessment (Appendix C) identifies a negative impact on children, older people and disabled people in the ward. Mitigations include a fortnightly "pop-up" library session at Brindle Green Community Centre and free bus travel vouchers for registered library users aged under 16 or over 75 for the first six months after closure.

### 7. Financial implications

7.1 The Director of Finance, Alan Threlfall, comments: "The savings set out in this report are necessary to deliver a balanced budget for 2025/26. If they are not approved, alternative savings of an equivalent amount will have to be found elsewhere in the council's budget."

### 8. Recommendation

8.1 That Cabinet approves the recommended option set out in section 5 and recommends it to full council as part of the 2025/26 budget, to be considered on Wednesday 26 February 2025.
`;

describe('bans, instructions, initials, bodies and months of h632–h637, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Amplified music has been banned from the garden" is "No amplified music shall be played in the beer garden"; "allowed" is its opposite', async () => {
    const decision = judgeWith(await workspaceIndex({ 'sources/licensing_decision.md': LICENSING_DECISION }));
    const banned = decision('Amplified music has been banned from the garden altogether, while live and recorded music indoors must end at 10.30pm.');
    assert.deepEqual(banned.conflicts, [], why(banned));
    const allowed = decision('Amplified music has been allowed in the garden, while live and recorded music indoors must end at 10.30pm.');
    assert.equal(allowed.verdict, 'contradicted', why(allowed));
  });

  test('"urging other clubs not to wait for their broker" is "Don\'t wait for your broker to chase you"', async () => {
    const interview = judgeWith(await workspaceIndex({ 'sources/interview_chair_transcript.md': CLUB_CHAIR_INTERVIEW }));
    const urging = interview('"Get your building revalued," he said, urging other clubs not to wait for their broker to chase them.');
    assert.deepEqual(urging.conflicts, [], why(urging));
  });

  test('"HB:" is Hannah Brierley, the header\'s one name of those initials', async () => {
    const brewery = { 'sources/interview_brierley.md': BREWERY_INTERVIEW, 'sources/licensing_decision.md': LICENSING_DECISION };
    assert.deepEqual(await misattributions(brewery, 'Hannah Brierley, the brewery\'s founder and managing director, said the £17,500 acoustic timber fence was booked to go up in the week of 14 October.'), []);
  });

  test('"Commissioners of Ardleigh Harbour Authority voted" is "The Board voted", under "Board of Commissioners"', async () => {
    const statement = judgeWith(await workspaceIndex({ 'sources/fishermens_association_statement.md': FISHERMEN_STATEMENT }));
    const voted = statement('Commissioners of Ardleigh Harbour Authority voted five to two on Thursday 14 March to approve the channel scheme, known as Option A, and to defer the basin work to the 2025–26 financial year.');
    assert.deepEqual(voted.conflicts, [], why(voted));
  });

  test('October\'s "27 minutes 50 seconds" is the transcript\'s, two sentences after September\'s 29 minutes 37 seconds; 26 minutes 50 is not', async () => {
    const phoneIn = judgeWith(await workspaceIndex({ 'sources/radio_phone_in_transcript.md': PHONE_IN }));
    const october = (time: string) => phoneIn(`He said the provisional Category 2 average for October was ${time}.`);
    assert.deepEqual(october('27 minutes 50 seconds').conflicts, [], why(october('27 minutes 50 seconds')));
    assert.equal(october('26 minutes 50 seconds').verdict, 'contradicted', why(october('26 minutes 50 seconds')));
  });

  test('"the steepest fall of any static library" ranks no "Mobile library"; "of any library" does', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/01_cabinet_report.md': LIBRARIES_REPORT }));
    const fall = (kind: string) => report(`Brindle Green saw the steepest fall of any ${kind}, with visits dropping from 29,800 to 18,600.`);
    assert.deepEqual(fall('static library').conflicts, [], why(fall('static library')));
    assert.equal(fall('library').verdict, 'contradicted', why(fall('library')));
  });
});
