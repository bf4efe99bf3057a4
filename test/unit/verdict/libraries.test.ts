/**
 * A council's library closures against a writer's draft: a part and its whole ("close two of its 16 libraries").
 * The notice is written for these tests; the council is invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `Library service review: council confirms closures

Marston County Council has approved plans to close two of its 16 libraries, at Hollins Green and Eastwick, from 1 April.

The remaining 14 libraries will stay open, but opening hours at six of them will be reduced.

The changes will save £420,000 a year, the council said.
`;

describe('library closures, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a count of what closes is the part, not the whole: "Three libraries will close" / "close two of its 16 libraries"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'notice.txt': NOTICE }));
    verdict('contradicted', 'Three libraries will close from 1 April.', [['Three', 'two']]);
    verdict('contradicted', 'The council will close 14 libraries.', [['14', 'two']]);
    // The whole states no count of what closes.
    verdict('contradicted', 'The council will close 16 libraries.', [['16', 'two']]);
    verdict('supported', 'Two libraries will close.');
    verdict('supported', 'Fourteen libraries will stay open.');
  });

  test('a whole in the claim is compared with the whole: "has 18 libraries", "two of its 18 libraries" / "its 16 libraries"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'notice.txt': NOTICE }));
    verdict('contradicted', 'The council has 18 libraries.', [['18', '16']]);
    verdict('contradicted', 'The council will close two of its 18 libraries.', [['18', '16']]);
    verdict('supported', 'The council will close two of its 16 libraries.');
  });
});
