/**
 * The forty-eighth round, sixth part: faithful sentences of h602–h607 (written against a7f9ea7) shown as errors. A
 * name with a courtesy title whose last word looks like a post's ("Ms Gilchrist") is the speaker, not the word before
 * it ("There,"); an initial is a word of its own (not the "P." of "their GP. Cllr Whitlow"); a table's row "David
 * Pryce | Honorary treasurer" gives him the post, and an office ending one row gives no one on the next; "anything
 * heavier than 7.5 tonnes" is "over 7.5 tonnes"; a contrast, "a place …, not a car park", denies nothing the window
 * affirms. The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h603: sources/03_islanders_meeting_transcript.md, whole. */
const ISLANDERS_MEETING = `# KELVOE COMMUNITY COUNCIL — PUBLIC MEETING ON THE FERRY SERVICE

**Venue:** Kelvoe Hall
**Date:** Wednesday 12 February 2025, 7pm to 9.05pm
**Attendance:** 143 members of the public (door count)
**Transcript:** Edited transcript prepared by Isla Munro, secretary, Kelvoe Community Council. Some exchanges have been shortened; speakers were asked to give their names.

**Panel:**
- Ewan Laidlaw, chair, Kelvoe Community Council (chair of the meeting)
- Fiona Gilchrist, operations director, Westerly Sound Ferries
- Cllr Dougie Flett, chair of transport and infrastructure committee, Kelvoe Island Council
- Dr Hamish Orr, GP, Kelvoe Health Centre

---

**EWAN LAIDLAW:** Good evening, and thank you all for coming out on a filthy night. I count more people in this hall than we had for the last election hustings. Fiona Gilchrist from Westerly Sound has agreed to take questions. I'd ask people to keep it civil. Fiona, would you start?

**FIONA GILCHRIST:** Thank you, Ewan. I'll be brief. *Morwen Lass* has a damaged bearing in her starboard gearbox. The new gearbox is being built in Rotterdam and we expect it at Dunmarrow on the third of March. Our best estimate for her return is Monday the seventeenth of March. I want to give you some news tonight. From Monday the twenty-fourth of February, Halsey Marine will run their landing craft *Cormorant* for heavy freight, two return trips a week, on Tuesdays and Fridays. That will take lorries up to 44 tonnes. It carries freight only, no passengers except drivers.

**EWAN LAIDLAW:** Thank you. Hands up. Yes, Janet.

**JANET BRODIE (owner, Brodie's Stores):** Janet Brodie, Brodie's Stores. My chilled lorry comes three times a week in the winter. Since the breakdown I've had one delivery, on Saturday, and it came in two vans because the lorry couldn't get on. Two vans cost me £640 extra. The shelves were empty by Monday lunchtime. Tuesdays and Fridays is better than nothing, but it means two deliveries a week, not three. Who pays for the third?

**FIONA GILCHRIST:** I understand. I can't promise a third *Cormorant* run, because she's committed elsewhere on the other days. What I can say is that food deliveries are second on our priority list for the vans on *Tern*.

**CLLR DOUGIE FLETT:** Can I come in. Janet, that's exactly what the business grants are for. Up to fifteen hundred pounds, and the forms are at the counter in this building.

**EWAN LAIDLAW:** Doctor Orr, you wanted to say something about patients.

**DR HAMISH ORR:** Yes. Last week, from Monday to Friday, we had 27 patients with hospital appointments in Port Anselm. Two of them missed their appointments, both on the Wednesday, when there was no boat at all. One was a cancer patient due for a scan, and that has now been rebooked for the end of the month. With the first boat at seven and arriving at five past eight, a morning clinic at nine is just about possible. The problem is coming back. The last boat home is twenty to seven, and if the clinic runs late, people are stuck overnight. I'd ask Westerly Sound to hold the last sailing for patients if the hospital phones ahead.

**FIONA GILCHRIST:** We can do that. If the hospital or the health centre phones our Port Anselm office, we will hold the 18:40 for up to 20 minutes. I'll confirm that in writing to the health centre tomorrow.

**EWAN LAIDLAW:** That's a commitment, and we'll hold you to it. Callum.

**CALLUM SEATH (site manager, Skerrin Salmon):** Callum Seath, site manager at Skerrin Salmon. We harvest about 18 tonnes a week in the winter and it all goes out on 44-tonne lorries. Since last Tuesday nothing has left the island. We've stopped harvesting and the fish are still in the pens, so we're not losing stock yet, but we've got twelve people on the harvest team and I can't keep them idle for five weeks. The landing craft from the twenty-fourth helps us. Can it start sooner?

**FIONA GILCHRIST:** I asked that question this morning. *Cormorant* is finishing a contract at a wind farm and the twenty-fourth is the earliest date Halsey can give us.

**RUTH CAIRNEY (secretary, Kelvoe Tourism Association):** Ruth Cairney, Tourism Association. It's February, so for once the timing is not a disaster for us. But people are already booking Easter. If *Morwen Lass* isn't back by the middle of March, I need to know by the first of March, so we can tell visitors honestly. And I want to ask, why is there no second ship? This is the third time.

**FIONA GILCHRIST:** That's a fair question. We approached four operators. Only *Tern* is certificated to use both piers. A second vessel of *Tern*'s size would cost us around £11,500 a week to charter, and we don't have one available before April in any case. The decision about a permanent back-up vessel is a matter for the transport partnership, not for us alone.

**CLLR DOUGIE FLETT:** And that's precisely why our chief executive has written to the partnership. We want a meeting this month. I'll be honest with you, we haven't had a reply yet.

**UNIDENTIFIED MAN (from the floor):** Thirty-one years old, that boat. She's done.

**EWAN LAIDLAW:** Let's keep going. Last question, at the back.

**MAIRI DUNBAR (parent):** Mairi Dunbar. My two are at the Academy and board in Port Anselm. They come home on the Friday boat. Last Friday was the first day of *Tern* and they weren't let on because the boat was full of people who'd been stuck since Tuesday. Will school pupils get priority on a Friday?

**FIONA GILCHRIST:** Pupils weren't on the list in the notice, and they should have been. From this Friday, pupils travelling home from the Academy will have guaranteed places on the 15:20 from Port Anselm. The school will send us the names on Thursday.

**EWAN LAIDLAW:** Right. I'll sum up what we've heard. One: landing craft for freight from the twenty-fourth, Tuesdays and Fridays. Two: the 18:40 held up to 20 minutes for patients on request. Three: guaranteed places for Academy pupils on the Friday 15:20. Four: Westerly Sound will tell the Tourism Association by the first of March whether the seventeenth still stands. The community council will write to the transport partnership in support of the island council's letter. We'll meet again on Wednesday the twelfth of March. Thank you all.

*Meeting closed 9.05pm.*

### Actions recorded

| No. | Action | Owner | Due |
|---|---|---|---|
| 1 | Heavy freight service by landing craft *Cormorant*, two return trips a week (Tue, Fri) | Westerly Sound Ferries / Halsey Marine | From Mon 24 Feb 2025 |
| 2 | Hold 18:40 sailing from Port Anselm up to 20 minutes for hospital patients on request | Westerly Sound Ferries | From Thu 13 Feb 2025 |
| 3 | Guaranteed places for Academy pupils on Friday 15:20 from Port Anselm | Westerly Sound Ferries / Port Anselm Academy | From Fri 14 Feb 2025 |
| 4 | Confirm whether 17 March return date stands | Westerly Sound Ferries | By Sat 1 Mar 2025 |
| 5 | Letter to NITP supporting Kelvoe Island Council | Kelvoe Community Council (E. Laidlaw) | By Fri 21 Feb 2025 |
| 6 | Next public meeting, Kelvoe Hall | Kelvoe Community Council | Wed 12 Mar 2025 |
`;

