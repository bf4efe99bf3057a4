/**
 * An onshore wind farm's consent: the developer's press release with a key-facts table, and a public inquiry's
 * transcript with time stamps and speaker labels. The sources are written for these tests (from a helper's draft); the
 * company, the inquiry and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# PRESS RELEASE

**Halvorsen Greenpower UK Ltd**
Ref: HGUK/PR/2025/041
**FOR IMMEDIATE RELEASE: 07:00, Tuesday 14 October 2025**

---

## Ministers grant consent for 108 MW Glenarroch Wind Farm in East Lammermore

*18-turbine scheme to power around 96,000 homes; community fund of up to £540,000 a year*

**KILBRIDE MAINS, East Lammermore:** Halvorsen Greenpower UK has today welcomed the decision by Scottish Ministers to grant consent under Section 36 of the Electricity Act 1989 for the Glenarroch Wind Farm, an 18-turbine onshore scheme on the Glenarroch Estate, 6 km north-west of the village of Kilbride Mains.

The decision letter was issued on Monday 13 October 2025. It follows a public local inquiry held over 11 sitting days at Kilbride Mains Village Hall between 10 and 26 March 2025. The inquiry was conducted by Fiona Lockhart, a Reporter appointed by Scottish Ministers, whose report recommended that consent be granted subject to 41 conditions.

The inquiry was triggered after East Lammermore Council lodged a formal objection to the application. The council's planning committee voted by eight votes to five on Tuesday 21 November 2023 to object, and the council maintained that objection throughout the inquiry.

### The consented scheme

The Glenarroch Wind Farm will comprise 18 turbines with a maximum tip height of 200 metres, each rated at up to 6 MW, giving a total installed capacity of up to 108 MW. The turbines will be paired with a battery energy storage system (BESS) of 40 MW / 80 MWh, located beside the on-site substation.

Once operational, the wind farm is expected to generate around 310 GWh of electricity a year, enough to meet the annual electricity needs of around 96,000 homes.

The application was originally submitted in June 2022 for 23 turbines of up to 230 metres to tip. Following consultation with the council, statutory consultees and local residents, Halvorsen Greenpower UK amended the application in August 2024, removing five turbines (T19 to T23) from the southern ridge nearest Kilbride Mains and reducing the maximum tip height of the remaining turbines from 230 metres to 200 metres.

Electricity will be exported via a 14 km underground cable to the existing Balnagowan substation, avoiding the need for new overhead lines.

### Investment, jobs and community benefit

The project represents a capital investment of approximately £165 million. It is expected to support around 220 jobs at the peak of construction and 12 permanent full-time operations and maintenance posts, which will be based at a new depot in Kilbride Mains.

Halvorsen Greenpower UK will pay community benefit at a rate of £5,000 per megawatt of installed capacity per year, worth up to £540,000 a year, index-linked. Over the wind farm's 35-year operational life this is expected to total around £18.9 million. The company has also offered local communities the opportunity to buy a stake of up to 10% in the project through the Kilbride Mains Community Development Trust.

A Habitat Management Plan covering 1,450 hectares of the estate will include the restoration of 210 hectares of degraded blanket bog, together with new native woodland planting along the Glenarroch Burn.

### Quotes

**Marianne Colquhoun, Managing Director of Halvorsen Greenpower UK, said:**

"This is a landmark day for Glenarroch and for East Lammermore. We listened to the community, we took five turbines off the southern ridge, and we have come back with a scheme that is smaller, quieter and better for the landscape. Now the hard work of building it begins.

"Every pound of the community fund will be decided locally, not in a boardroom miles away."

**Craig Nisbet, Project Director for the Glenarroch Wind Farm, said:**

"Subject to a final investment decision in the third quarter of 2026, we expect to start on site in spring 2027. Construction will take around 26 months, and we are aiming for first power by the end of 2029. We want local contractors to be part of that, and we will be holding a 'meet the buyer' event for suppliers early next year."

**Douglas Ferrie, Chair of Kilbride Mains Community Council, said:**

"Opinion in the village has been divided, and it would be wrong to pretend otherwise. The community council took a neutral position at the inquiry. But the fund and the shared ownership offer give us a real say, and the community council will make sure those promises are kept."

### Next steps

Halvorsen Greenpower UK will hold a public drop-in session at Kilbride Mains Village Hall on Thursday 6 November 2025, from 2pm to 7.30pm, where members of the project team will explain the conditions attached to the consent and the timetable for construction. A second session will be held in Balnagowan later in November, with details to be confirmed.

ENDS

---

### Notes to editors

**1. Key facts: Glenarroch Wind Farm (as consented)**

| Item | Detail |
|---|---|
| Location | Glenarroch Estate, 6 km NW of Kilbride Mains, East Lammermore |
| Number of turbines | 18 (originally 23) |
| Maximum tip height | 200 m (originally 230 m) |
| Turbine rating | up to 6 MW |
| Installed capacity | up to 108 MW |
| Battery storage | 40 MW / 80 MWh |
| Expected annual generation | c. 310 GWh |
| Homes equivalent | c. 96,000 |
| Capital investment | c. £165 million |
| Peak construction jobs | c. 220 |
| Permanent jobs | 12 |
| Community benefit | £5,000 per MW per year (up to £540,000 a year) |
| Shared ownership offer | up to 10% |
| Habitat Management Plan area | 1,450 ha (incl. 210 ha blanket bog restoration) |
| Grid connection | 14 km underground cable to Balnagowan substation |
| Operational life | 35 years |
| Consent conditions | 41 |

**2.** The homes-equivalent figure is based on an average annual domestic electricity consumption of 3,200 kWh and an assumed capacity factor of 33%.

**3.** Halvorsen Greenpower UK Ltd is a wholly owned subsidiary of Halvorsen Kraft AS. The company has its registered office in Dunmarnock and currently operates 11 onshore wind farms in the UK with a combined installed capacity of 640 MW.

**4.** The Reporter's report and the decision letter, including the full schedule of conditions, will be published on the project website, glenarrochwindfarm.co.uk.

**5.** Photographs and visualisations of the consented scheme are available on request.

**Media contact:**
Rhona Baird, Communications Manager, Halvorsen Greenpower UK
Tel: 0131 496 0732 | Mobile: 07700 900418
Email: press@halvorsengreenpower.co.uk
`;

const TRANSCRIPT = `PUBLIC LOCAL INQUIRY
APPLICATION UNDER SECTION 36 OF THE ELECTRICITY ACT 1989
PROPOSED GLENARROCH WIND FARM, GLENARROCH ESTATE, BY KILBRIDE MAINS, EAST LAMMERMORE

Inquiry reference:   WIN-330-7
Applicant:           Halvorsen Greenpower UK Ltd
Reporter:            Fiona Lockhart BA (Hons) MRTPI

DAY 4 - THURSDAY 13 MARCH 2025
Venue:   Kilbride Mains Village Hall, Station Road, Kilbride Mains
Session: Landscape and visual impact (morning); residential amenity - noise (afternoon)

TRANSCRIPT EXCERPT
Prepared by Lammermore Verbatim Reporting Ltd. Excerpt only; passages omitted are marked [...].
This transcript has not been checked by the speakers.

APPEARANCES
For the applicant:              Mr Alasdair Greig KC
For East Lammermore Council:    Ms Priya Raman, advocate
Witnesses called this day:      Dr Ewan Tulloch, landscape architect, Tulloch Landscape
                                Planning (for the council)
                                Ms Helen Marwick, principal acoustic consultant, Marwick
                                Acoustics (for the applicant)
Statement:                      Mrs Janet Abercorn, convener, Save Glenarroch Hills

--------------------------------------------------------------------------------

[10:02]
THE REPORTER: Good morning, everyone, and welcome to day four. We completed the ecology evidence yesterday afternoon. This morning we will hear the council's landscape and visual evidence, and after lunch we turn to noise. Can I remind parties that the accompanied site visit takes place tomorrow, Friday 14 March, leaving from the village hall car park at 9.30am. Ms Raman, I think you are calling Dr Tulloch.

MS RAMAN: I am, madam. I call Dr Ewan Tulloch.

[10:04]
MS RAMAN: Dr Tulloch, you have prepared a precognition for the council. In short, what is your view of the amended scheme?

DR TULLOCH: The landscape and visual impact assessment looked at 19 viewpoints. In my assessment the amended scheme would still give rise to significant visual effects at 11 of those 19, and at four of them the effects would be major. The reduction from 230 to 200 metres is welcome, but it does not go far enough. These remain very large structures on a skyline that has, until now, been entirely free of them.

MS RAMAN: Which viewpoint concerns you most?

DR TULLOCH: Viewpoint 6, the summit of Ben Corrach. It is 9.2 kilometres from the nearest turbine, and from there 16 of the 18 turbines would be visible to hub height. It is the most climbed hill in East Lammermore.

[10:21]
MS RAMAN: And the village itself?

DR TULLOCH: From the northern edge of Kilbride Mains the nearest turbine would be 4.8 kilometres away. Removing turbines T19 to T23 from the southern ridge has helped, I accept that. But the aviation lighting is a new concern. Nine of the 18 turbines would carry visible red lights of 2,000 candela, which can be dimmed to 200 candela when visibility exceeds five kilometres. At night they will be seen from the village.

[...]

[11:14]
MR GREIG: Dr Tulloch, I want to ask you about the council's own landscape capacity study, published in 2019. It identifies the Upland Moor character type, in which the site sits, as having medium capacity for wind energy development. That is right, isn't it?

DR TULLOCH: Medium capacity for turbines up to 150 metres, yes. Not 200.

MR GREIG: The study pre-dates the current generation of turbines, does it not?

DR TULLOCH: It does. But the hills have not got any bigger since 2019.

MR GREIG: And you accept that the site lies outside any national or local landscape designation?

DR TULLOCH: I accept that. Undesignated does not mean unvalued.

[...]

[12:51]
THE REPORTER: Thank you, Dr Tulloch. We will adjourn for lunch and resume at ten to two.

(Adjournment)

[13:50]
THE REPORTER: Mr Greig, noise.

MR GREIG: Thank you, madam. I call Ms Helen Marwick.

[13:52]
MR GREIG: Ms Marwick, which is the closest property to the turbines?

MS MARWICK: Easter Rigg farmhouse. It is 1.3 kilometres from turbine T7, which is the nearest turbine to any dwelling. We assessed 14 noise-sensitive receptors in total.

MR GREIG: And what is the predicted noise level there?

MS MARWICK: The highest predicted level at Easter Rigg is 34.5 dB LA90, at a wind speed of 8 metres per second. The daytime lower limit is 35 dB, so the prediction is half a decibel below that limit. The night-time limit is 43 dB. At no property, at any wind speed, do our predictions exceed the limits in the guidance.

MR GREIG: How was the background noise established?

MS MARWICK: We monitored at five locations over six weeks, from 3 February to 17 March 2021, and derived the limits in accordance with ETSU-R-97 and the Institute of Acoustics good practice guide.

[...]

[14:36]
MS RAMAN: Ms Marwick, February and March 2021. That was during a national lockdown, wasn't it?

MS MARWICK: Part of the period was, yes.

MS RAMAN: So traffic on the B-road past Easter Rigg was much lighter than normal. I put it to you that your background readings are artificially low.

MS MARWICK: If background levels were lower than usual, the effect is to make the derived limits more stringent, not less. It works against the applicant, not in its favour.

MS RAMAN: The council will be asking for a condition to deal with excess amplitude modulation, the "whoomph" effect residents in other parts of the county complain of. Would the applicant accept such a condition?

MS MARWICK: Yes. The applicant would accept a condition on amplitude modulation, and we have offered draft wording in the note submitted on Tuesday.

[...]

[15:58]
THE REPORTER: I said I would hear Mrs Abercorn before we rise. Mrs Abercorn, you speak for Save Glenarroch Hills?

MRS ABERCORN: I do, madam. I am the convener. We have 430 members, most of them living within ten miles of the site. The council received 1,140 individual letters of objection to this application and 312 letters of support. Our petition has 2,316 signatures.

[16:03]
MRS ABERCORN: We are not against wind power. We are against this wind farm, in this place, at this height. People here were told the changes in August made it acceptable. Taking five turbines away from the ridge we can see from our kitchen windows does not change what will be seen from Ben Corrach.

THE REPORTER: Thank you, Mrs Abercorn. Your statement will be taken into account.

[16:38]
THE REPORTER: That concludes day four. There is no sitting tomorrow because of the site visit. We resume at 10am on Monday 17 March with cumulative effects and tourism. Thank you all.

(Inquiry adjourned at 16:39)

--------------------------------------------------------------------------------
END OF EXCERPT
Lammermore Verbatim Reporting Ltd | Job no. LVR/25/0318
`;

const files = { 'halvorsen_press_release_glenarroch_consent.md': RELEASE, 'glenarroch_inquiry_day4_transcript.txt': TRANSCRIPT };

describe("an onshore wind farm's consent: the developer's release and the inquiry's transcript, with the product's word vectors", () => {
  withProductWordVectors();

  test('an inquiry "held over 11 sitting days" lasted 11 days, no more', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives over 11 sitting days, not 11-day" ("over" read as "more than").
    verdict('supported', 'Fiona Lockhart, the Reporter who held an 11-day public inquiry at Kilbride Mains Village Hall in March, had recommended consent subject to 41 conditions.');
    verdict('contradicted', 'Fiona Lockhart, the Reporter who held a 12-day public inquiry at Kilbride Mains Village Hall in March, had recommended consent subject to 41 conditions.');
  });

  test('energy in megawatt hours is a unit, and an abbreviation in brackets is no word in place of the claim\'s', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives BESS, not rated" ("battery energy storage system (BESS) of 40 MW / 80 MWh").
    verdict('supported', 'The turbines will be paired with a battery storage system rated at 40MW with a capacity of 80MWh.');
    verdict('contradicted', 'The turbines will be paired with a battery storage system rated at 40MW with a capacity of 60MWh.', [['60MWh', '80 MWh']]);
  });
});
