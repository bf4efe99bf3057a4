/**
 * The right figure in the wrong unit: a length from a table column whose heading gives the unit ("Length (miles):
 * 14.2"), a flow per second written as per minute, a weekly wage bill written as monthly. The sources are written
 * for these tests; the bus routes, the works and the club are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractValues } from '../../../server/src/core/verdict/values';
import { expectVerdictWith, workspaceIndex } from './sources';

const files = {
  'cabinet-report.md': `# Cabinet report: supported bus routes after the Tessline administration

## Appendix A: routes to be supported

| Route | Between | Length (miles) | Avg weekday passengers | Operator | Weekly cost |
|---|---|---|---|---|---|
| 40 | Brindle Cross – Tessford (via Holm Lane) | 14.2 | 612 | Greyhithe Travel | £9,850 |
| 41 | Brindle Cross – Ashmoor | 9.6 | 388 | Greyhithe Travel | £7,400 |
| 44 | Tessford – Quarry Lane | 3.1 | 97 | Tessford Community Transport | £2,150 |
`,
  'sentencing-remarks.txt': `R v Hartmoor Water Services Ltd

Sentencing remarks of Her Honour Judge Rosalind Fairweather

Hartmoor Water Limited is before this court to be sentenced for six offences under the Environmental Permitting Regulations. The company pleaded guilty at Harwick Magistrates' Court on Wednesday 9 October 2024 and was committed to this court for sentence. That was the first reasonable opportunity and the company is entitled to full credit of one-third.

The offences relate to the Colbeck Wastewater Treatment Works, which lies on the edge of the village of Nether Colbeck and discharges into the Pellow Brook, a tributary of the River Tamsey. The period covered by the indictment runs from 2 June 2021 to 17 August 2022.

Counts 1 to 4 concern unpermitted discharges of untreated sewage from the storm overflow at the works. The company's permit allowed the overflow to operate only once the works was treating a minimum of 118 litres per second, which is described as the flow to full treatment. On the agreed figures, on 57 separate occasions the overflow spilled when that minimum flow was not being achieved. Those spills lasted a total of 412 hours. Count 5 is a continuing failure to comply with the flow condition of the permit over the same period. Count 6 relates to the events of Saturday 23 July 2022.

On that day a blockage in the inlet screens caused the works to spill continuously for some hours. Approximately 2,300 dead fish, including brown trout and bullhead, were later recovered along a 3.4-kilometre stretch of the Pellow Brook below the outfall. Samples taken downstream showed ammonia at 14.6 milligrams per litre. Ms Venkataraman told me, and it is not disputed, that readings at that point are normally below 0.3 milligrams per litre.

The pumping station at Nether Colbeck lifts about 40 tonnes of grit a day out of the incoming flow.
`,
  'regulator-release.md': `Hartmoor Water fined £3.42 million for sewage pollution of Pellow Brook

Largest fine ever imposed on the company follows 412 hours of illegal spills and a fish kill that left around 2,300 fish dead.

Hartmoor Water Limited has been fined £3.42 million and ordered to pay costs of £186,450.72 after pleading guilty to six offences of polluting the Pellow Brook with untreated sewage from its Colbeck Wastewater Treatment Works.

Sentencing the company at Harwick Crown Court today (Friday 14 March 2025), Her Honour Judge Rosalind Fairweather said the pollution was "the predictable result of a works that was too small, too poorly maintained and too little watched". She found that the company had been reckless.

The court heard that between 2 June 2021 and 17 August 2022 the storm overflow at the works, near the village of Nether Colbeck, discharged untreated sewage into the brook on 57 occasions when the works was not treating the minimum flow of 118 litres per second required by its environmental permit. The Pellow Brook is a tributary of the River Tamsey and is a designated salmonid fishery.

Fish kill
`,
  'administrators-statement.md': `# Felsham Rovers Football Club: statement by the joint administrators

Our initial review indicates that the Club's weekly wage bill stood at approximately £38,500, against average home league attendances this season of 1,186 at a stadium with a capacity of 4,250.
`,
};

describe('a figure in another unit than the source gives it', () => {
  test('"per second" is a rate of the measure before it, not the ordinal "second"', () => {
    const source = extractValues('treating a minimum of 118 litres per second, which is described as the flow');
    assert.deepEqual(
      source.map((v) => [v.kind, v.text, v.per]),
      [['quantity', '118 litres', 'second']],
    );
    // A rate read past the measure's own words ("of sewage").
    const claim = extractValues('once it was treating at least 118 litres of sewage a minute.');
    assert.deepEqual(
      claim.map((v) => [v.kind, v.text, v.per]),
      [['quantity', '118 litres', 'minute']],
    );
    // Not a second time, nor a duration's share of a day ("three hours a day" is no flow).
    assert.equal(extractValues('lifted 40 tonnes a second time').find((v) => v.kind === 'quantity')?.per, undefined);
    assert.equal(extractValues('worked three hours a day').find((v) => v.kind === 'quantity')?.per, undefined);
  });

  test('a weekly sum "stood at" its figure is weekly', () => {
    const values = extractValues("the Club's weekly wage bill stood at approximately £38,500, against");
    assert.equal(values.find((v) => v.kind === 'money')?.per, 'week');
  });

  test('the table column\'s unit contradicts the claim\'s, though "Route" names another column', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    verdict('contradicted', 'Route 40 covers 14.2 kilometres between Brindle Cross and Tessford.', [['14.2 kilometres', 'Length (miles): 14.2']]);
    verdict('supported', 'Route 40 covers 14.2 miles between Brindle Cross and Tessford.');
  });

  test('a flow per minute against the permit\'s flow per second', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    verdict('contradicted', 'Under its permit, the works was allowed to use the overflow only once it was treating at least 118 litres of sewage a minute.', [['at least 118 litres per minute', '118 litres per second']]);
    verdict('supported', "The company's permit allowed the overflow to operate only once the works was treating a minimum of 118 litres of sewage a second.");
    verdict('contradicted', 'The pumping station at Nether Colbeck lifts about 40 tonnes of grit a week out of the incoming flow.');
    verdict('supported', 'The pumping station at Nether Colbeck lifts about 40 tonnes of grit every day out of the incoming flow.');
  });

  test('a monthly wage bill the administrators give as weekly is no source\'s figure', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // (Unsupported, not contradicted: "The administrators found" are words the sentence lacks, and with "monthly"
    // they leave too little of the claim's topic to call the weekly bill the same one.)
    verdict('unsupported', "The administrators found the club's monthly wage bill was about £38,500.");
    verdict('contradicted', "The club's monthly wage bill was about £38,500.");
    verdict('supported', "The club's weekly wage bill was about £38,500.");
  });
});
