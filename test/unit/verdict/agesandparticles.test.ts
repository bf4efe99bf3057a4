/**
 * The fifty-fifth round, second part: faithful sentences shown as errors in h776–h787 (written against 054dd32). A
 * person's age is no rival of how long they have done something ("for 23 years" / "Dennis Harrop, 61,"); "handed in"
 * a petition is "presented" it; a vote of "eleven to nothing" is 11 to 0 and denies nothing, and a tally of "7 in
 * favour, 0 against" is "seven votes to none"; a table's signed change moves its own figure, and a bound meets a
 * figure only in its unit ("the fall was less than 1 per cent" / "Change (percentage points): +0.5"); initials take
 * each part of a hyphened surname ("COH" is Claire Okonjo-Hale); a bound a figure lies just inside, in a larger unit
 * of time, is no rival ("22 months" / "just under two years"); the particle of a verb compares nothing ("did not hand
 * the woman over until 7.52pm"); a sentence of what the claim compares its figure with, named only after "than", is
 * no rival ("24 plots, five more than are currently let at Cinder Lane" / "the Cinder Lane site … comprises 22
 * plots"). The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';

/** h776: sources/interview_harrop.md, whole. */
const LIGHTS_INTERVIEW = `# Interview transcript: Dennis Harrop

**Interviewee:** Dennis Harrop, 61, owner of Harrop's Cheeses, Market Square, Ashby Marden; Chairman, Ashby Marden Market Traders' Association
**Interviewer:** Hannah Strood, reporter, Marden Gazette
**Date and place:** Friday 21 November 2025, 10.15am, at Mr Harrop's stall, Market Square
**Recording length:** 14 minutes 20 seconds. Transcribed by HS. Minor hesitations removed.

---

**HS:** Thanks for talking to me, Dennis. How long have you had the stall here?

**DH:** Twenty-three years this spring. I took it on in 2002, off my uncle. Before that I was at the dairy in Frith Bridge.

**HS:** What does the switch-on night mean for you, in money terms?

**DH:** It's the biggest night of the year, simple as that. On switch-on night I'll take about £1,800. On an ordinary Saturday in November I'm lucky to see £450. Last year I went through 60 kilos of Stilton and Wensleydale in four hours. It's the one night of the year that pays for January.

**HS:** And this year?

**DH:** This year I'm already down. I'm about 15 per cent down on last November, what with the gas works on Station Road. People can't park, the buses are diverted, and now they've taken the switch-on off us as well.

**HS:** You presented the petition on Tuesday night. How many signed?

**DH:** Thirty-one of our forty regular traders. The other nine, some of them are only here on Thursdays, so they don't do the Saturday anyway. I'd have had every one of them if I'd had another week.

**HS:** The council says it's a safety issue. Eleven columns failed a test. What do you say to that?

**DH:** Nobody's saying people should get hurt, but they've known about those columns since the spring. It's in their own papers. April, they had a man look at them, he wrote down they were rusty at the bottom, and nobody did a thing about it till a fortnight before the switch-on. That's what gets me. It's not the decision, it's the leaving it so late.

**HS:** Brightwell say they offered an alternative, the truss towers.

**DH:** I heard. Four thousand quid, near enough, and the council turned it down. I don't know the ins and outs of crowd numbers, I'll be honest, and the lady from the district council said the towers didn't fix the crowd problem. But it felt like they'd made their minds up before they walked in.

**HS:** What about the wider town centre?

**DH:** Sunita Bhatt at the Chamber of Trade reckons it's £60,000 lost across the town centre, between the shops, the pubs and us. I'd believe it. The Red Lion does more on switch-on night than on New Year's Eve.

**HS:** The council's talking about a lantern walk on the thirteenth of December instead.

**DH:** It's a nice idea and I'll support it. But the thirteenth is too late for most of us. By then people have done their Christmas shopping online.

**HS:** So what will the traders do on the twenty-ninth?

**DH:** We're keeping the market open till 8pm on the twenty-ninth regardless. Late market. No stage, no Santa, but we'll have the braziers going and some mulled wine. If people come, they come.

**HS:** Anything you'd say to the council?

**DH:** Get those columns replaced before next year. I don't want to be having this conversation again in twelve months.

---

*End of transcript.*
`;

