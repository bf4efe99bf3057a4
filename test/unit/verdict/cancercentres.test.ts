/**
 * A hospital's new cancer centre: the NHS trust's press release and a transcript of the opening speeches whose
 * speakers are labelled by initials, with a key of names at its head. The sources are written for these tests (from a
 * helper's draft); the trust, the council and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Press release HWFT/PR/24/117 – £42.6 million Marlowe Cancer Centre officially opens at St Anselm's Hospital</title>
</head>
<body>
<header>
  <p><strong>Harbridge and Wyndale NHS Foundation Trust</strong><br>
  Communications Department, St Anselm's Hospital, Quarry Lane, Harbridge HB4 7QT</p>
  <p>PRESS RELEASE<br>
  Ref: HWFT/PR/24/117<br>
  Issued: Monday 14 October 2024<br>
  <strong>EMBARGOED until 00:01 Tuesday 15 October 2024</strong></p>
</header>

<main>
<h1>£42.6 million Marlowe Cancer Centre officially opens at St Anselm's Hospital</h1>

<p><em>PET-CT scanning available in Wyndale for the first time, ending long journeys to Castlemere for hundreds of patients every year</em></p>

<p>The Marlowe Cancer Centre at St Anselm's Hospital in Harbridge was officially opened on Friday 11 October 2024 by Colin Ashworth, a 67-year-old retired signalman from Oakfold who was treated for non-Hodgkin lymphoma at the hospital in 2019.</p>

<p>The four-storey, 6,800 square-metre building on the hospital's Quarry Lane site brings the trust's chemotherapy, radiotherapy, haematology and cancer outpatient services under one roof for the first time. The first patients were treated in the centre on Monday 23 September 2024, and services have been moving across in phases since then.</p>

<p>The centre houses the first PET-CT scanner in Wyndale. Until now, patients who needed a PET-CT scan have been referred to Castlemere Royal Infirmary, a round trip of 116 miles. The trust estimates that around 1,900 scans a year will now be carried out in Harbridge instead.</p>

<p>The new chemotherapy day unit on the first floor has 24 treatment chairs, up from 14 in the Beech Wing, which it replaces. Two new linear accelerators in the radiotherapy department on the ground floor take the trust's total to five. On the third floor, the 18-bed haematology and oncology ward is made up entirely of single rooms, each with its own en-suite bathroom.</p>

<p>Once fully operational, the centre is expected to treat 11,500 patients a year, around 2,300 more than the trust's existing cancer services are able to see.</p>

<h2>Funding and construction</h2>

<p>The £42.6 million cost of the centre has been met from three sources: £31.2 million from the Department of Health and Social Care's Cancer Capacity Fund; £8.4 million raised by Harbridge Hospitals Charity through its "Light the Way" appeal; and £3.0 million from Wyndale County Council.</p>

<p>Construction by Penhallow Build Ltd began in February 2022 and was completed in July 2024, five weeks ahead of schedule. The building was designed by Greaves Hollin Architects and includes a roof garden, a 140-space car park that is free for patients, and the Willow Room, a wellbeing and information centre run by the charity Wyndale Cancer Support, which is open every day from 9am to 5pm.</p>

<p>The chemotherapy day unit will be open from 8am to 8pm, Monday to Friday, and from 9am to 1pm on Saturdays.</p>

<h2>Jobs and waiting times</h2>

<p>The centre has created 96 new posts, including 38 nurses, 11 therapeutic radiographers and seven consultants. Of these, 81 have already been filled.</p>

<p>In August 2024, 71.4% of the trust's patients began cancer treatment within 62 days of an urgent referral, against the national standard of 85%. The trust aims to meet the standard by March 2026, and says the extra diagnostic and treatment capacity in the Marlowe Cancer Centre is central to that plan.</p>

<h2>What they said</h2>

<p><strong>Dr Helen Okafor-Brandt, Chief Executive of Harbridge and Wyndale NHS Foundation Trust</strong>, said: "This is the biggest single investment in cancer care that Wyndale has ever seen. For too long our patients have had to travel for the care they deserve, and from today far more of them will be treated close to home."</p>

<p><strong>Professor Adrian Lusk, Clinical Director for Cancer Services</strong>, said: "Having PET-CT on site changes how quickly we can stage a cancer and plan treatment. We expect to cut the average wait for a scan from 19 days to seven. That is nearly two weeks of worry taken away from every patient."</p>

<p><strong>Margaret Thorne, Chair of Harbridge Hospitals Charity</strong>, said: "More than 14,000 people gave to the Light the Way appeal, from schoolchildren doing sponsored silences to a local firm that donated a month's profits. Every one of them has a share in this building."</p>

<h2>At a glance</h2>

<table border="1">
  <caption>Cancer services at Harbridge and Wyndale NHS Foundation Trust: before and after the Marlowe Cancer Centre</caption>
  <thead>
    <tr><th>Facility</th><th>Former services (Beech Wing)</th><th>Marlowe Cancer Centre</th></tr>
  </thead>
  <tbody>
    <tr><td>Chemotherapy treatment chairs</td><td>14</td><td>24</td></tr>
    <tr><td>Linear accelerators (trust total)</td><td>3</td><td>5</td></tr>
    <tr><td>Inpatient cancer beds</td><td>16</td><td>18</td></tr>
    <tr><td>PET-CT scanners</td><td>0</td><td>1</td></tr>
    <tr><td>Outpatient consulting rooms</td><td>12</td><td>22</td></tr>
    <tr><td>Patients treated per year</td><td>9,200</td><td>11,500 (expected)</td></tr>
  </tbody>
</table>

<p style="text-align:center">– ENDS –</p>

<h2>Notes to editors</h2>
<ol>
  <li>Harbridge and Wyndale NHS Foundation Trust runs St Anselm's Hospital, Harbridge, and Fenmoor Community Hospital. It serves a population of about 540,000 people and employs around 7,200 staff.</li>
  <li>The Marlowe Cancer Centre is named after Dr Eleanor Marlowe (1911–1987), who in 1948 became the first woman to be appointed a consultant radiologist at St Anselm's Hospital.</li>
  <li>Harbridge Hospitals Charity (registered charity no. 1098843) is the official charity of Harbridge and Wyndale NHS Foundation Trust. The Light the Way appeal was launched in April 2022.</li>
  <li>The 62-day standard requires that 85% of patients urgently referred with suspected cancer begin their first treatment within 62 days.</li>
  <li>High-resolution photographs of the opening ceremony and of the centre's interior are available on request.</li>
</ol>

<h2>Media contact</h2>
<p>Communications Team, Harbridge and Wyndale NHS Foundation Trust<br>
Tel: 01632 960 418 (out of hours: 01632 960 999)<br>
Email: communications@hwft.example.nhs.uk</p>
</main>
</body>
</html>
`;

const TRANSCRIPT = `HARBRIDGE AND WYNDALE NHS FOUNDATION TRUST
TRANSCRIPT: OFFICIAL OPENING OF THE MARLOWE CANCER CENTRE

Venue:        Ground-floor atrium, Marlowe Cancer Centre, St Anselm's Hospital, Quarry Lane, Harbridge
Date:         Friday 11 October 2024
Recording:    Started 11:00, ended 11:47 (timestamps below are clock times)
Transcribed:  HWFT Communications Team, from audio recording. Lightly edited to remove
              hesitations. [inaudible] marks passages that could not be heard.
File ref:     HWFT/COMMS/TR/24/031

SPEAKERS
  GM   Geoffrey Mallinson, Chair, Harbridge and Wyndale NHS Foundation Trust (host)
  HOB  Dr Helen Okafor-Brandt, Chief Executive, Harbridge and Wyndale NHS Foundation Trust
  DR   Cllr Davina Roscoe, Leader, Wyndale County Council
  MT   Margaret Thorne, Chair, Harbridge Hospitals Charity
  AL   Professor Adrian Lusk, Clinical Director for Cancer Services, HWFT
  CA   Colin Ashworth, former patient

----------------------------------------------------------------------

[11:00:14] GM: Good morning, everyone, and welcome. If the people at the back can hear me, please wave. Thank you. My name is Geoffrey Mallinson and I chair the board of the trust. We have a little over two hundred guests with us this morning: staff, patients, donors, builders, and, I'm delighted to say, a good number of people who were told five years ago that this building would never happen. The business case was approved by our board in November 2019. Here we are. I'll hand over first to our chief executive, Dr Helen Okafor-Brandt.

[11:02:05] HOB: Thank you, Geoffrey. Three years ago, on the spot where you are standing, there was a staff car park and a portable cabin that leaked whenever it rained. Today it is the Marlowe Cancer Centre. This is the biggest single investment in cancer care that Wyndale has ever seen, and it has been paid for by the taxpayer, by our county council and by thousands of local people.

[11:03:10] HOB: I want to say a word about the people who will work here. The centre has created ninety-six new posts, and eighty-one of them are already filled. We have recruited nurses from Harbridge, from Castlemere, and from as far away as Kerala and Manila, and every one of them chose to come here. I also want to thank Penhallow Build, who handed us the keys five weeks early. I'm told that almost never happens in the NHS. [laughter]

[11:05:40] HOB: I won't pretend everything is fixed. In August only 71.4 per cent of our patients started treatment within 62 days of urgent referral. The national standard is 85 per cent, and we are not meeting it. This building is how we get there, and our commitment is to meet that standard by March 2026.

[11:07:02] GM: Thank you, Helen. Next, the Leader of Wyndale County Council, Councillor Davina Roscoe.

[11:07:20] DR: Thank you, Chair. When this came to our cabinet in March 2021, I'll be honest, three million pounds was a lot of money for a council in our position. The vote was unanimous, and I have never been prouder of a decision we've made. Cancer does not stop at the county boundary, but the journey to Castlemere has stopped too many of our residents from getting the treatment they need.

[11:08:45] DR: So I can announce today that the council will also fund a new bus route, the number 27, from Oakfold to the front door of this hospital. It will run every 30 minutes and the first bus leaves on Monday 4 November. [applause]

[11:10:12] GM: Margaret Thorne, chair of our hospitals charity.

[11:10:30] MT: Thank you. When we launched Light the Way in April 2022 we set a target of seven and a half million pounds, and some of my trustees thought I had lost my mind. Thirty months later we had raised eight point four million. More than 14,000 people gave to the appeal, from schoolchildren doing sponsored silences to a local firm that donated a month's profits. Every one of them has a share in this building.

[11:12:05] MT: The smallest gift we received was 40p, from a six-year-old in Fenmoor who emptied her piggy bank. The largest was £250,000, from the Ellery Family Trust. Both are written on the donors' wall behind me, in exactly the same size lettering.

[11:13:20] GM: Professor Adrian Lusk, who leads our cancer services.

[11:13:38] AL: Thank you. I'll be brief, because I'm a clinician and I have patients at two. [laughter] I want to talk about time. Having PET-CT on site changes how quickly we can stage a cancer and plan treatment. At the moment a patient waits on average 19 days for a PET-CT scan at Castlemere. Here we expect to cut that to seven.

[11:15:02] AL: The two new linear accelerators increase our radiotherapy capacity by around 40 per cent. The chemotherapy unit goes from fourteen chairs to twenty-four, and it will be open until eight o'clock on weekday evenings, so people can come after work.

[11:16:30] AL: This building will not cure cancer. But it will give us time, and in cancer, time is everything.

[11:17:10] GM: And finally, the person who is going to do the honours. Colin Ashworth was diagnosed with non-Hodgkin lymphoma in 2019. He's now been in remission for four years. Colin.

[11:17:35] CA: Thank you. I'm not one for speeches, so bear with me. In 2019 I made forty-one round trips to Castlemere. I used to leave Oakfold at half past five in the morning to get a parking space, and some days I didn't get home until after seven at night. My wife drove me when I couldn't drive myself. She's here today. [applause]

[11:19:20] CA: The nurses at St Anselm's got me through it, in the old Beech Wing, with the radiators that clanked. I said to Sister Pryce once, "You lot deserve a palace." Well. This isn't a palace, but it's close. Nobody from Oakfold should have to do what I did, and after today they won't have to.

[11:20:05] GM: Colin, the scissors are yours.

[11:20:10] [Ribbon-cutting took place outside the main entrance. Recording paused 11:20:15, resumed 11:43:00]

[11:43:00] GM: For the record, Colin cut the ribbon at 11:42, and the Marlowe Cancer Centre is officially open. [applause]

[11:43:30] GM: Thank you all for coming. Tours of the centre start from the atrium at 12 o'clock, in groups of fifteen. The PET-CT suite will not be included, I'm afraid, because it's in use. Which is rather the point. [laughter]

[11:47:02] [END OF RECORDING]

----------------------------------------------------------------------
Transcript prepared by HWFT Communications Team for media use. Please check
quotations against the audio before publication. Audio file available on request:
communications@hwft.example.nhs.uk / 01632 960 418.
`;

const files = { 'hwft-press-release-marlowe-centre.html': RELEASE, 'marlowe-opening-speeches-transcript.txt': TRANSCRIPT };

const findings = async (draft: string) => (await checkAgainst(files, `# Opening\n\n${draft}\n`)).findings.map((f) => `${f.code}: ${f.message}`);

describe("a cancer centre's opening: the trust's release and the speeches' transcript, with the product's word vectors", () => {
  withProductWordVectors();

  test('a key of initials and names ("AL   Professor Adrian Lusk, Clinical Director …") names the speakers', async () => {
    // Was "These words were said by Al, not Prof Lusk" and "In the source, this was said by Ca, not Mr Ashworth": the
    // key's columns, apart by spaces, were not read, and the header line "Transcribed: …" was taken for a turn.
    assert.deepEqual(await findings('"This building will not cure cancer," Prof Lusk told guests, "but it will give us time."'), []);
    assert.deepEqual(await findings('Mr Ashworth said he made 41 round trips to Castlemere in 2019, sometimes leaving Oakfold at half past five in the morning.'), []);
    // Another speaker's words are still someone else's, by name.
    const other = (await findings('"This building will not cure cancer," Geoffrey Mallinson told guests.')).filter((f) => f.startsWith('misattributed-quote'));
    assert.equal(other.length, 1);
    assert.match(other[0], /said by Professor Adrian Lusk \(clinical director for cancer services\), not Geoffrey Mallinson \(/);
  });

  test('a life\'s years after a name state no year within them: "in 1958" / "Dr Eleanor Marlowe (1911–1987), who in 1948 …"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: 1958 lies within 1911–1987.
    verdict('unsupported', "The centre is named after Dr Eleanor Marlowe, who became the hospital's first woman consultant radiologist in 1958.");
    verdict('supported', "The centre is named after Dr Eleanor Marlowe, who became the hospital's first woman consultant radiologist in 1948.");
  });

  test('two figures of the claim compared the wrong way round by its own word: "71.4% …, above the national standard of 85%"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: each figure is the source's.
    verdict('contradicted', "In August, 71.4% of the trust's patients began treatment within 62 days of an urgent referral, above the national standard of 85%.", [['above', 'below']]);
    verdict('supported', "In August, 71.4% of the trust's patients began treatment within 62 days of an urgent referral, below the national standard of 85%.");
  });
});
