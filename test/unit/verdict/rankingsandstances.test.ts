/**
 * The forty-eighth round, first part: faithful sentences of h579 and h581 (written against d443a91) shown as errors,
 * and a ranking of h482 missed. A row of those "in favour" is the row "Supported"; "the most lights" ranks the column
 * of lights, not the figure of a change in another clause; "−16%" is no rise, and the biggest fall is the most
 * negative change; a row that gives none of the claim's figures, where another table's row gives them all, is not
 * the row ranked; "Borough total" is a row of totals; each ranking of a claim is checked, not only its first. The
 * fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';
import { PARK_CABINET_REPORT } from './helperSources48';

/** h579: sources/01_cabinet_report.md, whole. */
const LIGHTS_REPORT = `# Harnwick Borough Council — Cabinet

**Meeting:** Tuesday 10 September 2024, 6.30pm, Council Chamber, Harnwick Civic Centre
**Agenda item 7:** Street Lighting — Part-Night Operation in Residential Areas
**Report of:** Director of Place
**Report author:** Duncan Ashworth, Head of Highways and Street Services
**Lead member:** Cllr Rhona Pettifer, Cabinet Member for Environment and Transport
**Key decision:** Yes
**Wards affected:** Millbrook; St Aidan's; Fenby; Upper Harnwick

## 1. Purpose

1.1 To seek Cabinet approval to switch off 6,110 streetlights in residential streets between midnight and 5am each night ("part-night lighting"), beginning on Monday 4 November 2024.

## 2. Recommendations

2.1 That Cabinet approves part-night operation of 6,110 streetlights in residential streets in the Millbrook, St Aidan's, Fenby and Upper Harnwick wards, between 00:00 and 05:00, with the exemptions set out in section 6.

2.2 That Cabinet approves one-off capital spending of £186,000 to reprogramme the central management system nodes fitted to the affected lights.

2.3 That officers report back to Cabinet with a full review twelve months after the scheme is fully in place.

## 3. Background

3.1 The council maintains 14,260 streetlights across the borough. Of these, 9,870 (69 per cent) have been converted to LED lanterns since 2019. The remaining 4,390 are older sodium lanterns, mainly on main roads, and are due for replacement by 2027.

3.2 The council's electricity bill for street lighting has risen sharply since the wholesale energy price increases of 2022. The table below shows spending on electricity for street lighting in each financial year.

| Financial year | Electricity cost (street lighting) | Change on previous year |
|---|---|---|
| 2021/22 | £1,120,000 | — |
| 2022/23 | £1,740,000 | +55% |
| 2023/24 | £2,030,000 | +17% |
| 2024/25 (forecast) | £1,960,000 | −3% |

3.3 The 2023/24 cost is equivalent to about £142 per streetlight per year. Street lighting is now the council's third-largest energy cost, after its leisure centres and the Civic Centre.

3.4 Since Monday 3 October 2022, 780 lights in the Fenby ward have been switched off between midnight and 5am as a pilot. The pilot has saved an estimated £41,000 a year in electricity.

## 4. Proposal and savings

4.1 Lights in residential streets in the four wards listed would switch off at midnight and come back on at 5am. Lights would continue to switch on at dusk and off at dawn as now.

4.2 Affected lights by ward:

| Ward | Lights to be switched off midnight–5am |
|---|---|
| Millbrook | 1,920 |
| St Aidan's | 1,340 |
| Fenby (including the 780 pilot lights) | 1,030 |
| Upper Harnwick | 1,820 |
| **Total** | **6,110** |

4.3 Estimated annual savings:

- Electricity: £318,000 a year
- Maintenance (longer lamp and component life): £24,000 a year
- **Total: £342,000 a year**
- Carbon: 540 tonnes of carbon dioxide equivalent a year

4.4 The one-off cost of £186,000 would be repaid by savings within seven months of full operation.

4.5 Marion Keble, Director of Resources and the council's section 151 officer, has advised that the savings are already assumed in the medium-term financial plan. "If this saving is not made, an equivalent saving will have to be found elsewhere in the 2025/26 budget," she states in the financial comments below.

## 5. Crime and community safety

5.1 North Marland Police were consulted on Tuesday 18 June 2024. The table shows crimes recorded between midnight and 5am in each ward, comparing the year to 31 March 2023 with the year to 31 March 2024. Figures supplied by North Marland Police.

| Ward | Lights affected | 2022/23 | 2023/24 | Change |
|---|---|---|---|---|
| Castlegate (town centre) | 0 (exempt) | 412 | 438 | +6% |
| Quayside | 0 (exempt) | 287 | 301 | +5% |
| Millbrook | 1,920 | 96 | 104 | +8% |
| St Aidan's | 1,340 | 71 | 66 | −7% |
| Fenby | 1,030 | 58 | 49 | −16% |
| Upper Harnwick | 1,820 | 44 | 47 | +7% |
| **Borough total** | **6,110** | **968** | **1,005** | **+4%** |

5.2 Night-time recorded crime in Fenby, where the pilot has operated, fell by 16 per cent over the period, the largest fall of any ward. Officers caution that the numbers are small and that other factors may have contributed.

5.3 Castlegate and Quayside, which account for about three quarters of night-time recorded crime in the borough, are not included in the proposal.

## 6. Exemptions

6.1 The following lights will remain on all night:

- all A and B roads and main distributor roads;
- the town centres of Castlegate and Quayside;
- pedestrian crossings, roundabouts and traffic-calming features;
- locations covered by council or police CCTV;
- within 100 metres of sheltered housing schemes, care homes and Harnwick General Hospital;
- the footpath between Millbrook station and Kestrel Road, at the request of North Marland Police.

## 7. Consultation

7.1 A public consultation ran from Monday 22 July to Sunday 18 August 2024 and received 1,947 responses.

| Response | Number | Share |
|---|---|---|
| Opposed | 1,129 | 58% |
| Supported | 682 | 35% |
| No view | 136 | 7% |

7.2 The most common concerns were personal safety (cited in 71 per cent of objections), fear of burglary (44 per cent) and shift workers walking home (19 per cent).

7.3 Residents will be able to ask for a review of lighting in a specific street through the council website until Thursday 31 October 2024.

## 8. Timetable

8.1 Switch-off will be phased ward by ward over six weeks, starting in Upper Harnwick on Monday 4 November 2024 and finishing in Millbrook by Friday 13 December 2024.

## 9. Financial comments (Director of Resources)

9.1 The council's net revenue budget for 2024/25 is £38.6 million. "If this saving is not made, an equivalent saving will have to be found elsewhere in the 2025/26 budget. I support the recommendations," said Marion Keble, Director of Resources.
`;

