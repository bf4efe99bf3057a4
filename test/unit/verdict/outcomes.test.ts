/**
 * Outcomes given the other way (an offer "accepted" / "rejected", claims "lost" / "successfully defended", a
 * minister who "confirmed" / "declined to say", operations that "went ahead" / "were postponed", bail "granted" /
 * "refused" where the source names the judge in another sentence), a verb its subject denied ("objected" / "raised no
 * objection"), comparisons worked out from the figures ("fewer than in the previous year" / "up from 1,105 in 2023",
 * "less than double" / "more than doubled"), and new and old levels swapped. The sources are written for these tests
 * (from helpers' drafts); the bodies, places and people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const PAY = `# Pay talks: timeline

Formal negotiations between Pellow's and the RDWU opened on Tuesday 14 January 2025 at the company's head office in Wexcombe.

An initial offer of 4.2 per cent across all grades was rejected by the union's negotiating committee on Thursday 30 January.

A revised offer of 5.1 per cent was put to members in a ballot.
`;

const POTHOLES = `4.3 The Council received 1,137 third-party claims for vehicle damage in
2023/24, up from 702 in 2022/23.

4.4 The Council successfully defended 71 per cent of claims using
the statutory defence under Section 58 of the Highways Act 1980.
`;

const MINISTER = `# Solventa opens cathode plant

Solventa Materials also confirmed it has closed a £42.5 million funding round led by Kestrel Ridge Ventures.

The minister said the government would publish its battery supply chain strategy "before the summer", but declined to say whether it would include new subsidies for cathode production.
`;

const HEAT = `# Joint statement on the heat

At Brackenford Royal Infirmary, temperatures in four operating theatres rose above 28°C, the upper limit for safe surgery, and 37 planned operations were postponed.

All patients affected have been contacted and will be offered new dates within four weeks.
`;

const COURT = `# Seven in court after drugs raids

District Judge Carrow granted bail on condition that Mrs Pellow lives at her mother's address in Stanmere and observes a curfew between 7pm and 7am.

Shannon Hirst was granted bail on similar terms, with a curfew between 8pm and 6am.

Bail applications by Aaron Blakemore and Jamal Okafor-Reid were refused. Mr Okafor-Reid's solicitor had argued that his client had been "groomed and used" by older men.
`;

const APPEAL = `Appeal Decision

Hearing held on 3 and 4 December 2024

14. The highway authority, Wessland County Council, raised no objection subject
   to the reduction of the speed limit on Pellow Lane from 40mph to 30mph.

15. The Council's third reason for refusal, relating to highway safety, was
   withdrawn on 22 October 2024.
`;

const SCHOOL = `# Statement from Hollowmere School of Flying

Hollowmere School of Flying Ltd was founded in 1991 and is based at Hollowmere Airfield, Westmarsh.

The school flew 1,240 hours in 2024, up from 1,105 in 2023.

It trains around 160 students a year and employs nine instructors.
`;

const CALF = `# Rhino calf update

Estimated birth weight 34 kg (not weighed, no handling for the first week).

"At her last check on 30 April, Nuru weighed 78 kg, which is right where we would want her to be at seven weeks. She has more than doubled her birth weight and she is in excellent health."
`;

const ELECTION = `# Millbrook by-election

Labour's candidate polled 17.6 per cent, compared with 15.1 per cent in 2023.

Turnout was 31.2 per cent.
`;

const files = { 'pay.md': PAY, 'potholes.txt': POTHOLES, 'minister.md': MINISTER, 'heat.md': HEAT, 'court.md': COURT, 'appeal.txt': APPEAL, 'school.md': SCHOOL, 'calf.md': CALF, 'election.md': ELECTION };

describe('outcomes and comparisons the other way, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('an offer accepted / rejected, claims lost / successfully defended, confirmed / declined to say, went ahead / postponed', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    const cases: [string, string, string][] = [
      ["The union's negotiating committee accepted the company's initial 4.2 per cent offer on Thursday 30 January.", 'accepted', 'rejected'],
      ['The council lost 71 per cent of those claims despite its statutory defence under Section 58 of the Highways Act 1980.', 'lost', 'defended'],
      ["The minister confirmed that the government's battery supply chain strategy would include new subsidies for cathode production.", 'confirmed', 'declined'],
      ['At Brackenford Royal Infirmary, 37 planned operations went ahead even though temperatures in four theatres rose above 28C.', 'went ahead', 'postponed'],
    ];
    for (const [claim, mine, theirs] of cases) {
      const r = judge(claim);
      assert.equal(r.verdict, 'contradicted', claim);
      assert.deepEqual([r.conflicts[0].claim, r.conflicts[0].source], [mine, theirs], claim);
    }
    // Said the source's way: no contradiction.
    assert.notEqual(judge("The union's negotiating committee rejected the company's initial 4.2 per cent offer on Thursday 30 January.").verdict, 'contradicted');
    assert.notEqual(judge('The council successfully defended 71 per cent of those claims under Section 58 of the Highways Act 1980.').verdict, 'contradicted');
    assert.notEqual(judge('At Brackenford Royal Infirmary, 37 planned operations were postponed after temperatures in four theatres rose above 28C.').verdict, 'contradicted');
  });

  test('bail granted where the sentence that names the defendants says it was refused, the judge named in another sentence', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    const r = judge('District Judge Carrow granted bail applications made by Aaron Blakemore and Jamal Okafor-Reid.');
    assert.equal(r.verdict, 'contradicted');
    assert.deepEqual([r.conflicts[0].claim, r.conflicts[0].source], ['granted', 'refused']);
    assert.notEqual(judge('District Judge Carrow refused bail applications made by Aaron Blakemore and Jamal Okafor-Reid.').verdict, 'contradicted');
    assert.notEqual(judge('District Judge Carrow granted bail to Mrs Pellow on condition that she lives at her mother\'s address in Stanmere.').verdict, 'contradicted');
  });

  test('a verb its whole subject denied as a noun after "no" ("objected" / "raised no objection subject to …")', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    const r = judge('Wessland County Council, the highway authority, objected to the scheme on highway safety grounds.');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.conflicts[0].kind, 'negation');
    assert.equal(r.conflicts[0].claim, 'objected');
  });

  test('"fewer than in the previous year" against "up from 1,105 in 2023"; "less than double" against "more than doubled"', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    const hours = judge('The school, founded in 1991, flew 1,240 hours in 2024, fewer than in the previous year.');
    assert.equal(hours.verdict, 'contradicted');
    assert.equal(hours.conflicts[0].claim, 'fewer');
    assert.notEqual(judge('The school, founded in 1991, flew 1,240 hours in 2024, more than in the previous year.').verdict, 'contradicted');
    const weight = judge('At her most recent check on 30 April, Nuru weighed 78kg, less than double her birth weight.');
    assert.equal(weight.verdict, 'contradicted');
    assert.deepEqual([weight.conflicts[0].claim, weight.conflicts[0].source], ['less', 'more']);
    assert.notEqual(judge('At her most recent check on 30 April, Nuru weighed 78kg, more than double her birth weight.').verdict, 'contradicted');
  });

  test('a new level and an old one swapped ("fell to 15.1 per cent from 17.6 per cent in 2023" / "17.6 per cent, compared with 15.1 per cent in 2023")', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    const r = judge("Labour's share of the vote fell to 15.1 per cent from 17.6 per cent in 2023.");
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.conflicts[0].claim, '15.1 per cent from 17.6 per cent');
    assert.equal(judge("Labour's share of the vote rose to 17.6 per cent from 15.1 per cent in 2023.").verdict, 'supported');
  });
});

describe('an outcome of a contest said of the other side is no opposite', () => {
  withProductWordVectors();

  test('"Labour won the seat" / "the Conservatives lost the seat to Labour"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'result.md': '# Result\n\nThe Conservatives lost the Harrowgate East seat to Labour by 412 votes on Thursday.\n' }));
    assert.notEqual(judge('Labour won the Harrowgate East seat from the Conservatives by 412 votes on Thursday.').verdict, 'contradicted');
  });
});
