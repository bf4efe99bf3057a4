/** `relativeTo` (many paths under one base) and `joinEntry` (a walk's paths) give what normalising every path gives. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { joinEntry, joinPath, normalizePath, relativePath, relativeTo } from '../../../server/src/core/fs';

/** The definition: both paths normalised, then the base's prefix taken off. */
function reference(base: string, path: string): string {
  const b = normalizePath(base).replace(/\/$/, '');
  const p = normalizePath(path);
  if (p === b) return '.';
  if (b === '' || b === '/') return p.replace(/^\//, '');
  return p.startsWith(`${b}/`) ? p.slice(b.length + 1) : p;
}

test('relativeTo and relativePath agree with normalising every path, on tricky and on random paths', () => {
  const bases = ['/ws', '/ws/', '/', '', 'ws', 'C:/ws', '/ws/./a/..', '\\ws'];
  const paths = ['/ws', '/ws/', '/ws/a.txt', '/ws//a.txt', '/ws/./a.txt', '/ws/b/../a.txt', '/wsx/a.txt', 'a/b', './a', '../a', '.', '..', '', '/', 'C:/ws/a', 'C:\\ws\\a', '/ws/a/', '/ws/.hidden/x'];
  for (const base of bases) {
    const relative = relativeTo(base);
    for (const path of paths) {
      assert.equal(relative(path), reference(base, path), `${JSON.stringify(base)} ${JSON.stringify(path)}`);
      assert.equal(relativePath(base, path), reference(base, path));
    }
  }
  const segment = fc.constantFrom('a', 'b', '.', '..', '', 'x.txt', '.git', 'c\\d');
  const path = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 6 }), fc.boolean()).map(([abs, segs, trailing]) => `${abs ? '/' : ''}${segs.join('/')}${trailing ? '/' : ''}`);
  fc.assert(fc.property(path, path, (base, p) => relativeTo(base)(p) === reference(base, p)), { numRuns: 2000 });
});

test('joinEntry gives what joinPath gives, for normal and other folders and any entry name', () => {
  const dirs = ['/ws', '/', '', 'C:/ws', 'C:', '/ws/', '/ws/./a', '\\ws', 'ws/..', '/a/.b'];
  const names = ['a.txt', '.hidden', '..', '.', '', 'a\\b.txt', 'a/b', '/abs', '...', 'x y.md'];
  for (const dir of dirs) for (const name of names) assert.equal(joinEntry(dir, name), joinPath(dir, name), `${JSON.stringify(dir)} ${JSON.stringify(name)}`);
  const segment = fc.constantFrom('a', 'b', '.', '..', '', 'x.txt', '.git', 'c\\d', '...');
  const path = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 6 }), fc.boolean()).map(([abs, segs, trailing]) => `${abs ? '/' : ''}${segs.join('/')}${trailing ? '/' : ''}`);
  fc.assert(fc.property(path, segment, (dir, name) => joinEntry(dir, name) === joinPath(dir, name) && joinEntry(normalizePath(dir), name) === joinPath(normalizePath(dir), name)), { numRuns: 2000 });
});
