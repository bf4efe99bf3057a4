/**
 * The fifty-second round, second part: faithful sentences shown as errors in h692–h697 (written against 7a8f248). A
 * verb denied before "more than" caps the figure ("will not be able to occupy more than 130"), and a rival that
 * differs in its bound only says so ("No more than 130, not more than 130"); a body after a person and a post in
 * apposition is not the speaker ("Martin Oduya, Land and Planning Director, Kestrel Homes (Midlands) Ltd, said:");
 * "not … until" holds up to twelve words apart; a rounded sum is the document's row of totals ("just over £6m" /
 * "Total | £6,045,300"). The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h694: sources/s106_summary.md, whole. */
const S106_SUMMARY = `# Hollins Meadow, Hollins Lane, Brackwell — Section 106 Agreement: Summary of Obligations

**Prepared by:** Kestrel Homes (Midlands) Ltd, Land and Planning Department
**Contact:** Martin Oduya, Land and Planning Director
**Issued:** Monday 17 February 2025
**Planning reference:** NT/24/0871/OUT (outline permission for up to 260 dwellings, granted by North Tallowshire District Council planning committee on Wednesday 23 October 2024)
**Agreement signed:** Tuesday 11 February 2025, between North Tallowshire District Council, Tallowshire County Council and Kestrel Homes (Midlands) Ltd

---

## 1. Purpose of this summary

This document summarises the planning obligations attached to the Hollins Meadow development. It is issued for information to residents, Brackwell Town Council and Brackwell Rovers Juniors FC. It does not replace the signed agreement, which is available on the district council's planning portal.

## 2. Development at a glance

- Site area: 9.8 hectares, of which 3.1 hectares is the existing Hollins Lane playing field
- Dwellings: up to 260
- Affordable homes: 78 (30 per cent), of which 55 for social or affordable rent and 23 for shared ownership
- On-site public open space: 0.9 hectares, including a local equipped area for play
- Expected first occupations: spring 2026

## 3. Replacement playing field provision (Schedule 4)

Sport England objected to the original application because it would mean the loss of a playing field. The objection was withdrawn on Friday 4 October 2024 after Kestrel Homes agreed to provide a replacement ground that is "equivalent or better in quantity and quality".

| | Hollins Lane (existing) | Marlow Farm (replacement) |
|---|---|---|
| Site area | 3.1 ha | 4.2 ha |
| Pitches | 7 | 9 |
| 11v11 pitches | 2 | 3 |
| 9v9 pitches | 2 | 2 |
| 7v7 pitches | 3 | 2 |
| 5v5 mini-pitches | 0 | 2 |
| Changing facilities | Two portable cabins | Permanent pavilion, four changing rooms |
| Parking | On-street only | 64 spaces, including 4 accessible bays |
| Drainage | None (natural soil) | Piped and sand-slit drainage to all pitches |

Obligations:

1. Kestrel Homes will lay out and seed the nine pitches at Marlow Farm, off Fenwick Road, Stanbury, with works beginning no later than Monday 30 June 2025.
2. Seeding to be completed by Monday 15 September 2025, followed by a growing-in period of not less than 10 months.
3. The changing pavilion to be completed by Thursday 30 April 2026.
4. The replacement ground to be made available for play by Saturday 1 August 2026, ahead of the 2026–27 season.
5. No more than 130 homes (half the total) may be occupied until the replacement ground has been certified as complete by the district council.
6. The freehold of Marlow Farm playing fields will be transferred to North Tallowshire District Council, which will grant a 25-year lease to Brackwell Rovers Juniors FC.
7. Ducting will be installed to allow floodlights to be fitted to pitch 1 in future. Floodlights themselves are not part of this agreement.
8. The footpath from Fenwick Road to the pavilion (approximately 180 metres) will be lit with low-level bollard lighting.

## 4. Financial contributions

| Obligation | Recipient | Amount |
|---|---|---|
| Pitch construction and drainage, Marlow Farm | Delivered by developer | £1,240,000 |
| Changing pavilion | Delivered by developer | £685,000 |
| Car park and access road | Delivered by developer | £148,000 |
| Pitch maintenance sum (15 years) | North Tallowshire DC | £210,000 |
| Interim pitch hire, 2025–26 season | Brackwell Rovers Juniors FC | £12,000 |
| **Sports provision subtotal** | | **£2,295,000** |
| Education (Stanbury Primary School, 60 additional places) | Tallowshire County Council | £1,830,000 |
| Highways: Fenwick Road / Hollins Lane junction | Tallowshire County Council | £364,000 |
| Bus service: route 41 evening extension to 8pm, five years | Tallowshire County Council | £96,000 |
| Play area equipment | North Tallowshire DC | £75,000 |
| Healthcare (Brackwell Medical Practice) | NHS Tallowshire ICB | £118,000 |
| **Total** | | **£4,778,000** |

The pitch maintenance sum equates to £14,000 a year over 15 years and is paid to the district council, not to the club.

## 5. Statement

Martin Oduya, Land and Planning Director, Kestrel Homes (Midlands) Ltd, said: "We understand what Hollins Lane means to Brackwell. The replacement ground at Marlow Farm is bigger, better drained and better equipped than the field it replaces, and the agreement ties our housing to it: we cannot occupy more than half the homes until the new pitches are finished."

## 6. Monitoring

The district council will charge a monitoring fee of £4,500, payable on commencement. Progress reports will be published every six months.
`;

