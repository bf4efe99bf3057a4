/**
 * The forty-seventh round, second part: faithful sentences of h560–h565 (written against 4debe7d) shown as errors or
 * cut short. "collapsed at 3.55am" is the press conference's "just before 4am" (a time a little before the source's,
 * as a claim's "just after 3am" already was); "the lamp columns used to carry the motifs" says nothing against
 * "could not carry motifs this year"; the words of a denial run to the end of their clause; "Ltd." ends a sentence
 * when the next begins with a name; "at noon" is a time the source gives in words. The fixtures are the
 * helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, judgeWith, why, workspaceIndex } from './sources';

/** h564: sources/03_press_conference_transcript.md, whole. */
const PRESS_CONFERENCE = `# Transcript: Multi-agency press conference on the Brackenmoor recycling fire

**Date:** Wednesday 12 March 2025, 10:00
**Venue:** Committee Room 2, Castlebury Civic Centre

**Panel:**
- Councillor Margaret Ashdown, Leader of Castlebury Borough Council (chair)
- Group Manager Priya Ellacott, Marlshire Fire and Rescue Service
- Gareth Lund, Area Environment Manager, Marlshire Environment Agency
- Dr Fiona Garside, Director of Public Health, Marlshire County Council
- Neil Tellwright, Managing Director, Tellwright Recycling Ltd

**Questions from:** Tom Brennan (Castlebury Echo), Aisha Rahman (Radio Marlshire)

---

**CLLR ASHDOWN:** Good morning and thank you for coming. I want to start by thanking the firefighters who worked through the night on Monday into Tuesday and are still on site now. I know many residents in Fenwick and Ashcombe Park had a frightening morning yesterday, waking up to smoke in their streets. Fenwick Road Primary School and Ashcombe Park Nursery were closed yesterday. Ashcombe Park Nursery has reopened today; Fenwick Road Primary remains closed today and will reopen tomorrow, Thursday. Our contact centre took 340 calls about the fire on Tuesday. No homes were evacuated, and I want to be clear about that. I'll hand over to Group Manager Ellacott.

**GM ELLACOTT:** Thank you. We received the first call at 2.47am on Tuesday from the site's security officer. Our first crew was there 11 minutes later. At the height of the fire we had 15 pumps and around 90 firefighters on scene, along with two aerial ladder platforms and a high volume pump. To put that in context, this was the largest fire our service has dealt with since the Kestrel Way warehouse fire in June 2019, which needed 12 pumps. Part of the roof of the baling hall collapsed just before 4am and we pulled our crews out to fight the fire from outside. Nobody was seriously hurt. One of our firefighters was treated for heat exhaustion at the scene. We have two crews still damping down and we expect to leave the site tomorrow morning.

**GM ELLACOTT:** On the cause, our investigation is continuing. Our investigators' working theory is that a lithium-ion battery, probably from a disposable vape or a small electrical item, was crushed in the infeed to one of the balers. We have found nothing to suggest the fire was started deliberately. I would urge everybody: please do not put batteries or vapes in your household recycling bin.

**MR LUND:** Thank you. Our monitoring at Fenwick Road Primary School recorded a peak of 212 micrograms per cubic metre of fine particles at quarter to eight yesterday morning. That is roughly twenty times what we would normally see in Castlebury in March. By eight o'clock this morning the reading at Fenwick Road had fallen to 21, and at the Town Hall it was 14. So 21 is still about twice a normal March morning, but it is a very big improvement. We lifted the keep-windows-closed advice for most of the town at nine this morning. It stays in place for Fenwick and Ashcombe Park until six o'clock this evening.

**MR LUND:** The bigger concern for us now is Brack Brook. Firewater did get into the brook through the estate's surface water drains. Our sample at Weir Cottages at 13:00 yesterday showed ammonia at 3.1 milligrams per litre. Normally we'd expect below 0.2. This morning our officers found around 40 dead fish, mainly brown trout and bullhead, between Weir Cottages and Ashcombe Mill. We are treating that as a pollution incident and we have opened an investigation.

**DR GARSIDE:** From a health point of view, Castlebury General Hospital's emergency department saw 27 people with breathing problems linked to the smoke on Tuesday. Four were admitted, and all four have since been discharged. NHS 111 took 58 calls from Castlebury postcodes mentioning smoke. Short exposure to smoke like this can irritate the eyes, nose and throat, and can make asthma worse. There is no evidence of any long-term health risk from a single episode of this kind, but if you have symptoms that persist, please speak to your pharmacist or GP.

**MR TELLWRIGHT:** I want to apologise to the people of Castlebury for the disruption and the worry this has caused. The plant was not operating at the time; the only person on site was our security officer, who raised the alarm. We employ 62 people at Brackenmoor and all of them will be paid in full while the site is closed. We will co-operate fully with the fire service and the Environment Agency.

---

**Q&A**

**TOM BRENNAN (Castlebury Echo):** Mr Tellwright, how much material was on site, and was it within your permit?

**MR TELLWRIGHT:** The fire service estimates about 850 tonnes of material was involved. Our permit allows up to 1,000 tonnes of combustible waste on site, and I'm confident we were within it on Monday night.

**MR LUND:** If I can add to that: we inspected the site on Thursday 16 January and found it compliant with its permit at that time. Whether it was compliant on Monday night is one of the things our investigation will look at. I'm not going to pre-judge that.

**TOM BRENNAN (Castlebury Echo):** Has this site had fires before?

**MR TELLWRIGHT:** We had two small fires, in 2021 and 2023. Both were put out by our own sprinkler system before the fire service arrived. This is the first time anything like this has happened.

**GM ELLACOTT:** I'd add that the sprinklers did activate on Tuesday, but the amount of material burning meant they were overwhelmed.

**AISHA RAHMAN (Radio Marlshire):** When will the plant reopen, and where will people's recycling go?

**MR TELLWRIGHT:** Honestly, I can't give a date. The baling hall will have to be rebuilt. It won't be weeks, it will be months.

**CLLR ASHDOWN:** Household recycling collections will carry on as normal. Until further notice the lorries will take recycling to the Dunmere transfer station instead of Brackenmoor. Residents don't need to do anything differently.

**AISHA RAHMAN (Radio Marlshire):** Dr Garside, should parents be worried about sending children back to Fenwick Road tomorrow?

**DR GARSIDE:** No. We've looked at the readings with the Environment Agency and we are content that it is safe for the school to reopen tomorrow. The school has been cleaned and its ventilation checked.

**CLLR ASHDOWN:** Thank you all. The next update will be published on the council website at 5pm today.

*[Ends 10:42]*
`;

