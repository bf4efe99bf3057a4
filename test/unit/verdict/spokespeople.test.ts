/**
 * Spokespeople and their offices in two statements: a hospital trust's response to an inspection (its chief
 * executive and its medical director, "Dr Rajiv Menon, the trust's medical director") and a shipping company's
 * statement after a grounding (its managing director and its spokesperson; "It would be wrong for us to speculate").
 * The statements are written for these tests (from helpers' drafts); the organisations and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const TRUST = `WEXBRIDGE AND DISTRICT HOSPITALS NHS TRUST
Statement in response to the Health Standards Commission report on St Aldhelm's Hospital
Issued: Thursday 22 May 2025
For immediate release

Wexbridge and District Hospitals NHS Trust today accepted in full the findings of the Health Standards Commission (HSC) following its unannounced inspections of St Aldhelm's Hospital in March 2025.

The commission rated the hospital Inadequate overall, with Inadequate ratings for the safe and responsive categories. The caring category kept its Good rating.

Chief executive Sarah Okonkwo said: "I want to apologise unreservedly to every patient and family who waited too long or did not receive the standard of care they deserved. This report makes difficult reading, and I do not dispute a word of it. Our staff have been working under enormous pressure, and it is my job, and the board's, to fix the problems they have been raising with us."

Ms Okonkwo, who joined the trust as chief executive in January 2025, added: "We have already made changes since the inspectors' visits, but I know that patients will judge us by what they experience, not by what we promise."

Dr Rajiv Menon, the trust's medical director, said: "The findings on sepsis are the ones that trouble me most. Every delay in giving antibiotics to a patient with sepsis increases the risk of harm. Since April, every patient arriving in our emergency department is screened by a senior nurse within 15 minutes, and we are auditing every case weekly."

Dr Menon added: "Our doctors and nurses want to give the best possible care. We owe it to them to make sure the hospital works around the patient, not the other way round."

ACTION PLAN

The trust board approved an improvement plan at an extraordinary meeting on Tuesday 20 May 2025. It will be published in full after the public board meeting on Thursday 29 May 2025. Its main commitments are:

Urgent and emergency care
- A new 24-bed same-day emergency care unit will open on Monday 1 September 2025, so that patients who do not need an overnight stay can be assessed and treated without waiting in the emergency department.
- The discharge lounge will be expanded from 12 to 20 chairs by the end of June 2025, freeing up ward beds earlier in the day.
- A dedicated ambulance handover area with space for eight patients opened on 28 April 2025. The trust aims to cut handovers taking longer than 60 minutes by half by the end of October 2025.
- The trust aims to end the routine use of corridors for patient care by 30 June 2025, in line with the commission's requirement.

Staffing
- The trust will recruit 85 registered nurses, including 60 from overseas, by the end of October 2025. Of these, 22 will be placed on Beech Ward and Larch Ward.
- The trust aims to reduce its registered nurse vacancy rate from 14.2% to below 10% by March 2026.
- A workforce plan for medical wards will be submitted to the commission by 31 July 2025.
- Mandatory training compliance, which has risen from 71% to 76% since the inspection, is expected to reach 90% by December 2025.

Patient safety
- A new sepsis lead nurse was appointed on 14 April 2025.
- Of the 31 overdue incident investigations identified by inspectors, 12 have now been completed. The remaining 19 will be completed by the end of August 2025.
- Resuscitation equipment on all wards is now checked daily, with weekly spot checks by matrons.

Leadership
- A permanent chief operating officer, Andrew Liddell, will take up post on 2 June 2025. He is currently deputy chief operating officer at a neighbouring trust.
- Executive directors will each spend at least one half-day a week on wards and in the emergency department, starting in June.
- The trust will run a "speak up" campaign for staff, with a target of raising the proportion who feel safe raising concerns from 39% to 60% in the 2026 staff survey.

INVESTMENT

The improvement plan will cost £4.3 million in 2025/26. Of this, £2.8 million will fund additional nursing posts and £1.1 million will pay for the same-day emergency care unit. The remaining £400,000 will cover training and the speak-up campaign. The trust has asked the regional NHS team for additional support of £1.5 million towards winter pressures.

Ms Okonkwo said: "This money is not a sticking plaster. It is a long-term commitment to the people of Wexbridge and the surrounding villages, who rely on St Aldhelm's and deserve a hospital they can trust."

UNION REACTION

Gail Fretwell, branch secretary of the Unison branch at Wexbridge and District Hospitals, said staff had been warning managers about corridor care for more than two years.

"Nobody who works at St Aldhelm's will be surprised by this report," she said. "Our members have been reporting unsafe staffing on the medical wards since 2023, and too often they were told there was no money. We welcome the apology and the extra nurses, but the proof will be whether staff on Beech Ward still have two nurses for 28 patients on a night shift this winter."

Ms Fretwell said the union would meet the chief executive on Wednesday 4 June 2025 to discuss the action plan, and would ask for staff representatives to sit on the trust's improvement board.

NOTES TO EDITORS

1. The Health Standards Commission inspected St Aldhelm's Hospital on 4 and 12 March 2025 and reviewed the trust's leadership on 7 April 2025.
2. The hospital was previously rated Good overall, in June 2022.
3. St Aldhelm's Hospital has 610 beds and employs around 4,800 staff. Its emergency department sees an average of 310 patients a day.
4. Wexbridge and District Hospitals NHS Trust serves a population of about 420,000 people.

Media enquiries: communications team, Wexbridge and District Hospitals NHS Trust.
`;

const OWNER = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Statement on the grounding of MV Corran Star – Brannock Shipping Ltd</title>
</head>
<body>
<header>
<p>Brannock Shipping Ltd – News and statements</p>
</header>
<main>
<article>
<h1>Statement on the grounding of MV Corran Star</h1>
<p class="dateline">Kelmouth, Friday 14 March 2025, 12:00</p>

<p>Brannock Shipping Ltd, the owner and manager of the container ship MV Corran Star, confirms that the vessel ran aground near Skerrow Point in the early hours of Thursday 13 March while on passage from Rotterdam to the Port of Kelmouth. The company is working closely with the Harwick Coastguard Service, the Secretary of State's Representative and the appointed salvors, Teague Marine Salvage.</p>

<h2>Our crew</h2>

<p>All 22 crew members are safe and accounted for. Fourteen were airlifted from the ship by the coastguard helicopter and have since been moved to a hotel in Kelmouth, where they are being looked after by the company's crew welfare team. Two crew members who suffered minor injuries were discharged from hospital on Thursday afternoon. The master and seven crew members remain on board.</p>

<p>Managing director Alistair Brannock said: "I want to thank the coastguard, the helicopter crew and the volunteers of the Kelmouth lifeboat for the courage they showed on Wednesday night. Our first thought has always been for the safety of our people, and I am deeply grateful that every one of them is safe."</p>

<p>He added: "We will cover the full cost of the salvage and of any clean-up. We are not going to leave the people of Kelmouth to pay for this."</p>

<h2>Cause of the incident</h2>

<p>The cause of the loss of main engine power is under investigation. Early information from the crew suggests a fault in the fuel supply system, but the company stresses that it is too soon to draw any conclusions.</p>

<p>The Marine Casualty Investigation Office has opened an investigation and sent a team of three inspectors to Kelmouth on Thursday. The company is co-operating fully with the inspectors and has handed over the ship's voyage data recorder, which was recovered from the vessel on Thursday evening.</p>

<p>Spokesperson Megan Lowry said: "It would be wrong for us to speculate about the cause while the Marine Casualty Investigation Office carries out its work. We have given the inspectors full access to the ship, the crew and our records, and we will publish their findings when they are released."</p>

<p>The Corran Star passed her most recent annual inspection in November 2024, and her main engine was last overhauled in June 2023.</p>

<h2>Containers lost overboard</h2>

<p>The company can confirm that 19 containers were lost overboard as the ship rolled heavily after losing power, before she grounded. None of the 19 containers lost overboard held dangerous goods. Their contents are listed on the cargo manifest as household goods, clothing, furniture and car parts.</p>

<p>So far, seven of the containers have been found. Four have washed ashore on beaches between Penhallow Cove and Marren Sands, and three are floating close to the shore and are being tracked. The company has hired a specialist contractor to recover them.</p>

<p>Megan Lowry said: "We know that members of the public want to help, but containers can be heavy, unstable and dangerous. Please report anything you find and leave the recovery to the professionals."</p>

<h2>Environmental monitoring</h2>

<p>No fuel has leaked from the vessel. Daily water sampling has been carried out at six points around Skerrow Point since Thursday morning, and all samples have shown hydrocarbon levels below 0.5 milligrams per litre, within the normal range for the area. Two surveillance flights on Thursday and one on Friday morning reported no sheen on the water.</p>

<p>The company has also paid for an independent marine ecologist to survey the seal colony at Marren Sands, which is about three kilometres from the wreck site. The first survey, carried out on Friday morning, counted 212 grey seals and found no sign of oil on the animals or the beach.</p>

<p>Alistair Brannock said: "The stretch of coast around Skerrow Point is precious, and protecting it is our top priority. Getting the fuel off the ship safely comes before everything else, including the ship itself."</p>

<h2>Salvage</h2>

<p>Teague Marine Salvage has placed a team of 12 salvage specialists on board. The removal of fuel oil is expected to start on Saturday 15 March, when conditions are forecast to ease, and will take around five days. The Corran Star carries around 725 tonnes of fuel in total. Plans to refloat the ship will be decided once the fuel and the containers carrying dangerous goods have been removed.</p>

<p>Megan Lowry said: "This will be a long operation. We expect the ship to remain at Skerrow Point for several weeks, and we will keep the community informed at every stage."</p>

<p>The company will hold a community meeting at Kelmouth Town Hall at 19:00 on Tuesday 18 March, where representatives of Brannock Shipping, Teague Marine Salvage and the coastguard will answer questions from residents.</p>

<h2>Media enquiries</h2>

<p>Media enquiries should be directed to Megan Lowry, spokesperson, Brannock Shipping Ltd, on 01632 960 418. Updates will be posted on this page.</p>
</article>
</main>
<footer>
<p>Brannock Shipping Ltd, Harbour House, Quay Street, Kelmouth</p>
</footer>
</body>
</html>
`;

describe('offices in a hospital trust\'s and a shipping company\'s statements, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('an office after an organisation in the possessive is the office ("the trust\'s medical director")', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'trust-response.txt': TRUST }));
    verdict('supported', "The trust's medical director, Dr Rajiv Menon, said every patient arriving in the emergency department is now screened by a senior nurse within 15 minutes.");
    // Menon said it: his post is what the claim gets wrong (was "Sarah Okonkwo, not Dr Rajiv Menon", which a quick fix
    // would have turned into his words in her mouth).
    verdict('contradicted', "The trust's chief executive, Dr Rajiv Menon, said every patient arriving in the emergency department is now screened by a senior nurse within 15 minutes.", [['chief executive', "trust's medical director"]]);
  });

  test("the spokesperson given the managing director's office", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'owner-statement.html': OWNER }));
    verdict('supported', 'Spokesperson Megan Lowry said the ship was expected to remain at Skerrow Point for several weeks.');
    // Lowry said it, as the spokesperson (was "Alistair Brannock, not Megan Lowry").
    verdict('contradicted', 'The managing director, Megan Lowry, said the ship was expected to remain at Skerrow Point for several weeks.', [['managing director', 'spokesperson']]);
  });

  test('"it would be wrong for us to speculate" says they will not', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'owner-statement.html': OWNER }));
    verdict('supported', 'Spokesperson Megan Lowry said the firm would not speculate about the cause while the Marine Casualty Investigation Office carried out its work.');
    verdict('contradicted', 'Spokesperson Megan Lowry said the firm would speculate about the cause while the Marine Casualty Investigation Office carried out its work.');
  });

  test('a weekday for a date the evidence gives without one, that another sentence gives another weekday', async () => {
    const REPORT = 'The Health Standards Commission carried out unannounced inspections of St Aldhelm\'s Hospital on Tuesday 4 March 2025 and Wednesday 12 March 2025.\n\nOn the second visit, 12 March, inspectors spent time on five medical wards. Staffing was the most serious concern.\n';
    const verdict = expectVerdictWith(await workspaceIndex({ 'inspection-report.md': REPORT }));
    verdict('supported', 'The second unannounced visit took place on Wednesday 12 March.');
    verdict('contradicted', 'The second unannounced visit took place on Thursday 12 March.', [['Thursday', 'Wednesday 12 March 2025']]);
  });
});
