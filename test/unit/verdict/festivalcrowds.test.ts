/**
 * A festival's record attendance and a crowd-safety incident: the organiser's statement (Markdown) and the police and
 * ambulance service's joint update (plain text). The sources are written for these tests (from a helper's draft); the
 * festival, the services and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const STATEMENT = `# PRESS RELEASE

**Brackenmoor Festivals Ltd**
Tolvern Park Estate Office, Ashcombe, Severnvale SV7 4QL
**Ref:** BF/PR/2025/031
**For immediate release:** 11:00, Monday 21 July 2025

---

## Brackenmoor 2025 breaks attendance record as organisers commission independent review of Saturday's Meadow Stage incident

Brackenmoor Festival 2025 welcomed 52,400 visits across its three days at Tolvern Park, near Ashcombe, from Friday 18 July to Sunday 20 July: the highest attendance in the festival's history.

The figure exceeds the previous record of 47,850, set in 2023, by 9.5 per cent. It is also up from 44,300 in 2024, when heavy rain forced the closure of the campsite car parks on the Friday and around 3,000 ticket-holders chose not to travel.

This year's event was the 14th edition of the festival, which was first held in 2010 and did not take place in 2020 or 2021.

### Attendance by day

| Day      | Date    | Attendance | Daily capacity | % of capacity |
|----------|---------|-----------:|---------------:|--------------:|
| Friday   | 18 July |     15,860 |         19,500 |           81% |
| Saturday | 19 July |     19,120 |         19,500 |           98% |
| Sunday   | 20 July |     17,420 |         19,500 |           89% |
| **Total**|         | **52,400** |     **58,500** |       **90%** |

*Attendance figures include ticket-holders and guests. They exclude the 2,140 staff, contractors, volunteers and artists accredited on site.*

A weekend ticket cost £189, and day tickets £79. More than 40 per cent of ticket-holders used the festival's shuttle buses from Marlbury railway station, which made 1,180 journeys across the weekend.

Based on a 2024 study by the University of Marlbury's Centre for Rural Enterprise, the organisers estimate that the festival contributed £4.2 million to the local economy. A £2 donation included in every ticket, together with bucket collections at the festival's bars, raised £186,000 for the festival's charity partner, Ashcombe Valley Hospice.

Harriet Lomax, festival director, said:

> "To welcome more people to Tolvern Park than ever before is something our whole team has worked towards since we first put up a stage in a sheep field in 2010. But a record is not what this weekend will be remembered for by those who were caught up on Saturday night, and it should not be. Our thoughts are with everyone who was hurt or frightened, and with their families."

### Saturday 19 July: Meadow Stage incident

At approximately 21:40 on Saturday 19 July, during the headline set by The Glass Orchards on the Meadow Stage, crowd pressure built up in the front-left section of the arena, close to the pit barrier.

Stewards and security staff raised the alarm with event control, and the performance was stopped at 21:47 at the request of event control. The band's singer, Tam Kerrigan, asked the audience to take three steps back while stewards and medical staff helped people out of the affected area, including over the front barrier.

Following a joint decision by event control, Severnvale Police and Severnvale Ambulance Service, the set resumed at 22:25, after a pause of 38 minutes. The band played a shortened set, finishing at 23:05 rather than the scheduled 23:15.

Our on-site medical provider, Castleway Event Medical, worked alongside Severnvale Ambulance Service to assess and treat those affected. We understand from the emergency services that eight people were taken to hospital. As of this morning, we understand that one person remains in hospital. We are in contact with the families of those who were taken to hospital and have offered our support.

Daniel Okafor-Reid, head of safety and operations at Brackenmoor Festivals Ltd, said:

> "Our stewards did exactly what they were trained to do: they spotted the pressure early, they called it in and the show was stopped within six minutes of the first report. That said, six minutes is a long time if you are the person at the barrier, and we want to understand every one of those minutes."

### Changes made for Sunday 20 July

Following discussions overnight with the emergency services and Ashcombe District Council, the following measures were put in place before the arena opened at 12:00 on Sunday:

- front-of-stage capacity in the Meadow Stage arena was reduced by 15 per cent, from 8,000 to 6,800;
- an additional 60 stewards were deployed, bringing the total on duty from 420 to 480;
- a second, D-shaped pit barrier, 40 metres long, was installed overnight in front of the Meadow Stage;
- the Meadow Stage screens showed crowd-safety messages every 20 minutes throughout the day.

Sunday's programme went ahead as planned, and no further crowd-safety incidents were reported.

### Independent review

Brackenmoor Festivals Ltd has commissioned an independent review of the incident, to be led by Dr Fenella Marsh, a crowd-safety consultant and former head of crowd science at the University of Marlbury. Dr Marsh will have full access to CCTV footage, steward radio logs and event control records.

The review will publish its findings by Friday 31 October 2025. Its report will also be shared with Ashcombe District Council's Safety Advisory Group, which advises the council on the festival's premises licence. The licence permits up to 21,000 people on site at any one time.

Priya Chandrasekar, chief executive of Brackenmoor Festivals Ltd, said:

> "We will not be announcing dates or capacity for 2026 until Dr Marsh has reported and we have discussed her findings with the Safety Advisory Group. We owe that to everyone who comes to Brackenmoor, and to everyone who works here."

Anyone who was at the Meadow Stage on Saturday night and wishes to share their experience with the review can email review@brackenmoorfestival.co.uk.

---

### Notes to editors

1. Brackenmoor Festival is a three-day music and arts festival held each July at Tolvern Park, near Ashcombe, Severnvale. It is run by Brackenmoor Festivals Ltd, an independent company founded in 2009.
2. The Meadow Stage is the festival's main stage. Its arena covers approximately 3.4 hectares.
3. Medical cover at the festival is provided by Castleway Event Medical, under an agreement with Severnvale Ambulance Service NHS Foundation Trust.
4. Questions about casualties should be directed to Severnvale Police and Severnvale Ambulance Service, which issued a joint update at 09:30 on Sunday 20 July.
5. High-resolution images of the festival site are available on request.

**Media contact:** Joanna Thwaite, communications manager, Brackenmoor Festivals Ltd
press@brackenmoorfestival.co.uk | 01632 960 418

ENDS
`;

const UPDATE = `SEVERNVALE POLICE
SEVERNVALE AMBULANCE SERVICE NHS FOUNDATION TRUST

JOINT MEDIA UPDATE

Reference:   SVP-MR-25-0719/114
Issued:      09:30, Sunday 20 July 2025
Subject:     Incident at Brackenmoor Festival, Tolvern Park, Ashcombe -
             Saturday 19 July 2025
Status:      Update 2 (supersedes holding statement issued 23:55, 19 July)

======================================================================

SUMMARY

Severnvale Police and Severnvale Ambulance Service (SAS) responded to
reports of crowd pressure in front of the Meadow Stage at Brackenmoor
Festival, Tolvern Park, near Ashcombe, on the evening of Saturday
19 July 2025.

A total of 27 people were assessed by ambulance and event medical
teams. Nineteen were treated at the scene and discharged. Eight people
were taken to hospital.

At this stage there is nothing to suggest that a criminal offence was
committed. Police are not treating the incident as criminal.

----------------------------------------------------------------------

TIMELINE (all times Saturday 19 July unless stated)

  21:41   Event control receives a steward report of crowd pressure
          at the front-left of the Meadow Stage arena.
  21:43   Police silver commander, Chief Inspector Rosalind Achebe,
          informed in the joint event control room.
  21:47   Performance on the Meadow Stage halted.
  21:52   SAS crews already deployed at the festival arrive at the
          Meadow Stage front-of-stage medical point.
  21:58   SAS declares a major incident.
  22:10   Additional SAS crews dispatched from Marlbury and Kingsholm.
  22:25   Performance resumes following a joint decision by event
          control, police and SAS.
  22:36   First patient taken to hospital.
  23:40   Major incident stood down.
  00:15   (Sunday 20 July) Last patient taken to hospital.

----------------------------------------------------------------------

CASUALTIES

  Patients assessed at scene ............................. 27
  Treated at scene and discharged ........................ 19
  Taken to hospital ...................................... 8
      Severnvale Royal Infirmary, Marlbury ............... 5
      Kingsholm General Hospital ......................... 3

Injuries included a fractured wrist, bruising, breathing difficulties
and fainting. One woman, aged 22, suffered chest injuries and is in a
serious but stable condition at Severnvale Royal Infirmary.

As of 08:00 on Sunday 20 July, six of the eight people taken to
hospital had been discharged. Two remain in hospital: the 22-year-old
woman, and a man aged 31 who is being kept under observation at
Kingsholm General Hospital.

----------------------------------------------------------------------

RESOURCES DEPLOYED (SAS)

  - 11 ambulance crews, including those pre-deployed at the event
  - 2 rapid response vehicles
  - the Hazardous Area Response Team (HART)
  - 3 duty operations managers and a senior clinical team

The Severnvale Air Ambulance was placed on standby but was not used.

----------------------------------------------------------------------

POLICING OF THE FESTIVAL

Police made four arrests over the festival weekend (Friday 18 July to
Sunday 20 July, as at 08:00). None was connected with the Meadow Stage
incident:

  - three people were arrested for possession of Class A drugs;
  - one man was arrested on suspicion of assault at the festival
    campsite on Friday night.

No arrests have been made in connection with the Meadow Stage incident.

----------------------------------------------------------------------

STATEMENTS

Superintendent Marcus Ellingham, gold commander for the event,
Severnvale Police:

  "At this stage there is nothing to suggest that any criminal offence
  was committed, and we are not treating the incident as criminal. We
  are working with the organisers and the local authority to
  understand exactly what happened in those few minutes in front of
  the stage."

Chief Inspector Rosalind Achebe, silver commander, Severnvale Police:

  "I would like to thank the festival-goers who helped those around
  them, lifted people over the barrier and followed the instructions
  of stewards. Their calmness made a real difference."

Gareth Pryce-Watkins, head of emergency preparedness, Severnvale
Ambulance Service:

  "Declaring a major incident allowed us to bring extra crews and a
  senior clinical team to Tolvern Park quickly. Thankfully, the number
  of patients was lower than we initially planned for, and we were
  able to stand down within two hours. I want to thank our crews and
  the event medical team from Castleway, who worked side by side
  throughout."

----------------------------------------------------------------------

APPEAL

Police are asking anyone who filmed the Meadow Stage crowd between
21:30 and 22:30 on Saturday to share their footage via the Severnvale
Police online portal, quoting log 1142 of 19 July. This is to help
establish the sequence of events and does not indicate that any
offence is suspected.

----------------------------------------------------------------------

NOTES FOR NEWSDESKS

1. The names of those taken to hospital will not be released.
2. SAS is unable to comment on individual patients' conditions beyond
   the information above.
3. Questions about festival operations, capacity and stewarding should
   be directed to Brackenmoor Festivals Ltd.
4. The next joint update will be issued at 16:00 today (Sunday 20 July)
   or sooner if there is a significant development.

Severnvale Police press office:            01632 960 200
Severnvale Ambulance Service press office: 01632 960 355

ENDS
`;

const files = { 'brackenmoor_organiser_statement.md': STATEMENT, 'joint_update_police_ambulance.txt': UPDATE };

describe("a festival's crowd incident: the organiser's statement and the joint update, with the product's word vectors", () => {
  withProductWordVectors();

  test('"not … until" says when, even with many words between', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source says the opposite" ("will not be announcing dates and capacity for 2026 until …").
    verdict('supported', 'Priya Chandrasekar, chief executive of Brackenmoor Festivals Ltd, said dates and capacity for 2026 would not be announced until Dr Marsh had reported.');
  });
});
