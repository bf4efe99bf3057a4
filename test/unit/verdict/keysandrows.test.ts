/**
 * The forty-seventh round, third part: faithful sentences of h566–h571 (written against 50f9cba) shown as errors,
 * and contradictions of h560–h565 shown as unsupported. Initials a transcript keys to names ("MT = Marion Threlfall",
 * "Mr Simon Treadgold, director of education, … (ST)") are those people, no others; "58 minutes" against "the
 * end-to-end journey takes 48 minutes", in the next sentence of the claim's other figures, and "57,200 carried in
 * 2019/20" against the row of 2019/20 are contradictions; "37p per visit, against 22p at the Westcombe Esplanade
 * toilets" gives Westcombe the 22p. The fixtures are the helpers' sources, whole; the people, bodies and places are
 * invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, judgeWith, why, workspaceIndex } from './sources';

/** h566: sources/interviews_transcript.md, whole. */
const INTERVIEWS = `# Interview transcript

**Recorded by:** Lucy Hargreaves, reporter, Calderfold Gazette
**Date:** Monday 14 July 2025
**Locations:** Lowfield Farm, near Wenlow (10:30); Threlfall's Garden Centre, Ashcombe Road, Ashcombe (14:00)
**Note:** Transcribed from audio recording. Minor hesitations removed.

---

## Part 1 — Lowfield Farm

**Speakers:** LH = Lucy Hargreaves; GP = Gareth Pell, farmer, Lowfield Farm

**LH:** Can you tell me about the farm first?

**GP:** We're 340 acres, mixed. About 160 dairy cows, and then we grow potatoes and some winter wheat. The potatoes are the ones that worry me at the moment. We've got 45 acres of them down by the river.

**LH:** How are you watering them?

**GP:** We've got a licence to take water from the River Wenn for spray irrigation. Most years we'd use it for a fortnight, maybe three weeks in a dry July. This year we started on the 16th of June, which is the earliest I've ever had to start. My father farmed here for forty years and he never started before July.

**LH:** And the Environment Agency has written to you?

**GP:** We had the letter on Saturday. It says if the river drops below the hands-off flow we have to stop taking water, full stop. They reckon that could be by the start of August. If that happens in the middle of the bulking-up period, I could lose a third of the crop, easily. That's something like £40,000 gone.

**LH:** What about the cows?

**GP:** The cows are on mains water, so the hosepipe ban doesn't touch them — that's livestock, it's exempt. The bigger problem is grass. The grass just stopped growing in June. We started feeding silage on the 2nd of July, which is silage we made for the winter. So we'll be buying in feed come January, and the price of that's already up.

**LH:** Do you think the hosepipe ban is the right call?

**GP:** Honestly, yes. I'd rather they did it now than left it too late. But I'd like to see Tennerby fix their pipes. You drive round here and there's water running down the road in three or four places. It's hard to tell people not to wash their cars when you see that.

**LH:** Anything else you'd want readers to know?

**GP:** Just that it's not only a garden thing. When the river goes, it's food. People should remember that when they're in the supermarket in the autumn.

---

## Part 2 — Threlfall's Garden Centre

**Speakers:** LH = Lucy Hargreaves; MT = Marion Threlfall, owner, Threlfall's Garden Centre

**LH:** How long have you been here?

**MT:** My parents opened it in 1987 and I took over in 2009. We employ 22 people, a few more at weekends in spring.

**LH:** What has the weather meant for the business?

**MT:** May was wonderful. Best May we've had in years — people were out in the garden every weekend. June was still all right. But this last fortnight, since the talk of a hosepipe ban started, sales of bedding plants have dropped by about 40 per cent compared with the same two weeks last year. People aren't going to buy a tray of petunias if they think they can't water them.

**LH:** Does the ban affect how you water your own stock?

**MT:** No, we're exempt because it's our trade — Tennerby confirmed that. But we've changed how we do it anyway. We've put in drip lines on the outdoor benches and we water before eight in the morning. We reckon we're using about a quarter less water than we were in June.

**LH:** What are customers buying instead?

**MT:** Water butts. We sold 62 water butts in the first week of July. Normally we'd sell perhaps 10 in a whole month in summer. We've sold out twice and I've got another 80 on order. And drought-tolerant plants — lavender, salvias, grasses, the Mediterranean sort of thing. I've moved all of those to the front of the shop.

**LH:** What's your message to people?

**MT:** Don't stop gardening. You can still use a watering can, you can still use a water butt. Put a bit of mulch down, water in the evening, and your garden will get through it. A hosepipe ban isn't the end of the world, it's just a different way of doing things.

**LH:** Are you worried about the rest of the summer?

**MT:** A bit. If this goes on into August, we'll feel it. But we've been through 2018 and we came out the other side, so we'll manage.
`;

