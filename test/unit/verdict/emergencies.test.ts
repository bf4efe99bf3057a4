/**
 * A fire service's incident report and a health agency's outbreak notice against a writer's draft: the cases found by
 * checking such drafts by hand. Both are written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument, why } from './sources';
import { withProductWordVectors } from './productVectors';

const FIRE = `Crews tackle warehouse fire in Trafford Park

Eight fire engines and around 50 firefighters were called to a fire at a warehouse on Ashburton Road West, Trafford Park, at 03:12 on Sunday 29 November.

The single-storey building, which stores paper and cardboard, was about 40 metres by 30 metres. Around half of the roof collapsed.

Residents nearby were advised to keep windows and doors closed because of the smoke. Ashburton Road West will remain closed until Tuesday.
`;

const OUTBREAK = `Measles cases rise in the West Midlands

Most cases (73%) are in children under 10. Twelve children have been admitted to hospital. There have been no deaths.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('brigade.txt', FIRE), makeDocument('ukhsa.txt', OUTBREAK)]));

describe('a fire and an outbreak, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a word whose opposite the evidence has is not said by it in other words: "has reopened" / "will remain closed"', () => {
    // Was supported: word vectors put "reopened" next to "closed".
    const r = verdict('unsupported', 'Ashburton Road West has reopened.');
    assert.deepEqual(r.missing, ['reopened'], why(r));
    verdict('supported', 'Ashburton Road West will stay closed until Tuesday.');
  });

  test('a word with its opposite in the evidence, and a word of its own side too, is said in other words: "had risen by 0.5%" / "a rise of 0.5%"', () => {
    const cpi = expectVerdictWith(
      indexOf([
        makeDocument(
          'cpi.txt',
          'Consumer price inflation, UK: October 2026\n\nOn a monthly basis, CPI rose by 0.2% in October 2026, compared with a rise of 0.5% in October 2025.\n\nThe largest downward contribution came from transport, where prices fell by 1.2% in the year to October.\n',
        ),
      ]),
    );
    cpi('supported', 'A year earlier, prices had risen by 0.5% in October alone.');
  });

  test('the whole for a part: "The whole roof collapsed" / "Around half of the roof collapsed"', () => {
    verdict('contradicted', 'The whole roof collapsed.', [['whole', 'half']]);
    verdict('supported', 'About half of the roof collapsed.');
  });

  test('an event denied by a word of its kind: "two have died" / "There have been no deaths."', () => {
    verdict('contradicted', 'Twelve children have been admitted to hospital and two have died.', [['died', 'been no deaths']]);
    verdict('supported', 'Twelve children have been admitted to hospital.');
  });
});
