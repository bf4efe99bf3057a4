/**
 * The fifty-third round, fourth part: faithful sentences shown as errors in h740–h745 (written against 37ebc66). A
 * month after "since" that a passage states is no rival of another year's day, nor of the document's "today"; a verb
 * after an apposition's closing comma is no list item ("the village green, bears 47 names" / "…, carries 47 names");
 * "up to half with no fixed ceiling" is a fraction; a sentence that gives every figure of the claim is no figure of
 * another time ("whose budget will rise from £1.4m to £2.5m"); a column whose figure the claim gives to another word
 * is not its figure's ("58 working days …, almost three times the 20-working-day target"); a body's head speaks for it
 * in its own document; a weekday before "and said" is the first verb's; a year the things were planted in dates no
 * count of them. The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h740: sources/brightwater_statement.txt, whole. */
const POOL_STATEMENT = `BRIGHTWATER LEISURE TRUST
PRESS STATEMENT

For immediate release: Friday 13 June 2025

CASTLEBROOK POOLS: UPDATE FOR CUSTOMERS

Brightwater Leisure Trust, which runs Castlebrook Leisure Centre on behalf of Wexmoor District Council, today updated customers on the closure of the centre's swimming pools.

The main pool and learner pool at Castlebrook have been closed since 4 March 2025, when the council's engineers found corrosion in the steelwork of the pool hall roof. The council, which owns the building and is responsible for its structure, has told us that the cost of the repairs has risen to almost £2 million and that the pools are now expected to reopen early in the new year, rather than in September as first hoped.

The gym, sports hall and studios remain open as normal, seven days a week, from 6.30am to 10pm on weekdays and 8am to 6pm at weekends.

Priya Chandran, Chief Executive of Brightwater Leisure Trust, said:

"We know how much Castlebrook's pools mean to this town, and we share our customers' frustration at this news. The roof is the council's responsibility, but we have a duty to our members, our swimmers and our staff, and we are doing everything we can to keep people active while the work is carried out.

"Not one member of staff has lost their job because of the closure. Nineteen colleagues from the pool team have been redeployed to our other sites or to the gym and sports hall at Castlebrook."

WHAT WE HAVE DONE SINCE THE CLOSURE

Staff: 19 pool staff have been redeployed. There have been no redundancies. Six casual swimming teachers have been offered additional hours at Ashcombe Leisure Pool and Holme Vale Pool.

Swimming lessons: 1,430 children were enrolled on our learn-to-swim programme at Castlebrook when the pools closed. Of these, 870 have transferred to lessons at Ashcombe or Holme Vale. Parents of the remaining children have had their direct debits paused and their child's place held until the pools reopen.

Members: At the date of closure Castlebrook had 5,240 members. Since then 611 have cancelled their memberships, around 12 per cent. Members who have stayed with us can use any Brightwater pool at no extra charge.

Transport: A free minibus runs from Castlebrook to Ashcombe Leisure Pool on Mondays, Wednesdays and Fridays, leaving Castlebrook at 3.45pm and returning from Ashcombe at 6pm. The minibus has 16 seats and must be booked in advance at reception.

Clubs: We have offered Wexmoor Otters Swimming Club and Wexmoor Masters lane hire at Ashcombe at a 20 per cent discount on our standard rate.

Income: The closure is costing the trust more than £40,000 a month in lost swimming income. We are grateful to the council for the compensation it is paying under our contract, which covers part, but not all, of that loss.

Ms Chandran added:

"We will keep the swimming teachers, the lifeguards and the programme ready so that on the day the pools reopen, Castlebrook is back to full strength. In the meantime, I would ask anyone who has cancelled to come and talk to us. There may be an option that suits you better than you think."

NOTES TO EDITORS

Brightwater Leisure Trust is a charitable trust operating seven leisure centres and pools across Wexmoor, Ashcombe and the Holme Vale. It has operated Castlebrook Leisure Centre since April 2019.

Media enquiries: Owen Maddox, Communications Manager, Brightwater Leisure Trust.

ENDS
`;

