/**
 * The fifty-first round, second part: faithful sentences of h666 and h668–h673 (written against fcd64f2) shown as
 * errors. "half past twelve" after "between … and" is a time; "and two thirds of those" is a fraction; a broad noun
 * ("defect", "show") stands for its kinds; a confirmation of a refusal ("confirmed … that asbestos removal was
 * excluded") is no opposite of "refused"; a light verb that carries a figure ("leaves a gap of £171,823") is no
 * denied leaving; a word whose next words the window gives after the claim's word before it ("staff … redeployed to
 * the school") is that word in another form; a figure the sentence pairs with the claim's next figure ("£1,126,400 —
 * 75%") is the claim's; "when" is no noun's rival; a denial reaches the verbs its "or" joins; a sentence whose subject
 * "notes that" is no one else's words; "up to" a figure after no verb of a move is a bound; a best passage with the
 * claim's figures and no opposite word ("target of reducing … to below 8,000") outweighs last year's rise. The
 * fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h666: sources/interview_marchbank.md, whole. */
const RACE_INTERVIEW = `# INTERVIEW TRANSCRIPT

**Interviewee:** Helen Marchbank, race director, Kestrelford Half Marathon
**Interviewer:** Tom Averill, reporter, Kestrelford Gazette
**Date:** Tuesday 14 October 2025, 11.05am
**Format:** Telephone interview, recorded with consent; 22 minutes
**Transcribed by:** Tom Averill

---

TOM AVERILL: Thanks for making time, Helen. Can we start with how you found out about the bridge?

HELEN MARCHBANK: Of course. I got a phone call from Simon Okafor at the county council at about half past six on the Monday evening, the 22nd, to say the bridge would be shut from six the next morning. I thought the race was off, honestly. For about an hour I thought we'd be cancelling.

TOM AVERILL: Had you had any warning before that?

HELEN MARCHBANK: None at all. The inspection was the Wednesday and Thursday of the week before, and we heard on the Monday night. I understand why, they had to be sure, but I'd have liked more warning. Our old course crossed Tanner's Bridge twice, once at about three miles and again at about eleven, so there was no way of patching it.

TOM AVERILL: What options did you look at?

HELEN MARCHBANK: Three. Cancel, postpone to the spring, or reroute. The board met on the Wednesday, the 24th, and voted five to one to reroute. We announced the new course on the Friday, the 26th. Postponing would have meant clashing with half the spring marathons, and cancelling would have meant refunding more than four and a half thousand people and letting the hospice down.

TOM AVERILL: How did you design the new route so quickly?

HELEN MARCHBANK: We already knew Corporation Bridge well, because we'd used it for the 10K. The tricky part was replacing the Ferriby Road out-and-back, because without Tanner's Bridge you can't get to it. So we put in a 2.6-kilometre loop along the Wend Valley Greenway. It's lovely, but it's narrow. It's three and a half metres wide at its narrowest point, by Pellow's Lock. That's why we went to wave starts for the first time, three waves, five minutes apart.

TOM AVERILL: And the course was re-measured?

HELEN MARCHBANK: Yes, Alan Threlfall measured it on the Thursday, the 2nd of October, with a calibrated bike. It came out bang on. People care about that, because if you run a personal best you want it to count.

TOM AVERILL: What did all this cost?

HELEN MARCHBANK: About £23,500 extra. That's the additional marshals' kit and training, about 1,400 metres more crowd barriers, new signage, and the re-measurement fee. We've paid it out of our reserves. We didn't put the entry fee up and we didn't ask runners for a penny more. It stayed at £34 for affiliated runners and £36 for everyone else.

TOM AVERILL: You needed more marshals too.

HELEN MARCHBANK: We went from 240 to 310. We needed seventy more, and the running clubs found them in a week. Kestrelford Road Runners alone brought in twenty-six. I can't thank them enough.

TOM AVERILL: Did many runners pull out because of the change?

HELEN MARCHBANK: Sixty-one people asked for a refund after we announced the new course. We offered everyone a deferral to next year instead, and most of them took it, forty-four of the sixty-one. Entries had closed on the 31st of August, so the record number was already in the bag before the bridge went. The reroute didn't bring us a single extra entry, whatever people say on Facebook.

TOM AVERILL: Why do you think entries were so high, then?

HELEN MARCHBANK: I think winning Best Road Race at the Wendshire Sports Awards in March made a big difference, and the 10K series has brought a lot of new runners through. Half of our entrants this year had never done a half marathon before, which is remarkable.

TOM AVERILL: The wheelchair race didn't go ahead. Why was that?

HELEN MARCHBANK: It broke my heart to drop the wheelchair race. The Greenway has a gravel section of about 400 metres and a gate we couldn't remove, and we weren't going to put athletes on a surface that wasn't safe for them. Nine athletes raced in 2024. We've offered them all their money back and a free place next year, and we'll put it right.

TOM AVERILL: How did the day go from a safety point of view?

HELEN MARCHBANK: Very well. St John Ambulance treated fourteen runners, which is down from nineteen last year, and two were taken to Wendshire General Hospital as a precaution. Both were discharged the same day.

TOM AVERILL: We've had letters from residents on Ashby Lane.

HELEN MARCHBANK: Yes, and they're right to write. We had twenty-seven complaints in total, and most were from Ashby Lane, about access between eight in the morning and half past twelve. Ashby Lane is already carrying the bridge diversion, so we added to a bad situation. That's fair criticism, and we'll do better.

TOM AVERILL: What happens next year?

HELEN MARCHBANK: That depends on the bridge. The council's saying the end of February, so in theory we'll have Tanner's Bridge back. But if Tanner's Bridge is open, I'd still want to look hard at keeping the Greenway. A lot of runners said it was the best bit. We'll survey everyone who ran and decide by Christmas.

TOM AVERILL: And how were the council to deal with?

HELEN MARCHBANK: Simon Okafor's team were brilliant once we got going. They turned round our road closure application in eight days, when it normally takes six weeks. We ended up needing eleven road closures rather than fourteen, which helped.

TOM AVERILL: Thank you, Helen.

HELEN MARCHBANK: Thank you.

[END OF TRANSCRIPT]
`;

