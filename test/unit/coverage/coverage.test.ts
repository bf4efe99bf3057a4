/**
 * Coverage of a draft (core/coverage.ts): claims supported, claims resting on a single source, sources never
 * used, quotes verified; and the rule of what is clear behind it (core/standing.ts): a supported claim with a
 * flagged quote or citation is not "supported", a misattributed quote is not "verified". First on hand-made
 * reports, each number with the reason it has; then on the example.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addToSummary, checkDraft, emptySummary } from '../../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { coverageOf, describeCoverage } from '../../../server/src/core/coverage';
import { standingOf } from '../../../server/src/core/standing';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import type { ClaimResult, ClaimVerdict, DraftReport, Evidence, Finding, FindingCode, QuoteResult, QuoteVerdict, SourceDocument, Span } from '../../../server/src/core/types';
import { SourceWorkspace } from '../../../server/src/core/workspace';

const FILES = ['/ws/sources/a.txt', '/ws/sources/b.txt', '/ws/sources/c.txt', '/ws/sources/d.txt', '/ws/sources/archive.jsonl'];

function doc(file: string, id = file.replace('/ws/', '')): SourceDocument {
  return { id, key: id, file, format: 'text', text: 'x', toFileOffset: (n: number) => n, filePosition: () => ({ line: 0, character: 0 }) };
}

function ev(file: string, score: number, id?: string): Evidence {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  return { document: doc(file, id), score, passage: { id: 'p', documentId: 'd', ordinal: 0, span: { start: 0, end: 1 }, paragraph: { start: 0, end: 1 }, range } };
}

function claim(verdict: ClaimVerdict, evidence: Evidence[], span: Span = { start: 0, end: 1 }, citations: Span[] = []): ClaimResult {
  return {
    claim: { text: 'c', span, paragraph: 0, citations: citations.map((c) => ({ key: 'k', span: c })), reasons: [] },
    verdict,
    score: evidence[0]?.score ?? 0,
    evidence,
    conflicts: [],
  };
}

function quote(verdict: QuoteVerdict, file?: string, span: Span = { start: 0, end: 1 }, owner = -1): QuoteResult {
  const wording = file ? { text: 'w', document: doc(file), span: { start: 0, end: 1 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } } : undefined;
  return { quote: { text: 'q', span, claim: owner, citations: [] }, verdict, score: 1, evidence: [], sourceWording: wording };
}

function finding(code: FindingCode, span: Span, index: { claim?: number; quote?: number } = {}): Finding {
  return { code, severity: 'error', span, message: code, ...index };
}

function report(claims: ClaimResult[], quotes: QuoteResult[] = [], findings: Finding[] = []): DraftReport {
  return { claims, quotes, findings, analysis: { claims: [], quotes: [], citations: [], ignored: [], paragraphs: [] } };
}

const THRESHOLD = 0.56;

test('coverage of one draft, every number explained', () => {
  const draft = report(
    [
      // Supported by a.txt alone (the other passage is below the support threshold): single source.
      claim('supported', [ev('/ws/sources/a.txt', 0.9), ev('/ws/sources/c.txt', 0.4)]),
      // Supported by two passages of a.txt: still a single source.
      claim('supported', [ev('/ws/sources/a.txt', 0.8), ev('/ws/sources/a.txt', 0.7)]),
      // Supported by a.txt and b.txt: two sources.
      claim('supported', [ev('/ws/sources/a.txt', 0.8), ev('/ws/sources/b.txt', 0.6)]),
      // Contradicted by c.txt: the draft drew on c.txt, wrongly; it is used.
      claim('contradicted', [ev('/ws/sources/c.txt', 0.7)]),
      // Unsupported: its closest passage (d.txt) is not a use of d.txt.
      claim('unsupported', [ev('/ws/sources/d.txt', 0.3)]),
    ],
    // One quote verbatim from a JSONL record (the archive counts as one source file), one altered, one not found.
    [quote('verbatim', '/ws/sources/archive.jsonl'), quote('altered', '/ws/sources/b.txt'), quote('not-found')],
  );
  const coverage = coverageOf([draft], FILES, THRESHOLD);
  assert.deepEqual(coverage, {
    claims: 5,
    supported: 3,
    supportedShare: 0.6,
    singleSource: 2,
    flagged: 0,
    sources: 5,
    unusedSources: ['/ws/sources/d.txt'],
    quotes: 3,
    quotesVerified: 1,
    quotesMisattributed: 0,
  });
  assert.equal(
    describeCoverage(coverage, (f) => f.replace('/ws/', '')),
    '3 of 5 claims supported (60%), 2 on a single source; 1 of 3 quotes verified; source never used: sources/d.txt.',
  );
});

/**
 * A draft of six sentences, each 100 characters long (claim i spans [100 i, 100 i + 90)), every one of them
 * supported by a.txt, with findings placed as the engine places them.
 */
