/**
 * A central bank's rate cut by a split vote: the bank's hard-wrapped statement and minutes, and a financial paper's
 * report with a table of votes. The sources are written for these tests (from a helper's draft); the bank, its
 * committee and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, judgeWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const STATEMENT = `BANK OF CARROWMORE
Harbour Street, Port Alden PA1 4QX

NEWS RELEASE                                   Ref: MPC 2025/08
EMBARGOED UNTIL 12:00 NOON, THURSDAY 6 NOVEMBER 2025

========================================================================
BANK RATE REDUCED TO 4.50% - MONETARY POLICY SUMMARY AND MINUTES OF
THE MONETARY POLICY COMMITTEE MEETING ENDING 5 NOVEMBER 2025
========================================================================

PART A: MONETARY POLICY SUMMARY

1.   The Bank of Carrowmore's Monetary Policy Committee (MPC) sets
     monetary policy to meet the 2% inflation target, and in a way that
     helps to sustain growth and employment. At its meeting ending on
     Wednesday 5 November 2025, the MPC voted by a majority of 5-4 to
     reduce Bank Rate by 0.25 percentage points, from 4.75% to 4.50%.
     The new rate takes effect from Friday 7 November 2025.

2.   Five members (Margaret Ossington, Daniel Fairweather, Tomas
     Kilbride, Helen Strachan and Nadia Ferrand) voted to reduce Bank
     Rate. Four members (Priya Ravensworth, Rupert Achterberg, Colin
     Macreath and Isobel Tranter) voted to maintain Bank Rate at 4.75%.

3.   Twelve-month CPI inflation fell to 3.4% in September, from 3.8% in
     August, and was 0.2 percentage points below the projection in the
     August Monetary Policy Report. Services inflation eased to 4.6%,
     while core CPI inflation, which excludes energy, food, alcohol and
     tobacco, was 3.1%.

4.   Activity has remained weak. Gross domestic product is estimated to
     have grown by 0.1% in the third quarter, following growth of 0.3%
     in the second quarter. The unemployment rate rose to 5.2% in the
     three months to August, its highest level since the spring of 2021,
     and annual growth in regular private-sector pay slowed to 4.9%.

5.   In the Committee's central projection, CPI inflation is expected to
     rise slightly in the near term, peaking at 3.6% in January 2026 as
     a 2.3% increase in the regulated household energy tariff takes
     effect, before falling back to the 2% target in the second quarter
     of 2027.

6.   The Committee also voted unanimously, by 9-0, to reduce the stock
     of government bond purchases held in the Asset Purchase Facility by
     CMD 60 billion over the next 12 months, to a total of CMD 452
     billion. This compares with a reduction of CMD 80 billion over the
     previous 12 months. Of the CMD 60 billion, no more than CMD 15
     billion will be met through active sales.

7.   Monetary policy is not on a pre-set path. A gradual and careful
     approach to the further withdrawal of monetary policy restraint
     remains appropriate. The Committee will continue to decide the
     appropriate degree of restrictiveness at each meeting.

PART B: MINUTES SUMMARY

Current economic conditions

8.   Brent crude oil prices had averaged USD 64 per barrel since the
     September meeting, around 7% lower than assumed in the August
     Report. The Carrowmore dollar effective exchange rate index had
     fallen by 1.2% over the same period, largely reflecting a narrowing
     of expected interest rate differentials.

9.   The Bank's Agents had spoken to 214 businesses across the five
     regions in October. Contacts in retail and hospitality,
     particularly in Kestrel Bay and the Northern Isles, reported that
     employment intentions had weakened markedly, with a net balance of
     firms expecting to reduce headcount over the coming year for the
     first time since 2020.

10.  Mortgage approvals for house purchase fell to 31,600 in September,
     from 33,900 in August. The effective interest rate on newly drawn
     mortgages was 4.38%, a fall of 9 basis points on the month.

The immediate policy decision

11.  Five members judged that the disinflationary process had made
     sufficient progress to warrant a further reduction in Bank Rate.
     For these members, the loosening in the labour market, with
     vacancies falling to 486,000, the lowest since 2020, reduced the
     risk that pay growth would remain persistently above levels
     consistent with the target.

12.  One of these members, Ms Strachan, noted that a stronger case could
     have been made for a reduction of 0.5 percentage points, but judged
     that a 0.25 percentage point move was appropriate given the near-
     term rise in measured inflation.

13.  Four members preferred to maintain Bank Rate at 4.75%. For these
     members, inflation expectations among households remained elevated:
     the Bank's own survey showed one-year-ahead expectations at 3.5% in
     October. Services inflation, at more than twice the target, pointed
     to more persistent domestic price pressures, and there was value in
     awaiting further evidence on the January tariff increase.

14.  Ms Ravensworth, Deputy Governor for Financial Stability, placed
     particular weight on the risk that a premature easing would need to
     be reversed, which would damage the credibility of the framework.

========================================================================

STATEMENT BY THE GOVERNOR

Governor Margaret Ossington said: "Inflation is coming down, and that
has given us room to ease, but we are not on autopilot. This was a
finely balanced decision, and the Committee will need to see inflation
falling back as we expect before we go further."

Ms Ossington added: "Households and businesses who have felt the squeeze
should know that we are focused on getting inflation back to 2% and
keeping it there."

------------------------------------------------------------------------

NOTES TO EDITORS

1. The Monetary Policy Committee comprises the Governor; the three
Deputy Governors for Monetary Policy (Daniel Fairweather), Financial
Stability (Priya Ravensworth) and Markets and Banking; the Chief
Economist (Tomas Kilbride); and four external members appointed by the
Finance Secretary. The Deputy Governor for Markets and Banking post is
currently held on an interim basis by Rupert Achterberg. The external
members are Helen Strachan, Nadia Ferrand, Colin Macreath and Isobel
Tranter.

2. The November Monetary Policy Report (84 pages) is published alongside
this release at bankofcarrowmore.cm/mpr.

3. The Governor will hold a press conference at 12:30 today at the
Bank's headquarters on Harbour Street, Port Alden. It will be streamed
live.

4. The next MPC announcement will be at 12:00 noon on Thursday 18
December 2025. The minutes of that meeting will be published at the same
time.

5. Media enquiries: Press Office, (01) 496 0173,
press@bankofcarrowmore.cm

ENDS
`;

const REPORT = `# Bank of Carrowmore cuts rates to 4.5% as split committee signals caution

**The Carrowmore Ledger | Markets & Economy**

*By Gareth Lomax, Economics Editor, and Sunita Varma, Markets Correspondent*
*Port Alden, Thursday 6 November 2025, 15:42 (updated 17:10)*

---

The Bank of Carrowmore cut interest rates by a quarter of a percentage point on Thursday, lowering Bank Rate to 4.5%, but the narrowest of majorities on its nine-member Monetary Policy Committee left investors questioning how quickly further relief would follow.

Five members voted for the cut and four voted to hold rates at 4.75%, the tightest split since the committee began its easing cycle in August last year. It is the fourth reduction since then, and takes borrowing costs to their lowest level since March 2023.

Speaking at a press conference at the Bank's Harbour Street headquarters half an hour after the announcement, Governor Margaret Ossington said the committee would "take it meeting by meeting" and declined to say whether a further cut was likely in December.

"I am not going to pre-commit, and nobody should read a five-four vote as a promise of anything," she told reporters. "What I will say is that the direction of travel is clear."

## Markets react

The Carrowmore dollar weakened immediately after the 12:00 announcement, falling 0.4% to USD 0.7620 by mid-afternoon. The yield on two-year government bonds, which is most sensitive to expectations about interest rates, fell 6 basis points to 3.91%.

The PAX 100 index of leading shares on the Port Alden exchange closed 0.8% higher at 8,412 points, led by housebuilders. Shares in Greyfield Homes rose 3.7%, while Alden Mutual, the country's largest building society, said it would cut its standard variable rate by 0.25 percentage points to 6.99% from 1 December.

Money markets now price roughly a 40% chance of a further cut at the committee's next meeting on 18 December, down from about 55% before the decision, according to Ledger calculations based on overnight index swaps.

Fiona Delacourt, chief economist at Harrowgate Capital, said: "A five-four vote is about as hawkish as a cut can get. The four dissenters include a deputy governor, and that tells you the Bank is not in a hurry."

Marcus Lindqvist, head of rates strategy at Brennock & Vale, took a different view. "The minutes show the majority are worried about jobs, not inflation," he said. "Unemployment at 5.2% changes the calculus. I'd expect two more cuts by the middle of next year."

## Who voted how

The Governor was joined in the majority by Deputy Governor Daniel Fairweather, chief economist Tomas Kilbride and external members Helen Strachan and Nadia Ferrand. Ms Strachan, according to the minutes, thought a stronger case could have been made for a half-point reduction.

The four members who voted to hold were Deputy Governor Priya Ravensworth, interim Deputy Governor Rupert Achterberg, and external members Colin Macreath and Isobel Tranter. Mr Macreath and Ms Tranter had both voted to cut in August.

| Meeting     | Decision        | Bank Rate after | Vote |
|-------------|-----------------|-----------------|------|
| 6 Nov 2025  | Cut 0.25 pt     | 4.50%           | 5-4  |
| 18 Sep 2025 | Hold            | 4.75%           | 7-2  |
| 7 Aug 2025  | Cut 0.25 pt     | 4.75%           | 6-3  |
| 19 Jun 2025 | Hold            | 5.00%           | 8-1  |
| 8 May 2025  | Cut 0.25 pt     | 5.00%           | 7-2  |

*Source: Bank of Carrowmore. Votes show members in favour of the decision against members voting otherwise.*

## Government welcomes cut

Finance Secretary Owen Pritchard-Lowe welcomed the decision, saying it was "good news for the 1.4 million households with a mortgage". In a statement issued from the Finance Ministry in Kingsholm, he added: "We have done the hard work to bring inflation down, and families are starting to see the benefit."

The opposition's finance spokesperson, Bethan Carrick, said the cut would be "cold comfort" to the roughly 420,000 households whose fixed-rate deals expire in the next 12 months. According to the data provider RateWatch, the average two-year fixed mortgage rate stood at 4.86% on Wednesday, compared with 2.34% when many of those deals were taken out in 2021.

Business groups were more enthusiastic. Alison Brereton, director-general of the Carrowmore Chamber of Commerce, said: "Firms have been holding back on investment for eighteen months. Every quarter point matters to a small business with an overdraft."

## Inflation outlook

Inflation fell to 3.4% in September, its lowest in seven months, but the Bank expects it to rise to a peak of 3.6% in January when a 2.3% increase in the regulated household energy tariff takes effect. It does not expect inflation to return to its 2% target until the second quarter of 2027.

The Bank also confirmed it will slow the pace at which it shrinks its bond portfolio, reducing holdings by CMD 60 billion over the next year compared with CMD 80 billion in the previous 12 months. That decision was unanimous.

Economists noted that the Bank's regional agents, who surveyed 214 firms in October, found hiring intentions weakest in Kestrel Bay and the Northern Isles, where tourism-dependent employers have been hit by a poor summer season. Visitor numbers to the Northern Isles fell 11% year on year between June and August, according to the islands' tourism board.

Ms Ossington acknowledged the pressure on households. "Households and businesses who have felt the squeeze should know that we are focused on getting inflation back to 2% and keeping it there," she said.

The next rate decision is due at noon on Thursday 18 December.

---

*Additional reporting by Tom Egerton in Kingsholm. Corrections: corrections@carrowmoreledger.cm*
`;

const files = { 'boc_mpc_statement_2025-08.txt': STATEMENT, 'ledger_rate_cut_report.md': REPORT };

describe("a rate cut by five votes to four: the bank's statement and the paper's report, with the product's word vectors", () => {
  withProductWordVectors();

  test('a vote in words is the table\'s score: "by a vote of eight to one" / "Vote: 8-1"', async () => {
    const index = await workspaceIndex(files);
    const verdict = expectVerdictWith(index);
    // Was contradicted: "The source gives four, not eight" (the words were two numbers, not one vote). Then unsupported,
    // the row's few words short of support ("8-1" and "eight to one" other index terms); a figure written otherwise
    // now counts as the claim's words for it.
    const r = judgeWith(index)('In June the committee kept rates on hold at 5% by a vote of eight to one.');
    assert.deepEqual([r.verdict, r.conflicts], ['supported', []]);
    // (Was contradicted for another reason, "June" against the statement's August: the June row gives 8-1, the rows
    // of May and September 7-2.)
    verdict('contradicted', 'In June the committee kept rates on hold at 5% by a vote of seven to two.', [['seven to two', '8-1']]);
    verdict('supported', 'Fiona Delacourt said a five-four vote was about as hawkish as a cut can get.');
    verdict('contradicted', 'Fiona Delacourt said a six-three vote was about as hawkish as a cut can get.', [['six-three', 'five-four']]);
  });

  test("a vote the sources give only for another day, where the claim's day has another", async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: the table row "7 Aug 2025 | Cut 0.25 pt | 4.75% | 6-3" gives 6-3.
    const r = verdict('contradicted', 'The nine-member Monetary Policy Committee voted 6-3 in favour of the cut at its meeting ending on Wednesday 5 November.', [['6-3', '5-4']]);
    assert.match(r.conflicts[0].note ?? '', /6-3 for 7 Aug 2025/);
    verdict('supported', 'The nine-member Monetary Policy Committee voted 5-4 in favour of the cut at its meeting ending on Wednesday 5 November.');
  });

  test('a chief economist is one post; the one "at" another firm is that firm\'s', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Were supported: "economist" was no office, and "Deputy Governor Daniel Fairweather, chief economist Tomas
    // Kilbride" gave the post to Fairweather too.
    verdict('contradicted', 'Chief economist Rupert Achterberg voted to hold rates.', [['Rupert Achterberg', 'Tomas Kilbride']]);
    verdict('contradicted', "Rupert Achterberg, the Bank's chief economist, was among the four members who voted to hold rates.", [['Rupert Achterberg', 'Tomas Kilbride']]);
    verdict('supported', 'Chief economist Tomas Kilbride voted for the cut.');
    // Was contradicted: "The source gives Fairweather, not Bank's".
    verdict('supported', "The Bank's chief economist, Tomas Kilbride, voted for the cut.");
  });
});
