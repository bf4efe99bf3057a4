/**
 * Coverage of a draft (core/coverage.ts): claims supported, claims resting on a single source, sources never
 * used, quotes verified. First on hand-made reports, each number with the reason it has; then on the example.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '../../../server/src/core/check';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { coverageOf, describeCoverage } from '../../../server/src/core/coverage';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import type { ClaimResult, ClaimVerdict, DraftReport, Evidence, QuoteResult, QuoteVerdict, SourceDocument } from '../../../server/src/core/types';
import { SourceWorkspace } from '../../../server/src/core/workspace';

const FILES = ['/ws/sources/a.txt', '/ws/sources/b.txt', '/ws/sources/c.txt', '/ws/sources/d.txt', '/ws/sources/archive.jsonl'];

function doc(file: string, id = file.replace('/ws/', '')): SourceDocument {
  return { id, key: id, file, format: 'text', text: 'x', toFileOffset: (n: number) => n, filePosition: () => ({ line: 0, character: 0 }) };
}

function ev(file: string, score: number, id?: string): Evidence {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  return { document: doc(file, id), score, passage: { id: 'p', documentId: 'd', ordinal: 0, span: { start: 0, end: 1 }, paragraph: { start: 0, end: 1 }, range } };
}

function claim(verdict: ClaimVerdict, evidence: Evidence[]): ClaimResult {
  return { claim: { text: 'c', span: { start: 0, end: 1 }, paragraph: 0, citations: [], reasons: [] }, verdict, score: evidence[0]?.score ?? 0, evidence, conflicts: [] };
}

function quote(verdict: QuoteVerdict, file?: string): QuoteResult {
  const wording = file ? { text: 'w', document: doc(file), span: { start: 0, end: 1 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } } : undefined;
  return { quote: { text: 'q', span: { start: 0, end: 1 }, claim: -1, citations: [] }, verdict, score: 1, evidence: [], sourceWording: wording };
}

function report(claims: ClaimResult[], quotes: QuoteResult[] = []): DraftReport {
  return { claims, quotes, findings: [], analysis: { claims: [], quotes: [], citations: [], ignored: [], paragraphs: [] } };
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
    sources: 5,
    unusedSources: ['/ws/sources/d.txt'],
    quotes: 3,
    quotesVerified: 1,
  });
  assert.equal(
    describeCoverage(coverage, (f) => f.replace('/ws/', '')),
    '3 of 5 claims supported (60%), 2 on a single source; 1 of 3 quotes verified; source never used: sources/d.txt.',
  );
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
  assert.equal(coverage.claims, claims.length);
  assert.equal(coverage.supported, claims.filter((c) => c.verdict === 'supported').length);
  assert.equal(coverage.quotesVerified, drafts.flatMap((d) => d.quotes).filter((q) => q.verdict === 'verbatim').length);
  assert.equal(coverage.sources, 6);
  // Every example source is drawn on by some claim or quote.
  assert.deepEqual(coverage.unusedSources, []);
  assert.ok(coverage.singleSource >= 1 && coverage.singleSource <= coverage.supported);
});