/** h605: sources/03_residents_meeting_transcript.md, whole. */
const LANDFILL_MEETING = `# Upper Kettlesby Parish Council — Public Meeting on Hatherdene Landfill

**Date:** Thursday 27 March 2025
**Venue:** Kettlesby Village Hall, Church Lane, Upper Kettlesby
**Time:** 7.00pm to 9.10pm
**Attendance:** about 140 residents
**Transcript prepared by:** Andrew Keane, Parish Clerk (edited for length)

**Speakers:**
- Cllr Margaret Oyelaran, Chair, Upper Kettlesby Parish Council (CHAIR)
- Dr Priya Marchetti, Area Environment Manager, Northern Environmental Standards Agency (MARCHETTI)
- Graham Ashdown, Managing Director, Corran Waste Management Ltd (ASHDOWN)
- Sunita Varghese, founder, Kettlesby Clean Air Group (VARGHESE)
- Tom Brierley, resident, Cinderbank Lane (BRIERLEY)
- Dr Alan Petrakis, Consultant in Health Protection, Sallowfield Borough Council public health team (PETRAKIS)
- Cllr Dennis Whitlow, Cabinet Member for Environment, Sallowfield Borough Council (WHITLOW)

---

**CHAIR:** Good evening, and thank you all for coming. I can see people standing at the back, so I'll keep my introduction short. The parish council has received more emails about this site in the last four months than about every other subject in the previous four years. Tonight is about getting answers. I'll ask Dr Marchetti from the agency to start.

**MARCHETTI:** Thank you, Chair. On the 11th of March we served an enforcement notice on Corran Waste Management. This is the most serious step we can take short of suspending the permit or prosecuting. We have confirmed odour beyond the site boundary 23 times since September. That is not people imagining things. The notice sets four steps with deadlines, the first of which is the new gas wells by the 25th of April. Our officers will make unannounced visits at least once a week until the end of June.

**CHAIR:** Thank you. Mr Ashdown.

**ASHDOWN:** I want to say first that I'm sorry. The smell has been unacceptable and it is our responsibility. I'm not going to stand here and make excuses. Five of the new wells are in, and the leachate level is down by more than a metre. We've also put in a misting system along the northern boundary. I know that's not enough yet, and I'm here to listen.

**CHAIR:** I'll go to the floor. Mrs Varghese.

**VARGHESE:** Thank you. The Kettlesby Clean Air Group surveyed 203 households last month. 78% told us the smell had kept them indoors on at least one day, and 41 households reported headaches or nausea. We have children at the primary school breathing this in at playtime. An apology is not a plan. We want independent monitoring, published every week, and we want a compensation fund for the families who've had to live with this since the autumn.

*(Applause)*

**BRIERLEY:** I live on Cinderbank Lane, about 400 metres from the gate. We can't open the windows, we can't hang washing out, and my grandson won't come to visit. I've lived here 31 years and it's never been like this.

**CHAIR:** Dr Petrakis, can you say something about health?

**PETRAKIS:** Certainly. The main gas causing the smell is hydrogen sulphide, which people can smell at very low concentrations. At the levels recorded at the school, we would not expect long-term harm to health, but I don't want to dismiss anyone's symptoms. Headaches and nausea are real effects of unpleasant odours. Anyone who is worried, and particularly anyone with asthma, should speak to their GP.

**CHAIR:** Councillor Whitlow.

**WHITLOW:** The borough council doesn't issue or enforce the permit; that is the agency's job. But we are not going to sit on our hands. I will write to the agency this week asking for a second monitoring station, in Lower Kettlesby, and the borough will pay for it. We have set aside £18,000 to run it for a year.

**VARGHESE:** Mr Ashdown, will you set up a compensation fund?

**ASHDOWN:** I'm not in a position tonight to promise a compensation fund. I will take that back to the board, which meets on the 15th of April, and I'll report back to the parish council.

**VARGHESE:** And the monitoring results — when will we see them?

**MARCHETTI:** From Friday the 4th of April, the results from the school station will be published every week on the agency's website.

**BRIERLEY:** How long is this site going to be there?

**ASHDOWN:** The permit allows us to take waste until December 2031. After that the site will be capped and restored.

**CHAIR:** I'm going to take the motion that was submitted in advance. The motion is that this meeting calls on the agency to suspend the permit if Corran misses the first deadline in the notice. Hands up those in favour... and against... The motion is carried, 131 in favour and 3 against.

**CHAIR:** Thank you all. The parish council will hold a further meeting in July. Good night.

*Meeting closed 9.10pm.*
`;

