/**
 * A council's bus-service announcement against a writer's draft: the cases found by checking such a draft by hand.
 * The announcement is written for these tests; the council and operator are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `Westbridge bus network changes from 4 January

Westbridge County Council will withdraw subsidies from 11 bus routes from 4 January, saving £1.8m a year.

Routes 7, 12 and 34 will be withdrawn completely. The other eight routes will run less often: most will go from every 30 minutes to every hour, and evening services after 8pm will stop.

Councillor Tom Briggs, cabinet member for transport, said: "Nobody wants to cut services, but we cannot keep subsidising half-empty buses."

A consultation last summer received 2,150 responses, 81% of which opposed the cuts.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('notice.txt', NOTICE)]));

describe('a bus-service announcement, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a count of the things a source lists: "Three routes" / "Routes 7, 12 and 34"', () => {
    verdict('supported', 'Three routes will be withdrawn completely.');
    verdict('contradicted', 'Four routes will be withdrawn completely.', [['Four', '7, 12 and 34']]);
  });

  test('a denial in a quotation that opens right after the cue denies what is quoted: "could not \\"keep subsidising …\\""', () => {
    verdict('supported', 'Councillor Tom Briggs said the council could not "keep subsidising half-empty buses".');
  });

  test('a verb and its opposite before the same object: "supported the cuts" / "81% of which opposed the cuts"', () => {
    verdict('contradicted', 'Most of the 2,150 people who responded to the consultation supported the cuts.', [['supported', 'opposed']]);
  });
});
