/**
 * Sewage spills into a river and a bathing-water warning: the environment regulator's press release and the water
 * company's storm-overflow spill data. The sources are written for these tests (from a helper's draft); the regulator,
 * the company and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Advice against bathing issued at Millbrook Reach after sewage spills into River Caddon | Rivers and Coastal Waters Agency</title>
<meta name="description" content="Press release RCWA/PR/2025/0412">
</head>
<body>
<header>
  <p class="org">Rivers and Coastal Waters Agency &ndash; Wendle and Caddon Area</p>
  <p class="type">PRESS RELEASE</p>
  <p class="ref">Reference: RCWA/PR/2025/0412</p>
  <p class="date">Published: Tuesday 12 August 2025, 10:00</p>
  <p class="embargo">For immediate release</p>
</header>

<main>
<h1>Advice against bathing issued at Millbrook Reach after sewage spills into River Caddon</h1>

<p class="standfirst"><strong>Swimmers and paddlers are being urged to stay out of the River Caddon at Millbrook Reach, near Harnford, after water samples showed high levels of bacteria following storm overflow discharges from Wendle Valley Water sites over the weekend.</strong></p>

<p>The Rivers and Coastal Waters Agency (RCWA) issued an advice against bathing for the Millbrook Reach designated bathing water at 4.30pm on Monday 11 August 2025. Signs have been put up at the three main access points to the river, at Millbrook Road car park, Ashby Weir footbridge and the Harnford Rowing Club slipway.</p>

<p>A sample taken by RCWA officers at 9.20am on Sunday 10 August recorded <em>E. coli</em> at 5,400 colony-forming units per 100 millilitres (cfu/100ml) and intestinal enterococci at 1,260 cfu/100ml. The agency issues a warning when <em>E. coli</em> levels in a single sample exceed 1,000 cfu/100ml, meaning the Sunday reading was more than five times that level.</p>

<p>Wendle Valley Water has confirmed that storm overflows at its Caddon Bridge sewage treatment works and its Ferris Lane pumping station both discharged into the river on Saturday 9 August. The Harnford rain gauge recorded 38mm of rain in the 14 hours from 6am that day, close to the average for the whole of August.</p>

<h2>Investigation into Ferris Lane pumping station</h2>

<p>The RCWA has opened a formal investigation into the Ferris Lane discharge. Event duration monitoring data supplied by the company shows that the emergency overflow at Ferris Lane began spilling at 2.15am on Saturday, almost four hours before the heavy rain started. The company has told the agency that one of the three pumps at the station failed overnight.</p>

<p>Discharges that occur when there has been no rainfall, known as dry spills, are not permitted and may constitute a breach of the site&rsquo;s environmental permit.</p>

<p>Agency officers walked a 6.5km stretch of the river between Ferris Lane and Ashby Weir on Sunday and Monday. They recorded 23 dead fish, mostly brown trout and chub, in the 800 metres immediately downstream of the Ferris Lane outfall. Dissolved oxygen readings taken at the outfall on Sunday afternoon fell to 3.1 milligrams per litre, against around 9 milligrams per litre upstream.</p>

<p>Dr Helen Marchbank, the RCWA&rsquo;s area environment manager for the Wendle and Caddon catchments, said:</p>

<blockquote>
<p>&ldquo;We know how much people in Harnford value Millbrook Reach, and we do not take the decision to advise against bathing lightly. But the results from Sunday are clear, and the safest thing is for people to keep out of the water until we have two consecutive clean samples.</p>
<p>&ldquo;We are particularly concerned about what happened at Ferris Lane. A spill that starts before the rain arrives is exactly the kind of event our officers are there to investigate, and we will follow the evidence wherever it leads.&rdquo;</p>
</blockquote>

<p>The agency will take further samples on Wednesday 13 August and Thursday 14 August. If both meet the standard, the advice could be lifted on Friday 15 August at the earliest.</p>

<h2>Council response</h2>

<p>Harnford District Council said it would keep its lifeguard-free riverside sessions at Millbrook Reach suspended until the agency lifted its advice. About 1,400 people took part in council-organised open-water swimming sessions at the site during July.</p>

<p>Councillor Peter Osgood, cabinet member for environment and leisure at Harnford District Council, said:</p>

<blockquote>
<p>&ldquo;Residents campaigned for years to get bathing water status for Millbrook Reach, and they have every right to be angry. We will be asking Wendle Valley Water to explain, in public, why sewage is still ending up in our river every time it rains.&rdquo;</p>
</blockquote>

<p>Wendle Valley Water said in a statement that it was cooperating fully with the investigation and that it had repaired the failed pump at Ferris Lane on Sunday.</p>

<h2>Advice to the public</h2>

<ul>
<li>Do not swim, paddle or let dogs into the water at Millbrook Reach while the advice is in place.</li>
<li>If you have been in the water since Saturday and feel unwell, contact your GP or call NHS 111 and mention that you have been in the river.</li>
<li>Report dead fish or unusual discolouration to the RCWA incident hotline on 0800 555 0192, which is open 24 hours a day.</li>
</ul>

<h2>Notes to editors</h2>

<ol>
<li>Millbrook Reach was designated as a bathing water in May 2024. It was the first river site in Wendleshire to receive the designation. The bathing water season runs from 15 May to 30 September each year.</li>
<li>In its first classification, published in November 2024, Millbrook Reach was rated &ldquo;Poor&rdquo;. Four of the 20 samples taken during the 2024 season exceeded the level at which the agency would advise against bathing.</li>
<li>This is the third advice against bathing issued at Millbrook Reach during the 2025 season. The previous advices were issued on 24 June and 19 July and lasted four days and six days respectively.</li>
<li>In March 2023, Wendle Valley Water was fined &pound;1.2 million at Marlowe Crown Court after pleading guilty to offences relating to discharges from Caddon Bridge sewage treatment works in 2020.</li>
<li>Bathing water sampling results for Millbrook Reach are published on the RCWA website, usually within 48 hours of a sample being taken.</li>
<li>Wendle Valley Water publishes its own storm overflow spill data. The RCWA has not yet verified the company&rsquo;s figures for 2025.</li>
</ol>

<h3>Media enquiries</h3>
<p>Tom Ridley, RCWA press office (Wendle and Caddon)<br>
Telephone: 01632 960 418 (24 hours)<br>
Email: press.wendlecaddon@rcwa.example.gov.uk</p>

<p class="end">&ndash; ENDS &ndash;</p>
</main>
</body>
</html>
`;

const SPILLS = `# Wendle Valley Water

## Storm Overflow Event Duration Monitoring (EDM) – Provisional Spill Data
### River Caddon catchment, 1 January to 10 August 2025

**Document reference:** WVW-EDM-2025-08-CAD
**Issued:** Tuesday 12 August 2025
**Prepared by:** Wastewater Compliance Team, Wendle Valley Water, Riverside House, Harnford
**Status:** Provisional – not yet verified by the Rivers and Coastal Waters Agency

---

### 1. Summary

This note sets out provisional event duration monitoring (EDM) data for the seven storm overflows operated by Wendle Valley Water that discharge into the River Caddon upstream of, or within, the Millbrook Reach designated bathing water. It has been published following the storm overflow discharges of Saturday 9 and Sunday 10 August 2025 and the advice against bathing issued by the Rivers and Coastal Waters Agency (RCWA) on Monday 11 August.

Between 1 January and 10 August 2025, the seven overflows recorded a combined **168 spills** lasting a total of **1,027.25 hours**. Over the same period in 2024, the same overflows recorded 203 spills lasting 1,388 hours. This represents a fall of 17.2% in the number of spills and a fall of 26.0% in total spill duration.

Over the weekend of 9–10 August, nine spills were recorded at five of the seven sites, lasting a combined 55.5 hours. *(The three spills at Caddon Bridge STW are counted separately; see note 3.)*

### 2. Spill data by site

Counting method: 12/24-hour block counting, in line with national EDM guidance. Durations are in hours and decimal hours.

| # | Site | Overflow type | Permit no. | Spills 1 Jan–10 Aug 2025 | Total hours 2025 | EDM monitor uptime | Spills 9–10 Aug | Hours 9–10 Aug |
|---|------|---------------|-----------|------------------------:|-----------------:|-------------------:|----------------:|---------------:|
| 1 | Caddon Bridge STW | Storm tank overflow | WVC/0311 | 41 | 312.50 | 98.2% | 3 | 19.25 |
| 2 | Ferris Lane PS | Emergency overflow | WVC/0457 | 17 | 96.00 | 91.4% | 2 | 11.50 |
| 3 | Harnford Quay | Combined sewer overflow | WVC/0122 | 29 | 147.25 | 99.1% | 1 | 6.00 |
| 4 | Millbrook Road | Combined sewer overflow | WVC/0126 | 12 | 38.50 | 100.0% | 1 | 4.75 |
| 5 | Upper Ashby STW | Storm tank overflow | WVC/0298 | 8 | 22.00 | 97.6% | 0 | 0.00 |
| 6 | Kettle Green | Combined sewer overflow | WVC/0139 | 55 | 401.75 | 86.3% | 2 | 14.00 |
| 7 | Tanner's Mill PS | Emergency overflow | WVC/0463 | 6 | 9.25 | 99.8% | 0 | 0.00 |
| | **Total** | | | **168** | **1,027.25** | | **9** | **55.50** |

STW = sewage treatment works; PS = pumping station.

### 3. Notes on the data

1. **Kettle Green** recorded the highest number of spills (55) and the longest total duration (401.75 hours) of any site in the catchment. Its EDM monitor was working for 86.3% of the period, below the 90% minimum uptime expected under national guidance, so the true figures may be higher. A replacement monitor was installed on 30 July 2025.
2. **Ferris Lane PS**: one of the three duty pumps tripped at 01:52 on Saturday 9 August. The emergency overflow began discharging at 02:15, before the onset of rainfall. The pump was repaired and returned to service at 11:40 on Sunday 10 August. This event is the subject of an RCWA investigation and the company has reported it as a potential permit breach.
3. **Caddon Bridge STW**: the three spills on 9–10 August are counted separately under block counting, although they formed part of a single prolonged period of wet weather. Caddon Bridge accounts for 24.4% of all spills in the catchment in 2025.
4. **Millbrook Road** is the only overflow that discharges directly within the bathing water boundary. It spilled once over the weekend, for 4.75 hours, starting at 07:30 on Saturday 9 August.
5. Upper Ashby STW and Tanner's Mill PS did not spill on 9 or 10 August.
6. 2024 comparison figures have been restated using the same counting method and include the same seven overflows.

### 4. Rainfall

Rainfall recorded at the company's Harnford gauge:

| Date | Day | Rainfall (mm) | Notes |
|------|-----|--------------:|-------|
| 8 August 2025 | Friday | 0.0 | Dry |
| 9 August 2025 | Saturday | 38.0 | Heavy rain from 06:00; 38mm in 14 hours |
| 10 August 2025 | Sunday | 4.5 | Showers, mainly before 10:00 |
| 11 August 2025 | Monday | 0.0 | Dry |

### 5. Statements

**Gareth Pell, Director of Wastewater Operations, Wendle Valley Water:**

> "We are sorry to everyone who had planned to use Millbrook Reach this week. The weekend's rainfall was exceptional, but that does not excuse what happened at Ferris Lane, where a pump failure led to a spill before the rain had even started. We have reported that ourselves to the regulator and we will learn from it.
>
> "These figures show that spills across the Caddon catchment are coming down, but we know they are not coming down fast enough for the people who swim in this river."

**Sarah Quaintance, Head of Environmental Compliance, Wendle Valley Water:**

> "We have published this data early, before it has been verified, because we think people have a right to see it now. Kettle Green is the site we are least happy with, and the new monitor there will give us a much clearer picture."

### 6. Investment

Wendle Valley Water is investing **£86 million** between 2025 and 2030 to reduce spills in the River Caddon catchment. The programme includes:

- a new 4,500 cubic metre storm tank at Caddon Bridge STW, due to be completed in 2027;
- a £9.5 million upgrade of Kettle Green, including separating surface water from 3.2 hectares of roads and roofs, due in 2028;
- installation of standby pumps and telemetry alarms at Ferris Lane and Tanner's Mill pumping stations by March 2026.

The company estimates the programme will reduce spills from the seven overflows by around 60% by 2030, compared with 2024.

### 7. Contact

Media enquiries: Wendle Valley Water press office, 01632 960 775 (out of hours: 01632 960 776)
Data enquiries: edm.data@wendlevalleywater.example.co.uk

*This document contains provisional data and may be revised. Final annual EDM returns for 2025 will be submitted to the Rivers and Coastal Waters Agency by 31 March 2026.*
`;

const files = { 'rcwa-press-release-millbrook-reach.html': RELEASE, 'wvw-storm-overflow-spill-data-caddon-aug2025.md': SPILLS };

describe("sewage spills: the regulator's release and the water company's spill data, with the product's word vectors", () => {
  withProductWordVectors();

  test('a whole number and three quarters in words: "four and three-quarter hours" is 4.75 hours', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives 4.75 hours, not four" (the three-quarter was read apart).
    verdict('supported', 'Millbrook Road, the only overflow that discharges directly within the bathing water, spilled once over the weekend for four and three-quarter hours.');
    verdict('contradicted', 'Millbrook Road, the only overflow that discharges directly within the bathing water, spilled once over the weekend for three and three-quarter hours.', [['three and three-quarter hours', '4.75 hours']]);
  });

  test('a month of a year is not stated by a day of that month without its year: "designated in May 2023" / "runs from 15 May"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: "The bathing water season runs from 15 May to 30 September each year", beside "designated as a
    // bathing water in May 2024", gave May 2023.
    verdict('unsupported', 'Millbrook Reach became the first river bathing water in Wendleshire when it was designated in May 2023.');
    verdict('supported', 'Millbrook Reach became the first river bathing water in Wendleshire when it was designated in May 2024.');
  });

  test('the evidence gives the claim\'s date another weekday: "Saturday 10 August" / "on Sunday 10 August", "10 August 2025"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: the sentence was short of a related passage's topic, and the table's "10 August 2025" stated the
    // date whatever its weekday.
    verdict('contradicted', 'A sample taken by agency officers on the morning of Saturday 10 August found E. coli at 5,400 colony-forming units per 100ml.', [['Saturday 10 August', 'Sunday 10 August']]);
    verdict('supported', 'A sample taken by agency officers on the morning of Sunday 10 August found E. coli at 5,400 colony-forming units per 100ml.');
  });
});
