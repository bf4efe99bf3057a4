/**
 * A listed bridge reopens: the county council's press release (Markdown, with a funding table) and the heritage
 * body's list entry update (plain text, hard-wrapped, with "Date first listed: 11-Sep-1951"). The sources are written
 * for these tests (from a helper's draft); the bridge, the bodies and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Eastholme County Council

## News release

**Issued:** Wednesday 4 June 2025
**Reference:** ECC/PR/2025/118
**For immediate release**

---

# Wendle Bridge to reopen on Saturday after £4.7 million restoration

**Stanmoor's 352-year-old Wendle Bridge will reopen to traffic on Saturday 7 June 2025, more than three and a half years after flood damage forced its closure.**

The five-arch sandstone bridge over the River Lidd, built in 1673, has been closed to all vehicles since Tuesday 9 November 2021, when an inspection after the flood of Saturday 30 October 2021 found that the river had scoured away part of the foundations beneath its central pier and opened cracks in the spandrel wall of the central arch.

Restoration work began on Monday 4 March 2024 and has been carried out by specialist stonemasonry contractor Corbel & Lyle Ltd, with Halden Structural Partnership acting as consulting engineers. The project cost £4.7 million.

A short reopening ceremony will take place on the bridge at 10am on Saturday, led by the Leader of Eastholme County Council, Cllr David Pryce. The bridge will reopen to vehicles at 2pm the same day.

### What has been done

Over 15 months on site, the project team:

- underpinned the central pier with a new reinforced concrete apron and 1,200 tonnes of rock armour to protect it from future scour;
- replaced 410 damaged facing and arch stones with new Ravenstone sandstone from Cullen Edge quarry, 23 miles from Stanmoor;
- repointed the whole structure using 38 tonnes of traditional lime mortar;
- rebuilt 46 metres of the downstream parapet, reusing 85 per cent of the original stones;
- installed a new waterproofing layer beneath the road surface.

Masons spent more than 26,000 hours on the stonework.

### New restrictions

Before its closure the bridge carried about 6,200 vehicles a day. To protect the restored structure, the following restrictions will apply from Saturday:

- a **7.5-tonne weight limit**, down from the 18-tonne limit in force before the closure;
- a **20mph speed limit** across the bridge;
- **single-file traffic** controlled by signals at each end.

Heavy goods vehicles over 7.5 tonnes will continue to use the A4172 Stanmoor bypass. The 11-mile signed diversion that has been in place since November 2021 will be removed on Saturday afternoon.

### What they said

Cllr Margaret Osei, Cabinet Member for Highways and Transport, said:

"Wendle Bridge is the heart of Stanmoor, and we know how hard the last three and a half years have been for the businesses and families on both banks of the Lidd. I want to thank residents for their patience. This bridge has stood for more than three centuries and, with this work, it is ready for its fourth."

Dr Priya Ramaswamy, Principal Bridge Engineer at Eastholme County Council, said:

"The flood of October 2021 did not damage the arches themselves so much as the ground they stand on. The river had scoured almost two metres of gravel from beneath the central pier. Our first job was to give the pier a foundation the river cannot take away, and only then could the masons begin on the stonework."

Tomasz Wierzbicki, Associate Director at Halden Structural Partnership, added:

"The weight limit is not a sign of weakness. A seventeenth-century arch was never designed for forty-four-tonne lorries, and keeping them off is the single best thing we can do to make sure this repair lasts."

Gareth Fenwick, Contracts Director at Corbel & Lyle Ltd, said:

"Every one of the 410 new stones was cut by hand to match the one it replaced. Some of our masons are now on their third generation of working on this bridge."

### Funding

The £4.7 million cost has been met by:

| Funder | Amount |
|---|---|
| Eastholme County Council capital programme | £2.9 million |
| National Heritage Fund grant | £1.3 million |
| Stanmoor Town Council | £500,000 |
| **Total** | **£4.7 million** |

### Questions and answers

**Q: Why has the weight limit been reduced?**
A: The consulting engineers' assessment found that the original 18-tonne limit placed too much load on the central arch. The new 7.5-tonne limit allows buses, delivery vans and emergency vehicles to cross, but not heavy goods vehicles.

**Q: Can pedestrians and cyclists use the bridge?**
A: Yes. The footway on the upstream side has been widened to 1.5 metres, and cyclists may ride across with the traffic.

**Q: Will the bridge close again?**
A: The bridge will be inspected every two years, with an underwater inspection of the piers after every major flood. No further closures are planned.

**Q: Was the work finished on time?**
A: Yes. The work was completed within the 15-month programme and within budget.

---

### Notes to editors

1. Wendle Bridge carries the B3140 over the River Lidd in Stanmoor. It has five arches: a central arch with a span of 14.2 metres, two flanking arches of 9.6 metres each and two outer arches of 6.8 metres each. The bridge is 71 metres long and 5.4 metres wide between the parapets.
2. The bridge is listed at Grade II* by the Historic Places Commission (list entry number 1187452). The listing entry was amended on Monday 2 June 2025 to record the restoration.
3. Eastholme County Council is responsible for 1,140 highway bridges, 212 of which are more than 150 years old.
4. Photographs of the restoration are available on request.

**Media contact:** Fiona Marchetti, Communications Officer, Eastholme County Council, press@eastholme.gov.example, 01632 960 418.

*Eastholme County Council, County Hall, Market Street, Ellingford EH1 2QT.*

*Ends*
`;

const LISTING = `HISTORIC PLACES COMMISSION
The National Register of Historic Places - Official List Entry

LIST ENTRY UPDATE AND STATEMENT
Issued: Thursday 5 June 2025

----------------------------------------------------------------------
OFFICIAL LIST ENTRY
----------------------------------------------------------------------

Heritage Category: Listed Building
Grade: II*
List Entry Number: 1187452
Name: WENDLE BRIDGE
Date first listed: 11-Sep-1951
Date of most recent amendment: 02-Jun-2025
Statutory Address: Wendle Bridge, Bridge Street (B3140), Stanmoor
County: Eastholme
District: Lidd Valley
Parish: Stanmoor
National Grid Reference: SO 41872 63305

----------------------------------------------------------------------
SUMMARY OF AMENDMENT
----------------------------------------------------------------------

The entry was amended on 2 June 2025 to record the repair and
restoration of the bridge carried out between March 2024 and May 2025,
and to remove the bridge from the Heritage at Risk Register, on which
it had been placed on 25 November 2021. The grade of the building is
unchanged.

----------------------------------------------------------------------
REASONS FOR DESIGNATION
----------------------------------------------------------------------

Wendle Bridge, built in 1673, is listed at Grade II* for the following
principal reasons:

* Architectural interest: a fine and largely complete seventeenth-
  century masonry bridge of five segmental arches, with cutwaters
  carried up as pedestrian refuges;
* Historic interest: it is the oldest surviving road crossing of the
  River Lidd and was, until the opening of the Stanmoor bypass in 1974,
  the principal route between Stanmoor and Ellingford;
* Rarity: it is one of only three bridges of this date in Eastholme to
  retain all of their original arches.

----------------------------------------------------------------------
HISTORY
----------------------------------------------------------------------

A timber bridge is recorded at Stanmoor in 1486. It was swept away in
the great flood of 1669, and the present stone bridge was built in
1673 at a cost of £1,140, raised by a county rate. The mason was John
Heyward of Ellingford. The bridge was widened on its upstream side in
1819, when the original parapet was taken down and rebuilt on corbels.

The central pier was underpinned after flood damage in 1892, and the
downstream parapet was partly rebuilt in 1947 after a lorry struck it.

Following the flood of 30 October 2021, the bridge was closed to all
traffic by the highway authority on 9 November 2021. It was added to
the Heritage at Risk Register on 25 November 2021.

Restoration began on 4 March 2024 and was completed in May 2025 under
listed building consent granted by Lidd Valley District Council on
12 January 2024 (reference LV/24/0031/LBC). The works comprised the
underpinning of the central pier, the replacement of 410 facing and
voussoir stones in matching Ravenstone sandstone, repointing in lime
mortar throughout and the rebuilding of 46 metres of the downstream
parapet. The stones of the 1819 upstream parapet were left in place.

----------------------------------------------------------------------
DETAILS
----------------------------------------------------------------------

Road bridge, 1673, widened 1819. Coursed and squared red sandstone
with ashlar dressings. Five segmental arches: central arch of 14.2m
span, flanking arches of 9.6m and outer arches of 6.8m, the arch rings
of two orders. Triangular cutwaters to both faces, carried up to form
refuges at road level. Plain parapet with flat coping stones. A
datestone on the downstream face of the central arch reads "IH 1673",
for the mason John Heyward. Overall length 71m.

----------------------------------------------------------------------
STATEMENT
----------------------------------------------------------------------

Historic Places Commission welcomes the reopening of Wendle Bridge

Helen Achterberg, Principal Inspector of Historic Buildings for the
Commission's Western region, said:

"Wendle Bridge is one of the finest seventeenth-century bridges in the
region, and for three years it has been one of the most worrying
entries on our Heritage at Risk Register. This has been a model
restoration. The new stone has been chosen so carefully that in ten
years' time most visitors will not be able to tell old from new. We
are delighted to be able to take Wendle Bridge off the register."

Dr Rhiannon Beddoe, the Commission's Heritage at Risk Officer for
Eastholme, said:

"When I first went under the central arch in November 2021 I could put
my arm into the gap beneath the pier up to the shoulder. What the
county council and its engineers have achieved since then is
remarkable. The repairs respect the bridge's whole history, including
the Victorian underpinning of 1892, which has been kept and recorded
rather than removed."

The Commission advised Eastholme County Council throughout the project
and contributed £85,000 towards the cost of the archaeological
recording of the bridge, which is separate from the £4.7 million cost
of the restoration. The recording found the original masons' marks on
63 of the arch stones.

The Commission's Heritage at Risk Register for the Western region now
lists 214 entries, down from 231 a year ago. Wendle Bridge is one of
17 entries removed from the regional register in 2025.

----------------------------------------------------------------------
NOTES
----------------------------------------------------------------------

1. The Historic Places Commission is the public body that looks after
   the historic environment. It maintains the National Register of
   Historic Places and advises government on which buildings should be
   listed.
2. Grade II* buildings are particularly important buildings of more
   than special interest. About 5.8 per cent of listed buildings are
   Grade II*.
3. The Heritage at Risk Register is published every October. Entries
   may be removed at any time of year when repairs are complete.

Press office: Owen Tranter, Senior Press Officer, Historic Places
Commission, 0300 555 0172, press@historicplaces.example

Historic Places Commission, The Wool Exchange, 4 Tanner Row,
Bristow BR1 6HN

(c) Historic Places Commission 2025. This list entry may be reproduced
for non-commercial purposes with acknowledgement.
`;

const files = { 'council-press-release.md': RELEASE, 'hpc-listing-update.txt': LISTING };

describe("a bridge's restoration: the council's release and the list entry, with the product's word vectors", () => {
  withProductWordVectors();

  test('a register\'s date "11-Sep-1951" is "11 September 1951"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported ("11 September 1951" missing).
    verdict('supported', 'The bridge, listed at Grade II* since 11 September 1951, was placed on the Heritage at Risk Register on 25 November 2021.');
  });

  test('a post of something in a hard-wrapped line: "principal inspector of historic buildings" / "Principal Inspector of Historic Buildings for the\\nCommission\'s"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives Principal Inspector, not principal inspector of historic".
    verdict('supported', '"This has been a model restoration," said Helen Achterberg, principal inspector of historic buildings for the Historic Places Commission\'s Western region.');
    const r = verdict('contradicted', '"This has been a model restoration," said Helen Achterberg, chief inspector of historic buildings for the Historic Places Commission\'s Western region.');
    // (The post's field whole since the thirty-third round: "of historic buildings", two lower-case words.)
    assert.equal(r.conflicts[0].claim, 'chief inspector of historic buildings');
  });
});
