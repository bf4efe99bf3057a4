/**
 * A rail accident investigation's interim report on a derailment (HTML) and the operator's and network owner's joint
 * statement (plain text). The sources are written for these tests (from a helper's draft); the companies, places and
 * people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Interim report 01/2025: Derailment of a passenger train at Hollinsford Junction - Rail Accident Investigation Branch</title>
<link rel="stylesheet" href="/assets/css/raib.css">
</head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <div class="logo"><a href="/">Rail Accident Investigation Branch</a></div>
  <nav aria-label="Main navigation">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/investigations">Current investigations</a></li>
      <li><a href="/reports">Reports</a></li>
      <li><a href="/bulletins">Safety bulletins</a></li>
      <li><a href="/about">About us</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/reports">Reports</a> &rsaquo; Interim report 01/2025</div>
<main id="main-content">
<article>
<h1>Interim report: Derailment of a passenger train at Hollinsford Junction</h1>
<p class="meta">Report 01/2025 (interim) &middot; Published 27 March 2025 &middot; Investigation ref. RAIB-2025-0031</p>

<h2>Summary</h2>
<p>At 07:42 on Tuesday 4 March 2025, the second carriage of passenger train 2M17, the 06:55 service from Kettlebridge to Alderham operated by Northvale Trains, derailed as it passed over points 2143B at Hollinsford Junction. The train was travelling at 47 mph at the time, below the permitted speed of 50 mph for the route through the junction.</p>
<p>The leading bogie of the second carriage left the rails and the train continued for approximately 310 metres before coming to a stand. The carriage remained upright and coupled to the rest of the train. No other train was involved.</p>
<p>There were 86 passengers and three members of staff on board. Eleven passengers reported minor injuries, and two of them were taken to Alderham General Hospital by ambulance. Both were discharged the same day. Nobody was seriously injured.</p>

<h2>The train and crew</h2>
<p>Train 2M17 was formed of a four-car class 158 diesel multiple unit, number 158847. The driver had 19 years of driving experience, 11 of them on the Kettlebridge route, and had signed on duty at 05:50 that morning. The conductor had worked for Northvale Trains for six years. A catering assistant was also on board.</p>
<p>Data downloaded from the train's on-train data recorder (OTDR) showed that the driver had been driving in accordance with the signals and the permitted speeds. The recorder showed no fault with the train's brakes or traction equipment. The driver did not make an emergency brake application before the derailment; the brakes applied automatically when the train's brake pipe was damaged. Post-incident drug and alcohol tests on the driver were negative.</p>

<h2>The infrastructure</h2>
<p>The line through Hollinsford Junction is owned and maintained by Britrack Infrastructure. Points 2143B are a set of switches that allow trains to cross from the up main line to the up loop. On the morning of the accident they were set and locked for the main line.</p>
<p>RAIB inspectors found that the first stretcher bar on points 2143B, which holds the two switch rails at the correct distance apart, had fractured. The fracture allowed the left-hand switch rail to move towards the stock rail, creating a gap into which the leading wheel of the second carriage dropped. Metallurgical examination is continuing, but initial findings indicate the bar failed through fatigue cracking that had developed over a period of several weeks.</p>
<p>Maintenance records show the points were last inspected on foot on 18 February 2025, fourteen days before the derailment. That inspection recorded no defects. The next scheduled inspection was due on 18 March 2025. The points had last been fitted with new stretcher bars in 2016.</p>
<p>Rainfall recorded at Kettlebridge in the 24 hours before the accident was 38 mm, more than twice the average for that period of the year. RAIB has found no evidence so far that the weather contributed to the fracture.</p>
<p>There is no evidence that the signalling system played any part in the accident. The interlocking and the points detection equipment were tested after the accident and found to be working correctly.</p>

<h2>Response and recovery</h2>
<p>The signaller at Hollinsford signal box was alerted by the driver by radio at 07:44 and stopped all traffic on adjacent lines. Lancashire Fire and Rescue Service arrived at 08:03. Passengers were escorted from the train along the track to a level crossing 400 metres away, and the last passenger had left the train by 09:15.</p>
<p>The line between Kettlebridge and Alderham was closed for six days while the train was recovered and the track repaired. It reopened at 05:30 on Monday 10 March 2025. Britrack Infrastructure has estimated the cost of the damage to the track and the points at &pound;2.4 million.</p>

<h2>Comment from the Chief Inspector</h2>
<p>Andrew Kettering, Chief Inspector of Rail Accidents, said: &ldquo;The passengers on this train were fortunate. A fractured stretcher bar is a known risk, and we want to understand why this one was not found before it failed.&rdquo;</p>
<p>Priya Nandakumar, Deputy Chief Inspector, who is leading the investigation, said: &ldquo;Our early work points to the condition of one component rather than to anything the driver did.&rdquo;</p>

<h2>Urgent safety advice</h2>
<p>On 7 March 2025 RAIB issued urgent safety advice (USA 02/2025) to Britrack Infrastructure recommending that stretcher bars of the same design be checked for cracking. Britrack has told RAIB that 212 sets of points on the route use this design and that it has completed ultrasonic testing on 40% of them. Three further cracked stretcher bars have been found and replaced.</p>

<h2>Further investigation</h2>
<p>RAIB's investigation will examine the design and manufacture of the stretcher bar, the inspection and maintenance regime for points 2143B, and the extent to which Britrack's inspection regime could detect fatigue cracking. RAIB notes that Britrack recorded seven stretcher bar failures on the route in 2023 and three in 2024.</p>
<p>RAIB expects to publish its final report, including any recommendations, within twelve months.</p>
<p class="note">RAIB is independent of the rail industry. Its investigations are solely concerned with improving safety and do not apportion blame or liability.</p>
</article>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/foi">Freedom of information</a></li>
  </ul>
  <p>&copy; Crown copyright 2025. Rail Accident Investigation Branch, The Wharf, Stores Road, Derby DE21 4BA.</p>
</footer>
</body>
</html>
`;

const STATEMENT = `JOINT STATEMENT
Northvale Trains and Britrack Infrastructure
Hollinsford Junction derailment: response to RAIB interim report

FOR IMMEDIATE RELEASE
Thursday 27 March 2025

Northvale Trains and Britrack Infrastructure today welcomed the publication of the Rail Accident Investigation Branch's interim report into the derailment of the 06:55 Kettlebridge to Alderham service at Hollinsford Junction on Tuesday 4 March.

Both companies have cooperated fully with the investigation and will continue to do so. They again apologised to the passengers and staff who were on board and to the communities affected by the six-day closure of the line.

Gareth Lowe, Managing Director of Northvale Trains, said: "I want to say sorry again to everyone who was on that train. Our driver and conductor did exactly what they were trained to do, and I am proud of how they looked after passengers in very difficult circumstances."

Siobhan Fairley, Route Director for Britrack Infrastructure North West, said: "A component on our railway failed, and we accept full responsibility for that. We are not waiting for the final report. We have already started checking every stretcher bar of this design on the route, and we will replace every one that shows any sign of cracking."

WHAT BRITRACK IS DOING

Britrack said it has committed GBP 1.8 million to an accelerated inspection and renewal programme covering all 212 sets of points on the route that use the same stretcher bar design. As of 26 March, ultrasonic testing had been completed on 85 of the 212 sets, or 40 per cent. Three cracked stretcher bars had been found, at Hollinsford, Brinscall Lane and Overleigh, and all three were replaced within 24 hours of discovery.

The remaining sets of points will be tested by the end of May 2025. Until the programme is complete, Britrack will inspect points of this design every seven days instead of every 28 days.

Britrack said it has also asked the manufacturer, Pennine Rail Components, to review the design of the bar. Pennine Rail Components has not yet responded publicly. Britrack said it did not intend to remove the design from service entirely, because the testing so far had shown that most bars were in good condition.

Ms Fairley added that stretcher bar failures on the route had fallen from seven in 2023 to three in 2024, "but one failure is one too many, and this one put passengers at risk."

WHAT NORTHVALE TRAINS IS DOING

Northvale Trains said all passengers who were on board train 2M17 are entitled to a full refund of their ticket and a goodwill payment of GBP 50. So far, 61 of the 86 passengers have claimed. Passengers who have not yet claimed can do so until 30 April 2025 through the Northvale Trains website or by calling customer relations.

The company said it had offered counselling to the driver, the conductor and the catering assistant. The driver returned to work on 17 March after two weeks of leave. Northvale said the driver had not been suspended at any point and that there had never been any suggestion that the driver was at fault.

During the closure, Northvale ran replacement buses between Kettlebridge and Alderham. It said 412 bus journeys were operated over the six days, and that journey times were about 35 minutes longer than by train. The company said passenger numbers on the route in the week after reopening were 8 per cent lower than in the same week a year earlier, and it expects them to recover by the summer.

Unit 158847, the train involved, is at Northvale's Alderham depot. Its second carriage will need a replacement bogie, and Northvale expects the unit to return to service in June. Northvale said the loss of one unit from its fleet of 34 diesel trains had not led to any cancellations, although some services have run with two carriages instead of four.

Mr Lowe said: "Our passengers have been very patient. We know that trust has to be earned back, and we will earn it."

NOTES TO EDITORS

1. The derailment happened at 07:42 on Tuesday 4 March 2025. There were 86 passengers and three staff on board. Eleven passengers reported minor injuries and two were taken to hospital as a precaution.

2. The line between Kettlebridge and Alderham reopened at 05:30 on Monday 10 March 2025.

3. Northvale Trains operates passenger services across Lancashire and Cumbria and carries around 19 million passengers a year.

4. Britrack Infrastructure owns and maintains 1,140 miles of track in the North West.

5. The RAIB investigation is independent. Its final report is expected within twelve months.

Media enquiries:
Northvale Trains press office: Hannah Royle, 0161 555 0192, press@northvaletrains.co.uk
Britrack Infrastructure North West media relations: Tom Ashdown, 0161 555 0348, media.nw@britrack.co.uk

ENDS
`;

const files = { 'raib-interim-report-hollinsford-junction.html': REPORT, 'joint-statement-northvale-britrack.txt': STATEMENT };

describe("a derailment: the interim report and the joint statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('yards are a unit of their own: "400 yards" / "400 metres"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states 400 and yards".
    const r = verdict('contradicted', 'Passengers were escorted along the track to a level crossing 400 yards away.');
    assert.ok(/yards/.test(r.conflicts[0].claim) && /metres/.test(r.conflicts[0].source), JSON.stringify(r.conflicts));
    verdict('supported', 'Passengers were escorted along the track to a level crossing 400 metres away.');
  });
});
