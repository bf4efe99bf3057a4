/**
 * A flood defence scheme delayed and over budget: the council cabinet report with numbered paragraphs and a cost
 * table, and a transcript of a public meeting's questions and answers. The sources are written for these tests (from a
 * helper's draft); the council, the companies and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# MARSHBROOK DISTRICT COUNCIL

## CABINET

| | |
|---|---|
| **Date of meeting** | Wednesday 12 March 2025, 10.00am, Council Chamber, Marshbrook Civic Centre |
| **Report reference** | CAB/2025/031 |
| **Title** | Ellerby Flood Alleviation Scheme – Revised Programme and Budget |
| **Report of** | Helen Ashworth, Director of Place |
| **Cabinet Member** | Councillor Gareth Pryce, Cabinet Member for Environment and Infrastructure |
| **Wards affected** | Ellerby North; Ellerby South; Lenn Valley |
| **Key decision** | Yes (Forward Plan ref. FP/24/118) |
| **Exempt information** | None – this report is for publication |
| **Contact officer** | Martin Okafor, Flood Risk Manager, tel. 01632 960418 |

---

### 1. Purpose of the report

1.1 To update Cabinet on the revised cost and delivery programme for the Ellerby Flood Alleviation Scheme (EFAS) and to seek approval for additional funding of £4.6m to allow the scheme to be completed.

### 2. Recommendations

2.1 That Cabinet notes the revised total scheme cost of £18.9m, compared with the budget of £14.3m approved by Cabinet on Tuesday 19 July 2022, an increase of 32%.

2.2 That Cabinet approves additional funding of £4.6m, made up of:

- (a) £2.1m from council prudential borrowing;
- (b) £1.5m from a further grant application to the Northern Rivers Authority; and
- (c) £1.0m from the Lenn Valley Flood Partnership local levy.

2.3 That Cabinet notes the revised completion date of October 2026, replacing the original completion date of March 2025.

2.4 That authority be delegated to the Director of Place, in consultation with the Cabinet Member for Environment and Infrastructure, to agree a variation to the construction contract within the budget set out in this report.

### 3. Background

3.1 On Wednesday 27 November 2019 the River Lenn overtopped its banks in Ellerby, flooding 412 homes and 63 businesses. The river peaked at 4.82 metres on the Ferry Lane gauge, the highest level recorded since the gauge was installed in 1968.

3.2 The scheme comprises 2.4km of new flood walls and embankments, a 180-metre demountable barrier along Quayside, and a new pumping station at Mill Street with a capacity of 1,200 litres per second. When complete it will better protect 1,150 properties against a flood with a 1% chance of occurring in any year, including an allowance for climate change.

3.3 The construction contract was awarded to Harrowgate Civil Engineering Ltd on Wednesday 14 September 2022 following a competitive tender in which five bids were received. Work on site began on Monday 6 March 2023.

### 4. Reasons for the delay and cost increase

4.1 **Contaminated land.** Excavation at the former Ellerby gasworks site on Canal Street revealed coal tar and hydrocarbon contamination not identified in the 2021 ground investigation. Approximately 3,400 cubic metres of soil has had to be removed to a licensed facility, adding 14 weeks to the programme.

4.2 **Ground conditions.** Along the Riverside Walk section, softer alluvial clays than expected mean that steel sheet piles must be driven to a depth of 14 metres rather than the 9 metres allowed for in the design.

4.3 **Utility diversions.** The diversion of a 600mm trunk water main by Lennside Water took 19 weeks against a planned six weeks.

4.4 **Construction inflation.** Tender prices for civil engineering works in the region have risen by 11% since the contract was let.

### 5. Revised cost

5.1 The table below compares the approved budget with the current forecast outturn as at 28 February 2025.

**Table 1: Ellerby Flood Alleviation Scheme – cost summary**

| Scheme element | Approved budget July 2022 (£m) | Forecast outturn Feb 2025 (£m) | Change (£m) |
|---|---:|---:|---:|
| Flood walls and embankments | 7.2 | 9.1 | +1.9 |
| Quayside demountable barrier | 1.8 | 2.0 | +0.2 |
| Mill Street pumping station | 2.6 | 3.4 | +0.8 |
| Contaminated land remediation | 0.3 | 1.2 | +0.9 |
| Utility diversions | 0.6 | 1.1 | +0.5 |
| Design, supervision and fees | 1.1 | 1.4 | +0.3 |
| Risk and contingency | 0.7 | 0.7 | 0.0 |
| **Total** | **14.3** | **18.9** | **+4.6** |

5.2 Expenditure to 28 February 2025 totals £11.7m.

### 6. Progress on site

6.1 As at 28 February 2025, 1.6km of the 2.4km of walls and embankments is complete. The Mill Street pumping station is approximately 40% complete, and fabrication of the Quayside barrier panels has not yet started.

6.2 Bridge Street will need to close to traffic for 16 weeks from Monday 14 April 2025 to allow the final section of wall to be tied into the bridge abutments.

### 7. Options considered

7.1 **Option A – pause the scheme** until full external funding is secured. Rejected: contractor demobilisation and remobilisation costs are estimated at £650,000, and the town would remain at risk through at least one further winter.

7.2 **Option B – reduce the scope** by omitting the Quayside demountable barrier. Rejected: this would leave 210 properties without the intended standard of protection.

7.3 **Option C – complete the full scheme with additional funding.** Recommended.

### 8. Financial implications

8.1 Prudential borrowing of £2.1m repaid over 25 years would result in an annual revenue cost of approximately £148,000, to be met from the capital financing budget.

8.2 Comments of the Chief Finance Officer (Section 151 Officer), Deborah Lacey: "The additional borrowing is affordable within the Medium Term Financial Strategy, but it leaves very little headroom. If the Northern Rivers Authority bid is unsuccessful, Cabinet will need to identify a further £1.5m from elsewhere in the capital programme."

### 9. Risks

9.1 A decision on the Northern Rivers Authority grant application is expected by Friday 30 May 2025. The scheme's remaining contingency of £0.7m is considered adequate for the residual risks identified in the project risk register, which currently lists 23 open risks, four of them rated high.

### 10. Consultation

10.1 A public meeting was held at Ellerby Methodist Hall on Tuesday 25 February 2025 and was attended by approximately 140 residents. The main concerns raised were the length of the delay, the closure of Bridge Street and the cost of home insurance.

10.2 Ward councillors for Ellerby North, Ellerby South and Lenn Valley have been briefed.

### 11. Background papers

- Cabinet report CAB/2022/077, Ellerby Flood Alleviation Scheme – Full Business Case (19 July 2022)
- EFAS Project Risk Register, version 14 (February 2025)

*Helen Ashworth, Director of Place*
`;

const TRANSCRIPT = `ELLERBY FLOOD ALLEVIATION SCHEME
PUBLIC MEETING – TRANSCRIPT OF QUESTIONS AND ANSWERS

Venue:   Ellerby Methodist Hall, Chapel Row, Ellerby
Date:    Tuesday 25 February 2025
Time:    7.00pm – 8.45pm
Transcribed by: Marshbrook District Council Democratic Services (ref. DS/EFAS/PM3)

PANEL
  Cllr Ruth Denholm (RD)   – Chair of Ellerby Town Council (chairing)
  Cllr Gareth Pryce (GP)   – Cabinet Member for Environment and Infrastructure,
                             Marshbrook District Council
  Martin Okafor (MO)       – Flood Risk Manager, Marshbrook District Council
  Alan Briggs (AB)         – Project Manager, Harrowgate Civil Engineering Ltd

Note: Opening presentation slides (not transcribed) are available from
Democratic Services. Approximately 140 members of the public attended.
Questioners gave their names and, where relevant, their organisations.

----------------------------------------------------------------------

[7.22pm]

RD:  Thank you, Martin, for the presentation. We'll go straight to
     questions. Please keep them short so we can get through as many as
     possible. The lady at the front first.

PAULINE CARVER (Secretary, Quayside Residents' Association):
     We were promised this would be finished by March this year, and
     we're now being told October next year. Why should anyone on Quayside
     believe the new date?

GP:  It's a fair question, and I won't pretend this is good news. The
     scheme is now going to cost eighteen point nine million pounds and it
     won't be finished until October 2026. What I can tell you is that the
     problems that caused the delay are now known and priced. We're taking
     a report to Cabinet on the twelfth of March asking for the extra money.

PAULINE CARVER:
     And the Quayside barrier – is that going to be cut to save money?

GP:  No. We looked at dropping it and we've rejected that. It would leave
     more than two hundred homes without proper protection.

MO:  If I can add – the barrier panels are stored at our depot on
     Tanner's Yard once they're made, and a team of twelve trained staff
     can put the whole barrier up in under six hours. We'd normally deploy
     on a flood warning from the Northern Rivers Authority.

[7.31pm]

DEREK MOWBRAY (owner, Mowbray's Hardware, Bridge Street):
     I've had the works outside my shop for the best part of two years.
     Takings are down about thirty per cent on before the works. Now I hear
     the bridge is going to close. Another summer with the bridge shut
     could finish us off.

AB:  I understand that, Mr Mowbray. The closure will start on the
     fourteenth of April and will last sixteen weeks. Pedestrian access over
     the bridge will be kept open throughout, and we'll keep the footway in
     front of the shops clear. We're also looking at whether we can do some
     of the work at night to bring the closure down.

DEREK MOWBRAY:
     Is there any compensation for businesses?

GP:  The council is setting up a small business support fund of fifty
     thousand pounds for traders on Bridge Street and Quayside. Details
     will be on the website within a fortnight.

[7.40pm]

PRIYA NANDRA (resident, Ferry Lane):
     My home flooded in 2019. My buildings insurance has gone up from four
     hundred and twenty pounds a year to eighteen hundred and fifty. When
     will the insurers take the scheme into account?

MO:  Insurers generally won't reflect the defences until they are
     complete and signed off. Once the scheme is finished we will issue a
     completion certificate and share the new flood maps with the insurance
     industry. Until then I'd encourage anyone struggling to look at the
     Flood Re arrangements through their insurer.

PRIYA NANDRA:
     So another eighteen months of paying that.

MO:  I'm afraid so, yes.

[7.49pm]

TOM ELLISON (Chair, Ellerby Angling Club):
     Why did it take until the diggers were in the ground to find out the
     ground was contaminated and too soft? Didn't anyone check?

MO:  We did check. There was a full ground investigation in 2021 with
     thirty-two boreholes. But the ground under Ellerby simply wasn't what
     the 2021 surveys told us it was. The gasworks contamination was in a
     pocket between two boreholes, and along Riverside Walk the clay is
     softer than any of the samples suggested. That's why the piles are
     going down fourteen metres rather than nine.

AB:  On the contamination, we've taken out around three and a half
     thousand cubic metres of soil so far, and that work is now finished.

TOM ELLISON:
     And will the club keep access to the river for fishing?

AB:  Yes. There'll be three access points through the wall with steps
     down to the bank, at Ferry Lane, Mill Street and the old boathouse.

[8.02pm]

RD:  We've got time for one or two more.

UNNAMED RESIDENT (Ellerby South):
     How many people are actually working on this? Some days the site
     looks empty.

AB:  On a typical day we have around eighty-five people on site across
     all the work fronts. Working hours are seven-thirty in the morning to
     six in the evening on weekdays, and eight till one on Saturdays. Some
     of the work, like the piling, comes in bursts, so you won't always see
     activity everywhere at once.

[8.11pm]

PAULINE CARVER:
     Will there be another meeting before the bridge closes?

RD:  Yes. We've agreed with the district council that there'll be a
     further public meeting in early April, and I'll make sure it's
     advertised in the Ellerby Courier and on the town council noticeboards.

GP:  And I'd just say – we got this wrong on the timetable, and I'm sorry
     for that. But the alternative, stopping now, would cost more and leave
     Ellerby exposed for another winter. Finishing it properly is the right
     thing to do.

RD:  Thank you all for coming. The meeting closed at quarter to nine.

[8.45pm – Meeting closed]

----------------------------------------------------------------------
NOTES
1. This transcript covers the question-and-answer session only. It has
   been lightly edited to remove repetition and inaudible passages.
2. Figures quoted by speakers at the meeting have not been independently
   verified. The Cabinet report (CAB/2025/031) will be published on the
   council website five clear working days before the Cabinet meeting.
3. Media enquiries: Marshbrook District Council press office,
   01632 960100, press@marshbrook.example.gov.uk
`;

const files = { 'cabinet-report-CAB-2025-031.md': REPORT, 'public-meeting-transcript-2025-02-25.txt': TRANSCRIPT };

describe("a flood defence scheme: the cabinet report and the public meeting's transcript, with the product's word vectors", () => {
  withProductWordVectors();

  test("a multiple the claim works out from its own two figures: \"quadrupled, from £0.3m to £1.2m\", \"more than three times the six weeks\"", async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Were unsupported: "No source states quadrupled" (the cost table's row gives 0.3 and 1.2), "No source states
    // three times" ("took 19 weeks against a planned six weeks").
    verdict('supported', 'The cost of contaminated land remediation has quadrupled, from £0.3m to £1.2m.');
    verdict('unsupported', 'The cost of contaminated land remediation has doubled, from £0.3m to £1.2m.');
    verdict('supported', 'The diversion of a trunk water main by Lennside Water took 19 weeks, more than three times the six weeks planned.');
    // (The writer's own arithmetic is wrong there, on two figures the sources give.)
    verdict('contradicted', 'The diversion of a trunk water main by Lennside Water took 19 weeks, more than four times the six weeks planned.', [['more than four times', '19 weeks and six weeks (3.2 times)']]);
  });

  test('a fraction before "more than" is a share of the whole: "almost a third more" / "an increase of 32%"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states third" ("a third" was read as an ordinal).
    verdict('supported', 'The revised cost of £18.9m is almost a third more than the £14.3m budget approved in July 2022.');
    verdict('unsupported', 'The revised cost of £18.9m is almost a quarter more than the £14.3m budget approved in July 2022.');
  });

  test('a rate\'s period named before a hedged figure: "an annual revenue cost of approximately £148,000" is a year\'s', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: the hedge between "cost of" and the figure hid the rate's period.
    verdict('contradicted', 'Borrowing the £2.1m over 25 years would cost the council about £148,000 a month.');
    verdict('supported', 'Borrowing the £2.1m over 25 years would cost the council about £148,000 a year.');
  });
});
