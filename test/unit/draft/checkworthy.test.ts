import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkReasons, isCheckworthy, isQuestion, type CheckReason } from '../../../server/src/core/draft/checkworthy';

/**
 * Keep/drop table for check-worthiness. Each row: the sentence, whether `checkworthy` mode keeps it, and reasons
 * that must be among the sentence's reasons (not necessarily all of them). Quote and citation reasons come from
 * the analysis, not from the text, so they are given as flags here.
 * Sources: W = a claim from WiCE dev (`wice/dev.jsonl` of the evaluation data; ODC-BY / CC BY-SA, see
 * test/fixtures/README.md), S = the sample article (examples/newsroom/sources/amnesty-report.txt), the rest
 * written for this table.
 */
type Row = [sentence: string, keep: boolean, reasons: CheckReason[], flags?: { quote?: boolean; citation?: boolean }];

const TABLE: Row[] = [
  // Numbers, dates, names, attribution.
  ['On January 10, KCNA announced a prisoner amnesty be conducted in February.', true, ['number', 'date', 'name', 'attribution']], // S
  ['Previous amnesties have been held in 2002, 2005 and 2010.', true, ['date']], // S
  ['The 2012 amnesty is expected to be of a large scale.', true, ['date']], // S
  ['Prisoners and their families have been preparing for this amnesty well in advance, according to Daily NK.', true, ['name', 'attribution']], // S
  ['It is common to use such events to drive loyalty to the regime.', false, []], // S: a generalisation, nothing to check
  ['The school opened in fall 2016 with 400 9th-grade students.', true, ['number', 'date']], // W
  ['Three weeks before election day, Bender gave birth to her second daughter in October 2013.', true, ['number', 'date', 'name']], // W
  ['In her mid-20s Chung took a nonfiction class and started writing essays.', true, ['number', 'name']], // W
  ['She received a J.D. degree from Boston College Law School in 1994.', true, ['date', 'name']], // W
  ['The same year, she raised $100 million to value the company Ipsy at over $500 million.', true, ['number', 'name']], // W
  ['TagMaster is a public company and its shares are traded on the First North Stock Exchange in Stockholm, Sweden.', true, ['name']], // W
  ['This group of counties also elects boards for regional planning and air quality control regulation.', false, []], // W: no particulars (known miss)
  ['Arnold is currently the publisher of Media Play News, the only trade dedicated to home entertainment.', true, ['name', 'superlative']], // W (shortened)
  ['The unemployment rate fell to 4.2 percent in March.', true, ['number', 'date']],
  ['The application was approved unanimously.', true, ['number']], // a vote's tally: "6-3" in the minutes contradicts it
  ['Officials said the bridge would reopen on Tuesday.', true, ['date', 'attribution']],
  ['The company reported a loss of $3.5bn for the quarter.', true, ['number', 'attribution']],
  ['Police confirmed that two people had been arrested.', true, ['number', 'attribution', 'event']],
  // Legal steps and harms to a person: what a newsroom is sued for getting wrong.
  ['He has been charged with failing to stop.', true, ['event']],
  ['She later resigned.', true, ['event']],
  ['The driver was jailed for life.', true, ['event']],
  ['He pleaded not guilty.', true, ['event']],
  ['The battery charged quickly.', false, []], // "charged" without "with": no charge brought
  ['The ministry estimated that thousands of families were affected.', true, ['number', 'attribution']],
  ['The minister told parliament the plan was affordable.', true, ['attribution']],
  ['The storm was the deadliest to hit the region in a century.', true, ['superlative']],
  ['It was the first time the party had lost the seat.', true, ['superlative']],
  ['Sales were higher than analysts had expected.', true, ['superlative']],
  ['More than 40,000 prisoners may have been freed.', true, ['number', 'superlative']],
  ['The motives may be less than noble.', false, []], // "less than" before no amount is an idiom, not a comparison
  ['At least he tried.', false, []],
  ['The deal was signed last week in Geneva.', true, ['date', 'name']],
  ['The factory closed three years ago.', true, ['number', 'date']],
  ['The law came into force yesterday.', true, ['date']],
  ['Mr. Kim has not appeared in public since the funeral.', true, ['name']],
  ['The U.S. Treasury declined to comment.', true, ['name']],
  ['Kim Jong Un succeeded his father as leader.', true, ['name']],
  ['In the ’90s the famine killed many people.', true, ['date']],
  ['Half of the prisoners were political detainees.', true, ['number']],
  // Quotes and citations make a sentence check-worthy on their own.
  ['“We will always protect our people,” the statement read.', true, ['quote'], { quote: true }],
  ['The move was widely criticised by rights groups.', true, ['citation'], { citation: true }],
  ['What did he mean by “a new era for the nation”?', true, ['quote'], { quote: true }],
  // Opinion, hedging, questions, fragments.
  ['I think this is a shame.', false, []],
  ['It remains to be seen.', false, []],
  ['This is a worrying development for everyone involved.', false, []],
  ['Perhaps things will get better.', false, []],
  ['We should all be concerned.', false, []],
  ['Nobody knows what will happen next.', false, []],
  ['The situation could hardly be worse for ordinary people.', false, []],
  ['Why does this matter?', false, []],
  ['Will Pyongyang keep its promise in 2012?', false, ['date', 'name']], // a question, despite its particulars
  ['Not now.', false, []],
  ['Kim 2012.', false, ['date']], // a fragment: under three words
  ['Many observers remain sceptical.', false, []],
  ['That is the real story here.', false, []],
];

