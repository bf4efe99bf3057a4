/**
 * The forty-fifth round, first part: faithful sentences of the first two batches (h512–h523, written against
 * 7570fea) flagged as errors, in their denials, tallies and figures. A denied pretence turns a denial round ("I won't
 * pretend the learner pool is not a loss" says it is one); "better than nothing" denies nothing; a named member who
 * did not vote ("Cllr Whitlow did not vote") denies nothing of the panel's vote, nor "why it did not attend" of the
 * seventy people who did; "8 votes for, 2 against" is a tally of eight to two; pence in words ("seven pounds fifty")
 * are pence; an acronym may stand for a body's last words ("ICB" / "NHS Severnmoor Integrated Care Board"); "999
 * calls" count no calls. The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { abbreviates, extractValues } from '../../../server/src/core/verdict/values';
import { PANEL_MINUTES } from './helperSources45';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

/** h512: sources/icb_press_release.html, whole. */
const ICB_PRESS_RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Statement on Castle Street Dental Practice, Melbrook | NHS Severnmoor Integrated Care Board</title>
</head>
<body>
<header>
<p>NHS Severnmoor Integrated Care Board</p>
<p>PRESS RELEASE &ndash; FOR IMMEDIATE USE</p>
<p>Thursday 28 August 2025</p>
</header>

<h1>Castle Street Dental Practice in Melbrook to end NHS contract</h1>

<p>NHS Severnmoor Integrated Care Board (ICB) has confirmed that Castle Street Dental Practice, 14 Castle Street, Melbrook, will stop providing NHS dental care when its contract ends on Friday 31 October 2025.</p>

<p>The practice's partners gave the ICB formal notice on Friday 1 August 2025 that they intended to hand back the practice's General Dental Services contract. This is the contractual notice period of three months.</p>

<p>The contract is for 15,600 units of dental activity (UDAs) a year and is worth around &pound;468,000 a year. Over the past 24 months, approximately 5,900 patients received NHS treatment at the practice.</p>

<p>After 31 October the practice intends to continue operating as a private practice.</p>

<h2>What happens next</h2>

<ul>
<li>The full &pound;468,000 a year will remain ring-fenced for NHS dentistry in the Melbrook area and will not be spent elsewhere in Severnmoor.</li>
<li>The ICB will begin a procurement for a new NHS dental provider for Melbrook in January 2026. It expects the new service to be in place by summer 2026.</li>
<li>From Monday 3 November 2025, the ICB will fund 45 additional urgent dental appointments a week at Riverside Dental Care, Mill Lane, Melbrook, for an initial six months.</li>
<li>Patients currently part-way through a course of NHS treatment at Castle Street will have that course completed on the NHS before 31 October.</li>
</ul>

<h2>Comments</h2>

<p>Helen Marsh, director of primary care at NHS Severnmoor ICB, said: &ldquo;We are disappointed that Castle Street Dental Practice has decided to end its NHS contract, but we respect that this is a decision for the practice's partners. Our priority now is making sure that people in Melbrook can still get urgent dental care when they need it, and that every penny of this funding stays in the town.&rdquo;</p>

<p>Dr Samuel Okafor, the ICB's consultant in dental public health, said: &ldquo;People are sometimes told they have been &lsquo;deregistered&rsquo;, but there is no formal registration with an NHS dentist in England. Anyone with dental pain or swelling should call NHS 111, which can book them into an urgent appointment.&rdquo;</p>

<h2>Notes to editors</h2>

<ol>
<li>NHS Severnmoor ICB is responsible for commissioning NHS dental services for a population of about 1.1 million people.</li>
<li>The ICB currently holds 142 NHS dental contracts. Including Castle Street, 9 contracts have been handed back since the ICB took over responsibility for dentistry on Saturday 1 April 2023.</li>
<li>Two other practices in Melbrook hold NHS contracts: Riverside Dental Care (Mill Lane) and Abbey Road Dental (Abbey Road).</li>
<li>Media enquiries: communications team, NHS Severnmoor ICB.</li>
</ol>
</body>
</html>
`;

/** h512: sources/interview_raman.txt, whole. */
const RAMAN_INTERVIEW = `MELBROOK MERCURY - INTERVIEW TRANSCRIPT
Interviewee: Dr Priya Raman, principal dentist and senior partner, Castle Street Dental Practice
Also present: Gareth Lowe, practice manager, Castle Street Dental Practice
Interviewer: Dan Whitlock, health reporter, Melbrook Mercury
Date: Thursday 11 September 2025, at the practice, 14 Castle Street, Melbrook
Recording length: 31 minutes (extracts transcribed)

