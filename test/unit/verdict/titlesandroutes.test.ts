/**
 * The fifty-second round, fifth part: faithful sentences shown as errors in h710–h715 (written against b0ffff1). An
 * abbreviated title before a full name is the source's titled surname ("Cllr Aled Morgan" / "Cllr Morgan"); "which is
 * up to 64 households" is a level reached, no cap; a route number is no count ("the 6 to the hospital"); "had no X" is
 * the window's "did not have a X". The fixtures are the helpers' sources, whole; the people, bodies and places are
 * invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

/** h710: sources/02_parish_council_minutes.md, whole. */
const SHOP_MINUTES = `# Thornleigh Magna Parish Council

## Minutes of the Extraordinary Meeting of the Parish Council

**Held on Tuesday 23 April 2024 at 7.30pm in Thornleigh Magna Village Hall**

**Present:** Cllr Margaret Oyelaran (Chair), Cllr Peter Haskins (Vice-Chair), Cllr Susan Threlfall, Cllr Aled Morgan, Cllr Rebecca Dunmore, Cllr Tom Vickery, Cllr Janet Coombes

**In attendance:** Helen Marsh (Clerk and Responsible Financial Officer); Katie Brannigan (Chair, Thornleigh Magna Community Shop Ltd); District Cllr Owen Pryce (Harrowdale District Council, Wendle Valley ward); 23 members of the public

### 24/031 Apologies for absence

There were no apologies. All seven councillors were present.

### 24/032 Declarations of interest

Cllr Tom Vickery declared a non-pecuniary interest in item 24/034 as a member and volunteer of Thornleigh Magna Community Shop Ltd. He stated that he would take part in the discussion but would not vote on that item.

### 24/033 Public participation

Katie Brannigan, Chair of Thornleigh Magna Community Shop Ltd, addressed the council. She reported that the society's community share offer had opened on Friday 1 March 2024 and would close on Tuesday 30 April 2024. At the date of the meeting the offer had raised £34,900 from 191 members. The society had reached agreement in principle with the National Counters Network to operate a Counter Local post office from the Old Reading Room, 4 Mill Lane, subject to funding.

Ms Brannigan said: "Since Graham's last day the village has had no post office and no shop at all. People without a car are relying on a bus that runs twice a day. We can fix that by the summer, but only if the parish council backs us."

A resident asked whether the shop would also stock newspapers. Ms Brannigan confirmed that it would, and that a newspaper delivery round would be restarted.

A resident raised concerns about parking on Mill Lane. The Chair noted the concern and said the council would raise it with the highway authority.

### 24/034 Grant to Thornleigh Magna Community Shop Ltd

The Clerk presented her report. The total cost of fitting out the Old Reading Room as a shop and post office was estimated at £61,300, including refrigeration, shelving, the post office counter and security screen, an accessible ramp and initial stock. The society had requested a grant of £15,000 from the council's earmarked reserves.

The Clerk reported that the council's general and earmarked reserves stood at £41,200 and that a grant of £15,000 would reduce them to £26,200. This remained above the minimum level of £20,000 set in the council's reserves policy. The grant would have no effect on the precept for 2024/25.

Cllr Aled Morgan said he supported the aims of the shop but was concerned about committing more than a third of the council's reserves to a single project. "I want this shop to succeed, but if the roof of the village hall goes next winter we will have very little left to deal with it," he said.

Cllr Peter Haskins said: "The post office is not a luxury. For older residents it is where they get their pension cash and post their parcels. This is exactly what the reserves are for."

It was proposed by Cllr Haskins and seconded by Cllr Threlfall that the council award a grant of £15,000 to Thornleigh Magna Community Shop Ltd from earmarked reserves, payable on the signing of the lease, with a condition that the society submit annual accounts to the council for five years.

**Vote:** For 5 (Cllrs Oyelaran, Haskins, Threlfall, Dunmore, Coombes); Against 1 (Cllr Morgan); Cllr Vickery did not vote, having declared an interest.

**RESOLVED** that the grant be awarded on the terms above.

### 24/035 Lease of the Old Reading Room

The council owns the Old Reading Room, 4 Mill Lane, which has been used for storage since 2019. It was proposed by Cllr Dunmore and seconded by Cllr Coombes that the council grant Thornleigh Magna Community Shop Ltd a lease of the Old Reading Room for 15 years at a peppercorn rent, with the society responsible for internal repairs and the council responsible for the structure and roof.

**Vote:** For 6; Against 0; Cllr Vickery did not vote.

**RESOLVED** that the Clerk instruct the council's solicitors to prepare the lease.

### 24/036 Letter of support

It was agreed without a vote that the Chair write to Harrowdale District Council in support of the society's application for £6,000 from the district's Community Fund.

### 24/037 Date of next meeting

The next ordinary meeting will be held on Tuesday 14 May 2024 at 7.30pm.

The meeting closed at 9.05pm.

Signed: M. Oyelaran (Chair)   Date: 14 May 2024
`;

