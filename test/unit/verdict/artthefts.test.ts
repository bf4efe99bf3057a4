/**
 * A theft of paintings from a museum: the police appeal (HTML, a quotation of two paragraphs under "She said:") and the
 * museum director's statement (Markdown, with a table of the stolen works). The sources are written for these tests (from a
 * helper's draft); the museum, the artists and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const APPEAL = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Appeal after five paintings stolen from Ashdown Gallery, Kellbridge | Westmarch Police</title>
  <meta name="description" content="Detectives are appealing for witnesses and dashcam footage after five paintings were stolen from the Ashdown Gallery of Fine Art in Kellbridge.">
  <link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <a href="/" class="logo">Westmarch Police</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/report">Report</a></li>
        <li><a href="/contact-us">Contact us</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/news/appeals">Appeals</a></li>
        <li><a href="/your-area">Your area</a></li>
        <li><a href="/careers">Careers</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/news/appeals">Appeals</a></li>
      <li aria-current="page">Ashdown Gallery burglary</li>
    </ol>
  </nav>

  <main id="main">
    <article class="news-article">
      <h1>Appeal after five paintings stolen from Ashdown Gallery in Kellbridge</h1>
      <p class="meta">Published: <time datetime="2025-10-14T11:30">Tuesday 14 October 2025, 11:30</time> &middot; Crime reference: 42-118734-25 &middot; Kellbridge</p>

      <p class="lead">Detectives investigating a burglary at the Ashdown Gallery of Fine Art on Pelham Street, Kellbridge, are appealing for witnesses and dashcam footage after five paintings were stolen in the early hours of Sunday 12 October 2025.</p>

      <p>Three men are believed to have climbed onto the roof of the Grade II listed building using a ladder and to have entered through a skylight on the east side of the roof at about 02:10. They went straight to Room 7 on the first floor, known as the Lindqvist Room, where they cut five paintings from their frames.</p>

      <p>Officers believe the men were inside the gallery for around 11 minutes. Nobody was injured. The gallery's night security officer, who was on duty on the ground floor, was not approached by the intruders.</p>

      <h2>Timeline</h2>
      <ul class="timeline">
        <li><strong>02:06</strong> &ndash; a dark grey Ford Transit van is seen on CCTV pulling into the service yard behind the gallery on Tanner's Row.</li>
        <li><strong>02:10</strong> &ndash; the men enter the building through the skylight.</li>
        <li><strong>02:14</strong> &ndash; a motion sensor in Room 7 triggers the gallery's intruder alarm, which alerts the monitoring centre and police.</li>
        <li><strong>02:21</strong> &ndash; the van leaves the service yard and heads north on the B2170 towards Dunmore.</li>
        <li><strong>02:23</strong> &ndash; the first officers arrive at the gallery.</li>
        <li><strong>04:30</strong> &ndash; the van is found burnt out in Ferris Lane, Dunmore, around 11 miles (18 km) from the gallery. Crews from Westmarch Fire and Rescue Service put out the fire.</li>
      </ul>

      <p>Detective Inspector Rhona Caddick, of Westmarch Police's Major Crime Unit, is the senior investigating officer. She said:</p>
      <blockquote>
        <p>"This was a targeted, well-planned raid carried out by people who knew exactly what they were looking for. They ignored other valuable works in the same room and were in and out in a matter of minutes.</p>
        <p>"Someone out there knows who these men are, and I would urge them to do the right thing and call us. You can also speak to Crimestoppers completely anonymously."</p>
      </blockquote>

      <h2>Descriptions</h2>
      <p>We would like to identify three men:</p>
      <ul>
        <li>The first man is white, about 6ft 2in (188 cm) tall and of slim build. He wore dark clothing and a balaclava and was carrying a cordless angle grinder.</li>
        <li>The second man is about 5ft 8in (173 cm) tall and of stocky build. He wore a high-visibility jacket over dark clothing.</li>
        <li>The third man drove the van and was not seen clearly on CCTV.</li>
      </ul>

      <h2>Arrest</h2>
      <p>A 41-year-old man from Dunmore was arrested on Monday 13 October on suspicion of handling stolen goods. He has been released on bail until Monday 10 November while enquiries continue.</p>

      <h2>Reward</h2>
      <p>Halcyon Fine Art Underwriters, which insures the gallery's collection, is offering a reward of up to &pound;50,000 for information leading to the recovery of the paintings. The reward is administered independently of Westmarch Police.</p>

      <p>Detective Chief Superintendent Marcus Yelland, head of Major Crime at Westmarch Police, said: "We have a team of 28 detectives working on this case, and we are working closely with the national Cultural Property Crime Unit. Stolen art of this profile is almost impossible to sell on the open market. Anyone who is offered one of these paintings should contact us immediately."</p>

      <h2>The stolen paintings</h2>
      <ul>
        <li><em>Harbour at Dusk</em> by Margarethe Lindqvist</li>
        <li><em>The Orchard Wall</em> by Tomas Everard</li>
        <li><em>Portrait of a Woman in Blue</em> by Anna Ferrier</li>
        <li><em>Snow on the Ravel Bridge</em> by Jules Marchetti</li>
        <li><em>Study for The Mill</em> by Edith Calloway</li>
      </ul>
      <p>Images of the paintings are available from the Ashdown Gallery's website.</p>

      <h2>How to contact us</h2>
      <p>If you were in the Pelham Street, Tanner's Row or Ferris Lane areas between 01:30 and 05:00 on Sunday 12 October, or if you have dashcam or doorbell footage from those areas, please contact us:</p>
      <ul>
        <li>call 101, quoting crime reference 42-118734-25</li>
        <li>use our <a href="/report">online reporting form</a></li>
        <li>upload footage to our <a href="/appeals/ashdown-gallery/upload">Major Incident Public Portal</a></li>
      </ul>
      <p>You can also contact the independent charity Crimestoppers anonymously on 0800 555 111.</p>
    </article>

    <aside class="share">
      <h2>Share this page</h2>
      <ul>
        <li><a href="#">Facebook</a></li>
        <li><a href="#">X</a></li>
        <li><a href="#">Email</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <p><strong>In an emergency, always call 999.</strong> If you are deaf or hard of hearing, text 999 if you are registered with emergencySMS.</p>
    <ul>
      <li><a href="/about-us">About us</a></li>
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy-notice">Privacy notice</a></li>
      <li><a href="/freedom-of-information">Freedom of information</a></li>
      <li><a href="/cookies">Cookies</a></li>
    </ul>
    <p>&copy; 2025 Westmarch Police. Police Headquarters, Castle Road, Kellbridge KB1 4QT.</p>
  </footer>
</body>
</html>
`;

const STATEMENT = `# Statement from the Director of the Ashdown Gallery of Fine Art

**For immediate release**
**Kellbridge, Monday 13 October 2025**

## Five paintings stolen from the Lindqvist Room

Dr Imogen Threlfall, Director of the Ashdown Gallery of Fine Art, has issued the following statement after five paintings were stolen from the gallery in the early hours of Sunday 12 October 2025.

> "I am heartbroken. Early on Sunday morning, thieves broke into the gallery and took five paintings from Room 7, the Lindqvist Room. These paintings belong to the people of Kellbridge, and we will not rest until they are back on our walls.
>
> "I want to thank the officers of Westmarch Police, who were at our door within nine minutes of the alarm sounding, and our own staff, who worked through the night to secure the building and check every room. No one was hurt, and no other works were taken or damaged.
>
> "We are cooperating fully with the police investigation, and I would ask anyone with information to contact them directly."

Colin Marsh, the gallery's Head of Security and Visitor Services, said:

> "Our alarm worked exactly as it was designed to. The intruders were detected within four minutes of entering the building, and the police were called automatically. We are reviewing every part of our security with the police and our insurers."

Professor Gareth Olumide, Chair of the Board of Trustees, said:

> "The trustees have full confidence in the Director and her team. Our priority now is the safe return of these works."

## The stolen works

The five works taken are listed below. Sizes are given in centimetres, height before width, without frames. Values are the insured values agreed with Halcyon Fine Art Underwriters in March 2025.

| No. | Artist | Title | Year | Medium | Size (cm) | Estimated value |
|---|---|---|---|---|---|---|
| 1 | Margarethe Lindqvist (1851–1919) | *Harbour at Dusk* | 1887 | Oil on canvas | 64 × 81 | £1,200,000 |
| 2 | Tomas Everard (1868–1940) | *The Orchard Wall* | 1902 | Oil on canvas | 46 × 55 | £850,000 |
| 3 | Anna Ferrier (1624–1681) | *Portrait of a Woman in Blue* | 1659 | Oil on panel | 38 × 30 | £2,400,000 |
| 4 | Jules Marchetti (1859–1927) | *Snow on the Ravel Bridge* | 1894 | Oil on canvas | 73 × 92 | £1,600,000 |
| 5 | Edith Calloway (1890–1966) | *Study for The Mill* | 1921 | Watercolour on paper | 28 × 36 | £95,000 |

The combined estimated value of the five works is £6,145,000 (about £6.1 million).

*Portrait of a Woman in Blue* by Anna Ferrier is the most valuable work in the gallery's collection and the most valuable of the five taken. It was bequeathed to the gallery in 1934 by the shipowner Sir Walter Pryce. *Snow on the Ravel Bridge* is the second most valuable of the stolen works. Edith Calloway's *Study for The Mill*, the smallest of the five, is a preparatory watercolour for her painting *The Mill at Hesketh*, which remains in the collection.

## About the gallery's security

The gallery's security system was upgraded in 2019 at a cost of £340,000, paid for in part by a grant of £120,000 from the Heritage Protection Fund. It includes motion sensors in every exhibition room, 46 CCTV cameras and a monitored intruder alarm. A security officer is on duty in the building every night.

## Questions and answers for visitors and members

**Is the gallery open?**
No. The gallery will remain closed until Saturday 18 October, when it will reopen at 10:00. Room 7 will stay closed until further notice.

**Is the rest of the collection safe?**
Yes. Every room has been checked by our staff and by the police, and no other works were taken or damaged.

**Were the paintings insured?**
Yes. The collection is insured by Halcyon Fine Art Underwriters, which is offering a reward for information leading to the recovery of the paintings. Details are on the Westmarch Police website.

**I have a ticket for *Light on Water*. What happens now?**
Tickets for dates between Sunday 12 and Friday 17 October will be refunded automatically within 14 days. The exhibition has been extended by one week and will now close on Sunday 30 November.

**Can I help?**
If you saw anything unusual near Pelham Street or Tanner's Row on the night of Saturday 11 October or the early morning of Sunday 12 October, please call Westmarch Police on 101, quoting crime reference 42-118734-25. Please do not contact the gallery with information about the theft.

## Notes to editors

- The Ashdown Gallery of Fine Art was founded in 1911 and holds some 4,200 works, from the sixteenth century to the present day. Admission to the permanent collection is free.
- Last year the gallery welcomed 310,000 visitors, up 12 per cent on 2023.
- Dr Imogen Threlfall has been Director since September 2021. She was previously Deputy Director of the Northgate Museum of Art.
- High-resolution images of the stolen works are available on request.

**Media contact:** Priya Nandakumar, Head of Communications, Ashdown Gallery of Fine Art
press@ashdowngallery.org.uk · 01632 960 482

**Ends**
`;

const files = { 'police-appeal.html': APPEAL, 'director-statement.md': STATEMENT };

describe("a museum theft: the police appeal and the director's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('"X, …, is the senior investigating officer. She said:" gives the quotation below it to X', async () => {
    const report = await checkAgainst(files, '# Stolen\n\nDr Imogen Threlfall said the theft was "a targeted, well-planned raid carried out by people who knew exactly what they were looking for."\n');
    // Was no finding: the quotation had no known speaker.
    assert.deepEqual(report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message.replace(/ \(.*$/, '')), ['These words were said by Detective Inspector Rhona Caddick, not Dr Imogen Threlfall']);
  });

  test('and its second paragraph too', async () => {
    const report = await checkAgainst(files, '# Stolen\n\nColin Marsh said: "Someone out there knows who these men are, and I would urge them to do the right thing and call us."\n');
    assert.deepEqual(report.findings.map((f) => f.message.replace(/ \(.*$/, '')), ['These words were said by Detective Inspector Rhona Caddick, not Colin Marsh']);
  });

  test('a street\'s town given otherwise: "Ferris Lane, Kellbridge" / "Ferris Lane, Dunmore"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported (Kellbridge is named elsewhere).
    verdict('contradicted', 'The burnt-out van was discovered in Ferris Lane, Kellbridge.', [['Kellbridge', 'Dunmore']]);
    verdict('supported', 'The burnt-out van was discovered in Ferris Lane, Dunmore.');
  });
});