DAN WHITLOCK: Thanks for seeing me. People in the town are angry. Why is the practice leaving the NHS?

PRIYA RAMAN: I understand the anger, honestly I do. Nobody goes into dentistry to turn people away. But I could not keep running a practice that loses money on every NHS patient who walks through the door.

DAN WHITLOCK: Loses money how?

PRIYA RAMAN: The contract pays us per unit of dental activity, and our rate is about thirty pounds a unit. A course of treatment with one filling earns three units. A course with four fillings and an extraction also earns three units. So the more someone needs, the more we lose. Our lab fees have gone up by about thirty per cent since 2021, and our energy bill has more than doubled.

DAN WHITLOCK: Was it only money?

PRIYA RAMAN: No. Staffing was the other half of it. Two of our associate dentists left in 2024, one to Australia and one to a private practice in Kingsholt. We advertised for an NHS associate for fourteen months and did not get a single suitable applicant.

GARETH LOWE: Because we were short of dentists, in 2024-25 we only delivered 78 per cent of our contracted units. The ICB then clawed back sixty-one thousand pounds. That was the point the partners said we can't carry on like this.

DAN WHITLOCK: When did you make the decision?

PRIYA RAMAN: The partners voted at the end of July and we gave notice on the first of August. We told patients in writing the following week.

DAN WHITLOCK: What happens to patients now?

PRIYA RAMAN: Anyone who is part-way through NHS treatment will have it finished on the NHS before the end of October. After that we're offering a membership plan, Castle Care. It's nineteen pounds ninety-five a month for adults, which covers two check-ups and two hygiene visits a year and ten per cent off any treatment. Children of members are seven pounds fifty a month.

DAN WHITLOCK: How many have signed up?

GARETH LOWE: As of this morning, 640 patients have joined the plan. That's out of roughly 5,900 we've seen on the NHS in the last two years.

DAN WHITLOCK: So most of your NHS patients haven't joined.

PRIYA RAMAN: Not yet, and I know many can't. That's what keeps me awake. I'd say to anyone who can't afford it: call 111 if you're in pain, and put your name on the list at Riverside.

DAN WHITLOCK: Will any staff lose their jobs?

GARETH LOWE: No. We have 19 staff and all 19 are staying. No redundancies.

DAN WHITLOCK: What would it take for you to come back to the NHS?

PRIYA RAMAN: A contract that pays for the work we actually do. If the government reformed the system properly, I would sign up again tomorrow. I've been here since 2009, I became a partner in 2014, and this practice has been on Castle Street since 1987. We're not going anywhere.

DAN WHITLOCK: Healthwatch says people feel abandoned. What would you say to them?

PRIYA RAMAN: That they haven't been abandoned by us. They've been abandoned by a contract that was broken long before I got here.

