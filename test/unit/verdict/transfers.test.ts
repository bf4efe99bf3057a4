/**
 * A football transfer against a writer's draft: the club's announcement and a newspaper's report of the fee. The
 * cases found by checking such a draft by hand; the clubs, the player and the figures are invented for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDraft } from '../../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { findAttributions } from '../../../server/src/core/verdict/attribution';
import { expectVerdictWith, indexOf, makeDocument, why, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const CLUB = `Rovers complete signing of Callum Reyes

Ashdown Rovers are delighted to announce the signing of midfielder Callum Reyes from Championship side Brackley Town for an undisclosed fee.

Head coach Luis Moreno said: "Callum is a player we have tracked for a long time. He is intelligent, he covers every blade of grass and he can score goals from midfield."
`;

const PAPER = `Rovers pay £6.5m for Brackley midfielder Reyes

Ashdown Rovers have paid an initial £6.5m for Brackley Town midfielder Callum Reyes, the Gazette understands, with a further £1.5m in add-ons.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('club.txt', CLUB), makeDocument('paper.txt', PAPER)]));

describe('a transfer, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('the name after "said" is what the speaker talks about when the verb has its speaker before it', async () => {
    const mentions = (s: string) => findAttributions(s).map((a) => a.mention);
    assert.deepEqual(mentions('Head coach Luis Moreno said Reyes "covers every blade of grass".'), ['Luis Moreno']);
    assert.deepEqual(mentions('The club said Reyes "had always wanted to come".'), ['club']);
    assert.deepEqual(mentions('"He covers every blade of grass," said Luis Moreno.'), ['Luis Moreno']);
    // Through a whole check: the quote is Moreno's, as the draft says (was "said by Luis Moreno, not Reyes").
    const report = await checkDraft('Head coach Luis Moreno said Reyes "covers every blade of grass".\n', await workspaceIndex({ 'club.txt': CLUB }), { config: DEFAULT_CONFIG, format: 'markdown' });
    assert.deepEqual(report.findings.filter((f) => f.code === 'misattributed-quote'), []);
    assert.equal(report.quotes[0]?.verdict, 'verbatim');
  });

  test('a figure the source gives in two parts is stated: "£8m with add-ons" / "an initial £6.5m …, with a further £1.5m in add-ons"', () => {
    // Was "No source states “£8m”".
    const r = verdict('unsupported', 'The deal could rise to £8m with add-ons.');
    assert.deepEqual(r.missing, [], why(r));
    verdict('supported', 'Rovers paid an initial £6.5m for Reyes, with add-ons taking the fee to £8m.');
    const wrong = verdict('unsupported', 'The deal could rise to £9m with add-ons.');
    assert.deepEqual(wrong.missing, ['£9m'], why(wrong));
  });
});
