/**
 * A software company's quarterly results: the earnings release (Markdown, a results table and a guidance table) and the
 * earnings call's transcript (plain text). The sources are written for these tests (from a helper's draft); the company
 * and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Veltrane Software Reports Third Quarter Fiscal 2025 Financial Results

**Total revenue of $412.6 million, up 18% year over year; subscription revenue of $371.3 million, up 22%**

**Raises full-year fiscal 2025 revenue outlook to $1.62 billion to $1.63 billion**

DENVER, Colorado — Tuesday, November 12, 2024 — Veltrane Software, Inc. (NASDAQ: VLTN), a provider of cloud-based workforce planning software, today announced financial results for its third quarter of fiscal 2025, which ended on Thursday, October 31, 2024.

"This was our strongest third quarter on record, and the fourth consecutive quarter in which subscription revenue grew faster than 20 percent," said Marisol Etxeberria, chief executive officer of Veltrane Software. "Customers are consolidating their planning tools onto a single platform, and they are choosing us to do it."

"We delivered record operating cash flow while continuing to invest in our platform," said Gideon Parrish-Obi, chief financial officer. "Our non-GAAP operating margin expanded by 310 basis points from a year ago, and we are raising our outlook for the full year."

## Third Quarter Fiscal 2025 Financial Highlights

| Metric | Q3 FY2025 | Q3 FY2024 | Change |
|---|---|---|---|
| Total revenue | $412.6 million | $349.7 million | +18% |
| Subscription revenue | $371.3 million | $304.3 million | +22% |
| Professional services revenue | $41.3 million | $45.4 million | -9% |
| GAAP operating loss | $(12.4) million | $(31.8) million | — |
| Non-GAAP operating income | $86.7 million | $62.6 million | +38% |
| Non-GAAP operating margin | 21.0% | 17.9% | +310 bps |
| GAAP net loss per share | $(0.09) | $(0.24) | — |
| Non-GAAP net income per diluted share | $0.58 | $0.41 | +41% |
| Operating cash flow | $118.2 million | $84.5 million | +40% |
| Free cash flow | $104.9 million | $71.0 million | +48% |

- **Remaining performance obligations** were $2.31 billion as of October 31, 2024, an increase of 24% year over year.
- **Customers with annual recurring revenue above $1 million** totalled 214, compared with 167 a year earlier.
- **Dollar-based net retention rate** was 117%, compared with 115% in the third quarter of fiscal 2024.
- **Cash, cash equivalents and marketable securities** were $1.48 billion as of October 31, 2024.
- **Headcount** was 3,940 employees at quarter end, up from 3,710 a year earlier.

## Business Highlights

- Launched **Veltrane Forecast AI** to general availability on Wednesday, September 18, 2024, at the company's annual Horizon customer conference in Las Vegas, Nevada.
- Signed the largest contract in company history, a seven-year agreement with Northgate Mutual Insurance worth $46 million in total contract value.
- Opened a new engineering centre in Kraków, Poland, which is expected to employ 250 people by the end of calendar 2025.
- Appointed Dr. Haruto Vanderpoel as chief technology officer, effective Monday, September 2, 2024. Dr. Vanderpoel previously led data infrastructure at Pellworth Analytics.
- The Board of Directors authorized a share repurchase programme of up to $500 million, to be executed over the next 24 months.

## Financial Outlook

Veltrane Software is providing the following guidance for the fourth quarter of fiscal 2025, ending January 31, 2025, and raising its guidance for the full fiscal year 2025:

| Guidance | Q4 FY2025 | Full year FY2025 |
|---|---|---|
| Total revenue | $425 million to $430 million | $1.62 billion to $1.63 billion |
| Subscription revenue | $386 million to $390 million | $1.45 billion to $1.46 billion |
| Non-GAAP operating margin | 20.5% to 21.0% | 20.0% to 20.5% |
| Non-GAAP net income per diluted share | $0.57 to $0.59 | $2.18 to $2.20 |

The previous full-year revenue guidance, issued on Wednesday, August 28, 2024, was $1.60 billion to $1.61 billion.

## Conference Call Information

Veltrane Software will host a conference call and live webcast today, Tuesday, November 12, 2024, at 4:30 p.m. Eastern Time (2:30 p.m. Mountain Time) to discuss these results. The webcast will be available on the company's investor relations website at investors.veltrane.example. A replay will be available for 90 days.

## About Veltrane Software

Veltrane Software, Inc. builds cloud-based workforce and financial planning software used by more than 6,800 organisations in 41 countries. Founded in 2011 and headquartered in Denver, Colorado, the company employs people in offices across North America, Europe and Asia-Pacific.

## Non-GAAP Financial Measures

This press release contains non-GAAP financial measures, including non-GAAP operating income, non-GAAP operating margin, non-GAAP net income per diluted share and free cash flow. These measures exclude stock-based compensation expense of $74.2 million, amortization of acquired intangible assets of $14.6 million and certain other items. Free cash flow is operating cash flow less capital expenditures of $13.3 million. A reconciliation of GAAP to non-GAAP measures is provided in the tables accompanying this release.

## Forward-Looking Statements

This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements regarding our financial outlook, the expected headcount of our Kraków engineering centre and the execution of our share repurchase programme. Actual results may differ materially from those expressed or implied. Factors that could cause such differences are described in our Annual Report on Form 10-K filed with the Securities and Exchange Commission on Friday, March 22, 2024. Veltrane Software undertakes no obligation to update these statements.

## Contacts

**Investor Relations:** Priyanka Solberg-Adeyemi, vice president of investor relations, ir@veltrane.example
**Media:** Tomasz Reinholt, director of corporate communications, press@veltrane.example
`;

const CALL = `Veltrane Software, Inc. (VLTN)
Third Quarter Fiscal 2025 Earnings Conference Call
Tuesday, November 12, 2024, 4:30 p.m. ET

CORPORATE PARTICIPANTS
Priyanka Solberg-Adeyemi - Vice President, Investor Relations
Marisol Etxeberria - Chief Executive Officer
Gideon Parrish-Obi - Chief Financial Officer

CONFERENCE CALL PARTICIPANTS
Warrick Lindqvist - Halbrook Securities
Nadia Okonkwo-Reyes - Castellan Capital Markets
Felix Aumann - Brightwater Partners

PRESENTATION

[00:00:04] Operator: Good afternoon, and welcome to the Veltrane Software third quarter fiscal 2025 earnings conference call. All participants are in a listen-only mode. After the speakers' remarks there will be a question-and-answer session. Please note that this call is being recorded. I would now like to hand the call over to Priyanka Solberg-Adeyemi, Vice President of Investor Relations. Please go ahead.

[00:00:31] Priyanka Solberg-Adeyemi: Thank you, operator, and good afternoon, everyone. With me today are Marisol Etxeberria, our Chief Executive Officer, and Gideon Parrish-Obi, our Chief Financial Officer. Before we begin, let me remind you that today's discussion contains forward-looking statements that are subject to risks and uncertainties, and that we will refer to non-GAAP measures. Reconciliations are available in our press release, issued after market close today. With that, I'll turn it over to Marisol.

[00:01:12] Marisol Etxeberria: Thanks, Priyanka, and thank you all for joining us. Q3 was an excellent quarter. Total revenue reached $412.6 million, up 18 percent, and subscription revenue grew 22 percent to $371.3 million. We now have 214 customers paying us more than $1 million a year, up from 167 a year ago.

[00:01:48] Marisol Etxeberria: The headline event of the quarter was the launch of Forecast AI at Horizon in Las Vegas. More than 9,000 people attended Horizon this year, our biggest conference ever. Within six weeks of general availability, 430 customers had switched Forecast AI on in production. Planning used to be a spreadsheet exercise done once a quarter. With Forecast AI, it becomes a conversation that happens every morning.

[00:02:40] Marisol Etxeberria: We also signed the largest deal in our history, with Northgate Mutual Insurance. Northgate is replacing eleven separate planning tools with Veltrane across 38,000 employees. Finally, I want to welcome Haruto Vanderpoel, who joined us as CTO in September. Haruto will lead both our engineering organisation and the new centre in Kraków. With that, Gideon.

[00:03:22] Gideon Parrish-Obi: Thank you, Marisol. Let me add some colour on the numbers. Professional services revenue was $41.3 million, down 9 percent, which is in line with our strategy of moving implementation work to our partners. Non-GAAP operating income was $86.7 million, for a margin of 21.0 percent. Free cash flow was $104.9 million, a record for any quarter. We ended the quarter with $1.48 billion in cash and marketable securities and no debt.

[00:04:15] Gideon Parrish-Obi: Turning to guidance. For the fourth quarter we expect total revenue of $425 million to $430 million and non-GAAP earnings per share of 57 to 59 cents. For the full year, we are raising our revenue outlook by $20 million at the midpoint, to a range of $1.62 billion to $1.63 billion. We have been deliberately conservative. We are not assuming any improvement in the macro environment.

[00:05:02] Gideon Parrish-Obi: On capital allocation, our board has approved a buyback of up to $500 million over two years. We expect to begin repurchases in the current quarter. With that, operator, let's open the line for questions.

QUESTION AND ANSWER SESSION

[00:05:30] Operator: Thank you. Our first question comes from Warrick Lindqvist with Halbrook Securities. Your line is open.

[00:05:36] Warrick Lindqvist: Hi, thanks, and congrats on the quarter. Marisol, can you talk about how Forecast AI is being priced, and whether it is showing up in the net retention number?

[00:05:51] Marisol Etxeberria: Sure, Warrick. Forecast AI is sold as an add-on, priced per planner seat. It contributed only modestly to net retention this quarter, which was 117 percent. I would say we are in the first inning. The real contribution shows up in fiscal 2026.

[00:06:34] Operator: Our next question comes from Nadia Okonkwo-Reyes with Castellan Capital Markets.

[00:06:40] Nadia Okonkwo-Reyes: Thank you. Gideon, the services line declined again. Should we expect that to continue, and what does it mean for gross margin?

[00:06:55] Gideon Parrish-Obi: Good question, Nadia. Yes, we expect services revenue to keep declining in the mid-to-high single digits through next year. That is a good thing for us. Every dollar of implementation that moves to a partner is a dollar of lower-margin revenue we no longer need to carry. Subscription gross margin was 83 percent in the quarter, up from 81 percent a year ago.

[00:07:44] Operator: Our next question comes from Felix Aumann with Brightwater Partners.

[00:07:49] Felix Aumann: Thanks. Marisol, on hiring: headcount grew only about 6 percent. Are you slowing investment, and how big does Kraków get?

[00:08:05] Marisol Etxeberria: We are not slowing investment, Felix; we are being more precise about it. Kraków will be at 250 people by the end of calendar 2025, mostly engineers. Poland gives us a deep pool of talent and a time zone that bridges Denver and our team in Singapore. We are hiring where the talent is, not where the rent is highest.

[00:08:48] Operator: That concludes our question-and-answer session. I would like to turn the call back over to Marisol Etxeberria for closing remarks.

[00:08:53] Marisol Etxeberria: Thank you, everyone. We will be at the Halbrook Technology Conference in San Francisco on Tuesday, December 3, and we look forward to seeing many of you there. Have a good evening.

[00:09:06] Operator: This concludes today's conference call. You may now disconnect.

Copyright 2024 Veltrane Software, Inc. This transcript has been edited for clarity. It may contain errors and should not be relied upon as the sole basis for any investment decision.
`;

const files = { 'earnings-release.md': RELEASE, 'earnings-call-transcript.txt': CALL };

describe("a quarter's results: the release and the call, with the product's word vectors", () => {
  withProductWordVectors();

  test('a row that gives every figure of the claim is the row, not another of its name: the results table\'s "Non-GAAP operating margin" row, not the guidance table\'s', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives Full year FY2025: 20.0%, not 17.9%".
    verdict('supported', 'The non-GAAP operating margin widened to 21.0% from 17.9% a year earlier.');
    verdict('contradicted', 'The non-GAAP operating margin widened to 21.0% from 16.9% a year earlier.', [['16.9%', '17.9%']]);
  });

  test('"the three months ended October 31, 2024" is the quarter that ended then', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "three months" was a length no source gives in those words.
    verdict('supported', "Veltrane Software's revenue climbed 18 percent from a year earlier to $412.6 million in the three months ended October 31, 2024.");
    // Not a half-year, nor a quarter that ended on another day.
    verdict('unsupported', "Veltrane Software's revenue climbed 18 percent from a year earlier to $412.6 million in the six months ended October 31, 2024.");
    verdict('unsupported', "Veltrane Software's revenue climbed 18 percent from a year earlier to $412.6 million in the three months ended September 30, 2024.");
  });
});
