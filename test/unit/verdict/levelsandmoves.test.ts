/**
 * The thirty-seventh round, second part: two misses of the drafts written against its start. A claim's old level
 * given the new one's year ("shrunk from about 640 homes when he started in 2019 to around 400 today" where 2019's
 * figure was 400), and a change reversed in a claim of figures and a verb alone ("It rose again to 934 in February" /
 * "It fell to 934 in February 2024"), whose topic is its values. The sources are written for these tests from the
 * helpers' drafts; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';

const INTERVIEW = `INTERVIEW WITH A HOUSING OFFICER
Date: Thursday 6 February 2025

REPORTER: How many homes are on your patch now?

TOM RIDLEY: About 640 across the Kestrel and Heron estates. When I started in 2019 it was closer to 400.
`;

const REPORT = `# Urgent and emergency care

4.1 The number of patients spending more than 12 hours in the department more than doubled between June 2023 (498) and January 2024 (1,112). It fell to 934 in February 2024.
`;

describe('levels and moves (thirty-seventh round)', () => {
  test("a claim's old level given the year of the new one", async () => {
    const index = await workspaceIndex({ 'interview.txt': INTERVIEW });
    // Was supported: both figures and the year are in the turn.
    expectVerdictWith(index)('contradicted', 'Mr Ridley said his patch had shrunk from about 640 homes when he started in 2019 to around 400 today.', [['640', '2019 it was closer to 400']]);
    const right = judgeWith(index)('Mr Ridley said his patch had grown from about 400 homes when he started in 2019 to around 640 today.');
    assert.notEqual(right.verdict, 'contradicted', why(right));
  });

  test('a change reversed in a claim of figures and a verb alone', async () => {
    const index = await workspaceIndex({ 'report.md': REPORT });
    // Was supported: the claim's only words besides its figures were "rose again", so no sentence was about it.
    expectVerdictWith(index)('contradicted', 'It rose again to 934 in February.', [['rose', 'fell']]);
    const right = judgeWith(index)('It fell again to 934 in February.');
    assert.notEqual(right.verdict, 'contradicted', why(right));
  });
});
