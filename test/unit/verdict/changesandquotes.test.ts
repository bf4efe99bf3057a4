/**
 * The forty-fifth round, fourth part: faithful sentences of the fourth batch (h530–h535, written against 465a891)
 * flagged as errors. A change "up from" a figure is set against the claim's figure nearest it in size ("612 school
 * groups visited the trust's two sites …, up from 540"); "the old price" after a change to come is "the current
 * price" before it; a denial the claim makes itself ("had not been adopted" / "isn't adopted") is no contradiction;
 * a quote's figure in digits for the words a transcript gives ("£41,000" / "forty-one thousand pounds") is the same
 * quote. And a figure with two digits swapped across a comma or a point ("£214,000" / "£241,000") is found as a
 * slip. The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MARKET_MINUTES, MARKET_RELEASE } from './helperSources45';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, judgeWith, why, workspaceIndex } from './sources';

/** h532: sources/press_release.html, whole. */
const MUSEUM_RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Record year for Castlebrook Museum and Art Gallery — Castlebrook Museums Trust</title>
</head>
<body>
<header>
<p><strong>Castlebrook Museums Trust — Press release</strong></p>
<p>For immediate release: Tuesday 13 May 2025</p>
</header>

<article>
<h1>Record year for Castlebrook Museum and Art Gallery as visits top 418,000</h1>
<h2>Admission prices to rise from Monday 2 June, with new £1 Culture Pass for people on low incomes</h2>

<p>Castlebrook Museum and Art Gallery has had the busiest year in its history, with 418,240 visits in the twelve months to 31 March 2025, Castlebrook Museums Trust announced today.</p>

<p>The figure is 17.2% higher than the 356,904 visits recorded in 2023/24 and beats the previous record of 372,615, set in 2019/20.</p>

<p>The trust said the rise was driven mainly by its blockbuster exhibition <em>Iron and Steam: The Castlebrook Railway Works 1850–1965</em>, which drew 96,480 visitors between July 2024 and January 2025, and by growing numbers of school visits. A total of 612 school groups visited the trust's two sites during the year, up from 540.</p>

<p>Dr Helen Marwood, director of Castlebrook Museums Trust, said: "Our visitors have voted with their feet. More people came through our doors last year than in any year since the museum opened in 1899, and we want to thank every one of them."</p>

<h3>New admission prices</h3>

<p>The trust also confirmed that admission charges at Castlebrook Museum and Art Gallery will rise from Monday 2 June 2025, the first increase since April 2022. The standard adult ticket will go up from £8.50 to £10.00 and a family ticket from £22.00 to £25.00.</p>

<ul>
<li>Adult: £10.00 (currently £8.50)</li>
<li>Concession: £7.50 (currently £6.50)</li>
<li>Child aged 5 to 15: £4.50 (currently £4.00)</li>
<li>Family: £25.00 (currently £22.00)</li>
<li>Adult annual pass: £36.00 (currently £30.00)</li>
<li>Under-fives: free</li>
</ul>

<p>Dr Marwood said: "No one likes putting prices up, and we have held ours for more than three years. But our energy bill has gone up by more than £150,000 in a single year and our council grant has been cut by £150,000. Standing still was not an option."</p>

<p>Annual passes bought on or before Sunday 1 June 2025 will be sold at the current price of £30.00.</p>

<p>From Monday 2 June, a new Culture Pass will allow people receiving Universal Credit or Pension Credit to visit for £1.00. Free entry for Northdale residents on the first Sunday of every month will continue, as will free entry for carers accompanying disabled visitors. Prices at the trust's Hollin Mill Museum in Ashby Bridge are not changing.</p>

<p>Councillor Sandra Bellwood, Northdale Borough Council's cabinet member for culture and leisure, said: "The council remains the museum's biggest single public funder and we are proud of that. Difficult decisions about our budget have been forced on us by a decade of cuts from Westminster, but I am pleased that the trust has protected free entry for under-fives and kept the free first Sunday for Northdale residents."</p>

<p>The council's grant to the trust was £1,090,000 in 2024/25, down from £1,240,000 the previous year.</p>