/** h710: sources/04_interview_shop_manager.md, whole. */
const SHOP_INTERVIEW = `# Interview transcript

**Interviewee:** Priya Lockwood, Shop Manager, Thornleigh Magna Community Shop Ltd
**Interviewer:** Sam Ridley, reporter, Wendle Valley Chronicle
**Date:** Friday 2 August 2024, 10.15am
**Place:** The Old Reading Room, 4 Mill Lane, Thornleigh Magna
**Recording length:** 24 minutes (transcript lightly edited for length)

---

**SAM RIDLEY:** Thanks for making time. You've been open just over a week now. How has it gone?

**PRIYA LOCKWOOD:** Busier than any of us expected, honestly. We opened the doors at 1pm on Thursday the 25th, and there was a queue down Mill Lane. Graham Pellow was third in line. He bought a book of first-class stamps, and we've framed the receipt.

**SAM RIDLEY:** What did you do before this?

**PRIYA LOCKWOOD:** I was deputy manager at Fernside Garden Centre in Kelstow for nine years. So retail I knew. The post office side was new. I did five days of training with the National Counters Network at their training centre in Kelstow, the week beginning Monday 8 July, and their field adviser was here with us for the first three days after we opened.

**SAM RIDLEY:** Do you have the numbers for the first week?

**PRIYA LOCKWOOD:** I do. From opening on the Thursday to close on Wednesday the 31st, so seven trading days, we had 1,420 transactions in the shop and 684 post office transactions. Takings in the shop were £5,310. Our break-even figure is £4,800 a week, so we're ahead of it, but it's one week, and a first week at that. I'm not popping any corks.

**SAM RIDLEY:** How does the post office compare with how it was before?

**PRIYA LOCKWOOD:** National Counters told us Graham's branch was averaging about 1,150 transactions a week. So we're at about 60 per cent of where he was. That doesn't worry me. People got used to driving to Kelstow for four months, and habits take a while to come back. Parcels are already strong. Cash withdrawals are slower, I think because people stocked up elsewhere.

**SAM RIDLEY:** What has surprised you?

**PRIYA LOCKWOOD:** Sundays. We didn't know if anyone would come on a Sunday morning. On Sunday the 28th we had 112 customers between nine and one. And the early mornings — the busiest hour of the day is eight till nine, people on their way to work or the school run. Graham never opened before nine, so that's completely new trade.

**SAM RIDLEY:** Have there been any problems?

**PRIYA LOCKWOOD:** A couple. The card machine went down on Saturday the 27th for about two hours, so it was cash only and we sent a few people away. And we've had complaints about parking on Mill Lane, which is fair. The parish council is talking to the highways people about it.

**SAM RIDLEY:** Who is staffing the shop?

**PRIYA LOCKWOOD:** There are two paid posts. I'm on 30 hours a week, and Dan Okafor is assistant manager on 16 hours. Everything else is volunteers. We were aiming for 35 and we've got 38 on the rota, the youngest is sixteen and the oldest is eighty-three. Every volunteer who serves on the post office counter has done the National Counters online training, and there's always either me or Dan on the premises when the post office is open.

**SAM RIDLEY:** And what are you selling?

**PRIYA LOCKWOOD:** About 1,100 product lines. Roughly 40 per cent of those come from producers within 15 miles — bread from Ashcombe Bakery, eggs, milk from Hollins Farm, beer from the brewery at Kelstow. Newspapers as well, and Dan's restarted the delivery round, which is up to 64 households.

**SAM RIDLEY:** Some people in the village said a community shop wouldn't last. What do you say to them?

**PRIYA LOCKWOOD:** I'd say come in and buy something. Look, we weren't only saving a post office. We were saving a reason to come into the middle of the village. If people use it, it stays. If they don't, it won't, and no grant is going to change that.

**SAM RIDLEY:** What's next?

**PRIYA LOCKWOOD:** We want to add a coffee machine and a couple of tables by the autumn, and we're talking to the district council about a parcel locker outside. But first I'd like one full month of figures before I promise anyone anything.

**SAM RIDLEY:** Thank you, Priya.

**PRIYA LOCKWOOD:** Thank you. Tell people we're open on Sundays.

---
*End of transcript.*
`;

