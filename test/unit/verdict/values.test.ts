/** Typed values: what is extracted from a sentence, and when two values agree or differ. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviates, extractValues, percentChangeRatios, roleSimilarity, statesDifference, valueAgrees, valueDiffers } from '../../../server/src/core/verdict/values';

function only(text: string, kind: string) {
  const values = extractValues(text).filter((v) => v.kind === kind);
  assert.equal(values.length, 1, `${kind} in "${text}": ${JSON.stringify(values.map((v) => v.text))}`);
  assert.equal(text.slice(values[0].span.start, values[0].span.end), values[0].text);
  return values[0];
}

const extraction: [string, string, string, Record<string, unknown>][] = [
  ['North Korea freed 4,500 people.', 'quantity', '4,500 people', { value: 4500, unit: 'people' }],
  ['The deal was worth $4.5 million.', 'money', '$4.5 million', { value: 4_500_000, unit: 'usd' }],
  ['Aid fell by 18% last year.', 'percent', '18%', { value: 18 }],
  ['Turnout was 61.5 per cent.', 'percent', '61.5 per cent', { value: 61.5 }],
  ['It cost 2 billion dollars.', 'money', '2 billion dollars', { value: 2e9, unit: 'usd' }],
  ['A dozen defectors were freed.', 'number', 'A dozen', { value: 12 }],
  ['Twenty-five guards left.', 'number', 'Twenty-five', { value: 25 }],
  ['About two and a half million people live there.', 'quantity', 'two and a half million people', { value: 2_500_000, unit: 'people' }],
  ['He paid two-and-a-half million pounds.', 'money', 'two-and-a-half million pounds', { value: 2_500_000, unit: 'gbp' }],
  ['The firm lost one and a half billion dollars.', 'money', 'one and a half billion dollars', { value: 1.5e9, unit: 'usd' }],
  ['It took one and a half years.', 'quantity', 'one and a half years', { value: 1.5, unit: 'year' }],
  ['Three and a quarter million tonnes were shipped.', 'quantity', 'Three and a quarter million tonnes', { value: 3_250_000, unit: 't' }],
  ['A million and a half people marched.', 'quantity', 'A million and a half people', { value: 1_500_000, unit: 'people' }],
  ['It cost two billion and a quarter dollars.', 'money', 'two billion and a quarter dollars', { value: 2.25e9, unit: 'usd' }],
  ['He waited a dozen and a half years.', 'quantity', 'a dozen and a half years', { value: 18, unit: 'year' }],
  ['A quarter of a million people marched.', 'quantity', 'A quarter of a million people', { value: 250_000, unit: 'people' }],
  ['Three quarters of a billion was spent.', 'number', 'Three quarters of a billion', { value: 750_000_000 }],
  ['A hundred and fifty people came.', 'quantity', 'A hundred and fifty people', { value: 150, unit: 'people' }],
  ['Two hundred and fifty thousand marched.', 'number', 'Two hundred and fifty thousand', { value: 250_000 }],
  ['Sales rose by five per cent.', 'percent', 'five per cent', { value: 5, unit: '%' }],
  // A hard-wrapped line may break between "per" and "cent".
  ['We measured roughly 38 per\ncent loss of section.', 'percent', '38 per\ncent', { value: 38, unit: '%' }],
  ['The pump ran for four and three-quarter hours.', 'quantity', 'four and three-quarter hours', { value: 4.75, unit: 'h' }],
  ['Support fell by twenty-five percentage points.', 'percent', 'twenty-five percentage points', { value: 25, unit: 'pp' }],
  ['It cost three million pounds.', 'money', 'three million pounds', { value: 3_000_000, unit: 'gbp' }],
  ['It lasted three hours.', 'quantity', 'three hours', { value: 3, unit: 'h' }],
  ['Two dozen eggs broke.', 'number', 'Two dozen', { value: 24 }],
  ['The mother-of-six was freed.', 'quantity', 'mother-of-six', { value: 6, unit: 'of-count' }],
  ['One in five adults smoke.', 'number', 'One in five', { value: 0.2, unit: 'fraction' }],
  ['Nine out of ten voters agreed.', 'number', 'Nine out of ten', { value: 0.9, unit: 'fraction' }],
  ['A decision is expected by mid-March, said their lawyer.', 'date', 'March', { date: { month: 3 } }],
  // A plural fraction before a verb is still a fraction, not the number two.
  ['A survey found that two-thirds sold their work online.', 'number', 'two-thirds', { value: 2 / 3, unit: 'fraction' }],
  ['It marked the 100th birthday.', 'ordinal', '100th', { value: 100 }],
  ['It was the third amnesty.', 'ordinal', 'third', { value: 3 }],
  ['It was announced on Jan. 15 in Pyongyang.', 'date', 'Jan. 15', { date: { month: 1, day: 15 } }],
  ['It was announced on 15 January 2012 in Pyongyang.', 'date', '15 January 2012', { date: { month: 1, day: 15, year: 2012 } }],
  ['On Monday, January 16, 2012, it began.', 'date', 'Monday, January 16, 2012', { date: { weekday: 1, month: 1, day: 16, year: 2012 } }],
  ['It began in March 2003.', 'date', 'March 2003', { date: { month: 3, year: 2003 } }],
  ['Amnesties were rare in the 1990s.', 'year', '1990s', { value: 1990, decade: true }],
  ['The meeting began at 10:30 on Monday.', 'quantity', '10:30', { value: 630, unit: 'clock12' }],
  ['Polls close at 9.45pm tonight.', 'quantity', '9.45pm', { value: 21 * 60 + 45, unit: 'clock' }],
  ['The strike starts at 3 a.m. on Friday.', 'quantity', '3 a.m.', { value: 180, unit: 'clock' }],
  ['Kick-off is at 19:45.', 'quantity', '19:45', { value: 19 * 60 + 45, unit: 'clock' }],
  ['Temperatures reached 40C in Seville.', 'quantity', '40C', { value: 40, unit: 'degC' }],
  ['It was -5 °F at dawn.', 'quantity', '-5 °F', { value: -5, unit: 'degF' }],
  ['It hit 104 degrees Fahrenheit.', 'quantity', '104 degrees Fahrenheit', { value: 104, unit: 'degF' }],
  // Concentrations, as a monitoring table and a reporter write them.
  ['Fine particles reached 88 µg/m³ overnight.', 'quantity', '88 µg/m³', { value: 88, unit: 'ugm3' }],
  ['Fine particles reached 88 micrograms per cubic metre overnight.', 'quantity', '88 micrograms per cubic metre', { value: 88, unit: 'ugm3' }],
  ['VOCs measured 260 parts per billion at the school.', 'quantity', '260 parts per billion', { value: 260, unit: 'ppb' }],
  ['Ammonia was 1.2 mg/l downstream.', 'quantity', '1.2 mg/l', { value: 1.2, unit: 'mgl' }],
  ['The new leader, Kim Jong Un, spoke.', 'name', 'Kim Jong Un', { name: ['kim', 'jong', 'un'] }],
  ['Officials of the People’s Safety Ministry took bribes.', 'name', 'People’s Safety Ministry', { name: ['people', 'safety', 'ministry'] }],
];

for (const [text, kind, written, fields] of extraction) {
  test(`extracts ${kind} "${written}" from "${text}"`, () => {
    const v = only(text, kind);
    assert.equal(v.text, written);
    for (const [k, expected] of Object.entries(fields)) {
      const actual = (v as unknown as Record<string, unknown>)[k];
      if (typeof expected === 'object' && !Array.isArray(expected)) assert.deepEqual(Object.fromEntries(Object.entries(actual as object).filter(([, x]) => x !== undefined)), expected);
      else assert.deepEqual(actual, expected);
    }
  });
}

test('pence: "6.2p a share", "a 50p coin", "4.1 pence" are money; "17p" and "miR-142-5p" in a text about no money are not', () => {
  assert.deepEqual(pick(only('The board proposes a dividend of 50p a share.', 'money')), ['50p', 'gbp', 0.5]);
  assert.deepEqual(pick(only('Fares on the line rise by 20 pence.', 'money')), ['20 pence', 'gbp', 0.2]);
  assert.equal(Math.round(only('The dividend rose to 6.2p.', 'money').value! * 1000), 62);
  assert.deepEqual(extractValues('Deletion of 17p was seen in the tumours.').filter((v) => v.kind === 'money'), []);
  assert.deepEqual(extractValues('miR-142-5p is a regulator of body temperature.').filter((v) => v.kind === 'money'), []);
  assert.equal(only('The meeting is at 3pm.', 'quantity').unit, 'clock');
});

test('a quarter or half of a year is a span of months: July is in "the third quarter of 2027", June is not', () => {
  const span = (text: string) => {
    const v = only(text, 'date');
    return [v.text, v.date?.month, v.date?.throughMonth, v.date?.year];
  };
  assert.deepEqual(span('The offer will complete in the third quarter of 2027.'), ['the third quarter of 2027', 7, 9, 2027]);
  assert.deepEqual(span('Profits rose in Q3 2026.'), ['Q3 2026', 7, 9, 2026]);
  assert.deepEqual(span('Sales fell in the first half of 2026.'), ['the first half of 2026', 1, 6, 2026]);
  assert.deepEqual(span('Sales rose in H2 2025.'), ['H2 2025', 7, 12, 2025]);
  // No year, no span: "the third quarter of the match" is a sports period, "a quarter of patients" a fraction.
  assert.deepEqual(extractValues('He scored in the third quarter of the match.').filter((v) => v.kind === 'date'), []);
  const q3 = only('It will complete in the third quarter of 2027.', 'date');
  const month = (text: string) => only(text, 'date');
  assert.equal(valueAgrees(month('It will complete in July.'), q3), true);
  assert.equal(valueAgrees(month('It will complete in September 2027.'), q3), true);
  assert.equal(valueDiffers(month('It will complete in June.'), q3), true);
  assert.equal(valueDiffers(month('It will complete in August 2028.'), q3), true);
});

/** Text, unit and value of a value. */
const pick = (v: { text: string; unit?: string; value?: number }) => [v.text, v.unit, v.value];

