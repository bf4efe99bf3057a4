/**
 * Builds `cnndm.jsonl.gz` and `xsum.jsonl.gz` in this folder from a checkout of the FRANK benchmark
 * (github.com/artidoro/frank, MIT): the article files of its first commit (`data/articles-wbertscore-json/`, which
 * hold each article's sentences and the model summaries' sentences) and `data/human_annotations.json` of its
 * latest (summary-level `Factuality` = share of the summary's sentences the annotators' majority found without
 * error, and the validation/test `split` by article).
 *
 *   npx tsx bench/data/frank/derive.ts FRANK_DIR
 *
 * where FRANK_DIR holds `articles-wbertscore-json/` and `human_annotations.json`. One line per article:
 * `{hash, dataset, split, article: [sentences], summaries: [{model, sentences, labels, factuality}]}`. A sentence's
 * label is known when the summary's `Factuality` is 1 (every sentence consistent: 1) or 0 (none: 0), or the summary
 * has one sentence; otherwise it is `null` (FRANK's sentence-level file, which says which, is over the size the
 * mirror keeps). The summaries stay as the models wrote them (often lower-cased and tokenised); the benchmark
 * restores case and spacing (bench/newssum.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2];
if (!dir) throw new Error('usage: derive.ts FRANK_DIR');

interface Annotation {
  hash: string;
  model_name: string;
  dataset: 'cnndm' | 'bbc';
  Factuality: number;
  split: 'valid' | 'test';
}
const annotations = JSON.parse(readFileSync(join(dir, 'human_annotations.json'), 'utf8')) as Annotation[];

/** `["a", "b"]` or its Python repr `['a', "b's"]`. */
function lines(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value !== 'string') return [];
  const out: string[] = [];
  const re = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  for (const m of value.matchAll(re)) out.push((m[1] ?? m[2]).replace(/\\(.)/g, '$1'));
  return out;
}

const articles = new Map<string, Record<string, unknown>>();
for (const f of readdirSync(join(dir, 'articles-wbertscore-json'))) {
  const d = JSON.parse(readFileSync(join(dir, 'articles-wbertscore-json', f), 'utf8')) as Record<string, unknown>;
  articles.set(String(d.hash), d);
}

const byArticle = new Map<string, { hash: string; dataset: string; split: string; article: string[]; summaries: unknown[] }>();
for (const a of annotations) {
  const d = articles.get(a.hash);
  if (!d) continue;
  const model = a.model_name.replace(/_lines$/, '');
  const sentences = lines(d[`${model}_lines`]).map((s) => s.trim()).filter(Boolean);
  if (!sentences.length) continue;
  const f = Math.round(a.Factuality * 1000) / 1000;
  const known = f === 1 || f === 0 || sentences.length === 1;
  const labels = sentences.map(() => (known ? (f >= 0.5 ? 1 : 0) : null));
  const dataset = a.dataset === 'bbc' ? 'xsum' : 'cnndm';
  let entry = byArticle.get(a.hash);
  if (!entry) {
    const article = lines(d.article_lines).map((s) => s.trim()).filter(Boolean);
    byArticle.set(a.hash, (entry = { hash: a.hash, dataset, split: a.split, article, summaries: [] }));
  }
  entry.summaries.push({ model, sentences, labels, factuality: f });
}

for (const dataset of ['cnndm', 'xsum']) {
  const rows = [...byArticle.values()].filter((e) => e.dataset === dataset).sort((x, y) => x.hash.localeCompare(y.hash));
  const text = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(join(__dirname, `${dataset}.jsonl.gz`), gzipSync(text, { level: 9 }));
  console.log(`${dataset}: ${rows.length} articles, ${rows.reduce((n, r) => n + r.summaries.length, 0)} summaries, ${text.length} characters`);
}
