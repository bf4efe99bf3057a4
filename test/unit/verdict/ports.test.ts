/**
 * A port's closure notice against a writer's draft: a duration the notice gives as a span of days ("from 6 January
 * to 14 February 2027"), and a number that names a berth, which is no measure. The notice is written for these
 * tests; the closure is invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `Port of Felixstowe: berth closure notice

Berth 7 will close for repairs from 6 January to 14 February 2027, the port authority said on Thursday.

During the closure, ships due at berth 7 will be moved to berths 8 and 9. The port expects delays of up to 36 hours at peak times.
`;

describe('a port\'s closure notice, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a span of days states a duration: "for about six weeks", "for 39 days" / "from 6 January to 14 February 2027"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'notice.txt': NOTICE }));
    verdict('supported', 'Berth 7 will be closed for about six weeks.');
    verdict('supported', 'Berth 7 will close for 39 days.');
  });

  test('a number that names a berth is no rival of a period: "for three months" / "Berth 7"; a berth is a berth\'s', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'notice.txt': NOTICE }));
    verdict('unsupported', 'The berth will close for three months.');
    verdict('contradicted', 'Berth 8 will close for repairs from 6 January.', [['8', '7']]);
    verdict('contradicted', 'Delays of up to 63 hours are expected.', [['63 hours', '36 hours']]);
  });
});