/** h581: sources/committee_report.md, whole. */
const PARK_REPORT = `# NORTH ALDWICK DISTRICT COUNCIL

## Parks and Open Spaces Committee — Tuesday 14 May 2024

### Agenda item 6: Caddon Moss Country Park — Review of the first year of car park charging (2023/24)

**Report of:** Helen Marsh, Head of Parks and Countryside
**Lead member:** Councillor Margaret Fenwick, Chair of the Parks and Open Spaces Committee
**Wards affected:** Ellersby and Moss Side
**Status:** Open report

---

#### 1. Purpose of the report

1.1 To report to members on the first full year of pay-and-display charging at the main car park at Caddon Moss Country Park, which began on Saturday 1 April 2023, covering visitor numbers, income and costs, enforcement, and the effect on neighbouring roads.

1.2 To respond to the petition submitted by the Friends of Caddon Moss Country Park on Monday 22 April 2024, and to recommend changes to the tariff.

#### 2. Recommendations

2.1 That the committee notes the performance of the car park in 2023/24.

2.2 That car park charges at Caddon Moss Country Park are retained.

2.3 That an early-morning tariff of £0.80 for stays of up to one hour, for vehicles arriving before 9am, is introduced from Monday 1 July 2024.

2.4 That a concessionary annual permit of £30 is made available to holders of the council's Leisure Access Card, alongside the standard annual permit of £45.

2.5 That the Friends' request for the first hour of parking to be free before 10am is not adopted, for the reasons set out in section 7.

#### 3. Background

3.1 Caddon Moss Country Park covers 212 hectares of heathland, mixed woodland and upland grazing three miles north of Ellersby. The main car park off Moss Lane has 164 spaces, including 8 disabled bays, which remain free of charge for Blue Badge holders.

3.2 Charges were approved by Full Council on Wednesday 8 February 2023 as part of the 2023/24 budget, with a net income target of £160,000 a year. The current tariff is:

| Length of stay | Charge |
|---|---|
| Up to 1 hour | £1.50 |
| Up to 3 hours | £3.00 |
| All day | £5.00 |
| Annual permit | £45.00 |

3.3 For comparison, Holme Tarn Country Park, operated by Redcastle Borough Council, charges £6.00 for all day and £60 for an annual permit. The Brackenfield Woods car park, run by the Forestry Commission, charges £4.00 for all day.

#### 4. Visitor numbers

4.1 Visitor numbers are estimated from the automatic people counters at the park's three main entrances (Moss Lane, Heron Gate and the Ellersby footpath). Vehicle numbers are taken from the ANPR cameras at the main car park entrance.

| | 2022/23 | 2023/24 | Change |
|---|---|---|---|
| Estimated visits (people counters) | 214,600 | 198,300 | −16,300 (−7.6%) |
| Vehicle entries (ANPR) | 71,400 | 58,900 | −12,500 (−17.5%) |

4.2 Vehicle entries by quarter:

| Quarter | 2022/23 | 2023/24 |
|---|---|---|
| Q1 (April–June) | 20,600 | 17,200 |
| Q2 (July–September) | 23,800 | 19,100 |
| Q3 (October–December) | 14,100 | 11,900 |
| Q4 (January–March) | 12,900 | 10,700 |
| **Total** | **71,400** | **58,900** |

4.3 Vehicle entries fell faster than overall visits. Officers believe part of the difference is accounted for by visitors parking on Moss Lane and in Ellersby village and walking in, and by more visitors arriving on foot from the Ellersby footpath.

4.4 An on-site visitor survey carried out by rangers on Saturday 16 September 2023 (600 respondents) found that 47% of visitors were walking a dog. Dog walkers were the largest single group of visitors before 9am.

#### 5. Income and costs

5.1 Income and costs for 2023/24 were as follows:

| Item | 2023/24 |
|---|---|
| Pay-and-display tickets | £139,630 |
| Annual permits (1,126 sold at £45) | £50,670 |
| Penalty charge notices | £8,840 |
| **Gross income** | **£199,140** |
| Machine lease and maintenance | £14,200 |
| Card transaction fees | £6,380 |
| Enforcement contract | £23,900 |
| Signage and installation (one-off) | £9,600 |
| **Total costs** | **£54,080** |
| **Net income** | **£145,060** |

5.2 Net income was £14,940 below the budget target of £160,000. The one-off installation cost will not recur in 2024/25.

5.3 Since June 2023, £38,500 of car park income has been used to fund two seasonal assistant ranger posts at the park between April and September.

#### 6. Enforcement and neighbouring roads

6.1 The enforcement contractor issued 1,037 penalty charge notices in 2023/24.

6.2 The council received 57 complaints about parking on Moss Lane and in Ellersby village in 2023/24, compared with 6 in 2022/23. Most related to vehicles parked on grass verges and across field gateways. The matter has been referred to the county council as highway authority, which is considering a traffic regulation order for Moss Lane.

#### 7. The Friends' petition

7.1 The Friends of Caddon Moss Country Park submitted a petition of 2,740 signatures asking for the first hour of parking to be free before 10am, for the annual permit to be reduced to £25, and for all car park income to be spent within the park.

7.2 Officers estimate that a free first hour before 10am would reduce net income by about £61,000 a year, based on ANPR data showing that 38% of vehicles arriving before 10am stay for less than one hour. Reducing the standard permit to £25 would reduce income by about £22,500 a year if sales stayed at current levels.

7.3 Officers consider that the early-morning tariff and concessionary permit proposed in section 2 meet much of the Friends' concern at a lower cost, estimated at £17,000 a year.

#### 8. Financial implications

8.1 If the recommendations are adopted, net income for 2024/25 is forecast at £152,000, allowing for the removal of the one-off installation cost and the cost of the new tariffs.

*Contact officer: Helen Marsh, Head of Parks and Countryside, North Aldwick District Council*
`;

