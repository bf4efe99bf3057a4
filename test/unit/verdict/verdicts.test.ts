/**
 * Claim and quote verdicts, table-driven: each case is a draft sentence (or quoted words), the sources, and what
 * the verdict must be, with the conflicting values or the source's wording where there are some.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_THRESHOLDS } from '../../../server/src/core/config';
import type { Claim, Quote } from '../../../server/src/core/types';
import { judgeClaim } from '../../../server/src/core/verdict/claims';
import { judgeQuote } from '../../../server/src/core/verdict/quotes';
import { indexOf as indexOfDocuments, makeDocument } from './sources';
import { AMNESTY, WEATHER, WIRE } from './fixtures';

const SOURCES = { 'amnesty.txt': AMNESTY, 'wire.txt': WIRE, 'weather.txt': WEATHER };
type SourceName = keyof typeof SOURCES;

function indexOf(sources: readonly SourceName[]) {
  return indexOfDocuments(sources.map((name) => makeDocument(name, SOURCES[name])));
}

interface ClaimExpectation {
  verdict: 'supported' | 'contradicted' | 'unsupported';
  /** For contradictions: [claim value, source value, kind]. */
  conflict?: [string, string, string];
  /** Document of the first evidence passage. */
  evidence?: SourceName;
  /** Documents the claim cites. */
  cites?: SourceName[];
}

const ALL: SourceName[] = ['amnesty.txt', 'wire.txt', 'weather.txt'];

function checkClaim(text: string, sources: readonly SourceName[], expected: ClaimExpectation) {
  const index = indexOf(sources);
  // The claim sits at offset 100 of its draft, so conflict spans are draft offsets, not claim offsets.
  const claim: Claim = { text, span: { start: 100, end: 100 + text.length }, paragraph: 0, citations: [], reasons: [] };
  const result = judgeClaim(claim, index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3, preferDocuments: expected.cites });
  const why = `${result.verdict} (score ${result.score.toFixed(2)}; conflicts ${JSON.stringify(result.conflicts.map((c) => [c.claim, c.source]))})`;
  assert.equal(result.verdict, expected.verdict, why);
  assert.ok(result.score >= 0 && result.score <= 1);
  assert.ok(result.evidence.length <= 3);
  if (expected.conflict) {
    const [claimValue, sourceValue, kind] = expected.conflict;
    const c = result.conflicts.find((x) => x.claim === claimValue);
    assert.ok(c, `no conflict on "${claimValue}": ${why}`);
    assert.equal(c.source, sourceValue);
    assert.equal(c.kind, kind);
    // Spans point at the values: in the draft for the claim, in the evidence sentence for the source.
    assert.equal(text.slice(c.claimSpan!.start - 100, c.claimSpan!.end - 100), claimValue);
    const best = result.evidence[0];
    const sentence = best.document.text.slice(best.passage.span.start, best.passage.span.end);
    assert.equal(sentence.slice(c.sourceSpan!.start, c.sourceSpan!.end), sourceValue);
  } else {
    assert.deepEqual(result.conflicts, [], why);
  }
  if (expected.evidence) assert.equal(result.evidence[0]?.document.id, expected.evidence);
  return result;
}

