/**
 * A crown court sentencing for an investment fraud: the judge's sentencing remarks (plain text) and the prosecution
 * service's press release (HTML). The sources are written for these tests (from a helper's draft); the firm and the
 * people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REMARKS = `IN THE CROWN COURT AT SOUTHWARK

R

-v-

MARCUS ANTHONY HALE
DANIEL OKAFOR
SUSAN BRIGHTWELL

SENTENCING REMARKS OF HIS HONOUR JUDGE RICHARD FENWICK KC

Friday 14 March 2025

Indictment No. T20237142

1. Marcus Hale, Daniel Okafor and Susan Brightwell, please remain seated while I explain the sentences I am about to pass. You will stand when I pass sentence on each of you.

2. On Tuesday 4 February 2025, after a trial lasting eleven weeks, the jury convicted you, Mr Hale, of two counts of conspiracy to defraud and one count of fraudulent trading under section 993 of the Companies Act 2006. Mr Okafor, you were convicted of one count of conspiracy to defraud. Mrs Brightwell, you pleaded guilty on the first day of trial to one count of failing to disclose information under section 3 of the Fraud Act 2006, and I give you credit for that plea.

3. Between June 2017 and September 2021 you ran, through a company called Larchmont Capital Partners Limited, which had offices in Canary Wharf and later in Guildford, what was in truth a Ponzi scheme. Investors were told that their money would be placed in bridging loans secured against residential property in the north of England and would earn a fixed return of 12 per cent a year. That was a lie. No bridging loans of the kind described were ever made. The money paid out to earlier investors as "interest" came from the deposits of later investors.

4. The scale of the fraud was very considerable. In total 412 people invested £18.6 million with Larchmont. Of that sum, approximately £7.9 million was paid back to investors as purported returns in order to keep the scheme going, and the rest was lost. The net loss to investors is £10.7 million. Many of the victims were retired, and more than 140 of them had transferred money out of their pensions on your advice.

5. I have read a large number of victim personal statements. I will mention only a few. Mrs Eileen Parsons, a retired primary school teacher from Harrogate, invested £186,000, which was almost all of her savings and her late husband's pension lump sum. She told the court she now cannot afford to heat her home through the winter. Mr Graham Lowry, a former firefighter from Sheffield, lost £92,500. He said: "I trusted these people with my family's future and they treated it like pocket money." One couple, who asked not to be named, sold their home in Leeds to meet debts after their investment vanished.

6. Mr Hale, you were the founder and chief executive of Larchmont and you were the architect of this scheme. You designed the glossy brochures, you hosted the investor seminars at hotels in York and Manchester, and you personally assured investors that their capital was protected. It was not. You spent at least £2.3 million of investors' money on yourself, including a house in Surrey, a Bentley Continental, private school fees and gambling. You showed no remorse during the trial and you did not accept responsibility even after the verdicts. In my judgment this is a case of high culpability, falling within category 1A of the Sentencing Council guideline for fraud, and the harm is at the very top of the range.

7. Mr Okafor, you were the finance director. You were less senior than Mr Hale, but your role was not a minor one. You prepared the false quarterly statements that showed investors a loan book which did not exist, and you signed off accounts which you knew to be misleading. You received around £640,000 in salary and bonuses. I accept that you did not devise the scheme and that you acted under Mr Hale's direction, but you were a chartered accountant and you knew exactly what you were doing.

8. Mrs Brightwell, you were the compliance officer from March 2019. You became aware in the autumn of 2020 that no loans were being made and you did not report that to the Financial Conduct Authority. Your role was much more limited than that of either of your co-defendants and you did not profit beyond your ordinary salary of £48,000 a year. I accept that you are genuinely remorseful.

9. I have taken into account the aggravating features: the number and vulnerability of the victims, the length of time over which the fraud was carried on, the use of pension money, and the deliberate targeting of people approaching retirement. In mitigation, none of you has any previous convictions. Mr Okafor, I have read the references from your church and from your former colleagues, and I take into account that you are the main carer for your elderly mother.

10. The sentences are these.

11. Marcus Hale, on the counts of conspiracy to defraud, you will go to prison for 11 years concurrent on each count. On the count of fraudulent trading, 6 years concurrent. The total sentence is 11 years' imprisonment. You will serve up to half of that sentence in custody before being released on licence. I also disqualify you from acting as a company director for 15 years.

12. Daniel Okafor, on the count of conspiracy to defraud, the sentence is 7 years' imprisonment. I disqualify you as a director for 10 years.

13. Susan Brightwell, had you been convicted after trial the sentence would have been 3 years. Giving you full credit of one quarter for your plea, the sentence is 2 years and 3 months' imprisonment. Because it exceeds two years, I have no power to suspend it.

14. Confiscation proceedings under the Proceeds of Crime Act 2002 will follow. A timetable has been set and the confiscation hearing is listed for Monday 8 September 2025 at this court. I make no order for compensation today.

15. The victim surcharge will be applied in the usual way. Take them down.
`;

const RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Larchmont Capital founder jailed for 11 years over £18.6m investment fraud | The Crown Prosecution Service</title>
  <link rel="stylesheet" href="/themes/cps/css/main.css">
</head>
<body>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <div class="logo"><a href="/">The Crown Prosecution Service</a></div>
    <nav class="main-nav" aria-label="Main navigation">
      <ul>
        <li><a href="/about-cps">About CPS</a></li>
        <li><a href="/crime-info">Crime info</a></li>
        <li><a href="/prosecution-guidance">Prosecution guidance</a></li>
        <li><a href="/publications">Publications</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/contact">Contact us</a></li>
      </ul>
    </nav>
    <form class="search" action="/search"><input type="text" name="keys" placeholder="Search"><button>Search</button></form>
  </header>

  <div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; Specialist Fraud Division</div>

  <main id="main-content">
    <article class="news-item">
      <h1>Larchmont Capital founder jailed for 11 years over £18.6m investment fraud</h1>
      <p class="meta">Published: 14 March 2025 | Specialist Fraud Division | Fraud and economic crime</p>

      <p>The founder of a Guildford-based investment firm who persuaded hundreds of savers to hand over their pensions has been jailed for 11 years today at Southwark Crown Court.</p>

      <p>Marcus Hale, 54, of Cobham, Surrey, was the chief executive of Larchmont Capital Partners Limited, which promised investors a fixed annual return of 12% from short-term property loans. In reality, the company made no such loans and used new investors' deposits to pay returns to existing clients.</p>

      <p>His co-defendant Daniel Okafor, 47, of Bromley, south-east London, the firm's finance director, was sentenced to seven years' imprisonment. Former compliance officer Susan Brightwell, 61, of Woking, received a sentence of two years and three months after pleading guilty.</p>

      <h2>Hundreds of victims</h2>

      <p>Between 2017 and 2021, 412 investors paid a total of £18.6 million into the scheme. Around £7.9 million was recycled to earlier investors as fake interest payments, leaving a net loss of £10.7 million. More than a third of the victims were over the age of 65.</p>

      <p>The case was investigated by the Financial Conduct Authority, which referred it to the Crown Prosecution Service in January 2022 after a whistleblower, a junior administrator at the firm, contacted the regulator. The FCA froze Larchmont's bank accounts on Wednesday 29 September 2021.</p>

      <p>Prosecutors showed the jury more than 9,000 pages of evidence, including bank records, emails and recordings of investor seminars held in York and Manchester. Forensic accountants found that Hale had spent at least £2.3 million of investors' money on personal luxuries, including a Bentley, school fees and online gambling.</p>

      <h2>"A cynical and sustained deception"</h2>

      <p>Helen Marsh, Deputy Head of the CPS Specialist Fraud Division, said: "Marcus Hale ran a cynical and sustained deception that targeted people at the point in their lives when they could least afford to lose their savings. He presented himself as a safe pair of hands, but he was simply taking money from one victim to pay another."</p>

      <p>"Daniel Okafor gave the scheme a false air of respectability by producing statements for a loan book that never existed. Both men knew the harm they were causing, and the jury saw through their lies."</p>

      <p>Alan Pryce, Executive Director of Enforcement at the FCA, said: "This was a deliberate fraud on ordinary savers. We will continue to work with the CPS to pursue those who abuse investors' trust, and to recover money for the victims wherever we can."</p>

      <p>The trial at Southwark Crown Court lasted eleven weeks, and the jury took just under two days to reach its verdicts. Hale was also disqualified from acting as a company director for 15 years, and Okafor for 10 years.</p>

      <p>The CPS will now seek confiscation orders against all three defendants under the Proceeds of Crime Act. A hearing is scheduled for September 2025. Any money recovered will be paid to victims as compensation.</p>

      <h2>Notes to editors</h2>
      <ul>
        <li>Marcus Anthony Hale (DOB 02/11/1970) was convicted of two counts of conspiracy to defraud and one count of fraudulent trading contrary to section 993 of the Companies Act 2006.</li>
        <li>Daniel Okafor (DOB 19/06/1977) was convicted of one count of conspiracy to defraud.</li>
        <li>Susan Brightwell (DOB 07/08/1963) pleaded guilty to one count of fraud by failing to disclose information contrary to section 3 of the Fraud Act 2006.</li>
        <li>Helen Marsh is Deputy Head of the CPS Specialist Fraud Division.</li>
        <li>The Crown Prosecution Service prosecutes criminal cases that have been investigated by the police and other investigative organisations in England and Wales.</li>
      </ul>
    </article>
  </main>

  <footer class="site-footer">
    <ul class="footer-links">
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/privacy-notice">Privacy notice</a></li>
      <li><a href="/foi">Freedom of Information</a></li>
      <li><a href="/complaints">Complaints</a></li>
    </ul>
    <p>&copy; Crown copyright. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
  </footer>
</body>
</html>
`;

const files = { 'sentencing_remarks_R_v_Hale_and_Okafor.txt': REMARKS, 'cps_press_release_larchmont.html': RELEASE };

describe("a fraud sentencing: the remarks and the prosecutors' release, with the product's word vectors", () => {
  withProductWordVectors();

  test('a post given to another defendant: "Finance director Susan Brightwell" / "Former compliance officer Susan Brightwell"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Both were supported: a title right before a name was no role.
    verdict('contradicted', 'Finance director Susan Brightwell prepared the false quarterly statements that showed investors a loan book which did not exist.');
    verdict('contradicted', "Susan Brightwell, the firm's finance director, was jailed.");
    verdict('supported', 'Former compliance officer Susan Brightwell received a sentence of two years and three months.');
  });
});
