/**
 * The cases of issue 9 ("Verdicts a newsroom can trust"), each as a draft sentence against sources: the verdict,
 * and what the writer is told — the source's value for a contradiction, the missing words for an unsupported
 * claim.
 *
 * The sources are short reports written for these tests in the register of the BBC business and sport articles
 * the cases came from (the BBC texts themselves stay out of the repository); `AMNESTY` is the excerpt of the
 * user's sample article in fixtures.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/check';
import { DEFAULT_CONFIG, DEFAULT_THRESHOLDS } from '../../../server/src/core/config';
import { checkReasons, isCheckworthy } from '../../../server/src/core/draft/checkworthy';
import type { Claim, ClaimResult } from '../../../server/src/core/types';
import { judgeClaim } from '../../../server/src/core/verdict/claims';
import { extractValues, nameForms } from '../../../server/src/core/verdict/values';
import { claimHover } from '../../../server/src/hoverCards';
import { indexOf, makeDocument } from './sources';
import { AMNESTY } from './fixtures';
import { withProductWordVectors } from './productVectors';

const AUCTION = `Yukos unit sold at auction

Russia sold Yuganskneftegas, the main production unit of the oil firm Yukos, at an auction in Moscow on Sunday. The state-backed gas monopoly Gazprom had been seen as the favourite.

According to the Tass news agency, Gazprom did not make a single bid. The little-known Baikal Finance Group won the unit for $9.4bn, outbidding the favourite, Gazprom.

Russian newspapers say Baikal has strong links with Surgutneftegas, the country's fourth-biggest oil producer. Yugansk pumps close to a million barrels of oil a day.

The sale came in December, after more than a year of wrangling between Yukos and the Kremlin over a $27bn tax bill. The company employs 26, 000 people in Siberia.
`;

const FOOTBALL = `Cup holders knocked out

Holders Liverpool went out of the cup on Saturday. A late goal from Liverpool's Daniel Sturridge was not enough to save them.

Their goalkeeper, Bueno, spent the 2010-11 season on loan at Derby County, five years ago.
`;

const COOKERY = `Allium vegetables

Onions, garlic and leeks all belong to the allium family of plants.
`;

const INTERVIEW = `Interview with a trader, Hyesan, 20 January 2012

A trader in the market said that families with money have already paid. The money went to prison officials to put relatives on the list.
`;

const HEALTH = `Blood test for Alzheimer's

Researchers have developed a blood test to detect Alzheimer's disease, by measuring markers in the blood that appear years before the symptoms.
`;

const CITY = `The capital in figures

About 2.5 million people live in the capital. A quarter of a million of them work for the state.

The new metro line cost one and a half billion dollars and took 18 months to build.

Fares rose by five per cent last year, and a hundred and fifty new buses were bought.

One in five residents uses the metro every day.

Its chief engineer, a Georgian national, left the country in May.

The metro opens at 5.30am and closes at 11pm. On the hottest day last summer the temperature in the tunnels reached 40C.
`;

const SOURCES: Record<string, string> = {
  'auction.txt': AUCTION,
  'football.txt': FOOTBALL,
  'cookery.txt': COOKERY,
  'interview.txt': INTERVIEW,
  'health.txt': HEALTH,
  'amnesty.txt': AMNESTY,
  'city.txt': CITY,
};

const index = indexOf(Object.entries(SOURCES).map(([name, text]) => makeDocument(name, text)));

function judge(text: string): ClaimResult {
  const claim: Claim = { text, span: { start: 0, end: text.length }, paragraph: 0, citations: [], reasons: [] };
  return judgeClaim(claim, index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 });
}

function why(r: ClaimResult): string {
  return `${r.verdict} (p=${r.score.toFixed(2)}; conflicts ${JSON.stringify(r.conflicts.map((c) => [c.claim, c.source, c.kind]))}; missing ${JSON.stringify(r.missing)})`;
}

/** The claim is contradicted, and the source's value is given. */
function contradicted(text: string, claimValue: string, sourceValue: string) {
  const r = judge(text);
  assert.equal(r.verdict, 'contradicted', why(r));
  const c = r.conflicts.find((x) => x.claim.includes(claimValue));
  assert.ok(c, `no conflict on "${claimValue}": ${why(r)}`);
  assert.ok(c.source.includes(sourceValue), `source value "${c.source}" should hold "${sourceValue}"`);
}

/** The claim is unsupported, and the missing words are named. */
function unsupported(text: string, missing: string[]) {
  const r = judge(text);
  assert.equal(r.verdict, 'unsupported', why(r));
  for (const word of missing) assert.ok(r.missing?.some((m) => m.includes(word)), `"${word}" should be among the missing words: ${why(r)}`);
}

function supported(text: string) {
  const r = judge(text);
  assert.equal(r.verdict, 'supported', why(r));
  assert.deepEqual(r.conflicts, []);
}

