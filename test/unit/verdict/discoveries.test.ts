/**
 * An archaeological find: the university's press release (HTML) and the museum director's blog post (Markdown). The
 * sources are written for these tests (from a helper's draft); the site, the institutions and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Bronze Age boat and hoard found at Caldmoor Fen | News | University of Northmere</title>
  <link rel="stylesheet" href="/assets/css/main.css">
  <meta name="description" content="University of Northmere archaeologists announce the discovery of a 3,400-year-old logboat and bronze hoard at Caldmoor Fen.">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">University of Northmere</a>
    <nav class="primary-nav">
      <ul>
        <li><a href="/study">Study</a></li>
        <li><a href="/research">Research</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/events">Events</a></li>
        <li><a href="/about">About us</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search the site"></form>
  </header>

  <nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo; Press releases</nav>

  <main id="content">
    <article class="press-release">
      <p class="embargo"><strong>EMBARGOED UNTIL 00:01 BST, Tuesday 14 May 2024</strong></p>
      <h1>Bronze Age logboat and hoard of 47 objects uncovered at Caldmoor Fen</h1>
      <p class="dateline">Published: Monday 13 May 2024 &middot; School of History and Archaeology</p>

      <p>Archaeologists from the University of Northmere have uncovered a near-complete Bronze Age logboat and a hoard of 47 bronze objects at Caldmoor Fen, a waterlogged site about 6 kilometres north of the market town of Ashby Wetherall. Radiocarbon dating places the boat's construction at around 1400 BC, making it roughly 3,400 years old.</p>

      <p>The boat was carved from a single oak trunk and measures 8.2 metres long and 0.9 metres wide. It was found lying on its side in peat about 1.8 metres below the present ground surface. The excavation, led by Professor Helen Marwick, head of the university's Wetland Archaeology Unit, ran for eleven weeks between 4 September and 17 November 2023.</p>

      <h2>Dating the find</h2>

      <p>Three samples of timber and one sample of hazelnut shell from inside the hull were sent to the Scottish Universities Environmental Research Centre (SUERC) for radiocarbon analysis. The results gave a date range of 1450&ndash;1380 BC at 95% confidence. Dendrochronology carried out by Dr Samuel Okafor, the project's timber specialist, showed that the oak tree was about 210 years old when it was felled.</p>

      <p>&ldquo;The dates from the hull and the hazelnut shell agree closely, which gives us real confidence that the boat and the hoard were deposited at the same time,&rdquo; said Dr Okafor. &ldquo;We did not expect such a tight result from peat this disturbed.&rdquo;</p>

      <h2>The hoard</h2>

      <p>The hoard lay in a shallow pit about 3 metres east of the boat's stern. It contains 31 axeheads, 9 spearheads, 5 bracelets and 2 sword fragments, with a combined weight of 6.4 kilograms. No gold objects were found. Conservators at the museum have so far cleaned 12 of the axeheads.</p>

      <p>Professor Marwick said the arrangement of the objects suggested a deliberate offering rather than a lost cargo. &ldquo;These objects were placed with great care, blades pointing towards the water,&rdquo; she said. &ldquo;This was not somebody losing their tools; this was a ritual act.&rdquo;</p>

      <p>The Caldmoor hoard is the largest Bronze Age hoard recorded in the county since 1987, when 29 objects were found at Hessel Bridge. Professor Marwick said the logboat is about 1.5 metres longer than the vessel recovered from nearby Linford Mere in 2011.</p>

      <h2>Funding and partners</h2>

      <p>The excavation was funded by a &pound;185,000 grant from the Arts and Humanities Research Council, with a further &pound;40,000 from the Fenland Heritage Trust. The work was carried out in partnership with the Ashby Wetherall Museum, which will display the finds, and with the landowner, Greywater Farms, which reported the first timbers after a drainage ditch was cleared in March 2023.</p>

      <p>Around 60 volunteers from the Caldmoor Local History Society took part in the dig alongside 14 university students. The site was not open to the public during the excavation because of the risk of flooding.</p>

      <h2>What happens next</h2>

      <p>The boat is now in a freshwater tank at the university's conservation laboratory, where it will be treated with polyethylene glycol (PEG) for up to three years before it can be dried. Dr Priya Nandakumar, the university's senior conservator, said that water had kept the oak stable. &ldquo;If the boat had dried out even once in the last three millennia, we would have nothing but dust,&rdquo; she said.</p>

      <p>The hoard will go on display at the Ashby Wetherall Museum from Saturday 22 June 2024. Findings will be published in the <em>Proceedings of the Prehistoric Society</em> next year.</p>

      <p>Professor Alan Brierley, Pro-Vice-Chancellor for Research, said: &ldquo;This discovery puts Caldmoor Fen on the map of European prehistory.&rdquo;</p>

      <h2>Notes to editors</h2>
      <ul>
        <li>Images and a two-minute video are available on request from the press office.</li>
        <li>Professor Marwick and Dr Okafor are available for interview on Tuesday 14 May between 10am and 1pm.</li>
        <li>The University of Northmere is a member of the Northern Research Alliance and has around 21,000 students.</li>
      </ul>

      <p class="contact">Media contact: Joanna Reeve, Press Officer, press@northmere.ac.uk, 01632 960 418</p>
    </article>
  </main>

  <aside class="related">
    <h2>Related news</h2>
    <ul>
      <li><a href="/news/2024/04/peat-carbon-study">Peat cores reveal 8,000 years of climate history</a></li>
      <li><a href="/news/2024/03/new-archaeology-lab">New archaeology laboratory opens on Fenside campus</a></li>
    </ul>
  </aside>

  <footer class="site-footer">
    <ul class="footer-links">
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/freedom-of-information">Freedom of information</a></li>
      <li><a href="/modern-slavery">Modern slavery statement</a></li>
    </ul>
    <p>&copy; 2024 University of Northmere. Registered charity no. 1150037.</p>
    <p>Follow us: <a href="https://twitter.com/northmereuni">Twitter</a> &middot; <a href="https://www.instagram.com/northmereuni">Instagram</a></p>
  </footer>
</body>
</html>
`;

const BLOG = `---
title: "From the Director: the Caldmoor hoard comes home"
author: Dr Fiona Castell
date: 2024-05-14
category: Exhibitions
---

# From the Director: the Caldmoor hoard comes home

*Posted Tuesday 14 May 2024 by Dr Fiona Castell, Director, Ashby Wetherall Museum*

Some days in a museum feel ordinary. Today is not one of them. This morning the University of Northmere announced the discovery of a Bronze Age logboat and a hoard of bronze objects at Caldmoor Fen, and I am delighted to confirm that the hoard will be shown here, in its home town, this summer.

I first saw the site in October last year, standing in a trench full of brown water while Professor Helen Marwick pointed out the tip of a spearhead. I have worked in museums for 23 years and I have never felt anything quite like it.

## The exhibition

*Caldmoor: Boat, Bronze and Bog* opens on Saturday 22 June 2024 in our Riverside Gallery and runs until Sunday 5 January 2025. Entry will be free for all visitors, as it is for the rest of the museum.

The exhibition will show all 47 objects from the hoard, alongside a full-size replica of the logboat built by the boatwright Tom Edderly at his workshop in Sleaford. The original boat will not be on display; it is far too fragile and will remain in conservation at the university until at least 2027.

The gallery will also include:

- a reconstruction of the fen landscape as it looked around 1400 BC, drawn by the illustrator Mei Lin Hargreaves;
- a hands-on table where children can handle replica axeheads cast by the Wealden Bronze Foundry;
- a short film of the excavation, narrated by local schoolchildren from St Oswin's Primary School;
- soil cores from the site that show how the fen filled with peat over 3,000 years.

The museum is open from 10am to 5pm, Tuesday to Sunday. We are closed on Mondays, except on bank holidays.

## Paying for it

An exhibition like this does not come cheap. The total cost is £96,000. The National Lottery Heritage Fund has awarded us £62,500, and the Friends of Ashby Wetherall Museum raised a further £18,000 through a winter appeal. The rest comes from the museum's own reserves and from Ashby Wetherall Town Council.

We are still £4,200 short of our target for the learning programme, which will bring every Year 4 class in the district to the gallery. If you would like to help, there is a donation box in the foyer and a page on our website.

## Why here?

Under the Treasure Act 1996, the hoard was reported to the coroner, and in February the coroner for North Wetherall declared it treasure. The landowner, Greywater Farms, agreed to waive its share of the reward, which allowed the museum to acquire the hoard for a reduced sum. The independent Treasure Valuation Committee valued the hoard at £120,000; the museum paid £35,000 to the finders.

Greywater Farms' manager, Rachel Dunmore, told me why the farm gave up its share. "These things were made here and left here," she said. "They belong in Ashby Wetherall, not in a vault in London." I could not agree more.

Visitor numbers rose by 18% last year, to just over 41,000, and we expect Caldmoor to bring in many more. Our last major archaeology exhibition, *Romans on the River* in 2019, attracted about 27,000 visitors over four months. We hope this one will be bigger.

## Thank you

None of this would be possible without the volunteers of the Caldmoor Local History Society, who spent their autumn weekends in the mud, and without our conservation team, led by Gareth Pryce, who has been cleaning the axeheads since January. Gareth tells me that the bronze is in much better condition than we feared. "Under the corrosion, some of the blades are still sharp," he said.

I want to thank Professor Marwick and her team for choosing to bring this story home, and Dr Samuel Okafor, whose dating work has been extraordinary. As Professor Marwick put it to me last week: "The fen kept this secret for 3,400 years. Now it's the town's turn to look after it."

See you in June.

*Dr Fiona Castell is Director of the Ashby Wetherall Museum. She joined the museum in 2016 from the Fitzwilliam Museum in Cambridge.*
`;

const files = { 'press-release.html': RELEASE, 'museum-blog.md': BLOG };

describe("an archaeological discovery: the university's release and the museum's blog, with the product's word vectors", () => {
  withProductWordVectors();

  test('a month alone at a sentence\'s start: "In March the coroner …" / "in February the coroner …"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: "In March" (capital "In") was no date.
    verdict('contradicted', 'In March the coroner for North Wetherall declared the hoard treasure.', [['March', 'February']]);
    verdict('supported', 'In February the coroner for North Wetherall declared the hoard treasure.');
  });
});
