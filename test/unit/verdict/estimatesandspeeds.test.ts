/**
 * The forty-seventh round, fifth part: h572–h577 (written against 8b7fa5f). "The total repair bill is estimated at
 * £486,000" is no "Estimated lost takings" of another table's total (a word of estimate names no column alone); "3.2
 * megabits" is a line speed, per second whether or not the source says so; "that morning" in reported speech is the
 * source's "this morning"; "between eight hundred and twelve hundred pounds" is two sums, not 812; a quote given to
 * the wrong councillor is one finding, though the transcript labels him "CLLR OKAFOR". The fixtures are the helpers'
 * sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { withProductWordVectors } from './productVectors';
import { checkAgainst, judgeWith, why, workspaceIndex } from './sources';

/** h572: sources/01_harbour_engineering_notice.md, whole. */
const ENGINEERING_NOTICE = `# Brackenmouth Harbour Commissioners
## Engineering Notice EN-2024/31: Tolley Street Swing Bridge — drive failure, fault log and repair timetable

**Issued:** Friday 25 October 2024
**Issued by:** Marian Oduya CEng, Chief Engineer, Brackenmouth Harbour Commissioners
**Distribution:** Brackenmouth Borough Council (Highways), Orrin Pilots' Association, harbour users, press

### 1. Summary

At 07:42 on Monday 14 October 2024, during a routine opening swing to allow the suction dredger *Orrin Maid* to pass upriver, the main drive pinion of the Tolley Street Swing Bridge failed. One tooth of the pinion sheared and a second tooth cracked. The bridge deck stopped at approximately 78 degrees from the closed position, short of its fully open position of 90 degrees.

The deck was hand-winched to the fully open position and secured on the river pier with temporary steel locking pins at 11:05 the same day. The bridge remains closed to road traffic, cyclists and pedestrians. The navigation channel is open to shipping with no restriction.

The Tolley Street Swing Bridge was built in 1893 and is Grade II listed. It has a swing span of 41 metres and a moving mass of approximately 620 tonnes. Before the failure it carried an average of 9,400 vehicles and 2,100 pedestrians and cyclists a day, and swung on average 1,150 times a year. Its last full mechanical refurbishment was completed in 2011 at a cost of £3.2 million.

### 2. Fault log, Monday 14 October 2024

| Time  | Event |
|-------|-------|
| 07:38 | Bridge control room (BCR) begins opening sequence for *Orrin Maid*. Road barriers lowered. |
| 07:41 | Deck rotation begins. Drive motor current normal (212 A). |
| 07:42 | Loud report heard from the pinion housing. Drive motor current spikes to 486 A. Automatic trip. Deck stops at approx. 78°. |
| 07:44 | BCR operator Kevin Pryce notifies Harbour Master, Captain Rhodri Vance. *Orrin Maid* holds station downstream. |
| 07:55 | Brackenmouth Borough Council highways duty officer informed; diversion signing requested. |
| 08:20 | Duty engineer Sanjay Mistry on site. Visual inspection through housing port: one tooth sheared, adjacent tooth cracked. |
| 09:10 | Decision taken by Chief Engineer not to re-energise the drive. Hand-winching to full open agreed, so that the channel can be kept clear. |
| 10:40 | Deck reaches fully open position (90°). |
| 11:05 | Temporary locking pins fitted on river pier. Channel declared open. *Orrin Maid* passes upriver. |
| 12:30 | Diversion via Carr Lane Bridge in place (additional distance 6.4 miles). |
| 15:00 | Sheared tooth fragment (1.9 kg) recovered from the gear pit for laboratory examination. |

### 3. Cause

Laboratory examination of the recovered fragment by Tennant Materials Testing Ltd, reported on Tuesday 22 October 2024, found a fatigue crack that had grown from a casting flaw (a subsurface void about 4 mm across) near the root of the tooth. The report concluded that the failure was **not** caused by overloading, by lack of lubrication or by the operator.

The pinion was last inspected on Tuesday 3 September 2024, when tooth wear was measured at 0.6 mm against a replacement limit of 1.5 mm. The flaw lay below the surface and could not have been seen on visual inspection.

A spare pinion was recommended in the 2019 condition survey but was not purchased. Its estimated price at that time was £95,000.

### 4. Repair timetable

The pinion is a one-off item and must be cast new from the original pattern, which has been recovered from the Commissioners' store and repaired. The casting and machining contract has been awarded to Ridley & Vane Foundry of Darlington.

| Stage | Date | Status |
|-------|------|--------|
| Divers' inspection of slewing ring and river pier | Wednesday 16 October 2024 | Complete — no damage to slewing ring |
| Pattern repaired and dispatched to foundry | Friday 18 October 2024 | Complete |
| Laboratory report on fragment | Tuesday 22 October 2024 | Complete |
| Casting poured | Monday 28 October 2024 | Planned |
| Machining and heat treatment complete; delivery to site | Monday 11 November 2024 | Planned |
| Removal of failed pinion and fitting of new pinion | Monday 18 to Friday 22 November 2024 | Planned |
| Load tests and 50 trial swings | Monday 25 to Wednesday 27 November 2024 | Planned |
| Provisional reopening to road traffic | Friday 29 November 2024 | Provisional |

The reopening date depends on the casting passing ultrasonic testing at the foundry. If the casting fails testing, a second casting would add about three weeks to the programme.

### 5. Cost

| Item | Estimate |
|------|----------|
| New pinion (casting, machining, heat treatment) | £112,000 |
| Pattern repair | £8,500 |
| Hand-winching and temporary locking works | £14,000 |
| Fitting, load tests and trial swings | £96,000 |
| Pedestrian ferry (to 29 November) | £61,000 |
| Second (spare) pinion | £104,000 |
| Contingency | £90,500 |
| **Total** | **£486,000** |

The Commissioners will order a second pinion at the same time, to be kept as a spare.

### 6. Interim arrangements

A free pedestrian and cycle ferry between Tolley Street steps and Salt Quay pontoon began on Monday 21 October 2024. It runs every 15 minutes from 07:00 to 19:00, Monday to Saturday, and carries up to 12 passengers and four bicycles per crossing.

Enquiries: engineering@brackenmouthharbour.example
`;

