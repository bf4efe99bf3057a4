/**
 * A government funding announcement against a writer's draft: a sum spread over a period ("£50m over five years")
 * against a claim's rate ("£10m a year") and its period ("over three years"). The announcement is written for these
 * tests; the programme is invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const PRESS = `Government announces £50m for school buildings

The Department for Education will spend £50m over five years to repair 100 schools in the north of England, Education Secretary Priya Shah announced on Monday.

Labour's shadow education secretary, Tom Ellery, said the sum was "a drop in the ocean" compared with the £11bn repair backlog.
`;

describe('a funding announcement, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a rate from a sum spread over a period: "£10m a year" / "£50m over five years"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press.txt': PRESS }));
    verdict('supported', 'The government will spend £10m a year on school repairs.');
    verdict('supported', 'The government will spend about £10m annually.');
    // Another rate is not stated, and the total is no rival of a rate.
    verdict('unsupported', 'The government will spend £20m a year on school repairs.');
  });

  test('"over five years" after a sum is the period it is spread over, not a bound: "£50m over three years"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press.txt': PRESS }));
    verdict('contradicted', 'The government will spend £50m over three years.', [['three years', 'five years']]);
    verdict('supported', 'The government will spend £50m over five years.');
  });
});
