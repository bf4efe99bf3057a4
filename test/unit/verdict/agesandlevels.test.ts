/**
 * The forty-seventh round, first part: faithful sentences of h554–h559 (written against ca2b472) still shown as
 * errors. "Mr Greaves, 81" is no rival of "plot 71" (a number that names a plot, in lower case); "plot holders over
 * 65" bounds the holders' age, which no table's count of plot holders gives or states; "27 decibels above the
 * background" is a level in decibels ("27 dB above background"), no bare number against the background's 34 dB;
 * "must end all outdoor music" denies the music as "said no outdoor music at all" does. The fixtures are the
 * helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SOCIETY_NEWSLETTER } from './helperSources47';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

/** h556: sources/03_radio_transcript.md, whole. */
const RADIO_TRANSCRIPT = `ASHEN VALLEY RADIO (AVR 104.2 FM)

Programme: Drivetime
Broadcast: Monday 14 October 2024, 5.20pm
Presenter: Kerry Blythe
Guests: Ruth Calloway, secretary, Brackley Fields Allotment Society; Cllr Margaret Oduya, chair of Ashenford Town Council's Amenities and Open Spaces Committee

Transcript prepared by AVR newsroom. Lightly edited for clarity.

---

KERRY BLYTHE: Now, it's been a bruising few weeks down on Mill Lane. Ashenford Town Council has served notice on part of the Brackley Fields allotments and put up the rent on the rest. On Saturday the allotment society held an emergency meeting. With me is the society's secretary, Ruth Calloway, and on the line is Councillor Margaret Oduya, who chairs the committee that made the decision. Ruth, first of all, what happened on Saturday?

RUTH CALLOWAY: We had the biggest turnout I can remember. Sixty-four members voted, and 58 of them voted to ask the council to withdraw the notice on the lower field. Six voted against. We also voted to get advice from the National Allotment Society on whether the notice is even valid, and that went through without anyone voting against.

KERRY BLYTHE: And the rent?

RUTH CALLOWAY: The members accepted the new rents, 41 votes to 19, with four abstentions. Nobody is happy about it. But people understand the society has to pay its bills.

KERRY BLYTHE: Councillor Oduya, the rent first. Sixty per cent in one go. That's a lot for a lot of pensioners.

CLLR MARGARET ODUYA: It is a big number, and I don't pretend otherwise. But the rent hadn't gone up in nine years. Nine years. In that time it has cost the council more to look after that site than the society pays us, and the difference has come out of everybody's council tax. Even now, a full plot at Brackley Fields will be cheaper than one at Coldharbour Road.

KERRY BLYTHE: Ruth?

RUTH CALLOWAY: Cheaper than Coldharbour Road, yes, by six pounds. But our members have gone from fifty-two pounds to seventy-eight in a single year. Four in ten of our plot holders are over 65. The concession helps, but it doesn't make up for it.

KERRY BLYTHE: Let's turn to the lower field. Councillor, why does the council need it?

CLLR MARGARET ODUYA: Because Mill Lane floods. Last winter that field was under water four times, and so were people's kitchens. The pond will protect 37 homes on Mill Lane and Tanner's Row. We have £412,000 of grant money to do it, and if we don't use it, it goes back.

KERRY BLYTHE: Is there a deadline on that money?

CLLR MARGARET ODUYA: The grant has to be spent by March 2027. Construction would start in the autumn of 2025, once the notice has run out.

KERRY BLYTHE: Ruth, nobody wants homes flooded.

RUTH CALLOWAY: Of course not, and we've never said the pond shouldn't be built. What we've said is that nobody asked us. We found out from a neighbour who reads the council website. If the council had knocked on our door in the spring, we might have found a way to put the pond on part of the field and keep some of the plots.

KERRY BLYTHE: What about the offer of plots at Coldharbour Road?

RUTH CALLOWAY: Ten plots for thirteen people isn't a replacement, it's a raffle. And Coldharbour Road is more than two miles away. Walter Greaves is eighty-one. He walks to his plot. He is not going to get on a bus with a wheelbarrow.

KERRY BLYTHE: Councillor, what do you say to Mr Greaves?

CLLR MARGARET ODUYA: I'd say I'm sorry, and I mean that. Mr Greaves and anyone else who is over 65 will go to the top of the list for any plot that comes free on the upper field at Brackley Fields. That's a commitment I'm making today.

KERRY BLYTHE: The society says it wasn't consulted. Was that a mistake?

CLLR MARGARET ODUYA: With hindsight, we should have spoken to the society before the report went online. I accept that. I have offered to meet the committee, and I'll be at the pavilion on Saturday 19 October.

KERRY BLYTHE: Will the decision be looked at again?

CLLR MARGARET ODUYA: The committee meets again on Tuesday 19 November and the society's petition will be before it. I can't promise a different outcome. I can promise it will be listened to.

KERRY BLYTHE: Ruth, last word.

RUTH CALLOWAY: Twelve hundred people signed that petition in a fortnight. We'll be there on the nineteenth, and we'll be asking for a delay, not a miracle.

KERRY BLYTHE: Ruth Calloway and Councillor Margaret Oduya, thank you both.

[ENDS 5.31pm]
`;

