/**
 * Shoplifting figures and a police crackdown: the force's press release (Markdown, with a table of figures and
 * statements under "Name, post, which …, said:" lines) and a retailers' trade body's briefing note (plain text). The
 * sources are written for these tests (from a helper's draft); the force, the companies and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# Northmoor Police

**News release** | Ref: NP/PR/2025/041 | Issued: Tuesday 11 March 2025, 09:30

## Shoplifting up 23 per cent as Northmoor Police launch Operation Tillguard

Reported shoplifting in the Northmoor Police area rose by 23 per cent in the twelve months to 28 February 2025, the force announced today as it launched a six-month crackdown on repeat offenders and organised theft gangs.

Officers recorded 8,412 shoplifting offences between 1 March 2024 and 28 February 2025, up from 6,839 in the previous twelve months. The estimated value of goods stolen rose to £4.7 million, from £3.6 million a year earlier.

Operation Tillguard will begin on Monday 17 March 2025 and run until Sunday 14 September 2025. It will be led by Detective Chief Inspector Rachel Okonjo, head of the force's Business Crime Unit, and will put 40 additional officers into the town centres of Castlemere, Aldbury and Wexley.

### Key figures

| Measure | Mar 2023 – Feb 2024 | Mar 2024 – Feb 2025 | Change |
|---|---|---|---|
| Shoplifting offences recorded | 6,839 | 8,412 | +23% |
| Arrests for shoplifting | 1,204 | 1,587 | +32% |
| Charges and summonses | 812 | 1,046 | +29% |
| Estimated value of goods stolen | £3.6m | £4.7m | +31% |
| Offences involving violence or threats to staff | 214 | 301 | +41% |

*Figures are provisional and taken from the force's crime recording system on 3 March 2025.*

### Where the rise was steepest

Castlemere saw the largest increase of the three main towns, with recorded offences up 37 per cent to 2,960. Aldbury recorded 2,514 offences, a rise of 18 per cent, while Wexley recorded 1,188, a rise of 9 per cent. The remaining offences were spread across smaller towns and retail parks.

Food, alcohol, toiletries and baby formula were the most commonly stolen goods. Analysis by the Business Crime Unit found that 112 repeat offenders were responsible for 27 per cent of all recorded offences in the period.

### What Operation Tillguard will do

- **Dedicated patrols:** 40 officers, drawn from neighbourhood and response teams, will patrol shopping streets and retail parks at peak times, including late-night opening on Thursdays.
- **Prolific offenders:** each of the 112 identified repeat offenders will be assigned a named officer, and the force will seek criminal behaviour orders banning them from specified stores.
- **Faster reporting:** a new online portal, ShopWatch Northmoor, goes live on Monday 17 March so that retailers can upload CCTV footage and witness statements directly.
- **Funding:** the Police and Crime Commissioner, Gillian Ashdown, has committed £250,000 to a shared CCTV network for independent shops.

### What they said

Assistant Chief Constable Martin Pryce, who holds the force lead for neighbourhood policing, said:

"Shoplifting is not a victimless crime. Every item taken is paid for by honest customers, and every confrontation leaves shop workers frightened to come to work. We will not accept that as the price of running a shop in Northmoor."

Detective Chief Inspector Rachel Okonjo said:

"We know that a small number of prolific offenders are behind a large share of these thefts. Operation Tillguard will identify them, arrest them and put them in front of the courts quickly. I would urge every retailer to report every theft, however small, because every report helps us build a case."

Sarah Pennington, regional security manager at Brightwells Supermarkets, which operates 14 stores in the force area, said:

"Our colleagues have faced abuse and threats on a scale we have never seen before. We welcome the extra patrols and we will be sharing our CCTV with the Business Crime Unit from day one."

Gillian Ashdown, Police and Crime Commissioner for Northmoor, said:

"Independent shopkeepers told me they felt forgotten. This money is a direct response to what they asked for."

### Notes to editors

1. Operation Tillguard will be formally launched at a media briefing at Castlemere Police Station, Bridge Street, Castlemere, at 11:00 on Monday 17 March 2025. DCI Okonjo and ACC Pryce will be available for interview. Places must be booked with the press office by 16:00 on Friday 14 March.
2. Shoplifting figures include offences recorded as "theft from a shop or stall" under Home Office counting rules. Value of goods is estimated from victim reports and excludes the cost of damage.
3. Retail partners in the operation include Brightwells Supermarkets, the Hallam & Frost department store in Aldbury and the Association of Northern Independent Retailers.
4. Northmoor Police serves a population of around 1.3 million people and employs 3,450 police officers.

### About Northmoor Police

Northmoor Police is the territorial police force for the county of Northmoor. Its headquarters are at Fellgate House, Aldbury. The Chief Constable is Andrew Whitcombe QPM.

**Media enquiries:** Northmoor Police Press Office, 01632 960 412 (09:00–17:00, Monday to Friday), press.office@northmoor.police.example. Out of hours, contact the duty press officer via the force control room.

[Home](#) | [News](#) | [Report a crime](#) | [Contact us](#) | [Accessibility](#)

© Northmoor Police 2025
`;

const BRIEFING = `ASSOCIATION OF NORTHERN INDEPENDENT RETAILERS (ANIR)
BRIEFING NOTE

Title:        Retail crime in Northmoor: member survey findings and response to Operation Tillguard
Reference:    ANIR/BN/2025/07
Date:         Wednesday 12 March 2025
Author:       Priya Castellano, Head of Policy and Public Affairs
Approved by:  Douglas Ferrier, Chief Executive
Distribution: ANIR members; MPs and councillors in the Northmoor area; media
Status:       For publication

SUMMARY

ANIR welcomes Operation Tillguard, announced by Northmoor Police on Tuesday 11 March 2025, but warns that the police figures understate the scale of shop theft because most incidents are never reported. Our own survey of members in the county shows that theft is rising faster than police records suggest, that abuse of shop workers has become routine, and that small shops are spending money they do not have on security.

KEY POINTS

1. Survey. ANIR surveyed 418 member stores in the Northmoor Police area between Monday 6 January and Friday 7 February 2025. Responses were received from 263 stores, a response rate of 63 per cent. Most respondents were convenience stores, newsagents, off-licences and pharmacies employing fewer than 10 staff.

2. Theft is rising. 71 per cent of responding stores said shop theft had increased over the previous 12 months; 6 per cent said it had fallen. The average reported loss to theft was £11,300 per store in 2024, up from £8,200 in 2023.

3. Most theft goes unreported. Members said they reported only 38 per cent of incidents to the police. The most common reason given for not reporting, cited by 64 per cent of respondents, was a belief that officers would not attend. On that basis, ANIR estimates that the true number of shop thefts in the county is more than double the 8,412 offences recorded by Northmoor Police in the year to February 2025.

4. Abuse and violence. 46 per cent of respondents said staff had been verbally abused or threatened at least once a month. 19 respondents reported that a member of staff had been physically assaulted during a theft in 2024. The police figures show offences involving violence or threats to staff rose by 41 per cent, from 214 to 301.

5. Cost of prevention. Members spent an estimated £2.1 million on security measures in 2024, including guards, CCTV, body-worn cameras and protective screens. 22 per cent of respondents said they had cut opening hours because of theft or fear of violence.

6. Response to Operation Tillguard. ANIR supports the operation and will encourage members to use the ShopWatch Northmoor reporting portal from its launch on Monday 17 March. We particularly welcome the commitment of 40 additional officers and the £250,000 CCTV fund announced by the Police and Crime Commissioner, Gillian Ashdown.

   Douglas Ferrier, Chief Executive of ANIR, said:
   "Our members have been asking for this for three years. Operation Tillguard is a welcome start, but six months of extra patrols will not undo years of neglect. The test will be whether officers turn up when a shopkeeper calls."

7. A member's experience. Kavita Mehta, who owns Mehta's Convenience Store on Station Road, Wexley, lost an estimated £18,000 to theft in 2024 and spent £6,500 installing CCTV and a protective screen at the counter.

   Mrs Mehta said:
   "I have had the same man walk out with a basket of meat three times in a week. I stopped calling the police because nobody came. If this operation means someone actually comes, I will report every single one."

8. What we are asking for. ANIR asks that:
   (a) Operation Tillguard be extended beyond its planned end date of Sunday 14 September 2025 if it succeeds in reducing offences;
   (b) Northmoor Police publish monthly figures for shop theft, arrests and attendance times during the operation;
   (c) a share of the £250,000 CCTV fund be reserved for stores with fewer than 10 staff;
   (d) the county's three magistrates' courts prioritise shop theft cases involving violence.

9. Next steps. Douglas Ferrier and Priya Castellano will meet Detective Chief Inspector Rachel Okonjo, head of the Business Crime Unit, on Thursday 20 March 2025 to discuss how members can share evidence through ShopWatch Northmoor. ANIR will hold a members' webinar on the operation at 18:30 on Thursday 3 April 2025.

10. Background. The Association of Northern Independent Retailers represents 1,150 independent shops across the north of England, of which 418 are in the Northmoor Police area. It was founded in 1987 and is based at Wool Exchange Chambers, 9 Market Row, Castlemere.

CONTACT

Priya Castellano, Head of Policy and Public Affairs
Tel: 01632 960 778 | Mobile: 07700 900 315
Email: p.castellano@anir.example

Media: Joe Barraclough, Communications Officer, 01632 960 779

ENDS
`;

const files = { 'northmoor-police-release.md': RELEASE, 'anir-briefing-note.txt': BRIEFING };

describe("a shoplifting crackdown: the police release and the retailers' briefing, with the product's word vectors", () => {
  withProductWordVectors();

  test('the speaker of "Sarah Pennington, regional security manager at Brightwells Supermarkets, which operates …, said:"', async () => {
    const quote = '"Our colleagues have faced abuse and threats on a scale we have never seen before."';
    const wrong = await checkAgainst(files, `# Shoplifting\n\nDetective Chief Inspector Rachel Okonjo said: ${quote}\n`);
    // Was "These words were said by Brightwells Supermarkets, not …".
    assert.deepEqual(
      wrong.findings.map((f) => f.message.replace(/ \(.*$/, '')),
      ['These words were said by Sarah Pennington, not Detective Chief Inspector Rachel Okonjo'],
    );
    const right = await checkAgainst(files, `# Shoplifting\n\nSarah Pennington said: ${quote}\n`);
    assert.deepEqual(right.findings, []);
  });
});
