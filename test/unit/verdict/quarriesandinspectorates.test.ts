/**
 * The fifty-fifth round, fifth part: faithful sentences shown as errors in h794–h799 (written against cb82e03). A day
 * by its distance from now is no word of an office ("issued yesterday by Inspector Helen Ashworth" gives her the post
 * "Inspector", not "yesterday inspector"); the figure of a bound is no rival of itself ("the 10-year minimum" / "the
 * minimum of at least 10 years"), though a multiple's is ("double" / "more than double"); the noun of a ban denies as
 * the source's "no" does ("She welcomed the ban on Saturday blasting" / "there is no blasting on Saturdays"); a name the
 * passage's heading gives whole is in its place ("the Children's Care Standards Inspectorate" over "Social Care
 * Regulatory Inspector"); an office held before names no holder ("Dr Imogen Castell, a former director of children's
 * services"); a name the claim gives itself in another of its names is no rival ("the Rivers and Coast Agency" / "the
 * Agency"). The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';
import { extractValues, valueDiffers } from '../../../server/src/core/verdict/values';

/** h797: sources/greymoor_statement.txt, whole. */
const QUARRY_STATEMENT = `GREYMOOR AGGREGATES LTD
PRESS STATEMENT
FOR IMMEDIATE RELEASE: Thursday 15 May 2025

HALLOWFIELD QUARRY EXTENSION APPROVED ON APPEAL

Greymoor Aggregates welcomes the decision of the Planning Inspectorate to grant planning permission for the extension of Hallowfield Quarry, near Brackenby, following a four-day public inquiry in March.

The decision, issued yesterday by Inspector Helen Ashworth, overturns North Wendleshire County Council's refusal of the application last autumn. Councillors rejected the scheme in September 2024 despite a recommendation for approval from the council's own planning officers.

The extension will allow around 4 million tonnes of high-quality limestone to be worked over the next 14 years, supplying construction projects across North Wendleshire and neighbouring counties.

Richard Tallis, managing director of Greymoor Aggregates, said:

"We have always said this extension could be worked safely and responsibly, and the inspector has agreed after examining every piece of evidence in detail. This decision secures the future of a quarry that has been part of the local economy for more than sixty years."

He added: "We recognise that some of our neighbours will be disappointed, and our door remains open. We want to earn their trust through the way we operate, not through what we say."

KEY FACTS

- The extension will secure more than 50 jobs at Hallowfield, including 11 new roles.
- Greymoor will invest around £7 million in new processing plant, a wheel-wash and site infrastructure.
- A community fund of £40,000 a year will be set up for Brackenby, worth over half a million pounds across the life of the extension.
- Greymoor will pay £120,000 towards traffic-calming measures in Brackenby.
- Blasting will be limited to weekdays only, between 10am and 4pm, with no more than two blasts a week.
- Residents will receive 24 hours' notice of every blast by text message.
- Greymoor will go further than the inspector requires and install four vibration monitoring stations in the village, with results published online every month.
- Lorry movements will be capped at 170 a day, only around 15 per cent above today's levels.
- Once worked, the land will be restored to wildflower grassland and a lake, open to the public.

Priya Sandhu, Greymoor's estates and planning manager, said:

"The conditions attached to this permission are among the strictest of any limestone quarry in the region. Every blast will be measured, and every result will be made public."

Work in the extension area is expected to begin in spring 2026, once the pre-commencement conditions have been discharged and the traffic-calming contribution has been paid.

Greymoor confirmed that it would not be pursuing its separate application for costs further, following the inspector's decision to refuse it.

ENDS

Notes to editors:
Greymoor Aggregates Ltd is a family-owned business based in Sallow Cross, North Wendleshire. It operates three quarries and employs 186 people.
Media enquiries: press office, Greymoor Aggregates, Sallow Cross.
`;

