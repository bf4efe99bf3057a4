/**
 * The fifty-seventh round, seventh part: faithful sentences shown as errors in h854–h859 (written against 13b2531),
 * and a planted swap of h816 now caught. Two figures each given, in a sentence of its own, to what the claim gives the
 * other are swapped ("A B&B room costs an average of £62 a night, compared with £78 for self-contained …"); a cap the
 * claim gives once covers its next figure ("Up to 22 … posts would be at risk, with four moving"); a move of the
 * claim's other figures is no move of a row the claim also names ("298 drivers in post …, leaving 42 vacancies, up
 * from 31"); "We didn't leave … lightly" says they left. The first two fixtures are written here, after h816 and h859;
 * the last two are the helpers' invented sources of h855 and h856, embedded whole as they are, with those drafts'
 * sentences. Every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

const SCRUTINY = `# Harwell Borough Council: temporary accommodation

5.2 The average cost of a B&B room is £84 a night. Self-contained nightly-paid accommodation costs an average of £59 a night, and a council-owned home used as temporary accommodation costs the equivalent of £19 a night once borrowing costs are included.
`;

const SENATE = `# Senate paper: the future of the Department of Music

2.3 Of the Department's 31.0 full-time-equivalent (FTE) academic posts in 2024/25, up to 25.0 FTE would be placed at risk of redundancy. Up to 6.0 FTE would transfer to the Department of Theatre to form a new Community Music unit.
`;

const PERFORMANCE = `# Kestrelway Buses Ltd

## Quarterly Performance Report to the Ellerdale Combined Transport Authority

**Reporting period:** Quarter 4 of contract year 2024/25 (1 January 2025 to 31 March 2025)
**Submitted:** Thursday 3 April 2025
**Submitted by:** Martin Pellow, Operations Director, Kestrelway Buses Ltd
**For the attention of:** Roger Tennant, Head of Bus Contracts, Ellerdale Combined Transport Authority (ECTA)
**To be considered by:** ECTA Bus Services Committee (Chair: Cllr Hazel Brimble), meeting of Tuesday 22 April 2025

---

### 1. Summary

During the quarter Kestrelway Buses operated 19,403 of the 20,700 journeys scheduled across the five routes it runs under contract to ECTA, a reliability figure of 93.7 per cent. A total of 1,297 journeys (6.3 per cent) were not operated. This is below the contractual target of 97.5 per cent of scheduled journeys operated and below the 96.1 per cent achieved in the previous quarter (October to December 2024).

Performance deteriorated in each month of the quarter: 96.0 per cent of scheduled journeys were operated in January, 93.8 per cent in February and 91.4 per cent in March. The principal cause of lost journeys was a shortage of qualified drivers, which accounted for 1,081 of the 1,297 lost journeys (83 per cent). The remainder were attributed to vehicle defects (139 journeys) and traffic disruption, including the closure of Pellingham Road (77 journeys).

The company accepts that this level of performance is not acceptable and sets out below the measures it is taking.

### 2. Journeys scheduled and operated, by route and month

| Route | Description | Month | Scheduled | Operated | Lost | Operated (%) |
|---|---|---|---|---|---|---|
| 4 | Marrowby Bus Station – Callowfield | January | 2,480 | 2,391 | 89 | 96.4 |
| 4 | | February | 2,240 | 2,102 | 138 | 93.8 |
| 4 | | March | 2,480 | 2,287 | 193 | 92.2 |
| 7 | Marrowby Bus Station – Brackenmere | January | 1,860 | 1,802 | 58 | 96.9 |
| 7 | | February | 1,680 | 1,589 | 91 | 94.6 |
| 7 | | March | 1,860 | 1,711 | 149 | 92.0 |
| 12 | Wexley Green – Pellingham Park | January | 1,240 | 1,137 | 103 | 91.7 |
| 12 | | February | 1,120 | 998 | 122 | 89.1 |
| 12 | | March | 1,240 | 1,071 | 169 | 86.4 |
| 22 | Thornbeck Circular | January | 620 | 604 | 16 | 97.4 |
| 22 | | February | 560 | 541 | 19 | 96.6 |
| 22 | | March | 620 | 589 | 31 | 95.0 |
| X9 | Marrowby – Ellerdale General Hospital (express) | January | 930 | 912 | 18 | 98.1 |
| X9 | | February | 840 | 808 | 32 | 96.2 |
| X9 | | March | 930 | 861 | 69 | 92.6 |

**Quarter totals by route**

| Route | Scheduled | Operated | Lost | Operated (%) |
|---|---|---|---|---|
| 4 | 7,200 | 6,780 | 420 | 94.2 |
| 7 | 5,400 | 5,102 | 298 | 94.5 |
| 12 | 3,600 | 3,206 | 394 | 89.1 |
| 22 | 1,800 | 1,734 | 66 | 96.3 |
| X9 | 2,700 | 2,581 | 119 | 95.6 |
| **All routes** | **20,700** | **19,403** | **1,297** | **93.7** |

**Monthly totals, all routes**

| Month | Scheduled | Operated | Lost | Operated (%) |
|---|---|---|---|---|
| January | 7,130 | 6,846 | 284 | 96.0 |
| February | 6,440 | 6,038 | 402 | 93.8 |
| March | 7,130 | 6,519 | 611 | 91.4 |

Route 12 was the worst-performing route in every month of the quarter. It is operated entirely from the Callowfield depot, which carries 27 of the company's 42 driver vacancies, and was additionally affected by the closure of Pellingham Road for gas main replacement from Monday 24 February 2025. The only route to meet the 97.5 per cent target in any month was route X9, at 98.1 per cent in January. Route 22 came close in the same month, at 97.4 per cent.

### 3. Driver resourcing

| Measure | 31 December 2024 | 31 March 2025 |
|---|---|---|
| Driver establishment (full-time equivalent) | 340 | 340 |
| Drivers in post (FTE) | 309 | 298 |
| Vacancies (FTE) | 31 | 42 |
| Vacancy rate | 9.1% | 12.4% |

During the quarter 23 drivers left the company and 12 new drivers joined. Of the 23 leavers, 9 moved to other bus or coach operators, 6 retired, 5 left the industry and 3 were dismissed. Exit interviews most frequently cited rostering and fatigue (14 of 23) and pay (11 of 23); leavers could cite more than one reason.

Sickness absence among drivers rose from 4.9 per cent of rostered hours in January to 6.8 per cent in March.

To cover vacancies, drivers worked 1,086 rest-day shifts during the quarter, compared with 742 in the previous quarter. Average paid overtime was 5.9 hours per driver per week.

### 4. Measures being taken

1. **Recruitment campaign.** A recruitment campaign with a budget of £185,000 was launched on Monday 3 February 2025. New drivers receive a £1,500 joining bonus, paid in two instalments of £750, the first on completion of training and the second after six months' service.
2. **Driver training school.** The company's in-house training school at the Callowfield depot currently has 16 trainees, of whom 14 are expected to qualify by Monday 30 June 2025.
3. **Temporary timetable on route 12.** Subject to the committee's agreement, the daytime frequency on route 12 will be reduced from every 12 minutes to every 15 minutes from Sunday 27 April 2025, so that the published timetable can be reliably operated. The company expects this to be in place for no more than 13 weeks.
4. **Pay negotiations.** The company has offered drivers a pay increase of 3.2 per cent, backdated to 1 April 2025, which would raise the basic hourly rate from £13.85 to £14.29. Negotiations with the Transport and Passenger Workers' Union (TPWU) are continuing.

### 5. Financial performance regime

Under the ECTA contract, a deduction of £40 is applied for each lost journey above the 2.5 per cent allowance. For the quarter the allowance was 518 journeys; 779 journeys exceeded it, giving deductions of £31,160, which the company accepts.

### 6. Outlook

The company forecasts that reliability will remain below target in April and May 2025 and expects to return to at least 97.5 per cent by September 2025, once the current cohort of trainees has qualified. This forecast assumes no industrial action.

*Martin Pellow, Operations Director*
`;

const TRANSCRIPT = `RADIO WESTMARSH — WESTMARSH BREAKFAST
Broadcast: Thursday 13 March 2025, 7.40am
Presenter: Gemma Fairlie
Guests: Ruth Penhallow, market manager, Hollowbridge Farmers' Market; Owen Tregarthen, cheesemaker, Bramblecombe Dairy
Transcript prepared by Radio Westmarsh newsroom. Duration of item: 8 minutes 20 seconds.

GEMMA FAIRLIE: It's twenty to eight. After fourteen years on Calloway Meadow, Hollowbridge Farmers' Market is packing up its gazebos and moving across town to Tanner's Yard, next to the station. With me in the studio are the market manager, Ruth Penhallow, and Owen Tregarthen of Bramblecombe Dairy, who has sold cheese at the market for more than a decade. Ruth, why go?

RUTH PENHALLOW: We didn't leave Calloway Meadow lightly; we left because the numbers stopped adding up. Our licence was going up from fourteen thousand four hundred pounds to twenty-two thousand eight hundred. That's a rise of more than eight thousand pounds a year for a not-for-profit company.

GEMMA FAIRLIE: The estate put out a statement yesterday saying it offered you a compromise, a phased increase, and you turned it down.

RUTH PENHALLOW: The compromise still left us paying over nineteen thousand pounds in the first year. And it didn't deal with the other problem, which is that the meadow floods. We lost a whole market in February, with about an hour and a half's notice, and traders had already loaded their vans.

GEMMA FAIRLIE: The estate says the ground was saturated and vehicles would have damaged it.

RUTH PENHALLOW: I don't doubt the ground was wet. I'm saying a grass field isn't the right home for a market that wants to trade all year round.

GEMMA FAIRLIE: Owen, you've been a stallholder since, what, 2013?

OWEN TREGARTHEN: Since the spring of 2013, yes. We make four cheeses at Bramblecombe, up near Little Sowden, and the market's about a third of our sales.

GEMMA FAIRLIE: How has this winter been?

OWEN TREGARTHEN: Hard. On a wet Saturday in January I was taking less than a hundred and fifty pounds, and that doesn't cover the diesel. On a good Saturday in summer it's more like six hundred.

GEMMA FAIRLIE: And you think Tanner's Yard will change that?

OWEN TREGARTHEN: Tanner's Yard is hard standing, it's next to the station, and my customers won't need wellies. I'd be lying if I said I wasn't nervous, mind. People know where the meadow is.

GEMMA FAIRLIE: Ruth, what's it costing to move?

RUTH PENHALLOW: Eighteen and a half thousand pounds to fit out the yard, electrics, water and signs. Eleven thousand of that is a grant from the Westmarsh Rural Fund, and the rest comes out of our reserves. The lease from the town council is nine thousand six hundred a year, so even with the fit-out we come out ahead within two years.

GEMMA FAIRLIE: The town council vote wasn't unanimous, was it?

RUTH PENHALLOW: Seven to two in the resources committee. The two who voted against were worried about parking, which is fair. We'll only use eighty of the two hundred and ten spaces, and there's two hours' free parking for shoppers on market days.

GEMMA FAIRLIE: What happens to pitch fees?

RUTH PENHALLOW: A standard pitch will be thirty pounds all year round. At the moment it's thirty-two for most of the year and twenty-eight in the winter, so for most traders it's a small saving. And we're putting aside twelve pitches at fifteen pounds for new producers.

OWEN TREGARTHEN: Which is a good thing. When I started, I couldn't have afforded thirty-two pounds a week.

GEMMA FAIRLIE: Any hard feelings towards the estate?

RUTH PENHALLOW: Fourteen years is a long time, and I want to thank the estate for every one of them. Our last market on the meadow is Saturday the twenty-ninth of March, and we open at Tanner's Yard on Saturday the twelfth of April.

OWEN TREGARTHEN: I'll be there at half six with the van.

GEMMA FAIRLIE: Ruth Penhallow and Owen Tregarthen, thank you both. It's twelve minutes to eight.

[END OF ITEM]
`;

describe('swaps across sentences, caps, moves of other figures and manners, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('two figures each given to what the claim gives the other are swapped', async () => {
    const council = judgeWith(await workspaceIndex({ 'sources/scrutiny_report.md': SCRUTINY }));
    const faithful = council('A B&B room costs an average of £84 a night, compared with £59 for self-contained nightly-paid accommodation and the equivalent of £19 for a council-owned home.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const swapped = council('A B&B room costs an average of £59 a night, compared with £84 for self-contained nightly-paid accommodation and the equivalent of £19 for a council-owned home.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
    assert.deepEqual(swapped.conflicts.map((c) => [c.claim, c.source]), [['£59', '£84']], why(swapped));
  });

  test('"Up to 25 …, with six moving" is the paper\'s "Up to 6.0 FTE would transfer"', async () => {
    const senate = judgeWith(await workspaceIndex({ 'sources/senate_paper.md': SENATE }));
    const faithful = senate("Up to 25 of the department's 31 full-time-equivalent academic posts would be at risk of redundancy, with six moving to the Department of Theatre to form a new Community Music unit.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = senate("Up to 25 of the department's 31 full-time-equivalent academic posts would be at risk of redundancy, with seven moving to the Department of Theatre to form a new Community Music unit.");
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
  });

  test('"leaving 42 vacancies, up from 31" moves the vacancies, not the drivers in post', async () => {
    const buses = judgeWith(await workspaceIndex({ 'sources/kestrelway_q1_performance_report.md': PERFORMANCE }));
    const faithful = buses("Kestrelway had 298 full-time equivalent drivers in post at the end of March against an establishment of 340, leaving 42 vacancies, up from 31 at the end of December.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = buses("Kestrelway had 298 full-time equivalent drivers in post at the end of March against an establishment of 340, leaving 42 vacancies, down from 31 at the end of December.");
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
    assert.match(wrong.conflicts[0].source, /^31 in 31 December 2024, 42 in 31 March 2025/, why(wrong));
  });

  test('"We didn\'t leave Calloway Meadow lightly" says they left', async () => {
    const radio = judgeWith(await workspaceIndex({ 'sources/radio_westmarsh_transcript.txt': TRANSCRIPT }));
    const faithful = radio("Hollowbridge Farmers' Market is to leave Calloway Meadow, its home for almost 14 years, after a dispute with the landowner over the cost of its licence.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });
});
