/**
 * A Grand Prix report with its results table, against a writer's draft: a figure that a sentence gives for the
 * row's driver by surname ("Grant also set the fastest lap of the race, a 1:21.903 on lap 58") is no rival of
 * the row's "Laps: 66", and a lead "by twelve points" is a difference, not the row's "Points: 25".
 * The report is written for these tests (from a helper's draft); the race and the drivers are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# Vasquez wins chaotic Portuguese Grand Prix as Hartmann retires

**Portimão, 14 September 2025** — Mateo Vasquez took his third win of the season for Corvane Racing at the Portuguese Grand Prix on Sunday, holding off Lukas Brenner of Stellaris by 2.814 seconds after a race shaped by two safety car periods and a late retirement for championship leader Felix Hartmann.

Vasquez started from second on the grid. Pole position went to Hartmann, who set a time of 1:18.442 in qualifying on Saturday for Aurion GP, 0.087 seconds faster than Vasquez.

## Start and first safety car

Hartmann led away cleanly from pole while Vasquez slotted into second ahead of Brenner. Behind them, Daniel Okafor of Meridian and Yuto Sakamoto of Halden Motorsport collided at Turn 1 on the opening lap. Sakamoto was out on the spot with broken front suspension, and Okafor limped to the pits for a new front wing, dropping to the back of the field.

The first safety car was deployed on lap 1 so marshals could clear debris from the track, and racing resumed at the start of lap 5.

## Pit stops

Most of the front-runners made a single stop. Vasquez pitted from second on lap 23, switching from medium to hard tyres in a 2.4-second stop, the fastest of the afternoon. Hartmann responded a lap later but a slow left-rear change cost him 1.9 seconds, and he rejoined behind Vasquez.

Brenner ran a longer first stint and did not stop until lap 31, which brought him out in third, 6 seconds behind Hartmann.

Okafor was the only driver among the top ten to stop twice, pitting on laps 1 and 34.

## Second safety car and Hartmann retirement

The second safety car came out on lap 47 after Rafael Lindqvist stopped his Meridian at Turn 10 with a gearbox failure. The neutralisation bunched the field and erased Vasquez's lead of nearly four seconds.

On lap 52, four laps after the restart, Hartmann slowed on the main straight with smoke coming from the rear of his car. Aurion GP confirmed a hydraulic pressure loss, and he parked in the pit lane, ending a run of 14 consecutive points finishes.

That promoted Brenner to second, and he closed to within a second of Vasquez with five laps to go before fading in the final sector.

Nina Castell brought her Aurion GP home in third, the team's only finish, ahead of Oliver Grant of Stellaris. Grant also set the fastest lap of the race, a 1:21.903 on lap 58, but does not earn an extra point for it under this season's rules.

## Results

| Pos | Driver | Team | Laps | Time/Gap | Points |
|-----|--------|------|------|----------|--------|
| 1 | Mateo Vasquez | Corvane Racing | 66 | 1:38:12.417 | 25 |
| 2 | Lukas Brenner | Stellaris | 66 | +2.814 | 18 |
| 3 | Nina Castell | Aurion GP | 66 | +9.506 | 15 |
| 4 | Oliver Grant | Stellaris | 66 | +14.220 | 12 |
| 5 | Priya Desai | Corvane Racing | 66 | +21.785 | 10 |
| 6 | Tomás Ferreira | Halden Motorsport | 66 | +33.019 | 8 |
| 7 | Daniel Okafor | Meridian | 66 | +41.652 | 6 |
| 8 | Jonas Weber | Halden Motorsport | 66 | +48.301 | 4 |
| 9 | Aiden Clarke | Veloce | 65 | +1 lap | 2 |
| 10 | Marco Bellini | Veloce | 65 | +1 lap | 1 |
| DNF | Felix Hartmann | Aurion GP | 51 | Hydraulics | 0 |
| DNF | Rafael Lindqvist | Meridian | 46 | Gearbox | 0 |
| DNF | Yuto Sakamoto | Halden Motorsport | 0 | Collision | 0 |

Okafor's recovery from last place to seventh was the drive of the day through the midfield, and he gained five places in the final 20 laps alone.

## Retirements

Three drivers failed to finish. Sakamoto was eliminated in the opening-lap collision with Okafor, which the stewards judged a racing incident and took no further action. Lindqvist's gearbox failure was Meridian's second of the season. Hartmann's hydraulic failure was Aurion GP's first mechanical retirement of the year.

## Championship standings

Hartmann's retirement cuts his lead in the drivers' championship sharply. He now has 248 points, Vasquez has 236, and Brenner is third on 201. With seven races remaining, the gap at the top is 12 points, down from 37 before Portimão.

In the constructors' championship, Stellaris lead with 389 points, Aurion GP are second on 371 and Corvane Racing third on 352.

Driver standings after round 17:

1. Felix Hartmann (Aurion GP) – 248
2. Mateo Vasquez (Corvane Racing) – 236
3. Lukas Brenner (Stellaris) – 201
4. Nina Castell (Aurion GP) – 164
5. Oliver Grant (Stellaris) – 158

The next round is the Singapore Grand Prix on 28 September.
`;

describe('a Grand Prix report with a results table, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a lap stated by a sentence about the driver is not the row\'s number of laps', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'race-report.md': REPORT }));
    verdict('supported', 'The fastest lap went to Oliver Grant, who clocked 1:21.903 on lap 58.');
    verdict('contradicted', 'The fastest lap went to Oliver Grant, who clocked 1:21.903 on lap 56.', [['56', '58']]);
  });

  test("a word of the driver's sentence swapped for the one another driver's sentence has in the same phrase", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'race-report.md': REPORT }));
    verdict('supported', 'Lindqvist stopped at Turn 10 with a gearbox failure.');
    verdict('contradicted', 'Lindqvist stopped at Turn 10 with a hydraulic failure.', [['hydraulic', 'gearbox']]);
  });

  test('a lead "by twelve points" is no row\'s points', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'race-report.md': REPORT }));
    verdict('supported', "After Portimão, Hartmann leads Vasquez by twelve points in the drivers' standings.");
  });
});