/** h668: sources/highways_annual_report_2023-24.md, whole. */
const HIGHWAYS_REPORT = `# BRACKENFORD COUNTY COUNCIL

## Highways Asset Management: Annual Report 2023/24

**Report to:** Cabinet, Thursday 18 July 2024
**Report author:** Martin Osei, Assistant Director, Highways and Transport
**Cabinet member:** Councillor Helen Fairclough, Cabinet Member for Highways and Environment
**Period covered:** 1 April 2023 to 31 March 2024

---

### 1. Summary

1.1 Brackenford County Council is the highway authority for 3,940 km of adopted road, of which 612 km are A roads, 1,085 km are B and C roads and 2,243 km are unclassified roads.

1.2 During 2023/24 the council repaired 38,415 potholes, compared with 41,260 in 2022/23, a fall of 7%.

1.3 The number of reported potholes awaiting repair stood at 14,620 on 31 March 2024, up from 9,870 on 31 March 2023, an increase of 48%.

1.4 The public reported 52,300 road defects to the council through the online "Report It" portal and the customer contact centre, compared with 44,150 in the previous year.

1.5 The council's estimate of the cost of bringing the whole road network up to a good condition rose to £212 million, from £187 million a year earlier.

### 2. Performance against repair targets

2.1 Category 1 defects (those 50 mm deep or more on A roads, or presenting an immediate hazard on any road) are to be made safe within 24 hours. Category 2 defects are to be repaired within 28 days.

| Measure | Target | 2022/23 | 2023/24 |
|---|---|---|---|
| Category 1 defects made safe within 24 hours | 95% | 93% | 87% |
| Average time to repair Category 2 defects | 28 days | 26 days | 41 days |
| Potholes repaired | — | 41,260 | 38,415 |
| Potholes awaiting repair at 31 March | — | 9,870 | 14,620 |
| Road resurfaced (capital programme) | 110 km | 104 km | 96 km |

2.2 Performance fell short of target on both measures. Two main causes are identified:

- **Weather.** The council's weather station at Hollins Edge recorded 1,126 mm of rainfall between 1 October 2023 and 31 March 2024, 38% above the long-term average for those six months. The network also experienced 47 freeze-thaw cycles over the winter, compared with 31 in winter 2022/23. Water entering cracks and then freezing is the principal cause of pothole formation.
- **Contractor capacity.** The council's term maintenance contractor, Tarnside Civils Ltd, carried 9 vacancies among its 34 highway operatives for most of the winter, reducing the number of repair crews available on any one day from 14 to 11.

### 3. Budget

3.1 The highways maintenance revenue budget for 2023/24 was £18.2 million, of which £4.6 million was allocated to reactive repairs, including potholes. Reactive repairs overspent by £1.3 million.

3.2 The capital resurfacing programme was £11.4 million, funding 96 km of resurfacing against a target of 110 km.

### 4. Compensation claims for vehicle damage

4.1 Drivers whose vehicles are damaged by a defect on the highway may claim compensation from the council. The table below shows vehicle damage claims by the financial year in which they were received.

**Table 4: Vehicle damage claims, 2019/20 to 2023/24**

| Year | Claims received | Claims paid | Total paid | Average payment |
|---|---|---|---|---|
| 2019/20 | 1,142 | 298 | £96,430 | £324 |
| 2020/21 | 806 | 211 | £71,920 | £341 |
| 2021/22 | 1,315 | 362 | £128,510 | £355 |
| 2022/23 | 2,046 | 587 | £231,870 | £395 |
| 2023/24 | 3,118 | 904 | £402,280 | £445 |

4.2 Claims received in 2023/24 rose by 52% on the previous year, and the total paid rose by 73%. The fall in 2020/21 reflects reduced traffic during the Covid-19 restrictions.

4.3 Of the 3,118 claims received in 2023/24, 2,760 had been decided by 30 June 2024: 904 were paid (33%) and 1,856 were rejected (67%). A further 358 claims were still being assessed.

4.4 The council rejects a claim where it can show that it maintained a reasonable system of inspection and repair, as provided for by section 58 of the Highways Act 1980, or where the defect had not been reported to the council before the incident.

4.5 Personal injury claims are reported separately. In 2023/24 the council received 64 personal injury claims arising from highway defects and settled 11, at a total cost of £148,900.

### 5. Recommendations

5.1 Cabinet is asked to:

(a) note the performance set out in this report;
(b) approve the release of £3.5 million from the council's general reserves for additional pothole repairs in 2024/25;
(c) ask officers to report progress to the Highways and Transport Scrutiny Committee.
`;

/** h668: sources/press_statement_2024-07-22.md, whole. */
const HIGHWAYS_STATEMENT = `# BRACKENFORD COUNTY COUNCIL — PRESS RELEASE

**For immediate release: Monday 22 July 2024**

## Council launches £3.5 million pothole blitz

Brackenford County Council is to spend an extra £3.5 million tackling potholes across the county over the next eight months, after Cabinet approved the funding at its meeting on Thursday 18 July 2024.

The money, released from the council's general reserves, will pay for:

- six additional "find and fix" repair crews, starting work on Monday 2 September 2024 and bringing the total number of crews to 20;
- two jet-patching vehicles, leased for 18 months, which can repair a pothole in around eight minutes without the need for digging out;
- extra weekend and evening working on A roads and bus routes.

The council has set itself the target of reducing the number of potholes awaiting repair to below 8,000 by 31 March 2025, and of bringing the average repair time for Category 2 defects back within its 28-day target by December 2024.

Councillor Helen Fairclough, Cabinet Member for Highways and Environment, said:

"We know that residents are fed up, and frankly so am I. Every pothole on our roads is one too many, and this money will put more crews on the ground than at any time in the last decade."

Martin Osei, the council's Assistant Director for Highways and Transport, said:

"The wettest winter in our records did more damage in six months than we would normally see in two years. The extra crews will let us work through the backlog road by road, starting with the A-road network and bus routes."

### Compensation claims

A council spokesperson said: "The council pays claims where it is liable. Most rejected claims relate to defects that had not been reported to us or that were repaired within our published timescales. We would always encourage drivers to report potholes as soon as they see them."

Residents can report potholes 24 hours a day through the council's "Report It" portal or by calling the customer contact centre on 01632 960 400.

### Notes to editors

1. The Highways Asset Management Annual Report 2023/24 was presented to Cabinet on Thursday 18 July 2024.
2. The council's Leader is Councillor Graham Tulloch.
3. The council's term maintenance contractor is Tarnside Civils Ltd.

ENDS

Media enquiries: Brackenford County Council press office, press@brackenford.example.gov.uk
`;

/** h669: sources/press_release.md, whole. */
const THEATRE_RELEASE = `# PRESS RELEASE

**Halverton Corn Exchange Theatre Trust**
**For immediate release: Monday 20 October 2025**

## Panto goes to school as Corn Exchange closes for asbestos removal

The Corn Exchange Theatre in Halverton will stay closed until the end of February 2026 while asbestos is removed from the building, and this year's pantomime, *Jack and the Beanstalk*, will move to the main hall at St Aldhelm's Academy on Ferris Lane.

The asbestos was found on Tuesday 30 September by contractors replacing the theatre's flying system, the ropes and counterweights used to raise and lower scenery. A survey by Marlow Pryce Associates found asbestos in 19 of 47 samples taken, including a sprayed coating on the steelwork at the top of the fly tower, pipe lagging in the boiler room and ceiling panels in the circle bar.

Air tests in the auditorium, foyer and circle bar found no fibres above the clearance indicator, and the surveyors have concluded that there is no evidence that audiences or staff in public areas were put at risk.

The work, which also includes repairs to two corroded roof trusses, is estimated to cost £541,823 and to take 14 weeks. The theatre aims to reopen on Friday 27 February 2026.

Margaret Ellery, chair of the trust, said: "Nobody wanted to make this announcement six weeks before panto. But the choice was simple: do the job properly or don't do it at all. We would rather lose a season than take a chance with anyone's health."

### The show goes on

*Jack and the Beanstalk* will now open at St Aldhelm's Academy on Saturday 6 December and run until Sunday 4 January, with 34 performances. The hall seats 320, compared with 412 at the Corn Exchange.

More than 9,800 tickets have already been sold. Ticket holders will be emailed today. Most will keep a seat on their original date at the new venue; where that is not possible, they will be offered a different performance, an exchange or a full refund. Performances originally scheduled between Friday 28 November and Friday 5 December are cancelled, and holders of tickets for those dates will be contacted first.

Helen Kovacs, headteacher of St Aldhelm's Academy, said: "Half of our pupils saw their first ever show at the Corn Exchange. When Tom rang me, there was no question of saying no. Our students will be helping front of house, and some of our drama students will be shadowing the technical crew."

Rob Duggan, who directs the pantomime and plays Dame Trott, said: "We've lost the flying, but we haven't lost the beanstalk. It's going to grow in a way nobody in Halverton has seen before. It'll be smaller, it'll be closer, and it'll be louder."

Tom Ashdown, chief executive of the trust, said: "I'm enormously grateful to Helen and the governors at St Aldhelm's. The school has given us a home for Christmas, and we'll make sure every child who was coming to the panto still gets to see it."

### Raise the Curtain appeal

The trust's insurer will not cover the cost of removing the asbestos. Halverton Borough Council, which owns the building, is considering a contribution of £250,000, to be decided by its cabinet on Wednesday 12 November. The trust will contribute £120,000 from its own reserves.

To help close the remaining gap, the trust is today launching the Raise the Curtain appeal, with a target of £175,000. Donations can be made online or at the St Aldhelm's box office during the pantomime run.

The spring production of *The Ladykillers*, which had been due to open in March, has been postponed to autumn 2026.

### Notes to editors

- The Corn Exchange opened as a grain exchange in 1868 and became a theatre in 1936. It seats 412: 268 in the stalls and 144 in the circle.
- The Halverton Corn Exchange Theatre Trust is a registered charity and has run the theatre since 1992 under a lease from Halverton Borough Council.
- The trust employs 23 permanent staff, all of whom will be kept on full pay during the closure.
- Last year's pantomime, *Cinderella*, was seen by 14,220 people.

**Media enquiries:** Lucy Farrant, communications officer, Halverton Corn Exchange Theatre Trust
`;

