/**
 * Faithful claims that were contradicted by a figure of another role: a specific figure another passage of the same
 * source gives ("61,400" at the height of the storm, beside "restored power to 54,900"), a number word after a
 * numbered paragraph's number ("4.2 Three rest centres had been opened"), a number that names something ("a Level 3
 * apprenticeship") against a table's column ("A-level entries: 298"). The sources are written for these tests (from
 * helpers' drafts); the bodies, places and people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const UPDATE = `<html><body>
<h1>Storm Brannoch: almost 55,000 customers reconnected</h1>
<p>Engineers from Western Vale Electricity Networks (WVEN) have restored power to 54,900 customers – 89% of those affected – since Storm Brannoch brought down lines across Harrowdale on Friday night and in the early hours of Saturday.</p>
<p>At the peak of the storm, at 03:00 on Saturday 14 December, 61,400 customers (homes and businesses) were off supply. As of 16:00 today, 6,500 customers remain without power.</p>
<p>Western Vale Electricity Networks is the distribution network operator for around 780,000 homes and businesses across Harrowdale and West Carrick.</p>
</body></html>
`;

const MINUTES = `HARROWDALE COUNTY COUNCIL - EMERGENCY COMMITTEE

4. WELFARE

4.1 A total of 148
    people had used the rest centres overnight on Saturday, falling to 61
    on Sunday night.

4.2 Three rest centres had been opened: Kelmsford Leisure Centre,
    Millcombe Village Hall and Penhallow Community Hub.
`;

const RESULTS = `<html><body>
<h1>Results summary 2025</h1>
<table>
<tr><th>School</th><th>Town</th><th>A-level entries</th><th>A*–A (% of entries)</th><th>GCSE pupils</th></tr>
<tr><td>Maybridge Community College</td><td>Maybridge</td><td>298</td><td>18.5</td><td>261</td></tr>
<tr><td>Brackenford Academy</td><td>Brackenford</td><td>212</td><td>21.0</td><td>240</td></tr>
</table>
</body></html>
`;

const ACADEMY = `BRACKENFORD ACADEMY - PRESS RELEASE

Jayden Morrow-Akins, 16, missed six weeks of Year 10 after a knee operation but achieved a grade 5 in both English and maths.

He will start a Level 3 engineering apprenticeship with Kestrel Marine Systems in Maybridge in September.
`;

const BULLETIN = `1.5  Wreckage and engine examination

The wreckage was recovered to the AAB's facility at Aldermoor on
16 June 2025. A total of 61 litres of fuel was drained from the two
tanks, 33 litres from the right tank and 28 litres from the left.

  Table 1. Fluids recovered from G-HWMK
  ------------------------------------------------------------------
  Location                        Fuel (litres)    Water (approx.)
  ------------------------------------------------------------------
  Right wing tank                 33               None detected
  Left wing tank                  28               150 ml
  ------------------------------------------------------------------
`;

const OMBUDSMAN = `4.2 Marrowfield logged 412 complaints about damp and mould between
April 2022 and March 2024. The Ombudsman reviewed a sample of 40 of those
cases.

  Findings from the sample of 40 cases
  ---------------------------------------------------------------
  Measure                                          Cases     Share
  ---------------------------------------------------------------
  Inspection outside 10-working-day target           31       78%
  Repairs outside 28-day target                      33       83%
  Failings found overall                             29       73%
  ---------------------------------------------------------------
`;

const BIRDS = `Species           Index   Change      Change      Squares
                  2024    1994-2024   2019-2024   2024
----------------  -----   ---------   ---------   -------
Turtle dove           7      -93%        -41%          97
Corn bunting         30      -70%        -18%         251
----------------  -----   ---------   ---------   -------
`;

const CENSUS = `==========================================================================
MARSHFIELD BIRD TRUST
Registered charity no. 1048832
Hallam Lodge, Kelbury Road, Saxby St Anne

BREEDING FARMLAND BIRD CENSUS 2024
RESULTS REPORT

2. SPECIES RESULTS
------------------
Table 1. Farmland bird index species, 2024. "Squares" is the number of
surveyed squares in which the species was recorded on at least one visit.

Species           Index   Change      Change      Squares
                  2024    1994-2024   2019-2024   2024
----------------  -----   ---------   ---------   -------
Turtle dove           7      -93%        -41%          97
Corn bunting         30      -70%        -18%         251
Grey partridge       37      -63%        -12%         388
----------------  -----   ---------   ---------   -------
`;

const CONSENT = `# Glenarroch wind farm consented

The Reporter, Fiona Lockhart, held the public inquiry at Kilbride Mains Village Hall in March.

The wind farm will create 12 permanent full-time operations and maintenance posts.
`;

const files = { 'census.txt': CENSUS, 'consent.md': CONSENT, 'update.html': UPDATE, 'minutes.txt': MINUTES, 'results.html': RESULTS, 'academy.txt': ACADEMY, 'bulletin.txt': BULLETIN, 'ombudsman.txt': OMBUDSMAN, 'birds.txt': BIRDS };

describe('a figure of the claim that another passage gives, against a figure of another role', () => {
  withProductWordVectors();

  test('a specific figure another passage of the source gives nearer the claim\'s role than the sentence\'s only figure', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    // Was "The source gives 54,900, not 61,400".
    const r = judge('Western Vale Electricity Networks said 61,400 homes and businesses lost power at the height of Storm Brannoch, in the early hours of Saturday.');
    assert.notEqual(r.verdict, 'contradicted');
    // The figure in the role of the sentence's own: still contradicted.
    assert.equal(judge('Engineers from Western Vale Electricity Networks have restored power to 61,400 customers since Storm Brannoch.').verdict, 'contradicted');
  });

  test('a number word after a numbered paragraph\'s number is a number ("4.2 Three rest centres had been opened")', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    // Was "The source gives 61, not Three": "Three" had been read as a name.
    assert.equal(judge('Three rest centres were opened, and 148 people stayed in them on Saturday night.').verdict, 'supported');
    assert.equal(judge('Four rest centres were opened, and 148 people stayed in them on Saturday night.').verdict, 'contradicted');
  });

  test('a number that names something ("a Level 3 apprenticeship") is no count of a table\'s column ("A-level entries")', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    // Was "The source gives A-level entries: 298, not 3".
    assert.equal(judge('Jayden Morrow-Akins, 16, will start a Level 3 engineering apprenticeship with Kestrel Marine Systems in Maybridge in September.').verdict, 'supported');
    // The column's own count: still read against the row.
    assert.equal(judge('Maybridge Community College had 289 A-level entries.').verdict, 'contradicted');
  });

  test('a bare figure after a measure in a list is in its unit ("33 litres from the right tank and 28 from the left")', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    // Was unsupported, "No source states 28", once the table's "Fuel (litres): 28" was read as a row.
    assert.equal(judge('Investigators drained 61 litres of fuel from the wreckage, 33 litres from the right tank and 28 from the left.').verdict, 'supported');
  });

  test('a row named by words with a figure of a compound ("Repairs outside 28-day target"), its count against the claim\'s', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    const r = judge('In a sample of 40 cases reviewed by the Ombudsman, repairs were completed outside the 28-day target in 31 of them.');
    assert.equal(r.verdict, 'contradicted');
    // The row's figure against the claim's for it, not against the sample's 40, which a sentence gives.
    assert.deepEqual([r.conflicts[0].claim, r.conflicts[0].source], ['31', 'Cases: 33']);
    assert.equal(judge('In a sample of 40 cases reviewed by the Ombudsman, repairs were completed outside the 28-day target in 33 of them.').verdict, 'supported');
  });

  test('a year at an end of a long span of years is stated by it ("since 1994" / "Change 1994-2024: -93%")', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    assert.equal(judge('The turtle dove has declined by 93 per cent since 1994.').verdict, 'supported');
    assert.notEqual(judge('The turtle dove has declined by 39 per cent since 1994.').verdict, 'supported');
  });

  test('a letterhead of short lines sharing a paragraph is the report\'s header, context for its table\'s rows', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    // Was unsupported ("No source states census, found, recorded"): the letterhead's two passages in one paragraph
    // were no header, and the row has none of the report's own words.
    assert.equal(judge('In its 2024 census the Marshfield Bird Trust found the turtle dove had declined by 93 per cent since 1994, and the species was recorded in only 97 squares.').verdict, 'supported');
    assert.notEqual(judge('In its 2024 census the Marshfield Bird Trust found the turtle dove had declined by 63 per cent since 1994, and the species was recorded in only 97 squares.').verdict, 'supported');
  });

  test('a whole number that counts a word of its own ("12 permanent … posts") states no measure ("a 12-day inquiry")', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    // Was supported: the second passage's "12" stated the claim's "12-day".
    const r = judge('Fiona Lockhart held a 12-day public inquiry at Kilbride Mains Village Hall in March.');
    assert.equal(r.verdict, 'unsupported');
    assert.deepEqual(r.missing, ['12-day']);
    assert.equal(judge('The wind farm will create 12 permanent operations and maintenance posts.').verdict, 'supported');
  });
});
