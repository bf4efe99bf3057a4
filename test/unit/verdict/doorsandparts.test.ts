/**
 * The fiftieth round, older errors: four faithful sentences of earlier drafts shown as errors. A word of a figure's
 * clause that another passage gives with that figure ("2,140 people came through the doors" / "We had 2,140 people
 * through the doors", beside "2,140 people visited") is that passage's; keeping a thing away is stopping it; "doing
 * up" is no word swapped for "renovating" ("do" is a light verb); the part a source's "X of the Y" names ("At the
 * outset" / "At the start of the trial") is no word swapped. The fixtures are the helpers' sources, whole; the people,
 * bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

/** h265: sources/kellmoor_annual_report_2023-24.md, whole. */
const KELLMOOR_REPORT = `# Kellmoor Museum and Art Gallery — Annual Report 2023–24

*Published by the Board of Trustees of the Kellmoor Museum Trust, Brackenford, on Thursday 12 September 2024. Reporting period: 1 April 2023 to 31 March 2024.*

## Chair's foreword

This has been the most successful year in the 112-year history of the Kellmoor Museum and Art Gallery. For the first time, more than 148,000 people came through our doors, and they came from every ward of Brackenford and far beyond.

"Our visitors have told us, loudly and clearly, that a free museum in the middle of a working town still matters," said Tom Gaskell, Chair of the Kellmoor Museum Trust. "The challenge for the coming years is to make sure that the money follows the visitors."

The trustees thank the Pennine Arts Board, Brackenford Borough Council and the Friends of Kellmoor for their continued support.

## Visitor numbers

Total visits in 2023–24 reached 148,320, compared with 121,560 in 2022–23, an increase of 22 per cent. Every quarter of the year was busier than the same quarter of the year before.

| Quarter | 2022–23 | 2023–24 | Change |
|---|---|---|---|
| April–June | 29,870 | 34,210 | +14.5% |
| July–September | 37,140 | 45,980 | +23.8% |
| October–December | 30,020 | 38,650 | +28.7% |
| January–March | 24,530 | 29,480 | +20.2% |
| **Total** | **121,560** | **148,320** | **+22.0%** |

The busiest single day of the year was Saturday 19 August 2023, when 2,140 people visited during the town's Canal Festival.

## Exhibitions

The summer exhibition, *Mill Girls: Work and Water 1850–1914*, ran for 14 weeks from 3 June to 9 September 2023 and was seen by 52,000 visitors, making it the best-attended exhibition the museum has ever staged. It was curated by Dr Aisha Brennan, Senior Curator, with loans from the Calder Valley Textile Archive.

"We asked families to bring in photographs of the women in their own histories who worked in the mills, and more than 600 did," said Dr Brennan. "The exhibition was built as much by the town as by us."

The winter exhibition, *Light on the Moor*, showed 45 landscape paintings from the permanent collection and attracted 21,300 visitors over ten weeks.

## Learning and community

- 11,400 pupils from 212 schools took part in taught sessions, up from 8,950 pupils the year before.
- 1,830 people attended the monthly "Memory Café" sessions for people living with dementia and their carers.
- 64 volunteers gave a total of 9,200 hours of their time.

Priya Nandakumar, Head of Learning, said: "Two thirds of the schools we worked with this year are in the most deprived quarter of the borough. For many of those children, this is the first museum they have ever visited."

## Finance

Total income for 2023–24 was £2.1 million. The largest single source was the annual grant of £640,000 from the Pennine Arts Board, which made up around 30 per cent of income. Brackenford Borough Council contributed £410,000, and the remainder came from trading, donations, the café and the shop. Trading income rose by 17 per cent to £385,000.

The museum employs 41 staff, of whom 26 are full-time.

## Looking ahead

The Pennine Arts Board is expected to announce its 2025–2028 investment programme in the autumn of 2024. The trustees have prepared plans for a range of funding outcomes. Director Dr Helen Marlowe has warned the board that "a standstill grant is, in real terms, already a cut".
`;

