/**
 * An opinion poll's release against a writer's draft: the cases found by checking such a draft by hand. A lead that
 * "has narrowed" is not one that "has widened", whatever words follow each. The release is written for these tests;
 * the names are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const POLL = `Westbridge mayoral poll: Labour lead narrows to four points

A poll of 1,012 adults in Westbridge, carried out by Harmon Research between 3 and 6 March, puts Labour's Denise Akande on 38%, four points ahead of the Conservative candidate, Michael Thorne, on 34%.

Labour's lead has narrowed from nine points in Harmon's January poll, when Ms Akande was on 41% and Mr Thorne on 32%.

Fewer than half of those polled (46%) said they were certain to vote. The poll's margin of error is plus or minus three percentage points.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('poll.txt', POLL)]));

describe('a poll release, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a verb and its opposite after the same word are a contradiction, whatever follows: "lead has widened since January" / "has narrowed from nine points"', () => {
    verdict('contradicted', "Ms Akande's lead has widened since January.", [['widened', 'narrowed']]);
    verdict('supported', "Labour's lead has narrowed since January.");
  });

  test('the poll\'s figures: January\'s share, the share certain to vote and the margin of error', () => {
    verdict('contradicted', 'In January Ms Akande was on 41% and Mr Thorne on 34%.', [['34%', '32%']]);
    verdict('contradicted', 'More than half of those polled said they were certain to vote.');
    verdict('contradicted', 'The poll has a margin of error of plus or minus four percentage points.');
  });
});
