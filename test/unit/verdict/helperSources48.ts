/**
 * Helper drafts' sources that two verdict tests each read, whole (officesbyverbs and rankingsandstances, judgementsandwords
 * and linksandparticles, keysandsurveys and questionsandmoves); the people, bodies and places are invented.
 */

/** h488: sources/cabinet_report_millbrook.html, whole. */
export const PARK_CABINET_REPORT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Brackenford Borough Council – Cabinet Report – Disposal of Millbrook Fields</title>
</head>
<body>
<h1>Brackenford Borough Council</h1>
<h2>Cabinet – Tuesday 11 March 2025</h2>
<h2>Agenda item 7: Disposal of land at Millbrook Fields, Station Road</h2>

<p><strong>Report of:</strong> Helen Maddox, Director of Resources<br>
<strong>Cabinet member:</strong> Councillor Priya Nandakumar, Cabinet Member for Finance and Assets<br>
<strong>Wards affected:</strong> Millbrook; Station East<br>
<strong>Key decision:</strong> Yes</p>

<h3>1. Purpose of report</h3>
<p>1.1 This report seeks Cabinet approval to dispose of the freehold of Millbrook Fields, a 4.2 hectare area of public open space off Station Road, to Larkspur Homes Ltd, the preferred bidder following a competitive marketing exercise, for residential development.</p>
<p>1.2 The disposal is subject to a statutory public consultation under section 123(2A) of the Local Government Act 1972, as the land is held as public open space. Cabinet will be asked to consider the consultation responses before the disposal is completed.</p>

<h3>2. Background</h3>
<p>2.1 The council faces a budget gap of £9.8 million for the 2025/26 financial year. The Medium Term Financial Strategy agreed by Full Council on 26 February 2025 identified the disposal of surplus land assets as one of four measures to close the gap.</p>
<p>2.2 Millbrook Fields currently costs the council £186,000 a year to maintain, including grass cutting, litter collection, the changing pavilion and two football pitches.</p>
<p>2.3 A footfall survey carried out by the council's parks team in June 2024 recorded an average of 2,400 visits a week, a fall of 12% compared with the equivalent survey in 2019.</p>
<p>2.4 The site was marketed between September and November 2024. Five bids were received by the closing date of 29 November 2024.</p>

<h3>3. Bids received</h3>
<table border="1">
<thead>
<tr><th>Bidder</th><th>Offer</th><th>Homes proposed</th><th>Affordable share</th><th>Green space retained</th></tr>
</thead>
<tbody>
<tr><td>Larkspur Homes Ltd</td><td>£14.6m</td><td>320</td><td>35%</td><td>1.1 ha</td></tr>
<tr><td>Oakhurst Living</td><td>£13.9m</td><td>290</td><td>40%</td><td>1.4 ha</td></tr>
<tr><td>Meridian Estates</td><td>£12.2m</td><td>350</td><td>25%</td><td>0.6 ha</td></tr>
<tr><td>Calder Housing Association</td><td>£10.5m</td><td>240</td><td>60%</td><td>1.8 ha</td></tr>
<tr><td>Pennant Developments</td><td>£9.1m</td><td>260</td><td>30%</td><td>0.9 ha</td></tr>
</tbody>
</table>
<p>3.1 Officers recommend Larkspur Homes Ltd as the preferred bidder. Its offer of £14.6 million is the highest received and is £700,000 above the second-highest bid, from Oakhurst Living. Its proposal for 320 homes includes 112 affordable homes, equal to 35% of the total.</p>
<p>3.2 The Larkspur proposal retains 1.1 hectares, around 26% of the site, as a public park with a new play area.</p>

<h3>4. Proposed use of the capital receipt</h3>
<table border="1">
<thead>
<tr><th>Use</th><th>Amount</th></tr>
</thead>
<tbody>
<tr><td>Repayment of borrowing</td><td>£6.0m</td></tr>
<tr><td>Refurbishment of Brackenford Leisure Centre</td><td>£4.5m</td></tr>
<tr><td>Transfer to general reserves</td><td>£4.1m</td></tr>
<tr><td><strong>Total</strong></td><td><strong>£14.6m</strong></td></tr>
</tbody>
</table>
<p>4.1 Repaying £6 million of borrowing is expected to reduce annual interest costs by approximately £290,000.</p>

<h3>5. Consultation</h3>
<p>5.1 A six-week public consultation will run from Monday 24 March 2025 to Monday 5 May 2025. Notices will be published in the Brackenford Courier on two consecutive weeks, as required by statute.</p>
<p>5.2 A final decision on the disposal is expected at the Cabinet meeting of Tuesday 8 July 2025.</p>

<h3>6. Decision</h3>
<p>6.1 Cabinet approved the recommendations by six votes to two. Councillor Ruth Adebayo, Cabinet Member for Environment, and Councillor Neil Pardoe, Cabinet Member for Leisure and Culture, voted against.</p>
<p>6.2 Speaking at the meeting, Councillor Nandakumar said: "Nobody came into local government wanting to sell a park. But we have a legal duty to balance the budget, and this sale protects services that thousands of residents depend on every day."</p>
<p>6.3 The Leader of the Council, Councillor Graham Ostler, said: "We have secured a park within the development, more than a hundred affordable homes and the money to keep our leisure centre open. That is a responsible outcome."</p>
<p>6.4 Councillor Adebayo said: "Once green space is gone, it is gone for good. I do not believe we have exhausted the alternatives."</p>