/** h572: sources/02_chamber_statement.md, whole. */
const CHAMBER_STATEMENT = `# Brackenmouth and District Chamber of Commerce
## Statement: Tolley Street Bridge closure — impact on trade

**For immediate release — Friday 1 November 2024**

The Brackenmouth and District Chamber of Commerce today published the results of a survey of its members on the effect of the closure of the Tolley Street Swing Bridge, which has been stuck open since Monday 14 October.

The survey was sent to 86 member businesses on the east and west banks of the Orrin between Saturday 26 October and Wednesday 30 October. Sixty-two businesses responded.

### Key findings

- Respondents reported combined lost takings of an estimated **£410,000** in the first 17 days of the closure (14 to 30 October).
- Footfall on Quay Street, measured by the Chamber's two pedestrian counters, was **down 38%** in the fortnight to Sunday 27 October compared with the same fortnight in 2023.
- Footfall on the west bank, in Market Row, **rose 6%** over the same period, as shoppers who can no longer cross stayed on their own side of the river.
- **41** of the 62 respondents (66%) said their takings had fallen.
- **11** businesses have cut their opening hours, and **3** have laid off staff, a total of seven jobs.
- Deliveries to east bank businesses are taking on average **35 minutes longer** because of the diversion via Carr Lane Bridge.

### Lost takings by sector (respondents' estimates, 14–30 October)

| Sector | Respondents | Estimated lost takings |
|--------|-------------|------------------------|
| Hospitality (cafés, pubs, restaurants) | 19 | £168,000 |
| Independent retail | 23 | £131,000 |
| Personal services (hair, beauty, repairs) | 11 | £47,000 |
| Trades and wholesale | 9 | £64,000 |
| **Total** | **62** | **£410,000** |

### Comment

Priya Sandhu, chief executive of the Chamber, said: "The east bank of this town has been cut in half. Quay Street traders are losing trade every day the bridge stays open, and some of them will not survive to Christmas if the date slips."

Gareth Lumley, president of the Chamber and owner of Lumley's Chandlery on Quay Street, said: "The ferry is welcome, but a boat that takes twelve people at a time is not a bridge. We need the Harbour Commissioners and the council to sit down together and agree a hardship fund now, not after the bridge reopens."

The Chamber is calling for:

1. A hardship fund for affected businesses, with grants of up to £2,500 each.
2. Free parking in the council's Quay Street and Salt Quay car parks until the bridge reopens.
3. A weekly public update on the repair timetable.

By comparison, the Chamber's survey after the three-week closure of Carr Lane Bridge for resurfacing in March 2022 found estimated losses of £96,000.

Media contact: Chamber office, 01632 960 448
`;

