/**
 * An earthquake abroad: the national disaster agency's situation report (Markdown, with a table by province) and a
 * foreign ministry's statement (plain text). The sources are written for these tests (from a helper's draft); the
 * figures and most people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# SITUATION REPORT No. 4 — M7.1 Earthquake, Southern Peru

**Issued by:** Instituto Nacional de Defensa Civil (INDECI), Centro de Operaciones de Emergencia Nacional (COEN)
**Date/time of issue:** Thursday, 14 March 2024, 18:00 (PET, UTC-5)
**Reporting period:** 12 March 2024, 03:41 to 14 March 2024, 16:00
**Classification:** Public

---

## 1. Event summary

A magnitude 7.1 earthquake struck southern Peru at 03:41 local time on Tuesday, 12 March 2024. According to the Instituto Geofísico del Perú (IGP), the epicentre was located 38 km south-west of the town of Chala, in the province of Caravelí, Arequipa region, at a depth of 27 km. The US Geological Survey (USGS) reported a slightly lower magnitude of 7.0 and a depth of 31 km.

Shaking lasted approximately 50 seconds in Chala and was felt as far away as Lima, some 610 km to the north-west. The IGP recorded 214 aftershocks in the first 48 hours, the strongest of which, a magnitude 5.8 event, occurred at 11:12 on Wednesday, 13 March.

The Dirección de Hidrografía y Navegación (DHN) of the Peruvian Navy issued a tsunami precautionary alert for the coast between Camaná and Nazca at 03:55. The alert was lifted at 06:20 after tide gauges did not record any significant change in sea level.

"This was the strongest earthquake in the Arequipa region since June 2001, but it was shallower and closer to populated areas," said Dr Hernando Tavera, executive president of the IGP, at a press conference on Tuesday afternoon.

## 2. Casualties and affected population

As of 16:00 on 14 March, COEN has confirmed **63 deaths** and **412 injured**. Eleven people remain missing, all in the province of Caravelí.

| Region / province | Deaths | Injured | Missing | Homes destroyed | Homes uninhabitable |
|---|---|---|---|---|---|
| Arequipa — Caravelí | 41 | 236 | 11 | 1,870 | 3,140 |
| Arequipa — Camaná | 9 | 71 | 0 | 420 | 1,005 |
| Ayacucho — Lucanas | 8 | 64 | 0 | 515 | 880 |
| Ica — Nazca | 5 | 41 | 0 | 96 | 310 |
| **Total** | **63** | **412** | **11** | **2,901** | **5,335** |

The death toll rose from 47 in Situation Report No. 3, issued on Wednesday evening, after search teams recovered 16 bodies from collapsed adobe homes in the districts of Chala and Atico.

In total, 21,460 people are registered as affected and 8,900 as displaced. Of the displaced, 3,200 are sheltering in 14 temporary camps; the remainder are staying with relatives or in tents next to their damaged homes.

No deaths have been reported among foreign nationals. The Ministry of Foreign Affairs has confirmed that 19 foreign tourists were among the injured, most of them travelling on the Panamericana Sur highway when a landslide blocked the road near kilometre 612.

## 3. Infrastructure

- **Roads:** The Panamericana Sur remains closed between Chala and Atico after two landslides. The Ministry of Transport and Communications (MTC) expects to reopen one lane by Saturday, 16 March.
- **Health facilities:** The Chala health centre was declared uninhabitable. Patients have been moved to a field hospital set up by the Ministry of Health (MINSA) in the town stadium. The regional hospital in Camaná is operating at 140% of its normal bed capacity.
- **Schools:** 87 schools were damaged, of which 23 are unusable. The Ministry of Education has suspended classes in Caravelí province until 25 March.
- **Power and water:** Electricity has been restored to 92% of customers in Arequipa region. Water supply in Chala remains cut; SEDAPAR is delivering water by tanker.
- **Airports:** Rodríguez Ballón International Airport in Arequipa did not suffer structural damage and continues to operate normally.

## 4. National response

President Dina Boluarte declared a 60-day state of emergency in 22 districts of Arequipa, Ayacucho and Ica by Supreme Decree on Tuesday, 12 March. She visited Chala on Wednesday morning with the Minister of Defence, Walter Astudillo.

"No family will be left without a roof. The State will be present until the last home is rebuilt," Boluarte said in Chala.

The Council of Ministers approved an emergency transfer of **S/ 85 million** (about US$23 million) to the affected regional governments, of which S/ 52 million is allocated to Arequipa.

INDECI has dispatched 96 tonnes of humanitarian aid, including 4,800 tents, 12,000 blankets and 30,000 litres of bottled water. The Peruvian Air Force (FAP) has flown 14 sorties with two Hercules C-130 aircraft from Lima to Arequipa.

Major General (ret.) Carlos Yáñez, head of INDECI, said on Thursday that the priority was shelter. "Nights in the highlands fall below five degrees. We need tents before we need anything else," he said.

## 5. International assistance

Peru has not issued a formal international appeal. The government has accepted offers of assistance from Chile, Ecuador, Spain and the European Union.

- The European Union released €1.5 million in humanitarian funding through its Civil Protection and Humanitarian Aid Operations department (ECHO) on Wednesday.
- Chile sent a 38-member urban search and rescue team, which arrived in Arequipa on Wednesday night.
- Spain's AECID is sending 20 tonnes of shelter materials, due on Friday, 15 March.
- The Peruvian Red Cross has deployed 150 volunteers and the IFRC has allocated CHF 450,000 from its Disaster Response Emergency Fund (DREF).

## 6. Next report

Situation Report No. 5 will be issued on Friday, 15 March 2024, at 18:00.

*Contact: COEN press office, coen-prensa@indeci.gob.pe*
`;

const STATEMENT = `DEPARTMENT OF FOREIGN AFFAIRS
Press Office, Iveagh House, 80 St Stephen's Green, Dublin 2

PRESS RELEASE
For immediate release
Wednesday, 13 March 2024

Tánaiste statement on the earthquake in southern Peru and consular assistance to Irish citizens

The Tánaiste and Minister for Foreign Affairs, Micheál Martin TD, has expressed his condolences to the people and Government of Peru following the earthquake that struck the south of the country early on Tuesday morning.

"I was deeply saddened to learn of the loss of life and the destruction caused by Tuesday's earthquake in Arequipa," the Tánaiste said. "Ireland stands with the people of Peru at this very difficult time, and I have conveyed our sympathy to Foreign Minister Javier González-Olaechea."

Irish citizens affected

The Department's Consular Assistance Unit has been in contact with 34 Irish citizens who were in the affected area or who have family members there. Two Irish citizens, a man and a woman in their twenties, were injured when the bus in which they were travelling was caught in a landslide on the Panamericana Sur highway near Chala. Both were treated at the regional hospital in Camaná. The woman was discharged on Tuesday evening; the man remains in hospital in a stable condition and is expected to be transferred to a clinic in Lima later this week.

The Department is not aware of any Irish citizen who has died as a result of the earthquake. There are no reports of any Irish citizen missing.

The Department is providing consular assistance to the two injured citizens and their families. Staff from the Embassy of Ireland in Lima travelled to Camaná on Tuesday afternoon and met the families of both citizens on Wednesday morning.

Ambassador Seán Hoy said: "Our team on the ground is in close contact with the Peruvian authorities and with the hospital. We will continue to support the families for as long as they need us."

The Department estimates that approximately 600 Irish citizens are in Peru at any given time, most of them tourists. Around 150 Irish citizens had registered their travel plans for Peru on the Department's Citizens Registration service as of Wednesday morning, compared with 90 at the same point last year.

Humanitarian support

The Tánaiste also announced that Ireland will provide €500,000 in humanitarian funding to support the response. Of this, €300,000 will be channelled through the International Federation of Red Cross and Red Crescent Societies (IFRC) and €200,000 through the United Nations Central Emergency Response Fund (CERF).

In addition, Irish Aid will release emergency relief items from its prepositioned stocks in Panama, including 500 family tents and 2,000 hygiene kits. The items will be flown to Lima on Thursday and handed to the Peruvian Red Cross for distribution.

Minister of State for International Development and the Diaspora, Seán Fleming TD, said: "The first days after an earthquake are critical. Our funding will go to partners who are already on the ground and can reach the families who have lost everything."

The Department did not raise its travel advice for Peru above "exercise a high degree of caution", which has been in place since December 2022. However, the Department advises Irish citizens to avoid non-essential travel to the provinces of Caravelí and Camaná in Arequipa region, and to Lucanas province in Ayacucho, until further notice.

The Panamericana Sur highway between Chala and Atico remains closed. Citizens travelling overland between Lima and Arequipa should check with their bus operator before departure and allow for significant delays. Flights to and from Arequipa are operating normally.

Advice to citizens

Irish citizens in the affected area are asked to:
- let their family at home know that they are safe;
- follow the instructions of the local authorities, including any evacuation orders;
- be prepared for further aftershocks, which may continue for several weeks.

Families in Ireland who are concerned about a loved one in Peru should contact the Department's Consular Assistance Unit on +353 1 408 2000. Citizens in Peru who need emergency assistance should contact the Embassy of Ireland in Lima on +51 1 513 0100.

The Department's dedicated consular helpline, which was opened on Tuesday morning, received 212 calls in its first 24 hours. The Department will keep the helpline open until Friday, 15 March, and will review the situation at that point.

Ends

Notes to editors
1. The Embassy of Ireland in Lima was opened in 2019. It is also accredited to Bolivia.
2. Ireland's total humanitarian funding to Latin America in 2023 was €14.2 million.
3. Further updates will be published on dfa.ie and on the Department's social media channels.

For media queries, please contact the DFA Press Office on +353 1 408 2853.
`;

const files = { 'indeci-situation-report-04.md': REPORT, 'dfa-statement-peru-earthquake.txt': STATEMENT };

describe("an earthquake: the situation report and the ministry's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('a figure with decimals is a measure: "put the magnitude slightly lower, at 7.0" / "a magnitude of 7.0"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states 7.0".
    verdict('supported', 'The US Geological Survey put the magnitude slightly lower, at 7.0, and the depth at 31 km.');
    verdict('contradicted', 'The US Geological Survey put the magnitude slightly lower, at 6.9, and the depth at 31 km.');
  });

  test('a total that a sentence gives is no row\'s: "412 injured, while 11 … were still missing in Caravelí province"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted by the Caravelí row's "Injured: 236".
    verdict('supported', 'INDECI said 63 people had been killed and 412 injured, while 11 people were still missing in Caravelí province.');
  });

  test('"150 …, down from 90" against "150 …, compared with 90"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Around 150 Irish citizens had registered their travel plans for Peru on the Citizens Registration service, down from 90 at the same point last year.', [['down', 'compared with 90']]);
    verdict('supported', 'Around 150 Irish citizens had registered their travel plans for Peru on the Citizens Registration service, up from 90 at the same point last year.');
  });

  test('"Minister of State for International Development and the Diaspora, Seán Fleming TD, said:" is Seán Fleming', async () => {
    // Was "These words were said by Diaspora".
    const wrong = await checkAgainst(files, '# Quake\n\n"The first days after an earthquake are critical," said the Tánaiste, Micheál Martin.\n');
    assert.deepEqual(wrong.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message.replace(/ \(.*$/, '')), ['These words were said by Seán Fleming TD, not Tánaiste']);
  });
});
