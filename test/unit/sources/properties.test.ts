import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { htmlToProse } from '../../../server/src/core/sources/html';
import { parseRecord } from '../../../server/src/core/sources/jsonl';
import { markdownToProse } from '../../../server/src/core/text/markdown';

/** Offsets map into the file, in order, and letters map to themselves. */
function checkMap(file: string, text: string, toFile: (o: number) => number, toFileEnd?: (o: number) => number) {
  let last = 0;
  for (let o = 0; o <= text.length; o++) {
    const f = toFile(o);
    assert.ok(f >= 0 && f <= file.length, `offset ${o} maps to ${f}, outside the file`);
    assert.ok(f >= last, `offset ${o} maps backwards (${f} < ${last})`);
    last = f;
    if (toFileEnd) {
      const e = toFileEnd(o);
      assert.ok(e >= 0 && e <= f, `end offset ${o} maps to ${e}, past the start mapping ${f}`);
    }
  }
  for (let i = 0; i < text.length; i++) {
    // An ASCII letter is never produced by an entity or escape here, so the file has it at the mapped offset.
    if (/[A-Za-z]/.test(text[i])) assert.equal(file[toFile(i)], text[i], `letter ${i} of ${JSON.stringify(text)}`);
  }
}

const markupPieces = fc.constantFrom(
  'Alpha', 'beta', ' ', '\n', '\n\n', '# ', '> ', '- ', '1. ', '*', '**', '_', '`', '```', '[', ']', '(', ')', 'http://x.y',
  '&amp;', '&#233;', '\\*', '|', '---', '<div>', '</div>', '<p>', '</p>', '<script>', '</script>', '<br>', '<b>', '</b>',
  '<!--', '-->', '<nav>', '</nav>', '&nbsp;', '&bogus;', '"', "'", '=', '<', '>', 'é', '😀', '\t', '\r\n', '<a href="',
  'title: T', '<td>', '<tr>', '<table>', '<pre>', '</pre>',
);
const markup = fc.array(markupPieces, { maxLength: 40 }).map((a) => a.join(''));

test('property: markdownToProse never throws and its map is inside the file, monotonic and exact on words', () => {
  fc.assert(
    fc.property(fc.oneof(markup, fc.string({ maxLength: 60 })), (md) => {
      const { text, map } = markdownToProse(md);
      checkMap(md, text, (o) => map.toSource(o), (o) => map.toSourceEnd(o));
    }),
    { numRuns: 400 },
  );
});

test('inline code with a line ending maps inside its backticks (fast-check counterexample "`Alpha\\n`")', () => {
  for (const md of ['`Alpha\n`', 'x `Alpha\nbeta` y', '``Alpha\n``']) {
    const { text, map } = markdownToProse(md);
    assert.match(text, /Alpha/);
    checkMap(md, text, (o) => map.toSource(o), (o) => map.toSourceEnd(o));
  }
});

test('text split off an autolink literal maps from its character reference (fast-check counterexample "Alpha<pre>&#233;[http://x.yé")', () => {
  // (And after an HTML block with the same word, "<tr>Alpha\n\nAlpha&#233;[http://x.y": the paragraph's own.)
  for (const md of ['Alpha<pre>&#233;[http://x.yé', 'x &amp;[http://a.b] & y', '<tr>Alpha\n\nAlpha&#233;[http://x.y']) {
    const { text, map } = markdownToProse(md);
    assert.match(text, /http:\/\/[ax]/);
    checkMap(md, text, (o) => map.toSource(o), (o) => map.toSourceEnd(o));
  }
});

test('property: htmlToProse never throws and its map is inside the file, monotonic and exact on words', () => {
  fc.assert(
    fc.property(fc.oneof(markup, fc.string({ maxLength: 60 })), (html) => {
      const prose = htmlToProse(html);
      checkMap(html, prose.text, prose.toFileOffset, prose.toFileEnd);
    }),
    { numRuns: 400 },
  );
});

test('property: any JSON string survives the JSONL text mapping', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 10 }), (text, title) => {
      const line = JSON.stringify({ _id: 'x', title, text });
      const record = parseRecord(line);
      assert.ok(record);
      assert.equal(record.text, text);
      const toLine = (o: number) => record.textStart + (record.map ? record.map.toSource(o) : o);
      checkMap(line, text, toLine);
    }),
    { numRuns: 500 },
  );
});
