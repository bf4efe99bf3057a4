/**
 * Source texts for the verdict tests.
 *
 * `AMNESTY` is an excerpt of the user's sample source (`samples/000_b337edc883f6ceff.txt` in the shared data: a
 * news article of 9 February 2012 on a prisoner amnesty in North Korea), typographic quotes and apostrophes
 * kept. `WIRE` is a short wire-style report written for these tests, in the same news register, to give the
 * claims numbers, percentages, money, spelled-out numbers and full dates to get right or wrong. `WEATHER` is
 * an unrelated report.
 */
export const AMNESTY = `Date : February 9, 2012
Amnesty for a "Strong and Prosperous State"
On January 10, KCNA announced a prisoner amnesty be conducted in February. Within North Korea, the move is being propagandized as a sign of the benevolence of their new leader, Kim Jong Un, in a bid to popularize him, bolstering his position as his father’s replacement.

However, the amnesty was clearly being planned long before Kim’s succession, originally to commemorate the 100th birthday of Kim Il Sung, the 70th birthday of Kim Jong Il and to mark 2012 as the year of the “Strong and Prosperous State”.

The amnesty is also seen as an attempt to pacify discontent citizens within the North, temporarily placating the population while also alleviating international pressure on the regime for its human rights abuses. The amnesty will also benefit authorities in that it will ease some of the burden on the prisons' overpopulation and food supply.

In early February, an ORNK source from Hyesan, Yangkang Province said, “Some elites and upper class people laugh at this amnesty, saying that since the authorities will not be able to meet the promise to make a ‘Strong and Prosperous State’, they did it instead of achieving the strong state so as to cover up their failure.” Meanwhile, others have claimed that, “They carried it out only because they didn’t have any space in prisons, but the authorities try to show off their benevolent policies.”

It is common to use such events to drive loyalty to the regime. The 2012 amnesty is expected to be of a large scale and KCNA has claimed it will be extended to defectors repatriated from China, and others who have attempted to escape.

Previous amnesties have been held in 2002, 2005 and 2010 to celebrate Kim Il Sung’s birthday and anniversaries of the establishment of the Workers’ Party. In 2005, North Korean authorities said “The amnesty is to realize the generosity and magnanimity of our Party, which establishes the will and achievements of Suryeong (Kim Il Sung) and brightens the 60th liberation of the country and founding day of the Chosun Worker’s Party.”
`;

export const WIRE = `SEOUL, Feb. 3 -- North Korea released 4,500 prisoners under the amnesty, a South Korean government official said on Friday.

The official said the country's prison camps now hold 18% fewer inmates than a year earlier. Aid groups estimate that food shortages cost the North $2 billion in 2011.

A dozen defectors repatriated from China were among those freed, according to the official. The amnesty took effect on February 1, 2012, the fourth such move in ten years.
`;

export const WEATHER = `Heavy snow closed roads across Gangwon Province on Tuesday. Forecasters expect temperatures to fall to minus 15 degrees Celsius in Seoul by the weekend, and the airport cancelled 40 flights.
`;

/**
 * A marathon organiser's press statement (helper draft h300), dated by its line "For immediate release: Monday 10 June
 * 2024": for who was where on which day, in two rounds' tests.
 */
export const MARATHON_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Statement on the 2024 Kelsbrook Marathon | Kelsbrook Marathon Trust</title>
</head>
<body>
<header>
  <p>Kelsbrook Marathon Trust &mdash; Press statement</p>
  <p>For immediate release: Monday 10 June 2024</p>
</header>

<h1>Statement on medical incidents at the 2024 Kelsbrook Marathon and announcement of an independent review</h1>

<p>The Kelsbrook Marathon Trust today publishes its initial figures on medical incidents at Sunday's race and announces an independent review of the event.</p>

<h2>The race</h2>

<p>The 2024 Kelsbrook Marathon started from Victoria Park at 9:00am on Sunday 9 June. A total of 11,240 runners started the race and 9,618 crossed the finish line in Victoria Park. Temperatures on the course reached a peak of 27C at 12:40pm. The Met Office forecast issued on Friday 7 June had predicted a maximum of 23C for the city on race day.</p>

<p>Our medical teams treated 412 runners across the course and at the finish. Of these, 63 were taken to hospital, most of them to St Aldric's Hospital, and four were in a critical condition on arrival. As of this morning, two runners remain in hospital, both in a stable condition. We are in contact with their families.</p>

<h2>Closure of the course</h2>

<p>At 1:15pm, race director Gareth Pryce, acting on the advice of the Trust's medical director, Dr Helen Marsh, closed the course beyond mile 18. The 1,350 runners who had not yet reached that point were diverted onto a shortened route back to Victoria Park. They will be offered free entry to the 2025 race, a place worth &pound;62.</p>

<p>"Closing the course was the right call, and I would make it again," said Dr Marsh. "Every minute that runners spent out there in that heat was adding to the strain on our medical teams and on the ambulance service."</p>

<h2>Medical incidents by section of the course</h2>

<table border="1">
  <caption>Runners treated and taken to hospital, Kelsbrook Marathon, Sunday 9 June 2024</caption>
  <thead>
    <tr><th>Section of course</th><th>Runners treated</th><th>Taken to hospital</th></tr>
  </thead>
  <tbody>
    <tr><td>Miles 0&ndash;5</td><td>22</td><td>1</td></tr>
    <tr><td>Miles 6&ndash;10</td><td>48</td><td>4</td></tr>
    <tr><td>Miles 11&ndash;15</td><td>71</td><td>9</td></tr>
    <tr><td>Miles 16&ndash;20</td><td>118</td><td>19</td></tr>
    <tr><td>Miles 21&ndash;26.2</td><td>109</td><td>22</td></tr>
    <tr><td>Finish area (Victoria Park)</td><td>44</td><td>8</td></tr>
    <tr><td><strong>Total</strong></td><td><strong>412</strong></td><td><strong>63</strong></td></tr>
  </tbody>
</table>

<h2>Water supply</h2>

<p>The race had nine water stations. We ordered 180,000 cups of water for this year's race, 20% more than in 2023. However, the water station at mile 21 ran out of water for about 35 minutes, between 12:05pm and 12:40pm, after a supply lorry was delayed by a road closure on the Hollins Road. We apologise unreservedly to every runner who reached that station and found it empty.</p>

<h2>Independent review</h2>

<p>The Trust has commissioned an independent review, which will be led by Professor Martin Goodwin, professor of sports medicine at the University of Kelsbrook. The review will cost &pound;48,000, which will be met in full by the Trust, and Professor Goodwin will report by Monday 30 September 2024. Its terms of reference cover the weather forecast and our heat plan, the water supply, the start time, and medical staffing on the course.</p>

<p>The Trust will also consider moving the start of the 2025 race earlier, to 8:00am, and will take Professor Goodwin's findings into account before deciding.</p>

