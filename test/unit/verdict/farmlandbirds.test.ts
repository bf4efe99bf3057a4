/**
 * A study of declining farmland birds: the journal's embargoed press release and the survey's hard-wrapped results
 * report with a fixed-width species table. The sources are written for these tests (from a helper's draft); the trust,
 * the journal and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `**EMBARGOED UNTIL 00:01 BST, WEDNESDAY 11 JUNE 2025**

**PENNANT ECOLOGICAL SOCIETY | PRESS RELEASE**
Ref: PES/PR/25/047
Issued: Monday 9 June 2025

# A third of England's farmland birds lost in three decades, landmark study finds

### Turtle dove down 91 per cent – but farms with wildflower margins held on to far more of their birds

Birds that breed on farmland in lowland England declined by 34 per cent between 1994 and 2023, according to the largest analysis of its kind, published on Wednesday 11 June in the journal *Rural Ecology Letters*.

Researchers at the University of Wexcombe analysed three decades of counts from the Marshfield Bird Trust's Breeding Farmland Bird Census, covering 1,842 one-kilometre survey squares across 14 counties. They tracked the 19 species that make up the Trust's farmland bird index – birds that depend on farmland for feeding, nesting or both.

Of the 19 species, 12 declined significantly over the 30-year period, four showed no significant change and three increased. The team estimates that the combined breeding population of the 19 species fell from around 9.6 million pairs in 1994 to 6.3 million pairs in 2023 – a loss of roughly 3.3 million pairs. The 95 per cent confidence interval for the overall decline runs from 29 to 39 per cent.

The steepest fall was recorded for the turtle dove, down 91 per cent over the study period, while the goldfinch more than doubled.

Declines were steepest in the arable east of the study area, where the index fell by 42 per cent, and shallowest in the mixed-farming west, where it fell by 23 per cent.

## Margins make the difference

The study's most striking finding concerns land managed for wildlife. Squares where at least 5 per cent of the farmland was managed as wildflower margins, winter bird-food plots or fallow lost 19 per cent of their farmland birds on average. Squares where such habitat covered less than 1 per cent of the land lost 41 per cent.

Dr Helena Marsh-Okafor, senior lecturer in conservation ecology at the University of Wexcombe and the paper's lead author, said:

> "These are not gentle ups and downs. We are watching the birds that defined the English countryside drain away, square by square, year after year.
>
> "But the data also carry a clear message of hope. Where farmers had given even a twentieth of their land back to nature, the losses were less than half as severe."

Professor Gareth Lindqvist, head of the School of Biosciences at the University of Wexcombe and a co-author of the paper, said:

> "Nobody should read this as a story about bad farmers. The farms in our study that bucked the trend were ordinary working farms that had been given the support to do something different."

The authors recommend that at least 10 per cent of farmed land in lowland England be managed primarily for wildlife by 2035, and that payments for margins and bird-food plots be guaranteed for a minimum of ten years so that farmers can plan ahead.

Dr Rowan Tell, Director of Science at the Marshfield Bird Trust, which runs the census, said:

> "None of this would exist without the volunteers who walk these squares at dawn every spring. Their thirty years of patience is what lets us say, with confidence, how much has gone."

## A farmer's view

Thomas Pennycook farms 420 hectares of arable land at Hollinbrook Farm near Upper Dunsford and has put 31 hectares into margins and bird-food plots since 2012. He said:

> "I've gone from hearing one yellowhammer in a summer to counting eleven singing males on the farm last year. It hasn't cost me a harvest."

The study was funded by a £1.2 million grant over four years from the Ashcombe Foundation.

## Press briefing

A press briefing with Dr Marsh-Okafor, Professor Lindqvist and Dr Tell will be held at 10.30am on Tuesday 10 June at the Society's offices, 14 Ravensworth Place, London WC1, and online. Journalists wishing to attend in person or to receive a joining link should contact the press office by 5pm on Monday 9 June.

Interviews with Mr Pennycook can be arranged at Hollinbrook Farm on request.

**ENDS**

---

## Notes to editors

1. **The paper:** Marsh-Okafor, H., Lindqvist, G., Oduya, S. and Brennan-Hale, K. (2025). "Three decades of farmland bird decline in lowland England and the buffering effect of semi-natural habitat." *Rural Ecology Letters* 18(6): 412–429. DOI: 10.5521/rel.2025.0318. Copies of the embargoed paper are available from the press office.

2. **Methods:** The analysis used generalised additive models fitted to annual counts from squares surveyed in at least ten of the 30 seasons. Habitat data were taken from annual field-boundary mapping carried out by census volunteers. The study period covers the 1994 to 2023 breeding seasons; results from the 2024 season are published separately by the Marshfield Bird Trust.

3. **The Pennant Ecological Society**, founded in 1911, is a learned society for ecologists with about 6,400 members. It publishes four journals, including *Rural Ecology Letters*.

4. **The Marshfield Bird Trust** is a charity founded in 1962. Its Breeding Farmland Bird Census has run every year since 1994 and relies on volunteer surveyors.

5. **The University of Wexcombe** School of Biosciences has about 140 academic staff.

6. **Images:** Photographs of turtle dove, yellowhammer and Hollinbrook Farm margins are available for use with this story only, credited "Marshfield Bird Trust/Ian Drury".

**Media contact:**
Priya Venkataraman, Press Officer, Pennant Ecological Society
Tel: 020 7946 0381 | Out of hours: 07700 900512
Email: press@pennantecology.org.uk
`;

const REPORT = `==========================================================================
MARSHFIELD BIRD TRUST
Registered charity no. 1048832
Hallam Lodge, Kelbury Road, Saxby St Anne

BREEDING FARMLAND BIRD CENSUS 2024
RESULTS REPORT

Report ref:   MBT/BFBC/2024/R3
Published:    Thursday 5 June 2025
Authors:      Dr Colin Featherstone, Census Coordinator
              Fiona Adeyemi-Clarke, Data Manager
Foreword:     Dr Rowan Tell, Director of Science
==========================================================================

FOREWORD
--------
Dr Rowan Tell, Director of Science:

"Every spring our volunteers set out before breakfast to count the birds
of the fields, and every year their records tell us a little more about
how the countryside is changing. The 2024 season was one of the hardest
they have faced: a cold, waterlogged spring that kept some ground-nesting
birds off their territories for weeks. That they still covered more
squares than ever before is a tribute to their commitment.

"The long-term picture remains grim for many species. But there are
bright spots in these pages, and they show what is possible when land is
managed with birds in mind."


1. SUMMARY OF THE 2024 SEASON
-----------------------------
 * 2,316 volunteers surveyed 1,907 one-kilometre squares, up from 1,846
   squares in 2023 and the highest coverage since the census began.
 * Volunteers recorded 418,612 individual birds of 88 species.
 * Volunteer effort is estimated at 19,450 hours, including travel.
 * The farmland bird index (19 species) stood at 64 in 2024 (1994 = 100),
   down from 66 in 2023. This is the lowest value in the 31-year series.
 * Of the 19 index species, 12 are classed as in significant long-term
   decline, four as stable and three as significantly increasing.
 * Spring 2024 was the wettest since the census began: rainfall from March
   to May across the survey area was 148 per cent of the 1991-2020 average.


2. SPECIES RESULTS
------------------
Table 1. Farmland bird index species, 2024. Index values are relative to
1994 = 100. Long-term change is 1994-2024; short-term change is 2019-2024.
"Squares" is the number of surveyed squares in which the species was
recorded on at least one visit in 2024 (n = 1,907).

Species           Index   Change      Change      Squares   Long-term
                  2024    1994-2024   2019-2024   2024      trend
----------------  -----   ---------   ---------   -------   ----------------
Turtle dove           7      -93%        -41%          97   Strong decline
Corn bunting         30      -70%        -18%         251   Strong decline
Grey partridge       37      -63%        -12%         388   Strong decline
Starling             39      -61%        -20%       1,338   Strong decline
Tree sparrow         42      -58%        +11%         340   Strong decline
Yellow wagtail       44      -56%        -14%         402   Strong decline
Yellowhammer         46      -54%         -9%       1,204   Strong decline
Greenfinch           49      -51%        -33%       1,087   Strong decline
Lapwing              53      -47%        -15%         612   Moderate decline
Kestrel              60      -40%         -7%         933   Moderate decline
Skylark              62      -38%         -6%       1,611   Moderate decline
Linnet               71      -29%         +3%       1,122   Moderate decline
Rook                 93       -7%         -4%       1,406   Stable
Whitethroat          96       -4%         +2%       1,288   Stable
Stock dove           97       -3%         -1%       1,015   Stable
Reed bunting        104       +4%         +6%         701   Stable
Woodpigeon          127      +27%         +2%       1,853   Increase
Jackdaw             136      +36%         +5%       1,559   Increase
Goldfinch           212     +112%         +8%       1,702   Increase
----------------  -----   ---------   ---------   -------   ----------------
ALL 19 SPECIES       64      -36%         -6%          --   Decline

Source: MBT Breeding Farmland Bird Census. Trend classes follow MBT
guidance note GN-07 (strong decline: more than 50 per cent).


3. NOTES ON SELECTED SPECIES
----------------------------
Turtle dove. Recorded in just 97 squares in 2024, compared with 588 in
1994. Fewer than 40 squares held more than one territory.

Tree sparrow. Although down 58 per cent in the long term, the species
has increased by 11 per cent over the past five years. The increase is
concentrated in the 62 squares that took part in the Trust's nest-box
project, under which 2,400 boxes were installed between 2019 and 2021.

Greenfinch. The 33 per cent fall since 2019 is the sharpest short-term
decline in the table and is consistent with continued outbreaks of the
parasitic disease trichomonosis.

Lapwing. Volunteers reported widespread flooding of nests on spring-sown
fields in April and early May. Productivity is likely to have been very
low, and a further fall is expected in 2025.

Goldfinch. Now recorded in 1,702 squares, the goldfinch has more than
doubled since 1994, helped by garden feeding and weedy field margins.


4. VOLUNTEER SPOTLIGHT
----------------------
Margaret Ellingham, 71, a retired schoolteacher, has surveyed square
TL2386 near Kelbury Fen every spring since 1996. Asked what had changed,
she said:

"When I started, the corn buntings sang from every other fence post along
the drove. I haven't heard one on my square since 2017. But the margins
the farmer put in six years ago are humming with linnets now, so I keep
going out."


5. FUNDING
----------
The census cost £386,000 to run in 2024. Of this, 58 per cent was met
by donations from Trust members and the remaining 42 per cent by a grant
from the Countryside Monitoring Partnership. The Trust is grateful to all
its funders and to the 1,300-plus landowners who allow access to squares.


6. METHODS IN BRIEF
-------------------
Each square is visited twice: an early visit between 1 April and 15 May
and a late visit between 16 May and 30 June, at least four weeks apart.
Surveyors walk a 2 km transect, starting no later than 07:00, and record
all birds seen or heard in three distance bands. Visits are not made in
heavy rain or in winds above Beaufort force 4. Index values are produced
by the Trust's statistics team using log-linear models; the 1994 to 2023
series is also the basis of a peer-reviewed analysis by the University of
Wexcombe, due to be published in Rural Ecology Letters in June 2025.


7. CONTACT
----------
Census enquiries: bfbc@marshfieldbirds.org.uk | 01632 960 448
Press enquiries: Tom Azizi, Communications Manager, 01632 960 455

(c) Marshfield Bird Trust 2025. Data may be quoted with acknowledgement.
==========================================================================
`;

const files = { 'pes_press_release_embargoed.md': RELEASE, 'mbt_bfbc_2024_results_report.txt': REPORT };

describe("farmland birds: the journal's press release and the survey's report, with the product's word vectors", () => {
  withProductWordVectors();

  test('an index\'s base is no figure of the change: "stood at 64 in 2024 (1994 = 100), down from 66"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives down from 66, not down" (100 set against 66).
    verdict('supported', "The Trust's farmland bird index stood at 64 in 2024, where 1994 equals 100, down from 66 the year before.");
    verdict('supported', 'The farmland bird index stood at 64 in 2024, where 1994 equals 100, down from 66 the year before.');
    verdict('contradicted', "The farmland bird index stood at 64 in 2024, where 1994 equals 100, up from 66 the year before.", [['up', 'down']]);
  });
});
