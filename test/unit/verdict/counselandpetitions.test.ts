/**
 * The fifty-second round, third part: faithful sentences shown as errors in h698–h703 (written against this round's
 * first fixes) and one the round's first form made. A day the claim gives with another time is that time's ("at 02:10
 * the next morning, but … not sent until 11:40 on Friday 16 August"); one who speaks for a body speaks its words ("Ms
 * Philippa Rendle KC, for Marlbrook Water Services Ltd"); a word after a call for it is no claim that it happened ("A
 * petition calling for the parking to be restored"); a denied verb before "over" bounds no figure ("cannot take
 * vehicles over 7.5 tonnes"). The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h700: sources/esa_statement.md, whole. */
const ESA_STATEMENT = `# Environmental Standards Agency — Statement

**Ashcombe Ridge Landfill fire: update on air quality and regulatory action**
**Issued: Friday 16 August 2024, 16:00**
**Harrowshire and Dunmere Area**

The Environmental Standards Agency (ESA) has been working with Harrowshire Fire and Rescue Service, Dunmere District Council and the UK Health Security Agency's local health protection team since the fire at Ashcombe Ridge Landfill, near Little Wexcombe, began on Tuesday afternoon.

## Air quality monitoring

ESA officers installed a mobile air quality monitor at Little Wexcombe Primary School, about 1.2 kilometres north-east of the site, at 19:00 on Tuesday 13 August. A second monitor was installed at Hatherby Community Centre, 2.8 kilometres east of the site, on Wednesday 14 August at 10:00.

The highest reading recorded was an hourly average of 187 micrograms per cubic metre (µg/m³) of fine particulate matter (PM2.5) at the Little Wexcombe monitor, for the hour ending 21:00 on Tuesday. For comparison, typical background levels of PM2.5 in the area are around 8 µg/m³.

Daily average PM2.5 readings were:

| Date | Little Wexcombe Primary School (µg/m³) | Hatherby Community Centre (µg/m³) |
|---|---|---|
| Tuesday 13 August (from 19:00) | 64 | — |
| Wednesday 14 August | 41 | 22 |
| Thursday 15 August | 18 | 11 |
| Friday 16 August (to 12:00) | 9 | 7 |

Readings at Hatherby were lower throughout than those at Little Wexcombe. Levels at both monitors have now returned close to normal background levels. The monitors will remain in place until at least Friday 23 August.

The UK Health Security Agency advises that people with asthma or other lung or heart conditions should carry their medication and avoid strenuous outdoor activity when smoke is visible or can be smelt.

## Reports from the public

Between Tuesday afternoon and 12:00 on Friday, the ESA received 212 reports from members of the public about smoke and odour from the fire. Most came from Little Wexcombe; 38 came from Hatherby.

## Regulatory action

ESA officers carried out an inspection of the site on Wednesday 14 August. Officers found a stack of baled waste in Cell 4 estimated to be 5.5 metres high. The site's approved fire prevention plan sets a maximum stack height of 4 metres and requires a separation distance of 6 metres between stacks; officers measured gaps of less than 3 metres between some stacks.

As a result, the ESA has served a suspension notice on Tarrant Resource Management Ltd under the site's environmental permit. The notice prohibits the acceptance of any new waste into Cell 4 until Monday 30 September 2024, or until the ESA is satisfied that the fire prevention plan is being met, whichever is later. Waste may still be accepted into Cell 3, subject to daily checks on stack heights.

The ESA is investigating whether permit conditions were breached. It is too early to say whether enforcement action, including prosecution, will follow.

## Comment

Helen Markby-Ross, Area Environment Manager for Harrowshire and Dunmere, said:

"We know how distressing the smoke has been for people living around the site, and we are sorry for the disruption to their lives this week. Fire prevention plans exist precisely to stop a small fire becoming a large one. What our officers found on Wednesday falls well short of what we expect, and we will not allow waste to go back into that cell until we are confident it is being managed safely."

She added: "Our monitoring shows that air quality has improved significantly since Wednesday, but we will keep the monitors in place and publish the data daily."

## Notes

- Air quality data are published daily on the ESA's Harrowshire and Dunmere web page.
- Members of the public can report pollution to the ESA incident hotline, open 24 hours.
- The site's environmental permit was issued in 1998 and last varied in 2019.
`;

