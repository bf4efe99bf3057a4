/**
 * The forty-first round, third part: the false alarms shown as errors in the drafts written against 007d012 (h380–h385:
 * a tram line's overrun, a food bank's demand, a quarry inquiry, a children's ward closure, a broadband rollout, a
 * marathon's heat casualties). "Half five in the morning" is 5.30am; "at three-fifteen" is a time; "not because we
 * disagree" denies the reason only; "wants" is "is proposing", a "home" a "dwelling"; "the Health Secretary" is the
 * Secretary of State for Health and Social Care. The fixtures are the helpers' sources, whole; the people, bodies and
 * places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { QUARRY_DECISION } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

const TRAM_INTERVIEWS = `CALDERBRIDGE EVENING POST — INTERVIEW TRANSCRIPT
Date: Wednesday 20 March 2024
Reporter: Priya Nandra
Subject: Eastway Tram Line delay and cost overrun
Part 1: Maureen Talbot, owner, Talbot's Hardware, 112 Marlow Road (recorded in shop, 11:05)
Part 2: Gareth Linwood, Eastway Project Director, Calderbridge Regional Transport Authority (recorded by phone, 15:30)

--- PART 1 ---

PRIYA NANDRA: Thanks for seeing me, Mrs Talbot. How long have you had the shop?

MAUREEN TALBOT: Thirty-one years this June. My dad had it before me, but I've run it since 1993.

PRIYA NANDRA: And when did the tram works reach you?

MAUREEN TALBOT: The barriers went up outside in October 2022. They told us it would be about eighteen months. Well, it's been eighteen months and then some, and now they're saying this summer for the track and April 2025 for the trams.

PRIYA NANDRA: What has that done to the business?

MAUREEN TALBOT: Takings are down about forty per cent on before the works. I had four staff. I've got two now, and one of those is my nephew. People can't park, the bus stop moved round the corner, and half of them think we've shut.

PRIYA NANDRA: Have you had any help from the support fund?

MAUREEN TALBOT: I got nine thousand eight hundred pounds last year. I'm grateful for it, I am, but it covered about two months of what we lost. It's a sticking plaster.

PRIYA NANDRA: Ferraby says it will work seven days a week on Marlow Road from April.

MAUREEN TALBOT: Good. I'll believe it when I see it. I'll tell you what I told the man from the authority: I was told eighteen months, and nobody has ever stood in this shop and said sorry.

PRIYA NANDRA: Are you in favour of the tram itself?

MAUREEN TALBOT: I always was. I still am, if it ever comes. My worry is whether there'll be any shops left on Marlow Road by the time it does.

--- PART 2 ---

PRIYA NANDRA: Mr Linwood, the line was meant to open last September. It's now April 2025 at the earliest. What went wrong?

GARETH LINWOOD: Two big things, and one that affected everyone. On Marlow Road we dug up a gas main and a length of Victorian sewer that weren't on any records, and moving those added the best part of ten months. Then the signalling software failed its factory tests twice last year. On top of that, like every project in the country, we were hit by steel and concrete inflation.

PRIYA NANDRA: Ferraby says eleven weeks of the delay were caused by late design information from the authority.

GARETH LINWOOD: We don't accept that figure. It's now with an adjudicator and I'm not going to argue it through the newspaper, but we're confident in our position.

PRIYA NANDRA: How sure are you about April 2025?

GARETH LINWOOD: The independent reviewers put it at about seventy per cent, and I think that's honest. We're holding eight weeks of contingency in the programme, which we didn't have before. I'd rather tell people a date we can hit than a date that sounds good.

PRIYA NANDRA: What about the cost? It's gone from four hundred and twelve million to five hundred and thirty-eight.

GARETH LINWOOD: It has, and I won't dress that up. None of the extra money comes from the Department for Transport; their grant is fixed at two hundred and ninety million. The increase is covered by borrowing, by our reserve, and by Ferraby's sixteen million.

PRIYA NANDRA: Maureen Talbot on Marlow Road says nobody from the authority has ever said sorry to her.

GARETH LINWOOD: Then I'll say it now. I'm sorry. The disruption on Marlow Road has gone on far longer than we promised, and that's on us as the client. The barriers should be off Marlow Road by the end of September 2024.

PRIYA NANDRA: What will passengers get when it does open?

GARETH LINWOOD: A tram every seven minutes at peak times and every twelve minutes off-peak, from half five in the morning until midnight. Fares will match the buses, so a two-pound single, and tram and bus will be on the same daily cap.

PRIYA NANDRA: Is the delay deeply frustrating for you personally?

GARETH LINWOOD: Deeply frustrating, yes. But the people it's really hurt are the traders and residents on the route, not me.

[END OF TRANSCRIPT]
`;

const RESIDENTS_MEETING = `ASHBY FELL QUARRY ACTION GROUP - PUBLIC MEETING
Transcript (recorded with permission, lightly edited for clarity)
Date: Tuesday 20 May 2025, 7.30pm
Venue: Ashby Fell Village Hall
Attendance: approximately 85 residents (sign-in sheet: 83 names)

Present at top table:
  Colin Peverell - chair, Ashby Fell Quarry Action Group
  Mark Hebden - treasurer, Ashby Fell Quarry Action Group
  Cllr Janet Ruddock - ward councillor for Ashby and Hallbrook, North Wendle District Council
Speakers from the floor included:
  Ann Sowerby - resident, Low Garth Farm
  Pauline Ferris - headteacher, Ashby Fell Primary School

-----------------------------------------------------------------

COLIN PEVERELL: Good evening, everyone, and thank you for coming out. I don't think I've seen this hall so full since the jubilee. As you all know by now, on Friday the inspector allowed Castlerigg's appeal. I won't pretend it isn't a blow. We gave it everything over those six days in March. Tonight is about what we do next, and I want us to make that decision together.

COLIN PEVERELL: The short version is this. The only way to challenge an inspector's decision is in the High Court, and only on a point of law, not because we disagree with her. We have six weeks from the date of the decision, which takes us to Friday the 27th of June.

MARK HEBDEN: Can I give the money position first, Colin, because people will ask.

COLIN PEVERELL: Go ahead, Mark.

MARK HEBDEN: Since we started in 2023 we've raised eighteen thousand two hundred pounds. That's from the quiz nights, the online appeal and a lot of very generous neighbours. We spent fifteen thousand six hundred on the inquiry, most of that on our planning consultant and the noise expert. So we have two thousand six hundred left in the account. A barrister's written opinion on whether there's a legal case will cost about four and a half thousand pounds. So we're short by roughly nineteen hundred before we've even started.

JANET RUDDOCK: I think people should hear where the council stands, because I know there were hopes the council would take this on. The cabinet met yesterday, Monday, and decided not to challenge the decision. The legal advice they had was that the inspector's reasoning was sound in law. Let me be clear, I was one of the seven who voted to refuse it last June, and I'm disappointed. But the council won't be going to the High Court.

ANN SOWERBY: Janet, that's not good enough.

COLIN PEVERELL: Let's keep it civil, Ann. Go on.

ANN SOWERBY: I'm at Low Garth. The new face will be three hundred and ten metres from my kitchen. The inspector says fifty-five decibels is acceptable. She doesn't have to live with it. We already get the windows rattling when they blast, and now it's two blasts a week for another seventeen years.

PAULINE FERRIS: Can I speak about the school? We have one hundred and thirty-two children at Ashby Fell Primary. I want to say that the ban on lorries between quarter past eight and nine o'clock is a genuine win, and that came from this group's evidence. But home time is at three-fifteen, and there's nothing in the conditions about the afternoon. That's when I'm most worried.

COLIN PEVERELL: That's a fair point, Pauline, and it's one we raised. The inspector didn't take it up.

PAULINE FERRIS: And the twenty miles an hour zone, when does that come?

JANET RUDDOCK: The hundred and eighty-five thousand has to be paid before they start digging in the new area. Highways have told me they want the scheme in by the end of 2026. I'll be pushing for that.

MARK HEBDEN: One more thing on the community fund. It's twenty-five pence a tonne and the parish council will sit on the panel. That's around one point seven million over the life of it. I'd urge people to get involved rather than leave it to Castlerigg to decide where it goes.

ANN SOWERBY: I don't want their money. I want my house to stop shaking.

COLIN PEVERELL: I hear you, Ann. Right. I'd like to put a proposal. That the action group spends up to four and a half thousand pounds on a barrister's opinion, and that we launch a new appeal to make up the difference. If the advice is that there's no arguable case, we stop there, and we put our energy into holding Castlerigg to every one of those thirty-eight conditions.

COLIN PEVERELL: All those in favour? ... And against? ... Abstentions?

MARK HEBDEN: I make it sixty-one for, nine against, and the rest abstaining.

COLIN PEVERELL: Then that's carried. Thank you. We'll write to the barrister tomorrow and we'll call another meeting once we have the opinion, which we've been told should take about three weeks. The next meeting is pencilled in for Tuesday the 17th of June, same time, here.

COLIN PEVERELL: And one last thing. Somebody asked me in the car park whether this is the end of it. I said to them: "We lost the inquiry, but we haven't lost the argument, and we'll be watching every lorry." Thank you all for coming.

[Meeting closed 9.05pm]
`;

const WARD_CONSULTATION = `# Future of Children's Inpatient Services at Kettleby General Hospital

## Public consultation document

**North Marlow NHS Foundation Trust**
Published: Monday 3 March 2025
Consultation closes: Monday 26 May 2025 (12 weeks)

### Foreword from the chief executive

"No one at this trust wants to take a service away from Kettleby families. But we cannot ask children to stay overnight on a ward we cannot staff safely, and we will not."

— Dr Helen Marsh, Chief Executive, North Marlow NHS Foundation Trust

### 1. Summary of the proposal

North Marlow NHS Foundation Trust is proposing to close Robin Ward, the 14-bed overnight children's inpatient ward at Kettleby General Hospital, and to move overnight paediatric inpatient care to the children's unit at Ashcombe Royal Infirmary, 27 miles away. Both hospitals are run by the trust.

In place of Robin Ward, the trust would open a paediatric assessment unit (PAU) at Kettleby General Hospital. The PAU would be open from 8am to 10pm, seven days a week. Children referred by GPs or the emergency department could be assessed and observed there for up to 10 hours, and then either sent home or transferred to Ashcombe.

The trust's board approved the proposal for public consultation at its meeting on Thursday 27 February 2025.

### 2. Why change is needed

- A safe 24-hour paediatric rota at Kettleby requires 8 consultant paediatricians. Robin Ward currently has 6 substantive consultants.
- In 2023/24, 23% of middle-grade (registrar) night shifts on Robin Ward were filled by agency or locum doctors.
- The trust spent £640,000 on locum paediatric doctors at Kettleby in 2023/24.
- Overnight admissions to Robin Ward fell by 29% between 2019/20 and 2023/24.
- Average bed occupancy on Robin Ward in 2023/24 was 41%, compared with 78% on the children's unit at Ashcombe Royal Infirmary.

**Table 1: Robin Ward overnight admissions by year**

| Year    | Overnight admissions | Average length of stay (days) | Transfers to Ashcombe |
|---------|---------------------:|------------------------------:|----------------------:|
| 2019/20 | 2,614                | 2.1                           | 96                    |
| 2020/21 | 1,502                | 2.4                           | 71                    |
| 2021/22 | 2,108                | 2.2                           | 88                    |
| 2022/23 | 1,973                | 1.9                           | 104                   |
| 2023/24 | 1,846                | 1.8                           | 117                   |

Source: North Marlow NHS Foundation Trust patient administration system. 2020/21 figures were affected by the Covid-19 pandemic.

The medical director, Dr Owen Pritchard, said: "The evidence is clear that very sick children do better in larger units with round-the-clock consultant cover. Most of the children we admit overnight at Kettleby could be safely assessed and sent home within a few hours."

### 3. What would change

**Table 2: Current and proposed services**

| Service                                  | Now         | Proposed                              |
|------------------------------------------|-------------|---------------------------------------|
| Overnight children's beds at Kettleby    | 14          | 0                                     |
| Paediatric assessment unit at Kettleby   | None        | 8am–10pm, 7 days a week, 6 trolleys   |
| Overnight children's beds at Ashcombe    | 22          | 30                                    |
| Dedicated children's transfer vehicle    | None        | Staffed 24 hours a day                |

### 4. Finance

Closing Robin Ward would save an estimated £1.9 million a year in running costs.

The trust would invest £3.2 million of one-off capital: £2.1 million to refurbish space at Kettleby General Hospital for the PAU, and £1.1 million to create eight additional beds at Ashcombe Royal Infirmary. The dedicated children's transfer service would cost £420,000 a year.

### 5. Travel and access

Ashcombe Royal Infirmary is 27 miles from Kettleby. The average journey by car is 38 minutes off-peak. By public transport the journey takes about 1 hour 45 minutes, with one change.

The trust would reimburse travel costs for families on low incomes and would provide free parking at Ashcombe for parents of children admitted there.

Priya Desai, Director of Strategy, said: "We have heard clearly that travel is the biggest worry for families, and we want to hear every idea about how we can make it easier."

### 6. Timeline

- Consultation: Monday 3 March to Monday 26 May 2025
- Public meeting: Kettleby Town Hall, Tuesday 18 March 2025, 7pm
- Public meeting: Brackley Green Community Centre, Thursday 3 April 2025, 6.30pm
- Board decision: expected in July 2025
- If the proposal is approved, Robin Ward would close no earlier than January 2026. The PAU would open before Robin Ward closes.

### 7. How to respond

Responses can be made online at the trust's website, by freepost, or by email to the consultation team. Enquiries should be addressed to Priya Desai, Director of Strategy, North Marlow NHS Foundation Trust.
`;

const WARD_CAMPAIGN = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Save Robin Ward – Press release – 10 April 2025</title>
</head>
<body>
<p><strong>SAVE ROBIN WARD CAMPAIGN</strong><br>
FOR IMMEDIATE RELEASE – Thursday 10 April 2025</p>

<h1>18,432 people tell trust: keep Kettleby's children's ward open</h1>

<p>Campaigners from Save Robin Ward today handed a petition signed by 18,432 people to North Marlow NHS Foundation Trust at its headquarters at Ashcombe Royal Infirmary. The petition was received by the trust's Director of Strategy, Priya Desai.</p>

<p>Of the signatures, 14,309 were collected online and 4,123 were collected on paper at stalls in Kettleby market and outside schools across the district.</p>

<p>The campaign was founded in March by Joanne Whitlock, a teaching assistant from Kettleby, whose daughter Maisie, now 4, was treated on Robin Ward for sepsis in 2023.</p>

<p>Joanne Whitlock, chair of Save Robin Ward, said: "When Maisie was fighting sepsis, the difference between a ten-minute drive and a forty-minute drive was the difference between hope and panic. We are not asking for a luxury. We are asking for our children's ward."</p>

<p>Martin Okafor, the campaign's secretary and a retired Kettleby GP, said: "The trust says admissions are falling. They are falling because for two years the trust has been sending children to Ashcombe whenever Robin Ward is short of staff."</p>

<p>On Saturday 5 April, about 1,200 people marched from Kettleby bus station to Kettleby General Hospital in support of the campaign.</p>

<p>The Kettleby and Brackley MP, Rachel Danvers, has backed the petition and has written to the Secretary of State for Health and Social Care asking for the proposal to be referred for independent review.</p>

<p>A campaign survey of 612 parents found that 87% would not be able to reach Ashcombe Royal Infirmary within an hour by public transport.</p>

<h2>Journey times to Ashcombe Royal Infirmary</h2>
<table>
<tr><th>From</th><th>By car</th><th>By bus and train</th></tr>
<tr><td>Kettleby</td><td>38 minutes</td><td>1 hour 45 minutes</td></tr>
<tr><td>Brackley Green</td><td>52 minutes</td><td>2 hours 20 minutes</td></tr>
<tr><td>Fenwick</td><td>61 minutes</td><td>2 hours 50 minutes</td></tr>
</table>
<p>Source: Save Robin Ward, using trust and operator timetables.</p>

<h2>What happens next</h2>
<p>Because the petition has more than 1,500 signatures from local residents, Kettleby District Council's rules require it to be debated. The council's health scrutiny committee will debate the petition on Wednesday 16 April at 6pm at Kettleby Civic Offices.</p>

<p>The trust's public consultation closes on Monday 26 May.</p>

<p><em>Notes to editors:</em> Save Robin Ward is a volunteer campaign group supported by Kettleby Trades Council. Media contact: Martin Okafor, secretary.</p>
</body>
</html>
`;

describe('the forty-first round: the drafts h380–h385, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"half five in the morning" is 5.30am; "at three-fifteen" is a quarter past three', async () => {
    const tram = judgeWith(await workspaceIndex({ 'sources/interviews_marlow_road_2024-03-20.txt': TRAM_INTERVIEWS }));
    const early = tram('When the line opens, trams will run every seven minutes at peak times and every 12 minutes off-peak, from 5.30am until midnight.');
    assert.ok(!early.conflicts.some((c) => /5\.30am/.test(c.claim)), why(early));
    const five = tram('When the line opens, trams will run every seven minutes at peak times and every 12 minutes off-peak, from 5am until midnight.');
    assert.equal(five.verdict, 'contradicted', why(five));
    assert.ok(five.conflicts.some((c) => c.claim === '5am' && /half five in the morning/.test(c.source)), why(five));
    const meeting = judgeWith(await workspaceIndex({ 'sources/residents_meeting_transcript.txt': RESIDENTS_MEETING }));
    const home = meeting('Pauline Ferris, headteacher of Ashby Fell Primary School, which has 132 pupils, called the morning ban on lorries "a genuine win" but warned that nothing in the conditions covered home time at quarter past three.');
    assert.ok(!home.conflicts.some((c) => /quarter past three/.test(c.claim)), why(home));
    const half = meeting('Pauline Ferris, headteacher of Ashby Fell Primary School, which has 132 pupils, called the morning ban on lorries "a genuine win" but warned that nothing in the conditions covered home time at half past three.');
    assert.notEqual(half.verdict, 'supported', why(half));
  });

  test('"not because we disagree" denies the reason only', async () => {
    const meeting = judgeWith(await workspaceIndex({ 'sources/residents_meeting_transcript.txt': RESIDENTS_MEETING }));
    const court = meeting('At a packed meeting in Ashby Fell Village Hall on Tuesday evening, about 85 residents heard that the only route left was a High Court challenge on a point of law.');
    assert.ok(!court.conflicts.some((c) => c.kind === 'negation'), why(court));
  });

  test('"wants" is "is proposing", a "home" a "dwelling"; "the Health Secretary" is the Secretary of State for Health', async () => {
    const ward = judgeWith(await workspaceIndex({ 'sources/consultation.md': WARD_CONSULTATION }))('North Marlow NHS Foundation Trust wants to close Robin Ward, a 14-bed ward, and move overnight care for children to Ashcombe Royal Infirmary, 27 miles away.');
    assert.ok(!ward.conflicts.some((c) => c.claim === 'wants'), why(ward));
    const farm = judgeWith(await workspaceIndex({ 'sources/inspector_decision_letter.md': QUARRY_DECISION }))('Low Garth Farm, the nearest home, lies 310 metres from the new extraction boundary.');
    assert.notEqual(farm.verdict, 'contradicted', why(farm));
    const campaign = judgeWith(await workspaceIndex({ 'sources/press_release.html': WARD_CAMPAIGN }));
    const health = campaign('Kettleby and Brackley MP Rachel Danvers has written to the Health Secretary asking for the proposal to be referred for independent review.');
    assert.ok(!health.conflicts.some((c) => /Secretary/.test(c.claim)), why(health));
    const education = campaign('Kettleby and Brackley MP Rachel Danvers has written to the Education Secretary asking for the proposal to be referred for independent review.');
    assert.ok(education.conflicts.some((c) => /Education Secretary/.test(c.claim)), why(education));
  });
});
