/**
 * A city marathon's results release (with results tables) and the winners' press conference, against a writer's
 * draft: finishing times in hours, minutes and seconds ("2:05:37", "two hours, five minutes and 37 seconds"), which
 * no age is compared with, and a people's adjective before a name for its country's possessive ("Kenyan Grace Wanjiru" / "Kenya's Grace Wanjiru").
 * Both sources are written for these tests (from a helper's drafts); the race and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RESULTS = `# Lakeport City Marathon 2024 — Official Results Release

**Issued by:** Lakeport Running Association, Race Operations Office
**Date:** Sunday, 13 October 2024
**Contact:** Miriam Okafor, Communications Manager

Kenya's Daniel Kiptoo won the 17th Lakeport City Marathon on Sunday in 2:05:37, breaking the course record of 2:06:12 set by Ethiopia's Abebe Worku in 2019. Kiptoo, 27, pulled away from a lead group of five runners after the 35-kilometre mark and crossed the line 14 seconds ahead of Ethiopian Tesfaye Gebru, who finished in 2:05:51.

Third place went to Morocco's Youssef Amrani in 2:06:40. Defending champion Samuel Rotich of Kenya, 31, finished fourth in 2:07:05.

In the women's race, Ethiopia's Hirut Desta, 24, won her first marathon title in 2:21:48, finishing 22 seconds ahead of Kenya's Grace Wanjiru (2:22:10). The women's course record of 2:20:31, held by Wanjiru since 2022, was not broken. Britain's Eleanor Marsh took third in 2:23:55, the fastest time by a British woman on the course.

## Men's results

| Pos | Name | Nationality | Age | Time |
|---|---|---|---|---|
| 1 | Daniel Kiptoo | Kenya | 27 | 2:05:37 |
| 2 | Tesfaye Gebru | Ethiopia | 29 | 2:05:51 |
| 3 | Youssef Amrani | Morocco | 33 | 2:06:40 |
| 4 | Samuel Rotich | Kenya | 31 | 2:07:05 |
| 5 | Luca Bernardi | Italy | 30 | 2:08:19 |

## Women's results

| Pos | Name | Nationality | Age | Time |
|---|---|---|---|---|
| 1 | Hirut Desta | Ethiopia | 24 | 2:21:48 |
| 2 | Grace Wanjiru | Kenya | 28 | 2:22:10 |
| 3 | Eleanor Marsh | Great Britain | 32 | 2:23:55 |
| 4 | Aiko Tanaka | Japan | 26 | 2:24:30 |
| 5 | Sofia Lindqvist | Sweden | 35 | 2:25:02 |

## Prize money

Both winners receive $50,000, with $25,000 for second place and $15,000 for third. Kiptoo also earns a course-record bonus of $20,000, bringing his total to $70,000.

## Participation and conditions

A total of 18,412 runners finished the race, up from 16,950 last year and the highest number in the event's history. Runners came from sixty-two countries. The race started at 7:30 a.m. in cool, dry conditions, with a temperature of 9°C at the start and a light westerly wind of about 10 km/h.

Medical teams treated 214 runners, mostly for blisters and cramps; nine were taken to hospital as a precaution and all have since been released.

Race director Paul Henderson said: "Everything came together today: the weather, the pacemakers and a deep field. A course record and a record number of finishers is the best possible result for the city."

The 2025 Lakeport City Marathon will take place on Sunday, 12 October 2025. Registration opens on 1 December.
`;

const PRESS = `LAKEPORT CITY MARATHON 2024 - WINNERS' PRESS CONFERENCE
Transcript (edited for length)
Media Centre, Lakeport Convention Hall, Sunday 13 October 2024, 11:15 a.m.
Moderator: Miriam Okafor, Communications Manager, Lakeport Running Association

OKAFOR: Good morning, everyone. With us are today's champions, Daniel Kiptoo and Hirut Desta, along with their coaches. We have about twenty minutes, so please keep questions short.

QUESTION (Rachel Burns, Lakeport Herald): Daniel, congratulations on the course record. When did you decide to make your move?

KIPTOO: Thank you. My plan was to wait until 35 kilometres. The pacemakers dropped out at 30 kilometres and the pace got slower, so I stayed patient. At 36 kilometres I felt strong and I went. Tesfaye followed for maybe two kilometres, then I heard him breathing hard and I knew I could win.

QUESTION (Burns): Did you expect to break the record?

KIPTOO: Honestly, no. My target was 2:06. I only saw that the record was possible when I passed 40 kilometres. The last two kilometres were very painful, but the crowd was amazing.

QUESTION (Tom Alvarez, Runner's Weekly): This was only your second marathon. What comes next?

KIPTOO: Yes, my second. Last year I ran 2:08:44 in Rotterdam and finished sixth. Now I want to rest for one month. My manager and I will talk about a spring marathon, maybe Boston or London, but nothing is decided.

OKAFOR: Hirut, a question for you now.

QUESTION (Alvarez): Hirut, you were behind Grace Wanjiru for most of the race. What changed?

DESTA: Grace is very strong and she led from the start. At halfway I was ten seconds behind her. My coach told me before the race, "Don't panic, the last ten kilometres decide everything." I caught her at 38 kilometres and after that I did not look back.

QUESTION (Priya Nair, City Sports Daily): Is this the biggest win of your career?

DESTA: Yes, it is my first marathon victory. Before this I ran only half marathons. I dedicate this win to my mother, who is watching on television in Addis Ababa.

QUESTION (Nair): To her coach, Bekele Haile: was a course record ever the plan?

HAILE (coach to Hirut Desta): No. The plan was to win. Grace's record is very fast, and we knew Hirut was not ready for 2:20. Maybe next year.

QUESTION (Burns): Daniel, your coach is here too. Mr. Langat, how long have you worked with Daniel?

JOSEPH LANGAT (coach to Daniel Kiptoo): Five years. He came to our training camp in Iten when he was 22. He is very disciplined. Today he followed the plan exactly, and I am very proud.

QUESTION (Alvarez): Daniel, how will you spend the prize money?

KIPTOO: I will build a house for my parents in Eldoret. And some of it will go to the school in my village, to buy running shoes for the children.

OKAFOR: We have time for one more question.

QUESTION (Nair): Hirut, will you come back to Lakeport next year?

DESTA: If God wishes, yes. I like this course, it is flat and fast, and the people were very kind to me.

OKAFOR: Thank you all. The official results and photos are available in the press area.

[END OF TRANSCRIPT]
`;

describe('a city marathon: the results and the winners\' press conference, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a finishing time written out or as "2:05:37" is one time', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results_release.md': RESULTS, 'press_conference.txt': PRESS }));
    verdict('supported', 'Kenyan Daniel Kiptoo won the Lakeport City Marathon in two hours, five minutes and 37 seconds, a course record.');
    verdict('supported', 'Kiptoo won the race in 2:05:37, 14 seconds ahead of Tesfaye Gebru.');
    verdict('contradicted', 'Kiptoo won the race in 2:05:47.', [['2:05:47', '2:05:37']]);
    // The record he broke is a figure "of" the record, not the time he broke it "in".
    verdict('supported', 'Kiptoo broke the course record in 2:05:37.');
  });

  test('an age is no finishing time: "Eleanor Marsh, 32," against "2:23:55"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results_release.md': RESULTS }));
    verdict('supported', "Britain's Eleanor Marsh, 32, finished third in the women's race.");
    verdict('contradicted', "Hirut Desta, 26, won the women's race.", [['26', '24']]);
    const r = verdict('unsupported', "Britain's Eleanor Marsh, 34, finished third in the women's race.");
    assert.deepEqual(r.missing, ['34']);
  });

  test('a record the release says "was not broken": "broke" and "broken" are one verb', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results_release.md': RESULTS }));
    verdict('supported', "Hirut Desta did not break the women's course record.");
    verdict('contradicted', "Hirut Desta broke the women's course record.", [['broke', 'was not broken']]);
  });

  test('"Kenyan" and "Ethiopian" before a name for "Kenya\'s" and "Ethiopia\'s"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results_release.md': RESULTS }));
    verdict('supported', "Ethiopia's Hirut Desta, 24, won the women's race in 2:21:48, 22 seconds ahead of Kenyan Grace Wanjiru.");
    verdict('supported', 'The previous course record of 2:06:12 had been set by Ethiopian Abebe Worku in 2019.');
    verdict('contradicted', 'The previous course record of 2:06:12 had been set by Kenyan Abebe Worku in 2019.');
  });
});
