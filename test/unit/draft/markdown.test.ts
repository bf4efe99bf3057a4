import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { independentChunks, markdownProse, simpleChunk } from '../../../server/src/core/draft/markdown';
import type { DraftProse } from '../../../server/src/core/draft/prose';

/** What analysis reads from the prose: each block's draft span, heading flag and prose, and the directives. */
function summary(p: DraftProse) {
  return {
    blocks: p.blocks.map((b) => ({ span: b.span, heading: b.heading, prose: p.text.slice(b.prose.start, b.prose.end) })),
    directives: p.directives,
    starts: p.blocks.map((b) => [p.toDraftStart(b.prose.start), p.toDraftEnd(b.prose.end)]),
  };
}

const chunks = (text: string) => independentChunks(text, 0).map((s) => text.slice(s.start, s.end));

describe('independentChunks', () => {
  it('cuts before a column-0 line after a blank line', () => {
    assert.deepEqual(chunks('# Head\n\nPara one\nstill one.\n\n> quote\n\nPara two.\n'), ['# Head\n\n', 'Para one\nstill one.\n\n', '> quote\n\n', 'Para two.\n']);
  });

  it('does not cut before list items or indented lines', () => {
    assert.deepEqual(chunks('- a\n\n- b\n\n  more b\n\n1. c\n\nAfter.\n'), ['- a\n\n- b\n\n  more b\n\n1. c\n\n', 'After.\n']);
  });

  it('does not cut inside fenced code, HTML comments or front matter', () => {
    const text = '---\na: 1\n\nb: 2\n---\n\n```\ncode\n\nmore\n```\n\n<!-- a\n\nb -->\n\nEnd.\n';
    assert.deepEqual(chunks(text), ['---\na: 1\n\nb: 2\n---\n\n', '```\ncode\n\nmore\n```\n\n', '<!-- a\n\nb -->\n\n', 'End.\n']);
  });

  it('keeps a draft with a link or footnote definition whole', () => {
    assert.deepEqual(chunks('Para [@k].\n\nMore.\n\n[@k]: http://x\n'), ['Para [@k].\n\nMore.\n\n[@k]: http://x\n']);
    assert.deepEqual(chunks('Para[^1].\n\nMore.\n\n[^1]: Note.\n').length, 1);
  });

  it('keeps short drafts whole by default', () => {
    assert.equal(independentChunks('A.\n\nB.\n').length, 1);
  });
});

describe('markdownProse', () => {
  const LINES = [
    '', '', '', 'Kim said 3 things.', '# Head', '- item', '  continued', '1. first', '> quoted', '    code', '```', '~~~',
    '<!-- claimcheck-ignore -->', '<!-- claimcheck-disable -->', '<!-- claimcheck-enable -->', '<!--', '-->', '<pre>', '</pre>',
    '| a | b |', '|---|---|', '---', '+++', 'title: x', 'www.x.org and “a b c”', '[@k]: http://x', 'Text [@k] &amp; \\* here.',
    '***', '<div>', '</div>', 'Setext', '===', '\t tabbed', '  - nested', '[^1]: note', '<?php', '?>',
  ];
  const drafts = fc.array(fc.constantFrom(...LINES), { maxLength: 40 }).chain((ls) => fc.constantFrom('\n', '\r\n').map((nl) => ls.join(nl)));

  it('reads chunked drafts exactly as whole ones', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        assert.deepEqual(summary(markdownProse(text, { minChunkedLength: 0 })), summary(markdownProse(text, { chunked: false })));
      }),
      { numRuns: 400 },
    );
  });

  it('reads the amnesty fixture the same chunked and whole, and twice the same (cache)', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/drafts/amnesty.md'), 'utf8');
    const whole = summary(markdownProse(text, { chunked: false }));
    assert.ok(independentChunks(text, 0).length > 10);
    assert.deepEqual(summary(markdownProse(text, { minChunkedLength: 0 })), whole);
    assert.deepEqual(summary(markdownProse(text, { minChunkedLength: 0 })), whole);
  });

  it('lets an ignore comment that ends a chunk skip the first node of the next one', () => {
    const text = 'Intro.\n\n<!-- claimcheck-ignore -->\n\n| a | b |\n|---|---|\n| c | d |\n';
    const p = markdownProse(text, { minChunkedLength: 0 });
    assert.deepEqual(p.directives.map((d) => d.target && text.slice(d.target.start, d.target.end)), ['| a | b |\n|---|---|\n| c | d |']);
  });
});