test('number words: "half a million" whole, "one" alone and a bare "hundred" are no numbers, "a two-day visit" is two days', () => {
  assert.equal(only('Nearly half a million children skip school.', 'quantity').value, 500_000);
  assert.deepEqual(extractValues('One of them said it was one too many.').filter((v) => v.kind !== 'name'), []);
  assert.deepEqual(extractValues('In the first hundred days, hundreds of people came.').filter((v) => v.kind === 'number'), []);
  assert.equal(only('It was a two-day visit.', 'quantity').text, 'two-day');
});

test('a season or span of years is one year value from its first year to its last; an ISO date is no span', () => {
  const years = (text: string) => extractValues(text).filter((v) => v.kind === 'year' || v.kind === 'number').map((v) => [v.kind, v.text, v.value, v.through]);
  assert.deepEqual(years('He was on loan in the 2010-11 season.'), [['year', '2010-11', 2010, 2011]]);
  assert.deepEqual(years('In 2004/05 it grew.'), [['year', '2004/05', 2004, 2005]]);
  assert.deepEqual(years('The 1999-2000 season ended.'), [['year', '1999-2000', 1999, 2000]]);
  assert.deepEqual(years('The 1999-00 season ended.'), [['year', '1999-00', 1999, 2000]]);
  assert.equal(years('It was filed on 2010-11-03.').filter(([kind]) => kind === 'year').length, 1);
});