/** h567: sources/03_parents_meeting_transcript.md, whole. */
const MEETING = `# Ashcombe Green Primary School — Meeting for Parents and Carers

**Transcript**

**Date:** Thursday 9 October 2025
**Venue:** Ashcombe Green Memorial Hall, The Green, Ashcombe Green
**Started:** 6.32pm **Ended:** 8.05pm
**Attendance:** about 130 parents and carers (118 names on the signing-in sheet)

**On the panel:**
- Dr Alan Huxtable, chair, local governing board (AH)
- Mr Simon Treadgold, director of education, Lydmere Valley Learning Trust (ST)
- Mr Martin Gedge, chief financial officer, Lydmere Valley Learning Trust (MG)
- Mr Daniel Okafor, acting headteacher (DO)

**Transcript prepared by:** Mrs Janet Rowles, clerk to the local governing board. Questions from the floor are attributed by name where the speaker gave one. The clerk received 27 questions in advance; they were grouped by topic and read out by the chair.

---

**AH:** Good evening, everyone, and thank you for coming. I can see we have run out of chairs, so apologies to those standing at the back. I want to be honest about what tonight can and can't do. We will answer every question we can. There will be some we can't answer, because an investigation is under way and it has to be fair to everybody. I'll ask Mr Treadgold to start by explaining where things stand.

**ST:** Thank you, Alan. As you know, Mrs Pettifer was suspended on Friday 26 September. The independent investigator, Ms Marchbank, started work on Monday 29 September. She has so far arranged interviews with 11 members of staff, and she will also interview Mrs Pettifer, who is entitled to be accompanied by a union representative or a colleague. Ms Marchbank is due to give us her report by Friday 28 November. A panel of three trustees will then decide what happens next. I'd expect that decision before Christmas, but I can't promise you a date.

**AH:** Thank you. The first question from the floor.

**Lucy Brennan (parent, Year 2 and Year 5):** A lot of us don't understand why Mrs Pettifer had to be suspended at all. Couldn't she have carried on working while this was looked at, or worked from home?

**ST:** It's a fair question, and I understand why people are asking it. Our policy is that we consider suspension where the person under investigation has day-to-day control over the records that are being examined. That's the case here. It protects the investigation, and frankly it protects Mrs Pettifer, because nobody can later say she was in a position to change anything. It is not a judgement on her.

**Tom Whitlock (chair, Friends of Ashcombe Green School):** I'm here for the Friends. Our people have worked very hard. Last year the Friends raised £6,250, from the summer fair, the quiz night and the Christmas market, and we passed £2,100 of that to the school's voluntary fund. Are parents' donations part of this?

**MG:** I can answer that directly. The Friends' own accounts are not part of the audit at all; they're a separate charity. We have checked the £2,100 you passed to the school, and it was received and banked in full. So, no, that money is not in question.

**Tom Whitlock:** Thank you. That's a relief to a lot of people here.

**Priya Natarajan (parent, Reception):** I use the breakfast club three mornings a week. The letter said there's a gap of more than three thousand pounds. How can that happen without anybody noticing?

**MG:** I'll be careful here, because that's the kind of question the investigation is there to answer. What I can tell you is the context. Breakfast club grew a lot last year. It averaged 38 children a morning in 2024-25, up from 29 the year before, at £3.50 a session, and a large part of it was paid in cash at the office. A difference between what was recorded and what was banked is not the same thing as money going missing. It may turn out to be a record-keeping problem, and that is exactly what the investigation is for.

**Priya Natarajan:** So is that why it's going cashless?

**MG:** Yes. From Monday 13 October, all breakfast club payments go through the online system. We're doing that across all the trust's schools by next September in any case. Ashcombe Green is simply going first.

**Graham Fairley (parent, Year 6):** My daughter's been looking forward to Kingsmere since Year 4. We paid our £150 deposit in July. Is the trip safe, and are we going to be asked for more money?

**MG:** The trip is safe. We wrote to Kingsmere Outdoor Centre on Wednesday 1 October, and the trust has guaranteed the full booking for all 32 places. The balance is due in March, as it would have been anyway. No family will be asked to pay its deposit twice.

**Hannah Doyle (parent, Year 1 and Year 4):** I want to read something out, if I may. Over the last ten days, 412 people have signed a petition asking the trust to reinstate Mrs Pettifer while the investigation goes on. We delivered it to the trust's offices on Monday 6 October. Has anyone actually read it?

**ST:** Yes. It was received on Monday and the chief executive, Mrs Ombersley, has read it, as have I. I'm not going to pretend it changes the process, because it can't. But it tells us a great deal about how much Mrs Pettifer is valued in this village, and I will make sure the investigator knows how strongly parents feel.

**(Applause.)**

**Unnamed parent:** Are the police involved?

**ST:** No. There has been no referral to the police, and nothing we have seen so far would require one.

**AH:** I'll take some of the questions sent in advance now. Several of you asked about the children, and about Year 6 tests next summer. Mr Okafor?

**DO:** Thank you. I'll keep it short, because I know you want to hear from the trust more than from me. I've been in post for just over a week now. I'm here Monday to Thursday, and Mrs Mullins leads the school on Fridays. The children are doing well. Attendance this week is 96.1 per cent, against 95.4 per cent in the same week last year, so the children are coming to school. Year 6 are already doing their autumn reading assessments, and the plans Mrs Mullins and Mrs Pettifer made for this year are the plans we're following. I'm not here to change Ashcombe Green. I'm here to keep it steady.

**Lucy Brennan:** And the staff? My son says his teacher looked like she'd been crying.

**DO:** The staff are upset. Of course they are; they've worked with Mrs Pettifer for a long time. We've arranged for the trust's employee support service to be available to all 23 staff, and two have already used it. No member of staff has left, and no one has handed in their notice.

**Graham Fairley:** Will we be told the outcome?

**AH:** You will be told as much as we legally can. I won't promise more than that, because there are rules about what can be said about an individual's employment. But you will not be left to find out from Facebook.

**Unnamed parent:** When will we hear from you again?

**AH:** The governors will write to all families again before half-term, by Friday 24 October, whether or not there is anything new to say. And the clerk will put tonight's questions and answers on the school website.

**AH:** Thank you all for coming, and for the way this meeting has been conducted. I know it hasn't been easy.

*Meeting closed at 8.05pm.*
`;