[END OF EXTRACT]
`;

/** h516: sources/press_release.html, whole. */
const POOL_PRESS_RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Cabinet approves £1.85m plan to reopen Kettlebrook pool — Marlstone Borough Council</title>
</head>
<body>
<header>
<p>Marlstone Borough Council — Press Office</p>
<p>For immediate release: Wednesday 11 December 2024</p>
</header>
<article>
<h1>Cabinet approves £1.85m plan to reopen Kettlebrook pool</h1>

<p>Marlstone Borough Council's Cabinet last night (Tuesday 10 December) approved a £1.85 million scheme to repair the roof of the pool hall at Kettlebrook Leisure Centre and replace its air-handling plant, allowing the main pool to reopen.</p>

<p>Work is scheduled to start on Monday 3 March 2025 and the 25-metre main pool is expected to reopen to the public on Monday 1 December 2025.</p>

<p>The pool hall has been closed since Friday 6 September 2024, when engineers found corrosion to the steel roof trusses. A full survey later found that 11 of the 24 trusses had been significantly weakened.</p>

<p>Cabinet also agreed that the council will bid to the National Pools Renewal Fund for £1.1 million to refurbish the learner pool, which will remain closed when the main pool reopens.</p>

<p>Cllr Rajesh Kapoor, Cabinet Member for Leisure and Wellbeing, said: "We have listened to the people of Kettlebrook, and the 7,214 who signed the petition. Closing this pool for good was never something this administration wanted to do. This is the fastest and most affordable way to get people swimming again in Kettlebrook."</p>

<p>He added: "I won't pretend the learner pool is not a loss in the short term. We will do everything we can to win the funding to bring it back."</p>

<p>Cllr Joanne Tindall, Leader of the Council, said: "At a time when every council in the country is under huge financial pressure, we have found £1.85 million to keep swimming in Kettlebrook. That is a clear statement of our priorities."</p>

<h2>Key facts</h2>
<ul>
<li>Cost of works: £1.85 million, funded by £1.25 million of borrowing and £600,000 from the Leisure Capital Reserve</li>
<li>Works: repair of 11 roof trusses, protective coating of all roof steelwork, new air-handling plant</li>
<li>Duration: nine months</li>
<li>Main pool reopening: Monday 1 December 2025</li>
<li>Learner pool: bid of £1.1 million to the National Pools Renewal Fund, deadline Friday 28 February 2025</li>
<li>School swimming lessons continue at Oakhurst Pool with free coach transport until July 2025</li>
</ul>

<p>The gym, sports hall and studios at Kettlebrook Leisure Centre remain open as normal.</p>

<h2>Notes to editors</h2>
<p>Kettlebrook Leisure Centre is operated on behalf of the council by Marlstone Active Trust. The cabinet report is available on the council's website. Media enquiries: press office, 01632 960 418.</p>
</article>
</body>
</html>
`;

