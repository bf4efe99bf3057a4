/**
 * TEMPORARY, test-only: until `server/src/core/text/sentences.ts` lands (it is a stub that throws), route its
 * import to a small regex splitter so the draft tests can run. Import this first in a test file. Once the real
 * splitter works, this does nothing.
 */
import Module from 'node:module';
import { join } from 'node:path';
import type { Span } from '../../../server/src/core/types';

const real = join(__dirname, '../../../server/src/core/text/sentences.ts');

function works(): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require(real) as { splitSentences(text: string): Span[] }).splitSentences('One sentence. Two.');
    return true;
  } catch {
    return false;
  }
}

/** Splits after . ! ? (and closing quotes or brackets) before whitespace and a capital, digit or opening quote. */
export function fallbackSplitSentences(text: string, span: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  const re = /[.!?]+[”"’')\]]*(?=\s+[\p{Lu}\p{N}“"‘(\[])/gu;
  let start = span.start;
  const slice = text.slice(span.start, span.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const before = slice.slice(Math.max(0, m.index - 5), m.index + 1);
    if (/(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|p|pp|No|\p{Lu})\.$/u.test(before)) continue;
    push(out, text, start, span.start + m.index + m[0].length);
    start = span.start + m.index + m[0].length;
  }
  push(out, text, start, span.end);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

if (!works()) {
  const fallback = join(__dirname, 'splitterFallbackModule.ts');
  const m = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
  const original = m._resolveFilename;
  m._resolveFilename = function (request: string, ...rest: unknown[]): string {
    const resolved = original.call(this, request, ...rest);
    return resolved === real ? fallback : resolved;
  };
}