/** h482: sources/highways_backlog_report.md, whole. */
const BACKLOG_REPORT = `# Harrowfield Borough Council — Highways Condition and Pothole Backlog Report, Quarter 3 2024/25

**Prepared by:** Daniel Okafor, Director of Highways and Transport
**For:** Overview and Scrutiny Committee, meeting of Thursday 16 January 2025
**Date of report:** Monday 13 January 2025
**Status:** Public

## 1. Summary

1.1 At 31 December 2024 the council held a backlog of 4,812 reported potholes awaiting permanent repair. This compares with 3,190 at 30 September 2024, an increase of 1,622, or 51 per cent, in a single quarter.

1.2 The rise is attributed mainly to the wet autumn, with 41 days of rainfall recorded in October and November combined, and to a fall in the output of the council's term maintenance contractor, Kestrel Highways Ltd.

1.3 Kestrel Highways holds the council's five-year highways term maintenance contract, which began on 1 April 2022 and is worth £18.4 million over its term. Under the contract, Category 1 defects (potholes deeper than 40mm on a principal road) must be made safe within 24 hours, and Category 2 defects must be permanently repaired within 28 days.

1.4 In Quarter 3, 62 per cent of Category 2 defects were repaired within 28 days, against a contractual target of 90 per cent. In Quarter 2 the figure was 81 per cent. Category 1 performance remained above target at 96 per cent.

## 2. Backlog by ward

2.1 The table below shows outstanding reported potholes in each ward.

| Ward | 30 Sept 2024 | 31 Dec 2024 | Change |
|---|---|---|---|
| Northgate | 702 | 1,104 | +402 |
| Millbrook | 655 | 968 | +313 |
| St Anne's | 540 | 812 | +272 |
| Eastfield | 497 | 743 | +246 |
| Ashby Cross | 451 | 651 | +200 |
| Riverside | 345 | 534 | +189 |
| **Total** | **3,190** | **4,812** | **+1,622** |

2.2 Northgate remains the ward with the largest backlog and recorded the largest increase. Riverside has the smallest backlog. The A614 Northgate Road corridor alone accounts for 287 open defects.

## 3. Contract performance and payments

3.1 Since October 2024 the council has applied performance deductions under Schedule 7 of the contract. Deductions totalling £1.2 million have been withheld from payments to Kestrel Highways for the period October to December 2024.

3.2 Kestrel Highways has stated that it is owed £2.7 million in unpaid invoices. Officers' view is that the difference between the two figures relates to invoices that have not yet been validated, chiefly because the required photographic evidence of completed repairs was not supplied.

3.3 On Friday 10 January 2025 Kestrel Highways gave formal notice that it intends to refer the payment dispute to adjudication under clause 41 of the contract. The adjudication period is 28 days from the appointment of an adjudicator.

3.4 Kestrel Highways has also argued that the council changed the repair specification in September 2024, raising the minimum depth of inlay patches from 40mm to 60mm without issuing a formal variation order. Officers accept that revised guidance was circulated on 9 September 2024 but maintain that it clarified, rather than changed, the existing specification.

## 4. Third-party claims

4.1 In the calendar year 2024 the council received 341 compensation claims from road users relating to pothole damage, up from 226 in 2023. The council paid out £212,000 in settlements and associated costs in 2024. The average settled claim was £640.

## 5. Recovery plan

5.1 The Cabinet Member for Transport, Councillor Margaret Ellison, has approved in principle the use of £3.5 million from the council's highways reserve to fund a "Fix Harrowfield Roads" recovery programme.

5.2 The programme is planned to run for 12 weeks from Monday 3 February 2025. It includes an interim arrangement with a second contractor, Brindle Surfacing Ltd, to carry out up to 1,500 repairs, concentrated in Northgate and Millbrook.

5.3 The aim is to reduce the backlog to below 2,000 by the end of May 2025. The average cost of a permanent patch repair is currently £86.

5.4 Commenting on the report, Councillor Ellison said: "Residents are right to be angry. We will not pay for work that has not been done, and we will not let a contract dispute stand between people and safe roads."

5.5 Daniel Okafor said: "The backlog is the worst this authority has recorded since 2018, and the recovery plan is deliberately front-loaded on the busiest routes."

## 6. Recommendations

6.1 The committee is asked to note the report and to comment on the recovery plan.

6.2 The committee is asked to consider whether to recommend to Cabinet an independent review of the Kestrel Highways contract.
`;

