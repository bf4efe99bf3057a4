/**
 * A bus route's withdrawal: the operator's notice and the council transport committee's hard-wrapped report with
 * numbered sections and tables (sums written "GBP 2.1 million"). The sources are written for these tests (from a
 * helper's draft); the operator, the council and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Service changes in the Kettlebridge area from Sunday 27 April 2025 | Greywater Buses</title>
<meta name="description" content="Route 14 withdrawal, Route 14A evening changes and X9 frequency increase from Sunday 27 April 2025.">
</head>
<body>
<header>
  <p class="brand">Greywater Buses &mdash; Getting Northwold moving since 1987</p>
  <nav><a href="/">Home</a> | <a href="/timetables">Timetables</a> | <a href="/tickets">Tickets</a> | <a href="/news">News &amp; service updates</a></nav>
</header>

<main>
<article>
  <p class="kicker">SERVICE NOTICE &middot; FOR IMMEDIATE RELEASE</p>
  <p class="ref">Notice reference: GWB/SN/2025/07<br>
  Published: Monday 3 March 2025</p>

  <h1>Changes to services in the Kettlebridge area from Sunday 27 April 2025</h1>

  <p class="standfirst"><strong>Route 14 (Kettlebridge &ndash; Fenby &ndash; Marlow Heath) to be withdrawn; X9 to run more often</strong></p>

  <p>Greywater Buses today confirms that Route 14, which runs between Kettlebridge Bus Station and Marlow Heath via Fenby, will be withdrawn. The last Route 14 journeys will operate on <strong>Saturday 26 April 2025</strong>, with the final departure leaving Kettlebridge Bus Station at <strong>18:45</strong>. There will be no Route 14 journeys from Sunday 27 April 2025.</p>

  <p>The company formally submitted the change to the Office of the Traffic Commissioner, and notified Northwold County Council, on Friday 14 February 2025, in line with the statutory notice period for cancelling a registered local bus service.</p>

  <h2>Why is Route 14 being withdrawn?</h2>

  <p>Route 14 has been supported by Northwold County Council under a contract worth &pound;145,000 a year. The council has told us that this contract will end on 31 March 2025 and will not be renewed. Greywater Buses has continued to run the route commercially while we looked for alternatives, but the figures do not allow us to carry on:</p>

  <ul>
    <li>Passenger journeys on Route 14 fell from 86,400 in 2019 to 53,600 in 2024, a drop of 38 per cent.</li>
    <li>In 2024 the route carried an average of just over seven passengers per journey.</li>
    <li>Route 14 cost &pound;412,000 to operate in 2024, against fare and concessionary reimbursement income of &pound;167,000.</li>
    <li>Even with the council's contribution of &pound;145,000, the route lost around &pound;100,000 last year.</li>
    <li>Driver pay across the company has risen by 11 per cent over the past two years.</li>
  </ul>

  <p>Helen Ravensworth, Managing Director of Greywater Buses, said:</p>

  <blockquote>
    <p>&ldquo;We have kept Route 14 running for as long as we responsibly could. Once the council's contract came to an end, we were left with a route that loses money on every single journey, and we cannot ask passengers elsewhere on our network to pay for that.&rdquo;</p>
    <p>&ldquo;We know this will be hard news for people in Fenby and Marlow Heath, and we are sorry. We will keep talking to the county council about what can be put in place instead.&rdquo;</p>
  </blockquote>

  <h2>What happens to the drivers and buses?</h2>

  <p>Eleven drivers currently work Route 14 from our Depot Road garage in Kettlebridge. There will be no compulsory redundancies.</p>

  <p>Mark Tulloch, Operations Director, said:</p>

  <blockquote>
    <p>&ldquo;None of the eleven drivers who work Route 14 will lose their jobs. Every one of them has been offered a place on other routes from the Depot Road garage, and most of them will be driving the X9.&rdquo;</p>
  </blockquote>

  <p>The four single-deck buses released by the withdrawal will be transferred to the X9 (Kettlebridge &ndash; Northwold Parkway). This will allow the X9's Monday to Saturday daytime frequency to increase from every 30 minutes to every 20 minutes from Monday 28 April 2025.</p>

  <h2>Other changes from Sunday 27 April 2025</h2>

  <table>
    <thead>
      <tr><th>Route</th><th>Between</th><th>Change</th></tr>
    </thead>
    <tbody>
      <tr><td>14</td><td>Kettlebridge Bus Station &ndash; Fenby &ndash; Marlow Heath</td><td>Withdrawn. Last day of operation Saturday 26 April 2025.</td></tr>
      <tr><td>14A</td><td>Kettlebridge Bus Station &ndash; Kettlebridge North (Ridley Estate)</td><td>Evening journeys departing after 19:00, Monday to Saturday, withdrawn. Daytime timetable unchanged.</td></tr>
      <tr><td>27</td><td>Kettlebridge &ndash; Hollins Cross &ndash; Ashcombe Hospital</td><td>No change. Runs every 30 minutes, Monday to Saturday.</td></tr>
      <tr><td>X9</td><td>Kettlebridge &ndash; Northwold Parkway</td><td>Frequency increased from every 30 minutes to every 20 minutes, Monday to Saturday daytime.</td></tr>
    </tbody>
  </table>

  <p>The Route 14A evening journeys currently carry around 40 passengers across a whole evening. Passengers travelling to the Ridley Estate after 19:00 can use Route 27 to Hollins Cross Road, about 400 metres from the estate.</p>

  <h2>Tickets and refunds</h2>

  <p>Greywater weekly tickets bought for travel on Route 14 will be accepted on all Greywater routes until their expiry. Customers holding a period ticket of more than seven days who no longer need it can apply for a refund of the unused portion. Refund applications must reach us by <strong>Saturday 31 May 2025</strong>, either online at greywaterbuses.example/refunds or at the Kettlebridge Bus Station travel shop, which is open 08:00&ndash;17:30, Monday to Saturday.</p>

  <h2>Getting around without Route 14</h2>

  <p>We understand that Northwold County Council is considering options for Fenby and Marlow Heath and will report to its Highways and Transport Committee in March. We will publish any information about replacement services on this page as soon as it is available. Residents eligible for the Northwold Dial-a-Ride service can register by calling 01632 960 733.</p>

  <p class="end">&mdash; ENDS &mdash;</p>

  <section class="notes">
    <h2>Notes to editors</h2>
    <ol>
      <li>Greywater Buses Ltd is an independent bus operator founded in 1987 and based at Depot Road, Kettlebridge. It runs 46 routes across Northwold and neighbouring counties with a fleet of 212 buses, and employs 640 people.</li>
      <li>Greywater buses carried 18.4 million passenger journeys in 2024.</li>
      <li>Route 14 is 23 km (14.3 miles) long and currently runs hourly, Monday to Saturday. There is no Sunday service.</li>
      <li>The figures for passenger journeys and operating costs are taken from Greywater's own ticket machine and accounting data.</li>
      <li>Interviews with Helen Ravensworth and Mark Tulloch can be arranged through the press office.</li>
    </ol>
    <p><strong>Media enquiries:</strong> Laura Penhaligon, Communications Manager, Greywater Buses<br>
    Tel: 01632 960 418 &middot; Email: press@greywaterbuses.example</p>
  </section>
</article>
</main>

<footer>
  <p>Greywater Buses Ltd, Depot Road, Kettlebridge, Northwold KB4 7TR. Registered in England No. 02193357.</p>
</footer>
</body>
</html>
`;

const REPORT = `NORTHWOLD COUNTY COUNCIL

HIGHWAYS AND TRANSPORT COMMITTEE

Date of meeting:   Thursday 13 March 2025, 10.00am
Venue:             Council Chamber, County Hall, Ashcombe
Report reference:  HTC/25/014
Report of:         Graham Oduya, Director of Place
Lead Member:       Councillor Priya Santhanam, Cabinet Member for Transport
                   and Highways
Report author:     Rachel Fenwick, Passenger Transport Manager
Wards affected:    Fenby and Marlow Heath; Kettlebridge North
Key decision:      Yes
Exempt:            No

WITHDRAWAL OF GREYWATER BUSES ROUTE 14 (KETTLEBRIDGE - FENBY - MARLOW
HEATH): OPTIONS FOR REPLACEMENT PROVISION

-----------------------------------------------------------------------

1. PURPOSE OF REPORT

1.1 To inform the Committee that Greywater Buses Ltd notified the
    Council on 14 February 2025 of its intention to withdraw Route 14
    (Kettlebridge Bus Station - Fenby - Marlow Heath), with effect from
    Sunday 27 April 2025.

1.2 To set out the options for replacement public transport provision
    for the communities of Fenby and Marlow Heath and to seek approval
    for a recommended option.

2. RECOMMENDATIONS

2.1 That the Committee approves Option C: the extension of the Northwold
    Connect demand-responsive transport service to Fenby and Marlow
    Heath as a 12-month pilot starting on Monday 28 April 2025, at a
    cost of up to GBP 118,000, funded from the Council's Bus Service
    Improvement Plan (BSIP) grant.

2.2 That the Committee does not approve Option B (a tendered
    replacement fixed-route service) on grounds of cost.

2.3 That the Director of Place reports to the Committee on usage of the
    pilot no later than January 2026.

3. BACKGROUND

3.1 Route 14 is a 23 km (14.3 mile) route running hourly between
    Kettlebridge Bus Station and Marlow Heath via Fenby, Monday to
    Saturday, between approximately 07:00 and 19:00. There is no Sunday
    service.

3.2 The Council has supported Route 14 since 2016 under a contract with
    Greywater Buses worth GBP 145,000 a year. The contract expires on
    31 March 2025. It was not renewed as part of the 2025/26 budget
    settlement agreed by Full Council on Wednesday 19 February 2025.

3.3 The Council's supported bus services budget for 2025/26 is GBP 2.1
    million, compared with GBP 2.6 million in 2024/25, a reduction of
    19 per cent. Officers have reviewed all 23 supported contracts
    against the Council's value-for-money criteria; Route 14 had the
    highest subsidy per passenger journey of any supported route.

3.4 Greywater Buses has stated that it cannot operate Route 14
    commercially after the contract ends.

4. USAGE

4.1 Passenger figures supplied by the operator are summarised in
    Table 1.

    Table 1: Route 14 annual passenger journeys, 2019-2024

    +------+------------+--------------+-------------------------+
    | Year | Passenger  | Concessionary| Average passengers per  |
    |      | journeys   | share (%)    | journey                 |
    +------+------------+--------------+-------------------------+
    | 2019 |   86,400   |      58      |          11.7           |
    | 2022 |   60,800   |      61      |           8.2           |
    | 2023 |   56,900   |      63      |           7.7           |
    | 2024 |   53,600   |      64      |           7.3           |
    +------+------------+--------------+-------------------------+
    Source: Greywater Buses Ltd. 2020 and 2021 omitted owing to
    pandemic restrictions.

4.2 Passenger journeys fell by 38 per cent between 2019 and 2024. The
    share of journeys made by holders of concessionary (older and
    disabled persons') passes rose over the same period.

5. CONSULTATION AND LOCAL CONTEXT

5.1 An online and paper survey ran from Monday 17 February to Friday
    7 March 2025 and received 1,146 responses. Of these, 71 per cent said
    they used Route 14 at least once a week, and 44 per cent said they
    used it to reach medical appointments at Ashcombe Hospital or the
    Fenby surgery.

5.2 Fenby has a population of approximately 3,400 and Marlow Heath of
    approximately 1,900. According to the 2021 Census, 23 per cent of
    households in Fenby have no access to a car or van.

5.3 Without Route 14, the nearest bus stop to Marlow Heath would be the
    Route 27 stop at Hollins Cross, 2.4 miles (3.9 km) away, largely
    along an unlit road without a footway.

5.4 Issues raised at the Fenby and Marlow Heath Area Forum on Tuesday
    4 March 2025 are summarised in Appendix A.

6. OPTIONS

6.1 Four options have been assessed. They are summarised in Table 2.

    Table 2: Options for replacement provision

    +--------+-------------------------------+------------+--------------+
    | Option | Description                   | Est. annual| Recommended  |
    |        |                               | cost (GBP) |              |
    +--------+-------------------------------+------------+--------------+
    |   A    | No replacement service        |          0 | No           |
    |   B    | Tendered hourly fixed route,  |    268,000 | No           |
    |        | Mon-Sat, on current Route 14  |            |              |
    |        | line                          |            |              |
    |   C    | Extend Northwold Connect      |    118,000 | Yes          |
    |        | demand-responsive service to  |            |              |
    |        | Fenby and Marlow Heath,       |            |              |
    |        | 07:00-19:00 Mon-Sat           |            |              |
    |   D    | Divert four Route 27 journeys |     41,000 | No           |
    |        | a day via Fenby               |            |              |
    +--------+-------------------------------+------------+--------------+

6.2 Option B: informal soundings were taken from three operators. The
    lowest estimate received was GBP 268,000 a year, more than the
    contract it would replace and beyond the available budget.

6.3 Option C: Northwold Connect currently operates six minibuses serving
    14 villages in the north of the county. Option C would add two
    further wheelchair-accessible minibuses. Journeys can be booked by
    telephone or app up to seven days ahead and no later than 6pm on the
    day before travel. The standard adult single fare is GBP 3;
    concessionary passes are valid after 09:30.

6.4 Option D would serve Fenby only, leaving Marlow Heath without any
    service, and would lengthen Route 27 journeys to Ashcombe Hospital
    by about 12 minutes.

7. FINANCIAL IMPLICATIONS

7.1 The cost of Option C, up to GBP 118,000 for 12 months, would be met
    in full from the Council's BSIP grant allocation of GBP 1.4 million
    for 2025/26, equivalent to about 8.4 per cent of that allocation. It
    would therefore place no pressure on the supported bus services
    revenue budget.

8. EQUALITIES

8.1 An Equality Impact Assessment has been completed. It finds that
    older people and disabled people in Fenby and Marlow Heath will be
    disproportionately affected by the withdrawal of Route 14. Option C
    partly mitigates this through door-to-door, accessible vehicles.

-----------------------------------------------------------------------

APPENDIX A: EXTRACT FROM NOTES OF THE FENBY AND MARLOW HEATH AREA FORUM
Tuesday 4 March 2025, 7.00pm, Fenby Village Hall
(Notes taken by Democratic Services. Approximately 90 members of the
public attended.)

MARGARET ELLISON (Chair, Fenby Parish Council): For a lot of people in
this village the 14 is not a convenience, it is the only way to get to a
hospital appointment. A phone line and a minibus you have to book a week
ahead is not the same thing.

TOM BRADSHAW (resident, Marlow Heath): I walked to the Hollins Cross
stop once. It took me an hour and ten minutes.

COUNCILLOR PRIYA SANTHANAM (Cabinet Member for Transport and Highways):
I am not going to pretend that GBP 118,000 buys what GBP 268,000 would.
But it keeps Fenby and Marlow Heath connected, and it is money we
actually have.

RACHEL FENWICK (Passenger Transport Manager): If usage of Connect is
strong, that gives us the evidence to make the case for a fixed route
again.

-----------------------------------------------------------------------

Background papers: Greywater Buses Ltd letter to the Council dated
14 February 2025; Route 14 Equality Impact Assessment (February 2025);
Bus Service Improvement Plan 2025/26.

Contact officer: Rachel Fenwick, Passenger Transport Manager
Tel: 01632 961 207
Email: rachel.fenwick@northwold.gov.example
`;

const files = { 'greywater-service-notice.html': NOTICE, 'htc-report-route14.txt': REPORT };

describe("bus route withdrawals: the operator's notice and the committee's report, with the product's word vectors", () => {
  withProductWordVectors();

  test('a sum after an ISO currency code is money ("GBP 2.1 million"), and a figure goes with the year it is "in"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives 2025/26, not 2024/25" ("from £2.6 million in 2024/25 to …" dated the £2.1
    // million by 2024/25 too, and "GBP 2.1 million" was a bare number).
    verdict('supported', "Northwold's budget for supported bus services will fall from £2.6 million in 2024/25 to £2.1 million in 2025/26, a cut of 19 per cent.");
    verdict('contradicted', "Northwold's budget for supported bus services will fall from £2.6 million in 2025/26 to £2.1 million in 2024/25, a cut of 19 per cent.", [['2025/26', '2024/25']]);
    // (The sum as the hard-wrapped report writes it.)
    verdict('contradicted', "Northwold's budget for supported bus services will fall from £2.6 million in 2024/25 to £2.4 million in 2025/26, a cut of 19 per cent.", [['£2.4 million', 'GBP 2.1\n    million']]);
  });
});