/** h797: sources/inspector_decision.md, whole. */
const QUARRY_DECISION = `# Appeal Decision

**Inquiry held on 4, 5, 6 and 7 March 2025**
**Site visit made on Friday 7 March 2025**

**by Helen Ashworth BA(Hons) MRTPI**

**an Inspector appointed by the Secretary of State**

**Decision date: Wednesday 14 May 2025**

**Appeal Ref: APP/Q2810/W/24/3341167**
**Hallowfield Quarry, Quarry Road, Brackenby, North Wendleshire**

- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a refusal to grant planning permission.
- The appeal is made by Greymoor Aggregates Ltd against the decision of North Wendleshire County Council, as mineral planning authority.
- The application Ref NW/24/0157/MIN, dated 19 February 2024, was refused by notice dated Tuesday 1 October 2024.
- The development proposed is a lateral extension to Hallowfield Quarry to allow the extraction of approximately 4.2 million tonnes of limestone from 23.5 hectares of land to the east of the existing void, with progressive restoration, over a period of 14 years.

## Decision

1. The appeal is allowed and planning permission is granted for the lateral extension of Hallowfield Quarry in accordance with the terms of the application, subject to the 38 conditions set out in the attached schedule.

## Applications for costs

2. An application for costs was made by Greymoor Aggregates Ltd against North Wendleshire County Council. That application is the subject of a separate decision. For the avoidance of doubt, it is refused.

## Procedural matters

3. The Council's Planning and Regulation Committee considered the application on Thursday 12 September 2024. Officers had recommended that permission be granted. Members resolved to refuse permission by 9 votes to 3, with one abstention. The decision notice was issued on 1 October 2024 and gave two reasons for refusal: (i) unacceptable harm to the living conditions of residents of Brackenby from blast vibration and air overpressure; and (ii) unacceptable effects on highway safety and amenity arising from heavy goods vehicle (HGV) traffic on the B4471 through the village.

4. The Brackenby Quarry Action Group (BQAG) was granted Rule 6 status and was represented at the inquiry by counsel, Mr Adrian Fellowes. Brackenby Parish Council also appeared and gave evidence through its chairman, Cllr Derek Halsey.

5. At application stage the Council received 1,146 representations objecting to the proposal and 27 in support. I have taken all of these into account, together with the further written representations made to the appeal.

6. A completed planning obligation under section 106 of the 1990 Act, dated 28 February 2025, was submitted before the inquiry opened. I deal with it below.

## Main issues

7. The main issues are:
   - the effect of the proposal on the living conditions of residents of Brackenby, with particular regard to blast vibration and air overpressure; and
   - the effect of the proposal on highway safety and on the amenity of residents along the B4471; and
   - whether any harm would be outweighed by the need for the mineral and other benefits.

## Reasons

### Living conditions: blasting

8. Hallowfield Quarry has been worked since 1961. The existing working face is about 520 metres from the nearest dwelling in Brackenby. The extension would bring extraction to within 310 metres of the nearest residential property, Ferncote Farm, and to within 640 metres of Brackenby Church of England Primary School.

9. The appellant's blasting consultant, Dr Simon Pryce, gave evidence that over the last five years 212 blasts had been carried out at the quarry, of which none exceeded the existing limit of 12 mm/s and 96 per cent were below 6 mm/s. The Council's witness, Mr Gareth Lloyd, did not dispute these figures, but argued that complaints from residents had risen from 14 in 2021 to 37 in 2024.

10. I accept that ground vibration at the levels recorded can be perceptible and a cause of genuine anxiety. However, the evidence does not show that vibration at these levels is capable of causing even cosmetic damage to property. The tighter regime in the conditions I impose is set out below and is more stringent than the existing permission in every respect.

**Table 1: Blasting limits**

| Measure | Existing permission (1998) | Extension (this decision) |
|---|---|---|
| Peak particle velocity, 95 per cent of blasts in any 6-month period | 8 mm/s | 6 mm/s |
| Peak particle velocity, any single blast | 12 mm/s | 10 mm/s |
| Air overpressure, any single blast | 125 dB(Lin) | 120 dB(Lin) |
| Blasting hours | 09:00 to 17:00, Monday to Saturday | 10:00 to 16:00, Monday to Friday |
| Blasting on Saturdays, Sundays and bank holidays | Saturdays permitted | Not permitted |
| Maximum number of blasts | No limit | 2 per week |
| Advance notice to residents | None required | 24 hours (by text message and website) |
| Monitoring locations | 1 | 3 |

11. Condition 17 requires a Blast Monitoring Scheme to be approved before any blasting takes place in the extension area, with monitoring at three fixed locations in Brackenby, one of which shall be at or near the primary school. Results are to be published every month.

12. With those conditions in place I conclude that there would be no unacceptable harm to living conditions from blasting. There would be no conflict with Policy M9 of the North Wendleshire Minerals Local Plan (2019).

### Highway safety and amenity

13. All HGVs leaving the quarry currently turn north onto the B4471 and pass through the centre of Brackenby for 1.3 kilometres before joining the A4190 at Sallow Cross. The appellant's traffic survey, carried out over two weeks in June 2023, recorded an average of 148 HGV movements a day (74 in and 74 out).

14. The appellant sought a limit of 190 movements a day. The Council's highways witness argued that this was excessive. I consider 190 too high given the narrowness of the B4471 at Church Lane, where the carriageway is 5.6 metres wide. I have therefore imposed a lower limit.

**Table 2: HGV movements and hours**

| Measure | Current (2023 survey) | Applied for | Permitted (Condition 22) |
|---|---|---|---|
| HGV movements per day (in and out combined) | 148 (average) | 190 | 170 (maximum) |
| HGV movements per week | about 740 | 950 | 850 (maximum) |
| HGV operating hours, weekdays | 07:00 to 18:00 | 07:00 to 18:00 | 07:00 to 18:00 |
| HGV operating hours, Saturdays | 07:00 to 13:00 | 07:00 to 13:00 | 07:00 to 12:00 |
| HGV movements past school, 08:15 to 09:00 and 15:00 to 15:45 term time | not restricted | not restricted | none permitted |

15. Condition 23 requires the operator to keep a record of all HGV movements and to make it available to the mineral planning authority on request. The 170 limit represents an increase of about 15 per cent on the surveyed average.

16. The planning obligation secures a contribution of £120,000 towards traffic calming on the B4471 within Brackenby, payable before extraction begins in the extension area. Subject to these measures I find that the residual effects on highway safety would not be severe and that there would be no conflict with Policy M12 of the Minerals Local Plan.

### Need and benefits

17. The Council's most recent Local Aggregate Assessment shows a landbank of permitted crushed rock reserves equivalent to 6.3 years, against the minimum of at least 10 years sought by national policy. This shortfall is a matter to which I give substantial weight.

18. The appellant states that the extension would safeguard 42 existing jobs at the quarry and create 11 further posts, and would involve capital investment of £6.8 million. I give these economic benefits moderate weight.

19. The obligation also secures a community fund of £40,000 a year, index-linked, for the duration of extraction, to be administered by a panel including two members of Brackenby Parish Council. I have treated this as mitigation and have not attached weight to it as a benefit in the planning balance.

20. The restoration scheme would create 9.4 hectares of calcareous grassland and a 3.1 hectare lake, with public access by a new permissive footpath. I give this moderate weight.

## Planning balance and conclusion

21. I acknowledge the strength of local feeling, which was evident at the inquiry, but the evidence before me does not demonstrate that the harm would be unacceptable. The proposal accords with the development plan when read as a whole, and the need for the mineral adds substantial weight in its favour.

22. For the reasons given above, I conclude that the appeal should be allowed.

*Helen Ashworth*

INSPECTOR

---

*This decision is final unless it is successfully challenged in the High Court. An application under section 288 of the Town and Country Planning Act 1990 must be made within six weeks of the date of this decision.*
`;

