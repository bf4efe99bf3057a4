import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isNumberToken,
  processTerm,
  STOPWORDS,
  terms,
  tokenize,
  tokenizeWithOffsets,
} from '../../../server/src/core/index/tokenize';

describe('tokenize', () => {
  it('keeps numbers whole, with their separators, signs and suffixes', () => {
    assert.deepEqual(tokenize('It cost $4.5 million, up 18% from 4,500 in the 1990s; the 21st, 3.14 and 9/11.'), [
      'It', 'cost', '$4.5', 'million', 'up', '18%', 'from', '4,500', 'in', 'the', '1990s', 'the', '21st', '3.14', 'and', '9/11',
    ]);
  });

  it('does not swallow the full stop after a number', () => {
    assert.deepEqual(tokenize('in 2004. Then'), ['in', '2004', 'Then']);
  });

  it('keeps dotted abbreviations as one token', () => {
    assert.deepEqual(tokenize('The U.S. and e.g. the U.K.'), ['The', 'U.S.', 'and', 'e.g.', 'the', 'U.K.']);
  });

  it('keeps internal apostrophes, straight or typographic, and splits hyphenated words', () => {
    assert.deepEqual(tokenize("don't O’Brien's well-known COVID-19"), ["don't", "O’Brien's", 'well', 'known', 'COVID', '19']);
  });

  it('keeps letters with combining marks in one token', () => {
    assert.deepEqual(tokenize('Zu\u0308rich café'), ['Zu\u0308rich', 'café']);
  });

  it('gives offsets that slice back to the token', () => {
    const text = 'The U.S. spent $4.5bn — 18% more.';
    for (const token of tokenizeWithOffsets(text)) assert.equal(text.slice(token.start, token.end), token.text);
    assert.deepEqual(
      tokenizeWithOffsets('a U.S. b').map((t) => [t.text, t.start, t.end]),
      [['a', 0, 1], ['U.S.', 2, 6], ['b', 7, 8]],
    );
  });

  it('is stateless between calls', () => {
    assert.deepEqual(tokenizeWithOffsets('one two'), tokenizeWithOffsets('one two'));
    assert.deepEqual(tokenize('one two'), tokenize('one two'));
  });
});

describe('isNumberToken', () => {
  it('is true for numbers and false for words that contain digits', () => {
    for (const t of ['4,500', '$4.5', '18%', '1990s', '21st', '2004']) assert.equal(isNumberToken(t), true, t);
    for (const t of ['H1N1', 'p53', 'COVID', 'U.S.']) assert.equal(isNumberToken(t), false, t);
  });
});

describe('processTerm', () => {
  it('reads news-wire abbreviations as the words they stand for: "mln dlrs" is "million dollars", "pct" is "percent"', () => {
    assert.deepEqual(terms('310 mln dlrs, 45 pct, 2 bln'), terms('310 million dollars, 45 percent, 2 billion'));
    assert.equal(processTerm('Dlr'), processTerm('dollar'));
    // Only whole words: "mlns" and "dlrsx" are not abbreviations.
    assert.notEqual(processTerm('mlns'), processTerm('million'));
    // Nor the names of an object's own properties.
    assert.deepEqual(['constructor', 'toString', 'valueOf', 'hasOwnProperty'].map(processTerm), ['constructor', 'tostr', 'valueof', 'hasownproperti']);
  });

  it('writes a number the same way whatever its thousands separators or currency sign', () => {
    assert.equal(processTerm('4,500'), '4500');
    assert.equal(processTerm('4500'), '4500');
    assert.equal(processTerm('$4,500'), '4500');
    assert.equal(processTerm('1,234,567'), '1234567');
  });

  it('keeps decimals, percent, decade and ordinal suffixes', () => {
    assert.equal(processTerm('$4.5'), '4.5');
    assert.equal(processTerm('18%'), '18%');
    assert.equal(processTerm('1990s'), '1990s');
    assert.equal(processTerm('21st'), '21st');
    // Not a thousands separator: "1,2" is a list, kept as written.
    assert.equal(processTerm('1,2'), '1,2');
  });

  it('makes "U.S." and "US" the same term and never drops it', () => {
    assert.equal(processTerm('U.S.'), 'us');
    assert.equal(processTerm('US'), 'us');
    assert.equal(processTerm('e.g.'), 'eg');
  });

  it('drops possessives, straight or typographic', () => {
    assert.equal(processTerm("Obama's"), 'obama');
    assert.equal(processTerm('Obama’s'), 'obama');
    assert.equal(processTerm('Obama'), 'obama');
  });

  it('folds accents', () => {
    assert.equal(processTerm('café'), processTerm('cafe'));
    assert.equal(processTerm('Zürich'), 'zurich');
    assert.equal(processTerm('Zu\u0308rich'), 'zurich');
  });

  it('stems and lower-cases words', () => {
    assert.equal(processTerm('Cells'), 'cell');
    assert.equal(processTerm('increased'), processTerm('increases'));
  });

  it('drops stopwords and one-letter words', () => {
    assert.equal(processTerm('The'), null);
    assert.equal(processTerm('which'), null);
    assert.equal(processTerm('a'), null);
    assert.equal(processTerm('x'), null);
    assert.ok(STOPWORDS.has('the'));
    assert.ok(!STOPWORDS.has('not'), 'negations matter to verdicts and are kept');
  });

  it('gives the same answer from its cache', () => {
    assert.equal(processTerm('Running'), processTerm('Running'));
    assert.equal(processTerm('the'), processTerm('the'));
  });
});

describe('terms', () => {
  it('normalises a sentence into index terms in order', () => {
    assert.deepEqual(terms('The U.S. economy’s well-known growth of 4,500 jobs in the 1990s.'), [
      'us', 'economi', 'known', 'growth', '4500', 'job', '1990s',
    ]);
  });

  it('matches hyphenated and spaced spellings', () => {
    assert.deepEqual(terms('state-of-the-art'), terms('state of the art'));
  });
});