/** h740: sources/scrutiny_report_castlebrook_roof.md, whole. */
const POOL_REPORT = `# Wexmoor District Council

## Overview and Scrutiny Committee

**Meeting:** Thursday 12 June 2025, 6.30pm, Council Chamber, Wexmoor Town Hall

**Report title:** Castlebrook Leisure Centre – Emergency Roof Repairs: Revised Costs and Programme

**Report of:** Martin Oyelaran, Head of Property and Assets

**Cabinet Member:** Councillor Daniel Fawcett, Cabinet Member for Leisure and Wellbeing

**Wards affected:** Castlebrook; Mill End; all wards indirectly

**Key decision:** Yes (referred to Cabinet, Tuesday 24 June 2025)

---

### 1. Purpose of the report

1.1 To inform the committee of the revised cost of the emergency roof repairs at Castlebrook Leisure Centre, Mill Lane, Wexmoor, and of the revised programme for reopening the main and learner pools.

1.2 To invite the committee to comment on, and make recommendations to Cabinet regarding, a request for additional capital funding of £630,000.

### 2. Background

2.1 Castlebrook Leisure Centre opened in 1987. It contains a 25-metre, six-lane main pool, a learner pool, a sports hall, a 60-station gym and two studios. Since 1 April 2019 the centre has been operated on the council's behalf by Brightwater Leisure Trust under a 15-year management contract. The council, as landlord, remains responsible for the structure and roof of the building.

2.2 On Thursday 27 February 2025 a routine inspection by the council's structural engineers, Harland Pryce Associates, identified significant corrosion to 9 of the 22 steel roof purlins above the main pool hall, with section loss of up to 35 per cent in the worst-affected members. The engineers advised that the pool hall should not be occupied until temporary propping or permanent repairs were in place.

2.3 Both the main pool and the learner pool, which share the same roof structure, were closed to the public at 2.30pm on Tuesday 4 March 2025. The gym, sports hall and studios, which are in a separate part of the building, have remained open throughout.

2.4 On Tuesday 11 March 2025 Cabinet approved £1,350,000 from the Capital Contingency Reserve to fund the repairs, based on the engineers' initial estimate.

2.5 Members will wish to note that a condition survey completed in October 2021 recommended that the pool hall roof be replaced within five years, at an estimated cost of £780,000 at 2021 prices. That work was not included in the capital programme for 2022/23, 2023/24 or 2024/25.

### 3. Revised cost estimate

3.1 An intrusive survey carried out during April 2025 found that a further four purlins, beyond the nine originally identified, required replacement, and that asbestos-containing material was present in the roof void above the learner pool. The revised estimate, prepared in May 2025, is shown in Table 1.

**Table 1: Castlebrook pool hall roof – original and revised cost estimates**

| Cost element | Original estimate (March 2025) | Revised estimate (May 2025) | Change |
|---|---|---|---|
| Roof steelwork replacement | £640,000 | £910,000 | +£270,000 |
| Roof covering and insulation | £310,000 | £385,000 | +£75,000 |
| Scaffolding and temporary works | £145,000 | £262,000 | +£117,000 |
| Asbestos survey and removal | £40,000 | £118,000 | +£78,000 |
| Professional fees | £95,000 | £137,000 | +£42,000 |
| Contingency | £120,000 | £168,000 | +£48,000 |
| **Total** | **£1,350,000** | **£1,980,000** | **+£630,000** |

3.2 The revised total of £1,980,000 is £630,000, or 46.7 per cent, higher than the original estimate. The largest single increase is in roof steelwork replacement (+£270,000). The largest proportional increase is in asbestos survey and removal, which has almost trebled.

3.3 It is proposed that the additional £630,000 be funded as follows:

- £480,000 from the Capital Contingency Reserve; and
- £150,000 from the Leisure Asset Sinking Fund.

3.4 If approved, the balance of the Capital Contingency Reserve will fall from £2,900,000 at 1 April 2025 to £1,070,000, which is below the minimum balance of £1,500,000 recommended by the Section 151 Officer. The Section 151 Officer, Rachel Dunstable, has advised that the reserve should be replenished over the following two financial years.

### 4. Programme

4.1 Dunmore Construction Ltd was appointed as principal contractor on Thursday 22 May 2025 following a competitive tender under the council's framework arrangements. Four bids were received.

4.2 Works are scheduled to begin on Monday 7 July 2025, with a 26-week construction programme followed by one week of testing, cleaning and water-quality checks. The pools are now expected to reopen no earlier than Monday 12 January 2026.

4.3 The original target for reopening, reported to Cabinet in March, was Monday 1 September 2025.

### 5. Usage and income

5.1 Table 2 sets out visitor numbers at the centre over the past three financial years.

**Table 2: Castlebrook Leisure Centre visits by financial year**

| Year | Swimming visits | All other visits | Total visits |
|---|---|---|---|
| 2022/23 | 214,300 | 262,100 | 476,400 |
| 2023/24 | 228,900 | 270,500 | 499,400 |
| 2024/25 | 201,600 | 284,600 | 486,200 |

Note: 2024/25 swimming visits cover 1 April 2024 to 4 March 2025 only.

5.2 Gym visits between March and May 2025 totalled 37,870, compared with 41,800 over the same three months of 2024, a fall of 9.4 per cent. Officers believe some members who combined swimming and gym use have transferred to other centres.

5.3 Brightwater Leisure Trust estimates that lost swimming income (admissions, lessons and club hire) amounts to £41,200 per month. Under the "relief event" clause of the management contract the council is paying the trust £28,000 per month in compensation while the pools remain closed. If the pools reopen on 12 January 2026, the total compensation payable from March 2025 will be approximately £294,000. This sum is met from the revenue budget and is not included in the capital figures in Table 1.

### 6. Alternative provision

6.1 Brightwater has transferred learn-to-swim pupils to Ashcombe Leisure Pool and Holme Vale Pool, both operated by the trust. Ashcombe Leisure Pool is approximately nine miles from Castlebrook. The trust is running a free minibus from Castlebrook to Ashcombe on Mondays, Wednesdays and Fridays.

6.2 Wexmoor Otters Swimming Club, which previously hired pool time at Castlebrook, has been offered reduced-rate lane hire at Ashcombe.

### 7. Recommendations

7.1 That the committee notes the revised cost estimate of £1,980,000.

7.2 That the committee recommends to Cabinet that additional capital funding of £630,000 be approved, funded as set out in paragraph 3.3.

7.3 That the committee asks officers to bring forward a condition-based maintenance plan for all council-owned leisure buildings by March 2026.

---

### Record of decision (added following the meeting)

The committee considered the report on Thursday 12 June 2025. Present: Councillor Helen Rigby (Chair), Councillor Tom Ashworth (Vice-Chair) and eight other members.

Councillor Ashworth moved an amendment requesting an independent review of why the works recommended in the 2021 condition survey were not carried out. The amendment was lost by 4 votes to 6.

The committee then voted by 7 votes to 2, with 1 abstention, to note the revised estimate and to recommend to Cabinet that additional capital funding of £630,000 be approved. Recommendation 7.3 was agreed unanimously.

Councillor Rigby said: "Nobody on this committee is happy to be asked for another six hundred thousand pounds, but a town of this size cannot be without a public pool for a year. We will be watching the programme closely."

Councillor Fawcett told the committee: "The council should have acted on the 2021 survey. I am not going to pretend otherwise. What matters now is getting the roof fixed safely and getting people back in the water."
`;

