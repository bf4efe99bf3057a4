/**
 * A fire at a cathedral: the fire service's incident updates (plain text, timestamped) and the cathedral trust's
 * statement (HTML). "The Dean said: …" names whoever holds the post: the statement's "The Very Revd Helen Marwick,
 * Dean of Wexcombe, said" is no one else (a correct quote was flagged "said by Very Revd Helen Marwick, not Dean").
 * The sources are written for these tests (from a helper's draft); the cathedral and people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const UPDATES = `NORTHMOOR FIRE AND RESCUE SERVICE
INCIDENT LOG - PUBLIC UPDATES
Incident ref: NFRS/2024/11873
Location: St Aldhelm's Cathedral, Minster Green, Wexcombe
Issued by: NFRS Communications Team (media line 01632 960 447)

-----------------------------------------------------------------
UPDATE 1 - Tuesday 14 May 2024, 02:41
-----------------------------------------------------------------
Northmoor Fire and Rescue Service received the first emergency call at 02:17 this morning reporting smoke coming from the roof of St Aldhelm's Cathedral in Wexcombe. The call was made by a security guard employed by the cathedral trust.

The first two fire engines arrived at the scene at 02:26, nine minutes after the call. On arrival, crews found a well-developed fire in the roof space above the south transept.

Six fire engines and around 30 firefighters are currently in attendance. An aerial ladder platform has been requested from Hollinford fire station.

Members of the public are asked to avoid the area. Minster Green and Chapter Street are closed.

-----------------------------------------------------------------
UPDATE 2 - Tuesday 14 May 2024, 03:55
-----------------------------------------------------------------
The incident has been escalated. Twelve fire engines, two aerial ladder platforms and approximately 65 firefighters are now at the scene.

Crews are fighting the fire from outside the building using jets and the two aerial platforms. Firefighters were withdrawn from the interior at 03:20 because of the risk of falling roof timbers.

Area Manager Priya Raghunathan, the incident commander, said: "Our crews went inside in the first hour and did everything they could. We have now taken the decision to fight this fire from the outside. Nobody's life is worth a roof."

The fire is confined to the south transept roof and has not spread to the central tower. The nave roof is not currently affected.

Residents of 14 properties on Chapter Street were evacuated as a precaution and are being looked after at Wexcombe Guildhall. There are no reports of any injuries.

-----------------------------------------------------------------
UPDATE 3 - Tuesday 14 May 2024, 06:30
-----------------------------------------------------------------
The fire was brought under control at 05:48.

At the height of the incident, 15 fire engines and 80 firefighters were in attendance, with crews from Wexcombe, Hollinford, Ashby Cross and Mardale stations and support from neighbouring Calderdale Vale Fire and Rescue Service. This is the largest number of fire engines the service has sent to a single incident since the Brindley Mill fire in 2019, when 12 engines attended.

Around 70 per cent of the roof of the south transept has been destroyed. The roof of the south choir aisle has been damaged by fire and heat. Water and smoke damage has been recorded in the south transept, the choir and the Lady Chapel.

The fire did not reach the central tower or the nave. The spire is intact.

Working with cathedral staff, firefighters carried out a salvage operation during the night. Crews and volunteers moved 63 items, including paintings, textiles and silverware, to safety in the chapter house.

Residents of Chapter Street have been allowed to return to their homes, with the exception of numbers 2 to 8, which remain evacuated.

ROAD CLOSURES: Minster Green, Chapter Street and Bishop's Walk remain closed. The A4118 Cathedral Road is closed between the Eastgate roundabout and Mill Lane. Bus services 7 and 7A are diverted via Station Road. Drivers are asked to avoid the city centre this morning.

-----------------------------------------------------------------
UPDATE 4 - Tuesday 14 May 2024, 13:15
-----------------------------------------------------------------
The fire was declared extinguished at 11:02. Crews are now damping down and will remain at the scene throughout the day. The number of fire engines at the scene has been reduced to four.

Group Manager Tom Ellery said: "The south transept roof is gone, but the heart of the cathedral has been saved. Many of the firefighters here today were christened or married in this building, and it meant a great deal to them."

A structural engineer from Wexcombe City Council has assessed the building. The south transept gable wall is unstable and a 50-metre cordon remains in place around it.

The A4118 Cathedral Road reopened at 12:30. Minster Green, Chapter Street and Bishop's Walk remain closed until further notice. Bus services 7 and 7A have returned to their normal routes.

-----------------------------------------------------------------
UPDATE 5 - Wednesday 15 May 2024, 09:00
-----------------------------------------------------------------
A joint investigation by Northmoor Fire and Rescue Service and Northmoor Police into the cause of the fire has begun. Fire investigators entered the building at 08:10 this morning.

The cause of the fire is not yet known. The fire is not being treated as suspicious at this stage. Scaffolding had been erected on the south transept as part of roof repair work that began in March, and investigators will examine this area.

The last crew left the scene at 07:40 this morning. In total, firefighters spent 29 hours at the cathedral.

Chief Fire Officer Daniel Okonjo said: "I want to thank every firefighter and control room operator who worked through the night. Their courage saved most of this building for future generations. I also want to thank the people of Wexcombe, who brought food and drinks to our crews."

The service will not be giving further updates on the investigation until it has finished. Enquiries should be directed to the NFRS Communications Team.

ENDS
`;

const STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Statement on the fire at St Aldhelm's Cathedral | St Aldhelm's Cathedral Trust</title>
  <meta name="description" content="A statement from the Dean and the Chair of St Aldhelm's Cathedral Trust following the fire on 14 May 2024.">
  <link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">St Aldhelm's Cathedral Trust</a>
    <nav class="main-nav" aria-label="Main navigation">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/visit/">Visit</a></li>
        <li><a href="/worship/">Worship</a></li>
        <li><a href="/news/" aria-current="page">News</a></li>
        <li><a href="/support-us/">Support us</a></li>
        <li><a href="/contact/">Contact</a></li>
      </ul>
    </nav>
  </header>

  <main id="content">
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <a href="/">Home</a> &rsaquo; <a href="/news/">News</a> &rsaquo; Statement on the fire
    </nav>

    <article class="news-item">
      <h1>Statement on the fire at St Aldhelm's Cathedral</h1>
      <p class="meta">Published Wednesday 15 May 2024, 16:00</p>

      <p>In the early hours of Tuesday 14 May, a fire broke out in the roof of the south transept of St Aldhelm's Cathedral. We are deeply grateful to the firefighters of Northmoor Fire and Rescue Service, who worked through the night to save our cathedral, and to our own staff and volunteers, who helped to carry our treasures to safety.</p>

      <p>The Very Revd Helen Marwick, Dean of Wexcombe, said: "This has been a night of grief, but it has also been a night of grace. We have lost a roof, but we have not lost our cathedral. St Aldhelm's has stood on this hill for more than 800 years, and it will stand for many more."</p>

      <h2>What was saved</h2>

      <p>The cathedral's most important treasures are safe. The Wexcombe Psalter, an illuminated manuscript dating from around 1250, was not in the building at the time of the fire; it had been lent to the British Library for an exhibition in London. The cathedral's copy of the 1217 Magna Carta is kept in the library above the north cloister, which was not affected.</p>

      <p>The medieval choir stalls, carved in 1382, suffered only minor water damage. The great east window, which contains 14th-century stained glass, is undamaged. The Harrowden organ, built in 1874, has been affected by water and smoke and will need to be dismantled and cleaned. Our organ builders estimate that this work will take about two years.</p>

      <p>The south transept's rose window was badly damaged by heat. Around a third of its glass panels have cracked, and these will be removed for conservation in the coming weeks.</p>

      <p>The Dean said: "When I saw the volunteers carrying the silver down the steps in the dark, I knew that the people of this city love their cathedral as much as we do."</p>

      <h2>Restoration</h2>

      <p>Our surveyors' first estimate is that the repairs will cost between &pound;18 million and &pound;22 million. The cathedral is insured, but our insurance will not cover the full cost of the work. The trust expects a shortfall of at least &pound;6 million.</p>

      <p>Today the trust is launching the St Aldhelm's Restoration Appeal, with a target of &pound;8 million. The Wolfson Charitable Fund has pledged &pound;500,000 as the first gift to the appeal, and Wexcombe City Council has pledged &pound;250,000.</p>

      <p>Sir Nicholas Penhallow, chair of St Aldhelm's Cathedral Trust, said: "The restoration of the south transept will be the biggest project at this cathedral since the Victorian restoration of the 1870s. It will take at least five years, and it will need the help of everyone who loves this building."</p>

      <p>Sir Nicholas added that the trust would not cut any jobs as a result of the fire, and that all 42 members of staff would continue to be paid in full.</p>

      <h2>Services and visiting</h2>

      <p>The cathedral will remain closed to visitors until at least Monday 3 June. Sunday services will be held at St Mary's Church, Eastgate, until further notice. Choral evensong will resume on Sunday 19 May at St Mary's, sung by the cathedral choir.</p>

      <p>Weddings and baptisms booked at the cathedral for May and June will be moved to St Mary's or to another church, free of charge. Families affected will be contacted by the cathedral office this week.</p>

      <p>The roof repair work that began in March was being carried out by Hartwell Conservation Ltd. The trust is cooperating fully with the investigation by Northmoor Fire and Rescue Service and Northmoor Police and will make no further comment on the cause of the fire until the investigation is complete.</p>

      <h2>How you can help</h2>

      <p>Donations to the St Aldhelm's Restoration Appeal can be made online, by post, or at St Mary's Church, Eastgate. Please do not bring flowers or gifts to the cathedral gates, as Minster Green remains closed.</p>

      <p class="contact">Media enquiries: Rachel Tennant, Communications Manager, on 01632 960 812 or press@staldhelmscathedral.org.uk</p>
    </article>
  </main>

  <footer class="site-footer">
    <div class="footer-columns">
      <div>
        <h3>Find us</h3>
        <p>St Aldhelm's Cathedral, Minster Green, Wexcombe WX1 2AB</p>
      </div>
      <div>
        <h3>Opening times</h3>
        <p>The cathedral is currently closed. Please check this website for updates.</p>
      </div>
      <div>
        <h3>Follow us</h3>
        <ul>
          <li><a href="https://www.facebook.com/staldhelms">Facebook</a></li>
          <li><a href="https://www.instagram.com/staldhelms">Instagram</a></li>
        </ul>
      </div>
    </div>
    <p class="legal">St Aldhelm's Cathedral Trust is a registered charity, number 1098765. &copy; 2024 St Aldhelm's Cathedral Trust. <a href="/privacy/">Privacy</a> | <a href="/accessibility/">Accessibility</a> | <a href="/cookies/">Cookies</a></p>
  </footer>
</body>
</html>
`;

const files = { 'fire-service-incident-updates.txt': UPDATES, 'cathedral-trust-statement.html': STATEMENT };

describe('a cathedral fire\'s updates and the trust\'s statement, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"The Dean said" is the Dean\'s; another person\'s name is still misattributed', async () => {
    const right = await checkAgainst(files, '# Fire\n\nThe Dean of Wexcombe, the Very Revd Helen Marwick, said: "We have lost a roof, but we have not lost our cathedral." The Dean said: "This has been a night of grief, but it has also been a night of grace."\n');
    assert.deepEqual(right.findings.map((f) => f.message), []);
    const wrong = await checkAgainst(files, '# Fire\n\nSir Nicholas Penhallow said: "This has been a night of grief, but it has also been a night of grace."\n');
    const messages = wrong.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], /said by Very Revd Helen Marwick, not Sir Nicholas Penhallow/);
  });
});
