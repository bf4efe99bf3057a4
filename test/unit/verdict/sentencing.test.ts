/**
 * A sentencing report and a police witness appeal against a writer's draft: sentences to run concurrently or
 * consecutively, an age in apposition ("Graham Pike, 58,") against a count ("father of three"), abbreviated ranks
 * ("Sgt Ellis", "Det Sgt Whitlock"), a patient's condition, and a light verb in a sentence copied otherwise ("call 101
 * quoting reference" / "call 101 and give the reference"). Both sources are written for these tests (from a helper's
 * drafts); the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `Drink-driver who killed cyclist jailed for nine years

The court heard that Drummond was driving a blue BMW 3 Series at speeds of up to 70mph in a 30mph zone on Derby Road when he hit 58-year-old cyclist Graham Pike. Mr Pike, a retired teacher and father of three, died at the scene.

Judge Rebecca Hale sentenced him to eight years for causing death by dangerous driving and two years for causing serious injury by dangerous driving, to run concurrently. She imposed a further 12 months for perverting the course of justice, to run consecutively, making a total of nine years.

Speaking after the hearing, Sergeant Mark Ellis of Leicestershire Police's serious collision investigation unit said: "No sentence can bring Graham back, but I hope today's result gives his family some measure of justice."
`;

const APPEAL = `Appeal for witnesses after man seriously injured in Bridgwater assault

He was taken to Southmead Hospital in Bristol, where he remains in a stable condition.

Detective Sergeant Claire Whitlock said: "This was a brutal and completely unprovoked attack on a man who was simply making his way home."

A 27-year-old man from Taunton was arrested on suspicion of causing grievous bodily harm with intent on Monday 16 September. He has since been released on bail while enquiries continue.

Anyone with information is asked to call 101 and give the reference 5224215789.
`;

describe('a sentencing and a witness appeal, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"to run concurrently" / "to run consecutively"; an age in apposition is no count', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'report.txt': REPORT }));
    verdict('contradicted', 'The 12-month sentence for perverting the course of justice will run concurrently.', [['concurrently', 'consecutively']]);
    verdict('supported', 'Graham Pike, 58, a retired teacher, died at the scene.');
    verdict('contradicted', 'Graham Pike, 68, a retired teacher, died at the scene.');
  });

  test('abbreviated ranks before a surname: "Sgt Ellis" / "Sergeant Mark Ellis of Leicestershire Police", "Det Sgt Whitlock"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'report.txt': REPORT, 'appeal.txt': APPEAL }));
    verdict('supported', 'Sgt Ellis said no sentence could bring Graham back.');
    verdict('supported', 'Sergeant Ellis said no sentence could bring Graham back.');
    verdict('contradicted', 'Inspector Ellis said no sentence could bring Graham back.');
    verdict('supported', 'Det Sgt Whitlock said the attack was brutal and completely unprovoked.');
  });

  test('a patient\'s condition; a light verb\'s place', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'appeal.txt': APPEAL }));
    verdict('contradicted', 'The victim was taken to Southmead Hospital in Bristol, where he remains in a critical condition.', [['critical', 'stable']]);
    verdict('supported', 'Anyone with information should call 101 quoting reference 5224215789.');
  });

  test('an event no passage reports where the evidence reports another: "has been charged" / "was arrested on suspicion of"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'appeal.txt': APPEAL }));
    const r = verdict('unsupported', 'A 27-year-old man from Taunton has been charged with causing grievous bodily harm with intent.');
    assert.deepEqual(r.missing, ['charged']);
    verdict('supported', 'A 27-year-old man from Taunton was arrested on suspicion of causing grievous bodily harm with intent.');
  });
});
