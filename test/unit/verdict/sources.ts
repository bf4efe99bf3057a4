/**
 * Sources for the verdict tests: documents from plain strings, and the real source index over them (the
 * production passage splitter and ranking), seen through the `PassageIndex` interface the verdicts use.
 */
import type { PassageIndex } from '../../../server/src/core/index/passageIndex';
import { SourceIndex } from '../../../server/src/core/index/sourceIndex';
import type { Position, SourceDocument } from '../../../server/src/core/types';

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

/** The source index over the documents. */
export function indexOf(documents: readonly SourceDocument[]): PassageIndex {
  const index = new SourceIndex();
  index.addDocuments(documents);
  return index;
}