/** h797: sources/interview_thornbury.md, whole. */
const QUARRY_INTERVIEW = `# Interview transcript: Margaret Thornbury, Brackenby Quarry Action Group

**Interviewer:** Tom Ellery, Wendleshire Gazette
**Interviewee:** Margaret Thornbury, 67, chair of the Brackenby Quarry Action Group (BQAG)
**Date and place:** Friday 16 May 2025, 11:30, at Mrs Thornbury's home on Church Lane, Brackenby
**Length:** 24 minutes (transcribed from recording; lightly edited for hesitations)

---

**TE:** Thanks for seeing me, Mrs Thornbury. You heard about the decision on Wednesday. How did you feel?

**MT:** Gutted, honestly. I read it on my phone at the kitchen table and I had to read it twice. We've been beaten by a process that was stacked against us from the start.

**TE:** Stacked in what way?

**MT:** The council listened to us. Nine councillors voted against it, three for. That's local democracy. Then an inspector comes down, spends four days in a hotel function room and a morning walking round the village, and decides she knows better than the people who live here.

**TE:** The inspector said the evidence didn't show the harm would be unacceptable.

**MT:** Unacceptable to whom? She doesn't have her windows rattling. When they blast, the cups jump on the dresser. I've lived on Church Lane for 31 years and I've seen the cracks come in the plaster over the kitchen door.

**TE:** The company's expert said none of the blasts in the last five years went over the limit.

**MT:** Yes, and we never said they broke the limit. What we said is the limit is too high. And now the working face is coming closer. Ferncote Farm will be 310 metres from it. The school is not much more than 600 metres away. There are 96 children in that school.

**TE:** How many people are in the action group?

**MT:** We've got about 240 members on the mailing list, and a core of twelve of us who do the work. We raised £18,400 to pay for a barrister at the inquiry, mostly through cake sales, a quiz night and a crowdfunder. Adrian Fellowes was excellent, I have to say. It wasn't his fault.

**TE:** What about the lorries? That was the council's other reason for refusing.

**MT:** At the moment we count about 150 lorries a day through the village. They come down the B4471, right past the church and the school, and Church Lane is barely wide enough for two of them to pass. The inspector has said 170. So that's more, not less. People keep telling me it's only twenty extra. Twenty extra lorries outside a primary school is not "only".

**TE:** There is the restriction on school times, though.

**MT:** That's fair. No lorries past the school at drop-off and pick-up, that's a genuine improvement and we pushed for it. And the one thing we did win is no blasting on Saturdays. That's something. I won't pretend it isn't.

**TE:** And the money? The company is talking about £40,000 a year for a community fund and £120,000 for traffic calming.

**MT:** I'm not going to turn my nose up at traffic calming. But you can't buy a village's peace and quiet for forty thousand pounds a year. I'd rather they kept the money and kept the quarry where it is.

**TE:** Greymoor says its door remains open. Will you talk to them?

**MT:** I'll talk to anybody. Richard Tallis knows where I live. But talking is not the same as listening.

**TE:** What happens now? Is this the end of it?

**MT:** Not necessarily. We have six weeks to go to the High Court. We've had initial advice that there may be grounds, on the way the inspector dealt with the vibration evidence, but I'm not going to say more than that yet. The committee meets on Tuesday 27 May and we'll decide then whether we go ahead.

**TE:** Would you need to raise more money?

**MT:** A great deal more. We've been told a challenge could cost us anything up to £35,000 if we lose. That's a lot for a village of 1,900 people. But people here have surprised me before.

**TE:** Anything else you want to say?

**MT:** Only that I'm proud of this village. Over eleven hundred people wrote in against this. That's more than half the village, and I don't think anyone in that inquiry room ever really understood that.

---

*Recording ends 11:54.*
`;

