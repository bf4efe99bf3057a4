/**
 * A study's press release against a writer's draft: the cases found by checking such a draft by hand. A researcher's
 * caveat ("These results do not mean everyone over 50 should start taking aspirin") turned into advice is the
 * error a science desk most fears. The release is written for these tests; the names are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { indexOf, judgeWith, makeDocument, why } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `Daily aspirin linked to lower bowel cancer risk in large study

People who took a low dose of aspirin every day for at least five years were 18% less likely to develop bowel cancer than those who did not, according to a study of more than 120,000 adults published in The Lancet Oncology.

However, daily aspirin use was also linked to a 37% higher risk of serious bleeding in the stomach.

Lead author Professor Hannah Okafor said: "These results do not mean everyone over 50 should start taking aspirin. The bleeding risk is real, and people should talk to their GP first."
`;

const index = indexOf([makeDocument('release.txt', RELEASE)]);

const judge = judgeWith(index);

describe('a study\'s press release, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a caveat denied through "do not mean" is the opposite of the advice the claim gives', () => {
    const r = judge('Professor Hannah Okafor said everyone over 50 should start taking aspirin.');
    assert.equal(r.verdict, 'contradicted', why(r));
    assert.deepEqual(r.conflicts.map((c) => c.kind), ['negation']);
    assert.match(r.conflicts[0].source, /^do not mean/);
    // The researcher's own words, and the study's figures, are supported.
    assert.equal(judge('Professor Hannah Okafor said the results do not mean everyone over 50 should start taking aspirin.').verdict, 'supported');
  });

  test('the study\'s figures: a changed risk, and a higher risk called lower, are contradicted', () => {
    const risk = judge('Taking aspirin every day for at least five years cut the risk of bowel cancer by 28%.');
    assert.deepEqual([risk.verdict, risk.conflicts.map((c) => [c.claim, c.source])], ['contradicted', [['28%', '18%']]], why(risk));
    const bleeding = judge('Daily aspirin was linked to a 37% lower risk of serious stomach bleeding.');
    assert.deepEqual([bleeding.verdict, bleeding.conflicts.map((c) => [c.claim, c.source])], ['contradicted', [['lower', 'higher']]], why(bleeding));
  });
});