/** h564: sources/01_fire_incident_log.md, whole. */
const INCIDENT_LOG = `# Marlshire Fire and Rescue Service — Incident Log

**Incident number:** MFRS/25/03/0418
**Incident type:** Fire — commercial premises (waste and recycling)
**Address:** Brackenmoor Materials Recovery Facility, Unit 4, Holloway Lane Industrial Estate, Castlebury
**Occupier:** Tellwright Recycling Ltd
**Date of call:** Tuesday 11 March 2025
**Time of call:** 02:47
**Caller:** Site security officer (on-site, uninjured)
**Final incident commander:** Group Manager Priya Ellacott
**Fire investigation officer:** Station Manager Rhiannon Tate

## Timeline

| Time | Entry |
|------|-------|
| 02:47 | 999 call received by Marlshire Fire Control from site security officer reporting smoke issuing from the baling hall. |
| 02:49 | Mobilised: Castlebury P1, Castlebury P2, Fenwick Road P1. |
| 02:58 | Castlebury P1 in attendance. Watch Manager Darren Pugh (Castlebury Red Watch) assumes command. Informative: fire involving stack of baled mixed plastics, approx 20 metres by 15 metres, inside baling hall; fire spreading to roof void. Sprinkler system in baling hall found to have activated. |
| 03:04 | Make pumps 6. Aerial ladder platform requested from Dunmere. |
| 03:12 | Station Manager Luke Haverford in attendance, assumes command. |
| 03:25 | Make pumps 10. High volume pump requested from Dunmere for water supply from Brack Brook. |
| 03:40 | Marlshire Police requested to close Holloway Lane between Mill Roundabout and Kestrel Way. |
| 03:55 | Partial collapse of baling hall roof (north-east section). All crews withdrawn from interior to defensive positions. No injuries. |
| 04:10 | Group Manager Priya Ellacott in attendance, assumes command. Incident declared a significant incident. |
| 04:30 | Marlshire Environment Agency notified: firewater run-off entering surface water drains discharging to Brack Brook. |
| 05:15 | Make pumps 15. Second aerial ladder platform requested from Harrowby. |
| 05:40 | Castlebury Borough Council duty officer informed; smoke plume travelling north-east over Fenwick and Ashcombe Park. |
| 06:20 | Marlshire Environment Agency officer in attendance. Drain blockers and booms deployed with fire service environmental protection unit. |
| 07:05 | Informative: fire surrounded, no further spread. Baled stock in open yard protected by water curtain. |
| 08:30 | First relief crews in attendance. |
| 11:45 | Stop message: Fire involving approximately 850 tonnes of baled plastic and cardboard; approximately 60 per cent of single-storey baling hall (approx 3,400 square metres) damaged by fire; roof partially collapsed. 15 pumps, 2 aerial ladder platforms, 1 high volume pump, environmental protection unit. Approx 90 firefighters at height of incident. |
| 14:00 | Reduced to 4 pumps for damping down and turning over of burnt material with site plant. |
| 20:00 | Reduced to 2 pumps. |

**Continuation:** Damping down continued overnight with 2 pumps. Crews expected to leave site by 09:00 on Thursday 13 March 2025, subject to thermal imaging survey.

## Casualties

None. One firefighter (Fenwick Road White Watch) treated at scene by crew for heat exhaustion at 06:10; did not require hospital treatment. Site security officer uninjured.

## Resources in attendance (peak)

| Resource | Number | From |
|----------|--------|------|
| Pumping appliances | 15 | Castlebury (2), Fenwick Road (2), Dunmere (3), Harrowby (2), Stoke Aldred (2), Pellham (2), Westerby (2) |
| Aerial ladder platforms | 2 | Dunmere, Harrowby |
| High volume pump | 1 | Dunmere |
| Environmental protection unit | 1 | Pellham |
| Firefighters (approx) | 90 | — |

## Cause

Cause not yet determined. Fire investigation under way (SM Rhiannon Tate). Area of origin believed to be the infeed conveyor to Baler 2. No evidence of deliberate ignition found at this stage. Police not requested to investigate.

## Notes

- Water supply: approx 2.5 million litres of water used by 11:45, drawn from hydrants and, via high volume pump, from Brack Brook.
- Hall sprinkler system activated but was overwhelmed by the fire load.
- Neighbouring units 3 and 5 (a vehicle body shop and a timber merchant) were not affected by fire.
`;

