/**
 * The position methods of a loaded document, derived from its mapping (the data the index cache saves), so that
 * a loader states the mapping once and the methods cannot disagree with it.
 */
import type { DocumentMapping, SourceDocument } from '../types';

type Mapped = Pick<SourceDocument, 'toFileOffset' | 'toFileEnd' | 'filePosition' | 'mapping'>;

/** `toFileOffset`, `toFileEnd` and `filePosition` of text mapped to its file by an offset map and a line table. */
export function mappedPositions(map: NonNullable<DocumentMapping['map']>, lines: DocumentMapping['lines']): Mapped {
  return {
    toFileOffset: (o) => map.toSource(o),
    toFileEnd: (o) => map.toSourceEnd(o),
    filePosition: (o) => lines.positionAt(o),
    mapping: { base: 0, map, lines },
  };
}
