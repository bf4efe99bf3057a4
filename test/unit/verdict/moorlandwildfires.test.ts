/**
 * A moorland wildfire: the fire and rescue service's time-stamped incident log and the national park authority's
 * statement. The sources are written for these tests (from a helper's draft); the services, the places and the people
 * are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const LOG = `MERESHIRE FIRE AND RESCUE SERVICE
Service Control Centre, Brackley Road, Kelderby KB4 7TN

INCIDENT LOG - EDITED EXTRACT FOR MEDIA RELEASE
Released under the Service's Proactive Publication Scheme

Incident number:   MF/25/004417
Incident type:     Wildfire - moorland/peat (Level 3)
Location:          Skelbeck Moor, approx. 2.5 km south-west of Thornsgill,
                   Calderfell National Park
Grid reference:    SE 0412 9376 (estimated point of origin)
Date of call:      Saturday 12 April 2025
Incident closed:   Tuesday 15 April 2025, 14:00
Released by:       Corporate Communications Team, Wednesday 16 April 2025
Media contact:     press.office@mereshirefire.gov.uk / 01632 960 412

NOTE: Personal data of callers and members of the public has been removed.
Times are as recorded by Service Control (24-hour clock, BST).
Abbreviations: WM = Watch Manager; SM = Station Manager; GM = Group Manager;
P = pumping appliance; WU = wildfire unit; ATV = all-terrain vehicle;
NPA = Calderfell National Park Authority.

======================================================================
SATURDAY 12 APRIL 2025
======================================================================
14:07  CONTROL      999 call from walker on the Packhorse Way reporting
                    smoke and open flames near Greystone Cairn. Caller
                    describes fire as "about the size of a tennis court
                    and spreading fast".
14:09  CONTROL      1P and 1WU mobilised from Kelderby (Station 14).
14:31  WM ODELL     In attendance. Fire approx. 2 hectares of dry heather
                    and bracken, running north-east. Wind south-westerly
                    18 mph gusting 30 mph. Make pumps 4.
14:38  WM ODELL     Request wildfire tactical adviser. Request NPA rangers.
14:52  CONTROL      GM Callum Reyner (wildfire tactical adviser) mobilised
                    from Service HQ.
15:20  WM ODELL     Fire now est. 11 hectares. Packhorse Way closed by
                    police between Thornsgill and Hob Lane car park.
15:45  NPA          Lead ranger Megan Atherley in attendance with 6
                    rangers, 2 ATVs and 2 high-pressure fogging units.
16:10  GM REYNER    Assumed command from WM Priya Odell. Incident declared
                    Level 3 (major incident, wildfire). Make pumps 8, WU 3.
16:34  CONTROL      Water-bombing helicopter requested under NPA contract
                    with Holt Aviation Ltd. ETA 17:45.
17:02  POLICE       Mereshire Constabulary evacuating 14 properties at Low
                    Skelbeck as a precaution. Rest centre opened at
                    Thornsgill Village Hall.
17:51  CONTROL      Helicopter on scene. First drop 17:58. Dip source
                    Blackwater Reservoir. Bucket capacity 1,200 litres.
19:40  GM REYNER    Fire front approx. 1.6 km. Area est. 74 hectares. Head
                    of fire contained south of Hob Lane track.
20:55  CONTROL      Helicopter stood down at last light after 31 drops.
22:00  GM REYNER    Overnight resources: 6P, 2WU. Firebreak along Hob Lane
                    track holding. Crews patrolling eastern flank.

======================================================================
SUNDAY 13 APRIL 2025
======================================================================
06:15  CONTROL      Helicopter resumed. Mutual aid: 2P and 1WU from
                    Ravensdale Fire and Rescue Service now in attendance.
07:30  GM REYNER    On scene: 10P, 3WU, approx. 62 firefighters.
09:30  GM REYNER    Drone survey: burned area est. 142 hectares.
11:20  SM LINDQVIST Flare-up on western flank at Cotter's Gill. One
                    firefighter sustained minor burn to right hand.
                    Treated by paramedic, taken to Mereshire General
                    Hospital as a precaution.
13:00  POLICE       Evacuation of Low Skelbeck lifted. Residents returning.
15:45  GM REYNER    Thermal imaging drone identifies deep-seated peat
                    burning at 3 locations, up to 40 cm deep.
16:30  CONTROL      Firefighter injured at 11:20 discharged from hospital.
18:30  GM REYNER    Forward spread halted. Area est. 186 hectares.
                    Helicopter stood down after 43 drops today.

======================================================================
MONDAY 14 APRIL 2025
======================================================================
07:00  SM LINDQVIST 4P, 2WU damping down. Hose relay of 3.4 km laid from
                    Blackwater Reservoir.
10:15  CONTROL      Helicopter on scene for peat hotspots.
12:00  POLICE       Packhorse Way remains closed.
13:40  CONTROL      Helicopter stood down after 14 drops.
17:00  SM LINDQVIST Hotspots reduced from 3 to 1.

======================================================================
TUESDAY 15 APRIL 2025
======================================================================
10:45  SM LINDQVIST No visible fire or smoke. Thermal scan: no readings
                    above 60C.
12:30  NPA          Rangers to monitor peat daily for 14 days.
14:00  GM REYNER    Incident closed. Final burned area 193 hectares.
                    Packhorse Way to reopen Thursday 17 April.

======================================================================
RESOURCE SUMMARY (whole incident)
======================================================================
Item                                        Total
------------------------------------------  ---------------------
Pumping appliances deployed                 27 (from 11 stations)
Wildfire units deployed                     5
Firefighter shifts worked                   214
Helicopter water drops                      88
Water dropped by air (approx.)              105,600 litres
Hose laid                                   3.4 km
Properties evacuated                        14
Casualties                                  1 (minor)
Incident duration                           71 hours 53 minutes

CAUSE
Fire investigation officer's preliminary finding: accidental. Remains of
a disposable barbecue found approx. 15 metres from the point of origin.
Investigation ongoing; referred to Mereshire Constabulary.

COMMENT
Group Manager Callum Reyner, incident commander, said: "Crews worked in
punishing conditions on steep ground, often a kilometre or more from the
nearest track. Without the helicopter and the rangers' local knowledge,
this fire would have reached the plantation at Low Skelbeck."

Assistant Chief Fire Officer Donna Halloway said: "We are seeing moorland
fires earlier in the year, and they are burning hotter. Every one of them
takes firefighters away from their own communities for days. Please,
leave the barbecue at home."

ENDS
`;

const STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Skelbeck Moor wildfire: restoration bill could reach £1.2m | Calderfell National Park Authority</title>
</head>
<body>
<header>
  <p class="org">Calderfell National Park Authority</p>
  <p class="meta">Press release ref: CNPA/PR/25/031 &middot; Wednesday 16 April 2025 &middot; FOR IMMEDIATE RELEASE</p>
</header>

<main>
<h1>Skelbeck Moor wildfire: restoration bill could reach £1.2m, says National Park Authority</h1>
<p class="standfirst">Authority asks district council for barbecue ban on open moorland after 193-hectare blaze</p>

<p>Calderfell National Park Authority has estimated that repairing the damage caused by last weekend's wildfire on Skelbeck Moor could cost up to £1.2 million over the next decade, and has called for a formal ban on barbecues across the park's open moorland.</p>

<p>The fire, which began on the afternoon of Saturday 12 April near Greystone Cairn, burned 193 hectares of moorland before Mereshire Fire and Rescue Service declared the incident closed on Tuesday 15 April. Authority rangers worked alongside firefighters throughout the four days, and the authority's contracted helicopter, operated by Holt Aviation Ltd, flew on three consecutive days.</p>

<h2>Six years of restoration lost</h2>

<p>Of the area burned, 61 hectares were blanket bog that had been restored under the authority's Moorland Recovery Project since 2019, at a cost of £480,000. The work included installing 1,350 small dams in eroding gullies and planting 210,000 plugs of sphagnum moss.</p>

<p>Dr Harriet Mossop, the authority's Chief Executive, said: "One careless moment with a disposable barbecue has undone six years of patient work by our staff, our volunteers and the farmers who manage this land. The peat under Skelbeck holds carbon that has been locked away for thousands of years, and some of it is now smoke."</p>

<p>She added that the authority would seek to recover part of the cost from its insurers and from the project's funding partners, but warned that "no cheque will bring back the moss".</p>

<h2>Breeding birds hit</h2>

<p>Owen Tranter, Head of Conservation, said the fire had struck at the worst point in the breeding season. Surveys in 2024 recorded 19 pairs of curlew and 11 pairs of golden plover within the area that burned.</p>

<p>"Curlew were already on eggs in some territories. We would expect most of those nests to have been lost," Mr Tranter said. "We will survey again in May to find out how many pairs try again. Curlew are long-lived birds and some will re-lay, but a burned moor offers them very little cover."</p>

<h2>Rangers on the fire ground</h2>

<p>Lead ranger Megan Atherley led a team of 6 rangers, supported over the four days by 23 trained volunteers, who provided all-terrain vehicles, fogging units and route-finding for fire crews.</p>

<p>"Our team knows every gill and sheep track on that moor, and that is what we brought to the fire ground," Ms Atherley said. "The firefighters did the heavy lifting. We got them to the right place."</p>

<p>The authority's share of the direct costs of the incident, including the helicopter contract and ranger overtime, is estimated at £41,300. This is separate from the £1.2 million restoration estimate.</p>

<h2>Call for a barbecue ban</h2>

<p>At a meeting on Tuesday 15 April, the authority's board voted 11 to 3 to ask Kelderby District Council to make a Public Spaces Protection Order (PSPO) banning barbecues, campfires and sky lanterns on open access land within the national park. Breaches of a PSPO can be dealt with by a fixed penalty notice of £100.</p>

<p>Councillor Ruth Penhallow, Chair of the authority, said: "We have tried education for years, and we will keep doing it, but signs at car parks are clearly not enough on their own. The board has asked the council to give our rangers and its enforcement officers a power they can actually use."</p>

<p>A survey of 1,046 visitors carried out by the authority in summer 2024 found that 38 per cent did not know that barbecues are already prohibited on open access land without the landowner's permission.</p>

<p>Kelderby District Council has said it expects to open a public consultation on the proposal on Monday 12 May, running for six weeks.</p>

<h2>Wildfires recorded in the national park, 2021&ndash;2025</h2>

<table border="1">
  <thead>
    <tr><th>Year</th><th>Number of wildfires</th><th>Area burned (hectares)</th></tr>
  </thead>
  <tbody>
    <tr><td>2021</td><td>9</td><td>48</td></tr>
    <tr><td>2022</td><td>17</td><td>310</td></tr>
    <tr><td>2023</td><td>11</td><td>95</td></tr>
    <tr><td>2024</td><td>6</td><td>22</td></tr>
    <tr><td>2025 (to 15 April)</td><td>5</td><td>201</td></tr>
  </tbody>
</table>
<p class="tablenote">Source: Calderfell NPA ranger service records. The 2025 figure includes the Skelbeck Moor fire (193 hectares).</p>

<p class="ends">ENDS</p>

<h2>Notes to editors</h2>
<ol>
  <li>Calderfell National Park was designated in 1957 and covers 1,384 square kilometres. It receives around 9.2 million visitor days a year.</li>
  <li>The Moorland Recovery Project is a partnership between Calderfell National Park Authority, Pennmoor Water and the Upland Carbon Trust. Since 2019 it has restored 412 hectares of blanket bog across the park.</li>
  <li>On Saturday 12 April the Moorland Fire Danger Rating for Calderfell stood at 4 ("very high") on a five-point scale.</li>
  <li>The Packhorse Way between Thornsgill and Hob Lane car park is due to reopen on Thursday 17 April. Visitors are asked to keep to paths on Skelbeck Moor while the peat is monitored.</li>
  <li>Photographs and drone footage of the burned area are available on request.</li>
</ol>

<h2>Media contact</h2>
<p>Communications Office, Calderfell National Park Authority, Millstone House, Ashby Bridge AB3 9QP<br>
Tel: 01632 960 788 (out of hours: 07700 900 315)<br>
Email: media@calderfell-npa.org.uk</p>
</main>
</body>
</html>
`;

const files = { 'mfrs_incident_log_MF-25-004417.txt': LOG, 'cnpa_press_release_PR-25-031.html': STATEMENT };

describe("a moorland wildfire: the fire service's incident log and the national park's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('a cap is a figure reached, not any figure below it: "up to 40 metres deep" / "at 3 locations, up to 40 cm deep"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: "up to 40 metres" held of the log's "3".
    verdict('contradicted', 'A thermal imaging drone found peat burning up to 40 metres deep in three places.', [['40 metres', '40 cm']]);
    verdict('supported', 'A thermal imaging drone found peat burning up to 40cm deep in three places.');
  });
});
