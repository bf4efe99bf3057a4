/**
 * Who said it, thirty-third round: a court's sentencing remarks with a few exchanges with counsel, labelled in
 * capitals ("JUDGE FAIRWEATHER: …"), whose long unlabelled paragraphs are the judge's; a cabinet minute whose member
 * "introduced the report:" before the quotation; "Cllr" as a title, which tells no one apart. And outcomes the
 * other way: a figure "accepted" / "disputed", an appeal "ruled out" / "actively considering", unless one side
 * denies its word. A fire service's ranks ("Area Manager", "Station Manager") tell no one apart either; a notes'
 * label of initials ("AK:") is the one person the notes name with them. The sources are from helpers' drafts (h213,
 * h217, h220, h221, h222 and h223); the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { looksLikeTranscript, parsePlainTranscript } from '../../../server/src/core/sources/transcript';
import { speakerName } from '../../../server/src/core/sources/meta';
import { checkAgainst, expectVerdictWith, judgeWith, workspaceIndex } from './sources';

const SENTENCING = `IN THE CROWN COURT AT HARWICK                          Case No: T20247712

                        The Law Courts, Bridge Street, Harwick HR1 4QT

                                              Friday, 14 March 2025

                                   Before:

                  HER HONOUR JUDGE ROSALIND FAIRWEATHER

                               - - - - - - - -

                                    REX

                                     v

                           HARTMOOR WATER LIMITED

                               - - - - - - - -

MS PRIYA VENKATARAMAN appeared on behalf of the Prosecution (National Waters Regulator)
MR GILES ASHWORTH KC appeared on behalf of the Defendant

                               - - - - - - - -

                    APPROVED TRANSCRIPT: SENTENCING REMARKS

Transcript prepared from the official court recording by Hallam Transcription
Services Ltd. This transcript is subject to the approval of the Judge.

                               - - - - - - - -

(The court sat at 10.02am. Proceedings before sentence are not transcribed.)

(12.11pm)

THE CLERK: Will the representative of the defendant company please stand.

JUDGE FAIRWEATHER: Thank you. Ms Drummond-Kerr, you may remain seated for the moment. I record that Alison Drummond-Kerr, the chief executive of Hartmoor Water Limited, is present in court on behalf of the company.

Hartmoor Water Limited is before this court to be sentenced for six offences under the Environmental Permitting Regulations. The company pleaded guilty at Harwick Magistrates' Court on Wednesday 9 October 2024 and was committed to this court for sentence. That was the first reasonable opportunity and the company is entitled to full credit of one-third.

The offences relate to the Colbeck Wastewater Treatment Works, which lies on the edge of the village of Nether Colbeck and discharges into the Pellow Brook, a tributary of the River Tamsey. The period covered by the indictment runs from 2 June 2021 to 17 August 2022.

Counts 1 to 4 concern unpermitted discharges of untreated sewage from the storm overflow at the works. The company's permit allowed the overflow to operate only once the works was treating a minimum of 118 litres per second, which is described as the flow to full treatment. On the agreed figures, on 57 separate occasions the overflow spilled when that minimum flow was not being achieved. Those spills lasted a total of 412 hours. Count 5 is a continuing failure to comply with the flow condition of the permit over the same period. Count 6 relates to the events of Saturday 23 July 2022.

On that day a blockage in the inlet screens caused the works to spill continuously for some hours. Approximately 2,300 dead fish, including brown trout and bullhead, were later recovered along a 3.4-kilometre stretch of the Pellow Brook below the outfall. Samples taken downstream showed ammonia at 14.6 milligrams per litre. Ms Venkataraman told me, and it is not disputed, that readings at that point are normally below 0.3 milligrams per litre.

MS VENKATARAMAN: Your Honour, if I may, for completeness: Senior Environment Officer Thomas Pengelly attended the site at 10.40am on Sunday 24 July, following a report from a member of the public, and it was he who found the works still discharging.

JUDGE FAIRWEATHER: I am obliged. I have that in the agreed facts.

I turn to what the company knew. The works is fitted with telemetry which raises an alarm when the inlet flow falls below the permitted level while the overflow is operating. Over the indictment period that alarm was raised 61 times. On only nine of those occasions did anyone from the company attend the site. I have read the internal emails exhibited by the prosecution. Operational staff warned in writing, in March 2021 and again in November 2021, that the works was undersized for the population it served and that the screens were prone to blockage. Those warnings were escalated. The company's board cannot say it was not told.

Mr Ashworth, on the company's behalf, submits that this was a case of negligence rather than recklessness. I do not accept that submission. A company that receives 61 alarms and attends nine is not merely careless; it has seen the risk and chosen to run it. I find culpability to be high, because the company was reckless. As to harm, the fish kill, the loss of amenity to the angling community and the repeated discharge of untreated sewage into a small watercourse place this offending in harm category 2.

This was not a freak event. It was the predictable result of a works that was too small, too poorly maintained and too little watched.

MR ASHWORTH: Your Honour, I do not seek to go behind what I said earlier, but I would remind the court that the company accepts without reservation that the works was not properly run, and that it has acted since.

JUDGE FAIRWEATHER: I have that well in mind, Mr Ashworth.
`;

const CABINET = `# Cabinet, Monday 10 March 2025: Item 6, Tessline Buses Ltd (in administration)

The item was considered at 10.42am. Present: Cllr Anjali Whitcombe (Leader, in the Chair) and seven other Cabinet Members. Also present: Cllr Tobias Renshaw (Leader of the Opposition).

**Cllr Derek Poulson (Cabinet Member for Highways and Transport)** introduced the report: "Nobody in Brindle Cross should wake up on Monday morning to find there is no bus to the hospital, to school or to work. This funding means nine of those twelve routes will keep running while the administrators look for a buyer."

**Cllr Tobias Renshaw** asked whether the Flexi service would be adequate for Lowther Common. **Helen Marchbank (Director of Place)** replied that the nearest alternative bus stop for Lowther Common residents was 2.4 miles away at Fennick Vale, and that officers would review Flexi bookings after four weeks.

**Cllr Anjali Whitcombe (Leader of the Council)** said: "This is exactly what the reserve is for, and I want to thank the officers who worked through the weekend to put these contracts in place."

`;

const FIRE_REPORT = `7. STATEMENTS
============================================================

Area Manager Stuart Pellow, Head of Operational Response, said:
"This was one of the most challenging fires our crews have tackled in recent
years. The fact that the Great Hall is still standing is down to the skill
and determination of the firefighters who were there through the night."

Station Manager Rhys Gwillam, incident commander, said:
"The Trust's salvage plan made a real difference. Staff knew exactly which
items to bring out first."
`;

const NOTES = `FELSHAM ROVERS SUPPORTERS' TRUST
NOTES OF PUBLIC MEETING - "SAVE OUR ROVERS"
Wednesday 22 October 2025, 7.30pm

PRESENT ON THE PLATFORM
Margaret Oyelaran      Chair, Felsham Rovers Supporters' Trust (chaired)
Colin Baddeley         Secretary, Felsham Rovers Supporters' Trust
Dr Alan Keogh          Club historian and Trust board member

1. WELCOME (MO)

MO: "This club is 127 years old and it is not going to die on our
watch. Tonight is about turning anger into something useful."

4. HISTORY

Dr Keogh reminded the meeting that the club had survived a previous
crisis in 1987, when it was saved by a bucket collection.

AK: "We have been here before, and the town did not let this club go
then either."
`;

const RELEASE = `# Union disputes trust's nurse vacancy figures

The union disputes the trust's figure of an 11.2% registered nurse vacancy rate in its emergency departments. ANU says that when nurses on long-term sickness absence and maternity leave who have not been backfilled are included, the effective vacancy rate is 14.6%.
`;

const APPEAL = `Simon Keane, senior partner at Marlow Keane LLP, the athlete's lawyers, said:

"We will study the 31-page decision carefully over the coming days. Her lawyers are actively considering an appeal to the Sports Appeal Board, which must be lodged within 21 days."
`;

/** The draft's findings as [code, message without its location]. */
async function findings(files: Record<string, string>, ...sentences: string[]): Promise<string[][]> {
  const report = await checkAgainst(files, ['# Story', '', ...sentences.flatMap((s) => [s, ''])].join('\n'));
  return report.findings.map((f) => [f.code, f.message.replace(/ \(sources\/.*$/, '')]);
}

async function judged(source: string, claim: string) {
  return judgeWith(await workspaceIndex({ 'source.md': source }))(claim);
}

describe('sentencing remarks with a few labelled exchanges', () => {
  test('are a transcript: the judge speaks the unlabelled paragraphs, named from the header', () => {
    assert.equal(looksLikeTranscript(SENTENCING), true);
    const transcript = parsePlainTranscript(SENTENCING);
    const judge = transcript.speakers.find((s) => s.label === 'JUDGE FAIRWEATHER');
    assert.ok(judge);
    // (By the header's five words; shown as a name, not in capitals.)
    assert.equal(speakerName(judge), 'Her Honour Judge Rosalind Fairweather');
    // "THE CLERK" is nobody the header names ("IN THE CROWN COURT" shares only "THE").
    assert.equal(transcript.speakers.find((s) => s.label === 'THE CLERK')?.name, undefined);
    const remarks = transcript.text.indexOf('I turn to what the company knew');
    const segment = transcript.segments.find((s) => s.start <= remarks && s.end > remarks);
    assert.equal(segment?.speaker, 'JUDGE FAIRWEATHER');
  });

  test('a report with a few labelled lines among many paragraphs is not', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the report goes on at some length about what was found.`);
    const notes = ['INCIDENT LOG', '', 'DUTY OFFICER: Arrived 10.40.', '', 'DUTY OFFICER: Cordon set.', '', 'PRESS OFFICE: Press informed.', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    // (Two people in capitals, one twice, but three turns: a log's entries, not a hearing.)
    assert.equal(looksLikeTranscript(notes), false);
  });

  test("the judge's words given to the regulator's director are misattributed", async () => {
    const files = { 'sentencing-remarks.txt': SENTENCING };
    assert.deepEqual(await findings(files, `"The company's board cannot say it was not told," said Dr Kwame Asante-Bright, the regulator's director of enforcement.`), [
      ['misattributed-quote', 'These words were said by Her Honour Judge Rosalind Fairweather, not Dr Kwame Asante-Bright'],
    ]);
    assert.deepEqual(await findings(files, `"The company's board cannot say it was not told," said Judge Rosalind Fairweather.`), []);
  });
});