/** h695: sources/03_interview_cllr_marchbank.md, whole. */
const LTN_INTERVIEW = `# Interview transcript

**Interviewee:** Cllr Helen Marchbank, Cabinet Member for Climate and Transport, Hatherby Borough Council
**Interviewer:** Tom Ashdown, Local Democracy Reporter, Hatherby Chronicle
**Date:** Friday 17 October 2025
**Location:** Hatherby Civic Centre, by telephone follow-up for final question
**Duration:** 22 minutes

---

**TOM ASHDOWN:** Councillor, the report came out yesterday. What is your headline from it?

**HELEN MARCHBANK:** The headline is that it works. Traffic on the streets inside Millbrook is down by three quarters. Cycling is up by more than half. Air pollution inside the area has fallen. Those are the things we said we wanted to achieve, and we have achieved them in six months.

**TOM ASHDOWN:** But traffic on the main roads has gone up. Queen's Parade is up seven per cent, Northgate nearly eight.

**HELEN MARCHBANK:** It has, and I'm not going to hide from that. But look at the totals. We took more than eleven thousand vehicles a day off the residential streets and the boundary roads picked up about two and a half thousand. That gap matters. And January is always quieter than June, so some of that increase would have happened anyway.

**TOM ASHDOWN:** Hatherby Road is now at 39.4 micrograms of nitrogen dioxide. That's very close to the legal limit.

**HELEN MARCHBANK:** It is close, and it was close before. It was 38.6 before the trial. I've asked officers to put two more diffusion tubes on Hatherby Road from November so we have better data. If we need to do more on that road, we will.

**TOM ASHDOWN:** Almost fifteen thousand fines. The residents' association says it feels like a cash cow.

**HELEN MARCHBANK:** I understand why people say that, but I don't accept it. The best camera is one that issues no fines at all because everyone knows the rules. Nearly two thirds of those fines came in the first six weeks, and the numbers have dropped sharply since. Every penny of surplus goes back into roads and transport, by law.

**TOM ASHDOWN:** Will you refund the April fines at Station Approach, as the residents are asking?

**HELEN MARCHBANK:** I'm not going to promise that today. I've asked officers to look at the signage complaints, and if the signs were not good enough, we'll look at it.

**TOM ASHDOWN:** What about carers? Some have been fined at Canal Street.

**HELEN MARCHBANK:** That was a mistake on our part, frankly. We should have thought about carers from day one. The change to the exemption in the report fixes it.

**TOM ASHDOWN:** The consultation shows more people opposed than supported overall. Why push ahead?

**HELEN MARCHBANK:** Because the people who live with it every day want to keep it. Fifty-four per cent of residents inside the area support it. People who drive through Millbrook have a view, and it matters, but it shouldn't outweigh the people whose children play on those streets.

**TOM ASHDOWN:** Will cabinet make it permanent on the fourth of November?

**HELEN MARCHBANK:** That's a decision for cabinet as a whole, and I'll listen to the deputations first. But I'll be recommending that we keep it, with the changes officers have proposed.

**TOM ASHDOWN:** Will there be more LTNs in Hatherby?

**HELEN MARCHBANK:** Not before we've got this one right. I won't be bringing forward any new low traffic neighbourhood until at least 2027.

---

*Transcript ends.*
`;