/** h700: sources/fire_incident_log.md, whole. */
const FIRE_LOG = `# Harrowshire Fire and Rescue Service — Incident Log

**Incident number:** HFRS/24/08/4417
**Incident type:** Fire — waste site (landfill)
**Location:** Ashcombe Ridge Landfill, Stannington Road, Little Wexcombe, Dunmere
**Site operator:** Tarrant Resource Management Ltd
**Incident commander (from 16:10, Tuesday 13 August 2024):** Group Manager Priya Okonedo
**Log compiled by:** Station Manager Dale Fenwick, Wexcombe Fire Station
**Log closed:** Saturday 17 August 2024

## Summary

A fire involving mixed commercial and household waste in Cell 4 (the active tipping area) of Ashcombe Ridge Landfill. At its height the fire covered an area of approximately 2,400 square metres. Eight fire engines, one high-volume pump and an aerial ladder platform attended, with a maximum of 45 firefighters on site at any one time. Crews used around 1.8 million litres of water, most of it drawn from the site's surface-water lagoon. Site plant (two tracked excavators operated by Tarrant staff) was used under fire service direction to pull burning waste apart and create a firebreak.

No injuries were reported. No buildings beyond the site boundary were damaged.

## Timed log

| Date and time | Entry |
|---|---|
| Tue 13 Aug, 14:52 | 999 call received from site supervisor reporting smoke and flames in Cell 4. |
| Tue 13 Aug, 14:54 | Two fire engines mobilised from Wexcombe Fire Station. |
| Tue 13 Aug, 15:04 | First engine in attendance. Crew report fire in baled waste, estimated area 600 square metres, heavy smoke drifting north-east towards Little Wexcombe. |
| Tue 13 Aug, 15:12 | Make-up to four engines requested. |
| Tue 13 Aug, 15:40 | Public advice issued via HFRS social media and local radio: residents of Little Wexcombe and Hatherby to keep windows and doors closed. |
| Tue 13 Aug, 16:10 | Group Manager Priya Okonedo arrives and takes command. Make-up to eight engines plus high-volume pump requested. |
| Tue 13 Aug, 16:45 | Harrowshire Police close Stannington Road between the Hatherby roundabout and Mill Lane. |
| Tue 13 Aug, 17:20 | High-volume pump set into site lagoon. Aerial ladder platform in attendance. |
| Tue 13 Aug, 18:30 | Fire area estimated at 2,400 square metres. Fire spreading west across Cell 4 with wind of 15–20 mph from the south-west. |
| Tue 13 Aug, 19:05 | Two Tarrant excavators begin cutting a firebreak along the western edge of Cell 4 under HFRS supervision. |
| Tue 13 Aug, 21:30 | Environmental Standards Agency duty officer on site. Firewater run-off contained within site lagoon. |
| Wed 14 Aug, 02:10 | Fire surrounded. No further spread. |
| Wed 14 Aug, 07:00 | Crews reduced to five engines. Damping down and turning over of waste begins. |
| Wed 14 Aug, 12:00 | Stannington Road reopened. |
| Thu 15 Aug, 09:00 | Crews reduced to two engines. Thermal imaging shows hot spots at depth in the north-west corner of Cell 4. |
| Fri 16 Aug, 11:40 | Stop message sent: fire extinguished, damping down continuing. |
| Sat 17 Aug, 09:15 | Final crew leaves site. Site handed back to operator. Incident closed. |

## Resources

| Resource | Number |
|---|---|
| Fire engines (maximum at one time) | 8 |
| High-volume pump | 1 |
| Aerial ladder platform | 1 |
| Firefighters (maximum at one time) | 45 |
| Total crew shifts over the incident | 61 |
| Water used (approximate) | 1.8 million litres |
| Duration, 999 call to final crew leaving | 90 hours 23 minutes |

## Cause

The cause of the fire is recorded as **accidental, under investigation**. The fire investigation officer, Watch Manager Colin Aspey, noted that the fire started within a stack of baled commercial waste and that "a damaged lithium-ion battery discarded in general waste is the most likely ignition source, but this cannot be confirmed because of the degree of fire damage." Arson has been ruled out: the site was staffed at the time and CCTV shows no unauthorised access.

## Incident commander's note

Group Manager Priya Okonedo: "This was a protracted and difficult fire. Baled waste burns deep and holds heat for days, which is why crews were still finding hot spots on Thursday. I want to thank residents for their patience, and the site staff whose excavator work stopped the fire reaching Cell 3."

Comparison noted for the record: the previous fire attended at this site, on Thursday 17 March 2022, covered approximately 150 square metres and was dealt with by two engines in under four hours.
`;

