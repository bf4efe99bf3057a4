/**
 * A music festival cancelled at short notice: the organiser's statement (HTML, with its notes to editors in an
 * <aside>) and the ticketing agent's refund FAQ (Markdown). The sources are written for these tests (from a helper's
 * draft); the festival, the companies and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Statement: Saltmarsh Sound 2025 is cancelled | Saltmarsh Sound Festival</title>
  <meta name="description" content="Official statement from Brackwater Events on the cancellation of Saltmarsh Sound 2025 at Cleeve Meadows.">
  <link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Saltmarsh Sound</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/line-up">Line-up</a></li>
        <li><a href="/tickets">Tickets</a></li>
        <li><a href="/info">Festival Info</a></li>
        <li><a href="/news" aria-current="page">News</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <a href="/">Home</a> › <a href="/news">News</a> › Statement on the cancellation of Saltmarsh Sound 2025
  </nav>

  <main>
    <article>
      <h1>Saltmarsh Sound 2025 is cancelled</h1>
      <p class="meta">Published Wednesday 16 July 2025, 14:30 BST · Brackwater Events Ltd</p>

      <p><strong>Brackwater Events Ltd has cancelled the 12th Saltmarsh Sound Festival, which was due to take place at Cleeve Meadows, near Ludbury, from Friday 18 July to Sunday 20 July 2025, after flooding left much of the site under water.</strong></p>

      <p>The decision was taken at 11:00 on Wednesday 16 July, following an emergency meeting of the Westshire Safety Advisory Group. The River Lenn burst its banks on the evening of Tuesday 15 July after 94 millimetres of rain fell on the catchment in 36 hours. By Wednesday morning around 40 per cent of the main arena was flooded, and ground crews measured up to 60 centimetres of standing water in the lower campsite.</p>

      <p>The festival had sold 26,500 weekend tickets, out of a licensed capacity of 30,000, and more than 140 acts had been booked to perform across six stages.</p>

      <h2>A statement from our festival director</h2>

      <p>Danielle Okoro, festival director and co-founder of Brackwater Events, said: “We have run out of time and run out of options. No one wanted this less than we did, but we will not put twenty-six thousand people on a site that is still under water.”</p>

      <p>“To every fan who had booked time off, bought a tent or planned a first festival with their kids: I am truly sorry. This is the first time in twelve years that we have had to cancel, and it is the hardest call I have ever made.”</p>

      <h2>What happened on site</h2>

      <p>Marcus Feld, head of site operations, said his team of 210 crew had spent two nights trying to save the site. “Our ground crew worked through two nights pumping water off the arena, but the river rose faster than we could clear it,” he said. “By Wednesday morning the access road from the A417 was closed and we could not guarantee that an ambulance could reach the main stage.”</p>

      <p>Eight industrial pumps, each moving 1,500 litres a minute, were brought in from Ludbury on Tuesday night. Trackway had already been laid on 3.2 kilometres of internal roads.</p>

      <p>Councillor Priya Haldane, chair of the Westshire Safety Advisory Group, said: “The advice to the organisers was unanimous. With the access road closed and more rain forecast for Friday, there was no safe way to open the gates.”</p>

      <h2>The line-up</h2>

      <p>The Gannet Line had been due to headline the Harbour Stage on Friday, with Mira Solano closing the festival on Saturday night and Copperhead Choir on Sunday. All three headliners have been told of the cancellation and have confirmed they will be paid in full. Several acts have offered to play a benefit show in Ludbury later this year; details will follow.</p>

      <h2>Refunds</h2>

      <p>All ticket holders will receive a full refund, including booking fees, through our official ticketing partner QuayTix. Refunds will be issued automatically to the original payment method, starting on Monday 21 July 2025. You do not need to contact us or QuayTix to claim. Weekend tickets were sold at £189, day tickets at £79 and campervan passes at £95.</p>

      <p>Ticket holders who would rather keep their place can choose instead to roll their ticket over to Saltmarsh Sound 2026, which will run from Friday 17 July to Sunday 19 July 2026 at Cleeve Meadows. Full details are in the <a href="https://www.quaytix.co.uk/help/saltmarsh-sound-2025">QuayTix refund FAQ</a>.</p>

      <h2>Local traders and volunteers</h2>

      <p>Some 85 food and craft traders had booked pitches this year. Brackwater Events will refund every pitch fee in full and has set up a £50,000 hardship fund for independent traders who had already bought stock. Applications open on Friday 18 July and close on Friday 1 August.</p>

      <p>More than 600 volunteers had signed up to steward the festival. Every volunteer will have their deposit returned and will be offered a guaranteed place in 2026.</p>

      <h2>Media enquiries</h2>

      <p>For interviews please contact Tom Aske, communications manager, at press@saltmarshsound.co.uk or on 01632 960 418.</p>

      <aside class="notes-to-editors">
        <h3>Notes to editors</h3>
        <ul>
          <li>Saltmarsh Sound was founded in 2013 by Danielle Okoro and Ravi Mendes and is organised by Brackwater Events Ltd, based in Ludbury.</li>
          <li>The festival takes place at Cleeve Meadows, a 48-hectare farm site on the banks of the River Lenn.</li>
          <li>The 2024 festival attracted 27,800 people over three days.</li>
        </ul>
      </aside>
    </article>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <ul>
        <li><a href="/accessibility">Accessibility</a></li>
        <li><a href="/privacy">Privacy policy</a></li>
        <li><a href="/terms">Terms and conditions</a></li>
        <li><a href="/sustainability">Sustainability</a></li>
      </ul>
    </nav>
    <p>Follow us: <a href="https://instagram.com/saltmarshsound">Instagram</a> · <a href="https://facebook.com/saltmarshsound">Facebook</a></p>
    <p>© 2025 Brackwater Events Ltd. Registered in England and Wales, company no. 08451276. Registered office: 4 Quay Street, Ludbury, Westshire LB2 7QA.</p>
  </footer>
</body>
</html>
`;

const FAQ = `# Saltmarsh Sound 2025 – cancellation and refunds: your questions answered

*QuayTix Help Centre › Event cancellations › Saltmarsh Sound 2025*

**Last updated: Thursday 17 July 2025, 09:15 BST**

Saltmarsh Sound 2025 (Cleeve Meadows, Friday 18 – Sunday 20 July 2025) has been cancelled by the event organiser, Brackwater Events Ltd. QuayTix is the official ticketing agent for the festival and will handle all refunds for tickets bought through us. This page explains what happens next. We will update it as things change.

> "We know how much people had been looking forward to this weekend, and we want getting your money back to be the one part of it that is easy. Nobody needs to call us: if you bought from QuayTix, your refund will come to you." – Helen Marr, Head of Customer Experience, QuayTix

---

## Refunds

### Will I get my money back?

Yes. Every ticket holder will receive a full refund of the face value of their tickets, plus the booking fee of £12.50 per ticket and the £2.95 order processing fee. In total, 19,400 orders are affected, worth about £4.9 million.

### Do I need to do anything to get a refund?

No. Refunds are automatic. You do not need to fill in a form, call us or email us. Please do not open a chargeback with your bank, as this can delay your refund by up to 60 days.

### When will I get my refund?

We will start processing refunds on Monday 21 July 2025. Refunds are issued in batches in the order that bookings were made, and every refund will have been issued by Friday 1 August 2025. Once we have issued your refund, your bank may take a further 5 to 10 working days to show it on your statement.

You will receive an email from refunds@quaytix.co.uk when your refund has been issued. It will include your order number, which begins with SMS25.

### How will I be refunded?

Refunds go back to the card or account used to make the booking. If that card has expired or been cancelled, your bank will normally pass the money to your new card. If it does not, email us after Friday 1 August and we will arrange a bank transfer.

### I paid in instalments. What happens?

If you were on a QuayTix payment plan, every instalment you have paid so far will be refunded, together with your £30 deposit. No further instalments will be taken. The final instalment, due on Monday 4 August, has been cancelled.

### I bought my ticket on QuayTix Swap. Who refunds me?

If you bought a resale ticket through QuayTix Swap, our fan-to-fan resale service, you will be refunded the price you paid, up to a maximum of the original face value plus fees. The original seller has already been paid and is not affected.

### I bought my ticket somewhere else. Can QuayTix help?

No. We can only refund tickets bought from QuayTix. If you bought from another seller, please contact them directly. Tickets bought from unofficial resale sites or on social media may not be covered.

---

## Rolling over to 2026

### Can I keep my ticket for next year instead?

Yes. Saltmarsh Sound 2026 will take place at Cleeve Meadows from Friday 17 July to Sunday 19 July 2026. Instead of a refund, you can roll your ticket over to the 2026 festival at no extra cost, even if ticket prices rise.

### How do I roll over?

Log in to your QuayTix account, open your Saltmarsh Sound 2025 order and choose **Roll over to 2026**. You must do this by 23:59 on Sunday 27 July 2025. If you do nothing, you will be refunded automatically.

### Is there anything extra for rolling over?

Yes. Everyone who rolls over will get free early entry on Thursday 16 July 2026, worth £25 per ticket.

---

## Extras and add-ons

### Are campervan and car parking passes refunded?

Yes. Campervan passes (£95) and car parking passes (£22) bought through QuayTix will be refunded in full alongside your tickets.

### What about the shuttle bus?

Shuttle bus tickets from Ludbury railway station (£8 return) were sold by Lenn Valley Coaches, not by QuayTix. Lenn Valley Coaches has told us that it will refund all shuttle tickets within 14 days. Contact the operator directly at lennvalleycoaches.co.uk.

### I bought RefundShield. Can I claim on it?

You do not need to. Because the festival has been cancelled, you will get a full refund anyway. RefundShield, our optional refund protection, was bought by 3,100 customers at £6.50 per order. The RefundShield premium itself is not refundable, as set out in its terms.

### Will you refund my travel and accommodation?

No. QuayTix cannot refund train tickets, hotels or other costs that were not part of your QuayTix order. You may be able to claim on your travel insurance.

---

## Contacting us

### I still have a question. How do I reach you?

Our customer service team is available from 8am to 8pm, seven days a week, on 0345 600 2271 or through live chat in the QuayTix app. We have brought in an extra 40 agents to deal with Saltmarsh Sound enquiries, but lines will be busy. Please check this page first.

### Who do I contact about the festival itself?

Questions about the line-up, volunteering or traders' pitches should go to Brackwater Events Ltd at info@saltmarshsound.co.uk.

---

*QuayTix Ltd is a member of the Society of Ticket Agents and Retailers (STAR). Registered in England and Wales, company no. 07788142. Registered office: Mariner House, 22 Dock Road, Portharrow PH1 3DW.*

[Help Centre](https://www.quaytix.co.uk/help) · [Terms of sale](https://www.quaytix.co.uk/terms) · [Privacy](https://www.quaytix.co.uk/privacy) · [Contact us](https://www.quaytix.co.uk/contact)
`;

const files = { 'organiser-statement.html': STATEMENT, 'quaytix-refund-faq.md': FAQ };

describe("a festival cancelled: the organiser's statement and the refund FAQ, with the product's word vectors", () => {
  withProductWordVectors();

  test("an article's aside of prose is read: the notes to editors", async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: the <aside> was dropped as page chrome.
    verdict('supported', 'The 2024 festival attracted 27,800 people over three days.');
    verdict('contradicted', 'Saltmarsh Sound was founded in 2013 by Danielle Okoro and Ravi Mendes and is organised by QuayTix Ltd.', [['QuayTix Ltd', 'Brackwater Events Ltd']]);
  });

  test('"Cllr" is "Councillor"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "Cllr Priya Haldane" against "Councillor Priya Haldane".
    verdict('supported', 'Cllr Priya Haldane, who chairs the Westshire Safety Advisory Group, said the advice given to the organisers had been unanimous.');
  });

  test('one of two posts joined by "and"; "site operations chief" is the head of site operations', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Were contradicted: "Festival director" against "festival director and co-founder of Brackwater Events", "Site
    // operations chief" against "head of site operations".
    verdict('supported', 'Festival director Danielle Okoro said: "We have run out of time and run out of options."');
    verdict('supported', 'Site operations chief Marcus Feld said his crew had pumped water off the arena for two nights but "the river rose faster than we could clear it".');
    verdict('contradicted', 'Communications manager Danielle Okoro said: "We have run out of time and run out of options."', [['Communications manager', 'festival director']]);
  });
});
