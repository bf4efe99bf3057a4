// STUB — to be implemented (helper: text+sources).
import type { ClaimcheckConfig } from '../config';
import type { SourceFileSystem } from '../fs';
import type { CancellationToken, SourceDocument, SourceWarning } from '../types';
export interface LoadedSources { documents: SourceDocument[]; warnings: SourceWarning[]; files: string[] }
export async function loadSources(fs: SourceFileSystem, root: string, config: ClaimcheckConfig, token?: CancellationToken): Promise<LoadedSources> {
  throw new Error('not implemented');
}
