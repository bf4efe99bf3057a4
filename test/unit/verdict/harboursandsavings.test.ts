/**
 * The fifty-fifth round, fourth part: faithful sentences shown as errors in h788–h793 (written against 110be13), and
 * a share of a change the claim works out itself. A figure inside the bound the sentence gives in its place is no
 * swap ("to 2,585 tonnes" / "to under 2,600 tonnes"); one person by a name and by the fuller one with it has one set
 * of initials ("DF" is Douglas "Dougie" Ferrier); a ranking of changes ranks no column of a year's levels ("The biggest
 * single saving … which cost £8,500 last year" / "2024 actual (£): 8,500"); a figure a source's "around" rounds is no
 * rival ("an estimated £412,000" / "around £400,000"); a meeting's day past an aside ("voted by 9 to 4, with one
 * abstention, on Monday 28 April") is the minutes' own; a possessive post in apposition describes its holder ("Ashby
 * Lane's acting head, Rohan Batley"); the denial of the thing the claim sets against its own is not of its own ("the
 * council's own forecasts, which take account of 640 homes …, compared with the trust's projection" / "Your projection
 * … does not take account of the Hayward Fields development"); a share of a change from two of the claim's own figures
 * is the writer's arithmetic ("from £5,000 to £6,500, a rise of 30 per cent"). The fixtures are the helpers' sources,
 * whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h788: sources/board_minutes_2024-11-19.md, whole. */
const HARBOUR_MINUTES = `# Brackenhythe Harbour Authority

## Minutes of the Meeting of the Board

**Date:** Tuesday 19 November 2024
**Time:** 6.30pm to 8.55pm
**Venue:** Board Room, Harbour Office, Quay Street, Brackenhythe

### Present (voting members)

- Councillor Margaret Annesley (Chair)
- Robert Kinnear (Vice-Chair)
- Dr Aileen Moffat
- Graham Pellow
- Fiona Caird
- Councillor Tom Varley (nominee of Wenmoor District Council)
- Joan Ashdown (nominee of the Brackenhythe Fishermen's Association)

### In attendance

- Paul Tredgold, Chief Executive
- Siân Hollister, Finance Director
- Captain Neil Dunmore, Harbourmaster
- Karen Lusk, Clerk to the Board (minutes)

Four members of the public and one member of the press were present for items 1 to 4.

---

### 1. Apologies and declarations of interest

There were no apologies. Joan Ashdown declared an interest in item 5 as the owner of a share in the fishing vessel *Morning Tern* (BH 87), which uses the ice plant and the fish market. The Chair ruled that, as the Association's nominee, Mrs Ashdown could take part in the discussion and vote.

### 2. Minutes of the previous meeting

The minutes of the meeting held on Tuesday 8 October 2024 were approved as a correct record. Proposed by Mr Pellow, seconded by Dr Moffat.

### 3. Harbourmaster's report

Captain Dunmore reported that 41 vessels were registered at Brackenhythe at 1 November 2024, compared with 57 in November 2019. Of these, 23 are full-time commercial fishing boats. Dredging of the inner basin was completed on Friday 1 November, two weeks later than planned, at a cost of £46,500.

### 4. Financial position (paper BHA/24/31)

The Finance Director presented paper BHA/24/31. Figures are for financial years ending 31 March.

| Year    | Landings (tonnes) | Value of landings (£m) | Harbour dues income (£) | Ice plant income (£) | Fish market income (£) | Operating result (£) |
|---------|------------------:|-----------------------:|------------------------:|---------------------:|-----------------------:|---------------------:|
| 2019/20 | 4,210             | 9.8                    | 412,000                 | 186,000              | 241,000                | surplus 38,000       |
| 2020/21 | 3,560             | 7.9                    | 351,000                 | 149,000              | 198,000                | loss 61,000          |
| 2021/22 | 3,390             | 8.1                    | 338,000                 | 142,000              | 187,000                | loss 94,000          |
| 2022/23 | 2,870             | 7.2                    | 301,000                 | 118,000              | 162,000                | loss 187,000         |
| 2023/24 | 2,585             | 6.6                    | 279,000                 | 104,000              | 139,000                | loss 312,000         |

Mrs Hollister drew the Board's attention to the following points:

(a) Landings had fallen by 1,625 tonnes, or 38.6 per cent, between 2019/20 and 2023/24. The authority had made an operating loss in each of the last four years, totalling £654,000.

(b) The ice plant cost £229,000 to run in 2023/24 against income of £104,000, a loss of £125,000. Its electricity bill had risen from £58,000 in 2021/22 to £131,000 in 2023/24.

(c) The fish market cost £210,000 to run in 2023/24 against income of £139,000, a loss of £71,000.

(d) General reserves stood at £148,000 at 31 March 2024, down from £690,000 at 31 March 2020. On current trends the authority would exhaust its reserves before the end of September 2025.

(e) The ice plant's refrigeration equipment dates from 1987. An engineer's survey by Caldbeck Refrigeration Ltd, received on Friday 13 September 2024, estimated the cost of replacing it at £1.4 million. Ammonia leaks had closed the plant on three occasions in 2024, for a total of 11 days.

(f) An application to the Coastal Communities Renewal Fund for £900,000 towards a new ice plant had been refused in July 2024.

### 5. Future of the ice plant and fish market (paper BHA/24/32)

The Chief Executive introduced paper BHA/24/32, which recommended that the ice plant close on Friday 31 January 2025 and the fish market close on Friday 28 February 2025, and that the authority seek talks with Gullholm Fish Auctions Ltd about a collection service for Brackenhythe landings.

Mr Tredgold said the recommendation was "the hardest I have had to make in eleven years here", but that "the alternative is that we run out of money next autumn and the whole harbour is put at risk, not just the ice plant."

Nine posts would be affected: four at the ice plant and five at the fish market (three full-time and two part-time). A 45-day redundancy consultation would begin on Monday 25 November 2024. The Chief Executive said two of the nine staff could be redeployed to vacancies in the harbour maintenance team.

Mrs Ashdown said the fleet had not been consulted before the paper was published. She said: "You are asking men who land at this quay to steam thirty-odd miles to Gullholm for ice. Some of these boats will simply stop fishing." She proposed that a decision be deferred for three months to allow the Fishermen's Association to put forward a rescue plan. Councillor Varley seconded the proposal.

Dr Moffat asked whether the ice plant could be leased to a private operator. The Chief Executive said two companies had been approached in August 2024 and neither had expressed interest.

Councillor Varley said Wenmoor District Council had not been asked for help and that he would raise the matter at the council's Cabinet on Wednesday 4 December 2024.

Mrs Ashdown's amendment to defer was put to the vote and fell, 2 votes for and 5 against.

The substantive recommendation was then put to the vote.

**Resolved** (5 votes for, 2 against: Mrs Ashdown and Councillor Varley): that the ice plant close on Friday 31 January 2025; that the fish market close on Friday 28 February 2025; that a redundancy consultation begin on Monday 25 November 2024; and that the Chief Executive open talks with Gullholm Fish Auctions Ltd.

The Chair said: "Nobody round this table wanted to be here tonight. But a harbour authority that cannot pay its bills helps no one."

### 6. Any other business

None.

### 7. Date of next meeting

Tuesday 17 December 2024 at 6.30pm.

The meeting closed at 8.55pm.

Signed: ............................ (Chair)
`;

