/**
 * A company's closure proposal and a union's reply against a writer's draft: the cases found by checking such a
 * draft by hand. The company, the union officer and the figures are invented for these tests.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const UNION = `Bakers' union vows to fight Thetford closure

The Bakers, Food and Allied Workers' Union (BFAWU) said it would fight the proposed closure of the Carrow Foods bakery in Thetford, which employs 340 people.

Regional officer Dave Pardoe said members had accepted a pay freeze in 2024 to help keep the site open. "They kept their side of the bargain. Carrow has not," he said.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('union.txt', UNION)]));

describe('a closure and a union\'s reply, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a pay freeze is not a pay cut', () => {
    verdict('contradicted', 'The union said staff had accepted a pay cut in 2024.', [['cut', 'freeze']]);
    verdict('contradicted', 'The union said staff had accepted a pay rise in 2024.', [['rise', 'freeze']]);
    verdict('supported', 'The union said staff had accepted a pay freeze in 2024.');
  });
});
