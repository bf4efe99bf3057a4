/**
 * Plain-text drafts → prose blocks. The draft is its own prose (offsets map one to one); a block is a run of
 * non-blank lines. A line that is only a suppression comment is not prose: it ends the block it interrupts,
 * and `<!-- claimcheck-ignore -->` skips the block that starts after it.
 */
import { lines, type Directive, type DraftProse, type ProseBlock } from './prose';
import { findDirectives, isDirectiveLine } from './suppression';

export function plainTextProse(draft: string): DraftProse {
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const close = () => {
    if (blockStart >= 0) blocks.push({ span: { start: blockStart, end: blockEnd }, prose: { start: blockStart, end: blockEnd }, heading: false });
    blockStart = -1;
  };
  for (const line of lines(draft)) {
    const text = draft.slice(line.start, line.end);
    if (!/\S/.test(text)) {
      close();
    } else if (isDirectiveLine(text)) {
      close();
      directives.push(...findDirectives(draft, line.start, line.end));
    } else {
      if (blockStart < 0) blockStart = line.start;
      blockEnd = line.end;
    }
  }
  close();
  const clamp = (n: number) => (n < 0 ? 0 : n > draft.length ? draft.length : n);
  return { text: draft, blocks, directives, toDraftStart: clamp, toDraftEnd: clamp };
}