/** h798: sources/cabinet_member_statement.txt, whole. */
const HOME_STATEMENT = `WENDMOOR COUNCIL
PRESS OFFICE — STATEMENT FOR IMMEDIATE RELEASE
Issued: Wednesday 12 February 2025, 11.00am

STATEMENT FROM COUNCILLOR MAUREEN ASHDOWN, CABINET MEMBER FOR CHILDREN AND FAMILIES, ON ASHCOMBE HOUSE

Following the publication on Monday 10 February of the Children's Care Standards Inspectorate's report into Ashcombe House, our children's home in Linden Rise, Kellbridge, I want to set out clearly what the council is doing and why.

The report rated the home inadequate in all three of its main judgement areas. I have read it in full, and I accept its findings without reservation.

Councillor Ashdown said: "I am deeply sorry that the children in our care at Ashcombe House did not receive the standard of care they deserve."

She added: "Having considered the report with the Director of Children's Services, I have decided that Ashcombe House will close, and that the right thing to do is to move the children now rather than try to fix the building around them."

WHAT HAPPENS NEXT

- Ashcombe House will close no later than Monday 31 March 2025.
- The five children living at the home will move to new placements chosen with them, their families and their social workers. Two children have already been matched with foster carers in the Wendmoor area. The remaining three will move to registered children's homes; the council is working to ensure that each is within 20 miles of Kellbridge so that they can stay at their current schools.
- No child will be moved without a planning meeting involving their independent reviewing officer.
- The 24 members of staff employed at the home (equivalent to 11 full-time posts) will be offered redeployment within the council's children's services. Formal consultation with staff began on Tuesday 11 February 2025 and will last 30 days.

INVESTING IN A BETTER MODEL

The council will invest more than £1 million to open a new, smaller home, Orchard Lodge in Fenley, which will care for up to four children. We expect Orchard Lodge to open in autumn 2026, subject to registration with the inspectorate.

Councillor Ashdown said: "Smaller homes, closer to children's communities, give us the best chance of recruiting a stable, permanent team."

WHY NOW

Councillor Ashdown said: "The inspectors found that around 40 per cent of shifts in December were being covered by agency staff. That is not the consistency that children who have already experienced trauma need, and I am not prepared to let it continue."

In the short term the closure is expected to increase costs. The average weekly cost of a place at Ashcombe House in 2023/24 was £4,950. The average cost of an external residential placement commissioned by the council is currently £6,800 a week.

Paul Treharne, Director of Children's Services, said: "I take full responsibility for the failings identified in this report, and I have commissioned an independent review of management oversight of all our residential services, to be completed by the end of June."

The council's Children's Services Scrutiny Committee will consider the decision at its meeting on Thursday 27 February 2025.

ENDS

Notes to editors
1. Wendmoor Council is the local authority for Kellbridge, Fenley and the surrounding villages.
2. The council currently runs three children's homes. After the closure of Ashcombe House it will run two, with a combined capacity of nine places.
3. Media enquiries: Wendmoor Council press office, 01632 960 418.
`;