/** h740: sources/interview_pennock_transcript.md, whole. */
const POOL_INTERVIEW = `# Interview transcript

**Interviewee:** Gareth Pennock, Head Coach, Wexmoor Otters Swimming Club
**Interviewer:** Lucy Harcourt, Wexmoor Gazette
**Date and place:** Monday 16 June 2025, 7.15pm, spectator gallery, Ashcombe Leisure Pool
**Recording length:** 21 minutes. Transcribed by Lucy Harcourt. Lightly edited for repetition only.

---

**LH:** Thanks for making time, Gareth. Can you start with where you were when you heard the pool was closing?

**GP:** I was at work. I teach PE at Mill End Academy during the day. I found out from a WhatsApp message from one of the lifeguards at about twenty to three on the Tuesday afternoon. By the time I got to Castlebrook there was tape across the pool hall doors. We had a squad session due at half five that evening and I had to cancel it from the car park.

**LH:** How big is the club?

**GP:** When the pool closed we had 236 registered swimmers, from eight-year-olds up to our masters group. As of last Friday we have 198. So we've lost 38 swimmers in just over three months. Some have gone to Holme Vale Swimming Club, some have just stopped. The ones I worry about are the ten- and eleven-year-olds who were just getting going. You lose them at that age, you don't get them back.

**LH:** What does training look like now?

**GP:** At Castlebrook we had fourteen hours of pool time a week. Here at Ashcombe we've got six. Six hours, for nearly two hundred swimmers. We've had to cut the development squads to one session a week, and the performance squad, which used to train five mornings, now trains twice.

**LH:** And the cost?

**GP:** Brightwater have been decent about it, I'll say that. They've given us twenty per cent off their standard rate here. But even with that we're paying just under fifty pounds per lane per hour, and at Castlebrook it was thirty-eight. Then there's the travel. It's nine miles each way and a lot of our families don't have two cars.

**LH:** Has that fed through to the fees?

**GP:** It has, unfortunately. The committee voted last month to put monthly subs up from thirty-two pounds to forty-one. Nobody wanted to do it. We've set up a hardship fund, and local firms have helped. Kessel & Daughters, the builders' merchants on Station Road, gave us fifteen hundred pounds, which covers a few families for the rest of the year.

**LH:** There's a lot of talk about the cost of the repairs. What's your view?

**GP:** I heard at the scrutiny meeting it's gone up to the best part of two million. Look, I'm not an engineer. Nobody is blaming the lifeguards or the staff at Castlebrook, they've been brilliant. But the council had a survey in 2021 that told them the roof needed doing. If they'd fixed it when they were told, we wouldn't be standing here in Ashcombe at half seven on a Monday night.

**LH:** Councillor Fawcett said at the meeting the council should have acted on that survey.

**GP:** Well, I'll give him credit for saying it. It's more than we got in March. But saying sorry doesn't get my swimmers back in the water.

**LH:** What about competitions?

**GP:** That's the hardest bit. We were due to host the Wexmoor Autumn Open on Saturday 20 September. It's the biggest thing in our calendar. We had about four hundred entries expected from twelve clubs across the region. We've had to cancel it. There's nowhere else with a six-lane pool and enough spectator seating that we could book at that notice. That meet usually raises around four thousand pounds for the club.

**LH:** The council is saying January now. Do you believe that?

**GP:** I want to believe it. They said September, and now it's January. I've told the parents: plan for January, hope for January, but don't be surprised. What I'd really like is for someone from the council to come and talk to our families directly. We've asked twice and we've not had a date.

**LH:** Anything else you want people to know?

**GP:** Just that the club is still here. We're smaller, we're tired, but we're still here. If anyone's child has drifted away since March, bring them back. There's a space for them.

---

*End of transcript.*
`;

