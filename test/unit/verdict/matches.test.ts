/**
 * A football club's match report and its manager's press conference, and a rugby report, against a writer's draft:
 * the winner and loser swapped, said from either side ("lost to", "were beaten by") and with names of two words
 * ("Ashford Rovers came from behind to beat Kingsmere Town"); a ban in matches against a "two-footed" challenge; the
 * right and the wrong decision. The sources are written for these tests (the football ones from a helper's drafts);
 * the clubs and people of the football ones are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# Match Report: Ashford Rovers 3-1 Kingsmere Town

**Northern Premier Championship, Matchday 24 — Saturday 15 February 2025, Hollins Park**
*Published by the Ashford Rovers FC communications department*

Ashford Rovers came from behind to beat Kingsmere Town 3-1 at Hollins Park on Saturday afternoon, extending their unbeaten home run to nine matches in front of a crowd of 18,432.

The visitors took the lead in the 12th minute. Winger Tomas Brekke cut inside from the left and curled a shot beyond goalkeeper Liam Okafor from the edge of the area. It was Brekke's seventh league goal of the season.

Rovers responded well and equalised in the 34th minute. Captain Daniel Ferreira rose highest at the near post to head home a corner from midfielder Jamie Clough. Ferreira's header was his fourth goal of the campaign.

The turning point came four minutes before half-time. Kingsmere centre-back Marcus Hale was shown a straight red card by referee Andrew Pilling in the 41st minute for a late, two-footed challenge on Clough. Hale will now serve a three-match suspension.

Playing against ten men, Rovers dominated the second half. Striker Kwame Asante put the home side ahead in the 58th minute, converting a low cross from right-back Ollie Dunmore. Asante then sealed the win from the penalty spot in the 77th minute after substitute Ryan Pike was tripped by Kingsmere goalkeeper Stefan Novak. The double takes Asante to fourteen league goals, the most in the division.

Kingsmere almost pulled one back in stoppage time, but Okafor saved well from Brekke's free-kick.

Rovers had 64 per cent of possession and 17 shots, eight of them on target. Kingsmere managed six shots, with two on target.

Clough, who needed treatment after the challenge that led to the red card, was replaced by Pike in the 63rd minute as a precaution. The club's medical staff will assess him on Monday.

## League position

The victory lifts Ashford Rovers from fifth to third in the Northern Premier Championship table on 45 points from 24 matches, two points behind second-placed Dunmow City. Kingsmere Town remain 11th on 31 points and have now lost three matches in a row.

## Teams

**Ashford Rovers:** Okafor; Dunmore, Ferreira (c), Whitlock, Baptiste; Clough (Pike 63), Reyes, Sandoval; Mbeki (Harding 81), Asante, Lindqvist.

**Kingsmere Town:** Novak; Carr, Hale, Osei, Tran; Gallagher, Yilmaz (Doyle 60), Brekke; Fenwick (Aldous 46), Moretti, Quinn.

**Referee:** Andrew Pilling. **Attendance:** 18,432.

## Next fixture

Rovers travel to Dunmow City on Saturday 22 February (kick-off 3pm) in a meeting between second and third.
`;

const PRESS = `TRANSCRIPT — POST-MATCH PRESS CONFERENCE
Ashford Rovers manager Helen Marsh
Hollins Park media suite, Saturday 15 February 2025, approx. 5.20pm
Moderated by Chris Yates, Ashford Rovers head of media

CHRIS YATES: Helen will take questions for about ten minutes. Please say who you are.

Q (Sam Whitfield, Ashford Evening Echo): Helen, a difficult start, but a strong finish. How do you sum it up?

HELEN MARSH: We were slow in the first twenty minutes, and we were punished for it. Tomas Brekke is a very good player and we gave him too much space. But I was pleased with the reaction. Nobody panicked. Daniel got us level with a brilliant header and from then on I thought we were the better side.

Q (Sam Whitfield): How big was the red card?

HELEN MARSH: Of course it changed the game, I won't pretend otherwise. Playing against ten men for more than half the match makes a difference. But you still have to break them down, and Kingsmere defended deep and made it difficult. I thought it was the right decision from the referee. It was a dangerous tackle, and Jamie was lucky not to be badly hurt.

Q (Priya Nandakumar, BBC Radio Ashford): What's the latest on Jamie Clough?

HELEN MARSH: He has a bruised ankle. We took him off as a precaution because we didn't want to take any risks. The physios will look at him on Monday, but I'm hopeful he'll be fine for next week.

Q (Priya Nandakumar): Kwame Asante has two more goals. Where does he rank among the strikers you have worked with?

HELEN MARSH: Kwame is the best finisher I have coached, and I've been doing this job for eleven years. Fourteen goals by February is remarkable. The penalty took some nerve. He has missed only one penalty for us, and that was in pre-season.

Q (Declan Moore, The Northern Sport): You're up to third now. Are you thinking about automatic promotion?

HELEN MARSH: Honestly, no. We said at the start of the season that the target was the play-offs, and that hasn't changed. There are fourteen games left, that's forty-two points to play for. Dunmow are a very strong side and we'll find out a lot about ourselves next Saturday.

Q (Declan Moore): The crowd was the biggest of the season today. Does that make a difference?

HELEN MARSH: Massively. Over eighteen thousand people here on a cold February afternoon. When we went behind, they didn't turn on us, they got behind us. I want to thank every one of them.

Q (Sam Whitfield): Will you be active in the loan market before the emergency window closes?

HELEN MARSH: We're not looking to bring anyone in. The chairman, Graham Pryce, has been very supportive, but I'm happy with this squad. We have twenty-three senior players and I trust all of them.

Q (Priya Nandakumar): Ryan Pike made a big impact off the bench. Is he pushing for a start?

HELEN MARSH: Ryan has been excellent in training. He won the penalty and he gave us energy. He's nineteen, so we need to manage him carefully, but he'll get his chances.

CHRIS YATES: Last question.

Q (Declan Moore): Kingsmere's manager, Paul Rennick, said before the game that Hollins Park holds no fear for his players. Any response?

HELEN MARSH: I don't get involved in that. Paul is a good manager and he said what he had to say. The result speaks for itself.

CHRIS YATES: Thanks, everyone.
`;

const RUGBY = `Gloucester beat Bath 31-24 at Kingsholm on Saturday to climb to third in the Premiership table.

Bath led 17-10 at half-time after tries from Will Muir and Ben Spencer, but Gloucester scored three tries in the second half.

Gloucester head coach George Skivington said his side had shown real character. "We were poor in the first half, but the boys never gave up," he said.

The result leaves Bath fifth, four points behind Gloucester. A crowd of 16,115 watched the game.
`;

describe('match reports and a manager\'s press conference, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('the winner and the loser, said from either side', async () => {
    const rugby = expectVerdictWith(await workspaceIndex({ 'report.txt': RUGBY }));
    rugby('supported', 'Gloucester beat Bath 31-24 at Kingsholm on Saturday.');
    rugby('supported', 'Bath lost to Gloucester 31-24 at Kingsholm on Saturday.');
    rugby('supported', 'Bath were beaten 31-24 by Gloucester at Kingsholm.');
    rugby('contradicted', 'Gloucester lost to Bath 31-24 at Kingsholm on Saturday.', [['Gloucester lost to Bath', 'Gloucester beat Bath']]);
    rugby('contradicted', 'Gloucester were beaten by Bath at Kingsholm.', [['Gloucester were beaten by Bath', 'Gloucester beat Bath']]);
    const football = expectVerdictWith(await workspaceIndex({ 'match_report.md': REPORT, 'press_conference.txt': PRESS }));
    football('supported', 'Ashford Rovers beat Kingsmere Town 3-1 at Hollins Park on Saturday.');
    football('supported', 'Kingsmere Town lost 3-1 to Ashford Rovers at Hollins Park.');
    football('contradicted', 'Kingsmere Town beat Ashford Rovers 3-1 at Hollins Park on Saturday.', [['Kingsmere Town beat Ashford Rovers', 'Ashford Rovers came from behind to beat Kingsmere Town']]);
    football('contradicted', 'Ashford Rovers lost to Kingsmere Town at Hollins Park on Saturday.');
  });

  test('a ban in matches: "two-match" is no "two-footed" challenge', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'match_report.md': REPORT }));
    verdict('supported', 'Hale will serve a three-match ban.');
    verdict('contradicted', 'Marcus Hale will serve a two-match suspension after his red card.', [['two-match', 'three-match']]);
    verdict('contradicted', 'Marcus Hale will serve a four-match suspension after his red card.', [['four-match', 'three-match']]);
    verdict('supported', 'Marcus Hale was sent off for a two-footed challenge on Clough.');
  });

  test('a count of penalties no passage about it gives: not stated by "two on target" in the other report', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'match_report.md': REPORT, 'press_conference.txt': PRESS }));
    const r = verdict('unsupported', 'Marsh said Asante has missed two penalties for the club.');
    assert.deepEqual(r.missing, ['two penalties']);
  });

  test('the right decision and the wrong one', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press_conference.txt': PRESS }));
    verdict('supported', 'Marsh said it was the right decision from the referee.');
    verdict('contradicted', 'Marsh said the referee made the wrong decision.', [['wrong', 'right']]);
  });
});
