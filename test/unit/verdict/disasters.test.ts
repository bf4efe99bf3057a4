/**
 * A news agency's report of an earthquake against a writer's draft: the cases found by checking such a draft by
 * hand. A quake's magnitude is a measure of its own (not a distance, not a bare number), and a report recalls an
 * earlier quake with its own figures, which a claim that names no year must not take for this one's. The report is
 * written for these tests.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractValues } from '../../../server/src/core/verdict/values';
import { indexOf, judgeWith, makeDocument, why } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `Earthquake kills at least 42 in eastern Turkey

ANKARA, 9 February (Wire) - A magnitude 6.1 earthquake struck eastern Turkey early on Thursday, killing at least 42 people and injuring more than 300, the country's disaster agency AFAD said.

The quake hit at 4.17am local time (0117 GMT) near the town of Sivrice in Elazig province, at a depth of about 10 km, according to the US Geological Survey.

More than 30 buildings collapsed in Elazig and neighbouring Malatya province. Rescue teams pulled 45 people alive from the rubble overnight, AFAD said.

Interior Minister Suleyman Soylu said 1,607 tents had been sent to the region, where temperatures fell to minus 8C overnight.

The region was hit by a magnitude 6.8 quake in January 2020 that killed 41 people.
`;

const index = indexOf([makeDocument('agency.txt', REPORT)]);

const judge = judgeWith(index);

describe('an earthquake report, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a magnitude is read as one, however it is written', () => {
    for (const text of ['A magnitude 6.1 earthquake struck', 'a magnitude-6.1 quake', 'a 6.1-magnitude quake', 'The quake had a magnitude of 6.1, said USGS']) {
      const [v] = extractValues(text);
      assert.deepEqual([v.kind, v.unit, v.value], ['quantity', 'magnitude', 6.1], text);
    }
  });

  test('a changed magnitude is contradicted by the magnitude, never by the depth in the same sentence', () => {
    const r = judge('A magnitude 6.3 earthquake hit eastern Turkey on Thursday.');
    assert.equal(r.verdict, 'contradicted', why(r));
    assert.deepEqual(r.conflicts.map((c) => [c.claim, c.source]), [['magnitude 6.3', 'magnitude 6.1']], why(r));
    assert.equal(judge('A 6.1-magnitude earthquake hit eastern Turkey on Thursday.').verdict, 'supported');
  });

  test('the earlier quake\'s magnitude, in a claim that names no year, is contradicted by this quake\'s, with a note of whose it is', () => {
    const r = judge('The quake had a magnitude of 6.8, according to the US Geological Survey.');
    assert.equal(r.verdict, 'contradicted', why(r));
    assert.deepEqual(r.conflicts.map((c) => [c.claim, c.source, c.note]), [['magnitude of 6.8', 'magnitude 6.1', 'it gives magnitude 6.8 for January 2020']], why(r));
    // The quick fix keeps the claim's words; the span is the figure's in the draft.
    assert.equal(r.conflicts[0].replacement, 'magnitude of 6.1');
    const text = 'The quake had a magnitude of 6.8, according to the US Geological Survey.';
    assert.deepEqual(r.conflicts[0].claimSpan, { start: text.indexOf('magnitude of'), end: text.indexOf(', according') });
    // Said with its year, the earlier quake's figures are supported.
    assert.equal(judge('The region was hit by a magnitude 6.8 quake in January 2020 that killed 41 people.').verdict, 'supported');
  });

  test('the earlier quake\'s death toll, in a claim that names no year, is contradicted by this quake\'s: a count of the same kind of event ("killed" / "killing at least")', () => {
    const r = judge('The earthquake killed 41 people.');
    assert.equal(r.verdict, 'contradicted', why(r));
    assert.deepEqual(r.conflicts.map((c) => [c.claim, c.source, c.note, c.replacement]), [['41 people', 'at least 42 people', 'it gives 41 people for January 2020', 'at least 42 people']], why(r));
    // A count of another kind in a passage of no year is no rival: the rescued are not the dead.
    assert.equal(judge('Rescue teams pulled 45 people alive from the rubble overnight, AFAD said.').verdict, 'supported');
    assert.equal(judge('The region was hit by a magnitude 6.8 quake in January 2020 that killed 41 people.').verdict, 'supported');
  });

  test('figures of the report: a changed count, depth, temperature and time are contradicted', () => {
    const cases: [string, string, string][] = [
      ['Rescuers pulled 54 people alive from the rubble overnight.', '54 people', '45 people'],
      ['The quake struck at a depth of about 100 km.', '100 km', '10 km'],
      ['Temperatures in the region fell to minus 18C overnight.', 'minus 18C', 'minus 8C'],
      ['The earthquake struck at 4.17pm local time near Sivrice in Elazig province.', '4.17pm', '4.17am'],
    ];
    for (const [text, mine, theirs] of cases) {
      const r = judge(text);
      assert.equal(r.verdict, 'contradicted', `${text}: ${why(r)}`);
      assert.deepEqual(r.conflicts.map((c) => [c.claim, c.source.replace(/^about /, '')]), [[mine, theirs]], `${text}: ${why(r)}`);
    }
  });
});
