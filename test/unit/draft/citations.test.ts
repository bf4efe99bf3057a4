import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCitationMarkers, withoutMarkers } from '../../../server/src/core/draft/citations';

function markers(text: string): [string, string[]][] {
  return findCitationMarkers(text).map((m) => [text.slice(m.span.start, m.span.end), m.keys]);
}

describe('findCitationMarkers', () => {
  const cases: [string, [string, string[]][]][] = [
    ['in 2003 [@kcna].', [['[@kcna]', ['kcna']]]],
    ['in 2003 [@kcna, p. 4].', [['[@kcna, p. 4]', ['kcna']]]],
    ['as reported [@a; @b].', [['[@a; @b]', ['a', 'b']]]],
    ['as reported [see @doe99, pp. 33-35; also @smith04, chap. 1].', [['[see @doe99, pp. 33-35; also @smith04, chap. 1]', ['doe99', 'smith04']]]],
    ['[-@kim2012] says so.', [['[-@kim2012]', ['kim2012']]]],
    ['Keys keep inner punctuation [@un:report-2012.v2].', [['[@un:report-2012.v2]', ['un:report-2012.v2']]]],
    ['Braced keys [@{Daily NK 2012}].', [['[@{Daily NK 2012}]', ['Daily NK 2012']]]],
    ['Trailing punctuation is not in a key [@kcna.].', [['[@kcna.]', ['kcna']]]],
    ['Unicode keys [@朝鮮中央通信].', [['[@朝鮮中央通信]', ['朝鮮中央通信']]]],
    // Not markers.
    ['Mail [me@example.org] or see [this page].', []],
    ['A bare @handle is no citation.', []],
    ['An empty [@] marker.', []],
    ['Across lines [@a\n] is not one.', []],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(markers(text), expected));
  }

  it('reports spans within the given span only', () => {
    const text = '[@a] x [@b]';
    assert.deepEqual(findCitationMarkers(text, { start: 1, end: text.length }).map((m) => m.keys), [['b']]);
  });
});

describe('withoutMarkers', () => {
  it('removes markers with the whitespace before them', () => {
    const text = 'Amnesty in 2003 [@kcna]. Next.';
    const ms = findCitationMarkers(text);
    assert.equal(withoutMarkers(text, { start: 0, end: 24 }, ms), 'Amnesty in 2003.');
  });

  it('removes a marker after the final punctuation', () => {
    const text = 'Amnesty in 2003. [@kcna; @ornk]';
    assert.equal(withoutMarkers(text, { start: 0, end: text.length }, findCitationMarkers(text)), 'Amnesty in 2003.');
  });

  it('removes a leading marker and trims', () => {
    const text = '[@kcna] Amnesty in 2003.';
    assert.equal(withoutMarkers(text, { start: 0, end: text.length }, findCitationMarkers(text)), 'Amnesty in 2003.');
  });
});
