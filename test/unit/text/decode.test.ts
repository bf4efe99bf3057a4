import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeSource } from '../../../server/src/core/text/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

test('UTF-8 text decodes as is', () => {
  assert.deepEqual(decodeSource(utf8('Kim Jong Un’s “amnesty”\n')), { text: 'Kim Jong Un’s “amnesty”\n', binary: false, invalidUtf8: false });
});

test('a UTF-8 byte order mark is removed', () => {
  const r = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title')]));
  assert.equal(r.text, 'Title');
  assert.equal(r.invalidUtf8, false);
});

test('UTF-16 LE and BE with a BOM decode', () => {
  const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0xe9, 0x00, 0x0a, 0x00]);
  const be = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0xe9, 0x00, 0x0a]);
  assert.deepEqual(decodeSource(le), { text: 'Hé\n', binary: false, invalidUtf8: false });
  assert.deepEqual(decodeSource(be), { text: 'Hé\n', binary: false, invalidUtf8: false });
});

test('invalid UTF-8 is replaced, flagged, and never throws', () => {
  const bytes = readFileSync(new URL('../../fixtures/sources/latin1.txt', import.meta.url));
  const r = decodeSource(bytes);
  assert.equal(r.invalidUtf8, true);
  assert.equal(r.binary, false);
  assert.ok(r.text.startsWith('The caf\uFFFD opened in 1998.'));
});

test('files with NUL bytes or many control characters are binary', () => {
  assert.equal(decodeSource(readFileSync(new URL('../../fixtures/sources/binary.txt', import.meta.url))).binary, true);
  assert.equal(decodeSource(new Uint8Array([0x41, 0x00, 0x42])).binary, true);
  assert.equal(decodeSource(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))).binary, true);
  // Tabs, form feeds and escape sequences are text.
  assert.equal(decodeSource(utf8('a\tb\fc\x1b[0m d\r\n')).binary, false);
  assert.equal(decodeSource(new Uint8Array()).binary, false);
});
