/**
 * A river pollution fine for a chemical firm: the magistrates' court's sentencing report (hard-wrapped plain text) and
 * the environment regulator's press release (Markdown). The sources are written for these tests (from a helper's draft);
 * the court, the company and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `HADDONFIELD MAGISTRATES' COURT
Law Courts, Victoria Road, Haddonfield HD4 2QT

SENTENCING REPORT

Case:            River Protection Authority v Calderbrook Chemicals Limited
Case number:     2024/HD/0417
Court:           Courtroom 3
Date of hearing: Thursday 14 March 2024
Before:          District Judge (Magistrates' Courts) Eleanor Pryce
Prosecutor:      Mr Daniel Okonjo, counsel for the River Protection Authority
Defence:         Ms Harriet Vale, counsel for Calderbrook Chemicals Limited
Legal adviser:   Mrs Joanne Stirling

Prepared by the court's listing office for publication. This report summarises
the sentencing remarks delivered in open court. It is not an official
transcript; the remarks as delivered are the authoritative version.

------------------------------------------------------------------------------
1. THE OFFENCES
------------------------------------------------------------------------------

Calderbrook Chemicals Limited (company number 04418827), of Ellerby Works,
Mill Lane, Ellerby, pleaded guilty at its first appearance on Tuesday
9 January 2024 to three offences:

  Count 1: causing an unpermitted water discharge activity, contrary to
           regulations 12(1)(b) and 38(1)(a) of the Environmental Permitting
           (England and Wales) Regulations 2016;
  Count 2: failing to comply with condition 3.2.1 of its environmental
           permit (containment of liquids), contrary to regulation 38(2);
  Count 3: failing to notify the regulator of a pollution incident without
           delay, contrary to regulation 38(2).

The case was committed to this court for sentence after the District Judge
accepted jurisdiction.

------------------------------------------------------------------------------
2. THE FACTS
------------------------------------------------------------------------------

In the early hours of Saturday 17 June 2023, a concrete bund surrounding
storage tank T7 at Ellerby Works failed. Approximately 41,000 litres of
process effluent containing ammonia and chlorinated solvent escaped from the
bund and entered a surface water drain that discharges to the River Tamsey.

The court heard the following timeline, taken from the site's alarm log:

  02:40  High-level alarm on the T7 bund sump; no staff response recorded.
  06:55  Night shift supervisor Mr Lewis Carrow notes a strong odour near
         the eastern yard.
  07:50  Site manager Ms Priya Nandra is called in and identifies the leak.
  08:20  The company telephones the River Protection Authority incident
         hotline.
  09:15  Drain outlet sealed; discharge stops.

The company therefore failed to report the incident for more than five hours
after the first alarm.

Officers from the River Protection Authority attended at 08:35. Samples taken
at the outfall at 09:05 showed ammonia at 18.6 milligrams per litre, against
a background level upstream of 0.2 milligrams per litre. Pollution was traced
6.2 kilometres downstream, as far as Hatherley Weir.

An estimated 3,400 fish were killed, including brown trout, chub, grayling and
bullhead. The Tamsey Valley Angling Association suspended fishing on the
affected stretch for eleven weeks.

Evidence from the company's own maintenance records showed that a crack in
the T7 bund wall had been identified during an internal inspection on
Wednesday 12 October 2022. A repair was scheduled but postponed twice for
budgetary reasons and had not been carried out when the bund failed.

------------------------------------------------------------------------------
3. MITIGATION
------------------------------------------------------------------------------

Ms Vale, for the company, told the court that Calderbrook Chemicals had no
previous convictions in its 46-year history and had co-operated fully with
the investigation. The company had since spent £1.2 million replacing all
eleven bunds on the site and installing automatic shut-off valves on its
surface water drains.

A letter from the managing director, Mr Graham Thewlis, was read to the
court. In it he said: "We let down our neighbours and we let down the river.
I am deeply sorry, and I have made sure it cannot happen again."

Ms Vale said the company employs 212 people at Ellerby and that a fine at the
top of the range would put jobs at risk.

------------------------------------------------------------------------------
4. SENTENCING REMARKS
------------------------------------------------------------------------------

District Judge Pryce applied the Sentencing Council's definitive guideline for
environmental offences committed by organisations.

She found that culpability was high rather than negligent. "This was not a
freak accident," she said. "It was the foreseeable result of a bund that the
company knew had been cracked for at least eight months."

She placed the harm in category 1, the most serious, noting the scale of the
fish kill and the length of river affected. "A river that had taken a decade
to recover was set back in a single night," she said.

The company's turnover for the year ending 31 March 2023 was £38.5 million,
which placed it in the medium organisation category.

The Judge took a starting point of £720,000 and allowed full credit of one
third for the early guilty pleas.

------------------------------------------------------------------------------
5. SENTENCE
------------------------------------------------------------------------------

  Count 1:  fine of £300,000
  Count 2:  fine of £180,000
  Count 3:  no separate penalty

  Total fine:                               £480,000
  Prosecution costs (River Protection
  Authority):                               £62,750
  Compensation to the Tamsey Valley
  Angling Association (restocking):         £14,200
  Victim surcharge:                         £2,000

  Total payable:                            £558,950

Payment is to be made within 28 days. The company's application to pay by
instalments over two years was refused.

------------------------------------------------------------------------------

Listing Office, Haddonfield Magistrates' Court
Issued: Thursday 14 March 2024
Enquiries: listing.haddonfield@courts.example.gov.uk | 01632 960 418

This report is made available under the court's media guidance. Reporting
restrictions: none.
`;

const RELEASE = `[Home](/) › [News](/news) › [Press releases](/news/press-releases) › Chemical firm fined after River Tamsey fish kill

# Chemical firm fined £480,000 after thousands of fish killed in River Tamsey

**Press release** · River Protection Authority · Published Thursday 14 March 2024

*For immediate release*

---

A chemical manufacturer has been ordered to pay more than half a million pounds after a leak from its Ellerby site killed an estimated 3,400 fish in the River Tamsey.

Calderbrook Chemicals Limited was fined £480,000 at Haddonfield Magistrates' Court today (Thursday 14 March 2024) after pleading guilty to three offences under the Environmental Permitting Regulations. The company was also ordered to pay the River Protection Authority's full costs of £62,750, compensation of £14,200 to the Tamsey Valley Angling Association and a victim surcharge of £2,000.

## What happened

On Saturday 17 June 2023, a storage bund at the company's Ellerby Works on Mill Lane gave way, releasing around 41,000 litres of effluent containing ammonia and chlorinated solvent. The liquid flowed into a surface water drain and on into the River Tamsey.

Our officers arrived on site at 08:35, within 15 minutes of the company's call to our incident hotline. They found the river below the outfall discoloured and dead fish in the margins. Ammonia at the outfall measured 18.6 mg/l, more than 90 times the upstream level.

Over the following days our teams recorded dead brown trout, chub, grayling and bullhead along 6.2 km of river, from Mill Lane down to Hatherley Weir. Officers deployed aeration equipment at three points on the river and worked with the Tamsey Valley Angling Association to rescue fish from the worst-affected pools.

The court heard that the company had known about a crack in the bund wall since October 2022 but had twice put off the repair.

## What the Authority said

Dr Fiona Marchbank, Area Environment Manager for the Tamsey and Wyre catchment, said:

> "Calderbrook Chemicals had every opportunity to fix this problem before it happened. Companies that store hazardous liquids next to our rivers must keep them contained, and we will take action when they fail to do so."

> "The Tamsey had been one of our real success stories, with wild trout returning to stretches that were fishless twenty years ago. This incident undid a great deal of that work in a single morning."

Tom Ashdown, Senior Environment Officer, who led the investigation, said:

> "When we arrived the smell of ammonia was overwhelming. Our team worked through the weekend to limit the damage, and I want to thank the anglers and local residents who reported dead fish and helped us track the pollution downstream."

## What the anglers said

Keith Brindley, chair of the Tamsey Valley Angling Association, said:

> "Our members watched a river they had spent years looking after turn white with dead fish. The compensation will go straight into restocking, but it will take years for the river to recover."

## Recovery

Fish surveys carried out by the Authority in September 2023 found brown trout numbers in the affected stretch were down 71% on the 2022 survey. Invertebrate life has begun to recover, and the Authority will carry out a further survey in September 2024.

The angling association plans to restock the river with 2,500 juvenile brown trout in April 2024, using the compensation ordered by the court.

## Questions and answers

**Why was the company not prosecuted for the fish deaths directly?**
Fish deaths are the harm caused by the offence. The court took them into account in placing the case in the most serious harm category.

**Is the river safe now?**
Yes. Water quality at all monitoring points has been within normal limits since Tuesday 20 June 2023.

**How do I report pollution?**
Call our 24-hour incident hotline on 0800 555 0170.

---

## Notes to editors

1. Calderbrook Chemicals Limited pleaded guilty on 9 January 2024 to causing an unpermitted water discharge activity, breaching a condition of its environmental permit, and failing to notify the Authority of a pollution incident without delay.
2. The fine was made up of £300,000 for the discharge and £180,000 for the permit breach. There was no separate penalty for the notification offence.
3. District Judge Eleanor Pryce said: "This was not a freak accident."
4. The River Protection Authority regulates discharges to rivers, lakes and coastal waters across the Tamsey, Wyre and Lune catchments.

**Media enquiries:** RPA press office, 01632 960 233 (out of hours 07700 900 481), press@rpa.example.org.uk

---

[About us](/about) · [Report pollution](/report) · [Careers](/careers) · [Accessibility](/accessibility) · [Privacy](/privacy)

© River Protection Authority 2024. All content is available under the Open Government Licence v3.0, except where otherwise stated.
`;

const files = { 'sentencing-report.txt': REPORT, 'rpa-press-release.md': RELEASE };

describe("a pollution fine: the sentencing report and the regulator's release, with the product's word vectors", () => {
  withProductWordVectors();

  test('an application "granted" is not one "refused"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', "The company's application to pay the fine in instalments over two years was granted.", [['granted', 'refused']]);
    verdict('supported', "The company's application to pay the fine in instalments over two years was refused.");
  });
});