/** h702: sources/01_court_sentencing_summary.md, whole. */
const COURT_SUMMARY = `# Hallowford Crown Court — Sentencing Summary

**Case:** Waterways Protection Agency v Marlbrook Water Services Ltd
**Court:** Hallowford Crown Court, Court 3
**Judge:** Her Honour Judge Eleanor Strachan
**Date of sentence:** Friday 14 March 2025
**Prosecuting:** Mr Daniel Okafor, counsel for the Waterways Protection Agency
**Defending:** Ms Philippa Rendle KC, for Marlbrook Water Services Ltd

## 1. Background

Marlbrook Water Services Ltd ("the company") operates the Ashcombe Wastewater Treatment Works, which serves about 38,000 people in Ashcombe, Little Tarrow and Wendlebury and discharges treated effluent to the River Leddon under an environmental permit issued by the Waterways Protection Agency ("the Agency").

The company pleaded guilty to three offences at Hallowford Magistrates' Court on Tuesday 8 October 2024. The magistrates committed the case to the Crown Court for sentence because of the scale of the harm and the size of the company.

## 2. The offences

**Count 1 — Unpermitted discharge of untreated sewage, 17 to 19 June 2023.**
At about 02:40 on Saturday 17 June 2023, the main inlet pump at Ashcombe failed. The standby pump had been out of service since April 2023 awaiting a replacement part. Untreated sewage backed up and overflowed through the emergency outfall to the River Leddon for about 52 hours, until a hired pump was brought into use at about 06:30 on Monday 19 June 2023.

**Count 2 — Discharge from the Wendlebury Lane storm overflow in dry weather, Wednesday 9 August 2023.**
The storm overflow spilled for 7 hours and 15 minutes when no rain had fallen in the catchment for eleven days. The cause was a blockage of fats and wipes in the pass-forward pipe, which the company had been told about by a resident nine days earlier.

**Count 3 — Failure to comply with a permit condition on monitoring and notification.**
The high-level alarm at the Ashcombe inlet had been disconnected from the company's telemetry system since February 2023. As a result, the company did not notify the Agency of the June discharge until 11:15 on Monday 19 June 2023, more than 56 hours after it began. The Agency first learned of the incident from a member of the public at 08:05 on Sunday 18 June 2023.

## 3. Environmental impact

Agency officers found a grey plume and sewage fungus along the river downstream of the works. Fish deaths were recorded along a 6.4 km stretch of the Leddon between Ashcombe and Tarrow Bridge.

**Table 1: Water quality downstream of the Ashcombe outfall, Sunday 18 June 2023**

| Measure | Reading | Permit limit / normal level |
|---|---|---|
| Ammonia (as N) | 18.6 mg/l | 5 mg/l (permit limit) |
| Dissolved oxygen | 11% saturation | 85–95% (typical for this reach) |
| Biochemical oxygen demand | 64 mg/l | 20 mg/l (permit limit) |

**Table 2: Dead fish counted by Agency officers, 18 to 21 June 2023**

| Species | Number |
|---|---|
| Brown trout | 1,260 |
| Bullhead | 1,740 |
| Grayling | 410 |
| Minnow and stone loach | 770 |
| **Total** | **4,180** |

Mr Okafor told the court that the true number of fish killed was "likely to be several times higher", because many small fish are eaten or washed away before they can be counted. He said a full recovery of the grayling population could take "at least five to seven years".

## 4. The company's previous record

The company has seven previous convictions for environmental offences since 2015. The most recent, in 2022, concerned a discharge into the Cray Brook, for which it was fined £480,000.

## 5. Sentencing

The judge applied the sentencing guideline for environmental offences. She found the company's culpability in count 1 to be high ("reckless") and the harm to fall into category 1, the most serious. The company's annual turnover of £612 million placed it in the "very large organisation" band.

The judge said a starting fine of £4.8 million was appropriate before credit for the guilty pleas. She reduced the total by one third for the pleas at the first opportunity.

**Table 3: Penalties**

| Item | Amount |
|---|---|
| Count 1 fine | £2,100,000 |
| Count 2 fine | £750,000 |
| Count 3 fine | £350,000 |
| **Total fine** | **£3,200,000** |
| Prosecution costs | £186,400 |
| Victim surcharge | £190 |

The company was given 28 days to pay.

## 6. Sentencing remarks (extracts)

Judge Strachan said:

"This was not an accident in any meaningful sense. The standby pump had been broken for two months, the alarm had been switched off for four, and the company knew both of these things."

"A river is not a convenient place to store a problem until the repair budget allows it to be fixed."

"I have taken into account the company's apology and the work it says it has since carried out. But remorse expressed after prosecution carries less weight than prevention before it."

On the fine, the judge said: "The fine must be large enough to bring home to the directors and shareholders of a company of this size that compliance is cheaper than offending."

## 7. Mitigation

Ms Rendle told the court that the company had installed two new standby pumps at Ashcombe by Friday 22 September 2023 and reconnected the alarm to telemetry the day after the incident ended. She said the company "accepts in full" that it had let down the communities along the Leddon.
`;

