/**
 * The thirty-fourth round, second part: the new drafts' false alarms (a passage paired for one word that denies it in
 * another sense, a bare "and we did not" after what should have been done, a body's post named in the possessive)
 * and misses (posts in a log's labels, two posts run together, a skipper in brackets; a change between levels named
 * in words; a figure given only in a role far from the claim's beside a rival in a like one; a name only a venue's
 * line gives). The sources are written for these tests from the helpers' drafts; the people, bodies and places are
 * invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { officeHolders } from '../../../server/src/core/verdict/offices';
import { expectVerdictWith, workspaceIndex } from './sources';

const NOTICE = `ENERGY MARKETS AUTHORITY
Decision notice EMA-ENF-2024-0187

2.2  Over the weekend of 26 and 27 February 2022, Brightwater moved all of
     its customer accounts on to a new billing platform, known as
     "Meridian", supplied under contract by Kestrel Data Systems Ltd.

5.3  Dr Helen Ashcombe, Director of Enforcement at the Authority, said:
     "Some customers were landed with bills for energy used well over a
     year earlier. This penalty should leave no supplier in any doubt that
     billing failures have consequences."

5.4  Graham Tulloch, Chief Executive of the Authority, said: "Customers
     should not have to fight to get back money they were wrongly charged."
`;

const STATEMENT = `<html><body>
<h2>A message from our Chief Executive, Fiona Carradine</h2>
<p>We got this wrong, and I am sorry.</p>
<p>Peter Oakenfold, Chair of the Brightwater Board, said: &ldquo;The board should have acted faster when we were first told about this problem, and we did not. That is a lesson we have taken to heart.&rdquo;</p>
</body></html>`;

const LOG = `CARRWAY HIGHWAYS - REGIONAL OPERATIONS CENTRE
INCIDENT LOG CWH-INC-25-031107

12:40  Reverse release of trapped vehicles complete. No further collisions.

STATEMENTS

Gareth Hollins, Traffic Officer Service Manager (on scene 06:30-15:10):
"The reverse release was carried out safely and without a single further
collision. My officers were outstanding."

Simon Achterberg, Regional Operations Director, Carrway Highways:
"We reopened the carriageway as soon as it was safe to do so."
`;

const SURVEY = `CMA-DSR-2025-04: DIVE SURVEY REPORT, WRECK SITE CB-07

Dive Supervisor:  Owen Marchetti

2.3  Surface support vessel: RV SABRINA GALE (skipper: Carys Lendrum).

8. DIVE SUPERVISOR'S REMARKS

"Conditions on CB-07 are demanding: the tide gives us a usable slack window
of about 50 minutes, and we lost nearly a quarter of our planned days to
weather."
`;

const CABINET = `ASHMERE CITY REGION COMBINED AUTHORITY
CABINET REPORT CAB-25-031

4.1 Three things have delayed the opening.

(ii)  Lanthorn Street viaduct. Inspection in May 2023 found that the 1870s
      masonry viaduct needed more extensive strengthening than assumed,
      including the rebuilding of 14 of its 22 arch spandrels. This added
      11 weeks.

(iii) Systems supply. Delivery of overhead line equipment from the supplier
      was delayed by nine weeks during 2024.

7.2 The scheme's benefit-cost ratio falls from 2.3 to 1.8, moving the scheme from
"high" to "medium" value for money under Department for Transport guidance.
`;

const BOARD = `WEALDMOOR AND ASHCOMBE HOSPITALS NHS FOUNDATION TRUST
Board of Directors
Boardroom, Trust Headquarters, Ashcombe General Hospital, Mill Lane, Ashcombe AC4 7RT

1. THE INCIDENT

1.1 At 03:42 on Tuesday 14 October 2025, the Trust's out-of-hours security
    monitoring service, provided under contract by Corvane Security Ltd,
    raised an alert for abnormal encryption activity on two file servers
    at the Wealdmoor Royal Infirmary data centre.
`;

describe('the new drafts\' false alarms', () => {
  test('a passage paired for one word that denies it in another sense', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'notice.txt': NOTICE }));
    // Was contradicted: "The source says the opposite: “leave no supplier in any”".
    verdict('supported', 'The supplier moved its accounts on to a new billing system, known as Meridian, over the weekend of 26 and 27 February 2022.');
  });

  test('"and we did not" after what should have been done', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'statement.html': STATEMENT }));
    // Was contradicted: "The source says the opposite: “did not”".
    verdict('supported', 'Brightwater\'s chair, Peter Oakenfold, admitted that the board "should have acted faster" when it was first told about the problem.');
  });

  test("a body's post named in the possessive is that body's", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'notice.txt': NOTICE, 'statement.html': STATEMENT }));
    // Was contradicted: "The source gives Fiona Carradine, not Graham Tulloch" (Brightwater's chief executive).
    verdict('supported', '"Customers should not have to fight to get back money they were wrongly charged," said Graham Tulloch, the Authority\'s chief executive.');
    // The post is what is wrong, and the note says whose it is (was "Fiona Carradine, not Dr Helen Ashcombe").
    const r = verdict('contradicted', 'Dr Helen Ashcombe, the Authority\'s chief executive, said the penalty "should leave no supplier in any doubt that billing failures have consequences".', [
      ['chief executive', 'Director of Enforcement'],
    ]);
    assert.match(r.conflicts[0].note ?? '', /Dr Helen Ashcombe as the Director of Enforcement/);
  });
});

describe('posts', () => {
  test("a log's labels, two posts run together and a skipper in brackets", () => {
    const read = (text: string) => officeHolders(text).map((o) => [o.office, o.person]);
    assert.deepEqual(read('Dive Supervisor:  Owen Marchetti'), [['dive supervisor', 'Owen Marchetti']]);
    assert.deepEqual(read('2.3  Surface support vessel: RV SABRINA GALE (skipper: Carys Lendrum).'), [['skipper', 'Carys Lendrum']]);
    assert.deepEqual(read('Gareth Hollins, Traffic Officer Service Manager (on scene 06:30-15:10):'), [['traffic officer service manager', 'Gareth Hollins']]);
    assert.deepEqual(read("Gareth Hollins, Carrway's regional operations director, said it was safe."), [['regional operations director', 'Gareth Hollins']]);
  });

  test('a post given to the wrong person is contradicted', async () => {
    const log = expectVerdictWith(await workspaceIndex({ 'log.txt': LOG }));
    log('contradicted', 'Gareth Hollins, Carrway\'s regional operations director, said the reverse release "was carried out safely and without a single further collision".', [
      ["Carrway's regional operations director", 'Traffic Officer Service Manager'],
    ]);
    const survey = expectVerdictWith(await workspaceIndex({ 'survey.txt': SURVEY }));
    survey('contradicted', "Carys Lendrum, the project's dive supervisor, said the tide gave divers a usable slack window of about 50 minutes.", [['Carys Lendrum', 'Owen Marchetti']]);
    // (The right speaker and post: no contradiction; "the project's" and "gave divers" are the draft's own words.)
    survey('unsupported', "Owen Marchetti, the project's dive supervisor, said the tide gave divers a usable slack window of about 50 minutes.");
  });
});

describe('levels and roles', () => {
  test('a change between levels named in words, moved a step', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'cabinet.txt': CABINET }));
    verdict('contradicted', 'The scheme\'s benefit-cost ratio has fallen from 2.3 to 1.8, moving it from "medium" to "low" value for money under Department for Transport guidance.', [
      ['from "medium" to "low"', 'from\n"high" to "medium"'],
    ]);
    verdict('supported', 'The scheme\'s benefit-cost ratio has fallen from 2.3 to 1.8, moving it from "high" to "medium" value for money under Department for Transport guidance.');
  });

  test('a figure given only in a role far from the claim\'s, beside a rival in a like one', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'cabinet.txt': CABINET }));
    verdict('contradicted', 'An inspection found that 14 of the 22 arch spandrels on the 1870s Lanthorn Street viaduct needed rebuilding, adding nine weeks to the schedule.', [['nine weeks', '11 weeks']]);
  });

  test("a name only a venue's line gives, against another in its place", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'board.txt': BOARD }));
    verdict('contradicted', 'The abnormal encryption was first spotted on file servers at the Ashcombe General Hospital data centre.', [['Ashcombe General Hospital', 'Wealdmoor Royal Infirmary']]);
  });
});
