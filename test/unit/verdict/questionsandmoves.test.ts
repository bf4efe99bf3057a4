/**
 * The forty-eighth round, third part: what helpers of h584–h589 (written against eb2f6ce) reported. A sentence that
 * quotes a question and says it was asked ("“… two days before term?” she asked.") is the source's question, which
 * a claim that states is never supported by; a move a sentence tells in its own words ("up from 151,000 in 2023/24")
 * is shown in those words, not as a table row's two cells. The fixtures are the helpers' sources, whole; the people,
 * bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

/** h585: sources/parents_meeting_transcript_2025-09-01.md, whole. */
const PARENTS_MEETING = `# Transcript: Public meeting on school transport

**Date:** Monday 1 September 2025, 7.00pm to 8.35pm
**Venue:** Kelsworth Methodist Church Hall, Market Street, Kelsworth
**Organised by:** Brackenfield High School Parent-Teacher Association
**Attendance:** About 140 parents and carers
**Transcribed by:** PTA secretary from an audio recording; lightly edited for readability

**Speakers:**
- HELEN MARSH — chair, Brackenfield High School PTA (chairing)
- CLLR DENISE ASHWORTH — cabinet member for children, education and families, North Brackenshire County Council
- MARK TILLOTSON — head of passenger transport, North Brackenshire County Council
- GRAHAM PELL — headteacher, Brackenfield High School
- SARAH OKONJO — parent, Lower Stainby (route B3)
- TOM HARDACRE — parent, Hebble Moor (route B5)
- CLLR RHYS MALLORY — Liberal Democrat councillor for Kelsworth South and opposition spokesperson for education

---

**HELEN MARSH:** Thank you all for coming at such short notice. We have the council here and Mr Pell, and I want as many of you as possible to get your questions in, so please keep them short. Councillor Ashworth, would you like to start?

**CLLR ASHWORTH:** Thank you, Helen. I'll be brief. On Thursday afternoon we were told that Pennock & Vale had gone into administration and would not be running any buses. That gave us less than a week before term. I am sorry. Nobody in this room should have had to spend the bank holiday — sorry, the last weekend of the holidays — working out how their child gets to school. From Wednesday, nine of the fourteen routes will run. For the other five, we are paying mileage, and children with an EHCP will have a taxi.

**MARK TILLOTSON:** If I can add the numbers. Of the 612 children who used these buses, 425 will have a bus on Wednesday. That leaves 187. Since this morning I can also tell you that Coldharbour Coaches have taken on four of the Pennock & Vale drivers, and we are hopeful about another route by next week.

**HELEN MARSH:** Let's go to the floor. Sarah.

**SARAH OKONJO:** My daughter is in Year 9 and she has autism. She's taken the same minibus for two years. On Saturday morning we got a text message telling us it won't turn up. A text message. Do you know what that does to a child like mine, two days before term?

**CLLR ASHWORTH:** I do understand, and I'm sorry it came by text. We wanted families to know as fast as possible.

**MARK TILLOTSON:** Mrs Okonjo, your daughter is one of the 23 children who will have a taxi. My colleague Karen rang every one of those families on Sunday evening with pick-up times.

**SARAH OKONJO:** She rang us at half past six on Sunday. The driver's a stranger. It's not the same, and you know it's not the same.

**HELEN MARSH:** Tom, you had your hand up.

**TOM HARDACRE:** We farm at Hebble Moor. It's eleven miles to Brackenfield. Two return trips a day, that's forty-four miles. Forty-five pence a mile doesn't cover it when I've got to be back to milk at half past six in the morning and again at four. So who's milking? I can't be in two places.

**MARK TILLOTSON:** The allowance is the national rate and it's meant to cover fuel and wear. I accept it doesn't solve the time problem.

**TOM HARDACRE:** It doesn't solve anything for us, frankly.

**CLLR MALLORY:** Can I come in, chair? This council knew on the twenty-first of August that drivers were leaving, and it sat on that for a week. Then the company asked for its money early on the Tuesday. Any business person in this room knows what that means.

**CLLR ASHWORTH:** With respect, Rhys, we were told on the twenty-first that two drivers had left and that they were being replaced. That is not the same thing as being told the company was going under.

**CLLR MALLORY:** And the early payment request?

**CLLR ASHWORTH:** That should have come to senior officers sooner than it did. I'm not going to pretend otherwise. That's one of the things the review will look at.

**HELEN MARSH:** What review?

**CLLR ASHWORTH:** I've asked the council's chief internal auditor, Fiona Braddock, to look at how this contract was let and how it was managed. She'll report by Friday 31 October, and the report will be public.

**CLLR MALLORY:** Pennock & Vale's bid was twelve per cent below the next lowest. Four bids, and we took the one that was far cheaper than everyone else. Was anybody asking how they'd pay their drivers?

**MARK TILLOTSON:** The tender was scored sixty per cent on quality and forty per cent on price. Pennock & Vale passed the financial checks in March. But yes, that's a fair question for the review.

**GRAHAM PELL:** Can I say something for the school? I know some of you will be late on Wednesday and Thursday, and that's fine. We'll open the doors at 7.45 and the library will stay open until 5pm for anyone waiting to be collected. For the first two weeks, nobody on the five routes will be marked as an unauthorised absence if they're late or can't get in. I'd rather have your children here late than have you taking risks on the roads.

**PARENT (unidentified):** When will it be fixed?

**CLLR ASHWORTH:** Our aim is that every route has a contracted operator by Monday the fifteenth of September. I'm not going to promise you a date I can't keep, but that is what we are working to, and we will not let cost get in the way.

**MARK TILLOTSON:** For context, the emergency arrangements cost about fourteen and a half thousand pounds a day, against under ten thousand under the old contract. We are paying that because we have to.

**SARAH OKONJO:** And who's paying for the review? Us, again.

**HELEN MARSH:** I think we'll have to leave it there. Thank you, everyone. The PTA will circulate the council's helpline number and Mr Pell's arrangements by email tonight.

*Meeting closed 8.35pm.*
`;

