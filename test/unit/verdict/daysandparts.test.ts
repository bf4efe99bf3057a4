/**
 * The forty-eighth round, fourth part: faithful sentences of h590–h595 (written against 7b4e0ea) shown as errors. A
 * meeting's day that another document about it is dated ("which met on Tuesday 4 November" / minutes dated that
 * day) is stated; "too little room … to keep crowds safe" denies as "would not be able to keep people safe" does; the
 * word for what is refused "and instead" of another thing is no opposite of the claim's word for the other; a part
 * ("12 of those play areas") has no rival in the whole ("all 41"), a part the source counts ("three of the four")
 * still is one. The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HANDOVER_INTERVIEWS } from './helperSources49';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, judgeWith, why, workspaceIndex } from './sources';

/** h590: sources/ktcp_statement_2025-11-07.md, whole. */
const MARKET_STATEMENT = `# Kestonbury Town Centre Partnership

## STATEMENT: Kestonbury Christmas Market 2025

**For immediate release — Friday 7 November 2025**

It is with great sadness that Kestonbury Town Centre Partnership announces that this year's Kestonbury Christmas Market, which was due to open on Friday 28 November, will not go ahead.

The decision was taken by the Partnership's board at a meeting on Thursday 6 November 2025, after the Safety Advisory Group of Wendmoor District Council advised that it could not support our revised event management plan. The board voted by seven votes to two to cancel the event.

Simon Ashdown, Chief Executive of Kestonbury Town Centre Partnership, said:

"This is the hardest decision we have had to make in the eleven years the Partnership has run the market. We have looked at every option, including a smaller market and moving to a different site, and none of them could be made safe and affordable in the time we have left.

"The Corn Exchange works have taken away more than a quarter of the space in Market Square, and the Safety Advisory Group was clear that on a busy Saturday we would not be able to keep people safe. We will never gamble with the safety of the public, our traders or our staff."

### Why the market cannot go ahead

- The usable area of Market Square has been reduced by the scaffolding and hoarding around the Corn Exchange, which will remain in place until the end of March 2026.
- The safe capacity of the square has fallen from 3,600 people to 2,600 people. On the busiest day of last year's market, Saturday 14 December 2024, there were 4,410 people in the square at one time.
- The measures recommended to operate safely — including ticketed entry at weekends, at least 40 stewards at peak times and barriered queuing areas — were costed at £68,000, against a total budget for the market of £41,000.
- The Partnership considered moving the market to Priory Fields. This was ruled out because the site has no mains power supply and the ground was waterlogged for 19 days in December last year.

### Traders

All 82 traders who had booked pitches will receive a full refund of their pitch fees within 14 days. Pitch fees this year ranged from £640 to £1,900 for the season, and the refunds total £96,400.

Carol Whitfield, Operations Manager, said: "We know that for many of our traders the market is the most important few weeks of their year. We have spoken to every one of them personally over the last two days and we will do everything we can to help them find other places to trade."

The Partnership will offer traders free pitches at the Kestonbury Farmers' Market on Bridge Street, which runs on the first and third Saturday of each month, throughout December.

### What is still happening

The Christmas lights switch-on will take place as planned on Sunday 30 November, subject to approval by the Safety Advisory Group. It will be held in Market Square with a maximum audience of 1,500 people and entry by free ticket.

Ends.

**Notes to editors**

1. Kestonbury Town Centre Partnership is a business improvement district representing 310 businesses in Kestonbury town centre. It has organised the Christmas market since 2014.
2. In 2024 the market attracted 56,200 visitors over 18 trading days.
3. Media enquiries: press@kestonburytcp.org.uk
`;

