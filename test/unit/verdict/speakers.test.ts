/**
 * Quotations given to the wrong speaker, from the helpers' drafts of the thirty-second round: the sources say who
 * spoke in ways the attribution pass did not read (a hard-wrapped press conference transcript, a committee
 * transcript with a chair's turns, court notes with labels in capitals, a keeper's diary, a press release's lead-in
 * line). The sources are written for these tests; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst } from './sources';

/** The draft's findings as [code, message without its location]. */
async function findings(files: Record<string, string>, ...sentences: string[]): Promise<string[][]> {
  const report = await checkAgainst(files, ['# Story', '', ...sentences.flatMap((s) => [s, ''])].join('\n'));
  return report.findings.map((f) => [f.code, f.message.replace(/ \(sources\/.*$/, '')]);
}

const PRESS_CONFERENCE = `WEXCOMBE MARATHON 2025
POST-RACE PRESS CONFERENCE: MEN'S WINNER

Ref:            WM25/PC/03
Date:           Sunday 13 April 2025
Status:         Verbatim, lightly edited for readability. Please check
                against the recording before quoting.

ON THE PLATFORM:
  ELIAS NDARWA      Winner, men's race
  JOSEPH LEMAIYAN   Coach to Elias Ndarwa
  RACHEL IMBERT     Head of Media, Wexcombe Running Trust

[Recording begins 12:40]

RACHEL IMBERT: Good afternoon, everybody, and thank you for your
patience. We're joined by Elias Ndarwa, who this morning ran 2:06:41,
a new course record here in Wexcombe, and by his coach.

ELIAS NDARWA: Thank you, thank you. I am very happy. This is my first
win in a marathon, so it is a special day for me and for my family.

TOM HADLEY (Wexcombe Evening Post): Elias, congratulations. Can you
talk us through the race? When did you decide to go?

NDARWA: The pacemakers went out very fast, and the last one dropped out
at 25 kilometres. At 32 kilometres I felt strong, so I went.

ANJALI RAO (Running Review): Joseph, was that the plan, to go at 32?

JOSEPH LEMAIYAN: No. [Laughter] We told him to be patient until 35
kilometres. He was not patient. But sometimes the body knows better
than the coach.

NDARWA: Yes, I will come back next year to defend my title.
`;

const COMMITTEE = `CARROWSHIRE COUNTY COUNCIL
COMMUNITIES OVERVIEW AND SCRUTINY COMMITTEE

Verbatim transcript (unofficial) - Item 5: Library Services Review
Date: Tuesday 29 October 2024

PRESENT:
Cllr Janet Pelham (Chair) - Liberal Democrat, Brackenford and Wyre
Cllr Dev Sandhu - Labour, Thornby Marsh

IN ATTENDANCE:
Cllr Martin Greaves - Cabinet Member for Culture and Communities

---

[10:42]
CHAIR (Cllr Pelham): Item 5, the library services review. Councillor Greaves, would you introduce the report?

[10:44]
CLLR MARTIN GREAVES: Thank you, Chair. Every pound we keep in a building nobody visits is a pound we cannot spend on the mobile service.

[10:51]
CLLR DEV SANDHU: Chair, through you. The cabinet member talks about listening, but the consultation closed before the figures were published.

CHAIR: We've had a long debate. I'm going to put the motion to close Thornby Marsh library. All those in favour?

[Show of hands]

CHAIR: Six. Against?

[Show of hands]

CHAIR: Three. The motion is carried, six votes to three.

[11:26]
CLLR DEV SANDHU: Thank you, Chair. Can I just say, for the record, that if this closure goes ahead, "the people of Thornby Marsh will remember who turned the lights off."

CHAIR: Noted. We'll take a ten-minute break.
`;

const COURT_NOTES = `WETHERSTONE COURIER -- COURT DESK NOTES
Reporter: Tom Felling
Status: notes for copy -- NOT FOR PUBLICATION AS IS

HALLBRIDGE CROWN COURT, Court 3
Before: His Honour Judge Martin Ashdown
For the Crown: Ms Priya Randhawa
For the defendant: Mr Oliver Crane

--- DEFENCE MITIGATION (CRANE) ---

CRANE: "He does not seek to minimise what happened. He accepts it was
his dog and his gate."

Character references from his employer and his church.

PRESIDING JUDGE (noted in court)
------------------------------------------------------------------
MRS MARCHBANK: Mr Pellow, we have listened carefully to what
Mr Crane has said on your behalf. But the open gate is the single most
serious feature of this case. The postwoman was fortunate that her
injuries were not worse.
`;

const DIARY = `KEEPER'S DIARY - RHINO HOUSE - MARCH 2024

TUESDAY 12 MARCH 2024
       Calf feeding well. Zuri stayed within 5 m of her throughout.
       Planning meeting with Priya Castellan, Lucy and Martin Ashdown (CEO)
       re reopening. Agreed: Rhino House reopens Good Friday 29 Mar.
       Max 60 people inside at once. Martin: "We'll take the hit on queues
       before we take any risk with that calf."
`;

const RELEASE = `# Walkers rescued from Scardale Pike in freezing fog

The woman was treated by the team's medical officer before being carried 2.4km down the side of Kettle Gill.

### What they said

**Gareth Pennock, Team Leader, USMRT:**
"Conditions on Saturday were as bad as anything we've worked in this winter. The group did exactly the right thing by calling early and staying together."

**Mark Iveson, Deputy Team Leader, USMRT, who acted as incident controller:**
"It was a long night for everyone, and I want to thank the paramedics at Ghyllhead."
`;

const TRIAL = `# Court notes: R v Petherick, sentence

| Role | Name |
|---|---|
| **Prosecution** | Fenella Drayce KC |
| **Defence - Petherick** | Marcus Oduya KC |

**10:04** - DRAYCE KC summarises facts for sentence.

Q DRAYCE: "There was no history between these men. They had never met before that night."

**10:38** - ODUYA KC, mitigation for Petherick.

Q ODUYA: "He has written to the Whitlow family. He understands that letter may never be opened."

Q DRAYCE: "The Crown accepts that the defendant has no previous convictions."
`;

const MEETING = `Public meeting on the Ashwell flood scheme, 25 February 2025. Transcript.

Present: Cllr Gareth Pryce (Cabinet Member for Environment and Infrastructure); Martin Okafor (Flood Risk Manager).

CLLR PRYCE: I know many of you feel let down. We got this wrong on the timetable, and I'm sorry for that.

MARTIN OKAFOR: The barrier will be built in two phases, starting in May.

CLLR PRYCE: We will publish the revised timetable on the council's website by the end of March.
`;

describe('quotations given to the wrong speaker', () => {
  test("a hard-wrapped transcript's turns, and its list of who was there in columns", async () => {
    // Was not flagged: the turns' lines under their labels made the file no transcript; "JOSEPH LEMAIYAN   Coach" was
    // one name.
    assert.deepEqual(await findings({ 'transcript.txt': PRESS_CONFERENCE }, '"We told him to be patient until 35 kilometres," said Ndarwa.'), [
      ['misattributed-quote', 'These words were said by Joseph Lemaiyan (coach to elias ndarwa), not Ndarwa'],
    ]);
    assert.deepEqual(await findings({ 'transcript.txt': PRESS_CONFERENCE }, '"We told him to be patient until 35 kilometres," said his coach, Joseph Lemaiyan.'), []);
  });

  test("a committee transcript: the chair's turns are the chair's, a member's own \"I say\" does not hide the quotation", async () => {
    // Was not flagged: timestamp lines made the file no transcript, "CLLR DEV SANDHU" resolved to "Cllr Janet Pelham"
    // by "Cllr", the chair's turns ran on in the speaker's before them.
    assert.deepEqual(
      await findings({ 'scrutiny.txt': COMMITTEE }, 'After the vote, Councillor Greaves said that if the closure went ahead, "the people of Thornby Marsh will remember who turned the lights off."'),
      [['misattributed-quote', 'These words were said by Cllr Dev Sandhu, not Councillor Greaves']],
    );
    assert.deepEqual(
      await findings({ 'scrutiny.txt': COMMITTEE }, 'After the vote, Councillor Sandhu said that if the closure went ahead, "the people of Thornby Marsh will remember who turned the lights off."'),
      [],
    );
  });

  test("notes' labels in capitals: before a quotation, and at the head of a paragraph of what was said", async () => {
    assert.deepEqual(await findings({ 'notes.txt': COURT_NOTES }, 'Ms Randhawa told the court: "He accepts it was his dog and his gate."'), [
      ['misattributed-quote', 'These words were said by Mr Oliver Crane, not Ms Randhawa'],
    ]);
    assert.deepEqual(await findings({ 'notes.txt': COURT_NOTES }, 'Mr Crane told the court: "He accepts it was his dog and his gate."'), []);
    assert.deepEqual(await findings({ 'notes.txt': COURT_NOTES }, 'Judge Martin Ashdown said the postwoman had been "fortunate that her injuries were not worse".'), [
      ['misattributed-quote', 'These words were said by Mrs Marchbank, not Judge Martin Ashdown'],
    ]);
  });

  test("a diary's first name before a quotation", async () => {
    assert.deepEqual(await findings({ 'diary.txt': DIARY }, 'Priya Castellan said: "We\'ll take the hit on queues before we take any risk with that calf."'), [
      ['misattributed-quote', 'These words were said by Martin Ashdown, not Priya Castellan'],
    ]);
  });

  test('what was said is not who said it: "Mark Iveson, the deputy team leader, said the group “…”"', async () => {
    // Was not flagged: "the group" was read as the speaker.
    assert.deepEqual(await findings({ 'release.md': RELEASE }, 'Mark Iveson, the deputy team leader, said the group "did exactly the right thing by calling early and staying together".'), [
      ['misattributed-quote', 'These words were said by Gareth Pennock, not Mark Iveson'],
    ]);
  });

  test('a decision\'s defined term for a party ("the Athlete") is no other person', async () => {
    const decision = `<html><body><h1>Decision of the Anti-Doping Tribunal: UKAD v Eleanor Farrowby</h1>
<p>1. Eleanor Farrowby ("the Athlete") is a 1,500m runner from Ilkley.</p>
<p>2. In her evidence the Athlete said: “I honestly thought a recovery shake was the same as a bowl of porridge.”</p></body></html>`;
    // Was flagged: "These words were said by Athlete, not Ms Farrowby".
    const found = await findings({ 'decision.html': decision }, 'Ms Farrowby told the panel: "I honestly thought a recovery shake was the same as a bowl of porridge."');
    assert.deepEqual(found.filter(([code]) => code === 'misattributed-quote'), []);
  });

  test('two KCs are two people', async () => {
    // Was not flagged: "KC" was a word both names share.
    assert.deepEqual(await findings({ 'notes.md': TRIAL }, 'Marcus Oduya KC told the court: "There was no history between these men. They had never met before that night."'), [
      ['misattributed-quote', 'These words were said by Fenella Drayce KC, not Marcus Oduya KC'],
    ]);
  });

  test('", saying:" gives the quotation to the sentence\'s subject', async () => {
    // (The claim's other words are no source's: its own finding, apart.)
    const found = await findings({ 'meeting.txt': MEETING }, 'Martin Okafor, the council\'s flood risk manager, apologised to residents, saying: "We got this wrong on the timetable, and I\'m sorry for that."');
    assert.deepEqual(
      found.filter(([code]) => code === 'misattributed-quote'),
      [['misattributed-quote', 'These words were said by Cllr Gareth Pryce (cabinet member for environment and infrastructure), not Martin Okafor']],
    );
  });
});
