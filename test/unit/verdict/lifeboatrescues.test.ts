/**
 * A lifeboat rescue of a trawler's crew: the lifeboat station's press release (Markdown, with a timeline table) and the
 * coastguard's incident log (plain text, each line dated as 14/01/2025 00:20). The sources are written for these tests
 * (from a helper's draft); the stations, the boats and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# PRESS RELEASE

**Coastal Lifeboat Trust — Skelwick Bay Lifeboat Station**
**Ref:** SKB/SR/2025/001
**Issued:** Tuesday 14 January 2025, 11.00am
**FOR IMMEDIATE RELEASE**

---

## Skelwick Bay volunteers tow stricken trawler and six crew to safety in force 9 storm

Volunteer crew from Skelwick Bay Lifeboat Station brought six fishermen safely into Kelderby harbour in the early hours of Tuesday 14 January after their trawler lost power and began taking on water in a storm off Greyhead Point.

The 18-metre trawler *Morning Tern* (KY 147), registered at Kelderby, suffered engine failure approximately 14 nautical miles north-east of Greyhead Point on the evening of Monday 13 January. Her skipper, Alan Rudd, 54, raised the alarm with the Coastal Rescue Agency on VHF channel 16 at 9.36pm, reporting that the main engine had failed and that the vessel was taking on water through a damaged stern gland. Six people were on board: the skipper and five crew.

The volunteer crew's pagers sounded at 9.47pm and the station's all-weather lifeboat, *Spirit of Skelwick*, launched at 9.58pm under the command of Coxswain Ian Pellow, with a crew of seven volunteers in total.

Conditions on the passage out were described by the crew as "brutal". The wind was north-westerly force 9, gusting force 10, with waves of up to 6 metres and heavy rain reducing visibility.

The lifeboat reached *Morning Tern* at 11.06pm, one hour and eight minutes after launching. The Coastal Rescue Agency's search and rescue helicopter, Rescue 917, had been sent from its base at Dunmore and was already overhead, providing illumination and top cover.

With the trawler's own bilge pumps struggling to keep pace, the lifeboat crew passed a portable salvage pump across to the fishing vessel on a heaving line. The fishermen set it running and were able to bring the flooding in the engine room under control.

Once the water level was falling, the lifeboat crew established a tow at 11.41pm. Rescue 917 was stood down shortly after the tow was established and returned to Dunmore.

The lifeboat then towed *Morning Tern* 16 nautical miles to Kelderby, making an average speed of between three and four knots in heavy following seas. The tow arrived in Kelderby harbour at 4.12am, where members of the Kelderby Coastguard Rescue Team and a waiting ambulance met the vessel.

One of the fishermen, deckhand Liam Corrigan, 19, had injured his hand while working on deck as the vessel rolled heavily. He was taken by ambulance to Kelderby Community Hospital for treatment. The other five men were uninjured.

After refuelling at Kelderby, *Spirit of Skelwick* returned to Skelwick Bay and was back on station and ready for service at 6.30am, 8 hours and 32 minutes after she launched.

### Service timeline (Monday 13 – Tuesday 14 January 2025)

| Time | Event |
|------|-------|
| 9.36pm | *Morning Tern* calls Coastal Rescue Agency on VHF channel 16 |
| 9.47pm | Skelwick Bay crew pagers activated |
| 9.58pm | *Spirit of Skelwick* launches |
| 11.06pm | Lifeboat on scene, 14nm NE of Greyhead Point |
| 11.41pm | Tow established |
| 4.12am | Tow arrives Kelderby harbour |
| 6.30am | Lifeboat back on station, ready for service |

### Lifeboat crew on service

| Role | Name |
|------|------|
| Coxswain | Ian Pellow |
| Second Coxswain | Dawn Merrick |
| Mechanic | Tom Ashby |
| Navigator | Sophie Grange |
| Crew member | Kieran Lowe |
| Crew member | Matt Okafor |
| Crew member | Huw Bevan |

### What they said

**Ian Pellow, Coxswain, Skelwick Bay Lifeboat Station:**
"Those were some of the worst conditions I've seen in twenty-two years on this boat. Getting a tow line across to a vessel rolling like that, in a six-metre sea and in the pitch dark, takes real skill, and every one of the crew did their job. Credit also to the skipper, who kept his crew calm and kept talking to us the whole way."

**Gillian Harte, Lifeboat Operations Manager, Skelwick Bay Lifeboat Station:**
"Our volunteers left their families and their warm beds on a filthy night without a second thought. I could not be prouder of their tireless commitment, and I want to thank the coastguard and the helicopter crew for their support throughout."

**Alan Rudd, skipper of *Morning Tern*:**
"When the engine went and the water started coming in, I honestly thought we might lose her. Seeing the lights of that lifeboat come over the swell was the best sight of my life. I'll be putting my hand in my pocket for them, and so will every boat in Kelderby."

### About the station

This was Skelwick Bay Lifeboat Station's first service of 2025. The station's lifeboat launched 38 times in 2024, up from 31 launches in 2023.

The station has 28 volunteer crew members and costs around £186,000 a year to run. Some 92% of the station's funding comes from voluntary donations and legacies.

---

### Notes to editors

1. Skelwick Bay Lifeboat Station was established in 1871 and is one of 41 stations operated by the Coastal Lifeboat Trust, an independent charity.
2. *Spirit of Skelwick* is a 16-metre all-weather lifeboat with a top speed of 25 knots. She has been on station at Skelwick Bay since 2011.
3. The rescue was coordinated by the Coastal Rescue Agency from its Gullhaven Maritime Operations Centre (incident ref CRA-GH-250113-0412).
4. Photographs of the tow arriving in Kelderby harbour, taken by crew member Kieran Lowe, are available on request. Please credit "Coastal Lifeboat Trust / Kieran Lowe".
5. Coxswain Ian Pellow and Lifeboat Operations Manager Gillian Harte are available for interview between 2pm and 5pm on Tuesday 14 January.

### Media contact

Owen Tracey, Regional Media Officer (North), Coastal Lifeboat Trust
Tel: 01632 960418 | Mobile: 07700 900317
Email: owen.tracey@coastallifeboattrust.example

**ENDS**
`;

const LOG = `COASTAL RESCUE AGENCY
GULLHAVEN MARITIME OPERATIONS CENTRE
INCIDENT LOG - MEDIA RELEASE VERSION (personal data redacted)
=====================================================================
Incident reference : CRA-GH-250113-0412
Incident category  : Vessel disabled / water ingress - fishing vessel
Vessel             : FV MORNING TERN, KY 147, stern trawler, LOA 18.0 m
Port of registry   : Kelderby
Persons on board   : 6 (skipper + 5 crew)
Date opened        : Monday 13/01/2025
Date closed        : Tuesday 14/01/2025
Duty SMOO          : Priya Nandakumar (Senior Maritime Operations Officer)
Duty MOO           : Gareth Voss (Maritime Operations Officer)
Log released by    : Coastal Rescue Agency Press Office, 14/01/2025 14:20
All times local (GMT). 24-hour clock.
=====================================================================

13/01/2025 21:36  CH16 PAN PAN received from FV MORNING TERN. Skipper
                  (A. RUDD) reports main engine failure and water
                  ingress to engine room via damaged stern gland. POB 6.
                  Vessel's bilge pumps running but struggling. All POB
                  wearing lifejackets. [MOO Voss]
13/01/2025 21:38  Position confirmed by DSC/AIS: approx 14 nm NE of
                  Greyhead Point. Vessel drifting SE at approx 1.5 kn.
                  [MOO Voss]
13/01/2025 21:39  On-scene weather per vessel and Met forecast: wind NW
                  force 9 gusting force 10. Sea very rough, waves 5-6 m.
                  Visibility 2 nm in heavy rain. Sea temperature 8°C.
                  Sunset 16:21; full darkness. [MOO Voss]
13/01/2025 21:42  SMOO Nandakumar assessed incident. Risk of vessel
                  foundering if flooding not controlled. Decision to
                  request launch of Skelwick Bay all-weather lifeboat
                  (ALB) and to task SAR helicopter. [SMOO Nandakumar]
13/01/2025 21:44  Skelwick Bay Lifeboat Operations Manager (G. HARTE)
                  contacted by phone. Launch authorised. [MOO Voss]
13/01/2025 21:47  Skelwick Bay crew paged. [MOO Voss]
13/01/2025 21:50  Rescue 917 (Dunmore) tasked for top cover and
                  illumination. ETA on scene 22:50. [SMOO Nandakumar]
13/01/2025 21:58  ALB SPIRIT OF SKELWICK launched, 7 crew. Coxswain
                  I. PELLOW. ETA on scene approx 23:05. [MOO Voss]
13/01/2025 22:04  Rescue 917 airborne from Dunmore. [MOO Voss]
13/01/2025 22:15  MORNING TERN reports all crew mustered in wheelhouse.
                  Liferaft prepared for launch if required. Advised to
                  remain with vessel while she stays afloat. [MOO Voss]
13/01/2025 22:35  MORNING TERN reports water in engine room approx
                  30 cm and rising slowly. Second bilge pump has failed.
                  [MOO Voss]
13/01/2025 22:41  Broadcast Mayday relay NOT issued; vessel remains at
                  PAN status on skipper's advice. Other vessels in area
                  requested to keep watch. No vessels within 20 nm.
                  [SMOO Nandakumar]
13/01/2025 22:52  Rescue 917 on scene. Providing illumination and top
                  cover. Winching not attempted due to vessel motion.
                  [MOO Voss]
13/01/2025 23:06  ALB SPIRIT OF SKELWICK on scene. [MOO Voss]
13/01/2025 23:19  ALB crew transfer portable salvage pump to MORNING
                  TERN by heaving line. [MOO Voss]
13/01/2025 23:27  Salvage pump running on MORNING TERN. [MOO Voss]
13/01/2025 23:30  MORNING TERN reports engine room water level falling.
                  [MOO Voss]
13/01/2025 23:41  Tow established. ALB towing MORNING TERN towards
                  Kelderby, distance 16 nm. Speed of tow approx 3.5 kn.
                  ETA Kelderby approx 04:15. [MOO Voss]
13/01/2025 23:52  Rescue 917 stood down, returning to Dunmore.
                  [SMOO Nandakumar]
14/01/2025 00:20  MORNING TERN reports one crew member (deckhand, male,
                  19) with hand injury sustained on deck earlier.
                  Conscious and alert. Ambulance requested to meet
                  vessel at Kelderby. Kelderby Coastguard Rescue Team
                  (CRT) tasked to meet vessel on arrival. [MOO Voss]
14/01/2025 01:10  Tow progressing. ALB reports heavy following seas;
                  tow line secure. [MOO Voss]
14/01/2025 02:30  ALB reports wind easing to NW force 7. [MOO Voss]
14/01/2025 03:05  Hourly welfare check: all POB MORNING TERN well
                  except injured deckhand; salvage pump holding.
                  [MOO Voss]
14/01/2025 03:48  Kelderby CRT on scene at harbour. Ambulance on scene.
                  [MOO Voss]
14/01/2025 04:12  MORNING TERN alongside Kelderby harbour. All 6 POB
                  ashore. Injured deckhand handed to ambulance crew and
                  conveyed to Kelderby Community Hospital.
                  [MOO Voss]
14/01/2025 04:25  Kelderby CRT stood down. [MOO Voss]
14/01/2025 04:40  ALB refuelling at Kelderby before return passage.
                  [MOO Voss]
14/01/2025 06:30  ALB reports back on station at Skelwick Bay, refuelled
                  and ready for service. [MOO Voss]
14/01/2025 06:41  Incident closed. [SMOO Nandakumar]

=====================================================================
INCIDENT SUMMARY
=====================================================================
Units tasked:
  - Skelwick Bay ALB SPIRIT OF SKELWICK (Coastal Lifeboat Trust),
    7 crew. Launched 21:58, on scene 23:06, back on station 06:30.
  - Rescue 917, SAR helicopter, Dunmore. Airborne 22:04, on scene
    22:52, stood down 23:52.
  - Kelderby Coastguard Rescue Team, 5 officers. Tasked 00:20, stood
    down 04:25.

Outcome          : Vessel recovered to Kelderby under tow. 6 POB landed
                   safely. 1 casualty (hand injury) to hospital.
Total duration   : 9 hr 05 min (call received 21:36 to incident closed
                   06:41).
Pollution        : None reported.
Vessel status    : Detained in Kelderby pending survey of stern gland
                   by Marine Surveyor (Northern Region).
Follow-up        : Skipper advised of requirement to report to Marine
                   Accident Reporting Unit within 24 hours.

=====================================================================
STATEMENT FOR MEDIA (approved for release)
=====================================================================
Priya Nandakumar, Senior Maritime Operations Officer at the Coastal
Rescue Agency's Gullhaven Maritime Operations Centre, said:

"The skipper made an early call, and that gave everyone time to get
the right assets moving before the situation became critical. In a
force 9 at night, with the sea at 8 degrees, minutes matter. The
volunteers at Skelwick Bay and our helicopter crew from Dunmore did an
outstanding job, and six people are home with their families today
because of it."

"We would remind all fishermen to check their bilge alarms and pumps
regularly, and to call us early if anything goes wrong. We would far
rather hear from you too soon than too late."

Media enquiries: Coastal Rescue Agency Press Office, 01632 960772
(24 hours). Please quote incident reference CRA-GH-250113-0412.
=====================================================================
END OF LOG
`;

const files = { 'skelwick_lifeboat_press_release.md': RELEASE, 'coastguard_incident_log.txt': LOG };

describe("a lifeboat rescue: the station's release and the coastguard's log, with the product's word vectors", () => {
  withProductWordVectors();

  test('minutes later, between two times the sources give', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states 11 minutes" (9.47pm and 9.58pm are 11 minutes apart).
    verdict('supported', "Volunteers' pagers sounded at 9.47pm and the all-weather lifeboat Spirit of Skelwick was launched 11 minutes later.");
  });

  test("a statement opened by a name with a long post is that person's: \"Priya Nandakumar, Senior Maritime Operations Officer at the … Operations Centre, said:\"", async () => {
    const report = await checkAgainst(
      files,
      [
        '# Rescue',
        '',
        'Priya Nandakumar, the senior maritime operations officer on duty, said the skipper\'s early call "gave everyone time to get the right assets moving".',
        '',
      ].join('\n'),
    );
    // Was: "These words were said by Gullhaven Maritime Operations Centre, not Priya Nandakumar" (the post, over two
    // hard-wrapped lines, longer than an apposition was read).
    assert.deepEqual(report.findings.map((f) => f.message), []);
  });

  test('a date in figures is a date, not two numbers: "14/01/2025" states no "14 minutes"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: the log's "14/01/2025" gave a 14.
    verdict('unsupported', "Volunteers' pagers sounded at 9.47pm and the all-weather lifeboat Spirit of Skelwick was launched 14 minutes later.");
  });
});
