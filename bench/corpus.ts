/**
 * The scale corpus of the speed and memory benchmark: real news text (BBC, Reuters-21578) from the shared data
 * folder, repeated with distinct file names and document ids until it reaches the wanted size.
 *
 * The corpus is written as source files in parts of about `PART_BYTES` each, under `.cache/bench/corpus/`
 * (git-ignored; the news texts must not enter the repository):
 *
 *   part-00/bbc/<topic>/<nnn>-c<copy>.txt      one BBC article per file (title line, blank line, body), as shipped
 *   part-00/reuters/<nnn>.jsonl                Reuters stories, one JSON object a line: {"id", "title", "text"}
 *
 * The article stream is: every BBC article but the held-out ones, then every Reuters story with a body, then
 * the same again with the next copy number, and so on. A corpus of N parts is the first N part folders, so the
 * 5, 30 and 150 MB corpora share their files (the smaller is a prefix of the larger) and the disk holds only the
 * largest. Every BBC article the draft quotes is in part-00, hence in every corpus size.
 *
 * Held-out BBC articles (one in `HOLDOUT_EVERY`) are never written: the draft takes its "outside the corpus"
 * sentences from them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './datasets';

/** The news corpora: `CLAIMCHECK_BENCH_DATA`, else `news/` of the data folder (`--data`, `CLAIMCHECK_DATA`, `../shared/data`). */
export const DATA_DIR = process.env.CLAIMCHECK_BENCH_DATA ?? join(dataDir(), 'news');
export const PART_BYTES = 5_000_000;
export const HOLDOUT_EVERY = 40;
/** Bump when the layout or the article stream changes, so cached corpora are rebuilt. */
const CORPUS_VERSION = 3;
const JSONL_RECORDS_PER_FILE = 1000;

export interface Article {
  source: 'bbc' | 'reuters';
  /** Stable name within its source: `business/001` or `reuters-1` (the Reuters NEWID). */
  name: string;
  title: string;
  /** Body text: paragraphs separated by blank lines. */
  body: string;
  /** BBC: the file's bytes as shipped. */
  raw?: Buffer;
}

export interface CorpusManifest {
  version: number;
  partBytes: number;
  holdoutEvery: number;
  parts: { name: string; bytes: number; files: number; documents: number }[];
}

// ---------------------------------------------------------------------------------------------------------
// Reading the shared data

let bbcCache: { included: Article[]; heldOut: Article[] } | undefined;

