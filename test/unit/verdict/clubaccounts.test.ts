/**
 * A football club's annual accounts: the annual report's extract with a table, and a radio station's transcript whose
 * participants list declares its speaker labels ("ROB = Ruth Okonedo-Baines, chief executive, …"). The sources are
 * written for these tests (from a helper's draft); the club, the station and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# Calderbrook Rovers Holdings Limited

## Annual Report and Financial Statements for the year ended 30 June 2024

**Company registration number:** 04817263
**Registered office:** Millrace Park, Canal Street, Calderbrook, CK4 7RR
**Document reference:** CRH/AR/2024/EXT-02 — extract supplied to media, embargoed until 00:01 on Tuesday 29 October 2024

---

### 1. Chairman's statement

The 2023-24 season was one of genuine progress on and off the pitch for Calderbrook Rovers Football Club. Under manager Dean Halloran the first team finished 7th in the Premier Alliance Championship, a significant improvement on the 14th-place finish of the previous campaign, and reached the fifth round of the Northern Counties Challenge Cup for the first time since 2011.

Off the pitch, turnover grew by 23.7% to £38.6m, the highest in the club's history, and our pre-tax loss more than halved.

"This is the most encouraging set of figures the club has published in a decade," said Graham Tolland, Chairman. "We have not solved every problem, but for the first time in a long while the numbers are moving in the right direction at the same time."

I would like to thank our owners, Tollworth Capital, for their continued support. In March 2024 Tollworth Capital converted £8.5m of its shareholder loans into ordinary shares, strengthening the club's balance sheet.

Graham Tolland
Chairman
28 October 2024

---

### 2. Strategic report — financial review

*Prepared by Marcus Leland, Finance Director*

**Revenue.** Total turnover increased from £31.2m to £38.6m. Broadcasting remained the club's largest income stream, rising from £14.1m to £18.2m, driven by the new central distribution agreement negotiated by the Premier Alliance and by four live televised fixtures. Matchday revenue rose to £9.4m (2023: £7.9m), reflecting higher attendances and the cup run. Commercial income increased to £11.0m (2023: £9.2m), helped by the three-year shirt partnership with Hexley Building Society signed in July 2023.

**Wages.** Total staff costs rose from £29.8m to £33.1m, largely as a result of contract extensions for first-team players and the expansion of the academy. Because revenue grew faster than wages, the wage-to-turnover ratio improved from 95.5% to 85.8%. The board recognises this remains too high.

**Player trading.** Profit on the disposal of players' registrations was £6.9m (2023: £2.3m), principally from the sale of midfielder Callum Ashdown-Reyes to Portvale Athletic in January 2024.

**Result.** The loss before taxation was £6.2m, compared with £13.2m in 2023.

**Net debt.** Net debt at 30 June 2024 stood at £41.5m (2023: £36.8m). Of this, £34.0m is owed to Tollworth Capital in the form of interest-free shareholder loans, after the £8.5m conversion described above. The balance comprises a £9.0m revolving credit facility with Aldermoor Bank, net of cash held of £1.5m.

#### Table 1: Summary profit and loss account (£m)

| Year ended 30 June                          | 2024   | 2023   | Change  |
|---------------------------------------------|--------|--------|---------|
| Matchday                                    | 9.4    | 7.9    | +19.0%  |
| Broadcasting                                | 18.2   | 14.1   | +29.1%  |
| Commercial                                  | 11.0   | 9.2    | +19.6%  |
| **Turnover**                                | **38.6** | **31.2** | **+23.7%** |
| Staff costs                                 | (33.1) | (29.8) | +11.1%  |
| Other operating costs                       | (12.7) | (11.9) | +6.7%   |
| **Operating loss before player trading**    | **(7.2)** | **(10.5)** |     |
| Profit on disposal of players' registrations | 6.9   | 2.3    |         |
| Amortisation of players' registrations      | (4.8)  | (4.1)  |         |
| Net interest payable                        | (1.1)  | (0.9)  |         |
| **Loss before taxation**                    | **(6.2)** | **(13.2)** |     |
| Wage-to-turnover ratio                      | 85.8%  | 95.5%  |         |

*Figures in brackets are costs or losses. Totals may not sum exactly owing to rounding.*

---

### 3. Key non-financial indicators

| Indicator                                     | 2023-24 | 2022-23 |
|-----------------------------------------------|---------|---------|
| Average league attendance, Millrace Park       | 17,842  | 16,115  |
| Stadium capacity                              | 21,300  | 21,300  |
| Season tickets sold                           | 11,460  | 10,220  |
| Full-time employees (average)                 | 214     | 198     |
| League position, Premier Alliance Championship | 7th     | 14th    |

---

### 4. Capital projects

**Ashby Lane training ground.** Planning permission for the club's new training and academy complex at Ashby Lane, Hollins Moor, was granted by Calderbrook Metropolitan Borough Council's planning committee on Tuesday 12 March 2024. The 14.5-acre site will include nine grass pitches, one full-size artificial pitch and a 1,500-capacity show pitch for the women's team and academy fixtures. The project is budgeted at £6.8m and is due to open in August 2025. The women's team, currently tenants at Brookfield Road in Sowerby Cross, will play its home matches at the Hollins Moor show pitch from the 2025-26 season.

**Sustainability.** Installation of 1,250 solar panels on the roof of the Canal Street Stand was completed in February 2024. The array has a peak capacity of 480kW and is expected to supply around 22% of the stadium's annual electricity use.

---

### 5. Directors' remuneration (extract)

The emoluments of the highest-paid director, the Chief Executive, Ruth Okonedo-Baines, were £412,000 (2023: £389,000), including a performance bonus of £45,000 linked to commercial revenue targets. No director received shares or share options during the year.

---

### 6. Independent auditors

Pemberton Askew LLP, Chartered Accountants and Statutory Auditors, Leeming Street, Calderbrook, have expressed an unqualified opinion on the financial statements. Their report draws attention to the club's reliance on continued financial support from Tollworth Capital, which has provided a letter of support covering the period to 31 December 2025.

---

### 7. Notice of annual general meeting

The annual general meeting of Calderbrook Rovers Holdings Limited will be held on **Thursday 21 November 2024 at 7pm** in the Heritage Suite, Millrace Park, Calderbrook. Shareholders wishing to submit questions in advance should do so by 5pm on Friday 15 November 2024 to the Company Secretary, Helen Varcoe.

---

**Notes to editors**

1. Calderbrook Rovers Football Club was founded in 1889 and has played at Millrace Park since 1921.
2. Tollworth Capital acquired a 92% shareholding in Calderbrook Rovers Holdings Limited in 2019. The remaining 8% is held by around 1,900 minority shareholders, including the Calderbrook Rovers Supporters' Trust.
3. The full annual report will be filed at Companies House and published on the club's website.
4. Media enquiries: Priya Sandhu, Head of Communications, 01632 960 418, press@calderbrookrovers.example

ENDS
`;

const TRANSCRIPT = `PENNINE SOUND 103.4 FM — TRANSCRIPT
Programme: The Sports Desk
Transcript ref: PS/SD/2024/1187
Broadcast: Wednesday 30 October 2024, 18:10-18:31 (live)
Studio: Pennine Sound, Wharf House, Lindley Bridge
Producer: Owen Gatacre
Transcribed by: Newsroom transcription desk. Checked against broadcast audio. Timecodes approximate.

PARTICIPANTS
JW  = Jo Whitcliffe, presenter, The Sports Desk
ROB = Ruth Okonedo-Baines, chief executive, Calderbrook Rovers FC
AP  = Alan Pryce, chair, Calderbrook Rovers Supporters' Trust (joined by phone from 18:22)

------------------------------------------------------------

[18:10:05]
JW: Good evening, you're listening to The Sports Desk on Pennine Sound. Calderbrook Rovers published their accounts yesterday, and with me in the studio is the club's chief executive, Ruth Okonedo-Baines. Ruth, welcome.

ROB: Thanks, Jo. Good to be here.

JW: Let's start with the headline. Record turnover, thirty-eight point six million pounds, but you've still lost six point two million. Is that a good year or a bad year?

ROB: It's a better year. Nobody here is pretending that a loss of six million pounds is something to celebrate. But a year ago we were losing more than thirteen million, so the loss has more than halved. We are not where we want to be, but we are heading in the right direction.

[18:11:40]
JW: The wage bill went up again, though. Thirty-three point one million. Fans will say you can't keep spending like that.

ROB: The wage bill did go up, by about three point three million, and I won't hide from that. Some of that is contract extensions for players who got us to seventh, and some is the academy. What matters is the ratio. Wages were ninety-five and a half per cent of turnover two seasons ago — that's frankly unsustainable. It's now eighty-five point eight. Our target is to get that below seventy per cent by the end of the 2026-27 season.

JW: Below seventy. That's a big drop.

ROB: It is. But it's achievable if revenue keeps growing and we stay disciplined. The board has signed off a plan with Marcus, our finance director, and we review it every quarter.

[18:13:15]
JW: How much of the improvement is just down to selling Callum Ashdown-Reyes to Portvale Athletic?

ROB: It helped, I'd be daft to say otherwise. Player trading profit went from two point three million to six point nine. But broadcasting was up by more than four million, and matchday and commercial both grew strongly. This isn't a one-off.

[18:14:30]
JW: Let's talk debt. Net debt is up to forty-one and a half million, most of it owed to your owners, Tollworth Capital. Should fans be worried?

ROB: I understand why people ask. But Tollworth's loans are interest-free, and in March they converted eight and a half million pounds of those loans into shares. That's money that will never have to be paid back. They've also given the auditors a letter of support running to the end of December next year.

[18:15:50]
JW: Ticket prices. Supporters are hearing there's an increase coming.

ROB: Yes, and I'd rather they heard it from me. Adult season tickets for 2025-26 will go up by four per cent. An adult season ticket in the Canal Street Stand will be four hundred and twelve pounds. Under-18 season tickets stay frozen at ninety-five pounds, and that's the third year running we've frozen them. Four per cent is below inflation over the last two years, and I think supporters will see that.

JW: Matchday tickets?

ROB: The standard adult matchday price stays at twenty-eight pounds.

[18:17:20]
JW: And Dean Halloran — there's been speculation other clubs were interested.

ROB: Dean signed an extension last week. His contract now runs until June 2027. We're delighted. He's built something here.

[18:18:10]
JW: The new training ground at Hollins Moor — on track?

ROB: On track and on budget. Six point eight million pounds, opening in August next year. The groundworks contractor, Brannock Civils, finished the drainage in September. The women's team will play their home games on the show pitch there from next season, so they'll be leaving Brookfield Road after eleven years.

JW: And the women's side is going full-time?

ROB: From July 2025, yes. We're putting the women's budget up to one point two million pounds, which is double what it was.

[18:20:00]
JW: We've had a lot of texts. Dave in Sowerby Cross says, "Why should fans trust a board where nobody represents them?"

ROB: It's a fair question, and it's one the Supporters' Trust has been asking for a while.

[18:22:05]
JW: Well, let's bring in the trust. Alan Pryce chairs the Calderbrook Rovers Supporters' Trust and joins us on the line. Alan, good evening.

AP: Evening, Jo. Evening, Ruth.

JW: What did you make of the accounts?

AP: Honestly, they're better than I feared. The loss is down, the crowds are up — we averaged nearly eighteen thousand last season. But the debt still worries our members. Forty-one and a half million is a lot of money for a club this size. And we've been asking for a supporter-elected director for three years now. Fans have carried this club through the lean years and they deserve a proper say in where it goes next.

JW: Ruth?

ROB: Alan, I can tell you tonight — and you're hearing it first — the board met on Monday and agreed in principle to create a supporter-elected director's seat. We'll put the detail to shareholders at the AGM on the twenty-first of November.

AP: Well, that's... that is genuinely welcome. We'll want to see the detail, mind. An elected director needs a proper vote, not a token seat.

ROB: Agreed. We'll work it out with the trust before the AGM.

[18:26:30]
JW: Alan, the trust holds shares. Will you be at the AGM?

AP: We will. We've got around six hundred members who are shareholders, and we're encouraging every one of them to come along. We'll have a stall outside the Heritage Suite from six o'clock.

[18:28:10]
JW: Ruth, final question. Where does the club want to be in three years?

ROB: Competing at the top end of the Championship, with a wage ratio under seventy per cent, the training ground open, a full-time women's team, and a supporter on the board. If we do all of that, I'll be happy to come back and talk to you about it.

JW: We'll hold you to that. Ruth Okonedo-Baines and Alan Pryce, thank you both.

[18:31:00]
[END OF ITEM]

------------------------------------------------------------
NOTE FOR NEWSROOM: Quotes cleared for use across Pennine Sound news bulletins and website. Audio clip ref PS-AUD-301024-07. Contact the Sports Desk producer on ext. 2214 with queries.
`;

const files = { 'calderbrook_annual_report_2024_extract.md': REPORT, 'pennine_sound_sports_desk_transcript.txt': TRANSCRIPT };

describe("a club's accounts: the annual report and a radio interview, with the product's word vectors", () => {
  withProductWordVectors();

  test("a broadcast log's header lines are no speakers, and its participants list names the labels' speakers", async () => {
    const report = await checkAgainst(
      files,
      [
        '# Rovers lose less',
        '',
        'Alan Pryce, who chairs the supporters\' trust, said: "We are not where we want to be, but we are heading in the right direction."',
        '',
        '"Nobody here is pretending that a loss of six million pounds is something to celebrate," Ms Okonedo-Baines said.',
        '',
        'Mr Pryce said fans had "carried this club through the lean years and they deserve a bigger say in where it goes next".',
        '',
      ].join('\n'),
    );
    // Were: "said by Rob, not Alan Pryce", "said by Rob, not Ms Okonedo-Baines" and "said by Ap, not Mr Pryce" (the
    // header's "Programme:", "Broadcast:" and "Studio:" lines ended the header before its participants list).
    const quotes = report.findings.filter((f) => f.code.endsWith('-quote'));
    assert.deepEqual(
      quotes.map((f) => f.code),
      ['misattributed-quote', 'altered-quote'],
    );
    assert.equal(quotes[0].message.replace(/ \(sources.*$/, ''), 'These words were said by Ruth Okonedo-Baines (chief executive), not Alan Pryce');
    assert.match(quotes[1].message, /bigger/);
  });

  test('a multiple the sentence gives as this year\'s figure and the last year\'s in brackets: "£6.9m (2023: £2.3m)"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: no source states "tripled".
    verdict('supported', 'Profit on player sales tripled from £2.3 million to £6.9 million, largely thanks to the sale of Callum Ashdown-Reyes to Portvale Athletic.');
    verdict('contradicted', 'Profit on player sales doubled from £2.3 million to £6.9 million, largely thanks to the sale of Callum Ashdown-Reyes to Portvale Athletic.', [['doubled', '£2.3m to £6.9m (3 times)']]);
  });
});
