/**
 * Suppression comments are found in one linear scan. The scan must find exactly what the specification's
 * regular expression finds (kept here as the reference: it is correct but tried from every `<!--` with a lazy
 * `[^]*?`, quadratic on unclosed comments), and a draft of a megabyte of unclosed comments must be analysed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeDraft } from '../../../server/src/core/draft/analyze';
import { findDirectives, isDirectiveLine } from '../../../server/src/core/draft/suppression';

const REFERENCE = /<!--[ \t]*claimcheck-(ignore|disable|enable)\b(?:[ \t]*:([^]*?))?[ \t\r\n]*-->/g;

function reference(text: string, start: number, end: number) {
  const slice = text.slice(start, end);
  const out: { kind: string; span: { start: number; end: number }; reason?: string }[] = [];
  if (!slice.includes('claimcheck-')) return out;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(slice); m; m = REFERENCE.exec(slice)) {
    const reason = m[2]?.trim();
    out.push({ kind: m[1], span: { start: start + m.index, end: start + m.index + m[0].length }, ...(reason ? { reason } : {}) });
  }
  return out;
}

const PIECES = [
  '<!--', '-->', '<!-- ', ' -->', 'claimcheck-', 'claimcheck-ignore', 'claimcheck-disable', 'claimcheck-enable', 'claimcheck-ignored',
  ':', ': reason', ' ', '\t', '\n', '\r\n', 'x', '-', '>', '<', '!', 'opinion piece', '<!-- claimcheck-ignore -->', '<!--claimcheck-enable-->',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

describe('suppression comments', () => {
  it('are found exactly as the reference expression finds them, in any range', () => {
    fc.assert(
      fc.property(texts, fc.nat(400), fc.nat(400), (text, a, b) => {
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        assert.deepEqual(findDirectives(text, start, end), reference(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('recognise a line that is one comment, as the reference does', () => {
    fc.assert(
      fc.property(texts, (line) => {
        const trimmed = line.trim();
        const found = reference(trimmed, 0, trimmed.length);
        const expected = trimmed.startsWith('<!--') && found.length > 0 && found[0].span.start === 0 && found[0].span.end === trimmed.length;
        assert.equal(isDirectiveLine(line), expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('analyse a draft of 768 KB of unclosed ignore comments (quadratic before), in both formats', () => {
    const text = '<!-- claimcheck-ignore: '.repeat(32 * 1024) + '\n\nOn January 15, KCNA announced an amnesty.\n';
    for (const format of ['markdown', 'text'] as const) {
      const a = analyzeDraft(text, { format, claims: 'all' });
      assert.deepEqual(a.ignored, []);
      assert.ok(a.claims.some((c) => c.text === 'On January 15, KCNA announced an amnesty.'));
    }
  });
});
