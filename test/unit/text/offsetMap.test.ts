import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OffsetMap, TextBuilder } from '../../../server/src/core/text/offsetMap';

// Original: `<p>Fish &amp; chips</p><p>Tea</p>`
const original = '<p>Fish &amp; chips</p><p>Tea</p>';
function build() {
  const b = new TextBuilder();
  b.appendVerbatim('Fish ', 3);
  b.appendDecoded('&', 8, 5);
  b.appendVerbatim(' chips', 13);
  b.appendInserted('\n\n');
  b.appendVerbatim('Tea', 26);
  return b.build();
}

test('verbatim text maps exactly, entities to their raw extent, inserted text to the previous piece', () => {
  const { text, map } = build();
  assert.equal(text, 'Fish & chips\n\nTea');
  assert.equal(original.slice(map.toSource(0), map.toSource(4)), 'Fish');
  assert.equal(map.toSource(5), 8); // the entity starts
  assert.equal(map.toSource(6), 13); // after the entity
  assert.equal(original.slice(map.toSource(7), map.toSource(12)), 'chips');
  assert.equal(map.toSource(13), 19); // inside the inserted break: end of "chips"
  assert.equal(original.slice(map.toSource(14), map.toSource(17)), 'Tea');
});

test('toSourceEnd stops before markup that follows a piece', () => {
  const { text, map } = build();
  const end = text.indexOf('\n');
  assert.equal(map.toSource(end), 19);
  assert.equal(map.toSourceEnd(end), 19);
  // "Fish " ends where the entity starts; an end inside a decoded piece maps to the piece's end.
  assert.equal(map.toSourceEnd(6), 13);
  assert.equal(map.toSourceEnd(text.length), original.indexOf('</p>', 26));
  // Between two pieces that are apart in the original, the end belongs to the first.
  const b = new TextBuilder();
  b.appendVerbatim('bold', 2); // **bold** text
  b.appendVerbatim(' text', 8);
  const m = b.build().map;
  assert.equal(m.toSource(4), 8);
  assert.equal(m.toSourceEnd(4), 6);
  assert.equal(m.toSourceEnd(0), 2);
});

test('the identity map and an empty map', () => {
  assert.equal(OffsetMap.identity(10).toSource(7), 7);
  assert.equal(OffsetMap.identity(10).toSourceEnd(7), 7);
  assert.equal(new TextBuilder().build().map.toSource(3), 0);
});

test('maps read back into one shared array answer as the maps that were saved', () => {
  const first = build().map;
  const b = new TextBuilder();
  b.appendInserted('> ');
  b.appendVerbatim('bold', 2);
  b.appendDecoded('"', 10, 6);
  b.appendVerbatim(' text', 16);
  const second = b.build().map;
  const empty = new TextBuilder().build().map;
  const restored = OffsetMap.fromArrays([first.toArray(), empty.toArray(), second.toArray()]);
  restored.forEach((map, i) => {
    const original = [first, empty, second][i];
    assert.deepEqual(map.toArray(), original.toArray());
    for (let o = -1; o < 20; o++) {
      assert.equal(map.toSource(o), original.toSource(o), `map ${i} toSource(${o})`);
      assert.equal(map.toSourceEnd(o), original.toSourceEnd(o), `map ${i} toSourceEnd(${o})`);
    }
  });
  // The second map's offsets are its own, not the first's (which comes before it in the shared array).
  assert.equal(restored[2].toSource(0), 2);
  assert.equal(restored[0].toSource(0), 3);
});
