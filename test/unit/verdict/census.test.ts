/**
 * A statistics office's census release (with a table of regions), against a writer's draft: a verb of change in
 * other words ("shrank" / "fell"), and a figure the sentence gives with its unit ("to 42.3" / "to 42.3 years")
 * that no bare number elsewhere in the sentence ("between two censuses") is a rival of.
 * The release is written for these tests (from a helper's draft); the country is invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, judgeWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Census 2021: First Results on Population and Households

**Carrowmere National Statistics Office (CNSO)**
Statistical release | Embargoed until 09:30, Tuesday 14 June 2022
Contact: Press Office, CNSO, Lindfield House, Halsbury | press@cnso.example

## Main points

- The usually resident population of Carrowmere was 6,038,600 on Census Day, 21 March 2021, the first time it has exceeded six million.
- This is an increase of 332,600 people, or 5.8%, since the 2011 Census, when the population was 5,706,000.
- The Capital Region grew fastest of the seven regions, by 12.1%, followed closely by Riverbend at 11.6%.
- Two regions recorded a fall in population: the Western Uplands (down 3.7%) and the Northern Isles (down 6.7%).
- The median age rose from 39.8 years in 2011 to 42.3 years in 2021.
- The share of the population aged 65 and over increased from 16.4% to 20.1%.
- The number of households rose by 11.8% to 2,476,000, while average household size fell from 2.51 to 2.39 people.

## Population by region

The population of Carrowmere grew in five of its seven regions between 2011 and 2021. Growth was strongest in and around the capital, Halsbury, and along the commuter corridor of the Riverbend region. The Capital Region is now home to 1,661,900 people, more than a quarter (27.5%) of the national total.

| Region | 2011 | 2021 | Change (%) |
|---|---:|---:|---:|
| Capital Region | 1,482,300 | 1,661,900 | +12.1 |
| Eastern Lowlands | 1,105,600 | 1,187,400 | +7.4 |
| Southern Coast | 948,200 | 1,002,500 | +5.7 |
| Midlands | 836,900 | 851,300 | +1.7 |
| Western Uplands | 612,400 | 589,700 | -3.7 |
| Riverbend | 402,100 | 448,600 | +11.6 |
| Northern Isles | 318,500 | 297,200 | -6.7 |
| **Carrowmere** | **5,706,000** | **6,038,600** | **+5.8** |

The Southern Coast passed one million residents for the first time, reaching 1,002,500. Population growth in the Midlands was modest, at 1.7%, or 14,400 people over the decade.

The Northern Isles saw the largest proportional decline of any region, losing 21,300 residents. The Western Uplands lost 22,700 people, the largest fall in absolute terms. In both regions the decline was driven by younger adults moving away and by deaths outnumbering births.

## An ageing population

Carrowmere's population continued to age over the decade. The median age rose by 2.5 years, from 39.8 in 2011 to 42.3 in 2021. The median age was highest in the Northern Isles, at 48.6 years, and lowest in the Capital Region, at 37.1 years.

There were 1,213,800 people aged 65 and over in 2021, representing 20.1% of the population, up from 16.4% in 2011. This is the first census at which one in five residents was aged 65 or over. The number of people aged 85 and over rose by 31% to 148,200.

Children aged under 15 made up 15.2% of the population in 2021, down from 16.9% in 2011. For the first time, people aged 65 and over outnumbered children aged under 15.

## Households

There were 2,476,000 households in Carrowmere on Census Day, up from 2,214,000 in 2011, an increase of 11.8%. Households grew about twice as fast as the population, reflecting a continued rise in people living alone. One-person households accounted for 32.4% of all households in 2021, compared with 29.0% in 2011.

Average household size fell from 2.51 people in 2011 to 2.39 people in 2021. Household size was largest in Riverbend (2.61) and smallest in the Northern Isles (2.18).

## Births, deaths and migration

Population change is the result of natural change (births minus deaths) and net migration. Figures for the year to Census Day are drawn from civil registration and the CNSO migration estimates.

In the 12 months to March 2021 there were 58,420 live births and 61,150 deaths registered in Carrowmere, a natural decrease of 2,730. This is the first year on record in which deaths exceeded births. The number of births was 14% lower than in the year to March 2011, when 67,930 births were registered. Deaths in the year were elevated by the coronavirus (COVID-19) pandemic.

Net international migration added 38,700 people in the year to March 2021. Over the decade as a whole, net migration accounted for an estimated 312,000 of the 332,600 increase in population, around 94% of total growth.

## About these statistics

The census was conducted on 21 March 2021. It was the first census in Carrowmere at which a majority of responses (71%) were submitted online. The overall person response rate was 96.2%, compared with 94.8% in 2011.

Figures are rounded to the nearest hundred, and percentages are calculated from unrounded figures. Further releases, covering ethnicity, religion, housing and the labour market, will be published from autumn 2022.
`;

const BRIEFING = `# Press Briefing: Census 2021 First Results

**Notes from the media briefing held at Lindfield House, Halsbury, on 14 June 2022**
Speakers: Dr Ingrid Halvorsen, National Statistician and Chief Executive of the CNSO; Marcus Oyelaran, Head of Population Statistics

## Opening remarks by Dr Ingrid Halvorsen

Dr Halvorsen opened the briefing by thanking the public for a response rate of 96.2%, the highest achieved in Carrowmere since 1991.

"For the first time, Carrowmere is a country of more than six million people," she said. "But the headline number hides two very different stories. The capital and its commuter belt are growing quickly, while parts of the north and west are getting smaller and older."

She noted that the national growth rate of 5.8% over the decade was slower than the 7.1% recorded between 2001 and 2011. "Growth has not stopped, but it has slowed, and almost all of it now comes from migration rather than from births," she said.

## The ageing population

Marcus Oyelaran, Head of Population Statistics, presented the figures on age. He said that the rise in the median age to 42.3 years was "the sharpest increase we have measured between two censuses".

"One person in five is now aged 65 or over. In the Northern Isles, it is closer to one in three," Mr Oyelaran said. The share aged 65 and over in the Northern Isles was 31.4% in 2021.

He highlighted that the number of people aged 85 and over had grown by almost a third in ten years. "That has obvious consequences for health and social care planning, particularly outside the Capital Region," he said.

## Households

Dr Halvorsen said the faster growth in households than in population was "one of the most important findings for housing policy". Around 262,000 additional households were formed between 2011 and 2021, while average household size fell to 2.39.

"We need roughly as many new homes for people living alone as for families," she said, pointing to the rise in one-person households to almost a third of the total.

## Caveats

Both speakers urged caution in interpreting some of the figures.

- **Pandemic timing.** Census Day fell during a period of coronavirus restrictions. Some students and workers were living at an address other than their usual term-time or working address. Mr Oyelaran said that the CNSO had adjusted for this, but that figures for the university city of Aldmoor, in the Eastern Lowlands, "should be treated with some care".
- **Deaths in 2020-21.** The natural decrease of 2,730 in the year to March 2021 was partly the result of excess deaths during the pandemic. Dr Halvorsen said it was "too early to say" whether deaths would continue to exceed births, although she added that the long-term decline in births "points in that direction".
- **Migration estimates.** The estimate that net migration accounted for 312,000 of the decade's growth is provisional and will be revised when the CNSO publishes its reconciled mid-year population series in early 2023.

## Questions from journalists

Asked whether the Western Uplands and the Northern Isles could return to growth, Mr Oyelaran said that it would "require a sustained inflow of working-age people, which we have not seen in either region for twenty years".

Asked about the cost of the census, Dr Halvorsen said the final cost was 148 million crowns, about 4% below budget, largely because of the high share of online returns.

The next census is scheduled for March 2031. Dr Halvorsen said the CNSO would publish proposals on the future of the census, including greater use of administrative data, by the end of 2023.
`;

describe('a census release, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"shrank" says "fell"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'census.md': RELEASE, 'briefing.md': BRIEFING }));
    verdict('supported', 'Average household size shrank from 2.51 to 2.39 people over the ten years.');
    verdict('contradicted', 'Average household size rose from 2.51 to 2.39 people.');
  });

  test('"two censuses" is no rival of "to 42.3 years"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'census.md': RELEASE, 'briefing.md': BRIEFING }));
    const r = judge('The median age climbed by two and a half years to 42.3.');
    assert.notEqual(r.verdict, 'contradicted', JSON.stringify(r.conflicts));
  });
});
