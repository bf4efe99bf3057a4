/**
 * Snapshot testing for whole-document outputs (rendered claims, findings, token streams).
 *
 *   assertSnapshot(rendered, snapshotPath(__dirname, 'amnesty.md'))
 *
 * compares `rendered` with the checked-in file `__snapshots__/amnesty.md.snap` next to the test, and fails with a
 * unified diff (expected → actual) when they differ. Run with `UPDATE_SNAPSHOTS=1` to write or rewrite the
 * snapshot instead; review the change with `git diff` before committing it. A missing snapshot fails unless
 * updating, so a forgotten file cannot pass silently in CI. Line endings are normalised to `\n` on both sides.
 */
import { AssertionError } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';

/** True when snapshots should be (re)written rather than compared. */
export function updatingSnapshots(): boolean {
  const v = process.env.UPDATE_SNAPSHOTS;
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

/** The path of snapshot `name` for a test in `testDir`: `<testDir>/__snapshots__/<name>.snap`. */
export function snapshotPath(testDir: string, name: string): string {
  return join(testDir, '__snapshots__', `${name}.snap`);
}

export function assertSnapshot(actual: string, file: string): void {
  const normalised = actual.replace(/\r\n?/g, '\n');
  const shown = relative(process.cwd(), file) || file;
  if (updatingSnapshots()) {
    mkdirSync(dirname(file), { recursive: true });
    const previous = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (previous !== normalised) writeFileSync(file, normalised);
    return;
  }
  if (!existsSync(file)) {
    throw new AssertionError({ message: `Snapshot ${shown} does not exist; run the test with UPDATE_SNAPSHOTS=1 to create it.` });
  }
  const expected = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  if (expected === normalised) return;
  const patch = createTwoFilesPatch(`${shown} (expected)`, `${shown} (actual)`, expected, normalised, undefined, undefined, { context: 2 });
  throw new AssertionError({
    message: `Snapshot ${shown} does not match (re-run with UPDATE_SNAPSHOTS=1 to accept the new output):\n${patch}`,
    actual: normalised,
    expected,
    operator: 'snapshot',
  });
}