/** h798: sources/inspection_report_summary.md, whole. */
const HOME_REPORT = `# Children's Care Standards Inspectorate — Inspection report summary

**Setting:** Ashcombe House, 14 Linden Rise, Kellbridge, KB4 7QT
**Unique reference number:** CH-2271846
**Registered provider:** Wendmoor Council (local authority)
**Responsible individual:** Paul Treharne, Director of Children's Services
**Registered manager:** Post vacant since 30 September 2024
**Acting manager:** Donna Pryce (in post since 7 October 2024)
**Type of inspection:** Full inspection, unannounced
**Inspection dates:** Tuesday 14 January 2025 to Thursday 16 January 2025
**Lead inspector:** Helen Marchbank, Social Care Regulatory Inspector
**Second inspector:** Rajesh Kooner, Social Care Regulatory Inspector
**Date of publication:** Monday 10 February 2025

## About the home

Ashcombe House is a local authority children's home registered to provide care for up to six children aged eight to 17 who may have emotional and behavioural difficulties. At the time of the inspection, five children were living at the home, aged between 11 and 16. The home is a detached, two-storey property on the northern edge of Kellbridge, about 1.5 miles from the town centre.

## Overall judgement

**Overall experiences and progress of children and young people: Inadequate**

The inspectorate found widespread and serious failures that mean children are not protected and their welfare is not safeguarded. Leaders and managers have not taken effective action to address shortfalls identified at the previous inspection.

## Judgements by area

| Area | This inspection (14–16 January 2025) | Previous inspection (5 March 2024) |
|---|---|---|
| Overall experiences and progress of children and young people | Inadequate | Requires improvement to be good |
| How well children and young people are helped and protected | Inadequate | Requires improvement to be good |
| The effectiveness of leaders and managers | Inadequate | Requires improvement to be good |
| Education, learning and attendance (supporting finding) | Requires improvement to be good | Good |
| Health and emotional wellbeing (supporting finding) | Requires improvement to be good | Requires improvement to be good |

## Key findings

### Children missing from the home

Between Monday 21 October 2024 and Sunday 12 January 2025, a period of 12 weeks, there were 11 episodes in which children went missing from the home. Three of the five children were involved. The longest episode lasted 31 hours. Return home interviews were completed after only four of the 11 episodes (36 per cent). On two occasions staff did not report a child missing to the police until more than three hours after the child was due back, contrary to the home's own missing-from-care protocol, which requires a report within 60 minutes.

### Physical intervention

Staff recorded 23 physical interventions between 1 October and 31 December 2024, compared with nine in the previous quarter (1 July to 30 September 2024). Seven of the 23 records did not include a debrief with the child. In three records, the technique used was not one in which the staff member involved had been trained. Inspectors found no evidence that the acting manager had reviewed the records for patterns.

### Staffing

The home has an establishment of 19 full-time equivalent (FTE) care posts. At the time of the inspection, eight of these posts were vacant. In December 2024, agency staff covered 42 per cent of all shifts. Only 61 per cent of permanent staff had up-to-date safeguarding training; the home's own policy requires 100 per cent. Five of the last eight agency workers had not received an induction before working their first shift.

### Education and health

The average school attendance of children living at the home during the autumn term 2024 was 71.4 per cent, down from 88.9 per cent in the summer term 2024. One child had been without a school place for nine weeks. All five children were registered with a GP and a dentist, but two children's annual health assessments were overdue.

### Leadership and management

The registered manager post has been vacant since 30 September 2024. The acting manager, Donna Pryce, is committed to the children but has been given insufficient support and supervision by senior managers. The responsible individual had visited the home twice in the six months before the inspection. Independent person visits under regulation 44 took place in only three of the last six months, and the provider had not acted on recommendations in two of those three reports.

## Enforcement action

The inspectorate issued two compliance notices on Friday 17 January 2025:

1. Regulation 12 (the protection of children standard): the registered person must ensure that all missing-from-care episodes are reported to the police in line with the protocol and that a return home interview is offered after every episode. Deadline: Friday 7 March 2025.
2. Regulation 33 (employment of staff): the registered person must ensure that all staff, including agency staff, receive an induction and up-to-date safeguarding training before working with children. Deadline: Friday 7 March 2025.

The inspectorate also restricted accommodation at the home, meaning no new children may be admitted without the inspectorate's written agreement.

## Requirements and recommendations

The report sets out nine requirements and four recommendations. A monitoring visit will take place after the compliance notice deadlines.

Lead inspector Helen Marchbank said in the report's conclusion: "Children at Ashcombe House have been let down by a lack of grip at every level of leadership, and too many of the concerns we raised last March remain unaddressed."
`;

