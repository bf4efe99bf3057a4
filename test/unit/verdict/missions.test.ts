/**
 * A space agency's press release on a probe's arrival and an interview with its project scientist, against a
 * writer's draft: masses and distances in other units ("2.34 tonnes" / "2,340 kg", miles for kilometres), a count
 * that a measure of the same number elsewhere does not state ("twelve countries" / "twelve seconds"). Both sources
 * are written for these tests (from a helper's drafts); the mission and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `EUROPEAN DEEP SPACE CONSORTIUM — PRESS RELEASE
For immediate release — Darmstadt, 14 March 2031

VESTRA PROBE ARRIVES AT ASTEROID 2118 HALDORA AFTER SIX-YEAR CRUISE

The Vestra spacecraft entered orbit around the main-belt asteroid 2118 Haldora at 03:42 Central European Time on 13 March 2031, the European Deep Space Consortium (EDSC) confirmed today. The signal confirming the orbit insertion burn took 21 minutes to reach the ground station at Cebreros, Spain.

Vestra was launched on an Ariane 6 rocket from Kourou, French Guiana, on 9 September 2024. During its cruise of six and a half years, the probe travelled 4.1 billion km and performed two gravity-assist flybys: one of Earth in October 2026 and one of Mars in May 2028. At arrival, Haldora was 312 million km from Earth.

The orbit insertion burn lasted 47 minutes and slowed the spacecraft by 380 metres per second. Vestra is now in an initial orbit 1,500 km above the asteroid's surface. Over the next four months, controllers will lower the orbit in stages to a final science altitude of 85 km.

Haldora is an irregular body about 64 km across. Scientists believe it is a fragment of an ancient protoplanet and may contain up to 30 per cent metal by volume.

"Tonight we saw the end of a journey that began more than a decade ago on a drawing board," said Dr. Ingrid Solberg, EDSC Director of Science. "Getting a spacecraft to the right spot around a small, dark, tumbling rock three hundred million kilometres away is an extraordinary achievement for the team."

The spacecraft had a launch mass of 2,340 kg, including 1,050 kg of propellant. It carries five scientific instruments with a combined mass of 96 kg. The main camera, HALCAM, will map the surface at a resolution of 40 cm per pixel from the final orbit. The gamma-ray and neutron spectrometer, GRANS, will measure the abundance of iron, nickel and hydrogen. A magnetometer mounted on a boom 3.5 metres long will search for a remnant magnetic field.

Vestra is powered by two solar arrays spanning 19 metres tip to tip. At Haldora, they generate about 640 watts, compared with 4.8 kilowatts near Earth.

The mission cost 680 million euros, including launch and operations until the end of the nominal mission in December 2033. The spacecraft was built by Orbitalis Space Systems in Bremen, Germany, under a contract signed in 2019.

The primary science phase will last 18 months. A possible extension of one year would take the mission to the end of 2034, subject to approval by the EDSC council.

Vestra's first close-up images of Haldora are expected to be released on 2 April 2031.

Media contact: Pieter van Aalst, EDSC Communications Officer, press@edsc.example.eu
`;

const INTERVIEW = `# Interview transcript — Dr. Rafael Okonkwo-Marín, Vestra Project Scientist

**Recorded:** 14 March 2031, by telephone, 10:15–10:40 CET
**Interviewer:** Clara Weiss, science desk

**Clara Weiss:** Congratulations. How did the night go?

**Dr. Rafael Okonkwo-Marín:** Thank you. Honestly, it was nerve-racking. The burn ran for 47 minutes and we had no live telemetry for most of it, because the spacecraft was pointing its main engine, not its antenna, at the right place. We only knew it had worked when the carrier signal came back at 04:06.

**Weiss:** What was the biggest risk?

**Okonkwo-Marín:** The engine. It had not fired for a long burn since the Mars flyby nearly three years ago. We did a test firing of twelve seconds in January, and that went well, but twelve seconds is not 47 minutes.

**Weiss:** What is the first thing you will look at?

**Okonkwo-Marín:** The shape and spin. Haldora rotates once every 7.3 hours, and we need a good shape model before we go lower. The first HALCAM images from the initial orbit will have a resolution of about seven metres per pixel. That is already enough to count craters bigger than 50 metres.

**Weiss:** And the metal question?

**Okonkwo-Marín:** That's the big one. The ground-based radar suggests a lot of metal, but radar can be fooled. GRANS needs to be low — below 100 km — and it needs to integrate for several months. So I would not expect a firm answer on the metal content before early 2032.

**Weiss:** How big is the science team?

**Okonkwo-Marín:** About 140 scientists from eleven countries. The GRANS instrument was built at the University of Uppsala, and its principal investigator is Dr. Maja Lindqvist. The magnetometer comes from Graz, led by Professor Tobias Reiner.

**Weiss:** You have worked on this mission for a long time.

**Okonkwo-Marín:** Since 2017, when it was still a proposal. I became project scientist in 2021, after my predecessor, Dr. Helen Marsh, retired. So for me it is fourteen years of my life, more or less.

**Weiss:** Was there any problem during the cruise?

**Okonkwo-Marín:** One. In 2027 a reaction wheel failed — we have four, and the spacecraft needs three. So we have no spare now. We are careful about how much we slew the spacecraft, and we use the thrusters more. That costs propellant. We have about 140 kg left, which is enough for the nominal mission and, I think, for the extension.

**Weiss:** What happens at the end?

**Okonkwo-Marín:** The plan is to land. Not a real landing — Vestra has no legs — but a controlled descent at less than one metre per second, taking pictures all the way down. That would be at the end of 2034 if the extension is approved.

**Weiss:** Last question. What would surprise you?

**Okonkwo-Marín:** If we find a magnetic field. If Haldora has a remnant field, it means the parent body had a molten core with a dynamo. That would be a very big result.

*[End of transcript. Duration: 25 minutes.]*
`;

describe('a space probe\'s arrival: the release and the project scientist\'s interview, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('masses and distances in other units', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press_release.txt': RELEASE, 'interview_transcript.md': INTERVIEW }));
    verdict('supported', 'The spacecraft had a launch mass of 2.34 tonnes, including 1.05 tonnes of propellant.');
    verdict('supported', 'At arrival, Haldora was 312 million km from Earth.');
    verdict('contradicted', 'At arrival, Haldora was 312 million miles from Earth.', [['312 million miles', '312 million km']]);
  });

  test('a count is not stated by a measure of the same number ("twelve seconds")', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press_release.txt': RELEASE, 'interview_transcript.md': INTERVIEW }));
    verdict('supported', 'Okonkwo-Marín said the science team had about 140 scientists from eleven countries.');
    verdict('contradicted', 'The science team comprises about 140 scientists from twelve countries.', [['twelve', 'eleven']]);
  });
});
