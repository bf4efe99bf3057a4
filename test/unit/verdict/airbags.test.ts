/**
 * A carmaker's recall: its recall notice (HTML, with a block quotation signed in its `<footer>`) and the safety
 * regulator's statement (plain text). The sources are written for these tests (from a helper's draft); the companies
 * and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Safety Recall KA-R-2025-014: Front passenger occupant sensor | Kestrel Automotive UK</title>
  <meta name="description" content="Kestrel Automotive is recalling 47,860 Arden, Solace and Vireo vehicles to replace the front passenger occupant classification sensor.">
  <link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Kestrel Automotive</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/models/">Models</a></li>
        <li><a href="/ownership/">Ownership</a></li>
        <li><a href="/ownership/recalls/" aria-current="page">Recalls</a></li>
        <li><a href="/dealers/">Find a dealer</a></li>
        <li><a href="/news/">News</a></li>
      </ul>
    </nav>
    <a class="btn" href="/ownership/recalls/check/">Check your VIN</a>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <a href="/">Home</a> &rsaquo; <a href="/ownership/">Ownership</a> &rsaquo; <a href="/ownership/recalls/">Recalls</a> &rsaquo; KA-R-2025-014
  </nav>

  <main>
    <article>
      <h1>Safety recall: front passenger occupant classification sensor</h1>
      <p class="meta">Recall reference KA-R-2025-014 &middot; Published Tuesday 11 March 2025 &middot; Kestrel Automotive UK Ltd, Coventry</p>

      <h2>Summary</h2>
      <p>Kestrel Automotive is voluntarily recalling 47,860 vehicles in five European markets to replace the occupant classification sensor fitted under the front passenger seat. In some vehicles, moisture can enter the sensor's wiring connector and cause the system to read an occupied seat as empty. If this happens, the front passenger airbag is switched off and may not deploy in a collision.</p>
      <p>The sensor was made by our supplier Teodor Sensorik GmbH of Regensburg, Germany. Affected vehicles were built at our Halbury plant in Northamptonshire between 4 February 2021 and 19 August 2024.</p>

      <h2>Affected models</h2>
      <table>
        <thead>
          <tr><th>Model</th><th>Model years</th><th>Vehicles</th></tr>
        </thead>
        <tbody>
          <tr><td>Kestrel Arden</td><td>2021 to 2023</td><td>26,118</td></tr>
          <tr><td>Kestrel Solace</td><td>2022 to 2024</td><td>17,540</td></tr>
          <tr><td>Kestrel Vireo Hybrid</td><td>2023</td><td>4,202</td></tr>
          <tr><td><strong>Total</strong></td><td></td><td><strong>47,860</strong></td></tr>
        </tbody>
      </table>

      <h2>Vehicles by country</h2>
      <table>
        <thead>
          <tr><th>Country</th><th>Vehicles</th></tr>
        </thead>
        <tbody>
          <tr><td>United Kingdom</td><td>21,304</td></tr>
          <tr><td>Germany</td><td>9,127</td></tr>
          <tr><td>Netherlands</td><td>8,655</td></tr>
          <tr><td>Belgium</td><td>4,862</td></tr>
          <tr><td>Ireland</td><td>3,912</td></tr>
        </tbody>
      </table>

      <h2>What can happen</h2>
      <p>When the fault occurs, the "PASSENGER AIRBAG OFF" lamp in the overhead console lights up even though an adult is sitting in the seat. Kestrel is aware of three collisions in which the front passenger airbag did not deploy. Two front passengers suffered minor injuries. No deaths have been reported.</p>

      <h2>What we will do</h2>
      <p>Kestrel dealers will replace the sensor mat and its connector free of charge. The work takes about 90 minutes. We will write to registered keepers from Monday 24 March 2025, and replacement parts will be available to dealers from Monday 7 April 2025. Owners who have already paid for a replacement sensor can claim a refund of up to &pound;340.</p>

      <blockquote>
        <p>"The safety of the people who travel in our cars comes before everything else. We have traced the fault to a single connector design, and we will replace it in every affected vehicle at no cost to our customers."</p>
        <footer>&mdash; Dr Miriam Achterberg, Chief Quality Officer, Kestrel Automotive</footer>
      </blockquote>

      <p>Owen Castellan, Managing Director of Kestrel Automotive UK, said: "We are sorry for the worry this will cause. Our dealers have extended their opening hours on Saturdays so that owners can book the repair quickly."</p>

      <h2>Questions and answers</h2>
      <dl class="faq">
        <dt>How do I know whether my car is affected?</dt>
        <dd>Enter your 17-character vehicle identification number (VIN) in our online checker, or call our recall line on 0800 046 7731, open from 8am to 8pm, Monday to Saturday.</dd>

        <dt>Is it safe to drive my car?</dt>
        <dd>Yes. The fault does not affect the driver's airbag, the brakes or the steering. If the "PASSENGER AIRBAG OFF" lamp lights up while an adult is in the front passenger seat, we advise that the passenger sits in the rear until the repair is done.</dd>

        <dt>Will I have to pay?</dt>
        <dd>No. The repair, parts and labour are free. If your dealer needs to keep the car, a courtesy vehicle will be provided.</dd>

        <dt>Why has this happened?</dt>
        <dd>Tests on returned parts found that a rubber seal in the connector can shrink in cold weather and let water in. Teodor Sensorik changed the seal design in August 2024, and vehicles built after 19 August 2024 are not affected.</dd>

        <dt>Is my Kestrel Arden Estate affected?</dt>
        <dd>No. The Arden Estate uses a different seat frame and sensor and is not part of this recall.</dd>

        <dt>Have you told the authorities?</dt>
        <dd>Yes. We notified the Road Vehicle Safety Agency in the United Kingdom on Friday 28 February 2025 and are working with the type-approval authorities in Germany, the Netherlands, Belgium and Ireland.</dd>
      </dl>

      <p class="updated">Last updated: 11 March 2025, 10:00 GMT</p>
    </article>
  </main>

  <aside class="related">
    <h2>Related</h2>
    <ul>
      <li><a href="/ownership/recalls/">All open recalls</a></li>
      <li><a href="/ownership/servicing/">Book a service</a></li>
      <li><a href="/news/">Press releases</a></li>
    </ul>
  </aside>

  <footer class="site-footer">
    <ul>
      <li><a href="/contact/">Contact us</a></li>
      <li><a href="/privacy/">Privacy policy</a></li>
      <li><a href="/cookies/">Cookie settings</a></li>
      <li><a href="/accessibility/">Accessibility</a></li>
      <li><a href="/legal/">Legal notices</a></li>
    </ul>
    <p>&copy; 2025 Kestrel Automotive UK Ltd. Registered in England and Wales, company number 04417382. Registered office: Kestrel House, Torrington Road, Coventry CV4 9QP.</p>
  </footer>
</body>
</html>
`;

const STATEMENT = `ROAD VEHICLE SAFETY AGENCY
Press Office

STATEMENT
Kestrel Automotive recall of Arden, Solace and Vireo Hybrid vehicles: passenger airbag sensor

Issued: 09:30 GMT, Wednesday 12 March 2025
Updated: 14:15 GMT, Wednesday 12 March 2025
Reference: RVSA/REC/2025/0317

SUMMARY

The Road Vehicle Safety Agency (RVSA) has today confirmed that Kestrel Automotive UK Ltd will recall 21,304 vehicles registered in the United Kingdom because a faulty sensor may switch off the front passenger airbag.

The recall covers 11,870 Kestrel Arden cars from model years 2021 to 2023, 7,615 Kestrel Solace cars from model years 2022 to 2024 and 1,819 Kestrel Vireo Hybrid cars from model year 2023.

Kestrel's recall also covers vehicles sold in Germany, the Netherlands, Belgium and Ireland. Those vehicles are a matter for the authorities in those countries.

BACKGROUND

The RVSA opened an investigation on Thursday 16 January 2025 after receiving complaints from owners who reported that the passenger airbag warning lamp came on while an adult was in the seat. Complaints about the fault rose from two in the third quarter of 2024 to eleven in the fourth quarter, and the agency had received 14 complaints in total by the time the investigation opened.

Kestrel Automotive notified the agency on Friday 28 February 2025 that it would carry out a recall.

The agency is aware of one collision in the United Kingdom in which the passenger airbag of an affected car did not deploy. The collision took place on the A34 near Stockport on Saturday 9 November 2024. The front passenger was treated in hospital for minor injuries and discharged the same day.

This is the second recall of the Kestrel Arden in 12 months. In April 2024, Kestrel recalled 6,480 Arden cars to replace a rear brake hose. It is the largest airbag-related recall the RVSA has overseen since 2019.

WHAT OWNERS SHOULD DO

Owners will receive a letter from Kestrel. They should book the repair with a Kestrel dealer as soon as they receive it. The repair is free of charge.

Until the repair is done, owners should check the "PASSENGER AIRBAG OFF" lamp each time an adult sits in the front passenger seat. If the lamp is lit, the passenger should sit in the rear.

Owners can check whether their vehicle is affected by entering its registration number in the RVSA's vehicle recall checker.

QUOTES

Priya Dunmore, Chief Executive of the Road Vehicle Safety Agency, said:

"An airbag that switches itself off without the driver knowing is a serious defect. We expect Kestrel to contact every owner quickly and to fix every affected car."

Gareth Lowde, Head of Vehicle Safety Investigations at the RVSA, said:

"Our engineers examined sensors from six vehicles and found corrosion in the connector in every one of them. We will monitor the recall until at least 95 per cent of affected vehicles have been repaired."

QUESTIONS AND ANSWERS

Q: How long will the repair take?
A: Kestrel has told the agency that the repair will take about 90 minutes.

Q: When will owners hear from Kestrel?
A: Kestrel will begin writing to owners on Monday 24 March 2025. Parts will reach dealers from Monday 7 April 2025.

Q: Can the RVSA take action if a manufacturer does not complete a recall?
A: Yes. Under the General Product Safety Regulations, the agency can issue a recall notice to a manufacturer and can bring a prosecution if that notice is not followed.

Q: What if I have already paid to repair the fault?
A: Kestrel has said it will refund owners up to £340 for a replacement sensor they paid for themselves. Owners should keep their receipts.

NOTES TO EDITORS

1. The Road Vehicle Safety Agency is an executive agency of the Department for Transport. It is responsible for vehicle safety standards, recalls and market surveillance of vehicles and parts in the United Kingdom.

2. In 2024 the RVSA oversaw 412 vehicle safety recalls affecting about 1.3 million vehicles.

3. Owners can report a suspected safety defect to the RVSA online or by calling 0300 123 9000, open 8am to 6pm, Monday to Friday.

4. Media enquiries: RVSA Press Office, 0300 123 9010, press@rvsa.example.gov.uk.

ENDS
`;

const files = { 'kestrel-recall-notice.html': NOTICE, 'rvsa-statement.txt': STATEMENT };

describe("a recall: the carmaker's notice and the regulator's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('"can expand in cold weather" against "can shrink in cold weather"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Tests on returned parts found that a rubber seal in the connector can expand in cold weather and let water in.', [['expand', 'shrink']]);
    verdict('supported', 'Tests on returned parts found that a rubber seal in the connector can shrink in cold weather and let water in.');
  });

  test('"supplied by" for "made by our supplier"; "in the fourth" for "in the fourth quarter"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Were unsupported (missing "supplied", "based"; "fourth").
    verdict('supported', 'The sensors were supplied by Teodor Sensorik GmbH, a company based in Regensburg, Germany.');
    verdict('supported', 'Complaints to the agency about the fault rose from two in the third quarter of 2024 to eleven in the fourth.');
  });

  test("a block quotation's <footer> says whose words they are", async () => {
    const report = await checkAgainst(
      files,
      [
        '# Recall',
        '',
        'Dr Miriam Achterberg, Kestrel\'s chief quality officer, said the company had "traced the fault to a single connector design".',
        '',
        'Owen Castellan said: "The safety of the people who travel in our cars comes before everything else."',
        '',
      ].join('\n'),
    );
    // Were: the first claim unsupported ("No source states “Dr Miriam Achterberg”, “chief” and “officer”"), the
    // second quote verified (the footer, and so the name, was dropped with the page's footer).
    assert.equal(report.claims[0].verdict, 'supported', JSON.stringify(report.findings.map((f) => f.message)));
    assert.deepEqual(
      report.findings.map((f) => [f.code, f.message.replace(/ \(.*$/, '')]),
      [['misattributed-quote', 'These words were said by Dr Miriam Achterberg, not Owen Castellan']],
    );
  });
});