/** h590: sources/sag_minutes_2025-11-04.md, whole. */
const SAG_MINUTES = `# Wendmoor District Council — Safety Advisory Group

## Minutes of an extraordinary meeting: Kestonbury Christmas Market 2025

**Date:** Tuesday 4 November 2025, 10.00am
**Venue:** Committee Room 2, Wendmoor House, Station Road, Kestonbury

### Present

- Helen Marsh, Head of Environmental Health and Licensing, Wendmoor District Council (Chair)
- Paula Jenkins, Events and Safety Officer, Wendmoor District Council
- Inspector Gareth Pryce, North Wendshire Police
- Station Commander Leanne Okafor, North Wendshire Fire and Rescue Service
- Dev Raman, Senior Highways Engineer, North Wendshire County Council
- Mark Tully, Emergency Planning Manager, Western Counties Ambulance Service

### In attendance (for items 1 to 4)

- Simon Ashdown, Chief Executive, Kestonbury Town Centre Partnership (event organiser)
- Carol Whitfield, Operations Manager, Kestonbury Town Centre Partnership
- Neil Brannigan, Director, Crowdline Safety Ltd (crowd management consultant to the organiser)

### 1. Purpose of the meeting

1.1 The Chair explained that the meeting had been called to consider the revised event management plan for the Kestonbury Christmas Market, submitted by Kestonbury Town Centre Partnership on Tuesday 28 October 2025. The market is due to run from Friday 28 November to Sunday 21 December 2025 in Market Square and the lower part of Abbey Street.

1.2 The Chair reminded those present that the Safety Advisory Group (SAG) is an advisory body. It has no power to license, prohibit or cancel an event. Its role is to give advice to the organiser and to the council.

### 2. Crowd figures for previous markets

2.1 Paula Jenkins presented the attendance figures gathered from the counting cameras installed at the four entrances to Market Square in 2022.

| Year | Total visitors over season | Trading days | Peak day | Peak number in Market Square at one time | Safe capacity in force |
|------|---------------------------|--------------|----------|------------------------------------------|------------------------|
| 2022 | 41,300 | 16 | Saturday 10 December 2022 | 3,150 | 3,600 |
| 2023 | 48,900 | 16 | Saturday 16 December 2023 | 3,820 | 3,600 |
| 2024 | 56,200 | 18 | Saturday 14 December 2024 | 4,410 | 3,600 |

2.2 Ms Jenkins noted that total attendance had risen by 36 per cent between 2022 and 2024, and that the safe capacity of the square had been exceeded on the peak day in both 2023 and 2024. In 2024 the figure of 3,600 was exceeded for a total of 3 hours 40 minutes across four Saturdays.

2.3 Inspector Pryce reminded the group of the incident at about 4.15pm on Saturday 14 December 2024, when crowd pressure built up at the junction of Market Square and Abbey Street, close to the hot drinks stalls. Three people were treated at the scene by paramedics and one woman, aged 67, was taken to Wendmoor General Hospital with a fractured wrist. There were 18 stewards on duty that afternoon.

### 3. Changes to the site since 2024

3.1 Dev Raman reported that the restoration of the Corn Exchange had begun in August 2025. Scaffolding and hoarding now occupy the east side of Market Square and the lower part of Abbey Street, and are due to remain in place until Tuesday 31 March 2026.

3.2 As a result the usable area of the square has fallen from 5,400 square metres to 3,900 square metres. The clear width of Abbey Street at its narrowest point has fallen from 9.2 metres to 4.1 metres.

3.3 Station Commander Okafor stated that two of the five emergency exit routes from the square, via Abbey Street and Tanner's Passage, are now restricted. Tanner's Passage is closed completely at its northern end. She stated that, in her view, the square could not be evacuated within the recommended time if more than about 2,600 people were present.

3.4 Neil Brannigan of Crowdline Safety Ltd confirmed that his firm's own calculation gave a revised safe capacity of 2,600 people, compared with 3,600 in previous years.

### 4. The organiser's revised plan

4.1 Simon Ashdown presented the revised plan. Its main points were:

- the number of stalls to be reduced from 82 to 54;
- stalls to be moved away from the Abbey Street junction;
- the number of stewards on Saturdays to be increased from 18 to 32;
- a one-way system for pedestrians through the square on Saturdays;
- entry to be "managed at busy times" by stewards at the four entrances.

4.2 Mr Ashdown stated that the Partnership's budget for the market was £41,000 and that the revised plan would cost an estimated £23,500 more than the 2024 event.

4.3 Members raised the following concerns:

(a) Inspector Pryce said that a reduction in the number of stalls would not by itself reduce the number of visitors. "Fewer stalls does not mean fewer people. On a December Saturday you could still get four thousand people arriving, and the square can now hold about two thirds of that safely."

(b) Mr Tully said that the ambulance service could not commit a vehicle to be stationed on site on every Saturday of the market, as it had done in 2024, because of winter pressures.

(c) Station Commander Okafor said that "managed at busy times" was not a plan. She asked what would happen when the square was full and people continued to arrive. Mr Ashdown said that stewards would hold people at the entrances. Station Commander Okafor said that queues at the entrances would then form on Station Road and Bridge Street, which are open to traffic.

(d) Mr Raman said that the county council would not be able to close Bridge Street to traffic on Saturdays during December, because it is the diversion route for the A4102 roadworks.

4.4 Mr Brannigan said that, in his professional opinion, the market could only operate safely with timed, ticketed entry on Saturdays and Sundays, a minimum of 40 stewards at peak times and barriered queuing areas. He estimated the cost of these measures at £68,000 over the season.

4.5 Mr Ashdown said that the Partnership could not fund measures on that scale and that ticketed entry would "change the character of the market entirely". He and the organiser's representatives then left the meeting.

### 5. Advice of the group

5.1 Members discussed the revised plan. The Chair said: "Everybody around this table wants the market to happen. But we have to give our advice on the plan in front of us, and on the evidence we have heard the risks on busy days are not adequately controlled."

5.2 The group AGREED unanimously that it could not support the revised event management plan dated 28 October 2025 in its current form.

5.3 The group AGREED to advise the organiser that the market should not proceed on the current site between 28 November and 21 December 2025 unless it was operated with timed, ticketed entry on weekends, a minimum of 40 stewards at peak times, and barriered queuing areas away from the highway.

5.4 The group noted that it would be willing to meet again at short notice if the organiser wished to submit a further plan.

5.5 The Chair would write to the organiser setting out the group's advice by Wednesday 5 November 2025.

### 6. Any other business

6.1 Station Commander Okafor noted that the Christmas lights switch-on on Sunday 30 November was a separate event. It would be considered at the ordinary SAG meeting on Monday 10 November 2025.

The meeting closed at 11.50am.
`;

