/**
 * checkDraft over whole drafts: every finding rendered with its line, a caret underline, the message and the
 * best evidence, compared with a checked-in snapshot (Harper's style). Sources are the example's real files,
 * read into an in-memory workspace.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft, ClaimCache, SharedVerdicts } from '../../../server/src/core/check';
import { DEFAULT_CONFIG, resolveConfig } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { LineIndex } from '../../../server/src/core/text/lines';
import type { PassageIndex } from '../../../server/src/core/index/passageIndex';
import type { DraftReport } from '../../../server/src/core/types';
import { SourceWorkspace } from '../../../server/src/core/workspace';
import { exampleWorkspace, NEWSROOM } from '../helpers/fixtures';
import { assertSnapshot, snapshotPath } from '../helpers/snapshot';

const example = NEWSROOM;

/** Renders findings like a compiler: the draft line, a caret underline, the message, and the evidence. */
function render(text: string, report: DraftReport): string {
  const lines = new LineIndex(text);
  const sourceLines = text.split(/\r?\n/);
  const out: string[] = [];
  for (const f of report.findings) {
    const start = lines.positionAt(f.span.start);
    const end = lines.positionAt(f.span.end);
    const line = sourceLines[start.line];
    const width = Math.max(1, (end.line === start.line ? end.character : line.length) - start.character);
    out.push(`${start.line + 1}:${start.character + 1} ${f.severity} ${f.code}`);
    out.push(`  | ${line}`);
    out.push(`  | ${' '.repeat(start.character)}${'^'.repeat(width)}`);
    out.push(`  = ${f.message}`);
    const evidence = f.claim !== undefined ? report.claims[f.claim].evidence[0] : f.quote !== undefined ? report.quotes[f.quote].evidence[0] : undefined;
    if (evidence) {
      const passage = evidence.document.text.slice(evidence.passage.span.start, evidence.passage.span.end).replace(/\s+/g, ' ');
      out.push(`  > ${evidence.document.id}:${evidence.passage.range.start.line + 1}  ${passage}`);
    }
    out.push('');
  }
  out.push('# verdicts');
  for (const c of report.claims) out.push(`${lines.positionAt(c.claim.span.start).line + 1}  ${c.verdict}  ${c.claim.text}`);
  for (const q of report.quotes) out.push(`${lines.positionAt(q.quote.span.start).line + 1}  ${q.verdict}  “${q.quote.text}”`);
  return `${out.join('\n')}\n`;
}

test('the example draft: every verdict, rendered as findings with evidence', async () => {
  const workspace = await exampleWorkspace();
  const text = readFileSync(join(example, 'drafts', 'amnesty.md'), 'utf8');
  const report = await checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
  const byCode = (code: string) => report.findings.filter((f) => f.code === code).length;
  // The draft was written to exercise each verdict at least once.
  assert.ok(byCode('contradicted-claim') >= 3);
  assert.ok(byCode('unsupported-claim') >= 1);
  assert.ok(byCode('altered-quote') >= 2);
  assert.ok(byCode('unverified-quote') >= 1);
  assert.equal(byCode('unknown-citation'), 1);
  assert.ok(report.claims.filter((c) => c.verdict === 'supported').length >= 3);
  assert.ok(report.quotes.some((q) => q.verdict === 'verbatim'));
  // The ignored paragraph yields nothing.
  assert.ok(!report.claims.some((c) => c.claim.text.startsWith('Whatever the motives')));
  assertSnapshot(render(text, report), snapshotPath(__dirname, 'amnesty.md'));
});

test('the January 15 claim names the date the source gives', async () => {
  const workspace = await exampleWorkspace();
  const text = 'On January 15, KCNA announced a prisoner amnesty to be conducted in February. [@amnesty-report]\n';
  const report = await checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
  assert.equal(report.claims[0].verdict, 'contradicted');
  assert.deepEqual(report.claims[0].conflicts.map((c) => [c.claim, c.source]), [['January 15', 'January 10']]);
  assert.equal(report.findings[0].message, 'The source gives January 10, not January 15 (sources/amnesty-report.txt:5).');
  const span = report.claims[0].conflicts[0].claimSpan!;
  assert.equal(text.slice(span.start, span.end), 'January 15');
});

test('severity settings apply, and "off" drops the finding', async () => {
  const workspace = await exampleWorkspace();
  const text = 'The government has promised each released prisoner a monthly food ration of 20 kilograms.\n';
  const quiet = resolveConfig({ severity: { 'unsupported-claim': 'off' } }).config;
  const loud = resolveConfig({ severity: { 'unsupported-claim': 'error' } }).config;
  assert.deepEqual((await checkDraft(text, workspace.index, { config: quiet, format: 'text' })).findings, []);
  const findings = (await checkDraft(text, workspace.index, { config: loud, format: 'text' })).findings;
  assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['unsupported-claim', 'error']]);
});