/** h572: sources/03_scrutiny_transcript.md, whole. */
const SCRUTINY = `# Brackenmouth Borough Council
## Place Scrutiny Committee — transcript of item 4: Tolley Street Swing Bridge

**Meeting held:** Thursday 7 November 2024, 18:30, Committee Room 2, Brackenmouth Guildhall

**Present (committee):** Cllr Helen Marsh (Chair), Cllr Dev Okafor, Cllr Joan Tindall, Cllr Martin Reece, Cllr Ayesha Qureshi

**In attendance:** Cllr Tom Rigby (Cabinet Member for Transport and Highways); Neil Fairbairn (Director of Highways, Brackenmouth Borough Council); Marian Oduya (Chief Engineer, Brackenmouth Harbour Commissioners); Captain Rhodri Vance (Harbour Master, Brackenmouth Harbour Commissioners); Priya Sandhu (Chief Executive, Brackenmouth and District Chamber of Commerce)

*Transcript prepared by Democratic Services from the webcast. Lightly edited for readability.*

---

**CLLR MARSH (CHAIR):** Item 4. We have invited the Harbour Commissioners, the Director of Highways and the Chamber to help us understand what went wrong on the fourteenth of October and when our residents can expect to cross the river again. Ms Oduya, could you start with the cause?

**MARIAN ODUYA:** Thank you, Chair. The laboratory found a void inside the casting of the pinion, near the root of one tooth. A fatigue crack grew from that void over many years until the tooth sheared. It was not overloading and it was not our operator. The flaw was inside the metal. Our inspection on the third of September measured wear at 0.6 millimetres, well inside the limit, and no visual inspection could have found it.

**CLLR OKAFOR:** But the 2019 survey told you to buy a spare pinion, and you didn't. If you had, would the bridge be open today?

**MARIAN ODUYA:** It would very likely be open now, yes. With a spare on the shelf, I would estimate a closure of about ten days rather than seven weeks. The Commissioners' board decided in 2019 to defer the purchase because of the cost, which was ninety-five thousand pounds. That was a decision taken before I joined, but I am not going to hide behind that. We are ordering a spare alongside the replacement.

**CLLR OKAFOR:** Ninety-five thousand pounds to save half a million. That's the headline, isn't it?

**CLLR MARSH (CHAIR):** Let's keep to questions, please. Captain Vance, what has the closure meant for shipping?

**CAPTAIN VANCE:** For shipping, very little, Chair. Because we secured the deck in the open position, the channel has been clear since eleven o'clock on the fourteenth. We have had 214 vessel movements through the bridge hole since then, which is about normal for the season. The cost of this closure is falling on the road side, not on the river.

**CLLR TINDALL:** Mr Fairbairn, the diversion. People in Salt Quay are telling me the Carr Lane route has doubled their journey.

**NEIL FAIRBAIRN:** The diversion adds 6.4 miles for a vehicle. Our traffic counters show that Carr Lane Bridge has gone from about 11,200 vehicles a day to about 17,900 since the closure. Average journey time from Salt Quay to the town centre in the morning peak has risen from 9 minutes to 24 minutes. We have retimed the signals at the Carr Lane junction twice, on the seventeenth and the twenty-fourth of October, and we will keep that under review.

**CLLR REECE:** And bus services?

**NEIL FAIRBAIRN:** The number 7 and number 7A are diverted. The operator, Orrin Valley Buses, has added two vehicles to hold the timetable, and the council is meeting that additional cost, which is about £4,800 a week.

**CLLR QURESHI:** Ms Sandhu, the Chamber's figures are stark. Is the ferry helping at all?

**PRIYA SANDHU:** It helps the people who use it, and we are grateful for it. But it stops at seven in the evening and it doesn't run on Sundays, and that is exactly when the pubs and restaurants on Quay Street make their money. Our hospitality members alone have lost an estimated one hundred and sixty-eight thousand pounds.

**CLLR QURESHI:** Captain Vance, could the ferry run later?

**CAPTAIN VANCE:** We can look at that. The ferry has carried a little over 9,000 passengers in its first seventeen days, so the demand is there. I will take an extension to nine o'clock, and Sunday sailings, to the board on the fourteenth of November.

**CLLR RIGBY:** If I may, Chair. The cabinet will consider a hardship scheme on Tuesday the nineteenth of November. I can say tonight that I will be proposing a fund of £150,000, with grants of up to £2,000 per business. That is less than the Chamber asked for per business, I accept, but it will reach more businesses. I will also be proposing free parking in the Quay Street car park from Monday the eleventh of November until the bridge reopens.

**CLLR MARSH (CHAIR):** Ms Oduya, the date. Is the twenty-ninth of November real?

**MARIAN ODUYA:** It is real if the casting passes its ultrasonic test. The casting was poured on Monday the twenty-eighth as planned. We will know the test result by the end of next week. If it fails, we add about three weeks, which would take us to around the twentieth of December. I would rather tell this committee that now than surprise you later.

**CLLR MARSH (CHAIR):** Thank you. And who pays?

**MARIAN ODUYA:** The bridge belongs to the Harbour Commissioners, and the repair is our cost. The current estimate is £486,000 including the spare pinion. We have notified our insurers, but I would not expect them to cover more than the pinion itself, because the policy excludes wear and latent defects. I'm not confident they will pay even that.

**CLLR MARSH (CHAIR):** The committee will resolve as follows. One: to ask the Harbour Commissioners to provide a written update to every member of this committee each Friday until the bridge reopens. Two: to recommend to cabinet that the hardship scheme be approved. Three: to ask the Director of Highways to report back in January on the cost to the council of the closure. Agreed? 

*The committee agreed all three resolutions unanimously, 5 votes to 0.*

**CLLR MARSH (CHAIR):** Thank you all. That concludes item 4.
`;