/** h776: sources/council_minutes_2025-11-18.md, whole. */
const LIGHTS_MINUTES = `# ASHBY MARDEN TOWN COUNCIL

## Minutes of the Extraordinary Meeting of the Full Council

**Held on Tuesday 18 November 2025 at 7.00pm in the Main Hall, Corn Exchange, Market Square, Ashby Marden**

**Present (15):** Cllr Janet Pryce (Town Mayor, in the chair); Cllr Tomasz Nowicki (Deputy Mayor); Cllrs Philip Amadi, Chloe Barraclough, Helen Croft, Keith Dunmore, Neil Fensome, Priya Lal, Fiona McKechnie, Derek Mott, Brian Ostler, Ruth Sandiford (Chair, Events and Markets Committee), Martin Soames, Sam Varley and Angela Wrigley.

**In attendance:** Mr Graham Ellery (Town Clerk); Mrs Lorraine Beck (Deputy Town Clerk, minutes); Ms Alison Greaves (Emergency Planning Officer, Marden District Council, and Chair of the Ashby Marden Safety Advisory Group); 47 members of the public; one member of the press.

---

### EX25/01 Apologies for absence

Apologies were received and accepted from Cllr Gwen Tallis (family commitment). The council has 16 members; 15 were present and the meeting was quorate.

### EX25/02 Declarations of interest

Cllr Derek Mott declared an other registrable interest as proprietor of Mott's Hardware, 14 High Street, a business likely to be affected by the decision. He stated that he would remain in the room for the debate but would abstain on any vote.

No other declarations were made.

### EX25/03 Public participation

The Mayor adjourned the meeting for public participation at 7.04pm for a period of 15 minutes. Six members of the public spoke.

Mr Dennis Harrop, Chairman of the Ashby Marden Market Traders' Association, presented a petition signed by 31 of the market's 40 regular traders asking the council to "find a way to let the switch-on go ahead". He told members that the switch-on was the busiest trading evening of the year for the market.

Other speakers raised concerns about the safety of children in the crowd, the cost to council taxpayers and the timing of the decision. The meeting was reconvened at 7.19pm.

### EX25/04 Report of the Safety Advisory Group

Ms Greaves presented the report of the Safety Advisory Group (SAG), which met on Monday 17 November 2025. She reported as follows:

(a) A structural survey of the lamp columns used to carry the festive lighting was carried out by Harlow & Penn Structural Ltd on behalf of the highway authority, Westmere County Council. The survey report is dated Friday 14 November 2025.

(b) Of the 42 lamp columns on High Street and Market Square used to support festoon and cross-street lighting, 11 failed a lateral load test applied at 0.75 kN. Six of the failed columns are on Market Square and five on High Street.

(c) A routine visual inspection by Westmere County Council in April 2025 had recorded "surface corrosion at base" on nine columns. No load testing was carried out at that time.

(d) Attendance at the 2024 switch-on was estimated at 6,500 at its peak, at approximately 5.30pm.

(e) The safe capacity of Market Square is normally calculated at 5,600. With the Station Road exit closed for gas main replacement works by Northgate Gas, which are scheduled to continue until Friday 12 December 2025, the safe capacity falls to 4,200.

Ms Greaves said: "The group cannot recommend that this event proceeds in its current form." She added that the crowd capacity issue was on its own sufficient reason for the group's recommendation, regardless of the condition of the columns.

In answer to a question from Cllr Varley, Ms Greaves confirmed that the SAG is advisory and that the decision rests with the Town Council as event organiser.

### EX25/05 Options report of the Town Clerk

The Town Clerk presented his report setting out four options:

- **Option A** – proceed with the event as planned on Saturday 29 November 2025. Not recommended in light of the SAG advice.
- **Option B** – relocate the event to Victoria Park. Estimated additional cost £9,800 for fencing, temporary lighting, generators and additional stewarding. Not recommended: officers advised this could not be achieved in the eleven days remaining.
- **Option C** – cancel the switch-on event; install the festive lights on the columns that passed the survey and switch them on without ceremony. Recommended.
- **Option D** – postpone the event until after the gas main works are complete. Not recommended as a stand-alone option because of contractor availability, but members may wish to consider a smaller community event.

The Clerk presented the following table of the 2025 event budget and the sums that would not be recoverable if the event were cancelled. The 2024 event cost £34,500.

| Budget heading | 2025 budget | Non-recoverable if cancelled | Notes |
|---|---:|---:|---|
| Lighting hire and installation (Brightwell Events Ltd) | £18,400 | £18,400 | Lights to be installed in any case |
| Stage, PA and sound | £6,250 | £2,500 | Cancellation fee |
| Stewarding and security (Marden Safe Ltd) | £4,800 | £1,200 | 25% cancellation charge |
| Road closure and traffic management | £2,150 | £650 | Notice and licence fees paid |
| Entertainment (performers, Santa's grotto) | £3,600 | £1,440 | 40% deposits |
| Marketing and print | £1,100 | £1,100 | Already spent |
| Contingency | £1,700 | £0 | Unspent |
| **Total** | **£38,000** | **£25,290** | |

The Clerk advised that cancellation would therefore release £12,710 of the approved budget.

### EX25/06 Debate

Cllr Sandiford said the council had known about corrosion on the columns since April and should have commissioned load tests then. She said: "We are throwing away more than £25,000 and getting nothing for it." She reported that Brightwell Events Ltd had, on Saturday 15 November, offered to supply six freestanding ballasted truss towers for Market Square at an additional cost of £3,950.

Cllr Amadi said that the SAG advice was clear. He said: "I will not put my name to an event where a column could come down on a child."

Cllr Nowicki asked that the Clerk write to Westmere County Council requesting a timetable for the replacement of the failed columns.

### EX25/07 Amendment

Cllr Sandiford, seconded by Cllr Varley, moved an amendment that the council accept the offer from Brightwell Events Ltd to supply truss towers at a cost of £3,950, to be met from contingency, and that the event proceed on Market Square.

Ms Greaves advised, at the invitation of the Mayor, that the truss towers would not address the crowd capacity issue.

On being put to the vote the amendment was **LOST**: 6 for, 8 against, 1 abstention (Cllr Mott).

### EX25/08 Resolution

Proposed by Cllr Philip Amadi and seconded by Cllr Helen Croft, it was **RESOLVED**:

1. That the Christmas lights switch-on event scheduled for Saturday 29 November 2025 be cancelled.
2. That the festive lights be installed on the 31 columns passed as safe by the Harlow & Penn survey and switched on without ceremony at 5.00pm on Monday 1 December 2025.
3. That the Events and Markets Committee be asked to bring forward proposals for a community lantern walk on Saturday 13 December 2025, with a budget not exceeding £3,000, to be met from the sums released by the cancellation.
4. That the Town Clerk write to Westmere County Council requesting a timetable for replacement of the 11 failed columns.

A recorded vote was requested by Cllr Sandiford. The voting was as follows:

- **For (9):** Cllrs Amadi, Barraclough, Croft, Lal, McKechnie, Nowicki, Ostler, Pryce, Soames
- **Against (5):** Cllrs Dunmore, Fensome, Sandiford, Varley, Wrigley
- **Abstain (1):** Cllr Mott

The motion was **CARRIED**.

### EX25/09 Close

There being no further business, the Mayor closed the meeting at 9.12pm.

Signed ............................ (Chair)    Date ................
`;

