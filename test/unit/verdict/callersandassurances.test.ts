/**
 * The fifty-seventh round, sixth part: quotations given to the wrong speaker that the helpers planted and the tool
 * missed (h830, h832). "Assured residents that “…”" gives the words to its subject as "said" does; "said a caller from
 * Millbridge" is one of the phone-in's callers, whom the transcript brings in as "CALLER (DEREK, MILLBRIDGE):", and
 * not the guest whose turn has the words. The fixtures are the helpers' invented transcripts of h830 and h832,
 * embedded whole as they are; every person, body and place in them is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { misattributions } from './sources';

const PHONE_IN = `LENNING VALLEY FM — "THE MORNING LINE"
Broadcast: Monday 4 November 2024, 09:05–09:40
Presenter: Sandra Kowal
Guests: Ruth Ashdown, chair of the Clean Lenning campaign; Gareth Penhale, director of wastewater operations, Dunmere Water
Transcript prepared by Lenning Valley FM newsroom. Timings approximate.

[09:05]
SANDRA KOWAL: Good morning, it's five past nine and this is The Morning Line. Last Tuesday the Waterways Standards Agency downgraded the river at Hollowford Meadows from Good to Poor, which means you'll be advised not to swim there next summer. On Thursday Dunmere Water said it would spend four point two million pounds to put things right. I've got both sides in the studio. Ruth Ashdown chairs the Clean Lenning campaign. Ruth, good morning.

RUTH ASHDOWN: Good morning, Sandra.

SANDRA KOWAL: And Gareth Penhale is director of wastewater operations at Dunmere Water. Good morning, Gareth.

GARETH PENHALE: Morning, Sandra, morning, Ruth.

[09:06]
SANDRA KOWAL: Ruth, how did you react when you saw the report?

RUTH ASHDOWN: Honestly, I wasn't surprised, I was angry. Our members have been watching that overflow at Kettle Lane all summer. Forty-one spills, three hundred and twelve hours. That's thirteen full days of sewage going into the river in a single summer, and that's only what the monitor recorded.

SANDRA KOWAL: Because the monitor wasn't working for part of July.

RUTH ASHDOWN: For eleven days in July, right in the middle of the hottest part of the summer, when the children were breaking up from school. Nobody knows what went into the river in those eleven days.

SANDRA KOWAL: Gareth, why wasn't it working?

GARETH PENHALE: A fair question. The monitor at Kettle Lane suffered a power supply fault after a lightning strike on the night of Sunday the seventh of July. It was repaired on the nineteenth. That shouldn't have taken as long as it did, and I'm not going to pretend otherwise. We've since fitted a backup battery so that it can't happen again.

[09:09]
SANDRA KOWAL: Ruth, how many people does Clean Lenning represent now?

RUTH ASHDOWN: We started in 2019 with a dozen people round a kitchen table. We've got six hundred and forty members now. And it isn't just swimmers. It's anglers, it's the rowing club, it's parents whose kids paddle at the Meadows.

SANDRA KOWAL: Gareth, the company's statement on Thursday said the overflow operated "around 40 times" for "just over 300 hours". The Agency says forty-one spills and three hundred and twelve hours. Why the rounding?

GARETH PENHALE: There's no attempt to hide anything there. The Agency's figures come from our own monitors. Forty-one and three hundred and twelve are the right numbers, and I'm happy to say them on air.

RUTH ASHDOWN: Then why not say them in the press release?

[09:11]
SANDRA KOWAL: Let's talk about the money. Gareth, four point two million. What does it buy?

GARETH PENHALE: Two things. The bigger part, two point nine million, is a storage tank underground at Kettle Lane. It holds one thousand eight hundred cubic metres, which is roughly three-quarters of an Olympic swimming pool. When it rains heavily, instead of that storm water going over the overflow and into the river, it goes into the tank and then back to the works to be treated when the rain has passed. The second part, one point three million, is UV disinfection at the treatment works itself, so that even treated water leaving the works is cleaner.

SANDRA KOWAL: And when will it be finished?

GARETH PENHALE: Both parts by the end of March 2026. We start digging at Kettle Lane in February.

RUTH ASHDOWN: So that's another whole bathing season lost. Next summer the signs go up saying don't swim, and we're told to wait. Eighteen months is a long time when you've already lost a summer.

[09:14]
SANDRA KOWAL: Ruth, your group's getting fifty thousand pounds from Dunmere for water testing. Doesn't that compromise you?

RUTH ASHDOWN: No, and I want to be very clear about that. The money pays for an independent lab. Dunmere doesn't see the results before we do and it doesn't get to tell us what to publish. Our committee voted seven to two to accept it, and the two who voted against had good reasons, but we decided the testing matters more.

SANDRA KOWAL: Let's go to the phones. Derek is in Millbridge. Derek, good morning.

[09:16]
CALLER (DEREK, MILLBRIDGE): Morning, Sandra. I swim with the Hollowford Dippers, we've got about eighty-five members, and we swam at the Meadows most Saturday mornings this summer. Three of our members were ill after a swim in July, stomach bugs, one of them off work for a week. My question for the gentleman from Dunmere is: why is there no sign telling people when the overflow has just spilled?

GARETH PENHALE: Derek, I'm sorry to hear that. From next month we'll publish Kettle Lane spill data online within an hour of any discharge starting. We're also talking to Hollowford Town Council about a display board at the Meadow Lane entrance.

CALLER (DEREK, MILLBRIDGE): An hour's no use if I'm already in the water.

[09:19]
SANDRA KOWAL: Gareth, the company blames the weather. Rainfall this summer was well above average. Is that fair?

GARETH PENHALE: It's a big part of it. We had one of the wettest eighteen-month periods on record, the ground was saturated, groundwater got into the sewers through cracks and joints, and that fills up the system. I'm not saying that's the whole story.

RUTH ASHDOWN: Rainfall was thirty-one per cent above average. Spills were up by more than three hundred per cent on hours. You can't blame that on a bit of extra rain. The pipes have been cracked for years.

GARETH PENHALE: I'd dispute three hundred per cent.

RUTH ASHDOWN: Ninety-six hours last year, three hundred and twelve this year. Do the sums.

[09:22]
SANDRA KOWAL: The Agency is also looking at whether Dunmere broke the terms of its permit. Gareth, could you be prosecuted?

GARETH PENHALE: The Agency is doing an assessment and we are co-operating fully. I'm not going to pre-empt what it finds. As far as we're aware, every spill at Kettle Lane happened during or after heavy rain, which is what the permit allows.

RUTH ASHDOWN: We'll see. We've written to the Agency asking it to look specifically at the spill on the twenty-second of July. Our volunteers recorded no rain in Hollowford that day, and the overflow was running at six in the morning.

[09:25]
SANDRA KOWAL: Ruth, the town council's weighed in too.

RUTH ASHDOWN: Yes. Hollowford Town Council voted eleven to three on Wednesday the twenty-third of October to back our call for a full independent inquiry into the Kettle Lane overflow. I want to thank the councillors who supported it, and particularly the mayor, Councillor Alan Brierley, who proposed the motion.

SANDRA KOWAL: Gareth, would Dunmere support an inquiry?

GARETH PENHALE: We'd take part in anything that helps. But I'd say the Agency's assessment is the right place for that scrutiny.

[09:28]
SANDRA KOWAL: Another caller. Priya in Hollowford. Oh, no, sorry, we've lost Priya. Let's try Margaret in Ashby Cross.

CALLER (MARGARET, ASHBY CROSS): Hello. I just want to know, are our bills going up to pay for this?

GARETH PENHALE: No. Not a penny of this comes from a special charge on Hollowford customers. It's paid from our investment programme.

CALLER (MARGARET, ASHBY CROSS): And the bosses' bonuses?

GARETH PENHALE: That's a matter for the board, I'm afraid, I can't speak to that.

[09:31]
SANDRA KOWAL: We're almost out of time. Ruth, a final word.

RUTH ASHDOWN: This river was clean enough three years ago for the Agency to make it a bathing water. It went from Good to Poor in one summer. Dunmere have money and they have engineers, and what we want is for them to use them before next summer, not after.

SANDRA KOWAL: Gareth.

GARETH PENHALE: We've let people down this year, and I'm sorry. The tank and the UV plant will make a real difference, and we'll publish every step so people can hold us to it.

SANDRA KOWAL: Ruth Ashdown and Gareth Penhale, thank you both. It's nine forty, and after the news we'll be talking about the Christmas lights in Carrowby.

[END OF TRANSCRIPT]
`;

const MEETING = `BRACKENFIELD BOROUGH COUNCIL
PUBLIC MEETING: THE FUTURE OF THE LIBRARY SERVICE
Thursday 27 March 2025, 7pm
Ashcombe Community Hall, Dene Road, Ashcombe

Transcript prepared by the council's Democratic Services team. Lightly edited for readability.

Panel:
Cllr Denise Okafor, ward councillor for Ashcombe and chair of the Overview and Scrutiny Committee (Chair)
Cllr Priya Halloran, Cabinet Member for Culture and Communities
Gareth Pennock, Head of Libraries and Heritage

[7.02pm]

CLLR OKAFOR: Good evening, everybody, and thank you for coming. I'm told we have about 180 people here tonight, which I think tells the council something in itself. We will finish by nine o'clock. I'll ask Councillor Halloran to open, then Mr Pennock will go through the detail, and then the floor is yours.

CLLR HALLORAN: Thank you, Denise. I want to start by being honest with you. Nobody came into politics to cut library hours. But we have to find £18.7 million next year, and libraries cannot be the only service that is protected when we are cutting adult social care and children's services as well. What I can say is this. No branch will close. Every one of our seven libraries will still have its doors open in July.

MR PENNOCK: Thank you. I'll be brief. Under the proposals, total opening hours would go from 271 a week to 172. Central Library keeps a late opening until seven o'clock on Thursdays. Four branches, Tanner's End, Kestrel Park, Wydon Hill and Saltersgate, would move to community management from the first of July, with the council still paying for the buildings, the books and the computers. As of this week, we have about 120 people who have registered an interest in volunteering, which is more than we hoped for at this stage.

CLLR OKAFOR: Thank you. Let's go to the floor. The gentleman at the front.

COLIN FAIRWEATHER (Kestrel Park resident, retired teacher): Thank you, chair. I've used Kestrel Park library for 34 years. Kestrel Park is losing half its hours. Eighteen hours a week is not a library, it is a cupboard with a kettle. And I notice that the branches being handed to volunteers are all on the east side of the borough.

MR PENNOCK: I understand the strength of feeling. The four branches were chosen because they have the lowest visit numbers and each is within two and a half miles of a council-run library. It was not about geography.

HARRIET COLES (head teacher, Wydon Hill Primary School): Our Year 3 class walks to Wydon Hill library every Wednesday morning. For a lot of those children it's the only place they ever choose a book for themselves. Under these hours, will the library still be open on a Wednesday morning?

MR PENNOCK: I can confirm the draft timetable for Wydon Hill keeps Wednesday from half past nine to half past twelve. I'm very happy to meet you to go through it.

JOANNE PRIDEAUX (branch secretary, Brackenfield Public Services Union): Nine and a half posts are going. Behind that figure are real people, some of whom have worked in these libraries for over twenty years. The report says up to five and a half could be compulsory redundancies. We will be balloting our members if that happens.

CLLR HALLORAN: We will do everything we can to avoid compulsory redundancies. Four of those posts are already vacant.

EILEEN MARCHBANK (chair, Friends of Brackenfield Libraries): We voted last week to do this, but let me be clear, we voted with a heavy heart. Our members want a proper librarian visiting every branch every week. Can the council give us that tonight?

MR PENNOCK: I can commit tonight to a qualified member of staff visiting each community library at least once a fortnight. I can't go further than that tonight without looking at the rota.

EILEEN MARCHBANK: Once a fortnight isn't good enough, but we'll take it as a start.

AMIRA SOWERBY (sixth-form student, Saltersgate): I revise at Saltersgate library most evenings because there's no quiet space at home. Saltersgate is going down to fourteen hours. Where are students like me supposed to go in May and June?

CLLR HALLORAN: That's a fair challenge. Central Library will stay open until seven on Thursdays and we are looking at whether study space can be opened up at Millbrook Vale. I'm not going to promise what I can't deliver.

CLLR OKAFOR: We're almost out of time. Could I ask those who support the proposals as they stand to raise their hands. I make that 14. And those against. That is the overwhelming majority of the room. I will make sure the cabinet hears what has been said tonight. Thank you all for coming.

[Meeting closed 9.07pm]
`;

describe('quotations given to a caller or by "assured", with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"said a caller from Millbridge" is not the guest whose turn has the words', async () => {
    const files = { 'sources/lenning_valley_fm_phonein.txt': PHONE_IN };
    const caller = await misattributions(files, "\"Eighteen months is a long time when you've already lost a summer,\" said a caller from Millbridge who swims with the Hollowford Dippers.");
    assert.deepEqual(caller, ['These words were said by Ruth Ashdown, not a caller']);
    const guest = await misattributions(files, "\"Eighteen months is a long time when you've already lost a summer,\" said Ruth Ashdown, chair of the Clean Lenning campaign.");
    assert.deepEqual(guest, []);
  });

  test('"assured residents that “no branch will close”" gives the words to its subject', async () => {
    const files = { 'sources/public_meeting_transcript.txt': MEETING };
    const wrong = await misattributions(files, "Gareth Pennock, the council's head of libraries and heritage, assured residents that \"no branch will close\" and that all seven libraries would still be open in July.");
    assert.deepEqual(wrong, ['These words were said by Cllr Priya Halloran (cabinet member for culture and communities), not Gareth Pennock']);
    const right = await misattributions(files, "Cllr Priya Halloran, the council's cabinet member for culture and communities, assured residents that \"no branch will close\" and that all seven libraries would still be open in July.");
    assert.deepEqual(right, []);
  });
});