test('a range of percentages gives two percentages; a time is not two numbers, nor a score', () => {
  const read = (text: string) => extractValues(text).filter((v) => v.kind !== 'name' && v.kind !== 'date').map((v) => [v.kind, v.text, v.value]);
  assert.deepEqual(read('Unemployment was 76-85% in the region.'), [['percent', '76', 76], ['percent', '85%', 85]]);
  assert.deepEqual(read('Rates rose from 5 to 7 per cent.'), [['percent', '5', 5], ['percent', '7 per cent', 7]]);
  assert.deepEqual(read('Support rose 1.5-2 percentage points.'), [['percent', '1.5', 1.5], ['percent', '2 percentage points', 2]]);
  assert.deepEqual(read('The meeting started at 10:30 on Monday.'), [['quantity', '10:30', 630]]);
  assert.deepEqual(read('Chelsea won 2-1 at home.'), [['quantity', '2-1', 2001]]);
  assert.deepEqual(read('A score of 2:1 and a price of 3.5 are no times.'), [['quantity', '2:1', 2001], ['number', '3.5', 3.5]]);
  // A score is one value, the higher figure first; a range of something stays two figures.
  assert.deepEqual(read('Arsenal lost 1-2 and the vote went 5-4.'), [['quantity', '1-2', 2001], ['quantity', '5-4', 5004]]);
  // (The first figure of a range of a measure is in the measure's unit: "10-15 days", "from 32 to 24 hours".)
  assert.deepEqual(read('Those aged 25-30 stayed 10-15 days.'), [['number', '25', 25], ['number', '30', 30], ['quantity', '10', 10], ['quantity', '15 days', 15]]);
  assert.deepEqual(read('Opening hours fell from 32 to 24 hours a week.'), [['quantity', '32', 32], ['quantity', '24 hours', 24]]);
  // A change of a measure the words before name: "hours … would fall from 32 to 24 a week".
  assert.deepEqual(read('Hours at the library would fall from 32 to 24 a week.'), [['quantity', '32', 32], ['quantity', '24 a week', 24]]);
  assert.deepEqual(read('Visitors to the library would fall from 32 to 24 a week.'), [['number', '32', 32], ['number', '24 a week', 24]]);
  // A score agrees only with the same score: no rounding.
  const score = (text: string) => extractValues(text).find((v) => v.unit === 'score')!;
  assert.ok(!valueAgrees(score('They won 4-2.'), score('They won 4-1.')));
  assert.ok(valueDiffers(score('They won 4-2.'), score('They won 4-1.')));
  assert.ok(valueAgrees(score('They lost 1-4.'), score('They won 4-1.')));
  assert.deepEqual(read('They follow the 5 C rule and pay 40c a cup.'), [['number', '5', 5], ['number', '40', 40]]);
});

