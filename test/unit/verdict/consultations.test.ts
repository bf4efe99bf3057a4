/**
 * A village school's proposed closure: the council cabinet's report (Markdown) and the school's letter to parents with
 * a campaign's statement (HTML). The sources are written for these tests (from a helper's draft); the council, the
 * school and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# Westmere County Council — Cabinet

## Report of the Director of Children's Services

**Meeting:** Cabinet, Tuesday 14 October 2025, 6.30pm, Council Chamber, County Hall, Ribbleton
**Report author:** Dr Helen Okafor, Director of Children's Services
**Lead member:** Councillor Martin Pryce, Cabinet Member for Education and Skills
**Wards affected:** Ashworth and Fellside
**Key decision:** Yes
**Report status:** Open

### Title: Proposed closure of Ashworth Vale Primary School — outcome of informal consultation

## 1. Purpose of the report

1.1 This report sets out the outcome of the six-week informal consultation on the future of Ashworth Vale Primary School, a community primary school in the village of Ashworth maintained by Westmere County Council. It asks Cabinet to decide whether to publish a statutory proposal to close the school on 31 August 2026.

1.2 The informal consultation ran from Monday 2 June 2025 to Friday 11 July 2025.

## 2. Recommendations

2.1 That Cabinet approves the publication of a statutory notice proposing the closure of Ashworth Vale Primary School with effect from 31 August 2026 (Option C).

2.2 That Cabinet notes that pupils on roll would be offered places at Fellside Church of England Primary School, 2.4 miles away, which has agreed to expand its Reception intake from 30 to 45 places.

2.3 That Cabinet approves capital funding of £1.15 million for two additional classrooms at Fellside CE Primary School.

## 3. Background

3.1 Ashworth Vale Primary School has a capacity of 210 places. In the January 2025 school census there were 87 pupils on roll, meaning 123 places, or 59 per cent of capacity, were unfilled. Five years earlier, in January 2020, there were 141 pupils on roll.

3.2 Pupil forecasts prepared by the council's School Place Planning team project that the roll will fall to 64 by September 2028. The number of births in the school's catchment area fell from 38 in 2018 to 21 in 2023.

3.3 The school was judged "Good" by Ofsted at its most recent inspection in March 2023. Its standards are not the reason for this proposal, and officers do not consider that the quality of teaching at the school has declined.

3.4 The school is organised into four mixed-age classes. The Reception intake in September 2024 was nine children; the published admission number is 30.

## 4. Financial position

4.1 The school's budget is funded largely through the per-pupil formula. The school ended 2024-25 with a deficit of £186,000, and the governing body's three-year budget plan forecasts that the deficit will rise to £412,000 by March 2028 if no action is taken.

4.2 The cost per pupil at Ashworth Vale in 2024-25 was £7,940, compared with a county average for primary schools of £5,620.

4.3 The building requires an estimated £640,000 of condition works over the next five years, including a new roof over the main hall and the replacement of the heating system, which dates from 1974.

4.4 The council would not recover the accumulated deficit from the school's budget; under the relevant regulations a deficit on closure is met by the council's general fund.

## 5. Options considered

5.1 **Option A — No change.** Rejected because the deficit would continue to grow and the school would be unable to set a balanced budget.

5.2 **Option B — Federation with Fellside CE Primary School under one executive headteacher.** Considered but not recommended. Officers estimate savings of £48,000 a year, which would not close the structural gap. The governing body of Fellside CE Primary did not support a federation.

5.3 **Option C — Closure on 31 August 2026 with pupils transferring to Fellside CE Primary.** Recommended.

5.4 **Option D — Amalgamation with Fellside CE Primary on a split site.** Rejected because the Diocese of Blackmoor Board of Education did not consent to a split-site arrangement.

## 6. Consultation responses

6.1 The council received 412 responses to the consultation: 368 through the online survey, 31 by email and 13 by letter. A petition with 2,106 signatures was presented to the council on Thursday 10 July 2025.

6.2 Of the 412 respondents, 341 (83 per cent) disagreed or strongly disagreed with the proposal to close the school, 52 (13 per cent) agreed or strongly agreed and 19 were undecided.

6.3 Two public meetings were held at Ashworth Village Hall, on Wednesday 18 June 2025 and Monday 30 June 2025. Around 190 people attended the first meeting and about 140 the second.

6.4 The main themes raised were:

- the length and safety of the journey to Fellside, particularly along the B6270, which has no footpath for 1.1 miles;
- the loss of the only community building in Ashworth other than the village hall;
- the effect on children with special educational needs, of whom there are 14 on roll;
- concern that Fellside CE Primary is a Church of England school and that families who want a non-faith education would have no nearby alternative.

6.5 The council will provide free home-to-school transport for all pupils transferring from Ashworth Vale to Fellside, regardless of the statutory distance criteria, until they leave primary school.

## 7. Comments from the lead member

7.1 Councillor Martin Pryce said: "Nobody comes into local government wanting to close a village school. But we cannot ask 87 children to carry the cost of 210 places, and we have a duty to every child in the county."

7.2 Dr Helen Okafor said: "The staff at Ashworth Vale have done a remarkable job in difficult circumstances. This is about numbers, not standards."

## 8. Staffing implications

8.1 The school employs 11 teaching and support staff, of whom seven are full-time. The council will seek to redeploy staff to vacancies across the county, and Fellside CE Primary expects to recruit two additional teachers and three teaching assistants.

## 9. Next steps

9.1 If Cabinet approves, a statutory notice will be published on Monday 3 November 2025, followed by a four-week representation period ending on Monday 1 December 2025. A final decision would be taken by Cabinet on Tuesday 13 January 2026.

9.2 If Cabinet does not approve the recommendation, officers will bring a revised report to the December meeting.

## 10. Background papers

- Westmere School Organisation Plan 2024-2029
- Ashworth Vale Primary School three-year budget plan, submitted May 2025
- Consultation response analysis, July 2025 (Appendix 2)

*Contact officer: Sarah Lindqvist, Head of School Place Planning, telephone 01772 530 418*
`;

const LETTER = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>News and Letters | Ashworth Vale Primary School</title>
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/cookie-consent.js" defer></script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/"><img src="/assets/img/ashworth-vale-crest.png" alt="Ashworth Vale Primary School crest"></a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/about">About Us</a></li>
        <li><a href="/classes">Classes</a></li>
        <li><a href="/parents">Parents</a></li>
        <li><a class="active" href="/news">News and Letters</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
    <div class="search"><form action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form></div>
  </header>

  <main id="content">
    <p class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News and Letters</a> &gt; Letter to parents: consultation outcome</p>

    <article class="letter">
      <h1>Letter to parents and carers: the council's consultation on our school</h1>
      <p class="date">Friday 17 October 2025</p>

      <p>Dear Parents and Carers,</p>

      <p>As many of you will already know, Westmere County Council's Cabinet met on Tuesday evening and voted to publish a formal notice proposing that Ashworth Vale Primary School should close at the end of August 2026. I wanted to write to you straight away so that you hear the facts from the school rather than from social media.</p>

      <p>First, I want to be absolutely clear: no decision to close the school has yet been made. The notice starts a further four-week period in which anyone can make representations, and Cabinet will not make a final decision until January.</p>

      <p>The governors and I did not ask for this proposal, and we do not support it. At the meeting our chair of governors, Mr Robert Ainsley, told councillors that the school had reduced its deficit by £31,000 over the last year by not replacing a teacher who retired in July. "We have cut everything we can cut without cutting into the children," he said.</p>

      <p>I also want to reassure you that nothing changes for your children this year. Classes, clubs and the residential trip to Kielder for Year 6 in May will all go ahead as planned. Our Christmas performance will take place on Thursday 11 December at 2pm in the school hall.</p>

      <p>I know some of you are worried about staff. Every member of staff has been spoken to individually, and no one has been made redundant. Mrs Claire Dunmore, our deputy headteacher, and I will be available at the school gate every morning next week if you would like to talk.</p>

      <p>Ofsted described our school in 2023 as "a warm, inclusive school where every child is known." That has not changed and it will not change while I am headteacher.</p>

      <p>I would encourage every family to respond to the formal notice when it is published. Details will be on the council's website and we will send paper copies home in book bags.</p>

      <p>Yours sincerely,</p>
      <p><strong>Mrs Joanna Whitfield</strong><br>Headteacher, Ashworth Vale Primary School</p>
    </article>

    <hr>

    <section class="statement" id="save-ashworth-vale">
      <h2>Statement from the Save Ashworth Vale School campaign</h2>
      <p class="date">Published Saturday 18 October 2025</p>

      <p>The Save Ashworth Vale School campaign, a group of parents, grandparents and villagers formed in May, is bitterly disappointed by Tuesday's Cabinet vote but will keep fighting.</p>

      <p>More than 2,100 people signed our petition, which is more than three times the population of Ashworth itself. Eighty-three per cent of those who responded to the council's own consultation opposed closure. Cabinet did not listen.</p>

      <p>The campaign's chair, Ms Priya Raman, whose two daughters attend the school, said: "The council has spent months telling us this is about numbers. It is about children. A five-year-old should not be on a minibus for forty minutes a day on a road with no pavement."</p>

      <p>The campaign disputes the council's pupil forecasts. We point out that planning permission was granted in February 2025 for 48 new homes on the former Halsall Farm site, and that the council's figures do not include any children from that development. The forecasts were prepared before the permission was granted.</p>

      <p>We also note that the council has found £1.15 million to build new classrooms at Fellside but says it cannot afford the £640,000 needed to repair our building. Closing Ashworth Vale will not save the council as much as it claims.</p>

      <p>Campaign treasurer Mr Daniel Okonjo, a retired accountant, said: "The deficit will be written off by the council either way. What the council is really saving is the repair bill, and they are doing it at the expense of the village."</p>

      <p>The campaign will hold a public meeting at Ashworth Village Hall on Wednesday 29 October at 7pm, and has written to the Secretary of State for Education and to the local MP, Ms Fiona Carrick, asking them to intervene. We are also exploring whether the school could convert to an academy within a multi-academy trust.</p>

      <p>We urge everyone to respond to the statutory notice before the deadline of 1 December.</p>

      <p>Contact: saveashworthvale@example.org.uk</p>
    </section>
  </main>

  <footer class="site-footer">
    <p>Ashworth Vale Primary School, Church Lane, Ashworth, Westmere WM7 4QT &middot; Telephone 01772 640 223</p>
    <p><a href="/policies">Policies</a> | <a href="/privacy">Privacy notice</a> | <a href="/accessibility">Accessibility</a> | <a href="/sitemap">Sitemap</a></p>
    <p>&copy; 2025 Ashworth Vale Primary School. Website by SchoolSites Ltd.</p>
  </footer>
</body>
</html>
`;

const files = { 'cabinet-report-ashworth-vale.md': REPORT, 'ashworth-vale-letter-and-campaign.html': LETTER };

describe("a school closure consultation: the cabinet report and the school's letter, with the product's word vectors", () => {
  withProductWordVectors();

  test('a date that is the claim\'s but for its weekday: "Thursday 13 January 2026" / "Tuesday 13 January 2026"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported ("will take" / "would be taken": the auxiliary counted against the copy).
    verdict('contradicted', 'Cabinet will take a final decision on Thursday 13 January 2026.', [['Thursday 13 January 2026', 'Tuesday 13 January 2026']]);
    verdict('supported', 'Cabinet will take a final decision on Tuesday 13 January 2026.');
  });

  test('two figures of the claim set the wrong way round: "£7,940 was lower than the county primary average of £5,620"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    const r = verdict('contradicted', "Ashworth Vale's cost per pupil of £7,940 was lower than the county primary average of £5,620.");
    assert.equal(r.conflicts[0].claim, 'lower');
    verdict('supported', "Ashworth Vale's cost per pupil of £7,940 was higher than the county primary average of £5,620.");
  });

  test('"the chair of governors" is an office of its own, not the campaign\'s chair', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives Ms Priya Raman, not Robert Ainsley" ("our chair of governors, Mr Robert
    // Ainsley," was read as no office, "the chair of governors" as a bare "chair").
    verdict('supported', 'Robert Ainsley, the chair of governors, told councillors the school had reduced its deficit by £31,000 over the past year.');
  });
});