/** h588: sources/02_council_press_release.md, whole. */
const POOL_RELEASE = `# Brackenmoor District Council — Press Release

**For immediate release: Tuesday 21 October 2025**

## Eastgate Pool closes with immediate effect after roof survey

Eastgate Pool in Hollinsford has closed with immediate effect after a structural survey found that concrete planks in the roof of the main pool hall have deteriorated.

The survey, carried out by Calder Whitfield Associates, found that 11 of the 96 roof planks inspected are in a critical condition. The planks are made of reinforced autoclaved aerated concrete, known as RAAC, a lightweight material widely used in public buildings between the 1950s and the 1990s.

The council received the engineers' report on Monday 20 October and took the decision to close the building the same evening. The pool did not open to the public this morning.

Councillor Harriet Okafor, Cabinet Member for Leisure and Communities, said: "The safety of swimmers and staff has to come first, and on the advice we received yesterday there was only one responsible decision."

She added: "I know how much Eastgate means to people in Hollinsford, and I want to be clear that this council is committed to bringing swimming back to the town."

### What is affected

- **Main pool and learner pool:** closed until further notice.
- **Gym and fitness studio:** expected to reopen on Friday 24 October, using the Mill Lane entrance.
- **Swimming lessons:** the Learn to Swim programme, which has 1,240 children enrolled, will move to Kingsmere Leisure Centre and to the pool at Drayfield Academy from Monday 3 November.
- **Memberships:** swim-only memberships will be frozen at no charge. Members can use Kingsmere Leisure Centre at no extra cost.

### Staff

Thirty-seven people work at Eastgate Pool. Mark Tennant, chief executive of Brackenmoor Leisure Trust, which runs the pool, said no jobs would be lost.

"Every member of the Eastgate team will be offered work at our other sites while the pool is closed, and there will be no redundancies," Mr Tennant said.

### Usage

Eastgate Pool is the busiest of the trust's three pools. It recorded 168,000 visits in 2024/25, up from 151,000 in 2023/24. Kingsmere Leisure Centre, 11 miles away, recorded 122,000 visits in 2024/25.

| Site | Visits 2023/24 | Visits 2024/25 |
|---|---|---|
| Eastgate Pool, Hollinsford | 151,000 | 168,000 |
| Kingsmere Leisure Centre | 119,000 | 122,000 |
| Farrowby Pool | 64,000 | 61,000 |

### Next steps

The engineers have set out three options: temporary propping at an estimated cost of £420,000, replacement of the pool hall roof at £3.8 million, or a new pool at an indicative cost of £16.5 million. A report will go to the council's cabinet on Wednesday 19 November 2025.

The council will hold a question-and-answer session for swimming clubs on Thursday 30 October.

### Notes to editors

1. RAAC was first identified at Eastgate Pool in September 2023 and has been monitored since then. A visual inspection in November 2023 rated the roof as low risk.
2. The intrusive survey was commissioned after staff reported a crack and water leaking from the pool hall ceiling on Monday 6 October 2025.
3. Media enquiries: Brackenmoor District Council Communications Team, 01632 960418.
`;

describe('questions quoted and moves told in words, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"“… two days before term?” she asked." is supported by the question; a figure changed in it is not', async () => {
    const meeting = judgeWith(await workspaceIndex({ 'sources/parents_meeting_transcript_2025-09-01.md': PARENTS_MEETING }));
    const asked = (days: string) => meeting(`"Do you know what that does to a child like mine, ${days} days before term?" she asked.`);
    assert.equal(asked('two').verdict, 'supported', why(asked('two')));
    assert.notEqual(asked('three').verdict, 'supported', why(asked('three')));
    // (A claim that states what the question asks is still not supported by it.)
    const stated = meeting('Sarah Okonjo said the council knew what the cut does to a child like hers, two days before term.');
    assert.notEqual(stated.verdict, 'supported', why(stated));
  });

  test('"down from 151,000" against "up from 151,000 in 2023/24" is shown in the sentence\'s words, not the table\'s cells', async () => {
    const pool = judgeWith(await workspaceIndex({ 'sources/02_council_press_release.md': POOL_RELEASE }));
    const visits = pool('Eastgate recorded 168,000 visits in 2024/25, down from 151,000 the previous year, making it the busiest of the trust\'s three pools.');
    assert.equal(visits.verdict, 'contradicted', why(visits));
    assert.deepEqual(visits.conflicts.map((c) => [c.claim, c.source]), [['down', 'up from 151,000']]);
  });
});
