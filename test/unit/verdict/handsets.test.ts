/**
 * A smartphone launch: the keynote's transcript (speakers, timestamps) and the specification sheet (Markdown, with a
 * table of specifications by model and a price table). The sources are written for these tests (from a helper's draft);
 * the company, the products and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const KEYNOTE = `HALVERN MOBILE B.V.
Aster 7 Launch Keynote: "Closer to Light"
Official transcript

Recorded: Thursday 11 September 2025, 10:00-11:05 CEST, Kromhout Hall, Amsterdam, the Netherlands
Speakers: Ingrid Solberg-Achebe (chief executive officer), Tomás Recalde (senior vice-president of hardware engineering), Dr Priya Venkataraman (head of camera imaging), Kwame Adjei-Mensah (chief operating officer)
Moderator: Femke de Roos (director of communications)
Prepared by Halvern Corporate Communications. Timestamps run from the start of the livestream. Lightly edited for readability; check against delivery.

[00:00:41] INGRID SOLBERG-ACHEBE: Good morning, Amsterdam, and good morning to everyone watching online. Last year was the best year in Halvern's history. We shipped 14.2 million phones in 2024, up 18 per cent on the year before, and for the first time we were the third-largest smartphone brand in the Benelux. When we started in a borrowed office in Eindhoven in 2014, there were eleven of us. Today there are more than 3,400 of us. This morning we are introducing two phones: the Aster 7 and the Aster 7 Pro. This is the phone we have wanted to build since the day Halvern was founded.

[00:04:55] TOMÁS RECALDE: Thank you, Ingrid. Let's start with the screen. The Aster 7 Pro has a 6.8-inch LTPO OLED panel that runs anywhere from 1 to 120 hertz, and it reaches a peak brightness of 3,000 nits outdoors. The Aster 7 gets a 6.3-inch panel with a peak of 2,400 nits. Both are protected by Corvane Shield 3 glass. Inside both phones is our new Helix H3 chip, built on a 3-nanometre process. Compared with last year's H2, the CPU is 22 per cent faster and the graphics are 31 per cent faster, while using 15 per cent less power.

[00:09:40] TOMÁS RECALDE: Now, battery. The Pro carries a 5,200 mAh silicon-carbon cell, up from 4,800 mAh in the Aster 6 Pro. It charges at 65 watts over a cable and goes from empty to 50 per cent in 18 minutes. The Aster 7 has a 4,700 mAh battery. And we will support both phones with seven years of Android and security updates, to September 2032.

[00:14:22] DR PRIYA VENKATARAMAN: Thank you, Tomás. For three generations we added more megapixels, and every year the photos got only a little better. We stopped chasing megapixels and started chasing light. The Aster 7 Pro's main camera uses a 50-megapixel sensor that measures 1/1.3 inches, behind an f/1.6 lens. Next to it is a 48-megapixel periscope telephoto with 5x optical zoom. In our lab tests, the new main sensor captures 40 per cent more light than the one in the Aster 6 Pro. I want to thank the camera team in Tampere, Finland, which has grown from 60 to 140 people in two years.

[00:21:08] KWAME ADJEI-MENSAH: Thanks, Priya. Now the part everyone waits for. The Aster 7 starts at €799 with 256 gigabytes of storage. The Aster 7 Pro starts at €1,099, which is exactly what the Aster 6 Pro cost. Pre-orders open tomorrow, Friday 12 September, at 9 a.m. local time, and both phones will be in stores on Friday 26 September in 31 markets, including the United Kingdom, Germany and Japan. Anyone who trades in an old phone before pre-orders close on Thursday 25 September gets at least €150 off. The phones are assembled at our partner facilities in Chennai, India, and Bac Ninh, Vietnam, and the frame of both phones is 100 per cent recycled aluminium.

[00:26:47] INGRID SOLBERG-ACHEBE: Thank you, Kwame. We didn't build the Aster 7 to win a spec sheet. We built it for the person who takes a photo of their daughter at dusk and wants it to look the way it felt. Now Femke will take your questions.

[00:41:12] FEMKE DE ROOS: Thank you. We have about twenty minutes for questions. Please give your name and your publication. The gentleman in the second row.

[00:41:30] JONAS WERTHEIM (Rheinische Techpost): Jonas Wertheim, Rheinische Techpost. The United States is not on your list of 31 markets. Why not?

[00:41:44] KWAME ADJEI-MENSAH: We are not ready to launch in the United States this year. Our priority is Europe and Asia, and we expect to announce our plans for the US in the first half of 2026.

[00:43:05] AIKO TANABE (Nikkan Mobile Shimbun): Aiko Tanabe, Nikkan Mobile Shimbun. How much did Halvern spend to develop the H3?

[00:43:19] INGRID SOLBERG-ACHEBE: We don't break out the chip on its own. What I can tell you is that we invested €420 million in research and development last year, about 11 per cent of our revenue of €3.8 billion.

[00:45:40] ROSA DELGADO-FINCH (The Handset Ledger): Rosa Delgado-Finch, The Handset Ledger. A bigger battery usually means a heavier phone. Is that the trade-off here?

[00:45:58] TOMÁS RECALDE: Not this time. The Pro weighs 221 grams, which is four grams lighter than the Aster 6 Pro. The silicon-carbon chemistry is what made that possible, because it stores more energy in the same volume.

[00:47:31] FEMKE DE ROOS: We'll take one more. At the back.

[00:47:36] MAARTEN VOLKERS (De Schermkrant): Maarten Volkers, De Schermkrant. Will the Aster 7 be made in Europe at any point?

[00:47:49] KWAME ADJEI-MENSAH: Not in this generation. We looked at it seriously, but the component suppliers are in Asia, and moving final assembly alone would add cost without cutting emissions.

[00:48:20] FEMKE DE ROOS: Thank you all for coming. Hands-on devices are in the east foyer until 1 p.m., and the press kit, including the full specification sheet, is on the media portal.

[END OF TRANSCRIPT]

© 2025 Halvern Mobile B.V., Eindhoven. For editorial use only. Media enquiries: press@halvern.example
`;

const SPECS = `---
title: "Halvern Aster 7 and Aster 7 Pro: Technical Specifications"
date: 2025-09-11
---

# Halvern Aster 7 and Aster 7 Pro: Technical Specifications

**Halvern Mobile B.V.** · Press kit · EMBARGOED until Thursday 11 September 2025, 10:00 CEST

Document reference HM-PR-2025-044 · Version 1.2 · Issued by Halvern Corporate Communications, Eindhoven

Eindhoven, the Netherlands, Thursday 11 September 2025. Halvern Mobile today announced the Aster 7 and Aster 7 Pro, its seventh generation of smartphones, at a launch event at Kromhout Hall in Amsterdam. Both phones are powered by the new Helix H3 chip, designed by Halvern and built on a 3 nm process. The Aster 7 is priced from €799 and the Aster 7 Pro from €1,099.

## Key specifications

| Specification | Aster 7 | Aster 7 Pro |
|---|---|---|
| Display | 6.3-inch LTPO OLED, 2,400 nits peak¹ | 6.8-inch LTPO OLED, 3,000 nits peak¹ |
| Refresh rate | 1–120 Hz | 1–120 Hz |
| Resolution | 2,424 x 1,080 pixels | 2,868 x 1,280 pixels |
| Cover glass | Corvane Shield 3 | Corvane Shield 3 |
| Processor | Helix H3 (3 nm) | Helix H3 (3 nm) |
| Memory (RAM) | 12 GB | 16 GB |
| Storage | 256 GB / 512 GB | 256 GB / 512 GB / 1 TB |
| Main camera | 50 MP, 1/1.56-inch sensor, f/1.8 | 50 MP, 1/1.3-inch sensor, f/1.6 |
| Telephoto camera | 12 MP, 3x optical zoom | 48 MP periscope, 5x optical zoom |
| Ultra-wide camera | 12 MP, 120° field of view | 48 MP, 123° field of view |
| Front camera | 32 MP | 32 MP |
| Battery | 4,700 mAh | 5,200 mAh silicon-carbon |
| Wired charging | 45 W | 65 W (0–50% in 18 minutes)² |
| Wireless charging | 15 W | 50 W |
| Dimensions | 149.8 x 71.2 x 7.9 mm | 162.4 x 76.9 x 8.6 mm |
| Weight | 187 g | 221 g |
| Water and dust resistance | IP68 | IP68 |
| Colours | Dune, Slate, Sea Glass | Obsidian, Frost, Copper Dusk |
| Software support | 7 years of OS and security updates (to September 2032) | 7 years of OS and security updates (to September 2032) |

¹ Peak brightness measured with HDR content on a 5% window. Typical full-screen brightness is 1,200 nits (Aster 7 Pro) and 1,000 nits (Aster 7).

² Measured in Halvern's laboratory with the Halvern 65 W SuperFlow charger, sold separately. No charger is included in the box.

## Performance

Against the previous-generation Helix H2, the Helix H3 delivers:

- 22% faster CPU performance
- 31% faster GPU performance
- 15% lower power consumption under sustained load

The Aster 7 Pro's main sensor captures 40% more light than the main sensor of the Aster 6 Pro (Halvern laboratory measurement, 10 lux).

## Pricing and availability

| Model | Storage | Price (EUR) | Price (GBP) |
|---|---|---|---|
| Aster 7 | 256 GB | €799 | £699 |
| Aster 7 | 512 GB | €919 | £799 |
| Aster 7 Pro | 256 GB | €1,099 | £949 |
| Aster 7 Pro | 512 GB | €1,229 | £1,059 |
| Aster 7 Pro | 1 TB | €1,479 | £1,279 |

Pre-orders open on Friday 12 September 2025 at 09:00 local time at halvern.example and through partner carriers. Both phones go on general sale on Friday 26 September 2025 in 31 markets across Europe and Asia, including the United Kingdom, Germany, France, the Netherlands and Japan.

Customers who trade in an eligible smartphone during the pre-order period, which ends on Thursday 25 September 2025, receive a discount of at least €150 on either model. Terms apply; see halvern.example/trade-in.

## Sustainability

- Frame made from 100% recycled aluminium on both models
- 38% recycled content by weight across the Aster 7 Pro as a whole
- Packaging made entirely from paper fibre, with no plastic
- Final assembly at partner facilities in Chennai, India, and Bac Ninh, Vietnam

## Quote

"This is the phone we have wanted to build since the day Halvern was founded," said Ingrid Solberg-Achebe, chief executive officer of Halvern Mobile. "Every part of the Aster 7 Pro, from the Helix H3 to the camera designed by our team in Tampere, was made by people who refused to settle."

## About Halvern Mobile

Halvern Mobile B.V. designs smartphones, wearables and the Helix family of mobile chips. Founded in Eindhoven in 2014, the company employs more than 3,400 people in nine countries and shipped 14.2 million smartphones in 2024. Its products are sold in 31 markets. Halvern is led by chief executive officer Ingrid Solberg-Achebe.

## Media contacts

Femke de Roos, Director of Communications, Halvern Mobile
press@halvern.example · +31 40 555 0198

Hans Kuipers, Senior Press Officer (Benelux)
hans.kuipers@halvern.example · +31 40 555 0213

*All specifications are subject to change. Halvern, Aster, Helix and SuperFlow are trademarks of Halvern Mobile B.V. © 2025 Halvern Mobile B.V. All rights reserved.*
`;

const files = { 'keynote-transcript.txt': KEYNOTE, 'aster7-spec-sheet.md': SPECS };

describe("a smartphone launch: the keynote and the specification sheet, with the product's word vectors", () => {
  withProductWordVectors();

  test('a price is no row\'s count of pixels', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "£1,279 for Storage" against "£1,279 for Resolution" (the row's "1,280 pixels").
    verdict('supported', 'In Britain, the Aster 7 Pro with 1 TB of storage costs £1,279.');
  });

  test('a model the claim names whole is its column, not the one whose name goes on ("Aster 7", not "Aster 7 Pro")', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: the Pro's 16 GB.
    verdict('contradicted', 'The standard Aster 7 comes with 16 GB of RAM.', [['16 GB', 'Aster 7: 12 GB']]);
    verdict('supported', 'The standard Aster 7 comes with 12 GB of RAM.');
    verdict('supported', 'The Aster 7 Pro comes with 16 GB of RAM.');
  });
});
