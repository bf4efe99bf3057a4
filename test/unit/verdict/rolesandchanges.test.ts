/**
 * Posts given to the wrong person, and changes said the other way, from the helpers' drafts of the thirty-second
 * round (a mountain rescue, an emergency department, exam results, a grocer's trading statement). The sources are
 * written for these tests; the teams, trusts, councils and people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const LOG = `UPPER SCARDALE MOUNTAIN RESCUE TEAM - INCIDENT LOG 2025-014

Incident Controller: Mark Iveson (Deputy Team Leader)
Date: Saturday 15 February 2025

16:55  Party located at head of Kettle Gill. Four walkers, one with a lower-leg injury.
17:40  Casualty 1 assessed by Dr Tomasz Wilk (Team Medical Officer, in
       HP1). Suspected fractured ankle splinted; pain relief given.
`;

const RELEASE = `# Walkers rescued from Scardale Pike in freezing fog

The woman was treated by the team's medical officer, Dr Tomasz Wilk, before being carried 2.4km down the side of Kettle Gill.

Mark Iveson, Deputy Team Leader, who acted as incident controller, said the group had done the right thing by calling early.
`;

const UNION = `<html><body>
<h1>Nurses warn of unsafe emergency department</h1>
<p>Denise Palfrey, ANU Regional Organiser for the Northern Region, said:</p>
<p>“The trust's own figures show the department is running far beyond safe staffing.”</p>
<p>Kwame Addo-Bright, an emergency department staff nurse and chair of the ANU branch at Castlebridge General Hospital, said:</p>
<p>“I have been a nurse for 14 years and I have never been so frightened for my patients.”</p>
</body></html>
`;

const RESULTS = `<html><body>
<h1>Hallowmere GCSE results 2025</h1>
<p>1,155 pupils at six schools sat GCSEs this summer. Of these, 71.8% achieved a grade 4 or above (a “standard pass”) in both English and maths, up from 70.3% in 2024.</p>
</body></html>
`;

const TRADING = `<html><body>
<h1>Fenwright's plc: third quarter trading statement</h1>
<ul><li>Like-for-like sales up 3.1% in the quarter</li>
<li>Full-year guidance for underlying profit before tax unchanged at £410m to £430m</li></ul>
<p>The Board's guidance for underlying profit before tax for the year ending 28 February 2026 is unchanged at £410m to £430m.</p>
</body></html>
`;

const CALL = `Brenmoor Engineering plc: offer update call, 3 November 2025

> **Priya Dawlish (CFO, Brenmoor):** "We've had constructive early engagement on the national security filing, which we expect to make within four weeks."

Catriona Weaving, Company Secretary, confirmed the timetable for the shareholder meeting.
`;

const MINUTES = `HESU Wendlebury Branch: minutes of the emergency general meeting, 12 March 2025

Present: 212 members.
Also present: Tom Haverstock, HESU Regional Official (Northern Region)

Tom Haverstock advised members that the 45-day consultation on 340 jobs was the legal minimum, not a genuine dialogue.
`;

const LETTER = `The council has also written to the Northern Isles Transport Board's chair, Professor Elaine Carrick, requesting a meeting before the end of November.

Northsound Ferries said its timetable for the winter would be published next week.
`;

const LICENCE = `<p>Priya Rendell, Head of Wildlife Licensing at the Countryside Licensing Authority, said:</p>
<p>“The trust has put robust monitoring and management arrangements in place for the release.”</p>
<p>Dr Helen Marsh-Okafor, chief executive of the Ashby Wildlife Trust, welcomed the licence.</p>
`;

describe('posts and changes the other way, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a post the sources give someone else, the person\'s own written before the name after a title or in brackets cut by a comma', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'incident-log.txt': LOG, 'press-release.md': RELEASE }));
    // Was supported: "the team's medical officer, Dr Tomasz Wilk" (a title between the comma and the name) and
    // "(Team Medical Officer, in HP1)" (a comma in the brackets) were no roles.
    verdict('contradicted', "Dr Tomasz Wilk, the team's deputy team leader, splinted the woman's ankle.", [["team's deputy team leader", 'Team Medical Officer']]);
    verdict('supported', "Dr Tomasz Wilk, the team's medical officer, splinted the woman's ankle.");
  });

  test('a long description before "said" is the speaker\'s role', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press-release.html': UNION }));
    // Was supported: the description ran past seven words, and "organiser" was no post.
    verdict('contradicted', 'Kwame Addo-Bright, the union\'s regional organiser, said he had never been so frightened for his patients.', [["union's regional organiser", 'chair of the ANU branch at Castlebridge General Hospital']]);
    verdict('supported', 'Kwame Addo-Bright, a staff nurse in the emergency department, said he had never been so frightened for his patients.');
  });

  test('a chief\'s initials, a post owned by a name, a branch\'s post and a body in the possessive', async () => {
    let verdict = expectVerdictWith(await workspaceIndex({ 'call.md': CALL }));
    // Was supported: "CFO" was no post, and "Brenmoor's company secretary, " (no determiner) no role.
    verdict('contradicted', "Brenmoor's company secretary, Priya Dawlish, told analysts the company expected to make its national security filing within four weeks.", [["Brenmoor's company secretary", 'CFO']]);
    verdict('supported', "Brenmoor's chief financial officer, Priya Dawlish, told analysts the company expected to make its national security filing within four weeks.");
    verdict = expectVerdictWith(await workspaceIndex({ 'minutes.txt': MINUTES }));
    // Was supported: "Branch secretary" was read as a nationality's description ("French director"), and "official" was no post.
    verdict('contradicted', 'Branch secretary Tom Haverstock told the meeting that the 45-day consultation on 340 jobs was the legal minimum.', [['Branch secretary', 'HESU Regional Official']]);
    verdict = expectVerdictWith(await workspaceIndex({ 'letter.txt': LETTER }));
    // Was supported: the body in the possessive ("the Northern Isles Transport Board's chair") was no body.
    verdict('contradicted', 'The council has also written to Professor Elaine Carrick, chair of Northsound Ferries, requesting a meeting before the end of November.', [['chair of Northsound Ferries', "Northern Isles Transport Board's chair"]]);
    // (Was contradicted, a false alarm: "chair" after the Board's name and "requesting" after Carrick's were read as
    // two people's words swapped.)
    verdict('supported', 'The council has also written to Professor Elaine Carrick, chair of the Northern Isles Transport Board, requesting a meeting before the end of November.');
    verdict = expectVerdictWith(await workspaceIndex({ 'release.html': LICENCE }));
    // Was supported: a role of nine words without an article before "said".
    verdict('contradicted', 'Priya Rendell, chief executive of the Countryside Licensing Authority, said the trust had put robust monitoring and management arrangements in place.', [['chief executive of the Countryside Licensing Authority', 'Head of Wildlife Licensing at the Countryside Licensing Authority']]);
  });

  test('"her fellow administrator" is the "joint administrator"', async () => {
    const judge = judgeWith(
      await workspaceIndex({
        'statement.html': '<html><body><p>Ruth Calloway and Martin Oduya of Penrose Advisory were appointed joint administrators of Harlowmere Buses Ltd on Friday 7 March 2025.</p><p>Martin Oduya, joint administrator, said: “We have been in close contact with Harlowmere County Council since Friday.”</p></body></html>',
      }),
    );
    // Was contradicted: "The source gives joint administrator, not fellow administrator". (Here "fellow" is a word no
    // source states; the helper's sources named the other administrator beside him.)
    const result = judge('Her fellow administrator Martin Oduya said they had been in close contact with Harlowmere County Council since Friday.');
    assert.notEqual(result.verdict, 'contradicted', why(result));
  });

  test('"a slight fall on last year" / "up from 70.3% in 2024"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results.html': RESULTS }));
    // Was supported: the sentence was not about enough of the claim for its comparison to be read.
    verdict('contradicted', 'Across Hallowmere, 71.8% of GCSE pupils achieved a standard pass in both English and maths, a slight fall on last year.', [['fall', 'up from 70.3%']]);
    verdict('supported', 'In Hallowmere, 71.8% of GCSE pupils achieved a standard pass in both English and maths, a rise on the previous year.');
  });

  test('"raised its guidance … to between £410m and £430m" / "guidance … unchanged at £410m to £430m"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'trading-statement.html': TRADING }));
    // Was supported: a verb with its object before "to" set no direction for the figure.
    verdict('contradicted', "Fenwright's raised its guidance for full-year underlying profit before tax to between £410m and £430m.", [['raised', 'unchanged']]);
    verdict('supported', "Fenwright's kept its guidance for full-year underlying profit before tax at £410m to £430m.");
  });
});
