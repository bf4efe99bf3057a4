/**
 * A university's press release on a drug trial, and a rugby match report, against a writer's draft: figures of a
 * list, each with its own label ("12 per cent of patients on the 20mg dose and 4 per cent on the 10mg dose"; "wing
 * Will Muir scored in the 63rd and … Obano powered over in the 74th"); "the drug" for "a daily low-dose tablet", and
 * the verbs of a rise against those of a cut. Both sources are written for these tests.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `Daily low-dose drug cuts repeat strokes in older adults, Bristol-led trial finds

A daily low-dose tablet reduced the risk of a second stroke by 27 per cent in people over 65, according to a trial led by the University of Bristol.

After a median follow-up of 30 months, 6.2 per cent of patients on the 10mg dose had suffered a second stroke, compared with 8.5 per cent of those on placebo.

The most common side effect was mild nausea, reported by 12 per cent of patients on the 20mg dose and 4 per cent on the 10mg dose. Serious bleeding was rare.
`;

const REPORT = `Bath 31-24 Gloucester: Russell inspires late comeback at the Rec

Thomas had already been warned by the referee for a similar offence in the first half.

Bath scored three tries against 14 men. Number eight Alfie Barbeary crossed in the 55th minute, wing Will Muir scored in the 63rd and replacement prop Beno Obano powered over in the 74th. Russell converted all three.
`;

describe('figures of a list, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a dose\'s figure given for the other dose: "12 per cent of patients on the 10mg dose"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.txt': RELEASE }));
    verdict('contradicted', 'Mild nausea was reported by 12 per cent of patients on the 10mg dose.');
    verdict('supported', 'Mild nausea was reported by 4 per cent of patients on the 10mg dose.');
    verdict('supported', 'Mild nausea was reported by 12 per cent of patients on the 20mg dose.');
    verdict('contradicted', '8.5 per cent of patients on the 10mg dose had a second stroke.', [['8.5 per cent', '6.2 per cent']]);
  });

  test('"the drug" for "a daily low-dose tablet" is the same thing said generally; "rose" against "reduced"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.txt': RELEASE }));
    verdict('supported', 'The drug reduced the risk of a second stroke by 27 per cent.');
    verdict('contradicted', 'The risk of a second stroke rose by 27 per cent.', [['rose', 'reduced']]);
    verdict('contradicted', 'The tablet raised the risk of a second stroke by 27 per cent.', [['raised', 'reduced']]);
  });

  test('a try\'s minute given to another scorer, the rival the scorer\'s own: "Will Muir scored in the 74th minute" / "… in the 63rd"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'report.txt': REPORT }));
    verdict('contradicted', 'Will Muir scored in the 74th minute.', [['74th', '63rd']]);
    verdict('contradicted', 'Barbeary crossed in the 63rd minute.', [['63rd', '55th']]);
    verdict('supported', 'Will Muir scored in the 63rd minute.');
    verdict('supported', 'Obano scored in the 74th minute.');
  });

  test('an ordinal of a part of the match is no minute: "second-half tries" / "in the 63rd"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'report.txt': REPORT }));
    // (The report does not say which half: no source states it, and no minute contradicts it.)
    const half = verdict('unsupported', 'Barbeary, Muir and Obano all scored second-half tries for Bath.');
    assert.deepEqual(half.conflicts, []);
    verdict('contradicted', 'Thomas had been warned in the second half.', [['second', 'first']]);
  });
});