<p><em>Contact officer: Helen Maddox, Director of Resources, Brackenford Borough Council.</em></p>
</body>
</html>
`;

/** h467: sources/interviews_drysdale_coull.txt, whole. */
export const FERRY_INTERVIEWS = `ARDLISH COURIER – INTERVIEW TRANSCRIPT
Date: Wednesday 19 March 2025
Location: Skelmorne Ferry Company office, Pier Road, Port Ardlish (first interview); Ms Coull's home, Kilbrannan Terrace, Port Ardlish (second interview)
Interviewer: Tom Ferrie, reporter, Ardlish Courier
Interviewees: Captain Euan Drysdale, master of MV Orla Bay, Skelmorne Ferry Company; Mairi Coull, passenger
Also present (first interview): Fiona Garvie, communications manager, Skelmorne Ferry Company
Recorded with consent. Transcribed by T. Ferrie.

--- PART ONE: CAPTAIN EUAN DRYSDALE ---

TOM FERRIE: Captain Drysdale, thanks for seeing me. Can you tell me where you were when the ship grounded on Friday?

EUAN DRYSDALE: I was on the bridge. I had come back up about three minutes before. I'd gone down to the upper deck because a passenger had complained about a group being abusive in the lounge, and I wanted to deal with it myself.

TOM FERRIE: So the second officer was on his own.

EUAN DRYSDALE: For about a quarter of an hour, yes. He's an experienced officer. He's been with the company six years. But I should not have left the bridge on the approach, and I've said that to the company and to the investigators.

TOM FERRIE: When you came back up, did you see that the ship hadn't turned at Carrick Buoy?

EUAN DRYSDALE: I saw it within a minute or so. I ordered hard to port and full astern, but at that speed there was no way of stopping her in time. The noise was like nothing I've heard in 22 years at sea.

TOM FERRIE: The alarm on the chart display had been muted. Who muted it?

FIONA GARVIE: I'm going to ask that we don't go into that while the investigation is under way. The company is cooperating fully with the Branch.

TOM FERRIE: Captain, how did the crew handle the evacuation?

EUAN DRYSDALE: I couldn't be prouder of them. We had 212 passengers aboard, and every one of them was mustered with a lifejacket within 20 minutes. We put the families with children and anybody who was hurt or frightened onto the lifeboat first.

TOM FERRIE: How many went off on the lifeboat?

EUAN DRYSDALE: Forty-seven, in two runs. The rest stayed aboard with us until we came off the rock. Nobody was ever in danger of going into the water. The ship was sound.

TOM FERRIE: Are you still working?

EUAN DRYSDALE: I'm on leave at the moment, at my own request. That's all I'll say about that.

FIONA GARVIE: Can I just add that the company has refunded every passenger's fare in full and offered a payment of £250 each for the disruption. That went out to passengers on Monday.

TOM FERRIE: Thank you both.

--- PART TWO: MAIRI COULL, PASSENGER ---

TOM FERRIE: Mrs Coull, you were on the Orla Bay with your grandchildren?

MAIRI COULL: Two of them, yes, Ellie who's eight and Callum who's five. We'd been over on Innis Tarve visiting my sister.

TOM FERRIE: What do you remember of the grounding?

MAIRI COULL: We were in the cafeteria. There was a terrible grinding and everything on the tables went flying. A man near us hit his head on the counter. The lights flickered but they didn't go out.

TOM FERRIE: What happened next?

MAIRI COULL: The crew were marvellous, honestly. A young woman from the crew came straight to us and got the children into lifejackets. Nobody was shouting. We were told it would be the lifeboat for families, so we went down in about the second group.

TOM FERRIE: How long were you on the lifeboat?

MAIRI COULL: It felt like forever but it was maybe 25 minutes to the harbour. Callum was sick. Ellie thought it was an adventure.

TOM FERRIE: Do you have any criticism of the company?

MAIRI COULL: Of the crew, none at all. But somebody has to explain how a ferry that's done that crossing thousands of times ends up on a rock on a clear night. I want to know that before I put my grandchildren on it again.

TOM FERRIE: Have you heard from the company since?

MAIRI COULL: I got the refund and a letter offering £250. It's kind enough, but it's not really the point, is it?

[END OF TRANSCRIPT]
`;

/** h585: sources/parents_meeting_transcript_2025-09-01.md, whole. */
export const PARENTS_MEETING = `# Transcript: Public meeting on school transport

**Date:** Monday 1 September 2025, 7.00pm to 8.35pm
**Venue:** Kelsworth Methodist Church Hall, Market Street, Kelsworth
**Organised by:** Brackenfield High School Parent-Teacher Association
**Attendance:** About 140 parents and carers
**Transcribed by:** PTA secretary from an audio recording; lightly edited for readability