<p>Amanda Oyelaran, chief executive of the Kelsbrook Marathon Trust, said: "We owe every runner an honest account of what went wrong on Sunday, and we will publish the review in full. I want to thank the ambulance crews, the hospital staff and our own volunteers, who worked in punishing conditions."</p>

<footer>
  <p>Media enquiries: press@kelsbrookmarathon.org.uk. The Kelsbrook Marathon Trust is a registered charity.</p>
</footer>
</body>
</html>
`;

/** A council budget meeting's opening lines and its two recorded votes, read out by the chair (helper draft h308). */
export const COUNCIL_VOTES = `MARLOWE BOROUGH COUNCIL
FULL COUNCIL - BUDGET MEETING 2025/26
Transcript (unofficial, prepared from the webcast)
Date: Thursday 27 February 2025
Venue: Council Chamber, Marlowe Town Hall, Market Square
Meeting opened: 6.30pm   Meeting closed: 10.50pm
Councillors present: 56 of 60

Speakers in order of appearance:
  CLLR GRAHAM ELLIS - Mayor of Marlowe (chair)
  CLLR DAVID RENSHAW - Cabinet Member for Finance and Resources (Labour)
  CLLR HELEN OKAFOR - Leader of the Council (Labour)

ELLIS: We will now vote on the amendment. A recorded vote is required. ... The result: for the amendment, 24; against, 30; abstentions, 2. The amendment falls.

ELLIS: We now take the recorded vote on the budget and council tax resolution. ... The result: for, 31; against, 22; abstentions, 3. The budget is carried and the council tax for 2025/26 is set. Thank you all. The meeting is closed.
`;

/** An inspector's decision on an airport's car park (h310; rowsanddatelines, denialsandwords). */
export const CAR_PARK_DECISION = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Appeal Decision Summary – APP/K4410/W/24/3318702 – Kestrelby Airport</title>
</head>
<body>
<header>
  <p>National Planning Appeals Service</p>
  <h1>Appeal Decision Summary</h1>
  <p>Inquiry held on 18 sitting days between Tuesday 14 January 2025 and Friday 21 February 2025</p>
  <p>Site visits made on 16 January 2025 and 19 February 2025</p>
  <p><strong>by Helen Marchetti BA (Hons) MRTPI, an Inspector appointed by the National Planning Appeals Service</strong></p>
  <p>Decision date: Thursday 12 June 2025</p>
</header>

<section>
<h2>Appeal Ref: APP/K4410/W/24/3318702 – Kestrelby Airport, Kestrel Lane, Ashcombe</h2>
<ul>
  <li>The appeal is made under section 78 of the Town and Country Planning Act 1990 against a refusal to grant planning permission.</li>
  <li>The appeal is made by Kestrelby Airport Ltd against the decision of Ashcombe Vale District Council.</li>
  <li>The application, ref 23/01177/FULM, dated 9 August 2023, was refused by notice dated 27 March 2024.</li>
  <li>The development proposed is a 640-metre extension of the main runway, lengthening it from 2,150 metres to 2,790 metres; a new pier with nine aircraft stands; a multi-storey car park of 2,400 spaces; and an increase in the permitted passenger cap from 4.5 million to 7.2 million passengers per annum.</li>
</ul>
</section>

<section>
<h2>Decision</h2>
<p>1. The appeal is allowed and planning permission is granted, subject to the 47 conditions set out in the Schedule to the full decision.</p>
<p>2. An application for costs made by Kestrelby Airport Ltd against Ashcombe Vale District Council is refused. That application is the subject of a separate decision issued on the same date.</p>
</section>

<section>
<h2>Main issues</h2>
<p>3. The main issues are: (a) the effect of the proposal on the living conditions of nearby residents, with particular regard to aircraft noise at night; (b) its effect on the character and appearance of the Fenwick Green Conservation Area; (c) its implications for greenhouse gas emissions; and (d) whether any harm is outweighed by economic and other benefits.</p>
</section>

<section>
<h2>Summary of reasons</h2>
<h3>Noise and living conditions</h3>
<p>4. The Council and the Rule 6 party, Fenwick Green and Ashcombe Residents Against Expansion (FARAE), gave evidence that night flights already disturb residents in Fenwick Green and Upper Tolley. I accept that evidence. The harm to the living conditions of residents in Fenwick Green is real and I do not diminish it.</p>
<p>5. However, the appellant has offered a binding cap of 2,900 night-time air transport movements a year, compared with the 3,400 currently permitted, and no scheduled departures between 23:30 and 06:00. It has also committed £14.6 million to a noise insulation scheme covering 1,850 homes within the 63 dB daytime contour. In my judgement these measures, secured by conditions 12 to 19 and the section 106 agreement, reduce the harm to an acceptable level.</p>

<h3>Heritage</h3>
<p>6. The new multi-storey car park would be visible from the northern edge of the Fenwick Green Conservation Area. I find that this would cause less than substantial harm to its significance, at the lower end of that scale.</p>

<h3>Greenhouse gas emissions</h3>
<p>7. The Council argued that the additional 2.7 million passengers a year would be incompatible with national carbon budgets. Aviation emissions are addressed through national policy and the UK Emissions Trading Scheme. I do not accept the Council's argument that the scheme should be refused on carbon grounds alone, and I give this matter limited weight.</p>

<h3>Benefits</h3>
<p>8. The appellant estimates the capital cost of the scheme at £412 million and forecasts 1,100 additional on-site jobs by 2032. The Council did not seriously dispute these figures. As I put it in the full decision, "I have given substantial weight to the economic benefits, which are significant and long-lasting, and moderate weight to the improved connectivity for the region."</p>

<h3>Planning balance</h3>
<p>9. Taking all matters into account, I conclude that the benefits clearly outweigh the harm, including the less than substantial harm to the Conservation Area. The appeal therefore succeeds.</p>
</section>

<section>
<h2>Key conditions and obligations</h2>
<table border="1">
  <thead>
    <tr><th>Item</th><th>Requirement</th><th>Secured by</th></tr>
  </thead>
  <tbody>
    <tr><td>Passenger cap</td><td>7.2 million passengers per annum</td><td>Condition 4</td></tr>
    <tr><td>Night movements</td><td>Maximum 2,900 a year (23:00–07:00)</td><td>Condition 12</td></tr>
    <tr><td>Night departures</td><td>No scheduled departures 23:30–06:00</td><td>Condition 13</td></tr>
    <tr><td>Noise insulation</td><td>£14.6 million, 1,850 homes</td><td>Section 106, Schedule 2</td></tr>
    <tr><td>Sustainable transport fund</td><td>£3.2 million over 10 years</td><td>Section 106, Schedule 4</td></tr>
    <tr><td>Public transport mode share</td><td>At least 25% of passengers by 2030</td><td>Condition 31</td></tr>
    <tr><td>Commencement</td><td>Within 3 years of this decision</td><td>Condition 1</td></tr>
  </tbody>
</table>
</section>

<section>
<h2>Right to challenge</h2>
<p>10. This decision is final unless it is successfully challenged in the High Court. An application to the High Court must be made within six weeks of the date of this decision.</p>
</section>

<footer>
  <p>Helen Marchetti, Inspector</p>
  <p>Appearances: for the appellant, Jonathan Reece KC; for Ashcombe Vale District Council, Sarah Coleridge of counsel; for FARAE, Margaret Doyle, secretary of FARAE.</p>
</footer>
</body>
</html>
`;