test('a number word capitalised inside a sentence is part of a name, not a number; at its start it is a number', () => {
  const numbers = (text: string) => extractValues(text).filter((v) => v.kind === 'number' || v.kind === 'quantity').map((v) => v.text.split(' ')[0]);
  const names = (text: string) => extractValues(text).filter((v) => v.kind === 'name').map((v) => v.text);
  assert.deepEqual(numbers('England won the Six Nations title.'), []);
  assert.deepEqual(names('England won the Six Nations title.'), ['Six Nations']);
  assert.deepEqual(numbers('The Big Four banks reported profits.'), []);
  assert.deepEqual(numbers('He drove in Formula One for years.'), []);
  assert.deepEqual(numbers('He drove in Formula One for a decade.'), ['a'], 'the period is a value, the name is not');
  assert.deepEqual(numbers('Six people were hurt.'), ['Six']);
  assert.deepEqual(numbers('He said: "Six were hurt."'), ['Six']);
  assert.deepEqual(numbers('Police said six were hurt.'), ['six']);
  assert.deepEqual(numbers('Kabul (CNN)Three people were killed.'), ['Three']);
});

test('"May" the modal verb and a bare year count are not dates; "one of" is not a number', () => {
  assert.deepEqual(extractValues('They may 5 times refuse.').filter((v) => v.kind === 'date'), []);
  assert.deepEqual(extractValues('He was one of the officials.').filter((v) => v.kind === 'number'), []);
  assert.equal(only('It employs 2000 workers.', 'quantity').value, 2000);
});

