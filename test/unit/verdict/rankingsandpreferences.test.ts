/**
 * The thirty-fourth round: a preference the other way round ("at Millgate Lane rather than at Ridley Moor"), a cause
 * denied in one clause and given in the next ("no evidence that the fire was started deliberately …, treated as
 * accidental"), durations a log or a statement writes ("8 h 37 min", "3 minutes 40 seconds") and a comparison of them,
 * a figure compared with a table's other column, a row put first of its table, a part of a whole denied ("including
 * the call to …" / "We do not accept the recommendation that …"), a denial against the neighbour of the best
 * sentence, a bound met only by another figure, a row named by half its label, and a figure stated only in other
 * roles against one in the very role of the claim's. The sources are written for these tests from the helpers'
 * drafts; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import type { PassageIndex } from '../../../server/src/core/index/passageIndex';
import { expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';

/** The faithful claim is not contradicted (its paraphrase may leave it unsupported; the rule must not fire). */
function notContradicted(index: PassageIndex, text: string): void {
  const r = judgeWith(index)(text);
  assert.notEqual(r.verdict, 'contradicted', `${text}: ${why(r)}`);
}

const QA = `# Supporters' Trust open meeting with the new owner

**Helen Marchbank:** What about the women's team?

**Marcus Ellery-Thorne:** The women's side gets a ring-fenced budget of £250,000 a season. They'll also play four league fixtures a season at Millgate Lane rather than at Ridley Moor. The ambition is for the women's team to reach the third tier by 2028.
`;

const FIRE = `Marchbury Fire and Rescue Service: incident report, Hallowell Hall

6. CAUSE

The cause of the fire remains under investigation by the Service, working
with Marchbury Police. The investigation has found no evidence that the fire
was started deliberately, and it is currently being treated as accidental.
Our joint investigation continues.

Roofing contractors had been carrying out lead repair work on the east wing roof in the week before the fire.
`;

const STATEMENT = `# An update for our customers

In October 2024, we answered calls in an average of 3 minutes 40 seconds, well within our five-minute target. In January 2023 the average wait was 47 minutes, which was unacceptable.
`;

const SURVEY = `# Report on an unannounced inspection of HMP Ashcombe Moor

## Prisoner survey

| Survey question (% of respondents) | Ashcombe Moor 2025 | Comparator | Ashcombe Moor 2022 |
|---|---|---|---|
| Feel unsafe now | 38% | 27% | 29% |
| Have been victimised by staff | 24% | 21% | 18% |
| Easy to get illicit drugs | 61% | 42% | 47% |
`;

const LETTER = `HMP Ashcombe Moor
Ref: GOV/AM/2025/044

Dear Chief Inspector,

We accept 35 of the report's 38 recommendations in full. We partially accept two, and we do not accept one. Our action plan is attached at Annex A.

2. Recommendation not accepted

We do not accept the recommendation that evening association be introduced on all wings by September 2025. With staffing still below the level we need, I cannot safely unlock every wing in the evenings by that date. We will instead introduce evening association on A and B wings from Monday 1 September 2025.

Yours sincerely,
Simon Ellery, Governor
`;

const CABINET = `ASHMERE CITY REGION COMBINED AUTHORITY
CABINET, Friday 14 March 2025

6. PROGRESS

6.1 As at Friday 28 February 2025, 5.9km of the 6.8km of track had been laid
and seven of the nine stops were structurally complete. The first test tram
ran on the extension on Tuesday 4 February 2025, between Kelsey Vale depot
and Brindle Lane. Four of the six new trams have been delivered to the depot.
`;

const NOTICE = `ENERGY MARKETS AUTHORITY
Decision notice EMA-ENF-2024-0187

3.3 Of the affected customers, 4,215 were on Brightwater's Priority Services Register. The Authority finds that at least 37 of these customers were threatened with debt collection action.

Table 1: Redress payments

Category | Payment                                  | Customers | Per customer | Total
---------+------------------------------------------+-----------+--------------+-----------
A        | Refund of back-billed charges            |     9,870 | £540         | £5,329,800
B        | Goodwill payment, back-billed customers  |     9,870 | £100         |   £987,000
C        | Goodwill payment, persistent estimates   |    61,540 | £50          | £3,077,000
D        | Additional payment, Priority Services Register customers | 4,215 | £75 | £316,125
`;