/** A water company's hosepipe ban announcement with its table of reservoirs (h309; rowsanddatelines, rankingsandpremises). */
export const TARNWELL_ANNOUNCEMENT = `# Tarnwell Water announces Temporary Use Ban for Wealdmoor and Ashcombe

**Press release — for immediate publication**
**Issued: Tuesday 8 July 2025, 10:00**
**Contact: Tarnwell Water press office, 0300 555 0142**

Tarnwell Water today announced that a Temporary Use Ban, commonly known as a hosepipe ban, will come into force across its Wealdmoor and Ashcombe supply areas from 00:01 on Friday 18 July 2025.

The ban will affect around 1.4 million customers in approximately 620,000 households. It is the first hosepipe ban imposed by Tarnwell Water since 2018.

## Why the ban is needed

Rainfall across the company's catchments between February and June was 58% of the long-term average, making it the driest February-to-June period in the Wealdmoor area since 1976. At the same time, customer demand has risen sharply during the recent hot weather. Demand peaked at 512 million litres a day on Sunday 29 June, compared with a typical summer figure of 430 million litres a day.

Combined storage in the company's four reservoirs stood at 56% on Monday 7 July, against a normal level of 82% for the time of year.

| Reservoir | Capacity (million litres) | Level on 7 July 2025 | Normal for early July | Change since 1 June |
|---|---|---|---|---|
| Hollins Reservoir | 9,800 | 54% | 81% | down 17 points |
| Brackenmere | 14,200 | 61% | 84% | down 14 points |
| Colderwick | 6,500 | 47% | 78% | down 21 points |
| Ashby Vale | 4,300 | 66% | 85% | down 11 points |
| **All reservoirs combined** | **34,800** | **56%** | **82%** | **down 16 points** |

## What customers cannot do

From Friday 18 July, customers must not use a hosepipe to:

- water gardens or allotments;
- clean cars, boats or other vehicles;
- fill or top up paddling pools, swimming pools or hot tubs;
- clean windows, patios, paths or walls.

Watering cans, buckets and water from water butts may still be used. Customers who hold a Blue Badge and customers on the company's Priority Services Register are exempt from parts of the ban. Businesses that use a hosepipe as a direct part of their trade, such as car washes and garden centres, are also exempt.

People who break the ban could face a fine of up to £1,000 on conviction.

## What Tarnwell Water is doing

Tarnwell Water says it currently loses about 142 million litres a day through leaks, down from 161 million litres a day five years ago. The company will spend £38 million on finding and fixing leaks in the 2025-26 financial year and has recruited 85 additional leakage technicians since April.

The company has also applied to the Environment Agency for a drought permit that would allow it to take more water from the River Lenn at its Morland intake.

Martin Ellery, chief executive of Tarnwell Water, said: "We do not take this decision lightly, and I know it will be frustrating for our customers. But the rainfall simply has not come, and we must protect supplies for essential use through the rest of the summer and into the autumn."

Mr Ellery added: "Every litre saved now is a litre that stays in our reservoirs for September."

Customers can find full details of the restrictions and the exemptions at the company's website or by calling 0300 555 0199, seven days a week between 8am and 8pm.

## Notes to editors

- Tarnwell Water supplies drinking water to 1.4 million people across Wealdmoor, Ashcombe and parts of the Lenn Valley.
- The last Temporary Use Ban in the area ran for 11 weeks in the summer of 2018.
- The ban will be reviewed every two weeks and lifted when reservoir levels have recovered sufficiently.
`;

