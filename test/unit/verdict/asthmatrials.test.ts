/**
 * An asthma inhaler trial: the university's press release (Markdown) and the trial's summary results page (HTML,
 * with a description list of the trial's people and tables of results). The sources are written for these tests (from
 * a helper's draft); the university, the drug and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# CASTLEMERE UNIVERSITY — NEWS RELEASE

**Ref:** CU/PR/25/118
**Issued by:** Castlemere University Press Office, jointly with Castlemere Royal Infirmary NHS Foundation Trust
**EMBARGOED UNTIL 00:01 BST, THURSDAY 12 JUNE 2025**

---

## Once-daily asthma inhaler cuts severe attacks by more than a third, Castlemere-led trial finds

A new once-daily asthma inhaler reduced the rate of severe asthma attacks by 38% compared with a standard twice-daily inhaler, according to the results of a major clinical trial led by Castlemere University and Castlemere Royal Infirmary.

The CLEARWAY trial followed 612 adults with moderate-to-severe asthma at 14 hospitals across England and Wales for 52 weeks. Half of the participants were given the experimental dry-powder inhaler, known as Aerivane (development code CR-3146), and half continued on a standard twice-daily steroid-plus-bronchodilator inhaler. Neither the patients nor their doctors knew which inhaler they were using.

The results were presented on Wednesday 11 June 2025 at 14:30 at the Airways UK Congress in Brackenport and are published today in the *European Journal of Airway Medicine*.

### Key findings

- Patients using Aerivane had an average of 0.41 severe asthma attacks per year, compared with 0.66 among those on the standard inhaler, a relative reduction of 38%.
- Lung function, measured as the volume of air a patient can force out in one second (FEV1), improved by an average of 142 ml after 24 weeks on Aerivane, against 63 ml on the standard inhaler.
- There were 11 asthma-related hospital admissions in the Aerivane group, compared with 24 in the comparison group.
- Daily use of blue "reliever" inhalers fell by 1.9 puffs a day on Aerivane and by 1.1 puffs a day on the standard inhaler.
- Rates of serious side effects were similar in the two groups: 9.1% of patients on Aerivane and 8.9% on the standard inhaler reported a serious adverse event.
- Oral thrush, a common side effect of inhaled steroids, was less frequent with Aerivane (3.9%) than with the standard inhaler (6.2%).

### "A genuine step forward"

Professor Miriam Okonjo-Hale, Professor of Respiratory Medicine at Castlemere University and chief investigator of the trial, said:

"Severe asthma attacks are frightening, they put people in hospital and, at worst, they kill. To see the attack rate fall by more than a third with a single puff each morning is a genuine step forward for patients who have struggled for years with twice-daily regimes."

She added: "We now need to see how Aerivane performs outside the controlled setting of a trial, in busy GP surgeries and in people who forget their inhalers, as we all do."

Dr Thomas Lindqvist, consultant chest physician at Castlemere Royal Infirmary and the trial's lead at the Castlemere site, said:

"Our team recruited 96 patients, more than any other hospital in the study. Many of them told us that taking their inhaler once a day rather than twice made it far easier to stick with their treatment. Adherence is half the battle in asthma."

Dr Anjali Rao, senior statistician at the Castlemere Clinical Trials Unit, which coordinated the study, said: "The reduction in attacks was consistent across every subgroup we examined, including smokers, older patients and those with the most severe disease. That consistency gives us real confidence in the result."

### A patient's view

Gareth Pryce, 47, a bus driver from Wrenford, took part in the trial at Wrenford General Hospital. He was admitted to hospital with asthma three times in the two years before he joined the study and has not been admitted since.

"Before the trial I was carrying two inhalers everywhere and still ending up in A&E," he said. "I didn't know which inhaler I was on until the trial ended, but I knew something had changed. I've been able to go back to full-time shifts."

### Charity reaction

Sarah Whitcombe, chief executive of the asthma charity the Breathe Easy Alliance, which helped design the trial's patient information materials, said:

"More than 1,200 people a year die from asthma attacks in this country, and many of those deaths are preventable. Any treatment that reduces attacks deserves serious attention, but it must be affordable for the NHS and available to the patients who need it most."

### Funding and next steps

The trial was funded by a £4.3 million grant from the National Respiratory Research Fund, awarded in November 2021, with the inhalers supplied free of charge by the manufacturer, Halden Therapeutics. Halden Therapeutics had no role in analysing the data or writing the report.

Halden Therapeutics has said it intends to apply for a UK licence for Aerivane by the end of 2025. The company has indicated an expected list price of £38.50 for a 30-day inhaler, compared with around £29.00 for the standard inhaler used in the trial.

The Castlemere team is now planning a follow-up study of 2,000 patients in 40 GP practices to test how the inhaler performs in routine care. Recruitment is expected to begin in spring 2026.

**ENDS**

---

### Notes to editors

1. **The trial:** CLEARWAY (Once-daily Combination Lung therapy: Efficacy And Reduction of Wheeze And Yearly exacerbations) was a phase III, randomised, double-blind, active-controlled trial. It is registered with the Castlemere Clinical Trials Unit register under reference CCTU-2021-0457. The first participant was randomised on Tuesday 15 March 2022 and recruitment closed on Friday 29 September 2023.
2. **The paper:** Okonjo-Hale M, Lindqvist T, Rao A, et al. "Once-daily Aerivane versus twice-daily combination therapy in moderate-to-severe asthma (CLEARWAY): a randomised, double-blind trial." *European Journal of Airway Medicine*, published online 12 June 2025.
3. **Summary results** are available on the Castlemere Clinical Trials Unit website.
4. **Castlemere University** is a research-intensive university with more than 24,000 students. Its Faculty of Medicine has led respiratory research since 1968.
5. **Castlemere Royal Infirmary NHS Foundation Trust** runs three hospitals serving around 780,000 people across Castlemere and the Ashby Vale.
6. **Interviews:** Professor Okonjo-Hale and Dr Lindqvist are available for interview on Thursday 12 June between 08:00 and 12:00. Gareth Pryce is available for interview by arrangement.

### Media contact

Hannah Doyle, Media Relations Officer, Castlemere University Press Office
Tel: 01632 960 418 | Out of hours: 07700 900 273
Email: press@castlemere.ac.uk
`;

const RESULTS = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>CLEARWAY trial: summary results | Castlemere Clinical Trials Unit</title>
</head>
<body>
<header>
  <p><a href="/">Castlemere Clinical Trials Unit</a> &gt; <a href="/trials">Trials</a> &gt; CLEARWAY &gt; Summary results</p>
  <h1>CLEARWAY: summary results</h1>
  <p><strong>Trial register reference:</strong> CCTU-2021-0457 &nbsp;|&nbsp; <strong>Status:</strong> Completed &nbsp;|&nbsp; <strong>Results posted:</strong> Wednesday 11 June 2025 &nbsp;|&nbsp; <strong>Page last updated:</strong> 11 June 2025</p>
</header>

<main>
<section id="plain-summary">
  <h2>Summary in plain English</h2>
  <p>Asthma attacks that need steroid tablets or a hospital visit are one of the biggest risks for people with asthma. CLEARWAY tested whether a new inhaler, Aerivane, taken once a day, could prevent more of these attacks than a standard inhaler taken twice a day.</p>
  <p>Over one year, people using Aerivane had fewer severe attacks than people using the standard inhaler, their breathing tests improved more, and they needed their blue reliever inhaler less often. Side effects were broadly similar in the two groups, although mouth infections (thrush) and a hoarse voice were less common with Aerivane.</p>
  <p>The trial did not look at costs, and it did not include children or people over 75. A larger study in GP practices is being planned.</p>
</section>

<section id="overview">
  <h2>Trial overview</h2>
  <dl>
    <dt>Full title</dt>
    <dd>Once-daily Aerivane (CR-3146) versus twice-daily combination inhaler therapy in adults with moderate-to-severe asthma: a phase III, randomised, double-blind, active-controlled trial</dd>
    <dt>Sponsor</dt>
    <dd>Castlemere University</dd>
    <dt>Funder</dt>
    <dd>National Respiratory Research Fund (grant NRRF/21/0932, £4.3 million). Study inhalers supplied by Halden Therapeutics.</dd>
    <dt>Chief investigator</dt>
    <dd>Professor Miriam Okonjo-Hale, Castlemere University</dd>
    <dt>Trial statistician</dt>
    <dd>Dr Anjali Rao, Castlemere Clinical Trials Unit</dd>
    <dt>Trial manager</dt>
    <dd>Owen Farrant, Castlemere Clinical Trials Unit</dd>
    <dt>Number of sites</dt>
    <dd>14 (11 in England, 3 in Wales)</dd>
    <dt>Key dates</dt>
    <dd>First participant randomised: 15 March 2022. Recruitment closed: 29 September 2023. Last follow-up visit: 27 September 2024. Database locked: 17 January 2025.</dd>
  </dl>
</section>

<section id="design">
  <h2>What the trial looked at</h2>
  <p>Adults aged 18 to 75 whose asthma was not well controlled on their usual treatment were randomly allocated, in a 1:1 ratio, to use either Aerivane once a day (one inhalation each morning) or a standard steroid-plus-bronchodilator inhaler twice a day (two inhalations morning and evening). Each participant was followed for 52 weeks, with clinic visits at weeks 4, 12, 24, 36 and 52.</p>
  <p>The <strong>primary outcome</strong> was the annualised rate of severe asthma exacerbations, defined as a worsening of asthma requiring a course of oral steroids for at least three days, an emergency department visit or a hospital admission.</p>
</section>

<section id="participants">
  <h2>Who took part</h2>
  <p>In total, 612 participants were randomised: 307 to Aerivane and 305 to the standard inhaler. Of these, 281 (91.5%) in the Aerivane group and 274 (89.8%) in the standard inhaler group completed the full 52 weeks.</p>
  <table>
    <caption>Table 1. Baseline characteristics</caption>
    <thead>
      <tr><th>Characteristic</th><th>Aerivane (n=307)</th><th>Standard inhaler (n=305)</th></tr>
    </thead>
    <tbody>
      <tr><td>Mean age, years</td><td>44.6</td><td>45.1</td></tr>
      <tr><td>Women, n (%)</td><td>179 (58.3%)</td><td>174 (57.0%)</td></tr>
      <tr><td>Current smokers, n (%)</td><td>37 (12.1%)</td><td>41 (13.4%)</td></tr>
      <tr><td>Mean FEV1 at baseline, litres</td><td>2.21</td><td>2.18</td></tr>
      <tr><td>Severe attacks in previous 12 months, mean</td><td>1.7</td><td>1.8</td></tr>
    </tbody>
  </table>

  <table>
    <caption>Table 2. Recruitment by site (five largest recruiting sites)</caption>
    <thead>
      <tr><th>Rank</th><th>Site</th><th>Location</th><th>Participants randomised</th></tr>
    </thead>
    <tbody>
      <tr><td>1</td><td>Castlemere Royal Infirmary</td><td>Castlemere</td><td>96</td></tr>
      <tr><td>2</td><td>Wrenford General Hospital</td><td>Wrenford</td><td>71</td></tr>
      <tr><td>3</td><td>St Aldric's Hospital</td><td>Brackenport</td><td>58</td></tr>
      <tr><td>4</td><td>Ashby Vale Community Hospital</td><td>Ashby Vale</td><td>52</td></tr>
      <tr><td>5</td><td>Ysbyty Glanmorfa</td><td>Glanmorfa, Wales</td><td>47</td></tr>
      <tr><td>&ndash;</td><td>Nine other sites</td><td>England and Wales</td><td>288</td></tr>
      <tr><td>&ndash;</td><td><strong>Total</strong></td><td>&ndash;</td><td><strong>612</strong></td></tr>
    </tbody>
  </table>
</section>

<section id="results">
  <h2>Main results</h2>
  <table>
    <caption>Table 3. Efficacy outcomes</caption>
    <thead>
      <tr><th>Outcome</th><th>Aerivane (n=307)</th><th>Standard inhaler (n=305)</th><th>Difference or ratio (95% CI)</th><th>p value</th></tr>
    </thead>
    <tbody>
      <tr><td>Severe exacerbations per patient per year (primary outcome)</td><td>0.41</td><td>0.66</td><td>Rate ratio 0.62 (0.49 to 0.79)</td><td>&lt;0.001</td></tr>
      <tr><td>Change in FEV1 at week 24, ml</td><td>+142</td><td>+63</td><td>79 ml (41 to 117)</td><td>&lt;0.001</td></tr>
      <tr><td>Change in asthma control score (ACQ-5) at week 52</td><td>&minus;0.71</td><td>&minus;0.42</td><td>&minus;0.29 (&minus;0.41 to &minus;0.17)</td><td>&lt;0.001</td></tr>
      <tr><td>Change in reliever use, puffs per day</td><td>&minus;1.9</td><td>&minus;1.1</td><td>&minus;0.8 (&minus;1.2 to &minus;0.4)</td><td>&lt;0.001</td></tr>
      <tr><td>Asthma-related hospital admissions, number</td><td>11</td><td>24</td><td>&ndash;</td><td>&ndash;</td></tr>
      <tr><td>Days off work or education due to asthma, mean per patient</td><td>3.2</td><td>5.0</td><td>&minus;1.8 (&minus;2.9 to &minus;0.7)</td><td>0.002</td></tr>
    </tbody>
  </table>
  <p>A reduction of 0.5 points or more in the ACQ-5 score is generally regarded as a clinically meaningful improvement. The proportion of participants reaching this threshold was 61% with Aerivane and 48% with the standard inhaler.</p>
</section>

<section id="safety">
  <h2>Side effects</h2>
  <table>
    <caption>Table 4. Adverse events</caption>
    <thead>
      <tr><th>Event</th><th>Aerivane (n=307)</th><th>Standard inhaler (n=305)</th></tr>
    </thead>
    <tbody>
      <tr><td>Any adverse event, n (%)</td><td>198 (64.5%)</td><td>201 (65.9%)</td></tr>
      <tr><td>Serious adverse event, n (%)</td><td>28 (9.1%)</td><td>27 (8.9%)</td></tr>
      <tr><td>Stopped treatment because of an adverse event, n (%)</td><td>14 (4.6%)</td><td>18 (5.9%)</td></tr>
      <tr><td>Oral thrush, n (%)</td><td>12 (3.9%)</td><td>19 (6.2%)</td></tr>
      <tr><td>Hoarse voice, n (%)</td><td>9 (2.9%)</td><td>15 (4.9%)</td></tr>
      <tr><td>Deaths</td><td>1</td><td>1</td></tr>
    </tbody>
  </table>
  <p>Neither death was judged by the independent data monitoring committee, chaired by Professor Colin Aveyard of Wrenford University, to be related to the study treatment.</p>
</section>

<section id="notes">
  <h2>Notes</h2>
  <ol>
    <li>FEV1: forced expiratory volume in one second, the volume of air a person can blow out in the first second of a forced breath.</li>
    <li>ACQ-5: five-item Asthma Control Questionnaire. Lower scores mean better control.</li>
    <li>CI: confidence interval. Results are from the intention-to-treat analysis of all 612 randomised participants.</li>
    <li>This summary has been reviewed by the CLEARWAY patient and public involvement group, which met eight times during the trial.</li>
    <li>The full results are published in the <em>European Journal of Airway Medicine</em> (online, 12 June 2025).</li>
  </ol>
  <p>Enquiries: <a href="mailto:cctu-clearway@castlemere.ac.uk">cctu-clearway@castlemere.ac.uk</a></p>
</section>
</main>

<footer>
  <p>Castlemere Clinical Trials Unit, Faculty of Medicine, Castlemere University, Hollins Road, Castlemere CM4 7QT</p>
</footer>
</body>
</html>
`;

const files = { 'castlemere-press-release.md': RELEASE, 'clearway-summary-results.html': RESULTS };

describe("an inhaler trial: the press release and the summary results page, with the product's word vectors", () => {
  withProductWordVectors();

  test('words a source opens with a name and a long apposition are that person\'s, not the body the apposition names', async () => {
    const report = await checkAgainst(
      files,
      [
        '# Inhaler trial',
        '',
        'Dr Anjali Rao, senior statistician at the Castlemere Clinical Trials Unit, said the reduction in attacks was consistent across every subgroup examined, including smokers and older patients.',
        '',
      ].join('\n'),
    );
    // Was: "In the source, this was said by Castlemere Clinical Trials Unit, not Dr Anjali Rao" (from "Dr Anjali Rao,
    // senior statistician at the Castlemere Clinical Trials Unit, which coordinated the study, said:").
    assert.deepEqual(report.findings.map((f) => f.message), []);
  });

  test("a description list's term and description are one line: the post its person holds", async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: "<dt>Trial manager</dt><dd>Owen Farrant, …</dd>" were two passages, and "statistician" no post.
    verdict(
      'contradicted',
      'Dr Anjali Rao, the trial manager at the Castlemere Clinical Trials Unit, said the reduction in attacks was consistent across every subgroup examined, including smokers and older patients.',
      [['trial manager', 'Trial statistician']],
    );
    verdict('supported', 'Owen Farrant, the trial manager, is based at the Castlemere Clinical Trials Unit.');
  });
});
