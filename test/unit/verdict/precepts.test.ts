/**
 * A council tax rise approved at a budget meeting: the council's budget report (Markdown) and a local paper's live
 * blog of the meeting (HTML). The sources are written for these tests (from a helper's draft); the council and the
 * people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# North Ashby Council — Revenue Budget and Council Tax 2025/26

**Report to:** Full Council, Thursday 27 February 2025
**Report of:** Priya Ramaswamy, Executive Director of Resources (Section 151 Officer)
**Cabinet Member:** Councillor Daniel Okafor, Cabinet Member for Finance and Corporate Services
**Status:** Public — Key decision
**Wards affected:** All

---

## 1. Summary

1.1 This report sets out the Cabinet's proposed revenue budget for 2025/26 and recommends the level of council tax for the year. The Cabinet considered and approved these proposals at its meeting on Tuesday 11 February 2025 and recommends them to Full Council.

1.2 The proposed net revenue budget is £412.6 million, an increase of £23.5 million (6.0%) on the 2024/25 budget of £389.1 million.

1.3 The Cabinet recommends a council tax increase of 4.99% for 2025/26, made up of a 2.99% rise in core council tax and a 2% adult social care precept. This is the maximum increase permitted without holding a local referendum. The council has not requested permission from the government to exceed the referendum limit.

## 2. Council tax

2.1 The North Ashby Council element of the Band D council tax will rise from £1,842.30 to £1,934.23, an increase of £91.93 a year, or about £1.77 a week.

2.2 Around 61% of homes in the borough are in Bands A and B and will pay less than the Band D figure. A Band A property will pay £1,289.49 and a Band B property £1,504.40 for the council's element of the bill.

2.3 Including the precepts set by the Northshire Police and Crime Commissioner (£268.52) and the Northshire Fire and Rescue Authority (£94.14), the total Band D bill will be £2,296.89. Parish and town council precepts are added where they apply.

2.4 The council tax base for 2025/26 is 98,450 Band D equivalent properties, up from 97,210 in 2024/25.

2.5 The Local Council Tax Support scheme will remain unchanged. Working-age households on the lowest incomes will continue to receive a reduction of up to 85% of their bill. Around 14,200 households currently receive support under the scheme.

## 3. Funding gap and savings

3.1 The Medium-Term Financial Strategy identified a budget gap of £28.4 million for 2025/26. The gap is driven mainly by rising demand in adult social care, children's placements and home-to-school transport, and by the increase in employer National Insurance contributions, which is estimated to cost the council £4.1 million a year.

3.2 The gap will be closed by:

- savings and income proposals totalling £17.9 million;
- the council tax increase and growth in the tax base, raising an additional £4.3 million;
- a one-off drawdown of £6.2 million from the general fund reserve.

3.3 The savings total of £17.9 million is higher than the £12.1 million agreed for 2024/25. Of the 2024/25 savings, £10.6 million is forecast to be delivered in full.

## 4. Service changes

4.1 **Libraries.** Three of the borough's 11 libraries — Millbrook, Saltergate and Eastwick — will close from 1 July 2025, saving £640,000 a year. Opening hours at the remaining eight libraries will be reduced from 48 to 40 hours a week. The mobile library service will be expanded to visit each of the three affected communities weekly.

4.2 **Garden waste.** The annual charge for the garden waste collection service will rise from £48 to £55 per bin from 1 April 2025. Around 31,000 households currently subscribe.

4.3 **Grounds maintenance.** Grass cutting in parks and on highway verges will be reduced from every two weeks to every four weeks between April and September, saving £310,000.

4.4 **Staffing.** The budget removes 142 full-time equivalent posts, of which 58 are currently vacant. The council expects the remaining reductions to be achieved through voluntary redundancy, redeployment and natural turnover, and does not anticipate compulsory redundancies.

4.5 **Adult social care.** The budget for adult social care will rise by 9.2% to £163.4 million. No cuts to frontline care packages are proposed.

4.6 **Children's services.** The children's services budget is forecast to overspend by £7.8 million in 2024/25, mainly because of the cost of external residential placements. The 2025/26 budget includes £9.5 million of additional funding for children's services.

## 5. Reserves

5.1 After the planned drawdown, the general fund reserve is forecast to fall from £31.5 million to £25.3 million by 31 March 2026.

5.2 Statement of the Section 151 Officer: "In my view the estimates are robust and the level of reserves is adequate for 2025/26. However, the council cannot continue to use reserves to balance its budget, and a further gap of £19.7 million is forecast for 2026/27."

## 6. Capital programme

6.1 The capital programme for 2025/26 totals £96.3 million. It includes £22 million for highway maintenance and £14.5 million for a new special educational needs school at Fenby Park, due to open in September 2026.

## 7. Consultation

7.1 Public consultation on the budget proposals ran from 4 November to 15 December 2024 and received 2,847 responses. Of those responding, 57% opposed the proposed library closures, while 64% supported a council tax increase to protect adult social care.

## 8. Recommendations

8.1 Full Council is asked to:

- (a) approve the net revenue budget for 2025/26 of £412.6 million;
- (b) approve a Band D council tax of £1,934.23 for the council's element, an increase of 4.99%;
- (c) approve the savings proposals set out in Appendix B;
- (d) note the statement of the Section 151 Officer on the robustness of the estimates and the adequacy of reserves.

*Contact officer: Mark Pemberton, Head of Financial Planning, 01604 555 210*
`;

const BLOG = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>LIVE: North Ashby Council budget meeting as council tax set to rise 4.99% | North Ashby Gazette</title>
  <meta name="description" content="Follow live updates from North Ashby Council's budget meeting at the Civic Centre.">
  <link rel="stylesheet" href="/assets/css/main.min.css">
  <link rel="canonical" href="https://www.northashbygazette.co.uk/news/politics/live-north-ashby-council-budget-meeting-2025">
</head>
<body class="article live-blog">
  <header class="site-header">
    <a class="logo" href="/">North Ashby Gazette</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/news">News</a></li>
        <li><a href="/news/politics">Politics</a></li>
        <li><a href="/sport">Sport</a></li>
        <li><a href="/whats-on">What's On</a></li>
        <li><a href="/business">Business</a></li>
        <li><a href="/announcements">Announcements</a></li>
        <li><a href="/subscribe" class="btn">Subscribe</a></li>
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form>
  </header>

  <div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo; <a href="/news/politics">Politics</a></div>

  <main id="content">
    <article class="live">
      <span class="live-badge">LIVE</span>
      <h1>LIVE: North Ashby Council budget meeting as council tax set to rise 4.99%</h1>
      <p class="byline">By <a href="/authors/tom-whitley">Tom Whitley</a>, Local Democracy Reporter &middot; <time datetime="2025-02-27T17:40">Thursday 27 February 2025</time></p>
      <p class="standfirst">Councillors are meeting at the Civic Centre on Ashby Road to set the budget for 2025/26, including a 4.99% council tax rise and the closure of three libraries. Follow our updates below.</p>

      <div class="live-entries">

        <div class="entry">
          <time datetime="2025-02-27T22:05">10.05pm</time>
          <h2>Campaigners vow to fight on</h2>
          <p>Friends of Eastwick Library say they will not give up and are taking legal advice about a possible judicial review. Organiser Janet Cole told the Gazette: "Tonight they voted to shut the door on the people who need it most. This is not over."</p>
          <p>That's where we'll leave our live coverage. Thank you for following.</p>
        </div>

        <div class="entry">
          <time datetime="2025-02-27T21:52">9.52pm</time>
          <h2>Okafor: 'Social care is protected'</h2>
          <p>Speaking to the Gazette as the meeting closed, Cllr Okafor said: "It was a difficult night, but we have a balanced budget and social care is protected." New council tax bills will be sent to households in March.</p>
        </div>

        <div class="entry key">
          <time datetime="2025-02-27T21:47">9.47pm</time>
          <h2>BREAKING: Budget approved</h2>
          <p>The budget has been approved by 38 votes to 21, with three abstentions. It was a recorded vote. All Labour councillors voted in favour; the Conservatives and Liberal Democrats voted against. The three Green councillors abstained.</p>
          <p>That means the North Ashby Council share of a Band D bill will be £1,934.23 from April.</p>
        </div>

        <div class="entry">
          <time datetime="2025-02-27T21:30">9.30pm</time>
          <h2>Finance director's warning</h2>
          <p>Before the vote, Priya Ramaswamy, the council's executive director of resources, reminded members of her statement on reserves. "Reserves can only be spent once," she said. "The gap next year is £19.7 million and it will have to be closed with savings, not savings accounts."</p>
        </div>

        <div class="entry">
          <time datetime="2025-02-27T21:10">9.10pm</time>
          <h2>SEND school welcomed</h2>
          <p>Independent councillor Rachel Dunmore (Fenby Park) said she could not support the budget but welcomed the £14.5m for a new special school in her ward. "Parents in Fenby Park have waited nine years for this," she said.</p>
        </div>

        <div class="entry">
          <time datetime="2025-02-27T20:15">8.15pm</time>
          <h2>Lib Dem amendment falls</h2>
          <p>The Liberal Democrat amendment to keep Eastwick library open has been defeated by 37 votes to 24, with one abstention. There were groans from the public gallery.</p>
        </div>

        <div class="entry">
          <time datetime="2025-02-27T20:05">8.05pm</time>
          <h2>Conservative amendment defeated</h2>
          <p>The Conservative amendment, which would have frozen the garden waste charge at £48, has been defeated by 40 votes to 21, with one abstention.</p>
        </div>

        <div class="entry">
          <time datetime="2025-02-27T19:50">7.50pm</time>
          <h2>Greens to abstain</h2>
          <p>Green group leader Cllr Owen Pryce (Riverside) says his group will abstain on the budget. "I cannot vote for library closures, but I will not vote against money for social care either," he said.</p>
        </div>

        <div class="entry">
          <time datetime="2025-02-27T19:32">7.32pm</time>
          <h2>Leader: 'The least bad budget'</h2>
          <p>Council leader Cllr Helen Marsh has risen to speak. "I won't pretend this is a good budget. It is the least bad budget we could set," she said.</p>
          <p>She confirmed the council had not asked the government for permission to go above the 4.99% limit, "because I will not ask North Ashby families to pay for Whitehall's failures".</p>
        </div>

        <div class="entry">
          <time datetime="2025-02-27T19:05">7.05pm</time>
          <h2>Lib Dems move to save Eastwick</h2>
          <p>Liberal Democrat group leader Cllr Sophie Tan moves an amendment to keep Eastwick library open for another year, paid for with £215,000 from the council's transformation reserve. "Eastwick is the most deprived ward in the borough. Its library is not a luxury," she said.</p>
        </div>

        <div class="entry">
          <time datetime="2025-02-27T18:40">6.40pm</time>
          <h2>Conservatives: 'Pay more, get less'</h2>
          <p>Conservative group leader Cllr Graham Fenwick responds. "This is a budget that asks residents to pay more and get less," he said. "They are closing three libraries, cutting the grass half as often and still raiding the reserves."</p>
          <p>His group is moving an amendment to freeze the garden waste charge, funded by cutting consultancy spending by £250,000.</p>
        </div>

        <div class="entry">
          <time datetime="2025-02-27T18:24">6.24pm</time>
          <h2>What it means for your bill</h2>
          <p>Cllr Okafor says the rise would add £1.77 a week to a Band D bill. "Most households in North Ashby are in bands A and B and will pay less than that," he said.</p>
        </div>

        <div class="entry">
          <time datetime="2025-02-27T18:10">6.10pm</time>
          <h2>Budget introduced</h2>
          <p>Cllr Daniel Okafor, cabinet member for finance, is introducing the budget. He says the council faces a £28.4m gap. "Nobody comes into local government to close libraries," he said. "But we have been dealt a hand of rising demand and a funding settlement that does not keep pace, and we have chosen to protect the most vulnerable."</p>
        </div>

        <div class="entry">
          <time datetime="2025-02-27T18:02">6.02pm</time>
          <h2>Meeting under way</h2>
          <p>The meeting has started in the council chamber. The Mayor, Cllr Margaret Holloway, is in the chair. There are 62 of the council's 65 councillors present.</p>
        </div>

        <div class="entry">
          <time datetime="2025-02-27T17:45">5.45pm</time>
          <h2>Protest outside the Civic Centre</h2>
          <p>About 40 protesters have gathered outside the Civic Centre holding "Save Eastwick Library" placards. The campaign group Friends of Eastwick Library has handed in a petition with 6,300 signatures.</p>
          <p>Organiser Janet Cole said: "Eastwick library is the only warm, free place left for a lot of people round here. Closing it is a false economy."</p>
        </div>

      </div>
    </article>

    <aside class="related">
      <h3>Related stories</h3>
      <ul>
        <li><a href="/news/politics/eastwick-library-closure-plan">Eastwick library among three set to close under budget plans</a></li>
        <li><a href="/news/politics/garden-waste-charge-rise">Garden waste charge to rise to £55</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <ul>
        <li><a href="/contact">Contact us</a></li>
        <li><a href="/advertise">Advertise</a></li>
        <li><a href="/privacy">Privacy notice</a></li>
        <li><a href="/cookies">Cookie policy</a></li>
        <li><a href="/terms">Terms and conditions</a></li>
      </ul>
    </nav>
    <p>&copy; 2025 North Ashby Gazette Ltd. All rights reserved. Registered in England and Wales No. 04412876.</p>
    <p>The North Ashby Gazette is regulated by IPSO. Local Democracy Reporters are funded by the BBC as part of the Local News Partnership.</p>
  </footer>
  <script src="/assets/js/live.min.js" defer></script>
</body>
</html>
`;

const files = { 'budget_report_2025-26.md': REPORT, 'live_blog_budget_meeting.html': BLOG };

describe("a council tax rise: the budget report and the live blog, with the product's word vectors", () => {
  withProductWordVectors();

  test('"cuts 142 posts" is "removes 142 posts"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives removes, not cuts".
    verdict('supported', 'The budget cuts 142 full-time equivalent posts, 58 of which are already vacant.');
  });

  test('words of both directions in a quotation the evidence has word for word', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives less, not more".
    verdict('supported', 'Conservative group leader Graham Fenwick said the budget "asks residents to pay more and get less".');
    verdict('contradicted', 'Conservative group leader Graham Fenwick said the budget asks residents to pay less and get more.');
  });
});
