/**
 * A claim that copies a source sentence and changes one thing in it is contradicted, whatever else the sources
 * say; a dated source's "today" names a day; a document's title and byline are context for all its sentences;
 * and the score of each evidence passage is on the scale of `thresholds.support` (issue 9, second round).
 *
 * The sources are short texts written for these tests in the register of the BBC articles of the benchmark's
 * perturbations (bench/perturb.ts), which stay out of the repository.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/check';
import { DEFAULT_CONFIG, DEFAULT_THRESHOLDS } from '../../../server/src/core/config';
import { isClosePassage } from '../../../server/src/core/wording';
import type { Claim, ClaimResult, SourceDocument } from '../../../server/src/core/types';
import { judgeClaim } from '../../../server/src/core/verdict/claims';
import { extractValues } from '../../../server/src/core/verdict/values';
import { indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const BROADBAND = `Broadband take-up

Just over 54 million people are hooked up to the net via broadband, up from 34 million a year ago, according to market analysts Nielsen/NetRatings.

Nielsen said 54 million was a record. The match lasted almost three hours and featured 13 service breaks, including three in the final set.

Nearly half the workforce at Longbridge could be under threat if the deal goes ahead.
`;

const SECURITY = `Net security

He said currently there were even incompatibilities within DRM families. The Electronic Frontier Foundation has long campaigned against DRM.

Nobody, he claimed, could picture the chancellor walking up Downing Street the day after polling.

The Mac mini comes without a monitor, keyboard and mouse, and a second version with a larger hard drive will also be sold.

The division was tasked with improving US defences against malicious hackers, viruses and other net-based threats. Hackers and viruses cost firms millions.

Many will be arrested again within a year, the guard said.

The coach spoke to both players in his office on Thursday but neither will be disciplined and the club now wants to move on.

With his ranking down at 168, many feared his career was over, but he battled back to re-enter the top 50.

Manchester City have apologised to supporters after their coaches were delayed. The Premier League champions have written to 300 fans who took up their offer of free transport to the match.

A late goal from the Liverpool striker was not enough to save the holders.

Many Clouds won the Grand National at Aintree Treadwell said afterwards.
`;

/** A press release dated Tuesday 5 March 2024 (its date as the loaders give it). */
const RELEASE: SourceDocument = {
  ...makeDocument('release.txt', `Council approves harbour clean-up

Eastport Port Authority · 5 March 2024

Eastport City Council today approved a £12 million programme to clean up the inner basin.

Average nitrogen in the harbour fell by 18 percent between 2021 and 2023.
`),
  meta: { date: { date: '2024-03-05', from: 'document properties' } },
};

const index = indexOf([makeDocument('broadband.txt', BROADBAND), makeDocument('security.txt', SECURITY), RELEASE]);

function claimOf(text: string): Claim {
  return { text, span: { start: 0, end: text.length }, paragraph: 0, citations: [], reasons: [] };
}

function judge(text: string): ClaimResult {
  return judgeClaim(claimOf(text), index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 });
}

/** The verdict and the conflicts as "claim → source". */
function verdict(text: string): [string, string[]] {
  const r = judge(text);
  return [r.verdict, r.conflicts.map((c) => `${c.claim} → ${c.source}`)];
}

