/**
 * CPU time of `checkDraft` per claim, split into the index's search and the rest (the verdict code: claim and
 * passage analysis, support features, contradictions, quotes; the draft's own analysis is timed apart).
 *
 *   npx tsx bench/check-profile.ts [--corpus example|bbc] [--runs 3]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/check-profile.ts --corpus bbc
 *   npx tsx bench/check-profile.ts --corpus bbc --runs 10 --profile-warm /tmp/warm.cpuprofile
 *   npx tsx bench/check-profile.ts --corpus bench --mb 30 --runs 5
 *
 * - `example`: `examples/newsroom` (its sources, `drafts/amnesty.md`).
 * - `bbc`: the BBC corpus (`news/bbc` of the data folder, bench/data.ts; about 5 MB, 2,225 articles) read with the project's
 *   own loaders, and the benchmark's draft (`bench/draft.ts`: 150 BBC sentences, some altered).
 * - `bench`: the corpus `npm run bench` measures at `--mb` megabytes (default 30; `bench/corpus.ts`, made in
 *   .cache/bench when missing), with the same draft: where a full check's time goes at that size, searches included.
 *
 * Measurements, all by CPU time (`process.cpuUsage`, steadier than wall time on a shared machine), of whole
 * `checkDraft` calls:
 * - *cold* / *warm* (real): the first check (every passage analysed for the first time), then the same draft again
 *   without a verdict cache (passages already analysed), with the index's searches;
 * - *cold verdicts* / *warm verdicts*: the same with the searches served from memory (their hits remembered from
 *   the real run), so the time is the verdicts' own (plus the draft's analysis, a few ms); *cold* hands out fresh
 *   copies of the passages so that nothing is cached; `--runs` of each, medians printed;
 * - *edit* / *undo*: one sentence changed and changed back, five times, re-checked with the verdict cache.
 *
 * `--profile-warm FILE`: the warm verdict runs (only them) are profiled with the inspector and the profile written
 * to FILE: where the verdicts' own time goes once every passage has been analysed. `--profile-real FILE`: the same
 * for the warm checks with their searches (what `npm run bench` calls a full check).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { ClaimCache, checkDraft } from '../server/src/core/check';
import { resolveConfig, type ClaimcheckConfig } from '../server/src/core/config';
import { analyzeDraft } from '../server/src/core/draft/analyze';
import type { SearchHit } from '../server/src/core/index/sourceIndex';
import type { Passage } from '../server/src/core/types';
import { SourceWorkspace, loadWorkspaceConfig } from '../server/src/core/workspace';
import { NodeFileSystem } from '../server/src/node/fileSystem';
import { loadWordVectors } from '../server/src/node/wordVectors';
import { corpusDir, ensureCorpus, PART_BYTES } from './corpus';
import { dataPath, requireData } from './data';
import { buildDraft } from './draft';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    dump: { type: 'string' },
    corpus: { type: 'string', default: 'example' },
    mb: { type: 'string', default: '30' },
    runs: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
    'profile-warm': { type: 'string' },
    'profile-real': { type: 'string' },
  },
});

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function setup(): Promise<{ root: string; config: ClaimcheckConfig; draft: string; edit: (text: string) => string }> {
  const fs = new NodeFileSystem();
  if (values.corpus === 'example') {
    const root = resolve(__dirname, '../examples/newsroom');
    const config = (await loadWorkspaceConfig(fs, root))?.config ?? resolveConfig({}).config;
    const draft = readFileSync(join(root, 'drafts/amnesty.md'), 'utf8');
    return { root, config, draft, edit: (t) => t.replace('between 1,500 and 3,000', 'between 1,500 and 4,000') };
  }
  if (values.corpus === 'bench') {
    const parts = Math.max(1, Math.round((Number(values.mb) * 1e6) / PART_BYTES));
    const cache = resolve(__dirname, '../.cache/bench');
    const manifest = ensureCorpus(cache, parts, (line) => console.log(line));
    const { config, problems } = resolveConfig({ sources: manifest.parts.slice(0, parts).map((p) => p.name) });
    if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
    const bench = buildDraft();
    const e = bench.edits[0];
    return { root: corpusDir(cache), config, draft: bench.text, edit: (t) => t.slice(0, e.start) + e.text + t.slice(e.end) };
  }
  requireData('the BBC news articles', 'news', 'bbc');
  const root = dataPath('news');
  const { config, problems } = resolveConfig({ sources: ['bbc'] });
  if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
  const bench = buildDraft();
  const e = bench.edits[0];
  return { root, config, draft: bench.text, edit: (t) => t.slice(0, e.start) + e.text + t.slice(e.end) };
}

async function main(): Promise<void> {
  // As the server does: the verdicts' word vectors, when the build made them.
  console.log(loadWordVectors());
  const { root, config, draft, edit } = await setup();
  const workspace = new SourceWorkspace(new NodeFileSystem(), root, config);
  let c = cpuMs();
  const stats = await workspace.build();
  const buildMs = cpuMs() - c;
  const index = workspace.index;

  // Searches: `real` runs them (and remembers the hits); `memo` serves the remembered hits, so that a check's CPU
  // time is the verdicts' own; `fresh` also hands out copies of the passages (new objects: the verdicts' per-passage
  // cache is cold, as on first use), consistently within one check.
  const search = index.search.bind(index);
  const passagesOf = index.passagesOf.bind(index);
  const memo = new Map<string, SearchHit[]>();
  let mode: 'real' | 'memo' | 'fresh' = 'real';
  let copies = new Map<Passage, Passage>();
  const copy = (p: Passage): Passage => {
    if (mode !== 'fresh') return p;
    let c = copies.get(p);
    if (!c) copies.set(p, (c = { ...p }));
    return c;
  };
  let searches = 0;
  index.search = (query, options) => {
    searches++;
    const key = `${query}\u0000${JSON.stringify(options ?? {})}`;
    let hits = mode === 'real' ? undefined : memo.get(key);
    if (!hits) memo.set(key, (hits = search(query, options)));
    return hits.map((h) => ({ ...h, passage: copy(h.passage) }));
  };
  index.passagesOf = (id) => {
    const list = passagesOf(id);
    return mode === 'fresh' ? list.map(copy) : list;
  };

  const analysis = analyzeDraft(draft, { format: 'markdown', claims: config.claims });
  const claims = analysis.claims.length;
  const quotes = analysis.quotes.length;

  const measure = async (label: string, how: typeof mode, text: string, cache?: ClaimCache) => {
    mode = how;
    copies = new Map();
    searches = 0;
    const t = cpuMs();
    const report = await checkDraft(text, index, { config, format: 'markdown', cache });
    const total = cpuMs() - t;
    if (values.dump && label === 'cold') {
      // Everything a verdict says, to compare two versions of the engine exactly.
      const claimsOut = report.claims.map((r) => ({
        verdict: r.verdict,
        score: r.score,
        conflicts: r.conflicts,
        evidence: r.evidence.map((e) => [e.passage.id, e.score, e.matches]),
      }));
      const quotesOut = report.quotes.map((q) => ({ verdict: q.verdict, score: q.score, evidence: q.evidence.map((e) => [e.passage.id, e.matches]) }));
      writeFileSync(values.dump, JSON.stringify({ claims: claimsOut, quotes: quotesOut, findings: report.findings }, null, 1));
    }
    const verdicts = { supported: 0, unsupported: 0, contradicted: 0 };
    for (const r of report.claims) verdicts[r.verdict]++;
    return {
      label,
      how,
      totalMs: total,
      searches,
      perClaim: total / claims,
      verdicts,
      findings: report.findings.length,
    };
  };

  const runs = Number(values.runs);
  type Row = Awaited<ReturnType<typeof measure>>;
  const rows: Row[] = [];
  rows.push(await measure('cold', 'real', draft));
  for (let r = 0; r < runs; r++) {
    rows.push(await measure('cold verdicts', 'fresh', draft));
    rows.push(await measure('warm verdicts', 'memo', draft));
  }
  for (let r = 0; r < runs; r++) rows.push(await measure('warm', 'real', draft));
  // As many warm runs again, under the profiler (not counted in the rows).
  for (const [option, how] of [['profile-warm', 'memo'], ['profile-real', 'real']] as const) {
    const file = values[option];
    if (!file) continue;
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    for (let r = 0; r < runs; r++) await measure('profiled', how, draft);
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
  const cache = new ClaimCache();
  await measure('prime', 'real', draft, cache);
  const edited = edit(draft);
  if (edited === draft) throw new Error('the edit changed nothing');
  // The edit and its undo, five times: each re-check judges the one changed claim again.
  for (let r = 0; r < 5; r++) {
    rows.push(await measure('edit', 'real', edited, cache));
    rows.push(await measure('undo', 'real', draft, cache));
  }
  const out = rows;
  if (values.json) {
    console.log(JSON.stringify({ corpus: values.corpus, stats, buildMs, claims, quotes, runs: out }, null, 1));
    return;
  }
  console.log(
    `${values.corpus}: ${stats.documents} documents, ${stats.passages} passages, ${(stats.bytes / 1e6).toFixed(1)} MB; build ${buildMs.toFixed(0)} ms CPU; ${claims} claims, ${quotes} quotes`,
  );
  const warm = rows.filter((r) => r.label === 'warm verdicts').map((r) => r.perClaim).sort((x, y) => x - y);
  const edits = rows.filter((r) => r.label === 'edit' || r.label === 'undo').map((r) => r.totalMs).sort((x, y) => x - y);
  console.log(`edit re-check: median ${edits[Math.floor(edits.length / 2)].toFixed(1)} ms CPU, min ${edits[0].toFixed(1)}, max ${edits[edits.length - 1].toFixed(1)}`);
  const cold = rows.filter((r) => r.label === 'cold verdicts').map((r) => r.perClaim).sort((x, y) => x - y);
  if (cold.length) console.log(`cold verdicts: median ${cold[Math.floor(cold.length / 2)].toFixed(2)} ms/claim, min ${cold[0].toFixed(2)}`);
  if (warm.length) console.log(`warm verdicts: median ${warm[Math.floor(warm.length / 2)].toFixed(2)} ms/claim, min ${warm[0].toFixed(2)}`);
  const real = rows.filter((r) => r.label === 'warm').map((r) => r.perClaim).sort((x, y) => x - y);
  if (real.length) console.log(`warm checks (searches included): median ${real[Math.floor(real.length / 2)].toFixed(2)} ms/claim, min ${real[0].toFixed(2)}`);
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(14)} (${r.how.padEnd(5)}) ${r.totalMs.toFixed(1).padStart(8)} ms CPU  ${r.perClaim.toFixed(2).padStart(7)} ms/claim  ${r.searches} searches  ${JSON.stringify(r.verdicts)} findings ${r.findings}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
