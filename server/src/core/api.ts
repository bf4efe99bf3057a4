/**
 * The core's public entry: everything the language server glue, the CLI, the shared protocol and the Node
 * adapters may use. Code outside `server/src/core/` imports the core only through this file (the import-rule
 * test in test/unit/architecture/ checks it); tests and benchmarks may reach inside to test the parts.
 */
export * from './types';
export {
  checkDraft,
  ClaimCache,
  SharedVerdicts,
  inProcessAnalyzer,
  type DraftAnalyzer,
  evidenceLocation,
  findingEvidence,
  emptySummary,
  addToSummary,
  type CheckOptions,
  type ReportSummary,
} from './check';
export {
  CONFIG_FILE_NAME,
  DEFAULT_CONFIG,
  DEFAULT_THRESHOLDS,
  FINDING_CODES,
  parseConfigText,
  resolveConfig,
  type ClaimcheckConfig,
  type ConfigProblem,
  type ParsedConfig,
  type SeveritySetting,
  type Thresholds,
} from './config';
export {
  basename,
  extname,
  joinPath,
  normalizePath,
  relativePath,
  MemoryFileSystem,
  OverlayFileSystem,
  statEach,
  statPaths,
  type FileStat,
  type SourceFileSystem,
  type StatAnswer,
} from './fs';
export { SourceWorkspace, loadWorkspaceConfig, type BuildOptions, type BuildStats, type IndexBuildOutcome, type IndexBuilder, type IndexBuildRequest, type PendingReads, type SourceWorkspaceOptions } from './workspace';
export { ConfinedFileSystem, OutsideWorkspaceError, WorkspaceBoundary, isOutsideWorkspace } from './confine';
export {
  classifyDraftPath,
  classifyUntitled,
  draftFormatOf,
  draftTextProblem,
  findDrafts,
  readDraftFile,
  DRAFT_EXTENSIONS,
  MAX_DRAFT_SIZE,
  type DraftDecision,
  type DraftFormat,
  type DraftRead,
  type DraftScope,
  type FoundDrafts,
  type NotDraftReason,
} from './drafts';
export { coverageOf, describeCoverage, supportingFiles, type Coverage } from './coverage';
export { standingOf, type ClaimGroup, type ClaimStanding, type DraftStanding, type QuoteGroup, type QuoteStanding } from './standing';
export { conflictParts, describeConflict, describeQuoteChanges, findingName, isClosePassage, missingByPlace } from './wording';
export { alteredQuoteEdit } from './fixes';
// Word vectors for paraphrases: the Node adapter reads the file, the core parses and uses it.
export { parseWordVectors, useWordVectors, wordVectors, type WordVectors } from './verdict/vectors';
export { MemoryCacheStorage, type CacheEntry, type CacheStorage } from './index/persist';
export type { PassageIndex, SearchHit, SearchOptions } from './index/passageIndex';
export { decodeSource, type DecodedText } from './text/decode';
export { LineIndex } from './text/lines';
export { analyzeDraft, MAX_CLAIMS, MAX_QUOTES, type AnalyzeDraftOptions } from './draft/analyze';
// Sources: loading one file (the extracted text of PDF, Word and web-archive sources), what a passage is beyond
// its text (page, paragraph, speaker, time), and source dates.
export { isSourceFile, loadSourceFile } from './sources/load';
export { supportedExtensions } from './sources/loader';
export { formatDate } from './sources/dates';
export { locationLabel, passagePlace, placeAt, speakerName, speechLabel, type PassagePlace } from './sources/meta';
