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
import { PARENTS_MEETING } from './helperSources48';

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
