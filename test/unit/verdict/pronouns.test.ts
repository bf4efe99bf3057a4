/**
 * Who said it when a pronoun says so, names in minutes and a Hansard record: a charity's press release ("He added:
 * “…”" after its director's quotation; "She said: “…”" after a paragraph that introduces a volunteer), a council
 * licensing hearing's minutes ("Councillor Greaves" for "Councillor Simon Greaves", "She said:" after "Inspector
 * Oduya also reported …") and a parliament's record (a quotation set off in a member's speech is the member's;
 * "MPs" is no name). The sources are written for these tests
 * (from helpers' drafts); the organisations, places and people are invented. Then figures and outcomes of the same
 * sources: a count of birds against a table's averages, a place by its number, an amendment passed or defeated.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Starlings bounce back as goldfinches struggle: Great Garden Birdwatch 2025 results</title>
</head>
<body>
<article>
<p class="meta">PRESS RELEASE | Hedgerow and Garden Birds Trust | For immediate release: Tuesday 18 March 2025</p>

<h1>Starlings bounce back as goldfinches struggle, Great Garden Birdwatch reveals</h1>

<h2>More than 412,000 people counted nearly 6.9 million birds over the last weekend of January</h2>

<p>The house sparrow has been crowned the UK's most commonly seen garden bird for the 22nd consecutive year, according to the results of the Hedgerow and Garden Birds Trust's Great Garden Birdwatch 2025, published today.</p>

<p>A total of 412,600 people took part in the survey between Friday 24 and Sunday 26 January, watching birds in 198,300 gardens and green spaces. Participants counted 6,871,400 birds in total, an average of 34.6 birds per garden.</p>

<p>The blue tit came second and the starling third, with the starling recording its first increase since 2021. The number of starlings seen per garden rose by 11% compared with last year. However, the Trust warns that the species is still in serious trouble: average counts are 81% lower than in 1979, when the Birdwatch began.</p>

<h2>Headline figures</h2>
<ul>
<li>412,600 participants, up from 389,000 in 2024</li>
<li>198,300 gardens and sites surveyed</li>
<li>6,871,400 birds counted, belonging to 84 species</li>
<li>More than 206,000 hours spent watching birds</li>
<li>House sparrow: number one for the 22nd year running, with 4.21 birds per garden</li>
<li>Long-tailed tit: up 22%, back in the top ten at number 10</li>
<li>Goldfinch: down 15%, falling two places to seventh</li>
</ul>

<h2>Goldfinch decline</h2>

<p>The goldfinch, which only a few years ago was one of the fastest-rising garden birds, fell by 15% compared with 2024 and dropped from fifth to seventh in the rankings. The Trust links the decline to trichomonosis, a disease that is passed between birds at contaminated feeders and bird baths and which has already caused the greenfinch population to crash.</p>

<p>Greenfinch numbers in gardens have fallen by 68% since 2006. This year the species was ranked 24th, with an average of just 0.31 birds per garden.</p>

<p>Dr Martin Okafor, Director of Conservation at the Hedgerow and Garden Birds Trust, said: "The goldfinch result is a warning sign. We have already watched the greenfinch vanish from many of our gardens, and we do not want the goldfinch to follow. The good news is that everyone with a feeder can help, simply by cleaning it every week and spacing out feeding stations."</p>

<p>He added: "It is encouraging to see starlings doing a little better this year, but one good year does not undo four decades of decline. We need people to keep counting so that we can see whether this is the start of a recovery or just a blip."</p>

<h2>A volunteer's view</h2>

<p>Among this year's participants was retired teacher Margaret Ellison, 71, from Shrewsbury, who has taken part in every Birdwatch since 1988. Mrs Ellison counted 43 birds of 12 species in her garden, including a pair of blackcaps.</p>

<p>She said: "I started doing the Birdwatch with my class when I was teaching, and I've never missed one since. Back then we'd see starlings in their dozens on the lawn. This year I had seven, which felt like a celebration. It only takes an hour, and it's the nicest hour of my January."</p>

<p>Mrs Ellison, who now helps to run a feeder-cleaning group in her village, added: "People don't realise that a dirty feeder can do more harm than good. Washing it out once a week is the least we can do for them."</p>

<h2>Comparisons with previous years</h2>

<p>This year's turnout was the second highest in the history of the Birdwatch, behind only 2021, when 521,000 people took part during the national lockdown. Participation in 2023 was 371,000, and in 2024 it was 389,000.</p>

<p>The long-tailed tit returned to the top ten after a year's absence, with its average count rising by 22% to 1.05 birds per garden. The Trust credits the mild December of 2024, which helped these tiny birds survive the winter. By contrast, the blackbird fell by 4% and the blue tit by 6%.</p>

<p>The woodpigeon, ranked fourth, has shown one of the most dramatic long-term changes of any garden bird: it is now recorded at nearly ten times the rate seen in 1979, an increase of 986%.</p>

<p>Blackcaps were spotted in 14% of gardens, up from 11% last year, reflecting the growing number of these warblers that spend the winter in the UK rather than migrating south.</p>

<h2>Call to action</h2>

<p>The Trust is asking everyone who feeds birds to clean their feeders and bird baths at least once a week, to rotate feeding stations around the garden, and to stop feeding for two weeks if they see sick birds. Guidance on safe feeding is available on the Trust's website.</p>

<p>Dr Okafor said: "Nearly half a million people gave up an hour of their weekend for this survey, and every single count matters. We would love to see even more people join us next year, from Friday 30 January to Sunday 1 February 2026."</p>

<p>Registration for the 2026 Great Garden Birdwatch opens on 1 December 2025. Schools can register separately for the Schools Birdwatch, in which more than 7,400 schools took part this year.</p>

<h2>Notes to editors</h2>
<ol>
<li>The Great Garden Birdwatch has been run by the Hedgerow and Garden Birds Trust every year since 1979. It is one of the longest-running garden wildlife surveys in the world.</li>
<li>The full results report, written by survey coordinator Dr Fiona Calloway, is available from the Trust's press office.</li>
<li>The Hedgerow and Garden Birds Trust is a registered charity with 280,000 members and manages 61 nature reserves across the UK.</li>
</ol>

<p class="contact">Media contact: Priya Shah, Press Officer, press@hgbt.example.org, 01632 960 418</p>
</article>
</body>
</html>
`;

const SURVEY = `# Great Garden Birdwatch 2025: Results Report

**Published by the Hedgerow and Garden Birds Trust, Research Department**
**Report author: Dr Fiona Calloway, Survey Coordinator**
**Published: 18 March 2025**

## Summary

The 47th Great Garden Birdwatch took place over the weekend of Friday 24 to Sunday 26 January 2025. Participants were asked to spend one hour watching their garden, balcony or local green space and to record the highest number of each bird species seen at any one time.

This year 412,600 people took part, counting birds in 198,300 gardens and sites across the United Kingdom. Together they spent more than 206,000 hours watching and recorded a total of 6,871,400 birds. Participation was up from 389,000 people in 2024, making this the second-largest survey in the event's history after the record turnout of 2021, when 521,000 people took part during lockdown.

A total of 84 species were recorded. The house sparrow remained the most frequently counted garden bird for the 22nd year in a row, while the starling and the long-tailed tit showed the largest year-on-year increases among the top ten.

## Top ten species, 2025

| Species | Rank 2025 | Average per garden | Change since 2024 | Change since 1979 |
|---|---|---|---|---|
| House sparrow | 1 | 4.21 | +3% | -58% |
| Blue tit | 2 | 3.34 | -6% | +19% |
| Starling | 3 | 2.87 | +11% | -81% |
| Woodpigeon | 4 | 2.41 | -2% | +986% |
| Blackbird | 5 | 2.30 | -4% | -41% |
| Robin | 6 | 1.62 | +5% | +14% |
| Goldfinch | 7 | 1.48 | -15% | +112% |
| Great tit | 8 | 1.39 | +2% | +65% |
| Magpie | 9 | 1.12 | -1% | +97% |
| Long-tailed tit | 10 | 1.05 | +22% | +208% |

Figures for change since 1979 compare the 2025 average per garden with the average recorded in the first national survey, held in January 1979.

## Rises

The starling recorded an 11% increase on last year, with an average of 2.87 birds per garden. This is the first rise for the species in four years, although starling numbers in gardens remain 81% lower than when the survey began. The Trust believes that a mild autumn and good breeding success in 2024 contributed to the increase, but cautions that a single year's rise does not reverse a long-term decline.

The long-tailed tit was the biggest climber in the top ten, rising by 22% to an average of 1.05 birds per garden and re-entering the top ten at number 10 after dropping out in 2024. Long-tailed tits are small birds that suffer heavy losses in cold winters, and the mild conditions of December 2024 are thought to have helped more of them survive into the new year.

The robin rose by 5% to 1.62 birds per garden and climbed one place to sixth. The great tit increased by 2% and the house sparrow by 3%.

## Falls

The goldfinch saw the steepest fall of any species in the top ten, dropping 15% compared with 2024 to an average of 1.48 birds per garden. It slipped from fifth to seventh place. The goldfinch has been badly affected by trichomonosis, a parasitic disease spread at dirty feeders, and the Trust is urging participants to clean feeders regularly.

The blue tit fell by 6% but held on to second place with 3.34 birds per garden. The blackbird was down 4% at 2.30 birds per garden, and the woodpigeon declined slightly, by 2%, although it remains nearly ten times as common in gardens as it was in 1979.

Outside the top ten, the greenfinch continued its long decline, falling to 24th place with an average of 0.31 birds per garden, a drop of 9% on 2024 and 68% since 2006, when the disease trichomonosis first became widespread.

## Other findings

Sightings of the blackcap, a warbler that now commonly spends the winter in British gardens, were recorded in 14% of gardens, up from 11% in 2024. The coal tit was seen in 29% of gardens. Participants in Scotland recorded the highest average number of birds per garden, at 37.2, compared with a UK average of 34.6.

Among the 198,300 gardens and sites surveyed, 61% were private gardens, 23% were balconies or yards, and 16% were parks, school grounds or other green spaces. More than 7,400 schools took part through the parallel Schools Birdwatch, held in the first half of the spring term.

The weather on the survey weekend was largely dry and cold across England and Wales, with rain affecting western Scotland on the Sunday. Survey coordinator Dr Fiona Calloway said in her introduction to the data: "Weather on the weekend itself makes a difference to what people see, which is why we look at long-term trends rather than any single year."

## Methods

Counts are submitted online or by post. The average per garden is calculated by dividing the total number of each species counted by the number of gardens and sites submitting a count, including those where the species was not seen. Records that are clearly erroneous are removed during validation; in 2025 fewer than 0.4% of submissions were excluded.

The 2026 Great Garden Birdwatch will take place from Friday 30 January to Sunday 1 February 2026.
`;

const MINUTES = `WRENFORD DISTRICT COUNCIL

LICENSING SUB-COMMITTEE (LICENSING ACT 2003)

MINUTES OF HEARING

Date: Thursday 1 August 2024
Time: 10.00am to 1.15pm
Venue: Committee Room 2, Wrenford Civic Centre, Mill Lane, Wrenford

Application: Variation of premises licence WDC/PL/0877, Ashby Lacey Park, Wrenford
Applicant: Harrowfield Live Ltd (Kestrel Meadow Festival)

PRESENT

Sub-committee members:
Councillor Margaret Holloway (Chair)
Councillor Dev Patel
Councillor Simon Greaves

Officers:
Ruth Kendall, Licensing Team Leader
Gareth Lowe, Solicitor, Legal Services (legal adviser to the sub-committee)
Hannah Briggs, Democratic Services Officer (clerk)

Applicant:
Naomi Fairclough, Festival Director, Harrowfield Live Ltd
Callum Rees, Operations Manager, Harrowfield Live Ltd
Adrian Moss, Barrister, representing the applicant

Responsible authorities:
Inspector Karen Oduya, Mercia Valley Police
Peter Lin, Senior Environmental Health Officer, Wrenford District Council

Other persons:
Mr Frank Dalby, resident of Ashby Lacey village
Mrs Joan Whitcombe, Chair, Ashby Lacey Parish Council

1. APOLOGIES AND DECLARATIONS OF INTEREST

There were no apologies. Councillor Greaves declared that he had attended the 2022 festival as a paying customer. The legal adviser confirmed that this was not a disclosable interest and that Councillor Greaves could take part.

2. THE APPLICATION

Ruth Kendall introduced the report. The applicant was seeking to vary the premises licence to increase the maximum capacity at any one time from 10,000 to 12,500, including staff and performers, and to extend the finishing time for regulated entertainment on the main stage on the Saturday from 10.30pm to 11.00pm.

The licensing team had received 11 written representations from local residents during the 28-day consultation period, which closed on Monday 8 July. Nine of these objected to the application and two supported it.

Ms Kendall reported that the council had received 23 noise complaints in connection with the 2023 festival, 17 of which related to the Saturday night. The council had also logged 6 complaints about parking on the verges of Ashby Lacey Lane.

3. REPRESENTATIONS FROM RESPONSIBLE AUTHORITIES

Mercia Valley Police

Inspector Oduya said the police did not object to the increase in capacity in principle, but had serious concerns about emergency access. At the 2023 festival an ambulance had taken 25 minutes to reach a casualty in the campsite because the single access route from Ashby Lacey Lane was blocked by queuing traffic. The police asked that a second, dedicated emergency access route be provided from the B4412 before any increase in capacity took effect.

Inspector Oduya also reported that there had been 14 crimes recorded at the 2023 festival, most of them thefts from tents. She said: "The festival is generally well run, but the site was at its limit last year. Adding 2,500 people without a second way in would be a risk I am not prepared to accept."

Environmental Health

Mr Lin objected to the later finishing time. He said that the noise complaints in 2023 had been concentrated after 10pm, and that the extension to 11.00pm would cause a public nuisance to residents of Ashby Lacey village, the nearest homes being approximately 650 metres from the main stage. He asked the sub-committee to refuse that part of the application.

Mr Lin also asked that the music noise level at the nearest homes should not exceed 65 decibels (dB LAeq, 15 minutes) and that a noise management plan be submitted to the council at least 14 days before the event.

4. REPRESENTATIONS FROM OTHER PERSONS

Mrs Whitcombe said the parish council was not opposed to the festival but that traffic on Ashby Lacey Lane had been "intolerable" in 2023. Mr Dalby said he had been unable to leave his home by car for almost three hours on the Friday afternoon of last year's festival.

5. THE APPLICANT'S CASE

Mr Moss said the festival had an excellent record and had operated since 2016 without a review of its licence. Ms Fairclough told the sub-committee that 10,900 tickets had already been sold and that the company would "do whatever is asked of us" on emergency access. She accepted the police condition in full.

Mr Rees said a temporary trackway for the second access route could be laid in four days, provided the ground was firm. When asked by Councillor Patel what would happen if it rained, Mr Rees said: "Then we would have a problem, and we would tell you straight away."

6. DECISION

The sub-committee retired to deliberate at 12.20pm and returned at 1.05pm.

The Chair announced that the sub-committee had resolved, by two votes to one, to grant the variation in part. Councillor Holloway and Councillor Patel voted in favour; Councillor Greaves voted against, stating that he did not believe the emergency access route could be delivered in time.

The increase in capacity to 12,500 was granted, subject to the following conditions:

(a) A second emergency access route from the B4412 shall be provided, inspected and approved by Mercia Valley Police no later than 48 hours before the site opens to the public.

(b) Music noise levels shall not exceed 65 dB LAeq (15 minutes) at the nearest noise-sensitive premises.

(c) A noise management plan shall be submitted to the council's Environmental Health team no later than 14 days before the event.

(d) A minimum of 120 SIA-licensed door supervisors shall be on duty at any time the site is open to the public.

The application to extend the Saturday finishing time to 11.00pm was refused. Regulated entertainment on the main stage will continue to finish at 10.30pm on all three days.

The Chair said: "We want this festival to succeed, but not at the expense of public safety or the people who live next door to it."

The legal adviser reminded all parties that they had a right of appeal to the magistrates' court within 21 days of receiving written notice of the decision. The written decision notice would be sent to all parties by Tuesday 6 August 2024.

The meeting closed at 1.15pm.

Signed: Cllr Margaret Holloway, Chair
`;

const HANSARD = `# Official Report (Hansard) — House of Assembly of Veldoria

## Affordable Homes and Tenancy Reform Bill — Third Reading

**Tuesday 11 March 2025**

*The House resumed at 4.12 pm. Madam Deputy Speaker (Mrs Eleanor Whitcombe) in the Chair.*

**Madam Deputy Speaker:** We now come to the third reading of the Affordable Homes and Tenancy Reform Bill. Before I call the Minister, I remind the House that Amendment 14, in the name of Mr Tobias Kerrigan, has been selected for a separate division. I call the Housing Minister.

**Ms Priya Natarajan (Housing Minister):** I beg to move, That the Bill be now read the Third time. This Bill will deliver 48,000 new social and affordable homes over five years, backed by £6.2 billion of capital funding. It will end no-fault evictions from 1 October 2025, and it will cap annual rent increases for existing tenants at 5 per cent. For too long, renters in this country have lived one letter away from losing their home. Tonight, this House can change that.

**Mr Tobias Kerrigan (Shadow Housing Secretary):** Will the Minister give way?

**Ms Priya Natarajan (Housing Minister):** I will give way to the right honourable Gentleman.

**Mr Tobias Kerrigan (Shadow Housing Secretary):** The Minister speaks of 48,000 homes, but her own department's impact assessment says that only 31,000 of those will be for social rent. Does she accept that the rest are nothing of the kind?

**Ms Priya Natarajan (Housing Minister):** No, I do not accept that. Every one of those homes will be let or sold below market value, and the impact assessment is clear that the remaining 17,000 will be for shared ownership and affordable rent. The right honourable Gentleman knows that perfectly well.

**Ms Priya Natarajan (Housing Minister):** Let me turn to the regions. Some £1.4 billion of the fund is ring-fenced for the northern provinces, where waiting lists have grown by 22 per cent since 2021. Local councils will be able to bid for the first tranche of money from 1 July 2025.

**Madam Deputy Speaker:** Order. I call the Shadow Housing Secretary.

**Mr Tobias Kerrigan (Shadow Housing Secretary):** The Opposition does not oppose the principle of building more homes; nobody in this House does. But this Bill is a promise without a plan. The rent cap will drive small landlords out of the market, and the Government has published no assessment of how many rental properties will be lost. That is why I tabled Amendment 14, which would delay the rent cap until an independent review had reported. "This is a Bill that builds headlines, not houses," and I urge honourable Members to support the amendment.

**Dr Miriam Osei (Liberal Reform, Eastbury South):** Will the right honourable Gentleman give way?

**Mr Tobias Kerrigan (Shadow Housing Secretary):** I will not, as I am conscious of the time.

**Madam Deputy Speaker:** I call Dr Miriam Osei.

**Dr Miriam Osei (Liberal Reform, Eastbury South):** My party will support the Bill, but with reservations. The 5 per cent cap is welcome, but it does nothing for the 140,000 households currently in temporary accommodation. I would ask the Minister to confirm that the Government will publish a temporary accommodation strategy within six months of Royal Assent.

**Ms Priya Natarajan (Housing Minister):** I can give the honourable Lady that assurance.

**Mr Daniel Ashworth (Progressive Alliance, Millbrook North):** I have represented Millbrook North for eleven years, and I have never voted against my party on a third reading. I will do so tonight. The Bill removes the right of tenants to a jury-free tribunal appeal within 28 days, and I cannot support that. "Reform that weakens the renter is not reform at all."

**Mrs Helen Fairbairn (Progressive Alliance, Stourleigh):** I share the concerns of my honourable Friend the Member for Millbrook North and will also be voting against.

**Madam Deputy Speaker:** I call the Minister to wind up.

**Ms Priya Natarajan (Housing Minister):** I thank all honourable Members who have contributed. To my honourable Friends who cannot support the Bill tonight, I say that the tribunal provisions will be reviewed after two years. This is the most significant reform of renting in a generation, and I commend the Bill to the House.

*Question put, That Amendment 14 be made.*

*The House divided: Ayes 251, Noes 263.*

**Madam Deputy Speaker:** The Ayes to the right, 251. The Noes to the left, 263. So the Noes have it, the Noes have it. Amendment 14 is therefore defeated by 12 votes.

*Question put, That the Bill be now read the Third time.*

*The House divided: Ayes 312, Noes 198.*

**Madam Deputy Speaker:** The Ayes to the right, 312. The Noes to the left, 198. So the Ayes have it, the Ayes have it. Unlock.

*Bill accordingly read the Third time and passed.*

### Division note

Four Members of the governing Progressive Alliance voted against the Bill at third reading: Mr Daniel Ashworth (Millbrook North), Mrs Helen Fairbairn (Stourleigh), Mr Rhys Calloway (Dunmere) and Ms Aisha Brennan (Hollin Vale). Two Members of the Conservative and Unionist Party, Mr Geoffrey Lyle (Ashcombe) and Ms Sarah Denholm (Kirkwall East), voted with the Government. The 19 Members of Liberal Reform voted for the Bill. The Bill now proceeds to the Senate, where its second reading is scheduled for Wednesday 2 April 2025.

*The House adjourned at 7.48 pm.*
`;

const misattributed = async (files: Record<string, string>, draft: string) =>
  (await checkAgainst(files, draft)).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message);

describe('a pronoun that attributes a quotation, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"He added:" is the speaker of the paragraph before; "She said:" the person the paragraph introduced', async () => {
    const files = { 'press-release.html': RELEASE };
    const wrong = await misattributed(
      files,
      '# Birds\n\nVolunteer Margaret Ellison said: "It is encouraging to see starlings doing a little better this year, but one good year does not undo four decades of decline."\n\nDr Martin Okafor said: "This year I had seven, which felt like a celebration."\n',
    );
    assert.equal(wrong.length, 2, wrong.join('\n'));
    assert.match(wrong[0], /said by Dr Martin Okafor, not Volunteer Margaret Ellison/);
    assert.match(wrong[1], /said by Margaret Ellison, not Dr Martin Okafor/);
    const right = await misattributed(
      files,
      '# Birds\n\nDr Martin Okafor said: "It is encouraging to see starlings doing a little better this year, but one good year does not undo four decades of decline."\n\n"This year I had seven, which felt like a celebration," Mrs Ellison said.\n',
    );
    assert.deepEqual(right, []);
  });

  test('words reported after "She said:" in minutes are the inspector\'s, not the environmental health officer\'s', async () => {
    const wrong = await misattributed({ 'minutes.txt': MINUTES }, '# Festival\n\nMr Lin said that adding 2,500 people without a second way in would be a risk he was not prepared to accept.\n');
    assert.equal(wrong.length, 1, wrong.join('\n'));
    assert.match(wrong[0], /Inspector Oduya, not Mr Lin/);
    assert.deepEqual(await misattributed({ 'minutes.txt': MINUTES }, '# Festival\n\nInspector Oduya said that adding 2,500 people without a second way in would be a risk she was not prepared to accept.\n'), []);
  });
});

describe('names in minutes and in a parliament\'s record, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a councillor named in full is the minutes\' "Councillor Greaves"; the councillor who voted otherwise is swapped', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'minutes.txt': MINUTES }));
    verdict('supported', 'Councillor Simon Greaves voted against, saying he did not believe the emergency access route could be delivered in time.');
    verdict('supported', 'Councillor Greaves voted against, saying he did not believe the emergency access route could be delivered in time.');
    verdict('contradicted', 'Councillor Patel voted against, saying he did not believe the emergency access route could be delivered in time.', [['Patel', 'Greaves']]);
  });

  test("a quotation in a member's speech that nothing gives to anyone else is the member's", async () => {
    const files = { 'hansard.md': HANSARD };
    const wrong = await misattributed(files, '# Vote\n\nNatarajan told the House: "Reform that weakens the renter is not reform at all."\n');
    assert.equal(wrong.length, 1, wrong.join('\n'));
    assert.match(wrong[0], /said by Mr Daniel Ashworth/);
    assert.deepEqual(await misattributed(files, '# Vote\n\nDaniel Ashworth told the House: "Reform that weakens the renter is not reform at all."\n'), []);
  });

  test('an office given to another person than the record gives it', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'hansard.md': HANSARD }));
    verdict('supported', 'The debate was chaired by the Deputy Speaker, Eleanor Whitcombe.');
    verdict('contradicted', 'The debate was chaired by the Deputy Speaker, Helen Fairbairn.', [['Helen Fairbairn', 'Mrs Eleanor Whitcombe']]);
    verdict('supported', 'Shadow Housing Secretary Tobias Kerrigan tabled Amendment 14.');
    verdict('contradicted', 'Housing Minister Tobias Kerrigan moved the third reading.', [['Tobias Kerrigan', 'Ms Priya Natarajan']]);
  });

  test('"MPs" is members of the House, no name', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'hansard.md': HANSARD }));
    verdict('supported', 'Two Conservative and Unionist MPs, Geoffrey Lyle and Sarah Denholm, voted with the Government.');
    verdict('supported', 'Natarajan told MPs the Bill would bring no-fault evictions to an end from 1 October 2025.');
  });
});

describe('figures and outcomes of the same sources, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a count of birds is no average per garden, nor a percentage', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press-release.html': RELEASE, 'survey-report.md': SURVEY }));
    verdict('supported', 'Mrs Ellison said she saw seven starlings in her garden this year.');
    verdict('unsupported', 'Mrs Ellison said she saw eleven starlings in her garden this year.');
    verdict('contradicted', 'The starling averaged 3.34 birds per garden.', [['3.34', '2.87']]);
  });

  test('"in tenth place" is "at number 10"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'press-release.html': RELEASE, 'survey-report.md': SURVEY }));
    verdict('supported', 'The long-tailed tit returned to the top ten in tenth place after its average count rose by 22% to 1.05 birds per garden.');
  });

  test('an amendment "passed" that the record says was defeated', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'hansard.md': HANSARD }));
    verdict('supported', 'Amendment 14 was defeated by 12 votes.');
    verdict('contradicted', 'Amendment 14 was passed by 12 votes.', [['passed', 'defeated']]);
  });
});
