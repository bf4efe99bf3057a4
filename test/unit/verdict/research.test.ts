/**
 * A university's press release on an observational study against a writer's draft: the cases found by checking such
 * a draft by hand. Reports of research go wrong by turning a comparison round and by claiming a cause the
 * researchers say they cannot show. The study and its figures are invented for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { oppositeComparison } from '../../../server/src/core/verdict/direction';
import { expectVerdictWith, indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `Daily walk cuts risk of second heart attack, study finds

Those who walked for 30 minutes or more on at least five days a week had a 34% lower risk of a second heart attack than those who walked less than 10 minutes a day, after taking account of age, smoking and weight.

The benefit was greater in women (41% lower risk) than in men (29%).

Lead author Dr Priya Natarajan said: "Walking is free and almost everyone can do it. But this is an observational study, so we cannot say for certain that walking itself caused the lower risk."
`;

const verdict = expectVerdictWith(indexOf([makeDocument('release.txt', RELEASE)]));

describe('a study\'s press release, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('two groups compared the other way round: "greater in men than in women" / "greater in women (41% lower risk) than in men"', () => {
    verdict('contradicted', 'The benefit was greater in men than in women.', [['greater in men than in women', 'greater in women (41% lower risk) than in men']]);
    verdict('contradicted', 'The benefit was smaller in women than in men.');
    verdict('supported', 'The benefit was greater in women than in men.');
    // An amount against a quality, or two things compared, is no comparison of one thing.
    assert.equal(oppositeComparison('The benefit was greater in men than in women.', 'Outcomes were worse in men than in women.'), undefined);
    assert.equal(oppositeComparison('Side effects were more common in men than in women.', 'Side effects were more severe in women than in men.'), undefined);
    assert.equal(oppositeComparison('Outcomes were better in men than in women.', 'Outcomes were worse in men than in women.')?.claim.text, 'better in men than in women');
    assert.equal(oppositeComparison('Side effects were more common in men than in women.', 'Side effects were more common in women than in men.')?.claim.text, 'more common in men than in women');
  });

  test('a cause the researchers say they cannot show: "proved that walking caused" / "we cannot say for certain that walking itself caused"', () => {
    verdict('contradicted', 'Dr Priya Natarajan said the study proved that walking caused the lower risk.', [['proved', 'cannot say for certain that']]);
    verdict('supported', 'Dr Natarajan said walking was free and almost everyone could do it.');
  });
});
