/**
 * An obituary against a writer's draft: the cases found by checking such a draft by hand. The editor and her life
 * are invented for these tests.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const OBITUARY = `Margaret Ellery, who has died aged 88, was the first woman to edit the Northern Evening Post and ran it for 14 years.

She was born on 3 March 1938 in Sunderland, the second of four children of a shipyard fitter, Walter Ellery, and his wife, Nora (nee Grant), a seamstress.

She became news editor in 1974 and was appointed editor in 1981, succeeding Frank Dobson.

She retired in 1995 and was appointed OBE the following year for services to journalism.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('obituary.txt', OBITUARY)]));

describe('an obituary, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('birth order: "the eldest of four children" / "the second of four children"', () => {
    verdict('contradicted', 'She was the eldest of four children.', [['eldest', 'second']]);
    verdict('supported', 'She was the second of four children.');
  });

  test('"the following year" after 1995 is 1996, and an honour for another: "appointed CBE in 1996" / "appointed OBE the following year"', () => {
    // Was "1995, not 1996": the retirement's year taken for the honour's.
    verdict('contradicted', 'She was appointed CBE in 1996.', [['CBE', 'OBE']]);
    verdict('supported', 'She was appointed OBE in 1996.');
    verdict('contradicted', 'She was appointed OBE in 1997.', [['1997', 'the following year']]);
  });
});