/** h788: sources/harbour_authority_statement.txt, whole. */
const HARBOUR_STATEMENT = `BRACKENHYTHE HARBOUR AUTHORITY
Harbour Office, Quay Street, Brackenhythe

PRESS STATEMENT
For immediate release: Thursday 21 November 2024

ICE PLANT AND FISH MARKET TO CLOSE AS HARBOUR LOSSES MOUNT

The Board of Brackenhythe Harbour Authority has decided, with regret, to close the harbour's ice plant at the end of January 2025 and its fish market at the end of February 2025.

The decision was taken at the Board's meeting on Tuesday 19 November 2024 by a majority of five votes to two.

Landings of fish at Brackenhythe have fallen by almost 40 per cent in five years, from more than 4,200 tonnes in 2019/20 to under 2,600 tonnes in 2023/24. Over the same period the number of registered vessels has dropped from 57 to 41.

The authority has recorded operating losses in each of the last four financial years, totalling more than £650,000. Its reserves have fallen from £690,000 to £148,000, and without action they would run out during 2025.

The ice plant alone lost £125,000 last year. Its electricity costs have more than doubled since 2021/22, and its refrigeration machinery, installed in 1987, has reached the end of its life. Replacing it would cost around £1.5 million, money the authority does not have. A bid for government funding was turned down this summer.

The fish market lost £71,000 last year.

Councillor Margaret Annesley, Chair of the Board, said:

"This is a sad day for Brackenhythe. The ice plant and the market have been part of this quay for as long as most of us can remember. But we have a duty to keep the harbour itself open, and we cannot do that if we keep losing money at this rate. We will work with the fleet to make sure boats can still land here and get their catch to market."

Paul Tredgold, Chief Executive, said:

"We looked at every option, including leasing the ice plant to a private operator, and none of them worked. We are now talking to Gullholm Fish Auctions about collecting fish from Brackenhythe by lorry, so that skippers do not have to steam to Gullholm to sell their catch."

Nine members of staff are affected. The authority has begun consultation with them and will seek to redeploy as many as possible within the harbour.

The harbour itself, including berthing, fuel and the slipway, will remain open as normal.

ENDS

Notes to editors
1. Brackenhythe Harbour Authority is a trust port established by the Brackenhythe Harbour Act 1874. It receives no regular public funding.
2. Figures are for financial years ending 31 March.
3. Media enquiries: Lauren Okafor, Communications Officer, 01632 960 418.
`;

/** h788: sources/interview_skipper_ferrier.md, whole. */
const HARBOUR_INTERVIEW = `# Interview transcript: Dougie Ferrier, skipper

**Interviewee:** Douglas "Dougie" Ferrier, 58, skipper and owner of the trawler *Silver Corrie* (BH 112)
**Interviewer:** Hannah Crowe, reporter, *Wenmoor Gazette*
**Date and time:** Friday 22 November 2024, 10.15am to 10.50am
**Place:** East Pier, Brackenhythe Harbour (recorded on phone, transcribed by HC)

---

**HC:** Thanks for making time, Dougie. Can you start by telling me about yourself and the boat?

**DF:** Dougie Ferrier. I'm fifty-eight. I've fished out of Brackenhythe for thirty-four years, since 1990. My father fished out of here before me. The *Silver Corrie*'s a fourteen-metre trawler, built in 2003. I bought her in 2011. There's four of us on her, me and three crew.

**HC:** What do you catch?

**DF:** Mostly prawns — nephrops — and whitefish, haddock, a bit of cod, whiting, some monk. In a good week we'd land maybe six or seven tonnes. This year it's been nearer four.

**HC:** How did you hear about the closure?

**DF:** Joan Ashdown rang me on the Tuesday night, after the meeting. About half nine. Nobody from the authority told us anything before that. We read the paper on the website the Friday before, same as everybody else.

**HC:** How much do you rely on the ice plant?

**DF:** Every trip. We take about three tonnes of flake ice each time we go out. The harbour charges us forty-two pound a tonne. You can't keep prawns without ice, not for a three-day trip. They'd be worthless by the time you got in.

**HC:** So where will you get ice from after January?

**DF:** Gullholm, I suppose. That's thirty-eight mile down the coast. Four hours' steaming there and back on top of the trip, and the best part of three hundred pound in diesel for the round trip. Every trip. You do the sums. On the prices we're getting, that's the difference between making a wage and not.

**HC:** The authority says it's talking to Gullholm Fish Auctions about sending a lorry to collect fish here. Does that help?

**DF:** It helps with selling, aye, if it happens. It doesn't help with ice. A lorry doesn't bring ice out to you. And they'll want paying for the lorry. Nobody's told us what it'll cost.

**HC:** The board says the ice plant lost a hundred and twenty-five thousand pounds last year, and that a new plant would cost one point four million. What do you say to that?

**DF:** I don't dispute the figures. I dispute how we got here. That plant's been held together with tape for ten years. They knew the machinery was done. They should have been putting money by for it. Instead they've let it go until it's broken and then said, well, we can't afford it. That's not bad luck, that's bad management.

**HC:** Do you blame the fleet getting smaller?

**DF:** Course that's part of it. Fewer boats, less fish, less money for the harbour. I'm not daft. But boats have been leaving partly because the facilities have been going downhill. It's a circle. Close the ice plant and more of them go. When I started there were over eighty boats here. Now you've got, what, twenty-odd that fish full time.

**HC:** Will you keep fishing from Brackenhythe?

**DF:** I'll try. I've got a mortgage on the boat till 2027. But my crew's already asking. Kyle, my youngest crewman, he's twenty-three, he's been offered a job on a boat out of Gullholm. I can't blame him.

**HC:** Is there anything the fleet can do?

**DF:** The Association's meeting on Monday night, the 25th, in the Anchor Inn. Joan wants to put together some kind of co-operative to run the ice plant ourselves. I'll back that if the numbers add up. But we'd need the authority to hand it over for a pound, not lease it to us at some daft rent.

**HC:** And what would you say to the board?

**DF:** I'd say this. "You've run this harbour like a museum and now you're surprised there's no visitors." That's what I'd say. And I'd say the fish market's been here since before any of them were born, and it'll be a long time before anything replaces it.

**HC:** Anything else?

**DF:** Just that it's not only us. It's the lads at the ice plant, the women on the market, the hauliers, the chandlery. Jim Rowley at Quayside Chandlery told me he does a third of his trade with the boats. You shut the market and it all goes.

**HC:** Thanks, Dougie.

**DF:** Aye. Put it in the paper.

---
*Transcript ends, 10.50am.*
`;

