/**
 * Wall time of one search of the source index, hot (searches back to back) and cold (each search after its
 * caches were evicted), on the news corpus of `npm run bench` and the benchmark draft's claims.
 *
 *   node --expose-gc --import tsx bench/search-latency.ts [--mb 30] [--limit 20] [--rounds 5] [--paused 40] [--pause 300]
 *
 * Each query is a claim of the draft (`bench/draft.ts`) with a word no source holds appended (`zzz` and a number),
 * as a writer's edit makes it: the same work as the claim's search, never the same query twice. Modes:
 * - `hot`: every claim searched back to back, `--rounds` times (the first round warms the JIT up and is not counted);
 * - `flushed`: every claim searched after reading a buffer larger than the CPU's last-level cache (cold caches, and
 *   many samples in little time);
 * - `paused` and `spun`: `--paused` claims each searched after a `--pause` ms sleep or busy wait, what a re-check
 *   after a writer's pause sees (the machine's other work evicts the search's arrays meanwhile).
 * Prints the median and mean wall time per search in each mode (ms) and, with `--json`, the same as JSON.
 */
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../server/src/core/config';
import { analyzeDraft } from '../server/src/core/draft/analyze';
import { SourceIndex } from '../server/src/core/index/sourceIndex';
import { loadSources } from '../server/src/core/sources/load';
import { NodeFileSystem } from '../server/src/node/fileSystem';
import { corpusDir, ensureCorpus, PART_BYTES } from './corpus';
import { buildDraft } from './draft';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '30' },
    limit: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '5' },
    paused: { type: 'string', default: '40' },
    pause: { type: 'string', default: '300' },
    json: { type: 'boolean', default: false },
  },
});
const CACHE = resolve(__dirname, '..', '.cache', 'bench');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
/** Larger than the last-level cache of the machines measured (32 MB): reading it evicts the search's arrays. */
const FLUSH_BYTES = 96 << 20;

interface Times {
  median: number;
  mean: number;
  samples: number;
}

function summary(ms: number[]): Times {
  const s = [...ms].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { median: r(s[s.length >> 1]), mean: r(s.reduce((a, b) => a + b, 0) / s.length), samples: s.length };
}

const flushBuffer = new Int32Array(FLUSH_BYTES / 4);
let sink = 0;
/** Reads (and writes) every cache line of a buffer larger than the last-level cache. */
function flush(): void {
  for (let i = 0; i < flushBuffer.length; i += 16) sink += flushBuffer[i]++;
}

async function main(): Promise<void> {
  const mb = Number(values.mb);
  const limit = Number(values.limit);
  const rounds = Number(values.rounds);
  const pausedCount = Number(values.paused);
  const pause = Number(values.pause);
  const parts = Math.max(1, Math.round((mb * 1e6) / PART_BYTES));
  const manifest = ensureCorpus(CACHE, parts);
  const { config } = resolveConfig({ sources: manifest.parts.slice(0, parts).map((p) => p.name) });
  const { documents } = await loadSources(new NodeFileSystem(), corpusDir(CACHE), config);
  const index = new SourceIndex();
  index.addDocuments(documents);
  gc();
  const claims = analyzeDraft(buildDraft().text, { format: 'markdown', claims: 'checkworthy' }).claims.map((c) => c.text);
  let edit = 0;
  const timed = (claim: string): number => {
    const query = `${claim} zzz${edit++}`;
    const started = performance.now();
    index.search(query, { limit });
    return performance.now() - started;
  };

  const hot: number[] = [];
  for (let round = 0; round < rounds; round++) for (const claim of claims) if (round > 0) hot.push(timed(claim));
  else timed(claim);
  const flushed: number[] = [];
  for (const claim of claims) {
    flush();
    flushed.push(timed(claim));
  }
  const paused: number[] = [];
  const spun: number[] = [];
  for (let k = 0; k < pausedCount; k++) {
    const claim = claims[(k * 7) % claims.length];
    await new Promise((done) => setTimeout(done, pause));
    paused.push(timed(claim));
    const until = performance.now() + pause;
    while (performance.now() < until) sink++;
    spun.push(timed(claim));
  }
  const result = { benchmark: 'search-latency', mb, documents: index.documentCount, passages: index.passageCount, claims: claims.length, limit, hot: summary(hot), flushed: summary(flushed), paused: summary(paused), spun: summary(spun), pauseMs: pause };
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`news ${mb} MB: ${result.passages} passages, ${claims.length} claims, top ${limit}; ms per search`);
    for (const mode of ['hot', 'flushed', 'paused', 'spun'] as const) {
      const t = result[mode];
      console.log(`${mode.padEnd(8)} median ${t.median.toFixed(3).padStart(7)}  mean ${t.mean.toFixed(3).padStart(7)}  (${t.samples} searches)`);
    }
  }
  if (sink === 0.5) console.log(sink);
}

void main();