/** h602: sources/01_board_minutes.md, whole. */
const SHOW_MINUTES = `# Wrenfield & District Agricultural Society

## Minutes of an Emergency Meeting of the Board of Directors

**Date:** Tuesday 27 May 2025, 7.00pm
**Venue:** Society Office, 14 Market Street, Wrenfield

### 1. Attendance

Present (9 of 12 directors):

| Name | Post |
|---|---|
| Margaret Ellery | Chair |
| Tom Haverley | Vice-chair |
| David Pryce | Honorary treasurer |
| Gareth Lunn | Livestock director |
| Priya Banerjee | Trade stands director |
| Colin Marwood | Director (grounds and car parking) |
| Sarah Tennick | Director (education and schools) |
| James Orrell | Director (horses and ring events) |
| Fiona Drabble | Director (sponsorship) |

In attendance: Anita Cole, show secretary (minutes); Dr Neil Sutcliffe, the Society's honorary veterinary surgeon (for item 2 only).

Apologies: Robert Kettley, Helen Farrish, Ewan Mostyn.

The Chair confirmed the meeting was quorate (quorum: seven directors).

### 2. Bluetongue outbreak – veterinary briefing

Dr Sutcliffe summarised the statement issued by the Animal Health Protection Service (AHPS) on Thursday 22 May 2025. Bluetongue virus serotype 3 (BTV-3) has been confirmed at three premises near Lower Stennet. A 20-kilometre temporary control zone is in force. The Ashcombe Park showground lies about 6 km from the first infected premises and is therefore well inside the zone.

Dr Sutcliffe advised that, under the zone restrictions, shows, sales and other gatherings of cattle, sheep, goats and camelids inside the zone are prohibited until at least Monday 30 June 2025. Animals from outside the zone could not be brought in to the showground without a specific licence, and AHPS had told him informally that no such licences would be issued for show classes.

Dr Sutcliffe said: "This is not a disease that passes to people and it is not a food safety issue. But the midges are active now, and bringing 1,900 head of ruminants together in one field in June is exactly what the zone is designed to prevent."

Dr Sutcliffe left the meeting at 7.25pm.

### 3. The 144th Wrenfield County Show (Saturday 14 and Sunday 15 June 2025)

The Chair reminded the board that the Society had not cancelled a show since 2021, when the show was called off for the second year running because of Covid-19 restrictions, and that the only previous cancellation for animal disease was in 2001, during the foot-and-mouth epidemic.

Gareth Lunn reported the livestock entries received by the closing date of Friday 16 May:

| Section | Entries |
|---|---|
| Cattle | 612 |
| Sheep | 1,104 |
| Goats | 224 |
| **Total** | **1,940** |

He noted that cattle entries were up from 548 in 2024, and sheep entries down from 1,187.

Priya Banerjee reported 286 trade stands booked, against 301 in 2024.

#### Options considered

(a) Postpone the show to a later date. Rejected: the showground is let to the Carrowshire Steam Rally from 1 August and no suitable weekend is available before the autumn.

(b) Hold the show without livestock classes. Tom Haverley spoke in favour, saying that horses, dog agility, the food hall and trade stands could still go ahead. David Pryce estimated that a show without livestock would cost around £64,000 more than it would bring in, because fixed costs (marquees, fencing, security, toilets, stewarding) would be largely unchanged while gate income could be expected to fall by a third or more.

(c) Cancel the 2025 show. Proposed by Margaret Ellery, seconded by Gareth Lunn.

**Resolution:** That the 144th Wrenfield County Show be cancelled. Carried by 8 votes to 1 (Tom Haverley against).

Tom Haverley asked that his view be minuted: "I respect the decision, but I think we'll regret not giving the public something. The horse people and the traders have done nothing wrong."

### 4. Financial position (Honorary treasurer's report)

David Pryce presented the figures below.

| 2025 budget (income) | £ |
|---|---|
| Gate receipts | 236,000 |
| Trade stands | 98,500 |
| Sponsorship | 41,000 |
| Livestock entry fees | 21,400 |
| Catering concessions | 15,100 |
| **Total budgeted income** | **412,000** |

Costs already committed or incurred (marquee deposits, printing, advertising, judges' travel, fencing hire): £187,300.

Advance tickets sold to date: 6,812, worth £109,000. All advance ticket holders and exhibitors will be offered a full refund.

The Society's event cancellation policy with Harnley Mutual Insurance covers cancellation "by order of a public authority" up to £150,000, subject to a £10,000 excess. The insurer has acknowledged the claim but has not yet confirmed cover. If the claim is paid in full, the treasurer estimates a net loss for the year of about £47,000; if it is refused, the loss could reach £187,000.

Reserves stood at £264,000 at 31 March 2025.

Mr Pryce said: "We will survive this. The reserves are there for a year like this, but we cannot afford two of them back to back."

Attendance at the 2024 show was 23,480 over the two days (Saturday 13,960; Sunday 9,520), the second highest on record after 2019 (24,110).

### 5. Communications

Agreed: a press release to be issued at 9.00am on Wednesday 28 May; exhibitors to be emailed first at 8.00am. Refund requests to be accepted until Monday 30 June. Anita Cole to coordinate.

Agreed: Sponsors to be contacted personally by Fiona Drabble before the announcement. Headline sponsor Carrowshire Building Society has already said it will carry its £12,000 sponsorship over to 2026.

### 6. Any other business

Sarah Tennick reported that 1,150 pupils from 23 primary schools had been booked for the schools' day visit on Friday 13 June. She will write to the schools offering a farm visit programme in the autumn instead.

Meeting closed at 9.10pm.

Next ordinary meeting: Tuesday 24 June 2025.

Signed: Margaret Ellery (Chair)
`;

