/**
 * A factory fire and chemical leak: the fire service's incident update (plain text) and the company's statement with the
 * environment agency's air quality update (Markdown, with a table). The sources are written for these tests (from a
 * helper's draft); the company, the places and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const UPDATE = `SEVERNVALE FIRE AND RESCUE SERVICE
INCIDENT UPDATE No. 3 / HAZARDOUS MATERIALS NOTICE

Issued:        06:45, Wednesday 15 October 2025
Incident ref:  SFRS/2025/10418
Location:      Dunmore Polymers Ltd, Unit 7, Lockside Industrial Estate,
               Brackwell, BK4 9TR
Status:        Major incident (declared 22:31, 14/10/2025)

----------------------------------------------------------------------
SUMMARY
----------------------------------------------------------------------
At 21:52 on Tuesday 14 October, Fire Control received the first of 37
emergency calls reporting a large fire at the Dunmore Polymers plant on
Lockside Industrial Estate. The first appliance, from Brackwell fire
station, arrived at 21:59. Incident commander Area Manager Rhiannon
Pryce declared a major incident at 22:31.

At the height of the fire, 14 fire engines and around 85 firefighters
were in attendance, supported by two aerial ladder platforms, a
high-volume pump from Tewford and the service's hazardous materials and
environmental protection officer. Neighbouring Marchland Fire and Rescue
Service sent four appliances under mutual aid arrangements.

The fire involved a two-storey warehouse measuring approximately 60
metres by 40 metres, in which finished resin products and raw materials
were stored. Around 70% of the warehouse roof collapsed at about 23:40.
The adjoining production hall was damaged by smoke but not by fire. The
fire was declared under control at 04:15 on Wednesday 15 October.

----------------------------------------------------------------------
CASUALTIES
----------------------------------------------------------------------
Two employees of Dunmore Polymers were treated at the scene by West
Severn Ambulance Service for smoke inhalation. One, a 43-year-old man,
was taken to Brackwell General Hospital as a precaution and was
discharged at 03:20. One firefighter suffered a minor hand injury and
was treated at the scene. No members of the public were injured.

All 19 staff on the night shift were accounted for by 22:10.

----------------------------------------------------------------------
HAZARDOUS MATERIALS
----------------------------------------------------------------------
The site operator has confirmed that around 12 tonnes of styrene
monomer were stored in bulk tanks on the site at the time of the fire,
together with approximately 800 litres of sodium hypochlorite and
smaller quantities of methyl ethyl ketone (MEK) peroxide. The styrene
tanks are located in a bunded compound 25 metres east of the warehouse.

At approximately 00:50, crews identified a leak from a valve on one of
the three styrene tanks, which had been heated by the fire. Hazmat crews
wearing gas-tight suits isolated the valve at 02:05. Dunmore Polymers
estimates that up to 1,500 litres of styrene escaped into the bund. The
bund held, and no styrene is believed to have reached the Brack Brook,
which runs along the northern boundary of the site. The sodium
hypochlorite store was not affected by the fire.

Firefighting water run-off is being contained using drain blockers and a
temporary lagoon created on the site's car park. The Environment Agency
has been informed and is on site.

----------------------------------------------------------------------
EVACUATION AND SHELTER ADVICE
----------------------------------------------------------------------
An evacuation cordon of 400 metres was put in place around the site at
22:45. Approximately 240 residents from Canal Street, Wharf Lane and the
Lockside Park estate were evacuated to a rest centre at Brackwell
Leisure Centre, which was opened by Brackwell District Council at 23:15.
A further 1,100 households within 1 kilometre of the site were advised
to keep windows and doors closed.

The 400-metre cordon remains in place. Residents are not yet able to
return home. The A458 Lockside Road remains closed between the Mill
Roundabout and Ferry Bridge. Three schools - St Anne's Primary, Lockside
Primary and Brackwell Academy - will be closed on Wednesday 15 October.

Speaking at the scene, Area Manager Rhiannon Pryce said: "This was a
very challenging fire in a building containing hazardous chemicals, and
crews worked through the night in difficult conditions. The leak has
been stopped and the fire is under control, but we will be on site for
at least the next 48 hours."

Deputy Chief Fire Officer Martin Okafor said: "I want to thank residents
for their patience. Keeping people away from the smoke was our
priority, and that is why we took the decision to evacuate early rather
than wait."

----------------------------------------------------------------------
CAUSE
----------------------------------------------------------------------
The cause of the fire is not yet known. A joint investigation by the
fire service and Severnvale Police will begin once the site is safe.
Police have said there is nothing at this stage to suggest the fire was
started deliberately.

----------------------------------------------------------------------
RESOURCES ON SCENE (as at 06:30)
----------------------------------------------------------------------
Six fire engines remain at the scene, with crews damping down hotspots.
A drone team is monitoring the site using thermal imaging cameras.

----------------------------------------------------------------------
NEXT UPDATE
----------------------------------------------------------------------
The next update will be issued at 12:00 on Wednesday 15 October.

Media enquiries: SFRS Press Office, 01632 960 418 (24 hours)

ENDS
`;

const STATEMENTS = `# Lockside Industrial Estate fire, Brackwell

*Compiled for media: company statement (10:30) and Environment Agency air quality update (13:00), Wednesday 15 October 2025*

---

## Statement from Dunmore Polymers Ltd

**Issued: 10:30, Wednesday 15 October 2025**

Dunmore Polymers deeply regrets the disruption caused to our neighbours in Brackwell by last night's fire at our Lockside site.

We are grateful to Severnvale Fire and Rescue Service, West Severn Ambulance Service and Severnvale Police for their response. All 19 colleagues on shift were evacuated safely, and the colleague who was taken to hospital has now returned home.

Chief executive **Helen Marsh** said:

> "Our first thought is for the people of Brackwell who spent the night away from their homes. We will cover reasonable costs that residents have incurred as a result of the evacuation, and we are cooperating fully with the fire service, the police and the Environment Agency."

The company is setting up a **£250,000 community support fund**. Households inside the evacuation zone will be able to claim up to £500 each towards hotel, food and cleaning costs. A dedicated helpline (0800 046 2210) opens at 14:00 today.

Site operations director **Gareth Lowe** said the Lockside plant, which employs 210 people and makes glass-reinforced plastic panels and resins, passed its most recent fire safety inspection in March 2025.

> "The sprinkler system in the warehouse activated as designed, but the fire grew faster than it could control," Mr Lowe said.

Production at the site will be suspended for at least three weeks. All staff will continue to receive full pay during the shutdown, and the company said no jobs are at risk. Initial estimates put the value of stock lost in the warehouse at about £4.2 million; the buildings and plant are insured.

Dunmore Polymers has not yet been able to establish what caused the fire and will not speculate while the investigation is under way.

**Media contact:** Sarah Quinlan, head of communications, press@dunmorepolymers.co.uk

---

## Environment Agency: air quality update

**Issued: 13:00, Wednesday 15 October 2025**

### What we are doing

The Environment Agency was alerted to the incident at 22:20 on Tuesday 14 October. An Air Quality Cell (AQC) was stood up at 23:30 with the UK Health Security Agency (UKHSA), Brackwell District Council and the Met Office to assess the risk from the smoke plume.

We deployed three mobile air monitoring units, which were operating by 01:30 at:

- Canal Street, about 300 metres north-east of the site
- Brackwell Leisure Centre (rest centre), about 900 metres south
- Ferry Bridge, about 1.2 kilometres north-east

### What the readings show

A light south-westerly wind carried the plume north-east across the Lockside Park estate for most of the night.

| Location | Pollutant | Peak (µg/m³) | Time of peak | Reading at 11:00 (µg/m³) |
|---|---|---|---|---|
| Canal Street | Styrene | 410 | 02:00 | 35 |
| Canal Street | PM2.5 | 180 | 01:00 | 22 |
| Ferry Bridge | Styrene | 95 | 03:00 | 12 |
| Brackwell Leisure Centre | PM2.5 | 48 | 05:00 | 14 |

Styrene concentrations at Canal Street peaked at 410 micrograms per cubic metre (µg/m³) at 02:00 and had fallen to 35 µg/m³ by 11:00, a drop of more than 90%. Styrene levels at Ferry Bridge were lower than at Canal Street throughout the night.

Fine particulate (PM2.5) levels at the leisure centre rose between 03:00 and 06:00 as the wind briefly backed to the south-east, before falling back below 25 µg/m³ by 09:00. No readings at the rest centre exceeded the level at which the AQC would have advised moving evacuees.

Dr Priya Natarajan, the agency's area environment manager for Severnvale, said:

> "The latest readings show that air quality around the site is improving steadily. We will keep our monitors in place for as long as the fire service is on site."

Dr Owen Fairley, consultant in health protection at UKHSA, said:

> "Styrene has a sweet smell that people can detect at very low levels, well below those that would harm health. If you can smell it, keep windows closed, but there is no need to be alarmed."

### Water quality

Samples taken from the Brack Brook at 07:00 did not show any detectable styrene. However, officers found around 30 dead fish along a 200-metre stretch downstream of the site's surface water outfall, and are investigating whether firefighting run-off was the cause.

Dunmore Polymers holds an environmental permit for the site, issued in 2019. The agency has not taken any enforcement action against the company in the past five years.

### Advice to residents

- People living within 1 kilometre of the site should keep windows and doors closed until at least 18:00 today.
- People with asthma or other breathing conditions should keep their inhalers with them and avoid being outdoors near the site.
- Do not touch debris or soot that has fallen in gardens; if you need to clear it, wear gloves and wash your hands afterwards.
- Do not let pets or children play in or near the Brack Brook until further notice.

Our next update will be issued at 17:00 today.

*Environment Agency incident line: 0800 807 060 (24 hours)*
`;

const files = { 'sfrs_incident_update_3_hazmat.txt': UPDATE, 'dunmore_statement_and_ea_air_quality.md': STATEMENTS };

describe("a factory fire: the fire service's update and the statements, with the product's word vectors", () => {
  withProductWordVectors();

  test('the same figure in another unit of length is a slip: "within 1 mile" / "within 1 kilometre"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported (1 km is 0.62 miles, within a "1 mile"'s rounding).
    verdict('contradicted', 'A further 1,100 households within 1 mile of the site were told to keep their windows and doors closed.', [['1 mile', '1 kilometre']]);
    verdict('supported', 'A further 1,100 households within 1 kilometre of the site were told to keep their windows and doors closed.');
  });
});
