/**
 * The sixty-first round, second part (h980–h985): what is no contradiction, and a move between months. A telephone
 * number is no figure ("on 01632 960418"); "no more than" is a bound, no denial; a post with a second field the claim
 * leaves out ("Head of libraries" / "head of libraries and culture"); "only the central library will open on Sundays" /
 * "No branch would open on a Sunday"; a denial of places the claim does not name; a rise in words from one sum to
 * another ("from one thousand and seventy-five pounds a week to one thousand one hundred and forty-five"); a survey's
 * joined stances ("Strongly agree or agree"); and a move in a month that a table of months gives the other way ("rose
 * in September" / "August | 44,687", "September | 41,356"). Every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';

const BUSES = `# Tamsley Vale Motor Services: evening service changes

From Monday 1 September 2025 the last departures on routes 7 and 12 will be earlier. Passengers who need to travel later can book MardenVale Evening, a demand-responsive minibus, by app or on 01632 960418.
`;

const INTERVIEW = `VALE SOUND – DRIVETIME
Thursday 28 August 2025

PRESENTER: Fiona Threlfall and Desmond Okoro, thank you both. MardenVale Evening bookings open tomorrow morning at nine.
`;

const APPEAL = `# Appeal decision: land south of Brook Lane, Fenworth

1. The appeal is allowed and outline planning permission is granted for the erection of up to 185 dwellings, including 56 affordable homes: 39 for affordable rent and 17 for shared ownership.

7. Surface water will be attenuated on site, and the condition requires the developer to restrict discharge from the developed area to the greenfield run-off rate of 4.2 litres per second per hectare.
`;

const LIBRARIES = `# Library strategy: consultation report

3.2 Proposed branch hours would be concentrated on Tuesdays, Thursdays and Saturdays. No branch would open on a Sunday; Haddon Central would keep its current Sunday opening of 11am to 3pm.

7.1 The Brinmoor Community Trust has agreed in principle to run Brinmoor Library. Expressions of interest have been received from groups in Cottesley, Greyhurst and Orlingham. No group has yet come forward for Fenwick Lane or Saltmarsh End.

| Response | Number | Per cent |
|---|---|---|
| Strongly agree or agree | 530 | 18.6 |
| Neither agree nor disagree | 288 | 10.1 |
| Disagree or strongly disagree | 2,029 | 71.3 |
`;

const DEBATE = `HADDON BOROUGH COUNCIL – FULL COUNCIL
Thursday 20 February 2025

THE MAYOR: I call the head of libraries and culture, Sarah Quenell, to answer the question on costs.

SARAH QUENELL (Head of Libraries and Culture): The amendment would have cost about one hundred and eighty-six thousand pounds over twelve months.
`;

const RELATIVES = `HOLLINGBROOK CARE – RELATIVES' MEETING
Tuesday 22 April 2025

TOMASZ WILKES: My mother self-funds. On the 1st of April her fees went up from one thousand and seventy-five pounds a week to one thousand one hundred and forty-five. That's six and a half per cent.
`;

const CALLS = `# Police and crime panel: 101 call handling

Table 1: 101 non-emergency calls, April to September 2024

| Month (2024) | Calls received | Average wait to answer |
|---|---|---|
| June | 43,270 | 11 min 35 s |
| July | 46,118 | 14 min 02 s |
| August | 44,687 | 12 min 51 s |
| September | 41,356 | 9 min 27 s |
`;

describe('what is no contradiction, and a move between months', () => {
  test('a telephone number is no figure', async () => {
    for (const text of ['Bookings open on Friday by app or on 01632 960418.', 'Call 020 7946 0018 or 0800 123 4567 for help.']) {
      assert.deepEqual(extractValues(text).filter((v) => v.kind === 'number' || v.kind === 'quantity').map((v) => v.text), [], text);
    }
    // (Nor does it rival another figure: "open … at nine" in an interview.)
    const judge = judgeWith(await workspaceIndex({ 'buses.md': BUSES, 'interview.txt': INTERVIEW }));
    const r = judge('Bookings for MardenVale Evening open on Friday by app or on 01632 960418.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
  });

  test('"no more than" is a bound, no denial', async () => {
    const judge = judgeWith(await workspaceIndex({ 'appeal.md': APPEAL }));
    const rate = judge('Water from the developed area will be released at no more than the greenfield rate of 4.2 litres per second per hectare.');
    assert.notEqual(rate.verdict, 'contradicted', why(rate));
  });

  test("a denial of all but the claim's one, and of places the claim does not name", async () => {
    const judge = judgeWith(await workspaceIndex({ 'libraries.md': LIBRARIES }));
    for (const text of [
      'Branch opening will be concentrated on Tuesdays, Thursdays and Saturdays, and only the central library will open on Sundays.',
      'The Brinmoor Community Trust has agreed in principle to run its library, and groups in Cottesley, Greyhurst and Orlingham have also come forward.',
    ]) {
      const r = judge(text);
      assert.notEqual(r.verdict, 'contradicted', why(r));
    }
    // (The denied places themselves are still denied.)
    const fenwick = judge('Groups have come forward to run the libraries at Fenwick Lane and Saltmarsh End.');
    assert.equal(fenwick.verdict, 'contradicted', why(fenwick));
  });

  test("a survey's joined stances", async () => {
    const judge = judgeWith(await workspaceIndex({ 'libraries.md': LIBRARIES }));
    const r = judge('Of those who responded, 71.3 per cent disagreed with the plans and 18.6 per cent supported them.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
  });

  test('a post with a second field the claim leaves out', async () => {
    const judge = judgeWith(await workspaceIndex({ 'debate.txt': DEBATE }));
    const r = judge('Head of libraries Sarah Quenell said the amendment would have cost about £186,000 over 12 months.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
  });

  test('a rise in words from one sum to another', async () => {
    const judge = judgeWith(await workspaceIndex({ 'relatives.txt': RELATIVES }));
    const r = judge("Tomasz Wilkes said his mother's weekly fees had risen by £70, or six and a half per cent, on 1 April.");
    assert.equal(r.verdict, 'supported', why(r));
  });

  test('a move in a month that a table of months gives the other way', async () => {
    const judge = judgeWith(await workspaceIndex({ 'calls.md': CALLS }));
    const rose = judge('The number of calls received rose in September, to 41,356.');
    assert.equal(rose.verdict, 'contradicted', why(rose));
    assert.ok(rose.conflicts.some((c) => c.kind === 'direction' && c.claim === 'rose' && /44,687 in August, 41,356 in September/.test(c.source)), why(rose));
    const july = judge('The number of calls received rose in July, to 46,118.');
    assert.notEqual(july.verdict, 'contradicted', why(july));
  });
});
