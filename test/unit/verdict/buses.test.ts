/**
 * Bus routes cut: the operator's service change notice (HTML, with a table of routes: number, route, old and new
 * frequency, date) and the county council's statement (plain text). The sources are written for these tests (from a
 * helper's draft); the companies, places and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Service changes from Sunday 7 September 2025 | Redfern Buses</title>
  <meta name="description" content="Timetable changes and route withdrawals across Kesterdale from Sunday 7 September 2025.">
  <link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Redfern Buses</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/plan-a-journey">Plan a journey</a></li>
        <li><a href="/timetables">Timetables</a></li>
        <li><a href="/tickets">Tickets &amp; fares</a></li>
        <li><a href="/service-updates" aria-current="page">Service updates</a></li>
        <li><a href="/help">Help &amp; contact</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/service-updates">Service updates</a> &rsaquo; Service changes from 7 September 2025
  </nav>

  <main>
    <article>
      <h1>Service changes from Sunday 7 September 2025</h1>
      <p class="meta">Published Tuesday 29 July 2025 &middot; Kesterdale network</p>

      <p>From Sunday 7 September 2025 we are making changes to five routes in the Kesterdale area. Two routes will be withdrawn completely and three will run less often. These changes follow a review of every route we operate in the county, and we are sorry for the disruption they will cause to some of our customers.</p>

      <h2>Why we are making these changes</h2>
      <p>Since 2019 the cost of running a bus in Kesterdale has risen by 31 per cent, driven by fuel, insurance, parts and driver wages, while passenger numbers on many of our rural routes have not returned to pre-pandemic levels. Across the Kesterdale network we carried 4.2 million passengers in 2024/25, compared with 5.1 million in 2019/20.</p>
      <p>Routes 31 and 45 were supported by Kesterdale County Council under a contract that ends on Saturday 6 September 2025. We offered to keep both routes running for a further three years for an annual payment of &pound;690,000, but the council has told us it is unable to fund them at that level. Neither route can be run commercially.</p>

      <h2>Summary of changes</h2>
      <table class="route-changes">
        <caption>Route changes from Sunday 7 September 2025</caption>
        <thead>
          <tr>
            <th scope="col">Route</th>
            <th scope="col">Between</th>
            <th scope="col">Current frequency (Mon&ndash;Sat daytime)</th>
            <th scope="col">New frequency (Mon&ndash;Sat daytime)</th>
            <th scope="col">Date of change</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>14</td>
            <td>Brackenford &ndash; Mossby &ndash; Illingham</td>
            <td>Every 20 minutes</td>
            <td>Every 30 minutes</td>
            <td>Sunday 7 September 2025</td>
          </tr>
          <tr>
            <td>22</td>
            <td>Brackenford &ndash; Thornleigh</td>
            <td>Hourly</td>
            <td>Every 2 hours</td>
            <td>Sunday 7 September 2025</td>
          </tr>
          <tr>
            <td>31</td>
            <td>Illingham &ndash; Upper Cadwell</td>
            <td>Every 90 minutes</td>
            <td>Withdrawn</td>
            <td>Last day of service Saturday 6 September 2025</td>
          </tr>
          <tr>
            <td>45</td>
            <td>Mossby &ndash; Saltmarsh Green</td>
            <td>Every 2 hours</td>
            <td>Withdrawn</td>
            <td>Last day of service Saturday 6 September 2025</td>
          </tr>
          <tr>
            <td>X7</td>
            <td>Brackenford &ndash; Kesterbridge (express)</td>
            <td>Every 30 minutes</td>
            <td>Every 60 minutes</td>
            <td>Monday 8 September 2025</td>
          </tr>
        </tbody>
      </table>

      <h2>What the changes mean for you</h2>
      <h3>Route 14</h3>
      <p>Buses will run every 30 minutes between 0700 and 1900, Monday to Saturday. The first departure from Brackenford bus station will remain at 0545. Evening journeys will run hourly until 2300, unchanged. Sunday services stay at every 60 minutes.</p>
      <h3>Route 22</h3>
      <p>Route 22 will run every two hours, with the last departure from Thornleigh at 1715 instead of 1845. There will be no Sunday service on route 22, as now.</p>
      <h3>Routes 31 and 45</h3>
      <p>The last buses on routes 31 and 45 will run on Saturday 6 September 2025. Route 31 carried 38,500 passengers in 2024/25, and route 45 carried 9,800. Kesterdale County Council has said it is planning replacement arrangements for the villages affected; please check the council&rsquo;s website for details.</p>
      <h3>Route X7</h3>
      <p>The X7 will run hourly from Monday 8 September 2025. Journey time between Brackenford and Kesterbridge will be unchanged at 42 minutes. The extra peak-hour journeys at 0715 and 1730 will continue.</p>

      <h2>What our managing director says</h2>
      <blockquote>
        <p>&ldquo;Nobody at Redfern wants to take buses away from the communities we serve, and these were not easy decisions. We have protected as many journeys as we can, but we cannot keep running buses that are half empty at a loss.&rdquo;</p>
        <footer>&mdash; Gavin Thorley, Managing Director, Redfern Buses</footer>
      </blockquote>
      <p>Alison Pereira, Redfern&rsquo;s Head of Network Planning, said the company would review the new timetables after six months: &ldquo;If passengers come back to these routes, we will put the buses back.&rdquo;</p>

      <h2>Your questions answered</h2>
      <dl class="faq">
        <dt>Will my season ticket still be valid?</dt>
        <dd>Yes. All Redfern Kesterdale weekly, monthly and annual tickets remain valid on every Redfern route. Customers who held a season ticket for use only on routes 31 or 45 can claim a refund for unused days until Friday 31 October 2025.</dd>
        <dt>Will fares change?</dt>
        <dd>No. The &pound;3 single fare cap continues on all routes.</dd>
        <dt>Will any jobs be lost?</dt>
        <dd>No drivers will be made redundant. The 11 drivers who work routes 31 and 45 will move to other duties at our Brackenford depot.</dd>
        <dt>How can I give feedback?</dt>
        <dd>Email <a href="mailto:kesterdale@redfernbuses.example">kesterdale@redfernbuses.example</a> or call our customer services team on 0300 555 0142, 8am to 6pm, Monday to Friday.</dd>
      </dl>
    </article>
  </main>

  <footer class="site-footer">
    <ul class="footer-links">
      <li><a href="/about">About us</a></li>
      <li><a href="/careers">Careers</a></li>
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy">Privacy &amp; cookies</a></li>
    </ul>
    <p>Redfern Buses is a trading name of Redfern Omnibus Company Ltd, registered in England and Wales, company number 04418327. Registered office: Station Road Depot, Brackenford, KD1 4RB.</p>
    <p>&copy; 2025 Redfern Omnibus Company Ltd. All rights reserved.</p>
  </footer>
</body>
</html>
`;

const STATEMENT = `KESTERDALE COUNTY COUNCIL
Press Office, County Hall, Kesterbridge KB1 2AA
Media enquiries: 01632 960 411 | press@kesterdale.gov.example

NEWS RELEASE
For immediate release: Wednesday 30 July 2025

STATEMENT FROM THE CABINET MEMBER FOR HIGHWAYS AND TRANSPORT ON REDFERN BUSES SERVICE CHANGES

Councillor Margaret Oyelaran, Kesterdale County Council's Cabinet Member for Highways and Transport, has issued the following statement in response to Redfern Buses' announcement of cuts to five routes in the county from Sunday 7 September 2025.

STATEMENT

"I share the anger and frustration of residents in Upper Cadwell, Saltmarsh Green and the villages along routes 31 and 45. These buses are a lifeline for people getting to work, to school, to the surgery and to the shops, and I know how worrying today's news will be.

"Let me be clear about the money. This council currently pays Redfern £412,000 a year to run routes 31 and 45. When that contract came up for renewal, Redfern asked for £690,000 a year, an increase of 67 per cent. At the same time, the number of people using the two routes has fallen sharply. Route 31 carried 51,200 passengers in 2019/20 and 38,500 in 2024/25. On route 45, every passenger journey now costs the council £21.40 in subsidy.

"We simply could not justify spending that much public money on a single contract while our transport budget is under this level of pressure. But we are not walking away from these communities."

REPLACEMENT SERVICE

From Monday 8 September 2025 the council will introduce Kesterdale Connect, a demand-responsive minibus service covering Upper Cadwell, Saltmarsh Green, Fenwick Cross and Little Hallam. Passengers will be able to book a journey up to seven days in advance through an app or by telephone, and journeys will link with Redfern's route 14 at Mossby and Illingham.

Kesterdale Connect will run from 0700 to 1900, Monday to Saturday, using four accessible 16-seat minibuses. The council will spend £250,000 on the service in its first year, funded from its Bus Service Improvement Plan allocation from the Department for Transport. Standard single fares will be capped at £3, the same as on Redfern's routes.

Councillor Oyelaran said: "Kesterdale Connect will not be a like-for-like replacement for a fixed timetable, and I won't pretend otherwise. But it will mean that nobody in these villages is left without a way to get to a doctor or a job."

The council's Director of Environment and Transport, Helen Achterberg, said officers had spoken to Redfern at least six times since March. "We explored every option, including a shorter contract and a reduced timetable on route 31," she said. "None of them came in below £500,000 a year."

ROUTE 14, ROUTE 22 AND THE X7

The council has no contract with Redfern for routes 14, 22 and X7, which are run commercially, and cannot direct the company on how often they operate. Councillor Oyelaran said she had written to Redfern's Managing Director, Gavin Thorley, on Tuesday 29 July 2025 asking the company to reconsider the reduction on route 22, which is the only public transport serving Thornleigh.

"Halving the route 22 timetable leaves Thornleigh with a bus every two hours and nothing after teatime," she said. "I have asked Redfern to meet residents before any change takes effect."

OPPOSITION RESPONSE

Councillor Daniel Ferris, the Liberal Democrat group's spokesperson for transport, said the cuts were "the predictable result of years of managed decline". He added: "The administration knew this contract was ending for 18 months and left it until the last minute."

PUBLIC MEETING

The council will hold a public drop-in session about the changes at Illingham Village Hall on Thursday 14 August 2025, from 2pm to 7pm. Officers from the council's passenger transport team will be there to explain Kesterdale Connect and to take registrations.

KEY FACTS
- Routes withdrawn: 31 (Illingham to Upper Cadwell) and 45 (Mossby to Saltmarsh Green)
- Last day of service: Saturday 6 September 2025
- Current council subsidy for routes 31 and 45: £412,000 a year
- Redfern's price to continue: £690,000 a year
- Kesterdale Connect launch: Monday 8 September 2025
- First-year cost of Kesterdale Connect: £250,000
- Kesterdale Connect bookings open: Monday 1 September 2025

NOTES TO EDITORS
1. Kesterdale County Council is responsible for supporting bus services that are socially necessary but not commercially viable. It currently supports 23 bus routes across the county at a total cost of £3.1 million a year.
2. The Bus Service Improvement Plan (BSIP) is funding provided by the Department for Transport to local transport authorities.
3. Councillor Margaret Oyelaran (Conservative, Brackenford South) has been Cabinet Member for Highways and Transport since May 2023.
4. Photographs of Councillor Oyelaran are available from the press office on request.

ENDS
`;

const files = { 'redfern-service-changes-september-2025.html': NOTICE, 'kesterdale-council-statement.txt': STATEMENT };

describe("bus cuts: the operator's notice and the council's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('"every 30 minutes rather than every 20 minutes" against the table\'s row: no denial, no other route\'s row', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives 20 minutes for Brackenford – Mossby – Illingham, not 20 minutes for
    // Brackenford – Kesterbridge (express)" (one end of a route taken for the row's name), then "the opposite".
    verdict('supported', 'From Sunday 7 September, route 14 between Brackenford and Illingham will run every 30 minutes rather than every 20 minutes.');
  });

  test("the rival after the claim figure's own words: \"route 45 carried 12,800\" / \"Route 31 carried 38,500 …, and route 45 carried 9,800\"", async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was "The source gives 38,500, not 12,800".
    verdict('contradicted', 'Route 45 carried 12,800 passengers in 2024/25.', [['12,800', '9,800']]);
  });
});
