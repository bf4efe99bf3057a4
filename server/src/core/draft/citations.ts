/**
 * Pandoc-style citation markers in draft prose: `[@key]`, `[@key, p. 4]`, `[@a; @b]`, `[see @key, ch. 2]`,
 * `[-@key]`, `[@{key with spaces}]`.
 *
 * A marker is a bracketed group on one line, without nested brackets, holding at least one `@key` where the `@`
 * starts a word (so `[mail me@example.org]` is no marker). Keys follow Pandoc: they start with a letter, digit or
 * `_` and may hold internal punctuation (`:.#$%&-+?<>~/`), trailing punctuation excluded; `@{…}` takes anything
 * but braces. Bare in-text citations (`@key says`) are not recognised: handles and e-mail addresses would look
 * the same.
 */
import type { Span } from '../types';

export interface CitationMarker {
  /** The whole marker, brackets included, in the prose. */
  span: Span;
  keys: string[];
}

const BRACKETS = /\[([^\[\]\r\n]*)\]/g;
const KEY = /(?<![\p{L}\p{N}_@])-?@(?:\{([^{}]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*))/gu;

/** The citation markers of `text` within `span`, in order. */
export function findCitationMarkers(text: string, span: Span = { start: 0, end: text.length }): CitationMarker[] {
  const slice = text.slice(span.start, span.end);
  const out: CitationMarker[] = [];
  if (!slice.includes('@')) return out;
  BRACKETS.lastIndex = 0;
  for (let m = BRACKETS.exec(slice); m; m = BRACKETS.exec(slice)) {
    if (!m[1].includes('@')) continue;
    const keys: string[] = [];
    KEY.lastIndex = 0;
    for (let k = KEY.exec(m[1]); k; k = KEY.exec(m[1])) keys.push((k[1] ?? k[2]).trim());
    if (keys.length === 0) continue;
    out.push({ span: { start: span.start + m.index, end: span.start + m.index + m[0].length }, keys });
  }
  return out;
}

/**
 * `text[span]` without the citation markers, each removed together with the whitespace right before it, then
 * trimmed: "in 2003 [@kcna]." → "in 2003."; "in 2003. [@kcna]" → "in 2003.". `markers` must be sorted.
 */
export function withoutMarkers(text: string, span: Span, markers: readonly CitationMarker[]): string {
  let out = '';
  let pos = span.start;
  for (const marker of markers) {
    if (marker.span.end <= span.start || marker.span.start >= span.end) continue;
    let cut = Math.max(marker.span.start, pos);
    while (cut > pos && /\s/.test(text[cut - 1])) cut--;
    out += text.slice(pos, cut);
    pos = Math.min(span.end, Math.max(pos, marker.span.end));
  }
  out += text.slice(pos, span.end);
  return out.trim();
}
