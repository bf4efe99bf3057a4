import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { SAMPLE_ARTICLE } from '../helpers/fixtures';
import { MAX_SENTENCE_LENGTH, splitParagraphs, splitSentences } from '../../../server/src/core/text/sentences';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** [input, expected sentences, why]. */
const CASES: [string, string[], string][] = [
  ['The U.S. Army said so. Dr. Smith agreed.', ['The U.S. Army said so.', 'Dr. Smith agreed.'], 'acronym before a name; title'],
  ['He moved to the U.S. The next year he left.', ['He moved to the U.S.', 'The next year he left.'], 'acronym ends a sentence before "The"'],
  ['He met Mr. Jones and Mrs. Lee on Jan. 5 in Washington. It rained.', ['He met Mr. Jones and Mrs. Lee on Jan. 5 in Washington.', 'It rained.'], 'titles, month before a day'],
  ['It costs 4.5 million. J. R. R. Tolkien wrote it.', ['It costs 4.5 million.', 'J. R. R. Tolkien wrote it.'], 'decimal; initials'],
  ['President George W. Bush met Kim Jong Il. Talks failed.', ['President George W. Bush met Kim Jong Il.', 'Talks failed.'], 'middle initial; Korean name'],
  ['It happened at 3 p.m. Monday in the square. Police came.', ['It happened at 3 p.m. Monday in the square.', 'Police came.'], 'p.m. before a weekday'],
  ['The talks ended at 5 p.m. The delegates left.', ['The talks ended at 5 p.m.', 'The delegates left.'], 'p.m. ends a sentence'],
  ['The meeting ran until 10 p.m. on Friday.', ['The meeting ran until 10 p.m. on Friday.'], 'p.m. before a lower-case word'],
  ['Room No. 5 was empty. See Fig. 3 for details.', ['Room No. 5 was empty.', 'See Fig. 3 for details.'], 'number abbreviations'],
  ['Report No. IR 3/2025 was published. Paper No. HC-512 followed. The answer was No. UK ministers agreed.', ['Report No. IR 3/2025 was published.', 'Paper No. HC-512 followed.', 'The answer was No.', 'UK ministers agreed.'], 'a number abbreviation before a reference code'],
  ['Smith vs. Jones was decided. Roe v. Wade was not.', ['Smith vs. Jones was decided.', 'Roe v. Wade was not.'], 'versus'],
  ['Use a solvent, e.g. Acetone or Ethanol. Then rinse.', ['Use a solvent, e.g. Acetone or Ethanol.', 'Then rinse.'], 'e.g. never ends a sentence'],
  ['“It is over,” he said. “It is over.” Then he left.', ['“It is over,” he said.', '“It is over.”', 'Then he left.'], 'typographic quotes'],
  ['"It is over." Then he left.', ['"It is over."', 'Then he left.'], 'closing quote stays with its sentence'],
  ['"It is over," he said.', ['"It is over," he said.'], 'quote with comma and attribution'],
  ['“Where are you?” he asked. Nobody knew.', ['“Where are you?” he asked.', 'Nobody knew.'], 'question in a quote before the attribution'],
  ['He said, “Go away!” She left.', ['He said, “Go away!”', 'She left.'], 'exclamation in a quote'],
  ['Wait... what happened? Nobody knows…', ['Wait... what happened?', 'Nobody knows…'], 'ellipsis before a lower-case word'],
  ['He hesitated... Then he signed.', ['He hesitated...', 'Then he signed.'], 'ellipsis before a capital'],
  ['Sales rose 5%. (Profits fell.) Shares were flat.', ['Sales rose 5%.', '(Profits fell.)', 'Shares were flat.'], 'parenthesised sentence'],
  ['Prices rose in 2012. 15 people were hurt.', ['Prices rose in 2012.', '15 people were hurt.'], 'a number starts a sentence'],
  ['Acme Inc. The company denied it.', ['Acme Inc.', 'The company denied it.'], 'company suffix before "The"'],
  ['Acme Inc. Chief Executive Jane Doe denied it.', ['Acme Inc. Chief Executive Jane Doe denied it.'], 'company suffix before a name'],
  ['The site is run by Tellwright Recycling Ltd. Marlshire Fire and Rescue Service received the first call.', ['The site is run by Tellwright Recycling Ltd.', 'Marlshire Fire and Rescue Service received the first call.'], 'company suffix before the next sentence\'s name'],
  ['Tellwright Recycling Ltd. said it would co-operate.', ['Tellwright Recycling Ltd. said it would co-operate.'], 'company suffix before a verb'],
  ['They live on St. Mark’s Place. It is quiet.', ['They live on St. Mark’s Place.', 'It is quiet.'], 'St. before a name'],
  ['As shown by Smith et al. (2019), it works. Really.', ['As shown by Smith et al. (2019), it works.', 'Really.'], 'et al. before a year'],
  ['First line of a sentence\nthat wraps. Second sentence.', ['First line of a sentence\nthat wraps.', 'Second sentence.'], 'a line break inside a paragraph is a space'],
  ['One paragraph without a period\n\nAnother one.', ['One paragraph without a period', 'Another one.'], 'a blank line always ends a sentence'],
  ['Date : February 9, 2012\nAmnesty for a "Strong State"\nOn January 10, KCNA announced an amnesty that will be conducted in February. It was big.', ['Date : February 9, 2012', 'Amnesty for a "Strong State"', 'On January 10, KCNA announced an amnesty that will be conducted in February.', 'It was big.'], 'dateline and heading lines over a paragraph'],
  ["Sweden's ruling Social Democratic\nParty gave full power to the government to decree unilateral\ntrade sanctions against South Africa, the minister said.", ["Sweden's ruling Social Democratic\nParty gave full power to the government to decree unilateral\ntrade sanctions against South Africa, the minister said."], 'a short first line of a wrapped sentence is no heading (Reuters)'],
  ['Items:\n- first item\n- second item', ['Items:', '- first item', '- second item'], 'list items'],
  ['Candidate | Votes\nDOYLE, Sandra | 233\nFINCH, Robert | 871', ['Candidate | Votes', 'DOYLE, Sandra | 233', 'FINCH, Robert | 871'], 'lines of a plain-text table'],
  ['Pick one | or the other\nof these words.', ['Pick one | or the other\nof these words.'], 'a line with a bar is no table without a second'],
  ['Windows\r\nline breaks. Work too.\r\n\r\nNew paragraph.', ['Windows\r\nline breaks.', 'Work too.', 'New paragraph.'], 'CRLF'],
  ['  \n\n  ', [], 'whitespace only'],
  ['Is it true?! Yes.', ['Is it true?!', 'Yes.'], 'mixed terminators'],
  ['Levels of p53 rose. mRNA levels fell. p53-mediated apoptosis followed.', ['Levels of p53 rose.', 'mRNA levels fell.', 'p53-mediated apoptosis followed.'], 'mixed-case terms start sentences (SciFact)'],
  ['It binds CENP-B. Taken together, UL111A. Then more.', ['It binds CENP-B.', 'Taken together, UL111A.', 'Then more.'], 'a final capital after a hyphen or digit is no initial (SciFact)'],
  ['Contents . . . . . . 12\nIntroduction . . . . 14', ['Contents . . . . . . 12\nIntroduction . . . . 14'], 'dot leaders are not sentences'],
  ['He paused . . . Then he spoke.', ['He paused . . .', 'Then he spoke.'], 'spaced ellipsis before a capital'],
  ['Known earlier (see ref. ) and later.', ['Known earlier (see ref. ) and later.'], 'no sentence starts with a closing bracket'],
];