/** h265: sources/interview_marlowe_2024-10-04.txt, whole. */
const MARLOWE_INTERVIEW = `BRACKENFORD COURIER — INTERVIEW TRANSCRIPT
Date: Friday 4 October 2024
Location: Director's office, Kellmoor Museum and Art Gallery, Brackenford
Interviewer: Sam Oakley, arts reporter, Brackenford Courier
Interviewee: Dr Helen Marlowe, Director, Kellmoor Museum and Art Gallery
Duration: 38 minutes (recorded, transcribed by S. Oakley)

OAKLEY: Thanks for making time. You found out on Tuesday. Can you tell me what the Pennine Arts Board actually decided?

MARLOWE: We were told on Tuesday morning, the first of October, by email and then a phone call from Claire Fenwick, their Director of Investment. Our annual grant goes from £640,000 to £448,000 from April 2025. That's a cut of £192,000 a year, or 30 per cent, for each of the three years of the programme.

OAKLEY: And this comes in the same year you had record visitor numbers.

MARLOWE: Yes, 148,320 visits last year, up 22 per cent. It's the best year we've ever had. I won't pretend the irony is lost on anyone here.

OAKLEY: Did the board give you a reason?

MARLOWE: They said their own budget had been reduced and that they wanted to put more money into places that have historically had very little arts funding. I understand that argument. I'd just point out that Brackenford is one of those places. Two thirds of the schools we see are in the most deprived quarter of the borough.

OAKLEY: What does £192,000 mean in practice?

MARLOWE: It's roughly the cost of six posts. We have 41 staff. We have started a consultation with staff and with the union, and I don't want to pre-empt that, but six posts are at risk. We are also looking at closing on Mondays and Tuesdays, which would take us from seven days a week to five.

OAKLEY: Would you consider charging for entry?

MARLOWE: No. Free entry is not on the table. The building was left to the town in 1912 on the condition that it stays free, and even if it weren't, I wouldn't do it. The moment you charge, the families we most want to see stop coming.

OAKLEY: Is the council in a position to help?

MARLOWE: I've spoken to Councillor Dev Sharma, who holds the culture portfolio at Brackenford Borough Council. He's been sympathetic, but the council is under its own pressure. Their contribution of £410,000 is fixed until March 2026, and I'm not expecting more.

OAKLEY: Will you appeal?

MARLOWE: There's no formal appeal process, but we have asked for a meeting with Richard Ashworth, the chief executive of the board, and that's been agreed for Friday the eighteenth of October. Our chair, Tom Gaskell, will come with me.

OAKLEY: What would you say to the board if they were listening now?

MARLOWE: I'd say: come and stand in our entrance hall on a wet Saturday in August. We had 2,140 people through the doors on one day last summer. You can't build that back once you've let it go.

OAKLEY: And the Friends of Kellmoor have launched something?

MARLOWE: They've started a public appeal, with a target of £75,000, which opened on Wednesday. It's already passed £9,000. That won't close the gap, but it tells you how people feel.

OAKLEY: Last question. Are you worried about the museum's future?

MARLOWE: I'm worried about what kind of museum it will be. It will survive. But a museum open five days a week with fewer people to teach children is a smaller thing, and that was not what last year's numbers were asking for.

OAKLEY: Thank you.

[END OF RECORDING]
`;