/** h781: sources/interview_penhallow_transcript.txt, whole. */
const UNIT_INTERVIEW = `HARROWMERE COURIER — INTERVIEW TRANSCRIPT

Interviewee: Dr Ruth Penhallow, retired GP, chair of the Keep Harrowmere MIU Open campaign
Interviewer: Jamie Selwood, health reporter, Harrowmere Courier
Date: Tuesday 20 May 2025, 14:10
Place: Dr Penhallow's home, Pelham Road, Harrowmere
Recorded with consent. Transcribed by J. Selwood. Minor hesitations removed.

---

JS: Thanks for seeing me. Could you start by telling me a bit about yourself?

RP: Of course. I'm 71. I was a GP at Quarry Lane Surgery here in Harrowmere for 29 years, and I retired in 2016. I've lived in the town since 1981. I chair the Keep Harrowmere MIU Open campaign, which we set up in January when the first rumours came out.

JS: The trust's board meets on Thursday 29 May to decide. What do you expect?

RP: I expect them to nod it through. The paper's been written, the recommendation's there in black and white. But I'd love to be proved wrong.

JS: The board paper says about four patients a night use the unit overnight. Isn't that very low?

RP: The trust keeps saying four people a night. Those are four people who would otherwise be driving nineteen miles in the dark. And some of them can't drive at all, because they've hurt their wrist or their ankle, or they've had a drink, or they're seventeen and haven't passed their test.

JS: The trust says Castlebridge is 32 minutes away by car.

RP: Thirty-two minutes if you've got a car, and you're not the one who's injured, and the Wendle Water road isn't flooded. On a bad winter night it's nearer forty-five. And the last bus goes before ten o'clock.

JS: They're proposing a free taxi scheme.

RP: It's £64,000 a year, and I'm glad they've put it in. But you have to ring 111 first, get assessed, get told you're eligible, and then wait for a taxi in a town that has two taxi firms, and neither of them runs a car after midnight on a weekday. I asked both of them. Nobody at the trust has explained to me where these taxis are coming from.

JS: What about staffing? The trust says the overnight rota can't be filled.

RP: I don't doubt they've got vacancies. Twenty-seven per cent is a lot. But they've spent over £200,000 on agency nurses in a year. I think if you put that money into proper recruitment and a decent retention payment, you'd fill the rota. The problem is they decided the answer first and then went looking for the evidence.

JS: The engagement report says almost 78 per cent of respondents opposed the change.

RP: And the town council voted eleven to nothing against it, on Monday the fourteenth of April. The county scrutiny committee asked them to wait until after the summer. Our petition had nearly seven thousand names on it. I don't know what more people can do to tell the trust what they think.

JS: The trust would say the engagement exercise wasn't a vote.

RP: I know it wasn't a vote. But if it isn't going to change anything, why spend £38,500 on it? That's the part that makes people cynical.

JS: What about summer? The trust's own figures show it's busier overnight in July and August.

RP: Yes, over five a night, by their own numbers. We've got the holiday parks, we've got people on the reservoir, we've got the farms at harvest. And they want to close it from the first of September, just after the busiest time, so they won't see the effect until next summer. The review's due in March. March! It'll be the quietest months of the year they're looking at.

JS: Did you ever work at the unit yourself?

RP: I did sessions there in the nineties, when it was still called the casualty department and there was a GP on call overnight. I've stitched up farmers at three in the morning. You don't forget that.

JS: What is the campaign planning next?

RP: We're marching on Saturday, the 24th of May, from the Market Square to the hospital, setting off at eleven. Then we'll be at the board meeting in Castlebridge on the Thursday. Members of the public can ask questions, and we've submitted six.

JS: If the board approves it, is that the end?

RP: No. We'll ask the scrutiny committee to refer it to the Secretary of State. I've spoken to Councillor Owen Maddock, who chairs the committee, and he told me that option is still on the table. And we'll keep collecting the stories, every person who ends up waiting for a taxi at two in the morning.

JS: Anything you'd like to say to the board directly?

RP: Come and stand in the car park at Harrowmere at one in the morning in February, and tell me four people a night isn't worth it.

JS: Thank you, Dr Penhallow.

RP: Thank you.

[Recording ends 14:52]
`;

/** h782: sources/committee_report.md, whole. */
const BINS_REPORT = `# Pellbridge Borough Council — Environment and Communities Committee

**Report title:** Three-weekly residual waste collection trial: results and recommendation
**Meeting:** Tuesday 14 January 2025, 7.00pm, Council Chamber, Pellbridge Civic Hall
**Report author:** Dr Samuel Petrie, Head of Waste and Street Services
**Cabinet member:** Cllr Helen Ashcroft, Cabinet Member for Environment and Climate
**Committee chair:** Cllr Robert Kinsella
**Report reference:** ENV/2025/003
**Status:** Open (public)

## 1. Purpose of the report

1.1 This report sets out the results of the 26-week trial of three-weekly collections of residual (black bin) waste, which ran in three areas of the borough from Monday 3 June 2024 to Sunday 1 December 2024, and asks the committee to recommend to Full Council that three-weekly residual collections be introduced across the borough.

1.2 Recycling (blue bin), garden waste (green bin, subscription) and weekly food waste collections were not changed during the trial and are not proposed to change.

## 2. Background

2.1 The borough's household recycling rate for 2023/24 was 38.6 per cent, against the council's target of 50 per cent by 2028 set out in the Pellbridge Resources and Waste Strategy 2022–2030.

2.2 Residual waste collected by the council is taken under contract to the Hollins Cross energy-from-waste plant. The council paid a gate fee of £118 per tonne in 2024/25, rising to an estimated £124 per tonne in 2025/26.

2.3 Cabinet approved the trial on Tuesday 19 March 2024. Collections in the trial areas were carried out by the council's contractor, Greystone Environmental Services Ltd, using existing vehicles and crews.

## 3. Trial design

3.1 Three trial areas were chosen to reflect a mix of housing types: Oakhurst East (mainly semi-detached and detached houses), Sallowmead (mainly terraced houses and flats above shops) and Dunstry Park (a mix of post-war estates and newer family housing). A total of 13,400 households took part.

3.2 Ferncastle North, with 4,600 households, continued on fortnightly residual collections and served as the comparison (control) area.

3.3 During the trial, households of five or more people could apply for a 240-litre residual bin in place of the standard 180-litre bin. 388 households were issued with a larger bin. A free fortnightly collection of absorbent hygiene products (nappies and incontinence products) was offered; 612 households signed up.

## 4. Results

4.1 Table 1 compares the six months before the trial (Monday 4 December 2023 to Sunday 2 June 2024) with the 26 weeks of the trial.

**Table 1: Recycling rates and residual waste tonnages by area**

| Area | Households | Recycling rate before | Recycling rate during trial | Change (percentage points) | Residual waste before (tonnes) | Residual waste during trial (tonnes) |
|---|---|---|---|---|---|---|
| Oakhurst East | 4,850 | 41.2% | 53.8% | +12.6 | 1,262 | 968 |
| Sallowmead | 3,120 | 36.5% | 44.1% | +7.6 | 874 | 742 |
| Dunstry Park | 5,430 | 44.7% | 58.3% | +13.6 | 1,390 | 1,021 |
| **Trial areas total** | **13,400** | — | — | — | **3,526** | **2,731** |
| Ferncastle North (control) | 4,600 | 39.8% | 40.3% | +0.5 | 1,198 | 1,187 |

4.2 Residual waste in the three trial areas fell by 795 tonnes, or 22.5 per cent, compared with a fall of 0.9 per cent in the control area.

4.3 Food waste collected in the trial areas rose by 31 per cent over the same period. Dry recycling (blue bin) tonnages rose by 17 per cent.

4.4 The smallest improvement was in Sallowmead. Officers consider that this reflects the higher proportion of flats and shared bins in the area, where residents have less storage space for waste between collections.

4.5 Missed collections in the trial areas were 0.4 per cent of scheduled collections, the same rate as the borough average.

## 5. Resident feedback

5.1 The council received 1,084 complaints about the trial in the 26 weeks, of which 412 concerned smell or flies, 297 concerned bins being too full, and 183 concerned confusion over collection dates. The remaining 192 concerned other matters.

5.2 An online and paper survey of trial households between Monday 4 November and Friday 29 November 2024 received 2,140 responses. Of these, 47 per cent said they were satisfied or very satisfied with three-weekly collections, 38 per cent were dissatisfied or very dissatisfied and 15 per cent were neither.

5.3 A petition organised by Sallowmead resident Ms Denise Harwood, calling for the rollout to be paused until a second trial is held over the winter months, was handed in at the Civic Hall on Friday 10 January 2025 with 4,312 signatures. Under the council's petition scheme, a petition of more than 3,000 signatures is entitled to be debated at Full Council.

## 6. Fly-tipping

6.1 Reported fly-tipping incidents in the trial areas rose from 212 to 225 (6 per cent) compared with the previous six months. Borough-wide reports rose by 4 per cent over the same period. Officers do not consider the difference to be significant, and no link to the trial has been established.

## 7. Financial implications

7.1 If rolled out across the borough's 61,200 households, three-weekly residual collections are projected to save £1.87 million a year from 2026/27, made up of £1.12 million in reduced disposal costs and £0.75 million from reducing the number of residual collection rounds from 22 to 15.

7.2 One-off rollout costs are estimated at £640,000, covering larger bins, communications, and a temporary increase in the waste education team.

## 8. Recommendation

8.1 That the committee recommends to Full Council on Thursday 27 February 2025 that three-weekly residual waste collections be introduced across the borough from Monday 6 October 2025.

8.2 That households in flats with shared bins be assessed individually and, where necessary, remain on fortnightly collections.

## 9. Decision (minute added after the meeting)

9.1 The committee voted by seven votes to four, with one abstention, to make the recommendation in 8.1 and 8.2. Cllr Kinsella, as chair, voted in favour. Ms Harwood addressed the committee for five minutes under the public speaking rules.
`;