**Speakers:**
- HELEN MARSH — chair, Brackenfield High School PTA (chairing)
- CLLR DENISE ASHWORTH — cabinet member for children, education and families, North Brackenshire County Council
- MARK TILLOTSON — head of passenger transport, North Brackenshire County Council
- GRAHAM PELL — headteacher, Brackenfield High School
- SARAH OKONJO — parent, Lower Stainby (route B3)
- TOM HARDACRE — parent, Hebble Moor (route B5)
- CLLR RHYS MALLORY — Liberal Democrat councillor for Kelsworth South and opposition spokesperson for education

---

**HELEN MARSH:** Thank you all for coming at such short notice. We have the council here and Mr Pell, and I want as many of you as possible to get your questions in, so please keep them short. Councillor Ashworth, would you like to start?

**CLLR ASHWORTH:** Thank you, Helen. I'll be brief. On Thursday afternoon we were told that Pennock & Vale had gone into administration and would not be running any buses. That gave us less than a week before term. I am sorry. Nobody in this room should have had to spend the bank holiday — sorry, the last weekend of the holidays — working out how their child gets to school. From Wednesday, nine of the fourteen routes will run. For the other five, we are paying mileage, and children with an EHCP will have a taxi.

**MARK TILLOTSON:** If I can add the numbers. Of the 612 children who used these buses, 425 will have a bus on Wednesday. That leaves 187. Since this morning I can also tell you that Coldharbour Coaches have taken on four of the Pennock & Vale drivers, and we are hopeful about another route by next week.

**HELEN MARSH:** Let's go to the floor. Sarah.

**SARAH OKONJO:** My daughter is in Year 9 and she has autism. She's taken the same minibus for two years. On Saturday morning we got a text message telling us it won't turn up. A text message. Do you know what that does to a child like mine, two days before term?

**CLLR ASHWORTH:** I do understand, and I'm sorry it came by text. We wanted families to know as fast as possible.

**MARK TILLOTSON:** Mrs Okonjo, your daughter is one of the 23 children who will have a taxi. My colleague Karen rang every one of those families on Sunday evening with pick-up times.

**SARAH OKONJO:** She rang us at half past six on Sunday. The driver's a stranger. It's not the same, and you know it's not the same.

**HELEN MARSH:** Tom, you had your hand up.

**TOM HARDACRE:** We farm at Hebble Moor. It's eleven miles to Brackenfield. Two return trips a day, that's forty-four miles. Forty-five pence a mile doesn't cover it when I've got to be back to milk at half past six in the morning and again at four. So who's milking? I can't be in two places.

**MARK TILLOTSON:** The allowance is the national rate and it's meant to cover fuel and wear. I accept it doesn't solve the time problem.

**TOM HARDACRE:** It doesn't solve anything for us, frankly.

**CLLR MALLORY:** Can I come in, chair? This council knew on the twenty-first of August that drivers were leaving, and it sat on that for a week. Then the company asked for its money early on the Tuesday. Any business person in this room knows what that means.

**CLLR ASHWORTH:** With respect, Rhys, we were told on the twenty-first that two drivers had left and that they were being replaced. That is not the same thing as being told the company was going under.

**CLLR MALLORY:** And the early payment request?

**CLLR ASHWORTH:** That should have come to senior officers sooner than it did. I'm not going to pretend otherwise. That's one of the things the review will look at.

**HELEN MARSH:** What review?

**CLLR ASHWORTH:** I've asked the council's chief internal auditor, Fiona Braddock, to look at how this contract was let and how it was managed. She'll report by Friday 31 October, and the report will be public.

**CLLR MALLORY:** Pennock & Vale's bid was twelve per cent below the next lowest. Four bids, and we took the one that was far cheaper than everyone else. Was anybody asking how they'd pay their drivers?

**MARK TILLOTSON:** The tender was scored sixty per cent on quality and forty per cent on price. Pennock & Vale passed the financial checks in March. But yes, that's a fair question for the review.

**GRAHAM PELL:** Can I say something for the school? I know some of you will be late on Wednesday and Thursday, and that's fine. We'll open the doors at 7.45 and the library will stay open until 5pm for anyone waiting to be collected. For the first two weeks, nobody on the five routes will be marked as an unauthorised absence if they're late or can't get in. I'd rather have your children here late than have you taking risks on the roads.

**PARENT (unidentified):** When will it be fixed?

**CLLR ASHWORTH:** Our aim is that every route has a contracted operator by Monday the fifteenth of September. I'm not going to promise you a date I can't keep, but that is what we are working to, and we will not let cost get in the way.

**MARK TILLOTSON:** For context, the emergency arrangements cost about fourteen and a half thousand pounds a day, against under ten thousand under the old contract. We are paying that because we have to.

**SARAH OKONJO:** And who's paying for the review? Us, again.

**HELEN MARSH:** I think we'll have to leave it there. Thank you, everyone. The PTA will circulate the council's helpline number and Mr Pell's arrangements by email tonight.

*Meeting closed 8.35pm.*
`;
