/** Markdown sources: the prose of headings, paragraphs, list items, table rows and blockquotes. */
import { MAX_NESTING } from '../text/markdownChunks';
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
      // One warning for the parts read as plain text (hostile or generated Markdown): still indexed, as words.
      warnings: prose.plain.length
        ? [
            {
              file,
              code: 'malformed',
              message: `${id}: ${prose.plain.length === 1 ? 'a part' : `${prose.plain.length} parts`} (from line ${lines.positionAt(prose.plain[0].span.start).line + 1}) ${prose.plain[0].reason === 'nesting' ? `nest lists or block quotes more than ${MAX_NESTING} levels deep` : 'hold more Markdown markup than can be parsed in bounded time'}; indexed as plain text.`,
            },
          ]
        : [],
    };
  },
};
