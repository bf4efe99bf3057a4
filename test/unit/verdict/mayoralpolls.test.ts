/**
 * An opinion poll on a mayoral race: the pollster's tables (voting intention by age and area) and its press release.
 * The sources are written for these tests (from a helper's draft); the pollster, the city and the candidates are
 * invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const TABLES = `# Meridian Opinion Research

## Castlebridge Mayoral Election 2026 – Voting Intention Poll (Wave 2)

### Data tables

| | |
|---|---|
| **Job reference** | MOR-2026-CB-04 |
| **Client** | Castlebridge Evening Post |
| **Fieldwork** | Friday 10 April – Tuesday 14 April 2026 |
| **Sample** | 1,214 adults aged 18+ resident in the Castlebridge City Council area |
| **Method** | Online panel (812) and telephone (402) |
| **Publication** | Thursday 16 April 2026, 00:01 BST (embargoed) |
| **Prepared by** | Rhys Calloway, associate director |
| **Checked by** | Dr Fiona Gallacher, director of political research |

---

### Methodology summary

Meridian Opinion Research interviewed 1,214 adults aged 18 and over living in the Castlebridge City Council area between Friday 10 and Tuesday 14 April 2026. Of these, 812 were interviewed through Meridian's online panel and 402 by telephone (landline and mobile). Results have been weighted to be representative of the adult population of the city by age, gender, area and recalled vote at the May 2022 mayoral election.

Voting intention figures exclude respondents who said they did not know how they would vote or who refused to answer (176 unweighted respondents, 14% of the weighted sample). The voting intention base is therefore 1,038.

The margin of error for the full sample is approximately ±2.8 percentage points at the 95% confidence level; for voting intention it is approximately ±3.0 points. Margins are larger for subgroups, and subgroup results based on fewer than 150 respondents should be treated with caution.

Comparison figures are from Wave 1 (fieldwork Friday 6 – Monday 9 February 2026; 1,167 adults; voting intention base 1,002).

Figures may not sum to 100 because of rounding. Bases shown are unweighted.

---

### Q1. If the election for Mayor of Castlebridge were held tomorrow, which candidate would you vote for?

*Candidates were shown in random order. Base: all giving a voting intention.*

#### Table 1 – Headline voting intention

| Candidate | Party | Apr 2026 (%) | Feb 2026 (%) | Change |
|---|---|---:|---:|---:|
| Margaret Ashworth | Civic Party | 34 | 37 | −3 |
| Daniel Fenwick | People's Reform Party | 29 | 25 | +4 |
| Priya Lakhani-Moss | Green Coalition | 17 | 18 | −1 |
| Owen Pritchard | Castlebridge First (Ind.) | 12 | 11 | +1 |
| Other | – | 8 | 9 | −1 |
| **Ashworth lead** | | **5** | **12** | **−7** |
| *Unweighted base* | | *1,038* | *1,002* | |

Don't know / refused (all respondents): 14% (Feb: 15%).

#### Table 2 – Voting intention by age

| Candidate | 18–24 (%) | 25–34 (%) | 35–49 (%) | 50–64 (%) | 65+ (%) |
|---|---:|---:|---:|---:|---:|
| Ashworth (Civic) | 27 | 33 | 36 | 35 | 34 |
| Fenwick (People's Reform) | 14 | 20 | 27 | 35 | 41 |
| Lakhani-Moss (Green Coalition) | 38 | 26 | 18 | 11 | 7 |
| Pritchard (Castlebridge First) | 13 | 12 | 11 | 12 | 11 |
| Other | 8 | 9 | 8 | 7 | 7 |
| *Unweighted base* | *112* | *186* | *241* | *228* | *271* |

*Note: the 18–24 base is below 150; treat with caution.*

#### Table 3 – Voting intention by area

| Candidate | City Centre (%) | Northgate (%) | Riverside (%) | Eastmoor (%) | Hollins Vale (%) | Kettlewick (%) |
|---|---:|---:|---:|---:|---:|---:|
| Ashworth (Civic) | 38 | 31 | 40 | 29 | 33 | 35 |
| Fenwick (People's Reform) | 18 | 36 | 24 | 33 | 34 | 27 |
| Lakhani-Moss (Green Coalition) | 27 | 10 | 21 | 12 | 15 | 19 |
| Pritchard (Castlebridge First) | 9 | 15 | 8 | 17 | 10 | 11 |
| Other | 8 | 8 | 7 | 9 | 8 | 8 |
| *Unweighted base* | *164* | *203* | *179* | *198* | *151* | *143* |

*Areas are groupings of city council wards used by Meridian since 2022. Kettlewick base is below 150.*

---

### Q2. On a scale of 0 to 10, where 0 means certain not to vote and 10 means absolutely certain to vote, how likely are you to vote in the mayoral election on Thursday 7 May?

#### Table 4 – Likelihood to vote

| Likelihood | All (%) | Ashworth voters (%) | Fenwick voters (%) | Lakhani-Moss voters (%) | Pritchard voters (%) |
|---|---:|---:|---:|---:|---:|
| 10 – certain to vote | 57 | 58 | 71 | 49 | 55 |
| 7–9 | 22 | 27 | 19 | 30 | 28 |
| 1–6 | 16 | 14 | 9 | 19 | 15 |
| 0 – certain not to vote | 5 | 1 | 1 | 2 | 2 |
| *Unweighted base* | *1,214* | *361* | *297* | *171* | *124* |

---

### Q3. Which, if any, of the following issues are most important to you in deciding how to vote for mayor? Please choose up to three.

#### Table 5 – Most important issues (all respondents)

| Issue | % |
|---|---:|
| Housing costs and availability | 41 |
| Public transport | 33 |
| Crime and antisocial behaviour | 27 |
| Potholes and road repairs | 24 |
| Council tax | 22 |
| Town centre regeneration | 19 |
| Air quality | 11 |
| Other | 4 |
| None of these / don't know | 6 |
| *Unweighted base* | *1,214* |

---

### Q4. Do you approve or disapprove of the way Margaret Ashworth is doing her job as Mayor of Castlebridge?

#### Table 6 – Mayoral approval

| | Apr 2026 (%) | Feb 2026 (%) |
|---|---:|---:|
| Approve | 46 | 49 |
| Disapprove | 39 | 35 |
| Don't know | 15 | 16 |
| **Net approval** | **+7** | **+14** |
| *Unweighted base* | *1,214* | *1,167* |

---

### Q5 and Q6. Transport proposals

Q5: *The Wyvern Valley Transport Authority has proposed a £312 million, 6.4-kilometre extension of the Eastmoor Line tram from Eastmoor Interchange to Kettlewick, with seven new stops. Do you support or oppose this proposal?*

Q6: *Castlebridge City Council is consulting on a congestion charge of £7.50 a day for vehicles entering the city centre on weekdays between 7am and 7pm. Do you support or oppose this proposal?*

#### Table 7 – Support for transport proposals (all respondents)

| | Eastmoor Line extension (%) | City centre congestion charge (%) |
|---|---:|---:|
| Strongly support | 31 | 14 |
| Tend to support | 27 | 22 |
| **Total support** | **58** | **36** |
| Tend to oppose | 14 | 19 |
| Strongly oppose | 13 | 32 |
| **Total oppose** | **27** | **51** |
| Don't know | 15 | 13 |
| *Unweighted base* | *1,214* | *1,214* |

---

*Meridian Opinion Research Ltd, 14 Tanner's Row, Castlebridge. Meridian is a member of the Association of Opinion Research Practitioners and abides by its disclosure rules. These tables may be reproduced provided Meridian Opinion Research and the Castlebridge Evening Post are credited. Queries: Hannah Sturridge, communications manager, 01632 960418.*
`;

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ashworth's lead cut to five points as Fenwick gains in Castlebridge mayoral race | Meridian Opinion Research</title>
</head>
<body>
<header>
  <p><strong>Meridian Opinion Research</strong> – Press release</p>
  <p>Ref: MOR/PR/2026/041</p>
  <p><strong>EMBARGOED UNTIL 00:01 BST, THURSDAY 16 APRIL 2026</strong></p>
</header>

<article>
<h1>Ashworth's lead cut to five points as Fenwick gains in Castlebridge mayoral race</h1>

<p><em>New Meridian poll for the Castlebridge Evening Post finds older voters moving to People's Reform, while the Green Coalition leads among under-25s</em></p>

<p>Castlebridge's Civic Party mayor, Margaret Ashworth, retains a narrow lead in the race to run the city, but her advantage over People's Reform Party challenger Daniel Fenwick has been cut from 12 points to five in two months, according to a new poll by Meridian Opinion Research.</p>

<p>The survey of 1,214 adults living in the Castlebridge City Council area, carried out between Friday 10 and Tuesday 14 April for the Castlebridge Evening Post, puts Ms Ashworth on 34 per cent, down three points since February, and Mr Fenwick on 29 per cent, up four. Priya Lakhani-Moss of the Green Coalition is third on 17 per cent, down one, with Owen Pritchard, standing as an independent under the Castlebridge First banner, on 12 per cent, up one. Other candidates share 8 per cent.</p>

<p>The voting intention figures exclude the 14 per cent of respondents who said they did not know how they would vote or refused to answer.</p>

<h2>Age divide</h2>

<p>Dr Fiona Gallacher, director of political research at Meridian, said:</p>

<blockquote>
<p>"This is now a genuine contest. Margaret Ashworth still leads, but a five-point margin three weeks out is well within the range where a strong campaign week can change the outcome.</p>
<p>"The age divide is the story underneath the headline. Among voters aged 65 and over, Daniel Fenwick is seven points ahead; among those under 25, Priya Lakhani-Moss is the first choice, well ahead of both of the front-runners."</p>
</blockquote>

<p>Mr Fenwick leads among over-65s by 41 per cent to 34 per cent and draws level with Ms Ashworth among 50 to 64-year-olds, with both on 35 per cent. Ms Lakhani-Moss takes 38 per cent among 18 to 24-year-olds, against 27 per cent for Ms Ashworth and 14 per cent for Mr Fenwick.</p>

<p>Across the city, Mr Fenwick leads in Northgate, Eastmoor and Hollins Vale, while Ms Ashworth is ahead in the City Centre, Riverside and Kettlewick. Her strongest showing is in Riverside, at 40 per cent. Mr Pritchard, a former Eastmoor ward councillor, records his best result in Eastmoor, with 17 per cent.</p>

<h2>Turnout</h2>

<p>Only 57 per cent of respondents said they were absolutely certain to vote, scoring 10 out of 10 on a likelihood scale. Certainty is highest among Fenwick supporters, at 71 per cent, compared with 58 per cent of those backing Ms Ashworth and 49 per cent of Lakhani-Moss supporters.</p>

<p>Rhys Calloway, associate director at Meridian, said:</p>

<blockquote>
<p>"Turnout will decide this. Mr Fenwick's supporters are noticeably more certain to vote than Ms Ashworth's, and in a mayoral election where not even a third of people turned out last time, that matters enormously."</p>
</blockquote>

<p>Ms Ashworth's approval rating as mayor stands at 46 per cent, down from 49 per cent in February, with 39 per cent disapproving, up from 35 per cent.</p>

<h2>Housing and transport</h2>

<p>Housing costs are the most frequently named issue, chosen by 41 per cent as one of their top three concerns, followed by public transport (33 per cent) and crime and antisocial behaviour (27 per cent).</p>

<p>The poll also tested two transport proposals that have dominated the campaign. The Wyvern Valley Transport Authority's £312 million plan for a 6.4-kilometre extension of the Eastmoor Line tram from Eastmoor Interchange to Kettlewick, with seven new stops, is supported by 58 per cent and opposed by 27 per cent. A congestion charge of £7.50 a day for vehicles entering the city centre on weekdays between 7am and 7pm, on which Castlebridge City Council is consulting, is opposed by 51 per cent and supported by 36 per cent.</p>

<p>Mr Fenwick has pledged to scrap the congestion charge proposal, while Ms Ashworth has said she will wait for the outcome of the council's consultation, which closes on Friday 1 May.</p>

<p>Mr Calloway added:</p>

<blockquote>
<p>"Voters like the idea of the tram extension far more than they like paying for it through a congestion charge. Any candidate who ties the two together does so at some risk."</p>
</blockquote>

<p>Colin Marchbank, editor of the Castlebridge Evening Post, said:</p>

<blockquote>
<p>"Our readers have told us this election is about the cost of living in Castlebridge, and this poll bears that out. We will publish a final Meridian poll on Saturday 2 May, five days before polling day."</p>
</blockquote>

<p><strong>ENDS</strong></p>
</article>

<section>
<h2>Notes to editors</h2>
<ol>
  <li>Meridian Opinion Research interviewed 1,214 adults aged 18 and over living in the Castlebridge City Council area between Friday 10 and Tuesday 14 April 2026: 812 through its online panel and 402 by telephone. Data were weighted by age, gender, area and recalled 2022 mayoral vote.</li>
  <li>Voting intention figures exclude don't knows and refusals (176 respondents, 14 per cent). The voting intention base is 1,038. The margin of error is approximately ±2.8 percentage points for the full sample and ±3.0 points for voting intention.</li>
  <li>The previous Meridian poll (Wave 1) was conducted between Friday 6 and Monday 9 February 2026 among 1,167 adults. It put Ms Ashworth on 37 per cent and Mr Fenwick on 25 per cent.</li>
  <li>The Castlebridge mayoral election takes place on Thursday 7 May 2026. Polling stations are open from 7am to 10pm. The count will take place on Friday 8 May at the Castlebridge Exhibition Centre, Wharf Road.</li>
  <li>Ms Ashworth was elected mayor in May 2022 with 41.2 per cent of the vote, on a turnout of 31.6 per cent.</li>
  <li>Full data tables (job reference MOR-2026-CB-04) are available on request. Meridian is a member of the Association of Opinion Research Practitioners and abides by its disclosure rules.</li>
  <li>Dr Gallacher and Mr Calloway are available for interview. A media briefing will be held at 10:30 on Thursday 16 April at Meridian's offices, 14 Tanner's Row, Castlebridge.</li>
</ol>

<h3>About Meridian Opinion Research</h3>
<p>Meridian Opinion Research is an independent social and political research agency founded in 2009 and based in Castlebridge. It employs 46 staff and has polled every Castlebridge mayoral election since the post was created.</p>

<h3>Media contact</h3>
<p>Hannah Sturridge, communications manager<br>
Tel: 01632 960418 | Out of hours: 07700 900377<br>
Email: press@meridian-opinion.co.uk</p>
</section>
</body>
</html>
`;

const files = { 'meridian_castlebridge_tables_apr2026.md': TABLES, 'meridian_press_release_MOR-PR-2026-041.html': RELEASE };

describe("a mayoral opinion poll: the pollster's tables and its press release, with the product's word vectors", () => {
  withProductWordVectors();

  test('a lead in points lies between two shares, and is no 12 of a table', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states 12" (the lead was a bare number, and the shares' difference not asked).
    verdict('supported', "In February the same pollster had Ms Ashworth 12 points clear, on 37 per cent to Mr Fenwick's 25 per cent.");
    verdict('contradicted', "In February the same pollster had Ms Ashworth 14 points clear, on 37 per cent to Mr Fenwick's 25 per cent.", [['14', '37 per cent and 25 per cent (a difference of 12)']]);
  });

  test('a change in apposition to a share is that share\'s: "on 17 per cent, down one" / "17 per cent, a point up"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: the sentence's "up one" is another candidate's, and its words of both directions were left to
    // the figures, which had none.
    verdict('contradicted', "The Green Coalition's Priya Lakhani-Moss is on 17 per cent, a point up on February.", [['up', 'down']]);
    verdict('supported', "The Green Coalition's Priya Lakhani-Moss is on 17 per cent, a point down on February.");
  });
});
