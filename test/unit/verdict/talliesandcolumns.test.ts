/**
 * The fifty-eighth round, first part: votes' tallies and tables' columns (h867, h870, h872–h883). A tally's sides
 * given other counts ("by 118 votes to 9, with 6 abstentions" / "118 in favour, 6 against, 9 abstentions"); a
 * recorded vote a line to each side ("For: 28", "Against: 17"); a defeat's larger count first; two figures given
 * each to the other's column of one row; a table's unit in the paragraph above it ("Figures are in £000."); a row
 * of totals by its figures; a row of the rest ("Other income"); "(m)" as metres beside a depth's "(m)". Every
 * person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';
import { tallyOf } from '../../../server/src/core/verdict/votes';
import { captionUnit } from '../../../server/src/core/text/tableLabels';

const MEETING = `PUBLIC MEETING ON THE WENMOOR RAIL TIMETABLE PROPOSALS
Held at Hollinsby Village Hall, Thursday 6 March 2025, 7.00pm

CHAIR: The motion calls on Wenmoor Rail to withdraw the proposals and to consult again on a timetable that keeps the 07:12 service to Ravensmere. Those in favour? Those against? Abstentions?

Clerk's count: 118 in favour, 6 against, 9 abstentions.

CHAIR: The motion is carried. I will write to the managing director of Wenmoor Rail tomorrow.
`;

const COUNCIL = `MELBROOK DISTRICT COUNCIL
FULL COUNCIL – BUDGET MEETING
Thursday 26 February 2026, 7.00pm

CHAIRMAN: I will now put the amendment to a recorded vote.

[Recorded vote on the amendment]
For: 19
Against: 27
Abstentions: 2

CHAIRMAN: The amendment is defeated. I will now put the substantive motion to a recorded vote.

[Recorded vote on the substantive motion]
For: 28
Against: 17
Abstentions: 3

CHAIRMAN: The motion is carried. The budget for 2026/27 is approved.
`;

const PPG = `ASHDOWN PATIENT PARTICIPATION GROUP – MEETING NOTES
Tuesday 4 February 2025

CHAIR: Shall we write to the ICB asking for an independent review of the merger and its effect on access to appointments? All those in favour?
SECRETARY: Twenty-three.
CHAIR: Against?
SECRETARY: Six against.
CHAIR: Abstentions?
SECRETARY: Four.
CHAIR: So the motion is carried, 23 to six with four abstentions. The secretary will draft the letter.
`;

const NOTICE = `# Enforcement notice summary: solvent release at Wharf Lane

Spot samples were taken by authority officers at four locations on Tuesday 4 June 2024. Results are given in micrograms per litre (µg/l).

| Site | Location | Time | Toluene (µg/l) | Total xylenes (µg/l) | Dissolved zinc (µg/l) |
|---|---|---|---|---|---|
| S0 | Ferry Steps, 200 m upstream (control) | 08:15 | <1 | <1 | 6 |
| S1 | Wharf Lane outfall | 08:30 | 1,840 | 960 | 212 |
| S2 | Mill Bridge, 400 m downstream | 09:05 | 412 | 238 | 41 |
| S3 | Cobb's Weir, 1.6 km downstream | 10:20 | 96 | 57 | 14 |
`;

const BUDGET = `# Revenue budget 2026/27

## 3. Net revenue budget by service line

Figures are in £000.

| Service line | 2025/26 budget | 2026/27 proposed | Change | Change % |
|---|---:|---:|---:|---:|
| Waste and recycling | 5,860 | 6,210 | +350 | +6.0 |
| Street cleansing | 1,540 | 1,575 | +35 | +2.3 |
| Libraries and heritage | 1,985 | 1,773 | −212 | −10.7 |
| Leisure and parks | 2,310 | 2,265 | −45 | −1.9 |
| Housing and homelessness | 2,140 | 2,530 | +390 | +18.2 |
| Environmental health | 960 | 990 | +30 | +3.1 |
| **Net revenue budget** | **14,795** | **15,343** | **+548** | **+3.7** |

3.1 Waste and recycling remains the council's largest service budget. Weekly food waste collections are unchanged.
`;

const ACCOUNTS = `# Summary accounts for the year to 31 October 2024

## Income and expenditure

| | Year to 31 Oct 2024 (£) | Year to 31 Oct 2023 (£) | Change (£) |
|---|---:|---:|---:|
| Membership subscriptions | 1,182,400 | 1,246,900 | -64,500 |
| Match-day ticketing | 1,905,300 | 2,118,600 | -213,300 |
| Catering and hospitality | 1,264,800 | 1,402,100 | -137,300 |
| Other income | 92,700 | 88,400 | 4,300 |

4.5 **Going concern.** The Board's cash-flow forecasts assume that match-day income returns to at least the level achieved in 2023.
`;

const AGM = `ANNUAL GENERAL MEETING – TRANSCRIPT

PRIYA RAMSDEN (FINANCE DIRECTOR): Our forecasts assume match-day income gets back to 2023 levels. If it does not, we would need to draw on the overdraft facility of £500,000 that Carnford Building Society has agreed, and we would come back to members.
`;

const HARBOUR = `# Harbour board report: dredging of the fish quay

4.2 A post-dredge survey of the worked berths was carried out on Wednesday 8 May 2024. Depths are given in metres below chart datum.

| Berth | Use | Design depth (m) | January 2024 survey (m) | 8 May 2024 survey (m) | Status |
|---|---|---|---|---|---|
| 1 | Fish quay east | 3.0 | 1.4 | 2.8 | Largely complete |
| 2 | Fish quay west | 3.0 | 1.1 | 2.6 | In progress |
| 3 | Ice house pontoon | 2.5 | 0.9 | 0.9 | Not started |
`;

const PLANNING = `PLANNING COMMITTEE – TRANSCRIPT

CHAIR (CLLR OKAFOR): We will take the vote on the motion to approve the scheme.

VOTE (recorded):
  For:      7  (Cllrs Ellery, Lund, Ashworth, Begum, Carrow, Fenn, Gilmartin)
  Against:  6  (Cllrs Okafor, Basu, Marsh, Hollins, Nkemelu, Stroud)
  Abstain:  0

CHAIR (CLLR OKAFOR): The motion is carried by seven votes to six.
`;

const CABINET = `# Cabinet, 12 March 2025: the Quayside scheme

9.1 Cabinet approved the scheme. For: 7. Against: 1 (Cllr Deborah Pryce, Cabinet Member for Economy and Skills). Absent: 1 (Cllr Owen Hatt).
`;

const SGM = `# Special general meeting: minutes

5.2 Resolution 2: that the full adult subscription rise by 7.5%, from £240 to £258.
For: 512
Against: 801
The resolution was not carried.
`;

const SCRUTINY_MINUTES = `# Overview and Scrutiny Committee: minutes

6.3 The motion to refer the plan back to Cabinet was put to the vote.
For: 4
Against: 7
Abstain: 1
The motion was lost.
`;

const READ_OUT = `PUBLIC MEETING – TRANSCRIPT

CHAIR: The motion is: "This meeting rejects the proposed winter timetable." Will the clerk read the count?

DOUGLAS STRACHAN: In favour, 163. Against, 4. Abstentions, 9.

CHAIR: The motion is carried.
`;

describe('tallies and columns', () => {
  test('a tally\'s sides, as claims and sources write them', () => {
    const sides = (text: string) => {
      const t = tallyOf(text, extractValues(text));
      return t && Object.fromEntries(Object.entries(t).map(([k, c]) => [k, c.n]));
    };
    assert.deepEqual(sides('The meeting backed the motion by 118 votes to 9, with 6 abstentions.'), { for: 118, against: 9, abstain: 6 });
    assert.deepEqual(sides("Clerk's count: 118 in favour, 6 against, 9 abstentions."), { for: 118, against: 6, abstain: 9 });
    assert.deepEqual(sides('For: 4 | Against: 1 | Abstain: 0'), { for: 4, against: 1, abstain: 0 });
    assert.deepEqual(sides('So the motion is carried, 23 to six with four abstentions.'), { for: 23, against: 6, abstain: 4 });
    // A defeat's larger count, first, is the votes against.
    assert.deepEqual(sides('The amendment was defeated by 27 votes to 19.'), { against: 27, for: 19 });
    assert.equal(sides('Prices rose from 23 to six.'), undefined);
  });

  test('"by 118 votes to 9, with 6 abstentions" against "118 in favour, 6 against, 9 abstentions"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/meeting.txt': MEETING }));
    const faithful = judge('The meeting backed the motion calling on Wenmoor Rail to withdraw the proposals by 118 votes to 6, with 9 abstentions.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const swapped = judge('The meeting backed the motion calling on Wenmoor Rail to withdraw the proposals by 118 votes to 9, with 6 abstentions.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
    assert.deepEqual(swapped.conflicts.map((c) => [c.claim, c.source]), [['9 against', '6 against']], why(swapped));
  });

  test('a recorded vote a line to each side states the tally; a side given another count is caught', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/council.txt': COUNCIL }));
    const carried = judge('The budget was carried by 28 votes to 17, with three abstentions.');
    assert.equal(carried.verdict, 'supported', why(carried));
    const defeated = judge('The amendment was defeated by 27 votes to 19, with two abstentions.');
    assert.equal(defeated.verdict, 'supported', why(defeated));
    const wrong = judge('The amendment was defeated by 27 votes to 17, with two abstentions.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
    assert.ok(wrong.conflicts.some((c) => c.claim === '17' && /19/.test(c.source)), why(wrong));
  });

  test('"voted 23 to four, with six abstentions" against a chair\'s "carried, 23 to six with four abstentions"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/ppg_notes.txt': PPG }));
    const wrong = judge('The group voted 23 to four, with six abstentions, to write to the ICB asking for an independent review of the merger.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
    assert.deepEqual(wrong.conflicts.map((c) => [c.claim, c.source]), [['four against', 'six against']], why(wrong));
  });

  test('two figures each given to the other\'s column of one row: "toluene measured 238 … and xylenes 412"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/notice.md': NOTICE }));
    const faithful = judge('At Mill Bridge, 400 metres downstream, toluene measured 412 micrograms per litre and xylenes 238.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const swapped = judge('At Mill Bridge, 400 metres downstream, toluene measured 238 micrograms per litre and xylenes 412.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
    assert.ok(swapped.conflicts.some((c) => /Toluene/.test(c.source) && /412/.test(c.source)), why(swapped));
  });

  test('"Figures are in £000." above a table gives its columns their unit; a row of totals ranks with no service', async () => {
    assert.equal(captionUnit('Figures are in £000.'), '£000');
    assert.equal(captionUnit('All figures in £m'), '£m');
    assert.equal(captionUnit('Figures are in pounds.'), undefined);
    const judge = judgeWith(await workspaceIndex({ 'sources/budget.md': BUDGET }));
    const up = judge("Housing and homelessness gets £390,000 more next year.");
    assert.deepEqual(up.conflicts, [], why(up));
    const largest = judge('Housing and homelessness gets the largest increase of any service, £390,000.');
    assert.deepEqual(largest.conflicts, [], why(largest));
    const wrong = judge('Waste and recycling gets the largest increase of any service, £350,000.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
    assert.ok(wrong.conflicts.some((c) => /Housing and homelessness/.test(c.source)), why(wrong));
  });

  test('"match-day income" names no row "Other income"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/accounts_summary.md': ACCOUNTS, 'sources/agm_transcript.txt': AGM }));
    const faithful = judge('Ms Ramsden said the club would need to draw on a £500,000 overdraft facility agreed with the building society if match-day income did not recover to 2023 levels.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });

  test('"(m)" beside a depth\'s "(m)" is metres, not millions', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/harbour_board_report.md': HARBOUR }));
    const faithful = judge('A survey on Wednesday 8 May found that the east berth of the fish quay had been deepened from 1.4 metres to 2.8 metres.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = judge('A survey on Wednesday 8 May found that the east berth of the fish quay had been deepened from 1.1 metres to 2.8 metres.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
  });

  test('a member listed under a side, or absent; a defeat or a vote "against referring" counts either way round', async () => {
    const planning = judgeWith(await workspaceIndex({ 'sources/planning_committee_transcript.txt': PLANNING }));
    const okafor = planning('The chair, Councillor Okafor, voted against the scheme.');
    assert.ok(!okafor.conflicts.some((c) => /Abstain/i.test(c.source)), why(okafor));
    const cabinet = judgeWith(await workspaceIndex({ 'sources/cabinet_report.md': CABINET }));
    const hatt = cabinet('The cabinet approved the scheme by seven votes to one, with Cllr Owen Hatt, the cabinet member for economy and skills, voting against.');
    assert.ok(hatt.conflicts.some((c) => c.source === 'Absent'), why(hatt));
    const sgm = judgeWith(await workspaceIndex({ 'sources/sgm_minutes.md': SGM }));
    const rejected = sgm('Members rejected a 7.5% rise in the full adult subscription, from £240 to £258, by 801 votes to 512.');
    assert.ok(!rejected.conflicts.length, why(rejected));
    const minutes = judgeWith(await workspaceIndex({ 'sources/scrutiny_minutes.md': SCRUTINY_MINUTES }));
    const against = minutes('The committee voted by 7 to 4, with one abstention, against referring the plan back to Cabinet.');
    assert.ok(!against.conflicts.length, why(against));
  });

  test('a count read out after a comma, "In favour, 163. Against, 4. Abstentions, 9.", is a tally', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/public_meeting_transcript.txt': READ_OUT }));
    const faithful = judge('The meeting backed a motion rejecting the timetable by 163 votes to 4, with 9 abstentions.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const swapped = judge('The meeting backed a motion rejecting the timetable by 163 votes to 9, with 4 abstentions.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
  });
});
