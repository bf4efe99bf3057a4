/**
 * The forty-second round, fourth part: the false alarms shown as errors in the drafts written against 4b929ca
 * (h416–h421: a lifeboat rescue, an unlicensed HMO, a maternity unit, a clean air zone, a cricket club, a school bus
 * contract) and four older ones (h279, h304, h313). A faculty ranks among the faculties; a word of a name the passage's
 * neighbours give; "the previous round" beside the sentence's own round; what would have been against a choice "rather
 * than" it; "the year before"; "patched" / "covered"; "the Chamber" of "the Bramford Chamber of Commerce"; the claim's
 * own direction word in a passage that says more of it. The fixtures are the helpers' sources, whole; the people,
 * bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

const UNIVERSITY_STATEMENT = `<!DOCTYPE html>
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

const PORTFOLIO_ANNOUNCEMENT = `<!DOCTYPE html>
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

const ARTS_FUNDING = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Westmarch Arts Council announces 2025–28 Regular Funding Round decisions</title>
</head>
<body>
<header>
<p>Westmarch Arts Council &middot; Press Office &middot; 14 Canal Street, Dunmere</p>
</header>
<article>
<h1>Westmarch Arts Council announces 2025–28 Regular Funding Round decisions</h1>
<p class="dateline">For immediate release &mdash; Tuesday 4 March 2025</p>

<p>Westmarch Arts Council (WAC) today confirmed the organisations that will receive regular funding for the three years beginning on 1 April 2025. The total annual budget for the round is £6.2 million, down 9% from £6.8 million in the current round, following a reduction in the council's own settlement from central government.</p>

<p>A total of 41 organisations will receive regular funding, compared with 47 in the 2022–25 round. Six organisations that currently hold regular funding will not receive it in the new round, and 19 organisations will see their grant reduced. Eleven organisations will receive an increase.</p>

<p>Robert Ainsley, Chief Executive of Westmarch Arts Council, said: "These have been the hardest decisions this council has ever had to take. We have had to make choices we would not have made in any other year, and we know they will be felt in communities across the region."</p>

<p>Priya Menon, Director of Grants at Westmarch Arts Council, said: "Every application was assessed against the same published criteria. Where we have reduced a grant, we have tried to give organisations a fair chance to adapt, but we cannot pretend the budget stretches as far as it did."</p>

<h2>Selected decisions</h2>
<p>The table below shows selected annual awards. Figures are annual grants; the change is measured against the 2024–25 award.</p>

<table border="1">
<thead>
<tr><th>Organisation</th><th>Location</th><th>2024–25 grant</th><th>2025–26 grant</th><th>Change</th></tr>
</thead>
<tbody>
<tr><td>Bramhope Symphony Orchestra</td><td>Bramhope</td><td>£380,000</td><td>£372,000</td><td>−2.1%</td></tr>
<tr><td>Larkmoor Playhouse</td><td>Bramhope</td><td>£412,000</td><td>£145,000</td><td>−64.8%</td></tr>
<tr><td>Fellside Dance Company</td><td>Dunmere</td><td>£210,000</td><td>£231,000</td><td>+10.0%</td></tr>
<tr><td>Greyhaven Gallery</td><td>Saltby</td><td>£165,000</td><td>£165,000</td><td>0.0%</td></tr>
<tr><td>Tollbridge Youth Theatre</td><td>Tollbridge</td><td>£88,000</td><td>£102,000</td><td>+15.9%</td></tr>
<tr><td>Northgate Literature Festival</td><td>Northgate</td><td>£74,000</td><td>£0</td><td>−100.0%</td></tr>
</tbody>
</table>

<h2>Assessment</h2>
<p>Applications were scored out of 100 against four criteria: artistic quality, public reach, financial resilience and community engagement. The panel set a threshold of 65 points for full funding. The Larkmoor Playhouse application scored 61 points and has been offered transitional funding of £145,000 for 2025–26 only, after which it may apply to the council's open project fund.</p>

<p>Organisations wishing to appeal a decision must do so in writing by 5pm on Thursday 20 March 2025. Appeals may be made only on the grounds that the published process was not followed.</p>

<h2>Notes to editors</h2>
<ul>
<li>Westmarch Arts Council is the development agency for the arts across the Westmarch region and distributes public funding to artists and cultural organisations.</li>
<li>The 2025–28 round received 63 eligible applications requesting a combined £8.9 million a year.</li>
<li>Media enquiries: press@westmarcharts.example, 01632 960 414.</li>
</ul>
</article>
</body>
</html>
`;

const LIFEBOAT_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Monday 17 November 2025
Location: Kellsmouth Lifeboat Station crew room, and by phone (Angove)
Interviewer: Sarah Menhinick, West Cornwall Tribune
Interviewees: Tamsin Pellow, Coxswain, Kellsmouth Lifeboat Station (Coastal Lifeboat Service)
              Jory Angove, skipper and owner, FV Morwenna Jane (PZ 188)
Recording length: 34 minutes

--- Part 1: Coxswain Tamsin Pellow (in person) ---

SARAH MENHINICK: Thanks for making time. Take me back to Friday night. When did your pager go off?

TAMSIN PELLOW: Just before quarter to ten. I was at home doing the washing up. We had the boat down the slipway at two minutes to ten, which is about sixteen minutes from the page, and that's good for a night like that.

SARAH MENHINICK: How bad was the weather?

TAMSIN PELLOW: It was blowing force 8, gusting 9, from the south-west, and the swell was five to six metres once we cleared the Lizard. It's the kind of night where you feel every wave in your knees. The passage out took us just under an hour.

SARAH MENHINICK: What did you find when you got there?

TAMSIN PELLOW: The Morwenna Jane was lying beam-on to the sea with her deck lights on, which helped a lot. Jory had two of his lads bailing by hand because the pumps had given up. There was a Belgian trawler, the Zeebries, standing off about half a mile away, keeping a light on them. Fair play to them.

SARAH MENHINICK: You put two of your crew aboard?

TAMSIN PELLOW: Yes, Ross, our mechanic, and Lowen. Getting them across was the most dangerous part of the whole night. We had to time it with the swell, and Lowen went across on the third attempt. Once the salvage pump was running, the water started coming down fast.

SARAH MENHINICK: And the injured fisherman?

TAMSIN PELLOW: Piotr had been thrown against the winch housing when the boat lurched and he'd cut his head badly. He was cold and a bit confused. Gareth, who does our casualty care, assessed him over the radio with Ross, and we asked for the helicopter to take him rather than bring him back on the lifeboat. It would have been four hours of being thrown about.

SARAH MENHINICK: The tow was long.

TAMSIN PELLOW: Four hours seventeen minutes, into Newlyn rather than back to Kellsmouth, because Newlyn has the facilities to lift her out. We couldn't go faster than about four and a half knots without risking the tow line parting.

SARAH MENHINICK: It was a first service for one of your crew, I hear.

TAMSIN PELLOW: Aisha Rahman, yes. She only passed out as crew in September. She was sick twice on the way out and never stopped working. I honestly don't think I could have asked more of anyone.

SARAH MENHINICK: Anything you want people to take away from this?

TAMSIN PELLOW: That we're all volunteers. Every one of us has a day job. I'm a primary school teacher. Ross runs a garage. And the boat only goes out because people in this town put money in tins.

--- Part 2: Skipper Jory Angove (by phone) ---

SARAH MENHINICK: Jory, how are you and the crew doing?

JORY ANGOVE: We're all right. Tired. Piotr's out of hospital, they let him go Sunday afternoon with six stitches in his head. He's staying with my sister for a few days.

SARAH MENHINICK: What happened on board?

JORY ANGOVE: We were hauling the last string when the engine alarm went. Then the engine stopped and we found water coming in down aft. It was a sea-water inlet, cracked right through. I've been fishing thirty-one years and I've never had water come in that fast.

SARAH MENHINICK: When did you decide to call a Mayday?

JORY ANGOVE: Straight away. My father always said you call early, you can always cancel. Within ten minutes of the alarm I was on Channel 16.

SARAH MENHINICK: How did it feel seeing the lifeboat arrive?

JORY ANGOVE: I don't mind telling you I cried. You see that orange hull coming over the top of a wave and you know you're going to be all right. Those people came out in that for us and they don't get a penny for it.

SARAH MENHINICK: What about the boat?

JORY ANGOVE: She's out of the water in Newlyn now. The surveyor reckons the repair and the new engine work will come to about £38,000. Insurance should cover most of it, but I'll lose at least three weeks of fishing, maybe a month, in the best part of the scallop season.

SARAH MENHINICK: Will you go back out?

JORY ANGOVE: Course I will. It's what I do. But I'm giving the station five hundred pounds from the first trip back, and I've told the lads they're doing the same.

SARAH MENHINICK: Thank you both.

[END OF RECORDING]
`;

const HMO_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Landlord fined £22,000 for running unlicensed shared house | Castlebridge Borough Council</title>
</head>
<body>
<header>
<p class="org">Castlebridge Borough Council &mdash; News and press releases</p>
<p class="date">Published: Friday 13 June 2025</p>
</header>
<article>
<h1>Landlord fined £22,000 for running unlicensed shared house in Eastgate</h1>

<p>A Castlebridge landlord has been ordered to pay a total of £27,840 after admitting running an unlicensed house in multiple occupation (HMO) in which eight tenants were living with blocked fire escapes and missing smoke alarms.</p>

<p>Raymond Thewlis, 58, director of Thewlis Lettings Ltd, was sentenced at Castlebridge Magistrates' Court on Thursday 12 June after pleading guilty to four offences relating to 27 Wellington Terrace, Eastgate.</p>

<p>He was fined £22,000 and ordered to pay £3,840 in council costs and a £2,000 victim surcharge.</p>

<p>Council officers and Castlebridge and Wyre Fire and Rescue Service inspected the property in January after a tenant contacted the council's private sector housing team. Officers found the rear fire escape blocked, a kitchen fire door wedged open and no working smoke alarms on the top floor.</p>

<p>Councillor Judith Farrant, cabinet member for housing and communities, said: "Most landlords in Castlebridge do the right thing, and they should not be undercut by people who cram tenants into unsafe homes. If you are running an HMO without a licence, we will find you and we will take you to court."</p>

<p>Simon Agbaje, the council's private sector housing manager, added: "The tenants at Wellington Terrace were paying good money to live in conditions that put their lives at risk. We would urge anyone living in a shared house to check whether it is licensed &ndash; it takes less than a minute on our public register."</p>

<h2>HMO licensing in Castlebridge</h2>

<p>The council currently has 214 licensed HMOs on its public register. It estimates that around 60 further properties in the borough may require a licence but have not applied, roughly 22% of the likely total.</p>

<p>The Wellington Terrace case is the council's fifth successful HMO prosecution in the 2024/25 financial year, up from two in 2023/24.</p>

<table>
<caption>Private sector housing enforcement, Castlebridge Borough Council</caption>
<thead>
<tr><th>Year</th><th>HMO inspections</th><th>Prosecutions</th><th>Civil penalties issued</th><th>Total fines and penalties</th></tr>
</thead>
<tbody>
<tr><td>2023/24</td><td>131</td><td>2</td><td>9</td><td>£68,500</td></tr>
<tr><td>2024/25</td><td>187</td><td>5</td><td>14</td><td>£141,250</td></tr>
</tbody>
</table>

<p>Inspections rose by 43% between the two years after the council recruited two additional enforcement officers in April 2024.</p>

<p>A mandatory HMO licence costs &pound;1,150 for five years. Tenants who have lived in an unlicensed HMO may be able to recover up to 12 months' rent through a rent repayment order. The council's private sector housing team can be contacted on 01632 960 418.</p>

<h2>Notes to editors</h2>
<ul>
<li>A mandatory HMO licence is required where five or more people forming two or more households share facilities such as a kitchen or bathroom.</li>
<li>Mr Thewlis submitted a licence application for 27 Wellington Terrace in February 2025. The application is still being assessed.</li>
<li>Media enquiries: communications team, Castlebridge Borough Council.</li>
</ul>
</article>
</body>
</html>
`;

const HMO_SENTENCING = `# Sentencing note — Castlebridge Magistrates' Court

**Case:** Castlebridge Borough Council v Raymond Thewlis
**Court:** Castlebridge Magistrates' Court, Courtroom 3
**Sentencing date:** Thursday 12 June 2025
**Bench:** District Judge Helen Marchbank
**Prosecution:** Priya Dhaliwal, senior litigation solicitor, Castlebridge Borough Council
**Defence:** Owen Leckie, counsel, instructed by Harcourt Fenn Solicitors
**Note prepared by:** court reporter's own notes, checked against the council's case summary

## Background

Raymond Thewlis, 58, of Larkspur Close, Castlebridge, is the sole director of Thewlis Lettings Ltd and the registered owner of 27 Wellington Terrace, a three-storey Victorian terraced house in the Eastgate ward of Castlebridge.

The court heard that the property was let as a house in multiple occupation (HMO) to eight unrelated tenants, forming eight separate households, across six bedrooms. Two of the bedrooms were shared by couples who were not related to the other occupants. Under the Housing Act 2004, a property occupied by five or more people forming two or more households must hold a mandatory HMO licence from the local housing authority. No licence application had ever been made for 27 Wellington Terrace.

Ms Dhaliwal told the court that council records and tenancy agreements showed the house had been operated as an HMO since at least August 2023, a period of about 17 months before the council's inspection. Each tenant paid £475 a month in rent, which the prosecution said gave Mr Thewlis a rental income of £3,800 a month from the property.

Council officers, led by senior environmental health officer Kerry Lomax, inspected the house on Tuesday 14 January 2025 after a complaint from a tenant. They were accompanied by Neil Drabble, a fire safety inspector from Castlebridge and Wyre Fire and Rescue Service.

Officers found:

- no working smoke alarms on the second floor, and the only detector on the first-floor landing had its battery removed;
- a fire door to the ground-floor kitchen wedged open and missing its self-closing device;
- the rear fire escape route blocked by stored mattresses and a broken washing machine;
- black mould across the ceiling of the shared bathroom and in two bedrooms;
- a broken window in the attic bedroom that had been covered with cardboard since November 2024.

Ms Dhaliwal said: "This was not an oversight. Mr Thewlis had been written to twice by the council about licensing and chose to carry on collecting rent from eight people while the house fell apart around them."

## Plea and mitigation

Mr Thewlis pleaded guilty to all four charges at his first appearance on Thursday 3 April 2025. Sentencing was adjourned for a pre-sentence financial statement.

Mr Leckie, for the defence, told the court that his client had "misunderstood the licensing threshold" and believed the house counted as a single household because several tenants had moved in together. He said Mr Thewlis had since submitted a licence application, on Monday 10 February 2025, and had spent £14,200 on a new fire alarm system, fire doors and mould treatment. Mr Leckie said his client was "genuinely remorseful" and had no previous convictions.

## Sentence

District Judge Marchbank said the offences were aggravated by the length of time the house had been unlicensed and by the fire risks, which she described as "a disaster waiting to happen". She gave Mr Thewlis full one-third credit for his early guilty plea.

She said: "Licensing is not red tape. It is the mechanism by which the public can be confident that a house shared by strangers will not kill them in a fire."

| No. | Offence | Legislation | Fine |
|-----|---------|-------------|------|
| 1 | Having control of / managing an unlicensed HMO | Housing Act 2004, s.72(1) | £12,000 |
| 2 | Failure to take fire safety measures | Management of HMOs (England) Regulations 2006, reg. 4 | £6,500 |
| 3 | Failure to maintain common parts, fixtures and fittings | Management of HMOs (England) Regulations 2006, reg. 7 | £2,000 |
| 4 | Failure to maintain living accommodation | Management of HMOs (England) Regulations 2006, reg. 8 | £1,500 |
| | **Total fines** | | **£22,000** |

In addition, Mr Thewlis was ordered to pay:

| Item | Amount |
|------|--------|
| Prosecution costs to Castlebridge Borough Council | £3,840 |
| Victim surcharge | £2,000 |
| **Total payable** | **£27,840** |

The judge said that, before the one-third discount for the guilty plea, the total fines would have been £33,000. Mr Thewlis was given 28 days to pay in full.

The judge also noted that the tenants may apply to the First-tier Tribunal (Property Chamber) for rent repayment orders covering up to 12 months' rent.
`;

const CHAMBER_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Press release: Businesses urge pause on Clean Air Zone expansion</title>
</head>
<body>
<header>
<p><strong>Bramford Chamber of Commerce</strong> — Press release</p>
<p>For immediate release: Thursday 7 March 2024</p>
</header>

<h1>Businesses urge council to pause Clean Air Zone expansion</h1>

<p>The Bramford Chamber of Commerce and the Bramford Independent Retailers' Association today called on Bramford City Council to delay any extension of the city's Clean Air Zone for at least six months, after a survey of members found that a year of charges had hit small firms hard.</p>

<p>The Chamber surveyed 214 member businesses between Monday 12 February and Friday 23 February 2024. Of these, 38% said footfall had fallen since the zone launched in March 2023, and 22% said the zone had added more than £5,000 to their annual costs.</p>

<table>
<caption>Chamber of Commerce member survey, February 2024 (214 responses)</caption>
<thead>
<tr><th>Question</th><th>Yes</th><th>No</th><th>Don't know</th></tr>
</thead>
<tbody>
<tr><td>Has footfall fallen since the CAZ launched?</td><td>38%</td><td>47%</td><td>15%</td></tr>
<tr><td>Has the CAZ added more than £5,000 to annual costs?</td><td>22%</td><td>69%</td><td>9%</td></tr>
<tr><td>Do you support extending the zone to the Eastway ring road?</td><td>17%</td><td>64%</td><td>19%</td></tr>
<tr><td>Have you applied for a Clean Air Fund grant?</td><td>29%</td><td>71%</td><td>0%</td></tr>
</tbody>
</table>

<p>Only 17% of respondents backed the proposed extension, while 64% opposed it.</p>

<p>Helen Marsh, chief executive of the Bramford Chamber of Commerce, said: "Nobody is against cleaner air, but the council is asking traders on the Hollins estate to find thousands of pounds while many are still recovering from the cost of living crisis. Pause the extension, finish spending the grant money, and then talk to us."</p>

<p>The two organisations are asking the council to:</p>
<ul>
<li>pause the proposed extension to the Eastway ring road for at least six months;</li>
<li>cut the daily charge for vans from £12.50 to £8;</li>
<li>extend the Clean Air Fund grant deadline beyond June 2024.</li>
</ul>

<p>Gareth Pugh, chair of the Bramford Independent Retailers' Association, which represents around 140 shops, said: "Our members on Castle Street have seen delivery costs go up every month since the charge came in. We welcome cleaner air, but not at the price of empty shop fronts."</p>

<p>The Chamber will present the survey findings to the council's Economy Scrutiny Committee on Tuesday 19 March 2024.</p>

<h2>Notes to editors</h2>
<ul>
<li>The Bramford Chamber of Commerce represents more than 1,100 businesses across the city and surrounding district.</li>
<li>The Clean Air Zone charges non-compliant buses, coaches, HGVs, taxis, private hire vehicles and vans. Private cars are not charged.</li>
<li>Media contact: Owen Reilly, communications manager, press@bramfordchamber.example</li>
</ul>
</body>
</html>
`;

const SCRUTINY_REPORT = `# Westmere County Council
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

describe('the forty-second round: the drafts h416–h421 and older ones, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a faculty ranks among the faculties; a name\'s word and a round before are no swaps', async () => {
    const statement = judgeWith(await workspaceIndex({ 'sources/university_statement.html': UNIVERSITY_STATEMENT }));
    const arts = statement('The Faculty of Arts and Humanities faces the largest reduction, with 70 of its 520 posts to go.');
    assert.notEqual(arts.verdict, 'contradicted', why(arts));
    const social = statement('The Faculty of Social Sciences faces the largest reduction, with 55 of its 610 posts to go.');
    assert.ok(social.conflicts.some((c) => c.claim === 'the largest' && /Arts and Humanities/.test(c.source)), why(social));
    const schools = judgeWith(await workspaceIndex({ 'sources/announcement.html': PORTFOLIO_ANNOUNCEMENT }));
    const history = schools('The School of History and Philosophy faces the largest academic cut, with 42 posts at risk.');
    assert.notEqual(history.verdict, 'contradicted', why(history));
    const languages = schools('The School of Modern Languages faces the largest academic cut, with 38 posts at risk.');
    assert.equal(languages.verdict, 'contradicted', why(languages));
    const funding = judgeWith(await workspaceIndex({ 'sources/wac_funding_announcement_2025.html': ARTS_FUNDING }));
    const budget = funding("The arts council's total annual budget for the new round is £6.2 million, down 9% from £6.8 million.");
    assert.notEqual(budget.verdict, 'contradicted', why(budget));
    const previous = funding('It will fund 41 organisations, compared with 47 in the previous round.');
    assert.notEqual(previous.verdict, 'contradicted', why(previous));
  });

  test('what would have been, against a choice "rather than" it; "the year before" orders nothing', async () => {
    const rescue = judgeWith(await workspaceIndex({ 'sources/interview_transcript_2025-11-17.txt': LIFEBOAT_INTERVIEW }))('Bringing him back on the lifeboat would have meant "four hours of being thrown about", the coxswain said.');
    assert.notEqual(rescue.verdict, 'contradicted', why(rescue));
    const council = judgeWith(await workspaceIndex({ 'sources/press_release.html': HMO_RELEASE }));
    const before = council("The case was the council's fifth successful HMO prosecution in 2024/25, compared with two the year before.");
    assert.notEqual(before.verdict, 'contradicted', why(before));
    const note = judgeWith(await workspaceIndex({ 'sources/sentencing_note.md': HMO_SENTENCING }))('A broken window in the attic bedroom had been patched with cardboard since November 2024.');
    assert.notEqual(note.verdict, 'contradicted', why(note));
  });

  test('"the Chamber" of "the Bramford Chamber of Commerce"; the claim\'s own direction word in a passage that says more', async () => {
    const chamber = judgeWith(await workspaceIndex({ 'sources/chamber_press_release.html': CHAMBER_RELEASE }));
    const quote = 'said: "Nobody is against cleaner air, but the council is asking traders on the Hollins estate to find thousands of pounds while many are still recovering from the cost of living crisis."';
    const marsh = chamber(`Helen Marsh, chief executive of the Chamber, ${quote}`);
    assert.notEqual(marsh.verdict, 'contradicted', why(marsh));
    const council = chamber(`Helen Marsh, chief executive of the Council, ${quote}`);
    assert.equal(council.verdict, 'contradicted', why(council));
    const report = judgeWith(await workspaceIndex({ 'sources/scrutiny_report.md': SCRUTINY_REPORT }));
    const reduce = report('The council also plans to split Lot 3 into three smaller lots to reduce its reliance on a single operator.');
    assert.notEqual(reduce.verdict, 'contradicted', why(reduce));
    const increase = report('The council also plans to split Lot 3 into three smaller lots to increase its reliance on a single operator.');
    assert.equal(increase.verdict, 'contradicted', why(increase));
  });
});
