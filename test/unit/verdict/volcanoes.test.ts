/**
 * A volcanic eruption that closes airports: the observatory's bulletin (plain text, with a timeline) and the airport
 * operator's passenger update (HTML, with questions and answers). The sources are written for these tests (from a
 * helper's draft); the places and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const BULLETIN = `ORVANE VOLCANO OBSERVATORY
Institute of Earth Sciences, University of Halvorsund
Volcanic Activity Bulletin — Mount Orvane

Bulletin No.: 2025/047
Issued: Wednesday 15 October 2025, 18:00 local time (16:00 UTC)
Supersedes: Bulletin No. 2025/046 (issued Wednesday 15 October 2025, 10:00)
Aviation Colour Code: RED (unchanged since 04:12)
Volcano Alert Level: 4 (on a scale of 1 to 5)

SUMMARY

An explosive eruption began at the southern summit crater of Mount Orvane at 04:12 local time on Wednesday
15 October 2025, following a seismic swarm that started late on Tuesday evening. The eruption column reached
a maximum height of 12.2 km (about 40,000 ft) above sea level at 06:50. Prevailing westerly winds of
40–50 km/h have carried the ash cloud east and south-east over the Halvorsund lowlands. Intensity has declined
since mid-morning, but the eruption is continuing and the Aviation Colour Code remains at RED.

TIMELINE OF EVENTS (all times local)

Tuesday 14 October 2025
22:40  A seismic swarm begins beneath the summit at depths of 3–6 km. About 180 earthquakes are recorded in
       the following three hours, the largest of magnitude 3.8 at 23:57.

Wednesday 15 October 2025
01:15  Continuous volcanic tremor is detected at all six seismic stations on the volcano. The Volcano Alert
       Level is raised from 2 to 3 and the Aviation Colour Code from YELLOW to ORANGE.
04:12  Explosive eruption begins at the southern summit crater. Aviation Colour Code raised to RED; Volcano
       Alert Level raised to 4.
04:35  Weather radar at Tolvik measures the top of the ash plume at 9.5 km above sea level.
06:50  The plume reaches its maximum height so far, 12.2 km above sea level.
09:15  Ashfall reported in the town of Brennholt, 28 km east of the summit, with deposits up to 3 mm thick.
       Fine ash also reported in Kvernes, 41 km south-east.
12:30  Eruption intensity declines. Plume height measured at 6.8 km above sea level.
16:00  Plume height 5.1 km above sea level. Sulphur dioxide emission estimated at 14,000 tonnes per day
       from satellite data.

CURRENT ASSESSMENT

The eruption is phreatomagmatic to magmatic in character. Ash samples collected at Brennholt contain fresh
glassy fragments, which indicates that new magma is reaching the surface. Seismic activity has decreased by
about 60 per cent since the peak at 05:00 but remains well above background levels. Ground deformation
measured by GPS shows that the summit area has subsided by 4 cm since Tuesday.

Dr Ingrid Salvesen, chief volcanologist at the Orvane Volcano Observatory, said: "The most intense phase of
the eruption appears to be over, but we cannot rule out renewed explosions in the coming days. The ash cloud
will keep drifting east as long as the westerly winds hold."

Dr Tomas Brekke, head of seismic monitoring, said the swarm on Tuesday night was "the strongest signal we have
recorded at Orvane since the 2011 eruption". The 2011 eruption lasted 19 days and produced a plume of up to
8 km.

Maren Olufsen, the observatory's aviation liaison officer, said that the observatory was sending updated ash
forecasts to the Halvorsund Volcanic Ash Advisory Centre every three hours. "Airlines and airports should plan
on the basis that the ash cloud will not clear before Thursday morning," she said.

HAZARDS

- Ashfall: expected to continue east of the volcano. Residents of Brennholt and Kvernes are advised to keep
  windows closed and to wear masks outdoors.
- Ballistic projectiles: blocks up to 50 cm across have been thrown up to 2 km from the crater.
- Exclusion zone: the Halvorsund County civil protection office has closed a 10 km radius around the summit.
  Route 71 between Brennholt and Vikstad is closed.
- Lahars: possible in the Orva river valley if heavy rain falls on fresh ash deposits.

OUTLOOK

Further explosive activity is likely over the next 24 to 48 hours. The observatory will issue its next
bulletin at 06:00 on Thursday 16 October 2025, or earlier if conditions change significantly.

CONTACT

Orvane Volcano Observatory, Skolegata 14, 4020 Halvorsund
Duty scientist (24 hours): +47 51 80 24 00
Media enquiries: press@orvane-observatory.no

This bulletin is produced by the Orvane Volcano Observatory on behalf of the Institute of Earth Sciences,
University of Halvorsund. Information is provisional and may be revised as new data become available.
Times are local (UTC+2) unless otherwise stated.
`;

const UPDATE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Volcanic ash disruption: passenger update | Halvorsund Airport</title>
  <meta name="description" content="Latest information for passengers on flight cancellations at Halvorsund Airport and Brennholt Regional Airport caused by the Mount Orvane eruption.">
  <link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Nordvest Airports — Halvorsund Airport</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/flights/departures">Departures</a></li>
        <li><a href="/flights/arrivals">Arrivals</a></li>
        <li><a href="/parking">Parking</a></li>
        <li><a href="/transport">Getting here</a></li>
        <li><a href="/shops-and-dining">Shops &amp; dining</a></li>
        <li><a href="/help">Help</a></li>
      </ul>
    </nav>
  </header>

  <div class="alert-banner">Halvorsund Airport is CLOSED to all flights. Do not travel to the airport unless your airline has confirmed your flight.</div>

  <main>
    <nav class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a> › Volcanic ash disruption</nav>

    <h1>Volcanic ash disruption: passenger update</h1>
    <p class="updated">Last updated: Wednesday 15 October 2025, 19:30</p>

    <h2>Current situation</h2>
    <p>Following the eruption of Mount Orvane early on Wednesday 15 October, Halvorsund Airport closed to all
    arriving and departing flights at 05:30. Brennholt Regional Airport, which is also operated by Nordvest
    Airports, closed at 05:00 after ash began to fall on the runway area.</p>
    <p>On Wednesday, 412 flights were cancelled at Halvorsund Airport and a further 61 at Brennholt Regional
    Airport. We estimate that around 58,000 passengers have been affected across both airports. Thirty-four
    flights that were already in the air were diverted, most of them to Osterby and Lindvik.</p>
    <p>Based on the latest ash forecasts, Halvorsund Airport will remain closed until at least 06:00 on Thursday
    16 October. Brennholt Regional Airport will remain closed until at least 12:00 on Friday 17 October, because
    ash must first be cleared from its runway and aprons.</p>

    <h2>Statement from our chief executive</h2>
    <p>Karin Dahl, chief executive of Nordvest Airports, said: "The safety of passengers and crews comes first.
    We will not reopen until the ash concentration in our airspace is safe and our runways are clean. I
    understand how frustrating this is for everyone whose journey has been disrupted."</p>
    <p>Petter Lund, operations director at Halvorsund Airport, said that 120 staff were working through the
    night to inspect the runway and the airfield. "Our sweepers have already collected around 40 tonnes of ash
    from the aprons at Brennholt," he said.</p>

    <h2>Help in the terminal</h2>
    <ul>
      <li>We have set up 1,800 camp beds in Terminal 1 and Terminal 2 for passengers who cannot leave the airport.</li>
      <li>Together with the airlines, we have arranged 2,400 hotel rooms in Halvorsund and Osterby.</li>
      <li>Free drinking water and blankets are available at the information desks in both terminals.</li>
      <li>Car park charges are waived for all vehicles parked since Tuesday 14 October until the airport reopens.</li>
    </ul>

    <h2>Questions and answers</h2>

    <h3>Is my flight cancelled?</h3>
    <p>All flights to and from Halvorsund Airport are cancelled until at least 06:00 on Thursday 16 October.
    Please check with your airline before you travel. Airlines will contact passengers directly by text message
    and email.</p>

    <h3>Why can aircraft not fly through the ash?</h3>
    <p>Volcanic ash can melt inside jet engines and damage them. Under European rules, airspace where the ash
    concentration is forecast to exceed 4 milligrams per cubic metre is treated as a high-contamination zone.
    The Halvorsund Volcanic Ash Advisory Centre forecasts that the ash cloud will not clear before Thursday
    morning.</p>

    <h3>Am I entitled to compensation?</h3>
    <p>No. A volcanic eruption is an extraordinary circumstance, so airlines do not have to pay compensation.
    However, your airline must offer you a refund or rebooking and provide meals and accommodation while you
    wait.</p>

    <h3>How else can I travel?</h3>
    <p>Nordrail is running 14 extra trains on Wednesday and Thursday between Halvorsund Central and Osterby.
    Route 71 between Brennholt and Vikstad is closed by the police.</p>

    <h3>Who can I call?</h3>
    <p>Our passenger helpline, 800 45 100, is open 24 hours a day. Sofie Aas, customer services manager, said the
    helpline had received more than 9,000 calls by 18:00 on Wednesday. "Please only call us if your question is
    not answered on this page," she said.</p>

    <p class="next-update">Our next update will be published at 21:00 on Wednesday 15 October.</p>
  </main>

  <footer class="site-footer">
    <nav class="footer-nav">
      <a href="/about">About Nordvest Airports</a> |
      <a href="/press">Press office</a> |
      <a href="/careers">Careers</a> |
      <a href="/accessibility">Accessibility</a> |
      <a href="/privacy">Privacy and cookies</a>
    </nav>
    <p>Nordvest Airports AS operates Halvorsund Airport and Brennholt Regional Airport. Org. no. 987 654 321.</p>
    <p>Press office: +47 51 65 20 00 · press@nordvestairports.no</p>
    <p>© 2025 Nordvest Airports AS. All rights reserved.</p>
  </footer>
</body>
</html>
`;

const files = { 'orvane-observatory-bulletin.txt': BULLETIN, 'halvorsund-airport-passenger-update.html': UPDATE };

describe("an eruption: the observatory's bulletin and the airport's update, with the product's word vectors", () => {
  withProductWordVectors();

  test('"4 grams per cubic metre" against "4 milligrams per cubic metre"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported ("milligrams" was no unit).
    verdict('contradicted', 'Under European rules, airspace where the ash concentration is forecast to exceed 4 grams per cubic metre is treated as a high-contamination zone.', [['4 grams', '4 milligrams']]);
    verdict('supported', 'Under European rules, airspace where the ash concentration is forecast to exceed 4 milligrams per cubic metre is treated as a high-contamination zone.');
  });
});