/** h603: sources/01_service_notice_westerly_sound.md, whole. */
const SERVICE_NOTICE = `# WESTERLY SOUND FERRIES LTD — SERVICE NOTICE SN-2025-07

**Route:** Port Anselm – Kelvoe
**Issued:** Thursday 6 February 2025, 16:00
**Status:** Temporary timetable in force from Monday 10 February 2025 until Sunday 16 March 2025 (inclusive)

## 1. What has happened

On Tuesday 4 February 2025, during the 08:45 sailing from Kelvoe Pier to Port Anselm, the master of MV *Morwen Lass* reported abnormal vibration and a rising oil temperature in the vessel's starboard reduction gearbox. The vessel completed the crossing at reduced speed on her port engine and berthed at Port Anselm at 09:58, 23 minutes behind schedule. There were 71 passengers and 14 vehicles on board. No one was injured.

An inspection by our technical superintendent and the gearbox manufacturer's engineer on Wednesday 5 February found damage to the gearbox's main bearing. The gearbox cannot be repaired in place and must be replaced. *Morwen Lass* has been withdrawn from service.

All remaining sailings on Tuesday 4 February and all sailings on Wednesday 5 and Thursday 6 February were cancelled. Kelvoe has had no vehicle ferry service since the 08:45 sailing on Tuesday.

## 2. Relief vessel

We have chartered MV *Tern* from Halsey Marine Services of Dunmarrow. *Tern* will begin an interim service on Friday 7 February and will operate the temporary timetable below from Monday 10 February.

*Tern* is a smaller vessel and her crossing is slower. Her vehicle deck cannot take vehicles over 7.5 tonnes gross weight, so heavy goods vehicles cannot be carried until *Morwen Lass* returns. Separate arrangements for heavy freight will be announced as soon as possible.

| | Normal winter timetable (MV *Morwen Lass*) | Temporary timetable (MV *Tern*) |
|---|---|---|
| Return sailings per week | 40 | 25 |
| Passenger capacity per sailing | 240 | 96 |
| Car capacity per sailing | 32 | 12 |
| Maximum vehicle weight | 44 tonnes | 7.5 tonnes |
| Crossing time | 50 minutes | 65 minutes |
| Car spaces per week, each direction | 1,280 | 300 |

## 3. Temporary timetable, Monday 10 February – Sunday 16 March 2025

*Tern* will be berthed overnight at Kelvoe.

| Days | Depart Kelvoe | Depart Port Anselm |
|---|---|---|
| Monday – Friday | 07:00, 10:20, 13:40, 17:00 | 08:40, 12:00, 15:20, 18:40 |
| Saturday | 08:00, 11:20, 15:00 | 09:40, 13:00, 16:40 |
| Sunday | 10:00, 14:30 | 11:40, 16:10 |

For comparison, the normal winter timetable has six return sailings Monday to Saturday (first departure from Kelvoe 06:45, last departure from Port Anselm 18:30) and four on Sundays.

## 4. Bookings and priority

- Vehicle reservations are compulsory on every sailing. Foot passengers will be carried up to the vessel's limit of 96.
- Priority for vehicle space will be given, in this order, to: (1) patients travelling to hospital appointments and their escorts; (2) deliveries of food and fuel to the island; (3) island-registered vehicles; (4) all other traffic.
- Patients should show their appointment letter when booking.
- 2,140 existing vehicle bookings between 10 February and 16 March are affected. Our reservations team will contact every customer by Friday 14 February to rebook or refund.
- Fares are unchanged. Customers who choose not to travel will receive a full refund.

## 5. Return of MV *Morwen Lass*

A replacement gearbox has been ordered from the manufacturer in Rotterdam. Delivery to the Dunmarrow shipyard is expected on Monday 3 March. Fitting, testing and sea trials will take around 10 days. We do not expect *Morwen Lass* to return to service before Monday 17 March 2025. We will update customers every Friday.

## 6. Statement

Fiona Gilchrist, Operations Director, Westerly Sound Ferries, said:

"We are very sorry for the disruption this is causing to the people of Kelvoe. *Tern* is the only vessel available to us at short notice that can use both Kelvoe Pier and the Port Anselm linkspan. We know four sailings a day is not enough, and we are looking at every option to add capacity, but we will not put a vessel on this route that is not certified for it."

**Enquiries:** Westerly Sound Ferries reservations, 01857 440210 (08:00–18:00, seven days).
`;