/** h711: sources/consultation_document.md, whole. */
const WARD_CONSULTATION = `# Carran Valley Health Board

## Public consultation: the future of overnight children's inpatient care at Kelsford General Hospital

**Consultation opens:** Monday 3 March 2025
**Consultation closes:** Monday 26 May 2025 (12 weeks)
**Decision:** to be made at the public meeting of the Health Board on Thursday 26 June 2025

Approved for public consultation by the Board at its meeting on Thursday 27 February 2025.

### 1. Foreword

Carran Valley Health Board is asking for your views on a proposal to change the way children who need to stay in hospital overnight are cared for in the eastern part of our area.

At present, Wren Ward at Kelsford General Hospital provides 18 inpatient beds for children and young people aged 0 to 16, open 24 hours a day, seven days a week. Heron Ward at St Aldric's Hospital, Marlow Cross, provides 24 inpatient beds.

Under our preferred option (Option B), Wren Ward would stop admitting children overnight. It would become a Paediatric Assessment Unit (PAU) open from 8am to 10pm every day, with 10 assessment spaces. Children who need to stay in hospital overnight would be cared for at Heron Ward, which would grow from 24 to 34 beds.

"This is not a decision we are proposing lightly," said Dr Miriam Oduya, Medical Director of Carran Valley Health Board. "Every week we are asking a small team at Kelsford to staff a ward overnight with too few specialist children's nurses. Our first duty is to make sure that every child who is admitted overnight is looked after by the right staff, in the right numbers."

### 2. Why we are proposing a change

The number of children admitted to Wren Ward, and in particular the number staying overnight, has fallen in each of the last three years. More children are now assessed, treated and sent home on the same day.

**Table 1: Wren Ward, Kelsford General Hospital — admissions and occupancy**

| Year | Total admissions | Admissions staying overnight | Average children on ward at midnight | Average bed occupancy (18 beds) |
|---|---|---|---|---|
| 2021/22 | 2,140 | 1,310 | 7.4 | 61% |
| 2022/23 | 2,010 | 1,190 | 6.1 | 55% |
| 2023/24 | 1,865 | 1,042 | 5.2 | 48% |

Over the same period, overnight stays on Heron Ward at St Aldric's rose from 2,480 in 2021/22 to 2,655 in 2023/24, and average occupancy there was 78% in 2023/24.

Our biggest concern is staffing. National guidance for children's wards says there should be at least two registered children's nurses on duty at all times, whatever the number of patients. At Kelsford:

- 31% of registered children's nurse posts (band 5) on Wren Ward were vacant at 31 March 2024;
- on 47 nights in 2023/24 the ward fell below its agreed safe staffing level and had to rely on adult-trained nurses or on moving staff from other wards;
- the Health Board spent £486,000 on agency and bank nursing for Wren Ward in 2023/24, compared with £212,000 in 2021/22;
- there is one middle-grade paediatric doctor on site overnight, and on 19 nights in 2023/24 that rota could not be filled and cover came from the on-call consultant at home.

### 3. What would change

**Table 2: Children's inpatient beds in the Health Board area**

| Site | Beds now | Beds under Option B | Change |
|---|---|---|---|
| Wren Ward, Kelsford General Hospital | 18 inpatient beds (24 hours) | 0 inpatient beds; 10 PAU assessment spaces (8am–10pm) | −18 inpatient beds |
| Heron Ward, St Aldric's Hospital, Marlow Cross | 24 inpatient beds | 34 inpatient beds | +10 inpatient beds |
| **Total inpatient beds** | **42** | **34** | **−8** |

The Health Board believes 34 beds will be enough because the average number of children on Wren Ward at midnight in 2023/24 was 5.2, and because the new PAU will allow more children to go home the same day.

Children who arrive at Kelsford's emergency department after 10pm, or who are still on the PAU at 10pm and need to stay in hospital, would be taken to St Aldric's by the Valley Children's Transfer Service, a dedicated ambulance with a children's nurse on board. We estimate this will mean an average of 2.6 transfers a night.

Kelsford General Hospital's emergency department, maternity unit and neonatal unit are **not** affected by this proposal and will continue to see children 24 hours a day.

### 4. Travel

St Aldric's Hospital is 27 miles from Kelsford General Hospital. The average journey by car is 41 minutes. By public transport the journey takes about 1 hour 50 minutes and needs two buses (the X14 to Marlow Cross bus station and the 6 to the hospital). The last bus back to Kelsford leaves St Aldric's at 10.25pm.

The Health Board would offer:

- free parking at St Aldric's for parents and carers of children on Heron Ward;
- a travel fund of up to £40 a day for families who do not have a car;
- six new parents' rooms on Heron Ward so that one parent can stay with their child overnight.

### 5. Costs

The extension of Heron Ward would cost £1.2 million, a one-off sum. Once the change is made, the Health Board expects to save £730,000 a year, mostly through lower agency spending at Kelsford. The Health Board has said the savings would be reinvested in children's community nursing.

### 6. Options considered

- **Option A:** no change. Not preferred, because it does not solve the staffing gaps.
- **Option B (preferred):** overnight inpatient beds move to St Aldric's; Wren Ward becomes a PAU open 8am to 10pm.
- **Option C:** close Wren Ward entirely, with all children's assessment and inpatient care at St Aldric's. Not preferred, because of the extra travel for families and pressure on St Aldric's.

If the Board approves Option B on Thursday 26 June 2025, the change would take effect from Monday 1 September 2025.

### 7. How to respond

You can respond online, by post to Freepost CARRAN CONSULTATION, or at one of four public drop-in events. The drop-in at Kelsford Library is on Wednesday 9 April 2025, from 2pm to 7pm.

"We want to hear from parents, young people and staff," said Gareth Lyle, Director of Strategy and Planning. "Nothing has been decided, and everything people tell us will be reported to the Board before it makes its decision."
`;