/** h742: sources/parish_council_minutes.md, whole. */
const MEMORIAL_MINUTES = `# Ashcombe St Mary Parish Council

## Minutes of the Extraordinary Meeting of the Parish Council

**Held on Tuesday 11 March 2025 at 7.30pm in Ashcombe Village Hall, Church Lane, Ashcombe St Mary**

**Present:** Cllr Margaret Pendry (Chair), Cllr David Okonjo (Vice-Chair), Cllr Susan Thewlis, Cllr Robert Hale, Cllr Fiona McCrae, Cllr Peter Ashdown, Cllr Helen Varley

**In attendance:** Mr Simon Radcliffe (Parish Clerk and Responsible Financial Officer); District Cllr Alan Brierley (Wealdmoor District Council, ward member for Ashcombe and Fenbury); 23 members of the public

**Apologies:** Cllr Janet Moss (work commitments)

---

### 25/031 Declarations of interest

Cllr Ashdown declared a non-pecuniary interest in item 25/034 as a trustee of the Ashcombe St Mary branch of the Fenshire Ex-Services Association. He remained in the meeting and took part in the vote, having been advised by the Clerk that the interest was not prejudicial.

No other declarations were made.

### 25/032 Public participation

The Chair opened the meeting at 7.31pm and adjourned it for public participation.

Mrs Joan Tilbury of Orchard Close asked why the restoration of the war memorial, first discussed in 2022, had still not begun. She said her grandfather's name on the east face "can no longer be read at all".

Mr Keith Dunmore of Fenbury Road asked whether the parish precept would rise to cover any shortfall. The Chair replied that no decision on the 2026/27 precept had been taken and that the matter would be considered in the autumn.

Dr Eleanor Whitlock, chair of the Ashcombe and District Local History Society, reported that the society had confirmed the identities of three men from the parish who died in the First World War but were omitted from the memorial in 1921, and asked that their names be added as part of the works.

The meeting was reconvened at 7.52pm.

### 25/033 Report of the district ward member

District Cllr Brierley said he had raised the parish's concerns with the Cabinet Member for Communities and Heritage and had "every sympathy" with the parish. He said he was not able to commit the district council to any sum, and that the revised grant scheme had been adopted by the district's Cabinet on 20 November 2024.

### 25/034 Ashcombe St Mary War Memorial – restoration and funding

The Clerk reported as follows.

**Background.** The memorial, a Grade II listed Portland stone cross on the village green, carries 47 names from the First World War and 12 from the Second World War. A condition survey carried out by Beckwith Building Surveyors on Tuesday 17 September 2024 found that 38.6 per cent of the inscribed lettering was illegible or partly illegible, that there was a 1.8 metre crack along the north side of the plinth, and that 14 of the 22 cast-iron railing sections were corroded.

**Quotation.** Following a tender in which three firms were invited and two responded, the preferred quotation is from Harcourt & Lyle Stonemasonry Ltd of Fenbury. The quotation is valid until Wednesday 30 April 2025. The contractor estimates that the works will take 14 weeks.

| Item | Cost (excl. VAT) |
|---|---|
| Cleaning and lichen removal | £7,200 |
| Re-pointing and stone repair, including plinth crack | £21,600 |
| Re-cutting of 59 existing names | £9,400 |
| New bronze plaque bearing three additional names | £4,800 |
| Restoration of cast-iron railings | £11,300 |
| Scaffolding and site set-up | £2,700 |
| **Subtotal** | **£57,000** |
| VAT at 20% | £11,400 |
| **Total** | **£68,400** |

The second tender, from Stanway Conservation of Marlow Heath, was £74,950 including VAT.

**Funding position.** The Clerk reminded members that on Tuesday 14 June 2022 the district council's then Heritage Officer had written to the parish stating that the district "would expect to contribute 50 per cent of eligible costs" under its Heritage Assets Grant scheme. The parish submitted its formal application on Thursday 9 January 2025. On Friday 28 February 2025 the district council offered a grant of £15,000, being the maximum available under the scheme as revised in November 2024.

| Source | Parish council's expected figure | Position after district offer |
|---|---|---|
| Parish council earmarked reserves | £18,500 | £18,500 |
| Fenshire Community Heritage Fund (awarded) | £8,000 | £8,000 |
| Public appeal (total to 28 February 2025) | £6,240 | £6,240 |
| Wealdmoor District Council | £34,200 | £15,000 |
| **Total secured or expected** | **£66,940** | **£47,740** |
| **Shortfall against £68,400** | **£1,460** | **£20,660** |

The Clerk advised that VAT on the works would be recoverable by the parish council, but that grant bodies calculate contributions on the gross figure.

**Discussion.** Cllr Okonjo said the 2022 letter had been "the whole basis on which this council planned", and that the parish had not been told of any deadline for an application. Cllr Hale said the council should accept the £15,000, "bank what is on the table", and look to close the gap through the appeal and, if necessary, the precept, warning that a dispute risked losing the Harcourt & Lyle quotation. Cllr Varley said she supported the principle of challenging the district but was concerned about the timetable. The Chair said the parish "will not be the council that lets these names fade away", but that it was "not for Ashcombe to make up the district's broken promise".

**Resolution 1.** Proposed by Cllr Okonjo, seconded by Cllr Thewlis:

*That the Council (a) formally disputes Wealdmoor District Council's grant offer of £15,000; (b) requests that the district council honour its letter of 14 June 2022 by contributing 50 per cent of eligible costs; and (c) defers signing a contract with Harcourt & Lyle Stonemasonry Ltd until the district council has responded.*

| For | Against | Abstained |
|---|---|---|
| 5 (Cllrs Pendry, Okonjo, Thewlis, McCrae, Ashdown) | 1 (Cllr Hale) | 1 (Cllr Varley) |

**The motion was carried.**

**Resolution 2.** Proposed by Cllr McCrae, seconded by Cllr Hale:

*That the Clerk be authorised to ask Harcourt & Lyle Stonemasonry Ltd to extend the validity of its quotation to Thursday 31 July 2025, and to set a public appeal target of £12,000.*

Carried unanimously (7 for, 0 against).

### 25/035 Date of next meeting

The next ordinary meeting will be held on Tuesday 8 April 2025 at 7.30pm in Ashcombe Village Hall.

The meeting closed at 9.14pm.

Signed ............................ (Chair)    Date ...............
`;

