/**
 * Words a newsroom uses for one another that the word vectors keep apart: "donated" for "given" to an appeal,
 * "unveiled" for "launched", "axed" for "scrapped". The sources are written for these tests.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const APPEAL = `St Cuthbert's Hospice appeal reaches £2.3m

More than 4,000 people have given to the appeal since it was launched in March, the hospice said.

The council has scrapped plans for a second car park at the site. The firm launched its first electric van in May.
`;

describe('words for one another, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"donated" / "given", "axed" / "scrapped", "unveiled" / "launched"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'appeal.txt': APPEAL }));
    verdict('supported', 'More than 4,000 people have donated to the appeal.');
    verdict('contradicted', 'More than 4,000 people have not donated to the appeal.');
    verdict('supported', 'The council has axed plans for a second car park at the site.');
    verdict('supported', 'The firm unveiled its first electric van in May.');
    verdict('contradicted', 'The firm unveiled its first electric van in June.', [['June', 'May']]);
  });
});
