/**
 * A school inspection report against a writer's draft: the cases found by checking such a draft by hand. The report
 * is written for these tests; the school is invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `Inspection report: Hollybank Primary School, Westbridge

Hollybank is a larger-than-average primary school with 412 pupils. About a quarter of pupils are eligible for free school meals, above the national average.

Pupils are polite and feel safe. They say that bullying is rare and that staff deal with it quickly.

Leaders have not ensured that the reading curriculum is taught consistently well in key stage 2.

The headteacher, Mrs Angela Moss, took up her post in September 2025. Governors have supported her work to improve attendance, which has risen this year but remains below the national average.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('report.txt', REPORT)]));

describe('a school inspection report, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"common" in the place of "rare"', () => {
    verdict('contradicted', 'Pupils say that bullying is common.', [['common', 'rare']]);
    verdict('supported', 'Pupils say that bullying is rare.');
  });

  test('the report\'s figures, dates, directions and denials', () => {
    verdict('contradicted', 'The school has 421 pupils.', [['421', '412']]);
    verdict('contradicted', 'About a third of pupils are eligible for free school meals.');
    verdict('contradicted', 'Headteacher Angela Moss took up her post in September 2024.');
    verdict('contradicted', 'Attendance has fallen this year and remains below the national average.', [['fallen', 'risen']]);
    verdict('contradicted', 'Leaders have ensured that the reading curriculum is taught consistently well in key stage 2.');
  });
});
