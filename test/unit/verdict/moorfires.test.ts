/**
 * A moorland wildfire and a village's evacuation: the fire service's live updates (HTML, timestamped) and the evening
 * press conference's transcript (plain text). The sources are written for these tests (from a helper's draft); the
 * services, the places and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const UPDATES = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>LIVE: Harrowby Moor wildfire – incident updates | West Mardale Fire and Rescue Service</title>
  <meta name="description" content="Live updates on the wildfire on Harrowby Moor and the evacuation of Kettlesby.">
  <meta property="article:published_time" content="2025-06-14T12:10:00+01:00">
  <meta property="article:modified_time" content="2025-06-14T18:40:00+01:00">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/cookie-consent.js" defer></script>
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <a href="/" class="logo"><img src="/assets/img/wmfrs-logo.svg" alt="West Mardale Fire and Rescue Service"></a>
    <nav class="primary-nav" aria-label="Main">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/incidents" aria-current="page">Incidents</a></li>
        <li><a href="/safety">Safety advice</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/about">About us</a></li>
        <li><a href="/careers">Careers</a></li>
        <li><a href="/contact">Contact us</a></li>
      </ul>
    </nav>
    <form class="site-search" action="/search"><label for="q">Search</label><input id="q" name="q" type="search"><button>Go</button></form>
  </header>

  <main id="main">
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <a href="/">Home</a> &rsaquo; <a href="/incidents">Incidents</a> &rsaquo; Harrowby Moor wildfire
    </nav>

    <article class="live-incident">
      <h1>Harrowby Moor wildfire: live incident updates</h1>
      <p class="incident-meta">Incident reference: WM-2025-06-1187 &middot; Status: <strong>Major incident &ndash; ongoing</strong> &middot; Last updated: <time datetime="2025-06-14T18:40:00+01:00">Saturday 14 June 2025, 18:40</time></p>

      <p class="lead">Crews are tackling a large wildfire on Harrowby Moor, above the village of Kettlesby. Residents of Kettlesby have been evacuated. This page is updated as the situation changes; the newest update is at the top.</p>

      <section class="update">
        <h2><time datetime="2025-06-14T18:40:00+01:00">18:40</time> &ndash; Fire line holding on the B6417</h2>
        <p>The fire now covers about 310 hectares of moorland. Crews have held the fire line along the B6417, and the eastern flank of the fire has not crossed the road.</p>
        <p>Twenty-two fire engines and around 115 firefighters remain at the scene, supported by four wildfire units and a water-carrying helicopter. Crews will stay on the moor overnight.</p>
        <p>A press conference will be held at 19:00 at Service Headquarters, Bridge Street, Mardale, and streamed on our Facebook page.</p>
      </section>

      <section class="update">
        <h2><time datetime="2025-06-14T17:15:00+01:00">17:15</time> &ndash; Rest centre open in Thornbeck</h2>
        <p>Mardale District Council has opened a rest centre for evacuated residents at Thornbeck Community Centre, Station Road, Thornbeck. By 17:00, 38 residents had registered there. Volunteers from the British Red Cross are on site, and pets are welcome.</p>
        <p>One firefighter has been treated for heat exhaustion and taken to Mardale General Hospital as a precaution. No members of the public have been hurt.</p>
      </section>

      <section class="update">
        <h2><time datetime="2025-06-14T16:20:00+01:00">16:20</time> &ndash; Helicopter and neighbouring crews join</h2>
        <p>A helicopter operated by Skyline Aerial Services began water drops at 16:05. Each drop carries up to 1,200 litres of water, drawn from Kettlesby Reservoir.</p>
        <p>Crews from Lunesdale Fire and Rescue Service and Craven Vale Fire and Rescue Service have joined our firefighters under mutual aid arrangements.</p>
      </section>

      <section class="update">
        <h2><time datetime="2025-06-14T15:30:00+01:00">15:30</time> &ndash; Kettlesby evacuation</h2>
        <p>West Mardale Police are evacuating 64 properties in Kettlesby, on Moor Lane, Church Row and Fellside Close, on the advice of the incident commander. If you live in these streets, please leave now and follow the directions of officers.</p>
        <p>The B6417 is closed between Kettlesby and Lowther Bridge. Please avoid the area.</p>
      </section>

      <section class="update">
        <h2><time datetime="2025-06-14T14:05:00+01:00">14:05</time> &ndash; Major incident declared</h2>
        <p>Area Manager Daniel Whitcombe, the incident commander, has declared a major incident. The fire has spread to about 120 hectares. The wind strengthened through the early afternoon and is gusting up to 30 mph from the south-west, with temperatures of 27&deg;C.</p>
      </section>

      <section class="update">
        <h2><time datetime="2025-06-14T13:25:00+01:00">13:25</time> &ndash; Walkers asked to leave the moor</h2>
        <p>Walkers are asked to leave Harrowby Moor by the nearest path and not to return today. The car parks at Kettlesby Beacon and Harrowby Tarn have been closed. Two water bowsers and an all-terrain vehicle are on their way from our Thornbeck station to carry water and equipment to crews on the higher ground, where engines cannot reach.</p>
      </section>

      <section class="update">
        <h2><time datetime="2025-06-14T12:50:00+01:00">12:50</time> &ndash; Crews at the scene</h2>
        <p>Eight fire engines and two wildfire units are at the scene. The fire covers about 40 hectares of heather and grass. Smoke is drifting north-east towards Kettlesby and Thornbeck: if you live nearby, keep your windows and doors closed.</p>
      </section>

      <section class="update">
        <h2><time datetime="2025-06-14T11:42:00+01:00">11:42</time> &ndash; Fire reported</h2>
        <p>We received the first 999 call at 11:42 reporting smoke on Harrowby Moor near Kettlesby Beacon. Crews from Kettlesby and Thornbeck fire stations have been sent.</p>
      </section>

      <aside class="callout" aria-label="Safety advice">
        <h2>Staying safe</h2>
        <ul>
          <li>Do not light barbecues or fires on the moor.</li>
          <li>Keep away from the fire area and do not fly drones near it: they ground the helicopter.</li>
          <li>If you see a new fire, call 999 and give your location.</li>
        </ul>
      </aside>

      <section class="media-contact">
        <h2>Media enquiries</h2>
        <p>Journalists can contact the press office on 01632 960418 or press@westmardale-fire.gov.uk. Please do not call the control room.</p>
      </section>
    </article>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <ul>
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/privacy">Privacy notice</a></li>
        <li><a href="/cookies">Cookies</a></li>
        <li><a href="/foi">Freedom of information</a></li>
        <li><a href="/contact">Contact us</a></li>
      </ul>
    </nav>
    <p>West Mardale Fire and Rescue Service, Service Headquarters, Bridge Street, Mardale MD1 4QT. In an emergency always dial 999.</p>
    <p>&copy; 2025 West Mardale Fire and Rescue Authority. All rights reserved.</p>
  </footer>
</body>
</html>
`;

const BRIEFING = `West Mardale Fire and Rescue Service: Harrowby Moor wildfire press conference
Saturday 14 June 2025, 19:00, Service Headquarters, Bridge Street, Mardale
Speakers: Helen Brannagh (Chief Fire Officer, West Mardale Fire and Rescue Service); Daniel Whitcombe (Area Manager and incident commander); Martin Crossley (Superintendent, West Mardale Police); Priya Ashdown (Councillor, leader of Mardale District Council). Chaired by Lucy Tennant (head of communications, West Mardale Fire and Rescue Service).
Transcript prepared by the WMFRS press office. Lightly edited for clarity.

TENNANT: Good evening, and thank you for coming at short notice. We will hear from each of the speakers and then take questions. Please give your name and your outlet when you ask a question. Chief Fire Officer Helen Brannagh will start.

BRANNAGH: Thank you, Lucy. Good evening. At 11:42 this morning our control room took the first 999 call about smoke on Harrowby Moor. Within an hour we had eight engines on the moor, and by this evening the fire had grown to around 310 hectares. This is the largest wildfire this service has dealt with since April 2019, when 540 hectares of Harrowby Moor burned. It is also the second wildfire on Harrowby Moor this year, after a fire of 12 hectares on Sunday 23 March. I want to thank our crews, and the crews from Lunesdale and Craven Vale who came to help us. Our firefighters have worked in punishing heat all day, and I could not be prouder of them.

WHITCOMBE: Thank you, Chief. We have 22 fire engines and around 115 firefighters on the moor tonight, from three fire and rescue services. The helicopter has made 47 water drops since it arrived this afternoon. The good news is that the fire line on the B6417 has held, and the village itself has not been touched. But I want to be honest with people. The next twelve hours are critical. If the wind swings round to the north overnight, the village is back in the firing line. We expect crews to be on the moor for at least three days, putting out hot spots in the peat.

CROSSLEY: Good evening. At half past three this afternoon, on the advice of the incident commander, my officers began evacuating 64 homes in Kettlesby. That is about 140 residents. I am pleased to say that nobody in the village was hurt. Thirty-eight people have gone to the rest centre in Thornbeck and the rest are staying with friends and family. Officers are patrolling the village tonight to keep homes secure. Please do not try to go back to your homes tonight. Residents will not be allowed to return before midday tomorrow, Sunday 15 June, at the earliest, and only if the fire service says it is safe. The B6417 stays closed between Kettlesby and Lowther Bridge.

ASHDOWN: Thank you. The council's first job tonight is to look after the people of Kettlesby. We have opened the rest centre at Thornbeck Community Centre with the British Red Cross, and we have booked hotel rooms for 12 families who need them. We are also releasing a hardship fund of £25,000 for evacuated households, and staff will be at the rest centre from 9am tomorrow to take applications. Nobody from Kettlesby will be left without a bed tonight. From Monday 16 June, barbecues and open fires will be banned on all council-owned moorland, and anyone who breaks the ban faces a fixed penalty of £100.

TENNANT: Thank you. We have time for a few questions.

Q (Tom Reddy, Mardale Evening Post): Superintendent, do you know how the fire started?

A (CROSSLEY): The cause is being investigated jointly by the police and the fire service. I can confirm that the remains of a disposable barbecue were found near Kettlesby Beacon, close to where the fire was first seen. At this stage we are not ruling anything out. If anyone was on the moor this morning and saw anything, please call 101, quoting incident 0412 of 14 June.

Q (Grace Obi, Radio Fellside): Area Manager, what about the farms on the moor?

A (WHITCOMBE): Farmers have been brilliant. They moved about 200 sheep off the moor this afternoon, and we have had no reports of livestock lost. Two farm buildings at Highgill were scorched but not destroyed.

Q (Grace Obi, Radio Fellside): And the firefighter who was taken to hospital?

A (BRANNAGH): One of our firefighters from Thornbeck station was treated for heat exhaustion. She was discharged from Mardale General Hospital at six o'clock and is resting at home.

Q (Nadia Kerr, The Northern Courier): How much is this costing, and who pays for the helicopter?

A (BRANNAGH): It is too early to put a figure on the whole operation. The helicopter costs about £3,500 an hour and is paid for by the service under our contract with Skyline Aerial Services. Cost is not going to be the thing that decides how we fight this fire.

TENNANT: Thank you all. We will issue the next update on our website at 22:00, and there will be another briefing here at 10:00 tomorrow.

[Briefing ended 19:34]
`;

const files = { 'harrowby-moor-live-updates.html': UPDATES, 'press-conference-transcript.txt': BRIEFING };

describe("a moorland wildfire: the live updates and the press conference, with the product's word vectors", () => {
  withProductWordVectors();

  test('"eased" is the opposite of "strengthened" in its place', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'The wind eased through the early afternoon, gusting up to 30 mph from the south-west.', [['eased', 'strengthened']]);
    verdict('supported', 'The wind strengthened through the early afternoon, gusting up to 30 mph from the south-west.');
  });

  test('a chief officer is one post: "Chief Fire Officer Daniel Whitcombe" is the area manager, by the speakers\' line', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: the speakers' line holds both "Chief Fire Officer" (Brannagh's) and Whitcombe's name.
    verdict('contradicted', 'Chief Fire Officer Daniel Whitcombe said crews expected to be on the moor for at least three days.', [['Chief Fire Officer', 'Area Manager']]);
    verdict('supported', 'Area Manager Daniel Whitcombe said crews expected to be on the moor for at least three days.');
    verdict('supported', 'Chief Fire Officer Helen Brannagh said it was the largest wildfire her service had dealt with since April 2019.');
  });

  test('a denial whose object the source names in common words: "has not crossed the road", the road being the B6417', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: "crossed" and "road" after the denial, and "road" is none of the claim's words.
    verdict('contradicted', 'The eastern flank of the fire crossed the B6417 on Saturday evening.', [['crossed', 'has not crossed the road']]);
    verdict('supported', 'The eastern flank of the fire has not crossed the B6417.');
  });
});
