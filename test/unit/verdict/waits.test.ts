/**
 * Monthly A&E waiting-time statistics and a hospital trust's response: the statistics release (HTML, with a table of
 * trusts) and the trust's statement with a board paper (Markdown). The sources are written for these tests (from a
 * helper's draft); the trusts and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>A&amp;E Attendances and Emergency Admissions, October 2024 – Statistical Press Notice – NHS England</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/css/nhse-main.css">
</head>
<body>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <div class="logo"><a href="/">NHS England</a></div>
    <nav class="primary-nav" aria-label="Primary navigation">
      <ul>
        <li><a href="/about/">About us</a></li>
        <li><a href="/statistics/">Statistics</a></li>
        <li><a href="/publications/">Publications</a></li>
        <li><a href="/news/">News</a></li>
        <li><a href="/contact-us/">Contact us</a></li>
      </ul>
    </nav>
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <a href="/">Home</a> &gt; <a href="/statistics/">Statistics</a> &gt; <a href="/statistics/ae-waiting-times/">A&amp;E Waiting Times and Activity</a> &gt; October 2024
    </nav>
  </header>

  <main id="main-content">
    <article>
      <h1>A&amp;E Attendances and Emergency Admissions: October 2024</h1>
      <p class="meta">Statistical Press Notice. Published Thursday 14 November 2024, 9:30am. Official Statistics.</p>
      <p class="meta">Responsible statistician: Dr Helen Marsh, Head of Urgent and Emergency Care Analysis, NHS England. Press enquiries: 0113 825 0958.</p>

      <h2>Key points</h2>
      <ul>
        <li>There were 2,381,604 attendances at A&amp;E departments in England in October 2024, an increase of 4.2% on October 2023 and the highest October figure on record.</li>
        <li>Nationally, 72.1% of patients were admitted, transferred or discharged within four hours of arrival, down from 73.0% in September 2024 but up from 70.8% in October 2023. The interim operational standard is 78% by March 2025.</li>
        <li>At type 1 (major) A&amp;E departments, 57.4% of patients were seen within four hours.</li>
        <li>There were 44,718 waits of more than 12 hours from a decision to admit to admission (so-called "trolley waits"), up from 41,296 in September 2024 but down from 46,413 in October 2023.</li>
        <li>Ambulance handovers: 28,512 handovers took longer than 60 minutes, compared with 25,940 in September 2024. The median handover time was 19 minutes and 40 seconds.</li>
        <li>Emergency admissions via A&amp;E totalled 465,873, a rise of 2.9% on the same month last year.</li>
      </ul>

      <h2>Commentary</h2>
      <p>Dr Helen Marsh said: "October saw demand at a record level for the time of year, and four-hour performance fell back slightly from September. The number of patients waiting more than 12 hours from a decision to admit rose for the third consecutive month."</p>
      <p>Performance varied widely between trusts. Of the 122 trusts with a type 1 department, 19 met or exceeded the 78% interim standard in October. The lowest-performing trust, Eastmoor and Fenwick Hospitals NHS Trust, saw 51.2% of patients within four hours.</p>
      <p>Heavy demand was recorded on Monday 21 October 2024, when 89,406 patients attended A&amp;E, the busiest single day of the month. The quietest day was Saturday 26 October, with 71,955 attendances.</p>

      <h2>Selected trusts in the Midlands region</h2>
      <p>The table below shows all-type four-hour performance, 12-hour trolley waits and ambulance handovers over 60 minutes for selected acute trusts in the Midlands region. Comparisons are with September 2024 and October 2023.</p>
      <table class="stats-table">
        <caption>Table 3: Selected Midlands trusts, October 2024</caption>
        <thead>
          <tr>
            <th scope="col">Trust</th>
            <th scope="col">Attendances</th>
            <th scope="col">Within 4 hours (Oct 2024)</th>
            <th scope="col">Within 4 hours (Sep 2024)</th>
            <th scope="col">Within 4 hours (Oct 2023)</th>
            <th scope="col">12-hour trolley waits</th>
            <th scope="col">Handovers over 60 mins</th>
          </tr>
        </thead>
        <tbody>
          <tr><td>Riverside Valley Hospitals NHS Foundation Trust</td><td>24,316</td><td>61.8%</td><td>64.5%</td><td>66.2%</td><td>1,247</td><td>612</td></tr>
          <tr><td>Ashbourne and Dale NHS Trust</td><td>17,882</td><td>74.9%</td><td>73.6%</td><td>71.0%</td><td>388</td><td>141</td></tr>
          <tr><td>Kingsmere University Hospitals NHS Trust</td><td>31,045</td><td>68.3%</td><td>69.1%</td><td>67.7%</td><td>902</td><td>455</td></tr>
          <tr><td>North Wrexley Healthcare NHS Foundation Trust</td><td>12,509</td><td>79.4%</td><td>80.2%</td><td>76.5%</td><td>96</td><td>38</td></tr>
          <tr><td>Eastmoor and Fenwick Hospitals NHS Trust</td><td>20,774</td><td>51.2%</td><td>53.9%</td><td>55.4%</td><td>1,610</td><td>803</td></tr>
          <tr><td>Midlands region total</td><td>412,930</td><td>70.4%</td><td>71.5%</td><td>69.3%</td><td>8,944</td><td>5,317</td></tr>
        </tbody>
      </table>
      <p class="note">Note: Riverside Valley Hospitals NHS Foundation Trust did not submit complete data for its urgent treatment centre at Hollin Bridge for 7 to 9 October; figures for those days have been estimated by the trust. No other Midlands trust reported data quality issues this month.</p>

      <h2>Ambulance handover delays</h2>
      <p>Handover delays of more than 60 minutes rose by 9.9% compared with September. Across England, an estimated 142,000 ambulance hours were lost to handover delays longer than 30 minutes in October, equivalent to about 11,800 twelve-hour ambulance shifts.</p>
      <p>The West Midlands Ambulance Service reported its longest single handover delay of the month at Riverside Valley's Kingsgate Hospital on Tuesday 22 October, when a patient waited 11 hours and 14 minutes in an ambulance outside the emergency department.</p>

      <h2>Revisions and data quality</h2>
      <p>September 2024 figures have been revised to include late submissions from two trusts. The revision did not change the national four-hour percentage. There were no revisions to the 12-hour figures.</p>
      <p>The next release, covering November 2024, will be published on Thursday 12 December 2024.</p>
    </article>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <ul>
        <li><a href="/accessibility/">Accessibility</a></li>
        <li><a href="/privacy-notice/">Privacy notice</a></li>
        <li><a href="/cookies/">Cookies</a></li>
        <li><a href="/terms/">Terms and conditions</a></li>
        <li><a href="/statistics/ae-waiting-times/">Back to A&amp;E statistics</a></li>
      </ul>
    </nav>
    <p>&copy; NHS England 2024. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
  </footer>
</body>
</html>
`;

const TRUST = `# Riverside Valley Hospitals NHS Foundation Trust

## Statement from the Chief Executive on October 2024 A&E performance

**Issued: Thursday 14 November 2024, 11:45am**
**Media contact: Communications Office, Kingsgate Hospital, 01632 960 418**

Riverside Valley Hospitals NHS Foundation Trust runs Kingsgate Hospital in Wexham Cross and Hollin Bridge Community Hospital, which hosts the trust's urgent treatment centre.

Chief Executive Amanda Okafor said:

"I want to apologise to every patient who waited too long in our emergency department in October. That is not the standard of care we expect, and it is not the standard our staff want to deliver.

"Our teams saw more than 24,000 people last month, around 800 a day, and many of them arrived sicker and older than we have seen before. Our four-hour performance of 61.8% is simply not good enough."

Ms Okafor said the trust had opened a 24-bed discharge lounge and step-down ward, known as Linden Ward, at Kingsgate Hospital on Monday 4 November, funded by £1.9 million from the Midlands regional winter allocation. She said the ward would "free up beds on our acute wards within days, not weeks".

She added: "We did not close our emergency department to ambulances at any point in October, and we did not divert patients to neighbouring trusts. But I recognise that some patients waited in ambulances far longer than anyone should."

Responding to the 11-hour handover delay reported on 22 October, Ms Okafor said the patient, a man in his eighties, had been "clinically monitored throughout" and had since been discharged home. The trust has reported the incident to the Care Quality Commission and has launched a review led by Dr Rajesh Patel, Medical Director.

Dr Patel said: "We owe this patient and his family a full and honest account. The review will report to the trust board in January."

The trust's Chief Nurse, Claire Donnelly, said 46 international nurses had joined the emergency department since June and that agency nurse spending in the department had fallen by 18% compared with the first half of the year.

---

## Extract from Board of Directors paper

**Meeting held in public: Wednesday 6 November 2024, 10:00am, Boardroom, Kingsgate Hospital**
**Agenda item 7.2: Urgent and Emergency Care Performance Report**
**Presented by: Marcus Webb, Chief Operating Officer**
**Paper author: Sunita Rao, Director of Urgent Care**

### 1. Purpose

This paper updates the board on urgent and emergency care (UEC) performance for October 2024 and on the delivery of the trust's winter plan. The board is asked to note the report and to approve the recommendations in section 5.

### 2. Performance summary

2.1 Four-hour performance across all types was 61.8% in October, compared with 64.5% in September and 66.2% in October 2023. The trust remains below the 78% interim standard and ranks 114th of 122 trusts with a type 1 department.

2.2 There were 1,247 patients who waited more than 12 hours from a decision to admit, compared with 1,012 in September. This is the highest monthly figure since January 2023.

2.3 The average time from arrival to departure for admitted patients was 14 hours and 6 minutes, up from 12 hours and 48 minutes in September.

2.4 Ambulance handovers exceeding 60 minutes totalled 612, up from 540 in September. The trust lost an estimated 3,870 ambulance hours to handover delays over 30 minutes.

2.5 Bed occupancy in general and acute beds averaged 96.8% across the month against a planning assumption of 92%. On an average day, 141 patients who were medically fit for discharge remained in hospital beds, the equivalent of almost six wards.

### 3. Drivers of performance

3.1 Attendances at Kingsgate Hospital's emergency department were 9% higher than in October 2023. Attendances by patients aged 80 and over increased by 14%.

3.2 Delays in social care assessments by Wexham County Council remain the largest single cause of delayed discharges. The council has not yet recruited to 12 of its 30 vacant social worker posts.

3.3 The urgent treatment centre at Hollin Bridge closed early on 11 evenings in October owing to GP vacancies. Incomplete data for 7 to 9 October followed a failure of the centre's patient administration system and has been estimated.

### 4. Actions taken

4.1 Linden Ward (24 beds) opened on 4 November. The capital and first-year revenue costs of £1.9 million are met from the regional winter allocation, not from the trust's own budget.

4.2 A rapid assessment and treatment area with four ambulance bays opened on 28 October, staffed from 8am to midnight seven days a week.

4.3 The trust has agreed with Wexham County Council to jointly fund 10 additional home care packages a week until the end of March 2025, at a cost to the trust of £420,000.

### 5. Recommendations

5.1 The board is asked to approve a recovery trajectory reaching 70% four-hour performance by the end of March 2025. Mr Webb advised that the trust "will not reach the 78% interim standard this financial year".

5.2 The board is asked to note that no further capital funding has been confirmed for 2025/26.

*Minute note: Non-executive director Professor Gareth Lyle asked whether the 70% trajectory was realistic. Mr Webb said it was "stretching but achievable" if delayed discharges fell below 100 a day. The board approved the recommendations unanimously.*
`;

const files = { 'ae-statistics-october-2024.html': RELEASE, 'riverside-valley-statement-and-board-paper.md': TRUST };

describe("A&E waiting times: the statistics release and the trust's response, with the product's word vectors", () => {
  withProductWordVectors();

  test('"44,718 … waited more than 12 hours …, up from 41,296" sets 44,718, not the 12 hours, against 41,296', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives up from 41,296, not up".
    verdict('supported', 'Some 44,718 patients waited more than 12 hours from a decision to admit, up from 41,296 in September.');
    verdict('contradicted', 'Some 44,718 patients waited more than 12 hours from a decision to admit, down from 41,296 in September.');
  });

  test('"met or beat" is "met or exceeded"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives exceeded, not beat".
    verdict('supported', 'Only 19 of the 122 trusts with a type 1 department met or beat the 78% interim standard in October.');
  });

  test('an office written into a name\'s capitals: "Director of Urgent Care Marcus Webb" / "Marcus Webb, Chief Operating Officer"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Director of Urgent Care Marcus Webb presented the performance report to the board on Wednesday 6 November.', [['Director of Urgent Care', 'Chief Operating Officer']]);
    verdict('supported', 'Chief Operating Officer Marcus Webb presented the performance report to the board on Wednesday 6 November.');
  });
});
