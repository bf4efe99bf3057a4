/**
 * The shared vocabulary of Claimcheck's engine: source, passage, claim, quote, evidence, verdict, finding.
 *
 * Positions follow LSP: lines are 0-based, characters are UTF-16 code units. Offsets are UTF-16 code-unit
 * offsets into a JavaScript string. This module has no runtime dependencies.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Half-open [start, end) UTF-16 offsets into some string; which string is said where it is used. */
export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------------------
// Sources and passages

export type SourceFormat = 'text' | 'markdown' | 'html' | 'jsonl' | 'transcript' | 'pdf' | 'docx' | 'mhtml';

/**
 * What a stretch of a document's text is, beyond its place in the file: the PDF page it is on, the Word or web
 * archive paragraph, the speaker and time of a transcript cue or turn. Offsets are into the document's `text`.
 */
export interface TextSegment {
  start: number;
  end: number;
  /** PDF page, 1-based. */
  page?: number;
  /** Paragraph of a Word document or web archive, 1-based, counting headings and table rows. */
  paragraph?: number;
  /** Transcripts: the speaker's label as the transcript writes it ("PARK", "Choi Min-seo"). */
  speaker?: string;
  /** Transcripts: the start time of the cue or turn, `hh:mm:ss`. */
  time?: string;
}

/** A document's own date (when it was published, recorded or written), and where it was read. */
export interface SourceDate {
  /** `yyyy-mm-dd`. */
  date: string;
  from: 'front matter' | 'HTML meta' | 'PDF metadata' | 'transcript header' | 'document properties' | 'archive header' | 'dateline';
}

/** A transcript's speaker: the label of its turns, with the full name and role its header gives, if any. */
export interface Speaker {
  label: string;
  name?: string;
  role?: string;
  /** The body the role is held at, when the header names it ("Leader, North Brede District Council"). */
  body?: string;
}

/**
 * What a loader knows about a document besides its text, as plain data (saved in the index cache as it is).
 */
export interface DocumentMeta {
  date?: SourceDate;
  /** Sorted by `start`, not overlapping. */
  segments?: TextSegment[];
  speakers?: Speaker[];
  /** Pages of a PDF. */
  pages?: number;
  /**
   * The document's positions (`toFileOffset`, `filePosition`, passage ranges) refer to its extracted text, not
   * to the file, which is binary or encoded (PDF, Word, web archive): "Open source" shows that text.
   */
  extracted?: boolean;
}

/**
 * One source document. A file is one document, except a `.jsonl` collection, where each line is one.
 * `text` is the extracted prose (markup removed, entities decoded); `toFileOffset` maps an offset in `text`
 * back to an offset in the file's decoded content, and `fileLines` maps that to a Position.
 */
export interface SourceDocument {
  /** Stable id: the file path relative to the workspace root with `/` separators, or a JSONL record's `_id`/`id`. */
  id: string;
  /** Citation key: the file name without extension, or the JSONL record's `_id`/`id`. */
  key: string;
  /** Absolute path of the file that holds the document. */
  file: string;
  format: SourceFormat;
  title?: string;
  /** Extracted prose. Passages index into this string. */
  text: string;
  /** Maps an offset in `text` to an offset in the decoded file content. */
  toFileOffset(textOffset: number): number;
  /**
   * Like `toFileOffset`, for the end of a range: an offset right after a piece of text maps to the end of that
   * piece rather than past markup that follows it. Optional; `toFileOffset` is the fallback.
   */
  toFileEnd?(textOffset: number): number;
  /** Maps an offset in the decoded file content to a Position in the file. */
  filePosition(fileOffset: number): Position;
  /**
   * What `toFileOffset`, `toFileEnd` and `filePosition` compute from, as data, so that a document can be saved
   * and restored without its file (the index cache). Set by the loaders; optional.
   */
  mapping?: DocumentMapping;
  /** Date, pages, speakers and segments, when the format has them. */
  meta?: DocumentMeta;
}

/**
 * The offset mapping of a source document as data: text offset → file offset is `base + map(offset)` (or
 * `base + offset`, clamped to the text when `clamp`); file offset → position uses `lines`.
 */
export interface DocumentMapping {
  base: number;
  /** An `OffsetMap` (core/text/offsetMap.ts); absent for text taken as it is. */
  map?: { toArray(): Int32Array; toSource(offset: number): number; toSourceEnd(offset: number): number };
  clamp?: boolean;
  /** Line table of the decoded file content (a `LineIndex`, or a saved one), shared by the documents of a file. */
  lines: { positionAt(offset: number): Position };
}