/** h278: sources/fire_incident_summary.md, whole. */
const FIRE_SUMMARY = `# Westmarch Fire and Rescue Service — Incident Summary

**Incident number:** WFRS/2025/10/4471
**Incident type:** Fire — commercial premises (vehicle depot)
**Location:** Ridgeway Buses, Kestrel Lane Depot, Kestrel Lane, Elmsworth EL4 7QT
**Date of incident:** Tuesday 14 October 2025
**Summary prepared by:** Station Commander Priya Okonjo, Elmsworth Fire Station
**Incident commander:** Group Commander Daniel Hartree
**Status:** Fire extinguished; cause under investigation

## Overview

At 02:47 on Tuesday 14 October 2025 Westmarch Fire and Rescue Service received a call from a security guard at the Kestrel Lane bus depot in Elmsworth reporting smoke and flames in the covered parking hall. The first appliance arrived at 02:54, seven minutes after the call. On arrival crews found a fully developed fire involving several single-deck and double-deck buses parked in the north bay of the hall.

At the height of the incident 11 fire engines, one aerial ladder platform and approximately 60 firefighters were in attendance. Crews wore breathing apparatus and used four main jets and two ground monitors to stop the fire spreading to the south bay and to the adjoining fuel store, which held about 40,000 litres of diesel.

The fire was declared under control at 06:15 and fully extinguished at 09:40. Crews remained on site damping down until 18:00 the same day.

In total 23 buses were destroyed and a further 9 were damaged by heat and smoke. Around 70 per cent of the roof of the parking hall collapsed. No one was injured. Two staff members who were on site at the time — the security guard and a night-shift fitter — left the building safely before crews arrived.

## Timeline and appliances

| Time  | Event                                                         | Appliances on scene |
|-------|---------------------------------------------------------------|---------------------|
| 02:47 | 999 call received from depot security guard                   | 0                   |
| 02:54 | First appliance arrives from Elmsworth Fire Station           | 1                   |
| 03:02 | "Make pumps six" message sent by first officer in charge      | 3                   |
| 03:25 | Aerial ladder platform from Carnford requested                | 6                   |
| 03:40 | Incident escalated to 10 pumps; Group Commander Hartree takes command | 8           |
| 04:30 | Peak attendance: 11 pumps plus aerial ladder platform         | 12                  |
| 06:15 | Fire declared under control                                   | 9                   |
| 09:40 | Fire declared extinguished                                    | 5                   |
| 18:00 | Last crew leaves; site handed to owner                        | 0                   |

## Community impact

Residents of around 30 homes on Kestrel Lane and Mill Close were advised to keep windows and doors closed because of heavy smoke. Kestrel Lane was closed between the junction with Harrow Road and the retail park from 03:00 until 15:30.

## Statements

Group Commander Daniel Hartree said: "This was a very challenging fire involving a large number of vehicles packed closely together. Our crews worked extremely hard in difficult conditions to stop it reaching the fuel store, and I want to thank them for that."

Station Commander Priya Okonjo said: "A joint investigation with Elmsworth Police is under way. At this stage we are keeping an open mind about the cause, and we are not treating the fire as suspicious."

## Next steps

- Joint fire investigation with Elmsworth Police; initial findings expected within four weeks.
- Fire safety officers to visit the depot owner to review the layout of electric and diesel vehicles in the parking hall.
- Information about the charging of electric buses on site has been requested from Ridgeway Buses.
`;

