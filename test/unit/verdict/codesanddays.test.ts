/**
 * The thirty-fifth round, second part: codes of capitals and digits in another code's place ("P4" / "P2"), a row put
 * second or third of its table, a weekday with its day and no month ("Thursday the 17th"), an hour "o'clock" with no
 * part of the day, a month's abbreviation that is a word's start ("07:15  Decision"), a post given as the speaker
 * where the draft names its holder, relative pronouns as no content, a wind's quarter a log writes after the word, a
 * name of another row of a table, and an end of a range for a single figure. The sources are written for these tests
 * from the helpers' drafts; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';

const SECURITY = `# Security review, Wendmore Museum

The three cases that were broken were glazed with laminated glass rated to the P2 standard. For objects of this value, current industry guidance recommends a minimum of P4.

Recommendations:

1. Replace glazing in all Archaeology Gallery cases with P4-rated or higher laminated glass.
`;

const STOLEN = `<html><body>
<h1>Objects stolen from the Archaeology Gallery</h1>
<table>
<tr><th>No.</th><th>Object</th><th>Year acquired</th><th>Insured value (£)</th></tr>
<tr><td>1</td><td>The Wendmore Torc (gold neck ring)</td><td>1991</td><td>185,000</td></tr>
<tr><td>2</td><td>Hollins Cross Patera (silver dish)</td><td>1968</td><td>62,000</td></tr>
<tr><td>3</td><td>Hoard of 14 gold aurei (coins)</td><td>2012</td><td>96,000</td></tr>
<tr><td>4</td><td>Enamelled reliquary casket</td><td>1957</td><td>71,500</td></tr>
<tr><td colspan="3"><strong>Total</strong></td><td><strong>414,500</strong></td></tr>
</table>
</body></html>`;

const RUNNER = `INTERVIEW TRANSCRIPT
Date: Saturday 26 April 2025
Interviewer: Sam Reid, sports reporter, Port Calder Post
Interviewee: Grace Okafor, runner

SAM REID: When did you hear the course was short?

GRACE OKAFOR: Ian Bellweather rang me on Thursday the 17th to say the record would almost certainly go. I was gutted.

SAM REID: And the meeting?

GRACE OKAFOR: The runners' meeting is on Monday the twenty-first, at the club. The work on the new course will not start before eight o'clock, they promised.
`;

const LOG = `FIRE AND RESCUE SERVICE - INCIDENT LOG HDF-25-0412

06:52  First call received: strong smell of chlorine at Tarnfield Works.
07:03  First appliance in attendance. Wind south-westerly, 12 mph, blowing from site towards Ashgrove Road housing.
07:15  Decision to evacuate 400-metre zone downwind of site, covering Ashgrove Road and Mill Lane.
07:40  Rest centre opened at Hollinsby Leisure Centre.
`;

const BOARD = `# Emergency department performance: report to the board

| Item | Detail |
|---|---|
| **Report author** | Fiona Marchetti, Chief Operating Officer |
| **Meeting** | Thursday 6 March 2025 |

Commenting on the trajectory, the Chief Operating Officer states:

> "We expect gradual improvement from April, but we will not reach the 78 per cent target before the end of the year."
`;

const RULING = `# Ruling on the Port Calder Marathon course

| Athlete | Club | Category | Time | Mark | Previous mark | Status |
|---|---|---|---|---|---|---|
| Joseph Kariuki | Eastmoor Striders | Men's 40-44 | 2:17:09 | National age-group record | 2:18:35 (2016) | Void |
| Freya Lindqvist | Port Calder Wheelers | Women's wheelchair | 1:41:22 | Course record | 1:44:10 (2023) | Void |
`;

const REMARKS = `9. This was a high culpability offence. The starting point under the guideline for each count of fraud is 7 years' custody, with a range of 5 to 8 years. The offending across the counts takes the case above that range.`;

const LOSSES = `# Victim impact summary

| Group | Members | Average annual pension before | Average annual pension now | Average reduction |
|---|---|---|---|---|
| Pensioners aged 75 and over | 71 | £9,840 | £8,660 | 12% |
| Pensioners under 75 | 92 | £11,200 | £8,960 | 20% |
| Deferred members (projected at retirement) | 249 | £7,300 | £5,400 | 26% |
`;

const STAFF = `5.2 Millbeck employs 31 staff, 12 of them teachers. Staff would be consulted separately under employment law.`;

describe('codes, places and days (thirty-fifth round)', () => {
  test('a code in another code\'s place: "rated to the P4 standard" / "rated to the P2 standard"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'security_report.md': SECURITY }));
    // Were supported: a code of two characters was no name, and the recommendation gives "P4" elsewhere.
    verdict('contradicted', 'The three cases that were broken were glazed with laminated glass rated to the P4 standard.', [['P4', 'P2']]);
    verdict('contradicted', 'The smashed cases were fitted with glass rated to the P4 standard, higher than the level recommended.', [['P4', 'P2']]);
    verdict('supported', 'The three cases that were broken were glazed with laminated glass rated to the P2 standard.');
  });

  test('a row put second or third of its table by its column', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'museum_statement.html': STOLEN }));
    // Was supported: only a first place was read.
    const second = verdict('contradicted', 'The second most valuable object on the list is the enamelled reliquary casket, insured for £71,500.');
    assert.match(second.conflicts[0].source, /96,000/);
    // (The right place is not yet supported by the table: only contradicted when wrong.)
    const third = verdict('unsupported', 'The third most valuable object on the list is the enamelled reliquary casket, insured for £71,500.');
    assert.deepEqual(third.conflicts, []);
    assert.deepEqual(verdict('unsupported', 'The most valuable object on the list is the Wendmore Torc, insured for £185,000.').conflicts, []);
    // A denial elsewhere in the claim leaves its ranking to be checked. Was supported.
    const losses = expectVerdictWith(await workspaceIndex({ 'victim_impact_summary.md': LOSSES }));
    const smallest = losses('contradicted', 'Deferred members, who have not yet retired, face the smallest reductions, averaging 26 per cent of their projected pensions.');
    assert.match(smallest.conflicts[0].source, /12%/);
    // (The right place is not yet supported by the table, as above.)
    assert.deepEqual(losses('unsupported', 'Deferred members, who have not yet retired, face the largest reductions, averaging 26 per cent of their projected pensions.').conflicts, []);
  });

  test('a weekday with its day and no month; an hour "o\'clock" with no part of the day; a month\'s letters in a word; a wind\'s quarter after it', async () => {
    assert.deepEqual(
      ['rang me on Thursday the 17th', 'Friday, the seventh, the morning flight', 'on Monday the twenty-first'].map((t) => extractValues(t).filter((v) => v.kind === 'date').map((v) => v.date)),
      [[{ weekday: 4, day: 17 }], [{ weekday: 5, day: 7 }], [{ weekday: 1, day: 21 }]],
    );
    // Was the date "15 Dec" ("07:15  Decision").
    assert.deepEqual(extractValues('07:15  Decision to evacuate').map((v) => [v.kind, v.text]), [['quantity', '07:15'], ['name', 'Decision']]);
    const runner = expectVerdictWith(await workspaceIndex({ 'interview_okafor.txt': RUNNER }));
    // Were unsupported: "No source states “Thursday 17 April”", "… “8am”".
    runner('supported', 'Okafor said Ian Bellweather rang her on Thursday 17 April to say the record would almost certainly go.');
    runner('contradicted', 'Okafor said Ian Bellweather rang her on Thursday 18 April to say the record would almost certainly go.');
    runner('supported', 'Okafor said the work on the new course would not start before 8am.');
    const log = expectVerdictWith(await workspaceIndex({ 'incident_log.txt': LOG }));
    // Was unsupported: "No source states “07:15”".
    log('supported', 'Fire crews decided to evacuate a 400-metre zone downwind of the site at 07:15, covering Ashgrove Road and Mill Lane.');
    // A wind's quarter after the word, as a log writes it. Was supported.
    log('contradicted', 'According to the log, a 12mph north-easterly wind was blowing from the site towards Ashgrove Road housing.', [['north-easterly', 'south-westerly']]);
    log('supported', 'According to the log, a 12mph south-westerly wind was blowing from the site towards Ashgrove Road housing.');
  });

  test('a name the claim gives a row that another row has in the same column', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'ruling.md': RULING }));
    // Was supported, Kariuki's row paired with hers for "Eastmoor Striders".
    const r = verdict('contradicted', 'Freya Lindqvist of Eastmoor Striders also loses her women\'s wheelchair course record of 1:41:22.', [['Eastmoor Striders', 'Port Calder Wheelers']]);
    assert.equal(r.conflicts[0].note, 'it gives Eastmoor Striders for Joseph Kariuki');
    verdict('supported', 'Freya Lindqvist of Port Calder Wheelers also loses her women\'s wheelchair course record of 1:41:22.');
    verdict('supported', 'Joseph Kariuki of Eastmoor Striders loses his national age-group record of 2:17:09.');
  });

  test('an end of a range states no single figure', async () => {
    assert.deepEqual(extractValues('with a range of five to eight years').map((v) => v.inRange), [true, true]);
    const verdict = expectVerdictWith(await workspaceIndex({ 'sentencing_remarks.txt': REMARKS }));
    // Was supported: the range's "5" stated "five years' custody".
    verdict('contradicted', "The starting point under the guideline for each count of fraud was five years' custody.", [['five years', '7 years']]);
    verdict('supported', "The starting point under the guideline for each count of fraud was seven years' custody, with a range of five to eight years.");
  });

  test('a post given as the speaker, its holder named in the draft; a relative pronoun is no content', async () => {
    const report = await checkAgainst({ 'board_paper.md': BOARD }, '# A&E\n\nMs Marchetti said: "We expect gradual improvement from April, but we will not reach the 78 per cent target before the end of the year."\n');
    // Was "In the source, this was said by Chief Operating Officer, not Ms Marchetti".
    assert.deepEqual(report.findings, []);
    const verdict = expectVerdictWith(await workspaceIndex({ 'cabinet_report.md': STAFF }));
    // Was unsupported: "No source states “whom”".
    verdict('supported', 'Millbeck has 31 staff, a dozen of whom are teachers.');
  });
});
