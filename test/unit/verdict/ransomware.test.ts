/**
 * A ransomware attack on a hospital trust: the trust's statement (HTML) and the national cyber agency's advisory
 * (Markdown). "400 terabytes" is not the advisory's "400 gigabytes". The sources are written for these tests (from a
 * helper's draft); the trust, agency and people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Update on cyber incident affecting our hospitals | Harrowgate Vale University Hospitals NHS Foundation Trust</title>
  <meta name="description" content="Latest information for patients and visitors about the cyber incident affecting Harrowgate Vale University Hospitals NHS Foundation Trust.">
  <link rel="stylesheet" href="/assets/css/main.min.css">
  <link rel="icon" href="/favicon.ico">
</head>
<body class="page-news">
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <div class="container">
      <a class="logo" href="/"><img src="/assets/img/hvuh-logo.svg" alt="Harrowgate Vale University Hospitals NHS Foundation Trust"></a>
      <nav class="primary-nav" aria-label="Main navigation">
        <ul>
          <li><a href="/patients-and-visitors">Patients and visitors</a></li>
          <li><a href="/our-services">Our services</a></li>
          <li><a href="/our-hospitals">Our hospitals</a></li>
          <li><a href="/work-for-us">Work for us</a></li>
          <li><a href="/about-us">About us</a></li>
          <li class="active"><a href="/news">News</a></li>
          <li><a href="/contact-us">Contact us</a></li>
        </ul>
      </nav>
      <form class="site-search" action="/search" method="get">
        <label for="q" class="visually-hidden">Search this site</label>
        <input id="q" name="q" type="search" placeholder="Search">
        <button type="submit">Search</button>
      </form>
    </div>
  </header>

  <div class="alert-banner" role="alert">
    <div class="container">
      <p><strong>Cyber incident:</strong> Our emergency departments remain open. Please keep attending appointments unless we contact you to say otherwise.</p>
    </div>
  </div>

  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <div class="container">
      <ol>
        <li><a href="/">Home</a></li>
        <li><a href="/news">News</a></li>
        <li aria-current="page">Update on cyber incident</li>
      </ol>
    </div>
  </nav>

  <main id="main-content" class="container">
    <article class="news-article">
      <h1>Update on cyber incident affecting our hospitals</h1>
      <p class="meta">Published: Thursday 13 March 2025, 4pm &middot; Category: Trust news</p>

      <p>Harrowgate Vale University Hospitals NHS Foundation Trust is continuing to respond to a ransomware attack on its IT systems. This statement provides an update on the impact on patient services at St Aldric's Hospital in Kingsmere, Brambridge General Hospital and Oakhurst Community Hospital.</p>

      <h2>What happened</h2>
      <p>At around 2.40am on Sunday 9 March, our IT team detected unusual encryption activity on a number of servers in our data centre. We immediately isolated affected systems and disconnected the trust from the wider NHS network as a precaution. A critical incident was declared at 6.15am the same morning.</p>
      <p>The attack has affected our pathology laboratory system, our radiology imaging system (PACS) and our pharmacy dispensing system. Parts of our electronic patient record are also unavailable. Email, telephones and our maternity systems have not been affected.</p>

      <h2>Impact on patients</h2>
      <p>Between Monday 10 March and Friday 14 March we have postponed 1,184 outpatient appointments and 312 planned operations. Of the postponed operations, 46 were cancer procedures, all of which we aim to rebook within two weeks. Every patient whose appointment or operation has been affected has been, or will be, contacted directly by the trust.</p>
      <p>Our pathology laboratories normally process around 9,000 blood samples a day. They are currently able to process about 2,700, or 30 per cent of usual capacity. We have asked GP practices in the area to send only urgent blood tests until further notice. Ellesford Royal Infirmary, about 40 miles away, is processing some of our samples under mutual aid arrangements.</p>
      <p>Both emergency departments, at St Aldric's and Brambridge General, remain open. Since Monday, 27 ambulances have been diverted to neighbouring hospitals for patients needing specialist stroke or heart attack care. Attendances at our emergency departments fell by 18 per cent this week compared with the same week last year, which suggests people are heeding advice to use NHS 111 for less urgent problems.</p>
      <p>Maternity services at St Aldric's are running normally and no births have been moved to other hospitals.</p>

      <h2>What our leaders say</h2>
      <p>Dr Helen Okafor, chief executive of the trust, said: "I want to apologise to every patient whose care has been disrupted this week. Our staff have worked through the night, every night, and I am deeply proud of them. We will not be paying any ransom."</p>
      <p>Professor Mark Lindqvist, the trust's medical director, said: "Patient safety is our overriding priority. Clinicians have gone back to paper records and we are prioritising the most urgent cases, including cancer and cardiac patients. If you are unwell, please do not stay away from our emergency departments."</p>

      <h2>Patient data</h2>
      <p>We have not so far found any evidence that patient data has been taken from our systems, but we cannot yet rule this out. We are working with the National Cyber Security Agency, the Regional Organised Crime Unit and NHS England to establish exactly what happened. We have also reported the incident to the Information Commissioner's Office, as required by law.</p>

      <h2>Recovery</h2>
      <p>More than 120 staff from across the trust have been redeployed to support the response, including administrative staff working extra shifts to contact patients. Restoring systems safely will take time. We expect our pathology system to be partly restored by Monday 17 March, but full recovery of all systems could take several weeks.</p>
      <p>The trust's board met in an extraordinary session on Tuesday 11 March and approved up to &pound;2.5 million in emergency spending on recovery, including specialist forensic support.</p>

      <h2>What you should do</h2>
      <ul>
        <li>Please attend your appointment as planned unless we have contacted you to rearrange it.</li>
        <li>If you need urgent medical help, call 999 or go to an emergency department. For less urgent problems, use NHS 111 online or call 111.</li>
        <li>Be alert to scam calls, texts or emails claiming to be from the trust. We will never ask you for bank details.</li>
        <li>Our dedicated patient helpline, 0800 917 4432, is open from 8am to 8pm, seven days a week.</li>
      </ul>
      <p>We will publish a further update on Monday 17 March.</p>
    </article>

    <aside class="related-links">
      <h2>Related information</h2>
      <ul>
        <li><a href="/news/cyber-incident-9-march">Statement: critical incident declared (9 March 2025)</a></li>
        <li><a href="/patients-and-visitors/appointments">Managing your appointment</a></li>
        <li><a href="/about-us/privacy">How we use your information</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <div class="container">
      <div class="footer-columns">
        <div>
          <h3>Contact us</h3>
          <p>St Aldric's Hospital, Wexley Road, Kingsmere KM4 2RL</p>
          <p>Switchboard: 01632 960 100</p>
        </div>
        <div>
          <h3>Useful links</h3>
          <ul>
            <li><a href="/accessibility">Accessibility</a></li>
            <li><a href="/freedom-of-information">Freedom of information</a></li>
            <li><a href="/cookies">Cookies</a></li>
            <li><a href="/sitemap">Sitemap</a></li>
          </ul>
        </div>
        <div>
          <h3>Follow us</h3>
          <ul class="social">
            <li><a href="https://www.facebook.com/HarrowgateValeNHS">Facebook</a></li>
            <li><a href="https://www.instagram.com/harrowgatevalenhs">Instagram</a></li>
            <li><a href="https://www.linkedin.com/company/harrowgate-vale-nhs">LinkedIn</a></li>
          </ul>
        </div>
      </div>
      <p class="copyright">&copy; 2025 Harrowgate Vale University Hospitals NHS Foundation Trust. All rights reserved.</p>
    </div>
  </footer>
  <script src="/assets/js/main.min.js" defer></script>
</body>
</html>
`;

const ADVISORY = `# NCSA Advisory AA-2025-014: Grey Lantern ransomware targeting UK organisations through unpatched VPN appliances

**Published:** Wednesday 12 March 2025
**TLP:** CLEAR
**Issued by:** National Cyber Security Agency (NCSA), Incident Management Directorate

## Summary

The National Cyber Security Agency (NCSA) is aware of an ongoing ransomware campaign by a criminal group known as **Grey Lantern**. The group operates a ransomware-as-a-service model, in which affiliates carry out intrusions and share ransom payments with the group's core developers.

Since January 2025, Grey Lantern affiliates have compromised at least 17 organisations in the UK, six of which are in the health sector. Worldwide, the group has listed more than 140 victims on its data leak site since it first appeared in September 2024.

The NCSA is supporting Harrowgate Vale University Hospitals NHS Foundation Trust, which disclosed a ransomware attack on 9 March 2025. Our investigation indicates that Grey Lantern first gained access to the trust's network on 14 February 2025, 23 days before the ransomware was deployed.

This advisory sets out what we know about the group's tactics and the steps organisations should take now.

## Key points

- Initial access is most often gained by exploiting CVE-2025-21877, a critical vulnerability in Castellan SecureGate VPN appliances.
- The vendor released a patch on 28 January 2025. Organisations that have not applied it should assume compromise.
- Grey Lantern steals data before encrypting systems and threatens to publish it unless a ransom is paid ("double extortion").
- Ransom demands observed by the NCSA have ranged from $400,000 to $4.5 million, usually requested in Bitcoin.
- The NCSA does not encourage, endorse or condone the payment of ransoms.

## Technical details

### Initial access

In the majority of incidents we have investigated, the affiliate exploited CVE-2025-21877 in internet-facing Castellan SecureGate appliances to obtain valid credentials. In a smaller number of cases, access was gained using stolen passwords on remote access accounts that were not protected by multi-factor authentication (MFA).

NCSA internet scanning found around 2,300 vulnerable SecureGate devices in the UK on 10 March 2025, down from about 5,100 on 1 February 2025. The fall shows that many organisations have patched, but a significant number of devices remain exposed.

### Lateral movement and data theft

Once inside a network, the actors typically spend between two and four weeks mapping systems and escalating privileges. They have been seen using legitimate remote management tools such as AnyDesk, and the open-source tool Rclone to copy data to cloud storage accounts they control. In one case investigated by the NCSA, around 400 gigabytes of data was exfiltrated over three nights.

### Encryption and extortion

Encryption is usually launched in the early hours of a weekend, when fewer IT staff are on duty. Backups connected to the network are deleted or encrypted first. A ransom note named \`LANTERN_README.txt\` directs victims to a negotiation portal on the Tor network and sets a deadline of seven days before stolen data is published.

The NCSA has not seen evidence that paying a ransom results in stolen data being deleted. In at least two cases in 2024, victims who paid were contacted again with further demands.

## Context

Ransomware incidents reported to the NCSA rose by 31% in 2024 compared with 2023, and healthcare remained one of the three most frequently targeted sectors. The NCSA handled 74 nationally significant ransomware incidents in 2024.

Paul Adeyemi, the NCSA's Director of Incident Management, said: "Grey Lantern is opportunistic and aggressive. It does not distinguish between a retailer and a hospital, and it will exploit any door left open."

Rachel Dunmore, chief executive of the NCSA, said: "The patch for this vulnerability has been available for six weeks. Any organisation that has not applied it should act today, and should assume that attackers may already be inside."

## Recommendations

The NCSA recommends that all organisations, and in particular health, local government and education bodies, take the following actions:

1. **Patch now.** Apply the vendor's update for CVE-2025-21877 within 48 hours. If this is not possible, disconnect affected SecureGate appliances from the internet.
2. **Enforce MFA.** Require multi-factor authentication on all remote access, VPN and administrator accounts.
3. **Reset credentials.** Reset passwords for all accounts that have authenticated through a vulnerable appliance since 28 January 2025.
4. **Protect backups.** Keep at least one copy of critical backups offline and test restoration regularly.
5. **Hunt for indicators.** Look for unexpected use of AnyDesk and Rclone, and for large outbound data transfers at night.
6. **Report incidents.** Report suspected compromise to the NCSA within 24 hours through the incident reporting portal.

## Indicators of compromise

A full list of file hashes, IP addresses and domains associated with Grey Lantern activity is available to registered organisations through the NCSA's Threat Sharing Platform. The list will be updated as our investigations continue.

## Contact

Organisations that believe they have been affected should contact the NCSA incident management team immediately. Media enquiries should be directed to the NCSA press office.

*This advisory will be updated as more information becomes available. Version 1.0, 12 March 2025.*
`;

const files = { 'trust-statement-cyber-incident.html': STATEMENT, 'ncsa-advisory-grey-lantern.md': ADVISORY };

describe('a hospital ransomware attack: the trust\'s statement and the agency\'s advisory, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('terabytes are not gigabytes', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported (the bare 400 stated "400 terabytes"), then unsupported; the sentence has another unit in its place.
    verdict('contradicted', 'In one case investigated by the NCSA, around 400 terabytes of data was exfiltrated over three nights.');
    verdict('supported', 'In one case investigated by the NCSA, around 400 gigabytes of data was exfiltrated over three nights.');
  });

  test('"Rachel Dunmore, chief executive of the NCSA, said Grey Lantern …" is Rachel Dunmore speaking, not Grey Lantern', async () => {
    // Was "These words were said by Paul Adeyemi, not Grey Lantern", and a false error for Paul Adeyemi himself.
    const wrong = await checkAgainst(files, '# Attack\n\nRachel Dunmore, chief executive of the NCSA, said Grey Lantern "will exploit any door left open".\n');
    assert.deepEqual(wrong.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message.replace(/ \(.*$/, '')), ['These words were said by Paul Adeyemi, not Rachel Dunmore']);
    const right = await checkAgainst(files, "# Attack\n\nPaul Adeyemi, the NCSA's Director of Incident Management, said Grey Lantern \"will exploit any door left open\".\n");
    assert.deepEqual(right.findings.map((f) => f.message), []);
  });

  test('a hospital in another\'s place, its name given only by the first paragraph\'s list', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported (the paragraph that lists the trust's three hospitals was paired with the sentence).
    verdict('contradicted', 'Maternity services at Brambridge General Hospital are running normally and no births have been moved elsewhere.');
    verdict('supported', "Maternity services at St Aldric's Hospital are running normally and no births have been moved elsewhere.");
  });
});
