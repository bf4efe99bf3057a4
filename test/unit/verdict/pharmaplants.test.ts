/**
 * A drug factory expansion: the company's press release (HTML) and the local MP's statement (hard-wrapped plain text).
 * The sources are written for these tests (from a helper's draft); the company, the places and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Corvane announces £184 million expansion of Brackford site, creating 420 jobs | Corvane Pharmaceuticals plc</title>
  <meta name="description" content="Corvane Pharmaceuticals plc is to invest £184 million in a new sterile injectables facility at its Brackford manufacturing site in Lancashire, creating 420 permanent jobs.">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2026-03-10T07:00:00+00:00">
  <link rel="stylesheet" href="/assets/css/corvane.min.css">
  <script src="/assets/js/cookie-consent.js" defer></script>
</head>
<body class="page-press-release">
  <header class="site-header">
    <a class="logo" href="/"><img src="/assets/img/corvane-logo.svg" alt="Corvane Pharmaceuticals"></a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/about-us/">About us</a></li>
        <li><a href="/our-medicines/">Our medicines</a></li>
        <li><a href="/sites/">Our sites</a></li>
        <li><a href="/careers/">Careers</a></li>
        <li><a href="/investors/">Investors</a></li>
        <li><a href="/media-centre/" aria-current="page">Media centre</a></li>
        <li><a href="/contact/">Contact</a></li>
      </ul>
    </nav>
  </header>

  <main id="content">
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <a href="/">Home</a> &rsaquo; <a href="/media-centre/">Media centre</a> &rsaquo; <a href="/media-centre/press-releases/">Press releases</a>
    </nav>

    <article class="press-release">
      <p class="kicker">Press release</p>
      <h1>Corvane Pharmaceuticals announces £184 million expansion of Brackford manufacturing site, creating 420 jobs</h1>
      <p class="dateline"><time datetime="2026-03-10">Tuesday 10 March 2026</time> &middot; 07:00 GMT &middot; For immediate release</p>
      <p class="standfirst">New sterile injectables facility will raise the site's output by two thirds and is backed by a £22 million government grant</p>

      <p><strong>BRACKFORD, Lancashire</strong> &ndash; Corvane Pharmaceuticals plc today announced a £184 million investment to expand its manufacturing site on Tillingham Road in Brackford, Lancashire, creating 420 new permanent jobs by the end of 2028.</p>

      <p>The expansion will add a 21,000 square metre sterile injectables building to the 38-acre site, raising its annual capacity from 90 million to 150 million vials. The new facility will produce injectable antibiotics and cancer medicines for the NHS and for export to more than 40 countries.</p>

      <p>Construction is due to begin in June 2026, with the first medicines expected to leave the new production lines in the third quarter of 2028. Up to 650 construction workers will be employed on the site at the peak of the building works, the company said.</p>

      <p>The project is supported by a £22 million grant from the Department for Business and Trade's Advanced Medicines Manufacturing Fund. The remaining £162 million will be funded by Corvane from its own cash reserves.</p>

      <h2>Jobs and skills</h2>

      <p>The 420 new roles include 260 production operators and technicians, 95 quality control and laboratory scientists, and 65 engineering and support staff. The average starting salary for the new roles will be £34,500, about 18 per cent above the average salary in the borough.</p>

      <p>Corvane will also take on 60 apprentices over the next four years through a new partnership with Brackford and District College, which will open a £4.2 million pharmaceutical skills centre at its Mill Lane campus in September 2027.</p>

      <p>The site currently employs 1,150 people, making Corvane the largest private-sector employer in the borough. Once the expansion is complete, the workforce at Brackford will reach 1,570.</p>

      <h2>What they said</h2>

      <p>Dr Rebecca Thorne, Chief Executive Officer of Corvane Pharmaceuticals, said:</p>
      <blockquote>
        <p>&ldquo;Brackford has made medicines for this country for almost forty years, and this investment means it will keep doing so for decades to come. We looked at sites in Ireland and the Netherlands, but the skills of the people here and the support we have had locally made the decision an easy one.&rdquo;</p>
      </blockquote>

      <p>Michael Adeyemi, Site Director at Corvane Brackford, said:</p>
      <blockquote>
        <p>&ldquo;These are skilled, well-paid jobs, and we want as many of them as possible to go to people who live within a few miles of the gates. Our recruitment will start this autumn, and we will be working with the college and Jobcentre Plus to reach people who have never thought of a career in pharmaceuticals.&rdquo;</p>
      </blockquote>

      <p>Janet Howells, Principal of Brackford and District College, said:</p>
      <blockquote>
        <p>&ldquo;The new skills centre will give young people in Brackford a direct route into one of the most advanced industries in the country. We are proud to be Corvane&rsquo;s partner.&rdquo;</p>
      </blockquote>

      <h2>Timeline</h2>
      <table class="timeline">
        <thead>
          <tr><th>Milestone</th><th>Date</th></tr>
        </thead>
        <tbody>
          <tr><td>Planning application submitted to Brackford Borough Council</td><td>November 2025</td></tr>
          <tr><td>Planning permission granted</td><td>Thursday 19 February 2026</td></tr>
          <tr><td>Construction begins</td><td>June 2026</td></tr>
          <tr><td>Recruitment opens</td><td>October 2026</td></tr>
          <tr><td>Skills centre opens</td><td>September 2027</td></tr>
          <tr><td>First production from new building</td><td>Q3 2028</td></tr>
        </tbody>
      </table>

      <aside class="notes-to-editors">
        <h2>Notes to editors</h2>
        <ol>
          <li>Corvane Pharmaceuticals plc is a UK-headquartered manufacturer of generic and speciality medicines, founded in 1987 and based in Cambridge. It employs about 4,800 people at six manufacturing sites in the UK, Ireland and Poland.</li>
          <li>In the year to 31 December 2025, Corvane reported revenue of £1.26 billion and an operating profit of £212 million.</li>
          <li>The Brackford site opened in 1988 and today makes more than 300 million doses of medicine a year, including eye drops, inhalers and injectable antibiotics.</li>
          <li>Corvane Pharmaceuticals plc is listed on the London Stock Exchange (LSE: CVP).</li>
        </ol>
        <h3>Media enquiries</h3>
        <p>Laura Pennington, Head of Corporate Communications<br>
        press@corvane-pharma.co.uk &middot; +44 (0)1223 555 0142</p>
      </aside>
    </article>

    <section class="related" aria-label="Related news">
      <h2>Related news</h2>
      <ul>
        <li><a href="/media-centre/press-releases/2026-02-26-full-year-results/">Corvane reports full-year results for 2025</a></li>
        <li><a href="/media-centre/press-releases/2025-11-12-brackford-planning/">Corvane submits planning application for Brackford site</a></li>
      </ul>
    </section>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <ul>
        <li><a href="/privacy/">Privacy notice</a></li>
        <li><a href="/cookies/">Cookies</a></li>
        <li><a href="/accessibility/">Accessibility</a></li>
        <li><a href="/modern-slavery/">Modern slavery statement</a></li>
        <li><a href="/sitemap/">Sitemap</a></li>
      </ul>
    </nav>
    <p>&copy; 2026 Corvane Pharmaceuticals plc. Registered in England and Wales, company number 02184736. Registered office: 1 Hills Road Park, Cambridge CB2 8QT.</p>
  </footer>
</body>
</html>
`;

const MP = `CAROLINE ASHDOWN MP
Member of Parliament for Brackford and Ribble Vale
Constituency Office: 14 Market Street, Brackford BB9 4QT
Westminster: House of Commons, London SW1A 0AA

PRESS STATEMENT
For immediate release: Tuesday 10 March 2026

MP WELCOMES 420 NEW JOBS AT CORVANE'S BRACKFORD SITE

Caroline Ashdown, the Member of Parliament for Brackford and Ribble
Vale, has today welcomed the announcement by Corvane Pharmaceuticals
that it will invest £184 million in its Tillingham Road site, creating
420 permanent jobs.

Ms Ashdown visited the site on Friday 6 March, when she was shown round
the existing production halls by the Site Director, Michael Adeyemi, and
met apprentices and members of the site's Unite union branch.

Ms Ashdown said:

"This is the best news Brackford has had in a generation. When the
Harlow Mill closed in 2019 we lost 700 jobs in a single morning, and too
many families in this town have been waiting ever since for something to
replace them. Today they have it."

Ms Ashdown has campaigned for the investment since she was elected in
July 2024. She raised the Brackford expansion in a Westminster Hall
debate on Wednesday 15 October 2025, and in January she led a delegation
of local businesses and the college to meet the Minister for Industry,
Owen Pritchard MP.

She added:

"I want to thank the Minister for listening, and I want to thank the
Corvane workforce, because it was their record that won this investment
for Brackford rather than for a site abroad."

UNEMPLOYMENT IN THE CONSTITUENCY

Official figures published last month show that 5.8 per cent of
working-age adults in Brackford and Ribble Vale are claiming
unemployment-related benefits, compared with 4.3 per cent across the
North West. Among 18 to 24-year-olds the rate is 8.1 per cent.

"These jobs must go to local people first," Ms Ashdown said. "I will be
holding a jobs and skills fair with Corvane, the college and Jobcentre
Plus at Brackford Town Hall on Saturday 18 April, from 10am to 3pm, so
that anyone who is interested can find out what the roles involve and
how to train for them."

TRAFFIC AND THE TILLINGHAM ROAD JUNCTION

Ms Ashdown said she had also pressed the company and Lancashire County
Council on traffic, after residents of the Tillingham estate raised
concerns about lorries using Moor Lane during construction.

Corvane has agreed that construction traffic will enter the site only
from the A682, and will fund £1.3 million of improvements to the
Tillingham Road junction, including a new signal-controlled crossing
near St Anne's Primary School. Work on the junction is due to be
finished before construction traffic reaches its peak in spring 2027.

YOUR QUESTIONS ANSWERED

Since the news first appeared, my office has received a number of
questions from constituents. Here are answers to the most common ones.

Q: When can I apply?
A: Corvane expects to start recruiting in October 2026. Vacancies will
be advertised on the company's careers website and through Jobcentre
Plus in Brackford.

Q: Do I need a degree?
A: No. Most of the 260 production operator and technician roles do not
require a degree, and Corvane will provide full training. The laboratory
scientist posts do require a relevant science qualification.

Q: Is there a plan for apprentices?
A: Yes. Corvane will take on 60 apprentices over four years, trained at
the college's new skills centre on Mill Lane.

Q: Are the existing jobs at the site safe?
A: Corvane has told me that all 1,150 existing jobs are secure and that
there are no plans to move any current production away from Brackford.

Q: Will there be building work at night?
A: No. Brackford Borough Council's planning conditions limit building
work to 7.30am to 6pm on weekdays and 8am to 1pm on Saturdays, with no
work on Sundays or bank holidays.

ENDS

Notes to editors

1. Caroline Ashdown has been the Labour MP for Brackford and Ribble Vale
   since 4 July 2024. Before entering Parliament she was a secondary
   school chemistry teacher for 14 years.

2. Ms Ashdown is available for interview on Tuesday 10 March between
   11am and 2pm.

3. Press enquiries: Tom Garside, Senior Caseworker and Press Officer,
   01254 555 781, tom.garside.office@parliament.uk
`;

const files = { 'corvane-press-release.html': RELEASE, 'ashdown-statement.txt': MP };

describe("a factory expansion: the press release and the MP's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('square feet are not square metres', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported ("21,000 square feet" missing).
    verdict('contradicted', 'The new sterile injectables building will cover 21,000 square feet.', [['21,000 square feet', '21,000 square metre']]);
    verdict('supported', 'The new sterile injectables building will cover 21,000 square metres.');
  });
});
