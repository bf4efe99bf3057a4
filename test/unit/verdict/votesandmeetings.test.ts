/**
 * The thirty-ninth round, second part: false alarms shown as errors in the drafts written against its first fixes
 * (h314–h319: A&E waits, a level crossing accident, an election recount, a food poisoning outbreak, a museum's funding,
 * a bus strike ballot), and a tally as a chair reads it out and a quotation "I said" in a letter from the first part's
 * drafts. "18 voted no" denies nothing; a row that gives all the claim's figures gives them in the columns the claim
 * means; "for, 31; against, 22" is a vote and "176 for, 19 against" no tally of 19 and 9; a letter's "I said" is its
 * signer's; "three years ago" is no length of eleven years; a candidate's party does not make her figure another's;
 * a date another sentence gives after the claim's word for the event ("reopened on"); a meeting on the day of the
 * board paper itself; "triggers" for "starts"; "the RSIB's Chief Inspector of Rail Accidents". The fixtures are the
 * helpers' sources, whole or cut; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { COUNCIL_VOTES } from './fixtures';
import { withProductWordVectors } from './productVectors';
import { expectVerdictWith, judgeWith, misattributions, why, workspaceIndex } from './sources';

const BALLOT_RESULT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ATWU Brackmoor Bus Branch – Industrial Action Ballot Result</title>
</head>
<body>
<header>
<h1>Allied Transport Workers' Union (ATWU)</h1>
<h2>Brackmoor Bus Branch – Notice of Industrial Action Ballot Result</h2>
<p>Issued: Tuesday 4 March 2025</p>
</header>

<section>
<h3>Ballot details</h3>
<p>Employer: Kestrel Buses Ltd (a subsidiary of Calderway Transport Group plc)</p>
<p>Dispute: 2025 pay settlement for bus drivers</p>
<p>The postal ballot opened on Tuesday 11 February 2025 and closed at 12 noon on Tuesday 4 March 2025. The ballot was conducted by the independent scrutineer Northfield Ballot Services Ltd.</p>
<p>Question put to members: "Are you prepared to take part in strike action?"</p>
</section>

<section>
<h3>Result by depot</h3>
<table border="1">
<thead>
<tr><th>Depot</th><th>Members entitled to vote</th><th>Votes cast</th><th>Yes</th><th>No</th><th>Spoilt</th><th>Turnout</th><th>Yes share</th></tr>
</thead>
<tbody>
<tr><td>Northgate</td><td>212</td><td>171</td><td>152</td><td>19</td><td>0</td><td>80.7%</td><td>88.9%</td></tr>
<tr><td>Riverside</td><td>188</td><td>149</td><td>131</td><td>18</td><td>0</td><td>79.3%</td><td>87.9%</td></tr>
<tr><td>Eastfield</td><td>164</td><td>120</td><td>98</td><td>22</td><td>0</td><td>73.2%</td><td>81.7%</td></tr>
<tr><td>Hollins Lane</td><td>96</td><td>81</td><td>74</td><td>7</td><td>0</td><td>84.4%</td><td>91.4%</td></tr>
<tr><td><strong>Total</strong></td><td><strong>660</strong></td><td><strong>521</strong></td><td><strong>455</strong></td><td><strong>66</strong></td><td><strong>0</strong></td><td><strong>78.9%</strong></td><td><strong>87.3%</strong></td></tr>
</tbody>
</table>
<p>The turnout of 78.9% exceeds the 50% threshold required by law. The result is therefore valid.</p>
</section>

<section>
<h3>Background to the dispute</h3>
<p>Kestrel Buses Ltd has offered drivers a basic pay rise of 3.2% for 2025, which would lift the basic hourly rate from £13.40 to £13.83. The ATWU is seeking 6.5%, which would take the rate to £14.27. Drivers at the neighbouring operator Pennine Link are paid £14.85 an hour.</p>
<p>Kestrel drivers received a rise of 2.5% in 2024, which the branch says left them worse off after inflation.</p>
<p>Talks between the branch and management broke down on Friday 31 January 2025 after five rounds of negotiation.</p>
</section>

<section>
<h3>Planned action</h3>
<p>The branch committee has notified Kestrel Buses of the following strike dates:</p>
<ul>
<li>A 48-hour strike beginning at 00:01 on Monday 17 March 2025 and ending at 23:59 on Tuesday 18 March 2025.</li>
<li>A 24-hour strike on Friday 28 March 2025.</li>
</ul>
<p>Further dates may be announced if no improved offer is received.</p>
</section>

<section>
<h3>Statements</h3>
<p>Denise Okafor, ATWU regional organiser, said: "This is a clear and overwhelming mandate. Our members have not taken this decision lightly, but they will not accept another real-terms pay cut."</p>
<p>Paul Hendry, secretary of the ATWU Brackmoor Bus Branch, said: "Every single depot voted yes by more than four to one. Kestrel can still avoid disruption by putting a fair offer on the table."</p>
<p>Ms Okafor added that the union remained "ready to talk at any time, day or night".</p>
</section>

<footer>
<p>ATWU Brackmoor Bus Branch, 22 Foundry Street, Brackmoor. Promoted by Paul Hendry, branch secretary.</p>
</footer>
</body>
</html>
`;

const MP_LETTER = `# Letter from Sarah Pennington MP to the Vice-Chancellor

**House of Commons, London SW1A 0AA**

**Monday 10 March 2025**

Professor Helen Marchetti
Vice-Chancellor
University of Wensford
Founders' Building
Wensford

Dear Professor Marchetti,

## Re: Proposed job losses and course closures at the University of Wensford

I am writing as the Member of Parliament for Wensford and Dale following the university's announcement on Tuesday 4 March of proposals to cut up to 212 posts and to close 14 courses.

In the last six days I have received more than 340 emails and letters from constituents about these proposals, from staff, students, parents and local businesses. I have also received a letter from Priya Nanda, President of Wensford Students' Union, informing me that at an Emergency General Meeting on 6 March students passed a motion of no confidence in you by 412 votes to 37.

I recognise that universities across the country face real financial pressures, and I do not doubt that the university's Council has difficult choices to make. But I must put on record my deep concern about both the scale of these proposals and the way in which they have been made.

### The university's place in Wensford

The University of Wensford is the second-largest employer in the city after Wensford and Dale NHS Trust. An independent study commissioned by Wensford City Council last year estimated that the university contributes around £410 million a year to the local economy. As the figures below show, many of the staff affected live in my constituency.

| Group | Number living in Wensford and Dale |
|---|---|
| University staff (all posts) | 2,640 |
| Staff in the five schools affected | 610 |
| Students in university-owned housing | 4,200 |

"When a university of this size makes cuts of this kind, the effect is felt far beyond the campus: in shops, in schools, in the housing market and in the rail station at eight o'clock every morning," as the leader of Wensford City Council, Councillor Mark Delacroix, put it to me last week. I share his view.

### Modern languages and music

I am particularly concerned by the proposal to close five courses in the School of Modern Languages. The university is the only institution within 60 miles to offer degrees in German and Italian, and its staff train many of the language teachers who work in schools across the county. The proposed closure of the BA in Music Technology also seems at odds with the university's own strategy, which named the creative industries as a priority only two years ago.

### My requests

I would be grateful if you would:

1. Pause the 45-day consultation, which is due to close on 18 April, for at least four weeks, so that the city council, the trade unions and the Students' Union can respond properly.
2. Publish the full financial case for the proposals, including the business case for each course proposed for closure.
3. Meet me, together with Ms Nanda and Dr Ruth Oyelaran of the University and College Union, before the consultation closes.

I would also ask you to confirm in writing that every student currently enrolled on a course proposed for closure will be able to complete their degree at Wensford, with the specialist teaching they were promised.

"Nobody is asking the university to ignore its finances," I said in a statement to the *Wensford Evening Post* on Friday. "What we are asking for is time, transparency and a proper conversation with the city that this university belongs to."

I look forward to your reply, and would be grateful to receive it by Monday 24 March.

Yours sincerely,

Sarah Pennington
Member of Parliament for Wensford and Dale

cc: Councillor Mark Delacroix, Leader, Wensford City Council
cc: Priya Nanda, President, Wensford Students' Union
cc: Dr Ruth Oyelaran, Branch Secretary, UCU Wensford
`;

const COUNT_PRESS_RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Vale Green Party – Press release – Millbrook by-election</title>
</head>
<body>
<header>
<p><strong>VALE GREEN PARTY – HARTWELL AND DISTRICT</strong></p>
<p>PRESS RELEASE – FOR IMMEDIATE USE</p>
<p>Saturday 9 May 2026</p>
</header>

<h1>Greens come within four votes in Millbrook – "best result in our history"</h1>

<p>The Vale Green Party has hailed its best ever result in Hartwell after candidate Grace Okafor came within four votes of winning the Millbrook ward by-election, held on Thursday 7 May.</p>

<p>After a full recount lasting more than seven hours at Hartwell Leisure Centre, Ms Okafor polled 1,408 votes (28.4 per cent) against 1,412 (28.5 per cent) for the winning Hartwell Independents candidate, Colin Brennan. The result was declared at 1:47am on Saturday.</p>

<p>The Green vote in Millbrook has more than doubled since the last full council elections:</p>

<table border="1">
<caption>Vale Green Party share of the vote, Millbrook ward</caption>
<tr><th>Election</th><th>Green votes</th><th>Share</th></tr>
<tr><td>May 2019 (full council)</td><td>318</td><td>8.1%</td></tr>
<tr><td>May 2023 (full council)</td><td>512</td><td>12.0%</td></tr>
<tr><td>May 2026 (by-election)</td><td>1,408</td><td>28.4%</td></tr>
</table>

<p>Grace Okafor said: "Four votes is heartbreaking, but I am incredibly proud of what we built. Hundreds of people who had never voted Green before trusted us this time, and we will keep earning that trust every single day."</p>

<p>Simon Faulds, chair of the Vale Green Party, said: "The Independents have run this council for eight years as if it belonged to them. Last night they held on by the skin of their teeth. Next May the whole council is up for election, and they should be very worried."</p>

<p>The party thanked its 65 volunteers, who delivered an estimated 14,000 leaflets during the five-week campaign, and the council's count staff, "who worked late into the night with great professionalism".</p>

<h2>Next steps</h2>

<p>The party confirmed that it is taking legal advice on the adjudication of rejected ballot papers during the recount, in which the number of rejected papers rose from 14 to 19. Mr Faulds said the party was "not ruling out" an election petition to the High Court, which must be lodged within 21 days of the declaration, that is by Saturday 30 May.</p>

<p>"We are not accusing anyone of wrongdoing," Mr Faulds added. "But when a seat is decided by four votes and five extra papers are rejected on the recount, people deserve to know why."</p>

<p>A petition can require the petitioner to provide security for costs of up to £2,500. The party said its executive committee would meet on Tuesday 12 May to decide whether to proceed.</p>

<h2>Notes to editors</h2>
<ul>
<li>Grace Okafor, 34, is a teacher at St Aldhelm's Primary School, Millbrook, and has lived in the ward for eleven years.</li>
<li>The by-election was caused by the resignation of Councillor Anne Whitlock (Hartwell Independents) in March 2026.</li>
<li>The Vale Green Party currently holds 6 of the 38 seats on Hartwell District Council.</li>
<li>Media contact: Jess Arundel, press officer, Vale Green Party.</li>
</ul>
</body>
</html>
`;

const COUNT_LIVEBLOG = `# LIVE: Millbrook by-election count – as it happened

**Hartwell Courier** | By Priya Nandra, Local Democracy Reporter
*Friday 8 May 2026 – Saturday 9 May 2026, Hartwell Leisure Centre*

Voters in Millbrook went to the polls on Thursday to choose a replacement for Hartwell Independents councillor Anne Whitlock, who stood down in March after taking a job in Scotland. The seat matters: the Independents run Hartwell District Council with 20 of its 38 seats, and losing Millbrook would leave them one short of an overall majority.

---

**09:45** – Doors are open at Hartwell Leisure Centre. Count staff are setting up tables in the main hall. Council officers tell me 42 counting assistants have been booked for the day.

**10:00** – Verification has begun. Ballot boxes from all nine Millbrook polling stations have arrived, plus the postal votes opened on Thursday night.

**11:30** – Verification complete. The Returning Officer, Dr Helen Ashdown, who is also the council's chief executive, confirms 4,981 ballot papers were issued and returned. That gives a turnout of 44.3 per cent, well up on the 38.6 per cent recorded in the ward at the full council elections in May 2023.

**12:15** – Council leader Ruth Kimble, who leads the Hartwell Independents group, has arrived. She tells me: "Colin has worked this ward for months. If the voters of Millbrook want a councillor who fixes the potholes rather than making speeches, they know where to put their cross."

**13:40** – Counting proper is under way. Sampling by party agents suggests a two-horse race between Colin Brennan of the Independents and Grace Okafor of the Vale Green Party. Community First's Laura Pemberton is said to be "a comfortable third".

**15:10** – The Progress Party candidate, Mark Strand, has left the hall. A party worker says he has "another engagement" but will return for the declaration.

**17:05** – Provisional result shown to candidates and agents. I understand the figures are:

| Candidate | Party | First count |
|---|---|---|
| Colin Brennan | Hartwell Independents | 1,415 |
| Grace Okafor | Vale Green Party | 1,409 |
| Laura Pemberton | Community First | 989 |
| Mark Strand | Progress Party | 642 |
| Daniel Vickers | Workers' Alliance | 512 |

Fourteen ballot papers were rejected at this stage. A margin of just six votes.

**17:12** – Tom Greaves, the Greens' election agent, has formally asked for a recount. He tells me: "Six votes out of nearly five thousand is within the margin where a bundle of fifty can go on the wrong pile. We owe it to the voters to check every single paper."

**17:30** – Dr Ashdown has granted the recount. It will be a full recount, not a bundle check, and it will start at 6pm after a break for staff. Some counting assistants who were due to leave at 6pm have agreed to stay on.

**18:00** – The recount is under way. Agents from all five campaigns are standing at the tables.

**19:45** – A council spokesperson tells me the count was budgeted at £14,800 in staffing and venue costs. The recount is expected to add around £3,900 in overtime, though the final figure will not be known until next week.

**21:20** – Grace Okafor, a 34-year-old primary school teacher, has spoken briefly outside the hall: "Whatever happens tonight, more people in Millbrook voted Green than ever before. That is not going away."

**22:50** – The recount is being slowed by adjudication of doubtful ballot papers. Dr Ashdown is showing each one to the candidates and agents. I count at least 20 papers set aside so far.

**00:35** – We are now into Saturday. Colin Brennan, a 58-year-old retired fire station manager, says he is "tired but not worried". He adds: "I've knocked on more doors in Millbrook than anyone in this room, and I'll accept whatever the papers say."

**01:30** – Recount completed, seven and a half hours after it began. Candidates are huddled with Dr Ashdown.

**01:47** – DECLARATION. Colin Brennan (Hartwell Independents) is elected with 1,412 votes. Grace Okafor (Vale Green Party) 1,408. Laura Pemberton (Community First) 987. Mark Strand (Progress Party) 643. Daniel Vickers (Workers' Alliance) 512. Nineteen papers rejected. Majority: four.

So the recount trimmed Brennan's lead from six to four, with five more papers rejected than in the first count. Pemberton lost two votes in the recount; Strand gained one.

**01:52** – Brennan in his acceptance speech: "Four votes. I will remember every one of them, and I will work for every single person in Millbrook, whichever box they ticked."

**01:55** – Ruth Kimble says the result means the Independents "keep their majority and keep their promises". The Hartwell Independents retain control of the council with 20 seats out of 38.

**01:58** – Tom Greaves tells me the Greens will "study the rejected papers very carefully" before deciding on any next step. That's all from the count – thank you for following. Full report and reaction on our website later today.
`;

const HYGIENE_REPORT = `# Marlbridge District Council — Environmental Health Service

## Outbreak Investigation Report: Salmonella Enteritidis linked to Ember & Olive, 14 Quay Street, Marlbridge

**Report reference:** EH/OUT/2024/031
**Date of report:** Friday 28 June 2024
**Prepared by:** Tom Belcher, Senior Environmental Health Officer
**Approved by:** Priya Nandakumar, Head of Environmental Health
**Distribution:** Outbreak Control Team; Western Counties Health Protection Team; Cllr Margaret Hale, Cabinet Member for Communities and Public Protection

---

### 1. Summary

On Monday 10 June 2024 the Environmental Health Service received the first of several reports of gastrointestinal illness among people who had eaten at Ember & Olive, a 60-seat Mediterranean restaurant at 14 Quay Street, Marlbridge. An Outbreak Control Team (OCT) was convened on Tuesday 11 June 2024, chaired by Dr Helen Varga, Consultant in Health Protection at the Western Counties Health Protection Team.

In total, 47 cases have been linked to meals eaten at the restaurant between Friday 7 June and Sunday 9 June 2024. Of these, 21 cases were confirmed by laboratory testing as *Salmonella* Enteritidis and 26 are classed as probable cases on the basis of symptoms and exposure. Six people were admitted to Marlbridge General Hospital; all had been discharged by Friday 21 June. There have been no deaths.

The most likely vehicle of infection was a house-made garlic aioli prepared with raw shell eggs and served with several dishes over the weekend. The owner voluntarily closed the restaurant on Tuesday 11 June. It reopened on Wednesday 26 June following a satisfactory revisit on Monday 24 June.

"This was a serious outbreak, but the owner's decision to close straight away almost certainly stopped further cases," said Priya Nandakumar, Head of Environmental Health. "Raw egg sauces remain one of the highest-risk items in any commercial kitchen."

### 2. Case definitions

- **Confirmed case:** a person who ate food from Ember & Olive between 7 and 9 June 2024 and had *Salmonella* Enteritidis isolated from a stool sample.
- **Probable case:** a person who ate food from Ember & Olive between 7 and 9 June 2024 and developed diarrhoea and/or vomiting with fever within 72 hours, without a laboratory result.

### 3. Cases by date of onset

| Date of onset        | Confirmed | Probable | Total |
|----------------------|-----------|----------|-------|
| Saturday 8 June      | 4         | 5        | 9     |
| Sunday 9 June        | 8         | 9        | 17    |
| Monday 10 June       | 6         | 8        | 14    |
| Tuesday 11 June      | 3         | 3        | 6     |
| Wednesday 12 June    | 0         | 1        | 1     |
| **Total**            | **21**    | **26**   | **47**|

Onset peaked on Sunday 9 June, when 17 people fell ill. Ages of cases ranged from 4 to 81 years (median 38). Twenty-six cases (55%) were female.

### 4. Epidemiological investigation

Booking records showed approximately 310 covers served between Friday 7 June and Sunday 9 June. Contact details were available for 214 diners, all of whom were sent an online questionnaire on Wednesday 12 June. A total of 158 diners responded, a response rate of 74%.

| Exposure among respondents        | Ill | Not ill | Attack rate |
|-----------------------------------|-----|---------|-------------|
| Ate a dish served with aioli      | 38  | 54      | 41%         |
| Did not eat a dish with aioli     | 3   | 63      | 5%          |

Diners who ate a dish served with the aioli were roughly eight times more likely to become ill than those who did not. No other food item showed a statistically significant association. The remaining six cases were identified through GP and laboratory notifications rather than the questionnaire.

### 5. Inspection findings

Officers Tom Belcher and Aisha Rahman (Environmental Health Officer) inspected the premises on Tuesday 11 June 2024. Key findings:

1. Aioli was made in batches of about 4 litres each morning using raw shell eggs, not pasteurised egg, and held at room temperature on the pass for up to six hours during service.
2. The kitchen's food safety management system did not identify raw egg sauces as a critical control point.
3. The walk-in chiller was operating at 9°C against a required maximum of 8°C; it was reading 4°C at the revisit.
4. Cleaning records were incomplete for five of the previous fourteen days.

Eggs were supplied by Fenwick Farm Eggs Ltd of Little Ashby. Samples from two unopened trays collected on 11 June were negative for *Salmonella*. The supplier's records were reviewed with the Animal and Plant Health Agency and no wider contamination was found. Eleven of the restaurant's 14 staff provided stool samples; two kitchen staff tested positive and were excluded from work until they had produced clear samples.

### 6. Enforcement and outcome

- The restaurant's food hygiene rating was reduced from 5 to 1 following the inspection on 11 June.
- A Hygiene Improvement Notice was served on Thursday 13 June 2024, requiring a revised food safety management system within 21 days.
- The business has switched to pasteurised liquid egg for all uncooked sauces. Head chef Lucy Brannigan and all kitchen staff completed Level 3 food hygiene training on Saturday 22 June.
- At the revisit on Monday 24 June officers found all requirements met. The business may request a rescore under the rating scheme; this is expected to take place in July.
- No decision has yet been made about prosecution. The file will be reviewed by the council's legal team.

The cost of the investigation to the council, including officer time and laboratory courier charges, is estimated at £12,400.

"We will be looking closely at whether any offences were committed, but our priority has been protecting the public," said Cllr Margaret Hale. "I want to thank the 158 diners who took the time to fill in our questionnaire."

### 7. Recommendations

1. All food businesses in the district to receive a written reminder on the use of pasteurised egg in uncooked dishes, to be issued by 31 July 2024.
2. The Outbreak Control Team to formally close the outbreak 14 days after the last onset date if no further cases are reported.
`;

const BOARD_PAPER = `# Kestrel Vale Hospitals NHS Foundation Trust

## Board of Directors – Meeting in Public

**Date:** Thursday 7 November 2024
**Venue:** Education Centre, Brackenford General Hospital
**Agenda item:** 9.2
**Paper title:** Urgent and Emergency Care Performance and Temporary Closure of Larch Ward
**Executive lead:** Daniel Farrow, Chief Operating Officer
**Authors:** Daniel Farrow, Chief Operating Officer; Margaret Oduya, Chief Nurse
**Purpose:** For assurance and decision

---

### 1. Summary

1.1 The trust's performance against the four-hour emergency access standard has deteriorated for the fifth consecutive month. In October 2024, 64.9% of patients attending the Emergency Department (ED) at Brackenford General Hospital were admitted, transferred or discharged within four hours. This compares with 71.2% in April 2024 and with the national operational planning target of 78% by March 2025.

1.2 The number of patients spending more than 12 hours in the department from arrival rose to 1,146 in October 2024, up from 712 in April 2024.

1.3 The board is asked to approve the temporary closure of Larch Ward (Ward 22), a 24-bed acute medicine ward for older people, from Monday 18 November 2024 for a period of 12 weeks, and to note the mitigations set out in section 5.

### 2. Four-hour performance, April to October 2024

| Month | ED attendances | Seen within 4 hours (%) | 12-hour waits from arrival | Average ambulance handover (minutes) |
|---|---|---|---|---|
| April 2024 | 10,482 | 71.2 | 712 | 38 |
| May 2024 | 10,915 | 72.8 | 655 | 35 |
| June 2024 | 10,760 | 70.4 | 790 | 41 |
| July 2024 | 11,204 | 69.1 | 871 | 44 |
| August 2024 | 10,988 | 68.5 | 903 | 46 |
| September 2024 | 11,037 | 66.3 | 1,018 | 52 |
| October 2024 | 11,391 | 64.9 | 1,146 | 57 |

2.1 May 2024 was the best-performing month of the year to date. Attendances in October 2024 were the highest recorded in any single month since the department opened in 2016.

2.2 The trust is ranked 118th of 122 acute trusts in England for four-hour performance in September 2024, according to published national data.

### 3. Drivers of performance

3.1 The principal driver remains exit block. On average, 87 patients each day in October 2024 were medically fit for discharge but remained in a hospital bed, most awaiting packages of care or care home placements arranged by Brackenford Metropolitan Borough Council.

3.2 General and acute bed occupancy averaged 97.4% in October 2024, against a recommended maximum of 92%.

### 4. Nursing workforce

4.1 The registered nursing vacancy rate across the medicine division stands at 14.6%, equivalent to 118 whole-time-equivalent posts. Larch Ward has a registered nurse vacancy rate of 31%.

4.2 Agency nursing spend in the first six months of 2024/25 (April to September) was £3.2 million, against a budget of £1.9 million.

4.3 Margaret Oduya, Chief Nurse, said: "We cannot safely staff every ward through the winter while relying on agency nurses who do not know our patients. Consolidating Larch Ward allows us to put permanent, experienced nurses where the pressure is greatest, including the front door."

### 5. Proposal: temporary closure of Larch Ward

5.1 It is proposed that Larch Ward closes temporarily from Monday 18 November 2024 for 12 weeks, reopening no later than Monday 10 February 2025.

5.2 Sixteen of the 24 beds will be re-provided on Willow Ward (Ward 20), which will be reconfigured to accommodate them. This represents a net reduction of eight beds in medicine for older people during the closure.

5.3 The 27 registered nurses and healthcare assistants currently working on Larch Ward will be redeployed, with 11 moving to the Emergency Department and a new 10-space Same Day Emergency Care (SDEC) area, and the remainder moving to Willow Ward.

5.4 The closure is forecast to reduce agency spend by £410,000 over the 12-week period.

5.5 Works to replace the ward's nurse call system and improve ventilation, costing £265,000, will be carried out while the ward is empty.

### 6. Consultation and engagement

6.1 Calder and Aire Integrated Care Board (ICB) has been informed of the proposal. As the closure is temporary, formal public consultation is not required. The trust will brief Healthwatch Brackenford and the council's Health Overview and Scrutiny Committee.

6.2 Daniel Farrow, Chief Operating Officer, said: "This is not a decision we take lightly, and it is not a cut. Every bed we lose on Larch Ward will be more than offset by the faster assessment we can offer in Same Day Emergency Care."

### 7. Recommendation

7.1 The board is asked to approve the temporary closure of Larch Ward and to receive a progress report at its meeting on Thursday 6 March 2025.

*Board decision (recorded in minutes): Approved, with Dr Priya Ramanathan, Non-Executive Director, recording her dissent.*
`;

const RSIB_SUMMARY = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>RSIB Report 07/2024 – Summary: Fatal collision at Ashcombe Lane level crossing, Lydford Green</title>
</head>
<body>
<header>
<p>Rail Safety Investigation Board (RSIB)</p>
<h1>Report 07/2024 – Summary</h1>
<h2>Fatal collision between a passenger train and a van at Ashcombe Lane automatic half barrier level crossing, near Lydford Green, Westmarch</h2>
<p>Published: Thursday 12 September 2024</p>
</header>

<section>
<h3>Summary of the accident</h3>
<p>At approximately 07:42 on Tuesday 14 November 2023, train 1W32, the 07:15 service from Kingsbridge to Porthaven operated by Severn Vale Railways, struck a white Ford Transit van on Ashcombe Lane automatic half barrier (AHB) level crossing, about 1.2 miles east of Lydford Green station. The driver of the van, Daniel Okafor, aged 34, a self-employed courier from Lydford Green, died at the scene.</p>
<p>The train was travelling at 68 mph at the moment of impact. The permitted line speed on this section is 75 mph. There were 143 passengers and four members of staff on board the three-car diesel unit. Two passengers received minor injuries and were treated at the scene; nobody on the train was taken to hospital.</p>
<p>The investigation found that the crossing's warning sequence started only 19 seconds before the train arrived at the crossing. Railway standards require a minimum warning time of 27 seconds at an AHB crossing on a line of this speed, and the crossing was designed to give 30 seconds. As a result, the half barriers had been fully lowered for only about eight seconds when the train arrived, and the van had already entered the crossing when the barriers began to descend.</p>
</section>

<section>
<h3>Immediate and underlying causes</h3>
<p>The immediate cause was that the van was on the crossing when the train arrived. The RSIB found no evidence that Mr Okafor deliberately drove around the barriers, and it concluded that he had entered the crossing while the amber lights were showing, which the warning time then available did not allow him to clear safely.</p>
<p>The underlying cause was that the point on the line at which an approaching train starts the crossing sequence (the "strike-in" point) had been moved 340 metres closer to the crossing during the Westmarch resignalling scheme, which was commissioned over the weekend of Saturday 20 March 2021. The infrastructure manager, Trackways Infrastructure, did not carry out a warning-time test after the change, and its design checks did not identify that the new strike-in position no longer gave the required warning time for trains at line speed.</p>
<p>The RSIB also found that Trackways Infrastructure had received six reports of near misses at Ashcombe Lane during 2022, including two from train drivers who said the barriers were "still coming down" as they passed. None of these reports led to the warning time being measured.</p>
<p>Dr Fiona Caldwell, Chief Inspector of Rail Accidents at the RSIB, said: "This was a crossing that looked as though it was working but was not giving road users the time they were entitled to. The warning signs were there in 2022, and they were not acted upon."</p>
</section>

<section>
<h3>Timeline of events, Tuesday 14 November 2023</h3>
<table border="1">
<thead>
<tr><th>Time</th><th>Event</th></tr>
</thead>
<tbody>
<tr><td>07:15:00</td><td>Train 1W32 departs Kingsbridge, on time.</td></tr>
<tr><td>07:38:40</td><td>Train 1W32 departs Lydford Green station, 40 seconds late.</td></tr>
<tr><td>07:41:59</td><td>Train passes the strike-in point; amber lights begin to show at Ashcombe Lane crossing.</td></tr>
<tr><td>07:42:02</td><td>Van enters the crossing travelling north at about 11 mph (CCTV).</td></tr>
<tr><td>07:42:04</td><td>Red road traffic lights begin to flash; audible warning sounds.</td></tr>
<tr><td>07:42:10</td><td>Half barriers fully lowered. Van is stopped on the crossing behind a queue of traffic on the far side.</td></tr>
<tr><td>07:42:13</td><td>Train driver sees the van and makes an emergency brake application; sounds the horn.</td></tr>
<tr><td>07:42:18</td><td>Train strikes the van at 68 mph.</td></tr>
<tr><td>07:42:51</td><td>Train comes to a stand about 410 metres beyond the crossing.</td></tr>
<tr><td>07:44:30</td><td>Train driver reports the collision to Westmarch signalling centre by radio.</td></tr>
<tr><td>07:58</td><td>Ambulance and fire service arrive at the crossing.</td></tr>
<tr><td>08:21</td><td>Mr Okafor pronounced dead at the scene.</td></tr>
</tbody>
</table>
</section>

<section>
<h3>The train driver</h3>
<p>The driver of train 1W32, Stephen Marsh, aged 51, had worked for Severn Vale Railways for 22 years. The RSIB found that he was driving within the permitted speed, that his response to seeing the van was prompt, and that nothing he could have done would have prevented the collision. He was not injured but has not returned to driving duties.</p>
</section>

<section>
<h3>Wider findings</h3>
<p>Following the accident, Trackways Infrastructure measured the warning time at all 212 AHB crossings on its Western route. It found that 14 of them, or 6.6 per cent, gave less than the minimum warning time. All 14 have since been corrected, mainly by imposing temporary speed restrictions and then by re-positioning strike-in points.</p>
<table border="1">
<caption>Warning-time audit of AHB crossings, Western route (completed 29 February 2024)</caption>
<thead>
<tr><th>Result</th><th>Number of crossings</th><th>Share</th></tr>
</thead>
<tbody>
<tr><td>Warning time compliant</td><td>198</td><td>93.4%</td></tr>
<tr><td>Warning time below minimum</td><td>14</td><td>6.6%</td></tr>
<tr><td>Total audited</td><td>212</td><td>100%</td></tr>
</tbody>
</table>
<p>Rajesh Menon, the Principal Inspector who led the investigation, said the audit findings showed the problem was "not a one-off at Ashcombe Lane but a gap in how changes to signalling are checked".</p>
</section>

<section>
<h3>Recommendations</h3>
<p>The RSIB has made five recommendations. Four are addressed to Trackways Infrastructure and one to Severn Vale Railways. They cover:</p>
<ol>
<li>testing the warning time at any level crossing after work that changes track circuits or strike-in points (Trackways Infrastructure);</li>
<li>reviewing how reports of near misses at level crossings are assessed and escalated (Trackways Infrastructure);</li>
<li>upgrading Ashcombe Lane crossing, which carries about 2,300 vehicles a day, to a full barrier crossing with obstacle detection (Trackways Infrastructure);</li>
<li>checking the design records of every crossing affected by resignalling since 2015 (Trackways Infrastructure);</li>
<li>improving how drivers' reports of barrier behaviour are passed to the infrastructure manager (Severn Vale Railways).</li>
</ol>
<p>Trackways Infrastructure has told the RSIB that the upgrade of Ashcombe Lane will cost about £4.2 million and is expected to be completed by 30 June 2025.</p>
</section>
</body>
</html>
`;


describe('the thirty-ninth round: votes, meetings and letters (h314–h319), with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"18 voted no" is a vote, no denial; a row with every figure of the claim gives them where the claim means', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'sources/atwu_ballot_result.html': BALLOT_RESULT }));
    verdict('supported', 'At Riverside, 131 drivers voted yes and 18 voted no.');
    // (A wrong count is still flagged.)
    assert.notEqual(judgeWith(await workspaceIndex({ 'sources/atwu_ballot_result.html': BALLOT_RESULT }))('At Riverside, 131 drivers voted yes and 28 voted no.').verdict, 'supported');
    verdict('supported', "Of the 521 members of the Allied Transport Workers' Union (ATWU) who returned ballot papers, 455 backed strike action, a yes vote of 87.3 per cent.");
  });

  test('a tally as the chair reads it out ("for, 31; against, 22"), not a count\'s word after its figure ("176 for, 19 against")', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'sources/council_meeting_transcript.txt': COUNCIL_VOTES }));
    verdict('supported', 'Councillors voted by 31 to 22, with three abstentions, to pass the 2025/26 budget.');
    assert.notEqual(judgeWith(await workspaceIndex({ 'sources/council_meeting_transcript.txt': COUNCIL_VOTES }))('Councillors voted by 32 to 21, with three abstentions, to pass the 2025/26 budget.').verdict, 'supported');
    assert.deepEqual(extractValues('The result: for the amendment, 24; against, 30; abstentions, 2.').filter((v) => v.unit === 'score').map((v) => v.value), [30024]);
    assert.deepEqual(extractValues('Counting room and online together: 176 for, 19 against, 9 abstentions.').filter((v) => v.unit === 'score'), []);
  });

  test('"… ,” I said in a statement" in a letter is its signer\'s', async () => {
    const wrong = await misattributions({ 'sources/mp_letter_to_vc.md': MP_LETTER }, '"Nobody is asking the university to ignore its finances," said Councillor Mark Delacroix, leader of Wensford City Council.');
    assert.deepEqual(wrong, ['These words were said by Sarah Pennington, not Councillor Mark Delacroix']);
    assert.deepEqual(await misattributions({ 'sources/mp_letter_to_vc.md': MP_LETTER }, '"Nobody is asking the university to ignore its finances," said Sarah Pennington.'), []);
  });

  test('a time ago is no length of time; a candidate\'s party does not give her figure to another', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/press_release.html': COUNT_PRESS_RELEASE, 'sources/liveblog.md': COUNT_LIVEBLOG }));
    const ago = judge("Ms Okafor, a 34-year-old teacher at St Aldhelm's Primary School, took 28.4 per cent of the vote, more than double the Greens' 12 per cent share in the ward three years ago.");
    assert.ok(!ago.conflicts.some((c) => c.source === 'eleven years'), why(ago));
    const result = judge('Colin Brennan, a 58-year-old retired fire station manager, polled 1,412 votes to 1,408 for Grace Okafor of the Vale Green Party.');
    assert.equal(result.verdict, 'supported', why(result));
  });

  test('a date another sentence gives after the claim\'s word for the event; a meeting on the board paper\'s own day', async () => {
    const hygiene = expectVerdictWith(await workspaceIndex({ 'sources/eh_report_ember_olive.md': HYGIENE_REPORT }));
    hygiene('supported', 'Ember & Olive reopened on Wednesday 26 June after officers found all requirements had been met at a revisit two days earlier.');
    hygiene('contradicted', 'Ember & Olive reopened on Thursday 27 June after officers found all requirements had been met at a revisit two days earlier.');
    const board = expectVerdictWith(await workspaceIndex({ 'sources/board_paper_integrated_performance.md': BOARD_PAPER }));
    board('supported', "The trust's board approved the temporary closure of the 24-bed ward for older people at its meeting on Thursday 7 November.");
    board('contradicted', "The trust's board approved the temporary closure of the 24-bed ward for older people from Monday 25 November.");
  });

  test('"triggers" for "starts"; "the RSIB\'s Chief Inspector of Rail Accidents" is the Chief Inspector of Rail Accidents at the RSIB', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'sources/rsib_summary_ashcombe_lane.html': RSIB_SUMMARY }));
    verdict('supported', 'The investigators found that the strike-in point, where an approaching train triggers the crossing sequence, had been moved 340 metres closer to the crossing during the Westmarch resignalling scheme in March 2021.');
    verdict('supported', '"The warning signs were there in 2022, and they were not acted upon," said Dr Fiona Caldwell, the RSIB\'s Chief Inspector of Rail Accidents.');
  });
});
