/**
 * A wildfire forcing evacuations: the fire authority's timestamped incident log and the joint press conference's
 * transcript (plain text). The sources are written for these tests (from a helper's draft); the town, the fire and the
 * people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const LOG = `CASCADE VALLEY FIRE AUTHORITY
INCIDENT UPDATES LOG — HARLOW CREEK FIRE
Incident No. CVFA-2025-0417
Prepared by: Incident Information Officer Dana Whitlock
Distribution: Media, Town of Pinecrest, Marlow County Emergency Management

------------------------------------------------------------
TUESDAY, AUGUST 12, 2025
------------------------------------------------------------

14:05 — Fire reported by a motorist on Route 9 near mile marker 22, approximately 4 km west of the Pinecrest town limits. Cause unknown. First engine company (Engine 31) dispatched from Station 3.

14:40 — Initial size-up by Battalion Chief Ray Okafor: approximately 12 hectares, burning in dry grass and juniper, moving east-northeast with winds of 25 km/h gusting to 40 km/h. Two engines, one water tender and a 20-person hand crew assigned.

15:30 — Fire grew to an estimated 60 hectares. Route 9 closed in both directions between the Harlow Creek bridge and Old Mill Road. Detour via County Road 14.

16:15 — EVACUATION ORDER issued for Juniper Lane, Ridgeview Drive and Sawtooth Court (approx. 140 homes). EVACUATION WARNING (be ready to leave) issued for the Aspen Heights subdivision. Evacuation centre opened at Pinecrest High School gymnasium, 300 Main Street.

17:50 — Two air tankers and one helicopter from the state aviation program assigned. Fire estimated at 210 hectares. 0% contained.

20:30 — Fire Chief Marisol Vega assumed command as incident commander. Crews on scene: 85 personnel, 14 engines, 3 dozers. One outbuilding destroyed on Sawtooth Court. No homes lost. No injuries reported.

23:00 — Overnight operations: crews building containment line along the eastern flank above Ridgeview Drive. Fire estimated at 340 hectares.

------------------------------------------------------------
WEDNESDAY, AUGUST 13, 2025
------------------------------------------------------------

06:00 — Morning briefing. Fire mapped by infrared overflight at 415 hectares. Containment 5%. Relative humidity recovered overnight to 38%, slowing spread. Personnel on scene increased to 160, including crews from Marlow County Fire and the Dunmore Rural Fire District.

09:20 — EVACUATION ORDER expanded to include the Aspen Heights subdivision (approx. 95 homes) and Canyon View Road. Total homes under evacuation order: approx. 260. Red Cross now operating the evacuation centre; 112 residents registered there overnight. Large animals can be taken to the Marlow County Fairgrounds.

11:00 — Second road closure: Canyon View Road closed at its junction with Route 9. Route 9 remains closed. Pinecrest Elementary School closed for the remainder of the week; Pinecrest High School remains open as the evacuation centre.

13:45 — Wind shift to the southwest. Spot fire of approximately 2 hectares across Harlow Creek, caught by the hand crew within 40 minutes. No structures threatened by the spot fire.

16:00 — Fire mapped at 520 hectares. Containment 12%. Personnel: 230. Aircraft: 4 air tankers, 2 helicopters. Estimated cost to date: $1.8 million.

19:30 — Pinecrest Power and Light reports power cut to about 1,100 customers as a precaution. Utility crews did not re-energize lines in the evacuation zone.

------------------------------------------------------------
THURSDAY, AUGUST 14, 2025
------------------------------------------------------------

06:00 — Morning briefing. Fire mapped at 610 hectares. Containment 20%. Growth overnight was minimal compared with Wednesday. Personnel: 275.

08:30 — Investigators from the state Fire Marshal's Office on scene. Cause remains under investigation. Investigators have not ruled out a vehicle-related ignition along Route 9.

10:00 — EVACUATION ORDER for Juniper Lane downgraded to EVACUATION WARNING. Residents of Juniper Lane (approx. 45 homes) may return with proof of residence via checkpoint at Old Mill Road. Evacuation orders remain in place for Ridgeview Drive, Sawtooth Court, Aspen Heights and Canyon View Road.

12:00 — Damage assessment team completed survey: 1 outbuilding and 2 sheds destroyed, 1 home damaged (Ridgeview Drive, siding and deck). No homes destroyed. One firefighter treated for heat exhaustion and released the same day.

15:00 — Joint press conference with Mayor Gregory Tan and Fire Chief Marisol Vega at Pinecrest Town Hall.

17:30 — Fire mapped at 640 hectares. Containment 35%. Personnel: 290. Estimated cost to date: $3.2 million.

21:00 — Evacuation centre census: 68 residents stayed overnight, down from 112 on Tuesday night. Red Cross reports 210 meals served on Thursday.

------------------------------------------------------------
FRIDAY, AUGUST 15, 2025
------------------------------------------------------------

06:00 — Fire mapped at 655 hectares. Containment 48%. Favourable weather expected through Saturday with humidity above 40%.

09:00 — Route 9 reopened to local traffic only between Old Mill Road and the Harlow Creek bridge. Canyon View Road remains closed.

11:30 — EVACUATION ORDERS for Sawtooth Court and Canyon View Road downgraded to WARNING. Ridgeview Drive and Aspen Heights remain under ORDER due to hazard trees and damaged power poles.

Next update: 18:00 Friday.

Media inquiries: Dana Whitlock, Incident Information Officer, (541) 555-0192
`;

const TRANSCRIPT = `TRANSCRIPT — JOINT PRESS CONFERENCE ON THE HARLOW CREEK FIRE
Pinecrest Town Hall, Council Chambers
Thursday, August 14, 2025, 3:00 p.m.

Participants:
Gregory Tan, Mayor of Pinecrest
Marisol Vega, Fire Chief, Cascade Valley Fire Authority
Linda Ferreira, Director, Marlow County Emergency Management

Transcribed by the Town of Pinecrest Communications Office. Lightly edited for clarity.

---

MAYOR TAN: Good afternoon, everyone. Thank you for coming. I want to start by thanking the firefighters who have been on the line since Tuesday afternoon. Because of their work, not a single home in Pinecrest has been destroyed. That is remarkable given how fast this fire moved on Tuesday evening.

This morning the town council held an emergency session and approved $250,000 from our reserve fund for evacuee support, debris removal and overtime for public works staff. We have also asked the governor to declare a state of emergency for Marlow County, which would open the door to state reimbursement. That request went in at 11 a.m. today. We have not yet heard back.

I'll hand it over to Chief Vega.

CHIEF VEGA: Thank you, Mayor. As of about 2 p.m., the Harlow Creek Fire is at roughly 640 hectares and 35 percent contained. We have 290 personnel assigned, including crews from Marlow County Fire and the Dunmore Rural Fire District, four air tankers and two helicopters.

The big change since yesterday is the weather. Humidity came up overnight and the winds eased, and we saw much less growth than on Wednesday. Yesterday the fire grew by about 105 hectares during the burn period. Today it has grown by about 30.

This morning we lifted the evacuation order for Juniper Lane, about 45 homes. Residents can go home, but they need to show proof of residence at the Old Mill Road checkpoint. I want to be clear: the other evacuation orders are staying in place. Ridgeview Drive, Sawtooth Court, Aspen Heights and Canyon View Road are still under order. Please do not try to get around the checkpoints.

DIRECTOR FERREIRA: Just to add to that: the Red Cross shelter at Pinecrest High School will stay open for as long as it is needed. Last night 68 people slept there. We also have 37 horses and a few goats at the county fairgrounds.

---

QUESTIONS

MAYOR TAN: We'll take questions. Please say your name and outlet.

PRIYA RAMASWAMY, Pinecrest Courier: Chief, do you know yet what started the fire?

CHIEF VEGA: No. The state Fire Marshal's Office has investigators on scene, and it would be irresponsible of me to speculate. What I can say is that the fire started along Route 9, and they are looking at every possibility, including a vehicle. We have found no evidence of a power line involvement at this point.

PRIYA RAMASWAMY: Were there any injuries?

CHIEF VEGA: One of our firefighters was treated for heat exhaustion this morning and was released. No civilians have been hurt. That's the most important number I'll give you today.

TOM BRENNAN, KMRL News 7: Mayor, people on Ridgeview Drive are asking when they can go back. What do you tell them?

MAYOR TAN: I tell them I understand. I have friends on Ridgeview. But the chief has told me there are hazard trees and damaged power poles up there, and I am not going to second-guess her. "We will not rush anyone home into danger." When it is safe, the chief will say so, and we'll announce it right away.

TOM BRENNAN: How much is this costing?

CHIEF VEGA: The firefighting cost so far is about $3.2 million. Most of that is aircraft. Roughly 60 percent of the cost is the air tankers and helicopters.

MAYOR TAN: And to be clear, the $250,000 the council approved this morning is separate from the firefighting costs. That's town money for our residents.

ELENA MARKOVIC, Valley Public Radio: Chief, how does this compare with the Dry Gulch Fire in 2021?

CHIEF VEGA: Dry Gulch burned about 1,900 hectares and destroyed 23 homes. This fire is much smaller, about a third of the size, and so far it has destroyed no homes. But I don't want anyone to take that as a reason to relax. Conditions can change very quickly in August.

ELENA MARKOVIC: When do you expect full containment?

CHIEF VEGA: If the weather holds, we're looking at early next week, maybe Tuesday. I'm not going to promise a date.

DIRECTOR FERREIRA: I'd add that Pinecrest Elementary will stay closed through Friday. The school district will decide about Monday over the weekend.

JAMES OKONJO, The Marlow Ledger: Mayor, some residents say the evacuation alert came late on Tuesday. Did the system fail?

MAYOR TAN: I've heard those concerns and I take them seriously. The alert went out at 4:15 p.m. The county's records show it reached about 2,300 phones. Some people on Sawtooth Court told us they didn't get it. We are going to review that with Director Ferreira's office once the fire is out. I'm not going to pretend everything was perfect.

DIRECTOR FERREIRA: We have already started pulling the logs from the alert system. We did not find any outage on our end, but we want to understand what happened on Sawtooth Court.

JAMES OKONJO: Will there be a public meeting?

MAYOR TAN: Yes. We'll hold a community meeting at the high school on Monday, August 18, at 7 p.m., assuming the shelter can accommodate it. Chief Vega and Director Ferreira have both agreed to attend.

CHIEF VEGA: One last thing. Ridgeview Drive and Aspen Heights residents, I know this is hard. "The fire doesn't care how tired we are, and neither can we." We will get you home.

MAYOR TAN: Thank you all. Our next briefing will be tomorrow at 3 p.m.

[END OF TRANSCRIPT]
`;

const files = { 'incident-updates-log.txt': LOG, 'press-conference-transcript.txt': TRANSCRIPT };

describe("a wildfire: the incident log and the press conference, with the product's word vectors", () => {
  withProductWordVectors();

  test('"found an outage" against "We did not find any outage", beside "We have found no evidence of …"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: the neighbour's "found no evidence" counted as saying "found".
    verdict('contradicted', 'Ferreira said her office found an outage in the alert system on its end.');
    verdict('supported', 'Ferreira said her office did not find an outage in the alert system on its end.');
  });

  test('"grew more on Thursday than it had on Wednesday" / "much less growth than on Wednesday"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported ("than it had on Wednesday" was not read as "than on Wednesday").
    verdict('contradicted', 'The fire grew more on Thursday than it had on Wednesday, Vega said.', [['more', 'less']]);
    verdict('supported', 'The fire grew less on Thursday than it had on Wednesday, Vega said.');
  });

  test('a name in another\'s place in a sentence the claim copies, though another sentence gives it', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported ("Pinecrest Elementary School closed for the remainder of the week" gave the school).
    verdict('contradicted', 'The evacuation centre opened Tuesday in the gymnasium of Pinecrest Elementary School.', [['Pinecrest Elementary School', 'Pinecrest High School']]);
    verdict('supported', 'The evacuation centre opened Tuesday in the gymnasium of Pinecrest High School.');
  });

  test('"decide about Monday" puts no bound on a day', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // The conflict was "about Monday".
    const r = verdict('contradicted', 'Pinecrest Elementary School will stay closed through Friday, August 22.');
    assert.ok(!r.conflicts.some((c) => /about/.test(c.source)), JSON.stringify(r.conflicts));
  });
});