const comparisons: [string, string, 'agrees' | 'differs' | 'neither'][] = [
  ['4,500 prisoners', '4500 prisoners', 'agrees'],
  ['4.5 million', '4,500,000', 'agrees'],
  ['about 4,600', '4,500', 'agrees'],
  ['more than 260,000 volumes', '268,000 volumes', 'agrees'],
  ['260,000 volumes', '268,000 volumes', 'differs'],
  ['January 10', 'January 10, 2012', 'agrees'],
  ['January 15', 'January 10', 'differs'],
  ['2003', '2002', 'differs'],
  ['1990s', '1994', 'agrees'],
  ['90th', '100th', 'differs'],
  ['Kim Jong Il', 'Kim Jong Un', 'differs'],
  ['Kim Jong Un', 'leader Kim Jong Un', 'agrees'],
  ['Kim Jong Un', 'Barack Obama', 'neither'],
  ['18%', '18 people', 'neither'],
  ['two and a half million people', '2.5 million people', 'agrees'],
  ['two and a half million people', '3.5 million people', 'differs'],
  ['a quarter of a million', '250,000', 'agrees'],
  ['a million and a half people', '1.5 million people', 'agrees'],
  ['a million and a half people', '2.5 million people', 'differs'],
  ['a dozen and a half eggs', '18 eggs', 'agrees'],
  ['the mother-of-six', 'the mother-of-five', 'differs'],
  ['69', 'the grandmother-of-three', 'neither'],
  ['a quarter of a million', 'half a million', 'differs'],
  ['five per cent', '5%', 'agrees'],
  ['five per cent', '6%', 'differs'],
  ['a hundred and fifty people', '150 people', 'agrees'],
  ['a hundred and fifty people', 'fifty people', 'differs'],
  ['three million dollars', '$3m', 'agrees'],
  ['three million dollars', '$4m', 'differs'],
  ['the 2010-11 season', 'the 2010-11 season', 'agrees'],
  ['the 2010-11 season', 'the 2011-12 season', 'differs'],
  ['2011', 'the 2010-11 season', 'agrees'],
  ['2012', 'the 2010-11 season', 'differs'],
  ['one in five adults', '20% of adults', 'agrees'],
  ['one in five adults', 'one in four adults', 'differs'],
  ['half of voters', '50% of voters', 'agrees'],
  ['a third of voters', '40% of voters', 'differs'],
  ['1 in 4', '25%', 'agrees'],
  ['one and a half years', '18 months', 'agrees'],
  ['18 months', 'three years', 'differs'],
  ['two weeks', '14 days', 'agrees'],
  ['two weeks', 'ten days', 'differs'],
  ['48 hours', 'two days', 'agrees'],
  ['18 months', '18 people', 'neither'],
  ['$2 billion', '2 billion yen', 'neither'],
  ['at 10:30', 'at 10.30am', 'agrees'],
  ['at 10:30', 'at 10:30pm', 'agrees'],
  ['at 10:30', 'at 11:30', 'differs'],
  ['at 7pm', 'at 19:00', 'agrees'],
  ['at 7pm', 'at 7am', 'differs'],
  ['40C', '104F', 'agrees'],
  ['40C', '95F', 'differs'],
  ['40C', '40 degrees Celsius', 'agrees'],
  ['76-85% of voters', '76% of voters', 'agrees'],
  ['88 µg/m³', '88 micrograms per cubic metre', 'agrees'],
  ['260 ppb', '260 parts per billion', 'agrees'],
  ['260 ppb', '620 parts per billion', 'differs'],
];

for (const [a, b, expected] of comparisons) {
  test(`"${a}" vs "${b}": ${expected}`, () => {
    const [va] = extractValues(`They said ${a} here.`).filter((v) => v.kind !== 'name' || /\p{Lu}/u.test(a));
    const vb = extractValues(`They said ${b} here.`).find((v) => v.kind !== 'name' || /\p{Lu}/u.test(b))!;
    assert.ok(va && vb, `values of "${a}" and "${b}"`);
    assert.equal(valueAgrees(va, vb), expected === 'agrees', 'agrees');
    assert.equal(valueDiffers(va, vb), expected === 'differs', 'differs');
  });
}

