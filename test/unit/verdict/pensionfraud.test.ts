/**
 * A company director jailed for a pension fraud: the judge's sentencing remarks (a hard-wrapped court transcript) and the
 * prosecution service's press release (HTML). The sources are written for these tests (from a helper's draft); the court's
 * people, the company and the places are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REMARKS = `IN THE CROWN COURT AT WARWICK                        Case No: T20247113

Warwick Justice Centre
Northgate Street
Warwick CV34 4RB

                                                 Friday, 14 March 2025

                                Before:

                  HIS HONOUR JUDGE ROSALIND MERCER KC

                             - - - - - - -

                                  REX

                                  - v -

                        MARTIN GEOFFREY ASHDOWN

                             - - - - - - -

MR DANIEL OKONJO KC and MS HARRIET FELL appeared on behalf of the
Prosecution.
MS PRIYA RAMAN appeared on behalf of the Defendant.

                             - - - - - - -

                          SENTENCING REMARKS
                              (Approved)

                             - - - - - - -

(11:04)

JUDGE MERCER: Martin Ashdown, please stand.

1. Martin Geoffrey Ashdown, you are 58 years old. From 2009 until the
company went into administration on Tuesday 3 August 2021 you were the
managing director of Ashdown Precision Castings Limited, the family
foundry business in Nuneaton that your father founded in 1974. From 2012
you were also the chair of the trustees of the Ashdown Precision
Castings Staff Pension Scheme, a defined benefit scheme with 412
members: 163 pensioners and 249 deferred members.

2. On Tuesday 9 July 2024, at your first appearance before Nuneaton
Magistrates' Court, you indicated guilty pleas to one count of fraud by
abuse of position, contrary to section 4 of the Fraud Act 2006, and one
count of false accounting, contrary to section 17 of the Theft Act 1968.
You are entitled to full credit for those pleas.

The facts

3. Between 22 March 2016 and 17 November 2020 you made 47 transfers,
totalling £2,318,450, from the scheme's bank account to accounts that
you controlled. The only other trustee, Mrs Janet Ellery, the company's
payroll manager, countersigned a number of those transfers. You told her
that they were "short-term loans to the employer, fully secured". They
were neither. Mrs Ellery was not charged, and I accept that she was
deceived by you as much as anyone.

4. In September 2019 you sent the scheme's auditors, Pryce Hollander LLP,
a schedule of investments which recorded £2.1 million held in a
"Cavendish Income Bond". No such bond existed. That schedule is the
subject of count 2.

5. The money was spent as follows. €640,000, about £551,000 at the
time, went on a villa near Lagos in the Algarve, Portugal, the purchase
of which completed on Thursday 21 June 2018. £186,000 paid private school
fees. £74,500 bought a Range Rover Sport. Approximately £1.1 million was
paid into the company's trading account to meet payroll and debts to
suppliers. The balance has not been accounted for.

6. The scheme failed to file its annual return. On Monday 7 December 2020
the Pensions Regulator appointed an independent trustee, Dalgleish
Trustee Services Limited. By Thursday 28 January 2021 Dalgleish had
reported the shortfall to the Regulator and to Warwickshire Police. You
were arrested at your home in Kenilworth on Wednesday 10 February 2021.

Harm

7. When the company failed, the scheme entered an assessment period with
the Pension Protection Fund. Its members will receive compensation from
the Fund, which for many of them is less than the pension they were
promised. I have read victim personal statements from eleven members.
Mr Derek Holloway, who is 71 and worked at the foundry for 31 years as a
furnace supervisor, says that his pension has been reduced by about
£2,900 a year. He wrote: "I gave that firm the best years of my life,
and he treated our pensions like his own current account." That is an
accurate description of what you did.

(11:19)

Culpability and the guideline

8. This is high culpability under the Sentencing Council's fraud
guideline. It was a grave abuse of a position of trust, it was planned,
and it was sustained over more than four and a half years. You
falsified documents to conceal it. The loss of £2.3 million places it in
harm category 1, for which the starting point of seven years is based on
a loss of £1 million. The value here is more than twice that, and the
impact on elderly members who cannot make good their losses is serious.
A sentence above the category range of five to eight years is
justified.

9. Ms Raman has said everything that could be said on your behalf. You
have no previous convictions. You care for your wife, who has multiple
sclerosis. You have written a letter expressing remorse. Ms Raman told
me that you "never intended anyone to lose a penny". I do not accept
that. You treated the scheme's bank account as a private reserve, and
you went on doing so long after you must have known that the money could
not be repaid.

Sentence

10. Had you been convicted after a trial, the sentence on count 1 would
have been one of ten years' imprisonment. Giving you full credit of one
third for your pleas, the sentence on count 1 is six years and eight
months' imprisonment. On count 2 the sentence is two years'
imprisonment, concurrent. The total sentence is therefore six years and
eight months. You will serve part of that sentence in custody and will
then be released on licence.

11. Under section 2 of the Company Directors Disqualification Act 1986
you are disqualified from acting as a director of a company for ten
years.

12. The prosecution has applied for confiscation under the Proceeds of
Crime Act 2002. I have set a timetable, and the confiscation hearing is
listed for Friday 19 September 2025, with a time estimate of two days.
The victim surcharge will be imposed in the appropriate sum.

Take him down.

(11:37)

                             - - - - - - -

Marlowe Transcription Services Ltd hereby certify that the above is an
accurate and complete record of the proceedings or part thereof.

Marlowe Transcription Services Ltd
4th Floor, 21 Colmore Row, Birmingham B3 2BJ
Tel: 0121 496 0712
Email: courts@marlowetranscription.co.uk

This transcript has been approved by the Judge.
`;

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Company director jailed for stealing £2.3 million from staff pension scheme | The Crown Prosecution Service</title>
  <meta name="description" content="A company director who took more than £2.3 million from his employees' pension scheme has been jailed for six years and eight months.">
  <link rel="stylesheet" href="/themes/cps/css/main.css">
</head>
<body>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <div class="logo"><a href="/">The Crown Prosecution Service</a></div>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/about-cps">About CPS</a></li>
        <li><a href="/crime-info">Crime info</a></li>
        <li><a href="/prosecution-guidance">Prosecution guidance</a></li>
        <li><a href="/publications">Publications</a></li>
        <li><a href="/news">News centre</a></li>
        <li><a href="/contact">Contact us</a></li>
      </ul>
    </nav>
    <form class="search" action="/search" role="search">
      <label for="q">Search</label>
      <input id="q" name="keys" type="search">
      <button type="submit">Search</button>
    </form>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/west-midlands">West Midlands</a></li>
      <li><a href="/west-midlands/news">News</a></li>
      <li aria-current="page">Company director jailed for stealing £2.3 million from staff pension scheme</li>
    </ol>
  </nav>

  <main id="main-content">
    <article class="news-article">
      <h1>Company director jailed for stealing £2.3 million from staff pension scheme</h1>
      <ul class="article-meta">
        <li><time datetime="2025-03-14">14 March 2025</time></li>
        <li>West Midlands</li>
        <li>Fraud and economic crime</li>
      </ul>

      <p class="lead">A company director who took more than £2.3 million from his employees' pension scheme to buy a holiday villa in Portugal and pay private school fees has been jailed for six years and eight months.</p>

      <p>Martin Ashdown, 58, of Kenilworth, Warwickshire, was sentenced at Warwick Crown Court today (Friday 14 March 2025). He had pleaded guilty to one count of fraud by abuse of position and one count of false accounting.</p>

      <p>Ashdown was managing director of Ashdown Precision Castings Ltd, a foundry in Nuneaton, and chair of the trustees of the company's staff pension scheme, which had 412 members.</p>

      <p>Over more than four and a half years, between March 2016 and November 2020, he made 47 separate transfers out of the scheme's bank account into accounts he controlled, taking a total of £2,318,450.</p>

      <p>He told a fellow trustee, the company's payroll manager, that the payments were secured loans to the employer. To hide the losses he sent the scheme's auditors a false schedule of investments in September 2019, showing £2.1 million held in a bond that did not exist.</p>

      <h2>Villa, school fees and a Range Rover</h2>

      <p>The prosecution showed that Ashdown spent €640,000 on a villa near Lagos in the Algarve, £186,000 on private school fees and £74,500 on a Range Rover Sport. Around £1.1 million was used to keep the struggling foundry trading. The company went into administration in August 2021.</p>

      <p>The fraud came to light after the Pensions Regulator appointed an independent trustee, Dalgleish Trustee Services Ltd, in December 2020. Within weeks the independent trustee had reported the missing money to the Regulator and to Warwickshire Police, and Ashdown was arrested at his home in February 2021.</p>

      <p>The scheme is now in an assessment period with the Pension Protection Fund, and many members face lower pensions than they were promised. One former employee, a retired furnace supervisor who worked at the foundry for 31 years, has lost about £2,900 a year.</p>

      <p>Passing sentence, His Honour Judge Rosalind Mercer KC said Ashdown had "treated the scheme's bank account as a private reserve".</p>

      <p>Helen Waddington, Deputy Chief Crown Prosecutor for CPS West Midlands, said: "Martin Ashdown was trusted by hundreds of people who had spent their working lives at his family's foundry. He betrayed that trust for more than four years, and he did it to fund a lifestyle they could only dream of.</p>

      <p>"His former colleagues have been left with smaller pensions and real worry about the future. We will now pursue confiscation of his assets so that as much money as possible can be returned to the scheme."</p>

      <p>Detective Sergeant Owen Brackley, of Warwickshire Police's Economic Crime Unit, said: "This was a painstaking investigation. Our officers examined more than 30,000 pages of bank and scheme records to trace every pound that left the pension fund."</p>

      <p>Ashdown was also disqualified from acting as a company director for ten years. A confiscation hearing under the Proceeds of Crime Act 2002 will take place on 19 September 2025.</p>

      <h2>Notes to editors</h2>
      <ul>
        <li>Martin Geoffrey Ashdown (DOB 02/05/1966) was sentenced on count 1 to six years and eight months' imprisonment, and on count 2 to two years' imprisonment, to run concurrently.</li>
        <li>Count 1: fraud by abuse of position, contrary to section 4 of the Fraud Act 2006. Count 2: false accounting, contrary to section 17 of the Theft Act 1968.</li>
        <li>Ashdown indicated his guilty pleas at Nuneaton Magistrates' Court on 9 July 2024.</li>
        <li>Daniel Okonjo KC and Harriet Fell prosecuted on behalf of the CPS. Helen Waddington is Deputy Chief Crown Prosecutor for CPS West Midlands.</li>
        <li>CPS West Midlands prosecutes cases investigated by West Midlands Police, Warwickshire Police, West Mercia Police and Staffordshire Police. It employs more than 400 staff.</li>
        <li>Pension scheme members with questions should contact the scheme's independent trustee, Dalgleish Trustee Services Ltd, on 0330 123 4471.</li>
      </ul>

      <aside class="press-contact">
        <h3>Press enquiries</h3>
        <p>CPS Press Office: 020 3357 0906 (24 hours). Email: press.office@cps.gov.uk</p>
      </aside>

      <div class="share">
        Share this page:
        <a href="https://twitter.com/intent/tweet">X</a>
        <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
        <a href="https://www.linkedin.com/shareArticle">LinkedIn</a>
      </div>
    </article>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <ul>
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/cookies">Cookies</a></li>
        <li><a href="/privacy-notice">Privacy notice</a></li>
        <li><a href="/foi">Freedom of Information</a></li>
        <li><a href="/careers">Careers</a></li>
        <li><a href="/welsh">Cymraeg</a></li>
      </ul>
    </nav>
    <p>All content is available under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>, except where otherwise stated.</p>
    <p>&copy; Crown copyright 2025</p>
  </footer>
</body>
</html>
`;

const files = { 'sentencing-remarks-ashdown.txt': REMARKS, 'cps-press-release-ashdown.html': RELEASE };

describe("a pension fraud: the sentencing remarks and the press release, with the product's word vectors", () => {
  withProductWordVectors();

  test('"Case No: T20247113" denies nothing', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "Court" against "Case No".
    verdict('supported', 'Martin Ashdown, the 58-year-old former managing director of Ashdown Precision Castings, was jailed for six years and eight months at Warwick Crown Court on Friday 14 March 2025.');
  });

  test('two posts in apposition, one of them another\'s; a post on the hard-wrapped line after the name', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: the claim's two posts were read as none, and the source's "the company's\npayroll manager" as none.
    verdict('contradicted', "Janet Ellery, the scheme's only other trustee and the company's managing director, countersigned a number of the transfers but was not charged.", [["company's managing director", "company's payroll manager"]]);
    verdict('supported', "Janet Ellery, the scheme's only other trustee and the company's payroll manager, countersigned a number of the transfers but was not charged.");
  });

  test('a quotation that goes on in the next paragraph is the speaker of its first paragraph\'s', async () => {
    const report = await checkAgainst(files, '# Jailed\n\nOwen Brackley said: "We will now pursue confiscation of his assets so that as much money as possible can be returned to the scheme."\n');
    // Was no finding: the second paragraph of Helen Waddington's quotation had no speaker.
    assert.deepEqual(report.findings.map((f) => [f.code, f.message.replace(/ \(.*$/, '')]), [['misattributed-quote', 'These words were said by Helen Waddington, not Owen Brackley']]);
  });

  test('"Helen Waddington, …, said Ashdown “…”": Ashdown is what she talks about, not the speaker of the next quotation', async () => {
    const report = await checkAgainst(files, '# Jailed\n\nHelen Waddington, Deputy Chief Crown Prosecutor for CPS West Midlands, said Ashdown "betrayed that trust for more than four years". Owen Brackley said: "We will now pursue confiscation of his assets so that as much money as possible can be returned to the scheme."\n');
    // Was "These words were said by Helen Waddington, not Ashdown".
    assert.deepEqual(report.findings.map((f) => f.message.replace(/ \(.*$/, '')), ['These words were said by Helen Waddington, not Owen Brackley']);
  });

  test("an altered quote's source wording, hard-wrapped, is one line in the message", async () => {
    const report = await checkAgainst(files, '# Jailed\n\nMr Holloway wrote: "I gave that firm the best years of my life, and he treated our pensions like his own savings account."\n');
    const altered = report.findings.filter((f) => f.code === 'altered-quote');
    assert.equal(altered.length, 1);
    // Was "… best years of my life,\nand he treated …".
    assert.match(altered[0].message, /which reads “I gave that firm the best years of my life, and he treated our pensions like his own current account”: “savings” where the source has “current”\.$/);
  });
});
