/**
 * A weather service's storm summary against a writer's draft: the cases found by checking such a draft by hand. The
 * summary is written for these tests; the storm is invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const SUMMARY = `Storm Ingrid: what happened

Storm Ingrid brought gusts of 94mph to the Needles on the Isle of Wight on Tuesday 17 November, the strongest recorded in England this year.

Inland, gusts reached 71mph at Bristol Airport. An amber wind warning was in force from 6am to 9pm across southern England and south Wales.

Rainfall totals were highest in Dartmoor, where 112mm fell in 24 hours, more than the November average of 98mm.

One man died when a tree fell on his car near Guildford.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('summary.txt', SUMMARY)]));

describe('a storm summary, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a warning\'s colour: "red" and "yellow" against "amber"', () => {
    verdict('contradicted', 'A red wind warning was in force across southern England and south Wales.', [['red', 'amber']]);
    verdict('supported', 'An amber wind warning was in force across southern England and south Wales.');
  });

  test('a comparison the other way with the same thing: "less than the November average" / "more than the November average of 98mm"', () => {
    verdict('contradicted', 'The rain at Dartmoor was less than the November average.', [['less', 'more']]);
    verdict('supported', 'The rain at Dartmoor was more than the November average.');
  });

  test('the day of the month with another weekday is the same day misnamed: "Monday 17 November" / "Tuesday 17 November"', () => {
    verdict('contradicted', 'Storm Ingrid struck on Monday 17 November.', [['Monday 17 November', 'Tuesday 17 November']]);
    verdict('supported', 'Storm Ingrid brought gusts of 94mph to the Needles on Tuesday 17 November.');
  });

  test('"one" before a person is a count: "Two people died" / "One man died"', () => {
    verdict('contradicted', 'Two people died when trees fell on their cars.', [['Two people', 'One']]);
    verdict('supported', 'One man died when a tree fell on his car near Guildford.');
  });
});
