/**
 * An inflation release against a writer's draft: the cases found by checking such a draft by hand. A release says
 * "prices rose by 3.4% in the 12 months to October, down from 3.8%"; a writer says "inflation fell to 3.4%". The
 * rate's level and the prices' change are other quantities, and their direction words oppose nothing. The release
 * is written for these tests.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { indexOf, judgeWith, makeDocument, why } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `Consumer price inflation, UK: October 2026

The Consumer Prices Index (CPI) rose by 3.4% in the 12 months to October 2026, down from 3.8% in September. This is the lowest annual rate since March 2025.

The largest downward contribution came from transport, where motor fuel prices fell by 2.1% between September and October. Food and non-alcoholic beverage prices rose by 4.9% in the year to October, down from 5.3% in September.
`;

const index = indexOf([makeDocument('ons.txt', RELEASE)]);

const judge = judgeWith(index);

describe('an inflation release, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"inflation fell to 3.4%, down from 3.8%" is what "CPI rose by 3.4% …, down from 3.8%" says: a level, not the change', () => {
    const r = judge('UK inflation fell to 3.4% in October, down from 3.8% in September.');
    assert.equal(r.verdict, 'supported', why(r));
  });

  test('a direction against the same frame is still a contradiction', () => {
    // A level against a level: "rose to 3.4%, up from 3.8%" against "down from 3.8%".
    assert.equal(judge('UK inflation rose to 3.4% in October, up from 3.8% in September.').verdict, 'contradicted');
    // A change against a change: "rose by 2.1%" against "fell by 2.1%".
    const fuel = judge('Motor fuel prices rose by 2.1% between September and October.');
    assert.equal(fuel.verdict, 'contradicted', why(fuel));
    assert.deepEqual(fuel.conflicts.map((c) => [c.claim, c.source]), [['rose', 'fell']]);
    assert.equal(judge('It is the lowest annual rate since March 2024.').verdict, 'contradicted');
  });
});
