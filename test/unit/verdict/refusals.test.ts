/**
 * A council planning committee refusing a housing scheme: the committee's minutes (Markdown) and the developer's
 * press release (HTML). The sources are written for these tests (from a helper's draft); the council, the developer and
 * the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const MINUTES = `# Harrowfield District Council

## Planning Committee — Minutes

**Meeting held on Tuesday 14 October 2025 at 6.30pm in the Council Chamber, Civic Centre, Mill Lane, Harrowfield**

**Present:** Councillor Robert Feeney (Chair), Councillor Anita Desai (Vice-Chair), Councillors Paul Brennan, Lucy Carvalho, Graham Holt, Sandra Okafor, Peter Quinlan, Julie Ransome, Martin Stead, Emma Tolland, Tom Whitlock and Ian Yardley.

**Officers in attendance:** Simon Achterberg (Principal Planning Officer), Rachel Dunmore (Head of Planning and Building Control), Kevin Sallis (Senior Solicitor, Legal Services) and Naomi Price (Democratic Services Officer).

**Also present:** Councillor Helen Marchetti (Ward Member, Ferrington and Coldwell), attending under Standing Order 34 but not as a member of the committee.

---

### 41. Apologies for absence

There were no apologies for absence. All twelve members of the committee were present.

### 42. Declarations of interest

Councillor Graham Holt declared that he is a member of Ferrington Parish Council, which had submitted an objection to item 44. He stated that he had not taken part in the parish council's discussion of the application and came to the meeting with an open mind. The Senior Solicitor advised that this did not prevent him from taking part in the debate and vote.

### 43. Minutes of the previous meeting

The minutes of the meeting held on Tuesday 16 September 2025 were agreed as a correct record and signed by the Chair.

### 44. Application 24/01187/OUT — Land east of Coldwell Road (Ashby Farm), Ferrington

**Proposal:** Outline planning application, with all matters reserved except access, for the erection of up to 340 dwellings, a 60-bed care home, public open space, a local equipped area of play and associated infrastructure. **Applicant:** Larkstone Homes Ltd.

**Officers' report.** The Principal Planning Officer, Simon Achterberg, presented the report. He explained that the 18.6-hectare site lies outside the settlement boundary of Ferrington and is currently in agricultural use. The scheme would provide 30 per cent affordable housing, equivalent to 102 homes, of which 70 per cent would be for social or affordable rent and 30 per cent for shared ownership.

The applicant had agreed heads of terms for a Section 106 agreement including £2.4 million towards the expansion of St Wilfrid's Primary School, £615,000 towards GP services in the Ferrington area, and £1.1 million for improvements to the junction of Coldwell Road and the A614.

Mr Achterberg reported that the council can currently demonstrate a housing land supply of 4.1 years, below the five-year requirement set by national policy, and that the so-called tilted balance in favour of sustainable development therefore applied. Westshire County Council, as local highway authority, raised no objection subject to conditions. The Environment Agency did not object, as the site lies wholly within Flood Zone 1.

The council had received 1,214 letters of objection and 37 letters of support. Ferrington Parish Council objected to the application. Officers concluded that the harm to the landscape was "moderate and localised" and did not significantly and demonstrably outweigh the benefits, and recommended approval subject to conditions and the completion of a Section 106 agreement.

**Public speaking.** Margaret Oduya, Chair of Ferrington Parish Council, spoke in objection. She said the village of around 2,900 residents had already absorbed 410 new homes since 2016 and that the surgery on Church Street was "already turning people away". She told the committee: "This is not a village extension, it is a second village bolted onto the first."

Daniel Pryce, Planning Director of Larkstone Homes, spoke in support. He said the company had held six public exhibitions over three years, attended by more than 900 people, and had reduced the scheme from an original 420 homes in response to feedback. "We have listened, we have changed the plans, and we have put real money on the table," he said.

Councillor Helen Marchetti, the ward member, spoke against the application. She said the Coldwell Road junction was "a daily bottleneck" and that residents had recorded queues of up to 25 minutes at peak times.

**Debate.** Councillor Tom Whitlock said the site was "the green lung between Ferrington and Harrowfield" and that its loss would cause severe and lasting harm to the landscape. Councillor Sandra Okafor said she supported the principle of new housing but was not persuaded that £615,000 would secure a single extra GP appointment without a new building. Councillor Martin Stead warned that refusal would be "very difficult to defend at appeal" given the shortfall in housing land supply, and reminded members that the highway authority had not objected.

The Head of Planning, Rachel Dunmore, advised members that any refusal contrary to the officers' recommendation must be supported by clear planning reasons, and that the council could face an award of costs if it lost an appeal. The Senior Solicitor confirmed this advice.

**Motion.** Councillor Whitlock moved that the application be refused, contrary to the officers' recommendation. The motion was seconded by Councillor Anita Desai.

**Vote.** The motion to refuse was carried by 7 votes to 4, with 1 abstention. The Chair, Councillor Feeney, voted against the motion.

**Resolved:** That planning permission be **REFUSED** for the following reasons:

1. The development, by reason of its scale and location outside the settlement boundary, would cause significant harm to the character and appearance of the open countryside between Ferrington and Harrowfield, contrary to Policy ENV3 of the Harrowfield Local Plan 2018.
2. The applicant has failed to demonstrate that adequate primary healthcare capacity would be available to serve the development.

Members agreed that the Head of Planning, in consultation with the Chair and Vice-Chair, be authorised to finalise the wording of the reasons for refusal.

### 45. Application 25/00312/FUL — 14 Bridge Street, Harrowfield

Change of use from retail (Class E) to a single dwelling. Approved unanimously, in line with the officers' recommendation, with no public speakers.

### 46. Date of next meeting

The next meeting will be held on Tuesday 11 November 2025 at 6.30pm.

The meeting closed at 9.12pm.

*Chair: ..................................... Date: .....................*
`;

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Larkstone Homes to appeal Ashby Farm refusal | News | Larkstone Homes</title>
  <meta name="description" content="Larkstone Homes responds to Harrowfield District Council's decision to refuse outline planning permission for up to 340 homes at Ashby Farm, Ferrington.">
  <link rel="stylesheet" href="/assets/css/main.min.css">
  <link rel="canonical" href="https://www.larkstonehomes.co.uk/news/larkstone-to-appeal-ashby-farm-refusal">
</head>
<body class="page-news-article">
  <a class="skip-link" href="#main">Skip to content</a>
  <header class="site-header">
    <div class="container">
      <a class="logo" href="/"><img src="/assets/img/larkstone-logo.svg" alt="Larkstone Homes"></a>
      <nav class="main-nav" aria-label="Main">
        <ul>
          <li><a href="/find-a-home">Find a home</a></li>
          <li><a href="/developments">Our developments</a></li>
          <li><a href="/land">Land &amp; planning</a></li>
          <li><a href="/about">About us</a></li>
          <li><a href="/news" aria-current="page">News</a></li>
          <li><a href="/contact">Contact</a></li>
        </ul>
      </nav>
      <a class="btn btn-primary" href="/register-interest">Register interest</a>
    </div>
  </header>

  <main id="main">
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <ol>
        <li><a href="/">Home</a></li>
        <li><a href="/news">News</a></li>
        <li>Larkstone Homes to appeal Ashby Farm refusal</li>
      </ol>
    </nav>

    <article class="press-release">
      <p class="label">Press release &middot; For immediate release</p>
      <h1>Larkstone Homes to appeal &ldquo;disappointing&rdquo; Ashby Farm refusal</h1>
      <p class="dateline"><time datetime="2025-10-15">Wednesday 15 October 2025</time></p>

      <p class="lead">Larkstone Homes has confirmed it will appeal to the Planning Inspectorate after Harrowfield District Council's Planning Committee refused outline permission for up to 340 new homes at Ashby Farm, Ferrington, on Tuesday evening, against the advice of the council's own planning officers.</p>

      <p>The scheme, on land east of Coldwell Road, would have delivered 102 affordable homes, a 60-bed care home and more than 7 hectares of public open space, including a new equipped play area and a circular woodland walk.</p>

      <p>Claire Hollis, Chief Executive of Larkstone Homes, said: &ldquo;We are deeply disappointed by last night's decision. The council's own officers recommended approval after eighteen months of detailed assessment, and no statutory consultee objected to the scheme. Families in Harrowfield cannot wait any longer for homes they can afford.&rdquo;</p>

      <p>Harrowfield District Council cannot currently demonstrate a five-year supply of housing land; its own figure is 4.1 years. Larkstone Homes said the district had delivered only 1,870 new homes in the past five years against a target of 2,450, a shortfall of 580 homes.</p>

      <p>According to the company, the average house price in Harrowfield is now 11.4 times average local earnings, compared with 8.3 times across England as a whole. The waiting list for social housing in the district has grown from 2,310 households in 2020 to 3,045 households this year.</p>

      <h2>A scheme shaped by the community</h2>

      <p>Larkstone Homes first presented proposals for Ashby Farm in 2022. Over three years the company held six public exhibitions, attended by more than 900 people, and reduced the number of homes from 420 to 340 in response to local feedback. The revised layout also moved the main site entrance further south along Coldwell Road and increased the landscape buffer along the western boundary to 40 metres.</p>

      <p>Daniel Pryce, Planning Director at Larkstone Homes, said: &ldquo;We have engaged with the community at every stage and the scheme is better for it. The committee heard a clear professional recommendation and chose not to follow it. We are confident that an independent inspector will take a different view.&rdquo;</p>

      <p>Mr Pryce added that the company would not be seeking to renegotiate the scheme with the council before appealing. &ldquo;The offer on the table was fair and it remains fair,&rdquo; he said.</p>

      <h2>Investment in Ferrington</h2>

      <p>The package of Section 106 contributions agreed with officers totalled more than &pound;4.1 million, including &pound;2.4 million for the expansion of St Wilfrid's Primary School, &pound;615,000 for local GP services and &pound;1.1 million for highway improvements at the junction of Coldwell Road and the A614.</p>

      <p>The company estimates that the development would support around 450 construction jobs over a build period of seven years and generate about &pound;520,000 a year in council tax once complete. It says new residents would spend an estimated &pound;6.8 million a year in local shops and services.</p>

      <h2>Next steps</h2>

      <p>Larkstone Homes expects to lodge its appeal within the next eight weeks, well inside the six-month deadline, and will ask for the case to be heard at a public inquiry. The company said it would also consider applying for an award of costs against the council.</p>

      <p>Councillor Robert Feeney, chair of the Planning Committee, had voted against refusal. Larkstone Homes said it did not intend to comment on the views of individual councillors.</p>

      <h3>Notes to editors</h3>
      <ul>
        <li>Larkstone Homes is an independent housebuilder based in Nottingham, founded in 1987. It completed 1,260 homes across the East Midlands and Yorkshire in the year to 30 June 2025.</li>
        <li>Planning application reference: 24/01187/OUT.</li>
        <li>Media enquiries: Becky Lowther, Communications Manager, press@larkstonehomes.co.uk, 0115 496 0732.</li>
      </ul>
    </article>
  </main>

  <footer class="site-footer">
    <div class="container">
      <nav aria-label="Footer">
        <ul>
          <li><a href="/privacy">Privacy policy</a></li>
          <li><a href="/cookies">Cookies</a></li>
          <li><a href="/accessibility">Accessibility</a></li>
          <li><a href="/modern-slavery">Modern slavery statement</a></li>
          <li><a href="/careers">Careers</a></li>
        </ul>
      </nav>
      <p>&copy; 2025 Larkstone Homes Ltd. Registered in England and Wales, company no. 02184467. Registered office: Larkstone House, 3 Castle Quay, Nottingham NG7 1FW.</p>
      <p>Follow us: <a href="https://www.linkedin.com/company/larkstone-homes">LinkedIn</a> &middot; <a href="https://www.facebook.com/larkstonehomes">Facebook</a></p>
    </div>
  </footer>
  <script src="/assets/js/main.min.js" defer></script>
</body>
</html>
`;

const files = { 'planning-committee-minutes-2025-10-14.md': MINUTES, 'larkstone-press-release-ashby-farm.html': RELEASE };

describe("a planning committee's refusal: the minutes and the developer's release, with the product's word vectors", () => {
  withProductWordVectors();

  test('a light verb is no item of a list: "on Tuesday, going against" / "on Tuesday evening, against"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives evening, not going".
    verdict('supported', "Harrowfield District Council's planning committee rejected Larkstone Homes' plans for up to 340 homes at Ashby Farm in Ferrington on Tuesday, going against the advice of its own officers.");
  });

  test('a title before a name: "Head of planning Simon Achterberg" when the minutes make him the Principal Planning Officer', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported (a role only in apposition after a comma was read, and the minutes' bracketed roles not at all).
    verdict('contradicted', 'Head of planning Simon Achterberg warned members that the council could face an award of costs if it lost an appeal.', [['Head of planning', 'Principal Planning Officer']]);
    verdict('supported', 'Head of planning Rachel Dunmore warned members that the council could face an award of costs if it lost an appeal.');
  });

  test('"described the site as" gives the quotation to its speaker', async () => {
    // Was no finding: "described" was no verb of saying.
    const wrong = await checkAgainst(files, '# Ashby Farm\n\nCouncillor Sandra Okafor described the site as "the green lung between Ferrington and Harrowfield".\n');
    assert.deepEqual(wrong.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message.replace(/ \(.*$/, '')), ['These words were said by Councillor Tom Whitlock, not Councillor Sandra Okafor']);
    const right = await checkAgainst(files, '# Ashby Farm\n\nCouncillor Tom Whitlock described the site as "the green lung between Ferrington and Harrowfield".\n');
    assert.deepEqual(right.findings.map((f) => f.message), []);
  });
});
