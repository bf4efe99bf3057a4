/**
 * The forty-seventh round, sixth part: faithful sentences of h578–h583 (written against d443a91) shown as errors,
 * and one of h364 left from an earlier round. "NHS 111" names a service, no count; "between 10am and noon" has its
 * noon; "which wasn't much, about a tonne and a half" judges the amount and denies nothing of it; "the most common
 * concern, raised in 44%" voices the concern, no rise; "cut its hours from 20 to eight a week" is in hours; "64
 * volunteers" has no rival in "Recording length: 31 minutes". The fixtures are the helpers' sources, whole; the
 * people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

/** h580: sources/01_trust_board_paper.md, whole. */
const BOARD_PAPER = `# Weald and Tamber Community Health NHS Trust

## Board of Directors – Meeting in Public

**Date:** Thursday 13 March 2025
**Agenda item:** 9
**Title:** Tolbury Cottage Hospital Minor Injuries Unit – temporary change to opening hours
**Executive lead:** Alison Trevethan, Chief Nursing Officer
**Author:** Simon Pell, Head of Urgent and Community Care Services
**Purpose:** For decision

### 1. Summary

1.1 The Minor Injuries Unit (MIU) at Tolbury Cottage Hospital, Orchard Lane, Market Tolbury, is currently open from 8am to 10pm, seven days a week. It is staffed by emergency nurse practitioners (ENPs) with support from healthcare assistants. It does not have a doctor on site.

1.2 The unit has been unable to staff its full rota reliably for more than a year. Between 1 April 2024 and 31 January 2025 the evening shift was closed at short notice on 37 occasions because no qualified ENP was available.

1.3 This paper recommends that, from Monday 7 April 2025, the MIU closes at 8pm instead of 10pm, seven days a week, as a temporary measure for six months. Opening time (8am) is unchanged. The change would be reviewed and reported back to the Board on Thursday 25 September 2025.

1.4 The Board is asked to APPROVE the temporary change and to NOTE the equality impact assessment summarised in section 6.

### 2. Background

2.1 Tolbury MIU treats minor injuries such as cuts, sprains, suspected simple fractures, minor burns and foreign bodies in eyes and ears. Plain X-ray is available on site from 9am to 5pm, Monday to Friday only; this service is not affected by this proposal.

2.2 The nearest type 1 emergency department is at Redmarsh General Hospital, 19 miles from Market Tolbury. The nearest other MIU is at Fenwick Community Hospital, 14 miles away, which is open from 8am to 8pm.

2.3 Between 1 April 2024 and 31 January 2025 (306 days) the unit recorded 12,136 attendances, an average of 39.7 a day.

### 3. Attendances by month

Table 1: Attendances by month, April 2024 – January 2025

| Month | Total attendances | Attendances 8pm–10pm | Share after 8pm |
|---|---|---|---|
| April 2024 | 1,162 | 96 | 8.3% |
| May 2024 | 1,298 | 104 | 8.0% |
| June 2024 | 1,341 | 118 | 8.8% |
| July 2024 | 1,487 | 131 | 8.8% |
| August 2024 | 1,523 | 137 | 9.0% |
| September 2024 | 1,246 | 92 | 7.4% |
| October 2024 | 1,131 | 81 | 7.2% |
| November 2024 | 1,019 | 70 | 6.9% |
| December 2024 | 987 | 74 | 7.5% |
| January 2025 | 942 | 63 | 6.7% |
| **Total** | **12,136** | **966** | **8.0%** |

3.1 Attendances peak in the summer months, when the town's population is swollen by visitors to the Tamber valley holiday parks. August 2024 was the busiest month, with 1,523 attendances; January 2025 was the quietest, with 942.

3.2 Attendances between 8pm and 10pm totalled 966 over the ten months, 8.0% of all attendances.

### 4. Attendances by time of day

Table 2: Average attendances per day by two-hour arrival band, April 2024 – January 2025

| Arrival time | Average attendances per day |
|---|---|
| 8am – 10am | 5.6 |
| 10am – 12 noon | 8.3 |
| 12 noon – 2pm | 7.0 |
| 2pm – 4pm | 6.4 |
| 4pm – 6pm | 5.5 |
| 6pm – 8pm | 3.7 |
| 8pm – 10pm | 3.2 |
| **All hours** | **39.7** |

4.1 The busiest period is the late morning, between 10am and 12 noon, with an average of 8.3 arrivals a day. The two hours between 8pm and 10pm are the quietest, with an average of 3.2 arrivals.

4.2 Of the 966 patients who arrived after 8pm, 142 (14.7%) were referred on to Redmarsh General Hospital. The remainder were treated and discharged, or given a follow-up appointment at the MIU.

### 5. Workforce and finance

5.1 The funded establishment for ENPs is 9.6 whole-time equivalent (WTE). At 28 February 2025, 5.8 WTE were in post, a vacancy rate of 40%. Two further ENPs are due to retire in the summer of 2025.

5.2 Gaps have been covered by agency nurses. Agency spend on the MIU between April 2024 and January 2025 was £418,000, against a budget of £95,000 for temporary staffing.

5.3 Closing at 8pm would remove 14 hours of ENP cover a week from the rota. The released hours would be used to keep two ENPs on duty throughout the daytime. Estimated saving in agency spend: £156,000 a year.

5.4 Recruitment: the trust has advertised ENP posts at Tolbury four times since June 2024, receiving a total of six applications and making two appointments.

### 6. Equality and quality impact assessment (summary)

6.1 Children under 16 made up 34% of attendances after 8pm, compared with 27% across all hours.

6.2 Patients aged 75 and over made up 9% of attendances after 8pm, compared with 16% across all hours.

6.3 Public transport: the assessment notes that the last scheduled bus from Market Tolbury to Redmarsh leaves at 6.40pm. Patients without a car who are injured in the evening may face difficulty reaching Redmarsh.

6.4 Mitigations: a sign and recorded telephone message will direct patients to NHS 111 after 8pm; the trust will ask the NHS 111 provider to note the change in its directory of services; and the trust will brief Market Tolbury GP practices before the change.

### 7. Recommendation

7.1 The Board is asked to approve the temporary closure of Tolbury MIU at 8pm, instead of 10pm, for six months from Monday 7 April 2025, with a review reported to the Board on Thursday 25 September 2025.
`;