// The vectors are process-wide and the unit suite runs in one process: they are loaded for these tests only (hooks
// of this suite, not of the whole run) and the ones before are restored after.
describe('issue 9 cases, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a changed month is a contradiction: "in November" where the source says December', () => {
    contradicted('The sale came in November, after more than a year of wrangling between Yukos and the Kremlin.', 'November', 'December');
  });

  test('number words are figures: "a billion barrels", "two million" and "2 million" against "a million"', () => {
    contradicted('Yugansk pumps close to a billion barrels of oil a day.', 'a billion barrels', 'a million barrels');
    contradicted('Yugansk pumps close to two million barrels of oil a day.', 'two million barrels', 'a million barrels');
    contradicted('Yugansk pumps close to 2 million barrels of oil a day.', '2 million barrels', 'a million barrels');
    supported('Yugansk pumps close to one million barrels of oil a day.');
  });

  test('whole numbers and fractions in words are figures: "two and a half million", "a quarter of a million"', () => {
    supported('Some two and a half million people live in the capital.');
    contradicted('About three and a half million people live in the capital.', 'three and a half million', '2.5 million');
    supported('About 250,000 of them work for the state.');
    contradicted('The new metro line cost two-and-a-half billion dollars.', 'two-and-a-half billion dollars', 'one and a half billion dollars');
    supported('The new metro line cost $1.5bn.');
  });

  test('number words with "per cent", currencies and "and": "five per cent", "a hundred and fifty"', () => {
    supported('Fares rose by 5% last year.');
    contradicted('Fares rose by six per cent last year.', 'six per cent', 'five per cent');
    supported('Last year 150 new buses were bought.');
    contradicted('Last year fifty new buses were bought.', 'fifty', 'a hundred and fifty');
  });

  test('shares as ratios and percentages: "one in five" for "20%"', () => {
    supported('About 20% of residents use the metro every day.');
    contradicted('One in three residents uses the metro every day.', 'One in three', 'One in five');
    contradicted('Half of the residents use the metro every day.', 'Half', 'One in five');
  });

  test('a season is a span of years: "in 2010-11" is not the number 11', () => {
    supported('Bueno played for Derby County on loan in 2010-11.');
    contradicted('Bueno played for Derby County on loan in 2012-13.', '2012', '2010');
  });

  test('a place named as a noun or an adjective is no swap: "a Georgia national" for "a Georgian national"', () => {
    supported('Its chief engineer, a Georgia national, left the country in May.');
    contradicted('Its chief engineer, a Russian national, left the country in May.', 'Russian', 'Georgian');
    assert.equal(nameForms('Italy', 'Italian'), true);
    assert.equal(nameForms('Austria', 'Australian'), false);
    assert.equal(nameForms('Iran', 'Iraqi'), false);
    // A people's noun is its adjective's and its country's ("the first Briton home" / "the first British finisher").
    assert.equal(nameForms('Briton', 'British'), true);
    assert.equal(nameForms('Dane', 'Denmark'), true);
    assert.equal(nameForms('Scot', 'British'), false);
  });

  test('periods in other units: "one and a half years" for "18 months"', () => {
    supported('The new metro line took one and a half years to build.');
    contradicted('The new metro line took three years to build.', 'three years', '18 months');
  });

  test('times of day and temperatures are one value each, in any notation: "5:30am", "23:00", "104F"', () => {
    supported('The metro opens at 5:30 and closes at 23:00.');
    contradicted('The metro opens at 6.30am and closes at 11pm.', '6.30am', '5.30am');
    supported('On the hottest day last summer the temperature in the tunnels reached 104F.');
    contradicted('On the hottest day last summer the temperature in the tunnels reached 45C.', '45C', '40C');
  });

  test('a qualifier is part of the fact: "more than five years" against "more than a year"', () => {
    contradicted('The sale came in December, after more than five years of wrangling between Yukos and the Kremlin.', 'five years', 'a year');
  });

  test('a rival company named in apposition: "outbidding the favourite, Surgutneftegas"', () => {
    contradicted('The little-known Baikal Finance Group won the unit for $9.4bn, outbidding the favourite, Surgutneftegas.', 'Surgutneftegas', 'Gazprom');
  });

  test('a player moved to another club: "Arsenal\'s Daniel Sturridge"', () => {
    contradicted("A late goal from Arsenal's Daniel Sturridge was not enough to save them.", 'Arsenal', 'Liverpool');
  });

  test('a changed item of a list: "Kennel, garlic and leeks" against "Onions, garlic and leeks"', () => {
    // An item of a list swapped for a word that word vectors call unrelated: a contradiction naming the source's item.
    contradicted('Kennel, garlic and leeks all belong to the allium family of plants.', 'Kennel', 'Onions');
  });

  test('most of the claim in no source: the missing words are named', () => {
    // ("signed" is no missing word: the article has "a sign of the benevolence", the same stem.)
    unsupported('Kim Jong Un signed the amnesty decree at a ceremony in Pyongyang.', ['decree', 'ceremony', 'Pyongyang']);
  });

  test('a negation is a claim, and contradicts the source that denies it', () => {
    const text = 'Gazprom made several bids.';
    const reasons = checkReasons(text, { quote: false, citation: false });
    assert.ok(isCheckworthy(text, reasons), `reasons ${JSON.stringify(reasons)}`);
    const r = judge(text);
    assert.equal(r.verdict, 'contradicted', why(r));
    assert.equal(r.conflicts[0].kind, 'negation');
    assert.match(r.conflicts[0].source, /did not make/);
  });

  test('a list of years: two changed years are a contradiction, not a lack of support', () => {
    contradicted('Previous amnesties have been held in 2003, 2005 and 2011 to celebrate Kim Il Sung’s birthday.', '2003', '2002');
  });

  test('"26, 000" (a space after the comma) is 26,000, not 000', () => {
    supported('The company employs 26,000 people in Siberia.');
    contradicted('The company employs 36,000 people in Siberia.', '36,000', '26, 000');
  });

  test('a faithful paraphrase over two sentences of an interview is supported', () => {
    supported('Families with money have already paid prison officials to put relatives on the list, a trader said.');
  });

  test('faithful rewordings: attribution moved, figures written another way', () => {
    supported('Gazprom did not make a single bid, according to the Tass news agency.');
    supported('The little-known Baikal Finance Group won the unit for $9.4 billion.');
  });

  test('hedges and rhetoric are not claims; statements with a named subject are', () => {
    for (const text of ['It is hard to say.', 'It remains to be seen.', 'Time will tell.', 'Will the deal survive?']) {
      assert.equal(isCheckworthy(text, checkReasons(text, { quote: false, citation: false })), false, text);
    }
    for (const text of ['China has agreed to buy more oil.', 'Gazprom made several bids.']) {
      assert.equal(isCheckworthy(text, checkReasons(text, { quote: false, citation: false })), true, text);
    }
  });

  test('the message of an unsupported claim names the missing words, and says where the closest passage is', async () => {
    const draft = 'Kim Jong Un signed the amnesty decree at a ceremony in Pyongyang.\n';
    const report = await checkDraft(draft, index, { config: DEFAULT_CONFIG, format: 'text' });
    const finding = report.findings.find((f) => f.code === 'unsupported-claim');
    assert.ok(finding, JSON.stringify(report.findings));
    assert.match(finding.message, /No source states .*“Pyongyang”/);
    assert.match(finding.message, /amnesty\.txt:\d+/);
    assert.ok(report.claims[0].missing?.includes('Pyongyang'));
  });

  test('the message of a contradiction gives the source value', async () => {
    const draft = 'The sale came in November, after more than a year of wrangling between Yukos and the Kremlin.\n';
    const report = await checkDraft(draft, index, { config: DEFAULT_CONFIG, format: 'text' });
    const finding = report.findings.find((f) => f.code === 'contradicted-claim');
    assert.ok(finding, JSON.stringify(report.findings));
    assert.match(finding.message, /The source gives December, not November \(auction\.txt:\d+\)/);
  });

  test('a faithful paraphrase with other words for the same things: "scientists … diagnose" for "researchers … detect"', () => {
    supported("Scientists have developed a blood test which could help diagnose Alzheimer's.");
  });

  test('the hover card of an unsupported claim names the missing words', () => {
    const r = judge('Kim Jong Un signed the amnesty decree at a ceremony in Pyongyang.');
    assert.equal(r.verdict, 'unsupported', why(r));
    // Without a diagnostic (a severity turned off) the card says it; with one, the diagnostic's message does
    // (VS Code shows it in the same hover) and the card does not repeat it.
    const card = claimHover(r, undefined, DEFAULT_THRESHOLDS.support)?.value ?? '';
    assert.match(card, /In no source: .*\*\*Pyongyang\*\*/);
  });

  test('a figure of more than 308 digits is no value: it neither supports nor contradicts another such figure', () => {
    const huge = (d: string) => d + '0'.repeat(400);
    assert.deepEqual(extractValues(`They counted ${huge('1')} grains.`), []);
    assert.deepEqual(extractValues(`They counted $${huge('1')} and ${huge('2')}%.`), []);
    const local = indexOf([makeDocument('grains.txt', `Grains\n\nThe farm counted ${huge('1')} grains of rice in the silo.\n`)]);
    const judgeIn = (text: string) => judgeClaim({ text, span: { start: 0, end: text.length }, paragraph: 0, citations: [], reasons: [] }, local, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 });
    // Read as Infinity, the two would have been the same figure and the claim supported; the other digits are a
    // word swapped into a copied sentence.
    const other = judgeIn(`The farm counted ${huge('2')} grains of rice in the silo.`);
    assert.equal(other.verdict, 'contradicted', why(other));
    assert.equal(judgeIn(`The farm counted ${huge('1')} grains of rice in the silo.`).verdict, 'supported');
  });
});
