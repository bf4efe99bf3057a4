/**
 * Properties of the value extractor (numbers, dates, names) on any text, and on the long runs that make regular
 * expressions backtrack (digits, commas, capitalised words, `1/1/1/…`): it never throws, and what it extracts
 * is where it says, in order, without overlaps, with sane numbers and calendar fields.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractValues, type TypedValue } from '../../../server/src/core/verdict/values';

function check(text: string, values: TypedValue[]): void {
  let last = 0;
  for (const v of values) {
    assert.ok(v.span.start >= last && v.span.start < v.span.end && v.span.end <= text.length, `span ${JSON.stringify(v.span)} in ${text.length}`);
    assert.equal(text.slice(v.span.start, v.span.end), v.text);
    last = v.span.end;
    // Every value is a finite number (more than 308 digits would read as Infinity: such a figure is no value).
    if (v.value !== undefined) assert.ok(Number.isFinite(v.value), `value ${v.value}`);
    if (v.precision !== undefined) assert.ok(Number.isFinite(v.precision) && v.precision >= 0);
    const d = v.date;
    if (d?.month !== undefined) assert.ok(d.month >= 1 && d.month <= 12);
    if (d?.day !== undefined) assert.ok(d.day >= 1 && d.day <= 31);
    if (d?.weekday !== undefined) assert.ok(d.weekday >= 0 && d.weekday <= 6);
    if (v.kind === 'name') assert.ok(v.name && v.name.length > 0);
  }
}

const PIECES = [
  'Kim', ' Jong', ' Un', ' said', ' on', ' Monday', ', ', 'January', ' 10', ' 2012', '1,000', '4.5', ' million', '$', '€', '40%',
  ' about', ' more than', ' 3', 'rd', '1990s', '/', '1/1/2020', '-', ' km', ' prisoners', '.', ' ', '12', ':30', ' p.m.', 'twenty', ' five',
  'Feb.', ' 29', 'the', ' 100th', ' birthday', '½', '١٢', '𝟏', ' U.S.', ' President', '\n', '(', ')', '“', '”',
];
const sentences = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

test('property: extracted values lie where they say, in order, without overlaps, with sane fields', () => {
  fc.assert(
    fc.property(fc.oneof(sentences, fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
      check(text, extractValues(text));
    }),
    { numRuns: 3000 },
  );
});

test('long runs of digits, commas, capitalised words and slashes are read (no catastrophic backtracking)', () => {
  const runs = ['1'.repeat(100_000), '1,'.repeat(50_000), 'Kim Jong '.repeat(12_000), '1/'.repeat(50_000), '1.'.repeat(50_000), 'January '.repeat(12_000), '$1,000,000 '.repeat(9000), '- '.repeat(50_000)];
  for (const text of runs) check(text, extractValues(text));
});
