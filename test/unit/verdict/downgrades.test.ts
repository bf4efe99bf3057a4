/**
 * A school downgraded by its inspection: the inspectorate's report (HTML, with a table of judgements) and the
 * headteacher's letter to parents (Markdown). The sources are written for these tests (from a helper's draft); the school,
 * the places and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Kingsmead Community School – Inspection report – Schools Standards Inspectorate</title>
<meta name="description" content="Inspection report for Kingsmead Community School, Harwell Vale, published 20 February 2025.">
<link rel="stylesheet" href="/assets/css/ssi-main.css">
</head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <div class="logo"><a href="/">Schools Standards Inspectorate</a></div>
  <nav aria-label="Main navigation">
    <ul>
      <li><a href="/find-a-report">Find an inspection report</a></li>
      <li><a href="/schools">Schools</a></li>
      <li><a href="/early-years">Early years</a></li>
      <li><a href="/about">About us</a></li>
      <li><a href="/complaints">Complaints about an inspection</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="/">Home</a> › <a href="/find-a-report">Find an inspection report</a> › <a href="/provider/147392">Kingsmead Community School</a> › Inspection report
</nav>

<main id="main-content">
<h1>Kingsmead Community School</h1>
<p class="meta">Unique reference number: 147392<br>
Address: Orchard Lane, Harwell Vale, Northbrook NB7 4QT<br>
Inspection dates: Tuesday 14 and Wednesday 15 January 2025<br>
Report published: Thursday 20 February 2025</p>

<h2>Inspection judgements</h2>
<table class="judgements">
  <caption>Judgements from this inspection</caption>
  <thead>
    <tr><th scope="col">Area</th><th scope="col">Judgement</th></tr>
  </thead>
  <tbody>
    <tr><td>Overall effectiveness</td><td>Requires improvement</td></tr>
    <tr><td>The quality of education</td><td>Requires improvement</td></tr>
    <tr><td>Behaviour and attitudes</td><td>Inadequate</td></tr>
    <tr><td>Personal development</td><td>Good</td></tr>
    <tr><td>Leadership and management</td><td>Requires improvement</td></tr>
    <tr><td>Sixth-form provision</td><td>Good</td></tr>
    <tr><td>Previous inspection grade</td><td>Good (March 2019)</td></tr>
  </tbody>
</table>

<h2>What is it like to attend this school?</h2>
<p>Kingsmead Community School is an 11 to 18 comprehensive with 1,184 pupils on roll, including 212 students in the sixth form. Around 38% of pupils are eligible for free school meals, well above the national average.</p>
<p>Many pupils are happy at school and value the wide range of clubs on offer. However, too many pupils do not attend regularly. Overall attendance in 2023/24 was 89.4%, and 27.1% of pupils were persistently absent, compared with 21.3% nationally. Some pupils told inspectors that lessons are often disrupted by low-level disruption and that staff do not deal with it consistently. Fixed-term suspensions rose from 143 in 2022/23 to 198 in 2023/24.</p>
<p>Students in the sixth form are positive about their studies. They receive well-planned careers guidance, and 91% of leavers in 2024 went on to university, apprenticeships or employment.</p>

<h2>What does the school do well and what does it need to do better?</h2>
<p>Leaders have designed an ambitious curriculum in most subjects. In English, history and science, teachers have strong subject knowledge and check pupils' understanding carefully. In mathematics and modern foreign languages, however, the curriculum is not taught consistently well. Pupils' Progress 8 score in 2024 was −0.31, below the national average.</p>
<p>The school has experienced considerable staffing turbulence. Nineteen teachers left the school in the summer of 2024, and 7 of the 62 teaching posts were filled by supply staff at the time of the inspection.</p>
<p>Pupils with special educational needs and/or disabilities (SEND) are identified quickly. The special educational needs coordinator, Mrs Aisha Rahman, has introduced helpful pupil passports. Teachers do not always use this information to adapt their teaching.</p>
<p>The behaviour policy is not applied consistently. During the inspection, inspectors saw corridors at lunchtime where pupils used derogatory language without challenge. The lead inspector, Mr Daniel Asante, His Majesty's Inspector, wrote: “Leaders have not ensured that the behaviour policy is understood and applied by all staff.”</p>
<p>The personal development programme is a strength. Pupils learn about healthy relationships, financial literacy and staying safe online. More than 400 pupils take part in the Duke of Edinburgh's Award and other enrichment activities.</p>
<p>Governors and the Riverbend Learning Trust know the school's weaknesses. They have not, until recently, held leaders to account for improvements in attendance and behaviour. The headteacher, Ms Rebecca Thornbury, took up post in September 2024. Inspectors found that “the new headteacher has an accurate view of the school's priorities and has the confidence of staff.”</p>

<h2>Safeguarding</h2>
<p>The arrangements for safeguarding are effective. The designated safeguarding lead, Mr Owen Gallagher, who is also deputy headteacher, keeps detailed records and works well with external agencies.</p>

<h2>What does the school need to do to improve?</h2>
<ul>
  <li>The school should ensure that all staff apply the behaviour policy consistently, so that lessons are free from disruption.</li>
  <li>The school should take urgent action to improve attendance, particularly for disadvantaged pupils, whose attendance was 85.2% in 2023/24.</li>
  <li>The school should ensure that the curriculum in mathematics and modern foreign languages is taught consistently well.</li>
  <li>Those responsible for governance should hold leaders to account more rigorously.</li>
</ul>

<h2>How can I feed back my views?</h2>
<p>Inspectors considered 312 responses to Parent View, the inspectorate's online questionnaire. Of these, 58% said they would recommend the school to another parent. Inspectors also considered 74 responses to the staff survey and spoke with 96 pupils.</p>

<h2>Inspection team</h2>
<p>The inspection was carried out under section 5 of the Education Act 2005. Inspectors observed 41 lessons.</p>
<table class="team">
  <thead><tr><th scope="col">Name</th><th scope="col">Role</th></tr></thead>
  <tbody>
    <tr><td>Mr Daniel Asante</td><td>Lead inspector, His Majesty's Inspector</td></tr>
    <tr><td>Dr Farah Qureshi</td><td>Inspector</td></tr>
    <tr><td>Mrs Helen Pargeter</td><td>Inspector</td></tr>
    <tr><td>Mr Thomas Ellery</td><td>Inspector</td></tr>
  </tbody>
</table>

<h2>School details</h2>
<table class="details">
  <tbody>
    <tr><th scope="row">Type of school</th><td>Secondary comprehensive (academy)</td></tr>
    <tr><th scope="row">Age range of pupils</th><td>11 to 18</td></tr>
    <tr><th scope="row">Number of pupils on the school roll</th><td>1,184</td></tr>
    <tr><th scope="row">Of which, number on roll in the sixth form</th><td>212</td></tr>
    <tr><th scope="row">Appropriate authority</th><td>Board of trustees, Riverbend Learning Trust</td></tr>
    <tr><th scope="row">Chair of local governing board</th><td>Mr Colin Whitmore</td></tr>
    <tr><th scope="row">Chief executive of the trust</th><td>Mrs Janet Pryce</td></tr>
    <tr><th scope="row">Headteacher</th><td>Ms Rebecca Thornbury</td></tr>
  </tbody>
</table>
</main>

<footer class="site-footer">
  <ul>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/contact">Contact us</a></li>
  </ul>
  <p>© Crown copyright 2025. Schools Standards Inspectorate, Piccadilly Gate, Store Street, Manchester M1 2WD. Telephone 0300 123 4666.</p>
</footer>
</body>
</html>
`;

const LETTER = `# Kingsmead Community School

**Orchard Lane, Harwell Vale, Northbrook NB7 4QT · Tel: 01632 960 418 · office@kingsmead-cs.sch.uk**

*A member of the Riverbend Learning Trust*

---

Friday 21 February 2025

Dear parents and carers,

## Our inspection report

I am writing to share with you the outcome of our recent inspection by the Schools Standards Inspectorate, which took place on Tuesday 14 and Wednesday 15 January 2025. The report was published yesterday, Thursday 20 February, and is attached to this letter.

The school has been judged to **require improvement** overall. At our last inspection, in March 2019, Kingsmead was judged to be good. I know that many of you will be disappointed by this news, as I am. I will not pretend otherwise.

Inspectors judged behaviour and attitudes to be inadequate. The quality of education and leadership and management were judged to require improvement. Personal development and our sixth form were both judged to be good.

## What the inspectors found

I want to be honest with you about the report. Inspectors found that too many pupils miss too much school, and that our behaviour policy is not applied consistently by all staff. They also found weaknesses in how mathematics and modern foreign languages are taught.

There is also much to be proud of. Inspectors wrote that our personal development programme “is a strength”, and they praised the careers guidance our sixth-form students receive. They found that safeguarding is effective.

I was particularly pleased that inspectors recognised the commitment of our staff. Since I joined Kingsmead in September, I have been struck by how much our teachers care about every child.

## What we are doing now

We had already begun work on many of the areas the inspectors identified. From Monday 3 March, we will:

1. **Relaunch our behaviour policy.** Every member of staff will complete training on Monday 24 February, our INSET day. Mr Owen Gallagher, Deputy Headteacher, will lead this work.
2. **Strengthen our attendance team.** The Riverbend Learning Trust has agreed to invest £85,000 this year in attendance support. We have appointed a full-time attendance officer, Mrs Lorraine Kitchen, who starts on Monday 3 March.
3. **Recruit permanent teachers.** We have appointed four permanent mathematics teachers, who will join us after Easter, reducing our reliance on supply staff.
4. **Support the curriculum.** Mr Samuel Oyelaran, the trust's Director of Education, will work with our mathematics and languages departments every week until the summer.

Our target is to raise overall attendance to 93% by July 2026.

## A message from our chair of governors

Mr Colin Whitmore, Chair of the Local Governing Board, said: “Governors accept the findings of this report in full. We will meet every month, not every term, to check that the school is making the improvements our children deserve.”

Mrs Janet Pryce, Chief Executive of the Riverbend Learning Trust, added: “Kingsmead has the leadership it needs to turn this around, and the trust will give it every support.”

## Questions parents have asked

**Q: Will my child's education be affected?**
A: Our teaching continues as normal. The changes we are making are designed to ensure that every lesson is calm and purposeful.

**Q: When will the school be inspected again?**
A: Schools judged to require improvement are normally inspected again within 30 months. We expect a monitoring visit before then.

**Q: Does this affect the sixth form?**
A: No. The sixth form was judged to be good, and applications for September 2025 are already up by 14% on last year.

**Q: How can I find out more?**
A: Please come to our parents' meeting on **Tuesday 4 March at 6.30pm in the main hall**. I will present our improvement plan, and Mr Whitmore and I will answer your questions. If you cannot attend, a recording will be available on the school website.

## How you can help

The single most important thing you can do is make sure your child is in school, on time, every day. A pupil whose attendance is 90% misses the equivalent of one day every fortnight, or 19 days over a school year.

If your child is having difficulties attending school, please contact Mrs Kitchen directly on 01632 960 427 or at attendance@kingsmead-cs.sch.uk.

I said to staff on the day the report was published: “This report does not define us. It tells us where we must be better, and we will be.” I believe that, and I hope that you will work with us.

Thank you for your continued support.

Yours faithfully,

**Ms Rebecca Thornbury**
Headteacher

*cc: Mrs Janet Pryce, Chief Executive, Riverbend Learning Trust; Mr Colin Whitmore, Chair of the Local Governing Board*

---

*Kingsmead Community School is part of the Riverbend Learning Trust, a charitable company limited by guarantee registered in England and Wales (company number 08912345). Registered office: Riverbend House, 2 Mill Street, Northbrook NB1 3AR.*
`;

const files = { 'inspection-report-kingsmead.html': REPORT, 'headteacher-letter.md': LETTER };

describe("a school inspection: the report and the head's letter, with the product's word vectors", () => {
  withProductWordVectors();

  test('"93 per cent" is the source\'s "93%", words and all', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported (nothing named missing: "per" and "cent" were words no source has).
    verdict('supported', 'The school aims to raise overall attendance to 93 per cent by July 2026.');
    verdict('contradicted', 'The school aims to raise overall attendance to 94 per cent by July 2026.', [['94 per cent', '93%']]);
  });

  test('a finding\'s frame ("Inspectors found that …") need not be in the sentence that states the finding, for a denial', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', "Inspectors found that the school's safeguarding arrangements were not effective.");
    verdict('supported', "Inspectors found that the school's safeguarding arrangements were effective.");
  });
});
