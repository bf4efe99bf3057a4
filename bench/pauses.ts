/**
 * Where the event loop pauses during a cold build or a warm start: runs one phase of bench/startup.ts's corpus
 * under the V8 CPU profiler, records every event-loop pause longer than a threshold (a 2 ms timer's delay), and
 * prints, for each, the functions the profiler saw running in it (self time, garbage collection included).
 *
 *   npx tsx bench/pauses.ts cold|warm|server-cold [--mb 150] [--over 40] [--gc] [--no-profile] [--root DIR]
 *
 * `server-cold` is the language server's cold build: the reads go to the build worker (`dist/buildWorker.js`,
 * run `node esbuild.mjs` first) and this thread restores what it saved; the profile is this thread's.
 *
 * The corpus must exist (run bench/startup.ts at that size once). `--gc` also prints V8's GC trace lines.
 * `--root DIR`: the folder holding `<mb>mb/` and `secret` instead of `.cache/bench/startup` (a copy of the corpus
 * of one's own, so that runs in several checkouts do not rebuild each other's cache or write the same profile).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { SourceWorkspace } from '../server/src/core/workspace';
import { WorkerIndexBuilder } from '../server/src/node/buildWorker';
import { NodeCacheStorage } from '../server/src/node/cacheStorage';
import { NodeFileSystem, toCorePath } from '../server/src/node/fileSystem';

declare const __PAUSES_ROOT__: string | undefined;
declare const __PAUSES_REPO__: string | undefined;
const REPO = typeof __PAUSES_REPO__ === 'string' ? __PAUSES_REPO__ : resolve(__dirname, '..');
const rootArg = process.argv.indexOf('--root');
const ROOT =
  typeof __PAUSES_ROOT__ === 'string' ? __PAUSES_ROOT__ : rootArg >= 0 ? resolve(process.argv[rootArg + 1]) : resolve(REPO, '.cache', 'bench', 'startup');

interface Pause {
  /** µs on the monotonic clock (the profiler's). */
  from: number;
  to: number;
}

async function child(phase: string, mb: number, over: number, out: string): Promise<void> {
  const dir = join(ROOT, `${mb}mb`);
  const cacheDir = join(dir, '.claimcheck', 'cache');
  if (phase === 'cold' || phase === 'server-cold') rmSync(cacheDir, { recursive: true, force: true });
  const secretFile = join(ROOT, 'secret');
  const cache = new NodeCacheStorage(cacheDir, { secretFile });
  const root = toCorePath(dir);
  const workspace = new SourceWorkspace(new NodeFileSystem(), root, DEFAULT_CONFIG, undefined, { cache });
  const builder = new WorkerIndexBuilder(join(REPO, 'dist', 'buildWorker.js'));
  const options =
    phase === 'server-cold'
      ? {
          buildElsewhere: async (pending: { files: number; bytes: number }) => {
            const outcome = await builder.build({ root, config: DEFAULT_CONFIG, cacheDirectory: cacheDir, secretFile, restricted: false, folders: [root], pending });
            if (!outcome?.built) throw new Error(`The build worker did not build: ${outcome ? outcome.why : 'declined'}`);
            console.error(`the build worker finished at +${Math.round(performance.now() - startedAt)} ms; this thread restores from here`);
            return true;
          },
        }
      : {};
  const pauses: Pause[] = [];
  const now = () => Number(process.hrtime.bigint() / 1000n);
  let last = now();
  const timer = setInterval(() => {
    const t = now();
    if (t - last > over * 1000) pauses.push({ from: last, to: t });
    last = t;
  }, 2);
  const started = now();
  const startedAt = performance.now();
  const origin = Math.round(now() - performance.now() * 1000);
  await workspace.build(undefined, undefined, options);
  clearInterval(timer);
  writeFileSync(out, JSON.stringify({ started, ended: now(), origin, pauses }));
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}

