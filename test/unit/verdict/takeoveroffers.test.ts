/**
 * A recommended takeover offer for a listed engineering company: the stock-exchange announcement of the terms with a
 * table of premiums, and a broker's note. The sources are written for these tests (from a helper's draft); the
 * companies and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const ANNOUNCEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>RNS Number : 4417K — Brenmoor Engineering plc — Recommended Cash Offer</title>
</head>
<body>
<p><strong>RNS Number : 4417K<br>Brenmoor Engineering plc<br>09 March 2026</strong></p>

<p><em>NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, IN WHOLE OR IN PART, DIRECTLY OR INDIRECTLY, IN, INTO OR FROM ANY JURISDICTION WHERE TO DO SO WOULD CONSTITUTE A VIOLATION OF THE RELEVANT LAWS OR REGULATIONS OF THAT JURISDICTION.</em></p>

<p><em>THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION. FOR IMMEDIATE RELEASE — 07:00, MONDAY 9 MARCH 2026</em></p>

<h1>RECOMMENDED CASH ACQUISITION<br>of<br>BRENMOOR ENGINEERING PLC<br>by<br>FALSTONE BIDCO LIMITED<br>(a newly incorporated company indirectly owned by funds managed by Orvane Capital Partners LLP)</h1>

<p>to be effected by means of a scheme of arrangement under Part 26 of the Companies Act 2006</p>

<h2>1. Summary</h2>
<ul>
<li>The boards of Brenmoor Engineering plc ("<strong>Brenmoor</strong>" or the "<strong>Company</strong>") and Falstone Bidco Limited ("<strong>Bidco</strong>") are pleased to announce that they have reached agreement on the terms of a recommended cash acquisition by Bidco of the entire issued and to be issued ordinary share capital of Brenmoor (the "<strong>Acquisition</strong>").</li>
<li>Under the terms of the Acquisition, Brenmoor shareholders will be entitled to receive <strong>405 pence in cash for each Brenmoor share</strong>.</li>
<li>In addition, Brenmoor shareholders on the register on Friday 17 April 2026 will remain entitled to receive and retain the final dividend of 7.5 pence per share for the year ended 31 December 2025, expected to be paid on Friday 22 May 2026, without any reduction in the offer price.</li>
<li>The Acquisition values the entire issued ordinary share capital of Brenmoor at approximately <strong>£612 million</strong> on a fully diluted basis, and implies an enterprise value of approximately <strong>£688 million</strong>, representing a multiple of approximately 11.2 times Brenmoor's adjusted EBITDA of £61.4 million for the year ended 31 December 2025.</li>
</ul>

<h2>2. Offer value and premia</h2>
<p>The offer price of 405 pence per Brenmoor share represents:</p>
<table border="1" cellpadding="4">
<thead>
<tr><th>Reference point</th><th>Brenmoor share price (pence)</th><th>Premium implied by offer price</th></tr>
</thead>
<tbody>
<tr><td>Closing price on 6 March 2026 (the last business day before this announcement)</td><td>292.0</td><td>38.7%</td></tr>
<tr><td>Volume-weighted average price for the 30 trading days to 6 March 2026</td><td>281.0</td><td>44.1%</td></tr>
<tr><td>Volume-weighted average price for the three months to 6 March 2026</td><td>268.0</td><td>51.1%</td></tr>
<tr><td>52-week closing high (recorded on 14 July 2025)</td><td>331.0</td><td>22.4%</td></tr>
</tbody>
</table>

<h2>3. Background to and reasons for the recommendation</h2>
<p>Brenmoor, headquartered in Kelbridge, Staffordshire, designs and manufactures precision flow-control valves, actuators and pressure-rated assemblies for the energy, water and defence sectors. The group employs approximately 2,340 people across nine manufacturing and service sites in the United Kingdom and three overseas facilities, in Rotterdam, Gdańsk and Monterrey. For the year ended 31 December 2025, Brenmoor reported revenue of £446.2 million, up 6.8 per cent on the prior year, and an order book of £1.14 billion at the year end.</p>

<p>The Brenmoor directors, who have been so advised by Lindqvist Hale &amp; Co. as to the financial terms of the Acquisition, consider the terms of the Acquisition to be fair and reasonable. In providing its advice, Lindqvist Hale &amp; Co. has taken into account the commercial assessments of the Brenmoor directors. Lindqvist Hale &amp; Co. is providing independent financial advice to the Brenmoor directors for the purposes of Rule 3 of the Takeover Code.</p>

<p>Accordingly, the Brenmoor directors intend to recommend unanimously that Brenmoor shareholders vote in favour of the Scheme at the Court Meeting and the resolutions to be proposed at the General Meeting.</p>

<p>Commenting on the Acquisition, Rosalind Achterberg, Non-executive Chair of Brenmoor, said:</p>
<blockquote><p>"The board has not been seeking a sale, and we rejected two earlier approaches from Orvane at 355 pence and 380 pence because they did not reflect the value we see in this business. This offer does. It gives shareholders certainty in cash at a substantial premium, and it gives Brenmoor an owner prepared to invest through the cycle."</p></blockquote>

<p>Gareth Pennick, Chief Executive Officer of Brenmoor, said:</p>
<blockquote><p>"Our engineers in Kelbridge and across the group have built something genuinely world-class. Orvane understands that the next stage of growth needs patient capital, particularly in hydrogen-ready valve technology, and I am confident this is the right home for our people."</p></blockquote>

<h2>4. Bidco's intentions</h2>
<p>Bidco intends to invest not less than £45 million in Brenmoor's research, development and production capacity over the three years following completion, including a new 6,200 square metre test and assembly hall at the Kelbridge site, which currently extends to 14,500 square metres. Bidco has confirmed that it does not intend to make any material change to headcount at Kelbridge for at least 24 months following completion, and that the existing contractual and statutory employment rights of all Brenmoor employees, including pension rights, will be fully safeguarded.</p>

<p>Tomasz Elridge, Managing Partner of Orvane Capital Partners, said:</p>
<blockquote><p>"Brenmoor is exactly the kind of British industrial champion we want to back. We are not buying it to break it up. We are buying it to build it, and the £45 million commitment is the start of that, not the end."</p></blockquote>

<h2>5. Irrevocable undertakings</h2>
<p>Bidco has received irrevocable undertakings to vote in favour of the Scheme in respect of, in aggregate, 17,290,300 Brenmoor shares, representing approximately 11.44 per cent of Brenmoor's issued ordinary share capital, comprising:</p>
<ul>
<li>undertakings from each of the Brenmoor directors who hold shares, in respect of 2,416,300 Brenmoor shares (approximately 1.60 per cent); and</li>
<li>an undertaking from Marlow Street Investors Limited in respect of 14,874,000 Brenmoor shares (approximately 9.84 per cent). This undertaking will cease to be binding if a competing offer is announced at a price of at least 445 pence per share.</li>
</ul>

<h2>6. Financing</h2>
<p>The cash consideration payable under the Acquisition will be financed by equity invested by funds managed by Orvane Capital Partners LLP together with a £260 million committed term loan facility arranged by Haverleigh Bank plc. Corbain Partners, as financial adviser to Bidco, is satisfied that sufficient resources are available to Bidco to satisfy in full the cash consideration payable to Brenmoor shareholders under the Acquisition.</p>

<h2>7. Conditions and timetable</h2>
<p>The Acquisition is conditional upon, among other things, the approval of the Scheme by a majority in number of Brenmoor shareholders present and voting, representing not less than 75 per cent in value of the shares voted, at the Court Meeting; the sanction of the Scheme by the High Court; and clearance under the National Security and Investment Act 2021, given Brenmoor's supply of valve assemblies to naval programmes. Bidco has agreed to pay Brenmoor a reverse break fee of £9.2 million if the Acquisition lapses because that clearance is not obtained.</p>

<p>The Scheme Document is expected to be published by Wednesday 8 April 2026, with the Court Meeting and General Meeting expected to be held on Thursday 14 May 2026. The Acquisition is currently expected to complete in the third quarter of 2026. The long-stop date is 31 January 2027.</p>

<h2>Enquiries</h2>
<table border="1" cellpadding="4">
<tr><td><strong>Brenmoor Engineering plc</strong></td><td>Priya Dawlish, Chief Financial Officer</td><td>+44 (0)1785 400 210</td></tr>
<tr><td><strong>Lindqvist Hale &amp; Co.</strong> (Rule 3 adviser and joint broker to Brenmoor)</td><td>Edmund Slaughterford, Simran Okafor</td><td>+44 (0)20 7946 0831</td></tr>
<tr><td><strong>Orvane Capital Partners LLP / Bidco</strong></td><td>Tomasz Elridge</td><td>+44 (0)20 7946 0552</td></tr>
<tr><td><strong>Corbain Partners</strong> (financial adviser to Bidco)</td><td>Julian Marsh-Ferreira</td><td>+44 (0)20 7946 0719</td></tr>
<tr><td><strong>Thistlegate Communications</strong> (PR adviser to Brenmoor)</td><td>Fenella Rook</td><td>+44 (0)20 7946 0966</td></tr>
</table>

<h2>Notes</h2>
<ol>
<li>Fully diluted share capital is based on 151,120,480 Brenmoor shares, comprising 149,862,115 shares in issue on 6 March 2026 and 1,258,365 shares which may be issued under Brenmoor's share plans.</li>
<li>The enterprise value is calculated as the equity value plus Brenmoor's net debt of £76.0 million as at 31 December 2025, excluding lease liabilities.</li>
<li>Closing prices are derived from the Daily Official List of the London Stock Exchange.</li>
<li>The person responsible for arranging the release of this announcement on behalf of Brenmoor is Catriona Weaving, Company Secretary.</li>
</ol>

<p>This information is provided by RNS, the news service of the London Stock Exchange. END OFFEAXLKFBLBBBK</p>
</body>
</html>
`;

const NOTE = `# Pelham Drury Securities — Equity Research

**UK Industrials | Flash note | Tuesday 10 March 2026, 06:45 GMT**
**Ref: PDS/IND/2026/0318**

## Brenmoor Engineering (BMR LN): Orvane's 405p is fair, not full — downgrade to HOLD

| | |
|---|---|
| **Rating** | HOLD (from BUY) |
| **Price target** | 405p (from 360p) |
| **Share price (close, 9 March 2026)** | 398p |
| **Market capitalisation** | £596m |
| **Analyst** | Naomi Fairweather, +44 (0)20 7946 0148 |
| **Associate** | Declan Moorcroft |

### Key points

- **Agreed bid at 405p cash.** Brenmoor's board yesterday recommended a cash offer from Falstone Bidco, the vehicle of private equity firm Orvane Capital Partners, at 405p per share, valuing the equity at £612m. Shareholders also keep the 7.5p final dividend, taking total value to 412.5p.
- **Shares almost at the offer.** BMR opened at 391p at 08:00 yesterday and closed at 398p, up 36.3% on the day, on volume of 11.8m shares — roughly nine times the 20-day average. The gap to 405p is 1.8%, which we see as a tight spread for a deal that still needs National Security and Investment Act clearance.
- **Multiple looks fair, not full.** At 11.2x 2025 adjusted EBITDA, the price sits just above the 10.6x median of the five UK flow-control deals we track since 2021 (table below), but below the 12.9x paid by Sandhurst Dynamics for Corvell Valves in 2024.
- **We move to HOLD.** With limited upside and an 11.44% irrevocable base behind the Scheme, we downgrade from BUY and set our price target at the offer price.

### What the board got

The offer is the third Orvane proposal. According to the announcement, the board rejected approaches at 355p and 380p before agreeing at 405p — a 14.1% improvement on the first proposal. The headline premium of 38.7% is measured against Friday's undisturbed close of 292p; on a three-month volume-weighted basis the premium is 51.1%.

We had previously valued Brenmoor at 360p on a standalone basis, so the offer is 12.5% above our old target. However, our blue-sky valuation, which assumes hydrogen-ready valve orders ramp from 2028, was 440p. Notably, the Marlow Street Investors undertaking falls away if a rival offers at least 445p, just above that level — a signal, in our view, that Brenmoor's largest holder thinks a higher bid is possible but not likely.

### Precedent transactions — UK flow control and precision engineering

| Date | Target | Acquirer | EV (£m) | EV/EBITDA |
|---|---|---|---|---|
| Jun 2021 | Ashby Pressure Systems | Kernow Industrial | 214 | 9.1x |
| Feb 2022 | Tarrant Fluid Systems | Gellhorn Group | 388 | 10.4x |
| Oct 2023 | Holloway Actuation | Mercia Capital | 156 | 10.6x |
| Apr 2024 | Corvell Valves | Sandhurst Dynamics | 731 | 12.9x |
| Nov 2025 | Pryde & Lusk | Orvane Capital Partners | 97 | 11.0x |
| **Mar 2026** | **Brenmoor Engineering** | **Orvane (Falstone Bidco)** | **688** | **11.2x** |

*Source: company announcements, Pelham Drury Securities. Median of 2021–2025 deals: 10.6x.*

Note that Brenmoor would be Orvane's second UK valve acquisition in five months, after the £97m purchase of Pryde & Lusk in November.

### Analyst call — selected remarks

Management and Orvane held a call for analysts at 09:30 on 9 March. Around 60 participants joined. Selected exchanges (our notes, lightly edited):

> **Naomi Fairweather (Pelham Drury):** Why sell now, when you've told us the hydrogen order pipeline doesn't really show up until 2028?
>
> **Gareth Pennick (CEO, Brenmoor):** "We didn't go looking for this. But the honest answer is that the public market was never going to pay us for 2028 in 2026. Orvane will."
>
> **Declan Moorcroft (Pelham Drury):** Can you talk about the conversation with the Ministry of Defence on the NSIA filing?
>
> **Priya Dawlish (CFO, Brenmoor):** "We've had constructive early engagement. We supply valve assemblies to two naval programmes, and those contracts have change-of-control provisions we are working through. We'd expect a filing within four weeks."
>
> **Tomasz Elridge (Managing Partner, Orvane):** "We've done this before with Pryde & Lusk. Clearance took eleven weeks. There's nothing here we haven't seen."

Pennick also confirmed that the group's operating margin for 2025 was 13.8%, up from 12.9% in 2024, and that the order book of £1.14bn was 9% higher than a year earlier.

### Risks to completion

We put the probability of the deal completing at 85%. The main risks are:

1. **Regulatory.** NSIA clearance is a condition; the £9.2m reverse break fee payable by Bidco is modest, at around 1.5% of equity value.
2. **Shareholder vote.** The Scheme needs 75% by value of votes cast at the Court Meeting on 14 May. The 11.44% irrevocable base helps but is not decisive.
3. **Financing.** Low risk: Orvane's equity plus a £260m term loan from Haverleigh Bank is fully committed.

We assign a 20% probability to a competing bid. Overseas strategic buyers with valve businesses could in theory pay more, but the defence exposure and NSIA process make an interloper less likely than in a typical UK take-private.

### Our view

"This is a sensible, clean deal at a price the board can defend, but it is not a knockout," said Naomi Fairweather, head of UK industrials research at Pelham Drury. "Long-term holders are handing over the hydrogen upside for a premium that looks generous only against a depressed share price."

With the shares at 398p, the annualised return to the 405p offer plus the 7.5p dividend, assuming completion by 30 September 2026, is roughly 6%. We think that is adequate, not compelling. HOLD, price target 405p.

---

### Estimates (year to December)

| £m | 2024A | 2025A | 2026E | 2027E |
|---|---|---|---|---|
| Revenue | 417.8 | 446.2 | 471.0 | 498.5 |
| Adjusted EBITDA | 55.9 | 61.4 | 66.2 | 71.8 |
| Operating margin | 12.9% | 13.8% | 14.1% | 14.4% |
| Net debt | 84.3 | 76.0 | 68.5 | 57.0 |

---

*Disclosures: Pelham Drury Securities acts as joint corporate broker to Brenmoor Engineering plc. This note was prepared in accordance with our conflicts policy. Investors should consider this report as only a single factor in making their investment decision. Pelham Drury Securities Ltd is authorised and regulated by the Financial Conduct Authority. Registered office: 14 Canonbury Yard, London EC2A 4TT.*
`;

const files = { 'rns_recommended_cash_offer.html': ANNOUNCEMENT, 'pelham_drury_note_BMR.md': NOTE };

describe("a takeover offer: the announcement and the broker's note, with the product's word vectors", () => {
  withProductWordVectors();

  test('a column in pence gives pence: "Brenmoor share price (pence): 292.0" is 292p', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives 405 pence, not 292p" (the offer price of the sentence over the table).
    verdict('supported', "The offer represents a premium of 38.7 per cent to Brenmoor's closing price of 292p on Friday 6 March.");
    verdict('contradicted', "The offer represents a premium of 38.7 per cent to Brenmoor's closing price of 329p on Friday 6 March.", [['329p', 'Brenmoor share price (pence): 292.0']]);
  });

  test('a weekday alone is stated by the whole date that falls on it: "on Monday" / "close, 9 March 2026"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states Monday".
    verdict('supported', "Brenmoor's shares closed at 398p on Monday, up 36.3 per cent, on volume roughly nine times the 20-day average.");
    verdict('unsupported', "Brenmoor's shares closed at 398p on Sunday, up 36.3 per cent, on volume roughly nine times the 20-day average.");
  });

  test('a hedged figure that is no round one is the writer\'s to its last digit: "roughly £668 million" / "approximately £688 million"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: two figures each hedged were allowed 5% apart.
    verdict('contradicted', "The deal values Brenmoor's equity at about £612 million and implies an enterprise value of roughly £668 million.", [['roughly £668 million', 'approximately £688 million']]);
    verdict('supported', "The deal values Brenmoor's equity at about £612 million and implies an enterprise value of roughly £690 million.");
  });

  test('a figure in the very role of the claim\'s, in a passage nearly about it: "rejected three earlier approaches" / "we rejected two earlier approaches"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: the quote's topic (0.57) fell short of a related passage's, and "three" is elsewhere ("three
    // months", "three years").
    verdict('contradicted', "Rosalind Achterberg, Brenmoor's non-executive chair, said the board had rejected three earlier approaches from Orvane because they did not reflect the value of the business.", [['three', 'two']]);
    verdict('supported', "Rosalind Achterberg, Brenmoor's non-executive chair, said the board had rejected two earlier approaches from Orvane because they did not reflect the value of the business.");
  });

  test('a multiple compared the wrong way round: "At 11.2 times … earnings, the price is below the 10.6 times median"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'At 11.2 times 2025 adjusted earnings before interest, tax, depreciation and amortisation, the price is below the 10.6 times median of five comparable UK deals since 2021, according to Pelham Drury.', [['below', 'above']]);
    verdict('supported', 'At 11.2 times 2025 adjusted earnings before interest, tax, depreciation and amortisation, the price is above the 10.6 times median of five comparable UK deals since 2021, according to Pelham Drury.');
  });
});
