/**
 * An orchestra's new chief conductor: the orchestra's press release (Markdown) and a radio interview with him
 * (transcript). The sources are written for these tests (from a helper's draft); the orchestra and the people are
 * invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Harwick Philharmonic Orchestra names Tomasz Wierzbicki as its next Chief Conductor

**FOR IMMEDIATE RELEASE**
**Harwick, Thursday 12 March 2026**

*Polish conductor, 41, signs five-year contract from the 2026–27 season; Ivo Brandt to become Conductor Laureate*

The Harwick Philharmonic Orchestra (HPO) today announced the appointment of the Polish conductor **Tomasz Wierzbicki** as its ninth Chief Conductor. Wierzbicki, 41, will take up the post on Tuesday 1 September 2026 under a five-year contract running until the end of the 2030–31 season.

He succeeds **Ivo Brandt**, 78, who has led the orchestra since 2012 and who will become the HPO's Conductor Laureate at the end of the current season. Brandt's final concert as Chief Conductor, Bruckner's Symphony No. 8, takes place at the Corn Exchange Hall on Saturday 30 May 2026.

## A unanimous choice

Wierzbicki was chosen after a two-year search led by a panel of players, board members and staff. In a ballot held in January, 71 of the orchestra's 84 musicians took part, and the panel's recommendation was approved unanimously by the Board of Trustees on Tuesday 24 February 2026.

Wierzbicki first conducted the HPO as a guest on Thursday 17 November 2022, in a programme of Lutosławski's Concerto for Orchestra and Shostakovich's Symphony No. 10. He has returned three times since, most recently for a sold-out performance of Mahler's Symphony No. 6 in October 2025.

**Margaret Oduya, Chief Executive of the Harwick Philharmonic Orchestra, said:**

> "From the first rehearsal in 2022 the players knew something special was happening. Tomasz combines a fierce rigour with real warmth, and he shares our belief that an orchestra belongs to its whole city, not only to the people who already buy tickets."

**Sir Peter Langdale, Chair of the Board of Trustees, said:**

> "This is the most important decision a board can take, and I am proud that it was taken with the players, not for them. Ivo Brandt leaves us an orchestra in superb health; Tomasz will take it somewhere new."

## The role

Under the contract Wierzbicki will conduct at least 32 concerts a season: 24 at the Corn Exchange Hall, the orchestra's home in Harwick, and eight on tour in the UK and abroad. He will spend a minimum of 14 weeks a year with the orchestra and has committed to moving his family to Harwick during the 2026–27 season.

He will also lead the HPO's recording partnership with the Norvell Classics label, beginning with a cycle of the four symphonies of Johannes Brahms, and will become artistic adviser to the Harwick Youth Orchestra.

## Opening season

Wierzbicki's inaugural concert as Chief Conductor takes place on **Friday 25 September 2026** at the Corn Exchange Hall. The programme opens with the world premiere of *Estuary Lights*, a 12-minute work commissioned by the HPO from the Harwick-born composer **Ruth Adeyemi**, followed by Szymanowski's Violin Concerto No. 1 with the Portuguese violinist **Ana Ferreira** as soloist, and ends with Mahler's Symphony No. 5. The concert is repeated on Saturday 26 September 2026.

Tickets for the opening weekend go on sale to members on Tuesday 5 May 2026 and to the general public on Tuesday 19 May 2026, priced from £15 to £68. Tickets for under-26s cost £8.

**Hannah Roscoe, Director of Artistic Planning, said:**

> "We built the first season around the music Tomasz loves most, Polish and Central European repertoire above all, with seven new works and a Brahms symphony in every month from October to April."

## About Tomasz Wierzbicki

Born in Łódź in 1984, Tomasz Wierzbicki studied conducting at the Fryderyk Chopin University of Music in Warsaw and at the Zurich University of the Arts. He was assistant conductor of the Rheinland Symphony Orchestra from 2011 to 2014 and Music Director of the Opole Festival Opera from 2016 to 2022. He is currently Principal Guest Conductor of the Baltic Chamber Philharmonic, a post he has held since 2019 and will give up in summer 2026. In 2018 he won second prize at the Malko International Conducting Competition in Copenhagen.

## About the Harwick Philharmonic Orchestra

Founded in 1948, the Harwick Philharmonic Orchestra is one of the oldest professional orchestras in the north of England. Its 84 full-time musicians give around 110 concerts a year, reaching an audience of 190,000 people, and its learning programme works with 46 schools across the region. The orchestra is resident at the Corn Exchange Hall, Harwick, and receives annual funding of £2.4 million from Arts Council England.

**ENDS**

---

### Notes to editors

- High-resolution photographs of Tomasz Wierzbicki are available from the press office.
- Tomasz Wierzbicki and Margaret Oduya are available for interview on Thursday 12 March and Friday 13 March 2026.
- The autumn 2026 programme is published today at harwickphil.org.uk/season; concerts from January to June 2027 will be announced on Tuesday 6 October 2026.

**Media contact:** Daniel Fairclough, Head of Communications, Harwick Philharmonic Orchestra
press@harwickphil.org.uk · +44 (0)1632 960 417

*The Harwick Philharmonic Orchestra is a registered charity in England and Wales (no. 1093377).*
`;

const INTERVIEW = `RADIO HARWICK 98.4 FM — "THE LISTENING ROOM"
Interview transcript: Tomasz Wierzbicki, Chief Conductor designate, Harwick Philharmonic Orchestra
Interviewer: Claire Dunmore, presenter
Recorded: Thursday 12 March 2026, Studio 2, Radio Harwick, Quayside, Harwick
Broadcast: Friday 13 March 2026, 19:00–19:30
Transcribed by the Radio Harwick newsdesk. Timings are from the start of the recording. Lightly edited for length; music inserts removed.

[00:00:04] CLAIRE DUNMORE: Good evening and welcome to The Listening Room. My guest tonight was announced this morning as the next chief conductor of the Harwick Philharmonic Orchestra. Tomasz Wierzbicki, welcome, and congratulations.

[00:00:15] TOMASZ WIERZBICKI: Thank you, Claire. It has been a very long day, but a very happy one.

[00:00:21] CLAIRE DUNMORE: How did you find out you had the job?

[00:00:25] TOMASZ WIERZBICKI: Margaret Oduya, the chief executive, rang me on a Tuesday evening at the end of February. I was in a hotel in Gdańsk, between two rehearsals with the Baltic Chamber Philharmonic. She said, "Are you sitting down?" and I said, "I am lying down, I am a conductor on tour." Then she told me. I think I did not sleep that night.

[00:00:48] CLAIRE DUNMORE: You first conducted the orchestra in 2022. What do you remember about that first week?

[00:00:54] TOMASZ WIERZBICKI: The Shostakovich Tenth. In the first rehearsal the second movement was so fast and so angry that I stopped and laughed. The players were ready to take risks with a stranger. That is rare. Most orchestras wait to see if you deserve it. This one gave me everything on the first morning.

[00:01:16] CLAIRE DUNMORE: You are 41. Ivo Brandt, whom you succeed, is 78 and has been here since 2012. Is that a generational change?

[00:01:25] TOMASZ WIERZBICKI: Maybe in the birth certificates. Ivo phoned me on Wednesday and we talked for an hour. He gave me one piece of advice: "Listen to the violas first, they always know what is going wrong." I will follow it. He has built a wonderful orchestra, and I am not coming to knock anything down.

[00:01:47] CLAIRE DUNMORE: What does the contract ask of you?

[00:01:50] TOMASZ WIERZBICKI: Five years, from September. At least 32 concerts a season, 24 of them here at the Corn Exchange Hall and eight on tour. And at least 14 weeks a year in Harwick, but honestly I expect it will be more, because we are moving here.

[00:02:07] CLAIRE DUNMORE: The whole family?

[00:02:09] TOMASZ WIERZBICKI: Yes. My wife, Marta, is a cellist, and we have two daughters, who are nine and six. We will come in January 2027, in the middle of the school year, which the girls think is a terrible idea. We have already been looking at houses in the old town near the river.

[00:02:29] CLAIRE DUNMORE: Let's talk about the opening concert on the 25th of September. You are starting with a new piece.

[00:02:35] TOMASZ WIERZBICKI: Yes, Ruth Adeyemi's Estuary Lights, about twelve minutes long. Ruth grew up two streets from the Corn Exchange, so it felt right that the first sound of this new chapter is a Harwick voice. I have seen the first pages. It begins with a single clarinet, very low, like fog on the water.

[00:02:57] CLAIRE DUNMORE: And then Szymanowski, and Mahler.

[00:03:00] TOMASZ WIERZBICKI: Szymanowski's First Violin Concerto with Ana Ferreira, who is an extraordinary musician; we first played it together in Porto in 2021. And then Mahler Five. People ask why Mahler again. Because it begins with a funeral march and ends in pure joy, and that is what a beginning should feel like.

[00:03:22] CLAIRE DUNMORE: Polish music will be a big part of your time here?

[00:03:25] TOMASZ WIERZBICKI: It will be a part, not the whole. Szymanowski, Lutosławski, Bacewicz, Górecki, yes. But I grew up in Łódź with my father playing trumpet in the Łódź Philharmonic for thirty-one years, and the music in our house was Brahms and Beethoven. So we will record the four Brahms symphonies with Norvell Classics, starting in the spring of 2027.

[00:03:50] CLAIRE DUNMORE: When did you start conducting?

[00:03:53] TOMASZ WIERZBICKI: I started piano at five and began conducting at nineteen, in Warsaw, with a student orchestra that rehearsed in a basement. Later I studied in Zurich. My first real job was as assistant conductor in the Rhineland, three years, and then six years at the Opole Festival Opera, where I conducted twenty-three productions. Opera teaches you to breathe with singers. Orchestras forget how to breathe.

[00:04:19] CLAIRE DUNMORE: You came second at the Malko Competition in 2018. Does that still matter?

[00:04:24] TOMASZ WIERZBICKI: Only to my mother. Competitions open a door. After that you have to walk through it yourself, every week.

[00:04:33] CLAIRE DUNMORE: Tickets for under-26s will cost eight pounds. Is that enough to bring young people in?

[00:04:39] TOMASZ WIERZBICKI: It is a good start, but price is only one wall. "An orchestra that plays only for people who already love it is a museum, and I did not come to Harwick to run a museum." I want us in the schools, in the shopping centre, on the radio with you. I will also conduct the Harwick Youth Orchestra once every season, which I asked for myself.

[00:05:03] CLAIRE DUNMORE: Last question. What will success look like in five years?

[00:05:07] TOMASZ WIERZBICKI: If a taxi driver in Harwick can tell me what we played last week, and whether he liked it, then we have succeeded.

[00:05:16] CLAIRE DUNMORE: Tomasz Wierzbicki, thank you very much.

[00:05:18] TOMASZ WIERZBICKI: Thank you, Claire.

[00:05:20] CLAIRE DUNMORE: Tomasz Wierzbicki takes up his post as chief conductor of the Harwick Philharmonic on the first of September. Tickets for his opening concerts go on general sale on the 19th of May. After the news, we hear Ivo Brandt conducting the orchestra in Elgar's Enigma Variations, recorded at the Corn Exchange Hall last November.

[END OF TRANSCRIPT — running time 05:34]
`;

const files = { 'press-release.md': RELEASE, 'radio-interview.txt': INTERVIEW };

describe("a conductor's appointment: the release and the interview, with the product's word vectors", () => {
  withProductWordVectors();

  test('a work\'s number in words and as "No. 8": "Bruckner\'s Eighth Symphony" / "Bruckner\'s Symphony No. 8"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Were unsupported ("Eighth", "Fifth" missing).
    verdict('supported', "Brandt conducts his last concert as chief conductor, Bruckner's Eighth Symphony, at the Corn Exchange Hall on Saturday 30 May 2026.");
    verdict('supported', "The Portuguese violinist Ana Ferreira will be the soloist in Szymanowski's First Violin Concerto, and the programme ends with Mahler's Fifth Symphony.");
  });

  test('"first" before a verb numbers nothing: "Wierzbicki first conducted the HPO" is no rival of "Tenth"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives first, not Tenth".
    verdict('supported', "Wierzbicki made his debut with the orchestra as a guest on Thursday 17 November 2022, conducting Lutosławski's Concerto for Orchestra and Shostakovich's Tenth Symphony.");
    verdict('contradicted', "Wierzbicki made his debut with the orchestra as a guest on Friday 17 November 2022, conducting Lutosławski's Concerto for Orchestra and Shostakovich's Tenth Symphony.", [['Friday 17 November 2022', 'Thursday 17 November 2022']]);
  });
});