/** h669: sources/board_minutes.md, whole. */
const THEATRE_MINUTES = `# Halverton Corn Exchange Theatre Trust

## Minutes of an Extraordinary Meeting of the Board of Trustees

**Date:** Thursday 16 October 2025, 6.30pm
**Venue:** Committee Room 2, Halverton Guildhall, Church Square, Halverton

**Present:** Margaret Ellery (chair), Anil Chaudhry (vice-chair), Ruth Penhaligon (honorary treasurer), Sean McBride, Josephine Tull, Dr Colin Westwater
**In attendance:** Tom Ashdown (chief executive), Priya Raman (finance and operations manager), Cllr Derek Houlihan (cabinet member for culture and leisure, Halverton Borough Council, observer), Lucy Farrant (minutes)
**Apologies:** Hamid Qureshi

### 1. Welcome and declarations of interest

1.1 The chair opened the meeting at 6.32pm and explained that it had been called at short notice to consider the asbestos survey and the future of this year's pantomime.

1.2 Dr Colin Westwater declared that his wife is a governor of St Aldhelm's Academy. The board agreed that he could take part in the discussion but should not vote on item 4.

### 2. Asbestos and structural survey

2.1 The chief executive presented the summary report from Marlow Pryce Associates dated Friday 10 October 2025. Of 47 samples, 19 had contained asbestos, the most serious being the sprayed coating on the fly tower steelwork. Two of the six roof trusses over the fly tower were corroded. The total estimated cost of the works, including a 15 per cent contingency, was £541,823 excluding VAT.

2.2 The chief executive reported that air tests in the auditorium, foyer and circle bar had all been below the clearance indicator. He said: "I want to be absolutely clear to every family who has sat in that auditorium: the surveyors found no sign that the public was ever at risk. What they found is a job that has to be done properly, and it cannot be done around a pantomime."

2.3 The surveyors' programme was 14 weeks from Monday 3 November 2025. Allowing for clearance certification, fire safety inspection and a technical rehearsal period, the chief executive proposed a target reopening date of Friday 27 February 2026. The theatre would therefore be closed for the whole of the pantomime season and for the planned spring production of *The Ladykillers*, which would be postponed to autumn 2026.

2.4 Sean McBride asked whether the works could be phased so that the auditorium could reopen for the pantomime with the fly tower sealed off. The chief executive said that Marlow Pryce had advised against this because the fly tower is open to the stage, and a pantomime without flying would not be possible in any case.

### 3. Finance

3.1 The finance and operations manager reported that the Trust's insurer, Thornbury Mutual, had confirmed in writing on Tuesday 14 October 2025 that asbestos removal was excluded from the buildings policy as "gradual deterioration". Business interruption cover would pay up to £60,000 towards lost income.

3.2 Cllr Houlihan said that, as freeholder, the borough council recognised its responsibility for the building's fabric. Officers would recommend to cabinet on Wednesday 12 November 2025 a contribution of £250,000 from the council's capital reserve. He stressed that this was a recommendation and not a decision. He said: "The Corn Exchange is the council's building and the town's theatre. We are not going to leave the trust to carry this on its own, but I can't pre-empt what cabinet will decide."

3.3 The honorary treasurer reported that the Trust's unrestricted reserves stood at £310,000 at 30 September 2025. She recommended that no more than £120,000 be drawn from reserves, so as to keep at least six months' running costs in hand. Monthly running costs while closed were estimated at £31,500.

3.4 On the figures presented, the remaining gap would be £171,823. The board agreed to launch a public appeal, provisionally called "Raise the Curtain", with a target of £175,000.

3.5 The finance and operations manager reported that the pantomime normally accounts for 41 per cent of the Trust's annual box office income. Last year's pantomime, *Cinderella*, sold 14,220 tickets, 91 per cent of capacity, and took £241,700.

**Resolved:** (a) to commission the works set out in the Marlow Pryce report, subject to confirmation of the council's contribution; (b) to draw up to £120,000 from unrestricted reserves; (c) to launch the "Raise the Curtain" appeal.

### 4. Pantomime 2025: *Jack and the Beanstalk*

4.1 The chief executive reported that *Jack and the Beanstalk* had been due to run for 38 performances at the Corn Exchange from Friday 28 November 2025 to Sunday 4 January 2026. As of Wednesday 15 October 2025, 9,870 tickets had been sold, worth £168,300.

4.2 Three alternative venues had been considered: the Halverton Leisure Centre sports hall, the Baptist church hall on Kingsway, and the main hall at St Aldhelm's Academy, Ferris Lane. The leisure centre was not available in December because of a netball tournament and the church hall seated only 180. St Aldhelm's Academy hall, which has fixed raked seating for 320, a stage and a lighting rig, had been offered by the headteacher, Helen Kovacs, for a nominal fee of £1 plus costs.

4.3 The proposed revised run was 34 performances at St Aldhelm's from Saturday 6 December 2025 to Sunday 4 January 2026. The first week of the original run had to be lost because the school hall would be in use for the academy's own end-of-term events until Friday 5 December. There would be no performance on Thursday 25 December.

4.4 Because the school hall has 92 fewer seats than the Corn Exchange, not all existing bookings could be honoured on their original dates. Ticket holders would be moved automatically where possible; those who could not be accommodated, or did not want to move, would be offered a full refund or an exchange.

4.5 Josephine Tull asked about the flying sequence in which the beanstalk grows. The chief executive said the director, Rob Duggan, was reworking the scene to use projection and would "keep the magic, lose the flying".

4.6 Josephine Tull asked about staff. The chief executive said all 23 permanent staff would be retained on full pay. Six front-of-house staff would be redeployed to the school venue; the four café staff would be offered hours at the school bar and box office.

**Resolved** (Dr Westwater not voting): to move *Jack and the Beanstalk* to St Aldhelm's Academy on the terms set out above. Carried five votes to none.

### 5. Communications

5.1 It was agreed that a press release would be issued on Monday 20 October 2025 and that ticket holders would be emailed the same day.

### 6. Date of next meeting

Thursday 13 November 2025, the day after the council cabinet meeting.

The meeting closed at 8.47pm.
`;

