/**
 * The thirty-eighth round: false alarms shown as errors in the drafts written against its start (h284, h288). A
 * capacity written as a bare figure ("which can carry 190 passengers" / "which carries up to 190"), a share in words
 * against a column of counts ("Almost half of the sailings" / "Scheduled sailings: 208"), a figure a table's cell gives
 * in the claim's role ("putting 205 jobs at risk" / "Jobs at risk: 205", not a sentence's total "1,140 jobs at
 * risk"), and a name with its own post after an office before it ("In a letter to the minister, Janet Corr, chair of
 * the …, said"). Then three forms of what the sources say: a time written "08:12" in the passage that says the rest
 * ("at about 8.12am"), "unable to" as a denial, a denial of intent reversed ("had no intention of
 * selling"), and a change against its own figures written "to" before "from" ("rose to 31, from 44"), and a vote written "five votes to two" or "For: 5 — Against: 2". The fixtures are cut from the helpers' sources; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { negationCount } from '../../../server/src/core/verdict/accounting';
import { officeHolders } from '../../../server/src/core/verdict/offices';
import { extractValues } from '../../../server/src/core/verdict/values';
import { withProductWordVectors } from './productVectors';
import { expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';

const RELEASE = `<html><body>
<h1>Kestrel Isles Ferries: Loch Carran withdrawn from service</h1>
<p>Kestrel Isles Ferries Ltd (KIF) today confirmed that its largest vessel, the MV Loch Carran, has been withdrawn from service after engineers found damage to the starboard gearbox during a routine inspection on Sunday 9 March.</p>
<p>As a result, 97 of the 208 sailings scheduled between Wednesday 12 March and Sunday 30 March have been cancelled across four routes. The inter-island service between Skerrin and Inchvarra is suspended entirely for the period.</p>
<h2>Cancelled sailings by route, 12&ndash;30 March 2025</h2>
<table border="1">
<thead>
<tr><th>Route</th><th>Scheduled sailings</th><th>Cancelled</th><th>Share cancelled</th></tr>
</thead>
<tbody>
<tr><td>Port Ardmorran &ndash; Ballinross (Skerrin)</td><td>84</td><td>42</td><td>50%</td></tr>
<tr><td>Port Ardmorran &ndash; Inchvarra</td><td>56</td><td>21</td><td>37.5%</td></tr>
<tr><td><strong>Total</strong></td><td><strong>208</strong></td><td><strong>97</strong></td><td><strong>46.6%</strong></td></tr>
</tbody>
</table>
<h2>Replacement vessel</h2>
<p>KIF has agreed to charter the MV Island Wren from Northshore Marine at a cost of &pound;38,000 a week. The Island Wren, which carries up to 190 passengers and 24 cars, is expected to arrive at Port Ardmorran on Monday 24 March and will operate on the Ballinross route only. The Loch Carran carries up to 450 passengers and 60 cars.</p>
</body></html>
`;

const RESULTS = `<html><body>
<ul>
<li>Following a review of the estate, the company proposes to close 23 of its 312 stores, putting 1,140 jobs at risk.</li>
</ul>
<section id="closures">
<h2>Proposed store closures by region</h2>
<table border="1">
<thead>
<tr><th>Region</th><th>Stores closing</th><th>Jobs at risk</th></tr>
</thead>
<tbody>
<tr><td>North West</td><td>6</td><td>310</td></tr>
<tr><td>Yorkshire</td><td>5</td><td>240</td></tr>
<tr><td>West Midlands</td><td>4</td><td>205</td></tr>
<tr><td>Scotland</td><td>3</td><td>150</td></tr>
<tr><td>Wales</td><td>3</td><td>135</td></tr>
<tr><td>South West</td><td>2</td><td>100</td></tr>
<tr><td><strong>Total</strong></td><td><strong>23</strong></td><td><strong>1,140</strong></td></tr>
</tbody>
</table>
</section>
</body></html>
`;

// (The whole article: with fewer of its passages, the index's weights do not set the total's sentence first.)
const TRADE = `# Harlow & Finch shrinks to survive as union threatens ballot

*Retail Trade Weekly – Friday 7 March 2025 – by Hannah Okafor, Senior Correspondent*

Harlow & Finch Foodstores will close 23 of its 312 supermarkets by the end of June, the Birmingham-based grocer confirmed on Tuesday, as it reported a 27% fall in annual pre-tax profit to £61.3 million.

Shares in the company fell 11% to 142p on the day of the announcement, their lowest level since November 2020. They recovered slightly to 146p by Thursday's close.

The closures, which put 1,140 jobs at risk, are concentrated in the North West and Yorkshire, which between them account for 11 of the 23 stores. Chief executive Margaret Ellery, who took over in September 2022 after eight years at a rival chain, described the stores as "a drag on everything else we are trying to do".

## Losing ground to the discounters

Analysts said the closures reflected the chain's struggle to compete with discount grocers. Tom Brearley, retail analyst at Coleridge Securities, said: "Harlow & Finch is shrinking to survive. The middle of the market is being squeezed from both ends, and the discounters opened more stores in the North West last year than Harlow & Finch is closing nationwide."

Brightwell's, the fastest-growing discounter, opened 40 new stores in the year to January and now operates 610 across Britain.

Figures from the market research firm Kantera show Harlow & Finch's share of the grocery market slipping over the past two years.

| Grocer | Share, Jan 2023 | Share, Jan 2025 |
|---|---|---|
| Brightwell's | 6.2% | 7.5% |
| Harlow & Finch | 3.4% | 3.1% |
| Pennyfield | 2.9% | 2.8% |

## Union anger

The Retail and Distribution Workers' Union, which represents about 680 staff at the affected stores, has called the redundancy terms inadequate. Lorraine Absalom, the union's general secretary, said: "We will not stand by while loyal staff are shown the door with the bare minimum."

The union's national officer, Darren Kowalczyk, is due to meet management at the company's Birmingham head office on Thursday 13 March. The union will open a consultative ballot on industrial action on Monday 17 March.

Absalom said the union would also write to MPs in every constituency affected, asking them to press the company to keep stores open. "A supermarket closing is not just lost jobs, it is a lost high street," she said.

## What the company says

Finance director Priya Natarajan told analysts on Tuesday that the £38 million cost of closing the stores would be recovered within eighteen months. She said the chain had no intention of selling its freehold properties, which are valued at £640 million.

Owen Tarrant, head of investor relations, said the company had held informal talks with two potential buyers for some of the sites, but added that no deal was expected before the stores close.

The company's annual general meeting will be held on Friday 18 April in Birmingham.
`;

const LETTER = `SKERRIN ISLANDS LIFELINE CAMPAIGN
The Old Schoolhouse, Ballinross, Isle of Skerrin

Monday 17 March 2025

Kenneth Farrow
Minister for Transport and Islands

Dear Minister,

I write as chair of the Skerrin Islands Lifeline Campaign, which represents
residents of Skerrin and Inchvarra.

Since the Loch Carran was withdrawn, our members have told us of 63 missed
hospital appointments on the mainland. Sixteen of those were for cancer
treatment.

Yours sincerely,

Janet Corr
Chair, Skerrin Islands Lifeline Campaign
`;

const MEETING = `# Port Ardmorran Harbour Board — Special Meeting

Date: Thursday 13 March 2025, 10:00am

Present:

Elaine Macrae, Chair, Port Ardmorran Harbour Board

Priya Nair, Board Treasurer

ELAINE MACRAE: Let me bring in the minister's statement. Members will have seen that Kenneth Farrow, the Minister for Transport and Islands, made a statement to Parliament yesterday afternoon. He announced a £2.5 million Island Resilience Fund.

PRIYA NAIR: Do we know whether harbour authorities can bid into that fund?
`;

describe('capacities, table cells and posts (thirty-eighth round)', () => {
  withProductWordVectors();

  test('what a vessel can carry is its most: a bare figure after "can carry" is "up to" it', async () => {
    const index = await workspaceIndex({ 'release.html': RELEASE });
    // Was contradicted: "The source gives up to 190, not 190".
    const r = judgeWith(index)('The replacement vessel, which can carry 190 passengers and 24 cars, is due at Port Ardmorran on Monday 24 March and will serve the Ballinross route only.');
    assert.equal(r.verdict, 'supported', why(r));
    expectVerdictWith(index)('contradicted', 'The replacement vessel, which can carry 210 passengers and 24 cars, is due at Port Ardmorran on Monday 24 March.', [['210', '190']]);
    // A bare figure with no word of capacity still says more than "up to".
    expectVerdictWith(index)('contradicted', 'The Island Wren, which carries 190 passengers and 24 cars, is expected to arrive at Port Ardmorran on Monday 24 March.', [['190', 'up to 190']]);
  });

  test('a share in words is no count of a column: "Almost half of the sailings" against "Scheduled sailings: 208"', async () => {
    const index = await workspaceIndex({ 'release.html': RELEASE });
    // Was contradicted: "The source gives Scheduled sailings: 208, not half".
    const r = judgeWith(index)("Almost half of the sailings on Kestrel Isles Ferries' routes between 12 and 30 March have been cancelled after the company's largest vessel was taken out of service.");
    assert.notEqual(r.verdict, 'contradicted', why(r));
    expectVerdictWith(index)('contradicted', "Kestrel Isles Ferries has cancelled 107 of the 208 sailings scheduled between Wednesday 12 March and Sunday 30 March.", [['107', '97']]);
  });

  test("a table's cell gives the figure in the claim's role, so a sentence's total is no rival of it", async () => {
    const index = await workspaceIndex({ 'results.html': RESULTS, 'trade.md': TRADE });
    // Was contradicted: "The source gives 1,140, not 205".
    const r = judgeWith(index)('Four stores will close in the West Midlands, putting 205 jobs at risk.');
    assert.equal(r.verdict, 'supported', why(r));
    expectVerdictWith(index)('contradicted', 'Four stores will close in the West Midlands, putting 250 jobs at risk.', [['250', 'Jobs at risk: 205']]);
  });

  test('a name with its own post after it holds no office written before it', async () => {
    // "the minister, Janet Corr, chair of …": she is the chair; "the Deputy Speaker, Helen Fairbairn" still holds it.
    const holders = officeHolders('In a letter to the minister, Janet Corr, chair of the Skerrin Islands Lifeline Campaign, said members had reported 63 missed appointments.');
    assert.deepEqual(holders.map((h) => [h.office, h.person]), [['chair of skerrin islands lifeline campaign', 'Janet Corr']]);
    assert.deepEqual(officeHolders('The debate was chaired by the Deputy Speaker, Helen Fairbairn, on Tuesday.').map((h) => [h.office, h.person]), [['deputy speaker', 'Helen Fairbairn']]);
    const index = await workspaceIndex({ 'letter.txt': LETTER, 'meeting.md': MEETING });
    // Was contradicted: "The source gives Kenneth Farrow, not Janet Corr", then (with the first fix alone) Elaine
    // Macrae, the chair of another body, whose turn's line gives her office without it.
    const r = judgeWith(index)('In a letter to the minister, Janet Corr, chair of the Skerrin Islands Lifeline Campaign, said members had reported 63 missed hospital appointments, 16 of them for cancer treatment.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
    expectVerdictWith(index)('contradicted', 'In a letter to the minister, Priya Nair, chair of the Skerrin Islands Lifeline Campaign, said members had reported 63 missed hospital appointments.');
  });
});

const COLLISION = `WESTMERE CONSTABULARY
ROADS POLICING UNIT - COLLISION REPORT SUMMARY
============================================================

Reference:        WC/RTC/25/4471
Classification:   Serious injury collision (provisional)
Date of incident: Tuesday 14 October 2025
Location:         Junction of Mill Lane and the B4120, near Tilford, Westmere
Officer in case:  Sergeant Priya Chandran, Roads Policing Unit
Senior officer:   Chief Inspector Robert Haines, Head of Roads Policing
Summary prepared: Friday 17 October 2025

1. OVERVIEW

At approximately 08:12 on Tuesday 14 October 2025 a school bus operated
by Greyline Coaches Ltd collided with a delivery van at the junction of
Mill Lane and the B4120 near Tilford. The bus was travelling east on Mill
Lane and was carrying 31 pupils of Ashcombe Primary School, aged between
7 and 11, together with one passenger assistant. The van, owned by
Brightwell Foods, was travelling north on the B4120.

The bus failed to stop at the give-way line on Mill Lane and struck the
`;

const FARMER = `INTERVIEW WITH TOM RIDSDALE, TENANT FARMER
Date: Monday 14 April 2025

REPORTER: What did you do when you saw the fire?

TOM RIDSDALE: First thing, I rang the estate office, then I tried to get the sheep off the high ground. I had about 180 ewes on the moor edge. We got most of them down into the in-bye land, but there were forty I just couldn't reach. The smoke was that thick you couldn't see your hand.

REPORTER: And have they turned up?

TOM RIDSDALE: Twenty-two turned up this morning on the lower pasture, singed but alive.
`;

describe('figures written otherwise, "unable to", tallies (thirty-eighth round)', () => {
  withProductWordVectors();

  test("a figure the passage gives in another form counts as the claim's words for it", async () => {
    const index = await workspaceIndex({ 'report.txt': COLLISION });
    // Was unsupported, "No source states 8.12": the report's header, which has no time, ranked first as the passage
    // that says most of the claim, since "08:12" is no word "8.12".
    const r = judgeWith(index)('The crash happened at about 8.12am at the junction of Mill Lane and the B4120, according to a police collision report.');
    assert.equal(r.verdict, 'supported', why(r));
    const wrong = judgeWith(index)('The crash happened at about 9.12am at the junction of Mill Lane and the B4120, according to a police collision report.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('"unable to" denies as "could not" does', async () => {
    assert.equal(negationCount('He was unable to reach 40 of them.'), 1);
    const index = await workspaceIndex({ 'interview.txt': FARMER });
    // Was contradicted: "The source says the opposite: just couldn't reach".
    const r = judgeWith(index)('He was unable to reach 40 of them, and 22 were found alive on the lower pasture on Monday morning.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
    expectVerdictWith(index)('contradicted', 'He was able to reach 40 of them, and 22 were found alive on the lower pasture on Monday morning.', [['reach', "just couldn't reach"]]);
  });

  test("a cell's bare figure under a caption's unit is money: \"£7.6 million\" / \"Budget (GBP million): 7.6\"", () => {
    const money = extractValues('River walls | Budget (GBP million): 7.6 | Forecast (GBP million): 11.3').filter((v) => v.kind === 'money');
    assert.deepEqual(money.map((v) => [v.value, v.unit]), [[7_600_000, 'gbp'], [11_300_000, 'gbp']]);
  });

  test('a vote written "five votes to two" or as a tally of the minutes is the vote "five to two"', () => {
    const score = (text: string) => extractValues(text).filter((v) => v.unit === 'score').map((v) => v.value);
    assert.deepEqual(score('The motion is carried, five votes to two.'), [5002]);
    assert.deepEqual(score('- For: 5 — Against: 2 — Abstentions: 0. **The motion was carried.**'), [5002]);
    assert.deepEqual(score('In favour: 7, Against: 3'), [7003]);
    assert.deepEqual(score('the board voted five to two'), [5002]);
    // Not a count of votes alone.
    assert.deepEqual(score('He won 120 votes to the council.'), []);
  });
});

const RESULTS_DAY = `# Harlow & Finch shrinks to survive as union threatens ballot

## What the company says

Finance director Priya Natarajan told analysts on Tuesday that the £38 million cost of closing the stores would be recovered within eighteen months. She said the chain had no intention of selling its freehold properties, which are valued at £640 million.

The company's annual general meeting will be held on Friday 18 April in Birmingham.
`;

describe('a denial of intent (thirty-eighth round)', () => {
  withProductWordVectors();

  test('"had no intention of selling" denies "intended to sell"', async () => {
    const index = await workspaceIndex({ 'trade.md': RESULTS_DAY });
    // Was supported: "intention" and "intended" were two words.
    const r = judgeWith(index)('She said the chain intended to sell its freehold properties, which are valued at £640 million.');
    assert.equal(r.verdict, 'contradicted', why(r));
    for (const right of ['She said the chain had no intention of selling its freehold properties, which are valued at £640 million.', 'She said the chain did not intend to sell its freehold properties, which are valued at £640 million.']) {
      const ok = judgeWith(index)(right);
      assert.notEqual(ok.verdict, 'contradicted', why(ok));
    }
  });
});

const PURSUITS = `<ul>
<li>All pursuits entering a residential estate after 10pm must now be reviewed by the control room supervisor within 60 seconds.</li>
<li>£65,000 has been invested in live telematics for 48 pursuit-trained vehicles, so that speeds are displayed to the control room in real time.</li>
<li>140 pursuit-trained officers will have completed a revised one-day refresher course by Monday 30 September 2024. So far 86 have done so.</li>
</ul>

<p>The force recorded 212 pursuits in the year to March 2024, down from 259 the year before, a fall of 18%. Of the 212, 31 ended in a collision, compared with 44 the previous year.</p>

<p>The Independent Police Standards Commission (IPSC) regional director, Karen Holt, said: "This case shows why the instruction to abandon a pursuit has to be obeyed at once. We welcome the force's changes and will be monitoring how they work in practice."</p>
`;

describe('a change against its own figures, "to" before "from" (thirty-eighth round)', () => {
  withProductWordVectors();

  test('"rose to 31, from 44 the previous year" is a fall', async () => {
    const index = await workspaceIndex({ 'statement.html': PURSUITS });
    // Was supported: only "rose from 44 to 31" was read against its figures.
    expectVerdictWith(index)('contradicted', 'The number ending in a collision rose to 31, from 44 the previous year.', [['rose', 'fell']]);
    const right = judgeWith(index)('The number ending in a collision fell to 31, from 44 the previous year.');
    assert.equal(right.verdict, 'supported', why(right));
  });
});

const SCRUTINY = `# Westmere County Council — Children and Young People Scrutiny Committee

**Minutes of the extraordinary meeting held on Thursday 12 September 2024 at 2.00pm, Committee Room 3, County Hall, Aldbridge**

**Present:** Cllr Richard Pemberton (Chair), Cllr Sandra Wiles (Vice-Chair), Cllr Imran Qureshi, Cllr Helen Farrow, Cllr Gareth Lloyd, Cllr Joanne Mackie

**Also in attendance:** Cllr Diane Okafor (Cabinet Member for Children and Education), Martin Cole (Director of Children's Services), Priya Natarajan (Head of Passenger Transport), Alan Briggs (Head of Procurement)

`;

const PARENTS = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Press release: Westmere Parents for Safe Transport</title></head>
<body>
<h1>Westmere Parents for Safe Transport</h1>
<p><strong>FOR IMMEDIATE RELEASE — Wednesday 11 September 2024</strong></p>

<h2>"Our children are not an afterthought": parents demand answers over school bus chaos</h2>

<p>Westmere Parents for Safe Transport, a group formed on 4 September by families affected by the collapse of Brightline Coaches, today called on Westmere County Council to publish a full timeline of what it knew about the company's finances and when.</p>

<p>The group, which now has more than 600 members, says hundreds of children were left without a way to get to school when the autumn term began on Tuesday 3 September. Some parents have had to take unpaid leave from work, and others have relied on neighbours and grandparents to drive children as far as 14 miles each way.</p>

<p>Chair of the group, Lucy Harding, whose two sons attend Kelsby Academy, said: "Our children are not an afterthought. The council knew this company was in trouble in July and did nothing. Parents found out from a Facebook post on a Saturday morning."</p>

<p>Ms Harding said she had driven a 28-mile round trip twice a day for six school days, and that the council's offer of 45p a mile "does not begin to cover the lost wages".</p>

<p>The group's secretary, Daniel Osei, a parent at Lowther Primary, said: "We are asking for three things: a guaranteed bus for every child by the end of September, full compensation for the costs families have paid, and an independent inquiry, not a review by the council's own auditors."</p>
`;

describe('an office at the start of a sentence (thirty-eighth round)', () => {
  withProductWordVectors();

  test('"Chair of the group, Lucy Harding," holds the office, so the committee\'s chair is no rival of her', async () => {
    assert.deepEqual(officeHolders('Chair of the group, Lucy Harding, whose two sons attend Kelsby Academy, said: "Our children are not an afterthought."').map((h) => [h.office, h.person]), [['chair of group', 'Lucy Harding']]);
    // Not a signature's line: "Chair, Skerrin Islands Lifeline Campaign" names a body, not a chair.
    assert.deepEqual(officeHolders('Chair, Skerrin Islands Lifeline Campaign'), []);
    const index = await workspaceIndex({ 'minutes.md': SCRUTINY, 'release.html': PARENTS });
    // Was "The source gives Cllr Richard Pemberton, not Lucy Harding" (the scrutiny committee's chair).
    const r = judgeWith(index)("Lucy Harding, the group's chair, said she had driven a 28-mile round trip twice a day for six school days.");
    assert.equal(r.verdict, 'supported', why(r));
  });
});
