/**
 * The sixty-second round, second part (h992–h997): a noun made from the source's adjective ("18 teaching vacancies" /
 * "18 vacant teaching posts"), a club's ground by a possessive ("Brackenford Rugby Club's Millbrook Lane Ground" /
 * "Brackenford Rugby Football Club"), one man's sentence against two men's combined total, and "almost 23 per cent"
 * for a rise of 20.3. Every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, why, workspaceIndex } from './sources';
import { adjectiveBefore } from '../../../server/src/core/verdict/claims';

const INSPECTION = `# Inspection report summary: Harland Vale College

## What does the provider do well and what does it need to do better?

Leaders have not acted quickly enough to tackle a decline in learners' achievement. The proportion of learners aged 16 to 18 who achieved their qualifications fell from 84.2% in 2021/22 to 78.6% in 2023/24.

Attendance at English and mathematics lessons is too low. During the inspection week, attendance at these lessons was 71%, against the college's own target of 90%. Attendance was lower at the Sallowfield campus (64%) than at the Fenbrook Road campus (75%).

Leaders and managers have not made sure that apprentices make the progress expected of them. At the time of the inspection, 37.4% of apprentices had passed their planned end date. Apprenticeships in engineering and in motor vehicle maintenance are the weakest.

Leaders have found it difficult to recruit and keep teaching staff in technical subjects. At the time of the inspection there were 18 vacant teaching posts, 11 of which were in engineering, construction and motor vehicle. In these areas, agency staff taught 23% of timetabled hours in the autumn term of 2024.

Governors are committed to the college and bring a range of relevant experience. However, governors did not receive accurate information about apprentices' progress until the autumn of 2024.
`;

const CLUB = `<html><body>
<h1>Stand approved</h1>
<p>Brackenbury Rugby Football Club is delighted that Westmere District Council's planning committee last night approved our plans to transform the Millfield Lane Ground, our home for more than 130 years.</p>
</body></html>
`;

const REPORT = `# Planning committee: officer report

1.1 The application seeks full planning permission for the redevelopment of the Millfield Lane Ground, home of Brackenbury Rugby Football Club since 1891.

1.2 The proposal comprises the demolition of the existing 620-seat timber stand and its replacement with a 1,850-seat covered stand.
`;

const POLICE = `<html><body>
<h1>Burglary gang jailed</h1>
<p>Two men who carried out a string of night-time burglaries on industrial estates across Harnley, Tolbury and Dunmere have been jailed for a combined total of more than 12 years.</p>
<p>Darren Kettlewell, 44, of Millbrook Road, Harnley, was sentenced at Ashford Crown Court today to seven years and six months' imprisonment.</p>
</body></html>
`;

const FEES = `# Harbour fees report 2025/26

| Berth class | 2024/25 charge | Proposed 2025/26 charge | Increase (£) | Increase (%) |
|---|---|---|---|---|
| Swinging mooring (per m per year) | £118.00 | £142.00 | £24.00 | 20.3 |
| Drying mooring (per m per year) | £64.00 | £70.00 | £6.00 | 9.4 |
`;

describe("a noun of the source's adjective, a possessive between names, a combined total, and a rise's share", () => {
  test("a noun made from the source's adjective is no other word", async () => {
    const judge = judgeWith(await workspaceIndex({ 'inspection.md': INSPECTION }));
    const r = judge('At the time of the inspection the college had 18 teaching vacancies, 11 of them in engineering, construction and motor vehicle courses.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
    // (The word-swap rule's test, which the whole draft reached and this one sentence does not: "vacancies" in the place
    // of "posts", after "vacant".)
    const source = 'At the time of the inspection there were 18 vacant teaching posts, 11 of which were in engineering.';
    assert.equal(adjectiveBefore('vacancies', source, source.indexOf('posts')), true);
    assert.equal(adjectiveBefore('vacancies', source, source.indexOf('engineering')), false);
    assert.equal(adjectiveBefore('jobs', source, source.indexOf('posts')), false);
  });

  test('a possessive between two names: the club of the club’s ground', async () => {
    const judge = judgeWith(await workspaceIndex({ 'club.html': CLUB, 'report.md': REPORT }));
    const r = judge("Plans for a 1,850-seat covered stand at Brackenbury Rugby Club's Millfield Lane Ground have been approved by Westmere District Council's planning committee.");
    assert.notEqual(r.verdict, 'contradicted', why(r));
    // (Another club is still another.)
    const other = judge("Plans for a 1,850-seat covered stand at Brackenbury Hockey Club's Millfield Lane Ground have been approved by Westmere District Council's planning committee.");
    assert.equal(other.verdict, 'contradicted', why(other));
  });

  test("one man's sentence against two men's combined total", async () => {
    const judge = judgeWith(await workspaceIndex({ 'police.html': POLICE }));
    const r = judge('A man who ran a string of night-time burglaries on industrial estates across Harnley, Tolbury and Dunmere has been jailed for seven and a half years.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
    const total = judge('Two men who carried out a string of night-time burglaries on industrial estates across Harnley, Tolbury and Dunmere have been jailed for a combined total of more than 15 years.');
    assert.equal(total.verdict, 'contradicted', why(total));
  });

  test('"almost 23 per cent" is not a rise of 20.3', async () => {
    const judge = judgeWith(await workspaceIndex({ 'fees.md': FEES }));
    const r = judge('Swinging moorings will go up from £118 to £142 a metre, an increase of almost 23 per cent.');
    assert.equal(r.verdict, 'contradicted', why(r));
    const right = judge('Swinging moorings will go up from £118 to £142 a metre, an increase of almost 21 per cent.');
    assert.notEqual(right.verdict, 'contradicted', why(right));
  });
});
