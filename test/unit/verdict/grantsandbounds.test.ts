/**
 * The forty-first round, fourth part: the drafts written against b2c9a0c (h386–h391: a bus company's collapse, a pier's
 * storm damage, a prison inspection, a pensions strike, a bird flu outbreak, a leisure centre closure) and a planted
 * figure of h382. A figure a row gives only as what was asked for, where it gives what was granted; a count of routes
 * is no count of journeys; "less than a year's experience" bounds a figure and compares none; a word of a phrase the
 * sentence has as it is ("pay more for less"); "the largest neighbouring flock" leaves out the infected farm; a year
 * something began is no rival of the day of the telling. The fixtures are the helpers' sources, whole; the people,
 * bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { QUARRY_DECISION } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

const BUS_REPORT = `# Fenmarsh County Council — Transport and Highways Committee

## Report of the Director of Place: Emergency replacement of bus services following the collapse of Marlow Vale Buses Ltd

**Meeting date:** Thursday 6 March 2025
**Report author:** Gillian Ashcroft, Director of Place
**Committee chair:** Councillor Raymond Oyelaran
**Status:** Part A — public

### 1. Purpose of the report

1.1 This report informs members of the collapse of Marlow Vale Buses Ltd, which entered administration on Monday 24 February 2025, and seeks approval for emergency contracts to replace the seven routes the company operated under contract to the council.

1.2 Marlow Vale Buses Ltd operated from its depot on Tanner's Lane, Kelsby, and employed 142 staff, of whom 97 were drivers. The company ran 11 routes in total: seven were supported by the council under tendered contracts and four were run commercially.

1.3 Services stopped without notice at 04:30 on Monday 24 February, when drivers arriving for early shifts found the depot gates locked. Kessington & Rowe LLP were appointed as joint administrators the same day.

### 2. Affected routes

2.1 The table below sets out the seven council-supported routes, with average weekday passenger journeys recorded in the six months to January 2025.

| Route | Between | Weekday journeys | Frequency (before collapse) | Replacement operator |
|-------|---------|------------------|-----------------------------|----------------------|
| 3 | Kelsby – Brackenford | 1,840 | Every 20 minutes | Saltire Travel |
| 7 | Kelsby – Hollins Green | 920 | Every 30 minutes | Saltire Travel |
| 12 | Brackenford – Upper Dunsley | 410 | Hourly | Greyfield Community Transport |
| 15 | Kelsby – Wyrebridge Hospital | 1,260 | Every 30 minutes | Saltire Travel |
| 21 | Hollins Green – Ashby Marsh | 230 | Every two hours | Greyfield Community Transport |
| 24 | Kelsby town circular | 650 | Every 40 minutes | Saltire Travel |
| 30 | Upper Dunsley – Wyrebridge | 180 | Four journeys a day | Not yet replaced |
| **Total** | | **5,490** | | |

2.2 Route 3 is the busiest of the affected routes and carries about a third of all affected passengers. Route 30 carries the fewest.

2.3 The four commercial routes (routes 1, 2, 9 and 40) carried a further 2,300 weekday journeys. The council has no contractual responsibility for them; Saltire Travel has said it will register a commercial service on route 1 from Monday 17 March.

### 3. Interim arrangements

3.1 Officers agreed emergency contracts with two operators on Wednesday 26 February. Saltire Travel began running routes 3, 7, 15 and 24 on Monday 3 March. Greyfield Community Transport, a charity, began running routes 12 and 21 on the same day using minibuses.

3.2 Replacement timetables are reduced. Route 3 now runs every 30 minutes rather than every 20 minutes, and route 15 runs hourly. Officers estimate that replacement services provide about 70 per cent of the previous weekday mileage.

3.3 No replacement has yet been found for route 30. A dial-a-ride service operated by Greyfield Community Transport is available to residents of Upper Dunsley on weekdays by booking 24 hours in advance.

### 4. Financial implications

4.1 The emergency contracts run for 16 weeks, to Sunday 22 June 2025, at a combined cost of £612,000. This compares with £438,000 that the council would have paid Marlow Vale Buses Ltd for the same period, an increase of £174,000, or about 40 per cent.

4.2 The additional cost will be met from the council's Bus Service Improvement Plan reserve, which stood at £1.1 million on 1 February 2025.

4.3 Marlow Vale Buses Ltd owed the council £86,500 in unpaid concessionary fare reconciliation at the date of administration. The council has registered as an unsecured creditor.

### 5. Views of the Director

5.1 The Director of Place, Gillian Ashcroft, said: "Our priority has been to get people to work, to school and to hospital. These are not the timetables residents had before, and we will not pretend otherwise."

5.2 The committee chair, Councillor Raymond Oyelaran, said: "We were given no warning at all. A company that runs half the buses in this county should not be able to vanish overnight."

### 6. Next steps

6.1 A full re-tender of all seven routes will begin in April 2025, with new contracts expected to start in September 2025.

6.2 Officers will report back to the committee on Thursday 3 April 2025.

### 7. Recommendations

7.1 That the committee approves the emergency contracts set out in section 3 at a combined cost of £612,000.

7.2 That the committee authorises the Director of Place to begin a full re-tender of the seven routes.

*Outcome: Both recommendations were approved by seven votes to two. Councillors Helen Varga and Tom Birtwistle voted against, saying the emergency contracts were too expensive.*
`;

const PRISON_REPORT = `# National Prisons Inspectorate

## Report on an unannounced inspection of HMP Greyholme

**Inspection dates:** Monday 3 March – Friday 14 March 2025
**Report published:** Tuesday 20 May 2025
**Chief Inspector:** Dr Helena Marsh
**Lead inspector:** Owen Pritchard

---

### Introduction by the Chief Inspector (extract)

HMP Greyholme is a Category B men's local prison on the eastern edge of Marlford. At the time of our inspection it held 1,142 men against an operational capacity of 1,180. It was last inspected in June 2022, when we described it as "a fragile prison that was just about holding together".

Three years on, that fragility has given way to something much worse. Illicit drugs were in plentiful supply, violence had risen sharply, and many men told us they did not feel safe on their wings. The rate of positive random drug tests was 38%, almost double the 21% we recorded in 2022. In our confidential survey, 47% of prisoners said it was easy to get illicit drugs, and 29% said they had developed a drug problem since arriving at Greyholme.

"I have rarely seen a prison where the smell of spice was so pervasive that inspectors had to step outside to clear their heads," said Dr Helena Marsh, Chief Inspector of Prisons. "The men held at Greyholme, and the staff who look after them, deserve far better than this."

Leaders at the prison had an accurate understanding of the problems but lacked the staff and the physical security to tackle them. Of the 212 band 3 prison officers in post, 27% had less than 12 months' experience, and there were 41 vacancies for officers at the time of the inspection.

### Safety

Recorded violence had increased in every year since our last inspection. The table below shows assaults recorded by the prison in each calendar year.

| Year | Prisoner-on-prisoner assaults | Assaults on staff | Serious assaults (all) |
|------|------------------------------:|------------------:|-----------------------:|
| 2021 | 212 | 88 | 31 |
| 2022 | 248 | 104 | 39 |
| 2023 | 301 | 139 | 52 |
| 2024 | 389 | 176 | 68 |

Prisoner-on-prisoner assaults rose by 83% between 2021 and 2024, and assaults on staff doubled over the same period. Serious assaults more than doubled, from 31 to 68. Much of the violence was linked to debt arising from the drug trade; in our survey, 34% of men said they had been victimised by other prisoners.

There were 512 recorded incidents of self-harm in the 12 months before the inspection, a rise of 16% on the previous year. Two men had taken their own lives since the last inspection.

### Drugs and security

The prison recorded 64 drone incursions in the 12 months to the end of February 2025, and staff recovered 29 packages delivered by drone. Many cell windows on the older A, B and C wings were damaged, which allowed packages to be passed directly into cells. The prison had no X-ray body scanner at the time of the inspection, although one had been promised by the Crown Custodial Service in 2023.

"The windows on A wing are effectively open doors," Owen Pritchard, the lead inspector, told the governor at the close of the inspection on Friday 14 March. "Until they are fixed, every other measure is being undermined."

Mandatory drug testing was not carried out for six weeks in January and February 2025 because of staff shortages.

### Time out of cell

Most men were locked in their cells for around 22 hours a day on weekdays, and longer at weekends. Only 58% of activity places were being used, and a third of prisoners had no allocated work or education.

### Recommendations

We made 34 recommendations in this report, seven of which were identified as priority concerns. The prison had achieved only 9 of the 27 recommendations made at the 2022 inspection.

---

*Marlford office contact: press@npi.example.gov.uk*
`;

const UNION_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Northmoor ASA: members vote for strikes and marking boycott over pensions</title>
</head>
<body>
<header>
<p><strong>Academic Staff Association (ASA) — Northmoor University Branch</strong></p>
<p>PRESS RELEASE — FOR IMMEDIATE USE</p>
<p>Wednesday 31 January 2024</p>
</header>

<h1>Northmoor staff vote for strikes and marking boycott over pension cuts</h1>

<p>Members of the Academic Staff Association (ASA) at Northmoor University have voted overwhelmingly for industrial action in the dispute over the Northern Universities Pension Scheme (NUPS), the union announced today.</p>

<p>Of the 1,840 members balloted, 1,122 returned a vote, a turnout of 61%. Of those voting, 875 (78%) backed strike action and 942 (84%) backed action short of a strike, including a marking and assessment boycott.</p>

<h2>What happens next</h2>

<p>A marking and assessment boycott will begin on Monday 19 February 2024. Members will not mark coursework or exam scripts, or process marks, until the dispute is resolved.</p>

<p>Members will also take ten days of strike action, escalating over three weeks, beginning on Monday 26 February 2024:</p>

<table>
<thead>
<tr><th>Week</th><th>Strike days</th><th>Dates</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>2</td><td>Monday 26 February – Tuesday 27 February</td></tr>
<tr><td>2</td><td>3</td><td>Monday 4 March – Wednesday 6 March</td></tr>
<tr><td>3</td><td>5</td><td>Monday 11 March – Friday 15 March</td></tr>
<tr><td><strong>Total</strong></td><td><strong>10</strong></td><td></td></tr>
</tbody>
</table>

<h2>Why we are taking action</h2>

<p>The scheme's trustees are consulting on two options following the 2023 valuation. Option A would raise members' contributions from 10.3% to 12.4% of salary. Option B would cut future pensions by reducing the accrual rate and lowering the salary threshold from £70,000 to £55,000. The Universities Employers Council (UEC) has said it favours Option B.</p>

<p>Dr Tomasz Wierzbicki, ASA branch president and senior lecturer in chemistry, said: "Nobody goes into teaching to withhold marks. But our members have been asked to pay more for less three times in seven years, and they have said enough."</p>

<p>The ASA points out that Northmoor University recorded an operating surplus of £23.6 million in 2022-23 and holds reserves of more than £310 million.</p>

<p>Ruth Abernathy, ASA regional organiser for the North, said: "The door is open. If the employers withdraw Option B, we will be at the table within 24 hours."</p>

<h2>Pay deductions</h2>

<p>Northmoor University has written to staff saying it will deduct 50% of pay from any member of staff who takes part in the marking boycott, for every day the boycott continues. The ASA described the threat as "punitive" and said it would support any member whose pay is docked.</p>

<p>Responding to the ballot result, the university's Vice-Chancellor, Professor Alison Marchetti, said in a statement that the university would "take every reasonable step to protect students' progression and graduation". She added: "We share staff concerns about the cost of pensions, but the valuation is a matter for the scheme's trustees, not for any single university."</p>

<h2>Notes to editors</h2>
<ul>
<li>The ASA represents academic and academic-related staff. The Northmoor branch has about 2,100 members.</li>
<li>NUPS has 41,300 active members across 27 employers.</li>
<li>Media contact: ASA Northmoor branch office, Harbourgate campus.</li>
</ul>
</body>
</html>
`;

const FLU_NOTICE = `# Animal and Plant Health Directorate — Veterinary Notice VN/2025/007

**Declaration of Protection and Surveillance Zones: Highly Pathogenic Avian Influenza H5N1 — Marsh End Farm, Thornby Fen, Wexmoor**

**Issued:** Wednesday 15 January 2025, 09:00
**Issued by:** Dr Helen Okafor, Chief Veterinary Officer, Animal and Plant Health Directorate (APHD)
**Regional contact:** Mark Ellison, Regional Veterinary Lead (Eastern Region), APHD

## 1. Confirmation of disease

Highly pathogenic avian influenza (HPAI) of subtype H5N1 was confirmed on Tuesday 14 January 2025 at a commercial laying-hen premises, Marsh End Farm, Thornby Fen, Wexmoor, operated by Greyfield Poultry Ltd. The premises houses approximately 42,000 laying hens in four sheds.

Samples were taken by APHD veterinary inspectors on Sunday 12 January 2025 after the keeper reported increased mortality. Laboratory confirmation was received from the National Reference Laboratory at 16:40 on Tuesday 14 January.

All birds on the infected premises will be humanely culled. Culling began on Wednesday 15 January 2025 and is expected to take four days. Carcasses will be removed for disposal by rendering under licence.

## 2. Zones declared

With effect from 09:00 on Wednesday 15 January 2025 the following zones are declared around the infected premises:

- a **Protection Zone** of 3 km radius; and
- a **Surveillance Zone** of 10 km radius.

Protection Zone measures will remain in force for a minimum of 21 days after preliminary cleansing and disinfection of the infected premises is completed. At that point the Protection Zone will become part of the Surveillance Zone, whose measures will remain in force for a further 9 days at least.

The Surveillance Zone contains 61 registered poultry premises holding approximately 390,000 birds.

## 3. Premises in the Protection Zone

| Ref   | Premises                          | Type of flock          | Birds (approx.) | Distance from infected premises |
|-------|-----------------------------------|------------------------|-----------------|---------------------------------|
| PZ-01 | Marsh End Farm (infected premises) | Laying hens           | 42,000          | 0 km                            |
| PZ-02 | Holloway Farm                     | Free-range ducks       | 6,500           | 1.2 km                          |
| PZ-03 | Brackwater Turkeys                | Turkeys                | 11,800          | 2.1 km                          |
| PZ-04 | Fenwick Cottage                   | Backyard mixed flock   | 35              | 2.6 km                          |
| PZ-05 | Coldharbour Farm                  | Broiler chickens       | 28,000          | 2.9 km                          |

Excluding the infected premises, the four other premises in the Protection Zone hold approximately 46,335 birds. All of them will receive a veterinary inspection and clinical examination by APHD within seven days of the declaration.

## 4. Measures in the Protection Zone

Within the Protection Zone:

1. All poultry and other captive birds must be housed or otherwise kept separate from wild birds.
2. No movement of poultry, eggs, poultry carcasses, manure or used litter onto or off any premises is permitted except under licence issued by APHD.
3. Bird gatherings, including shows, fairs and markets, are prohibited.
4. Keepers must keep a record of all vehicles and people entering premises where poultry are kept.
5. Keepers must report any increase in mortality, drop in egg production of more than 5%, or drop in feed or water intake immediately to APHD on 0300 555 0172.

## 5. Compensation

Compensation is payable at market value for healthy birds culled under the direction of APHD. No compensation is payable for birds that have died of disease before the cull, or for consequential losses such as lost production, business interruption or cleansing costs beyond the preliminary disinfection carried out by APHD.

## 6. Risk to public health

The UK Health Protection Service advises that the risk to public health from this strain is very low. The Food Standards Unit advises that avian influenza poses a very low food safety risk.

Dr Helen Okafor, Chief Veterinary Officer, said: "The risk to public health from this strain remains very low, and properly cooked poultry and eggs are safe to eat. We have acted quickly to contain this outbreak, and the keeper reported the signs promptly."

Mark Ellison, Regional Veterinary Lead, said: "We are asking every keeper within the 10 km zone to house their birds and report any sign of illness immediately. Vigilance by keepers is our best defence."

## 7. Background

This is the third confirmed case of HPAI H5N1 in kept birds in Wexmoor this winter season, following cases at Pellham on 2 December 2024 and at Saxby Cross on 19 December 2024. Three mute swans found dead at Thornby Reservoir, approximately 4 km from the infected premises, tested positive for H5N1 in the first week of January 2025.

Enquiries: APHD Eastern Region Animal Health Office, Wexmoor. Helpline 0300 555 0172 (08:00–18:00, Monday to Saturday).
`;

const SWIMMING_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbridge Otters Swimming Club — Press Release</title>
</head>
<body>
<article>
<header>
<p><strong>PRESS RELEASE — FOR IMMEDIATE RELEASE</strong></p>
<p>Friday 7 March 2025</p>
<h1>Otters launch bid to save Castlegate pool as council plans closure</h1>
</header>

<p>Harbridge Otters Swimming Club today launched a campaign to keep Castlegate Leisure Centre open, after Harbridge District Council published plans to close the centre at the end of May.</p>

<p>The club, founded in 1962, has 212 members, 138 of whom are aged under 16. It has trained at Castlegate since the centre opened in 1974 and currently uses the pool for nine hours a week.</p>

<p>The club's chair, Maureen Kettle, said: "Closing Castlegate would leave more than two hundred swimmers with nowhere proper to train, and it would leave the children of the east side without anywhere close to learn to swim."</p>

<p>Under the council's transfer proposals, the club has been offered four hours a week at Riverside Pool, all of it on weekday evenings after 8pm. The club says late sessions are unsuitable for its youngest swimmers, some of whom are eight years old.</p>

<h2>Current and offered pool time</h2>
<table>
<thead>
<tr><th>Day</th><th>Castlegate (current)</th><th>Riverside Pool (offered)</th></tr>
</thead>
<tbody>
<tr><td>Monday</td><td>6pm–8pm (2 hours)</td><td>—</td></tr>
<tr><td>Tuesday</td><td>—</td><td>8pm–10pm (2 hours)</td></tr>
<tr><td>Wednesday</td><td>6pm–8pm (2 hours)</td><td>—</td></tr>
<tr><td>Thursday</td><td>—</td><td>8pm–10pm (2 hours)</td></tr>
<tr><td>Friday</td><td>5pm–7pm (2 hours)</td><td>—</td></tr>
<tr><td>Saturday</td><td>7am–10am (3 hours)</td><td>—</td></tr>
<tr><td><strong>Total</strong></td><td><strong>9 hours</strong></td><td><strong>4 hours</strong></td></tr>
</tbody>
</table>

<p>Head coach Tomasz Nowak said: "We have produced four regional champions in the past three years, and every one of them learned to swim in that pool."</p>

<p>The club's own survey of members found that 61 per cent live within two miles of Castlegate, and that 44 per cent of families do not have regular access to a car on weekday evenings.</p>

<h2>Community asset transfer bid</h2>

<p>The Otters are working with Harbridge Community Trust, a registered charity, on a bid to take over the running of Castlegate through a community asset transfer. The club has already raised £25,000 towards a business plan and feasibility study, and the trust has pledged a further £40,000.</p>

<p>Daniel Osei, chief executive of Harbridge Community Trust, said: "We believe a community-run Castlegate can work, but we need the council to give us time rather than a padlock."</p>

<p>A petition calling on the council to pause the closure has gathered 4,870 signatures. Club members will present it to the council's Communities Scrutiny Committee on Tuesday 11 March.</p>

<p>The club is asking the council to delay any decision by at least three months so that a full business plan can be prepared.</p>

<footer>
<h2>Notes to editors</h2>
<ul>
<li>Harbridge Otters Swimming Club is affiliated to Swim England and competes in the East Midlands region.</li>
<li>Media contact: Priya Lal, club secretary, press@harbridgeotters.org.uk</li>
</ul>
</footer>
</article>
</body>
</html>
`;

describe('the forty-first round: the drafts h386–h391, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a figure a row gives only as what was asked for, where the row gives what was granted', async () => {
    const decision = judgeWith(await workspaceIndex({ 'sources/inspector_decision_letter.md': QUARRY_DECISION }));
    const asked = decision('On Saturdays the limit will rise from 90 to 120 movements.');
    assert.equal(asked.verdict, 'contradicted', why(asked));
    assert.ok(asked.conflicts.some((c) => c.claim === '120' && /Permitted by this decision: 100/.test(c.source)), why(asked));
    const granted = decision('On Saturdays the limit will rise from 90 to 100 movements.');
    assert.notEqual(granted.verdict, 'contradicted', why(granted));
    const sought = decision('The company had asked for 120 movements on Saturdays.');
    assert.ok(!sought.conflicts.some((c) => c.claim === '120'), why(sought));
  });

  test('a count of routes is no count of journeys; "less than a year\'s experience" compares nothing', async () => {
    const routes = judgeWith(await workspaceIndex({ 'sources/committee_report.md': BUS_REPORT }))("Route 3, from Kelsby to Brackenford, carries about a third of the 5,490 weekday journeys on the seven council-supported routes.");
    assert.ok(!routes.conflicts.some((c) => c.claim === 'seven'), why(routes));
    const officers = judgeWith(await workspaceIndex({ 'sources/greyholme_inspection_report_extract.md': PRISON_REPORT }))("Of the 212 band 3 officers in post, more than a quarter had less than a year's experience, and 41 officer posts were vacant.");
    assert.notEqual(officers.verdict, 'contradicted', why(officers));
  });

  test('a phrase the sentence has as it is; "the largest neighbouring flock"; a year something began', async () => {
    const union = judgeWith(await workspaceIndex({ 'sources/asa_press_release.html': UNION_STATEMENT }))('Dr Tomasz Wierzbicki, the ASA branch president and a senior lecturer in chemistry, said members had been asked to pay more for less three times in seven years.');
    assert.ok(!union.conflicts.some((c) => c.kind === 'direction'), why(union));
    const notice = judgeWith(await workspaceIndex({ 'sources/aphd_notice.md': FLU_NOTICE }));
    const neighbour = notice('The largest neighbouring flock is at Coldharbour Farm, where 28,000 broiler chickens are kept 2.9km from the infected site.');
    assert.notEqual(neighbour.verdict, 'contradicted', why(neighbour));
    const since = judgeWith(await workspaceIndex({ 'sources/otters_press_release.html': SWIMMING_RELEASE }))("A council committee has urged Harbridge District Council to pause its plan to close Castlegate Leisure Centre, where Harbridge Otters Swimming Club has trained since 1974.");
    assert.ok(!since.conflicts.some((c) => c.claim === '1974'), why(since));
  });
});
