import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../../server/src/core/text/lines';

test('positions use 0-based lines and UTF-16 characters over \\n, \\r\\n and \\r', () => {
  const text = 'ab\r\ncd\ref\n😀x';
  const index = new LineIndex(text);
  assert.equal(index.lineCount, 4);
  assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(index.positionAt(2), { line: 0, character: 2 }); // at \r
  assert.deepEqual(index.positionAt(3), { line: 0, character: 2 }); // inside \r\n: end of the line
  assert.deepEqual(index.positionAt(4), { line: 1, character: 0 });
  assert.deepEqual(index.positionAt(7), { line: 2, character: 0 });
  assert.deepEqual(index.positionAt(text.indexOf('x')), { line: 3, character: 2 }); // the emoji is two code units
  assert.equal(index.offsetAt({ line: 2, character: 1 }), 8);
});

test('out-of-range input is clamped', () => {
  const index = new LineIndex('one\ntwo');
  assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
  assert.deepEqual(index.positionAt(999), { line: 1, character: 3 });
  assert.equal(index.offsetAt({ line: -1, character: 4 }), 0);
  assert.equal(index.offsetAt({ line: 9, character: 0 }), 7);
  assert.equal(index.offsetAt({ line: 0, character: 99 }), 3); // end of line 0, before the break
  assert.equal(index.offsetAt({ line: 1, character: -2 }), 4);
  assert.deepEqual(new LineIndex('').positionAt(3), { line: 0, character: 0 });
});

test('agrees with vscode-languageserver-textdocument on arbitrary text', () => {
  const chars = fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', 'é', '😀');
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), fc.integer({ min: -3, max: 90 }), fc.integer({ min: -1, max: 12 }), fc.integer({ min: -1, max: 12 }), (text, offset, line, character) => {
      const doc = TextDocument.create('file:///x.txt', 'plaintext', 1, text);
      const index = new LineIndex(text);
      assert.deepEqual(index.positionAt(offset), doc.positionAt(offset));
      assert.equal(index.offsetAt({ line, character }), doc.offsetAt({ line, character }));
      assert.equal(index.lineCount, doc.lineCount);
    }),
    { numRuns: 500 },
  );
});
