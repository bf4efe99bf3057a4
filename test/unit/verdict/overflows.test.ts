/**
 * Sewage discharges by a water company: the environment regulator's annual data page (HTML, with a table by site) and
 * the company's statement (plain text). The sources are written for these tests (from a helper's draft); the regulator,
 * the company and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const DATA = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Storm overflow annual returns 2024: Haverleigh Water Services - Inland Waters Regulation Authority</title>
  <meta name="description" content="Event duration monitoring data for storm overflows operated by Haverleigh Water Services Ltd in 2024.">
  <link rel="stylesheet" href="/assets/css/iwra.css">
</head>
<body>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <div class="logo"><a href="/">Inland Waters Regulation Authority</a></div>
    <nav class="primary-nav" aria-label="Main">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/water-quality">Water quality</a></li>
        <li><a href="/permits">Permits and licences</a></li>
        <li><a href="/enforcement">Enforcement</a></li>
        <li><a href="/data">Data and statistics</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/contact">Contact us</a></li>
      </ul>
    </nav>
    <form class="search" action="/search"><label for="q">Search</label><input id="q" name="q" type="search"></form>
  </header>

  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/data">Data and statistics</a></li>
      <li><a href="/data/storm-overflows">Storm overflows</a></li>
      <li aria-current="page">Annual returns 2024: Haverleigh Water Services</li>
    </ol>
  </nav>

  <main id="main-content">
    <p class="doc-type">Official statistics</p>
    <h1>Storm overflow annual returns 2024: Haverleigh Water Services Ltd</h1>
    <p class="meta">Published Wednesday 26 March 2025 &middot; From: Water Quality Regulation Directorate &middot; Reference: IWRA/EDM/2024/07</p>

    <h2>Summary</h2>
    <p>This page sets out event duration monitoring (EDM) data reported to the Inland Waters Regulation Authority (IWRA) by Haverleigh Water Services Ltd for the calendar year 1 January to 31 December 2024. The data covers 412 storm overflows fitted with monitors across the company's operating area in the Tenning and Wenn river catchments and the Saltham Bay coast.</p>
    <ul>
      <li>Haverleigh Water's storm overflows discharged 18,736 times in 2024, up from 15,902 in 2023, an increase of 17.8%.</li>
      <li>The total duration of discharges was 141,209 hours in 2024, compared with 118,440 hours in 2023, an increase of 19.2%.</li>
      <li>The average number of spills per monitored overflow was 45.5, against an average of 31.8 across the nine water and sewerage companies regulated by the IWRA.</li>
      <li>23 overflows had monitor uptime below 90%, which the IWRA treats as a breach of the company's monitoring conditions.</li>
    </ul>

    <h2>Top 10 storm overflows by duration of discharge, 2024</h2>
    <table class="data-table">
      <caption>Haverleigh Water Services Ltd: the ten storm overflows with the longest total discharge duration, 1 January to 31 December 2024</caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Site</th>
          <th scope="col">Receiving water</th>
          <th scope="col">Permit number</th>
          <th scope="col">Spills (count)</th>
          <th scope="col">Duration (hours)</th>
          <th scope="col">Monitor uptime (%)</th>
        </tr>
      </thead>
      <tbody>
        <tr><td>1</td><td>Marlow Bridge combined sewer overflow</td><td>River Tenning</td><td>HW-0417</td><td>214</td><td>2,318</td><td>98.6</td></tr>
        <tr><td>2</td><td>Eastcote Lane wastewater treatment works storm tank</td><td>Ashby Brook</td><td>HW-0082</td><td>187</td><td>1,964</td><td>99.1</td></tr>
        <tr><td>3</td><td>Kingsmead pumping station</td><td>River Tenning</td><td>HW-0231</td><td>162</td><td>1,702</td><td>97.4</td></tr>
        <tr><td>4</td><td>Fenwick Road combined sewer overflow</td><td>Pellow Beck</td><td>HW-0356</td><td>149</td><td>1,455</td><td>95.2</td></tr>
        <tr><td>5</td><td>Stanbury wastewater treatment works</td><td>River Wenn</td><td>HW-0019</td><td>131</td><td>1,288</td><td>100.0</td></tr>
        <tr><td>6</td><td>Old Quay sea outfall</td><td>Saltham Bay (designated bathing water)</td><td>HW-0604</td><td>118</td><td>1,027</td><td>96.8</td></tr>
        <tr><td>7</td><td>Whitlow Green combined sewer overflow</td><td>Ashby Brook</td><td>HW-0298</td><td>109</td><td>944</td><td>92.3</td></tr>
        <tr><td>8</td><td>Birchfield pumping station</td><td>River Wenn</td><td>HW-0145</td><td>97</td><td>861</td><td>99.5</td></tr>
        <tr><td>9</td><td>Norton Hythe combined sewer overflow</td><td>River Tenning</td><td>HW-0473</td><td>88</td><td>790</td><td>94.0</td></tr>
        <tr><td>10</td><td>Cressing Mill wastewater treatment works</td><td>Pellow Beck</td><td>HW-0061</td><td>76</td><td>702</td><td>98.9</td></tr>
      </tbody>
      <tfoot>
        <tr><td colspan="4">All 412 monitored overflows</td><td>18,736</td><td>141,209</td><td>96.1</td></tr>
      </tfoot>
    </table>
    <p class="note">Spills are counted using the 12/24 counting method: the first 12 hours of a discharge count as one spill, and each further block of up to 24 hours counts as an additional spill. Durations are rounded to the nearest hour.</p>

    <h2>What the IWRA is doing</h2>
    <p>The IWRA has opened formal investigations into six Haverleigh Water sites, including Marlow Bridge and Old Quay, where discharges may have occurred in dry weather. Unpermitted dry-weather spills are a criminal offence under the Environmental Permitting Regulations.</p>
    <p>Dr Rosalind Achebe, Director of Water Quality Regulation at the IWRA, said: &ldquo;These figures are heading in the wrong direction. Rainfall explains some of the rise, but not all of it, and we will not accept wet weather as an excuse for overflows that spill hundreds of times a year.&rdquo;</p>
    <p>Marcus Threlfall, the IWRA's Chief Inspector for the Tenning and Wenn area, added: &ldquo;Our officers will be visiting every one of the top ten sites before the end of June. Where we find evidence of illegal spills, we will prosecute.&rdquo;</p>

    <h2>Questions and answers</h2>
    <h3>Why did spills rise in 2024?</h3>
    <p>2024 was wetter than average across the Tenning catchment. However, the IWRA's analysis found that 41 overflows spilled more than 60 times, the threshold at which the authority requires a company to investigate the cause.</p>
    <h3>Does a spill mean the water is unsafe?</h3>
    <p>Not necessarily. Storm overflows release diluted sewage, but repeated discharges can harm river ecology and, at Saltham Bay, the quality of bathing water.</p>
    <h3>When will 2025 data be published?</h3>
    <p>The IWRA expects to publish 2025 annual returns in March 2026.</p>

    <h2>Download the data</h2>
    <ul>
      <li><a href="/files/edm-2024-haverleigh.csv">EDM annual return 2024, Haverleigh Water Services (CSV, 96 KB)</a></li>
      <li><a href="/files/edm-2024-methodology.pdf">Methodology note (PDF, 412 KB)</a></li>
    </ul>
    <p>Media enquiries: IWRA press office, 0300 555 0148 (Monday to Friday, 9am to 5pm).</p>
    <p class="updated">Last updated: Wednesday 26 March 2025, 9:30am</p>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <ul>
        <li><a href="/accessibility">Accessibility statement</a></li>
        <li><a href="/privacy">Privacy notice</a></li>
        <li><a href="/cookies">Cookies</a></li>
        <li><a href="/foi">Freedom of information</a></li>
        <li><a href="/welsh">Cymraeg</a></li>
      </ul>
    </nav>
    <p>All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
    <p>&copy; Inland Waters Regulation Authority 2025. Registered office: Calder House, 14 Mill Street, Tenbridge TB1 4QR.</p>
  </footer>
</body>
</html>
`;

const STATEMENT = `HAVERLEIGH WATER SERVICES LTD
NEWS RELEASE

FOR IMMEDIATE RELEASE
Wednesday 26 March 2025

Haverleigh Water responds to 2024 storm overflow data

Haverleigh Water today responded to the publication of 2024 storm overflow figures by the Inland Waters Regulation Authority (IWRA), and set out a £1.2 billion plan to reduce spills across its region between 2025 and 2030.

The figures show that the company's 412 monitored storm overflows discharged 18,736 times last year, for a total of 141,209 hours. The company said the increase on 2023 was driven largely by exceptional rainfall. Its own weather stations recorded 1,142 millimetres of rain across the Tenning catchment in 2024, 31% more than the 30-year average of 874 millimetres.

Joanna Pryce-Whitman, Chief Executive of Haverleigh Water, said:

"I am not going to pretend these numbers are acceptable. Our customers expect clean rivers and a clean coast, and last year we fell short. Rainfall played a big part, but we know that too many of our overflows are working far harder than they should."

She added: "This is the largest investment in our network since the company was formed in 1989, and our customers will see the difference in their rivers."

WHAT WE ARE DOING

The company's investment plan, approved by the economic regulator in December 2024, includes:

- £86 million in 2025 to upgrade 31 of its highest-spilling overflows;
- a £14.5 million underground storm storage tank at Marlow Bridge, holding 6,800 cubic metres of storm water, with construction starting on Monday 2 June 2025 and due to finish in December 2026;
- new screens and storage at the Old Quay sea outfall to protect bathing water at Saltham Bay, costing £9.3 million;
- 120 kilometres of sewer relining in Kingsmead and Norton Hythe;
- a team of 45 additional network technicians, to be recruited by September 2025.

Samuel Okonjo, Director of Wastewater Operations, said the Marlow Bridge tank would cut spills at the site, the company's worst-performing overflow, by around three quarters.

"Marlow Bridge spilled 214 times last year. Once the tank is in, we expect that to fall to fewer than 50 spills a year," he said. "We are also rolling out smart sensors in the sewer network so that we can spot blockages before they cause a spill."

On monitoring, Mr Okonjo said the company had repaired or replaced the monitors at all 23 overflows where uptime fell below 90%, and that the work was completed on Friday 14 February 2025.

DRY-WEATHER SPILLS

The company said it was cooperating fully with the IWRA's investigations into six of its sites.

Dr Helen Varga, Haverleigh Water's Head of Environmental Compliance, said: "We take any suggestion of a dry-weather spill extremely seriously. We have handed the regulator every record it has asked for, and we will publish the outcome of our own review."

She said the company's internal review, led by an independent engineering firm, Castellan Hydraulics, would report by Tuesday 15 April 2025.

QUESTIONS AND ANSWERS

Q: How many overflows does Haverleigh Water operate?
A: We operate 412 storm overflows, all of which are fitted with event duration monitors.

Q: Will customers' bills rise to pay for this?
A: The investment plan adds an average of £38 a year to a household bill by 2030, as set out in the price determination published in December 2024.

Q: Is it safe to swim at Saltham Bay?
A: Saltham Bay was rated "Good" in the most recent bathing water classification. We publish near-real-time overflow alerts for the bay on our website from May to September.

Q: Why are spills from Eastcote Lane so high?
A: The Eastcote Lane storm tank is too small for the population it now serves. A £6.2 million extension is planned for 2026.

NOTES TO EDITORS

1. Haverleigh Water Services Ltd provides water and wastewater services to about 1.9 million people in the Tenning and Wenn valleys and along the Saltham Bay coast.
2. Storm overflows are a designed part of the sewer network. They release excess storm water and diluted sewage into rivers and the sea during heavy rain to stop sewage backing up into homes and streets.
3. Event duration monitoring data for all overflows is available on the IWRA website.
4. Haverleigh Water's 2025 to 2030 business plan is available at haverleighwater.co.uk/plan.

ENDS

Media contacts:
Tom Eldridge, Head of Media Relations
Press office: 01632 960 418 (24 hours)
Email: press@haverleighwater.co.uk
`;

const files = { 'iwra-storm-overflows-2024.html': DATA, 'haverleigh-water-statement.txt': STATEMENT };

describe("storm overflows: the regulator's data and the company's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('litres are not cubic metres', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported ("6,800 litres" missing).
    verdict('contradicted', 'A £14.5 million underground tank at Marlow Bridge will hold 6,800 litres of storm water.', [['6,800 litres', '6,800 cubic metres']]);
    verdict('supported', 'A £14.5 million underground tank at Marlow Bridge will hold 6,800 cubic metres of storm water.');
  });
});