/** h702: sources/02_marlbrook_statement.md, whole. */
const MARLBROOK_STATEMENT = `# Marlbrook Water Services — Statement

**For immediate release — Friday 14 March 2025**

## Marlbrook Water statement following sentencing at Hallowford Crown Court

Marlbrook Water Services Ltd today accepted the sentence handed down at Hallowford Crown Court in relation to incidents at Ashcombe Wastewater Treatment Works and the Wendlebury Lane storm overflow in the summer of 2023.

Adrian Coller, chief executive of Marlbrook Water, said:

"We are truly sorry for the harm we caused to the River Leddon and to everyone who loves it. What happened in June 2023 should never have happened, and we have accepted our responsibility from the very first day."

"We have learned hard lessons at Ashcombe. Nobody at Marlbrook will be allowed to treat a broken standby pump or a disconnected alarm as something that can wait."

### What we have done since 2023

- Installed two new standby pumps at Ashcombe, in service since September 2023.
- Reconnected and tested every high-level alarm at our 214 treatment works, completing the review in January 2024.
- Created a 24-hour river incident team of 16 staff, based at our Hallowford operations centre.
- Increased our spending on maintenance at treatment works from £38 million in 2022/23 to £52 million in 2024/25.

### What we will do next

- Invest £41 million to upgrade the Ashcombe works, increasing storm storage capacity by 60% and adding a new phosphorus removal stage. Work will begin in June 2025 and is due to be completed by Wednesday 31 March 2027.
- Donate £250,000 to the Leddon Rivers Trust over three years to fund habitat restoration and fish restocking along the affected stretch. This is a voluntary payment and is separate from the fine.
- Publish spill data for every storm overflow on our website within one hour of a spill starting.

### Our performance on storm overflows

Across the Marlbrook region, our storm overflows spilled 11,240 times in 2024, down 18% from 13,710 in 2023. The total duration of spills fell from 98,400 hours in 2023 to 81,900 hours in 2024.

| Year | Number of spills | Total duration (hours) |
|---|---|---|
| 2023 | 13,710 | 98,400 |
| 2024 | 11,240 | 81,900 |

Helen Marsh, Marlbrook Water's director of environment, said:

"These figures are moving in the right direction, but we know that a single serious incident like Ashcombe can undo years of progress for a river. Our target is to cut spills by half by 2030 compared with 2023."

### Notes to editors

Marlbrook Water Services Ltd supplies drinking water to 1.9 million customers and treats wastewater for 2.3 million people across Hallowshire and parts of Kestrelshire. The company employs about 3,400 staff.

Media enquiries: press office, Marlbrook Water Services Ltd, Hallowford.
`;