test('ClaimCache: an edit re-judges only the changed claim, and moved claims keep correct spans', async () => {
  const workspace = await exampleWorkspace();
  const text = readFileSync(join(example, 'drafts', 'amnesty.md'), 'utf8');
  const cache = new ClaimCache();
  const first = await checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown', cache });
  const judged = cache.misses;
  assert.equal(judged, first.claims.length + first.quotes.length);
  // Insert a sentence at the top: every later claim moves, one new claim appears.
  const edited = text.replace('# North Korea', 'KCNA said the amnesty would start on February 1.\n\n# North Korea');
  const second = await checkDraft(edited, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown', cache });
  assert.equal(cache.misses - judged, 1, 'only the new claim was judged');
  const fresh = await checkDraft(edited, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
  assert.deepEqual(second.findings, fresh.findings, 'cached results equal a fresh check, spans included');
  assert.deepEqual(
    second.claims.map((c) => c.conflicts.map((x) => x.claimSpan)),
    fresh.claims.map((c) => c.conflicts.map((x) => x.claimSpan)),
  );
});

test('claims are searched ahead of their verdicts, several in a row; a re-check searches only the edited claim', async () => {
  const workspace = await exampleWorkspace();
  const inner = workspace.index;
  /** The index's calls in order: "search <query>" or "passages" (a verdict reading a document's passages). */
  const calls: string[] = [];
  const counting: PassageIndex = {
    get version() {
      return inner.version;
    },
    search: (query, options) => (calls.push(`search ${query}`), inner.search(query, options)),
    document: (id) => inner.document(id),
    documentsByKey: (key) => inner.documentsByKey(key),
    passagesOf: (id) => (calls.push('passages'), inner.passagesOf(id)),
    idf: (term) => inner.idf(term),
  };
  const text = readFileSync(join(example, 'drafts', 'harbour.md'), 'utf8');
  const cache = new ClaimCache();
  // Long time slices: how many claims are searched ahead depends on the time left in a slice, not here.
  const sliceMs = 3_600_000;
  const first = await checkDraft(text, counting, { config: DEFAULT_CONFIG, format: 'markdown', cache, sliceMs });
  assert.ok(first.claims.length >= 4, `${first.claims.length} claims`);
  const before = calls.indexOf('passages');
  assert.ok(before >= Math.min(first.claims.length, 16) - 1, `searches before the first verdict read passages: ${before} of ${first.claims.length} claims`);
  assert.ok(calls.slice(0, before).every((c) => c.startsWith('search ')));
  const fresh = await checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
  assert.deepEqual(first.findings, fresh.findings);
  // One claim edited: its search runs, and none of the claims after it are searched again.
  calls.length = 0;
  const edited = text.replace(/oysters/, 'mussels');
  assert.notEqual(edited, text);
  await checkDraft(edited, counting, { config: DEFAULT_CONFIG, format: 'markdown', cache, sliceMs });
  const searches = calls.filter((c) => c.startsWith('search ') && c.includes('mussels'));
  assert.equal(searches.length, 1, calls.filter((c) => c.startsWith('search ')).join('\n'));
  assert.ok(calls.filter((c) => c.startsWith('search ')).every((c) => c.includes('mussels') || !first.claims.some((r) => c.includes(r.claim.text.slice(0, 30)))));
});

test('ClaimCache is dropped when the index changes', async () => {
  const workspace = await exampleWorkspace();
  const text = 'The government has promised each released prisoner a monthly food ration of 20 kilograms.\n';
  const cache = new ClaimCache();
  const before = await checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'text', cache });
  assert.equal(before.claims[0].verdict, 'unsupported');
  workspace.index.addDocuments(
    (await (async () => {
      const fs = new MemoryFileSystem({ '/ws/sources/rations.txt': 'The government has promised each released prisoner a monthly food ration of 20 kilograms.\n' });
      const w = new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG);
      await w.build();
      return [...w.index.documents()];
    })()),
  );
  const after = await checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'text', cache });
  assert.equal(after.claims[0].verdict, 'supported');
});

