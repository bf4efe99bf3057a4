/**
 * How findings are worded and fixed (core/wording.ts, core/fixes.ts). Cases named after issue 10: item 1 (the
 * altered-quote fix ate the sentence's final punctuation), item 5 (one direction, draft → source), item 6 (name
 * conflicts name the differing part; no "closest passage" below a floor).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alteredQuoteEdit } from '../../../server/src/core/fixes';
import type { Evidence, SourceDocument } from '../../../server/src/core/types';
import {
  conflictParts,
  describeConflict,
  describeQuoteChanges,
  isClosePassage,
} from '../../../server/src/core/wording';

/** Applies the fix of the quote between the first pair of quotation marks of `draft`. */
function fix(draft: string, sourceWording: string): string {
  const open = draft.search(/[“"]/);
  const close = draft.slice(open + 1).search(/[”"]/) + open + 1;
  const edit = alteredQuoteEdit(draft, { start: open + 1, end: close }, sourceWording);
  return draft.slice(0, edit.span.start) + edit.newText + draft.slice(edit.span.end);
}

test('item 1: the altered-quote fix keeps the punctuation inside the quotation marks', () => {
  const cases: [draft: string, source: string, expected: string][] = [
    ['Another source said, “They carried it out only because they had no space in the prisons.”',
      'They carried it out only because they didn’t have any space in prisons',
      'Another source said, “They carried it out only because they didn’t have any space in prisons.”'],
    ['He said: "Nothing of that kind will occur in Russia."', 'Nothing of the kind will happen in Russia',
      'He said: "Nothing of the kind will happen in Russia."'],
    ['“We will win,” he said.', 'We shall win', '“We shall win,” he said.'],
    ['She asked: “Who will pay for it?!”', 'Who is going to pay for it', 'She asked: “Who is going to pay for it?!”'],
    // An ellipsis at the start stays; the draft's lower case inside a sentence stays.
    ['warned that "…the released prisoners will be watched, and many arrested again within a month."',
      'The released prisoners will be watched closely, and many will be arrested again within a year',
      'warned that "…the released prisoners will be watched closely, and many will be arrested again within a year."'],
    ['A guard said "many will be arrested again" later.', 'many will be detained again', 'A guard said "many will be detained again" later.'],
    // A hard-wrapped source's line breaks are spaces in the draft's line.
    ['He wrote: "he treated our pensions like his own savings account."', 'he treated our pensions\nlike his own current account', 'He wrote: "he treated our pensions like his own current account."'],
  ];
  for (const [draft, source, expected] of cases) assert.equal(fix(draft, source), expected, draft);
});

test('item 5: changes read from the draft to the source', () => {
  assert.equal(
    describeQuoteChanges([{ quote: 'had no', source: 'didn’t have any' }, { quote: 'the', source: '' }, { quote: '', source: 'very' }]),
    '“had no” where the source has “didn’t have any”; “the” is not in the source; “very” is left out',
  );
  assert.equal(describeQuoteChanges([{ quote: 'great', source: 'vast' }]), '“great” where the source has “vast”');
  const many = Array.from({ length: 5 }, (_, i) => ({ quote: `q${i}`, source: `s${i}` }));
  assert.match(describeQuoteChanges(many), /; 2 more$/);
});

test('item 6: a name conflict names the part that differs', () => {
  const cases: [claim: string, source: string, expected: string][] = [
    ['Texas Judge Letitia Clark', 'Texas Judge Letitia Brown', 'Brown, not Clark'],
    ['President Joe Biden', 'President Donald Trump', 'Donald Trump, not Joe Biden'],
    ['Japan', 'China', 'China, not Japan'],
    ['Kim Jong Il', 'Kim Jong Un', 'Kim Jong Un, not Kim Jong Il'], // "Un, not Il" would be cryptic
    ['Park Sun-hee', 'Park Ji-won', 'Ji-won, not Sun-hee'],
    ['Bank of England', 'Bank of France', 'France, not England'],
    ['Judge Clark', 'Clark', 'Clark, not Judge Clark'], // nothing in common at the start and nothing left at the end
  ];
  for (const [claim, source, expected] of cases) assert.equal(describeConflict({ claim, source, kind: 'name' }), expected, claim);
  // Dates, numbers and the rest stay whole: "January 10, not January 15", not "10, not 15".
  assert.equal(describeConflict({ claim: 'January 15', source: 'January 10', kind: 'date' }), 'January 10, not January 15');
  const parts = conflictParts({ claim: 'Texas Judge Letitia Clark', source: 'Texas Judge Letitia Brown', kind: 'name' });
  assert.equal('Texas Judge Letitia Clark'.slice(parts.claimOffset.start, parts.claimOffset.end), 'Clark');
});

function evidence(sentence: string, score: number, bold: string[]): Evidence {
  const document = { id: 'sources/a.txt', key: 'a', file: '/ws/sources/a.txt', format: 'text', text: sentence } as unknown as SourceDocument;
  const matches = bold.map((w) => ({ start: sentence.indexOf(w), end: sentence.indexOf(w) + w.length }));
  return {
    document,
    score,
    matches,
    passage: { id: 'a#0', documentId: 'sources/a.txt', ordinal: 0, span: { start: 0, end: sentence.length }, paragraph: { start: 0, end: sentence.length }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: sentence.length } } },
  };
}

test('item 6: a closest passage is shown only above a floor and with two shared content words', () => {
  const sentence = 'In 2005, we will see the generosity of our Party and the will of the leader.';
  // The case: 22%, and the only shared words are "we will", "the", "of".
  assert.equal(isClosePassage(evidence(sentence, 0.22, ['we will', 'the', 'of']), 'quote'), false);
  // Above the floor but still only stopwords: not close either.
  assert.equal(isClosePassage(evidence(sentence, 0.55, ['we will', 'the', 'of']), 'quote'), false);
  assert.equal(isClosePassage(evidence(sentence, 0.55, ['generosity', 'Party']), 'quote'), true);
  assert.equal(isClosePassage(evidence(sentence, 0.45, ['generosity', 'Party']), 'quote'), false, 'quotes need 0.5');
  assert.equal(isClosePassage(evidence(sentence, 0.45, ['generosity', 'Party']), 'claim'), true, 'claims need 0.35');
  // A claim's passage is judged by its match score, not by its probability of support.
  assert.equal(isClosePassage({ ...evidence(sentence, 0.2, ['generosity', 'Party']), match: 0.4 }, 'claim'), true, 'claims need a match of 0.35');
  assert.equal(isClosePassage({ ...evidence(sentence, 0.6, ['generosity', 'Party']), match: 0.3 }, 'claim'), false, 'claims need a match of 0.35');
  assert.equal(isClosePassage(undefined, 'claim'), false);
});
