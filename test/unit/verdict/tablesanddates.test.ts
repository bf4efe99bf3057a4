/**
 * The forty-sixth round, third part: faithful sentences of h548–h553 (written against c8d335b) flagged as errors.
 * A resolutions table's "Against: 0 | Abstain: 0" is no split vote ("Against: 1" is); a row the claim names by every
 * word of its label ("businesses on Millgate Road") is its row, and a row of the figure's owner that gives it leaves
 * no other row a rival; "including" is "counting" ("68 staff, counting the casual lifeguards"); a date another
 * sentence gives a few words after the claim's event ("will be suspended from the first scheduled crossing on Monday
 * 2 September 2024") is the event's; a figure a row keyed by the claim's month gives ("May 2025 | … | 15.3") is no
 * coincidence, unless the rival gives that month too. The fixtures are the helpers' sources, whole; the people,
 * bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, why, workspaceIndex } from './sources';

/** h549: sources/03_parish_council_transcript.md, whole. */
const MEADOW_MEETING = `# Little Brayford Parish Council — Extraordinary Meeting

**Transcript of proceedings (agenda item 4 and resolutions)**
Wednesday 12 March 2025, 7.30pm, Little Brayford Village Hall

Present (councillors): Cllr Martin Ashdown (Chair), Cllr Ruth Gedney (Vice-Chair), Cllr Tom Birtles, Cllr Sarah Nkemelu, Cllr Peter Vane
In attendance: Helen Sparrow (Parish Clerk and Responsible Financial Officer); District Cllr Jonathan Freer (South Northshire District Council, Brayford ward); Andrew Pelling (Fenwick Rowe Chartered Surveyors, for the Harcourt Family Trust); Denise Okafor and Graham Whitlock (Brayford Colts Youth FC); approximately 70 members of the public.

Apologies: Cllr Linda Farrow.

---

**Item 4: Millfield Meadow — lease renewal for Brayford Colts Youth FC**

**CLLR ASHDOWN (Chair):** Thank you all for coming. I don't think this hall has been this full since the flood meeting in 2020. This is an extraordinary meeting called at the request of Brayford Colts. I'll take public participation first, then councillors will debate. Mrs Okafor, you have five minutes.

**DENISE OKAFOR (Chair, Brayford Colts Youth FC):** Thank you, Chair. Since our statement last month, our petition has passed 1,900 signatures. We met Mr Pelling on Thursday 6 March and we're grateful he's here tonight. But the position hasn't really changed. A three-year lease with a six-month break clause isn't a lease, it's a notice period. We're asking the council for two things: to support our call for a ten-year lease on the whole meadow, and to help us protect the meadow for the long term.

**CLLR ASHDOWN:** Thank you. Mr Pelling, would you like to respond?

**ANDREW PELLING (Fenwick Rowe, for the Harcourt Family Trust):** Thank you, Chair. I want to be clear that the Estate is not trying to push the club out. Following our meeting on the 6th, the trustees have authorised me to say that they would grant a five-year lease, rather than three, at a rent of £5,800 a year, and they would drop the landlord's break clause altogether. What they can't do at this stage is include the northern strip, because that land is in the district council's call for sites.

**CLLR GEDNEY (Vice-Chair):** Mr Pelling, the club says the meadow is only well-drained because they paid for the drainage. Has the Estate taken that into account in the rent?

**ANDREW PELLING:** The revised figure does reflect that, yes. The £700 reduction is partly in recognition of the club's investment.

**CLLR BIRTLES:** Can I ask District Councillor Freer where the Local Plan actually is?

**DISTRICT CLLR FREER (South Northshire District Council):** The call for sites closed on Monday 30 September last year. We had 212 sites submitted across the district, and Millfield north is one of them. Officers expect to publish the draft plan for consultation in the autumn. I would say to everyone here: a site being submitted is not the same as a site being allocated. Most of the 212 will not make it into the plan.

**CLLR NKEMELU:** The clerk has advised that the meadow could be nominated as an Asset of Community Value. What would that actually achieve?

**HELEN SPARROW (Parish Clerk):** If the district council lists it, the owner would have to notify the district before selling the land, and community groups could ask for a six-month moratorium to put together a bid. It doesn't stop a sale, it doesn't control the rent, and it doesn't stop development if planning permission is granted. But it is a material consideration in planning.

**CLLR VANE:** I'm sympathetic to the club, but I have to say I'm uneasy about the parish spending public money on a private rent. The precept is £68,400 this year. Every household in the parish pays towards that, whether their children play football or not.

**CLLR GEDNEY:** With respect, Peter, that's exactly what the recreation reserve is for.

**HELEN SPARROW:** For councillors' information, the recreation reserve stands at £11,250 as at 28 February.

**CLLR ASHDOWN:** Let me put the motions.

---

**Resolutions**

| No. | Resolution | For | Against | Abstain | Result |
|---|---|---|---|---|---|
| 25/031 | To submit a nomination to South Northshire District Council to list Millfield Meadow (whole site) as an Asset of Community Value | 5 | 0 | 0 | Carried |
| 25/032 | To offer Brayford Colts Youth FC a grant of £1,500 per year for three years from the recreation reserve towards the rent, conditional on a lease of at least five years being agreed | 4 | 1 | 0 | Carried |
| 25/033 | To write to the Harcourt Family Trust urging it to include the northern strip in any new lease | 5 | 0 | 0 | Carried |

Cllr Vane asked that his vote against resolution 25/032 be recorded.

---

**CLLR ASHDOWN:** Mrs Okafor, does that help?

**DENISE OKAFOR:** It helps a great deal, and we're grateful. Five years and no break clause is real progress. But a five-year lease still doesn't get us to the ten years the changing-room fund needs, and without the northern strip we still lose two pitches. So we'll be going back to the Estate before the 21st.

**ANDREW PELLING:** I'll take the council's letter to the trustees. I'm not going to make promises on the strip tonight.

**CLLR ASHDOWN:** Thank you. I'll close item 4 at 8.52pm.

*Next ordinary meeting: Wednesday 9 April 2025, 7.30pm.*
`;

