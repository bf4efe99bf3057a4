/**
 * A rail strike: the union's hard-wrapped ballot result press release and the train operator's customer notice with a
 * table of cancelled services, on the 24-hour clock. The sources are written for these tests (from a helper's draft);
 * the union, the operator and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `NATIONAL UNION OF RAIL CREWS (NURC)
Affiliated to the Trades Union Congress
Unity House, 14 Gantry Row, London

PRESS RELEASE

Ref:      NURC/PR/24/117
Date:     Thursday 14 November 2024
EMBARGO:  00:01 hrs Thursday 14 November 2024

WESTMARCH RAILWAYS CREWS BACK STRIKES OVER PAY AND GUARDS' JOBS

  - 87.5% vote for strike action on a 71.2% turnout
  - First 24-hour walkout set for Saturday 30 November
  - Overtime ban from Monday 2 December

Guards, drivers and on-board supervisors at Westmarch Railways have
voted overwhelmingly for industrial action in a dispute over pay, job
cuts and the future of the guard's role, the National Union of Rail
Crews (NURC) announced today.

The ballot, conducted by the independent scrutineer Calder Ballot
Services, closed at 12 noon on Wednesday 13 November 2024. Of the
2,346 members balloted, 1,670 returned voting papers, a turnout of 71.2
per cent - well above the 50 per cent threshold required under the
Trade Union Act 2016.

On the question of strike action, 1,459 members voted yes and 208 voted
no, a majority of 87.5 per cent. Three papers were spoiled. On the
question of action short of a strike, 1,552 members voted yes and 115
voted no, a majority of 93.1 per cent.

The union's national executive committee met on Wednesday evening and
agreed the following programme of action:

  * a 24-hour strike from 00:01 on Saturday 30 November 2024;
  * an overtime ban and work-to-rule starting on Monday 2 December 2024
    and continuing until further notice;
  * a 48-hour strike from 00:01 on Friday 6 December until 23:59 on
    Saturday 7 December 2024.

Formal notice of the action will be served on the company on Friday
15 November.

THE DISPUTE

Westmarch Railways, which runs around 640 services each weekday across
the Carrowmere, Wrenhampton and Pellingford lines, has offered a pay
rise of 3.2 per cent for 2024-25, backdated to 1 April. The NURC is
seeking 6.5 per cent, arguing that crews' pay has fallen by 11 per cent
in real terms since 2020.

The company has also proposed extending driver-controlled operation to
all trains on the Wrenhampton line from May 2025, which the union says
would put 142 guards' posts at risk. Under the plans, guards would be
replaced by "on-board hosts" who would not be safety-critical and who
could be withdrawn from a train when rosters are short.

The union says the company has refused to rule out compulsory
redundancies, and that talks hosted by the conciliation service Acas
broke down on Thursday 24 October after four meetings.

WHAT THEY SAID

Maureen Kettering, NURC General Secretary, said:

  "This is a thumping mandate. Nearly nine in ten of our members who
  voted have told Westmarch Railways that enough is enough. Our members
  kept this railway running through the pandemic and they will not
  accept a real-terms pay cut year after year while the company hands
  GBP 14.6 million to its shareholders.

  "We have no wish to disrupt passengers in the run-up to Christmas,
  and we remain available for talks at any hour. But the company must
  come back with a serious offer and take the threat to guards off the
  table."

Dafydd Prothero, NURC Regional Organiser (Western), said:

  "A guard is not a luxury. On a 160-metre, eight-carriage train at an
  unstaffed platform in the dark, the guard is the person who helps a
  wheelchair user off, deals with an emergency and keeps people safe.
  Take the guard away and you take all of that away."

Owen Lasseter, guard and NURC branch secretary at Carrowmere depot,
said:

  "I've worked on this railway for 22 years. Nobody at our depot wants
  to strike, but we've been left with no choice. We'd rather be at
  work, and we'll be back at work the minute there's a fair deal."

BACKGROUND

The NURC represents around 2,900 staff at Westmarch Railways, including
1,180 guards and 760 drivers. The ballot covered all members in the
traincrew, on-board supervisor and crew-depot grades.

This is the union's first company-wide ballot for strike action at
Westmarch Railways since 2019, when a dispute over rostering was
settled two days before a planned walkout.

Under current legislation, the mandate from this ballot remains valid
for six months, until 13 May 2025.

ENDS

NOTES TO EDITORS

1. The National Union of Rail Crews (NURC) is an independent trade
   union representing around 41,000 members in train operating
   companies, freight and infrastructure across Great Britain.

2. Ballot figures, as certified by Calder Ballot Services (scrutineer's
   report dated 13 November 2024):

     Members entitled to vote ............ 2,346
     Voting papers returned .............. 1,670 (71.2%)

     Question 1 - strike action
       Yes ............................... 1,459 (87.5%)
       No ................................   208 (12.5%)
       Spoiled ...........................     3

     Question 2 - action short of a strike
       Yes ............................... 1,552 (93.1%)
       No ................................   115 (6.9%)
       Spoiled ...........................     3

   Percentages are of valid votes cast.

3. Maureen Kettering and Dafydd Prothero are available for interview
   on Thursday 14 November. Broadcast bids to the press office.

4. A picket line will be organised at Carrowmere Central station from
   05:00 on Saturday 30 November.

Media contact:
Sian Aldridge, Head of Communications, NURC
Tel: 020 7946 0318 | Out of hours: 07700 900412
press@nurc-union.example
`;

const NOTICE = `# Westmarch Railways - Customer Notice

| | |
|---|---|
| **Notice reference** | WMR/CN/24/088 |
| **Issued** | Monday 18 November 2024, 16:00 |
| **Applies to** | All Westmarch Railways routes |
| **Status** | Confirmed - plan your journey |

## Planned industrial action by the National Union of Rail Crews (NURC)

The National Union of Rail Crews has notified us that its members intend to take strike action on **Saturday 30 November 2024** and on **Friday 6 December and Saturday 7 December 2024**. The union has also told us that an overtime ban will apply from **Monday 2 December 2024** until further notice.

We are very sorry for the disruption this will cause. We are continuing to talk to the union and will update this notice if anything changes. Please check before you travel.

## Strike days: what to expect

On **Saturday 30 November, Friday 6 December and Saturday 7 December**:

- A reduced service will run **between 07:30 and 18:30 only**. Last trains will leave well before 18:30, so please check the time of your last train home.
- We expect to run **about 35% of our normal timetable**.
- **Wrenhampton line:** two trains per hour between Carrowmere Central and Wrenhampton, instead of the usual four.
- **Pellingford line:** no trains will run. Rail replacement buses will run **every 30 minutes between Ashvale Junction and Pellingford**, calling at all stations on the 18.4-mile branch. The bus journey will take **about 75 minutes**, compared with 41 minutes by train.
- **Stowcombe line:** one train per hour between Carrowmere Central and Stowcombe.
- **Tarrow Quay** station will be closed all day.
- Trains will be shorter than usual, with a maximum of four carriages, and are expected to be very busy.
- Ticket offices will be open only at Carrowmere Central, Wrenhampton and Ashvale Junction.
- Services on **Sunday 1 December** and **Sunday 8 December** will start later than normal, with the first trains from approximately 09:00.

Rupert Ainsley-Gray, Customer Services Director, said:

> "Our advice is simple: if you can work from home on 30 November, 6 December or 7 December, please do. If you must travel, plan ahead, allow plenty of extra time and check the last train home before you set off."

## Tickets and refunds

- Tickets dated **Saturday 30 November** can be used on **Friday 29 November** or on any day up to and including **Tuesday 3 December**.
- Tickets dated **Friday 6 December** or **Saturday 7 December** can be used from **Thursday 5 December** up to and including **Tuesday 10 December**.
- If you decide not to travel, you can claim a **full refund with no admin fee** from the retailer you bought your ticket from.
- Season ticket holders can claim compensation through Delay Repay for each strike day. Claims must be made within **28 days** of the date of travel.
- Advance tickets for cancelled trains will be refunded automatically if you bought them through our website or app.

## Overtime ban: cancelled services from Monday 2 December

Many of our train crew rosters rely on staff volunteering to work overtime and rest days. Because of the overtime ban, we will remove the following **14 weekday services** from **Monday 2 December 2024 until further notice**. These changes apply on non-strike days as well as strike days.

| Headcode | Departs | From | To | Arrives | Days | Suggested alternative |
|---|---|---|---|---|---|---|
| 2C04 | 05:52 | Carrowmere Central | Wrenhampton | 06:47 | Mon-Fri | 06:22 Carrowmere Central - Wrenhampton |
| 2C11 | 06:38 | Wrenhampton | Carrowmere Central | 07:33 | Mon-Fri | 06:53 Wrenhampton - Carrowmere Central |
| 2P07 | 07:15 | Ashvale Junction | Pellingford | 07:56 | Mon-Fri | 07:45 Ashvale Junction - Pellingford |
| 2P10 | 08:04 | Pellingford | Ashvale Junction | 08:45 | Mon-Fri | 08:34 Pellingford - Ashvale Junction |
| 1H22 | 08:40 | Carrowmere Central | Hensby Parkway | 09:12 | Mon-Thu | 09:10 Carrowmere Central - Hensby Parkway |
| 2C35 | 09:26 | Wrenhampton | Carrowmere Central | 10:21 | Mon-Fri | 09:56 Wrenhampton - Carrowmere Central |
| 2S41 | 10:48 | Stowcombe | Carrowmere Central | 11:37 | Mon-Fri | 11:18 Stowcombe - Carrowmere Central |
| 2P26 | 12:15 | Ashvale Junction | Pellingford | 12:56 | Mon-Fri | 13:15 Ashvale Junction - Pellingford |
| 1H58 | 16:02 | Hensby Parkway | Carrowmere Central | 16:34 | Mon-Fri | 16:32 Hensby Parkway - Carrowmere Central |
| 2C67 | 17:12 | Carrowmere Central | Wrenhampton | 18:07 | Mon-Fri | 17:27 or 17:42 Carrowmere Central - Wrenhampton |
| 2S70 | 17:36 | Carrowmere Central | Stowcombe | 18:25 | Mon-Fri | 18:06 Carrowmere Central - Stowcombe |
| 2P73 | 18:20 | Pellingford | Ashvale Junction | 19:01 | Fri only | 18:50 Pellingford - Ashvale Junction |
| 2C88 | 21:45 | Wrenhampton | Carrowmere Central | 22:40 | Mon-Fri | 22:15 Wrenhampton - Carrowmere Central |
| 2C94 | 23:05 | Carrowmere Central | Wrenhampton | 00:00 | Mon-Thu | None - last train now 22:35 |

**Notes**

1. Times shown are from the current (May 2024) timetable. All other weekday services are expected to run as normal on non-strike days, but some may be shortened or cancelled at short notice.
2. Where a suggested alternative is busier than usual, please allow extra time and use all doors when boarding.
3. Weekend timetables are not affected by the overtime ban, except on strike days.

## A message from our Managing Director

Helena Marchbank, Managing Director of Westmarch Railways, said:

> "We are disappointed that the NURC has chosen to strike rather than keep talking. Our offer of 3.2 per cent is fair and affordable at a time when the railway is still carrying fewer passengers than before the pandemic. Every guard affected by our plans for the Wrenhampton line will be offered a new role on the same pay, and our door remains open."

> "I want to thank our customers for their patience. We will do everything we can to keep people moving on strike days."

## Further information

- Journey planner and live updates: westmarchrailways.example/strikes
- Customer Relations: 0345 600 7710 (07:00 to 22:00, seven days a week)
- Assisted travel: please book at least 24 hours in advance on 0800 028 4491. We cannot guarantee assistance at unstaffed stations on strike days.

*Westmarch Railways Ltd. Registered office: Station House, Platform 1, Carrowmere Central. Notice WMR/CN/24/088 supersedes no previous notice.*
`;

const files = { 'nurc_ballot_result_press_release.txt': RELEASE, 'westmarch_customer_notice_WMR-CN-24-088.md': NOTICE };

describe("a rail strike: the union's ballot result and the operator's customer notice, with the product's word vectors", () => {
  withProductWordVectors();

  test('a text on the 24-hour clock keeps it: "between 07:30 and 18:30" is not "between 07:30 and 19:30"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: "07:30" was read as 7:30 in the morning or the evening, and so stated 19:30 too.
    verdict('contradicted', 'Trains that do run on strike days will operate only between 07:30 and 19:30.', [['19:30', '18:30']]);
    verdict('supported', 'Trains that do run on strike days will operate only between 07:30 and 18:30.');
  });
});