/** h563: sources/01_finance_committee_minutes.md, whole. */
const FINANCE_MINUTES = `HOLLINSBRIDGE TOWN COUNCIL

MINUTES OF THE FINANCE AND GENERAL PURPOSES COMMITTEE

Held on Tuesday 10 September 2024 at 7.00pm in the Council Chamber, Market Hall, Hollinsbridge

PRESENT: Cllr Margaret Ashworth (Chair), Cllr Colin Brearley, Cllr Alan Hughes, Cllr Nadia Okafor, Cllr Sian Pryce, Cllr Terence Whitlam

IN ATTENDANCE: Gareth Lowe (Town Clerk); Helen Marsden (Responsible Financial Officer); two members of the public; one representative of the press (Wendle Valley Gazette)

FGP/24/41 APOLOGIES FOR ABSENCE

None. All six members of the committee were present.

FGP/24/42 DECLARATIONS OF INTEREST

Cllr Whitlam declared a non-pecuniary interest in item FGP/24/45 as a member of the Hollinsbridge Town Centre Business Improvement District (BID) advisory panel. He remained in the meeting and took part in the vote.

FGP/24/43 MINUTES

The minutes of the meeting held on Tuesday 16 July 2024 were approved as a correct record and signed by the Chair.

FGP/24/44 BUDGET MONITORING, QUARTER 1 2024/25

The Responsible Financial Officer presented the budget monitoring report for April to June 2024. She reported a projected overspend of £62,000 against the 2024/25 budget approved when the precept was set on Tuesday 23 January 2024. The main causes were:

- loss of income from the Tannery Lane and Station Road car parks following their transfer back to Vale County Council on 1 April 2024: £38,500 a year;
- the national pay award for local council staff, higher than the 3% budgeted: £14,200;
- emergency repairs to the roof of the Market Hall: £9,300.

The Responsible Financial Officer advised that the council's general reserve stood at £87,000, below the recommended minimum of three months' running costs (£96,000). She advised against meeting the overspend from reserves.

RESOLVED: that the report be noted.

FGP/24/45 CHRISTMAS LIGHTING 2024

The Town Clerk presented report FGP/24/45, setting out the cost of the 2024 Christmas lighting scheme. The quotation from the council's lighting contractor, Brightwell Festive Ltd of Stanmoor, had been received on Friday 30 August 2024. The report compared the 2024 estimate with the outturn for 2023:

| Cost element | 2023 outturn | 2024 estimate |
|---|---|---|
| Installation and removal of motifs and cross-street festoons (Brightwell Festive Ltd) | £16,900 | £18,400 |
| Hire and maintenance of motifs | £6,900 | £7,250 |
| Electricity (about 6,800 kWh over six weeks) | £1,350 | £2,100 |
| Traffic management and road closure for switch-on evening | £3,100 | £4,800 |
| Switch-on event (stage, PA, stewarding, first aid) | £2,600 | £6,300 |
| Insurance uplift | £750 | £950 |
| TOTAL | £31,600 | £39,800 |

The budget for Christmas lighting in 2024/25 was £24,000, leaving a shortfall of £15,800. The Town Clerk noted that the total estimate had risen by £8,200, or 26%, on 2023.

The Town Clerk explained that the largest single increase, in the cost of the switch-on event, arose because the event's former sponsor, Calder & Rowe Estate Agents, had withdrawn its sponsorship of £3,500 in June 2024. The increase in traffic management costs followed new requirements from Vale County Council for a full road closure of Bridge Street and Market Square, rather than the rolling closure used in previous years. The electricity estimate reflected a rise in the council's unit price from 19.9p to 31p per kWh under the contract that began on 1 April 2024.

The Town Clerk further reported that Vale County Council Highways had carried out structural load tests on the 38 lamp columns used to carry motifs. Fourteen columns had failed and could not carry motifs this year. Brightwell Festive Ltd had advised that the scheme could be reduced to the 24 remaining columns without a reduction in the installation price, as the cross-street festoons accounted for most of the labour.

The Responsible Financial Officer advised that the full cost of £39,800 was equal to about £6.20 for each of the town's 6,420 Band D equivalent properties. For comparison, the neighbouring town of Stanmoor had budgeted £21,500 for its 2024 scheme, but Stanmoor's lights are owned outright and installed by the town council's own staff.

Members discussed the report. Cllr Brearley said that the committee "cannot ask residents to fund six weeks of lights while we are cutting the opening hours of the Mill Lane toilets". Cllr Okafor said that switching off the lights would be "a false economy that will cost our traders far more than it saves". Cllr Whitlam asked whether the BID had been consulted. The Town Clerk confirmed that he had written to the BID's chief executive on Monday 2 September 2024 to advise that the scheme was under review, and had not received a reply before the agenda was published.

The Chair said that no member of the committee wished to see the town without lights, but that "the figures leave us no room".

It was proposed by Cllr Brearley and seconded by Cllr Pryce:

RESOLVED (4 votes for, 2 against; Cllr Okafor and Cllr Whitlam voted against):

(a) that the council does not install the Christmas lighting scheme in 2024 and that the switch-on event planned for Saturday 23 November 2024 be cancelled;

(b) that the Christmas tree in Market Square be retained, at a cost of £2,900 to be met from the existing budget;

(c) that the Hollinsbridge Town Centre BID and any other party be invited to submit, by Friday 4 October 2024, a proposal to meet the shortfall of £15,800, and that the matter be reconsidered by Full Council on Tuesday 8 October 2024 if such a proposal is received;

(d) that the remaining £21,100 of the Christmas lighting budget be transferred to meet the projected overspend reported under FGP/24/44.

FGP/24/46 GRANTS TO LOCAL ORGANISATIONS

Deferred to the next meeting.

FGP/24/47 DATE OF NEXT MEETING

Tuesday 15 October 2024 at 7.00pm.

The meeting closed at 8.52pm.

Signed ........................ (Chair)
`;

