/**
 * A water company fined for sewage spills: the environment regulator's press release (HTML) and the company's
 * statement (Markdown). The sources are written for these tests (from a helper's draft); the company and the people are
 * invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Wessex Downs Water fined £4.2 million for sewage pollution of Wiltshire rivers - GOV.UK</title>
  <meta name="description" content="Water company sentenced at Winchester Crown Court after illegal discharges into the River Wylye and River Nadder.">
  <link rel="stylesheet" href="/assets/static/application.css">
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="govuk-header" role="banner">
    <div class="govuk-header__container">
      <a href="https://www.gov.uk/" class="govuk-header__link govuk-header__link--homepage">GOV.UK</a>
      <nav aria-label="Menu" class="govuk-header__navigation">
        <ul>
          <li><a href="/browse/benefits">Benefits</a></li>
          <li><a href="/browse/business">Business and self-employed</a></li>
          <li><a href="/browse/environment-countryside">Environment and countryside</a></li>
          <li><a href="/search/news-and-communications">News and communications</a></li>
          <li><a href="/government/organisations">Departments</a></li>
        </ul>
      </nav>
    </div>
  </header>

  <div class="govuk-width-container">
    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol class="govuk-breadcrumbs__list">
        <li><a href="/">Home</a></li>
        <li><a href="/environment">Environment</a></li>
        <li><a href="/environment/water-pollution">Water pollution</a></li>
      </ol>
    </nav>

    <main id="main-content" role="main">
      <span class="govuk-caption-xl">Press release</span>
      <h1 class="govuk-heading-xl">Wessex Downs Water fined £4.2 million for sewage pollution of Wiltshire rivers</h1>
      <p class="govuk-body-l">Water company sentenced after sewage poured into a protected chalk stream for eleven days and killed hundreds of fish.</p>
      <p class="publication-meta">From: <a href="/government/organisations/environment-agency">Environment Agency</a><br>Published 14 March 2024</p>

      <div class="govuk-govspeak">
        <p>Wessex Downs Water Ltd has been fined £4.2 million for illegally discharging untreated sewage into the River Wylye and the River Nadder in Wiltshire, following a prosecution brought by the Environment Agency.</p>

        <p>The company was sentenced at Winchester Crown Court on Thursday 14 March 2024 by Her Honour Judge Catherine Mallory. It was also ordered to pay prosecution costs of £186,450 and a victim surcharge of £190. Wessex Downs Water had pleaded guilty to four offences under the Environmental Permitting (England and Wales) Regulations 2016 at Salisbury Magistrates' Court on Monday 9 October 2023, and the case was committed to the Crown Court for sentence.</p>

        <h2>Eleven days of pollution at Codford</h2>

        <p>The court heard that on Monday 19 July 2021 a blockage in the inlet screen at Codford sewage treatment works caused untreated sewage to overflow into the River Wylye. The discharge continued for 263 hours, ending on Friday 30 July 2021. The works is only permitted to spill storm sewage during heavy rainfall, but the Met Office recorded no significant rainfall in the area during the period.</p>

        <p>The company did not report the incident to the Environment Agency within the required 24 hours. Telemetry that should have alerted staff to the blockage had failed in April 2021 and had not been repaired. Instead, the pollution was reported by a member of the public, an angler, on Thursday 22 July 2021.</p>

        <p>Senior environment officer Helen Marsh attended the site the following morning, Friday 23 July 2021. She found grey sewage fungus covering the riverbed along a 1.8 kilometre stretch downstream of the works. Samples taken that day showed ammonia levels 40 times higher than upstream of the outfall, and dissolved oxygen had fallen to 2.1 milligrams per litre, compared with a typical reading of 9 milligrams per litre for the river at that time of year.</p>

        <p>Environment Agency officers recovered 412 dead fish, including brown trout, grayling and bullhead. The River Wylye is a chalk stream and forms part of the River Avon Special Area of Conservation, one of the most protected freshwater habitats in England.</p>

        <h2>Further spills at Dinton</h2>

        <p>Between June and August 2022, Dinton sewage pumping station discharged untreated sewage into the River Nadder on three occasions, totalling 74 hours. The longest of these spills lasted 41 hours and began on Sunday 14 August 2022. Investigators found that one of the station's two pumps had been out of service since February 2022, leaving the site without the standby capacity its permit required.</p>

        <p>Unlike the Codford incident, the Dinton spills did not cause a recorded fish kill, but officers found raised ammonia levels for 2.5 kilometres downstream.</p>

        <h2>Sentencing</h2>

        <p>Sentencing, Judge Mallory said the company had shown "a serious and prolonged failure to maintain basic equipment" and that its culpability was high. She said the Codford discharge was "entirely foreseeable and entirely avoidable".</p>

        <p>The judge gave the company a one-third reduction for its early guilty plea. She said the starting point for the offences, before that credit, would have been £6.3 million.</p>

        <p>The fine is the largest ever imposed in a prosecution brought by the Environment Agency's Wessex area, and more than double the previous highest, £1.9 million, imposed on another water company in 2019.</p>

        <h2>Environment Agency comment</h2>

        <p>Sarah Whitcombe, Environment Agency Area Director for Wessex, said:</p>

        <blockquote><p>This was not a freak event. Wessex Downs Water knew its alarm system had failed and did nothing about it for months, and a precious chalk stream paid the price. Today's fine sends a clear message that water companies must look after the assets their customers pay for.</p></blockquote>

        <p>Daniel Okafor, the Environment Agency's lead investigator on the case, said:</p>

        <blockquote><p>Our officers spent more than 1,200 hours on this investigation. We will continue to pursue companies that pollute our rivers, and we will not hesitate to take them to court.</p></blockquote>

        <h2>Notes to editors</h2>
        <ul>
          <li>Wessex Downs Water Ltd provides wastewater services to around 1.3 million customers in Wiltshire, Dorset and Hampshire.</li>
          <li>The four offences were breaches of Regulation 12 and Regulation 38 of the Environmental Permitting (England and Wales) Regulations 2016.</li>
          <li>The Environment Agency has 67 open criminal investigations into water companies across England.</li>
          <li>Members of the public can report pollution to the Environment Agency's 24-hour incident hotline on 0800 80 70 60.</li>
        </ul>
      </div>

      <div class="govuk-related-items">
        <h2>Related content</h2>
        <ul>
          <li><a href="/guidance/storm-overflows">Storm overflows: guidance for water companies</a></li>
          <li><a href="/government/publications/water-company-performance-2022">Water and sewerage companies in England: environmental performance report 2022</a></li>
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
      <p>All content is available under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>, except where otherwise stated</p>
      <p>&copy; Crown copyright</p>
    </div>
  </footer>
</body>
</html>
`;

const STATEMENT = `# Statement from Wessex Downs Water following sentencing at Winchester Crown Court

**For immediate release — 14 March 2024, 2.45pm**

Wessex Downs Water accepts the sentence handed down today at Winchester Crown Court in relation to pollution incidents at Codford sewage treatment works in July 2021 and Dinton sewage pumping station in 2022.

## Statement from Andrew Pryce, Chief Executive

"We are truly sorry for the harm these incidents caused to the River Wylye and the River Nadder, and to the anglers, residents and visitors who love them. What happened at Codford should never have happened. We fell short of the standards our customers rightly expect, and we have not tried to hide from that.

"We pleaded guilty at the first opportunity and we did not dispute the facts put forward by the Environment Agency. Since 2021 we have made significant changes to how we maintain our sites, and we are determined that this will not happen again."

## Who pays the fine

The fine and costs will be paid in full by the company and its shareholders. No part of the penalty will be recovered through customer bills, and the board has confirmed that it will not pay a dividend to shareholders for the 2023/24 financial year.

Claire Fenwick, Director of Environment and Wastewater, said: "Our customers should not pay for our mistakes. The money for this fine comes from our shareholders, not from the people we serve."

## What has changed since 2021

Following the Codford incident, Wessex Downs Water commissioned an independent review of its wastewater operations, led by former Ofwat engineer Dr Priya Natarajan. The review, published in November 2022, made 23 recommendations. The company says 19 of them have now been fully implemented, with the remaining four due to be completed by the end of 2024.

Changes already made include:

- **Telemetry:** Alarms at all 412 of the company's sewage treatment works and pumping stations have been upgraded, and faults now trigger a call to a duty manager within 15 minutes, 24 hours a day.
- **Monitoring:** Event duration monitors are now fitted to 100% of the company's 1,046 storm overflows, up from 71% at the end of 2020.
- **Maintenance:** The company has recruited 85 additional field technicians since January 2022, an increase of 22% on its previous field workforce.
- **Standby equipment:** Every pumping station now holds a second working pump or a rapid-deployment replacement within four hours.

## Investment at Codford and Dinton

A £38 million upgrade at Codford sewage treatment works began in September 2023. It will increase the works' storm storage capacity by 60% and install new inlet screens designed to clear blockages automatically. The work is due to be completed by March 2026.

At Dinton, the company has already replaced both pumps and installed a new 450 cubic metre storm tank at a cost of £4.7 million. The work was finished in June 2023.

## Wider investment plan

Between 2025 and 2030, Wessex Downs Water plans to invest £1.1 billion in its wastewater network, including work at 210 storm overflows. The plan has been submitted to Ofwat, the economic regulator for the water sector in England and Wales, and a final determination is expected in December 2024.

The company says the number of spills from its storm overflows fell by 18% in 2023 compared with 2022, while the total duration of spills fell by 24%. It acknowledges that part of this reduction reflects a drier summer and says it "does not claim credit for the weather".

## River restoration

Wessex Downs Water has committed £2.5 million over five years to a River Wylye restoration partnership with the Wiltshire Wildlife Trust and the Wylye Valley Angling Association. The partnership will restock the river with 20,000 juvenile brown trout reared from local wild stock, and restore 6 kilometres of riverbank habitat.

Tom Ashby, chair of the Wylye Valley Angling Association, said the partnership was "a start, not an apology", and that the association would judge the company "on what the river looks like in five years, not on press releases".

## Background

- Wessex Downs Water Ltd serves around 1.3 million wastewater customers across Wiltshire, Dorset and Hampshire and employs around 2,100 people.
- The company is owned by a consortium of pension and infrastructure funds.
- The company has not been prosecuted by the Environment Agency for any other incident since 2019.

**Media enquiries:** press office, Wessex Downs Water, 01722 555 310 (24 hours).

*Ends*
`;

const files = { 'ea-press-release-wessex-downs-water-fined.html': RELEASE, 'wessex-downs-water-statement.md': STATEMENT };

describe("a sewage fine: the regulator's release and the company's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('a post on something: "the Environment Agency\'s lead investigator on the case"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported ("on the case" made "case" the post).
    verdict('contradicted', "Sarah Whitcombe, the Environment Agency's lead investigator on the case, said officers had spent more than 1,200 hours on the investigation.");
    verdict('supported', "Daniel Okafor, the Environment Agency's lead investigator on the case, said officers had spent more than 1,200 hours on the investigation.");
  });

  test('a word of an office\'s field is no rival of a person\'s name ("Director of Environment and Wastewater")', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives Wastewater, not Andrew Pryce".
    const r = verdict('supported', 'Andrew Pryce said: "Our customers should not pay for our mistakes."');
    assert.ok(!r.conflicts.some((c) => c.source === 'Wastewater'));
  });
});
