/**
 * A new road bridge's opening: the council's press release (HTML) and the contractor's project fact sheet (Markdown).
 * The sources are written for these tests (from a helper's draft); the council, the firms and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harrowby Bridge opens to traffic | Westmere County Council</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Westmere County Council</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/bins-and-recycling">Bins and recycling</a></li>
        <li><a href="/roads-and-transport">Roads and transport</a></li>
        <li><a href="/council-tax">Council tax</a></li>
        <li><a href="/planning">Planning</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/contact-us">Contact us</a></li>
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search this site"><button>Search</button></form>
  </header>

  <div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; Harrowby Bridge opens to traffic</div>

  <main id="content">
    <article class="press-release">
      <p class="release-meta">Press release &middot; Published Tuesday 14 October 2025 &middot; Ref: WCC/PR/2025/187</p>
      <h1>New Harrowby Bridge opens to traffic after 26 months of construction</h1>

      <p class="lead">The new Harrowby Bridge over the River Leane opened to traffic at 6am on Monday 13 October 2025, giving drivers, cyclists and pedestrians a second crossing between Harrowby and the Kestle Industrial Estate for the first time.</p>

      <p>The 412-metre bridge was built by Calder Thorne Construction for Westmere County Council at a final cost of &pound;48.6 million. The original budget approved by the council's cabinet in March 2023 was &pound;44.2 million. The council said the increase of &pound;4.4 million, or just under 10 per cent, was mainly caused by higher steel prices and by additional piling needed after ground investigations found softer clay than expected on the eastern bank.</p>

      <p>The Department for Transport contributed &pound;31 million through its Large Local Majors programme. The remaining &pound;17.6 million came from the council's capital programme and from developer contributions linked to the Kestle Park housing scheme.</p>

      <p>Work started on site on Monday 7 August 2023. The bridge opened five weeks later than the date of 8 September 2025 set out in the original programme. The council said the delay was caused by flooding on the River Leane in February 2025, which stopped work in the river channel for 19 days.</p>

      <h2>Easing congestion in the town centre</h2>

      <p>Before the bridge opened, the only road crossing of the river in Harrowby was the Grade II listed Town Bridge, which dates from 1787 and carries around 23,000 vehicles a day. Traffic modelling carried out for the council forecasts that the new bridge will take about 14,500 vehicles a day in its first year and reduce traffic on the Town Bridge by 38 per cent.</p>

      <p>Journey times between the A413 and the Kestle Industrial Estate are expected to fall from an average of 22 minutes at peak times to about 9 minutes.</p>

      <p>Heavy goods vehicles over 7.5 tonnes will no longer be allowed to use the Town Bridge from Monday 3 November 2025, when a new weight restriction comes into force. Lorries will instead be directed over the new bridge.</p>

      <p>Councillor Priya Raman, the council's cabinet member for highways and transport, said: &ldquo;This bridge has been talked about in Harrowby for more than thirty years, and today it is finally carrying traffic. It will take lorries out of the town centre and give people back their high street.&rdquo;</p>

      <p>Councillor Raman added that the council did not expect the bridge to solve every congestion problem in the town. &ldquo;It is not a silver bullet, but it is the biggest single improvement to the road network here in a generation,&rdquo; she said.</p>

      <h2>Walking and cycling</h2>

      <p>The bridge carries a two-lane carriageway with a 40mph speed limit, and a segregated 3.5-metre shared path for walking and cycling on its southern side. The path connects with the Leane Valley Greenway, which runs for 11 kilometres to Oxley.</p>

      <p>There are no toll charges for using the bridge, and the council has confirmed it has no plans to introduce any.</p>

      <h2>Opening ceremony</h2>

      <p>The bridge was formally opened on Saturday 11 October 2025 by the Mayor of Westmere, Councillor Derek Ashworth, who cut a ribbon at the western approach. Around 3,000 residents walked across the deck during a community open day before the road opened to vehicles two days later.</p>

      <p>Pupils from Harrowby Primary School chose the colour of the bridge's steel parapets, a deep green, in a vote held in 2024. More than 600 children took part.</p>

      <p>Martin Okafor, the council's director of place, said: &ldquo;Building a bridge of this size over a working river is never straightforward. I want to thank residents on Mill Lane and Ferry Road in particular for their patience while we worked next to their homes.&rdquo;</p>

      <p>Some finishing work, including landscaping at the eastern roundabout and the installation of permanent street lighting on the approach roads, will continue until December 2025. The council said this work would be carried out overnight and would not require the bridge to close.</p>

      <h2>Notes to editors</h2>
      <ul>
        <li>The Harrowby Bridge scheme received planning permission in November 2022.</li>
        <li>The council's cabinet approved the full business case on 15 March 2023.</li>
        <li>Photographs of the opening ceremony are available from the press office on request.</li>
        <li>Media enquiries: press office, 01632 960 418, press@westmere.gov.example</li>
      </ul>
    </article>
  </main>

  <footer class="site-footer">
    <ul class="footer-links">
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/foi">Freedom of information</a></li>
    </ul>
    <p>&copy; 2025 Westmere County Council, County Hall, Market Square, Westmere WM1 2AA</p>
    <p>Follow us on social media for the latest news and service updates.</p>
  </footer>
</body>
</html>
`;

const FACTS = `# Harrowby Bridge – Project Fact Sheet

**Calder Thorne Construction Ltd** | Civil Engineering Division
Document ref: CTC-HB-FS-04 | Issue 3 | October 2025

---

## Project overview

Calder Thorne Construction was appointed by Westmere County Council in June 2023 as principal contractor for the design and build of the Harrowby Bridge, a new highway crossing of the River Leane linking the A413 at Harrowby with the Kestle Industrial Estate. The bridge was designed by engineering consultancy Brennan Hale Partnership, working as Calder Thorne's design partner.

| Item | Detail |
|---|---|
| Client | Westmere County Council |
| Principal contractor | Calder Thorne Construction Ltd |
| Designer | Brennan Hale Partnership |
| Contract type | NEC4 Engineering and Construction Contract, Option C |
| Start on site | 7 August 2023 |
| Opening to traffic | 13 October 2025 |
| Overall length | 412 m |
| Main span | 96 m |
| Number of spans | 5 |
| Deck width | 16.2 m |
| Clearance above normal river level | 8.5 m |

## Structure

The bridge is a steel-composite box girder structure with five spans. The main span of 96 metres crosses the navigable channel of the River Leane without any supports in the water, so that river traffic was not closed at any point during construction. The four remaining spans are carried on reinforced concrete piers founded on bored piles.

In total, 148 piles were installed, reaching depths of up to 34 metres. The original design specified 112 piles; an additional 36 were added after ground investigations on the eastern bank in autumn 2023 found softer clay than expected.

Around 2,900 tonnes of structural steel were used in the bridge. The steelwork was fabricated by Pennock Steel in Darlington and delivered to site in 58 sections by road. The largest section, weighing 186 tonnes, was lifted into place on Sunday 16 June 2024 using a 1,200-tonne crawler crane, one of the largest in the UK. The lift took just under four hours.

The deck was cast using approximately 6,400 cubic metres of concrete. The bridge has been designed for a service life of 120 years.

## Workforce and local benefit

At the peak of construction in summer 2024, 310 people were working on site. Over the life of the project, 42 per cent of the workforce lived within 20 miles of the site.

The project created 18 apprenticeships, 11 of which were taken up by people from Westmere. Calder Thorne spent £12.3 million with businesses based in the county.

No reportable accidents under RIDDOR were recorded during the 26 months of construction, across more than 1.1 million hours worked.

## Environment

The design avoided any permanent works within the Leane Valley Site of Special Scientific Interest, which lies 600 metres downstream. A seasonal restriction meant that no in-river work was carried out between March and May each year, to protect spawning fish.

Four otter holts were built along the eastern riverbank to replace a single holt removed during site clearance. A total of 1,450 trees and shrubs are being planted as part of the landscaping, compared with 320 removed during construction.

Using a steel-composite design instead of the all-concrete option considered at tender stage cut the embodied carbon of the structure by an estimated 21 per cent.

## Programme

Completion was originally planned for 8 September 2025. Flooding on the River Leane in February 2025 halted work in the river channel for 19 days, and the bridge opened to traffic on 13 October 2025.

## Quotes

Helen Marsh, project director at Calder Thorne Construction, said:

> "The Harrowby Bridge has been one of the most technically demanding projects we have delivered. The big lift in June 2024 was a real milestone, and I'm proud that we finished the job without a single reportable injury."

Tom Brennan, managing partner at Brennan Hale Partnership, said:

> "We wanted a bridge that was slender and quiet in the landscape. By spanning the navigable channel in one go, we kept the river open throughout and kept our piers out of the water where it mattered most."

## Contact

Calder Thorne Construction Ltd, Unit 4, Riverside Business Park, Leeds LS10 1QT
Communications team: comms@calderthorne.example | 0113 496 0729

*This fact sheet is issued for information purposes. Figures are correct at the time of issue and may be subject to final account adjustments.*
`;

const files = { 'press-release.html': RELEASE, 'calder-thorne-fact-sheet.md': FACTS };

describe("a bridge opening: the council's release and the contractor's fact sheet, with the product's word vectors", () => {
  withProductWordVectors();

  test('a cabinet member is a post: "the council\'s cabinet member for highways" / "the council\'s director of place"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    const r = verdict('contradicted', "Martin Okafor, the council's cabinet member for highways and transport, thanked residents on Mill Lane and Ferry Road for their patience.");
    assert.equal(r.conflicts[0].note, "it names Martin Okafor as the council's director of place");
    verdict('supported', "Priya Raman, the council's cabinet member for highways and transport, said the bridge would take lorries out of the town centre.");
  });
});