// The vectors are process-wide: loaded for this suite only (as in issue9.test.ts), the previous ones restored after.
describe('with the product word vectors', () => {
  withProductWordVectors();

  test('a bound dropped or turned in a copied sentence contradicts, even where another sentence gives the bare figure', () => {
    assert.deepEqual(verdict('54 million people are hooked up to the net via broadband, up from 34 million a year ago.'), ['contradicted', ['54 million people → Just over 54 million people']]);
    assert.deepEqual(verdict('Just under 54 million people are hooked up to the net via broadband, up from 34 million a year ago.'), ['contradicted', ['Just under 54 million people → Just over 54 million people']]);
    assert.deepEqual(verdict('The match lasted three hours and featured 13 service breaks, including three in the final set.'), ['contradicted', ['three hours → almost three hours']]);
    // The same bound is the same figure.
    assert.equal(judge('Just over 54 million people are hooked up to the net via broadband, up from 34 million a year ago.').verdict, 'supported');
  });

  test('fractions are figures: "more than half" is not "nearly half"', () => {
    assert.deepEqual(extractValues('Nearly half the workforce could go.').map((v) => [v.text, v.value, v.bound]), [['half', 0.5, 'atMost']]);
    assert.deepEqual(extractValues('Sales fell by a third.').map((v) => [v.text, v.value]), [['a third', 1 / 3]]);
    // Not a fraction: a span of months of a year.
    assert.deepEqual(extractValues('in the second half of 2005').map((v) => [v.kind, v.date?.month, v.date?.throughMonth, v.date?.year]), [['date', 7, 12, 2005]]);
    assert.equal(judge('More than half the workforce at Longbridge could be under threat if the deal goes ahead.').verdict, 'contradicted');
    assert.equal(judge('Nearly half the workforce at Longbridge could be under threat if the deal goes ahead.').verdict, 'supported');
  });

  test('a name swapped into a copied sentence contradicts, even when the source names it elsewhere', () => {
    assert.deepEqual(verdict('He said currently there were even incompatibilities within Electronic Frontier Foundation families.'), [
      'contradicted',
      ['Electronic Frontier Foundation → DRM'],
    ]);
  });

  test('one more denial than the source contradicts when both deny something', () => {
    const r = judge('Nobody, he claimed, could not picture the chancellor walking up Downing Street the day after polling.');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.conflicts[0].kind, 'negation');
    assert.match(r.conflicts[0].claim, /could not/);
  });

  test('a denial in a clause the claim leaves out does not contradict it; one that bears on what it says does', () => {
    // "but neither will be disciplined": the claim copies the first clause only, and "club" comes after the denial's clause.
    assert.equal(judge('The coach spoke to both players in his office on Thursday.').verdict, 'supported');
    assert.equal(judge('The coach spoke to both players in his office on Thursday and the club now wants to move on.').verdict, 'supported');
    // A denial of nothing but function words ("was not over"): what it denies comes before it.
    const r = judge('With his ranking down at 168, many feared his career was not over, but he battled back to re-enter the top 50.');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.conflicts[0].kind, 'negation');
  });

  test('a name in place of a description of it is no swap ("the Premier League champions" / "Manchester City")', () => {
    // The source names Manchester City a sentence earlier; "Premier League" only qualifies "champions".
    assert.equal(judge('Manchester City have written to 300 fans who took up their offer of free transport to the match.').verdict, 'supported');
    // The same description with another name in it is still a swap.
    assert.deepEqual(verdict('A late goal from the Arsenal striker was not enough to save the holders.'), ['contradicted', ['Arsenal → Liverpool']]);
  });

  test('a weekday where a copied sentence has a name is a date no source states, not another name', () => {
    // A caption run into the next sentence ("at Aintree Treadwell said"): "Sunday" stands where "Treadwell" does.
    const r = judge('Many Clouds won the Grand National at Aintree on Sunday.');
    assert.notEqual(r.verdict, 'contradicted', JSON.stringify(r.conflicts));
    assert.ok(r.missing?.some((m) => m.includes('Sunday')), JSON.stringify(r.missing));
  });

  test('the last item of a list, or a unit, swapped for another word contradicts; a word of like meaning does not', () => {
    assert.deepEqual(verdict('The Mac mini comes without a monitor, keyboard and blogging, and a second version with a larger hard drive will also be sold.'), [
      'contradicted',
      ['blogging → mouse'],
    ]);
    // "firms" is in the source, a sentence on: still not the word the copied sentence has in that place.
    assert.deepEqual(verdict('The division was tasked with improving US defences against malicious firms, viruses and other net-based threats.'), [
      'contradicted',
      ['firms → hackers'],
    ]);
    // A word of like meaning in a list is a paraphrase, not a swap (word vectors: cosine 0.62; "screen" for
    // "monitor", 0.47, is below the 0.5 of a list item and counts as another thing: a known limit).
    assert.equal(judge('The division was tasked with improving US defences against malicious hackers, worms and other net-based threats.').verdict, 'supported');
    assert.deepEqual(verdict('Many will be arrested again within a month, the guard said.'), ['contradicted', ['month → year']]);
  });

  test('an acronym the claim defines, and pieces of a token, are not names the sources must state', () => {
    assert.deepEqual(extractValues('Intake of folic acid (FA) reduces homocysteine.').map((v) => v.text), []);
    assert.deepEqual(extractValues('Secreted matrix metalloproteases (MMPs) disassemble adhesion sites.').map((v) => v.text), []);
    assert.deepEqual(extractValues('It raised NF-kB-dependent expression in iPSCderived neurons of 10EB mice.').map((v) => v.text), ['10']);
    assert.deepEqual(extractValues('Rolls-Royce and Gazprom (GZP) bid.').map((v) => v.text), ['Rolls-Royce', 'Gazprom']);
  });
});

describe('dated sources and document headers', () => {
  test('"today" in a dated source states its weekday and date; another weekday contradicts', () => {
    assert.equal(judge('The city council approved a £12 million programme to clean up the inner basin on Tuesday.').verdict, 'supported');
    assert.equal(judge('The city council approved a £12 million programme to clean up the inner basin on 5 March.').verdict, 'supported');
    const monday = judge('The city council approved a £12 million programme to clean up the inner basin on Monday.');
    assert.equal(monday.verdict, 'contradicted');
    assert.deepEqual(monday.conflicts.map((c) => [c.claim, c.source]), [['Monday', 'today (Tuesday 5 March 2024)']]);
    // Without a date, "today" names no day.
    assert.deepEqual(extractValues('The council today approved it.'), []);
  });

  test("a document's byline is context for its sentences: the report's publisher is stated", () => {
    const r = judge("Nitrogen in Eastport harbour fell by 18 percent between 2021 and 2023, according to the port authority's annual report.");
    assert.equal(r.verdict, 'supported', JSON.stringify(r.missing));
  });

  test('each evidence passage has a probability of support on the scale of thresholds.support, and a match score', async () => {
    const report = await checkDraft('Eastport City Council approved a £12 million programme to clean up the inner basin on Tuesday.\n', index, { config: DEFAULT_CONFIG, format: 'text' });
    const [result] = report.claims;
    assert.equal(result.verdict, 'supported');
    assert.equal(result.evidence[0].score, result.score, 'the chosen passage carries the claim probability');
    assert.ok(result.score >= DEFAULT_THRESHOLDS.support);
    for (const e of result.evidence) {
      assert.ok(e.score >= 0 && e.score <= 1);
      assert.ok(e.match !== undefined && e.match >= 0 && e.match <= 1);
    }
    // The other passages score lower alone: they are not counted as supporting sources.
    assert.ok(result.evidence.slice(1).every((e) => e.score < DEFAULT_THRESHOLDS.support), JSON.stringify(result.evidence.map((e) => e.score)));
    assert.equal(isClosePassage(result.evidence[0], 'claim'), true);
  });
});
