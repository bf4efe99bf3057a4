/**
 * A satellite launch: the space agency's press kit (Markdown) and the post-launch briefing's transcript (plain text).
 * The sources are written for these tests (from a helper's draft); the agency, the mission and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const KIT = `# BOREAS-1 Launch Press Kit

**Nordic Space Agency (NOSA) — Directorate of Earth Observation**
**Embargoed until launch confirmation. For media use.**

Issued: Thursday, 9 October 2025
Media contact: Sofie Dahl, Head of Communications, press@nosa.example.org, +47 22 40 18 00

---

## Mission at a glance

| Item | Detail |
|---|---|
| Satellite | BOREAS-1 (Boreal Observation of Recent Arctic Sea ice) |
| Launch date | Tuesday, 14 October 2025 |
| Launch time | 09:42 CEST (07:42 UTC), instantaneous window |
| Backup dates | Wednesday, 15 October and Thursday, 16 October 2025 |
| Launch site | Andøya Spaceport, Nordland, Norway |
| Launcher | Skyrunner-3, built and operated by Hekla Launch Systems (Reykjavík, Iceland) |
| Target orbit | Sun-synchronous, 715 km altitude, 98.3° inclination |
| Launch mass | 1,240 kg (including 86 kg of propellant) |
| Main instrument | SIRAL-N dual-frequency radar altimeter, 95 kg |
| Nominal mission | 5 years, with consumables for up to 8 years |
| Total mission cost | €412 million, including launch and five years of operations |

## Overview

BOREAS-1 is the Nordic Space Agency's first dedicated polar ice mission and the successor to CryoPolar, which operated from 2012 until it was switched off in March 2024. The satellite will measure the thickness of floating sea ice and the elevation of the Greenland and Svalbard ice caps throughout the year, including during the polar night.

Its SIRAL-N radar altimeter operates in two frequency bands, Ku-band and Ka-band, which allows scientists to separate the snow layer lying on top of the ice from the ice itself. This was not possible with CryoPolar, which carried a single-frequency instrument. BOREAS-1 will resolve features along its ground track at a resolution of 300 metres, three times finer than its predecessor.

At 1,240 kg, BOREAS-1 is also considerably lighter than CryoPolar, which weighed 1,680 kg at launch. The satellite carries no optical cameras; all of its measurements are made by radar, which sees through cloud and darkness.

"BOREAS-1 will give us the first year-round measurement of Arctic sea-ice thickness at this resolution," said Dr. Ingrid Halvorsen, Director General of the Nordic Space Agency. "For the communities, shipping lanes and ecosystems of the North, that is not an academic question."

## Launch sequence

Skyrunner-3 is a three-stage launcher standing 31 metres tall. BOREAS-1 will be its third flight and the first from Andøya Spaceport carrying an institutional payload.

- **T+0:** Liftoff from Pad 2, Andøya Spaceport
- **T+2 min 31 s:** First-stage separation
- **T+3 min 05 s:** Payload fairing jettison
- **T+8 min 40 s:** Second-stage shutdown; third stage ignition
- **T+58 min:** BOREAS-1 separates from the third stage
- **T+74 min (expected):** First signal acquired by the Svalbard Satellite Station

After separation, the satellite will deploy its two solar arrays automatically. The third stage will then perform a deorbit burn so that it re-enters the atmosphere over the South Pacific rather than remaining in orbit as debris.

## Propulsion

BOREAS-1 does not use hydrazine. Its four 1-newton thrusters run on a so-called green propellant based on ammonium dinitramide, which is less toxic to handle during fuelling at the launch site. NOSA estimates that the change reduced ground-handling costs by about 15 percent compared with CryoPolar.

## Partners and industrial team

BOREAS-1 was built by an industrial consortium of 23 companies in six countries.

- **Ångström Orbital AB** (Kiruna, Sweden) — prime contractor and satellite platform
- **DTU Space**, Technical University of Denmark (Kongens Lyngby) — SIRAL-N radar altimeter
- **Finnish Meteorological Institute** (Helsinki) — ground processing and sea-ice data products
- **Canadian Space Agency** — data downlink through the Inuvik Satellite Station in the Northwest Territories, Canada
- **Kongsberg Satellite Services (KSAT)** — Svalbard Satellite Station and launch tracking
- **Hekla Launch Systems** (Reykjavík, Iceland) — launch services

NOSA provides 62 percent of the mission funding. The remaining 38 percent comes from the national space programmes of Denmark, Finland and Sweden, and from an in-kind contribution by the Canadian Space Agency. The launch contract with Hekla Launch Systems is worth €48 million.

## Mission team

- **Dr. Ingrid Halvorsen**, Director General, Nordic Space Agency
- **Mikael Lindqvist**, BOREAS-1 Mission Director, NOSA
- **Dr. Aino Virtanen**, BOREAS-1 Project Scientist, Finnish Meteorological Institute
- **Thomas Brekke**, Chief Executive Officer, Hekla Launch Systems
- **Karin Sjöberg**, Programme Manager, Ångström Orbital AB

"We designed BOREAS-1 to be operated from the ground with as little intervention as possible," said Karin Sjöberg, Programme Manager at Ångström Orbital. "The platform can run for 30 days without a command from the control centre."

## Science objectives

Arctic summer sea-ice extent has fallen by about 12 percent per decade since satellite records began in 1979, but thickness, and therefore volume, remains far less certain. BOREAS-1 will:

1. Map sea-ice thickness across the Arctic Ocean every 27 days;
2. Measure snow depth on sea ice for the first time from orbit at basin scale;
3. Track elevation change of the Greenland and Svalbard ice caps;
4. Provide near-real-time ice charts to national ice services within 3 hours of observation.

"Until now, we have had to guess how much snow sits on top of the ice, and that guess is the single largest error in our thickness estimates," said Dr. Aino Virtanen, the mission's Project Scientist.

## Data policy

All BOREAS-1 data will be free and open to any user. Data will be distributed by the Finnish Meteorological Institute and mirrored by NOSA. There is no registration fee.

## Operations

The satellite will be controlled from the NOSA Mission Control Centre in Tromsø, Norway. A commissioning phase of about six months will follow launch, during which the radar will be switched on, calibrated and checked against measurements taken by aircraft and by a field camp on the sea ice north of Svalbard.

*Ends.*
`;

const BRIEFING = `NORDIC SPACE AGENCY (NOSA)
BOREAS-1 POST-LAUNCH MEDIA BRIEFING - TRANSCRIPT
Location: Andøya Spaceport Visitor Centre, Nordland, Norway
Date: Tuesday, 14 October 2025
Time: 11:30 CEST
Transcribed by NOSA Communications. Lightly edited for clarity.

PARTICIPANTS:
Sofie Dahl - Head of Communications, NOSA (moderator)
Mikael Lindqvist - BOREAS-1 Mission Director, NOSA
Dr. Aino Virtanen - BOREAS-1 Project Scientist, Finnish Meteorological Institute
Thomas Brekke - Chief Executive Officer, Hekla Launch Systems

---

SOFIE DAHL: Good morning, everyone, and thank you for your patience. We have about 40 minutes. Mikael will start with a summary of the launch, then Aino and Thomas, and then we will take questions from the room and from the phone line.

MIKAEL LINDQVIST: Thank you, Sofie. I am very happy to tell you that BOREAS-1 is in orbit, it is healthy, and it is talking to us.

Skyrunner-3 lifted off at 09:42 and 7 seconds local time, so exactly on time. We had no holds in the final countdown and there was no weather delay. Ground winds were about 18 kilometres per hour, well inside our limit of 40. It was as clean a countdown as I have seen in 22 years of doing this.

The first-stage separation, the fairing jettison and the upper-stage burns were all nominal. The third stage released the satellite 57 minutes and 40 seconds after liftoff, into an orbit of 713 kilometres. That is 2 kilometres below the target, and well within the tolerance of plus or minus 5 kilometres, so we will not need to spend any extra propellant correcting it.

We acquired the first signal at the Svalbard station at 10:58, which is 76 minutes after liftoff, two minutes later than we had predicted. That is simply down to where the satellite came over the horizon, it is not a concern. Both solar arrays were deployed by 11:04 and the satellite is now generating power and charging its batteries.

The third stage also completed its deorbit burn. It will re-enter over the South Pacific within the next 48 hours, so nothing from this launch will remain in orbit apart from the satellite itself.

SOFIE DAHL: Thank you. Aino?

DR. AINO VIRTANEN: Thank you. For the science team this is a very emotional day. Some of us have been working on this idea since CryoPolar was launched in 2012.

The radar is not switched on yet. We will switch SIRAL-N on in about three weeks, in early November, and then begin calibration. The first validation campaign will take place in March next year, with two aircraft flying under the satellite and the field camp north of Svalbard. Our aim is to release the first sea-ice thickness maps to the scientific community in April 2026.

What I want people to understand is that thickness is the missing piece. We know the ice covers less area than it did. We do not know, with confidence, how much ice there actually is. BOREAS-1 is built to answer that question.

SOFIE DAHL: Thomas.

THOMAS BREKKE: Thank you. This was the third flight of Skyrunner-3, and our second fully successful one; as you will remember, our first flight in 2023 did not reach orbit. So today matters a great deal to the 340 people at Hekla. Our next launch is planned for February 2026, from the same pad.

SOFIE DAHL: Let's go to questions. First in the room.

Q (Henrik Aasen, Aftenposten): Mikael, the mission has been described as over budget. Can you give us the numbers?

MIKAEL LINDQVIST: Yes. The mission was approved in 2019 with a budget of 396 million euros. The final cost is 412 million, so that is about 4 percent over. Most of that came from the pandemic years, when delivery of the radar electronics was delayed by nine months. I would point out that the launch itself came in under its budget.

Q (Henrik Aasen, Aftenposten): And was there any anomaly at all during the flight?

MIKAEL LINDQVIST: There was no anomaly. One temperature sensor on the second stage read about 3 degrees higher than predicted during ascent. Thomas's team looked at it in real time and it had no effect on the mission.

THOMAS BREKKE: That's right. We will review it, but it was within limits the whole time.

Q (Maja Eriksen, Reuters, on the phone line): Dr. Virtanen, how much more precise is BOREAS-1 than what you had before?

DR. AINO VIRTANEN: Along the ground track, three times finer resolution than CryoPolar. But the bigger improvement is the snow. With two frequencies we can measure the snow directly, and we expect that to cut the uncertainty in ice thickness roughly in half. "Roughly" is the important word there; we will know after calibration.

Q (Maja Eriksen, Reuters): And who gets the data?

DR. AINO VIRTANEN: Everybody. The data will be free and open, and the ice services in Norway, Finland, Denmark, Sweden and Canada will receive near-real-time charts within three hours.

Q (Lars Holm, NRK): Mr. Brekke, there has been criticism in Iceland that Hekla is launching from Norway and not from home. Will that change?

THOMAS BREKKE: Andøya is the right place for polar orbits today. We have no plans to build a launch site in Iceland in the next five years. I would rather fly more often from a pad that works.

Q (Lars Holm, NRK): And Mikael, how long will BOREAS-1 last?

MIKAEL LINDQVIST: The nominal mission is five years. We carry consumables for eight, and after today's accurate orbit insertion I would be surprised if we did not get at least seven. But I will not promise more than the design allows.

SOFIE DAHL: We have time for one last question.

Q (Ingrid Lunde, Nature): Dr. Virtanen, is this the last mission of its kind, or is a BOREAS-2 planned?

DR. AINO VIRTANEN: That is a question for the Director General, not for me. What I can say is that the science community has asked for continuity, and a gap of several years, like the one we had after CryoPolar was switched off, is something we should avoid.

MIKAEL LINDQVIST: I will just add that Dr. Halvorsen has said publicly that a follow-on study will start next year. No decision on a second satellite has been made.

SOFIE DAHL: Thank you all. The next status update will be published on the NOSA website on Thursday, 16 October. Images and video from the launch are available in the press area.

[END OF TRANSCRIPT]
`;

const files = { 'boreas1_press_kit.md': KIT, 'post_launch_briefing_transcript.txt': BRIEFING };

describe("a satellite launch: the press kit and the briefing, with the product's word vectors", () => {
  withProductWordVectors();

  test('a denial of now is no denial of what will be: "is not switched on yet" / "will be switched on in about three weeks"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source says the opposite: is not switched on yet".
    verdict('supported', 'Project scientist Aino Virtanen said the radar will be switched on in about three weeks.');
  });
});
