/**
 * A supermarket chain's pay deal: the company's announcement and the union's statement with ballot figures. The sources
 * are written for these tests (from a helper's draft); the company, the union and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const ANNOUNCEMENT = `# PELLOW'S SUPERMARKETS LTD — PRESS RELEASE

**Ref:** PEL/PR/2025/014
**Embargo:** 07:00 GMT, Tuesday 4 March 2025
**Issued by:** Corporate Affairs, Pellow's Supermarkets Ltd, Castlemoor House, Wexcombe WX4 7QT

---

## Pellow's confirms £94 million pay award for 51,800 hourly-paid colleagues

*New national rate of £12.70 an hour agreed with the RDWU after consultative ballot*

**WEXCOMBE, Tuesday 4 March 2025** — Pellow's Supermarkets today confirmed a new pay agreement for its 51,800 hourly-paid store and distribution colleagues, following a consultative ballot of members of the Retail and Distribution Workers' Union (RDWU) in which 77 per cent of those voting backed the offer.

The award, which will cost the business an additional £94 million in the 2025/26 financial year, takes effect on Sunday 6 April 2025 and will be reflected in colleagues' pay from the first payday after that date.

The new national rate of £12.70 is 49p an hour above the statutory National Living Wage of £12.21, which comes into force on 1 April 2025.

### Key points of the agreement

- The base hourly rate for store colleagues outside London will rise from £12.00 to £12.70, an increase of 5.8 per cent.
- Store colleagues in Outer London will receive £13.40 an hour and those in Inner London £13.95 an hour.
- Distribution centre colleagues will receive an increase of 6.1 per cent, taking their average hourly rate to £14.32.
- Paid break time will increase from 15 minutes to 20 minutes for every shift of six hours or more.
- The colleague discount will rise from 10 per cent to 12 per cent, and from 20 per cent to 25 per cent during the three "colleague weeks" held each year.
- The night premium of £1.05 an hour, paid between midnight and 5am, is unchanged and will be reviewed jointly with the RDWU by the end of October 2025.

### Hourly rates from Sunday 6 April 2025

| Role / location                           | Current rate | New rate | Increase |
|-------------------------------------------|-------------:|---------:|---------:|
| Store colleague (national)                | £12.00       | £12.70   | 5.8%     |
| Store colleague (Outer London)            | £12.65       | £13.40   | 5.9%     |
| Store colleague (Inner London)            | £13.20       | £13.95   | 5.7%     |
| Team leader (national)                    | £13.10       | £13.85   | 5.7%     |
| Distribution centre colleague (average)   | £13.50       | £14.32   | 6.1%     |

*Rates exclude the night premium and Sunday working arrangements, which are unchanged.*

### How the agreement was reached

Formal negotiations between Pellow's and the RDWU opened on Tuesday 14 January 2025 at the company's head office in Wexcombe. An initial offer of 4.2 per cent across all grades was rejected by the union's negotiating committee on Thursday 30 January. A revised offer, including the increase in paid break time and the higher colleague discount, was tabled on Wednesday 5 February and put to RDWU members in a consultative ballot.

The RDWU informed the company of the ballot result on Monday 3 March. Pellow's and the union will sign the final agreement at a joint meeting later this month.

### What our people said

**Imogen Rathbone, Chief Executive of Pellow's, said:**

> "Our colleagues are the reason customers keep coming back to Pellow's. This is the largest single investment in pay in our 71-year history, and it has been agreed in partnership with the RDWU rather than imposed. I want to thank everyone on both sides of the table for the way these talks were conducted."

**Daniel Okafor-Leith, Chief People Officer, said:**

> "We listened carefully during the talks. Restoring paid break time was the change colleagues asked us for most often, so we have put it at the heart of this deal. Five extra minutes may not sound like much, but across a year it adds up to more than a full day of paid rest for a colleague working five long shifts a week."

**Gareth Mulvey, Distribution Director, said:**

> "Our distribution teams kept 412 stores stocked through the busiest Christmas we have ever had. We know night shifts are demanding, and we are committed to a proper joint review of the night premium this autumn."

### Investment in colleagues

The pay award follows a £12 million programme, completed in January 2025, to refurbish colleague rest areas in 140 stores and at all six distribution centres. Pellow's has also confirmed that it will continue to offer free hot meals to colleagues working night shifts at its distribution centres during 2025/26.

The company said the cost of the award would be met in part through efficiency savings in its logistics operation, including the consolidation of two regional transport offices, and that it did not expect the agreement to lead to any reduction in colleague hours.

---

### Notes to editors

1. **About Pellow's.** Pellow's Supermarkets Ltd was founded in Wexcombe in 1954 and operates 412 stores across England and Wales, supported by six distribution centres. It employs 58,300 colleagues, of whom 51,800 are hourly paid.
2. **Distribution network.** The group's largest distribution centre, at Fenbridge in Lincolnshire, opened in 2019 and covers 62,000 square metres. Pellow's operates a fleet of 740 lorries, which together travel around 38 million miles a year.
3. **Union recognition.** Pellow's has recognised the RDWU for collective bargaining on pay and conditions for hourly-paid colleagues since 2004.
4. **Results.** Pellow's will publish its preliminary results for the 52 weeks to 1 March 2025 on Thursday 24 April 2025.
5. **Rates.** The Outer London and Inner London rates apply to stores within the zones defined in the Pellow's London Allowance Schedule (revised 2023). Team leader rates apply to colleagues in grade TL1.
6. All figures are rounded to one decimal place where shown as percentages.

### Media contact

Hannah Threlfall, Head of Media Relations
Pellow's Supermarkets Ltd
Tel: 01632 960 418 (24-hour press line: 01632 960 400)
Email: press.office@pellows-supermarkets.co.uk

**ENDS**
`;

const STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Pellow's members vote to accept pay offer | RDWU Press Centre</title>
<meta name="description" content="RDWU members at Pellow's Supermarkets vote 77 per cent to accept revised pay offer.">
</head>
<body>
<header>
  <p class="org">Retail and Distribution Workers' Union (RDWU)</p>
  <p class="nav"><a href="/news">News</a> &gt; <a href="/news/press">Press releases</a> &gt; Pellow's pay ballot</p>
</header>

<main>
<article>
  <p class="meta"><strong>PRESS STATEMENT</strong> | Ref: RDWU/PR/25/031 | For immediate release: 16:30, Monday 3 March 2025</p>

  <h1>Pellow's members vote to accept pay offer &ndash; but night workers warn of "unfinished business"</h1>

  <p class="standfirst">Members of the Retail and Distribution Workers' Union (RDWU) employed at Pellow's Supermarkets have voted by 77.0 per cent to accept the company's revised pay offer, the union announced today.</p>

  <p>The consultative ballot ran from Monday 10 February to noon on Friday 28 February 2025 and was conducted online and by post by the independent scrutineer Calderbank Electoral Services. Of 23,640 eligible members, 14,892 returned a vote, a turnout of 63.0 per cent.</p>

  <p>The union's National Executive Committee, meeting at the RDWU's head office in Sallowfield on the morning of Monday 3 March, voted 19 to 2 to formally accept the offer on behalf of members. The company has been informed of the result.</p>

  <h2>Ballot result</h2>

  <table class="ballot">
    <caption>Table 1: Overall result &ndash; Pellow's consultative ballot, February 2025</caption>
    <thead>
      <tr><th>Measure</th><th>Number</th><th>Share</th></tr>
    </thead>
    <tbody>
      <tr><td>Eligible members</td><td>23,640</td><td>&ndash;</td></tr>
      <tr><td>Votes cast</td><td>14,892</td><td>63.0% turnout</td></tr>
      <tr><td>Yes &ndash; accept the offer</td><td>11,466</td><td>77.0%</td></tr>
      <tr><td>No &ndash; reject the offer</td><td>3,381</td><td>22.7%</td></tr>
      <tr><td>Spoiled or blank</td><td>45</td><td>0.3%</td></tr>
    </tbody>
  </table>

  <table class="ballot">
    <caption>Table 2: Result by division</caption>
    <thead>
      <tr><th>Division</th><th>Eligible</th><th>Votes cast</th><th>Turnout</th><th>Yes</th><th>No</th><th>Spoiled</th><th>Yes share</th></tr>
    </thead>
    <tbody>
      <tr><td>Stores</td><td>19,870</td><td>12,214</td><td>61.5%</td><td>9,602</td><td>2,575</td><td>37</td><td>78.6%</td></tr>
      <tr><td>Distribution</td><td>3,770</td><td>2,678</td><td>71.0%</td><td>1,864</td><td>806</td><td>8</td><td>69.6%</td></tr>
      <tr><td><strong>Total</strong></td><td>23,640</td><td>14,892</td><td>63.0%</td><td>11,466</td><td>3,381</td><td>45</td><td>77.0%</td></tr>
    </tbody>
  </table>
  <p class="note">Percentages for yes and no are of votes cast. Turnout is votes cast as a share of eligible members.</p>

  <h2>What the offer means</h2>

  <p>Under the revised offer, tabled by the company on Wednesday 5 February, the national hourly rate for store colleagues rises from &pound;12.00 to &pound;12.70 from Sunday 6 April 2025. Distribution centre colleagues receive 6.1 per cent. Paid breaks increase from 15 to 20 minutes on shifts of six hours or more, partly reversing a cut made in 2021.</p>

  <p>The union's original claim, submitted in November 2024, sought a minimum of &pound;13.00 an hour for all hourly-paid staff. The company's first offer, of 4.2 per cent, was rejected by the RDWU negotiating committee on Thursday 30 January.</p>

  <p>During the ballot period, RDWU officers and workplace representatives held 214 meetings with members in stores and distribution centres, including early-morning and overnight sessions for night-shift staff. Members were sent a summary of the offer, a comparison with the union's original claim and a recommendation from the negotiating committee to accept.</p>

  <p>The union said the result at Pellow's was one of the highest yes votes in a retail pay ballot it had run since 2020, but that the lower level of support in distribution could not be ignored.</p>

  <h2>Reaction</h2>

  <p><strong>Carys Bellamy-Hughes, RDWU General Secretary, said:</strong></p>
  <blockquote>"Members have voted with their eyes open. This deal is not everything we asked for, but it puts real money in people's pockets from April, and it gives back break time that was taken from them in 2021. That is what organised workers achieve."</blockquote>

  <p><strong>Tomasz Wilk, RDWU National Officer for Retail, said:</strong></p>
  <blockquote>"The first offer of 4.2 per cent was rejected out of hand by our negotiating committee. What members have accepted is the product of three weeks of hard bargaining, not a gift from the boardroom."</blockquote>

  <p><strong>Sharon Petts, RDWU shop steward at the Fenbridge distribution centre, said:</strong></p>
  <blockquote>"Night-shift drivers and pickers feel they have been left behind. One pound five an hour for working through the night is an insult, and the vote here shows it."</blockquote>

  <p>At the Fenbridge site in Lincolnshire, the group's largest, 58 per cent of members who voted backed the offer.</p>

  <h2>Next steps: night premium</h2>

  <p>The RDWU will submit a formal claim on the night premium by Friday 30 May 2025, ahead of the joint review the company has agreed to complete by the end of October. The union will seek an increase in the premium from &pound;1.05 to &pound;2.00 an hour and an extension of the qualifying hours from midnight&ndash;5am to 10pm&ndash;6am.</p>

  <p>Tomasz Wilk added: "Our distribution members have sent a clear message. The night premium is unfinished business, and we will be back at the table well before the autumn."</p>

  <h2>Notes to editors</h2>
  <ol>
    <li>The Retail and Distribution Workers' Union (RDWU) represents 186,000 members in retail, distribution and food manufacturing across the UK. Its head office is in Sallowfield.</li>
    <li>The RDWU has held a recognition agreement with Pellow's Supermarkets covering hourly-paid staff since 2004.</li>
    <li>The ballot was consultative. Under the union's rules, the final decision to accept or reject an offer rests with the National Executive Committee, which has 21 members.</li>
    <li>Ballot scrutineer: Calderbank Electoral Services Ltd. The scrutineer's full report is available on request.</li>
    <li>Pellow's operates 412 stores and six distribution centres and employs 58,300 people.</li>
  </ol>

  <p class="contact"><strong>Media enquiries:</strong> Ned Harbottle, Press Officer, RDWU Press Office &ndash; 020 7946 0832 / press@rdwu-union.org.uk. Out of hours: 07700 900 517.</p>

  <p class="ends">ENDS</p>
</article>
</main>

<footer>
  <p>&copy; 2025 Retail and Distribution Workers' Union. Registered office: Union House, 14 Calder Row, Sallowfield SF2 9LB.</p>
</footer>
</body>
</html>
`;

const files = { 'pellows_pay_announcement.md': ANNOUNCEMENT, 'rdwu_ballot_statement.html': STATEMENT };

describe("a supermarket chain's pay deal: the company's announcement and the union's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('two words of a change one way are words for each other, not a swap: "lengthened" / "increase"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives increase, not lengthened".
    verdict('supported', 'Paid breaks will be lengthened from 15 to 20 minutes for every shift of six hours or more.');
    verdict('contradicted', 'Paid breaks will be shortened from 15 to 20 minutes for every shift of six hours or more.', [['shortened', 'increase']]);
  });

  test('a margin is no level compared the wrong way: "49p above the statutory National Living Wage of £12.21"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // (The check of two figures compared by the claim's own word, `reversedComparison`, once read 49p as a level below
    // £12.21.)
    verdict('supported', 'The new national rate of £12.70 an hour is 49p above the statutory National Living Wage of £12.21.');
  });
});
