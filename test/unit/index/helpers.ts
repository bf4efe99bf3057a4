/**
 * Test helpers for the index: documents from plain strings, and a small passage splitter (sentences end at
 * `.`, `!` or `?` followed by a space; paragraphs at blank lines) so these tests do not depend on the real one.
 */
import type { Passage, SourceDocument } from '../../../server/src/core/types';

export function doc(id: string, text: string, options: { title?: string; key?: string } = {}): SourceDocument {
  return {
    id,
    key: options.key ?? id.replace(/^.*\//, '').replace(/\.[^.]*$/, ''),
    file: `/ws/sources/${id}`,
    format: 'text',
    title: options.title,
    text,
    toFileOffset: (offset) => offset,
    filePosition: (offset) => ({ line: 0, character: offset }),
  };
}

export function splitSentences(document: SourceDocument): Passage[] {
  const out: Passage[] = [];
  const text = document.text;
  const paragraphs = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let p = paragraphs.exec(text); p; p = paragraphs.exec(text)) {
    const paragraph = { start: p.index, end: p.index + p[0].length };
    const sentences = /\S.*?(?:[.!?](?=\s|$)|$)/gs;
    for (let s = sentences.exec(p[0]); s && s[0]; s = sentences.exec(p[0])) {
      const start = paragraph.start + s.index;
      const end = start + s[0].length;
      out.push({
        id: `${document.id}#${out.length}`,
        documentId: document.id,
        ordinal: out.length,
        span: { start, end },
        paragraph,
        range: { start: { line: 0, character: start }, end: { line: 0, character: end } },
      });
    }
  }
  return out;
}