/**
 * A sentence of a source document, with its paragraph as context. Passages hold offsets into their document's
 * text rather than copies of it.
 */
export interface Passage {
  /** Unique within an index: `${documentId}#${ordinal}`. */
  id: string;
  documentId: string;
  /** Ordinal of the passage within its document. */
  ordinal: number;
  /** The sentence, as offsets into the document's `text`. */
  span: Span;
  /** The paragraph the sentence belongs to, as offsets into the document's `text`. */
  paragraph: Span;
  /** Where the sentence is in the source file. */
  range: Range;
}

/** The sentence text of a passage. */
export function passageText(document: SourceDocument, passage: Passage): string {
  return document.text.slice(passage.span.start, passage.span.end);
}

export interface SourceWarning {
  file: string;
  code:
    | 'binary'
    | 'too-large'
    | 'unreadable'
    | 'invalid-utf8'
    | 'malformed'
    | 'unsupported'
    | 'missing'
    /** A folder reached again through a symbolic link: not walked twice. */
    | 'link-loop'
    /** A document id already taken by another source: the document is kept under another id. */
    | 'duplicate-id'
    /** Restricted mode (untrusted workspace): a path whose real path is outside the workspace folders. */
    | 'outside-workspace'
    /** A password-protected PDF or Word document. */
    | 'encrypted'
    /** A PDF without a text layer (a scan), or a document with no text. */
    | 'no-text';
  message: string;
}

// ---------------------------------------------------------------------------------------------------------
// Drafts, claims, quotes, citations

export type ClaimMode = 'checkworthy' | 'all';

export interface Citation {
  /** The key inside `[@key]`. */
  key: string;
  /** Offsets of the whole marker in the draft. */
  span: Span;
}

export interface Claim {
  /** The claim's sentence as the draft has it (markup stripped, whitespace kept). */
  text: string;
  /** Offsets of the sentence in the draft. */
  span: Span;
  /** Index of the paragraph (block) the claim belongs to, in document order. */
  paragraph: number;
  /** Citation markers that follow the claim (inside or right after its sentence). */
  citations: Citation[];
  /**
   * Why the sentence was kept as check-worthy, e.g. `number`, `date`, `name`, `attribution`, `quote`; `source` for a
   * sentence with none of those that a source passage is about (`DraftAnalysis.candidates`).
   */
  reasons: string[];
}

export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Offsets of the quoted words (inside the marks) in the draft. */
  span: Span;
  /** Index into the claims list of the claim that contains the quote, or -1. */
  claim: number;
  /** Citation keys of the containing claim. */
  citations: string[];
}

export interface DraftAnalysis {
  claims: Claim[];
  quotes: Quote[];
  /** Every citation marker in the draft, including those in ignored regions (not checked). */
  citations: Citation[];
  /** Regions skipped because of suppression comments. */
  ignored: Span[];
  /** Paragraphs (blocks of prose) of the draft, as offsets. Claims refer to them by index. */
  paragraphs: Span[];
  /**
   * In `checkworthy` mode, the statements with nothing the rules call check-worthy (no name, number, date,
   * attribution, quote, citation or superlative: "The adult hindgut is generated by anterior stem cells"), neither
   * questions nor hedges, of three words or more. A check makes a claim of each that a source passage is about
   * (`checkDraft`); the rest are the writer's own words.
   */
  candidates?: Claim[];
  /** What the writer should know about how the draft was read (a part read as plain text, a cap reached). */
  warnings?: DraftWarning[];
}

/**
 * A note about the draft as a whole: it was read in a degraded way. Shown beside the findings (an information
 * diagnostic in the editor, a warning line of the CLI), never counted as a finding.
 */
export interface DraftWarning {
  code: 'markdown-nesting' | 'markdown-markup' | 'too-many-claims' | 'invalid-utf8';
  /** Where it starts (the first part concerned), in draft offsets. */
  span: Span;
  message: string;
}

// ---------------------------------------------------------------------------------------------------------
// Evidence, verdicts, findings

export type ClaimVerdict = 'supported' | 'contradicted' | 'unsupported';
export type QuoteVerdict = 'verbatim' | 'altered' | 'not-found';