/** h789: sources/agm_minutes_2025.md, whole. */
const CARNIVAL_MINUTES = `# Pellbridge Carnival Committee

## Minutes of the Annual General Meeting

**Date:** Tuesday 11 March 2025
**Time:** 7.30pm
**Venue:** Pellbridge Memorial Hall, Church Lane, Pellbridge

**Present (voting members):** Mrs Glenys Harcourt (Chair), Mr Dev Raithatha (Vice-Chair), Mr Colin Ashdown (Treasurer), Ms Priya Kellaway (Secretary), Mr Tom Brignall (Safety Officer) and 16 other voting members — 21 voting members in total.

**In attendance (non-voting):** Cllr Sunita Bhardwaj (Mayor of Pellbridge); Mr Walter Dack (Dack's Amusements); Mr Gareth Penhaligon (float builder, The Wheatsheaf float team); Ms Hannah Voss (Pellbridge Echo).

**Apologies:** Mrs Joan Fairclough, Mr Peter Lusted, Ms Amira Sayed.

---

### 1. Welcome and opening

The Chair opened the meeting at 7.32pm and welcomed members and guests. She noted that the meeting was quorate (quorum: 12 voting members).

### 2. Minutes of the previous AGM

The minutes of the AGM held on Tuesday 12 March 2024 were approved as a true record. Proposed: Ms P Kellaway. Seconded: Mr T Brignall. No matters arising.

### 3. Chair's report

The Chair reported that the 2024 carnival, held on Saturday 13 and Sunday 14 July 2024, had attracted an estimated 11,500 visitors across the two days. There had been 31 floats in the procession and 130 stalls on the field. The carnival has traditionally been held over two days.

The Chair reported two serious financial pressures on the 2025 event:

(a) **Loss of headline sponsor.** A letter from Marlcourt Building Society, received on Monday 27 January 2025, confirmed that the Society would not renew its headline sponsorship for 2025. Marlcourt had been headline sponsor for 14 years. The Chair thanked the Society for its long support.

(b) **Insurance.** The committee's broker, Calloway & Finch, supplied the renewal quotation on Friday 14 February 2025. The annual public liability premium has risen from £4,850 to £7,120, an increase of nearly 47 per cent. The broker attributed the rise to "a hardening market for outdoor events and the committee's claims history". The committee has had one claim in recent years: in 2023 a spectator tripped over an unprotected cable at Riverside Meadows; the claim was settled for £3,400.

The Chair said that the committee would review the format after the 2025 event and report to the next AGM.

### 4. Treasurer's report

The Treasurer presented the accounts for 2024 and the budget for 2025 (table below). He told members: "Without Marlcourt, we are £18,000 down before we have booked a single toilet."

Reserves stood at £12,600 on 31 December 2024. The Treasurer reminded members that the committee's reserves policy is to hold at least £10,000 at all times. The 2025 budget shows a planned surplus of £5,130, which would be added to reserves.

**Table 1: Income and costs, 2024 actual and 2025 budget**

| Line | 2024 actual (£) | 2025 budget (£) |
|---|---:|---:|
| **Income** | | |
| Marlcourt Building Society (headline sponsor) | 18,000 | 0 |
| Other sponsors | 6,400 | 7,900 |
| Stallholder fees (2024: 130 stalls at £45; 2025: 90 stalls at £60) | 5,850 | 5,400 |
| Funfair pitch fee (Dack's Amusements) | 9,000 | 9,000 |
| Bucket collections | 7,320 | 4,500 |
| Programme sales and advertising | 3,150 | 2,600 |
| Pellbridge Town Council grant | 5,000 | 6,500 |
| **Total income** | **54,720** | **35,900** |
| **Costs** | | |
| Public liability insurance | 4,850 | 7,120 |
| Fireworks display | 8,500 | 0 |
| Stewarding and security | 11,200 | 7,400 |
| Road closures and traffic management | 6,300 | 4,100 |
| Staging, sound and lighting | 7,900 | 3,800 |
| Toilets and waste | 4,600 | 3,250 |
| Float grants (£100 per float) | 3,100 | 2,000 |
| Marketing and printing | 2,700 | 1,900 |
| Administration | 1,150 | 1,200 |
| **Total costs** | **50,300** | **30,770** |
| **Surplus** | **4,420** | **5,130** |

The 2025 budget assumes a one-day event, no fireworks display and a cap of 20 floats. The accounts were accepted. Proposed: Mr D Raithatha. Seconded: Mrs G Harcourt. Carried unanimously.

### 5. Motions

**Motion 1:** "That the 2025 Pellbridge Carnival be held as a one-day event on Saturday 12 July 2025."
Proposed: Mr D Raithatha. Seconded: Ms P Kellaway.
Vote: For 14; Against 5; Abstentions 2. **Carried.**

**Motion 2:** "That stallholder fees be increased from £45 to £60 per pitch for 2025."
Proposed: Mr C Ashdown. Seconded: Mr T Brignall.
The Treasurer said he expected the number of stalls to fall to around 90.
Vote: For 17; Against 4; Abstentions 0. **Carried.**

**Motion 3:** "That the fireworks display be cancelled for 2025."
Proposed: Mr C Ashdown. Seconded: Mr D Raithatha.
Several members spoke against, noting that the display was the most popular part of the Sunday programme.
Vote: For 12; Against 8; Abstentions 1. **Carried.**

### 6. Safety Officer's report

Mr Brignall reported on the revised arrangements for a one-day event:

- The number of stewards will be reduced from 64 to 40.
- The procession route will be shortened from 2.4 miles to 1.5 miles. It will no longer cross Abbey Bridge and will end at the Recreation Ground instead of Riverside Meadows.
- Road closures will be reduced from six hours to three and a half hours, which accounts for most of the saving on traffic management.
- The procession will leave Pellbridge Station car park at 2pm.

### 7. Town council

The Mayor, Cllr Bhardwaj, announced that Pellbridge Town Council's grant to the carnival will rise from £5,000 to £6,500 for 2025. The increase was approved by the council's Finance Committee on Thursday 27 February 2025.

### 8. Funfair

Mr Dack confirmed that Dack's Amusements will operate the funfair on the Friday evening and on the Saturday of carnival weekend, and that the pitch fee will remain £9,000.

### 9. Any other business

Mr Penhaligon asked how float places would be allocated under the cap of 20. The Secretary replied that entries will open on Monday 7 April 2025 and close on Friday 16 May 2025, and will be accepted on a first-come, first-served basis, with five places reserved for community groups entering for the first time.

### 10. Election of officers

All officers were re-elected unopposed: Chair, Mrs Glenys Harcourt; Vice-Chair, Mr Dev Raithatha; Treasurer, Mr Colin Ashdown; Secretary, Ms Priya Kellaway; Safety Officer, Mr Tom Brignall.

### 11. Date of next AGM

Tuesday 10 March 2026, 7.30pm, Pellbridge Memorial Hall.

The meeting closed at 9.14pm.

Signed (Chair): ............................  Date: ..................
`;