/** h561: sources/greyfield_press_release.md, whole. */
const PRESS_RELEASE = `# PRESS RELEASE — Greyfield Travel Ltd

**For immediate release: Monday 17 February 2025**

## Service 38 Brankham – Stallingford to be withdrawn at the end of March

Greyfield Travel Ltd, the family-owned bus company based at Oxley Bridge, today confirmed that its Service 38 between Brankham and Stallingford will run for the last time on Saturday 29 March 2025.

The route has been operated by Greyfield Travel under contract to Wendmoor County Council since September 2016. The council's Transport and Highways Committee decided on Thursday 6 February 2025 not to renew the contract when it expires on Monday 31 March 2025. Without the annual council subsidy of £148,600, the company says the route cannot be run on a commercial basis.

Helen Castleford, managing director of Greyfield Travel, said: "We have run the 38 for more than eight years and we are proud of it. Our drivers know their passengers by name. But fares on this route cover less than a third of what it costs to run, and no operator could keep it going without support. We are sorry, and we know this will hit people hard."

### Limited replacement: Service 38A

From Tuesday 1 April 2025, Greyfield Travel will run a limited market-day service, numbered 38A, on Tuesdays and Fridays only. It will be funded for a six-month trial by a joint contribution of £9,200 from the four parish councils along the route: Brankham, Fenwick Magna, Little Sowerby and Caddow. The trial will run until Tuesday 30 September 2025.

Darren Milsom, operations manager at Greyfield Travel, said: "The 38A is a lifeline, not a replacement. It gets people into town for the market, the surgery and the shops and back again by mid-afternoon. It will not get anyone to work or to college."

### Current timetable — Service 38, Monday to Saturday (ends Saturday 29 March 2025)

| Brankham, Green | 06:52 | 08:05 | 09:35 | 11:35 | 13:35 | 15:35 | 17:20 |
|---|---|---|---|---|---|---|---|
| Fenwick Magna, Church | 07:03 | 08:16 | 09:46 | 11:46 | 13:46 | 15:46 | 17:31 |
| Little Sowerby, Post Office | 07:11 | 08:24 | 09:54 | 11:54 | 13:54 | 15:54 | 17:39 |
| Caddow, Crossroads | 07:22 | 08:35 | 10:05 | 12:05 | 14:05 | 16:05 | 17:50 |
| Stallingford, Bus Station | 07:40 | 08:53 | 10:23 | 12:23 | 14:23 | 16:23 | 18:08 |

| Stallingford, Bus Station | 07:45 | 09:00 | 10:30 | 12:30 | 14:30 | 16:30 | 18:15 |
|---|---|---|---|---|---|---|---|
| Caddow, Crossroads | 08:03 | 09:18 | 10:48 | 12:48 | 14:48 | 16:48 | 18:33 |
| Little Sowerby, Post Office | 08:14 | 09:29 | 10:59 | 12:59 | 14:59 | 16:59 | 18:44 |
| Fenwick Magna, Church | 08:22 | 09:37 | 11:07 | 13:07 | 15:07 | 17:07 | 18:52 |
| Brankham, Green | 08:33 | 09:48 | 11:18 | 13:18 | 15:18 | 17:18 | 19:03 |

Seven return journeys a day, Monday to Saturday. No service on Sundays or bank holidays. The route is 14.5 miles long and the end-to-end journey takes 48 minutes.

### New timetable — Service 38A, Tuesdays and Fridays only (from Tuesday 1 April 2025)

| Brankham, Green | 09:20 | 12:40 |
|---|---|---|
| Fenwick Magna, Church | 09:31 | 12:51 |
| Little Sowerby, Post Office | 09:39 | 12:59 |
| Caddow, Crossroads | 09:50 | 13:10 |
| Stallingford, Bus Station | 10:08 | 13:28 |

| Stallingford, Bus Station | 11:45 | 14:30 |
|---|---|---|
| Caddow, Crossroads | 12:03 | 14:48 |
| Little Sowerby, Post Office | 12:14 | 14:59 |
| Fenwick Magna, Church | 12:22 | 15:07 |
| Brankham, Green | 12:33 | 15:18 |

Two return journeys a day. The last bus home leaves Stallingford at 14:30.

### Passenger numbers, Service 38

| Period | Passenger journeys | Change |
|---|---|---|
| 2019/20 (April–March) | 52,700 | — |
| 2022/23 (April–March) | 41,300 | — |
| 2023/24 (April–March) | 38,900 | down 5.8% on 2022/23 |
| April 2023 – January 2024 (10 months) | 31,800 | — |
| April 2024 – January 2025 (10 months) | 33,100 | up 4.1% on same period a year earlier |

In the current year the service has carried an average of 128 passengers on a weekday and 96 on a Saturday. Holders of the older and disabled persons' concessionary bus pass made 61% of all journeys in 2023/24, and passengers aged under 19 made 14%.

The adult single fare from Brankham to Stallingford is £2.80 and a day return is £4.60.

### Staff and vehicles

Three drivers work on Service 38. All three will be redeployed to Greyfield Travel's school contracts and private hire work; there will be no redundancies. The two 33-seat single-deck buses used on the route will move to the company's Oxley Bridge town service.

### Notes to editors

- Greyfield Travel Ltd was founded in 1974 and employs 46 people. It operates 21 vehicles from its depot at Mill Lane, Oxley Bridge.
- Passenger figures are taken from the company's ticket machine data.
- Media enquiries: Sophie Varley, office manager, 01632 960418.

ENDS
`;