/** h703: sources/02_traders_association_statement.md, whole. */
const TRADERS_STATEMENT = `# Kestrel Street Traders' Association

## Statement in response to the council's Year One Monitoring Report

**For immediate release: Thursday 20 March 2025**

The Kestrel Street Traders' Association (KSTA), which represents 41 independent businesses on Kestrel Street and Granary Lane, today responds to Marlford Borough Council's Year One Monitoring Report on the Kestrel Street cycle lane, published on Tuesday 18 March 2025.

The association does not oppose cycling. It does oppose the way the scheme has been delivered, and the council's decision not to restore any of the parking that was taken away.

### Our members' survey

Between Monday 13 January 2025 and Friday 7 February 2025 the association surveyed all 41 member businesses about their trading since the lane opened. 33 businesses responded.

- 24 of the 33 (73%) said their takings were lower than in the same period a year earlier.
- 5 said takings were about the same.
- 4 said takings were higher.
- Among the businesses reporting lower takings, the average reported fall was 18%.
- 29 of the 33 said customers had complained to them about parking.
- 21 said they had had deliveries delayed or refused because drivers could not find somewhere to stop.

Three businesses on the street have closed since the lane opened: The Copper Kettle café (closed August 2024), Wrenfield Florists (closed November 2024) and Kestrel Dry Cleaners (closed January 2025). The association accepts that other factors, including energy costs and rents, played a part.

### What the chair says

Graham Pellow, chair of the Kestrel Street Traders' Association and owner of Pellow & Sons Hardware, said:

"Kestrel Street was built on people being able to pull up, nip in and get on with their day. The council took away 46 spaces and has handed us a bar chart in return."

"Nobody on this street is against children cycling to school. But a footfall counter outside the Corn Exchange tells you nothing about what is happening at the northern end, where the parking went and where the shops are emptiest."

"We were told in 2023 that the council would look again at parking after a year. It has looked again and decided to do nothing."

### What the vice-chair says

Sunita Marr, vice-chair of the association and owner of Marr's Pharmacy at 96 Kestrel Street, said:

"A lot of my customers are elderly or have mobility problems. They used to park outside, come in for a prescription and go home. Now they are being asked to walk 180 metres from Tanner's Yard, and some of them simply can't."

"My wholesaler's driver has been given three parking tickets since October. He now tells me he will deliver before half past ten or not at all."

### Our requests

The association asks Cabinet, when it meets on Wednesday 2 April 2025, to:

1. Reinstate at least 20 on-street parking spaces on the northern section of Kestrel Street, between Granary Lane and the Millbrook roundabout.
2. Introduce free 30-minute parking at Tanner's Yard permanently, not as a trial.
3. Extend loading hours to 12:00 noon.
4. Commission an independent study of spending, not just footfall, on Kestrel Street.

The association welcomes the proposed extension of loading hours and the free parking trial as "a start, but a late one".

### Petition

A petition calling for the reinstatement of parking on Kestrel Street has collected 2,870 signatures online and on paper in member shops. The association will hand it to the council at the Town Hall on Monday 24 March 2025 at 11am.

### Notes to editors

- The KSTA was founded in 1987 and has 41 members.
- Kestrel Street has 64 commercial units, of which 7 are currently vacant.
- Contact: Graham Pellow, chair, via the association's secretary, Lorraine Haddow.
`;