/** h563: sources/02_bid_statement.md, whole. */
const BID_STATEMENT = `HOLLINSBRIDGE TOWN CENTRE BUSINESS IMPROVEMENT DISTRICT

STATEMENT ON THE TOWN COUNCIL'S DECISION ON CHRISTMAS LIGHTS

For immediate release: Thursday 12 September 2024

The board of Hollinsbridge Town Centre Business Improvement District (BID) is deeply disappointed by the decision of Hollinsbridge Town Council's Finance and General Purposes Committee, taken on Tuesday evening, not to put up the town's Christmas lights this year.

The BID represents 212 levy-paying businesses in the town centre, from independent shops and cafés to the Hollinsbridge branch of Harlow's department store. For many of them, the weeks between the lights switch-on and New Year bring a quarter or more of their annual takings.

Rachel Fenwick, chief executive of the BID, said:

"The Christmas lights are not a luxury for Hollinsbridge. They are the single biggest reason people choose to come into the town centre in December instead of driving to the retail park at Calder Cross. To switch them off to save £15,800 is to put at risk the takings of hundreds of people who work on Bridge Street and Market Square."

"We were not given a fair chance to help. The council's letter arrived on Monday 2 September, and the committee took its decision eight days later. We would have come to that meeting with an offer if anyone had asked us to."

Tom Halloran, chair of the BID board and owner of Halloran's Hardware on Bridge Street, said:

"My family has traded on Bridge Street for three generations. I have never known a year without the lights. The council talks about saving money, but every pound we lose at the till is a pound that doesn't come back to the town."

WHAT THE FIGURES SHOW

The BID's footfall counters on Bridge Street and Market Square recorded the following visits in the 2023 festive season:

| Month | Footfall 2023 | Change on previous month |
|---|---|---|
| October 2023 | 128,900 | n/a |
| November 2023 | 131,600 | +2% |
| December 2023 | 184,300 | +40% |
| January 2024 | 109,800 | -40% |

The switch-on event on Saturday 25 November 2023 drew an estimated 6,500 people into the town centre, the BID's highest single-day count of the year.

In a survey of BID members carried out between Wednesday 11 and Thursday 12 September 2024, 78 businesses responded. Of these:

- 64 (82%) said the Christmas lights were "important" or "very important" to their Christmas trade;
- 41 (53%) said they expected their December takings to fall if the lights were not put up;
- 9 (12%) said they would consider reducing staff hours over the Christmas period.

OUR OFFER

The BID board met in emergency session on Wednesday 11 September 2024 and agreed to offer £10,000 from its reserves towards the cost of the 2024 lights. The BID's total annual levy income is £148,000, and this offer represents the largest single contribution it has made to a council project since the BID was established in 2019.

The offer is made on condition that:

1. the town council reverses its decision at the Full Council meeting on Tuesday 8 October 2024;
2. the switch-on event goes ahead in some form, even if on a smaller scale; and
3. the BID's contribution is publicly acknowledged on the lighting scheme.

This would leave a gap of £5,800. The BID will ask its members, local residents and other businesses to help close that gap, and will write to the town council with a formal proposal before the deadline of Friday 4 October 2024.

Rachel Fenwick added: "We are putting our money where our mouth is. We now need the council to meet us halfway."

ENDS

Notes to editors:
- Hollinsbridge Town Centre BID was established following a ballot of businesses in 2019 and renewed for a second five-year term in 2024.
- The BID levy is 1.5% of rateable value for businesses with a rateable value of £12,000 or more.
- Media enquiries: Priya Anand, communications officer, Hollinsbridge Town Centre BID.
`;

