/**
 * The forty-third round, second part: the false alarms shown as errors in the drafts h428 (of the last round) and
 * h434, h438, h442, h444, h445 (written against 46ad8a6: a flood defence scheme's overrun, a brewery takeover, rural
 * bus cuts, a university pensions strike, a zoo's licence). A figure compared with another ("six fewer than") is no
 * level; a claim joined from two sentences has its figures in both; a ranking of changes ranks changes, not the levels
 * they ran between, nor a table's header; "Phase 2" names a phase; "consultants Fenwick Lowe Associates" describes the
 * name; "the Board" of a company's announcement is the company; "a reduced 47" / "a reduced route 47"; "calculated" /
 * "shows"; "missing" / "absent". The fixtures are the helpers' sources, whole; the people, bodies and places are
 * invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MARKET_RELOCATION_REPORT, MATERNITY_INVESTMENT_STATEMENT } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

const FLOOD_BRIEFING = `# Hollinsford Flood Alleviation Scheme

## Project Briefing: Cost and Programme Update

**Environment Agency – Wend and Calder Area**
**Date:** Friday 10 January 2025
**Prepared by:** Gareth Pryce, Project Director
**Reviewed by:** Sunita Okafor, Area Flood Risk Manager
**Circulation:** Partnership board; Wendmoor District Council (Director of Place, Cabinet Member for Environment)

---

### 1. Summary

The forecast outturn cost of the Hollinsford Flood Alleviation Scheme has risen from the approved £18.4 million to £26.9 million, an increase of £8.5 million (46%).

Completion, originally programmed for October 2024, is now forecast for June 2026, a delay of 20 months.

The scope of the scheme is unchanged. On completion it will protect 1,240 homes and 85 businesses in Hollinsford against a 1-in-100-year flood (a 1% chance in any year), with an allowance for climate change.

### 2. Background

The scheme was approved by the Environment Agency's Large Project Review Group in March 2021. Construction began on Monday 7 March 2022 under a target-cost contract with Barrowcliffe Civil Engineering Ltd.

The scheme has three main elements:

- an upstream flood storage area at Marsh Lane, holding up to 650,000 cubic metres of water;
- 1.8 kilometres of flood walls and embankments through the town centre;
- a new pumping station and outfalls at Tanner's Quay.

Hollinsford last flooded in November 2019, when the River Wend overtopped at Bridge Street and 287 homes and 40 businesses were flooded.

### 3. Costs by phase

| Phase | Description | Approved budget | Current forecast | Variance | Variance (%) |
|---|---|---|---|---|---|
| 1 | Site clearance and enabling works | £1.9m | £2.3m | +£0.4m | +21% |
| 2 | Upstream storage area, Marsh Lane | £6.2m | £9.8m | +£3.6m | +58% |
| 3 | Town centre flood walls and embankments | £7.1m | £10.4m | +£3.3m | +46% |
| 4 | Tanner's Quay pumping station and outfalls | £3.2m | £4.4m | +£1.2m | +38% |
| **Total** | | **£18.4m** | **£26.9m** | **+£8.5m** | **+46%** |

The forecast is net of the contractor's share of the overrun under the target-cost (pain/gain) mechanism.

### 4. Reasons for the overrun

1. **Contaminated ground at Marsh Lane (about £2.1m).** Excavation in spring 2023 uncovered waste from the former Hollinsford tannery, which closed in 1962. Around 14,000 tonnes of contaminated soil had to be removed to licensed landfill.
2. **Soft clay beneath the town centre walls (about £2.4m).** Further ground investigation in 2023 found weak clay along 600 metres of the wall route. Deeper sheet-piled foundations were required and the walls were redesigned.
3. **Construction price inflation (about £2.6m).** Steel and concrete prices are 23% higher than at the time of the 2021 estimate. This affects all four phases.
4. **Programme extension (about £1.4m).** Site overheads and preliminaries for the longer programme, including the exceptionally wet winter of 2023–24, which cost 61 working days on site.

Sunita Okafor, Area Flood Risk Manager, said: "The contamination at Marsh Lane was far worse than any of the ground investigations suggested. Once we found it, we had no choice but to remove it safely."

### 5. Revised programme

| Milestone | Original date | Revised date |
|---|---|---|
| Marsh Lane storage area complete | March 2024 | September 2025 |
| Town centre walls complete | July 2024 | March 2026 |
| Tanner's Quay pumping station commissioned | October 2024 | June 2026 |
| Scheme completion | October 2024 | June 2026 |

Temporary flood barriers will remain in place at Bridge Street over the winters of 2024–25 and 2025–26.

### 6. Funding

| Source | Original | Revised |
|---|---|---|
| Flood Defence Grant-in-Aid (Environment Agency) | £14.1m | £20.1m |
| Wendmoor District Council | £2.8m | £5.3m |
| Regional Flood and Coastal Committee local levy | £1.5m | £1.5m |
| **Total** | **£18.4m** | **£26.9m** |

The Environment Agency will meet £6.0 million of the increase. The council's contribution would rise by £2.5 million, subject to a decision of full council on Wednesday 5 February 2025.

Gareth Pryce, Project Director, said: "We have not cut corners and we will not cut corners. The scheme will still protect every one of the 1,240 homes it was designed to protect."

### 7. Next steps

- A public drop-in session will be held at Hollinsford Library on Saturday 25 January 2025, from 10am to 2pm.
- An independent review of the cost estimate has been commissioned from Fenwick Lowe Associates, with a report due in April 2025.
- There are currently 140 workers on site.
`;

const BREWERY_ANNOUNCEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Castlemere Brewing Group plc - Completion of Acquisition of Harland &amp; Moss Brewers plc</title>
</head>
<body>
<p><strong>RNS Number: 4471K</strong><br>
Castlemere Brewing Group plc<br>
3 March 2025</p>

<p>NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, IN WHOLE OR IN PART, IN, INTO OR FROM ANY JURISDICTION WHERE TO DO SO WOULD CONSTITUTE A VIOLATION OF THE RELEVANT LAWS OF THAT JURISDICTION</p>

<h1>Castlemere Brewing Group plc</h1>
<h2>Completion of Acquisition of Harland &amp; Moss Brewers plc and Proposed Consolidation of Brewing Operations</h2>

<p>Castlemere Brewing Group plc (LSE: CBG) ("Castlemere" or "the Group"), the independent brewer and supplier to pubs across the North of England, announces that the acquisition of the entire issued and to be issued share capital of Harland &amp; Moss Brewers plc ("Harland &amp; Moss") was completed today, Monday 3 March 2025. The offer was declared unconditional in all respects on Friday 28 February 2025.</p>

<h3>The acquisition</h3>

<p>Under the terms of the offer, Harland &amp; Moss shareholders receive 248 pence in cash for each Harland &amp; Moss share, valuing the entire issued share capital of Harland &amp; Moss at approximately &pound;182.4 million. The offer price represents a premium of 31 per cent to the closing price of 189 pence per Harland &amp; Moss share on 14 November 2024, the last business day before the commencement of the offer period.</p>

<p>Valid acceptances have been received in respect of 93.6 per cent of the Harland &amp; Moss shares. Castlemere intends to apply the compulsory acquisition procedures to acquire the remaining shares. The cancellation of the admission of Harland &amp; Moss shares to trading on AIM is expected to take effect on or around Monday 31 March 2025.</p>

<p>Geoffrey Pellow, Chairman of Harland &amp; Moss, has stepped down from the Harland &amp; Moss board with effect from completion. Fiona Threlkeld, Chief Executive of Harland &amp; Moss, will join Castlemere's executive committee as Managing Director, Regional Brands.</p>

<h3>Proposed consolidation of brewing operations</h3>

<p>Following a review of the enlarged Group's three breweries, the Board proposes to close the Kellingford brewery, Harland &amp; Moss's original site on Mill Street, Kellingford, by 30 September 2025. Production of Harland &amp; Moss's core beers, including Kellingford Gold and Moss Best Bitter, would transfer to Castlemere's Dunmore brewery and to the Harland &amp; Moss brewery at Ashby Cross. The Kellingford taproom and distribution depot would remain open.</p>

<table border="1">
<caption>Enlarged Group breweries, year ended 31 December 2024</caption>
<tr><th>Site</th><th>Annual volume (hectolitres)</th><th>Capacity utilisation</th><th>Employees</th></tr>
<tr><td>Dunmore</td><td>1,210,000</td><td>68%</td><td>410</td></tr>
<tr><td>Ashby Cross</td><td>415,000</td><td>74%</td><td>233</td></tr>
<tr><td>Kellingford</td><td>262,000</td><td>52%</td><td>156</td></tr>
</table>

<p>The proposal would place 142 roles at risk of redundancy at Kellingford. It would also create 38 new roles at Dunmore and 21 new roles at Ashby Cross, and every affected employee will be offered the opportunity to apply for a role at either site. A collective consultation of 45 days with employee representatives, including the Food and Drink Workers' Union, will begin on Monday 10 March 2025. No final decision will be taken until the consultation has concluded.</p>

<h3>Financial effects</h3>

<p>The Board expects the combination to deliver annual pre-tax cost synergies of approximately &pound;11.5 million by the end of the financial year ending 31 March 2027, of which around &pound;7.2 million is expected to arise from the consolidation of brewing. One-off cash costs to achieve these synergies are estimated at approximately &pound;14.0 million, the majority of which is expected to be incurred in the financial year ending 31 March 2026.</p>

<p>Helen Marsh-Okafor, Chief Executive of Castlemere, said:</p>
<blockquote><p>"Bringing Harland &amp; Moss into the Castlemere family gives us two of the best-loved beer brands in the North. Proposing to close Kellingford is the hardest decision in this plan, and we will do everything we can to support the people affected, including offering every one of them the chance to move with the beer."</p></blockquote>

<p>Daniel Rourke, Chief Financial Officer of Castlemere, said:</p>
<blockquote><p>"The Kellingford site runs at around half of its capacity and needs investment of more than &pound;9 million over the next five years. Consolidating production lets us put that money into the brands instead."</p></blockquote>

<h3>Enquiries</h3>
<p>Castlemere Brewing Group plc &ndash; Investor Relations: +44 (0)113 496 0321<br>
Halden Street Partners (Financial Adviser to Castlemere) &ndash; Tom Akers, Managing Director: +44 (0)20 7946 0188</p>

<p>This announcement contains inside information for the purposes of Article 7 of the UK version of Regulation (EU) No 596/2014.</p>
</body>
</html>
`;

const BUS_REPORT = `# North Ashby County Council — Transport and Highways Committee

**Report title:** Proposed changes to commercial and supported bus services, Greyfield Buses Ltd (rural network)
**Meeting:** Thursday 13 March 2025, 10:00, Council Chamber, County Hall, Ashby
**Report author:** Helen Marsh, Head of Passenger Transport
**Cabinet member:** Cllr Robert Daventry, Cabinet Member for Transport
**Report date:** Tuesday 4 March 2025
**Status:** For decision

## 1. Purpose of the report

1.1 On Friday 14 February 2025 Greyfield Buses Ltd gave the Council formal notice, under the 56-day registration rules, that it intends to change four rural routes from Sunday 1 June 2025. This report sets out the proposals, the passenger figures, and the options open to the Council.

1.2 Greyfield Buses states that routes 31, 47 and 52 together lose about £640,000 a year after fares and the existing Council contribution. The company has said it can no longer cross-subsidise these routes from its urban network in Ashby.

## 2. The proposals

2.1 The table below shows each affected route, the present number of journeys each week, the proposed number, and passenger journeys for the last two financial years. Figures for 2024/25 are projected from April 2024 to January 2025 data supplied by the operator.

| Route | Corridor | Weekly journeys now | Proposed weekly journeys | Passengers 2023/24 | Passengers 2024/25 | Change |
|---|---|---|---|---|---|---|
| 12 | Ashby – Kelbrook | 84 | 84 (no change) | 412,000 | 421,500 | +2.3% |
| 31 | Ashby – Market Stoke via Fenwell | 60 | 36 | 96,400 | 88,700 | −8.0% |
| 47 | Market Stoke – Little Tolworth – Brackley Cross | 42 | 0 (withdrawn) | 38,200 | 31,900 | −16.5% |
| 52 | Kelbrook – Oxley Green | 30 | 12 (Tuesday, Thursday and Saturday only) | 22,600 | 20,100 | −11.1% |

2.2 Route 12 is not affected by the proposals and is listed for comparison only. It is the busiest route in the rural network and the only one on which passenger numbers rose in 2024/25.

2.3 Route 47 is the only route proposed for complete withdrawal. It serves six villages, of which three (Little Tolworth, Hensby and Coldharbour) have no other public transport. The nearest alternative stop for Little Tolworth residents would be on route 31 at Fenwell, about 4.5 miles away.

2.4 The Council currently pays Greyfield Buses £118,000 a year towards route 47 under a contract that ends on 31 May 2025. Part of this sum came from the Bus Service Improvement Plan grant, which ended on 31 March 2025 and has not been renewed.

## 3. Who uses route 47

3.1 An on-board survey carried out over two weeks in January 2025 found that 61% of passengers on route 47 held an older person's or disabled person's concessionary pass. About 22% of journeys were to or from Market Stoke Community Hospital or the GP surgery in Market Stoke. Around 140 pupils at Market Stoke Academy use the 8:05 morning journey, which is paid for separately under the school transport budget and is not part of this proposal.

3.2 The survey found that 38% of route 47 passengers said they had no other way to make their journey.

## 4. Options

4.1 **Option A — Accept the changes.** No additional cost. The supported-services budget for 2025/26 is £2.1 million, and this option keeps spending within it.

4.2 **Option B — Fund a reduced route 47.** Greyfield Buses has quoted £165,000 a year to run route 47 on three days a week (Monday, Wednesday and Friday), with four return journeys on each of those days. This would need £47,000 more than the present contract.

4.3 **Option C — Demand-responsive service.** Replace route 47 with a bookable minibus ("Tolworth Flexi") operated by Tolworth Valley Community Transport, using two vehicles, at an estimated £92,000 a year. Bookings would be taken by phone or app up to 24 hours ahead.

4.4 Officers recommend Option C, subject to a 12-month trial and a review in June 2026.

## 5. Consultation

5.1 Officers met Little Tolworth Parish Council on Monday 3 March 2025. The parish council told officers that it would support "anything that keeps a bus, or something like a bus, coming through the village." Cllr Margaret Lindqvist, speaking for the parish council, said: "A minibus you have to ring a day ahead for is not the same as a timetable you can rely on, but it is better than nothing."

5.2 Cllr Robert Daventry said in a statement ahead of the meeting: "We cannot replace every journey a commercial operator walks away from, but we will not leave villages like Little Tolworth cut off."

## 6. Recommendations

6.1 That the Committee notes the changes to routes 31 and 52.
6.2 That the Committee approves Option C for route 47 for a 12-month trial from Sunday 1 June 2025, at a cost of up to £92,000, funded from the supported-services budget.
6.3 That the Head of Passenger Transport reports back to the Committee in June 2026.
`;

const STRIKE_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ARSU Northmoor: members vote for ten days of strike action over pensions</title>
</head>
<body>
<header>
  <p class="org">Academic and Related Staff Union (ARSU) &ndash; Northmoor University Branch</p>
  <p class="dateline">PRESS RELEASE &ndash; For immediate release &ndash; Thursday 20 February 2025</p>
</header>

<h1>Northmoor University staff vote for ten days of strike action to defend their pensions</h1>

<p>Members of the Academic and Related Staff Union (ARSU) at Northmoor University in Castlebridge have voted overwhelmingly to take strike action over the university's plan to close the defined-benefit section of the Northmoor University Retirement Plan (NURP).</p>

<p>The ballot closed at noon on Friday 14 February 2025. Of the branch's 1,420 eligible members, 866 returned a vote, a turnout of 61 per cent. Of those voting, 727 (84 per cent) backed strike action and 139 (16 per cent) voted against. A separate question on action short of a strike, including a marking and assessment boycott, was supported by 91 per cent of those voting.</p>

<p>The turnout comfortably clears the 50 per cent legal threshold. It is the highest turnout recorded in any industrial action ballot at Northmoor since the branch was founded in 1994.</p>

<h2>What the university is proposing</h2>

<p>Under proposals published by the university's Finance and Resources Committee on 9 December 2024, the defined-benefit section of NURP would close to future accrual on 1 August 2025. All members would then move to a defined-contribution arrangement. The employer contribution would fall from 19.5 per cent of salary to 12 per cent, while members would continue to pay 8 per cent.</p>

<p>The union's own modelling, carried out by the independent actuarial firm Halloran Pike, shows that a typical lecturer aged 40 earning &pound;48,000 would lose around &pound;240,000 in retirement income over their lifetime &ndash; roughly &pound;9,600 a year. Younger staff on fixed-term contracts would be hit hardest.</p>

<p>The university says the scheme's deficit rose to &pound;86 million at the latest valuation, dated 31 March 2024, up from &pound;52 million in 2021. ARSU disputes that figure, arguing that the valuation used unduly pessimistic assumptions about investment returns.</p>

<h2>Strike dates</h2>

<p>Members will walk out on ten days in three waves during March:</p>

<table border="1">
  <thead>
    <tr><th>Wave</th><th>Dates</th><th>Days</th></tr>
  </thead>
  <tbody>
    <tr><td>1</td><td>Monday 3 March &ndash; Friday 7 March</td><td>5</td></tr>
    <tr><td>2</td><td>Tuesday 18 March &ndash; Thursday 20 March</td><td>3</td></tr>
    <tr><td>3</td><td>Monday 24 March &ndash; Tuesday 25 March</td><td>2</td></tr>
    <tr><td colspan="2"><strong>Total</strong></td><td><strong>10</strong></td></tr>
  </tbody>
</table>

<p>Picket lines will be held at the main entrance on Harrowgate Road, at the Keller Science Park and at the Wexcombe medical campus from 8am on each strike day. A rally is planned outside the Aldous Library at noon on Monday 3 March.</p>

<h2>What they said</h2>

<p>Dr Helen Marsh, ARSU Northmoor branch president and senior lecturer in chemistry, said: &ldquo;Our members have spoken with one voice. Nobody wants to strike, but we will not stand by while the university tears up the pension promise that staff were given when they signed their contracts.&rdquo;</p>

<p>She added: &ldquo;The door to negotiation is open. If the university withdraws its proposal, we can call off the action tomorrow.&rdquo;</p>

<p>Martin Greaves, general secretary of ARSU, said: &ldquo;Northmoor is trying to balance its books on the backs of its lowest-paid academics. Every branch in the country is watching what happens in Castlebridge.&rdquo;</p>

<p>Tomasz Wieczorek, the branch secretary, said the union had written to the vice-chancellor, Professor Richard Aldane, on Tuesday 18 February asking for talks through the Higher Education Mediation Service.</p>

<h2>Notes to editors</h2>
<ul>
  <li>ARSU Northmoor represents around 1,600 academic, research and professional staff, of whom 1,420 were eligible to vote in this ballot.</li>
  <li>Northmoor University employs about 4,900 staff and teaches around 23,500 students.</li>
  <li>Press contact: Tomasz Wieczorek, branch secretary, 01632 960 418.</li>
</ul>
</body>
</html>
`;

const ZOO_INSPECTION = `# Special Inspection Report — Thornbury Vale Zoo

**Licensing authority:** Marlow District Council
**Licence holder:** Ashcombe Leisure Ltd (trading as Thornbury Vale Zoo), Ridgeway Lane, Kestleton
**Licence number:** MDC/ZL/0417
**Type of inspection:** Special inspection (unannounced), Zoo Licensing Act 1981, section 11
**Date of inspection:** Tuesday 4 March 2025, 09:15 to 17:40
**Report issued:** Friday 14 March 2025

## Inspection team

- Dr Helen Okafor MRCVS, lead inspector, veterinary surgeon appointed from the Secretary of State's list of zoo inspectors
- Martin Reeve, Senior Licensing Officer, Marlow District Council
- Claire Ashworth, Environmental Health Officer, Marlow District Council

Present for the zoo: Graham Tulloch, Director of Ashcombe Leisure Ltd; Lucy Brannigan, Head Keeper.

## Background

Thornbury Vale Zoo holds 312 animals of 64 species on a 19-acre site. The zoo was last subject to a periodic inspection on Tuesday 12 November 2024, at which 6 conditions were attached to the licence with a deadline of Friday 14 February 2025. This special inspection was arranged after the council received 41 complaints from members of the public between December 2024 and February 2025, and after an escape of two ring-tailed lemurs on Thursday 9 January 2025.

## Summary of findings

The inspectors recorded 17 findings in total. Of these, 7 were classed as major (a direct risk to animal welfare or public safety), 8 as minor, and 2 as observations. Only 1 of the 6 conditions set in November 2024 had been fully met by the February deadline.

| Ref | Area | Finding | Grade |
|-----|------|---------|-------|
| F1 | Big cats | Stand-off barrier at the Amur tiger enclosure broken along a 4-metre section; public could reach within 1 metre of the primary fence | Major |
| F2 | Big cats | Secondary fence gate padlock missing; gate secured with cable tie | Major |
| F3 | Veterinary care | Clinical records absent or incomplete for 38% of the 50 animals sampled | Major |
| F4 | Veterinary care | No contract in place with a zoo veterinary practice since October 2024 | Major |
| F5 | Mortality | 23 animal deaths recorded in the 12 months to February 2025, against 9 in the previous 12 months; post-mortems carried out on 4 | Major |
| F6 | Emergency | Firearms team: only one trained marksman on the staff rota; firearms certificate expired on 2 January 2025 | Major |
| F7 | Staffing | Keeper numbers down from 17 to 11 since November 2024; no keeper on site overnight on 3 of the 7 nights checked | Major |
| F8 | Primates | Lemur island moat water level below the safe minimum | Minor |
| F9 | Reptiles | Heat lamps without guards in two vivaria | Minor |
| F10 | Food | Food store contaminated with rodent droppings | Minor |
| F11 | Records | Stock register not reconciled since August 2024 | Minor |
| F12 | Conservation | No participation in any recognised breeding programme | Minor |
| F13 | Education | Signage missing or out of date at 14 enclosures | Minor |
| F14 | Public safety | First-aid kit at the café incomplete | Minor |
| F15 | Birds | Aviary netting torn | Minor |
| F16 | Finance | Evidence of unpaid invoices to feed suppliers | Observation |
| F17 | Visitors | Visitor numbers fell 22% in 2024 compared with 2023 | Observation |

## Mortality

Deaths in the 12 months to the end of February 2025 rose to 23, an increase of about 155% on the 9 deaths in the previous 12 months. The deaths included a female Amur tiger, two meerkats, a Bactrian camel and eleven birds. Post-mortem examinations were carried out on only 4 of the 23 animals.

## Conclusions of the lead inspector

Dr Okafor wrote: "In twenty years of inspecting zoos I have rarely seen such a rapid decline in standards at a single collection."

She added: "The failures at the tiger enclosure alone represent a real risk to human life, and they were reported to the operator in November."

## Recommendation

The inspectors recommend that Marlow District Council consider revocation of the licence under section 17 of the Zoo Licensing Act 1981. In the event of revocation, the inspectors recommend that the council require the operator to submit a rehoming plan for all animals within 28 days.

## Costs

The cost of this special inspection, £3,850, is recoverable from the licence holder under section 15 of the Act.
`;

describe('the forty-third round: figures joined and ranked, names described, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a figure compared with another is no level; a claim joined from two sentences has its figures in both', async () => {
    const market = judgeWith(await workspaceIndex({ 'sources/cabinet-report-market-relocation.md': MARKET_RELOCATION_REPORT }));
    const pitches = market("Of the 64 pitches in Corn Square, 51 are currently let, while the Mill Lane layout has room for 58.");
    assert.notEqual(pitches.verdict, 'contradicted', why(pitches));
    const swapped = market('Of the 46 pitches in Corn Square, 51 are currently let, while the Mill Lane layout has room for 58.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
    // (Not where the rival's own sentence gives the claim's other figures: the copy's 12 stands against the 18.)
    const midwives = judgeWith(await workspaceIndex({ 'sources/trust_statement.html': MATERNITY_INVESTMENT_STATEMENT }))("The money will pay for 30 more midwives, 18 of them recruited from overseas, two additional consultant obstetricians and a dedicated triage team.");
    assert.equal(midwives.verdict, 'contradicted', why(midwives));
  });

  test('a ranking of changes ranks changes, not the levels they ran between nor a table\'s header', async () => {
    const flood = judgeWith(await workspaceIndex({ 'sources/ea_project_briefing.md': FLOOD_BRIEFING }));
    const largest = flood("The largest single rise is at the upstream storage area at Marsh Lane, where the forecast cost of Phase 2 has grown from £6.2 million to £9.8 million.");
    assert.notEqual(largest.verdict, 'contradicted', why(largest));
    const steepest = flood("The town centre flood walls have seen the steepest percentage increase of any phase, at 46 per cent.");
    assert.equal(steepest.verdict, 'contradicted', why(steepest));
    assert.ok(steepest.conflicts.some((c) => c.source.includes('+58%')), why(steepest));
    const marsh = flood('Marsh Lane has seen the steepest percentage increase of any phase, at 58 per cent.');
    assert.notEqual(marsh.verdict, 'contradicted', why(marsh));
  });

  test('a description before a name; a company\'s "Board"', async () => {
    const flood = judgeWith(await workspaceIndex({ 'sources/ea_project_briefing.md': FLOOD_BRIEFING }));
    const consultants = flood("An independent review of the cost estimate by consultants Fenwick Lowe Associates is due to report in April.");
    assert.notEqual(consultants.verdict, 'contradicted', why(consultants));
    const other = flood('An independent review of the cost estimate by consultants Harland Lowe Associates is due to report in April.');
    assert.equal(other.verdict, 'contradicted', why(other));
    const brewery = judgeWith(await workspaceIndex({ 'sources/castlemere_announcement_2025-03-03.html': BREWERY_ANNOUNCEMENT }))("Castlemere expects annual cost savings of about £11.5 million by the end of the financial year ending March 2027, of which around £7.2 million would come from consolidating brewing.");
    assert.notEqual(brewery.verdict, 'contradicted', why(brewery));
  });

  test('"a reduced 47" / "a reduced route 47"; "calculated" / "shows"; "missing" / "absent"', async () => {
    const bus = judgeWith(await workspaceIndex({ 'sources/committee_report.md': BUS_REPORT }))("Greyfield had offered to run a reduced 47 on Mondays, Wednesdays and Fridays, with four return journeys each day, for £165,000 a year.");
    assert.notEqual(bus.verdict, 'contradicted', why(bus));
    const strike = judgeWith(await workspaceIndex({ 'sources/arsu_press_release.html': STRIKE_RELEASE }))("The union's actuaries, Halloran Pike, calculated that a typical 40-year-old lecturer earning £48,000 would lose about £9,600 a year in retirement.");
    assert.notEqual(strike.verdict, 'contradicted', why(strike));
    const zoo = judgeWith(await workspaceIndex({ 'sources/inspection_report.md': ZOO_INSPECTION }))("Clinical records were missing or incomplete for 38% of the 50 animals sampled.");
    assert.notEqual(zoo.verdict, 'contradicted', why(zoo));
  });
});
