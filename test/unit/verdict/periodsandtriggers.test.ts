/**
 * The fifty-seventh round, eighth part: faithful sentences shown as errors in h860–h865 (written against 587235d). A
 * period the claim works out from two dates of a passage that gives its other figure ("in six months, to 12,922" /
 * "from 9,174 at 31 March 2025 to 12,922 at 30 September 2025") has no rival in another source's "five working days";
 * the state before a change ("Previously, SWEP was activated … at or below 0°C") is no rival of a claim of the new
 * one. The fixtures are written here, after h861 and h865; every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

const REPORT = `# Calderwick County Council: highways committee

## 2. Performance

2.1 The network has been under sustained pressure throughout the first half of the year. Key points:

- **11,042** defects were reported between 1 April and 30 September 2025.
- **8,310** defects were repaired over the same six months.
- The number of outstanding (unrepaired) defects rose from **7,820** at 31 March 2025 to **10,552** at 30 September 2025, an increase of 2,732, or 34.9 per cent.
`;

const RELEASE = `<html><body>
<h1>Cyclists call for five-day pothole pledge</h1>
<p>Spokes Calderwick today called on Calderwick County Council to commit to repairing potholes on designated cycle routes within five working days, after figures presented to councillors showed the county's backlog of unrepaired road defects has grown by more than a third since April to more than 10,500.</p>
</body></html>
`;

const STRATEGY = `# Ashbury City Council: homelessness strategy update

5.4 **Severe Weather Emergency Protocol (SWEP).** The trigger for SWEP will change. Previously, SWEP was activated when temperatures were forecast to be at or below 0°C for three consecutive nights. From 1 December 2025 it will be activated on any single night forecast to be at or below 2°C. When SWEP is active, a further 12 spaces will be opened at the Wharf Street day centre.
`;

describe('periods between dates and triggers before a change, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"in six months" is the span between the report\'s two dates, no rival of "five working days"', async () => {
    const council = judgeWith(await workspaceIndex({ 'sources/highways_report.md': REPORT, 'sources/spokes_release.html': RELEASE }));
    const faithful = council('The number of unrepaired potholes and other road defects in Calderwick has risen by almost 35 per cent in six months, to 10,552, according to a report to county councillors.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = council('The number of unrepaired potholes and other road defects in Calderwick has risen by almost 35 per cent in nine months, to 10,552, according to a report to county councillors.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('"will now come into force … at or below 2C" has no rival in the trigger before the change', async () => {
    const city = judgeWith(await workspaceIndex({ 'sources/strategy_update.md': STRATEGY }));
    const faithful = city('The council has also changed the trigger for its severe weather emergency protocol, which will now come into force on any single night forecast to be at or below 2C.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });
});
