/**
 * The repository's own test data (test/fixtures), found relative to this file so that the tests run from any
 * clone. See test/fixtures/README.md for where each file comes from and its licence.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { loadSourceText } from '../../../server/src/core/sources/load';
import type { SourceDocument } from '../../../server/src/core/types';
import { SourceWorkspace } from '../../../server/src/core/workspace';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');
export const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

/** A maker of temporary folders named `claimcheck-<prefix>-…`, all removed after the calling test file's tests. */
export function temporaryFolders(prefix: string): () => string {
  const made: string[] = [];
  after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return () => {
    const dir = mkdtempSync(join(tmpdir(), `claimcheck-${prefix}-`));
    made.push(dir);
    return dir;
  };
}

export function fixturePath(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

/** The bundled example (examples/newsroom): its sources and drafts. */
export const NEWSROOM = join(EXAMPLES, 'newsroom');

/** The example's real source files in memory, at /ws/sources, indexed with the default settings. */
export async function exampleWorkspace(): Promise<SourceWorkspace> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(join(NEWSROOM, 'sources'))) files[`/ws/sources/${name}`] = readFileSync(join(NEWSROOM, 'sources', name));
  const workspace = new SourceWorkspace(new MemoryFileSystem(files), '/ws', DEFAULT_CONFIG);
  await workspace.build();
  return workspace;
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
