/**
 * The thirty-sixth round: false alarms of six new drafts. Speakers declared by their initials on a key's line of a
 * transcript's header ("Interviewees: Joanne Price (JP), …; Daniel Mercer (DM), father"); "added a condition",
 * which is no speech; a figure's table row named by the words right after it ("ten fire engines"). The sources are
 * written for these tests from the helpers' drafts; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';

const INTERVIEW = `INTERVIEW TRANSCRIPT — Linden Maternity Unit story
Date: Saturday 17 May 2025
Interviewer: Tom Hadley (TH), health reporter, Brackenford Gazette
Interviewees: Joanne Price (JP), senior midwife at the Linden Maternity Unit; Daniel Mercer (DM), father, of Ashby Road, Brackenford

TH: Daniel, can you tell me what happened to you and your partner?

DM: We got to triage about half eight in the evening and we waited three hours and forty minutes before a midwife examined her.

TH: Joanne, how long have you worked at Linden?

JP: Eleven years this summer. We have been saying this for two years.
`;

const MEETING = `PLANNING COMMITTEE — TRANSCRIPT
Date: Tuesday 11 March 2025
Present: Cllr Margaret Doyle (Chair), Cllr Rajesh Mehta (Vice-Chair), Cllr Tom Gilchrist, and eight further committee members

CLLR DOYLE: Is there a proposer?

CLLR MEHTA: I'll move the officer recommendation, with an additional condition that the Mill Lane signals are completed before the 50th home is occupied.

CLLR DOYLE: The application is approved, subject to conditions, including Councillor Mehta's additional condition.
`;

const LOG = `INCIDENT LOG

RESOURCES COMMITTED (peak and totals)

  Resource                      Peak (Sat)   Total over incident
  ---------------------------   ----------   -------------------
  Fire appliances               10           14 (different crews)
  Firefighters                  58           121
  Wildfire unit / ATVs          3            3
`;

describe('initials, conditions and table rows (thirty-sixth round)', () => {
  test("speakers declared by initials on a key's line are the people named there", async () => {
    const report = await checkAgainst(
      { 'interview.txt': INTERVIEW },
      '# Unit\n\nDaniel Mercer said his partner waited three hours and 40 minutes in triage before a midwife examined her.\n\nJoanne Price said she had been saying this for two years.\n',
    );
    // Was "In the source, this was said by Dm, not Daniel Mercer".
    assert.deepEqual(report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message), []);
    const wrong = await checkAgainst({ 'interview.txt': INTERVIEW }, '# Unit\n\nJoanne Price said her partner waited three hours and 40 minutes in triage before a midwife examined her.\n');
    assert.match(wrong.findings.find((f) => f.code === 'misattributed-quote')?.message ?? '', /said by Daniel Mercer \(father\), not Joanne Price/);
  });

  test('"added a condition" is no speech', async () => {
    const report = await checkAgainst({ 'committee.txt': MEETING }, '# Homes\n\nCouncillors added a condition that the Mill Lane signals are completed before the 50th home is occupied.\n');
    // Was "In the source, this was said by Cllr Mehta, not Councillors".
    assert.deepEqual(report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message), []);
  });

  test("a figure's row is named by the words right after it when none come before", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'incident_log.txt': LOG }));
    // Was "The source gives ten for Fire appliances, not ten for Firefighters".
    const right = verdict('unsupported', 'At its peak on Saturday, ten fire engines and 58 firefighters were at the scene.');
    assert.deepEqual(right.conflicts, []);
    verdict('contradicted', 'At its peak on Saturday, ten firefighters and 58 fire engines were at the scene.', [['ten for Firefighters', 'ten for Fire appliances']]);
  });
});
