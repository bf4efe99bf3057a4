/**
 * A museum returns looted objects: its press release (Markdown, with statements under "Name, Post, said:" lines) and
 * a radio interview with its director (transcript). The sources are written for these tests (from a helper's draft);
 * the museum and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Whitcombe Museum to return 42 Asante objects to Ghana

**FOR IMMEDIATE RELEASE**
**Bristol, Tuesday 14 May 2024**

*Trustees approve transfer of ownership of gold-weights, swords, kente textiles and stools taken from Kumasi; handover ceremony to be held at the Manhyia Palace Museum on Friday 21 June 2024*

The Whitcombe Museum of World Cultures today announced that it will return 42 objects of Asante royal and ceremonial regalia to the Republic of Ghana, following a three-year provenance investigation into how the objects entered its collection.

The museum's Board of Trustees voted unanimously on Thursday 4 April 2024 to transfer legal ownership of all 42 objects to the Government of Ghana. The decision was ratified by the Charity Commission on Monday 29 April 2024.

The objects will be formally handed over at a ceremony at the Manhyia Palace Museum in Kumasi on Friday 21 June 2024, attended by Ghana's Minister for Tourism, Arts and Culture, the Hon. Abena Owusu-Mensah, and the museum's Director, Dr Eleanor Whitfield.

## The objects

The 42 objects comprise:

- **17 gold-weights** (*abrammuo*), cast brass figures used to weigh gold dust, each between 3 and 9 centimetres tall;
- **9 ceremonial swords** (*afena*), including a gold-hilted state sword measuring 96 centimetres;
- **11 kente textiles**, woven in silk and cotton, the largest measuring 3.2 metres by 2.1 metres;
- **5 carved wooden stools**, one of them decorated with silver sheet.

Provenance research established that 31 of the objects were taken by British forces from Kumasi during the 1874 punitive expedition. They entered the museum's collection in 1902 as part of the bequest of Colonel Henry Dalrymple, an officer who served in the campaign. The remaining 11 objects were bought by the museum at a London auction in 1921.

The objects have a combined insurance valuation of £3.8 million. The most valuable single item, the gold-hilted state sword, is valued at £640,000.

## The investigation

The investigation began in March 2021, five months after the museum received a formal restitution request from the Ghanaian Ministry of Tourism, Arts and Culture in October 2020. It was led by Margaret Lindqvist, the museum's Head of Provenance Research, working with Dr Samuel Ofori-Atta, Curator of West African Collections.

The research cost £275,000 and was funded by a grant from the Arts Heritage Trust. Researchers examined more than 1,400 documents, including military dispatches, auction catalogues and the Dalrymple family's letters, held in archives in Bristol, London and Accra.

## Statements

Dr Eleanor Whitfield, Director of the Whitcombe Museum, said:

"These objects were taken by force, and no amount of time spent in our galleries changes that. Returning them is not a gesture of generosity; it is the correction of a wrong."

The Hon. Abena Owusu-Mensah, Minister for Tourism, Arts and Culture of the Republic of Ghana, said:

"For 150 years these objects have been absent from the place where they carry meaning. Their return to Kumasi is a moment of healing for the Asante people and for all Ghanaians."

Margaret Lindqvist, Head of Provenance Research, said:

"The archive was unambiguous. The dispatches describe the removal of regalia from the palace in the officers' own words."

Sir Robin Hale, Chair of the Board of Trustees, added:

"The Board's decision was unanimous. We believe that a museum earns public trust by being honest about its own history."

## Before the handover

Before the objects leave Bristol, the museum will display all 42 in a free exhibition, *Returning Gold*, which opens on Saturday 1 June 2024 and closes on Sunday 16 June 2024 in the museum's Harbourside Gallery.

Six of the objects, four gold-weights and two kente textiles, will return to Bristol after the ceremony on a renewable three-year loan from the Government of Ghana, so that they can remain part of the museum's permanent displays on West African history.

## Notes to editors

- The Whitcombe Museum of World Cultures was founded in 1893 and holds around 1.2 million objects, of which about 2,300 come from present-day Ghana.
- The museum welcomed 640,000 visitors in the 2023–24 financial year.
- The return is the largest restitution in the museum's history. In 2019 it returned two carved house posts to a Māori iwi in New Zealand.
- The Arts Heritage Trust is an independent charity supporting research in UK museums.
- High-resolution images of the objects are available on request.

**Media contact:**
Priya Nandakumar, Head of Communications
press@whitcombemuseum.org.uk | +44 (0)117 496 0382

*Ends*
`;

const INTERVIEW = `WEST COUNTRY RADIO
THE MORNING EDITION
Transcript: interview with Dr Eleanor Whitfield, Director, Whitcombe Museum of World Cultures
Broadcast: Wednesday 15 May 2024, 07:40
Presenter: Julia Marsh
Duration: 8 minutes 12 seconds

This transcript was produced from the broadcast recording. It has been checked against the audio but may contain minor errors.

[00:00:00] JULIA MARSH: It's twenty to eight. Yesterday the Whitcombe Museum here in Bristol announced that it is giving back forty-two objects to Ghana, objects taken from the Asante kingdom in the nineteenth century. The museum's director, Dr Eleanor Whitfield, is in the studio with me. Good morning.

[00:00:14] ELEANOR WHITFIELD: Good morning, Julia.

[00:00:16] JULIA MARSH: Why now? These objects have been in Bristol for more than a century.

[00:00:21] ELEANOR WHITFIELD: Because we now know exactly how they got here. When the Ghanaian ministry wrote to us in October 2020, we didn't have a full answer. We spent three years finding one. Thirty-one of the objects were taken from Kumasi by British troops in 1874, and the documents leave no room for doubt about that. Once you know that, I don't think there is a decision left to make.

[00:00:47] JULIA MARSH: And the other eleven?

[00:00:49] ELEANOR WHITFIELD: The other eleven were bought at auction in London in 1921. The museum paid for them, legally, at the time. But the trail leads back to the same expedition, and the trustees felt very strongly that the collection should not be split.

[00:01:06] JULIA MARSH: Some listeners will say the museum is giving away three point eight million pounds' worth of treasure.

[00:01:12] ELEANOR WHITFIELD: That is the insurance figure, yes. But an insurance valuation tells you what it would cost us to replace something. These things can't be replaced, and they were never really ours to value. I'd rather people judged us by what we do next.

[00:01:29] JULIA MARSH: What is the single most important piece?

[00:01:32] ELEANOR WHITFIELD: The state sword. It has a gold hilt and it's almost a metre long, ninety-six centimetres. Our Curator of West African Collections, Dr Samuel Ofori-Atta, tells me it would have been carried in front of the king on state occasions. When I stood in front of it with the minister's officials in March, nobody said anything for quite a long time.

[00:01:55] JULIA MARSH: You've been to Ghana?

[00:01:57] ELEANOR WHITFIELD: Twice. I went to Accra in November 2023 and to Kumasi in March this year. I'll be going back for the ceremony on the twenty-first of June.

[00:02:08] JULIA MARSH: Talk me through the practicalities. How do you move forty-two priceless objects to West Africa?

[00:02:14] ELEANOR WHITFIELD: Very carefully. The exhibition here closes on Sunday the sixteenth of June. The objects will be packed over the following day and flown from Heathrow to Accra on Tuesday the eighteenth. Four members of our staff will travel with them, including two conservators, and they'll go by road from Accra to Kumasi under police escort.

[00:02:36] JULIA MARSH: And who pays for that?

[00:02:38] ELEANOR WHITFIELD: We do. The packing, the flights and the insurance in transit come to about eighty-five thousand pounds, and the museum is meeting that from its own reserves. It would be odd to take something and then send the bill for giving it back.

[00:02:54] JULIA MARSH: The provenance research itself cost a good deal more, didn't it?

[00:02:58] ELEANOR WHITFIELD: Two hundred and seventy-five thousand pounds, which came from the Arts Heritage Trust, not from the museum's budget. Margaret Lindqvist and her team went through more than fourteen hundred documents. Margaret said to me at one point, "The officers wrote it all down. They were proud of it." That has stayed with me.

[00:03:21] JULIA MARSH: Some people in Bristol will be sad to see these objects go.

[00:03:25] ELEANOR WHITFIELD: I understand that, and that's partly why six of them are coming back to us, on loan, for three years. That was the minister's suggestion, not ours. She said to me, "We want people in Bristol to keep learning this history." I thought that was extraordinarily generous.

[00:03:44] JULIA MARSH: Is this the first of many? Are other countries asking?

[00:03:48] ELEANOR WHITFIELD: We have two further requests under review at the moment, one from Nigeria and one from Cameroon. I won't prejudge them. Each case has to be researched on its own evidence, and that takes time.

[00:04:03] JULIA MARSH: Critics say this empties museums.

[00:04:06] ELEANOR WHITFIELD: We have one point two million objects. We're returning forty-two. I don't think anyone's going to walk into the Whitcombe and find empty galleries. What they will find, I hope, is a museum that tells the truth about where things come from.

[00:04:22] JULIA MARSH: You've been director for how long now?

[00:04:25] ELEANOR WHITFIELD: Seven years this September. I came from the National Museum of Scotland in 2017.

[00:04:31] JULIA MARSH: And finally, if people want to see the objects before they go?

[00:04:35] ELEANOR WHITFIELD: Come to the Harbourside Gallery. Returning Gold opens on Saturday the first of June, entry is free, and we're open until eight o'clock on Thursday evenings during the exhibition. It's the last chance to see all forty-two together in this country.

[00:04:51] JULIA MARSH: Dr Eleanor Whitfield, thank you.

[00:04:53] ELEANOR WHITFIELD: Thank you, Julia.

[00:04:55] JULIA MARSH: The Whitcombe Museum's director there. It's eighteen minutes to eight, and now the travel news, with Tom Ashby.

[END OF TRANSCRIPT]
`;

const files = { 'press-release.md': RELEASE, 'radio-interview.txt': INTERVIEW };

describe("a restitution: the museum's release and the director's interview, with the product's word vectors", () => {
  withProductWordVectors();

  test('a quote is its own sentence\'s: "The museum\'s director, Dr Eleanor Whitfield, said: “…” Sir Robin Hale … said …"', async () => {
    const report = await checkAgainst(
      files,
      [
        '# Return',
        '',
        'The museum\'s director, Dr Eleanor Whitfield, said: "Returning them is not a gesture of generosity; it is the correction of a wrong." Sir Robin Hale, chair of the trustees, said the board\'s decision had been unanimous.',
        '',
        'Sir Robin Hale said: "These objects were taken by force, and no amount of time spent in our galleries changes that."',
        '',
      ].join('\n'),
    );
    // Was two findings: the first quote given to Sir Robin Hale (the name after it, in the next sentence; the name
    // before it, with a comma before "said:", was not read).
    assert.deepEqual(
      report.findings.map((f) => [f.code, f.message.replace(/ \(.*$/, '')]),
      [['misattributed-quote', 'These words were said by Dr Eleanor Whitfield, not Sir Robin Hale']],
    );
    assert.match(report.findings[0].message, /press-release\.md/);
  });
});