/** A planning inspector's decision on a quarry extension, with its table of lorry movements (h382; officesandtimes, grantsandbounds). */
export const QUARRY_DECISION = `# Appeal Decision

**Inquiry held on 4–7 and 11–12 March 2025**
**Site visit made on Thursday 13 March 2025**

**by Margaret Oduya BA (Hons) MA MRTPI**
**an Inspector appointed by the Secretary of State**

**Decision date: Friday 16 May 2025**

**Appeal Ref: APP/W4420/W/24/3351872**
**Hallbrook Quarry, Ashby Fell, North Wendle**

- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a refusal to grant planning permission.
- The appeal is made by Castlerigg Aggregates Ltd against the decision of North Wendle District Council.
- The application, Ref 23/01184/MIN, dated 8 September 2023, was refused by notice dated 21 June 2024.
- The development proposed is a lateral extension to Hallbrook Quarry covering 42 hectares to allow the extraction of approximately 6.8 million tonnes of limestone over a period of 17 years, with phased restoration to calcareous grassland and woodland.

## Decision

1. The appeal is allowed and planning permission is granted for the lateral extension of Hallbrook Quarry, subject to the 38 conditions set out in the attached schedule.

## Applications for costs

2. An application for costs was made by Castlerigg Aggregates Ltd against North Wendle District Council. That application is refused and is the subject of a separate decision.

## Procedural matters

3. The inquiry sat for six days. The Ashby Fell Quarry Action Group was granted Rule 6 status and was represented at the inquiry by its chair, Mr Colin Peverell, who gave evidence and cross-examined the appellant's witnesses.

4. The Council's Planning Committee refused the application at its meeting on Wednesday 19 June 2024 by seven votes to four, contrary to the recommendation of its officers. The Council's case at the inquiry was presented by its landscape consultant, Dr Helen Marsh, and by its highways witness, Mr Owen Pryce.

## Main issues

5. The main issues are (a) the effect of the proposal on the character and appearance of the landscape; (b) the effect on the living conditions of nearby residents, with particular regard to noise, dust and blasting; (c) the effect of heavy goods vehicle (HGV) traffic on highway safety along the B6412 through Ashby Fell; and (d) whether any harm is outweighed by the need for mineral supply.

## Reasons

### Need for the mineral

6. The existing permission at Hallbrook Quarry expires in December 2027 and the remaining permitted reserves are estimated at 0.9 million tonnes. The county's landbank of crushed rock stood at 7.2 years at the end of 2023, below the minimum of 10 years sought by national policy. The appellant's evidence, which was not seriously disputed, is that the quarry supplies around 400,000 tonnes a year, roughly 18% of the county's crushed rock output.

7. The need for a steady and adequate supply of aggregates weighs heavily in favour of the proposal. I give it substantial weight.

### Landscape

8. Dr Marsh argued that the extension would bring the working face onto the skyline of Hallbrook Edge when seen from the village. I accept that there would be moderate adverse effects during the early phases. However, the phasing plan keeps the upper benches behind a retained screen of limestone and the 6-metre landscaped bund proposed along the eastern boundary. By year 12, restoration of phases 1 and 2 would be well advanced. I conclude that the landscape harm would be moderate and temporary.

### Living conditions

9. The nearest dwelling, Low Garth Farm, lies 310 metres from the proposed extraction boundary. I have imposed a noise limit of 55 dB LAeq,1h at the nearest dwellings for normal operations, and a limit on blasting of no more than two blasts in any week, between 10:00 and 16:00 on weekdays only, with ground vibration not exceeding 6 mm/s peak particle velocity at 95% confidence.

10. Mr Peverell told the inquiry that "people in Ashby Fell have lived with this quarry for sixty years and have been told every time that it would be the last extension." I understand that frustration. However, I am not persuaded that the harm to the living conditions of residents of Ashby Fell would be unacceptable, provided the conditions I have imposed are complied with.

### Highway safety

11. HGVs leave the site by the existing access onto the B6412 and pass Ashby Fell Primary School before reaching the A-road network. The appellant originally sought to increase daily HGV movements to 310. Mr Pryce gave evidence that the B6412 carries around 2,900 vehicles a day and that there were four recorded injury collisions on the route within the village between 2019 and 2023.

12. I have not accepted the appellant's proposed figures in full. The permitted movements are set out below. A "movement" is a single trip into or out of the site.

| Period | Current permission | Appellant's proposal | Permitted by this decision |
|---|---|---|---|
| Monday–Friday (per day) | 240 | 310 | 280 |
| Saturday (per day) | 90 | 120 | 100 |
| Sunday and bank holidays | 0 | 0 | 0 |
| School arrival window, 08:15–09:00 (per day) | no limit | 20 | 0 |

13. No HGV may leave or enter the site between 08:15 and 09:00 on school days. Operating hours are 07:00 to 18:00 on weekdays and 07:00 to 13:00 on Saturdays. The permitted weekday figure of 280 represents an increase of about 17% on the current limit, rather than the 29% increase sought.

### Planning obligation

14. A planning obligation under section 106 secures (i) a contribution of £0.25 per tonne extracted to a community fund administered jointly by the operator and Ashby Fell Parish Council, estimated at £1.7 million over the life of the extension; (ii) a restoration bond of £3.2 million; and (iii) a contribution of £185,000 towards traffic calming and a 20 mph zone outside the primary school, to be paid before extraction begins in the extension.

### Other matters

15. The appellant states that the extension would secure 64 existing direct jobs and create 11 more. I give moderate weight to these economic benefits.

## Planning balance and conclusion

16. The harm I have identified is moderate and largely temporary and is outweighed by the substantial need for mineral supply and the economic benefits. For the reasons given above, I conclude that the appeal should be allowed.

*Margaret Oduya*
*INSPECTOR*
`;

/** A university's statement on its financial sustainability programme (h279): posts to go by faculty, with professional services. */
export const UNIVERSITY_JOB_CUTS = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Statement on the Financial Sustainability Programme | University of Harwick</title>
</head>
<body>
<header>
<p>University of Harwick &ndash; Press Office</p>
<p>For immediate release: Tuesday 4 March 2025</p>
</header>
<main>
<h1>University of Harwick announces Financial Sustainability Programme</h1>

<p>The University of Harwick today confirmed plans to reduce its workforce by up to 260 posts over the next 18 months as it seeks to close a projected operating deficit of &pound;21.4 million for the 2024/25 financial year.</p>

<p>The proposals, approved by the University Council at a meeting on Monday 3 March 2025, form part of a Financial Sustainability Programme intended to return the university to a balanced budget by July 2027. The university currently employs around 3,900 staff, meaning the proposed reductions amount to roughly 6.7 per cent of the workforce.</p>

<p>Of the 260 posts, 175 are academic roles and 85 are professional services roles. The university said it would seek to achieve as many reductions as possible through a voluntary severance scheme, which opens on Monday 17 March 2025 and closes on Friday 25 April 2025. Compulsory redundancies have not been ruled out.</p>

<p>The Vice-Chancellor, Professor Eleanor Marsh, said: &ldquo;These are the most difficult decisions this university has faced in a generation. International student recruitment fell by 28 per cent this year, and the value of the domestic tuition fee has eroded sharply in real terms. We cannot continue to spend more than we earn.&rdquo;</p>

<p>She added: &ldquo;Our priority is to protect the quality of teaching and research, and to treat every colleague affected with dignity and respect.&rdquo;</p>

<h2>Proposed reductions by faculty</h2>

<table>
<thead>
<tr><th>Faculty / area</th><th>Current posts</th><th>Proposed reduction</th><th>Share of current posts</th></tr>
</thead>
<tbody>
<tr><td>Faculty of Arts and Humanities</td><td>520</td><td>70</td><td>13.5%</td></tr>
<tr><td>Faculty of Social Sciences</td><td>610</td><td>55</td><td>9.0%</td></tr>
<tr><td>Faculty of Science and Engineering</td><td>980</td><td>35</td><td>3.6%</td></tr>
<tr><td>Faculty of Health and Life Sciences</td><td>640</td><td>15</td><td>2.3%</td></tr>
<tr><td>Professional services</td><td>1,150</td><td>85</td><td>7.4%</td></tr>
<tr><td><strong>Total</strong></td><td><strong>3,900</strong></td><td><strong>260</strong></td><td><strong>6.7%</strong></td></tr>
</tbody>
</table>

<p>The School of Modern Languages, part of the Faculty of Arts and Humanities, will close to new undergraduate entrants from September 2026. Students already enrolled will be taught out to the end of their degrees.</p>

<p>The Chief Financial Officer, Daniel Okafor, said the university had already made &pound;6.5 million of non-staff savings in the current year, including a freeze on capital projects and a 15 per cent cut to travel budgets. &ldquo;Staff costs account for 61 per cent of our expenditure. Without action on pay costs, the deficit would grow to more than &pound;30 million by 2026/27,&rdquo; he said.</p>

<p>A formal 45-day collective consultation with recognised trade unions, including the Harwick branch of the Higher Education Staff Union (HESU), began on Tuesday 4 March 2025.</p>

<p>The university has also asked the Office for Tertiary Education Funding for no additional support, and it said it did not expect to need emergency borrowing.</p>