/** h792: sources/consultation_report.md, whole. */
const ENGINE_REPORT = `# Fenwold Fire Authority

## Report to the Fire Authority: meeting of Thursday 17 July 2025, 10.30am, Castle Wynd House, Draycott

### Item 7: Hollinsby Fire Station – outcome of the public consultation on the proposal to remove the second fire engine

- **Report of:** Chief Fire Officer Margaret Ellery
- **Author:** Area Manager Daniel Oduya, Head of Service Delivery, Fenwold Fire and Rescue Service
- **Chair of the authority:** Councillor Peter Rennard
- **Published:** Wednesday 9 July 2025
- **Status:** For decision

---

### Foreword by the Chief Fire Officer

This has been one of the most closely followed consultations the service has run. More than 1,300 people took the time to respond, and I thank every one of them. I also want to thank the on-call firefighters of Hollinsby, who have served their community with great commitment.

"We have listened carefully, and I understand the strength of feeling in Hollinsby, but a second engine that is crewed less than a third of the time does not provide the cover people think it does."

The recommendation in this report is that we proceed, with the additional measures described in section 6.

Margaret Ellery, Chief Fire Officer

---

### 1. Purpose

1.1 This report sets out the outcome of the 12-week public consultation on the proposal to remove the second fire engine from Hollinsby Fire Station, and recommends that the authority approves the proposal, with the mitigations set out in section 6.

### 2. Background

2.1 On Thursday 20 February 2025 the authority voted by 9 votes to 4, with one abstention, to consult the public on the proposal. Councillor Graham Tilley, member for the Hollinsby division, asked that his vote against be recorded in the minutes. The consultation ran from Monday 3 March 2025 to Sunday 25 May 2025.

2.2 Hollinsby Fire Station, on Mill Lane, Hollinsby, is an on-call station with two fire engines. It has an establishment of 18 on-call firefighters. At Saturday 31 May 2025, 14 of those posts were filled.

2.3 Under its medium-term financial plan the authority must make savings of £2.1 million by 2027/28. Removing the second engine would save an estimated £412,000 a year, made up of £286,000 in staff costs (retaining fees, training and drill pay) and £126,000 in vehicle maintenance, fuel and lease costs.

2.4 The second engine is 17 years old and would otherwise need to be replaced in 2026 at an estimated cost of £340,000. This one-off cost is not included in the annual saving of £412,000.

### 3. Activity, response times and availability

3.1 Table 1 shows call-outs and response times for the five stations of the service's eastern group in 2024/25 (1 April 2024 to 31 March 2025).

**Table 1: Eastern group stations, 2024/25**

| Station | Duty system | Fire engines | Call-outs | Average response time, first engine | First engine within 10 minutes (%) | First engine availability (%) |
|---|---|---|---|---|---|---|
| Marrowby | Wholetime | 2 | 1,286 | 7 min 12 s | 91.3 | 99.6 |
| Pellingham | Day-crewed | 2 | 634 | 8 min 21 s | 84.7 | 96.1 |
| Hollinsby | On-call | 2 | 412 | 9 min 48 s | 72.5 | 87.2 |
| Sedgecombe | On-call | 1 | 298 | 11 min 05 s | 58.9 | 79.4 |
| Crane Ferry | On-call | 1 | 187 | 12 min 40 s | 46.0 | 68.3 |
| **Eastern group** | | **8** | **2,817** | | | |

3.2 The service standard is for the first fire engine to arrive at an incident within 10 minutes on 80% of occasions. Hollinsby did not meet the standard in 2024/25: its first engine arrived within 10 minutes on 72.5% of occasions, down from 76.8% in 2023/24.

3.3 Hollinsby's second engine was available (fully crewed with at least four firefighters) for 31.4% of the year in 2024/25. Its availability has fallen in each of the last two years, from 44.9% in 2022/23 and 38.2% in 2023/24.

**Table 2: Hollinsby second engine**

| Year | Mobilisations | Of which outside Hollinsby station ground | Availability (%) |
|---|---|---|---|
| 2022/23 | 81 | 29 | 44.9 |
| 2023/24 | 69 | 26 | 38.2 |
| 2024/25 | 57 | 22 | 31.4 |

3.4 If the proposal is approved, the nearest second engine for incidents on the Hollinsby station ground would come from Pellingham, 11 miles away. Modelling by the service estimates that this would add an average of 6 minutes 30 seconds to the arrival time of a second engine. The response time of the first engine would not change.

### 4. Consultation

4.1 The service received 1,318 responses. Of these, 1,139 (86.4%) opposed the proposal, 97 (7.4%) supported it and 82 (6.2%) expressed no view.

4.2 Hollinsby Parish Council submitted a petition with 4,870 signatures. In line with the authority's consultation policy, the petition is counted as one response.

4.3 Three public meetings were held:

- Hollinsby Village Hall, Tuesday 18 March 2025: 210 people attended;
- Sedgecombe Community Centre, Thursday 3 April 2025: 64 people attended;
- online meeting, Wednesday 23 April 2025: 41 people took part.

In total 315 people attended the meetings.

4.4 The main themes raised were: the response to large incidents such as farm and barn fires (raised in 612 responses); concern that the change would lead on-call firefighters to leave the service (388 responses); and road traffic collisions on the Fenwold Link Road (247 responses).

4.5 The responses were analysed independently by Ridgeway Opinion Research Ltd at a cost of £14,500.

### 5. Equality impact

5.1 An equality impact assessment has been completed. It found no disproportionate impact on any group with protected characteristics, but noted that Hollinsby has an older population than the Fenwold average, with 31% of residents aged 65 or over.

### 6. Mitigations

6.1 An on-call recruitment campaign in Hollinsby and Sedgecombe, starting in September 2025, with a budget of £22,000.

6.2 The service's water carrier will be moved from Marrowby Fire Station to Hollinsby Fire Station to support firefighting in rural areas without hydrants.

6.3 The change will be reviewed after 12 months, and the findings reported to the authority in autumn 2026.

### 7. Recommendation

7.1 That the authority approves the removal of the second fire engine from Hollinsby Fire Station with effect from Wednesday 1 October 2025, together with the mitigations in section 6.
`;

