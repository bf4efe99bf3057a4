/**
 * The one Markdown parser configuration of drafts and sources: `mdast-util-from-markdown` (micromark,
 * CommonMark-exact, with positions) with GFM (tables, autolink literals, strikethrough, footnotes), and front
 * matter (YAML, TOML) at the start of a text. The extension objects are stateless and built once.
 *
 * Callers hand it pieces that passed `guardChunk` (`markdownChunks.ts`), never unbounded input.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';

const FRONTMATTER: ('yaml' | 'toml')[] = ['yaml', 'toml'];
const WITH_FRONT_MATTER = {
  extensions: [frontmatter(FRONTMATTER), gfm()],
  mdastExtensions: [frontmatterFromMarkdown(FRONTMATTER), gfmFromMarkdown()],
};
const WITHOUT_FRONT_MATTER = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** Parses a piece of Markdown; `first` when it starts the text (where front matter may be). */
export function parseMarkdown(text: string, first: boolean): Root {
  return fromMarkdown(text, first ? WITH_FRONT_MATTER : WITHOUT_FRONT_MATTER);
}