/** h563: sources/03_radio_phone_in_transcript.md, whole. */
const PHONE_IN = `VALE SOUND 104.2 FM
"THE MORNING PHONE-IN WITH KERRY DUNNE"
Broadcast: Monday 16 September 2024, 9.05am to 9.40am (extract)
Transcript prepared by Vale Sound news desk

KERRY DUNNE (presenter): Good morning, it's five past nine, and the phones have not stopped since we said we'd be talking about this. Hollinsbridge Town Council has decided there will be no Christmas lights in the town this year. I've got the woman who chaired that meeting with me in the studio, Councillor Margaret Ashworth, chair of the council's finance committee. Good morning.

CLLR MARGARET ASHWORTH: Good morning, Kerry.

KERRY DUNNE: Let's start with the obvious question. Why?

CLLR MARGARET ASHWORTH: Because the money isn't there. We set aside £24,000 for the lights this year, which is what we'd spent in previous years, give or take. The bill came in at just under £40,000. On top of that, the council as a whole is £62,000 over budget, mostly because we lost the car park income when the county council took the car parks back in April. Nobody on that committee wanted to switch the lights off. But I can't ask people in Hollinsbridge to pay more council tax for six weeks of lights.

KERRY DUNNE: What's driven the cost up? Sixteen thousand pounds is a big jump.

CLLR MARGARET ASHWORTH: Several things. The electricity has gone from just under 20p a unit to 31p. The county council now wants a full road closure for the switch-on, which costs us more in traffic management. And the biggest thing is that our sponsor for the switch-on pulled out in the summer, so that whole event cost is now on the council.

KERRY DUNNE: Let's go to the phones. Joan is in Hollinsbridge. Morning, Joan.

JOAN (caller, Hollinsbridge): Morning, Kerry. I'm 81 and I've lived on Tannery Lane all my life. I've seen those lights go up every year since I was a girl. I used to take my grandchildren to the switch-on. It's the one night of the year the whole town comes out. I think it's a disgrace, honestly I do.

KERRY DUNNE: Councillor, what do you say to Joan?

CLLR MARGARET ASHWORTH: I understand completely, Joan, and I'd say we are keeping the tree in Market Square. It won't be dark. But I'd also say to Joan that the same council is having to close the Mill Lane toilets three days a week, and I've had just as many letters about that.

KERRY DUNNE: Steve's on line two. Steve runs a café in the town centre.

STEVE KOWALSKI (caller, owner of The Copper Kettle, Bridge Street): Hi Kerry. Look, I've had the café eleven years. December is my best month by a mile. Last year I took about 35% more in December than in November, and a lot of that is families coming in after they've walked round to see the lights. If the lights go, people go to Calder Cross. They've got free parking and they've got lights.

KERRY DUNNE: And the parking in Hollinsbridge isn't free any more, is it?

STEVE KOWALSKI: No, since the county took it over it's £1.80 for two hours on Tannery Lane. It used to be a pound. So that's another reason not to come in.

KERRY DUNNE: I've also got Rachel Fenwick on the line, chief executive of the town's Business Improvement District. Rachel, your board has offered money, hasn't it?

RACHEL FENWICK (chief executive, Hollinsbridge Town Centre BID): We have, Kerry. We've offered £10,000, which is a big sum for us, from our reserves. That leaves a gap of £5,800, and we're going to launch a crowdfunding appeal this week to close it. We're aiming to have the full amount by Friday the 4th of October, which is the council's deadline.

KERRY DUNNE: Councillor Ashworth, if they find that money, will the lights go up?

CLLR MARGARET ASHWORTH: If there is a firm proposal that covers the shortfall, Full Council will look at it on the 8th of October. I can't promise what Full Council will decide. But I'll be honest, I'd be delighted to be proved wrong.

RACHEL FENWICK: Can I just say, Kerry, that we'd have been able to do this before the decision was taken if we'd been asked properly. A letter a week before the meeting isn't consultation.

CLLR MARGARET ASHWORTH: The clerk wrote to the BID on the 2nd of September. I accept it was short notice. We were working to the contractor's quote, which only arrived on the 30th of August.

KERRY DUNNE: One more thing, Councillor. I've seen on social media people saying the lamp posts are unsafe. Is that true?

CLLR MARGARET ASHWORTH: It's partly true. The county council tested the lamp columns that carry the motifs, and 14 of the 38 failed. So they couldn't carry the motifs this year anyway. But I want to be clear, that isn't why we made this decision. Even with fewer motifs the contractor's price barely moves, because most of the work is in the festoons across the street. It was a money decision.

KERRY DUNNE: And just to compare, I gather Stanmoor, down the road, is spending about half what you are.

CLLR MARGARET ASHWORTH: Stanmoor own their lights and their own staff put them up, so it isn't a fair comparison. We hire ours. That's something we should look at for future years, and I've asked the clerk to bring a report on buying our own lights to the committee in the new year.

KERRY DUNNE: Let's take one more call. Dennis in Upper Wendle.

DENNIS (caller, Upper Wendle): Hello Kerry. I just want to say, I think the council's right. I'm on a pension. I'd rather my council tax went on potholes than fairy lights, and I don't see why people in the villages should pay for lights in Hollinsbridge.

KERRY DUNNE: Councillor, briefly, do people in Upper Wendle pay for the lights?

CLLR MARGARET ASHWORTH: Upper Wendle is part of the town council area, so yes, a small part of their council tax would go to them. It works out at about £6.20 a household for the full scheme.

KERRY DUNNE: Rachel Fenwick, last word to you.

RACHEL FENWICK: Just that this town has had lights every Christmas for as long as anyone can remember, and we are not going to let this be the first year without them. If people want to help, the appeal will be on our website by Wednesday.

KERRY DUNNE: Rachel Fenwick from the BID, and Councillor Margaret Ashworth, thank you both. It's twenty to ten, and you're listening to Vale Sound.

[END OF EXTRACT]
`;