/** h783: sources/parent_interview.md, whole. */
const SCHOOL_INTERVIEW = `# Interview transcript: Claire Okonjo-Hale, parent, Fenmore Abbey School

**Interviewer:** Tom Haddow, reporter, *Wexcombe & District Gazette*
**Interviewee:** Claire Okonjo-Hale, 44, physiotherapist, of Little Brindle; mother of Isaac (14, Year 9) and Ruby (8, Year 4), both pupils at Fenmore Abbey School. Spokeswoman for the Save Fenmore Abbey parents' group.
**Also present for part of the interview:** Daniel Hale, her husband.
**Date and place:** Saturday 18 January 2025, 11.15am, the Copper Kettle café, Market Street, Wexcombe.
**Length:** 24 minutes. Recorded with consent; lightly edited for hesitations.

---

**TH:** Thanks for meeting me. Can you start with how you found out?

**COH:** I was at work, between patients. The email came in at 4.52pm on Thursday. The subject line just said "Important: the future of Fenmore Abbey". I read it in the staff room and I honestly had to sit down. I rang Danny straight away.

**TH:** Had there been any warning?

**COH:** None at all. The opposite. At the open morning on Saturday the 5th of October, Mr Pellow stood up in the Great Hall and told us the school was in good shape. Those were his words. Three months later it's gone. We knew about the VAT, obviously, everybody did, and we knew a few families were leaving. Nearly thirty children went at Christmas, I think. But nobody said the school itself was at risk.

**TH:** How much were the fee rises for you?

**COH:** Isaac's fees went up to £6,750 a term. Ruby's went from £4,300 to £4,980. The school did say it was absorbing some of the VAT, and I do give them credit for that. But we'd already paid the summer term in advance, both children, £11,730, because you get a small discount for paying early. So now I'm waiting to see that money come back. The letter says by the end of April.

**TH:** What do you make of the governors' explanation?

**COH:** VAT was the final straw, but the roof was already falling in. Literally, actually, they had to patch the hall roof last year. Look, I've read what they've put out. The numbers have been going down for years. Somebody on that board must have known this was coming, and they kept it from parents. That's what makes people angry. It isn't just the government, it's the way the governors have handled it.

**TH:** Tell me about the parents' group.

**COH:** We set up Save Fenmore Abbey on Friday night, as a WhatsApp group at first. As of this morning we've got 143 members, and the online petition had 1,260 signatures when I last looked, just before I came out. We've had pledges of £3,400 towards legal fees, in case there's anything we can do. I'm not saying there is. But we want the governors to publish the Tarrant Wyeth report, the independent advice they keep mentioning. If it says what they say it says, let us read it.

**TH:** What are you hoping for at Monday's meeting?

**COH:** Honesty. It's at half six on Monday, in the Great Hall. I'll be there, and I think most of the group will. I want to know why parents weren't told in October, and I want to know what's happening to the staff. There are about a hundred of them. Some of those teachers have been there twenty years.

**TH:** What happens to your two now?

**COH:** Ruby's probably fine. Little Brindle CE Primary has one space in Year 4, and they've said they'll hold it for her until the end of the month. Isaac is the worry. I rang Wexcombe Community Academy on Friday morning and they told me Year 9 is full. The county council says it will find him a place within 20 school days, but it won't say where. Nobody has told us who is going to teach Isaac in September.

**DH:** [joining] We chose Fenmore because it was small. That was the whole point for Isaac. He's not a big-school kind of boy.

**COH:** He's not. And Year 9 is when they start the GCSE options. The timing could hardly be worse.

**TH:** Is there anything you'd say to the governors directly?

**COH:** Just that we're not going away. We'll be at the meeting, and we'll be at the drop-in on the 25th, and we want answers in writing.

**TH:** Thank you.

*[Recording ends 11.39am.]*
`;