function analyse(profileFile: string, pausesFile: string, gcLines: string[], source: string[]): void {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };
  const sourceLine = (line: number) => (source[line - 1] ?? '').trim().slice(0, 90);
  const { started, ended, pauses } = JSON.parse(readFileSync(pausesFile, 'utf8')) as { started: number; ended: number; pauses: Pause[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url.replace(/^.*\//, '');
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  /** The innermost frame of the bundle's own code on the stack, with its busiest line over the run. */
  const ownFrame = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at)!;
      if (n.callFrame.url.endsWith('child.cjs')) {
        const top = [...(n.positionTicks ?? [])].sort((a, b) => b.ticks - a.ticks)[0];
        return `${name(n)}${top ? `  [${top.line}: ${sourceLine(top.line)}]` : ''}`;
      }
    }
    return '(no own frame)';
  };
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  console.log(`build ${((ended - started) / 1000).toFixed(0)} ms, ${pauses.length} pauses`);
  for (const p of pauses) {
    const self = new Map<string, number>();
    const own = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < times.length; i++) {
      if (times[i] < p.from || times[i] > p.to) continue;
      const dt = (times[i + 1] ?? times[i]) - times[i];
      const n = byId.get(profile.samples[i])!;
      self.set(name(n), (self.get(name(n)) ?? 0) + dt);
      const o = n.callFrame.functionName === '(garbage collector)' ? '(garbage collector)' : ownFrame(n.id);
      own.set(o, (own.get(o) ?? 0) + dt);
      total += dt;
    }
    const top = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([k, v]) => `      ${(v / 1000).toFixed(1).padStart(6)} ms  ${k}`)
        .join('\n');
    console.log(`\npause ${((p.to - p.from) / 1000).toFixed(0)} ms at +${((p.from - started) / 1000).toFixed(0)} ms (sampled ${(total / 1000).toFixed(0)} ms)`);
    console.log(`    by own frame:\n${top(own)}\n    self:\n${top(self)}`);
  }
  if (gcLines.length) console.log(`\nGC pauses over 20 ms:\n${gcLines.join('\n')}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1], Number(args[2]), Number(args[3]), args[4]);
  const phase = args[0] ?? 'cold';
  const opt = (flag: string, fallback: number) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : fallback);
  const mb = opt('--mb', 150);
  const over = opt('--over', 40);
  const work = join(ROOT, 'profile');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const pausesFile = join(work, 'pauses.json');
  // The child runs from an unminified bundle, so that the profile's line numbers say where in a function.
  const bundle = join(work, 'child.cjs');
  const esbuild = await import('esbuild');
  await esbuild.build({ entryPoints: [__filename], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'warning', define: { __PAUSES_ROOT__: JSON.stringify(ROOT), __PAUSES_REPO__: JSON.stringify(REPO) } });
  const profiling = !args.includes('--no-profile');
  const out = spawnSync(
    process.execPath,
    [...(profiling ? ['--cpu-prof', `--cpu-prof-dir=${work}`] : []), '--trace-gc', bundle, '--child', phase, String(mb), String(over), pausesFile],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (out.status !== 0) throw new Error(out.stderr);
  for (const line of out.stderr.split('\n')) if (line.startsWith('the build worker')) console.log(line);
  if (!profiling) {
    // Without the profiler: each pause with the GC trace lines that fall in it (the trace's times are since the start).
    const { origin, started, pauses } = JSON.parse(readFileSync(pausesFile, 'utf8')) as { origin: number; started: number; pauses: Pause[] };
    const gc = out.stdout
      .split('\n')
      .map((l) => ({ line: l, at: Number(/\]\s+(\d+) ms:/.exec(l)?.[1] ?? NaN) }))
      .filter((g) => !Number.isNaN(g.at));
    for (const p of pauses) {
      const from = (p.from - origin) / 1000;
      const to = (p.to - origin) / 1000;
      console.log(`pause ${Math.round(to - from)} ms at +${Math.round((p.from - started) / 1000)} ms`);
      for (const g of gc) if (g.at >= from - 5 && g.at <= to + 5) console.log(`    ${g.line.replace(/^\[[^\]]*\]\s+/, '').slice(0, 160)}`);
    }
    return;
  }
  const gcLines = out.stdout.split('\n').filter((l) => {
    const m = /, ([\d.]+) \/ [\d.]+ ms/.exec(l);
    return m && Number(m[1]) > 20;
  });
  const profileFile = readdirSync(work).find((f) => f.endsWith('.cpuprofile'))!;
  analyse(join(work, profileFile), pausesFile, args.includes('--gc') ? gcLines : [], readFileSync(bundle, 'utf8').split('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