<h3>Notes to editors</h3>
<ol>
<li>Castlebrook Museums Trust is a registered charity. It runs Castlebrook Museum and Art Gallery, Market Street, Castlebrook, and Hollin Mill Museum, Ashby Bridge, on behalf of Northdale Borough Council.</li>
<li>The trust's Annual Report and Accounts 2024/25 was approved by the board of trustees on Tuesday 29 April 2025.</li>
<li>The busiest day of the year was Saturday 24 August 2024, with 4,812 visits.</li>
<li><em>A Stitch in Time: Quilts of the Dales</em> is open until Sunday 31 August 2025.</li>
<li>Media enquiries: Priya Lanchester, communications manager, Castlebrook Museums Trust, 01632 960 418.</li>
</ol>
</article>
</body>
</html>
`;

/** h535: sources/residents_meeting_transcript.txt, whole. */
const DRAINAGE_MEETING = `KESTREL FIELDS RESIDENTS' ASSOCIATION
Special general meeting on drainage and flooding
Thursday 13 February 2025, 7.00pm
St Aidan's Church Hall, Harwick St Mary

Transcript prepared by Ian Fairclough, secretary, from the audio recording. Lightly edited for length.

Present: 87 residents (attendance sheet); Sandra Whitlock (chair, KFRA); Ian Fairclough (secretary, KFRA); Dr Priya Raman (principal hydrologist, Thornhill Hydrology Ltd); Cllr Tom Baines (Wealdon District Council, member for Harwick North); Hannah Okafor (resident liaison manager, Brackenridge Homes).

---

SANDRA WHITLOCK: Good evening, everyone, and thank you for coming out on a cold night. We've got a full hall, which tells you how strongly people feel. We'll hear first from Dr Raman on the survey, then from Councillor Baines, then Ms Okafor has agreed to take questions for Brackenridge. Dr Raman.

DR PRIYA RAMAN: Thank you. I'll keep this short because you've all had the summary. The headline is that the system is not doing what the approved design says it should. The most important thing we found was cement grout in the flow control chamber, which cut the outflow from the basin to about a third of what it should be. When the basin can't empty, water backs up the pipes and comes out of the gullies and manholes on the lowest streets, which are Plover Close and the bottom of Curlew Way. I understand the grout was cleared on the third of February, and that is the right first step. But the basin has also lost almost a third of its storage to silt, and the soakaways on those two streets are sitting in clay. Clearing the chamber alone will not fix this.

SANDRA WHITLOCK: Brackenridge says your soakaway tests were done in wet ground. Is that fair?

DR PRIYA RAMAN: It's a fair question and I'd expect them to ask it. Ground conditions do affect results. But we were measuring rates at least fourteen times slower than the design assumed. Drier weather in April won't close a gap that size. This is clay; it was clay when the site was designed.

ELLIE MARSH (Plover Close): Can I say something? On the nineteenth of September we had water ten centimetres deep across the ground floor. We've been living upstairs and in a caravan on the drive since. The loss adjuster put the damage at eleven thousand two hundred pounds. Our home insurance renewal has gone from four hundred and twelve pounds to one thousand and eighty-six. And Brackenridge is offering fifteen hundred pounds. I'm sorry, but that doesn't touch the sides.

[applause]

DEREK OSEI (Curlew Way): My garden has flooded three times — September, November and again on the thirtieth of December, when it hardly rained at all. Eighteen millimetres. That's not a once-in-eighty-years storm, that's a wet Monday.

SANDRA WHITLOCK: Councillor Baines.

CLLR TOM BAINES: Thank you, Sandra. I want to be clear about what the council can and can't do. The drainage isn't adopted, so it's not Wendle Water's yet, and it's not the council's. It's Brackenridge's. What the council does own is the planning permission. Condition 14 required the surface water drainage to be built in accordance with the approved strategy. I have asked the head of planning, Rachel Anstey, to investigate whether that condition has been breached, and she has confirmed to me in writing that an enforcement officer will visit the site before the end of February. I've also asked the county council's flood risk team to log all three events.

IAN FAIRCLOUGH: Councillor, when was condition 14 signed off?

CLLR TOM BAINES: It was discharged in October 2022, on the basis of the developer's design drawings. Nobody from the council inspected what went in the ground, and frankly that's something we need to look at.

SANDRA WHITLOCK: Ms Okafor, you've been very patient.

HANNAH OKAFOR: Thank you. I'm not going to stand here and pretend this hasn't been awful for people. The company has committed four hundred and fifty thousand pounds, and the basin work starts on the third of March. I'll be at the sales office every Wednesday, four till seven, and I'd rather people came and shouted at me there than felt nobody was listening.

