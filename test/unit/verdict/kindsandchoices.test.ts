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
import { PORTFOLIO_ANNOUNCEMENT, SCHOOL_BUS_REPORT, UNIVERSITY_JOB_CUTS } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

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

describe('the forty-second round: the drafts h416–h421 and older ones, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a faculty ranks among the faculties; a name\'s word and a round before are no swaps', async () => {
    const statement = judgeWith(await workspaceIndex({ 'sources/university_statement.html': UNIVERSITY_JOB_CUTS }));
    const arts = statement('The Faculty of Arts and Humanities faces the largest reduction, with 70 of its 520 posts to go.');
    assert.notEqual(arts.verdict, 'contradicted', why(arts));
    const social = statement('The Faculty of Social Sciences faces the largest reduction, with 55 of its 610 posts to go.');
    assert.ok(social.conflicts.some((c) => /Arts and Humanities.* as the largest \(/.test(c.source)), why(social));
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
    const report = judgeWith(await workspaceIndex({ 'sources/scrutiny_report.md': SCHOOL_BUS_REPORT }));
    const reduce = report('The council also plans to split Lot 3 into three smaller lots to reduce its reliance on a single operator.');
    assert.notEqual(reduce.verdict, 'contradicted', why(reduce));
    const increase = report('The council also plans to split Lot 3 into three smaller lots to increase its reliance on a single operator.');
    assert.equal(increase.verdict, 'contradicted', why(increase));
  });
});
