/**
 * A lifeboat rescue: the station's press release in Markdown, its quotations set under bold lines of each speaker and
 * their post (no "said"), the way many releases give them. The source is written for these tests (from a helper's
 * draft); the station and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Skelwick Bay lifeboat tows trawler to safety in six-metre seas

Skelwick Bay's all-weather lifeboat was launched at 11.06pm on Monday 13 January to the trawler Morning Tern, which had lost engine power 14 nautical miles north-east of Greyhead Point.

### What they said

**Ian Pellow, Coxswain, Skelwick Bay Lifeboat Station:**
"Those were some of the worst conditions I've seen in twenty-two years on this boat. Credit also to the skipper, who kept his crew calm and kept talking to us the whole way."

**Gillian Harte, Lifeboat Operations Manager, Skelwick Bay Lifeboat Station:**
"Our volunteers left their families and their warm beds on a filthy night without a second thought. I could not be prouder of their tireless commitment, and I want to thank the coastguard for their support throughout."

**Alan Rudd, skipper of the Morning Tern:**
"I have never been so glad to see an orange boat."
`;

const REPORT = `CALDERBROOK COUNTY COUNCIL - CABINET COMMITTEE
Report CEH/2024/117: Highways maintenance backlog

6. CONSULTATION AND MEMBER COMMENTS

6.1 The Cabinet Member for Highways and Transport, Councillor Rosalind
Achebe-Hart, said: "Nobody on this committee is pretending our roads are
where they should be. This money is about getting ahead of this winter,
not just catching up with the last one."

6.2 The Chair of the Environment Scrutiny Committee, Councillor Desmond
Fairweather, was consulted on 29 October 2024.
`;

const HOSEPIPES = `Hosepipe ban from Friday

REACTION
Councillor Ruth Amesbury, cabinet member for environment at Ardenshire County Council, said: "This is disappointing but, sadly, not surprising."

Harold Tennant, chair of the Ardenshire Allotment Federation, said the federation would write to the company this week.
`;

// The same lines in a plain-text file, where the asterisks stay in the text.
const NOTES = `Station notes

**Huw Bevan, Deputy Launching Authority, Skelwick Bay Lifeboat Station:**

"We launched within nine minutes of the pager going off, which is what the crew train for."
`;

const files = { 'station_notes.txt': NOTES, 'skelwick_lifeboat_press_release.md': RELEASE, 'cabinet_report_CEH-2024-117.txt': REPORT, 'press_release_water.txt': HOSEPIPES };
const findings = async (draft: string) => (await checkAgainst(files, ['# Rescue', '', draft, ''].join('\n'))).findings.map((f) => [f.code, f.message.replace(/ \(sources.*$/, '')]);

describe('a lifeboat rescue: quotations under bold lines of their speakers, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('words under one speaker\'s line given to another: misattributed, in each form of the draft\'s attribution', async () => {
    // Were verbatim: the line "**Gillian Harte, Lifeboat Operations Manager, …:**" has no "said", and is in the
    // quotation's paragraph.
    const wrong = [['misattributed-quote', 'These words were said by Gillian Harte, not Alan Rudd']];
    assert.deepEqual(await findings('"I could not be prouder of their tireless commitment," said Alan Rudd.'), wrong);
    assert.deepEqual(await findings('Alan Rudd said: "I could not be prouder of their tireless commitment."'), wrong);
    // ", said the skipper, Alan Rudd": the name in apposition after the role (was no attribution at all).
    assert.deepEqual(await findings('"I could not be prouder of their tireless commitment," said the skipper, Alan Rudd.'), wrong);
  });

  test('a post, then the name in apposition before "said:" (hard-wrapped): the name, not the post\'s last word', async () => {
    // Was: "These words were said by Transport, not Councillor Rosalind Achebe-Hart".
    assert.deepEqual(await findings('Councillor Rosalind Achebe-Hart said the money was "about getting ahead of this winter, not just catching up with the last one".'), []);
    assert.deepEqual(await findings('Councillor Desmond Fairweather said the money was "about getting ahead of this winter, not just catching up with the last one".'), [
      ['misattributed-quote', 'These words were said by Councillor Rosalind Achebe-Hart, not Councillor Desmond Fairweather'],
    ]);
    // The quick fix puts the name in on one line, whatever the source's line breaks (was "Rosalind\nAchebe-Hart").
    const report = await checkAgainst(files, ['# Roads', '', 'Councillor Desmond Fairweather said the money was "about getting ahead of this winter, not just catching up with the last one".', ''].join('\n'));
    const fix = report.findings.find((f) => f.code === 'misattributed-quote')?.fix;
    assert.ok(fix);
    assert.doesNotMatch(fix.text, /\n/);
  });

  test('a speaker\'s line in asterisks in a plain-text file, the quotation in the paragraph after it', async () => {
    assert.deepEqual(await findings('"We launched within nine minutes of the pager going off," said Ian Pellow.'), [['misattributed-quote', 'These words were said by Huw Bevan, not Ian Pellow']]);
    assert.deepEqual(await findings('"We launched within nine minutes of the pager going off," said Huw Bevan.'), []);
  });

  test('a heading\'s line of capitals over the speaker\'s paragraph is not part of the name', async () => {
    // Was: "These words were said by REACTION\nCouncillor Ruth Amesbury, not Harold Tennant".
    assert.deepEqual(await findings('"This is disappointing but, sadly, not surprising," said Harold Tennant, chair of the Ardenshire Allotment Federation.'), [
      ['misattributed-quote', 'These words were said by Councillor Ruth Amesbury, not Harold Tennant'],
    ]);
  });

  test('words given to their own speaker, and a speaker\'s line read only for the quotation under it', async () => {
    assert.deepEqual(await findings('"I could not be prouder of their tireless commitment," said Gillian Harte.'), []);
    assert.deepEqual(await findings('"I have never been so glad to see an orange boat," said the skipper, Alan Rudd.'), []);
    assert.deepEqual(await findings('"Those were some of the worst conditions I\'ve seen in twenty-two years on this boat," said the coxswain, Ian Pellow.'), []);
  });
});