/** h792: sources/union_press_release.txt, whole. */
const ENGINE_RELEASE = `FIRE CREWS' UNION - FENWOLD BRIGADE
PRESS RELEASE

For immediate release: Thursday 10 July 2025

FIRE CHIEFS IGNORE 87% OF PUBLIC IN BID TO AXE HOLLINSBY FIRE ENGINE

Firefighters have condemned a recommendation by Fenwold Fire and Rescue Service to scrap the second fire engine at Hollinsby Fire Station, despite almost 87 per cent of people who responded to the public consultation opposing the cut.

A report published yesterday asks members of Fenwold Fire Authority to approve the cut when they meet next Thursday, 17 July. The Fire Crews' Union (FCU) says the saving of around £400,000 a year is small change in an authority budget of £48.6 million.

Kerry Lambden, FCU brigade secretary for Fenwold, said:

"This is a cut that puts lives at risk, and the people of Hollinsby have told the fire authority loud and clear that they do not want it."

"The service says the second engine is only crewed a third of the time. That is not an accident. The service has not run a dedicated on-call recruitment campaign in Hollinsby since 2021, and now it wants to use the shortage it created as a reason to take the engine away."

The union points out that:

- Hollinsby would be the third station in the eastern group to lose its second fire engine since 2018, after Sedgecombe in 2019 and Crane Ferry in 2021.
- The first fire engine at Hollinsby already takes almost 10 minutes on average to reach an emergency.
- A second engine would have to come from Pellingham, 11 miles away, and would take more than six minutes longer to arrive.
- There are just 14 firefighters at Hollinsby against 18 posts.

In an FCU survey of Hollinsby's on-call crews carried out in June, nine of the 12 firefighters who responded said they would consider leaving the service if the second engine was removed.

The union is holding a lobby outside the fire authority's headquarters, Castle Wynd House, Draycott, from 9.30am on Thursday 17 July, before the authority meeting starts at 10.30am. Members of the public are welcome to join.

Ms Lambden added: "We are asking every member of the fire authority to look at the evidence, listen to the public, and vote this cut down."

ENDS

Notes to editors
1. The Fire Crews' Union represents about 420 firefighters and control staff in Fenwold Fire and Rescue Service.
2. The public consultation ran from 3 March to 25 May 2025 and received 1,318 responses.
3. Media contact: Kerry Lambden, FCU Fenwold brigade secretary.
`;

/** h792: sources/interview_pryor.md, whole. */
const ENGINE_INTERVIEW = `# Interview transcript: Firefighter Sam Pryor, Hollinsby Fire Station

- **Interviewee:** Sam Pryor, on-call firefighter, Hollinsby Fire Station
- **Interviewer:** Rachel Quayle, Fenwold Gazette
- **Date:** Friday 11 July 2025, 6.15pm
- **Place:** Pryor Joinery workshop, Station Road, Hollinsby
- **Length:** 24 minutes (recorded with consent; lightly edited for clarity)

---

**RQ:** Thanks for seeing me. Can you start by telling me who you are and how long you've been at Hollinsby?

**SP:** Sam Pryor, I'm 38, I'm a joiner, this is my workshop. I've been on-call at Hollinsby for eleven years in September. My dad did twenty-two years at the same station, so it's a bit of a family thing.

**RQ:** How does on-call work, for people who don't know?

**SP:** You carry a pager, and when it goes off you've got to be at the station within five minutes. So you have to live or work close by. That's why this workshop is handy, it's two minutes from Mill Lane. You need four of you to put an engine on the run.

**RQ:** The fire service report says the second engine was only available 31 per cent of the time last year. Does that sound right?

**SP:** That sounds about right, yeah. It's been going down every year. When I joined, we'd have both pumps on the run most evenings and weekends. Now nights and weekends we're usually all right for one, but in the daytime we struggle, because most of the lads work in Draycott or further afield.

**RQ:** Why has it got harder?

**SP:** Honestly, it's work and houses. People work further away now, and the houses in Hollinsby have got that expensive that the young ones can't afford to stay in the village. If you don't live here, you can't be on-call here. It's as simple as that.

**RQ:** The union says it's because the service stopped recruiting.

**SP:** I've heard Kerry say that. There's something in it, but I'd be lying if I said that was the main thing. You can run all the adverts you want, if nobody lives within five minutes they can't join.

**RQ:** Can you give me an example of a job where the second engine made a difference?

**SP:** Coldharbour Farm. That was January last year, a Sunday night, the 14th. Big barn fire, the Mortimers' place. Both our pumps were there inside 12 minutes, and Pellingham turned up about 25 minutes after that. We lost about 200 tonnes of straw, but we saved the farmhouse. If we'd only had the one pump, I don't think we would have done.

**RQ:** What do you get paid?

**SP:** My retainer's about three and a half grand a year before tax, then you get paid per call on top. Nobody does it for the money. You do it because it's your village.

**RQ:** What happens to the crew if the second engine goes?

**SP:** If the second pump goes, I reckon three or four of us will pack it in, because there's less work and less reason to keep your skills up. Half of what keeps you sharp is the calls.

**RQ:** Did the crew take part in the consultation?

**SP:** We all did. We went to the meeting at the village hall in March, it was packed out. And a few of us wrote to Councillor Tilley. He voted against even going out to consultation back in February, so at least he's on our side.

**RQ:** What would you say to the chief fire officer?

**SP:** I don't blame the chief, she's got a budget to balance, but nobody in Draycott will notice four hundred grand and everybody in Hollinsby will notice the engine gone.

**RQ:** Will you be at the lobby on Thursday?

**SP:** If I'm not on call, I'll be there. My wife's going either way.

**RQ:** Thanks, Sam.

**SP:** Cheers.

---

*End of transcript.*
`;