/** h582: sources/interview_skipper_hocking_2024-07-17.md, whole. */
const SKIPPER = `# Interview transcript

**Interviewee:** Jason Hocking, skipper and owner of the Morwenna Rose, a 14-metre gill-netter working out of Polventon
**Interviewer:** Ellie Vosper, reporter, Polventon Packet
**Date:** Wednesday 17 July 2024
**Place:** The Fish Quay, Polventon
**Recorded with consent. Transcribed by EV.**

---

**EV:** When did you first know there was a problem with the ice?

**HOCKING:** Thursday morning, the 11th. I came down at half five to take on ice and Gary was there saying one of the machines had gone. We got about half of what we wanted. Then Saturday the other one went and that was it, nothing.

**EV:** How much ice do you normally take?

**HOCKING:** Three tonnes a trip, give or take. We're out two days, sometimes three, with a crew of four. In July with the water as warm as it is, you can't do it on less.

**EV:** What have you done since Saturday?

**HOCKING:** We went out Sunday night with what ice we could scrape together, which wasn't much, about a tonne and a half. By the Tuesday I had to make a call. I wasn't going to bring it back here with no ice on the quay, so we ran down to Trevannick. That's five hours extra steaming, and another 900 litres of fuel at 68p a litre.

**EV:** What happened to the catch?

**HOCKING:** We had about two and a half tonnes of hake. The last day's fish was fine. But the first day's, about 600 kilos, we had to dump. It wasn't fit. I've never done that in twenty-two years of fishing.

**EV:** And the prices at Trevannick?

**HOCKING:** Hake made £2.10 a kilo at Trevannick. The week before here it was £3.40. They know you've come from away and you've got to sell, so they've got you.

**EV:** Are you blaming the harbour?

**HOCKING:** I'm not blaming the lads in the ice house, they've been working all hours. Gary's been down there every night. But we've been on about that machine for three years. Everybody on this quay knew it was on its last legs. You can't land fish without ice, it's as simple as that.

**EV:** The harbour says it's bringing in ice by lorry. Does that help?

**HOCKING:** It helps, but it's twelve tonnes a day for the whole harbour. On a normal day in July we'd be using twenty-five, thirty tonnes. So it's first come, first served, and half the fleet are going without.

**EV:** What would you like to see?

**HOCKING:** Fix it, obviously. And a spare compressor sat in the store so this never happens again. It's not a lot of money against what we've lost this week. I reckon this week has cost me four thousand pounds, easy, and I'm one boat.

**EV:** Will you stay at Polventon?

**HOCKING:** My family have fished out of here since my grandfather's time. I'm not going anywhere. But some of the younger lads are talking about moving their boats to Trevannick for good, and I wouldn't blame them.

---

*End of transcript. Duration 14 minutes.*
`;

