/**
 * The prose of a draft: what the claim, quote and citation finders read, with a way back to draft offsets.
 *
 * Both draft formats are reduced to this shape. Markdown drafts build a new string (markup removed, blocks
 * joined by an inserted blank line) with `TextBuilder`; plain-text drafts use the draft itself as the prose.
 */
import type { Span } from '../types';
import type { OffsetMap } from '../text/offsetMap';

export interface ProseBlock {
  /** The block in the draft (a Markdown paragraph, heading or table cell node; a plain-text blank-line block). */
  span: Span;
  /** The block's prose, as offsets into `DraftProse.text`. */
  prose: Span;
  /** Headings are blocks but never claims. */
  heading: boolean;
}

export type DirectiveKind = 'ignore' | 'disable' | 'enable';

/** A suppression comment: `<!-- claimcheck-ignore -->`, `<!-- claimcheck-disable: reason -->`, … */
export interface Directive {
  kind: DirectiveKind;
  /** The whole comment in the draft. */
  span: Span;
  reason?: string;
  /**
   * For `ignore`: the draft span of the block it skips, when the parser knows it (the next sibling node of a
   * Markdown comment block). Without it, the next prose block after the comment is skipped.
   */
  target?: Span;
}

export interface DraftProse {
  text: string;
  blocks: ProseBlock[];
  directives: Directive[];
  /** Maps a start offset in `text` to the draft. */
  toDraftStart(offset: number): number;
  /** Maps an exclusive end offset in `text` to the draft (just past the draft character behind `text[offset - 1]`). */
  toDraftEnd(offset: number): number;
}

/**
 * The draft-side mapping helpers around an `OffsetMap`. `OffsetMap.toSource` is exact for start offsets; for an
 * end offset we map the last character and step past it in the draft, which keeps a span from swallowing the
 * markup or link target that follows it (`[text](url)`, `**bold**`).
 */
export function mappers(draft: string, prose: string, map: OffsetMap): Pick<DraftProse, 'toDraftStart' | 'toDraftEnd'> {
  const clamp = (n: number) => (n < 0 ? 0 : n > draft.length ? draft.length : n);
  return {
    toDraftStart: (offset) => clamp(map.toSource(offset)),
    toDraftEnd(offset) {
      if (offset <= 0) return clamp(map.toSource(0));
      const last = clamp(map.toSource(offset - 1));
      const ch = prose.charCodeAt(offset - 1);
      if (draft.charCodeAt(last) === ch) return clamp(last + 1);
      // A decoded piece: a character escape (`\*`) or a character reference (`&amp;`).
      if (draft[last] === '\\') return clamp(last + 2);
      if (draft[last] === '&') {
        const semi = draft.indexOf(';', last);
        if (semi > last && semi - last <= 33) return clamp(semi + 1);
      }
      return clamp(last + 1);
    },
  };
}

/** The lines of a text, each with its start offset and its end (before the line break). */
export { lineSpans as lines } from '../text/markdownChunks';
