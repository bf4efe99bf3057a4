/**
 * A writer's round-ups against short reports (sport, politics, markets), the cases found by checking such drafts
 * by hand against BBC articles: a name where the source describes the same thing ("Munster" / "the Irish
 * province"), a word and its negative ("legal" / "illegal") or its opposite ("former" / "new"), market verbs
 * ("rose" / "shed"), bounds ("at least 9,000", "almost 20%"), and a missing name that is not missing. The reports
 * are written for these tests in the register of those articles; the names are invented.
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

const MARKETS = `Drug maker shares plunge

Shares in Corvane lost 70% on Monday, while its partner Hollis Bio shed 43%. Shares in Pellworth closed down 19.84% at 151.5 pence.

The broker's new chief executive, Anna Cherwell, is trying to negotiate a settlement with the attorney-general.
`;

const BROKER = `Broker under scrutiny

The stock market regulator is investigating troubled insurance broker Harrow & Tolland's shareholder transactions, the firm has said.

The Securities Commission has asked for information about transactions involving holders of 5% or more of the firm's shares. Harrow has said it is co-operating fully with the investigation. Harrow is also the focus of an inquiry by the attorney-general into whether insurers rigged the market. Prosecutors allege that Harrow - the world's biggest insurance broker - and other insurance firms may have fixed bids for corporate cover.
`;

const index = indexOf([makeDocument('broker.txt', BROKER), makeDocument('rugby.txt', RUGBY), makeDocument('calls.txt', CALLS), makeDocument('markets.txt', MARKETS)]);

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

  test('opposites in the same place: "former" for "new"; market verbs: "rose" where the source says "shed"', () => {
    const former = judge("Anna Cherwell, the broker's former chief executive, is trying to negotiate a settlement.");
    assert.equal(former.verdict, 'contradicted', why(former));
    assert.deepEqual(former.conflicts.map((c) => [c.claim, c.source]), [['former', 'new']]);
    const rose = judge('Shares in Hollis Bio rose 43% on Monday.');
    assert.equal(rose.verdict, 'contradicted', why(rose));
    assert.deepEqual(rose.conflicts.map((c) => [c.claim, c.source, c.kind]), [['rose', 'shed', 'direction']]);
    assert.equal(judge('Shares in Hollis Bio fell 43% on Monday.').verdict, 'supported');
  });

  test('a bound within its own rounding is stated by the figure: "almost 20%" for 19.84%', () => {
    const r = judge('Shares in Pellworth closed down almost 20%.');
    assert.equal(r.verdict, 'supported', why(r));
  });

  test('a name that another passage states is not named as missing: "No source states" must be true', () => {
    // The passages chosen as evidence call the firm "Harrow"; the first sentence gives its whole name.
    const r = judge("The Securities Commission is investigating Harrow & Tolland, the world's second-biggest insurance broker.");
    assert.equal(r.verdict, 'unsupported', why(r));
    assert.deepEqual(r.missing, ['second']);
  });
});
