/**
 * A regulator's release on the energy price cap against a writer's draft: a comparative before the same words as
 * the release's opposite one ("higher wholesale gas prices" / "lower wholesale gas prices, partly offset by higher
 * network costs"), and a figure with two digits swapped ("£86 a year" / "down £68") named as the rival, not another
 * sentence's figure of the same kind. The release is written for these tests; its figures are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Energy price cap will fall by 4% from January

*Press release, 25 November 2026*

The energy price cap will fall by 4% from 1 January 2027, the regulator announced today. A typical household paying by direct debit for dual fuel will pay £1,654 a year, down £68 from the current cap of £1,722.

The cap sets a maximum price per unit of energy and a maximum standing charge; it does not limit total bills. Households that use more energy will pay more.

The fall reflects lower wholesale gas prices over the past three months, partly offset by higher network costs. Network costs will rise by £21 a year for a typical household.

Standing charges for electricity will rise slightly, to 54.8p a day, while gas standing charges will fall to 31.2p a day.
`;

describe('an energy price cap release, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a comparative in the place of its opposite: "higher wholesale gas prices" / "lower wholesale gas prices"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.md': RELEASE }));
    verdict('contradicted', 'The fall reflects higher wholesale gas prices.', [['higher', 'lower']]);
    verdict('supported', 'The fall reflects lower wholesale gas prices.');
    verdict('supported', 'Network costs will be higher.');
  });

  test('two digits swapped name the rival: "fall by £86 a year" / "down £68", not "rise by £21 a year"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.md': RELEASE }));
    verdict('contradicted', 'Bills will fall by £86 a year for a typical household.', [['£86 a year', '£68']]);
    verdict('supported', 'Bills will fall by £68 a year for a typical household.');
    verdict('contradicted', 'Network costs will rise by £12 a year.', [['£12 a year', '£21 a year']]);
  });

  test('the rest of the release: the cap\'s direction, a total it does not limit, standing charges', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.md': RELEASE }));
    verdict('supported', 'The energy price cap will fall by 4% in January.');
    verdict('contradicted', 'The price cap will rise by 4% from January.');
    verdict('contradicted', 'A typical household will pay £1,564 a year.', [['£1,564 a year', '£1,654 a year']]);
    verdict('contradicted', 'The cap limits how much a household can pay in total.');
    verdict('contradicted', 'Electricity standing charges will fall to 54.8p a day.');
    verdict('supported', 'Gas standing charges will fall to 31.2p a day.');
  });
});
