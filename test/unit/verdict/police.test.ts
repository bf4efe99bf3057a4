/**
 * A police appeal for witnesses against a writer's draft: the cases found by checking such a draft by hand. The
 * collision, the people and the reference number are invented for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkReasons, isCheckworthy } from '../../../server/src/core/draft/checkworthy';
import { expectVerdictWith, indexOf, makeDocument, why } from './sources';
import { withProductWordVectors } from './productVectors';

const APPEAL = `Appeal after man seriously injured in Harrow Road collision

Officers are appealing for witnesses after a pedestrian was seriously injured in a collision in Harrow Road, Wembley, on Saturday evening.

The pedestrian, a 67-year-old man from Wembley, was taken to St Mary's Hospital, where he remains in a critical but stable condition.

The driver of the car, a grey Ford Focus, did not stop at the scene. The car was found abandoned in Lyon Park Avenue about an hour later.

A 23-year-old man was arrested on Sunday on suspicion of causing serious injury by dangerous driving and failing to stop. He has been released on bail until 19 February.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('appeal.txt', APPEAL)]));

describe('a police appeal, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a colour for another before the same car, the rest of the sentence copied: "the blue Ford Focus" / "a grey Ford Focus"', () => {
    verdict('contradicted', 'The driver of the blue Ford Focus did not stop.', [['blue', 'grey']]);
    verdict('supported', 'The driver of the grey Ford Focus did not stop.');
  });

  test('a charge the appeal does not report is a claim, and no source states it', () => {
    const text = 'He has been charged with failing to stop.';
    assert.ok(isCheckworthy(text, checkReasons(text, { quote: false, citation: false })), 'a criminal charge is a claim');
    const r = verdict('unsupported', text);
    assert.deepEqual(r.missing, ['charged'], why(r));
    verdict('supported', 'He was arrested on suspicion of failing to stop.');
  });
});
