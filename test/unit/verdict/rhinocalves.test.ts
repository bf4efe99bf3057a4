/**
 * A zoo's rhino calf and its visitor numbers: the zoo's press release with a table of monthly visitors and a
 * keeper's hard-wrapped diary. The sources are written for these tests (from a helper's draft); the zoo and the people
 * are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# PRESS RELEASE

**Marlowe Vale Zoo** · Hensford Road, Ashcombe Priors, Wiltshire SN14 9QX
Press office: 01249 730 118 · press@marlowevalezoo.org.uk

**Ref:** MVZ/PR/2024/017
**Date:** Thursday 2 May 2024
**EMBARGOED until 00:01 BST, Friday 3 May 2024**

---

## Critically endangered rhino calf named "Nuru" as visitor numbers hit record high

*Eastern black rhino calf born in March draws biggest April crowds in zoo's 58-year history*

Marlowe Vale Zoo today revealed the name of its first eastern black rhino calf — Nuru, meaning "light" in Swahili — and announced that visitor numbers in April rose by 38 per cent compared with the same month last year.

The female calf was born in the early hours of Tuesday 12 March 2024 to mother Zuri, aged 11, and father Baraka, aged 17. Keepers recorded the birth at 04:17 after a labour of just under three hours, following a gestation of 462 days. The calf weighed an estimated 34 kg at birth and was standing within 52 minutes.

She is the first eastern black rhino born at Marlowe Vale since the zoo joined the Pan-European Black Rhino Breeding Programme (PEBRBP) in 2016, and only the fourth born in a UK collection in the past ten years.

Nuru's name was chosen by public vote from a shortlist of three. The naming competition, which closed on Sunday 28 April, attracted 14,723 entries, and Nuru received 52 per cent of the 9,380 votes cast in the final round. The other shortlisted names were Amani ("peace") and Jabari ("brave").

### Record visitor figures

The calf made her first public appearance in the outdoor paddock on Good Friday, 29 March. On Easter Monday, 1 April, the zoo welcomed 11,406 visitors, a new single-day record, beating the previous best of 9,870 set on Wednesday 24 August 2022.

Total visitor numbers for April 2024 reached 61,134, up from 44,300 in April 2023.

| Month    | 2023    | 2024    | Change  |
|----------|---------|---------|---------|
| January  | 12,410  | 12,906  | +4.0%   |
| February | 18,950  | 20,087  | +6.0%   |
| March    | 31,200  | 39,936  | +28.0%  |
| April    | 44,300  | 61,134  | +38.0%  |
| **Total**| **106,860** | **134,063** | **+25.5%** |

*Source: Marlowe Vale Zoo ticketing data. Figures include members and school groups; they exclude staff and contractors.*

### Quotes

**Martin Ashdown, Chief Executive, Marlowe Vale Zoo**, said:

> "We have never seen anything like the response to Nuru. People have queued at the gates before we open, and many of them tell us it is the first time they have visited since they were children. Every one of those tickets helps to protect rhinos in the wild."

**Dr Helen Okafor-Reid, Director of Animal Care**, said:

> "Zuri has been a calm and attentive mother from the very first minute. We kept the rhino house closed to the public for the first 17 days so that mother and calf could bond without disturbance, and that patience has paid off. Nuru is now feeding well, exploring the paddock and already testing her mother's patience."

**Dr Fiona Maclaren, Head Veterinarian**, said:

> "At her last check on 30 April, Nuru weighed 78 kg, which is right where we would want her to be at seven weeks. She has more than doubled her birth weight and she is in excellent health."

**Dr Anneke Vos, PEBRBP Coordinator, Rotterhaven Zoo**, said:

> "Every calf matters for a population this small. Nuru's genes are particularly valuable because her father's line is under-represented in European zoos."

### Conservation

Fewer than 1,000 eastern black rhinos are thought to survive in the wild, mainly in protected areas of East Africa, where poaching for horn remains the greatest threat.

From 1 April to 31 December 2024, £1 from every admission ticket sold will be donated to the Mbeya Hills Rhino Conservancy, which pays for ranger patrols and anti-poaching dog teams. By the end of April the scheme had already raised £48,600. The zoo has pledged a minimum donation of £150,000 for the year.

Nuru, Zuri and Baraka live in the zoo's Rhino House, which opened in 2021 at a cost of £2.3 million and includes a heated indoor stall and a 1.2-hectare outdoor paddock. During April the Rhino House viewing area was open from 10:00 to 16:30 daily; from Saturday 4 May, viewing hours will be extended to 17:30 on weekends.

**ENDS**

---

### Notes to editors

1. Marlowe Vale Zoo opened in 1966 and is owned and run by the Marlowe Vale Zoological Society, a registered charity (no. 1087354). It covers 42 hectares near Ashcombe Priors, Wiltshire, and cares for more than 140 species.
2. The eastern black rhino (*Diceros bicornis michaeli*) is listed as Critically Endangered. Adults weigh between 800 kg and 1,400 kg.
3. Zuri arrived at Marlowe Vale from Rotterhaven Zoo in October 2019. Baraka has lived at Marlowe Vale since 2014.
4. The Pan-European Black Rhino Breeding Programme (PEBRBP) manages 104 eastern black rhinos in 31 zoos across Europe.
5. Hi-res images and video of Nuru are available via the press office. Credit: Marlowe Vale Zoo / Sam Pettifer.
6. Interviews with Martin Ashdown and Dr Helen Okafor-Reid can be arranged through Lucy Brennan, Communications Manager, on 01249 730 118 or lucy.brennan@marlowevalezoo.org.uk.
`;

const DIARY = `MARLOWE VALE ZOO - HOOFSTOCK & RHINO SECTION
KEEPER'S DAILY DIARY - RHINO HOUSE
Diary ref: HRS/RD/2024/03
Kept by: Tom Gilchrist, Senior Keeper (Rhino)
Countersigned weekly: Priya Castellan, Head Keeper, Hoofstock
Animals: Zuri (F, 11 yrs, ID MVZ-R-0412), Baraka (M, 17 yrs,
ID MVZ-R-0287), calf (F, ID MVZ-R-0519, unnamed at time of entries)
INTERNAL - NOT FOR PUBLICATION WITHOUT PERMISSION OF COMMS TEAM
======================================================================

MONDAY 11 MARCH 2024
08:00  Zuri restless overnight per night log (E. Marsh). Udder full,
       waxing on teats since Saturday. Vulva relaxed. Ate approx.
       half of usual 18 kg lucerne hay ration, browse untouched.
11:30  Dr Fiona Maclaren (Head Vet) visited. Agrees birth likely
       within 48 hrs. Quote from her for the file: "She's telling us
       she's nearly ready. Leave her quiet and keep the cameras on."
14:00  Baraka moved to the north stall and kept separated from now on.
       Rhino House closed to public from close of play today.
       Indoor stall temp set to 24C, deep straw bed laid (approx.
       40 bales).
18:30  Handover to Ellie Marsh (Keeper) for night watch. Both of us on
       call. Camera 3 (infrared) checked and recording.

TUESDAY 12 MARCH 2024
01:25  Ellie phoned me: Zuri pacing, tail raised, first visible
       contractions. I arrived on site 01:50.
03:05  Dr Maclaren on site, watching from the keeper corridor only.
03:40  Waters broke. Zuri lying down on right side, then up again
       several times.
04:17  CALF BORN. Front feet first, normal presentation. Membranes
       cleared by Zuri within a minute. Calf breathing, head up
       at 04:21.
05:09  Calf standing unaided (52 mins after birth). Wobbly but
       steady by 05:30.
06:38  First suckle observed on camera, approx. 40 secs, then
       several shorter bouts before 08:00.
08:15  Dr Maclaren: visual check only, no handling. Sex confirmed
       female from camera footage. Estimated birth weight 34 kg (not
       weighed - no handling for first week, per protocol).
09:30  Priya C. and Dr Helen Okafor-Reid (Director of Animal Care)
       viewed from corridor. Helen said: "That's the best start we
       could have hoped for. Nobody goes in that stall."
       Placenta passed 10:05, removed by me once Zuri was in the
       outside yard for 10 mins.
       Notes: whole labour approx 2 hrs 52 mins from first
       contractions. Gestation 462 days from last recorded mating
       (6 Dec 2022).

WEDNESDAY 13 MARCH 2024
       Calf suckling roughly every 45-60 mins through the night.
       Zuri back on full hay ration, plus 2 kg pellets and willow
       browse. Very protective - charged the stall gate at 07:50
       when I came in with the wheelbarrow. Noted: do all cleaning
       while Zuri is in the yard, never with calf present.
       Press office (Lucy Brennan) asked for footage; sent 3 clips
       from camera 3. Comms want to hold announcement until day 3.

FRIDAY 15 MARCH 2024
       Birth announced on zoo social media 09:00. Lucy says 1.2
       million views on the first video by 17:00.
       Calf first out in the small yard with Zuri at 13:20, for
       approx. 25 mins. Outdoor temp 11C, so kept it short.
       Dung sample from Zuri sent to lab (routine).

TUESDAY 19 MARCH 2024
       Day 7. Calf walked onto the platform scale in the stall
       passage following Zuri - first proper weight: 41.5 kg.
       Dr Maclaren pleased: "Seven and a half kilos in a week.
       That's milk going in."
       Calf now mouthing hay and browse but not swallowing.
       Baraka calm in north stall, interested in calf through the
       bars. Not to be mixed - PEBRBP guidance, no contact with
       bull for at least 6 months.

TUESDAY 26 MARCH 2024
       Calf out in the 1.2 ha main paddock for the first time, 10:40
       to 12:15. Ran the full length of the fence line twice. Zuri
       stayed within 5 m of her throughout.
       Planning meeting with Priya, Lucy and Martin Ashdown (CEO)
       re reopening. Agreed: Rhino House reopens Good Friday 29 Mar
       (17 days closed in total). Extra staff on the viewing
       platform; one-way route through the house; max 60 people
       inside at once. Martin: "We'll take the hit on queues before
       we take any risk with that calf."

FRIDAY 29 MARCH 2024 (GOOD FRIDAY)
       Rhino House reopened 10:00. Calf in paddock from 11:00 to
       13:10 (2 hrs 10 mins) - first time seen by the public.
       Gate count for the day 8,912 (from ticket office).
       Queue to the viewing platform peaked at about 40 mins around
       12:30. Crowd noise fine, calf not bothered. Zuri watched
       the crowd for a while then went back to grazing.
       One visitor climbed on the barrier rail for a photo at
       14:45, spoken to by Ellie, no further trouble.

MONDAY 1 APRIL 2024 (EASTER MONDAY)
       Busiest day I have ever worked here. Queue at the main gate
       at 09:15 stretched roughly 300 m along Hensford Road. Car
       park full by 11:40, overflow field opened.
       Gate count 11,406 - ticket office says that's a new record
       (old one 9,870, August 2022).
       Calf out 10:30-12:00 and 14:00-15:00. Closed the viewing
       platform for 20 mins at 13:15 so keepers could do a feed
       without crowd pressure.
       Priya: "If this is the Easter effect, I dread the summer
       holidays." Said it with a smile, I think.

SATURDAY 6 APRIL 2024
       Calf weighed again on passage scale: 49 kg.
       Suckling bouts now longer, fewer. Chewing and swallowing
       small amounts of lucerne.
       Naming competition launched online today by comms team (closes
       28 Apr). Shortlist chosen by keepers: Nuru, Amani, Jabari. I
       voted Jabari - she's fearless - but I'm told we don't get a
       say in the final round.
       Keeper hours this week: rhino team worked 212 hrs total
       against a rota of 168 hrs. Overtime request sent to Priya.

======================================================================
End of sheet HRS/RD/2024/03. Continued on HRS/RD/2024/04.
Countersigned: P. Castellan, Head Keeper, 08/04/2024
`;

const files = { 'press_release_rhino_calf.md': RELEASE, 'keeper_diary_rhino.txt': DIARY };

describe("a rhino calf and the zoo's visitors: the release with its monthly table and the keeper's diary, with the product's word vectors", () => {
  withProductWordVectors();

  test('a total\'s figure for a claim that names the months it adds up is no other row\'s: "Between January and April … 134,063"', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    // Was contradicted: "The source gives 134,063 for Total, not 134,063 for January". (Still a warning: "between" is
    // taken for a word no source states.)
    const r = judge('Between January and April, the zoo welcomed 134,063 visitors, a rise of just over a quarter on the same period in 2023.');
    assert.notEqual(r.verdict, 'contradicted');
    assert.deepEqual(r.conflicts, []);
  });
});
