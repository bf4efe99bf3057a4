/**
 * A Roman villa found by archaeologists: the university's press release (Markdown, hard-wrapped) and the excavation's
 * interim site report (hard-wrapped plain text with numbered sections). The sources are written for these tests (from a
 * helper's draft); the university, the site and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Northmoor University archaeologists uncover Roman villa with rare mosaic beneath Somerset farmland

**Press release | Northmoor University Communications Office**
**For immediate release: Tuesday 14 October 2025**

*Embargoed copies were issued to accredited media on Friday 10 October 2025.*

---

Archaeologists from Northmoor University's Department of Archaeology and Heritage have uncovered the remains of a
substantial Roman villa beneath farmland at Hallowford, near Kelsbury in Somerset, including an almost complete
mosaic floor, a private bath suite and a hoard of 317 silver and bronze coins.

The eight-week excavation, which ran from Monday 7 July to Friday 29 August 2025, was led by the university in
partnership with the Kelsbury Archaeological Society. The site was first identified in March 2024, when a
geophysical survey commissioned after a drone photograph showed crop marks in a field of winter barley.

The villa's main range measures 42.5 metres by 18 metres, making it the largest Roman building yet recorded in
the Kelsbury district. The team believes the villa was occupied from around AD 270 until at least AD 380.

## A mosaic "in near-perfect condition"

The centrepiece of the discovery is a mosaic floor measuring 4.2 metres by 3.6 metres in what is thought to have
been the villa's dining room, or *triclinium*. Its central panel shows the sea god Neptune surrounded by four
dolphins, framed by a border of interlocking guilloche.

"We expected foundations and perhaps some painted plaster. We did not expect to lift the turf and find Neptune
looking back at us," said Professor Eleanor Whitcombe, Head of the Department of Archaeology and Heritage and
the project's director. "This is one of the most complete mosaics found in south-west England in the last fifty
years."

Dr Tomasz Kowalczyk, senior lecturer in Roman archaeology and the excavation's site director, said the floor
had survived because a later barn had been built directly on top of it. "The rubble from the collapsed roof
sealed the mosaic like a lid. Ironically, the building that damaged the villa is the reason the floor is still
here."

## Coin hoard dated to the fourth century

The hoard of 317 coins was found on Wednesday 23 July 2025 in a broken ceramic jar buried beneath the floor of
a corridor. According to Dr Priya Raghunathan, the university's finds specialist, the latest coins were struck
under the emperor Valentinian I, which suggests the hoard was buried after AD 364.

"A hoard tells you that somebody expected to come back for their money, and never did," Dr Raghunathan said.
"That is a very human story, and we want to find out who they were."

The coins have been reported to the county's Finds Liaison Officer under the Treasure Act 1996, and a coroner's
inquest will determine whether they constitute treasure.

## Volunteers and the local community

More than 40% of the 86 people who worked on the site were volunteers from the Kelsbury Archaeological Society,
and about 2,300 visitors attended two open days held in August. The excavation was funded by a grant of £148,000
from the Severn Valley Heritage Trust, with additional support of £22,500 from Kelsbury District Council.

Martin Hale, whose family has farmed at Hallowford for four generations, said: "My grandfather always said the
plough turned up odd bits of red tile in the bottom field. Now we know why."

Councillor Janet Pryce, cabinet member for culture and leisure at Kelsbury District Council, said the find would
"put Kelsbury on the map for anyone interested in Roman Britain."

## What happens next

The mosaic has been recorded using photogrammetry and has been covered with geotextile and soil to protect it
over the winter. A second season of excavation is planned to begin on Monday 8 June 2026, and the university
hopes to put selected finds on display at the Kelsbury Museum from autumn 2026.

## Questions and answers

**Can the public visit the site?**
No. The site is on private land and has been backfilled. Updates will be posted on the project website.

**Will the mosaic be lifted?**
No decision has been made. Options will be discussed with Historic England and the landowner over the winter.

**How old is the villa?**
Pottery and coin evidence suggest occupation from about AD 270 to at least AD 380, a period of around 110 years.

## Notes to editors

1. Northmoor University's Department of Archaeology and Heritage has around 30 academic staff and 420
   students.
2. The Kelsbury Archaeological Society was founded in 1962 and has about 180 members.
3. The Severn Valley Heritage Trust is a registered charity that funds heritage projects in the south-west.
4. High-resolution images are available on request. Please credit "Northmoor University / Hallowford Villa
   Project".

**Media contact:** Rebecca Thornley, Senior Press Officer, Northmoor University
press@northmoor.ac.uk | +44 (0)1632 960 418

*Ends*
`;

const REPORT = `HALLOWFORD ROMAN VILLA PROJECT
Hallowford Farm, Kelsbury, Somerset
National Grid Reference ST 4127 3386

INTERIM REPORT ON THE 2025 EXCAVATION SEASON
Report no. HVP-IR-01, Version 1.2

Prepared by: Dr Tomasz Kowalczyk, Site Director
             Hannah Ellery, Project Officer
Approved by: Professor Eleanor Whitcombe, Project Director
Issued: Friday 26 September 2025

Department of Archaeology and Heritage, Northmoor University,
in partnership with the Kelsbury Archaeological Society

------------------------------------------------------------------------

1. SUMMARY

1.1 This report presents the preliminary results of the first season of
    excavation at Hallowford Farm, carried out between Monday 7 July and
    Friday 29 August 2025 (40 working days on site).

1.2 Six trenches (Trenches 1 to 6) were opened, with a combined area of
    1,140 square metres. The work confirmed the presence of a winged
    corridor villa with a detached bath house, enclosed by a ditch.

1.3 All figures in this report are provisional and subject to revision
    after post-excavation analysis.

2. BACKGROUND

2.1 Crop marks were first noted in a drone photograph taken by the
    landowner, Mr Martin Hale, in June 2023. A magnetometer survey of
    6.5 hectares was carried out by Kelsbury Archaeological Society in
    March 2024 and showed a rectangular building with projecting wings.

2.2 The excavation was funded by the Severn Valley Heritage Trust
    (grant ref. SVHT/2024/117, GBP 148,000) and Kelsbury District Council
    (GBP 22,500).

3. PERSONNEL

3.1 A total of 86 people worked on site during the season: 14 university
    staff, 37 undergraduate students and 35 volunteers from the Kelsbury
    Archaeological Society. The average daily workforce was 31.

3.2 Finds processing was supervised by Dr Priya Raghunathan (Finds
    Specialist). Environmental sampling was carried out by Dr Owen Farrant
    (Environmental Archaeologist).

4. THE MAIN RANGE (TRENCHES 1 AND 2)

4.1 The main range measures 42.5 m north-south by 18.0 m east-west and
    comprises at least 11 rooms opening off a corridor 2.8 m wide on its
    western side. Wall footings of Blue Lias limestone survive to a
    maximum height of 0.65 m and are 0.7 m thick.

4.2 Room 4 (interpreted as a triclinium) contains a polychrome mosaic
    measuring 4.2 m by 3.6 m. The central roundel, 1.5 m in diameter,
    depicts Neptune with four dolphins. An estimated 92 per cent of the
    mosaic survives. Tesserae are of red, white, grey and yellow stone and
    average 12 mm square.

4.3 The mosaic was sealed beneath a layer of rubble up to 0.4 m deep
    from the collapse of a post-Roman timber-and-stone barn (context 1046),
    which had been built across Rooms 4 and 5.

4.4 A coin hoard was recovered on Wednesday 23 July 2025 from a pit cut
    through the corridor floor (context 1108). The coins were contained in
    a greyware jar, broken in antiquity. See Section 6.

5. THE BATH HOUSE (TRENCH 3)

5.1 A detached bath house lies 24 m to the south-east of the main range.
    It measures 14.0 m by 7.5 m and contains a cold room (frigidarium),
    warm room (tepidarium) and hot room (caldarium).

5.2 The caldarium retains a hypocaust underfloor heating system, with 64
    pilae stacks surviving in situ, of which 38 are complete. The stoke-
    hole (praefurnium) lies on the east side.

5.3 A lead water pipe 3.1 m long was found in the frigidarium drain.

6. FINDS

6.1 Coins. The hoard comprises 317 coins: 29 silver siliquae and 288
    copper-alloy nummi. The latest identifiable issue is of Valentinian I
    (AD 364-375), giving a terminus post quem of AD 364 for deposition. A
    further 53 coins were recovered as site finds.

6.2 Pottery. Some 4,870 sherds (62.4 kg) were recovered. Dated forms range
    from the late 3rd century to the late 4th century AD.

6.3 Other finds include 14 hairpins of bone, a copper-alloy brooch, 212
    fragments of painted wall plaster and 96 fragments of window glass.

7. DATING AND PHASING

7.1 On present evidence the villa was built in about AD 270 and was
    occupied until at least AD 380. The barn over Rooms 4 and 5 is of
    post-Roman date and probably belongs to the 6th or 7th century.

8. PUBLIC ENGAGEMENT

8.1 Two open days were held, on Saturday 9 August and Sunday 10 August
    2025, attended by approximately 2,300 visitors in total. Some 410
    pupils from 9 local schools visited the site during the season.

9. CONSERVATION AND BACKFILLING

9.1 The mosaic was recorded by photogrammetry on Tuesday 12 August 2025.
    It was covered with geotextile, sand and soil before the site was
    backfilled in the final week of the season.

9.2 Historic England has been consulted on long-term options, including
    lifting the mosaic or preserving it in situ.

10. FUTURE WORK

10.1 A second season is scheduled for Monday 8 June to Friday 31 July 2026
     and will focus on the bath house (Trench 3) and the enclosure ditch.

10.2 Radiocarbon dates are expected from the laboratory by the end of
     January 2026.

10.3 A full report will be published in the Proceedings of the Kelsbury
     Archaeological Society.

------------------------------------------------------------------------
HVP-IR-01 v1.2  |  Not for citation without permission  |  Page 1 of 1
------------------------------------------------------------------------
`;

const files = { 'northmoor-press-release.md': RELEASE, 'hallowford-interim-report.txt': REPORT };

describe("a Roman villa: the press release and the interim report, with the product's word vectors", () => {
  withProductWordVectors();

  test('"Thirty-five of the 86 people" is the report\'s "35 volunteers"; the release\'s "More than 40% of the 86 people" holds the place of the count, not its "about 2,300 visitors"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "Thirty-five" against "about 2,300".
    verdict('supported', 'Thirty-five of the 86 people who worked on the site were volunteers from the Kelsbury Archaeological Society.');
    verdict('supported', '35 of the 86 people who worked on the site were volunteers from the Kelsbury Archaeological Society.');
  });
});
