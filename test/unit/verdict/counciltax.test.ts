/**
 * A city council's budget: the budget report's executive summary (Markdown, with a table of savings) and a live blog
 * of the meeting (plain text, timestamped entries). The sources are written for these tests (from a helper's draft);
 * the council and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# Castlebridge City Council

## Revenue Budget and Council Tax Setting 2025/26 — Executive Summary

**Report to:** Full Council, Wednesday 26 February 2025
**Report of:** Rebecca Thorne, Director of Finance and Section 151 Officer
**Cabinet Member:** Councillor Daniel Przybylski, Cabinet Member for Finance and Resources
**Wards affected:** All
**Key decision:** Yes
**Published:** Tuesday 18 February 2025

---

### 1. Purpose of the report

1.1 This report asks Full Council to approve the net revenue budget for 2025/26, the level of council tax for the year beginning 1 April 2025, and the savings proposals set out in Appendix B. It follows the Cabinet meeting of Thursday 6 February 2025, at which the draft budget was endorsed for recommendation to Council.

### 2. Recommendations

Full Council is recommended to:

1. approve a net revenue budget of £412.6 million for 2025/26;
2. approve an increase of 4.99% in the city council's element of council tax, made up of a 2.99% general increase and a 2% adult social care precept;
3. set the Band D council tax for the city council at £1,847.61, an increase of £87.81 on the 2024/25 figure of £1,759.80;
4. approve savings of £23.4 million across all directorates, as summarised in Table 1;
5. approve the use of £8.4 million from the budget resilience reserve to balance the budget.

### 3. Financial context

3.1 The council faced a budget gap of £31.8 million for 2025/26. This is driven principally by demand pressures in adult social care and children's services, which together account for £19.6 million of additional cost, and by the National Living Wage increase, which adds an estimated £5.2 million to commissioned care contracts.

3.2 The provisional Local Government Finance Settlement, announced on Wednesday 18 December 2024, increased the council's core spending power by 5.1%. This is below the national average and falls well short of the growth in demand.

3.3 The proposed savings of £23.4 million, together with the one-off use of £8.4 million from reserves, close the gap in full. The Director of Finance advises that the budget resilience reserve will stand at £14.3 million at 31 March 2026 after this drawdown, which she regards as the minimum prudent level.

### 4. Council tax

4.1 The recommended increase of 4.99% is the maximum permitted without a local referendum. The Band D charge will rise by £87.81 a year, equivalent to about £1.69 a week. Most households in Castlebridge are in Bands A and B; for a Band B property the city council's charge will be £1,437.03, an increase of £68.30.

4.2 The 2% adult social care precept will raise an estimated £3.4 million, all of which is ring-fenced for adult social care.

4.3 Council tax support will remain unchanged in 2025/26, with working-age households on the lowest incomes continuing to receive a discount of up to 80%.

### 5. Savings proposals

5.1 Savings by directorate are summarised below. Full details are in Appendix B.

**Table 1: Savings by directorate, 2025/26**

| Directorate | Savings (£m) | Main proposals |
|---|---|---|
| Adult Social Care | 6.2 | Review of care packages; expansion of reablement service |
| Environment and Highways | 5.3 | Garden waste charge raised to £58 a year; reduced grass cutting |
| Children's Services | 4.1 | Reduction in residential placements; restructure of early help |
| Culture, Leisure and Libraries | 3.0 | Closure of four branch libraries; transfer of two leisure centres to a trust |
| Housing and Communities | 2.7 | Reduced grants to the voluntary sector; merger of neighbourhood hubs |
| Corporate Services | 2.1 | Office consolidation at Riverside House; digital services |
| **Total** | **23.4** | |

5.2 The four branch libraries proposed for closure are Hollins Green, Marsh Lane, St Aidan's and Westfield. The council will offer community groups the chance to run them as volunteer-led libraries before any building is disposed of.

5.3 The two leisure centres to be transferred are Kingsmead Pool and Northgate Sports Centre, which will pass to the Castlebridge Active Trust from 1 October 2025.

### 6. Workforce implications

6.1 The proposals will lead to the deletion of up to 140 full-time equivalent posts, of which an estimated 62 are currently vacant. The council will seek to minimise compulsory redundancies through voluntary severance and redeployment. Formal consultation with the trade unions began on Monday 13 January 2025.

### 7. Consultation

7.1 The public consultation on the budget ran from Monday 2 December 2024 to Sunday 12 January 2025 and received 3,216 responses. Of those who responded, 58% opposed the closure of branch libraries and 41% supported an increase in council tax at the maximum level.

### 8. Statement of the Section 151 Officer

8.1 Under Section 25 of the Local Government Act 2003, the Director of Finance must report on the robustness of the estimates and the adequacy of reserves. Her statement reads:

> "I am satisfied that the estimates are robust and that reserves are adequate for 2025/26, but the council cannot continue to rely on reserves to balance its budget. Without further structural savings, the gap for 2026/27 is forecast at £27.5 million."

### 9. Comment from the Cabinet Member

9.1 Councillor Daniel Przybylski, Cabinet Member for Finance and Resources, said:

> "Nobody came into politics to close libraries. These are the hardest choices this council has faced in a decade, but we have protected the services that keep the most vulnerable people in our city safe."

---

*Contact officer: Rebecca Thorne, Director of Finance, 01632 960 418, finance.reports@castlebridge.gov.uk*

*Background papers: Medium Term Financial Strategy 2025–2029 (Cabinet, 6 February 2025); Budget Consultation Report (January 2025).*

*This document is available in large print and other formats on request.*
`;

const BLOG = `CASTLEBRIDGE EVENING POST
News | Politics | Castlebridge City Council

LIVE: Castlebridge City Council budget meeting 2025 - council tax rise and library closures approved

By Sophie Lindqvist, Local Democracy Reporter
Wednesday 26 February 2025
Last updated 18:47

Councillors are meeting at Castlebridge Guildhall to vote on the city council's budget for 2025/26, including a 4.99% council tax rise and £23.4 million of cuts. Follow our live coverage below.

----------------------------------------

18:47
That's all from us tonight. Thanks for following our live coverage. A full report, with reaction from campaigners and trade unions, will be on our website later this evening.

18:41
The result is in. The budget has been APPROVED by 38 votes to 21, with three abstentions.

All 38 Labour councillors present voted for. The 12 Liberal Democrats and nine Conservatives voted against. The three Green councillors abstained. One Labour councillor, Cllr Karen Dunmore, sent apologies.

It means the city council's Band D council tax will be £1,847.61 from April, up £87.81 on this year.

18:32
The Lord Mayor, Cllr Bernard Achterberg, calls a recorded vote on the budget. There is a brief pause while the clerk reads out the names.

18:20
Leader of the council Cllr Margaret Okonjo-Hale is summing up. She says the council has lost "well over £100 million" in real-terms government funding since 2010.

"We are not closing libraries because we want to. We are closing them because the alternative is failing to protect children at risk, and I will not do that."

She calls the Liberal Democrat amendment "a fantasy budget built on money that does not exist."

17:58
The Liberal Democrat amendment has been DEFEATED by 38 votes to 12. The Conservatives and Greens abstained.

17:44
Green group leader Cllr Priya Venkataraman says her group cannot support the budget because of the cuts to grass cutting and grants to the voluntary sector, but will not vote against a council tax rise "that keeps carers in work".

"We are being asked to choose between bad and worse. Tonight we will not put our names to either."

17:30
Conservative group leader Cllr Hugh Pemberton says residents are "paying more and getting less".

"Council tax in Castlebridge has gone up by more than a fifth in five years, and people are asking where their money goes. This administration has spent £6 million on Riverside House while closing the libraries on their doorstep."

The Conservatives did not table an amendment of their own.

17:12
Liberal Democrat leader Cllr Fiona Gallacher is moving her group's amendment. It would keep all four branch libraries open for a year, paid for by taking a further £1.1 million from reserves and cutting the council's communications budget.

"Libraries are not a luxury. For many families in Westfield and Marsh Lane they are the only warm, safe, free place left."

16:55
A question from the public gallery: Mr Tom Redfern, chair of the Friends of Hollins Green Library, asks how many people use the four libraries earmarked for closure.

Cllr Przybylski replies that the four branches had 112,000 visits between them last year, compared with more than 1.4 million at the Central Library.

16:38
Director of Finance Rebecca Thorne is asked by Cllr Gallacher whether the reserves are now too low.

Ms Thorne says the budget resilience reserve will be £14.3 million at the end of March 2026, which she describes as "the minimum prudent level". She warns that the gap for 2026/27 is forecast at £27.5 million.

16:21
Cllr Przybylski says the council faced a budget gap of £31.8 million, closed by £23.4 million of savings and £8.4 million from reserves.

Demand for adult social care and children's services alone adds £19.6 million of extra cost, he says.

16:05
Cabinet member for finance and resources Cllr Daniel Przybylski is now presenting the budget.

"Nobody came into politics to close libraries. These are the hardest choices this council has faced in a decade, but we have protected the services that keep the most vulnerable people in our city safe."

He confirms that the garden waste charge will rise to £58 a year from April, up from £49.

15:40
There have been four deputations from members of the public. Unison branch secretary Ms Angela Mbeki tells councillors that the loss of up to 140 posts will "hollow out services that are already on their knees".

15:10
The chief executive, Andrew Mensforth, reminds members that under the Local Government Finance Act 1992 any councillor who is two months or more behind on their own council tax must declare it and cannot vote. Nobody declares.

14:48
Around 150 protesters have gathered outside the Guildhall on Market Street, many holding "Save Our Libraries" placards. Some have moved into the public gallery, which is full.

14:02
The meeting has started, a couple of minutes late. The Lord Mayor opens proceedings with a minute's silence for former councillor Jean Halloran, who died earlier this month.

13:45
Good afternoon and welcome to our live coverage of Castlebridge City Council's budget meeting. Councillors will be asked to approve a net revenue budget of £412.6 million and a council tax increase of 4.99%, the maximum allowed without a referendum.

Labour holds 39 of the council's 63 seats, so the budget is expected to pass.

----------------------------------------

Related stories
- Four Castlebridge libraries face closure in £23m cuts plan
- Garden waste charge to rise to £58: what you need to know
- Kingsmead Pool to be run by leisure trust from October

Got a story? Email newsdesk@castlebridgepost.co.uk or call 01632 960 200.

Castlebridge Evening Post | About us | Contact | Privacy policy | Terms and conditions
(c) 2025 Castlebridge Media Group Ltd. All rights reserved.
`;

const files = { 'budget-report-exec-summary.md': REPORT, 'live-blog-budget-meeting.txt': BLOG };

describe("a council budget: the report and the live blog, with the product's word vectors", () => {
  withProductWordVectors();

  test('a passage with every figure of the claim need not say "from April"; "£87.81 more than the £1,759.80" is a difference', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives £1,437.03, not £1,759.80" (Band B's charge), the recommendation that gives
    // all three figures not counted for lack of "April"; then "more" against "£87.81 on the … figure of £1,759.80".
    verdict('supported', 'Band D householders will pay £1,847.61 to the city council from April, £87.81 more than the £1,759.80 charged in 2024/25.');
  });
});
