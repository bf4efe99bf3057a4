// TEMPORARY, test-only: see splitterFallback.ts.
export { fallbackSplitSentences as splitSentences } from './splitterFallback';