/** h784: sources/developer_statement.txt, whole. */
const SERVICES_STATEMENT = `KESTREL ROADSIDE SERVICES LTD
PRESS STATEMENT
For immediate release: Wednesday 16 October 2024

KESTREL SUBMITS PLANS FOR £62M M47 SERVICES THAT WILL CREATE MORE THAN 400 JOBS

Kestrel Roadside Services today confirmed that it has submitted a planning application to Wendmoor District Council for a new motorway service area at junction 9 of the M47, near Little Ashcombe.

The £62 million scheme would fill the longest gap between service areas on the M47. Drivers currently face a 59-mile stretch between Thornbury Gap and Eastling with nowhere to stop, rest and refuel.

The plans include:
- a main amenity building with restaurants, a shop and a free, 24-hour rest area for professional drivers
- an 80-bedroom hotel
- 620 car parking spaces, 95 HGV spaces and 12 coach spaces
- 24 rapid EV chargers from day one, with capacity to add 40 more
- more than 4,000 new trees and over three kilometres of new hedgerow

The services would create more than 400 permanent jobs, along with around 180 construction jobs during a build expected to take just under two years. Kestrel has committed to a target of filling 60 per cent of roles with people living within ten miles of the site, and will offer 25 apprenticeships in its first three years.

Priya Lakeland, Kestrel's development director, said:

"Drivers on this stretch of the M47 currently face a 59-mile gap without a proper place to stop, rest and refuel. That is not just inconvenient, it is a safety issue. Tired drivers kill, and every lorry driver we speak to tells us this gap is one of the worst in the country."

"We have designed this scheme so that almost all of our customers will come straight off the motorway and go straight back onto it. We expect traffic on Ashcombe Lane to rise by fewer than 300 vehicles a day, and we will pay for improvements to the Marsholt Road junction."

Hugh Carrow, chief executive of Kestrel Roadside Services, said:

"We have listened carefully to the people of Little Ashcombe and we will keep listening. We held two public exhibitions at the village hall in June, and we changed the layout of the site as a result, moving the hotel 120 metres further away from the nearest homes."

"This is a £62 million vote of confidence in Wendmoor. These will be real jobs, with real training, and we want local people to get them first."

Kestrel will hold a jobs and skills open day at the Marsholt Corn Exchange on Saturday 30 November 2024, from 10am to 3pm.

ENDS

Notes to editors
1. Kestrel Roadside Services Ltd is headquartered in Kettlebury, and operates 11 motorway service areas across England, employing about 3,900 people.
2. The planning application reference is WD/24/0917/FUL.
3. The scheme has been designed to achieve a BREEAM "Excellent" rating for the amenity building.
4. Media enquiries: Olly Stanmer, communications manager, 01632 960418.
`;

/** h784: sources/planning_officer_report.md, whole. */
const SERVICES_REPORT = `# Wendmoor District Council — Planning Committee

**Meeting:** Tuesday 14 January 2025, 6.30pm, Council Chamber, Wendmoor House, Castle Lane, Marsholt

**Agenda item:** 6

**Application reference:** WD/24/0917/FUL

**Report author:** Fiona Marchetti, Principal Planning Officer

**Report approved by:** Martin Sallow, Head of Planning and Place

## 1. Summary

1.1 This is a full application by Kestrel Roadside Services Ltd (agent: Fernbank Planning Associates) for a motorway service area (MSA) on land north of Ashcombe Lane, adjacent to junction 9 of the M47, Little Ashcombe.

1.2 The application was received on Monday 23 September 2024 and validated on Thursday 3 October 2024.

1.3 The site extends to 14.2 hectares of agricultural land, currently in arable use and classified as grade 3a (best and most versatile). It is owned by the Ridley Estate and is let on an annual tenancy.

1.4 **Recommendation:** That planning permission be GRANTED, subject to the 31 conditions set out in Appendix A and the completion of a Section 106 agreement securing contributions totalling £1.35 million.

## 2. The proposal

2.1 The development comprises:

- an amenity building of 4,850 square metres gross floor area, containing food outlets, a convenience shop, toilets, showers and a free 24-hour drivers' rest area;
- an 80-bedroom hotel of three storeys;
- a fuel filling station with 16 pumps;
- 620 car parking spaces, 95 heavy goods vehicle (HGV) spaces and 12 coach spaces;
- 24 rapid electric vehicle (EV) charging points, with ducting for a further 40;
- a new roundabout access from the M47 junction 9 gyratory, with a separate staff and service access from Ashcombe Lane.

2.2 The MSA would operate 24 hours a day, 365 days a year. Car park lighting would be dimmed to 50 per cent of full output between 11pm and 6am (condition 19).

2.3 The applicant states that the total capital investment would be £62.4 million.

## 3. Need

3.1 The nearest existing MSAs on the M47 are Thornbury Gap services, 31 miles to the north, and Eastling services, 28 miles to the south. The gap between them is therefore 59 miles. National policy advises that the distance between signed roadside facilities on the strategic road network should be no more than 28 miles.

3.2 National Highways has confirmed that there is an unmet need for a facility on this section of the M47 and has raised no objection, subject to conditions.

## 4. Consultation responses

4.1 **Little Ashcombe Parish Council:** Objects (letter dated 7 November 2024). Grounds: loss of agricultural land, traffic on Ashcombe Lane, flood risk, light pollution and harm to the character of the village.

4.2 **Marsholt Town Council:** No objection. Welcomes the employment opportunities.

4.3 **National Highways:** No objection, subject to conditions on the design of the junction 9 access and a travel plan.

4.4 **Environment Agency:** Objected on Monday 2 December 2024 on the ground that the submitted flood risk assessment underestimated run-off to Ashcombe Brook. Following the submission of a revised flood risk assessment on Friday 20 December 2024, including an attenuation pond of 6,800 cubic metres, the objection was withdrawn on Tuesday 7 January 2025.

4.5 **County Highways (Wendmoor County Council):** No objection, subject to the Section 106 contribution towards improvement of the Marsholt Road/Ashcombe Lane junction.

4.6 **Public representations:** 253 representations were received: 212 objecting, 38 in support and 3 neutral. Of the objections, 141 came from addresses in Little Ashcombe parish.

## 5. Traffic

5.1 The applicant's transport assessment, reviewed by National Highways and County Highways, forecasts the following flows. The assessment year is 2027, the first full year of operation.

**Table 1: Forecast traffic flows (vehicles)**

| Location | 2024 baseline | 2027 without development | 2027 with development | Change due to development | Change (%) |
|---|---|---|---|---|---|
| M47 junction 9 roundabout, annual average daily traffic | 48,200 | 50,100 | 52,600 | +2,500 | +5.0 |
| M47 junction 9, weekday AM peak hour (08:00–09:00) | 3,040 | 3,120 | 3,290 | +170 | +5.4 |
| M47 junction 9, weekday PM peak hour (17:00–18:00) | 3,380 | 3,470 | 3,710 | +240 | +6.9 |
| Ashcombe Lane, daily two-way | 1,340 | 1,340 | 1,610 | +270 | +20.1 |
| Ashcombe Lane, daily HGVs | 42 | 44 | 51 | +7 | +15.9 |
| Marsholt Road/Ashcombe Lane junction, AM peak hour | 410 | 425 | 478 | +53 | +12.5 |

5.2 The great majority of customer trips would be drawn from traffic already on the M47 and would not use local roads. Additional traffic on Ashcombe Lane would mainly be staff and deliveries. A condition (condition 8) would prohibit HGVs other than fuel and goods deliveries from using the Ashcombe Lane access.

5.3 The Parish Council has submitted its own traffic count, which recorded an average of 1,520 vehicles a day on Ashcombe Lane in the week beginning Monday 14 October 2024. County Highways has advised that a single-week count is not directly comparable with the applicant's 2024 baseline, which is based on a two-week automatic count in June 2024, and that the difference does not alter its conclusion.

## 6. Employment and economy

**Table 2: Employment (applicant's figures, accepted by the Council's economic development team)**

| Measure | Figure |
|---|---|
| Full-time operational posts | 240 |
| Part-time operational posts | 180 |
| Total operational posts | 420 |
| Full-time equivalent (FTE) posts | 330 |
| Construction jobs (at peak) | 180 |
| Construction period | 22 months |
| Apprenticeships (first three years) | 25 |
| Local recruitment target (residents within 10 miles) | 60 per cent |

6.1 Estimated business rates would be about £1.1 million a year.

6.2 A local employment and skills plan would be secured through the Section 106 agreement.

## 7. Landscape, ecology and flooding

7.1 The Council's landscape consultant assesses the landscape harm as moderate, reducing to moderate-to-minor after 15 years once planting has matured. The scheme includes 3.1 kilometres of new hedgerow and 4,200 trees.

7.2 The applicant's biodiversity metric shows a net gain of 12.4 per cent, above the statutory minimum of 10 per cent.

7.3 The revised drainage strategy would restrict surface water discharge to Ashcombe Brook to the greenfield run-off rate of 9.2 litres per second.

## 8. Section 106 agreement

| Obligation | Amount |
|---|---|
| Marsholt Road/Ashcombe Lane junction improvement | £850,000 |
| Hourly bus service, Marsholt to the MSA via Little Ashcombe, for five years | £300,000 |
| Ashcombe Brook flood alleviation works | £200,000 |
| **Total** | **£1,350,000** |

## 9. Planning balance

9.1 The loss of 14.2 hectares of best and most versatile agricultural land, the moderate landscape harm and the increase in traffic on Ashcombe Lane weigh against the proposal. Officers give significant weight to the demonstrated need for an MSA on this section of the M47, to the safety benefits for drivers, and to the economic benefits. On balance, officers consider that the benefits clearly outweigh the harm.

9.2 The application does not need to be referred to the Secretary of State.

## 10. Recommendation

10.1 GRANT planning permission subject to the conditions in Appendix A and a Section 106 agreement as set out in section 8.
`;