/** h583: sources/consultation-report.md, whole. */
const CONSULTATION = `# Harrowfield Borough Council

## Report to Cabinet — Wednesday 26 March 2025

### Future of the Harrowfield Library Service: Consultation Findings and Recommendations

**Report of:** Martin Pelling, Head of Libraries and Heritage
**Cabinet member:** Councillor Denise Oakhurst, Cabinet Member for Communities and Culture
**Published:** Monday 3 March 2025
**Wards affected:** Millbrook; Otterford and Wyke; Thornleigh; Eastwick

---

#### 1. Summary

1.1 The council must find savings of £6.8 million in 2025-26 to set a balanced budget. The library service has a net budget of £2.31 million in 2024-25.

1.2 This report sets out the results of a public consultation on proposals to transfer four branch libraries — Millbrook, Otterford, Thornleigh and Eastwick Road — to community-managed status, run by volunteer groups with council support. Harrowfield Central Library and Kelsey Green Library would remain fully staffed and run by the council.

1.3 The proposal would produce a net saving of £412,000 a year from 2026-27, equivalent to 17.8% of the library service's net budget. A part-year saving of £198,000 is expected in 2025-26.

1.4 Cabinet is recommended to approve the transfer of the four branches, with community-managed libraries opening from Wednesday 1 October 2025.

#### 2. The consultation

2.1 The consultation ran for twelve weeks, from Monday 4 November 2024 to Monday 27 January 2025. It was promoted in all six libraries, on the council website and through the residents' magazine, Harrowfield Matters.

2.2 The council received 2,143 responses: 1,796 online and 347 on paper. In addition, nine drop-in sessions were held in the affected branches and were attended by 386 people.

2.3 Asked whether they agreed with the proposal to transfer the four branches to community management:

- 61% disagreed or strongly disagreed
- 27% agreed or strongly agreed
- 12% neither agreed nor disagreed

2.4 The most common concerns raised were the loss of trained staff (mentioned in 44% of written comments), the risk that community libraries would close in future (31%), and reduced access to computers and printing for people without internet at home (22%).

2.5 In total, 58 respondents said they would be interested in volunteering at a community-managed library.

#### 3. Use of branch libraries

3.1 The table below shows visits and loans by branch for the last two full financial years.

| Branch | Weekly opening hours | Visits 2022-23 | Visits 2023-24 | Change in visits | Loans 2022-23 | Loans 2023-24 | Staff (FTE) | Proposed model |
|---|---|---|---|---|---|---|---|---|
| Harrowfield Central | 52 | 191,200 | 198,400 | +3.8% | 236,900 | 241,600 | 22.4 | Council-run |
| Kelsey Green | 40 | 44,800 | 41,300 | -7.8% | 55,100 | 52,700 | 6.2 | Council-run |
| Millbrook | 32 | 33,500 | 36,900 | +10.1% | 44,900 | 47,200 | 4.8 | Community-managed |
| Otterford | 24 | 19,600 | 18,200 | -7.1% | 23,800 | 21,400 | 3.6 | Community-managed |
| Thornleigh | 18 | 13,900 | 12,700 | -8.6% | 16,300 | 15,100 | 2.8 | Community-managed |
| Eastwick Road | 15 | 11,200 | 9,800 | -12.5% | 12,400 | 10,600 | 2.4 | Community-managed |

3.2 The four branches proposed for transfer recorded 77,600 visits in 2023-24, 24.5% of all visits to the borough's libraries, and 94,300 loans, 24.3% of all loans.

3.3 Millbrook was the only branch proposed for transfer where visits rose between 2022-23 and 2023-24. Officers attribute the increase largely to the opening of 140 new homes on the former Millbrook Dairy site.

3.4 A further 6.0 FTE staff work in the home library service, the mobile library and central management, giving a total establishment of 48.2 FTE.

#### 4. Financial implications

| Item | Amount per year |
|---|---|
| Gross saving (staffing and premises running costs at four branches) | £456,000 |
| Continuing council support (book stock, IT and broadband, one community libraries support officer) | £44,000 |
| **Net saving from 2026-27** | **£412,000** |

4.1 A one-off transition grant of £15,000 would be offered to each community group taking on a branch, £60,000 in total, funded from the council's transformation reserve.

4.2 The council would retain ownership of the Millbrook, Otterford and Thornleigh buildings and lease them to community groups at a peppercorn rent. The Eastwick Road library occupies a ground-floor unit leased by the council from a private landlord; the lease runs until March 2028.

#### 5. Staffing implications

5.1 The proposal would delete 13.6 FTE posts, affecting 23 members of staff, most of whom work part-time. Formal consultation with staff and trade unions would begin on Tuesday 1 April 2025 and last 45 days.

5.2 Where possible, affected staff would be offered redeployment to vacancies at Harrowfield Central and Kelsey Green, where there are currently 3.5 FTE vacant posts.

#### 6. Community management model

6.1 Officers estimate that each community-managed library would need between 25 and 30 regular volunteers to keep its current opening hours.

6.2 Community groups would be invited to submit expressions of interest by Friday 30 May 2025. Groups would need to be constituted as a charity or community interest company.

6.3 Community-managed libraries would remain part of the statutory library network, with access to the council's catalogue, reservations system and public computers. Library staff from Harrowfield Central would provide training for volunteers.

6.4 If no suitable group comes forward for a branch, officers would bring a further report to cabinet on the future of that branch.

#### 7. Recommendations

7.1 That cabinet approves the transfer of Millbrook, Otterford, Thornleigh and Eastwick Road libraries to community management from Wednesday 1 October 2025.

7.2 That cabinet delegates authority to the Head of Libraries and Heritage, in consultation with the Cabinet Member for Communities and Culture, to agree lease and service agreements with community groups.
`;