/** h697: sources/02_administrators_progress_report.md, whole. */
const ADMINISTRATORS_REPORT = `# Harlow & Pennick Brewery Ltd (in Administration)

## Joint Administrators' Progress Report to Creditors No. 1

**Prepared by:** Fiona Aldridge and Rajesh Menon, Joint Administrators, Cobbold Whitcombe LLP, 4 Minster Yard, Hallamby
**Date of appointment:** Friday 1 March 2024
**Period covered:** 1 March 2024 to 5 April 2024
**Date of report:** Friday 12 April 2024
**Court:** High Court of Justice, Business and Property Courts in Hallamby, Insolvency and Companies List

### 1. Introduction

1.1 The joint administrators were appointed by the directors of Harlow & Pennick Brewery Ltd ("the Company") on Friday 1 March 2024, following the filing of a notice of intention to appoint on Tuesday 27 February 2024.

1.2 The purpose of the administration is to achieve a better result for the Company's creditors as a whole than would be likely if the Company were wound up without first being in administration.

### 2. Employees

2.1 At the date of appointment the Company employed 112 people. Because no funding was available to continue brewing, 85 employees were made redundant on Monday 4 March 2024.

2.2 A further 12 employees were made redundant on Thursday 28 March 2024 once the packaging of remaining stock had been completed. Fifteen employees remain in post, principally in security, maintenance, finance and warehousing.

2.3 The joint administrators have supplied the Redundancy Payments Service with the information it needs to process claims. As at 5 April 2024, the Redundancy Payments Service had received claims from 91 former employees.

2.4 The joint administrators are aware that the Brewing, Food and Distribution Union (BFDU) has indicated that it intends to pursue a claim for a protective award on behalf of its members. The joint administrators' position is that it was not reasonably practicable to carry out collective consultation before the redundancies, as the Company had no means to pay wages beyond 4 March 2024.

### 3. Sale of the business and assets

3.1 The business and assets were marketed from Monday 4 March 2024, with a deadline for expressions of interest of Friday 22 March 2024. Marketing included advertisements in two trade publications and direct approaches to 64 parties identified by the joint administrators' agents, Lyle Fairbank Property & Asset Advisers.

3.2 By the deadline, 19 expressions of interest had been received. Eleven parties signed non-disclosure agreements and were given access to a data room.

3.3 Four indicative offers were received by the second-round deadline of Friday 5 April 2024:

| Bidder type | Assets sought | Continue brewing on site? |
|---|---|---|
| Regional brewer | Brands, recipes and customer lists only | No |
| Property developer | Kilnsey Road freehold only | No |
| Consortium including former management | Whole business as a going concern | Yes |
| Equipment dealer | Plant and machinery only | No |

3.4 The joint administrators are in discussions with the bidders and expect to select a preferred bidder during May 2024. No sale has yet been agreed. The joint administrators have a duty to achieve the best overall return for creditors, and any offer to continue brewing on site will be assessed on that basis.

### 4. Assets

4.1 Estimated realisable values, based on the valuation by Lyle Fairbank Property & Asset Advisers dated Friday 15 March 2024:

| Asset | Book value | Estimated to realise |
|---|---|---|
| Freehold land and buildings, Kilnsey Road | £2,600,000 | £1,900,000 |
| Plant and machinery | £1,150,000 | £640,000 |
| Stock (finished beer and raw materials) | £388,000 | £215,000 |
| Book debts | £702,000 | £420,000 |
| Brands and intellectual property | nil | uncertain |
| Cash at bank | £36,000 | £36,000 |
| **Total (excluding brands)** | **£4,876,000** | **£3,211,000** |

4.2 Since appointment, the joint administrators have sold finished beer with a value of £58,300 to trade customers and collected £134,700 of book debts.

### 5. Creditors

5.1 Claims against the Company as shown in the directors' statement of affairs, updated for claims received to 5 April 2024:

| Creditor | Class | Amount |
|---|---|---|
| Northgate Commercial Finance | Secured (fixed and floating charge) | £2,350,000 |
| Employees: arrears of wages and holiday pay | Preferential (ordinary) | £148,900 |
| HM Revenue & Customs: PAYE, NIC and VAT | Preferential (secondary) | £612,400 |
| Employees: redundancy and notice pay | Unsecured | £1,064,000 |
| Veltra Energy Ltd | Unsecured | £318,000 |
| Marbury Glass Containers Ltd | Unsecured | £204,500 |
| Ashby Vale Maltings | Unsecured | £176,200 |
| Other trade creditors (209) | Unsecured | £1,171,300 |
| **Total** | | **£6,045,300** |

5.2 The unsecured trade creditors, including Veltra Energy, Marbury Glass Containers and Ashby Vale Maltings, number 212 in total and are owed £1,870,000.

### 6. Prospects for creditors

6.1 The secured creditor is expected to be repaid in full.

6.2 Preferential creditors are expected to be repaid in full.

6.3 On current estimates, unsecured creditors are likely to receive a dividend of between 2p and 6p in the pound. This depends heavily on the sale price achieved for the freehold and on whether the brands can be sold separately.

### 7. Costs

7.1 The joint administrators' time costs for the period total £187,450, representing 602 hours at an average rate of £311 per hour. Their fees have not yet been approved by creditors.

7.2 The next report will be issued within one month of the end of the next six-month period, or earlier if a sale is completed.

Fiona Aldridge
Joint Administrator
`;

