/**
 * An athletics championship's evening: the results summary (Markdown, a table per final) and the medallists' press
 * conference (a plain-text transcript). A table's rows as the loaders write them ("Pos: 1 | Tomás Ferreira | POR |
 * Time: 9.94 | NR") are no speaker's turns (a sentence without a quote was flagged "said by Pos"); countries by their
 * three-letter codes ("NED", "POL"); "22.31 m" in a cell is metres; a bare decimal states a time ("9.94 seconds" /
 * "Time: 9.94"); verbs of a share before the same percentage ("filled 91%" / "represents 91%"). The sources are
 * written for these tests (from a helper's draft); the championships and athletes are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RESULTS = `# Continental Athletics Championships Lisbon 2025

## Day 3 Results Summary — Evening Session

**Venue:** Estádio Nacional, Oeiras (Lisbon)
**Date:** Thursday 14 August 2025
**Session start:** 19:05 WEST | **Session end:** 22:18 WEST
**Issued by:** Continental Athletics Federation (CAF) Results & Statistics Office
**Technical Delegate:** Mr. Henrik Aalto (FIN)

---

### Session overview

Six finals were contested in the evening session of Day 3. One championship record and three national records were set, along with two world-leading marks for 2025. Conditions were warm and dry: air temperature 27°C at the start of the session, falling to 23°C by the final event, with relative humidity of 48%.

Official attendance for the evening session was 38,420, which represents 91% of the stadium's seated capacity and is the highest single-session crowd of the championships so far. The Day 2 evening session drew 33,900 spectators.

There were no false starts in any of the evening's sprint or hurdles finals. One athlete was disqualified in the men's 1500m final (see note below).

---

### Men's 100m — Final (20:10) | Wind: +0.8 m/s

| Pos | Athlete | Country | Time | Notes |
|---|---|---|---|---|
| 1 | Tomás Ferreira | POR | 9.94 | NR |
| 2 | Kwame Oduya | GBR | 9.99 | |
| 3 | Luca Benedetti | ITA | 10.03 | |
| 4 | Jonas Kraus | GER | 10.07 | |
| 5 | Mathis Delcourt | FRA | 10.11 | |
| 6 | Piotr Zielinski | POL | 10.15 | |
| 7 | Arne Solberg | NOR | 10.19 | |
| 8 | Daniel Rojo | ESP | 10.24 | |

Reaction time of the winner: 0.128 s. Ferreira's 9.94 improves the Portuguese national record of 10.00 that he set in Madrid in June 2025. He becomes the first Portuguese man to run under 10 seconds.

---

### Women's 400m Hurdles — Final (20:35)

| Pos | Athlete | Country | Time | Notes |
|---|---|---|---|---|
| 1 | Saskia van Dijk | NED | 52.61 | CR, WL |
| 2 | Elena Marchetti | ITA | 53.40 | NR |
| 3 | Aoife Brennan | IRL | 54.02 | PB |
| 4 | Malin Ek | SWE | 54.37 | |
| 5 | Zofia Nowak | POL | 54.88 | |
| 6 | Léa Moreau | FRA | 55.10 | |
| 7 | Hanna Lindqvist | FIN | 55.46 | |
| 8 | Carla Vidal | ESP | 56.03 | |

Van Dijk's 52.61 breaks the previous championship record of 52.79, set by Yulia Petrenko (UKR) in Munich in 2022. Van Dijk had been second in that 2022 final.

---

### Men's 1500m — Final (20:55)

| Pos | Athlete | Country | Time | Notes |
|---|---|---|---|---|
| 1 | Eirik Haugland | NOR | 3:33.84 | |
| 2 | Callum Reid | GBR | 3:34.12 | |
| 3 | Marco Ruiz | ESP | 3:34.19 | SB |
| 4 | Ismael Benali | FRA | 3:34.60 | |
| 5 | Felix Brandt | GER | 3:35.02 | |
| 6 | Pieter de Wit | BEL | 3:35.77 | |
| 7 | Oskar Lund | SWE | 3:36.41 | |
| 8 | Niall Dempsey | IRL | 3:38.90 | |
| — | Andrei Popescu | ROU | DQ | Rule 17.2.3 (obstruction) |

The opening lap was covered in 61.2 seconds. Haugland covered the final 400m in 52.9 seconds.

---

### Women's High Jump — Final (19:20)

| Pos | Athlete | Country | Mark | Notes |
|---|---|---|---|---|
| 1 | Mariya Kovalenko | UKR | 2.01 m | |
| 2 | Ines Albrecht | GER | 1.99 m | NR |
| 3 | Julie Hansen | DEN | 1.95 m | |
| 4 | Bianca Rossi | ITA | 1.95 m | |
| 5 | Nora Weber | SUI | 1.92 m | |
| 6 | Tereza Novotná | CZE | 1.88 m | |

Kovalenko cleared 2.01 m at her first attempt and then had three failures at 2.05 m. Hansen took bronze ahead of Rossi on countback, with fewer failures at earlier heights.

---

### Men's Shot Put — Final (19:40)

| Pos | Athlete | Country | Mark | Notes |
|---|---|---|---|---|
| 1 | Dawid Mazur | POL | 22.31 m | WL |
| 2 | Lukas Brenner | AUT | 21.64 m | |
| 3 | Sven Halvorsen | NOR | 21.40 m | |
| 4 | Matteo Conti | ITA | 21.12 m | |
| 5 | Ruben Claes | BEL | 20.87 m | |
| 6 | Hugo Lemaire | FRA | 20.51 m | |
| 7 | Ondřej Král | CZE | 20.30 m | |
| 8 | Tim Oakes | GBR | 19.98 m | |

Mazur's winning mark came in the fifth round. He led from the second round onward.

---

### Women's 5000m — Final (21:40)

| Pos | Athlete | Country | Time | Notes |
|---|---|---|---|---|
| 1 | Greta Lindahl | SWE | 14:41.07 | |
| 2 | Rosa Delgado | ESP | 14:42.55 | |
| 3 | Chloé Martin | FRA | 14:45.10 | |
| 4 | Sinéad Walsh | IRL | 14:49.83 | |
| 5 | Agnieszka Wrona | POL | 14:52.40 | |
| 6 | Katrin Vogel | GER | 14:58.66 | |

---

### Prize money

Under the CAF prize structure for these championships, individual event winners receive €20,000, second place €10,000 and third place €6,000. A bonus of €15,000 is paid for a championship record, so Saskia van Dijk's total prize for the evening is €35,000. No bonus is paid for national records.

### Medal table after Day 3 (top five)

| Rank | Country | Gold | Silver | Bronze | Total |
|---|---|---|---|---|---|
| 1 | ITA | 4 | 5 | 3 | 12 |
| 2 | GBR | 3 | 4 | 2 | 9 |
| 3 | POL | 3 | 1 | 4 | 8 |
| 4 | NOR | 2 | 1 | 3 | 6 |
| 5 | NED | 2 | 0 | 1 | 3 |

### Notes

- **Disqualification:** Andrei Popescu (ROU) was disqualified from the men's 1500m final for obstruction after pushing Felix Brandt (GER) with 250m remaining. The Romanian federation lodged an appeal at 21:30; the Jury of Appeal rejected it at 22:05.
- **Doping control:** Samples were collected from all medallists in the evening session.
- Day 4 begins on Friday 15 August with the morning session at 10:00 WEST. The men's 200m final is scheduled for 21:15.

*Abbreviations: CR – championship record; NR – national record; WL – world lead; PB – personal best; SB – season's best; DQ – disqualified.*
`;

const TRANSCRIPT = `CONTINENTAL ATHLETICS CHAMPIONSHIPS LISBON 2025
OFFICIAL TRANSCRIPT — MEDALLISTS' PRESS CONFERENCE
Day 3, Thursday 14 August 2025
Main Press Conference Room, Media Centre, Estádio Nacional
Start time: 22:40 WEST

Moderator: Catarina Lopes, CAF Head of Media Relations
Panel: Tomás Ferreira (POR), men's 100m champion; Saskia van Dijk (NED), women's 400m hurdles champion; Eirik Haugland (NOR), men's 1500m champion
Interpretation: Portuguese–English provided

CATARINA LOPES: Good evening, everyone, and thank you for waiting. We have our three track champions from tonight with us. We have about twenty-five minutes, so please keep questions short and say who you are writing for. Tomás, we will start with you, because I think the stadium is still shaking.

Q: (Rui Pacheco, A Bola) Tomás, you are the first Portuguese man under ten seconds, and you did it at home. What went through your head when you saw the clock?

TOMÁS FERREIRA: Honestly, I did not look at the clock at first. I looked at Kwame on my left, because I knew if I was in front of him at seventy metres I had a chance. When I crossed the line I heard the noise before I saw the time. Then I saw 9.94 and I thought, "This is not real." My mother was in the stand behind the finish, and she was crying, so I started crying too. For Portugal, this is not only my medal. This is for every kid who trains on a cement track in the north.

Q: (Rui Pacheco, A Bola) Your national record before tonight was 10.00 from Madrid. Did you expect to go this much faster?

TOMÁS FERREIRA: My coach, Nuno Carvalho, told me in June that I had 9.95 in my legs. I told him he was crazy. So tonight he was wrong by one hundredth, and I am happy he was wrong.

Q: (Helen Marsh, The Guardian) Kwame Oduya said in the mixed zone that he thought he had the lead at halfway. Did you feel him coming back?

TOMÁS FERREIRA: No, I did not feel him coming back. Kwame is a great starter, maybe the best in Europe, and I was behind him after thirty metres. But my strength is the last forty metres. I was not worried.

CATARINA LOPES: Saskia, congratulations on the championship record. Questions for Saskia, please.

Q: (Pieter Janssen, De Telegraaf) Saskia, three years ago in Munich you were second behind Yulia Petrenko. Tonight you took her record. How much did that defeat in 2022 drive you?

SASKIA VAN DIJK: A lot. I have a photo of the Munich finish on my fridge. Not because I like it, I hate it, but I look at it every morning. Yulia sent me a message this afternoon, actually, wishing me luck, which was very kind. I think she will be happy that the record went to somebody who chased it for three years.

Q: (Pieter Janssen, De Telegraaf) You were under world-record schedule at the eighth hurdle, according to the split data. What happened after that?

SASKIA VAN DIJK: I did not know I was that fast, and it is probably better that I did not know. I changed from fourteen to fifteen strides after hurdle seven, like always, but I hit hurdle nine with my trail leg. You lose maybe a tenth there. I am not complaining. 52.61 is the fastest I have ever run, by almost half a second.

Q: (Anna Richter, Deutsche Presse-Agentur) Will you run the 4x400m relay on Sunday?

SASKIA VAN DIJK: That is a decision for the team coach, Marieke Bos, not for me. But if she asks me, I will not say no.

Q: (Helen Marsh, The Guardian) The championship record bonus is fifteen thousand euros. Does the money matter to you?

SASKIA VAN DIJK: Of course it matters. I am a professional athlete and I pay my physio myself. But I did not think about money on the start line. I thought about hurdle one.

CATARINA LOPES: Thank you. Now for Eirik, who won a very dramatic 1500 metres. Eirik.

Q: (Lars Nilsen, NRK) Eirik, the race had a disqualification and a very slow first lap. Was that the plan?

EIRIK HAUGLAND: The slow first lap was not my plan, but I was ready for it. Sixty-one seconds is slow for a championship final, so everybody was nervous and pushing. I stayed on the outside of lane one to avoid trouble. With about 250 to go I saw the contact between Andrei and Felix behind me, but I did not see exactly what happened.

Q: (Lars Nilsen, NRK) You closed in 52.9 seconds. Is that the fastest last lap of your career?

EIRIK HAUGLAND: Yes, I think so. My coach will know better. I knew Callum was going to kick from 200 metres, because he did the same in the semi-final, so I went at 300. I wanted him to have to run around me on the bend.

Q: (Helen Marsh, The Guardian) Callum Reid said the race was "a lottery" because of the pushing. Do you agree?

EIRIK HAUGLAND: I understand why he says it, but I don't agree. A lottery means luck. I had a plan and I followed it. Callum is a good friend, and he will win many medals, but tonight was my night.

Q: (Anna Richter, Deutsche Presse-Agentur) The Romanian team has appealed the disqualification. Are you worried your gold medal could be affected?

CATARINA LOPES: If I may answer that one: the Jury of Appeal rejected the Romanian appeal at 22:05, so the results are now final.

EIRIK HAUGLAND: Then I am not worried anymore. [laughter]

Q: (Rui Pacheco, A Bola) A question for all three. The crowd tonight was more than 38,000. How much did it help?

TOMÁS FERREIRA: For me, everything. I have never heard a stadium like that. In Madrid there were maybe 8,000 people.

SASKIA VAN DIJK: It was loud for everybody, not only for Tomás. When I came off the last bend I could not hear my own breathing.

EIRIK HAUGLAND: In Norway we are used to small crowds and cold weather, so this was the opposite. Twenty-seven degrees and forty thousand people. I am not complaining.

CATARINA LOPES: We have time for one last question.

Q: (Anna Richter, Deutsche Presse-Agentur) Tomás, the 200m final is on Friday. Are you going to run it?

TOMÁS FERREIRA: No. I withdrew from the 200 metres this morning, before the 100 metres, together with my coach. My hamstring has been tight since the Madrid meeting, and we decided not to risk it. I want to run the relay on Sunday for Portugal, and that is more important to me.

CATARINA LOPES: Thank you, Tomás, Saskia, Eirik, and thank you all. The next press conference will be tomorrow, Friday, at 12:30 in this room, with the shot put and high jump medallists.

End of transcript: 23:04 WEST
Transcribed by CAF Media Services. Quotes have been lightly edited for clarity.
`;

const files = { 'results-day3.md': RESULTS, 'press-conference-day3.txt': TRANSCRIPT };

describe('an athletics results summary and a press conference, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a results table is no transcript', async () => {
    // Was "In the source, this was said by Pos, not Haugland".
    const report = await checkAgainst(files, '# Day 3\n\nEirik Haugland of Norway won the 1500m in 3:33.84 after covering the final 400m in 52.9 seconds. Haugland said he went for home with 300 metres left because he knew Callum Reid would kick from 200 metres. Haugland rejected Callum Reid\'s description of the race as "a lottery", saying: "I had a plan and I followed it."\n');
    assert.deepEqual(report.findings.map((f) => f.message), []);
  });

  test('countries by their codes, metres in a cell, a time without its unit, a share\'s verb', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "Netherlands" (NED).
    verdict('supported', "Saskia van Dijk of the Netherlands won the women's 400m hurdles in 52.61, breaking the championship record of 52.79 that Yulia Petrenko set in Munich in 2022.");
    // Was unsupported: "9.94 seconds" and "10 seconds" (the second is "to run under 10 seconds").
    verdict('supported', "Tomás Ferreira won the men's 100m in a Portuguese national record of 9.94 seconds.");
    verdict('unsupported', "Tomás Ferreira won the men's 100m in a Portuguese national record of 9.97 seconds.");
    // Was contradicted: filled / represents.
    verdict('supported', "The evening crowd of 38,420 filled 91% of the stadium's seated capacity, the biggest single-session attendance of the championships so far.");
    verdict('contradicted', "The evening crowd of 38,420 filled 81% of the stadium's seated capacity, the biggest single-session attendance of the championships so far.", [['81%', '91%']]);
  });

  test('a reporter\'s question in a press conference is no evidence: "Did you feel him coming back?" / "No, I did not"', async () => {
    // Was supported by the question's sentence and the one before it.
    const report = await checkAgainst(files, '# Day 3\n\nFerreira said his coach, Nuno Carvalho, had told him in June that he had "9.95 in my legs". Ferreira said he felt Kwame Oduya coming back at him in the closing stages.\n');
    assert.deepEqual(report.claims.map((c) => c.verdict), ['supported', 'unsupported']);
  });
});
