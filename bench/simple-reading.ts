/**
 * The one-pass reading of plain paragraphs and headings (`simpleChunk`, core/draft/markdown.ts) against the
 * Markdown parser, on real text: every BBC article of the data folder read as a Markdown draft (with LF and with
 * CR LF line endings), and every Markdown file of this repository.
 *
 *   npx tsx bench/simple-reading.ts [--data DIR]
 *
 * For each text, the prose blocks, their draft offsets and the suppression comments must be the same whether the
 * plain chunks are read in one pass or all by the parser (chunked as the editor reads a draft, and whole). Prints
 * how many chunks were read in one pass and how many texts differ (exit code 1 if any), and the time of an
 * uncached reading of each way.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { clearAnalysisCaches } from '../server/src/core/draft/analyze';
import { independentChunks, markdownProse, simpleChunk } from '../server/src/core/draft/markdown';
import type { DraftProse } from '../server/src/core/draft/prose';
import { requireData } from './data';

parseArgs({ options: { data: { type: 'string' } } });
const bbc = requireData('the BBC news articles', 'news', 'bbc');
const texts: { name: string; text: string }[] = [];
for (const topic of readdirSync(bbc, { withFileTypes: true })) {
  if (!topic.isDirectory()) continue;
  for (const file of readdirSync(join(bbc, topic.name)).sort()) {
    if (!file.endsWith('.txt')) continue;
    const text = readFileSync(join(bbc, topic.name, file), 'utf8');
    // And as saved on Windows: CR LF line endings.
    texts.push({ name: `bbc/${topic.name}/${file}`, text }, { name: `bbc/${topic.name}/${file} (CR LF)`, text: text.replace(/\r?\n/g, '\r\n') });
  }
}
const repo = resolve(__dirname, '..');
for (const file of execFileSync('git', ['ls-files', '*.md'], { cwd: repo, encoding: 'utf8' }).split('\n').filter(Boolean)) {
  texts.push({ name: file, text: readFileSync(join(repo, file), 'utf8') });
}

const summary = (p: DraftProse) =>
  JSON.stringify({ text: p.text, blocks: p.blocks, directives: p.directives, starts: p.blocks.map((b) => [p.toDraftStart(b.prose.start), p.toDraftEnd(b.prose.end)]) });

let chunks = 0;
let simple = 0;
const differ: string[] = [];
const ms = { simple: 0, parser: 0 };
for (const { name, text } of texts) {
  for (const c of independentChunks(text, 0)) {
    chunks++;
    if (simpleChunk(text.slice(c.start, c.end))) simple++;
  }
  for (const options of [{ minChunkedLength: 0 }, { chunked: false }]) {
    const read = (way: 'simple' | 'parser') => {
      clearAnalysisCaches();
      const t = performance.now();
      const prose = markdownProse(text, { ...options, simple: way === 'simple' });
      ms[way] += performance.now() - t;
      return summary(prose);
    };
    if (read('simple') !== read('parser')) differ.push(`${name} (${options.chunked === false ? 'whole' : 'chunked'})`);
  }
}
console.log(`${texts.length} texts, ${chunks} chunks, ${simple} read in one pass (${((100 * simple) / chunks).toFixed(1)}%)`);
console.log(`uncached reading of all texts twice: ${ms.simple.toFixed(0)} ms with the one-pass reading, ${ms.parser.toFixed(0)} ms by the parser alone`);
console.log(differ.length ? `DIFFERENT readings: ${differ.length}\n${differ.slice(0, 20).join('\n')}` : 'every text reads the same both ways');
process.exit(differ.length ? 1 : 0);