/** h670: sources/charity_press_release.md, whole. */
const APPEAL_RELEASE = `# PRESS RELEASE — Harrowdene Hospitals Charity

**For immediate release: Monday 17 March 2025**

## Clearer Picture Appeal passes £1.1 million with six months to go

Harrowdene Hospitals Charity's Clearer Picture Appeal, which is raising £1.5 million towards a new MRI scanner at Harrowdene General Hospital, has now reached £1,126,400 — 75% of its target.

The appeal was launched on Saturday 14 September 2024 at a family fun day in Milbury Park, and has until Tuesday 30 September 2025 to raise the remaining £373,600.

The new 3 Tesla scanner will replace the hospital's oldest MRI machine, which was installed in 2011. The charity's money will pay for the scanner itself; North Wexley Hospitals NHS Trust is meeting the rest of the £2.4 million cost.

**Where the money has come from so far:**

- Individual donations: £312,750
- Community events and challenges: £198,300
- Local businesses: £241,000
- Charitable trusts and foundations: £286,000
- Gifts in wills: £88,350

The largest single gift so far is £150,000 from the Ellesmere Family Foundation, a grant-making trust based in Wexley Vale. In February the appeal also received an anonymous donation of £50,000.

Siobhan Kettering, director of Harrowdene Hospitals Charity, said: "We are overwhelmed by the generosity of people across Harrowdene and Wexley Vale. Six months ago this felt like a mountain. Today we can see the summit, but we are not there yet, and every pound still counts."

More than 2,300 people have donated or fundraised for the appeal. Among them is Gareth Pybus, 58, a retired postman from Milbury, who walked 212 miles around the county boundary over 16 days last autumn and raised £14,600. His wife, Janet, was diagnosed with a brain tumour after an MRI scan at the hospital in 2023.

Mr Pybus said: "The scan found Janet's tumour early and that's why she's still here. I wanted other families to get that chance without waiting months for it."

Pupils at Calderbrook Primary School raised £3,215 with a sponsored silence, and staff at Harrowdene General Hospital have contributed £27,900 through payroll giving and a staff bake-off.

Local businesses have also backed the appeal. Wexley Vale Building Society has given £40,000, and Harrowdene Town FC donated the proceeds of its Boxing Day fixture, £11,480.

**Coming up**

- Harrowdene Half Marathon, Sunday 11 May 2025 — 600 charity places available for Clearer Picture runners.
- The Big Scan Ball, Friday 20 June 2025 at Calderbrook Hall — tickets £85.
- Light Up the Bridge, Saturday 27 September 2025 — a closing event on the Harrowdene town bridge.

Ms Kettering added: "If every household in Harrowdene gave just £5, we would be over the line by the summer."

**Notes to editors**

1. Harrowdene Hospitals Charity is the official charity of North Wexley Hospitals NHS Trust, which serves around 540,000 people across Harrowdene and Wexley Vale.
2. The Clearer Picture Appeal target is £1.5 million. The total cost of the new scanner project is £2.4 million.
3. Media enquiries: Nadia Fenwick, communications manager, Harrowdene Hospitals Charity.
`;

/** h670: sources/interview_raman.md, whole. */
const RADIOLOGIST = `# Interview transcript

**Interviewee:** Dr Priya Raman, consultant radiologist and clinical lead for MRI, North Wexley Hospitals NHS Trust
**Interviewer:** Tom Ashdown, health reporter, Harrowdene Courier
**Date and place:** Wednesday 19 March 2025, radiology department, Harrowdene General Hospital
**Length:** 24 minutes (transcribed and lightly edited for hesitations)

---

**TOM ASHDOWN:** Thanks for making the time. Start with the basics. Why does the hospital need a new scanner?

**PRIYA RAMAN:** Scanner A is fourteen years old. It's done fantastic service but it's tired. It broke down twice this winter. The worst was in January, when it was off for six days, and we had to cancel 184 appointments. Every one of those is a person who'd been waiting, and then got a phone call saying sorry, not this week.

**TOM ASHDOWN:** What was the cause?

**PRIYA RAMAN:** The January one was the cooling system — the helium compressor failed, and the part had to come from abroad. In December it was a gradient coil fault. With a machine that age, parts get harder to find.

**TOM ASHDOWN:** What does the new machine do that the old one can't?

**PRIYA RAMAN:** It's a 3 Tesla scanner, so the magnetic field is twice as strong as our current 1.5 Tesla machines. In practice that means a better signal, sharper images and faster scans. A prostate MRI takes us about 40 minutes at the moment. On the new scanner we expect that to come down to around 25 minutes. For brain and spine work, and for prostate cancer, the image quality is a real step up.

**TOM ASHDOWN:** And patients will notice?

**PRIYA RAMAN:** They'll notice the bore — the tunnel. It's 70 centimetres wide, against 60 centimetres on Scanner A. That sounds small but it makes a huge difference if you're anxious or you're a larger person. At the moment about one in twelve of our adult patients can't complete their scan because of claustrophobia. We think the wider bore will bring that down a lot, and it should mean fewer children need a general anaesthetic to be scanned.

**TOM ASHDOWN:** The Trust's board papers mention cardiac MRI.

**PRIYA RAMAN:** Yes, and that's the one I'm most excited about. Right now, if you need a cardiac MRI, you go to Kingsmere University Hospital, which is 31 miles away. That's about 900 of our patients a year. Many are elderly, many don't drive. With the new scanner we can do that here.

**TOM ASHDOWN:** Waiting times are well off target. Will one scanner fix that?

**PRIYA RAMAN:** It won't fix it on its own, and I don't want to promise that. Demand is growing — GP direct-access referrals went up 17% last year. But the extra capacity, together with longer opening hours, gives us a real chance of getting back to the 5% ambition. I'd hope to see that within a year of the scanner opening.

**TOM ASHDOWN:** Longer hours need staff.

**PRIYA RAMAN:** They do. We need four more radiographers. We've recruited two so far, and both start in April. Radiographers are in short supply nationally, so we're also training our own — we have three trainee radiographers on the apprenticeship route.

**TOM ASHDOWN:** How much does speed of diagnosis matter?

**PRIYA RAMAN:** Enormously. It's not a luxury. It's the difference between finding a tumour at stage one and finding it at stage three. I've seen both, and I know which conversation I'd rather have with a family.

**TOM ASHDOWN:** What would you say to people thinking about giving to the appeal?

**PRIYA RAMAN:** That this is their scanner. The NHS will run it and staff it, but the community is buying it. Every scan it does for the next ten years will have their name on it, in a way.

**TOM ASHDOWN:** Last one. When will the first patient go through?

**PRIYA RAMAN:** If everything goes to plan, the first week of November. The building work starts in June. I'll be there with a bottle of something non-alcoholic.

*[End of transcript]*
`;

