/**
 * `npx tsx bench/hostile.ts`: how long each bad input of the matrix (`test/matrix/inputs.ts`) takes, and whether
 * the language server keeps answering hovers while it checks them. Speed targets live here, not in the tests:
 *
 * - **engine**: each input as a draft (decode and `checkDraft` against a one-document index) and as a source
 *   (`SourceWorkspace.build` of it beside one ordinary source), each in a fresh child process, wall and CPU time
 *   and peak RSS. Target: under 2 s for every case the parsing issue (#15) lists.
 * - **server**: the bundled server over its real JSON-RPC stdio wire (`test/lsp/harness.ts`). For each input as
 *   a draft: open it, pull its diagnostics, and while that check runs send a hover on another, already checked
 *   draft every 10 ms; then edit the hostile draft (one word) and hover on it while the new version is checked.
 *   Target: every hover answered within 100 ms.
 *
 * Writes bench/results/hostile.json and, with `--docs`, the generated section of docs/BENCHMARKS.md.
 * `--case NAME` measures one input; `--no-server`, `--no-engine` skip a part.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Hover } from 'vscode-languageserver-protocol';
import { ClaimCache, checkDraft } from '../server/src/core/check';
import { DEFAULT_CONFIG, resolveConfig } from '../server/src/core/config';
import { decodeSource } from '../server/src/core/text/decode';
import { SourceWorkspace } from '../server/src/core/workspace';
import { NodeFileSystem, toCorePath } from '../server/src/node/fileSystem';
import { HOSTILE_INPUTS, type HostileInput } from '../test/matrix/inputs';
import { TestClient } from '../test/lsp/harness';
import { spliceDocs } from './docs';

const REPO = resolve(__dirname, '..');
const BASE_SOURCE = 'On January 10, KCNA announced an amnesty for 1,000 prisoners.\n\nThe amnesty marks the 100th birthday of Kim Il Sung.\n';
const BASE_DRAFT = 'On January 10, KCNA announced an amnesty for 1,000 prisoners.\n';
const MAX_DRAFT = 1024 * 1024;

const { values } = parseArgs({
  options: {
    case: { type: 'string' },
    role: { type: 'string' },
    'no-server': { type: 'boolean', default: false },
    'no-engine': { type: 'boolean', default: false },
    docs: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

interface EngineResult {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  outcome: string;
}

interface ServerResult {
  checkMs: number;
  hovers: number;
  hoverMaxMs: number;
  hoverMedianMs: number;
  /** Hovers on the hostile draft itself while its edited version was checked. */
  selfHovers: number;
  selfHoverMaxMs: number;
  outcome: string;
}

function write(path: string, input: HostileInput): void {
  if (input.sparse !== undefined) {
    writeFileSync(path, '');
    truncateSync(path, input.sparse);
  } else writeFileSync(path, input.bytes!());
}

// ---------------------------------------------------------------------------------------------------------
// One input, one role, in this process (the child side)