/** h798: sources/scrutiny_minutes.md, whole. */
const HOME_MINUTES = `# Wendmoor Council — Children's Services Scrutiny Committee

## Minutes of the meeting held on Thursday 27 February 2025 at 6.30pm, Council Chamber, Wendmoor Civic Centre, Market Street, Kellbridge

**Present (committee members):** Councillor Derek Hollins (Chair), Councillor Sandra Okafor (Vice-Chair), Councillor Brian Lusted, Councillor Farah Siddique, Councillor Tom Ellery, Councillor Janet Crowther, Councillor Owen Pardoe, Councillor Lydia Venn, Councillor Graham Whitcombe

**Also present:** Councillor Maureen Ashdown (Cabinet Member for Children and Families), Paul Treharne (Director of Children's Services), Karen Blythe (Head of Residential and Fostering Services), Gail Fenwick (branch secretary, Wendmoor branch, Care and Support Workers' Union), Alan Meredith (Democratic Services Officer)

**Members of the public:** 23

---

### 41. Apologies and substitutions

There were no apologies. All nine members of the committee were present.

### 42. Declarations of interest

Councillor Janet Crowther declared a non-pecuniary interest as a foster carer approved by Wendmoor Council. She remained in the meeting and took part in the vote.

### 43. Ashcombe House — inspection outcome and closure decision

The Chair explained that the item had been added to the agenda following the cabinet member's statement of Wednesday 12 February 2025. The committee had before it the inspection report summary and a briefing note from the Director of Children's Services.

**Presentation by the Cabinet Member**

Councillor Ashdown told the committee that all five children had now had planning meetings. Two children had moved to foster placements on Friday 21 February 2025. A third child would move on Monday 3 March 2025 to a registered children's home in Fenley. The remaining two were expected to move by Friday 21 March 2025.

Councillor Ashdown said: "I would rather stand here and defend a hard decision than defend another report like this one."

**Presentation by the Director of Children's Services**

Mr Treharne confirmed the cost of the new home at Orchard Lodge would be £1.2 million, of which £850,000 would come from the council's capital programme and £350,000 from a government grant for children's residential care. He said the independent review of management oversight would be led by Dr Imogen Castell, a former director of children's services from outside the area, and would report by Monday 30 June 2025.

Mr Treharne said: "We lost our registered manager in September and I did not act quickly enough to fill that gap."

In response to a question from Councillor Lusted, Mr Treharne said agency staff had covered 42 per cent of shifts in December 2024, compared with 17 per cent in December 2023. The council had spent £318,000 on agency staff at Ashcombe House in the nine months from April to December 2024.

Karen Blythe said the compliance notices had required improvements by Friday 7 March 2025. Because the home would close before any monitoring visit, the inspectorate had agreed that the notices would lapse when the home's registration was cancelled.

**Representations from the union**

Gail Fenwick, branch secretary of the Care and Support Workers' Union, said 24 staff were affected and that 15 had so far expressed interest in redeployment. She said: "Our members did not fail these children; they were left to run a home with a third of the posts empty and no manager."

She asked the committee to recommend that the closure be delayed so that staff could be retrained and the home re-inspected.

**Questions from members**

Councillor Okafor asked why the council had not acted after the previous inspection in March 2024 had rated the home requires improvement to be good. Councillor Ashdown said an action plan had been agreed in April 2024 but accepted that it "was not followed through with enough urgency".

Councillor Siddique asked whether children would be placed outside the county. Ms Blythe said that one of the three children going to residential homes might have to be placed up to 35 miles away, in Hartsmoor, if no closer place became available.

Councillor Whitcombe asked about costs. Mr Treharne said that, based on the current average external rate of £6,800 a week against Ashcombe House's 2023/24 average of £4,950, the additional cost would be £1,850 per child per week, or about £500,000 a year if five children were placed externally for a full year. He said some of this would be offset by savings on agency staff.

Councillor Ellery said: "This committee should have been told about the staffing crisis last autumn, not in a press release."

**Amendment**

Councillor Okafor moved, and Councillor Pardoe seconded, an amendment that the committee recommend to cabinet that the closure of Ashcombe House be deferred for three months to allow an improvement plan to be tested.

On being put to the vote, the amendment was LOST.

| For | Against | Abstain |
|---|---|---|
| 3 | 5 | 1 |

**Substantive motion**

Councillor Hollins moved, and Councillor Venn seconded, a motion that the committee:

(a) notes the inspection outcome and the cabinet member's decision to close Ashcombe House;
(b) requests a written progress report on the moves of the children and the redeployment of staff at every meeting until Orchard Lodge opens; and
(c) asks that the findings of the independent review be presented to the committee before they are considered by cabinet.

On being put to the vote, the motion was CARRIED.

| For | Against | Abstain |
|---|---|---|
| 6 | 2 | 1 |

Councillors Okafor and Pardoe asked that their votes against the motion be recorded. Councillor Crowther abstained.

### 44. Date of next meeting

Thursday 10 April 2025 at 6.30pm.

The meeting closed at 8.47pm.

Chair: Councillor Derek Hollins
`;

