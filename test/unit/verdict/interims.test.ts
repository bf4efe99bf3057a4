/**
 * A supermarket chain's half-year results: the trading statement (plain text, with tables of figures and stores) and the
 * analyst call (transcript, speakers and timestamps). The sources are written for these tests (from a helper's draft);
 * the company and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const STATEMENT = `BRAMBLEWAY STORES PLC
Interim results for the 26 weeks ended 23 August 2025

RNS Number: 4417K
Released: 07:00, Wednesday 1 October 2025
Leeds, United Kingdom

Brambleway Stores plc ("Brambleway" or "the Group"), the UK supermarket chain, today announces its unaudited interim results for the 26 weeks ended Saturday 23 August 2025.

HIGHLIGHTS

- Group sales (excluding VAT and fuel) rose 3.8% to £4,862 million.
- Like-for-like sales excluding fuel grew 2.9%, compared with 4.1% in the same period last year.
- Online sales increased 12.4% to £611 million and now account for 12.6% of Group sales.
- Underlying profit before tax rose 9.2% to £131 million; statutory profit before tax fell 4.9% to £98 million after a £21 million charge for the closure of the Wakefield bakery.
- Interim dividend raised 8% to 2.7 pence per share.
- Net debt reduced by £73 million to £1,214 million.
- Full-year guidance for underlying profit before tax raised to between £265 million and £280 million, from £250 million to £270 million previously.

FINANCIAL SUMMARY

Measure | H1 2025/26 | H1 2024/25 | Change
Group sales (ex VAT, ex fuel) | £4,862m | £4,684m | +3.8%
Like-for-like sales (ex fuel) | +2.9% | +4.1% | -1.2 pts
Online sales | £611m | £544m | +12.4%
Underlying operating profit | £176m | £165m | +6.7%
Underlying operating margin | 3.62% | 3.52% | +10 bps
Underlying profit before tax | £131m | £120m | +9.2%
Statutory profit before tax | £98m | £103m | -4.9%
Underlying earnings per share | 9.4p | 8.6p | +9.3%
Interim dividend per share | 2.7p | 2.5p | +8.0%
Net debt (excluding leases) | £1,214m | £1,287m | -£73m
Capital expenditure | £287m | £241m | +19.1%

STORE PORTFOLIO

Format | Stores at 23 Aug 2025 | Stores at 24 Aug 2024 | Opened in period | Closed in period
Supermarkets | 512 | 506 | 6 | 0
Brambleway Local convenience stores | 288 | 271 | 19 | 2
Total | 800 | 777 | 25 | 2

The Group opened six supermarkets in the period, including its first store in Scotland, at Livingston, West Lothian, which opened on Thursday 15 May 2025. Nineteen Brambleway Local convenience stores were opened, mostly in the North West and the Midlands, and two were closed. Selling space rose 2.1% to 16.3 million square feet. The Group employed 61,400 colleagues at the end of the period, up from 59,800 a year earlier.

CHIEF EXECUTIVE'S STATEMENT

Helen Ashcombe, Chief Executive Officer, said:

"This is a strong first half. Customers are shopping with us more often, our online business is growing at double digits, and we have put £45 million back into lower prices on more than 1,200 everyday lines. We are gaining market share without giving up margin, and that gives us the confidence to raise our profit guidance for the full year."

"Households are still under pressure. Food inflation has eased, but it has not gone away, and we will keep investing in price where it matters most to our customers."

TRADING REVIEW

Like-for-like sales growth slowed through the half as food inflation eased, from 3.4% in the first quarter to 2.4% in the second quarter. Volumes rose in both quarters. Brambleway's share of the UK grocery market, as measured by Kantar, was 6.8% for the 12 weeks ended 17 August 2025, up from 6.5% a year earlier, making it the country's fifth-largest grocer.

Online sales grew 12.4% to £611 million, driven by rapid delivery from 140 stores in partnership with Dashly, which was extended to a further 60 stores during the period. The Brambleway Rewards loyalty scheme reached 9.2 million active members, up from 8.1 million.

FINANCIAL REVIEW

Rajiv Menon, Chief Financial Officer, said: "We delivered £58 million of cost savings in the half and remain on track for £120 million for the full year. Our balance sheet is stronger, with net debt down £73 million, and we are on course to bring leverage below 2.0 times by the end of the financial year."

Underlying operating profit rose 6.7% to £176 million, and the underlying operating margin improved by 10 basis points to 3.62%. The statutory result includes a one-off charge of £21 million relating to the closure of the Group's bakery at Wakefield, West Yorkshire, announced on Tuesday 10 June 2025, which affected 240 colleagues. Production has moved to the Group's site at Rotherham.

Capital expenditure was £287 million, up 19.1%, including the first £38 million of the £62 million new distribution centre at Doncaster. The Doncaster centre is expected to open in spring 2026 and to create around 350 jobs.

DIVIDEND

The Board has declared an interim dividend of 2.7 pence per share (H1 2024/25: 2.5 pence). The dividend will be paid on Friday 9 January 2026 to shareholders on the register at the close of business on Friday 5 December 2025. The ex-dividend date is Thursday 4 December 2025.

OUTLOOK

Sir Duncan Farrell, Chair, said: "The Board is confident in the strategy and in the management team. We expect the second half to be more competitive, but Brambleway is well placed."

The Group now expects full-year underlying profit before tax of between £265 million and £280 million (previously £250 million to £270 million). The Group will publish its third-quarter trading statement on Thursday 8 January 2026.

ANALYST PRESENTATION

A presentation for analysts and investors will be held by conference call at 09:00 BST today, hosted by Helen Ashcombe and Rajiv Menon. A recording will be available at www.bramblewayplc.co.uk/investors.

ENQUIRIES

Brambleway Stores plc
Claire Dunmore, Head of Investor Relations: +44 (0)113 496 0721
Owen Pritchard, Director of Corporate Communications: +44 (0)113 496 0788

NOTES TO EDITORS

Brambleway Stores plc is headquartered in Leeds and operates 512 supermarkets and 288 Brambleway Local convenience stores across England, Wales and Scotland. Its shares are listed on the London Stock Exchange (ticker: BRMB).

Forward-looking statements: Nothing in this announcement should be construed as a profit forecast.
`;

const CALL = `Brambleway Stores plc — Interim Results 2025/26 Analyst and Investor Call
Recorded Wednesday 1 October 2025, 09:00 BST, by conference call. Transcript prepared by Veritext Transcription Services; edited for clarity.
Speakers: Claire Dunmore (Head of Investor Relations), Helen Ashcombe (Chief Executive Officer), Rajiv Menon (Chief Financial Officer), Tom Whitlock (analyst, Halsey Capital), Priya Kaur (analyst, Northgate Securities), Martin Oyelaran (analyst, Castlebridge & Co)

[00:00:04] Claire Dunmore: Good morning, everyone, and welcome to Brambleway's interim results call. I'm joined by Helen Ashcombe, our Chief Executive, and Rajiv Menon, our Chief Financial Officer. Helen and Rajiv will take you through the results, and then we'll open the line for questions. The usual forward-looking statements disclaimer applies.

[00:00:31] Helen Ashcombe: Thank you, Claire, and good morning. I'll keep this short because I know you've all read the statement. Group sales were up 3.8% to just under £4.9 billion, like-for-likes were up 2.9%, and underlying profit before tax was up 9.2% to £131 million. The number I'm proudest of is volume. We grew volumes in both quarters, and our market share is up 30 basis points to 6.8%. We did that while cutting prices on more than 1,200 lines.

[00:01:22] Helen Ashcombe: Online is now a real engine for us. Sales there were £611 million, up 12.4%, and rapid delivery with Dashly is now live from 140 stores. We opened our first store in Scotland, at Livingston, in May, and it is trading ahead of plan. I said when I joined in 2022 that this business could be a national grocer, and we are now in all three nations of Great Britain.

[00:02:05] Rajiv Menon: Thanks, Helen. Briefly on the numbers. Underlying operating profit was £176 million, up 6.7%, and margin improved by 10 basis points to 3.62%. Statutory profit before tax was £98 million, down from £103 million, because of the £21 million charge for closing the Wakefield bakery. Cost savings were £58 million in the half. Net debt fell £73 million to £1,214 million. Capex was £287 million, and that step-up is mostly Doncaster. We're raising guidance to £265 million to £280 million of underlying profit before tax.

[00:03:10] Claire Dunmore: Thank you. Operator, can we have the first question, please?

[00:03:16] Tom Whitlock: Morning, Tom Whitlock at Halsey Capital. Two questions. First, like-for-likes slowed to 2.4% in the second quarter. Has that continued into September? And second, how much more price investment should we expect in the second half?

[00:03:41] Helen Ashcombe: Thanks, Tom. September has been consistent with the second quarter, so low twos, and volumes are still positive. On price, we put £45 million into prices in the first half. I won't give you a number for the second half, but I'd say this: we are not going to be outpriced by anyone on the basics. That is a promise to our customers, not a target for the City.

[00:04:22] Tom Whitlock: Thank you.

[00:04:25] Priya Kaur: Hi, it's Priya Kaur from Northgate Securities. On the Wakefield closure, can you say how many colleagues were affected and what happened to them? And on Doncaster, is the opening date still spring?

[00:04:44] Rajiv Menon: Sure, Priya. Two hundred and forty colleagues were affected at Wakefield. We offered every one of them a role at Rotherham or in a store, and around 150 took that up. The rest took redundancy. On Doncaster, yes, we're on track to open in spring 2026. It's a £62 million project and it will create around 350 jobs when it's fully operational.

[00:05:20] Helen Ashcombe: If I can add to that. Closing Wakefield was the hardest decision I've taken here. It was a good bakery with good people, but it was running at half capacity, and we could not justify keeping two sites.

[00:05:39] Priya Kaur: That's helpful, thanks.

[00:05:42] Martin Oyelaran: Good morning, Martin Oyelaran, Castlebridge. A question for Rajiv on the balance sheet. You've said leverage below 2.0 times by year end. Does that leave room for a buyback, and how do you think about the dividend?

[00:06:05] Rajiv Menon: Thanks, Martin. The priority is still the balance sheet. We'll get leverage below two times by the end of February, and then the Board will look at surplus capital. I wouldn't read anything into a buyback this year. On the dividend, we raised the interim by 8% to 2.7p, and our policy of paying out around a third of underlying earnings is unchanged.

[00:06:41] Martin Oyelaran: And a follow-up for Helen: are you seeing any pressure from the discounters in Scotland?

[00:06:49] Helen Ashcombe: It's early days, Martin. Livingston is one store. But the response has been terrific, and we've got two more Scottish sites in the pipeline for 2026, in Dunfermline and Falkirk. Scotland is a market we intend to take seriously.

[00:07:12] Claire Dunmore: We have time for one more question.

[00:07:15] Tom Whitlock: Just a quick one on Brambleway Rewards. Membership went from 8.1 to 9.2 million. What are you getting out of that?

[00:07:27] Helen Ashcombe: Better data, mostly. We know which offers bring customers back, so our promotions are working harder and we're spending less on them. Rewards members spend about a quarter more with us than other customers.

[00:07:48] Claire Dunmore: Thank you, everyone. Our third-quarter trading statement is on Thursday 8 January. The IR team is available all day for follow-up calls. Thank you.

[00:07:58] End of call.
`;

const files = { 'brambleway-interim-results.txt': STATEMENT, 'brambleway-analyst-call.txt': CALL };

describe("a supermarket's half-year results: the statement and the analyst call, with the product's word vectors", () => {
  withProductWordVectors();

  test('"finance chief" is the chief financial officer', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "Finance chief" against "Chief Financial Officer".
    verdict('supported', 'Finance chief Rajiv Menon said the company had delivered £58 million of cost savings in the half and remained on track for £120 million for the full year.');
  });

  test("a post given to the person whose words they are is the post that is wrong, not the person", async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was "Helen Ashcombe, not Rajiv Menon".
    verdict('contradicted', 'Chief executive Rajiv Menon said the company had delivered £58 million of cost savings in the half.', [['Chief executive', 'Chief Financial Officer']]);
  });
});