/** h551: sources/consultation_results_report.md, whole. */
const CYCLE_LANE_REPORT = `# Brackenshire County Council

## Millgate Road, Wexley – Experimental Segregated Cycle Lane
## Consultation Results Report

Prepared by: Transport Planning Team, Place Directorate
Report author: Laura Finch, Senior Transport Planner
Published: Thursday 15 May 2025
For consideration by: Highways and Transport Committee, Thursday 22 May 2025

### 1. Background

1.1 A two-way segregated cycle lane was installed on the eastern side of Millgate Road, Wexley, between Station Approach and Fenwick Roundabout, a distance of 1.4 kilometres. The lane came into use on Monday 18 March 2024 under an Experimental Traffic Regulation Order (ETRO), which may remain in force for a maximum of 18 months.

1.2 The scheme cost £486,000 to install. Of this, £410,000 was met from the council's Active Travel Fund (Tranche 4) grant and £76,000 from the council's local transport capital programme.

1.3 Installation of the lane required the removal of 38 on-street parking spaces on Millgate Road and the relocation of one bus stop (Millgate Road / Chandler Street).

1.4 A public consultation on whether the scheme should be made permanent ran for six weeks, from Monday 3 March 2025 to Sunday 13 April 2025. Responses could be made online through the council's Have Your Say portal or on paper forms available at Wexley Library and the Wexley Customer Service Point.

### 2. Response overview

2.1 A total of 2,847 valid responses were received: 2,611 online (91.7%) and 236 on paper. A further 64 responses were excluded as duplicates.

**Table 1: "Should the Millgate Road cycle lane be made permanent?"**

| Response | Number | Percentage |
|---|---|---|
| Yes | 1,104 | 38.8% |
| No | 1,623 | 57.0% |
| Don't know / no opinion | 120 | 4.2% |
| **Total** | **2,847** | **100%** |

**Table 2: Responses by respondent type**

| Respondent type | Total | Yes | No | Don't know |
|---|---|---|---|---|
| Millgate Road residents | 412 | 96 (23.3%) | 301 (73.1%) | 15 |
| Businesses on Millgate Road | 58 | 9 | 47 (81.0%) | 2 |
| Other Wexley residents | 1,734 | 702 (40.5%) | 958 (55.2%) | 74 |
| Respondents from outside Wexley | 643 | 297 (46.2%) | 317 (49.3%) | 29 |
| **Total** | **2,847** | **1,104** | **1,623** | **120** |

2.2 A majority opposed the scheme in every respondent group. Opposition was strongest among businesses on Millgate Road, 81.0% of whom answered No, and among Millgate Road residents (73.1%). The closest result was among respondents from outside Wexley, where 49.3% answered No and 46.2% answered Yes.

### 3. Reasons given

3.1 Respondents who answered No were asked to select the concerns that applied to them. Respondents could select more than one option.

**Table 3: Concerns selected by respondents answering No (1,623 respondents)**

| Concern | Number | % of No respondents |
|---|---|---|
| Traffic congestion on Millgate Road | 1,188 | 73.2% |
| Loss of on-street parking | 744 | 45.8% |
| Difficulty with deliveries and loading | 512 | 31.5% |
| Emergency vehicle access | 301 | 18.5% |
| Longer bus journey times | 287 | 17.7% |

3.2 Respondents who answered Yes were asked the same question about the benefits of the scheme.

**Table 4: Benefits selected by respondents answering Yes (1,104 respondents)**

| Benefit | Number | % of Yes respondents |
|---|---|---|
| Feels safer to cycle | 912 | 82.6% |
| Encourages children to cycle to school | 611 | 55.3% |
| Reduced traffic speeds | 388 | 35.1% |
| Improved air quality | 205 | 18.6% |

### 4. Monitoring data

4.1 Automatic counters were installed at the Chandler Street junction. Baseline counts were taken over two weeks beginning Tuesday 13 February 2024, before the lane opened. Post-scheme counts were taken over two weeks beginning Tuesday 14 January 2025.

**Table 5: Average weekday traffic, Millgate Road at Chandler Street**

| Measure | Before (Feb 2024) | After (Jan 2025) | Change |
|---|---|---|---|
| Cycle trips per day | 214 | 389 | +82% |
| Motor vehicles per day | 11,420 | 9,870 | -13.6% |
| Route 7 bus, average morning peak journey time, Station Approach to Fenwick Roundabout | 14 minutes | 17 minutes | +3 minutes |

4.2 Police records show four injury collisions on the affected section of Millgate Road in the 12 months before the scheme was installed, and one injury collision in the first 11 months of operation. Officers advise that numbers are too small to draw firm conclusions.

4.3 Part of the reduction in motor traffic on Millgate Road is likely to have been displaced to parallel routes. Counts on Tanners Lane rose from 4,150 to 5,020 vehicles per day over the same period.

### 5. Options

5.1 Officers have identified three options for the committee:

- Option A: Make the scheme permanent in its current form.
- Option B: Make permanent the southern section only (approximately 400 metres between Fenwick Roundabout and School Lane) and remove the remainder.
- Option C: Remove the scheme in full, reinstate the 38 parking spaces and introduce a 20mph limit and a new toucan crossing at School Lane.

5.2 The estimated cost of full removal under Option C is £212,000. Active Travel England has indicated that if the scheme is removed it may seek repayment of up to £150,000 of the grant.

5.3 The ETRO expires on Wednesday 17 September 2025. A decision is required before that date.

### 6. Recommendation

6.1 Officers recommend Option B. Retaining the southern section would keep the protected route past Millgate Primary School and Wexley Leisure Centre, where cycle use is highest, while reinstating 26 of the 38 parking spaces and most of the northern carriageway width where congestion concerns are concentrated. The estimated cost of Option B is £97,000.
`;