<h2>Notes to editors</h2>
<ul>
<li>The University of Harwick has around 24,000 students, of whom about 5,200 are international students.</li>
<li>The voluntary severance scheme offers up to 12 months&rsquo; salary, capped at &pound;60,000.</li>
<li>Media enquiries: Press Office, Harwick Hall, Castle Road, Harwick.</li>
</ul>
</main>
</body>
</html>
`;

/** A university's announcement of changes to its academic portfolio (h313): posts at risk and courses by school. */
export const PORTFOLIO_ANNOUNCEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Securing Wensford's Future: proposed changes to our academic portfolio | University of Wensford</title>
</head>
<body>
<header>
<p>University of Wensford &ndash; News and Announcements</p>
<p>Published: Tuesday 4 March 2025, 9.00am</p>
</header>
<article>
<h1>Securing Wensford's Future: proposed changes to our academic portfolio</h1>

<p>The University of Wensford today opened a formal consultation on proposals to reduce its workforce by up to 212 full-time equivalent posts and to close 14 undergraduate and postgraduate courses across five academic schools and its professional services.</p>

<p>The proposals follow a review by the University Council of the university's finances for the 2024/25 academic year. The university is forecasting an operating deficit of &pound;18.4 million for the year ending 31 July 2025, compared with a deficit of &pound;6.2 million the year before. Without action, the Council was told, the deficit would rise to &pound;27 million by 2026/27.</p>

<p>The main causes identified by the review are a 31 per cent fall in new international postgraduate students since September 2023, a tuition fee for home undergraduates that has lost value in real terms since 2017, and higher employer pension and national insurance costs, which will add &pound;4.1 million to the university's pay bill next year.</p>

<p>The university is seeking savings of &pound;22 million a year by July 2026. Around &pound;14 million of that is expected to come from staff costs, with the remainder from estates and procurement, including the sale of the Beckside campus in the north of the city.</p>

<h2>What is proposed</h2>

<p>The table below shows the number of posts at risk and the number of courses proposed for closure in each area.</p>

<table border="1">
<thead>
<tr><th>School or area</th><th>Posts at risk (FTE)</th><th>Courses proposed for closure</th></tr>
</thead>
<tbody>
<tr><td>School of Modern Languages</td><td>38</td><td>5</td></tr>
<tr><td>School of Music and Performing Arts</td><td>31</td><td>3</td></tr>
<tr><td>School of Chemistry</td><td>27</td><td>2</td></tr>
<tr><td>School of Education</td><td>24</td><td>1</td></tr>
<tr><td>School of History and Philosophy</td><td>42</td><td>3</td></tr>
<tr><td>Professional services</td><td>50</td><td>0</td></tr>
<tr><td><strong>Total</strong></td><td><strong>212</strong></td><td><strong>14</strong></td></tr>
</tbody>
</table>

<p>Courses proposed for closure include the BA in German and Italian, the BA in Music Technology, the MChem in Chemistry with Industrial Placement and the MA in Philosophy of Mind. No new students would be admitted to these courses from September 2026. Students already enrolled would be taught to the end of their course, the university said.</p>

<h2>Consultation and voluntary severance</h2>

<p>The collective consultation with recognised trade unions runs for 45 days and closes on Friday 18 April 2025. A voluntary severance scheme opens today and closes on Friday 28 March 2025. Staff who leave under the scheme will receive their statutory redundancy pay plus an enhancement of up to six months' salary.</p>

<p>The university said it hoped that voluntary departures would reduce the number of compulsory redundancies "to as few as possible", but could not rule them out. A final decision is expected at a meeting of the University Council on Wednesday 14 May 2025.</p>

<h2>Statement from the Vice-Chancellor</h2>

<p>Professor Helen Marchetti, Vice-Chancellor, said: "These are proposals that no vice-chancellor wants to bring forward. But the financial position of the sector has changed, and we must change with it. If we act now, we can protect the university's long-term future and continue to serve Wensford for another hundred years."</p>

<p>She added: "I want to be clear that we will listen carefully to every response to this consultation, from staff, from students and from our partners in the city."</p>

<p>David Okafor, Chief Operating Officer, said: "Our reserves are not a bottomless pit. We have already cut non-pay spending by &pound;3.5 million this year, and we cannot close a gap of this size through efficiencies alone."</p>

<h2>Support for staff and students</h2>

<p>Staff can contact the HR Consultation Team at consultation@wensford.ac.uk. An open Q&amp;A session for staff with the Vice-Chancellor and the Chief Operating Officer will take place on Monday 10 March 2025 at 1pm in the Lindqvist Lecture Theatre. Students with questions should contact the Academic Registrar, Mrs Janet Coulson.</p>

<p>The University of Wensford employs around 3,900 staff and teaches 21,500 students.</p>

<footer>
<p>Media enquiries: Press Office, University of Wensford, press@wensford.ac.uk</p>
</footer>
</article>
</body>
</html>
`;

