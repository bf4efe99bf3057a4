/**
 * The fifty-sixth round: a quotation the draft gives to "he" or "she" is checked against who said it (the one person
 * who speaks in the sentence before, or whom the paragraph before names); a person named after a post starts at their
 * title; "Full Council" is no name; two common words for one kind of body are one speaker; a figure ending a "label:
 * value" line takes no words from the next line; open bounds that leave room for one figure agree, as does an exact
 * figure inside a rounded bound; a figure a table gives in the column where another row gives the claim's other
 * figure has no rival elsewhere. The fixtures are written here, after h784, h789, h451, h800, h801, h803 and h804;
 * every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';
import { extractValues, valueDiffers } from '../../../server/src/core/verdict/values';

const DEVELOPER = `KESTREL ROADSIDE SERVICES
PRESS STATEMENT

Priya Lakeland, Kestrel's development director, said:

"Tired drivers kill, and every lorry driver we speak to tells us this gap is one of the worst in the country."

Hugh Carrow, chief executive of Kestrel Roadside Services, said:

"We have listened carefully to the people of Little Ashcombe and we will keep listening. We moved the hotel 120 metres further away from the nearest homes."
`;

const SOCIETY = `MARLCOURT BUILDING SOCIETY
STATEMENT, Monday 3 February 2025

Andrew Pask, Chief Executive of Marlcourt Building Society, said:

"The Pellbridge Carnival has been part of our story for fourteen years, and this was not an easy decision. But as a mutual we owe it to members in every one of our communities to spread our support more widely."

Rachel Ormerod, Head of Community Partnerships, said:

"We would genuinely welcome an application from the carnival committee to the new fund."
`;

const PLANNING = `PLANNING COMMITTEE REPORT

5.2 In her summary, Dr Nandakumar writes: "This is the most significant application this committee has considered in a generation. On balance, officers are satisfied that the harm to the countryside is clearly outweighed by the public benefits."
`;

const BUSES = `PENNOCK'S COACHES
PRESS RELEASE

The family-run company, founded in 1962, has operated the route since 1987.

The company says its operating costs per vehicle have risen by 21 per cent since 2022, driven mainly by driver wages.
`;

const APPEAL = `RAISE THE SPIRE
The cathedral's appeal

The full programme of works is costed at £5.76 million, including contingency.

HOW IT WILL BE PAID FOR

Grant from the Ashcombe Heritage Foundation (awarded March 2024): £2.35 million
Contribution from the Chapter's fabric reserves: £410,000
Raise the Spire public appeal: £3 million

Total: £5.76 million
`;

const POOL = `VALE ACTIVE LEISURE TRUST

Vale Active Leisure Trust welcomes last night's decision by Wexley Vale District Council to approve a £1.4 million repair of the roof at Marshcombe Leisure Pool. Full Council backed the plan by 31 votes to 12, with three abstentions.
`;

const ENFORCEMENT = `<html><body>
<h1>Fly-tipping gang sentenced</h1>
<p>Three men and a garden clearance company have been sentenced following a prosecution over a fly-tipping operation that dumped nearly 40 tonnes of waste across the district.</p>
<p>Fines totalling almost &pound;10,000 were imposed, and the court ordered the defendants to pay &pound;6,700 towards the council's costs.</p>
<h2>Enforcement figures</h2>
<p>Reported fly-tipping incidents rose by 8.5 per cent in 2023/24, to 3,481, but the number of fixed penalty notices (FPNs) issued rose by 40 per cent over the same period.</p>
<table>
<caption>Fly-tipping incidents and enforcement, Kestleford District Council, by financial year</caption>
<thead><tr><th>Year</th><th>Incidents reported</th><th>FPNs issued</th><th>Prosecutions</th></tr></thead>
<tbody>
<tr><td>2021/22</td><td>2,914</td><td>212</td><td>6</td></tr>
<tr><td>2022/23</td><td>3,208</td><td>287</td><td>9</td></tr>
<tr><td>2023/24</td><td>3,481</td><td>402</td><td>14</td></tr>
</tbody>
</table>
</body></html>
`;

const COURT = `# Kestleford Magistrates' Court: notes

- Total waste recovered: 38.4 tonnes. Mostly household clearance waste.
- Total fines: £9,860. Total costs awarded to council: £6,700.
`;

const CABINET = `CABINET MEMBER STATEMENT

We issued 402 fixed penalty notices in 2023/24, almost double the 212 we issued in 2021/22, and we have already issued more than that this year.
`;

const SHARES = `# Ashby Thorne Community Stores Limited: share offer results

The share offer closed on Friday 28 February 2025. It raised £141,350 from 312 investors.

| Target | Amount |
|---|---|
| Minimum target | £95,000 |
| Optimum target | £130,000 |
| Total raised | £141,350 |
`;

const FIRE = `CLUBHOUSE FIRE: INTERVIEW TRANSCRIPT
Reporter: Sam Bradshaw
Interviewee: Geoff Whitcombe, president, Harnfield Rugby Club
Date: Tuesday 8 April 2025

[01:24] BRADSHAW: Thamesgate says the building was underinsured. Isn't that the club's responsibility?

[01:30] WHITCOMBE: Look, the last proper valuation was in 2011. That's on us, partly, I accept that. But we pay a broker to look after this sort of thing, and a broker should have flagged it.

[01:51] BRADSHAW: Will you accept the revised offer?

[01:55] WHITCOMBE: Not as it stands.
`;

const PERMITS = `# Finance committee paper FC-25-047

2.3 As at 31 December 2024 there were 3,210 staff parking permits on issue. The permit waiting list stood at 412, up from 268 in December 2023.
`;

const PETITION = `STAFF PARKING: INTERVIEW TRANSCRIPT
Reporter: Karen Moss
Interviewee: Joanne Treharne, senior staff nurse, Larch Ward
Date: Wednesday 12 February 2025

MOSS: When did the petition start?

TREHARNE: The first day. And on Larch, thirty-one of the thirty-four staff have signed. The three who haven't are on leave, I think.

MOSS: How many permits are there?

TREHARNE: I don't know the number. Thousands.
`;

describe('pronouns of quotations, posts before names, bodies, lines, bounds and columns, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"She added that the firm had “…”" is checked against who said the words', async () => {
    const files = { 'sources/developer_statement.txt': DEVELOPER };
    const wrong = await misattributions(files, 'Priya Lakeland, Kestrel\'s development director, said: "Tired drivers kill." She added that the firm had "listened carefully to the people of Little Ashcombe" and had moved the hotel.');
    assert.deepEqual(wrong, ['These words were said by Hugh Carrow, not Priya Lakeland']);
    const right = await misattributions(files, 'Hugh Carrow, the chief executive, said the firm would keep listening. He added that it had "listened carefully to the people of Little Ashcombe" and had moved the hotel.');
    assert.deepEqual(right, []);
    // "He said: “…”" opening a paragraph: the one person the paragraph before has speak.
    const next = await misattributions(files, 'Hugh Carrow, the chief executive, said the firm had moved the hotel.\n\nHe said: "Tired drivers kill, and every lorry driver we speak to tells us this gap is one of the worst in the country."');
    assert.deepEqual(next, ['These words were said by Priya Lakeland, not Hugh Carrow']);
  });

  test('"She said that …" after two speakers is the one who spoke in the sentence before', async () => {
    const files = { 'sources/marlcourt_statement.txt': SOCIETY };
    const wrong = await misattributions(files, 'Chief executive Andrew Pask said: "The Pellbridge Carnival has been part of our story for fourteen years, and this was not an easy decision." Rachel Ormerod, the society\'s head of community partnerships, said it would "genuinely welcome an application" from the committee. She said that, as a mutual, the society owed it to members "in every one of our communities to spread our support more widely".');
    assert.deepEqual(wrong, ['These words were said by Andrew Pask, not Rachel Ormerod']);
    const right = await misattributions(files, 'Rachel Ormerod, the society\'s head of community partnerships, said it would "genuinely welcome an application" from the committee. Chief executive Andrew Pask said the decision had not been easy. He said that, as a mutual, the society owed it to members "in every one of our communities to spread our support more widely".');
    assert.deepEqual(right, []);
  });

  test('"Head of Planning and Regeneration Dr Priya Nandakumar" is Dr Nandakumar, whose words the next sentence gives to "she"', async () => {
    const found = await misattributions({ 'sources/planning_committee_report.md': PLANNING }, 'In her report to the committee, Head of Planning and Regeneration Dr Priya Nandakumar called it "the most significant application this committee has considered in a generation." She concluded that the harm to the countryside was "clearly outweighed by the public benefits."');
    assert.deepEqual(found, []);
  });

  test('"The family firm says" is the press release\'s "The company says"; "Full Council" is the council', async () => {
    const firm = await misattributions({ 'sources/pennocks_press_release.txt': BUSES }, 'The family firm says its operating costs per vehicle have gone up by 21 per cent since 2022, driven mainly by driver wages.');
    assert.deepEqual(firm, []);
    const pool = judgeWith(await workspaceIndex({ 'sources/trust_statement.txt': POOL }));
    const council = pool('Wexley Vale District Council voted by 31 to 12, with three abstentions, to back the £1.4 million roof repair at Marshcombe Leisure Pool.');
    assert.deepEqual(council.conflicts, [], why(council));
    const votes = pool('Wexley Vale District Council voted by 21 to 12, with three abstentions, to back the £1.4 million roof repair at Marshcombe Leisure Pool.');
    assert.equal(votes.verdict, 'contradicted', why(votes));
    const [district, full] = [extractValues('It was Wexley Vale District Council.')[0], extractValues('It was Full Council.')[0]];
    assert.equal(valueDiffers(district, full), false);
    assert.equal(valueDiffers(district, extractValues('It was Wexley Vale Borough Council.')[0]), true);
  });

  test('a figure that ends a "label: value" line takes no words from the next line\'s label', async () => {
    const appeal = judgeWith(await workspaceIndex({ 'sources/appeal_leaflet.txt': APPEAL }));
    const reserves = appeal('The Chapter is putting in £410,000 from its fabric reserves, and the rest is to come from the public appeal.');
    assert.deepEqual(reserves.conflicts, [], why(reserves));
    const swapped = appeal('The Chapter is putting in £2.35 million from its fabric reserves, and the rest is to come from the public appeal.');
    assert.notEqual(swapped.verdict, 'supported', why(swapped));
  });

  test('open bounds with room for one figure agree, as does an exact figure inside a rounded bound; a table\'s column gives a move\'s two figures', async () => {
    const [more, nearly] = [extractValues('more than 38 tonnes')[0], extractValues('nearly 40 tonnes')[0]];
    assert.equal(valueDiffers(more, nearly), false);
    assert.equal(valueDiffers(extractValues('more than 10 tonnes')[0], nearly), true);
    const fly = judgeWith(await workspaceIndex({ 'sources/press_release.html': ENFORCEMENT, 'sources/court_notes.md': COURT, 'sources/statement.txt': CABINET }));
    const tonnes = fly('The fly-tipping operation dumped more than 38 tonnes of waste across the district.');
    assert.deepEqual(tonnes.conflicts, [], why(tonnes));
    const fines = fly('In total the defendants were fined £9,860 and ordered to pay £6,700 towards the council\'s costs.');
    assert.deepEqual(fines.conflicts, [], why(fines));
    const moved = fly('Over the same period the number of fixed penalty notices issued rose by about 40 per cent, from 287 to 402.');
    assert.deepEqual(moved.conflicts, [], why(moved));
    const wrong = fly('Over the same period the number of fixed penalty notices issued rose by about 40 per cent, from 212 to 402.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('a figure the claim works out from two of its own has no rival; a question denies nothing; a part of a whole is no count\'s rival', async () => {
    const shares = judgeWith(await workspaceIndex({ 'sources/share_offer_results.md': SHARES }));
    const beat = shares('The share offer raised £141,350 from 312 investors, beating its optimum target of £130,000 by £11,350.');
    assert.deepEqual(beat.conflicts, [], why(beat));
    const wrong = shares('The share offer raised £141,350 from 312 investors, beating its optimum target of £130,000 by £21,350.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
    const fire = judgeWith(await workspaceIndex({ 'sources/03_interview_transcript.txt': FIRE }));
    const blame = fire('Mr Whitcombe accepted that the club bore some responsibility for the out-of-date valuation, but said its broker should have flagged it.');
    assert.deepEqual(blame.conflicts, [], why(blame));
    const permits = judgeWith(await workspaceIndex({ 'sources/finance_committee_paper.md': PERMITS, 'sources/interview_transcript.txt': PETITION }));
    const issued = permits('There are 3,210 staff permits on issue, and 412 people are on the waiting list for one.');
    assert.deepEqual(issued.conflicts, [], why(issued));
    const more = permits('There are 3,120 staff permits on issue, and 412 people are on the waiting list for one.');
    assert.notEqual(more.verdict, 'supported', why(more));
  });
});