test('SharedVerdicts: a second draft with the same claims judges none of them, with the results of a fresh check', async () => {
  const workspace = await exampleWorkspace();
  const text = readFileSync(join(example, 'drafts', 'amnesty.md'), 'utf8');
  const shared = new SharedVerdicts();
  const a = new ClaimCache(shared);
  const first = await checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown', cache: a });
  assert.equal(a.misses, first.claims.length + first.quotes.length);
  // Another draft: the same text under a new heading (every claim moved), and one new claim.
  const other = `# Notes\n\nKCNA said the amnesty would start on February 1.\n\n${text}`;
  const b = new ClaimCache(shared);
  const second = await checkDraft(other, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown', cache: b });
  assert.equal(b.misses, 1, 'only the new claim was judged');
  const fresh = await checkDraft(other, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
  assert.deepEqual(render(other, second), render(other, fresh));
  assert.deepEqual(second.findings, fresh.findings);
});

test('SharedVerdicts: verdicts of an older index are not handed to a check on a newer one; the oldest go beyond the limit', async () => {
  const workspace = await exampleWorkspace();
  const text = 'The government has promised each released prisoner a monthly food ration of 20 kilograms.\n';
  const shared = new SharedVerdicts(2);
  assert.equal((await checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'text', cache: new ClaimCache(shared) })).claims[0].verdict, 'unsupported');
  assert.equal(shared.size, 1);
  const fs = new MemoryFileSystem({ '/ws/sources/rations.txt': text });
  const w = new SourceWorkspace(fs, '/ws', DEFAULT_CONFIG);
  await w.build();
  workspace.index.addDocuments([...w.index.documents()]);
  const cache = new ClaimCache(shared);
  assert.equal((await checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'text', cache })).claims[0].verdict, 'supported');
  assert.equal(cache.misses, 1);
  const many = ['The amnesty starts in February.', 'Prisoners will be released.', 'KCNA announced it.'].join('\n\n');
  await checkDraft(many, workspace.index, { config: DEFAULT_CONFIG, format: 'text', cache: new ClaimCache(shared) });
  assert.ok(shared.claims.size <= 2, `at most the limit is kept (${shared.claims.size})`);
});

test('the attribution pass with its memo (a cache) gives what it gives without, check after check', async () => {
  const workspace = await exampleWorkspace();
  const text = readFileSync(join(example, 'drafts', 'harbour.md'), 'utf8');
  const shared = new SharedVerdicts();
  const fresh = await checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
  assert.ok(fresh.findings.some((f) => f.code === 'misattributed-quote'), 'the draft has a misattribution');
  for (let i = 0; i < 3; i++) {
    const cached = await checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown', cache: new ClaimCache(shared) });
    assert.deepEqual(render(text, cached), render(text, fresh));
    assert.deepEqual(cached.findings, fresh.findings);
  }
  assert.ok(shared.lookups.size > 0, 'the memo was used');
});

test('a cancelled check stops with CancelledError', async () => {
  const workspace = await exampleWorkspace();
  const text = readFileSync(join(example, 'drafts', 'amnesty.md'), 'utf8');
  await assert.rejects(
    checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown', token: { isCancellationRequested: true } }),
    { name: 'CancelledError' },
  );
});

test('a check cancelled mid-way stops at its next checkpoint, having judged only part of the draft', async () => {
  const workspace = await exampleWorkspace();
  const paragraph = readFileSync(join(example, 'drafts', 'amnesty.md'), 'utf8');
  // Copies with distinct numbers, so that every claim is judged (the verdict cache does not answer for them).
  const text = Array.from({ length: 6 }, (_, k) => paragraph.replaceAll('2012', String(2001 + k))).join('\n\n');
  // Deterministic: the token turns cancelled once the check has consulted it twice (at the start, then at its
  // first checkpoint after some claims), whatever the speed of the machine.
  let reads = 0;
  const token = {
    get isCancellationRequested() {
      return ++reads >= 2;
    },
  };
  const cache = new ClaimCache();
  await assert.rejects(checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown', token, cache }), { name: 'CancelledError' });
  assert.equal(reads, 2, 'no work after the cancellation was seen');
  const full = new ClaimCache();
  await checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown', cache: full });
  assert.ok(cache.misses > 0 && cache.misses < full.misses, `judged ${cache.misses} of ${full.misses} distinct claims`);
});

test('an empty draft, a draft of only code and a binary-looking draft give no findings and no crash', async () => {
  const workspace = await exampleWorkspace();
  for (const text of ['', '```\nprint("hi")\n```\n', '\u0000\u0001\u0002 \uFFFD\uFFFD', '---\ntitle: x\n---\n']) {
    const report = await checkDraft(text, workspace.index, { config: DEFAULT_CONFIG, format: 'markdown' });
    assert.deepEqual(report.findings, []);
  }
});
