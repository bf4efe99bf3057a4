/**
 * The sixty-first round: the writer's own arithmetic and comparisons (h236–h979). A sentence that works out its figures
 * from the one before ("That is an increase of almost 47 per cent."); a share of change the claim's own two figures do
 * not make ("from 1,240 … to 702 …, a decline of more than half"); days between two dates ("four days later"); a share
 * in words beside it in per cent ("almost three quarters, 71 per cent,"); an ability the source denies in the claim's
 * words ("could give an absolute guarantee" / "I cannot give an absolute guarantee"); a member's vote in their own
 * words ("said she would vote against" / "I will vote for"); a benchmark the claim gives no figure for ("below the
 * county average"); a list that leaves its verb out ("…, Greyling Minibuses Ltd 137 pupils"); a comparison with another
 * row by name ("higher than Larkfield Court's"). And posts: an honorary one in a list ("Derek Anstey (Hon.
 * Secretary)"), and a signature's, on the line under the name. Every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, judgeWith, why, workspaceIndex } from './sources';

const SCRUTINY = `# Wexmoor District Council: overview and scrutiny committee

## Castlebrook Baths roof

4.1 The revised estimate for replacing the roof of Castlebrook Baths is £1.98 million. Cabinet approved a budget of £1.35 million in March 2025.

4.2 The increase is mainly due to asbestos found in the roof void during the intrusive survey in April.

## Christmas market

5.1 Spending on security, stewarding and barriers increased by £43,900 to £142,600 in 2024.

## Christmas market costs

| Cost line | 2023 | 2024 | Change |
|---|---|---|---|
| Security, stewarding and barriers | £98,700 | £142,600 | +£43,900 |
| Marketing | £52,400 | £41,200 | −£11,200 |
`;

const REVIEW = `# University of Carrowford: portfolio review, School of Music

3.1 Applications to the School's undergraduate programmes fell from 1,240 in the 2019 admissions cycle to 702 in the 2023 cycle.

3.2 In summer 2024, 71 per cent of graduating students in the School were in graduate-level work fifteen months after graduating, compared with a university average of 59 per cent.
`;

const SENATE = `SENATE: EXTRAORDINARY MEETING ON THE SCHOOL OF MUSIC
Wednesday 12 March 2025

PROFESSOR HELEN ASHWORTH (Deputy Vice-Chancellor): We will do everything we can to avoid compulsory redundancies. I cannot give an absolute guarantee today, and I won't pretend otherwise.

THE CHAIR (Professor Alan Myers, Vice-Chancellor): Thank you. Professor Beddington has asked to speak to the amendment before we vote on it.

PROFESSOR LORNA BEDDINGTON (Pro Vice-Chancellor, Arts): I accept the panel's overall conclusion that the School cannot continue in its current form. But the amendment asks for one more year to cost the alternatives, and I think that is reasonable. I will vote for the amendment, and if it falls I will abstain on the substantive motion.

THE CHAIR: Thank you. We will now vote on the amendment.
`;

const TRANSPORT = `# Wexcombe County Council: home-to-school transport

5.2 Tollard Travel Ltd now carries 214 pupils on three routes, Pennock & Sons Coaches 174 pupils on three routes, Greyling Minibuses Ltd 137 pupils on two routes and Brindlemoor Community Transport 87 pupils on one route.

| Route | School | Pupils | Operator |
|---|---|---|---|
| WX02 | St Aldric's High School | 54 | Pennock & Sons Coaches |
| WX06 | Ferrisham College | 58 | Pennock & Sons Coaches |
| WX08 | Lowcombe Primary School | 46 | Greyling Minibuses Ltd |
`;

const HOMES = `# Adult social care committee: the future of Elmcroft House

| Home | Registered beds | Occupied beds | Cost per occupied bed per week | Annual running cost |
|---|---|---|---|---|
| Elmcroft House, Kettlesby | 42 | 26 | £1,612 | £2.18m |
| Larkfield Court, Drayford | 48 | 41 | £1,205 | £2.57m |
`;

const ROADS = `HIGHWAYS SCRUTINY PANEL – EVIDENCE SESSION
Tuesday 4 March 2025

GARETH PRYSE (Head of Highways): It won't clear the backlog. It will let us resurface about 40 of the worst roads properly instead of patching them again and again.

GARETH PRYSE: If a road comes off the list, it would simply be recorded as not needed this year. It wouldn't be recorded as a failure.
`;

const HARBOUR = `CALLOWMERE FISHERMEN'S ASSOCIATION – MEETING WITH THE HARBOUR MASTER
Monday 14 April 2025

ALAN BUSHELL (skipper of the "Three Sisters"): Ruth, what has it all cost us so far? Because it's our harbour dues paying for it.

CAPT. RUTH MARGETSON: Three hundred and ten thousand pounds on surveys, design and the application.

ALAN BUSHELL: And the harbour dues going up?

CAPT. RUTH MARGETSON: I can't promise they won't. That's for the board in the autumn, not for me.

ALAN BUSHELL: And the inner berths, will they shut while the work goes on?

CAPT. RUTH MARGETSON: I cannot rule out closing them at some point. But there will be no closure of the inner berths before the first of July.
`;

const INCIDENT = `# Trust board: winter pressures report

2.1 The trust declared a critical incident at 10.15am on Friday 3 January 2025, when 37 patients were waiting for a bed in the emergency department.

2.2 Two escalation wards were opened later in the week, and the critical incident was stood down at 4pm on Tuesday 7 January 2025.
`;

const ANGLERS = `LENWORTH VALLEY ANGLING ASSOCIATION – SPECIAL GENERAL MEETING
Thursday 12 June 2025

Present: Margaret Tolson (Chair); Derek Anstey (Hon. Secretary); Sunil Varley (Hon. Treasurer); Owen Braddock (River Keeper); 43 voting members.

TOLSON: Good evening. Owen found the fish on the Wednesday morning and called the inspectorate straight away.
`;

const NOTICE = `# Marine licence decision notice

5.3 The application fee of £8,740 is non-refundable.

6.1 The applicant may appeal against this decision within six weeks of the date of this notice.

Signed:

**Dr Helen Ashworth**
Head of Marine Licensing, Southern Coast Marine Licensing Authority
Thursday 7 March 2024
`;

describe("the writer's own arithmetic and comparisons", () => {
  test('a sentence that works out its figures from the one before', async () => {
    const files = { 'scrutiny.md': SCRUTINY };
    const draft = (second: string) => `# Roof bill rises\n\nThe council now puts the bill for the Castlebrook Baths roof at £1.98 million, up from the £1.35 million approved in March. ${second}\n`;
    const findingsOn = async (second: string) => {
      const report = await checkAgainst(files, draft(second));
      const start = draft(second).indexOf(second);
      return report.findings.filter((f) => f.span.start >= start && f.code.endsWith('-claim')).map((f) => f.message);
    };
    // (46.7 per cent: "almost 47", "more than 45", and the change in pounds.)
    for (const second of ['That is an increase of almost 47 per cent.', 'That is a rise of more than 45 per cent.', 'That is an increase of £630,000, or almost 47 per cent.']) {
      assert.deepEqual(await findingsOn(second), [], second);
    }
    // Arithmetic that does not hold, the wrong way, or a detail no arithmetic gives is still the writer's to source.
    for (const second of ['That is an increase of 52 per cent.', 'That is a fall of almost 47 per cent.', 'That is an increase of almost 47 per cent, the steepest of any council project.']) {
      assert.notDeepEqual(await findingsOn(second), [], second);
    }
    // (A change and where it ended: "rose by £43,900 to £142,600" is a rise of 44.5 per cent on £98,700.)
    const market = `# Market\n\nSpending on security, stewarding and barriers rose by £43,900 to £142,600 in 2024. That is a rise of almost 45 per cent on the year before.\n`;
    const report = await checkAgainst(files, market);
    assert.deepEqual(report.findings.map((f) => f.message), []);
  });

  test('days the claim works out between two dates', async () => {
    const judge = judgeWith(await workspaceIndex({ 'incident.md': INCIDENT }));
    const four = judge('A critical incident was declared at 10.15am on Friday 3 January and stood down four days later, at 4pm on Tuesday 7 January.');
    assert.equal(four.verdict, 'supported', why(four));
    const five = judge('A critical incident was declared at 10.15am on Friday 3 January and stood down five days later, at 4pm on Tuesday 7 January.');
    assert.notEqual(five.verdict, 'supported', why(five));
  });

  test('a share of change that the claim\'s own two figures do not make', async () => {
    const judge = judgeWith(await workspaceIndex({ 'review.md': REVIEW }));
    const half = judge('Applications fell from 1,240 in the 2019 cycle to 702 in the 2023 cycle, a decline of more than half.');
    assert.equal(half.verdict, 'contradicted', why(half));
    assert.ok(half.conflicts.some((c) => c.claim === 'more than half' && c.source === 'a fall of 43.4%'), why(half));
    for (const text of ['Applications fell from 1,240 in the 2019 cycle to 702 in the 2023 cycle, a decline of more than 40 per cent.', 'Applications fell by more than 40 per cent, from 1,240 in the 2019 cycle to 702 in the 2023 cycle.']) {
      const r = judge(text);
      assert.equal(r.verdict, 'supported', why(r));
    }
  });

  test('a share in words beside the same share in per cent', async () => {
    const judge = judgeWith(await workspaceIndex({ 'review.md': REVIEW }));
    for (const text of [
      'In summer 2024, almost three quarters, 71 per cent, of graduating students in the School were in graduate-level work fifteen months after graduating.',
      'In summer 2024, 71 per cent, almost three quarters, of graduating students in the School were in graduate-level work fifteen months after graduating.',
    ]) {
      const r = judge(text);
      assert.equal(r.verdict, 'supported', why(r));
    }
    const wrong = judge('In summer 2024, 71 per cent, almost two thirds, of graduating students in the School were in graduate-level work fifteen months after graduating.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('an ability the source denies in the claim\'s words', async () => {
    const judge = judgeWith(await workspaceIndex({ 'senate.txt': SENATE }));
    const could = judge('Professor Ashworth said she could give an absolute guarantee that there would be no compulsory redundancies.');
    assert.equal(could.verdict, 'contradicted', why(could));
    assert.ok(could.conflicts.some((c) => c.kind === 'negation' && c.source === 'cannot give an absolute guarantee'), why(could));
    const couldNot = judge('Professor Ashworth said she could not give an absolute guarantee that there would be no compulsory redundancies.');
    assert.notEqual(couldNot.verdict, 'contradicted', why(couldNot));
    // (As far as both go: "won't clear the backlog." / "would clear the backlog and"; not "would be recorded as not
    // available" / "wouldn't be recorded as a fail".)
    const roads = judgeWith(await workspaceIndex({ 'roads.txt': ROADS }));
    const backlog = roads('Mr Pryse said the extra money would clear the backlog and allow the worst roads to be resurfaced.');
    assert.equal(backlog.verdict, 'contradicted', why(backlog));
    const recorded = roads('Mr Pryse said a road taken off the list would be recorded as not needed rather than as a failure.');
    assert.notEqual(recorded.verdict, 'contradicted', why(recorded));
  });

  test('a speaker who would not say either way', async () => {
    const judge = judgeWith(await workspaceIndex({ 'harbour.txt': HARBOUR }));
    const rise = judge('Captain Margetson said harbour dues would not go up to pay for the work.');
    assert.equal(rise.verdict, 'contradicted', why(rise));
    assert.ok(rise.conflicts.some((c) => c.source === "“I can't promise they won't”"), why(rise));
    const open = judge('Captain Margetson said she could not promise that harbour dues would not go up.');
    assert.notEqual(open.verdict, 'contradicted', why(open));
    // (Not when the turn goes on to say it: "I cannot rule out closing them … But there will be no closure of the inner
    // berths before the first of July.")
    const berths = judge('Captain Margetson said the inner berths would not close before 1 July.');
    assert.notEqual(berths.verdict, 'contradicted', why(berths));
  });

  test("a member's vote in their own words", async () => {
    const judge = judgeWith(await workspaceIndex({ 'senate.txt': SENATE }));
    const against = judge('Professor Beddington said she would vote against the amendment and abstain on the substantive motion.');
    assert.equal(against.verdict, 'contradicted', why(against));
    const forIt = judge('Professor Beddington said she would vote for the amendment and abstain on the substantive motion.');
    assert.notEqual(forIt.verdict, 'contradicted', why(forIt));
  });

  test('a benchmark the claim gives no figure for', async () => {
    const judge = judgeWith(await workspaceIndex({ 'review.md': REVIEW }));
    const below = judge("The share of the School's graduating students in graduate-level work fifteen months after graduating was below the university average.");
    assert.equal(below.verdict, 'contradicted', why(below));
    assert.ok(below.conflicts.some((c) => c.kind === 'direction' && c.claim === 'below' && c.source === 'above'), why(below));
    const above = judge("The share of the School's graduating students in graduate-level work fifteen months after graduating was above the university average.");
    assert.notEqual(above.verdict, 'contradicted', why(above));
  });

  test('a list that leaves its verb out gives each figure to the name before it', async () => {
    const judge = judgeWith(await workspaceIndex({ 'transport.md': TRANSPORT }));
    const swapped = judge('Pennock & Sons Coaches now carries 137 pupils and Greyling Minibuses Ltd 174.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
    // (The list's figures, not a route row's 58 or 54.)
    assert.ok(swapped.conflicts.every((c) => /137|174/.test(c.source)), why(swapped));
    const right = judge('Pennock & Sons Coaches now carries 174 pupils and Greyling Minibuses Ltd 137.');
    assert.notEqual(right.verdict, 'contradicted', why(right));
  });

  test('a comparison with another row by name', async () => {
    const judge = judgeWith(await workspaceIndex({ 'homes.md': HOMES }));
    const higher = judge("Elmcroft's annual running cost of £2.18m is higher than Larkfield Court's.");
    assert.equal(higher.verdict, 'contradicted', why(higher));
    assert.ok(higher.conflicts.some((c) => c.kind === 'direction' && c.claim === 'higher' && c.source === 'lower'), why(higher));
    const lower = judge("Elmcroft's annual running cost of £2.18m is lower than Larkfield Court's.");
    assert.notEqual(lower.verdict, 'contradicted', why(lower));
  });
});

describe('posts in a list and under a signature', () => {
  test('an honorary post in a list of those present', async () => {
    const judge = judgeWith(await workspaceIndex({ 'anglers.txt': ANGLERS }));
    const keeper = judge("The meeting was attended by Derek Anstey, the association's river keeper.");
    assert.equal(keeper.verdict, 'contradicted', why(keeper));
    assert.ok(keeper.conflicts.some((c) => c.source === 'Secretary'), why(keeper));
    const secretary = judge("The meeting was attended by Derek Anstey, the association's secretary.");
    assert.notEqual(secretary.verdict, 'contradicted', why(secretary));
  });

  test("a signature's post, on the line under the name", async () => {
    const judge = judgeWith(await workspaceIndex({ 'notice.md': NOTICE }));
    const chief = judge('The decision notice was signed by Dr Helen Ashworth, chief executive of the Marine Nature Council.');
    assert.equal(chief.verdict, 'contradicted', why(chief));
    assert.ok(chief.conflicts.some((c) => c.source === 'Head of Marine Licensing'), why(chief));
    const head = judge('The decision notice was signed by Dr Helen Ashworth, head of marine licensing at the authority.');
    assert.notEqual(head.verdict, 'contradicted', why(head));
  });
});
