/**
 * A government's minimum wage announcement (with a table of rates by age band), against a writer's draft: a sum
 * for another period ("£1,400 a week" / "£1,400 a year"), a bound written after its figure ("aged 21 and over",
 * "18 or older"), against the claim's other bound ("aged under 21"); a quotation "she said" after a sentence about its
 * speaker, denied by the claim.
 * The announcement is written for these tests (from a helper's draft); the figures are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractValues, valueAgrees } from '../../../server/src/core/verdict/values';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const ANNOUNCEMENT = `# Press release: National Living Wage to rise to £12.21 an hour from April

**Department for Business and Trade — For immediate release, 27 November 2024**

The National Living Wage will increase by 6.7% to £12.21 an hour from 1 April 2025, the government announced today, giving a pay rise to around 3.1 million of the lowest-paid workers across the United Kingdom.

The increase, which accepts in full the recommendations of the independent Low Pay Commission, means a full-time worker on the National Living Wage will see their gross annual earnings rise by £1,400. The National Living Wage applies to workers aged 21 and over.

Younger workers will also benefit. The minimum wage for 18 to 20-year-olds will rise by 16.3% to £10.00 an hour, the largest ever increase for that age band in cash terms, as the government moves towards a single adult rate. A full-time worker aged 18 to 20 will gain £2,500 a year.

## New hourly rates

The new rates, which take effect on 1 April 2025, are set out below.

| Age band / rate | Current rate (from April 2024) | New rate (from April 2025) | Increase (pence) | Increase (%) |
|---|---|---|---|---|
| National Living Wage (21 and over) | £11.44 | £12.21 | 77p | 6.7% |
| 18 to 20 year olds | £8.60 | £10.00 | 140p | 16.3% |
| 16 to 17 year olds | £6.40 | £7.55 | 115p | 18.0% |
| Apprentice rate | £6.40 | £7.55 | 115p | 18.0% |
| Accommodation offset (per day) | £9.99 | £10.66 | 67p | 6.7% |

The apprentice rate applies to apprentices aged under 19, and to apprentices aged 19 or over who are in the first year of their apprenticeship.

## Who benefits

Around 3.1 million workers are expected to benefit directly from the increases. Of these, the Low Pay Commission estimates that roughly 2.7 million are paid at or near the National Living Wage, with the remainder on the youth and apprentice rates.

The sectors with the highest concentration of minimum wage workers are retail, hospitality, cleaning and social care. Women make up around 60% of workers on the National Living Wage, and part-time workers are heavily represented.

The government said the increase would maintain the National Living Wage at two-thirds of median hourly earnings, the target it set in 2019 and met for the first time in 2024.

## Enforcement

Employers who fail to pay the correct rate can be named publicly and fined up to 200% of the arrears owed to workers. Last year HM Revenue and Customs identified £16 million in unpaid wages owed to more than 172,000 workers.

The government will also launch a public awareness campaign in March 2025 reminding workers to check their payslips once the new rates come into force.

## Minister's statement

Business and Trade Secretary Jonathan Reynolds said:

> "Today we are giving a well-deserved pay rise to more than three million workers. A full-time worker on the National Living Wage will be £1,400 a year better off, and younger workers will see the biggest increase in a generation.
>
> "Making work pay is at the heart of our plan for change. We have listened carefully to businesses and to the Low Pay Commission, and we believe this is a fair settlement that rewards hard work while keeping people in jobs."

Chancellor Rachel Reeves said the increase was "a down payment on our promise to make sure every worker earns a genuine living wage".

## Low Pay Commission

Baroness Philippa Stroud, Chair of the Low Pay Commission, said the commission had consulted widely with employers and unions before making its recommendations. "The labour market has cooled, but pay growth remains robust, and we are confident these increases can be absorbed without significant job losses," she said.

The commission's remit for 2025 asked it to take account of the cost of living as well as the effect of the increases on employment and business competitiveness.

## Notes to editors

1. The National Living Wage was introduced in April 2016 at £7.20 an hour for workers aged 25 and over. The age threshold was lowered to 23 in April 2021 and to 21 in April 2024.
2. A full-time worker is assumed to work 35 hours a week.
3. The government will publish the Low Pay Commission's full report alongside this announcement.
4. The new rates will be laid before Parliament in secondary legislation in early 2025.
`;

describe('a minimum wage announcement, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a sum a week is not the same sum a year', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'announcement.md': ANNOUNCEMENT }));
    verdict('supported', 'A full-time worker on the National Living Wage will be £1,400 a year better off.');
    verdict('contradicted', 'A full-time worker on the National Living Wage will be £1,400 a week better off.', [['£1,400 a week', '£1,400 a year']]);
  });

  test('"aged 21 and over" is a bound: not "aged under 21"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'announcement.md': ANNOUNCEMENT }));
    verdict('supported', 'The National Living Wage applies to workers aged 21 or over.');
    verdict('supported', 'The National Living Wage applies to workers aged over 21.');
    verdict('contradicted', 'The National Living Wage applies to workers aged under 21.', [['under 21', '21 and over']]);
  });

  test('a bound after a figure is read as one, and only as one', () => {
    const bounds = (text: string) => extractValues(text).map((v) => [v.text, v.bound ?? null]);
    assert.deepEqual(bounds('3,000 people aged 18 or older are expected to go'), [['3,000 people', null], ['18', 'atLeast']]);
    assert.deepEqual(bounds('children aged 5 and under'), [['5', 'atMost']]);
    assert.deepEqual(bounds('firms with 250 staff or more'), [['250', 'atLeast']]);
    // Not "over" of what follows: "30 and over the weekend", "more than": "rose 5% and more than doubled".
    assert.deepEqual(bounds('30 and over the weekend'), [['30', null]]);
  });

  test('a quotation "she said" after a sentence about Baroness Stroud is hers: a denial of it contradicts', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'announcement.md': ANNOUNCEMENT }));
    verdict('supported', 'Baroness Stroud said the increases could be absorbed without significant job losses.');
    verdict('contradicted', 'Baroness Stroud said the increases could not be absorbed without significant job losses.', [['could not be absorbed without significant job losses', 'can be absorbed without']]);
  });

  test('a number that names something ("Article 2.1") states no length of time', () => {
    const [years] = extractValues('was banned for two years');
    const article = extractValues('a violation under Article 2.1 of the rules').find((v) => v.text === '2.1')!;
    assert.equal(valueAgrees(years, article), false);
    assert.equal(valueAgrees(years, extractValues('for 2 years')[0]), true);
  });
});