const SCRUTINY = `# Transport Scrutiny Committee, 25 March 2025

**Cllr Susan Adeyemi-Clarke (Chair):** How is the business support fund doing?

**Helen Okafor-Reid (Director of Transport):** The Dunhill Road Business Support Fund was set up with £1.2 million. We've had 84 applications and we have paid £874,000 to 61 businesses. Thirteen applications are still being assessed.

**Cllr Susan Adeyemi-Clarke:** So ten have been turned down.

**Helen Okafor-Reid:** Yes, ten did not meet the criteria.
`;

const BOARD = `WEALDMOOR AND ASHCOMBE HOSPITALS NHS FOUNDATION TRUST
Board of Directors, Thursday 6 November 2025

5. IMPACT ON PATIENTS

Table 2: Activity cancelled, 14-24 October 2025

Specialty                 | Elective procedures cancelled | Outpatient appointments cancelled
--------------------------+-------------------------------+----------------------------------
Trauma and orthopaedics   | 74                            | 412
General surgery           | 58                            | 366
Ophthalmology             | 49                            | 521
Urology                   | 36                            | 248
TOTAL                     | 217                           | 1,547
`;

describe('a preference', () => {
  test('the other way round is contradicted', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'qa.md': QA }));
    verdict('contradicted', "The women's side will also play four league fixtures a season at Ridley Moor rather than at Millgate Lane.", [
      ['season at Ridley Moor rather than at Millgate Lane', 'season at Millgate Lane rather than at Ridley Moor'],
    ]);
    verdict('supported', "The women's side will also play four league fixtures a season at Millgate Lane instead of at Ridley Moor.");
  });
});

describe('a cause denied in one clause and given in the next', () => {
  test('"treated as deliberate" against "no evidence … deliberately, … treated as accidental"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'report.txt': FIRE }));
    verdict('contradicted', 'The fire is currently being treated as deliberate while the investigation with Marchbury Police continues.', [['deliberate', 'accidental']]);
    verdict('supported', 'The fire is currently being treated as accidental while the investigation with Marchbury Police continues.');
  });
});

describe('durations', () => {
  test('a log\'s "8 h 37 min" and a statement\'s "3 minutes 40 seconds" are one figure each', () => {
    const one = (text: string) => extractValues(text).filter((v) => v.kind === 'quantity').map((v) => [v.text, v.unit, Number(v.value?.toFixed(3))]);
    assert.deepEqual(one('Full closure N/B J14-J15 | 06:25 - 15:02 (8 h 37 min)').at(-1), ['8 h 37 min', 'min', 517]);
    assert.deepEqual(one('an average of 3 minutes 40 seconds'), [['3 minutes 40 seconds', 'min', 3.667]]);
    // (Hours, minutes and seconds stay one figure: the seconds are not read again after the minutes.)
    assert.deepEqual(one('in 2 hours 14 minutes and 5 seconds'), [['2 hours 14 minutes and 5 seconds', 'min', 134.083]]);
  });

  test('a wait "longer than" a target it was within is contradicted', async () => {
    const index = await workspaceIndex({ 'statement.md': STATEMENT });
    const verdict = expectVerdictWith(index);
    verdict('contradicted', "By October 2024 the average wait had fallen to 3 minutes 40 seconds, still longer than the company's five-minute target.", [
      ['longer', '3 minutes 40 seconds, well within our five-minute'],
    ]);
    notContradicted(index, "By October 2024 the average wait had fallen to 3 minutes 40 seconds, shorter than the company's five-minute target.");
  });
});

