/**
 * A rail operator's timetable change against a writer's draft: a figure a source gives only as the level a change
 * left ("every 15 minutes, up from every 20 minutes") does not state a claim about now. The notice is written for
 * these tests; its figures are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `# New timetable from 14 December

Northern Rail will run 120 extra trains a week between Leeds and Manchester from Sunday 14 December, the company said.

Journey times on the fastest services will fall from 52 minutes to 47 minutes. Trains will run every 15 minutes at peak times, up from every 20 minutes.

The last train from Manchester to Leeds will leave at 23:40, half an hour later than now.
`;

describe('a timetable change, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('the level a change left is no figure of now: "every 20 minutes" / "every 15 minutes …, up from every 20 minutes"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'timetable.md': NOTICE }));
    verdict('contradicted', 'Trains will run every 20 minutes at peak times.', [['20 minutes', '15 minutes']]);
    verdict('supported', 'Trains will run every 15 minutes at peak times.');
    verdict('unsupported', 'The fastest journeys take 52 minutes.');
    verdict('supported', 'The fastest journeys will take 47 minutes.');
    // A claim that gives the level left as left is stated by it.
    verdict('supported', 'Journey times will fall from 52 minutes to 47 minutes.');
  });

  test('the notice\'s other figures', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'timetable.md': NOTICE }));
    verdict('contradicted', 'Northern will run 210 extra trains a week.', [['210', '120']]);
    verdict('contradicted', 'The last train will leave Manchester at 23:10.', [['23:10', '23:40']]);
    verdict('contradicted', 'The last train from Manchester will leave half an hour earlier.', [['earlier', 'later']]);
  });
});
