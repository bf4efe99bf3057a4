/**
 * A clinical trial: a university's HTML press release and the paper's Markdown abstract. A quotation that goes on
 * after "she said." is the same speaker's (a trust's name in the paragraph is no second person); "versus" is no word
 * swapped for "group"; a share ("two-thirds") is compared with the percentage, not the count beside it. The sources
 * are written for these tests (from a helper's draft); the drug, trial and people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Weekly injection cuts heart failure hospitalisations by 31 per cent, international trial finds | University of Edinburgh News</title>
</head>
<body>
<article>
<header>
<p class="kicker">News release | Embargoed until 00:01 GMT, Thursday 13 March 2025</p>
<h1>Weekly injection cuts heart failure hospitalisations by 31 per cent, international trial finds</h1>
<p class="dek">Researchers at the University of Edinburgh report that cardavimab, an experimental antibody, reduced hospital admissions and deaths among patients with heart failure in a two-year study across 11 countries.</p>
</header>

<p>A once-weekly injection of an experimental drug reduced the risk of hospitalisation or death from heart failure by 31 per cent compared with a placebo, according to the results of a large international clinical trial led by the University of Edinburgh.</p>

<p>The CARDIA-HF trial enrolled 4,812 adults with chronic heart failure at 214 hospitals in 11 countries, including the United Kingdom, Germany, Spain, Poland, Canada, Brazil, Japan and Australia. Participants were randomly assigned to receive either cardavimab or a matching placebo on top of their usual treatment, and were followed for a median of 26 months.</p>

<p>The findings were published on 12 March 2025 in The Lancet and presented the same day at the American College of Cardiology annual meeting in Chicago.</p>

<h2>Fewer admissions, fewer deaths</h2>

<p>The primary outcome, a combination of cardiovascular death or a first hospital admission for worsening heart failure, occurred in 14.2 per cent of patients who received cardavimab, compared with 19.8 per cent of those given the placebo.</p>

<p>Deaths from cardiovascular causes alone fell by 18 per cent, a result that the researchers described as encouraging but not statistically conclusive on its own.</p>

<p>Professor Margaret Okonkwo, Chair of Cardiovascular Medicine in the university's Centre for Cardiovascular Science and the trial's chief investigator, said: "For patients who have already tried every tablet we have, this is a genuinely new option. We saw the benefit emerge within the first three months, and it was remarkably consistent across age groups, across countries and in both men and women."</p>

<p>She added: "Heart failure affects more than a million people in the UK alone, and around half of them will be readmitted to hospital within a year of diagnosis. Anything that keeps people out of hospital matters enormously to them and to the NHS."</p>

<p>Cardavimab is a monoclonal antibody that blocks galectin-3, a protein linked to scarring and stiffening of the heart muscle. It is given as a single injection under the skin once a week and can be self-administered at home after training.</p>

<h2>Side effects</h2>

<p>Serious adverse events were reported in 21.4 per cent of participants taking cardavimab and 23.9 per cent of those on placebo. The most common side effect linked to the drug was a reaction at the injection site, which affected about one in eight patients on cardavimab (12.6 per cent) compared with 3.1 per cent on placebo. Around 4 per cent of patients in the cardavimab group stopped treatment because of side effects.</p>

<p>Dr Tomasz Wieczorek, a senior lecturer in the Usher Institute and the trial's lead statistician, said: "The safety profile was reassuring overall, but we will need longer follow-up to understand whether there are rarer effects that a two-year study cannot detect."</p>

<h2>Funding</h2>

<p>The trial was funded by the British Heart Foundation and the National Institute for Health and Care Research (NIHR), with the study drug supplied free of charge by its manufacturer, Solenne Therapeutics, which had no role in the analysis of the data.</p>

<h2>Independent view</h2>

<p>Dr Priya Raman, a consultant cardiologist at Guy's and St Thomas' NHS Foundation Trust in London who was not involved in the research, welcomed the results but urged caution. "These are impressive numbers, but the patients in this trial were younger and healthier than many of the people I see in clinic," she said. "We don't yet know what this drug will cost, and we need to see whether the benefit holds up in people over 80, who were underrepresented."</p>

<p>The researchers say they will apply to regulators in the UK and Europe later this year. A follow-on study in patients with heart failure with preserved ejection fraction is due to begin recruiting in January 2026.</p>

<footer>
<p><strong>Notes to editors</strong></p>
<p>Paper: Okonkwo M, Wieczorek T, Hartmann L, et al. Cardavimab in chronic heart failure with reduced ejection fraction (CARDIA-HF): a randomised, double-blind, placebo-controlled trial. The Lancet, published online 12 March 2025.</p>
<p>Media contact: Press Office, University of Edinburgh.</p>
</footer>
</article>
</body>
</html>
`;

const ABSTRACT = `# Cardavimab in chronic heart failure with reduced ejection fraction (CARDIA-HF): a randomised, double-blind, placebo-controlled trial

Margaret Okonkwo, Tomasz Wieczorek, Lena Hartmann, Rafael Ortega, Keiko Nakamura, on behalf of the CARDIA-HF Investigators

*The Lancet*, published online 12 March 2025

## Background

Despite advances in pharmacological therapy, patients with chronic heart failure with reduced ejection fraction (HFrEF) remain at high risk of hospitalisation and death. Galectin-3 promotes myocardial fibrosis and is associated with adverse outcomes. We assessed whether cardavimab, a fully human monoclonal antibody against galectin-3, reduces cardiovascular death or hospitalisation for heart failure in patients already receiving guideline-directed medical therapy.

## Methods

CARDIA-HF was a randomised, double-blind, placebo-controlled, event-driven trial done at 214 sites in 11 countries. Adults aged 40 years or older with New York Heart Association (NYHA) class II–IV symptoms, a left ventricular ejection fraction of 35% or less, and an elevated N-terminal pro-B-type natriuretic peptide concentration were eligible. Participants were randomly assigned (1:1) to subcutaneous cardavimab 150 mg or matching placebo once weekly, in addition to standard therapy. Randomisation was stratified by region and by baseline NYHA class. The primary outcome was a composite of cardiovascular death or first hospitalisation for heart failure, analysed by intention to treat. Secondary outcomes included cardiovascular death, all-cause death, total (first and recurrent) heart failure hospitalisations, and change in the Kansas City Cardiomyopathy Questionnaire total symptom score (KCCQ-TSS) at 12 months. Recruitment took place between 4 February 2021 and 30 June 2022.

## Results

A total of 4,812 patients were randomly assigned: 2,409 to cardavimab and 2,403 to placebo. Mean age was 64.7 years (SD 10.9), 1,203 (25%) participants were women, and mean left ventricular ejection fraction was 28.4%. At baseline, 3,175 (66%) patients were in NYHA class II and 1,588 (33%) were in class III. Median follow-up was 26 months (IQR 21–31).

The primary outcome occurred in 342 (14.2%) patients in the cardavimab group and 476 (19.8%) patients in the placebo group (hazard ratio [HR] 0.69, 95% CI 0.60–0.79; p<0.0001). The number needed to treat to prevent one primary outcome event over 24 months was 19.

Cardiovascular death occurred in 178 (7.4%) patients in the cardavimab group and 216 (9.0%) in the placebo group (HR 0.82, 95% CI 0.67–1.00; p=0.051). First hospitalisation for heart failure occurred in 219 (9.1%) and 329 (13.7%) patients, respectively (HR 0.64, 95% CI 0.54–0.76). All-cause death did not differ significantly between groups (11.3% vs 12.1%; HR 0.93, 95% CI 0.79–1.10). Total heart failure hospitalisations were reduced by 35% (rate ratio 0.65, 95% CI 0.55–0.77). The KCCQ-TSS improved by a mean of 4.1 points more with cardavimab than with placebo at 12 months (95% CI 2.6–5.6). The effect on the primary outcome was consistent across prespecified subgroups, including age, sex, region, and diabetes status.

Serious adverse events occurred in 516 (21.4%) patients receiving cardavimab and 574 (23.9%) receiving placebo. Injection-site reactions were more frequent with cardavimab (304 [12.6%] vs 74 [3.1%]), and most were mild. Hypokalaemia was reported in 58 (2.4%) and 55 (2.3%) patients, respectively. Adverse events leading to permanent discontinuation of the trial drug occurred in 101 (4.2%) patients in the cardavimab group and 82 (3.4%) in the placebo group. No cases of anaphylaxis were reported in either group.

## Conclusions

In patients with HFrEF receiving contemporary therapy, once-weekly cardavimab reduced the risk of cardiovascular death or hospitalisation for heart failure compared with placebo, with an acceptable safety profile. The reduction was driven mainly by fewer heart failure hospitalisations; the effect on cardiovascular death alone did not reach statistical significance. Further studies are needed in older patients and in heart failure with preserved ejection fraction.

## Funding

British Heart Foundation; National Institute for Health and Care Research. Study drug supplied by Solenne Therapeutics.

## Trial registration

ClinicalTrials.gov, NCT04873519; ISRCTN 58203147.
`;

const files = { 'press-release.html': RELEASE, 'abstract.md': ABSTRACT };

describe('a clinical trial: continued quotations, shares, arms; with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a quotation after "she said." is hers', async () => {
    const messages = (await checkAgainst(files, '# Trial\n\n"We don\'t yet know what this drug will cost," said Professor Okonkwo.\n')).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], /said by Dr Priya Raman, not Professor Okonkwo/);
    const right = (await checkAgainst(files, '# Trial\n\n"We don\'t yet know what this drug will cost," said Dr Raman.\n')).findings.filter((f) => f.code === 'misattributed-quote');
    assert.deepEqual(right, []);
  });

  test('"versus" for "group", a share against a count and its percentage', async () => {
    const index = await workspaceIndex(files);
    const verdict = expectVerdictWith(index);
    verdict('supported', 'The primary outcome occurred in 342 patients on cardavimab versus 476 on placebo, a hazard ratio of 0.69.');
    // (Not contradicted: "at the start of the trial" for "At baseline" is what the coverage decides.)
    const share = judgeWith(index)('Two-thirds of patients were in NYHA class II at the start of the trial.');
    assert.notEqual(share.verdict, 'contradicted', why(share));
    verdict('contradicted', 'Three-quarters of patients were in NYHA class II at the start of the trial.', [['Three-quarters', '66%']]);
    // The arms' figures the other way round.
    verdict('contradicted', 'The primary outcome occurred in 19.8% of patients on cardavimab and 14.2% of those on placebo.', [['19.8%', '14.2%']]);
    verdict('supported', 'The primary outcome occurred in 14.2% of patients on cardavimab and 19.8% of those on placebo.');
  });
});
