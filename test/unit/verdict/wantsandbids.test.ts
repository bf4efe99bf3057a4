/**
 * The forty-third round, first part: the false alarms shown as errors in the drafts h423, h433 (of the last round)
 * and h439, h442 (written against 46ad8a6: new parking charges, rural bus cuts). A noun of want denies as "no" does
 * ("the lack of homes to rent" / "almost nothing to rent"); "not … for 45 minutes, until" says when, as "not … until"
 * does; a bid the claim says failed denies its verb ("a bid to send the decision back … failed" / "voted … not to
 * send the decision back"); a thing preferred against, with a relative clause that says it is real ("instead of the
 * bookable minibus that the Committee approved"), is not denied. The fixtures are the helpers' sources, whole; the
 * people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isNegated } from '../../../server/src/core/verdict/accounting';
import { CSI_JUDGMENT } from './helperSources49';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

const FERRY_INTERVIEW = `STRATHMORAY HERALD – INTERVIEW TRANSCRIPT
Date: Friday 7 March 2025
Location: Ferry waiting room, Torsa Pier, and by phone
Interviewer: Kirsty Lennox, reporter, Strathmoray Herald
Interviewees: Alasdair Munro, commercial director, Braeholm Ferries Ltd (by phone, 09:30)
              Morag Kerr, secretary, Torsa Community Council (in person, 11:15)
Recorded with permission. Lightly edited for clarity.

--- PART ONE: ALASDAIR MUNRO (phone) ---

KIRSTY LENNOX: Thanks for taking the time. Let's start with the headline figure. Fares are going up by 8.5 per cent on average. Why so much?

ALASDAIR MUNRO: It's not a number anybody likes. The simple answer is fuel. Our fuel bill has gone up 23 per cent in two years, and the subsidy from the council has been the same £2.1 million since 2022. Something had to give.

KIRSTY LENNOX: Islanders say they're paying more and getting fewer sailings.

ALASDAIR MUNRO: I understand why it feels like that. But the truth is we've already been losing sailings. We've cancelled 37 sailings since October because we didn't have the crew. We have six vacancies out of 48 posts. A smaller timetable that we can actually run is better than a big one that falls apart on a Tuesday morning.

KIRSTY LENNOX: Why are the vacancies so hard to fill?

ALASDAIR MUNRO: Housing, mostly. A deckhand's starting salary is £27,500. That's a decent wage, but there's almost nothing to rent on Torsa, and the mainland operators on the Clyde pay more. We lost three engineers to them last year alone.

KIRSTY LENNOX: The last sailing from Ardmaddy is moving from quarter past ten to nine o'clock. Who decided that?

ALASDAIR MUNRO: That was our decision, and I'll own it. The 22:15 carries on average 19 passengers on a weeknight. The 06:40 from Torsa carries over 90. If we have to choose where the crew hours go, they go to the morning.

KIRSTY LENNOX: The council is meeting next Thursday. Would you keep the late boat if they paid for it?

ALASDAIR MUNRO: If the council wants to fund a Friday and Saturday late sailing, we'd sit down and talk about it tomorrow. I'm not going to pretend we'd say no.

KIRSTY LENNOX: What about the islander ten-journey book?

ALASDAIR MUNRO: That goes from £32 to £34. That's 6.3 per cent, well below the average. We deliberately protected it.

KIRSTY LENNOX: Any chance of the fare rise being reversed?

ALASDAIR MUNRO: Not this year, no. The new fares start on the 7th of April.

--- PART TWO: MORAG KERR (in person) ---

KIRSTY LENNOX: Morag, you've lived on Torsa how long?

MORAG KERR: Thirty-one years. I came over as a teacher at the primary and never left.

KIRSTY LENNOX: What was your reaction when you saw the announcement on Tuesday?

MORAG KERR: Honestly, anger first, and then tiredness. We've been here before. Every time there's a problem, it's the island that pays for it.

KIRSTY LENNOX: The company says the ten-journey book has been protected.

MORAG KERR: Two pounds is two pounds. I'm not going to stand here and say that's the end of the world. It isn't. The fare isn't the real problem. The real problem is the last boat.

KIRSTY LENNOX: Why does the 22:15 matter so much?

MORAG KERR: We've got at least a dozen people on this island who work shifts at Dunlachan General. Nurses, porters, a couple of the kitchen staff. A late shift finishes at nine. If the last boat goes at nine, they can't get home. Full stop. They'll either have to move off the island or give up the job.

KIRSTY LENNOX: Mr Munro says the late boat carries about 19 people on average.

MORAG KERR: And every one of them has a reason to be on it. You don't run a lifeline service by counting heads.

KIRSTY LENNOX: What is the community council asking for?

MORAG KERR: Three things. Keep the 22:15 at least on Fridays and Saturdays. Freeze the islander book for two years. And give us a proper seat at the table before the next change, not a drop-in in the village hall after it's all been decided.

KIRSTY LENNOX: Will you go to the drop-in session on the 22nd?

MORAG KERR: Of course I will. I'll be first in the queue. But I'd rather they came to us before they printed the timetable.

KIRSTY LENNOX: Anything else you'd like to say?

MORAG KERR: Just that Torsa isn't asking for favours. We're asking for a boat home.

[END OF TRANSCRIPT]
`;


const TRADERS_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harrowfield Traders' Association — Statement on parking charges</title>
</head>
<body>
<header>
<h1>Harrowfield Traders' Association</h1>
<p>Press statement — for immediate release</p>
<p>Tuesday 19 March 2024</p>
</header>

<article>
<h2>Traders "deeply disappointed" as parking rises go ahead</h2>

<p>The Harrowfield Traders' Association (HTA) today published the results of its member survey on Harrowfield Borough Council's new car parking charges, and announced that it will hand a petition to the council next week.</p>

<p>The council's Overview and Scrutiny Committee last Thursday voted by five votes to four not to send the decision back to Cabinet. The new tariffs will come into force on Monday 8 April.</p>

<p>Linda Booth, chair of the HTA and owner of Booth's Bakery on Market Street, said: "We are deeply disappointed. The council consulted, the town said no, and the council did it anyway. Our members are already telling us that customers are talking about going to Kingsbridge instead."</p>

<p>"We welcome the promise of a six-month review, but a review in October is too late for shops that have to survive the summer," she added.</p>

<h3>Survey results</h3>

<p>The HTA surveyed its 120 members between Monday 12 February and Friday 23 February 2024. A total of 84 businesses responded, a response rate of 70 per cent.</p>

<table>
<thead>
<tr><th>Question</th><th>Yes</th><th>No</th><th>Don't know</th></tr>
</thead>
<tbody>
<tr><td>Do you expect footfall to fall after the new charges?</td><td>62</td><td>9</td><td>13</td></tr>
<tr><td>Would you support free parking on Saturdays in December?</td><td>79</td><td>2</td><td>3</td></tr>
<tr><td>Have customers raised parking costs with you in the last year?</td><td>71</td><td>10</td><td>3</td></tr>
<tr><td>Are you considering reducing staff hours in 2024?</td><td>23</td><td>41</td><td>20</td></tr>
</tbody>
</table>

<h3>Petition</h3>

<p>An HTA petition calling for Sunday parking to remain free has gathered 3,450 signatures, both online and on paper forms held in 38 shops. Tom Ashworth, secretary of the HTA, will hand the petition to the Mayor of Harrowfield, Councillor Joan Whitaker, on the steps of the Town Hall at 11am on Monday 25 March.</p>

<p>Mr Ashworth said: "Three and a half thousand people have signed in less than a month. That is not a small group of shopkeepers moaning; that is the town speaking."</p>

<p>Under the council's petition scheme, a petition with more than 3,000 signatures triggers a debate at a meeting of the full council.</p>

<h3>Our proposals</h3>

<ul>
<li>Keep Sunday parking free in all council car parks.</li>
<li>Two hours' free parking on Saturdays throughout December.</li>
<li>Ring-fence a share of the extra income for town centre promotion.</li>
<li>Publish monthly car park occupancy figures so that the effect of the new charges can be seen.</li>
</ul>

<p>Ms Booth said: "We have put forward sensible, low-cost ideas. All we ask is that the council listens."</p>
</article>

<footer>
<p>Media enquiries: Tom Ashworth, Secretary, Harrowfield Traders' Association, c/o 14 Market Street, Harrowfield.</p>
</footer>
</body>
</html>
`;

const BUS_PETITION = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Save the 47 — Petition statement</title>
</head>
<body>
<h1>Save the 47: Keep a real bus for the Tolworth Valley</h1>
<p class="byline">Petition organised by Little Tolworth Parish Council and the Tolworth Valley Rural Transport Group. Statement issued Monday 17 March 2025.</p>

<h2>What we are asking for</h2>
<p>We, the undersigned, call on North Ashby County Council to fund a timetabled route 47 bus between Market Stoke, Little Tolworth and Brackley Cross on at least three days a week after Greyfield Buses Ltd withdraws the service on 31 May 2025.</p>
<p>We ask the full Council to adopt Option B in the Transport and Highways Committee report of 4 March 2025, at a cost of £165,000 a year, instead of the bookable minibus that the Committee approved on Thursday 13 March.</p>

<h2>Why it matters</h2>
<p>Route 47 is the only public transport for Little Tolworth, Hensby and Coldharbour. The Council's own survey found that 61% of passengers use a concessionary pass and that more than one in five journeys are to the hospital or the GP surgery in Market Stoke.</p>
<p>Peter Hallam, chair of the Tolworth Valley Rural Transport Group, said: "People out here have paid for these buses through their council tax for forty years. A phone line and a minibus is not a bus service, it is a waiting list."</p>
<p>Ann Briggs, 78, of Hensby, who uses the 47 twice a week to attend appointments at Market Stoke Community Hospital, said: "I gave up driving three years ago because my eyesight went. Without the 47 I'd be paying £28 each way for a taxi, and I simply can't."</p>

<h2>Signatures so far</h2>
<p>By 5pm on Monday 17 March 2025 the petition had 2,316 signatures, of which 1,482 were collected on paper and 834 online.</p>
<table>
  <thead>
    <tr><th>Parish</th><th>Paper</th><th>Online</th><th>Total</th></tr>
  </thead>
  <tbody>
    <tr><td>Little Tolworth</td><td>388</td><td>121</td><td>509</td></tr>
    <tr><td>Hensby</td><td>264</td><td>97</td><td>361</td></tr>
    <tr><td>Coldharbour</td><td>173</td><td>58</td><td>231</td></tr>
    <tr><td>Brackley Cross</td><td>402</td><td>240</td><td>642</td></tr>
    <tr><td>Market Stoke and elsewhere</td><td>255</td><td>318</td><td>573</td></tr>
    <tr><th>Total</th><th>1,482</th><th>834</th><th>2,316</th></tr>
  </tbody>
</table>

<h2>Hand-in</h2>
<p>The petition will be presented to the Chair of North Ashby County Council, Cllr Susan Whitcombe, on the steps of County Hall at 11am on Wednesday 26 March 2025, before the full Council meeting. Under the Council's petition scheme, any petition with more than 1,500 signatures must be debated at a full Council meeting within eight weeks.</p>
<p>Cllr Margaret Lindqvist of Little Tolworth Parish Council said: "We have shown the county that this valley is not going to go quietly. Two thousand people do not sign a petition about a bus they don't need."</p>

<h2>Contact</h2>
<p>Tolworth Valley Rural Transport Group, c/o The Old Forge, Church Lane, Little Tolworth. Secretary: Linda Ferris.</p>
</body>
</html>
`;

describe('the forty-third round: denials by want, by time and by a failed bid, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a noun of want denies as "no" does', async () => {
    const ferry = judgeWith(await workspaceIndex({ 'sources/interview_transcript.txt': FERRY_INTERVIEW }));
    const lack = ferry("Mr Munro said a deckhand's starting salary is £27,500, but the lack of homes to rent on Torsa makes posts hard to fill, and the company lost three engineers to mainland operators last year.");
    assert.notEqual(lack.verdict, 'contradicted', why(lack));
    const plenty = ferry('Mr Munro said there are plenty of homes to rent on Torsa.');
    assert.equal(plenty.verdict, 'contradicted', why(plenty));
  });

  test('"not … for 45 minutes, until" says when, as "not … until" does', async () => {
    assert.ok(!isNegated('She was not found for 45 minutes, until night care assistant Daniel Okafor came across her at 3.25am.'));
    assert.ok(isNegated('She was not found for 45 minutes.'));
    const court = judgeWith(await workspaceIndex({ 'sources/judgment_summary.md': CSI_JUDGMENT }));
    const found = court("She was not found for 45 minutes, until night care assistant Daniel Okafor came across her at 3.25am.");
    assert.notEqual(found.verdict, 'contradicted', why(found));
  });

  test('a bid the claim says failed denies its verb', async () => {
    const traders = judgeWith(await workspaceIndex({ 'sources/traders_association_statement.html': TRADERS_STATEMENT }));
    const failed = traders("Parking charges in Harrowfield's council car parks will rise by as much as 40 per cent from Monday 8 April, after a bid to send the decision back for reconsideration failed.");
    assert.notEqual(failed.verdict, 'contradicted', why(failed));
    const succeeded = traders('Parking charges in Harrowfield\'s council car parks will rise by as much as 40 per cent from Monday 8 April, after a bid to send the decision back for reconsideration succeeded.');
    assert.equal(succeeded.verdict, 'contradicted', why(succeeded));
  });

  test('a thing preferred against, which a relative clause says is real, is not denied', async () => {
    const petition = judgeWith(await workspaceIndex({ 'sources/petition.html': BUS_PETITION }));
    const voted = petition("At a meeting on Thursday 13 March, the council's transport and highways committee voted seven to four to replace the 47 with a bookable minibus for a 12-month trial.");
    assert.ok(!voted.conflicts.some((c) => c.kind === 'negation'), why(voted));
  });
});
