/**
 * A food company's trading update against a writer's draft: figures moved by verbs that act on them ("raised to",
 * "cut to") against a figure said to be unchanged. The update is written for these tests; the company is invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const UPDATE = `Halden Foods trading update

Halden Foods said pre-tax profit fell 18% to £46m in the six months to 30 September, due to higher wheat and energy prices.

Revenue rose 4% to £612m as the company raised prices on its own-brand bread.

The company will pay an interim dividend of 3.2p a share, unchanged from last year.
`;

describe('a trading update, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a figure raised or cut in the claim, unchanged after it in the source: "was raised to 3.2p" / "3.2p a share, unchanged from last year"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'update.txt': UPDATE }));
    verdict('contradicted', 'The interim dividend was raised to 3.2p.', [['raised', 'unchanged']]);
    verdict('contradicted', 'The dividend was cut to 3.2p.', [['cut', 'unchanged']]);
    verdict('supported', 'The interim dividend was unchanged at 3.2p a share.');
    verdict('supported', 'The company will pay an interim dividend of 3.2p a share.');
  });

  test('the cause the other way: "due to lower wheat prices" / "due to higher wheat and energy prices"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'update.txt': UPDATE }));
    verdict('contradicted', 'Profit fell due to lower wheat prices.', [['lower', 'higher']]);
    verdict('supported', 'Profit fell 18% to £46m because of higher wheat and energy prices.');
  });
});
