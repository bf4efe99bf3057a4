/** The text-keyed LRU cache shared by the draft analysis (parsed Markdown chunks, analysed blocks). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextCache } from '../../../server/src/core/text/textCache';

test('keeps at most maxEntries, dropping the least recently used (a hit makes an entry the most recent)', () => {
  const cache = new TextCache<number>(2, 1000);
  cache.set('a', 1);
  cache.set('b', 2);
  assert.equal(cache.get('a'), 1); // b is now the oldest
  cache.set('c', 3);
  assert.equal(cache.get('b'), undefined);
  assert.equal(cache.get('a'), 1);
  assert.equal(cache.get('c'), 3);
  assert.deepEqual(cache.size, { entries: 2, chars: 2 });
});

test('keeps at most maxChars of keys, never a key longer than that, and counts a replaced key once', () => {
  const cache = new TextCache<string>(100, 10);
  cache.set('x'.repeat(11), 'too long');
  assert.deepEqual(cache.size, { entries: 0, chars: 0 });
  cache.set('aaaa', 'first');
  cache.set('aaaa', 'again');
  assert.deepEqual(cache.size, { entries: 1, chars: 4 });
  assert.equal(cache.get('aaaa'), 'again');
  cache.set('bbbb', 'b');
  cache.set('cccc', 'c'); // 12 characters: the oldest (aaaa) goes
  assert.equal(cache.get('aaaa'), undefined);
  assert.deepEqual(cache.size, { entries: 2, chars: 8 });
  cache.clear();
  assert.deepEqual(cache.size, { entries: 0, chars: 0 });
  assert.equal(cache.get('bbbb'), undefined);
});