/** h560: sources/cabinet_report.md, whole. */
const CABINET_REPORT = `# Farleigh Coast District Council

## Cabinet — Wednesday 5 March 2025

**Agenda item 9: Proposed closure of Quayside Gardens public conveniences, Harrowcliffe**

Report of: Gillian Ashworth, Director of Place
Report author: Owen Tranter, Facilities Asset Manager
Portfolio holder: Cllr Martin Pell, Cabinet Member for Environment and Leisure
Wards affected: Harrowcliffe Harbour; Harrowcliffe Cliffs
Key decision: Yes

### 1. Purpose of the report

1.1 To ask Cabinet to decide the future of the public conveniences at Quayside Gardens, Harrowcliffe, in the light of their running costs, falling use, the results of the building condition survey and the public consultation held between Monday 6 January 2025 and Sunday 2 February 2025.

### 2. Recommendations

2.1 That Cabinet agrees to close the Quayside Gardens public conveniences with effect from Tuesday 1 April 2025. The block would open for the last time on Monday 31 March 2025.

2.2 That the building be declared surplus and marketed for sale or lease. The council's valuer has put its value at £65,000.

2.3 That a community toilet scheme be set up in Harrowcliffe seafront, paying participating businesses £600 a year each to let members of the public use their toilets without making a purchase.

2.4 That the opening hours of the Westcombe Esplanade public conveniences be extended in summer (April to September) from 7pm to 8pm.

### 3. Background

3.1 The council runs 14 public toilet sites across the district with a combined revenue budget of £612,000 in 2024/25. The council must find savings of £2.4 million in its 2025/26 budget. Public conveniences are a discretionary service; the council has no legal duty to provide them.

3.2 The Quayside Gardens block stands at the eastern end of Quayside, next to the coach drop-off bays and the lifeboat station. It has separate male and female toilets and one accessible cubicle operated by RADAR key. It is open from 7am to 7pm between April and September and from 8am to 4pm between October and March.

3.3 The nearest alternative public toilets are at Westcombe Esplanade, 0.8 miles (1.3 km) to the west. The nearest Changing Places facility is at Harrowcliffe Leisure Centre, 1.1 miles inland.

### 4. Running costs

4.1 Running costs of the Quayside Gardens block in 2023/24 were:

| Item | 2023/24 |
|---|---|
| Cleaning contract (Brightwater Facilities Ltd) | £21,400 |
| Water and sewerage | £6,850 |
| Electricity | £2,310 |
| Repairs and vandalism | £9,720 |
| Consumables | £3,180 |
| **Total** | **£43,460** |

4.2 Public toilets have been exempt from business rates since April 2020, so no rates are payable.

4.3 The block accounts for 7.1 per cent of the council's public conveniences budget.

### 5. Building condition

5.1 A condition survey carried out by Carrick Rowe Surveyors on Tuesday 8 October 2024 identified a backlog of repairs totalling £186,000:

- roof replacement: £74,000
- drainage relining: £48,000
- refurbishment of the accessible cubicle: £39,000
- electrical rewire: £25,000

5.2 The surveyor advised that the roof and drainage work (£122,000 together) should be completed within two years if the building is to stay in use.

### 6. Use of the facility

6.1 Visits are recorded by automatic counters on each entrance. Recorded visits to Quayside Gardens fell from 131,900 in 2022/23 to 118,400 in 2023/24, a fall of 10.2 per cent. Officers attribute the fall mainly to the reopening of the refurbished Westcombe Esplanade toilets in May 2023.

6.2 Monthly visits in 2023/24:

| Month | Visits |
|---|---|
| April 2023 | 6,200 |
| May 2023 | 8,900 |
| June 2023 | 13,400 |
| July 2023 | 19,800 |
| August 2023 | 24,300 |
| September 2023 | 14,100 |
| October 2023 | 7,600 |
| November 2023 | 4,300 |
| December 2023 | 3,600 |
| January 2024 | 2,950 |
| February 2024 | 3,900 |
| March 2024 | 9,350 |
| **Total** | **118,400** |

6.3 June to September accounted for 71,600 visits, or 60 per cent of the year's total. January 2024 was the quietest month, with fewer than 100 visits a day on average.

6.4 Comparison with other sites, 2023/24:

| Site | Visits | Running cost | Cost per visit |
|---|---|---|---|
| Quayside Gardens, Harrowcliffe | 118,400 | £43,460 | 37p |
| Westcombe Esplanade, Harrowcliffe | 204,000 | £45,100 | 22p |
| Station Approach, Brackenford | 61,300 | £29,800 | 49p |

6.5 Although Station Approach costs more per visit, it was fully refurbished in 2022 and has no repair backlog. It is not proposed for closure.

### 7. Consultation

7.1 The consultation received 1,284 responses. Of these, 1,117 (87 per cent) opposed closure, 98 supported it and 69 expressed no view. The most common concerns were access for disabled and older visitors, the distance to Westcombe Esplanade and the effect on seafront businesses.

### 8. Options considered

- **Option A — close the block (recommended).** Saves £43,460 a year and avoids the £186,000 repair backlog.
- **Option B — community asset transfer to Harrowcliffe Town Council.** The town council has indicated interest only if the district council first completes the roof and drainage work.
- **Option C — keep open with reduced winter hours.** Saves about £6,200 a year but leaves the repair backlog untouched.

### 9. Community toilet scheme

9.1 Officers have approached six seafront businesses. Two, the Anchor Inn and Pier Amusements, have agreed to take part. At full take-up the scheme would cost £3,600 a year.

### 10. Equalities

10.1 An equality impact assessment identifies a negative impact on disabled people, older people and people with certain medical conditions. Mitigation includes the community toilet scheme and the extended summer hours at Westcombe Esplanade.
`;

