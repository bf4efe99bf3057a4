/**
 * A children's cancer wing opened: the hospital trust's press release (Markdown, with a list of the wing's figures) and
 * a local TV news report (transcript). The sources are written for these tests (from a helper's draft); the hospital,
 * the charity and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Northbridge Children's Hospital NHS Foundation Trust

**News** | **Press releases** | **Media contacts**

---

**PRESS RELEASE — FOR IMMEDIATE RELEASE**
**Thursday 13 March 2025**

## The Duchess of Kendal opens £18.4 million Rowan Wing for children with cancer

*Four-storey centre built with £14.6 million raised by the Little Lanterns Appeal will treat around 1,100 children a year*

Her Royal Highness The Duchess of Kendal today officially opened the Rowan Wing, a new cancer centre for children and young people at Northbridge Children's Hospital on Infirmary Road, Northbridge.

The wing cost £18.4 million to build and equip. Of that, £14.6 million was raised by the Little Lanterns Appeal, run by Northbridge Children's Hospital Charity, and the remaining £3.8 million came from NHS England capital funding.

The Duchess, who is patron of Northbridge Children's Hospital Charity, unveiled a commemorative plaque in the wing's atrium and toured the wards, where she met patients, families and staff.

### The Rowan Wing at a glance

- **32 inpatient beds**, every one in a single en-suite room with a fold-out bed for a parent, replacing the 18-bed Cedar Ward
- **14 day-care treatment bays** for chemotherapy and transfusions
- **An 8-bed teenage and young adult unit** on the fourth floor, for patients aged 13 to 19
- **6,200 square metres** of floor space over four floors
- **The Pryce Garden**, a 450-square-metre rooftop garden
- **10 family flats**, where parents and siblings can stay overnight free of charge
- Capacity to treat around **1,100 children a year**, up from about 700

### A record appeal

The Little Lanterns Appeal was launched on Monday 2 October 2023 with a target of £12 million. It passed its target in December 2024, 14 months after launch, and closed on Friday 31 January 2025 having raised £14.6 million from more than 38,000 donors — the largest appeal in the charity's history.

The single largest gift, £3 million, came from the Halvorsen Family Foundation. Sir Malcolm Pryce, founder of Pryce Logistics, gave £1.5 million, and the rooftop garden is named in his honour. Staff and members of Wyndham Building Society raised £420,000 through a year of sponsored events.

Construction began on Wednesday 10 January 2024. The wing was designed by Marlow Harte Architects and built by Castlegate Construction, which handed it over on Friday 21 February 2025, two weeks ahead of schedule.

### What they said

Helen Ashdown, chief executive of Northbridge Children's Hospital NHS Foundation Trust, said:

"This is the proudest day in our hospital's 140-year history. Every brick in the Rowan Wing was paid for by people who believed our children deserved better, and we will not let them down."

Dr Priya Ramanathan, consultant paediatric oncologist and clinical lead for the Rowan Wing, said:

"For the first time, every child on chemotherapy will have their own room with a bed for a parent beside them. That matters enormously when a child's immune system is at its weakest and the risk of infection is highest."

Tom Okonjo, chief executive of Northbridge Children's Hospital Charity, said:

"We set out to raise £12 million and the public gave us £14.6 million. The extra £2.6 million will fund a play therapy team and two research nurses for the next five years."

Professor Gareth Llewellyn, medical director of the trust, said:

"Bringing our cancer services under one roof means shorter waits for treatment and fewer journeys between buildings for children who are already exhausted."

### Opening to patients

The first patients will move from Cedar Ward into the Rowan Wing on Monday 24 March 2025. Outpatient clinics will transfer in stages over the following six weeks. Cedar Ward will be refurbished as a neonatal surgical unit.

The trust has recruited 60 new staff for the wing, including 22 nurses.

### Notes to editors

1. Northbridge Children's Hospital NHS Foundation Trust treats more than 95,000 children and young people each year and is the third-largest children's hospital in England. The hospital was founded in 1885.
2. Northbridge Children's Hospital Charity (registered charity number 1098765) raises money for equipment, research and facilities that go beyond what the NHS provides.
3. The Little Lanterns Appeal will remain open for donations towards the family flats until 31 December 2025.
4. Photographs from the opening are available on request.

**Media contact:** Rachel Tindall, communications manager, 01632 960 418, press@northbridgechildrens.nhs.uk

---

© 2025 Northbridge Children's Hospital NHS Foundation Trust · Infirmary Road, Northbridge NB4 7QT · [Accessibility](#) · [Privacy](#) · [Contact us](#)
`;

const REPORT = `SEVERN VALLEY TELEVISION — SVT EVENING NEWS
Broadcast: Thursday 13 March 2025, 18:30
Item: Royal opens children's cancer wing in Northbridge (duration 4'25")
Speakers: Mark Ellery (presenter), Claire Dunmore (reporter), Sarah Beckett (parent), Dr Priya Ramanathan (consultant paediatric oncologist), Jordan Maitland (senior sister, teenage and young adult unit), Tom Okonjo (chief executive, Northbridge Children's Hospital Charity), The Duchess of Kendal, Helen Ashdown (chief executive, Northbridge Children's Hospital NHS Foundation Trust)
Transcript prepared by the SVT newsroom. Not checked against broadcast for accuracy of spelling.

[00:00:00] MARK ELLERY: Good evening. A new cancer wing for children has opened in Northbridge, paid for largely by an appeal that raised more than fourteen million pounds. The Duchess of Kendal performed the opening this morning. Our health correspondent Claire Dunmore was there.

[00:00:16] CLAIRE DUNMORE: Around 300 people lined Infirmary Road this morning as the Duchess of Kendal arrived at the Northbridge Children's Hospital at a quarter past eleven. She unveiled a plaque, then spent just over an hour touring the new Rowan Wing, stopping to talk to children and their parents on every floor. For families like the Becketts, the wing has been a long time coming. Nine-year-old Alfie was diagnosed with leukaemia two years ago.

[00:00:44] SARAH BECKETT: Alfie spent more than 200 nights on the old Cedar Ward, sharing a bay with three other children. When one of them caught a bug, they all did. I slept in a chair next to him most nights. Having a room of his own, with a door that shuts, would have changed everything for us.

[00:01:05] CLAIRE DUNMORE: The new wing has 32 beds, all in single rooms, against 18 on the ward it replaces. Dr Priya Ramanathan leads the cancer team here.

[00:01:14] DR PRIYA RAMANATHAN: Infection is the thing we worry about most. When a child's on intensive chemotherapy their defences are almost gone, and a shared bay is a risk we've had to manage for years. Now every child gets a single room, and that's going to mean fewer infections and fewer children readmitted.

[00:01:36] CLAIRE DUNMORE: On the fourth floor there's a separate unit for teenagers, with eight beds, a games room and a kitchen.

[00:01:44] JORDAN MAITLAND: Teenagers don't want to be on a ward with Peppa Pig on the walls. They want somewhere that feels like theirs, where their friends can visit and they can have a bit of privacy. That's what this floor is. We asked our young patients what they wanted, and they designed a lot of it with us.

[00:02:05] CLAIRE DUNMORE: The Little Lanterns Appeal set out in October 2023 to raise twelve million pounds. It ended up with fourteen point six million, from more than 38,000 donors.

[00:02:16] TOM OKONJO: We had everything from a three million pound gift from the Halvorsen Family Foundation to children doing sponsored silences. Our youngest fundraiser was Isla Grant, who was six, and she raised two thousand three hundred and forty pounds by selling lemonade outside her house every Saturday for a summer. That's what this community is like.

[00:02:38] CLAIRE DUNMORE: After her tour, the Duchess spoke briefly to staff and families in the atrium.

[00:02:43] THE DUCHESS OF KENDAL: I have met some extraordinarily brave children today, and some equally brave parents. This building is a tribute to them, and to everyone in Northbridge who gave so generously.

[00:02:58] CLAIRE DUNMORE: The wing cost just over eighteen million pounds in all. The hospital's chief executive, Helen Ashdown, says staffing it has been the next challenge.

[00:03:07] CLAIRE DUNMORE: Have you got the staff to run it?

[00:03:09] HELEN ASHDOWN: We've recruited 60 new staff, including 22 nurses, and we're still looking for five more play specialists. Recruitment has been hard across the NHS, but people want to work somewhere like this.

[00:03:24] CLAIRE DUNMORE: And when will the first children be treated here?

[00:03:27] HELEN ASHDOWN: The first patients move across on Monday the 24th of March. We'll do it over a single day, ward by ward, so nobody's treatment is interrupted.

[00:03:39] CLAIRE DUNMORE: For Sarah Beckett, whose son Alfie finished his treatment in January, the new wing comes too late for her own family, but not for others.

[00:03:48] SARAH BECKETT: I'm just glad the next mum won't have to sleep in a chair.

[00:03:53] CLAIRE DUNMORE: The wing's rooftop garden, named after the businessman Sir Malcolm Pryce, who gave one and a half million pounds, will open to families in May. Claire Dunmore, SVT News, Northbridge.

[00:04:05] MARK ELLERY: And the appeal is still open for donations towards the family flats. You'll find details on our website.

END OF ITEM
`;

const files = { 'trust-press-release.md': RELEASE, 'svt-evening-news-transcript.txt': REPORT };

describe("a cancer wing's opening: the trust's release and the TV report, with the product's word vectors", () => {
  withProductWordVectors();

  test('an area as an adjective is a quantity: "a 450-square-metre rooftop garden" / "450 square feet"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported ("450-square-metre" was a count of "square"s).
    const r = verdict('unsupported', 'The Pryce Garden on the roof covers 450 square feet.');
    assert.ok(r.missing?.includes('450 square feet'), JSON.stringify(r.missing));
    verdict('supported', 'The Pryce Garden on the roof covers 450 square metres.');
  });
});
