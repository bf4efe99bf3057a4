/**
 * A health agency's weekly measles update (tables of cases, coverage and clinics) and a consultant's interview,
 * against a writer's draft: "people" counted as "patients"; weekdays in the plural ("on Mondays, Wednesdays and
 * Fridays"), which another clinic's row does not give to this one; "about 93 per cent" is not 97 per cent.
 * Both sources are written for these tests (from a helper's drafts); the places and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const UPDATE = `# Eastmoor Public Health Agency: Measles Weekly Update

**Reporting period:** Monday 3 March 2025 to Sunday 9 March 2025 (Week 10)
**Published:** Wednesday 12 March 2025
**Issued by:** Eastmoor Public Health Agency, Communicable Disease Surveillance Unit

## Summary

The measles outbreak in the Eastmoor area continued to grow during Week 10. A total of 47 new laboratory-confirmed cases were reported between 3 and 9 March, up from 31 in the previous week, an increase of 52%. This brings the total number of confirmed cases since the outbreak was declared on 20 January 2025 to 214.

Eleven patients were admitted to hospital during the reporting period, compared with seven the week before. Of the 214 confirmed cases to date, 38 have required hospital treatment. No deaths have been recorded. Most hospitalised patients were children under five, and two adults were treated for pneumonia.

The majority of confirmed cases (81%) were in people who had not received any dose of the MMR (measles, mumps and rubella) vaccine, or whose vaccination status was unknown.

## Confirmed cases by region, Week 10

| Region | Under 5 | 5 to 14 | 15 to 24 | 25 and over | Total Week 10 | Week 9 | Change |
|---|---|---|---|---|---|---|---|
| Harlow Vale | 9 | 7 | 2 | 1 | 19 | 11 | +8 |
| Kingsbridge North | 5 | 6 | 1 | 0 | 12 | 6 | +6 |
| Millbrook | 3 | 2 | 2 | 2 | 9 | 9 | 0 |
| Southcote | 2 | 1 | 0 | 1 | 4 | 2 | +2 |
| Ashford Green | 1 | 1 | 1 | 0 | 3 | 3 | 0 |
| **Total** | **20** | **17** | **6** | **4** | **47** | **31** | **+16** |

Harlow Vale remains the most affected region, accounting for 19 of the 47 new cases this week and 96 cases since the start of the outbreak. Kingsbridge North recorded the fastest relative growth, with weekly cases doubling from 6 to 12. Cases in Millbrook were unchanged. Children under five made up 20 of the week's cases, the largest single age group.

## Hospital admissions

| | Week 10 | Week 9 | Outbreak total |
|---|---|---|---|
| Hospital admissions | 11 | 7 | 38 |
| Of which under 5 | 7 | 4 | 23 |
| Admitted to intensive care | 1 | 0 | 3 |

One child was admitted to intensive care at Harlow Vale General Hospital during Week 10 and is reported to be in a stable condition.

## MMR vaccination coverage

Coverage figures below show the percentage of children who had received the vaccine by their fifth birthday, based on the most recent quarterly data (October to December 2024). The World Health Organization recommends 95% coverage with both doses to prevent sustained transmission.

| Region | First dose (MMR1) | Second dose (MMR2) |
|---|---|---|
| Harlow Vale | 84.2% | 71.5% |
| Kingsbridge North | 86.9% | 74.8% |
| Millbrook | 91.3% | 83.6% |
| Southcote | 93.7% | 87.1% |
| Ashford Green | 94.5% | 89.0% |
| **Eastmoor average** | **89.6%** | **80.3%** |

No region currently meets the 95% target for either dose. Second-dose coverage in Harlow Vale is the lowest in the area and is more than 23 percentage points below the target.

Uptake is improving. During Week 10, 1,283 doses of MMR vaccine were given in Eastmoor, compared with 902 in Week 9, a rise of 42%.

## Catch-up vaccination clinics

Free walk-in MMR clinics are available to anyone aged 12 months or older who has not had two doses. No appointment is needed. Bring your child's red book if you have it.

| Clinic | Location | Opening hours |
|---|---|---|
| Harlow Vale Community Hub | 14 Mercer Street, Harlow Vale | Tuesday and Thursday, 9am to 4pm |
| Kingsbridge Health Centre | Station Road, Kingsbridge North | Monday, Wednesday and Friday, 10am to 6pm |
| Millbrook Library (pop-up) | Church Lane, Millbrook | Saturday, 10am to 2pm |
| Southcote Medical Practice | 2 Orchard Way, Southcote | Wednesday, 1pm to 5pm |

Additional evening sessions will run at Harlow Vale Community Hub on Thursday 13 March and Thursday 20 March from 5pm to 8pm.

## Advice to the public

Measles is highly infectious and spreads through coughs and sneezes. Symptoms usually begin 10 to 12 days after exposure and include high fever, a runny nose, cough, red and watery eyes, followed a few days later by a blotchy red-brown rash.

Anyone who thinks they or their child may have measles should stay at home and phone their GP practice or call 111 before attending. Please do not go to a GP surgery, pharmacy or emergency department without calling ahead, as this risks infecting others in the waiting room.

People with measles should stay away from nursery, school or work for at least four days after the rash first appears.

Pregnant women, babies under one year old and people with weakened immune systems who have been in contact with a case should seek medical advice promptly.

## Next update

The next weekly update will be published on Wednesday 19 March 2025 and will cover the period 10 to 16 March.

*Media enquiries: press office, Eastmoor Public Health Agency.*
`;

const INTERVIEW = `TRANSCRIPT: Telephone interview, Eastmoor Evening Herald
Date: Thursday 13 March 2025
Interviewer: Rachel Okafor, health correspondent
Interviewee: Dr Sunil Marwaha, consultant in health protection, Eastmoor Public Health Agency
Duration: approx. 14 minutes. Lightly edited for clarity.

RACHEL OKAFOR: Dr Marwaha, thanks for your time. The latest figures show 47 new cases in a week. How worried should people be?

DR SUNIL MARWAHA: We are concerned, and I want to be honest about that. Forty-seven cases in seven days is the highest weekly figure we have seen since this outbreak began in January. But I'd stress that this is preventable. The vaccine works. Two doses of MMR give about 97 per cent protection against measles, and one dose gives around 93 per cent.

RACHEL OKAFOR: Why is Harlow Vale being hit so hard?

DR SUNIL MARWAHA: It comes down to coverage. In Harlow Vale only about seven in ten children have had their second dose by the age of five. When you have that many unprotected children living and going to school close together, measles will find them. Measles is one of the most infectious diseases we know. One person with measles can infect up to 15 others who aren't immune.

RACHEL OKAFOR: There has been talk of misinformation about the vaccine. Is that a factor?

DR SUNIL MARWAHA: It's part of the picture, but I wouldn't say it's the main thing. When we've spoken to parents at the clinics, what we hear most often is that they simply missed the appointment, or they couldn't get time off work, or they weren't sure whether their child was up to date. That's why we've moved to walk-in clinics with evening sessions. We want to remove every barrier we can.

RACHEL OKAFOR: How many people are coming forward?

DR SUNIL MARWAHA: Encouragingly, more every week. We gave just under 1,300 doses last week, which is up by around 40 per cent. At the Harlow Vale hub on Tuesday we had a queue out of the door before we opened. So the message is getting through.

RACHEL OKAFOR: Hospital admissions are rising too. What are you seeing?

DR SUNIL MARWAHA: Around one in six of the people who've caught measles in this outbreak have needed hospital care. Most of those are very young children. Measles is not a mild illness. It can cause pneumonia, and in rare cases inflammation of the brain. We currently have one child in intensive care, who I'm glad to say is stable. Thankfully nobody has died, and we want to keep it that way.

RACHEL OKAFOR: What should a parent do if they think their child has measles?

DR SUNIL MARWAHA: Please don't just turn up at your GP surgery or A&E. Phone first. If you walk into a busy waiting room with measles, you could infect a baby who is too young to be vaccinated, or someone having cancer treatment. Ring your GP or 111 and they will arrange for your child to be seen safely. And keep them off school or nursery for at least four days after the rash appears.

RACHEL OKAFOR: And for parents who aren't sure if their child has had both doses?

DR SUNIL MARWAHA: Check the red book, or ask your GP practice. If there's any doubt, get the vaccine. There is no harm in having an extra dose of MMR. It's never too late, either. Adults who missed out as children can come to the clinics too.

RACHEL OKAFOR: When do you expect the outbreak to peak?

DR SUNIL MARWAHA: It's hard to say. Realistically I think we'll see cases keep rising for at least the next two to three weeks, because of the incubation period. People infected now won't show symptoms for ten days or so. The vaccinations we give today will start to bend the curve by early April, I hope.

RACHEL OKAFOR: Is there anything else you'd like people to know?

DR SUNIL MARWAHA: Just that my colleague Dr Helen Ashworth, our director of public health, has written to every school in Harlow Vale and Kingsbridge North this week asking them to share the clinic details with parents. If you get that letter, please act on it. Don't wait until there's a case in your child's class.

RACHEL OKAFOR: Dr Marwaha, thank you.

DR SUNIL MARWAHA: Thank you.

[END OF TRANSCRIPT]
`;

describe('a measles outbreak: the weekly update and an interview, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Eleven people" are "Eleven patients"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'update.md': UPDATE, 'interview.txt': INTERVIEW }));
    verdict('supported', 'Eleven people were admitted to hospital during the week, up from seven.');
  });

  test('weekdays in the plural, and another row\'s weekdays', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'update.md': UPDATE, 'interview.txt': INTERVIEW }));
    verdict('supported', 'Kingsbridge Health Centre on Station Road runs walk-in clinics on Mondays, Wednesdays and Fridays from 10am to 6pm.');
    verdict('contradicted', 'Harlow Vale Community Hub runs walk-in clinics on Mondays and Wednesdays.');
  });

  test('"about 93 per cent" is not "about 97 per cent"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'update.md': UPDATE, 'interview.txt': INTERVIEW }));
    verdict('supported', 'Two doses of MMR give about 97 per cent protection against measles.');
    verdict('contradicted', 'Two doses of MMR give about 93 per cent protection against measles.', [['93 per cent', '97 per cent']]);
  });
});
