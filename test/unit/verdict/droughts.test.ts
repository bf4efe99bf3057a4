/**
 * A drought: the water company's hosepipe-ban announcement (HTML) and the environment agency's drought report
 * (Markdown, rainfall and reservoir tables). A denial does not run on into a clause of its own ("Nobody wants to
 * introduce a hosepipe ban, and I want to apologise …" denies nothing of the apology); "against a long-term average"
 * is "compared with" one. The sources are written for these tests (from a helper's draft); the company and people
 * are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const ANNOUNCEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Temporary use ban to start on 18 July | News | Downland Water</title>
  <meta name="description" content="Downland Water announces a temporary use ban (hosepipe ban) for customers in Sussex from Friday 18 July 2025.">
  <link rel="stylesheet" href="/assets/css/main.min.css">
  <link rel="canonical" href="https://www.downlandwater.co.uk/news/2025/temporary-use-ban-announced">
</head>
<body class="page-news">
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <div class="container">
      <a class="logo" href="/"><img src="/assets/img/downland-water-logo.svg" alt="Downland Water"></a>
      <nav class="primary-nav" aria-label="Main">
        <ul>
          <li><a href="/your-account">Your account</a></li>
          <li><a href="/bills-and-payments">Bills and payments</a></li>
          <li><a href="/help-and-advice">Help and advice</a></li>
          <li><a href="/in-your-area">In your area</a></li>
          <li><a href="/news" aria-current="page">News</a></li>
          <li><a href="/contact-us">Contact us</a></li>
        </ul>
      </nav>
      <form class="site-search" action="/search" role="search">
        <label for="q" class="visually-hidden">Search</label>
        <input id="q" name="q" type="search" placeholder="Search our site">
        <button type="submit">Search</button>
      </form>
    </div>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/news">News</a></li>
      <li>Temporary use ban announced</li>
    </ol>
  </nav>

  <main id="main" class="container">
    <article class="news-article">
      <p class="article-meta">Published: Tuesday 15 July 2025, 10:30 &middot; Media release</p>
      <h1>Temporary use ban to start on Friday 18 July</h1>

      <p class="lead">Downland Water has confirmed that a temporary use ban, commonly known as a hosepipe ban, will come into force at 00:01 on Friday 18 July 2025 for customers across its Sussex supply area, following the driest spring in the region for more than 130 years.</p>

      <p>The restrictions will apply to around 1.3 million customers in 570,000 homes and businesses in Brighton and Hove, Worthing, Lewes, Crawley, Horsham and Mid Sussex. Customers in the company's Hampshire supply area, around Petersfield and Alton, are not included in the ban because their supplies come from groundwater sources that remain at near-normal levels.</p>

      <p>The decision follows the Environment Agency's declaration last week that the Sussex and Kent area has moved into drought status. The company said it had not taken the decision lightly and that the ban would remain in place until reservoir and groundwater levels had recovered, which it expects will not happen before the autumn.</p>

      <h2>Reservoir levels and demand</h2>

      <p>On Monday 14 July, Hartfield Reservoir, the company's largest, was 47% full, compared with 84% on the same date last year. Coldwaltham Reservoir, near Pulborough, was 55% full, down from 79% a year ago. Combined stocks across the company's three reservoirs stood at 52%, the lowest July figure since records began in 1976.</p>

      <p>Demand for water has risen sharply during the recent hot weather. On Saturday 12 July customers used 612 megalitres of water in a single day, the highest daily demand since the summer of 2018 and around 28% more than the typical summer figure of 478 megalitres a day. A megalitre is one million litres.</p>

      <h2>What the ban means for customers</h2>

      <p>Under the ban, customers must not use a hosepipe to water gardens or allotments, clean cars, boats or patios, or fill paddling pools, swimming pools, ponds or ornamental fountains. Watering cans, buckets and water from water butts may still be used. Businesses that use a hosepipe as part of their trade, such as window cleaners and car washes, are not affected.</p>

      <p>Customers who hold a Blue Badge, and those registered on the company's Priority Services Register for medical reasons, are exempt. Anyone found breaching the ban could face a fine of up to &pound;1,000, although the company said it had never prosecuted a customer during its previous restrictions in 2012 and would rely on people's goodwill.</p>

      <h2>Leakage</h2>

      <p>Downland Water said its leakage in 2024/25 averaged 91.6 megalitres a day, down 12% from 104.1 megalitres a day in 2019/20. The company said it had increased its leakage teams from 140 to 185 staff since April and was now fixing an average of 1,150 leaks every week. It has committed to spending &pound;86 million on leakage reduction and water main replacement between 2025 and 2030.</p>

      <p>Campaigners have criticised the company for announcing restrictions while nearly a fifth of the water it puts into supply is lost through leaks. The company acknowledged it had missed its regulatory leakage target for 2024/25 by 4.2 megalitres a day.</p>

      <h2>What our chief executive said</h2>

      <p>Helen Marsh, Chief Executive of Downland Water, said: &ldquo;Nobody wants to introduce a hosepipe ban, and I want to apologise to our customers for the inconvenience. But after the driest spring in living memory our reservoirs are lower than at any July since we started keeping records, and we have to act now to protect essential supplies for the rest of the summer and into the autumn.&rdquo;</p>

      <p>She added: &ldquo;We know we must do more on leakage. We are fixing more leaks than ever before, but I accept that customers expect us to put our own house in order before we ask them to cut back.&rdquo;</p>

      <p>Marsh said the company did not currently expect to need rota cuts or standpipes, and that there were no plans to apply for a drought order to take additional water from the River Ouse.</p>

      <p>David Okafor, Director of Water Resources, said: &ldquo;If every customer saves just ten litres a day, we can save around 13 megalitres a day across Sussex. Small changes really do add up, and they will help keep water in our rivers as well as in our taps.&rdquo;</p>

      <h2>Support for customers</h2>

      <p>The company will give away 25,000 free water-saving packs, including shower timers and tap aerators, through its website from Monday 21 July. Customers who are unsure whether the ban applies to them can call the drought helpline on 0800 046 2231, open 8am to 8pm, seven days a week.</p>

      <p>Bills will not be reduced as a result of the ban, the company confirmed, because the cost of treating and supplying water has not fallen.</p>

      <h3>Notes to editors</h3>
      <ul>
        <li>Downland Water supplies around 1.6 million customers across Sussex and east Hampshire.</li>
        <li>The ban is made under Section 76 of the Water Industry Act 1991. Formal notice was published on Friday 11 July, and 214 representations were received before the consultation closed.</li>
        <li>Media enquiries: press office, 01273 555 410.</li>
      </ul>
    </article>

    <aside class="related-links">
      <h2>Related</h2>
      <ul>
        <li><a href="/help-and-advice/save-water">Ways to save water at home</a></li>
        <li><a href="/in-your-area/temporary-use-ban-faqs">Temporary use ban: frequently asked questions</a></li>
        <li><a href="/help-and-advice/priority-services">Priority Services Register</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <div class="container">
      <ul class="footer-links">
        <li><a href="/about-us">About us</a></li>
        <li><a href="/careers">Careers</a></li>
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/privacy">Privacy notice</a></li>
        <li><a href="/cookies">Cookies</a></li>
        <li><a href="/modern-slavery">Modern slavery statement</a></li>
      </ul>
      <p>&copy; 2025 Downland Water Limited. Registered in England and Wales, company number 02366714. Registered office: Cliffe House, Station Road, Lewes BN7 2UH.</p>
      <p>Follow us: <a href="https://x.com/downlandwater">X</a> &middot; <a href="https://www.facebook.com/downlandwater">Facebook</a> &middot; <a href="https://www.linkedin.com/company/downland-water">LinkedIn</a></p>
    </div>
  </footer>
  <script src="/assets/js/main.min.js" defer></script>
</body>
</html>
`;

const REPORT = `# Water situation report: drought status, Sussex and Kent

**Environment Agency – Kent, South London and East Sussex and Solent and South Downs areas**

**Published:** Thursday 10 July 2025
**Reporting period:** 1 March to 30 June 2025, with reservoir and river data to 7 July 2025
**Status:** Drought (changed from prolonged dry weather on Wednesday 9 July 2025)

## Summary

Following the meeting of the National Drought Group on Wednesday 9 July, the Environment Agency has moved the Sussex and Kent area from prolonged dry weather status to drought status. Hampshire and the Isle of Wight remain in prolonged dry weather status. Surrey and south London have not changed status and remain at normal.

The decision reflects four consecutive months of below-average rainfall, river flows that are notably or exceptionally low at most sites, and falling reservoir stocks. Spring 2025 (March to May) was the driest spring in Sussex since 1893, with 41% of the long-term average (LTA) rainfall for the season.

Drought status does not in itself impose restrictions on water users. It is for water companies to decide whether to introduce temporary use bans, in line with their drought plans. The Environment Agency will now increase its monitoring of rivers and wetlands and will prioritise its response to environmental incidents such as fish in distress.

## Rainfall

Rainfall across the area has been well below average since the start of March. The table below shows monthly rainfall as a percentage of the 1991–2020 long-term average.

| Month | Sussex | Kent | Hampshire |
|-------|--------|------|-----------|
| March 2025 | 29% | 34% | 38% |
| April 2025 | 46% | 51% | 57% |
| May 2025 | 48% | 55% | 62% |
| June 2025 | 63% | 58% | 71% |

March was the driest month of the period in all three counties. Sussex received only 17mm of rain in March, compared with a long-term average of 59mm. June was wetter than the preceding three months in Sussex and Hampshire, but most of the June rain fell in two thunderstorms on 19 and 20 June and ran off hard, dry ground rather than soaking in.

Soil moisture deficits at the end of June were the largest recorded for the time of year since 1976. Temperatures were also above average: June 2025 was the second-warmest June on record for south-east England.

## River flows

Monthly mean flows at the end of June were below normal at all 14 of the area's indicator sites.

- The River Ouse at Gold Bridge recorded 38% of its long-term mean flow for June, classed as **exceptionally low**.
- The River Rother at Udiam recorded 44% of its long-term mean flow, classed as **notably low**.
- The River Arun at Alfoldean recorded 52% of its long-term mean flow, classed as **notably low**.
- The River Medway at Teston recorded 61% of its long-term mean flow, classed as **below normal**.

The River Ouse at Gold Bridge has been exceptionally low for three consecutive months. Flows on the upper Ouse fell below the hands-off flow threshold on 28 June, meaning that licensed abstractions upstream must stop until flows recover. Officers have responded to 23 reports of fish in distress across the area since 1 May, and fish rescues were carried out on the River Uck and the Cuckmere.

Groundwater levels in the chalk aquifer of the South Downs were normal for the time of year at the end of June, because of the very wet winter of 2024 to 2025, but are now falling faster than usual.

## Reservoir stocks

Reservoir stocks at 7 July 2025, as a percentage of usable capacity:

| Reservoir | Owner | Stocks at 7 July 2025 | Same date 2024 | Long-term average |
|-----------|-------|-----------------------|----------------|-------------------|
| Hartfield | Downland Water | 50% | 85% | 81% |
| Coldwaltham | Downland Water | 58% | 80% | 83% |
| Bewl Water | Southern Water | 64% | 88% | 85% |
| Darwell | Southern Water | 59% | 82% | 79% |
| Weir Wood | Southern Water | 66% | 90% | 86% |

All five reservoirs were below their long-term average for the time of year. Hartfield had the lowest stocks of any reservoir in the area and has fallen by 19 percentage points since the start of May. Weir Wood had the highest stocks.

## Water company actions

Downland Water has told the Environment Agency that it intends to introduce a temporary use ban in its Sussex supply area. Southern Water has said it will not introduce restrictions in Kent this summer unless July rainfall is below 50% of the long-term average. South East Water has not announced any restrictions.

No water company in the area has applied for a drought order or drought permit. The Environment Agency expects to receive at least one application before the end of August if dry weather continues.

## Comments

Dr Sarah Whitcombe, Area Director for Solent and South Downs at the Environment Agency, said: "The move to drought status reflects what we are seeing in our rivers. The Ouse is the lowest we have seen it in July for almost fifty years, and our officers are out every day rescuing fish and checking for pollution."

Richard Pell, the Environment Agency's Director of Water Resources and chair of the National Drought Group, said: "Water companies must follow their drought plans and act early. Every litre saved now is a litre that stays in our rivers and reservoirs. We will hold companies to account on leakage, which remains far too high."

Pell said the Environment Agency did not expect the drought to end before the spring of 2026 unless the autumn and winter were wetter than average.

## Outlook

The Met Office three-month outlook gives a slightly increased chance of a drier than average July to September. Even with average rainfall for the rest of the summer, river flows in Sussex are likely to remain below normal until at least October. The Environment Agency will review the area's drought status at the next National Drought Group meeting on Tuesday 5 August 2025.

## Definitions

- **Prolonged dry weather:** the stage before drought, when dry weather is starting to affect the environment and water supplies.
- **Drought:** when a prolonged period of low rainfall leads to a shortage of water for people, business or the environment.
- **Long-term average (LTA):** the average over the 1991 to 2020 reference period.
- **Exceptionally low:** a value likely to occur less than 5% of the time.
- **Notably low:** a value likely to occur less than 8% of the time.

*Contact: Environment Agency, Guildbourne House, Chatsworth Road, Worthing BN11 1LD. Email: enquiries@environment-agency.gov.uk. Telephone: 03708 506 506.*
`;

const files = { 'downland-water-hosepipe-ban.html': ANNOUNCEMENT, 'ea-drought-status-report-se.md': REPORT };

describe('a hosepipe ban and a drought report, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a denial in the clause before is no denial of an apology', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "Nobody wants to introduce".
    verdict('supported', 'Chief executive Helen Marsh said she wanted "to apologise to our customers for the inconvenience".');
    verdict('contradicted', 'Chief executive Helen Marsh said she wanted to introduce a hosepipe ban.');
  });

  test('"against a long-term average" / "compared with a long-term average"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: against / compared.
    verdict('supported', 'Sussex received just 17mm of rain in March, against a long-term average of 59mm.');
    verdict('contradicted', 'Sussex received just 17mm of rain in March, against a long-term average of 69mm.', [['69mm', '59mm']]);
  });
});
