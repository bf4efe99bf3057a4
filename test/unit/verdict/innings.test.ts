/**
 * A cricket test match: the official scorecard and match summary, and the captains' press conference (plain text).
 * The sources are written for these tests (from a helper's draft); the players and the match are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const SCORECARD = `ENGLAND AND WALES CRICKET BOARD
OFFICIAL SCORECARD AND MATCH SUMMARY

SECOND TEST MATCH - ENGLAND v SOUTH AFRICA
Three-match series, 2025

Venue:        Trent Bridge, Nottingham
Dates:        Thursday 10 July to Monday 14 July 2025
Toss:         England, who elected to bat
Result:       England won by 90 runs
Series:       England lead the three-match series 1-0 (First Test at Lord's drawn)
Player of the Match: James Whitcombe (England)

On-field umpires:  Graham Lloyd-Hughes (England) and Asif Rahman (Pakistan)
TV umpire:         Nigel Okafor (New Zealand)
Match referee:     Roshan Mahendra (Sri Lanka)

--------------------------------------------------------------------
ENGLAND 1st INNINGS                                        R    B
--------------------------------------------------------------------
Tom Harwood        c Jacobs b Dlamini                     23   41
Sam Bellingham     lbw b Nel                              67   88
Oliver Dray        c Meyer b Naidoo                       41   76
James Whitcombe    c Jacobs b Khumalo                    134  231
Harry Linton       b Dlamini                              58   72
Ben Ashworth*      c Mokoena b Naidoo                     29   64
Jamie Fairclough+  not out                                31   47
Chris Pennington   lbw b Nel                              12   19
Gus Hollis         c Botha b Dlamini                       4   11
Rehan Qureshi      b Khumalo                               0    3
Josh Mallory       run out (Botha)                         1    6
Extras             (b 4, lb 5, w 2, nb 1)                 12
TOTAL              (all out, 118.3 overs)                412

Fall of wickets: 1-38 (Harwood), 2-121 (Bellingham), 3-147 (Dray),
4-262 (Linton), 5-321 (Ashworth), 6-368 (Whitcombe), 7-389 (Pennington),
8-399 (Hollis), 9-401 (Qureshi), 10-412 (Mallory)

Bowling             O     M    R    W
Kagiso Dlamini     26     6   90    3
Marco Nel          24     5   84    2
Lungi Khumalo      24.3   4   79    2
Keshav Naidoo      32     7  101    2
Aiden Meyer         6     1   21    0
Wiaan Steyn         6     0   28    0

--------------------------------------------------------------------
SOUTH AFRICA 1st INNINGS                                   R    B
--------------------------------------------------------------------
Aiden Meyer        c Whitcombe b Pennington               45   70
Tony van Wyk       lbw b Hollis                            8   15
Ryan Pretorius     c Fairclough b Mallory                 22   48
Temba Mokoena*     c Linton b Qureshi                     88  152
Tristan Botha      c Fairclough b Hollis                  37   61
Kyle Jacobs+       lbw b Pennington                       19   33
Wiaan Steyn        c Dray b Ashworth                      14   29
Marco Nel          c Harwood b Qureshi                    31   40
Keshav Naidoo      st Fairclough b Qureshi                 6   14
Kagiso Dlamini     b Mallory                              11   17
Lungi Khumalo      not out                                 2    9
Extras             (lb 3, nb 1)                            4
TOTAL              (all out, 89.2 overs)                 287

Bowling             O     M    R    W
Chris Pennington   20     5   58    2
Gus Hollis         18     3   71    2
Josh Mallory       17.2   2   64    2
Ben Ashworth        9     2   22    1
Rehan Qureshi      25     4   69    3

--------------------------------------------------------------------
ENGLAND 2nd INNINGS                                        R    B
--------------------------------------------------------------------
Tom Harwood        c Jacobs b Khumalo                     11   20
Sam Bellingham     c Meyer b Dlamini                      49   58
Oliver Dray        lbw b Naidoo                           17   35
James Whitcombe    not out                                72  104
Harry Linton       c Botha b Naidoo                       51   49
Ben Ashworth*      c Nel b Dlamini                        15   22
Jamie Fairclough+  c Mokoena b Naidoo                      9   14
Chris Pennington   not out                                 3    4
Did not bat: Gus Hollis, Rehan Qureshi, Josh Mallory
Extras             (b 2, lb 4, w 3)                        9
TOTAL              (6 wickets declared, 61 overs)        236

Bowling             O     M    R    W
Kagiso Dlamini     15     2   61    2
Marco Nel          12     1   49    0
Lungi Khumalo      11     2   38    1
Keshav Naidoo      20     3   71    3
Wiaan Steyn         3     0   11    0

--------------------------------------------------------------------
SOUTH AFRICA 2nd INNINGS (target 362)                      R    B
--------------------------------------------------------------------
Aiden Meyer        lbw b Pennington                        4   12
Tony van Wyk       c Whitcombe b Hollis                   31   66
Ryan Pretorius     c Fairclough b Ashworth                58  121
Temba Mokoena*     c Whitcombe b Qureshi                  62  139
Tristan Botha      b Qureshi                              20   44
Kyle Jacobs+       c Dray b Qureshi                       44   98
Wiaan Steyn        lbw b Hollis                            9   27
Marco Nel          c Linton b Qureshi                     17   31
Keshav Naidoo      not out                                12   38
Kagiso Dlamini     c Fairclough b Mallory                  0    2
Lungi Khumalo      b Qureshi                               3   10
Extras             (b 4, lb 6, nb 1)                      11
TOTAL              (all out, 97.4 overs)                 271

Bowling             O     M    R    W
Chris Pennington   17     6   39    1
Gus Hollis         19     4   52    2
Josh Mallory       14     3   48    1
Ben Ashworth       11     3   27    1
Rehan Qureshi      35.4   9   94    5
James Whitcombe     1     0    1    0

* captain   + wicketkeeper

--------------------------------------------------------------------
MATCH SUMMARY
--------------------------------------------------------------------

England beat South Africa by 90 runs at Trent Bridge shortly after tea
on the fifth day, Monday 14 July, to take a 1-0 lead with one Test to
play. The final wicket fell at 4.52pm, when off-spinner Rehan Qureshi
bowled Lungi Khumalo to complete figures of five for 94 and match
figures of eight for 163, the best of his Test career.

Having won the toss on Thursday morning, England made 412 in their first
innings. James Whitcombe scored 134 from 231 balls, his 37th Test
century and his fourth at Trent Bridge, sharing a fourth-wicket stand
of 115 with Harry Linton, who made 58 from 72 balls. Kagiso Dlamini was
South Africa's most successful bowler with three for 90.

South Africa replied with 287, captain Temba Mokoena top-scoring with
88 before he was caught by Linton off Qureshi. The tourists conceded a
first-innings deficit of 125 runs.

Play was delayed by rain on the fourth day, Sunday 13 July, and there
was no play before lunch; 38 overs were lost in total. When play
resumed at 2.10pm England added quick runs, Linton reaching a 46-ball
half-century, and Ben Ashworth declared at 236 for six, setting South
Africa 362 to win in a minimum of 112 overs.

South Africa did not lose a wicket in the final session on Sunday after
the early loss of Aiden Meyer, but they lost four wickets for 41 runs
on Monday morning. Kyle Jacobs (44) and Keshav Naidoo (12 not out)
resisted for 24 overs in the afternoon before Qureshi removed Jacobs
and the last three batters fell in the space of 29 balls. Qureshi did
not concede a boundary in his final spell of 8.4 overs.

Whitcombe, who added an unbeaten 72 in the second innings, finished
with 206 runs in the match and was named Player of the Match. He
received a cheque for GBP 5,000 from the series sponsor, Halden Life.

Attendance: a total of 68,450 spectators attended over the five days,
including 17,112 on the first day. The fifth-day crowd of 12,930 was
78 per cent of the ground's capacity, and Nottinghamshire County
Cricket Club said GBP 15 tickets for the final day had sold out by
Sunday evening.

The Third Test begins at The Oval, London, on Thursday 24 July.

Issued by the ECB Media Office, Monday 14 July 2025.
`;

const TRANSCRIPT = `ECB MEDIA OFFICE - POST-MATCH PRESS CONFERENCE TRANSCRIPT
Second Test, England v South Africa, Trent Bridge, Nottingham
Monday 14 July 2025, Media Centre, Radcliffe Road End
Moderator: Claire Donnelly, ECB Media Manager

[Transcript begins 5.40pm. England captain Ben Ashworth spoke first,
followed at 6.05pm by South Africa captain Temba Mokoena.]

CLAIRE DONNELLY: Good evening, everyone. We'll start with Ben and then
we'll have Temba in about twenty minutes. Please wait for the
microphone and say who you are. First question.

Q (Nick Harland, The Times): Ben, congratulations. How satisfying was
that, given the rain on Sunday threatened to take the game away?

BEN ASHWORTH: Very satisfying. When we sat in the dressing room on
Sunday morning watching the covers go on, I honestly thought we might
have lost the chance. We lost 38 overs and we didn't want to wait
around, so the message to the boys at lunch was simple: score quickly,
give ourselves a day and a bit to bowl them out. Harry Linton went out
and played beautifully. To get 51 off 49 balls on that surface was
special.

Q (Priya Sethi, BBC Test Match Special): Rehan Qureshi took eight wickets
in the match. Where does that rank among the spells you've seen?

BEN ASHWORTH: It's right up there. Rehan is 22 years old and he's
bowled 60 overs in this Test with a smile on his face. He was
relentless. The last spell, he didn't go for a single boundary, and
that's on a fifth-day pitch with their tail trying to slog. I said to
him after, "You've won us a Test match on your own this afternoon."
He's the first English spinner to take eight in a Test at this ground
for a long time, and I think he'll remember today for ever.

Q (Dan Oakes, The Cricketer): James Whitcombe scored 206 runs in the
match. Is he the best batter in the world right now?

BEN ASHWORTH: I'm not going to get into rankings, but I wouldn't swap
him for anyone. His hundred on Thursday set the whole game up. We were
147 for three and he just took the pressure away. He's 35 now and he
still practises more than anyone in the squad.

Q (Nick Harland, The Times): Any injury concerns before The Oval?

BEN ASHWORTH: Josh Mallory has some soreness in his left side, so
we'll get that scanned in London on Tuesday. He didn't bowl in the
last hour as a precaution. Other than that, we're in good shape. Rob
Kendall and the selectors will name the squad for the third Test on
Wednesday.

Q (Priya Sethi, BBC Test Match Special): Did you consider delaying the
declaration?

BEN ASHWORTH: No, not for a second. With the weather around, 362 in
112 overs felt plenty. If they'd chased it, good luck to them. I'd
rather lose trying to win than draw a game we controlled.

CLAIRE DONNELLY: Thanks, Ben. We'll take a short break and bring in
Temba.

[6.05pm]

CLAIRE DONNELLY: Welcome, Temba. Questions, please.

Q (Lerato Mahlangu, SuperSport): Temba, what went wrong this morning?

TEMBA MOKOENA: We lost four wickets in the first session and that was
the game. Credit to England, they bowled well, but we gave away too
many soft dismissals. You can't lose four for 41 in a session and
expect to save a Test in England. I'm disappointed with the way we
batted, myself included.

Q (Lerato Mahlangu, SuperSport): You made 88 in the first innings. Were
you frustrated not to go on?

TEMBA MOKOENA: Of course. I felt set and I got out to a ball I should
have left alone. In this series the first-innings runs are everything,
and we were 125 behind. That's too much against a side batting with
this kind of freedom.

Q (Tom Weller, Daily Telegraph): How do you rate Qureshi?

TEMBA MOKOENA: He's a fine bowler. He bowled with good control and he
got the ball to dip. We didn't play him well enough, and that's on us,
not the pitch. I don't think the pitch had anything to do with it.

Q (Tom Weller, Daily Telegraph): Kyle Jacobs and Keshav Naidoo batted
for 24 overs together. Was there a moment you thought you might draw?

TEMBA MOKOENA: At tea I thought we had a chance. Kyle showed a lot of
fight and Keshav was brilliant for a number nine. But once Kyle went,
it was always going to be difficult with the last three.

Q (Nick Harland, The Times): Any changes for The Oval?

TEMBA MOKOENA: Shaun Pollard and I will sit down tomorrow. We're not
going to panic. We were the better side for long periods at Lord's
and we've got ten days to regroup. We still believe we can level the
series. Lungi Khumalo will be assessed, he had a tight hamstring, but
no one else is injured.

Q (Priya Sethi, BBC Test Match Special): The crowd support from South
African fans was strong again. How much does that help?

TEMBA MOKOENA: It means a lot. There were a lot of flags out there
today, even on a Monday. We want to give them something to cheer at
The Oval.

CLAIRE DONNELLY: Thank you, Temba. That's the end of the press
conference. Transcripts and audio will be available on the ECB media
portal within the hour.

[Transcript ends 6.24pm]
`;

const files = { 'scorecard_second_test_trent_bridge.txt': SCORECARD, 'press_conference_transcript.txt': TRANSCRIPT };

describe("a test match: the scorecard and the press conference, with the product's word vectors", () => {
  withProductWordVectors();

  test('two figures set the wrong way round, each given by its own sentence of the evidence\'s window', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'The fifth-day crowd of 12,930 was bigger than the 17,112 who attended on the first day.', [['bigger', '12,930 and 17,112']]);
    verdict('supported', 'The fifth-day crowd of 12,930 was smaller than the 17,112 who attended on the first day.');
  });
});