/** h785: sources/interview_paramedic_mottram.md, whole. */
const HANDOVER_INTERVIEW = `# Interview transcript: paramedic Sian Mottram

**Interviewer:** Daniel Okafor, health reporter, Harlowfield Echo
**Interviewee:** Sian Mottram, paramedic, Westmarch Ambulance Service NHS Trust, based at Harlowfield ambulance station; branch secretary, Ambulance Crews' Association
**Date:** Wednesday 12 March 2025, 10:15
**Place:** The Copper Kettle café, Market Street, Harlowfield
**Recorded with consent. Lightly edited for length; hesitations removed.**

---

**DO:** Thanks for seeing me. Can you start by telling me how long you've been doing this job?

**SM:** Fourteen years as a paramedic, all of it out of Harlowfield station. Before that I was a call handler for two years.

**DO:** And what has this winter been like?

**SM:** The worst I've known. Honestly, the worst. You used to be able to do seven, eight jobs on a twelve-hour shift. This January there were shifts when we did two. Two patients in twelve hours, because we spent the rest of it parked outside Harlowfield General.

**DO:** Tell me about Monday the sixth of January.

**SM:** We got to the hospital at ten past eight in the morning. We had an 87-year-old lady who'd fallen at home in the night, and we were pretty sure she'd broken her hip. She'd been on the floor for about six hours before her neighbour found her. We booked in at 08:10 and we handed her over at 19:52.

**DO:** That's almost twelve hours.

**SM:** Eleven hours and forty-two minutes. I worked it out afterwards. My crewmate Lewis Farraday, he's an emergency medical technician, and I, we looked after her the whole time. First in the back of the ambulance, then from about lunchtime on a trolley in the corridor outside resus.

**DO:** How was she?

**SM:** She was frightened and she was in pain. We gave her pain relief, we got her to the toilet, we got her a cup of tea and a sandwich off the hospital volunteers. She kept apologising to us, which was the worst bit. She kept saying, "I'm sorry to be such a nuisance." She wasn't a nuisance. She was an old lady with a broken hip.

**DO:** How many ambulances were there that day?

**SM:** At one point I counted nineteen. Nineteen ambulances nose to tail round the back of the department. And every one of those is a crew that isn't out there answering a 999 call.

**DO:** Who do you blame?

**SM:** Not the nurses. I want to be really clear about that. It isn't the nurses' fault. They are drowning too. The department is full because the wards are full, and the wards are full because there's nowhere for people to go when they're ready to leave. That's the truth of it.

**DO:** The hospital opened a new receiving area at the start of February. Has that made a difference?

**SM:** It has helped, I won't pretend it hasn't. Since it opened we're mostly getting away within the hour. But it's twelve bays. When it's full, it's full, and you're back in the corridor.

**DO:** The ambulance trust board is meeting tomorrow to vote on a 45-minute release rule. What do you think?

**SM:** I'm for it. Our association has been asking for it for two years. Forty-five minutes is long enough for anyone to hand over a patient safely. After that, there's somebody at home having a stroke and there's no one coming for them.

**DO:** The hospital says it just moves the risk into the corridor.

**SM:** The risk is already there. It's just sitting in my ambulance instead of their corridor, and the person paying for it is whoever's waiting for us out in the community.

**DO:** How is morale at the station?

**SM:** Low. We've got fifty-eight staff at Harlowfield, and six have left since October. Two went to the police control room, one went to a GP surgery, the others just left. I've thought about it myself, I'll be honest.

**DO:** What keeps you there?

**SM:** The patients. And the people I work with. But you can only do so many days like the sixth of January.

**DO:** Thank you, Sian.

**SM:** Thank you.

[Interview ends 10:52]
`;