/** h593: sources/02_governors_response_letter.md, whole. */
const GOVERNORS_LETTER = `# Hollin Cross Primary School — Governing Board

Hollin Cross Primary School
Church Lane
Hollin Cross
Wyremoor

Friday 17 October 2025

Sandra Okafor
Head of School Place Planning
North Ellesby County Council
County Hall, Ellesby

Dear Ms Okafor,

**Response of the governing board to the proposed closure of Hollin Cross Primary School**

I write on behalf of the governing board of Hollin Cross Primary School to respond formally to the council's consultation, published on Monday 22 September 2025. At a full board meeting on Thursday 9 October 2025, governors voted unanimously, by nine votes to none, to oppose the proposal to close the school.

We do not dispute that the number of pupils has fallen. We do dispute the conclusion the council draws from it, and we believe the consultation document leaves out several facts that consultees need to know.

**1. Pupil numbers and new housing**

In November 2024 Wyremoor District Council granted planning permission for 64 homes on land off Mill Lane, within 400 metres of the school gate. The first 20 homes are due to be occupied by autumn 2026. Using the pupil yield figures that North Ellesby County Council itself publishes, governors estimate the development will produce about 14 primary-age children. The consultation document does not mention the Mill Lane development at all.

**2. The deficit**

The council presents the deficit as a sign that the school cannot be sustained. Much of it has a one-off cause. In 2024-25 the school paid £41,000 for supply cover during the long-term sickness absence of a class teacher, who has since returned. Without that cost, the 2024-25 deficit would have been £23,000, not £64,000.

**3. Federation**

The council's document dismisses federation on the basis of a saving of about £38,000 a year. Governors have held informal talks with the governing board of Kettlebeck Primary School, 3.1 miles away, which is also a small school. Our own costing of a federation with Kettlebeck, with a shared headteacher, shared business manager and joint purchasing, shows a saving of £61,000 a year. We ask the council to publish how its figure of £38,000 was calculated.

**4. The building**

We accept the building needs work. However, we obtained a quotation in August 2025 from Moorside Roofing Ltd to replace the main roof for £132,000, well below the £210,000 in the council's condition survey. The roof works could also be phased over two summers.

**5. Where families would go**

In September and October 2025 governors surveyed every family with a child at the school. Of 29 families, 26 responded. Of those, 22 said they would not choose Sallowby Primary School if Hollin Cross closed, and 11 said they would instead apply to Kettlebeck Primary School, which lies across the county boundary in Brantwick. If families leave North Ellesby, the council's forecast transport savings and the expected transfer to Sallowby will not happen as planned.

**6. Travel**

The road to Sallowby, the B6271, crosses Sallow Moor. It was closed by snow or ice on nine school days last winter. A four-year-old should not be expected to make that journey twice a day.

**7. The village**

The school is the only public building in Hollin Cross apart from St Oswald's Church. Its hall is used for the parish council's meetings, the toddler group and the village's polling station. The breakfast club, used by 14 children, allows parents to work.

**Our request**

The governing board asks the cabinet to reject the proposal and instead to support a two-year federation pilot with Kettlebeck Primary School from September 2026, with a review of pupil numbers after the Mill Lane homes are occupied.

Yours sincerely,

Robert Lumb
Chair of Governors, Hollin Cross Primary School
(on behalf of the governing board)

cc: Helen Garside, Headteacher
cc: Councillor Peter Dandy, county councillor for Wyremoor Rural division
cc: Diane Whitworth, Chair, Hollin Cross Parish Council
`;

