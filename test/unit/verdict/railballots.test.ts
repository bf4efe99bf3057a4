/**
 * A rail strike after a union ballot: the union's ballot result notice (plain text) and the train operator's statement
 * (HTML, with a list of services). The sources are written for these tests (from a helper's draft); the union, the operator
 * and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `NATIONAL UNION OF RAILWAY STAFF (NURS)
Carrow House, 41 Beckett Street, Leeds LS9 7QR
Tel 0113 496 0712 | press@nurs-union.org.uk

BALLOT RESULT NOTICE
Issued under section 231 of the Trade Union and Labour Relations (Consolidation) Act 1992

Reference: NURS/IND/2026/044
Date of issue: Friday 27 March 2026

Employer: Northvale Trains Limited
Dispute: 2025-26 pay award, ticket office closures and rostering arrangements
To: All NURS members employed by Northvale Trains Limited in the conductor, station and revenue protection grades

----------------------------------------------------------------------
1. THE BALLOT
----------------------------------------------------------------------

The industrial action ballot of NURS members employed by Northvale Trains Limited opened on Monday 2 March 2026 and closed at 12 noon on Thursday 26 March 2026. The ballot was conducted entirely by post and was overseen by the independent scrutineer, Northgate Ballot Services Ltd.

Members were asked two questions. The results, as certified by the scrutineer, are set out below.

Number of individuals entitled to vote: 2,846
Number of ballot papers returned: 2,032
Turnout: 71.4%

QUESTION 1: Are you prepared to take part in industrial action consisting of a strike?

YES: 1,783 (88.1%)
NO: 241 (11.9%)
Spoilt or invalid papers: 8

QUESTION 2: Are you prepared to take part in industrial action short of a strike?

YES: 1,901 (94.0%)
NO: 122 (6.0%)
Spoilt or invalid papers: 9

The turnout exceeds the 50% threshold required by the Trade Union Act 2016, and a majority of those voting answered yes to each question. The scrutineer's report, signed by Graham Ledger, director of Northgate Ballot Services Ltd, states that he is satisfied there are no reasonable grounds for believing that the ballot failed to meet the statutory requirements.

----------------------------------------------------------------------
2. THE ACTION
----------------------------------------------------------------------

The union's National Executive Committee met on the afternoon of Thursday 26 March 2026 and agreed the following programme of action. Notice was served on Northvale Trains Limited on Friday 27 March 2026.

Strike action (all members in the affected grades):
- Saturday 18 April 2026, from 00:01 to 23:59
- Tuesday 21 April 2026, from 00:01 to 23:59
- Thursday 23 April 2026, from 00:01 to 23:59

Action short of a strike (all members in the affected grades):
- An overtime ban and a ban on rest-day working from Monday 13 April 2026 until Sunday 26 April 2026 inclusive.

Picket lines will be organised at Leeds, York, Hull, Sheffield and Harrogate stations on each strike day. Members should contact their branch secretary for rota details. The mandate from this ballot remains valid for six months, until Saturday 26 September 2026.

----------------------------------------------------------------------
3. WHAT THE DISPUTE IS ABOUT
----------------------------------------------------------------------

Northvale Trains has offered a pay rise of 3.2% for 2025-26, which members rejected in a consultative vote in January. The union is seeking a 6.5% increase, a guarantee of no compulsory redundancies and the withdrawal of the company's plan to close the ticket offices at 14 stations across West and North Yorkshire. Talks at Acas on Wednesday 11 March 2026 ended without agreement.

----------------------------------------------------------------------
4. STATEMENTS
----------------------------------------------------------------------

NURS General Secretary Maureen Calloway said:

"Our members have spoken with one voice. Nearly nine in ten of those who voted said yes to strike action, on a turnout that would shame most politicians. Northvale Trains has had since October to put a fair offer on the table and it has chosen not to.

"No one wants to lose a day's pay, but closing 14 ticket offices and offering 3.2% while the cost of living keeps climbing is simply not acceptable."

Dev Sharma, NURS regional organiser for the North East and Yorkshire, said:

"The door is still open. We will meet the company at Acas any day it likes, but it must come with new money and a commitment that no ticket office will shut. Passengers should direct their anger at the management, not at the staff who keep this railway running."

----------------------------------------------------------------------
5. QUESTIONS FROM MEMBERS
----------------------------------------------------------------------

Do I have to take part if I voted no?
The result binds the whole bargaining unit. The union asks every member in the affected grades to support the action, whatever way they voted.

Will I receive strike pay?
Members taking part in all three strike days can apply to the NURS hardship fund for £50 for each day of strike action. Applications close on Friday 8 May 2026.

What if I am asked to work overtime during the ban?
Politely decline and inform your branch secretary. Overtime and rest-day working are voluntary under your contract.

Can the action be called off?
Yes. If Northvale Trains makes an improved offer, the National Executive Committee will consider it and may suspend the action while members are consulted.

----------------------------------------------------------------------

Issued by the NURS Industrial Relations Department on behalf of the National Executive Committee.
Authorised by Maureen Calloway, General Secretary.
Media enquiries: Rachel Amos, Head of Communications, 0113 496 0715.

NURS is a trade union listed under the Trade Union and Labour Relations (Consolidation) Act 1992. Certificate of independence no. 0417.
`;

const STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Strike action in April: how your journey will be affected | Northvale Trains</title>
  <meta name="description" content="NURS members at Northvale Trains will strike on 18, 21 and 23 April 2026. Check which services will run and how to claim a refund.">
  <meta property="article:published_time" content="2026-03-27T16:45:00+00:00">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/analytics.js" defer></script>
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <a href="/" class="logo"><img src="/assets/img/northvale-logo.svg" alt="Northvale Trains"></a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/journey-planner">Plan your journey</a></li>
        <li><a href="/tickets">Tickets &amp; fares</a></li>
        <li><a href="/travel-updates">Travel updates</a></li>
        <li><a href="/help">Help &amp; support</a></li>
        <li><a href="/news">News</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <a href="/">Home</a> › <a href="/news">News</a> › <span>Strike action in April</span>
  </nav>

  <main id="main">
    <article>
      <h1>Strike action in April: how your journey will be affected</h1>
      <p class="byline">Published <time datetime="2026-03-27T16:45">Friday 27 March 2026, 16:45</time> · Last updated <time datetime="2026-03-30T09:10">Monday 30 March 2026, 09:10</time></p>

      <p class="lead">Members of the National Union of Railway Staff (NURS) at Northvale Trains will strike on Saturday 18 April, Tuesday 21 April and Thursday 23 April 2026. A reduced timetable will run on those days, and we are advising customers to travel only if their journey is essential.</p>

      <p>The union has also called an overtime ban from Monday 13 April to Sunday 26 April. On days without a strike during that period, most services will run as normal, but some trains may be cancelled at short notice, particularly on Sunday 19 April and Sunday 26 April.</p>

      <h2>Statement from our Managing Director</h2>

      <p>Philippa Hart, Managing Director of Northvale Trains, said:</p>
      <blockquote>
        <p>"We are disappointed that the NURS has chosen to call strikes rather than continue talking. Our offer of 3.2%, backdated to 1 April 2025, with a further 2.8% from 1 April 2026, is fair and affordable, and it is worth an average of £1,940 over two years to a conductor.</p>
        <p>"Our plans for ticket offices are about moving staff to where customers need them, on platforms and concourses. Nobody will lose their job through compulsory redundancy. I would urge the union to return to Acas and put our offer to its members."</p>
      </blockquote>

      <h2>What will run on strike days</h2>

      <p>On each strike day we expect to run around 450 trains, about 40% of the 1,120 services we run on a normal weekday. Trains will run between 07:30 and 18:30 only, and the last departures on many routes will be much earlier than usual.</p>

      <ul class="service-list">
        <li><strong>Leeds – York:</strong> two trains per hour</li>
        <li><strong>Leeds – Hull (via Selby):</strong> one train per hour</li>
        <li><strong>Sheffield – Doncaster:</strong> one train per hour</li>
        <li><strong>Leeds – Bradford Interchange:</strong> two trains per hour</li>
        <li><strong>Leeds – Harrogate – Knaresborough:</strong> no trains; replacement buses every 30 minutes between Leeds and Harrogate</li>
        <li><strong>York – Scarborough:</strong> no trains and no replacement buses</li>
        <li><strong>Bradford Interchange – Halifax – Huddersfield:</strong> no trains</li>
        <li><strong>Hull – Bridlington:</strong> no trains</li>
      </ul>

      <p>Simon Okonkwo, Operations Director, said: "We will run as many trains as we safely can, but customers should expect busy services and a last train at around half past six in the evening. Please check before you travel."</p>

      <p>Stations at Leeds, York, Hull and Sheffield will stay open with reduced staffing. Ticket offices at Harrogate, Selby and Bridlington will be closed on strike days.</p>

      <h2>Tickets and refunds</h2>

      <h3>Can I use my ticket on another day?</h3>
      <p>Yes. Tickets dated for a strike day can be used on the day before, or on any day up to and including Tuesday 28 April 2026.</p>

      <h3>Can I get a refund?</h3>
      <p>If you no longer wish to travel, you can claim a full refund with no administration fee from the retailer you bought your ticket from. Season ticket holders can claim Delay Repay compensation for each strike day.</p>

      <h3>Will other operators accept my ticket?</h3>
      <p>Yes. CrossPennine Rail will accept Northvale Trains tickets between Leeds and York, and between Leeds and Huddersfield, on all three strike days.</p>

      <h2>About the dispute</h2>
      <p>Northvale Trains employs 3,950 people across 96 stations in Yorkshire and the Humber. The dispute concerns the 2025-26 pay award and our proposal to change the way tickets are sold at 14 stations. We remain available for talks at any time.</p>

      <p class="updates"><strong>Update, Monday 30 March 09:10:</strong> We have added details of ticket acceptance by CrossPennine Rail.</p>

      <p>Media enquiries: Tom Fairbairn, Head of Media Relations, 0113 496 0820.</p>
    </article>

    <aside class="related">
      <h2>Related</h2>
      <ul>
        <li><a href="/travel-updates/engineering-works">Engineering works in April</a></li>
        <li><a href="/help/delay-repay">How to claim Delay Repay</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <ul>
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/privacy">Privacy &amp; cookies</a></li>
        <li><a href="/terms">Terms of use</a></li>
        <li><a href="/contact">Contact us</a></li>
      </ul>
    </nav>
    <p>© 2026 Northvale Trains Limited. Registered in England and Wales, company no. 09876543. Registered office: Station House, 2 Wellington Place, Leeds LS1 4AP.</p>
  </footer>
</body>
</html>
`;

const files = { 'nurs-ballot-result.txt': NOTICE, 'northvale-statement.html': STATEMENT };

describe("a rail strike: the ballot notice and the operator's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('"at noon" is "at 12 noon"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported ("noon" missing).
    verdict('supported', 'The ballot, overseen by Northgate Ballot Services Ltd, closed at noon on Thursday 26 March.');
    verdict('contradicted', 'The ballot, overseen by Northgate Ballot Services Ltd, closed at midnight on Thursday 26 March.', [['midnight', '12 noon']]);
  });

  test('"much later than usual" / "much earlier than usual", the company named elsewhere in its statement', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Northvale Trains warned that the last departures on many routes would be much later than usual on strike days.', [['later', 'earlier']]);
    verdict('supported', 'Northvale Trains warned that the last departures on many routes would be much earlier than usual on strike days.');
  });

  test('"£50 for each day" is a daily rate: "£50 a week" is another', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', "Members who take part in all three strike days can apply to the union's hardship fund for £50 a week.", [['£50 a week', '£50 for each day']]);
    verdict('supported', "Members who take part in all three strike days can apply to the union's hardship fund for £50 a day.");
  });

  test("a post of another body: \"a director of Northvale Trains\" / \"director of Northgate Ballot Services Ltd\"", async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'The result was certified by Graham Ledger, a director of Northvale Trains.', [['director of Northvale Trains', 'director of Northgate Ballot Services Ltd']]);
    verdict('supported', 'The result was certified by Graham Ledger, a director of Northgate Ballot Services.');
  });
});
