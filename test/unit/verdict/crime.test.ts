/**
 * Police crime figures and a council's climate report against a writer's draft: the cases found by checking such
 * drafts by hand. The force, the county and the figures are invented for these tests.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, indexOf, makeDocument, why } from './sources';
import { withProductWordVectors } from './productVectors';

const CRIME = `Crime in Eastmoor: year to September 2026

Residential burglary was unchanged at 2,310 offences.

The force solved 8.1% of crimes, compared with 7.4% a year earlier. The national average is 7.1%.
`;

const CLIMATE = `Progress report: reducing emissions in Northshire

Northshire's greenhouse gas emissions fell by 4.2% in 2025 to 3.61 million tonnes of carbon dioxide equivalent, the county council's annual climate report says.

Emissions are now 38% below 2005 levels. The council's target is a 68% cut by 2030 and net zero by 2045.

Transport is now the largest source of emissions, at 34% of the total, overtaking homes (29%) for the first time. Emissions from transport rose by 1.5% in 2025, while those from homes fell by 9%.

The council said it was "not on track" to meet its 2030 target and would need to cut emissions by about 11% a year to do so.

Solar panels were fitted to 2,140 homes under the council's grant scheme in 2025, up from 1,380 the year before.
`;

const verdict = expectVerdictWith(indexOf([makeDocument('stats.txt', CRIME), makeDocument('report.txt', CLIMATE)]));

describe('crime figures and a climate report, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a figure the source compares with a year earlier is not this year\'s: "solved 7.4% of crimes" / "8.1%, compared with 7.4% a year earlier"', () => {
    // Was supported.
    const r = verdict('contradicted', 'The force solved 7.4% of crimes.', [['7.4%', '8.1%']]);
    assert.equal(r.conflicts[0].note, 'it gives 7.4% for a year earlier', why(r));
    verdict('supported', 'The force solved 8.1% of crimes, up from 7.4% a year earlier.');
    verdict('supported', 'A year earlier the force solved 7.4% of crimes.');
  });

  test('a verb of change against "up" before the source\'s figure, for a claim with no figure of its own', () => {
    // Was supported: "fell" and "up" are of two pairs.
    verdict('contradicted', 'The number of homes fitted with solar panels fell in 2025.', [['fell', 'up']]);
    verdict('supported', 'The number of homes fitted with solar panels rose in 2025.');
  });

  test('a level moved against one held: "Burglary rose to 2,310 offences" / "was unchanged at 2,310 offences"', () => {
    verdict('contradicted', 'Burglary rose to 2,310 offences.', [['rose', 'unchanged']]);
  });
});