DEREK OSEI: The survey says five hundred and ten thousand at the very least. Where's the rest coming from?

HANNAH OKAFOR: The four hundred and fifty thousand doesn't include the soakaway work, because no decision has been made on that until the retesting in April. If the soakaways have to be replaced, that will be on top.

ELLIE MARSH: And the fifteen hundred pounds — is that for the nine of us, or for everyone who flooded?

HANNAH OKAFOR: It's for households where water came inside the home. We've had eleven households come forward so far, which is more than the survey found, and all eleven will be paid.

SANDRA WHITLOCK: I'd like to put two motions to the meeting. First, that the association asks Wealdon District Council to take enforcement action under condition 14 if the works are not completed by the end of June. Second, that the association asks Brackenridge to commit in writing to funding the soakaway replacement if the April tests confirm Dr Raman's findings.

[Motion one: 81 for, 2 against, 4 abstentions. Carried.]
[Motion two: carried unanimously, 87 for.]

SANDRA WHITLOCK: Thank you. I'll write to both the council and Brackenridge tomorrow. Our next meeting will be on Thursday 27 February. Before we close: this is a new estate. People bought here because they thought they were buying somewhere safe to bring up their kids. We're not asking for anything more than what we were sold.

[Meeting closed 8.52pm]
`;

/** h533: sources/rally_speech.txt, whole. */
const RALLY_SPEECH = `TRANSCRIPT: CARE WORKERS' ALLIANCE RALLY, MARKET SQUARE, BRACKENRIDGE
Tuesday 11 March 2025, approximately 12.15pm
Recorded and transcribed by the Brackenridge branch of the Care Workers' Alliance (CWA)

Speakers:
LORRAINE CAPSTICK - Regional Organiser, Care Workers' Alliance (North Vale region)
BERNADETTE OKAFOR - Night care assistant, Hollins Lea Care Home
TOMASZ WIERZBICKI - Senior care assistant, Hollins Lea, and CWA branch secretary

[Crowd noise. Chanting: "Fair pay for care."]

TOMASZ WIERZBICKI: Thank you all for coming. We have been on the picket line at Hollins Lea since seven o'clock this morning, about forty of us, and we have walked here, three miles, to make sure the council hears us. I want to introduce Lorraine Capstick, our regional organiser.

LORRAINE CAPSTICK: Thank you, Tomasz. And thank you to every one of you who has lost a day's pay to stand here today.

Let me tell you what this dispute is about. A care assistant at Hollins Lea earns twelve pounds forty-five an hour. Twelve forty-five. For washing, feeding, lifting, comforting people at the end of their lives. The council says that is fair. We say it is not.

In January the council offered four point two per cent. Our members threw it out. Thirty-six out of thirty-nine voted to strike. That is not a few hotheads. That is ninety-two per cent of the people who keep that home running.

We are asking for fourteen pounds an hour for care assistants. And we are asking for the night rate to be put back where it was before the council cut it in October 2023.

Now the council will tell you it cannot afford it. Well, let me tell you what it can afford. Last year - 2023/24 - Brackenridge Borough Council spent four hundred and eighty-six thousand pounds on agency staff at Hollins Lea. Nearly half a million pounds. More than double the year before. And why? Because people are leaving. Because nearly a third of the staff walked out of the door last year.

And this week? This week they have found forty-one thousand pounds to bring in agency workers to cover for us. If they can find forty-one thousand pounds to break this strike, they can find the money to pay us properly.

[Applause]

I will say this to Councillor Fairbrother and to the council leader, Councillor Ashdown. Our door is open. We will talk any time, anywhere. But if there is no improved offer, our members will be back out for seventy-two hours from Monday the twenty-fourth of March.

TOMASZ WIERZBICKI: Now I want you to hear from somebody who has been doing this job longer than most of us. Bernadette.

BERNADETTE OKAFOR: Thank you. I'm not used to this. [Laughter]

I have worked nights at Hollins Lea for fourteen years. Fourteen years. I have held the hands of residents when they died at three in the morning, when their families could not get there in time.

When they cut the night rate, I lost nineteen hundred pounds a year. Nineteen hundred pounds. Nobody asked me. Nobody came to the home and sat down with the night staff. We got a letter.

Some nights there are four of us for forty-one residents, and two of those four are agency staff who have never been in the building before. They don't know who needs thickened fluids. They don't know who will try to get out of the fire door. That is not safe, and everybody in that building knows it is not safe.