/** h554: sources/01_decision_notice.md, whole. */
const DECISION_NOTICE = `# TARROW VALE DISTRICT COUNCIL

## Licensing Act 2003 – Licensing Sub-Committee

### Notice of Decision: Review of Premises Licence TV/PL/0417

**Premises:** The Wheatsheaf, 14 High Street, Ashcombe St Mary, TV9 4LR
**Premises licence holder:** Gareth Pellow
**Designated premises supervisor:** Gareth Pellow
**Applicant for review:** Tarrow Vale District Council, Environmental Protection Team (responsible authority)
**Date of application:** Wednesday 3 July 2024
**Date of hearing:** Tuesday 10 September 2024, Committee Room 2, Council Offices, Mill Road, Tarrow
**Date of this notice:** Thursday 12 September 2024

**Sub-committee members:** Councillor Helen Mardle (Chair), Councillor Rupert Osei, Councillor Deborah Finch
**Legal adviser to the sub-committee:** Simon Cray, solicitor, Legal Services
**Licensing officer:** Priya Lannon, Licensing Team Leader

---

### 1. Background

1.1 The Wheatsheaf is a public house on the High Street of Ashcombe St Mary, a village of about 1,100 residents. The premises licence permits the sale of alcohol from 10:00 to 23:00 Sunday to Thursday and from 10:00 to 23:30 on Friday and Saturday. Before this review, the licence also permitted live and recorded amplified music indoors until 23:30 on Friday and Saturday, and use of the rear beer garden until 23:00 every day.

1.2 Mr Pellow became the licence holder and designated premises supervisor on Friday 17 March 2023. In spring 2024 he erected a semi-permanent marquee, measuring 12 metres by 8 metres, in the rear beer garden, and began holding live music events in it on Friday and Saturday evenings.

1.3 The Environmental Protection Team applied for the review on the ground of the prevention of public nuisance. The application was supported by representations from 9 households in Church Lane and Orchard Close and by Ashcombe St Mary Parish Council. Two representations supporting the premises were received, together with a petition of 312 signatures in favour of the pub, which Mr Pellow submitted at the hearing.

### 2. Evidence considered

2.1 The council received 23 noise complaints about the premises from 9 households between Monday 1 April 2024 and Sunday 30 June 2024. In the same period in 2023 it received 4 complaints from 2 households.

2.2 Martin Hebditch, Senior Environmental Health Officer, gave evidence of six monitoring visits made between Saturday 8 June and Saturday 13 July 2024. He told the sub-committee that amplified music from the marquee was "clearly audible and intrusive" inside the bedroom of 2 Church Lane, the nearest home, about 35 metres from the marquee, on four of those visits. His highest reading was 61 dB LAeq,15min at the garden boundary of 2 Church Lane on Saturday 29 June 2024, against a typical night-time background level of 34 dB LA90.

2.3 A noise abatement notice under section 80 of the Environmental Protection Act 1990 was served on Mr Pellow on Monday 1 July 2024. Mr Hebditch told the sub-committee that there had been one further breach, on Saturday 13 July 2024, and that no live music had been held in the marquee since that date.

2.4 Mrs Angela Tibbs, of 2 Church Lane, spoke on behalf of the residents. She said: "For three months we could not sleep before midnight on a Friday or a Saturday. My grandson stopped staying with us because the bass came through his bedroom wall."

2.5 Councillor Colin Dearlove, chairman of Ashcombe St Mary Parish Council, said the parish council "values the Wheatsheaf as the last pub in the village" but that "the marquee has turned a quiet garden into an open-air venue".

2.6 Mr Pellow, represented by Ms Fiona Garside of Garside Licensing Solicitors, accepted that the marquee had caused disturbance. Ms Garside said her client had "acted in good faith and moved too quickly" and offered to install a noise limiter, to end outdoor music altogether and to close the beer garden earlier.

### 3. Options

3.1 The sub-committee considered the options open to it under section 52 of the Licensing Act 2003: to take no action; to modify the conditions of the licence; to exclude a licensable activity; to remove the designated premises supervisor; to suspend the licence for up to three months; or to revoke the licence.

3.2 The Environmental Protection Team asked for the removal of all regulated entertainment after 22:00. The parish council asked for a suspension of one month. Neither the Environmental Protection Team nor any resident asked for the licence to be revoked.

### 4. Decision

4.1 The sub-committee decided to modify the conditions of the licence. It decided not to suspend or revoke the licence and not to remove the designated premises supervisor.

4.2 The following conditions are added to or amended on the licence:

| No. | Condition | Previous position |
|---|---|---|
| 1 | No live or recorded amplified music shall be played in any outdoor area, including any marquee or tent. | Not restricted |
| 2 | Amplified music indoors shall end at 22:30 on Friday and Saturday and at 22:00 on all other days. | 23:30 Friday and Saturday |
| 3 | The beer garden shall be cleared of customers by 21:30 every day. | 23:00 every day |
| 4 | A noise limiter shall be installed, set to a level agreed with the Environmental Protection Team, within 28 days of this notice. | No limiter required |
| 5 | All doors and windows shall be kept closed while amplified music is played, except for access and egress. | Not required |
| 6 | A log of noise complaints and of the action taken shall be kept and shown to council officers on request. | Not required |

4.3 The hours for the sale of alcohol are unchanged.

### 5. Reasons

5.1 The sub-committee was satisfied, on the evidence of Mr Hebditch and the residents, that the use of the marquee for amplified music had caused a public nuisance. It gave particular weight to the readings taken at 2 Church Lane and to the fact that a breach occurred after the abatement notice had been served.

5.2 The sub-committee accepted that the disturbance was linked to the marquee and not to the operation of the pub as a whole. It noted that there had been few complaints before the marquee was erected and that Mr Pellow had stopped outdoor music since July.

5.3 Councillor Mardle said: "This is a valued village pub and we have no wish to close it. But residents are entitled to a decent night's sleep, and the conditions we have imposed are proportionate to the harm we heard about."

5.4 The sub-committee considered that a suspension would punish the staff and the wider community without adding to the protection that the new conditions give.

### 6. Right of appeal

6.1 The licence holder, and any person who made a relevant representation, may appeal to the Magistrates' Court within 21 days of receiving this notice. The modified conditions take effect when the appeal period ends or, if an appeal is made, when it is determined.

Signed: Priya Lannon, Licensing Team Leader, for and on behalf of the Licensing Sub-Committee
`;