const claimCases: [string, readonly SourceName[], ClaimExpectation][] = [
  // Supported: the source's words, or a light paraphrase.
  ['KCNA announced on January 10 that a prisoner amnesty would be conducted in February.', ALL, { verdict: 'supported', evidence: 'amnesty.txt' }],
  ['The amnesty was originally planned to commemorate the 100th birthday of Kim Il Sung and the 70th birthday of Kim Jong Il.', ALL, { verdict: 'supported' }],
  ['Previous amnesties were held in 2002, 2005 and 2010.', ALL, { verdict: 'supported' }],
  ['The amnesty will ease the burden of overpopulation on the prisons and their food supply.', ALL, { verdict: 'supported' }],
  ['KCNA has claimed the amnesty will be extended to defectors repatriated from China.', ALL, { verdict: 'supported' }],
  ['North Korea released 4,500 prisoners under the amnesty, a South Korean official said.', ALL, { verdict: 'supported', evidence: 'wire.txt' }],
  // Hedged and rescaled numbers agree within their rounding.
  ['North Korea released about 4,600 prisoners under the amnesty.', ALL, { verdict: 'supported' }],
  ['Food shortages cost North Korea $2.0 billion in 2011, aid groups estimate.', ALL, { verdict: 'supported' }],
  ['The amnesty took effect on Feb. 1, 2012.', ALL, { verdict: 'supported' }],
  // Another number in the same sentence is no contradiction when the claim's numbers are all there.
  ['Amnesties were held in 2005 and 2010 to celebrate Kim Il Sung’s birthday.', ALL, { verdict: 'supported' }],
  // Contradicted: dates, ordinals, years, names, numbers, percentages, money, spelled-out numbers.
  ['On January 15, KCNA announced a prisoner amnesty to be conducted in February.', ALL, { verdict: 'contradicted', conflict: ['January 15', 'January 10', 'date'], evidence: 'amnesty.txt' }],
  ['The amnesty was planned to commemorate the 90th birthday of Kim Il Sung.', ALL, { verdict: 'contradicted', conflict: ['90th', '100th', 'ordinal'] }],
  ['The amnesty also marks the 80th birthday of Kim Jong Il.', ALL, { verdict: 'contradicted', conflict: ['80th', '70th', 'ordinal'] }],
  ['Previous amnesties were held in 2003, 2005 and 2010.', ALL, { verdict: 'contradicted', conflict: ['2003', '2002', 'year'] }],
  ['Previous amnesties have been held in 2002, 2005 and 2011 to celebrate Kim Il Sung’s birthday.', ALL, { verdict: 'contradicted', conflict: ['2011', '2010', 'year'] }],
  ['The move is propagandized as a sign of the benevolence of their new leader, Kim Jong Il.', ALL, { verdict: 'contradicted', conflict: ['Kim Jong Il', 'Kim Jong Un', 'name'] }],
  ['North Korea released 5,400 prisoners under the amnesty, a South Korean official said.', ALL, { verdict: 'contradicted', conflict: ['5,400 prisoners', '4,500 prisoners', 'quantity'] }],
  ['The prison camps now hold 25% fewer inmates than a year earlier.', ALL, { verdict: 'contradicted', conflict: ['25%', '18%', 'percent'] }],
  ['Aid groups estimate that food shortages cost the North $3 billion in 2011.', ALL, { verdict: 'contradicted', conflict: ['$3 billion', '$2 billion', 'money'] }],
  ['Twenty defectors repatriated from China were among those freed.', ALL, { verdict: 'contradicted', conflict: ['Twenty', 'A dozen', 'number'] }],
  ['The amnesty took effect on February 3, 2012.', ALL, { verdict: 'contradicted', conflict: ['February 3, 2012', 'February 1, 2012', 'date'] }],
  ['The amnesty was the fifth such move in ten years.', ALL, { verdict: 'contradicted', conflict: ['fifth', 'fourth', 'ordinal'] }],
  // Opposite direction words about the same thing.
  ['The prison camps now hold 18% more inmates than a year earlier.', ALL, { verdict: 'contradicted', conflict: ['more', 'fewer', 'direction'] }],
  ['The prison camps now hold 18% fewer inmates than a year earlier.', ALL, { verdict: 'supported' }],
  // Unsupported: unrelated, or on the subject but not in any source.
  ['Apple released a new iPhone in California.', ALL, { verdict: 'unsupported' }],
  ['North Korea will hold parliamentary elections in March.', ALL, { verdict: 'unsupported' }],
  ['The United Nations praised the amnesty as a breakthrough for human rights.', ALL, { verdict: 'unsupported' }],
  // A number in an unrelated source is not a contradiction ("40 flights" is not about prisoners).
  ['The amnesty freed 40 political prisoners in Hyesan.', ALL, { verdict: 'unsupported' }],
  // With no source at all on the subject, nothing can contradict.
  ['On January 15, KCNA announced a prisoner amnesty to be conducted in February.', ['weather.txt'], { verdict: 'unsupported' }],
];

