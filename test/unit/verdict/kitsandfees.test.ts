/**
 * The fifty-sixth round, fourth part: faithful sentences shown as errors in h818–h823 (written against a83182e). The
 * old thing and the new one as the source has them are no swap ("replace its 25-hectolitre brewhouse with a
 * 60-hectolitre kit"), though the two the other way round are; a figure a row of another table gives, whose label the
 * claim names, has no rival in the column of the row the claim also names; a word swapped in a sentence of other days
 * than the claim's is no contradiction; a compound number before a fraction ("ninety-two and a half thousand pounds")
 * is read whole. The fixtures are written here, after h822 and h823, but for h444's statement, whose opening is embedded as it is; every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';

const BREWERY = `GRINDLE BECK BREWERY
PRESS RELEASE, Monday 3 February 2025

The independent brewery, founded in 2017 by managing director Priya Haldane and head brewer Tomasz Wrenn, has applied to Marlstone Borough Council for permission to install a new 60-hectolitre brewhouse, replacing its current 25-hectolitre kit, and to build a 410 square metre extension for fermentation, conditioning and a new canning line.

The expansion would lift annual production capacity from just under 10,000 hectolitres to around 24,000 hectolitres.
`;

const FEES = `# Ashdene House: new weekly fees

| Room type | Current weekly fee (2024/25) | Weekly fee from 7 April 2025 | Increase (£ per week) |
|---|---|---|---|
| Standard single room (shared bathroom) | £1,085 | £1,215 | £130 |
| Single room with en-suite | £1,240 | £1,395 | £155 |
| Garden en-suite room | £1,410 | £1,595 | £185 |
`;

const RATES = `# Marlshire County Council: fee rates 2025/26

| Service | 2024/25 | 2025/26 | Change |
|---|---|---|---|
| Residential care (standard) | £842 | £889 | +£47 |
| Residential care (enhanced) | £905 | £956 | +£51 |
`;

const UNIVERSITY = `# Northmoor University – Statement on industrial action and the Retirement Plan

**Issued by:** Office of the Vice-Chancellor, Northmoor University
**Date:** Friday 28 March 2025

## Summary

The ten days of strike action called by the Academic and Related Staff Union (ARSU) ended on Tuesday 25 March 2025. This statement sets out the impact on teaching, the steps the university is taking to support students, and the current position in negotiations over the Northmoor University Retirement Plan (NURP).

Following talks held under the auspices of the Higher Education Mediation Service (HEMS) on Monday 17 March and Thursday 27 March, the university and the ARSU branch committee have agreed the terms of a revised proposal. ARSU has suspended its marking and assessment boycott while its members are balloted on the revised proposal. That ballot closes on Friday 11 April 2025.
`;

describe('old and new things, another table\'s row, other days and compound fractions, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"replace its 25-hectolitre brewhouse with a 60-hectolitre kit" is the release\'s "a new 60-hectolitre brewhouse, replacing its current 25-hectolitre kit"', async () => {
    const brewery = judgeWith(await workspaceIndex({ 'sources/press_release.txt': BREWERY }));
    const faithful = brewery('Grindle Beck Brewery has asked Marlstone Borough Council for permission to replace its 25-hectolitre brewhouse with a 60-hectolitre kit and to build a 410 square metre extension.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const reversed = brewery('Grindle Beck Brewery has asked Marlstone Borough Council for permission to replace its 60-hectolitre brewhouse with a 25-hectolitre kit and to build a 410 square metre extension.');
    assert.equal(reversed.verdict, 'contradicted', why(reversed));
  });

  test('the council\'s rate of "Residential care (standard)" has no rival in the home\'s en-suite row', async () => {
    const fees = judgeWith(await workspaceIndex({ 'sources/ashdene_letter.md': FEES, 'sources/marlshire_fee_rates.md': RATES }));
    const faithful = fees("The council's usual rate for a standard residential place will rise from £842 to £889 a week, more than £500 less than Ashdene's new fee for a single en-suite room.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = fees("The council's usual rate for a standard residential place will rise from £842 to £898 a week, more than £500 less than Ashdene's new fee for a single en-suite room.");
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('a sentence of other days than the claim\'s swaps no word of it', async () => {
    const university = judgeWith(await workspaceIndex({ 'sources/university_statement.md': UNIVERSITY }));
    const earlier = university("The revised deal follows an earlier offer, made on Monday 10 March, which the union's branch committee rejected unanimously the following evening.");
    assert.deepEqual(earlier.conflicts, [], why(earlier));
  });

  test('"ninety-two and a half thousand pounds" is £92,500', () => {
    const [money] = extractValues('we gave out ninety-two and a half thousand pounds last year');
    assert.equal(money.kind, 'money');
    assert.equal(money.value, 92_500);
    assert.equal(extractValues('two and a half thousand pounds')[0].value, 2_500);
  });
});