function flaggedDraft(): DraftReport {
  const at = (i: number, from = 0, to = 90): Span => ({ start: 100 * i + from, end: 100 * i + to });
  const supported = (i: number, citations: Span[] = []) => claim('supported', [ev('/ws/sources/a.txt', 0.9)], at(i), citations);
  return report(
    [
      // 0: supported, nothing flagged: clear.
      supported(0),
      // 1: supported, but its quote is misattributed (the words are Okafor's, the draft says Brennan's).
      supported(1),
      // 2: supported, but its citation marker names no source.
      supported(2, [at(2, 91, 99)]),
      // 3: supported words someone else said (a misattribution of what the claim reports: the claim's own finding).
      supported(3),
      // 4: contradicted: its own finding.
      claim('contradicted', [ev('/ws/sources/b.txt', 0.8)], at(4)),
      // 5: supported, with an altered quote the analysis did not tie to it (claim -1): found by its place.
      supported(5),
    ],
    [
      quote('verbatim', '/ws/sources/a.txt', at(1, 10, 40), 1),
      quote('verbatim', '/ws/sources/a.txt', at(0, 10, 40), 0),
      quote('altered', '/ws/sources/a.txt', at(5, 10, 40)),
    ],
    [
      finding('misattributed-quote', at(1, 10, 40), { quote: 0 }),
      finding('unknown-citation', at(2, 91, 99)),
      finding('misattributed-quote', at(3), { claim: 3 }),
      finding('contradicted-claim', at(4), { claim: 4 }),
      finding('altered-quote', at(5, 10, 40), { quote: 2 }),
    ],
  );
}

test('a claim is clear when it is supported and nothing in it is flagged', () => {
  const draft = flaggedDraft();
  const standing = standingOf(draft);
  assert.deepEqual(standing.claims.map((s) => s.clear), [true, false, false, false, false, false]);
  assert.deepEqual(standing.claims.map((s) => s.group), ['supported', 'flagged', 'flagged', 'misattributed', 'contradicted', 'flagged']);
  // Each finding is where it concerns: the quote's on its claim, the marker's on the claim it follows.
  assert.deepEqual(standing.claims.map((s) => s.inside.map((f) => f.code)), [[], ['misattributed-quote'], ['unknown-citation'], [], [], ['altered-quote']]);
  assert.deepEqual(standing.claims.map((s) => s.own.map((f) => f.code)), [[], [], [], ['misattributed-quote'], ['contradicted-claim'], []]);
  // A misattributed quote has the source's words, from someone else: not verified, and grouped apart.
  assert.deepEqual(standing.quotes.map((s) => s.verified), [false, true, false]);
  assert.deepEqual(standing.quotes.map((s) => s.group), ['misattributed', 'verbatim', 'altered']);
});

test('a finding the settings turn off flags nothing: the claim is clear again', () => {
  const draft = flaggedDraft();
  // checkDraft drops the findings whose severity is `off`: here, every misattribution.
  const quiet = { ...draft, findings: draft.findings.filter((f) => f.code !== 'misattributed-quote') };
  const standing = standingOf(quiet);
  assert.deepEqual(standing.claims.map((s) => s.clear), [true, true, false, true, false, false]);
  assert.deepEqual(standing.quotes.map((s) => s.verified), [true, true, false]);
});

test('coverage counts only clear claims as supported, and no misattributed quote as verified', () => {
  const coverage = coverageOf([flaggedDraft()], FILES, THRESHOLD);
  assert.equal(coverage.claims, 6);
  assert.equal(coverage.supported, 1, 'claim 0 only');
  assert.equal(coverage.flagged, 4, 'claims 1, 2, 3 and 5: the sources support them, but something in them is flagged');
  assert.equal(coverage.singleSource, 1, 'of the clear claims');
  assert.equal(coverage.quotesVerified, 1);
  assert.equal(coverage.quotesMisattributed, 1);
  // A flagged claim still draws on its source: a.txt is used; b.txt by the contradicted claim.
  assert.deepEqual(coverage.unusedSources, ['/ws/sources/archive.jsonl', '/ws/sources/c.txt', '/ws/sources/d.txt']);
  assert.equal(
    describeCoverage(coverage, (f) => f.replace('/ws/sources/', ''), 1),
    '1 of 6 claims supported (17%), 1 on a single source, 4 more supported with a flagged quote, speaker or citation; 1 of 3 quotes verified, 1 misattributed; sources never used: archive.jsonl and 2 more.',
  );
});