/** h552: sources/03_interview_centre_manager.md, whole. */
const CENTRE_INTERVIEW = `# Interview transcript

**Interviewee:** Sarah Lyle, Centre Manager, Brackenford Leisure Centre (Brackenford Leisure Trust)
**Interviewer:** Tom Hadley, reporter, Brackenford Courier
**Date:** Wednesday 9 April 2025, 10.30am
**Location:** Staff room, Brackenford Leisure Centre, Mill Lane
**Recording length:** 24 minutes (transcribed in part)

---

**TOM HADLEY:** Thanks for making time. Can you start by telling me how bad the energy bills got?

**SARAH LYLE:** The worst of it was the winter of 2022 into 2023. Before the crisis we were paying roughly £15,000 a month for gas and electricity together. In January 2023 the bill for that one month was just under £40,000. I remember opening it and having to sit down.

**TOM HADLEY:** What did you do about it?

**SARAH LYLE:** Quite a lot, and quickly. From Monday 3 October 2022 we turned the main pool down from 30 degrees to 29 degrees. Every degree on a pool that size is worth a lot of money. We shut the sauna and steam room, and they are still shut now. We cut Sunday evening opening, so we close at 6pm on Sundays instead of 8pm. And we brought forward the LED lighting replacement, which was done in the summer of 2023 and has cut our lighting electricity by about 40 per cent.

**TOM HADLEY:** Did customers notice?

**SARAH LYLE:** Some did. We had complaints about the pool temperature, mostly from the aquafit classes and the parent-and-baby sessions. We have kept the learner pool at 31 degrees for the little ones, because that's where it matters most. The trust also had to put membership prices up by 6 per cent in April 2023, which nobody likes.

**TOM HADLEY:** Were any jobs lost?

**SARAH LYLE:** No. That was the one thing we were determined about. We have 68 staff here, counting the casual lifeguards and swim teachers, and nobody was made redundant. We did leave two vacancies unfilled for a while.

**TOM HADLEY:** Where does most of the energy go?

**SARAH LYLE:** The pool, without question. Heating the water and the air in the pool hall, and running the pumps and filtration, is about 60 per cent of everything we use. The pumps run 24 hours a day, every day of the year. That's actually one reason solar works well for us — we have a big, steady daytime electricity load, so almost everything the panels make, we'll use.

**TOM HADLEY:** So will the panels solve the problem?

**SARAH LYLE:** No, and I want to be honest about that. The panels make electricity. But the pool water is heated by gas boilers, and gas is the bigger part of our energy use. So solar helps with the electricity side — about a third of it — but it doesn't touch the gas. The boilers are 19 years old. The real prize is replacing them with heat pumps, and we know the council is looking at that later this year.

**TOM HADLEY:** How much do you expect to save?

**SARAH LYLE:** The council's figures say around £93,600 a year once you take off maintenance. I'd be delighted with that. In summer, on a sunny afternoon, the panels could be covering most of our electricity. In December it'll be a lot less.

**TOM HADLEY:** What will customers see during the work?

**SARAH LYLE:** Mainly scaffolding and a fenced-off bit of the car park. The sports hall closes for a fortnight in May, and we've arranged for bookings to go to Brackenford Academy. The pool stays open the whole time. I'm more worried about the car park, to be honest — on a Saturday morning with swimming lessons we're already full.

**TOM HADLEY:** Anything you'd like to add?

**SARAH LYLE:** Just that the staff have been brilliant. When we asked people to switch things off, close doors, report leaks, they did it. We cut our gas use by 14 per cent between 2021/22 and 2023/24 just through those changes. The panels are the next step, but they're not the last one.

**TOM HADLEY:** Thank you.

*[End of transcribed section]*
`;

