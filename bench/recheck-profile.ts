/**
 * Where the time of a re-check after a one-sentence edit goes, at a corpus size of the benchmark.
 *
 *   node --expose-gc --import tsx bench/recheck-profile.ts [--mb 30] [--edits 40] [--word W] [--profile FILE]
 *        [--full N] [--profile-full FILE]
 *
 * Builds the benchmark corpus's index through the server's `Project` (as `bench/measure.ts engine` does), checks the
 * benchmark draft once, then makes `--edits` one-sentence edits one after another, each inserting a word (`--word`,
 * default a new word each time) after the first word of a verbatim sentence not edited before, so that each
 * re-check judges one claim again (two when the sentence holds a quote), and re-checks each as the next document
 * version after a writer's pause. Prints the median wall and CPU time of the re-checks and, apart, of
 * `analyzeDraft` on the same texts (with every chunk and block cached: the analysis's floor). With `--profile`,
 * the re-checks (only them) are profiled with the inspector and the profile is written to FILE (more edits give
 * a steadier profile). `--full N`: then N full checks of the draft as a new document (nothing judged before),
 * median wall and CPU time; `--profile-full FILE` profiles each but the first (FILE-1.cpuprofile, …).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft } from '../server/src/core/draft/analyze';
import { joinPath } from '../server/src/core/fs';
import { pathToUri } from '../server/src/convert';
import { NodeFileSystem } from '../server/src/node/fileSystem';
import { Project } from '../server/src/project';
import { ensureCorpus, partName, PART_BYTES } from './corpus';
import { buildDraft } from './draft';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '30' },
    edits: { type: 'string', default: '40' },
    profile: { type: 'string' },
    word: { type: 'string' },
    full: { type: 'string', default: '0' },
    'profile-full': { type: 'string' },
  },
});

const NEVER = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main(): Promise<void> {
  const cache = resolve(__dirname, '../.cache/bench');
  const parts = Math.max(1, Math.round((Number(values.mb) * 1e6) / PART_BYTES));
  ensureCorpus(cache, parts);
  const root = join(cache, 'corpus');
  const sources = Array.from({ length: parts }, (_, i) => partName(i));
  const project = new Project(root, { fs: new NodeFileSystem(), log: () => {}, readSettings: async () => ({ sources }) });
  let t = performance.now();
  const stats = await project.rebuild();
  console.log(`build: ${stats?.documents} documents, ${stats?.passages} passages, ${Math.round(performance.now() - t)} ms`);

  const draft = buildDraft();
  const uri = pathToUri(joinPath(root, 'drafts', 'bench.md'));
  let version = 1;
  const check = async (text: string) => {
    const result = await project.checkDocument(TextDocument.create(uri, 'markdown', version++, text), NEVER);
    if (!result) throw new Error('not checked');
    return result.report;
  };
  t = performance.now();
  const first = await check(draft.text);
  console.log(`full check: ${first.claims.length} claims, ${Math.round(performance.now() - t)} ms`);

  // One edit per verbatim sentence in turn, each a word no other edit inserts (a new claim, one cache miss).
  const verbatim = draft.sentences.filter((s) => s.kind === 'verbatim');
  const texts: string[] = [];
  let text = draft.text;
  for (let i = 0; i < Math.min(Number(values.edits), verbatim.length); i++) {
    // Each verbatim sentence at most once (7 and the count are coprime), so its text is still in the draft.
    const s = verbatim[(i * 7) % verbatim.length];
    const at = text.indexOf(draft.text.slice(s.start, s.end));
    if (at < 0) throw new Error('sentence not found');
    const space = text.indexOf(' ', at);
    text = `${text.slice(0, space)} ${values.word ?? `edited${i}`}${text.slice(space)}`;
    texts.push(text);
  }

  const session = values.profile ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  const cacheOf = () => (project as unknown as { caches: Map<string, { misses: number }> }).caches.get(uri)!;
  const misses: number[] = [];
  for (const edited of texts) {
    await new Promise((r) => setTimeout(r, 260));
    const before = cacheOf().misses;
    const c = cpuNow();
    t = performance.now();
    await check(edited);
    wall.push(performance.now() - t);
    cpu.push(cpuNow() - c);
    misses.push(cacheOf().misses - before);
  }
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(values.profile!, JSON.stringify(profile));
    session.disconnect();
  }
  // Full checks: the draft as a newly opened document, nothing judged before (as `measure.ts engine` times them).
  const fullN = Number(values.full);
  if (fullN > 0) {
    const fullSession = values['profile-full'] ? new Session() : undefined;
    if (fullSession) {
      fullSession.connect();
      await fullSession.post('Profiler.enable');
      await fullSession.post('Profiler.setSamplingInterval', { interval: 200 });
    }
    const fullWall: number[] = [];
    const fullCpu: number[] = [];
    const index = (project as unknown as { sources: { index: { counters: Record<string, number> } } }).sources.index;
    const countersBefore = { ...index.counters };
    for (let i = 0; i < fullN; i++) {
      const other = pathToUri(joinPath(root, 'drafts', `full-${i}.md`));
      project.forget(other);
      project.clearSharedVerdicts();
      await new Promise((r) => setTimeout(r, 100));
      if (fullSession && i > 0) await fullSession.post('Profiler.start');
      const c = cpuNow();
      t = performance.now();
      const result = await project.checkDocument(TextDocument.create(other, 'markdown', 1, draft.text), NEVER);
      fullWall.push(performance.now() - t);
      fullCpu.push(cpuNow() - c);
      if (fullSession && i > 0) {
        const { profile } = await fullSession.post('Profiler.stop');
        writeFileSync(values['profile-full']!.replace(/(\.cpuprofile)?$/, `-${i}.cpuprofile`), JSON.stringify(profile));
      }
      project.forget(other);
      if (!result) throw new Error('not checked');
    }
    const claims = first.claims.length;
    const perCheck = Object.entries(index.counters).map(([k, v]) => `${k} ${Math.round((v - countersBefore[k]) / fullN)}`);
    console.log(`full check: search counters per check: ${perCheck.join(', ')}`);
    console.log(`full check: median ${median(fullWall).toFixed(1)} ms wall (${(median(fullWall) / claims).toFixed(2)} ms/claim), ${median(fullCpu).toFixed(1)} ms CPU; all ${fullWall.map((x) => x.toFixed(0)).join(' ')}`);
  }
  const analysisWall: number[] = [];
  for (const edited of texts) {
    t = performance.now();
    analyzeDraft(edited, { format: 'markdown', claims: 'checkworthy' });
    analysisWall.push(performance.now() - t);
  }
  const r = (x: number) => x.toFixed(2);
  console.log(`re-check: median ${r(median(wall))} ms wall, ${r(median(cpu))} ms CPU (first ${r(wall[0])}, misses ${[...new Set(misses)].join('/')})`);
  console.log(`analyzeDraft alone on the same texts: median ${r(median(analysisWall))} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
