/**
 * The fifty-ninth round: tallies read out in words and counts each named by its side. A count for and a count
 * against that the values read as one tally ("34 in favour, 12 against", "For: 5 — Against: 2", "for the amendment,
 * 24; against, 30") gives each side its count; a count of two words ("thirty-four in favour", "voted forty-one to
 * nine") is one count, not its last word. A chair's question and its answer ("Those in favour? Four. Those against?
 * Two."), read on the turn's line, which the sentences split; "with one abstention" and "Abstentions, one"; "voted by
 * four to two" is a vote, not a time. A meeting of two votes: a passage that gives the claim's tally, or the member's
 * side, as it is, is the claim's vote. Every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, why, workspaceIndex } from './sources';
import { extractValues, voteCount } from '../../../server/src/core/verdict/values';
import { tallyOf } from '../../../server/src/core/verdict/votes';

const TRANSCRIPT = `HALDON VALE DISTRICT COUNCIL
FULL COUNCIL, TUESDAY 4 MARCH 2025

CHAIR (Cllr Anne Pellow): We move to the vote on the motion to keep Brackley library open five days a week. Those in favour? Thank you. Those against? Any abstentions?

CLERK: Chair, thirty-four in favour, twelve against, and three abstentions.

CHAIR: The motion is carried. I will ask the cabinet member to report back in June.
`;

const PARISH = `LITTLE ASHWICK PARISH COUNCIL
EXTRAORDINARY MEETING
Wednesday 9 April 2025, 7.30pm, Little Ashwick Village Hall

Present:
Cllr Margaret Oakshott (Chair)
Cllr Tom Bellerby (Vice-Chair)
Cllr Rupert Lyle

CLLR OAKSHOTT: Thank you, Graham. Now, motion one, which stands in the name of Cllr Bellerby.

CLLR BELLERBY: Thank you, Chair. I move that the parish council spends up to £2,500 from its general reserve on preliminary legal advice about whether there are grounds for a High Court challenge to the wind farm decision.

CLLR LYLE: Chair, I want to speak against. Our whole precept this year is £41,300.

CLLR OAKSHOTT: Any more? Then I'll put motion one to the vote. Those in favour? Four. Those against? Two. Abstentions? One. The motion is carried. For the record, Cllrs Bellerby and Morgan-Price in favour, Cllrs Lyle and Kershaw against, and I abstained as chair.
`;

const COMMITTEE = `KETTLEBURY BOROUGH COUNCIL
ECONOMY AND REGENERATION COMMITTEE
Tuesday 14 January 2025

CHAIR: We come to the vote on the recommendation to scale back the Christmas market to four weekends and drop the ice rink.

CLERK: For, seven. Against, four. Abstentions, one, Councillor Kirby. The recommendation is carried.
`;

const BUDGET = `HALLOWMERE BOROUGH COUNCIL
BUDGET COUNCIL, WEDNESDAY 26 FEBRUARY 2025

RECORDED VOTE - AMENDMENT (Independent Residents' Group, council tax rise of 2.99 per cent)
For: 20 (Independent Residents' Group 17; Green Group 2; Labour 1)
Against: 30 (Hallowmere First 29; Independent 1 - Cllr Mark Oduya)
Abstentions: 0

CHAIR: The amendment falls. We move to the substantive motion.

RECORDED VOTE - SUBSTANTIVE MOTION (Revenue Budget 2025/26 and Council Tax)
For: 30 (Hallowmere First 29; Independent 1 - Cllr Mark Oduya)
Against: 19 (Independent Residents' Group 17; Green Group 2)
Abstentions: 1
`;

const MINUTES = `# Policy and Resources Committee: minutes

Tuesday 14 October 2025, extraordinary meeting

An amendment to keep the market for a further year was moved by Councillor Ames. On being put to the vote, the amendment fell (2 in favour, 7 against, 1 abstention).

**RESOLVED** (7 in favour, 2 against, 1 abstention) that the Saturday market at Corn Street be discontinued from 1 January 2026.
`;

const PARISH_MINUTES = `# Little Brantham Parish Council: minutes

**Present:** Cllr Robert Tallis (Chair), Cllr Jenny Marsh (Vice-Chair), Cllr Peter Okafor, Cllr Lorna Heywood, Cllr Graham Sutcliffe, Cllr Tom Aldridge

**(b)** It was proposed by Cllr Aldridge, seconded by Cllr Heywood, that the Clerk write to Caroline Ashdown MP asking her to raise the Little Brantham delay with the relevant government minister. On being put to the vote, four voted in favour and one against (Cllr Tallis). Cllr Sutcliffe did not vote, having declared an interest. The motion was CARRIED.
`;

const CLUB = `# Ashvale Cricket Club: report to members

- **Resolution 1** (to raise annual subscriptions by 12 per cent from 1 January 2026): carried by 142 votes to 19, with 6 abstentions.
- **Resolution 2** (to authorise the committee to borrow up to £100,000 from Ashvale Community Finance over 15 years): carried by 128 votes to 31, with 8 abstentions.
`;

describe('tallies in words', () => {
  const sides = (text: string) => {
    const t = tallyOf(text, extractValues(text));
    return t && Object.fromEntries(Object.entries(t).map(([k, c]) => [k, c.n]));
  };

  test('a count for and a count against read as one tally give each side its count', () => {
    assert.deepEqual(sides('CLERK: Chair, 34 in favour, 12 against, and 3 abstentions.'), { for: 34, against: 12, abstain: 3 });
    assert.deepEqual(sides('For: 5 — Against: 2 — Abstentions: 0'), { for: 5, against: 2, abstain: 0 });
    assert.deepEqual(sides('In favour: 7, Against: 3'), { for: 7, against: 3 });
    assert.deepEqual(sides('8 votes for, 2 against'), { for: 8, against: 2 });
    assert.deepEqual(sides('The result: for the amendment, 24; against, 30; abstentions, 2'), { for: 24, against: 30, abstain: 2 });
  });

  test('a count of two words is one count', () => {
    assert.equal(voteCount('thirty-four'), 34);
    assert.equal(voteCount('ninety-nine'), 99);
    assert.equal(voteCount('twelve-four'), undefined);
    assert.deepEqual(sides('CLERK: Chair, thirty-four in favour, twelve against, and three abstentions.'), { for: 34, against: 12, abstain: 3 });
    assert.deepEqual(sides('They voted forty-one to nine.'), { for: 41, against: 9 });
  });

  test('"by 34 votes to 21" against a clerk\'s "thirty-four in favour, twelve against"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/full_council.txt': TRANSCRIPT }));
    const faithful = judge('Councillors backed the motion to keep Brackley library open five days a week by 34 votes to 12, with three abstentions.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const against = judge('Councillors backed the motion to keep Brackley library open five days a week by 34 votes to 21, with three abstentions.');
    assert.equal(against.verdict, 'contradicted', why(against));
    assert.ok(against.conflicts.some((c) => /21/.test(c.claim) && /twelve/.test(c.source)), why(against));
    const abstentions = judge('Councillors backed the motion to keep Brackley library open five days a week by 34 votes to 12, with five abstentions.');
    assert.equal(abstentions.verdict, 'contradicted', why(abstentions));
    assert.ok(abstentions.conflicts.some((c) => /five/.test(c.claim) && /three/.test(c.source)), why(abstentions));
  });

  test('a chair\'s question and its answer, each a sentence, are read on the turn\'s line', async () => {
    assert.deepEqual(sides('Those in favour? Four. Those against? Two. Abstentions? One. The motion is carried.'), { for: 4, against: 2, abstain: 1 });
    assert.deepEqual(sides('Parish councillors voted by four to three, with one abstention, to spend up to £2,500.'), { for: 4, against: 3, abstain: 1 });
    // "by four to two" after a vote's verb is no time of day (1.56).
    assert.deepEqual(
      extractValues('Parish councillors voted by four to two, with one abstention.').map((v) => v.unit),
      ['score'],
    );
    const judge = judgeWith(await workspaceIndex({ 'sources/parish_council_transcript.txt': PARISH }));
    const faithful = judge('Parish councillors voted by four to two, with one abstention, to spend up to £2,500 from the general reserve on preliminary legal advice.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const against = judge('Parish councillors voted by four to three, with one abstention, to spend up to £2,500 from the general reserve on preliminary legal advice.');
    assert.equal(against.verdict, 'contradicted', why(against));
    assert.ok(against.conflicts.some((c) => c.claim === 'three against' && c.source === 'Two against'), why(against));
    const abstentions = judge('Parish councillors voted by four to two, with two abstentions, to spend up to £2,500 from the general reserve on preliminary legal advice.');
    assert.equal(abstentions.verdict, 'contradicted', why(abstentions));
  });

  test('"Abstentions, one" is a count of one', async () => {
    assert.deepEqual(sides('CLERK: For, seven. Against, four. Abstentions, one, Councillor Kirby.'), { for: 7, against: 4, abstain: 1 });
    const judge = judgeWith(await workspaceIndex({ 'sources/economy_committee_transcript.txt': COMMITTEE }));
    const wrong = judge('The economy and regeneration committee backed the plan to scale back the Christmas market by seven votes to four, with two abstentions.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
    assert.ok(wrong.conflicts.some((c) => /two/.test(c.claim) && /one/.test(c.source)), why(wrong));
  });

  test('a meeting of two votes: the passage that gives the claim\'s tally or the member\'s side is the claim\'s vote', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/budget_council_transcript.txt': BUDGET, 'sources/pr_minutes.md': MINUTES }));
    const oduya = judge('The amendment was defeated by 30 votes to 20, with independent councillor Mark Oduya joining Hallowmere First in voting against it.');
    assert.deepEqual(oduya.conflicts, [], why(oduya));
    const market = judge('Councillors on the Policy and Resources Committee voted to discontinue the Saturday market at Corn Street by seven votes to two with one abstention.');
    assert.deepEqual(market.conflicts, [], why(market));
  });

  test('a chair\'s questions before an answer that names its sides; a side whose every member a passage names', async () => {
    assert.deepEqual(sides('CHAIR: We now vote on the substantive motion. Those in favour? Against? Abstentions? Seven in favour, five against, one abstention.'), { for: 7, against: 5, abstain: 1 });
    const judge = judgeWith(await workspaceIndex({ 'sources/parish_minutes.md': PARISH_MINUTES }));
    const marsh = judge('The parish council voted by four to one to write to Caroline Ashdown MP asking her to raise the delay with ministers, with Cllr Jenny Marsh, the vice-chair, voting against.');
    assert.equal(marsh.verdict, 'contradicted', why(marsh));
    assert.ok(marsh.conflicts.some((c) => /Marsh/.test(c.claim) && /Tallis/.test(c.source)), why(marsh));
    const tallis = judge('The parish council voted by four to one to write to Caroline Ashdown MP asking her to raise the delay with ministers, with Cllr Robert Tallis, the chair, voting against.');
    assert.deepEqual(tallis.conflicts, [], why(tallis));
  });

  test('one side of one count is the same vote in a passage about the claim\'s very motion', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/club_report.md': CLUB }));
    const wrong = judge('At an extraordinary general meeting, members voted by 128 votes to 19 to raise subscriptions by 12 per cent from January.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
    assert.ok(wrong.conflicts.some((c) => /128/.test(c.claim) && /142/.test(c.source)), why(wrong));
    const right = judge('At an extraordinary general meeting, members voted by 142 votes to 19 to raise subscriptions by 12 per cent from January.');
    assert.deepEqual(right.conflicts, [], why(right));
  });
});
