/**
 * A weather satellite's launch: the space agency's press kit (Markdown, with a launch timeline table) and the post-launch
 * briefing's transcript (plain text). The sources are written for these tests (from a helper's draft); the agencies,
 * the companies and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const KIT = `# Halcyon-4 Launch Press Kit

**Aldermoor Space Agency (ASA) | Media Relations Office**
**For immediate release — Thursday, 9 October 2025**

*Media contact: Hanne Lind, Head of Communications, ASA — press@asa.example, +47 5550 1200*

---

## Mission at a glance

The Aldermoor Space Agency will launch **Halcyon-4**, the fourth satellite in the Halcyon polar weather series, on **Tuesday, 14 October 2025**, at **04:17:30 UTC** from **Pad 2 of the Skarholm Launch Complex** on the island of Vessøy. The satellite will ride on a **Tern-2** rocket built and operated by **Corvane Launch Systems**.

Halcyon-4 is funded jointly by ASA and the **National Weather and Climate Service (NWCS)**, which will take over day-to-day operation of the satellite once commissioning is complete. It replaces Halcyon-2, launched in 2016, which has exceeded its design life by more than two years.

If weather or technical issues prevent a launch on 14 October, a backup window opens on **Wednesday, 15 October 2025**, at 04:13 UTC. The instantaneous launch window lasts **9 minutes**.

| Fact | Figure |
|---|---|
| Launch mass | 2,340 kg (including 610 kg of propellant) |
| Target orbit | Sun-synchronous polar orbit, 817 km altitude |
| Inclination | 98.7 degrees |
| Orbital period | 101 minutes |
| Design life | 7 years |
| Power | 3.2 kW from a single deployable solar array |
| Prime contractor | Halvard Aerospace, Linthorpe |
| Total mission cost | €412 million (satellite, launch and first five years of operations) |

## The instruments

Halcyon-4 carries three instruments:

- **Advanced Microwave Sounder (AMS-2)**, which measures temperature and humidity through 22 channels, even through cloud cover. It was built by the Institute for Atmospheric Remote Sensing in Kolbeck.
- **Visible and Infrared Imager (VII)**, which images the Earth in 16 spectral bands at a resolution of 500 metres.
- **Ozone Profiling Spectrometer (OPS)**, a new instrument that flies for the first time on Halcyon-4.

Together the instruments will deliver about **1.8 terabytes of data per day** to ground stations at Tromvik and Nordhavn.

## Launch timeline

All times are for a launch at the opening of the window on Tuesday, 14 October 2025. Times are approximate.

| Time (UTC) | Time from liftoff | Event |
|---|---|---|
| 03:47:30 | T–00:30:00 | Final launch readiness poll |
| 04:07:30 | T–00:10:00 | Terminal countdown begins |
| 04:17:30 | T+00:00:00 | Liftoff |
| 04:19:48 | T+00:02:18 | First stage engine cutoff |
| 04:19:52 | T+00:02:22 | Stage separation |
| 04:21:10 | T+00:03:40 | Payload fairing jettison |
| 04:26:05 | T+00:08:35 | Second stage engine cutoff (first burn) |
| 05:09:40 | T+00:52:10 | Second stage restart |
| 05:10:25 | T+00:52:55 | Second stage engine cutoff (second burn) |
| 05:16:10 | T+00:58:40 | Separation of Halcyon-4 |
| 05:23:00 | T+01:05:30 | Expected acquisition of signal, Tromvik ground station |

## What they said

"Halcyon-4 gives forecasters a sharper view of the atmosphere at exactly the moment storms are becoming more intense and harder to predict," said **Dr Ingrid Solberg, Director General of the Aldermoor Space Agency**. "This satellite was built to see through the clouds."

"Every three-day forecast issued in this country depends on polar satellite data," said **Dr Priya Ravindran, Chief Scientist at the National Weather and Climate Service**. "Halcyon-4 will keep that data flowing well into the 2030s."

"The Tern-2 has flown eleven times, and we have treated this twelfth flight with the same care as the first," said **Tomas Varga, Launch Director at Corvane Launch Systems**.

**Marcus Ebbe, Halcyon-4 Mission Manager at ASA**, said the team had completed 14 months of testing at Halvard Aerospace's facility in Linthorpe before the satellite was shipped to Skarholm on 2 August 2025.

## After launch

After separation, the satellite will deploy its solar array and begin a commissioning phase of about **five months**. First images from the Visible and Infrared Imager are expected **within six weeks** of launch. NWCS plans to declare Halcyon-4 operational in **spring 2026**.

## About the Aldermoor Space Agency

The Aldermoor Space Agency (ASA), founded in 1989 and headquartered in Bremsund, is the national agency responsible for civil space programmes. It employs about 1,150 people and has an annual budget of €1.3 billion.

## About the National Weather and Climate Service

The National Weather and Climate Service (NWCS) issues the country's official weather forecasts and warnings and operates a network of 240 weather stations.

### Media accreditation

Accredited journalists may attend the launch at the Skarholm media centre. The post-launch briefing will begin at approximately 06:30 UTC and will be streamed live on asa.example/live.

*— ENDS —*
`;

const BRIEFING = `ALDERMOOR SPACE AGENCY
HALCYON-4 POST-LAUNCH NEWS BRIEFING
Skarholm Launch Complex media centre, Vessøy
Tuesday, 14 October 2025, 06:30 UTC

TRANSCRIPT (edited for length and clarity; timestamps are from the start of the live stream)

PARTICIPANTS:
Hanne Lind, Head of Communications, Aldermoor Space Agency (moderator)
Dr Ingrid Solberg, Director General, Aldermoor Space Agency
Marcus Ebbe, Halcyon-4 Mission Manager, Aldermoor Space Agency
Tomas Varga, Launch Director, Corvane Launch Systems
Dr Priya Ravindran, Chief Scientist, National Weather and Climate Service

---

[00:00:12] HANNE LIND: Good morning, everyone, and thank you for staying up with us. We are joined by the people who got Halcyon-4 into orbit a little over two hours ago. Dr Solberg will open, and then we will take your questions.

[00:00:41] DR INGRID SOLBERG: Thank you, Hanne. At 04:17 and 30 seconds this morning, exactly on time, the Tern-2 lifted off from Pad 2 with Halcyon-4 on board. Fifty-eight minutes and forty seconds later, the satellite separated from the upper stage. I can tell you that Halcyon-4 is healthy, it is talking to us, and its solar array is open. It was, frankly, a textbook night. I want to thank the 600 people at Halvard Aerospace, Corvane and our own teams who made it possible.

[00:01:38] HANNE LIND: Tomas, the rocket side first.

[00:01:44] TOMAS VARGA: Thank you. The weather was kind to us: winds at the pad were 11 knots and the temperature was minus 3 degrees Celsius, well inside our limits. Both stages performed nominally. The second stage restarted at 05:09 for a 45-second burn, and we delivered the satellite to an orbit of 817.4 kilometres against a target of 817, with an inclination of 98.71 degrees. That is the twelfth Tern-2 flight and the twelfth success. I am very proud of my team.

[00:02:50] HANNE LIND: Marcus, how is the spacecraft?

[00:02:55] MARCUS EBBE: The Tromvik ground station acquired the signal at 05:21 UTC, two minutes earlier than we had planned. The solar array finished deploying at 05:34, and the satellite is generating 3.1 kilowatts, which is right where we expect it to be at this point. Battery charge is at 94 per cent. Over the next ten days we will switch on the instruments one by one, starting with the Advanced Microwave Sounder on Friday.

[00:03:48] HANNE LIND: Dr Ravindran, what does this mean for forecasters?

[00:03:53] DR PRIYA RAVINDRAN: It means a great deal. Halcyon-2 has served us beautifully for nine years, but it is tired. Halcyon-4 will give us data that we expect to improve the accuracy of our three-day forecasts by up to 8 per cent. We aim to feed its first data into our forecast models by March 2026. For the public, the most visible change will be better warnings of heavy rain and coastal storms.

QUESTIONS AND ANSWERS

[00:05:02] HANNE LIND: Let's go to questions. Elin Marsh, Coastal Herald.

[00:05:08] ELIN MARSH (Coastal Herald): Thank you. Dr Solberg, is the mission still on budget?

[00:05:14] DR INGRID SOLBERG: It is. The total cost remains 412 million euros, of which the agency contributed 268 million and the Weather and Climate Service 144 million. We did not need to draw on our contingency for the launch.

[00:05:46] HANNE LIND: Davide Ortiz, Orbit Weekly.

[00:05:50] DAVIDE ORTIZ (Orbit Weekly): What happens to Halcyon-2 now?

[00:05:55] MARCUS EBBE: Halcyon-2 will keep working alongside Halcyon-4 for an overlap period of about three months. After that we will lower its orbit and retire it in mid-2026. It has been a remarkable machine; it was designed for seven years and it has given us nine.

[00:06:31] HANNE LIND: Sunniva Berg, NRB Radio.

[00:06:35] SUNNIVA BERG (NRB Radio): Mr Varga, when does Corvane fly next from Skarholm?

[00:06:40] TOMAS VARGA: Our next Tern-2 launch is planned for December, carrying a commercial communications satellite. We need about seven weeks to refurbish Pad 2 between flights.

[00:07:05] SUNNIVA BERG (NRB Radio): And a follow-up for Dr Ravindran: when will people actually see images?

[00:07:10] DR PRIYA RAVINDRAN: We expect the first pictures from the imager within six weeks, so by late November. I suspect they will be on every weather broadcast in the country within a day.

[00:07:29] HANNE LIND: One last question. Elin.

[00:07:31] ELIN MARSH (Coastal Herald): Dr Solberg, will there be a Halcyon-5?

[00:07:36] DR INGRID SOLBERG: Halcyon-5 is already under construction at Halvard Aerospace and is scheduled to launch in 2029. We are not finished with this series. Storms are not waiting for us, and neither should we.

[00:07:58] HANNE LIND: Thank you all. The next status update will be posted on asa.example at 18:00 UTC today. This briefing is now closed.

[END OF TRANSCRIPT]

Aldermoor Space Agency, Media Relations Office, Bremsund. Transcript prepared by ASA Media Services. For corrections, contact press@asa.example.
`;

const files = { 'halcyon4-press-kit.md': KIT, 'halcyon4-briefing-transcript.txt': BRIEFING };

describe("a satellite launch: the press kit and the briefing, with the product's word vectors", () => {
  withProductWordVectors();

  test('"paying" is what "contributed" says of a sum', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives contributed, not paying".
    verdict('supported', "The mission's total cost remains €412 million, with the agency paying 268 million euros and the National Weather and Climate Service 144 million.");
  });

  test('a quotation\'s attribution is not the sentence\'s before it: "… launch in 2029. “Storms …,” said Ravindran"', async () => {
    const report = await checkAgainst(files, '# Launch\n\nHalvard Aerospace is already building Halcyon-5, which is scheduled to launch in 2029. "Storms are not waiting for us, and neither should we," said Ravindran.\n');
    // Was two findings: the quote's, and "In the source, this was said by Dr Ingrid Solberg, not Ravindran" on the
    // sentence before it, which has no quotation and names nobody.
    assert.deepEqual(
      // (With her post, which the participants' list gives after a comma: "Dr Ingrid Solberg, Director General, …".)
      report.findings.map((f) => `${f.quote !== undefined ? 'quote' : 'claim'}: ${f.message.replace(/ \([^()]*:\d+[^()]*\)\.$/, '')}`),
      ['quote: These words were said by Dr Ingrid Solberg (director general), not Ravindran'],
    );
  });

  test('"did not need to draw on" denies "had to draw on"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Solberg said the agency had to draw on its contingency for the launch.');
    verdict('supported', 'Solberg said the agency did not need to draw on its contingency for the launch.');
  });

  test('a temperature in words: "minus three degrees Celsius" / "minus 3 degrees Celsius"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states “three degrees” and “launch”".
    verdict('supported', 'Winds at the pad were 11 knots and the temperature was minus three degrees Celsius at launch.');
    verdict('contradicted', 'Winds at the pad were 11 knots and the temperature was minus five degrees Celsius at launch.', [['minus five degrees Celsius', 'minus 3 degrees Celsius']]);
  });

  test('a post with a figure in its words, one person\'s, given to another who spoke: "Tomas Varga, the Halcyon-4 mission manager"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: "Halcyon-4" (a figure in a word) kept the post from being read; then "Space Agency\nMarcus Ebbe"
    // across the participants' lines; then the person, not the post, though Varga said the words.
    verdict('contradicted', 'Tomas Varga, the Halcyon-4 mission manager at the Aldermoor Space Agency, said both stages of the rocket performed nominally.', [['Halcyon-4 mission manager', 'Launch Director']]);
    verdict('supported', 'Marcus Ebbe, the Halcyon-4 mission manager at the Aldermoor Space Agency, said the satellite was generating 3.1 kilowatts.');
  });

  test('later or earlier than planned, in other words: "Contact … came two minutes later than the agency had planned"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: "the agency had planned" and "we had planned" were two things compared with, and the claim's
    // words for the event ("contact came") too far from "acquired the signal" to look for a comparison.
    verdict('contradicted', 'Contact with the satellite came two minutes later than the agency had planned.', [['later', 'earlier']]);
    verdict('contradicted', 'The ground station acquired the signal two minutes later than planned.', [['later', 'earlier']]);
    verdict('supported', 'The ground station acquired the signal two minutes earlier than planned.');
  });
});
