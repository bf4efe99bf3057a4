/**
 * A hospital trust rated inadequate: the inspectorate's report summary (HTML, with a ratings table and a list of the
 * trust's leaders as "Role: Name" lines) and the trust's statement with its questions and answers (Markdown). The
 * sources are written for these tests (from a helper's draft); the trust and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const SUMMARY = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Kestrel Valley Hospitals NHS Trust: inspection report summary | Health Services Inspectorate</title>
  <meta name="description" content="Summary of the Health Services Inspectorate's inspection of Kestrel Valley Hospitals NHS Trust, published 11 June 2025.">
  <link rel="stylesheet" href="/assets/css/hsi-main.css">
</head>
<body>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <div class="logo"><a href="/">Health Services Inspectorate</a></div>
    <nav aria-label="Main navigation">
      <ul>
        <li><a href="/find-a-service">Find a service</a></li>
        <li><a href="/reports">Inspection reports</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/give-feedback">Give feedback on care</a></li>
        <li><a href="/about-us">About us</a></li>
      </ul>
    </nav>
    <form class="search" action="/search" method="get"><label for="q">Search</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
  </header>

  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/reports">Inspection reports</a> &rsaquo; <a href="/reports/hospitals">Hospitals</a> &rsaquo; Kestrel Valley Hospitals NHS Trust
  </nav>

  <main id="main-content">
    <article>
      <h1>Kestrel Valley Hospitals NHS Trust: inspection report summary</h1>
      <p class="meta">Provider ID: RKV-4471 &middot; Published: Wednesday 11 June 2025 &middot; Report type: NHS acute trust, well-led and core services</p>

      <section class="rating-box">
        <h2>Overall rating: Inadequate</h2>
        <p>Previous rating (September 2022): Requires improvement</p>
      </section>

      <h2>About this inspection</h2>
      <p>Kestrel Valley Hospitals NHS Trust runs Kestrel Valley General Hospital in Marlow Cross and St Brannoc's Community Hospital in Tolbury. It serves a population of about 540,000 people and employs around 7,300 staff.</p>
      <p>We carried out an unannounced inspection of urgent and emergency care, medical care and maternity services at Kestrel Valley General Hospital from Tuesday 4 March to Thursday 6 March 2025. We inspected how well-led the trust is on Tuesday 1 April and Wednesday 2 April 2025. We did not inspect St Brannoc's Community Hospital on this occasion.</p>
      <p>We inspected because we received information of concern about patient safety, including 31 whistleblowing contacts about the emergency department between October 2024 and February 2025.</p>

      <h2>Ratings for Kestrel Valley General Hospital</h2>
      <table class="ratings">
        <caption>Ratings by service and key question (services rated at this inspection are marked *)</caption>
        <thead>
          <tr><th scope="col">Service</th><th scope="col">Safe</th><th scope="col">Effective</th><th scope="col">Caring</th><th scope="col">Responsive</th><th scope="col">Well-led</th><th scope="col">Overall</th></tr>
        </thead>
        <tbody>
          <tr><th scope="row">Urgent and emergency care*</th><td>Inadequate</td><td>Requires improvement</td><td>Good</td><td>Inadequate</td><td>Inadequate</td><td>Inadequate</td></tr>
          <tr><th scope="row">Medical care (including older people's care)*</th><td>Requires improvement</td><td>Requires improvement</td><td>Good</td><td>Requires improvement</td><td>Requires improvement</td><td>Requires improvement</td></tr>
          <tr><th scope="row">Maternity*</th><td>Inadequate</td><td>Requires improvement</td><td>Good</td><td>Requires improvement</td><td>Inadequate</td><td>Inadequate</td></tr>
          <tr><th scope="row">Surgery</th><td>Good</td><td>Good</td><td>Good</td><td>Requires improvement</td><td>Good</td><td>Good</td></tr>
          <tr><th scope="row">Services for children and young people</th><td>Good</td><td>Good</td><td>Outstanding</td><td>Good</td><td>Good</td><td>Good</td></tr>
        </tbody>
      </table>
      <p>The trust was rated inadequate for being well-led. Ratings for surgery and for services for children and young people are from our inspection in September 2022.</p>

      <h2>What we found</h2>
      <h3>Urgent and emergency care</h3>
      <ul>
        <li>In January 2025, 1,146 patients waited more than 12 hours in the emergency department from a decision to admit them. The longest wait we saw on our inspection was 61 hours.</li>
        <li>On Wednesday 5 March 2025 we saw 27 patients being cared for in corridors, some of them for more than 24 hours.</li>
        <li>The department had 38 registered nurse vacancies, a vacancy rate of 21.4%. Shifts were filled by agency staff who had not always received an induction.</li>
        <li>Only 54% of patients arriving by ambulance were handed over within 30 minutes in February 2025.</li>
      </ul>
      <h3>Maternity</h3>
      <ul>
        <li>The service was short of 17 whole-time equivalent midwives. On 14 of the 28 days we reviewed, the number of midwives on the labour ward was below the planned level.</li>
        <li>Only 68% of maternity staff had completed mandatory training in obstetric emergencies, against a trust target of 90%.</li>
        <li>Checks of emergency equipment were not completed on 9 occasions in the 6 weeks before our inspection.</li>
      </ul>
      <h3>Medical care</h3>
      <ul>
        <li>Staff treated patients with kindness and compassion. Patients told us nurses were "rushed off their feet but always kind".</li>
        <li>Around 110 patients each day were medically fit to leave hospital but remained on wards while they waited for care packages.</li>
      </ul>
      <h3>Well-led</h3>
      <ul>
        <li>The board did not have clear oversight of risks in the emergency department and maternity services.</li>
        <li>The trust spent £14.2 million on agency staff in 2024/25.</li>
        <li>Four of the eight executive director posts had been filled on an interim basis since 2024.</li>
      </ul>

      <h2>Enforcement action</h2>
      <p>On Friday 14 March 2025 we served the trust with a warning notice under Section 29A of the Health and Social Care Act 2008, requiring significant improvements in urgent and emergency care and maternity services. The trust has until Monday 30 June 2025 to make these improvements. We will return to check that they have been made. We have also imposed a condition on the trust's registration requiring it to send us a weekly report on maternity staffing.</p>

      <h2>What our chief inspector said</h2>
      <blockquote>
        <p>"People using the emergency department at Kestrel Valley General were too often cared for in corridors, without the dignity or privacy that everyone deserves. Staff are working incredibly hard, but they are being let down by leaders who did not act on warnings."</p>
        <footer>Professor Siân Mallory, Chief Inspector of Hospitals</footer>
      </blockquote>
      <p>Daniel Okonkwo-Reid, deputy chief inspector for hospitals in the North region, who led the inspection, said: "The trust knows what it needs to do, and we will hold it to account. We expect to see rapid improvement in maternity services in particular."</p>

      <h2>Trust leadership at the time of inspection</h2>
      <ul>
        <li>Chief executive: Dr Miriam Osei-Bonsu (in post since July 2021)</li>
        <li>Chair: Graham Pettifer</li>
        <li>Chief nurse: Rebecca Langridge (interim)</li>
        <li>Medical director: Dr Tomasz Wierzbicki</li>
        <li>Director of midwifery: Joanne Fairclough</li>
      </ul>

      <h2>Read the full report</h2>
      <p><a href="/reports/RKV-4471/2025-06-11/full.pdf">Kestrel Valley Hospitals NHS Trust inspection report (PDF, 2.1 MB, 86 pages)</a></p>
      <p><a href="/reports/RKV-4471/2025-06-11/easy-read.pdf">Easy read summary (PDF, 640 KB)</a></p>
    </article>
  </main>

  <footer class="site-footer">
    <ul>
      <li><a href="/contact">Contact us</a></li>
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/media">Media enquiries</a></li>
    </ul>
    <p>Health Services Inspectorate, Citygate House, 14 Wharf Street, Leeds LS2 7EQ. National contact centre: 0300 555 0142 (Monday to Friday, 8.30am to 5.30pm).</p>
    <p>&copy; Health Services Inspectorate 2025. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
  </footer>
</body>
</html>
`;

const STATEMENT = `# Trust responds to Health Services Inspectorate report

**Kestrel Valley Hospitals NHS Trust – News and media**
**Published: Wednesday 11 June 2025, 10:00**
**For immediate release**

---

## Statement from Dr Miriam Osei-Bonsu, Chief Executive

Kestrel Valley Hospitals NHS Trust today (Wednesday 11 June 2025) responded to the Health Services Inspectorate (HSI) report following its inspection of Kestrel Valley General Hospital in March and April this year. The trust has been rated inadequate overall.

Dr Miriam Osei-Bonsu, Chief Executive, said:

"I want to apologise unreservedly to every patient and family whose care fell short of the standard they had every right to expect. The report makes difficult reading, and we accept its findings in full.

"Our staff have worked under enormous pressure through one of the busiest winters we have known, and I am grateful to each of them. But pressure is not an excuse. We have already made changes, and there is much more to do."

Graham Pettifer, Chair of the trust, added:

"The board takes full responsibility. We did not have the grip on risk in our emergency department and maternity services that our patients needed, and that has changed. The board now reviews emergency department and maternity safety data at every meeting."

## What we have done since the inspection

Since the inspectors' visit in March, the trust has:

- opened a 12-bed same day emergency care unit at Kestrel Valley General Hospital on Monday 2 June 2025, so that patients who do not need an overnight stay can be assessed and treated without waiting in the emergency department;
- welcomed 46 internationally educated nurses, 29 of whom are now working in the emergency department;
- recruited 22 midwives, who have started work since April, with a further 11 due to start in September;
- raised mandatory training compliance in maternity from 68% to 87%;
- introduced twice-daily checks of all emergency equipment in maternity, signed off by the midwife in charge;
- appointed Rebecca Langridge as substantive Chief Nurse, after 14 months in the post on an interim basis.

The trust has also agreed with NHS Kestrel and Wyvern Integrated Care Board an investment of £3.8 million in maternity services over the next two years, including an enlarged triage unit at Kestrel Valley General Hospital.

Rebecca Langridge, Chief Nurse, said: "Nobody comes into nursing to care for people in a corridor. Every nurse I have spoken to wants this to change as much as our patients do, and our new nurses are already making a difference on every shift."

Joanne Fairclough, Director of Midwifery, said: "Women and families can be confident that our maternity unit is safe. We have more midwives on the labour ward than at any time in the last three years, and we will keep publishing our staffing figures every month."

---

## Questions and answers

**Q: What does the inadequate rating mean?**

A: The inspectorate rates services as outstanding, good, requires improvement or inadequate. Inadequate is the lowest rating. It means the inspectors found that the trust's services were not meeting the standards expected in important areas, in particular urgent and emergency care and maternity. Surgery and services for children and young people remain rated good.

**Q: Is it safe to come to Kestrel Valley General Hospital?**

A: Yes. Anyone who needs emergency care should continue to come to our emergency department or call 999. Please do not delay seeking care. If it is not an emergency, NHS 111 can help you find the right service.

**Q: I am pregnant and booked to give birth at Kestrel Valley General. Should I be worried?**

A: We understand why you might be concerned. Our maternity unit is open and providing care as normal, and the inspectors rated our staff as caring. If you have questions, please speak to your community midwife or call our maternity advice line on 01632 960 418, open 24 hours a day.

**Q: What is the warning notice?**

A: On 14 March 2025 the inspectorate issued the trust with a warning notice requiring improvements in urgent and emergency care and maternity by 30 June 2025. We sent the inspectorate our improvement plan on Friday 28 March 2025 and have sent it weekly updates since.

**Q: Will anyone lose their job?**

A: The board's focus is on improving care. The Chief Executive and Chair remain in post, and the board has commissioned an independent review of its governance from the Ashgrove Institute for Healthcare Leadership, which will report in October 2025.

**Q: Will St Brannoc's Community Hospital be affected?**

A: No. Services at St Brannoc's Community Hospital in Tolbury were not inspected and are continuing as normal.

**Q: How long were patients waiting in the emergency department?**

A: In May 2025, 412 patients waited more than 12 hours from a decision to admit, compared with 1,146 in January. This is still too many, and our aim is that no patient waits that long by the end of the year.

---

## Notes to editors

1. Kestrel Valley Hospitals NHS Trust provides acute hospital services to about 540,000 people across Marlow Cross, Tolbury and the surrounding area. It has around 7,300 staff and an annual budget of £612 million.
2. The full HSI report is available on the inspectorate's website.
3. Dr Miriam Osei-Bonsu has been Chief Executive since July 2021. She was previously deputy chief executive of Harrowgate and Lune NHS Foundation Trust.

**Media contact:** Communications team, Kestrel Valley Hospitals NHS Trust, 01632 960 200 (out of hours: 01632 960 999), communications@kestrelvalley.example.nhs.uk

*Ends*
`;

const files = { 'hsi-kestrel-valley-inspection-summary.html': SUMMARY, 'kestrel-valley-trust-statement.md': STATEMENT };

describe("a trust rated inadequate: the inspectorate's summary and the trust's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('"more than 12 hours" bounds a figure and says no direction: "fell from 1,146 in January to 412 in May"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives more, not fell".
    verdict('supported', 'According to the trust, the number of patients waiting more than 12 hours from a decision to admit fell from 1,146 in January to 412 in May 2025.');
  });

  test('a verb of change against the claim\'s own figures, which the evidence gives: "rose from 1,146 in January to 412 in May"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported (the sources give the two figures, and no word of change).
    const r = verdict('contradicted', 'According to the trust, the number of patients waiting more than 12 hours from a decision to admit rose from 1,146 in January to 412 in May 2025.', [['rose', 'fell']]);
    assert.equal(r.conflicts[0].note, 'its figures go from 1,146 to 412');
  });

  test('a post\'s field against another function: "the trust\'s medical director" / "Director of Midwifery"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    // (The post as the claim gives it, now that the summary's labelled lines "Medical director: Dr Tomasz Wierzbicki"
    // and "Director of midwifery: Joanne Fairclough" pair each post with its holder; it was "trust's medical
    // director", from the words around the name.)
    verdict('contradicted', "Joanne Fairclough, the trust's medical director, said women and families can be confident that the maternity unit is safe.", [['medical director', 'Director of Midwifery']]);
    verdict('supported', "Joanne Fairclough, the trust's director of midwifery, said women and families can be confident that the maternity unit is safe.");
  });
});
