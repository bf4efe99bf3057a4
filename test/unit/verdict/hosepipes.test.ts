/**
 * A hosepipe ban in a drought: the water company's ban notice (HTML) and its weekly reservoir levels report (Markdown,
 * with tables and a blockquote under "Name, Senior Hydrologist, said:"). The sources are written for these tests (from a
 * helper's draft); the company, the reservoirs and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Temporary Use Ban (hosepipe ban) from Friday 18 July 2025 | Wealdmoor Water</title>
  <meta name="description" content="Wealdmoor Water is introducing a Temporary Use Ban across its supply area from Friday 18 July 2025. Find out what you can and cannot do.">
  <meta property="article:published_time" content="2025-07-14T10:00:00+01:00">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/cookie-consent.js" defer></script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/"><img src="/assets/img/wealdmoor-water-logo.svg" alt="Wealdmoor Water"></a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/my-account">My account</a></li>
        <li><a href="/bills-and-payments">Bills and payments</a></li>
        <li><a href="/water-supply">Water supply</a></li>
        <li><a href="/save-water">Save water</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/contact-us">Contact us</a></li>
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search our site"><button>Search</button></form>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/water-supply">Water supply</a> &rsaquo; <a href="/water-supply/drought">Drought</a> &rsaquo; Temporary Use Ban
  </nav>

  <main id="content">
    <article>
      <h1>Temporary Use Ban (hosepipe ban) from Friday 18 July 2025</h1>
      <p class="meta">Published <time datetime="2025-07-14">Monday 14 July 2025</time> &middot; Water supply &middot; Drought</p>

      <p class="lead">Wealdmoor Water is introducing a Temporary Use Ban, often called a hosepipe ban, across its whole supply area from 00:01 on Friday 18 July 2025. The ban applies to about 1.2 million customers in 480,000 homes in Ashcombe, Brindlecote, Harrowfield, Kessingford and the surrounding villages.</p>

      <p>The decision was taken by the company's board on Monday 14 July 2025 after the region received only 38% of its long-term average rainfall between March and June. Met Office records show this was the driest March-to-June period in the Wealdmoor region since records began in 1893.</p>

      <p>The restrictions are made under Section 76 of the Water Industry Act 1991. Notice of the ban was published in the <em>Kessingford Courier</em> and the <em>Harrowfield &amp; District Gazette</em> on Monday 14 July, and customers had until 23:59 on Thursday 17 July to make representations.</p>

      <h2>Why we are doing this</h2>
      <p>Combined storage in our four reservoirs is 52% this week, compared with 89% at the same point last year. Demand for water averaged 412 megalitres a day (Ml/d) last week, against a normal summer figure of 340 Ml/d, and reached 468 Ml/d on Saturday 12 July.</p>

      <blockquote>
        <p>&ldquo;Nobody wants to introduce restrictions, but after the driest spring in more than a century we have to protect the water that is left for essential use. I would like to thank our customers, the great majority of whom have already cut back.&rdquo;</p>
        <footer>&mdash; Graham Pettifer, Chief Executive, Wealdmoor Water</footer>
      </blockquote>

      <p>Dr Miriam Oduya, Director of Water Resources, said the ban was expected to save between 25 and 30 megalitres a day. &ldquo;Every litre saved in the garden this summer is a litre that stays in our reservoirs for the autumn,&rdquo; she said.</p>

      <p>Sunita Rawal, Head of Customer Operations, said the company would review the restrictions every four weeks and would lift them as soon as reservoir and groundwater levels allowed. &ldquo;We will tell customers the moment it is safe to do so,&rdquo; she said.</p>

      <h2>What you cannot do</h2>
      <p>While the ban is in force you must not use a hosepipe, or anything attached to a tap such as a sprinkler or a pressure washer, to:</p>
      <ul>
        <li>water a garden, including lawns, flower beds and vegetable plots;</li>
        <li>clean a private motor vehicle, boat or caravan;</li>
        <li>fill or maintain a domestic swimming pool, paddling pool or hot tub;</li>
        <li>fill or maintain an ornamental pond or fountain (ponds containing fish are excepted);</li>
        <li>clean walls, windows, paths, patios or other artificial outdoor surfaces.</li>
      </ul>

      <h2>What you can still do</h2>
      <ul>
        <li>Water your garden with a watering can or use water from a water butt.</li>
        <li>Use a drip or trickle irrigation system fitted with a pressure-reducing valve and a timer.</li>
        <li>Water fresh turf or new plants for 28 days after they were laid or planted.</li>
        <li>Wash your car with a bucket and sponge.</li>
      </ul>

      <h2>Exemptions</h2>
      <p>Blue Badge holders, and customers registered on our Priority Services Register for medical reasons, are exempt from the ban. Businesses that use a hosepipe as a direct part of their trade, such as window cleaners and garden centres, may continue to do so.</p>

      <h2>Questions and answers</h2>
      <dl class="faq">
        <dt>When does the ban start?</dt>
        <dd>At 00:01 on Friday 18 July 2025.</dd>
        <dt>How long will it last?</dt>
        <dd>Until reservoir and groundwater levels have recovered. We will review it every four weeks and publish reservoir levels every Tuesday.</dd>
        <dt>What happens if I break the ban?</dt>
        <dd>Breaking a Temporary Use Ban is a criminal offence. Anyone convicted can be fined up to &pound;1,000. We will write to customers reported to us before taking any further action.</dd>
        <dt>Will my bill go down?</dt>
        <dd>No. Bills are not reduced during a Temporary Use Ban.</dd>
        <dt>How do I report someone?</dt>
        <dd>Call our drought line on 0800 046 7712 (8am to 8pm, Monday to Saturday) or use the form on our website.</dd>
      </dl>

      <p class="contact">Media enquiries: Wealdmoor Water press office, 01632 960 418, press@wealdmoorwater.example</p>
    </article>

    <aside class="related" aria-label="Related pages">
      <h2>Related</h2>
      <ul>
        <li><a href="/water-supply/reservoir-levels">Weekly reservoir levels</a></li>
        <li><a href="/save-water/garden">Saving water in the garden</a></li>
        <li><a href="/priority-services">Priority Services Register</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <ul>
        <li><a href="/about-us">About us</a></li>
        <li><a href="/careers">Careers</a></li>
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/privacy">Privacy notice</a></li>
        <li><a href="/cookies">Cookies</a></li>
      </ul>
    </nav>
    <p>&copy; 2025 Wealdmoor Water Limited. Registered in England and Wales, company number 04417823. Registered office: Wealdmoor House, Station Road, Kessingford KS4 2JT.</p>
  </footer>
</body>
</html>
`;

const REPORT = `---
title: Weekly reservoir and groundwater levels report
date: 2025-07-15
author: Wealdmoor Water, Water Resources team
---

# Weekly reservoir and groundwater levels report

**Wealdmoor Water Limited — Water Resources**
**Week ending Sunday 13 July 2025 · Published Tuesday 15 July 2025**
**Report no. 28/2025 · Drought status: Drought (Level 2 of 4)**

## Summary

Combined storage across our four reservoirs fell by 2.1 percentage points in the past week, to 52% of total capacity. At the same point in 2024, combined storage stood at 89%. All four reservoirs are below their normal operating curve for mid-July, and Ashcombe Reservoir is below its drought trigger line for the first time since 2018.

A Temporary Use Ban (hosepipe ban) comes into force across our supply area at 00:01 on Friday 18 July 2025. Details are in our ban notice.

Rainfall across the region in the week was 1.8 mm, against a long-term average for the week of 14.6 mm. Between March and June the region received 38% of its long-term average rainfall.

## Reservoir levels

Levels are given as a percentage of usable capacity, measured at 09:00 on Monday 14 July 2025.

| Reservoir | Capacity (Ml) | Level this week (%) | Level a year ago (%) |
|---|---|---|---|
| Brindlecote Water | 28,500 | 54 | 91 |
| Harrowfield Reservoir | 12,200 | 47 | 88 |
| Kessingford Lake | 6,800 | 61 | 86 |
| Ashcombe Reservoir | 4,150 | 39 | 84 |
| All reservoirs | 51,650 | 52 | 89 |

Brindlecote Water is the largest of our four reservoirs and supplies about half of our customers. Ashcombe Reservoir, the smallest, is also the lowest, at 39%. Kessingford Lake, which is topped up from the River Lenn under licence, has held up best.

## Demand

Demand for water averaged 412 megalitres a day (Ml/d) in the week ending Sunday 13 July, against a normal summer demand of 340 Ml/d. Peak demand was 468 Ml/d on Saturday 12 July, the highest daily figure since August 2022.

| Day | Demand (Ml/d) | Maximum temperature (°C) |
|---|---|---|
| Monday 7 July | 391 | 27 |
| Tuesday 8 July | 398 | 28 |
| Wednesday 9 July | 405 | 29 |
| Thursday 10 July | 410 | 30 |
| Friday 11 July | 424 | 31 |
| Saturday 12 July | 468 | 33 |
| Sunday 13 July | 388 | 29 |

Leakage was 71 Ml/d in June, 4 Ml/d below our target for the year of 75 Ml/d. Our leakage teams repaired 1,136 leaks in June, 212 more than in May.

## Groundwater

About a third of our water comes from the chalk aquifer. Groundwater at the Denholme Farm observation borehole is at its lowest July level in 30 years. The Coldharbour Lane borehole is classed as "below normal", and the Marden Hill borehole as "notably low".

## Outlook

Tomasz Wierzbicki, Senior Hydrologist, said:

> "Even with average rainfall from now on, we would not expect Ashcombe to recover to its normal level before February. Reservoirs of that size fill slowly once the ground has dried out, because most of the first autumn rain soaks into the soil."

Dr Miriam Oduya, Director of Water Resources, said the company had moved 18 Ml/d from Brindlecote Water to the Ashcombe area through the Thorne Valley transfer main since Monday 30 June, and would increase that to 22 Ml/d from Monday 21 July.

The Met Office three-month outlook, issued on Thursday 10 July, gives a 45% chance of a drier than normal August to October.

## What happens next

- The Temporary Use Ban starts at 00:01 on Friday 18 July 2025.
- We will apply to the Environment Agency for a drought permit at Kessingford Lake if combined storage falls below 45%.
- The next report will be published on Tuesday 22 July 2025.

## Drought levels

| Level | Name | Typical actions |
|---|---|---|
| 1 | Developing drought | Appeals to save water |
| 2 | Drought | Temporary Use Ban |
| 3 | Severe drought | Drought permits and orders |
| 4 | Emergency | Rota cuts and standpipes |

*Figures are provisional and may be revised. Wealdmoor Water Limited, Wealdmoor House, Station Road, Kessingford KS4 2JT. Water Resources team: waterresources@wealdmoorwater.example*
`;

const files = { 'hosepipe-ban-notice.html': NOTICE, 'reservoir-levels-report.md': REPORT };

describe("a hosepipe ban: the notice and the reservoir report, with the product's word vectors", () => {
  withProductWordVectors();

  test('"Tomasz Wierzbicki, Senior Hydrologist, said:" is Wierzbicki speaking', async () => {
    const report = await checkAgainst(files, '# Ban\n\nSenior hydrologist Tomasz Wierzbicki said that "even with average rainfall from now on, we would not expect Ashcombe to recover to its normal level before February."\n');
    // Was "In the source, this was said by Senior Hydrologist, not Tomasz Wierzbicki".
    assert.deepEqual(report.findings.map((f) => f.message), []);
  });
});