/** h519: sources/radio_phonein_transcript.txt, whole. */
const BINS_PHONE_IN = `BRACKENFORD SOUND 104.2 FM
"THE MORNING PHONE-IN WITH GAIL PRITCHARD"
Broadcast: Thursday 30 January 2025, 9.05am–10.00am
Transcript (segment: black bin collections), prepared by Brackenford Sound newsroom

Speakers:
GAIL PRITCHARD (GP) - presenter
CLLR MARGARET ELLISON (ME) - Cabinet Member for Environment and Waste, Brackenford District Council (Liberal Democrat), in studio
CLLR TOM HARGREAVES (TH) - leader of the Conservative opposition group, Brackenford District Council, by phone
STEVE (caller) - Oakhurst
LINDA (caller) - Marsh End
RAJ (caller) - Kingsmere

[09:07]
GP: Good morning, it's ten past nine-ish, and the phones have not stopped since last week. Brackenford District Council is moving black bins to every three weeks from April. With me in the studio is Councillor Margaret Ellison, who is in charge of waste at the council. Councillor, why?

ME: Two reasons, Gail, and I won't pretend one of them isn't money. We have a four point six million pound gap in next year's budget and this saves us about one point two million a year. But the other reason matters just as much. When we had six hundred black bins analysed last autumn, thirty-one per cent of what was in them was food. Food that should be in the caddy, that we collect every single week.

GP: Let's go to the phones. Steve in Oakhurst, good morning.

STEVE: Morning. I've got three kids, one still in nappies, and our black bin is full to the lid after two weeks as it is. Three weeks in July? You'll smell our street from the bypass.

ME: Steve, I hear that, and it's exactly what people told us in the consultation. Two things. If you've got two or more in nappies, or there are five or more of you, you can get a bigger bin free of charge. And there's a new nappy collection, purple sacks, every fortnight, so the nappies come out of the black bin altogether.

STEVE: We're five, so we'd get the big one?

ME: You would. Applications open on the third of February.

[09:14]
GP: Joining us on the line is the leader of the Conservative group on the council, Councillor Tom Hargreaves. Councillor, you voted against this?

TH: Well, Gail, I'm not on the cabinet, so I didn't get a vote on the night, which is rather the point. This is a cut dressed up as a green policy. Sixty-one per cent of the people who replied to the council's own consultation said no, and the cabinet went ahead anyway.

ME: The consultation wasn't a referendum, Tom. We had three thousand four hundred responses out of nearly sixty thousand households, and we changed the scheme because of what people said. The larger bins and the nappy collection came out of the consultation.

TH: And fly-tipping? Look at Haddleby. Fly-tipping went up there the year they did this.

ME: It went up six per cent. Across the region it went up five per cent in the same year, including in places that didn't change anything. I'm not going to pretend there's no risk, which is why our enforcement team will be watching the hotspots and reporting to me every month.

GP: Councillor Hargreaves, what happens now?

TH: We've called it in. Our group has formally asked for the decision to go before the Overview and Scrutiny Committee, and that's now fixed for Wednesday the twelfth of February. If the committee agrees, it goes back to cabinet to think again. I'd urge people to come along or write to their councillors.

[09:23]
GP: Linda in Marsh End, you've been holding.

LINDA: Hello. I'm in a block of flats with the big communal bins. Are we going to three weeks too? Because those bins are overflowing on a Friday already.

ME: No, Linda. Flats with communal bins stay fortnightly. That's about two thousand nine hundred households and they're not part of this change.

LINDA: Well, that's something. But who's going to tell everyone? Half the people in my building didn't know about the food caddies.

ME: Every household on a kerbside round will get a letter by the fourteenth of March and a new calendar the week after. And for the first six weeks the crews will tag bins that have recycling in them, so people get a nudge rather than a fine.

[09:31]
GP: Raj in Kingsmere.

RAJ: Yeah, morning. My question's about the binmen, to be honest. If you're doing fewer rounds, are people losing their jobs?

ME: No one is being made redundant, Raj. We're going from twenty-two rounds to sixteen. That touches eighteen posts, but eleven of those are either vacant or agency. The seven permanent staff will move across to food waste and trade waste.

RAJ: And the lorries?

ME: Six lorries freed up. We sell four and keep two as spares, because when a lorry breaks down you need one the next morning.

TH: Can I just come in there, Gail? The council is spending three hundred and eighty-five thousand pounds to set this up. New bins, new software, leaflets. That's money out of the reserves to cut a service.

ME: It's a one-off, Tom, and it pays for itself in about four months.

[09:38]
GP: A text from Pauline in Stoke Ashby: "Haddleby's recycling went up, so fair play, give it a go." And one from Mike, no town given: "Three weeks is a joke. We pay our council tax." Councillor Ellison, last word.

ME: Look, Haddleby went from under thirty-nine per cent recycling to over forty-six in a year. If we do anything like that, it's good for the planet and it's good for council tax payers. We'll report back to cabinet on how it's gone after twelve months, and I'll be back on this programme to answer for it.

GP: We'll hold you to that. Councillor Ellison, Councillor Hargreaves, thank you both. It's nine thirty-nine; news and travel next.

[END OF SEGMENT]
`;

