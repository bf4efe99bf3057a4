/**
 * A pay revolt at an annual general meeting: the company's stock exchange announcement of the poll results (plain
 * text, with a table of resolutions) and a news agency's report (Markdown). The sources are written for these tests
 * (from a helper's draft); the companies and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const ANNOUNCEMENT = `RNS Number : 4821K
Brackenfield Stores plc
12 June 2025

BRACKENFIELD STORES PLC
(the "Company")

RESULTS OF ANNUAL GENERAL MEETING

LEI: 213800QX7BRKFLD4S219

Brackenfield Stores plc announces that at its Annual General Meeting ("AGM") held at 11.00 a.m. on Thursday 12 June 2025 at the Aire Valley Conference Centre, Leeds, all resolutions were duly passed by way of a poll with the exception of Resolution 2 (to approve the Directors' Remuneration Report for the financial year ended 1 March 2025), which was not passed.

Resolutions 1 to 12 were proposed as ordinary resolutions and Resolutions 13 to 15 were proposed as special resolutions. The results of the poll on each resolution are set out below.

POLL RESULTS

No.  Resolution                                   Votes For       % For   Votes Against   % Against  Total Votes Cast  % of ISC Voted  Votes Withheld
1    To receive the Annual Report and Accounts    1,612,448,210   99.12   14,276,533      0.88       1,626,724,743     74.46           2,310,455
2    To approve the Directors' Remuneration       671,902,114     41.37   952,233,917     58.63      1,624,136,031     74.35           3,961,890
     Report
3    To approve the Directors' Remuneration       1,101,532,876   67.84   522,228,451     32.16      1,623,761,327     74.33           2,337,871
     Policy
4    To declare a final dividend of 8.4 pence     1,624,011,782   99.81   3,086,410       0.19       1,627,098,192     74.48           1,002,106
     per ordinary share
5    To re-elect Dame Helena Marchbank            1,428,903,311   88.05   193,874,120     11.95      1,622,777,431     74.28           5,322,867
6    To re-elect Gareth Penhaligon                1,468,660,219   90.44   155,294,007     9.56       1,623,954,226     74.34           4,146,072
7    To re-elect Sarah Loxley                     1,602,879,466   98.70   21,097,301      1.30       1,623,976,767     74.34           4,123,531
8    To re-elect Priya Venkataraman               1,157,021,664   71.29   465,896,553     28.71      1,622,918,217     74.29           5,181,981
9    To re-elect Colin Hartigan                   1,577,114,306   97.15   46,309,187      2.85       1,623,423,493     74.31           4,676,805
10   To reappoint Caldwell Brody LLP as auditor   1,606,562,003   98.92   17,473,982      1.08       1,624,035,985     74.34           4,064,313
11   To authorise the Audit Committee to set      1,619,820,517   99.64   5,904,166       0.36       1,625,724,683     74.42           1,583,147
     the auditor's remuneration
12   Authority to allot shares                    1,509,338,720   92.98   114,007,352     7.02       1,623,346,072     74.31           4,961,855
13   Disapplication of pre-emption rights*        1,557,914,830   96.11   63,117,064      3.89       1,621,031,894     74.20           7,068,404
14   Authority to purchase own shares*            1,598,772,904   98.54   23,655,110      1.46       1,622,428,014     74.27           5,879,913
15   Notice of general meetings (14 days)*        1,478,221,097   91.15   143,560,248     8.85       1,621,781,345     74.24           6,318,953

* Special resolution

Notes:
1. Votes "For" include discretionary votes given to the Chair of the meeting.
2. A vote "Withheld" is not a vote in law and is not counted in the calculation of the proportion of votes "For" or "Against" a resolution.
3. The issued share capital of the Company at 6.00 p.m. on Tuesday 10 June 2025, the time by which shareholders had to be entered on the register in order to vote, was 2,184,560,912 ordinary shares of 5 pence each, none of which were held in treasury. Each ordinary share carries one vote.
4. The final dividend of 8.4 pence per ordinary share will be paid on Friday 4 July 2025 to shareholders on the register at the close of business on Friday 23 May 2025.

RESOLUTION 2: DIRECTORS' REMUNERATION REPORT

The Board notes that 58.63% of votes cast were against Resolution 2, the advisory vote on the Directors' Remuneration Report, and that 32.16% of votes cast were against Resolution 3, the binding vote on the Directors' Remuneration Policy. The Board also notes that 28.71% of votes cast were against the re-election of Priya Venkataraman, Chair of the Remuneration Committee.

The Remuneration Report disclosed a single total figure of remuneration for Gareth Penhaligon, Chief Executive, of £6.84 million for the 2024/25 financial year, compared with £3.91 million for 2023/24. The figure comprises a base salary of £1,050,000, an annual bonus of £1.42 million and the vesting of the 2022 Long-Term Incentive Plan award, valued at £3.27 million, together with pension and benefits. The ratio of the Chief Executive's single figure to the pay of the median UK colleague was 287:1.

Commenting on the result, Dame Helena Marchbank, Chair, said:

"The Board is disappointed by the outcome of the vote on the Remuneration Report and we take the views of our shareholders extremely seriously. Before the AGM we engaged with investors representing around 60% of our register, and we understand that the concerns centre on the size of the incentive outcomes in a year when our colleagues and customers have faced real pressure on household budgets."

Priya Venkataraman, Chair of the Remuneration Committee, added:

"The Committee will now listen carefully to shareholders and to colleague representatives before we finalise our approach to the 2025/26 awards. No decision on next year's bonus targets will be taken until that consultation is complete."

In accordance with Provision 4 of the UK Corporate Governance Code, the Company will consult with shareholders to understand the reasons behind the result and will publish an update on the views received and the actions taken within six months of the AGM, and no later than Friday 12 December 2025. A final summary will be included in the Company's next Annual Report.

In accordance with UK Listing Rule 6.4.2R, copies of all resolutions passed, other than resolutions concerning ordinary business, have been submitted to the National Storage Mechanism and will shortly be available for inspection at https://data.fca.org.uk/#/nsm/nationalstoragemechanism.

The full text of each resolution is set out in the Notice of Annual General Meeting dated Wednesday 30 April 2025, which is available on the Company's website at www.brackenfieldplc.co.uk/investors.

Enquiries:

Andrew Fell, Company Secretary
Brackenfield Stores plc
+44 (0)113 496 0721

Investor Relations: Nadia Corrigan, Director of Investor Relations
+44 (0)113 496 0745

Media: Tom Whitcombe, Head of Corporate Affairs
+44 (0)113 496 0790

About Brackenfield Stores plc

Brackenfield Stores plc is the UK's fourth-largest grocer, operating 642 supermarkets and convenience stores across England, Scotland and Wales and employing approximately 118,000 colleagues. The Company is headquartered in Leeds and its shares are listed on the Main Market of the London Stock Exchange.

This information is provided by RNS, the news service of the London Stock Exchange. RNS is approved by the Financial Conduct Authority to act as a Primary Information Provider in the United Kingdom. For further information, please contact rns@lseg.com or visit www.rns.com.

END

RAGFLFSLRSIVLIE
`;

const REPORT = `# Brackenfield shareholders reject chief executive's £6.8m pay deal

**Meridian News Agency** · Business · Retail

*By Hannah Castellano, Retail Correspondent*
*Published Thursday 12 June 2025, 14:05 BST · Updated 16:42 BST*

---

**LEEDS, June 12 (Meridian)** – Shareholders in Brackenfield Stores voted down the supermarket chain's pay report at its annual general meeting on Thursday, with 58.6 per cent of votes cast opposing a package that raised chief executive Gareth Penhaligon's pay by three quarters to £6.84 million.

The advisory vote is the largest defeat for a remuneration report at a FTSE 100 company so far this year and the first time a Brackenfield pay report has been rejected since the grocer listed in 1998. At last year's meeting, on Thursday 13 June 2024, the report was approved with 94.2 per cent support.

Shares in Brackenfield, the UK's fourth-largest grocer, closed down 1.3 per cent at 214.6 pence in London.

## Adviser had urged a vote against

The revolt followed a recommendation by Ashgrove Governance Advisory, a London-based shareholder advisory group, which told its clients on Friday 30 May to vote against the remuneration report and to abstain on the re-election of Priya Venkataraman, who chairs the board's remuneration committee.

"This is a clear message from the owners of the business that a 75 per cent jump in the chief executive's package cannot be justified in a year when shop-floor staff received a pay rise of 5.9 per cent," said Tobias Ferrante, director of UK research at Ashgrove.

"The bonus targets were set too low and the long-term award was granted when the share price was at a ten-year trough, so Mr Penhaligon is being rewarded for a recovery in the market, not for anything the board asked him to deliver," Ferrante told Meridian by telephone after the result was announced.

Ashgrove's clients control about 18 per cent of Brackenfield's shares, according to the adviser.

Penhaligon's total pay for the year to March 1 rose from £3.91 million a year earlier. It included a base salary of £1.05 million, an annual bonus of £1.42 million and shares worth £3.27 million from a long-term incentive plan granted in 2022. The company says its chief executive is paid 287 times as much as its median UK worker.

Brackenfield's store staff received an increase in April that took the basic hourly rate to £12.60, the company said.

## Pension fund voted against

Northmoor Pension Trust, which manages £41 billion on behalf of 1.2 million local government workers, said it had voted against both the remuneration report and the pay policy.

"We support paying for performance, but this was paying for the weather," said Lydia Osei-Bonsu, Northmoor's chief investment officer. "We have told the board that we expect to see the LTIP reduced before next year's grant."

The binding vote on the company's forward-looking pay policy passed with 67.8 per cent support, while Venkataraman was re-elected with 71.3 per cent. Under the UK Corporate Governance Code, any resolution opposed by 20 per cent or more of votes requires a company to consult investors and report back within six months.

## Questions from the floor

About 300 shareholders attended the meeting at the Aire Valley Conference Centre, which began at 11 a.m. and lasted just under two hours.

Dame Helena Marchbank, Brackenfield's chair, told the meeting that the board was "disappointed by the outcome" and would "take the views of our shareholders extremely seriously".

During questions, Margaret Doyle, a retired teacher from Harrogate who said she had held Brackenfield shares for 26 years, asked Penhaligon whether he would give up part of his bonus.

"I understand why people are angry, and I will not pretend otherwise," Penhaligon replied. "The award was set by the committee under a policy you approved, but I have heard the message today."

He declined to say whether he would waive any of the award. Asked by a second shareholder about staff pay, Sarah Loxley, the chief financial officer, said the company had invested £212 million in colleague pay this year.

## What happens next

Brackenfield said it would publish an update on its consultation with shareholders no later than Friday 12 December 2025.

Venkataraman said in a statement that no decision on next year's bonus targets would be taken until the consultation was complete.

The vote is advisory, meaning Penhaligon's pay for 2024/25 will not be clawed back.

*(Reporting by Hannah Castellano; additional reporting by Rhys Attwater in London; editing by Joanna Pell)*

---

**Related coverage**

- [Brackenfield profit rises 11% as shoppers return to stores](#)
- [Proxy season 2025: investors sharpen focus on bonus targets](#)

*© 2025 Meridian News Agency. All rights reserved. Republication or redistribution of Meridian content is expressly prohibited without prior written consent.*
`;

const files = { 'brackenfield-agm-results.txt': ANNOUNCEMENT, 'meridian-brackenfield-pay-revolt.md': REPORT };

describe("a shareholder revolt: the results announcement and the agency report, with the product's word vectors", () => {
  withProductWordVectors();

  test('a rate named before its figure: "£12.60 a day" against "the basic hourly rate to £12.60"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', "Brackenfield's store staff now earn a basic rate of £12.60 a day after an increase in April.", [['£12.60 a day', '£12.60']]);
    verdict('supported', "Brackenfield's store staff now earn a basic rate of £12.60 an hour after an increase in April.");
  });

  test('"28.71% opposed her" for "28.71% of votes cast were against the re-election of Priya Venkataraman"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported (missing "opposed").
    verdict('supported', 'Priya Venkataraman, who chairs the remuneration committee, was re-elected with 71.29% of the votes, while 28.71% opposed her.');
  });

  test('a place is not swapped for the verb of the clause after a comma: "Centre in Bradford" / "Centre, which began"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives began, not Bradford"; then unsupported ("Bradford" missing). The
    // announcement's "at the Aire Valley Conference Centre, Leeds," gives the centre's town: Leeds, not Bradford.
    verdict('contradicted', 'About 300 shareholders attended the meeting at the Aire Valley Conference Centre in Bradford.', [['Bradford', 'Leeds']]);
    verdict('supported', 'About 300 shareholders attended the meeting at the Aire Valley Conference Centre in Leeds.');
  });
});