/** h793: sources/consultation_document.md, whole. */
const MERGER_CONSULTATION = `# Kestrel Vale Academy Trust

## Proposal to merge Ashby Lane Primary School and Fennick Green Primary School

### Public consultation document

**Published:** Monday 3 March 2025
**Consultation period:** Monday 3 March 2025 to 5pm on Friday 11 April 2025

### Foreword from the Chief Executive

Kestrel Vale Academy Trust runs seven primary schools across Brackenholt and the Lyne valley. Over the past five years the number of children on roll at Ashby Lane Primary School has fallen by more than a quarter, and births in the town continue to decline. Small and half-empty schools cannot offer children the breadth of curriculum, the specialist staff or the financial stability they deserve. Having considered several options, the trustees believe the best future for both school communities is a single, larger primary school on the Fennick Green site in Moorside Road.

No decision has yet been taken. We want to hear from parents, staff, neighbours and anyone else with an interest before the trust board makes its final decision.

Dr Miriam Oyelaran, Chief Executive Officer

### 1. What is being proposed?

The trust proposes that:

- Ashby Lane Primary School (Ashby Lane, Brackenholt) and Fennick Green Primary School (Moorside Road, Brackenholt) merge into a single school from Tuesday 1 September 2026;
- the merged school operates entirely from the Fennick Green site, 1.3 miles from the Ashby Lane building;
- a two-storey extension with six classrooms, a group room and an enlarged dining hall is built at Fennick Green, increasing the site's capacity from 315 to 525 places;
- Mrs Claire Dunmore, currently headteacher of Fennick Green, becomes headteacher of the merged school, with Mr Rohan Batley, acting headteacher of Ashby Lane, as deputy headteacher;
- the Ashby Lane site is declared surplus and sold.

The working name for the merged school is Fennick Green and Ashby Primary School. Families will be consulted on a permanent name and uniform in autumn 2025.

### 2. Why is the trust proposing this?

**Falling rolls.** The table below shows pupil numbers from the October census in each year and the trust's projection for October 2027.

| School | Capacity (places) | On roll Oct 2019 | On roll Oct 2024 | Occupancy Oct 2024 | Projected roll Oct 2027 |
|---|---|---|---|---|---|
| Ashby Lane Primary | 420 | 352 | 247 | 58.8% | 214 |
| Fennick Green Primary | 315 | 291 | 268 | 85.1% | 251 |
| **Total** | **735** | **643** | **515** | **70.1%** | **465** |

Ashby Lane has lost 105 pupils since 2019, a fall of 29.8 per cent. Fennick Green's roll has fallen by 23 pupils, or 7.9 per cent, over the same period. Across the two schools, 220 places were unfilled in October 2024.

**Falling births.** Figures from the Office for National Statistics show that live births to mothers living in Brackenholt fell from 612 in 2017 to 498 in 2023, a drop of 18.6 per cent. These children reach reception age between 2021 and 2027.

**Finances.** Schools are funded mainly according to the number of pupils. Ashby Lane is forecast to run an in-year deficit of £186,000 in 2025-26, even after savings already made, while Fennick Green is forecast to make a small surplus of £14,000. The trust cannot continue to subsidise a deficit of that size from the budgets of its other schools.

**Education.** At Ashby Lane, four of the seven year groups are taught in mixed-age classes. The merged school would be able to teach each year group separately, in classes of no more than 30.

### 3. Buildings and cost

The extension at Fennick Green is estimated to cost £2.4 million. The trust expects to fund it with £1.8 million from the sale of the Ashby Lane site and £600,000 from trust reserves. Building work would start in February 2026 and be completed in time for the start of the autumn term 2026.

With the extension, the merged school would have 525 places. Based on the projected roll of 465 in October 2027, it would be 88.6 per cent full.

### 4. Staff

There are currently 22 teaching posts across the two schools. The trust expects the merged school to need 19. The trust intends to manage the reduction through retirements, fixed-term contracts ending and vacancies not being filled, and does not expect to make any compulsory redundancies among teachers. Support staff will be consulted separately under the trust's change management policy.

### 5. Travel

The Fennick Green site is 1.3 miles from Ashby Lane by road. The trust will fund a free morning and afternoon minibus for pupils transferring from Ashby Lane who live more than one mile from the Fennick Green site. This service would run for two academic years, from September 2026 to July 2028. The breakfast club at the merged school would open at 7.45am.

### 6. How to respond

Public meetings:

- Tuesday 18 March 2025, 6.30pm, Fennick Green Primary School hall
- Thursday 20 March 2025, 6.30pm, Brackenholt Community Centre, Mill Street

Responses can be made online through the trust's website or on the paper form available from both school offices, by 5pm on Friday 11 April 2025. The local governing bodies of both schools will consider the responses and make a recommendation, and the trust board will make a final decision in May 2025.
`;

