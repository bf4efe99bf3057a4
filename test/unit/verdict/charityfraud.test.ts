/**
 * A bookkeeper jailed for defrauding a children's hospice: the court press office's release (plain text, hard-wrapped) and a
 * local paper's article (HTML). The sources are written for these tests (from a helper's draft); the court, the charity
 * and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `HM COURTS & TRIBUNALS SERVICE
NORTHBRIDGE CROWN COURT – PRESS OFFICE
Law Courts, Castle Street, Northbridge NB1 4QT

PRESS RELEASE
For immediate release: Friday 14 March 2025
Reference: NCC/PR/2025/031

BOOKKEEPER JAILED FOR £412,600 FRAUD AGAINST CHILDREN'S HOSPICE CHARITY

A bookkeeper who stole £412,600 from a children's hospice charity over more than six years was today sentenced
to four years and eight months' imprisonment at Northbridge Crown Court.

Case details

Defendant: Karen Elizabeth Thornley, 52, of Mill Lane, Ellerby
Victim: Ashgrove Children's Hospice Trust (registered charity no. 1094417), Ellerby
Offences: one count of fraud by abuse of position (section 4, Fraud Act 2006); three counts of false accounting
(section 17, Theft Act 1968)
Plea: guilty to all four counts, entered at a plea and trial preparation hearing on Tuesday 7 January 2025
Sentence: 4 years 8 months' imprisonment on the fraud count; 18 months on each false accounting count, to run
concurrently
Judge: His Honour Judge Martin Okonedo
Prosecuting: Ms Priya Raman, for the Crown Prosecution Service
Defending: Mr Julian Featherstone

Background

Thornley was employed by Ashgrove Children's Hospice Trust as its part-time bookkeeper from February 2015. She
had sole responsibility for processing supplier payments and reconciling the trust's three bank accounts.

Between April 2017 and September 2023 she made 219 unauthorised transfers from the trust's accounts into two
personal bank accounts held in her name. The transfers ranged from £350 to £6,200. To conceal them she created
148 false invoices in the name of a fictitious supplier, "Pennant Medical Supplies Ltd", and altered entries in
the trust's accounting software.

The fraud came to light in October 2023, when the trust's newly appointed finance director, Mrs Helen Ashworth,
found discrepancies while preparing the year-end accounts for audit. The trust reported the matter to Westshire
Police on Monday 6 November 2023. Thornley was arrested at her home on Wednesday 22 November 2023 and was
dismissed by the trust the following month.

The court heard that the money was spent on foreign holidays, a static caravan in Whitsand Bay and the repayment
of personal debts. About £38,000 has been recovered from her bank accounts.

Sentencing remarks

Passing sentence, His Honour Judge Okonedo said:

"You were trusted completely by a small charity that exists to care for dying children and their families. You
betrayed that trust month after month, for more than six years, and you did so coldly and deliberately."

He added: "Every pound you took was a pound given by a member of the public in the belief that it would ease the
suffering of a sick child. The harm you have caused goes far beyond the sum itself."

The judge said he had given Thornley credit of 25 per cent for her guilty pleas and had taken into account her
previous good character and her caring responsibilities for her elderly mother. He said the offence fell within
category 1A of the Sentencing Council's guideline for fraud because of the high culpability involved and the
sum of more than £100,000.

Victim personal statement

In a statement read to the court by Ms Raman, the trust's chief executive, Dr Samuel Pryce, said the loss had
forced the charity to postpone the opening of a six-bed respite unit by 14 months and to freeze the recruitment
of two specialist nurses.

"Our staff and volunteers feel a deep sense of betrayal," Dr Pryce said. "Families who relied on us have had to
wait longer for the care their children need."

Confiscation and compensation

The Crown Prosecution Service has begun confiscation proceedings under the Proceeds of Crime Act 2002. A
confiscation hearing has been listed for Thursday 19 June 2025 at Northbridge Crown Court. The judge indicated
that any sums recovered would be paid to the trust as compensation.

Notes to editors

1. Sentencing remarks will be published on the Judiciary website in due course.
2. Photographs of the defendant are available from Westshire Police's press office.
3. Section 4 of the Fraud Act 2006 carries a maximum sentence of 10 years' imprisonment.
4. Cameras are not permitted in Northbridge Crown Court. Reporting of this case is not subject to any
   reporting restrictions.

Media enquiries: Northbridge Crown Court Press Office, 01632 960 418 (Monday to Friday, 9am to 5pm),
press.northbridge@justice.example.gov.uk

ENDS
`;

const ARTICLE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Hospice bookkeeper jailed for stealing £412,600 from children's charity | Ellerby Gazette</title>
  <meta name="description" content="Karen Thornley, 52, made 219 secret transfers from Ashgrove Children's Hospice Trust over six years.">
  <meta property="article:published_time" content="2025-03-14T16:42:00+00:00">
  <meta property="article:section" content="Crime">
  <meta name="author" content="Tom Haverley">
  <link rel="stylesheet" href="/static/css/main.css">
  <script src="/static/js/analytics.js" defer></script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Ellerby Gazette</a>
    <nav class="main-nav">
      <ul>
        <li><a href="/news/">News</a></li>
        <li><a href="/news/crime/">Crime</a></li>
        <li><a href="/sport/">Sport</a></li>
        <li><a href="/whats-on/">What's On</a></li>
        <li><a href="/opinion/">Opinion</a></li>
        <li><a href="/subscribe/">Subscribe</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <a href="/news/crime/">Crime</a></nav>

  <main>
    <article class="story">
      <h1>Hospice bookkeeper jailed for stealing £412,600 from children's charity</h1>
      <p class="standfirst">Mother-of-two siphoned donations into her own accounts for more than six years to pay for holidays and a caravan</p>
      <p class="byline">By <a href="/authors/tom-haverley/">Tom Haverley</a>, Court Reporter</p>
      <p class="dateline"><time datetime="2025-03-14T16:42:00+00:00">Friday 14 March 2025, 4.42pm</time></p>

      <p>A bookkeeper who stole more than £400,000 from an Ellerby children's hospice has been jailed for four years and eight months.</p>

      <p>Karen Thornley, 52, of Mill Lane, Ellerby, made 219 secret transfers from the accounts of Ashgrove Children's Hospice Trust between April 2017 and September 2023, Northbridge Crown Court heard on Friday.</p>

      <p>In total she took £412,600 from the charity, which cares for about 140 families across Westshire and has an annual income of around £3.1 million.</p>

      <p>Detective Constable Rachel Whitfield, of Westshire Police's economic crime unit, said it was the largest fraud against a charity that the force had ever investigated.</p>

      <p>"Karen Thornley abused the trust of colleagues who had no reason to doubt her," DC Whitfield said. "Our officers went through more than 4,000 pages of bank statements to trace every penny."</p>

      <h2>Fake supplier</h2>

      <p>Prosecutor Priya Raman told the court that Thornley, who joined the trust in 2015 and worked 22 hours a week, hid the thefts behind 148 bogus invoices from a company that did not exist, "Pennant Medical Supplies Ltd".</p>

      <p>"She invented a supplier, gave it a plausible name and paid it from the charity's funds for six and a half years," Ms Raman said. "Not a single item was ever delivered."</p>

      <p>The largest single transfer was £6,200. Thornley spent the money on five holidays to Florida, a static caravan in Whitsand Bay and paying off credit card debts, the court was told.</p>

      <p>The deception unravelled in October 2023, weeks after Helen Ashworth took up her post as the trust's finance director and began preparing its accounts for audit.</p>

      <h2>'Deliberate betrayal'</h2>

      <p>Thornley, wearing a grey cardigan, wept in the dock as His Honour Judge Martin Okonedo passed sentence.</p>

      <p>The judge told her: "You betrayed that trust month after month, for more than six years, and you did so coldly and deliberately."</p>

      <p>Julian Featherstone, defending, said his client was "deeply ashamed" and had pleaded guilty at the first opportunity. He told the court she had been struggling with debts of more than £60,000 when the thefts began.</p>

      <p>He said she had no previous convictions and was the main carer for her 81-year-old mother.</p>

      <p>Thornley admitted one count of fraud by abuse of position and three counts of false accounting in January.</p>

      <h2>Charity 'will recover'</h2>

      <p>Speaking outside court, the trust's chief executive, Dr Samuel Pryce, said donations had fallen by 9 per cent in the year after the fraud became public.</p>

      <p>"People have every right to ask whether their money is safe with us," he said. "It is now. We have changed every one of our financial controls, and we will recover."</p>

      <p>He said the trust's new six-bed respite unit at Hollins Park, originally due to open in spring 2025, would now open in summer 2026.</p>

      <p>Only around £38,000 of the stolen money has so far been recovered. A confiscation hearing will take place at the same court in June.</p>

      <p>The trust, founded in 1998 by a group of parents in Ellerby, runs a 10-bed hospice on Station Road and a home-care team of 36 nurses and support workers. It employs 112 staff and relies on about 300 volunteers, who run its nine charity shops.</p>

      <p>Dr Pryce thanked supporters who had continued to give. "The people of Ellerby have stood by us," he said. "That means more than I can say."</p>

      <aside class="related-links">
        <h3>Related stories</h3>
        <ul>
          <li><a href="/news/crime/bookkeeper-admits-hospice-fraud/">Bookkeeper admits stealing from hospice charity</a></li>
          <li><a href="/news/ashgrove-hospice-respite-unit-delay/">Hospice respite unit delayed after 'financial irregularities'</a></li>
        </ul>
      </aside>
    </article>
  </main>

  <footer class="site-footer">
    <p>&copy; 2025 Ellerby Gazette, part of Westshire Media Group. All rights reserved.</p>
    <ul>
      <li><a href="/contact/">Contact us</a></li>
      <li><a href="/privacy/">Privacy policy</a></li>
      <li><a href="/complaints/">Complaints</a> – we are regulated by IPSO</li>
    </ul>
  </footer>
</body>
</html>
`;

const files = { 'court-press-release.txt': RELEASE, 'gazette-article.html': ARTICLE };

describe("a charity fraud sentencing: the court's release and the paper's article, with the product's word vectors", () => {
  withProductWordVectors();

  test('a town after a street is the person\'s home too: "from Ellerby" / "of Mill Lane, Ellerby"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives Mill Lane, not Ellerby".
    verdict('supported', 'Karen Thornley, a 52-year-old bookkeeper from Ellerby, was jailed for four years and eight months at Northbridge Crown Court on Friday 14 March 2025.');
    verdict('contradicted', 'Karen Thornley, a 52-year-old bookkeeper from Northbridge, was jailed for four years and eight months at Northbridge Crown Court on Friday 14 March 2025.', [['Northbridge', 'Mill Lane, Ellerby']]);
  });

  test('"uncovered" is what "came to light" says', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives light, not uncovered".
    verdict('supported', "The fraud was uncovered in October 2023 by the trust's newly appointed finance director, Helen Ashworth, while she was preparing the year-end accounts for audit.");
  });

  test('a police rank in initials is the rank: "DC Whitfield" / "Detective Constable Rachel Whitfield"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives Detective Constable Rachel Whitfield, not DC Whitfield", the ranking not shown.
    verdict('supported', 'DC Whitfield said it was the largest fraud against a charity that Westshire Police had ever investigated.');
    verdict('contradicted', 'DC Whitfield said it was the second-largest fraud against a charity that Westshire Police had ever investigated.', [['second-largest', 'largest']]);
  });

  test('a figure of a sentence about most of the claim, another passage giving the rest: "26 hours a week as its part-time bookkeeper"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "worked 22 hours a week" is in a sentence without "part-time bookkeeper", which the court's
    // release gives, so neither was about enough of the claim to set its figure against.
    verdict('contradicted', 'Thornley, who joined the trust in 2015, worked 26 hours a week as its part-time bookkeeper.', [['26 hours', '22 hours']]);
    verdict('supported', 'Thornley, who joined the trust in 2015, worked 22 hours a week as its part-time bookkeeper.');
  });
});
