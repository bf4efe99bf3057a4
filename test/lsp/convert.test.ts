/**
 * The hover Markdown escaping, checked against a CommonMark renderer: whatever a source says, it renders as
 * exactly its own text (whitespace collapsed) and never as a link, an image, emphasis or HTML.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { claimHover, escapeMarkdown, openSourceCommandUri } from '../../server/src/convert';
import type { SourceDocument } from '../../server/src/core/types';

const requireCjs = createRequire(__filename);
// markdown-it comes with @vscode/vsce; `html: true` and `linkify: true` make it stricter than VS Code's hover.
const MarkdownIt = requireCjs('markdown-it') as new (options: object) => { renderInline(src: string): string };
const md = new MarkdownIt({ html: true, linkify: true });

function decodeEntities(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function renderedText(source: string): string {
  return decodeEntities(md.renderInline(escapeMarkdown(source)));
}

const expected = (source: string) => source.replace(/\s+/g, ' ');

test('hostile snippets render as their own text', () => {
  const samples = [
    '[x](command:evil)',
    '<img src=x onerror=alert(1)>',
    '![pic](http://example.com/a.png)',
    '**bold** _em_ `code` ~~strike~~',
    '<script>alert(1)</script>',
    'https://example.com/path and www.example.com',
    '&amp; &#x3C;img&#x3E; &lt;',
    '# heading\n- list\n> quote\n    code',
    '[ref]: command:evil\n[ref]',
    'trailing backslash \\',
    '<!-- comment --> <https://autolink.example>',
  ];
  for (const sample of samples) {
    const html = md.renderInline(escapeMarkdown(sample));
    assert.doesNotMatch(html, /<(?!\/?(?:br)\b)[a-z!/]/i, `no tag from ${JSON.stringify(sample)}: ${html}`);
    assert.equal(renderedText(sample), expected(sample));
  }
});

test('any text renders as itself, with no markup', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...'abc 019[]()<>!*_`~#&;:/\\.-+=|{}"\'\n\té“”') , maxLength: 60 }), (source) => {
      const html = md.renderInline(escapeMarkdown(source));
      assert.doesNotMatch(html, /<[a-z!/]/i);
      assert.equal(renderedText(source), expected(source));
    }),
    { numRuns: 500 },
  );
});

test('the open-source link carries its arguments as encoded JSON', () => {
  const uri = 'file:///ws/sources/a b).txt';
  const link = openSourceCommandUri(uri, 12, 3);
  assert.match(link, /^command:claimcheck\.openSource\?[^()\s]+$/, 'no character that could end the Markdown link early');
  assert.deepEqual(JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1))), [uri, 12, 3]);
});

test('the claim hover shows every evidence passage the verdict kept (the maxEvidence setting), not a fixed three', () => {
  const text = 'One. Two. Three. Four. Five. Six.';
  const document: SourceDocument = {
    id: 'sources/a.txt',
    key: 'a',
    file: '/ws/sources/a.txt',
    format: 'text',
    text,
    toFileOffset: (offset) => offset,
    filePosition: (offset) => ({ line: 0, character: offset }),
  };
  const evidence = Array.from({ length: 5 }, (_, k) => {
    const start = text.indexOf(['One', 'Two', 'Three', 'Four', 'Five'][k]);
    const end = text.indexOf('.', start) + 1;
    const passage = { id: `${document.id}#${k}`, documentId: document.id, ordinal: k, span: { start, end }, paragraph: { start: 0, end: text.length }, range: { start: { line: 0, character: start }, end: { line: 0, character: end } } };
    return { passage, document, score: 0.5 };
  });
  const claim = { text: 'Claim.', span: { start: 0, end: 6 }, paragraph: 0, citations: [], reasons: [] };
  const hover = claimHover({ claim, verdict: 'unsupported', score: 0.5, evidence, conflicts: [] }).value;
  assert.equal(hover.match(/\[Open source\]/g)?.length, 5);
  assert.match(hover, /> Five\\\./);
  assert.equal(claimHover({ claim, verdict: 'unsupported', score: 0.5, evidence: evidence.slice(0, 1), conflicts: [] }).value.match(/\[Open source\]/g)?.length, 1);
});
