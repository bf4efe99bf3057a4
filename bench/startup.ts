/**
 * Startup benchmark: cold build against warm start from the index cache, a one-file change, memory per MB.
 *
 *   npx tsx bench/startup.ts [--quick] [--json] [--sizes 30,150]
 *
 * The corpus is real news text (`news/` of the data folder, bench/data.ts: BBC articles, then Reuters), repeated under distinct
 * file names (each copy gets one line with its own reference number, so copies are distinct documents) until
 * it reaches the size, generated once under the git-ignored `.cache/bench/startup/`. Each phase runs in its own
 * Node process (`--expose-gc`), so that one phase's heap and caches do not help the next:
 *
 * - `floor`: read + decode + tokenize every file (`decodeSource`, `terms`): what any index must at least do.
 * - `cold`: `SourceWorkspace.build()` with an empty cache folder (reads, extracts, indexes, writes the cache).
 * - `warm`: `build()` again in a new process with the cache, nothing changed; then a one-file edit
 *   (`updateFiles`) and a touch (mtime only) followed by a second warm start that re-reads one file.
 * - `server-cold`: the language server's cold build: the same `build()` with an empty cache folder, offering
 *   the reads to the build worker (`dist/buildWorker.js`, node/buildWorker.ts, as server.ts does), so that
 *   this thread only restores the index the worker saved. CPU time counts both threads; the lag is this
 *   thread's, the one that answers requests. It bundles the sources first (`node esbuild.mjs`).
 *
 * Times are wall clock and CPU (user + system) of the process; the machine is shared, so CPU time is the figure
 * to compare. `maxLagMs` is the longest the event loop was blocked during the phase (a 5 ms timer's worst delay):
 * what a language-server request would wait at most. Memory: heap used after a full GC, with the index built,
 * divided by the MB of extracted text (growth over the heap of the loaded modules before the build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { terms } from '../server/src/core/index/tokenize';
import { decodeSource } from '../server/src/core/text/decode';
import { SourceWorkspace } from '../server/src/core/workspace';
import { WorkerIndexBuilder } from '../server/src/node/buildWorker';
import { NodeCacheStorage } from '../server/src/node/cacheStorage';
import { NodeFileSystem, toCorePath } from '../server/src/node/fileSystem';
import { dataRoot, requireData } from './data';

const REPO = resolve(__dirname, '..');
const ROOT = join(REPO, '.cache', 'bench', 'startup');
// The phases run as child processes: they find the same data folder through the environment.
process.env.CLAIMCHECK_DATA = dataRoot().path;

interface PhaseResult {
  phase: string;
  wallMs: number;
  cpuMs: number;
  maxLagMs?: number;
  files?: number;
  documents?: number;
  passages?: number;
  megabytes?: number;
  heapMB?: number;
  rssMB?: number;
  cached?: number;
  read?: number;
  cacheMB?: number;
  changeMs?: number;
  changeCpuMs?: number;
  touchWarmMs?: number;
  touchWarmCpuMs?: number;
  touchRead?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Corpus

function newsFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) out.push(path);
    }
  };
  walk(requireData('the BBC news articles', 'news', 'bbc'));
  return out;
}

/** Writes the corpus of about `megabytes` MB (once); returns its workspace folder. */
function corpus(megabytes: number): string {
  const dir = join(ROOT, `${megabytes}mb`);
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const texts = newsFiles().map((f) => readFileSync(f, 'utf8'));
  if (texts.length === 0) throw new Error('No news text in news/bbc of the data folder.');
  let bytes = 0;
  let n = 0;
  const target = megabytes * 1e6;
  while (bytes < target) {
    const folder = join(dir, 'sources', `part${String(Math.floor(n / 1000)).padStart(3, '0')}`);
    if (n % 1000 === 0) mkdirSync(folder, { recursive: true });
    const text = texts[n % texts.length];
    const body = `${text.trimEnd()}\n\nReference copy ${n} of the archive, item ${n % texts.length}.\n`;
    writeFileSync(join(folder, `article-${n}.txt`), body);
    bytes += Buffer.byteLength(body);
    n++;
  }
  writeFileSync(done, String(n));
  return dir;
}

// ---------------------------------------------------------------------------------------------------------
// Phases (child processes)

function lagMonitor(): { stop(): number } {
  let max = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last - 5);
    last = now;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(0, Math.round(max));
    },
  };
}