/** h606: sources/03_radio_interview_transcript.md, whole. */
const RADIO_INTERVIEW = `# Wend Valley FM — "Breakfast with Tom Hadley"
## Transcript: Hexworth high street item
**Broadcast:** Wednesday 12 March 2025, 08:10–08:24
**Presenter:** Tom Hadley
**Guests:** Cllr Dev Ranasinghe, Cabinet Member for Economy and Regeneration, Hexworth Borough Council; Sandra Pellow, Chair, Fore Street Traders' Association

---

**TOM HADLEY:** It's ten past eight. If you've been down Fore Street in Hexworth lately you'll have seen the whitewashed windows. The council has put in a bid for four point two million pounds to try to turn things round. With me are Councillor Dev Ranasinghe, who's in charge of regeneration at the borough council, and Sandra Pellow, who chairs the Fore Street Traders' Association. Councillor, let's start with you. How bad is it?

**DEV RANASINGHE:** It's serious, and I'm not going to pretend otherwise. Almost one in four shops on Fore Street is empty. Five years ago it was fewer than one in ten. Footfall is down by nearly a third on 2019. That's why we've put together what I think is the strongest bid we've ever made.

**TOM HADLEY:** What's the centrepiece?

**DEV RANASINGHE:** The old Brenton's building. Everyone in Hexworth has a memory of Brenton's. We bought it last summer, and if the bid succeeds we'll turn it into a market hall with twenty-four stalls: food, crafts, start-up businesses. We think it could create around thirty jobs on its own.

**TOM HADLEY:** Sandra, your members have been saying the real problem is parking. Is a market hall going to fix that?

**SANDRA PELLOW:** No, it isn't, and I've said that to Dev's face. Two-thirds of the members who answered our survey put parking charges top of the list. The charges went up last April, and I can tell you from my own till that our Saturday trade hasn't been the same since. People will go to the retail park at Ashcombe where they can park for nothing.

**DEV RANASINGHE:** I understand that. The parking review will report this summer, and I'm not going to pre-empt it. But I'd say to Sandra that parking charges didn't close Brenton's, and they didn't create the empty units we had long before last April.

**SANDRA PELLOW:** That's fair up to a point. But you're taking fourteen spaces out of Market Square as well.

**TOM HADLEY:** Councillor, is that right?

**DEV RANASINGHE:** It is. Market Square should be a place people want to spend time, not a car park. The spaces we're removing are short-stay, and there are two hundred and forty spaces at the Cattle Market car park, a three-minute walk away.

**TOM HADLEY:** Sandra, the works on the square. How long are we talking about?

**SANDRA PELLOW:** We've been told eighteen months. For some of the businesses on the square that's a death sentence unless there's help. We've asked for a hardship fund, and we've asked for a trader on the programme board.

**DEV RANASINGHE:** And I can say this morning that we will offer the association a seat on the programme board. I'm happy to confirm that on air. On the hardship fund, I can't promise money I don't have, but we'll look at phasing the works so that no part of the square is closed off for more than six months.

**TOM HADLEY:** When will you know if you've got the money?

**DEV RANASINGHE:** We're told by the end of June. If we're successful, work on the Brenton's building would start next spring.

**TOM HADLEY:** And if you don't get it?

**DEV RANASINGHE:** Then we've still got a building we own, and we'll still need a plan. But I'd rather not think about that. This is the best chance Hexworth has had in a generation.

**TOM HADLEY:** Sandra, final word.

**SANDRA PELLOW:** We want it to work. We just want to be listened to. If the council gets this right, people will come back.

**TOM HADLEY:** Sandra Pellow and Councillor Dev Ranasinghe, thank you both.

[ENDS 08:24]
`;