/** A council scrutiny report on a school bus contract's collapse (h421): routes, pupils and the days they were restored. */
export const SCHOOL_BUS_REPORT = `# Westmere County Council
## Children and Young People Scrutiny Committee

**Meeting date:** Tuesday 23 September 2025, 10:00, Council Chamber, County Hall, Westmere
**Report title:** Collapse of the Home-to-School Transport Contract (Lot 3, North and East Westmere)
**Report author:** Daniel Pryce, Head of Passenger Transport
**Cabinet member:** Councillor Martin Hale, Cabinet Member for Education and Skills
**Committee chair:** Councillor Janet Okafor
**Report date:** Tuesday 16 September 2025
**Status:** Public

---

### 1. Purpose of the report

1.1 This report informs the committee of the sudden termination of the home-to-school transport contract for Lot 3 by Corvale Travel Ltd, sets out the emergency measures taken by officers, and explains the steps now being taken to re-tender the routes.

1.2 The committee is asked to note the report and to comment on the proposed recovery plan.

### 2. Background

2.1 Corvale Travel Ltd, a Millbrook-based coach operator, was awarded the Lot 3 contract in July 2023 following an open tender. The contract began in September 2023 and was due to run for four years, until July 2027.

2.2 The contract was worth £3.2 million a year and covered 14 routes serving seven schools in the north and east of the county. In total, 1,140 pupils were entitled to travel on these routes.

2.3 The contract included an annual price review allowing indexation of up to 5%. In April 2025 the council applied an increase of 4.1%, in line with the agreed formula.

2.4 On Monday 12 May 2025 Corvale wrote to the council requesting an additional price uplift of 18% across all Lot 3 routes, citing increases in fuel, wages and insurance costs. Officers assessed the request and concluded that it fell outside the terms of the contract. The council rejected the request in writing on Monday 14 July 2025.

### 3. Termination

3.1 At 4.40pm on Thursday 28 August 2025, Corvale notified the council by email that it would cease operating all Lot 3 routes with effect from Monday 1 September 2025.

3.2 Under clause 19 of the contract, either party may terminate only on 90 days' written notice. Corvale gave four days' notice, and six days' notice before the start of the autumn term on Wednesday 3 September 2025.

3.3 Officers informed head teachers of all seven affected schools by email on the evening of Friday 29 August 2025. Letters to parents were issued on Saturday 30 August 2025.

3.4 Councillor Martin Hale said: "Corvale gave us six days' notice before the start of term, and that is simply unacceptable."

### 4. Emergency response

4.1 Officers contacted 11 operators on the council's approved framework. By Friday 5 September, replacement services had been secured on seven routes, and by Monday 8 September a further two routes were restored using the council's own fleet.

4.2 As of the date of this report, nine of the 14 routes have been restored, covering 728 pupils. Five routes, serving 412 pupils, remain without a contracted service.

4.3 The table below sets out the position on each route.

| Route | School | Pupils | Status | Restored on | Replacement provider |
|-------|--------|-------:|--------|-------------|----------------------|
| R01 | Ashcombe High School | 96 | Restored | Thu 4 Sept | Linden Coaches |
| R02 | Ashcombe High School | 84 | Not restored | – | – |
| R03 | Ashcombe High School | 56 | Restored | Mon 8 Sept | Council fleet |
| R04 | St Bede's Catholic College | 102 | Restored | Thu 4 Sept | Linden Coaches |
| R05 | St Bede's Catholic College | 78 | Not restored | – | – |
| R06 | Millbrook Academy | 110 | Restored | Fri 5 Sept | Taxi framework |
| R07 | Millbrook Academy | 64 | Restored | Mon 8 Sept | Council fleet |
| R08 | Kettleby School | 88 | Not restored | – | – |
| R09 | Orton Vale School | 42 | Restored | Wed 3 Sept | Taxi framework |
| R10 | Orton Vale School | 38 | Restored | Wed 3 Sept | Taxi framework |
| R11 | Hinsford Community College | 120 | Restored | Fri 5 Sept | Linden Coaches |
| R12 | Hinsford Community College | 92 | Not restored | – | – |
| R13 | Hinsford Community College | 100 | Restored | Fri 5 Sept | Linden Coaches |
| R14 | Fellside Primary School | 70 | Not restored | – | – |
| **Total** | | **1,140** | | | |

4.4 Orton Vale School is a special school and its two routes were prioritised. Both were restored by taxi on the first day of term.

4.5 Families on routes that have not been restored have been offered a mileage allowance of 45p per mile for driving their children to school. By Monday 15 September, 187 families had registered for the allowance.

4.6 Daniel Pryce, Head of Passenger Transport, said: "Our priority is to get every child back on a bus, and we will not stop until that is done."

### 5. Financial implications

5.1 The emergency arrangements are costing approximately £46,500 a week more than the Corvale contract. If they continued for the remainder of the 39-week school year, the additional cost would be around £1.8 million.

5.2 The contract required Corvale to lodge a performance bond of £250,000. The council has written to Corvale to say it intends to call in the bond and to seek recovery of its additional costs.

5.3 The Director of Finance, Rebecca Osei, has advised that the additional costs can be met from the corporate contingency reserve in 2025/26, but that this would reduce the reserve by about 40%.

### 6. Re-tendering

6.1 A new procurement for the Lot 3 routes will open on Monday 29 September 2025. The council intends to award new contracts by Friday 31 October 2025, with services starting on Monday 3 November 2025, after the October half-term.

6.2 Lot 3 will be split into three smaller lots to reduce the council's reliance on a single operator.

### 7. Recommendations

7.1 That the committee notes the report.

7.2 That the committee asks the Cabinet to commission an independent review of contract monitoring in passenger transport, to report by March 2026.

7.3 That officers provide a written update to the committee's next meeting on Tuesday 11 November 2025.
`;

/** A borough council cabinet report on moving its outdoor market (h428): pitches, footfall, fees and the consultation. */
export const MARKET_RELOCATION_REPORT = `# Kestleford Borough Council — Cabinet Report

**Meeting:** Cabinet, Wednesday 12 June 2024, 6.30pm, Council Chamber, Kestleford Town Hall
**Report title:** Relocation of Kestleford Outdoor Market from Corn Square to Mill Lane
**Report author:** Darren Pike, Markets and Town Centre Manager
**Lead member:** Councillor Anita Rowe, Cabinet Member for Economy and Regeneration
**Key decision:** Yes
**Wards affected:** Abbey; Castle

## 1. Purpose of report

1.1 This report asks Cabinet to approve the relocation of Kestleford Outdoor Market from its current home in Corn Square to the former bus depot site on Mill Lane, to allow the Corn Square redevelopment to proceed.

1.2 The market has traded in Corn Square since 1873. It currently operates on three days a week: Tuesday, Friday and Saturday.

## 2. Recommendations

Cabinet is recommended to:

(a) approve the relocation of the outdoor market to the Mill Lane site, with the first trading day at the new site on Monday 2 September 2024 (a preview day), and normal trading from Tuesday 3 September 2024;

(b) approve a capital budget of £1.35 million for the works at Mill Lane, funded by £900,000 from the Town Centre Fund and £450,000 of prudential borrowing;

(c) approve a revised standard daily pitch fee of £32, up from £28, with a 50% discount on all pitch fees for the first 12 weeks of trading at Mill Lane;

(d) delegate to the Director of Place, Helen Carrow, in consultation with the Cabinet Member for Economy and Regeneration, authority to agree the final layout of the site.

## 3. Background

3.1 Corn Square forms the central part of the Corn Square Quarter scheme being delivered by Corvane Developments in partnership with the council. The £14.2 million scheme will provide 86 homes, eight ground-floor commercial units and a new public square. Construction is due to begin in October 2024 and take approximately 26 months.

3.2 The Mill Lane site is a council-owned former bus depot, closed by Northway Buses in 2019. It lies approximately 400 metres south-east of Corn Square and has 120 public parking spaces alongside. The proposed works include resurfacing, a 1,100 square metre canopy over the central aisle, new lighting, toilets, and power and water points to every pitch.

3.3 The market has been in decline for several years. Average Saturday footfall has fallen from 9,400 in 2019 to 6,100 in 2023, a fall of 35%. Occupancy has also fallen: of 64 pitches in Corn Square, 51 are currently let.

## 4. Current and proposed stalls and rents

4.1 The Mill Lane layout provides 58 pitches, six fewer than Corn Square, but more than the 51 currently let. Every pitch at Mill Lane will have its own power supply; at present only 22 pitches in Corn Square have power.

| Stall category | Pitches let (Corn Square) | Pitches planned (Mill Lane) | Current daily fee | Proposed daily fee |
|---|---|---|---|---|
| Fresh food (fruit and veg, butchers, fish) | 14 | 16 | £28 | £32 |
| Hot food and street food | 9 | 12 | £35 | £40 |
| Clothing and textiles | 11 | 11 | £28 | £32 |
| Household and hardware | 8 | 8 | £28 | £32 |
| Crafts and gifts | 9 | 11 | £22 | £25 |
| **Total** | **51** | **58** | | |

4.2 The proposed fee increase for a standard pitch is 14%. Officers note that the standard fee has not changed since April 2018 and remains below the fee at the nearby Bramhurst market (£36).

## 5. Footfall

5.1 Footfall is measured by automatic counters at the two Corn Square entrances. Figures below are average daily counts.

| Trading day | 2019 | 2023 | Change |
|---|---|---|---|
| Tuesday | 4,200 | 3,050 | -27% |
| Friday | 5,800 | 3,900 | -33% |
| Saturday | 9,400 | 6,100 | -35% |

5.2 Officers forecast that footfall at Mill Lane will be 10% lower than at Corn Square in the first year, recovering to current levels by the end of the second year once signage and the canopy are established.

## 6. Consultation

6.1 A public consultation ran for six weeks, from Monday 8 April to Sunday 19 May 2024. It received 1,146 responses. Of these, 58% opposed the relocation, 31% supported it and 11% expressed no view.

6.2 The Kestleford Market Traders' Association submitted a formal response opposing the move, citing the rent increase, the distance from the main shopping streets and the loss of passing trade.

6.3 The Kestleford Chamber of Commerce supported the move. Its chief executive, Priya Nandra, wrote: "A covered, properly serviced market at Mill Lane gives traders a fighting chance. Standing still in Corn Square is not an option."

6.4 Officers met the traders' association on four occasions between February and May 2024.

## 7. Comments of the Cabinet Member

Councillor Anita Rowe said: "Nobody takes moving a 150-year-old market lightly. But the market we have today is shrinking, and the traders deserve a site with shelter, power and parking. This is about giving the market a future, not ending its past."

## 8. Financial implications

8.1 The capital cost of £1.35 million will be met from the Town Centre Fund (£900,000) and borrowing (£450,000). Annual borrowing costs are estimated at £31,000 over 25 years.

8.2 The 12-week discount is estimated to cost £48,000 in lost fee income. Market income for 2023/24 was £412,000.

## 9. Risks

9.1 The principal risk is loss of traders. If more than ten traders leave within the first six months, officers will bring a further report to Cabinet.

## 10. Decision (added after the meeting)

Cabinet approved recommendations (a) to (d) on Wednesday 12 June 2024. Councillor Rowe moved an amendment, agreed by Cabinet, extending the pitch-fee discount from 12 weeks to 16 weeks. Cabinet also agreed that the Mill Lane market will stay at the site for at least five years.
`;

