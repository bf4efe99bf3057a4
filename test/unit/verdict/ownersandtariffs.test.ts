/**
 * The sixty-second round (h986–h991): whose figure a sentence gives, tariffs and caps, and what is no contradiction. A
 * stake given to the other owner ("which owns 51 per cent" / "owned 51 per cent by … and 49 per cent by …"), two towns'
 * charges swapped, a member's vote in a recorded vote that lists names after its label ("Abstained: Cllr Bretherton
 * (1)"), a speaker in apposition after a post in capitals ("said the Mayor, Cllr …"), "a two-year extension" against "a
 * one-year extension", "up to a year" against "up to six months", a scheme "scrapped" that is "retained". And no
 * contradiction: a noun of change the source rules out ("without further cuts"), an option's label ("Option 1, no
 * change:"), a rise in pence that a tariff row works out, a bare figure another passage copying the claim gives bare, a
 * budget "capped at" what the source's is "not exceeding", a tariff's band ("the standard one-hour charge" / "up to 1
 * hour"), a comparison's other name ("higher than Ashcombe's, at £43,600"). Every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';
import { extractValues, valueAgrees } from '../../../server/src/core/verdict/values';

const AIRPORT = `<html><body>
<h1>Fernley Airport: route changes</h1>
<ul>
<li>Fernley Airport is owned 51 per cent by Fernley Borough Council and 49 per cent by Kestrel Infrastructure Partners.</li>
<li>Passenger numbers rose to 412,600 in 2024.</li>
</ul>
</body></html>
`;

const SCRUTINY = `FERNLEY BOROUGH COUNCIL – ECONOMY SCRUTINY COMMITTEE
Wednesday 12 March 2025

Present: Councillor Ruth Oduya (Chair), Councillor Simon Brereton, Councillor Robert Ashby, Councillor Derek Fenton, Councillor Priya Sandhu

CLLR SANDHU: Ms Pellow, what is Kestrel Infrastructure Partners saying?

MS PELLOW: They have not committed any new money at this stage.

CLLR ODUYA: I propose that this committee recommends to cabinet that it consider a one-year extension of the route development fund at a cost not exceeding £400,000.

Recorded vote:
For: Cllr Oduya, Cllr Sandhu (2)
Against: Cllr Fenton, Cllr Ashby (2)
Abstained: Cllr Brereton (1)
`;

const TARIFFS = `# Town-centre parking tariffs 2025

1.1 The council offers free parking to Blue Badge holders in all of its car parks, and the council will keep that concession.

4.4 The existing "Free After 3" scheme, under which parking is free after 3pm on the four Saturdays before Christmas, will be retained.

## 6. Comparison with neighbouring towns

6.1 The one-hour charge in Ashworth (Ashworth Borough Council) is currently £1.50, and in Thornleigh (Thornleigh Vale District Council) it is £1.30.

## 9. Options considered

9.1 Option 1, no change: rejected, as it would leave the full £2.3 million budget gap to be met from other services.

9.2 The consultation received 1,216 responses, of which 948 (78 per cent) opposed the proposals and 170 (14 per cent) supported them.
`;

const ROWS = `# Tariffs

| Car park | Spaces | 1 hour (now) | 1 hour (new) | 2 hours (now) | 2 hours (new) | All day (now) | All day (new) |
|---|---|---|---|---|---|---|---|
| Kingsmead multi-storey | 410 | £1.00 | £1.40 | £1.90 | £2.50 | £5.50 | £7.00 |
| Millbeck Lane (long stay) | 74 | £0.80 | £1.00 | £1.50 | £1.90 | £4.00 | £5.00 |
| Market Row (short stay) | 120 | £1.20 | £1.60 | £2.20 | £2.90 | n/a | n/a |
`;

const RELEASE = `<html><body>
<h1>Parking charges to rise from April</h1>
<p>The changes are expected to bring in almost £500,000 a year in additional income, which will help the council close a budget gap of £2.3 million in 2025/26 without further cuts to frontline services such as street cleaning and parks.</p>
<p>Current tariff: up to 1 hour £1.50; up to 3 hours £3.00; all day £5.00.</p>
<p>One hour at the Market Row short-stay car park will cost £1.60, up from £1.20.</p>
</body></html>
`;

const GOVERNORS = `# Consultation outcome report

## 6. Decision

On Tuesday 4 March the governing body resolved to proceed with conversion, with the following conditions:

1. that the chair of governors write to all respondents setting out the response to the main concerns raised;
2. that the sixth form remain on the site for at least five years;
3. that a SEND working group including two parent representatives be established before conversion.
`;

const TRUST = `Statement from the Fellmoor Learning Partnership

We welcome the decision of the governors.

- A SEND working group, including at least two parent representatives, will be set up before conversion.
`;

const HOMES = `# Housing recovery plan

The council has agreed to pay for temporary accommodation for displaced families for up to six months.
`;

const SHOW = `# Annual general meeting: minutes

> "That the committee be authorised to organise a one-day Kelsbury Country Fair on Saturday 13 September 2025, with a budget not exceeding £15,000."
`;

const MEETING = `FENLOW TOWN COUNCIL – EXTRAORDINARY MEETING
Monday 3 November 2025

Present: Cllr Derek Fennimore (Town Mayor, in the chair); Cllr Priya Lindgren (Deputy Mayor and chair of the Finance Committee); Cllr Gareth Pyle

CLLR LINDGREN: If I may respond as chair of Finance. And I'd say this: if the pier head goes into the sea this winter, there won't be anything left to lend money to.
`;

const PAY = `Statement from the University and College Union

The top of the main lecturer pay scale at Thornfield Vale is £43,600 a year, compared with £41,250 at Ashmore, a difference of £2,350.
`;

describe("whose figure a sentence gives, tariffs and caps, and what is no contradiction", () => {
  test('a stake given to the other owner, and two towns’ charges swapped', async () => {
    const judge = judgeWith(await workspaceIndex({ 'airport.html': AIRPORT, 'scrutiny.txt': SCRUTINY }));
    const stake = judge('Kestrel Infrastructure Partners, which owns 51 per cent of the airport, has not committed any new money.');
    assert.equal(stake.verdict, 'contradicted', why(stake));
    assert.ok(stake.conflicts.some((c) => c.claim === '51 per cent' && c.source === '49 per cent'), why(stake));
    const right = judge('Kestrel Infrastructure Partners, which owns 49 per cent of the airport, has not committed any new money.');
    assert.notEqual(right.verdict, 'contradicted', why(right));
    const towns = judgeWith(await workspaceIndex({ 'tariffs.md': TARIFFS }));
    const swapped = towns('The new one-hour charge of £1.60 will be the highest of the three towns, above Ashworth at £1.30 and Thornleigh at £1.50.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
    const faithful = towns('The new one-hour charge of £1.60 will be the highest of the three towns, above Ashworth at £1.50 and Thornleigh at £1.30.');
    assert.notEqual(faithful.verdict, 'contradicted', why(faithful));
    // (A comparison's other name owns none of the figures after it.)
    const pay = judgeWith(await workspaceIndex({ 'ucu.txt': PAY }));
    const higher = pay("The union says the top of Thornfield Vale's main lecturer pay scale is £2,350 higher than Ashmore's, at £43,600 a year against £41,250.");
    assert.notEqual(higher.verdict, 'contradicted', why(higher));
  });

  test("a member's vote in a recorded vote that lists names after its label", async () => {
    const judge = judgeWith(await workspaceIndex({ 'scrutiny.txt': SCRUTINY }));
    const against = judge('Cllr Simon Brereton and Cllr Robert Ashby voted against.');
    assert.equal(against.verdict, 'contradicted', why(against));
    const right = judge('Cllr Derek Fenton and Cllr Robert Ashby voted against.');
    assert.notEqual(right.verdict, 'contradicted', why(right));
  });

  test('a speaker in apposition after a post in capitals', async () => {
    const found = await misattributions({ 'meeting.txt': MEETING }, '"If the pier head goes into the sea this winter, there won\'t be anything left to lend money to," said the Mayor, Cllr Derek Fennimore.');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0], /Lindgren/);
    assert.deepEqual(await misattributions({ 'meeting.txt': MEETING }, '"If the pier head goes into the sea this winter, there won\'t be anything left to lend money to," said the Deputy Mayor, Cllr Priya Lindgren.'), []);
  });

  test('a length of one unit joined to its noun, and a whole year against months', async () => {
    assert.deepEqual(
      extractValues('a one-year extension, a one-year-old boy, a one-day strike, only one year group').filter((v) => v.kind === 'quantity').map((v) => v.text),
      ['one-year', 'one-day'],
    );
    const judge = judgeWith(await workspaceIndex({ 'scrutiny.txt': SCRUTINY }));
    const two = judge('The committee asked cabinet to consider a two-year extension of the fund at a cost of no more than £400,000.');
    assert.equal(two.verdict, 'contradicted', why(two));
    const homes = judgeWith(await workspaceIndex({ 'homes.md': HOMES }));
    const year = homes('The council has agreed to pay for temporary accommodation for displaced families for up to a year.');
    assert.equal(year.verdict, 'contradicted', why(year));
    const [aYear] = extractValues('for a year');
    assert.ok(valueAgrees(aYear, extractValues('for 12 months')[0]) && !valueAgrees(aYear, extractValues('for six months')[0]));
  });

  test('a scheme scrapped that is retained', async () => {
    const judge = judgeWith(await workspaceIndex({ 'tariffs.md': TARIFFS }));
    const r = judge('The council\'s "Free After 3" scheme, which offers free parking after 3pm on the four Saturdays before Christmas, will be scrapped.');
    assert.equal(r.verdict, 'contradicted', why(r));
  });

  test('no contradiction: a change ruled out, an option’s label, a rise a row works out, a cap in other words', async () => {
    const judge = judgeWith(await workspaceIndex({ 'tariffs.md': TARIFFS, 'release.html': RELEASE }));
    for (const text of [
      'The council says the rises will raise almost £500,000 a year to help close a £2.3 million budget gap.',
      'Only 170 respondents, or 14 per cent, supported the changes.',
    ]) {
      const r = judge(text);
      assert.notEqual(r.verdict, 'contradicted', why(r));
    }
    const rows = judgeWith(await workspaceIndex({ 'tariffs.md': ROWS }));
    const rise = rows('At the Kingsmead multi-storey, which has 410 spaces, an all-day ticket will rise by £1.50 to £7.00.');
    assert.notEqual(rise.verdict, 'contradicted', why(rise));
    const pence = judge('An hour at the Market Row short-stay car park will cost £1.60 instead of £1.20, a rise of 40p.');
    assert.equal(pence.verdict, 'supported', why(pence));
    // (A tariff's band: "the standard one-hour charge" / "up to 1 hour £1.50".)
    const band = extractValues('the standard one-hour charge of £1.50').find((v) => v.kind === 'quantity');
    assert.ok(band && valueAgrees(band, extractValues('Current tariff: up to 1 hour £1.50')[0]), JSON.stringify(band));
    const send = judgeWith(await workspaceIndex({ 'governors.md': GOVERNORS, 'trust.txt': TRUST }));
    const two = send('Governors also agreed that a SEND working group including two parent representatives should be set up before conversion.');
    assert.notEqual(two.verdict, 'contradicted', why(two));
    const show = judgeWith(await workspaceIndex({ 'minutes.md': SHOW }));
    const capped = show('The society will hold a one-day Kelsbury Country Fair on Saturday 13 September, with a budget capped at £15,000.');
    assert.notEqual(capped.verdict, 'contradicted', why(capped));
    assert.ok(!(capped.missing ?? []).includes('£15,000'), why(capped));
  });

  test('the whole of a partitive after a possessive, and a time in a table written like a score', () => {
    const [, whole] = extractValues("30 of the town centre's 211 ground-floor shop units are empty");
    assert.equal(whole.whole, true, JSON.stringify(whole));
    const time = extractValues('when the average stood at 38 minutes 14 seconds').find((v) => v.unit === 'min')!;
    const cell = extractValues('Category 2 mean | July: 38:14 | August: 36:02').filter((v) => v.unit === 'score');
    assert.deepEqual(cell.map((x) => valueAgrees(time, x)), [true, false]);
  });
});