describe('speakers by name and post, limits and contrasts, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"There, Ms Gilchrist announced" is hers; "their GP. Cllr Whitlow said" names no "P. Cllr Whitlow"', async () => {
    const ferry = { 'sources/03_islanders_meeting_transcript.md': ISLANDERS_MEETING };
    assert.deepEqual(await misattributions(ferry, 'There, Ms Gilchrist announced that Halsey Marine\'s landing craft Cormorant would carry heavy freight on two return trips a week, on Tuesdays and Fridays, from Monday 24 February.'), []);
    const landfill = { 'sources/03_residents_meeting_transcript.md': LANDFILL_MEETING };
    const paragraph = 'Dr Alan Petrakis, a consultant in health protection with the Northern Environmental Standards Agency, said that at the levels recorded at the school "we would not expect long-term harm to health". He advised anyone who was worried, particularly people with asthma, to speak to their GP. Cllr Whitlow said the borough council would ask the agency for a second monitoring station in Lower Kettlesby and had set aside £18,000 to run it for two years.';
    assert.deepEqual((await misattributions(landfill, paragraph)).filter((m) => /P\. Cllr/.test(m)), []);
  });

  test('"Mr Pryce estimated" is the treasurer\'s estimate by the row "David Pryce | Honorary treasurer"; "Mr Lunn estimated" is not', async () => {
    const show = { 'sources/01_board_minutes.md': SHOW_MINUTES };
    const estimate = (who: string) => `${who} estimated a net loss for the year of about £47,000 if the claim is paid in full, rising to as much as £187,000 if it is refused.`;
    assert.deepEqual(await misattributions(show, estimate('Mr Pryce')), []);
    const lunn = await misattributions(show, estimate('Mr Lunn'));
    assert.equal(lunn.length, 1, lunn.join('\n'));
    assert.match(lunn[0], /not Mr Lunn$/);
  });

  test('"cannot take anything heavier than 7.5 tonnes" is "vehicles over 7.5 tonnes"', async () => {
    const ferry = judgeWith(await workspaceIndex({ 'sources/01_service_notice_westerly_sound.md': SERVICE_NOTICE }));
    const deck = ferry('Because Tern\'s vehicle deck cannot take anything heavier than 7.5 tonnes, heavy goods vehicles cannot travel until Morwen Lass returns.');
    assert.deepEqual(deck.conflicts, [], why(deck));
  });

  test('"a place people want to spend time, not a car park" denies nothing of "the Cattle Market car park"', async () => {
    const radio = judgeWith(await workspaceIndex({ 'sources/03_radio_interview_transcript.md': RADIO_INTERVIEW }));
    const spaces = radio('Cllr Ranasinghe defended the removal of 14 short-stay spaces from Market Square, pointing to 240 spaces at the Cattle Market car park, a three-minute walk away.');
    assert.deepEqual(spaces.conflicts, [], why(spaces));
  });
});