test('roles pair a value with the source value about the same thing', () => {
  const [claim] = extractValues('The amnesty marks the 90th birthday of Kim Il Sung.').filter((v) => v.kind === 'ordinal');
  const source = extractValues('It commemorates the 100th birthday of Kim Il Sung, the 70th birthday of Kim Jong Il and the year 2012.').filter((v) => v.kind === 'ordinal');
  const [hundredth, seventieth] = source;
  assert.ok(roleSimilarity(claim, hundredth) > roleSimilarity(claim, seventieth));
});

/** The first value of a text, and its first name (for the comparisons below). */
const first = (text: string) => extractValues(text)[0];
const firstName = (text: string) => extractValues(text).find((v) => v.kind === 'name')!;

test('a country or union written two ways is one name: "United States" / "US" / "U.S." / "America", "Britain" / "UK"; not a capitalised "Us"', () => {
  for (const [a, b] of [['the United States', 'the US'], ['the U.S. said', 'in the United States'], ['in America', 'the US'], ['he said Britain', 'the UK said'], ['the European Union', 'the EU'], ['the United Nations', 'the UN']]) {
    assert.ok(valueAgrees(firstName(a), firstName(b)), `${a} / ${b}`);
    assert.ok(valueAgrees(firstName(b), firstName(a)), `${b} / ${a}`);
  }
  assert.ok(!valueAgrees(firstName('the United States'), firstName('the UK')));
  assert.ok(!valueAgrees(firstName('in Us Weekly'), firstName('the United States')));
  assert.ok(!valueAgrees(firstName('the National Health Service'), firstName('the NHS')), 'initials in general are not a name');
});

test('news-wire figures: "310 mln dlrs" is money, "45 pct" a percentage; an area is its own unit', () => {
  assert.deepEqual([first('averaged 310 mln dlrs').kind, first('averaged 310 mln dlrs').value, first('averaged 310 mln dlrs').unit], ['money', 310e6, 'usd']);
  assert.ok(valueAgrees(first('averaged 310 million dollars'), first('averaged 310 mln dlrs')));
  assert.ok(valueAgrees(first('45 percent of loans'), first('45 pct of loans')));
  assert.deepEqual([first('155 square kilometers').kind, first('155 square kilometers').unit], ['quantity', 'square-km']);
  assert.ok(!valueAgrees(first('155 square miles'), first('155 square kilometers')));
  assert.ok(!valueAgrees(first('155 kilometers'), first('155 square kilometers')));
});

test('a bound that says more than the source\'s is not stated by it: "at least 9,000" / "at least 8,000"', () => {
  assert.ok(!valueAgrees(first('at least 9,000 tickets'), first('at least 8,000 tickets')));
  assert.ok(valueAgrees(first('at least 7,500 tickets'), first('at least 8,000 tickets')));
  assert.ok(!valueAgrees(first('at most 7,000 tickets'), first('at most 8,000 tickets')));
  assert.ok(valueAgrees(first('almost 20%'), first('19.84%')));
});

test('a change by a factor said with a verb is a value in times: "would triple" against "would double", "halved"; not "a double room"', () => {
  const quantity = (text: string) => extractValues(text).find((v) => v.kind === 'quantity');
  assert.deepEqual([quantity('sales would triple next year')?.value, quantity('sales would triple next year')?.unit], [3, 'times']);
  assert.ok(valueDiffers(quantity('sales would triple next year')!, quantity('sales would double next year')!));
  assert.ok(valueAgrees(quantity('profits doubled')!, quantity('profits are two times higher')!));
  assert.equal(quantity('costs have halved')?.value, 0.5);
  for (const text of ['a double room', 'double-digit growth', 'a triple jump', 'the bar doubles as a cafe']) assert.equal(quantity(text), undefined, text);
});