/** h712: sources/fire_service_incident_summary.md, whole. */
const DEPOT_FIRE = `# WESTMOOR AND DUNSFORD FIRE AND RESCUE SERVICE

## Incident Summary: Fire at Westmoor Buses depot, Harrowgate Lane, Kelsborough

**Incident number:** WD/2025/03/1184
**Incident dates:** Tuesday 11 March 2025 to Wednesday 12 March 2025
**Prepared by:** Group Manager Alan Pritchard, Head of Response (West Area)
**Issued:** Friday 14 March 2025
**Status:** Public summary. The full fire investigation report will follow.

### 1. Summary

Shortly before midnight on Tuesday 11 March 2025, Joint Fire Control received a 999 call reporting smoke inside the main garage of the Westmoor Buses depot on Harrowgate Lane, Kelsborough. On arrival, the first crew found a single-deck bus well alight in bay 7, with fire spreading to vehicles parked on either side.

The incident was escalated to a 10-pump fire. At its height, 10 fire engines, one aerial ladder platform and one water carrier were in attendance, with approximately 65 firefighters. Crews came from Kelsborough, Dunsford, Harwick, Oldmere and Fenby fire stations.

Fourteen buses were destroyed and three further buses were damaged. The fire was declared under control at 03:20 on Wednesday 12 March. Crews remained at the scene damping down and monitoring hot spots until 16:00 on Wednesday 12 March.

This was the largest fire attended by the Service in Kelsborough since the Brindle Road warehouse fire in August 2019, which required 12 fire engines.

### 2. Timeline

| Time | Date | Event |
|---|---|---|
| 23:47 | Tue 11 Mar | First 999 call received by Joint Fire Control from a member of depot staff reporting smoke in the main garage. |
| 23:49 | Tue 11 Mar | Two fire engines from Kelsborough fire station mobilised. |
| 23:55 | Tue 11 Mar | First fire engine in attendance. Crew reports single-deck bus well alight in bay 7, fire spreading to adjacent vehicles. |
| 00:06 | Wed 12 Mar | Incident commander, Station Manager Dawn Ashby, requests "make pumps 6" and an aerial ladder platform. |
| 00:21 | Wed 12 Mar | "Make pumps 10". Kelsborough Police ask residents of 38 homes in Tannery Street and Mill Close to leave their homes as a precaution. |
| 00:40 | Wed 12 Mar | Partial collapse of the garage roof over bays 5 to 9. Crews withdrawn to defensive positions. |
| 01:15 | Wed 12 Mar | Fire prevented from spreading to the fuel store and the administration block. Group Manager Alan Pritchard takes command. |
| 03:20 | Wed 12 Mar | Fire declared under control. |
| 05:40 | Wed 12 Mar | "Stop" message sent: no further resources required. |
| 07:30 | Wed 12 Mar | Residents of Tannery Street and Mill Close allowed to return home. |
| 16:00 | Wed 12 Mar | Final crews leave the scene after damping down. |

### 3. Resources at the height of the incident

- Fire engines: 10
- Aerial ladder platform: 1
- Water carrier: 1
- Firefighters: approximately 65
- Stations involved: Kelsborough, Dunsford, Harwick, Oldmere, Fenby

### 4. Casualties

No members of the public or depot staff were injured. Two firefighters were treated at the scene for heat exhaustion. Neither required hospital treatment.

### 5. Damage

| Item | Figure |
|---|---|
| Buses destroyed | 14 (10 single-deck, 4 double-deck) |
| Buses damaged but repairable | 3 |
| Buses driven out of the building by staff before crews arrived | 6 |
| Garage floor area | approx. 5,800 square metres |
| Garage floor area damaged by fire | approx. 2,300 square metres |
| Roof collapsed | approx. 40% of garage roof, over bays 5 to 9 |
| Fuel store (approx. 40,000 litres of diesel) | Not affected |
| Administration block | Smoke damage only |

### 6. Cause

The fire is believed to have started accidentally in the engine compartment of a diesel single-deck bus parked in bay 7. An electrical fault is considered the most likely cause. A joint investigation by the Service and Kelsborough Police found no evidence of deliberate ignition, and the fire is not being treated as suspicious.

### 7. Fire safety

The garage did not have a sprinkler system. A sprinkler system is not a legal requirement for a building of this type and age. The automatic fire detection system operated as designed and raised the alarm.

### 8. Comment

Group Manager Alan Pritchard said: "Crews faced an extremely challenging fire, with intense heat, exploding tyres and a partial roof collapse. Their work stopped the fire reaching the fuel store, which held around 40,000 litres of diesel, and that prevented a far more serious incident. I would like to thank the residents of Tannery Street and Mill Close for their patience overnight."

Station Manager Dawn Ashby said: "The quick actions of depot staff, who raised the alarm and moved six buses clear, made a real difference in the first few minutes."
`;