/** h258: sources/cabinet_decision.md, whole. */
const CABINET_DECISION = `# West Fennshire Council — Cabinet Decision Record

**Meeting:** Cabinet
**Date:** Wednesday 12 March 2025, 10:00
**Venue:** Council Chamber, County Hall, Ashcombe
**Item:** 6 — Stennack Bridge: emergency closure and repair works
**Decision reference:** CAB/2025/041

## Members present

- Cllr Helen Marsh, Leader of the Council (Chair)
- Cllr Raj Patel, Cabinet Member for Highways and Transport
- Cllr Owen Lloyd, Cabinet Member for Finance
- Cllr Deborah Fry, Cabinet Member for Economy and Town Centres
- Cllr Simon Ashworth, Cabinet Member for Environment
- Cllr Priya Nair, Cabinet Member for Adult Social Care
- Cllr Mark Tennant, Cabinet Member for Children's Services
- Cllr Joanne Hale, Cabinet Member for Housing

## Officers present

- Sandra Whitfield, Director of Place
- Gareth Evans, Head of Highways
- Neil Crossley, Chief Finance Officer (Section 151 Officer)

## Background

The Head of Highways reported that Stennack Bridge, which carries the B4127
over the River Fenn in Ashcombe, was closed to vehicles at 06:00 on Saturday
8 March 2025 under delegated emergency powers. The closure followed a special
inspection by Calder Hythe Consulting on Tuesday 4 March, which found severe
corrosion of reinforcement in the central span and movement of a pier bearing.
The consultant's estimate for repairs is £2.35 million.

Mr Evans told Cabinet that the signed diversion for general traffic runs via
the A3090 and Hallam Cross and adds about 6.5 miles to a typical journey
between the north and south of the town. The western footway remains open to
pedestrians. He said traffic on the A3090 at Hallam Cross had risen by about
40 per cent in the first three working days of the closure.

Cabinet considered two options:

1. **Option A (recommended):** full closure to vehicles until strengthening
   and bearing replacement are complete.
2. **Option B (not recommended):** reopening one lane with a 7.5 tonne weight
   limit and traffic lights while repairs are designed. Officers advised
   against this option because the consultant had said it would not be safe.

## Funding

| Source                                              | Amount     |
|-----------------------------------------------------|-----------:|
| Capital contingency reserve                         | £1,900,000 |
| Reallocated from 2025/26 carriageway resurfacing    |   £700,000 |
| **Total emergency budget approved**                 | **£2,600,000** |

The total includes £250,000 above the consultant's central estimate to cover
risk. The Chief Finance Officer confirmed that after this draw the capital
contingency reserve will stand at £1.1 million. Eleven resurfacing schemes
will be deferred to 2026/27; a list will be published by officers.

## Decision

Cabinet RESOLVED to:

1. Endorse the emergency closure of Stennack Bridge to vehicles made on
   8 March 2025 (Option A).
2. Approve an emergency budget of £2.6 million as set out above.
3. Approve a direct award of the works contract to Trenlow Civil Engineering
   Ltd under the council's emergency procurement procedure, with works to
   start on Monday 31 March 2025.
4. Note the target reopening date of Friday 4 July 2025.
5. Establish a £150,000 support fund for businesses on Bridge Street and
   Stennack Quay, with grants of up to £3,000 per business.
6. Require the Director of Place to report progress to Cabinet monthly.

**Vote:** 7 in favour, 0 against, 1 abstention (Cllr Deborah Fry).

## Comments recorded

Cllr Patel said: "Nobody wanted to close this bridge, but the engineers'
advice left us with no choice. Every week it stays shut costs the town, so
the contractor will be working six days a week."

Cllr Fry said she supported the closure but abstained because she wanted an
independent second opinion on the repair method before the contract was
awarded. "Traders on Bridge Street have already told me takings are down by
a third, and we owe it to them to get this right first time," she said.

Cllr Marsh, closing the item, said: "We will be judged on how quickly we
reopen it, and I expect monthly updates at this table until we do."

## Reasons for decision

The bridge has been assessed as unsafe for vehicles. Delay would increase
costs and prolong disruption to residents, businesses and bus services. The
direct award is justified because a competitive tender would add at least
eight weeks to the programme.

*Decision published: Thursday 13 March 2025. Call-in period ends: Thursday
20 March 2025.*
`;

