/**
 * A writer's round-ups against short reports (sport, politics, markets), the cases found by checking such drafts
 * by hand against BBC articles: a name where the source describes the same thing ("Munster" / "the Irish
 * province"), a word and its negative ("legal" / "illegal") or its opposite ("former" / "new"), market verbs
 * ("rose" / "shed"), bounds ("at least 9,000", "almost 20%"), and a missing name that is not missing. The reports
 * are written for these tests in the register of those articles; the names are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_THRESHOLDS } from '../../../server/src/core/config';
import type { Claim, ClaimResult } from '../../../server/src/core/types';
import { judgeClaim } from '../../../server/src/core/verdict/claims';
import { indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const RUGBY = `Cup tie moved to Spain

Munster's quarter-final against Biarritz on 3 April has been moved to the Anoeta stadium in San Sebastian.

The stadium holds 32,000 people. The Irish province will be given at least 8,000 tickets. The club has sold 5,000 season tickets.
`;

const CALLS = `Parties accused over calls

Lib Dem chairman Matthew Taylor has written to the watchdog. He says such phone calls are illegal and that the rules are unclear.

The watchdog said surveys were likely to be allowed.
`;

const MARKETS = `Drug maker shares plunge

Shares in Corvane lost 70% on Monday, while its partner Hollis Bio shed 43%. Shares in Pellworth closed down 19.84% at 151.5 pence.

The broker's new chief executive, Anna Cherwell, is trying to negotiate a settlement with the attorney-general.
`;

const BROKER = `Broker under scrutiny

The stock market regulator is investigating troubled insurance broker Harrow & Tolland's shareholder transactions, the firm has said.

The Securities Commission has asked for information about transactions involving holders of 5% or more of the firm's shares. Harrow has said it is co-operating fully with the investigation. Harrow is also the focus of an inquiry by the attorney-general into whether insurers rigged the market. Prosecutors allege that Harrow - the world's biggest insurance broker - and other insurance firms may have fixed bids for corporate cover.
`;

/** News-wire copy: "mln dlrs", "pct", figures in the sentence that gives their direction. */
const WIRE = `Reserve bank borrowings average 285 mln dlrs

Discount window borrowings of member banks averaged 285 mln dlrs in the week to Wednesday March 4, the Reserve Bank said.
    The bank said that overall borrowings in the week fell 142 mln dlrs to 577 mln dlrs, with extended credits up 12 mln dlrs at 296 mln dlrs.
    Banks had average net free reserves of 602 mln dlrs a day, down from 1.28 billion two weeks earlier.
    During the week, 41 pct of net borrowings were made by the smallest banks.
    The army said its forces had taken 140 square kilometers of territory.
`;

/** For faithful paraphrases: another name for the country, another denial, a comparative. */
const WEBSITE = `Campaign website blocked abroad

Surfers outside the US have been unable to visit the official re-election site of the senator. Since 25 October attempts to view the site from monitoring stations in London, Oslo and Sydney failed.

The hosting company declined to comment, saying it could not talk about customer websites.

The new film brings a bleak and cold feel to the series. The director has never won the best director prize at the Venice film festival.
`;

const MATCH = `Leaders go clear after win

Harbury beat Oldfield 2-1 at Meadow Lane on Saturday to go three points clear at the top of the league.

Sam Price scored the winner in the 78th minute. Harbury have now won nine of their last 10 league games.
`;

const HOSTAGE = `Campaigner appeals for hostage

A former MP has appealed for the release of aid worker Mary Hallam, kidnapped in Iraq.

Mrs Hallam, 59, who led a charity's operations in Iraq, was abducted in Baghdad on 19 October. The city has suffered its most serious power cuts in a decade.
`;