/** h553: sources/01_operator_notice.md, whole. */
const FERRY_NOTICE = `# Tamber Crossings Ltd — Customer Notice

**Halsey to Crowmarsh Quay Chain Ferry: Temporary Suspension of Service**

Issued: Friday 30 August 2024
Reference: TCL/OPS/2024/17

## Summary

The Halsey to Crowmarsh Quay chain ferry will be suspended from the first scheduled crossing on Monday 2 September 2024. The last crossing before the suspension will be the 10.30pm departure from Crowmarsh Quay on Sunday 1 September 2024.

We expect the ferry to return to service no earlier than Monday 2 December 2024. We will confirm a return date at least 14 days in advance.

## Why the ferry is being suspended

Our vessel, the Countess of Tamber, entered dry dock at Pellow Yard, Ravensmouth, on Monday 26 August 2024 for her scheduled annual survey. During the inspection on Wednesday 28 August 2024, surveyors from Hadley Marine Surveys found corrosion in the hull plating around both chain wheel housings.

The surveyors' findings were:

- 22 square metres of hull plating below the waterline need to be cut out and replaced;
- plate thickness in the worst affected area had fallen to 5.8mm, against a minimum permitted thickness of 7.5mm;
- the two chain guide brackets on the east (Crowmarsh) side show cracking and must also be replaced;
- the drive chains themselves were found to be in good condition and do not need replacing.

The vessel cannot carry passengers or vehicles until this work is complete and she has been re-surveyed. There is no second vessel on this crossing.

The Countess of Tamber was built in 1998 and can carry up to 18 cars and 150 passengers on each crossing. The crossing takes about six minutes.

## Replacement bus service F1

From Monday 2 September 2024 we will provide a free replacement bus, service F1, operated on our behalf by Redvale Coaches. The bus will run between Halsey Market Square and Crowmarsh Quay via the Pennock Bridge, a road distance of 9.6 miles. The scheduled journey time is 41 minutes.

| Days | First bus | Last bus | Frequency |
|---|---|---|---|
| Monday to Saturday | 6.00am | 10.00pm | every 30 minutes |
| Sunday and bank holidays | 8.00am | 8.00pm | every hour |

Departure times are the same in both directions. The bus is free of charge to all passengers, whether or not they hold a ferry ticket. The buses are wheelchair accessible and each can carry two bicycles.

The replacement bus does not carry vehicles. Drivers should use the Pennock Bridge; the road route between the two ferry slipways is 9.6 miles.

## Season tickets

Holders of ferry season tickets valid on or after 2 September 2024 will have their tickets extended by the number of days the ferry is out of service. There is no need to apply. Holders who would prefer a refund should email refunds@tambercrossings.example.

## A statement from our managing director

Gareth Pryce, managing director of Tamber Crossings Ltd, said: "We know how much people on both banks of the Tamber depend on this ferry, and I am sorry for the disruption this will cause. But we would never put a vessel back into service that we were not completely confident in. The corrosion the surveyors found was worse than anyone expected for a ship of her age, and it has to be put right properly."

## Contact

Customer line: 01632 960 418 (8am to 6pm, Monday to Friday)
Updates will be posted at the ferry slipways at Halsey and Crowmarsh Quay.
`;