/** h595: sources/02_licensing_committee_report.md, whole. */
const DOGS_REPORT = `# Harrowfield Borough Council
## Licensing and Regulatory Committee — Tuesday 8 July 2025
### Agenda item 6: Review of dog control and dangerous dogs enforcement

**Report of:** Rachel Ostrowski, Head of Environmental Health and Licensing
**Committee chair:** Councillor Martin Eddowes
**Cabinet member:** Councillor Sunita Rao, Cabinet Member for Communities and Public Protection
**Wards affected:** All

### 1. Purpose

1.1 To set out complaint and enforcement figures for dog-related matters over the last four financial years, to report the findings of an internal review of the council's handling of the dog involved in the Lydgate Park incident on 15 March 2025, and to seek the committee's decision on options for future enforcement.

### 2. Complaint figures

2.1 Table 1 shows dog-related service requests received by the Dog Warden Service.

**Table 1: Dog-related service requests, 2021/22 to 2024/25**

| Category | 2021/22 | 2022/23 | 2023/24 | 2024/25 |
|---|---|---|---|---|
| Aggressive dog / dog attack reports | 96 | 118 | 164 | 231 |
| Stray dogs collected | 412 | 402 | 377 | 351 |
| Dog fouling | 688 | 640 | 702 | 655 |
| Barking nuisance | 290 | 305 | 318 | 334 |
| **Total** | **1,486** | **1,465** | **1,561** | **1,571** |

2.2 Reports of aggressive dogs and dog attacks have risen by 141 per cent since 2021/22, and by 41 per cent in the last year alone. Over the same four years the number of stray dogs collected has fallen by 15 per cent.

2.3 Of the 231 aggressive dog reports in 2024/25, 38 came from Marshside ward, 29 from Lydgate ward and 24 from Kirk Hill ward, the three highest figures of the borough's 16 wards.

### 3. Enforcement figures

**Table 2: Dog-related enforcement action**

| Action | 2021/22 | 2022/23 | 2023/24 | 2024/25 |
|---|---|---|---|---|
| Community Protection Warnings (CPWs) | 7 | 9 | 14 | 11 |
| Community Protection Notices (CPNs) | 1 | 2 | 3 | 4 |
| Fixed penalty notices for breach of a CPN | 0 | 1 | 1 | 2 |
| Referrals to police | 12 | 15 | 21 | 33 |

3.1 Although reports rose sharply in 2024/25, the number of Community Protection Warnings issued fell from 14 to 11.

3.2 The service's target is to make first contact on an aggressive dog report within two working days. This target was met in 81 per cent of cases in 2022/23 but in only 64 per cent of cases in 2024/25.

### 4. Staffing

4.1 The Dog Warden Service currently has 2.5 full-time equivalent (FTE) dog wardens, compared with 4 FTE in 2015/16. With a borough population of about 146,000, this is one warden for every 58,400 residents.

4.2 By comparison, neighbouring Ashby Vale District Council employs 3 FTE dog wardens for a population of about 94,000, or one for every 31,300 residents.

### 5. Lydgate Park incident: internal review findings

5.1 A Community Protection Warning was issued to the owner of the dog on Thursday 3 October 2024, following an attack on another dog in Lydgate Park. The warning required the dog to be kept on a lead and muzzled in public.

5.2 A follow-up visit to check compliance was scheduled for Monday 9 December 2024. It did not take place because of staff sickness and was not rearranged.

5.3 Two further reports about the same dog were logged, on Tuesday 14 January 2025 and Wednesday 26 February 2025, each stating that the dog had been seen off the lead in the park. Neither report was escalated to a Community Protection Notice, and the officer handling the case was not made aware of the second report.

5.4 The review concludes that "the case was not managed in line with the service's own procedures" and that a Community Protection Notice "should have been considered no later than January 2025".

### 6. Options

- **Option A:** Maintain the current service (no additional cost).
- **Option B:** Create one additional full-time dog warden post at a cost of £38,400 a year including on-costs, bringing the service to 3.5 FTE.
- **Option C:** Option B, plus a Public Spaces Protection Order requiring dogs to be kept on leads in all 41 fenced children's play areas and in the borough's three cemeteries, with a fixed penalty of £100 for breaches. An eight-week public consultation would be required.

### 7. Recommendation

7.1 That the committee approves Option C, that a case management system flagging repeat reports be introduced by October 2025, and that officers report back on progress on Tuesday 13 January 2026.

7.2 Ms Ostrowski writes: "The figures show a service that has not kept pace with demand. The Lydgate Park case exposed gaps that we must close, and we owe it to Maisie Thornbury and her family to do so."
`;

