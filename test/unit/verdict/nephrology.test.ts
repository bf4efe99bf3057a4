/**
 * A drug trial: the university's press release (Markdown) and the lead researcher's interview (transcript). The
 * sources are written for these tests (from a helper's draft); the trial and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `---
title: "Common blood pressure pill slows kidney decline by almost a third, Northmoor trial finds"
date: 2025-10-15
---

[Home](https://www.northmoor.ac.uk/) › [News](https://www.northmoor.ac.uk/news/) › [Press releases](https://www.northmoor.ac.uk/news/press/)

# Common blood pressure pill slows kidney decline by almost a third, Northmoor trial finds

**EMBARGOED until 00:01 BST, Wednesday 15 October 2025**

*University of Northmoor Press Office, Halbridge*

A widely prescribed blood pressure drug slowed the loss of kidney function by 31% in people with moderate chronic kidney disease, according to a three-year trial led by researchers at the University of Northmoor.

The SLOW-CKD trial, published today in the *Journal of Clinical Nephrology*, followed 1,248 adults with stage 3 chronic kidney disease at 14 NHS hospitals in England and Wales. Half were given 50 mg of losartan once a day and half a matching placebo, on top of their usual care. Neither the patients nor their doctors knew which tablet they were taking.

The trial was funded by a £3.6 million grant from the British Renal Research Trust.

## Key findings

- Patients taking losartan lost an average of 2.9 mL/min/1.73m² of kidney function (eGFR) a year, compared with 4.2 mL/min/1.73m² a year on placebo, a 31% slower decline.
- 51 of the 624 patients on losartan (8.2%) progressed to kidney failure or started dialysis within 36 months, against 79 of the 624 patients on placebo (12.7%).
- Dizziness was the most common side effect, reported by 6.4% of the losartan group and 3.9% of the placebo group.
- 37 patients (3.0%) withdrew from the trial because of side effects.

## A drug "on the shelf for thirty years"

Losartan was first approved in the UK in 1995 and is taken by more than 1.8 million people in England, mostly for high blood pressure. It is off patent and costs the NHS about 4p a tablet.

Patients aged between 40 and 79 were recruited between March 2021 and September 2022; their average age was 63. None had diabetes, which was the subject of earlier trials of the drug.

The lead author, Professor Miriam Adeyemi-Clarke, Professor of Renal Medicine at the University of Northmoor's School of Medicine and a consultant nephrologist at Halbridge Royal Infirmary, said:

"We have had this drug on the shelf for thirty years, and it turns out it can do far more for the kidneys than we gave it credit for. For a tablet that costs the NHS about 4p a day, that is a remarkable return."

She added: "These are people who are usually told to come back in six months and see how things go. Now we can offer them something."

Dr Tomasz Wrona, senior lecturer in medical statistics and the trial's chief statistician, said: "The effect held in every subgroup we looked at, including patients over 70 and those with the lowest kidney function at the start."

## Funders and charities welcome the results

Dr Alan Fairweather, director of research at the British Renal Research Trust, said: "This is exactly the kind of question the pharmaceutical industry has no reason to ask, because nobody makes money from an old pill. That is why we paid for it."

Gareth Pryce, chief executive of the patient charity Kidney Care Alliance, said: "Around 3.2 million people in the UK are living with stage 3 kidney disease, and most of them have never been offered a treatment that slows it down. This could change that within a year."

Professor Dame Helen Sutcliffe, Vice-Chancellor of the University of Northmoor, said: "SLOW-CKD shows what a regional university and its hospitals can do together for patients."

## What happens next

A follow-up trial, SLOW-CKD2, will test a higher dose of 100 mg a day and will include patients with type 2 diabetes. It is due to begin recruiting in January 2026 at 22 hospitals, including three in Scotland, and aims to enrol 2,000 patients.

The researchers stress that patients should not start, stop or change any medicine without first speaking to their GP or kidney specialist.

## Notes to editors

1. The paper, "Losartan and the progression of non-diabetic stage 3 chronic kidney disease (SLOW-CKD): a randomised, double-blind, placebo-controlled trial", is published in the *Journal of Clinical Nephrology* on Wednesday 15 October 2025. DOI: 10.5521/jcn.2025.4417.
2. The 14 trial sites included Halbridge Royal Infirmary, which recruited the most patients (212), St Cuthbert's Hospital in Durham and the Llandaff General Hospital in Cardiff.
3. eGFR (estimated glomerular filtration rate) measures how well the kidneys filter the blood. A healthy adult's eGFR is usually above 90 mL/min/1.73m²; stage 3 disease is an eGFR between 30 and 59.
4. **About the University of Northmoor.** Founded in 1889, the University of Northmoor is a research university in Halbridge with more than 24,000 students. Its School of Medicine opened in 1962.
5. **About the British Renal Research Trust.** The British Renal Research Trust is a charity founded in 1978 that funds research into kidney disease. It spent £11.4 million on research in 2024.

## Media contacts

Jake Lindqvist, Senior Press Officer, University of Northmoor
Telephone: 01632 960 418 | Email: press@northmoor.ac.uk

Out of hours: 07700 900 263

---

[Accessibility](https://www.northmoor.ac.uk/accessibility) · [Privacy](https://www.northmoor.ac.uk/privacy) · © 2025 University of Northmoor. Registered charity no. 1139472.
`;

const INTERVIEW = `Interview transcript: Professor Miriam Adeyemi-Clarke, Professor of Renal Medicine, University of Northmoor
Interviewer: Hannah Losely, health correspondent, Halbridge Evening Post
Recorded Thursday 16 October 2025 by video call, 10:30 to 10:52. Transcribed by the desk; lightly edited for length.

[00:00:04] LOSELY: Professor Adeyemi-Clarke, thank you for making time. Your trial has been in every paper this morning. How does it feel?

[00:00:11] ADEYEMI-CLARKE: A bit overwhelming, honestly. We spent seven years on this, and the phone has not stopped since six o'clock yesterday morning.

[00:00:20] LOSELY: Seven years? The trial itself ran for three.

[00:00:24] ADEYEMI-CLARKE: The trial did, yes. But the idea goes back to 2018, to my clinic at Halbridge Royal Infirmary. I noticed that a handful of patients who happened to be on losartan for their blood pressure were holding their kidney function much better than the others. It took us two years to design the study and win the funding, and then Covid delayed the start. Our first patient was recruited on Monday 8 March 2021.

[00:00:51] LOSELY: Let's talk about the result. In plain English, what did you find?

[00:00:56] ADEYEMI-CLARKE: In plain English: people on the drug lost kidney function about a third more slowly. On placebo, patients lost 4.2 units of eGFR a year; on losartan, 2.9. That is a 31% slower decline. And fewer of them ended up on dialysis or with kidney failure, 8.2% against 12.7%.

[00:01:18] LOSELY: Were you surprised?

[00:01:20] ADEYEMI-CLARKE: By the size, yes. We designed the trial to detect a 20% difference. We did not expect 31. When Tomasz showed me the unblinded results in July, I made him run them again.

[00:01:33] LOSELY: That is Dr Wrona, your statistician.

[00:01:36] ADEYEMI-CLARKE: Yes, Dr Tomasz Wrona. He ran them again, and then a second time, and they were the same.

[00:01:42] LOSELY: How does the drug actually work on the kidney?

[00:01:46] ADEYEMI-CLARKE: Losartan blocks a hormone called angiotensin II. In the kidney that lowers the pressure inside the tiny filters, the glomeruli, so they are damaged less over time. We also saw the amount of protein leaking into the urine fall by 24% in the losartan group, which is a good sign the filters are under less strain.

[00:02:08] LOSELY: Who took part?

[00:02:10] ADEYEMI-CLARKE: 1,248 adults, aged 40 to 79, at 14 hospitals in England and Wales. Fifty-eight per cent were men. None had diabetes. Our own hospital recruited 212 of them, more than any other site.

[00:02:25] LOSELY: What about side effects?

[00:02:28] ADEYEMI-CLARKE: Mostly dizziness, in 6.4% of people on losartan, usually in the first fortnight. Thirty-seven people stopped because of side effects, which is 3%. We also watch potassium levels, and two patients needed their dose stopped for high potassium. Nobody died because of the drug.

[00:02:46] LOSELY: The press release quotes you saying the drug has been "on the shelf for thirty years". Why has nobody tested this before?

[00:02:53] ADEYEMI-CLARKE: Because there is no money in it. Losartan has been off patent for more than a decade. No company is going to spend £3.6 million to show that a 4p tablet works. That is why the British Renal Research Trust matters so much.

[00:03:08] LOSELY: Should my readers with kidney disease go and ask their GP for it?

[00:03:12] ADEYEMI-CLARKE: They should talk to their GP, yes, but please do not start or stop anything on your own. Losartan is not for everyone. If your blood pressure is already low, or you are pregnant, it is not the right drug. The conversation is the right first step.

[00:03:27] LOSELY: How quickly could this change practice?

[00:03:30] ADEYEMI-CLARKE: NICE would need to look at the evidence, and that usually takes at least eighteen months. I would like to see it in the guidelines by 2027. But doctors can already prescribe losartan, so some will start using it this winter.

[00:03:44] LOSELY: And the next trial?

[00:03:46] ADEYEMI-CLARKE: SLOW-CKD2. We will test 100 mg rather than 50, and this time we will include people with type 2 diabetes. We start recruiting in January at 22 hospitals, three of them in Scotland, and we want 2,000 patients.

[00:04:01] LOSELY: Who is funding that one?

[00:04:03] ADEYEMI-CLARKE: The British Renal Research Trust again, with £5.1 million, and the Kidney Care Alliance is paying for the patient nurses, about £400,000.

[00:04:12] LOSELY: Last question. What did your patients say when they heard?

[00:04:16] ADEYEMI-CLARKE: One of them, a retired bus driver from Halbridge who has been in the trial since 2021, rang the unit and said, "So I wasn't taking a sugar pill after all." He was right, as it happens. He was on losartan.

[00:04:30] LOSELY: Professor Adeyemi-Clarke, thank you.

[00:04:32] ADEYEMI-CLARKE: Thank you, Hannah. It was a pleasure.

[END OF TRANSCRIPT]
`;

const files = { 'press-release.md': RELEASE, 'interview-adeyemi-clarke.txt': INTERVIEW };

describe("a kidney drug trial: the release and the interview, with the product's word vectors", () => {
  withProductWordVectors();

  test('a spaced "g" before "of" is grams: "50 g of losartan" / "50 mg of losartan"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported ("50 g" read as the number 50).
    verdict('contradicted', 'Half the participants took 50 g of losartan once a day and the other half a matching placebo.', [['50 g', '50 mg']]);
    verdict('supported', 'Half the participants took 50 mg of losartan once a day and the other half a matching placebo.');
  });

  test('"not yet able to prescribe" against "can already prescribe"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Professor Adeyemi-Clarke said that doctors are not yet able to prescribe losartan.');
    verdict('supported', 'Professor Adeyemi-Clarke said that doctors can already prescribe losartan.');
  });

  test('a name put in another name\'s place in the sentence: "The British Renal Research Trust is paying … for the patient nurses"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'The British Renal Research Trust is paying about £400,000 for the patient nurses on the follow-up trial, Professor Adeyemi-Clarke said.', [['British Renal Research Trust', 'Kidney Care Alliance']]);
    verdict('supported', 'The Kidney Care Alliance is paying about £400,000 for the patient nurses on the follow-up trial, Professor Adeyemi-Clarke said.');
  });
});
