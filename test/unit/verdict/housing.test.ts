/**
 * A house price index release against a writer's draft: the cases found by checking such a draft by hand. The
 * index and its figures are invented for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, judgeWith, makeDocument, why } from './sources';
import { withProductWordVectors } from './productVectors';

const INDEX = `Halford House Price Index: November 2026

The average price of a home in the UK was £287,412 in November, up 0.4% on October and 3.9% higher than a year earlier.

Annual growth has now risen for five consecutive months, from 1.2% in June.

Northern Ireland recorded the strongest annual growth of any UK nation or region, at 7.8%, taking the average price there to £192,630.

London was the weakest region, with prices down 1.1% over the year to an average of £532,118. It is the only region where prices are lower than a year ago.
`;

const index = indexOf([makeDocument('index.txt', INDEX)]);
const verdict = expectVerdictWith(index);
const judge = judgeWith(index);

describe('a house price index, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"in a row" is said by "consecutive"', () => {
    // Was unsupported: "No source states “row”".
    verdict('supported', 'Annual growth has risen for five months in a row.');
    const six = judge('Annual growth has risen for six months in a row.');
    assert.notEqual(six.verdict, 'supported', why(six));
  });

  test('a capitalised first word is not said by a name of the evidence: "Scotland saw the strongest growth" / "Northern Ireland recorded …"', () => {
    // Was supported: word vectors put "Scotland" next to "Ireland".
    const r = verdict('unsupported', 'Scotland saw the strongest growth, with prices up 7.8% over the year.');
    assert.deepEqual(r.missing, ['Scotland'], why(r));
    verdict('supported', 'Northern Ireland saw the strongest growth, with prices up 7.8% over the year.');
  });
});
