/**
 * The fifty-seventh round, first part: faithful sentences shown as errors in h800–h829 that stop 72 left. A ranking
 * of gains where the table gives only the years' levels is a ranking of each row's own move between the claim's two
 * columns ("Maths showed the biggest gain, rising from 46 per cent to 58 per cent"), not of the last year's level;
 * a figure far from a round one the claim gives exactly elsewhere in its clause is not that figure ("rise from £400 to
 * £1,000, the legal maximum, reduced to £600"). The fixtures are written here, after h804 and h806; every person,
 * body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

const RESULTS = `# Hollinsfield Junior School: review of provision

## 3. Test results

The table below shows the percentage of pupils in the final year reaching the expected standard in each of the last three years.

| Measure | 2022 | 2023 | 2024 | County 2024 |
|---|---|---|---|---|
| Pupils in the cohort | 44 | 39 | 42 | – |
| Reading (%) | 64 | 61 | 69 | 75 |
| Writing (%) | 58 | 52 | 55 | 71 |
| Mathematics (%) | 57 | 48 | 62 | 72 |
| Spelling and grammar (%) | 60 | 55 | 61 | 70 |
`;

const PUPS = `# Harrow Head seal count 2024

| Beach | 2022 | 2023 | 2024 |
|---|---|---|---|
| Long Sands | 171 | 196 | 238 |
| Gull Cove | 88 | 90 | 101 |
| Wrack Bay | 19 | 28 | 45 |
| Cairn Point | 40 | 46 | 52 |
`;

const PENALTY = `<html><body>
<h1>Dumping fine to rise</h1>
<p>From Monday 6 April 2026, the fixed penalty for littering in Ashcombe Vale will rise from &pound;150 to &pound;1,000, the maximum allowed by law. It will be reduced to &pound;650 if paid within 14 days. The increase was approved by the cabinet on Wednesday 11 March by six votes to two.</p>
</body></html>
`;

describe('rankings of gains between two columns and figures far from a round one, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"the biggest gain" ranks each row\'s move between the claim\'s two columns', async () => {
    const school = judgeWith(await workspaceIndex({ 'sources/review.md': RESULTS }));
    const faithful = school('Mathematics showed the biggest gain, rising from 48 per cent to 62 per cent.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    // Reading has the highest level in 2024, but rose by 8 points against mathematics' 14.
    const wrong = school('Reading showed the biggest gain, rising from 61 per cent to 69 per cent.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
    assert.match(wrong.conflicts[0].source, /^Mathematics \(%\) as the biggest gain \(2023: 48 to 2024: 62\)/, why(wrong));
  });

  test('"the sharpest proportional growth" ranks the rows\' moves in proportion', async () => {
    const count = judgeWith(await workspaceIndex({ 'sources/count.md': PUPS }));
    const faithful = count('Wrack Bay showed the sharpest proportional growth, from 28 pups to 45.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const biggest = count('Long Sands showed the biggest growth, from 196 pups to 238.');
    assert.deepEqual(biggest.conflicts, [], why(biggest));
    const wrong = count('Long Sands showed the sharpest proportional growth, from 196 pups to 238.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
    assert.match(wrong.conflicts[0].source, /^Wrack Bay as the sharpest proportional growth \(2023: 28 to 2024: 45\)/, why(wrong));
  });

  test('"reduced to £650" is not the £1,000 the penalty rises to', async () => {
    const penalty = judgeWith(await workspaceIndex({ 'sources/notice.html': PENALTY }));
    const faithful = penalty('From 6 April the fixed penalty for littering will rise from £150 to £1,000, the legal maximum, reduced to £650 if paid within 14 days.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = penalty('From 6 April the fixed penalty for littering will fall from £150 to £1,000, the legal maximum, reduced to £650 if paid within 14 days.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
  });
});
