/**
 * An airliner's emergency landing: the investigators' special bulletin (Markdown, a summary table and a sequence of
 * events) and the airline's statement (plain text). Distances in nautical miles ("62 nm") are not kilometres. The sources
 * are written for these tests (from a helper's draft); the airline, aircraft and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const BULLETIN = `# AAIB Special Bulletin S2/2024

**Air Accidents Investigation Branch**
Farnborough House, Berkshire Copse Road, Aldershot, Hampshire GU11 2HH

**Published:** Friday 15 March 2024

---

## Serious Incident

| | |
|---|---|
| **Aircraft type and registration** | Airbus A321-251NX, G-OSHR |
| **Operator** | Solent Airways Ltd |
| **Flight number** | SLN482 |
| **Route** | Manchester Airport (EGCC) to Málaga-Costa del Sol Airport (LEMG) |
| **Date and time (UTC)** | Monday 11 March 2024 at 0947 hrs |
| **Location** | Diversion to Bristol Airport (EGGD), climbing through FL285 over the Bristol Channel |
| **Type of flight** | Commercial Air Transport (Passenger) |
| **Persons on board** | Crew 8, Passengers 194 |
| **Injuries** | Crew 1 (minor), Passengers 3 (minor) |
| **Nature of damage** | Damage to the No 2 (right) engine; debris damage to the right inboard flap fairing |
| **Commander's licence** | Airline Transport Pilot's Licence |
| **Commander's age** | 47 years |
| **Commander's flying experience** | 11,240 hours (4,310 of which were on type) |
| **Information source** | AAIB Field Investigation |

---

## Introduction

This Special Bulletin contains facts which have been determined up to the time of issue. It is published to inform the aviation industry and the public of the general circumstances of a serious incident. The information contained in this bulletin should be regarded as tentative and is subject to alteration or correction if additional evidence becomes available.

The AAIB was notified of the event at 1031 hrs on 11 March 2024 and deployed a team of four inspectors to Bristol Airport, where they arrived at 1540 hrs the same day. In accordance with established international arrangements, the Bureau d'Enquêtes et d'Analyses (BEA) of France, representing the State of Design and Manufacture of the aircraft, has appointed an Accredited Representative. The engine manufacturer, CFM International, and the operator are assisting the investigation as advisers.

## History of the flight

The aircraft departed Manchester Airport from Runway 23R at 0921 hrs with a scheduled arrival in Málaga at 1205 hrs. The co-pilot, First Officer Daniel Okafor, was the pilot flying; the commander, Captain Rebecca Hallworth, was the pilot monitoring.

At 0947 hrs, while climbing through FL285, the crew heard a loud bang and felt a pronounced vibration through the airframe. The Electronic Centralised Aircraft Monitor (ECAM) displayed an ENG 2 STALL caution, followed 14 seconds later by an ENG 2 FIRE warning. The crew carried out the ENG 2 FIRE procedure and discharged the first fire extinguisher bottle at 0948 hrs. The fire warning extinguished 22 seconds after the first bottle was discharged, and the second bottle was not used.

The commander declared a MAYDAY to London Control at 0948 hrs and requested a diversion. London Control offered Cardiff and Bristol; the commander chose Bristol, which was 62 nm to the east, because of its longer runway and the availability of the operator's engineering support there. The aircraft descended to FL100 and was vectored for an ILS approach to Runway 27.

Cabin crew reported to the flight deck that passengers seated on the right side of the cabin, in rows 18 to 24, had seen flames and a trail of smoke from the right engine. The senior cabin crew member, Purser Aisling Dunne, briefed the cabin for a precautionary landing. No smoke entered the cabin.

The aircraft landed on Runway 27 at Bristol at 1016 hrs, 29 minutes after the engine failure, with a landing weight of 81.4 tonnes. This was 2.4 tonnes above the maximum landing weight of 79.0 tonnes; an overweight landing inspection has since been carried out. The aircraft stopped on the runway and airport fire and rescue services attended within 90 seconds. They found no evidence of an active fire, but noted hot spots on the right engine cowlings.

After consultation with the fire service, the commander decided not to conduct an emergency evacuation. Passengers disembarked using airstairs and were taken by bus to the terminal, the last leaving the aircraft at 1058 hrs. One cabin crew member and three passengers were treated for minor injuries, two of them sustained during the turbulent descent when unsecured items fell from overhead lockers.

## Sequence of events

| Time (UTC) | Event |
|---|---|
| 0921 | Take-off from Manchester Runway 23R |
| 0947:12 | Loud bang; ENG 2 STALL caution, climbing through FL285 |
| 0947:26 | ENG 2 FIRE warning |
| 0948:05 | First extinguisher bottle discharged |
| 0948:27 | ENG 2 FIRE warning extinguished |
| 0948:40 | MAYDAY declared to London Control |
| 0952 | Diversion to Bristol agreed; descent to FL100 |
| 1009 | Established on ILS Runway 27 |
| 1016 | Touchdown at Bristol |
| 1017:30 | Airport fire and rescue services at aircraft |
| 1058 | Last passenger disembarked |

## Initial examination

The No 2 engine, a CFM LEAP-1A32, had accumulated 6,812 hours and 3,105 cycles since new. A preliminary borescope examination found that a single high-pressure turbine stage 1 blade had released at its root. The released blade caused secondary damage to the downstream stages but did not penetrate the engine casing. A section of the exhaust plug, approximately 40 cm long, was missing and has not been recovered.

The engine has been removed and will be shipped to the manufacturer's facility for a detailed strip examination under AAIB supervision. The flight data recorder and cockpit voice recorder were recovered and successfully downloaded at the AAIB's facility in Farnborough.

The investigation has not identified any previous maintenance issues with the engine. The engine was last inspected on 2 February 2024, when no defects were found.

## Safety action

The engine manufacturer has informed the AAIB that it is aware of two similar blade release events worldwide in the past 18 months, both on aircraft operated outside the UK. As a precaution, the operator has carried out borescope inspections of the high-pressure turbine on the other 11 LEAP-1A engines in its fleet; no defects were found.

The AAIB's investigation continues and a final report will be published in due course. Deputy Chief Inspector of Air Accidents, Marcus Teale, said: "The crew's handling of this event was exemplary, and the early indications are that a single turbine blade failed. Our priority now is to understand why that blade failed, and whether other engines could be affected."

---

*© Crown copyright 2024. Extracts may be published without specific permission providing that the source is duly acknowledged. AAIB investigations are conducted in accordance with Annex 13 to the ICAO Convention and the Civil Aviation (Investigation of Air Accidents and Incidents) Regulations 2018. The sole objective of the investigation of an accident or incident is the prevention of future accidents and incidents. It is not the purpose of such an investigation to apportion blame or liability.*
`;

const STATEMENT = `SOLENT AIRWAYS - MEDIA STATEMENT
FOR IMMEDIATE RELEASE

Update on flight SLN482, Manchester to Malaga
Issued: Tuesday 12 March 2024, 14:00 GMT
Solent Airways Ltd, Press Office, Southampton Airport, Southampton SO18 2NL

Solent Airways can confirm that on Monday 11 March 2024, flight SLN482 from Manchester to Malaga diverted to Bristol Airport following a technical issue with one of the aircraft's two engines. The aircraft, an Airbus A321neo, landed safely at Bristol at 10:16 local time and was met on the runway by the airport's fire and rescue service as a standard precaution.

All 194 passengers and eight crew members disembarked normally via steps and were taken to the terminal. Four people, three passengers and one member of our cabin crew, were seen by paramedics for minor injuries. None of them needed to go to hospital.

Our chief operating officer, Helen Marchetti, said:

"I want to begin by apologising to every customer on board SLN482. A diversion like this is a frightening experience, and I am sorry for the distress it caused. Our pilots and cabin crew did exactly what they are trained to do, and I am immensely proud of how calmly and professionally they looked after everyone on board.

"Safety is always our first priority. We are cooperating fully with the Air Accidents Investigation Branch and with the engine manufacturer, and we will not speculate on the cause while their work continues."

Care of passengers

Our customer service team in Bristol met passengers in the terminal and provided refreshments and meal vouchers worth GBP 15 per person. Of the 194 passengers, 151 chose to continue their journey to Malaga on a replacement aircraft, a Boeing 737-800 chartered from our partner airline Aerolinea Brisa, which departed Bristol at 18:35 and arrived in Malaga at 22:40 local time.

The remaining 43 passengers chose not to travel on Monday. Of these, 29 have been rebooked on flights to Malaga from Manchester later this week, at no extra cost, and 14 have asked for a full refund, which will be processed within seven days. Coaches were provided to take customers who did not wish to travel back to Manchester Airport, departing Bristol at 16:00.

In addition to the reimbursement of reasonable expenses, every passenger on SLN482 will receive compensation of GBP 350, in line with UK261 rules for flights of this distance. Customers do not need to make a claim; we will contact each of them directly by email by Friday 22 March. We are also offering each passenger a voucher worth GBP 100 towards a future Solent Airways flight, valid for 12 months.

Customers who have further questions can call our dedicated line on 0330 221 4820, which is open from 08:00 to 20:00 every day, or email sln482@solentairways.co.uk.

The aircraft

The aircraft involved, registration G-OSHR, joined our fleet in April 2021 and is one of six Airbus A321neo aircraft we operate. It remains at Bristol, where our engineers are working alongside the AAIB. The affected engine has been removed and will be sent to the manufacturer for examination.

As a precaution, our engineering team inspected the engines on all of our other A321neo aircraft overnight on 11 and 12 March. No defects were found, and all five aircraft have returned to service. There has been no disruption to our wider schedule, and no other flights have been cancelled as a result of the incident.

Our head of flight operations, Captain Graham Fairweather, said: "Engine failures on modern aircraft are very rare, but our crews train for them in the simulator twice a year. Captain Hallworth and First Officer Okafor handled this by the book, and I have spoken to both of them personally to thank them."

Solent Airways carried 4.2 million passengers in 2023, up 18 per cent on the previous year, and operates a fleet of 27 aircraft from Manchester, Southampton, Bristol and Newcastle. This is the first engine-related diversion in the airline's 16-year history.

Notes to editors

- Solent Airways will not be making any further comment on the cause of the incident while the AAIB investigation is ongoing.
- Photographs of the aircraft at Bristol must not be attributed to Solent Airways.
- Interview requests for Helen Marchetti should be directed to the press office on 0330 221 4800.

ENDS
`;

const files = { 'aaib-special-bulletin-S2-2024.md': BULLETIN, 'solent-airways-statement.txt': STATEMENT };

describe('an emergency landing\'s bulletin and the airline\'s statement, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"62 nm" is nautical miles, not kilometres', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported (the bare 62 stated "62 km").
    verdict('unsupported', 'Bristol was 62 km to the east when the crew chose to divert there.');
    verdict('supported', 'Bristol was 62 nautical miles to the east when the crew chose to divert there.');
  });

  test('"2.4 tonnes below its maximum landing weight" / "This was 2.4 tonnes above the maximum landing weight" in the next sentence', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'The aircraft landed at 81.4 tonnes, 2.4 tonnes below its maximum landing weight.', [['below', 'above']]);
    verdict('supported', 'The aircraft landed at 81.4 tonnes, 2.4 tonnes above its maximum landing weight.');
  });
});
