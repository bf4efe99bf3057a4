/**
 * A product launch and a budget statement against a writer's draft: the cases found by checking such drafts by
 * hand. Both are written for these tests; the company, the phone and the figures are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const LAUNCH = `Lumen unveils the Aria 3 phone

The Aria 3 will go on sale in the UK, Germany and France on 14 January 2027, priced from £1,299 for the 256GB model. A 512GB model will cost £1,449.
`;

const BUDGET = `Chancellor's Autumn Statement: key points

The personal tax allowance will rise from £12,570 to £13,000 in April 2027, the first increase since 2021.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('launch.txt', LAUNCH), makeDocument('statement.txt', BUDGET)]));

describe('a launch and a budget, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a date in another clause does not date a figure: "on 14 January 2027, priced from £1,299 for the 256GB model"', () => {
    // Was "512GB, not 256GB; it gives 256GB for 14 January 2027".
    verdict('supported', 'Prices start at £1,299 for the 256GB model.');
    verdict('contradicted', 'The 512GB model costs £1,499.', [['£1,499', '£1,449']]);
  });

  test('a figure reached, said the claim\'s way, though another figure of the sentence rounds to it: "rise to £13,000" / "rise from £12,570 to £13,000"', () => {
    // Was "rise from £12,570, not rise to £13,000".
    verdict('supported', 'The personal allowance will rise to £13,000 in April 2027.');
    verdict('contradicted', 'The personal allowance will fall to £13,000 in April 2027.');
  });
});