/** Arts and technology pages: opposites a writer can slip into ("bought" / "sold", "widening" / "narrowing"). */
const ARTS = `Painters embrace the net

A survey of 2,400 painters found that two-thirds sold their work via the net. The gap between big and small galleries is narrowing fast, the report said.

The singer's spokesman said the allegations were untrue. The band's next album is due out in early 2006.

The data suggest that a vicious cycle might exist in which piracy causes price rises that in turn feed piracy.

Auditors found no unpaid royalties and few royalty disputes in the label's accounts.

Curator Ann Lever said the audio guides were useful because they work outside the mobile phone networks.

The Harwick gallery was recently reported to hold original prints by a Dutch master. In contrast, the auditors found no original prints by a Dutch master in its vaults.
`;

/** Athletics: a medal for another, a champion described by nationality, "not … until". */
const ATHLETICS = `Runner eyes cross country

Ukrainian 400m silver medallist Petro Hlyvka will also take part. The Ethiopian is the defending world cross country champion over both courses.

But the Kenyan, who has not raced over cross country for 12 years, will not decide until two weeks before the event. He is aiming to break Kenenisa Bekele's 5,000m world record.
`;

/** Copper and steel: the claim's figures all in a sentence of other words, a figure of another story in the same words. */
const COPPER = `Record year for copper

Production in Chile is expected rise 3.5% in 2005 to 5.5 million tonnes, said the commission.
`;
const STEEL = `Steel output slows

Crude steel output is expected to rise 0.3% in 2005, the industry body said.
`;

/** Technology and the courts: a bound and its direction word, a verdict for its opposite. */
const CHIPS = `Cheaper chip for mobiles

Halvard, which makes computer chips for more than half the world's mobile phones, said the chip was cheaper. Student Finn Bruvik had earlier been cleared on appeal after a lower court had found for the music industry.
`;

/** A film studio sued: a denial after "not able to", a negative-prefixed verb the word vectors do not hold. */
const STUDIO = `Actor sues studio

In the film he plays a military commander who disobeys orders to save a doctor. "We are not able to comment on pending litigation," studio spokesman Sean Dorsey said.
`;

/** Licensing: a period for another, a stance for its opposite. */
const PUBS = `Police urge pub closure power

New powers are needed to close disorderly pubs, bars and clubs for up to a week or even permanently, police chiefs have told MPs. He rejected critics' calls for the law change to be delayed.
`;

/** Two bond issues in the wire's words: the claim cites the first. */
const CMO = `Mortgage unit offering priced

Harlan Mortgage Assets Corp is offering 100 mln dlrs of collateralized mortgage obligations. The issue is rated AAA by Standard and Poor's and secured by agency certificates.
`;
const MUNI = `County bonds priced

The county is offering 40 mln dlrs of general obligation bonds. Non-refundable for 10 years, the issue is rated A-2 by Moody's and AA by Standard and Poor's.
`;

/** Rugby squad news: an auxiliary in the place of the source's verb. */
const SQUAD = `Prop called up

And with Tom Vickers sidelined for at least six weeks with a broken arm and Joe Whitby out with a neck injury, Bell could make his debut.
`;

/** Westminster: a party by its nickname, a warning in other words. */
const COMMONS = `Speaker bans handhelds

The Tory leader said his front bench team had reached a collective view on identity cards. The Speaker also cautioned members against using hidden earpieces in the chamber.
`;

/** Music: two dates in one sentence, one of them changed. */
const RELEASES = `Mogul backs rap band

The group are set to release their first single on 21 February, and follow it up with an album, Open Road, in March.
`;

/** Politics: acronyms for the words the report spells out, a party in the plural. */
const MIGRANTS = `Tories plan migrant health checks

Non-European Union citizens wanting to work in the UK will have to undergo tests for Tuberculosis, under plans unveiled by the Conservatives.

A positive test for TB would mean visa applications being turned down. Severe cases would be treated at once.
`;

/** A transcript's answer: figures linked by "is", which a writer links by "takes" or "costs". */
const FERRY = `Ferry crossing to resume

The harbour master said the crossing is about twenty-five minutes in calm weather. A return ticket for a car is £12 and the first boat is at 6am.
`;

