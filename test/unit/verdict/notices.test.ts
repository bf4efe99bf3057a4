/**
 * A software company's data breach: its notice to customers (HTML, with "…, our Chief Information Security Officer,
 * said:" and a block quotation signed in its <footer>) and the regulator's statement (plain text). The sources are
 * written for these tests (from a helper's draft); the company, the regulator and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `<!DOCTYPE html>
<html lang="en-IE">
<head>
  <meta charset="utf-8">
  <title>Notice of Data Security Incident | Kestrel Ledger</title>
  <meta name="description" content="Important information for Kestrel Ledger customers about a data security incident discovered on 4 March 2025.">
  <link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Kestrel Ledger</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/products/payroll">Payroll</a></li>
        <li><a href="/products/invoicing">Invoicing</a></li>
        <li><a href="/pricing">Pricing</a></li>
        <li><a href="/support">Support</a></li>
        <li><a href="/login">Log in</a></li>
      </ul>
    </nav>
  </header>

  <main id="content">
    <article class="notice">
      <h1>Notice of Data Security Incident</h1>
      <p class="meta">Published Monday 17 March 2025 &middot; Galway, Ireland</p>

      <p>Dear customer,</p>

      <p>We are writing to tell you about a data security incident that affected some of the information we hold about Kestrel Ledger customers and the employees whose payroll they run with us. We take the protection of your information extremely seriously, and we want to explain clearly what happened, what information was involved and what we are doing about it.</p>

      <h2>What happened</h2>
      <p>At 23:40 on Tuesday 4 March 2025, our security operations team detected unusual query activity on a customer database. Our investigation found that an unauthorised third party had gained access to the database using the login credentials of a support engineer employed by Orbis Helpdesk Solutions, a contractor based in Kraków, Poland, that provides out-of-hours technical support to Kestrel Ledger.</p>
      <p>The unauthorised access began on Wednesday 19 February 2025 and continued until we shut it down at 03:15 on Wednesday 5 March 2025. We disabled the compromised account, revoked all contractor access to production systems and engaged the independent forensic firm Halvorsen Forensics the same day.</p>
      <p>We notified the Data Rights Commission, the data protection regulator, on Friday 7 March 2025, and we have also reported the incident to the police.</p>

      <h2>What information was involved</h2>
      <p>In total, 412,000 customer accounts were affected: 296,000 in Ireland and 116,000 in the United Kingdom. For all of these accounts, the information accessed included:</p>
      <ul>
        <li>names, email addresses, postal addresses and telephone numbers;</li>
        <li>account passwords, which were stored in hashed form using bcrypt.</li>
      </ul>
      <p>For 38,500 business accounts, bank account numbers and sort codes used to pay staff were also accessed. In addition, the Personal Public Service (PPS) numbers of 9,140 employees whose payroll is processed by our customers were exposed.</p>
      <p>Kestrel Ledger does not store full payment card numbers, and no card data was involved.</p>

      <h2>A message from our Chief Executive</h2>
      <blockquote>
        <p>&ldquo;We are deeply sorry. Our customers trusted us with information that matters to their businesses and their staff, and we fell short of that trust. We will not fall short again.&rdquo;</p>
        <footer>&mdash; Siobh&aacute;n Carrow, Chief Executive Officer, Kestrel Ledger</footer>
      </blockquote>

      <h2>Questions and answers</h2>

      <h3>Has my information been misused?</h3>
      <p>Declan Ferris-Okoye, our Chief Information Security Officer, said: &ldquo;There is no evidence that any of the data has been published or offered for sale, and we are monitoring closely to make sure that remains the case.&rdquo; Even so, we recommend that you stay alert to emails, texts and phone calls that appear to come from Kestrel Ledger or your bank.</p>

      <h3>Do I need to change my password?</h3>
      <p>Yes. Although passwords were hashed, we reset every affected password on Thursday 6 March 2025 as a precaution. When you next log in you will be asked to choose a new password and to turn on two-step verification, which is now mandatory for all accounts.</p>

      <h3>What are you offering affected customers?</h3>
      <p>We are offering 24 months of free credit and identity monitoring through Sentinel ID to every affected customer and to every employee whose PPS number was exposed. You can enrol until Monday 30 June 2025 using the code in the email we sent you.</p>

      <h3>How will I know if I am affected?</h3>
      <p>We began emailing every affected customer on Monday 17 March 2025 and expect to have contacted all of them by Friday 21 March 2025. We will never ask for your password or bank details by email or phone.</p>

      <h3>What has changed to stop this happening again?</h3>
      <p>All contractor access now requires multi-factor authentication and is limited to working hours, and we have ended our contract with Orbis Helpdesk Solutions. We are also investing &euro;4.5 million over the next two years in our security programme.</p>

      <h3>Who can I contact?</h3>
      <p>Our dedicated helpline, 1800 555 014, is open from 8am to 8pm, Monday to Saturday. Customers in the United Kingdom can call 0808 196 2270. You can also write to our Data Protection Officer, Marta Lindqvist, at <a href="mailto:dpo@kestrelledger.ie">dpo@kestrelledger.ie</a>.</p>

      <p>We sincerely apologise for the concern this may cause you.</p>
      <p>Siobh&aacute;n Carrow<br>Chief Executive Officer<br>Kestrel Ledger Ltd</p>
    </article>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <ul>
        <li><a href="/about">About us</a></li>
        <li><a href="/careers">Careers</a></li>
        <li><a href="/privacy">Privacy notice</a></li>
        <li><a href="/cookies">Cookie settings</a></li>
        <li><a href="/security">Security</a></li>
      </ul>
    </nav>
    <p>Kestrel Ledger Ltd, Unit 4, Ballybrit Business Park, Galway H91 X2K7, Ireland. Registered in Ireland, company number 584213.</p>
    <p>&copy; 2025 Kestrel Ledger Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
`;

const STATEMENT = `DATA RIGHTS COMMISSION
Harcourt Quay, Dublin 2, D02 YX61
www.datarights.ie | press@datarights.ie

PRESS STATEMENT
For immediate release
Thursday 20 March 2025

DATA RIGHTS COMMISSION OPENS INQUIRY INTO KESTREL LEDGER DATA BREACH

The Data Rights Commission (DRC) has today opened a statutory inquiry into a personal data breach at Kestrel Ledger Ltd, a Galway-based provider of cloud payroll and invoicing software for small businesses.

The inquiry, reference IN-25-3-07, was opened under Section 110 of the Data Protection Act 2018. It will examine whether Kestrel Ledger complied with its obligations under the General Data Protection Regulation (GDPR), including Article 32 (security of processing), Article 33 (notification of a personal data breach to the supervisory authority) and Article 34 (communication of a personal data breach to the data subject).

BACKGROUND

Kestrel Ledger notified the Commission of the breach at 16:05 on Friday 7 March 2025, under breach notification reference BN-2025-0318. The company reported that it detected the incident late on the evening of Tuesday 4 March 2025, some 64 hours before it notified the Commission, which is within the 72-hour deadline set by Article 33.

According to the notification, an unauthorised party accessed a customer database over a period of 14 days, from Wednesday 19 February to Wednesday 5 March 2025, using the credentials of an employee of a third-party support contractor. The Commission understands that the contractor's account was not protected by multi-factor authentication.

The breach affected 412,000 customer accounts, of which 296,000 are held by customers in Ireland. The data involved includes contact details and hashed passwords for all affected accounts, bank account details for 38,500 business accounts and the Personal Public Service numbers of 9,140 employees.

This is the largest breach notified to the Commission so far in 2025, and the second-largest notified since the Commission was established in May 2019.

As of 5pm on Wednesday 19 March 2025, the Commission had received 1,460 complaints from members of the public about the breach, 212 of them from people who said they had received suspicious phone calls or text messages. The Commission has also been in contact with the Information Commissioner's Office in the United Kingdom, where 116,000 of the affected accounts are held.

STATEMENT FROM THE COMMISSIONER

Dr Aoife Brannigan, Commissioner for Data Protection, said:

"A payroll provider holds some of the most sensitive information a business has about its people. Customers are entitled to expect that access to that information is tightly controlled, and that includes access by contractors. Our inquiry will establish whether Kestrel Ledger met that standard."

Dr Brannigan added that the Commission had asked the company to provide a full report on the breach by Wednesday 30 April 2025.

Ruairí Feeney, Deputy Commissioner and Head of Investigations, said:

"We have no indication at this stage that the data has been used to commit fraud. But people who receive a call or message claiming to be from Kestrel Ledger or their bank should hang up and contact the organisation directly."

POSSIBLE OUTCOMES

Where an inquiry finds an infringement of the GDPR, the Commission may issue a reprimand, order a controller to bring its processing into compliance, or impose an administrative fine. For infringements of Article 32, fines can reach €10 million or 2% of the controller's total worldwide annual turnover in the preceding financial year, whichever is higher. Kestrel Ledger reported a turnover of €186 million for 2024.

The Commission does not comment on the likely duration of an inquiry. Inquiries of this kind typically take between 12 and 18 months to complete.

ADVICE FOR AFFECTED INDIVIDUALS

The Commission advises anyone who has received a notification from Kestrel Ledger to:

- change their Kestrel Ledger password and any other account that uses the same password;
- be wary of unsolicited calls, emails or texts asking for personal or financial information;
- check bank statements regularly and report any unfamiliar transactions to their bank;
- consider enrolling in the free identity monitoring service offered by the company.

Anyone who believes their data protection rights have been infringed can lodge a complaint with the Commission online at www.datarights.ie/complaints or by calling 01 765 0100 between 9:30am and 5pm, Monday to Friday.

ENDS

NOTES TO EDITORS

1. The Data Rights Commission is Ireland's independent supervisory authority for data protection. It was established on 25 May 2019 and has a staff of 310.
2. Dr Aoife Brannigan was appointed Commissioner for Data Protection in September 2022 for a five-year term.
3. The Commission received 5,842 breach notifications in 2024, according to its annual report, an increase of 9% on 2023.

Media contact: Niamh Ó Dálaigh, Communications Manager, +353 1 765 0142, press@datarights.ie
`;

const files = { 'kestrel-customer-notice.html': NOTICE, 'drc-statement.txt': STATEMENT };

describe("a data breach: the company's notice and the regulator's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('a post written "our Chief Information Security Officer" is shown without "our"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was "it names Declan Ferris-Okoye as the our Chief Information Security Officer".
    const r = verdict('contradicted', "Declan Ferris-Okoye, Kestrel Ledger's data protection officer, said there was no evidence that any of the data had been published or offered for sale.", [["Kestrel Ledger's data protection officer", 'Chief Information Security Officer']]);
    assert.equal(r.conflicts[0].note, 'it names Declan Ferris-Okoye as the Chief Information Security Officer');
  });
});
