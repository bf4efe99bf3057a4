/**
 * A music festival cancelled for bad weather: the organisers' statement and refund questions (Markdown) and the
 * safety advisory group's minutes (plain text, with a list of those present). The sources are written for these tests
 * (from a helper's draft); the festival, the council and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const STATEMENT = `# Brightwater Festival 2025: Statement on Cancellation and Ticket Refund FAQ

**Issued by Brightwater Live Ltd — Thursday 14 August 2025, 8.30am**

**For immediate release**

---

## Statement from the organisers

Brightwater Festival 2025, which was due to take place at Fellside Park, Kirkby Marwood, from Friday 15 August to Sunday 17 August, has been cancelled because of severe weather.

The decision was taken at 6.45am this morning following a reconvened meeting of the Kirkby Marwood Safety Advisory Group, which recommended that the event should not go ahead. Brightwater Live Ltd accepted that recommendation in full.

The Met Office has issued an amber warning for wind and rain covering the whole of the North Dales from 3pm on Thursday until midnight on Friday. Forecasters expect between 50mm and 60mm of rain across the two days, with gusts of up to 65mph on exposed ground. Fellside Park has already received 48mm of rain since Monday, and two of our three public car parks are waterlogged.

Festival director Hannah Okafor said: "This is the hardest decision we have ever had to make, but the safety of our audience, artists and crew has to come first. We know how much people have been looking forward to this weekend, and we are heartbroken."

Operations director Callum Reid added: "Our teams worked through the night to try to save the event. We laid more than two kilometres of trackway and brought in extra pumps, but the ground simply could not take any more water."

This would have been the festival's seventh edition. A total of 31,200 weekend tickets and 4,650 day tickets had been sold, making 2025 the biggest Brightwater yet. Last year's festival attracted 28,500 people across the weekend.

The line-up was to have been headlined by The Lanterns on Friday, Mira Solis on Saturday and Kestrel Avenue on Sunday. We have been in touch with all 64 booked acts and their management this morning. None of the headliners has yet confirmed a rescheduled appearance, and we are not announcing any replacement event at this stage.

Campers who have already arrived for the early-entry Thursday opening should not travel to the site. The campsite gates will remain closed and the early-entry area, which was due to open at 12 noon today, will not open. Anyone already in the area is asked to follow advice from North Dales Police and to avoid the B6271 Fellside Road, which is expected to flood.

We want to thank the council, emergency services, our crew of around 1,800 staff and volunteers, and the 140 traders who were preparing to join us. We will say more about traders and suppliers in the coming days.

---

## Ticket refund FAQ

**Will I get a refund?**

Yes. Every ticket holder will receive a full refund of the face value of their ticket. You do not need to apply. Refunds will be processed automatically by our official ticket agent, Tixora, to the card used at the time of purchase.

**How much will I get back?**

Refunds cover the face value of the ticket plus the booking fee. The face value of a weekend camping ticket was £189, a weekend ticket without camping was £165, and a day ticket was £79. The booking fee was £8.50 per weekend ticket and £4 per day ticket. The £2.50 per-order transaction fee charged by Tixora is not refundable.

**What about add-ons such as parking, campervan passes and glamping?**

Car parking passes (£20), campervan passes (£95) and the Fellside Glamping packages (from £420) will all be refunded in full, including booking fees. Glamping customers will be contacted separately by our partner, Canvas & Co, within five working days.

**When will I receive my money?**

Tixora will begin processing refunds on Monday 18 August 2025. Most customers should see the money back in their account within 14 working days. Because of the volume of refunds, some banks may take longer. If you have not received your refund by Friday 19 September 2025, please contact Tixora directly.

**Is there a deadline?**

You do not need to do anything to receive a refund for tickets bought directly from Tixora. If you bought your ticket through the official Tixora resale platform, the refund will go to the person who bought the ticket on resale, not the original buyer.

Anyone who bought a ticket through an unofficial reseller or secondary site must claim from that seller. Claims for refunds of booking fees on tickets bought through our authorised partner outlets must be made by Tuesday 30 September 2025. We cannot refund any ticket that was not bought through Tixora or an authorised partner outlet.

**Will my travel and accommodation costs be covered?**

No. Unfortunately we are not able to cover the cost of travel, hotels or other accommodation booked independently. We recommend that you contact your travel provider or insurer. Shuttle bus tickets bought through Tixora (£12 return from Kirkby Marwood station) will be refunded.

**Can I keep my ticket for next year instead?**

We are not offering roll-over tickets. All tickets will be refunded. Brightwater Festival 2026 has been provisionally scheduled for Friday 14 August to Sunday 16 August 2026, and tickets will go on sale later this year. Anyone who held a 2025 ticket will be given access to a 48-hour priority sale before general release, at 2025 prices.

**I paid by instalments. What happens?**

Customers who used the Tixora payment plan will have every instalment already paid refunded, and no further instalments will be taken. Around 9% of weekend ticket holders used the payment plan.

**Will I get a refund in cash?**

No. Refunds cannot be issued in cash or by bank transfer to a different account. All refunds go back to the original payment method.

**What about merchandise pre-orders?**

Pre-ordered festival merchandise will still be posted to customers at no extra charge. If you would prefer a refund, email merch@brightwaterfestival.co.uk before Sunday 31 August 2025.

**Who can I contact?**

Please do not call the festival office, which is not staffed for customer enquiries. The Tixora customer service team can be reached through the help centre on its website. Accessibility customers who booked through our access scheme can email access@brightwaterfestival.co.uk.

---

*Brightwater Live Ltd is registered in England. Media enquiries: press@brightwaterfestival.co.uk.*

*Notes to editors: Brightwater Festival was founded in 2017 by Hannah Okafor and Daniel Mensah. The 2020 and 2021 editions were cancelled because of the Covid-19 pandemic. This is the first time the festival has been cancelled because of weather.*
`;

const MINUTES = `KIRKBY MARWOOD DISTRICT COUNCIL
SAFETY ADVISORY GROUP (SAG)

MINUTES OF AN EXTRAORDINARY MEETING
Held on Wednesday 13 August 2025 at 4.00pm
Committee Room 2, Marwood Town Hall, Market Street, Kirkby Marwood
Reconvened on Thursday 14 August 2025 at 6.00am (by video conference)

Event: Brightwater Festival 2025, Fellside Park
Reference: SAG/2025/031

PRESENT
Cllr Denise Harlow - Chair; Cabinet Member for Communities and Public Safety
Mark Ellery - Head of Environmental Health and Licensing, Kirkby Marwood District Council
Joanne Tate - Emergency Planning Officer, Kirkby Marwood District Council
Inspector Rachel Dunmore - North Dales Police
Station Manager Tom Whitcombe - North Dales Fire and Rescue Service
Priya Nair - Resilience Manager, Northern Counties Ambulance Service
Gareth Pryce - Flood Risk Officer, Environment Agency
Owen Lister - Highways Network Manager, North Dales County Council

IN ATTENDANCE
Hannah Okafor - Festival Director, Brightwater Live Ltd
Callum Reid - Operations Director, Brightwater Live Ltd
Sam Adebayo - Independent Event Safety Adviser (engaged by Brightwater Live Ltd)
Lucy Fenwick - Democratic Services Officer (minutes)

APOLOGIES
Dr Alan Cooke - Director of Public Health

1. PURPOSE OF THE MEETING

1.1 The Chair explained that the meeting had been called at short notice following the Met Office decision at 11.00am on Wednesday to upgrade its yellow warning for rain to an amber warning for wind and rain. She reminded members that the SAG is a non-statutory advisory body. It has no power to cancel an event; the decision rests with the event organiser, although the council and the police retain their own separate legal powers.

2. WEATHER AND FLOOD RISK

2.1 Gareth Pryce reported that the River Marwood at the Fellside gauge stood at 2.1 metres at 2.00pm, compared with 1.4 metres on Monday. The typical summer level is below 0.9 metres. A flood alert had been issued for the Lower Marwood area at 1.15pm. He said that if the forecast rainfall arrived, the river was likely to exceed 2.8 metres by Friday morning, which would put the lower campsite field (Field D) at risk of flooding.

2.2 Mr Pryce noted that 48mm of rain had fallen at Fellside Park since Monday, roughly two-thirds of the 71mm average for the whole of August. He said: "The ground is already saturated. Any further rain will run straight off into the river."

2.3 Joanne Tate confirmed that the amber warning ran from 3.00pm on Thursday until midnight on Friday, with 50-60mm of rain and gusts up to 65mph expected.

3. SITE CONDITIONS

3.1 Callum Reid reported that car parks B and C were waterlogged and had been closed to vehicles since Tuesday evening. This reduced on-site parking capacity from 9,500 spaces to about 5,700, a loss of 40 per cent. Car park A, which has a hard-standing surface, remained usable.

3.2 Mr Reid said the site team had laid 2.3km of temporary trackway since Monday and hired six additional high-volume pumps. He acknowledged that the arena and the main stage area were coping, but said conditions in the campsite fields were deteriorating.

3.3 Sam Adebayo said that his inspection at 1.00pm had found standing water in Fields C and D and a soft, rutted surface on the main pedestrian route from the shuttle bus drop-off. In his view the site could be made safe for day visitors, but he could not recommend overnight camping for up to 24,000 people in Fields C and D under the forecast conditions.

4. EMERGENCY SERVICES

4.1 Inspector Dunmore said that the B6271 Fellside Road was the only route suitable for large emergency vehicles onto the site, and that North Dales County Council expected sections of it to flood. She said: "If the road goes under, emergency vehicle access could not be guaranteed. That is not a risk the police can support."

4.2 Owen Lister confirmed that the B6271 had flooded in February 2024 and had been closed for 19 hours. Highways teams were on standby but there was no alternative route of suitable width.

4.3 Station Manager Whitcombe raised concerns about wind loading on temporary structures. The main stage roof and the two largest marquees were rated for gusts up to 55mph, which was lower than the forecast maximum. He said the fire service did not object to the arena in principle, but would not support the event if the structures could not be secured or lowered.

4.4 Priya Nair said the ambulance service had planned for 14 paramedics and two rapid response vehicles on site each day. She warned that a major incident on the site during flooding would draw resources away from the rest of the district.

5. DISCUSSION

5.1 Hannah Okafor said the organisers had considered three options: running the festival as planned; running a reduced, day-only event on Saturday and Sunday without camping; and cancelling. She said that a day-only event would still require around 11,000 cars to use the B6271.

5.2 Mark Ellery said the council would not be in a position to vary the premises licence at such short notice to allow a day-only event with different hours.

5.3 The Chair said: "Nobody wants to see this festival cancelled, but we cannot gamble with people's safety."

5.4 The group agreed to adjourn until 6.00am on Thursday 14 August so that members could review the overnight forecast and the 5.00am river gauge reading.

6. RECONVENED MEETING - THURSDAY 14 AUGUST 2025, 6.00AM

6.1 All members listed above were present by video conference, except Owen Lister, who sent a written update.

6.2 Gareth Pryce reported that the river stood at 2.4 metres at 5.00am and was still rising. The Environment Agency had upgraded the Lower Marwood flood alert to a flood warning at 4.30am.

6.3 Joanne Tate reported that the Met Office had not downgraded the amber warning. The overnight forecast was unchanged.

6.4 Owen Lister's written update stated that a 300-metre section of the B6271 near Marwood Bridge already had surface water and would be monitored hourly.

7. RECOMMENDATION

7.1 The Safety Advisory Group unanimously recommended that Brightwater Festival 2025 should not proceed in any form.

7.2 Hannah Okafor confirmed at 6.45am, on behalf of Brightwater Live Ltd, that the organisers accepted the recommendation and would cancel the event. She said a public announcement would be made by 9.00am.

7.3 The Chair thanked the organisers for their cooperation. She noted that this was the first time the SAG had recommended the cancellation of a licensed event since the group was formed in 2012.

8. ACTIONS

8.1 North Dales Police and the council communications team to issue joint travel advice by 10.00am. (Owner: Inspector Dunmore / Joanne Tate)

8.2 Brightwater Live Ltd to keep a minimum of 40 staff on site to secure structures and manage any early arrivals. (Owner: Callum Reid)

8.3 Environmental Health to carry out a post-event site inspection within seven days of the site being cleared. (Owner: Mark Ellery)

8.4 A debrief meeting of the SAG to be held within 28 days. (Owner: Lucy Fenwick)

The meeting closed at 7.05am.

Signed (Chair): ..................................
Date: ..................................
`;

const files = { 'brightwater-statement-and-refund-faq.md': STATEMENT, 'sag-minutes-13-14-august-2025.txt': MINUTES };

describe("a festival's cancellation: the organisers' statement and the safety group's minutes, with the product's word vectors", () => {
  withProductWordVectors();

  test('a sentence\'s adverb is no word in another\'s place: "Organisers said they could not cover" / "Unfortunately we are not able to cover"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives Unfortunately, not Organisers".
    verdict('supported', 'Organisers said they could not cover the cost of travel or hotels booked independently.');
  });

  test('"The Chair said:" is whoever holds the chair, no other speaker', async () => {
    // Was "These words were said by Chair, not Cllr Denise Harlow" (the minutes list "Cllr Denise Harlow - Chair").
    const report = await checkAgainst(files, '# Festival\n\nCllr Denise Harlow said: "Nobody wants to see this festival cancelled, but we cannot gamble with people\'s safety."\n');
    assert.deepEqual(report.findings.map((f) => f.message), []);
  });
});