/** h574: sources/parish_meeting_transcript.md, whole. */
const PARISH_MEETING = `# Stanwick Fen Parish Council

## Extraordinary public meeting on broadband — transcript

**Date:** Wednesday 23 October 2024, 7.00pm
**Venue:** St Botolph's Village Hall, Stanwick Fen
**Present:** Cllr Rosalind Fairweather (Chair of Stanwick Fen Parish Council); Sandra Lusk (Parish Clerk); Cllr Graham Pellow (Wealdmoor County Council, Cabinet Member for Economy and Digital); Jamal Okafor (Community Liaison Manager, Hartwell Fibre Networks); 63 members of the public.

*Transcript prepared by the Parish Clerk from the audio recording. Lightly edited for clarity.*

---

**ROSALIND FAIRWEATHER:** Good evening, everyone, and thank you for coming out on a wet night. I think this is the biggest turnout we've had since the flood meeting. We've called this meeting because, frankly, Stanwick Fen has been left at the back of the queue. A quarter of the parish connected, when Ashby Thorne is at over eighty per cent. We want answers tonight.

**GRAHAM PELLOW:** Thank you, Rosalind. Let me be straight with you. The contract said every home in this parish would be able to get full fibre by the end of September. That hasn't happened, and I'm not going to pretend it has. The county council is not going to pay for work that hasn't been done. We are holding back three hundred and twelve thousand pounds until the route into Stanwick Fen is built.

**ROSALIND FAIRWEATHER:** Mr Okafor, can you tell people when the work will actually start here?

**JAMAL OKAFOR:** Yes. The big obstacle has been getting under the Fen Lode. We needed Environment Agency consent to drill beneath it and that came through on the ninth of this month. The drilling rig arrives on the fourth of November. Once the drill is through, we can start connecting the villages on the far side, Fen End and Drove Cross first.

**ROSALIND FAIRWEATHER:** Questions from the floor. Yes, Peter.

**PETER HENSBY (Low Drove Farm):** Peter Hensby, Low Drove Farm. I signed my wayleave back in March. March! Your people came out, walked the hedge line with me, and I've heard nothing since. So don't tell me it's the farmers holding this up.

**JAMAL OKAFOR:** That's a fair point, Mr Hensby, and I'll take your details tonight. Of the outstanding wayleaves in this area, the majority are with landowners who haven't replied, not people like yourself who've signed. But I accept we haven't kept in touch as we should.

**ANITA CREWE (resident, Mill Lane):** Anita Crewe, Mill Lane. I run an accountancy practice from home. My download speed this morning was 3.2 megabits. I've been told three different dates by three different people. First it was spring, then it was September, now it's next year. Which one is true?

**JAMAL OKAFOR:** The date I can give you tonight is the end of March 2025 for the whole of Stanwick Fen. I understand why people are sceptical.

**ANITA CREWE:** I'll believe it when I see the van.

**GRAHAM PELLOW:** Can I add something about vouchers? If you can't wait, there's a government voucher scheme — up to fifteen hundred pounds for a household and four and a half thousand for a business. Some people in this parish have already used it.

**ROSALIND FAIRWEATHER:** Sandra, do we have the speed survey figures?

**SANDRA LUSK:** We do. The parish council ran a speed survey in September. We had 118 responses. The average download speed was 4.8 megabits per second, and 41 households said they couldn't reliably make a video call. For comparison, the average in Ashby Thorne, from the same kind of survey their parish did in the summer, was 61 megabits.

**PETER HENSBY:** And what happens if they miss March as well?

**GRAHAM PELLOW:** Then the contract has teeth. After the grace period runs out, Hartwell pays forty-five pounds per home per month for every home that's late. I'd rather have the broadband than the money, mind you.

**JAMAL OKAFOR:** We don't intend to miss it.

**ROSALIND FAIRWEATHER:** I'm going to propose that the parish council writes to Hartwell and to the county council asking for a monthly progress update for Stanwick Fen, published on the parish noticeboard and website. All in favour? That's carried, unanimously.

**ROSALIND FAIRWEATHER:** Thank you, everyone. The meeting closed at 8.42pm.

---

**Resolution:** That the Parish Council write to Hartwell Fibre Networks and Wealdmoor County Council requesting a monthly written progress update on the broadband build in Stanwick Fen. Proposed by Cllr Fairweather; carried unanimously.
`;