/** h799: sources/interview_tamsin_rooke_wendle_dippers.md, whole. */
const RIVER_INTERVIEW = `# Interview transcript — Tamsin Rooke, Wendle Dippers

**Interviewer:** Callum Reeve, reporter, Harne Valley Gazette
**Interviewee:** Tamsin Rooke, founder and organiser, Wendle Dippers open water swimming group
**Date and place:** Saturday 25 January 2025, 10.15am, Ashcombe Meadows car park, Lower Brackford
**Duration:** 24 minutes (recorded with consent; lightly edited for length)

---

**CR:** Thanks for meeting me. Can you start by telling me about the group?

**TR:** Of course. I started the Wendle Dippers in April 2020, during the first lockdown, with six friends. We just wanted somewhere to swim when the pools were shut. Now we've got 240 members on our register, and about 40 of us swim every week, all year round. I'm 47, I teach at the primary school in Upper Brackford, and I've been swimming in the Wendle for 14 years.

**CR:** The Agency has just rated Ashcombe Meadows as Poor. How did you react?

**TR:** Honestly? I wasn't surprised. I was angry, but I wasn't surprised. We had one Sufficient year, in 2023, and everyone thought we'd turned a corner. Then last summer happened.

**CR:** What happened last summer?

**TR:** The worst one was the first weekend in August. We do a sunrise swim on Sunday mornings, and on Sunday the 4th we had 27 people in the water. By the Wednesday, 11 of them had been in touch to say they'd had vomiting or diarrhoea. One woman ended up in hospital overnight with dehydration. We found out afterwards that Mill Lane had been spilling since the Saturday night.

**CR:** Did you report it?

**TR:** We reported all 11 cases to the Agency and to the district council's environmental health team. Nobody has ever told us what happened to those reports.

**CR:** Wessmere Water says 61 spills last year. What do you make of that?

**TR:** Sixty-one spills. That's more than one a week. And it's not just the number, it's the hours. Seven hundred and forty-two hours is a month of sewage going into the river. A whole month.

**CR:** The company says it was exceptional rainfall.

**TR:** It rains in England. That's not exceptional, that's weather. If your pipes can't cope with an English winter, you need new pipes. And it wasn't only the winter — nineteen of those spills were in the bathing season.

**CR:** I understand the group did its own testing.

**TR:** We did. We raised £1,350 through a crowdfunder in August, and that paid for eight samples, tested by Carrowmoor Laboratories, on four Saturdays in September and October. The worst was on Saturday 5 October, when E. coli came back at 9,800 per hundred millilitres. That's higher than anything the Agency recorded all season.

**CR:** Wessmere says it can't confirm the lab is accredited.

**TR:** That's nonsense. Carrowmoor is accredited for exactly these tests, and we've sent Wessmere the certificate twice. They just don't like the numbers.

**CR:** Let's talk about the parish council. What do you want from its inquiry?

**TR:** I want answers, and I want them in public. Priya Sandhu proposed the motion, and she's been brilliant. It went through seven to two. Derek Hallam, the chair, voted for it too, which I think surprised a few people.

**CR:** Wessmere is promising a £4.2 million storage tank.

**TR:** Which won't be finished until 2028. That's four summers away. Our kids will have grown up by then. In the meantime they're saying "trust us". We're not asking for miracles. We're asking them to stop using our river as a drain.

**CR:** Will you be at the meeting on 19 February?

**TR:** Absolutely. We'll be handing over a petition. It's got 1,180 signatures so far, and we're hoping to get to 1,500 by the meeting. We want the inquiry to call the Agency as well as Wessmere, because the Agency is supposed to be the regulator, and so far it's been very quiet.

**CR:** Anything else you want to say?

**TR:** Just that people should still come down to the river. Check the forecast, check the spill alerts when they finally exist, cover any cuts, don't put your head under after heavy rain. The river isn't the enemy. The sewage is.

---

*End of transcript.*
`;

