/**
 * A writer's weekend round-up against short reports (sport, politics), the cases found by checking such a draft
 * by hand: a name where the source describes the same thing ("Munster" / "the Irish province"), a word and its
 * negative ("legal" / "illegal"). The reports are written for these tests; names are of the register, not quotes
 * of real articles.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_THRESHOLDS } from '../../../server/src/core/config';
import type { Claim, ClaimResult } from '../../../server/src/core/types';
import { judgeClaim } from '../../../server/src/core/verdict/claims';
import { indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const RUGBY = `Cup tie moved to Spain

Munster's quarter-final against Biarritz on 3 April has been moved to the Anoeta stadium in San Sebastian.

The stadium holds 32,000 people. The Irish province will be given at least 8,000 tickets. The club has sold 5,000 season tickets.
`;

const CALLS = `Parties accused over calls

Lib Dem chairman Matthew Taylor has written to the watchdog. He says such phone calls are illegal and that the rules are unclear.

The watchdog said surveys were likely to be allowed.
`;

const index = indexOf([makeDocument('rugby.txt', RUGBY), makeDocument('calls.txt', CALLS)]);

function judge(text: string): ClaimResult {
  const claim: Claim = { text, span: { start: 0, end: text.length }, paragraph: 0, citations: [], reasons: [] };
  return judgeClaim(claim, index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 });
}

const why = (r: ClaimResult) => `${r.verdict} (conflicts ${JSON.stringify(r.conflicts.map((c) => [c.claim, c.source, c.kind]))}; missing ${JSON.stringify(r.missing)})`;

describe('a round-up against short reports, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a name where the source describes the same thing is no swap: "Munster will get" / "The Irish province will be given"', () => {
    const r = judge('Munster will get at least 8,000 tickets.');
    assert.equal(r.verdict, 'supported', why(r));
    // The figure still counts.
    const changed = judge('Munster will get at least 9,000 tickets.');
    assert.equal(changed.verdict, 'contradicted', why(changed));
    assert.deepEqual(changed.conflicts.map((c) => [c.claim, c.source]), [['9,000', '8,000']]);
  });

  test('a word for its negative is a contradiction: "legal" where the source says "illegal", "likely" / "unlikely"', () => {
    const legal = judge('Matthew Taylor says such phone calls are legal.');
    assert.equal(legal.verdict, 'contradicted', why(legal));
    assert.deepEqual(legal.conflicts.map((c) => [c.claim, c.source]), [['legal', 'illegal']]);
    const unlikely = judge('The watchdog said surveys were unlikely to be allowed.');
    assert.equal(unlikely.verdict, 'contradicted', why(unlikely));
    assert.deepEqual(unlikely.conflicts.map((c) => [c.claim, c.source]), [['unlikely', 'likely']]);
    // The source's own word, and one that only looks like a negative ("clear" / "unclear" is one; "form" / "inform" is not).
    assert.equal(judge('Matthew Taylor says such phone calls are illegal.').verdict, 'supported');
    const clear = judge('He says such phone calls are illegal and that the rules are clear.');
    assert.equal(clear.verdict, 'contradicted', why(clear));
  });
});
