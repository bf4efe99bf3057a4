import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { independentChunks, markdownProse } from '../../../server/src/core/draft/markdown';
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