/** h278: sources/interview_transcript.txt, whole. */
const DEPOT_INTERVIEW = `INTERVIEW TRANSCRIPT
Elmsworth Chronicle — recorded interview, Fenwick Street depot canteen, Elmsworth
Date: Thursday 16 October 2025, 14:10–14:48
Interviewer: Laura Pennick, transport reporter, Elmsworth Chronicle
Interviewees: Graham Tolley, depot manager, Kestrel Lane depot, Ridgeway Buses
              Sandra Achebe, branch secretary, Unite union Elmsworth bus branch
Transcribed by: L. Pennick. Lightly edited for repetition only.

LAURA PENNICK: Graham, can you take me back to Tuesday morning? When did you hear about the fire?

GRAHAM TOLLEY: I got the call from our security guard, Mick, at about ten to three. He'd already dialled 999. I live about 15 minutes away, so I was there by twenty past three, and by then the north bay was well alight. You could see the smoke from the ring road.

LAURA PENNICK: What was going through your head?

GRAHAM TOLLEY: Honestly, the fuel store. We had about 40,000 litres of diesel in there. The fire crews knew it straight away and they put everything into keeping it away from the tanks. I've been at Kestrel Lane 19 years and I have never seen anything like it.

LAURA PENNICK: How many buses did you lose?

GRAHAM TOLLEY: Twenty-three are gone completely. Another nine have smoke or heat damage. Some of those will be back within a fortnight, some won't. Of the 23, eight were our electric single-deckers, the ones we got in March last year.

LAURA PENNICK: There's been talk online that the electric buses caused it. Is that right?

GRAHAM TOLLEY: Nobody knows yet, and I'm not going to guess. The electric buses were parked in the north bay, and they were on charge overnight, that's true. But there were diesel buses in that bay as well. The fire service and the police are investigating and we'll wait for them.

LAURA PENNICK: How are you running a service with a third of the fleet gone?

GRAHAM TOLLEY: With difficulty. We've moved the Kestrel Lane drivers to Fenwick Street for now — it's about 40 of them. We're cutting frequencies on seven routes from Monday and route 9 is off completely. We're getting hired buses in; the first six are double-deckers from Coastway Travel.

LAURA PENNICK: Sandra, what's the mood among drivers?

SANDRA ACHEBE: Shaken. A lot of our members have driven those buses for years, and Kestrel Lane is like a second home. The company has told us nobody loses pay, and we welcome that. We'll hold them to it.

LAURA PENNICK: Are you satisfied with the arrangements at Fenwick Street?

SANDRA ACHEBE: Not fully. Fenwick Street was built for about 60 buses and it's now going to have well over a hundred vehicles going in and out. The yard is tight, the canteen is tight — you can see it in here. We've asked for extra marshals in the yard at peak times and for proper rest breaks to be protected. We're meeting management on Tuesday the 21st.

LAURA PENNICK: Have you raised safety concerns about charging before the fire?

SANDRA ACHEBE: We raised a question in May about where the chargers were placed, yes. We asked for a fire risk review. The company said the installation met the standards. I'm not saying that's what caused this — nobody knows that — but we'll want to see that review now.

GRAHAM TOLLEY: For the record, the charging installation was signed off in February 2024 by the contractor and by our insurers. We'll cooperate with whatever the investigation needs.

LAURA PENNICK: Graham, how long before Kestrel Lane is back in use?

GRAHAM TOLLEY: The south bay and the workshop weren't badly hit, so we hope to get some buses back in there within about six weeks, once the structural engineers have been. The north bay roof has mostly come down, so that's going to be a rebuild. We're talking the best part of a year for that.

LAURA PENNICK: And passengers — what would you say to them?

GRAHAM TOLLEY: Sorry, first of all. Please check before you travel. We'll add journeys back as soon as we have the buses and the drivers in the right place.

SANDRA ACHEBE: And be patient with the drivers. It's not their fault the bus is late, and we've already had two drivers verbally abused this week.

LAURA PENNICK: Thank you both.

[END OF RECORDING — 38 minutes]
`;

