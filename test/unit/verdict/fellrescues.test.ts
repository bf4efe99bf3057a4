/**
 * A mountain rescue of walkers: the rescue team's incident log (timestamped plain text) and the police statement
 * (Markdown). The sources are written for these tests (from a helper's draft); the team, the fells and the people are
 * invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const LOG = `SKELDERDALE MOUNTAIN RESCUE TEAM
Registered Charity No. 1098432 | Member of Westmarch Mountain Rescue Association
Base: Thwaite Bridge Rescue Post, Thwaite Bridge, Skelderdale

INCIDENT LOG - INCIDENT No. 2024/087
=========================================================

Date:              Saturday 16 November 2024
Location:          Raven Pike (812 m), north-east ridge, above Gillside
Grid reference:    NY 2841 1267
Alerted by:        Westmarch Police Control Room via 999
Incident type:     Injured walker / benighted party
Team Leader:       Gareth Pennington (Team Leader)
Incident Control:  Martin Askew (Incident Controller, Thwaite Bridge base)
Hill party lead:   Sian Ellery (Deputy Team Leader)
Medical:           Dr Ruth Halloran (Team Doctor)
Log kept by:       Kirsty Maddox (Base Radio Operator)

Weather at time of call: wind south-westerly 35 mph gusting 50 mph on the
summit; persistent rain; cloud base approx 450 m; temperature 2 C at
Thwaite Bridge, estimated minus 4 C with wind chill on the ridge.
Sunset 16:08.

PARTY DETAILS
-------------
Party of four walkers from Otley, West Yorkshire, on a day walk:
  - David Orme, 58 (party leader, caller)
  - Helen Orme, 55 (CASUALTY 1)
  - Liam Orme, 24
  - Priya Nandakumar, 31 (CASUALTY 2)
Party set out from Gillside car park at approx 10:30 intending a circuit of
Raven Pike and Cold Knott. One map, no compass, two head torches between
four people. Caller's phone on 12% battery at first contact.

TIMED LOG
---------
15:42  Call received from Westmarch Police Control Room. Female walker,
       55, has slipped on wet rock on the descent of the north-east ridge
       of Raven Pike at approx 15:10. Suspected injury to left ankle, unable
       to weight-bear. Party of four, all other members uninjured.
15:44  Incident opened. Martin Askew assumes Incident Control.
15:47  Full team paged via SARCALL.
15:55  Phone contact made with party leader David Orme. SARLOC link sent
       and returned; position confirmed at NY 2841 1267, approx 640 m.
       Advised party to stay together, put on all spare clothing and use
       the group shelter if carried. Caller confirms no group shelter.
16:05  First team vehicle (SK1) leaves Thwaite Bridge base.
16:18  SK1 and SK2 at Gillside car park. Forward control established.
16:31  Hasty party of four (lead Sian Ellery, with Dr Ruth Halloran)
       deploys from Gillside carrying casualty bag, vacuum splint, group
       shelter, hot drinks.
16:40  Search dog handler Tom Liddle and dog Bracken deployed as second
       party along the Gillside Beck path in case party has moved.
17:02  Second wave of 9 team members leaves Gillside with Bell stretcher,
       ropes and additional lighting.
17:18  Hasty party reaches casualties at 640 m. Party located exactly at
       SARLOC position.
17:25  CASUALTY 1 (Helen Orme): assessed by Dr Halloran. Closed injury to
       left ankle, suspected fracture. Pain score 8/10. Entonox given.
       Vacuum splint applied. Casualty cold but alert.
17:31  CASUALTY 2 (Priya Nandakumar): shivering, slurred speech reported by
       hasty party. Assessed as mild hypothermia. Placed in group shelter,
       dry layers and warm drinks given.
17:40  Helicopter assistance requested via ARCC Kinloss. Coastguard
       helicopter Rescue 912 tasked from Haverbrook.
18:02  Rescue 912 reports cloud base below 450 m over Raven Pike, unable to
       reach site. Helicopter stood down at 18:06. Decision by Team Leader:
       stretcher carry-off.
18:15  Second wave arrives at casualty site. Total 23 team members now
       committed on the hill.
18:22  Casualty 1 packaged in Bell stretcher. Stretcher lowering begins.
       Three rope-assisted lowers of approx 60 m each required on the steep
       section below 600 m.
19:10  Casualty 2 improving, walking with support of two team members.
       Liam Orme and David Orme escorted down by team members.
19:46  Rope section complete. Stretcher carry continues on Gillside Beck
       path, approx 2.1 km to car park.
20:47  Casualty 1 at Gillside car park. Handed over to Westmarch Ambulance
       Service crew. Conveyed to Westmarch General Hospital, Carlford.
21:05  Casualty 2 checked by ambulance crew. Observations normal;
       discharged at scene.
21:10  Uninjured members of party transported to Otley-bound car by
       Westmarch Police.
21:35  All team members off the hill and accounted for. Stand down.
21:58  All vehicles back at Thwaite Bridge base. Kit cleaned and restocked.
22:40  Incident closed by Martin Askew.

SUMMARY
-------
Duration of incident (call to stand down): 5 hours 53 minutes
Team members involved: 23 on the hill, 3 at base (26 total)
Total volunteer hours: 138
Vehicles: SK1, SK2, SK3
Other agencies: Westmarch Police, Westmarch Ambulance Service,
                HM Coastguard (Rescue 912), ARCC Kinloss
Distance stretchered: approx 2.8 km including rope lowers
Callouts this year to date: 87 (2023 at same date: 71)

TEAM LEADER'S REMARKS (Gareth Pennington)
-----------------------------------------
"The party did the right thing by staying together and ringing 999 as
soon as Mrs Orme was hurt. What let them down was kit: two head torches
between four people and no group shelter on a November day is not
enough. The cloud came down and kept the helicopter away, so it was a
long night on the stretcher for the team, and I'm proud of every one of
them."

Debrief held 22:10 at base. Points noted:
  1. SARLOC position accurate to within 10 m; saved significant search time.
  2. Radio dead spot on the north-east ridge between 600 m and 680 m;
     relay to be placed on Cold Knott for future incidents.
  3. Second Bell stretcher wheel to be replaced (damaged on rope section).

Log signed: K. Maddox, Base Radio Operator
Checked:    G. Pennington, Team Leader, Sunday 17 November 2024
`;

const POLICE = `# Westmarch Police

**Media Release | Skelderdale Neighbourhood Policing Team**

**Published: Sunday 17 November 2024, 11:30**

---

## Woman taken to hospital after fall on Raven Pike as rescuers carry her off the fell in darkness

A 55-year-old woman was taken to hospital on Saturday evening (16 November) after she fell and injured her ankle while walking on Raven Pike in Skelderdale.

Westmarch Police received a 999 call at 3.38pm on Saturday reporting that a member of a group of four walkers had slipped on wet rock on the north-east ridge of the fell and could not walk.

Officers passed the call to Skelderdale Mountain Rescue Team, whose volunteers located the group at about 5.20pm, roughly 640 metres up the 812-metre fell.

A coastguard helicopter was requested but could not reach the walkers because of low cloud. Volunteers instead carried the injured woman down on a stretcher, a journey that took almost two and a half hours and included three rope lowers on steep ground.

She reached the car park at Gillside shortly before 8.50pm and was taken by Westmarch Ambulance Service to Westmarch General Hospital in Carlford, where her condition was described on Sunday morning as stable. Her injuries are not believed to be life-threatening.

A second walker, a 31-year-old woman, was treated for mild hypothermia on the hillside. She was checked by paramedics at the car park and did not need to go to hospital. The other two members of the group were unhurt.

All four walkers are from the Otley area of West Yorkshire.

### What police said

Inspector Joanne Caddick, of the Skelderdale Neighbourhood Policing Team, said:

> "This could have ended very differently. The walkers kept their phone switched on, stayed where they were and let the rescue team come to them, and that made a huge difference once darkness fell."

> "I want to thank the volunteers of Skelderdale Mountain Rescue Team, who gave up their Saturday night in freezing conditions to bring this woman down safely. They are not paid a penny for what they do."

Inspector Caddick added that officers were on scene at Gillside throughout the operation and drove the uninjured walkers back to their car.

### What the rescue team said

Sian Ellery, deputy team leader of Skelderdale Mountain Rescue Team, who led the first volunteers to reach the group, said:

> "When we got to them the injured lady was in a lot of pain and one of her friends was shivering badly. We got them into a shelter, got some warmth into them and then it was a case of settling in for a long carry."

> "It is a steep, rocky ridge and in the dark and rain it needed ropes. Twenty-three of our members were on the hill, and every one of them is a volunteer."

The team said it has now been called out 87 times this year, up from 71 at the same point in 2023, making 2024 its busiest year since it was founded in 1968.

### Advice to walkers

Westmarch Police and the rescue team are reminding anyone heading onto the fells this winter to:

- check the mountain weather forecast before setting out, and be prepared to turn back;
- carry a map and compass and know how to use them, as well as a fully charged phone;
- carry a head torch for every member of the group, with spare batteries;
- take extra warm layers, food, drink and a group shelter;
- tell someone where you are going and when you expect to be back.

Sunset in Skelderdale is currently shortly after 4pm.

### Questions and answers

**Q: Will the walkers face any charge for the rescue?**

A: No. Mountain rescue in the UK is free at the point of need. Skelderdale Mountain Rescue Team is a registered charity that relies on donations and needs about £68,000 a year to operate.

**Q: Was the helicopter used at all?**

A: Coastguard helicopter Rescue 912 was tasked from Haverbrook but was stood down shortly after 6pm when it could not get beneath the cloud.

**Q: Are the walkers being named?**

A: No. Police will not be naming the walkers involved.

**Q: How can the public support the rescue team?**

A: Donations can be made through the team's website or at the Thwaite Bridge Rescue Post.

---

### Notes to editors

- In an emergency in the hills, call 999, ask for the police and then mountain rescue.
- Skelderdale Mountain Rescue Team is a member of the Westmarch Mountain Rescue Association and covers about 420 square kilometres of fell country.
- Photographs of the rescue, supplied by Skelderdale Mountain Rescue Team, are available on request.

**Media enquiries:** Westmarch Police Corporate Communications, press office, 01632 960 418 (office hours) or out of hours via the force control room.

*Westmarch Police - Keeping Westmarch Safe*

[Home](/) | [News](/news) | [Contact us](/contact) | [Accessibility](/accessibility) | [Privacy notice](/privacy)

© 2024 Westmarch Police
`;

const files = { 'srt-incident-log-2024-087.txt': LOG, 'westmarch-police-statement.md': POLICE };

describe("a mountain rescue: the incident log and the police statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('a hospital\'s town given otherwise: "Westmarch General Hospital in Haverbrook" / "… in Carlford"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported (Haverbrook is the helicopter's base, named elsewhere).
    verdict('contradicted', 'The injured woman was taken to Westmarch General Hospital in Haverbrook.', [['Haverbrook', 'Carlford']]);
    verdict('supported', 'The injured woman was taken to Westmarch General Hospital in Carlford.');
  });
});