function measure<T>(f: () => Promise<T>): Promise<{ value: T; wallMs: number; cpuMs: number; maxLagMs: number }> {
  const lag = lagMonitor();
  const cpu = process.cpuUsage();
  const started = performance.now();
  return f().then((value) => {
    const used = process.cpuUsage(cpu);
    return { value, wallMs: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000), maxLagMs: lag.stop() };
  });
}

function memory(): { heapMB: number; rssMB: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heapMB: Math.round(m.heapUsed / 1e5) / 10, rssMB: Math.round(m.rss / 1e5) / 10 };
}

/** Heap and RSS growth since `baseline` (the modules loaded, nothing built). */
function after(baseline: { heapMB: number; rssMB: number }): { heapMB: number; rssMB: number } {
  const now = memory();
  return { heapMB: Math.round((now.heapMB - baseline.heapMB) * 10) / 10, rssMB: Math.round((now.rssMB - baseline.rssMB) * 10) / 10 };
}

function dirMB(dir: string): number {
  if (!existsSync(dir)) return 0;
  return Math.round(readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0) / 1e5) / 10;
}

async function child(phase: string, dir: string): Promise<PhaseResult> {
  const root = toCorePath(dir);
  const cacheDir = join(dir, '.claimcheck', 'cache');
  const fs = new NodeFileSystem();
  const config = { ...DEFAULT_CONFIG, maxFileSize: DEFAULT_CONFIG.maxFileSize };
  if (phase === 'floor') {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(join(dir, 'sources'));
    const m = await measure(async () => {
      let chars = 0;
      for (const file of files) {
        const { text } = decodeSource(await fs.readFile(toCorePath(file)));
        chars += text.length;
        terms(text);
      }
      return chars;
    });
    return { phase, wallMs: m.wallMs, cpuMs: m.cpuMs, files: files.length, megabytes: Math.round(m.value / 1e4) / 100 };
  }
  const secretFile = join(ROOT, 'secret');
  const cache = new NodeCacheStorage(cacheDir, { secretFile });
  if (phase === 'cold' || phase === 'server-cold') rmSync(cacheDir, { recursive: true, force: true });
  const workspace = new SourceWorkspace(fs, root, config, undefined, { cache });
  const baseline = memory();
  let builtElsewhere = false;
  const builder = new WorkerIndexBuilder(join(REPO, 'dist', 'buildWorker.js'));
  const m = await measure(() =>
    phase === 'server-cold'
      ? workspace.build(undefined, undefined, {
          buildElsewhere: async (pending) => {
            const outcome = await builder.build({ root, config, cacheDirectory: cacheDir, secretFile, restricted: false, folders: [root], pending });
            if (!outcome?.built) throw new Error(`The build worker did not build: ${outcome ? outcome.why : 'declined'}`);
            return (builtElsewhere = true);
          },
        })
      : workspace.build(),
  );
  if (phase === 'server-cold' && (!builtElsewhere || m.value.read !== 0)) throw new Error('The server-cold phase read sources on its own thread.');
  if (phase === 'server-cold') return { phase, wallMs: m.wallMs, cpuMs: m.cpuMs, maxLagMs: m.maxLagMs, documents: m.value.documents, passages: m.value.passages };
  const stats = m.value;
  const result: PhaseResult = {
    phase,
    wallMs: m.wallMs,
    cpuMs: m.cpuMs,
    maxLagMs: m.maxLagMs,
    files: stats.files,
    documents: stats.documents,
    passages: stats.passages,
    megabytes: Math.round(stats.bytes / 1e4) / 100,
    cached: stats.cached,
    read: stats.read,
    ...after(baseline),
    cacheMB: dirMB(cacheDir),
  };
  if (phase === 'warm') {
    // One file edited: re-indexed through updateFiles (the language server's path), the cache saved after.
    const file = join(dir, 'sources', 'part000', 'article-7.txt');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\nA late correction: the figure was 4,501, not 4,500.\n`);
    const change = await measure(() => workspace.updateFiles([toCorePath(file)]));
    result.changeMs = change.wallMs;
    result.changeCpuMs = change.cpuMs;
    if (workspace.index.search('late correction figure 4501').length === 0) throw new Error('The edit was not indexed.');
    await workspace.flush();
    writeFileSync(file, original);
    // A touch of another file (same bytes, new mtime), then a warm start: reads the edited file and the touched one.
    const touched = join(dir, 'sources', 'part000', 'article-8.txt');
    const now = new Date();
    utimesSync(touched, now, now);
    const again = new SourceWorkspace(fs, root, config, undefined, { cache });
    const touch = await measure(() => again.build());
    result.touchWarmMs = touch.wallMs;
    result.touchWarmCpuMs = touch.cpuMs;
    result.touchRead = touch.value.read;
  }
  return result;
}

function runChild(phase: string, dir: string): PhaseResult {
  const out = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', __filename, '--child', phase, dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (out.status !== 0) throw new Error(`${phase} failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop()!);
}

