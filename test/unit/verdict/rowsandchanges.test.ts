/**
 * Figures of the thirty-third round's new drafts (h224, h226, h229): a change's bare second figure in the unit of its
 * first ("from 19 subjects to 12" is twelve subjects, not "Year 12"), a plain-text table whose header stands over a
 * blank line or right above the rows (its cells labelled, "Pedestrians: 7", "Capacity (Ml): 18,400" in megalitres), a
 * claim's part of a total against the table's row of totals,
 * and a part of a whole the claim gives with an owner ("25 of the council's 48 seats"). The sources are written for
 * these tests from the helpers' drafts; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { expectVerdictWith, workspaceIndex } from './sources';

const MINUTES = `HOLLINS MOOR LEARNING TRUST
Minutes of the Board of Trustees, Tuesday 14 January 2025

5.4 Joanna Blakeley outlined the impact at Hollins Moor Academy, where the Year 12 intake has fallen from 96 students in September 2022 to 58 in September 2024. She said the school would need to reduce its A-level offer from 19 subjects to 14.

5.5 Revd Alan Cromarty asked whether the trust had modelled sharing sixth-form teaching between Hollins Moor and Brackenfold High School.
`;

const FINDINGS = `Inquest into the death of Margaret Pryce
Findings of HM Senior Coroner

8. MRI's records show that 12 near misses were reported at the crossing in the five calendar years before Mrs Pryce's death:

   Year    Pedestrians   Vehicles   Total

   2019        1            2          3
   2020        0            1          1
   2021        2            1          3
   2022        1            0          1
   2023        3            1          4
   Total       7            5         12

9. A recommendation made by MRI's own level crossing manager in September 2023 remained unapproved more than six months later.
`;

const RESERVOIRS = `Marlowe Valley Water: hosepipe ban from Friday

RESERVOIR LEVELS BY SITE
(Figures as at 09:00, Monday 14 July 2025. Capacity in megalitres, Ml.)

Site                        Capacity (Ml)   Level now   Same date 2024   Change on 2024
Hartsmoor Reservoir         18,400          54%         79%              -25 points
Fenwick Water               9,750           61%         84%              -23 points
Ashby Cross Reservoir       6,200           47%         77%              -30 points
-------------------------------------------------------------------------------------
Combined                    34,350          54%         80%              -26 points
`;

const RELEASE = `## Greens take St Anselm's from Labour

The result reduces Labour to 25 of the 48 seats on Harrowfield Borough Council, leaving the administration with a working majority of two. The Greens now hold eight seats, up from seven.
`;

describe('a change to a bare figure', () => {
  test('is in the unit of the figure it goes from', () => {
    const to = (text: string, figure: string) => extractValues(text).find((v) => v.text === figure);
    assert.deepEqual([to('its A-level offer would shrink from 19 subjects to 12.', '12')?.kind, to('its A-level offer would shrink from 19 subjects to 12.', '12')?.unit], ['quantity', 'subjects']);
    assert.equal(to('the Year 12 intake had fallen from 96 students in 2022 to 58 in 2024', '58')?.unit, 'students');
    // (Not a figure with a noun of its own: "from 19 subjects to 12 teachers".)
    assert.notEqual(to('from 19 subjects to 12 teachers', '12')?.unit, 'subjects');
    assert.notEqual(to('moved from 3 offices to 2 sites', '2')?.unit, 'offices');
  });

  test('"to 12" is not stated by "Year 12"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'minutes.txt': MINUTES }));
    verdict('contradicted', "Ms Blakeley said the school's Year 12 intake had fallen from 96 students in 2022 to 58 in 2024, and that its A-level offer would shrink from 19 subjects to 12.", [['12', '14']]);
    verdict('supported', "Ms Blakeley said the school's Year 12 intake had fallen from 96 students in 2022 to 58 in 2024, and that its A-level offer would shrink from 19 subjects to 14.");
  });
});

describe('a plain-text table with its header over a blank line', () => {
  test("a part of the total against the row of totals' column", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'findings.txt': FINDINGS }));
    verdict('contradicted', "MRI's records show that 12 near misses were reported at the crossing in the five years before her death, eight of them involving pedestrians.", [['eight', 'Pedestrians: 7']]);
    verdict('supported', "MRI's records show that 12 near misses were reported at the crossing in the five years before her death, seven of them involving pedestrians.");
  });
});

describe('a plain-text table with its header right above the rows', () => {
  test('"Capacity (Ml)" is in megalitres, not millilitres; a cell is its column\'s', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.txt': RESERVOIRS }));
    // Was unsupported once the header labelled the cells: "No source states “18,400”" (read as 18,400 ml).
    verdict('supported', 'Hartsmoor Reservoir, with a capacity of 18,400 megalitres, is at 54 per cent.');
    verdict('contradicted', 'Combined stocks across the reservoirs have fallen to 54 per cent of capacity, compared with 84 per cent at the same point last year.');
  });
});

describe('a part of a whole with an owner', () => {
  test('"25 of the council\'s 48 seats" is the whole of "25 of the 48 seats"', async () => {
    assert.equal(extractValues("The result cuts Labour to 25 of the council's 48 seats.").find((v) => v.text === '48')?.whole, true);
    const verdict = expectVerdictWith(await workspaceIndex({ 'release.md': RELEASE }));
    // Was contradicted: "The source gives two, not 48".
    verdict('supported', "The result cuts Labour to 25 of the council's 48 seats, while the Greens now hold eight.");
    verdict('contradicted', "The result cuts Labour to 25 of the council's 84 seats, while the Greens now hold eight.", [['84', '48']]);
  });
});