describe("a figure compared with a table's other column", () => {
  test('"lower than the average for comparable prisons" against "Comparator: 21%"', async () => {
    const index = await workspaceIndex({ 'summary.md': SURVEY });
    const verdict = expectVerdictWith(index);
    verdict('contradicted', 'The share of prisoners reporting victimisation by staff, at 24 per cent, was lower than the average for comparable prisons.', [
      ['lower', 'Ashcombe Moor 2025: 24% | Comparator: 21%'],
    ]);
    // (Was contradicted as "The source gives 21%, not 24 per cent": the column after "than" is not the figure's.)
    notContradicted(index, 'The share of prisoners reporting victimisation by staff, at 24 per cent, was higher than the average for comparable prisons.');
  });
});

describe('a row put first of its table', () => {
  test('"more operations than any other specialty" where another row leads the column', async () => {
    const index = await workspaceIndex({ 'board.txt': BOARD });
    const verdict = expectVerdictWith(index);
    verdict('contradicted', 'General surgery cancelled more operations than any other specialty, with 58 procedures called off.', [
      ['General surgery', 'Trauma and orthopaedics (Elective procedures cancelled: 74)'],
    ]);
    notContradicted(index, 'Trauma and orthopaedics cancelled more operations than any other specialty, with 74 procedures called off.');
    // (The row of totals is no rival.)
    verdict('contradicted', 'Ophthalmology had the fewest outpatient appointments cancelled, 521.', [['Ophthalmology', 'Urology as the fewest (Outpatient appointments cancelled: 248)']]);
  });
});

describe('a part of a whole denied', () => {
  test('"including the call to …" against "We do not accept the recommendation that …"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'letter.txt': LETTER }));
    verdict('contradicted', "He accepted 35 of the report's 38 recommendations in full, including the call to introduce evening association on all wings by September 2025.", [
      ['accepted', 'do not accept the recommendation'],
    ]);
    verdict('supported', "He accepted 35 of the report's 38 recommendations in full.");
  });
});

describe("a denial against the best sentence's neighbour", () => {
  test('"still not structurally complete" against "seven of the nine stops were structurally complete"', async () => {
    const index = await workspaceIndex({ 'cabinet.txt': CABINET });
    const verdict = expectVerdictWith(index);
    const r = verdict('contradicted', 'At the end of February, seven of the nine new stops were still not structurally complete.');
    assert.equal(r.conflicts[0]?.kind, 'negation');
    notContradicted(index, 'At the end of February, seven of the nine new stops were structurally complete.');
  });
});

describe('a bound met only by another figure', () => {
  test('"at least 73 of them" is not met by the claim\'s own 4,215 nor by a sum of £75', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'notice.txt': NOTICE }));
    verdict('contradicted', 'Of those affected, 4,215 were on the Priority Services Register, and at least 73 of them were threatened with debt collection.', [['73', '37']]);
    verdict('supported', 'Of those affected, 4,215 were on the Priority Services Register, and at least 37 of them were threatened with debt collection.');
  });
});

describe('a row named by half its label', () => {
  test("another row's figure, where that row shares no word with the claim", async () => {
    const index = await workspaceIndex({ 'notice.txt': NOTICE });
    const verdict = expectVerdictWith(index);
    verdict('contradicted', 'Customers on the Priority Services Register will get an extra £50 each.', [
      ['£50 for Additional payment, Priority Services Register customers', '£50 for Goodwill payment, persistent estimates'],
    ]);
    notContradicted(index, 'Customers on the Priority Services Register will get an extra £75 each.');
  });
});

describe('a figure stated only in other roles', () => {
  test('"ten applications still being assessed" against "Thirteen applications are still being assessed"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'scrutiny.md': SCRUTINY }));
    verdict('contradicted', 'The Dunhill Road Business Support Fund has paid £874,000 to 61 businesses from 84 applications, with ten applications still being assessed.', [
      ['ten', 'Thirteen'],
    ]);
    verdict('supported', 'The Dunhill Road Business Support Fund has paid £874,000 to 61 businesses from 84 applications, with 13 applications still being assessed.');
  });
});
