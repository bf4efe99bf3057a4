/**
 * The forty-first round, fifth part: the false alarms shown as errors in the drafts written against 81d992c
 * (h392–h397: a chemical leak, an election recount, a cathedral roof appeal, a youth coach's ban, a hospital car
 * park's fees, an island ferry's breakdown). "Counting" / "inclusion", "sailing" / "departure"; "the largest single
 * gift in the charity's history" is a record, not a place in a table; "The Dean said" names whoever holds the post; a
 * table row's label is no word of the claim's subject; "had run out of milk" denies as "no milk left" does; a row named
 * only after "compared with" is the compared figures'. The fixtures are the helpers' sources, whole; the people, bodies
 * and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

const RECOUNT_DECLARATION = `# Kelsford Borough Council — Millbrook Ward By-Election

## Declaration of Result of Poll (following recount)

**Issued by:** Margaret Ellison, Returning Officer and Chief Executive, Kelsford Borough Council
**Place of count:** Kelsford Leisure Centre, Sports Hall 2, Station Road, Kelsford
**Date of poll:** Thursday 6 March 2025
**Date of declaration:** Saturday 8 March 2025, 4:47 pm

I, Margaret Ellison, being the Returning Officer at the by-election of a Councillor for the Millbrook Ward of Kelsford Borough Council held on Thursday 6 March 2025, do hereby give notice that the number of votes recorded for each candidate at the said election, following a full recount of all ballot papers, is as follows:

| Candidate | Description | Votes (first count) | Votes (recount) |
|---|---|---|---|
| ASHWORTH, Daniel Peter | Civic Forward Party | 1,352 | 1,409 |
| KAUR, Priya | Riverside Alliance | 1,346 | 1,415 |
| MORLEY, Susan Jane | Green Coalition | 620 | 687 |
| OKAFOR, Emeka | Independent | 219 | 231 |

**Total valid votes (first count):** 3,537
**Total valid votes (recount):** 3,742

### Rejected ballot papers

| Reason for rejection | Number |
|---|---|
| Want of official mark | 2 |
| Voting for more candidates than entitled | 11 |
| Writing or mark by which voter could be identified | 0 |
| Unmarked or void for uncertainty | 16 |
| **Total rejected (recount)** | **29** |

At the first count 22 ballot papers were rejected; the seven further rejected papers came from box 14.

**Electorate:** 11,380
**Ballot papers issued:** 3,771
**Turnout:** 33.1%

And I do hereby declare that **Priya KAUR** is duly elected as Councillor for the Millbrook Ward, with a majority of **6** votes.

## Notes of the Returning Officer

1. The first count was completed at 2:10 am on Friday 7 March 2025. It gave Daniel Ashworth a lead of six votes over Priya Kaur. The agent for Priya Kaur, Mr Rhys Bennett, requested a recount, which I granted.

2. During verification before the recount, the count team found that ballot box 14, from the polling station at St Aidan's Church Hall, Orchard Lane, had not been included in the first count. The box had been placed with empty postal vote trays and was not opened until 9:30 am on Friday 7 March. The seal on box 14 was intact and its number matched the seal record at the polling station. The ballot paper account for the box showed 212 papers issued; 212 papers were found in it.

3. The Civic Forward Party's election agent, Mrs Helen Carver, objected to the inclusion of box 14 on the ground that it had been out of sight of candidates' agents for about seven hours. I heard representations from all agents for 40 minutes. I was satisfied, on the evidence of the seal record and the CCTV log supplied by Kelsford Leisure Centre, that the box had remained in the locked storeroom throughout and had not been tampered with. I therefore ruled that the ballot papers in box 14 were to be counted.

4. The recount began at 11:15 am on Saturday 8 March and lasted about five and a half hours.

5. I have asked the Deputy Returning Officer, Mr Tom Halloran, to lead a review of how box 14 came to be missed. His report will go to the council's Audit and Standards Committee on Tuesday 25 March 2025.

6. Any challenge to this result must be made by way of an election petition to the High Court within 21 days of the declaration.

Statement of the Returning Officer:

> "I want to apologise to all four candidates and to the voters of Millbrook. A ballot box should never be left out of a count, and I take full responsibility for that. But every vote cast at St Aidan's was a lawful vote, and every one of them has now been counted."

Estimated cost of the recount and extra staffing: £8,600, to be met from the council's elections budget.

Signed: Margaret Ellison, Returning Officer
Kelsford Borough Council, Town Hall, Market Square, Kelsford KF1 2AB
`;

const CHAPTER_MINUTES = `# Hallowford Cathedral — Minutes of the Chapter

**Meeting held on Tuesday 14 January 2025 at 10.30am in the Chapter House, Hallowford Cathedral**

## Present

- The Very Revd Dr Miriam Ashcombe, Dean of Hallowford (in the chair)
- Canon David Okafor, Canon Treasurer
- Canon Ruth Ellery, Canon Precentor
- Mr Peter Lindqvist, Chapter Clerk
- Mrs Helen Marchbank, Surveyor of the Fabric (Marchbank Tate Architects), for item 3
- Mr Geoffrey Tull, Chair of the Friends of Hallowford Cathedral, for item 4

Apologies were received from Canon Simon Varley, Canon Missioner.

## 1. Opening prayer and minutes

The Dean opened the meeting with prayer. The minutes of the meeting of 10 December 2024 were approved as a correct record.

## 2. Matters arising

The Chapter Clerk reported that the temporary tarpaulins fitted over the north aisle of the nave in November had held through the storms of early January, but that water had again entered the south transept during the night of Thursday 9 January 2025. Buckets had been placed beneath the crossing and the Lady Chapel had been closed to visitors for two days.

## 3. Report of the Surveyor of the Fabric: nave and south transept roofs

Mrs Marchbank presented her quinquennial follow-up report. She said that the lead on the nave roof was last replaced in 1868 and had "reached the end of its life many years ago". Over the winter the cathedral's volunteer roof watchers had recorded 37 separate leak points, compared with 21 the previous winter.

A structural survey carried out in October 2024 had found active death-watch beetle in 14 of the 42 oak roof trusses over the nave, one third of the total. Two trusses above the fourth bay would need to be propped before any work could start on the lead.

Mrs Marchbank said: "If we do nothing, we will be replacing ceilings and memorials within five years, not lead. The roof is the cathedral's umbrella, and the umbrella has holes in it."

The Surveyor presented the following schedule of works and estimated costs, inclusive of VAT where not recoverable and of professional fees:

| Item | Description | Estimated cost |
|------|-------------|---------------:|
| 1 | Strip and recast nave roof lead (approx. 86 tonnes, 1,240 m²) | £1,860,000 |
| 2 | Repairs to oak roof trusses and treatment of beetle infestation | £640,000 |
| 3 | Re-roofing of south transept | £780,000 |
| 4 | Scaffolding and temporary roof over nave (18 months' hire) | £520,000 |
| 5 | Replacement of rainwater goods and gutters | £150,000 |
| 6 | Contingency | £250,000 |
| | **Total** | **£4,200,000** |

The Surveyor advised that the old lead would be recast on site and reused, which she estimated would save about £310,000 compared with buying new lead. The works are expected to take 18 months. The preferred contractor is Breckland Lead & Roofing Ltd of Swaffham, who had submitted the lowest of four compliant tenders.

The Chapter **resolved** unanimously to approve the schedule of works in principle, subject to funding, and to instruct the Surveyor to prepare the works for a start on site on Monday 2 June 2025.

## 4. Funding of the roof works

The Canon Treasurer presented a funding plan. The cathedral had applied in September 2024 to the National Heritage Buildings Fund for a grant of £1,750,000 and expected a decision in early February. The Chapter could commit £900,000 from its fabric reserve, which would leave the reserve at about £210,000. Canon Okafor said that he "would not be comfortable taking the reserve any lower than that".

Mr Tull reported that the trustees of the Friends of Hallowford Cathedral had agreed on Saturday 11 January to pledge £350,000, the largest single gift in the Friends' 74-year history.

| Source | Amount | Status |
|--------|-------:|--------|
| National Heritage Buildings Fund | £1,750,000 | Applied for |
| Chapter fabric reserve | £900,000 | Committed |
| Friends of Hallowford Cathedral | £350,000 | Pledged |
| Public appeal | £1,200,000 | To be raised |
| **Total** | **£4,200,000** | |

The Chapter **resolved** to launch a public appeal, to be called "Raise the Roof", with a target of £1,200,000, if the grant application was successful. The appeal would be led by Canon Ellery and would run until 31 December 2025.

The Dean said: "We are asking a great deal of a small city, but this building has been asked to shelter this city for eight hundred years. It is our turn to shelter it."

## 5. Any other business

The Canon Precentor reported that the choir would move to the quire for services while the nave was under scaffolding and that no services would be cancelled as a result of the works.

## 6. Date of next meeting

Tuesday 11 February 2025 at 10.30am.

The meeting closed with the Grace at 12.40pm.

*Signed as a correct record: Peter Lindqvist, Chapter Clerk*
`;

const DEAN_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Monday 10 February 2025
Place: South transept and roof void, Hallowford Cathedral
Interviewer: Anna Reyes, Hallowford Echo
Interviewees: The Very Revd Dr Miriam Ashcombe, Dean of Hallowford;
              Tomasz Kowal, head stonemason, Hallowford Cathedral Works Department
Recording: 31 minutes. Transcribed by Anna Reyes.

ANNA REYES: Dean, thank you for having me up here. How does it feel, four days after the grant?

MIRIAM ASHCOMBE: Relief, mostly. I'd been sleeping badly since Christmas. When Rachel Penhaligon rang on the Wednesday evening, the day before the announcement, I'm afraid I cried a little in the vestry.

ANNA REYES: The grant is one point seven five million. You still need one point two million from the public. Is that realistic in a city this size?

MIRIAM ASHCOMBE: It's ambitious. Hallowford has about sixty thousand people. But the Friends have already pledged three hundred and fifty thousand pounds, and the Chapter is putting in nine hundred thousand from our reserves. We are not asking the public to do this alone.

ANNA REYES: What happens if you don't reach the target?

MIRIAM ASHCOMBE: The Fund has given us until the end of March next year to find the rest. If we fall short, we would have to phase the work and do the south transept later. I don't want to do that, because the scaffolding alone costs over half a million pounds and you don't want to put it up twice.

ANNA REYES: Tomasz, you've worked on this roof for how long?

TOMASZ KOWAL: Nineteen years this spring. I came from Kraków in 2006 to work on the west front, and I never left.

ANNA REYES: Can you show me what the problem is?

TOMASZ KOWAL: Look here. This is the truss above the fourth bay. You see the little holes, like someone has used a pencil? That's death-watch beetle. You can hear them in April and May, tapping. The wood is soft like cake in places. Fourteen of the forty-two trusses have the beetle. Two of them we will prop before anything else happens.

ANNA REYES: And the lead?

TOMASZ KOWAL: The lead was put on in 1868. Lead should last maybe a hundred, a hundred and twenty years. This has had a hundred and fifty-seven. It creeps, it cracks, it splits at the joints. Last winter our volunteers counted thirty-seven leaks. The year before it was twenty-one.

ANNA REYES: What will you and your team do during the works?

TOMASZ KOWAL: The lead itself is the job of the contractor, Breckland. My team is four masons. We will repair the parapets and the pinnacles while the scaffolding is up, because it is the only time in a hundred years we can reach them cheaply. I think we will replace about sixty stones in the parapets.

MIRIAM ASHCOMBE: That stonework isn't in the four point two million, I should say. We're paying for it out of the works department's normal budget.

ANNA REYES: Tomasz, is there anything you're worried about?

TOMASZ KOWAL: The weather, always. And finding the lead is thinner than we think. But I am not worried about the oak. Oak is stubborn. "Medieval carpenters built these to last a thousand years, and if we are kind to them, they will."

ANNA REYES: Dean, when does the appeal start?

MIRIAM ASHCOMBE: Saturday the first of March, St David's Day, with an open day. People can come up into the roof void in small groups, twelve at a time, with Tomasz and our guides. We'll also be selling "sponsor a slate" — well, sponsor a square of lead — at fifty pounds a square.

ANNA REYES: And the cathedral stays open throughout?

MIRIAM ASHCOMBE: Throughout. The nave will be partly closed while the scaffolding is up, and the choir will sing in the quire, but not a single service will be cancelled. I promised the Bishop that.

ANNA REYES: Last question. Why should someone who never comes to church give money?

MIRIAM ASHCOMBE: Because it's theirs. It's the oldest building in the city. Their great-grandparents were married here, or sheltered here in the war. "A cathedral doesn't belong to the clergy. We're only the caretakers."

ANNA REYES: Thank you both.

[END OF RECORDING]
`;

const FERRY_LOG = `# Carrick Sound Ferries Ltd — Vessel Incident Log

**Vessel:** MV Gannet Star (IMO 9184402)
**Route:** Port Ardmore (Isle of Skerra) – Kilbraddan (mainland)
**Log reference:** CSF-IL-2025-117
**Compiled by:** Martin Oduya, Fleet Superintendent
**Reviewed by:** Fiona Gallacher, Operations Director
**Status:** Closed — Monday 20 October 2025, 09:10

---

## 1. Summary of incident

At 07:41 on Tuesday 14 October 2025, approximately eleven minutes after the scheduled 07:30 departure from Port Ardmore to Kilbraddan, the bridge of MV Gannet Star received a high-temperature alarm from the port main engine reduction gearbox. Drive on the port shaft was lost at 07:42. The Master, Captain Ewan MacRury, informed the coastguard and elected to return to Port Ardmore on the starboard engine alone. The vessel berthed safely at 08:15.

There were 143 passengers and 31 vehicles on board, including two livestock trailers and one fuel tanker. No injuries were reported. All passengers and vehicles were disembarked by 08:50.

Master's remarks, entered at 09:05:

> "The gearbox temperature alarm sounded at 07:41 and we lost drive on the port shaft within a minute. Returning on one engine in a moderate south-westerly was the safe call."

## 2. Technical findings

Initial inspection by the ship's Chief Engineer, Kirsty Baillie, on Tuesday 14 October found a failed main bearing in the port reduction gearbox, with metal debris in the lubricating oil. The gearbox manufacturer, Vandermeer Marine BV of Rotterdam, confirmed on Wednesday 15 October that a replacement bearing assembly was held in stock and could be shipped by road and sea freight, arriving at Kilbraddan on Saturday 18 October.

Fitting took place overnight on Saturday 18 October into Sunday 19 October. Sea trials were completed successfully on Sunday 19 October between 13:00 and 16:30. The vessel's certificate was confirmed by the classification surveyor the same evening.

Chief Engineer's note:

> "The bearing had done just under 19,000 running hours against a recommended overhaul interval of 20,000. It was not overdue, but it was close."

Estimated cost of parts, freight, specialist labour and surveyor's attendance: **£186,000** (parts £97,500; freight £14,200; labour £61,300; survey £13,000).

## 3. Relief vessel

The relief vessel MV Kittiwake was released from the Carrick Sound Ferries secondary route (Kilbraddan – Inchmurran) and arrived at Kilbraddan at 21:30 on Wednesday 15 October. She operated a reduced timetable on the Skerra route from Thursday 16 October to Sunday 19 October inclusive.

| Vessel | Passenger capacity | Car capacity | Crossing time |
|---|---|---|---|
| MV Gannet Star | 290 | 44 | 55 minutes |
| MV Kittiwake | 96 | 12 | 80 minutes |

The Inchmurran route was served by a chartered passenger-only water taxi during this period.

## 4. Sailings cancelled by day

The table counts single crossings in either direction on the Skerra route.

| Day | Date | Scheduled | Operated | Aborted | Cancelled |
|---|---|---|---|---|---|
| Tuesday | 14 Oct 2025 | 8 | 0 | 1 | 7 |
| Wednesday | 15 Oct 2025 | 8 | 0 | 0 | 8 |
| Thursday | 16 Oct 2025 | 8 | 4 | 0 | 4 |
| Friday | 17 Oct 2025 | 8 | 4 | 0 | 4 |
| Saturday | 18 Oct 2025 | 6 | 4 | 0 | 2 |
| Sunday | 19 Oct 2025 | 4 | 2 | 0 | 2 |
| **Total** | | **42** | **14** | **1** | **27** |

27 of 42 scheduled crossings (64%) were cancelled. Wednesday 15 October was the only full day with no crossings at all.

## 5. Passengers and bookings

- Bookings affected (cancelled or moved): 1,152
- Refunds issued by Monday 20 October: 684
- Bookings transferred to MV Kittiwake: 468
- Priority places reserved on MV Kittiwake each crossing for medical appointments and essential freight: 10 passengers and 3 vehicles

## 6. Return to service

MV Gannet Star returned to service with the 06:45 departure from Port Ardmore on Monday 20 October 2025. The full timetable was operated that day. MV Kittiwake returned to the Inchmurran route on Tuesday 21 October.

Operations Director's closing note:

> "We are sorry for the disruption islanders have had to endure this week. The bearing arrived on Saturday and the Gannet Star was back on her first run on Monday morning."

— M. Oduya, Fleet Superintendent
`;

const ISLAND_COUNCIL = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Skerra Island Council — Statement on ferry disruption</title>
</head>
<body>
<header>
<h1>Skerra Island Council</h1>
<p>Council Offices, Harbour Street, Port Ardmore, Isle of Skerra</p>
</header>
<main>
<h2>Statement on the breakdown of MV Gannet Star</h2>
<p><em>Issued Wednesday 15 October 2025, 16:00</em></p>

<p>Skerra Island Council held an emergency meeting this morning following the breakdown of the MV Gannet Star, the only vehicle ferry serving the island, on Tuesday 14 October. The meeting was chaired by the Council Convener, Councillor Morag Lindqvist, and attended by the Chief Executive, Alasdair Pryce, the island's GP practice, the harbourmaster and representatives of Carrick Sound Ferries Ltd.</p>

<p>The island has a population of approximately 1,840 people and depends on the ferry for food, fuel, medicines and hospital appointments on the mainland. The council has been told that no vehicle crossings will be possible until a relief vessel arrives on Thursday 16 October, and that the relief vessel, MV Kittiwake, carries fewer than a third of the Gannet Star's passengers.</p>

<p>Councillor Lindqvist said: <q>Once again our community has been cut off because there is no spare vessel. Islanders are not asking for luxury; they are asking to get to hospital and to keep food on the shelves.</q></p>

<h3>Emergency measures agreed</h3>
<p>The council has agreed the following measures, at a combined cost of up to £58,500, to be met from council reserves:</p>

<table>
<thead>
<tr><th>Measure</th><th>Detail</th><th>Budget</th></tr>
</thead>
<tbody>
<tr><td>Hardship fund</td><td>Grants of up to £250 per household for lost wages and extra travel costs</td><td>£40,000</td></tr>
<tr><td>Emergency freight</td><td>Charter of the fishing vessel <i>Brighter Dawn</i> for two supply runs of food and medicines from Kilbraddan</td><td>£12,000</td></tr>
<tr><td>Medical transport</td><td>Taxi and accommodation costs for patients with mainland appointments</td><td>£6,500</td></tr>
</tbody>
</table>

<p>The island's GP practice has confirmed that three patients were transferred to Kilbraddan General Hospital by air ambulance on Tuesday 14 October. The Scottish Ambulance Service has been asked to keep its helicopter available for urgent cases.</p>

<p>The 38 secondary pupils who board on the mainland during the week will remain on the island until ferry services resume. The island primary school, with 121 pupils, remains open.</p>

<h3>Call for a second vessel</h3>
<p>The council notes that this is the third major failure of the MV Gannet Star in two years, following a 6-day outage in March 2024 and a 4-day outage in August 2025. The Gannet Star entered service in 1998.</p>

<p>The council has written to the Northern Routes Authority, which owns the vessel and awards the ferry contract, asking it to station a second vessel on the Skerra route from April 2026 and to bring forward the replacement ship, currently due in 2028.</p>

<p>Chief Executive Alasdair Pryce said: <q>We will be asking the Northern Routes Authority for a full account of why this vessel keeps failing, and for compensation for island businesses.</q></p>

<p>The council will hold a public meeting in the Port Ardmore Village Hall at 19:00 on Thursday 23 October 2025.</p>

<p>Media enquiries: communications@skerra-council.example</p>
</main>
</body>
</html>
`;

const SHOP_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Friday 17 October 2025
Location: Ferrier's Stores, Harbour Street, Port Ardmore, Isle of Skerra (first part); telephone (second part)
Interviewer: Niamh Carden, reporter, The Skerra Herald
Interviewees: Duncan Ferrier, owner, Ferrier's Stores; Fiona Gallacher, Operations Director, Carrick Sound Ferries Ltd
Recording: 2 files, 14 min 20 s and 11 min 05 s

--- PART 1: Duncan Ferrier, in person, 10:15 ---

NIAMH CARDEN: Duncan, thanks for making time. How have the last few days been for the shop?

DUNCAN FERRIER: Pretty grim, to be honest. Our fresh delivery comes over on the Tuesday lorry, and that lorry was on the Gannet Star when she turned back. So we never got it. By Wednesday lunchtime there was no milk left in the shop, no bread by Wednesday evening.

NIAMH CARDEN: What did you lose?

DUNCAN FERRIER: The lorry went back to the wholesaler in Kilbraddan, and a lot of the chilled stock on it was past its date by the time it could come over again. I reckon about £3,200 of perishable stock written off, between us and the wholesaler arguing about whose loss it is.

NIAMH CARDEN: And sales?

DUNCAN FERRIER: Takings are down about 40 per cent on a normal October week. People can't buy what we haven't got. I've got two part-time staff, and I had to cut their hours on Wednesday and Thursday.

NIAMH CARDEN: Did the council's fishing boat help?

DUNCAN FERRIER: The Brighter Dawn came in yesterday, Thursday, with milk, bread and the pharmacy order. That was a lifeline, honestly. But it's a fishing boat. You can't run an island on a fishing boat.

NIAMH CARDEN: What would you say to the ferry company?

DUNCAN FERRIER: I'd say this isn't the first time. March last year she was off for six days. This summer, four days. Every time it's "unforeseen". It's not unforeseen if it happens every year.

NIAMH CARDEN: Will you apply to the hardship fund?

DUNCAN FERRIER: The council fund is for households, not businesses, so no. I want to see compensation for businesses, and I'll be saying so at the public meeting next Thursday.

--- PART 2: Fiona Gallacher, by telephone, 14:30 ---

NIAMH CARDEN: Fiona Gallacher, thank you for speaking to the Herald. What is the latest on the Gannet Star?

FIONA GALLACHER: The replacement bearing assembly is on its way from Vandermeer Marine in Rotterdam and we expect it at Kilbraddan tomorrow, Saturday. Our engineers will fit it overnight, and if the sea trials on Sunday go well, the Gannet Star will be back on the 06:45 from Port Ardmore on Monday.

NIAMH CARDEN: Islanders say this keeps happening. Is the vessel simply too old?

FIONA GALLACHER: She is 27 years old, and she works very hard. But this bearing was not overdue for overhaul. It had run just under 19,000 hours against an interval of 20,000. We maintain her to the manufacturer's schedule.

NIAMH CARDEN: Why was there no vessel at all on Wednesday?

FIONA GALLACHER: The Kittiwake was on the Inchmurran run and we had to arrange a water taxi to cover Inchmurran before we could release her. She got to Kilbraddan on Wednesday night and started on Skerra on Thursday morning.

NIAMH CARDEN: The Kittiwake carries far fewer people. How are you deciding who gets on?

FIONA GALLACHER: We've reserved ten passenger places and three vehicle spaces on every Kittiwake crossing for medical appointments and essential freight. Everyone else is first come, first served, and we've moved 468 bookings onto her so far.

NIAMH CARDEN: What about compensation?

FIONA GALLACHER: Every passenger whose sailing was cancelled gets a full refund. Business compensation is a matter for the Northern Routes Authority under the contract, not for us. I know that's not what people want to hear.

NIAMH CARDEN: What would you say to islanders?

FIONA GALLACHER: I'm sorry. I know this has been a really hard week for people on Skerra. What the route needs is a second vessel, and we would welcome one.

NIAMH CARDEN: Thank you.

[END OF TRANSCRIPT]
`;

describe('the forty-first round: the drafts h392–h397, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"counting" / "inclusion" and "sailing" / "departure" are said for each other', async () => {
    const recount = judgeWith(await workspaceIndex({ 'sources/declaration.md': RECOUNT_DECLARATION }))("Helen Carver, Civic Forward's election agent, objected to counting the box because it had been out of agents' sight for around seven hours.");
    assert.ok(!recount.conflicts.some((c) => c.claim === 'counting'), why(recount));
    const log = judgeWith(await workspaceIndex({ 'sources/incident_log_gannet_star.md': FERRY_LOG }));
    const sailing = log('The Gannet Star returned to service with the 06:45 sailing from Port Ardmore on Monday 20 October.');
    assert.notEqual(sailing.verdict, 'contradicted', why(sailing));
    const later = log('The Gannet Star returned to service with the 06:45 sailing from Port Ardmore on Tuesday 21 October.');
    assert.equal(later.verdict, 'contradicted', why(later));
    const kittiwake = log('She can carry 96 passengers and 12 cars, compared with 290 passengers and 44 cars on the Gannet Star.');
    assert.notEqual(kittiwake.verdict, 'contradicted', why(kittiwake));
  });

  test('a figure a row gives under a label of the claim\'s word is no coincidence (the forty-second round)', async () => {
    const declaration = judgeWith(await workspaceIndex({ 'sources/declaration.md': RECOUNT_DECLARATION }));
    const rejected = declaration('Turnout was 33.1 per cent of an electorate of 11,380, and 29 ballot papers were rejected.');
    assert.notEqual(rejected.verdict, 'contradicted', why(rejected));
    const more = declaration('Turnout was 33.1 per cent of an electorate of 11,380, and 31 ballot papers were rejected.');
    assert.equal(more.verdict, 'contradicted', why(more));
  });

  test('a record of the charity\'s own history; "The Dean said" names whoever holds the post', async () => {
    const minutes = judgeWith(await workspaceIndex({ 'sources/chapter_minutes_2025-01-14.md': CHAPTER_MINUTES }))("The Friends of Hallowford Cathedral have pledged £350,000, the largest single gift in the charity's 74-year history.");
    assert.notEqual(minutes.verdict, 'contradicted', why(minutes));
    const files = { 'sources/interview_dean_mason_2025-02-10.txt': DEAN_INTERVIEW };
    assert.deepEqual(await misattributions(files, 'The Dean said services would continue throughout the works, with the choir singing in the quire.'), []);
  });

  test('a table row\'s label is no word of the subject; "had run out of milk" is "no milk left"', async () => {
    const council = judgeWith(await workspaceIndex({ 'sources/council_statement.html': ISLAND_COUNCIL }))('The council also chartered the fishing vessel Brighter Dawn for two supply runs of food and medicines from Kilbraddan.');
    assert.ok(!council.conflicts.some((c) => c.claim === 'council'), why(council));
    const shop = judgeWith(await workspaceIndex({ 'sources/interview_transcript.txt': SHOP_INTERVIEW }));
    const milk = shop('By Wednesday lunchtime the shop had run out of milk, and by that evening there was no bread.');
    assert.ok(!milk.conflicts.some((c) => c.kind === 'negation'), why(milk));
    const stocked = shop('By Wednesday lunchtime the shop still had milk, and by that evening there was still bread.');
    assert.equal(stocked.verdict, 'contradicted', why(stocked));
  });
});
