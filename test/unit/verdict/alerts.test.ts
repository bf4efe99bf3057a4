/**
 * A medicines recall: the regulator's drug alert (HTML, with a table of batches) and the manufacturer's statement and
 * questions and answers (Markdown). The sources are written for these tests (from a helper's draft); the company, the
 * medicine and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const ALERT = `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>Class 2 Medicines Recall: Halvorsen Pharma Ltd, Lorvastin 20 mg film-coated tablets, EL (24)A/19 - GOV.UK</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Halvorsen Pharma Ltd is recalling four batches of Lorvastin 20 mg film-coated tablets due to out-of-specification dissolution results.">
  <link rel="stylesheet" href="/assets/static/application.css">
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <div id="global-cookie-message" class="gem-c-cookie-banner">
    <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use GOV.UK.</p>
    <button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button> <a href="/help/cookies">View cookies</a>
  </div>
  <header class="govuk-header" role="banner">
    <div class="govuk-header__container">
      <a href="https://www.gov.uk/" class="govuk-header__link--homepage">GOV.UK</a>
      <nav aria-label="Menu" class="gem-c-layout-super-navigation-header">
        <ul>
          <li><a href="/browse">Topics</a></li>
          <li><a href="/government/organisations">Government activity</a></li>
          <li><a href="/search">Search GOV.UK</a></li>
        </ul>
      </nav>
    </div>
  </header>
  <div class="govuk-width-container">
    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol class="govuk-breadcrumbs__list">
        <li><a href="/">Home</a></li>
        <li><a href="/health-and-social-care">Health and social care</a></li>
        <li><a href="/health-and-social-care/medicines-medical-devices-blood">Medicines, medical devices</a></li>
        <li><a href="/drug-device-alerts">Alerts, recalls and safety information: medicines and medical devices</a></li>
      </ol>
    </nav>
    <main id="main-content" class="govuk-main-wrapper" role="main">
      <span class="govuk-caption-xl">Medical safety alert</span>
      <h1 class="gem-c-title__text">Class 2 Medicines Recall: Halvorsen Pharma Ltd, Lorvastin 20 mg film-coated tablets, EL (24)A/19</h1>
      <p class="gem-c-lead-paragraph">Halvorsen Pharma Ltd is recalling four batches of Lorvastin 20 mg film-coated tablets as a precautionary measure due to out-of-specification results for dissolution found during routine stability testing.</p>
      <div class="gem-c-metadata">
        <dl>
          <dt>From:</dt><dd><a href="/government/organisations/medicines-and-healthcare-products-regulatory-agency">Medicines and Healthcare products Regulatory Agency</a></dd>
          <dt>Published:</dt><dd>14 May 2024</dd>
          <dt>Alert type:</dt><dd>Medicines recall</dd>
          <dt>Medical specialty:</dt><dd>Cardiovascular disease and lipidology, General practice, Pharmacy</dd>
          <dt>Issued:</dt><dd>14 May 2024</dd>
        </dl>
      </div>

      <div class="govuk-govspeak">
        <h2 id="details">Medicines recall notification</h2>
        <p><strong>Recall</strong></p>
        <p>Class 2 Medicines Recall</p>
        <p><strong>Action Within 48 Hours</strong></p>
        <p>Pharmacy and Wholesaler Level Recall</p>
        <p><strong>Date issued:</strong> Tuesday 14 May 2024</p>
        <p><strong>Our ref:</strong> EL (24)A/19</p>
        <p><strong>Company name:</strong> Halvorsen Pharma Ltd</p>

        <h3 id="product-description">Product description</h3>
        <p>Lorvastin 20 mg film-coated tablets (atorvastatin calcium trihydrate), PL 31456/0087. Lorvastin is a statin used to lower cholesterol and reduce the risk of heart attack and stroke.</p>
        <table>
          <thead>
            <tr><th>Batch number</th><th>Expiry date</th><th>Pack size</th><th>First distributed</th></tr>
          </thead>
          <tbody>
            <tr><td>HV23114</td><td>31/08/2025</td><td>28</td><td>02/10/2023</td></tr>
            <tr><td>HV23127</td><td>30/09/2025</td><td>28</td><td>16/10/2023</td></tr>
            <tr><td>HV23152</td><td>30/11/2025</td><td>84</td><td>11/12/2023</td></tr>
            <tr><td>HV24009</td><td>31/01/2026</td><td>28</td><td>22/01/2024</td></tr>
          </tbody>
        </table>

        <h3 id="background">Background</h3>
        <p>Halvorsen Pharma Ltd notified the MHRA on Thursday 9 May 2024 that retained samples of the above batches had failed the dissolution test at the 12-month stability time point. In the affected samples, as little as 68% of the active ingredient dissolved within 30 minutes, compared with a specification of not less than 80%. This means the tablets may release the medicine more slowly than intended.</p>
        <p>Approximately 41,300 packs from the four batches were distributed to wholesalers and pharmacies in England, Scotland and Wales between October 2023 and January 2024. The affected batches were not distributed in Northern Ireland and were not exported.</p>
        <p>There is no evidence that patients have been harmed and the risk to patients is considered low. The MHRA has not received any Yellow Card reports associated with the affected batches. Lorvastin 10 mg, 40 mg and 80 mg tablets are not affected by this recall, and no other batches of Lorvastin 20 mg film-coated tablets are affected.</p>
        <p>Dr Priya Raman, Deputy Director of Inspection, Enforcement and Standards at the MHRA, said: "Patients should not stop taking their medicine. This is a precautionary recall at pharmacy and wholesaler level, and we have acted quickly to remove these batches from the supply chain."</p>

        <h3 id="advice-for-healthcare-professionals">Advice for healthcare professionals</h3>
        <p>Stop supplying the above batches immediately. Quarantine all remaining stock and return it to your supplier using your supplier's approved process.</p>
        <p>A patient-level recall is not required. Patients who have already been dispensed tablets from the affected batches should continue to take them until their next routine prescription is due.</p>
        <p>Wholesalers should contact customers who have been supplied with the affected batches. Replacement stock from unaffected batches is available and there is no expected impact on supply.</p>

        <h3 id="advice-for-patients">Advice for patients</h3>
        <p>Patients should not stop taking their medicine. No action is needed by patients, as this recall is at pharmacy and wholesaler level only. Patients who have questions or who experience side effects should speak to their pharmacist or GP.</p>
        <p>Patients who experience adverse reactions or have any questions about their medication should seek medical attention. Any suspected adverse reactions should be reported via the MHRA Yellow Card scheme.</p>

        <h3 id="further-information">Further information</h3>
        <p>For medical information enquiries, please contact Halvorsen Pharma Ltd on 0800 048 3312, Monday to Friday, 8:30am to 5:30pm, or email medinfo@halvorsenpharma.co.uk.</p>
        <p>For stock control enquiries, please contact the Halvorsen Pharma customer services team on 0118 496 0271.</p>
        <p>Recipients of this Medicines Recall should bring it to the attention of relevant contacts by copy of this notice. NHS regional teams are asked to forward this to community pharmacists and dispensing general practitioners for information.</p>
        <p>Yours faithfully,<br>Defective Medicines Report Centre<br>10 South Colonnade<br>Canary Wharf<br>London<br>E14 4PU<br>Telephone 020 3080 6574<br>DMRC@mhra.gov.uk</p>
      </div>

      <div class="gem-c-print-link"><button class="govuk-link">Print this page</button></div>
      <p class="gem-c-published-dates">Published 14 May 2024</p>
    </main>
  </div>
  <footer class="govuk-footer" role="contentinfo">
    <div class="govuk-width-container">
      <nav class="govuk-footer__navigation">
        <h2 class="govuk-visually-hidden">Services and information</h2>
        <ul class="govuk-footer__list">
          <li><a href="/browse/benefits">Benefits</a></li>
          <li><a href="/browse/births-deaths-marriages">Births, death, marriages and care</a></li>
          <li><a href="/browse/business">Business and self-employed</a></li>
          <li><a href="/browse/health">Health and social care</a></li>
          <li><a href="/browse/justice">Crime, justice and the law</a></li>
        </ul>
      </nav>
      <ul class="govuk-footer__inline-list">
        <li><a href="/help">Help</a></li>
        <li><a href="/help/privacy-notice">Privacy</a></li>
        <li><a href="/help/cookies">Cookies</a></li>
        <li><a href="/help/accessibility-statement">Accessibility statement</a></li>
        <li><a href="/contact">Contact</a></li>
        <li><a href="/help/terms-conditions">Terms and conditions</a></li>
      </ul>
      <p>All content is available under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>, except where otherwise stated</p>
      <p><a href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">© Crown copyright</a></p>
    </div>
  </footer>
</body>
</html>
`;

const STATEMENT = `# Halvorsen Pharma voluntarily recalls four batches of Lorvastin 20 mg tablets

**FOR IMMEDIATE RELEASE**
**Reading, UK — Wednesday 15 May 2024**

Halvorsen Pharma Ltd today confirmed that it is voluntarily recalling four batches of Lorvastin 20 mg film-coated tablets from pharmacies and wholesalers in Great Britain, in agreement with the Medicines and Healthcare products Regulatory Agency (MHRA). The regulator published a Class 2 drug alert on Tuesday.

The issue was identified at the company's manufacturing site in Wrexham, north Wales, during a scheduled 12-month stability check on 7 May. Samples from the four batches dissolved more slowly than the product specification allows. The company informed the MHRA two days later.

The affected batches — HV23114, HV23127, HV23152 and HV24009 — were all produced on a single tablet press, known as Line 3, between August and December 2023. Line 3 has been taken out of service while the investigation continues. The company's other two Lorvastin production lines at Wrexham are not affected.

Martin Ekdahl, Chief Executive of Halvorsen Pharma, said: "Patient safety is the first thing we think about every morning, and we will not compromise on it. We are sorry for the inconvenience this causes pharmacists and their patients, and we are working around the clock to make sure nobody goes without their medicine."

Dr Fiona McAllister, Chief Quality Officer, said: "The tablets are not contaminated; they simply dissolve more slowly than they should towards the end of their shelf life. We picked this up through our own testing, which is exactly what that testing is there for."

Halvorsen supplies about 2.6 million packs of Lorvastin to the UK market each year. The 41,300 packs covered by the recall represent less than 2% of that annual volume. The company estimates that around 29,000 patients received tablets from the affected batches.

The company has received no reports of adverse reactions linked to the affected batches. Lorvastin 10 mg, 40 mg and 80 mg tablets are not part of the recall.

Halvorsen expects the recall to cost approximately £1.2 million, including the cost of replacement stock, logistics and reimbursing pharmacies. The company said it does not expect the recall to affect its full-year profit guidance, which it will update alongside its half-year results on 24 July.

Replacement stock, starting with batch HV24031, will be available from all major wholesalers from Monday 20 May. As a courtesy, Halvorsen has also informed the Health Products Regulatory Authority (HPRA) in Ireland, although none of the affected batches were sold there.

---

## Questions and answers for patients and pharmacists

**I take Lorvastin 20 mg. Should I stop taking it?**

No. Do not stop taking your medicine. The recall is at pharmacy and wholesaler level, and patients do not need to return tablets they already have. Keep taking your tablets as prescribed until your next routine prescription is due. If you are worried, speak to your pharmacist or GP.

**How do I know if my tablets come from an affected batch?**

The batch number is printed on the side of the carton and on the back of each blister strip, after the letters "Lot". All affected batch numbers begin with "HV23" or "HV24" and are listed above. Even if your tablets are from an affected batch, you should continue to take them.

**Is this dangerous?**

The risk is low. Slower dissolution could mean that slightly less of the medicine is absorbed. "Lowering cholesterol is a long-term treatment, and a small reduction in effect over a few weeks is very unlikely to cause any harm," said Dr McAllister. The tablets do not contain any harmful substance.

**What went wrong?**

The company's preliminary finding is that the tablet coating on Line 3 was applied more thickly than specified after a maintenance change to the coating drum in July 2023. A thicker coating takes longer to break down in the body. The full investigation is expected to conclude by the end of June 2024, and its findings will be shared with the MHRA.

**Will pharmacies be reimbursed?**

Yes. Halvorsen will reimburse pharmacies for all returned stock at the full list price: £1.95 for a 28-tablet pack and £5.10 for an 84-tablet pack. Pharmacies should return stock through their usual wholesaler. Patients will not be charged anything extra for replacement supplies.

**Will there be a shortage?**

No shortage is expected. The company holds more than 14 weeks of unaffected Lorvastin 20 mg stock in its UK warehouse in Thatcham, Berkshire.

**Who can I contact?**

The Halvorsen medical information line, 0800 048 3312, is open Monday to Friday, 8:30am to 5:30pm. It will also open on Saturday 18 May, from 9am to 1pm, to answer questions about the recall. Pharmacists with stock enquiries should call customer services on 0118 496 0271.

---

**About Halvorsen Pharma**

Halvorsen Pharma Ltd is a manufacturer of generic and branded medicines, headquartered in Reading, Berkshire. Founded in 1987, it employs around 1,150 people in the UK, including 640 at its Wrexham manufacturing site.

**Media contact**

Tom Baverstock, Head of Communications
press@halvorsenpharma.co.uk
+44 (0)118 496 0300
`;

const files = { 'mhra-drug-alert-EL24A19.html': ALERT, 'halvorsen-press-statement-and-qa.md': STATEMENT };

describe("a drug recall: the regulator's alert and the maker's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('"at least 80%" is "not less than 80%"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states 80%".
    verdict('supported', 'In the failed samples, as little as 68% of the active ingredient dissolved within 30 minutes, against a specification of at least 80%.');
  });

  test('"None of the affected batches were distributed" denies what "The affected batches were not distributed" does', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source says the opposite".
    verdict('supported', 'None of the affected batches were distributed in Northern Ireland.');
    verdict('contradicted', 'All of the affected batches were distributed in Northern Ireland.');
  });

  test('"more thinly" / "more thickly"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', "The company's preliminary finding is that the coating on Line 3 was applied more thinly than specified after a maintenance change in July 2023.", [['thinly', 'thickly']]);
    verdict('supported', "The company's preliminary finding is that the coating on Line 3 was applied more thickly than specified after a maintenance change in July 2023.");
  });
});
