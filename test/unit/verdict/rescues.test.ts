/**
 * A coastguard's press release on a rescue at sea, against a writer's draft: "just after 3am" is 03:07, "just
 * after 2am" is not. The release is written for these tests (from a helper's draft); the vessel and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# HM Coastguard press release: Five fishermen rescued, one missing after trawler sinks off Strathy Point

Issued by HM Coastguard, Shetland Maritime Operations Centre, 14 November, 11:30

Five fishermen have been rescued and one remains missing after the fishing vessel Morven Star sank in heavy weather off the north coast of Scotland in the early hours of this morning.

The Morven Star, a 21-metre steel-hulled trawler registered in Scrabster, broadcast a mayday call on VHF channel 16 at 03:07. The skipper reported that the vessel was taking on water rapidly through the engine room and was listing heavily to starboard. He gave the vessel's position as 14 nautical miles north-north-west of Strathy Point.

At the time of the call the wind was westerly force 8, gusting to force 9, with waves of between five and six metres and frequent rain squalls. Visibility was reported as moderate to poor.

Coastguard officers at the Shetland Maritime Operations Centre immediately issued a Mayday relay to all vessels in the area. At 03:12 they requested the launch of the Thurso RNLI all-weather lifeboat and tasked the Coastguard search and rescue helicopter Rescue 951 from its base at Sumburgh. At 03:25 the Stromness RNLI all-weather lifeboat was also requested to launch.

The Thurso lifeboat launched at 03:21 and the Stromness lifeboat at 03:38.

At 03:40 the skipper reported that the crew were preparing to abandon ship. Contact with the Morven Star was lost at 03:46.

The Rescue 951 helicopter arrived on scene at 04:32. Its crew located an inflated liferaft and, shortly afterwards, two people in the water wearing lifejackets. Between 04:40 and 05:05 the helicopter winched four fishermen from the liferaft and one man from the water. The five men were flown to Raigmore Hospital in Inverness, arriving at 05:58. They are being treated for hypothermia and minor injuries. Their condition is described as stable.

The second man seen in the water could not be recovered before he was lost from sight in the swell. He is one of the six crew members on board the vessel and has not yet been found.

The Thurso lifeboat reached the search area at 04:51 and the Stromness lifeboat at 05:20. Both lifeboats, the fishery protection vessel Jura and three fishing vessels which answered the Mayday relay have been carrying out a coordinated search of the area. A Coastguard fixed-wing aircraft joined the search at first light, at 08:15. The search area covers approximately 40 square nautical miles and is being adjusted using drift modelling.

Debris, including fish boxes and a lifebuoy marked with the vessel's name, was recovered by the Thurso lifeboat at 06:10, around two nautical miles east of the last reported position. The Morven Star is believed to have sunk.

Duty Controller Alison Fairbairn said: "This was an extremely difficult rescue in very challenging conditions. The crews of the helicopter and the two lifeboats have shown enormous skill and courage, and the fishing vessels which responded to the Mayday relay have been a great help. Our thoughts are with the family of the missing fisherman and with the whole community in Scrabster. The search will continue for as long as there is a realistic chance of finding him."

The Morven Star, built in 1998, was owned by a family partnership based in Scrabster and had fished out of the port for more than twenty years. Its skipper, Douglas Mackay, 52, is among those rescued. The name of the missing crew member has not been released at the request of his family.

The Marine Accident Investigation Branch has been informed and will be sending inspectors to Scrabster.

The Coastguard reminds all those who work at sea to wear a lifejacket at all times on deck and to carry a registered personal locator beacon.

ENDS

Notes to editors: Rescue 951 is a Leonardo AW189 helicopter operated on behalf of HM Coastguard from Sumburgh Airport. Thurso and Stromness lifeboats are Severn-class all-weather lifeboats. Media enquiries: HM Coastguard press office, 0203 817 2000.
`;

describe('a rescue at sea, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"just after 3am" for 03:07', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'coastguard-release.md': RELEASE }));
    verdict('supported', 'The Morven Star sent out a mayday call just after 3am.');
    verdict('unsupported', 'The Morven Star sent out a mayday call just after 2am.');
  });
});