describe('days in offices, bounds\' own figures, bans, headings, former offices and names within names, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Planning inspector Helen Ashworth" is "Inspector Helen Ashworth"; "the 10-year minimum" is "at least 10 years"; a ban denies', async () => {
    const quarry = judgeWith(await workspaceIndex({ 'sources/greymoor_statement.txt': QUARRY_STATEMENT, 'sources/inspector_decision.md': QUARRY_DECISION, 'sources/interview_thornbury.md': QUARRY_INTERVIEW }));
    const inspector = quarry('Planning inspector Helen Ashworth allowed the appeal by Greymoor Aggregates in a decision issued on Wednesday 14 May, subject to 38 conditions.');
    assert.deepEqual(inspector.conflicts, [], why(inspector));
    const conditions = quarry('Planning inspector Helen Ashworth allowed the appeal by Greymoor Aggregates in a decision issued on Wednesday 14 May, subject to 83 conditions.');
    assert.equal(conditions.verdict, 'contradicted', why(conditions));
    const minimum = quarry("The inspector gave substantial weight to the county's shortage of crushed rock, with a landbank of 6.3 years against the 10-year minimum in national policy.");
    assert.deepEqual(minimum.conflicts, [], why(minimum));
    const ban = quarry('She welcomed the ban on Saturday blasting, describing it as "the one thing we did win".');
    assert.deepEqual(ban.conflicts, [], why(ban));
    const [ten, atLeast] = [extractValues('the 10-year minimum')[0], extractValues('the minimum of at least 10 years')[0]];
    assert.equal(valueDiffers(ten, atLeast), false);
    const [double, more] = [extractValues("double last year's")[0], extractValues("more than double last year's")[0]];
    assert.equal(valueDiffers(double, more), true);
  });

  test('the heading\'s "Children\'s Care Standards Inspectorate"; a former director names no holder of the post', async () => {
    const home = judgeWith(await workspaceIndex({ 'sources/cabinet_member_statement.txt': HOME_STATEMENT, 'sources/inspection_report_summary.md': HOME_REPORT, 'sources/scrutiny_minutes.md': HOME_MINUTES }));
    const standards = home("Inspectors from the Children's Care Standards Inspectorate made an unannounced three-day visit from Tuesday 14 to Thursday 16 January.");
    assert.deepEqual(standards.conflicts, [], why(standards));
    const quality = home("Inspectors from the Children's Care Quality Inspectorate made an unannounced three-day visit from Tuesday 14 to Thursday 16 January.");
    assert.equal(quality.verdict, 'contradicted', why(quality));
    const review = home("Paul Treharne, the director of children's services, has commissioned an independent review of management oversight of the council's residential services, which will be led by Dr Imogen Castell and report by the end of June.");
    assert.deepEqual(review.conflicts, [], why(review));
  });

  test('"the Rivers and Coast Agency" has no rival in the interview\'s "the Agency"', async () => {
    const river = judgeWith(await workspaceIndex({ 'sources/interview_tamsin_rooke_wendle_dippers.md': RIVER_INTERVIEW }));
    const agency = river('She wants the inquiry to call the Rivers and Coast Agency as well as Wessmere, saying the regulator had been "very quiet" so far.');
    assert.deepEqual(agency.conflicts, [], why(agency));
    const helpful = river('She wants the inquiry to call the Rivers and Coast Agency as well as Wessmere, saying the regulator had been "very helpful" so far.');
    assert.notEqual(helpful.verdict, 'supported', why(helpful));
  });
});
