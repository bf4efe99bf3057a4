/**
 * The forty-second round, third part: the false alarms shown as errors in the drafts written against 4df12f5
 * (h410–h415: library closures, a train operator's cuts, a moorland wildfire, a GP surgery's list closure, a
 * festival's cancellation, a university's recruitment shortfall). "Ten minutes after midnight" is 00:10; "14
 * Harrowfield Road" is a house's number; a post's field is no body ("Director of Primary Care"); "Students' Union" and
 * "Students'" are one word; "returned" / "refunded"; a row named by the first words of its cell of words. The fixtures
 * are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

const FIRE_REPORT = `# Northmoor Fire and Rescue Service — Post-Incident Summary Report

**Incident:** Wildfire, Brackenrigg Moor, near Keldholme
**Incident number:** NFRS/2025/04/1187
**Report prepared by:** Station Manager Priya Castell, Wildfire Tactical Adviser
**Approved by:** Area Manager Tom Reddaway, Head of Response
**Date of report:** Thursday 17 April 2025

## 1. Summary

At 14:37 on Saturday 12 April 2025, Northmoor Fire and Rescue Service (NFRS) Control received the first of 19 emergency calls reporting smoke and flames on Brackenrigg Moor, approximately 1.5 km north-west of Keldholme Crag car park. The first appliance, from Keldholme on-call station, arrived at 14:58.

The fire spread rapidly in dry conditions, driven by a south-easterly wind of 25 to 30 mph. By 18:00 on Saturday the fire front was estimated at 1.2 km. The incident was declared a major wildfire incident at 16:20 on Saturday, and Group Manager Helen Oduya took over as incident commander at 16:45.

The fire was declared under control at 19:15 on Tuesday 15 April 2025, just over 76 hours after the first call. The stop message was sent at 11:40 on Wednesday 16 April. Crews continued to monitor the site for hotspots until Friday 18 April.

The final burned area, mapped by drone survey on Wednesday 16 April, is 386 hectares. Of this, about 62% was blanket bog and the remainder was dry heather moorland and grassland.

## 2. Resources deployed

Crews from six NFRS resources attended over the course of the incident. At the peak of the operation, on the afternoon of Sunday 13 April, 10 appliances and 52 firefighters were on scene at the same time.

| Station / unit | Type | Appliances | Firefighters | Hours committed |
|---|---|---|---|---|
| Keldholme | On-call | 2 | 11 | 68 |
| Scarrow | On-call | 1 | 6 | 52 |
| Hexley | Wholetime | 3 | 18 | 61 |
| Brampton Ford | On-call | 2 | 12 | 44 |
| Aldstone | Day-crewed | 2 | 10 | 37 |
| Wildfire Unit (Hexley) | Specialist | 2 | 8 | 70 |
| **Total** | | **12** | **65** | **332** |

In addition, NFRS contracted one water-dropping helicopter from Skyline Aerial Services, which flew on Sunday 13 and Monday 14 April and made 41 water drops, drawing from Scarrow Reservoir. The helicopter contract cost £38,000.

Staff from the Harrowdale National Park Authority ranger service and from the Brackenrigg Estate assisted with all-terrain vehicles, leaf blowers and fire beaters. Estate staff cut approximately 3.2 km of firebreaks using tractor-mounted flails on Sunday night.

## 3. Public safety

The B6419 between Keldholme and Scarrow was closed by Northmoor Police at 17:05 on Saturday and reopened at 00:10 on Monday 14 April, a closure of 31 hours.

At 21:30 on Sunday 13 April, as a precaution, 23 residents of 9 properties at Scarrow Bottom were asked to leave their homes when the fire came within 600 metres of the hamlet. All were able to return at 08:00 on Monday 14 April after the wind changed direction. A rest centre was opened at Keldholme Village Hall.

One firefighter was treated at the scene for heat exhaustion on Sunday and did not require hospital treatment. There were no other injuries.

## 4. Cause

The fire investigation team, led by Watch Manager Gareth Nolan, identified the area of origin as a picnic spot about 200 metres from the Keldholme Crag car park footpath. The remains of a disposable barbecue were found at the point of origin. The most likely cause is recorded as accidental ignition from a disposable barbecue. The investigation found no evidence of deliberate fire-setting.

## 5. Cost

The estimated cost to NFRS of the response, including staff overtime, the helicopter contract, fuel and equipment damage, is £212,000. This does not include costs borne by partner agencies or landowners.

## 6. Commander's comments

Group Manager Helen Oduya said: "This was the largest fire our service has dealt with on open moorland since 2018, and the crews worked in punishing conditions for four days. The support from the estate and the park rangers made a real difference on Sunday night."

Area Manager Tom Reddaway added: "One careless moment with a disposable barbecue has cost this moor decades of recovery. We are asking people, once again, to leave barbecues at home when they visit the uplands."

## 7. Recommendations

1. NFRS to review the supply of water points on Brackenrigg Moor with the landowner before 30 June 2025.
2. Wildfire Unit to deliver joint training with estate staff and park rangers in the autumn.
3. NFRS to support the national park authority's proposal for a ban on disposable barbecues on open access land.
`;

const ICB_PAPER = `# Lower Severn Vale Integrated Care Board

## Primary Care Commissioning Committee — meeting held in public

**Date of meeting:** Tuesday 4 March 2025
**Agenda item:** 7
**Title:** Harrowfield Medical Practice, Kettlebridge: contract termination and list dispersal
**Author:** Deborah Okafor, Director of Primary Care
**Presented by:** Martin Hale, Associate Director of Primary Care Contracting
**Committee chair:** Professor Helen Strand, Non-executive Member
**Purpose:** For decision

---

### 1. Summary

1.1 On Thursday 19 December 2024 the partners of Harrowfield Medical Practice, 14 Harrowfield Road, Kettlebridge, gave the ICB six months' notice that they will end their General Medical Services (GMS) contract on 30 June 2025.

1.2 At 1 February 2025 the practice had a registered list of 8,412 patients.

1.3 Having considered the options set out in section 4, officers recommend that the committee approves a managed dispersal of the registered list to four neighbouring practices, supported by a one-off financial package of £337,360.

1.4 In her covering note to the committee, the Director of Primary Care said: "We have explored every route to keep a practice on the Harrowfield site, and none of them is viable. Our duty now is to make sure that every one of these 8,412 patients has a safe landing place."

### 2. Background

2.1 Harrowfield Medical Practice opened in 1978. In 2021 it had four GP partners; following two retirements it now has two: Dr Alan Whitcombe, senior partner, who will retire on 30 June 2025 after 31 years at the practice, and Dr Priya Raman.

2.2 The practice advertised for a new GP partner five times over the past 18 months. No applications were received for any of the partner posts.

2.3 Reliance on locum cover has grown. Locum spend rose from £212,000 in 2022/23 to £298,000 in 2023/24, an increase of 41%.

2.4 The practice operates from a building leased from Kettlebridge Estates Ltd. The lease, at a rent of £46,000 a year, expires in September 2025.

### 3. Patient profile

3.1 Of the 8,412 registered patients, 1,146 are aged 75 or over.

3.2 The practice holds a register of 214 housebound patients, each of whom will receive a handover to a named clinician at the receiving practice.

3.3 The practice provides GP cover to 38 residents of Willow Court care home. Cover for Willow Court will pass in full to Market Street Medical Centre.

### 4. Options considered

| Option | Description | Outcome |
|---|---|---|
| A | Caretaker contract | Rejected: no provider came forward to act as caretaker |
| B | Procurement of a new contract | Rejected: a market engagement exercise in January 2025 received zero expressions of interest |
| C | Merger with Brookside Surgery | Rejected: Brookside Surgery declined because of premises constraints at its Mill Lane site |
| D | Managed list dispersal | **Recommended** |

### 5. Receiving practices

Patients will be allocated according to their home postcode. Patients remain free to register with any practice whose boundary covers their address.

| Practice | Distance from Harrowfield | Current list (1 Feb 2025) | Patients to be allocated | List after dispersal | Growth |
|---|---|---|---|---|---|
| Brookside Surgery | 2.3 miles | 6,950 | 3,100 | 10,050 | 44.6% |
| Market Street Medical Centre | 1.1 miles | 11,200 | 2,600 | 13,800 | 23.2% |
| Orchard Lane Health Centre | 3.4 miles | 9,480 | 1,900 | 11,380 | 20.0% |
| Fenwick Road Surgery | 1.8 miles | 4,300 | 812 | 5,112 | 18.9% |
| **Total** | | **31,930** | **8,412** | **40,342** | |

### 6. Financial implications

6.1 Each receiving practice will receive a one-off payment of £30 per transferred patient, a total of £252,360.

6.2 A further £85,000 will fund additional clinical sessions for 12 months at Market Street Medical Centre and Brookside Surgery.

6.3 The total cost of the support package is therefore £337,360, to be met from the ICB's primary care delegated budget for 2025/26.

### 7. Timetable

| Date | Milestone |
|---|---|
| Monday 14 April 2025 | Letters sent to all registered patients |
| Saturday 31 May 2025 | Deadline for patients to register with a practice of their choice |
| Monday 2 June 2025 | Patients not yet registered allocated automatically by postcode |
| Monday 30 June 2025 | Harrowfield Medical Practice closes |

### 8. Engagement

8.1 The ICB met the Harrowfield Patient Participation Group on Wednesday 26 February 2025. A patient information line will open on 14 April and run until 31 July 2025.

8.2 Professor Helen Strand, committee chair, asked that "the committee receives a report on how many patients have re-registered by the end of May, broken down by receiving practice."

### 9. Recommendation

The committee is asked to APPROVE option D, the managed dispersal of the Harrowfield Medical Practice list, and the associated support package of £337,360.
`;

const FESTIVAL_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Statement: Larkmoor Fields Festival 2024 will not go ahead | Northvale Live</title>
</head>
<body>
<header>
  <p class="org">Northvale Live Ltd &ndash; Press Office</p>
  <p class="date">For immediate release: Thursday 18 July 2024, 14:00</p>
</header>
<article>
<h1>Larkmoor Fields Festival 2024 will not go ahead</h1>

<p>Northvale Live Ltd, the organiser of the Larkmoor Fields Festival, announces with deep regret that this year's festival, due to take place at Larkmoor Fields, off Marsh Lane, Brackenford, from Friday 26 July to Sunday 28 July 2024, has been cancelled.</p>

<p>The decision follows the hearing of Brackenford District Council's Licensing Sub-Committee on Tuesday 16 July 2024, which reviewed the festival's premises licence and attached a number of new conditions to it. Northvale Live respects the role of the council and the police, but after two days of intensive work the company has concluded that it cannot meet those conditions in the time available.</p>

<p>In particular, the sub-committee reduced the maximum capacity of the site from 15,000 to 12,000. With 14,200 tickets already sold, this would have meant cancelling 2,200 tickets held by people who had bought them in good faith, many of them months ago. The sub-committee also required the company to appoint an independent safety adviser, approved by the council's Safety Advisory Group, by 17:00 on Friday 19 July. Northvale Live approached three specialist event-safety consultancies on Wednesday 17 July. All three declined to take on an event of this size at nine days' notice.</p>

<p>Imogen Thackray, Festival Director, said: "We are heartbroken. Larkmoor Fields has been part of this valley for eleven summers, and we did everything we could to save this year's event. I am so sorry to every fan, artist, trader and crew member who was looking forward to it."</p>

<h2>Refunds</h2>

<p>Daniel Okafor, Chief Operating Officer, said: "Every ticket holder will get their money back. Nobody needs to contact us or their bank. Refunds will go automatically to the card used to buy the ticket."</p>

<p>All refunds will be processed by our ticketing partner, TicketHarbour, starting on Friday 19 July 2024. Ticket holders should receive their money within 30 days, that is by Saturday 17 August 2024 at the latest. Booking fees (&pound;6.50 per order) will also be refunded in full.</p>

<table border="1">
  <caption>Tickets sold and refunds due</caption>
  <thead>
    <tr><th>Ticket type</th><th>Face value</th><th>Sold</th><th>Refund due</th></tr>
  </thead>
  <tbody>
    <tr><td>Weekend (Fri&ndash;Sun, with camping)</td><td>&pound;145</td><td>9,800</td><td>&pound;1,421,000</td></tr>
    <tr><td>Day ticket</td><td>&pound;62</td><td>4,400</td><td>&pound;272,800</td></tr>
    <tr><td>Campervan pass (add-on)</td><td>&pound;40</td><td>610</td><td>&pound;24,400</td></tr>
    <tr><td><strong>Total</strong></td><td></td><td>14,200 tickets + 610 passes</td><td><strong>&pound;1,718,200</strong></td></tr>
  </tbody>
</table>

<p>In total Northvale Live will return around &pound;1.72 million to ticket holders, plus booking fees.</p>

<h2>Traders, artists and crew</h2>

<p>The 86 food, drink and craft traders booked for 2024 will receive 50% of their pitch fees back by Monday 30 September 2024. Pitch fees this year ranged from &pound;850 to &pound;2,400. Our production team is contacting all 41 booked artists and the 340 staff and crew contracted for the event directly.</p>

<h2>The future</h2>

<p>Northvale Live intends to bring the Larkmoor Fields Festival back in 2025, subject to licensing, and will work with Brackenford District Council, Vale Constabulary and local residents to do so.</p>

<p class="contact">Media enquiries: press@northvalelive.example &middot; 01632 960 418</p>
</article>
</body>
</html>
`;

const LICENSING_MINUTES = `# Brackenford District Council — Licensing Sub-Committee

**Minutes of the meeting held on Tuesday 16 July 2024 at 10:00, Council Chamber, Brackenford Town Hall**

**Present (Members):** Councillor Margaret Ellison (Chair), Councillor Rajesh Pillai, Councillor Tom Whitcombe

**Officers:** Sarah Denholm (Senior Licensing Officer), Priya Nand (Legal Adviser to the Sub-Committee), Alan Petrie (Environmental Health Officer), Lorna Fitch (Democratic Services Officer)

**Also present:** Inspector Gareth Lowe (Licensing Inspector, Vale Constabulary); Imogen Thackray (Festival Director, Northvale Live Ltd); Daniel Okafor (Chief Operating Officer, Northvale Live Ltd); 14 members of the public

---

## 1. Apologies and declarations of interest

None received. Councillor Pillai stated, for transparency, that he had attended the 2022 festival as a paying customer. The Legal Adviser confirmed this was not a disqualifying interest.

## 2. Review of premises licence PL/2019/0457 — Larkmoor Fields, Marsh Lane, Brackenford

2.1 The Sub-Committee considered an application for a review of the premises licence held by Northvale Live Ltd for the Larkmoor Fields Festival. The application was made by Vale Constabulary on 3 June 2024 on the grounds of public safety and the prevention of public nuisance. Representations in support of the review were received from the council's Environmental Health service and from 23 local residents.

2.2 The Senior Licensing Officer, Sarah Denholm, introduced the report. She explained that the 2023 festival had taken place from Friday 28 July to Sunday 30 July 2023 with an attendance of approximately 14,600, and that officers had identified four breaches of the existing licence conditions. These are summarised below.

### Table 1: Compliance with licence conditions, 2023 festival

| Condition | Requirement | 2023 finding | Status |
|---|---|---|---|
| Noise | 65 dB(A) (15-minute average) at Marsh Lane monitoring point | Exceeded on 4 occasions; maximum 71 dB(A) on Saturday 29 July | Breach |
| Stewarding | At least 1 steward per 100 attendees | 1 steward per 140 attendees at peak (Saturday evening) | Breach |
| Drinking water | 40 free drinking-water points | 26 working across the weekend | Breach |
| Music curfew | Amplified music to end by 23:00 | Last act ended at 23:24 on Sunday 30 July | Breach |
| Medical cover | One ambulance and a medical tent on site throughout | Provided | Complied |

2.3 Inspector Lowe addressed the Sub-Committee on behalf of Vale Constabulary. He described the main gate on Saturday 29 July 2023 as "overwhelmed" and said: "On the Saturday night we had people climbing the perimeter fence because the queues at the gate were over an hour long." He reported that officers had made 9 arrests over the 2023 weekend, compared with 4 in 2022.

2.4 Alan Petrie, Environmental Health Officer, reported that the council had received 57 noise complaints over the 2023 weekend, up from 31 in 2022.

2.5 Ms Thackray responded on behalf of the licence holder. She said the company accepted that "the gate on the Saturday was not good enough" and had invested £180,000 in new fencing, additional entry lanes and a second site entrance for 2024. Mr Okafor told the Sub-Committee that 14,200 tickets had already been sold for the 2024 event and asked Members not to reduce capacity.

2.6 The Sub-Committee retired to deliberate at 12:10 and returned at 13:35.

## 3. Decision

3.1 The Sub-Committee resolved, by two votes to one, not to revoke or suspend the licence but to modify its conditions as set out in Table 2. Councillor Whitcombe voted against, stating that he would have preferred to suspend the licence for the 2024 season.

### Table 2: Modified conditions, effective immediately

| No. | Condition | Deadline |
|---|---|---|
| 1 | Maximum capacity reduced from 15,000 to 12,000 persons (including staff) | Immediate |
| 2 | Music curfew brought forward from 23:00 to 22:30 | Immediate |
| 3 | Minimum 1 steward per 100 attendees, with a named head of security | Before event |
| 4 | Independent safety adviser to be appointed and approved by the Safety Advisory Group | 17:00, Friday 19 July 2024 |
| 5 | Revised event management plan to be submitted to the Licensing Authority | 17:00, Friday 19 July 2024 |
| 6 | Noise limit at the Marsh Lane monitoring point reduced to 63 dB(A) | Immediate |

3.2 Announcing the decision, the Chair said: "This committee has not taken this decision lightly, but the safety of the public has to come first. The licence holder has been given a clear set of conditions and a clear deadline."

3.3 The Legal Adviser reminded the parties of the right of appeal to the magistrates' court within 21 days of written notification of the decision.

The meeting closed at 13:52.

*Signed: Councillor Margaret Ellison, Chair*
`;

const UNIVERSITY_INTERVIEW = `KESTLEFORD EVENING POST — INTERVIEW TRANSCRIPT
Date: Tuesday 26 November 2024
Location: Vice-Chancellor's Office, Palethorpe Building, Harlowe University, Kestleford campus (Part 1); Students' Union building, Kestleford campus (Part 2)
Interviewer: Lucy Hambleton, education correspondent, Kestleford Evening Post
Interviewees: Professor Miriam Achterberg, Vice-Chancellor, Harlowe University (Part 1); Kwame Asante, International Students' Officer, Harlowe Students' Union (Part 2)
Recorded and transcribed by: Lucy Hambleton
Duration: Part 1, 24 minutes; Part 2, 17 minutes

--- PART 1 ---

HAMBLETON: Thank you for seeing me, Vice-Chancellor. Let's start with the numbers. You expected 2,400 new international postgraduates this September and you got 1,512. What went wrong?

ACHTERBERG: The honest answer is that the ground moved under the whole sector. When the Government stopped most taught postgraduates bringing their families, applications from Nigeria and India fell off a cliff. We were not alone in that. But I accept we set a target that, with hindsight, was too ambitious.

HAMBLETON: Who set the target?

ACHTERBERG: The Executive Board proposed it and Council approved it in July. I chair the Executive Board, so the responsibility is mine.

HAMBLETON: The staff union says staff are paying for management's mistakes. Up to 180 posts could go.

ACHTERBERG: I understand the anger. But I want to be clear: this is a voluntary scheme. Nobody is being made redundant today. I would much rather people choose to go on decent terms than we end up in a position where we have no choice.

HAMBLETON: Will you give the union the guarantee it wants, no compulsory redundancies?

ACHTERBERG: I can't give a guarantee I might not be able to keep. What I can say is that compulsory redundancies are a last resort and we will do everything we can to avoid them.

HAMBLETON: The union says you're sitting on 212 million pounds of reserves.

ACHTERBERG: We are using some of it — 4.7 million this year. But reserves are there for the buildings, for the next shock, for investment. If I spend them on a gap that comes back every year, I'm just postponing the cuts and making them bigger.

HAMBLETON: Is the gap going to come back every year?

ACHTERBERG: That's why we've lowered next year's target to 1,900. I'd rather plan for a smaller university and be pleasantly surprised.

HAMBLETON: Are you taking a pay cut yourself?

ACHTERBERG: I've told Council's remuneration committee I'll take a 10% cut in my salary for 2024-25, and the members of the Executive Board have agreed to do the same. It's a gesture, I know that. It doesn't close the gap.

HAMBLETON: What about students who are already here? Will their courses be affected?

ACHTERBERG: No student currently on a course will have that course closed underneath them. We're reviewing 14 small courses, but any change would affect future intakes, not students already enrolled.

--- PART 2 ---

HAMBLETON: Kwame, you represent international students at Harlowe. How are they feeling?

ASANTE: Worried, honestly. A lot of international students paid more than £16,000 to come here, and now they read that staff are leaving. They want to know who will teach them next term.

HAMBLETON: The Vice-Chancellor says no current student's course will close.

ASANTE: That's good to hear, and we'll hold her to it. But a course doesn't have to close to get worse. If your module leader takes voluntary severance in January, that matters.

HAMBLETON: Does the Students' Union support the staff union's ballot?

ASANTE: Our executive committee hasn't taken a formal position yet. We meet on Monday 2 December to discuss it. Personally, I think staff and students are on the same side here.

HAMBLETON: What would you like the university to do?

ASANTE: Three things. Keep the hardship fund open — it's £250,000 this year and it's already half spent. Don't cut the international student advice team, which is five people for more than 4,000 international students. And talk to us before decisions are made, not after.

HAMBLETON: Has the university consulted the Students' Union?

ASANTE: We were told about the plan on the Thursday after Council met. So no, not before.

[END OF TRANSCRIPT]
`;

describe('the forty-second round: the drafts h410–h415, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"ten minutes after midnight" is 00:10; a house\'s number is no count', async () => {
    const fire = judgeWith(await workspaceIndex({ 'sources/nfrs_incident_report.md': FIRE_REPORT }));
    const reopened = fire('The B6419 between Keldholme and Scarrow was shut for 31 hours, reopening ten minutes after midnight on Monday 14 April.');
    assert.notEqual(reopened.verdict, 'contradicted', why(reopened));
    const later = fire('The B6419 between Keldholme and Scarrow was shut for 31 hours, reopening twenty minutes after midnight on Monday 14 April.');
    assert.equal(later.verdict, 'contradicted', why(later));
    const paper = judgeWith(await workspaceIndex({ 'sources/icb_pccc_paper_item7.md': ICB_PAPER }));
    const partners = paper("The practice's two remaining partners gave six months' notice on 19 December last year that they would end their contract on 30 June 2025.");
    assert.ok(!partners.conflicts.some((c) => c.source === '14'), why(partners));
  });

  test('a post\'s field is no body; a possessive\'s apostrophe is no other word', async () => {
    const paper = judgeWith(await workspaceIndex({ 'sources/icb_pccc_paper_item7.md': ICB_PAPER }));
    const author = paper("The paper was written by Deborah Okafor, the ICB's director of primary care, and presented by Martin Hale.");
    assert.notEqual(author.verdict, 'contradicted', why(author));
    const finance = paper("The paper was written by Deborah Okafor, the ICB's director of finance, and presented by Martin Hale.");
    assert.equal(finance.verdict, 'contradicted', why(finance));
    const union = judgeWith(await workspaceIndex({ 'sources/interview_transcript_2024-11-26.txt': UNIVERSITY_INTERVIEW }))("Kwame Asante, International Students' Officer at Harlowe Students' Union, said students were worried about who would teach them next term.");
    assert.notEqual(union.verdict, 'contradicted', why(union));
  });

  test('"returned" / "refunded"; a row named by the first words of its cell of words', async () => {
    const statement = judgeWith(await workspaceIndex({ 'sources/northvale_statement.html': FESTIVAL_STATEMENT }))('Booking fees of £6.50 per order will also be returned.');
    assert.notEqual(statement.verdict, 'contradicted', why(statement));
    const minutes = judgeWith(await workspaceIndex({ 'sources/licensing_subcommittee_minutes.md': LICENSING_MINUTES }));
    const curfew = minutes('The sub-committee also brought the music curfew forward by half an hour, to 22:30.');
    assert.notEqual(curfew.verdict, 'contradicted', why(curfew));
    const earlier = minutes('The sub-committee also brought the music curfew forward by an hour, to 22:00.');
    assert.equal(earlier.verdict, 'contradicted', why(earlier));
  });
});
