/**
 * Test helpers for the index: documents from plain strings (the index splits them into passages with the
 * production splitter, as it does in the product).
 */
import type { SourceDocument } from '../../../server/src/core/types';

export function doc(id: string, text: string, options: { title?: string; key?: string } = {}): SourceDocument {
  return {
    id,
    key: options.key ?? id.replace(/^.*\//, '').replace(/\.[^.]*$/, ''),
    file: `/ws/sources/${id}`,
    format: 'text',
    title: options.title,
    text,
    toFileOffset: (offset) => offset,
    filePosition: (offset) => ({ line: 0, character: offset }),
  };
}