/** h304: sources/larkmoor_board_meeting_2025-03-13.txt, whole. */
const BOARD_MEETING = `LARKMOOR PLAYHOUSE TRUST
EXTRAORDINARY MEETING OF THE BOARD OF TRUSTEES - TRANSCRIPT
Date: Thursday 13 March 2025
Time: 6:30pm
Venue: Rehearsal Room 2, Larkmoor Playhouse, Quarry Lane, Bramhope
Transcribed by: Owen Barrett, Company Secretary

Present (trustees): Margaret Okafor (Chair), Samuel Idris (Treasurer), Cllr Tom Hebden (nominated by Bramhope Borough Council), Aileen Marsh, Graham Tulloch, Ruth Castellano, Nadia Sherwood, Peter Lomax, Imogen Fairweather
In attendance: Daniel Pryce (Artistic Director), Helen Voss (Executive Director), Owen Barrett (Company Secretary)

MARGARET OKAFOR: Good evening, everyone. Thank you for coming at short notice. There is one item on the agenda tonight: the future of the Playhouse following the Westmarch Arts Council decision of Tuesday the fourth. I will ask Helen to set out the figures first, then Samuel, and then we will discuss and vote.

HELEN VOSS: Thank you, Margaret. Our Westmarch grant for this year was £412,000. From the first of April it will be £145,000, and only for one year. That is a cut of £267,000. Our other public funding is the £60,000 a year from Bramhope Borough Council, and the council has written to tell us that it cannot increase that.

HELEN VOSS: Box office income fell by 6% last year, to £531,000. We had 71,400 attendances in 2024 across our 340 seats, with average occupancy of 58%. We have 38 staff: 22 full-time and 16 part-time. Even with the pay freeze we already agreed, the budget for 2025-26 shows a deficit of £268,000.

SAMUEL IDRIS: I'd add that our unrestricted reserves stand at £96,000. At the current rate of spending that keeps us open for about 11 weeks, no more. As treasurer, I can't recommend that we trade into a deficit we have no means of covering. Trustees can be personally liable if we continue trading when we know we are insolvent.

DANIEL PRYCE: I want it on record that we applied in good faith. We scored 61 against a threshold of 65. Four points. We reached over 9,000 schoolchildren last year through the education programme. I don't accept that this theatre failed on community engagement.

MARGARET OKAFOR: Nobody round this table thinks that, Daniel. The question is what we can responsibly do now.

CLLR TOM HEBDEN: Can we appeal? The letter says the deadline is the twentieth.

HELEN VOSS: We can, but only on process. Our lawyers have read the decision and they don't believe there was a procedural error. An appeal would cost us around £12,000 in legal fees and would very probably fail.

CLLR TOM HEBDEN: Then I'd still rather we tried for a reduced programme. Close the studio space, cut to three productions a year, and go back to the council and to the business community for a rescue fund.

SAMUEL IDRIS: Tom, I've modelled that. A reduced programme still leaves a gap of £171,000. We would be asking donors to find that within eleven weeks.

AILEEN MARSH: I agree with Tom. Sixty-three years this building has been open. It opened in 1962. I don't want to be the board that switched the lights off without a fight.

RUTH CASTELLANO: I understand that, Aileen, but if we run out of money in June the staff get nothing. If we close in an orderly way, we can pay notice and redundancy in full.

MARGARET OKAFOR: That is the heart of it for me. We owe it to our 38 staff to close properly rather than collapse. The proposal in front of you is that the Playhouse ceases producing and presenting work after the final performance of The Lighthouse Keeper's Daughter on Saturday 31 May, that all staff be given notice and paid redundancy in full, and that the trust enters a managed wind-down.

DANIEL PRYCE: Before we vote: I'll honour that run. The company have been in rehearsal for three weeks. They deserve to finish it.

MARGARET OKAFOR: Thank you, Daniel. Owen, please take the vote.

OWEN BARRETT: Those in favour of the proposal. Seven. Those against. Two, Cllr Hebden and Mrs Marsh. No abstentions. The motion is carried seven votes to two.

MARGARET OKAFOR: Thank you. Helen will brief staff at 10am tomorrow, Friday, before any public statement. The statement will go out at noon. The building is leased from the borough council and the lease will return to the council at the end of June.

CLLR TOM HEBDEN: For the record, I'll be asking the council to look at whether the building can stay in cultural use.

MARGARET OKAFOR: Noted. The meeting is closed at 8:05pm.

[END OF TRANSCRIPT]
`;