/** h554: sources/02_noise_log.md, whole. */
const NOISE_LOG = `# Tarrow Vale District Council – Environmental Protection Team

## Noise Monitoring Log

**Case reference:** EP/N/24/0388
**Source premises:** The Wheatsheaf, 14 High Street, Ashcombe St Mary
**Complainant address / monitoring position:** 2 Church Lane, Ashcombe St Mary (rear garden boundary, 1.5 m above ground; and rear first-floor bedroom, window closed)
**Distance from marquee to bedroom façade:** approx. 35 m
**Officer:** Martin Hebditch, Senior Environmental Health Officer
**Second officer present (visits 3 and 5):** Kerry Ansell, Environmental Health Technical Officer
**Equipment:** Class 1 sound level meter, serial no. 48213, calibrated at start and end of each visit (drift no greater than 0.2 dB)

### Background level

Background level measured on Tuesday 4 June 2024, 22:00–23:00, with the premises closed for a private function held indoors only: **34 dB LA90,15min**.

### Visit record

| Visit | Date | Time | Activity at premises | LAeq,15min at garden boundary | LAmax | In bedroom (window closed) | Officer's assessment |
|---|---|---|---|---|---|---|---|
| 1 | Saturday 8 June 2024 | 21:45–22:00 | DJ in marquee | 52 dB | 64 dB | Bass audible, faint | Audible, not judged a nuisance |
| 2 | Friday 14 June 2024 | 22:30–22:45 | Live band (four-piece) in marquee | 57 dB | 69 dB | Vocals and bass clearly audible | Nuisance |
| 3 | Saturday 15 June 2024 | 23:00–23:15 | Live band in marquee | 59 dB | 71 dB | Lyrics could be made out | Nuisance |
| 4 | Friday 21 June 2024 | 22:15–22:30 | Recorded music, marquee sides open | 49 dB | 58 dB | Not audible over room ambient | No nuisance |
| 5 | Saturday 29 June 2024 | 23:15–23:30 | Live band, "summer party" event | 61 dB | 74 dB | Bass and drums clearly audible | Nuisance |
| 6 | Saturday 13 July 2024 | 22:40–22:55 | DJ in marquee | 55 dB | 66 dB | Bass clearly audible | Nuisance – breach of abatement notice |

### Summary

- Visits made: 6
- Visits at which a statutory nuisance was witnessed: 4 (visits 2, 3, 5 and 6)
- Highest LAeq,15min: 61 dB (visit 5), which is 27 dB above background
- Lowest LAeq,15min: 49 dB (visit 4)
- Average of the six LAeq,15min readings: 55.5 dB

### Officer's notes

**Visit 1 (Sat 8 June):** Music from a DJ set audible at the boundary. Inside the bedroom only a faint bass line could be heard. Spoke to Mr Pellow at 22:10, who turned the volume down. Advised him that complaints had been received.

**Visit 2 (Fri 14 June):** Four-piece band. Marquee side panels rolled up because of the heat. Vocals could be heard in the bedroom with the window closed. Mr Pellow not on site; spoke to the bar manager, Ryan Coombes.

**Visit 3 (Sat 15 June):** Noise at its worst in the last half hour before the band finished at 23:25. Ms Ansell and I both judged it a nuisance. Crowd noise from the garden also noted, estimated 150 people.

**Visit 4 (Fri 21 June):** Recorded music at lower volume; the reading was influenced by road traffic on the High Street. No nuisance.

**Visit 5 (Sat 29 June):** Highest reading of the monitoring period. Event advertised on the pub's social media as a "summer party" with two bands. Music continued until 23:40, ten minutes after the permitted time for amplified music. Ms Ansell present.

**Abatement notice:** Served by hand on Mr Pellow at the premises on Monday 1 July 2024, under section 80 of the Environmental Protection Act 1990, requiring the nuisance to be abated within 7 days.

**Visit 6 (Sat 13 July):** DJ set in marquee in breach of the notice. Mr Pellow told me he "had not understood that the notice covered DJs". He stopped the music at 23:00 and said no further events would be held in the marquee.

**Complaint totals passed to the Licensing Team (1 April – 30 June):** 2024: 23 complaints from 9 households. 2023: 4 complaints from 2 households.

Signed: M. Hebditch, Senior EHO, Tuesday 16 July 2024
`;