describe('a quotation after what its speaker did ("introduced the report:")', () => {
  test("is the member's, not the leader's, though both are \"Cllr\"", async () => {
    const files = { 'cabinet-report.md': CABINET };
    assert.deepEqual(await findings(files, '"Nobody in Brindle Cross should wake up on Monday morning to find there is no bus to the hospital, to school or to work," Cllr Whitcombe added.'), [
      ['misattributed-quote', 'These words were said by Cllr Derek Poulson, not Cllr Whitcombe'],
    ]);
    assert.deepEqual(await findings(files, '"Nobody in Brindle Cross should wake up on Monday morning to find there is no bus to the hospital, to school or to work," Cllr Poulson said.'), []);
  });
});

describe('ranks and initials', () => {
  test('"Area Manager Stuart Pellow" is not "Station Manager Rhys Gwillam"', async () => {
    const files = { 'incident-report.txt': FIRE_REPORT };
    assert.deepEqual(await findings(files, 'Area Manager Stuart Pellow said the trust\'s salvage plan "made a real difference".'), [
      ['misattributed-quote', 'These words were said by Station Manager Rhys Gwillam, not Area Manager Stuart Pellow'],
    ]);
    assert.deepEqual(await findings(files, 'Station Manager Rhys Gwillam said the trust\'s salvage plan "made a real difference".'), []);
  });

  test('"AK:" is Dr Alan Keogh, "MO:" Margaret Oyelaran', async () => {
    const files = { 'meeting-notes.txt': NOTES };
    assert.deepEqual(await findings(files, '"We have been here before, and the town did not let this club go then either," Margaret Oyelaran said.'), [
      ['misattributed-quote', 'These words were said by Alan Keogh, not Margaret Oyelaran'],
    ]);
    assert.deepEqual(await findings(files, '"We have been here before, and the town did not let this club go then either," Dr Keogh said.', '"This club is 127 years old and it is not going to die on our watch," said Margaret Oyelaran.'), []);
  });
});

describe('an outcome the other way', () => {
  test('a figure accepted / disputed; denied on one side, the same', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.md': RELEASE }));
    verdict('contradicted', "The union accepted the trust's figure of an 11.2 per cent vacancy rate in its emergency departments.", [['accepted', 'disputes']]);
    verdict('supported', "The union disputes the trust's figure of an 11.2 per cent vacancy rate in its emergency departments.");
    // (Not contradicted: "did not accept" is what "disputes" says.)
    assert.notEqual((await judged(RELEASE, "The union did not accept the trust's figure of an 11.2 per cent vacancy rate in its emergency departments.")).verdict, 'contradicted');
  });

  test('an appeal ruled out / actively considered', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'statement.md': APPEAL }));
    verdict('contradicted', 'Her lawyers said they had ruled out an appeal to the Sports Appeal Board.', [['ruled out', 'considering']]);
    assert.notEqual((await judged(APPEAL, 'Her lawyers said they had not ruled out an appeal to the Sports Appeal Board.')).verdict, 'contradicted');
  });
});