/** h671: sources/01_ombudsman_determination.md, whole. */
const DETERMINATION = `# Independent Housing Ombudsman for England — Determination

**Case reference:** 202318844
**Complainant:** Ms Marion Ellery
**Landlord:** Wealdgate Housing Group
**Property:** 14 Calder Rise, Hartsmoor estate, Kestonbridge
**Date of determination:** Tuesday 17 September 2024
**Signed:** Harriet Lomax, Deputy Ombudsman
**Investigator:** Daniel Achterberg, Senior Dispute Resolution Officer

## 1. Summary of findings

| Complaint element | Finding |
|---|---|
| The landlord's response to reports of damp and mould at the property | Severe maladministration |
| The landlord's handling of the associated complaint | Maladministration |
| The landlord's record keeping | Service failure |

## 2. Background

2.1 Ms Ellery has held an assured tenancy of the property, a two-bedroom second-floor flat in a 1960s system-built block, since April 2016. She lives there with her son, Callum, who is seven years old and has been diagnosed with asthma.

2.2 Wealdgate Housing Group is a registered provider that owns and manages approximately 9,300 homes across Kestonbridge and Ashby Vale.

2.3 The landlord's Damp and Mould Policy (version 3, adopted January 2023) states that it will inspect reports of damp and mould within 10 working days and complete identified remedial works within 28 calendar days of inspection.

## 3. Chronology

3.1 On Monday 6 March 2023 Ms Ellery reported black mould on the external wall and ceiling of the smaller bedroom, used by her son.

3.2 A surveyor attended on Tuesday 21 March 2023. The surveyor recorded relative humidity of 78% in the bedroom and moisture meter readings of up to 28% on the external wall. The surveyor recommended a mould wash, the installation of a humidity-controlled extractor fan in the bathroom and an inspection of the guttering above the bedroom window.

3.3 The mould wash was carried out on Friday 9 June 2023, 80 days after the inspection. There is no evidence that the fan was ordered at this time or that the guttering was inspected.

3.4 On Monday 14 August 2023 Ms Ellery reported that the mould had returned and sent the landlord a letter from her GP stating that her son's asthma was "likely to be aggravated by the damp conditions in the home".

3.5 Ms Ellery raised a formal complaint on Monday 2 October 2023. The landlord's complaints policy requires a stage 1 response within 10 working days, which in this case was by Monday 16 October 2023. The stage 1 response was issued on Monday 27 November 2023, 30 working days after it was due.

3.6 The stage 2 response, issued on Monday 15 January 2024, apologised for "delays in our repairs service" and offered £250 in compensation. Ms Ellery declined the offer and referred her complaint to the Ombudsman on Thursday 22 February 2024.

3.7 The extractor fan was fitted on Tuesday 7 May 2024, 428 days after Ms Ellery's first report. The landlord's records contain no inspection of the guttering at any point. Ms Ellery told the Ombudsman that the mould had returned within six weeks of the fan being fitted.

## 4. Assessment

4.1 The landlord correctly identified the likely causes of the damp at its first inspection but then failed to act on its own surveyor's recommendations. It took 80 days to carry out a mould wash that its policy required within 28 days, and more than 14 months to fit a fan that cost, according to the landlord's own invoice, £186.

4.2 The landlord had been told by a medical professional that a young child's health was likely being affected, yet there is no evidence that this letter led to the case being prioritised. The Ombudsman considers this a significant failing.

4.3 The landlord told the Ombudsman that the delays were caused by "a shortage of approved contractors during 2023". The Ombudsman accepts that this may have contributed, but notes that the landlord did not explain the delay to Ms Ellery at the time and did not offer her a dehumidifier or temporary move to another room or property.

4.4 The landlord's offer of £250 at stage 2 did not reflect the length of time, the distress caused or the effect on a vulnerable child, and was not proportionate.

4.5 The landlord's repair records for the property were incomplete. Two appointments recorded as "no access" could not be supported by any calling card or message to the tenant, and Ms Ellery says she was at home on both dates.

4.6 This is the third finding of severe maladministration made against the landlord in the last 12 months. The Ombudsman received 64 complaints about the landlord in 2023-24, compared with 41 in 2022-23.

## 5. Orders

5.1 Within four weeks of this determination, that is by Tuesday 15 October 2024, the landlord must:

- provide a written apology to Ms Ellery from its chief executive;
- pay Ms Ellery £2,850 in compensation, made up of £1,900 for the distress and inconvenience caused by its handling of the damp and mould, £450 for its complaint handling and £500 towards damaged belongings including a bed, carpet and clothing. This replaces the £250 previously offered;
- carry out a new inspection of the property by a qualified damp specialist, including the roof guttering and external wall.

5.2 The landlord must complete all works identified by the new inspection within eight weeks of that inspection.

5.3 Within 12 weeks of this determination, that is by Tuesday 10 December 2024, the landlord must review all its open damp and mould cases on the Hartsmoor estate to check that each has been inspected and that works are scheduled, and send the Ombudsman a report of its findings.

## 6. Deputy Ombudsman's comment

Harriet Lomax, Deputy Ombudsman, said: "Ms Ellery and her son lived with black mould in a child's bedroom for well over a year while the landlord's own records show it knew what needed to be done. A fan costing less than £200 took 428 days to fit. This is not a problem of resources; it is a problem of grip."

She added: "We expect Wealdgate to treat the wider review seriously. Other households on the Hartsmoor estate should not have to come to us to get the basics fixed."
`;

/** h673: sources/01_harbour_notice.md, whole. */
const HARBOUR_NOTICE = `# BRENHAVEN HARBOUR AUTHORITY

## Local Notice to Mariners No. 7 of 2024

**Issued:** Monday 4 March 2024
**Issued by:** Captain Alan Treharne, Harbour Master, Brenhaven Harbour Authority
**Subject:** Reduced depths in the entrance channel, Fish Quay berths and inner basin; temporary navigation restrictions

### 1. Hydrographic survey

A hydrographic survey of the harbour was carried out on Tuesday 27 February 2024 by Westerly Hydrographic Ltd on behalf of the Authority. The survey has found significant siltation throughout the harbour since the last maintenance dredge, which was completed in September 2021. Mariners are advised that the depths shown on the harbour chart can no longer be relied upon.

The least depths found, compared with the maintained (declared) depths, are set out below. All depths are in metres below chart datum.

| Area | Declared depth (m) | Least depth surveyed 27 Feb 2024 (m) | Loss (m) |
|---|---|---|---|
| Entrance channel (between the pierheads) | 2.4 | 1.1 | 1.3 |
| Fish Quay, berths 1–4 | 2.0 | 0.6 | 1.4 |
| Fish Quay, berths 5–6 | 2.0 | 0.9 | 1.1 |
| Inner basin (moorings) | 1.8 | 0.9 | 0.9 |
| Ice House slipway approach | 1.2 | 0.3 | 0.9 |

The greatest accumulation of silt is alongside Fish Quay berths 1–4, where the survey found a loss of 1.4 metres against the declared depth.

### 2. Temporary restrictions (effective immediately)

1. Vessels with a draught greater than 1.5 metres must not attempt to enter or leave the harbour within two hours either side of low water.
2. Fish Quay berths 1–4 are closed to vessels over 12 metres in length until further notice.
3. Fish Quay berths 5–6 may be used only when the height of tide is above 3.0 metres.
4. Skippers must contact Brenhaven Harbour Radio on VHF Channel 14 before entering the harbour and must report any grounding immediately.
5. The Ice House slipway is restricted to vessels under 6 metres in length.

### 3. Predicted tides, Brenhaven, 11–17 March 2024

Times are GMT. Heights are in metres above chart datum. The final column gives the approximate depth available in the entrance channel at high water (least surveyed depth of 1.1 m plus the height of tide).

| Date | Morning high water | Height (m) | Morning low water | Height (m) | Approx. depth in entrance at HW (m) |
|---|---|---|---|---|---|
| Monday 11 March | 06:12 | 5.1 | 12:24 | 0.7 | 6.2 |
| Tuesday 12 March | 06:58 | 5.3 | 13:10 | 0.5 | 6.4 |
| Wednesday 13 March | 07:41 | 5.4 | 13:53 | 0.4 | 6.5 |
| Thursday 14 March | 08:22 | 5.3 | 14:35 | 0.5 | 6.4 |
| Friday 15 March | 09:03 | 5.0 | 15:17 | 0.8 | 6.1 |
| Saturday 16 March | 09:46 | 4.6 | 16:01 | 1.2 | 5.7 |
| Sunday 17 March | 10:33 | 4.1 | 16:50 | 1.6 | 5.2 |

At low water on spring tides, as little as 1.5 metres of water may be available in the entrance channel.

### 4. Maintenance dredging

The maintenance dredge originally programmed for October 2023 has been postponed. The Authority applied to the Marine Consents Agency for a disposal licence on Wednesday 9 August 2023 and is awaiting a decision. The dredge will remove an estimated 38,000 cubic metres of material at an estimated cost of £612,000. Work is not expected to begin before June 2024 and cannot begin until the licence has been granted.

Further notices will be issued as surveys are updated. The next survey is scheduled for April 2024.

Captain Alan Treharne
Harbour Master
Harbour Office, Quay Road, Brenhaven
`;