/** A club statement that gives a player's age in apposition. */
const STRIKER = `Striker injured

Okonkwo, 27, has scored 14 goals in all competitions this season and is the club's top scorer. He will now begin a rehabilitation programme with the club's medical staff.
`;

const index = indexOf([makeDocument('striker.txt', STRIKER), makeDocument('ferry.txt', FERRY), makeDocument('studio.txt', STUDIO), makeDocument('pubs.txt', PUBS), makeDocument('chips.txt', CHIPS), makeDocument('cmo.txt', CMO), makeDocument('muni.txt', MUNI), makeDocument('copper.txt', COPPER), makeDocument('steel.txt', STEEL), makeDocument('squad.txt', SQUAD), makeDocument('commons.txt', COMMONS), makeDocument('releases.txt', RELEASES), makeDocument('athletics.txt', ATHLETICS), makeDocument('migrants.txt', MIGRANTS), makeDocument('arts.txt', ARTS), makeDocument('hostage.txt', HOSTAGE), makeDocument('match.txt', MATCH), makeDocument('website.txt', WEBSITE), makeDocument('wire.txt', WIRE), makeDocument('broker.txt', BROKER), makeDocument('rugby.txt', RUGBY), makeDocument('calls.txt', CALLS), makeDocument('markets.txt', MARKETS)]);

function judge(text: string): ClaimResult {
  const claim: Claim = { text, span: { start: 0, end: text.length }, paragraph: 0, citations: [], reasons: [] };
  return judgeClaim(claim, index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3 });
}

const why = (r: ClaimResult) => `${r.verdict} (conflicts ${JSON.stringify(r.conflicts.map((c) => [c.claim, c.source, c.kind]))}; missing ${JSON.stringify(r.missing)})`;

/** The claim is contradicted; with `conflicts`, exactly these [claim value, source value] pairs (and kinds, when given). */
function contradicted(text: string, conflicts?: string[][]): void {
  const r = judge(text);
  assert.equal(r.verdict, 'contradicted', `${text}: ${why(r)}`);
  if (conflicts) assert.deepEqual(r.conflicts.map((c) => [c.claim, c.source, c.kind].slice(0, conflicts[0]?.length ?? 2)), conflicts, why(r));
}

function judgeCiting(text: string, cited: string[]): ClaimResult {
  const claim: Claim = { text, span: { start: 0, end: text.length }, paragraph: 0, citations: [], reasons: [] };
  return judgeClaim(claim, index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3, preferDocuments: cited });
}

function supported(text: string): void {
  const r = judge(text);
  assert.equal(r.verdict, 'supported', `${text}: ${why(r)}`);
}