/** h583: sources/union-statement.md, whole. */
const UNION_STATEMENT = `# PRESS STATEMENT

**National Association of Public Service Workers (NAPSW) — Harrowfield Branch**
**For immediate release: Tuesday 11 March 2025**

## "Libraries are not a hobby": union condemns plan to hand four Harrowfield branches to volunteers

The Harrowfield branch of the National Association of Public Service Workers (NAPSW) today condemned Harrowfield Borough Council's plan to hand Millbrook, Otterford, Thornleigh and Eastwick Road libraries to volunteers, and called on cabinet members to reject it when they meet on Wednesday 26 March.

The council's own consultation found that 61% of residents who responded oppose the plan. Only 58 people out of more than 2,100 respondents said they might volunteer, while the council's officers estimate that each community library would need between 25 and 30 volunteers. Across four branches, that is at least 100 volunteers.

Yvonne Castellan, NAPSW Harrowfield branch secretary, said:

"Libraries are not a hobby. They are a public service, and they need trained, paid staff to run them safely. Twenty-three of our members face losing their jobs, and between them they have more than 260 years of service to this borough."

"The council says there is no money. Yet this year it found £540,000 to refurbish the civic offices at Harrowfield Town Hall. That is more than the whole saving from this plan."

The union points out that Millbrook Library is the fastest-growing branch in the borough, with visits up by more than 10% in a year.

"The council is giving away the one branch that is growing fastest. It makes no sense," Ms Castellan said.

The union also pointed to the experience of neighbouring Dunmere District Council, which transferred six branch libraries to volunteer groups in April 2019. By the end of 2023, three of those six had closed and a fourth had cut its opening hours from 20 hours to eight hours a week.

"Dunmere was told volunteer libraries would be sustainable. Half of them are gone. We don't want Harrowfield to repeat that mistake," said Gareth Lyle, NAPSW regional organiser for the Northern and Eastern region.

### What the union is asking for

- Cabinet to withdraw the proposal and keep all six libraries council-run
- A full equality impact assessment published before any decision, including the effect on older residents and families without internet at home
- A guarantee of no compulsory redundancies

The branch will open an indicative ballot of library members on industrial action on Monday 17 March 2025. The ballot closes on Monday 7 April 2025.

**Notes to editors**

1. NAPSW Harrowfield Branch represents around 1,900 council and school support staff in the borough, including 31 members of staff in the library service.
2. Contact: NAPSW Harrowfield Branch office, 14 Cooper Street, Harrowfield.
`;