/** h654: sources/01_police_statement.md, whole. */
const POLICE_STATEMENT = `# Westmoor Police – Press Statement

**Issued:** Monday 10 June 2024, 11:30
**Reference:** WMP/RPU/24/0917
**Subject:** Collision involving cyclists and a van on Colley Bank, near Ashcombe Fold

Officers from Westmoor Police's Roads Policing Unit are appealing for witnesses following a collision involving a number of cyclists and a van on Colley Bank, between Ashcombe Fold and Brindle Cross, on Sunday 9 June 2024.

Police were called by the ambulance service at 10:46 on Sunday to reports that several riders taking part in an organised cycling event had come off their bicycles on the descent of Colley Bank, close to the junction with Sedge Lane.

Initial enquiries indicate that a white Ford Transit van was travelling north, uphill, on Colley Bank when it met a group of cyclists descending southbound at about 10:42. Six cyclists came off their bicycles. The van did not make contact with any of the riders, and the van remained at the scene.

Three cyclists were taken to hospital:

- A 57-year-old man from Harwell was airlifted by the Great Northern Air Ambulance to Westmoor Royal Infirmary with injuries described as serious but not life-threatening. He remains in hospital in a stable condition.
- A 41-year-old woman from Stanmoor was taken by road ambulance to Pennock General Hospital with a broken collarbone.
- A 29-year-old man from Kelbrook was taken by road ambulance to Pennock General Hospital with a wrist injury. He was discharged on Sunday evening.

The three other riders were treated at the scene by paramedics from the North West Ambulance Trust and by the event's own first-aid team.

The driver of the van, a 44-year-old man from Kelbrook, was not injured. He stopped at the scene and is assisting officers with their enquiries. No arrests have been made.

Colley Bank was closed by police at 10:50 to allow the air ambulance to land and for collision investigators to examine the scene. The road was reopened to traffic at 15:15.

Officers are aware of questions raised locally about whether a temporary road closure was in force on Colley Bank at the time. This forms part of our enquiries and we are working with Westmoor County Council and the event organiser to establish the facts.

Inspector Rachel Dunmore, of the Roads Policing Unit, said: "This was a frightening incident for everyone involved, and our thoughts are with the injured riders and their families. We are keen to speak to anyone who was on Colley Bank between 10:30 and 11:00 on Sunday, and in particular anyone with dashcam, helmet-camera or bike-computer footage."

She added: "I would ask people not to speculate about the cause of this collision on social media while our investigation is ongoing."

Anyone with information is asked to call 101, quoting log 0917 of 9 June.

ENDS
`;

/** h654: sources/02_organiser_incident_report.md, whole. */
const ORGANISER_REPORT = `# Harwell Vale Wheelers – Tarnbeck Sportive 2024
## Incident Report: Colley Bank collision, Sunday 9 June 2024

**Prepared by:** Martin Oakshott, Event Director, Harwell Vale Wheelers
**Reviewed by:** Priya Lonsdale, Club Chair
**Date of report:** Wednesday 12 June 2024
**Circulation:** Club committee; British Cycling event support; Westmoor Police (RPU); Westmoor County Council Highways

### 1. Event summary

The Tarnbeck Sportive is an annual, non-competitive ride run by Harwell Vale Wheelers from Harwell Market Hall. The 2024 edition offered three routes. Entry cost £38 for the 100-mile route, £32 for the 62-mile route and £20 for the 30-mile route. Only the 100-mile route used Colley Bank.

| Route | Distance | Registered | Started | Finished |
|---|---|---|---|---|
| Tarnbeck 100 | 161 km (100 miles) | 274 | 241 | 209 |
| Tarnbeck 100k | 100 km (62 miles) | 216 | 198 | 189 |
| Tarnbeck 50k | 48 km (30 miles) | 122 | 109 | 105 |
| **Total** | | **612** | **548** | **503** |

The number of starters was up from 471 at the 2023 event (held on Sunday 11 June 2023), an increase of 16 per cent.

The event was staffed by 64 volunteer marshals, four motorcycle outriders and a first-aid team of six provided by Pennock St John Rescue.

### 2. The Colley Bank closure

Colley Bank is a narrow, unclassified road (the C417) of about 2.3 km between Brindle Cross (at the bottom, south) and Ashcombe Fold (at the top, north). It has a maximum gradient of 14 per cent and several blind bends. The 100-mile route descends it southbound at approximately 78 km into the ride.

On Monday 15 April 2024 the club applied to Westmoor County Council for a temporary closure of Colley Bank from 08:00 to 14:00 on the day of the event. The council issued a temporary traffic regulation notice on Thursday 2 May 2024. The notice granted a closure from 08:00 to 12:00, with access for residents and emergency vehicles "under the control of the event organiser's marshals". The club paid a fee of £1,250.

The club's position is that in a telephone call on Tuesday 28 May 2024 a council network management officer told our event secretary that the closure would "cover the event window". On that basis our advance warning signs, put out on Friday 7 June, gave closure times of 08:00 to 14:00. We accept that we did not obtain written confirmation of any change to the notice.

### 3. Marshal deployment on Colley Bank

| Point | Location | Marshals planned | Marshals present at 10:40 |
|---|---|---|---|
| CB1 | Ashcombe Fold (top, north) closure barrier | 2 | 2 |
| CB2 | Sedge Lane junction (mid-descent) | 1 | 1 |
| CB3 | Brindle Cross (bottom, south) closure barrier | 2 | 1 |

One of the two marshals at CB3 left the point at about 10:20 to help a rider with a mechanical problem about 400 metres away, on the approach to Brindle Cross. The remaining marshal at CB3 was a 19-year-old club member on his first marshalling duty.

### 4. Timeline (all times from marshal radio log and event control)

| Time | Event |
|---|---|
| 07:00 | First riders start the 100-mile route from Harwell Market Hall |
| 07:55 | Barriers and "Road Closed" signs placed at CB1 and CB3 |
| 08:00 | Colley Bank closure begins |
| 09:58 | First 100-mile riders reach the top of Colley Bank |
| 10:20 | One CB3 marshal leaves point to assist rider |
| 10:38 | White van arrives at CB3. Driver tells marshal he is making a delivery to a property at Sedge Lane. Marshal moves barrier to let van through |
| 10:42 | Van meets descending group of about eight riders on a bend roughly 600 metres below Sedge Lane. Six riders come down |
| 10:43 | CB2 marshal radios event control; 999 call made |
| 10:44 | Event control stops all riders at CB1 |
| 10:50 | Police arrive and close Colley Bank |
| 11:05 | Great Northern Air Ambulance lands in field beside Colley Bank |
| 11:12 | Event control diverts remaining 100-mile riders via Lowther Lane, adding 9 km to the route |
| 11:40 | Air ambulance leaves for Westmoor Royal Infirmary |
| 15:15 | Police reopen Colley Bank |
| 17:30 | Last finisher arrives at Harwell Market Hall |

Between 10:44 and 11:12, 57 riders were held at the top of Colley Bank.

### 5. Findings

1. The van was allowed into the closed road by our marshal at CB3. Sedge Lane properties have resident access under the notice, but our briefing pack told marshals to escort any vehicle on foot or to hold it until there was a gap in riders. This did not happen.
2. CB3 was staffed by one marshal instead of two at the time.
3. The closure was in force at the time of the collision under either the council's notice (08:00–12:00) or our signs (08:00–14:00). The disagreement over the closing time did not cause this collision, but it did cause confusion for residents later in the day.
4. Radio communication between CB3 and CB2 was poor because of the terrain. A vehicle movement radioed from CB3 at 10:38 was not heard at CB2.

### 6. Actions

- No route in future editions will use a closed road without a marshal escort for resident vehicles.
- Minimum staffing at closure barriers will be raised from two to three marshals.
- The club will seek written confirmation of all closure times at least 14 days before the event.
- The 2025 route will be reviewed; Colley Bank may be used as a climb rather than a descent.

Martin Oakshott said: "We are deeply sorry that riders who trusted us with their safety were hurt. We have been open about where our own arrangements fell short, and we will make changes."

Priya Lonsdale said: "Every one of our marshals is a volunteer. Nobody should be blamed individually for what happened on Colley Bank; this is about our systems."
`;

