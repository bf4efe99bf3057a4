/**
 * A zoo's record year and its ticket price rise: the zoo society's annual review (Markdown) and a local paper's article
 * (HTML). The sources are written for these tests (from a helper's draft); the zoo, the paper and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REVIEW = `# Brackenmoor Zoo: Annual Review 2024

*Brackenmoor Zoological Society · Registered charity no. 1048872 · Moorside Road, Aldcastle AL4 7QB*

**Published Monday 17 March 2025**

---

## Contents

1. Foreword from the Chief Executive
2. 2024 at a glance
3. Visitors
4. Finances
5. Animals and conservation
6. Sustainability
7. Our people
8. Chair's statement
9. Looking ahead

---

## 1. Foreword from the Chief Executive

"2024 was the year Brackenmoor came of age. More people walked through our gates than at any time in our 61-year history, and every one of them helped to fund conservation work far beyond Aldcastle."

— **Dr Miriam Ashdown**, Chief Executive, Brackenmoor Zoological Society

Our thanks go to every visitor, member, volunteer, donor and partner who made the year possible. This review sets out what we achieved, what it cost and where the money came from.

## 2. 2024 at a glance

| Measure | 2024 | 2023 | Change |
|---|---:|---:|---:|
| Total visitors | 412,380 | 387,560 | +6.4% |
| Member households | 18,240 | 16,905 | +7.9% |
| School groups | 1,142 | 1,067 | +7.0% |
| Pupils on school visits | 38,615 | 35,930 | +7.5% |
| Animal births | 47 | 39 | +8 |
| Volunteers | 310 | 284 | +26 |
| Volunteer hours | 21,700 | 19,450 | +11.6% |

## 3. Visitors

Brackenmoor Zoo welcomed 412,380 visitors in 2024, the highest total since the zoo opened in 1963. Attendance rose by 6.4% on 2023, when 387,560 people visited.

- **Busiest day:** Wednesday 29 May 2024, during the spring half-term holiday, with 6,842 visitors.
- **Busiest month:** August, with 71,305 visitors.
- **Quietest month:** January, with 9,874 visitors.

The opening of **Himalayan Ridge**, our new red panda enclosure, on Saturday 13 April 2024 drew 5,910 visitors on its first day. The enclosure cost £1.3 million, of which £450,000 came from the Harwell Family Trust.

## 4. Finances

Total income reached £9,812,000 in 2024, up from £8,904,000 in 2023. Expenditure was £9,460,000, leaving an operating surplus of £352,000.

### Income

| Source | 2024 (£) | 2023 (£) |
|---|---:|---:|
| Admissions | 5,410,000 | 4,902,000 |
| Catering and retail | 2,060,000 | 1,874,000 |
| Donations and legacies | 1,120,000 | 1,085,000 |
| Grants | 740,000 | 652,000 |
| Other income | 482,000 | 391,000 |
| **Total income** | **9,812,000** | **8,904,000** |

### Expenditure

| Category | 2024 (£) |
|---|---:|
| Staff costs | 4,870,000 |
| Animal care and veterinary | 1,390,000 |
| Conservation programmes | 860,000 |
| Site maintenance and utilities | 1,214,000 |
| Marketing and visitor services | 648,000 |
| Governance and other | 478,000 |
| **Total expenditure** | **9,460,000** |

Lena Okonjo-Hart, Finance Director, said: "The surplus of £352,000 will be set aside towards the new car park on Fennick Lane, so that we do not have to borrow to build it."

## 5. Animals and conservation

There were 47 births at the zoo in 2024, up from 39 the year before. The most celebrated were two Sumatran tiger cubs, born on Thursday 12 September 2024 to our nine-year-old tigress, Kemala.

"Tiger cubs are never guaranteed, and Kemala has been a wonderful first-time mother," said **Tomás Verrall**, Head of Animal Welfare. "Both cubs passed their first veterinary checks in November."

We spent £860,000 on conservation programmes, supporting 14 field projects in nine countries, including vulture monitoring in Nepal and amphibian surveys in Madagascar.

## 6. Sustainability

Energy use across the 38-hectare site fell by 11% compared with 2023, after 640 solar panels were installed on the roof of the Kestrel Education Centre in February 2024. Water use fell by 7%.

## 7. Our people

At the end of 2024 the Society employed 186 staff, 142 of them full-time. Our 310 volunteers gave 21,700 hours of their time, guiding visitors, running the education trail and helping our keepers.

## 8. Chair's statement

"The trustees are proud that the zoo has returned to surplus without cutting a single keeper post. Our priority now is to keep Brackenmoor affordable for local families."

— **Graham Pettifer**, Chair of the Board of Trustees

## 9. Looking ahead

- The adult day ticket will rise from £24.50 to £26 from Tuesday 1 April 2025. The child ticket stays at £16.
- A planning application for a 220-space car park on Fennick Lane was submitted to Aldcastle Borough Council in February 2025.
- Members are invited to the Annual General Meeting on Thursday 24 April 2025 at 7pm at Aldcastle Guildhall.

---

*Brackenmoor Zoological Society is a company limited by guarantee, registered in England no. 03211764. Figures for 2024 are unaudited and may change when the audited accounts are filed. © Brackenmoor Zoological Society 2025. Press enquiries: press@brackenmoorzoo.org.uk*
`;

const ARTICLE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Record crowds put Brackenmoor Zoo back in the black | Aldcastle Courier</title>
  <meta name="description" content="Brackenmoor Zoo drew more than 412,000 visitors in 2024 and returned to surplus, its annual review shows.">
  <meta name="author" content="Hannah Druce">
  <meta property="article:published_time" content="2025-03-18T06:00:00+00:00">
  <link rel="stylesheet" href="/static/css/courier.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Aldcastle Courier</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/news">News</a></li>
        <li><a href="/business">Business</a></li>
        <li><a href="/sport">Sport</a></li>
        <li><a href="/whats-on">What's On</a></li>
        <li><a href="/opinion">Opinion</a></li>
        <li><a href="/announcements">Announcements</a></li>
        <li><a href="/subscribe">Subscribe</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumb"><a href="/">Home</a> › <a href="/business">Business</a> › <a href="/business/local">Local business</a></nav>

  <main>
    <article>
      <h1>Record crowds put Brackenmoor Zoo back in the black</h1>
      <p class="standfirst">Visitor numbers hit an all-time high as the charity turns a £118,000 deficit into a surplus</p>
      <p class="byline">By <a href="/authors/hannah-druce">Hannah Druce</a>, Business Reporter</p>
      <p class="dateline"><time datetime="2025-03-18T06:00">Tuesday 18 March 2025, 6:00am</time> · Updated <time datetime="2025-03-18T11:42">11:42am</time></p>

      <p>Brackenmoor Zoo had its busiest year on record in 2024, with more than 412,000 people passing through the turnstiles, according to figures published on Monday.</p>

      <p>The zoo's annual review shows 412,380 visitors last year, up 6.4 per cent on 2023. The rise helped the Brackenmoor Zoological Society, the charity that runs the zoo on Moorside Road, to a surplus of £352,000, after a deficit of £118,000 the previous year.</p>

      <p>The figures make Brackenmoor the second most-visited paid attraction in Westmarsh, behind Aldcastle Castle, which drew about 530,000 visitors in 2024, according to the tourism body Visit Westmarsh.</p>

      <h2>'Red pandas did the heavy lifting'</h2>

      <p>Speaking to the Courier at the zoo on Monday, chief executive Dr Miriam Ashdown credited the new Himalayan Ridge enclosure, which opened last April.</p>

      <p>"Honestly, the red pandas did the heavy lifting," she said. "We had queues at the gate before nine o'clock on the opening Saturday, and families kept coming back all summer."</p>

      <p>Dr Ashdown said the zoo had not raised prices in 2024 and that admissions income of £5.41 million was "entirely down to more people coming, not to charging them more".</p>

      <p>Income from the zoo's cafés and shop rose to £2.06 million, while total income was £9.81 million, up from £8.9 million.</p>

      <h2>Ticket rise and car park plans</h2>

      <p>Adult tickets will go up by £1.50 to £26 on 1 April. The zoo says the child ticket will stay at £16.</p>

      <p>The society has also applied to Aldcastle Borough Council for permission to build a 220-space car park on Fennick Lane. Residents have complained for years about visitors parking on the verges of Moorside Road during school holidays. A decision is expected in June.</p>

      <p>Councillor Rajesh Bhamra, the council's cabinet member for culture and leisure, welcomed the figures. "Brackenmoor is one of the best things about living in Aldcastle, and these numbers show families agree," he said. "We will look at the car park application on its merits, like any other."</p>

      <p>Sheila Margerison, who chairs the Friends of Brackenmoor Zoo, a supporters' group with around 900 members, said the price rise was "disappointing but understandable".</p>

      <p>"Most of our members hold annual passes, so they won't feel it," she said. "It's the family that comes once a year I worry about."</p>

      <h2>Tiger cubs</h2>

      <p>The zoo recorded 47 animal births in 2024. The best known were two Sumatran tiger cubs born in September, who have not yet been named. The zoo plans to let the public vote on names in May.</p>

      <p>The zoo spent £860,000 on conservation work during the year and says its 310 volunteers gave 21,700 hours of their time.</p>

      <p>Members will be asked to approve the accounts at the annual general meeting at Aldcastle Guildhall on Thursday 24 April.</p>

      <aside class="factbox">
        <h3>Brackenmoor Zoo in numbers, 2024</h3>
        <ul>
          <li>Visitors: 412,380 (2023: 387,560)</li>
          <li>Busiest day: 6,842 visitors on Wednesday 29 May</li>
          <li>Total income: £9.81m</li>
          <li>Total spending: £9.46m</li>
          <li>Staff: 186</li>
          <li>Adult ticket from 1 April 2025: £26</li>
        </ul>
      </aside>

      <p class="correction"><em>This article was updated at 11:42am to correct the size of the Friends of Brackenmoor Zoo's membership.</em></p>
    </article>

    <section class="related">
      <h2>More from Business</h2>
      <ul>
        <li><a href="/business/aldcastle-market-hall-reopens">Aldcastle Market Hall to reopen after £4m refit</a></li>
        <li><a href="/business/westmarsh-tourism-2024">Westmarsh tourism spending tops £1bn for first time</a></li>
        <li><a href="/news/fennick-lane-residents-meeting">Fennick Lane residents to meet over zoo parking</a></li>
      </ul>
    </section>
  </main>

  <footer class="site-footer">
    <p>Aldcastle Courier, 14 Bridge Street, Aldcastle AL1 2DN · Newsdesk: 01632 960 418</p>
    <p><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy notice</a> · <a href="/cookies">Cookie settings</a> · <a href="/terms">Terms and conditions</a></p>
    <p>© 2025 Aldcastle Courier Ltd. All rights reserved. The Courier is regulated by IPSO.</p>
  </footer>
</body>
</html>
`;

const files = { 'brackenmoor-annual-review-2024.md': REVIEW, 'courier-zoo-record-visitors.html': ARTICLE };

describe("a zoo's record year: the annual review and the paper's article, with the product's word vectors", () => {
  withProductWordVectors();

  test('a post of a named body is that body\'s: "chair of the Friends of Brackenmoor Zoo" is no "Chair of the Board of Trustees"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: Sheila Margerison for Graham Pettifer (both posts were read as "chair of the").
    verdict('supported', 'Sheila Margerison, chair of the Friends of Brackenmoor Zoo, said the price rise was disappointing but understandable.');
    verdict('contradicted', 'Sheila Margerison, Chair of the Board of Trustees, said the price rise was disappointing but understandable.');
  });
});
