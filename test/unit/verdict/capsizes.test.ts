/**
 * A fishing vessel's capsize: the accident investigation branch's interim report (Markdown, a timeline table) and
 * the coastguard's press release (HTML). "Report No. IR 3/2025" is one sentence with the date after it (not a
 * denial "No."); "55 m" at a clause's end is metres ("55 feet" is another depth); "stayed upside down" is
 * "remained inverted", "in 55 metres of water" "a depth of about 55 m"; "more than five hours" is not stated by a
 * crew count of five. The sources are written for these tests (from a helper's draft); the vessel and people are
 * invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# Marine Accident Investigation Branch

## Interim Report: Capsize and foundering of the scallop dredger *Morven Star* (BF 412), 9 nautical miles north of Lossiemouth, Moray Firth, on 11 March 2025

**Report No. IR 3/2025**
**Published: Thursday 22 May 2025**

---

### 1. Introduction

1.1 At approximately 13:18 on Tuesday 11 March 2025, the 17.8 m steel-hulled scallop dredger *Morven Star* (BF 412) capsized while hauling its dredges about 9 nautical miles north of Lossiemouth in the Moray Firth. All six crew abandoned the vessel. Five boarded the vessel's liferaft and one was recovered from the water by a coastguard helicopter. There were no fatalities. The vessel remained inverted for over three hours and sank at 16:40 in a depth of about 55 m.

1.2 This interim report is published to set out the facts established to date and to highlight safety issues that the Marine Accident Investigation Branch (MAIB) considers to be of immediate concern to owners and skippers of similar vessels. It does not apportion blame or liability. The investigation is continuing and a final report is expected to be published in spring 2026.

1.3 The investigation is being led by Principal Inspector Daniel Kerr, supported by two inspectors and a naval architect seconded from the Maritime and Coastguard Agency (MCA).

### 2. The vessel and crew

2.1 *Morven Star* was built in 1998 by a yard in Macduff and was owned and operated by Wiseman Fishing Ltd of Buckie. At the time of the accident she was insured for £1.6 million.

2.2 The skipper, Callum Wiseman, 52, had fished from Buckie for 31 years and had been skipper of *Morven Star* since 2009. The mate, Ewan Forsyth, 38, had joined the vessel in 2016. The remaining four crew were deckhands, two of whom were Filipino nationals working under transit visas.

2.3 In 2021 the vessel was fitted with a new aluminium shelter deck and a heavier hydraulic gantry to handle larger dredge bars. The modifications added an estimated 3.2 tonnes to the vessel's lightship weight, an increase of about 8%. No new stability assessment was carried out after the work, and the MCA was not notified of the changes.

### 3. Narrative

3.1 *Morven Star* left Buckie harbour at 04:30 on 11 March with six crew on board and reached the fishing grounds shortly after 07:00. The weather was south-westerly force 5, with a moderate sea and a significant wave height of about 1.5 m. Visibility was good.

3.2 By early afternoon the crew had completed four tows. Around 2.4 tonnes of scallops, together with a quantity of stones and shell debris, had been retained in the hopper and on the working deck. Four of the six freeing ports on the starboard side had been secured closed with steel plates to prevent scallops being lost overboard.

3.3 During the fifth haul, as both dredge bars were lifted simultaneously on the starboard side, the vessel developed a heavy list to starboard. Water accumulated on the deck and was unable to drain. The skipper attempted to lower the dredges but the list increased, and he transmitted a Mayday on VHF channel 16.

3.4 Table 1 summarises the key events. All times are UTC.

**Table 1: Timeline of events, 11 March 2025**

| Time  | Event |
|-------|-------|
| 04:30 | *Morven Star* departs Buckie harbour |
| 13:05 | Fifth haul begins; vessel lists to starboard |
| 13:12 | Skipper broadcasts Mayday on VHF channel 16 |
| 13:14 | Vessel's EPIRB activates |
| 13:18 | *Morven Star* capsizes |
| 13:21 | Five crew board the liferaft; one crewman remains in the water |
| 13:26 | Coastguard helicopter Rescue 951 tasked from Inverness |
| 13:31 | Buckie RNLI all-weather lifeboat launches |
| 13:58 | Rescue 951 on scene; crewman winched from the water |
| 14:20 | Lifeboat recovers five crew from the liferaft |
| 15:05 | Lifeboat lands five crew at Buckie |
| 16:40 | *Morven Star* sinks |

3.5 The crewman in the water, deckhand Tomas Novak, 27, had been working at the stern when the vessel capsized. He was not wearing a lifejacket and kept afloat by holding onto a fish box. He was in the water for about 40 minutes before being winched aboard Rescue 951, and was flown to Raigmore Hospital in Inverness, where he was treated for hypothermia and discharged two days later.

3.6 The five crew in the liferaft were uninjured. Four of the six crew were wearing lifejackets at the time of the capsize; two were not.

### 4. Preliminary findings

4.1 The MAIB's initial analysis indicates that *Morven Star*'s stability was significantly reduced by the combined effect of the 2021 modifications, the weight of catch and debris retained on deck, and the lifting of both dredge bars on one side at the same time.

4.2 The blanking of the starboard freeing ports prevented water from draining off the deck, leading to a loss of stability from free-surface effects.

4.3 The vessel's stability information booklet dated from 1998 and did not reflect the vessel's condition at the time of the accident. The skipper told investigators that he "had never been told the boat was any different after the refit."

4.4 The vessel's liferaft had been serviced in January 2025 and deployed correctly. The EPIRB had been registered and its position was received by the Aberdeen Maritime Rescue Coordination Centre within two minutes of activation.

### 5. Wider context

5.1 In 2024, seven UK-registered fishing vessels capsized, compared with four in 2023. Capsize remains the largest single cause of fatalities in the UK fishing fleet.

5.2 Chief Inspector of Marine Accidents Captain Helen Rourke said: "This crew survived because the liferaft worked, the EPIRB worked and the rescue services were quick. But the boat should never have been put in a condition where a routine haul could turn her over. Owners who modify their vessels must have the stability reassessed."

### 6. Safety recommendations

6.1 The MAIB has recommended that Wiseman Fishing Ltd commission a full stability assessment of any vessel in its fleet that has been structurally modified.

6.2 The MAIB has recommended that the Maritime and Coastguard Agency issue guidance to owners of fishing vessels under 24 m reminding them that modifications affecting lightship weight by more than 2% require a new stability assessment.

6.3 The MAIB has also written to Seafish asking it to include the blanking of freeing ports in its safety training for fishermen.

*Marine Accident Investigation Branch, First Floor, Spring Place, 105 Commercial Road, Southampton SO15 1GH*
`;

const RELEASE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Six fishermen rescued after vessel capsizes in Moray Firth - GOV.UK</title>
  <link rel="stylesheet" href="/assets/stylesheets/application.css">
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="govuk-header" role="banner">
    <div class="govuk-header__container">
      <a href="/" class="govuk-header__link govuk-header__link--homepage">GOV.UK</a>
      <nav aria-label="Menu" class="govuk-header__navigation">
        <ul>
          <li><a href="/browse/benefits">Benefits</a></li>
          <li><a href="/browse/driving">Driving and transport</a></li>
          <li><a href="/browse/business">Business and self-employed</a></li>
          <li><a href="/government/organisations">Departments</a></li>
          <li><a href="/search/news-and-communications">News and communications</a></li>
        </ul>
      </nav>
    </div>
  </header>

  <div class="govuk-breadcrumbs">
    <ol>
      <li><a href="/">Home</a></li>
      <li><a href="/browse/driving">Driving and transport</a></li>
      <li><a href="/browse/driving/maritime">Maritime</a></li>
    </ol>
  </div>

  <main id="main-content" role="main">
    <span class="govuk-caption-xl">Press release</span>
    <h1 class="govuk-heading-xl">Six fishermen rescued after vessel capsizes in Moray Firth</h1>
    <p class="lead">HM Coastguard coordinated the rescue of six crew from a fishing vessel that capsized north of Lossiemouth on Tuesday afternoon.</p>

    <div class="metadata">
      <p>From: <a href="/government/organisations/maritime-and-coastguard-agency">Maritime and Coastguard Agency</a></p>
      <p>Published: 11 March 2025</p>
    </div>

    <div class="govuk-govspeak">
      <p>Six fishermen have been rescued after their scallop dredger capsized in the Moray Firth this afternoon (Tuesday 11 March).</p>

      <p>HM Coastguard's Aberdeen Maritime Rescue Coordination Centre received a Mayday call from the 17.8-metre vessel <em>Morven Star</em> at 1.12pm, reporting that she was listing heavily about nine nautical miles north of Lossiemouth. An alert from the vessel's emergency beacon was received two minutes later.</p>

      <p>The coastguard helicopter from Inverness, Rescue 951, was sent to the scene together with the Buckie RNLI all-weather lifeboat. A relay broadcast was issued to all shipping in the area, and the Buckie-registered fishing vessel <em>Guiding Light</em>, which was fishing about four miles away, also diverted to help.</p>

      <p>By the time the helicopter arrived, the vessel had turned over. Five of the crew had climbed into the liferaft. A sixth man was in the water clinging to a fish box and was winched aboard the helicopter at about 2pm. He was flown to Raigmore Hospital in Inverness suffering from hypothermia.</p>

      <p>The lifeboat crew took the five men from the liferaft on board shortly after 2.20pm and brought them back to Buckie harbour, where they were met by the Buckie Coastguard Rescue Team and paramedics from the Scottish Ambulance Service. None of the five required hospital treatment.</p>

      <p>Fiona Baird, Senior Maritime Operations Officer at Aberdeen, said: "This was a fast-moving incident and the crew did everything right. They sent a clear Mayday, their beacon was registered and working, and they got into the liferaft. The man in the water was very lucky, and we would urge every fisherman to wear a lifejacket on deck at all times."</p>

      <p>She added: "I want to thank the crew of the <em>Guiding Light</em>, who did not hesitate to come to the aid of their colleagues."</p>

      <p>Graham Reid, coxswain of the Buckie lifeboat, said: "Conditions were lively, with a good swell running, but the crew launched within five minutes of the pagers going off. The men in the liferaft were cold and shaken but in good spirits."</p>

      <p>The vessel was not recovered and is believed to have sunk later in the afternoon. A navigational warning has been issued for the area. The Marine Accident Investigation Branch has been informed and has sent inspectors to Buckie.</p>

      <p>The coastguard coordinated 187 incidents involving fishing vessels around the UK coast in 2024, up from 164 the previous year. Around a third of those were in Scottish waters.</p>

      <p>Last year the Maritime and Coastguard Agency launched its "Wear It" campaign with the fishing industry, after figures showed that more than half of fishermen who drowned after falling overboard between 2015 and 2024 were not wearing a personal flotation device. The agency has distributed 2,500 free lifejackets to fishermen in Scotland since the campaign began.</p>

      <h2>Notes to editors</h2>
      <ul>
        <li>HM Coastguard is part of the Maritime and Coastguard Agency, an executive agency of the Department for Transport.</li>
        <li>In a maritime emergency, dial 999 and ask for the Coastguard, or use VHF channel 16.</li>
        <li>Fishermen can apply for free personal locator beacons through the Fishing Industry Safety Scheme.</li>
        <li>Media enquiries: MCA press office, 020 3817 2222.</li>
      </ul>
    </div>

    <div class="share-links">
      <p>Share this page</p>
      <ul>
        <li><a href="#">Facebook</a></li>
        <li><a href="#">X</a></li>
      </ul>
    </div>
  </main>

  <footer class="govuk-footer" role="contentinfo">
    <div class="govuk-footer__meta">
      <h2 class="govuk-visually-hidden">Support links</h2>
      <ul class="govuk-footer__inline-list">
        <li><a href="/help">Help</a></li>
        <li><a href="/help/privacy-notice">Privacy</a></li>
        <li><a href="/help/cookies">Cookies</a></li>
        <li><a href="/help/accessibility-statement">Accessibility statement</a></li>
        <li><a href="/contact">Contact</a></li>
        <li><a href="/help/terms-conditions">Terms and conditions</a></li>
      </ul>
      <p>All content is available under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>, except where otherwise stated</p>
      <p>&copy; Crown copyright</p>
    </div>
  </footer>
</body>
</html>
`;

const files = { 'maib-interim-report-morven-star.md': REPORT, 'hm-coastguard-press-release.html': RELEASE };

describe('a fishing vessel\'s capsize: the interim report and the coastguard\'s release, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Report No. IR 3/2025" is no denial: the month of publication is compared', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted by "Report No." (a sentence of its own, read as a denial) and April never compared with May.
    verdict('contradicted', 'The MAIB published its interim report on Thursday 22 April 2025.', [['April', 'May']]);
    verdict('supported', 'The MAIB published its interim report on Thursday 22 May 2025.');
  });

  test('"55 m" at a clause\'s end is metres: "55 feet" is another depth', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: "55 m" read as a bare 55.
    verdict('contradicted', 'The Morven Star sank in a depth of about 55 feet.', [['55 feet', '55 m']]);
    verdict('supported', 'The Morven Star sank in about 55 metres of water.');
  });

  test('"stayed upside down" is "remained inverted"; a crew of five states no five hours', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states “upside” and “water”".
    verdict('supported', 'The vessel stayed upside down for more than three hours before sinking at 16:40 in around 55 metres of water.');
    // Was supported: "Five boarded the vessel's liferaft" stated "five hours".
    verdict('unsupported', 'The vessel stayed upside down for more than five hours before sinking at 16:40 in around 55 metres of water.');
    verdict('contradicted', 'The vessel remained inverted for more than five hours.', [['more than five hours', 'over three hours']]);
  });

  test('a person given another\'s age: "Skipper Ewan Forsyth, 52," where the mate Ewan Forsyth is 38', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: "The skipper, Callum Wiseman, 52," stated the age.
    verdict('contradicted', 'Skipper Ewan Forsyth, 52, had been in command of the Morven Star since 2009.', [['52', '38']]);
    verdict('supported', 'Skipper Callum Wiseman, 52, had been in command of the Morven Star since 2009.');
    // A numbered paragraph's number ("3.5 The crewman …") is no figure of the sentence.
    verdict('contradicted', 'Deckhand Tomas Novak, 29, was in the water for about 40 minutes.', [['29', '27']]);
    verdict('supported', 'Deckhand Tomas Novak, 27, was in the water for about 40 minutes.');
  });

  test('"plucked from the water" / "recovered from the water"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was unsupported: "No source states “plucked”".
    verdict('supported', 'All six crew survived: five got into the liferaft and the sixth was plucked from the water by a coastguard helicopter.');
    verdict('unsupported', 'All six crew survived: four got into the liferaft and the sixth was plucked from the water by a coastguard helicopter.');
  });
});