We are not greedy. We are exhausted.

[Applause, chanting]

TOMASZ WIERZBICKI: Thank you, Bernadette. I just want to add one thing. None of us wanted to be here today. Nobody goes into care to go on strike. We left our residents this morning knowing they would be looked after by strangers, and that broke our hearts. But we cannot keep going like this. Fair pay for care!

[Crowd: "Fair pay for care!"]

[END OF TRANSCRIPT]
`;

/** h525: sources/agm_transcript_extract.txt, whole. */
const TURBINE_AGM = `BRACKMOOR COMMUNITY ENERGY CO-OPERATIVE LTD
ANNUAL GENERAL MEETING — TRANSCRIPT EXTRACT
Thursday 22 May 2025, 7.00pm, Ellerdyke Village Hall

Present: Gareth Pennock (chair), Mohammed Rafiq (finance director), Rhiannon Tully (operations manager), Joanna Lisle (communications officer, minutes), 238 members in person and 41 by proxy.

Extract covers Item 4 (Turbine T2 incident) and Item 5 (Accounts and member interest). Recorded and transcribed by the communications officer. Lightly edited for readability.

----------------------------------------------------------------------

ITEM 4: TURBINE T2 INCIDENT

GARETH PENNOCK: Right, item four. I know this is the one most of you have come for. Rhiannon is going to give a short update and then we'll take questions.

RHIANNON TULLY: Thank you, Gareth. So, where we are. The three new blades for T2 left the Vesterlund factory in Esbjerg on the twelfth of May and are due at the port of Tyne in early June. The crane is booked for the week of the twenty-third of June. If the weather is kind, T2 should be generating again by the end of June. All nine blades on the other three turbines have now been ultrasonically scanned. That was done on the sixth and seventh of May, earlier than we'd planned, and no bond-line defects were found on any of them.

GARETH PENNOCK: Thank you. Questions. Yes, Alan.

ALAN BRIERLEY (member, Low Brack Farm): Alan Brierley, Low Brack. The thing landed a hundred and eighty-odd metres from my lambing shed. If that had been a fortnight later I'd have had ewes in that field. I want to know who's paying for my fencing and my time.

RHIANNON TULLY: Alan, the reinstatement at Low Brack, that's the fencing, the track repairs and the reseeding, is in the budget. It was twenty-seven thousand pounds and we've paid twenty-two thousand of that to date. The balance is for reseeding, which has to wait for the ground to dry out.

ALAN BRIERLEY: And my time?

GARETH PENNOCK: We'll sit down with you separately on that, Alan. I don't want to put a figure on it in a public meeting, but I give you my word it'll be sorted before the summer.

SUSAN OAKES (member, Ellerdyke): Susan Oakes. I've read the summary report. It says the crack was spotted last August and put in the wrong category. Who decided that, and why did nobody on the board question it?

GARETH PENNOCK: It's a fair question, Susan. The category was given by our inspection contractor at the time. The board received the inspection report in September and accepted the recommendation to repair within twelve months. With hindsight, we should have asked for a second opinion on anything on a trailing edge. That's now policy.

SUSAN OAKES: So it was the board's fault as well.

GARETH PENNOCK: I'm not going to hide behind the contractor. The board is responsible for the safety of that site. I'm sorry it happened.

DEREK HOLLINS (member, Wenhope): Derek Hollins. Are the other blades from the same batch?

RHIANNON TULLY: No, Derek. T2's three blades all came from batch 1406. T1, T3 and T4 have blades from two later batches. That's one reason the investigators recommended replacing all three on T2 but only scanning the others.

----------------------------------------------------------------------

ITEM 5: ACCOUNTS AND MEMBER INTEREST

MOHAMMED RAFIQ: Thank you. I'll keep this brief; the full accounts are in your packs. For the year to the thirty-first of March 2025, the wind farm generated 7,840 megawatt-hours, compared with 8,310 megawatt-hours the year before. That is a fall of about five point seven per cent. Most of that drop is T2 being out from the sixteenth of February, but the autumn was also less windy than usual.

Turnover was £1.02 million, down from £1.09 million. After costs, and after setting aside money for the T2 incident, the surplus was £118,000, compared with £241,000 last year.

