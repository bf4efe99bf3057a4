/**
 * An environment regulator's press release on a water company's fine against a writer's draft: a sentence whose
 * subject is a pronoun ("It had pleaded guilty"), "says" for "said", and a place named by the word for its people.
 * The release is written for these tests; the company and the case are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Severn Vale Water fined £2.1m for sewage pollution

*Press release from the Environment Agency, 14 October 2026*

Severn Vale Water has been fined £2.1 million after admitting 11 charges of illegally discharging sewage into the River Leadon between 2019 and 2022.

## The offences

- Untreated sewage was released on 97 days from the Dymock treatment works.
- Around 4,000 fish were killed in a single incident in July 2021.

The company must also pay £186,000 in costs. It had pleaded guilty at an earlier hearing.

Severn Vale Water said it had invested £15m in the Dymock works since 2022 and apologised to local residents.

On Friday, Russia's space agency said it was not involved in the inquiry.
`;

describe('a water company fined, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a denial against a sentence whose subject is a pronoun for the claim\'s: "The company pleaded not guilty" / "The company must … It had pleaded guilty"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.md': RELEASE }));
    verdict('contradicted', 'The company pleaded not guilty.');
    verdict('supported', 'The company had pleaded guilty.');
  });

  test('"says" is what "said" is, no word of the claim\'s content: "Severn Vale Water says it has invested £15m"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.md': RELEASE }));
    verdict('supported', 'Severn Vale Water says it has invested £15m in the works since 2022.');
    verdict('supported', 'Severn Vale Water says it apologised to residents.');
    verdict('contradicted', 'Severn Vale Water says it has invested £51m in the works since 2022.', [['£51m', '£15m']]);
  });

  test('a place and the word for its people are one name: "The Russian space agency" / "Russia\'s space agency"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.md': RELEASE }));
    verdict('supported', 'The Russian space agency said it was not involved in the inquiry.');
    verdict('contradicted', 'The Chinese space agency said it was not involved in the inquiry.', [['Chinese', 'Russia']]);
  });
});
