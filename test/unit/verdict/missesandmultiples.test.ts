/**
 * The fifty-seventh round, fourth part: faithful sentences shown as errors in h842–h847 (written against 949780e) and
 * h825. "Had missed breakfast" is the transcript's "She hadn't had breakfast"; "the only one where" counts nothing; a
 * multiple the claim works out ("more than six times the 47 lost") is no row's figure; a change in per cent worked
 * out from a table's column ("risen by more than 70 per cent, from £33,400 in 2020-21", as h825 has it) has no rival in another
 * sentence's per cent. The fixtures are written here, after h843, h845, h847 and h825; every person, body and place
 * is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';

const PHONE_IN = `RADIO TORRIDGE: THE MORNING PHONE-IN
Presenter: OWEN ASHCROFT

OWEN ASHCROFT: Our next caller is Brenda Tulliver, whose father was due a care visit at eight o'clock on Monday.

BRENDA TULLIVER: Nobody came. I didn't find out until half past ten, when I called in on my way to work. He hadn't had breakfast, he hadn't had his morning tablets. He had been sitting in the same chair since the night before.
`;

const SURVEY = `# Kellhaven Pier: structural survey summary

| Section | Extent | Principal defects found | Condition rating | Estimated repair cost |
|---|---|---|---|---|
| A. Entrance and kiosks | 0–38 m (Bays 1–4) | Cracked slab at the abutment; two kiosk doors torn off | Fair | £71,500 |
| B. Promenade deck | 38–196 m (Bays 5–24) | 288 of 1,040 deck planks lost or split; 7 cross-bracings sheared | Poor | £377,000 |
| C. Mid-pier | 196–290 m (Bays 25–37) | 3 cast-iron columns fractured; 11 cross-bracings sheared | Critical | £654,000 |
| D. Pierhead and landing stage | 290–344 m (Bays 38–45) | Landing stage pontoon torn from two of its four moorings; lower landing steps lost; lamp standards bent | Critical | £318,400 |

In the storm of November 2018, the previous worst in the Trust's records, 41 deck planks were lost.
`;

const MINUTES = `# Wexley Town Council: finance committee, Tuesday 3 December 2024

The table below sets out festive lighting costs for the last five years.

| Year | Contractor charge | Electricity | Repairs | Total |
|---|---|---|---|---|
| 2020-21 | £24,100 | £2,900 | £1,600 | £28,600 |
| 2021-22 | £25,300 | £3,400 | £1,950 | £30,650 |
| 2022-23 | £26,800 | £6,700 | £2,300 | £35,800 |
| 2023-24 | £29,900 | £5,600 | £2,800 | £38,300 |
| 2024-25 (projected) | £35,600 | £5,900 | £7,600 | £49,100 |

Members noted that the current contract with Glimmerworks Ltd expires on 31 May 2025. The Chair said that the contract charge had risen by 35 per cent in three years and that the council should test the market.
`;

describe('misses, pronouns, multiples and changes from a column, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"had missed breakfast" is "He hadn\'t had breakfast"', async () => {
    const phoneIn = judgeWith(await workspaceIndex({ 'sources/phone_in.txt': PHONE_IN }));
    const faithful = phoneIn('She said she did not find out until 10.30am, by which time her father had missed breakfast and his morning tablets.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });

  test('"the only one where" is a pronoun, no count', () => {
    assert.deepEqual(extractValues('the fastest of the trial roads, and the only one where the average speed remains above 25mph').map((v) => v.text), ['25mph']);
    // "Only one road" still counts one.
    assert.deepEqual(extractValues('Only one road had an average above 25mph.').map((v) => v.value), [1, 25]);
  });

  test('"more than six times the 41 lost" is no row\'s count of bays', async () => {
    const survey = judgeWith(await workspaceIndex({ 'sources/survey.md': SURVEY }));
    const faithful = survey("On the promenade deck, 288 of the 1,040 planks were lost or split, more than six times the 41 lost in November 2018, the previous worst storm in the Trust's records.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = survey("On the promenade deck, 288 of the 1,040 planks were lost or split, more than six times the 41 lost in November 2019, the previous worst storm in the Trust's records.");
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
  });

  test('a change in per cent worked out from a table\'s column has no rival in another sentence\'s per cent', async () => {
    const minutes = judgeWith(await workspaceIndex({ 'sources/minutes.md': MINUTES }));
    const faithful = minutes("The contractor's charge for the lights has risen by more than 45 per cent, from £24,100 in 2020-21.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    // A per cent no row gives is still the Chair's rival.
    const wrong = minutes("The contractor's charge for the lights has risen by more than 65 per cent, from £24,100 in 2020-21.");
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
  });
});