I want to be clear about the incident costs. The total is now estimated at £431,000, up from the £418,000 we gave in March, mainly because crane hire went up. Fellgate Mutual have confirmed they will pay £340,000. That leaves the co-operative to cover £91,000 from reserves.

SUSAN OAKES: And what does that mean for our interest?

MOHAMMED RAFIQ: The board is proposing member interest of 3.0 per cent for this year, down from 4.0 per cent last year. We think that is prudent. I know it's disappointing.

GARETH PENNOCK: And I'll say this now so nobody's surprised: the payment to the Ellerdyke Community Fund will stay at thirty-eight thousand pounds. We discussed cutting it and we decided against. The village didn't cause this.

[Applause]

GARETH PENNOCK: Resolution 3, to approve member interest at 3.0 per cent. Those in favour, including proxies? Against? Abstentions?

JOANNA LISLE: For, 251. Against, 19. Abstentions, 9.

GARETH PENNOCK: Resolution 3 is carried.

MOHAMMED RAFIQ: One last thing. Once T2 is back, we expect generation for 2025–26 to be around 8,200 megawatt-hours, assuming an average wind year.

[Extract ends]
`;

describe('changes, prices, denials and figures in quotes, with the product\'s word vectors', () => {
  withProductWordVectors();
  const conflictsOf = (r: ReturnType<ReturnType<typeof judgeWith>>) => r.conflicts.map((c) => [c.claim, c.source]);

  test('"up from 540" is set against 612, not the two sites; "the old price" after a change to come is the current one', async () => {
    const museum = judgeWith(await workspaceIndex({ 'sources/press_release.html': MUSEUM_RELEASE }));
    const schools = museum("School visits also grew, with 612 school groups visiting the trust's two sites during the year, up from 540.");
    assert.equal(schools.verdict, 'supported', why(schools));
    const fell = museum("School visits fell, with 612 school groups visiting the trust's two sites during the year, down from 540.");
    assert.equal(fell.verdict, 'contradicted', why(fell));
    const old = museum('The adult annual pass will go up from £30.00 to £36.00, although passes bought on or before Sunday 1 June will still be sold at the old price.');
    assert.equal(old.verdict, 'supported', why(old));
    const noChange = museum('The adult annual pass costs £30.00, although passes bought on or before Sunday 1 June will still be sold at the old price.');
    assert.deepEqual(conflictsOf(noChange), [['old', 'current']]);
    const market = judgeWith(await workspaceIndex({ 'sources/council_press_release_2025-10-15.html': MARKET_RELEASE, 'sources/pr_committee_minutes_2025-10-14.md': MARKET_MINUTES }));
    const fewer = market("Last year's market drew an estimated 48,000 visits over four weekends, fewer than the year before.");
    assert.equal(fewer.verdict, 'contradicted', why(fewer));
  });

  test('a denial the claim makes itself is no contradiction', async () => {
    const estate = judgeWith(await workspaceIndex({ 'sources/residents_meeting_transcript.txt': DRAINAGE_MEETING }));
    const adopted = estate("Cllr Tom Baines, Wealdon District Council's member for Harwick North, said the drainage had not been adopted by Wendle Water and remained Brackenridge's responsibility.");
    assert.equal(adopted.verdict, 'supported', why(adopted));
    const affirmed = estate('Cllr Tom Baines said the drainage had been adopted by Wendle Water.');
    assert.equal(affirmed.verdict, 'contradicted', why(affirmed));
  });

  test('a figure in digits for the words a transcript gives is the same quote; a figure with two digits swapped is a slip', async () => {
    const files = { 'sources/rally_speech.txt': RALLY_SPEECH };
    const findings = async (sum: string) =>
      (await checkAgainst(files, `# Story\n\n"If they can find ${sum} to break this strike, they can find the money to pay us properly," said Ms Capstick.\n`)).findings.map((f) => f.code);
    assert.deepEqual(await findings('£41,000'), []);
    // (One finding for one mistake: the altered quote's, which gives the source's words.)
    assert.deepEqual(await findings('£45,000'), ['altered-quote']);
    const coop = judgeWith(await workspaceIndex({ 'sources/agm_transcript_extract.txt': TURBINE_AGM }));
    const surplus = coop('Turnover fell from £1.09 million to £1.02 million, and the surplus dropped to £118,000 from £214,000.');
    assert.deepEqual(conflictsOf(surplus), [['£214,000', '£241,000']]);
  });
});
