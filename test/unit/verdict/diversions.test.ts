/**
 * A passenger jet's emergency landing: the air accident investigators' interim bulletin (hard-wrapped plain text, times in
 * UTC) and the airline's statement (Markdown). The sources are written for these tests (from a helper's draft); the
 * airline, the aircraft and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const BULLETIN = `AIR ACCIDENTS INVESTIGATION DIRECTORATE

INTERIM BULLETIN                                  Ref: AAID/IB/2024/07

SERIOUS INCIDENT

Aircraft Type and Registration:   Airbus A321-271NX, G-NVRA
No & Type of Engines:             2 turbofan engines
Year of Manufacture:              2021 (Serial no: 10412)
Date & Time (UTC):                2 October 2024 at 14:21
Location:                         En route, FL370, approximately 85 nm
                                  north-west of Bordeaux, France
Type of Flight:                   Commercial Air Transport (Passenger)
Persons on Board:                 Crew - 7          Passengers - 188
Injuries:                         Crew - 1 (Minor)  Passengers - 2
(Minor)
Nature of Damage:                 Severe damage to No 2 engine; impact
                                  marks on right wing leading edge
Commander's Licence:              Airline Transport Pilot's Licence
Commander's Age:                  46 years
Commander's Flying Experience:    11,240 hours (of which 3,870 were on
type)
                                  Last 90 days - 162 hours
                                  Last 28 days - 51 hours
Information Source:               AAID Field Investigation

Published: Thursday 14 November 2024

This bulletin contains facts which have been determined up to the time
of issue. It is published to inform the aviation industry and the public
of the general circumstances of accidents and serious incidents and
should be regarded as tentative and subject to alteration or correction
if additional evidence becomes available.

In accordance with the Civil Aviation (Investigation of Air Accidents
and Incidents) Regulations, the sole objective of the investigation of
an accident or incident is the prevention of future accidents and
incidents. It is not the purpose of such an investigation to apportion
blame or liability.

SYNOPSIS

While cruising at FL370 on a scheduled flight from Edinburgh to Tenerife
South, the flight crew heard a loud bang and felt a strong vibration
through the airframe. The No 2 (right) engine indicated high vibration
and a rapid rise in exhaust gas temperature (EGT), and the crew shut the
engine down in accordance with the operator's procedures. The crew
declared a MAYDAY, descended and diverted to Bordeaux-Merignac Airport,
where the aircraft landed without further incident at 14:58 UTC.
Preliminary examination of the engine found that one fan blade had
separated at its root.

HISTORY OF THE FLIGHT

The aircraft departed Edinburgh Airport at 12:49 UTC on Wednesday 2
October 2024, operating scheduled flight NV482 to Tenerife South with
188 passengers and seven crew on board. The commander was the pilot
flying and the first officer, aged 31, was the pilot monitoring.

At 14:21 UTC, while in the cruise at FL370 with the autopilot engaged,
the flight crew heard a loud bang from the right side of the aircraft,
followed by severe vibration. Several passengers seated in rows 18 to 22
on the right side later reported seeing flames and sparks from the
engine exhaust.

The ECAM displayed an ENG 2 STALL caution followed by an ENG 2 HIGH
VIBRATION message. The No 2 engine N1 vibration reading reached 10
units, the maximum indication. At 14:22 UTC the crew retarded the No 2
thrust lever to idle and, at 14:24 UTC, shut down the engine and
discharged the first of the engine's two fire extinguisher bottles as a
precaution. No fire warning was triggered at any stage.

The commander declared a MAYDAY to Bordeaux Area Control Centre at 14:23
UTC and requested a descent and vectors to the nearest suitable airport.
The aircraft descended to FL100 and was radar-vectored towards Runway 23
at Bordeaux-Merignac, 85 nm to the south-east.

The senior cabin crew member informed the flight crew that a cabin crew
member had been struck by a service cart in the rear galley during the
initial vibration. Two passengers sustained minor injuries when they
were thrown against armrests while returning to their seats.

The aircraft is not equipped with a fuel jettison system and the crew
elected to land overweight rather than hold to burn off fuel. The
landing weight was calculated at 81,600 kg, 2,400 kg above the maximum
landing weight of 79,200 kg.

The aircraft landed on Runway 23 at 14:58 UTC and came to a stop on the
runway. The airport rescue and firefighting service, which had been
placed on full emergency, inspected the No 2 engine and reported no
signs of fire. Brake temperatures peaked at 340 degrees C. The aircraft
was towed to Stand 14 and the passengers disembarked normally via
airstairs at 15:41 UTC. No emergency evacuation was ordered.

METEOROLOGICAL INFORMATION

The 15:00 UTC weather report for Bordeaux-Merignac gave a surface wind
from 240 degrees at 12 kt, visibility of more than 10 km, scattered
cloud at 3,500 ft and a temperature of 17 degrees C.

ENGINE EXAMINATION

An initial examination of the No 2 engine was carried out at Bordeaux on
Friday 4 October 2024. One of the engine's 20 fan blades had separated
at its root. The separated blade was contained within the fan case, but
the inlet cowl was damaged and small fragments were ejected forwards,
leaving three impact marks on the right wing leading edge. The engine
had accumulated 14,385 hours and 6,912 cycles since new. The blade root
has been sent to the engine manufacturer's laboratory, where it will be
examined under AAID supervision.

RECORDED INFORMATION

The flight data recorder (FDR) and cockpit voice recorder (CVR) were
removed from the aircraft and downloaded at the AAID's laboratory in
Cranfield. The CVR retained the final two hours of audio, which included
the whole of the event.

SAFETY ACTIONS

On 18 October 2024 the operator began ultrasonic inspections of the fan
blades on all 24 engines of the same type in its fleet of 12 A321neo
aircraft. No cracks had been found at the time of publication. On 30
October 2024 the engine manufacturer issued a Service Bulletin
recommending ultrasonic inspection of fan blades that have exceeded
5,000 cycles.

FURTHER WORK

The investigation will examine the metallurgy of the failed blade, the
engine's maintenance history and the adequacy of the existing inspection
intervals. A final report will be published in due course.

Investigator in charge:  Principal Inspector Callum Ferrier
Approved by:             Dr Imogen Strachan, Chief Inspector of Air
Accidents

(c) Crown copyright 2024. Published 14 November 2024.
`;

const STATEMENT = `[Home](/) · [Book](/book) · [Manage booking](/manage) · [Flight status](/status) · **[Media Centre](/media)**

# Statement on flight NV482, Edinburgh to Tenerife South

**Norvale Airways Media Centre** · Updated Friday 4 October 2024, 11:00 BST

*This statement updates our statements of Wednesday 2 October and Thursday 3 October.*

## What happened

On Wednesday 2 October, flight NV482 from Edinburgh to Tenerife South, operated by an Airbus A321neo, diverted to Bordeaux-Mérignac Airport in France after the crew shut down one of the aircraft's two engines as a precaution. The aircraft landed safely at 16:58 local time (15:58 BST), and all 188 customers and seven crew members left the aircraft by the normal steps.

Three people, one member of our cabin crew and two customers, were treated by paramedics at the airport for minor injuries. None of them needed hospital treatment.

## Statement from our Chief Executive

Marguerite Oyelaran, Chief Executive of Norvale Airways, said:

> "I want to apologise to every customer on board NV482 for what was a frightening experience. Our flight deck and cabin crew did exactly what they are trained to do, calmly and professionally, and I could not be prouder of them. We are giving the investigators our full cooperation, and we will share what we learn with the rest of the industry."

## Our crew

The flight was commanded by Captain Fiona Marchetti, who has flown with Norvale for 14 years, with First Officer Tomasz Wierzbicki. The cabin team was led by Cabin Manager Aisling Dunphy.

Captain Desmond Achterberg, Norvale's Director of Flight Operations, said: "Engine failures at cruise altitude are extremely rare, but they are something our pilots rehearse in the simulator twice a year. The crew handled this one by the book, and they brought everyone home safely."

## Looking after our customers

- All 188 customers were accommodated overnight in four hotels in Bordeaux, with transport from the airport provided by Norvale.
- A replacement aircraft, Airbus A321neo G-NVRC, departed Bordeaux at 10:40 local time on Thursday 3 October and arrived in Tenerife South at 13:25 local time. 171 customers travelled on; the other 17 chose to fly back to Edinburgh on Thursday evening.
- Every customer on NV482 will receive a full refund of the fare for the journey and a £250 travel voucher valid for 12 months.
- We will reimburse reasonable hotel and meal expenses of up to £120 per person, on presentation of receipts, for customers who made their own arrangements.
- Baggage for the 17 customers who returned to Edinburgh was delivered to their homes on Friday 4 October.

## Questions and answers

**Is the aircraft grounded?**
Yes. The aircraft, registration G-NVRA, will remain at Bordeaux while its right-hand engine is replaced. We expect it to return to service before the end of October.

**Are your other aircraft safe to fly?**
Yes. Our engineering team has begun additional inspections of the engines on the other 11 A321neo aircraft in our fleet, and none has shown any fault. We will follow every recommendation from the investigators and the engine manufacturer.

**Who is investigating?**
The Air Accidents Investigation Directorate (AAID) is leading the investigation, assisted by the French safety investigation authority. The AAID normally publishes an interim bulletin within 60 days. We cannot comment on the possible cause while the investigation is under way.

**I was on board. Who can I talk to?**
Please call our dedicated care line on 0800 046 4820, open from 08:00 to 20:00 every day, or write to nv482@norvaleairways.example. Our customer care team, led by Head of Customer Care Priya Ramasubramanian, will contact every customer individually by Friday 11 October.

**Will my future bookings be affected?**
No. All other Norvale flights are operating as scheduled.

## Media enquiries

Norvale Airways Press Office
Email: press@norvaleairways.example
Telephone: +44 (0)131 496 0738 (24 hours)

---

[About us](/about) · [Careers](/careers) · [Privacy](/privacy) · [Cookies](/cookies) · [Contact](/contact)

© 2024 Norvale Airways Ltd. Registered in Scotland, company number SC418206. Registered office: Norvale House, 9 Ingliston Road, Edinburgh EH28 8NB.
`;

const files = { 'aaid-interim-bulletin.txt': BULLETIN, 'norvale-statement.md': STATEMENT };

describe("an emergency landing: the interim bulletin and the airline's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('a time is the one whose words follow it across a comma ("at 14:24 UTC, shut down the engine")', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "14:24" against "14:22" (the time the thrust lever was moved to idle).
    verdict('supported', 'At 14:24 UTC the crew shut down the engine and discharged the first of its two fire extinguisher bottles as a precaution.');
  });

  test("a contradiction's message is one line though the source's date is hard-wrapped", async () => {
    const report = await checkAgainst(files, '# Diverted\n\nThe aircraft had left Edinburgh Airport at 12:49 UTC on Tuesday 2 October 2024.\n');
    // Was "The source gives Wednesday 2\nOctober 2024, not …".
    assert.deepEqual(report.findings.map((f) => f.message.replace(/ \(.*$/, '')), ['The source gives Wednesday 2 October 2024, not Tuesday 2 October 2024']);
  });

  test('two caps are two figures: "up to £150 per person" / "up to £120 per person"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported (a cap within a fifth of another read as agreeing).
    verdict('contradicted', 'Norvale will reimburse hotel and meal expenses of up to £150 per person for customers who made their own arrangements.', [['£150', '£120']]);
    verdict('supported', 'Norvale will reimburse hotel and meal expenses of up to £120 per person for customers who made their own arrangements.');
  });
});
