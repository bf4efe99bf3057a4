/**
 * The thirty-fifth round: six new drafts' false alarms and misses. A quotation given to a post ("the chief inspector
 * said"); a percentage in words searched as the sign; a year against a percentage; "in charge" for a post held; a
 * denial of the opposite word; a verb after its subject in another tense; counts of other things; a table row named
 * by the word nearest its figure; posts in a transcript's list of speakers; a quotation that ends with a full stop;
 * a log's times to the second; "testing" for "sampling"; "She added:" over a block quotation. The sources are written
 * for these tests from the helpers' drafts; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';

const INSPECTION = `Inspection of HMP Ashford published

The Chief Inspector of Prisons, Marion Hale, published her report on Tuesday 4 March 2025.

"The regime for most prisoners was poor, and too many spent 22 hours a day locked in their cells," Ms Hale said.

The governor, Tom Reed, said: "We accept the findings and have already begun to act on them."
`;

const BALLOT = `# Bus drivers vote to strike

**Press announcement: Tuesday 4 March 2025**

The statutory ballot of 1,240 members at Castlemere's three depots opened on Monday 10 February and closed at noon on Monday 3 March 2025. The independent scrutineer declared the result on the morning of Tuesday 4 March.

## Ballot result

Turnout was 81.9% (1,016 of 1,240 eligible members), well above the 50% threshold required by law.

## What the union says

Gareth Pryce, branch secretary at Castlemere, said: "Our members have sent the clearest possible message. Nobody wants to leave passengers at the bus stop, but drivers cannot keep taking a real-terms pay cut while the company's profits climb."

General secretary Sharon Whitlock said: "Castlemere can stop this strike tomorrow by putting a serious offer on the table."
`;

const CLUB = `<html><body>
<h1>Takeover completed</h1>
<p>Kestrel Sports Holdings Ltd has today completed its acquisition of a 92 per cent shareholding in the club from outgoing chairman Geoffrey Halsall.</p>
<p>Geoffrey Halsall, who steps down after 14 years as chairman, said: "I have put everything I could into Stanbridge Rovers, and I am proud that I leave it in safe hands."</p>
</body></html>`;

const ACCOUNTS = `# Accounts summary, year to 30 June 2023

Turnover fell by 10.5 per cent, while the wage bill rose by 4.5 per cent.

| Item | 2022/23 | 2021/22 | Change |
|---|---|---|---|
| Turnover | £2,310,000 | £2,580,000 | -10.5% |
| Wages and salaries | £1,870,000 | £1,790,000 | +4.5% |
`;

const INQUIRY = `# Research misconduct inquiry: findings

5.1 Professor Kessler told the Panel that the duplicated images were the result of errors by junior members of his laboratory.

5.2 The Panel did not accept this explanation. Metadata recovered from the archived computers showed that 23 of the 37 manipulated panels were last edited under Professor Kessler's own user account.
`;

const AIRPORT = `# Statement from Northmere Airports Group

## Response to Skylark Air

Northmere rejects the claims made today by Skylark Air about the airport's preparations.

Each airline contracts its de-icing directly with Polaris Ground Services.
`;

const RECALL = `<html><body>
<h1>Calder Valley Dairy recalls soft cheeses and cream because of Listeria monocytogenes</h1>
<p>Calder Valley Dairy Ltd of Brackenford is recalling five batches of four soft cheese and cream products because Listeria monocytogenes has been found in the products.</p>
<table>
<tr><th>Product</th><th>Batch code</th><th>Units distributed</th></tr>
<tr><td>Calder Brie</td><td>CVB-0225-14</td><td>8,400</td></tr>
<tr><td>Calder Double Cream</td><td>CDC-0325-03</td><td>5,800</td></tr>
<tr><td><strong>Total</strong></td><td></td><td><strong>14,200</strong></td></tr>
</table>
<p>Production will not resume until inspectors have carried out follow-up sampling and are satisfied that the site is safe.</p>
</body></html>`;

const INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Saturday 15 March 2025
Interviewer: Ana Kowalski, health reporter, Northvale Courier
Interviewee: Dr Samuel Ferreira, Senior Lecturer in Food Microbiology, University of Lowmoor

KOWALSKI: What makes listeria different?

FERREIRA: It can keep growing at refrigerator temperatures, slowly, but it grows. Most bacteria that cause food poisoning stop in the fridge.

KOWALSKI: Who is most at risk?

FERREIRA: For a healthy adult the risk is low. Pregnant women, older people and those with weakened immune systems should take this recall extremely seriously.

KOWALSKI: Will there be more cases?

FERREIRA: I would expect more cases to be reported over the coming weeks before it tails off.
`;

const DEPOT = `HARROWFIELD EVENING POST - INTERVIEW TRANSCRIPT

Date: Tuesday 4 March 2025
Interviewer: Tom Lacey, transport reporter, Harrowfield Evening Post
Interviewees:
  Denise Okafor — regional organiser, Northern Passenger Transport Workers' Union
  Priya Nair — care worker and Castlemere passenger, from Elmfield

---

TOM LACEY: Why are drivers leaving?

DENISE OKAFOR: Split shifts. A hundred and sixty drivers left Castlemere in 2024. Every one of those is a vacancy.

TOM LACEY: And you, Priya?

PRIYA NAIR: I support the drivers, I really do. But I can't afford three days of taxis.
`;

const CURATOR = `INTERVIEW TRANSCRIPT
Date: Monday 10 March 2025
Interviewer: Hannah Cole, reporter, Wendmore Gazette
Interviewee: Tomasz Brennan, Senior Curator, Wendmore Museum

HANNAH COLE: Were the cases up to the job?

TOMASZ BRENNAN: We knew the cases were old. In 2023 we applied to Wendmore Borough Council for £52,000 to replace the display cases in the Archaeology Gallery, and the bid was turned down. The council said there were other priorities.

HANNAH COLE: What happens now?

TOMASZ BRENNAN: We wait for the police, and we hope the objects come home.
`;

const SECURITY = `# Security incident report

| Time | Event |
|---|---|
| 01:43:12 | Intruder alarm activated, Archaeology Gallery |
| 01:45:05 | Alarm receiving centre operator confirms intruders on camera and calls police |
| 01:47:50 | Night officer Colin Marsh reaches the gallery corridor and withdraws |
`;

const UPDATE = `# Outbreak update

Whole genome sequencing has been completed for 21 of the 23 cases. Dr Rosalind Achebe, Consultant Epidemiologist at the agency, said:

> "The genetic fingerprint of the bacteria in 21 of the 23 cases matches the strain found in the Calder Brie sample."

She added:

> "Because listeria can take up to 70 days to cause illness, we expect to see further cases even though the products have been withdrawn."

Tom Whitlock, Director of Health Protection at the agency, said:

> "If you have any of these products at home, do not eat them."
`;

describe('posts, pairs and logs (thirty-fifth round)', () => {
  test('a quotation given to a post is checked against the posts the source gives people', async () => {
    const files = { 'inspection.txt': INSPECTION };
    const report = await checkAgainst(files, '# Prison\n\n"We accept the findings and have already begun to act on them," the chief inspector said.\n\n"The regime for most prisoners was poor, and too many spent 22 hours a day locked in their cells," the chief inspector said.\n');
    // Was no finding: a post against a name told nothing.
    assert.deepEqual(
      report.findings.map((f) => f.message.replace(/ \(.*$/, '')),
      ['These words were said by Tom Reed, not the chief inspector'],
    );
    // The fix names the speaker's post, as the draft names a post.
    assert.equal(report.findings[0].fix?.text, 'governor');
    const right = await checkAgainst(files, '# Prison\n\n"We accept the findings and have already begun to act on them," the governor said.\n');
    assert.deepEqual(right.findings, []);
  });

  test('a percentage in words finds the passage that writes it with the sign; a year is no rival of a percentage', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'ballot_result.md': BALLOT }));
    // Was unsupported: the search read "81.9 per cent" as "81.9", which no passage has.
    verdict('supported', 'The ballot closed at noon on Monday 3 March and turnout was 81.9 per cent.');
    // Was "The source gives 2025, not 81.9".
    const r = verdict('supported', 'Turnout in the ballot, which closed at noon on Monday 3 March, was 81.9 per cent.');
    assert.deepEqual(r.conflicts, []);
    const other = verdict('unsupported', 'Turnout in the ballot, which closed at noon on Monday 3 March, was 71.9 per cent.');
    assert.deepEqual(other.missing, ['71.9 per cent']);
  });

  test('"in charge" is a post held; "rejected" is "did not accept"; a verb after its subject in another tense', async () => {
    const club = expectVerdictWith(await workspaceIndex({ 'club_statement.html': CLUB }));
    // Was "The source gives chairman, not charge".
    // (Unsupported here, "charge" being no word of the source's; the draft's longer sentence was supported.)
    const charge = club('unsupported', 'Mr Halsall, who steps down after 14 years in charge, said: "I have put everything I could into Stanbridge Rovers."');
    assert.deepEqual(charge.conflicts, []);
    club('contradicted', 'Mr Halsall, who steps down after 12 years in charge, said: "I have put everything I could into Stanbridge Rovers."');
    const inquiry = expectVerdictWith(await workspaceIndex({ 'inquiry_report.md': INQUIRY }));
    // Was "The source gives accept, not rejected".
    inquiry('supported', 'The panel rejected that explanation after metadata showed that 23 of the manipulated panels had last been edited under Kessler\'s own user account.');
    inquiry('contradicted', 'The panel accepted that explanation after metadata showed that 23 of the manipulated panels had last been edited under Kessler\'s own user account.');
    inquiry('contradicted', 'The panel did not reject that explanation after metadata showed that 23 of the manipulated panels had last been edited under Kessler\'s own user account.');
    const curator = expectVerdictWith(await workspaceIndex({ 'interview_brennan.txt': CURATOR }));
    // Was supported: "approved" and "turned down" were no outcomes of one bid.
    curator('contradicted', 'Brennan said the museum had applied to Wendmore Borough Council in 2023 for money to replace its display cases, and that the bid was approved.', [['approved', 'turned down']]);
    curator('supported', 'Brennan said the museum had applied to Wendmore Borough Council in 2023 for money to replace its display cases, and that the bid was turned down.');
    const airport = expectVerdictWith(await workspaceIndex({ 'northmere_statement.md': AIRPORT }));
    // Was supported: "accepted" and "rejects" were not read as one verb in two tenses.
    airport('contradicted', 'Northmere accepted the airline\'s claims about its preparations.', [['accepted', 'rejects']]);
    airport('supported', 'Northmere rejected the airline\'s claims about its preparations.');
  });

  test('counts of other things are no rivals; the row a figure belongs to is the one its nearest word names', async () => {
    const recall = expectVerdictWith(await workspaceIndex({ 'recall_notice.html': RECALL }));
    // Was "The source gives five, not 14,000": five batches are no count of packs.
    const r = recall('unsupported', 'Calder Valley Dairy has recalled 14,000 packs of soft cheese and cream after the bacteria were found in its products.');
    assert.deepEqual(r.conflicts, []);
    recall('contradicted', 'Calder Valley Dairy is recalling seven batches of four soft cheese and cream products.');
    // "testing" for "sampling". Was "The source gives sampling, not testing".
    recall('supported', 'Production will not resume until inspectors have carried out follow-up testing and are satisfied the site is safe.');
    const accounts = expectVerdictWith(await workspaceIndex({ 'accounts_summary.md': ACCOUNTS }));
    // Was "The source gives £1.87 million for Wages and salaries, not £1.87 million for Turnover". (Then unsupported, the
    // rows' "£2,310,000" no word "2.31"; a figure written otherwise now counts as the claim's words for it.)
    const both = accounts('supported', 'The accounts show turnover falling by 10.5 per cent to £2.31 million while wages rose to £1.87 million.');
    assert.deepEqual(both.conflicts, []);
  });

  test('posts in a transcript\'s list of speakers: capitalised after a comma, in lower case after a dash', async () => {
    // (Through a whole check: a speaker's post in apposition is the attribution pass's.)
    const verdicts = async (files: Record<string, string>, claims: string[]) => (await checkAgainst(files, `# Story\n\n${claims.join('\n\n')}\n`)).claims.map((r) => [r.verdict, r.missing ?? []]);
    // Were "The source gives Senior Lecturer in Food Microbiology, not senior lecturer in food microbiology at the
    // University of Lowmoor", and supported.
    assert.deepEqual(
      await verdicts({ 'interview_ferreira.txt': INTERVIEW }, [
        'Dr Samuel Ferreira, a senior lecturer in food microbiology at the University of Lowmoor, said listeria can keep growing at refrigerator temperatures.',
        'Dr Samuel Ferreira, a senior lecturer in food chemistry at the University of Lowmoor, said listeria can keep growing at refrigerator temperatures.',
      ]),
      [
        ['supported', []],
        ['unsupported', ['senior lecturer in food chemistry at the University of Lowmoor']],
      ],
    );
    // Were unsupported: "No source states “union's regional organiser”", "… “care worker from Elmfield”".
    assert.deepEqual(
      await verdicts({ 'interview_transcript.txt': DEPOT }, [
        "Denise Okafor, the union's regional organiser, said 160 drivers had left Castlemere in 2024.",
        'Priya Nair, a care worker from Elmfield, said she supported the drivers but could not afford three days of taxis.',
        'Priya Nair, a bus driver from Elmfield, said she supported the drivers but could not afford three days of taxis.',
      ]),
      [
        ['supported', []],
        ['supported', []],
        ['unsupported', ['bus', 'she', 'not']],
      ],
    );
  });

  test('a quotation that ends with a full stop is not given to the attribution after it', async () => {
    const report = await checkAgainst(
      { 'ballot_result.md': BALLOT },
      '# Strike\n\n"Our members have sent the clearest possible message," said Gareth Pryce. "Nobody wants to leave passengers at the bus stop, but drivers cannot keep taking a real-terms pay cut while the company\'s profits climb." General secretary Sharon Whitlock said Castlemere "can stop this strike tomorrow by putting a serious offer on the table."\n',
    );
    // Was "These words were said by Gareth Pryce, not Sharon Whitlock" on the second quotation.
    assert.deepEqual(report.findings.map((f) => f.code), []);
  });

  test('a time of day against a log\'s time to the second', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'security_report.md': SECURITY }));
    // Was unsupported: "No source states “1.45am”".
    verdict('supported', 'The alarm receiving centre operator confirmed intruders on camera and called police at 1.45am.');
    verdict('supported', 'Night officer Colin Marsh reached the gallery corridor at 1.47am and withdrew.');
    verdict('unsupported', 'Night officer Colin Marsh reached the gallery corridor at 1.52am and withdrew.');
  });

  test('"She added:" over a block quotation: the speaker of the quotation before', async () => {
    const files = { 'outbreak_update.md': UPDATE };
    const report = await checkAgainst(files, '# Outbreak\n\n"Because listeria can take up to 70 days to cause illness, we expect to see further cases even though the products have been withdrawn," said Tom Whitlock.\n');
    // Was no finding: the quotation's speaker was unknown.
    assert.deepEqual(report.findings.map((f) => f.message.replace(/ \(.*$/, '')), ['These words were said by Dr Rosalind Achebe, not Tom Whitlock']);
    const right = await checkAgainst(files, '# Outbreak\n\n"Because listeria can take up to 70 days to cause illness, we expect to see further cases even though the products have been withdrawn," said Dr Rosalind Achebe.\n');
    assert.deepEqual(right.findings, []);
  });
});