/** An NHS trust statement on its maternity investment (h418): midwives, consultants and the money. */
export const MATERNITY_INVESTMENT_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Statement: NCSA inspection of maternity services at St Aldhelm's Hospital</title>
</head>
<body>
<header>
<p>Kelmouth and Wessex Hospitals NHS Foundation Trust</p>
<p>News release — for immediate use</p>
<p>Wednesday 10 July 2024</p>
</header>
<main>
<h1>Trust responds to maternity inspection report</h1>

<p>Kelmouth and Wessex Hospitals NHS Foundation Trust has today accepted in full the findings of the National Care Standards Authority (NCSA) following its inspection of maternity services at St Aldhelm's Hospital in May.</p>

<p>The trust's Chief Executive, Priya Raman, said: "I want to apologise unreservedly to every woman and family who did not receive the standard of care they should expect from us. The report makes difficult reading, and we accept every one of its findings. Our midwives and doctors have been working under enormous pressure, and we did not do enough, quickly enough, to support them."</p>

<p>The trust's board met in an extraordinary session on Monday 8 July 2024 and approved an additional investment of £3.2 million over the next two years for maternity services. The money will fund the recruitment of 30 additional midwives, 12 of whom will be recruited from overseas, as well as two additional consultant obstetricians and a dedicated triage team.</p>

<p>Medical Director Dr Alistair Beck said: "We have already made changes since the inspectors visited. Every woman arriving at triage is now seen by a midwife within 15 minutes, and we are checking that every single day. We know we have to earn back the trust of our community."</p>

<h2>Improvement actions</h2>

<table>
<thead>
<tr><th>Action</th><th>Lead</th><th>Target date</th></tr>
</thead>
<tbody>
<tr><td>Dedicated triage midwife on every shift, 24 hours a day</td><td>Director of Midwifery</td><td>Completed 3 June 2024</td></tr>
<tr><td>Fetal monitoring (CTG) training compliance to reach 90%</td><td>Head of Midwifery Education</td><td>31 August 2024</td></tr>
<tr><td>Recruit 30 additional midwives (18 UK, 12 international)</td><td>Director of Midwifery</td><td>31 March 2025</td></tr>
<tr><td>Review and update all out-of-date clinical guidelines</td><td>Medical Director</td><td>30 September 2024</td></tr>
<tr><td>Weekly maternity safety report to the board</td><td>Chief Executive</td><td>From 15 July 2024</td></tr>
</tbody>
</table>

<p>The trust said that the midwifery vacancy rate had already fallen from 18% at the time of the inspection to 14% in June, after 17 newly qualified midwives joined the unit in the spring.</p>

<p>Director of Midwifery Joanne Pickford will hold an open listening event for women and families at the Kelmouth Community Hall on Saturday 20 July 2024, from 10am to 1pm. The trust is also working with Healthwatch Kelmouth, whose chair, Denise Morrow, has agreed to sit on a new Maternity Voices oversight group.</p>

<p>Denise Morrow said: "Families have been telling us for more than a year that something was wrong. We welcome the trust's apology, but what matters now is whether things change on the ward."</p>

<p>The maternity unit remains open and women booked to give birth at St Aldhelm's should continue to attend their appointments as normal.</p>

<p>Ends.</p>

<p>Notes to editors: St Aldhelm's Hospital is the trust's main acute site. The trust employs around 7,400 staff across three hospitals and serves a population of about 620,000 people.</p>
</main>
</body>
</html>
`;

/** A planning officer's report on a stadium extension (h323): heights, capacity and the harm to a listed church. */
export const STADIUM_PLANNING_REPORT = `# Kingsmoor City Council — Planning Committee

## Report of the Principal Planning Officer

**Application reference:** 25/00417/FUL
**Site:** Fenwick Road Stadium, Fenwick Road, Kingsmoor
**Applicant:** Kingsmoor Rovers Football Club Ltd
**Proposal:** Demolition and rebuilding of the North Stand and East Stand to increase stadium capacity to 42,300, with associated landscaping, transport and access works
**Report author:** Priya Nandakumar, Principal Planning Officer
**Report date:** Thursday 27 March 2025
**Committee date:** Wednesday 9 April 2025

## 1. Recommendation

Approve, subject to the conditions set out in section 7 and the completion of a Section 106 legal agreement.

