/**
 * A police appeal after a fatal collision, as a news desk gets it, against a writer's draft: the cases found by
 * checking such a draft by hand. The vehicles' colours, who died and who was hurt, the officer's rank, the time and
 * the log number are the facts a reader acts on. The appeal is written for these tests; the names are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, indexOf, makeDocument, why } from './sources';
import { withProductWordVectors } from './productVectors';

const APPEAL = `Appeal for witnesses after fatal collision on the A38

Police are appealing for witnesses after a man died in a collision on the A38 near Bromsgrove on Friday evening.

The collision, involving a blue Ford Focus and a white Transit van, happened at about 7.40pm on Friday 14 March near the junction with Lickey Road.

The driver of the Focus, a 43-year-old man from Redditch, was pronounced dead at the scene. The van driver, a 29-year-old man, was taken to hospital with minor injuries.

The road was closed for nine hours while collision investigators examined the scene.

Sergeant Helen Price, of the Central Motorway Police Group, said: "Our thoughts are with the man's family at this very difficult time. We are keen to hear from anyone who saw either vehicle before the collision, or who has dashcam footage."

Anyone with information is asked to call 101, quoting log 3412 of 14 March.
`;

const index = indexOf([makeDocument('appeal.txt', APPEAL)]);

const verdict = expectVerdictWith(index);

describe('a police appeal, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a colour for another is a contradiction ("red Ford Focus" / "blue Ford Focus"); the source\'s own colour is supported', () => {
    verdict('contradicted', 'The crash involved a red Ford Focus and a white Transit van.', [['red', 'blue']]);
    verdict('supported', 'The crash involved a blue Ford Focus and a white Transit van.');
  });

  test('a woman where the source says a man died, or was the van driver, is a contradiction', () => {
    verdict('contradicted', 'A woman died in a collision on the A38 near Bromsgrove on Friday evening.', [['woman', 'man']]);
    verdict('contradicted', 'The van driver, a 29-year-old woman, was taken to hospital.', [['woman', 'man']]);
    verdict('supported', 'A man died in a collision on the A38 near Bromsgrove on Friday evening.');
  });

  test('an officer\'s rank for another before the same name is a contradiction; her surname with her rank is her name', () => {
    verdict('contradicted', 'Inspector Helen Price said officers were keen to hear from anyone with dashcam footage.', [['Inspector', 'Sergeant']]);
    verdict('supported', 'Sergeant Helen Price said officers were keen to hear from anyone with dashcam footage.');
    // "Sergeant Price" is "Sergeant Helen Price" (a word left out from the middle), not a rival name.
    verdict('supported', 'Sergeant Price said: "Our thoughts are with the man\'s family at this very difficult time."');
    verdict('contradicted', 'Inspector Price said: "Our thoughts are with the man\'s family at this very difficult time."');
  });

  test('a time of day is no magnitude: "about 8.40pm" and "7.40am" are not "about 7.40pm"; "7.45pm" is within "about"', () => {
    verdict('contradicted', 'The collision happened at about 8.40pm on Friday 14 March.');
    verdict('contradicted', 'The collision happened at about 7.40am on Friday 14 March.', [['7.40am', '7.40pm']]);
    verdict('supported', 'The collision happened at 7.45pm on Friday 14 March.');
  });

  test('a road for another is a contradiction when the words around it are said otherwise ("a crash on the A46" / "a collision on the A38")', () => {
    verdict('contradicted', 'A man died in a crash on the A46 near Bromsgrove on Friday evening.', [['A46', 'A38']]);
    verdict('supported', 'A man died in a crash on the A38 near Bromsgrove on Friday evening.');
  });

  test('a reference number is exact: "log 3421" is not "log 3412" (no rounding makes one the other)', () => {
    verdict('contradicted', 'Witnesses should quote log 3421 of 14 March.', [['3421', '3412']]);
    verdict('supported', 'Witnesses should quote log 3412 of 14 March.');
  });

  test('an arrest no source reports is not said by "police" and "witnesses": the message names it', () => {
    const r = verdict('unsupported', 'Police have arrested the van driver.');
    assert.deepEqual(r.missing, ['arrested'], why(r));
    // A death said in other words is said: "killed" for "died".
    verdict('supported', 'A man was killed in a collision on the A38 near Bromsgrove on Friday evening.');
  });
});
