/**
 * Source loaders: one per file format, behind one interface, chosen by file extension. A loader turns the
 * decoded content of one file into source documents (a `.jsonl` collection gives one per record). Adding a
 * format means adding a loader here; `readsBytes` loaders (PDF, Word, web archives) get the raw bytes, decide
 * themselves, may be asynchronous, and return the extracted text their documents' positions refer to (`view`).
 */
import { extname } from '../fs';
import { LineIndex } from '../text/lines';
import { withTextTables } from '../text/textTables';
import type { SourceDate, SourceDocument, SourceFormat, SourceWarning } from '../types';
import { datelineDate, frontMatterDate, htmlDate } from './dates';
import { docxLoader } from './docx';
import { htmlLoader } from './html';
import { jsonlLoader } from './jsonl';
import { markdownLoader } from './markdown';
import { mappedPositions } from './mapping';
import { mhtmlLoader } from './mhtml';
import { pdfLoader } from './pdf';
import { looksLikeTranscript, parsePlainTranscript, srtLoader, transcriptDocument, vttLoader } from './transcript';

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
  /**
   * For formats whose bytes are not text (documents with `meta.extracted`): the extracted text that the
   * documents' positions refer to, shown read-only by "Open source".
   */
  view?: string;
}

export interface SourceLoader {
  format: SourceFormat;
  /** Lower-case extensions with the dot. */
  extensions: readonly string[];
  /** The loader reads the bytes itself (binary formats): no UTF-8 decoding, no binary check. */
  readsBytes?: boolean;
  /** Text loaders answer at once; `readsBytes` loaders may answer with a promise. */
  load(input: LoaderInput): LoaderResult | Promise<LoaderResult>;
}

/**
 * Plain text: the file as it is, its tables drawn with pipes read as rows (`textTables.ts`), or, when its lines are
 * laid out as speaker turns, a transcript.
 */
export const textLoader: SourceLoader = {
  format: 'text',
  extensions: ['.txt', '.text'],
  load(input) {
    const { file, id, key, content, lines } = input;
    if (looksLikeTranscript(content)) return { documents: [transcriptDocument(input, parsePlainTranscript(content))], warnings: [] };
    const tables = withTextTables(content);
    if (tables) return { documents: [{ id, key, file, format: 'text', text: tables.text, ...mappedPositions(tables.map, lines) }], warnings: [] };
    return {
      documents: [{ id, key, file, format: 'text', text: content, toFileOffset: identity, filePosition: (o) => lines.positionAt(o), mapping: { base: 0, lines } }],
      warnings: [],
    };
  },
};

const identity = (offset: number) => offset;

/**
 * Adds the date a format keeps outside the prose (front matter, `<meta>`) to the documents of a text loader, else
 * the date of a document's dateline ("News release · Thursday 10 July 2025"). A date the document has already (a
 * transcript's header) stays.
 */
function withDate(loader: SourceLoader, date?: (content: string) => SourceDate | undefined): SourceLoader {
  return {
    ...loader,
    load(input) {
      const result = loader.load(input) as LoaderResult;
      let found: SourceDate | undefined;
      try {
        found = date?.(input.content);
      } catch {
        found = undefined;
      }
      return {
        ...result,
        documents: result.documents.map((d) => {
          const dated = d.meta?.date ?? found ?? datelineDate(d.text);
          return dated ? { ...d, meta: { ...d.meta, date: dated } } : d;
        }),
      };
    },
  };
}

const FRONT_MATTER = /^(?:---|\+\+\+)\r?\n([\s\S]{0,20000}?)\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|$)/;

export const SOURCE_LOADERS: readonly SourceLoader[] = [
  withDate(textLoader),
  withDate(markdownLoader, (content) => frontMatterDate(FRONT_MATTER.exec(content)?.[1])),
  withDate(htmlLoader, htmlDate),
  jsonlLoader,
  vttLoader,
  srtLoader,
  pdfLoader,
  docxLoader,
  mhtmlLoader,
];

/** The loader for a path by its extension, or undefined for unsupported files. */
export function loaderFor(path: string): SourceLoader | undefined {
  const ext = extname(path);
  return SOURCE_LOADERS.find((l) => l.extensions.includes(ext));
}

/** Every supported extension, lower-case with the dot. */
export function supportedExtensions(): string[] {
  return SOURCE_LOADERS.flatMap((l) => l.extensions);
}
