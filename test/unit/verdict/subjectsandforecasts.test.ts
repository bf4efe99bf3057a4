/**
 * The thirty-sixth round, second part: a name given another's place as the subject of a sentence the claim copies
 * ("Marlow won nine of the final 11 games" / "Castell won nine of the final 11 games … and broke Marlow's serve"),
 * and a move of another figure, or an unrelated word of the opposite direction, against a claim that another
 * passage states whole ("expected net debt to fall back below £300 million" / "Net debt rose by £14 million", beside
 * "We expect net debt to fall back below £300 million by the year end"); then false alarms of six more drafts
 * (h254–h259): "neither … nor" denies once; a figure a change ends at; a table row whose label says the ranking;
 * a time given elsewhere with the claim's date; a date another passage gives in the claim's role. The sources are
 * written for these tests from the helpers' drafts; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';

/** Not contradicted, and no value in conflict (supported or unsupported, as the small fixture's words allow). */
const clear = (r: { verdict: string; conflicts: unknown[] }) => {
  assert.notEqual(r.verdict, 'contradicted');
  assert.deepEqual(r.conflicts, []);
};

const MATCH = `Top seed Eleanor Marlow was beaten 6-3, 6-1 by Jessica Castell in the second round of the Harbour Open on Wednesday.

Castell won nine of the final 11 games of the match and broke Marlow's serve twice in the final set to pull off the upset.

"I came out knowing I had nothing to lose," said Castell, who is ranked 66th in the world.
`;

const RESULTS = `# Half-year results

Chief Financial Officer Tom Haverley said:

"Net debt rose by £14 million, mainly because of the timing of supplier payments and our investment in the two new stores. We expect net debt to fall back below £300 million by the year end."
`;

const AUDIT = `INSPECTOR KAREN LOWTHER: The audit log shows he did not search the address or Mr Bray's name on the command and control system while the call was open.
`;

const NOTICE = `## 4. Penalty

4.1 The Authority set a starting penalty of £3 million, reflecting the seriousness and duration of the breach.

4.2 The Authority reduced the penalty by 20%, to £2.4 million, in recognition of the operator's early admission of the breach and its co-operation with the investigation.
`;

const TRIAL = `# Trial results

| Outcome | Velaprant (n=621) | Placebo (n=619) |
|---|---|---|
| Patients with at least 50% fewer migraine days | 58% | 27% |
| Patients who stopped because of side effects | 6% | 3% |
| Most common side effect (nausea) | 11% | 4% |
`;

const DECLARATION = `<html><body>
<h3>Notes from the Returning Officer</h3>
<p>The count began at 10.30pm on Thursday 13 March 2025 at Kelmsford Leisure Centre, Station Road. At the conclusion of the first count, the difference between the two leading candidates was 15 votes. The recount took one hour and 40 minutes. The result was declared at 2.47am on Friday 14 March 2025.</p>
</body></html>`;

const CABINET = `## Background

The Head of Highways reported that Stennack Bridge, which carries the B4127
over the River Fenn in Ashcombe, was closed to vehicles at 06:00 on Saturday
8 March 2025 under delegated emergency powers. The closure followed a special
inspection by Calder Hythe Consulting on Tuesday 4 March, which found severe
corrosion in the central span.

## Decision

Cabinet RESOLVED to:

1. Endorse the emergency closure of Stennack Bridge made on 8 March 2025.
2. Note the target reopening date of Friday 4 July 2025.
`;

const INSPECTION = `1. PURPOSE OF INSPECTION

This unscheduled principal inspection was commissioned by West Fennshire
Council on Friday 28 February 2025 after a member of the public reported
concrete falling from the underside of the second span onto the River Fenn
towpath.
`;

const VISITORS = `## Visitor numbers

| Quarter | 2022–23 | 2023–24 | Change |
|---|---|---|---|
| April–June | 29,870 | 34,210 | +14.5% |
| July–September | 37,140 | 45,980 | +23.8% |
| October–December | 30,020 | 38,650 | +28.7% |

The busiest single day of the year was Saturday 19 August 2023, when 2,140 people visited during the town's Canal Festival.
`;

const BUDGET = `The council will set its revenue budget for 2025/26 at a full council meeting on Wednesday 9 April 2025, where the proposed £240,000 reduction in library spending will be voted on.
`;

