/**
 * The helper drafts: news drafts with planted errors, each checked against its own sources as `claimcheck check`
 * checks it, scored against the writer's answer key.
 *
 *   npx tsx bench/drafts.ts [--dir bench/data/drafts] [--list miss|fa|all] [--json]
 *
 * Each folder of `--dir` (default `bench/data/drafts`, see its README) holds `sources/`, `draft.md` and
 * `claims.json`: one entry per sentence of the draft's body, in order, `{ sentence, label: "faithful" | "planted",
 * type, note }`. A planted sentence is *caught* when a finding of error or warning severity overlaps it; a faithful
 * one is *flagged* (a false alarm) when one does. Prints, per draft and in all, caught of planted, flagged of
 * faithful, and flagged as errors; `--list` prints the misses, the false alarms or both with the finding's message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDraft } from '../server/src/core/check';
import { resolveConfig } from '../server/src/core/config';
import type { Finding } from '../server/src/core/types';
import { SourceWorkspace } from '../server/src/core/workspace';
import { NodeFileSystem } from '../server/src/node/fileSystem';
import { loadWordVectors } from '../server/src/node/wordVectors';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: join(__dirname, 'data', 'drafts') }, list: { type: 'string' }, json: { type: 'boolean', default: false } },
});

interface KeyEntry {
  sentence: string;
  label: 'faithful' | 'planted';
  type?: string;
  note?: string;
}

interface DraftScore {
  draft: string;
  planted: number;
  caught: number;
  faithful: number;
  flagged: number;
  flaggedAsErrors: number;
  /** Sentences of the key not found in the draft (a key out of date). */
  unmatched: number;
}

async function scoreDraft(folder: string, name: string, lines: string[]): Promise<DraftScore> {
  const { config, problems } = resolveConfig({ sources: ['sources'] });
  if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
  const workspace = new SourceWorkspace(new NodeFileSystem(), folder, config);
  await workspace.build();
  const text = readFileSync(join(folder, 'draft.md'), 'utf8');
  const key = JSON.parse(readFileSync(join(folder, 'claims.json'), 'utf8')) as KeyEntry[];
  const report = await checkDraft(text, workspace.index, { config, format: 'markdown' });
  const findings = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const score: DraftScore = { draft: name, planted: 0, caught: 0, faithful: 0, flagged: 0, flaggedAsErrors: 0, unmatched: 0 };
  let from = 0;
  key.forEach((entry, i) => {
    let at = text.indexOf(entry.sentence, from);
    if (at < 0) at = text.indexOf(entry.sentence);
    if (at < 0) {
      score.unmatched++;
      return;
    }
    const end = at + entry.sentence.length;
    from = end;
    const hits: Finding[] = findings.filter((f) => f.span.start < end && f.span.end > at);
    const show = (what: string) => lines.push(`${what} ${name}#${i} [${entry.type ?? entry.label}] ${entry.sentence.slice(0, 140)}\n      ${hits.length ? `${hits[0].code}: ${hits[0].message.slice(0, 200)}` : `note: ${(entry.note ?? '').slice(0, 200)}`}`);
    if (entry.label === 'planted') {
      score.planted++;
      if (hits.length) score.caught++;
      else if (values.list === 'miss' || values.list === 'all') show('MISS');
    } else {
      score.faithful++;
      if (hits.length) {
        score.flagged++;
        if (hits.some((f) => f.severity === 'error')) score.flaggedAsErrors++;
        if (values.list === 'fa' || values.list === 'all') show('FLAGGED');
      }
    }
  });
  return score;
}

async function main(): Promise<void> {
  // As the server and the command line do: the verdicts' word vectors, when the build made them.
  loadWordVectors();
  const dir = resolve(values.dir!);
  if (!existsSync(dir)) {
    process.stderr.write(`bench/drafts.ts: no folder ${dir}\n`);
    process.exit(2);
  }
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'claims.json')))
    .map((d) => d.name)
    .sort();
  const lines: string[] = [];
  const scores: DraftScore[] = [];
  for (const name of names) scores.push(await scoreDraft(join(dir, name), name, lines));
  const total = scores.reduce(
    (a, s) => ({ ...a, planted: a.planted + s.planted, caught: a.caught + s.caught, faithful: a.faithful + s.faithful, flagged: a.flagged + s.flagged, flaggedAsErrors: a.flaggedAsErrors + s.flaggedAsErrors, unmatched: a.unmatched + s.unmatched }),
    { draft: 'all', planted: 0, caught: 0, faithful: 0, flagged: 0, flaggedAsErrors: 0, unmatched: 0 },
  );
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ drafts: scores, total }, null, 2)}\n`);
    return;
  }
  for (const line of lines) process.stdout.write(`${line}\n`);
  for (const s of [...scores, total]) {
    process.stdout.write(`${s.draft.padEnd(6)} caught ${s.caught}/${s.planted}, flagged ${s.flagged}/${s.faithful} (as errors ${s.flaggedAsErrors})${s.unmatched ? `, ${s.unmatched} sentences of the key not in the draft` : ''}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`bench/drafts.ts: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