for (const [input, expected, why] of CASES) {
  test(`sentences: ${why}`, () => assert.deepEqual(sentences(input), expected));
}

test('a span restricts the split and offsets stay absolute', () => {
  const text = 'Before. Inside one. Inside two. After.';
  const start = text.indexOf('Inside');
  const end = text.indexOf(' After');
  const spans = splitSentences(text, { start, end });
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Inside one.', 'Inside two.']);
  assert.equal(spans[0].start, start);
  assert.deepEqual(splitSentences(text, { start: 30, end: 10 }), []);
});

test('paragraphs are blank-line blocks, trimmed', () => {
  const text = '  First para\nstill first.\n \t\nSecond.\r\n\r\n\r\nThird.  ';
  assert.deepEqual(splitParagraphs(text).map((s) => text.slice(s.start, s.end)), ['First para\nstill first.', 'Second.', 'Third.']);
});

test('over-long sentences are cut at whitespace', () => {
  const text = 'word '.repeat(1000).trim();
  const spans = splitSentences(text);
  assert.ok(spans.length >= 3);
  for (const s of spans) {
    assert.ok(s.end - s.start <= MAX_SENTENCE_LENGTH);
    assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
  }
});

test('the sample article: typographic quotes, names and the dateline', () => {
  const text = readFileSync(SAMPLE_ARTICLE, 'utf8');
  const got = sentences(text);
  assert.equal(got[0], 'Home > News > NK Human Rights Issues');
  assert.equal(got[1], 'Date : February 9, 2012');
  assert.equal(got[2], 'Amnesty for a "Strong and Prosperous State"');
  assert.equal(got[3], 'On January 10, KCNA announced a prisoner amnesty be conducted in February.');
  assert.ok(got.includes('In early February, an ORNK source from Hyesan, Yangkang Province said, “Some elites and upper class people laugh at this amnesty, saying that since the authorities will not be able to meet the promise to make a ‘Strong and Prosperous State’, they did it instead of achieving the strong state so as to cover up their failure.”'));
  assert.ok(got.includes('Meanwhile, others have claimed that, “They carried it out only because they didn’t have any space in prisons, but the authorities try to show off their benevolent policies.”'));
  for (const s of got) assert.ok(!/^[a-z]/.test(s), `no sentence starts in lower case: ${s}`);
});

