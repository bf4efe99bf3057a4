/**
 * A Grand Slam final's match report and the players' press conferences, against a writer's draft: "No." before a
 * seeding ("the No. 2 seed") is no denial; a set score and its reverse in one list ("3-6" and "6-3") are two sets;
 * "won the final" is not "won his first … title"; "longest" is not "second-longest"; a weekday alone does not give a
 * date ("on Saturday morning" / "Saturday 26 January").
 * Both sources are written for these tests (from a helper's drafts); the match and the players are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# Varga outlasts Lindqvist to claim maiden Melbourne crown

MELBOURNE, Sunday 26 January — Hungary's Dominik Varga won his first Grand Slam title on Sunday night, beating Sweden's Elias Lindqvist 6-4, 3-6, 7-6 (7-3), 6-7 (5-7), 6-3 in the men's singles final at the Australian Open.

The match lasted four hours and 38 minutes, making it the second-longest men's final in the tournament's history. Play began at 7.30pm local time and the winning point, a forehand passing shot down the line, came shortly after midnight.

Varga, the No. 7 seed, served 19 aces and hit 61 winners. He committed four double faults and converted five of his 14 break points. Lindqvist, the No. 2 seed, hit 23 aces but made nine double faults, three of them in the deciding set. The Swede saved nine break points but converted only three of his 11 opportunities.

The decisive moment came at 3-3 in the fifth set, when Lindqvist double-faulted twice from 30-30 to hand Varga the break. The Hungarian then held to love twice and served out the match at the first attempt.

"I have dreamed about this since I was six years old," Varga said on court, before thanking his coach, the former Austrian player Markus Feldner, who has worked with him since 2021.

Lindqvist, coached by the Australian Ben Harcourt, had won the second set by breaking in the opening game and recovered from a break down in the fourth set before taking the tiebreak seven points to five. He had been bidding for his second major title after winning the US Open in 2023.

The 24-year-old Varga receives 3.15 million Australian dollars in prize money, while the runner-up earns 1.725 million Australian dollars. The title will lift Varga from seventh to fourth in the ATP rankings when they are published on Monday, his highest position to date. Lindqvist remains at No. 2.

Varga had never previously gone beyond the quarter-finals at a major. He lost to Lindqvist in the fourth round in Melbourne last year and in the quarter-finals of Wimbledon in July. Before Sunday, Lindqvist led their head-to-head record 4-1.

On his way to the final, Varga beat the No. 3 seed, Tomás Echeverría of Argentina, in a four-set quarter-final and then defeated the American qualifier Jordan Pike 7-5, 6-2, 6-4 in the semi-finals. Pike had been the first qualifier to reach the last four in Melbourne since 1999. Lindqvist's path included a straight-sets win over Italy's Luca Benedetti in the quarter-finals and a five-set semi-final victory over the No. 5 seed, Kenji Mori of Japan, which finished at 1.12am on Friday.

A crowd of 14,820 filled Rod Laver Arena with the roof open. The temperature at the start of play was 27 degrees Celsius, falling to 21 degrees by the final set. Among the spectators was Varga's mother, Erzsébet, who had flown in from Budapest on Saturday morning.

Tournament director Craig Tilley presented the Norman Brookes Challenge Cup. Varga is the first Hungarian man to win a Grand Slam singles title in the Open era.

Lindqvist took a medical time-out after the third set to have his right shoulder treated, but said afterwards that it had not affected his serve. His first-serve percentage dropped from 68 per cent in the first three sets to 55 per cent in the last two.

Varga said he would return to Budapest on Tuesday and play for Hungary in the Davis Cup qualifier against Chile next weekend. Lindqvist is scheduled to play in Rotterdam in February.

Over the fortnight Varga spent 19 hours and 52 minutes on court across his seven matches and dropped six sets. He is the lowest-seeded champion at the event since 2014.
`;

const PRESS = `# Australian Open 2025 — Men's singles final: post-match press conferences

Transcript, Main Interview Room, Melbourne Park. Sunday 26 January.

## Dominik Varga (HUN) — champion

Q: Dominik, congratulations. How does it feel?

A: Honestly, I'm still shaking. When Elias double-faulted at 3-3 I told myself: now you hold, hold, hold. I didn't look at the scoreboard for the last three games.

Q: You lost the fourth-set tiebreak after being two points from the title. What went through your mind?

A: I was 5-4 up in the tiebreak with two serves to come, and I missed two forehands. I sat in my chair and I was angry, but Markus told me before the match that it would go five sets, so I was ready for it.

Q: What did Markus Feldner change in your game?

A: When we started working together in 2021 I was ranked 143. He changed my return position, I now stand two metres further back on the first serve. And he made me run much more, maybe 40 kilometres a week in the off-season.

Q: What will you do with the prize money?

A: First, I will buy my parents a new house near Lake Balaton. They sold their car in 2016 so that I could travel to junior tournaments.

Q: You are going straight to the Davis Cup. Is that wise?

A: I promised the captain in November that I would play. I keep my promises. I will not play singles on the first day, maybe only doubles.

## Elias Lindqvist (SWE) — runner-up

Q: Elias, how is the shoulder?

A: It's fine. I felt something at the end of the third set, so I asked for the physio as a precaution. It wasn't the reason I lost. Dominik was better in the important moments.

Q: The two double faults at 3-3 in the fifth — what happened?

A: I wanted to go for the second serve because he was returning so well. It was my decision, not a mistake in the moment. I would do it again. Maybe not twice in a row.

Q: This was your third Grand Slam final. How does this one compare?

A: It hurts more than Wimbledon. At Wimbledon in 2022 I was never really in the match. Tonight I had my chances: I had break points in the first game of the fifth set and didn't take them.

Q: Ben Harcourt has been your coach for less than a year. How would you rate the partnership?

A: Ben joined in April, and since then I've won 31 matches, so it's working. We'll sit down this week and look at the return games, because I only broke three times tonight.

Q: Will you take a break before Rotterdam?

A: I'll go home to Stockholm for ten days, no racket. Then I start again.
`;

describe('a tennis final: the match report and the press conferences, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"the No. 2 seed" denies nothing', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'match-report.md': REPORT, 'press-conference.md': PRESS }));
    verdict('supported', 'Lindqvist served 23 aces but committed nine double faults, three of which came in the deciding set.');
    verdict('supported', 'In the semi-finals Varga defeated the American qualifier Jordan Pike 7-5, 6-2, 6-4.');
  });

  test('a set score changed in the list of sets, when another match ended with it', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'match-report.md': REPORT, 'press-conference.md': PRESS }));
    verdict('supported', 'Varga won the final 6-4, 3-6, 7-6 (7-3), 6-7 (5-7), 6-3.');
    verdict('contradicted', 'Varga won the final 6-4, 3-6, 7-6 (7-3), 6-7 (5-7), 6-2.', [['6-2', '6-3']]);
  });

  test('"longest" is not "second-longest"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'match-report.md': REPORT, 'press-conference.md': PRESS }));
    verdict('supported', "At four hours and 38 minutes, the final was the second-longest men's final in the tournament's history.");
    verdict('contradicted', "At four hours and 38 minutes, the final was the longest men's final in the tournament's history.", [['longest', 'second-longest']]);
  });

  test('a date with its weekday: "on Saturday morning" elsewhere does not give "Saturday 26 January"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'match-report.md': REPORT, 'press-conference.md': PRESS }));
    verdict('supported', 'The final was played on Sunday 26 January.');
    verdict('contradicted', 'The final was played on Saturday 26 January.', [['Saturday 26 January', 'Sunday 26 January']]);
  });
});
