/**
 * A heatwave's record: the weather agency's climate statement (HTML, with a table of station maxima) and the health
 * agency's heat-health bulletin (plain text). The sources are written for these tests (from a helper's draft); the
 * country, the agencies and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Provisional new national temperature record: 41.3°C at Kestford Airport | Lauria Meteorological Agency</title>
<meta name="description" content="Climate statement on the heatwave of 14–17 July 2024 and the provisional new national maximum temperature record.">
<link rel="stylesheet" href="/assets/css/lma-main.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Lauria Meteorological Agency</a>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/forecasts">Forecasts</a></li>
      <li><a href="/warnings">Warnings</a></li>
      <li><a href="/climate">Climate</a></li>
      <li><a href="/research">Research</a></li>
      <li><a href="/news" aria-current="page">News</a></li>
      <li><a href="/about">About us</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search lma.gov.la"></form>
</header>

<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/climate-statements">Climate statements</a> › Heatwave July 2024
</nav>

<main id="content">
<article>
<h1>Provisional new national temperature record: 41.3°C at Kestford Airport</h1>
<p class="meta">Climate statement | Published Wednesday 17 July 2024, 11:00 | Last updated Wednesday 17 July 2024, 14:30</p>

<p class="lede">A provisional new national maximum temperature record of 41.3°C was measured at Kestford Airport in Holm County at 15:42 on Tuesday 16 July 2024, the Lauria Meteorological Agency (LMA) has confirmed. If verified, it will exceed the previous national record of 40.3°C, set at Marrow Bridge on Tuesday 19 July 2022, by 1.0°C.</p>

<h2>Key points</h2>
<ul>
  <li>41.3°C at Kestford Airport on 16 July is the highest temperature ever recorded in Lauria, subject to verification.</li>
  <li>Five stations exceeded the previous national record of 40.3°C on the same afternoon.</li>
  <li>46 of the LMA's 312 long-running climate stations broke their all-time maximum records between 14 and 17 July.</li>
  <li>Marrow Bridge recorded a minimum of 28.1°C on the night of 16–17 July, the highest daily minimum on record in Lauria, beating 26.8°C at Port Selden on 20 July 2022.</li>
  <li>The Red extreme heat warning issued on Saturday 13 July expired at 21:00 on Wednesday 17 July.</li>
</ul>

<h2>Highest station maxima, Tuesday 16 July 2024</h2>
<table class="data-table">
  <caption>Provisional daily maximum temperatures at selected climate stations, 16 July 2024 (local time)</caption>
  <thead>
    <tr><th>Station</th><th>County</th><th>Maximum (°C)</th><th>Time</th><th>Previous station record (°C)</th><th>Date of previous record</th></tr>
  </thead>
  <tbody>
    <tr><td>Kestford Airport</td><td>Holm</td><td>41.3</td><td>15:42</td><td>39.8</td><td>19 July 2022</td></tr>
    <tr><td>Marrow Bridge</td><td>Holm</td><td>40.9</td><td>16:10</td><td>40.3</td><td>19 July 2022</td></tr>
    <tr><td>Pellham Heath</td><td>Sarne</td><td>40.6</td><td>15:20</td><td>38.7</td><td>25 July 2019</td></tr>
    <tr><td>Dunhallow</td><td>Sarne</td><td>40.5</td><td>14:55</td><td>38.1</td><td>19 July 2022</td></tr>
    <tr><td>Ashcombe Park</td><td>Wester Vale</td><td>40.4</td><td>16:35</td><td>37.6</td><td>10 August 2003</td></tr>
    <tr><td>Tarnby</td><td>Lenmoor</td><td>38.4</td><td>15:05</td><td>36.9</td><td>19 July 2022</td></tr>
    <tr><td>Greyloch</td><td>Northmarch</td><td>33.7</td><td>14:20</td><td>34.9</td><td>3 August 1990</td></tr>
  </tbody>
</table>
<p class="note">All values are provisional and have been subject to initial quality control only. Greyloch is included for comparison; it did not set a record.</p>

<h2>What the experts say</h2>
<p>Dr Imogen Achterberg, Chief Meteorologist at the LMA, said: "Until this week no station in Lauria had ever reached 41 degrees. We have now broken the national record by a full degree, only two years after the last one was set, and that is a pace of change our climate records have never shown before."</p>
<p>Rafael Quenby, Head of Climate Monitoring at the LMA, said the Kestford Airport reading had passed initial checks: "The sensor was inspected on Wednesday morning and found to be within calibration, and neighbouring stations at Marrow Bridge and Pellham Heath recorded values within a degree of it. We have no reason to doubt the reading."</p>
<p>He added: "The overnight minimum at Marrow Bridge is in some ways more worrying than the daytime peak, because people's bodies get no chance to recover."</p>

<h2>How the heatwave developed</h2>
<p>A slow-moving area of high pressure became established over Lauria on Friday 12 July, drawing very hot air north from the continental interior. Temperatures exceeded 35°C somewhere in the country on four consecutive days, from Sunday 14 July to Wednesday 17 July. A cold front crossed the country from the west on Wednesday evening, bringing thunderstorms and a fall in temperature of around 12°C in Holm County within six hours.</p>
<p>The LMA's provisional analysis indicates that the national mean temperature for 16 July was 29.4°C, the warmest day for the country as a whole since national records began in 1884.</p>

<h2>Verification</h2>
<p>The record will be reviewed by the LMA's Climate Extremes Committee, chaired by Professor Halvard Mennick of the University of Tarnby. The committee expects to publish its findings within eight weeks. Until then, the figure of 41.3°C should be described as provisional.</p>

<h2>Questions and answers</h2>
<h3>Is this heatwave caused by climate change?</h3>
<p>A rapid attribution study led by the LMA's Climate Attribution Unit estimates that temperatures of this magnitude have been made at least ten times more likely by human-induced climate change. The full study will be published in September.</p>
<h3>Why was the record set at an airport?</h3>
<p>Kestford Airport's climate station sits on a grass enclosure 400 metres from the nearest runway and meets World Meteorological Organization siting standards. Its records date back to 1951.</p>
<h3>When will temperatures return to normal?</h3>
<p>Maximum temperatures are expected to be between 22°C and 26°C from Friday 19 July, close to the average for mid-July.</p>

<h2>Media contact</h2>
<p>LMA Press Office: press@lma.gov.la, +57 20 4418 3300 (24 hours).</p>
</article>
</main>

<footer class="site-footer">
  <nav aria-label="Footer">
    <ul>
      <li><a href="/about/contact">Contact us</a></li>
      <li><a href="/about/accessibility">Accessibility</a></li>
      <li><a href="/about/privacy">Privacy notice</a></li>
      <li><a href="/about/open-data">Open data</a></li>
      <li><a href="/about/careers">Careers</a></li>
    </ul>
  </nav>
  <p>© 2024 Lauria Meteorological Agency, Observatory Road, Kestford KF3 9LM. Content is available under the Lauria Open Government Licence unless otherwise stated.</p>
</footer>
</body>
</html>
`;

const BULLETIN = `NATIONAL PUBLIC HEALTH AGENCY OF LAURIA
Heat-Health Alert Bulletin No. 8 (2024 season)

Issued: Thursday 18 July 2024, 09:30
Issued by: Environmental Hazards Unit, National Public Health Agency (NPHA)
Alert period covered: Monday 15 July 2024, 08:00 to Friday 19 July 2024, 09:00
Distribution: Regional health authorities, municipal emergency planners, hospital trusts, care home operators, media

OFFICIAL - FOR PUBLIC RELEASE

------------------------------------------------------------
1. ALERT STATUS
------------------------------------------------------------

Level 4 (Red) heat-health alert: Holm, Sarne and Wester Vale regions.
Level 3 (Amber) heat-health alert: Lenmoor and the Capital District.
Level 2 (Yellow) heat-health alert: Northmarch.

The Level 4 alert was raised at 08:00 on Monday 15 July and will be stood down at 09:00 on Friday 19 July 2024. This is only the second Level 4 heat-health alert issued since the alert system was introduced in 2011; the first was issued in July 2022.

------------------------------------------------------------
2. SUMMARY
------------------------------------------------------------

Provisional surveillance data indicate a substantial rise in deaths and in heat-related illness during the heatwave of 14 to 17 July 2024. The NPHA estimates that there were 1,370 excess deaths in Lauria between Saturday 13 July and Wednesday 17 July, of which 1,140 were among people aged 65 and over. These are early estimates based on rapid mortality reporting from 19 of the country's 22 registration districts and are likely to change.

For comparison, the NPHA's final estimate for the heatwave of 17 to 20 July 2022 was 1,012 excess deaths.

------------------------------------------------------------
3. SURVEILLANCE INDICATORS (14 to 17 July 2024)
------------------------------------------------------------

- Emergency department attendances for heat-related illness: 3,412, up 58% on the same period last week.
- Calls to HealthLine 119 about heat: 21,600, the highest four-day total since the service began in 2015.
- Ambulance call-outs for heatstroke and heat exhaustion: 1,085.
- Hospital admissions with a primary diagnosis of heatstroke: 296, of whom 71 were admitted to intensive care.
- Drowning deaths in rivers, lakes and reservoirs: 9 (provisional, reported by police).

------------------------------------------------------------
4. STATEMENTS
------------------------------------------------------------

Dr Sunniva Okafor-Hale, Director of Environmental Health at the NPHA, said:

"These figures are a stark reminder that heat kills, and that it kills quietly. Most of the people who died were older adults, many living alone, and most of them died at home rather than in hospital."

"Excess death estimates always rise as more registrations come in, so I expect the final number to be higher than 1,370."

Professor Maren Eklund, Chief Medical Adviser to the Ministry of Health, said:

"Hospitals in Holm and Sarne coped under enormous pressure, and I want to thank every nurse, paramedic and doctor who worked through those nights. But we cannot rely on heroics. Every care home in this country needs a plan to keep residents cool."

------------------------------------------------------------
5. RESPONSE
------------------------------------------------------------

- 214 public cooling centres opened in 38 municipalities between 14 and 17 July, recording 52,300 visits.
- Outdoor work restrictions were in force in the Red alert regions from 11:00 to 17:00 daily.
- The Ministry of Education closed 640 schools in Holm and Sarne on Tuesday 16 July.
- The NPHA deployed 12 rapid-response teams to support care homes in the Red alert regions.

------------------------------------------------------------
6. ADVICE TO THE PUBLIC
------------------------------------------------------------

Although temperatures are forecast to fall from Friday, indoor temperatures, particularly in top-floor flats, may remain high for several days.

- Check on older neighbours, relatives and anyone living alone at least once a day.
- Keep windows closed and curtains drawn while it is hotter outside than inside.
- Drink plenty of fluids and avoid alcohol.
- Never leave children or animals in a parked vehicle.
- Call HealthLine 119 for advice, or the emergency number 112 if someone has symptoms of heatstroke: confusion, a temperature of 40°C or above, hot dry skin, or loss of consciousness.

------------------------------------------------------------
7. UPDATE LOG
------------------------------------------------------------

13 Jul 2024 16:00  Bulletin No. 6: Level 3 (Amber) alert for Holm, Sarne and Wester Vale from 08:00 on 14 July.
14 Jul 2024 12:15  Bulletin No. 7: Level 4 (Red) alert raised for Holm, Sarne and Wester Vale from 08:00 on 15 July.
16 Jul 2024 18:40  Statement: Ministry of Education confirms school closures in Holm and Sarne.
18 Jul 2024 09:30  Bulletin No. 8: first excess mortality estimate published (this bulletin).

------------------------------------------------------------
8. NEXT UPDATE
------------------------------------------------------------

The next bulletin will be issued at 10:00 on Monday 22 July 2024. A full mortality report for the summer will be published in November 2024.

------------------------------------------------------------
ABOUT THIS BULLETIN
------------------------------------------------------------

Heat-health alerts are issued by the NPHA in partnership with the Lauria Meteorological Agency (LMA). Excess deaths are estimated by comparing registered deaths with the number expected for the time of year, based on the previous five years. Figures are provisional and subject to revision.

Media enquiries: NPHA Press Office, media@npha.gov.la, +57 20 4470 1200
Environmental Hazards Unit, NPHA, 4 Wellgate Square, Kestford KF1 2HA

(c) National Public Health Agency of Lauria 2024
`;

const files = { 'lma-climate-statement-2024-07-17.html': STATEMENT, 'npha-heat-health-bulletin-08.txt': BULLETIN };

describe("a heatwave: the climate statement and the heat-health bulletin, with the product's word vectors", () => {
  withProductWordVectors();

  test('a range of days written month first or day first: "between July 14 and 17" / "between 14 and 17 July"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Were contradicted: "The source gives 17 July, not July 14 and 14, not 17".
    verdict('supported', "Forty-six of the agency's 312 long-running climate stations set new all-time highs between July 14 and 17.");
    verdict('supported', 'Marrow Bridge recorded an overnight low of 28.1°C on the night of July 16 to 17, the highest daily minimum ever measured in Lauria.');
    verdict('contradicted', "Forty-six of the agency's 312 long-running climate stations set new all-time highs between July 14 and 18.");
  });

  test('a name in apposition before "said" is its subject, not the name after it: "…, Rafael Quenby, said the Kestford sensor …"', async () => {
    const report = await checkAgainst(files, "# Heat\n\nThe agency's head of climate monitoring, Rafael Quenby, said the Kestford sensor had been inspected on Wednesday morning and found to be within calibration.\n");
    // Was "In the source, this was said by Rafael Quenby, not Kestford".
    assert.deepEqual(report.findings.map((f) => f.message), []);
    assert.equal(report.claims[0].verdict, 'supported');
  });
});
