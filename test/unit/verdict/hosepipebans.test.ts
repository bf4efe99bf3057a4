/**
 * A hosepipe ban: the water company's press release (plain text) and a local radio phone-in with its operations
 * director (a transcript). The sources are written for these tests (from a helper's draft); the company, the
 * reservoirs and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const RELEASE = `MARLOWE VALLEY WATER LTD
Press Office, Kestrel House, 14 Canal Wharf, Brindlecombe BR4 2QT
Tel: 01863 440 219 | Out of hours: 07700 900 614 | press@marlowevalleywater.example

PRESS RELEASE
Ref: MVW/PR/2025/047
FOR IMMEDIATE RELEASE
Issued: 10:30, Tuesday 15 July 2025

TEMPORARY USE BAN TO START ON FRIDAY 25 JULY AS RESERVOIR STOCKS FALL TO 58 PER CENT

Marlowe Valley Water today confirmed that a Temporary Use Ban, commonly known as a hosepipe ban, will come into force at 00:01 on Friday 25 July 2025 for all 412,000 household customers in its Ardenshire supply area.

The decision was taken by the company's board at an emergency meeting on Monday 14 July, after combined reservoir stocks fell to 58 per cent of capacity. At the same point last year, stocks stood at 81 per cent, and the long-term average for mid-July is 76 per cent.

The company said the ban was needed because the region had received only 41 per cent of its average rainfall between March and June, the driest spring recorded at the Hartsmoor rain gauge since records began in 1911. Demand for water reached 298 million litres a day on Saturday 12 July, compared with a normal summer demand of around 235 million litres a day.

Gareth Penhallow, Operations Director at Marlowe Valley Water, said: "Nobody at Marlowe Valley takes this step lightly. Our reservoirs have been falling by around one percentage point every three days since the start of June, and we simply cannot rely on the weather to turn. Acting now protects supplies for essential use into the autumn and means we are far less likely to need tougher restrictions later in the year."

RESERVOIR LEVELS BY SITE
(Figures as at 09:00, Monday 14 July 2025. Capacity in megalitres, Ml.)

Site                        Capacity (Ml)   Level now   Same date 2024   Change on 2024
Hartsmoor Reservoir         18,400          54%         79%              -25 points
Fenwick Water               9,750           61%         84%              -23 points
Ashby Cross Reservoir       6,200           47%         77%              -30 points
Lowdon Reservoir            4,900           72%         86%              -14 points
Kettlesby Reservoir         3,150           69%         80%              -11 points
-------------------------------------------------------------------------------------
Combined                    42,400          58%         81%              -23 points

Ashby Cross Reservoir, which supplies around 38,000 homes in and around Thornley Market, is currently the lowest of the company's five reservoirs. Lowdon Reservoir is the highest, helped by a transfer scheme from the River Corrow that has been running since 30 June.

WHAT THE BAN MEANS
Under the Temporary Use Ban, customers must not use a hosepipe connected to the mains supply to:
- water gardens or allotments;
- clean private cars, motorbikes or boats;
- fill or top up domestic swimming pools, paddling pools or hot tubs;
- clean paths, patios, walls or windows;
- fill ornamental ponds or fountains (fish ponds are exempt).

Customers may still use water from a watering can or bucket, and may use a hosepipe with water from a water butt, grey water or a private borehole. Blue Badge holders and customers on the company's Priority Services Register can apply for an exemption. Businesses that use hosepipes as part of their trade, such as commercial car washes and garden centres, are not covered by the ban.

Anyone breaching the ban could face prosecution and a fine of up to £1,000. The company said it expected to rely on "advice and education" rather than enforcement, and that in the last ban, in 2018, no customer was taken to court.

LEAKAGE
Marlowe Valley Water said it had increased its leak-repair teams from 46 to 70 crews for the summer and was now fixing an average of 1,140 leaks a week. Leakage currently stands at 61 million litres a day, down from 68 million litres a day in 2024/25. The company has a target, agreed with the regulator, of cutting leakage to 52 million litres a day by March 2030.

Dr Imogen Caskey, Chief Executive of Marlowe Valley Water, said: "We know customers will rightly ask what we are doing to play our part. We have put an extra 24 crews on the road, we are fixing more leaks than at any time in the company's history, and we will keep publishing our reservoir figures every Monday so people can see exactly where we stand."

The company is also bringing forward £14.2 million of work on the new Brackley Fold water treatment works, originally planned for 2027, and said it would spend £3.6 million this summer on mains-pressure management in the Thornley Market and Upper Wendle areas.

REACTION
Councillor Ruth Amesbury, cabinet member for environment at Ardenshire County Council, said: "This is disappointing but, sadly, not surprising. I would urge everyone to follow the rules and to look out for elderly neighbours who may need help with watering cans or getting water to their allotments."

Harold Tennant, chair of the Ardenshire Allotment Federation, which represents 2,300 plot-holders, said the federation would ask for allotments to be treated "the same as any other food grower" and would be writing to the company this week.

HOW LONG WILL IT LAST?
The company said the ban would stay in place "until reservoir stocks have recovered sufficiently", and would be reviewed every fortnight. It said stocks would need to return to at least 70 per cent, and remain there for four consecutive weeks, before the ban could be lifted. It warned that without significant rainfall, a ban could last until the end of October.

Customers who wish to comment on the ban can do so until 17:00 on Monday 21 July by writing to the company or using the online form on its website.

ENDS

NOTES TO EDITORS
1. Marlowe Valley Water Ltd supplies drinking water to around 940,000 people in Ardenshire and parts of North Calderfield. It employs 1,180 staff and is based in Brindlecombe.
2. Temporary Use Bans are made under Section 76 of the Water Industry Act 1991. Companies must give public notice and allow representations before a ban takes effect.
3. The company last imposed a hosepipe ban from 3 August to 19 October 2018.
4. Reservoir figures are published every Monday at www.marlowevalleywater.example/levels.
5. Gareth Penhallow will appear on the Radio Ardenshire Breakfast Phone-in on Wednesday 16 July between 08:10 and 09:00.
6. High-resolution images of Hartsmoor Reservoir and Ashby Cross Reservoir are available on request.

Media contact: Priya Okonedo, Head of Communications, 01863 440 219
`;

const PHONEIN = `RADIO ARDENSHIRE - BREAKFAST PHONE-IN
TRANSCRIPT (prepared by Radio Ardenshire newsdesk, not checked against broadcast for accuracy)
Programme: The Breakfast Phone-in with Dan Whitcombe
Broadcast: Wednesday 16 July 2025, 08:10-09:00
Transcript ref: RA/TX/0716/BPI
Segment: "Hosepipe ban - your questions"

SPEAKERS
DW  - Dan Whitcombe, presenter
GP  - Gareth Penhallow, Operations Director, Marlowe Valley Water (in studio)
C1  - Maureen, caller from Thornley Market
C2  - Kwame, caller from Upper Wendle
C3  - Sheila, caller from Fenwick (allotment holder)
C4  - Tom, caller from Brindlecombe (runs a window-cleaning business)
C5  - Alan, caller from Kettlesby

[08:10:15]
DW: It's ten past eight, and if you've been out in the garden this week you'll know how dry it is. Yesterday Marlowe Valley Water announced a hosepipe ban starting a week on Friday. With me in the studio is their operations director, Gareth Penhallow. Gareth, good morning.

GP: Good morning, Dan, and good morning to your listeners.

DW: Let's get straight to it. Why now, and why not a month ago?

GP: Because the reservoirs have fallen faster than any model we had predicted. On Monday morning our five reservoirs were at 58 per cent combined. Ashby Cross is at 47 per cent. If we had waited another fortnight, we think we'd be looking at the low forties at Ashby Cross, and at that point you're talking about much harder choices.

DW: Our lines are already full. Maureen in Thornley Market, you're first.

[08:12:40]
C1 (Maureen): Morning. I've lived by Ashby Cross for thirty-one years and I've never seen it like this. You can see the old bridge sticking out of the water. My question is, are we going to run out?

GP: No, Maureen. I want to be really clear: taps will not run dry in Thornley Market this summer. We've been moving water from Hartsmoor into the Ashby Cross zone through the Wendle link main, which carries about 12 million litres a day, and we can increase that if we need to.

C1 (Maureen): But why should we stop watering when you lose so much through leaks?

GP: It's a fair challenge. Leakage is at 61 million litres a day. That's too high, and I'm not going to pretend otherwise. But it's the lowest it has been in our history, and we've got 70 crews out this summer.

[08:16:05]
DW: Kwame in Upper Wendle.

C2 (Kwame): Hi Dan. We've had low pressure every evening for about two weeks, between roughly seven and ten o'clock. My daughter can't get a proper shower. Is that deliberate?

GP: Not deliberate in the sense of rationing, no. What happens is that demand peaks in the evening, when people come home and turn sprinklers on. On Saturday we hit 298 million litres a day across the network, against a normal summer day of about 235. Upper Wendle sits at the top of the system, so it feels it first. We're spending £3.6 million this summer on pressure management there and in Thornley Market, and you should see an improvement within three weeks.

C2 (Kwame): Three weeks?

GP: I'd rather promise three and deliver in two.

[08:21:30]
DW: Sheila in Fenwick, you've got an allotment.

C3 (Sheila): I have, and I grow most of our vegetables on it. Harold Tennant at the federation says allotments should be exempt. Are they?

GP: Under the ban as it stands, using a mains hosepipe on an allotment isn't allowed. You can still use a watering can, and you can use a hose from a water butt. I've had a letter from Harold, which arrived yesterday afternoon, and I'll be meeting the federation on Thursday 24 July, the day before the ban starts. I'm not going to promise an exemption on air, but we will look at it properly.

C3 (Sheila): My plot is two hundred yards from the tap. A watering can is no use to me at seventy-four.

GP: That's exactly the kind of case we need to hear about. If you're on our Priority Services Register, or you hold a Blue Badge, you can apply for an exemption, and I'd encourage you to ring us.

[08:29:50]
DW: A text from Jenny in Lowdon: "Lowdon reservoir looks fine to me, why are we included?"

GP: Lowdon is our healthiest reservoir, at 72 per cent, because we've been pumping into it from the River Corrow. But it's one network. If we left Lowdon out, we'd be asking people in Ashby Cross to carry the whole burden, and that wouldn't be fair.

[08:33:10]
DW: Tom in Brindlecombe runs a window-cleaning business.

C4 (Tom): Morning. I use a pure-water pole system off a van tank that I fill from a standpipe at my yard. Am I out of business on the 25th?

GP: No. Businesses that use a hose as part of their trade are not covered by the ban. Window cleaners, commercial car washes, garden centres, you can carry on. What you can't do is wash your own car on the drive at the weekend.

C4 (Tom): That's a relief. I employ four lads.

[08:38:45]
DW: What about fines, Gareth? People want to know if you're going to be peering over hedges.

GP: The law allows a fine of up to a thousand pounds. In 2018, the last time we had a ban, we had around 900 reports from the public and we didn't take a single person to court. We'll talk to people first. I'd much rather people just understood why.

[08:41:20]
DW: Alan in Kettlesby.

C5 (Alan): Gareth, my bill went up by nine per cent in April. Your chief executive was on telly saying you're fixing record numbers of leaks. If it's record, why are we still banned? Will you give us money back?

GP: Alan, I understand the frustration. There's no automatic compensation for a hosepipe ban. What I can tell you is that the board has agreed that we won't pay any bonus to executive directors for this financial year while the ban is in place, and that includes me.

C5 (Alan): Well, that's something, I suppose.

[08:47:00]
DW: How long is this going to go on for?

GP: Honestly, it depends on the rain. We need the combined stocks back to at least 70 per cent and holding for four weeks. If we get an average August and September, I'd expect to lift it in early October. If it stays dry, it could run to the end of October. We'll review it every two weeks, and we publish the figures every Monday.

DW: And what's your message to listeners this morning?

GP: Every bucket counts. If every household saved ten litres a day, that's over four million litres a day across our area. That's the equivalent of what Kettlesby Reservoir loses in a hot week.

[08:52:30]
DW: Gareth Penhallow from Marlowe Valley Water, thank you. If you want to comment on the ban you've got until five o'clock on Monday to do it. We'll put the details on our website. It's eight fifty-two.

[END OF SEGMENT 08:52:40]

Transcribed by: L. Fairbrother, Radio Ardenshire newsdesk, 16/07/2025
`;

const files = { 'press_release_marlowe_valley_water.txt': RELEASE, 'radio_ardenshire_phonein_transcript.txt': PHONEIN };

describe("a hosepipe ban: the company's release and the phone-in, with the product's word vectors", () => {
  withProductWordVectors();

  test('"one minute past midnight" is 00:01', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives 00:01, not midnight".
    verdict('supported', 'Marlowe Valley Water has announced a hosepipe ban that will take effect at one minute past midnight on Friday 25 July for all 412,000 household customers in its Ardenshire supply area.');
    verdict('contradicted', 'Marlowe Valley Water has announced a hosepipe ban that will take effect at ten past midnight on Friday 25 July for all 412,000 household customers in its Ardenshire supply area.');
  });

  test('words of direction that move other figures are about other things', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source gives increased, not fallen" (the repair teams increased from 46 to 70 crews).
    verdict('supported', 'Leakage has fallen from 68 million litres a day in 2024/25 to 61 million litres a day, with repair crews now fixing an average of 1,140 leaks a week.');
    verdict('contradicted', 'Leakage has risen from 68 million litres a day in 2024/25 to 61 million litres a day, with repair crews now fixing an average of 1,140 leaks a week.', [['risen', 'fallen']]);
  });
});
