/**
 * Source loaders: one per file format, behind one interface, chosen by file extension. A loader turns the
 * decoded content of one file into source documents (a `.jsonl` collection gives one per record). Adding a
 * format (PDF, DOCX) means adding a loader here; `readsBytes` loaders get the raw bytes and decide themselves.
 */
import { extname } from '../fs';
import { LineIndex } from '../text/lines';
import type { SourceDocument, SourceFormat, SourceWarning } from '../types';
import { htmlLoader } from './html';
import { jsonlLoader } from './jsonl';
import { markdownLoader } from './markdown';

export interface LoaderInput {
  /** Absolute path of the file. */
  file: string;
  /** Document id for single-document formats: the path relative to the workspace root, with `/`. */
  id: string;
  /** Citation key for single-document formats: the file name without its extension. */
  key: string;
  /** The decoded file content (BOM removed). Offsets in documents' `toFileOffset` refer to this string. */
  content: string;
  /** Line index over `content`, shared by every document of the file. */
  lines: LineIndex;
  bytes: Uint8Array;
}

export interface LoaderResult {
  documents: SourceDocument[];
  warnings: SourceWarning[];
}

export interface SourceLoader {
  format: SourceFormat;
  /** Lower-case extensions with the dot. */
  extensions: readonly string[];
  /** The loader reads the bytes itself (binary formats): no UTF-8 decoding, no binary check. */
  readsBytes?: boolean;
  load(input: LoaderInput): LoaderResult;
}

/** Plain text: the file as it is. */
export const textLoader: SourceLoader = {
  format: 'text',
  extensions: ['.txt', '.text'],
  load({ file, id, key, content, lines }) {
    return {
      documents: [{ id, key, file, format: 'text', text: content, toFileOffset: identity, filePosition: (o) => lines.positionAt(o), mapping: { base: 0, lines } }],
      warnings: [],
    };
  },
};

const identity = (offset: number) => offset;

export const SOURCE_LOADERS: readonly SourceLoader[] = [textLoader, markdownLoader, htmlLoader, jsonlLoader];

/** The loader for a path by its extension, or undefined for unsupported files. */
export function loaderFor(path: string): SourceLoader | undefined {
  const ext = extname(path);
  return SOURCE_LOADERS.find((l) => l.extensions.includes(ext));
}

/** Every supported extension, lower-case with the dot. */
export function supportedExtensions(): string[] {
  return SOURCE_LOADERS.flatMap((l) => l.extensions);
}