/** h787: sources/property_committee_minutes.md, whole. */
const ALLOTMENT_MINUTES = `# Harrowfield District Council

## Property and Assets Committee — Minutes

**Meeting held on Tuesday 14 May 2024 at 6.30pm in the Council Chamber, Harrowfield Civic Centre, Wendover Street, Harrowfield**

**Present:** Councillor Margaret Aldous (Chair), Councillor Nigel Treharne (Vice-Chair), Councillors Owen Blakeley, Helen Croft, Simon Fairweather, Alan Gedge, Terence Hollis, Rukhsana Mirza, Joanne Pettifer and Priya Sandhu.

**Officers in attendance:** Colin Rudd (Head of Property Services), Fiona Lambe (Assistant Solicitor), Karen Oduya (Democratic Services Officer).

**Members of the public:** 31, including representatives of the Cinder Lane Allotment Society.

---

### 1. Apologies for absence

None.

### 2. Declarations of interest

None declared.

### 3. Minutes of the previous meeting

The minutes of the meeting held on Tuesday 5 March 2024 were approved as a correct record.

### 4–6. (Items dealt with in Part 1; see separate minutes.)

### 7. Cinder Lane Allotments — proposed termination of tenancies

The Committee considered a report of the Head of Property Services (PAC/24/19) proposing the termination of all tenancies at the Cinder Lane Allotments, Harrowfield, so that the land could be used for a car park serving the new Riverside Leisure Centre.

The Head of Property Services introduced the report. He explained that:

- the Cinder Lane site extends to 0.61 hectares and comprises 22 plots, of which 19 are currently let and 3 are vacant;
- the Riverside Leisure Centre is due to open in March 2026, and the planning consent granted on Tuesday 30 April 2024 requires a minimum of 110 parking spaces within 400 metres of the main entrance;
- the proposed car park would provide 118 spaces, including 8 disabled bays and 12 electric vehicle charging points;
- the estimated construction cost of the car park is £1.46 million, to be met from the leisure centre capital budget;
- parking charges are forecast to generate £96,000 a year in gross income once the leisure centre is fully operational;
- the council would offer every current plot holder a plot at a new allotment site at Pym's Meadow, off Ferrier Road, approximately 2.3 miles (3.7 km) from Cinder Lane;
- the Pym's Meadow site would have 24 plots, and the cost of preparing it (fencing, water supply, an access track and a storage building) is estimated at £185,000;
- each plot holder who moved to Pym's Meadow would receive a one-off removal allowance of £150;
- officers had met the Allotment Society's committee on Tuesday 2 April 2024 to explain the proposals.

The Assistant Solicitor advised that, in officers' view, Cinder Lane is a temporary allotment site, not a statutory allotment site, because the land was acquired in 1946 for housing purposes and not for use as allotments. Consent from the Secretary of State under section 8 of the Allotments Act 1925 would therefore not be required. Tenancies could be terminated by twelve months' written notice under clause 14 of the tenancy agreement. A tenant served with notice may appeal to the council's Allotments Appeal Panel within 21 days of the date of the committee decision.

With the Chair's permission, Mrs Lorraine Quigley, Secretary of the Cinder Lane Allotment Society, addressed the Committee for three minutes. She said that the site had been cultivated since 1947, that the Society had 37 people on its waiting list, and that Pym's Meadow lay within Flood Zone 3 and had been under water twice during the winter of 2023–24. She asked the Committee to defer the decision.

In response to a question from Councillor Mirza, the Head of Property Services confirmed that the former Brindley's Garage site on Mill Road had been considered as an alternative car park location but had been rejected because it extended to only 0.28 hectares and could accommodate no more than 64 spaces.

In response to a question from Councillor Pettifer, the Head of Property Services said that Pym's Meadow was in Flood Zone 2, not Flood Zone 3, and that drainage works were included in the £185,000 estimate.

Councillor Sandhu said the proposal was "short-sighted" and that the council "should be creating green space in Harrowfield, not tarmacking over it".

The Chair, Councillor Aldous, said: "This is not a decision any of us takes lightly, but a leisure centre that people cannot park at is a leisure centre that will fail."

Councillor Sandhu moved, and Councillor Mirza seconded, an amendment that the decision be deferred for six months to allow an independent survey of alternative car park sites. On being put to the vote, the amendment was lost by 4 votes to 6.

The substantive recommendation was then moved by Councillor Treharne and seconded by Councillor Croft.

A recorded vote was requested. The voting was as follows:

| For (6) | Against (3) | Abstained (1) |
|---|---|---|
| Cllr Aldous | Cllr Mirza | Cllr Gedge |
| Cllr Blakeley | Cllr Pettifer | |
| Cllr Croft | Cllr Sandhu | |
| Cllr Fairweather | | |
| Cllr Hollis | | |
| Cllr Treharne | | |

**RESOLVED** that:

1. notice to quit be served on all tenants of the Cinder Lane Allotments no later than Friday 31 May 2024, to expire on Friday 30 May 2025;
2. the Head of Property Services be authorised to prepare the Pym's Meadow site at a cost not exceeding £185,000;
3. a removal allowance of £150 be paid to each plot holder who accepts a plot at Pym's Meadow.

### Appendix A to Item 7: Cinder Lane Allotments — plot holders and rents 2024/25

Standard rents: full plot (250 sq m) £104 a year; half plot (125 sq m) £58 a year. A 50 per cent concession applies to tenants aged 65 or over. The rent for plot 14 is waived as a community plot.

| Plot | Plot holder | Size (sq m) | Annual rent 2024/25 (£) | Held since |
|---|---|---|---|---|
| 1 | Brian Ashworth | 250 | 104 | 1988 |
| 2 | Lorraine Quigley | 250 | 104 | 2009 |
| 3 | Vacant | 250 | — | — |
| 4 | Gwen Pritchard | 125 | 29 (concession) | 1979 |
| 5 | Tomasz Nowicki | 125 | 58 | 2017 |
| 6 | Harold Venn | 250 | 52 (concession) | 1971 |
| 7 | Aisha Rahman | 125 | 58 | 2020 |
| 8 | Dennis Carew | 250 | 104 | 1996 |
| 9 | Vacant | 125 | — | — |
| 10 | Sheila Dunmore | 250 | 52 (concession) | 1984 |
| 11 | Kieran Mulholland | 125 | 58 | 2021 |
| 12 | Patience Okafor | 250 | 104 | 2013 |
| 13 | Raymond Tilsley | 125 | 29 (concession) | 1992 |
| 14 | Wren Street Primary School | 250 | 0 (waived) | 2015 |
| 15 | Megan Leckie | 125 | 58 | 2022 |
| 16 | Vacant | 250 | — | — |
| 17 | Arthur Bellamy | 250 | 52 (concession) | 1968 |
| 18 | Joy Pennington | 125 | 58 | 2019 |
| 19 | Samir Haddad | 250 | 104 | 2011 |
| 20 | Eileen Frobisher | 125 | 29 (concession) | 1987 |
| 21 | Colin Marwood | 250 | 104 | 2006 |
| 22 | Rosie Tanner | 125 | 58 | 2023 |
| | **Total (19 let plots)** | **3,625** | **1,215** | |

The meeting closed at 8.47pm.

*Chair: ........................................*
`;