/** h554: sources/03_interview_pellow.md, whole. */
const INTERVIEW = `# Interview transcript: Gareth Pellow, landlord of The Wheatsheaf, Ashcombe St Mary

**Interviewer:** Lucy Abbott, reporter, Tarrow Vale Gazette
**Interviewee:** Gareth Pellow, licence holder and landlord, The Wheatsheaf
**Date:** Friday 13 September 2024, 11:00
**Place:** The Wheatsheaf, saloon bar
**Recorded with permission; transcribed by L. Abbott**

---

**ABBOTT:** Thanks for seeing me. You've had the decision notice now. What's your reaction?

**PELLOW:** Relief, mostly. I went into that hearing thinking we might lose the licence. We didn't, and I'm grateful for that. The conditions are tough, but I can live with them.

**ABBOTT:** Will you appeal?

**PELLOW:** No. We've talked it over, me and my wife Nicola, and with Fiona, our solicitor. We're not going to appeal. I'd rather spend the money on putting things right than on lawyers.

**ABBOTT:** Let's go back to the start. When did you take over?

**PELLOW:** March last year. The pub had been shut for five months before that. The previous tenants gave up in the October. When we opened it was doing maybe £4,000 a week across the bar. It was just about surviving.

**ABBOTT:** And the marquee?

**PELLOW:** We put it up in April this year. It cost us £18,000, with the flooring and the heaters. The idea was to have music on Friday and Saturday nights and bring people in from Tarrow and the other villages. And it worked. On a good band night we'd have 120, 150 people through. Turnover went up by about 30 per cent over the spring.

**ABBOTT:** But the neighbours weren't happy.

**PELLOW:** No, and I understand that now. I didn't at first, I'll be honest. I thought it was one or two people who didn't like pubs. Then Martin – the environmental health officer – came round and stood in Mrs Tibbs's back bedroom, and he told me he could hear the words of the songs. That's when it hit me.

**ABBOTT:** There was a breach after the abatement notice, in July.

**PELLOW:** That was my mistake. I thought the notice was about bands, about live music. I booked a DJ for the 13th. I genuinely hadn't understood it covered DJs. When Martin told me, I turned it off there and then and we haven't used the marquee for music since.

**ABBOTT:** What happens to the marquee now?

**PELLOW:** It's coming down at the end of this month. We'll use the space for tables in the daytime, and for the summer fete, that sort of thing. No more music out there. The council's said no outdoor music at all, and honestly I wasn't going to fight that.

**ABBOTT:** The noise limiter – what does that involve?

**PELLOW:** It's a box that cuts the power to the sound system if it goes over a set level. We've had a quote for £2,400, fitted. Martin's team will set the level. We've got 28 days, and it should be in within two weeks.

**ABBOTT:** Indoor music now has to stop at half past ten at weekends. Does that hurt the business?

**PELLOW:** It does. Last orders are still half eleven on a Friday and Saturday, so people can stay and drink, but the band has to finish an hour earlier than it used to. We'll do more acoustic sets, earlier starts. Seven o'clock instead of nine.

**ABBOTT:** What about your staff?

**PELLOW:** We employ 14 people, six of them full time. Nobody's losing their job over this. That was my first worry when the parish council asked for a suspension. A month shut would have cost us something like £25,000 in takings. I don't think we'd have come back from that.

**ABBOTT:** The petition – 312 signatures. Who organised that?

**PELLOW:** Regulars. The darts team, mostly. I didn't ask them to. It was nice to know people wanted the pub here.

**ABBOTT:** Anything you'd say to the neighbours?

**PELLOW:** That I'm sorry. Genuinely. We're a village pub, not a nightclub, and I never wanted to be one. I got carried away with the marquee. I've written to every house on Church Lane and Orchard Close and invited them in for a drink and a chat. Angela Tibbs came in on Wednesday. We're not best friends, but we're talking.

**ABBOTT:** And the future?

**PELLOW:** Quiz night on Tuesdays, food, the beer garden till half nine, music inside that finishes at a sensible time. If we can do that and keep the neighbours onside, I think the Wheatsheaf has a future. It's the last pub in Ashcombe. There were three when my dad was a boy.

**ABBOTT:** Thank you.

**PELLOW:** Thanks, Lucy.

[Interview ends 11:35]
`;