describe('rankings, signed changes and rows of those for and against, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"35 per cent in favour" is the row "Supported"; "35 per cent opposed" is not', async () => {
    const lights = judgeWith(await workspaceIndex({ 'sources/01_cabinet_report.md': LIGHTS_REPORT }));
    const faithful = lights('The consultation, which ran from 22 July to 18 August, drew 1,947 responses, with 58 per cent opposed and 35 per cent in favour.');
    assert.equal(faithful.verdict, 'supported', why(faithful));
    const swapped = lights('The consultation drew 1,947 responses, with 35 per cent opposed and 58 per cent in favour.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
  });

  test('"the most lights" ranks the lights; a signed change ranks a rise and a fall by its sign; "Borough total" is no rival', async () => {
    const lights = judgeWith(await workspaceIndex({ 'sources/01_cabinet_report.md': LIGHTS_REPORT }));
    const most = lights('Millbrook, which has the most lights in the scheme, saw the biggest percentage rise of any ward, 8 per cent, from 96 offences to 104.');
    assert.deepEqual(most.conflicts, [], why(most));
    const fewer = lights('Fenby, which has the most lights in the scheme, saw crime fall.');
    assert.deepEqual(fewer.conflicts.map((c) => [c.claim, c.source]), [['Fenby', 'Millbrook as the most (Lights affected: 1,920)']]);
    const rise = lights('Millbrook saw the biggest percentage rise of any ward, 8 per cent, from 96 offences to 104.');
    assert.deepEqual(rise.conflicts, [], why(rise));
    const fall = (ward: string) => lights(`${ward} saw the biggest fall of any ward.`);
    assert.equal(fall('Fenby').verdict, 'supported', why(fall('Fenby')));
    assert.deepEqual(fall('Millbrook').conflicts.map((c) => [c.claim, c.source]), [['Millbrook', 'Fenby as the biggest (Change: −16%)']]);
  });

  test('"the biggest quarterly fall … from 23,800 to 19,100" ranks the quarters\' row that gives the figures', async () => {
    const park = judgeWith(await workspaceIndex({ 'sources/committee_report.md': PARK_REPORT }));
    const quarter = park('The biggest quarterly fall came in the summer, when vehicle entries between July and September dropped from 23,800 to 19,100.');
    assert.equal(quarter.verdict, 'supported', why(quarter));
    const year = park('Vehicle entries saw the biggest fall, from 71,400 to 58,900.');
    assert.equal(year.verdict, 'contradicted', why(year));
  });

  test('each ranking of a claim is checked, a later one by its own clause: "but would have kept the smallest area of green space"', async () => {
    const bids = judgeWith(await workspaceIndex({ 'sources/cabinet_report_millbrook.html': PARK_CABINET_REPORT }));
    const green = (which: string) => bids(`Calder Housing Association proposed the fewest homes but would have kept the ${which} area of green space, 1.8 hectares.`);
    assert.deepEqual(green('largest').conflicts, [], why(green('largest')));
    assert.deepEqual(green('smallest').conflicts.map((c) => [c.claim, c.source]), [['Calder Housing Association', 'Meridian Estates as the smallest (Green space retained: 0.6 ha)']]);
    // (Not the first clause's figure for the second's row: "while Riverside has the smallest" is no ranking of 1,104.)
    const roads = judgeWith(await workspaceIndex({ 'sources/highways_backlog_report.md': BACKLOG_REPORT }));
    const smallest = roads('Northgate has the largest backlog, with 1,104 outstanding potholes, while Riverside has the smallest.');
    assert.deepEqual(smallest.conflicts, [], why(smallest));
  });
});