/** h364: sources/interview_marwood_okafor.txt, whole. */
const THEATRE_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Thursday 6 March 2025
Place: Foyer of the Corran Playhouse, 2 Market Row, Kelbrook (building closed to the public)
Interviewer: Sam Whitlock, Kelbrook Courier
Interviewees: Helen Marwood, Artistic Director, The Corran Playhouse Trust
              Dennis Okafor, volunteer and front-of-house coordinator
Recording length: 31 minutes. Transcribed by S. Whitlock; lightly edited for repetition.

SAM WHITLOCK: Thanks for seeing me. First, how does it feel after Tuesday's letter?

HELEN MARWOOD: Honestly, I cried. I read it twice in the office before I let myself believe it. Four months ago we were talking about whether we would ever open again.

SAM WHITLOCK: Take me back to October. What actually happened?

HELEN MARWOOD: We closed on Friday the 18th of October. During the matinee of a schools show, water came through the ceiling above the circle, and when the electricians came in the next morning they found the wiring behind it was original, some of it from the 1930s. The building inspector said we could not let the public in until the roof and the wiring were both done. So we cancelled the rest of the season, that was 46 performances, and refunded about 5,800 tickets.

SAM WHITLOCK: What did that cost the trust?

HELEN MARWOOD: We lost roughly £140,000 in box office income between October and March. We kept all nine permanent staff on, which I'm proud of, but we drew down most of our reserves to do it. The reserves went from about £190,000 to under £60,000.

SAM WHITLOCK: And the appeal?

HELEN MARWOOD: We launched Raise the Roof on Thursday the 14th of November. The target was £105,000 — that was our share of the match funding. As of Monday we had £98,400 from 2,150 donors. The biggest single gift was £5,000, from a retired headteacher who wants to stay anonymous. The smallest I know of was £1.20, in coins, from a seven-year-old who saw our bucket outside the Co-op.

SAM WHITLOCK: Dennis, you were holding a lot of those buckets.

DENNIS OKAFOR: I was. I've been volunteering here for eleven years, mostly on the door, and I've never seen anything like it. We had 64 volunteers doing collections, every Saturday in the market since November. People would stop and tell you where they sat for their first panto.

SAM WHITLOCK: How much came through the buckets?

DENNIS OKAFOR: About £12,700 in cash, all counted and banked. The rest was online or cheques. We did a sponsored sleepover in the stalls in January too, 38 people, that made just over £4,000.

SAM WHITLOCK: Helen, there's still a gap of £6,600 on the appeal. Is that a risk?

HELEN MARWOOD: The Arts Council have made it a condition, so yes, we have to close it. But I'm not worried. The trustees have agreed that if we're short by the end of April, the trust will cover the difference from what's left in reserves. I'd rather the public finished it, though.

