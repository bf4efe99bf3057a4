/**
 * A heath wildfire: the fire and rescue service's live incident page (HTML, an update under each dated heading) and a
 * local radio interview with the incident commander (transcript). The sources are written for these tests (from a
 * helper's draft); the service, the places and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const UPDATES = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Incident update: Hartsmoor Heath wildfire, Ashcombe St Mary | Wealdshire Fire and Rescue Service</title>
  <meta name="description" content="Live updates on the wildfire at Hartsmoor Heath near Ashcombe St Mary.">
  <meta property="article:published_time" content="2025-08-11T14:05:00+01:00">
  <meta property="article:modified_time" content="2025-08-13T08:15:00+01:00">
  <link rel="stylesheet" href="/assets/css/wfrs-main.css">
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <a class="logo" href="/"><img src="/assets/img/wfrs-logo.svg" alt="Wealdshire Fire and Rescue Service"></a>
    <nav class="primary-nav" aria-label="Main">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/incidents/">Incidents</a></li>
        <li><a href="/safety/">Staying safe</a></li>
        <li><a href="/business-safety/">Business safety</a></li>
        <li><a href="/careers/">Careers</a></li>
        <li><a href="/news/">News</a></li>
        <li><a href="/contact/">Contact us</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/incidents/">Incidents</a> &rsaquo; Hartsmoor Heath wildfire
  </nav>

  <main id="main">
    <article class="incident">
      <h1>Hartsmoor Heath wildfire, Ashcombe St Mary</h1>
      <p class="incident-meta">Incident number: WF/2025/08/0417 &middot; Status: <strong>Damping down</strong> &middot; Last updated: <time datetime="2025-08-13T08:15:00+01:00">Wednesday 13 August 2025, 08:15</time></p>

      <div class="alert alert-info">
        <p>All evacuated residents have now been allowed to return home. Please continue to avoid the heath while crews work in the area.</p>
      </div>

      <h2>Latest updates</h2>

      <section class="update" id="update-9">
        <h3><time datetime="2025-08-13T08:15:00+01:00">Wednesday 13 August 2025, 08:15</time></h3>
        <p>Four fire engines and one wildfire unit remain at Hartsmoor Heath this morning, damping down hotspots along the northern edge of the burnt area. Crews are expected to stay on the heath until at least Friday 15 August. The B2147 between Ashcombe St Mary and Pennington has reopened.</p>
      </section>

      <section class="update" id="update-8">
        <h3><time datetime="2025-08-12T18:45:00+01:00">Tuesday 12 August 2025, 18:45</time></h3>
        <p>Following a reassessment by the incident commander, residents of the 38 homes on Furze Lane will be able to return from 19:00 this evening. Wealdshire Police will lift the cordon at the junction of Furze Lane and the B2147 at that time.</p>
        <p>We are now reducing our attendance from 15 fire engines to six. An investigation into the cause of the fire is being carried out jointly with Wealdshire Police. Evidence of a disposable barbecue was found near the Bracken Hill car park.</p>
        <p>Area Manager Sunita Raval, Head of Response, said: &ldquo;I want to thank our crews, who have worked in exhausting conditions for more than 24 hours, and the people of Ashcombe St Mary for their patience. This fire was almost certainly avoidable.&rdquo;</p>
      </section>

      <section class="update" id="update-7">
        <h3><time datetime="2025-08-12T09:00:00+01:00">Tuesday 12 August 2025, 09:00</time></h3>
        <p>Residents of Gorse Close and Heathview Road are now able to return to their homes. Furze Lane remains closed and its residents should not attempt to return until advised.</p>
      </section>

      <section class="update" id="update-6">
        <h3><time datetime="2025-08-12T06:00:00+01:00">Tuesday 12 August 2025, 06:00</time></h3>
        <p>The fire was contained overnight. Crews held the fire line along Heathview Road and the edge of Pennington Woods. The total area burnt is estimated at 74 hectares. No homes have been lost, although two garden sheds and a length of fencing on Furze Lane were damaged.</p>
      </section>

      <section class="update" id="update-5">
        <h3><time datetime="2025-08-11T20:10:00+01:00">Monday 11 August 2025, 20:10</time></h3>
        <p>The fire now covers approximately 62 hectares. One firefighter was taken to the Royal Wealdshire Hospital in Kingsford with heat exhaustion this afternoon; she has since been discharged. Our control room has received 147 calls about this incident.</p>
      </section>

      <section class="update" id="update-4">
        <h3><time datetime="2025-08-11T17:20:00+01:00">Monday 11 August 2025, 17:20</time></h3>
        <p>We currently have 15 fire engines, three water carriers and two specialist wildfire units at the scene, with around 85 firefighters. Crews from neighbouring Marchfield Fire and Rescue Service are assisting. The fire has spread to around 40 hectares, driven by a south-westerly wind of 25 mph.</p>
        <p>The B2147 is closed between Ashcombe St Mary and Pennington. Please avoid the area.</p>
      </section>

      <section class="update" id="update-3">
        <h3><time datetime="2025-08-11T15:55:00+01:00">Monday 11 August 2025, 15:55</time></h3>
        <p>On the advice of the incident commander, Wealdshire Police are evacuating 112 homes on Furze Lane, Gorse Close and Heathview Road. Mid Weald District Council has opened a rest centre at Ashcombe Village Hall, Church Street, for anyone who needs somewhere to go.</p>
        <p>If you are asked to leave, please do so straight away and take medication, pets and phone chargers with you.</p>
      </section>

      <section class="update" id="update-2">
        <h3><time datetime="2025-08-11T14:30:00+01:00">Monday 11 August 2025, 14:30</time></h3>
        <p>The fire is now covering approximately eight hectares of heathland and is moving north towards houses on the edge of the village. We have increased our attendance to eight fire engines. Group Manager Daniel Prowse has taken command of the incident.</p>
      </section>

      <section class="update" id="update-1">
        <h3><time datetime="2025-08-11T14:05:00+01:00">Monday 11 August 2025, 14:05</time></h3>
        <p>We were called at 13:42 to reports of a grass fire on Hartsmoor Heath, south of Ashcombe St Mary. Four fire engines have been sent from Elderbrook, Ashcombe and Pennington fire stations.</p>
      </section>

      <h2>Advice for residents</h2>
      <ul>
        <li>Keep windows and doors closed if smoke is affecting your home.</li>
        <li>Do not use disposable barbecues on or near heathland, and never leave a fire unattended.</li>
        <li>If you see a fire, leave the area and call 999 straight away.</li>
      </ul>

      <p class="media-contact">Media enquiries: Wealdshire Fire and Rescue Service press office, 01632 960418 (24 hours), press@wealdshire-fire.example.gov.uk</p>
    </article>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <ul>
        <li><a href="/accessibility/">Accessibility</a></li>
        <li><a href="/privacy/">Privacy notice</a></li>
        <li><a href="/cookies/">Cookies</a></li>
        <li><a href="/foi/">Freedom of information</a></li>
        <li><a href="/sitemap/">Sitemap</a></li>
      </ul>
    </nav>
    <p>Wealdshire Fire and Rescue Service, Headquarters, Kingsford Road, Kingsford WS4 2HQ</p>
    <p>In an emergency always dial 999.</p>
    <p>&copy; 2025 Wealdshire Fire and Rescue Authority. All rights reserved.</p>
  </footer>
</body>
</html>
`;

const INTERVIEW = `WEALDEN SOUND 104.2 FM — THE BREAKFAST SHOW
Interview transcript: Daniel Prowse, Group Manager, Wealdshire Fire and Rescue Service (incident commander, Hartsmoor Heath wildfire)
Speakers: Claire Fenwick (presenter), Daniel Prowse (Group Manager, Wealdshire Fire and Rescue Service)
Recorded Wednesday 13 August 2025, 07:40, by telephone from the incident command unit at Bracken Hill car park. Broadcast 08:10 the same day.
Transcribed by the Wealden Sound newsdesk; lightly edited for clarity. For use in news bulletins with credit to Wealden Sound.

FENWICK: It's twenty to eight. Two days after the wildfire on Hartsmoor Heath forced more than two hundred people from their homes in Ashcombe St Mary, I'm joined by the man who ran the operation, Group Manager Daniel Prowse of Wealdshire Fire and Rescue Service. Good morning.

PROWSE: Good morning, Claire.

FENWICK: Where are things this morning?

PROWSE: It's much quieter. We've got four engines still on the heath and one of our wildfire units, and they're damping down hotspots on the northern edge. Peat and roots can smoulder underground for days, so we'll be there until at least Friday.

FENWICK: Take us back to Monday afternoon. How quickly did this move?

PROWSE: Very quickly. When I took command at half past two it was about eight hectares. Between four and six o'clock the wind picked up and, at its peak, the flame front was moving at about 30 metres a minute through dry heather and gorse. The heath was as dry as I've seen it in 23 years in the service.

FENWICK: When did you decide people had to leave?

PROWSE: Just before four. The fire was heading north towards Furze Lane, and I advised the police that we needed to get people out. In the end we evacuated 112 homes, which is around 210 residents. Mid Weald District Council opened the rest centre at the village hall, and 64 people stayed there overnight. Everybody else went to friends or family.

FENWICK: How big is this fire, in the end?

PROWSE: Seventy-four hectares burnt. It's the second-largest wildfire we've dealt with in Wealdshire in the last ten years, behind Coldharbour Common in July 2022, which was about 120 hectares.

FENWICK: And no homes were lost.

PROWSE: No homes were lost, and I'm very proud of that. Two garden sheds and some fencing on Furze Lane were damaged. The crews held the line on Heathview Road with about 40 metres to spare at one point. That was the closest it came.

FENWICK: A firefighter was taken to hospital.

PROWSE: Yes, one of our firefighters from Pennington was treated for heat exhaustion. She was discharged from the Royal Wealdshire on Monday night, and she's absolutely fine. She wanted to come back the next morning, which tells you something about her.

FENWICK: How many people did you have out there at the height of it?

PROWSE: Around 85 firefighters, 15 engines, three water carriers and the two wildfire units. We had crews from Marchfield Fire and Rescue Service as well, and we're very grateful to them. We also used about 1.2 million litres of water, a lot of it pumped from the lake at Pennington Mill.

FENWICK: What started it?

PROWSE: The investigation is still going on with Wealdshire Police, so I can't be definitive. But we found the remains of a disposable barbecue near the Bracken Hill car park, and that's our main line of inquiry.

FENWICK: What's your message to people this weekend? It's meant to be hot again.

PROWSE: Please, leave the disposable barbecues at home. It only takes one. We've had a warm, dry summer and the ground just can't take it.

FENWICK: What about the heath itself? It's a Site of Special Scientific Interest.

PROWSE: That's the sad part. The Weald Heathland Trust tells us it could take fifteen years for the heather to recover properly, and we know sand lizards and Dartford warblers live on that site. The trust's rangers are going in once we hand the area back.

FENWICK: Group Manager Daniel Prowse, thank you, and thanks to your crews.

PROWSE: Thank you, Claire. And thank you to the people of Ashcombe St Mary, who were brilliant.

FENWICK: That was Daniel Prowse, who led the response to the Hartsmoor Heath fire. The B2147 has now reopened. Travel and weather next, here on Wealden Sound.

[END OF TRANSCRIPT]
`;

const files = { 'wfrs-hartsmoor-heath-updates.html': UPDATES, 'wealden-sound-prowse-interview.txt': INTERVIEW };

describe("a heath wildfire: the live incident page and the commander's interview, with the product's word vectors", () => {
  withProductWordVectors();

  test('"at first" numbers nothing', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported ("first" missing).
    verdict('supported', 'Four engines were sent at first, from the Elderbrook, Ashcombe and Pennington fire stations.');
  });

  test('gallons are not litres', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: "gallons" was no unit.
    verdict('contradicted', 'Crews used about 1.2 million gallons of water, much of it pumped from the lake at Pennington Mill.', [['1.2 million gallons', '1.2 million litres']]);
    verdict('supported', 'Crews used about 1.2 million litres of water, much of it pumped from the lake at Pennington Mill.');
  });

  test('"this evening" in a live page\'s update is the day of the update\'s heading, not of the page', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "this evening (Monday 11 August 2025)", the page's first publication.
    verdict('supported', 'Residents of the 38 homes on Furze Lane were allowed back from 7pm on Tuesday.');
  });

  test('a compass direction is a value: "a north-easterly wind" / "a south-westerly wind"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'By late Monday afternoon the fire had spread to around 40 hectares, driven by a north-easterly wind of 25 mph.', [['north-easterly', 'south-westerly']]);
    verdict('supported', 'By late Monday afternoon the fire had spread to around 40 hectares, driven by a south-westerly wind of 25 mph.');
  });

  test("a person's post, not the person, when the evidence is their own words (\"Area Manager Daniel Prowse … said\")", async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was "Sunita Raval, not Daniel Prowse": the quick fix would have given Prowse's words to Raval.
    verdict('contradicted', 'Area Manager Daniel Prowse, the incident commander, said crews held the line on Heathview Road with about 40 metres to spare at one point.', [['Area Manager', 'Group Manager']]);
  });
});