/** h595: sources/04_council_statement.md, whole. */
const DOGS_STATEMENT = `# Harrowfield Borough Council — press statement

**Issued:** Thursday 12 June 2025, 3.45pm
**For immediate release**

## Council statement following sentencing in Lydgate Park dog attack case

Harrowfield Borough Council has today launched a full review of its dog control and dangerous dogs enforcement following the sentencing of Dean Callow at Kirkholme Crown Court.

Councillor Sunita Rao, Cabinet Member for Communities and Public Protection, said:

"Our thoughts remain with Maisie and her family, and with Mr Nowicki, whose bravery that afternoon cannot be overstated.

"We accept that our own handling of this case fell short. A follow-up visit that should have taken place did not happen, and that is not good enough. I have asked officers to carry out a full review of how we enforce against irresponsible dog owners, and the findings will go to the licensing and regulatory committee in July.

"Nothing is off the table, including additional staff and new rules on dogs in play areas."

The council's Dog Warden Service can be contacted on 01632 960 418. Reports of a dog attack in progress should always be made to the police on 999.

**Notes to editors**

- Dogs in the borough are currently required to be kept on leads in 12 of the 41 fenced children's play areas under an existing order made in 2019.
- The review will be led by Rachel Ostrowski, Head of Environmental Health and Licensing.
`;


describe('days of other documents, "too … to", "instead" and parts of a whole, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"which met on Tuesday 4 November" is the minutes\' day, beside the board\'s "meeting on Thursday 6 November"; "too little room … to keep crowds safe" is no opposite', async () => {
    const market = judgeWith(await workspaceIndex({ 'sources/ktcp_statement_2025-11-07.md': MARKET_STATEMENT, 'sources/sag_minutes_2025-11-04.md': SAG_MINUTES }));
    const met = (day: string) => market(`The decision followed advice from Wendmoor District Council's Safety Advisory Group, which met on ${day} and agreed unanimously that it could not support the organiser's revised event management plan.`);
    assert.equal(met('Tuesday 4 November').verdict, 'supported', why(met('Tuesday 4 November')));
    assert.equal(met('Wednesday 5 November').verdict, 'contradicted', why(met('Wednesday 5 November')));
    const room = (left: string) => market(`Kestonbury's Christmas market has been cancelled after a safety review found that building works at the Corn Exchange had left ${left} room in Market Square to keep crowds safe.`);
    assert.deepEqual(room('too little').conflicts, [], why(room('too little')));
    assert.equal(room('enough').verdict, 'contradicted', why(room('enough')));
  });

  test('"to back a two-year federation pilot" against "to reject the proposal and instead to support a two-year federation pilot"', async () => {
    const school = judgeWith(await workspaceIndex({ 'sources/02_governors_response_letter.md': GOVERNORS_LETTER }));
    const pilot = school('The governors want the cabinet to back a two-year federation pilot with Kettlebeck from September 2026, with pupil numbers reviewed after the Mill Lane homes are occupied.');
    assert.equal(pilot.verdict, 'supported', why(pilot));
  });

  test('"in 12 of those play areas" has no rival in "all 41 fenced children\'s play areas"; "on two of them" has one in "three of the four"', async () => {
    const files = { 'sources/02_licensing_committee_report.md': DOGS_REPORT, 'sources/04_council_statement.md': DOGS_STATEMENT };
    const paragraph = (n: string) =>
      `# Dogs\n\nA report by Rachel Ostrowski, the council's head of environmental health and licensing, recommends creating an extra full-time dog warden post at a cost of £38,400 a year and a Public Spaces Protection Order requiring dogs to be on leads in all 41 fenced children's play areas. Dogs must already be kept on leads in ${n} of those play areas under an order made in 2019. Ms Ostrowski wrote: "The figures show a service that has not kept pace with demand."\n`;
    const twelve = await checkAgainst(files, paragraph('12'));
    assert.deepEqual(twelve.findings.filter((f) => f.severity === 'error').map((f) => f.message), []);
    const fifteen = await checkAgainst(files, paragraph('15'));
    assert.ok(fifteen.findings.some((f) => f.code === 'contradicted-claim' && /\b12\b/.test(f.message)), fifteen.findings.map((f) => f.message).join('\n'));
    const shifts = judgeWith(await workspaceIndex({ 'sources/interviews_transcript.txt': HANDOVER_INTERVIEWS }));
    const two = shifts('He said that in the first week of January he worked four 12-hour shifts and handed over only one patient on two of them.');
    assert.equal(two.verdict, 'contradicted', why(two));
  });
});
