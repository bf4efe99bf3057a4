/**
 * A housing ombudsman's finding against a landlord over damp and mould: the determination (plain text) and the
 * statements after it (Markdown). The sources are written for these tests (from a helper's draft); the landlord, the
 * firms and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const DETERMINATION = `HOUSING OMBUDSMAN SERVICE
REPORT OF INVESTIGATION AND DETERMINATION

Case reference: 202318457
Landlord: Riverside Vale Housing Association
Complainant: Ms Denise Okafor
Property: Flat 14, Hollins Court, Marsh Lane, Stockport SK3 8QA
Date of determination: Thursday 6 March 2025

1. Summary of determination

1.1 The Ombudsman has found severe maladministration in Riverside Vale Housing Association's handling of reports of damp and mould at Flat 14, Hollins Court. The Ombudsman has also found maladministration in the landlord's complaint handling and in its record keeping.

1.2 The landlord has been ordered to pay Ms Okafor total compensation of £4,750 within 28 days of this determination. The landlord must also complete all outstanding remedial works within eight weeks and provide the Ombudsman with evidence of compliance.

2. Background

2.1 Ms Okafor has held an assured tenancy of the two-bedroom ground-floor flat since April 2017. She lives there with her two children, aged six and nine. Her younger child has asthma, which the landlord was told about in writing on 14 November 2022.

2.2 The landlord's damp and mould policy, revised in February 2023 after the death of Awaab Ishak, states that reports of damp and mould affecting a household with a vulnerable member will be inspected within 10 working days and that any necessary works will begin within 20 working days of inspection.

3. Timeline of events

3.1 Ms Okafor first reported black mould in the children's bedroom by telephone on Monday 10 October 2022. The landlord's records show the call was logged as a "routine condensation query" and no inspection was booked.

3.2 She reported the problem again by email on 14 November 2022, attaching six photographs and a letter from her GP about her son's asthma. The landlord did not acknowledge the email.

3.3 A surveyor, Mr Gareth Lyle, inspected the flat on 19 January 2023, 101 days after the first report. His report recorded moisture readings of up to 38% in the external wall of the children's bedroom and identified a defective gutter above the bedroom window as the likely cause of penetrating damp.

3.4 Mr Lyle recommended that the gutter be replaced, the affected plaster be removed and the room be treated with a mould wash. The landlord carried out a mould wash on 2 March 2023 but did not replace the gutter or the plaster.

3.5 Ms Okafor raised a formal complaint on 30 May 2023 after the mould returned. The landlord's stage one response, sent by complaints officer Ms Priya Bansal on 28 July 2023, apologised for "the delay in attending" and offered £150 in compensation.

3.6 Ms Okafor escalated the complaint on 4 August 2023. The stage two response, issued by head of customer experience Mr Alan Whitcombe on 17 October 2023, said the landlord had "acted reasonably throughout" and did not increase the offer.

3.7 The gutter was eventually replaced on 11 December 2023, 427 days after the first report. At the date of this determination the landlord had still not replastered the bedroom wall.

3.8 Ms Okafor brought her complaint to the Ombudsman on 9 January 2024.

4. Assessment

4.1 The landlord took 101 days to inspect, compared with the 10 working days set out in its own policy. It was aware from 14 November 2022 that a child with asthma was sleeping in the affected room. The Ombudsman considers this delay to be a serious failing.

4.2 There is no evidence that the landlord carried out a risk assessment under the Housing Health and Safety Rating System at any point. The landlord did not contact Ms Okafor between the mould wash in March 2023 and her formal complaint in May 2023.

4.3 The stage one response took 41 working days, compared with the 10 working days required by the Complaint Handling Code. The stage two response took 51 working days, against a target of 20.

4.4 The landlord's records were incomplete. It could not provide the Ombudsman with a copy of Mr Lyle's full report until its third request, and the repair log for the property contained no entries between 2 March 2023 and 11 December 2023.

4.5 The landlord told the Ombudsman that a shortage of roofing contractors had contributed to the delay. The Ombudsman accepts this may have affected the gutter replacement but notes that it does not explain the 101-day delay before inspection.

4.6 In her submission to the Ombudsman, Ms Okafor said: "Every night I was putting my son to bed in a room that smelled of mould, and nobody would tell me when it would be fixed."

5. Orders

5.1 Within 28 days of this determination, the landlord must:

(a) have its chief executive, Ms Helen Marsh, apologise to Ms Okafor in writing;

(b) pay Ms Okafor £4,750, made up of £3,200 for distress and inconvenience caused by the damp and mould, £1,000 for the loss of use of the children's bedroom, and £550 for the landlord's complaint handling failures. The £150 previously offered may be deducted only if it has already been paid;

(c) arrange an independent survey of the property by a surveyor not previously involved.

5.2 Within eight weeks of this determination, the landlord must complete all works recommended by the independent survey and confirm this to the Ombudsman.

5.3 Within 12 weeks, the landlord must review its damp and mould case handling across its stock of approximately 9,400 homes and share the findings with the Ombudsman.

6. Comment

6.1 Housing Ombudsman Richard Blakeway said: "This landlord had a policy that promised a response within days, and a family waited more than three months for anyone to look at the problem. A policy is only as good as the people who follow it."

6.2 This is the third severe maladministration finding against Riverside Vale Housing Association in the past 12 months.

Signed: Case investigator, Ms Farah Qureshi
On behalf of the Housing Ombudsman
`;

const STATEMENTS = `# Statements following Housing Ombudsman determination 202318457

*Compiled for press enquiries. Both statements were received by email on Monday 10 March 2025.*

---

## 1. Statement from Riverside Vale Housing Association

**Issued by:** Communications team, Riverside Vale Housing Association, Wellington Road South, Stockport
**Embargo:** None

Riverside Vale Housing Association accepts the Housing Ombudsman's findings in full and has apologised to Ms Okafor and her family.

Chief executive Helen Marsh said: "We let this family down. Ms Okafor told us her son was unwell and we did not act quickly enough. I am sorry, and I have written to her personally to say so."

Ms Marsh said the association had paid the full £4,750 ordered by the Ombudsman on Friday 7 March 2025, one day after the determination was published, and that an independent surveyor from Halden & Pryce had been appointed to inspect Flat 14, Hollins Court.

The association said it had made a number of changes since the events described in the report:

- It has recruited 12 additional damp and mould surveyors, bringing its in-house team to 19.
- It has cut its average time to inspect a reported damp and mould case from 34 working days in 2023 to 8 working days in the final quarter of 2024.
- All reports of damp and mould are now automatically flagged for a vulnerability check, and calls can no longer be logged as "routine condensation" queries without an inspection.
- It has set aside £2.3 million in its 2025/26 budget for damp-related repairs, up from £1.6 million the previous year.

Director of property services Mr Tom Ferriday said the association had identified 312 homes with open damp and mould cases in January 2025, down from 540 a year earlier. "We are not where we need to be, but the number of open cases is falling every month," he said.

Ms Marsh acknowledged the Ombudsman's previous findings against the association. "Three severe maladministration findings in a year is not acceptable for any landlord, and it is not acceptable to me," she said.

The association said it would not be commenting further on the individual case out of respect for the family's privacy.

---

## 2. Statement from Carrow Lane Solicitors on behalf of Ms Denise Okafor

**Issued by:** Ms Nadia Fenwick, partner, Carrow Lane Solicitors, Manchester

Carrow Lane Solicitors represents Ms Denise Okafor, the tenant of Flat 14, Hollins Court.

Ms Fenwick said: "Our client reported black mould in her children's bedroom more than two years ago. It took 427 days for a single gutter to be replaced, and the wall is still not fixed today. No amount of compensation gives those years back."

She said Ms Okafor welcomed the Ombudsman's determination but was disappointed that the landlord had "only apologised once it was ordered to".

Ms Fenwick confirmed that Ms Okafor had received the compensation payment but said the family had not yet been offered a date for the replastering work. "The landlord says it has changed. The test is whether it fixes this wall before the eight-week deadline," she said.

She said Ms Okafor's son had been admitted to Stepping Hill Hospital twice during the winter of 2022-23 with breathing difficulties, and that his GP had twice written to the landlord asking for the family to be moved. The landlord did not offer the family alternative accommodation at any point, she said.

Ms Fenwick said the firm was not currently pursuing a separate claim for disrepair through the courts but had not ruled one out. "We will be watching very closely over the next eight weeks," she said.

Ms Okafor said in a short statement released through the firm: "I just want my children to be able to sleep in their own room without me worrying. I am grateful to the Ombudsman for listening when my landlord would not."

The firm said it was aware of at least four other households at Hollins Court who had reported damp and mould to Riverside Vale in the past year, and that it had been contacted by two of them.

---

*Ends. For further information contact the Riverside Vale press office on 0161 555 0142 or Carrow Lane Solicitors on 0161 555 0388.*
`;

const files = { 'determination.txt': DETERMINATION, 'statements.md': STATEMENTS };

describe("a housing ombudsman's determination and the statements, with the product's word vectors", () => {
  withProductWordVectors();

  test('a document for its author: "The surveyor recorded" / "His report recorded"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives report, not surveyor".
    verdict('supported', "The surveyor recorded moisture readings of up to 38% in the bedroom's external wall and blamed a defective gutter above the window.");
  });

  test('"was pursuing" against "was not currently pursuing"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported ("currently" was taken for the denied word).
    verdict('contradicted', 'Ms Fenwick said the firm was pursuing a separate claim for disrepair through the courts.');
    verdict('supported', 'Ms Fenwick said the firm was not pursuing a separate claim for disrepair through the courts.');
  });

  test('a title before a name without its courtesy title: "head of customer experience Mr Alan Whitcombe"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // The role shown was "head of customer experience Mr".
    verdict('contradicted', 'Complaints officer Alan Whitcombe issued the stage two response on 17 October 2023.', [['Complaints officer', 'head of customer experience']]);
  });
});