/** h244: sources/interview_haddad.txt, whole. */
const HADDAD_INTERVIEW = `INTERVIEW TRANSCRIPT

Date: Monday 29 April 2024
Location: Occupational Pensions Authority regional office, Kingsgate House, Wexbury
Interviewee: Amir Haddad, Senior Investigator, Occupational Pensions Authority (OPA)
Interviewer: Sophie Renn, Courts Reporter, Aldbridge Courier
Format: Recorded, on the record. Transcribed by S. Renn. Duration 34 minutes.

SOPHIE RENN: Thanks for seeing me. Let's start at the beginning. How did the OPA first hear about Hartwell?

AMIR HADDAD: A letter. It arrived on Wednesday the 3rd of February 2021, from a payroll clerk at the company. She'd noticed that the pension scheme's bank statements showed large round-sum payments going out to a company called Brackenridge Land, and she couldn't find any matching income coming back. She asked a question internally, got a brush-off, and wrote to us.

SOPHIE RENN: How quickly did you act?

AMIR HADDAD: Within three weeks we had issued a notice requiring documents from the trustees. By May 2021 we had used our powers to appoint an independent trustee, which effectively removed Mr Corrigan's control over the scheme. From that point no more money could leave.

SOPHIE RENN: How big was the investigation?

AMIR HADDAD: At its peak I had a team of six investigators and two forensic accountants. The investigation itself ran for about twenty months before we handed the file to the Economic Crime Prosecution Office. We reviewed something like 14,000 pages of material. And the thing that stood out was how ordinary the paperwork looked. Every transfer had a trustee minute behind it. The minutes just weren't true.

SOPHIE RENN: Where did the £4.2 million actually go?

AMIR HADDAD: We traced the bulk of it. Roughly £2.9 million went into buying and doing up five holiday properties in Cornwall. About £640,000 went to repay Mr Corrigan's personal loans and credit, including a bridging loan. £185,000 bought the boat. The rest was spread across living costs, cars, school fees for a relative and so on.

SOPHIE RENN: The prosecution has frozen about £1.6 million. Will the members get their money back?

AMIR HADDAD: Some of it. I have to be honest with people: property values have moved, there are costs of sale, and there are other creditors. Realistically I would be surprised if more than a third of the £4.2 million comes back to the scheme. But every pound matters.

SOPHIE RENN: What about the auditors? Mr Corrigan blamed them at trial.

AMIR HADDAD: The scheme's auditors were a small local firm, Pennock & Vale. We have referred their work on the 2017, 2018 and 2019 accounts to their professional body. That's a separate process and I won't pre-judge it. But I'd say this: the auditors were given false minutes and a false confirmation letter from Brackenridge, signed by Mr Corrigan's brother-in-law.

SOPHIE RENN: Did Mr Corrigan cooperate?

AMIR HADDAD: He was interviewed under caution twice. In the first interview, in October 2022, he answered "no comment" to every question. In the second, in March 2023, he gave a prepared statement saying the loans were genuine and would be repaid. They never were.

SOPHIE RENN: And the payroll clerk?

AMIR HADDAD: She's the reason we're here. Without that letter, I think this would have gone on for another two or three years and the scheme might have been emptied. I'd say to anybody in a similar position: "If the numbers don't add up, tell us. You don't need proof. That's our job."

SOPHIE RENN: How common are cases like this?

AMIR HADDAD: Thankfully rare at this scale. We opened 11 investigations into trustee misconduct last year, and this is the largest single-scheme fraud the OPA has prosecuted through ECPO since 2015. Most schemes are well run. But small company schemes where the same person is the boss and the chair of trustees, that's a risk we're watching very closely.

SOPHIE RENN: Thank you.

AMIR HADDAD: Thank you.

[END OF RECORDING]
`;

/** h255: sources/press_release.md, whole. */
const TRIAL_RELEASE = `# University of Northmoor — Press Release

**For immediate release: Tuesday 11 March 2025, 09:00**

## New twice-daily tablet cuts migraine days by almost half in largest UK trial of its kind

Researchers at the University of Northmoor have found that an experimental tablet, **velaprant**, reduced the number of monthly migraine days by 47% in adults with frequent migraine, in a phase 3 clinical trial published today in *The Lancet Neurology*.

The VELA-3 trial enrolled 1,240 adults aged 18 to 65 at 22 hospital sites across England and Wales between February 2022 and August 2023. Participants, who had experienced between 6 and 14 migraine days per month for at least a year, were randomly assigned to take either velaprant 40 mg or a matching placebo tablet twice daily for 24 weeks.

Of the 1,240 patients, 621 received velaprant and 619 received placebo. At the start of the trial, participants reported an average of 9.8 migraine days per month.

By week 24, patients taking velaprant had an average of 5.2 migraine days per month, a reduction of 4.6 days, or 47%. Patients taking placebo fell to 7.9 days, a reduction of 1.9 days, or 19%.

The trial was led by **Professor Helen Ashdown**, Professor of Clinical Neurology at the University of Northmoor's School of Medicine, and funded by a £6.8 million grant from the Halden Medical Research Council, with the drug supplied free of charge by its developer, Castellan Therapeutics.

### Key results at 24 weeks

| Outcome | Velaprant (n=621) | Placebo (n=619) |
|---|---|---|
| Average migraine days per month at start | 9.8 | 9.8 |
| Average migraine days per month at week 24 | 5.2 | 7.9 |
| Reduction in monthly migraine days | 4.6 (47%) | 1.9 (19%) |
| Patients with at least 50% fewer migraine days | 58% | 27% |
| Patients who stopped because of side effects | 6% | 3% |
| Most common side effect (nausea) | 11% | 4% |

"For people who lose a third of every month to migraine, giving them back four or five days is life-changing," said Professor Ashdown. "This is the first tablet designed to prevent migraine that has matched the injectable treatments in a trial of this size."

The most common side effect was mild nausea, reported by 11% of patients on velaprant compared with 4% on placebo. Dizziness was reported by 5% of patients on velaprant and 3% on placebo. No serious liver problems were recorded in either group. Six per cent of patients on velaprant stopped taking the tablets because of side effects, compared with 3% on placebo.

**Dr Rajesh Menon**, senior trial statistician at the Northmoor Clinical Trials Unit, said: "The difference between the two groups was large and consistent across every subgroup we looked at, including age, sex and how long people had had migraine."

Migraine affects around one in seven adults in the UK and is the leading cause of disability in people under 50. Current preventive tablets, many originally developed for epilepsy, depression or blood pressure, help only around four in ten patients, and injectable treatments known as CGRP antibodies cost the NHS around £5,400 per patient per year.

Castellan Therapeutics has said it expects to apply to the Medicines and Healthcare products Regulatory Agency (MHRA) for approval before the end of 2025. The company has not announced a price.

A 52-week extension study, following 880 of the original participants, is due to report in spring 2026.

### Notes to editors

- The VELA-3 trial was registered as ISRCTN 48213097.
- The University of Northmoor is a member of the Northern Research Universities Group.
- Media contact: Claire Dunmore, Senior Press Officer, University of Northmoor, 0161 555 0192.
`;

