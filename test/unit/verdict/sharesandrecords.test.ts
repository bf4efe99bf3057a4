/**
 * The forty-first round, second part: the drafts written against f66217b (h374–h379: a care home's closure,
 * stop-and-search figures, a flooded estate, an orchestra's funding cut, a motorway crash sentencing, a school's
 * falling results). "More than doubled" is a bound; "Maths" names the row "Mathematics"; the words right after a
 * figure name its row; a word joined by "and" to the claim's next word is in no place of it; a body's name is no
 * person's ("Chief Executive of Oakvale Care Group"); a concern raised is voiced, not put up; a judgment's date alone
 * on its line dates it; an age is no length of time; "212 …, down from 204"; "more than seven hours" is not 6 hours
 * and 40 minutes; a share against a part and its whole ("17 of the 24"). The fixtures are the helpers' sources, whole;
 * the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { QUARRY_DECISION } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

const GOVERNORS_MINUTES = `# Castlebrook High School — Local Governing Body

## Minutes of the extraordinary meeting held on Tuesday 9 September 2025, 6.00pm, School Library

**Governors present:** Martin Okafor (Chair of Governors), Dr Helen Ashworth (Head Teacher), Rachel Singh (Parent Governor), Rev. David Pryce (Community Governor), Angela Moore (Staff Governor)

**In attendance:** Thomas Greaves (Deputy Head Teacher), Priya Ramsden (Chief Executive, Meridian Schools Trust), Claire Dunn (Clerk to Governors)

**Apologies:** Neil Barker (Vice-Chair)

The meeting was quorate.

---

### 1. Welcome and declarations of interest

The Chair welcomed governors and Mrs Ramsden. Dr Ashworth declared an interest in item 2 and would leave the room for the discussion of interim arrangements (item 4).

### 2. Resignation of the Head Teacher

The Chair reported that he had received a letter of resignation from Dr Ashworth on Monday 8 September 2025. Dr Ashworth has been Head Teacher since September 2016. Her last working day will be Friday 19 September 2025; she will remain on the school's payroll until the end of her contractual notice period on 31 December 2025.

Dr Ashworth addressed governors. She said: "This summer's results were not good enough, and as head teacher I take responsibility for them. Castlebrook needs fresh leadership to turn this around, and I believe stepping aside now gives my successor the best possible start."

Governors noted the resignation with regret. Rev. Pryce thanked Dr Ashworth for nine years of service and noted that the school had been rated "Good" by Ofsted at its last inspection in March 2022.

### 3. GCSE results 2025

Mr Greaves presented the summer 2025 GCSE results, published to pupils on Thursday 21 August 2025. The Year 11 cohort was 212 pupils (2024: 204; 2023: 198).

Percentage of pupils achieving grade 4 or above, by subject:

| Subject | 2023 | 2024 | 2025 |
|---|---|---|---|
| English Language | 74% | 71% | 58% |
| Mathematics | 69% | 66% | 52% |
| Combined Science | 61% | 60% | 49% |
| History | 72% | 70% | 63% |
| Geography | 68% | 67% | 64% |
| French | 55% | 57% | 41% |
| **English and maths (both)** | **65%** | **63%** | **47%** |

The school's Progress 8 score fell from +0.05 in 2024 to -0.38 in 2025 (2023: +0.12).

Mr Greaves said the largest single factor was staffing in mathematics. Four of the department's seven teaching posts had been covered by supply or temporary staff for most of 2024-25. Spending on supply teachers across the school rose to £94,000 in 2024-25, compared with £38,000 in 2023-24. Whole-school attendance in 2024-25 was 89.1%, and 27% of pupils were persistently absent.

Mrs Singh asked why governors had not been told earlier about the scale of the problem in maths. Mr Greaves said mock results in February had shown a decline, but "nobody predicted a drop of this size." Mrs Moore said staff morale was low and that "teachers have been covering lessons they were never trained to teach."

Geography was the only subject in the table in which results were broadly stable.

### 4. Interim leadership arrangements

*Dr Ashworth left the meeting for this item.*

Mrs Ramsden confirmed that the Trust board had agreed that Mr Greaves would become Acting Head Teacher from Monday 22 September 2025. The permanent post will be advertised in January 2026, with the aim of an appointment taking effect in September 2026.

Governors agreed to the interim arrangement unanimously.

*Dr Ashworth rejoined the meeting.*

### 5. Trust support and recovery plan

Mrs Ramsden outlined a support package of £180,000 over two academic years, to be funded by the Trust, and an independent review of teaching and leadership by the Hollin Education Partnership. The review will last six weeks and is due to report by Friday 24 October 2025, the last day before half-term.

The Chair said: "Our pupils and their families deserve honesty. We will publish the main findings of the review, not just a summary."

Governors approved the recovery plan by four votes to none, with one abstention (Mrs Moore), who said she wished to consult teaching staff first.

### 6. Communication with parents

A meeting for parents will be held in the school hall on Wednesday 1 October 2025 at 6.30pm. The Chair noted that a parents' petition calling for an independent review had gathered 340 signatures.

### 7. Any other business

None. The meeting closed at 8.05pm.

Date of next ordinary meeting: Tuesday 4 November 2025.

Signed: M. Okafor (Chair)  Clerk: C. Dunn
`;

const ORCHESTRA_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Calloway Family Trust pledges £1.5 million to Northmoor Philharmonic</title>
</head>
<body>
<header>
  <p><strong>Northmoor Philharmonic Orchestra</strong> &middot; Halvergate Hall, Quay Road, Castlebridge</p>
  <p><strong>PRESS RELEASE &ndash; FOR IMMEDIATE RELEASE</strong></p>
  <p>Thursday 20 March 2025</p>
</header>

<h1>Calloway Family Trust pledges £1.5 million to secure the future of the Northmoor Philharmonic</h1>

<p>The Northmoor Philharmonic Orchestra today announced a pledge of £1.5 million from the Calloway Family Trust, a Castlebridge-based charitable foundation. The gift will be paid in three annual instalments of £500,000, beginning in the 2025-26 financial year, and follows the Midland Arts Council's decision earlier this month to reduce the orchestra's annual grant by 40 per cent.</p>

<p>The agreement was signed on Tuesday 18 March 2025 at Halvergate Hall by Margaret Calloway, chair of the Calloway Family Trust, and Douglas Finch, chair of the orchestra's board of trustees.</p>

<p>Under the terms of the gift, the orchestra has committed to retain all 64 of its salaried players and to expand its schools programme, <em>Music in Every Classroom</em>, from 22 partner schools to 40 by the end of the three-year period. Before the pledge, the board had been considering the loss of nine playing posts and the cancellation of its autumn tour of six concerts in Wales.</p>

<p>Eleanor Voss, chief executive of the Northmoor Philharmonic, said: &ldquo;Three weeks ago we were drafting redundancy letters. Today we are planning a season. The Calloway family have given this orchestra, and this city, something extraordinary.&rdquo;</p>

<p>Margaret Calloway said: &ldquo;My late husband Arthur heard his first symphony in this hall in 1961, and he never forgot it. He would have wanted every child in Castlebridge to have that same chance.&rdquo;</p>

<p>Tomasz Wieczorek, the orchestra's music director since 2019, said: &ldquo;Music like this belongs to everyone in the valley, not only to those who can buy a ticket. This gift lets us keep that promise.&rdquo;</p>

<p>Douglas Finch added: &ldquo;The board is immensely grateful. We will continue to make the case to the Midland Arts Council for public investment in this orchestra.&rdquo;</p>

<h2>How each annual instalment will be used</h2>

<table>
  <thead>
    <tr><th>Purpose</th><th>Amount per year</th><th>Share</th></tr>
  </thead>
  <tbody>
    <tr><td>Protecting player salaries</td><td>£310,000</td><td>62%</td></tr>
    <tr><td><em>Music in Every Classroom</em> schools programme</td><td>£120,000</td><td>24%</td></tr>
    <tr><td>Touring, including the autumn Wales tour</td><td>£50,000</td><td>10%</td></tr>
    <tr><td>Reserves</td><td>£20,000</td><td>4%</td></tr>
    <tr><td><strong>Total</strong></td><td><strong>£500,000</strong></td><td><strong>100%</strong></td></tr>
  </tbody>
</table>

<p>The orchestra's 2025-26 season will be launched at Halvergate Hall on Friday 16 May 2025.</p>

<h2>Notes to editors</h2>
<ul>
  <li>The Northmoor Philharmonic Orchestra was founded in 1948 and is based at Halvergate Hall, Castlebridge. It employs 64 salaried players and 23 administrative and technical staff.</li>
  <li>The Calloway Family Trust was established in 1994 by Arthur and Margaret Calloway. Arthur Calloway, founder of the engineering firm Calloway Pumps, died in 2021.</li>
  <li>Media enquiries: Bethan Morgan, Head of Communications, press@northmoorphil.org.uk, 01632 960 418.</li>
</ul>
</body>
</html>
`;

const ORCHESTRA_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Friday 21 March 2025, 10:30-11:25
Place: Rehearsal room 2, Halvergate Hall, Castlebridge
Interviewer: Sam Okafor, arts correspondent, Castlebridge Evening Post
Interviewees: Eleanor Voss, Chief Executive, Northmoor Philharmonic Orchestra
              Rhiannon Pryce, sub-principal second violin, Northmoor Philharmonic Orchestra
Recorded with permission. Transcribed by S. Okafor. Minor hesitations removed.

SAM OKAFOR: Thanks to you both for making time, the day after the announcement. Eleanor, take me back to the start of the month. How did you hear about the cut?

ELEANOR VOSS: By email. It arrived at about four o'clock on the afternoon of Tuesday the 4th of March. I read it twice, and then I rang Douglas Finch, our chair. The figure was £744,000, down from £1,240,000. That's a hole of £496,000 in a budget of a little over £4.1 million.

SAM OKAFOR: What did the board do?

ELEANOR VOSS: We called an emergency meeting for Saturday the 8th of March. We looked at everything. The honest answer is that we considered cutting nine of our 64 salaried posts and cancelling the autumn tour, which is six concerts in Wales. Nobody wanted to do it, but the numbers were the numbers.

SAM OKAFOR: And then the Calloway Family Trust came in.

ELEANOR VOSS: Margaret Calloway's office rang on the 11th of March. She had read your paper's story about the cut that morning. We met her the next day, and the agreement was signed on the 18th, a week after that first call. I have never seen anything move so fast in this sector.

SAM OKAFOR: Does the gift solve the problem?

ELEANOR VOSS: It closes the gap for three years. It does not solve the problem. A gift like this buys us time, but it is not a business model. We will still lodge our appeal with the Arts Council before the deadline on the 1st of April, and we will keep making the case for public money.

SAM OKAFOR: How has the orchestra been doing commercially?

ELEANOR VOSS: Better than people think. Ticket income in 2024-25 was £890,000, which is up 7 per cent on the year before. We had about 41,000 people through the doors over the season, including the outdoor concerts. So this is not an orchestra in decline.

SAM OKAFOR: Rhiannon, how long have you played with the orchestra?

RHIANNON PRYCE: Seventeen years this September. I joined straight from the Royal Northern College.

SAM OKAFOR: How did the players find out?

RHIANNON PRYCE: We found out in the canteen. Someone read the email out loud, and then nobody said anything for about a minute. People just looked at their coffee.

SAM OKAFOR: Were people thinking of leaving?

RHIANNON PRYCE: Of course. I'd started looking at jobs in Cardiff that same week. I've got a mortgage. Our pay has been frozen since 2022, and the median salary for a player here is £31,500. You can't live on hope.

SAM OKAFOR: What matters most to you about the gift?

RHIANNON PRYCE: The schools. I go into three schools a month with a string quartet. Some of those children have never seen a violin up close. Honestly, it's the best thing we do. I can't bear the thought of those children losing that.

ELEANOR VOSS: And that's exactly why the Calloway trust asked us to grow the programme from 22 schools to 40.

SAM OKAFOR: What happens next?

ELEANOR VOSS: We launch the 2025-26 season here on Friday the 16th of May. Tomasz has programmed Mahler's Second to open it. It felt right. It's called the Resurrection.

SAM OKAFOR: Thank you both.

[END OF RECORDING, 55 minutes]
`;

const PROVIDER_STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Statement on the future of Meadowbank Lodge | Oakvale Care Group</title>
</head>
<body>
  <header>
    <p class="org">Oakvale Care Group Ltd &middot; News and statements</p>
  </header>
  <article>
    <h1>Statement on the future of Meadowbank Lodge, Hexworth</h1>
    <p class="dateline">Issued Tuesday 15 April 2025</p>

    <p>After careful consideration, and with great sadness, the board of Oakvale Care Group has decided that Meadowbank Lodge in Hexworth will close. We expect the home to close by Monday 30 June 2025.</p>

    <p>Residents, their families and our staff were told of the decision in person and by letter this morning.</p>

    <p>Helen Marsh, Chief Executive of Oakvale Care Group, said: "We accept the inspectors' findings in full and we are deeply sorry. Our residents deserved better, and we let them down. Closing a home is never a decision we take lightly, but we do not believe we can put things right at Meadowbank Lodge quickly enough for the people who live there."</p>

    <h2>Why we have made this decision</h2>
    <p>The decision follows the Adult Care Standards Authority's report of 10 April 2025, which rated Meadowbank Lodge Inadequate. In reaching it, the board considered three main factors:</p>
    <ul>
      <li>the findings of the inspection and the scale of the improvements required;</li>
      <li>our inability to recruit a permanent registered manager since October 2024, despite repeated advertising;</li>
      <li>the condition of the building, which a survey completed in February 2025 found needs around &pound;1.1 million of work to fire safety systems, heating and bathrooms. This is in addition to the &pound;420,000 we have spent on refurbishment at the home since 2023.</li>
    </ul>
    <p>Occupancy at the home has fallen from 44 residents in 2023 to 38 today. With admissions currently halted, the home is losing around &pound;35,000 a month.</p>

    <h2>Support for residents and families</h2>
    <p>Graham Pelling, Operations Director, said: "Our priority now is that every resident moves safely, at a pace that suits them, to a home their family is happy with."</p>
    <ul>
      <li>Every family will have a named transition coordinator from Oakvale, working alongside social workers from Hexworth Borough Council.</li>
      <li>Each resident will receive a payment of &pound;1,500 towards the costs of moving.</li>
      <li>Fees will be frozen at their current level until the home closes.</li>
      <li>No resident will be asked to leave Meadowbank Lodge before a suitable alternative has been found.</li>
    </ul>

    <h2>Our staff</h2>
    <p>Meadowbank Lodge employs 52 people, 31 of them care workers. Every member of staff will be offered a role at one of Oakvale's seven other homes. The nearest, Brookfield Court in Alvington, is nine miles from Meadowbank Lodge. A formal consultation with staff will begin on Friday 2 May 2025.</p>

    <h2>Key dates</h2>
    <table>
      <thead>
        <tr><th>Date</th><th>What happens</th></tr>
      </thead>
      <tbody>
        <tr><td>Tuesday 15 April 2025</td><td>Residents, families and staff informed</td></tr>
        <tr><td>Tuesday 22 April 2025</td><td>Meeting for families at Hexworth Methodist Hall (time to be confirmed by letter)</td></tr>
        <tr><td>Friday 2 May 2025</td><td>Formal staff consultation begins</td></tr>
        <tr><td>Monday 30 June 2025</td><td>Expected closure date</td></tr>
      </tbody>
    </table>

    <p>Families with questions can contact the Meadowbank Lodge transition team on 01632 960 418 or by email at meadowbank@oakvalecare.example.</p>
  </article>
  <footer>
    <p>Oakvale Care Group Ltd operates eight care homes in the north of England. Media enquiries: press@oakvalecare.example</p>
  </footer>
</body>
</html>
`;

const INSPECTION_SUMMARY = `# Inspection summary: Meadowbank Lodge, Hexworth

**Regulator:** Adult Care Standards Authority (ACSA)
**Registered provider:** Oakvale Care Group Ltd
**Location:** Meadowbank Lodge, 14 Fennick Road, Hexworth HX4 7PL
**Type of service:** Residential care home for older people, including people living with dementia
**Registered beds:** 46
**People using the service at the time of inspection:** 38
**Inspection dates:** Tuesday 4 March 2025 and Wednesday 5 March 2025 (unannounced)
**Report published:** Thursday 10 April 2025
**Lead inspector:** Deborah Ashcroft

## Overall rating: Inadequate

Previous overall rating (report published 14 June 2022): Good

Because the service is rated Inadequate overall, it has been placed in special measures.

## Ratings by key question

| Key question | Rating at this inspection | Previous rating (2022) |
|---|---|---|
| Is the service safe? | Inadequate | Good |
| Is the service effective? | Requires improvement | Good |
| Is the service caring? | Requires improvement | Good |
| Is the service responsive? | Inadequate | Requires improvement |
| Is the service well-led? | Inadequate | Good |

## Why we inspected

We carried out this unannounced inspection after receiving concerns from two relatives and a former member of staff about staffing levels at night and about how falls were being managed. Three inspectors and a specialist pharmacist adviser visited the home over two days. We spoke with 14 people living at the home, 9 relatives, 16 members of staff and the interim manager, and we reviewed 24 care plans, medicines records and staffing rotas.

## What we found

### Safe

- People were not protected from avoidable harm. Records showed 23 falls between 1 December 2024 and 28 February 2025. Nine of these falls, including two that resulted in hip fractures, had not been notified to ACSA as the law requires.
- Medicines were not managed safely. We found 14 medication errors in the six weeks before our visit, including one person who missed doses of their Parkinson's medication on four occasions.
- There were not enough staff to keep people safe. On the night of 4 March 2025, two care staff were on duty for 38 people across two floors. The provider's own dependency tool said four were needed.
- The home relied heavily on agency staff, who covered 41% of care shifts in February 2025, compared with 12% in February 2024. Several agency workers had not received an induction to the home.

### Effective

- People were at risk of not drinking enough. Fluid charts for 11 people were incomplete, and one person was admitted to hospital with dehydration on Sunday 19 January 2025.
- Only 58% of care staff had completed dementia training, against the provider's own target of 95%.

### Caring

- Staff were kind and spoke warmly about the people they supported, but they were often rushed. We saw people waiting up to 40 minutes for help with personal care after pressing their call bells.

### Responsive

- Care plans for 17 of the 24 people whose records we sampled were out of date and did not reflect their current needs.
- The home received 9 complaints in 2024. Five of them had no recorded response.

### Well-led

- The home had been without a registered manager since October 2024. Three interim managers had been in post during the five months before our inspection.
- The provider's governance audits had not identified the issues we found during this inspection.

## What we said

Deborah Ashcroft, lead inspector, said:

"We found people at Meadowbank Lodge who had waited far too long for help, and falls that had gone unreported. Staff told us they were doing their best, but there were simply not enough of them."

Martin Okafor, ACSA's deputy chief inspector for adult social care, said:

"The deterioration at Meadowbank Lodge since its last inspection is stark. Oakvale Care Group must act immediately, and we will not hesitate to use our enforcement powers if people remain at risk."

## Action we have taken

| Date | Action | By |
|---|---|---|
| Friday 7 March 2025 | New council-funded placements suspended | Hexworth Borough Council |
| Wednesday 12 March 2025 | Warning notice issued: improvements to safe care and treatment required by 30 April 2025 | ACSA |
| Friday 14 March 2025 | Condition imposed: no new admissions without ACSA's prior written agreement | ACSA |

## Next steps

We have asked the provider for an action plan. If the service remains open, we will re-inspect within six months to check that improvements have been made. If we do not see enough improvement, we may take further action, which could include cancelling the provider's registration for this location.
`;

const SENTENCING_REMARKS = `# R v Gary Pennock — Sentencing Remarks

**Carrbrook Crown Court**
**Her Honour Judge Rosalind Mercer**
**Friday 19 April 2024**

*These remarks are published as delivered in open court. Case number T20237741.*

## Introduction

1. Gary Pennock, please stand. You are 52 years old and you live in Kettleby. On Monday 8 April 2024, after a trial lasting nine days, a jury convicted you of two counts of causing death by dangerous driving and one count of causing serious injury by dangerous driving. The jury's verdicts were unanimous and were returned after 6 hours and 40 minutes of deliberation. You had denied all three counts.

2. The prosecution was conducted by Ms Catherine Oyelaran. You were represented by Mr Adrian Fenwick KC. I am grateful to both of them.

## The facts

3. At about 5.42am on Tuesday 14 March 2023 you were driving a 44-tonne articulated lorry, owned by your employer Calder Freight Ltd, northbound on the M47 between junctions 9 and 10 near Hadley Moor. That stretch of the carriageway was subject to roadworks and a temporary 50mph speed limit. Traffic ahead of you had slowed to about 12mph and formed a queue.

4. Your lorry struck the rear of a Vauxhall Corsa driven by Liam Hartigan, aged 29, at a speed of 53mph. The Corsa was pushed into a Honda Jazz driven by Margaret Ellison, aged 67. Both Mr Hartigan and Mrs Ellison died at the scene. Six vehicles in all were involved. A third driver, Farida Qureshi, aged 41, suffered a fractured pelvis and spent 23 days in hospital.

5. Footage from the lorry's own forward-facing camera showed that the brake lights of the queue were visible for at least 600 metres. You did not brake until about 1.5 seconds before impact. Analysis of your mobile phone by Carrbrook Constabulary's Serious Collision Investigation Unit showed that you had been watching a video clip for 38 seconds in the minute before the collision, and that your last interaction with the screen was 4 seconds before impact.

## Your hours of work

6. The tachograph evidence, which was not disputed, is summarised in the table below. It was produced by Detective Sergeant Owen Lister, the officer in the case.

| Date | Day | Duty start | Duty end | Driving time | Breaks taken |
|---|---|---|---|---|---|
| 11 March 2023 | Saturday | 06:10 | 17:55 | 9h 05m | one of 45 minutes |
| 12 March 2023 | Sunday | rest day | — | — | — |
| 13 March 2023 | Monday | 13:30 | 23:50 | 8h 40m | one of 20 minutes |
| 14 March 2023 | Tuesday | 03:15 | 05:42 (collision) | 2h 27m | none |

7. Two things stand out. First, on the Monday you drove for 8 hours and 40 minutes with a single break of 20 minutes, when the drivers' hours rules required a break of at least 45 minutes after four and a half hours at the wheel. Second, you began your Tuesday shift only 3 hours and 25 minutes after ending the Monday shift. The minimum reduced daily rest period is 9 hours. You told police in interview that you had slept "for about two hours, maybe less" in the cab of the lorry.

8. Keith Barraclough, the transport manager at Calder Freight, gave evidence that the company's tachograph analysis software flagged the rest infringement on Wednesday 15 March 2023, the day after the collision. He accepted that the firm had not downloaded your driver card for 19 days before the crash, although the company's own policy was to do so every 7 days. Calder Freight is not a defendant in these proceedings, and I make no finding against it. I am told that the matter has been referred to the Traffic Commissioner.

## The victims

9. Liam Hartigan was an electrician who was engaged to be married. His brother, Sean Hartigan, read a statement to the court. He said: "Liam was the one who held us all together. There is a chair at every family meal that nobody sits in."

10. Margaret Ellison was a retired primary school teacher and a grandmother of five. Her daughter, Joanne Ellison, told the court that her mother had been driving to the early shift at a food bank where she volunteered three days a week.

11. Mrs Qureshi told the court that she still walks with a stick and has been unable to return to her job as a pharmacist.

## Culpability and harm

12. This is a case of the highest culpability under the guideline. There was a deliberate decision to ignore the rules of the road, prolonged use of a mobile phone, and driving while knowingly deprived of adequate sleep. As I said when the jury returned its verdicts, and I repeat now: "This was not a momentary lapse. It was a sustained and deliberate choice to drive a 44-tonne vehicle while exhausted and distracted."

13. The maximum sentence for causing death by dangerous driving is life imprisonment for offences committed after 28 June 2022. The guideline starting point for the highest category is 12 years' custody, within a range of 8 to 18 years.

## Mitigation

14. Mr Fenwick has said everything that could be said on your behalf. You are of previous good character and had held an HGV licence for 27 years without a single conviction. I accept that your remorse is genuine. You have the support of your wife and your two adult children. Because you did not plead guilty, there is no credit for a plea.

## Sentence

15. Taking into account that there were two deaths and a serious injury, the aggravating features, and the mitigation, the sentence on each count of causing death by dangerous driving is 9 years and 4 months' imprisonment, concurrent. On the count of causing serious injury by dangerous driving the sentence is 2 years' imprisonment, concurrent. The total sentence is therefore 9 years and 4 months.

16. You will serve two-thirds of that term in custody before you are released on licence.

17. You are disqualified from driving for 10 years, extended by 4 years and 8 months to reflect the custodial term, making 14 years and 8 months in all. You must pass an extended re-test before you may drive again.

18. The statutory surcharge will be applied. Take him down.
`;

const ORGANISER_STATEMENT = `# Statement from Kestrel Sports Promotions on the Kestrel Valley Grand Prix

**Dunmore, Monday 16 June 2025**

Kestrel Sports Promotions Ltd, organiser of the Kestrel Valley Grand Prix, issues the following statement on the crash at Miller's Turn during Saturday's race.

## Our riders

Six riders were taken to Dunmore General Hospital after the crash on the Callow Hill descent. Our team has been in contact with every rider and team involved. Daniel Okafor of Team Velogrid has a fractured collarbone and is now home with his family. Sam Whitlow of Harbour Cycling Club was released on Sunday morning after a night under observation.

"We are deeply sorry that riders were hurt at our event, and we will not hide behind the weather," said Priya Anand, Managing Director of Kestrel Sports Promotions. "We owe the riders, their teams and the marshals a full and honest account, and we will give one."

## What we know so far

- We rostered **142 marshals** for the race. **131** were on duty on the day; 11 withdrew during the preceding week, mostly because of illness.
- Our safety car swept the Callow Hill descent at **12:50**, 52 minutes before the race reached Miller's Turn, and reported the road clear with no gravel.
- The Met station at Ashby Cross recorded **22 mm of rain** overnight on Friday into Saturday. We believe the rain washed gravel from a farm track onto the road during the late morning.
- The marshal at post 31 was moved to post 29 at about 12:30 because post 29 had been left empty.

Graham Fell, Race Director, said: "Moving the marshal at Miller's Turn was a decision taken on the day to cover a gap further up the hill, and in hindsight it was the wrong one. I take responsibility for it."

## Safety spending

Our budget for the 2025 race was **£404,000**. Of this, **£48,500 (12%)** was spent on safety: marshals' expenses, barrier padding, radio, motorbike marshals and medical cover. This was up from £41,000 in 2024.

## What we are doing

1. We will refund the **£35 entry fee** to each of the **14 riders** who abandoned as a direct result of the crash.
2. We have commissioned an independent review of our safety plan from **Northgate Safety Consultants**, which will report to our board.
3. We will co-operate fully with the National Road Cycling Federation and with any inquiry it holds.

## Race result

Despite the interruption, the race was completed. Our congratulations to Luca Benn of Team Velogrid.

| Pos | Rider | Team | Time |
|---|---|---|---|
| 1 | Luca Benn | Team Velogrid | 4:21:07 |
| 2 | Marek Dunne | Corran Racing | +0:04 |
| 3 | Aled Price | Harbour Cycling Club | +0:04 |
| 4 | Jonas Feld | Team Velogrid | +0:19 |
| 5 | Kieran Bastow | Corran Racing | +0:41 |

Team classification: 1. Team Velogrid, 2. Corran Racing, 3. Harbour Cycling Club.

*Media contact: press@kestrelsports.example*
`;

describe('the forty-first round: the drafts h374–h379, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"more than doubled" is a bound; "Maths" is the row "Mathematics"; "212 …, down from 204" moves the wrong way', async () => {
    const minutes = judgeWith(await workspaceIndex({ 'sources/governors_minutes_2025-09-09.md': GOVERNORS_MINUTES }));
    const doubled = minutes('Spending on supply teachers across the school more than doubled, rising from £38,000 to £94,000.');
    assert.notEqual(doubled.verdict, 'contradicted', why(doubled));
    const tripled = minutes('Spending on supply teachers across the school more than tripled, rising from £38,000 to £94,000.');
    assert.equal(tripled.verdict, 'contradicted', why(tripled));
    assert.ok(tripled.conflicts.some((c) => c.claim === 'more than tripled' && /2\.5 times/.test(c.source)), why(tripled));
    const subjects = minutes('Maths results fell from 66% to 52%, while English Language slipped from 71% to 58%.');
    assert.ok(!subjects.conflicts.some((c) => /English Language/.test(c.claim)), why(subjects));
    const cohort = minutes("There were 212 pupils in this year's Year 11, down from 204 the year before.");
    assert.equal(cohort.verdict, 'contradicted', why(cohort));
    assert.ok(cohort.conflicts.some((c) => c.claim === 'down' && c.replacement === 'up'), why(cohort));
    const rose = minutes("There were 212 pupils in this year's Year 11, up from 204 the year before.");
    assert.notEqual(rose.verdict, 'contradicted', why(rose));
  });

  test('the words right after a figure name its row; a word joined by "and" to the claim\'s next word is in no place of it', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/press_release.html': ORCHESTRA_RELEASE }));
    const split = release("Of each year's £500,000, some £310,000 will go to protecting player salaries and £120,000 to the schools programme.");
    assert.notEqual(split.verdict, 'contradicted', why(split));
    const swapped = release("Of each year's £500,000, some £120,000 will go to protecting player salaries and £310,000 to the schools programme.");
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
    const weighed = judgeWith(await workspaceIndex({ 'sources/interview_voss_pryce.txt': ORCHESTRA_INTERVIEW }))('It also weighed cancelling an autumn tour of six concerts in Wales.');
    assert.ok(!weighed.conflicts.some((c) => c.claim === 'weighed'), why(weighed));
  });

  test('a body\'s name is no person\'s; a concern raised is voiced; a share against a part and its whole', async () => {
    const owner = judgeWith(await workspaceIndex({ 'sources/oakvale_statement_meadowbank.html': PROVIDER_STATEMENT }))('Meadowbank Lodge, a 46-bed care home on Fennick Road in Hexworth, is expected to close by Monday 30 June, its owner Oakvale Care Group announced on Tuesday.');
    assert.ok(!owner.conflicts.some((c) => /owner/.test(c.claim)), why(owner));
    const organiser = judgeWith(await workspaceIndex({ 'sources/organiser_statement_2025-06-16.md': ORGANISER_STATEMENT }))('In a statement on Monday, organiser Kestrel Sports Promotions said it had rostered 142 marshals, of whom 131 were on duty on the day.');
    assert.ok(!organiser.conflicts.some((c) => /organiser/.test(c.claim)), why(organiser));
    const inspection = judgeWith(await workspaceIndex({ 'sources/acsa_inspection_summary_meadowbank_lodge.md': INSPECTION_SUMMARY }));
    const raised = inspection('Three inspectors and a specialist pharmacist adviser made unannounced visits on 4 and 5 March after concerns were raised by two relatives and a former member of staff.');
    assert.ok(!raised.conflicts.some((c) => c.kind === 'direction'), why(raised));
    const more = inspection('More than three quarters of the care plans inspectors sampled were out of date.');
    assert.equal(more.verdict, 'contradicted', why(more));
    assert.ok(more.conflicts.some((c) => c.claim === 'More than three quarters' && /17 of the 24/.test(c.source) && /71%/.test(c.source)), why(more));
    const nearly = inspection('Nearly three quarters of the care plans inspectors sampled were out of date.');
    assert.equal(nearly.verdict, 'supported', why(nearly));
    // (With another source beside it, which moves the words' weights: the sentence names what the share is of.)
    const beside = judgeWith(await workspaceIndex({ 'sources/acsa_inspection_summary_meadowbank_lodge.md': INSPECTION_SUMMARY, 'sources/inspector_decision_letter.md': QUARRY_DECISION }));
    const shared = beside('More than three quarters of the care plans inspectors sampled were out of date.');
    assert.equal(shared.verdict, 'contradicted', why(shared));
    assert.ok(shared.conflicts.some((c) => /17 of the 24/.test(c.source)), why(shared));
  });

  test('a judgment dated on a line of its own; an age is no length of time; "more than seven hours" is not 6 hours 40', async () => {
    const remarks = judgeWith(await workspaceIndex({ 'sources/sentencing_remarks_pennock.md': SENTENCING_REMARKS }));
    const sentenced = remarks('Gary Pennock, 52, of Kettleby, was sentenced at Carrbrook Crown Court on Friday 19 April after a jury convicted him of two counts of causing death by dangerous driving and one of causing serious injury by dangerous driving.');
    assert.deepEqual(sentenced.conflicts, [], why(sentenced));
    const later = remarks('Gary Pennock, 52, of Kettleby, was sentenced at Carrbrook Crown Court on Friday 26 April after a jury convicted him of two counts of causing death by dangerous driving and one of causing serious injury by dangerous driving.');
    assert.ok(later.conflicts.some((c) => c.kind === 'date'), why(later));
    const seven = remarks('The jury reached its unanimous verdicts after more than seven hours of deliberation.');
    assert.equal(seven.verdict, 'contradicted', why(seven));
    assert.ok(seven.conflicts.some((c) => c.claim === 'more than seven hours' && /6 hours and 40 minutes/.test(c.source)), why(seven));
    const six = remarks('The jury reached its unanimous verdicts after more than six hours of deliberation.');
    assert.notEqual(six.verdict, 'contradicted', why(six));
  });
});
