/**
 * A university's job cuts consultation: the university's statement and the union branch's meeting notes. The sources
 * are written for these tests (from a helper's draft); the university, the union and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const STATEMENT = `# University of Wendlebury – Media Statement

**Ref:** UW/COMMS/25/004
**Issued:** Tuesday 14 January 2025, 10:00
**Status:** For immediate release
**Contact:** Press Office, Clocktower Building, Wendlebury WB1 4QS

---

## University sets out proposals to secure its financial sustainability

The University of Wendlebury today (Tuesday 14 January 2025) announced proposals to reduce its staffing by up to 340 full-time equivalent (FTE) posts as part of a financial recovery plan approved in principle by the University Council at its meeting on Thursday 9 January.

The university is forecasting an operating deficit of £23.6m for the 2024/25 financial year, which ends on 31 July 2025. Without action, the university's internal modelling projects that the deficit would widen to £31.2m in 2025/26.

Of the 340 posts identified, 212 are academic roles and 128 are in professional services. The proposals would affect around 8.2% of the university's workforce of 4,150 staff. The university currently teaches 27,400 students across its main campus in Wendlebury and its satellite campus at Harrowfield.

The recovery plan aims to deliver recurrent savings of £28m a year by July 2026.

### Why the university is taking action

The university says it faces the same pressures as much of the UK higher education sector. The tuition fee for home undergraduates has been held at £9,250 since 2017, and the university estimates that its real-terms value has fallen by around a third over that period.

At the same time, recruitment of international students for the September 2024 intake fell by 31% compared with September 2023, leaving the university with 1,140 fewer international postgraduate students than it had planned for. The university attributes the fall largely to changes to UK visa rules for the dependants of postgraduate students.

A recruitment freeze on all non-essential vacancies has been in place since October 2024, and non-pay spending has already been reduced by £6.4m.

### Proposed reductions by area

| Area | FTE posts at risk | Notes |
|---|---|---|
| Faculty of Arts and Humanities | 74 | Includes proposed closure of BA Theology and Religious Studies and MA Medieval Studies to new entrants from 2026 |
| Faculty of Science and Engineering | 58 | Consolidation of three engineering departments into a single School of Engineering |
| Faculty of Health and Life Sciences | 41 | Reduction in research-only posts |
| Wendlebury Business School | 39 | Rationalisation of 17 postgraduate taught programmes |
| **Academic subtotal** | **212** | |
| Professional services (all directorates) | 128 | Including estates, student administration and IT |
| **Total** | **340** | |

No current student will be prevented from completing their course as a result of the proposals, the university said.

### Harrowfield campus

As part of the plan, the Department of Modern Languages would move from the Harrowfield campus to the main Wendlebury campus by September 2026. The Tennant Building at Harrowfield, which provides 6,800 square metres of teaching and office space, would then be offered for sale. The university estimates that the move would save £1.9m a year in running and maintenance costs.

The Harrowfield library and student support centre would remain open.

### Consultation and voluntary severance

A formal collective consultation with recognised trade unions – the Higher Education Staff Union (HESU) and the General Services Union (GSU) – will begin on Monday 20 January 2025. The consultation will run for 45 days and close on Thursday 6 March 2025.

A university-wide voluntary severance scheme will open on Monday 3 February 2025 and close at 5pm on Friday 28 February 2025. Staff leaving under the scheme would receive their statutory redundancy entitlement plus an additional payment of up to six months' salary, capped at £40,000.

The university said it would seek to minimise compulsory redundancies through voluntary severance, redeployment and the recruitment freeze, but that it "cannot rule them out at this stage".

### What they said

Professor Alison Marchbank, Vice-Chancellor of the University of Wendlebury, said:

> "No university takes decisions like these lightly, and I recognise the anxiety this will cause colleagues. Every one of the people affected has contributed to what makes Wendlebury special.
>
> "But the financial position is clear. We must act now to protect the long-term future of Wendlebury, rather than be forced into far deeper cuts in two years' time. We will consult openly and in good faith with our trade unions, and I want to hear every alternative proposal that is put to us."

Gareth Penhaligon, Chief Financial Officer, said:

> "Our cash reserves currently stand at the equivalent of 52 days of operating costs. Our cash reserves would fall below 30 days of operating costs by the summer of 2026 without intervention, which would put us in breach of the covenants on our bank borrowing."

Professor Devinder Rooke, Deputy Vice-Chancellor (Academic), said:

> "Our students remain our first priority. Every student currently enrolled will be able to complete their course, and we are writing to all of them today to explain what these proposals mean for them."

### Next steps

- Monday 20 January 2025: formal consultation begins.
- Monday 3 February 2025: voluntary severance scheme opens.
- Friday 28 February 2025, 5pm: voluntary severance scheme closes.
- Thursday 6 March 2025: consultation closes.
- Summer 2025: University Council to take final decisions.

Staff affected by the proposals will be contacted individually by their line managers by Friday 17 January. An all-staff briefing led by the Vice-Chancellor will take place on Wednesday 15 January at 11am in the Great Hall and will be streamed online.

---

### Notes to editors

1. The University of Wendlebury was founded in 1966 and received its royal charter in 1967. It employs 4,150 staff and has 27,400 students, of whom around 5,900 are international students.
2. The university's annual turnover in 2023/24 was £412m.
3. The University Council is the university's governing body. It is chaired by Dame Helen Strachan.
4. The university's 2023/24 financial statements are published on its website.
5. Photographs of the Vice-Chancellor are available on request.

**Media enquiries:** Priya Lanner, Head of Media Relations, 01632 960 418, press@wendlebury.ac.uk

**ENDS**
`;

const NOTES = `HIGHER EDUCATION STAFF UNION (HESU)
UNIVERSITY OF WENDLEBURY BRANCH

NOTES OF EMERGENCY GENERAL MEETING
Ref: HESU/WB/EGM/2025-01
Status: DRAFT - for circulation to members, subject to approval at next general meeting

Date:     Thursday 16 January 2025
Time:     12.30pm - 2.15pm
Venue:    Lecture Theatre B, Ashdown Building, Wendlebury main campus (and online via Teams)

Chair:    Dr Fiona Caldecott, Branch President
Notes:    Ruth Bellamy, Branch Membership Officer
Present:  486 members (311 in person, 175 online) - quorum of 100 met
Also present: Tom Haverstock, HESU Regional Official (Northern Region)
              Kevin Amos, Branch Chair, General Services Union (GSU) Wendlebury (observer)

---------------------------------------------------------------------

1. WELCOME AND PURPOSE OF MEETING

FC opened the meeting at 12.34pm and thanked members for attending at short notice. She said this was the largest branch meeting she could remember; the branch has 1,870 members. The meeting had been called following the university's announcement on Tuesday 14 January of proposals to cut up to 340 FTE posts.

FC: "Staff are being asked to pay for management's gamble on international recruitment. We were told for years that overseas growth would fund everything. Now that bet has failed, and it is lecturers, technicians and librarians who are expected to pick up the bill."

2. REPORT FROM BRANCH SECRETARY

Mark Oyelaran (MO), Branch Secretary, summarised the university's proposals:
  - 212 academic posts and 128 professional services posts at risk
  - 45-day consultation from Monday 20 January to Thursday 6 March
  - voluntary severance scheme from 3 February to 28 February
  - Harrowfield: Modern Languages to move to main campus, Tennant Building to be sold

MO said the branch disputed the scale of the financial crisis. The university's own published accounts for 2023/24 show reserves of £118m. The university spent £61m on the new Science Quarter building, which opened in 2023, and the senior management team has grown from 9 to 14 posts since 2019.

MO said the branch had so far received only a 4-page summary of the financial case and had asked for the full financial modelling.

3. BRANCH SURVEY RESULTS

Ruth Bellamy (RB) reported results of the branch workload survey, which closed on Friday 10 January:

  Respondents:                               642
  Workload increased since recruitment freeze:   73%
  Considering leaving the university:            41%
  Covering at least one unfilled vacancy:        58%

RB noted the survey was carried out before the job cuts were announced.

4. CONTRIBUTIONS FROM THE FLOOR

Dr Samir Qureshi, Lecturer in Theology (in person):
Said his department faced closure. "Theology has recruited above target in three of the last four years. This is not about money, it is about priorities." He said the department had 11 academic staff and around 160 students.

Joan Pettifer, Library Services (online):
Said professional services staff were "always an afterthought" and that library opening hours had already been cut by 12 hours a week since October.

Dr Lena Achterberg, Senior Lecturer, School of Engineering (in person):
Asked whether the merger of three engineering departments would require staff to reapply for their own jobs. MO said the branch would seek clarity in consultation.

Kevin Amos (GSU observer):
Said GSU members in estates and student administration were "bearing a disproportionate share" of the cuts and pledged GSU's support for joint campaigning. GSU is consulting its own members separately.

5. ADVICE FROM REGIONAL OFFICIAL

Tom Haverstock (TH) advised members on the legal position.

TH: "A 45-day consultation on 340 jobs is the legal minimum, not a genuine dialogue. If management are serious about alternatives, they will extend it and open the books."

TH explained that a ballot for industrial action must meet the 50% turnout threshold required by law. He advised members to check their home addresses were up to date with HESU head office by Friday 31 January.

6. MOTIONS

Motion 1 - Declaration of dispute
  "This branch declares a formal dispute with the University of Wendlebury over the threat of compulsory redundancies."
  Proposed: Dr Samir Qureshi    Seconded: Joan Pettifer
  For: 452   Against: 19   Abstentions: 15
  RESULT: CARRIED

Motion 2 - Ballot for industrial action
  "This branch requests that HESU national executive authorise a statutory ballot for industrial action, up to and including strike action."
  Proposed: Mark Oyelaran    Seconded: Dr Lena Achterberg
  For: 431   Against: 38   Abstentions: 17
  RESULT: CARRIED
  Note: TH confirmed the ballot would open on Monday 10 February and close on Monday 10 March 2025, subject to national executive approval.

Motion 3 - No confidence in the Vice-Chancellor
  "This branch has no confidence in Professor Alison Marchbank as Vice-Chancellor."
  Proposed: Dr Gideon Farrant (Modern Languages)    Seconded: Dr Samir Qureshi
  For: 198   Against: 241   Abstentions: 47
  RESULT: FELL
  Several members spoke against, saying a no-confidence vote would distract from the dispute. FC said the motion could be brought back at a later meeting.

7. CAMPAIGN AND ACTIONS

  - Rally: Friday 24 January, 12 noon, outside the Clocktower Building. Joint with GSU.
  - Lobby of University Council: Tuesday 4 February, 2pm, Senate House. Members to gather from 1.30pm.
  - Hardship fund: branch committee has allocated £15,000 from HESU branch funds to a strike hardship fund. Members can apply via the branch treasurer, Anil Desouza.
  - Petition: online petition against the closure of Theology and Religious Studies to be launched by Monday 20 January. Target 5,000 signatures.

ACTIONS
  MO   Write to the Vice-Chancellor by Monday 20 January requesting full financial modelling and a 90-day consultation.
  RB   Circulate survey results to all members by Friday 17 January.
  TH   Submit ballot request to national executive by Wednesday 22 January.
  FC   Contact local MP and Wendlebury City Council leader re Harrowfield.

8. ANY OTHER BUSINESS

None.

9. DATE OF NEXT MEETING

Wednesday 29 January 2025, 1pm, Lecture Theatre B, Ashdown Building (and online).

Meeting closed at 2.15pm.

---------------------------------------------------------------------
Branch contact: hesu@wendlebury.ac.uk | Branch office: Room G.14, Ashdown Building
These notes are for HESU members only. Not for publication without the permission of the branch secretary.
`;

const files = { 'wendlebury_university_statement.md': STATEMENT, 'hesu_branch_egm_notes.txt': NOTES };

describe("a university's job cuts: the university's statement and the union branch's notes, with the product's word vectors", () => {
  withProductWordVectors();

  test('"12 noon" is a time wherever it stands, and a time given only for another day is no time of the claim\'s day', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: "12 noon" was a bare 12, and "1pm" is the time of the next meeting, on Wednesday 29 January.
    const r = verdict('contradicted', 'A rally is planned outside the Clocktower Building at 1pm on Friday 24 January.', [['1pm', '12 noon']]);
    assert.match(r.conflicts[0].note ?? '', /1pm for Wednesday 29 January 2025/);
    verdict('supported', 'A rally is planned outside the Clocktower Building at noon on Friday 24 January.');
  });
});