/** h523: sources/hbuf_open_meeting_transcript.txt, whole. */
const FORUM_MEETING = `HAVERLEIGH BUS USERS' FORUM
Open meeting: "After the cap: what now for Haverleigh's buses?"
Tuesday 19 August 2025, 7.00pm
St Aidan's Church Hall, Cobb Street, Haverleigh

Transcript prepared by Tom Brierley, forum secretary, from the audio recording. Lightly edited for readability.

PRESENT:
Margaret Okonjo - Chair, Haverleigh Bus Users' Forum
Tom Brierley - Secretary, Haverleigh Bus Users' Forum
Cllr Rashid Mahmood - Ward councillor for Marsh Lane, Haverleigh Borough Council
Helen Cartwright - Operations Director, Greenvale Buses
About 70 members of the public

APOLOGIES:
Cllr Deborah Alcott, Chair of the Wexcombe Combined Transport Authority Transport Committee (sent a written statement, read out at item 4)

---

ITEM 1: WELCOME AND FORUM SURVEY

MARGARET OKONJO: Good evening, everyone, and thank you for coming out on a wet Tuesday. I count about seventy of you, which is the biggest turnout we've had since the route 9 cuts in 2019. We're here because the one-pound-fifty fare cap ended on the thirty-first of May, and since then our phones haven't stopped ringing.

Over July we ran our own survey of members. We had 412 replies. Fifty-eight per cent told us they are using the bus less since the first of June. Twenty-one per cent, so roughly one in five, told us they had turned down work, a training course or a shift because of the cost of getting there. And thirty-four per cent said they had missed or cancelled a hospital or GP appointment, or had to get a lift to one.

I want to be fair. Our survey is of our members, and our members are people who care about buses, so it isn't the same as the authority's survey. But those numbers are people, not percentages.

ITEM 2: PASSENGER EXPERIENCES

MARGARET OKONJO: I'll take some hands. Sandra, you've been waiting.

SANDRA PELLOW (care worker, Marsh Lane): Thanks, Margaret. I do home care calls and I rely on the 12 to get between them. Under the cap I was paying fifteen pounds a week, that's ten singles at one-fifty. Now if I bought singles it would be twenty-four pounds. So I've gone on the weekly ticket at nineteen pounds fifty, but that's still four pound fifty more than before, every week, and my pay hasn't gone up four pound fifty. Some of the girls I work with have just given up and bought a scooter.

MARGARET OKONJO: Thank you, Sandra. The young man at the back.

KIERAN WALSH (student, aged 17, Castlebridge College): Hi. I get the X3 to college from Wexcombe. When it was capped it was three pounds a day return. Now it's six pounds twenty, because Castlebridge Coaches don't do the young person fare on the X3, so I pay full whack, three pounds ten each way. Half my class get lifts now. My mum's worked out it's going to cost us over a thousand pounds over the college year.

MARGARET OKONJO: Has anyone from Castlebridge Coaches come tonight? No. We did invite them. Tom, can you note that.

TOM BRIERLEY: Noted.

ITEM 3: GREENVALE BUSES

MARGARET OKONJO: Helen, thank you for coming. I know it's not an easy room.

HELEN CARTWRIGHT (Operations Director, Greenvale Buses): Thank you for having me, Margaret. I'll be straight with people. Across our whole network we've lost about eleven per cent of our passengers since June, compared with the cap period. We didn't set the end date for the cap; the authority did, because the money was the authority's. While it ran, we were paid the difference between one-fifty and our normal fare for every journey.

On Sandra's point, we know the weekly ticket is too dear for a lot of people. We're looking at the price of it now and I hope to have news for you within weeks, not months.

AUDIENCE MEMBER (unnamed): What about the 21 on a Sunday?

HELEN CARTWRIGHT: I'm not going to pretend route 21 on Sundays is safe. It carries very few people and we're reviewing it. What I can say is that the 7 to the Infirmary is not being cut. If anything we want to put more on it.

ITEM 4: STATEMENT FROM CLLR ALCOTT AND COUNCILLOR'S RESPONSE

TOM BRIERLEY: Cllr Alcott couldn't be here and sent a short statement, which I'll read. Quote: "I understand the strength of feeling in Haverleigh. The Transport Committee will look at the monitoring report on the second of September, and I have asked officers to set out what a targeted scheme for young people would cost." End of quote.

CLLR RASHID MAHMOOD (Marsh Lane ward, Haverleigh Borough Council): I'll say what I think. The cap was the best thing that happened to Marsh Lane in ten years, and ending it in the summer, when the kids are off and nobody's looking, was cynical. I'll back a young people's cap, the under-22 option in the report, because it's better than nothing. But I'll be arguing it should cover jobseekers as well, because they're the people Sandra's been talking about.

MARGARET OKONJO: Thank you, Rashid. For the record, the forum's position, agreed by the committee last week, is that the cap should come back for everyone. We know what the report says about cost. We think three point eight million is a price worth paying.

ITEM 5: PETITION AND NEXT STEPS

TOM BRIERLEY: The petition calling for the cap to be reinstated now stands at 1,340 signatures, 1,112 online and 228 on paper. Margaret and I will hand it in at the Transport Committee on Tuesday the second of September. Anyone who wants to come and sit in the public gallery, the meeting is at 10am at Wexcombe Civic Centre.

MARGARET OKONJO: Thank you all. Our next meeting is Tuesday the sixteenth of September, same place, same time, when we'll report back on what the committee decided. Meeting closed at 8.40pm.

ACTIONS:
1. Secretary to write to Castlebridge Coaches asking why it did not attend and whether it will introduce a young person's fare on route X3.
2. Chair and secretary to present petition (1,340 signatures) at Transport Committee, Tuesday 2 September 2025.
3. Secretary to circulate forum survey results (412 responses) to members and to the authority.
`;

