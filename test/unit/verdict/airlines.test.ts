/**
 * An airline in administration: the administrators' statement (plain text) and the regulator's advice page for
 * passengers (HTML, with a timeline). The sources are written for these tests (from a helper's draft); the companies
 * and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const STATEMENT = `HALLWORTH GREENE LLP
Restructuring & Insolvency
1 Cathedral Yard, Exeter EX1 1HB

PRESS STATEMENT
FOR IMMEDIATE RELEASE
Tuesday 14 October 2025, 07:00

BREVANE AIR LIMITED (IN ADMINISTRATION)
Appointment of Joint Administrators and cessation of all flying

Fiona Ashcombe and Daniel Okonjo, both partners at Hallworth Greene LLP, were appointed Joint Administrators of Brevane Air Limited ("Brevane Air" or "the Company") at 04:30 on Tuesday 14 October 2025, following an application by the Company's directors to the High Court in London.

Brevane Air, the regional airline headquartered at Exeter Airport, has ceased trading with immediate effect. All scheduled flights operated by the Company have been cancelled and will not be reinstated. Passengers should not travel to the airport.

Background

Founded in 1998, Brevane Air operated 41 scheduled routes from nine UK airports, including Exeter, Southampton, Newquay, Belfast City and Aberdeen, serving domestic destinations and the Channel Islands, Dublin, Amsterdam and Paris. Its fleet consisted of 17 aircraft: 14 ATR 72-600 turboprops and three Embraer E195 jets, all of which are leased. All 17 aircraft have been grounded.

The airline carried 2.3 million passengers in 2024, up from 1.9 million in 2023. However, it reported a pre-tax loss of £38.6 million for the year ended 31 March 2025, compared with a loss of £21.4 million the previous year, as fuel, maintenance and airport charges rose faster than fares.

Over the summer the directors pursued a refinancing and sale process. A proposed £45 million investment by Castlemere Capital, a private equity firm based in Edinburgh, collapsed on Sunday 12 October 2025, when Castlemere withdrew its offer. With no alternative funding available, the directors concluded that the Company could no longer continue to trade.

Impact on passengers

Approximately 9,800 passengers had been booked to fly with Brevane Air today, Tuesday 14 October. The Company holds around 186,000 forward bookings for flights up to the end of March 2026, all of which have been cancelled.

An estimated 3,200 passengers are currently away from home on Brevane Air return tickets, most of them in Jersey, Guernsey, the Isle of Man, Dublin and Belfast. The Joint Administrators are working with the Air Passenger Standards Authority (APSA), which is leading the response for passengers, and with other airlines that have agreed to offer rescue fares.

Passengers should visit the APSA website for advice on getting home and on claiming refunds. The Joint Administrators are unable to arrange alternative flights or to issue refunds directly.

Impact on employees

Brevane Air employed 1,140 people, including 312 pilots and 405 cabin crew. Regrettably, 870 employees have been made redundant with immediate effect. The remaining 270 have been retained by the Joint Administrators to assist with the orderly wind-down of the business, the return of aircraft to lessors and the collection of records.

All staff have been paid in full up to 30 September 2025. Employees who have been made redundant will be given details of how to claim arrears of pay, notice pay and redundancy pay from the Redundancy Payments Service. Meetings with staff took place at the Company's bases in Exeter, Southampton and Belfast this morning.

Statement from the Joint Administrators

Fiona Ashcombe, Joint Administrator and partner at Hallworth Greene LLP, said:

"This is a deeply sad day for Brevane Air's passengers, its staff and the communities in the South West and beyond that relied on its services. Despite the best efforts of the directors, it was not possible to secure the funding the airline needed to keep flying."

"Our immediate priority is to support the employees who have lost their jobs and to work with the regulator so that stranded passengers can get home as quickly as possible."

Daniel Okonjo, Joint Administrator, added:

"We will be seeking buyers for the Company's remaining assets, including its take-off and landing slots at London City Airport and its maintenance hangar in Exeter. We would urge any interested parties to contact us without delay."

Statement from the Chief Executive

Martin Fairlie, Chief Executive of Brevane Air, said:

"I am heartbroken that after 27 years Brevane Air has stopped flying. Our people have worked tirelessly to keep the regions connected, and I want to apologise to every passenger whose plans have been disrupted today."

Creditors

The Joint Administrators will write to all known creditors within the statutory period. Trade suppliers, lessors and airports with claims against the Company should contact the Joint Administrators' team at brevane@hallworthgreene.co.uk. A statement of the Joint Administrators' proposals will be issued within eight weeks of appointment.

Notes to editors

1. Fiona Ashcombe and Daniel Okonjo are licensed in the United Kingdom by the Institute of Chartered Accountants in England and Wales. The affairs, business and property of the Company are managed by the Joint Administrators, who act as agents of the Company and without personal liability.

2. Brevane Air Limited is registered in England and Wales, company number 03571142. Registered office: Terminal Building, Exeter Airport, Exeter EX5 2BD.

3. Passenger information: www.apsa.org.uk/brevane. Passenger helpline: 0300 555 0192.

Media enquiries
Sophie Lanyon, Head of Communications, Hallworth Greene LLP
Telephone: 020 7946 0314
Email: media@hallworthgreene.co.uk

ENDS
`;

const ADVICE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Brevane Air has ceased trading: advice for passengers | Air Passenger Standards Authority</title>
  <meta name="description" content="Brevane Air entered administration on 14 October 2025. Find out how to get home and how to claim a refund.">
  <link rel="stylesheet" href="/assets/css/apsa-main.css">
</head>
<body>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <div class="logo"><a href="/">Air Passenger Standards Authority</a></div>
    <nav class="primary-nav" aria-label="Main">
      <ul>
        <li><a href="/passengers">Passengers</a></li>
        <li><a href="/airlines">Airlines and operators</a></li>
        <li><a href="/atol">ATOL protection</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/about">About APSA</a></li>
      </ul>
    </nav>
    <form class="search" action="/search" role="search"><input type="search" name="q" aria-label="Search APSA"><button>Search</button></form>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <a href="/">Home</a> &gt; <a href="/passengers">Passengers</a> &gt; <a href="/passengers/airline-failures">Airline failures</a> &gt; Brevane Air
  </nav>

  <main id="main-content">
    <h1>Brevane Air has ceased trading: advice for passengers</h1>
    <p class="updated">Last updated: Tuesday 14 October 2025, 15:45</p>

    <div class="alert">
      <p><strong>Brevane Air has entered administration and all of its flights are cancelled. Do not go to the airport.</strong></p>
    </div>

    <p>Brevane Air Limited entered administration in the early hours of Tuesday 14 October 2025. All Brevane Air flights have been cancelled, including flights operated on its behalf by other airlines. The airline will not be flying again.</p>

    <p>The Air Passenger Standards Authority (APSA) is coordinating the response for passengers, working with the Joint Administrators, Hallworth Greene LLP, the Department for Transport and other airlines. Around 3,200 passengers are away from home on Brevane Air return tickets. Because most of Brevane Air's routes were within the British Isles, where other airlines, ferries and rail services are available, APSA will not be organising repatriation flights.</p>

    <p>Dame Helen Rourke, Chief Executive of the Air Passenger Standards Authority, said: "We know this is a worrying time for Brevane Air's customers. Our teams are working around the clock with other airlines so that everyone who is away from home can get back, and we will keep this page updated as more seats become available."</p>

    <h2>Questions and answers</h2>

    <h3>I am due to fly with Brevane Air. Should I go to the airport?</h3>
    <p>No. All Brevane Air flights have been cancelled and none will operate. You will need to make other travel arrangements.</p>

    <h3>I am away from home. How do I get back?</h3>
    <p>Several airlines have agreed to offer rescue fares to Brevane Air passengers. Skylink Channel Airways, FlyMarlow and Celtic Wings will carry stranded passengers on their existing routes for a fixed fare of no more than £60 per person, each way, including taxes. Rescue fares are available only to passengers holding a Brevane Air booking for a return flight, and can be booked until Friday 31 October 2025. You will need your Brevane Air booking reference.</p>
    <p>Ferry operator Channel Sealink is also offering free foot-passenger travel from Jersey and Guernsey to Poole until Sunday 19 October 2025.</p>

    <h3>Will I get my money back?</h3>
    <p>Flight-only bookings made directly with Brevane Air are not protected by the ATOL scheme. If you paid by credit card and the booking cost more than £100 and no more than £30,000, you may be able to claim from your card provider under Section 75 of the Consumer Credit Act 1974. If you paid by debit card, or by credit card for a booking under £100, ask your card issuer about a chargeback. Chargeback claims must usually be made within 120 days of the date you were due to travel.</p>
    <p>If you bought a package holiday that included Brevane Air flights, your holiday is ATOL protected. About 1,400 passengers are travelling on ATOL-protected packages, and their tour operators must arrange alternative flights or give a full refund.</p>

    <h3>I cannot claim from my card provider. What can I do?</h3>
    <p>You can register a claim as an unsecured creditor with the Joint Administrators. An online claims portal will open on Monday 20 October 2025. Unsecured creditors are unlikely to receive more than a small proportion of what they are owed, and payments may take many months.</p>

    <h3>Can I claim compensation for the cancellation?</h3>
    <p>No. Compensation under UK261 is not payable when an airline has ceased trading, because there is no operating carrier left to pay it.</p>

    <h3>I have booked a hotel or car hire. Will I be reimbursed?</h3>
    <p>APSA cannot refund bookings made with other businesses. Check the terms of those bookings and your travel insurance policy; some policies include scheduled airline failure insurance.</p>

    <h3>Who can I speak to?</h3>
    <p>The APSA helpline, 0300 555 0192, is open from 8am to 8pm every day, including weekends, until Sunday 2 November 2025. Calls cost the same as a call to a standard landline number.</p>

    <h2>Statement from the Director of Consumer Protection</h2>
    <p>Tom Ashby, APSA's Director of Consumer Protection, said: "Passengers who paid by card should contact their card provider first, as that is the quickest way to get a refund. Please be wary of anyone who calls you offering to recover your money for a fee."</p>

    <h2>Timeline</h2>
    <ul class="timeline">
      <li><time datetime="2025-10-14T04:30">Tuesday 14 October, 04:30</time> &ndash; Joint Administrators appointed; all flights cancelled.</li>
      <li><time datetime="2025-10-14T06:00">Tuesday 14 October, 06:00</time> &ndash; APSA advice page and helpline go live.</li>
      <li><time datetime="2025-10-14T11:00">Tuesday 14 October, 11:00</time> &ndash; First rescue fares available on Skylink Channel Airways.</li>
      <li><time datetime="2025-10-20">Monday 20 October</time> &ndash; Administrators' claims portal opens.</li>
      <li><time datetime="2025-10-31">Friday 31 October</time> &ndash; Last day to book rescue fares.</li>
    </ul>

    <h2>Related pages</h2>
    <ul>
      <li><a href="/passengers/airline-failures/refunds">Getting a refund when an airline fails</a></li>
      <li><a href="/atol/what-is-atol">What is ATOL protection?</a></li>
      <li><a href="/passengers/your-rights/uk261">Your rights when a flight is cancelled</a></li>
    </ul>
  </main>

  <footer class="site-footer">
    <ul class="footer-links">
      <li><a href="/contact">Contact us</a></li>
      <li><a href="/accessibility">Accessibility</a></li>
      <li><a href="/privacy">Privacy notice</a></li>
      <li><a href="/cookies">Cookies</a></li>
      <li><a href="/foi">Freedom of information</a></li>
    </ul>
    <p>Air Passenger Standards Authority, Aviation House, 45 Kingsway, London WC2B 6TE.</p>
    <p>&copy; 2025 Air Passenger Standards Authority. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
  </footer>
</body>
</html>
`;

const files = { 'administrators-statement.txt': STATEMENT, 'apsa-brevane-advice.html': ADVICE };

describe("an airline's collapse: the administrators' statement and the regulator's advice, with the product's word vectors", () => {
  withProductWordVectors();

  test('a firm that describes the people after it is no person: "Hallworth Greene partners Fiona Ashcombe and Daniel Okonjo"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives Daniel Okonjo, not Hallworth Greene".
    verdict('supported', 'Hallworth Greene partners Fiona Ashcombe and Daniel Okonjo were appointed joint administrators of Brevane Air at 4.30am on Tuesday 14 October 2025.');
  });

  test('an ordinal that opens a source line is shown in the claim\'s case: "first, not second"', async () => {
    const report = await checkAgainst(files, '# Collapse\n\nAt 11am on Tuesday, Skylink Channel Airways became the second airline to offer rescue fares.\n');
    // Was "The source gives First, not second".
    assert.deepEqual(report.findings.map((f) => f.message.replace(/ \(.*$/, '')), ['The source gives first, not second']);
  });
});
