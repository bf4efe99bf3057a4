/**
 * A housing association fined after a death from damp and mould: the regulator's enforcement notice (HTML) and the
 * association's response (Markdown). The sources are written for these tests (from a helper's draft); the bodies and
 * the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Enforcement notice: Kestrel Vale Housing Group (L4471) - Social Housing Standards Authority</title>
  <meta name="description" content="Summary of the civil penalty notice issued to Kestrel Vale Housing Group for breaches of the Safety and Quality Standard.">
  <link rel="stylesheet" href="/assets/css/shsa-main.css">
</head>
<body>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <a href="/" class="logo">Social Housing Standards Authority</a>
    <nav aria-label="Main navigation">
      <ul>
        <li><a href="/about">About us</a></li>
        <li><a href="/regulatory-judgements">Regulatory judgements</a></li>
        <li><a href="/enforcement">Enforcement</a></li>
        <li><a href="/tenants">For tenants</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/enforcement">Enforcement</a></li>
      <li>Kestrel Vale Housing Group</li>
    </ol>
  </nav>

  <main id="main-content">
    <article>
      <p class="doc-type">Enforcement notice summary</p>
      <h1>Civil penalty notice: Kestrel Vale Housing Group (L4471)</h1>
      <p class="meta">Published: Tuesday 14 October 2025 &middot; Reference: SHSA/ENF/2025/0193</p>

      <h2>Summary</h2>
      <p>The Social Housing Standards Authority (SHSA) has today issued a civil penalty notice to Kestrel Vale Housing Group, requiring it to pay a fine of &pound;1.85 million for serious and prolonged breaches of the Safety and Quality Standard. The penalty was reduced from an initial figure of &pound;2.3 million to reflect the landlord&rsquo;s early admission of the breaches and its cooperation with the investigation.</p>
      <p>Kestrel Vale Housing Group owns and manages around 31,400 homes across nine local authority areas in West Calder and the Wharfe valley. Its headquarters are at Alder House, Halvergate.</p>
      <p>The penalty must be paid by Tuesday 11 November 2025. It is the largest fine the SHSA has imposed on a registered provider for failings relating to damp and mould, and the second largest in the regulator&rsquo;s history.</p>

      <h2>Background</h2>
      <p>Mr Dennis Hollins, aged 71, died on Tuesday 9 January 2024 at his ground-floor flat in Moorside Court, Brackley Road, Halvergate. At an inquest that concluded on Friday 16 May 2025, Alison Thornbury, Senior Coroner for West Calder, found that a respiratory condition caused by prolonged exposure to mould in the flat had contributed to his death.</p>
      <p>On Friday 30 May 2025 the coroner issued a Prevention of Future Deaths report to Kestrel Vale. The report recorded that Mr Hollins had reported damp in his home on seven occasions over 26 months before his death. In the report, Ms Thornbury wrote: &ldquo;There is a risk that future deaths will occur unless action is taken.&rdquo;</p>
      <p>Separately, the Housing Ombudsman, Priya Venkataraman, made findings of severe maladministration against Kestrel Vale in 14 complaints about damp and mould between April 2023 and March 2025.</p>

      <h2>Inspection findings</h2>
      <p>The SHSA carried out an inspection of Kestrel Vale between Monday 3 March and Friday 21 March 2025. Inspectors examined a sample of 1,250 homes and found that:</p>
      <ul>
        <li>412 of the homes inspected (33%) had a category 1 damp and mould hazard;</li>
        <li>the landlord had 2,780 open damp and mould cases at the start of the inspection;</li>
        <li>damp and mould repairs took an average of 87 days to complete, against the landlord&rsquo;s own target of 28 days;</li>
        <li>the landlord did not hold up-to-date stock condition data for 38% of its homes;</li>
        <li>in 61 cases, tenants who had reported damp were told to open windows or use heating more, with no survey carried out.</li>
      </ul>
      <p>The SHSA has downgraded Kestrel Vale&rsquo;s consumer grading from C2 to C4, the lowest grade available.</p>

      <h2>Statements</h2>
      <p>Fiona Lascelles, Chief Executive of the Social Housing Standards Authority, said:</p>
      <blockquote>
        <p>&ldquo;Tenants were left living in homes that were making them ill, and the landlord knew it. No tenant should have to report the same problem seven times.&rdquo;</p>
      </blockquote>
      <p>Martin Oduya, Director of Enforcement at the SHSA, said:</p>
      <blockquote>
        <p>&ldquo;This penalty reflects both the seriousness of the failings and the length of time they were allowed to continue. We will be monitoring Kestrel Vale closely.&rdquo;</p>
      </blockquote>

      <h2>Requirements</h2>
      <p>In addition to the penalty, Kestrel Vale has agreed to an enforcement undertaking requiring it to:</p>
      <ol>
        <li>inspect every home with an open damp and mould case by Wednesday 31 December 2025;</li>
        <li>complete a full stock condition survey of all its homes by 31 March 2027;</li>
        <li>report progress to the SHSA every quarter.</li>
      </ol>
      <p>The regulator will appoint an independent monitor to oversee the undertaking.</p>

      <h2>Notes to editors</h2>
      <ol>
        <li>The SHSA regulates around 1,600 registered providers of social housing in England.</li>
        <li>Civil penalties are paid into the Consolidated Fund and are not retained by the regulator.</li>
        <li>Category 1 hazards are the most serious hazards under the Housing Health and Safety Rating System.</li>
        <li>Media enquiries: press@shsa.example.gov.uk, 0300 555 0147.</li>
      </ol>
    </article>
  </main>

  <footer class="site-footer">
    <ul>
      <li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/foi">Freedom of information</a></li>
    </ul>
    <p>&copy; Social Housing Standards Authority 2025. Level 6, 1 Canal Street, Leeds LS1 4DR.</p>
    <p>All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
  </footer>
</body>
</html>
`;

const RESPONSE = `# Kestrel Vale Housing Group: statement in response to the SHSA enforcement notice

**For immediate release**
**Wednesday 15 October 2025**

Kestrel Vale Housing Group today responded to the civil penalty notice issued by the Social Housing Standards Authority (SHSA) on Tuesday 14 October 2025.

## Statement from the chief executive

Graham Pellow, Chief Executive of Kestrel Vale Housing Group, said:

"We let Mr Hollins and his family down, and I am deeply sorry. He told us about the damp in his home again and again, and we did not act quickly enough. Nothing we say now can change that, but we can make sure it never happens to another tenant."

Mr Pellow has written personally to the Hollins family and met Mr Hollins's daughter, Karen Hollins, on Monday 13 October 2025.

## Statement from the chair of the board

Dame Helen Roscoe, Chair of the Kestrel Vale board, said:

"The board accepts the regulator's findings in full. We will not contest the penalty, and we will pay it within the time allowed."

The board has commissioned an independent review of its governance of repairs, led by Professor Alan Whitcombe of the University of Halvergate. The review will report by June 2026.

## What we are doing

Kestrel Vale has committed to a £12 million damp and mould investment programme over three years, starting in November 2025. The programme will fund:

- 40 additional surveyors, taking the total to 95;
- a dedicated damp and mould taskforce of 25 staff, led by Sunita Bhatt, Director of Property Services;
- ventilation upgrades in 3,200 homes, starting with the 1,100 homes in our high-rise and low-rise blocks in Halvergate;
- a new 24-hour reporting line for damp and mould, opening on Monday 3 November 2025.

Every home with an open damp and mould case (2,780 homes when the SHSA inspection began) will be inspected by a qualified surveyor by Wednesday 31 December 2025. As of Friday 10 October 2025, 1,460 of those homes had been inspected.

Sunita Bhatt, Director of Property Services, said:

"Our surveyors will treat every report of damp as a building problem first. We will no longer tell residents to open a window and leave it at that."

## About the fine

The £1.85 million penalty will be paid from reserves. It will not be funded by rent increases and will not reduce the budget for repairs or the £12 million programme.

## Questions and answers

**Q: How many homes does Kestrel Vale own?**
A: Around 31,400 homes across nine local authority areas, housing about 68,000 residents.

**Q: What did the SHSA inspection find?**
A: Inspectors looked at 1,250 homes in March 2025 and found category 1 damp and mould hazards in 412 of them. Our average time to complete a damp and mould repair was 87 days, against our target of 28 days. We accept those findings.

**Q: What happened to Mr Hollins?**
A: Mr Dennis Hollins died in January 2024 at his flat in Moorside Court, Halvergate. The Senior Coroner, Alison Thornbury, found that mould in his flat contributed to his death. We responded to her Prevention of Future Deaths report on Thursday 24 July 2025, within the 56 days the law allows.

**Q: Has the Housing Ombudsman been involved?**
A: Yes. The Ombudsman, Priya Venkataraman, found severe maladministration in 14 of our cases. We have paid £38,500 in compensation to the residents concerned and apologised to each of them.

**Q: Will anyone lose their job?**
A: Our previous Director of Property Services, Neil Garside, left the organisation in August 2025. The board does not plan further changes to the executive team until the independent review reports.

**Q: What should tenants with damp or mould do?**
A: Call us on 0800 555 0192, email repairs@kestrelvale.example.org.uk or report it through the MyKestrel app. From Monday 3 November 2025 the reporting line will be open 24 hours a day.

## Notes to editors

1. Kestrel Vale Housing Group is a not-for-profit registered provider of social housing, registration number L4471. It was formed in 2009 by the merger of Calder Homes and Wharfe Valley Housing Trust.
2. Kestrel Vale employs around 1,150 staff. Its head office is Alder House, 2 Market Street, Halvergate HX9 3QT.
3. Media enquiries: Joanne Pryce, Head of Communications, 01422 555 310, media@kestrelvale.example.org.uk.

ENDS
`;

const files = { 'shsa-enforcement-notice.html': NOTICE, 'kestrel-vale-response.md': RESPONSE };

describe("a regulator's fine: the enforcement notice and the landlord's response, with the product's word vectors", () => {
  withProductWordVectors();

  test('"upgraded … from C2 to C4" against "downgraded … from C2 to C4"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', "The regulator upgraded Kestrel Vale's consumer grading from C2 to C4.", [['upgraded', 'downgraded']]);
    verdict('supported', "The regulator downgraded Kestrel Vale's consumer grading from C2 to C4.");
  });
});
