/**
 * A record temperature in a heatwave: the weather service's press release with a table of station readings, and the rail
 * operator's and health board's joint statement. The sources are written for these tests (from a helper's draft); the
 * service, the companies and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# National Climate and Weather Service

**PRESS RELEASE**

**Reference:** NCWS/PR/2025/087
**Issued:** 10:30, Wednesday 16 July 2025
**Embargo:** None – for immediate release
**Contact:** NCWS Press Office, 01392 880 415 (24 hours), press@ncws.example.org

---

## Provisional new national temperature record of 40.7°C set at Aldbourne Fen

A temperature of **40.7°C** was recorded at the Aldbourne Fen observing station in Lowmarsh at **15:42 on Tuesday 15 July 2025**, the National Climate and Weather Service (NCWS) has confirmed. If verified, it will be the highest temperature ever recorded in the country.

The reading exceeds the previous national record of **39.8°C**, set at Pellworth on **3 August 2019**, by 0.9°C. It is also the first time a temperature of 40°C or more has been recorded anywhere in the national observing network, which has kept continuous daily records since 1884.

Two stations passed 40°C on Tuesday. Stavenham Airfield reached 40.2°C at 16:05, and five stations in total recorded 39°C or higher (see table below). Of the 280 stations in the network that report maximum temperatures, **46 set new all-time station records** on Tuesday, and a further 31 recorded their highest July temperature on record.

A provisional new national record for the **highest daily minimum temperature** was also set. The temperature at Orrin Bridge did not fall below **26.3°C** in the 24 hours to 09:00 on Wednesday 16 July, beating the previous highest minimum of 25.1°C, recorded at Castlebury in 2019.

### Station readings, Tuesday 15 July 2025 (provisional)

| Rank | Station | County | Max temp (°C) | Time of max | Previous station record (°C) |
|---|---|---|---|---|---|
| 1 | Aldbourne Fen | Lowmarsh | 40.7 | 15:42 | 38.1 (2019) |
| 2 | Stavenham Airfield | Eastholme | 40.2 | 16:05 | 37.9 (2022) |
| 3 | Brackenford Park | Eastholme | 39.9 | 15:20 | 38.4 (2019) |
| 4 | Pellworth | Lowmarsh | 39.6 | 16:30 | 39.8 (2019) |
| 5 | Orrin Bridge | Eastholme | 39.1 | 15:55 | 37.2 (2022) |
| 6 | Castlebury | Wendham | 38.8 | 16:10 | 36.9 (2003) |
| 7 | Glaswick | Eastholme | 38.4 | 14:55 | 36.5 (2019) |
| 8 | Tarnley Moor | Wendham | 37.8 | 15:10 | 35.0 (2006) |

*All values are provisional and subject to quality control. Times are British Summer Time.*

### Warnings

The NCWS issued an amber extreme heat warning on Friday 11 July, and upgraded it to the **first ever red extreme heat warning** at 11:00 on **Sunday 13 July**, covering Monday 14 to Wednesday 16 July. The red warning applied to 19 districts across Lowmarsh, Eastholme and Wendham, home to around 4.6 million people. It expired at 23:59 on Wednesday.

### What they said

**Dr Miriam Castellane, Chief Meteorologist, NCWS**, said:

> "Forty degrees was once a number we associated with other countries' summers. Yesterday it arrived here, and we should expect to see it again. The climate we forecast for has changed, and the way we all prepare for summer has to change with it."

**Thomas Ashgrove, Head of National Climate Records, NCWS**, said:

> "The instruments at Aldbourne Fen were inspected in May and were operating within specification. We have no reason to doubt the reading, but the panel will examine every element of it, from the thermometer screen to the data logger, before it goes into the record books."

### Verification

All national records are provisional until they have been examined by the NCWS **Records Verification Panel**, an independent group of five scientists chaired by Professor Eleanor Maddox of the University of Wendham. The panel will inspect the site, check the calibration of the instruments and compare the reading with those of neighbouring stations. It is expected to publish its findings **by the end of September 2025**.

### Outlook

Temperatures on Wednesday 16 July are expected to peak at 36°C in the east of Eastholme, with fresher air reaching western areas during the afternoon. A yellow thunderstorm warning is in force for **Thursday 17 July**, when up to 40 mm of rain could fall in an hour in places, with a risk of hail and flash flooding. Temperatures are forecast to fall to around **27°C by Saturday 19 July**, closer to the July average of 23°C.

Dr Castellane added: "The heat will break, but not gently. Thursday's storms may bring their own disruption, and we would urge people to keep checking the forecast."

### Advice

The NCWS continues to urge people to check on elderly neighbours and relatives, to keep curtains closed during the hottest part of the day, and to avoid strenuous activity between 11:00 and 16:00.

**ENDS**

---

### Notes to editors

1. The National Climate and Weather Service is the national meteorological service. It operates a network of 280 temperature-reporting stations, of which 112 are staffed or inspected monthly.
2. Maximum temperatures are measured in a ventilated thermometer screen 1.25 m above short grass, in accordance with international standards.
3. The Aldbourne Fen station opened in 1961 and was moved 300 m to its present site in 1998.
4. The previous national record of 39.8°C was set at Pellworth on Saturday 3 August 2019.
5. High-resolution images of the Aldbourne Fen station and a chart of Tuesday's maximum temperatures are available from the press office.
6. Dr Castellane and Mr Ashgrove are available for broadcast interviews on Wednesday between 12:00 and 17:00. Bids to the press office.
`;

const STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Joint statement: Westvale Railways and Eastholme Valley Health Board on the impact of extreme heat, 15 July 2025</title>
</head>
<body>
<header>
  <p><strong>Westvale Railways</strong> | <strong>Eastholme Valley Health Board</strong></p>
  <p>JOINT STATEMENT</p>
  <p>Ref: WR-EVHB/JS/2025/014</p>
  <p>Issued: 14:00, Wednesday 16 July 2025</p>
</header>

<main>
<h1>Railway and hospitals report heaviest pressure on record during Tuesday's extreme heat</h1>

<p>Westvale Railways and Eastholme Valley Health Board have today set out the impact of Tuesday's record temperatures on train services and hospitals across Eastholme, and thanked passengers, patients and staff for their patience.</p>

<h2>Railways</h2>

<p>To reduce the risk of rails buckling, Westvale Railways imposed an emergency speed restriction of <strong>60 mph</strong> on the Stavenham to Brackenford main line between <strong>11:00 and 20:00 on Tuesday 15 July</strong>. The line speed on the route is normally 125 mph. A reduced timetable was published on Sunday 13 July, and passengers were advised to travel only if necessary.</p>

<p>Of the <strong>1,380</strong> services Westvale had scheduled to run on Tuesday, <strong>412 were cancelled</strong>, around 30 per cent. A further 515 services arrived more than 15 minutes late.</p>

<p>Trackside sensors recorded a rail temperature of <strong>62°C at Pellworth junction at 15:15</strong>, the highest ever measured on the Westvale network.</p>

<p>At 13:47, a rail buckled near Glaswick. The line between Glaswick and Tarnley Moor was closed for just over six hours while engineers cut out and replaced a 12-metre section of track, reopening at 19:50.</p>

<p>At 16:20, a failure of the overhead electric wires at Orrin Bridge brought the 14:32 Stavenham to Brackenford service (train 1B42) to a halt. The train, carrying <strong>340 passengers</strong>, was stationary for <strong>2 hours and 10 minutes</strong> before passengers could be moved to a rescue train. Temperatures inside carriages reached 38°C after the air-conditioning lost power. Vale Volunteer Response distributed <strong>2,600 bottles of water</strong> at Orrin Bridge and at Stavenham and Brackenford stations. First aiders from St Aldric Ambulance treated 14 passengers for heat exhaustion at the scene; two were taken to Stavenham General Hospital as a precaution and were discharged the same evening.</p>

<p>Westvale estimates that repairs, emergency staffing and lost revenue during the heatwave will cost the company around <strong>£3.2 million</strong>.</p>

<p><strong>Graham Pettifer, Managing Director, Westvale Railways</strong>, said:</p>
<blockquote>
<p>"This was an exceptional day, and I am sorry for the disruption it caused. But we will not run trains at full speed when the steel itself is telling us it is unsafe. Passengers who were stuck at Orrin Bridge had a miserable afternoon, and we will be reviewing every minute of how we responded."</p>
</blockquote>

<p><strong>Sunita Varrell, Director of Engineering, Westvale Railways</strong>, said:</p>
<blockquote>
<p>"Rails are laid to be stress-free at around 27 degrees. At 62 degrees, steel wants to move, and on Tuesday at Glaswick it did. Our teams worked through the hottest part of the day to get the line open again."</p>
</blockquote>

<h3>Refunds</h3>
<p>Passengers holding tickets for travel on Tuesday 15 July can claim a <strong>full refund until 31 August 2025</strong>, whether or not they travelled. Season ticket holders will receive compensation automatically. Claims can be made online or at any staffed Westvale station.</p>

<h2>Hospitals and ambulance services</h2>

<p>Emergency departments at the health board's three hospitals – Stavenham General Hospital, Brackenford Royal Infirmary and Glaswick Community Hospital – recorded <strong>1,947 attendances</strong> on Tuesday, <strong>23% higher</strong> than on the same day last year.</p>

<p>Between Monday 14 and Tuesday 15 July, <strong>218 patients</strong> were admitted with heat-related illness, including heatstroke, dehydration and acute kidney injury.</p>

<p>Stavenham General Hospital declared a <strong>critical incident at 17:30 on Tuesday</strong> after all 46 of its emergency assessment beds were occupied. The critical incident was stood down at <strong>09:00 on Wednesday 16 July</strong>.</p>

<p>At Brackenford Royal Infirmary, temperatures in four operating theatres rose above <strong>28°C</strong>, the upper limit for safe surgery, and <strong>37 planned operations were postponed</strong>. All patients affected have been contacted and will be offered new dates within four weeks.</p>

<p>The health board's ambulance service received <strong>3,410 emergency 999 calls</strong> on Tuesday, 41% more than on a typical Tuesday in July. The average time taken to hand patients over from ambulance crews to hospital staff was <strong>74 minutes</strong>, against a target of 30 minutes.</p>

<p>The health board and Eastholme District Council opened <strong>12 cooling centres</strong> in libraries and community halls, which were used by an estimated 3,100 people on Monday and Tuesday.</p>

<p><strong>Dr Priya Hallworth, Medical Director, Eastholme Valley Health Board</strong>, said:</p>
<blockquote>
<p>"Most of the people we admitted were over 75 or already living with heart or lung disease. Heat is a silent risk for them, and the days after a heatwave can be as dangerous as the hottest day itself."</p>
</blockquote>

<p><strong>Dr Colm Ferriday, Chief Executive, Eastholme Valley Health Board</strong>, said:</p>
<blockquote>
<p>"Our staff worked in conditions that were, frankly, as hot as the ones our patients were suffering from. I could not be prouder of them. I would ask the public to use 999 and emergency departments only for genuine emergencies over the coming days."</p>
</blockquote>

<h2>Questions and answers</h2>
<dl>
  <dt>Are services back to normal today?</dt>
  <dd>Westvale is running around 85% of its normal timetable on Wednesday. The 60 mph restriction is not expected to be reimposed.</dd>
  <dt>Are planned hospital appointments going ahead?</dt>
  <dd>Yes. Outpatient appointments are going ahead unless patients are contacted directly.</dd>
</dl>
</main>

<footer>
<h2>Notes to editors</h2>
<ol>
  <li>Westvale Railways operates 1,380 weekday services across Eastholme and Wendham and carries around 210,000 passengers a day.</li>
  <li>Eastholme Valley Health Board runs three hospitals and the Eastholme Valley ambulance service, serving a population of 1.2 million.</li>
  <li>Figures are provisional and may be revised.</li>
  <li>Media enquiries: Westvale Railways press office, 0161 555 0192; Eastholme Valley Health Board communications team, 01632 960 441.</li>
</ol>
</footer>
</body>
</html>
`;

const files = { 'ncws_press_release_record_temperature.md': RELEASE, 'westvale_evhb_joint_statement.html': STATEMENT };

const misattributed = async (draft: string) =>
  (await checkAgainst(files, `# Heat\n\n${draft}\n`)).findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message);

describe("a record temperature: the weather service's release and the joint statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('a name, a post and a body before "said:" is the person speaking, not the body', async () => {
    // Was "These words were said by NCWS, not Dr Miriam Castellane" ("Dr Miriam Castellane, Chief Meteorologist, NCWS,
    // said:"), and so for each of the five quotes of the two sources.
    assert.deepEqual(await misattributed('Dr Miriam Castellane, the service\'s chief meteorologist, said 40 degrees had "arrived here, and we should expect to see it again".'), []);
    assert.deepEqual(await misattributed('Dr Priya Hallworth said "heat is a silent risk for them".'), []);
    assert.deepEqual(await misattributed('Graham Pettifer said passengers "had a miserable afternoon".'), []);
    // The quote of another speaker names that speaker, not the service.
    const other = await misattributed('Dr Castellane said the instruments at Aldbourne Fen had been inspected in May and were "operating within specification".');
    assert.equal(other.length, 1);
    assert.match(other[0], /^These words were said by Thomas Ashgrove, not Dr Castellane \(/);
  });

  test('a part of a whole is no figure swapped with it: "46 of the network\'s 280 stations"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives 280, not 46" ("Of the 280 stations in the network …, 46 set new all-time
    // station records").
    verdict('supported', "Five weather stations recorded 39C or higher, and 46 of the network's 280 stations set new all-time highs.");
    verdict('contradicted', "Five weather stations recorded 39C or higher, and 46 of the network's 208 stations set new all-time highs.");
  });

  test('a column\'s unit in brackets is its cells\' unit: "Max temp (°C): 38.8" is 38.8°C', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states 38.3C" (the row's bare 38.8 and 36.9 were no temperatures). (The rival named
    // is the previous record's column, "recorded" against "record", not the maximum's: a known weakness.)
    verdict('contradicted', 'Castlebury recorded a maximum of 38.3C at 4.10pm.');
    verdict('supported', 'Castlebury recorded a maximum of 38.8C at 4.10pm.');
  });

  test('a post the lead-in of a quote gives its holder: "managing director of Westvale Railways" is Graham Pettifer\'s', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: the posts were given in the lines that open the quotes ("Sunita Varrell, Director of Engineering,
    // Westvale Railways, said:"; "Graham Pettifer, Managing Director, Westvale Railways, said:"), and the claim's post
    // names the body with "of".
    verdict('contradicted', 'Sunita Varrell, managing director of Westvale Railways, said rails were laid to be stress-free at around 27 degrees.');
    verdict('supported', 'Graham Pettifer, managing director of Westvale Railways, said passengers had a miserable afternoon.');
    verdict('supported', 'Sunita Varrell, director of engineering at Westvale Railways, said rails were laid to be stress-free at around 27 degrees.');
  });
});
