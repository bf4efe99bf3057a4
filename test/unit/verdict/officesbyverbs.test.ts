/**
 * The forty-fourth round, second part: the tenth batch of helper drafts (h488–h493, written against b18f243) and
 * the ninth's misses. An office given by its verb ("Helen Treloar, who chairs the fundraising committee", "Derek
 * Shaw, who chairs Ashcombe Angling Association") is an office as "chair of" is, so one given to the wrong person is
 * caught (five such misses in the two batches, three more in older drafts); "who chairs the committee" is the chair a
 * list of members gives as "(Chair)". A clause of how someone spoke ("speaking as the councillor for Millbrook ward")
 * is no post; "pointing to" / "citing"; "drove" / "travelled". Messages name the office as a noun ("not chair of the
 * Ashcombe Angling Association") and a table's leader with its place ("Corlett Water as the highest (Peak bathers
 * counted: 521), not Ashcombe Meadows"). The fixtures are the helpers' sources, whole; the
 * people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { officeHolders } from '../../../server/src/core/verdict/offices';
import { namedRoles } from '../../../server/src/core/verdict/roles';
import { extractValues } from '../../../server/src/core/verdict/values';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';
import { PARK_CABINET_REPORT } from './helperSources48';

const LIFEBOAT_ANNUAL_REPORT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Carrick Bay Lifeboat Station — Annual Report 2024 (extract)</title>
</head>
<body>
<h1>Carrick Bay Lifeboat Station</h1>
<h2>Annual Report 2024 — extract: Operations and Fundraising</h2>
<p><em>Published Monday 3 March 2025 by the Carrick Bay Lifeboat Station management group. Station of the Coastal Lifeboat Trust.</em></p>

<h3>Message from the lifeboat operations manager</h3>
<p>2024 was the busiest year at Carrick Bay for more than a decade. Our volunteers launched 61 times, up from 54 in 2023, and spent 412 hours at sea. Nine people are alive today who, in the judgement of our crews, would otherwise have been lost.</p>
<p>Helen Treloar, lifeboat operations manager, writes: "Behind every one of those 61 launches is a pager going off at a kitchen table, a school run abandoned, a shift left half-finished. I am proud of every volunteer on this station, and grateful to the families who share them with us."</p>
<p>The busiest single month was August, with 11 launches, nine of them to holidaymakers in difficulty. The longest service of the year lasted seven hours and 40 minutes, when the all-weather lifeboat stood by the disabled cargo vessel <em>Kerensa</em> in a north-westerly gale on Saturday 14 December 2024.</p>

<h3>Operational statistics</h3>
<table border="1">
<thead>
<tr><th>Measure</th><th>2023</th><th>2024</th><th>Change</th></tr>
</thead>
<tbody>
<tr><td>Total launches</td><td>54</td><td>61</td><td>+13%</td></tr>
<tr><td>— all-weather lifeboat</td><td>31</td><td>38</td><td>+23%</td></tr>
<tr><td>— inshore lifeboat</td><td>23</td><td>23</td><td>0%</td></tr>
<tr><td>People aided</td><td>66</td><td>74</td><td>+12%</td></tr>
<tr><td>Lives saved</td><td>6</td><td>9</td><td>+50%</td></tr>
<tr><td>Hours at sea</td><td>367</td><td>412</td><td>+12%</td></tr>
<tr><td>Volunteer crew members</td><td>28</td><td>31</td><td>+3</td></tr>
</tbody>
</table>

<h3>Crew and training</h3>
<p>Three new volunteers completed their crew assessment in 2024, bringing the station to 31 volunteer crew members, the highest number since records began in 1978. Crew members completed 1,850 hours of training between them. Deputy coxswain Rhys Jenkin passed his all-weather coxswain assessment in September 2024.</p>
<p>Coxswain Daniel Pascoe, the station's only full-time crew member, received the Trust's long service badge in June 2024 in recognition of 23 years on the crew.</p>

<h3>Fundraising</h3>
<p>Local fundraising income rose to £186,400 in 2024, from £171,900 in 2023, an increase of 8.4%. The Carrick Bay Lifeboat Fundraising Committee completed its three-year appeal for the station's £480,000 share of the new all-weather lifeboat in November 2024, four months ahead of schedule.</p>
<p>Gwen Rowe, chair of the fundraising committee, writes: "Three years ago people told us £480,000 was impossible for a town of 9,000 people. Carrick Bay proved them wrong. Our thanks go to every raffle seller, every swimmer and every shop with a collecting box on its counter."</p>
<table border="1">
<caption>Fundraising income by source, 2024</caption>
<thead>
<tr><th>Source</th><th>Income</th></tr>
</thead>
<tbody>
<tr><td>Events (including Lifeboat Day)</td><td>£71,200</td></tr>
<tr><td>Collecting boxes and street collections</td><td>£38,600</td></tr>
<tr><td>Business sponsorship</td><td>£44,100</td></tr>
<tr><td>Shop and merchandise</td><td>£32,500</td></tr>
<tr><td><strong>Total</strong></td><td><strong>£186,400</strong></td></tr>
</tbody>
</table>
<p>Lifeboat Day on Saturday 17 August 2024 raised £23,750, a record for a single day.</p>

<h3>Looking ahead</h3>
<p>The new Guardian-class lifeboat is expected to arrive in autumn 2025. Because she is longer than the current boat, the boathouse will need to be extended, and the management group expects to launch a further appeal when the boat arrives.</p>
</body>
</html>
`;

const SWIMMING_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Tuesday 14 January 2025
Place: Ashcombe Village Hall, Ashcombe
Interviewer: Tom Avery, environment reporter, Sedgeford Courier
Interviewee: Priya Kendall, chair, Friends of Ashcombe Meadows
Duration: approx. 25 minutes
Recorded with permission. Transcribed by Tom Avery.

TOM AVERY: Thanks for seeing me. Can you start by telling me where the application stands?

PRIYA KENDALL: Of course. We submitted our application to the National Waters Agency on Friday the 8th of November. It ran to 64 pages, with the water quality report from Dr Marsh, our bather counts, photographs, letters of support, the lot. We heard last week, informally, that we'd made it to the next stage, and I think the formal announcement is due this week.

TOM AVERY: How many people actually swim at Ashcombe Meadows?

PRIYA KENDALL: More than people imagine. Our volunteers did counts on 22 days over the summer. The busiest day was Sunday the 11th of August, when we counted 387 people in or at the water, and 142 of those were actually in the river. Across all 22 days the average was 118 people a day. The agency wants evidence that a site is used by a large number of bathers, and we think those figures speak for themselves.

TOM AVERY: And who are those swimmers?

PRIYA KENDALL: Everyone. Families, teenagers, the wild swimming club, people from Sedgeford who can't afford a day at the coast. The nearest public pool is 11 miles away and it closed for refurbishment for four months last year. For a lot of people, the river is the only place to swim.

TOM AVERY: The report showed three failed samples. Does that worry you?

PRIYA KENDALL: It worries me as a swimmer, yes. But it's exactly why we want designation. At the moment nobody is obliged to test the water or to tell the public when it's unsafe. Designation changes that. The agency would have to sample it through the season and the water company would have to take it into account when it plans investment. Right now we're doing it ourselves, with volunteers and a crowdfunder.

TOM AVERY: Have people been ill?

PRIYA KENDALL: We set up a simple online form last summer, and nine people reported stomach upsets after swimming. I want to be careful here: that's not proof of anything, it's self-reported. But all nine were in the days after heavy rain, which fits the pattern in the lab results.

TOM AVERY: What about Wendle Valley Water? What have they said to you?

PRIYA KENDALL: We met them in December, on the 12th. Martin Reyes, their head of wastewater operations, told us they have £2.4 million earmarked for upgrading Brackley Lane, and that the work would be finished by March 2027. I'd like it sooner. If we're designated, the first bathing season would be 2026, and we'd be swimming through another summer of spills.

TOM AVERY: Who else is backing you?

PRIYA KENDALL: Sedgeford District Council, which has been brilliant. Councillor Graham Oduya, the cabinet member for environment, wrote a letter of support and the council agreed to put in toilets and a lifebuoy station if we're designated. The council's budget for that is £38,000. We also have the support of the local MP and the angling club, which surprised some people.

TOM AVERY: The angling club?

PRIYA KENDALL: Yes. Derek Shaw, who chairs Ashcombe Angling Association, said to me that anglers and swimmers want the same thing, a clean river. They've got about 160 members and they've been reporting pollution for years.

TOM AVERY: What happens next?

PRIYA KENDALL: There'll be a public consultation, and we need as many people as possible to respond. I'd say to anyone who swims here, paddles here, walks the dog here: tell the agency. This is a once-in-a-generation chance. I keep telling people, if we don't ask, the answer is always no.

TOM AVERY: And if the answer is no anyway?

PRIYA KENDALL: Then we carry on testing and we apply again next year. We're not going anywhere.

END OF TRANSCRIPT
`;

const BUS_SCRUTINY_SUMMARY = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Transport and Environment Scrutiny Committee – Summary of Proceedings, 18 February 2025</title>
</head>
<body>
<header>
<h1>Westmoor County Council</h1>
<h2>Transport and Environment Scrutiny Committee</h2>
<p>Summary of proceedings: Tuesday 18 February 2025, 2.00pm, Council Chamber, County Hall, Brackenford</p>
</header>

<section>
<h3>Present</h3>
<p><strong>Committee members:</strong> Councillor Rajesh Bhatt (Chair), Councillor Priya Sandhu (Vice-Chair), Councillors Tom Ellery, Margaret Quinn, Alan Foster, Joanne Reeve, Kwame Asante, Lucy Barrington and David Hale.</p>
<p><strong>Also attending:</strong> Councillor Fiona Doyle, Cabinet Member for Transport; Martin Gale, Head of Passenger Transport, Westmoor County Council; Helen Marsh, Operations Director, Calderline Buses Ltd.</p>
<p>A written statement from Denise Okafor, Regional Organiser of the Transport and Road Workers' Union, was circulated to members before the meeting.</p>
</section>

<section>
<h3>Item 4: Calderline Buses – driver shortage and service reductions</h3>

<p>The Chair explained that the item had been added to the agenda at short notice following Calderline's announcement on 10 February of reduced timetables on five routes from 2 March 2025. He said residents in several divisions had contacted councillors in large numbers.</p>

<p>Martin Gale, Head of Passenger Transport, reported that the council had received 214 complaints about Calderline services in January 2025, compared with 87 in December 2024. He told members that the council currently pays Calderline £1.2 million a year under contracts for supported (subsidised) routes, three of which are affected by the reductions.</p>

<table border="1">
<caption>Supported route contracts with Calderline Buses, 2024/25 (annual value)</caption>
<thead>
<tr><th>Contract</th><th>Annual value</th><th>Affected by March changes?</th></tr>
</thead>
<tbody>
<tr><td>Route 12 Brackenford – Ashcombe (all day)</td><td>£410,000</td><td>Yes</td></tr>
<tr><td>Route 21 Holt Green (evenings)</td><td>£265,000</td><td>Yes</td></tr>
<tr><td>Route X4 Kingsport (Sundays)</td><td>£140,000</td><td>Yes</td></tr>
<tr><td>Other rural and school-day contracts</td><td>£385,000</td><td>No</td></tr>
<tr><td><strong>Total</strong></td><td><strong>£1,200,000</strong></td><td></td></tr>
</tbody>
</table>

<p>Mr Gale said that the contracts allowed the council to withhold payment for journeys not operated, and that deductions of £38,500 had been made for the period October to December 2024.</p>

<p>Helen Marsh, Operations Director of Calderline Buses, told the committee that the company had 58 driver vacancies and that drivers were working an average of nine hours of overtime a week. She said the reduced timetable would save around 1,150 driver hours a week. "The honest position is that we cannot currently staff the timetable we have registered," Ms Marsh said. "Cutting it is painful, but it is the responsible thing to do."</p>

<p>In answer to a question from Councillor Sandhu, Ms Marsh confirmed that the Route 12 service to Ashcombe would run every 60 minutes instead of every 30 minutes. Councillor Sandhu, who represents the Ashcombe and Fellside division, said that around 40 per cent of households in Ashcombe did not have access to a car. "Halving the bus service to a village like Ashcombe is not a timetable tweak, it is cutting people off," she said.</p>

<p>Councillor Ellery asked whether pay was the main cause of drivers leaving. Ms Marsh said pay was "a factor, but not the only one", citing competition from warehouse and delivery employers and the length of time taken to obtain a bus licence. She said the company had offered a 4.5 per cent pay rise from April, which the union's members had rejected in a consultative ballot.</p>

<p>Members noted the written statement from the Transport and Road Workers' Union, which urged the council to make any additional funding conditional on improved pay for drivers.</p>

<p>Councillor Fiona Doyle, Cabinet Member for Transport, said she would ask the Cabinet to consider a one-off payment of £350,000 to Calderline to keep the Route 21 evening journeys running until 30 September 2025. "I am not prepared to see hospital staff and shift workers in Holt Green left stranded at night," Councillor Doyle said. She said the money would come from the council's Bus Service Improvement Plan reserve and not from council tax.</p>

<p>Councillor Quinn questioned whether the payment represented value for money, given the deductions already made for unoperated journeys. Mr Gale replied that the payment would be made monthly in arrears and only for journeys actually run.</p>
</section>

<section>
<h3>Resolutions</h3>
<ol>
<li>The committee RECOMMENDED that the Cabinet approve a one-off payment of up to £350,000 to maintain Route 21 evening journeys until 30 September 2025. Carried by 7 votes to 2.</li>
<li>The committee REQUESTED that Calderline Buses provide monthly figures on driver numbers, vacancies and lost mileage to the Head of Passenger Transport.</li>
<li>The committee AGREED to review progress at its next meeting on Tuesday 25 March 2025.</li>
</ol>
<p>The Cabinet is expected to consider the recommendation at its meeting on Thursday 6 March 2025.</p>
</section>

<footer>
<p>This is a summary of proceedings and not a verbatim record. Contact: Democratic Services, County Hall, Brackenford. democratic.services@westmoor.example</p>
</footer>
</body>
</html>
`;

const PARK_MEETING_TRANSCRIPT = `FRIENDS OF MILLBROOK FIELDS – PUBLIC MEETING
Transcript of proceedings
Date: Thursday 20 March 2025, 7.00pm
Venue: St Aidan's Church Hall, Millbrook Lane, Brackenford
Chair: Margaret Ellery, Chair, Friends of Millbrook Fields
Attendance: approximately 180 residents (recorded by the hall steward)
Transcribed by: Janet Crowe, Secretary, Friends of Millbrook Fields

MARGARET ELLERY: Good evening, everyone, and thank you for coming out on a wet Thursday. I can see people standing at the back, so please squeeze up if you can. As most of you know, on Tuesday the 11th of March the council's cabinet voted to start the process of selling Millbrook Fields to Larkspur Homes. We have called this meeting to explain what happens next and what we can do about it.

MARGARET ELLERY: Janet is going to give us the figures first.

JANET CROWE: Thank you, Margaret. Our petition opened on the 12th of March, the day after the cabinet vote. As of five o'clock this afternoon it had 3,870 signatures, of which 3,210 were online and 660 were on paper. The consultation opens on Monday the 24th of March and runs for six weeks. Every single response counts, so please respond individually, not just by signing the petition.

JANET CROWE: We have also opened a legal fund in case we need to seek a judicial review. We have raised £8,500 so far. Our solicitor estimates we will need £25,000 to get to a first hearing.

MARGARET ELLERY: Thank you, Janet. Councillor Pardoe has kindly come along tonight. He was one of the two cabinet members who voted against. Neil, would you like to say a few words?

NEIL PARDOE: Thank you, Margaret. I want to be clear that I am speaking as the councillor for Millbrook ward tonight and not on behalf of the cabinet. I voted against because I do not think the council has properly tested the alternatives. The report says the park costs £186,000 a year to run. That is real money, but it is a fraction of what we will spend dealing with the consequences of children having nowhere to play.

NEIL PARDOE: I will also say this. The footfall survey in the report was done over a single fortnight in June. I have asked officers to repeat it over a longer period, and I have not yet had an answer.

DEV SHARMA: Dev Sharma, I live on Orchard Close, I've got two kids at Millbrook Primary. Councillor, the developer says it's keeping a park. How big is that park actually going to be?

NEIL PARDOE: The report says 1.1 hectares out of 4.2. So roughly a quarter of what is there now.

DEV SHARMA: So three quarters goes. And the football pitches?

NEIL PARDOE: Both pitches would be lost from the site. Larkspur have talked about paying for replacements elsewhere, but nothing has been signed.

COLIN BAPTISTE: Colin Baptiste, I coach at Brackenford Youth Football Club. We run 14 teams and about 230 children play on those two pitches every weekend. We've been there since 1987. If those pitches go and there is nothing ready for us, some of those kids will simply stop playing. That's not a threat, it's just what happens.

MARGARET ELLERY: Thank you, Colin. Has the club had any contact from the council?

COLIN BAPTISTE: One email, on the 14th of March, saying they would "be in touch in due course". That's it.

DEV SHARMA: Can I ask about the affordable homes? One hundred and twelve sounds like a lot, but what kind are they?

NEIL PARDOE: That is a fair question, and it will be set out in the planning application, not in this sale. The sale and the planning permission are separate decisions. Selling the land does not guarantee planning permission, and the planning committee is entirely independent of cabinet.

JANET CROWE: Can I just add, the planning application isn't expected until the autumn, so there will be a second chance to object then as well.

MARGARET ELLERY: So, to sum up. Respond to the consultation before the 5th of May. Sign the petition if you haven't. Give to the legal fund if you can. And come to the cabinet meeting in July. We will hand in the petition at the Full Council meeting on Wednesday the 16th of April.

NEIL PARDOE: May I say one last thing? I know many of you are angry with the council. I would ask you to keep it civil. The officers are doing their jobs.

MARGARET ELLERY: Agreed. Thank you all for coming. The meeting closed at 8.40pm.

[END OF TRANSCRIPT]
`;

const SWIMMING_AGENCY_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>National Waters Agency - Bathing water applications 2025: shortlist announced</title>
</head>
<body>
<header>
<p>National Waters Agency &ndash; News release</p>
<p>Published: Thursday 16 January 2025</p>
</header>
<main>
<h1>Eleven sites shortlisted for new bathing water status</h1>

<p>The National Waters Agency has shortlisted 11 sites for possible designation as bathing waters, following a national call for applications that closed on Friday 29 November 2024. The agency received 27 applications in total, of which 19 were for river sites and 8 were for lakes or reservoirs.</p>

<p>Shortlisted sites will now go to a public consultation, which will run for six weeks from Monday 3 February 2025 to Sunday 16 March 2025. The agency expects to announce final decisions in May 2025. Sites that are designated will be sampled by the agency from the start of the 2026 bathing season, which runs from 15 May to 30 September.</p>

<p>Among the shortlisted sites is Ashcombe Meadows on the River Wendle, nominated by the community group Friends of Ashcombe Meadows. It is one of three shortlisted sites in the agency's Wendle and Avonbury area.</p>

<table>
<caption>Shortlisted sites in the Wendle and Avonbury area</caption>
<thead>
<tr><th>Site</th><th>Water body</th><th>Applicant</th><th>Peak bathers counted</th></tr>
</thead>
<tbody>
<tr><td>Ashcombe Meadows</td><td>River Wendle</td><td>Friends of Ashcombe Meadows</td><td>387</td></tr>
<tr><td>Harnley Weir</td><td>River Avon Brook</td><td>Harnley Parish Council</td><td>214</td></tr>
<tr><td>Corlett Water</td><td>Corlett Reservoir</td><td>Corlett Open Water Swimmers</td><td>521</td></tr>
</tbody>
</table>

<p>Fiona Lockhart, the agency's area director for Wendle and Avonbury, said: "The number and quality of applications this year shows how much people value their local rivers and lakes. Designation is not a badge that says a river is clean. It is a commitment that the water will be monitored and that action will follow where it falls short."</p>

<p>She added: "At Ashcombe Meadows the community has gathered strong evidence of use. We want to hear from everyone, including landowners, farmers and anglers, before we make a decision."</p>

<h2>What designation means</h2>

<p>If a site is designated, the agency will take 20 samples during each bathing season and publish the results within 48 hours. Each site receives an annual classification of excellent, good, sufficient or poor, based on four years of data. Where a site is classified as poor for five consecutive years, the agency may advise against bathing permanently.</p>

<p>Water companies are required to consider designated bathing waters when planning investment in sewage treatment and storm overflows.</p>

<h2>Response from Wendle Valley Water</h2>

<p>Wendle Valley Water confirmed that its upgrade of the Brackley Lane treatment works, costing £2.4 million, is included in its investment plan, with work due to start in spring 2026 and to be completed by March 2027. The upgrade will increase storm storage capacity at the works by 40 per cent.</p>

<p>Martin Reyes, head of wastewater operations at Wendle Valley Water, said: "We support the community's ambition for Ashcombe Meadows. We know the Brackley Lane overflow operates too often, and this investment is designed to reduce spills there significantly."</p>

<h2>How to respond</h2>

<p>Responses to the consultation can be submitted online or by post. The agency will hold a drop-in session at Ashcombe Village Hall on Saturday 22 February 2025 from 10am to 2pm, where staff will answer questions about the Ashcombe Meadows application.</p>

<p>Notes to editors: The agency's Wendle and Avonbury area covers a population of approximately 640,000 people and 1,300 kilometres of rivers.</p>
</main>
<footer>
<p>Media enquiries: National Waters Agency press office.</p>
</footer>
</body>
</html>
`;

const CARNIVAL_SAFETY_MEMO = `# MEMO: Caldermoor Summer Carnival 2024 – Safety Requirements

**From:** Inspector Rachel Dunmore, Northshire Police (Calder Valley Neighbourhood Policing Team), and Tom Greaves, Events Safety Officer, Calder Valley District Council (Chair, Safety Advisory Group)
**To:** Margaret Ellison, Chair, Caldermoor Carnival Committee
**Date:** Monday, 4 March 2024
**Subject:** Safety requirements for the carnival on Saturday, 13 July 2024

## 1. Background

The Calder Valley Safety Advisory Group (SAG) met on Wednesday, 28 February 2024 to review the event management plan for this year's Caldermoor Summer Carnival. Northshire Police, Northshire Fire and Rescue Service, the ambulance service and the district council's highways team were all represented.

The SAG has reviewed the plan in the light of updated national guidance on crowded places and of an incident at the 2023 carnival, when an unauthorised car entered the parade route from Market Street and travelled along it for about four minutes before it was stopped by stewards. Nobody was hurt, but the incident showed that the route could not be secured against vehicles.

## 2. Crowd estimate

Based on last year's attendance of around 8,500 visitors across the day, the SAG estimates a peak crowd of 3,600 people along the parade route at any one time, mostly on the High Street between Market Street and Victoria Park. The parade route is 1.2 miles long.

## 3. Requirements for 2024

1. **Hostile vehicle mitigation (HVM):** temporary barriers must be in place at all four vehicle entry points to the parade route for the full duration of the road closure.
2. **Stewarding:** a minimum of one licensed steward for every 100 people at peak, i.e. 36 stewards, up from 22 in 2023. At least six must hold an SIA licence.
3. **Road closure:** the High Street closure must run for five hours (11.00am to 4.00pm), compared with three hours last year.
4. **Medical cover:** two ambulance crews and six first aiders on site throughout.
5. **Event safety plan:** the plan must be signed off by a qualified event safety consultant and submitted no later than Friday, 7 June 2024.

## 4. Estimated cost of requirements

| Item | 2023 cost | 2024 estimate |
|---|---|---|
| Licensed stewards | £3,900 | £7,200 |
| Hostile vehicle mitigation barriers | £0 | £6,800 |
| Traffic management and road closure | £2,100 | £3,200 |
| Medical cover | £1,800 | £2,900 |
| Event safety consultant | £600 | £1,600 |
| **Total** | **£8,400** | **£21,700** |

Costs are estimates supplied by approved contractors and may vary by up to 10 per cent.

## 5. Comments

"We are not asking for anything that other towns of Caldermoor's size are not already doing," said Inspector Dunmore. "Last July we were lucky. We do not intend to rely on luck again."

Tom Greaves said: "The guidance changed after last summer's incidents around the country, and the Safety Advisory Group cannot sign off a plan that ignores it. We want the carnival to happen, and we will help the committee in any way we can short of lowering the standard."

## 6. Next steps

The SAG is willing to meet the committee at any point before the plan deadline. If the requirements cannot be met, the SAG will advise the district council that the road closure order should not be granted.
`;

describe('offices by their verbs', () => {
  test('"who chairs" and "who has chaired" give an office; a past "chaired" and "chairs it" give none', () => {
    const offices = (text: string) => officeHolders(text).map((h) => [h.person, h.office, h.title]);
    assert.deepEqual(offices('Helen Treloar, who chairs the fundraising committee, paid tribute.'), [['Helen Treloar', 'chair of fundraising committee', 'chairs the fundraising committee']]);
    assert.deepEqual(offices('Derek Shaw, who chairs Ashcombe Angling Association, said to me'), [['Derek Shaw', 'chair of ashcombe angling association', 'chairs Ashcombe Angling Association']]);
    assert.deepEqual(offices('Dr Clegg, who has chaired the panel since 2021, is one of them.'), [['Dr Clegg', 'chair', 'has chaired the panel']]);
    assert.deepEqual(offices('Councillor Helen Marsh chairs the committee.'), [['Councillor Helen Marsh', 'chair', 'chairs the committee']]);
    assert.deepEqual(offices('Dr Clegg, who chaired the panel in 2019, is one of them.'), []);
    assert.deepEqual(offices('Bill Hadley chairs it.'), []);
  });

  test('a clause of how someone spoke is no post', () => {
    const text = 'Councillor Pardoe, speaking as the councillor for Millbrook ward rather than for the cabinet, said he voted against.';
    assert.deepEqual(namedRoles(text, extractValues(text)), []);
  });
});

describe('the forty-fourth round: offices by their verbs and words for each other, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('an office a verb gives to the wrong person is another\'s', async () => {
    const lifeboat = judgeWith(await workspaceIndex({ 'sources/annual_report_2024.html': LIFEBOAT_ANNUAL_REPORT }));
    const treloar = lifeboat('Helen Treloar, who chairs the fundraising committee, paid tribute to volunteers who leave "a school run abandoned, a shift left half-finished" when the pager goes off.');
    assert.equal(treloar.verdict, 'contradicted', why(treloar));
    const swimming = judgeWith(await workspaceIndex({ 'sources/interview_kendall.txt': SWIMMING_INTERVIEW }));
    const oduya = swimming('Councillor Graham Oduya, who chairs the Ashcombe Angling Association, wrote a letter of support.');
    assert.equal(oduya.verdict, 'contradicted', why(oduya));
    assert.ok(oduya.conflicts.some((c) => c.claim === 'chair of the Ashcombe Angling Association' && c.source === 'cabinet member for environment'), why(oduya));
    const shaw = swimming('Derek Shaw, who chairs Ashcombe Angling Association, said anglers and swimmers want the same thing, a clean river.');
    assert.notEqual(shaw.verdict, 'contradicted', why(shaw));
    const scrutiny = judgeWith(await workspaceIndex({ 'sources/scrutiny_committee_summary.html': BUS_SCRUTINY_SUMMARY }));
    const sandhu = scrutiny('Councillor Priya Sandhu, who chairs the committee, said around 40 per cent of households in Ashcombe had no access to a car.');
    assert.equal(sandhu.verdict, 'contradicted', why(sandhu));
    const bhatt = scrutiny('Councillor Rajesh Bhatt, who chairs the committee, said around 40 per cent of households in Ashcombe had no access to a car.');
    assert.notEqual(bhatt.verdict, 'contradicted', why(bhatt));
  });

  test('a table\'s leader is named with its place and the claim\'s row', async () => {
    const agency = judgeWith(await workspaceIndex({ 'sources/agency_statement.html': SWIMMING_AGENCY_STATEMENT }));
    const highest = agency('Ashcombe Meadows recorded the highest peak bather count of the three, with 387 people counted on its busiest day.');
    assert.equal(highest.verdict, 'contradicted', why(highest));
    assert.deepEqual(highest.conflicts.map((c) => [c.claim, c.source]), [['Ashcombe Meadows', 'Corlett Water as the highest (Peak bathers counted: 521)']]);
  });

  test('"speaking as the councillor for Millbrook ward" is no post against the cabinet member\'s', async () => {
    const park = judgeWith(await workspaceIndex({ 'sources/residents_meeting_transcript.txt': PARK_MEETING_TRANSCRIPT, 'sources/cabinet_report_millbrook.html': PARK_CABINET_REPORT }));
    const pardoe = park('Councillor Pardoe, speaking as the councillor for Millbrook ward rather than for the cabinet, said he voted against because he did not think the council had properly tested the alternatives.');
    assert.notEqual(pardoe.verdict, 'contradicted', why(pardoe));
  });

  test('"pointing to" / "citing"; "drove" / "travelled"', async () => {
    const scrutiny = judgeWith(await workspaceIndex({ 'sources/scrutiny_committee_summary.html': BUS_SCRUTINY_SUMMARY }));
    const pointing = scrutiny('Ms Marsh told councillors that pay was "a factor, but not the only one", pointing to competition from warehouse and delivery firms.');
    assert.notEqual(pointing.verdict, 'contradicted', why(pointing));
    const carnival = judgeWith(await workspaceIndex({ 'sources/safety_memo.md': CARNIVAL_SAFETY_MEMO }));
    const drove = carnival('The memo followed an incident at the 2023 carnival, when an unauthorised car entered the parade route from Market Street and drove along it for about four minutes before it was stopped.');
    assert.notEqual(drove.verdict, 'contradicted', why(drove));
    const reversed = carnival('The memo followed an incident at the 2023 carnival, when an unauthorised car entered the parade route from Market Street and reversed along it for about four minutes before it was stopped.');
    assert.equal(reversed.verdict, 'contradicted', why(reversed));
  });
});