/** h575: sources/03_interview_transcript.md, whole. */
const BANK_INTERVIEW = `# Interview transcript — Hollinsford bank closure

**Recorded:** Friday 3 May 2024, Market Street, Hollinsford
**Interviewer:** Tom Hardcastle (TH), reporter, Derwent Valley Gazette
**Interviewees:** Rachel Fenwick (RF), owner, Fenwick's Hardware, 18 Market Street; Dennis Albury (DA), 81, retired dairy farmer, of Moor Lane, Hollinsford
**Duration:** 24 minutes (excerpts)

---

**TH:** Rachel, how long have you had the shop?

**RF:** Nineteen years this August. My dad had it before me, so it's been a Fenwick shop since 1978.

**TH:** How much of your trade is still cash?

**RF:** About a third by value, I'd say. Saturdays it's more — farmers, older customers, people paying for a bag of nails with the change in their pocket. I bank between eight hundred and twelve hundred pounds every Monday morning, mostly notes, and once a month I take in a bag of coin.

**TH:** What happens when the branch shuts?

**RF:** Well, I've tried the Post Office already, on a Monday, and I was stood in the queue for twenty-five minutes. I'm on my own in the shop on a Monday, so that's the shop shut for half an hour. And they told me they can't take bagged coin in any quantity. So the coin would mean a trip to Carrow Market, and that's the best part of a morning gone.

**TH:** Does the hub decision change that?

**RF:** It does, if they get it right. What I want is somewhere I can pay in coin on my own doorstep. The hub is the first bit of good news we've had since Northway went. But I'll believe it when I see the doors open.

**TH:** You organised the petition with the Chamber of Trade?

**RF:** I was one of them, yes. We got just over two thousand signatures in about ten days. People were queuing at the counter here to sign it.

---

**TH:** Mr Albury, how do you do your banking at the moment?

**DA:** I walk down to the branch every other Friday. I take out my money for the fortnight — I like to see it and count it. I've banked at that branch since 1961, when it was still the Dales Farmers' Bank.

**TH:** Do you use online banking at all?

**DA:** No. I haven't got a smartphone and I don't want one. My granddaughter set me up on a computer once, and I got a text saying my account was frozen, and it was a scam. That finished me with it.

**TH:** What will you do when it closes?

**DA:** I can't drive any more — I gave up my licence two years ago. The bus to Carrow Market is an hour there and back and it doesn't run after teatime. I'm told the Post Office will do it, but you can't sit down there and talk to somebody about your affairs.

**TH:** Will the hub help?

**DA:** If there's a person from my bank there one day a week, a proper person I can talk to, then yes. They keep telling us everything's going on the internet. Well, not everybody's going on the internet.

**TH:** Anything else you'd like to say?

**DA:** Only that the staff in that branch have been good as gold to me. It's not their fault.

---
*End of excerpts.*
`;