/** h654: sources/03_interview_thistlewood.md, whole. */
const THISTLEWOOD = `# Interview transcript: Gemma Thistlewood

**Interviewee:** Gemma Thistlewood, 41, of Stanmoor, member of Pennock Road Club, rider in the Tarnbeck Sportive 100-mile route
**Interviewer:** Tom Reddaway, reporter, Westmoor Gazette
**Date:** Tuesday 11 June 2024, at Ms Thistlewood's home in Stanmoor
**Duration:** 24 minutes (extract)

---

**TOM REDDAWAY:** Thank you for seeing me. How are you feeling?

**GEMMA THISTLEWOOD:** Sore. The collarbone is broken in two places, and they've told me it's six to eight weeks before I can even think about riding outdoors again. I was kept in overnight at Pennock General and let out on Monday afternoon. I've got bruising all down my left side. But honestly, I know I was lucky compared to Dave.

**TOM REDDAWAY:** Dave being the rider who was airlifted?

**GEMMA THISTLEWOOD:** Yes, Dave Hollins. He's in my club. He's 57, he's done this sportive every year since it started. He's still in the Infirmary. His wife says he's got a fractured pelvis but he's talking and he's asked about his bike, which is a good sign.

**TOM REDDAWAY:** Can you take me through what happened on Colley Bank?

**GEMMA THISTLEWOOD:** We were about 78 kilometres in. There were eight of us together in a little group, mostly Pennock riders. At the top, at Ashcombe Fold, there were two marshals and a big "Road Closed" sign, and one of them shouted "Road's shut, enjoy the descent." So we thought we had the whole road.

**TOM REDDAWAY:** How fast were you going?

**GEMMA THISTLEWOOD:** My Garmin says 52 kilometres an hour at the moment it happened. That's about 32 miles an hour. I wasn't being reckless — on an open road I'd have been going a lot slower on that hill and keeping to the left. Because it was closed, we were using the whole width of the road on the bends.

**TOM REDDAWAY:** And then?

**GEMMA THISTLEWOOD:** We came round a right-hand bend, a fair way below the Sedge Lane turning, and the van was just there, coming up, in the middle of the road. Dave was on the front and he braked and went left, and the lad behind him touched his wheel, and then it was just bodies everywhere. I was third. I grabbed the brakes and the back wheel went and I went over the top of the bars. The van had stopped by then — to be fair to the driver, he wasn't going fast, maybe 15, 20 miles an hour. He was white as a sheet.

**TOM REDDAWAY:** Did the van hit anyone?

**GEMMA THISTLEWOOD:** No. Nobody touched the van. That's almost the worst bit — if he hadn't been there, nobody would have come off.

**TOM REDDAWAY:** Was there a marshal at the bottom of the hill?

**GEMMA THISTLEWOOD:** I didn't see the bottom until afterwards, obviously. When I was being walked to the ambulance, there was one young lad at Brindle Cross, and he was in bits. I don't blame him. I blame whoever decided one teenager could run a road closure on his own.

**TOM REDDAWAY:** The club says one of the two marshals had gone to help a rider with a mechanical.

**GEMMA THISTLEWOOD:** I've read that. I understand it. But if you're closing a road so people can descend at 50k an hour, that barrier has to be properly staffed all the time.

**TOM REDDAWAY:** There's also been an argument about what time the closure was meant to end.

**GEMMA THISTLEWOOD:** I've seen the council and the club arguing about it online. The council says noon, the club's signs said two o'clock. From where I was lying it didn't matter — it was quarter to eleven. Whatever the time was meant to be, the road was supposed to be closed and it wasn't.

**TOM REDDAWAY:** How did the event handle things afterwards?

**GEMMA THISTLEWOOD:** The first-aid people were brilliant. They were there within about ten minutes. Paramedics came after that, and the air ambulance landed in the field for Dave. The club rang me on Monday night — Martin Oakshott, the event director — and he apologised, which I appreciated.

**TOM REDDAWAY:** Will you ride the Tarnbeck again?

**GEMMA THISTLEWOOD:** Probably, yes. It's a beautiful route and the club are good people. But I'll want to see what they change first. I've paid £38 to ride a closed road, and I think everyone who was on that hill deserves a straight answer about why there was a van on it.

**TOM REDDAWAY:** Thank you, Gemma.

**GEMMA THISTLEWOOD:** Thanks. And please say thank you to the air ambulance. They're a charity, and people forget that.

[END OF EXTRACT]
`;

