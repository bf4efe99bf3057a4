/**
 * A company's results release against a writer's draft: the cases found by checking such a draft by hand. Results
 * releases give last year's figures in parentheses after this year's ("£96.4m (2025: £116.1m)"); a claim that
 * names no other year is about this one. The release is written for these tests; the company is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument, why } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `Northgate Retail plc: preliminary results for the 52 weeks to 28 February 2026

Northgate Retail, the owner of the Fenwood and Hollis department store chains, today reports its results for the year.

Highlights
- Group revenue rose 4.2% to £2.31bn (2025: £2.22bn).
- Like-for-like sales were up 1.8%, with online sales up 11% and now 29% of the total.
- Pre-tax profit fell 17% to £96.4m (2025: £116.1m), after £38m of costs for closing stores.
- Net debt reduced to £412m from £455m.
- Final dividend of 4.1p per share, making 6.0p for the year (2025: 6.5p).

Outlook
The board expects profit before tax for the current year to be in line with market expectations of about £105m. Trading in the first nine weeks of the new year was slightly ahead of last year, with like-for-like sales up 0.6%.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('results.txt', RELEASE)]));

describe('a results release, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('last year\'s figure in parentheses is not this year\'s: "making 6.5p for the year" / "making 6.0p for the year (2025: 6.5p)"', () => {
    const r = verdict('contradicted', 'The company paid a final dividend of 4.1p, making 6.5p for the year.', [['6.5p', '6.0p']]);
    assert.equal(r.conflicts[0].note, 'it gives 6.5p for 2025', why(r));
    verdict('contradicted', 'Pre-tax profit was £116.1m.', [['£116.1m', '£96.4m']]);
    verdict('contradicted', 'Revenue was £2.22bn.', [['£2.22bn', '£2.31bn']]);
  });

  test('a claim that names the earlier period, or compares with its figure, is stated by the parentheses', () => {
    verdict('supported', 'The full-year dividend was cut to 6.0p from 6.5p.');
    verdict('supported', 'Pre-tax profit fell to £96.4m from £116.1m.');
    verdict('supported', 'Last year pre-tax profit was £116.1m.');
    verdict('supported', 'Revenue rose 4.2% to £2.31bn.');
  });

  test('two hedged round figures are each the writer\'s own: "about £115m" is not "about £105m"', () => {
    const r = verdict('contradicted', 'The board expects pre-tax profit of about £115m this year.', [['£115m', '£105m']]);
    // "About £115m" is last year's £116.1m: the note gives the source's figure.
    assert.equal(r.conflicts[0].note, 'it gives £116.1m for 2025', why(r));
    verdict('supported', 'The board expects pre-tax profit of about £105m this year.');
  });

  test('a direction word against a sentence that gives the figure but not the period it is for: "fell 1.8% during the year" / "were up 1.8%"', () => {
    verdict('contradicted', 'Like-for-like sales fell 1.8% during the year.', [['fell', 'up']]);
    verdict('supported', 'Like-for-like sales rose 1.8% during the year.');
  });

  test('two neighbouring digits swapped are the source\'s figure mistyped, whatever the words around it: "£83m" / "£38m of costs"', () => {
    verdict('contradicted', 'Costs for closing stores were £83m.', [['£83m', '£38m']]);
    verdict('supported', 'Costs for closing stores were £38m.');
  });

  test('a name in another\'s very place in a sentence the claim copies is a swap, though another sentence of the source names it', () => {
    const pension = expectVerdictWith(
      indexOf([
        makeDocument(
          'pensions.txt',
          `US pension agency to take over pilots' fund\n\nThe PBGC was founded in 1974 to protect workers' retirement rights. Last week it took control of the pilots' pension scheme at United Airlines, a company with a hole in its finances. With United battling bankruptcy, the carrier had wanted to use the money set aside for pensions to finance running costs. The company has an estimated $2.9bn hole in its pilots' pension scheme, which the PBGC will now guarantee.\n`,
        ),
      ]),
    );
    pension('contradicted', "The company has an estimated $2.9bn hole in its pilots' pension scheme, which the United Airlines will now guarantee.", [['United Airlines', 'PBGC']]);
    pension('supported', "The company has an estimated $2.9bn hole in its pilots' pension scheme, which the PBGC will now guarantee.");
  });
});