/** h712: sources/westmoor_buses_statement.md, whole. */
const DEPOT_OPERATOR = `# WESTMOOR BUSES LTD: PRESS STATEMENT

## Fire at Harrowgate Lane depot, Kelsborough

**Issued:** Wednesday 12 March 2025, 14:00
**Updated:** Friday 14 March 2025, 10:00
**Contact:** Westmoor Buses press office, Kelsborough

Westmoor Buses can confirm that a fire broke out late on Tuesday 11 March at our Harrowgate Lane depot in Kelsborough. Fourteen of the 52 buses based at the depot were destroyed: 10 single-deck buses and four double-deck buses. Three further buses were damaged and will be repaired.

No member of our staff was hurt. Three members of the night team raised the alarm and moved six buses out of the garage before the fire service arrived, and we are enormously grateful to them and to Westmoor and Dunsford Fire and Rescue Service.

Priya Kendall, managing director of Westmoor Buses, said: "Losing 14 buses overnight is the most serious blow this company has faced in its 40-year history, but nobody was hurt, and that is what matters most. I want to thank our night team and the firefighters who worked through the night."

### The vehicles

The destroyed buses had an average age of six years. The four double-deck buses were delivered new in 2021. We estimate the cost of replacing the 14 vehicles at about £4.2 million. The vehicles and the depot are fully insured.

Harrowgate Lane is one of our two depots. Our Dunsford depot, which has 37 buses, was not affected.

### Services

On Wednesday 12 March, all services from Harrowgate Lane were suspended until midday, with a limited service in the afternoon.

From Thursday 13 March, a reduced timetable is operating on the following routes:

| Route | Between | Normal frequency | Reduced frequency |
|---|---|---|---|
| 12 | Kelsborough – Oldmere | every 12 minutes | every 20 minutes |
| 12A | Kelsborough – Oldmere via Kelsborough General Hospital | every 30 minutes | hourly |
| 31 | Kelsborough town circular | every 15 minutes | every 30 minutes |
| 44 | Kelsborough – Fenby | every 20 minutes | every 40 minutes |
| X7 | Kelsborough – Harwick express | hourly | suspended |

Passengers on the X7 are advised to use route 44 or the train. All nine of our school services are operating as normal.

Martin Greaves, operations director, said: "We know a bus every 20 minutes instead of every 12 is a real inconvenience, and we are sorry. Every spare vehicle we can find is being put on the road."

### Replacement vehicles

Our sister company Coastline Travel, based in Harwick, is lending us nine buses. The first will arrive on Friday 14 March and the remainder on Monday 17 March. We have also hired two coaches from Fenby Coaches.

By agreement with Northline Rail, Westmoor Buses tickets will be accepted on Northline Rail trains between Kelsborough and Harwick until Sunday 30 March.

We expect to restore the full timetable by Monday 31 March.

### Our staff

Around 210 staff work at Harrowgate Lane. No member of staff will lose pay as a result of the fire. Drivers whose duties are affected are being redeployed to the Dunsford depot or to replacement services.

We will publish further updates on our website and social media channels.
`;

