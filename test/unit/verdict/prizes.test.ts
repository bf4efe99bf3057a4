/**
 * An arts prize: the organiser's press release (winner, shortlist, judges) and a transcript of an interview with the
 * winner, against a writer's draft. Another shortlisted author, host or judge put in the winner's, host's or chair's
 * place; a panel's decision the other way; a compound ordinal ("twenty-sixth"). Both sources are written for these
 * tests (from a helper's drafts); the prize and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Halden Prize for Fiction 2024: Mara Ellison wins for *The Salt Orchard*

**FOR IMMEDIATE RELEASE — London, 14 November 2024**

The Halden Foundation is delighted to announce that Mara Ellison has won the 2024 Halden Prize for Fiction for her second novel, *The Salt Orchard* (Greyfield Press). The winner was revealed on Wednesday 13 November at a ceremony at the Roundhouse in Camden, hosted by broadcaster Priya Nandakumar and attended by around 600 guests.

Ellison receives £40,000 and a specially commissioned bronze sculpture by the artist Tomas Reyes. Each of the five other shortlisted authors receives £2,500.

*The Salt Orchard* follows three generations of a fishing family on the Suffolk coast as rising seas swallow their land. It was published in March 2024 and has sold more than 18,000 copies in hardback.

## The judges

This year's panel was chaired by the novelist and former Poet Laureate of Wales, Gwen Ashcroft. She was joined by literary critic Daniel Okafor, bookseller Ruth Penhaligon, historian Dr Samir Haddad and actor Lily Chen.

The judges read 162 novels submitted by 94 publishers before announcing a longlist of thirteen titles in July and a shortlist of six in September.

Gwen Ashcroft, chair of judges, said: "*The Salt Orchard* is a book about loss that refuses to be defeated by it. Mara Ellison writes about water the way other novelists write about war. We argued for four hours, but in the end the decision was unanimous."

## The shortlist

- Mara Ellison, *The Salt Orchard* (Greyfield Press) — **winner**
- Jonah Whitlock, *A Quiet Republic* (Marlow & Finch)
- Adaeze Nwosu, *The Weight of Lanterns* (Penrose Books)
- Callum Rees, *Small Hours in Tbilisi* (Harbour House)
- Sofia Marchetti, *Inventory of a Flood* (Greyfield Press)
- Eleanor Vance, *The Glasshouse Year* (Old Mill Editions)

Two debut novels made the shortlist this year: Nwosu's *The Weight of Lanterns* and Rees's *Small Hours in Tbilisi*. Greyfield Press, an independent publisher based in Norwich, had two titles on the shortlist for the first time.

## About the prize

Founded in 1998 by the philanthropist Harold Halden, the prize is open to novels written in English and published in the UK or Ireland. This is its twenty-sixth year. Previous winners include Tobias Grey (2023) for *Northern Lights Fail* and Anita Desrosiers (2022) for *The Mapmaker's Daughter*.

Sales of winning titles have typically risen by about 300 per cent in the week after the announcement, according to the Foundation.

Claire Montague, director of the Halden Foundation, said: "Twenty-six years on, the prize is still about finding the books that deserve a wider readership. This year the judges found one."

The prize is sponsored by the Aldergate Trust, which renewed its support in January for a further three years.

**Media contact:** Helen Brisk, Head of Communications, press@haldenfoundation.org.uk

ENDS
`;

const INTERVIEW = `TRANSCRIPT — Interview with Mara Ellison, winner of the 2024 Halden Prize for Fiction
Recorded: Thursday 14 November 2024, 10:30am, Greyfield Press offices, Norwich
Interviewer: Tom Hartley, arts correspondent
Duration: 22 minutes (edited for length)

TOM HARTLEY: Congratulations. How are you feeling this morning?

MARA ELLISON: Tired, honestly. I got about three hours' sleep. I didn't expect to win — I hadn't even written a speech. I had a few notes on the back of a train ticket.

TOM HARTLEY: What will you do with the prize money?

MARA ELLISON: The first thing is paying off the loan I took out to finish the book. I was working part-time at a library in Lowestoft for the four years I was writing it, three days a week. Whatever's left, I want to give a chunk to the Aldeburgh Coastal Trust, maybe five thousand pounds, because they helped me with the research.

TOM HARTLEY: The novel is set on the Suffolk coast. How personal is it?

MARA ELLISON: Very. My grandfather was a fisherman in Dunwich. The village has lost most of its houses to the sea over the centuries, and he used to say that one day the water would come for the church too. The family in the book isn't my family, but the fear is.

TOM HARTLEY: Your first novel, Harbour Lights, came out in 2017. Why the seven-year gap?

MARA ELLISON: I wrote a whole other book and threw it away. About ninety thousand words. It wasn't working, and my editor, Jess Moorcroft, was honest enough to tell me. Then I started The Salt Orchard in 2020, during the first lockdown.

TOM HARTLEY: Gwen Ashcroft said the judges argued for four hours. Did you know that?

MARA ELLISON: She told me afterwards, and she said it was unanimous in the end, which I was relieved to hear. I'm a huge admirer of Gwen's poetry, so that meant a lot.

TOM HARTLEY: You were up against two debut novelists and your own stablemate, Sofia Marchetti.

MARA ELLISON: Sofia is a friend. We had dinner together before the ceremony. I honestly thought Inventory of a Flood would win. It's a braver book than mine.

TOM HARTLEY: What's next?

MARA ELLISON: A novel about a lighthouse keeper in Orkney. I've written about forty pages. And there's a television adaptation of The Salt Orchard being discussed — I can't say with whom yet — but nothing is signed.

TOM HARTLEY: Will you stay in Suffolk?

MARA ELLISON: I'm not going anywhere. I live in Southwold with my partner and our two dogs. I'll be back at the library on Monday, at least for a while.

[END OF TRANSCRIPT]
`;

describe('an arts prize: the release and the winner\'s interview, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('another shortlisted author or another guest in the winner\'s or the host\'s place, though the sources name them elsewhere', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press-release.md': RELEASE, 'interview-transcript.txt': INTERVIEW }));
    verdict('supported', 'Mara Ellison won the 2024 Halden Prize for Fiction.');
    verdict('contradicted', 'Sofia Marchetti won the 2024 Halden Prize for Fiction.', [['Sofia Marchetti', 'Mara Ellison']]);
    verdict('contradicted', 'Jonah Whitlock won the 2024 Halden Prize for Fiction.', [['Jonah Whitlock', 'Mara Ellison']]);
    verdict('supported', 'The ceremony was hosted by broadcaster Priya Nandakumar.');
    verdict('contradicted', 'The ceremony was hosted by the broadcaster Claire Montague.', [['Claire Montague', 'Priya Nandakumar']]);
  });

  test('the decision the other way, in the third sentence of the chair\'s quotation', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press-release.md': RELEASE, 'interview-transcript.txt': INTERVIEW }));
    verdict('supported', 'Ashcroft said the decision was unanimous.');
    verdict('contradicted', 'Ashcroft said the decision was not unanimous.');
    verdict('contradicted', 'Ashcroft said the decision was split after the judges argued for four hours.', [['split', 'unanimous']]);
  });

  test('a year in parentheses after another winner\'s name: "Tobias Grey (2023) … and Anita Desrosiers (2022)"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press-release.md': RELEASE }));
    verdict('supported', 'The 2022 prize went to Anita Desrosiers.');
    verdict('contradicted', 'The 2023 prize went to Anita Desrosiers.', [['2023', '2022']]);
    verdict('contradicted', "Anita Desrosiers won the prize in 2023 for The Mapmaker's Daughter.", [['2023', '2022']]);
    verdict('supported', 'Tobias Grey won in 2023 for Northern Lights Fail.');
  });

  test('"twenty-sixth" is one ordinal, not "sixth"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press-release.md': RELEASE }));
    verdict('supported', 'Founded by the philanthropist Harold Halden in 1998, the prize is now in its 26th year.');
    verdict('contradicted', 'The prize is now in its twenty-fifth year.', [['twenty-fifth', 'twenty-sixth']]);
  });
});
