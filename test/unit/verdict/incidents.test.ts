/**
 * A bank's incident report (Markdown, with a list) against a writer's draft: a duration the report gives as a span
 * of times of day. The report is written for these tests; the bank and the outage are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# Incident report: payments outage, 4 November 2026

## Summary

Between 09:12 and 13:47 GMT on Wednesday 4 November, card payments failed for about 38% of customers of Northgate Bank. Online banking and the mobile app were unavailable for 2 hours 15 minutes of that period.

## Impact

- About 1.2 million card transactions were declined.
- No customer data was lost or exposed.
`;

describe('an incident report, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a duration given as a span of times of day: "for more than four hours" / "Between 09:12 and 13:47"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'incident.md': REPORT }));
    verdict('supported', 'Card payments failed for more than four hours on Wednesday.');
    verdict('supported', 'Card payments failed for about four and a half hours.');
    verdict('unsupported', 'Card payments failed for six hours.');
  });

  test('the report\'s figures and denials', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'incident.md': REPORT }));
    verdict('contradicted', 'Card payments failed for about 83% of customers.', [['83%', '38%']]);
    verdict('contradicted', 'The app was unavailable for three hours.', [['three hours', '2 hours 15 minutes']]);
    verdict('contradicted', 'Some customer data was exposed.');
  });
});
