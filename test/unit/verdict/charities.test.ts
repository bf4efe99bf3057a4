/**
 * A charity's annual report (with a table of income) and its chief executive's interview, against a writer's draft:
 * a figure "double the previous year's figure of 2,600", forms of one word the stemmer keeps apart ("Referrals" /
 * "referred"), shares of spending each under its own label, all of a group where the source says most. Both sources
 * are written for these tests (from a helper's drafts); the charity and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# Riverside Food Network — Annual Report 2023/24

*Financial year ended 31 March 2024. Registered charity no. 1154872.*

## Summary from the Chair

Riverside Food Network distributed food parcels to 48,300 people across the Tyne valley in 2023/24, up from 39,800 the year before, a rise of 21 per cent. Demand peaked in January 2024, when our fourteen hubs handed out 6,150 parcels in a single month.

Total income rose to £4.2 million, compared with £3.6 million in 2022/23. Total expenditure was £4.5 million, leaving a deficit of £300,000 that was met from reserves. Reserves fell from £1.9 million to £1.6 million, equal to about four months of running costs.

Charitable activities accounted for 87 per cent of spending; fundraising costs made up 9 per cent and governance the remaining 4 per cent.

## People

At year end the charity had 112 paid staff, of whom 71 worked full time, up from 96 staff a year earlier. Our volunteers numbered 2,340, down from 2,610 in 2022/23, and gave an estimated 186,000 hours. The chair, Margaret Osei, thanked volunteers "who kept every hub open through the coldest winter in a decade".

The highest-paid employee, the chief executive, received a salary of £98,500. No trustee was paid for their role.

## Income by source

| Source | 2023/24 | 2022/23 | Change |
|---|---|---|---|
| Individual donations | £1,640,000 | £1,410,000 | +16% |
| Grants from trusts and foundations | £1,120,000 | £980,000 | +14% |
| Local authority contracts | £760,000 | £820,000 | -7% |
| Corporate partnerships | £430,000 | £250,000 | +72% |
| Legacies | £250,000 | £140,000 | +79% |
| **Total** | **£4,200,000** | **£3,600,000** | **+17%** |

Individual donations remained the largest single source of income, at 39 per cent of the total. Income from local authority contracts fell after Northfield Council cut its emergency food budget in September 2023.

## Outcomes

- 1.9 million meals' worth of food distributed, against 1.5 million in 2022/23.
- 5,200 households referred to debt advice, double the previous year's figure of 2,600.
- Three new hubs opened, in Hexley, Bramford and Cowley Bridge.
- Food rescued from supermarkets: 1,240 tonnes, of which about a third was fresh produce.

## Looking ahead

The trustees have approved a budget of £4.8 million for 2024/25 and aim to rebuild reserves to six months of running costs by March 2027. The charity will open a warehouse in Gateshead in autumn 2024, funded by a £600,000 grant from the Harland Foundation.

Approved by the board of trustees on 18 July 2024.
`;

const INTERVIEW = `Transcript: interview with Daniel Achebe, chief executive of Riverside Food Network
Recorded 23 July 2024 at the charity's Walker Road hub. Interviewer: Sophie Lang, Tyne Gazette.

SOPHIE LANG: Your annual report shows the number of people you helped went up by a fifth. What is driving that?

DANIEL ACHEBE: It's mostly working families now. Five years ago most of the people coming through our doors were out of work. Today roughly six in ten of the households we see have at least one adult in a job. Rents have gone up, energy bills went up, and wages simply haven't kept pace.

SOPHIE LANG: You ran a deficit of three hundred thousand pounds. Is that sustainable?

DANIEL ACHEBE: Not for long, no. We made a deliberate choice to dip into reserves rather than turn people away over the winter. But I'm not going to pretend we can do that again next year. We have to grow our income, and we've already started talking to two new corporate partners.

SOPHIE LANG: The council cut its contract with you. How much did that hurt?

DANIEL ACHEBE: We lost about sixty thousand pounds from local authority work. Northfield told us in August that the emergency food budget was going, and the cut took effect the following month. I understand the pressure councils are under, but the need didn't go away just because the funding did.

SOPHIE LANG: Volunteer numbers dropped. Why?

DANIEL ACHEBE: A lot of our longest-serving volunteers are retired people, and some of them have had to go back to work or care for relatives. We lost about 270 volunteers over the year. The ones who stayed are giving more hours than ever, but we're recruiting, and we want to reach 3,000 volunteers by the end of 2025.

SOPHIE LANG: You took on more staff while income was under strain.

DANIEL ACHEBE: We did, we added sixteen posts, most of them hub coordinators. Volunteers can't be expected to run a site that opens six days a week. Every one of those jobs is paid at least the real living wage, which we committed to in 2021.

SOPHIE LANG: What about the new warehouse?

DANIEL ACHEBE: Gateshead is the big one. The Harland Foundation grant covers the fit-out, and once it's open in October we expect to be able to store twice as much chilled food as we can now. That means less waste and more fresh produce in the parcels.

SOPHIE LANG: What would you say to the government?

DANIEL ACHEBE: Food banks were meant to be a temporary fix. We've been "temporary" for fifteen years. I'd like to see a Riverside that doesn't need to exist, but I don't expect to see that before I retire.

SOPHIE LANG: And how long have you been in the job?

DANIEL ACHEBE: Seven years this September. I came from Shelter, where I was regional director for the North East.

[Ends]
`;

describe('a charity\'s annual report and its chief executive\'s interview, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"double the previous year\'s figure" is a doubling; "Referrals" and "referred" are one word', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'annual-report-2024.md': REPORT }));
    verdict('supported', 'The number of households referred for debt advice doubled to 5,200.');
    verdict('supported', 'Referrals to debt advice doubled to 5,200 households.');
    verdict('contradicted', 'The number of households referred for debt advice tripled to 5,200.', [['tripled', 'double']]);
  });

  test('shares of spending, each under its own label, the list\'s "of spending" said once', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'annual-report-2024.md': REPORT }));
    verdict('supported', 'Charitable activities accounted for 87 per cent of spending.');
    verdict('supported', 'Fundraising accounted for 9 per cent of spending.');
    verdict('contradicted', "Fundraising accounted for 87 per cent of the charity's spending.", [['87 per cent', '9 per cent']]);
    verdict('contradicted', "Governance accounted for 87 per cent of the charity's spending.", [['87 per cent', '4 per cent']]);
  });

  test('all of a group where the interview says most of it', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'ceo-interview.txt': INTERVIEW }));
    verdict('supported', 'Most of the sixteen new posts were hub coordinators, Achebe said.');
    verdict('contradicted', 'All of the sixteen new posts were hub coordinators, Achebe said.', [['All', 'most']]);
    verdict('contradicted', 'Achebe said the charity added sixteen posts, all of them hub coordinators.', [['all', 'most']]);
  });
});