test('half a unit exactly is no rounding: "two years" is not 18 months, "3 million" not 2.5 million; "about two years" may be', () => {
  assert.ok(!valueAgrees(first('two years'), first('18 months')));
  assert.ok(valueDiffers(first('two years'), first('18 months')));
  assert.ok(!valueAgrees(first('3 million people'), first('2.5 million people')));
  assert.ok(valueAgrees(first('one and a half years'), first('18 months')));
  assert.ok(valueAgrees(first('about two years'), first('18 months')));
});

test('a long acronym may be written in title case as the BBC does ("Nato"); a two-letter one must be capitals', () => {
  assert.ok(valueAgrees(firstName('troops from Nato arrived'), firstName('the North Atlantic Treaty Organization said')));
  assert.ok(!valueAgrees(firstName('in Us Weekly'), firstName('the US')));
});

test('words that name properties of an object are words: "Constructor Smith" is a name, "5 constructor titles" a number', () => {
  const read = (text: string) => extractValues(text).map((v) => [v.kind, v.text]);
  assert.deepEqual(read('He met Constructor Smith and won 5 constructor titles'), [['name', 'Constructor Smith'], ['number', '5']]);
});

test('an acronym abbreviates the words it stands for, and nothing else', () => {
  for (const [short, long] of [
    ['EU', 'European Union'],
    ['Non-EU', 'Non-European Union'],
    ['PBGC', 'Pension Benefit Guaranty Corporation'],
    ['PM', 'Prime Minister'],
    ['TB', 'Tuberculosis'],
  ]) assert.ok(abbreviates(short, long), `${short} / ${long}`);
  for (const [short, long] of [
    ['UK', 'United States'],
    ['TB', 'Tibet'],
    ['UN', 'Uganda'],
    ['EU', 'Non-European Union'],
    ['ISG', 'International Steel'],
    ['Labour', 'Conservatives'],
  ]) assert.ok(!abbreviates(short, long), `${short} / ${long}`);
});

test('differences: "by 382 votes", "up £104", "45 minutes longer" are differences, stated by two figures that far apart', () => {
  const v = (text: string) => extractValues(text).find((x) => x.kind !== 'name')!;
  assert.equal(v('Raman won by 382 votes.').difference, true);
  assert.equal(v('A band D bill rises to £2,187, up £104.').difference, undefined);
  assert.equal(extractValues('A band D bill rises to £2,187, up £104.').find((x) => x.text === '£104')?.difference, true);
  assert.equal(v('The new route is 45 minutes longer.').difference, true);
  assert.equal(v('Raman took 1,486 votes.').difference, undefined);
  assert.equal(v('The report is due by 10am.').difference, undefined);
  const row = extractValues('Priya Raman | Labour | Votes: 1,486 | Share (%): 41.2').concat(extractValues('Tom Hargreaves | Conservative | Votes: 1,104 | Share (%): 30.6'));
  assert.ok(statesDifference(v('She won by 382 votes.'), row));
  assert.ok(statesDifference(v('Her share was 10.6 percentage points higher.'), row));
  assert.ok(!statesDifference(v('She won by 392 votes.'), row));
  // Not a level: "382 votes" without "by" is not a difference; a bound holds as bounds do.
  assert.ok(!statesDifference(v('She took 382 votes.'), row));
  assert.ok(statesDifference(v('She won by more than 300 votes.'), row));
  assert.ok(!statesDifference(v('She won by more than 400 votes.'), row));
  // Money in its scale, from a "(£m)" column.
  const budget = extractValues('Libraries | 2025/26 budget (£m): 3.9 | 2026/27 budget (£m): 3.2 | Change (%): -17.9');
  assert.deepEqual(budget.filter((x) => x.kind === 'money').map((x) => x.value), [3_900_000, 3_200_000]);
  assert.deepEqual(budget.filter((x) => x.kind === 'percent').map((x) => x.value), [17.9]);
  assert.ok(statesDifference(v('The library budget fell by £0.7m.'), budget));
  assert.ok(!statesDifference(v('The library budget fell by £0.9m.'), budget));
});

