/**
 * A cup semi-final won on penalties: the organiser's official match report (plain text, with line-ups and a
 * shoot-out list) and the managers' press conferences (transcript). The sources are written for these tests (from a
 * helper's draft); the clubs and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `NORTHERN COUNTIES FOOTBALL ASSOCIATION
Official Match Report

THE MERCIAN CHALLENGE CUP 2024/25 - SEMI-FINAL

KELMARSH UNITED 2  BRACKENFIELD ROVERS 2
(after extra time; Brackenfield Rovers won 4-3 on penalties)

Date: Wednesday 19 March 2025
Kick-off: 19:45 GMT
Venue: Marlow Lane Stadium, Stenborough (neutral venue)
Attendance: 14,382
Half-time: Kelmarsh United 1 Brackenfield Rovers 0
Full-time (90 minutes): Kelmarsh United 2 Brackenfield Rovers 2
After extra time: Kelmarsh United 2 Brackenfield Rovers 2

Report No. MCC/SF2/2025 - Issued by the Competitions Department, Thursday 20 March 2025

MATCH OFFICIALS

Referee: Mr Daniel Okonjo (Wessex FA)
Assistant Referee 1: Mr Peter Hallgren
Assistant Referee 2: Ms Ruth Abernathy
Fourth Official: Mr Samir Qureshi
Video Assistant Referee: not in operation for this round
Match Commissioner: Mrs Janet Fellowes, NCFA Competitions Committee

TEAM LINE-UPS

KELMARSH UNITED (4-2-3-1)
Manager: Graham Tulliver
1  Owen Pritchard (GK)
2  Jamal Osei
5  Connor Maddox (captain)
6  Luca Ferrante
3  Ben Ashworth
4  Ryan Sutcliffe
8  Kieran Dunmore
7  Tomas Vrba
10 Elliot Marsh
11 Dylan Crewe
9  Marcus Fenwick
Substitutes used: 14 Aaron Lyle (for 7 Vrba, 63'), 16 Harvey Nolan (for 11 Crewe, 78'), 12 Sean Kilbride (for 10 Marsh, 101')
Unused substitutes: 13 Matt Darby (GK), 15 Josh Whitlam, 17 Ade Bamgbose, 18 Callum Reid

BRACKENFIELD ROVERS (3-5-2)
Head Coach: Siobhan Carraway
1  Pavel Dusek (GK)
4  Nathan Ibbotson
5  Gareth Lomax (captain)
6  Reuben Achterberg
2  Tyler Quinlan
8  Femi Adebayo
7  Will Storrie
10 Jordan Pike
3  Rhys Hanlon
9  Ollie Benson
11 Kofi Mensah-Boateng
Substitutes used: 19 Liam Gorse (for 8 Adebayo, 70'), 14 Danny Whitcombe (for 11 Mensah-Boateng, 84'), 17 Isaac Thorley (for 3 Hanlon, 96')
Unused substitutes: 13 Stefan Wicks (GK), 12 Kyle Brennan, 15 Matty Oduya, 16 Cian Delaney

GOALS

Kelmarsh United: Marcus Fenwick 27', Elliot Marsh 74' (penalty)
Brackenfield Rovers: Jordan Pike 58', Ollie Benson 88'

DISCIPLINARY

Cautions:
Kelmarsh United - Ryan Sutcliffe 39' (unsporting behaviour), Kieran Dunmore 107' (delaying the restart of play)
Brackenfield Rovers - Gareth Lomax 73' (foul which conceded penalty), Will Storrie 94' (dissent)

Dismissal:
Kelmarsh United - Luca Ferrante 81' (denying an obvious goal-scoring opportunity, Law 12)

Kelmarsh United played the final 9 minutes of normal time and all 30 minutes of extra time with ten players.

MATCH SUMMARY

Kelmarsh United took the lead in the 27th minute when Marcus Fenwick headed in a corner from Dylan Crewe at the near post, his eleventh goal in all competitions this season. Brackenfield Rovers, who had 61 per cent of possession in the first half, failed to register a shot on target before the interval.

Rovers equalised in the 58th minute. Jordan Pike collected a pass from Femi Adebayo on the edge of the area and curled a right-footed shot into the top corner from approximately 20 metres.

Kelmarsh regained the lead in the 74th minute after Brackenfield captain Gareth Lomax brought down winger Dylan Crewe inside the penalty area. Elliot Marsh converted the spot kick low to the goalkeeper's right.

In the 81st minute, centre-back Luca Ferrante was shown a straight red card by referee Daniel Okonjo for pulling back Ollie Benson when the striker was through on goal. Brackenfield equalised two minutes from the end of normal time, Ollie Benson scoring from six yards after Owen Pritchard parried a shot from Liam Gorse.

Neither side scored during extra time. Kelmarsh goalkeeper Owen Pritchard made seven saves in the match, including a double save from Will Storrie and Danny Whitcombe in the 112th minute.

PENALTY SHOOT-OUT
(Brackenfield Rovers kicked first. Shoot-out taken at the North Stand end.)

1. Brackenfield - Ollie Benson - scored (0-1)
1. Kelmarsh - Elliot Marsh - scored (1-1)
2. Brackenfield - Jordan Pike - saved by Pritchard (1-1)
2. Kelmarsh - Marcus Fenwick - scored (2-1)
3. Brackenfield - Gareth Lomax - scored (2-2)
3. Kelmarsh - Aaron Lyle - hit the crossbar (2-2)
4. Brackenfield - Liam Gorse - scored (2-3)
4. Kelmarsh - Connor Maddox - scored (3-3)
5. Brackenfield - Isaac Thorley - scored (3-4)
5. Kelmarsh - Sean Kilbride - saved by Dusek (3-4)

Brackenfield Rovers won 4-3 on penalties.

MATCH STATISTICS (Kelmarsh United / Brackenfield Rovers)
Possession: 41% / 59%
Total shots: 11 / 23
Shots on target: 4 / 9
Corners: 5 / 12
Fouls committed: 17 / 10
Offsides: 3 / 2

NEXT ROUND

Brackenfield Rovers advance to the Mercian Challenge Cup Final against Holloway Park, who beat Dunstan Vale 3-1 in the first semi-final on Tuesday 18 March 2025. The final will be played at the Crown Meadow Ground, Aldercastle, on Saturday 17 May 2025, kick-off 15:00. Ticket allocations of 9,500 per finalist will be confirmed by the NCFA Ticketing Office by Friday 28 March 2025.

Gate receipts for the semi-final totalled GBP 186,450, to be shared equally between the two competing clubs after the deduction of match expenses, in accordance with Competition Rule 14.3.

Luca Ferrante will serve an automatic one-match suspension in accordance with the NCFA Disciplinary Regulations. Kelmarsh United have been fined GBP 2,500 by the Competitions Committee for failing to ensure the orderly conduct of their players following the dismissal, under Competition Rule 22.1.

ENDS

This report is the official record of the Northern Counties Football Association. Match facts are confirmed by the Referee's report and the Match Commissioner's report. Enquiries: competitions@ncfa-football.example, telephone 0114 496 0732.
Northern Counties Football Association, Ridley House, 4 Carver Street, Sheffield S1 4FS.
`;

const INTERVIEWS = `NORTHERN COUNTIES FOOTBALL ASSOCIATION - MEDIA SERVICES
TRANSCRIPT: POST-MATCH PRESS CONFERENCES

Mercian Challenge Cup 2024/25, Semi-Final
Kelmarsh United 2-2 Brackenfield Rovers (a.e.t.; Brackenfield Rovers won 4-3 on penalties)
Marlow Lane Stadium, Stenborough - Media Suite, West Stand
Recorded: Wednesday 19 March 2025, from 22:31 GMT
Moderator: Helen Drury, NCFA Head of Media
Transcribed by: NCFA Media Services. Timestamps are from the start of the recording. Questions from the floor have been lightly edited for clarity; answers are verbatim.

PART ONE - BRACKENFIELD ROVERS

[00:00:04] HELEN DRURY: Good evening, everyone. We'll start with Brackenfield Rovers. Please welcome the head coach, Siobhan Carraway. Hands up for questions and please give your name and outlet.

[00:00:19] Q (Martin Lowe, Stenborough Evening Post): Siobhan, congratulations. Talk us through the shoot-out.

[00:00:26] SIOBHAN CARRAWAY: Thank you. Honestly, my heart was in my mouth from the first kick to the last. We've practised penalties every Friday since January, and the players picked their own order this morning. When Jordan's went in... sorry, when Jordan's was saved, I thought the night might have gone. But Isaac stepped up at number five, nineteen years old, and he put it away like he'd been doing it for twenty years.

[00:01:02] Q (Priya Nandakumar, BBC Radio Mercia): You were a goal down twice. What did you say at half-time?

[00:01:09] SIOBHAN CARRAWAY: I told them we were playing the occasion and not the opponent. We had most of the ball and did nothing with it. In the second half we got Femi and Jordan closer together, and the equaliser came from exactly that. Jordan's goal was a proper strike, top corner, the keeper had no chance.

[00:01:41] Q (Martin Lowe, Stenborough Evening Post): What about the red card? Did you think it was a penalty as well?

[00:01:47] SIOBHAN CARRAWAY: I thought it was outside the box, so the referee got that right. Ollie was clean through and he was pulled back, so I don't think anyone can argue with the red card. It changed the game, of course it did. But we still had to find a way through, and we only did that with two minutes left.

[00:02:15] Q (Tom Gatenby, Northern Football Weekly): Your first final since 1998. What does that mean for the club?

[00:02:22] SIOBHAN CARRAWAY: It means everything. This club was in administration four years ago. We had 2,100 season-ticket holders when I arrived in 2022 and we've got over 6,000 now. I want every one of them at Crown Meadow on the seventeenth of May. We've earned a day out, and now we'll go and try to win it.

[00:02:51] Q (Priya Nandakumar, BBC Radio Mercia): Any injury concerns?

[00:02:55] SIOBHAN CARRAWAY: Femi came off with tightness in his hamstring. We'll scan him on Friday. Kofi took a knock on the ankle but he should be fine for Saturday's league game against Orchard Town.

[00:03:14] HELEN DRURY: Last one for Siobhan.

[00:03:16] Q (Tom Gatenby, Northern Football Weekly): A word about Owen Pritchard? Seven saves tonight.

[00:03:21] SIOBHAN CARRAWAY: He was outstanding. He kept them in it for two hours. I went over and shook his hand at the end, because he deserved to be on the winning side as much as anyone out there.

[00:03:38] HELEN DRURY: Thank you, Siobhan.

PART TWO - KELMARSH UNITED

[00:06:12] HELEN DRURY: Now we have the Kelmarsh United manager, Graham Tulliver. Questions, please.

[00:06:18] Q (Martin Lowe, Stenborough Evening Post): Graham, how are you feeling?

[00:06:22] GRAHAM TULLIVER: Gutted. Proud, but gutted. We played with ten men for nearly forty minutes against a very good side and we didn't lose the game in open play. Losing a semi-final on penalties is the cruellest way to go out.

[00:06:44] Q (Priya Nandakumar, BBC Radio Mercia): Was Luca Ferrante's red card the turning point?

[00:06:50] GRAHAM TULLIVER: It's the key moment, yes. I've seen it back on the monitor and I'm not going to hide behind anything: Luca's made a mistake. He knows it. He's apologised to the dressing room. But he's a 22-year-old centre-half who has played forty-one games for us this season and he'll learn from it.

[00:07:18] Q (Tom Gatenby, Northern Football Weekly): The equaliser came late. Should Owen have held that shot?

[00:07:26] GRAHAM TULLIVER: No, no. Owen's been magnificent all season. He made a save from Gorse, the ball fell to Benson six yards out, and that's just football. I'm not blaming anybody tonight. If anything, I'm blaming myself for the substitutions, because we lost a bit of shape after we went down to ten.

[00:07:55] Q (Martin Lowe, Stenborough Evening Post): Aaron hit the bar in the shoot-out. How is he?

[00:08:00] GRAHAM TULLIVER: He's in bits. He volunteered to take one, which is brave for a lad who's only been in the first team since November. I told him that nobody at this club will remember the miss; they'll remember that he had the courage to take it.

[00:08:21] Q (Priya Nandakumar, BBC Radio Mercia): Your contract runs out in the summer. Does tonight change anything?

[00:08:27] GRAHAM TULLIVER: I'm not talking about my contract tonight. I've got eleven league games left and we're sitting seventh, two points off the play-off places. That's the job now. The chairman, Mr Holbrook, came into the dressing room and spoke to the players, and that's between us.

[00:08:52] Q (Tom Gatenby, Northern Football Weekly): A message for the supporters?

[00:08:56] GRAHAM TULLIVER: We took more than 7,000 to Stenborough on a Wednesday night in March. That's incredible. I'm sorry we couldn't give them a final. We'll go again on Saturday.

[00:09:12] HELEN DRURY: Thank you, Graham. That concludes tonight's press conferences. Full match statistics are available in the official match report, which will be published tomorrow morning.

[END OF TRANSCRIPT]

Copyright Northern Counties Football Association 2025. This transcript may be quoted by accredited media with attribution to the NCFA. Media enquiries: Helen Drury, Head of Media, media@ncfa-football.example, 0114 496 0740.
`;

const files = { 'official-match-report.txt': REPORT, 'post-match-interviews.txt': INTERVIEWS };

describe("a cup semi-final: the match report and the press conferences, with the product's word vectors", () => {
  withProductWordVectors();

  test('the "half" of "centre-half" is no fraction', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported ("half" missing: read as the fraction one half).
    verdict('supported', 'Tulliver said Ferrante, a 22-year-old centre-half, had played 41 games for Kelmarsh this season.');
    verdict('contradicted', 'Tulliver said Ferrante, a 22-year-old centre-half, had played 44 games for Kelmarsh this season.');
  });
});
