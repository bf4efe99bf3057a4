/**
 * River flooding in a market town: the Environment Agency's situation update (HTML, with a table of gauges) and the
 * council's press conference transcript, whose header gives each speaker's post and body ("Simon Okoro (Chief
 * Executive, North Brede District Council)"). The sources are written for these tests (from a helper's draft); the
 * town and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const UPDATE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Flood situation update: River Brede at Kelsworth - Environment Agency - GOV.UK</title>
  <meta name="description" content="Latest flood situation update for the River Brede catchment, including Kelsworth, Millbrook and Lower Hatton.">
  <meta property="article:published_time" content="2024-11-17T09:30:00+00:00">
  <meta name="DC.date.issued" content="2024-11-17">
  <link rel="stylesheet" href="/assets/govuk-frontend.min.css">
  <script src="/assets/analytics.js" defer></script>
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <div class="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
    <p>We use some essential cookies to make this website work. <a href="/help/cookies">View cookies</a></p>
  </div>
  <header class="govuk-header" role="banner">
    <div class="govuk-header__container">
      <a href="/" class="govuk-header__link--homepage">GOV.UK</a>
    </div>
  </header>
  <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/environment">Environment</a></li>
      <li><a href="/environment/flooding">Flooding and coastal change</a></li>
      <li><a href="/government/organisations/environment-agency">Environment Agency</a></li>
    </ol>
  </nav>

  <main id="main-content" class="govuk-main-wrapper" role="main">
    <span class="govuk-caption-l">News story</span>
    <h1 class="govuk-heading-xl">Flood situation update: River Brede at Kelsworth</h1>
    <p class="govuk-body-l">A Severe Flood Warning remains in force for Kelsworth town centre after the River Brede reached its highest level on record overnight.</p>
    <p class="metadata">From: <a href="/government/organisations/environment-agency">Environment Agency</a><br>
    Published: <time datetime="2024-11-17T09:30:00+00:00">09:30 on Sunday 17 November 2024</time><br>
    Next update: by 16:00 on Sunday 17 November 2024</p>

    <h2>Current warnings</h2>
    <p>A Severe Flood Warning, meaning danger to life, was issued at 04:15 on Sunday 17 November 2024 for the River Brede at Kelsworth town centre, covering Quay Street, Tanners Row, Bridge Street and the Riverside Park area. Flood Warnings are in force for the River Brede at Millbrook and at Lower Hatton, and for Fenn Beck at Fenwick. Flood Alerts cover the wider Upper Brede and Ouseley catchments.</p>
    <p>Residents in the Severe Flood Warning area should follow the advice of the emergency services and should not attempt to return to their homes until told it is safe to do so.</p>

    <h2>Rainfall</h2>
    <p>Storm Corrie brought persistent heavy rain to the Brede catchment from Friday evening. The Kelsworth rain gauge recorded 71.4mm of rain in the 36 hours to 06:00 on Sunday, around 90% of the long-term November average of 79mm for the town. The highest total in the catchment was 96.2mm at Fenwick Moor, on the high ground 11 miles north-west of Kelsworth.</p>
    <p>Ground conditions were already saturated after October, which was the third wettest on record for the catchment, so much of the rain ran straight off the fields into Fenn Beck and the River Brede.</p>

    <h2>River levels</h2>
    <p>The River Brede at Kelsworth Bridge peaked at 4.87 metres at 02:45 on Sunday, the highest level since records began at the gauge in 1968. This is 35cm above the previous record of 4.52 metres, set on 9 February 2020 during Storm Ciara. Levels at Kelsworth Bridge have been falling slowly since the peak and stood at 4.61 metres at 08:00.</p>
    <p>Downstream, the River Brede at Hatton Lock is still rising and is expected to peak this afternoon, slightly below its February 2020 record.</p>

    <table class="govuk-table">
      <caption class="govuk-table__caption">River gauge readings, Sunday 17 November 2024</caption>
      <thead>
        <tr>
          <th scope="col">Gauge</th>
          <th scope="col">River</th>
          <th scope="col">Latest level (m)</th>
          <th scope="col">Time</th>
          <th scope="col">Trend</th>
          <th scope="col">Typical range (m)</th>
          <th scope="col">Highest recorded (m)</th>
        </tr>
      </thead>
      <tbody>
        <tr><td>Kelsworth Bridge</td><td>River Brede</td><td>4.61</td><td>08:00</td><td>Falling</td><td>0.30 to 2.10</td><td>4.87 (17 Nov 2024)</td></tr>
        <tr><td>Millbrook Weir</td><td>River Brede</td><td>3.12</td><td>08:15</td><td>Falling</td><td>0.45 to 1.80</td><td>3.40 (9 Feb 2020)</td></tr>
        <tr><td>Hatton Lock</td><td>River Brede</td><td>2.96</td><td>08:00</td><td>Rising</td><td>0.50 to 2.20</td><td>3.05 (9 Feb 2020)</td></tr>
        <tr><td>Fenwick Mill</td><td>Fenn Beck</td><td>1.18</td><td>07:45</td><td>Falling</td><td>0.20 to 0.90</td><td>1.64 (17 Nov 2024)</td></tr>
        <tr><td>Stanbridge</td><td>River Ouseley</td><td>2.05</td><td>08:30</td><td>Steady</td><td>0.60 to 2.40</td><td>2.88 (1 Jan 2003)</td></tr>
      </tbody>
    </table>

    <h2>Impacts</h2>
    <p>Our teams and partners have confirmed that 214 properties have flooded in Kelsworth and a further 37 in Millbrook. Most of the flooded homes are on Quay Street, Tanners Row and the Brede Meadows estate. The A4180 Bridge Street remains closed between the Market Place and the Kelsworth bypass roundabout.</p>
    <p>The Kelsworth flood wall on the east bank, completed in 2011, was not overtopped and protected around 400 homes in the Eastgate area.</p>

    <h2>Our response</h2>
    <p>We have 45 field staff working in the Brede catchment, clearing debris from trash screens, checking defences and operating our pumps. Overnight our teams put up 1.2 kilometres of temporary barriers along Quay Street and deployed six high-volume pumps at Tanners Row and Millbrook. We are working closely with North Brede District Council, Brede Valley Fire and Rescue Service and Wessex Police.</p>
    <p>Daniel Ashworth, the Environment Agency's Area Flood Risk Manager for the Brede and Ouseley, said:</p>
    <blockquote>
      <p>"The River Brede has never been this high at Kelsworth since our records began, and I know how frightening last night was for people in Quay Street and Tanners Row. Our teams will stay out on the ground for as long as it takes, and we will be pumping water back into the river as soon as levels allow."</p>
    </blockquote>
    <p>He added:</p>
    <blockquote>
      <p>"Levels are now falling at Kelsworth, but the danger has not passed. Please stay out of flood water: just 30cm of flowing water is enough to float a car."</p>
    </blockquote>

    <h2>Outlook</h2>
    <p>River levels at Kelsworth Bridge are expected to fall below 3.5 metres by Monday evening, 18 November. The Met Office forecasts a further 15 to 25mm of rain across the catchment on Tuesday 19 November, which could slow the fall in river levels but is not expected to cause a second peak at Kelsworth. We will review the Severe Flood Warning at 16:00 today.</p>

    <h2>Further information</h2>
    <p>Check your flood risk and sign up for free flood warnings online, or call Floodline on 0345 988 1188 (24-hour service).</p>
    <p>Media enquiries: Environment Agency Wessex press office, 0800 141 2743.</p>
  </main>

  <aside class="related" aria-label="Related content">
    <h2>Related content</h2>
    <ul>
      <li><a href="/check-flooding">Check for flooding in your area</a></li>
      <li><a href="/sign-up-for-flood-warnings">Sign up for flood warnings</a></li>
      <li><a href="/after-flood">What to do after a flood</a></li>
    </ul>
  </aside>

  <footer class="govuk-footer" role="contentinfo">
    <div class="govuk-footer__meta">
      <h2 class="govuk-visually-hidden">Support links</h2>
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

const TRANSCRIPT = `NORTH BREDE DISTRICT COUNCIL
Press conference on the Kelsworth floods - transcript
Council Offices, Market Place, Kelsworth
Sunday 17 November 2024, 11:00

Speakers: Cllr Margaret Holloway (Leader, North Brede District Council); Simon Okoro (Chief Executive, North Brede District Council); Daniel Ashworth (Area Flood Risk Manager, Environment Agency)
Reporters: Priya Nandra (Kelsworth Courier); Tom Gallagher (Radio Brede Valley); Rachel Dunmore (Wessex Evening Post)

Transcribed by the council's communications team. Check against delivery.

[11:01] HOLLOWAY: Good morning, and thank you all for coming. I want to start by thanking every firefighter, police officer, volunteer and council officer who worked through the night. This is the worst flooding Kelsworth has seen in living memory, and the people of this town have shown extraordinary courage.

[11:02] HOLLOWAY: Let me give you the facts as we have them. We declared a major incident at 01:30 this morning. Overnight, 340 residents were evacuated from their homes in Quay Street, Tanners Row and the Brede Meadows estate. We opened two rest centres, one at Kelsworth Leisure Centre and one at St Aldhelm's Church Hall in Millbrook, and 112 people spent the night at the leisure centre. Brede Valley Fire and Rescue Service rescued 23 people by boat, including four children and an 87-year-old woman from Tanners Row. I'm relieved to say that no one has been seriously hurt.

[11:04] HOLLOWAY: This morning the cabinet agreed an emergency hardship fund of £250,000. Every flooded household will be able to claim an immediate payment of £500, and flooded homes will get three months' council tax relief. People can apply online from Monday or at the leisure centre.

[11:05] OKORO: Thank you, Margaret. We have 60 council staff on the ground today, and skips will be delivered to every affected street from Tuesday. Fourteen roads are closed across the district, including Bridge Street, and I'd ask people please not to drive through flood water. Kelsworth Primary School and St Aldhelm's Primary in Millbrook will be closed on Monday. Tuesday's market, which has been held in the Market Place every week since 1284, is cancelled; it's the first time it has been called off since the foot-and-mouth outbreak in 2001.

[11:07] ASHWORTH: Thank you. The River Brede peaked at Kelsworth Bridge at 4.87 metres at a quarter to three this morning. That's the highest since our records began in 1968, and it's 35 centimetres above the February 2020 record. Levels are falling slowly now, but we've got more rain forecast on Tuesday, so the danger has not passed.

[11:09] HOLLOWAY: We'll take questions. Priya.

[11:09] NANDRA: Priya Nandra, Kelsworth Courier. The Kelsworth Flood Alleviation Scheme was meant to protect Quay Street. Where is it?

[11:10] HOLLOWAY: The scheme will cost £8.4 million and we are still £1.9 million short. We were promised this scheme in 2019 and residents have every right to be angry that it has not been built. I wrote to the Environment Secretary on Thursday, before the storm arrived, and I will be writing again tomorrow.

[11:11] NANDRA: When will it be built?

[11:11] HOLLOWAY: If the funding gap is closed, work could start in the spring of 2026 and finish in 2027. That is not good enough for the families in Quay Street, and I'm not going to pretend it is.

[11:12] GALLAGHER: Tom Gallagher, Radio Brede Valley. Mr Ashworth, people on Tanners Row say the warning came too late. Did it?

[11:12] ASHWORTH: The first Flood Warning for Kelsworth went out at 19:40 on Saturday evening, and the Severe Flood Warning at 04:15. I understand that for some people it felt sudden. We will review the timing of every warning, and I'm happy to meet residents to go through it.

[11:14] GALLAGHER: And for the council: how many homes are uninsured?

[11:14] OKORO: We don't know yet. Our officers will visit every flooded home this week, and we expect to have a clearer picture by Friday.

[11:15] DUNMORE: Rachel Dunmore, Wessex Evening Post. When can evacuated residents go home?

[11:15] OKORO: Not today. The Environment Agency expects levels to fall below three and a half metres by Monday evening, and then electricians and building control will need to check each property. For many families it will be weeks, and for some it will be months.

[11:16] DUNMORE: Councillor Holloway, will the council be asking the government for help?

[11:17] HOLLOWAY: Yes. I have asked the government to activate the Bellwin scheme so that the council is reimbursed for the emergency costs, and to open the Flood Recovery Framework for Kelsworth. Our own costs so far are estimated at £1.3 million, and that figure will rise.

[11:18] HOLLOWAY: Can I end with one message. Kelsworth has flooded before and it has always come back, and it will again. Please look out for your neighbours, stay away from the river, and keep checking the council's website and social media for updates. We'll hold another briefing at 11:00 on Monday. Thank you.

[11:19] ENDS
`;

const files = { 'ea-flood-update-kelsworth.html': UPDATE, 'council-press-conference-transcript.txt': TRANSCRIPT };

describe("a flood: the agency's update and the council's press conference, with the product's word vectors", () => {
  withProductWordVectors();

  test('a body speaks through the holder of its post: "North Brede District Council declared a major incident" is no misattribution', async () => {
    const report = await checkAgainst(files, '# Floods\n\nNorth Brede District Council declared a major incident at 01:30 on Sunday, and 340 residents were evacuated from their homes overnight.\n');
    // Was "In the source, this was said by Cllr Margaret Holloway (leader), not North Brede District Council".
    assert.deepEqual(report.findings.map((f) => f.message), []);
    assert.equal(report.claims[0].verdict, 'supported');
  });

  test('posts the header gives with their body: "the council\'s chief executive", "the agency\'s area flood risk manager"', async () => {
    const report = await checkAgainst(
      files,
      [
        '# Floods',
        '',
        "Simon Okoro, the council's chief executive, said 60 council staff were on the ground and that skips would be delivered to every affected street from Tuesday.",
        '',
        "Daniel Ashworth, the agency's area flood risk manager, said the first Flood Warning for Kelsworth went out at 19:40 on Saturday evening.",
        '',
        'Simon Okoro, the leader of North Brede District Council, said fourteen roads were closed across the district, including Bridge Street.',
        '',
      ].join('\n'),
    );
    // Were unsupported ("No source states “council's chief executive”"), the header's posts being longer than it read.
    assert.deepEqual(
      report.claims.map((c) => c.verdict),
      ['supported', 'supported', 'contradicted'],
      JSON.stringify(report.findings.map((f) => f.message)),
    );
  });
});
