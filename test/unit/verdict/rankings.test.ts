/**
 * A league table publisher's release and a museum's annual review, against a writer's draft: "moves up one place"
 * says "climbed one place"; "saw the largest proportional growth, while … recorded a fall" gives no direction
 * against a claim that one site's attendance rose. Both sources are written for these tests (from helpers'
 * drafts); the universities and museums are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RANKINGS = `# Harrowgate Guide to Universities 2025: National League Table

**Embargoed until 00:01, Tuesday 17 September 2024**

**Issued by:** Harrowgate Education Data Ltd, 14 Calder Street, Leeds
**Contact:** press office, 0113 496 0712

The Harrowgate Guide to Universities 2025 is published today. The national league table ranks 128 UK universities on teaching quality, student experience, research, graduate outcomes and entry standards.

Ashcombe University keeps first place for the third year in a row, with an overall score of 1,000. The University of Kelbridge stays second on 962, and Marlow College London moves up one place to third on 941.

The biggest story in the top twelve is Pennfield University, which climbs six places to fifth, its highest position since the guide began in 1998. Pennfield's student satisfaction rate of 89.4% is the best of any university in the top twelve.

## Top 12

| Rank 2025 | Rank 2024 | University | Overall score | Student satisfaction (%) | Graduate prospects (%) |
|---|---|---|---|---|---|
| 1 | 1 | Ashcombe University | 1,000 | 84.1 | 91.2 |
| 2 | 2 | University of Kelbridge | 962 | 82.7 | 90.5 |
| 3 | 4 | Marlow College London | 941 | 80.3 | 92.8 |
| 4 | 3 | University of St Oswin | 929 | 85.6 | 88.1 |
| 5 | 11 | Pennfield University | 917 | 89.4 | 86.7 |
| 6 | 5 | Durnford University | 905 | 83.9 | 87.4 |
| 7 | 9 | University of Westholme | 898 | 86.2 | 85.9 |
| 8 | 6 | Carrick University | 887 | 81.5 | 89.3 |
| 9 | 7 | Lanmouth University | 879 | 84.8 | 84.6 |
| 10 | 14 | University of Brackley | 866 | 87.1 | 83.2 |
| 11 | 8 | Hollins Institute of Technology | 858 | 78.9 | 90.1 |
| 12 | 10 | Queensmead University | 851 | 82.2 | 85.5 |

## Biggest risers and fallers

**Risers.** Pennfield University's rise of six places, from 11th to fifth, is the largest in the top twelve. The University of Brackley climbs four places to tenth and enters the top ten for the first time, helped by a student satisfaction rate of 87.1%. The University of Westholme moves up two places to seventh.

Outside the top twelve, the biggest climber in the whole table is Tarnside University, which rises 19 places to 41st after a sharp improvement in graduate prospects.

**Fallers.** The Hollins Institute of Technology drops three places to 11th and leaves the top ten for the first time in a decade. Its graduate prospects score of 90.1% remains among the highest in the country, but its student satisfaction rate of 78.9% is the lowest in the top twelve. Carrick University and Lanmouth University each fall two places, to eighth and ninth. Queensmead University slips from tenth to 12th.

The University of St Oswin loses one place to fourth despite recording the second-highest student satisfaction in the top five, at 85.6%.

## Comment

Dr Helena Marsh, editor of the Harrowgate Guide, said: "Pennfield's rise is the result of sustained investment in teaching and support rather than a single good year. Students are telling us, very clearly, that they feel looked after."

On the falls at the top of the table, she added: "A drop of two or three places near the top reflects margins of only a few points. Nobody should read that as a crisis."

## Methodology

The overall score is built from eight measures: student satisfaction with teaching (15%), student satisfaction with the wider experience (10%), research quality (20%), graduate prospects (20%), entry standards (15%), student-staff ratio (10%), spending on academic services (5%) and degree completion (5%).

Student satisfaction figures come from the National Student Survey 2024 and show the percentage of final-year undergraduates who agreed that they were satisfied overall. Graduate prospects show the percentage of graduates in highly skilled employment or further study 15 months after finishing their course, from the Graduate Outcomes survey.

Scores are scaled so that the top university receives 1,000. Institutions with fewer than 1,500 full-time undergraduates are not ranked. Where data for a measure were missing, the guide used the institution's figure from the previous year.

Because of changes to the research quality weighting this year, the 2024 ranks shown in the table have been recalculated using the 2025 method and may differ from those published last year.

## Notes to editors

1. The full table of 128 universities, with subject tables for 70 subjects, is available at harrowgateguide.co.uk from 00:01 on 17 September 2024.
2. The Harrowgate Guide to Universities has been published annually since 1998.

ENDS
`;

const REVIEW = `# National Museum of Caledonia: Annual Review 2023/24

**For immediate release — Embargoed until 00:01, Thursday 18 July 2024**

The National Museum of Caledonia (NMC) today published its Annual Review for the financial year April 2023 to March 2024, reporting its highest attendance since before the pandemic. Across its four sites, the museum welcomed 1,962,400 visitors, an increase of 11.4% on the 1,761,700 recorded in 2022/23.

The flagship Chambers Street site in Edinburgh remained the most visited, attracting 1,214,300 people. The National Museum of Flight at East Fortune saw the largest proportional growth, while the National Museum of Rural Life at Kittochside recorded a fall in attendance following the closure of its farmhouse for conservation work.

## Visitors by site

| Site | 2022/23 | 2023/24 | % change |
|---|---|---|---|
| Chambers Street, Edinburgh | 1,098,500 | 1,214,300 | +10.5% |
| National Museum of Flight, East Fortune | 186,200 | 238,900 | +28.3% |
| National War Museum, Edinburgh Castle | 341,600 | 390,800 | +14.4% |
| National Museum of Rural Life, Kittochside | 135,400 | 118,400 | -12.6% |
| **Total** | **1,761,700** | **1,962,400** | **+11.4%** |

## Exhibitions

The year's most visited exhibition was *Viking Seas: Raiders and Traders*, which ran at Chambers Street from 14 October 2023 to 25 February 2024 and was seen by 187,600 visitors. It was followed by *Ink and Iron: Printing the Nation*, open from 1 April to 3 September 2023, which drew 96,300 visitors, and *Wings over Caledonia* at East Fortune (27 May to 29 October 2023), with 64,100 visitors.

Dr Fiona MacRae, Director of the National Museum of Caledonia, said: "Viking Seas exceeded every expectation we had for it. Nearly 188,000 people came through its doors, and more than a third of them told us it was their first visit to the museum in over five years."

## Audiences

Overseas visitors accounted for 21% of all visits in 2023/24, up from 17% the previous year, with the United States, Germany and France the largest markets. Visitors from elsewhere in the UK made up 34% of the total, and 45% came from within Scotland.

The museum's learning programme welcomed 58,700 school pupils on organised visits, a rise of 6% on the previous year, from 1,412 schools. Of these, 212 schools visited for the first time, supported by the museum's free travel subsidy for schools in areas of high deprivation.

## Income

Total income for the year was £41.8m. The largest component was grant-in-aid from the Scottish Government, which amounted to £27.4m, unchanged in cash terms from 2022/23. Trading income, covering retail, catering, venue hire and ticketed exhibitions, rose to £8.9m from £7.2m. Donations, legacies and sponsorship brought in £5.5m, including a single legacy of £1.1m from the estate of the late collector Margaret Doig.

Alasdair Kerr, Chair of the Board of Trustees, said: "Grant-in-aid that stands still in cash terms is a real-terms cut. We are grateful to the Scottish Government, but our growth in self-generated income cannot go on filling that gap indefinitely."

## Looking ahead

The museum confirmed that the Grand Gallery at Chambers Street will close in January 2025 for a major refurbishment of its roof and glazing. Further details are set out by the Director in interview. Admission to the permanent collections at all four sites remains free.

The museum will also launch a new digital collections portal in autumn 2024, making 250,000 object records available online for the first time.

## Notes to editors

1. The National Museum of Caledonia is a non-departmental public body sponsored by the Scottish Government. It cares for more than 12 million objects.
2. Visitor figures are counted by automatic door counters at each site and verified by independent audit. Figures for the National War Museum are supplied under agreement with Historic Environment Caledonia, which operates Edinburgh Castle.
3. Overseas share is based on the museum's year-round visitor survey of 9,640 respondents.
4. The financial year runs from 1 April to 31 March.
5. High-resolution images are available from the press office.

**Media contact:** Rhona Baird, Press Office, National Museum of Caledonia, 0131 555 0192, press@nmcaledonia.org.uk

ENDS
`;

describe('league tables and annual figures, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"moves up one place" / "climbed one place"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'rankings.md': RANKINGS }));
    verdict('supported', 'Marlow College London climbed one place to third with a score of 941.');
  });

  test('"growth" of one site against "a fall" of another in one sentence', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'annual-review.md': REVIEW }));
    verdict('supported', 'Attendance at the National Museum of Flight in East Fortune rose by 28.3% to 238,900.');
    verdict('contradicted', 'Attendance at the National Museum of Flight in East Fortune fell by 28.3% to 238,900.');
  });
});
