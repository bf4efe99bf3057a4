/**
 * A trial's results announcement with a table of endpoints (from a helper's draft of the thirty-third round, h228):
 * the table's heading row ("Endpoint | Tarvoxilan | Placebo | …") is no row a figure belongs to, and a figure of the
 * trial's size that a sentence of the announcement gives ("enrolled 1,842 patients") is no cell's of the column the
 * claim names elsewhere ("drug tarvoxilan … 1,842 patients" / "Tarvoxilan: 131"). The announcement is the helper's,
 * whole; the company, the drug and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';

const ANNOUNCEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Brennock Pharmaceuticals plc - LANTERN-3 Phase III topline results - RNS 4417T</title>
</head>
<body>
<div class="rns-header">
<p><strong>RNS Number:</strong> 4417T<br>
<strong>Brennock Pharmaceuticals plc</strong><br>
<strong>Released:</strong> 07:00 14 October 2025</p>
</div>

<p><em>This announcement contains inside information for the purposes of Article 7 of the UK version of Regulation (EU) No 596/2014.</em></p>

<h1>Tarvoxilan meets primary endpoint in LANTERN-3 Phase III trial in chronic kidney disease with type 2 diabetes</h1>

<p><strong>Haddleford, Tuesday 14 October 2025</strong> &ndash; Brennock Pharmaceuticals plc (LSE: BRNK) ("Brennock" or "the Company") today announces positive topline results from LANTERN-3, the pivotal Phase III trial of tarvoxilan (BRK-417), its investigational once-daily oral treatment for adults with chronic kidney disease (CKD) associated with type 2 diabetes.</p>

<h2>Highlights</h2>
<ul>
<li>Tarvoxilan 40 mg reduced the risk of the primary composite kidney endpoint by 31% compared with placebo (hazard ratio 0.69; 95% CI 0.58&ndash;0.82; p&lt;0.001)</li>
<li>Statistically significant reduction in urine albumin-to-creatinine ratio (UACR) of 34% versus placebo at week 24</li>
<li>Slower decline in kidney function, with an annual eGFR slope difference of 1.7 mL/min/1.73m&sup2;</li>
<li>No statistically significant difference in hospitalisation for heart failure or all-cause mortality</li>
<li>Regulatory submissions to the Medicines and Healthcare products Regulatory Agency and the European Medicines Agency planned for the first quarter of 2026</li>
</ul>

<h2>Trial design</h2>
<p>LANTERN-3 was a randomised, double-blind, placebo-controlled trial that enrolled 1,842 patients at 214 sites in 19 countries between March 2022 and August 2023. Patients were randomised 1:1 to receive tarvoxilan 40 mg or placebo once daily on top of standard of care, which included a maximum tolerated dose of an ACE inhibitor or angiotensin receptor blocker. Eligible patients had an estimated glomerular filtration rate (eGFR) of between 25 and 75 mL/min/1.73m&sup2; and a UACR of at least 200 mg/g. The median follow-up was 26.4 months.</p>

<p>The primary endpoint was the time to first occurrence of a sustained decline in eGFR of at least 40% from baseline, kidney failure, or death from renal or cardiovascular causes. The trial was stopped early on the recommendation of the independent data monitoring committee, chaired by Professor Imogen Strachan of the University of Corrieford, after a pre-specified interim analysis on 19 September 2025 showed clear efficacy.</p>

<h2>Results</h2>
<table border="1">
<caption>Table 1: LANTERN-3 key efficacy endpoints (tarvoxilan 40 mg, n=921; placebo, n=921)</caption>
<thead>
<tr><th>Endpoint</th><th>Tarvoxilan</th><th>Placebo</th><th>Hazard ratio / difference (95% CI)</th><th>p-value</th></tr>
</thead>
<tbody>
<tr><td>Primary composite kidney endpoint, patients with event</td><td>131 (14.2%)</td><td>182 (19.8%)</td><td>HR 0.69 (0.58&ndash;0.82)</td><td>&lt;0.001</td></tr>
<tr><td>Sustained eGFR decline of &ge;40%</td><td>88 (9.6%)</td><td>127 (13.8%)</td><td>HR 0.68 (0.55&ndash;0.85)</td><td>&lt;0.001</td></tr>
<tr><td>Kidney failure</td><td>37 (4.0%)</td><td>55 (6.0%)</td><td>HR 0.67 (0.47&ndash;0.97)</td><td>0.03</td></tr>
<tr><td>Change in UACR at week 24 versus placebo</td><td colspan="2">&ndash;34%</td><td>(&ndash;39% to &ndash;29%)</td><td>&lt;0.001</td></tr>
<tr><td>Annual eGFR slope (mL/min/1.73m&sup2; per year)</td><td>&ndash;2.1</td><td>&ndash;3.8</td><td>1.7 (1.2&ndash;2.2)</td><td>&lt;0.001</td></tr>
<tr><td>Hospitalisation for heart failure</td><td>49 (5.3%)</td><td>60 (6.5%)</td><td>HR 0.81 (0.64&ndash;1.03)</td><td>0.09</td></tr>
<tr><td>All-cause mortality</td><td>56 (6.1%)</td><td>64 (6.9%)</td><td>HR 0.88 (0.62&ndash;1.24)</td><td>0.46</td></tr>
</tbody>
</table>

<h2>Safety</h2>
<p>Tarvoxilan was generally well tolerated and its safety profile was consistent with earlier studies. Serious adverse events occurred in 22.4% of patients receiving tarvoxilan and 24.1% of those receiving placebo. Hyperkalaemia (raised blood potassium) was reported in 8.3% of patients in the tarvoxilan arm compared with 4.6% in the placebo arm; most cases were mild or moderate. Discontinuation of study treatment due to adverse events was 5.2% with tarvoxilan and 4.9% with placebo.</p>

<h2>Comment</h2>
<p>Dr Helen Marsh-Okafor, Chief Executive Officer of Brennock, said: "LANTERN-3 gives us the clearest possible answer. Tarvoxilan slowed the loss of kidney function in people who have very few options left, and we intend to move quickly to bring it to patients and to the health services that care for them."</p>

<p>Professor Aidan Rourke, Chief Medical Officer, said: "A 31% reduction in the risk of kidney failure, major eGFR loss or renal or cardiovascular death, on top of today's standard of care, is a clinically meaningful result. We are encouraged that the benefit was seen early and was maintained throughout follow-up."</p>

<p>Professor Lucinda Farrow, consultant nephrologist at the Royal Wessex Infirmary, Portmere, and global principal investigator for LANTERN-3, said: "Every week in clinic I see patients whose kidneys are failing despite good blood pressure and sugar control. These data suggest tarvoxilan could delay dialysis for many of them."</p>

<h2>Next steps</h2>
<p>Full results will be presented as a late-breaking abstract at the International Congress of Nephrology and Hypertension (ICNH) in Valmora on Saturday 8 November 2025 and submitted for publication in a peer-reviewed journal. Brennock plans to file with the MHRA and EMA in the first quarter of 2026 and with the US Food and Drug Administration in the first half of 2026.</p>

<p>A second Phase III trial, LANTERN-4, is evaluating tarvoxilan in 2,310 patients with CKD not caused by diabetes, with results expected in the second half of 2026.</p>

<p>Brennock will host a conference call for analysts and investors at 13:00 BST (08:00 EDT) today. Dial-in details are available at www.brennockpharma.co.uk/investors.</p>

<h2>Enquiries</h2>
<table>
<tr><td><strong>Brennock Pharmaceuticals plc</strong></td><td></td></tr>
<tr><td>Tom Castellane, Head of Investor Relations</td><td>+44 (0)1462 550 210</td></tr>
<tr><td>Georgina Pell, Director of Corporate Communications</td><td>+44 (0)1462 550 245</td></tr>
<tr><td><strong>Harrowgate Lane Partners (financial PR)</strong></td><td></td></tr>
<tr><td>Oliver Brisk / Nadia Feltham</td><td>+44 (0)20 7946 0318</td></tr>
</table>

<h2>Notes to editors</h2>
<p><strong>About tarvoxilan</strong><br>
Tarvoxilan (BRK-417) is an investigational, orally administered, selective inhibitor of the renal fibrosis pathway discovered in Brennock's laboratories at Kelmscote Science Park, Haddleford. It is not approved for use in any country. Tarvoxilan was granted Fast Track designation by the FDA in June 2023.</p>

<p><strong>About chronic kidney disease</strong><br>
CKD associated with type 2 diabetes is one of the leading causes of kidney failure. An estimated 1.9 million adults in the United Kingdom live with diabetic kidney disease, and around 40% of people starting dialysis in the UK have diabetes as the primary cause of their kidney failure.</p>

<p><strong>About Brennock</strong><br>
Brennock Pharmaceuticals plc is a specialty pharmaceutical company focused on kidney, cardiovascular and metabolic disease. Founded in 1994 and headquartered in Haddleford, Hertfordshire, it employs approximately 3,400 people in 12 countries. Its shares are listed on the Main Market of the London Stock Exchange.</p>

<p><strong>Forward-looking statements</strong><br>
This announcement contains forward-looking statements that are subject to risks and uncertainties, including the outcome of regulatory review. Actual results may differ materially from those expressed or implied.</p>

<p>END</p>
<p class="rns-footer">RNS 4417T &middot; Brennock Pharmaceuticals plc &middot; This information is provided by RNS, the news service of the London Stock Exchange.</p>
</body>
</html>
`;

describe('a results announcement with a table of endpoints', () => {
  test('a figure of the primary endpoint is its row\'s, not the heading row\'s "Endpoint"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results.html': ANNOUNCEMENT }));
    // Was contradicted: "The source gives 14.2% for Primary composite kidney endpoint, patients with event, not 14.2%
    // for Endpoint".
    verdict('supported', 'The primary endpoint event occurred in 131 of the 921 patients given the drug, or 14.2%, compared with 182, or 19.8%, of those on placebo.');
    // Two digits of the placebo's share swapped: a slip of its figure (it was unsupported before figures were compared
    // across their points, 2026-12-06).
    verdict('contradicted', 'The primary endpoint event occurred in 131 of the 921 patients given the drug, or 14.2%, compared with 182, or 18.9%, of those on placebo.', [['18.9%', 'Placebo: 182 (19.8%)']]);
  });

  test("the trial's size is the sentence's that gives it, not the drug column's count", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'results.html': ANNOUNCEMENT }));
    // Was contradicted: "The source gives Tarvoxilan: 131, not 1,842 patients".
    const r = verdict('unsupported', 'Brennock Pharmaceuticals said on Tuesday that its experimental kidney drug tarvoxilan had met the primary goal of a late-stage trial involving 1,842 patients.');
    assert.ok(!r.missing?.includes('1,842 patients'));
    verdict('supported', 'The LANTERN-3 trial enrolled 1,842 patients at 214 sites in 19 countries.');
  });
});