/** h742: sources/district_council_statement.txt, whole. */
const MEMORIAL_STATEMENT = `WEALDMOOR DISTRICT COUNCIL
Press Office, Council Offices, Castle Street, Marlow Heath

FOR IMMEDIATE RELEASE
Thursday 13 March 2025

STATEMENT ON THE ASHCOMBE ST MARY WAR MEMORIAL

Wealdmoor District Council has responded to a resolution passed by Ashcombe St Mary Parish Council on Tuesday evening concerning funding for the restoration of the village's war memorial.

The district council has offered the parish council a grant of £15,000 towards the works, which are costed at approximately £68,000. This is the maximum award available to any single project under the council's Heritage Assets Grant scheme.

Cllr Gillian Farrow, Cabinet Member for Communities and Heritage, said:

"We share Ashcombe's determination to see this memorial restored, and nobody at this council wants the names of those who gave their lives to be lost. But we have to be fair to every town and village in Wealdmoor. The grant we have offered is the largest we can give any project, and it is the same rule that applies to everyone."

She added: "I would urge the parish council to accept the grant so that the work can go ahead this year. Our door remains open."

Background to the grant scheme

The Heritage Assets Grant scheme was revised by the district council's Cabinet on Wednesday 20 November 2024. The scheme's annual budget was reduced from £410,000 to £320,000 as part of savings required to balance the council's 2025/26 budget, a reduction of 22 per cent.

Under the revised rules, grants are limited to 30 per cent of eligible costs, up to a maximum of £15,000 per project. Under the previous rules, which applied until November 2024, grants of up to 50 per cent of eligible costs were available, with no fixed upper limit.

Applying the 30 per cent rate to the Ashcombe project would give a figure of £20,520; the award has therefore been set at the £15,000 maximum.

The 2022 correspondence

A council spokesperson said the letter sent to the parish council in June 2022 was "an indication of support in principle, and not a commitment to a specific sum". The spokesperson said the letter stated that any application should be submitted within 18 months. The parish council's application was received on 9 January 2025, more than 30 months after the letter was sent.

"Had an application been received within the period set out in the letter, it would have been assessed under the rules then in force," the spokesperson said.

The council's record on war memorials

Since April 2019, the district council has supported the repair of 14 war memorials across Wealdmoor through the scheme, with grants totalling £212,000. The largest single award was £31,500, for the memorial at Fenbury in 2021.

Next steps

The council's Heritage Officer, Naomi Culver, has offered to meet the parish clerk and councillors on Monday 24 March 2025 to advise on other sources of funding, including national grant bodies and the Fenshire Community Heritage Fund.

The offer of £15,000 will remain open until Friday 30 May 2025.

ENDS

Notes to editors
1. Ashcombe St Mary lies in the Ashcombe and Fenbury ward, represented on the district council by Cllr Alan Brierley.
2. Media enquiries: Wealdmoor District Council press office, 01632 960 418.
`;

/** h743: sources/board_report.md, whole. */
const RENT_REPORT = `# Calderbrook Homes — Report to the Board

**Meeting:** Tuesday 14 January 2025, 6pm
**Venue:** Board Room, Calderbrook House, 22 Tannery Lane, Wexcombe
**Agenda item 5:** Rent setting 2025/26 and repairs performance update
**Report authors:** Helen Quigley, Director of Finance; Ravinder Sohal, Director of Property Services
**Chair:** Desmond Farraday
**Status:** Public (minute extract appended)

## 1. Purpose

1.1 This report asks the Board to approve rent levels for 2025/26 and to note repairs and complaints performance for the period 1 April to 31 December 2024.

1.2 Calderbrook Homes owns and manages 6,240 homes across Wexcombe, Ashby Moor and the Hollins Vale estate. Of these, 5,870 are general needs homes let at social rent and subject to this decision; the remaining 370 are sheltered and supported homes, whose rents are set separately.

## 2. Rent proposal for 2025/26

2.1 The rent settlement permits an increase of up to CPI plus one percentage point. CPI for September 2024 was 6.7 per cent, giving a maximum increase of 7.7 per cent.

2.2 It is recommended that general needs rents rise by the full 7.7 per cent with effect from Monday 7 April 2025.

2.3 The average weekly rent for a general needs home will rise from £98.40 to £105.98, an increase of £7.58 per week (charged over 52 weeks).

2.4 Service charges will rise by 4.5 per cent, in line with the forecast cost of the services provided.

2.5 The increase is forecast to generate additional rental income of £2.9m in 2025/26.

2.6 The Director of Finance advises that the additional income is required to fund the expanded damp and mould programme and the 2025/26 planned maintenance programme, and to maintain headroom against the association's loan covenants. Without the increase, interest cover would fall to 1.12 times against a covenant minimum of 1.10 times.

2.7 Of the additional income, £1.1m will be allocated to the damp and mould programme, increasing its budget from £1.4m in 2024/25 to £2.5m in 2025/26. The planned maintenance budget will increase from £11.9m in 2024/25 to £14.2m in 2025/26.

## 3. Repairs performance, 1 April to 31 December 2024

3.1 Performance has deteriorated across all repair categories compared with 2023/24.

**Table 1: Average time to complete repairs**

| Repair category | Target | 2023/24 average | Apr–Dec 2024 average | Completed within target (Apr–Dec 2024) |
|---|---|---|---|---|
| Emergency | 24 hours | 19 hours | 27 hours | 81.4% |
| Urgent | 7 days | 8.2 days | 11.6 days | 62.3% |
| Routine | 28 days | 34 days | 47 days | 38.6% |
| Damp and mould | 20 working days | 41 working days | 58 working days | 22.5% |

3.2 At 31 December 2024 there were 2,318 open repair jobs, compared with 1,406 at 31 December 2023.

3.3 The principal cause of the deterioration was the handover between responsive repairs contractors. The contract with Pennock & Hale Ltd ended on Monday 30 September 2024. Strathmore Building Services began work under the new contract on Friday 1 November 2024. During the intervening month only emergency repairs were carried out, by an interim call-out provider.

3.4 The Director of Property Services reported that Strathmore had cleared 385 backlog jobs between 1 November and 31 December 2024 and that the backlog is expected to fall below 1,500 open jobs by 30 June 2025.

3.5 The stock condition survey completed in October 2024 identified 612 homes with damp or mould hazards, of which 87 were classed as serious (Category 1).

3.6 Tenant satisfaction with the repairs service, measured by the quarterly perception survey, fell from 71 per cent in 2023/24 to 58 per cent in the third quarter of 2024/25.

## 4. Complaints

**Table 2: Complaints received, 2024/25**

| Quarter | Complaints received | Of which damp and mould | Escalated to Stage 2 |
|---|---|---|---|
| Q1 (Apr–Jun 2024) | 412 | 139 | 37 |
| Q2 (Jul–Sep 2024) | 468 | 171 | 44 |
| Q3 (Oct–Dec 2024) | 603 | 254 | 61 |
| **Total** | **1,483** | **564** | **142** |

4.1 The Housing Redress Ombudsman made three findings of severe maladministration against Calderbrook Homes during calendar year 2024, all relating to damp and mould. The most recent (case HRO-2024-03817) was issued on Friday 6 December 2024.

## 5. Statement from the Chief Executive

5.1 Margaret Ollerenshaw, Chief Executive, said: "We recognise that our repairs performance has fallen well short of what tenants deserve. Asking tenants to pay more at the same time is not a decision we take lightly, but every extra pound will go back into their homes. The £1.1m we are adding to the damp and mould programme is the largest single increase in our history."

## 6. Recommendation

6.1 The Board is asked to approve an increase of 7.7 per cent in general needs rents from Monday 7 April 2025, and to note the repairs and complaints performance set out above.

## Minute extract

The Board approved recommendation 6.1. Votes: 8 in favour, 3 against, 1 abstention. The three members voting against were the tenant board members, Mr Lionel Garside, Mrs Farah Iqbal and Ms Bethan Lloyd-Mears. Ms Yvonne Tresize abstained. The meeting closed at 8.10pm.
`;

