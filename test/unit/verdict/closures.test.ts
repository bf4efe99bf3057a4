/**
 * A manufacturer's announcement of a plant closure (an HTML page), against a writer's draft: two figures given
 * to two sites the other way round ("will cut 170 jobs at Redditch and 470 at Telford" / "470 roles will be lost
 * at the Redditch plant … and 170 roles will be lost at the Telford site").
 * The announcement is written for these tests (from a helper's draft); the company and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harwell Brakes announces restructuring of UK manufacturing operations</title>
</head>
<body>
<header>
<p>Harwell Brakes plc &ndash; Press Release</p>
<p>For immediate release &ndash; Tuesday 4 March 2025</p>
</header>
<main>
<h1>Harwell Brakes announces restructuring of UK manufacturing operations</h1>

<p><strong>Coventry, 4 March 2025</strong> &ndash; Harwell Brakes plc, the supplier of braking systems to European carmakers, today announced a restructuring of its UK manufacturing footprint that will lead to the closure of its plant in Redditch and a reduction in staff at its site in Telford.</p>

<p>In total, the company proposes to cut 640 jobs in the UK. Of these, 470 roles will be lost at the Redditch plant, which will close completely, and 170 roles will be lost at the Telford site, which will remain open. The company's headquarters in Coventry and its research and development centre in Warwick are not affected by the proposals.</p>

<p>The Redditch plant is expected to close on 30 September 2025. Production will be wound down in stages over the summer, with the final brake calliper line scheduled to stop in August 2025.</p>

<h2>Consultation</h2>

<p>Harwell Brakes has today begun a formal collective consultation with employee representatives and the recognised trade union. The consultation period will last 45 days. No final decisions will be taken until the consultation has concluded, and the company said it would consider all alternative proposals put forward during that period.</p>

<p>The company said it would seek to minimise compulsory redundancies through voluntary redundancy, early retirement and redeployment. Around 60 vacancies at the Telford site and at the Warwick centre will be offered first to affected employees.</p>

<h2>Redundancy terms</h2>

<p>Employees who leave the company will receive enhanced redundancy pay of four weeks' salary for every year of service, up to a maximum of 80 weeks. This is above the statutory minimum. Affected staff will also be offered outplacement support, including retraining funds of up to &pound;1,500 per person, for six months after they leave.</p>

<h2>Financial impact</h2>

<p>The company expects to incur one-off restructuring costs of approximately &pound;38 million, most of which will be recorded in the 2025 financial year. Once the changes are complete, Harwell Brakes expects to deliver annual cost savings of around &pound;22 million from 2027.</p>

<p>Production of brake callipers and brake discs currently carried out at Redditch will move to the group's existing plant in Brno, in the Czech Republic, which will be expanded. The company said the transfer would be completed by the end of 2025. Harwell Brakes said it had no plans to move any production out of Telford, which will focus on electronic parking brakes.</p>

<h2>Reasons for the decision</h2>

<p>Harwell Brakes said demand for conventional brake components from its UK customers had fallen by almost a third since 2022, as carmakers shift towards electric vehicles, which use regenerative braking and require fewer replacement parts. Energy costs at the Redditch plant had also risen sharply, the company said, and the site would need investment of more than &pound;15 million to remain competitive.</p>

<p>Chief executive Margaret Ellison said: &ldquo;This is a painful decision and not one we have taken lightly. Redditch has a skilled and loyal workforce, and the proposal to close the plant is no reflection on their commitment. But the market for our products has changed, and we have to change with it to secure the long-term future of Harwell Brakes in the UK.&rdquo;</p>

<p>She added: &ldquo;We will treat every affected colleague with respect and support them throughout the process. We are committed to keeping Telford and Warwick at the heart of our business.&rdquo;</p>

<p>The company said it had informed the Department for Business and Trade and would work with local authorities and the regional jobcentre to support affected workers.</p>

<h2>Notes to editors</h2>

<p>Harwell Brakes plc employs around 2,900 people worldwide, including about 1,750 in the UK. It reported revenue of &pound;610 million in the year to 31 December 2024. The company's shares are listed on the London Stock Exchange.</p>

<p>Media contact: Daniel Okafor, Head of Communications, press@harwellbrakes.example</p>
</main>
</body>
</html>
`;

describe('a plant closure announcement, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('figures swapped between two sites', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'company-statement.html': STATEMENT }));
    verdict('supported', 'Harwell Brakes will cut 470 jobs at Redditch and 170 at Telford.');
    verdict('contradicted', 'Harwell Brakes will cut 170 jobs at Redditch and 470 at Telford.', [['170', '470']]);
  });

  test("another office for the chief executive, the only one the statement gives her", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'company-statement.html': STATEMENT }));
    verdict('supported', 'Chief executive Margaret Ellison said the decision to close the plant was a painful one.');
    verdict('contradicted', 'Finance director Margaret Ellison said the decision to close the plant was a painful one.', [['Finance director', 'Chief executive']]);
  });
});