/** h550: sources/newsletter.md, whole. */
const SURGERY_NEWSLETTER = `# Partnership News

## Kelsworth and Netherby Medical Partnership — Issue 2, Summer 2025

Published Monday 7 July 2025

Serving patients at Station Road Surgery (Kelsworth) and Ashby Lane Surgery (Netherby)

---

### A word from our senior partner

Dear patients,

Three months have now passed since Brackenfield Medical Centre and Ashby Lane Surgery joined together on Tuesday 1 April 2025 to become the Kelsworth and Netherby Medical Partnership. Between us we now care for 18,300 registered patients: 11,400 who were previously registered at Brackenfield and 6,900 who were registered at Ashby Lane. The Brackenfield building on Station Road has been renamed Station Road Surgery, and it is now our main site.

"We won't pretend April was anything other than difficult," said Dr Helen Okafor, senior partner. "The figures are moving in the right direction, but 12.6 working days is still longer than any of us want."

We promised in our first issue that we would publish our waiting-time figures every quarter, whether they were good or bad. Here they are.

### How long are you waiting?

**Average wait for a routine (non-urgent) GP appointment, in working days**

| Month | Brackenfield | Ashby Lane | Partnership (combined) |
|---|---|---|---|
| January 2025 | 14.2 | 9.1 | — |
| February 2025 | 13.8 | 9.4 | — |
| March 2025 | 13.5 | 10.2 | — |
| April 2025 | — | — | 16.8 |
| May 2025 | — | — | 15.3 |
| June 2025 | — | — | 12.6 |

Before the merger, patients at Ashby Lane generally waited less time than patients at Brackenfield. In the first month after the merger the combined figure rose to 16.8 working days, because both clinical systems had to be brought together onto one appointment book and several GP sessions were lost to training. Since then the wait has fallen in each month.

Our target is to bring the average routine wait below 10 working days by December 2025.

**Telephones**

| | March 2025 | June 2025 |
|---|---|---|
| Average time to answer a call | 11 min 40 sec | 6 min 15 sec |
| Calls abandoned before answer | 27% | 14% |
| Calls received (monthly total) | 15,960 | 17,210 |

Our new cloud telephone system went live on Monday 12 May 2025. It offers a call-back option so that you do not have to hold in a queue, and it shows you your position in the queue.

**Same-day appointments**

In June we offered 1,240 same-day appointments for urgent problems, compared with 980 in March across the two former practices.

**Online requests**

In June, 38% of all requests for appointments or advice came through our online form, up from 21% in March. Online requests are reviewed by a clinician within one working day.

**Missed appointments**

In June, 612 appointments were missed without patients letting us know. At an average of 10 minutes each, that is 102 hours of clinical time. If you cannot attend, please cancel by text, online or by phone.

### Who is in the team?

The partnership currently has nine GPs, equivalent to 7.4 full-time doctors, along with two advanced nurse practitioners, three practice nurses, two healthcare assistants, one clinical pharmacist and a first-contact physiotherapist. We are recruiting two further GPs.

### Changes at Ashby Lane

From Wednesday 4 June 2025, Ashby Lane Surgery has been closed on Wednesday afternoons so that staff can attend training and team meetings. Ashby Lane remains open on all other weekdays from 8am to 6.30pm. Blood tests are no longer taken at Ashby Lane; all phlebotomy appointments are now held at Station Road Surgery.

"We know some of our Netherby patients are unhappy about the Wednesday afternoon closure, and we hear that," said Gareth Pryce, practice manager. "We will review it with our patient participation group in the autumn."

### Dates for your diary

- Patient Participation Group open meeting: Wednesday 16 July 2025, 7pm, Netherby Village Hall.
- Flu vaccination clinics begin in late September 2025.

Thank you for your patience while we settle in.
`;

