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

/** The head of a suppression comment, tried at each `<!--`; group 1 is the kind. */
const HEAD = /<!--[ \t]*claimcheck-(ignore|disable|enable)\b/y;
const BLANK = /^[ \t\r\n]*$/;
const REASON = /^[ \t]*:/;

/**
 * Finds the suppression comments in `text` between `start` and `end` (a Markdown HTML node, a plain-text line).
 *
 * A comment is `<!--`, optional spaces, `claimcheck-ignore|disable|enable`, then either nothing but whitespace
 * or a colon and a reason, up to the first `-->`. One forward scan: each `<!--` is tried once and the next
 * `-->` is searched for only when the last one found lies behind the head, so an unclosed comment repeated
 * over a whole draft costs linear time (a lazy `[^]*?` tried from every `<!--` was quadratic).
 */
export function findDirectives(text: string, start: number, end: number): Directive[] {
  const out: Directive[] = [];
  const claimcheck = text.indexOf('claimcheck-', start);
  if (claimcheck < 0 || claimcheck >= end) return out;
  let close = -1;
  let pos = start;
  for (;;) {
    const open = text.indexOf('<!--', pos);
    if (open < 0 || open + 4 > end) break;
    HEAD.lastIndex = open;
    const m = HEAD.exec(text);
    if (!m) {
      pos = open + 1;
      continue;
    }
    const headEnd = open + m[0].length;
    if (close < headEnd) close = text.indexOf('-->', headEnd);
    // No comment closes inside the range after this head: none after a later head either.
    if (close < 0 || close + 3 > end) break;
    const tail = text.slice(headEnd, close);
    let reason: string | undefined;
    let valid = BLANK.test(tail);
    if (!valid) {
      const colon = REASON.exec(tail);
      if (colon) {
        valid = true;
        reason = tail.slice(colon[0].length).trim();
      }
    }
    if (!valid) {
      pos = open + 1;
      continue;
    }
    out.push({ kind: m[1] as DirectiveKind, span: { start: open, end: close + 3 }, ...(reason ? { reason } : {}) });
    pos = close + 3;
  }
  return out;
}

/** True when a whole line (ignoring surrounding whitespace) is one suppression comment. */
export function isDirectiveLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.startsWith('<!--')) return false;
  const found = findDirectives(trimmed, 0, trimmed.length);
  return found.length > 0 && found[0].span.start === 0 && found[0].span.end === trimmed.length;
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
