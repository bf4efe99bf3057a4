/**
 * The fortieth round, fourth part: a move that a table's row of two dated columns gives the other way ("fell to
 * £18,200" / "Housing allowance | 2022–23: £13,940 | 2023–24: £18,200"), and the false alarms shown as errors in the
 * drafts written against c9c1542 (h356–h361: a gas explosion at flats, a local paper's closure, a GP practice's list,
 * a zoo tiger's death, Christmas lights, ambulance response times): "Residents of Block C" / "08:40   Evacuation of
 * Block C" are one block; "on the Monday" is a day of the story, not of the telling; a figure another row the claim
 * names gives is no rival in the row it names second. The fixtures are the helpers' sources, whole; the people, bodies
 * and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';

const REMUNERATION_REPORT = `# Harrowfield University — Remuneration Committee Annual Report 2023–24

**Published:** Thursday 7 March 2024
**Prepared for:** The Council of Harrowfield University
**Committee chair:** Dr Helen Castellan, independent member of Council

## 1. Purpose of this report

This report sets out the remuneration of the Vice-Chancellor, Professor Alistair Renwick, and of the senior post-holders of Harrowfield University for the financial year ending 31 July 2023, with the decisions taken for the 2023–24 year. It is published in line with the Higher Education Senior Staff Remuneration Code issued by the Committee of University Chairs (CUC).

## 2. Membership and meetings

The Remuneration Committee has five members. During the year it met three times. The decision on the Vice-Chancellor's pay was taken at the meeting held on Tuesday 14 November 2023. The Vice-Chancellor was not present for any discussion of his own remuneration.

| Member | Post | Attendance (of 3) |
|---|---|---|
| Dr Helen Castellan | Independent member of Council (Chair) | 3 |
| Margaret Oyelaran | Chair of Council | 3 |
| Graham Fullerton | Independent member of Council, Chair of Audit Committee | 2 |
| Sunita Varma | Independent member of Council | 3 |
| Dr Nia Pritchard | Elected staff governor | 3 |

The committee approved the Vice-Chancellor's 2023–24 package by four votes to one. Dr Nia Pritchard voted against and asked for her dissent to be recorded in the minutes.

## 3. Vice-Chancellor's remuneration

| Component | 2022–23 | 2023–24 |
|---|---|---|
| Basic salary | £296,000 | £318,500 |
| Performance-related bonus | £12,000 | £24,000 |
| Payment in lieu of pension contributions | £39,960 | £42,750 |
| Housing allowance | £13,940 | £18,200 |
| **Total remuneration** | **£361,900** | **£403,450** |

The Vice-Chancellor's basic salary rose by 7.6%, from £296,000 to £318,500. Total remuneration rose by £41,550, or 11.5%. The performance-related bonus doubled from £12,000 to £24,000. The housing allowance covers the cost of the official residence at Lowther House, which the Vice-Chancellor is required to occupy for university hospitality.

The Vice-Chancellor opted out of the Universities Superannuation Scheme in 2021 and receives a payment in lieu of employer contributions, set at 13.4% of basic salary.

## 4. Pay multiples

| Measure | 2022–23 | 2023–24 |
|---|---|---|
| Basic salary to median staff basic salary | 8.6 : 1 | 8.9 : 1 |
| Total remuneration to median staff total remuneration | 10.5 : 1 | 11.3 : 1 |
| Median staff basic salary | £34,420 | £35,790 |

The university employs 3,860 staff (headcount), of whom 1,210 are academic staff.

## 5. Rationale

The committee benchmarked the Vice-Chancellor's pay against a group of 12 comparator universities of similar size, income and research intensity. The Vice-Chancellor's basic salary ranks fourth of the 12; the median basic salary in the comparator group is £301,000.

The bonus was awarded against five objectives set by Council in 2022, including growth in international student recruitment (up 18% year on year), the opening of the £46 million Kestrel Engineering Centre in September 2023, and a rise in research income to £71.4 million.

"We are competing for leadership talent in a global market, and the committee is satisfied that the package reflects the scale and complexity of the role," said Dr Helen Castellan, chair of the committee.

Margaret Oyelaran, Chair of Council, said: "Council recognises the difficult financial context, and we have asked the committee to review the bonus framework before any award is made for 2024–25."

## 6. Financial context

The university reported an operating deficit of £9.2 million for 2022–23 and is running a voluntary severance scheme which aims to reduce headcount by 140 posts by July 2024. The committee noted that most staff received the nationally negotiated pay award of 5% for 2023–24, with higher awards of up to 8% for the lowest-paid grades.

## 7. Other senior post-holders

Eleven other senior staff were paid more than £150,000 in 2023–24, compared with nine in 2022–23. The Deputy Vice-Chancellor, Professor Ruth Adebayo, received total remuneration of £241,300.

The committee's next review of senior pay will take place in November 2024.
`;

const RAIL_PERFORMANCE_REPORT = `# Westmarch Trains — Quarterly Performance Report

**Period covered:** Quarter 3, 2024 (1 July – 30 September 2024)
**Published:** Monday 14 October 2024
**Prepared by:** Performance and Planning Directorate, Westmarch Trains Ltd
**Submitted to:** Calderbrook Transport Authority (contracting body)

## 1. Summary

Westmarch Trains scheduled 41,600 passenger services across its four routes in the third quarter of 2024. Of these, 3,004 services were cancelled in full or in part, giving a cancellation rate of 7.2%. This compares with a cancellation rate of 4.9% in the second quarter of 2024.

The principal cause of cancellations in the quarter was the unavailability of traincrew, and in particular of qualified drivers. Traincrew shortages accounted for 71% of all cancellations in the period (2,133 services). Infrastructure faults accounted for 14%, fleet faults for 9%, and other causes, including weather and trespass, for the remaining 6%.

Helen Okafor, Managing Director of Westmarch Trains, said: "We have let passengers down this summer, and I make no excuses for that. The shortage of drivers is the single biggest reason trains did not run, and fixing it is my first priority."

## 2. Cancellations by route and month

| Route | July | August | September | Q3 total | Services scheduled (Q3) | Cancellation rate |
|---|---|---|---|---|---|---|
| Haldon–Brackley Mainline | 412 | 538 | 367 | 1,317 | 19,800 | 6.7% |
| Kestwick Valley Line | 286 | 341 | 259 | 886 | 9,600 | 9.2% |
| Morrow Coast Line | 154 | 209 | 131 | 494 | 7,400 | 6.7% |
| Ashby Loop | 98 | 122 | 87 | 307 | 4,800 | 6.4% |
| **All routes** | **950** | **1,210** | **844** | **3,004** | **41,600** | **7.2%** |

August was the worst month of the quarter on every route. The Haldon–Brackley Mainline recorded the largest number of cancellations, but the Kestwick Valley Line recorded the highest cancellation rate, with nearly one train in eleven not running as planned.

## 3. Driver establishment

At 30 September 2024, Westmarch Trains had 548 qualified drivers in post against an establishment of 620 driver posts, a shortfall of 72 drivers. A year earlier, at 30 September 2023, the company had 571 drivers in post.

| Measure | 30 Sep 2023 | 30 Sep 2024 |
|---|---|---|
| Drivers in post | 571 | 548 |
| Establishment (posts) | 620 | 620 |
| Shortfall | 49 | 72 |
| Trainee drivers in training | 22 | 38 |
| Drivers aged 60 or over | 97 | 114 |

During the twelve months to 30 September 2024, 41 drivers left the company, of whom 26 retired. Driver training takes approximately 14 months from recruitment to qualification, so the 38 trainees currently in training are not expected to be available for service before late 2025.

## 4. Rest-day working

Westmarch Trains has historically relied on drivers volunteering to work on their rest days to cover gaps in the roster. The local agreement with the Union of Locomotive Drivers (ULD) covering rest-day working expired on Wednesday 31 July 2024 and has not been renewed. From 1 August 2024, the number of rest-day shifts worked fell by around 80%, which is the main reason cancellations peaked in August.

Spending on driver overtime in the quarter was £4.3 million, compared with £2.9 million in the second quarter.

## 5. Recovery plan

Gareth Pryce, Head of Operations, said: "Every train we cancel on the day is a failure of planning. We are moving to take those trains out of the timetable in advance, so that passengers can at least rely on what is printed."

The recovery plan has three parts:

1. **A temporary reduced timetable** from Sunday 8 December 2024, removing 96 weekday services, most of them on the Kestwick Valley Line and the Ashby Loop. The reduced timetable will run until at least the end of March 2025.
2. **Accelerated recruitment**, with a budget of £11.5 million over two years, to recruit and train 120 new drivers, including 40 in the first intake starting in January 2025.
3. **Negotiations with the ULD** on a new rest-day working agreement, with talks scheduled to resume on Tuesday 22 October 2024.

Calderbrook Transport Authority has applied a performance deduction of £1.8 million to Westmarch Trains' contract payments for the quarter.
`;

const FIRE_INCIDENT_LOG = `NORTHSHIRE FIRE AND RESCUE SERVICE
INCIDENT LOG - CONTROL ROOM EXTRACT (RELEASED TO MEDIA ON REQUEST)

Incident number:   NFRS-2025-018734
Date:              Tuesday 14 October 2025
Address:           Harwell Court, Block B, Linden Road, Brackenfield BK4 7HL
Incident type:     Explosion / fire in residential building (five-storey block of flats)
Incident commanders (in order):
                   Crew Commander Lee Fairbanks (Brackenfield Red Watch)
                   Station Manager Karen Oduya
                   Group Manager Phil Ashcombe
Compiled by:       Control Supervisor Janine Marsh, Northshire Fire Control

----------------------------------------------------------------------
TIME    ENTRY
----------------------------------------------------------------------
06:42   999 call received from resident of Block A reporting a loud
        explosion and fire at Harwell Court Block B, Linden Road. Multiple
        further calls received within four minutes (total 17 calls).
06:44   Two pumps mobilised from Brackenfield fire station. Aerial ladder
        platform mobilised from Carlow Street fire station.
06:49   First appliance in attendance. Crew Commander Lee Fairbanks reports
        partial collapse of external wall at third floor, flat 14, with
        fire on the third and fourth floors. Persons reported.
06:53   Message from Station Manager Karen Oduya: "Make pumps 6."
        Station Manager Oduya takes command.
07:05   Northshire Police request cordon of 100 metres around Harwell Court.
        Midland Vale Gas Networks (MVG) emergency line informed.
07:10   Evacuation of Block B and Block A begun by crews and police.
07:31   One male casualty, aged 62, rescued from flat 14 by breathing
        apparatus (BA) crews. Handed to East Midlands Ambulance Service and
        taken to Brackenfield General Hospital with serious burns.
07:48   "Make pumps 8." Group Manager Phil Ashcombe assumes command.
08:02   Fire under control.
08:15   MVG engineers confirm gas supply isolated at the district governor
        on Linden Road.
08:40   Evacuation of Block C begun as a precaution, following advice by
        telephone from Brackenfield Borough Council's duty structural
        engineer.
09:20   Ruth Gillard, Principal Building Control Surveyor, Brackenfield
        Borough Council, on scene to inspect the structure of Block B.
10:37   Stop message from Group Manager Ashcombe: "Fire in flats 14 and 19
        of a five-storey block of flats, 60 per cent of flat 14 and 20 per
        cent of flat 19 damaged by fire, partial collapse of external wall.
        One person rescued by BA crews. Eight pumps, one aerial ladder
        platform. Cordon in place."
12:15   Crews reduced to two pumps for damping down and to assist MVG.
18:30   Scene handed to Brackenfield Borough Council and Northshire Police.
----------------------------------------------------------------------

SUMMARY OF RESOURCES AND CASUALTIES

  Item                                   Number
  -------------------------------------  ------
  Fire appliances (pumps) at peak            8
  Aerial ladder platforms                    1
  Firefighters at peak                      45
  Casualties - serious (hospital)            1
  Casualties - smoke inhalation (hospital)   2
  Casualties - treated at scene              4
  Residents evacuated (Blocks A, B, C)     118
  Duration of incident (call to hand-over) 11 h 48 min

CAUSE
The cause of the explosion is under investigation jointly by Northshire
Fire and Rescue Service, Midland Vale Gas Networks and the Health and Safety
Executive. At this stage the incident is not believed to be deliberate.

APPROVED PRESS LINE (Group Manager Phil Ashcombe, 11:30)
"Crews worked in extremely difficult conditions with a partially collapsed
wall, and their quick work in the first half hour almost certainly saved
lives. I would ask people to stay away from Linden Road while the cordon is
in place."

Station Manager Karen Oduya added for the press line: "The residents of
Harwell Court were calm and helped each other out of the building, which
made our job much easier."

END OF EXTRACT
`;

const EDITOR_INTERVIEW = `INTERVIEW TRANSCRIPT

Date: Friday 7 March 2025, 10:30am
Place: Harwick Library, first-floor meeting room
Interviewer: Sam Whitlow, reporter, Northern Media Review
Interviewees: Ruth Callender, editor, Harwick Chronicle
              Daniel Okafor, northern organiser, Press and Broadcast Union (PBU)
Duration: 42 minutes
Recorded with the consent of both interviewees. Transcribed by S. Whitlow.

----------------------------------------------------------------------

SAM WHITLOW: Thank you both for coming in. Ruth, when did you find out the Chronicle would close?

RUTH CALLENDER: I was told on the Monday, the day before the announcement, at about four o'clock. Owen Pritchard rang me and asked me to drive over to Deansbury for a meeting. The staff were told on the Tuesday morning at nine, in a video call. Twenty minutes, and that was it.

SAM WHITLOW: How long have you been at the paper?

RUTH CALLENDER: Twenty-three years. I joined as a trainee reporter in 2002 and I've been editor since 2016, so nine years in the chair. Some of my colleagues have been here longer. Our chief photographer, Alan Breck, has been here thirty-one years.

SAM WHITLOW: What was the newsroom like when you joined?

RUTH CALLENDER: We had thirty-eight people in this building when I started, including the advertising team. Now there are fourteen editorial and production staff on the Chronicle, and the advertising team went to Deansbury years ago.

SAM WHITLOW: The company says print circulation has fallen by 65 per cent. Is that fair?

RUTH CALLENDER: The print numbers are right, I won't argue with that. But our website had 410,000 page views in January, which was a record. People do read us. The company just never worked out how to make money from them.

SAM WHITLOW: Daniel, what's the union's position?

DANIEL OKAFOR: We think this is wrong and we'll fight it. The company has given 45 days of consultation, which is the legal minimum for this number of redundancies, but the paper closes on 27 March, three weeks before the consultation even ends. That tells you the decision was made before anyone was consulted. We've asked for the consultation to be extended to 90 days and for the closure to be paused while it runs.

SAM WHITLOW: How many of the staff are PBU members?

DANIEL OKAFOR: Across the 32 roles at risk, 26 people are members. At the Chronicle itself, 12 of the 14 are members.

SAM WHITLOW: Have members voted on anything yet?

DANIEL OKAFOR: Yes. On Thursday evening the chapel held an emergency meeting and voted on a motion of no confidence in the group's management. Twenty-three members voted, and 21 backed it. That's 91 per cent.

SAM WHITLOW: Is strike action on the table?

DANIEL OKAFOR: Not at this stage. We want to negotiate first. But I won't rule anything out.

SAM WHITLOW: The company says it lost 2.3 million pounds last year.

DANIEL OKAFOR: And in 2023 it paid 1.1 million pounds in dividends to its shareholders. You can't plead poverty one year after handing out over a million pounds. Journalists are paying for decisions made in a boardroom forty miles away.

SAM WHITLOW: What about the enhanced redundancy terms?

DANIEL OKAFOR: Two weeks per year of service is better than statutory, I'll give them that. But it's capped at twenty years, which means someone like Alan, with thirty-one years, loses eleven years of service. We want the cap removed.

SAM WHITLOW: Ruth, will you apply for one of the four new roles?

RUTH CALLENDER: No. They're audience and video jobs in Deansbury, and they're on a lower grade than any of my senior reporters. I'll take redundancy. I'm fifty-four; I'll find something.

SAM WHITLOW: What will Harwick lose?

RUTH CALLENDER: Court reporting, for a start. We're the only paper that sends someone to Harwick Magistrates' Court every week. We cover every council meeting, every planning committee. One reporter for Northvale Today can't do that and cover a town of 48,000 people. When the paper goes, nobody will be watching the town hall. That's not me being dramatic; it's what happened in Deansbury when the Mercury closed.

SAM WHITLOW: Is there any chance of a rescue?

RUTH CALLENDER: Margaret Doyle at the Harwick Civic Society rang me on Wednesday about a community-owned paper. There's interest. But you'd need something like 250,000 pounds to run it for a year, and we'd need the Chronicle name, which Northvale owns.

DANIEL OKAFOR: We'd support that. We've asked the group to release the title free of charge if anyone credible comes forward. They haven't said yes and they haven't said no.

SAM WHITLOW: Last question. How are the staff?

RUTH CALLENDER: Angry, tired, sad. We're still putting the paper out. The last three editions will be the best we've ever done, I promise you that.

SAM WHITLOW: Thank you both.

[END OF RECORDING - 42:07]
`;

const PRIMARY_CARE_PAPER = `# Northmoor Health Board — Primary Care Committee

**Meeting date:** Thursday 12 September 2024
**Agenda item:** 7.2
**Paper title:** Riverside Medical Practice, Ashby Vale — application for a temporary closed list
**Author:** Priya Nandakumar, Director of Primary Care, Northmoor Health Board
**Status:** For decision

## 1. Purpose

This paper asks the Primary Care Committee to decide on an application from Riverside Medical Practice, Ashby Vale, to close its patient list to new registrations for a period of six months. The application was received on Thursday 1 August 2024 and has been considered under the board's closed list procedure.

## 2. Background

Riverside Medical Practice is a partnership of four GP partners, led by senior partner Dr Helen Marsh, and is based at Mill Lane, Ashby Vale. The practice manager is Gareth Lloyd.

The practice list has grown from 12,880 registered patients in April 2023 to 14,820 on 1 August 2024, an increase of 1,940 patients, or 15 per cent, in 16 months. Most of the growth has come from the new Kingsmead Park housing development, where 620 homes have been occupied since January 2023.

Over the same period the practice has lost two salaried GPs. One post has been filled; the other has been vacant since March 2024. The practice currently has 6.5 whole-time equivalent (WTE) GPs.

## 3. Comparison with neighbouring practices

The table below shows list sizes and waiting times for the four practices in the Ashby Vale cluster. Waiting time is the average number of days between a patient's request and the first available routine (non-urgent) GP appointment, measured over June and July 2024.

| Practice | Registered patients (1 Aug 2024) | GP WTE | Patients per WTE GP | Average wait, routine appointment (days) |
|---|---|---|---|---|
| Riverside Medical Practice | 14,820 | 6.5 | 2,280 | 19 |
| Ashby Vale Health Centre | 11,260 | 6.0 | 1,877 | 9 |
| Castle Street Surgery | 9,410 | 5.0 | 1,882 | 11 |
| Millbrook Family Practice | 7,350 | 3.5 | 2,100 | 14 |
| **Cluster total** | **42,840** | **21.0** | **2,040** | — |

Riverside has the largest list and the longest average wait in the cluster. Its wait of 19 days compares with a health board average of 12 days.

## 4. The application

The practice proposes to close its list to new registrations from Monday 7 October 2024 until Sunday 6 April 2025. During that period:

- existing patients would remain registered and continue to receive full services;
- new babies born to registered families, and spouses or partners moving into a registered household, would still be accepted;
- new residents of Kingsmead Park would be directed to Ashby Vale Health Centre and Castle Street Surgery, which have both confirmed that they have capacity.

The practice estimates that it would otherwise register about 110 new patients a month.

In its application the practice states: "We have reached a point where every new registration makes it harder for our existing patients to see a doctor."

## 5. Support offered

The board has offered Riverside Medical Practice one-off sustainability funding of £85,000 for 2024/25. This is to be used to recruit a clinical pharmacist and to fund additional locum sessions until the vacant GP post is filled. The practice has agreed to publish monthly waiting time figures during the closure.

## 6. Consultation

The Northmoor Local Medical Committee (LMC) supports the application. Its chair, Dr Simon Achebe, wrote to the board on 29 August 2024: "Closing a list is a last resort, but it is safer than letting a practice collapse."

Ashby Vale Town Council has raised concerns about residents of Kingsmead Park having to travel further. The distance from Kingsmead Park to Castle Street Surgery is 2.4 miles, compared with 0.8 miles to Riverside.

## 7. Recommendation

The committee is asked to APPROVE the temporary closed list for six months, subject to:

1. a review meeting with the practice in January 2025;
2. monthly reporting of average waits and list size; and
3. the closure ending automatically on 6 April 2025 unless a further application is made.

Director of Primary Care Priya Nandakumar said in her covering note: "Approval is conditional. We expect to see waits come down, not just the list stop growing."

## 8. Decision (minute added after the meeting)

The committee approved the application unanimously. Committee chair Alan Fairbairn asked that the January review include a report on how many Kingsmead Park residents had registered elsewhere.
`;

describe('the fortieth round: moves in dated rows and the drafts h356–h361, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a move against a row of two dated columns, to its figure or from one to the other', async () => {
    const pay = expectVerdictWith(await workspaceIndex({ 'sources/remuneration_committee_report.md': REMUNERATION_REPORT }));
    pay('contradicted', 'His housing allowance, which covers the cost of the official residence at Lowther House, fell to £18,200.', [['fell', '£13,940 in 2022–23, £18,200 in 2023–24']]);
    pay('supported', 'His housing allowance, which covers the cost of the official residence at Lowther House, rose to £18,200.');
    const drivers = expectVerdictWith(await workspaceIndex({ 'sources/westmarch_q3_performance_report.md': RAIL_PERFORMANCE_REPORT }));
    drivers('contradicted', 'Over the same twelve months the number of drivers aged 60 or over fell from 114 to 97.', [['fell', '97 in 30 Sep 2023, 114 in 30 Sep 2024']]);
    drivers('supported', 'Over the same twelve months the number of drivers aged 60 or over rose from 97 to 114.');
  });

  test('"Residents of Block C" and "Evacuation of Block C" name one block; a figure of another row the claim names', async () => {
    const log = expectVerdictWith(await workspaceIndex({ 'sources/nfrs_incident_log.txt': FIRE_INCIDENT_LOG }));
    log('supported', "Residents of Block C were moved out as a precaution at 8.40am, after the council's duty structural engineer gave advice by telephone.");
    const waits = judgeWith(await workspaceIndex({ 'sources/board_paper_primary_care_committee.md': PRIMARY_CARE_PAPER }))('At Ashby Vale Health Centre the average wait is nine days, and at Castle Street Surgery it is 11.');
    assert.notEqual(waits.verdict, 'contradicted', why(waits));
  });

  test('"on the Monday" is no day of the telling', async () => {
    const report = await checkAgainst({ 'sources/interview_callender_okafor.txt': EDITOR_INTERVIEW }, '# Closure\n\nEditor Ruth Callender, who joined the paper as a trainee reporter in 2002, said she was told about the closure on the Monday, the day before the announcement.\n');
    assert.deepEqual(report.findings.filter((f) => f.severity === 'error').map((f) => f.message), []);
  });
});