describe('ages, handing in, votes to nothing, signed changes, hyphened initials, bounds in years, particles and compared things, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"for 23 years" has no rival in "Dennis Harrop, 61,"; "handed in a petition" is "presented a petition"', async () => {
    const lights = judgeWith(await workspaceIndex({ 'sources/interview_harrop.md': LIGHTS_INTERVIEW, 'sources/council_minutes_2025-11-18.md': LIGHTS_MINUTES }));
    const years = lights('Dennis Harrop, who has run a cheese stall on Market Square for 23 years, said switch-on night usually brought him about £1,800, four times what he would take on an ordinary November Saturday.');
    assert.deepEqual(years.conflicts, [], why(years));
    const age = lights('Dennis Harrop, 71, who has run a cheese stall on Market Square, said switch-on night usually brought him about £1,800.');
    assert.equal(age.verdict, 'contradicted', why(age));
    const petition = lights("Mr Harrop, who chairs the Ashby Marden Market Traders' Association, handed in a petition signed by 31 of the market's 40 regular traders.");
    assert.deepEqual(petition.conflicts, [], why(petition));
    const fewer = lights("Mr Harrop, who chairs the Ashby Marden Market Traders' Association, handed in a petition signed by 13 of the market's 40 regular traders.");
    assert.equal(fewer.verdict, 'contradicted', why(fewer));
  });

  test('"voted eleven to nothing against it" is 11 to 0 and no denial; "7 in favour, 0 against" is "seven votes to none"', async () => {
    assert.deepEqual(extractValues('And the town council voted eleven to nothing against it').map((v) => [v.text, v.value, v.unit]), [['eleven to nothing', 11000, 'score']]);
    assert.deepEqual(extractValues('**Vote:** 7 in favour, 0 against, 1 abstention').filter((v) => v.unit === 'score').map((v) => v.value), [7000]);
    assert.deepEqual(extractValues('The decision was carried by seven votes to none').map((v) => v.value), [7000]);
    const unit = judgeWith(await workspaceIndex({ 'sources/interview_penhallow_transcript.txt': UNIT_INTERVIEW }));
    const vote = unit('Harrowmere Town Council also voted 11 to 0 against the plan at its meeting on Monday 14 April.');
    assert.deepEqual(vote.conflicts, [], why(vote));
    const other = unit('Harrowmere Town Council also voted 10 to 1 against the plan at its meeting on Monday 14 April.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });

  test('"the fall was less than 1 per cent" is not the recycling rate\'s "+0.5"; the rate said to fall still is', async () => {
    const bins = judgeWith(await workspaceIndex({ 'sources/committee_report.md': BINS_REPORT }));
    const fall = bins('In Ferncastle North, where 4,600 households stayed on fortnightly collections for comparison, the fall was less than 1 per cent.');
    assert.deepEqual(fall.conflicts, [], why(fall));
    const rate = bins('In Ferncastle North, the recycling rate fell slightly during the trial.');
    assert.equal(rate.verdict, 'contradicted', why(rate));
  });

  test('"COH" is Claire Okonjo-Hale\'s label, not her husband\'s', async () => {
    const files = { 'sources/parent_interview.md': SCHOOL_INTERVIEW };
    assert.deepEqual(await misattributions(files, 'Claire Okonjo-Hale, whose son Isaac is in Year 9 and daughter Ruby in Year 4, said she learned of the closure from an email that arrived at 4.52pm on Thursday while she was at work.'), []);
    assert.deepEqual(await misattributions(files, 'Daniel Hale said he learned of the closure from an email that arrived at 4.52pm on Thursday while he was at work.'), ['In the source, this was said by Claire Okonjo-Hale (parent), not Daniel Hale']);
  });

  test('"expected to take 22 months" is inside "just under two years"; 30 months is not', async () => {
    const services = judgeWith(await workspaceIndex({ 'sources/developer_statement.txt': SERVICES_STATEMENT, 'sources/planning_officer_report.md': SERVICES_REPORT }));
    const months = services('Around 180 construction jobs would be created during a build expected to take 22 months.');
    assert.deepEqual(months.conflicts, [], why(months));
    const longer = services('Around 180 construction jobs would be created during a build expected to take 30 months.');
    assert.equal(longer.verdict, 'contradicted', why(longer));
  });

  test('"did not hand the woman over until 7.52pm" compares nothing', async () => {
    const handover = judgeWith(await workspaceIndex({ 'sources/interview_paramedic_mottram.md': HANDOVER_INTERVIEW }));
    const over = handover('She said she and her crewmate, emergency medical technician Lewis Farraday, arrived at 8.10am and did not hand the woman over until 7.52pm.');
    assert.deepEqual(over.conflicts, [], why(over));
    const later = handover('She said she and her crewmate, emergency medical technician Lewis Farraday, arrived at 8.10am and did not hand the woman over until 8.52pm.');
    assert.notEqual(later.verdict, 'supported', why(later));
  });

  test('"24 plots, five more than are currently let at Cinder Lane" has no rival in the Cinder Lane site\'s 22 plots', async () => {
    const allotments = judgeWith(await workspaceIndex({ 'sources/property_committee_minutes.md': ALLOTMENT_MINUTES }));
    const plots = allotments('The new site would have 24 plots, five more than are currently let at Cinder Lane.');
    assert.deepEqual(plots.conflicts, [], why(plots));
    const more = allotments('The new site would have 26 plots, five more than are currently let at Cinder Lane.');
    assert.notEqual(more.verdict, 'supported', why(more));
  });
});
