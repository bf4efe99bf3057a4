/**
 * A wildfire's situation updates (a fire service's timestamped Markdown) and a county's HTML press release: who said
 * it when the speaker's office comes first ("said Director of Emergency Services Gloria Vance", "said Board of
 * Supervisors Chair Helen Marsh"), a surname changed after a rank ("Battalion Chief Renata Okonkwo"), two people's
 * posts swapped, a figure "revised downward" where the update says upward. The sources are written for these tests
 * (from a helper's draft); the places, people and fire are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const UPDATES = `# Cedar Hollow Fire — Situation Updates

**Issued by the Pinecrest Valley Fire Protection District**
**Incident Commander: Battalion Chief Renata Okafor**

## Update 1 — Saturday, August 9, 2025, 2:15 p.m.

The Cedar Hollow Fire was reported at 1:40 p.m. near the Dunmore trailhead, about 6 miles east of the town of Pinecrest. The fire is currently estimated at 85 acres and is burning in grass and oak woodland. Containment is 0 percent.

Fourteen engines, three bulldozers and two air tankers have been assigned. Battalion Chief Renata Okafor has assumed command of the incident.

An evacuation order has been issued for Zone PV-4 (Dunmore Ridge). An evacuation warning is in effect for Zone PV-5 (Lower Cedar Creek).

Dunmore Road is closed between Highway 38 and Ridgeback Lane.

## Update 2 — Saturday, August 9, 2025, 6:30 p.m.

Strong afternoon winds pushed the fire north across Cedar Creek. The fire has grown to 1,240 acres. Containment remains at 0 percent.

Resources now include 42 engines, 18 hand crews, six helicopters and four air tankers, for a total of 610 personnel.

The evacuation warning for Zone PV-5 (Lower Cedar Creek) has been upgraded to an evacuation order. A new evacuation warning has been issued for Zone PV-6 (Harlan Flats).

Highway 38 is closed in both directions between Pinecrest and Tolliver Junction.

An evacuation shelter has opened at Pinecrest High School, 400 Maple Avenue. Large animals can be taken to the Sutter County Fairgrounds in Alder Springs.

## Update 3 — Sunday, August 10, 2025, 7:00 a.m.

Crews worked through the night to build containment lines along the southern flank. Overnight mapping puts the fire at 2,180 acres (about 882 hectares). Containment is 5 percent.

Damage inspection teams have confirmed 12 structures destroyed and 7 structures damaged, all within Zone PV-4. Of the destroyed structures, 9 were homes and 3 were outbuildings.

One firefighter suffered a minor heat-related injury on Saturday evening and was treated and released at Mercy General Hospital.

The evacuation warning for Zone PV-6 (Harlan Flats) remains in place. No new evacuation orders were issued overnight.

## Update 4 — Sunday, August 10, 2025, 12:00 p.m.

The fire is now 2,460 acres and 15 percent contained. Forward progress on the northern edge has been slowed near Harlan Flats.

Assigned resources have increased to 58 engines, 24 hand crews, eight helicopters and six air tankers, for a total of 945 personnel.

At a morning briefing, Battalion Chief Okafor said: "We held the line at Cedar Creek overnight, but the wind forecast for this afternoon tells us we are not out of the woods yet."

Dunmore Road remains closed. Highway 38 has reopened to residents only between Pinecrest and Tolliver Junction, with escorts provided by the California Highway Patrol.

## Update 5 — Sunday, August 10, 2025, 8:00 p.m.

Afternoon winds were lighter than forecast. The fire has grown only slightly, to 2,510 acres, and containment has risen to 30 percent.

The evacuation warning for Zone PV-6 (Harlan Flats) has been lifted. The evacuation order for Zone PV-5 (Lower Cedar Creek) has been reduced to an evacuation warning, and residents may return beginning at 9:00 a.m. Monday, August 11. Zone PV-4 (Dunmore Ridge) remains under an evacuation order.

The total count of destroyed structures is unchanged at 12. The number of damaged structures has been revised upward to 9 after further inspection.

The cause of the fire is under investigation. Deputy Incident Commander Marcus Leland will assume night operations command at 9:00 p.m.

The shelter at Pinecrest High School hosted 186 people on Saturday night; 142 people were registered there as of Sunday afternoon.

The next update will be issued at 7:00 a.m. Monday.
`;

const STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Sutter Ridge County Office of Emergency Management — Press Release</title>
</head>
<body>
<article>
<h1>County Orders Evacuation of 3,400 Residents as Cedar Hollow Fire Spreads</h1>
<p class="dateline">ALDER SPRINGS, Calif. — Sunday, August 10, 2025</p>

<p>The Sutter Ridge County Office of Emergency Management said on Sunday that about 3,400 residents have been ordered to leave their homes since the Cedar Hollow Fire broke out on Saturday afternoon east of Pinecrest. The evacuations cover roughly 1,350 households in the Dunmore Ridge and Lower Cedar Creek areas.</p>

<p>The county proclaimed a local emergency at 8:00 p.m. on Saturday, August 9. The Board of Supervisors is scheduled to ratify the proclamation at a special meeting on Tuesday, August 12, at 10:00 a.m.</p>

<p>"Our first priority is getting every resident out safely, and so far that is exactly what has happened," said Director of Emergency Services Gloria Vance. "We ask people to stay out of the closed areas so that firefighters can do their jobs."</p>

<p>No civilian injuries or deaths have been reported. Sheriff Daniel Ruiz said deputies had gone door to door at more than 900 homes in Zone PV-4 and Zone PV-5 on Saturday night.</p>

<p>The county's emergency alert system, SutterAlert, sent 11,200 text and phone notifications during the first 24 hours of the fire. Registration for SutterAlert has climbed to 27,500 residents, up from 19,800 at this time last year, an increase the county credits to outreach after the 2024 Blackhawk Fire.</p>

<p>Last year's Blackhawk Fire led to the evacuation of about 2,100 residents, meaning the current evacuation is roughly 60 percent larger.</p>

<h2>Shelters</h2>
<ul>
<li>Pinecrest High School, 400 Maple Avenue, Pinecrest — open 24 hours; pets in carriers allowed</li>
<li>Alder Springs Community Center, 12 Court Street, Alder Springs — opened Sunday at 9:00 a.m.; capacity 250</li>
<li>Sutter County Fairgrounds, Alder Springs — large animals and livestock only</li>
</ul>

<p>The American Red Cross is operating both human shelters. As of noon Sunday, the two shelters together were housing 171 people.</p>

<h2>Road Closures</h2>
<ul>
<li>Dunmore Road, between Highway 38 and Ridgeback Lane — closed to all traffic</li>
<li>Highway 38, between Pinecrest and Tolliver Junction — residents only, with escort</li>
<li>Cedar Creek Road, from Harlan Flats to the county line — closed</li>
<li>Ridgeback Lane — closed to all traffic except emergency vehicles</li>
</ul>

<p>Schools in the Pinecrest Unified School District will remain closed on Monday, August 11, Superintendent Alan Whitcomb announced. The district has about 2,800 students.</p>

<p>The county has set up a Local Assistance Center at the Alder Springs Public Library, 55 Oak Street, which will open on Wednesday, August 13, from 9:00 a.m. to 6:00 p.m. Residents whose homes were destroyed or damaged can get help there replacing documents and applying for aid.</p>

<p>"This fire moved faster than anything we saw last summer," said Board of Supervisors Chair Helen Marsh. "The people who lost homes in Dunmore Ridge will have this county behind them for as long as it takes."</p>

<p>According to the Pinecrest Valley Fire Protection District, 12 structures have been destroyed, including 9 homes. The fire was 30 percent contained as of Sunday evening.</p>

<p>Air quality in Pinecrest and Alder Springs reached unhealthy levels on Sunday. The county health officer, Dr. Priya Nandakumar, advised residents with asthma or heart conditions to stay indoors and to use N95 masks if they must go outside.</p>

<p>Residents can find updates at the county emergency website or by calling the information line at 555-0142, which is staffed from 7:00 a.m. to 10:00 p.m. daily.</p>

<p class="contact">Media contact: Tomas Hale, Public Information Officer, Sutter Ridge County Office of Emergency Management.</p>
</article>
</body>
</html>
`;

const files = { 'fire-service-updates.md': UPDATES, 'county-statement.html': STATEMENT };
const findings = async (draft: string, code: string) => (await checkAgainst(files, draft)).findings.filter((f) => f.code === code).map((f) => f.message);

describe('a wildfire: offices before names, ranks, posts, revisions; with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a speaker named after an office "of" something is the person, not the office\'s first word', async () => {
    // The right speaker: no finding (the office's "Director" was read as the speaker).
    assert.deepEqual(await findings('# Fire\n\n"Our first priority is getting every resident out safely, and so far that is exactly what has happened," said Gloria Vance, the county\'s director of emergency services.\n', 'misattributed-quote'), []);
    // Another person's words: the speaker is named in full.
    const quote = await findings('# Fire\n\n"This fire moved faster than anything we saw last summer," said Sheriff Daniel Ruiz.\n', 'misattributed-quote');
    assert.equal(quote.length, 1, quote.join('\n'));
    assert.match(quote[0], /said by Helen Marsh, not Sheriff Daniel Ruiz/);
    // In reported speech, with the office before the claim's name too.
    const reported = await findings('# Fire\n\nDirector of Emergency Services Gloria Vance said the fire moved faster than anything the county saw last summer.\n', 'misattributed-quote');
    assert.equal(reported.length, 1, reported.join('\n'));
    assert.match(reported[0], /said by Helen Marsh, not Gloria Vance/);
    assert.deepEqual(await findings('# Fire\n\nBoard of Supervisors Chair Helen Marsh said the fire moved faster than anything the county saw last summer.\n', 'misattributed-quote'), []);
  });

  test('a surname changed after a rank, two people\'s posts swapped, a revision the other way', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    const r = verdict('unsupported', 'Battalion Chief Renata Okonkwo has taken command of the Cedar Hollow Fire.');
    assert.deepEqual(r.missing, ['Battalion Chief Renata Okonkwo']);
    verdict('supported', 'Battalion Chief Renata Okafor has taken command of the Cedar Hollow Fire.');
    // (The update's labelled line "Incident Commander: Battalion Chief Renata Okafor" gives her the post: the claim
    // gets her post wrong. It was the person against the post's other holder, "Marcus Leland".)
    verdict('contradicted', 'Marcus Leland is the incident commander, while Renata Okafor, the deputy incident commander, will take over night operations.', [['deputy incident commander', 'Incident Commander']]);
    verdict('supported', 'Renata Okafor is the incident commander, while Marcus Leland, the deputy incident commander, will take over night operations.');
    verdict('contradicted', 'The number of damaged structures was revised downward to nine after further inspection.', [['downward', 'upward']]);
    verdict('supported', 'The number of damaged structures was revised upward to nine after further inspection.');
  });
});