const conflictsOf = (r: ReturnType<ReturnType<typeof judgeWith>>) => r.conflicts.map((c) => [c.claim, c.source]);

describe('tables, votes and dates, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Against: 0 | Abstain: 0" is no split vote; "Against: 1" is', async () => {
    const parish = judgeWith(await workspaceIndex({ 'sources/03_parish_council_transcript.md': MEADOW_MEETING }));
    const nominate = parish('The council voted unanimously to nominate the whole meadow as an Asset of Community Value, a status that would require the owner to notify the district council before selling the land.');
    assert.equal(nominate.verdict, 'supported', why(nominate));
    const grant = parish('The council voted unanimously to offer the club a grant of £1,500 a year for three years towards the rent.');
    assert.deepEqual(conflictsOf(grant), [['unanimously', 'Against: 1']]);
  });

  test("a row named by every word of its label is the claim's; a row of the owner that gives the figure leaves no rival", async () => {
    const survey = judgeWith(await workspaceIndex({ 'sources/consultation_results_report.md': CYCLE_LANE_REPORT }));
    const businesses = (n: number) => survey(`Opposition was strongest among businesses on Millgate Road, with ${n} of the 58 that responded answering no.`);
    assert.equal(businesses(47).verdict, 'supported', why(businesses(47)));
    assert.deepEqual(conflictsOf(businesses(45)), [['45', 'No: 47']]);
  });

  test('"including" is "counting"', async () => {
    const centre = judgeWith(await workspaceIndex({ 'sources/03_interview_centre_manager.md': CENTRE_INTERVIEW }));
    const staff = centre("None of the centre's 68 staff, including casual lifeguards and swim teachers, was made redundant, although two vacancies were left unfilled until the spring.");
    assert.equal(staff.verdict, 'supported', why(staff));
  });

  test("a date a few words after the claim's event; a row keyed by the claim's month", async () => {
    const ferry = judgeWith(await workspaceIndex({ 'sources/01_operator_notice.md': FERRY_NOTICE }));
    const suspended = (day: string) => ferry(`The ferry was suspended on ${day} after its annual survey at Pellow Yard in Ravensmouth found corrosion in the hull plating around both chain wheel housings.`);
    assert.equal(suspended('Monday 2 September').verdict, 'supported', why(suspended('Monday 2 September')));
    assert.equal(suspended('Monday 9 September').verdict, 'contradicted', why(suspended('Monday 9 September')));
    const surgery = judgeWith(await workspaceIndex({ 'sources/newsletter.md': SURGERY_NEWSLETTER }));
    const wait = surgery('The wait has fallen each month since, to 15.3 working days in May and 12.6 in June.');
    assert.notEqual(wait.verdict, 'contradicted', why(wait));
    const swapped = surgery('The wait has fallen each month since, to 12.6 working days in May and 15.3 in June.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
  });
});