// ---------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    process.stdout.write(`${JSON.stringify(await child(args[1], args[2]))}\n`);
    return;
  }
  const json = args.includes('--json');
  const quick = args.includes('--quick');
  // The server-cold phase runs the bundled build worker: bundle the current sources first.
  const built = spawnSync(process.execPath, [join(REPO, 'esbuild.mjs')], { cwd: REPO, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`node esbuild.mjs failed: ${built.stderr}`);
  const sizesArg = args.indexOf('--sizes');
  const sizes = sizesArg >= 0 ? args[sizesArg + 1].split(',').map(Number) : quick ? [30] : [30, 150];
  const results = [];
  for (const size of sizes) {
    const dir = corpus(size);
    const floor = runChild('floor', dir);
    const cold = runChild('cold', dir);
    const warm = runChild('warm', dir);
    const serverCold = runChild('server-cold', dir);
    if (serverCold.passages !== cold.passages) throw new Error(`The server's cold build indexed ${serverCold.passages} passages, the plain build ${cold.passages}.`);
    const mb = cold.megabytes!;
    const row = {
      sizeMB: size,
      files: cold.files,
      documents: cold.documents,
      passages: cold.passages,
      textMB: mb,
      floorCpuS: floor.cpuMs / 1000,
      coldWallS: cold.wallMs / 1000,
      coldCpuS: cold.cpuMs / 1000,
      coldMBperCpuS: Math.round((mb / (cold.cpuMs / 1000)) * 10) / 10,
      coldOverFloor: Math.round((cold.cpuMs / floor.cpuMs) * 100) / 100,
      coldMaxLagMs: cold.maxLagMs,
      warmWallS: warm.wallMs / 1000,
      warmCpuS: warm.cpuMs / 1000,
      warmOverCold: Math.round((warm.cpuMs / cold.cpuMs) * 1000) / 1000,
      warmMaxLagMs: warm.maxLagMs,
      serverColdWallS: serverCold.wallMs / 1000,
      serverColdCpuS: serverCold.cpuMs / 1000,
      serverColdMaxLagMs: serverCold.maxLagMs,
      warmRead: warm.read,
      changeWallS: warm.changeMs! / 1000,
      changeCpuS: warm.changeCpuMs! / 1000,
      touchWarmWallS: warm.touchWarmMs! / 1000,
      touchRead: warm.touchRead,
      heapMB: cold.heapMB,
      heapPerTextMB: Math.round((cold.heapMB! / mb) * 100) / 100,
      warmHeapPerTextMB: Math.round((warm.heapMB! / mb) * 100) / 100,
      cacheMB: cold.cacheMB,
    };
    results.push(row);
    if (!json) console.error(`${size} MB done`);
  }
  const report = { benchmark: 'startup', quick, node: process.version, measuredAt: new Date().toISOString(), results };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  console.log('size  files   passages  text MB | floor CPU | cold wall/CPU (MB per CPU s, × floor, max lag) | warm wall/CPU (× cold, lag) | server cold wall/CPU (lag) | 1-file change | touch+edit warm | heap/MB (warm)  cache MB');
  for (const r of results) {
    console.log(
      `${String(r.sizeMB).padStart(4)}  ${String(r.files).padStart(6)}  ${String(r.passages).padStart(8)}  ${r.textMB.toFixed(1).padStart(6)} | ` +
        `${r.floorCpuS.toFixed(2)} s | ${r.coldWallS.toFixed(2)} / ${r.coldCpuS.toFixed(2)} s (${r.coldMBperCpuS}, ×${r.coldOverFloor}, ${r.coldMaxLagMs} ms) | ` +
        `${r.warmWallS.toFixed(2)} / ${r.warmCpuS.toFixed(2)} s (×${r.warmOverCold}, ${r.warmMaxLagMs} ms) | ` +
        `${r.serverColdWallS.toFixed(2)} / ${r.serverColdCpuS.toFixed(2)} s (${r.serverColdMaxLagMs} ms) | ${r.changeWallS.toFixed(3)} s | ` +
        `${r.touchWarmWallS.toFixed(2)} s (${r.touchRead} read) | ${r.heapPerTextMB} (${r.warmHeapPerTextMB})  ${r.cacheMB}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
