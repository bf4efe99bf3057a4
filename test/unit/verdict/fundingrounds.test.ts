/**
 * A spin-out's Series B funding round: the company's press release with a table of investors, and a business paper's
 * report. The sources are written for these tests (from a helper's draft); the company, its investors and the people
 * are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Solventa Materials closes £42.5m Series B and opens Easterhope cathode plant</title>
</head>
<body>
<header>
  <p><strong>SOLVENTA MATERIALS LTD</strong> &middot; Building 3, Carrowmere Science Park, Carrowmere CW4 9TX</p>
  <p>PRESS RELEASE &middot; Ref: SOL/PR/2026/004</p>
  <p><strong>EMBARGOED until 11:30 GMT, Thursday 12 March 2026</strong></p>
</header>

<h1>Solventa Materials closes £42.5 million Series B and opens first cathode factory in Easterhope</h1>

<h2>University of Carrowmere spin-out to create 310 jobs by end of 2027 as sodium-ion material moves to commercial production</h2>

<p><strong>Easterhope, 12 March 2026</strong> &ndash; Solventa Materials Ltd, the battery materials company spun out of the University of Carrowmere in 2019, today announces that it has closed a £42.5 million Series B funding round and has opened its first commercial-scale manufacturing plant at Tollbridge Business Park, Easterhope.</p>

<p>The round was led by Kestrel Ridge Ventures, which committed £18 million, with participation from the British Industrial Growth Bank, Greyfell Capital and the Carrowmere Innovation Fund. It takes the total raised by the company since its foundation to £61 million.</p>

<p>The 11,500 square metre plant was formally opened this morning by Helen Marsh-Okafor MP, Minister of State for Industry, at a ceremony attended by around 200 staff, investors and local representatives. The factory cost £27 million to build and fit out. Construction began in October 2024 after Easterhope District Council granted planning permission in July 2024.</p>

<p>The plant will initially produce 600 tonnes a year of Solventa's layered-oxide sodium-ion cathode material, rising to a full capacity of 2,000 tonnes a year once a second production line is commissioned in 2027. At full output the plant will supply enough cathode material for roughly 12 gigawatt-hours of battery cells annually.</p>

<p>Solventa currently employs 140 people, 95 of them at the Easterhope site. The company expects headcount to reach 310 by the end of 2027. Around 60 per cent of the factory workforce has been recruited from within 20 miles of the plant, and 24 apprentices are being trained in partnership with Easterhope College.</p>

<h3>Technology</h3>

<p>Solventa's cathode material uses sodium, iron and manganese in place of lithium, cobalt and nickel. In independent testing carried out by the Midland Battery Test Centre, cells built with the material achieved an energy density of 165 watt-hours per kilogram and retained 88 per cent of their capacity after 4,000 charge cycles. The company estimates that the material costs around 30 per cent less to produce than lithium iron phosphate, the cheapest lithium-ion chemistry in wide use.</p>

<p>The underlying chemistry was developed in the Department of Chemistry at the University of Carrowmere by Professor Tomasz Wielgosz, now Solventa's chief technology officer, and Dr Fiona Ramsgill, the company's co-founder and chief executive.</p>

<h3>Customers</h3>

<p>Solventa has signed a supply agreement with Ardenvale Energy Storage for 400 tonnes of cathode material over three years, with first deliveries due in June 2026. The company says it is in advanced discussions with two further cell manufacturers.</p>

<h3>Quotes</h3>

<p><strong>Dr Fiona Ramsgill, co-founder and chief executive of Solventa Materials, said:</strong><br>
&ldquo;Seven years ago this was a few grams of powder in a university fume cupboard. Today we are making it by the tonne, in Easterhope, with people from Easterhope. This funding lets us build the second line and prove that Britain can make the materials that go inside batteries, not just assemble them.&rdquo;</p>

<p><strong>Marcus Oyelaran, managing partner at Kestrel Ridge Ventures, said:</strong><br>
&ldquo;Solventa has done the hard part: it has moved from the lab to a working plant on time and on budget. Sodium-ion is no longer a science project, and we think Solventa is the best-placed company in Europe to supply it at scale.&rdquo;</p>

<p><strong>Professor Keith Aldwinckle, Vice-Chancellor of the University of Carrowmere, said:</strong><br>
&ldquo;This is exactly what university research should lead to. Solventa started with a PhD project in our chemistry department, and it is now a manufacturer employing local people. We are proud to remain a shareholder.&rdquo;</p>

<h3>Funding round</h3>

<table>
  <thead>
    <tr><th>Investor</th><th>Commitment</th><th>Role</th></tr>
  </thead>
  <tbody>
    <tr><td>Kestrel Ridge Ventures</td><td>£18.0m</td><td>Lead investor (new)</td></tr>
    <tr><td>British Industrial Growth Bank</td><td>£10.0m</td><td>New investor</td></tr>
    <tr><td>Greyfell Capital</td><td>£10.0m</td><td>Existing investor</td></tr>
    <tr><td>Carrowmere Innovation Fund</td><td>£4.5m</td><td>Existing investor</td></tr>
    <tr><td><strong>Total</strong></td><td><strong>£42.5m</strong></td><td></td></tr>
  </tbody>
</table>

<p>&mdash; ENDS &mdash;</p>

<h3>Notes to editors</h3>
<ol>
  <li><strong>About Solventa Materials.</strong> Solventa Materials Ltd was founded in 2019 by Dr Fiona Ramsgill and Professor Tomasz Wielgosz to commercialise sodium-ion cathode research from the University of Carrowmere. Its head office and pilot line are at the Carrowmere Science Park. The chair of the board is Dame Ursula Penhallow; the chief financial officer is Gareth Linnell.</li>
  <li><strong>Previous funding.</strong> The company raised a £3 million seed round in 2020 and a £15.5 million Series A, led by Greyfell Capital, in May 2022.</li>
  <li><strong>Financial results.</strong> In the year to 31 March 2025 Solventa reported revenue of £3.1 million, up from £1.2 million the previous year, and a pre-tax loss of £8.4 million.</li>
  <li><strong>The Easterhope plant.</strong> Site area 4.2 hectares; building footprint 11,500 square metres; first production line commissioned January 2026; second line due 2027. The site draws part of its electricity from a 1.8 megawatt rooftop solar array.</li>
  <li><strong>Images.</strong> High-resolution photographs of the opening and the production line are available from the press office.</li>
</ol>

<h3>Media contact</h3>
<p>Rachel Dunmore, Head of Communications, Solventa Materials<br>
press@solventa-materials.example &middot; 01632 960 417 &middot; 07700 900 382</p>
</body>
</html>
`;

const REPORT = `# Minister opens Easterhope battery materials plant as Solventa lands £42.5m

**The Northern Ledger — Business**
**By Owen Tregarthen, Business Correspondent**
**Friday 13 March 2026**

---

A battery materials company born in a University of Carrowmere laboratory opened its first factory in Easterhope yesterday, with a government minister declaring the plant "proof that the next industrial revolution can happen in towns like this one".

Solventa Materials, which makes a sodium-based alternative to the lithium cathodes used in most electric-car and grid-storage batteries, also confirmed it has closed a £42.5 million funding round led by the London venture firm Kestrel Ridge Ventures.

Helen Marsh-Okafor, the Minister of State for Industry, cut the ribbon on the 11,500 square metre plant at Tollbridge Business Park shortly after 11am on Thursday, before touring the first of what will eventually be two production lines.

"For too long we have been told that Britain invents things and other countries make them," Ms Marsh-Okafor told the audience of staff, investors and local dignitaries. "Solventa is proof that the next industrial revolution can happen in towns like this one. This is a plant that was designed in Carrowmere, financed in Britain and built by Easterhope hands."

The minister said the government would publish its battery supply chain strategy "before the summer", but declined to say whether it would include new subsidies for cathode production.

## From fume cupboard to factory floor

Solventa was founded in 2019 by Dr Fiona Ramsgill, its chief executive, and Professor Tomasz Wielgosz, its chief technology officer, who developed the material in the university's chemistry department. The company's cathode replaces lithium, cobalt and nickel with sodium, iron and manganese — all cheap and abundant.

Dr Ramsgill said the company had been "stubborn about staying in the north" despite approaches from overseas. "We had two offers to build this plant abroad, one of them with a very generous grant attached," she said. "We said no to both. The chemistry came from here and the jobs should stay here."

The plant cost £27 million and was built in 17 months. Its first line began production in January and is running at a rate of 600 tonnes a year. A second line, due in 2027, will lift capacity to 2,000 tonnes.

The company employs 140 people, 95 of whom work at Easterhope, and plans to more than double its headcount to 310 by the end of next year.

## Investors bet on sodium

Marcus Oyelaran, managing partner at Kestrel Ridge, which put in £18 million, said sodium-ion technology had reached a turning point. "Two years ago, investors asked us whether sodium-ion would ever work," he said. "Now they ask us how fast it can be built. Solventa has answered both questions."

Anjali Rhys, investment director at Greyfell Capital, which led Solventa's £15.5 million Series A in 2022 and put a further £10 million into this round, said the decision to follow on had been "straightforward".

"We backed a team with a lab result. Four years later they have a factory, a paying customer and a cost advantage that lithium producers will struggle to match," Ms Rhys said.

The state-owned British Industrial Growth Bank also committed £10 million. Its chief investment officer, Graham Sutcliffe, said the bank's role was "to crowd in private capital for the industries Britain needs, not to replace it".

| Solventa at a glance | |
|---|---|
| Founded | 2019, University of Carrowmere spin-out |
| Series B | £42.5m (lead: Kestrel Ridge Ventures, £18m) |
| Total raised to date | £61m |
| Plant cost | £27m |
| Current capacity | 600 tonnes a year |
| Full capacity (2027) | 2,000 tonnes a year |
| Staff today | 140 (95 at Easterhope) |
| Staff target, end 2027 | 310 |
| Revenue, year to March 2025 | £3.1m (2024: £1.2m) |
| Pre-tax loss, year to March 2025 | £8.4m |

## Cheaper, but less dense

Solventa says its material costs about 30 per cent less to produce than lithium iron phosphate. Independent tests by the Midland Battery Test Centre found cells using it reached 165 watt-hours per kilogram and kept 88 per cent of their capacity after 4,000 cycles.

That energy density is lower than the best lithium-ion cells, which makes the material better suited to stationary storage and small city cars than to long-range vehicles, according to Dr Naomi Calloway, a senior lecturer in energy storage at Wrexley University who has no connection with the company.

"Sodium-ion won't replace lithium in a premium saloon any time soon," Dr Calloway said. "But for grid batteries, where weight barely matters and cost matters enormously, it is a very serious contender."

Solventa's first customer, Ardenvale Energy Storage, has agreed to buy 400 tonnes of cathode material over three years for use in grid batteries, with the first deliveries due in June.

## A boost for Easterhope

Local leaders said the factory was the largest manufacturing investment in the town in more than a decade. Councillor Bev Standish, leader of Easterhope District Council, which granted planning permission for the site in July 2024, said: "When the Halcott glassworks closed in 2013 we lost 420 jobs in a single afternoon. Today we are getting some of them back, and they are better-paid jobs with a future."

About 60 per cent of the factory's workforce lives within 20 miles of the site, and the company has taken on 24 apprentices through Easterhope College. Starting salaries on the production line are £31,500, the company said, about 18 per cent above the average for the district.

Derek Amblecote, regional organiser for the Northern Process Workers' Union, which has a recognition agreement covering the site, welcomed the investment but said the union would be "watching closely" as the plant expanded. "Good jobs are only good if they stay good," he said.

Solventa did not disclose the valuation at which the Series B was agreed. The company reported a pre-tax loss of £8.4 million in the year to March 2025 on revenue of £3.1 million, and Dr Ramsgill said it expected to break even "in the second half of 2028" once the second line was running at full rate.

Asked whether the company might eventually seek a stock-market listing, she said: "Not this year, and not next. First we build the second line."
`;

const files = { 'solventa-press-release.html': RELEASE, 'northern-ledger-solventa.md': REPORT };

describe("a spin-out's funding round: the release's table of investors and the paper's report, with the product's word vectors", () => {
  withProductWordVectors();

  test("a figure the sentence gives as another investor's is no rival of the claim's investor's own", async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives £18 million, not £4.5 million" (Kestrel Ridge's commitment, in the sentence
    // that names the fund among the others taking part); the table's row gives the fund's £4.5m.
    verdict('supported', 'The Carrowmere Innovation Fund contributed £4.5 million to the Series B round.');
    verdict('contradicted', 'The Carrowmere Innovation Fund contributed £5.4 million to the Series B round.', [['£5.4 million', '£4.5m']]);
    verdict('contradicted', 'The Carrowmere Innovation Fund contributed £18 million to the Series B round.', [['£18 million', '£4.5m']]);
    // The lead investor's own figure stays its rival.
    verdict('contradicted', 'Kestrel Ridge Ventures committed £4.5 million to the Series B round.', [['£4.5 million', '£18 million']]);
  });
});
