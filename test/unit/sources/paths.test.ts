/** `relativeTo` (many paths under one base) gives what normalising every path first gives. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizePath, relativePath, relativeTo } from '../../../server/src/core/fs';

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
