import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countWords, findQuotes } from '../../../server/src/core/draft/quotes';

/** The quoted words of each quote found, closed or not. */
function quoted(text: string): string[] {
  return findQuotes(text).map((q) => text.slice(q.inner.start, q.inner.end));
}

describe('findQuotes', () => {
  const cases: [string, string[]][] = [
    ['He said “we will win” and left.', ['we will win']],
    ['He said "we will win" and left.', ['we will win']],
    ['“We will win. We always do,” he said.', ['We will win. We always do,']],
    ['She called it ‘a very bad idea’ on Monday.', ['a very bad idea']],
    ["She called it 'a very bad idea' on Monday.", ['a very bad idea']],
    // Nested quotes belong to the outer one.
    ['He said, “They call it a ‘Strong and Prosperous State’ now.”', ['They call it a ‘Strong and Prosperous State’ now.']],
    ['He said, “They call it a "Strong State" now.” Then he left.', ['They call it a "Strong State" now.']],
    // Apostrophes are not quotes.
    ['Kim’s father didn’t live to see the ’90s end.', []],
    ["Kim's father didn't live to see the '90s end.", []],
    ['They played rock ’n’ roll all night.', []],
    ['The Workers’ Party met.', []],
    // Inch marks open nothing.
    ['A 12" screen and a 5\'10" man.', []],
    // Two quotes in one sentence.
    ['“Yes,” he said, “we will.”', ['Yes,', 'we will.']],
  ];
  for (const [text, expected] of cases) {
    it(`finds ${JSON.stringify(expected)} in ${text}`, () => assert.deepEqual(quoted(text), expected));
  }

  it('runs an unclosed double quote to the end of the block (multi-paragraph quotations)', () => {
    const text = 'He said: “The first paragraph of a long statement.';
    const [q] = findQuotes(text);
    assert.equal(q.closed, false);
    assert.equal(text.slice(q.inner.start, q.inner.end), 'The first paragraph of a long statement.');
  });

  it('ignores an unclosed single quote (more likely an apostrophe)', () => {
    assert.deepEqual(quoted('The ‘new policy is just talk.'), []);
  });

  it('searches only within the given span', () => {
    const text = '“one two three” | “four five six”';
    const qs = findQuotes(text, { start: 18, end: text.length });
    assert.deepEqual(qs.map((q) => text.slice(q.inner.start, q.inner.end)), ['four five six']);
  });
});

describe('countWords', () => {
  it('counts words with internal apostrophes as one', () => {
    assert.equal(countWords('didn’t go, won\'t stay'), 4);
    assert.equal(countWords('  '), 0);
    assert.equal(countWords('Strong and Prosperous State'), 4);
  });
});
