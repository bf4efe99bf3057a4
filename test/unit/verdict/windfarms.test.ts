/**
 * An offshore wind farm approved: the developer's press release (Markdown) and the government's decision letter (plain
 * text, numbered paragraphs). The sources are written for these tests (from a helper's draft); the companies, places
 * and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `---
title: "Skerrow Bank Offshore Wind Farm granted development consent"
date: 2025-10-14
---

# Skerrow Bank Offshore Wind Farm granted development consent

**PRESS RELEASE – FOR IMMEDIATE RELEASE**

**Port Carrick, Tuesday 14 October 2025**

Northmere Renewables Ltd today welcomed the decision by the Secretary of State for Energy Security and Net Zero, the Rt Hon Claire Ashdown MP, to grant development consent for the Skerrow Bank Offshore Wind Farm, a 1,200-megawatt project off the north-east coast.

Once fully operational, Skerrow Bank will generate enough clean electricity to power around 1.3 million homes, equivalent to every household in the Carrick and Wendale regions combined.

## Key facts

- Installed capacity of up to 1,200 MW (1.2 GW)
- Up to 80 wind turbines, each rated at up to 15 MW
- Maximum blade tip height of 290 metres above sea level
- Located 38 kilometres (24 miles) off the coast of Port Carrick, in water depths of 25 to 45 metres
- Array area of 210 square kilometres
- Export cable of 42 kilometres, making landfall at Sandwick Bay and running to a new onshore substation at Hollins Moor
- Estimated capital investment of £3.6 billion
- Around 1,400 jobs at the peak of construction and 120 permanent jobs at an operations and maintenance base in Port Carrick harbour

## A decade of development

Northmere first identified the Skerrow Bank site in 2019 and submitted its application to the Planning Inspectorate on Wednesday 3 April 2024. The scheme consented today is considerably smaller than the one presented at scoping in 2021: the number of turbines has been cut from 100 to 80, and the nearest turbine has been moved six kilometres further from the shore in response to concerns raised by residents and by the Carrick Fishermen's Association.

Dr Fiona Lennard, Chief Executive of Northmere Renewables, said:

> "Today's decision is a milestone not just for Northmere but for the whole of the north-east coast. Skerrow Bank will be built by local hands, and it will keep the lights on in more than a million homes for a generation."

Marcus Hale, Project Director for Skerrow Bank, said:

> "We have worked alongside the fishing community for six years, and the wind farm we will now build is smaller and further from shore than the one we first proposed. That is what listening looks like."

In a statement issued by her department, the Energy Secretary, Claire Ashdown, said:

> "Skerrow Bank is exactly the kind of project this country needs: home-grown power, built by British workers, that cuts bills and cuts our reliance on imported gas."

## Timeline

Subject to a successful bid in the government's Contracts for Difference Allocation Round 8, expected to open in spring 2026, Northmere plans to:

- take a final investment decision in the first half of 2027;
- begin offshore construction in the summer of 2027;
- deliver first power to the grid in 2029; and
- reach full commercial operation by the end of 2030.

The wind farm is expected to operate for 30 years.

## Protecting wildlife and the fishing industry

The consent includes conditions designed to protect the marine environment. Piling of turbine foundations will not take place between 1 January and 31 March in any year, to protect spawning Carrick herring. Northmere will also build artificial nesting structures for at least 1,300 pairs of kittiwakes to compensate for any effect on the colony at the Carrick Cliffs Special Protection Area.

A community benefit fund worth £1.5 million a year will be set up once the wind farm begins operating, to be administered by the Carrick Community Foundation. Over the project's expected lifetime, that amounts to £45 million for local causes.

## Questions and answers

**Q: When will construction start?**
A: Onshore cable works at Hollins Moor could begin as early as 2026, with offshore construction beginning in the summer of 2027.

**Q: Will the turbines be visible from the shore?**
A: At 38 kilometres, the turbines will be visible from the coast only on very clear days. The nearest turbine is now six kilometres further offshore than originally proposed.

**Q: Where will the jobs be?**
A: The operations and maintenance base in Port Carrick harbour will employ 120 people for the life of the project. Northmere has signed a memorandum of understanding with Carrick College to train 60 wind turbine technicians by 2029.

**Q: Where will the turbines be made?**
A: The supply chain has not yet been chosen. Northmere has committed to publishing a supply chain plan before its final investment decision.

## Notes to editors

1. Skerrow Bank is a Nationally Significant Infrastructure Project under the Planning Act 2008. The Examining Authority's report was submitted to the Secretary of State on Monday 11 August 2025.
2. Northmere Renewables Ltd is an independent renewable energy developer founded in 2012 and headquartered in Newcastle upon Tyne. It operates three onshore wind farms with a combined capacity of 410 MW. Skerrow Bank is its first offshore project.
3. Northmere Renewables is owned by Tyneside Infrastructure Partners (60%) and Baltren Energy AS (40%).

## Media contact

Priya Sandhu, Head of Communications, Northmere Renewables
Telephone: 0191 555 0147
Email: press@northmere-renewables.example

*Northmere Renewables Ltd, Quayside House, 9 Broad Chare, Newcastle upon Tyne NE1 3DQ. Registered in England and Wales, company number 08123456.*
`;

const LETTER = `Department for Energy Security and Net Zero
Offshore Energy Consents Unit
4 Kingsgate Place
London SW1P 2AW

Tuesday 14 October 2025

Mr Daniel Okoro
Head of Consents
Northmere Renewables Ltd
Quayside House
9 Broad Chare
Newcastle upon Tyne NE1 3DQ

Dear Mr Okoro,

PLANNING ACT 2008
APPLICATION FOR THE PROPOSED SKERROW BANK OFFSHORE WIND FARM ORDER

1. I am directed by the Secretary of State for Energy Security and Net Zero, the Rt Hon Claire Ashdown MP ("the Secretary of State"), to advise you that consideration has been given to the report of the Examining Authority ("the ExA"), a panel of three inspectors led by Ms Harriet Voss MRTPI, which conducted an examination into the application made by Northmere Renewables Ltd ("the Applicant") for a Development Consent Order ("the Order") under section 37 of the Planning Act 2008.

2. The application was received by the Planning Inspectorate on 3 April 2024 and accepted for examination on 1 May 2024. The examination began on 12 November 2024 and closed on 12 May 2025. The ExA's report, containing its findings and conclusions and its recommendation, was received by the Secretary of State on 11 August 2025.

3. The Order as applied for would grant development consent for the construction and operation of an offshore generating station comprising up to 80 wind turbine generators with a total generating capacity of up to 1,200 megawatts, together with offshore and onshore electrical infrastructure. The array area covers approximately 210 square kilometres, its nearest point lying 38 kilometres from the coast at Port Carrick. The export cable would make landfall at Sandwick Bay and connect to a new substation at Hollins Moor, in the district of Carrick.

4. The ExA recommended that the Secretary of State should make the Order, subject to the Requirements set out in its report. The Secretary of State has decided to make the Order, with the modifications described in this letter.

Summary of the Secretary of State's consideration

5. The Secretary of State agrees with the ExA that there is an urgent need for new offshore wind generation, as set out in the National Policy Statement for Renewable Energy Infrastructure (EN-3), and that the project would make a significant contribution to meeting that need.

6. The Secretary of State notes the ExA's finding that the project would support approximately 1,400 jobs at the peak of construction and 120 permanent jobs during operation, and attaches moderate weight to these benefits.

7. The Secretary of State agrees with the ExA that the project, in combination with other plans and projects, would have an adverse effect on the integrity of the Carrick Cliffs Special Protection Area as a result of collision mortality to black-legged kittiwake. She is satisfied that there are no feasible alternative solutions, that there are imperative reasons of overriding public interest, and that the compensatory measures secured by Requirement 5 are adequate.

8. The Secretary of State disagrees with the ExA's recommendation that piling should be restricted between 1 January and 30 April. Having considered the further evidence submitted by the Marine Management Organisation on 2 September 2025, she has decided that the restriction should apply between 1 January and 31 March only.

9. The Secretary of State has considered the representations of the Carrick Fishermen's Association concerning the loss of access to fishing grounds. She notes that the Applicant has reduced the number of turbines from 100 to 80 since scoping and is satisfied that the Fisheries Liaison and Coexistence Plan secured by Requirement 7 will adequately mitigate the residual effects.

10. The Secretary of State notes that the ExA considered seascape and visual effects from the Port Carrick coastline to be moderate adverse and not significant, given the distance of the array from the shore.

Requirements

11. The Order is subject to the following Requirements, among others:

Requirement 1: The authorised development must commence no later than seven years from the date on which the Order comes into force.

Requirement 2: No more than 80 wind turbine generators may be erected. No wind turbine generator may exceed a height of 290 metres to the tip of the vertical blade, measured from lowest astronomical tide, and the lowest point of the rotating blade must be at least 26 metres above mean high water springs.

Requirement 3: No piling of foundations may take place between 1 January and 31 March in any calendar year.

Requirement 4: No piling may commence until a Marine Mammal Mitigation Protocol, including a soft-start procedure of not less than 30 minutes, has been approved by the Marine Management Organisation.

Requirement 5: No wind turbine generator may begin operating until artificial nesting structures for at least 1,300 pairs of kittiwakes have been in place for at least four full breeding seasons.

Requirement 6: Before commencement, the Applicant must submit a Skills and Employment Plan to Carrick District Council for approval.

Requirement 7: No offshore works may begin until a Fisheries Liaison and Coexistence Plan has been approved by the Marine Management Organisation in consultation with the Carrick Fishermen's Association.

Requirement 8: A decommissioning programme must be submitted to the Secretary of State before any offshore construction begins.

Challenge to decision

12. The circumstances in which the Secretary of State's decision may be challenged are set out in the note attached at Annex A to this letter. Any challenge must be brought in the High Court within six weeks beginning with the day after the date on which the Order is published.

Publicity for decision

13. The Secretary of State's decision on this application is being publicised as required by regulation 31 of the Infrastructure Planning (Examination Procedure) Rules 2010.

Yours sincerely,

Gareth Mwangi
Head of Energy Infrastructure Planning Delivery
On behalf of the Secretary of State for Energy Security and Net Zero
`;

const files = { 'northmere-press-release.md': RELEASE, 'desnz-decision-letter.txt': LETTER };

describe("a wind farm's consent: the developer's release and the decision letter, with the product's word vectors", () => {
  withProductWordVectors();

  test('powers in words and in units: "a 1.2-gigawatt scheme" / "1,200 MW", "15 megawatts" / "15 MW"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Were unsupported ("1.2-gigawatt", "15" missing), and "15 megawatts" once contradicted by the 80 turbines.
    verdict('supported', 'Energy Secretary Claire Ashdown has granted development consent for the Skerrow Bank Offshore Wind Farm, a 1.2-gigawatt scheme off the north-east coast.');
    verdict('supported', 'The wind farm will have up to 80 turbines, each rated at up to 15 megawatts, and will generate enough electricity for around 1.3 million homes.');
    verdict('supported', 'Each turbine is rated at up to 15 megawatts.');
  });
});
