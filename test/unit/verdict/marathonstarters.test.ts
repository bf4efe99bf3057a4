/**
 * A city marathon and its charity runners: the hospice's press release (plain text) and the race's results page (HTML).
 * The sources are written for these tests (from a helper's draft); the race, the charity and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `FOR IMMEDIATE RELEASE

Wednesday 16 October 2024

KESTREL BAY MARATHON RUNNERS RAISE RECORD £412,650 FOR LINTHORPE HOUSE CHILDREN'S HOSPICE

Charity team of 1,284 beats £400,000 target and funds half of new respite wing

KESTREL BAY — Runners taking part in Sunday's Kestrel Bay Marathon have raised £412,650 for Linthorpe House Children's Hospice, the largest sum the charity has ever received from a single event, the Linthorpe House Hospice Trust announced today.

A team of 1,284 charity runners wearing the hospice's purple vests took part in the race on Sunday 13 October 2024, which started at Promenade Gardens at 9:00am and finished in Harbour Square. The total is up 15.8% on last year's £356,200 and beats the trust's target of £400,000 by £12,650.

The money will go towards the trust's planned eight-bed respite wing at Linthorpe House in Aldercombe, which is expected to cost £1.9 million and to open in spring 2026. The wing will allow families of children with life-limiting conditions to stay overnight at the hospice for up to five nights at a time.

Of the total, £50,000 came from the Corran Building Society, which matched the first £50,000 raised by its own staff team of 96 runners. A further £38,400 was raised through the marathon's online "Mile for Linthorpe" appeal, in which supporters sponsored individual miles of the course.

Dr Miriam Achterberg, chief executive of the Linthorpe House Hospice Trust, said: "We set ourselves the biggest target in our history and our runners smashed it. Every pound raised on Sunday brings a family one step closer to a night of rest together under our roof."

She added: "I want to thank every runner, every volunteer at the water stations and every neighbour who stood on the seafront in the rain cheering on a purple vest."

Callum Reddaway, the trust's head of fundraising, said the charity had almost doubled the size of its team since 2023, when 671 runners took part. "We started recruiting in January and we had 1,000 places filled by the end of May," he said. "The average runner raised £321, which is remarkable when so many households are watching every penny."

The highest individual fundraiser was Priya Sandhu, 34, a paediatric nurse from Aldercombe, who raised £8,430 and finished the course in 4 hours, 2 minutes and 19 seconds. Ms Sandhu, who has worked at Linthorpe House for six years, ran in memory of a former patient.

"I've held the hands of parents in that building at the hardest moments of their lives," Ms Sandhu said. "Running 26.2 miles is nothing compared with what they go through, and I would do it again tomorrow."

Race director Tomasz Wierzbicki, of event organiser Kestrel Bay Marathon Ltd, said the hospice had been the race's official charity partner since 2019. "Linthorpe House runners make up about a quarter of our field, and you can hear them coming a mile away," he said. "This year's race had 5,230 starters and we are proud that so many of them ran for something bigger than a medal."

KEY FIGURES

- Total raised: £412,650 (2023: £356,200)
- Target: £400,000
- Charity runners: 1,284 (2023: 671)
- Average raised per runner: £321
- Match funding from Corran Building Society: £50,000
- Raised through "Mile for Linthorpe" appeal: £38,400
- Cost of new respite wing: £1.9 million
- Amount of wing cost now raised by the Trust overall: £960,000

Donations remain open until Saturday 30 November 2024 at linthorpehouse.org.uk/marathon. Gift Aid, if claimed, will be added to the final figure.

PHOTO OPPORTUNITY

Dr Achterberg and Ms Sandhu will present a giant cheque to the hospice's young patients at Linthorpe House, 14 Fernlea Road, Aldercombe, at 11:00am on Friday 18 October 2024. Media are welcome; please confirm attendance with the press office.

ENDS

NOTES TO EDITORS

1. Linthorpe House Children's Hospice opened in 1998 and cares for more than 240 children and young people with life-limiting conditions, and their families, across Kestrel Bay and the Aldercombe Valley. It costs £4.6 million a year to run, of which around 18% is funded by the NHS.

2. The Linthorpe House Hospice Trust is a registered charity in England and Wales (No. 1071842).

3. The Kestrel Bay Marathon has been held every October since 2011. The 2024 race was the 14th edition.

4. The Corran Building Society is headquartered in Kestrel Bay and has supported Linthorpe House since 2016.

MEDIA CONTACT

Hannah Olusanya, Communications Manager
Linthorpe House Hospice Trust
press@linthorpehouse.org.uk
01632 960 418 / 07700 900 274
`;

const RESULTS = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>2024 Results | Kestrel Bay Marathon</title>
  <meta name="description" content="Official results of the 14th Kestrel Bay Marathon, Sunday 13 October 2024.">
  <link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Kestrel Bay Marathon</a>
  <nav>
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/enter">Enter 2025</a></li>
      <li><a href="/course">Course</a></li>
      <li><a href="/results" class="active">Results</a></li>
      <li><a href="/charity">Charity</a></li>
      <li><a href="/volunteer">Volunteer</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
</header>

<main>
  <p class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/results">Results</a> &rsaquo; 2024</p>

  <h1>Kestrel Bay Marathon 2024: Official Results</h1>
  <p class="updated">Results last updated: Monday 14 October 2024, 14:32. Results are provisional until ratified by the race referee, Judith Carmody.</p>

  <section id="race-summary">
    <h2>Race summary</h2>
    <p>The 14th Kestrel Bay Marathon started at 9:00am on Sunday 13 October 2024 from Promenade Gardens and finished in Harbour Square. Conditions were cool and wet, with light rain, a temperature of 11&deg;C at the start and a south-westerly wind of 18 km/h.</p>
    <ul>
      <li>Starters: 5,230</li>
      <li>Finishers: 4,912</li>
      <li>Median finishing time: 4:21:06</li>
      <li>Last finisher: 7:48:12 (course cut-off 8 hours)</li>
    </ul>
    <p>Daniel Okonkwo-Reid of Tynemouth Harriers won the men's race in 2:14:37, breaking the course record of 2:15:02 set by Samuel Kiprotich-Hale in 2019 by 25 seconds. Aoife Brannigan of Clonmel AC won the women's race in 2:31:48 to take her third consecutive title. Marcus Feldman of Wheels of Kestrel won the wheelchair race in 1:38:55.</p>
  </section>

  <section id="splits">
    <h2>Leader's splits (men's race)</h2>
    <p>Okonkwo-Reid ran with Felix Marchetti until 30 km before pulling clear on the climb to Gull Point.</p>
    <table class="results">
      <thead>
        <tr><th>Checkpoint</th><th>Leader</th><th>Elapsed time</th><th>Clock time</th></tr>
      </thead>
      <tbody>
        <tr><td>10 km (Marine Parade)</td><td>Felix Marchetti</td><td>0:31:42</td><td>09:31:42</td></tr>
        <tr><td>Half marathon (Aldercombe Bridge)</td><td>Daniel Okonkwo-Reid</td><td>1:07:55</td><td>10:07:55</td></tr>
        <tr><td>30 km (Gull Point)</td><td>Daniel Okonkwo-Reid</td><td>1:35:20</td><td>10:35:20</td></tr>
        <tr><td>40 km (North Quay)</td><td>Daniel Okonkwo-Reid</td><td>2:07:38</td><td>11:07:38</td></tr>
      </tbody>
    </table>
  </section>

  <section id="finish-line">
    <h2>From the finish line</h2>
    <p>&ldquo;I knew the record was there if the wind stayed behind us on the seafront,&rdquo; said Okonkwo-Reid, 27, who was running the race for the second time after finishing fourth in 2022. &ldquo;The last two miles into Harbour Square were the loudest I have ever heard.&rdquo;</p>
    <p>Brannigan, 31, said: &ldquo;Three in a row feels unreal. I will be back next year to try for four.&rdquo;</p>
  </section>

  <section id="men">
    <h2>Men: top 10</h2>
    <table class="results">
      <thead>
        <tr><th>Pos</th><th>Bib</th><th>Name</th><th>Club</th><th>Category</th><th>Chip time</th><th>Gun time</th></tr>
      </thead>
      <tbody>
        <tr><td>1</td><td>7</td><td>Daniel Okonkwo-Reid</td><td>Tynemouth Harriers</td><td>SM</td><td>2:14:37</td><td>2:14:37</td></tr>
        <tr><td>2</td><td>3</td><td>Felix Marchetti</td><td>Aldercombe AC</td><td>SM</td><td>2:16:10</td><td>2:16:11</td></tr>
        <tr><td>3</td><td>12</td><td>Rhys Tregarthen</td><td>Penwith RC</td><td>M35</td><td>2:17:44</td><td>2:17:45</td></tr>
        <tr><td>4</td><td>21</td><td>Jonas Eklund</td><td>Unattached</td><td>SM</td><td>2:19:03</td><td>2:19:03</td></tr>
        <tr><td>5</td><td>5</td><td>Oliver Ashdown</td><td>Kestrel Bay Striders</td><td>M40</td><td>2:21:29</td><td>2:21:30</td></tr>
        <tr><td>6</td><td>44</td><td>Tadesse Worku</td><td>Tynemouth Harriers</td><td>SM</td><td>2:22:15</td><td>2:22:17</td></tr>
        <tr><td>7</td><td>18</td><td>Liam Costigan</td><td>Clonmel AC</td><td>SM</td><td>2:24:50</td><td>2:24:52</td></tr>
        <tr><td>8</td><td>31</td><td>Harvey Bellamy</td><td>Aldercombe AC</td><td>M45</td><td>2:26:08</td><td>2:26:09</td></tr>
        <tr><td>9</td><td>27</td><td>Mateusz Zielinski</td><td>Kestrel Bay Striders</td><td>SM</td><td>2:27:36</td><td>2:27:40</td></tr>
        <tr><td>10</td><td>62</td><td>Kwame Asante-Boateng</td><td>Unattached</td><td>M35</td><td>2:28:57</td><td>2:29:01</td></tr>
      </tbody>
    </table>
  </section>

  <section id="women">
    <h2>Women: top 5</h2>
    <table class="results">
      <thead>
        <tr><th>Pos</th><th>Bib</th><th>Name</th><th>Club</th><th>Category</th><th>Chip time</th><th>Gun time</th></tr>
      </thead>
      <tbody>
        <tr><td>1</td><td>101</td><td>Aoife Brannigan</td><td>Clonmel AC</td><td>SW</td><td>2:31:48</td><td>2:31:48</td></tr>
        <tr><td>2</td><td>104</td><td>Shona McAllister</td><td>Forth Valley Runners</td><td>SW</td><td>2:34:22</td><td>2:34:23</td></tr>
        <tr><td>3</td><td>109</td><td>Ingrid Solberg</td><td>Aldercombe AC</td><td>W40</td><td>2:38:05</td><td>2:38:07</td></tr>
        <tr><td>4</td><td>112</td><td>Chloe Varga</td><td>Kestrel Bay Striders</td><td>SW</td><td>2:41:17</td><td>2:41:19</td></tr>
        <tr><td>5</td><td>118</td><td>Nadia Haddad</td><td>Unattached</td><td>W35</td><td>2:43:50</td><td>2:43:54</td></tr>
      </tbody>
    </table>
  </section>

  <section id="wheelchair">
    <h2>Wheelchair race</h2>
    <table class="results">
      <thead>
        <tr><th>Pos</th><th>Bib</th><th>Name</th><th>Club</th><th>Chip time</th></tr>
      </thead>
      <tbody>
        <tr><td>1</td><td>W1</td><td>Marcus Feldman</td><td>Wheels of Kestrel</td><td>1:38:55</td></tr>
        <tr><td>2</td><td>W4</td><td>Bethan Pryce</td><td>Cardiff Wheelers</td><td>1:44:31</td></tr>
        <tr><td>3</td><td>W2</td><td>Stefan Odermatt</td><td>Unattached</td><td>1:51:07</td></tr>
      </tbody>
    </table>
  </section>

  <section id="charity-runners">
    <h2>Official charity: Linthorpe House Children's Hospice</h2>
    <p>1,284 runners ran in purple for our official charity partner, Linthorpe House Children's Hospice. The fastest of them was Gareth Pemberton-Lowe of Kestrel Bay Striders, who finished 41st overall in 2:58:41. The hospice's top fundraiser, Priya Sandhu, finished in 4:02:19.</p>
    <table class="results">
      <thead>
        <tr><th>Overall pos</th><th>Bib</th><th>Name</th><th>Team</th><th>Chip time</th></tr>
      </thead>
      <tbody>
        <tr><td>41</td><td>2210</td><td>Gareth Pemberton-Lowe</td><td>Linthorpe House</td><td>2:58:41</td></tr>
        <tr><td>58</td><td>2647</td><td>Eleanor Fitzwilliam</td><td>Linthorpe House</td><td>3:04:12</td></tr>
        <tr><td>2,033</td><td>3118</td><td>Priya Sandhu</td><td>Linthorpe House</td><td>4:02:19</td></tr>
        <tr><td>2,486</td><td>3502</td><td>Callum Reddaway</td><td>Linthorpe House</td><td>4:17:55</td></tr>
      </tbody>
    </table>
    <p>To sponsor a Linthorpe House runner, visit <a href="https://linthorpehouse.org.uk/marathon">linthorpehouse.org.uk/marathon</a>.</p>
  </section>

  <section id="notes">
    <h2>Notes</h2>
    <ul>
      <li>Timing by ChipLine Timing Ltd. Chip times are measured from crossing the start mat to crossing the finish mat.</li>
      <li>Queries about a result must reach the race office by 5pm on Friday 25 October 2024.</li>
      <li>Finisher photographs from Harbour Square will be available from Wednesday 16 October 2024.</li>
      <li>Entries for the 2025 race, on Sunday 12 October 2025, open at 10am on Monday 2 December 2024.</li>
    </ul>
  </section>
</main>

<footer class="site-footer">
  <p>Kestrel Bay Marathon Ltd, Harbour Office, 3 Quay Street, Kestrel Bay KB1 4RT. Race director: Tomasz Wierzbicki.</p>
  <p>Company registered in England and Wales No. 07634219. A UK Athletics licensed event.</p>
  <p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/accessibility">Accessibility</a></p>
  <p>&copy; 2024 Kestrel Bay Marathon Ltd</p>
</footer>
</body>
</html>
`;

const files = { 'press-release.txt': RELEASE, 'results.html': RESULTS };

describe("a marathon's starters: the hospice's release and the results page, with the product's word vectors", () => {
  withProductWordVectors();

  test('a count of a part is no rival of the whole: "the 5,230 runners who started" / "1,284 charity runners"', async () => {
    const index = await workspaceIndex(files);
    const verdict = expectVerdictWith(index);
    // Was contradicted: "The source gives 1,284, not 5,230". (Not yet supported: "runners who started" is the results
    // page's "Starters", whose passage the search ranks below the release's.)
    const r = judgeWith(index)('Of the 5,230 runners who started the race, 4,912 reached the finish.');
    assert.notEqual(r.verdict, 'contradicted', why(r));
    verdict('supported', 'Of the 5,230 starters, 4,912 finished.');
    verdict('contradicted', 'A team of 1,384 charity runners took part in the race.', [['1,384', '1,284']]);
  });
});
