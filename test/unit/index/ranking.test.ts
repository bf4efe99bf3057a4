/**
 * Ranking tests in MiniSearch's style: a small hand-written corpus, queries, and the expected top-3 passages in
 * order, each position with the reason it ranks there. A change that reorders them must explain itself here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceIndex } from '../../../server/src/core/index/sourceIndex';
import { doc } from './helpers';

// Twelve passages in four documents (ids are `document#ordinal`).
const corpus = [
  doc(
    'amnesty.txt',
    'North Korea will release prisoners in a mass amnesty next month. ' + // amnesty.txt#0
      'The amnesty marks the 70th birthday of the late leader Kim Jong-il. ' + // amnesty.txt#1
      'State media did not say how many prisoners would be freed.', // amnesty.txt#2
    { title: 'North Korea frees prisoners in amnesty' },
  ),
  doc(
    'budget.txt',
    'The city budget rose by 4,500 dollars in 2004. ' + // budget.txt#0
      'Spending on schools grew by 18% over the decade. ' + // budget.txt#1
      'The mayor said the budget would fall in 2005.', // budget.txt#2
    { title: 'City budget' },
  ),
  doc(
    'flood.txt',
    'Heavy rain flooded two towns in the north. ' + // flood.txt#0
      'Rescue teams freed residents trapped by the water.\n\n' + // flood.txt#1
      'The rain stopped on Monday.', // flood.txt#2, a paragraph of its own
    { title: 'Floods in the north' },
  ),
  doc(
    'prison.txt',
    'Prisoners in the north of the country staged a protest. ' + // prison.txt#0
      'Reformers called for an amnesty for elderly prisoners. ' + // prison.txt#1
      'The prison budget was cut by 18%.', // prison.txt#2
    { title: 'Prison reform' },
  ),
];

function top3(query: string): string[] {
  const index = new SourceIndex();
  index.addDocuments(corpus);
  return index.search(query, { limit: 3 }).map((hit) => hit.passage.id);
}

describe('ranking', () => {
  it('a question about the amnesty', () => {
    assert.deepEqual(top3('How many prisoners will North Korea free in the amnesty?'), [
      // Matches four content words at once: prisoners, North, Korea, amnesty.
      'amnesty.txt#0',
      // Matches only "amnesty", but sits in the article about the amnesty: its paragraph's score lifts it above
      // prison.txt#0, which matches two words (prisoners, north) in an article about something else.
      'amnesty.txt#1',
      // Same article, matches only "prisoners", which more passages hold than "amnesty": a lower IDF.
      'amnesty.txt#2',
    ]);
  });

  it('a figure written with and without its thousands separator', () => {
    assert.deepEqual(top3('The budget rose by 4500 in 2004'), [
      // budget, rose, 4500 (written "4,500"), 2004: everything matches.
      'budget.txt#0',
      // Only "budget", in the same paragraph as the best match.
      'budget.txt#2',
      // Only "budget", in another document's paragraph that shares no other word with the query.
      'prison.txt#2',
    ]);
  });

  it('a percentage', () => {
    assert.deepEqual(top3('spending rose 18%'), [
      // "spending" and "18%" (the percent sign is part of the term).
      'budget.txt#1',
      // Only "rose", but its paragraph also holds the spending and the 18%.
      'budget.txt#0',
      // Only "18%", in a paragraph about something else.
      'prison.txt#2',
    ]);
  });

  it('a paraphrase of a sentence', () => {
    assert.deepEqual(top3('rain flooded towns in the north'), [
      // rain, flooded, towns, north: all four.
      'flood.txt#0',
      // Only "rain", rarer than "north" (two passages against three), in a short sentence.
      'flood.txt#2',
      // Only "north", as prison.txt#0 has (a shorter sentence, which ranks higher on its own); but the title of
      // the amnesty article ("North Korea frees prisoners in amnesty") holds "north" too, and the paragraph and
      // title count three times the sentence (`paragraphWeight` 3).
      'amnesty.txt#0',
    ]);
  });

  it('two words that several passages share', () => {
    assert.deepEqual(top3('an amnesty for prisoners'), [
      // Both words, in the article whose paragraph repeats both and whose title holds both.
      'amnesty.txt#0',
      // Only "amnesty", but in the same article: with the paragraph and title weighing three times the sentence,
      // the on-topic article outranks prison.txt#1 (both words in one short sentence of an article on prison
      // reform), which comes fourth.
      'amnesty.txt#1',
      // Only "prisoners", more common than "amnesty", in the same article.
      'amnesty.txt#2',
    ]);
  });
});