describe('tallies, pence and acronyms', () => {
  const values = (text: string) => extractValues(text).map((v) => [v.text, v.kind, v.value ?? null]);
  test('"8 votes for, 2 against" and "58 in favour, 1 against" are tallies; so is a vote with none against', () => {
    assert.deepEqual(values('RESOLVED (8 votes for, 2 against, 0 abstentions; Cllr Whitlow did not vote):').filter((v) => v[1] !== 'name'), [['8 votes for, 2 against', 'quantity', 8002], ['0', 'number', 0]]);
    assert.deepEqual(values('Online poll: 58 in favour, 1 against').filter((v) => v[1] !== 'name'), [['58 in favour, 1 against', 'quantity', 58001]]);
    // (Was three bare numbers: a writer's "seven votes to none" was no tally either. Since h781's "voted eleven to
    // nothing against it", both are: "carried by seven votes to none" is "7 in favour, 0 against".)
    assert.deepEqual(values('**Vote:** 7 in favour, 0 against, 1 abstention.').filter((v) => v[1] !== 'name'), [['7 in favour, 0 against', 'quantity', 7000], ['1', 'number', 1]]);
    // A count's word after its figure is still no tally of the next two ("176 for, 19 against, 9 abstentions").
    assert.deepEqual(values('It passed with 176 for, 19 against, 9 abstentions.'), [['176', 'number', 176], ['19', 'number', 19], ['9', 'number', 9]]);
  });

  test('pence in words after pounds are pence', () => {
    assert.deepEqual(values('Children of members are seven pounds fifty a month.'), [['seven pounds fifty a month', 'money', 7.5]]);
    assert.deepEqual(values('It costs nineteen pounds ninety-five a month.'), [['nineteen pounds ninety-five a month', 'money', 19.95]]);
    assert.deepEqual(values('It was ten pounds, fifty people came.'), [['ten pounds', 'money', 10], ['fifty people', 'quantity', 50]]);
    assert.deepEqual(values('He paid 20 pounds fifty years ago.'), [['20 pounds', 'money', 20], ['fifty years', 'quantity', 50]]);
  });

  test('an acronym may stand for a body\'s last words; an emergency number names a service', () => {
    assert.ok(abbreviates('ICB', 'NHS Severnmoor Integrated Care Board'));
    assert.ok(!abbreviates('ICB', 'NHS Severnmoor Care Board'));
    assert.ok(!abbreviates('EU', 'Non-European Union'));
    assert.equal(extractValues('78.6 per cent of 999 calls were answered').find((v) => v.text === '999')?.label, true);
    assert.equal(extractValues('She dialled 999 at 3am.').find((v) => v.text === '999')?.label, true);
    assert.equal(extractValues('It took 999 days.')[0].text, '999 days');
  });
});

