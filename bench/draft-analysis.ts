/**
 * Speed of draft analysis, the step re-run on every keystroke batch in the editor.
 *
 *   node --import tsx bench/draft-analysis.ts [words=3000] [runs=60]
 *
 * The draft is the test fixture `test/fixtures/drafts/amnesty.md` (front matter, headings, quotes, citations,
 * a list, a table, code, suppression comments), its body repeated to the wanted length. Prints the median and
 * 95th percentile wall time (and the mean CPU time, a steadier figure on a busy machine) of `analyzeDraft` in both
 * modes and formats, and of the Markdown parse alone
 * (`mdast-util-from-markdown` with GFM and front matter), which dominates the cost of a cold Markdown run; the
 * "after a one-word edit" line is the editor's case, where only the edited chunk is parsed again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { analyzeDraft } from '../server/src/core/draft/analyze';

const words = Number(process.argv[2] ?? 3000);
const runs = Number(process.argv[3] ?? 60);
const fixture = readFileSync(join(__dirname, '../test/fixtures/drafts/amnesty.md'), 'utf8');
const body = fixture.replace(/^---[\s\S]*?\n---\n/, '');
const bodyWords = body.split(/\s+/).filter(Boolean).length;
const draft = fixture + body.repeat(Math.max(0, Math.ceil(words / bodyWords) - 1));

function time(label: string, fn: () => unknown): void {
  for (let i = 0; i < 5; i++) fn();
  const ms: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))].toFixed(2);
  const cpuMs = ((used.user + used.system) / 1000 / runs).toFixed(2);
  console.log(`${label.padEnd(34)} median ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms   cpu/run ${cpuMs.padStart(7)} ms`);
}

console.log(`draft: ${draft.split(/\s+/).filter(Boolean).length} words, ${draft.length} chars, ${runs} runs`);
const stats = analyzeDraft(draft, { format: 'markdown', claims: 'checkworthy' });
console.log(`markdown/checkworthy: ${stats.claims.length} claims, ${stats.quotes.length} quotes, ${stats.citations.length} citations`);
time('markdown parse only', () =>
  fromMarkdown(draft, { extensions: [frontmatter(['yaml', 'toml']), gfm()], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()] }),
);
time('analyzeDraft markdown checkworthy', () => analyzeDraft(draft, { format: 'markdown', claims: 'checkworthy' }));
// The editor case: the draft changes in one place between runs, so one chunk is parsed and the rest are cached.
const middle = draft.indexOf('Previous amnesties', draft.length >> 1);
let edit = 0;
time('  … after a one-word edit', () => {
  edit++;
  const edited = draft.slice(0, middle) + `Edit${edit} ` + draft.slice(middle);
  return analyzeDraft(edited, { format: 'markdown', claims: 'checkworthy' });
});
time('analyzeDraft markdown all', () => analyzeDraft(draft, { format: 'markdown', claims: 'all' }));
time('analyzeDraft text checkworthy', () => analyzeDraft(draft, { format: 'text', claims: 'checkworthy' }));