test('the summary (CLI, Check Citations, the Claims view\'s title) counts by the same rule as the coverage', () => {
  const draft = flaggedDraft();
  const summary = addToSummary(emptySummary(), draft);
  const coverage = coverageOf([draft], FILES, THRESHOLD);
  assert.deepEqual([summary.supported, summary.flagged], [coverage.supported, coverage.flagged]);
  assert.equal(summary.contradicted, 1);
  assert.equal(summary.claims, summary.supported + summary.flagged + summary.contradicted + summary.unsupported);
  // The misattributed quote is not counted verbatim; quotes split into one group each.
  assert.deepEqual([summary.verbatim, summary.misattributed, summary.altered, summary.notFound], [1, 1, 1, 0]);
  assert.equal(summary.verbatim, coverage.quotesVerified);
});

test('several drafts: a source is unused only when no draft uses it; an empty draft has no share', () => {
  const first = report([claim('supported', [ev('/ws/sources/a.txt', 0.9)])]);
  const second = report([claim('supported', [ev('/ws/sources/b.txt', 0.9)])]);
  const both = coverageOf([first, second], FILES, THRESHOLD);
  assert.deepEqual(both.unusedSources, ['/ws/sources/archive.jsonl', '/ws/sources/c.txt', '/ws/sources/d.txt']);
  assert.equal(both.singleSource, 2);
  const empty = coverageOf([report([])], FILES, THRESHOLD);
  assert.equal(empty.supportedShare, null);
  assert.equal(describeCoverage(empty, (f) => f, 2), 'no check-worthy claims; sources never used: /ws/sources/a.txt, /ws/sources/archive.jsonl and 3 more.');
});

test('the example draft: coverage agrees with its verdicts', async () => {
  const example = join(__dirname, '..', '..', '..', 'examples', 'newsroom');
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(join(example, 'sources'))) files[`/ws/sources/${name}`] = readFileSync(join(example, 'sources', name));
  const workspace = new SourceWorkspace(new MemoryFileSystem(files), '/ws', DEFAULT_CONFIG);
  await workspace.build();
  // The example's two drafts: the amnesty story and the harbour story (its PDF, Word and WebVTT sources).
  const drafts = await Promise.all(
    ['amnesty.md', 'harbour.md'].map((name) => checkDraft(readFileSync(join(example, 'drafts', name), 'utf8'), workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' })),
  );
  const coverage = coverageOf(drafts, workspace.files, DEFAULT_CONFIG.thresholds.support);
  const claims = drafts.flatMap((d) => d.claims);
  const standings = drafts.map(standingOf);
  assert.equal(coverage.claims, claims.length);
  assert.equal(coverage.supported, standings.flatMap((s) => s.claims).filter((c) => c.clear).length);
  assert.equal(coverage.supported + coverage.flagged, claims.filter((c) => c.verdict === 'supported').length);
  assert.equal(coverage.quotesVerified, standings.flatMap((s) => s.quotes).filter((q) => q.verified).length);

  // The harbour story: “The oysters are coming back faster than anyone expected,” Brennan said. The words are in
  // the panel transcript, so the claim is supported; but Okafor said them. Not clear, and its quote not verified.
  const harbour = drafts[1];
  const brennan = harbour.claims.findIndex((c) => c.claim.text.includes('The oysters are coming back'));
  assert.equal(harbour.claims[brennan].verdict, 'supported');
  assert.equal(standings[1].claims[brennan].clear, false);
  assert.equal(standings[1].claims[brennan].group, 'flagged');
  assert.deepEqual(standings[1].claims[brennan].inside.map((f) => f.code), ['misattributed-quote']);
  const oysters = harbour.quotes.findIndex((q) => q.quote.text.startsWith('The oysters are coming back'));
  assert.equal(harbour.quotes[oysters].verdict, 'verbatim');
  assert.deepEqual(standings[1].quotes[oysters], { verified: false, group: 'misattributed', findings: [harbour.findings.find((f) => f.quote === oysters)] });
  const harbourCoverage = coverageOf([harbour], workspace.files, DEFAULT_CONFIG.thresholds.support);
  assert.equal(harbourCoverage.quotes, 4);
  assert.equal(harbourCoverage.quotesVerified, 3, 'the misattributed quote is not verified');
  assert.equal(harbourCoverage.quotesMisattributed, 1);
  assert.equal(coverage.sources, 6);
  // Every example source is drawn on by some claim or quote.
  assert.deepEqual(coverage.unusedSources, []);
  assert.ok(coverage.singleSource >= 1 && coverage.singleSource <= coverage.supported);
  // Every clear claim is supported; every flagged one has a finding in it or of its own.
  for (const [d, draft] of drafts.entries()) {
    draft.claims.forEach((c, i) => {
      const s = standings[d].claims[i];
      if (s.clear) assert.equal(c.verdict, 'supported');
      else if (c.verdict === 'supported') assert.ok(s.own.length + s.inside.length > 0, c.claim.text);
    });
  }
});
