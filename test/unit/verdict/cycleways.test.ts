/**
 * A cycle lane approved by a council committee: the committee's minutes (plain text, with the officers in attendance
 * listed as "Name, Post" lines) and a residents' association's press release (HTML). The sources are written for these
 * tests (from a helper's draft); the council and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const MINUTES = `ASHBRIDGE CITY COUNCIL

TRANSPORT AND ENVIRONMENT COMMITTEE

MINUTES of the meeting held on Tuesday 11 March 2025 at 6.00pm in the Council Chamber, Ashbridge Civic Centre, Wellgate Square, Ashbridge AB1 2CC

PRESENT:
Councillor Denise Okonkwo-Hart (Chair)
Councillor Rupert Falconer (Vice-Chair)
Councillors Geoffrey Banner, Sunita Chaudhry, Martin Elwes, Lorraine Miles, Patrick Nolan, Amelia Rhodes, Harriet Stroud, Owen Tranter, Tomasz Wierzbicki and Claire Yeadon

OFFICERS IN ATTENDANCE:
Marcus Thorne, Head of Highways and Transport
Priya Venkataraman, Principal Transport Planner
Helen Gaskell, Senior Solicitor (Legal Services)
Daniel Foyle, Democratic Services Officer

ALSO PRESENT:
Mrs Gillian Partridge, Chair, Kelham Road Residents' Association (speaking under Item 4)
Mr Ravi Bhandari, proprietor, Bhandari's Pharmacy, 87 Kelham Road (speaking under Item 4)
Approximately 60 members of the public

1. APOLOGIES FOR ABSENCE

Apologies were received from Councillor Fiona Marsh. Councillor Claire Yeadon attended as her substitute.

2. DECLARATIONS OF INTEREST

Councillor Martin Elwes declared a non-pecuniary interest in Item 5 as a member of Ashbridge Cycle Campaign. He remained in the meeting and took part in the debate and vote.

No other declarations were made.

3. MINUTES OF THE PREVIOUS MEETING

RESOLVED: That the minutes of the meeting held on Tuesday 11 February 2025 be approved as a correct record and signed by the Chair.

4. PUBLIC QUESTIONS AND DEPUTATIONS

4.1 Mrs Gillian Partridge, Chair of Kelham Road Residents' Association, addressed the Committee for five minutes in opposition to the scheme at Item 5. She stated that the association's own door-to-door survey of 412 households had found 71 per cent opposed to the removal of parking on Kelham Road. She said: "We are not against cyclists. We are against a scheme that was designed in an office and never walked down our street."

4.2 Mr Ravi Bhandari, proprietor of Bhandari's Pharmacy, 87 Kelham Road, told the Committee that around a third of his customers arrived by car and that the loss of parking outside the shop would threaten the business, which had traded on Kelham Road for 26 years.

4.3 The Chair thanked both speakers for their contributions.

5. NORTHGATE CORRIDOR CYCLEWAY - CONSULTATION OUTCOME AND APPROVAL TO PROCEED (Report ref. TEC/25/014)

5.1 The Principal Transport Planner, Priya Venkataraman, introduced the report. The scheme would provide 4.2 km of segregated two-way cycle track between Ashbridge railway station and Northgate Retail Park, together with 1.8 km of signed quiet route through the Marlowe Park area, and 9 new or upgraded pedestrian crossings.

5.2 Public consultation had run for six weeks, from Monday 6 January 2025 to Sunday 16 February 2025. A total of 2,314 responses had been received, of which 58 per cent supported the proposals, 34 per cent opposed them and 8 per cent expressed no view. Two drop-in sessions had been held at Northgate Library, attended by 187 people.

5.3 The total estimated cost of the scheme was £7.4 million. Of this, £5.9 million would be met from the Active Travel Fund grant awarded by the Department for Transport and £1.5 million from the Council's capital programme.

5.4 The scheme would remove 146 on-street parking spaces on Kelham Road. In response to the consultation, officers recommended that 62 replacement spaces be provided in a new parking bay on Mill Lane, together with 8 loading bays for businesses.

5.5 The Head of Highways and Transport, Marcus Thorne, advised that, subject to approval, construction would begin in September 2025 and be completed by July 2026. He stated that weekday cycle trips on the corridor were currently estimated at 640 a day and were forecast to rise to 1,900 a day within three years of opening.

5.6 Councillor Tomasz Wierzbicki said that the scheme was "the single biggest investment in safe cycling this city has ever made". He noted that there had been 23 recorded collisions involving cyclists on the corridor in the past five years.

5.7 Councillor Geoffrey Banner said that residents of Kelham Road had "been consulted, but not listened to". Councillor Lorraine Miles raised concerns about access for disabled residents and blue badge holders.

5.8 In response to a question from Councillor Miles, the Principal Transport Planner confirmed that 12 of the replacement spaces on Mill Lane would be reserved for blue badge holders.

5.9 AMENDMENT: Councillor Geoffrey Banner proposed, and Councillor Lorraine Miles seconded, that a decision be deferred for three months to allow a revised design for Kelham Road to be prepared. On being put to the vote, the amendment was LOST by 4 votes to 8.

5.10 SUBSTANTIVE MOTION: Councillor Tomasz Wierzbicki proposed, and Councillor Amelia Rhodes seconded, that the recommendations in the report be approved.

5.11 In accordance with Council Procedure Rule 18.4, a recorded vote was requested. The votes were recorded as follows:

FOR (7): Councillors Chaudhry, Elwes, Falconer, Nolan, Okonkwo-Hart, Rhodes and Wierzbicki
AGAINST (4): Councillors Banner, Miles, Stroud and Tranter
ABSTAINED (1): Councillor Yeadon

RESOLVED:
(a) That the Northgate Corridor Cycleway be approved for construction at a total estimated cost of £7.4 million;
(b) That 62 replacement parking spaces, including 12 blue badge spaces, be provided on Mill Lane;
(c) That authority be delegated to the Head of Highways and Transport, in consultation with the Chair, to award the construction contract;
(d) That a monitoring report be brought to the Committee 12 months after the scheme opens.

6. ANY OTHER BUSINESS

There was no other business.

7. DATE OF NEXT MEETING

The next meeting will be held on Tuesday 8 April 2025 at 6.00pm in the Council Chamber.

The meeting closed at 8.47pm.

Chair: ...........................................

Date: ...........................................

Contact: Daniel Foyle, Democratic Services Officer, democratic.services@ashbridge.gov.uk, 01632 960 418
`;

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Residents "deeply disappointed" as council approves Northgate cycleway | Kelham Road Residents' Association</title>
<meta name="description" content="Press release: Kelham Road Residents' Association responds to the Transport and Environment Committee decision on the Northgate Corridor Cycleway.">
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Kelham Road Residents' Association</a>
  <nav class="main-nav">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/about/">About us</a></li>
      <li><a href="/news/" aria-current="page">News</a></li>
      <li><a href="/campaigns/parking/">Save Our Parking</a></li>
      <li><a href="/events/">Events</a></li>
      <li><a href="/join/">Join</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news/">News</a> &rsaquo; Press release</nav>

<article class="press-release">
<p class="label">PRESS RELEASE &ndash; FOR IMMEDIATE RELEASE</p>
<h1>Residents &ldquo;deeply disappointed&rdquo; as council approves Northgate cycleway</h1>
<p class="dateline"><time datetime="2025-03-12">Wednesday 12 March 2025</time></p>

<p>The Kelham Road Residents' Association (KRRA) has said it is &ldquo;deeply disappointed&rdquo; after Ashbridge City Council's Transport and Environment Committee voted on Tuesday evening to approve the &pound;7.4 million Northgate Corridor Cycleway.</p>

<p>The scheme was approved by 7 votes to 4, with one abstention, after a three-hour meeting at Ashbridge Civic Centre attended by around 60 residents. An amendment to defer the decision for three months, proposed by Councillor Geoffrey Banner, was defeated.</p>

<p>The 4.2-kilometre segregated cycle track will run from Ashbridge railway station to Northgate Retail Park and will remove 146 parking spaces from Kelham Road. The council has agreed to provide 62 replacement spaces on Mill Lane, which the association says is &ldquo;a ten-minute walk away for many of our older members&rdquo;.</p>

<h2>&ldquo;Designed in an office&rdquo;</h2>

<p>Gillian Partridge, who has chaired the association since 2019, said: &ldquo;We are not against cyclists. We are against a scheme that was designed in an office and never walked down our street. The council has taken away more than half of the parking on Kelham Road and given back less than half of what it took.&rdquo;</p>

<p>The association's own door-to-door survey, carried out by 14 volunteers over three weekends in February, reached 412 households. Of those, 71 per cent opposed the loss of parking and 19 per cent supported the scheme as proposed.</p>

<p>Ravi Bhandari, who has run Bhandari's Pharmacy at 87 Kelham Road for 26 years, said: &ldquo;A third of my customers come by car, many of them elderly and collecting prescriptions. If they can't stop outside, they will go to the big chemist at the retail park instead.&rdquo;</p>

<p>KRRA secretary Dr Samuel Achterberg added: &ldquo;The council's own consultation found that one in three respondents opposed this scheme. That is not a small minority to be brushed aside.&rdquo;</p>

<h2>What happens next?</h2>

<p><strong>Can the decision be challenged?</strong><br>
Yes. Under the council's constitution, a committee decision can be &ldquo;called in&rdquo; for review by the Overview and Scrutiny Committee if five councillors request it within five working days. The deadline is <strong>Tuesday 18 March 2025</strong>. The association has written to all 48 city councillors asking them to support a call-in.</p>

<p><strong>When will work start?</strong><br>
The council says construction will begin in September 2025 and finish by July 2026.</p>

<p><strong>How can I get involved?</strong><br>
The association is holding a public meeting at St Aidan's Church Hall, Kelham Road, on <strong>Thursday 20 March 2025 at 7.30pm</strong>. Everyone is welcome. Councillor Banner and Councillor Lorraine Miles have both agreed to attend.</p>

<p><strong>Is the association against cycling?</strong><br>
No. KRRA has proposed an alternative route along the former railway line through Marlowe Park, which it says would avoid Kelham Road entirely and cost an estimated &pound;2.1 million less.</p>

<h2>Notes to editors</h2>
<ol>
  <li>The Kelham Road Residents' Association was founded in 1987 and represents around 1,100 households in the Kelham and Mill Lane area of Ashbridge.</li>
  <li>The Northgate Corridor Cycleway is funded by &pound;5.9 million from the Department for Transport's Active Travel Fund and &pound;1.5 million from Ashbridge City Council.</li>
  <li>The council consultation ran from 6 January to 16 February 2025 and received 2,314 responses.</li>
  <li>Photographs of Kelham Road are available on request.</li>
</ol>

<div class="media-contact">
<h2>Media contact</h2>
<p>Dr Samuel Achterberg, Secretary<br>
Kelham Road Residents' Association<br>
Email: <a href="mailto:press@kelhamroadra.org.uk">press@kelhamroadra.org.uk</a><br>
Telephone: 07700 900 612</p>
</div>
<p class="ends">ENDS</p>
</article>

<aside class="related">
  <h2>Related news</h2>
  <ul>
    <li><a href="/news/2025/02/survey-results/">Our parking survey: the results</a></li>
    <li><a href="/news/2025/01/consultation-opens/">Council consultation opens: have your say</a></li>
    <li><a href="/news/2024/11/agm-2024/">AGM 2024: new committee elected</a></li>
  </ul>
</aside>
</main>

<footer class="site-footer">
  <p>&copy; 2025 Kelham Road Residents' Association. Registered community organisation no. 40718.</p>
  <p>c/o St Aidan's Church Hall, Kelham Road, Ashbridge AB4 7LR</p>
  <ul class="footer-links">
    <li><a href="/privacy/">Privacy policy</a></li>
    <li><a href="/cookies/">Cookies</a></li>
    <li><a href="/accessibility/">Accessibility</a></li>
  </ul>
  <p>Follow us: <a href="https://www.facebook.com/kelhamroadra">Facebook</a> | <a href="https://x.com/kelhamroadra">X</a></p>
</footer>
</body>
</html>
`;

const files = { 'committee-minutes-2025-03-11.txt': MINUTES, 'krra-press-release.html': RELEASE };

describe("a cycle lane: the committee's minutes and the residents' release, with the product's word vectors", () => {
  withProductWordVectors();

  test('a post in a list ends at its line: "Marcus Thorne, Head of Highways and Transport" / the next line\'s name', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was "Head of Highways and Transport\nPriya Venkataraman" (and the next line's post given to the name after it).
    verdict('contradicted', "Marcus Thorne, the council's principal transport planner, introduced the report to the committee.", [["council's principal transport planner", 'Head of Highways and Transport']]);
    verdict('supported', "Priya Venkataraman, the council's principal transport planner, introduced the report to the committee.");
  });
});
