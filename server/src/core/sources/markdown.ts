/** Markdown sources: the prose of headings, paragraphs, list items, table rows and blockquotes. */
import { markdownToProse } from '../text/markdown';
import type { SourceLoader } from './loader';

export const markdownLoader: SourceLoader = {
  format: 'markdown',
  extensions: ['.md', '.markdown', '.mdown', '.mkd'],
  load({ file, id, key, content, lines }) {
    const prose = markdownToProse(content);
    const map = prose.map;
    return {
      documents: [
        {
          id,
          key,
          file,
          format: 'markdown',
          ...(prose.title ? { title: prose.title } : {}),
          text: prose.text,
          toFileOffset: (o) => map.toSource(o),
          toFileEnd: (o) => map.toSourceEnd(o),
          filePosition: (o) => lines.positionAt(o),
          mapping: { base: 0, map, lines },
        },
      ],
      warnings: [],
    };
  },
};