describe('subjects, forecasts, denials and dates (thirty-sixth round)', () => {
  test('a name in the place of the subject of the same verb in a sentence the claim copies is a swap', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'match_report.txt': MATCH }));
    // Was contradicted, for the wrong reason: "The source gives lose, not won", from "nothing to lose".
    verdict('contradicted', 'Marlow won nine of the final 11 games of the match.', [['Marlow', 'Castell']]);
    // Were contradicted by "nothing to lose".
    verdict('supported', 'Castell won nine of the final 11 games of the match.');
    verdict('supported', "Castell won nine of the final 11 games and broke Marlow's serve twice in the final set.");
  });

  test("a move of another figure is no contradiction of a claim another passage gives whole", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results_statement.md': RESULTS }));
    // Was "The source gives rose, not fall".
    verdict('supported', 'He said he expected net debt to fall back below £300 million by the year end.');
    verdict('contradicted', 'He said he expected net debt to rise above £300 million by the year end.', [['rise', 'fall']]);
  });

  test('"neither … nor" denies once', async () => {
    const index = await workspaceIndex({ 'hearing_transcript.txt': AUDIT });
    const verdict = expectVerdictWith(index);
    // Was "The source says the opposite".
    clear(judgeWith(index)("The audit log showed that he searched neither the address nor Mr Bray's name while the call was open."));
    verdict('contradicted', "The audit log showed that he searched the address and Mr Bray's name while the call was open.");
  });

  test("a figure a change ends at is no rival of the figure it starts from, which another passage gives", async () => {
    const index = await workspaceIndex({ 'decision_notice.md': NOTICE });
    const verdict = expectVerdictWith(index);
    // Was "The source gives £2.4 million, not £3 million".
    clear(judgeWith(index)("The Authority started from a penalty of £3 million and cut it by a fifth in recognition of the operator's early admission and co-operation."));
    verdict('contradicted', "The Authority started from a penalty of £4 million and cut it by a fifth in recognition of the operator's early admission and co-operation.");
  });

  test('a row whose label says the ranking is not ranked in its column', async () => {
    const judge = judgeWith(await workspaceIndex({ 'press_release.md': TRIAL }));
    // Was "The source gives Velaprant (n=621): 58%, not The most".
    clear(judge('The most common side effect was nausea, reported by 11% of patients on velaprant against 4% on placebo.'));
  });

  test("a time another passage of the source gives with the claim's date is no coincidence", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'declaration.html': DECLARATION }));
    // Was "The source gives 10.30pm, not 2.47am" (the count's start, which the claim gives no time). The gap, "more
    // than four hours after the count began", is 10.30pm to 2.47am: the source's two times state it.
    const r = verdict('supported', 'The result was declared at 2.47am on Friday 14 March, more than four hours after the count began at Kelmsford Leisure Centre.');
    assert.deepEqual(r.conflicts, []);
    verdict('contradicted', 'The result was declared at 3.47am on Friday 14 March, more than four hours after the count began at Kelmsford Leisure Centre.');
    // (Across midnight the shorter way: not 19 hours from 2.47am back to 10.30pm.)
    verdict('unsupported', 'The result was declared at 2.47am on Friday 14 March, more than five hours after the count began at Kelmsford Leisure Centre.');
  });

  test("a date another passage gives in the claim's role is stated against a rival in another", async () => {
    const index = await workspaceIndex({ 'cabinet_decision.md': CABINET, 'inspection_report.txt': INSPECTION });
    const verdict = expectVerdictWith(index);
    // Were "The source gives Saturday 8 March 2025, not Friday 4 July" and "… Friday 28 February 2025, not 4 March".
    clear(judgeWith(index)('The bridge, which carries the B4127 over the River Fenn, is expected to reopen on Friday 4 July.'));
    verdict('contradicted', 'The bridge, which carries the B4127 over the River Fenn, is expected to reopen on Friday 11 July.');
    const inspected = 'The closure followed an unscheduled inspection by Calder Hythe Consulting on 4 March, which was ordered after a member of the public reported concrete falling onto the towpath.';
    clear(judgeWith(index)(inspected));
    // (Another day no passage gives is not stated: unsupported here, its words few.)
    const other = judgeWith(index)(inspected.replace('4 March', '5 March'));
    assert.notEqual(other.verdict, 'supported');
    assert.ok(other.verdict === 'contradicted' || other.missing?.includes('5 March'), why(other));
  });

  test('a figure of four significant digits another passage of the source gives exactly is no coincidence', async () => {
    const judge = judgeWith(await workspaceIndex({ 'annual_report.md': VISITORS }));
    // Was "The source gives 2,140 people, not 45,980 people" (the busiest day's, in a sentence worded alike).
    clear(judge('The busiest quarter was July to September, when 45,980 people visited.'));
    assert.equal(judge('The busiest quarter was July to September, when 45,890 people visited.').verdict, 'contradicted');
  });

  test("a year of the claim's does not account for a source's date with its day", async () => {
    const index = await workspaceIndex({ 'press_release.md': BUDGET });
    const verdict = expectVerdictWith(index);
    // Was supported: "2025/26" agreed with the year of "Wednesday 9 April 2025", which was then no rival.
    verdict('contradicted', 'The council will set its 2025/26 revenue budget at a full council meeting on Wednesday 9 May, where the £240,000 reduction in library spending will be voted on.', [['Wednesday 9 May', 'Wednesday 9 April 2025']]);
    clear(judgeWith(index)('The council will set its 2025/26 revenue budget at a full council meeting on Wednesday 9 April, where the £240,000 reduction in library spending will be voted on.'));
  });
});