/** h793: sources/council_response_letter.txt, whole. */
const MERGER_LETTER = `Westmarch County Council
Children's Services Directorate
County Hall, Castle Parade, Harlowe WM1 4RT

Dr Miriam Oyelaran
Chief Executive Officer
Kestrel Vale Academy Trust
Unit 4, Lyne Valley Business Park
Brackenholt WM7 2LP

Wednesday 9 April 2025

Our ref: SPP/BRK/0425

Dear Dr Oyelaran,

Proposed merger of Ashby Lane Primary School and Fennick Green Primary School

Thank you for consulting Westmarch County Council on the trust's proposal. This letter sets out the council's formal response as the local authority with statutory responsibility for ensuring there are sufficient school places in Brackenholt.

1. Sufficiency of places

The council does not object in principle to the merger. We agree that there is a surplus of primary places in the south of Brackenholt and that the current position at Ashby Lane is not sustainable.

However, the council's own forecasts differ from those in your consultation document. Your projection of 465 pupils across the two schools in October 2027 does not take account of the Hayward Fields development, where outline planning permission was granted in November 2024 for 640 homes. Using our standard yield of 0.25 primary-age pupils per home, the development would generate about 160 primary pupils once completed, with first occupations expected in 2027. Our forecast for the combined catchment is therefore 505 pupils by October 2029.

A merged school of 525 places would then be more than 96 per cent full, leaving very little room for in-year admissions or for families moving into the area. We ask the trust to design the extension so that a further two classrooms could be added later without major disruption.

2. Home to school transport

The council's duty to provide free transport applies to children under eight who live more than two miles from their nearest suitable school, and to children aged eight and over who live more than three miles away. As the two sites are 1.3 miles apart, we expect very few, if any, Ashby Lane pupils to become eligible as a result of the merger. The council will not fund the minibus described in section 5 of your document, and families should be told clearly that it is a trust service and will end in July 2028.

3. Road safety

Our highways team has reviewed the walking route between Ashby Lane and Moorside Road. The crossing point on Moorside Road near the Brackley Road junction is uncontrolled, and recorded traffic flows there exceed 9,000 vehicles a day. We consider that a signal-controlled crossing would be needed before the merged school opens. This is estimated to cost £95,000. We would expect the trust to contribute to this cost through a section 278 agreement.

4. The Ashby Lane site

The playing field at Ashby Lane, of about 0.8 hectares, is held by the trust under a 125-year lease from the council, granted when the school converted to academy status in 2013. Any disposal of this land would require the council's consent as landlord and the consent of the Secretary of State for Education. We would also note that the council's valuers consider your estimate of £1.8 million for the whole site to be optimistic; their view is that a figure in the range of £1.3 million to £1.5 million is more realistic given the planning constraints.

We would be grateful if the trust would share its response to these points before the trust board takes its decision in May.

Yours sincerely,

Helen Sadiq
Assistant Director, Education and Skills
Westmarch County Council

cc: Cllr Martin Obuya, Cabinet Member for Children and Families
    Cllr Susan Pryde, county councillor for Brackenholt South
`;

/** h793: sources/governors_minutes.md, whole. */
const MERGER_MINUTES = `# Kestrel Vale Academy Trust

## Joint meeting of the local governing bodies of Ashby Lane Primary School and Fennick Green Primary School

**Date:** Monday 28 April 2025, 6pm
**Venue:** Fennick Green Primary School, Moorside Road, Brackenholt

**Present (14):** Mr Alan Trewin (chair, Fennick Green LGB) (in the chair); Mrs Priya Lal (chair, Ashby Lane LGB); Mrs Claire Dunmore (headteacher, Fennick Green); Mr Rohan Batley (acting headteacher, Ashby Lane); Mr Dominic Fairley (parent governor, Ashby Lane); Ms Kerry Ashworth (parent governor, Ashby Lane); Mrs Bernadette Quaile (staff governor, Ashby Lane); Revd Simon Hatherley (co-opted governor, Ashby Lane); Mr Kwame Mensah (parent governor, Fennick Green); Mrs Laura Pennington (parent governor, Fennick Green); Mr Ian Roscoe (staff governor, Fennick Green); Mrs Deborah Yates (co-opted governor, Fennick Green); Mr Faisal Rahman (co-opted governor, Fennick Green); Dr Angela Morrow (trust-appointed governor).

**In attendance:** Dr Miriam Oyelaran (chief executive officer, Kestrel Vale Academy Trust); Mr Gareth Pennock (director of estates, Kestrel Vale Academy Trust); Ms Louise Carver (clerk).

**Apologies:** Mr Neil Stannard (co-opted governor, Ashby Lane).

### 1. Welcome and declarations of interest

The chair opened the meeting at 6.02pm. Mrs Quaile and Mr Roscoe declared an interest as employees of the trust. Mr Fairley declared that he is a member of the Save Ashby Lane campaign group. It was agreed that all three could take part and vote.

### 2. Consultation responses

Dr Oyelaran presented a summary of the consultation, which closed at 5pm on Friday 11 April 2025. The trust received 412 responses:

| Response | Number | Per cent |
|---|---|---|
| Opposed | 253 | 61.4% |
| In favour | 111 | 26.9% |
| Neither | 48 | 11.7% |
| **Total** | **412** | **100%** |

Of the 168 responses from Ashby Lane parents and carers, 79 per cent were opposed. A petition organised by the Save Ashby Lane campaign, carrying 1,087 signatures, was also received. About 190 people attended the two public meetings in March.

The main concerns raised were: the walking route and road safety on Moorside Road (raised in 187 responses); the loss of a community building; class sizes; and the two-year limit on the minibus.

Dr Oyelaran said the strength of feeling was "clear and understandable", but that "the numbers do not go away if we wait another year".

### 3. Local authority response

Mr Pennock summarised the letter from Westmarch County Council dated 9 April 2025. Governors noted that the council did not object in principle but forecast 505 pupils by 2029, rather than the trust's 465 by 2027. Mr Pennock said the trust would design the extension so that two further classrooms could be added. He confirmed that the trust had offered to contribute £50,000 towards the cost of the signal-controlled crossing, about half the council's estimate.

Governors asked about the valuation of the Ashby Lane site. Mr Pennock said that if the site raised only £1.3 million, the shortfall of £500,000 would be met from trust reserves, bringing the trust's total contribution to £1.1 million. Mrs Lal asked whether reserves would then fall below the trust's policy minimum. Mr Pennock said reserves would fall to about 4 per cent of annual income, below the 5 per cent minimum in the trust's reserves policy, for "one financial year at most".

### 4. Amendment

Mr Fairley, seconded by Ms Ashworth, proposed that the recommendation be amended to delay the merger to September 2027 "so that the crossing, the valuation and the transport can be sorted out before a single child is moved". Mrs Dunmore said that a further year of deficit at Ashby Lane would cost the trust about £190,000.

The amendment was put to the vote and was lost: 5 for, 8 against, 1 abstention.

### 5. Recommendation

Mr Trewin proposed, seconded by Mrs Yates: "That the joint local governing bodies recommend to the trust board that Ashby Lane Primary School and Fennick Green Primary School merge on the Fennick Green site from 1 September 2026, subject to the trust securing a signal-controlled crossing on Moorside Road before the merged school opens."

The motion was carried: 9 for, 4 against, 1 abstention.

Mrs Lal asked that it be minuted that she had voted for the motion "with a heavy heart" and only because of the condition on the crossing. Revd Hatherley asked that his abstention be recorded.

### 6. Next steps

The recommendation will go to the trust board meeting on Thursday 15 May 2025.

**Action:** Mr Pennock to commission an independent valuation of the Ashby Lane site before that meeting.

The meeting closed at 8.17pm.

Signed ........................ (Chair)    Date ................
`;

