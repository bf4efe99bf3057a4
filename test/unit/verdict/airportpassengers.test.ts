/**
 * A regional airport's first year of a million passengers: its press release (Markdown, a table of monthly figures)
 * and a radio interview with its chief executive (a transcript). The sources are written for these tests (from a
 * helper's draft); the airport, the airline and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `# THORNBRIDGE AIRPORT LIMITED — PRESS RELEASE

**Ref:** TBA/PR/2025/014
**Date:** Tuesday 14 January 2025
**Embargo:** For immediate release
**Contact:** Communications Office, Thornbridge Airport, Wealdshire

---

## Thornbridge Airport passes one million passengers for the first time as Corvale Air confirms new Bergen route

Thornbridge Airport handled 1,046,380 passengers in the 2024 calendar year, the first time in its 61-year history that annual traffic has exceeded one million. The total was 12.4% higher than the 930,900 passengers recorded in 2023, and 3.1% above the airport's previous record of 1,014,900, set in 2019.

The airport also confirmed today that Corvale Air will launch a new year-round service to Bergen, Norway, from Friday 28 March 2025. It will be the first scheduled link between Wealdshire and Norway and brings the number of destinations served directly from Thornbridge to 27.

Helen Markwick, Chief Executive of Thornbridge Airport, said: "Crossing the million-passenger mark is a milestone this airport has been working towards for more than a decade. It belongs to the people of Wealdshire who chose to fly from their local airport rather than drive two hours to a bigger one."

### Monthly passenger numbers, 2024 compared with 2023

| Month     | 2024 passengers | 2023 passengers | Change  |
|-----------|----------------:|----------------:|--------:|
| January   | 58,210          | 52,870          | +10.1%  |
| February  | 61,340          | 54,120          | +13.3%  |
| March     | 72,980          | 63,410          | +15.1%  |
| April     | 84,150          | 74,960          | +12.3%  |
| May       | 93,870          | 83,200          | +12.8%  |
| June      | 109,620         | 97,350          | +12.6%  |
| July      | 124,560         | 111,080         | +12.1%  |
| August    | 128,410         | 114,690         | +12.0%  |
| September | 104,330         | 93,140          | +12.0%  |
| October   | 86,790          | 77,830          | +11.5%  |
| November  | 62,450          | 55,310          | +12.9%  |
| December  | 59,670          | 52,940          | +12.7%  |
| **Total** | **1,046,380**   | **930,900**     | **+12.4%** |

*Source: Thornbridge Airport terminal passenger counts (arriving and departing passengers; transit passengers excluded).*

August was the busiest month of the year, with 128,410 passengers, while January was the quietest, with 58,210. The busiest single day was Saturday 27 July 2024, when 4,912 passengers passed through the terminal at the start of the Wealdshire school summer holidays. March recorded the strongest growth of any month, at 15.1%, which the airport attributes partly to Easter falling in March in 2024.

Passenger growth was achieved despite the closure of the runway overnight for 19 nights in October and November while it was resurfaced. The £8.6 million resurfacing project covered the full 2,199-metre length of the runway and was completed on Friday 29 November 2024, two days ahead of schedule and £310,000 under budget.

### New route: Thornbridge to Bergen

Corvale Air will operate three return flights a week to Bergen, on Mondays, Wednesdays and Fridays, using a 70-seat ATR 72-600 turboprop aircraft. Flights will depart Thornbridge at 07:15 and arrive in Bergen at 10:05 local time, with a scheduled flight time of 1 hour 50 minutes. The return flight will leave Bergen at 10:50 local time and land at Thornbridge at 11:45.

Introductory one-way fares start at £64 including taxes, and tickets go on sale at 09:00 on Thursday 6 February 2025.

Tomas Reyland, Commercial Director of Corvale Air, said: "Western Norway is one of the fastest-growing markets we serve, and there is clear demand from both business travellers in the offshore energy sector and from leisure passengers heading for the fjords. Thornbridge gives us a well-run, uncongested base with a catchment of around 1.3 million people."

The airline expects to carry around 21,000 passengers on the route in its first full year. Corvale Air will base one aircraft at Thornbridge from March, creating 14 jobs for pilots, cabin crew and engineers.

### Punctuality, jobs and investment

In 2024, 81% of departing flights left within 15 minutes of their scheduled time, up from 76% in 2023. The average wait at security was 7 minutes, and 96% of passengers were through security in under 15 minutes.

The airport now directly employs 412 people, 38 more than at the end of 2023. A further 1,150 people work on the airport site for airlines, handling agents, retailers and other businesses.

Five airlines operated scheduled flights from Thornbridge during 2024. The airport's most popular destination was Alicante, followed by Amsterdam and Palma.

Councillor Priya Ashdown, Leader of Wealdshire County Council, which owns 51% of Thornbridge Airport Limited, said: "These figures show what a local airport can do for a county's economy. Every new route brings visitors and investment to Wealdshire, and I'm delighted that the council's confidence in the airport has been repaid."

The airport's board approved a £22 million terminal expansion in December 2024, which will add 4,800 square metres of floor space, six new departure gates and a larger security hall. Construction is due to begin in September 2025 and finish in spring 2027.

**ENDS**

---

### Notes to editors

1. Thornbridge Airport opened as a civil airport in 1964 on the site of a former RAF training airfield, 6 miles (9.7 km) north-east of Thornbridge town centre.
2. Thornbridge Airport Limited is owned 51% by Wealdshire County Council and 49% by Harlund Infrastructure Partners.
3. Passenger figures are terminal passengers as defined by the Civil Aviation Authority, counting each arriving and each departing passenger once.
4. The airport's previous annual record was 1,014,900 passengers in 2019. Traffic fell to 212,400 in 2020 during the pandemic.
5. Corvale Air is an independent regional airline headquartered in Aberlyn and operating a fleet of 11 turboprop aircraft.
6. High-resolution images of the resurfaced runway and of Helen Markwick are available on request.

**Media enquiries:** Graham Pellow, Head of Communications, Thornbridge Airport — 01632 960 418 (24 hours) — press@thornbridgeairport.example
`;

const INTERVIEW = `RADIO WEALDSHIRE — WEALDSHIRE BREAKFAST
TRANSCRIPT OF BROADCAST INTERVIEW

Programme:   Wealdshire Breakfast
Broadcast:   Wednesday 15 January 2025, 07:40-07:52
Presenter:   Dan Corrigan
Guest:       Helen Markwick, Chief Executive, Thornbridge Airport
Transcribed: Newsdesk, Radio Wealdshire (ref. RW/TX/0115/03)

Note: Transcribed from the broadcast recording. Minor hesitations and
repetitions have been removed. Times are approximate.

----------------------------------------------------------------------

[07:40]

DAN CORRIGAN: It's twenty to eight. Thornbridge Airport says it handled
more than a million passengers last year, the first time it has ever
done that. And there's a new route to Norway on the way. I'm joined in
the studio by the airport's chief executive, Helen Markwick. Good
morning.

HELEN MARKWICK: Good morning, Dan. Thanks for having me.

DAN CORRIGAN: A million passengers. Just over, in fact: one million and
forty-six thousand. Is that a number you expected to hit?

HELEN MARKWICK: Honestly, we budgeted for about 990,000, so we beat our
own forecast by more than 50,000. We hoped we might get there in 2025.
What made the difference was the summer. July and August together were
over a quarter of a million passengers, and our load factors, which is
how full the planes are, averaged 87% across the summer season.

DAN CORRIGAN: But you'd been close before. You did just over a million
in 2019, didn't you?

HELEN MARKWICK: We did, 1,014,900, and then the pandemic came and we
fell to about 212,000 in 2020. So there were some very dark days. I
joined as chief executive in April 2021, and at that point we had
three airlines and fourteen destinations. Now we've got five airlines
and, from March, twenty-seven destinations.

[07:43]

DAN CORRIGAN: Let's talk about Bergen. Why Bergen? I don't think many
of my listeners are going to be nipping over for the weekend.

HELEN MARKWICK: You might be surprised. But the real story is the
energy sector. We've got a lot of companies in the north of the county,
around Caddon Bay, who work in offshore wind and in decommissioning,
and they have colleagues and clients in western Norway. At the moment
those people drive to a bigger airport and change, and a trip that
should take two hours takes six or seven. Corvale Air did the
research, they spoke to about 40 local businesses, and the demand is
there.

DAN CORRIGAN: Three flights a week though. Is that enough?

HELEN MARKWICK: It's the right place to start. Mondays, Wednesdays and
Fridays, out first thing and back before lunch. If it does well, and
I'm confident it will, Corvale have told us they would look at going
to five a week from the winter of 2026.

DAN CORRIGAN: And did the airport pay Corvale to come?

HELEN MARKWICK: There's no subsidy, no. What we do, and every regional
airport does this, is offer a discount on landing charges for new
routes in their first three years. That scheme is open to any airline.
It's published on our website. No public money has gone to Corvale.

[07:46]

DAN CORRIGAN: Let me put some listener messages to you. Sandra in
Milford Cross says the noise is getting worse, particularly the early
flights. What do you say to her?

HELEN MARKWICK: I'd say to Sandra that I understand, and we do take it
seriously. The number of noise complaints actually fell last year, from
214 in 2023 to 176 in 2024, even though we had more flights. But I know
a number isn't much comfort if it's your bedroom window. We don't have
scheduled departures between 23:30 and 06:00, and that isn't going to
change. The Bergen flight leaves at quarter past seven.

DAN CORRIGAN: So no night flights, ever?

HELEN MARKWICK: Not under my watch, no. We have no plans to apply for
night flights.

DAN CORRIGAN: Another one, from Phil in Ashcombe: "Why have you put
the drop-off charge up again?"

HELEN MARKWICK: It went up from £5 to £6 in October, for ten minutes.
It's the first rise since 2022. And there's a free option: you can park
in the long-stay car park for up to 30 minutes at no charge and walk
about four minutes to the terminal. I'd really encourage people to use
it.

[07:48]

DAN CORRIGAN: The council owns just over half of the airport. Some
councillors have said the county shouldn't be in the airport business
at all. Is the airport a good deal for taxpayers?

HELEN MARKWICK: I think it is. We paid the council a dividend of £1.2
million for 2023-24, which was the first dividend since 2019. We made
an operating profit of £3.4 million on revenue of £31.7 million. And
the £22 million terminal expansion is being funded by the shareholders
and by borrowing, and the council's share of that is a loan at a
commercial rate, not a grant.

DAN CORRIGAN: Tell us about the expansion. What do passengers get?

HELEN MARKWICK: A bigger security hall, so the summer queues go, six
more gates and more seats in departures, because at six in the morning
in August, frankly, there aren't enough. Work starts in September and
it should be finished by spring 2027. We're phasing it so the terminal
stays open throughout.

DAN CORRIGAN: And what's the next target? Two million?

HELEN MARKWICK: Let's not get carried away. Our master plan says 1.5
million passengers a year by 2030, and I think that's realistic.
We're talking to two airlines at the moment about new routes for the
summer of 2026. I can't name them, but one of them would be a brand
new airline for Thornbridge.

[07:51]

DAN CORRIGAN: Quickly, before the news. Is there a route you'd love to
have that you haven't got?

HELEN MARKWICK: Everybody asks for a daily London flight. Everybody
asks for Dublin. Dublin we'd love, and we're working on it. London, I
think the trains are probably the better answer.

DAN CORRIGAN: Helen Markwick, thank you very much.

HELEN MARKWICK: Thank you, Dan.

DAN CORRIGAN: The chief executive of Thornbridge Airport there. Tickets
for the Bergen flights go on sale on the sixth of February. It's eight
minutes to eight; the news and travel is next.

[07:52 — END OF ITEM]

----------------------------------------------------------------------
Transcript checked against broadcast audio by: Mei Lin Okafor, Senior
Broadcast Journalist, Radio Wealdshire, 15 January 2025.
This transcript is supplied for news-gathering purposes only.
`;

const files = { 'press_release_2024_passenger_figures.md': RELEASE, 'radio_wealdshire_interview_markwick.txt': INTERVIEW };

describe("an airport's passenger figures: the release and the radio interview, with the product's word vectors", () => {
  withProductWordVectors();

  test('words given to another speaker name the person, not the body in her post\'s relative clause', async () => {
    const report = await checkAgainst(files, ['# Airport', '', '"These figures show what a local airport can do for a county\'s economy," said Ms Markwick.', ''].join('\n'));
    // Was: "These words were said by Wealdshire County Council" (from "Councillor Priya Ashdown, Leader of Wealdshire
    // County Council, which owns 51% of Thornbridge Airport Limited, said:").
    assert.deepEqual(
      report.findings.map((f) => [f.code, f.message.replace(/ \(sources.*$/, '')]),
      [['misattributed-quote', 'These words were said by Councillor Priya Ashdown, not Ms Markwick']],
    );
  });

  test('a stake the source gives to another owner, the claim\'s owner not in the sentence', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported: "owned 51% by Wealdshire County Council and 49% by Harlund Infrastructure Partners".
    verdict('contradicted', 'The council owns 51% of the airport, with the remaining 49% held by Corvale Air.', [['Corvale Air', 'Harlund Infrastructure Partners']]);
    verdict('supported', 'The council owns 51% of the airport, with the remaining 49% held by Harlund Infrastructure Partners.');
  });

  test('"the work" for the project the source names is the same thing said generally', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives runway, not work".
    verdict('supported', 'The work was completed two days ahead of schedule and £310,000 under budget.');
    verdict('contradicted', 'The work was completed two days ahead of schedule and £130,000 under budget.', [['£130,000', '£310,000']]);
  });
});
