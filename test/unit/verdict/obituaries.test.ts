/**
 * A family's statement on a writer's death against an obituary's draft: the cases found by checking such a draft by
 * hand. A birthplace, a relative and a place in a list of firsts are the facts families write in about. The
 * statement is written for these tests; the names are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const STATEMENT = `Statement from the family of Margaret Ellison

Margaret Ellison, the novelist and former Poet Laureate of Wales, died peacefully at her home in Aberystwyth on Tuesday 3 June. She was 87.

Born in Swansea in 1938, she studied English at Bangor University before working as a teacher in Cardiff for eleven years.

Her first novel, The Salt Road, was published in 1971 and won the Somerset Maugham Award the following year. She wrote fourteen novels and six collections of poetry.

She served as Poet Laureate of Wales from 2001 to 2006, the second woman to hold the post.

She is survived by her husband, the painter Owen Ellison, whom she married in 1964, two daughters and five grandchildren. Her son, David, died in 2009.
`;

const index = indexOf([makeDocument('family.txt', STATEMENT)]);

const verdict = expectVerdictWith(index);

describe('an obituary against the family\'s statement, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a birthplace for another is a contradiction even when the sentence names the claim\'s town elsewhere ("a teacher in Cardiff")', () => {
    verdict('contradicted', 'Ellison was born in Cardiff in 1938.', [['Cardiff', 'Swansea']]);
    verdict('supported', 'She was born in Swansea in 1938.');
    // The town where the sentence puts it is supported.
    verdict('supported', 'She studied English at Bangor University and taught in Cardiff for 11 years.');
  });

  test('a relative for another, past a name in apposition ("Her son, David, died"), is a contradiction', () => {
    verdict('contradicted', 'Her daughter died in 2009.', [['daughter', 'son']]);
    verdict('supported', 'Her son died in 2009.');
    verdict('contradicted', 'She is survived by her husband, two sons and five grandchildren.');
  });

  test('a place in a list of firsts is a fact: "the first woman" is not "the second woman"', () => {
    verdict('contradicted', 'She was Poet Laureate of Wales from 2001 to 2006, the first woman to hold the post.');
    verdict('supported', 'She wrote 14 novels and six poetry collections.');
  });
});