for (const [text, sources, expected] of claimCases) {
  test(`claim: ${text} → ${expected.verdict}${expected.conflict ? ` (${expected.conflict[0]} vs ${expected.conflict[1]})` : ''}`, () => {
    checkClaim(text, sources, expected);
  });
}

test('a claim prefers the cited source among equals', () => {
  const index = indexOfDocuments([
    makeDocument('kcna.txt', 'KCNA announced a prisoner amnesty on January 10.'),
    makeDocument('yonhap.txt', 'KCNA announced a prisoner amnesty on January 10, Yonhap reported.'),
  ]);
  const text = 'KCNA announced a prisoner amnesty on January 10.';
  const claim: Claim = { text, span: { start: 0, end: text.length }, paragraph: 0, citations: [], reasons: [] };
  for (const cited of ['kcna.txt', 'yonhap.txt']) {
    const result = judgeClaim(claim, index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3, preferDocuments: [cited] });
    assert.equal(result.verdict, 'supported');
    assert.equal(result.evidence[0].document.id, cited);
  }
});

test('claim evidence marks the words that match the claim', () => {
  const result = checkClaim('KCNA announced on January 10 that a prisoner amnesty would be conducted in February.', ALL, { verdict: 'supported' });
  const best = result.evidence[0];
  const sentence = best.document.text.slice(best.passage.span.start, best.passage.span.end);
  const words = best.matches!.map((m) => sentence.slice(m.start, m.end));
  for (const w of ['KCNA', 'announced', 'January', '10', 'prisoner', 'amnesty', 'conducted', 'February']) assert.ok(words.includes(w), `${w} in ${words}`);
  assert.ok(!words.includes('a'), 'stopwords are not marked');
  // Evidence is ranked.
  for (let i = 1; i < result.evidence.length; i++) assert.ok(result.evidence[i - 1].score >= result.evidence[i].score);
});

test('a claim with no content words is unsupported without evidence', () => {
  const index = indexOf(ALL);
  const result = judgeClaim({ text: 'It is what it is.', span: { start: 0, end: 17 }, paragraph: 0, citations: [], reasons: [] }, index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 });
  assert.equal(result.verdict, 'unsupported');
  assert.equal(result.score, 0);
  assert.deepEqual(result.evidence, []);
});

// ---------------------------------------------------------------------------------------------------------
// Quotes

interface QuoteExpectation {
  verdict: 'verbatim' | 'altered' | 'not-found';
  /** For verbatim and altered: the source's wording of the quote. */
  source?: string;
  /** For altered: the differences, quote side → source side. */
  differences?: [string, string][];
}

function checkQuote(text: string, expected: QuoteExpectation) {
  const index = indexOf(ALL);
  const quote: Quote = { text, span: { start: 10, end: 10 + text.length }, claim: -1, citations: [] };
  const result = judgeQuote(quote, index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 });
  const why = `${result.verdict} ${result.score.toFixed(2)} "${result.sourceWording?.text}" ${JSON.stringify(result.differences)}`;
  assert.equal(result.verdict, expected.verdict, why);
  if (expected.verdict === 'verbatim') assert.equal(result.score, 1);
  else assert.ok(result.score < 1);
  if (expected.source !== undefined) {
    const wording = result.sourceWording!;
    assert.equal(wording.text, expected.source, why);
    assert.equal(wording.document.text.slice(wording.span.start, wording.span.end), wording.text);
    // The range is where the wording is in the file (the fake documents map offsets one to one).
    const lines = wording.document.text.split('\n');
    assert.equal(lines[wording.range.start.line].slice(wording.range.start.character, wording.range.start.character + 10), wording.text.slice(0, 10));
    assert.ok(result.evidence.length >= 1);
    assert.ok(result.evidence.every((e) => e.passage.span.start < wording.span.end && e.passage.span.end > wording.span.start));
  }
  if (expected.differences) {
    assert.deepEqual(result.differences!.map((d) => [d.quote, d.source]), expected.differences, why);
  }
  if (expected.verdict === 'not-found') assert.equal(result.sourceWording, undefined);
  return result;
}

