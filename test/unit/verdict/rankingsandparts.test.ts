/**
 * The fortieth round, second part: a row put first of its table by a word of ranking ("the fewest posts, at 35", "the
 * cheapest of the replacement routes at £890 a day", "the second-hottest", "More claims … than for any other
 * category"), and the false alarms shown as errors in the drafts written against its first fixes (h344–h349: a rail
 * driver shortage, children's services, a planning vote, a prison riot, a cancelled festival, hospital parking): "of
 * those who had not" denies nothing; ", told the committee that …" is no post; "Sixty-one of the prison's 310 … posts"
 * is a part of a whole; "lower-paid staff" and "their reduced rate" move nothing; "Dr Miriam Oduya, Chief Executive,
 * said: “…”" is hers. The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UNIVERSITY_JOB_CUTS } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { expectVerdictWith, judgeWith, misattributions, why, workspaceIndex } from './sources';

const TRANSPORT_MINUTES = `# Westmere County Council — Children and Young People Scrutiny Committee

**Minutes of the extraordinary meeting held on Thursday 12 September 2024 at 2.00pm, Committee Room 3, County Hall, Aldbridge**

**Present:** Cllr Richard Pemberton (Chair), Cllr Sandra Wiles (Vice-Chair), Cllr Imran Qureshi, Cllr Helen Farrow, Cllr Gareth Lloyd, Cllr Joanne Mackie

**Also in attendance:** Cllr Diane Okafor (Cabinet Member for Children and Education), Martin Cole (Director of Children's Services), Priya Natarajan (Head of Passenger Transport), Alan Briggs (Head of Procurement)

## 1. Apologies

Apologies were received from Cllr Peter Yates.

## 2. Declarations of interest

Cllr Helen Farrow declared a non-pecuniary interest as a parent of a child who uses the Route 14 service to Kelsby Academy.

## 3. Collapse of the Brightline Coaches home-to-school transport contract

The Chair explained that the extraordinary meeting had been called following the entry of Brightline Coaches Ltd into administration on Friday 30 August 2024, four days before the start of the autumn term on Tuesday 3 September.

Priya Natarajan, Head of Passenger Transport, reported that Brightline had held the council's largest home-to-school transport contract, worth £4.2 million a year, covering 38 routes and carrying 1,140 pupils each school day. The contract had been awarded in April 2022 for a period of five years. The council had been notified of the administration by email at 4.45pm on the Friday, when administrators from Harcourt Rudd LLP were appointed.

Ms Natarajan reported that 26 of the 38 routes had been re-let to other operators by the first day of term, using emergency direct awards. The remaining 12 routes, carrying 410 pupils, had no transport in place on Tuesday 3 September. By Monday 9 September, nine of those 12 routes had been covered, leaving three routes, affecting 96 pupils, still without a contracted service. Families on those three routes were being offered a mileage allowance of 45p per mile.

The routes still affected or covered at increased cost were set out in the table below.

| Route | Schools served | Pupils | Previous daily cost | New daily cost | Status at 11 Sept |
|---|---|---|---|---|---|
| Route 14 | Kelsby Academy | 52 | £610 | £845 | Covered by Fenwick Travel |
| Route 21 | St Anne's CE Primary, Oakhurst | 18 | £240 | £402 | Covered by Moorside Taxis |
| Route 27 | Aldbridge High School | 61 | £655 | £890 | Covered by Fenwick Travel |
| Route 33 | Harrowfield Special School | 9 | £380 | — | No service; mileage allowance |
| Route 35 | Kelsby Academy | 47 | £540 | — | No service; mileage allowance |
| Route 36 | Lowther Primary | 40 | £395 | — | No service; mileage allowance |

Alan Briggs, Head of Procurement, reported that the replacement contracts were costing on average 31% more than the Brightline rates. He estimated the additional cost to the council for the remainder of the 2024/25 financial year at £1.3 million. He said: "We are paying a market price in an emergency, and the market knows it is an emergency."

Cllr Imran Qureshi asked whether officers had received any warning of Brightline's financial difficulties. Mr Briggs said that the company's accounts, filed in June 2024, had shown a loss of £780,000, and that the council's credit check in July had rated the company as "high risk". A contract monitoring meeting had been held on 18 July, at which Brightline's managing director, Kevin Stroud, had given assurances that a refinancing deal was close.

Cllr Sandra Wiles asked why no contingency plan had been activated in July. Martin Cole, Director of Children's Services, accepted that "with hindsight, the warning signs should have been escalated to cabinet". He said a lessons-learned review would be led by the council's internal audit team and would report to the committee in November.

Cllr Diane Okafor, Cabinet Member for Children and Education, told the committee: "I want to apologise unreservedly to every family who was left stranded at the start of term. That should not have happened." She said the council would write to all 410 affected families by Friday 13 September.

Cllr Helen Farrow, having declared her interest, asked about pupils at Harrowfield Special School. Ms Natarajan confirmed that nine pupils with special educational needs and disabilities on Route 33 had missed between two and five days of school. Two of them required passenger assistants, and no operator had yet been found able to provide them.

Cllr Gareth Lloyd asked how many drivers had been employed by Brightline. Ms Natarajan said around 85 drivers and 40 passenger assistants had been employed, and that 31 drivers had since been taken on by the replacement operators.

## 4. Resolutions

The committee RESOLVED (5 votes in favour, 1 abstention):

1. To note the report;
2. To request that the Cabinet Member provide a written update on the three uncovered routes by Friday 20 September 2024;
3. To ask the internal audit team to complete the lessons-learned review and report to the committee meeting on 14 November 2024;
4. To recommend to cabinet that the council set up a dedicated contingency fund of £500,000 for transport contract failures.

Cllr Joanne Mackie abstained, saying the recommendations "do not go far enough".

The meeting closed at 4.20pm.
`;

const ACADEMY_TRUST_STATEMENT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Statement: Leadership changes at Brackenmoor Primary School | Northbeck Learning Trust</title>
</head>
<body>
<header>
  <p>Northbeck Learning Trust &mdash; News</p>
</header>
<article>
<h1>Statement: Leadership changes at Brackenmoor Primary School</h1>
<p class="date">Published Monday 24 June 2024</p>

<p>Northbeck Learning Trust, which runs nine schools educating around 3,850 pupils across Kettlewick and the surrounding district, today confirms leadership changes at Brackenmoor Primary School following the publication of its Ofsted inspection report on Thursday 20 June 2024.</p>

<p>The head teacher, Helen Ashcroft, wrote to the board of trustees on Friday 21 June 2024 to offer her resignation. Trustees accepted her resignation at an emergency meeting of the board on Saturday 22 June 2024.</p>

<p>Mrs Ashcroft will leave the school at the end of the summer term, on Friday 19 July 2024. She has stepped back from day-to-day leadership with immediate effect. The deputy head teacher, Tom Okafor, will be acting head teacher until the end of term.</p>

<p>From Monday 2 September 2024, Claire Whitlow will become interim executive head teacher of Brackenmoor. Ms Whitlow is head teacher of Fenwick Junior School, another school in the trust, and the trust's director of primary improvement. Fenwick Junior was judged Outstanding by Ofsted in March 2023.</p>

<h2>Statements</h2>

<p>Dr Marcus Pell, chief executive of Northbeck Learning Trust, said: "We accept the inspectors' findings in full and we are sorry that we did not act sooner. Parents have every right to expect better, and they will see change from the first day of the autumn term."</p>

<p>Helen Ashcroft said: "It has been a privilege to lead Brackenmoor for eight years, but the school needs a fresh start and I believe it is right that I step aside. I want to thank the children, the staff and the families for their kindness."</p>

<p>Joanna Reeve, chair of trustees, said: "Trustees will be reviewing how the trust monitors all nine of its schools. We owe that to every family, not only to those at Brackenmoor."</p>

<h2>Action already taken</h2>

<ul>
  <li>All 9 safeguarding concerns identified by inspectors were reviewed by the trust's safeguarding lead by Friday 24 May 2024.</li>
  <li>The single central record was completed during the inspection and has since been checked by the trust.</li>
  <li>The local governing body now meets every two weeks instead of every half term.</li>
</ul>

<h2>Improvement plan and funding</h2>

<p>The trust has committed &pound;185,000 of additional funding to Brackenmoor over the 2024/25 academic year. The main items are set out below.</p>

<table>
  <thead>
    <tr><th>Action</th><th>Cost</th><th>Timescale</th></tr>
  </thead>
  <tbody>
    <tr><td>Independent safeguarding audit by Calderwood Safeguarding Ltd</td><td>&pound;14,500</td><td>Complete by Friday 12 July 2024</td></tr>
    <tr><td>Two additional teaching assistants for pupils with SEND</td><td>&pound;52,000</td><td>From September 2024</td></tr>
    <tr><td>Full-time attendance officer</td><td>&pound;31,000</td><td>From September 2024</td></tr>
    <tr><td>Reading programme and staff training for key stage 2</td><td>&pound;38,500</td><td>Autumn term 2024</td></tr>
    <tr><td>Weekly visits by trust leaders</td><td>&pound;49,000</td><td>September 2024 to July 2025</td></tr>
    <tr><td><strong>Total</strong></td><td><strong>&pound;185,000</strong></td><td></td></tr>
  </tbody>
</table>

<h2>Meeting for parents and carers</h2>

<p>An open meeting for parents and carers will be held in the school hall on Wednesday 26 June 2024 at 6.30pm. Dr Pell, Ms Whitlow, Mr Okafor and the chair of the local governing body, Derek Sammons, will attend to answer questions.</p>

<p>Media enquiries: communications team, Northbeck Learning Trust, Bridge House, Kettlewick.</p>
</article>
</body>
</html>
`;

const HEATWAVE_SUMMARY = `# Regional Weather Summary: Heatwave of 14–18 July 2025

## South Midlands — Wexmoor and Hallbridge districts

**Issued by:** Met Office South Midlands Forecast Unit
**Date of issue:** Saturday 19 July 2025, 08:30 BST
**Prepared by:** Eleanor Whitcombe, Deputy Chief Forecaster
**Reviewed by:** Rajesh Malhotra, Regional Climate Services Manager

### Summary

A slow-moving area of high pressure centred over the near Continent brought five consecutive days of heat to the Wexmoor and Hallbridge districts from Monday 14 July to Friday 18 July 2025. An Amber Extreme Heat warning was issued at 11:00 on Sunday 13 July and was in force from 06:00 on Monday 14 July until 21:00 on Friday 18 July, when it was allowed to expire as fresher air approached from the west.

Every long-running station in the district exceeded 30°C on at least four of the five days. The highest temperature was 36.4°C, recorded at the Hallbridge (Riverside Park) station at 15:50 on Thursday 17 July. This is a new station record, beating the previous record of 35.9°C set on 19 July 2022 by 0.5°C.

Stanmere recorded 35.7°C on the same afternoon, the second-highest value in the district, followed by Ashwell Cross at 35.2°C. Little Fenby, on higher ground to the north-east, was the coolest of the five reporting towns throughout the spell but still reached 33.8°C on Thursday.

### Daily maximum temperatures (°C)

| Town          | Mon 14 | Tue 15 | Wed 16 | Thu 17 | Fri 18 | Warmest night (min °C) |
|---------------|-------:|-------:|-------:|-------:|-------:|-----------------------:|
| Hallbridge    | 31.2   | 33.0   | 34.8   | 36.4   | 32.1   | 22.8                   |
| Stanmere      | 30.4   | 32.1   | 33.9   | 35.7   | 31.5   | 21.6                   |
| Ashwell Cross | 30.9   | 32.7   | 34.1   | 35.2   | 31.9   | 21.4                   |
| Corby Vale    | 29.8   | 31.6   | 33.2   | 34.9   | 30.8   | 20.9                   |
| Little Fenby  | 28.7   | 30.2   | 32.4   | 33.8   | 29.6   | 19.7                   |

Figures are provisional and subject to quality control.

### Overnight temperatures

Nights were exceptionally warm. In Hallbridge the temperature did not fall below 22.8°C on the night of 17–18 July, the warmest night on record at the station. Four of the five towns in the table recorded at least one "tropical night", when the minimum stays above 20°C.

"This was the most sustained spell of heat this part of the country has seen since 2022, and the warm nights were arguably more dangerous than the daytime peaks," said Eleanor Whitcombe, Deputy Chief Forecaster. "Bodies that cannot cool down overnight go into the next day already under strain."

### Rainfall, sunshine and humidity

No measurable rain fell at Hallbridge between Sunday 13 July and Friday 18 July. Sunshine totalled 71.5 hours over the five days, an average of about 14.3 hours a day. Relative humidity in the afternoons was generally between 25% and 35%, rising to around 60% on Friday as more humid air arrived ahead of the breakdown.

### Outlook

A band of showers and thunderstorms is expected to cross the region on Saturday 19 July, with a Yellow thunderstorm warning in force from 12:00 to 22:00. Cooler air will follow, with maximum temperatures of around 24°C expected on Sunday 20 July and 22°C on Monday 21 July.

Rajesh Malhotra, Regional Climate Services Manager, said: "Spells like this used to be a once-in-a-generation event here. We have now had two in four years, and the climate projections tell us to expect more."
`;

const EXPENSES_STATEMENT = `# Northvale Young Carers Trust — Statement from the Board of Trustees

**Issued: Wednesday 13 March 2024**
**Contact: Office of the Chair, Northvale Young Carers Trust, 4 Wharf Lane, Kelbridge**

## Suspension of the Chief Executive

At an emergency meeting held on the evening of Tuesday 12 March 2024, the Board of Trustees of Northvale Young Carers Trust voted to suspend our Chief Executive, Dr Miriam Ashcombe, with immediate effect and on full pay, pending an independent investigation into expense claims submitted between January 2022 and February 2024.

The decision was taken by seven votes to two. All nine trustees attended the meeting, which lasted a little over three hours.

Geoffrey Pell, Chair of the Board of Trustees, said: "This was not an easy decision, and suspension is a neutral act. But the trustees have a duty to the young carers we serve, to our funders and to the public, and we must be certain that every pound is properly accounted for."

The Board has appointed the accountancy firm Greyfield & Hart LLP to carry out an independent forensic review of the expense claims. Greyfield & Hart has been asked to report to the Board within eight weeks.

Priya Nandakumar, currently Director of Operations, will serve as Interim Chief Executive for the duration of the suspension. Ms Nandakumar has worked for the Trust for eleven years.

## Expense claims under review

An initial internal review, led by our Treasurer, Anita Rahman, examined 249 expense claims submitted by the Chief Executive over the 26-month period. These claims totalled £48,620. Of that sum, £31,450 — almost 65 per cent — has been identified as requiring further explanation, either because receipts are missing, because the claim appears to exceed the Trust's expenses policy, or because the business purpose is unclear.

| Category | Number of claims | Total claimed | Amount questioned |
|---|---|---|---|
| First-class rail travel | 64 | £14,210 | £12,380 |
| Hotel stays | 41 | £13,050 | £9,870 |
| Restaurant and hospitality | 88 | £9,460 | £6,240 |
| Car hire and mileage | 37 | £6,900 | £2,960 |
| Other (IT equipment, subscriptions) | 19 | £5,000 | £0 |
| **Total** | **249** | **£48,620** | **£31,450** |

The Trust's expenses policy, adopted in 2019, requires standard-class rail travel for all staff and limits hotel costs to £120 per night outside London and £180 per night in London.

Anita Rahman, Treasurer, said: "The figures in this table are questions, not conclusions. Some claims may turn out to have a perfectly good explanation, and Dr Ashcombe will have every opportunity to provide one."

## Earlier concerns

The Board acknowledges that concerns about expense approvals were first raised with the Chair in September 2023 by a member of the finance team. At that time the Board asked the Chief Executive to provide missing receipts, and a revised approval process was introduced in October 2023 under which the Chair, rather than the Finance Manager, signs off the Chief Executive's expenses. The Board accepts, with hindsight, that it should have commissioned an independent review at that point.

## Services to young carers

No services to young carers have been affected by these events. Our after-school clubs, respite breaks and one-to-one support will continue as normal. Kelbridge City Council, our largest single funder, has been informed.

## Response from Dr Ashcombe

Dr Ashcombe, who has led the Trust since April 2019, has been informed of the Board's decision. Through her solicitor, Martin Quayle of Quayle Benning Solicitors, she has said that she "rejects any suggestion of dishonesty" and that "every journey and every meal was undertaken for the benefit of the Trust".

## Next steps

The Board will next meet on Tuesday 19 March 2024. We will cooperate fully with the Charity Standards Commission and will make a further statement when Greyfield & Hart has reported.

*Geoffrey Pell, Chair, on behalf of the Board of Trustees*
`;

const PASSENGER_PRESS_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Rail Users Westmarch — Press Release: Passengers count the cost of summer of cancellations</title>
</head>
<body>
<header>
<p><strong>Rail Users Westmarch</strong> — the independent passenger watchdog for the Westmarch network</p>
<p>PRESS RELEASE — FOR IMMEDIATE RELEASE</p>
<p>Thursday 17 October 2024</p>
</header>

<h1>Passengers count the cost of summer of cancellations</h1>

<p>Almost two in three Westmarch Trains passengers experienced at least one cancelled train in the past month, according to a survey published today by Rail Users Westmarch, the independent passenger watchdog.</p>

<p>The survey of 2,412 passengers, carried out between Monday 23 September and Sunday 6 October 2024, found that 63% had been affected by at least one cancellation in the previous four weeks. Among passengers on the Kestwick Valley Line the figure rose to 78%.</p>

<p>Tomasz Brennan, Chief Executive of Rail Users Westmarch, said: "Passengers on the Kestwick Valley Line have been treated as an afterthought all summer. People have lost shifts, missed hospital appointments and paid for taxis they cannot afford."</p>

<h2>Survey findings</h2>

<table>
<thead>
<tr><th>In the past four weeks, have you…</th><th>All passengers</th><th>Kestwick Valley Line passengers</th></tr>
</thead>
<tbody>
<tr><td>Experienced at least one cancellation</td><td>63%</td><td>78%</td></tr>
<tr><td>Arrived late for work or education</td><td>41%</td><td>55%</td></tr>
<tr><td>Paid for a taxi or other alternative transport</td><td>27%</td><td>36%</td></tr>
<tr><td>Claimed compensation for a delay or cancellation</td><td>12%</td><td>14%</td></tr>
<tr><td>Started driving instead of taking the train, some or all of the time</td><td>18%</td><td>24%</td></tr>
</tbody>
</table>

<p>Only 12% of passengers had claimed compensation, and of those who had not, more than half said they did not know they were entitled to it. Westmarch Trains currently pays compensation only for delays of 30 minutes or more.</p>

<p>Aisha Mensah, a nurse who commutes from Kestwick to Haldon General Hospital, told the watchdog: "I have had to leave home an hour early just in case my train doesn't turn up. Twice in September it didn't, and I paid £38 for a taxi each time."</p>

<h2>What Rail Users Westmarch is calling for</h2>

<ul>
<li>Automatic compensation for delays of 15 minutes or more, paid without passengers having to make a claim.</li>
<li>The £1.8 million performance deduction applied by Calderbrook Transport Authority to be spent on improvements for passengers on the worst-affected lines, rather than returned to general funds.</li>
<li>A published monthly report on driver numbers until the shortfall is closed.</li>
</ul>

<p>Mr Brennan added: "A reduced timetable may make the statistics look better, but it is still a cut in service. Passengers on the Kestwick Valley Line will be paying the same fares for half the evening trains."</p>

<p>The watchdog said it had written to Helen Okafor, Managing Director of Westmarch Trains, and to Councillor Maureen Tallis, Chair of the Regional Assembly's Transport Scrutiny Committee, setting out its recommendations.</p>

<h2>Notes to editors</h2>
<ol>
<li>Rail Users Westmarch is an independent, not-for-profit passenger watchdog founded in 2011 and funded by Calderbrook Transport Authority under a ring-fenced grant.</li>
<li>The survey was conducted online and at stations by Rail Users Westmarch volunteers. 2,412 passengers took part, of whom 604 were regular users of the Kestwick Valley Line.</li>
<li>Media contact: Leonie Strand, Communications Officer, press@railuserswestmarch.org.uk, 01632 960 418.</li>
</ol>
</body>
</html>
`;

const OBJECTORS_NEWSLETTER = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Save Brookmead Meadows - Newsletter Issue 14, March 2025</title>
</head>
<body>
<header>
<h1>Save Brookmead Meadows</h1>
<p><em>Newsletter - Issue 14 - Friday 14 March 2025</em></p>
</header>

<article>
<h2>"A vote that should never have counted"</h2>

<p>Dear members,</p>

<p>As most of you will know by now, Harrowfield District Council's planning committee approved the Brookmead Farm application on Tuesday 11 March by seven votes to six. More than 120 of you packed the public gallery and the overflow room. Thank you.</p>

<p>But the result rests on a single vote that we believe should never have been cast. Councillor Gareth Lund walked into the chamber at 7.34pm, 42 minutes after the item began. He missed the planning officer's presentation and both public speeches, including our own. He then seconded the motion to approve and voted for it, even after the council's own Monitoring Officer, Karen Doyle, warned him against it.</p>

<p>"If Councillor Lund had done the right thing and sat that vote out, it would have been six-six, and the chair's casting vote would have refused this scheme," said our chair, Dr Alan Pryce. "We are not asking for special treatment. We are asking the council to follow its own rules."</p>

<h2>What happens next</h2>

<p>On Thursday 13 March we lodged a formal complaint with the Monitoring Officer. We have also instructed solicitors, Marlow &amp; Keane LLP, to advise on a judicial review. Any claim must be filed within six weeks of the decision notice, so the deadline is likely to be Tuesday 22 April 2025.</p>

<p>Our secretary, Joan Whitaker, said: "Judicial review is expensive and we do not take this step lightly. But 412 people wrote to the council objecting to this scheme, and they deserve a fair hearing."</p>

<p>We have set a fundraising target of &pound;15,000 to cover the initial legal costs. So far 187 supporters have donated &pound;6,240, which is 42 per cent of the target.</p>

<h2>Why we are still fighting</h2>

<table border="1">
<thead>
<tr><th>Issue</th><th>The facts</th></tr>
</thead>
<tbody>
<tr><td>Traffic</td><td>About 1,100 extra car trips a day on Eastern Lane (developer's own transport assessment)</td></tr>
<tr><td>School places</td><td>St Aidan's Primary School at 104% of capacity</td></tr>
<tr><td>Doctors</td><td>Eastern Lane Surgery: one GP per 2,900 patients</td></tr>
<tr><td>Flooding</td><td>Meadows flooded in January 2023 and October 2023</td></tr>
<tr><td>Green space lost</td><td>14.2 hectares of farmland and meadow</td></tr>
</tbody>
</table>

<p>We are not against new homes. We are against the wrong homes in the wrong place. Castlegate's cheapest house is a two-bedroom at &pound;245,000, more than nine times the average local salary of &pound;26,800.</p>

<h2>Public meeting</h2>

<p>Join us at our public meeting on <strong>Thursday 27 March 2025 at 7.30pm</strong> in St Aidan's Church Hall, Eastern Lane. Speakers will include Dr Pryce, Joan Whitaker and Councillor Helen Marsh, who voted against the scheme.</p>

<p>Together we can still save Brookmead Meadows.</p>

<p>Joan Whitaker, Secretary<br>
Save Brookmead Meadows, 9 Orchard Row, Harrowfield</p>
</article>
</body>
</html>
`;

const PRISON_INSPECTION = `# HM Inspectorate of Prisons — Report on an unannounced inspection of HMP Carrowfield

**Summary of findings (reporter's copy)**
**Inspection dates:** Monday 3 March to Friday 14 March 2025
**Publication date:** Tuesday 22 April 2025
**Chief Inspector of Prisons:** Helen Marchbank
**Lead inspector:** David Teale

## Introduction

HMP Carrowfield is a Category B men's prison on the northern edge of Carrowfield, run by HM Prison and Probation Service (HMPPS). It has an operational capacity of 840 and held 812 men at the time of the inspection. The governor, Martin Ashdown, took up post in September 2023.

This was an unannounced inspection carried out by a team of 14 inspectors and researchers over two weeks. It was the first full inspection of the prison since June 2022, when the establishment was judged "reasonably good" for safety.

In her introduction, the Chief Inspector, Helen Marchbank, wrote: "Carrowfield has gone backwards on almost every measure that matters. Too many men are spending too long behind their doors, drugs are widely available, and staff told us they did not feel safe on the wings."

## Key findings

- Assaults on staff rose by 38%, from 155 in the 12 months to February 2024 to 214 in the 12 months to February 2025. This was among the highest rates of any Category B prison in England.
- Assaults between prisoners rose by 14%, from 342 to 391.
- Recorded incidents of self-harm fell slightly, from 1,102 to 1,046, but inspectors said the figure remained "far too high".
- The positive random drug testing rate was 27%, up from 19% the year before. Inspectors found that synthetic cannabinoids ("spice") were the most commonly detected substance.
- 61 of the prison's 310 funded band 3 to 5 officer posts were vacant, a vacancy rate of about 20%. Almost half of the officers in post had less than two years' experience.
- In our survey, 41% of prisoners said they spent more than 22 hours a day locked in their cells on a weekday. On C wing, the figure was 58%.
- A £2.3 million upgrade of the prison's CCTV system, approved in 2023, had still not been completed. Inspectors found 47 cameras out of action during the inspection.

## Safety indicators

| Indicator | 12 months to Feb 2024 | 12 months to Feb 2025 | Change |
|---|---|---|---|
| Assaults on staff | 155 | 214 | +38% |
| Prisoner-on-prisoner assaults | 342 | 391 | +14% |
| Self-harm incidents | 1,102 | 1,046 | -5% |
| Positive random drug tests | 19% | 27% | +8 points |
| Use of force incidents | 688 | 903 | +31% |
| Officer vacancies (of 310 posts) | 38 | 61 | +23 posts |

## Healthy prison tests

| Test | 2022 judgement | 2025 judgement |
|---|---|---|
| Safety | Reasonably good | Poor |
| Respect | Reasonably good | Not sufficiently good |
| Purposeful activity | Not sufficiently good | Poor |
| Preparation for release | Reasonably good | Not sufficiently good |

## Leadership

Inspectors said the governor and his senior team had "an accurate understanding of the prison's problems but had not been given the staff or the resources to fix them". Lead inspector David Teale said: "The leadership team were candid with us. What they lacked was officers on the landings, not insight."

## Recommendations

The report makes 34 recommendations, including nine key concerns. The most urgent were to reduce the time prisoners spend locked in cells, to fill officer vacancies and to complete the CCTV upgrade. The inspectorate asked HMPPS to publish an action plan within 28 days of publication.

The inspectorate will return for an independent review of progress in about 12 months.
`;

const PARKING_BOARD_PAPER = `# Castlebridge and Wyevale Hospitals NHS Foundation Trust

## Public Board of Directors — Thursday 6 March 2025

**Agenda item 11: Review of car parking tariffs at Castlebridge Royal Infirmary**

**Paper author:** Gareth Penhallow, Director of Estates and Facilities
**Executive sponsor:** Fiona Marchetti, Chief Finance Officer
**Purpose:** For decision

---

### 1. Summary

1.1 Car parking tariffs at Castlebridge Royal Infirmary have not changed since 1 April 2019. Over that period the cost of maintaining, lighting, securing and resurfacing the three patient and visitor car parks has risen by an estimated 41%.

1.2 This paper proposes a revised tariff for patients and visitors, and a revised monthly staff permit charge, to take effect from Monday 7 April 2025.

1.3 Car parking generated gross income of £4.2 million in 2023/24. Running costs for the same year were £2.9 million. The proposed tariff is forecast to raise an additional £1.1 million a year, all of which would be reinvested in the estate, including the planned replacement of the Lister Wing lifts.

### 2. Background

2.1 The Infirmary has 1,840 parking spaces across three car parks (North, South and the Riverside multi-storey). Of these, 612 spaces are reserved for staff and 96 are designated for Blue Badge holders.

2.2 In the twelve months to January 2025 there were approximately 1.3 million vehicle entries to the patient and visitor car parks. The average length of stay was 2 hours 10 minutes.

2.3 Occupancy in the Riverside multi-storey regularly exceeds 95% between 10am and 2pm on weekdays.

### 3. Proposed tariffs

3.1 The current and proposed tariffs for patients and visitors are set out below.

| Length of stay      | Current tariff | Proposed tariff | Change |
|---------------------|----------------|-----------------|--------|
| Up to 30 minutes    | £1.50          | £2.00           | +33%   |
| Up to 1 hour        | £2.50          | £3.20           | +28%   |
| Up to 2 hours       | £3.80          | £4.90           | +29%   |
| Up to 4 hours       | £5.50          | £7.00           | +27%   |
| Up to 24 hours      | £9.00          | £11.50          | +28%   |
| Weekly visitor pass | £15.00         | £20.00          | +33%   |

3.2 The monthly staff permit would rise from £18 to £24. Staff on Agenda for Change bands 1 to 3 would continue to pay the reduced rate, which would rise from £9 to £12 a month.

3.3 The first 20 minutes of parking would remain free in the North car park drop-off zone.

### 4. Concessions

4.1 Existing free parking concessions would be retained in full. These cover:

- Blue Badge holders;
- parents of babies in the neonatal unit;
- patients attending for renal dialysis or chemotherapy;
- frequent outpatient attenders (more than 12 visits in a month).

4.2 The paper proposes one new concession: free parking for up to two named carers of a patient receiving end-of-life care, on the recommendation of the ward sister.

### 5. Engagement

5.1 The proposal was discussed with the Trust's Patient Experience Committee on 19 February 2025. The Committee asked for the new concession in paragraph 4.2 and for the tariff change to be publicised at least four weeks in advance.

5.2 Castlebridge Patients' Voice was informed of the proposal by letter on 24 February 2025.

### 6. Comments from executive directors

Fiona Marchetti, Chief Finance Officer, said: "We have held these charges for six years while our costs have climbed steadily. Every penny above running costs goes back into the buildings patients use."

Gareth Penhallow, Director of Estates and Facilities, said: "Nobody likes paying more to park, but the Riverside multi-storey needs significant work and we cannot keep deferring it."

### 7. Recommendation

7.1 The Board is asked to APPROVE the revised tariffs in section 3 and the new concession in paragraph 4.2, to take effect from Monday 7 April 2025.

### 8. Minute extract (added after the meeting)

The Board approved the recommendation by seven votes to two. Non-executive director Helen Kirwan-Soames and non-executive director Rashid Mamoon voted against. The Chair, Alan Treharne, asked for the impact on patients to be reviewed after six months. Dr Miriam Oduya, Chief Executive, said: "We will keep listening. If the concessions are not reaching the people who need them, we will change them."
`;

describe('the fortieth round: rankings from tables and the drafts h344–h349, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a row put first or second of its column when another row is', async () => {
    const cuts = expectVerdictWith(await workspaceIndex({ 'sources/university_statement.html': UNIVERSITY_JOB_CUTS }));
    cuts('contradicted', 'Science and Engineering will lose the fewest posts, at 35.', [['Faculty of Science and Engineering', 'Faculty of Health and Life Sciences as the fewest (Proposed reduction: 15)']]);
    cuts('supported', 'Health and Life Sciences will lose the fewest posts, at 15.');
    const routes = expectVerdictWith(await workspaceIndex({ 'sources/scrutiny_minutes.md': TRANSPORT_MINUTES }));
    // (The price ranks the routes, not the pupils they carry.)
    const cheapest = routes('contradicted', 'Route 27 to Aldbridge High School, which carries 61 pupils, is now the cheapest of the replacement routes at £890 a day.');
    assert.match(cheapest.conflicts[0].source, /daily cost: £402/, why(cheapest));
    const trust = expectVerdictWith(await workspaceIndex({ 'sources/trust_statement.html': ACADEMY_TRUST_STATEMENT }));
    trust('contradicted', 'The biggest single item is £49,000 for the weekly leadership visits.');
    const heat = expectVerdictWith(await workspaceIndex({ 'sources/met_office_heatwave_summary.md': HEATWAVE_SUMMARY }));
    heat('contradicted', 'Ashwell Cross, at 35.2C, was the second-hottest town in the district on Thursday.');
  });

  test('"More claims … than for any other category" ranks the column of claims, without a figure', async () => {
    const expenses = expectVerdictWith(await workspaceIndex({ 'sources/board_statement.md': EXPENSES_STATEMENT }));
    expenses('contradicted', 'More claims were made for car hire and mileage than for any other category.', [['Car hire and mileage', 'Restaurant and hospitality (Number of claims: 88)']]);
    expenses('supported', 'More claims were made for restaurant and hospitality than for any other category.');
  });

  test('"of those who had not" denies nothing; ", told the committee that a member …" is no post', async () => {
    const passengers = expectVerdictWith(await workspaceIndex({ 'sources/rail_users_westmarch_press_release.html': PASSENGER_PRESS_RELEASE }));
    passengers('supported', 'Just 12% of passengers had claimed compensation, and the operator currently pays out only for delays of 30 minutes or more.');
    const judge = judgeWith(await workspaceIndex({ 'sources/sbm_newsletter.html': OBJECTORS_NEWSLETTER }));
    const doyle = judge('Before the vote, the council\'s Monitoring Officer, Karen Doyle, told the committee that a member who had not been present for the whole of an item "should not vote on it".');
    assert.ok(!doyle.conflicts.some((c) => c.kind === 'word'), why(doyle));
  });

  test('a part of a whole in words; "lower-paid" and "their reduced rate" move nothing; a post between the name and "said:"', async () => {
    const prison = expectVerdictWith(await workspaceIndex({ 'sources/inspection_report_summary.md': PRISON_INSPECTION }));
    prison('supported', "Sixty-one of the prison's 310 funded officer posts were vacant, a vacancy rate of about a fifth.");
    const parking = judgeWith(await workspaceIndex({ 'sources/board_paper_parking_tariffs.md': PARKING_BOARD_PAPER }))('Staff will pay £24 a month for a permit instead of £18, while lower-paid staff on bands one to three will see their reduced rate go from £9 to £12.');
    assert.ok(parking.verdict !== 'contradicted' && !parking.conflicts.some((c) => c.kind === 'direction'), why(parking));
    const files = { 'sources/board_paper_parking_tariffs.md': PARKING_BOARD_PAPER };
    assert.deepEqual(await misattributions(files, 'Dr Oduya said the trust would "keep listening" and would change the concessions if they were not reaching the people who need them.'), []);
    assert.deepEqual(await misattributions(files, 'Alan Treharne said: "We will keep listening."'), ['These words were said by Dr Miriam Oduya, not Alan Treharne']);
  });
});