async function measureOne(input: HostileInput, role: 'draft' | 'source'): Promise<EngineResult> {
  const dir = mkdtempSync(join(os.tmpdir(), 'claimcheck-hostile-'));
  try {
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'sources', 'base.txt'), BASE_SOURCE);
    if (role === 'source') write(join(dir, 'sources', `hostile${input.sourceExt}`), input);
    else write(join(dir, `draft${input.draftExt}`), input);
    const fs = new NodeFileSystem();
    const root = toCorePath(dir);
    const { config } = resolveConfig({ sources: ['sources'] }, DEFAULT_CONFIG);
    const workspace = new SourceWorkspace(fs, root, config);
    let outcome: string;
    if (role === 'source') {
      const wall0 = performance.now();
      const cpu0 = process.cpuUsage();
      await workspace.build();
      const cpu = process.cpuUsage(cpu0);
      const wallMs = performance.now() - wall0;
      const warning = workspace.warnings.find((w) => w.file.includes('hostile'));
      outcome = `${workspace.index.documentCount - 1} document${warning ? `; ${warning.code}` : ''}`;
      return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024, outcome };
    }
    // The index of the one ordinary source is built first: it is not part of a draft's cost.
    await workspace.build();
    const wall0 = performance.now();
    const cpu0 = process.cpuUsage();
    const path = `${root}/draft${input.draftExt}`;
    const stat = await fs.stat(path);
    if (stat && stat.size > MAX_DRAFT) outcome = 'refused: too large';
    else {
      const decoded = decodeSource(await fs.readFile(path));
      if (decoded.binary) outcome = 'refused: binary';
      else {
        const report = await checkDraft(decoded.text, workspace.index, {
          config,
          format: input.draftExt === '.md' ? 'markdown' : 'text',
          cache: new ClaimCache(),
        });
        const warnings = report.analysis.warnings?.map((w) => w.code) ?? [];
        outcome = `${report.claims.length} claims${warnings.length ? `; ${warnings.join(', ')}` : ''}`;
      }
    }
    const cpu = process.cpuUsage(cpu0);
    return { wallMs: performance.now() - wall0, cpuMs: (cpu.user + cpu.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024, outcome };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------
// The server part

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

function editorText(input: HostileInput): string {
  if (input.sparse !== undefined) return '\0'.repeat(Math.min(input.sparse, 20 * 1024 * 1024));
  const bytes = input.bytes!();
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

async function measureServer(inputs: HostileInput[]): Promise<Record<string, ServerResult>> {
  const root = mkdtempSync(join(os.tmpdir(), 'claimcheck-hostile-lsp-'));
  const out: Record<string, ServerResult> = {};
  const client = await (async () => {
    mkdirSync(join(root, 'sources'));
    writeFileSync(join(root, '.claimcheck.json'), JSON.stringify({ sources: ['sources'] }));
    writeFileSync(join(root, 'sources', 'base.txt'), BASE_SOURCE);
    const c = await TestClient.start({ root });
    await c.ready();
    return c;
  })();
  try {
    const base = await client.open('drafts/base.md', BASE_DRAFT);
    await client.pullFull(base);
    const hoverBase = () => client.request<Hover | null>('textDocument/hover', { textDocument: { uri: base }, position: { line: 0, character: 20 } });
    for (const input of inputs) {
      const text = editorText(input);
      if (text.length > 20 * 1024 * 1024) continue;
      const uri = await client.open(`drafts/${input.name}${input.draftExt}`, text);
      const latencies: number[] = [];
      const started = performance.now();
      let done = false;
      const pull = client.pullFull(uri).finally(() => (done = true));
      // Hovers on the other draft, every 10 ms, while the hostile one is checked.
      while (!done) {
        const t = performance.now();
        const hover = await hoverBase();
        latencies.push(performance.now() - t);
        if (!hover) throw new Error('the hover on the base draft lost its card');
        await new Promise((r) => setTimeout(r, 10));
      }
      const items = await pull;
      const checkMs = performance.now() - started;
      // An edit, and hovers on the hostile draft itself (answered from its last report) while the edit is checked.
      const selfLatencies: number[] = [];
      if (text.length <= MAX_DRAFT && text.length > 0) {
        const edited = `Kim said 5 people came.\n\n${text}`;
        await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Kim said 5 people came.\n\n' }], edited);
        let editDone = false;
        const second = client.pullFull(uri).finally(() => (editDone = true));
        while (!editDone) {
          const t = performance.now();
          await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } }).catch(() => undefined);
          selfLatencies.push(performance.now() - t);
          await new Promise((r) => setTimeout(r, 10));
        }
        await second;
      }
      await client.close(uri);
      const notes = items.filter((d) => typeof d.code === 'string' && /^(markdown|too-many)/.test(d.code)).map((d) => d.code);
      out[input.name] = {
        checkMs,
        hovers: latencies.length,
        hoverMaxMs: Math.max(0, ...latencies),
        hoverMedianMs: median(latencies),
        selfHovers: selfLatencies.length,
        selfHoverMaxMs: Math.max(0, ...selfLatencies),
        outcome: text.length > MAX_DRAFT ? 'not checked: too large' : `${items.length} diagnostics${notes.length ? `; ${notes.join(', ')}` : ''}`,
      };
      process.stderr.write(`server ${input.name}: check ${Math.round(checkMs)} ms, ${latencies.length} hovers, max ${out[input.name].hoverMaxMs.toFixed(1)} ms\n`);
    }
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The parent

async function main(): Promise<void> {
  if (values.case && values.role) {
    const input = HOSTILE_INPUTS.find((i) => i.name === values.case);
    if (!input) throw new Error(`no input ${values.case}`);
    process.stdout.write(`${JSON.stringify(await measureOne(input, values.role as 'draft' | 'source'))}\n`);
    return;
  }
  const inputs = values.case ? HOSTILE_INPUTS.filter((i) => i.name === values.case) : HOSTILE_INPUTS;
  const engine: Record<string, { draft?: EngineResult; source?: EngineResult }> = {};
  if (!values['no-engine']) {
    for (const input of inputs) {
      engine[input.name] = {};
      for (const role of ['draft', 'source'] as const) {
        const child = spawnSync(process.execPath, ['--import', 'tsx', join('bench', 'hostile.ts'), '--case', input.name, '--role', role], {
          cwd: REPO,
          encoding: 'utf8',
          timeout: 120_000,
          maxBuffer: 64 * 1024 * 1024,
        });
        if (child.status !== 0) throw new Error(`${input.name} ${role}: ${child.stderr || child.signal}`);
        engine[input.name][role] = JSON.parse(child.stdout.trim().split('\n').pop()!) as EngineResult;
        const r = engine[input.name][role]!;
        process.stderr.write(`engine ${input.name} as ${role}: ${Math.round(r.wallMs)} ms (CPU ${Math.round(r.cpuMs)} ms), ${Math.round(r.rssMb)} MB, ${r.outcome}\n`);
      }
    }
  }
  const server = values['no-server'] ? {} : await measureServer(inputs);
  const results = {
    measured: new Date().toISOString(),
    machine: `${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}`,
    load: os.loadavg().map((l) => Math.round(l * 100) / 100),
    engine,
    server,
  };
  const out = values.out ?? join(REPO, 'bench', 'results', 'hostile.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  const table = renderTable(results.engine, results.server);
  process.stdout.write(`${table}\n`);
  if (values.docs) spliceDocs('hostile', 'bench/hostile.ts', `Measured ${results.measured.slice(0, 16).replace('T', ' ')} UTC on ${results.machine}; load average ${results.load.join(' / ')} at the end.\n\n${table}`);
}

function renderTable(engine: Record<string, { draft?: EngineResult; source?: EngineResult }>, server: Record<string, ServerResult>): string {
  const rows = ['| input | from | as a draft: ms (CPU) | as a source: ms (CPU) | server: check ms | hover max / median ms (n) | hover on itself, max ms (n) | outcome (draft; source) |', '|---|---|---:|---:|---:|---:|---:|---|'];
  for (const input of HOSTILE_INPUTS) {
    const e = engine[input.name];
    const s = server[input.name];
    if (!e && !s) continue;
    const ms = (r?: EngineResult) => (r ? `${Math.round(r.wallMs)} (${Math.round(r.cpuMs)})` : '');
    rows.push(
      `| ${input.name}${input.issue15 ? ' ¹' : ''} | ${input.origin.replace(/\|/g, '\\|')} | ${ms(e?.draft)} | ${ms(e?.source)} | ${s ? Math.round(s.checkMs) : ''} | ${s ? `${s.hoverMaxMs.toFixed(1)} / ${s.hoverMedianMs.toFixed(1)} (${s.hovers})` : ''} | ${s?.selfHovers ? `${s.selfHoverMaxMs.toFixed(1)} (${s.selfHovers})` : ''} | ${[e?.draft?.outcome, e?.source?.outcome].filter(Boolean).join('; ')} |`,
    );
  }
  return `${rows.join('\n')}\n\n¹ a case of the parsing issue (#15): target under 2,000 ms as a draft and as a source.`;
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  });
}