/** h744: sources/interview-su-officer.txt, whole. */
const HALLS_INTERVIEW = `INTERVIEW TRANSCRIPT

Interviewee: Aisha Pembury, Vice-President (Welfare), Harrowfield Students' Union
Interviewer: Callum Frew, Harrowfield Courier
Date: Wednesday 10 September 2025, 2.15pm
Location: Students' Union building, Founders' Walk, Harrowfield
Recorded with interviewee's consent. Transcribed by CF. Minor verbal hesitations removed.

---

CF: Thanks for seeing me. Can you start by telling me when the union first heard that Calder Yard wasn't going to be ready?

AP: We heard informally on Friday 22 August. A member of the accommodation office staff mentioned it to our housing adviser that there were "serious concerns" about the opening date. We raised it formally with the university on the Monday after, the 25th, and we were told nothing had been confirmed. Then the official statement came out on Friday the 5th. So students were finding out a fortnight after we'd first heard something was wrong, and some of them had already bought their bedding and kitchen stuff and had it delivered to the Calder Yard address.

CF: The university says 438 first-years are affected. Is that your understanding?

AP: That's the university's figure, and it's the number who'd accepted a room by the end of August. Our understanding is that it's closer to 450 now, because a few students who came through clearing were given Calder Yard rooms last week. We've asked the university to confirm the number, and we haven't had an answer yet.

CF: The union ran a survey. What did it find?

AP: We sent a short survey to every affected student we had an email for, and between Friday and Tuesday we got 212 responses. Sixty-four per cent said they were worried about the extra cost of living in a hotel, mainly food at weekends and travel. Seventy-one per cent said they had not been told which hotel they'd be in. And 38.6 per cent said they were considering deferring or withdrawing. That last one is the one that really worries me. Even if only a fraction of them actually do it, that's a lot of young people whose university experience has been damaged before it's started.

CF: The university is offering a £50-a-week disruption payment, free rent, meals and a shuttle bus. Is that enough?

AP: It's a start, but it's not enough. The rent waiver is right, obviously, they shouldn't be paying for a room they can't live in. But fifty pounds doesn't go very far if you're eating out every lunchtime and at weekends. The hotels give you breakfast and an evening meal, but there's no lunch, and at the Station Quarter Inn there's no kitchen access at all, so you can't even make a sandwich.

Our Union Council voted on Monday night on a motion calling on the university to raise the payment to £100 a week and to guarantee that any student who wants to leave their hotel can be found a room in existing halls. It passed 31 votes to 4, with 2 abstentions.

CF: What about the distance from campus?

AP: Riverside Lodge is the one that concerns us most. It's over three miles out, and it's the biggest group, 190 students. The shuttle runs every 20 minutes, which is fine in the daytime, but the last one is at 11pm. If you've got a late lab session or you're at a society event, or you work a late shift, you're stuck. We've asked for it to run until 2am on Fridays and Saturdays, at least during Welcome Week.

CF: Have you spoken to the contractor?

AP: No. Our relationship is with the university. I have heard there were problems with the cladding company going bust and something underground. I'm not going to pretend I understand the construction side. But what I'd say is that this letter from the builder was dated the 2nd and the university knew there were problems before that. Students deserved to be told sooner.

CF: What has the university said to you directly?

AP: I met Professor Whitcombe on Monday afternoon, before the council meeting. To be fair to him, he was apologetic and he listened. He agreed to look at the late shuttle and he said the residential life team would be in place from arrivals weekend. He didn't commit to the £100. He said the university was "looking at every option", which is what you say when you haven't decided.

CF: What would you say to the students who are going into hotels?

AP: Come to us. We're setting up a drop-in at each hotel, every Tuesday and Thursday from 5pm to 7pm, starting in Welcome Week. If you're struggling, if your room isn't right, if you can't get to lectures, tell us and we'll push the university on it.

These are eighteen-year-olds, most of them have never lived away from home, and we're asking them to do it in a hotel corridor. That's not what they signed up for. I'm not going to let the university forget that.

CF: One more thing: the university is putting the cost at about £1.9 million. Do you think that money is well spent?

AP: Honestly, I think a lot of it should be coming from the builder, and I understand the university is trying to get it back. I'd rather the university spent two million pounds looking after students properly than saved money and left them stranded. But nobody should pretend this is a good outcome.

CF: Thank you.

AP: Thanks.

[END OF RECORDING – 18 min 42 sec]
`;

