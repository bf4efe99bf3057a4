/**
 * A university league table (Markdown, with a standing's columns), a council budget and an energy price cap against
 * a writer's draft: the cases found by checking such drafts by hand. All are written for these tests.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RANKINGS = `# University league table 2027

Northbridge has climbed five places to 12th in this year's national university league table, its highest ever position. Eastford remains top for the third year in a row, ahead of Kingsmoor in second.

| Rank | University | Last year | Student satisfaction (%) | Graduate prospects (%) |
|---|---|---|---|---|
| 1 | Eastford | 1 | 88.1 | 91.2 |
| 2 | Kingsmoor | 3 | 86.4 | 90.8 |
| 3 | St Aldwyn | 2 | 85.9 | 89.5 |
| 12 | Northbridge | 17 | 84.2 | 83.1 |

Student satisfaction at Northbridge rose to 84.2%, the biggest increase of any university.
`;

const BUDGET = `Westvale Council budget 2027/28 agreed

Westvale Council has agreed a budget of £312.4m for 2027/28, including a council tax rise of 4.99%, the maximum allowed without a referendum.

Councillors voted 38 to 21 in favour of the budget, with two abstentions.
`;

const CAP = `Energy price cap to rise by 2% in January

The increase is driven by higher wholesale gas prices and the cost of upgrading the electricity network. Standing charges for electricity will rise to 56p a day, while those for gas will fall slightly to 31p a day.
`;

async function judge() {
  return expectVerdictWith(await workspaceIndex({ 'rankings.md': RANKINGS, 'budget.txt': BUDGET, 'ofgem.txt': CAP }));
}

describe('a league table, a budget and a price cap, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a row\'s column gives the figure though a sentence gives it for the row\'s other column: "Graduate prospects at Northbridge are 84.2%"', async () => {
    const verdict = await judge();
    // Was supported by "Student satisfaction at Northbridge rose to 84.2%" (a sentence with the row's name and the
    // figure was taken for the table's update, whatever column it spoke of).
    verdict('contradicted', 'Graduate prospects at Northbridge are 84.2%.', [['84.2%', 'Graduate prospects (%): 83.1']]);
    verdict('supported', 'Student satisfaction at Northbridge is 84.2%.');
  });

  test('a standing\'s "Last year" column holds places: "Northbridge was 17th last year" is no contradiction by its 12th of now', async () => {
    const verdict = await judge();
    // Was contradicted, "12th, not 17th": the column's 17 was no place.
    verdict('supported', 'Northbridge was 17th last year.');
    verdict('contradicted', 'St Aldwyn is ranked second.', [['second', 'Rank: 3']]);
  });

  test('a split vote in words: "approved unanimously" / "Councillors voted 38 to 21"', async () => {
    const verdict = await judge();
    verdict('contradicted', 'The budget was approved unanimously.', [['unanimously', 'voted 38 to 21']]);
    verdict('supported', 'The budget was approved by 38 votes to 21.');
  });

  test('an adverb between a direction word and its figure: "rise to 31p" / "will fall slightly to 31p"', async () => {
    const verdict = await judge();
    verdict('contradicted', 'Gas standing charges will rise to 31p a day.', [['rise', 'fall']]);
    verdict('supported', 'Gas standing charges will fall to 31p a day.');
  });
});
