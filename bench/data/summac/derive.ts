/**
 * Builds `factcc.jsonl.gz` and `xsumfaith.jsonl.gz` in this folder from the SummaC-format JSON files of the FactCC
 * and XSumFaith test sets (`factcc.json`, `xsumfaith.json`: one record per summary sentence with its article,
 * `{claim, label, document, id | bbcid, model_name?, ...}`), as published in the `data/` folder of a pull request
 * to github.com/tingofurro/summac (Apache-2.0; commit 24b49de0cd9621d28aac01456691cc0d3765fa27).
 *
 *   npx tsx bench/data/summac/derive.ts DIR
 *
 * One line per article: `{id, origin, document, claims: [{claim, label, model}]}` (label 1 consistent, 0 not).
 * Every claim is one sentence: FactCC's annotated claims are single sentences of CNN/DM model summaries, and an
 * XSum summary is one sentence, so each label is a sentence label.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2];
if (!dir) throw new Error('usage: derive.ts DIR (holding factcc.json and xsumfaith.json)');

interface Raw {
  claim: string;
  label: 0 | 1;
  document: string;
  id?: string;
  bbcid?: number | string;
  model_name?: string;
}

for (const name of ['factcc', 'xsumfaith']) {
  const raw = Object.values(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<string, Raw>);
  const byDocument = new Map<string, { id: string; origin: string; document: string; claims: { claim: string; label: number; model: string }[] }>();
  for (const r of raw) {
    const id = String(r.id ?? r.bbcid);
    let entry = byDocument.get(id);
    if (!entry) byDocument.set(id, (entry = { id, origin: name === 'factcc' ? 'cnndm' : 'xsum', document: r.document, claims: [] }));
    entry.claims.push({ claim: r.claim, label: r.label, model: r.model_name ?? 'unknown' });
  }
  const rows = [...byDocument.values()].sort((a, b) => a.id.localeCompare(b.id));
  const text = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  writeFileSync(join(__dirname, `${name}.jsonl.gz`), gzipSync(text, { level: 9 }));
  const claims = rows.reduce((n, r) => n + r.claims.length, 0);
  const consistent = rows.reduce((n, r) => n + r.claims.filter((c) => c.label === 1).length, 0);
  console.log(`${name}: ${rows.length} articles, ${claims} claims (${consistent} consistent), ${text.length} characters`);
}