// ---------------------------------------------------------------------------------------------------------
// Properties

const prose = fc
  .array(
    fc.constantFrom('The', 'U.S.', 'Dr.', 'said', 'he', '4.5', 'J.', '“Yes.”', '"No,"', 'p.m.', '…', '...', '?', '!', '.', ',', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '(', ')', 'é', '😀', 'No.', '5', '- ', '\u2029', '\u00a0'),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

test('property: spans are inside the input span, ordered, non-empty, trimmed and cover all non-space text', () => {
  fc.assert(
    fc.property(fc.oneof(prose, fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 })), fc.nat(100), fc.nat(100), (text, a, b) => {
      const span = { start: Math.min(a, b, text.length), end: Math.min(Math.max(a, b), text.length) };
      const spans = splitSentences(text, span);
      let covered = span.start;
      for (const s of spans) {
        assert.ok(s.start >= covered && s.start < s.end && s.end <= span.end, JSON.stringify({ text, span, spans }));
        assert.ok(!/^\s/.test(text.slice(s.start, s.end)) && !/\s$/.test(text.slice(s.start, s.end)));
        assert.equal(text.slice(covered, s.start).trim(), '', 'nothing but whitespace between sentences');
        covered = s.end;
      }
      assert.equal(text.slice(covered, span.end).trim(), '');
    }),
    { numRuns: 2000 },
  );
});

test('property: the same holds for long hostile runs (repeated fragments), and the splitter reads them all', () => {
  const long = fc
    .array(fc.tuple(fc.constantFrom('The', 'U.S.', 'Dr.', '.', '. ', '!', '?', '…', '"', '“', '”', ')', '\n', '\n\n', ' ', '4.5', 'J. ', 'a', 'p.m.'), fc.integer({ min: 1, max: 3000 })), { maxLength: 12 })
    .map((parts) => parts.map(([f, n]) => f.repeat(n)).join(''));
  fc.assert(
    fc.property(long, (text) => {
      const spans = splitSentences(text);
      let covered = 0;
      for (const s of spans) {
        assert.ok(s.start >= covered && s.start < s.end && s.end <= text.length);
        assert.ok(s.end - s.start <= MAX_SENTENCE_LENGTH, `a sentence of ${s.end - s.start} characters`);
        assert.equal(text.slice(covered, s.start).trim(), '');
        covered = s.end;
      }
      assert.equal(text.slice(covered).trim(), '');
    }),
    { numRuns: 100 },
  );
});