export interface Evidence {
  passage: Passage;
  document: SourceDocument;
  /** Probability of support (0–1) this passage gives the claim alone, with its neighbours: the scale of `thresholds.support`. */
  score: number;
  /**
   * For a claim's evidence: how closely the passage matches the claim (0–1), the weighted score of its coverage of
   * the claim's words, shared phrases and values and its rank (`combineSupport`); decides whether an unsupported
   * claim's passage is "close" enough to name.
   */
  match?: number;
  /** Offsets within the passage sentence (relative to passage.span.start) of words matching the claim. */
  matches?: Span[];
}

export interface Conflict {
  /** The value as the claim gives it. */
  claim: string;
  /** The value as the source gives it. */
  source: string;
  /**
   * `direction`: opposite words about the same thing ("rose" / "fell", "increases" / "decreases"); `negation`: the
   * claim denies what the source states, or states what it denies ("made several bids" / "did not make a single bid");
   * `word`: another word in the same place, not one of like meaning ("history, education and welfare" / "health,
   * education and welfare").
   */
  kind: 'number' | 'date' | 'year' | 'ordinal' | 'quantity' | 'percent' | 'money' | 'name' | 'direction' | 'negation' | 'word';
  /** Offsets in the draft of the claim's value. */
  claimSpan?: Span;
  /** Offsets within the evidence passage sentence (relative to passage.span.start) of the source's value. */
  sourceSpan?: Span;
  /** Where the source's value comes from when it is not in the passage ("it was recorded on Wednesday 6 March 2024"). */
  note?: string;
  /**
   * What the quick fix puts in place of the claim's value when it is not `source`: the figure of a table cell ("5
   * games" for "eight games" against "Lost: 5"), a difference computed from the source ("2.3 days"); null when no
   * value can be put in (a figure given to another row, a direction a signed figure gives).
   */
  replacement?: string | null;
}

export interface ClaimResult {
  claim: Claim;
  verdict: ClaimVerdict;
  score: number;
  evidence: Evidence[];
  conflicts: Conflict[];
  /**
   * For `unsupported`: the claim's words (names, figures, content words, as written) that no evidence passage
   * states, in claim order; the words a writer must source or cut.
   */
  missing?: string[];
  /**
   * For `unsupported`: those of `missing` that some source has, though no passage has them with the rest of the
   * claim ("estate", which the developer's statement uses, in "The estate flooded on Thursday 19 September, when
   * 41.6mm of rain fell"): messages must not say that no source states them.
   */
  elsewhere?: string[];
  /**
   * For `unsupported`: the claim's figures and names, with their words, that a passage other than its evidence
   * states (the claim joins passages that no evidence puts together: a lede's "despite more than 300 objections"
   * from a passage of its own), each group with its passage.
   */
  apart?: { words: string[]; evidence: Evidence }[];
  /**
   * For `unsupported`: the dates of `missing` for which the first evidence passage gives another in a like place, and
   * the figures for which it gives the only other of their kind in a like role ("Monday 10 March" / "Monday 3 March
   * 2025"), as the message names them; said, not judged a contradiction.
   */
  near?: { claim: string; source: string }[];
}

export interface QuoteResult {
  quote: Quote;
  verdict: QuoteVerdict;
  /** Best alignment score in [0, 1]: 1 for verbatim. */
  score: number;
  evidence: Evidence[];
  /** For `altered`: the source's exact wording of the quoted words, and where it is. */
  sourceWording?: {
    text: string;
    document: SourceDocument;
    /** Offsets in the document's text. */
    span: Span;
    range: Range;
  };
  /** For `altered`: the words that differ, quote side and source side. */
  differences?: { quote: string; source: string }[];
}

export type FindingCode =
  | 'unsupported-claim'
  | 'contradicted-claim'
  | 'altered-quote'
  | 'unverified-quote'
  | 'unknown-citation'
  | 'misattributed-quote';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Offsets in the draft. */
  span: Span;
  message: string;
  /** Index into claims (for claim findings) or quotes (for quote findings); -1 for citations. */
  claim?: number;
  quote?: number;
  /** A suggested edit of the draft for the quick fix, when the finding knows one (the real speaker's name). */
  fix?: { span: Span; text: string; title: string };
}

export interface DraftReport {
  claims: ClaimResult[];
  quotes: QuoteResult[];
  findings: Finding[];
  analysis: DraftAnalysis;
}

// ---------------------------------------------------------------------------------------------------------
// Cancellation

/** Structurally compatible with the LSP and VS Code cancellation tokens. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new CancelledError();
}
