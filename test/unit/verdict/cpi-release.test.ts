/**
 * An official statistics release (consumer price inflation) against a writer's draft: the cases found by checking
 * such a draft by hand. A release says "prices rose by 3.3% in the 12 months to October, down from 3.6%": the
 * prices rose, their annual rate fell, and a reporter writes "inflation fell to 3.3%". The figures are invented for
 * these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument, why } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `Consumer price inflation, UK: October 2026

Main points

The Consumer Prices Index (CPI) rose by 3.1% in the 12 months to October 2026, down from 3.4% in the 12 months to September 2026.

The largest downward contribution to the change in the annual rate came from transport, where prices fell by 1.2% in the year to October, driven by motor fuels.

Food and non-alcoholic beverage prices rose by 4.6% in the 12 months to October 2026, the lowest rate since January 2026.

Core CPI (excluding energy, food, alcohol and tobacco) rose by 3.3% in the 12 months to October 2026, down from 3.6% in September.

The CPI goods annual rate fell from 2.2% to 1.7%, while the CPI services annual rate was unchanged at 4.9%.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('cpi.txt', RELEASE)]));

describe('an inflation release, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a rate that fell, where prices rose by it: "fell to 3.3% from 3.6%" / "rose by 3.3% …, down from 3.6%"', () => {
    // Was contradicted: "fell" in the place of "rose".
    verdict('supported', 'Core inflation, which excludes energy, food, alcohol and tobacco, fell to 3.3% from 3.6%.');
    verdict('supported', 'UK inflation fell to 3.1% in the year to October, down from 3.4% in September.');
  });

  test('the level left for the level reached: "fell to 3.6%" / "down from 3.6%"', () => {
    const r = verdict('contradicted', 'Core inflation fell to 3.6%.', [['fell to 3.6%', 'down from 3.6%']]);
    assert.equal(r.conflicts[0].kind, 'direction', why(r));
  });

  test('a rate that moved against one held: "rose to 4.9%" / "was unchanged at 4.9%"', () => {
    verdict('contradicted', 'Services inflation rose to 4.9%.', [['rose', 'unchanged']]);
    verdict('contradicted', 'Goods inflation was unchanged at 1.7%.', [['unchanged', 'fell']]);
    verdict('supported', 'Services inflation was unchanged at 4.9%.');
  });

  test('a superlative and its opposite before the same words: "the highest rate since January" / "the lowest rate since January"', () => {
    verdict('contradicted', 'Food price inflation rose to 4.6%, the highest rate since January.', [['highest', 'lowest']]);
    verdict('supported', 'Food prices rose by 4.6% in the year to October, the lowest rate since January.');
  });
});