describe('speaker keys, figures in the next sentence and rows by year, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"MT = Marion Threlfall" on a key line of the interviews: her words are hers', async () => {
    const report = await checkAgainst(
      { 'interviews_transcript.md': INTERVIEWS },
      '# Drought\n\nMarion Threlfall, who owns Threlfall\'s Garden Centre in Ashcombe, said sales of bedding plants had dropped by about 40 per cent in the past fortnight since talk of a hosepipe ban started.\n',
    );
    assert.deepEqual(report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message), []);
  });

  test('a panel listed as "Mr Simon Treadgold, director of education, … (ST)": ST is Mr Treadgold, and MG\'s words given to him are Martin Gedge\'s', async () => {
    const report = await checkAgainst(
      { '03_parents_meeting_transcript.md': MEETING },
      '# Suspension\n\nMr Treadgold said the suspension was not a judgement on Mrs Pettifer.\n\n"A difference between what was recorded and what was banked is not the same thing as money going missing," Mr Gedge said.\n',
    );
    assert.deepEqual(report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message), []);
    const swapped = await checkAgainst(
      { '03_parents_meeting_transcript.md': MEETING },
      '# Suspension\n\n"A difference between what was recorded and what was banked is not the same thing as money going missing," Mr Treadgold said.\n',
    );
    assert.match(swapped.findings.find((f) => f.code === 'misattributed-quote')?.message ?? '', /^These words were said by Martin Gedge \(chief financial officer\), not Mr Treadgold/);
  });

  test('"a journey time of 58 minutes" is the release\'s 48 minutes, in the sentence after its other figures', async () => {
    const bus = judgeWith(await workspaceIndex({ 'sources/greyfield_press_release.md': PRESS_RELEASE }));
    const route = (minutes: string) => bus(`The 14.5-mile route between Brankham and Stallingford currently offers seven return journeys a day from Monday to Saturday, with an end-to-end journey time of ${minutes} minutes.`);
    assert.equal(route('58').verdict, 'contradicted', why(route('58')));
    assert.deepEqual(route('58').conflicts.map((c) => [c.claim, c.source]), [['58 minutes', '48 minutes']]);
    assert.equal(route('48').verdict, 'supported', why(route('48')));
  });

  test('"57,200 carried in 2019/20" against the row "2019/20 (April–March) | 52,700", beside 2023/24\'s', async () => {
    const bus = judgeWith(await workspaceIndex({ 'sources/greyfield_press_release.md': PRESS_RELEASE }));
    const carried = (figure: string) => bus(`That followed a 5.8% fall in 2023/24, when 38,900 journeys were made, and the total remains well below the ${figure} carried in 2019/20.`);
    assert.equal(carried('57,200').verdict, 'contradicted', why(carried('57,200')));
    assert.deepEqual(carried('57,200').conflicts.map((c) => c.claim), ['57,200']);
    assert.equal(carried('52,700').verdict, 'supported', why(carried('52,700')));
  });

  test('"37p per visit, against 22p at the Westcombe Esplanade toilets" gives Westcombe no 37p', async () => {
    const toilets = judgeWith(await workspaceIndex({ 'sources/cabinet_report.md': CABINET_REPORT }));
    const cost = toilets('The report says the block costs 37p per visit, against 22p at the Westcombe Esplanade toilets.');
    assert.deepEqual(cost.conflicts.map((c) => [c.claim, c.source]), [], why(cost));
    const swapped = toilets('The report says the block costs 22p per visit, against 37p at the Westcombe Esplanade toilets.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
  });
});