describe('check-worthiness table', () => {
  it('has at least 40 rows', () => assert.ok(TABLE.length >= 40, `${TABLE.length} rows`));
  for (const [sentence, keep, reasons, flags] of TABLE) {
    it(`${keep ? 'keeps' : 'drops'}: ${sentence}`, () => {
      const got = checkReasons(sentence, { quote: flags?.quote ?? false, citation: flags?.citation ?? false });
      for (const r of reasons) assert.ok(got.includes(r), `expected reason ${r}, got [${got.join(', ')}]`);
      assert.equal(isCheckworthy(sentence, got), keep, `reasons [${got.join(', ')}]`);
    });
  }
});

describe('check reasons', () => {
  it('lists reasons in a fixed order without duplicates', () => {
    const got = checkReasons('On May 5 the largest union, the TUC, said 40,000 workers struck.', { quote: true, citation: true });
    assert.deepEqual(got, ['number', 'date', 'name', 'attribution', 'quote', 'citation', 'superlative']);
  });

  it('counts a year as a date, not a number', () => {
    assert.deepEqual(checkReasons('The plant was built in 1987.', { quote: false, citation: false }), ['date']);
  });

  it('does not count a capitalised first word, "I", or a word after an opening quote as a name', () => {
    assert.deepEqual(checkReasons('Prisoners said “The food is bad.”', { quote: false, citation: false }), ['attribution']);
    assert.deepEqual(checkReasons('I believe it.', { quote: false, citation: false }), []);
  });

  it('counts a name after a title abbreviation but not after a sentence end', () => {
    assert.ok(checkReasons('They met Dr. Smith.', { quote: false, citation: false }).includes('name'));
    assert.deepEqual(checkReasons('It ended. It was over.', { quote: false, citation: false }), []);
  });

  it('reads May and March as months only where they are months', () => {
    assert.ok(checkReasons('The vote is in May.', { quote: false, citation: false }).includes('date'));
    assert.ok(!checkReasons('May the best team win.', { quote: false, citation: false }).includes('date'));
    assert.ok(checkReasons('March 3 was chosen.', { quote: false, citation: false }).includes('date'));
  });

  it('matches attribution verbs in lower case only ("United States" is a name, not "states")', () => {
    assert.ok(!checkReasons('The United States will decide.', { quote: false, citation: false }).includes('attribution'));
    assert.ok(checkReasons('The report states that costs rose.', { quote: false, citation: false }).includes('attribution'));
  });
});

describe('isQuestion', () => {
  it('sees a question mark before closing quotes and brackets', () => {
    assert.equal(isQuestion('Is it true?'), true);
    assert.equal(isQuestion('He asked, “Is it true?”'), true);
    assert.equal(isQuestion('Is it? No.'), false);
  });
});
