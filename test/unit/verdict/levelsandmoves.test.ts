/**
 * The thirty-seventh round, second part: two misses of the drafts written against its start. A claim's old level
 * given the new one's year ("shrunk from about 640 homes when he started in 2019 to around 400 today" where 2019's
 * figure was 400), and a change reversed in a claim of figures and a verb alone ("It rose again to 934 in February" /
 * "It fell to 934 in February 2024"), whose topic is its values. The sources are written for these tests from the
 * helpers' drafts; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { negationCount, negationCoverage } from '../../../server/src/core/verdict/accounting';
import { NEGATION_MIN } from '../../../server/src/core/verdict/claims';
import { analyzeClaim, analyzeText } from '../../../server/src/core/verdict/support';
import { extractValues } from '../../../server/src/core/verdict/values';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, expectVerdictWith, judgeWith, misattributions, why, workspaceIndex } from './sources';

const INTERVIEW = `INTERVIEW WITH A HOUSING OFFICER
Date: Thursday 6 February 2025

REPORTER: How many homes are on your patch now?

TOM RIDLEY: About 640 across the Kestrel and Heron estates. When I started in 2019 it was closer to 400.
`;

const REPORT = `# Urgent and emergency care

4.1 The number of patients spending more than 12 hours in the department more than doubled between June 2023 (498) and January 2024 (1,112). It fell to 934 in February 2024.
`;

describe('levels and moves (thirty-seventh round)', () => {
  test("a claim's old level given the year of the new one", async () => {
    const index = await workspaceIndex({ 'interview.txt': INTERVIEW });
    // Was supported: both figures and the year are in the turn.
    expectVerdictWith(index)('contradicted', 'Mr Ridley said his patch had shrunk from about 640 homes when he started in 2019 to around 400 today.', [['640', '2019 it was closer to 400']]);
    const right = judgeWith(index)('Mr Ridley said his patch had grown from about 400 homes when he started in 2019 to around 640 today.');
    assert.notEqual(right.verdict, 'contradicted', why(right));
  });

  test('a change reversed in a claim of figures and a verb alone', async () => {
    const index = await workspaceIndex({ 'report.md': REPORT });
    // Was supported: the claim's only words besides its figures were "rose again", so no sentence was about it.
    expectVerdictWith(index)('contradicted', 'It rose again to 934 in February.', [['rose', 'fell']]);
    const right = judgeWith(index)('It fell again to 934 in February.');
    assert.notEqual(right.verdict, 'contradicted', why(right));
  });
});

const STATEMENT = `<h2>Repairs</h2>
<p>To make the cutting safe, we will remove the slipped material, install 310 soil nails and a new drainage system, and rebuild the foot of the slope with a rock-filled retaining structure (gabions). The work is estimated to cost £6.8 million.</p>
`;

const REPORT_HEADER = `# Structural Inspection: Summary of Findings

**Prepared by:** Halden Structural Partners, Consulting Civil and Structural Engineers
**Lead engineer:** Dr Elaine Forsyth CEng MIStructE, Associate Director
**Client:** Corran Playhouse Trust

The inspection team comprised Dr Elaine Forsyth, lead engineer, and Owen Pritchard, senior structural technician.
`;

describe('plural weekdays, abbreviated years, commas and header lines (thirty-seventh round)', () => {
  test('"on Mondays to Saturdays" gives two weekdays, and "3 yrs 6 months" is one duration', () => {
    const values = (text: string) => extractValues(text).map((v) => [v.kind, v.text]);
    // Were "Saturdays" a name, and "3" and "6 months" apart.
    assert.deepEqual(values('Buses run hourly on Mondays to Saturdays.'), [['date', 'Mondays'], ['date', 'Saturdays']]);
    const term = extractValues('a starting point of 3 yrs 6 months').find((v) => v.kind === 'quantity')!;
    assert.deepEqual([term.value, term.unit], [42, 'month']);
  });

  test('a word before a comma and a clause is no item of a list', async () => {
    const index = await workspaceIndex({ 'statement.html': STATEMENT });
    // Was contradicted: "The source gives safe, not repair".
    const r = judgeWith(index)('The repair, which will involve 310 soil nails, new drainage and a gabion retaining wall, is expected to cost £6.8 million.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
    assert.deepEqual(r.conflicts, []);
  });

  test("a header line's post after a name's letters is read though the line is long", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'report.md': REPORT_HEADER }));
    // Was contradicted: "The source gives Lead engineer, not associate director at Halden Structural Partners".
    verdict('supported', 'Dr Elaine Forsyth, the associate director at Halden Structural Partners, led the inspection team.');
    verdict('contradicted', 'Dr Elaine Forsyth, the managing director at Halden Structural Partners, led the inspection team.');
  });
});

const MINUTES = `# Hollins Lane Primary School — Full Governing Board

### 4. Interim leadership

The board agreed unanimously that Owen Treadwell, Deputy Headteacher, will serve as Acting Headteacher until the end of the investigation, with an acting allowance of £1,150 per month. Mr Treadwell said he would "keep the school running as normally as possible for the children, who have done nothing wrong."
`;

const NOTICE = `# Avian influenza: Whitlow Farm

| Zone | Radius from infected premises | Registered poultry premises inside | Approx. birds inside |
|---|---|---|---|
| Protection Zone | 3 km | 14 | 96,000 |
| Surveillance Zone | 10 km | 61 | 410,000 |
`;

const UNION = `<h2>Member survey</h2>
<p>In a snap survey of 318 NFF poultry members carried out between Thursday 9 and Tuesday 14 January, 64 per cent said they were worried about losing contracts with egg packers or retailers if their farm were placed in a protection zone.</p>
`;

describe('a name left out and a table of another source (thirty-seventh round), with the product\'s word vectors', () => {
  withProductWordVectors();
  test('a name in the place of a word in lower case is the name the claim leaves out', async () => {
    const report = await checkAgainst({ 'minutes.md': MINUTES }, '# Story\n\nHe has promised to "keep the school running as normally as possible for the children, who have done nothing wrong."\n');
    // Was contradicted: "The source gives Treadwell, not promised".
    assert.deepEqual(report.claims.map((c) => [c.verdict, c.conflicts]), [['supported', []]]);
  });

  test("a specific figure of a sentence the claim copies is no rival of a table's column in another source", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'notice.md': NOTICE, 'union.html': UNION }));
    // Was contradicted: "The source gives Registered poultry premises inside: 14, not 318".
    verdict('supported', 'In a snap survey of 318 poultry members, 64 per cent said they feared losing contracts with egg packers or retailers if their farm were placed in a protection zone.');
    // (The table's own figure still stands against a claim about the zone.)
    verdict('contradicted', 'There are 18 registered poultry premises inside the protection zone.', [['18', 'Registered poultry premises inside: 14']]);
  });
});

const DETERMINATION = `# Investigation report

Lead investigator: Rosalind Achebe, Deputy Housing Ombudsman

We have made a finding of severe maladministration in the handling of the household's repair requests.
`;

describe("an ombudsman's post (thirty-seventh round)", () => {
  test('a deputy is no ombudsman', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'report.md': DETERMINATION }));
    // Was supported: "ombudsman" was no post, so "the Housing Ombudsman" was no role of hers to compare.
    verdict('contradicted', 'The investigation was led by Rosalind Achebe, the Housing Ombudsman.', [['Housing Ombudsman', 'Deputy Housing Ombudsman']]);
    verdict('supported', 'The investigation was led by Rosalind Achebe, the Deputy Housing Ombudsman.');
  });
});

const RESULTS = `KELVALE GRAND PRIX 2025: COMMISSAIRES' REPORT

Winner: Luca Benn (Team Velogrid), 4h 21' 07", average speed 37.7 km/h.
`;

const TRANSCRIPT = `BRANCH MEETING, HARWICK UNIVERSITY
Date: Thursday 6 March 2025

RAMAN: The motion reads: "This branch agrees to open a formal ballot for industrial action, including strike action, if compulsory redundancies are not ruled out by Friday 21 March 2025."
`;

describe('race times and conditions (thirty-seventh round)', () => {
  test('a race time with marks, and seconds in words', () => {
    const time = (text: string) => extractValues(text).find((v) => v.unit === 'min')!;
    // Were "4" and nothing: the marks were no units, and "seven seconds" no part of the time.
    assert.equal(time(`Winner: Luca Benn, 4h 21' 07", average speed 37.7 km/h.`).value, 261 + 7 / 60);
    assert.equal(time('He won in four hours, 21 minutes and seven seconds.').value, 261 + 7 / 60);
    assert.equal(time(`Second: Tom Dunne, 4h 21' 11".`).value, 261 + 11 / 60);
  });

  test('"unless" is "if not"', async () => {
    const index = await workspaceIndex({ 'results.txt': RESULTS, 'meeting.txt': TRANSCRIPT });
    const verdict = expectVerdictWith(index);
    // Was contradicted: "The source gives 4, not four hours, 21 minutes".
    const right = judgeWith(index)('Luca Benn of Team Velogrid won in four hours, 21 minutes and seven seconds, an average of 37.7 km/h.');
    assert.notEqual(right.verdict, 'contradicted', why(right));
    assert.deepEqual(right.conflicts, []);
    verdict('contradicted', 'Luca Benn of Team Velogrid won in four hours, 21 minutes and 17 seconds, an average of 37.7 km/h.');
    // Was contradicted: "The source says the opposite: “are not ruled out by”".
    const r = judgeWith(index)('The motion threatens a ballot for industrial action, including strikes, unless compulsory redundancies are ruled out by Friday 21 March.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
    assert.equal(negationCount('We will strike unless the cuts are withdrawn.'), 1);
  });
});

const JUDGMENT = `EMPLOYMENT TRIBUNALS (ENGLAND AND WALES)
Manchester Employment Tribunal, Alexandra House, 14-22 The Parsonage, Manchester

FINDINGS

10. The Tribunal accepted the claimant's evidence that early log-outs were caused
    by the rota itself: the following visit was scheduled to start at the moment
    the previous one ended, with no time allowed for travel, and staff had been
    told by coordinators to "log out on the doorstep" to keep the next visit on time.
`;

const RADIO = `VALE FM – "VALE MORNING" – TRANSCRIPT
Broadcast: Wednesday 30 July 2025, 08:10–08:32
Presenter: Hattie Crosland
Guests: Maren Kolbeck, managing director, Tidewater Events Ltd
        Superintendent Gareth Oyelaran, North Vale Police, Stanbury district commander

HATTIE CROSLAND: Superintendent, did the police get this festival cancelled?

SUPERINTENDENT GARETH OYELARAN: No. We did not ask for the licence to be revoked, and we were not seeking revocation.
`;

describe('judges and bodies (thirty-seventh round)', () => {
  test('a judge speaks for the tribunal', async () => {
    const report = await checkAgainst({ 'judgment.txt': JUDGMENT }, '# Story\n\nEmployment Judge Rachel Danvers accepted that the early log-outs were caused by the rota itself, because staff had no time allowed to travel.\n');
    // Was contradicted: "The source gives Tribunal, not Employment Judge Rachel Danvers".
    assert.deepEqual(report.claims.map((c) => c.conflicts), [[]]);
  });

  test('a body is no holder of a post', async () => {
    const report = await checkAgainst({ 'radio.txt': RADIO }, '# Story\n\nSpeaking on Vale FM on Wednesday, Superintendent Gareth Oyelaran, the Stanbury district commander, rejected claims that the police had got the festival cancelled.\n');
    // Was contradicted: "The source gives North Vale Police, not Superintendent Gareth Oyelaran".
    assert.deepEqual(report.claims.map((c) => c.conflicts), [[]]);
  });
});

const COMPANY = `<h1>Update on the fire at our Harbour Road depot</h1>
<p>The estimated cost of the damage, including vehicles and the building, is £9.2 million. The company is insured and is working with its insurers and loss adjusters. Operations director Colin Barraclough said: "We expect the insurance to cover the vehicles, but replacing electric buses takes time."</p>
`;

describe("a company's prose beside its director's quotation (thirty-seventh round)", () => {
  test("the paragraph's quotation gives its speaker only its own words", async () => {
    // Was "In the source, this was said by Colin Barraclough, not Ridgeway".
    assert.deepEqual(await misattributions({ 'statement.html': COMPANY }, 'Ridgeway estimates the cost of the damage to vehicles and the building at £9.2 million and says it is insured.'), []);
    assert.deepEqual(await misattributions({ 'statement.html': COMPANY }, 'Mayor Helen Ward said: "We expect the insurance to cover the vehicles, but replacing electric buses takes time."'), [
      'These words were said by Colin Barraclough, not Mayor Helen Ward',
    ]);
  });
});

const TRUST = `HARCASTLE TOWN SUPPORTERS' TRUST
Special General Meeting - Verbatim transcript (recorded with members' consent)
Date: Tuesday 8 October 2024, 7.30pm
Present: Helen Okafor (Trust Chair), Marion Ashcroft (Chief Executive, Harcastle Town FC), and 254 trust members

MEMBER (from floor, Sandra Voss): Who is actually behind Wexley Park? Where is the money from?

MARION ASHCROFT: The consortium has four investors. The names of all four investors have been given to the EFL as part of the owners' and directors' test. The EFL has not yet given its approval, and we expect a decision in six to eight weeks.
`;

describe("a denial under a frame of telling (thirty-seventh round), with the product's word vectors", () => {
  withProductWordVectors();
  test('"X, the chief executive, told supporters that …" is who told it, not what', async () => {
    const index = await workspaceIndex({ 'meeting.txt': TRUST });
    // The frame is left out of how much of the claim the turn says (it was 0.15: "Marion", "Ashcroft", "chief",
    // "executive", "told", "supporters" counted as words the turn lacks), so the turn's denial is weighed.
    const turn = analyzeText('The EFL has not yet given its approval, and we expect a decision in six to eight weeks.', false);
    const framed = analyzeClaim("Marion Ashcroft, the club's chief executive, told supporters that the EFL had already given its approval.", index);
    assert.ok(negationCoverage(framed, turn, undefined, false) >= NEGATION_MIN);
    expectVerdictWith(index)('contradicted', "Marion Ashcroft, the club's chief executive, told supporters that the EFL had already given its approval.");
    const right = judgeWith(index)("Marion Ashcroft, the club's chief executive, told supporters that the EFL had not yet given its approval.");
    assert.notEqual(right.verdict, 'contradicted', why(right));
  });
});