## 2. Summary

The application seeks to increase the capacity of Fenwick Road by 10,850 seats. The officer considers that the economic and community benefits of the scheme outweigh the harm identified, which relates mainly to matchday traffic and to the setting of the Grade II listed St Anselm's Church on Cullen Street.

Ms Nandakumar writes: "On balance, the benefits to the city are substantial and the harms can be reduced to an acceptable level through conditions and the Section 106 agreement."

## 3. Consultation responses

The council received 1,236 representations during the 21-day consultation period, which closed on Friday 21 March 2025.

| Response type | Number |
|---------------|--------|
| Support       | 874    |
| Object        | 329    |
| Neutral       | 33     |
| **Total**     | **1,236** |

The main grounds of objection were matchday traffic and parking on residential streets, noise, and the height of the new East Stand. The Kingsmoor Rovers Supporters' Trust submitted a representation in support of the application, subject to the club publishing a ticket pricing policy for the 2027-28 season.

The Fenwick Residents' Association objected. Its chair, Colin Ashworth, wrote: "Residents already lose their streets twenty-five times a year. Another eleven thousand fans will make that far worse unless the club pays for proper transport."

Westmarch County Council, as the local highway authority, raised no objection subject to conditions and a transport contribution.

## 4. Heritage

The rebuilt East Stand roof would rise from 21 metres to 34 metres. The council's conservation officer, Mark Tolley, considers that this would cause "less than substantial harm" to the setting of St Anselm's Church. Mr Tolley said the revised cladding, in a darker brick-red finish, "softens the bulk of the stand when seen from the churchyard". The officer gives this harm considerable weight but concludes that it is outweighed by the public benefits.

## 5. Transport

At present 44 per cent of supporters arrive at Fenwick Road by public transport, on foot or by bicycle. The applicant's travel plan sets a target of 60 per cent by 2030.

The club would make a Section 106 transport contribution of £2.1 million, of which £850,000 would fund extra matchday shuttle buses from Kingsmoor Parkway station for five seasons. The remainder would pay for a residents' parking scheme and improved pedestrian crossings on Fenwick Road and Cullen Street.

## 6. Economic benefits

The applicant estimates 450 construction jobs and 120 permanent matchday roles. The council's economic development team estimates that the expanded stadium would add about £11 million a year to the local economy.

## 7. Principal conditions

| No. | Condition |
|-----|-----------|
| 1 | Construction hours limited to 8am–6pm Monday to Friday and 8am–1pm on Saturdays; no construction on matchdays or on Sundays |
| 2 | Construction traffic management plan to be approved before work begins |
| 3 | Cladding materials for the East Stand to be approved by the council |
| 4 | Travel plan to be monitored annually, with results reported to the council |
| 5 | No increase in capacity above 31,450 to be used until the residents' parking scheme is in force |

## 8. Conclusion

The officer recommends that the committee grants planning permission. If the committee approves the application on 9 April, the club expects to begin work as planned in June 2025.
`;

/** An ambulance trust's media briefing transcript on a marathon's casualties (h300): calls, conveyances and response times. */
export const MARATHON_AMBULANCE_BRIEFING = `NORTHFOLD AMBULANCE SERVICE NHS TRUST
MEDIA BRIEFING - TRANSCRIPT

Subject: Ambulance response to the Kelsbrook Marathon, Sunday 9 June 2024
Date: Tuesday 11 June 2024, 10:30am
Location: Northfold Ambulance Service headquarters, Carrow Road, Kelsbrook

Present:
  Simon Thackeray, Director of Operations, Northfold Ambulance Service
  Dr Priya Venkatesh, Consultant in Emergency Medicine, St Aldric's Hospital
  Lauren Fitch, Head of Communications, Northfold Ambulance Service (chair)
  Reporters from the Kelsbrook Courier, BBC Northfold and Radio Kelsbrook

---

FITCH: Good morning, everyone, and thank you for coming. Simon will give a short account of Sunday, then Dr Venkatesh will talk about the hospital side, and then we'll take questions. We have about half an hour.

THACKERAY: Thank you, Lauren. Under the event plan agreed with the Kelsbrook Marathon Trust, we had 14 ambulances and two rapid response cars on standby for the marathon. The trust paid us £21,000 for that standby cover, which is the normal arrangement for an event of this size. By late morning it was clear that the heat was going to be a serious problem. At 12:52 we declared a business continuity incident, and we brought in six more ambulances from Westmoor under mutual aid.

THACKERAY: Between 11am and 3pm we received 97 calls from along the route. Calls from the route were answered in an average of 11 minutes. The longest wait was 34 minutes, at mile 22, near Hollins Bridge. I'm not happy with that, and I've apologised to the runner concerned.

THACKERAY: There was a knock-on effect for the rest of the city. That afternoon, the average response time for category 2 calls elsewhere in Kelsbrook rose from 28 minutes to 41 minutes. Those are people having strokes, chest pains, serious breathing problems. That's the part that concerns me most.

VENKATESH: From the hospital side: St Aldric's received 51 of the 63 runners taken to hospital. The other 12 went to Westmoor General. Nine patients had core body temperatures above 40C when they were measured. Four were critical on arrival, and two of those were in intensive care on Sunday night. One was discharged from intensive care on Monday. Two runners remain with us this morning, both stable.

VENKATESH: I'd like to say something about who these patients were. Most of the people we saw were young, fit and well trained. Heat doesn't care how fit you are. Several told us they had trained through a cold spring and simply hadn't acclimatised.

FITCH: Let's take questions. Tom, from the Courier.

TOM ASHDOWN (Kelsbrook Courier): Mr Thackeray, did the ambulance service tell the organisers to stop the race?

THACKERAY: It's not our decision to stop a race. That sits with the organiser. What we did do was tell the trust's medical director, at 12:30, that our capacity was under strain and that we were close to our limit. The decision to close the course at 1:15 was theirs.

ASHDOWN: Do you think it should have been stopped sooner?

THACKERAY: I'm not going to second-guess that today. The review is the right place for it.

ELLIE NAPIER (BBC Northfold): What did Sunday cost the ambulance service?

THACKERAY: We estimate the extra cost of the day, including the mutual aid crews and overtime, at £37,500. Under the event agreement we will seek to recover that from the Kelsbrook Marathon Trust.

NAPIER: Will you provide cover for next year's race?

THACKERAY: We'll be part of the review, and we'll want to see the start time moved earlier before we sign up again.

ASIF RAHMAN (Radio Kelsbrook): Dr Venkatesh, is there any lasting damage for the patients in critical condition?

VENKATESH: It's too early to say. Severe heatstroke can affect the kidneys and the liver, and we'll be following those patients up for some weeks.

FITCH: Thank you all. We'll circulate the figures by email this afternoon.

[END OF TRANSCRIPT]
`;