/** h603: sources/01_service_notice_westerly_sound.md, whole. */
const FERRY_NOTICE = `# WESTERLY SOUND FERRIES LTD — SERVICE NOTICE SN-2025-07

**Route:** Port Anselm – Kelvoe
**Issued:** Thursday 6 February 2025, 16:00
**Status:** Temporary timetable in force from Monday 10 February 2025 until Sunday 16 March 2025 (inclusive)

## 1. What has happened

On Tuesday 4 February 2025, during the 08:45 sailing from Kelvoe Pier to Port Anselm, the master of MV *Morwen Lass* reported abnormal vibration and a rising oil temperature in the vessel's starboard reduction gearbox. The vessel completed the crossing at reduced speed on her port engine and berthed at Port Anselm at 09:58, 23 minutes behind schedule. There were 71 passengers and 14 vehicles on board. No one was injured.

An inspection by our technical superintendent and the gearbox manufacturer's engineer on Wednesday 5 February found damage to the gearbox's main bearing. The gearbox cannot be repaired in place and must be replaced. *Morwen Lass* has been withdrawn from service.

All remaining sailings on Tuesday 4 February and all sailings on Wednesday 5 and Thursday 6 February were cancelled. Kelvoe has had no vehicle ferry service since the 08:45 sailing on Tuesday.

## 2. Relief vessel

We have chartered MV *Tern* from Halsey Marine Services of Dunmarrow. *Tern* will begin an interim service on Friday 7 February and will operate the temporary timetable below from Monday 10 February.

*Tern* is a smaller vessel and her crossing is slower. Her vehicle deck cannot take vehicles over 7.5 tonnes gross weight, so heavy goods vehicles cannot be carried until *Morwen Lass* returns. Separate arrangements for heavy freight will be announced as soon as possible.

| | Normal winter timetable (MV *Morwen Lass*) | Temporary timetable (MV *Tern*) |
|---|---|---|
| Return sailings per week | 40 | 25 |
| Passenger capacity per sailing | 240 | 96 |
| Car capacity per sailing | 32 | 12 |
| Maximum vehicle weight | 44 tonnes | 7.5 tonnes |
| Crossing time | 50 minutes | 65 minutes |
| Car spaces per week, each direction | 1,280 | 300 |

## 3. Temporary timetable, Monday 10 February – Sunday 16 March 2025

*Tern* will be berthed overnight at Kelvoe.

| Days | Depart Kelvoe | Depart Port Anselm |
|---|---|---|
| Monday – Friday | 07:00, 10:20, 13:40, 17:00 | 08:40, 12:00, 15:20, 18:40 |
| Saturday | 08:00, 11:20, 15:00 | 09:40, 13:00, 16:40 |
| Sunday | 10:00, 14:30 | 11:40, 16:10 |

For comparison, the normal winter timetable has six return sailings Monday to Saturday (first departure from Kelvoe 06:45, last departure from Port Anselm 18:30) and four on Sundays.

## 4. Bookings and priority

- Vehicle reservations are compulsory on every sailing. Foot passengers will be carried up to the vessel's limit of 96.
- Priority for vehicle space will be given, in this order, to: (1) patients travelling to hospital appointments and their escorts; (2) deliveries of food and fuel to the island; (3) island-registered vehicles; (4) all other traffic.
- Patients should show their appointment letter when booking.
- 2,140 existing vehicle bookings between 10 February and 16 March are affected. Our reservations team will contact every customer by Friday 14 February to rebook or refund.
- Fares are unchanged. Customers who choose not to travel will receive a full refund.

## 5. Return of MV *Morwen Lass*

A replacement gearbox has been ordered from the manufacturer in Rotterdam. Delivery to the Dunmarrow shipyard is expected on Monday 3 March. Fitting, testing and sea trials will take around 10 days. We do not expect *Morwen Lass* to return to service before Monday 17 March 2025. We will update customers every Friday.

## 6. Statement

Fiona Gilchrist, Operations Director, Westerly Sound Ferries, said:

"We are very sorry for the disruption this is causing to the people of Kelvoe. *Tern* is the only vessel available to us at short notice that can use both Kelvoe Pier and the Port Anselm linkspan. We know four sailings a day is not enough, and we are looking at every option to add capacity, but we will not put a vessel on this route that is not certified for it."

**Enquiries:** Westerly Sound Ferries reservations, 01857 440210 (08:00–18:00, seven days).
`;

