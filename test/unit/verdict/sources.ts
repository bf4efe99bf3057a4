/**
 * Sources for the verdict tests: documents from plain strings, and the real source index over them (the
 * production passage splitter and ranking), seen through the `PassageIndex` interface the verdicts use.
 */
import type { PassageIndex } from '../../../server/src/core/index/passageIndex';
import { SourceIndex } from '../../../server/src/core/index/sourceIndex';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, DEFAULT_THRESHOLDS } from '../../../server/src/core/config';
import { MemoryFileSystem } from '../../../server/src/core/fs';
import { SourceWorkspace } from '../../../server/src/core/workspace';
import type { Claim, ClaimResult, DraftReport, Position, SourceDocument } from '../../../server/src/core/types';
import { judgeClaim } from '../../../server/src/core/verdict/claims';
import { checkDraft } from '../../../server/src/core/check';

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
/**
 * The index of a workspace whose `sources/` folder holds these files (name → text), read by the product's loaders
 * (Markdown, HTML, transcripts) as a user's would be.
 */
export async function workspaceIndex(files: Record<string, string>): Promise<PassageIndex> {
  return (await workspaceOf(files)).index;
}

/** The workspace `/ws` whose `sources/` folder holds these files (name → text), built. */
export async function workspaceOf(files: Record<string, string>): Promise<SourceWorkspace> {
  const workspace = new SourceWorkspace(new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([name, text]) => [`/ws/sources/${name}`, text]))), '/ws', DEFAULT_CONFIG);
  await workspace.build();
  return workspace;
}

/** A whole check of a Markdown draft against a workspace whose `sources/` folder holds these files (name → text). */
export async function checkAgainst(files: Record<string, string>, draft: string): Promise<DraftReport> {
  return checkDraft(draft, (await workspaceOf(files)).index, { config: DEFAULT_CONFIG, format: 'markdown' });
}

/** The misattributed-quote messages of a whole check of one paragraph, without the source's place at their end. */
export async function misattributions(files: Record<string, string>, paragraph: string): Promise<string[]> {
  const report = await checkAgainst(files, `# Story\n\n${paragraph}\n`);
  return report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message.replace(/ \(\S+:\d+[^()]*\)\.?$/, ''));
}

export function indexOf(documents: readonly SourceDocument[]): PassageIndex {
  const index = new SourceIndex();
  index.addDocuments(documents);
  return index;
}

/** A claim of the given text, spanning all of it (the verdict tests judge sentences alone). */
export function claimOf(text: string): Claim {
  return { text, span: { start: 0, end: text.length }, paragraph: 0, citations: [], reasons: [] };
}

/** A judge of claims against the index, with the default thresholds and three evidence passages. */
export function judgeWith(index: PassageIndex): (text: string) => ClaimResult {
  return (text) => judgeClaim(claimOf(text), index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 });
}

/** A result as a failing assertion shows it: verdict, conflicts and missing words. */
export function why(r: ClaimResult): string {
  return `${r.verdict} (conflicts ${JSON.stringify(r.conflicts.map((c) => [c.claim, c.source, c.kind, c.note]))}; missing ${JSON.stringify(r.missing)})`;
}

/**
 * An assertion of a claim's verdict against the index and, when given, of its conflicts ([claim value, source
 * value] pairs); returns the result.
 */
export function expectVerdictWith(index: PassageIndex): (expected: ClaimResult['verdict'], text: string, conflicts?: string[][]) => ClaimResult {
  const judge = judgeWith(index);
  return (expected, text, conflicts) => {
    const r = judge(text);
    assert.equal(r.verdict, expected, `${text}: ${why(r)}`);
    if (conflicts) assert.deepEqual(r.conflicts.map((c) => [c.claim, c.source]), conflicts, why(r));
    return r;
  };
}
