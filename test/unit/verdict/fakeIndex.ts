/**
 * A small in-memory stand-in for `SourceIndex` (same members the verdicts use): sentences split on end
 * punctuation, an inverted index over the shared tokenizer's terms, BM25 ranking and `idf`. Used by the verdict
 * tests and, until the real index landed, by the verdict benchmark.
 */
import { terms } from '../../../server/src/core/index/tokenize';
import type { SearchHit, SearchOptions, SourceIndex } from '../../../server/src/core/index/sourceIndex';
import type { Passage, Position, SourceDocument } from '../../../server/src/core/types';

export function makeDocument(id: string, text: string, key = id.replace(/^.*\//, '').replace(/\.[^.]*$/, '')): SourceDocument {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return {
    id,
    key,
    file: `/sources/${id}`,
    format: 'text',
    text,
    toFileOffset: (offset) => offset,
    filePosition(offset): Position {
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
      return { line, character: offset - lineStarts[line] };
    },
  };
}

/** Splits a document into sentence passages: paragraphs at blank lines, sentences at . ! ? followed by a space. */
export function splitFake(document: SourceDocument): Passage[] {
  const out: Passage[] = [];
  const text = document.text;
  const paragraphRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let p = paragraphRe.exec(text); p; p = paragraphRe.exec(text)) {
    const paragraph = { start: p.index, end: p.index + p[0].length };
    const sentenceRe = /\S(?:[^.!?]|[.!?](?![”"’']?\s+[A-Z“"‘(]))*(?:[.!?]+[”"’']?|$)/g;
    const body = p[0];
    for (let s = sentenceRe.exec(body); s; s = sentenceRe.exec(body)) {
      const start = paragraph.start + s.index;
      const end = start + s[0].trimEnd().length;
      const a = document.filePosition(start);
      const b = document.filePosition(end);
      out.push({ id: `${document.id}#${out.length}`, documentId: document.id, ordinal: out.length, span: { start, end }, paragraph, range: { start: a, end: b } });
    }
  }
  return out;
}

interface Entry {
  passage: Passage;
  document: SourceDocument;
  length: number;
}

export class FakeIndex {
  private docs = new Map<string, SourceDocument>();
  private passages = new Map<string, Passage[]>();
  private entries: Entry[] = [];
  private postings = new Map<string, Map<number, number>>();
  private totalLength = 0;

  constructor(documents: SourceDocument[] = [], private readonly split: (document: SourceDocument) => Passage[] = splitFake) {
    this.addDocuments(documents);
  }

  addDocuments(documents: SourceDocument[]): void {
    for (const document of documents) {
      this.docs.set(document.id, document);
      const list = this.split(document);
      this.passages.set(document.id, list);
      for (const passage of list) {
        const n = this.entries.length;
        const ts = terms(document.text.slice(passage.span.start, passage.span.end));
        this.entries.push({ passage, document, length: ts.length });
        this.totalLength += ts.length;
        for (const t of ts) {
          let m = this.postings.get(t);
          if (!m) this.postings.set(t, (m = new Map()));
          m.set(n, (m.get(n) ?? 0) + 1);
        }
      }
    }
  }

  document(id: string): SourceDocument | undefined {
    return this.docs.get(id);
  }
  documentsByKey(key: string): SourceDocument[] {
    return [...this.docs.values()].filter((d) => d.key === key);
  }
  documents(): SourceDocument[] {
    return [...this.docs.values()];
  }
  passagesOf(id: string): Passage[] {
    return this.passages.get(id) ?? [];
  }
  get documentCount(): number {
    return this.docs.size;
  }
  get passageCount(): number {
    return this.entries.length;
  }
  idf(term: string): number {
    const df = this.postings.get(term)?.size ?? 0;
    const n = this.entries.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? 20;
    const allowed = options.documents ? new Set(options.documents) : undefined;
    const scores = new Map<number, { score: number; terms: Set<string> }>();
    const avg = this.totalLength / Math.max(1, this.entries.length);
    for (const t of new Set(terms(query))) {
      const m = this.postings.get(t);
      if (!m) continue;
      const idf = this.idf(t);
      for (const [n, tf] of m) {
        const e = this.entries[n];
        if (allowed && !allowed.has(e.document.id)) continue;
        const s = (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * e.length) / avg));
        const cur = scores.get(n);
        if (cur) {
          cur.score += s;
          cur.terms.add(t);
        } else scores.set(n, { score: s, terms: new Set([t]) });
      }
    }
    return [...scores]
      .sort((a, b) => b[1].score - a[1].score)
      .slice(0, limit)
      .map(([n, v]) => ({ passage: this.entries[n].passage, document: this.entries[n].document, score: v.score, terms: [...v.terms] }));
  }

  asIndex(): SourceIndex {
    return this as unknown as SourceIndex;
  }
}