/** h745: sources/highways_tree_report.md, whole. */
const TREE_REPORT = `# Wendlecombe Borough Council
## Highways and Environment Directorate

# Street Tree Condition Report: Larchmere Avenue, Ashbridge Vale

**Report reference:** HT/2024/117
**Author:** Rachel Dunmore, Principal Highways Tree Officer
**Date of report:** Monday 2 September 2024
**Report to:** Cllr Margaret Tillotson, Cabinet Member for Highways and Transport

---

### 1. Purpose

1.1 This report sets out the findings of a condition survey of the 14 highway trees on Larchmere Avenue, Ashbridge Vale, and recommends action to address pavement damage, subsidence claims and tree health.

1.2 The survey was carried out by council tree officers over three days, from Monday 12 August to Wednesday 14 August 2024.

### 2. Background

2.1 Larchmere Avenue is a residential road of 0.6 km running between Holloway Lane and Sedgebrook Road. Its avenue of 10 horse chestnuts and 4 common limes was planted in about 1928, when the houses were built.

2.2 Over the past three financial years (2021/22 to 2023/24) the council has received six pavement trip claims on Larchmere Avenue and has paid out £11,240 in compensation.

2.3 The council's insurers have also received three subsidence claims from householders, at numbers 14, 22 and 37 Larchmere Avenue. Two of those claims name the adjacent highway tree as a contributory cause. None has yet been settled.

2.4 The council's intervention level for a pavement trip hazard is a vertical displacement of 20 mm.

### 3. Survey findings

3.1 The condition of each tree is set out in Table 1. Heights are estimated to the nearest metre; stem diameter is measured at 1.5 m above ground level. Pavement heave is the largest vertical displacement recorded within 3 m of the stem.

**Table 1: Larchmere Avenue highway trees**

| Tree | Species | Height (m) | Stem diameter (cm) | Condition | Pavement heave (mm) | Recommendation |
|------|---------|-----------|--------------------|-----------|---------------------|----------------|
| T1 | Horse chestnut | 17 | 78 | Fair; bleeding canker | 45 | Fell |
| T2 | Horse chestnut | 18 | 82 | Poor; extensive bleeding canker | 60 | Fell |
| T3 | Common lime | 19 | 71 | Good | 20 | Retain |
| T4 | Horse chestnut | 16 | 69 | Poor; decay at base | 85 | Fell |
| T5 | Horse chestnut | 17 | 74 | Fair | 35 | Retain and monitor |
| T6 | Common lime | 20 | 88 | Good | 15 | Retain |
| T7 | Horse chestnut | 15 | 66 | Dead or dying | 70 | Fell |
| T8 | Horse chestnut | 18 | 80 | Fair; bleeding canker | 55 | Fell |
| T9 | Horse chestnut | 17 | 77 | Poor | 90 | Fell |
| T10 | Common lime | 18 | 73 | Good | 25 | Retain |
| T11 | Horse chestnut | 16 | 70 | Fair; bleeding canker | 50 | Fell |
| T12 | Horse chestnut | 17 | 76 | Poor | 65 | Fell |
| T13 | Common lime | 19 | 84 | Fair | 30 | Retain |
| T14 | Horse chestnut | 16 | 68 | Fair; bleeding canker | 40 | Fell |

3.2 Of the 14 trees, four are in poor condition (T2, T4, T9 and T12) and one (T7) is dead or dying. Five horse chestnuts show signs of bleeding canker.

3.3 Pavement heave exceeds the intervention level of 20 mm at 12 of the 14 tree positions. The greatest heave, 90 mm, was recorded at T9, outside number 37.

3.4 The four common limes are in fair or good condition and are recommended for retention.

### 4. Options

4.1 **Option A: Fell nine trees and replant.** Fell the nine horse chestnuts marked "Fell" in Table 1, reinstate the pavement, and plant 12 replacement trees (field maple and hornbeam) in the 2024/25 planting season. Estimated cost: felling and stump grinding £18,450; replacement planting, including tree pits and three years' aftercare, £7,800. Total £26,250.

4.2 **Option B: Retain and engineer.** Retain all 14 trees, root-prune where safe, and rebuild the pavement with a raised flexible surface and root barriers. Estimated cost: £61,300. Officers advise that this option would not resolve the tree health issues identified at T2, T4, T7, T9 and T12.

4.3 **Option C: Do nothing.** Not recommended. The council would remain exposed to trip claims and to possible liability in the subsidence claims.

### 5. Recommendation

5.1 Officers recommend Option A.

5.2 The replacement trees would provide less canopy cover than the existing trees for a period of at least 15 years. The nine trees recommended for felling have a combined canopy area of approximately 1,140 square metres.

5.3 Officers recommend that felling take place outside the bird nesting season, which runs from March to August.

### 6. Consultation

6.1 Ward councillors for Ashbridge Vale were notified on Monday 2 September 2024. A letter was delivered to all 112 properties on Larchmere Avenue on the same day.

Rachel Dunmore
Principal Highways Tree Officer
`;

