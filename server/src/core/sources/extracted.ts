/**
 * Documents whose positions refer to their extracted text rather than to the file (Word documents, web
 * archives): the extracted text ("view") is a first line saying what it is, a blank line, then the prose
 * itself, so a prose offset maps to the view by adding the first line's length. Each paragraph (a blank-line
 * block of the prose: a heading, a paragraph, a list item, a table row) is a segment with its number.
 */
import { LineIndex } from '../text/lines';
import type { SourceDate, SourceDocument, SourceFormat, TextSegment } from '../types';
import type { LoaderInput, LoaderResult } from './loader';

/** Segments for the paragraphs of a prose text (blocks separated by blank lines), numbered from 1. */
export function paragraphSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) segments.push({ start: s, end: e, paragraph: segments.length + 1 });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return segments;
}

export function extractedResult(
  input: LoaderInput,
  format: SourceFormat,
  prose: { text: string; title?: string },
  headline: string,
  date: SourceDate | undefined,
): LoaderResult {
  const head = `${headline}\n\n`;
  const view = head + prose.text;
  const lines = new LineIndex(view);
  const base = head.length;
  const document: SourceDocument = {
    id: input.id,
    key: input.key,
    file: input.file,
    format,
    ...(prose.title ? { title: prose.title } : {}),
    text: prose.text,
    toFileOffset: (o) => base + o,
    filePosition: (o) => lines.positionAt(o),
    mapping: { base, lines },
    meta: { extracted: true, segments: paragraphSegments(prose.text), ...(date ? { date } : {}) },
  };
  return { documents: [document], warnings: [], view };
}
