/**
 * A takeover announcement against a writer's draft: the cases found by checking such a draft by hand. The
 * announcement is written for these tests; the companies are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `Harlow Foods agrees £640m takeover by Bellmont Capital

Harlow Foods plc has agreed to be bought by the private equity firm Bellmont Capital for 215p a share in cash, valuing the company at about £640m.

Harlow's board has unanimously recommended the offer to shareholders. Shareholders holding 27% of the shares have already pledged to accept it.

Bellmont said it would keep Harlow's headquarters in Leeds and had no plans to close any of its six factories.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('release.txt', RELEASE)]));

describe('a takeover announcement, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a figure with two digits swapped in a sentence that says it in other words: "pay 251p a share" / "bought … for 215p a share"', () => {
    verdict('contradicted', 'Bellmont will pay 251p a share in cash.', [['251p', '215p']]);
    verdict('supported', 'Bellmont will pay 215p a share in cash.');
    verdict('contradicted', "Harlow's board has recommended the offer, and shareholders owning 72% of the shares have pledged to accept it.", [['72%', '27%']]);
  });

  test('"move" in the place of "keep": "would move Harlow\'s headquarters from Leeds" / "would keep Harlow\'s headquarters in Leeds"', () => {
    verdict('contradicted', "Bellmont said it would move Harlow's headquarters from Leeds.", [['move', 'keep']]);
    verdict('supported', "Bellmont said it would keep Harlow's headquarters in Leeds.");
  });

  test('a denial and a unanimous recommendation', () => {
    verdict('contradicted', "Bellmont plans to close two of Harlow's six factories.");
    verdict('contradicted', "The board's recommendation was not unanimous.");
  });
});
