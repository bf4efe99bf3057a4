/**
 * A winter storm: the weather service's storm update (Markdown) and a rail operator's and power network's joint
 * disruption bulletin (plain text, timestamped updates). "According to provisional figures" says where a figure
 * comes from (its "accord" is no word the evidence must have): "87 mph" against "81 mph" is a changed gust; "CalMac
 * has cancelled all Tuesday sailings …" puts CalMac in NorthLink's place (a word with a capital inside is a name at
 * a sentence's start, and the next sentence's "CalMac said …" is about other sailings). The sources are written for
 * these tests (from a helper's draft); the storm, companies and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const UPDATE = `# Storm Isolde: National Storm Update No. 4

**Issued by:** Northern Meteorological Service (NMS), Operations Centre, Aberdeen
**Issued at:** 05:30 GMT, Tuesday 14 January 2025
**Next update:** 11:30 GMT, Tuesday 14 January 2025
**Duty Chief Forecaster:** Dr Fiona Rennie

---

## Summary

Storm Isolde, the ninth named storm of the 2024/25 season, deepened rapidly overnight and is now centred about 180 miles west of the Outer Hebrides, with a central pressure of 948 hPa. The storm is forecast to cross northern Scotland during Tuesday morning before clearing into the North Sea on Wednesday afternoon.

A **red warning** for wind has been issued for Orkney, Shetland and the northern Highlands, valid from 09:00 until 18:00 on Tuesday. This is the first red wind warning issued by the NMS since Storm Arwen in November 2021. Amber and yellow warnings for wind, snow and ice remain in force across much of Scotland and northern England.

"Isolde is a dangerous storm and people in the red warning area should not travel unless it is absolutely necessary," said Dr Fiona Rennie, the Duty Chief Forecaster. "We expect gusts strong enough to bring down trees and power lines, and there is a risk to life from flying debris."

Overnight, the highest gust recorded was 94 mph at Fair Isle at 03:10. Stornoway recorded a gust of 81 mph at 02:40. Both figures are provisional and have not yet been quality controlled.

## Warnings in force

### Red warning – Wind
- **Area:** Orkney, Shetland, Caithness, Sutherland and the northern Highlands
- **Valid:** 09:00 to 18:00, Tuesday 14 January
- **Expected impacts:** Gusts of 90 to 100 mph on exposed coasts and headlands, and 70 to 80 mph inland. Large waves and beach material thrown onto coastal roads. Widespread power cuts affecting mobile phone coverage. Roads, bridges and railway lines likely to close, with delays and cancellations to ferry and air services.

### Amber warning – Wind
- **Area:** Western Isles, Moray, Aberdeenshire, Inverness and Argyll
- **Valid:** 06:00 Tuesday to 03:00 Wednesday
- **Expected impacts:** Gusts of 65 to 75 mph, locally 85 mph on the coast of the Western Isles. Some damage to buildings, such as tiles blown from roofs. Longer journey times and cancellations likely.

### Amber warning – Snow
- **Area:** Grampian, the Cairngorms and Perthshire above 200 metres
- **Valid:** 12:00 Tuesday to 09:00 Wednesday
- **Expected impacts:** 10 to 20 cm of snow widely above 200 metres, with 30 to 40 cm possible above 400 metres. Drifting in strong winds will cause blizzard conditions on the A9 and A93. Some rural communities could be cut off.

### Yellow warning – Snow and ice
- **Area:** Central Belt, Dumfries and Galloway, Cumbria, Northumberland and the North Pennines
- **Valid:** 15:00 Tuesday to 12:00 Wednesday
- **Expected impacts:** 2 to 5 cm of snow at low levels and icy stretches on untreated roads, pavements and cycle paths.

### Yellow warning – Wind
- **Area:** Edinburgh, Glasgow, Fife and the Borders
- **Valid:** 10:00 to 21:00, Tuesday 14 January
- **Expected impacts:** Gusts of 50 to 60 mph. Short-term loss of power and delays to road and rail are possible.

## Timeline

| Time (GMT) | Expected conditions |
|---|---|
| 06:00 Tue | Winds strengthen across the Western Isles; heavy rain turning to sleet |
| 09:00 Tue | Strongest winds reach Orkney and Caithness |
| 12:00 Tue | Peak gusts of up to 100 mph in Shetland; snow begins over Grampian |
| 15:00 Tue | Snow spreads south to the Central Belt and Cumbria |
| 18:00 Tue | Winds ease slowly in Orkney; remain severe in Shetland |
| 03:00 Wed | Winds fall below amber thresholds in most areas |
| 15:00 Wed | Storm clears into the North Sea |

## Comparison with previous storms

Isolde's central pressure of 948 hPa is lower than that of Storm Arwen, which bottomed out at 968 hPa, but higher than Storm Eunice in February 2022. The Fair Isle gust of 94 mph is below the Scottish record gust of 142 mph measured on Cairn Gorm summit in 1986. Forecasters said the storm was moving faster than Arwen, which means the period of damaging winds in any one place should be shorter, at around six hours.

"The speed of the storm is a small mercy," said Callum Baird, Head of Forecast Operations. "It will not linger, but the winds it brings will be among the strongest we have seen in a decade."

Temperatures will fall sharply behind the storm. Overnight into Wednesday, lows of minus 8C are expected in sheltered Highland glens and minus 3C in Glasgow and Edinburgh.

## Coastal and marine

Sea conditions will be very rough to high around the Northern Isles, with significant wave heights of 12 to 14 metres west of Shetland. NorthLink Ferries has already cancelled all Tuesday sailings between Aberdeen, Kirkwall and Lerwick. CalMac said no sailings to the Western Isles would operate before Wednesday morning.

The Scottish Environment Protection Agency (SEPA) has issued 14 flood alerts and 3 flood warnings for coastal areas, mainly in Orkney and the Western Isles, due to the combination of storm surge and high tides. No river flood warnings are in force.

## Advice to the public

- Avoid travel in the red warning area between 09:00 and 18:00 on Tuesday.
- Stay away from coastal paths, sea fronts and promenades.
- Secure loose objects such as bins and garden furniture.
- Do not approach fallen power lines. Report them by calling 105.
- Check on elderly neighbours, particularly if power is lost.

The Scottish Government's Resilience Room (SGoRR) was activated at 20:00 on Monday and met again at 04:00 on Tuesday. Transport Minister Alasdair Munro said: "Everyone should take this warning seriously. Our gritters and emergency services are ready, but people must play their part by staying at home."

## Contact

Media enquiries: NMS Press Office, 0300 123 4455 (24 hours).
The next national storm update will be issued at 11:30 GMT on Tuesday 14 January 2025.

*Northern Meteorological Service — Forecasting for Scotland and the North since 1921.*
`;

const BULLETIN = `JOINT DISRUPTION BULLETIN - STORM ISOLDE
ScotRail North / Highland Power Networks
Bulletin 3 of the day
Issued: 13:45, Tuesday 14 January 2025
Contacts: ScotRail North Media Desk 0141 555 0190 | HPN Press Office 0800 300 999

========================================================================
SITUATION SUMMARY (as at 13:30)
========================================================================

Rail:  Services suspended north of Inverness and on the Kyle and Far North
       lines. Aberdeen-Inverness line closed between Huntly and Elgin.
       Reduced timetable on all other routes in the north.
Power: 61,400 customers without power across the HPN area.
       38,200 customers reconnected since 06:00.
       Total customers affected since the start of the storm: 99,600.

========================================================================
RAIL UPDATES - SCOTRAIL NORTH
========================================================================

[07:15] ScotRail North confirmed that the Far North Line (Inverness to
Thurso and Wick) and the Kyle Line (Inverness to Kyle of Lochalsh) will
not run for the whole of Tuesday. No replacement buses will operate on
these routes because of the red wind warning.

[08:40] A speed restriction of 40 mph has been imposed on the Highland
Main Line between Perth and Inverness. Journeys are expected to take up
to 45 minutes longer than normal.

[10:05] The 09:33 Aberdeen to Inverness service struck a fallen tree
near Keith. There were no injuries among the 87 passengers and 3 staff
on board. The train was not derailed. Passengers were transferred to
road transport and reached Inverness at 12:20. The line between Huntly
and Elgin is closed while Network Rail engineers remove the tree and
inspect overhead telecoms equipment.

[11:30] Network Rail Scotland said it had 23 trees blocking lines across
the north since midnight, compared with 9 at the same point during Storm
Arwen. "Our teams have cleared 15 of those so far, but we cannot send
people out in the red warning area until the wind drops," said Kirsty
McLeod, Network Rail Scotland's Route Director for the North.

[12:50] ScotRail North has cancelled 212 of its 540 scheduled services
in the north today, about 39 per cent. Services between Glasgow and
Edinburgh are running normally.

Graham Ellis, Managing Director of ScotRail North, said: "We have made
the difficult decision to stop trains where it isn't safe to run them.
We would rather cancel a service than put a train in the path of a falling
tree." He added that customers whose journeys were cancelled or delayed
by more than 30 minutes would be entitled to a full refund, and that
tickets dated 14 January would be accepted on Wednesday 15 January.

Rail outlook: ScotRail North expects to run a reduced service on the
Highland Main Line on Wednesday morning. The Far North and Kyle lines
will not reopen before Wednesday afternoon at the earliest, subject to
safety inspections. A full timetable is not expected until Thursday
16 January.

========================================================================
POWER UPDATES - HIGHLAND POWER NETWORKS (HPN)
========================================================================

[06:00] 44,000 customers without power, mostly in the Western Isles,
Skye and Lochaber. HPN has 1,150 engineers, line workers and support
staff on standby, including 260 brought in from partner networks in
England and Wales.

[08:30] Customers without power rises to 57,300. The worst affected
areas are the Western Isles (14,800), Skye and Lochalsh (11,200) and
Caithness (9,600).

[10:00] HPN has opened 12 welfare centres in community halls and
hotels, providing hot food, drinks and phone charging. Customers on the
Priority Services Register are being contacted by phone.

[11:45] Peak reached: 73,900 customers without power. HPN said it was
unable to send line crews into Orkney, Shetland and Caithness during the
red warning, but repair work continued in the Western Isles and Skye,
where winds had eased.

[13:30] Customers without power falls to 61,400. Around 38,200
customers have been reconnected since 06:00.

Dr Morag Sutherland, Director of Operations at Highland Power Networks,
said: "This is the most damaging storm our network has faced since
Arwen. Our crews have already restored power to more than 38,000 homes,
but some customers in the most remote areas may be without power until
Thursday." She said damage had been found at more than 400 separate
locations on the overhead network.

Compensation: Under the regulator's guaranteed standards, domestic
customers who are without power for more than 48 hours are entitled to
a payment of GBP 95, plus GBP 45 for each further 12 hours, up to a
cap of GBP 2,100. Payments are made automatically and customers do not
need to apply.

HPN chief executive Peter Lawson said the company had not asked for
military assistance and did not expect to. "We have the people and the
equipment we need. What we need now is for the wind to drop," he said.

Power outlook: HPN expects 80 per cent of affected customers to be
reconnected by 22:00 on Wednesday 15 January. Crews will move into
Orkney and Shetland as soon as the red warning ends at 18:00 today.

========================================================================
SAFETY ADVICE
========================================================================

- Do not approach fallen power lines. Call 105 to report damage.
- Do not use gas cookers or barbecues indoors for heating.
- Check the ScotRail North app or website before travelling.
- Customers needing help can call HPN free on 105 or visit
  www.hpn-power.co.uk/storm.

Next joint bulletin: 17:30, Tuesday 14 January 2025.

-- END OF BULLETIN --
`;

const files = { 'storm-update-isolde.md': UPDATE, 'joint-disruption-bulletin.txt': BULLETIN };

describe('a winter storm\'s update and disruption bulletin, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a changed gust "according to provisional figures"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported (87 passengers on a train stated "87 mph").
    verdict('contradicted', 'Stornoway recorded a gust of 87 mph overnight, according to provisional figures.', [['87 mph', '81 mph']]);
    verdict('supported', 'Stornoway recorded a gust of 81 mph overnight, according to provisional figures.');
  });

  test('one ferry operator in the place of another', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'CalMac has cancelled all Tuesday sailings between Aberdeen, Kirkwall and Lerwick.', [['CalMac', 'NorthLink Ferries']]);
    verdict('supported', 'NorthLink has cancelled all Tuesday sailings between Aberdeen, Kirkwall and Lerwick.');
    verdict('supported', 'CalMac said no sailings to the Western Isles would operate before Wednesday morning.');
  });

  test('a comparison the sentence\'s own figures make the other way: "fewer than at the same point during Storm Arwen" / "23 …, compared with 9"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Network Rail Scotland said 23 trees had blocked lines across the north since midnight, fewer than at the same point during Storm Arwen.', [['fewer', 'compared with 9']]);
    verdict('supported', 'Network Rail Scotland said 23 trees had blocked lines across the north since midnight, more than at the same point during Storm Arwen.');
  });

  test('a forecaster given another\'s post: "Callum Baird, the duty chief forecaster," / "Callum Baird, Head of Forecast Operations"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported ("forecaster" was no post the roles knew).
    verdict('contradicted', 'Callum Baird, the duty chief forecaster, said the speed of the storm was "a small mercy".', [['duty chief forecaster', 'Head of Forecast Operations']]);
    verdict('supported', 'Callum Baird, head of forecast operations, said the speed of the storm was "a small mercy".');
  });
});