describe('ages, plots, decibels and an ending, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Mr Greaves, 81" against "has worked plot 71": no rival; another age is not supported', async () => {
    const allotments = judgeWith(await workspaceIndex({ 'sources/02_society_newsletter.md': SOCIETY_NEWSLETTER, 'sources/03_radio_transcript.md': RADIO_TRANSCRIPT }));
    const aged = (age: string) => allotments(`“Forty-five years I've been on that plot,” Mr Greaves, ${age}, told the newsletter.`);
    assert.equal(aged('81').verdict, 'supported', why(aged('81')));
    assert.notEqual(aged('91').verdict, 'supported', why(aged('91')));
  });

  test('"plot holders over 65" is an age: no column\'s count is its rival, nor states it', async () => {
    const allotments = judgeWith(await workspaceIndex({ 'sources/02_society_newsletter.md': SOCIETY_NEWSLETTER, 'sources/03_radio_transcript.md': RADIO_TRANSCRIPT }));
    const over = (age: string) => allotments(`She promised that Mr Greaves and other plot holders over ${age} would go to the top of the list for any plot that comes free on the upper field.`);
    assert.equal(over('65').verdict, 'supported', why(over('65')));
    assert.equal(over('75').verdict, 'contradicted', why(over('75')));
    assert.deepEqual(over('75').conflicts.map((c) => [c.claim, c.source]), [['75', '65']]);
  });

  test('"27 decibels above the background" is the log\'s "27 dB above background", not the background\'s 34 dB', async () => {
    const pub = judgeWith(await workspaceIndex({ 'sources/01_decision_notice.md': DECISION_NOTICE, 'sources/02_noise_log.md': NOISE_LOG }));
    const above = (db: string) => pub(`His highest reading, 61 decibels at the garden boundary of 2 Church Lane on Saturday 29 June, was ${db} decibels above the typical night-time background level.`);
    assert.equal(above('27').verdict, 'supported', why(above('27')));
    assert.equal(above('37').verdict, 'contradicted', why(above('37')));
  });

  test('"must end all outdoor music" says what "said no outdoor music at all" says; "may keep" does not', async () => {
    const pub = judgeWith(await workspaceIndex({ 'sources/01_decision_notice.md': DECISION_NOTICE, 'sources/02_noise_log.md': NOISE_LOG, 'sources/03_interview_pellow.md': INTERVIEW }));
    const music = (verb: string) => pub(`The Wheatsheaf in Ashcombe St Mary has kept its licence but ${verb} all outdoor music after councillors heard that bands in its beer-garden marquee had kept neighbours awake.`);
    assert.notEqual(music('must end').verdict, 'contradicted', why(music('must end')));
    assert.deepEqual(music('must end').conflicts, []);
    assert.notEqual(music('may keep').verdict, 'supported', why(music('may keep')));
  });

  test('"and at 23:00 on other days" still has its rival, 22:00, whatever the clause before it (a guard for a time stated with its words)', async () => {
    const notice = judgeWith(await workspaceIndex({ 'sources/01_decision_notice.md': DECISION_NOTICE, 'sources/02_noise_log.md': NOISE_LOG, 'sources/03_interview_pellow.md': INTERVIEW }));
    const other = notice('Indoor amplified music must end at 22:30 on Fridays and Saturdays, an hour earlier than before, and at 23:00 on other days.');
    assert.ok(other.conflicts.some((c) => c.claim === '23:00' && c.source === '22:00'), why(other));
  });
});