describe('titled surnames, levels reached, route numbers and "had no", with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"with Cllr Aled Morgan against" is the minutes\' "Against 1 (Cllr Morgan)"; Cllr Peter Haskins is not', async () => {
    const minutes = judgeWith(await workspaceIndex({ 'sources/02_parish_council_minutes.md': SHOP_MINUTES }));
    const morgan = minutes('The vote was five to one, with Cllr Aled Morgan against.');
    assert.deepEqual(morgan.conflicts, [], why(morgan));
    const haskins = minutes('The vote was five to one, with Cllr Peter Haskins against.');
    assert.equal(haskins.verdict, 'contradicted', why(haskins));
  });

  test('"the delivery round, which is up to 64 households" is 64 households; 46 is caught', async () => {
    const shop = judgeWith(await workspaceIndex({ 'sources/04_interview_shop_manager.md': SHOP_INTERVIEW }));
    const reached = shop('Mr Okafor has restarted the newspaper delivery round, which now reaches 64 households.');
    assert.deepEqual(reached.conflicts, [], why(reached));
    const other = shop('Mr Okafor has restarted the newspaper delivery round, which now reaches 46 households.');
    assert.ok(other.conflicts.some((c) => c.source === '64 households'), why(other));
  });

  test('"needs two buses (the X14 … and the 6 to the hospital)" counts two buses, not six; "three buses" is caught', async () => {
    const board = judgeWith(await workspaceIndex({ 'sources/consultation_document.md': WARD_CONSULTATION }));
    const two = board('The average car journey between the two hospitals takes 41 minutes, but by public transport it takes about 1 hour 50 minutes and needs two buses.');
    assert.deepEqual(two.conflicts, [], why(two));
    const three = board('By public transport the journey takes about 1 hour 50 minutes and needs three buses.');
    assert.ok(three.conflicts.some((c) => c.claim === 'three' && c.source === 'two'), why(three));
  });

  test('"had no sprinkler system, which … was not a legal requirement" is "did not have a sprinkler system. … is not a legal requirement"', async () => {
    const fire = judgeWith(await workspaceIndex({ 'sources/fire_service_incident_summary.md': DEPOT_FIRE, 'sources/westmoor_buses_statement.md': DEPOT_OPERATOR }));
    const none = fire('The building had no sprinkler system, which the fire service said was not a legal requirement for a depot of its type and age.');
    assert.deepEqual(none.conflicts, [], why(none));
    const had = fire('The building had a sprinkler system, which the fire service said was a legal requirement for a depot of its type and age.');
    assert.ok(had.conflicts.some((c) => c.kind === 'negation'), why(had));
  });
});