SAM WHITLOCK: When do the builders go in?

HELEN MARWOOD: The contract is with Ellery & Voss, the heritage builders from Bristead. They are due on site on Monday the 12th of May. The roof comes first — that's the biggest job, £310,000 of the total. Then rewiring, then the lift and the new toilets. If everything goes to plan we reopen in autumn 2026, and the first show back will be a community production, not a touring one.

SAM WHITLOCK: Why community first?

HELEN MARWOOD: Because they paid for it. "This building belongs to Kelbrook, not to us, and the first people on that stage should be the people who saved it."

SAM WHITLOCK: Dennis, what will you do on opening night?

DENNIS OKAFOR: Stand on the door, same as always. Probably cry, same as Helen. "I just want to hear the place full again — that noise before the lights go down."

SAM WHITLOCK: Last question. The Arts Council said eighteen months is tight. Is it?

HELEN MARWOOD: It's tight. Listed buildings always throw something at you. But Ellery & Voss did the Assembly Rooms in Stoneford on time, and we've built in a contingency of £40,000 inside the budget. I'd rather be tight and open than comfortable and closed.

SAM WHITLOCK: Thank you both.

[END OF RECORDING]
`;

describe('services, ranges, judgements of amounts and hours, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"NHS 111" is no rival of a "type 1" department; "between 10am and noon" is the paper\'s "between 10am and 12 noon"', async () => {
    const unit = judgeWith(await workspaceIndex({ 'sources/01_trust_board_paper.md': BOARD_PAPER }));
    const nhs = unit('After 8pm, patients will be directed to NHS 111, and the nearest emergency department is at Redmarsh General Hospital, 19 miles from Market Tolbury.');
    assert.equal(nhs.verdict, 'supported', why(nhs));
    const peak = (from: string) => unit(`On average 3.2 people a day arrived after 8pm, compared with 8.3 in the late-morning peak between ${from} and noon.`);
    assert.equal(peak('10am').verdict, 'supported', why(peak('10am')));
    assert.notEqual(peak('9am').verdict, 'supported', why(peak('9am')));
  });

  test('"which wasn\'t much, about a tonne and a half" denies nothing of the tonne and a half', async () => {
    const harbour = judgeWith(await workspaceIndex({ 'sources/interview_skipper_hocking_2024-07-17.md': SKIPPER }));
    const ice = harbour('After the plant stopped he went to sea with about a tonne and a half, and ended up landing at Trevannick, which meant five extra hours of steaming and another 900 litres of fuel.');
    assert.equal(ice.verdict, 'supported', why(ice));
  });

  test('"the most common concern, raised in 44%" voices it; "cut its hours from 20 to eight a week" is in hours', async () => {
    const libraries = judgeWith(await workspaceIndex({ 'sources/consultation-report.md': CONSULTATION, 'sources/union-statement.md': UNION_STATEMENT }));
    const concern = libraries('The loss of trained staff was the most common concern, raised in 44% of written comments, followed by fears that the community libraries would eventually close.');
    assert.deepEqual(concern.conflicts, [], why(concern));
    const hours = (to: string) => libraries(`By the end of 2023, three of the six had closed and a fourth had cut its hours from 20 to ${to} a week.`);
    assert.equal(hours('eight').verdict, 'supported', why(hours('eight')));
    assert.deepEqual(hours('ten').conflicts.map((c) => [c.claim, c.source]), [['ten a week', 'eight hours']]);
  });

  test('"64 volunteers" has no rival in the header\'s "Recording length: 31 minutes"', async () => {
    const theatre = judgeWith(await workspaceIndex({ 'sources/interview_marwood_okafor.txt': THEATRE_INTERVIEW }));
    const volunteers = (n: string) => theatre(`Dennis Okafor, a volunteer and front-of-house coordinator, said ${n} volunteers had collected in the market every Saturday since November.`);
    assert.equal(volunteers('64').verdict, 'supported', why(volunteers('64')));
    assert.deepEqual(volunteers('46').conflicts.map((c) => [c.claim, c.source]), [['46', '64']]);
  });
});
