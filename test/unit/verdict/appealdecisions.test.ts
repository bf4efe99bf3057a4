/**
 * A housing estate allowed on appeal: the planning inspector's decision letter (plain text, hard-wrapped, with numbered
 * conditions) and the council's and residents' statements (HTML). The sources are written for these tests (from a
 * helper's draft); the council, the developer and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const DECISION = `                                                   The Planning Inspectorate

Appeal Decision

Hearing held on 3 and 4 December 2024
Site visit made on 4 December 2024

by Helen Marsden-Pryce BA(Hons) MA MRTPI
an Inspector appointed by the Secretary of State

Decision date: 17 February 2025

----------------------------------------------------------------------
Appeal Ref: APP/K2745/W/24/3348217
Land north of Pellow Lane, Ashcombe Vale, Harlbridge HB7 4QT
 - The appeal is made under section 78 of the Town and Country Planning
   Act 1990 against a refusal to grant outline planning permission.
 - The appeal is made by Corveley Homes Ltd against the decision of
   Harlbridge District Council.
 - The application Ref 23/01876/OUT, dated 8 June 2023, was refused by
   notice dated 19 March 2024.
 - The development proposed is outline planning application with all
   matters reserved except access for the erection of up to 240 dwellings
   (including 40% affordable housing), public open space, landscaping,
   sustainable drainage systems and a new vehicular access from Pellow Lane.
----------------------------------------------------------------------

Decision

1. The appeal is allowed and outline planning permission is granted for
   up to 240 dwellings and associated works at Land north of Pellow Lane,
   Ashcombe Vale, in accordance with the terms of application Ref
   23/01876/OUT, subject to the conditions in the attached schedule.

Preliminary Matters

2. The hearing sat for two days at Harlbridge Civic Centre. A revised
   National Planning Policy Framework (the Framework) was published on
   12 December 2024, after the hearing closed. The main parties were given
   until 10 January 2025 to comment on its implications, and I have taken
   their responses into account.

3. The Council's third reason for refusal, relating to highway safety, was
   withdrawn on 22 October 2024 following the agreement of a Statement of
   Common Ground on transport matters between the Council and the
   appellant. A completed planning obligation under section 106 of the Act,
   dated 9 January 2025, was submitted. I return to it below.

Main Issues

4. The main issues are: (a) whether the proposal would be inappropriate
   development in the Green Belt; (b) the effect on the character and
   appearance of the area; and (c) whether any harm would be clearly
   outweighed by other considerations, including the Council's housing land
   supply position.

Reasons

Green Belt

5. The appeal site extends to some 11.8 hectares and comprises three fields
   currently used for grazing. It is bounded to the south by Pellow Lane, to
   the east by the Harlbridge to Kestwick railway line and to the north by
   Brockmoor Wood, which is designated ancient woodland. It lies
   approximately 1.1 kilometres north-west of Ashcombe Vale village centre.

6. Having regard to the definition of grey belt in the revised Framework,
   I find that the site does not strongly contribute to purposes (a), (b)
   or (d) of the Green Belt. It is contained by the railway line and the
   woodland and has no role in preventing neighbouring towns merging. The
   site therefore constitutes grey belt land. Given the unmet need for
   housing set out below, and the site's sustainable location, the proposal
   would not be inappropriate development in the Green Belt under paragraph
   155 of the Framework.

Character and appearance

7. The Council's landscape witness, Mr Adrian Coyle, described the scheme
   as "a harmful intrusion into open countryside". I accept there would be
   some harm. However, the effects would be localised and, subject to a
   landscape buffer of at least 15 metres alongside Brockmoor Wood and the
   retention of the boundary hedgerows, I assess the harm as moderate.

Housing land supply

8. It is common ground that the Council can demonstrate a deliverable
   supply of 2.9 years against the five-year requirement, a shortfall of
   2,312 dwellings. The need for affordable housing in the district is
   assessed at 412 homes per annum, against average delivery of 131
   affordable homes per annum over the last five years. The scheme would
   provide 96 affordable homes, of which 60% would be for social rent.
   I give these benefits substantial weight.

Highways and other matters

9. Many interested parties raised concerns about traffic. Mr Gordon
   Thwaite, chair of Ashcombe Vale Residents' Association, told the hearing
   that Pellow Lane is "already a rat run at school time and simply cannot
   take another five hundred cars". The appellant's Transport Assessment
   forecasts 142 two-way vehicle movements in the morning peak hour. The
   highway authority, Wessland County Council, raised no objection subject
   to the reduction of the speed limit on Pellow Lane from 40mph to 30mph
   and the provision of a 1.8 metre wide footway to the village centre.

10. The site lies within Flood Zone 1. Surface water would be managed by
    an attenuation basin, with discharge limited to 4.6 litres per second.
    The appellant has demonstrated a biodiversity net gain of 12.4% in
    habitat units, exceeding the statutory minimum of 10%.

Planning obligation

11. The section 106 agreement secures: 40% affordable housing (96 homes);
    a contribution of £1,460,000 towards the expansion of Ashcombe Vale
    Primary School; £312,000 towards additional consulting rooms at
    Ashcombe Vale Surgery; £85,000 per annum for five years (£425,000 in
    total) to extend the number 27 bus route to the site; and the
    transfer and management of 4.2 hectares of public open space.

Planning Balance and Conclusion

12. The site is grey belt and the proposal is not inappropriate
    development. The moderate landscape harm is clearly outweighed by the
    substantial benefits of market and affordable housing in a district
    with a significant shortfall. For the reasons given above, the appeal
    should be allowed.

Costs

13. An application for costs made by Corveley Homes Ltd against Harlbridge
    District Council is the subject of a separate Decision.

Helen Marsden-Pryce
INSPECTOR

----------------------------------------------------------------------
SCHEDULE OF CONDITIONS

1)  Details of the appearance, landscaping, layout and scale (the reserved
    matters) shall be submitted to and approved in writing by the local
    planning authority before any development takes place.
2)  Application for approval of the reserved matters shall be made to the
    local planning authority not later than two years from the date of
    this permission.
3)  The development hereby permitted shall begin not later than one year
    from the date of approval of the last of the reserved matters.
4)  The development shall comprise no more than 240 dwellings.
5)  The access shall be constructed in accordance with drawing
    2291-PL-104 Rev C before the first dwelling is occupied.
6)  Construction works shall take place only between 08:00 and 18:00
    Monday to Friday and 08:00 and 13:00 on Saturdays, and not at all on
    Sundays or Bank Holidays.
7)  No more than 120 dwellings shall be occupied until the 30mph speed
    limit and the 1.8 metre footway on Pellow Lane have been completed.
8)  No built development shall take place within 15 metres of the
    boundary of Brockmoor Wood.
9)  Surface water discharge from the site shall not exceed 4.6 litres per
    second.
10) No development shall take place until a Biodiversity Gain Plan
    demonstrating a net gain of not less than 12.4% has been approved.

----------------------------------------------------------------------
APPEARANCES

FOR THE APPELLANT:
Eleanor Saxby, of Counsel, instructed by Fenwick Lowe Planning
Thomas Garnier BSc MCIHT, transport consultant

FOR THE LOCAL PLANNING AUTHORITY:
Daniel Ogilvie, Principal Planning Officer, Harlbridge District Council
Adrian Coyle CMLI, landscape consultant

INTERESTED PERSONS:
Cllr Rosalind Ede, Harlbridge District Council (Ashcombe ward)
Gordon Thwaite, Ashcombe Vale Residents' Association
Priya Lakhani, Ashcombe Vale Residents' Association
`;

const STATEMENTS = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Pellow Lane appeal decision: statements received 18 February 2025</title>
</head>
<body>

<article id="council-statement">
<header>
<p class="org">Harlbridge District Council &mdash; Newsroom</p>
<p class="ref">Press release HDC/PR/2025/031</p>
<p class="date">For immediate release: Tuesday 18 February 2025</p>
<h1>Council responds to Pellow Lane appeal decision</h1>
</header>

<p>Harlbridge District Council has said it is &ldquo;deeply disappointed&rdquo; after a planning inspector appointed by the Secretary of State allowed an appeal for up to 240 homes on green belt land north of Pellow Lane in Ashcombe Vale.</p>

<p>The decision, issued by the Planning Inspectorate on Monday 17 February, overturns the council&rsquo;s refusal of outline planning permission to Corveley Homes Ltd. The council&rsquo;s planning committee refused the application on Thursday 14 March 2024, voting eight to three against the recommendation of its officers, who had advised that permission should be granted.</p>

<p>Councillor Rosalind Ede, Cabinet Member for Planning and Housing, said:</p>
<blockquote>
<p>&ldquo;We are deeply disappointed by this decision. Our councillors listened carefully to residents and took the view that the green belt at Ashcombe Vale matters. The inspector has taken a different view, and the new national rules on so-called grey belt have tipped the balance.&rdquo;</p>
</blockquote>

<p>The Leader of the Council, Councillor Sunita Varma, said:</p>
<blockquote>
<p>&ldquo;This decision shows exactly why we need an up-to-date local plan in place as quickly as possible. Without one, sites like Pellow Lane will be decided in appeal hearings rather than by the people of Harlbridge.&rdquo;</p>
</blockquote>

<h2>Cost of the appeal</h2>
<p>The council has spent &pound;148,000 defending the appeal, including external legal and consultants&rsquo; fees. Corveley Homes Ltd has also applied for an award of costs against the council; that application is the subject of a separate decision which has not yet been received.</p>

<h2>Local plan timetable</h2>
<p>The council&rsquo;s Local Plan Review is expected to go out for Regulation 19 consultation in June 2025, with submission to the Secretary of State by December 2025. The current Local Plan was adopted in 2014.</p>

<h2>Housing land supply</h2>
<table>
<caption>Harlbridge District housing land supply position (as agreed at appeal)</caption>
<thead>
<tr><th>Measure</th><th>Figure</th></tr>
</thead>
<tbody>
<tr><td>Annual housing requirement (standard method, December 2024)</td><td>1,046 homes</td></tr>
<tr><td>Five-year requirement, including 5% buffer</td><td>5,492 homes</td></tr>
<tr><td>Deliverable supply</td><td>3,180 homes</td></tr>
<tr><td>Years of supply</td><td>2.9 years</td></tr>
<tr><td>Shortfall</td><td>2,312 homes</td></tr>
<tr><td>Homes completed, 2023/24</td><td>684</td></tr>
<tr><td>Affordable homes completed, 2023/24</td><td>127</td></tr>
</tbody>
</table>

<h2>Next steps</h2>
<p>Any challenge to the decision in the High Court must be made within six weeks of the decision date. The council is studying the decision with its legal advisers but said it has &ldquo;not identified any grounds for challenge at this stage&rdquo;.</p>

<h3>Notes to editors</h3>
<ul>
<li>Appeal reference: APP/K2745/W/24/3348217. Council application reference: 23/01876/OUT.</li>
<li>The site covers 11.8 hectares. The permission includes 40% affordable housing (96 homes) and 4.2 hectares of public open space.</li>
<li>The hearing was held at Harlbridge Civic Centre on 3 and 4 December 2024.</li>
<li>Media enquiries: Communications Team, 01632 960 418, press@harlbridge.example.gov.uk</li>
</ul>
</article>

<hr>

<article id="residents-statement">
<header>
<p class="org">Ashcombe Vale Residents&rsquo; Association (AVRA)</p>
<p class="date">Statement issued Tuesday 18 February 2025, 11.15am</p>
<h1>&ldquo;A black day for Ashcombe Vale&rdquo;: residents vow to fight on after Pellow Lane appeal</h1>
</header>

<p>Ashcombe Vale Residents&rsquo; Association is &ldquo;devastated&rdquo; by the inspector&rsquo;s decision to allow 240 homes on the fields north of Pellow Lane, and is taking legal advice on a possible challenge in the High Court.</p>

<p><strong>Gordon Thwaite, Chair of AVRA, said:</strong> &ldquo;Today is a black day for Ashcombe Vale. Our elected councillors said no, more than two thousand residents said no, and an inspector who spent two days here has said yes. Green belt is supposed to be permanent. It turns out it lasts until someone in Whitehall rewrites the rules.&rdquo;</p>

<p><strong>Priya Lakhani, Secretary of AVRA, said:</strong> &ldquo;We are not giving up. We have launched a fighting fund with a target of &pound;20,000 to pay for specialist legal advice, and by this morning residents had already given &pound;6,450. The deadline for a High Court challenge is 31 March, so we have to move quickly.&rdquo;</p>

<h2>The campaign in numbers</h2>
<table>
<thead>
<tr><th></th><th>Figure</th></tr>
</thead>
<tbody>
<tr><td>Signatures on AVRA petition</td><td>2,134</td></tr>
<tr><td>Written objections sent to the council</td><td>387</td></tr>
<tr><td>Residents attending the hearing</td><td>more than 60</td></tr>
<tr><td>Fighting fund target</td><td>&pound;20,000</td></tr>
<tr><td>Raised by 11am, 18 February</td><td>&pound;6,450</td></tr>
</tbody>
</table>

<h2>Our concerns</h2>
<ul>
<li><strong>Traffic.</strong> Pellow Lane has no pavement for most of its length. The developer&rsquo;s own figures predict 142 extra vehicle movements in the morning rush hour alone.</li>
<li><strong>Doctors.</strong> Ashcombe Vale Surgery&rsquo;s list has grown by 18% since 2019 to around 9,800 patients.</li>
<li><strong>Schools.</strong> Ashcombe Vale Primary School is already full in four of its seven year groups.</li>
<li><strong>Wildlife.</strong> Brockmoor Wood is ancient woodland. A 15-metre buffer is not enough to protect it from 240 households.</li>
</ul>

<h2>Public meeting</h2>
<p>AVRA will hold a public meeting on <strong>Thursday 27 February 2025 at 7.30pm</strong> at St Aldhelm&rsquo;s Church Hall, Mill Street, Ashcombe Vale, to explain the decision and the options open to residents. All are welcome.</p>

<h3>Notes to editors</h3>
<ul>
<li>AVRA was founded in 1987 and has around 430 member households.</li>
<li>Gordon Thwaite and Priya Lakhani both spoke at the appeal hearing at Harlbridge Civic Centre on 3 and 4 December 2024.</li>
<li>Contact: Priya Lakhani, Secretary, 07700 900 562, secretary@avra.example.org.uk</li>
</ul>
</article>

</body>
</html>
`;

const files = { 'appeal_decision_APP-K2745-W-24-3348217.txt': DECISION, 'pellow_lane_statements.html': STATEMENTS };

describe("a planning appeal: the decision letter and the statements, with the product's word vectors", () => {
  withProductWordVectors();

  test('weekdays on a hard-wrapped line: "not at all on\\n    Sundays"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states Sundays" (read as a name after the line break).
    verdict('supported', 'Building work will be allowed only from 8am to 6pm on weekdays and 8am to 1pm on Saturdays, with none on Sundays or bank holidays.');
  });
});
