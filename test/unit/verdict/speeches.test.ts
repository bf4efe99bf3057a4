/**
 * A party leader's conference speech and the party's costings briefing, against a writer's draft: posts before a
 * name after a possessive ("its head of policy, Daniel Strand,"), a head of one thing for the head of another,
 * "formerly deputy governor" for "a former deputy governor", and a denial of a list. Both sources are written for these tests (from a
 * helper's drafts); the party and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const SPEECH = `EMBARGOED UNTIL 14:30 WEDNESDAY 8 OCTOBER 2025
CHECK AGAINST DELIVERY

Speech by Miriam Harlow, Leader of the Civic Renewal Party, to the party's annual conference at the Ashgate Exhibition Centre, Norbury

Friends, thank you. It is good to be back in Norbury, the town where I was first elected to the council nineteen years ago.

Let me start with the thing I hear on every doorstep: people cannot see a GP. Waiting times for a routine appointment now average 23 days. That is not a health service, that is a queue. So today I can announce that a Civic Renewal government will recruit 4,000 additional GPs by the end of 2029. We will pay for it, every penny, by closing the non-resident property tax loophole.

Second, homes. Under this government, housebuilding has fallen to 148,000 completions last year, the lowest figure in a decade. We will build 300,000 homes a year, and one in three of them will be for social rent. We will set up a National Homes Agency in our first hundred days, led from day one by a chief executive with powers to buy land at existing-use value.

Third, the cost of living. Families are paying too much for energy. We will cut VAT on household energy bills from five per cent to zero for two years, starting in April 2026. That will save the typical household around £90 a year.

And to the young people watching: we will scrap the planned rise in tuition fees. Fees will be frozen at £9,250 for the whole of the next parliament.

Now, you will have heard what the Prime Minister, Gordon Pryce, said last week. He said our plans would cost £60 billion. He is wrong. He knows he is wrong. Our plans are fully costed, and the Institute for Budget Analysis will publish its review of them in November. Mr Pryce promised to cut waiting lists in 2022. He promised to build 250,000 homes a year. He has done neither. His own Chancellor, Fiona Marsh, has cut the capital budget for schools by £1.2 billion.

We will not raise income tax, national insurance or VAT on working people. Not a penny. Instead, we will raise the bank levy from 3.2 per cent to 4 per cent, and we will put a windfall tax on the profits of energy generators.

Let me say something about the economy. Growth last year was 0.4 per cent. Business investment has fallen for three quarters in a row. We will set up a £20 billion National Renewal Fund over ten years to invest in ports, rail and clean energy, with private investors matching every pound of public money.

Finally, democracy itself. We will lower the voting age to sixteen in time for the next general election, and we will replace the House of Lords with an elected Senate of the Regions within our first term.

Friends, I did not come into politics to manage decline. I came into politics because my mother, a school cleaner in Norbury, taught me that nobody is beneath anybody. That is what this party stands for. Let's go out and win.

ENDS
`;

const BRIEFING = `# Civic Renewal Party — Policy Briefing Note

**For:** Lobby and political correspondents
**From:** Civic Renewal Party Press Office
**Date:** 8 October 2025
**Subject:** Costings for pledges in the Leader's conference speech

## Summary

The pledges announced by Miriam Harlow today have a combined annual day-to-day cost of £7.1 billion by 2028-29, fully funded from the revenue measures set out below. The National Renewal Fund is capital spending and sits outside this total.

## Pledges, costs and start dates

| Pledge | Annual cost | Start date | Funded by |
|---|---|---|---|
| 4,000 additional GPs | £1.1bn | April 2026 (phased to 2029) | Closing non-resident property tax loophole |
| National Homes Agency | £0.4bn | January 2026 | Bank levy increase |
| Zero VAT on household energy bills (two years) | £2.6bn | April 2026 | Windfall tax on energy generators |
| Tuition fee freeze at £9,250 | £0.9bn | September 2026 | Bank levy increase |
| Social rent homes programme | £2.1bn | April 2027 | Bank levy increase |
| **Total** | **£7.1bn** | | |

## Revenue measures

- Raising the bank levy from 3.2% to 4% is expected to raise £3.6 billion a year.
- A windfall tax on energy generators' excess profits would raise £2.8 billion a year for two years, matching the temporary VAT cut.
- Closing the non-resident property tax loophole would raise £1.3 billion a year from 2026-27.

## National Renewal Fund

The £20 billion fund will be spread over ten years, so that £2 billion a year of public capital is committed. Private co-investment is expected to match it pound for pound, bringing total investment to £40 billion. The fund will be chaired by Sir Anthony Okafor, formerly deputy governor of the central bank, who has agreed to serve for an initial term of three years.

## Context

The Treasury's own figures show GP numbers have fallen by eight hundred since 2021. The party's analysis, carried out by its head of policy, Daniel Strand, finds that the zero-rate VAT measure would save the average household £86 a year, rounded in the speech to £90.

The Institute for Budget Analysis is expected to publish an independent review of the costings on 19 November.

## Spokesperson's quote

Priya Venkatesh, the party's Shadow Chancellor, said: "Every pledge in Miriam's speech is paid for. We are not borrowing a single pound for day-to-day spending. The Prime Minister's claim of £60 billion is a fantasy figure, and he should withdraw it. Our numbers are modest, honest and fully funded, and we welcome the Institute's scrutiny."

## Contact

Press office: 020 7946 0312 (out of hours: 07700 900418)
`;

describe('a conference speech and its costings, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a post before the name after "its"; the head of what', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'speech_harlow_conference.txt': SPEECH, 'policy_briefing_costings.md': BRIEFING }));
    verdict('supported', "Daniel Strand, the party's head of policy, found the VAT measure would save the average household £86 a year.");
    verdict('contradicted', "Daniel Strand, the party's chief economist, found the VAT measure would save the average household £86 a year.", [["party's chief economist", 'head of policy']]);
    verdict('contradicted', "Daniel Strand, the party's head of communications, found the VAT measure would save the average household £86 a year.", [["party's head of communications", 'head of policy']]);
  });

  test('a denial that runs on into a list denies every item: "We will not raise income tax, national insurance or VAT"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'speech_harlow_conference.txt': SPEECH }));
    verdict('contradicted', 'Harlow said a Civic Renewal government would raise income tax on working people.');
    verdict('contradicted', 'Harlow said a Civic Renewal government would raise national insurance on working people.');
    verdict('contradicted', 'Harlow said a Civic Renewal government would raise VAT on working people.');
    verdict('supported', 'Harlow said a Civic Renewal government would not raise national insurance.');
  });

  test('"formerly deputy governor" is a former deputy governor', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'policy_briefing_costings.md': BRIEFING }));
    verdict('supported', 'The fund will be chaired by Sir Anthony Okafor, a former deputy governor of the central bank, for an initial three-year term.');
  });
});
