/**
 * The fifty-seventh round, second part: faithful sentences shown as errors in h830–h835 (written against 31c1964).
 * Millilitres are a unit ("per 100 millilitres" is the "cfu/100ml" of a table's header); what witnesses told officers,
 * in the police's own appeal, is what the police said; a denial of the rest of a whole ("The remaining 14 involved no
 * recorded injury") denies nothing of the parts the claim counts. The fixtures are written here, after h830 and
 * h834; every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';

const APPEAL = `MARRADALE CONSTABULARY
NEWS RELEASE
Issued: Monday 6 October 2025, 9.15am

APPEAL AFTER WOMAN KNOCKED DOWN BY CYCLIST ON TOWPATH

Police are appealing for witnesses after a 71-year-old woman was knocked down by a cyclist on the canal towpath at Lockside, Hembury, on Saturday morning (4 October).

The woman was walking towards the Mill Street bridge when she was struck at about 10.40am. She was taken to Hembury Royal Infirmary with a broken wrist.

Witnesses told officers the cyclist stopped briefly and then rode off along the towpath towards the Wharf Road car park. He was wearing a yellow jacket. PC Dylan Harrowby said: "We would like to hear from anyone who was on the towpath that morning."
`;

const REPORT = `# Hembury Borough Council: dog control consultation

## 5. Incidents

5.1 The council's dog wardens recorded 48 incidents in parks in 2024, up from 37 in 2023.

5.2 Of the 48 incidents recorded in 2024, 17 resulted in injury to a person and 11 in injury to another dog or animal. The remaining 20 involved no recorded injury.
`;

describe('millilitres, an appeal\'s relayed accounts and the rest of a whole, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"100 millilitres" is a quantity of 100 ml', () => {
    const [, per] = extractValues('above 500 colony-forming units per 100 millilitres');
    assert.equal(per.kind, 'quantity');
    assert.equal(per.unit, 'ml');
    assert.equal(extractValues('a 250 millilitre bottle')[0].unit, 'ml');
  });

  test('what witnesses told officers, in the police\'s own appeal, the police said', async () => {
    const files = { 'sources/police_appeal.txt': APPEAL };
    const police = await misattributions(files, 'Police said the cyclist stopped briefly and then rode off along the towpath towards the Wharf Road car park.');
    assert.deepEqual(police, []);
    // A person the appeal names is still not whom it gives the account to.
    const officer = await misattributions(files, 'PC Dylan Harrowby said the cyclist stopped briefly and then rode off along the towpath towards the Wharf Road car park.');
    assert.deepEqual(officer, ['In the source, this was said by Witnesses, not PC Dylan Harrowby']);
  });

  test('"The remaining 20 involved no recorded injury" denies no injury of the parts the claim counts', async () => {
    const council = judgeWith(await workspaceIndex({ 'sources/consultation_report.md': REPORT }));
    const faithful = council('Of the 48 incidents recorded in 2024, 17 left a person injured and 11 involved injury to another dog or animal.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    // The claim that counts the remainder as injuries is still told.
    const wrong = council('Of the 48 incidents recorded in 2024, 20 left a person injured and 11 involved injury to another dog or animal.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
  });
});