const quoteCases: [string, QuoteExpectation][] = [
  // Verbatim: case, punctuation at the edges, straight vs typographic quotes and apostrophes do not matter.
  ['Strong and Prosperous State', { verdict: 'verbatim', source: 'Strong and Prosperous State' }],
  ["They carried it out only because they didn't have any space in prisons", { verdict: 'verbatim', source: 'They carried it out only because they didn’t have any space in prisons' }],
  ['some elites and upper class people LAUGH at this amnesty,', { verdict: 'verbatim', source: 'Some elites and upper class people laugh at this amnesty' }],
  // An ellipsis stands for omitted words; a bracket for the writer's own words in place of the source's.
  ['Some elites and upper class people laugh at this amnesty … so as to cover up their failure.', { verdict: 'verbatim' }],
  ['Some elites and upper class people laugh at this amnesty... to cover up their failure', { verdict: 'verbatim' }],
  ['the authorities try to show off [Kim Jong Un’s] benevolent policies', { verdict: 'verbatim', source: 'the authorities try to show off their benevolent policies' }],
  ['[The] amnesty is to realize the generosity and magnanimity of our Party', { verdict: 'verbatim' }],
  // Across two sentences of the source.
  ['ease some of the burden on the prisons\' overpopulation and food supply. In early February, an ORNK source', { verdict: 'verbatim' }],
  // Altered: close to a source passage, with the changed words.
  [
    'They carried it out only because they had no space in prisons, but the authorities try to show off their benevolent policies.',
    { verdict: 'altered', source: 'They carried it out only because they didn’t have any space in prisons, but the authorities try to show off their benevolent policies', differences: [['had no', 'didn’t have any']] },
  ],
  ['Some elites and upper class people laugh at this pardon', { verdict: 'altered', source: 'Some elites and upper class people laugh at this amnesty', differences: [['pardon', 'amnesty']] }],
  [
    'The amnesty is to realize the generosity of our Party, which establishes the will and achievements of Suryeong',
    { verdict: 'altered', differences: [['', 'and magnanimity']] },
  ],
  ['Some elites … laugh at this failure', { verdict: 'altered' }],
  // Not found.
  ['We will never surrender to foreign pressure', { verdict: 'not-found' }],
  ['The regime has opened the camps to international inspectors', { verdict: 'not-found' }],
  ['…', { verdict: 'not-found' }],
];

for (const [text, expected] of quoteCases) {
  test(`quote: “${text}” → ${expected.verdict}`, () => {
    checkQuote(text, expected);
  });
}

test('a quote prefers the cited source when two sources have the words', () => {
  const index = indexOfDocuments([makeDocument('a.txt', 'He said the amnesty is a sham.'), makeDocument('b.txt', 'Officials said the amnesty is a sham.')]);
  const quote: Quote = { text: 'the amnesty is a sham', span: { start: 0, end: 21 }, claim: -1, citations: ['b'] };
  const result = judgeQuote(quote, index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3, preferDocuments: ['b.txt'] });
  assert.equal(result.verdict, 'verbatim');
  assert.equal(result.evidence[0].document.id, 'b.txt');
});

test('a possessive is compared as a word of its own: "a moment of stupidity" is the source\'s "a moment\'s stupidity" altered', () => {
  const index = indexOfDocuments([makeDocument('actor.txt', 'He apologised for his "deplorable actions" and "a moment’s stupidity". The show’s ratings have since settled down.')]);
  const judge = (text: string) => judgeQuote({ text, span: { start: 0, end: text.length }, claim: -1, citations: [] }, index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 });
  const altered = judge('a moment of stupidity');
  assert.equal(altered.verdict, 'altered', `${altered.score}`);
  assert.equal(altered.sourceWording?.text, 'a moment’s stupidity');
  assert.deepEqual(altered.differences?.map((d) => [d.quote, d.source]), [['moment of', 'moment’s']]);
  // A possessive in both is verbatim, and its words are found wherever they are split.
  assert.equal(judge("a moment's stupidity").verdict, 'verbatim');
  assert.equal(judge("The show's ratings have since settled down").verdict, 'verbatim');
});