/** h654: sources/04_council_statement.md, whole. */
const RIDE_COUNCIL = `# Westmoor County Council – Statement

**Issued:** Thursday 13 June 2024
**From:** Westmoor County Council Press Office
**Subject:** Tarnbeck Sportive and the temporary closure of Colley Bank (C417)

Westmoor County Council has issued the following statement in response to questions about the temporary closure of Colley Bank during the Tarnbeck Sportive on Sunday 9 June 2024.

The council received an application from Harwell Vale Wheelers on 15 April 2024 for a temporary closure of Colley Bank from 08:00 to 14:00. After consultation with residents, the bus operator and the emergency services, the council issued a temporary traffic regulation notice on 2 May 2024 for a closure from 08:00 to 12:00. The shorter period was agreed because Colley Bank is the only road access to 11 properties on Sedge Lane and to Ashcombe Fold Farm, and because the Sunday 112 bus service uses the road from 12:20.

The notice was advertised in the Westmoor Gazette on 9 May 2024 and was sent in writing to the event organiser. The council has no record of any agreement to extend the closure to 14:00. The council's records show that a network management officer spoke to the club on 28 May 2024 and confirmed the existing times.

Under the notice, the management of the closure on the day, including the staffing of barriers and the control of resident access, was the responsibility of the event organiser.

Councillor Alan Fenwick, Cabinet Member for Highways and Transport, said: "Our thoughts are with the riders who were injured on Sunday, and we wish them a full recovery. The closure on Colley Bank was in force at the time of this collision, and the council will co-operate fully with the police investigation."

He added: "Residents of Sedge Lane contacted us on Sunday afternoon because signs were still telling them the road was closed until 2pm. That caused real difficulty for people, including one resident who needed to get to a hospital appointment. We will be reviewing how we approve event closures on single-access roads."

Sarah Bickersteth, the council's Head of Network Management, said: "Event closures on rural roads rely on good stewarding. The council granted this closure in good faith and on the basis of the organiser's traffic management plan, which committed to two marshals at each barrier at all times."

The council approved 37 temporary closures for sporting and community events in 2023, and has so far approved 22 in 2024.

ENDS
`;

describe('bounds, broad nouns, confirmations and light verbs, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"between 8am and 12.30pm" is "between eight in the morning and half past twelve"', async () => {
    const race = judgeWith(await workspaceIndex({ 'sources/interview_marchbank.md': RACE_INTERVIEW }));
    const complaints = race('The organisers received 27 complaints, most of them from Ashby Lane residents about access between 8am and 12.30pm.');
    assert.deepEqual(complaints.conflicts, [], why(complaints));
    assert.equal(complaints.verdict, 'supported', why(complaints));
  });

  test('"and two thirds of those were rejected" is 1,856 of 2,760; "the pothole" is the report\'s "defect"; "to cut the backlog to below 8,000" is the target', async () => {
    const highways = judgeWith(await workspaceIndex({ 'sources/highways_annual_report_2023-24.md': HIGHWAYS_REPORT, 'sources/press_statement_2024-07-22.md': HIGHWAYS_STATEMENT }));
    const thirds = highways('Of the 3,118 claims received last year, 2,760 had been decided by 30 June, and two thirds of those were rejected.');
    assert.deepEqual(thirds.conflicts, [], why(thirds));
    const rejects = highways('The council rejects a claim where it can show it kept a reasonable system of inspection and repair under section 58 of the Highways Act 1980, or where the pothole had not been reported before the incident.');
    assert.deepEqual(rejects.conflicts, [], why(rejects));
    const target = highways('The council aims to cut the backlog to below 8,000 by 31 March 2025 and to bring Category 2 repair times back within 28 days by December.');
    assert.deepEqual(target.conflicts, [], why(target));
  });

  test('after "and", "two thirds of those" is a fraction; "three quarters were over 65" and "two and a half" are not read as one', () => {
    const fraction = (text: string) => extractValues(text).filter((v) => v.unit === 'fraction').map((v) => v.text);
    assert.deepEqual(fraction('Of the 3,118 claims, 2,760 had been decided, and two thirds of those were rejected.'), ['two thirds']);
    // (h655: "three quarters were over 65" read as a fraction made "over 65" the rival of "29 of the 51 respondents".)
    assert.deepEqual(fraction('Of those who replied, 29 said they would give up their plot, and three quarters were over 65.'), []);
    assert.deepEqual(extractValues('two and a half million').map((v) => v.value), [2500000]);
  });

  test('"the show" is "the pantomime"; "refused to pay" is "confirmed … excluded"; "leaves a gap of" and "moving to the school" deny nothing', async () => {
    const theatre = judgeWith(await workspaceIndex({ 'sources/press_release.md': THEATRE_RELEASE, 'sources/board_minutes.md': THEATRE_MINUTES }));
    for (const sentence of [
      'Rob Duggan, who directs the show and plays Dame Trott, is reworking the beanstalk scene to use projection instead of flying.',
      'The trust\'s insurer, Thornbury Mutual, has refused to pay for the asbestos removal, classing it as "gradual deterioration", although business interruption cover will pay up to £60,000 towards lost income.',
      'That leaves a gap of £171,823, and the trust has launched a Raise the Curtain appeal with a target of £175,000.',
      'All 23 permanent staff will be kept on full pay, with six front-of-house staff moving to the school and the four café staff offered hours at the school bar and box office.',
    ]) {
      const r = theatre(sentence);
      assert.deepEqual(r.conflicts, [], why(r));
    }
  });

  test('"had raised £1,126,400 …, 75% of the total" is the appeal\'s; "The scanner was off" is "when it was off"', async () => {
    const appeal = judgeWith(await workspaceIndex({ 'sources/charity_press_release.md': APPEAL_RELEASE, 'sources/interview_raman.md': RADIOLOGIST }));
    const raised = appeal('The Clearer Picture Appeal, run by Harrowdene Hospitals Charity, had raised £1,126,400 by Monday 17 March, 75% of the total.');
    assert.deepEqual(raised.conflicts, [], why(raised));
    const off = appeal('The scanner was off for six days in January, and 184 appointments had to be cancelled.');
    assert.deepEqual(off.conflicts, [], why(off));
  });

  test('"had not explained … or offered her" is "did not explain … and did not offer her"; the Ombudsman\'s "notes that" is the Ombudsman\'s', async () => {
    const determination = { 'sources/01_ombudsman_determination.md': DETERMINATION };
    const sentence = 'The ombudsman said the landlord had not explained the delay to Ms Ellery at the time or offered her a dehumidifier or a temporary move.';
    const r = judgeWith(await workspaceIndex(determination))(sentence);
    assert.deepEqual(r.conflicts, [], why(r));
    assert.deepEqual(await misattributions(determination, sentence), []);
  });

  test('"found up to 1.4 metres of silt" is a bound, no rise against "a loss of 1.4 metres"; "travelling south" is still no "north"', async () => {
    const harbour = judgeWith(await workspaceIndex({ 'sources/01_harbour_notice.md': HARBOUR_NOTICE }));
    const survey = harbour('A survey carried out for Brenhaven Harbour Authority on Tuesday 27 February found up to 1.4 metres of silt alongside the quay since the harbour was last dredged in September 2021.');
    assert.deepEqual(survey.conflicts, [], why(survey));
    const police = judgeWith(await workspaceIndex({ 'sources/01_police_statement.md': POLICE_STATEMENT, 'sources/02_organiser_incident_report.md': ORGANISER_REPORT, 'sources/03_interview_thistlewood.md': THISTLEWOOD, 'sources/04_council_statement.md': RIDE_COUNCIL }));
    const van = police('A white Ford Transit van travelling south on Colley Bank met a group of about eight riders as they descended the hill.');
    assert.ok(van.conflicts.some((c) => c.claim === 'south' && c.source === 'north'), why(van));
  });
});