test('a duration in years and months is one figure; a share is no rival of a duration', () => {
  const [served] = extractValues('He was sentenced to seven years and six months in prison.');
  assert.deepEqual([served.text, served.value, served.unit], ['seven years and six months', 90, 'month']);
  assert.deepEqual(extractValues('3 years 9 months').map((v) => [v.value, v.unit]), [[45, 'month']]);
  const [half] = extractValues('jailed for seven and a half years');
  assert.ok(valueAgrees(half, served));
  const [eight] = extractValues('jailed for eight and a half years');
  assert.ok(valueDiffers(eight, served));
  const [minutes] = extractValues('nine minutes before it finished');
  const [share] = extractValues('about one in five requests failed');
  assert.equal(valueDiffers(minutes, share), false);
  assert.equal(valueDiffers(share, minutes), false);
});

test('a measure after a describing word, and a spaced "m" of metres; a measure is no bare count', () => {
  const units = (text: string) => extractValues(text).map((x) => [x.text, x.unit ?? null]);
  assert.deepEqual(units('firing two rapid centuries'), [['two rapid centuries', 'century']]);
  assert.deepEqual(units('risen for five consecutive months'), [['five consecutive months', 'month']]);
  assert.deepEqual(units('drops three this week'), [['three', null]]);
  assert.deepEqual(units('sank in a depth of about 55 m.'), [['55 m', 'm']]);
  assert.deepEqual(units('raised £55 m.').map(([, u]) => u), ['gbp']);
  const [hours] = extractValues('for more than five hours');
  const [crew] = extractValues('Five boarded the liferaft');
  assert.equal(valueAgrees(hours, crew), false);
  const [age] = extractValues('the 27-year-old');
  const [bare] = extractValues('Khanal, 27, said');
  assert.ok(valueAgrees(age, bare));
});

test('"N times" counts occasions unless it multiplies something: "spotted 70 times" is "seen on 70 occasions"', () => {
  const [times] = extractValues('drones had been spotted at least 70 times since October');
  const [occasions] = extractValues('drones had been seen on at least 70 occasions since October');
  assert.deepEqual([times.unit, occasions.unit], ['occasion', 'occasion']);
  assert.ok(valueAgrees(times, occasions));
  assert.deepEqual(extractValues('prices rose three times faster').map((x) => x.unit), ['times']);
  assert.deepEqual(extractValues('it was four times the size').map((x) => x.unit), ['times']);
  // A video's views are no rival of an age ("Daniel, 25," / "viewed over 100,000 times online").
  const [views] = extractValues('has been viewed over 100,000 times online');
  const [age] = extractValues('Daniel, 25, says');
  assert.equal(views.unit, 'occasion');
  assert.equal(valueAgrees(age, views), false);
});

test('a lead in points is a difference in points: stated by a count or a lead of points, not by a share', () => {
  const lead = extractValues('Bayern are 13 points clear of Wolfsburg.').find((v) => v.unit === 'points')!;
  assert.ok(lead && lead.difference);
  const first = (text: string) => extractValues(text).find((v) => v.kind !== 'name')!;
  assert.ok(valueAgrees(lead, first('Bayern extended their lead over Wolfsburg to 13 points.')));
  assert.ok(valueAgrees(lead, first('Bayern have a 13-point lead.')));
  assert.ok(!valueAgrees(lead, first('Support stands at 13 per cent.')));
  assert.ok(!valueAgrees(lead, first('Bayern extended their lead over Wolfsburg to 12 points.')));
});

test('a change in per cent implies a ratio: "+112%" and "rising by 112 per cent" are 2.12 times, "down 55%" 0.45', () => {
  const ratios = (text: string) => percentChangeRatios(text, extractValues(text)).map((r) => Number(r.toFixed(2)));
  assert.deepEqual(ratios('Goldfinch | Change 1994-2024: +112% | Squares 2024: 1,702'), [2.12]);
  assert.deepEqual(ratios('Goldfinch numbers rose by 112 per cent; starlings were down 55%.'), [2.12, 0.45]);
  // A share is no change: "112 per cent of the average", "a 40% stake".
  assert.deepEqual(ratios('Rainfall was 148 per cent of the average, and the firm bought a 40% stake.'), []);
});
