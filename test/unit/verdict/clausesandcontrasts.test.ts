/**
 * The fifty-seventh round, third part: faithful sentences shown as errors in h836–h841 (written against 31c1964). A
 * figure said aloud with a comma ("forty-two thousand, six hundred pounds") is read whole; a passage that gives every
 * figure but the dates is about the claim; a difference the claim's own two levels make has no rival in another
 * count; a figure another passage gives with the words of its clause is stated; "rather than" in the claim against
 * "replacing" in the source is no denial; words of both ways in the same order on both sides are no opposites
 * ("smaller … more" / "reduced … greater"); "partly by" is the source's "including"; "without whom it could not open"
 * denies no opening; a quote is given to the person before it, not to one after it across "but"; a word the source
 * document has with the very word after it ("beach hut") is no swap. The fixtures are written here, after h836–h841;
 * every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';

const UPDATE = `# Tarnford Flood Scheme: project update 4

Published: Thursday 6 February 2025

This update sets out revised costs and completion dates for all three phases of the scheme. The total estimated cost has risen from £9.20 million, as approved in the outline business case of Monday 1 July 2024, to £12.65 million, an increase of £3.45 million (37.5 per cent). Completion of the whole scheme, previously forecast for Monday 30 March 2026, is now forecast for Tuesday 30 March 2027, a delay of 12 months.
`;

const TOWN = `TARNFORD TOWN COUNCIL
Issued: Tuesday 11 February 2025

Tarnford Town Council met on Monday 10 February 2025 to consider the Tarn Valley Agency's latest update on the Tarnford Flood Scheme, which reported that the cost of the scheme has risen by £3.5 million to more than £12.5 million.
`;

const CABINET = `# Cabinet report: home to school transport

5.1 The table below shows pupils eligible and routes, before and after the change.

| School | Pupils eligible now | Pupils eligible after | Routes now | Routes after |
|---|---|---|---|---|
| Hallam Vale School | 512 | 388 | 11 | 8 |
| Copperfield Academy | 398 | 301 | 9 | 7 |
| **Total** | **910** | **689** | **20** | **15** |

5.2 In total 221 fewer pupils (24 per cent) would be eligible for free transport once the change has fully taken effect, and the number of contracted routes would fall from 20 to 15.

6.1 The full-year saving on mainstream routes is £310,000. Together with the net saving of £86,000 from the post-16 change, the total saving is £396,000 a year by 2029/30.

6.2 Because of transitional protection the saving in the first year is estimated at £74,000.

7.1 Free transport for pupils of statutory school age will in future be provided only to the nearest suitable school, where that school is beyond the statutory walking distance, replacing the current discretionary entitlement to transport to the catchment school.
`;

const FUND = `# Westmoor Arts Fund: decision letter

The panel has decided to offer the Lanthorn Theatre an award of £95,000 a year, against the £140,000 it sought. The panel considered that a reduced award would allow the Fund to support a greater number of organisations in the area.
`;

const THEATRE = `LANTHORN THEATRE
PRESS RELEASE

The theatre's executive director, Ms Alys Trevena, said the theatre had already made savings of £160,000 since 2021, including a freeze on senior pay and the renegotiation of its cleaning contract.
`;

const SHOP = `# Ollerby Community Shop: annual report 2024

I want to thank every one of our volunteers, without whom the shop simply could not open. I also want to thank Marta Kowalczyk, our part-time shop manager, who works 20 hours a week and has been with us since the start.
`;

const MINUTES = `# Pendlecombe Town Council: amenities committee

Cllr Harriet Voss said the new fee would "tidy up a list that has people on it who left the town years ago". Cllr Omar Fielding said it was unfair to charge people for "the right to wait".
`;

const NEWSLETTER = `PENDLECOMBE BEACH HUT OWNERS' ASSOCIATION
HUT NEWS — Spring Newsletter, Issue 12
Published Friday 21 February 2025

FROM THE CHAIR

Dear members,

I am sorry that my first letter of 2025 is not about the summer fete or the paint scheme for the Heron Point row. It is about money, and about the way our town council has treated the people who look after its seafront.

On Tuesday 11 February the council's amenities committee voted by five votes to three to put up our annual licence fees by almost 25 per cent from 1 April. The owner of a Standard hut will pay £480 instead of £385 — an extra £95 a year. Chalet holders face a rise of £290. There was an amendment to spread the increase over two years, and it was thrown out.
`;

describe('figures said aloud, clauses, contrasts and phrases of the sources, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"forty-two thousand, six hundred pounds" is £42,600', () => {
    const [money] = extractValues("we'd raised forty-two thousand, six hundred pounds from just over eleven hundred donors");
    assert.equal(money.kind, 'money');
    assert.equal(money.value, 42_600);
    // Not across a comma before anything but a number of hundreds.
    assert.deepEqual(extractValues('forty thousand, and more').map((v) => v.value), [40_000]);
  });

  test('a passage that gives every figure but the dates is about the claim', async () => {
    const scheme = judgeWith(await workspaceIndex({ 'sources/update.md': UPDATE, 'sources/town_council.txt': TOWN }));
    const faithful = scheme('The Tarn Valley Agency said in an update published on Thursday 6 February that the estimated cost had risen from £9.2 million to £12.65 million.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = scheme('The Tarn Valley Agency said in an update published on Thursday 6 February that the estimated cost had risen from £9.2 million to £13.65 million.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('a fall by the difference of the claim\'s own two levels has no rival in the count of routes', async () => {
    // (With another document beside it, as a writer's sources folder has.)
    const cabinet = judgeWith(await workspaceIndex({ 'sources/cabinet_report.md': CABINET, 'sources/update.md': UPDATE }));
    const faithful = cabinet("According to the council's own figures, the number of pupils eligible for free transport would fall by 221, from 910 to 689, once the changes have fully taken effect in 2029/30.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = cabinet("According to the council's own figures, the number of pupils eligible for free transport would fall by 212, from 910 to 689, once the changes have fully taken effect in 2029/30.");
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
  });

  test('"only £74,000 in the first year" is the figure of the first year, not the post-16 saving', async () => {
    const cabinet = judgeWith(await workspaceIndex({ 'sources/cabinet_report.md': CABINET }));
    const faithful = cabinet('Together the changes would save £396,000 a year by 2029/30, but only £74,000 in the first year.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = cabinet('Together the changes would save £396,000 a year by 2029/30, but only £47,000 in the first year.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('"rather than to their catchment school" is the source\'s "replacing the … entitlement to transport to the catchment school"', async () => {
    const cabinet = judgeWith(await workspaceIndex({ 'sources/cabinet_report.md': CABINET }));
    const faithful = cabinet("Under the changes, free transport would only be provided to a pupil's nearest suitable school beyond the statutory walking distance, rather than to their catchment school.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });

  test('"a smaller award … more organisations" is "a reduced award … a greater number of organisations"', async () => {
    const fund = judgeWith(await workspaceIndex({ 'sources/decision_letter.md': FUND }));
    const faithful = fund('The fund said a smaller award would allow it to support more organisations in the area.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });

  test('"partly by freezing senior pay" is "including a freeze on senior pay"', async () => {
    const theatre = judgeWith(await workspaceIndex({ 'sources/press_release.txt': THEATRE }));
    const faithful = theatre('Executive director Alys Trevena said the theatre had already saved £160,000 since 2021, partly by freezing senior pay and renegotiating its cleaning contract.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = theatre('Executive director Alys Trevena said the theatre had already saved £106,000 since 2021, partly by freezing senior pay and renegotiating its cleaning contract.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
  });

  test('"without whom the shop simply could not open" denies no opening', async () => {
    const shop = judgeWith(await workspaceIndex({ 'sources/annual_report.md': SHOP }));
    const faithful = shop('The shop is run day to day by Marta Kowalczyk, a part-time manager who works 20 hours a week and has been there since it opened.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });

  test('a quote is the speaker\'s before it, not the one after it across "but"', async () => {
    const files = { 'sources/minutes.md': MINUTES };
    const right = await misattributions(files, 'Cllr Harriet Voss said the fee would "tidy up a list that has people on it who left the town years ago", but Cllr Omar Fielding said it was unfair to charge people for "the right to wait".');
    assert.deepEqual(right, []);
    const wrong = await misattributions(files, 'Cllr Omar Fielding said the fee would "tidy up a list that has people on it who left the town years ago", but Cllr Harriet Voss said it was unfair to charge people for "the right to wait".');
    assert.equal(wrong.length, 2, JSON.stringify(wrong));
  });

  test('"Beach hut holders" is no swap for "a Standard hut" in the Beach Hut Owners\' Association\'s newsletter', async () => {
    const huts = judgeWith(await workspaceIndex({ 'sources/newsletter.txt': NEWSLETTER }));
    const faithful = huts("Beach hut holders in Pendlecombe face fee rises of up to 25 per cent from April after the town council's amenities committee backed the increase on Tuesday 11 February.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });
});
