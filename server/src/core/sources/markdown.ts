/** Markdown sources: the prose of headings, paragraphs, list items, table rows and blockquotes. */
import { plainReasonText } from '../text/markdownChunks';
import { markdownToProse } from '../text/markdown';
import type { SourceLoader } from './loader';
import { mappedPositions } from './mapping';
import { proseTurns } from './transcript';

export const markdownLoader: SourceLoader = {
  format: 'markdown',
  extensions: ['.md', '.markdown', '.mdown', '.mkd'],
  load({ file, id, key, content, lines }) {
    const prose = markdownToProse(content);
    const map = prose.map;
    // A press conference or an interview written in Markdown: who speaks where, as a transcript's turns say it.
    const turns = proseTurns(prose.text);
    return {
      documents: [
        {
          id,
          key,
          file,
          format: 'markdown',
          ...(prose.title ? { title: prose.title } : {}),
          text: prose.text,
          ...mappedPositions(map, lines),
          ...(turns ? { meta: { segments: turns.segments, speakers: turns.speakers } } : {}),
        },
      ],
      // One warning for the parts read as plain text (hostile or generated Markdown): still indexed, as words.
      warnings: prose.plain.length
        ? [
            {
              file,
              code: 'malformed',
              message: `${id}: from line ${lines.positionAt(prose.plain[0].span.start).line + 1}${prose.plain.length > 1 ? ` (and ${prose.plain.length - 1} more part${prose.plain.length > 2 ? 's' : ''})` : ''}, ${plainReasonText(prose.plain[0].reason)}; indexed as plain text.`,
            },
          ]
        : [],
    };
  },
};