describe('estimates, line speeds, sums in words and labels, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"the total repair bill is estimated at £486,000" is the notice\'s total, not the chamber\'s "Estimated lost takings"', async () => {
    const bridge = judgeWith(await workspaceIndex({ 'sources/01_harbour_engineering_notice.md': ENGINEERING_NOTICE, 'sources/02_chamber_statement.md': CHAMBER_STATEMENT, 'sources/03_scrutiny_transcript.md': SCRUTINY }));
    const bill = (total: string) => bridge(`The total repair bill is estimated at ${total}, including £112,000 for the new pinion and £104,000 for a second pinion to be kept as a spare.`);
    assert.notEqual(bill('£486,000').verdict, 'contradicted', why(bill('£486,000')));
    assert.deepEqual(bill('£468,000').conflicts.map((c) => [c.claim, c.source]), [['£468,000', '£486,000']]);
  });

  test('"3.2 megabits per second" that morning is the resident\'s "3.2 megabits" this morning, not the survey\'s average', async () => {
    const broadband = judgeWith(await workspaceIndex({ 'sources/parish_meeting_transcript.md': PARISH_MEETING }));
    const speed = (mbps: string) => broadband(`She said her download speed that morning had been ${mbps} megabits per second.`);
    assert.equal(speed('3.2').verdict, 'supported', why(speed('3.2')));
    assert.deepEqual(speed('2.3').conflicts.map((c) => [c.claim, c.source]), [['2.3 megabits', '3.2 megabits']]);
  });

  test('"between eight hundred and twelve hundred pounds" is two sums: £1,500 is contradicted, £1,200 supported', async () => {
    assert.deepEqual(extractValues('I bank between eight hundred and twelve hundred pounds every Monday morning').filter((v) => v.kind === 'money').map((v) => v.value), [800, 1200]);
    const bank = judgeWith(await workspaceIndex({ 'sources/03_interview_transcript.md': BANK_INTERVIEW }));
    const banks = (top: string) => bank(`She banks between £800 and ${top} every Monday morning, mostly in notes, and takes in a bag of coin once a month.`);
    assert.equal(banks('£1,200').verdict, 'supported', why(banks('£1,200')));
    assert.deepEqual(banks('£1,500').conflicts.map((c) => [c.claim, c.source]), [['£1,500', 'twelve hundred pounds']]);
  });

  test('a quote given to the wrong councillor, whom the transcript labels "CLLR OKAFOR": one finding', async () => {
    const report = await checkAgainst({ '03_scrutiny_transcript.md': SCRUTINY }, '# Bridge\n\n"Ninety-five thousand pounds to save half a million," said Cllr Martin Reece.\n');
    assert.deepEqual(report.findings.map((f) => f.code), ['misattributed-quote']);
    assert.match(report.findings[0].message, /^These words were said by Cllr Dev Okafor, not Cllr Martin Reece/);
  });
});
