import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import fc from 'fast-check';
import { analyzeDraft, reportedSpeech } from '../../../server/src/core/draft/analyze';
import { findCitationMarkers, withoutMarkers } from '../../../server/src/core/draft/citations';
import type { DraftAnalysis, Span } from '../../../server/src/core/types';

/**
 * Invariants of `analyzeDraft`, for any input:
 * 1. it does not throw;
 * 2. every span is inside the draft (0 ≤ start ≤ end ≤ length);
 * 3. claims are in draft order and do not overlap; each lies inside its paragraph;
 * 4. `claim.text` is non-empty and trimmed, and relates to the draft slice at `claim.span` like this:
 *    - plain text: it is exactly that slice without its citation markers, each removed with the whitespace
 *      before it, then trimmed (`withoutMarkers`);
 *    - Markdown: it is a subsequence of that slice (markup is removed, never added or reordered), except where
 *      character references are decoded (`&amp;` → `&`) and NUL becomes U+FFFD (CommonMark's rule), so the
 *      check skips slices that hold either;
 * 5. a quote has three words or more (two after a verb of saying) and lies inside the claim it points to (or points to none, -1);
 *    in plain text its text is the draft slice at its span without citation markers;
 * 6. every claim citation is in `citations`, and `ignored` regions hold no claim.
 */

/** Fragments that exercise the Markdown parser and the finders. */
const MARKDOWNISH = [
  'Kim', ' said', ' KCNA', ' 2012', ' 40,000', ' on Monday', '. ', '? ', '! ', ', ', '\n', '\n\n', '\r\n', ' ',
  '“', '”', '"', '‘', '’', "'", 'don’t', ' we will win', '[@kcna]', ' [@a; @b, p. 4]', '[', ']', '@', '(', ')',
  '# ', '## ', '- ', '1. ', '> ', '    ', '```\n', '~~~', '`', '*', '**', '_', '~~', '|', '|---|', '---\n',
  '<!-- claimcheck-ignore -->', '<!-- claimcheck-disable: x -->', '<!-- claimcheck-enable -->', '<!--', '-->',
  '<b>', '</b>', '&amp;', '&#36;', '\\*', 'https://x.org/a', 'www.x.org', '[link](http://x "t")', '![img](a.png)',
  '[^1]', '[^1]: note', '[@kcna]: http://k', '🎉', '𝐊', '\u0000', '\t',
];
const markdownish = fc.array(fc.constantFrom(...MARKDOWNISH), { maxLength: 60 }).map((parts) => parts.join(''));
const anyString = fc.string({ unit: 'binary', maxLength: 200 });
const drafts = fc.oneof(markdownish, anyString, fc.string({ unit: 'grapheme-ascii', maxLength: 200 }));

function inside(text: string, s: Span): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let j = 0;
  for (let i = 0; i < needle.length; i++) {
    j = haystack.indexOf(needle[i], j);
    if (j < 0) return false;
    j++;
  }
  return true;
}

