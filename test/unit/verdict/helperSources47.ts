/**
 * A helper draft's source that two verdict tests read (acronymsandbounds of the forty-sixth round, agesandlevels of
 * the forty-seventh), whole; the people, bodies and places are invented.
 */

/** h556: sources/02_society_newsletter.md, whole. */
export const SOCIETY_NEWSLETTER = `THE BRACKLEY LEAF

Newsletter of Brackley Fields Allotment Society, Mill Lane, Ashenford

Autumn 2024 – Issue 47 – published Thursday 3 October 2024

---

FROM THE CHAIR – Alan Pryce

Dear fellow plot holders,

This is not the autumn newsletter any of us wanted to write. Most of you will by now have heard that Ashenford Town Council's Amenities and Open Spaces Committee voted on Tuesday 17 September to do two things: to raise the rent the society pays for the whole site by 60 per cent, and to take back the lower field.

The notice to quit for the lower field arrived at my house by recorded delivery on Friday 27 September. It expires on Monday 29 September 2025. That gives the 13 plot holders on the lower field one more full growing season.

Your committee met on Tuesday 1 October to consider what this means for plot rents. With a heavy heart, we have agreed that we have no choice but to pass the increase on. The society's rent to the council goes up by £1,110 a year, and at the same time we will lose the rent from 14 plots, which comes to about £610 a year. Our reserves stand at £2,340 and cannot carry a gap of that size for more than a season.

I want to be clear that the committee does not accept the council's case for the lower field, and we will be asking you to decide the next step at the Emergency General Meeting (details below).

Alan Pryce, Chair

---

NEW PLOT RENTS FROM 1 APRIL 2025

Agreed by the society committee on Tuesday 1 October 2024.

| Plot type | Size | 2024-25 rent | 2025-26 rent | Change |
|---|---|---|---|---|
| Full plot | 250 sq m (10 rods) | £52 | £78 | +50% |
| Half plot | 125 sq m (5 rods) | £28 | £42 | +50% |
| Starter bed | 40 sq m | £12 | £18 | +50% |
| Water charge (per plot) | – | £9 | £9 | no change |

The 25 per cent concession for plot holders aged over 65 or receiving means-tested benefits will continue unchanged. Even after the rise, a full plot at Brackley Fields will cost less than a full plot at the council's Coldharbour Road site, which is £84.

---

THE SITE IN FIGURES (as at Monday 30 September 2024)

| | Lower field | Upper field | Whole site |
|---|---|---|---|
| Full plots | 9 | 53 | 62 |
| Half plots | 5 | 19 | 24 |
| Total plots | 14 | 72 | 86 |
| Plots let | 14 | 67 | 81 |
| Vacant plots (being cleared) | 0 | 5 | 5 |
| Plot holders | 13 | 64 | 77 |

Starter beds: 6, all on the upper field, all let.

Waiting list: 43 people, up from 29 at the same point last year. The average wait for a plot is now 26 months.

Plot holders aged over 65: 31 of 77.

Rent from plots brought in £3,812 in 2023-24; water charges brought in a further £729.

---

THE LOWER FIELD – WHAT WE KNOW

- The council says the lower field is needed for a surface water "attenuation pond" as part of its Mill Lane flood alleviation scheme, paid for by a £412,000 grant.
- The council has offered 10 plots at Coldharbour Road, 2.1 miles away, rent-free for the first year. There are 13 plot holders on the lower field.
- Plot holders will be paid compensation for crops and manure under the Allotments Act 1950. The council has not said how much.
- The lower field has the site's best soil and its only accessible plots: the two raised wheelchair-height beds on plots 66 and 67 were built in 2019 with a £3,200 grant from the Ashenford Community Trust.

Walter Greaves, who has worked plot 71 since 1979, told the Leaf: "Forty-five years I've been on that plot. My father's rhubarb is still in the corner. They can dig a pond anywhere, but they can't dig me up and put me down two miles away and expect me to grow."

---

PETITION

Our petition, "Save the Lower Field", had collected 1,204 signatures by Tuesday 1 October, 962 of them on paper at the site gate and at the Mill Lane post office, and 242 online. It will be handed to the Town Clerk before the committee's next meeting on Tuesday 19 November.

---

EMERGENCY GENERAL MEETING

Saturday 12 October 2024, 10.00am, in the site pavilion.

Motions:
1. That the society asks the town council to withdraw the notice to quit for the lower field.
2. That the society seeks advice from the National Allotment Society on the validity of the notice.
3. That the society accepts the new plot rents from 1 April 2025.

Secretary: Ruth Calloway. Treasurer: Hugh Mallinson.

Please bring your membership card. Tea and cake from 9.30am.
`;
