/**
 * Suppression comments in drafts.
 *
 * - `<!-- claimcheck-ignore -->` skips the next block (in Markdown, the next sibling node after the comment: a
 *   paragraph, a whole list, a whole table; when the comment sits inside a paragraph, the next prose block).
 * - `<!-- claimcheck-disable -->` … `<!-- claimcheck-enable -->` skips everything between the two comments (the
 *   comments included), or to the end of the draft when the region is never re-enabled. A second `disable`
 *   inside a disabled region changes nothing; an `enable` outside one is ignored.
 * - Each may carry a reason after a colon: `<!-- claimcheck-ignore: opinion piece -->`.
 * - In Markdown drafts only real HTML comments count (never one shown inside code); in plain-text drafts the same
 *   comment must stand on its own line.
 *
 * No claim or quote comes from a skipped region. Citation markers inside one are still listed in
 * `DraftAnalysis.citations` (so that tools listing the cited sources see them) but belong to no claim, so nothing
 * checks them.
 */
import type { Span } from '../types';
import type { Directive, DirectiveKind, ProseBlock } from './prose';

/** One suppression comment; group 1 is the kind, group 2 the optional reason. */
const DIRECTIVE = /<!--[ \t]*claimcheck-(ignore|disable|enable)\b(?:[ \t]*:([^]*?))?[ \t\r\n]*-->/g;

/** Finds the suppression comments in `text` between `start` and `end` (a Markdown HTML node, a plain-text line). */
export function findDirectives(text: string, start: number, end: number): Directive[] {
  const out: Directive[] = [];
  const slice = text.slice(start, end);
  if (!slice.includes('claimcheck-')) return out;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(slice); m; m = DIRECTIVE.exec(slice)) {
    const reason = m[2]?.trim();
    out.push({
      kind: m[1] as DirectiveKind,
      span: { start: start + m.index, end: start + m.index + m[0].length },
      ...(reason ? { reason } : {}),
    });
  }
  return out;
}

/** True when a whole line (ignoring surrounding whitespace) is one suppression comment. */
export function isDirectiveLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.startsWith('<!--')) return false;
  DIRECTIVE.lastIndex = 0;
  const m = DIRECTIVE.exec(trimmed);
  return m !== null && m.index === 0 && m[0].length === trimmed.length;
}

/**
 * The skipped regions of a draft, sorted and merged. `blocks` must be in document order; `length` is the length
 * of the draft.
 */
export function ignoredRegions(directives: readonly Directive[], blocks: readonly ProseBlock[], length: number): Span[] {
  const regions: Span[] = [];
  const sorted = [...directives].sort((a, b) => a.span.start - b.span.start);
  let disabledFrom = -1;
  for (const d of sorted) {
    if (d.kind === 'disable') {
      if (disabledFrom < 0) disabledFrom = d.span.start;
    } else if (d.kind === 'enable') {
      if (disabledFrom >= 0) {
        regions.push({ start: disabledFrom, end: d.span.end });
        disabledFrom = -1;
      }
    } else if (d.target) {
      regions.push(d.target);
    } else {
      const next = blocks.find((b) => b.span.start >= d.span.end);
      if (next) regions.push(next.span);
    }
  }
  if (disabledFrom >= 0) regions.push({ start: disabledFrom, end: length });
  return mergeSpans(regions);
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** True when `offset` lies inside one of the sorted, disjoint `regions`. */
export function isIgnored(regions: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid];
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}