describe('months since, appositions, halves, copied figures, columns given, heads of bodies, weekdays of other verbs and years of planting, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"have cancelled since March" is not the statement\'s "today" nor the contract\'s "since 1 April 2019"; 711 cancellations are caught', async () => {
    const pool = judgeWith(await workspaceIndex({ 'sources/brightwater_statement.txt': POOL_STATEMENT, 'sources/scrutiny_report_castlebrook_roof.md': POOL_REPORT, 'sources/interview_pennock_transcript.md': POOL_INTERVIEW }));
    const faithful = pool('Brightwater said 611 of the centre\'s 5,240 members, about 12 per cent, have cancelled since March.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = pool('Brightwater said 711 of the centre\'s 5,240 members, about 12 per cent, have cancelled since March.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });

  test('"bears 47 names" is "carries 47 names", and "up to half" is "up to 50 per cent"; 57 names are caught', async () => {
    const memorial = judgeWith(await workspaceIndex({ 'sources/parish_council_minutes.md': MEMORIAL_MINUTES, 'sources/district_council_statement.txt': MEMORIAL_STATEMENT }));
    const bears = memorial('The memorial, a Grade II listed Portland stone cross on the village green, bears 47 names from the First World War and 12 from the Second.');
    assert.deepEqual(bears.conflicts, [], why(bears));
    const half = memorial('Grants are now limited to 30 per cent of eligible costs, up to £15,000 a project, whereas the old rules allowed up to half with no fixed ceiling.');
    assert.deepEqual(half.conflicts, [], why(half));
    const other = memorial('The memorial, a Grade II listed Portland stone cross on the village green, bears 57 names from the First World War and 12 from the Second.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });

  test('"whose budget will rise from £1.4m to £2.5m" and "almost three times the 20-working-day target" are the board report\'s; £3.5m is caught', async () => {
    const board = judgeWith(await workspaceIndex({ 'sources/board_report.md': RENT_REPORT }));
    const budget = board('Of the extra money, £1.1m will go to the damp and mould programme, whose budget will rise from £1.4m to £2.5m.');
    assert.deepEqual(budget.conflicts, [], why(budget));
    const target = board('Damp and mould repairs took an average of 58 working days to complete between April and December, almost three times the 20-working-day target.');
    assert.deepEqual(target.conflicts, [], why(target));
    const other = board('Of the extra money, £1.1m will go to the damp and mould programme, whose budget will rise from £1.4m to £3.5m.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });

  test('"Calderbrook said" gives the chief executive\'s words to her body; "The Ombudsman said" is caught', async () => {
    const files = { 'sources/board_report.md': RENT_REPORT };
    assert.deepEqual(await misattributions(files, 'Calderbrook said every extra pound raised would go back into tenants\' homes.'), []);
    const other = await misattributions(files, 'The Ombudsman said every extra pound raised would go back into tenants\' homes.');
    assert.equal(other.length, 1, JSON.stringify(other));
  });

  test('"She met Professor Whitcombe on Monday and said …" dates the meeting, not the telling; "said on Monday" is caught', async () => {
    const files = { 'sources/interview-su-officer.txt': HALLS_INTERVIEW };
    const faithful = await checkAgainst(files, '# Story\n\nShe met Professor Whitcombe on Monday and said he had been apologetic and had agreed to look at a later shuttle.\n');
    assert.deepEqual(faithful.findings.filter((f) => f.severity === 'error').map((f) => f.message), []);
    const other = await checkAgainst(files, '# Story\n\nShe said on Monday that Professor Whitcombe had been apologetic and had agreed to look at a later shuttle.\n');
    assert.ok(other.findings.some((f) => f.code === 'contradicted-claim' && f.message.includes('Wednesday')), JSON.stringify(other.findings.map((f) => f.message)));
  });

  test('"nine of the road\'s ten horse chestnuts" is the avenue "planted in about 1928", not a figure of 1928; 1938 is caught', async () => {
    const trees = judgeWith(await workspaceIndex({ 'sources/highways_tree_report.md': TREE_REPORT }));
    const faithful = trees('The report, written by principal highways tree officer Rachel Dunmore, recommended felling nine of the road\'s ten horse chestnuts and keeping all four of its common limes.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const other = trees('The avenue of ten horse chestnuts and four common limes was planted in about 1938.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });
});