describe('times, uses, denials and company names, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"at 3.55am" is "just before 4am"; "at 3.15am" is not', async () => {
    const fire = judgeWith(await workspaceIndex({ 'sources/03_press_conference_transcript.md': PRESS_CONFERENCE }));
    const collapsed = (time: string) => fire(`Part of the roof collapsed at ${time}, and crews were pulled out of the building to fight the fire from defensive positions.`);
    assert.equal(collapsed('3.55am').verdict, 'supported', why(collapsed('3.55am')));
    assert.equal(collapsed('3.15am').verdict, 'contradicted', why(collapsed('3.15am')));
  });

  test('"used to carry the motifs" is no claim that they carry them now; the denial is quoted to its clause\'s end', async () => {
    const lights = judgeWith(await workspaceIndex({ 'sources/01_finance_committee_minutes.md': FINANCE_MINUTES, 'sources/02_bid_statement.md': BID_STATEMENT, 'sources/03_radio_phone_in_transcript.md': PHONE_IN }));
    const failed = lights('The committee also heard that 14 of the 38 lamp columns used to carry the motifs had failed structural load tests by Vale County Council Highways.');
    assert.equal(failed.verdict, 'supported', why(failed));
    const carry = lights('The committee also heard that 14 of the 38 lamp columns could carry the motifs this year.');
    assert.equal(carry.verdict, 'contradicted', why(carry));
    assert.deepEqual(carry.conflicts.map((c) => [c.claim, c.source]), [['carry', 'could not carry motifs this year']]);
  });

  test('"… Recycling Ltd. Marlshire Fire and Rescue Service received …" is two claims, each checked on its own', async () => {
    const report = await checkAgainst(
      { '01_fire_incident_log.md': INCIDENT_LOG, '03_press_conference_transcript.md': PRESS_CONFERENCE },
      '# Fire\n\nThe blaze broke out in the baling hall of the Brackenmoor Materials Recovery Facility on Holloway Lane Industrial Estate, which is run by Tellwright Recycling Ltd. Marlshire Fire and Rescue Service received the first 999 call, from the site\'s security officer, at 2.47am on Monday 10 March.\n',
    );
    assert.equal(report.claims.length, 2);
    assert.match(report.claims[0].claim.text, /Tellwright Recycling Ltd\.$/);
    assert.equal(report.claims[0].verdict, 'supported', why(report.claims[0]));
    // (The second gives the wrong day, which the first no longer answers for.)
    assert.notEqual(report.claims[1].verdict, 'supported', why(report.claims[1]));
  });

  test('"at noon" is stated by "will go out at noon", a time in words with no figure', async () => {
    const board = judgeWith(await workspaceIndex({ 'sources/larkmoor_board_meeting_2025-03-13.txt': BOARD_MEETING }));
    const statement = (time: string) => board(`The museum's public statement went out at ${time} on Friday, Margaret Okafor told the board.`);
    assert.equal(statement('noon').verdict, 'supported', why(statement('noon')));
    assert.notEqual(statement('midnight').verdict, 'supported', why(statement('midnight')));
  });

  test('"Station Manager Luke Haverford took command at 4.10am" is no time the log gives him (a guard for a time stated with its words)', async () => {
    const log = judgeWith(await workspaceIndex({ 'sources/01_fire_incident_log.md': INCIDENT_LOG, 'sources/03_press_conference_transcript.md': PRESS_CONFERENCE }));
    const command = log('Station Manager Luke Haverford took command at 4.10am, when the fire was declared a significant incident.');
    assert.ok(command.conflicts.some((c) => c.claim === '4.10am'), why(command));
  });
});