/** BBC articles in topic and file order, split into those in the corpus and the held-out ones. */
export function bbcArticles(): { included: Article[]; heldOut: Article[] } {
  if (bbcCache) return bbcCache;
  const root = join(DATA_DIR, 'bbc');
  const included: Article[] = [];
  const heldOut: Article[] = [];
  let n = 0;
  for (const topic of readdirSync(root).sort()) {
    if (topic.includes('.')) continue; // README.TXT
    for (const file of readdirSync(join(root, topic)).sort()) {
      if (!file.endsWith('.txt')) continue;
      const raw = readFileSync(join(root, topic, file));
      const text = raw.toString('utf8').replace(/\r\n?/g, '\n');
      const newline = text.indexOf('\n');
      const title = (newline < 0 ? text : text.slice(0, newline)).trim();
      const body = newline < 0 ? '' : text.slice(newline + 1).trim();
      const article: Article = { source: 'bbc', name: `${topic}/${file.replace(/\.txt$/, '')}`, title, body, raw };
      (n++ % HOLDOUT_EVERY === 7 ? heldOut : included).push(article);
    }
  }
  return (bbcCache = { included, heldOut });
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeSgml(text: string): string {
  return text.replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = Number(name.slice(1));
      return code < 32 ? '' : String.fromCharCode(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Reuters wraps lines at ~70 columns and indents paragraphs; rejoin them, and drop the "Reuter" sign-off. */
function reuterParagraphs(body: string): string {
  return body
    .replace(/\s*\bReuters?\s*$/, '')
    .split(/\n(?=\s{2,})|\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

let reutersCache: Article[] | undefined;

/** Reuters-21578 stories that have a body, in file and NEWID order. Read as latin-1. */
export function reutersArticles(): Article[] {
  if (reutersCache) return reutersCache;
  const root = join(DATA_DIR, 'reuters21578');
  const out: Article[] = [];
  for (const file of readdirSync(root).sort()) {
    if (!file.endsWith('.sgm')) continue;
    const sgml = readFileSync(join(root, file), 'latin1');
    for (const story of sgml.split('<REUTERS').slice(1)) {
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(story);
      if (!body) continue;
      const id = /NEWID="(\d+)"/.exec(story)?.[1] ?? String(out.length);
      const title = decodeSgml(/<TITLE>([\s\S]*?)<\/TITLE>/.exec(story)?.[1] ?? '').replace(/\s+/g, ' ').trim();
      const text = reuterParagraphs(decodeSgml(body[1]));
      if (text) out.push({ source: 'reuters', name: `reuters-${id}`, title, body: text });
    }
  }
  return (reutersCache = out);
}

// ---------------------------------------------------------------------------------------------------------
// Writing the corpus

export function corpusDir(cacheDir: string): string {
  return join(cacheDir, 'corpus');
}

export function partName(i: number): string {
  return `part-${String(i).padStart(2, '0')}`;
}

function readManifest(dir: string): CorpusManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusManifest;
  } catch {
    return undefined;
  }
}

/**
 * Makes sure the corpus has at least `parts` parts, writing it afresh when it has fewer or an older layout.
 * Returns the manifest.
 */
export function ensureCorpus(cacheDir: string, parts: number, log: (line: string) => void = () => {}): CorpusManifest {
  const dir = corpusDir(cacheDir);
  const existing = readManifest(dir);
  if (
    existing &&
    existing.version === CORPUS_VERSION &&
    existing.partBytes === PART_BYTES &&
    existing.holdoutEvery === HOLDOUT_EVERY &&
    existing.parts.length >= parts &&
    existing.parts.slice(0, parts).every((p) => existsSync(join(dir, p.name)))
  ) {
    return existing;
  }
  const started = Date.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bbc = bbcArticles().included;
  const reuters = reutersArticles();
  const stream = [...bbc, ...reuters];
  const manifest: CorpusManifest = { version: CORPUS_VERSION, partBytes: PART_BYTES, holdoutEvery: HOLDOUT_EVERY, parts: [] };

  let position = 0;
  for (let p = 0; p < parts; p++) {
    const name = partName(p);
    const partDir = join(dir, name);
    let bytes = 0;
    let files = 0;
    let documents = 0;
    let jsonl: string[] = [];
    let pending = 0;
    let jsonlFiles = 0;
    const flush = () => {
      if (!jsonl.length) return;
      mkdirSync(join(partDir, 'reuters'), { recursive: true });
      const data = Buffer.from(jsonl.join(''), 'utf8');
      writeFileSync(join(partDir, 'reuters', `${String(jsonlFiles++).padStart(3, '0')}.jsonl`), data);
      bytes += data.length;
      files++;
      jsonl = [];
      pending = 0;
    };
    while (bytes + pending < PART_BYTES) {
      const article = stream[position % stream.length];
      const copy = Math.floor(position / stream.length);
      position++;
      if (article.source === 'bbc') {
        const [topic, file] = article.name.split('/');
        mkdirSync(join(partDir, 'bbc', topic), { recursive: true });
        writeFileSync(join(partDir, 'bbc', topic, `${file}-c${copy}.txt`), article.raw!);
        bytes += article.raw!.length;
        files++;
      } else {
        const line = `${JSON.stringify({ id: `${article.name}-c${copy}`, title: article.title, text: article.body })}\n`;
        jsonl.push(line);
        pending += Buffer.byteLength(line);
        if (jsonl.length >= JSONL_RECORDS_PER_FILE) flush();
      }
      documents++;
    }
    flush();
    manifest.parts.push({ name, bytes, files, documents });
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const total = manifest.parts.reduce((s, p) => s + p.bytes, 0);
  log(`corpus: wrote ${parts} parts, ${(total / 1e6).toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return manifest;
}
