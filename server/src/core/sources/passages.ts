/**
 * Passages: the sentences of a source document, each with its paragraph (blank-line block of the extracted
 * text) and its range in the source file. Built in one pass with `forEachSentence`; the paragraph span object
 * is shared by the sentences of a paragraph, and positions come from the file's LineIndex (binary search).
 */
import { forEachSentence } from '../text/sentences';
import type { Passage, Position, SourceDocument, Span } from '../types';

export function splitPassages(document: SourceDocument): Passage[] {
  const passages = passageCollector(document);
  forEachSentence(document.text, undefined, passages.add);
  return passages.list;
}

/**
 * Collects a document's passages from its sentences, given in order with their paragraphs: the one place that
 * turns sentence offsets into `Passage`s with file ranges (the index rebuilds passages lazily through it too).
 * The paragraph span object is shared by a paragraph's sentences; consecutive lookups of the same file offset
 * (a sentence ending where the next starts) reuse the last position.
 */
export function passageCollector(document: SourceDocument): {
  list: Passage[];
  add: (start: number, end: number, paragraphStart: number, paragraphEnd: number) => void;
} {
  const list: Passage[] = [];
  const documentId = document.id;
  let paragraph: Span = { start: -1, end: -1 };
  let lastOffset = -1;
  let lastPosition: Position = { line: 0, character: 0 };
  const position = (fileOffset: number): Position => {
    if (fileOffset !== lastOffset) {
      lastOffset = fileOffset;
      lastPosition = document.filePosition(fileOffset);
    }
    return lastPosition;
  };
  const add = (start: number, end: number, paragraphStart: number, paragraphEnd: number): void => {
    if (paragraph.start !== paragraphStart || paragraph.end !== paragraphEnd) paragraph = { start: paragraphStart, end: paragraphEnd };
    const ordinal = list.length;
    const fileStart = document.toFileOffset(start);
    const fileEnd = Math.max(fileStart, document.toFileEnd ? document.toFileEnd(end) : document.toFileOffset(end));
    list.push({
      id: `${documentId}#${ordinal}`,
      documentId,
      ordinal,
      span: { start, end },
      paragraph,
      range: { start: position(fileStart), end: position(fileEnd) },
    });
  };
  return { list, add };
}
