/**
 * The repository's own test data (test/fixtures), found relative to this file so that the tests run from any
 * clone. See test/fixtures/README.md for where each file comes from and its licence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSourceText } from '../../../server/src/core/sources/load';
import type { SourceDocument } from '../../../server/src/core/types';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');
export const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

export function fixturePath(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

/** The user's sample article (a news report of 9 February 2012), as shipped in the bundled example. */
export const SAMPLE_ARTICLE = join(EXAMPLES, 'newsroom', 'sources', 'amnesty-report.txt');

export interface SciFactSlice {
  /** The raw JSON Lines text of the abstracts. */
  corpus: string;
  /** The abstracts loaded as sources by the production JSONL loader (one document per record). */
  documents: SourceDocument[];
  claims: { id: number; claim: string; cited_doc_ids: number[] }[];
}

let scifact: SciFactSlice | undefined;

/** A slice of SciFact: 164 abstracts and the first 80 training claims (whose cited abstracts it holds). */
export function scifactSlice(): SciFactSlice {
  if (scifact) return scifact;
  const corpus = readFileSync(fixturePath('scifact', 'corpus.jsonl'), 'utf8');
  const documents = loadSourceText('/ws/sources/scifact.jsonl', corpus, '/ws').documents;
  const claims = readFileSync(fixturePath('scifact', 'claims.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  return (scifact = { corpus, documents, claims });
}
