/**
 * A school coach crash: the police force's news release (plain text, with a timeline) and the county council's
 * transport statement (HTML). The sources are written for these tests (from a helper's draft); the places, the companies
 * and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const POLICE = `NORTHMOOR POLICE
Corporate Communications Department
Force Headquarters, Wrenfield House, Brackenford BK4 2QT

NEWS RELEASE
Reference: NP/MR/0114/25
Issued: Tuesday 14 January 2025, 18:30
For immediate release

UPDATE: Eleven pupils taken to hospital after school coach and van collide on A629 near Caldwick - woman arrested

Police are appealing for witnesses and dashcam footage following a collision between a school coach and a van on the A629 Brackenford Road near Caldwick this morning (Tuesday 14 January).

Officers were called at 8.12am to reports of a collision at the junction of the A629 Brackenford Road and Kiln Lane, about two miles south of Caldwick village.

The collision involved a white 57-seat Volvo single-deck coach, operated by Greyfell Coaches Ltd on school route CW14, and a grey Ford Transit van. The coach was travelling north towards Harwood Park School in Brackenford, carrying 38 pupils aged between 11 and 16 as well as its driver. The van was pulling out of Kiln Lane onto the A629.

Following the collision the coach left the carriageway and came to rest in a roadside ditch, tilted at an angle of about 30 degrees. The speed limit on this stretch of the A629 is 50mph.

INJURIES

Eleven pupils were taken to hospital.

Two of them, a 13-year-old boy and a 14-year-old girl, suffered serious injuries and were flown by Dales Air Ambulance to the Royal Carrick Infirmary in Kendleton. Their injuries are described as serious but not life-threatening.

The other nine pupils were taken by road ambulance to Northmoor General Hospital in Brackenford with minor injuries. Seven of them had been discharged by 4pm.

The coach driver, a 61-year-old man from Caldwick, was treated at Northmoor General Hospital for chest injuries. He remains in hospital in a stable condition.

The driver of the van, a 34-year-old woman, was treated at the scene for cuts and bruising. She was arrested on suspicion of causing serious injury by dangerous driving and has since been released under investigation.

The remaining 27 pupils were checked at the scene by paramedics from the North Western Ambulance Trust and taken on to school in a replacement coach.

TIMELINE OF THE RESPONSE (all times Tuesday 14 January 2025)

08:12  First 999 call received by the Force Control Room.
08:19  First officers arrive at the scene.
08:24  Crews from Northmoor Fire and Rescue Service stations at Brackenford and Caldwick arrive.
08:41  The first of two Dales Air Ambulance helicopters lands in a field next to the junction.
08:58  The second helicopter lands.
09:05  All pupils are off the coach.
10:15  Collision investigators from the Roads Policing Unit begin examining the scene.
13:30  The coach is recovered from the ditch.
15:40  The A629 reopens in both directions.

The A629 was closed in both directions between the Caldwick roundabout and the junction with the B6270 Moss Lane for around seven and a half hours while emergency services worked at the scene and investigators carried out their examination. Police thank motorists for their patience.

WHAT THE POLICE SAID

Chief Inspector Ruth Adeyemi, district commander for Brackenford, said:

"This was a frightening experience for the children on that bus and for their families, and my thoughts are with everyone affected. I want to thank the members of the public who stopped to help before the emergency services arrived, and the bus driver, who despite his own injuries made sure every pupil was accounted for.

"I understand that many parents will be worried. Officers will be at Harwood Park School tomorrow morning to offer reassurance, and I would ask people not to share speculation or images of the scene on social media."

Sergeant Tom Halloran, of the Roads Policing Unit, who is leading the investigation, said:

"We are keen to speak to anyone who was driving on the A629 between 7.55am and 8.15am and who may have dashcam footage. Even if you don't think you saw anything, your footage could be vital.

"We are also keen to hear from the motorists who stopped at the scene and left before officers were able to take their details."

HOW TO CONTACT US

Anyone with information or footage is asked to call Northmoor Police on 101, quoting incident 114 of 14 January, or to submit it online at northmoor.police.uk/report. Information can also be given anonymously to the independent charity Crimestoppers on 0800 555 111.

NOTES TO EDITORS

1. The arrested woman is not being named as she has not been charged with any offence.
2. Northmoor Police will not be releasing the names of the pupils involved. We ask the media to respect the privacy of the families at this time.
3. Questions about the school transport contract and the operator should be directed to Northmoor County Council's press office.
4. A further update will be issued when there is significant new information.

Media enquiries: Corporate Communications, Northmoor Police, 01632 960 418 (24 hours), press.office@northmoor.police.uk

ENDS
`;

const COUNCIL = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Statement on the Caldwick school coach collision | Northmoor County Council</title>
  <meta name="description" content="Northmoor County Council statement on the collision involving school transport route CW14 near Caldwick on Tuesday 14 January 2025.">
  <link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <div class="container">
      <a class="logo" href="/"><img src="/assets/img/northmoor-logo.svg" alt="Northmoor County Council"></a>
      <form class="site-search" action="/search" method="get">
        <label for="q">Search this site</label>
        <input id="q" name="q" type="search">
        <button type="submit">Search</button>
      </form>
    </div>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/bins-and-recycling">Bins and recycling</a></li>
        <li><a href="/roads-and-transport">Roads and transport</a></li>
        <li><a href="/schools-and-education">Schools and education</a></li>
        <li><a href="/adult-social-care">Adult social care</a></li>
        <li><a href="/council-tax">Council tax</a></li>
        <li><a href="/council-and-democracy">Council and democracy</a></li>
        <li><a href="/news">News</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/news/2025">2025</a></li>
      <li aria-current="page">Statement on the Caldwick school coach collision</li>
    </ol>
  </nav>

  <main id="main-content" class="container">
    <article class="news-article">
      <h1>Statement on the Caldwick school coach collision</h1>
      <p class="meta">Published: Wednesday 15 January 2025, 11:00 &middot; Last updated: Wednesday 15 January 2025, 16:20 &middot; Category: Roads and transport, Schools</p>

      <p class="lead">Northmoor County Council has issued the following statement after a school coach carrying 38 pupils to Harwood Park School was involved in a collision with a van on the A629 Brackenford Road, at its junction with Kiln Lane near Caldwick, on Tuesday 14 January.</p>

      <p>Councillor Janet Okonedo-Price, Cabinet Member for Transport and Highways, said:</p>
      <blockquote>
        <p>&ldquo;Our first thoughts are with the pupils who were hurt, their families and the driver, and we wish them all a full and speedy recovery. Parents trust us to get their children to school safely every single day, and we will leave no stone unturned in finding out what happened on Tuesday morning.&rdquo;</p>
      </blockquote>

      <h2>About the route</h2>
      <p>Route CW14 is one of 212 contracted home-to-school transport routes arranged by the council, which together carry around 6,800 pupils each school day. The number of pupils using contracted home-to-school transport in Northmoor has risen by 9 per cent since 2022.</p>
      <p>CW14 has been operated by Greyfell Coaches Ltd of Caldwick since September 2021 under a five-year contract worth &pound;186,400 a year. Greyfell Coaches holds an operator's licence for 24 vehicles.</p>
      <p>The coach involved, a 57-seat Volvo first registered in 2016, passed its annual test at the Brackenford test centre on 22 October 2024. The council's most recent contract compliance audit of Greyfell Coaches, carried out in June 2024, found no issues.</p>

      <h2>What happens next</h2>
      <ul>
        <li>From Thursday 16 January, route CW14 will run with a replacement coach provided by Greyfell Coaches. The council will add two passenger assistants to the route for the rest of the spring term.</li>
        <li>Mark Ellery, the council's Executive Director for Place, has commissioned an independent review of the route from the road safety consultancy Tarnside Associates, which will report by Friday 28 February 2025.</li>
        <li>A &pound;420,000 improvement scheme at the Kiln Lane junction, including a new right-turn lane and a lower 40mph speed limit, was approved by the cabinet in November 2024 and is due to start in April 2025. Officers will look at whether the work can begin sooner. Tuesday's collision was the third recorded injury collision at the junction in five years.</li>
      </ul>

      <p>Mark Ellery said:</p>
      <blockquote>
        <p>&ldquo;We will cooperate fully with Northmoor Police. We have asked Greyfell Coaches for the vehicle's maintenance records and the driver's training records, and they have already provided them. It would not be appropriate to comment on the cause of the collision while the police investigation continues.&rdquo;</p>
      </blockquote>

      <h2>Support for pupils and families</h2>
      <p>Harwood Park School remained open on Wednesday. Four additional counsellors from the council's educational psychology service are working at the school this week, and a drop-in session for parents will be held in the school hall on Thursday 16 January from 6pm to 8pm.</p>
      <p>Headteacher Mrs Deborah Sayle said: &ldquo;Our pupils have shown remarkable care for one another over the last 24 hours. We are in close contact with the families of the children who are still in hospital, and the whole school community is thinking of them.&rdquo;</p>

      <h2>Questions and answers</h2>
      <dl class="faq">
        <dt>Was the coach fitted with seatbelts?</dt>
        <dd>Yes. All 57 seats on the coach are fitted with three-point seatbelts, as our contract conditions require.</dd>
        <dt>Will my child's school transport be affected?</dt>
        <dd>No other routes are affected. The replacement coach on route CW14 will keep the usual pick-up times and stops.</dd>
        <dt>Is the driver still working on the route?</dt>
        <dd>The driver is recovering in hospital. Greyfell Coaches will provide a different driver, who has completed the council's safeguarding training.</dd>
        <dt>Who can I contact if I have concerns?</dt>
        <dd>Please contact the School Transport Team on 01632 960 775 or email schooltransport@northmoor.gov.uk, 8.30am to 5pm, Monday to Friday.</dd>
      </dl>

      <p class="related">Related: <a href="/roads-and-transport/school-transport">School transport</a> &middot; <a href="/roads-and-transport/road-safety-schemes">Road safety schemes</a></p>
      <p class="media-contact">Media enquiries: Northmoor County Council press office, 01632 960 200, press@northmoor.gov.uk</p>
    </article>
  </main>

  <footer class="site-footer">
    <div class="container">
      <ul class="footer-links">
        <li><a href="/contact-us">Contact us</a></li>
        <li><a href="/accessibility">Accessibility statement</a></li>
        <li><a href="/privacy">Privacy notice</a></li>
        <li><a href="/cookies">Cookies</a></li>
        <li><a href="/foi">Freedom of information</a></li>
      </ul>
      <p>Northmoor County Council, County Hall, Market Street, Brackenford BK1 1AA</p>
      <p>&copy; Northmoor County Council 2025</p>
    </div>
  </footer>
</body>
</html>
`;

const files = { 'northmoor-police-statement.txt': POLICE, 'council-transport-statement.html': COUNCIL };

describe("a school coach crash: the police release and the council's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('"the other nine" is the rest of the eleven, no rival of the whole', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "Eleven" against "nine".
    verdict('supported', 'Eleven pupils were taken to hospital, two of them with serious injuries.');
    verdict('contradicted', 'Twelve pupils were taken to hospital, two of them with serious injuries.', [['Twelve', 'Eleven']]);
  });

  test("a rank the source writes before the person's name is theirs beside their post", async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "chief inspector" against "district commander for Brackenford".
    verdict('supported', 'Ruth Adeyemi, the chief inspector who commands the Brackenford district, said the driver "despite his own injuries made sure every pupil was accounted for".');
  });

  test('"reopened … after being shut" says the source\'s "closed" too', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "reopened" against "closed".
    verdict('supported', 'The A629 reopened at 3.40pm after being shut in both directions for around seven and a half hours.');
  });
});