describe('days of other times, counsel for a company, petitions and limits over a weight, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"at 02:10 the next morning, but … until 11:40 on Friday 16 August" is no 16:00 of the statement issued that Friday', async () => {
    const fire = judgeWith(await workspaceIndex({ 'sources/esa_statement.md': ESA_STATEMENT, 'sources/fire_incident_log.md': FIRE_LOG }));
    const surrounded = fire('The fire was surrounded at 02:10 the next morning, but hot spots deep in the waste meant the stop message was not sent until 11:40 on Friday 16 August.');
    assert.deepEqual(surrounded.conflicts, [], why(surrounded));
    const friday = fire('The fire was surrounded at 02:10 on Friday 16 August.');
    assert.ok(friday.conflicts.some((c) => c.claim === '02:10'), why(friday));
  });

  test('"Marlbrook said it had installed two new standby pumps" is its counsel\'s words; the Agency\'s is not', async () => {
    const files = { 'sources/01_court_sentencing_summary.md': COURT_SUMMARY, 'sources/02_marlbrook_statement.md': MARLBROOK_STATEMENT };
    assert.deepEqual(await misattributions(files, 'Marlbrook said it had installed two new standby pumps at Ashcombe in September 2023 and had checked the high-level alarms at all 214 of its treatment works.'), []);
    const agency = await misattributions(files, 'The Waterways Protection Agency said the company had installed two new standby pumps at Ashcombe by Friday 22 September 2023 and reconnected the alarm to telemetry the day after the incident ended.');
    assert.ok(agency.some((m) => /Rendle/.test(m)), agency.join('\n'));
  });

  test('"A petition calling for the parking to be restored" is no restoring denied; "The council has restored the parking" is', async () => {
    const traders = judgeWith(await workspaceIndex({ 'sources/02_traders_association_statement.md': TRADERS_STATEMENT }));
    const petition = traders('A petition calling for the parking to be restored, with 2,870 signatures, was due to be handed to the council on Monday 24 March.');
    assert.deepEqual(petition.conflicts, [], why(petition));
    const restored = traders('The council has restored the parking that was taken away from Kestrel Street.');
    assert.ok(restored.conflicts.some((c) => c.kind === 'negation'), why(restored));
  });

  test('"cannot take vehicles over 7.5 tonnes" is "cannot take anything heavier than 7.5 tonnes"', async () => {
    const ferry = judgeWith(await workspaceIndex({ 'sources/01_service_notice_westerly_sound.md': FERRY_NOTICE }));
    const heavier = ferry("Because Tern's vehicle deck cannot take anything heavier than 7.5 tonnes, heavy goods vehicles cannot travel until Morwen Lass returns.");
    assert.deepEqual(heavier.conflicts, [], why(heavier));
  });
});