describe('denied bounds, a speaker before a company, a late "until" and rounded totals, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"will not be able to occupy more than 130" is "No more than 130"; "can occupy more than 130" says the bounds', async () => {
    const s106 = judgeWith(await workspaceIndex({ 'sources/s106_summary.md': S106_SUMMARY }));
    const capped = s106('Kestrel will not be able to occupy more than 130 of the homes until the district council certifies the new ground as complete.');
    assert.deepEqual(capped.conflicts, [], why(capped));
    const more = s106('Kestrel can occupy more than 130 homes before the replacement ground has been certified as complete by the district council.');
    assert.ok(more.conflicts.some((c) => c.claim === 'more than 130' && c.source === 'No more than 130'), why(more));
  });

  test('"Martin Oduya, Land and Planning Director, Kestrel Homes (Midlands) Ltd, said:" gives him the quotation, not "Ltd"', async () => {
    const files = { 'sources/s106_summary.md': S106_SUMMARY };
    assert.deepEqual(await misattributions(files, '"The replacement ground at Marlow Farm is bigger, better drained and better equipped than the field it replaces," said Martin Oduya, Kestrel\'s land and planning director.'), []);
    const other = await misattributions(files, '"The replacement ground at Marlow Farm is bigger, better drained and better equipped than the field it replaces," said Gareth Pennock, the club\'s chairman.');
    assert.ok(other.some((m) => /Martin Oduya/.test(m)), other.join('\n'));
  });

  test('"would not bring forward any new low traffic neighbourhood in Hatherby until at least 2027" is the councillor\'s "won\'t … until"', async () => {
    const interview = judgeWith(await workspaceIndex({ 'sources/03_interview_cllr_marchbank.md': LTN_INTERVIEW }));
    const until = interview('Cllr Marchbank said she would not bring forward any new low traffic neighbourhood in Hatherby until at least 2027.');
    assert.deepEqual(until.conflicts, [], why(until));
  });

  test('"owes creditors just over £6m" is the row of totals, not the trade creditors\' £1,870,000; "just over £7m" is caught', async () => {
    const administrators = judgeWith(await workspaceIndex({ 'sources/02_administrators_progress_report.md': ADMINISTRATORS_REPORT }));
    const six = administrators("The brewery owes creditors just over £6m, according to the administrators' report.");
    assert.deepEqual(six.conflicts, [], why(six));
    const seven = administrators("The brewery owes creditors just over £7m, according to the administrators' report.");
    assert.ok(seven.conflicts.some((c) => c.claim === 'just over £7m'), why(seven));
  });
});
