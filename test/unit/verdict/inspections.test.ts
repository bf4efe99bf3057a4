/**
 * An unannounced prison inspection: the inspectorate's report (Markdown, survey tables) and the prison service's
 * response (HTML). "Of the 34 recommendations inspectors made last time" is "made at the last inspection" (a word for
 * an occasion stands for the evidence's event). The sources are written for these tests (from a helper's draft); the
 * prison and most people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# Report on an unannounced inspection of HMP Ashcombe

**HM Inspectorate of Prisons**
**Inspection dates:** Monday 3 March to Thursday 13 March 2025
**Published:** Tuesday 10 June 2025
**Chief Inspector of Prisons:** Charlie Taylor

## Introduction by the Chief Inspector

HMP Ashcombe is a category B local prison on the edge of Wrexham, holding 1,182 men on the first day of our inspection against an operational capacity of 1,210. It serves the courts of north Wales and Cheshire. When we last inspected, in September 2022, we found a prison that was struggling but had a credible plan for improvement. This time we found that the plan had largely stalled.

The most pressing concern was the availability of drugs. In our survey, 58% of prisoners said it was easy to get illicit drugs, up from 41% at the last inspection. The mandatory drug testing positive rate was 34% in the six months before the inspection. We were told that drones had been seen over the exercise yards on at least 70 occasions since October 2024, yet the prison did not have a working drone detection system during our visit.

Violence had also increased. There were 412 assaults in the 12 months before the inspection, of which 96 were against staff. This was the third highest rate of assaults among comparable local prisons. Use of force had risen by 27% over the same period, and we found that body-worn cameras were not switched on in nearly half of the incidents we reviewed.

"Too many men at Ashcombe spend their days locked in cells that are cramped, dirty and, in some cases, infested with cockroaches," said Charlie Taylor. "Leaders know what needs to be done, but they have not been given the staff or the money to do it."

## Key findings

- Around 40% of prisoners were locked in their cells for at least 22 hours a day on weekdays; at weekends the figure rose to 61%.
- Only 19% of prisoners said they could shower every day, compared with 44% in 2022.
- There were 187 staff vacancies at band 3 officer level, and 38% of officers had less than 12 months' experience.
- Three men had taken their own lives since the last inspection. The prison had not implemented all of the recommendations made by the Prisons and Probation Ombudsman following those deaths.
- Self-harm incidents fell from 622 to 540, but remained high.
- The segregation unit held 31 men on our first day, eight of whom had been there for more than 42 days.
- Education, skills and work provision was rated "inadequate" by Ofsted, which inspected alongside us. Only 310 activity places were available for a population of nearly 1,200.
- No prisoners were being released homeless in the month before our visit according to prison records, but our survey found that 23% of men due for release did not know where they would live.

## Comparison with the previous inspection

| Healthy prison test | September 2022 | March 2025 |
|---|---|---|
| Safety | Poor | Poor |
| Respect | Not sufficiently good | Poor |
| Purposeful activity | Poor | Poor |
| Preparation for release | Reasonably good | Not sufficiently good |

| Survey measure | 2022 | 2025 |
|---|---|---|
| Feel unsafe at the moment | 24% | 37% |
| Easy to get illicit drugs | 41% | 58% |
| Can shower every day | 44% | 19% |
| Treated with respect by most staff | 68% | 55% |
| Spend less than 2 hours out of cell on weekdays | 35% | 40% |

## Living conditions

Many cells designed for one man held two. In A and C wings we found broken windows, missing toilet seats and mould on walls. The prison had spent £1.4 million on refurbishing B wing in 2024, and conditions there were noticeably better. However, a planned £3.2 million upgrade of the heating system had been postponed until 2026. The kitchen had been closed for 11 days in January 2025 after a rodent infestation, and during that time men were given cold meals.

## Health care

Health care was provided by Castlegate Health Partnership. Waiting times to see a GP had improved, with the average wait falling from 21 days to nine days. However, there was no psychiatrist in post at the time of the inspection, and 14 men were waiting for transfer to a secure mental health hospital, one of whom had waited 146 days.

## Recommendations and concerns

We identified six priority concerns and made 41 recommendations. Of the 34 recommendations made at the last inspection, only 11 had been achieved. We have invoked the Urgent Notification process in relation to HMP Ashcombe: under this protocol, the Secretary of State for Justice must respond publicly within 28 days setting out how outcomes will be improved.

Charlie Taylor said: "I do not take the decision to issue an Urgent Notification lightly. Ashcombe needs sustained support from the centre, not another action plan."

*HM Inspectorate of Prisons, 3rd floor, 10 South Colonnade, Canary Wharf, London E14 4PU*
`;

const RESPONSE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>HMPPS responds to inspection report on HMP Ashcombe - GOV.UK</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/govuk-frontend.min.css">
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="govuk-header" role="banner">
    <div class="govuk-header__container">
      <a href="https://www.gov.uk" class="govuk-header__link govuk-header__link--homepage">GOV.UK</a>
      <nav aria-label="Menu" class="govuk-header__navigation">
        <ul>
          <li><a href="/browse/justice">Crime, justice and law</a></li>
          <li><a href="/government/organisations/hm-prison-and-probation-service">HM Prison and Probation Service</a></li>
          <li><a href="/search/news-and-communications">News and communications</a></li>
        </ul>
      </nav>
    </div>
  </header>
  <div class="govuk-width-container">
    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol>
        <li><a href="/">Home</a></li>
        <li><a href="/browse/justice">Crime, justice and law</a></li>
        <li><a href="/browse/justice/prisons">Prisons</a></li>
      </ol>
    </nav>
    <main id="main-content" role="main">
      <span class="govuk-caption-xl">Press release</span>
      <h1 class="govuk-heading-xl">HMPPS responds to inspection report on HMP Ashcombe</h1>
      <p class="govuk-body-l">Prison service sets out £6.5 million recovery plan after chief inspector's Urgent Notification.</p>
      <p class="metadata">From: <a href="/government/organisations/hm-prison-and-probation-service">HM Prison and Probation Service</a> and <a href="/government/organisations/ministry-of-justice">Ministry of Justice</a><br>Published 10 June 2025</p>

      <div class="govuk-govspeak">
        <p>HM Prison and Probation Service (HMPPS) has today responded to the report by HM Inspectorate of Prisons following its unannounced inspection of HMP Ashcombe in March 2025.</p>

        <p>The prison service accepts the chief inspector's findings and has already begun work on a recovery plan backed by £6.5 million of additional funding over the next two financial years. The plan will be overseen by a new Ashcombe Improvement Board chaired by Amanda Pearce, Director General of Operations at HMPPS, which will meet for the first time on Wednesday 25 June.</p>

        <h2>Action on drugs and security</h2>

        <p>A drone detection system costing £480,000 was installed at Ashcombe in April, after the inspection took place. The prison has also introduced an X-ray body scanner in reception and trained 12 additional drug detection dogs handlers across the region. Since April, staff have seized 2.3 kilograms of cannabis and 410 grams of synthetic cannabinoids known as spice.</p>

        <p>Governor Martin Hale, who took charge of Ashcombe in November 2024, said:</p>
        <blockquote>
          <p>"I am not going to pretend this report makes comfortable reading. The chief inspector is right that too many men are spending too long behind their doors. We have already stabilised staffing on the residential wings and I expect every prisoner to be unlocked for at least four hours a day by the end of September."</p>
        </blockquote>

        <h2>Staffing</h2>

        <p>Since the inspection, Ashcombe has recruited 64 new prison officers, with a further 40 due to start by the end of August. The prison will also receive support from 25 detached duty officers from other establishments for a period of six months. HMPPS said the staff attrition rate at Ashcombe had fallen from 15.2% to 11.8% in the past year, but acknowledged that too many officers remain inexperienced.</p>

        <h2>Conditions and regime</h2>

        <p>Work to repair windows and replace damaged sanitation on A and C wings will begin in July and is expected to take 18 weeks. The postponed heating upgrade has been brought forward and will now start in January 2026. A pest control contractor has been appointed on a 12-month contract. HMPPS said it did not accept that the kitchen closure had left men without hot food for the entire period, stating that hot meals were provided from a neighbouring prison on eight of the 11 days.</p>

        <p>A new employment hub, run in partnership with the Department for Work and Pensions, will open on B wing in the autumn, adding 120 activity places. HMPPS said it expected Ofsted to see "significant progress" at its next monitoring visit.</p>

        <h2>Minister's statement</h2>

        <p>Prisons Minister Lord Timpson said:</p>
        <blockquote>
          <p>"The conditions described at Ashcombe are unacceptable, and I want to thank Charlie Taylor and his team for their thorough work. We inherited a prison system on the point of collapse, but that is no excuse. I have asked for monthly updates on Ashcombe and I will visit the prison myself before the summer recess."</p>
        </blockquote>

        <p>The Secretary of State for Justice, Shabana Mahmood, will publish a formal response to the Urgent Notification, as required, by Tuesday 8 July.</p>

        <h2>Mental health</h2>

        <p>HMPPS said a consultant psychiatrist had been appointed and would start on Monday 4 August. NHS England is working with the prison to reduce waiting times for transfers to secure hospitals, and the number of men waiting has fallen from 14 to six since March.</p>

        <h2>Notes to editors</h2>
        <ul>
          <li>HMP Ashcombe is a category B men's local prison operated by HMPPS. It opened in 1998.</li>
          <li>The full inspection report is available on the HM Inspectorate of Prisons website.</li>
          <li>For media enquiries contact the Ministry of Justice press office on 020 3334 3536.</li>
        </ul>
      </div>
    </main>
  </div>
  <footer class="govuk-footer" role="contentinfo">
    <div class="govuk-width-container">
      <ul class="govuk-footer__inline-list">
        <li><a href="/help">Help</a></li>
        <li><a href="/help/privacy-notice">Privacy</a></li>
        <li><a href="/help/cookies">Cookies</a></li>
        <li><a href="/help/accessibility-statement">Accessibility statement</a></li>
        <li><a href="/contact">Contact</a></li>
        <li><a href="/help/terms-conditions">Terms and conditions</a></li>
      </ul>
      <p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p>
      <p>&copy; Crown copyright</p>
    </div>
  </footer>
</body>
</html>
`;

const files = { 'hmip-report-summary-hmp-ashcombe.md': REPORT, 'hmpps-response-ashcombe.html': RESPONSE };

describe('a prison inspection report and the prison service\'s response, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"made last time" / "made at the last inspection"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: time / inspection.
    verdict('supported', 'Of the 34 recommendations inspectors made last time, only 11 had been achieved.');
    verdict('contradicted', 'Of the 34 recommendations inspectors made last time, only 14 had been achieved.');
  });

  test('"spotted … at least 70 times" / "seen … on at least 70 occasions": a count of occasions, no multiple', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states “70 times” and “spotted”".
    verdict('supported', 'The prison had no working drone detection system when inspectors visited, even though drones had been spotted over the exercise yards at least 70 times since October 2024.');
    // (Unsupported until a report's letterhead of short lines was read as its header: now the figure's rival is named.)
    verdict('contradicted', 'The prison had no working drone detection system when inspectors visited, even though drones had been spotted over the exercise yards at least 90 times since October 2024.', [['90 times', '70 occasions']]);
  });
});