function checkInvariants(text: string, format: 'markdown' | 'text', a: DraftAnalysis): void {
  const spans = [...a.claims.map((c) => c.span), ...a.quotes.map((q) => q.span), ...a.citations.map((c) => c.span), ...a.ignored, ...a.paragraphs];
  for (const s of spans) assert.ok(inside(text, s), `span ${JSON.stringify(s)} outside a text of ${text.length}`);
  a.claims.forEach((claim, i) => {
    if (i > 0) assert.ok(a.claims[i - 1].span.end <= claim.span.start, 'claims overlap or are out of order');
    const para = a.paragraphs[claim.paragraph];
    assert.ok(para && para.start <= claim.span.start && claim.span.end <= para.end, 'claim outside its paragraph');
    assert.ok(claim.text.length > 0 && claim.text === claim.text.trim(), `claim text ${JSON.stringify(claim.text)}`);
    const slice = text.slice(claim.span.start, claim.span.end);
    if (format === 'text') {
      assert.equal(claim.text, withoutMarkers(text, claim.span, findCitationMarkers(text, claim.span)));
    } else if (!/&[#\w]|\0/.test(slice)) {
      assert.ok(isSubsequence(claim.text, slice), `${JSON.stringify(claim.text)} is not a subsequence of ${JSON.stringify(slice)}`);
    }
    for (const c of claim.citations) assert.ok(a.citations.some((x) => x.key === c.key && x.span.start === c.span.start));
    for (const r of a.ignored) assert.ok(claim.span.start < r.start || claim.span.start >= r.end, 'claim in an ignored region');
  });
  for (const q of a.quotes) {
    // Three words or more, or two after a verb of saying in their sentence (reported words, not a scare quote).
    const words = q.text.split(/[^\p{L}\p{N}’']+/u).filter(Boolean).length;
    // (An HTML comment is no prose: its "<!--" ends no sentence before the quote.)
    const prose = text.replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length));
    assert.ok(words >= 3 || (words === 2 && reportedSpeech(prose, q.span.start, text.length)), `short quote ${JSON.stringify(q.text)}`);
    if (q.claim >= 0) {
      const c = a.claims[q.claim];
      assert.ok(c.span.start <= q.span.start && q.span.start < c.span.end, 'quote outside its claim');
    } else assert.equal(q.claim, -1);
    if (format === 'text') assert.equal(q.text, withoutMarkers(text, q.span, findCitationMarkers(text, q.span)));
  }
}

describe('analyzeDraft properties', () => {
  for (const format of ['markdown', 'text'] as const) {
    for (const claims of ['all', 'checkworthy'] as const) {
      it(`holds its invariants (${format}, ${claims})`, () => {
        fc.assert(
          fc.property(drafts, (text) => {
            checkInvariants(text, format, analyzeDraft(text, { format, claims }));
          }),
          { numRuns: 300 },
        );
      });
    }
  }

  it('holds its invariants on long, deeply nested and markup-dense drafts (the parser bounds at work)', () => {
    // Fragments repeated hundreds of times: prefixes past the nesting bound, runs past the piece bounds.
    const hostile = fc
      .array(fc.tuple(fc.constantFrom(...MARKDOWNISH), fc.integer({ min: 1, max: 300 })), { maxLength: 25 })
      .map((parts) => parts.map(([f, n]) => f.repeat(n)).join(''));
    for (const format of ['markdown', 'text'] as const) {
      fc.assert(
        fc.property(hostile, (text) => {
          checkInvariants(text, format, analyzeDraft(text, { format, claims: 'all' }));
        }),
        { numRuns: 60 },
      );
    }
  });

  it('reads long paragraphs of plain prose the same in Markdown as in plain text, cut into pieces or not', () => {
    // Sentences of words, in paragraphs far longer than a parser piece: cuts fall between sentences.
    const sentence = fc
      .array(fc.constantFrom('minister', 'said', 'five', 'people', 'died', 'in', 'the', 'flood', 'on', 'Monday', 'Kim', '2012'), { minLength: 3, maxLength: 14 })
      .map((words) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
    const paragraph = fc.array(sentence, { minLength: 500, maxLength: 900 }).chain((ss) => fc.constantFrom(' ', '\n').map((sep) => ss.join(sep)));
    const draft = fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((ps) => ps.join('\n\n'));
    fc.assert(
      fc.property(draft, (text) => {
        const md = analyzeDraft(text, { format: 'markdown', claims: 'all' });
        const plain = analyzeDraft(text, { format: 'text', claims: 'all' });
        assert.deepEqual(md.claims.map((c) => c.text), plain.claims.map((c) => c.text));
        assert.deepEqual(md.claims.map((c) => c.span), plain.claims.map((c) => c.span));
      }),
      { numRuns: 25 },
    );
  });

  it('keeps in checkworthy mode a subset of the claims of all mode', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const all = analyzeDraft(text, { format: 'markdown', claims: 'all' }).claims.map((c) => c.span.start);
        for (const c of analyzeDraft(text, { format: 'markdown', claims: 'checkworthy' }).claims) assert.ok(all.includes(c.span.start));
      }),
      { numRuns: 200 },
    );
  });
});

test('a draft saved with a byte-order mark: claim spans are the draft\'s own, Markdown and plain text', () => {
  const text = '\uFEFFThe council met on 4 March. It approved the budget.\n';
  for (const format of ['markdown', 'text'] as const) {
    const a = analyzeDraft(text, { format, claims: 'all' });
    assert.deepEqual(a.claims.map((c) => text.slice(c.span.start, c.span.end)), ['The council met on 4 March.', 'It approved the budget.']);
  }
  // The counterexample fast-check found: a mark and a NUL.
  checkInvariants('\uFEFF\u0000', 'markdown', analyzeDraft('\uFEFF\u0000', { format: 'markdown', claims: 'all' }));
});
