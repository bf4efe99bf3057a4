/**
 * A listed company's statement that its chief executive will step down, against a writer's draft: a successor's
 * title between the same words ("the chief operating officer" / "currently Chief Financial Officer"). The statement
 * is written for these tests; the company and its people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const STATEMENT = `Marlow Retail plc: Chief Executive to step down

2 December 2026

Marlow Retail plc announces that Helen Okoro will step down as Chief Executive at the end of March 2027, after seven years in the role. She will remain with the company as an adviser until September 2027.

The board has appointed Daniel Frost, currently Chief Financial Officer, as Chief Executive with effect from 1 April 2027. A search for a new Chief Financial Officer has begun.

Under Ms Okoro's leadership, the group's revenue grew from £1.2bn to £1.9bn and the number of stores rose from 310 to 420.

Ms Okoro said she had decided to step down to spend more time with her family. She will not receive a bonus for the current financial year.

Shares in Marlow fell 3% in early trading.
`;

describe('a chief executive steps down, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('one chief for another: "the chief operating officer" / "currently Chief Financial Officer"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'statement.txt': STATEMENT }));
    verdict('contradicted', 'Daniel Frost, the chief operating officer, will replace her.', [['operating', 'Financial']]);
    verdict('contradicted', 'Frost is currently chief operating officer.', [['operating', 'Financial']]);
    verdict('supported', 'Daniel Frost, the chief financial officer, will replace her.');
    verdict('supported', 'Daniel Frost will become chief executive.');
  });

  test('the rest of the statement: a tenure, figures, a denial, a direction', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'statement.txt': STATEMENT }));
    verdict('supported', 'Helen Okoro will step down as chief executive at the end of March.');
    verdict('contradicted', 'Helen Okoro will step down after eight years in the role.', [['eight years', 'seven years']]);
    verdict('contradicted', 'Revenue grew from £1.2bn to £2.1bn under Okoro.', [['£2.1bn', '£1.9bn']]);
    verdict('contradicted', 'The number of stores rose from 310 to 240.', [['240', '420']]);
    verdict('contradicted', 'Okoro will receive a bonus for the current financial year.');
    verdict('contradicted', 'Shares in Marlow rose 3% in early trading.', [['rose', 'fell']]);
    verdict('supported', 'Okoro said she was stepping down to spend more time with her family.');
  });
});
