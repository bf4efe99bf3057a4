/**
 * A food-poisoning outbreak: a health protection team's report (plain text) and the restaurant owner's statement
 * (Markdown). Two figures given the other way round between what they count ("Sixteen … were confirmed …, while 31
 * were probable" / "31 were confirmed cases, … and 16 were probable cases"); a figure after "not" ("3 days, not
 * 12") corrects a figure and denies nothing; "apologised" is "sorry". The sources are written for these tests (from
 * a helper's draft); the places, people and restaurant are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `NORTH MARSHFORD HEALTH PROTECTION TEAM
Outbreak Investigation Summary: Salmonella Enteritidis linked to The Copper Kettle, Wendlebury
Reference: NMHPT/2024/031
Published: Friday 20 September 2024

Summary

The North Marshford Health Protection Team investigated an outbreak of Salmonella Enteritidis, sequence type 11, associated with food served at The Copper Kettle, a 60-cover restaurant on Mill Lane in Wendlebury. The outbreak was declared on Wednesday 28 August 2024 and declared over on Thursday 19 September 2024.

Case numbers

In total, 47 cases were identified. Of these, 31 were confirmed cases, meaning Salmonella Enteritidis was isolated from a stool sample, and 16 were probable cases, meaning the person had symptoms consistent with salmonellosis and had eaten at the restaurant but was not tested. Eleven cases were admitted to hospital, nine of them to Marshford General Hospital and two to St Aldric's Hospital in Kettleby. One person died: a 78-year-old woman from Wendlebury who had underlying health conditions and died in hospital on Monday 2 September 2024.

Cases were aged between 4 and 81 years, with a median age of 39. Twenty-six cases (55%) were female. Dates of symptom onset ranged from Saturday 17 August to Tuesday 27 August 2024, with a peak on Monday 19 August, when 14 people became unwell. The most commonly reported symptoms were diarrhoea (94% of cases), abdominal pain (81%) and fever (68%).

Epidemiological investigation

A case-control study was carried out among 112 people who had dined at the restaurant between 16 and 25 August. Eating the chicken Caesar salad was strongly associated with illness: 38 of the 47 cases (81%) reported eating it, compared with 9 of 65 well diners (14%). The salad's dressing was made in-house with raw shell eggs and was prepared in batches each morning. No association was found with the mushroom risotto, the fish of the day or the desserts.

Inspection findings

Environmental health officers from Wendlebury District Council inspected the premises on Thursday 29 August 2024, the day after the outbreak was declared. Inspectors found that raw shell eggs had been used in the Caesar dressing, contrary to the restaurant's own food safety management plan, which specified pasteurised egg. The walk-in fridge was recorded at 11°C, above the legal maximum of 8°C, and temperature records had not been completed for 12 of the previous 21 days. Inspectors also noted that a single chopping board was being used for raw chicken and salad vegetables. The restaurant voluntarily closed on 29 August and the council served a Hygiene Emergency Prohibition Notice the following day, Friday 30 August. The premises' food hygiene rating was reduced from 4 to 1.

Laboratory results

The regional public health laboratory in Kettleby tested 23 food and environmental samples. Salmonella Enteritidis was recovered from 2 samples: a leftover portion of Caesar dressing and a swab taken from the shared chopping board. Whole genome sequencing showed that the isolates from these two samples were within 2 single nucleotide polymorphisms (SNPs) of the isolates from 29 of the 31 confirmed cases, indicating a common source. The strain matched eggs traced to a single supplier, Brackley Farm Eggs Ltd of Hollins Cross, from which the restaurant had received deliveries on 12 and 15 August. All 14 samples of staff faecal screening were negative.

Comment

Dr Priya Raman, Consultant in Health Protection at the North Marshford Health Protection Team, said: "This was a serious outbreak that caused a great deal of illness and, sadly, the death of one person, and our thoughts are with her family. The evidence points clearly to the Caesar dressing made with raw eggs, and it is a reminder that raw shell eggs should never be used in dishes that are not cooked."

Dr Raman added that the number of cases reported in this outbreak was more than three times the number in the last comparable outbreak in the district, in 2019, which involved 14 cases.

Actions

The team has shared its findings with the Food Standards Agency, which is investigating Brackley Farm Eggs Ltd. Anyone who becomes unwell with diarrhoea and fever should contact their GP or call NHS 111 and should not return to work in food handling until 48 hours after symptoms stop.
`;

const STATEMENT = `# Statement from The Copper Kettle, Wendlebury

*Issued on Tuesday 24 September 2024 by Martin Okafor, owner and head chef*

I want to begin by saying how deeply sorry I am. Forty-seven people became ill after eating food from our kitchen, and a woman from our own town lost her life. Nothing I write here can undo that.

"I am truly sorry to every person who fell ill, and above all to the family of the woman who died. We let our customers down, and I take full responsibility," said Martin Okafor, who has owned The Copper Kettle since 2016.

## Reopening

The Copper Kettle will reopen on Saturday 5 October 2024, following a re-inspection by Wendlebury District Council on Wednesday 2 October. The restaurant has been closed since Thursday 29 August, a total of 37 days by the date of reopening. We will reopen with a reduced menu of 14 dishes, down from 22, and for the first month we will open only five days a week, from Wednesday to Sunday.

## Measures we have taken

- We have stopped using raw shell eggs entirely. All egg-based sauces and dressings, including our Caesar dressing, are now made with pasteurised liquid egg.
- We have replaced the walk-in fridge with a new unit fitted with a continuous digital temperature monitor that sends an alarm to my phone if the temperature rises above 5°C.
- We have introduced colour-coded chopping boards and knives, with red boards used only for raw meat and green boards used only for salad and vegetables.
- We have hired an independent food safety consultancy, Halden Food Safety, to audit the kitchen every month for the next 12 months.
- We have rewritten our food safety management plan, and every member of staff has signed to confirm they have read it.

## Staff retraining

All 18 members of our staff, including front-of-house, have completed a Level 2 Food Hygiene certificate. Our six kitchen staff, including me, have also completed Level 3 Supervising Food Safety training. Our sous chef, Hannah Pryce, has been appointed as the restaurant's first dedicated food safety lead.

## Our supplier

We have ended our relationship with Brackley Farm Eggs Ltd, which had supplied our eggs since March 2021. From now on all of our eggs will come from Lowther Dairy Supplies of Kettleby, which supplies only pasteurised egg products to the trade.

## Where we disagree

We accept the findings of the Health Protection Team and the council almost in full. However, we do not agree with the inspection finding that temperature records for the walk-in fridge had not been completed for 12 of the previous 21 days. Our records for that period were kept on paper sheets in the office rather than in the kitchen logbook, and we have provided copies of those sheets to the council. We believe that records are missing for 3 days, not 12. We accept that even one missing day is not acceptable.

We also want to be clear that the fridge fault, which our engineer traced to a failed compressor fan, was first reported to our refrigeration contractor on Friday 23 August, six days before the inspection.

## Support for those affected

We will refund every customer who ate at The Copper Kettle between 16 and 25 August, whether or not they were ill. We have also donated £5,000 to the Marshford General Hospital League of Friends, the charity that supports the hospital where nine of those affected were treated.

"My family has run restaurants in this county for thirty years, and we have never had anything like this happen. I will spend every day making sure it never happens again," Mr Okafor said.

Anyone who wishes to contact us directly can write to Martin Okafor at The Copper Kettle, 14 Mill Lane, Wendlebury.
`;

const files = { 'outbreak-report.txt': REPORT, 'restaurant-statement.md': STATEMENT };

describe('a food-poisoning outbreak: swapped counts, corrections, apologies; with the product\'s word vectors', () => {
  withProductWordVectors();

  test('confirmed and probable cases swapped; "3 days, not 12"; "apologised"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    verdict('contradicted', 'Sixteen of the cases were confirmed, while 31 were probable.', [['Sixteen', '31']]);
    verdict('supported', 'Thirty-one of the cases were confirmed, while 16 were probable.');
    verdict('supported', 'Okafor disputes the finding that fridge temperature records were missing for 12 of the previous 21 days, saying only 3 days were missing.');
    verdict('unsupported', 'Okafor disputes the finding that fridge temperature records were missing for 12 of the previous 21 days, saying only 7 days were missing.');
    verdict('supported', 'Martin Okafor apologised to every person who fell ill.');
  });
});
