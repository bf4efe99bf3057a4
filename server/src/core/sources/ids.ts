/**
 * Document ids are unique in an index: adding a document whose id is taken replaces the one there. A source
 * file's own document has its path as id (`sources/kcna.txt`); a JSONL record has the id written in the
 * record, which may be anything, including another file's path. So ids are handed out here: a file's path is
 * reserved for that file's document, and a document whose id another source has (or whose id is another
 * source's path) keeps its key (citations `[@key]` still find it) under a free id `id#2`, `id#3`, …, with one
 * warning per file. Both documents stay.
 */
import { relativePath } from '../fs';
import type { SourceDocument, SourceWarning } from '../types';

export class DocumentIds {
  /** Id → the file whose document has it. */
  private readonly owners = new Map<string, string>();

  /** `reserved` maps the path id of each source file to its file: only that file's document may have it. */
  constructor(
    private readonly root: string,
    private readonly reserved: Map<string, string> = new Map(),
  ) {}

  /** Reserves the path id of a file (a file added after the start). */
  reserve(file: string): void {
    this.reserved.set(relativePath(this.root, file), file);
  }

  /** Frees the path id of a file that is no longer a source. */
  unreserve(file: string): void {
    const id = relativePath(this.root, file);
    if (this.reserved.get(id) === file) this.reserved.delete(id);
  }

  /** The file whose document has `id`, if any. */
  owner(id: string): string | undefined {
    return this.owners.get(id);
  }

  /** Whether a file's saved ids can be taken as they are (none is taken by, or reserved for, another file). */
  fits(file: string, ids: readonly string[]): boolean {
    return ids.every((id) => {
      const owner = this.owners.get(id) ?? this.reserved.get(id);
      return owner === undefined || owner === file;
    });
  }

  /** Takes the ids of a file's documents as they are (after `fits`). */
  take(file: string, ids: readonly string[]): void {
    for (const id of ids) {
      this.owners.set(id, file);
      // A file's path id reserved for it is keyed anew by the document's id string (the same text), so that the
      // string made for the reservation is not kept as well (one for each of tens of thousands of files).
      if (this.reserved.get(id) === file) {
        this.reserved.delete(id);
        this.reserved.set(id, file);
      }
    }
  }

  /** Gives up the ids a file's documents had (the file changed or went away). */
  release(ids: readonly string[]): void {
    for (const id of ids) this.owners.delete(id);
  }

  /**
   * The documents of `file` with ids no other source has: a document whose id is taken or reserved by another
   * file gets a free one. Returns the documents and a warning when any was renamed.
   */
  assign(file: string, documents: readonly SourceDocument[]): { documents: SourceDocument[]; warning?: SourceWarning } {
    const renamed: string[] = [];
    const out = documents.map((document) => {
      const other = this.owners.get(document.id) ?? this.reserved.get(document.id);
      if (other === undefined || other === file) {
        this.owners.set(document.id, file);
        return document;
      }
      let n = 2;
      while (this.owners.has(`${document.id}#${n}`) || this.reserved.has(`${document.id}#${n}`)) n++;
      const id = `${document.id}#${n}`;
      this.owners.set(id, file);
      renamed.push(`"${document.id}" is already the id of ${relativePath(this.root, other)}; kept as "${id}"`);
      return { ...document, id };
    });
    if (renamed.length === 0) return { documents: out };
    const shown = renamed.slice(0, 3).join('; ') + (renamed.length > 3 ? `; and ${renamed.length - 3} more` : '');
    return {
      documents: out,
      warning: { file, code: 'duplicate-id', message: `${relativePath(this.root, file)}: ${renamed.length === 1 ? 'a document id' : `${renamed.length} document ids`} already used: ${shown}.` },
    };
  }
}