describe('the forty-fifth round: denials, tallies and figures, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"seven pounds fifty" is £7.50; "the ICB" is the NHS Severnmoor Integrated Care Board', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/icb_press_release.html': ICB_PRESS_RELEASE, 'sources/interview_raman.txt': RAMAN_INTERVIEW }));
    const children = judge('Children of members can join for £7.50 a month.');
    assert.notEqual(children.verdict, 'contradicted', why(children));
    const more = judge('Children of members can join for £8.50 a month.');
    assert.equal(more.verdict, 'contradicted', why(more));
    const notice = judge("The practice's partners gave NHS Severnmoor Integrated Care Board formal notice on 1 August that they would hand back their General Dental Services contract.");
    assert.equal(notice.verdict, 'supported', why(notice));
    const later = judge("The practice's partners gave NHS Severnmoor Integrated Care Board formal notice on 1 September that they would hand back their General Dental Services contract.");
    assert.equal(later.verdict, 'contradicted', why(later));
  });

  test('a denied pretence says what it denies is so', async () => {
    const pool = judgeWith(await workspaceIndex({ 'sources/press_release.html': POOL_PRESS_RELEASE }));
    const loss = pool('He admitted that the loss of the learner pool in the short term was real, saying: "We will do everything we can to win the funding to bring it back."');
    assert.notEqual(loss.verdict, 'contradicted', why(loss));
    const bins = judgeWith(await workspaceIndex({ 'sources/radio_phonein_transcript.txt': BINS_PHONE_IN }));
    const money = bins("Speaking on Brackenford Sound's morning phone-in on Thursday 30 January, Cllr Ellison admitted that money was one of the two reasons for the change.");
    assert.notEqual(money.verdict, 'contradicted', why(money));
    // A denial without the pretence still denies.
    const plain = judgeWith(await workspaceIndex({ 'sources/note.txt': 'Cllr Ellison said on the phone-in that one of the two reasons for the change is not money.\n' }));
    const denied = plain('Cllr Ellison said on the phone-in that money was one of the two reasons for the change.');
    assert.equal(denied.verdict, 'contradicted', why(denied));
  });

  test('"8 votes for, 2 against" is "eight votes to two"; a member who did not vote denies nothing of the vote', async () => {
    const panel = judgeWith(await workspaceIndex({ 'sources/panel_minutes.txt': PANEL_MINUTES }));
    const eight = panel('The panel voted by eight votes to two to require monthly written updates on 999 performance until the 90 per cent standard has been met for three consecutive months.');
    assert.equal(eight.verdict, 'supported', why(eight));
    const nine = panel('The panel voted by nine votes to one to require monthly written updates on 999 performance until the 90 per cent standard has been met for three consecutive months.');
    assert.equal(nine.verdict, 'contradicted', why(nine));
    assert.deepEqual(nine.conflicts.map((c) => [c.claim, c.source]), [['nine votes to one', '8 votes for, 2 against']]);
    const cabinet = judgeWith(await workspaceIndex({ 'sources/cabinet_decision.md': CABINET_DECISION }));
    const none = cabinet('The decision was carried by seven votes to none, with one abstention.');
    assert.notEqual(none.verdict, 'contradicted', why(none));
    assert.ok(!(none.missing ?? []).some((w) => /seven/i.test(w)), why(none));
  });

  test('"better than nothing" denies nothing; "why it did not attend" is not the seventy who did', async () => {
    const forum = judgeWith(await workspaceIndex({ 'sources/hbuf_open_meeting_transcript.txt': FORUM_MEETING }));
    const support = forum('He said he would support the under-22 option in the report but would argue for it to cover jobseekers as well.');
    assert.notEqual(support.verdict, 'contradicted', why(support));
    const attended = forum("About 70 people attended a meeting of the Haverleigh Bus Users' Forum at St Aidan's Church Hall on Tuesday 19 August.");
    assert.notEqual(attended.verdict, 'contradicted', why(attended));
    const coaches = forum('Castlebridge Coaches attended the meeting.');
    assert.equal(coaches.verdict, 'contradicted', why(coaches));
  });
});
