/**
 * A housing association's damp and mould failings: the housing ombudsman's investigation report summary and the
 * association's response statement with a table of figures by year. The sources are written for these tests (from a
 * helper's draft); the ombudsman, the association and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `RESIDENTIAL LANDLORD OMBUDSMAN
Investigation Report – Summary for Publication

Case reference:      RLO-2024-18837
Landlord:            Marrowfield Homes (registered provider no. RP-4471)
Property:            Flat 14, Halloran Court, Linden Rise estate, Brackenholt, Wexmoor
Determination:       Severe maladministration (complaint handling: maladministration)
Investigating officer: Tomasz Welling, Senior Investigation Officer
Published:           Tuesday 11 February 2025, 00:01

EMBARGOED UNTIL 00:01 TUESDAY 11 FEBRUARY 2025

------------------------------------------------------------------------
1. BACKGROUND
------------------------------------------------------------------------

1.1 The resident (referred to in this report as Ms H) holds an assured
tenancy of a two-bedroom flat on the sixth floor of Halloran Court, a
96-flat block built in 1971 on the Linden Rise estate in Brackenholt. She
lives there with her two children, then aged four and seven. The younger
child has asthma, which the landlord was told about in writing.

1.2 Marrowfield Homes owns and manages approximately 9,600 homes across
Brackenholt and the surrounding district of Wexmoor.

------------------------------------------------------------------------
2. WHAT HAPPENED
------------------------------------------------------------------------

2.1 Ms H first reported black mould in the children's bedroom by
telephone on Monday 3 October 2022. The landlord's damp and mould policy
required an inspection within 10 working days and any remedial repairs to
be completed within 28 calendar days.

2.2 No inspection took place until Wednesday 11 January 2023, 100 days
after the first report. In the intervening period Ms H contacted the
landlord 11 times by phone, email and through its online portal.

2.3 The surveyor recorded relative humidity of 84% in the children's
bedroom and mould growth covering approximately 2.4 square metres of the
external wall and ceiling. The surveyor's note, dated the same day,
described the condition as "Category 1 potential – urgent". The landlord
nonetheless raised the works as a routine order.

2.4 Between January and August 2023 the landlord's then contractor,
Kelbrook Maintenance Ltd, was booked for six repair appointments. Four of
those six appointments were missed without notice. On one occasion, on
Monday 22 May 2023, Ms H took an unpaid day off work and waited from 8am
to 6pm; no operative attended.

2.5 The works – a mould wash, two positive-input ventilation units, a
replacement extractor fan in the bathroom and insulated plasterboard to
the bedroom's external wall – were finally completed on Tuesday
19 September 2023, 351 days after the mould was first reported.

2.6 Ms H's GP wrote to the landlord on 14 November 2022 stating that the
younger child's asthma had worsened and that the family's housing
conditions were "likely to be a contributing factor". The landlord's
records show that the letter was scanned to the tenancy file but was not
passed to the repairs team.

------------------------------------------------------------------------
3. COMPLAINT HANDLING
------------------------------------------------------------------------

3.1 Ms H made a formal complaint on 5 December 2022. The landlord's
stage 1 response was issued after 47 working days, against its own target
of 10 working days. The response offered £150 and did not set a date for
the works.

3.2 The landlord initially refused to escalate the complaint to stage 2,
saying the repair was "in progress". It accepted the escalation only after
the Ombudsman intervened in April 2023.

------------------------------------------------------------------------
4. WIDER INVESTIGATION
------------------------------------------------------------------------

4.1 Because of the seriousness of the case, and because Marrowfield Homes
had received two previous severe maladministration findings in 2023, the
Ombudsman used its powers to examine the landlord's wider handling of
damp and mould.

4.2 Marrowfield logged 412 complaints about damp and mould between
April 2022 and March 2024. The Ombudsman reviewed a sample of 40 of those
cases.

  Findings from the sample of 40 cases
  ---------------------------------------------------------------
  Measure                                          Cases     Share
  ---------------------------------------------------------------
  Inspection outside 10-working-day target           31       78%
  Repairs outside 28-day target                      33       83%
  Vulnerability recorded but not acted on            12       30%
  Failings found overall                             29       73%
  ---------------------------------------------------------------
  Average time from report to completed repair:   142 calendar days

4.3 In 17 of the 40 cases, the landlord's first response was to advise
the resident to open windows, wipe surfaces or use the heating more,
without any inspection. The Ombudsman considers this "a culture of
blaming residents' lifestyles".

------------------------------------------------------------------------
5. WHAT THE OMBUDSMAN SAID
------------------------------------------------------------------------

Dr Priya Kessington, Residential Landlord Ombudsman, said:

"This family lived with mould creeping across their children's bedroom
for almost a year while the landlord treated each report as if it were
the first.

"Landlords cannot hide behind contractors. The duty to keep homes safe
sits with the landlord, and Marrowfield failed in that duty repeatedly.

"I am encouraged that Marrowfield has engaged with this investigation,
but the test is whether residents on Linden Rise see a difference in
their homes this winter."

Tomasz Welling, Senior Investigation Officer, said:

"What struck us most was that the information was there. The GP's letter,
the surveyor's note, the resident's calls – all of it was on file. Nobody
joined the dots."

------------------------------------------------------------------------
6. ORDERS
------------------------------------------------------------------------

The landlord is ordered to:

  (a) pay Ms H compensation of £3,850, made up of:
        £2,500  for distress and inconvenience
        £1,000  for time and trouble
          £350  for damaged belongings, including a bed and bedding
      (this replaces the £150 offered at stage 1);

  (b) arrange for its chief executive to apologise to Ms H in person
      or in writing within four weeks;

  (c) survey every flat in Halloran Court and its two sister blocks,
      Fenwick Court and Sallow Court – 288 flats in total – for damp,
      mould and ventilation defects, and share the results with the
      Ombudsman within 16 weeks;

  (d) review its damp and mould policy and report to the Ombudsman
      within 12 weeks.

------------------------------------------------------------------------
NOTES TO EDITORS
------------------------------------------------------------------------

1. The Residential Landlord Ombudsman resolves complaints from tenants
   of registered social landlords. Its decisions are binding.
2. A finding of severe maladministration is the most serious finding the
   Ombudsman can make.
3. The resident has asked not to be named. Please respect her privacy.
4. Media enquiries: RLO press office, 0300 555 0192,
   press@rlo-example.org.uk (out of hours: 07700 900416).

ENDS
`;

const STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Statement: our response to the Residential Landlord Ombudsman's report | Marrowfield Homes</title>
</head>
<body>
<header>
  <p class="org">Marrowfield Homes – News &amp; Media</p>
  <p class="ref">Press release ref: MH/PR/2025/006</p>
  <p class="date">For immediate release: Tuesday 11 February 2025, 10:30</p>
</header>

<article>
<h1>Marrowfield Homes accepts Ombudsman findings in full and sets out damp and mould improvements</h1>

<p><strong>Brackenholt, Wexmoor</strong> – Marrowfield Homes today accepted in full the findings of the Residential Landlord Ombudsman's investigation (case RLO-2024-18837) into its handling of damp and mould at a flat in Halloran Court on the Linden Rise estate.</p>

<p>The housing association has already paid the £3,850 compensation ordered by the Ombudsman. The payment was made to the resident on Friday 7 February 2025, and the chief executive, Graham Pellow, met the resident at her home the same week to apologise in person.</p>

<h2>Statement from the chief executive</h2>

<p><strong>Graham Pellow, Chief Executive, Marrowfield Homes:</strong> "We are deeply sorry. We let this family down, and we accept the Ombudsman's findings in full. No child should have to sleep in a room like the one described in this report.</p>

<p>"I want to be clear that the failings were ours, not our residents'. For too long we were too quick to tell people to open a window. That is not how we work now."</p>

<h2>What has changed</h2>

<p>Since the events described in the report, Marrowfield says it has:</p>
<ul>
  <li>ended its repairs contract with Kelbrook Maintenance Ltd in November 2023 and brought damp and mould work in-house;</li>
  <li>set up a dedicated damp and mould team of 14 staff, which began work on Monday 3 June 2024;</li>
  <li>cut its inspection target from 10 working days to five working days, and to 24 hours where a vulnerable resident or a child under five lives in the home;</li>
  <li>committed £4.2 million in 2024/25 to damp prevention, including ventilation upgrades and insulation;</li>
  <li>installed 1,150 wireless humidity and temperature sensors in homes identified as at higher risk;</li>
  <li>introduced a flag on its housing management system so that medical letters are sent directly to the repairs team within one working day.</li>
</ul>

<h2>Performance on damp and mould</h2>

<table>
  <caption>Damp and mould reports: key measures (Marrowfield Homes data)</caption>
  <thead>
    <tr><th>Measure</th><th>2022/23</th><th>2023/24</th><th>2024/25 (Apr–Dec)</th></tr>
  </thead>
  <tbody>
    <tr><td>Damp and mould reports received</td><td>1,284</td><td>1,517</td><td>1,106</td></tr>
    <tr><td>Average days from report to inspection</td><td>38</td><td>24</td><td>6</td></tr>
    <tr><td>Average days from report to completed repair</td><td>142</td><td>88</td><td>19</td></tr>
    <tr><td>Repairs resolved at first visit</td><td>41%</td><td>53%</td><td>68%</td></tr>
    <tr><td>Formal complaints about damp and mould</td><td>231</td><td>181</td><td>64</td></tr>
  </tbody>
</table>
<p class="note">Figures for 2024/25 cover 1 April to 31 December 2024 and are unaudited.</p>

<h2>Survey of Halloran, Fenwick and Sallow Courts</h2>

<p>As ordered by the Ombudsman, Marrowfield will survey all 288 flats in Halloran Court, Fenwick Court and Sallow Court. Surveyors will begin on Monday 3 March 2025 and the association expects to complete the programme by the end of May 2025. Residents will receive a letter at least seven days before their appointment, and appointments will be offered between 8am and 7pm, including Saturdays.</p>

<p><strong>Anita Sorrell, Director of Property Services:</strong> "Every report of damp and mould will now be treated as a potential hazard to health, not a cosmetic issue. If we find a problem during the survey, we will fix it – we will not wait for a resident to ring us."</p>

<h2>Residents' scrutiny</h2>

<p>Marrowfield has invited the Linden Rise Residents' Association to nominate two members to a new damp and mould scrutiny panel, which will meet every quarter and publish its findings. The first meeting is scheduled for Thursday 27 March 2025.</p>

<p><strong>Rashid Coyle, Chair, Linden Rise Residents' Association:</strong> "Residents have heard promises before. We will judge Marrowfield on what happens in people's homes, not on press releases. We have accepted the seats on the panel because we want to see the survey results with our own eyes."</p>

<p><strong>Helen Marchbank, Chair of the Board, Marrowfield Homes:</strong> "The board has asked for monthly reports on damp and mould until every order in this case has been met. We will publish progress on our website."</p>

<h2>Notes to editors</h2>
<ol>
  <li>Marrowfield Homes is a not-for-profit housing association and registered provider (RP-4471). It owns and manages approximately 9,600 homes across Brackenholt and Wexmoor and employs around 610 staff.</li>
  <li>The Ombudsman's report was published at 00:01 on Tuesday 11 February 2025.</li>
  <li>Residents worried about damp or mould can contact the damp and mould team on 0345 555 0178, 8am–8pm Monday to Friday, or report it online.</li>
  <li>Graham Pellow has been chief executive since January 2024. Anita Sorrell joined as Director of Property Services in March 2024.</li>
  <li>Media contact: Joanna Fairley, Head of Communications, 01632 960 448, media@marrowfield-example.org.uk</li>
</ol>
</article>

<footer>
  <p>© 2025 Marrowfield Homes. Registered office: Marrowfield House, 12 Tanners Row, Brackenholt WX4 2LP.</p>
</footer>
</body>
</html>
`;

const files = { 'ombudsman_report_summary.txt': REPORT, 'marrowfield_statement.html': STATEMENT };

describe("damp and mould failings: the ombudsman's report and the association's response, with the product's word vectors", () => {
  withProductWordVectors();

  test("a change between two years that the row it names gives the other way", async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: the row "Formal complaints about damp and mould | 2022/23: 231 | 2023/24: 181 | …" gives a fall.
    verdict('contradicted', "Marrowfield's own figures show that formal complaints about damp and mould rose between 2022/23 and 2023/24.", [['rose', '231 in 2022/23, 181 in 2023/24']]);
    verdict('supported', "Marrowfield's own figures show that formal complaints about damp and mould fell between 2022/23 and 2023/24.");
  });
});