describe('simpleChunk (plain paragraphs and headings read without the parser)', () => {
  /** Lines of plain words (with digits, quotes, punctuation, other scripts), and blank lines. */
  const PLAIN = [
    '', '', '', 'Kim said 3 things.', 'The port reopened on Monday', '“We are back,” said Tom Brennan.', 'It cost $4.5 million (about £3m).',
    '2003, 2005 and 2011', '91 people', 'Mr. O’Neil', 'café naïve', '😀 emoji', 'a:b c', 'U.S. and U.K.', "it's 'quoted'", '"double"',
    'question?', 'wow!', '1.5', '10 ten', 'Cited. [@kcna]', 'Two [@a; @b-2] here', 'End [@k].', '# Head', '## Two  words', '###### Six', '#  Spaced', 'x\u00a0y', 'a\u2028b',
  ];
  /** Lines that look like plain words and are not, or not quite (a heading without a space, a list item, indentation, a no-break space). */
  const BORDER = ['10) ten', '1. one', '2) two', '1.', '####### Seven', '#Hash', '# ', '#', '# Trailing #', '- item', '+ plus', '=', '===', '--', ' lead', 'trail ', '    code', '\u00a0', 'x\fy', 'lone\rcr', 'end\r', '\r', '[@k]: x', '[@k] x', 'a ![@k] b', 'a [@k](x) b', 'a [@k][r] b', 'a [@k]: b', '[@k_1]', '[@]', '[@a;@b]'];
  const NEAR_PLAIN = [...PLAIN, ...BORDER];
  /** Lines with markup, which must go to the parser. */
  const MARKUP_LINES = [
    '\ttab', 'www.x.org', 'WWW.X.ORG', 'see http://x.y now', 'a@b.c', 'x &amp; y', 'x & y', 'x_y_z', 'x*y*', '~~x~~', 'a [@k_1] b', 'a [link](u) b', '<b>x</b>',
    '> q', 'a | b', '[r]: /u', '|---|', 'back\\slash', 'code `x`', '![img](x)', 'a\rb', '<!-- claimcheck-ignore -->', 'nul\u0000', '\ufeffbom', '***',
  ];
  const lines = (pool: string[]) =>
    fc
      .array(fc.constantFrom(...pool), { minLength: 1, maxLength: 12 })
      .chain((ls) => fc.tuple(fc.constantFrom('\n', '\r\n'), fc.constantFrom('', '\n', '\n\n', '\r\n')).map(([nl, end]) => ls.join(nl) + end));
  /** Mostly plain lines, so that many drafts are read without the parser and the rest fall just outside. */
  const mostlyPlain = fc
    .array(fc.oneof({ arbitrary: fc.constantFrom(...PLAIN), weight: 12 }, { arbitrary: fc.constantFrom(...BORDER), weight: 1 }), { minLength: 1, maxLength: 12 })
    .chain((ls) => fc.tuple(fc.constantFrom('\n', '\r\n'), fc.constantFrom('', '\n', '\n\n', '\r\n')).map(([nl, end]) => ls.join(nl) + end));
  const read = (text: string, simple: boolean) => summary(markdownProse(text, { chunked: false, simple }));

  it('gives what the parser gives, on generated drafts near plain prose', () => {
    let simple = 0;
    fc.assert(
      fc.property(mostlyPlain, (text) => {
        if (simpleChunk(text)) simple++;
        assert.deepEqual(read(text, true), read(text, false));
      }),
      { numRuns: 600 },
    );
    // The comparison is only worth something if the fast reading was taken often.
    assert.ok(simple > 200, `${simple} of 600 read without the parser`);
  });

  it('leaves every draft with markup to the parser, and reads it the same', () => {
    fc.assert(
      fc.property(lines([...NEAR_PLAIN, ...MARKUP_LINES]), (text) => {
        assert.deepEqual(read(text, true), read(text, false));
      }),
      { numRuns: 400 },
    );
    for (const line of MARKUP_LINES) assert.equal(simpleChunk(`Plain words.\n${line}\n`), undefined, JSON.stringify(line));
  });

  it('reads a heading and a paragraph as blocks with their words', () => {
    const text = '## Harbour reopens\n\nThe port reopened on Monday,\nofficials said.\n';
    const chunk = simpleChunk(text)!;
    assert.deepEqual(
      chunk.blocks.map((b) => ({ block: text.slice(b.span.start, b.span.end), heading: b.heading })),
      [
        { block: '## Harbour reopens', heading: true },
        { block: 'The port reopened on Monday,\nofficials said.', heading: false },
      ],
    );
    assert.deepEqual(read(text, true).blocks.map((b) => b.prose), ['Harbour reopens', 'The port reopened on Monday,\nofficials said.']);
  });

  it('reads the example drafts and fixtures the same with and without it', () => {
    const root = join(__dirname, '../../..');
    const files = ['examples/newsroom/drafts/amnesty.md', 'examples/newsroom/drafts/harbour.md', 'test/fixtures/drafts/amnesty.md', 'test/fixtures/workspace/drafts/report.md', 'README.md'];
    let simpleChunks = 0;
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const chunk of independentChunks(text, 0)) if (simpleChunk(text.slice(chunk.start, chunk.end))) simpleChunks++;
      assert.deepEqual(summary(markdownProse(text, { minChunkedLength: 0 })), summary(markdownProse(text, { minChunkedLength: 0, simple: false })), file);
    }
    assert.ok(simpleChunks >= 5, `${simpleChunks} chunks read without the parser`);
  });
});
