/**
 * The forty-second round, fifth part: the false alarms shown as errors in the drafts written against 16d906d
 * (h422–h427: a pothole backlog, a care home's fine, a canal breach, a theatre's overspend, a distribution centre's job
 * cuts, a marathon's route change), and two misses of h418 and h421. "Healthwatch Kelmouth, whose chair, Denise
 * Morrow"; a weekday shortened in a table ("Wed 3 Sept") against the claim's; a total's figure beside a row the claim
 * names in another clause; a name in apposition to the claim's own noun for it ("the organiser, …"); a union by its
 * initials; "Cllr Rowe" is "Councillor Anita Rowe" and a date's month is no word of a post (h428 and h430, of the
 * sixth batch). The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MARKET_RELOCATION_REPORT, MATERNITY_INVESTMENT_STATEMENT, SCHOOL_BUS_REPORT } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

const CANAL_REPORT = `# Northern Waterways Trust — Incident Report NWT-IR-2025-014

**Subject:** Embankment breach, Marrowby Canal, Wenbury (Lock 7 pound)
**Report status:** Preliminary (version 1.2)
**Issued:** Wednesday 12 March 2025, 16:00
**Prepared by:** Marcus Lindqvist, Senior Asset Engineer, Northern Waterways Trust
**Approved by:** Dr Helen Okafor, Regional Director (North), Northern Waterways Trust

## 1. Summary

At approximately 04:40 on Tuesday 11 March 2025, the offside embankment of the Marrowby Canal failed along a section immediately south of Lock 7, behind Ashcombe Road in Wenbury. The breach opened to a width of about 12 metres within the first hour. An estimated 38,000 cubic metres of water escaped from the pound between Lock 6 and Lock 8 and flowed downhill into residential streets to the east of the canal.

A total of 146 residential properties were affected by floodwater. No deaths were reported. Two residents were treated by paramedics for mild hypothermia, and one was taken to Wenbury General Hospital as a precaution and discharged the same day.

The trust's emergency team installed stop planks at Lock 6 and Lock 8 by 07:15, isolating a 2.3-kilometre stretch of canal. The flow through the breach had largely stopped by 13:40, about nine hours after the failure began.

## 2. Timeline (Tuesday 11 March 2025)

| Time  | Event |
|-------|-------|
| 04:40 | First call to the trust's 24-hour emergency line from a resident of Ashcombe Road reporting water "pouring over the towpath" |
| 04:58 | Fire and rescue service notified; first crews arrive 05:12 |
| 05:30 | Breach width estimated at 12 metres |
| 06:05 | Wenbury Borough Council declares a major incident |
| 07:15 | Stop planks in place at Lock 6 and Lock 8 |
| 09:00 | Rest centre opens at St Aidan's Community Hall |
| 13:40 | Flow through breach substantially stopped |

## 3. Properties affected by street

| Street | Properties flooded | Of which: water above floor level | Residents evacuated |
|--------|-------------------:|----------------------------------:|--------------------:|
| Ashcombe Road | 52 | 44 | 81 |
| Mill Lane | 37 | 31 | 56 |
| Tanner Street | 29 | 17 | 42 |
| Brook Close | 18 | 9 | 21 |
| Canal View | 10 | 4 | 12 |
| **Total** | **146** | **105** | **212** |

Ashcombe Road, which runs directly below the embankment, was the worst-affected street. Peak water depth, measured on Mill Lane, was 1.1 metres.

## 4. Preliminary cause

Initial inspection indicates that the failure began at a brick culvert that carries Hollin Brook beneath the canal. The culvert dates from 1887. Engineers found a partial collapse of the culvert arch, which is believed to have allowed canal water to wash fine material out of the embankment over a period of weeks.

Animal burrowing has not been ruled out as a contributing factor. The trust has not found evidence of vandalism.

The embankment was last inspected on Thursday 17 October 2024, when it was rated "fair". That inspection recorded minor seepage at the toe of the embankment, which was scheduled for re-inspection in April 2025.

## 5. Repair and cost

The trust's preliminary estimate for the rebuild of the embankment and the culvert is £4.2 million. Repairs are expected to take about 14 weeks once the site is made safe, and the canal between Lock 6 and Lock 8 will remain closed to boats until the work is complete. Around 30 boats are currently stranded within the closed section.

The trust has commissioned an independent review from the engineering consultancy Harrowgate Barnes, which is due to report within 12 weeks.

## 6. Statements

Dr Helen Okafor, Regional Director (North), said: "We are deeply sorry for the distress this has caused to the people of Wenbury. Our first priority is to make the embankment safe and to support every household that has been affected."

Marcus Lindqvist, Senior Asset Engineer, said: "The culvert is more than 130 years old, and we need to understand exactly why it failed when it did. We will publish the findings in full."

## 7. Customer support

Residents seeking help should contact the trust's customer support team, led by Priya Chandran, Head of Customer Support, on the dedicated incident line. The trust has opened a claims process for damage to property and is offering an initial payment of £1,000 to each flooded household while claims are assessed.
`;

const MARATHON_REVIEW = `# Kelsford City Marathon 2024: Independent Event Safety Review

**Prepared by:** Independent Event Safety Panel (IESP)
**Commissioned by:** Kelsford Running Festival Ltd and Kelsford City Council
**Panel chair:** Dr Priya Anand, consultant in emergency medicine
**Panel members:** Martin Cole, former chief fire officer; Ruth Delaney, crowd safety adviser
**Published:** Monday 13 May 2024

## 1. Summary

The Kelsford City Marathon took place on Sunday 14 April 2024. A total of 6,420 runners started the race and 5,874 finished it. Because Marlow Bridge was closed for structural repairs, the organiser, Kelsford Running Festival Ltd, diverted the course between mile 18 and mile 23 through the Ashcombe Hill loop. The diversion added 41 metres of climbing and raised the total elevation gain of the course from 112 metres to 153 metres.

The panel recorded 143 medical incidents on the day, compared with 97 at the 2023 race, a rise of 47%. Eleven runners were taken to hospital, up from six in 2023. One runner, Daniel Okafor, 34, suffered a cardiac arrest near mile 22 and was resuscitated at the roadside.

Dr Priya Anand, the panel chair, said: "The route change itself was lawful and properly approved, but the loss of a water station on the hardest section of the course left runners exposed at exactly the wrong moment."

## 2. Background to the route change

Kelsford City Council closed Marlow Bridge on Monday 11 March 2024 after an inspection found corrosion in two of its bearings. The council's Safety Advisory Group approved the revised route on Thursday 28 March 2024. Runners were told of the change by email on Tuesday 2 April 2024, twelve days before the race.

The revised route moved the water station previously sited on Marlow Bridge approach (mile 20). Organisers judged that the Ashcombe Hill loop had no safe verge for tables, and the station was not replaced within the loop. As a result, the gap between the station at mile 18 and the next at mile 23 was 5.0 miles, against a longest gap of 3.1 miles on the original route. The number of water stations fell from nine to eight.

The extra marshalling, barriers and traffic management for the diversion cost £38,500, which was met by the organiser. The council's grant to the event was unchanged at £120,000.

## 3. Weather

The Met Office forecast issued on Friday 12 April predicted a maximum of 17°C. The temperature measured at the finish on the day reached 23°C at 12:30. Around 61% of runners were still on the course at that time.

## 4. Medical incidents by mile

| Section of course | Incidents | Hospital transfers |
|---|---|---|
| Miles 0–5 | 12 | 0 |
| Miles 6–10 | 14 | 1 |
| Miles 11–15 | 19 | 1 |
| Miles 16–18 | 17 | 1 |
| Miles 19–21 (Ashcombe Hill loop) | 36 | 4 |
| Miles 22–23 | 22 | 3 |
| Miles 24–26.2 | 16 | 1 |
| Finish area | 7 | 0 |
| **Total** | **143** | **11** |

Miles 19 to 23 accounted for 58 incidents, or 41% of the total, although they make up under a fifth of the course. Most of these incidents were heat exhaustion, cramp and dehydration.

## 5. The cardiac arrest at mile 22

Mr Okafor, a secondary school teacher from Brinley, collapsed on Fenwick Road at 12:47. A fellow runner, Aisha Bello, a nurse from Coldham, began chest compressions within about a minute. A Northvale Ambulance Service crew led by clinical team leader Tom Reddy reached him 3 minutes 40 seconds after the collapse and delivered two shocks with a defibrillator. He was taken to St Aldric's Hospital, a journey of 14 minutes, and was discharged on Thursday 18 April.

The panel found that the medical response to Mr Okafor was "fast and well drilled". It found no evidence that the route change caused his cardiac arrest, but noted that heat and the lack of water on the loop "cannot be ruled out as contributing factors".

## 6. Medical cover

Northvale Ambulance Service supplied 42 paramedics and technicians. Kelsford First Aid Volunteers supplied 110 first-aiders. There were 14 defibrillators on the course, one fewer than in 2023, because the bridge unit was not redeployed.

## 7. Recommendations

1. No gap between water stations should exceed 3 miles.
2. Any route change made less than 30 days before a race should trigger a fresh medical plan.
3. At least two additional defibrillator stations should be placed between miles 18 and 24.
4. A heat plan should be activated if the forecast exceeds 20°C or the measured temperature exceeds it on the day.

Ruth Delaney, a member of the panel, said: "Twelve days' notice is enough to tell runners about a hill. It is not enough to rebuild a medical plan around it."

The panel will present its findings to the council's Safety Advisory Group on Tuesday 11 June 2024.
`;

const UNION_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ULWU condemns Greenvale plan to axe 186 jobs at Brackleigh</title>
</head>
<body>
<header>
<p>United Logistics Workers Union (ULWU) — Press release</p>
<p>For immediate release: Wednesday 4 March 2026</p>
</header>
<article>
<h1>ULWU condemns Greenvale plan to axe 186 jobs at Brackleigh</h1>

<p>The United Logistics Workers Union (ULWU) today condemned plans by Greenvale Supermarkets to cut 186 warehouse jobs at its Brackleigh Regional Distribution Centre on the Moorside Industrial Estate.</p>

<p>The union represents about 410 of the 620 warehouse staff at the site. The average worker there has 11 years' service.</p>

<p>Gareth Pryce, ULWU regional organiser for the North West, said: "Our members found out about this in a 20-minute briefing in the canteen. Greenvale made £312 million in pre-tax profit last year. These cuts are a choice, not a necessity."</p>

<p>Greenvale reported pre-tax profit of £312 million for the year to 28 February 2025, up 8% from £289 million the year before.</p>

<p>Night shift workers face the biggest cut, with almost four in ten night roles set to go.</p>

<p>Greenvale says staff can apply for jobs at its new chilled centre at Dunmore Park. But Dunmore Park is 38 miles from Brackleigh and, according to the union, pays less:</p>

<table border="1">
<thead>
<tr><th></th><th>Brackleigh</th><th>Dunmore Park</th></tr>
</thead>
<tbody>
<tr><td>Basic hourly rate (picker)</td><td>£13.40</td><td>£12.85</td></tr>
<tr><td>Night shift premium</td><td>20%</td><td>15%</td></tr>
<tr><td>Paid breaks per shift</td><td>45 minutes</td><td>30 minutes</td></tr>
</tbody>
</table>

<p>Sandra Kelly, ULWU national officer for retail distribution, said: "Greenvale cannot ask loyal staff to drive 38 miles each way for less money and call it redeployment."</p>

<h2>The union's demands</h2>
<ul>
<li>Extend the consultation from 45 days to 90 days.</li>
<li>A guarantee of no compulsory redundancies.</li>
<li>Any Dunmore Park jobs to be offered on Brackleigh rates of pay.</li>
</ul>

<p>The ULWU has written to Councillor Ruth Ellison, leader of Brackleigh Borough Council, asking the council to convene a jobs taskforce with Greenvale, local employers and the union.</p>

<p>A mass members' meeting will be held on Thursday 5 March at 7pm at Brackleigh Miners' Welfare Hall. An indicative ballot of members will open on Monday 16 March.</p>

<p>Ends.</p>

<p>Media contact: ULWU press office, 0161 496 0732</p>
</article>
</body>
</html>
`;

const WIND_FARM_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Hollins Moor Wind Farm approved on appeal | Brackenridge Renewables</title>
</head>
<body>
<header>
<p><strong>PRESS RELEASE</strong> — For immediate release</p>
<p>Monday 19 May 2025</p>
</header>
<article>
<h1>Green light for Hollins Moor Wind Farm after planning appeal</h1>

<p>Brackenridge Renewables Ltd today welcomed the decision of the Planning Inspectorate to allow its appeal and grant planning permission for the Hollins Moor Wind Farm, a seven-turbine scheme north of Ashby Fell in Westmarch.</p>

<p>The decision, issued on Friday 16 May by Inspector Margaret Oyelaran, overturns the refusal by North Fellside District Council in June 2024. Councillors had rejected the scheme against the advice of their own planning officers.</p>

<p>The wind farm will have a capacity of up to 42 megawatts, capable of powering the equivalent of around 31,000 homes, and will include a 20 MW battery storage facility. Brackenridge estimates the project will cost £68 million to build.</p>

<p>Sophie Harcastle, Chief Executive of Brackenridge Renewables, said: "This is a good day for Westmarch and for the country's clean energy future. We listened to local people, we cut the scheme from nine turbines to seven, and we lowered two of the turbines nearest to homes. Hollins Moor will generate clean, homegrown power for a generation."</p>

<p>Tom Ridsdale, the company's Head of Development, added: "We hope to start construction in spring 2026, subject to discharging the planning conditions, with first power expected in the second half of 2027."</p>

<h2>Community benefits</h2>

<p>Brackenridge has committed to a community benefit fund worth £210,000 a year, equal to £5,000 per megawatt, which over the 35-year life of the project amounts to more than £7.3 million before index-linking. The fund will be administered by the Westmarch Community Foundation, with a panel of local residents deciding on grants.</p>

<p>The company is also offering a local electricity discount scheme under which households within 3 kilometres of the nearest turbine will receive a 20% reduction on their electricity bills.</p>

<table>
<caption>Hollins Moor Wind Farm at a glance</caption>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Turbines</td><td>7 (reduced from 9)</td></tr>
<tr><td>Maximum tip height</td><td>149.9 m</td></tr>
<tr><td>Installed capacity</td><td>up to 42 MW</td></tr>
<tr><td>Battery storage</td><td>20 MW</td></tr>
<tr><td>Homes powered (equivalent)</td><td>around 31,000</td></tr>
<tr><td>Construction jobs</td><td>around 120 over 18 months</td></tr>
<tr><td>Community fund</td><td>£210,000 per year</td></tr>
<tr><td>Estimated capital cost</td><td>£68 million</td></tr>
<tr><td>Operational life</td><td>35 years</td></tr>
</table>

<h2>About Brackenridge Renewables</h2>
<p>Brackenridge Renewables Ltd is an independent developer based in Leeds. It operates 11 onshore wind farms with a combined capacity of 310 MW across northern England and southern Scotland.</p>

<p><em>Media contact: press@brackenridge-renewables.example, 0113 496 0721</em></p>
</article>
</body>
</html>
`;

describe('the forty-second round: the drafts h422–h427 and misses of h418 and h421, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"whose chair, Denise Morrow" gives her the post; a weekday shortened in a table\'s row', async () => {
    const trust = judgeWith(await workspaceIndex({ 'sources/trust_statement.html': MATERNITY_INVESTMENT_STATEMENT }));
    const chief = trust('Denise Morrow, chief executive of Healthwatch Kelmouth, said families had been telling the organisation for more than a year that something was wrong.');
    assert.ok(chief.conflicts.some((c) => c.source === 'chair'), why(chief));
    const chair = trust('Denise Morrow, chair of Healthwatch Kelmouth, said families had been telling the organisation for more than a year that something was wrong.');
    assert.notEqual(chair.verdict, 'contradicted', why(chair));
    const report = judgeWith(await workspaceIndex({ 'sources/scrutiny_report.md': SCHOOL_BUS_REPORT }));
    const thursday = report('The two routes serving Orton Vale School, a special school, were prioritised and restored by taxi on Thursday 3 September, the first day of term.');
    assert.ok(thursday.conflicts.some((c) => c.source === 'Wed 3 Sept'), why(thursday));
    const wednesday = report('The two routes serving Orton Vale School, a special school, were prioritised and restored by taxi on Wednesday 3 September, the first day of term.');
    assert.notEqual(wednesday.verdict, 'contradicted', why(wednesday));
  });

  test('a total\'s figure beside a row named in another clause; a name in apposition to the claim\'s noun for it', async () => {
    const canal = judgeWith(await workspaceIndex({ 'sources/nwt_incident_report.md': CANAL_REPORT }));
    const floors = canal('Water rose above floor level in 105 of the flooded properties, and reached a peak depth of 1.1 metres on Mill Lane.');
    assert.notEqual(floors.verdict, 'contradicted', why(floors));
    const more = canal('Water rose above floor level in 150 of the flooded properties, and reached a peak depth of 1.1 metres on Mill Lane.');
    assert.equal(more.verdict, 'contradicted', why(more));
    const review = judgeWith(await workspaceIndex({ 'sources/event_safety_review.md': MARATHON_REVIEW }));
    const council = review('Because Kelsford City Council had closed Marlow Bridge for structural repairs, organisers diverted the course between miles 18 and 23 through the Ashcombe Hill loop.');
    assert.notEqual(council.verdict, 'contradicted', why(council));
    const organiser = review('Because Marlow Bridge was closed for structural repairs, the organiser, Kelsford City Council, diverted the course between mile 18 and mile 23.');
    assert.equal(organiser.verdict, 'contradicted', why(organiser));
  });

  test('"Cllr Rowe" is "Councillor Anita Rowe" (the sixth batch, h428–h433)', async () => {
    const files = { 'sources/cabinet-report-market-relocation.md': MARKET_RELOCATION_REPORT };
    const rowe = judgeWith(await workspaceIndex(files))('"Nobody takes moving a 150-year-old market lightly," Cllr Rowe said.');
    assert.notEqual(rowe.verdict, 'contradicted', why(rowe));
    assert.deepEqual(await misattributions(files, '"Nobody takes moving a 150-year-old market lightly," Cllr Rowe said.'), []);
    assert.deepEqual(await misattributions(files, '"Nobody takes moving a 150-year-old market lightly," Cllr Pike said.'), ['These words were said by Councillor Anita Rowe, not Cllr Pike']);
  });

  test('a date\'s month is no word of a post: "issued on Friday 16 May by Inspector Margaret Oyelaran"', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/brackenridge_press_release.html': WIND_FARM_RELEASE }));
    const inspector = release('Planning inspector Margaret Oyelaran allowed the appeal by Brackenridge Renewables Ltd in a decision dated Friday 16 May 2025.');
    assert.notEqual(inspector.verdict, 'contradicted', why(inspector));
  });

  test('a union speaks through its organiser named by its initials', async () => {
    const files = { 'sources/ulwu_press_release.html': UNION_RELEASE };
    assert.deepEqual(await misattributions(files, 'The United Logistics Workers Union, which represents about 410 of the warehouse staff, said the cuts were "a choice, not a necessity".'), []);
    assert.equal((await misattributions(files, 'Greenvale, which employs about 410 of the warehouse staff, said the cuts were "a choice, not a necessity".')).length, 1);
  });
});
