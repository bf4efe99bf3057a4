/**
 * A hospital trust's winter update against a writer's draft: the cases found by checking such a draft by hand. The
 * update is written for these tests; the trust and its hospitals are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const UPDATE = `Westbridge Hospitals NHS Trust: winter pressures update, 9 January 2027

The trust's two emergency departments saw 14,820 patients in December, up 6% on December 2025 and the busiest month on record.

On 2 January, 47 patients waited more than 12 hours in the emergency department at Westbridge General, the highest daily figure this winter. No patients waited more than 12 hours at St Anne's.

Bed occupancy averaged 96% across December. There were 212 flu patients in the trust's hospitals on 3 January, compared with 58 a year earlier, and 31 patients with Covid-19.

The trust has opened 40 extra beds since November and asks people to use NHS 111 unless it is a genuine emergency.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('update.txt', UPDATE)]));

describe('a hospital trust\'s winter update, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"a year earlier" is the time a comparison goes back to, not a period the source must state', () => {
    verdict('supported', "The trust's emergency departments saw 14,820 patients in December, 6% more than a year earlier.");
  });

  test('a multiple of two figures the source compares further apart: "nearly four times" for 212 against 58', () => {
    verdict('supported', 'There were 212 flu patients in hospital on 3 January, nearly four times as many as a year earlier.');
  });

  test('a place the evidence has only from a neighbouring sentence that denies what the claim says: "47 … at St Anne\'s" / "No patients waited more than 12 hours at St Anne\'s"', () => {
    verdict('contradicted', "On 2 January, 47 patients waited more than 12 hours at St Anne's.");
    verdict('supported', 'On 2 January, 47 patients waited more than 12 hours at Westbridge General.');
  });

  test('a month is no word swapped for another: "Patients are being asked" against "… since November and asks people"', () => {
    verdict('supported', 'Patients are being asked to use NHS 111 unless it is a genuine emergency.');
  });
});
