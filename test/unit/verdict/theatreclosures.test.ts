/**
 * A theatre closing for a two-year refurbishment: the trust's announcement (HTML) and a press conference transcript
 * whose speakers are labelled by their initials, spelled out in the panel list at its head. The sources are written
 * for these tests (from a helper's draft); the theatre, its trust and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const ANNOUNCEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Press release: Harcourt Playhouse to close for two-year restoration as £18.4m funding package confirmed</title>
</head>
<body>
<header>
  <p><strong>HARCOURT PLAYHOUSE TRUST</strong><br>
  Registered charity no. 1104772 &middot; 14&ndash;18 Tanner's Row, Kettlebridge, Northmoor KB1 4HT</p>
  <p><strong>PRESS RELEASE</strong> &middot; Ref: HPT/PR/2025/031<br>
  <strong>EMBARGOED until 00:01, Tuesday 14 October 2025</strong></p>
</header>

<article>
<h1>Harcourt Playhouse to close for two-year restoration as £18.4m funding package confirmed</h1>

<p><em>Victorian theatre will stage its final performance on Saturday 31 January 2026 before the biggest rebuild in its 128-year history</em></p>

<p>The Harcourt Playhouse Trust today confirms that the Grade II listed Harcourt Playhouse in Kettlebridge will close to the public after the final performance of its pantomime, <em>Jack and the Beanstalk</em>, on Saturday 31 January 2026, to allow a two-year restoration and modernisation of the 1897 building.</p>

<p>Construction work is scheduled to begin on Monday 23 February 2026, and the theatre is expected to reopen in spring 2028. The principal contractor will be Corrigan &amp; Vale Construction Ltd, working to designs by Brannock Hale Architects of Leedham, who were appointed following an open competition in 2024.</p>

<p>The project is supported by a funding package of £18.4 million, the largest capital investment in a cultural building in Kettlebridge since the opening of the Tanner's Row Library in 1994.</p>

<h2>Funding package</h2>

<table border="1">
  <thead>
    <tr><th>Funder</th><th>Type</th><th>Amount</th><th>Share of total</th></tr>
  </thead>
  <tbody>
    <tr><td>Heritage Renewal Fund</td><td>Capital grant</td><td>£6,200,000</td><td>33.7%</td></tr>
    <tr><td>Kettlebridge Borough Council</td><td>Capital grant</td><td>£4,500,000</td><td>24.5%</td></tr>
    <tr><td>Northmoor Combined Authority</td><td>Culture and Place Fund</td><td>£3,100,000</td><td>16.8%</td></tr>
    <tr><td>Ashdown Foundation</td><td>Charitable grant</td><td>£1,750,000</td><td>9.5%</td></tr>
    <tr><td>Harcourt Playhouse Trust</td><td>"Raise the Curtain" public appeal (target)</td><td>£2,850,000</td><td>15.5%</td></tr>
    <tr><td colspan="2"><strong>Total</strong></td><td><strong>£18,400,000</strong></td><td><strong>100%</strong></td></tr>
  </tbody>
</table>

<p>The Kettlebridge Borough Council contribution was approved by the council's cabinet on Wednesday 8 October 2025 by seven votes to two. The Heritage Renewal Fund award, confirmed in September, is the fund's largest single grant to a theatre in the north of England this year.</p>

<p>The trust's own "Raise the Curtain" appeal has so far raised £1.9 million of its £2.85 million target, including 3,412 individual donations. Donors who give £250 or more will be able to name one of the restored seats in the stalls.</p>

<h2>What the work will deliver</h2>

<ul>
  <li>Complete replacement of the theatre's 1962 electrical wiring and its two gas boilers, with air-source heat pumps expected to cut the building's carbon emissions by 60%.</li>
  <li>Re-roofing of 2,300 square metres of the auditorium and fly tower roofs in reclaimed Welsh slate.</li>
  <li>Raising the fly tower by 4.5 metres, allowing the Harcourt to host large-scale touring productions for the first time.</li>
  <li>Three new passenger lifts giving step-free access to all five public levels, including the upper circle, which currently has no lift.</li>
  <li>Wider, re-raked seating in the main auditorium, which will reduce capacity from 842 to 796 seats.</li>
  <li>A new 160-seat studio theatre, to be named the Wren Room, built on the site of the former scenery store on Mill Lane.</li>
  <li>Restoration of the painted proscenium arch and the 1897 auditorium ceiling by specialist conservators.</li>
  <li>A 30% increase in the number of women's toilets across the building.</li>
</ul>

<h2>The Harcourt on the Road</h2>

<p>During the closure, the Harcourt's creative programme will continue through "The Harcourt on the Road", a touring season visiting 14 community venues across Northmoor, and a temporary 350-seat home at the former Corn Exchange on Market Street, Kettlebridge. The first Corn Exchange season opens on Thursday 9 April 2026 with a new production of <em>The Rivals</em>, directed by artistic director Tobias Fenwick-Lyle.</p>

<p>The learning and participation programme, which worked with 9,800 young people in 2024/25, will move to the Corn Exchange and partner schools.</p>

<h2>Staff</h2>

<p>The Harcourt employs 64 permanent staff. The trust expects to retain 52 posts through the closure period. A consultation on the remaining 12 roles, chiefly in front-of-house and bar operations, will open on Monday 20 October 2025. The trust has said it will offer every affected member of staff priority for re-employment when the theatre reopens.</p>

<h2>Quotes</h2>

<p>Helena Marchbank, Chair of the Harcourt Playhouse Trust, said: "This is the most significant investment in the Harcourt since the day it opened its doors. Closing a theatre is never an easy decision, but the alternative was to watch this building slowly fail around us."</p>

<p>Tobias Fenwick-Lyle, Artistic Director, said: "We are not going dark, we are going on the road. For two years the Harcourt will be wherever our audiences are, from village halls to the Corn Exchange, and when we come home the stage will be ready for anything."</p>

<p>Councillor Rukhsana Beale, Kettlebridge Borough Council cabinet member for culture and leisure, said: "The Harcourt is part of the fabric of this town. Every pound the council puts in will come back to Market Street many times over."</p>

<p>Owen Thackray, Director of the Heritage Renewal Fund, said: "Theatres like the Harcourt are irreplaceable. We are proud to be the largest funder of this restoration."</p>

<h2>Notes to editors</h2>

<ol>
  <li>The Harcourt Playhouse opened on 6 September 1897 with a production of <em>The School for Scandal</em>. It was listed at Grade II in 1972.</li>
  <li>In 2024/25 the Harcourt welcomed 212,000 visitors. The 2024 pantomime sold 61,400 tickets, a record for the theatre.</li>
  <li>The total project cost of £18.4 million includes a contingency of 9%.</li>
  <li>A 2023 condition survey identified asbestos-containing materials in 11 locations within the building; these will be removed during the first phase of works.</li>
  <li>The Harcourt Playhouse Trust is a registered charity and has operated the theatre under a 99-year lease from Kettlebridge Borough Council since 1988.</li>
  <li>Photographs and architect's visualisations are available from the press office.</li>
</ol>

<p><strong>Media contact:</strong> Fiona Adeyemi-Clarke, Head of Communications, Harcourt Playhouse Trust &middot; press@harcourtplayhouse.org.uk &middot; 01632 960 418</p>

<p>ENDS</p>
</article>
</body>
</html>
`;

const TRANSCRIPT = `HARCOURT PLAYHOUSE TRUST
TRANSCRIPT OF PRESS CONFERENCE

Ref: HPT/PC/2025/014
Date: Tuesday 14 October 2025
Time: 11:00 - 11:52
Venue: Circle Bar, Harcourt Playhouse, Tanner's Row, Kettlebridge

Panel:
  Helena Marchbank (HM) - Chair, Harcourt Playhouse Trust
  Tobias Fenwick-Lyle (TFL) - Artistic Director, Harcourt Playhouse
  Priya Sandhu-Oakes (PSO) - Executive Director, Harcourt Playhouse
Chair of proceedings:
  Fiona Adeyemi-Clarke (FAC) - Head of Communications

Transcribed from the press office recording. Lightly edited for clarity; cross-talk removed.
Checked against audio by: K. Moyo, press office, 14/10/2025.

----------------------------------------------------------------------

FAC: Good morning, everybody, and thank you for coming up to the Circle Bar, which, as some of you know, is one of the places the public can currently only reach by stairs. Helena will make a short statement, then Tobias, and then we'll take questions. Priya is here for the numbers.

HM: Thank you, Fiona. Good morning. I've been chair of this trust for six years, and I don't think I've ever stood up in this room with more mixed feelings. Today we are confirming that the Harcourt will close at the end of January for two years, and that we have secured an eighteen point four million pound package to restore it. Closing a theatre is never an easy decision, but the alternative was to watch this building slowly fail around us. The wiring is from 1962. The boilers are older than most of our staff. Last winter we cancelled four performances because the heating failed. That cannot go on.

TFL: And I'd just add, we are not going dark, we are going on the road. From April we open at the Corn Exchange with The Rivals, and over the two years we'll be in fourteen venues across Northmoor. Some of them are village halls with sixty seats.

FAC: Thank you. Questions. Dan, you were first.

DAN WHITLOW (Kettlebridge Courier): Thanks. Helena, the appeal. You've got one point nine million of the two point eight five. What happens if you don't raise the rest?

HM: We will raise the rest. But to answer you properly, the council has agreed to underwrite any shortfall in the appeal up to five hundred thousand pounds, as a bridging loan, so the works are not at risk. We're confident we won't need it. We've had more than three thousand four hundred individual donations already, and the biggest single gift from an individual is two hundred thousand pounds, from a donor who has asked to stay anonymous.

DAN WHITLOW (Kettlebridge Courier): And the council vote was seven to two. Who were the two?

HM: That's a question for the council, Dan, not for me.

FAC: Next. Sarah.

SARAH PENHALLOW (Northmoor Radio): Tobias, why close completely? Couldn't you keep part of the building open while the work is done?

TFL: We looked at that very hard. Priya can give you the detail.

PSO: The short answer is asbestos. The 2023 survey found it in eleven locations, including the void above the auditorium ceiling. You cannot have an audience in the building while that comes out. The contractor also told us a phased approach would add around fourteen months and about two point one million pounds to the cost. So a full closure is quicker and cheaper.

SARAH PENHALLOW (Northmoor Radio): And the seat numbers are going down. Is that a worry, financially?

PSO: We lose forty-six seats in the main house, from eight hundred and forty-two to seven hundred and ninety-six, but we gain a hundred and sixty in the Wren Room. So across the building we go up. And honestly, some of those seats we lose are ones we can't sell at full price anyway, because the view is restricted. The average ticket price last year was twenty-four pounds fifty, and we don't expect to raise it because of the building work.

FAC: Gemma, then Anil.

GEMMA TRELOAR (Midshire Evening Post): Staff. Twelve jobs at risk. Is that the final number?

PSO: It's the maximum. Consultation opens next Monday, the twentieth. Some of those colleagues may move into roles at the Corn Exchange; we'll need a bar and a box office there. Every one of them will get priority when we reopen. Nobody on the artistic or technical side is affected.

GEMMA TRELOAR (Midshire Evening Post): And when exactly do you reopen?

HM: Spring 2028. I'm not going to give you a date today, because the one thing I've learned about old buildings is that they have opinions of their own. But the contract has a completion date in January 2028, and we'd want a few weeks after that to get the building back on its feet.

ANIL DESAI (Kettlebridge Courier): Tobias, the fly tower. What does four and a half metres actually get you?

TFL: It gets us the big shows. At the moment there are musicals we simply cannot take because the scenery won't fly out. With the new tower we can host the large-scale touring productions, and I'd like to think we'll make some of our own. We've already had conversations with three touring producers about the first reopening year.

ANIL DESAI (Kettlebridge Courier): And the panto? Jack and the Beanstalk is the last show. Will there be a panto in 2026 at all?

TFL: Yes. There'll be a pantomime at the Corn Exchange in December 2026 - a smaller one, with a cast of nine rather than the usual sixteen. Cinderella. We've told the cast already, so I'm allowed to say that.

FAC: Time for two more. Liam.

LIAM ORCHARD (Northmoor Business Weekly): The Heritage Renewal Fund money - six point two million. Are there conditions attached?

HM: The usual ones. We have to keep the listed features, the proscenium and the ceiling, and we have to report to them every quarter. And they've asked for a public open day once the scaffolding is up, which we're delighted to do. We're planning it for the autumn of 2026.

LIAM ORCHARD (Northmoor Business Weekly): And the carbon figure - sixty per cent. How confident are you in that?

PSO: It comes from the engineers' modelling, Halvorsen Building Services. Sixty per cent is their central estimate. Their range is fifty-two to sixty-eight per cent, depending on how cold the winters are.

FAC: Last one. Sarah.

SARAH PENHALLOW (Northmoor Radio): Helena, what would you say to people who'll miss the Harcourt for two years?

HM: I'd say come and find us. Come to the Corn Exchange, come to the village halls. And I'd say that this is the most significant investment in the Harcourt since the day it opened its doors. When it reopens, it will be for the next hundred years, not the next ten.

TFL: Can I add one thing? The first show back in the main house will be The School for Scandal, which is what opened the building in 1897. We thought it was only right.

FAC: Thank you all very much. There are hard hats at the back for anyone booked on the tour of the fly tower at twelve fifteen.

[ENDS 11:52]

----------------------------------------------------------------------
Press office note: figures quoted in this transcript should be read alongside press release HPT/PR/2025/031. For further information contact Fiona Adeyemi-Clarke, Head of Communications, on 01632 960 418.
`;

const files = { 'harcourt_trust_announcement.html': ANNOUNCEMENT, 'press_conference_transcript.txt': TRANSCRIPT };

describe("a theatre's closure: the trust's announcement and a press conference labelled by initials, with the product's word vectors", () => {
  withProductWordVectors();

  test('speakers labelled by initials are the people the panel list names', async () => {
    const report = await checkAgainst(
      files,
      [
        '# Harcourt to close',
        '',
        '"We are not going dark, we are going on the road," said Helena Marchbank.',
        '',
        '"The wiring is from 1962," said Helena Marchbank, the chair of the trust.',
        '',
      ].join('\n'),
    );
    // Were: the first quote "said by Tfl" (the label, no name), the second "said by Hm, not Helena Marchbank".
    assert.deepEqual(
      report.findings.map((f) => [f.code, f.message.replace(/ \(sources.*$/, '')]),
      [['misattributed-quote', 'These words were said by Tobias Fenwick-Lyle (artistic director), not Helena Marchbank']],
    );
  });

  test('a post given to a double-barrelled speaker who said the words: the post is what is wrong', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was "Tobias Fenwick-Lyle, not Priya Sandhu-Oakes" (her surname read as "oakes" on one side, "sandhu-oakes" on
    // the other, so her own turn's post was not found).
    const r = verdict(
      'contradicted',
      "Priya Sandhu-Oakes, the Harcourt's artistic director, said asbestos had been found in eleven locations, including the void above the auditorium ceiling.",
      [['artistic director', 'executive director']],
    );
    assert.match(r.conflicts[0].note ?? '', /Priya Sandhu-Oakes as the executive director/);
  });

  test('a decimal said in words: "two point one million pounds" is £2.1m', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states £2.1m".
    verdict('supported', 'According to the contractor, keeping part of the building open would have added around 14 months to the work and roughly £2.1m to the cost.');
  });

  test('"rather than" before a figure in words sets it against another, denying nothing', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source says the opposite" (of "a cast of nine rather than the usual sixteen").
    verdict('supported', 'A pantomime, Cinderella, will be staged at the Corn Exchange in December 2026 with a cast of nine, compared with the usual sixteen.');
  });
});