describe('words of figures, particles and parts of h244, h255, h265 and h278, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"2,140 people came through the doors" is the interview\'s "2,140 people through the doors", beside the report\'s "visited"', async () => {
    const library = judgeWith(await workspaceIndex({ 'sources/kellmoor_annual_report_2023-24.md': KELLMOOR_REPORT, 'sources/interview_marlowe_2024-10-04.txt': MARLOWE_INTERVIEW }));
    const doors = library('The single busiest day was Saturday 19 August 2023, when 2,140 people came through the doors during the town\'s Canal Festival.');
    assert.deepEqual(doors.conflicts, [], why(doors));
    const changed = library('The single busiest day was Saturday 19 August 2023, when 2,410 people came through the doors during the town\'s Canal Festival.');
    assert.equal(changed.verdict, 'contradicted', why(changed));
  });

  test('"to keep the flames away from an adjoining fuel store" is "to stop the fire spreading to … the adjoining fuel store"', async () => {
    const fire = judgeWith(await workspaceIndex({ 'sources/fire_incident_summary.md': FIRE_SUMMARY, 'sources/interview_transcript.txt': DEPOT_INTERVIEW }));
    const keep = fire('Crews used four main jets and two ground monitors to keep the flames away from an adjoining fuel store holding about 40,000 litres of diesel.');
    assert.deepEqual(keep.conflicts, [], why(keep));
    const postcode = fire('A fire at Ridgeway Buses\' Kestrel Lane depot in Elmsworth destroyed 23 buses in the early hours of Tuesday, 14 October.');
    assert.deepEqual(postcode.conflicts, [], why(postcode));
  });

  test('"buying and renovating five holiday properties" is "buying and doing up five holiday properties"', async () => {
    const interview = judgeWith(await workspaceIndex({ 'sources/interview_haddad.txt': HADDAD_INTERVIEW }));
    const renovating = interview('Mr Haddad said roughly £2.9 million had gone into buying and renovating five holiday properties in Cornwall and about £640,000 had been used to repay Corrigan\'s personal loans.');
    assert.deepEqual(renovating.conflicts, [], why(renovating));
    const changed = interview('Mr Haddad said roughly £2.9 million had gone into buying and renovating six holiday properties in Cornwall and about £640,000 had been used to repay Corrigan\'s personal loans.');
    assert.equal(changed.verdict, 'contradicted', why(changed));
  });

  test('"At the outset, participants" is "At the start of the trial, participants"', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/press_release.md': TRIAL_RELEASE }));
    const outset = release('At the outset, participants were having an average of 9.8 migraine days a month.');
    assert.deepEqual(outset.conflicts, [], why(outset));
    const changed = release('At the outset, participants were having an average of 8.9 migraine days a month.');
    assert.equal(changed.verdict, 'contradicted', why(changed));
  });
});
