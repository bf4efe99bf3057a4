/**
 * The forty-fourth round, third part: faithful sentences of the eleventh and twelfth batches (h494–h505, written
 * against 086b2d2 and 67456f1) flagged as errors. "Cllr" is "Councillor"; a number that names a thing ("Category 2
 * patients") counts nothing after it, and a count in words before one ("Seventeen Year 7 pupils") counts the pupils;
 * "a dry March" is a month; a weekday the claim gives a figure ("until 4pm on Tuesday") is the day another sentence
 * gives it for; what a kind of thing does not do ("Blanket bog that stays wet does not burn like this") denies nothing
 * of another subject; a country's row is named by its people's adjective
 * ("new Chinese students" / "China"); two counts of other things ("nine of the 36 days" / "six care staff") are not
 * compared. And of the thirteenth batch (h506–h511, against d9957f8, only measured): a post to come in the speaker's
 * line ("Practice Manager, Ashworth Road Surgery (Business Manager designate, …)") is the claim's post too, and
 * "Ashworth Road Surgery" is no holder of it; a row of answers both ways ("Yes: 18% | No: 61%") is what "said they
 * did not" reports. The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

const GP_PATIENT_GROUP_MEETING = `MILLBROOK PATIENT PARTICIPATION GROUP
Extraordinary meeting — transcript (prepared from audio recording by the group secretary)

Date: Monday 17 March 2025
Time: 6.30pm to 7.45pm
Venue: Fenwick Street Community Hall, Castlebridge
Present: about 70 patients and members of the public

Speakers:
JEAN CALDICOTT — Chair, Millbrook Patient Participation Group
DR OWEN HARTLEY — Senior Partner, Millbrook Medical Centre
SANDRA OKAFOR — Practice Manager, Ashworth Road Surgery (Business Manager designate, Castlebridge Health Partnership)
HELEN TRANTER — Associate Director of Primary Care Commissioning, Dunmere and Castlebridge ICB
PETER BRAMWELL — Patient, Millbrook Medical Centre
LUCY FENN — Patient, Millbrook Medical Centre

---

JEAN CALDICOTT: Good evening, everybody, and thank you for coming out on a wet Monday. There are more of you here than we have chairs for, which tells you how strongly people feel. The ICB approved the merger on the sixth of March, so this evening is about what happens next. Dr Hartley, would you start?

DR OWEN HARTLEY: Thank you, Jean. I'll be honest with you. Since two of our partners retired in 2023 we have been running on empty. There are three partners here now, plus one salaried colleague, for over seven thousand patients. I know people have waited far too long. Our average wait for a routine appointment in January was twenty-three days. That is not acceptable and I'm not going to pretend it is.

PETER BRAMWELL: Twenty-three days is the average. I waited five weeks for a review of my blood pressure tablets last autumn. I'm eighty-one. I can't be driving over to Ashworth Road every time I need a blood test.

DR OWEN HARTLEY: Peter, that's a fair point and I'll come back to blood tests. But the building on Fenwick Street is staying open. The ICB has made that a condition: at least three years, and it can't close without going back to their committee.

HELEN TRANTER: That's right. It's written into the approval. If anybody ever wanted to close Fenwick Street, it would have to come back to the Primary Care Commissioning Committee, in public.

LUCY FENN: Three years isn't forever, though. I've got two children under five. What happens in year four?

HELEN TRANTER: I can't promise you anything about 2028 tonight, and I won't. What I can say is that there's a full review after twelve months and the partnership has to report to us every quarter on waiting times, phone answering and complaints.

JEAN CALDICOTT: Sandra, people want to know about the phones. That's the number one complaint in our group, by a mile.

SANDRA OKAFOR: I know. At Millbrook in January it took fourteen minutes on average to get through. The new system goes live on the twenty-eighth of April. It's one number for both sites, and if you're in the queue you can press a button and we'll call you back, so you don't lose your place. The ICB is paying forty-two and a half thousand pounds for it.

PETER BRAMWELL: And will a human being answer, or a machine?

SANDRA OKAFOR: A human being, Peter. We're moving four receptionists into a single call team at Ashworth Road, so there'll be more people on the phones at eight o'clock in the morning, not fewer.

LUCY FENN: What about the blood tests, then? That was in the letter.

DR OWEN HARTLEY: The phlebotomy clinic is moving to Ashworth Road. I won't dress that up. But for patients who are housebound or who genuinely can't travel, our healthcare assistants will still take bloods at Fenwick Street on Tuesday and Thursday mornings, by appointment.

PETER BRAMWELL: That's something, I suppose.

JEAN CALDICOTT: And the target? We were told twelve days.

DR OWEN HARTLEY: Twelve days on average for a routine appointment across both sites by the end of September. We'll have eleven GPs between the two sites, two new clinical pharmacists and an extra advanced nurse practitioner. If we don't hit it, you'll see it in the quarterly figures, and you can hold us to it.

LUCY FENN: Will there be anything at weekends? I work shifts.

SANDRA OKAFOR: Yes. Saturday mornings at Ashworth Road, eight till twelve, from the twelfth of April. Those are bookable appointments, not just a walk-in.

JEAN CALDICOTT: One last thing from me. Millbrook had sixty-one complaints last year. Are those going to be looked at by the new partnership, or do they disappear with the old name?

SANDRA OKAFOR: They don't disappear. Every open complaint transfers to the new partnership, and I'll personally be writing to each complainant in April.

JEAN CALDICOTT: Thank you. The group will meet again in July, once the first quarterly figures are out. I'll close the meeting there. Thank you all for coming.

[Meeting closed 7.45pm]
`;

const SUPPORTERS_TRUST_LETTER = `# Open letter to the board of Kelsworth Athletic Football Club

**From:** Kelsworth Athletic Supporters' Trust
**Date:** Friday 7 March 2025
**To:** Raymond Oduya, Chairman, and the board of Kelsworth Athletic FC; copied to Gillian Marsh, Club Secretary

Dear Mr Oduya,

We are writing on behalf of the 2,300 members of Kelsworth Athletic Supporters' Trust following the closure of the North Stand – the Tannery End – and the reduction of the capacity at Brookfield Road from 12,400 to 8,050.

First, we want to be clear that we support the decision of the Safety Advisory Group. Nobody wants fans put at risk. But our members are angry, and they are entitled to answers.

## What our members told us

Between Tuesday 4 March and Thursday 6 March we surveyed our members online. We received 640 responses.

| Question | Yes | No | Unsure |
|---|---|---|---|
| Should the club publish the full Halden report? | 89% | 4% | 7% |
| Do you trust the board's account of the 2021 survey? | 18% | 61% | 21% |
| Would you accept a ticket price rise to fund the repairs? | 27% | 58% | 15% |
| Are you a North Stand season ticket holder? | 41% | 59% | – |

Trust chair Priya Nandakumar said: "Supporters were standing under that roof every other Saturday while a report recommending repairs sat in a drawer. We want to know who read it and what they decided."

## Our requests

1. **Publish the reports.** The board should publish both the 2021 condition survey and the 2025 Halden report in full by Friday 21 March.
2. **Refunds for everyone who wants one.** A full pro-rata refund should be open to all North Stand season ticket holders who want one, not only the 470 who cannot be relocated.
3. **A price freeze.** Season ticket prices for 2025/26 should be frozen at this season's level. The repair bill should not be passed on to supporters.
4. **A seat at the table.** The Trust should have a representative on a stadium working group overseeing the remedial works.

We also ask for a meeting with the board before the Safety Advisory Group's review on Tuesday 15 April.

## What we will do

The Trust is not only asking. In the 72 hours since we opened the Tannery End Restoration Fund, members have pledged £31,500. We will hand over every penny once the board agrees a clear plan and timetable for the works.

Trust vice-chair Owen Tulley said: "We want the Tannery End reopened, but we want it reopened properly, not patched up to get through an inspection. Our money will go to a proper job or it will not go at all."

We look forward to your reply.

Yours sincerely,

Priya Nandakumar, Chair
Owen Tulley, Vice-Chair
Amara Lindqvist, Secretary

Kelsworth Athletic Supporters' Trust
`;

const SCHOOL_BUS_MEETING = `S14 PARENTS TOGETHER - PUBLIC MEETING
Transcript (recorded with permission of the chair; lightly edited for repetition)
Date: Thursday 12 June 2025, 7.00pm
Venue: Fenwick Village Hall, Church Lane, Fenwick
Present: about 85 parents, pupils and residents
Speakers: Rachel Pym (chair, S14 Parents Together); Sunita Rao (petition coordinator, S14 Parents Together); Cllr Peter Lang (county councillor, Fenwick and Low Hadley division); Helen Strachan (headteacher, Brackenfield High School); Gareth Moss (parent, Low Hadley); Joanne Fairley (parent, Ashby Cross)
Note: Westmarch County Council was invited to send an officer but declined.

RACHEL PYM: Good evening, everyone, and thank you for coming out on a school night. There are more of you than we have chairs, so apologies to those standing at the back. We set up S14 Parents Together eight days ago, the day after the council published its decision, and tonight I want three things: to hear what's happening with the call-in, to hear from the school, and to get the petition moving.

RACHEL PYM: I should say the council was invited to send someone tonight. They declined.

CLLR PETER LANG: Thank you, Rachel. I'll be brief. On Monday, with two colleagues, I lodged a call-in request against the decision. It was accepted yesterday. That means the decision is frozen until the Children and Transport Scrutiny Committee has looked at it, and that meeting is on Wednesday 9 July at County Hall. Nothing can be implemented before then.

GARETH MOSS: Can the committee actually overturn it?

CLLR PETER LANG: Not directly. The committee can refer it back to the cabinet member with recommendations, or refer it to full council. What it can't do is cancel it itself. But a referral back with a strong recommendation is hard to ignore, and the timing matters. The contract with Dunmore Coaches has to be renewed or ended by the end of July.

RACHEL PYM: Helen, could you tell people what the school's view is?

HELEN STRACHAN: Of course. The governors met on Tuesday and we have written to Councillor Ellison formally opposing the withdrawal. My concern is quite practical. Service 23 is timetabled to get to the bus station at 08:34. Registration is at 08:40. That's six minutes, including a four-minute walk, on a road where the bus is regularly late. We looked at the operator's own punctuality figures and that service ran more than five minutes late on 23 per cent of mornings last autumn.

JOANNE FAIRLEY: So a quarter of the time our kids are late before they've done anything wrong.

HELEN STRACHAN: Nearly a quarter, yes. And a late mark is not a small thing for a child who's eleven and already anxious about a new school. We have 17 Year 7 pupils due to start in September who would have used S14.

GARETH MOSS: Can I just say something about the stop. In Low Hadley the S14 picks up at the end of our lane. Service 23 doesn't come into the village. My daughter would have to walk point eight of a mile to the main road, on a lane with no pavement and no street lights, in December, at twenty-five to eight in the morning. I'm not putting her on that lane. I'll drive her, and so will half the village.

RACHEL PYM: That's the thing nobody at County Hall seems to have counted. If the bus goes, the cars come.

CLLR PETER LANG: The council's own paper says the saving is one hundred and eighteen thousand nine hundred pounds a year. It doesn't put any figure on extra traffic at the school gate, or on what happens to the spare-seat families.

JOANNE FAIRLEY: We're one of those. We pay four hundred and eighty pounds a year for the seat. Now we're told to buy a Northway ticket for ninety-eight pounds a term. That's cheaper, fine, but it's a bus that takes nearly an hour.

HELEN STRACHAN: Fifty-two minutes against thirty-four on the coach, on paper.

RACHEL PYM: Sunita, tell us about the petition.

SUNITA RAO: Thanks, Rachel. We launched it on Sunday, online and on paper. As of six o'clock tonight we have 611 signatures. Our target is 1,000, because under the council's petition scheme anything over 1,000 signatures has to be debated at full council. We'll close it on Friday 20 June and hand it in at County Hall on Monday 23 June. There are paper forms on the table by the door, and we need volunteers to take them round Thornbury Green and Ashby Cross especially.

GARETH MOSS: Are we asking them to reverse it completely, or to delay it?

SUNITA RAO: Both, in order. First, reverse the decision. If they won't do that, keep S14 running until the end of the academic year in July 2026 so families have time to plan.

CLLR PETER LANG: I'd support that wording. It gives councillors of all parties something they can vote for.

RACHEL PYM: We're also running a quick survey of S14 families tonight. Please fill it in before you leave. We want to know how many of you would end up driving.

HELEN STRACHAN: If I could add one thing: the school will not be telling parents which option to choose. But we will be sending the committee our lateness data.

RACHEL PYM: Thank you, Helen. For the record, my view is simple: "This is a bus full of children, not a line on a spreadsheet." Let's show them that on the ninth of July. Thank you all for coming.

[Meeting closed 8.25pm]
`;

const PARAMEDIC_INTERVIEW = `INTERVIEW TRANSCRIPT
Date: Tuesday 19 November 2024
Location: Café opposite Calderbridge ambulance station, Mill Lane, Calderbridge
Interviewer: Jo Kendrick (JK), health reporter, Calderbridge Courier
Interviewee: Tom Ashby (TA), Senior Paramedic, Western Vale Ambulance Service NHS Trust
Recorded with consent. Transcribed by JK. Duration 31 minutes.

JK: Thanks for talking to me, Tom. Could you start by telling me what you do?

TA: Sure. I'm a senior paramedic with Western Vale, based at Calderbridge station. I've been with the service for 14 years, the last six as a senior.

JK: What has October been like at Calderbridge General?

TA: Honestly, the worst I've known it. There are days when we spend whole shifts in the hospital corridor. You book on at seven in the morning, you take your first patient in at half eight, and you're still there at teatime.

JK: Can you give me an example?

TA: There was a Saturday, the 26th, I think. We brought in an 87-year-old woman who'd fallen at home and fractured her hip. She waited nine hours in the back of our ambulance before she got a cubicle. Nine hours. She was in pain, she needed the toilet, we did what we could.

JK: Were other crews waiting as well?

TA: Oh yes. While we were held there, three other crews from Hollinsford station were queued outside too. That's a whole town's cover sat in a car park.

JK: How does that affect patients in the community?

TA: That's the bit people don't see. Category 2 calls, that's strokes, chest pain, that sort of thing, the target is 18 minutes. In the Calderbridge area in October we were averaging 52 minutes. People are lying on the floor waiting for us while we're stood in a corridor.

JK: How do you feel about it, personally?

TA: We're not paramedics any more, we're corridor nurses. That's how it feels. I trained to go out and treat people in an emergency, not to do obs in a queue.

JK: Do you blame the hospital?

TA: No. It's not the nurses' fault, they're drowning too. The department's rammed because the wards are full, and the wards are full because people can't get out into care homes.

JK: The trust is bringing in a 45-minute limit on handovers from the second of December. What do you make of that?

TA: I hope it works. I really do. But I've heard promises before. We had a "rapid handover" thing two winters ago and it lasted about a month.

JK: Is there anything that would make a difference straight away?

TA: More beds out the back door. Until you fix discharges, you're just moving the queue from the car park to the corridor.

JK: Thanks, Tom.

TA: No worries.

[END OF TRANSCRIPT]
`;

const CARE_HOME_NOTICE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Enforcement Notice CSI/EN/2023/0417 - Elmhurst House, Ashby Vale</title>
</head>
<body>
<h1>Care Standards Inspectorate: Notice of Financial Penalty</h1>
<p><strong>Reference:</strong> CSI/EN/2023/0417<br>
<strong>Date of notice:</strong> Tuesday 14 March 2023<br>
<strong>Provider:</strong> Thornfield Care Group Ltd<br>
<strong>Location:</strong> Elmhurst House, 22 Quarry Lane, Ashby Vale<br>
<strong>Registered beds:</strong> 48</p>

<h2>Summary</h2>
<p>The Care Standards Inspectorate has imposed a financial penalty of £85,000 on Thornfield Care Group Ltd, the registered provider of Elmhurst House, for failures in infection prevention and control, governance and staffing during a Covid-19 outbreak at the home between Monday 28 December 2020 and Tuesday 2 February 2021.</p>
<p>The penalty follows an unannounced inspection on Tuesday 12 January 2021 and a focused follow-up inspection on Tuesday 9 February 2021. The provider has 28 days from the date of this notice to pay the penalty or to lodge an appeal with the Care Standards Tribunal.</p>

<h2>Background to the outbreak</h2>
<p>At the start of the outbreak the home accommodated 41 residents. Over the five-week period, 19 residents and 14 members of staff tested positive for Covid-19. Seven residents died with Covid-19 recorded on their death certificates.</p>
<p>Inspectors found that residents who had tested positive were not consistently isolated from those who had tested negative. On the day of the first inspection, two residents with confirmed infections were observed in the shared first-floor lounge.</p>

<h2>Findings</h2>
<p>An audit of personal protective equipment carried out by inspectors on 12 January 2021 found that staff were wearing PPE correctly in 62% of observed interactions. The Inspectorate's expected standard is 95%. Agency workers made up 38% of care shifts in January 2021, compared with 11% in October 2020. Inspectors found that agency staff had not received an infection control induction before starting work.</p>
<p>Daily staffing records showed that on 9 of the 36 days of the outbreak the home operated below its own assessed minimum of six care staff on the day shift.</p>
<p>At the follow-up inspection on 9 February 2021, inspectors found some improvement: PPE compliance had risen to 81%, and a separate isolation wing had been set up on the ground floor. However, care plans for 12 residents had still not been updated to reflect their Covid-19 status.</p>

<table border="1">
<caption>Breaches and penalty components</caption>
<thead>
<tr><th>Regulation</th><th>Subject</th><th>Finding</th><th>Penalty</th></tr>
</thead>
<tbody>
<tr><td>Regulation 12</td><td>Safe care and treatment</td><td>Failure to isolate infected residents; PPE compliance 62%</td><td>£45,000</td></tr>
<tr><td>Regulation 17</td><td>Good governance</td><td>No outbreak management plan reviewed since March 2020</td><td>£25,000</td></tr>
<tr><td>Regulation 18</td><td>Staffing</td><td>Below minimum staffing on 9 of 36 days; no agency induction</td><td>£15,000</td></tr>
<tr><td colspan="3"><strong>Total</strong></td><td><strong>£85,000</strong></td></tr>
</tbody>
</table>

<h2>Statement</h2>
<p>Dr Helen Marsh, Chief Inspector of Adult Social Care at the Care Standards Inspectorate, said: "The pandemic placed extraordinary pressure on every care home, and we recognise that. But the failures at Elmhurst House were basic ones, and they left people who depended on the home exposed to avoidable risk."</p>
<p>Gareth Pryce, Head of Enforcement at the Inspectorate, said: "This penalty reflects the seriousness of the breaches and the time it took the provider to put them right. We will continue to monitor Elmhurst House closely."</p>
<p>The home's overall rating was reduced from Good to Requires Improvement in April 2021. A further inspection in November 2022 rated the home Good.</p>

<p><em>Issued by the Enforcement Directorate, Care Standards Inspectorate. Enquiries: press office.</em></p>
</body>
</html>
`;

const MOORLAND_FIRE_SUMMARY = `# North Pennine Fire and Rescue Service — Incident Summary

**Incident:** Wildfire, Hollin Moor, Westerdale
**Incident number:** NPFRS/2025/04/0318
**Prepared by:** Group Manager Helen Rourke, Incident Commander
**Approved by:** Mark Bellwood, Chief Fire Officer
**Date of report:** Wednesday 16 April 2025
**Status:** Closed — fire declared extinguished

## 1. Summary

At 14:37 on Saturday 12 April 2025 the service's control room received the first of 23 emergency calls reporting smoke and flames on Hollin Moor, above the village of Kettlesing in Westerdale. The first crew, from Kettlesing fire station, arrived at 14:58 and found a fire front of about 300 metres moving north-east across dry heather, driven by a south-westerly wind gusting to 25 mph.

The incident was declared a major incident at 19:10 on Saturday. At its peak that evening, 62 firefighters and 11 fire appliances from nine stations were committed, supported by two all-terrain vehicles and a contracted helicopter.

The fire was declared extinguished at 16:00 on Tuesday 15 April 2025, approximately 73 hours after the first call. The final burned area is estimated at 740 hectares of heather moorland and blanket bog, within a fire perimeter of 14.2 kilometres.

## 2. Resources committed

| Day | Date | Firefighters (peak) | Appliances | Helicopter water drops |
|---|---|---|---|---|
| Saturday | 12 April | 62 | 11 | 58 |
| Sunday | 13 April | 48 | 8 | 61 |
| Monday | 14 April | 30 | 5 | 21 |
| Tuesday | 15 April | 14 | 3 | 0 |

In total the helicopter made 140 water drops, using water drawn from Stainforth Reservoir. Ground crews used an estimated 1.8 million litres of water, most of it relayed by tanker.

## 3. Conditions and fire behaviour

April 2025 followed a dry March, with 41 per cent of the average rainfall recorded at the Westerdale weather station. Fire spread was fastest on Saturday evening. Group Manager Rourke said: "The wind turned twice on Saturday evening, and that pushed the fire front towards Black Syke." Deep-seated fire in peat on the eastern flank re-ignited twice on Monday 14 April and was dealt with by crews using high-volume pumps.

## 4. Public safety

As a precaution, six properties on the northern edge of Kettlesing were evacuated at 21:45 on Saturday 12 April. Residents were allowed to return at 11:00 on Sunday 13 April. Moor Lane between Kettlesing and Upper Garth was closed from Saturday evening until Tuesday morning.

Two firefighters were treated at the scene for heat exhaustion on Saturday; neither required hospital treatment. No members of the public were injured.

## 5. Partner working

Rangers from the Westerdale National Park Authority assisted with access, mapping and the monitoring of hot spots. Members of the Hollin Moor Commoners' Association cut firebreaks with tractors and moved livestock off the moor on Saturday and Sunday. The service thanks all partners for their help.

## 6. Cause

The cause of the fire is under investigation. A burned disposable barbecue was found near the Stainforth Gill car park, close to the point where the fire is believed to have started. At this stage the fire is believed to have been started accidentally. There is no evidence at present of deliberate ignition.

## 7. Cost

The estimated cost to the service of the response is £186,000, including overtime, fuel and the helicopter contract.

Chief Fire Officer Mark Bellwood said: "This was one of the largest moorland fires our service has dealt with in a decade. I want to thank every firefighter, ranger and farmer who worked through three long days and nights to bring it under control."

## 8. Recommendations

- Public messaging on the risk of disposable barbecues to be repeated before the Easter and May bank holidays.
- A joint review of moorland fire plans with the Westerdale National Park Authority, to be completed by the end of September 2025.
`;

const MOORLAND_PARK_STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Statement on the Hollin Moor wildfire and grazing consultation — Westerdale National Park Authority</title>
</head>
<body>
<header>
<p>Westerdale National Park Authority — News</p>
</header>
<article>
<h1>Statement on the Hollin Moor wildfire and the grazing consultation</h1>
<p class="dateline">Published: Thursday 17 April 2025, Harlow Bridge</p>

<p>The Westerdale National Park Authority thanks North Pennine Fire and Rescue Service, our own ranger team and the members of the Hollin Moor Commoners' Association for their work in tackling the wildfire on Hollin Moor between Saturday 12 April and Tuesday 15 April.</p>

<p>Our ecologists have now completed an initial survey of the burned area. Of the 740 hectares affected, 410 hectares (55 per cent) is blanket bog, and the remaining 330 hectares is dry heath and acid grassland. Around 60 hectares of bog on the eastern flank suffered deep burning into the peat, which will take decades to recover.</p>

<p>Dr Priya Nandakumar, Chief Executive of the Westerdale National Park Authority, said: "We understand the strength of feeling among commoners, but the evidence does not support the claim that grazing reductions caused this fire. This fire was started by people, and it spread because of an exceptionally dry spring."</p>

<h2>Grazing on Hollin Moor</h2>

<p>Since 2018 grazing on the common has been managed under a ten-year agri-environment agreement with the Hollin Moor Commoners' Association. The authority is now consulting on revised stocking levels to apply from 1 January 2026. The figures below are those set out in the consultation document.</p>

<table>
<caption>Stocking on Hollin Moor common</caption>
<thead>
<tr><th>Period</th><th>Summer ewes</th><th>Winter ewes</th><th>Annual payment to association</th></tr>
</thead>
<tbody>
<tr><td>Before 2018</td><td>1,200</td><td>300</td><td>none</td></tr>
<tr><td>2018 agreement (current)</td><td>640</td><td>0</td><td>£94,000</td></tr>
<tr><td>Proposed from 2026</td><td>450</td><td>0</td><td>£112,000</td></tr>
</tbody>
</table>

<p>The proposal would reduce summer stocking by about 30 per cent, while the annual payment to the association would rise by £18,000. The authority's position is that lower stocking, combined with the blocking of drainage grips and the re-wetting of bog, makes the moor more resilient to fire, not less.</p>

<p>Gareth Lowther, Head of Conservation at the authority, said: "Blanket bog that stays wet does not burn like this. Our priority is re-wetting, not more sheep."</p>

<h2>Next steps</h2>

<ul>
<li>There will be no grazing on the burned area for a minimum of 24 months, to allow vegetation to recover. Commoners will be compensated for the loss of grazing at a rate to be agreed.</li>
<li>The authority will apply to the Moorland Recovery Fund for restoration work on Hollin Moor, which is estimated to cost £1.3 million over five years.</li>
<li>A public meeting on the grazing consultation will be held at Kettlesing Village Hall on Tuesday 6 May 2025 at 7pm. Officers from the authority and from Natural Uplands, the government's conservation adviser, will attend.</li>
<li>The consultation closes at 5pm on Friday 30 May 2025.</li>
<li>A ban on barbecues and open fires on all access land in the park remains in force until further notice.</li>
</ul>

<p>The authority has agreed to take part in the joint review of moorland fire plans recommended by the fire service. It has not agreed to a separate independent inquiry, which the commoners' association requested in a letter on Wednesday 16 April.</p>

<p>Dr Nandakumar added: "We will go on working with farmers on Hollin Moor. Their knowledge of this land is irreplaceable, and so is the bog."</p>

<p><strong>Media enquiries:</strong> Sian Pryce, Communications Manager, Westerdale National Park Authority.</p>
</article>
</body>
</html>
`;

const UNIVERSITY_FINANCE_PAPER = `# University of Aldmere — Finance and Resources Committee

**Paper:** FRC/24/37
**Meeting:** Tuesday 24 September 2024, 14:00, Council Chamber, Kellaway Building
**Title:** 2024/25 international recruitment outturn and financial recovery plan
**Author:** David Renwick, Chief Financial Officer
**Chair:** Janet Pryor-Wells (lay member of Council)
**Classification:** Confidential — not for publication

## 1. Purpose

1.1 This paper reports the provisional international postgraduate taught (PGT) recruitment outturn for September 2024 and asks the Committee to recommend a financial recovery plan to the University Council, which meets on Monday 30 September 2024.

## 2. Recruitment outturn

2.1 Census-point data as at Friday 20 September 2024 show 1,412 new international PGT enrolments against a budget assumption of 2,450 and an actual 2023 intake of 2,386.

2.2 The principal cause of the decline is the restriction on dependants for postgraduate taught students, which took effect in January 2024. The collapse in the value of the Nigerian naira has compounded the effect in our largest African market.

2.3 New international PGT entrants by region:

| Region | 2023 entrants | 2024 entrants | Change |
|---|---|---|---|
| China | 842 | 611 | -27% |
| India | 715 | 402 | -44% |
| Nigeria | 486 | 139 | -71% |
| Pakistan | 171 | 118 | -31% |
| Other | 172 | 142 | -17% |
| **Total** | **2,386** | **1,412** | **-41%** |

## 3. Financial impact

3.1 The shortfall of 1,038 students against budget, at an average net fee of £19,750, reduces tuition fee income by £20.5 million. Lower occupancy of university-owned accommodation reduces residences income by a further £3.1 million. The total income shortfall against budget is therefore £23.6 million.

3.2 Before mitigation, the forecast outturn for 2024/25 is an operating deficit of £18.4 million, against a budgeted surplus of £5.2 million.

3.3 Liquidity is forecast to fall from 96 days of cash at 31 July 2024 to 41 days by July 2025. The revolving credit facility with Northern Provincial Bank carries a covenant requiring a minimum of 30 days' liquidity. Headroom against the covenant is therefore narrow.

3.4 In the Chief Financial Officer's assessment: "The University cannot rely on international recruitment recovering in 2025; the plan must work even if intake stays flat."

## 4. Recovery plan

4.1 The plan targets savings of £31.0 million over two financial years: £12.4 million in 2024/25 and £18.6 million in 2025/26.

4.2 The largest element is a reduction of up to 280 FTE posts, distributed as follows:

| Area | Posts (FTE) |
|---|---|
| Aldmere Business School | 74 |
| School of Engineering | 52 |
| School of Computing | 38 |
| Other academic schools | 26 |
| Professional services | 90 |
| **Total** | **280** |

4.3 A voluntary severance (VS) scheme would run for four weeks. The estimated one-off cost of severance is £14.2 million, to be met from reserves in 2024/25.

4.4 Non-pay savings of £4.5 million a year are expected from estates rationalisation, including the closure of the Brennan Street annexe in summer 2025.

## 5. Committee discussion (to be minuted)

5.1 The Chair, Janet Pryor-Wells, noted the seriousness of the position. "The committee must be satisfied that the plan protects the student experience," she said, and asked for an equality impact assessment to be brought to the November meeting.

## 6. Recommendation

6.1 The Committee is asked to recommend to Council (30 September 2024) the launch of the VS scheme on Monday 14 October 2024 and the opening of a 45-day collective consultation with recognised trade unions.
`;

describe('labels, months and counts in words', () => {
  test('a number that names a thing counts nothing after it; "a dry March" is a month', () => {
    const values = (text: string) => extractValues(text).map((v) => [v.text, v.kind, v.unit ?? null]);
    assert.deepEqual(values('The Category 2 patients waited 52 minutes.'), [['2', 'number', null], ['52 minutes', 'quantity', 'min']]);
    assert.deepEqual(values('This year 186 Year 11 students sat GCSEs.'), [['186 Year 11 students', 'quantity', 'students'], ['GCSEs', 'name', null]]);
    assert.deepEqual(values('It followed a dry March, with 41 per cent.'), [['March', 'date', null], ['41 per cent', 'percent', '%']]);
    assert.deepEqual(values('They will march on Monday.'), [['Monday', 'date', null]]);
    assert.deepEqual(values('Seventeen Year 7 pupils are due.'), [['Seventeen Year 7', 'number', null]]);
  });
});

describe('the forty-fourth round: titles, labels, days and kinds, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Cllr" is "Councillor"; "Seventeen Year 7 pupils" are seventeen', async () => {
    const meeting = judgeWith(await workspaceIndex({ 'sources/parents_meeting_transcript_2025-06-12.txt': SCHOOL_BUS_MEETING }));
    const cllr = meeting('Helen Strachan, headteacher of Brackenfield High School, said the governors had written to Cllr Ellison formally opposing the withdrawal.');
    assert.notEqual(cllr.verdict, 'contradicted', why(cllr));
    const seventeen = meeting('Seventeen Year 7 pupils who would have used S14 are due to start at the school in September, Ms Strachan said.');
    assert.notEqual(seventeen.verdict, 'contradicted', why(seventeen));
    const nineteen = meeting('Nineteen Year 7 pupils who would have used S14 are due to start at the school in September, Ms Strachan said.');
    assert.equal(nineteen.verdict, 'contradicted', why(nineteen));
    const other = meeting('Helen Strachan said the governors had written to Cllr Pym formally opposing the withdrawal.');
    assert.equal(other.verdict, 'contradicted', why(other));
  });

  test('"Category 2 patients" are no count of two patients', async () => {
    const paramedic = judgeWith(await workspaceIndex({ 'sources/interview_tom_ashby.txt': PARAMEDIC_INTERVIEW }));
    const category = paramedic('Category 2 patients in the Calderbridge area waited an average of 52 minutes in October, Mr Ashby said.');
    assert.equal(category.verdict, 'supported', why(category));
    const longer = paramedic('Category 2 patients in the Calderbridge area waited an average of 62 minutes in October, Mr Ashby said.');
    assert.notEqual(longer.verdict, 'supported', why(longer));
  });

  test('"a dry March" and "until 4pm on Tuesday" are the days of their figures', async () => {
    const fire = judgeWith(await workspaceIndex({ 'sources/fire_incident_summary.md': MOORLAND_FIRE_SUMMARY }));
    const march = fire('Rainfall in March was just 41 per cent of the average at the Westerdale weather station.');
    assert.notEqual(march.verdict, 'contradicted', why(march));
    const february = fire('Rainfall in February was just 41 per cent of the average at the Westerdale weather station.');
    assert.equal(february.verdict, 'contradicted', why(february));
    const tuesday = fire('The first emergency call reached North Pennine Fire and Rescue Service at 14:37 on Saturday 12 April, and the blaze was not declared extinguished until 4pm on Tuesday.');
    assert.notEqual(tuesday.verdict, 'contradicted', why(tuesday));
    const monday = fire('The first emergency call reached North Pennine Fire and Rescue Service at 14:37 on Saturday 12 April, and the blaze was not declared extinguished until 4pm on Monday.');
    assert.equal(monday.verdict, 'contradicted', why(monday));
  });

  test('what a kind of thing does not do denies nothing of another subject', async () => {
    const park = judgeWith(await workspaceIndex({ 'sources/npa_statement.html': MOORLAND_PARK_STATEMENT }));
    const wildfire = park('A wildfire that burned on Hollin Moor in Westerdale for about 73 hours has reignited a bitter row between hill farmers and the national park authority.');
    assert.notEqual(wildfire.verdict, 'contradicted', why(wildfire));
    const bog = park('Blanket bog that stays wet burns like this, the head of conservation said.');
    assert.equal(bog.verdict, 'contradicted', why(bog));
  });

  test('a country\'s row by its people\'s adjective, in the figure\'s clause', async () => {
    const paper = judgeWith(await workspaceIndex({ 'sources/finance_committee_paper.md': UNIVERSITY_FINANCE_PAPER }));
    const both = paper('Recruitment from India fell by 44 per cent, while the number of new Chinese students dropped by 27 per cent.');
    assert.notEqual(both.verdict, 'contradicted', why(both));
    const swapped = paper('Recruitment from India fell by 27 per cent, while the number of new Chinese students dropped by 44 per cent.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
  });

  test('two counts of other things are not compared', async () => {
    const notice = judgeWith(await workspaceIndex({ 'sources/enforcement_notice.html': CARE_HOME_NOTICE }));
    const days = notice('On nine of the 36 days of the outbreak, the home ran below its own minimum of six care staff on the day shift.');
    assert.notEqual(days.verdict, 'contradicted', why(days));
  });

  test('a post to come in the speaker\'s line is the claim\'s post; a row of answers both ways', async () => {
    const meeting = judgeWith(await workspaceIndex({ 'sources/millbrook_ppg_meeting_transcript.txt': GP_PATIENT_GROUP_MEETING }));
    const business = meeting("Sandra Okafor, the partnership's business manager, said the single number for both sites would go live on Monday 28 April.");
    assert.notEqual(business.verdict, 'contradicted', why(business));
    const letter = judgeWith(await workspaceIndex({ 'sources/trust_letter.md': SUPPORTERS_TRUST_LETTER }));
    const trusted = letter("Only 18 per cent said they trusted the board's account of the 2021 survey, while 61 per cent said they did not.");
    assert.notEqual(trusted.verdict, 'contradicted', why(trusted));
  });
});
