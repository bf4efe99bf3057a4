/**
 * An employment tribunal's judgment against a writer's draft: an award made up of parts, each figure under its own
 * label ("a basic award of £9,120, a compensatory award of £26,830 and £2,500 for notice pay"); claims upheld and
 * dismissed; the judge by title and surname; "before" and "after" of other things. The judgment is
 * written for these tests; the parties are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const JUDGMENT = `Warehouse supervisor wins unfair dismissal claim against Kestrel Logistics

A former warehouse supervisor has been awarded £38,450 after an employment tribunal found she was unfairly dismissed by a Midlands distribution firm.

Priya Malhotra, 44, worked for Kestrel Logistics Ltd at its Coventry depot for eleven years before she was sacked on 14 March 2023. The hearing ended before the judge's lunch break.

Sitting in Birmingham, Employment Judge Rebecca Thornbury ruled that the disciplinary process had been "fundamentally flawed". The judge found that the investigating manager, Gareth Pugh, had already decided the outcome before the hearing took place.

The tribunal upheld her claims of unfair dismissal and wrongful dismissal. However, it dismissed her claim of sex discrimination, finding no evidence that a male supervisor would have been treated differently.

The award is made up of a basic award of £9,120, a compensatory award of £26,830 and £2,500 for notice pay. The judge reduced the compensatory award by 15 per cent because Ms Malhotra had contributed to her dismissal.
`;

describe('a tribunal\'s award, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"before" and "after" of other things are no opposites: "sacked after eleven years" / "for eleven years before she was sacked"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'judgment.txt': JUDGMENT }));
    verdict('supported', 'Kestrel Logistics sacked Ms Malhotra in March 2023 after eleven years at its Coventry depot.');
    verdict('supported', 'Malhotra was sacked after eleven years with the company.');
    verdict('contradicted', 'The hearing ended after the judge\'s lunch break.', [['after', 'before']]);
  });

  test('a finding on a claim: "upheld her claim of sex discrimination" / "However, it dismissed her claim of sex discrimination"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'judgment.txt': JUDGMENT }));
    verdict('contradicted', 'The tribunal upheld her claim of sex discrimination.', [['upheld', 'dismissed']]);
    verdict('contradicted', 'The tribunal dismissed her claim of wrongful dismissal.', [['dismissed', 'upheld']]);
    verdict('supported', 'The tribunal dismissed her claim of sex discrimination.');
    verdict('supported', 'The tribunal upheld her claim of unfair dismissal.');
  });

  test('another post in apposition: "Gareth Pugh, the company\'s managing director," / "the investigating manager, Gareth Pugh,"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'judgment.txt': JUDGMENT }));
    verdict('contradicted', 'Gareth Pugh, the company\'s managing director, had already decided the outcome before the hearing.', [['company\'s managing director', 'investigating manager']]);
    verdict('supported', 'Gareth Pugh, the investigating manager, had already decided the outcome before the hearing.');
  });

  test('a title of office before the surname: "Judge Thornbury" / "Employment Judge Rebecca Thornbury"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'judgment.txt': JUDGMENT }));
    verdict('supported', 'Judge Thornbury said the disciplinary process was fundamentally flawed.');
    verdict('contradicted', 'Judge Smith said the disciplinary process was fundamentally flawed.');
  });

  test('a part of the award under another part\'s label: "The basic award was £26,830" / "a basic award of £9,120, a compensatory award of £26,830"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'judgment.txt': JUDGMENT }));
    verdict('contradicted', 'The basic award was £26,830.', [['£26,830', '£9,120']]);
    verdict('contradicted', 'The compensatory award was £9,120.', [['£9,120', '£26,830']]);
    verdict('supported', 'The basic award was £9,120.');
    verdict('supported', 'The compensatory award was £26,830.');
    verdict('supported', 'She was awarded £38,450.');
  });
});
