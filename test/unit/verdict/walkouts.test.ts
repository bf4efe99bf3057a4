/**
 * A rail strike after a union ballot: the union's press release (HTML) and the operator's statement and timetable notice
 * (Markdown). The sources are written for these tests (from a helper's draft); the union, the operator and the people
 * are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Northline Rail workers vote overwhelmingly for strike action | ARWU Press Office</title>
  <meta name="description" content="ARWU members at Northline Rail have voted for strike action in a dispute over pay and job security.">
  <link rel="stylesheet" href="/assets/css/main.min.css">
  <link rel="alternate" type="application/rss+xml" title="ARWU news" href="/news/feed.xml">
</head>
<body class="page-news">
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <div class="container">
      <a class="logo" href="/"><img src="/assets/img/arwu-logo.svg" alt="Associated Rail Workers' Union"></a>
      <nav class="main-nav" aria-label="Main">
        <ul>
          <li><a href="/">Home</a></li>
          <li><a href="/about/">About us</a></li>
          <li><a href="/news/" aria-current="page">News</a></li>
          <li><a href="/campaigns/">Campaigns</a></li>
          <li><a href="/branches/">Find your branch</a></li>
          <li><a href="/join/" class="btn btn-join">Join ARWU</a></li>
        </ul>
      </nav>
      <form class="site-search" action="/search/" role="search">
        <label for="q" class="visually-hidden">Search</label>
        <input id="q" name="q" type="search" placeholder="Search the site">
      </form>
    </div>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/news/">News</a></li>
      <li><a href="/news/press-releases/">Press releases</a></li>
      <li aria-current="page">Northline Rail ballot result</li>
    </ol>
  </nav>

  <main id="main" class="container">
    <article class="press-release">
      <p class="kicker">PRESS RELEASE &middot; FOR IMMEDIATE RELEASE</p>
      <h1>Northline Rail workers vote overwhelmingly for strike action</h1>
      <p class="meta">Published: Tuesday 30 September 2025, 11:00 &middot; Category: Disputes, Northern region</p>

      <p class="lede">Members of the Associated Rail Workers' Union (ARWU) employed by Northline Rail have voted by a large majority to take strike action in a dispute over pay, rostering and job security, the union announced today.</p>

      <p>The statutory ballot closed at noon on Monday 29 September 2025. Of the 4,812 members balloted, 3,436 returned a valid paper, a turnout of 71.4 per cent. Of those voting, 3,065 (89.2 per cent) backed strike action and 371 voted against. In a separate question, 94.6 per cent voted in favour of action short of a strike.</p>

      <p>The turnout comfortably clears the 50 per cent threshold required under the Trade Union Act 2016 and is significantly higher than the 58 per cent recorded in the union's last ballot at the company in March 2023.</p>

      <h2>Strike dates</h2>
      <p>The union's national executive committee met on Tuesday morning and has named two 24-hour strike days:</p>
      <ul>
        <li>Tuesday 14 October 2025, from 00:01 to 23:59</li>
        <li>Thursday 16 October 2025, from 00:01 to 23:59</li>
      </ul>
      <p>In addition, members will refuse all overtime and rest-day working from Monday 13 October until Sunday 26 October inclusive. The action covers drivers, conductors, station staff and maintenance grades at all 68 stations and both depots, at Wakeley and Ormsby Junction.</p>

      <h2>The dispute</h2>
      <p>Northline Rail's current offer is a 3.5 per cent increase in basic pay for 2025, backdated to April. The union says this is a real-terms pay cut, with RPI inflation running at 4.1 per cent, and is seeking a rise of 6 per cent together with a guarantee of no compulsory redundancies until at least March 2028.</p>

      <p>The company has also proposed the closure of ticket offices at 23 stations and a new rostering agreement that would extend the standard shift for conductors from eight hours to nine hours. ARWU says the changes were not subject to any formal consultation with staff representatives.</p>

      <p>ARWU General Secretary Karen Oduya said: &ldquo;This is a decisive result. Our members have not had a real-terms pay rise in three years, and they will not accept a deal that takes money out of their pockets while the company cuts jobs behind the ticket window. Northline Rail's management have had every opportunity to settle this, and they have chosen not to.&rdquo;</p>

      <p>Ms Oduya added: &ldquo;Nobody wants to strike. Our door is open, and we will meet the company at Acas any day of the week.&rdquo;</p>

      <p>Tom Hesketh, ARWU's regional organiser for the North East, said the union had written to Northline Rail's managing director on 8 September requesting talks through the conciliation service Acas, but had received no reply. &ldquo;Not a single meeting has been offered since July,&rdquo; he said. &ldquo;Our members on the Skelby line are working longer hours for less money than their colleagues on neighbouring operators.&rdquo;</p>

      <p>According to union figures, a Northline Rail conductor with five years' service earns &pound;34,900 a year in basic pay, around &pound;2,300 less than a conductor of equivalent service at neighbouring operator Pennine Connect.</p>

      <p>The union said it had given the company the legally required 14 days' notice of the action, and that the mandate from the ballot remains valid for six months, until 29 March 2026.</p>

      <h2>Notes to editors</h2>
      <ol>
        <li>The Associated Rail Workers' Union represents around 61,000 members across train operating companies, infrastructure and station services in Great Britain.</li>
        <li>The ballot was conducted by independent scrutineer Civica Election Services.</li>
        <li>ARWU did not ballot members in its clerical grade, who are covered by a separate negotiating agreement.</li>
        <li>Spokespeople are available for interview. Broadcast-quality audio of Karen Oduya is available on request.</li>
      </ol>

      <div class="contact-box">
        <h3>Media contact</h3>
        <p>ARWU Press Office<br>
        Telephone: 020 7946 0318 (out of hours: 07700 900 452)<br>
        Email: <a href="mailto:press@arwu.org.uk">press@arwu.org.uk</a></p>
      </div>

      <ul class="share-links">
        <li><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Farwu.org.uk%2Fnews%2Fnorthline-ballot">Share on X</a></li>
        <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Farwu.org.uk%2Fnews%2Fnorthline-ballot">Share on Facebook</a></li>
        <li><a href="mailto:?subject=Northline%20Rail%20ballot%20result">Share by email</a></li>
      </ul>
    </article>

    <aside class="related">
      <h2>Related news</h2>
      <ul>
        <li><a href="/news/ticket-office-closures-consultation/">Ticket office closures: have your say</a></li>
        <li><a href="/news/pennine-connect-pay-deal-agreed/">Pennine Connect pay deal agreed</a></li>
        <li><a href="/news/northline-ballot-opens/">Northline Rail ballot opens</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <div class="container">
      <nav aria-label="Footer">
        <ul>
          <li><a href="/contact/">Contact us</a></li>
          <li><a href="/privacy/">Privacy policy</a></li>
          <li><a href="/cookies/">Cookies</a></li>
          <li><a href="/accessibility/">Accessibility</a></li>
          <li><a href="/sitemap/">Sitemap</a></li>
        </ul>
      </nav>
      <p>&copy; 2025 Associated Rail Workers' Union. Registered office: Unity House, 14 Calder Street, London N1 9QT.</p>
      <p>Listed trade union under the Trade Union and Labour Relations (Consolidation) Act 1992.</p>
    </div>
  </footer>
  <script src="/assets/js/main.min.js" defer></script>
</body>
</html>
`;

const NOTICE = `# Northline Rail: statement on ARWU industrial action

**Issued:** Wednesday 1 October 2025
**From:** Northline Rail Communications Team, Station House, Wakeley

---

Northline Rail is disappointed that members of the Associated Rail Workers' Union (ARWU) have voted for industrial action, and we apologise in advance to our customers for the disruption this will cause.

Priya Raman, Managing Director of Northline Rail, said:

> "We have put a fair offer on the table. A 3.5 per cent rise is the largest single increase we have offered in a decade, and it is worth around £1,300 a year to a typical conductor. I am frankly puzzled that the union has chosen to strike rather than to put this offer to its members in a referendum."

Ms Raman said the company had replied to the union's letter of 8 September on 19 September, proposing a meeting on 2 October, and "did not receive a response". She added that Northline Rail "remains ready to meet the union at any time, with or without Acas".

On ticket offices, the company said the proposal to close ticket offices at 23 of its 68 stations would not lead to compulsory redundancies. Staff at affected stations would be redeployed as "customer ambassadors" on platforms and concourses. Around 9 in 10 ticket sales on the network are now made online or at ticket machines, compared with 6 in 10 in 2019.

Gareth Lyle, Northline Rail's Operations Director, said the company would run "as many trains as we safely can" on strike days, using managers who hold the relevant safety-critical qualifications. "We will not be able to run a normal service, and I would urge anyone who does not need to travel on Tuesday 14 or Thursday 16 October to make other arrangements," he said.

Mr Lyle said the overtime ban was also expected to cause cancellations at short notice, particularly on Sundays, when around a third of services normally rely on rest-day working.

Northline Rail carries around 112,000 passenger journeys on a typical weekday. The company said the two strike days would cost it an estimated £1.8 million in lost revenue.

---

# Timetable notice: strike days Tuesday 14 and Thursday 16 October 2025

**Reference:** TN-2025-41
**Applies to:** all Northline Rail routes

On both strike days, Northline Rail will operate a reduced timetable of approximately 40 per cent of normal services. Trains will run between **07:30 and 18:30** only. The first departures will be later than usual and the last trains will leave significantly earlier than normal, so please check the time of your return journey before you travel.

There will be **no trains at all** on the following routes:

- Skelby branch (Ormsby Junction – Skelby)
- Coastal line north of Hartmouth (Hartmouth – Saltby Bay)
- All late-evening and overnight services on every route

Replacement buses will run between Ormsby Junction and Skelby every 60 minutes. No replacement buses will run on the coastal line north of Hartmouth; customers are advised to use Coastlink bus route X9, which will accept Northline Rail tickets on both days.

## Reduced service by route

| Route | Normal weekday service | Strike-day service |
|---|---|---|
| Wakeley – Leeds | 4 trains per hour | 2 trains per hour |
| Wakeley – Hartmouth | 2 trains per hour | 1 train per hour |
| Leeds – York (via Ormsby Junction) | 2 trains per hour | 1 train per hour |
| Hartmouth – Saltby Bay | 1 train per hour | No service |
| Ormsby Junction – Skelby | 1 train per hour | No service (bus replacement) |

## Cancelled services of note

- The 06:12 Wakeley to Leeds "early commuter" service is cancelled on both days.
- The 17:45 Leeds to Hartmouth fast service is cancelled on both days; the last through train to Hartmouth will depart Leeds at 16:50.
- The 18:30 departure from Leeds to Wakeley will be the final train of the day from Leeds.
- There will be no first-class accommodation on any strike-day service.
- Catering trolleys will not operate.

## On the days either side of the strikes

Services on **Wednesday 15 October** are expected to start later than normal, with the first trains running from around 07:00, because trains and crews will not be in the right place after the strike. The company expects a near-normal service from mid-morning. Services on **Friday 17 October** should run as normal.

## Tickets and refunds

- Customers holding Advance, Off-Peak or Anytime tickets for **Tuesday 14 or Thursday 16 October** can use them on the day before the date on the ticket, or up to and including Tuesday 21 October.
- Customers who choose not to travel can claim a full refund, with no admin fee, from the retailer they bought their ticket from.
- Season ticket holders can claim Delay Repay compensation for strike days through the Northline Rail website.

Passengers with reduced mobility who have booked Passenger Assistance will be contacted individually. Please check journey planners before travelling, as this timetable may change at short notice.

*Northline Rail is operated by Northline Rail Limited, a subsidiary of Meridian Transport Group plc. Registered in England and Wales, company number 09876543.*
`;

const files = { 'arwu-press-release-ballot-result.html': RELEASE, 'northline-rail-statement-and-timetable-notice.md': NOTICE };

describe("a rail strike: the union's release and the operator's notice, with the product's word vectors", () => {
  withProductWordVectors();

  test('"“…,” he said" after "Tom Hesketh, ARWU\'s regional organiser for the North East, said …" is Tom Hesketh\'s', async () => {
    // Was no finding: the description with a body's possessive hid the name, and "said the union had written" was
    // read as a role.
    const wrong = await checkAgainst(files, '# Strike\n\nKaren Oduya said "not a single meeting has been offered since July".\n');
    assert.deepEqual(wrong.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message.replace(/ \(.*$/, '')), ['These words were said by Tom Hesketh, not Karen Oduya']);
    const right = await checkAgainst(files, '# Strike\n\nTom Hesketh said "not a single meeting has been offered since July".\n');
    assert.deepEqual(right.findings.map((f) => f.message), []);
  });

  test('a post of another function: "Northline Rail\'s managing director" / "Northline Rail\'s Operations Director"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: one head ("director") was one post.
    verdict('contradicted', "Gareth Lyle, Northline Rail's managing director, said the company would run \"as many trains as we safely can\" on strike days.");
    verdict('supported', "Gareth Lyle, Northline Rail's operations director, said the company would run \"as many trains as we safely can\" on strike days.");
  });
});