describe('bounds in place, fuller names, rankings of changes, rounded sources, asides, possessive posts, denials of the other thing and shares of changes, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"to 2,585 tonnes" is inside "to under 2,600 tonnes"; "DF" is Douglas "Dougie" Ferrier', async () => {
    const files = { 'sources/board_minutes_2024-11-19.md': HARBOUR_MINUTES, 'sources/harbour_authority_statement.txt': HARBOUR_STATEMENT, 'sources/interview_skipper_ferrier.md': HARBOUR_INTERVIEW };
    const harbour = judgeWith(await workspaceIndex(files));
    const landings = harbour('Figures presented to the board by finance director Siân Hollister showed that landings at the harbour fell from 4,210 tonnes in 2019/20 to 2,585 tonnes in 2023/24, a drop of nearly 40 per cent.');
    assert.deepEqual(landings.conflicts, [], why(landings));
    const more = harbour('Landings at Brackenhythe fell to 2,685 tonnes in 2023/24.');
    assert.equal(more.verdict, 'contradicted', why(more));
    assert.deepEqual(await misattributions(files, 'Mr Ferrier said Jim Rowley of Quayside Chandlery had told him he did a third of his trade with the boats.'), []);
    assert.deepEqual(await misattributions(files, 'Hannah Crowe said Jim Rowley of Quayside Chandlery had told her he did a third of his trade with the boats.'), ['In the source, this was said by Douglas "Dougie" Ferrier (interviewee), not Hannah Crowe']);
  });

  test('"The biggest single saving … which cost £8,500 last year" ranks no "2024 actual (£)"; "a rise of 30 per cent" is £5,000 to £6,500', async () => {
    const carnival = judgeWith(await workspaceIndex({ 'sources/agm_minutes_2025.md': CARNIVAL_MINUTES }));
    const saving = carnival('The biggest single saving comes from cancelling the fireworks display, which cost £8,500 last year.');
    assert.deepEqual(saving.conflicts, [], why(saving));
    const grant = carnival('Pellbridge Town Council has increased its grant to the carnival from £5,000 to £6,500, a rise of 30 per cent.');
    assert.equal(grant.verdict, 'supported', why(grant));
    const half = carnival('Pellbridge Town Council has increased its grant to the carnival from £5,000 to £6,500, a rise of 50 per cent.');
    assert.notEqual(half.verdict, 'supported', why(half));
  });

  test('"an estimated £412,000 a year" is what "around £400,000 a year" rounds; £482,000 is not', async () => {
    const engine = judgeWith(await workspaceIndex({ 'sources/consultation_report.md': ENGINE_REPORT, 'sources/union_press_release.txt': ENGINE_RELEASE, 'sources/interview_pryor.md': ENGINE_INTERVIEW }));
    const saving = engine('A report to Fenwold Fire Authority, published on Wednesday 9 July, says removing the engine would save an estimated £412,000 a year.');
    assert.deepEqual(saving.conflicts, [], why(saving));
    const more = engine('A report to Fenwold Fire Authority, published on Wednesday 9 July, says removing the engine would save an estimated £482,000 a year.');
    assert.equal(more.verdict, 'contradicted', why(more));
  });

  test('the meeting\'s day past an aside, a possessive post in apposition, and the denial of the trust\'s projection, not the council\'s forecasts', async () => {
    const merger = judgeWith(await workspaceIndex({ 'sources/consultation_document.md': MERGER_CONSULTATION, 'sources/council_response_letter.txt': MERGER_LETTER, 'sources/governors_minutes.md': MERGER_MINUTES }));
    const day = merger('A joint meeting of the local governing bodies of Ashby Lane and Fennick Green primary schools voted by 9 to 4, with one abstention, on Monday 28 April to back the proposal from Kestrel Vale Academy Trust.');
    assert.deepEqual(day.conflicts, [], why(day));
    const other = merger('A joint meeting of the local governing bodies of Ashby Lane and Fennick Green primary schools voted by 9 to 4, with one abstention, on Monday 21 April to back the proposal from Kestrel Vale Academy Trust.');
    assert.notEqual(other.verdict, 'supported', why(other));
    const deputy = merger("Fennick Green headteacher Claire Dunmore would lead the merged school, with Ashby Lane's acting head, Rohan Batley, as her deputy.");
    assert.deepEqual(deputy.conflicts, [], why(deputy));
    const forecasts = merger("But the council's own forecasts, which take account of 640 homes planned at Hayward Fields, point to 505 pupils by 2029, compared with the trust's projection of 465 by 2027.");
    assert.deepEqual(forecasts.conflicts, [], why(forecasts));
    const projection = merger("But the trust's projection, which takes account of 640 homes planned at Hayward Fields, points to 465 pupils by 2027.");
    assert.equal(projection.verdict, 'contradicted', why(projection));
  });
});
