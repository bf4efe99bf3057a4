/**
 * A primary school downgraded after an inspection: the inspectorate's report (HTML, grades in a table) and the
 * headteacher's letter to parents (Markdown). The sources are written for these tests (from a helper's draft); the
 * inspectorate, the school and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Larkfield Primary School – Inspection report – Education Standards Inspectorate</title>
  <link rel="stylesheet" href="/assets/css/esi-reports.css">
</head>
<body>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <div class="site-header__logo"><a href="/">Education Standards Inspectorate</a></div>
    <nav class="site-nav" aria-label="Main">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/reports">Find an inspection report</a></li>
        <li><a href="/schools">Schools</a></li>
        <li><a href="/early-years">Early years</a></li>
        <li><a href="/about">About us</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <a href="/">Home</a> › <a href="/reports">Reports</a> › <a href="/reports/westbrook">Westbrook</a> › Larkfield Primary School
  </nav>

  <main id="main-content">
    <h1>Larkfield Primary School</h1>
    <dl class="report-meta">
      <dt>Address</dt><dd>Mill Lane, Hollowmere, Westbrook HW4 7LP</dd>
      <dt>Unique reference number</dt><dd>204118</dd>
      <dt>Inspection dates</dt><dd>Tuesday 14 and Wednesday 15 January 2025</dd>
      <dt>Report published</dt><dd>Thursday 6 February 2025</dd>
      <dt>Type of inspection</dt><dd>Full inspection under section 5</dd>
    </dl>

    <h2>Inspection grades</h2>
    <table class="grades">
      <thead>
        <tr><th scope="col">Area</th><th scope="col">This inspection</th><th scope="col">Previous inspection (March 2019)</th></tr>
      </thead>
      <tbody>
        <tr><th scope="row">Overall effectiveness</th><td>Requires improvement</td><td>Good</td></tr>
        <tr><th scope="row">The quality of education</th><td>Requires improvement</td><td>Good</td></tr>
        <tr><th scope="row">Behaviour and attitudes</th><td>Good</td><td>Good</td></tr>
        <tr><th scope="row">Personal development</th><td>Good</td><td>Outstanding</td></tr>
        <tr><th scope="row">Leadership and management</th><td>Requires improvement</td><td>Good</td></tr>
        <tr><th scope="row">Early years provision</th><td>Requires improvement</td><td>Good</td></tr>
        <tr><th scope="row">Safeguarding</th><td>Effective</td><td>Effective</td></tr>
      </tbody>
    </table>

    <h2>What is it like to attend this school?</h2>
    <p>Pupils are polite, kind and proud of their school. They play well together at breaktimes and say that adults sort out any falling-out quickly. Pupils enjoy the wide range of clubs on offer, including choir, chess and girls' football, and older pupils take their roles as reading buddies and school councillors seriously.</p>
    <p>Parents and carers are largely positive about the school. As one parent told inspectors, "the staff here genuinely know every child." However, the school's expectations of what pupils can achieve, particularly in early reading, are not high enough. Too many pupils do not learn to read fluently by the end of Year 2.</p>

    <h2>What does the school do well and what does it need to do better?</h2>
    <p>The school has not ensured that its phonics programme is taught consistently. Some staff who teach phonics have not received the training they need. In 2024, 68% of pupils in Year 1 met the expected standard in the phonics screening check, down from 79% in 2023 and below the national figure of 80%. Pupils who fall behind do not get the precise help they need to catch up.</p>
    <p>At the end of key stage 2 in 2024, 52% of pupils reached the expected standard in reading, writing and mathematics combined, compared with 61% nationally. The mathematics curriculum is well sequenced and pupils use number facts with growing confidence. In history and physical education, the curriculum is less well developed, and teachers do not check carefully enough what pupils have remembered.</p>
    <p>Staffing has been unsettled. Nine of the school's 17 teachers have joined since September 2022. Leaders have not yet made sure that newer staff have the subject knowledge to teach the curriculum as intended.</p>
    <p>In the early years, children settle quickly and routines are well established. However, the Reception classrooms and outdoor area do not give children enough opportunities to practise early language and number skills.</p>
    <p>Pupils with special educational needs and/or disabilities (SEND), who make up 17% of the school's pupils, are identified accurately. The special educational needs coordinator, Mrs Lydia Fenwick, knows these pupils well.</p>
    <p>Attendance is below the national average. Overall attendance was 93.1% in the autumn term of 2024, and 19.4% of pupils were persistently absent. Leaders have recently introduced first-day calls to families, but it is too early to see the impact.</p>
    <p>The headteacher, Mr Daniel Ashcroft, who took up his post in September 2021, has an accurate view of the school's weaknesses. Governors are committed to the school but have not challenged leaders sharply enough about pupils' outcomes in reading.</p>
    <p>The arrangements for safeguarding are effective.</p>

    <h2>What does the school need to do to improve?</h2>
    <ul>
      <li>The school should ensure that all staff who teach phonics are trained to deliver the programme consistently, so that pupils learn to read fluently as soon as possible.</li>
      <li>The school should ensure that pupils who fall behind in reading receive timely and precise support.</li>
      <li>The school should improve the early years environment so that children develop their language and number skills.</li>
      <li>Governors should hold leaders to account more effectively for pupils' achievement.</li>
    </ul>

    <h2>Facts about this school</h2>
    <table class="school-facts">
      <tbody>
        <tr><th scope="row">Type of school</th><td>Community primary</td></tr>
        <tr><th scope="row">Age range of pupils</th><td>4 to 11</td></tr>
        <tr><th scope="row">Number of pupils on the school roll</th><td>412</td></tr>
        <tr><th scope="row">Capacity</th><td>420</td></tr>
        <tr><th scope="row">Pupils eligible for free school meals</th><td>23%</td></tr>
        <tr><th scope="row">Local authority</th><td>Westbrook Borough Council</td></tr>
        <tr><th scope="row">Chair of governing body</th><td>Mrs Fiona Calloway</td></tr>
        <tr><th scope="row">Headteacher</th><td>Mr Daniel Ashcroft</td></tr>
      </tbody>
    </table>

    <h2>Information about this inspection</h2>
    <p>The lead inspector was Dr Helen Oduya, Senior Inspector. She was accompanied by Mr Gareth Pryce, Associate Inspector.</p>
    <p>Inspectors met the headteacher, the deputy headteacher, Ms Rachel Okonkwo, and the special educational needs coordinator. The lead inspector met six members of the governing body, including the chair, and spoke by telephone to Mr Tom Haverley, a school improvement adviser from Westbrook Borough Council.</p>
    <p>Inspectors carried out deep dives in early reading, mathematics, history and physical education. They listened to 22 pupils read to a familiar adult.</p>
    <p>Inspectors considered 138 responses to Parent Voice, the inspectorate's online survey, including 61 free-text comments, as well as 34 responses to the staff survey.</p>
  </main>

  <footer class="site-footer">
    <ul class="footer-links">
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/complaints">Complaints about inspection</a></li>
    </ul>
    <p>Education Standards Inspectorate, Aldwych House, 14 Fenner Street, Leeds LS1 4QX. Telephone 0300 555 0172.</p>
    <p>© Education Standards Inspectorate 2025. Reference no. ESI-10337291.</p>
  </footer>
</body>
</html>
`;

const LETTER = `# Larkfield Primary School

Mill Lane, Hollowmere, Westbrook HW4 7LP · Telephone 01632 960418 · office@larkfield.westbrook.sch.uk

Headteacher: Mr Daniel Ashcroft · Deputy headteacher: Ms Rachel Okonkwo

**Thursday 6 February 2025**

## Our inspection report

Dear parents and carers,

As many of you know, two inspectors from the Education Standards Inspectorate visited Larkfield on Tuesday 14 and Wednesday 15 January. Their report is published today, and I wanted you to hear about it from me first.

The school has been judged to require improvement overall. At our last inspection, in March 2019, Larkfield was judged to be good. I will not pretend this is the outcome any of us wanted. "We have let some of our youngest readers down, and I take responsibility for that."

There is also a great deal in the report to be proud of. Inspectors judged behaviour and attitudes to be good, and personal development to be good. They found that our safeguarding arrangements are effective. They wrote that pupils are "polite, kind and proud of their school", which is exactly what I see every day.

The main concern is early reading. Last summer, only 68% of our Year 1 children passed the phonics screening check, compared with 79% the year before. That is not good enough, and we started to act before the inspectors arrived.

## What we are doing now

1. **A new phonics programme.** We have bought Sound Steps, a complete phonics programme, at a cost of £18,500, including training for all 31 teachers and teaching assistants. Westbrook Borough Council is contributing £7,000 of this from its school improvement fund. All staff will be trained on Monday 24 February, which is an INSET day, so school will be closed to pupils.
2. **A new early reading lead.** Mrs Jasmine Kaur will join us as early reading lead on Monday 3 March. She has led phonics for six years at Eastfield Infant School in Marlow Vale, which was judged outstanding in 2023.
3. **More reading every day.** From Monday 10 March, every child in Reception and Year 1 will read one-to-one with an adult at least three times a week.
4. **Better Reception classrooms.** We will spend £12,000 refurbishing the Reception classrooms and the outdoor area during the Easter holidays.
5. **Support from the council.** Mr Tom Haverley, a school improvement adviser from Westbrook Borough Council, will visit every fortnight until the end of the summer term.

## Come and talk to us

I would like to invite every family to a meeting in the school hall on **Tuesday 18 February at 6pm**. Ms Okonkwo and I will explain the report and our plans, and Mrs Fiona Calloway, our chair of governors, will also be there. A crèche will be available for children aged four and over. If you cannot attend, the slides and a recording will be on the school website by Friday 21 February.

## Questions parents have asked

**Will my child's teacher change?**
No. There are no plans to change class teachers this year. The new early reading lead is an additional post.

**Is my child safe at school?**
Yes. Inspectors found that safeguarding is effective, which is the same judgement as in 2019.

**Will Larkfield be forced to become an academy?**
No. A school judged to require improvement is not required to convert to an academy, and the governing body has no plans to do so.

**When will the inspectors come back?**
A school that requires improvement is normally inspected again within 30 months. I hope that when they return, they will see a school that is good again.

**How many parents responded to the survey?**
138 parents completed Parent Voice during the inspection. I am grateful to every one of you.

## A message from our chair of governors

Mrs Fiona Calloway, chair of governors, said: "The governing body accepts the findings in full. We have asked hard questions of ourselves, and we will keep asking them until Larkfield is good again."

Thank you, as always, for your support. My door remains open, and you can book a time to see me through the school office.

Yours sincerely,

Daniel Ashcroft
Headteacher, Larkfield Primary School

*The full inspection report is available on the Education Standards Inspectorate website. Paper copies are available from the school office free of charge.*
`;

const files = { 'esi-inspection-report-larkfield.html': REPORT, 'head-letter-to-parents.md': LETTER };

describe("a school inspection: the report and the head's letter, with the product's word vectors", () => {
  withProductWordVectors();

  test('two days with their weekdays: "on 14 and 15 January 2025" / "Tuesday 14 and Wednesday 15 January 2025"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states “14”, “downgraded” and “inspecting”".
    verdict('supported', 'The Education Standards Inspectorate downgraded Larkfield Primary School in Hollowmere from good to requires improvement after inspecting it on 14 and 15 January 2025.');
    verdict('contradicted', 'The inspectors visited Larkfield on 14 and 16 January 2025.', [['16 January 2025', 'Wednesday 15 January']]);
  });

  test('"rated" is what "judged" says of a grade', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states “rated” and “downgraded”".
    verdict('supported', 'Inspectors rated behaviour and attitudes good but downgraded personal development from outstanding to good.');
  });
});
