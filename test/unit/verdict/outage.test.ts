/**
 * A cloud outage: the engineering postmortem (Markdown, a timeline table) and the public status page (HTML). A post
 * with the company's name in the possessive ("Nimbusline's vice president of engineering" / "Vice President of
 * Engineering"; "Nimbusline's chief executive" / "Chief Executive Officer of Nimbusline") is the same post. The
 * sources are written for these tests (from a helper's draft); the company and people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const POSTMORTEM = `# Postmortem: Nimbusline Object Storage Outage of March 12, 2024

**Author:** Site Reliability Engineering, Nimbusline Cloud
**Status:** Final
**Published:** Monday, March 18, 2024

## Summary

On Tuesday, March 12, 2024, Nimbusline Object Storage returned errors for a large share of read and write requests in two regions, us-east-2 and eu-west-1. The disruption began at 14:02 UTC and ended at 16:09 UTC, lasting 2 hours and 7 minutes. The outage was triggered by a configuration change, designated CHG-4471, that lowered the connection limit of the metadata routing layer, known internally as Keystone, from 12,000 to 1,200 connections per node. The region ap-south-1 was not affected.

## Impact

- **Duration:** 2 hours and 7 minutes (14:02 to 16:09 UTC).
- **Regions:** us-east-2 and eu-west-1. No other region was affected.
- **Failed requests:** At the peak, 38% of object storage requests in us-east-2 failed. Across the whole incident, 21% of requests in the two affected regions returned an error.
- **Customers:** 4,310 customers experienced at least one failed request, of whom 612 were enterprise accounts.
- **Data:** No customer data was lost or corrupted.

This was our longest storage outage since the 41-minute disruption of August 2022, and roughly three times as long.

## Timeline (all times UTC, March 12, 2024)

| Time  | Event |
|-------|-------|
| 13:55 | CHG-4471 is deployed to us-east-2 by the automated rollout pipeline. |
| 14:02 | Error rates in us-east-2 begin to rise; first customer-facing failures. |
| 14:06 | CHG-4471 reaches eu-west-1. |
| 14:11 | Automated alerting pages the on-call storage engineer, Priya Raman. |
| 14:24 | An incident is declared at severity 1 and Dmitri Okafor is named incident commander. |
| 14:49 | Engineers identify the Keystone connection limit as the cause. |
| 15:03 | Rollback of CHG-4471 begins in us-east-2. |
| 15:31 | Rollback completes in us-east-2; error rates start to fall. |
| 15:40 | Rollback completes in eu-west-1. |
| 16:09 | Error rates return to baseline in both regions; incident resolved. |

Detection took 9 minutes from the first failures to the first page. The cause was identified 47 minutes after the first failures.

## Root cause

CHG-4471 was intended to reduce the connection limit of Keystone, the metadata routing layer, in a single test cluster. A templating error applied the new value to the production configuration of every Keystone node in us-east-2 and eu-west-1. With the limit cut to 1,200 connections per node, Keystone began rejecting metadata lookups, and every object request that depends on a lookup failed.

The change passed code review, but the review did not show the rendered production values. Our canary stage ran for only 4 minutes, too short to reach peak traffic, so the error was not caught before rollout.

A retry storm from client libraries made recovery slower. Clients retried failed requests up to five times, which roughly tripled the load on Keystone during the rollback.

## Remediation

| Item | Owner | Target date |
|------|-------|-------------|
| Show rendered production values in every configuration review | Lena Hoffmann, Developer Tooling | April 5, 2024 |
| Extend the canary stage from 4 minutes to 30 minutes | Marcus Bell, Release Engineering | April 19, 2024 |
| Add a hard floor on the Keystone connection limit | Priya Raman, Storage | March 29, 2024 |
| Add jittered backoff to the client retry logic | Aiko Tanaka, SDK Team | May 10, 2024 |

The rollout pipeline will also block any change that reaches a second region less than 60 minutes after the first.

## Statement

"We shipped a change that should never have left a test cluster, and our safeguards did not stop it," said Rafael Duarte, Vice President of Engineering. "Every remediation item on this list has a named owner and a date, and we will publish our progress."

Nimbusline will publish an update on the remediation items by Friday, May 31, 2024.
`;

const STATUS = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Nimbusline Status - Incident History</title>
</head>
<body>
<h1>Nimbusline Cloud Status</h1>
<h2>Elevated error rates for Object Storage in us-east-2 and eu-west-1</h2>
<p>Incident date: Tuesday, March 12, 2024. All times are in UTC.</p>

<h3>Affected services</h3>
<ul>
<li>Object Storage</li>
<li>Static Website Hosting</li>
<li>Backup Vault</li>
<li>Container Image Registry</li>
</ul>
<p>Compute, Managed Databases and DNS were not affected.</p>

<h3>Updates</h3>

<div class="update">
<p><strong>Investigating</strong> - March 12, 14:31 UTC</p>
<p>We are investigating elevated error rates for Object Storage in the us-east-2 region. Some customers may be unable to upload or download objects. We will provide an update within 30 minutes.</p>
</div>

<div class="update">
<p><strong>Investigating</strong> - March 12, 14:44 UTC</p>
<p>We have confirmed that the eu-west-1 region is also affected. Static Website Hosting and Backup Vault in both regions are returning errors because they depend on Object Storage.</p>
</div>

<div class="update">
<p><strong>Identified</strong> - March 12, 15:02 UTC</p>
<p>We have identified the cause as a configuration change to an internal routing component. We are rolling the change back, starting with us-east-2. The Container Image Registry is also affected.</p>
</div>

<div class="update">
<p><strong>Monitoring</strong> - March 12, 15:45 UTC</p>
<p>The rollback has completed in both regions, and error rates are falling. Some requests may still fail while clients retry. We are monitoring the recovery.</p>
</div>

<div class="update">
<p><strong>Monitoring</strong> - March 12, 15:58 UTC</p>
<p>The Container Image Registry has fully recovered in both regions. Backup Vault jobs that failed during the incident will be retried automatically overnight, and customers do not need to restart them. Static Website Hosting is still serving a small number of errors in eu-west-1.</p>
</div>

<div class="update">
<p><strong>Resolved</strong> - March 12, 16:20 UTC</p>
<p>This incident has been resolved. Error rates returned to normal levels at 16:09 UTC. Between 14:02 and 16:09 UTC, about one in five requests to Object Storage in us-east-2 and eu-west-1 failed. In total, 4,310 customers were affected. No data was lost.</p>
<p>Customers whose workloads were affected will receive a service credit of 15% of their monthly Object Storage fees for March. Credits will be applied automatically to April invoices, and no request is needed. Enterprise customers with a premium support plan will receive a credit of 25%.</p>
<p>"I am sorry. Our customers trust us with their data every day, and on Tuesday we let them down," said Hannah Cole, Chief Executive Officer of Nimbusline. "We owe you a full account of what went wrong, and you will have it within a week."</p>
<p>A full postmortem will be published by Tuesday, March 19, 2024.</p>
<p>The first public update on this page was posted 29 minutes after customers began to see errors. We know that was too slow, and we are changing our process so that the first notice is posted within 10 minutes of a confirmed customer impact.</p>
</div>

<div class="update">
<p><strong>Postmortem</strong> - March 18, 10:00 UTC</p>
<p>The full postmortem for this incident is now available. It was published one day ahead of the date we committed to.</p>
</div>

<p>Subscribe to updates by email or RSS. Our status page is hosted independently of our own infrastructure.</p>
</body>
</html>
`;

const files = { 'postmortem.md': POSTMORTEM, 'status-page.html': STATUS };

describe('a cloud outage: posts with the company in the possessive, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Nimbusline\'s vice president of engineering" and "Nimbusline\'s chief executive" are the sources\' posts', async () => {
    const report = await checkAgainst(
      files,
      '# Outage\n\n"We shipped a change that should never have left a test cluster, and our safeguards did not stop it," said Rafael Duarte, Nimbusline\'s vice president of engineering.\n\n"I am sorry," said Hannah Cole, Nimbusline\'s chief executive.\n\nHannah Cole, Nimbusline\'s chief executive, said the company let its customers down on Tuesday.\n',
    );
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => f.message);
    assert.deepEqual(errors, []);
    // Another post for the same person still is one.
    const wrong = await checkAgainst(files, '# Outage\n\nHannah Cole, Nimbusline\'s chief operating officer, said the company let its customers down on Tuesday.\n');
    assert.ok(wrong.claims[0].verdict !== 'supported', wrong.claims[0].verdict);
  });
});
