/**
 * A football match report against a writer's draft: the cases found by checking such a draft by hand. The report is
 * written for these tests; the clubs and players are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `Harbridge Town 3-1 Kelmouth United: match report

Harbridge Town came from a goal down to beat Kelmouth United 3-1 at Meadow Lane on Saturday and move up to fourth in League One.

Kelmouth took the lead after 12 minutes when Jamal Reid headed in a corner from Owen Pike. Harbridge equalised five minutes before half-time through Leon Carver's low shot.

Substitute Danny Marsh put Harbridge ahead in the 67th minute, and Carver added his second, and Harbridge's third, from the penalty spot in stoppage time after Pike had handled.

Kelmouth, who had won their previous three league games, drop to ninth.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('report.txt', REPORT)]));

describe('a match report, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a score is about the match whatever verb gives the result: "Harbridge won 3-2" / "beat Kelmouth United 3-1"', () => {
    verdict('contradicted', 'Harbridge won 3-2.', [['3-2', '3-1']]);
    verdict('supported', 'Harbridge won 3-1.');
  });

  test('minutes, places in the table and the scorer of the penalty', () => {
    verdict('contradicted', 'Danny Marsh put Harbridge ahead in the 76th minute.', [['76th', '67th']]);
    verdict('contradicted', 'Harbridge move up to third in League One.', [['third', 'fourth']]);
    verdict('contradicted', 'Kelmouth had lost their previous three league games.');
    verdict('supported', 'Jamal Reid gave Kelmouth the lead after 12 minutes, heading in a corner from Owen Pike.');
  });
});