describe('a round-up against short reports, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a name where the source describes the same thing is no swap: "Munster will get" / "The Irish province will be given"', () => {
    supported('Munster will get at least 8,000 tickets.');
    // The figure still counts.
    contradicted('Munster will get at least 9,000 tickets.', [['9,000', '8,000']]);
  });

  test('a word for its negative is a contradiction: "legal" where the source says "illegal", "likely" / "unlikely"', () => {
    contradicted('Matthew Taylor says such phone calls are legal.', [['legal', 'illegal']]);
    contradicted('The watchdog said surveys were unlikely to be allowed.', [['unlikely', 'likely']]);
    // The source's own word is supported; "clear" where it says "unclear" is a negative too.
    supported('Matthew Taylor says such phone calls are illegal.');
    contradicted('He says such phone calls are illegal and that the rules are clear.');
  });

  test('opposites in the same place: "former" for "new"; market verbs: "rose" where the source says "shed"', () => {
    contradicted("Anna Cherwell, the broker's former chief executive, is trying to negotiate a settlement.", [['former', 'new']]);
    contradicted('Shares in Hollis Bio rose 43% on Monday.', [['rose', 'shed', 'direction']]);
    supported('Shares in Hollis Bio fell 43% on Monday.');
  });

  test('a bound within its own rounding is stated by the figure: "almost 20%" for 19.84%', () => {
    supported('Shares in Pellworth closed down almost 20%.');
  });

  test('a name that another passage states is not named as missing: "No source states" must be true', () => {
    // The passages chosen as evidence call the firm "Harrow"; the first sentence gives its whole name.
    const r = judge("The Securities Commission is investigating Harrow & Tolland, the world's second-biggest insurance broker.");
    assert.equal(r.verdict, 'unsupported', why(r));
    assert.deepEqual(r.missing, ['second']);
  });

  test('news-wire abbreviations are the words they stand for: "285 mln dlrs" is "285 million dollars", "41 pct" is "41 percent"', () => {
    for (const text of ['Discount window borrowings averaged 285 million dollars in the week to March 4, the Reserve Bank said.', 'The smallest banks made 41 percent of net borrowings during the week.']) {
      supported(text);
    }
    contradicted('Discount window borrowings averaged 295 million dollars in the week to March 4, the Reserve Bank said.', [['295 million dollars', '285 mln dlrs']]);
  });

  test('the same figures in the other direction: "rose 142 million dollars" where the wire says "fell 142 mln dlrs"; "up from" / "down from"', () => {
    contradicted('Overall borrowings rose 142 million dollars to 577 million dollars.', [['rose', 'fell', 'direction']]);
    supported('Overall borrowings fell 142 million dollars to 577 million dollars.');
    contradicted('Net free reserves averaged 602 million dollars a day, up from 1.28 billion two weeks earlier.', [['up', 'down', 'direction']]);
  });

  test('an area in another unit: "140 square miles" where the wire says "140 square kilometers"', () => {
    // (The figure in another unit of area, named whole: "140 square kilometers, not 140 square miles".)
    contradicted('The army said its forces had taken 140 square miles of territory.', [['140 square miles', '140 square kilometers']]);
    supported('The army said its forces had taken 140 square kilometers of territory.');
  });

  test('faithful paraphrases: "United States" for "US", "would not comment" for "declined to comment", "failed to reach" for "attempts … failed", "colder" for "cold"', () => {
    for (const text of [
      'Surfers outside the United States have been unable to visit the official re-election site of the senator.',
      'The hosting company would not comment.',
      'Monitoring stations in London, Oslo and Sydney have failed to reach the site since 25 October.',
      'The new film is colder and bleaker than the series.',
    ]) {
      supported(text);
    }
  });

  test('what still contradicts: another country, the opposite of declining, a denial more than the source', () => {
    const uk = judge('Surfers outside the UK have been unable to visit the official re-election site of the senator.');
    assert.notEqual(uk.verdict, 'supported', why(uk));
    contradicted('The hosting company agreed to comment.', [['agreed', 'declined']]);
    contradicted('The director has not never won the best director prize at the Venice film festival.');
  });

  test('a score is one value: "3-1" against "2-1" is a contradiction, though the report has a "three" elsewhere', () => {
    contradicted('Harbury beat Oldfield 3-1 at Meadow Lane on Saturday.', [['3-1', '2-1']]);
    supported('Harbury beat Oldfield 2-1 at Meadow Lane on Saturday.');
    supported('Oldfield lost 1-2 to Harbury at Meadow Lane on Saturday.');
  });

  test('a name another sentence states is no swap in a sentence the claim does not copy: "kidnapped in Baghdad" / "kidnapped in Iraq"', () => {
    supported('Mary Hallam was kidnapped in Baghdad on 19 October.');
    const age = judge('Mary Hallam, 60, was kidnapped in Baghdad on 19 October.');
    assert.ok(!age.conflicts.some((c) => c.claim === 'Baghdad'), why(age));
    assert.notEqual(age.verdict, 'supported', why(age));
  });

  test('a period after "in" or "for" is a value: "in twenty years" against "in a decade"', () => {
    contradicted('The city has suffered its worst power cuts in twenty years.', [['twenty years', 'a decade']]);
  });

  test('opposites in the same place on arts pages: "bought" / "sold", "widening" / "narrowing", "true" / "untrue", "late" / "early"', () => {
    contradicted('A survey of 2,400 painters found that two-thirds bought their work via the net.', [['bought', 'sold']]);
    contradicted('The gap between big and small galleries is widening fast, the report said.', [['widening', 'narrowing']]);
    contradicted("The singer's spokesman said the allegations were true.", [['true', 'untrue']]);
    contradicted("The band's next album is due out in late 2006.", [['late', 'early']]);
    supported('Two-thirds of the painters sold their work via the net.');
    supported('A survey of 2,400 painters found that two-thirds sold their work via the net.');
    supported('The gap between big and small galleries is narrowing fast, the report said.');
  });

  test('a denial the source does not make: "does not cause" against "causes" (the denial is no missing content)', () => {
    contradicted('Piracy does not cause price rises.');
    supported('Piracy causes price rises.');
  });

  test('a denial bears on the words right after it: "no unpaid royalties and few royalty disputes" does not deny "few royalty disputes"', () => {
    supported("Auditors found few royalty disputes in the label's accounts.");
    contradicted("Auditors found unpaid royalties in the label's accounts.");
  });

  test('a denial another passage makes too is no contradiction: "has no original prints" when the source reports the opposite claim and then refutes it', () => {
    supported('The Harwick gallery has no original prints by a Dutch master.');
  });

  test('an acronym for the words the source spells out is no swap ("Non-EU" / "Non-European Union", "TB" / "Tuberculosis"); a party in the plural is the party', () => {
    supported('Non-EU citizens wanting to work in the UK will have to undergo tests for TB, under Conservative plans.');
    contradicted('Mild cases would be treated at once.', [['Mild', 'Severe']]);
  });

  test('a denial of a word the source does not use says nothing against it: "do not rely on mobile phone networks" / "work outside the mobile phone networks"', () => {
    supported('Curator Ann Lever said the audio guides were useful because they do not rely on mobile phone networks.');
    contradicted('Curator Ann Lever said the audio guides do not work outside the mobile phone networks.');
  });

  test('athletics: a medal for another is a contradiction; a champion the source calls "the Ethiopian" is no rival name; "not … until" is no denial', () => {
    contradicted('Ukrainian 400m bronze medallist Petro Hlyvka will also take part.', [['bronze', 'silver']]);
    supported('Kenenisa Bekele is the defending world cross country champion over both courses.');
    supported('The Kenyan will decide two weeks before the event.');
    contradicted('The Kenyan has raced over cross country in the last 12 years.');
  });

  test('the one date left once the shared ones are set aside: "a single on 21 February and an album in April" / "… in March"', () => {
    contradicted('The group will release their first single on 21 February and an album in April.', [['April', 'March']]);
    supported('The group will release their first single on 21 February and an album in March.');
  });

  test('a party by its nickname is the party ("Conservative" / "Tory"); "warned members not to use" is the source\'s "cautioned members against using"', () => {
    supported('The Conservative leader said his front bench team had reached a collective view on identity cards.');
    supported('The Speaker also warned members not to use hidden earpieces in the chamber.');
    contradicted('The Labour leader said his front bench team had reached a collective view on identity cards.');
  });

  test('an auxiliary in the place of the source\'s verb changes the wording, not the fact: "will be out" / "sidelined"', () => {
    supported('Tom Vickers will be out for at least six weeks with a broken arm, and Joe Whitby has a neck injury.');
    contradicted('Tom Vickers will be out for at least eight weeks with a broken arm, and Joe Whitby has a neck injury.');
  });

  test('a passage that states every figure of the claim is about it, whatever its other words: no rival from another story', () => {
    supported('Chilean output is expected to rise 3.5% in 2005 to 5.5 million tonnes.');
    contradicted('Chilean output is expected to rise 3.5% in 2005 to 6.5 million tonnes.');
  });

  test('a claim that cites a source is checked against it: another story that gives the same rating does not state it', () => {
    const cited = judgeCiting("The issue is rated AA by Standard and Poor's.", ['cmo.txt']);
    assert.equal(cited.verdict, 'contradicted', why(cited));
    assert.deepEqual(cited.conflicts.map((c) => [c.claim, c.source]), [['AA', 'AAA']]);
    assert.equal(judgeCiting("The issue is rated AAA by Standard and Poor's.", ['cmo.txt']).verdict, 'supported');
    // Citing the other story, or nothing: the rating another issue got is stated.
    assert.equal(judgeCiting("The issue is rated AA by Standard and Poor's.", ['muni.txt']).verdict, 'supported');
    supported("The issue is rated AA by Standard and Poor's.");
  });

  test('a changed bound is one conflict, not the bound and then its word ("less than half" / "more than half"); "convicted" / "cleared"', () => {
    contradicted("Halvard makes computer chips for less than half the world's mobile phones.", [['less than half', 'more than half']]);
    contradicted('Student Finn Bruvik had earlier been convicted on appeal.', [['convicted', 'cleared']]);
  });

  test('periods in two units are one kind of value ("up to a month" / "up to a week"); "backed" / "rejected"', () => {
    contradicted('Police chiefs told MPs they need powers to close disorderly pubs for up to a month.', [['a month', 'a week']]);
    contradicted("He backed critics' calls for the law change to be delayed.", [['backed', 'rejected']]);
  });

  test('a cited claim judged without the widened search gets the same verdict and evidence', () => {
    for (const text of ["The issue is rated AA by Standard and Poor's.", 'Halvard makes computer chips for less than half the world\'s mobile phones.']) {
      const claim: Claim = { text, span: { start: 0, end: text.length }, paragraph: 0, citations: [], reasons: [] };
      for (const cited of [['cmo.txt'], ['muni.txt'], ['chips.txt']]) {
        const wide = judgeClaim(claim, index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3, preferDocuments: cited });
        const plain = judgeClaim(claim, index, { thresholds: DEFAULT_THRESHOLDS, maxEvidence: 3, preferDocuments: cited, widen: false });
        assert.equal(plain.verdict, wide.verdict);
        assert.equal(plain.score, wide.score);
        assert.deepEqual(plain.evidence.map((e) => e.passage.id), wide.evidence.map((e) => e.passage.id));
      }
    }
  });

  test('a measure verb links a figure as "is" does: "takes about 45 minutes" / "is about twenty-five minutes"', () => {
    contradicted('The crossing takes about 45 minutes in calm weather, the harbour master said.', [['45 minutes', 'twenty-five minutes']]);
    supported('The crossing takes about 25 minutes in calm weather, the harbour master said.');
    contradicted('A return ticket for a car costs £15.', [['£15', '£12']]);
    supported('A return ticket for a car costs £12.');
  });

  test('an age\'s "-old" goes with its figure: "the 27-year-old" against "Okonkwo, 27," misses no "old"', () => {
    const abroad = judge('The 27-year-old will begin a rehabilitation programme in Portugal.');
    assert.equal(abroad.verdict, 'unsupported');
    assert.deepEqual(abroad.missing, ['Portugal']);
    supported('The 27-year-old has scored 14 goals in all competitions this season.');
    contradicted('The 28-year-old has scored 14 goals in all competitions this season.', [['28-year-old', '27']]);
  });

  test('"not able to comment" denies "comment"; "obeys" against "disobeys" though the word vectors lack the longer word', () => {
    contradicted('Studio spokesman Sean Dorsey said the studio would comment on the litigation.');
    supported('Studio spokesman Sean Dorsey said the studio could not comment on pending litigation.');
    contradicted('In the film he plays a military commander who obeys orders to save a doctor.', [['obeys', 'disobeys']]);
  });
});
