/**
 * Passages: the sentences of a source document, each with its paragraph (blank-line block of the extracted
 * text) and its range in the source file. Built in one pass with `forEachSentence`; the paragraph span object
 * is shared by the sentences of a paragraph, and positions come from the file's LineIndex (binary search).
 */
import { forEachSentence } from '../text/sentences';
import type { Passage, Position, SourceDocument, Span } from '../types';

export function splitPassages(document: SourceDocument): Passage[] {
  const passages: Passage[] = [];
  const documentId = document.id;
  let paragraph: Span = { start: -1, end: -1 };
  // Sentences come in order, so consecutive ends/starts often fall on the same line: cache the last lookup.
  let lastOffset = -1;
  let lastPosition: Position = { line: 0, character: 0 };
  const position = (fileOffset: number): Position => {
    if (fileOffset !== lastOffset) {
      lastOffset = fileOffset;
      lastPosition = document.filePosition(fileOffset);
    }
    return lastPosition;
  };
  forEachSentence(document.text, undefined, (start, end, paragraphStart, paragraphEnd) => {
    if (paragraph.start !== paragraphStart) paragraph = { start: paragraphStart, end: paragraphEnd };
    const ordinal = passages.length;
    const fileStart = document.toFileOffset(start);
    const fileEnd = Math.max(fileStart, document.toFileEnd ? document.toFileEnd(end) : document.toFileOffset(end));
    passages.push({
      id: `${documentId}#${ordinal}`,
      documentId,
      ordinal,
      span: { start, end },
      paragraph,
      range: { start: position(fileStart), end: position(fileEnd) },
    });
  });
  return passages;
}
