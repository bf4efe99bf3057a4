/**
 * The fiftieth round, third and fourth parts: faithful sentences of h650–h661 (written against 23b108a and 6a71832)
 * shown as errors. "British" is the UK's; "inside" is "indoors"; a body's possessive is no person a pronoun stands
 * for; a word that moves two other figures "from … to" is theirs; the figure after "a total of" is the sum of those
 * before it; a word the sentence has too, with the claim's next two words, is no opposite; "more than it sought" is
 * "more than the target"; "at first" denies no "first"; a difference is no level compared. The fixtures are the
 * helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h651: sources/council_press_release.md, whole. */
const RAAC_RELEASE = `# NORTH CALDERWICK COUNTY COUNCIL — PRESS RELEASE

**For immediate release: Friday 17 October 2025**

## Council commits £2.8 million to Kestrel Hill School after roof collapse

North Calderwick County Council has committed £2.8 million from its emergency capital reserve to make Kestrel Hill School in Brambury safe and to bring pupils back into classrooms, following the partial roof collapse on Saturday 11 October.

The council has also applied to the Department for Education for the remaining £1.8 million of the estimated £4.6 million needed to replace the school's RAAC roofs in full.

A structural report by Hartwell Lowe Structural Consultants, received by the council on Thursday 16 October, found that the collapse was caused by water getting into the roof over many years, combined with short bearings at the ends of the concrete planks.

**Temporary classrooms**

The council has hired 16 modular classrooms from Pennick Modular Ltd at a cost of £612,000 for the first 12 months. Groundworks on the school's lower playing field will begin on Monday 20 October, and the classrooms are due to be ready for use on Monday 3 November, the first day back after half-term. Once they are in place, all year groups are expected to return to on-site lessons.

Propping work in Block A started on Wednesday 15 October and is due to be finished by Wednesday 22 October.

**Other schools**

Since September 2023 the council has confirmed RAAC in nine of its 148 maintained schools, up from six when the national RAAC guidance was first issued in August 2023. Kestrel Hill is the only one of the nine where a collapse has occurred. Following the Hartwell Lowe findings, the council will carry out intrusive surveys of plank bearings at the other eight schools, beginning on Monday 20 October and finishing by Friday 19 December.

Councillor Margaret Ashdown, cabinet member for children and education, said:

"What happened at Kestrel Hill should never have happened, and I am profoundly relieved that no child or member of staff was hurt. We are not waiting for anyone else to pay before we act. This money is available now, and the work has already started."

Paul Yeadon, the council's director of children's services, said:

"The 2023 survey of Kestrel Hill found RAAC in one block. We now know it is in four. We have asked for the other eight schools to be surveyed to a higher standard so that we are working from the full picture, not part of it."

**Timeline**

- Tuesday 14 March 2023: survey by Corran Building Surveys identifies RAAC in Block C, rated amber.
- Saturday 11 October 2025, 06:40: part of Block C roof collapses; site manager raises the alarm.
- Saturday 11 October 2025, 08:15: council instructs Hartwell Lowe Structural Consultants.
- Monday 13 October and Tuesday 14 October 2025: school closed to all pupils.
- Wednesday 15 October 2025: Years 11 and 13 return; propping begins in Block A.
- Thursday 16 October 2025: structural report received.
- Monday 3 November 2025: modular classrooms due to open.

**Breakdown of the £2.8 million**

| Item | Cost |
|---|---|
| Modular classrooms (16 units, 12 months' hire) | £612,000 |
| Propping in Blocks A and D | £148,000 |
| Demolition and making safe of Block C roof | £390,000 |
| Roof replacement, first phase (Block B) | £1,650,000 |
| **Total** | **£2,800,000** |

**Notes to editors**

Kestrel Hill School is a community secondary school for pupils aged 11 to 18 maintained by North Calderwick County Council. It has 1,140 pupils on roll.

RAAC (reinforced autoclaved aerated concrete) is a lightweight form of concrete used in roofs, floors and walls of public buildings in the UK from the 1950s to the mid-1990s.

Media enquiries: press office, North Calderwick County Council, County Hall, Calderwick.
`;

/** h653: sources/public_health_advice.md, whole. */
const SMOKE_ADVICE = `# Public Health Advice: Smoke from Fire at Colliers Way, Ashworth

**Issued jointly by:** Halden County Council Public Health and the Northmoor Health Protection Team
**First issued:** Tuesday 14 October 2025, 07:10
**Updated:** Tuesday 14 October 2025, 17:30
**Stood down:** Wednesday 15 October 2025, 16:00

## Who this advice is for

This advice applies to people living or working within 3 km north-east of the fire at Brackenfield Polymers Ltd on Colliers Way Industrial Estate. This includes Millbeck, Northgate, and the part of Ashworth town centre east of the railway line.

Air monitoring by the Northmoor Environment Agency has shown raised levels of fine particles in the smoke plume, particularly in Millbeck.

## What you should do

1. Keep windows and doors closed.
2. Turn off ventilation systems and extractor fans that draw in air from outside.
3. Avoid strenuous exercise outdoors while the smoke is visible or you can smell it.
4. Bring pets indoors and do not dry washing outside.
5. If you have asthma or chronic obstructive pulmonary disease (COPD), keep your reliever inhaler with you and follow your personal action plan.
6. If you have to go outside, keep your time outdoors short. Ordinary face coverings offer little protection against fine particles.
7. If you feel unwell, contact NHS 111. In an emergency, call 999.

Smoke can cause coughing, sore throats, itchy or watery eyes and headaches. These symptoms usually pass quickly once exposure ends.

## Schools and care settings

- Millbeck Primary School did not open on Tuesday 14 October following this advice. The decision was taken by the head teacher, Mrs Carol Dunning.
- Northgate Academy stayed open and kept pupils indoors at break and lunchtimes on Tuesday.
- Care homes in the area, including Elm Lodge in Millbeck, were contacted by the council's adult social care team by 09:00 on Tuesday.
- Both schools opened as normal on Wednesday 15 October.

## Health service activity (update, 17:30 Tuesday; figures completed Wednesday)

Between 07:00 on Tuesday and 12:00 on Wednesday, the urgent treatment centre at Ashworth Community Hospital recorded 19 attendances for symptoms linked to smoke, mainly sore throats, coughing and eye irritation. Over the same period of a typical week it would expect about five attendances for breathing problems.

Three people with asthma were referred on to Halden General Hospital. None of them was kept in overnight.

## Statements

Dr Helen Marsh, Director of Public Health for Halden County Council, said:

"Smoke from burning plastics can irritate the eyes, nose and throat, and it can make breathing conditions such as asthma worse. Most healthy people will have no lasting effects, but we want everyone in the affected area, particularly older people, young children and anyone with a heart or lung condition, to limit their exposure while the plume is overhead."

## Stand-down notice, Wednesday 15 October 2025, 16:00

Following advice from the Northmoor Environment Agency that fine particle levels at all monitoring sites have been in the Low band since early on Wednesday, this advice is now withdrawn. Residents may open windows and resume normal activities.

Dr Samuel Adeyemi, consultant in health protection at the Northmoor Health Protection Team, said:

"Air quality readings have fallen steadily since Tuesday evening and are now back within the normal range for the area, which is why we are lifting this advice. Anyone who still has symptoms should contact their GP or NHS 111."

Residents with questions can call the Halden County Council helpline on 0300 555 0192, which received 312 calls about the fire on Tuesday.
`;

/** h655: sources/02_finance_committee_minutes.md, whole. */
const PRECEPT_MINUTES = `# HARLOWMERE TOWN COUNCIL

## Minutes of the Finance and General Purposes Committee

**Held on Tuesday 14 January 2025 at 7.00pm in the Council Chamber, Market Hall, Harlowmere**

**Present:** Cllr Martin Ashworth (Chair), Cllr Priya Lomax (Vice-Chair), Cllr Owen Rees, Cllr Sandra Whitcombe, Cllr Helen Brierley (Town Mayor, ex officio)

**In attendance:** Gillian Prothero (Town Clerk and RFO), Tom Haskins (Deputy Clerk), 17 members of the public, one member of the press

**F/25/01 Apologies for absence**
Apologies were received and accepted from Cllr Derek Fenwick (illness).

**F/25/02 Declarations of interest**
Cllr Rees declared a non-pecuniary interest in item F/25/05 as the tenant of a plot at the Station Road allotments. He remained in the meeting and took part in the vote.

**F/25/03 Public participation**
The Chair agreed to extend public participation to 20 minutes because of the number of people present.

Mrs Elaine Moss, chair of the Kilnbrook Residents' Association, said the proposed allotment fees would "hit hardest the people who get the most out of their plots – pensioners and families on tight budgets". She asked the committee to phase any increase over several years and to keep the 50 per cent concession.

Mr Raymond Okafor, a plot-holder at Kilnbrook Lane since 1998, said he had "never once complained about paying my way", but that the new rent, water charge and smaller concession would more than double what he paid. He said the fencing at Kilnbrook Lane had been "left broken for three months".

Mr Kieran Doyle, a Station Road plot-holder, said he supported a rise but that water should be charged by usage rather than per plot.

**F/25/04 Draft revenue budget and precept 2025/26**
The RFO presented her report. She explained that the main pressures were staff costs, the loss of Eastvale District Council's £12,000 concurrent functions grant from 31 March 2025, higher energy costs at the Market Hall and the allotments budget. She said: "Every line in this budget has been looked at twice. The grant going is not something we chose, and there is no painless way to replace twelve thousand pounds."

Cllr Whitcombe said she could not support a double-digit rise "in a year when residents are already paying more for everything" and asked whether more of the general reserve could be used. The RFO advised that the reserve, at about 3.4 months of expenditure, was already at the lower end of what the council's auditors considered prudent, and she did not recommend using more than £4,078.

Cllr Lomax asked about the reduction in community grants. The RFO confirmed that the grants budget would fall from £18,500 to £15,000.

The Chair said: "Nobody on this committee wants to put the precept up by this much. But the alternative is cutting the things people actually notice – the grass, the lights, the hall."

It was **RESOLVED** by four votes to one (Cllr Whitcombe against) to recommend to Full Council a revenue budget of £488,650 and a precept of £448,000 for 2025/26.

**F/25/05 Allotment fees from 1 April 2025**
The Deputy Clerk reported that fees had not been reviewed since April 2016 and that the council currently spent £14,300 a year on allotments while receiving £5,420 in rents. The proposed fees were: full plot £78 (currently £45); half plot £42 (currently £25); a new water charge of £12 per plot; and a reduction of the concession from 50 per cent to 25 per cent.

Cllr Rees proposed an amendment that the full-plot rent should rise to £60 in 2025/26 and to £78 in 2026/27, with the half-plot rent phased in the same way, and that the 50 per cent concession be kept. Cllr Whitcombe seconded. Cllr Rees said: "I am not arguing that the rent should stay at forty-five pounds. I am arguing that a seventy-three per cent jump in one go is not how you treat people who have been loyal tenants for years."

The Town Mayor said the council could not "keep asking the 94 per cent of households who do not have a plot to pay for those who do".

On being put to the vote the amendment was **LOST** by two votes to three.

It was **RESOLVED** by three votes to two (Cllr Rees and Cllr Whitcombe against) to recommend the fees set out in the RFO's report to Full Council.

It was further **RESOLVED** unanimously to ask officers to bring a report to the next meeting on a hardship fund for plot-holders and on metering water by site.

**F/25/06 Kilnbrook Lane fencing**
The Deputy Clerk reported that the quotation from Harlow Fencing Services for replacing 140 metres of fencing was £6,500 and that the work was expected to be completed by the end of February 2025.

**F/25/07 Date of next meeting**
Tuesday 11 March 2025 at 7.00pm.

The meeting closed at 9.12pm.

Signed ........................ (Chair)   Date ..............
`;

/** h655: sources/01_budget_paper.md, whole. */
const PRECEPT_BUDGET_PAPER = `# HARLOWMERE TOWN COUNCIL

## Full Council – Tuesday 28 January 2025, 7.00pm, Council Chamber, Market Hall

### Agenda item 9: Budget and Precept 2025/26

**Report of:** Gillian Prothero, Town Clerk and Responsible Financial Officer (RFO)
**Date of report:** Tuesday 21 January 2025
**Previously considered by:** Finance and General Purposes Committee, Tuesday 14 January 2025

#### 1. Purpose

1.1 To ask Full Council to approve the revenue budget for 2025/26, to set the precept for 2025/26 and to approve the revised schedule of allotment fees that will take effect on Tuesday 1 April 2025.

1.2 The precept must be notified to Eastvale District Council, as the billing authority, by Friday 21 February 2025.

#### 2. Summary

2.1 The Finance and General Purposes Committee recommends a precept of **£448,000** for 2025/26. This compares with £401,600 in 2024/25, an increase of £46,400 or 11.6 per cent.

2.2 The council tax base notified by Eastvale District Council on Friday 13 December 2024 is 5,901.3 Band D equivalent properties, up from 5,842.0 in 2024/25 (an increase of 1.0 per cent). Because the tax base has grown, the increase for an individual household is smaller than the increase in the precept itself.

2.3 The town council element of a Band D council tax bill would rise from £68.74 to £75.92, an increase of £7.18 a year (10.4 per cent), or about 14p a week.

#### 3. Precept table

| | 2024/25 | 2025/26 | Change |
|---|---|---|---|
| Precept | £401,600 | £448,000 | +£46,400 (+11.6%) |
| Tax base (Band D equivalents) | 5,842.0 | 5,901.3 | +59.3 (+1.0%) |
| Band D charge (town council element) | £68.74 | £75.92 | +£7.18 (+10.4%) |

Town council element by band, 2025/26:

| Band | 2024/25 | 2025/26 | Increase per year |
|---|---|---|---|
| A | £45.83 | £50.61 | £4.78 |
| B | £53.46 | £59.05 | £5.59 |
| C | £61.10 | £67.48 | £6.38 |
| D | £68.74 | £75.92 | £7.18 |
| E | £84.02 | £92.79 | £8.77 |

Most homes in Harlowmere (about 62 per cent) are in Bands A to C.

#### 4. Revenue budget

| Expenditure | 2024/25 budget | 2025/26 proposed |
|---|---|---|
| Staff costs | £218,400 | £236,900 |
| Premises (Market Hall and Jubilee Pavilion) | £61,200 | £68,500 |
| Grounds maintenance contract | £48,000 | £52,800 |
| Allotments | £14,300 | £22,750 |
| Christmas lights and events | £22,000 | £23,500 |
| Community grants | £18,500 | £15,000 |
| Insurance | £9,800 | £11,200 |
| Loan repayment (Jubilee Pavilion, PWLB) | £24,600 | £24,600 |
| Administration, audit and IT | £16,920 | £18,400 |
| Transfer to earmarked reserves | £10,000 | £15,000 |
| **Total expenditure** | **£443,720** | **£488,650** |

| Income | 2024/25 budget | 2025/26 proposed |
|---|---|---|
| Market Hall hire | £21,500 | £23,000 |
| Allotment rents | £5,420 | £9,460 |
| Allotment water charge (new) | – | £1,512 |
| Concurrent functions grant (Eastvale District Council) | £12,000 | – |
| Bank interest | £3,200 | £2,600 |
| **Total income** | **£42,120** | **£36,572** |
| Use of general reserve | – | £4,078 |
| **Precept required** | **£401,600** | **£448,000** |

#### 5. Main reasons for the increase

5.1 **Staff costs (+£18,500).** The budget assumes a 3.5 per cent pay award from April 2025, the regrading of the Deputy Clerk post agreed by the Staffing Committee in September 2024, and the rise in employer National Insurance contributions from April 2025.

5.2 **Loss of the concurrent functions grant (£12,000).** Eastvale District Council told the town council by letter dated Monday 2 December 2024 that the grant, paid since 2011 towards the upkeep of open spaces, will end on 31 March 2025. This alone is equivalent to about £2.03 on a Band D bill.

5.3 **Premises (+£7,300).** The electricity and gas contract for the Market Hall was renewed in October 2024 at unit rates about 22 per cent higher than the previous fixed-term deal.

5.4 **Grounds maintenance (+£4,800).** The contract with Greenway Landscapes Ltd includes a 10 per cent uplift in its third year.

5.5 **Allotments (+£8,450).** See section 6.

5.6 **Community grants** have been reduced from £18,500 to £15,000 to help contain the increase. The Grants Panel will prioritise youth and older people's groups.

5.7 The transfer to earmarked reserves rises to £15,000 to build up the fund for the Market Hall roof, which the 2023 condition survey said will need replacing within five years at an estimated cost of £95,000.

#### 6. Allotments

6.1 The council manages 126 plots on three sites: Kilnbrook Lane (64 plots), Station Road (38 plots) and Orchard Close (24 plots). There are 57 names on the waiting list.

6.2 Allotment costs for 2025/26 are budgeted at £22,750:

- water (Vale Water metered supply): £5,900 (2024/25: £3,100)
- replacement fencing at Kilnbrook Lane after the damage on the night of Saturday 19 October 2024 (one-off): £6,500
- hedges, paths and general repairs: £6,150
- skip hire and waste: £2,400
- rent of the Orchard Close site to the Harlowmere Parochial Charity: £1,800

6.3 Allotment rents have not been reviewed since April 2016. At current rents, plot-holders' payments cover about 38 per cent of the cost of the service. Under the proposed fees, rents and the new water charge would cover about 48 per cent.

6.4 Proposed allotment fees from 1 April 2025:

| | 2024/25 | 2025/26 |
|---|---|---|
| Full plot (about 250 sq m), per year | £45 | £78 |
| Half plot, per year | £25 | £42 |
| Water charge, per plot, per year | none | £12 |
| Concession (State Pension age or means-tested benefits) | 50% off rent | 25% off rent |

6.5 The neighbouring Stanbury Town Council charges £50 a year for a full plot; Eastvale District Council's own allotments at Fordham charge £64.

#### 7. Reserves

7.1 The general reserve is forecast to stand at £138,200 on 31 March 2025, equivalent to about 3.4 months of 2025/26 expenditure. After the proposed use of £4,078, it would be £134,122. The RFO does not recommend any further use of the general reserve to reduce the precept.

#### 8. Recommendations

That Full Council:

(a) approves the revenue budget for 2025/26 as set out in section 4;
(b) sets a precept of £448,000 for 2025/26;
(c) approves the allotment fees in paragraph 6.4 from 1 April 2025; and
(d) authorises the RFO to notify Eastvale District Council of the precept.
`;

/** h655: sources/03_kilnbrook_ra_press_release.md, whole. */
const ALLOTMENTS_RELEASE = `# KILNBROOK RESIDENTS' ASSOCIATION

## PRESS RELEASE – for immediate use

**Thursday 16 January 2025**

### "Priced off our plots": allotment holders hit back at 73 per cent rent rise

Allotment holders in Harlowmere say they are being "priced off their plots" after a town council committee backed a 73 per cent rise in allotment rents, a new water charge and a cut in the discount for pensioners and people on low incomes.

The Kilnbrook Residents' Association, which represents about 420 households on the Kilnbrook estate, surveyed tenants at the Kilnbrook Lane allotments between Saturday 4 January and Sunday 12 January 2025. Of the 64 plots on the site, tenants of 51 plots replied.

Key findings:

- 29 of the 51 respondents (57 per cent) said they would give up their plot or move to a half plot if the new fees were brought in.
- 38 respondents (75 per cent) are over 65.
- 22 respondents (43 per cent) currently receive the 50 per cent concession.
- 46 respondents (90 per cent) said they had not been consulted before the proposals were published.

Under the proposals, a pensioner with a full plot who now pays £22.50 a year would pay £58.50 for rent plus £12 for water from April – a total of £70.50, more than three times the current amount.

The association accepts that rents have not changed since 2016 and says it does not oppose a smaller increase. It is calling on the town council to:

1. phase any rise over at least two years;
2. keep the 50 per cent concession;
3. charge for water by site meter rather than a flat £12 per plot; and
4. finish repairs to the Kilnbrook Lane fencing before any new charges begin.

Elaine Moss, chair of the Kilnbrook Residents' Association, said: "Nobody is saying the rent should stay frozen for ever. But the council has let the fees sit for nine years and now wants to catch up in a single year, and it wants the pensioners to pay for it. That is not fair and it is not sensible."

She added: "The precept is going up by about 11 per cent. The allotment rent is going up by 73 per cent. Plot-holders are being asked to carry a rise more than six times bigger than everyone else."

Raymond Okafor, 74, a retired bus driver who has rented plot 17 at Kilnbrook Lane since 1998, said: "I grow most of the vegetables my wife and I eat from May to October. If I have to give it up, it goes to someone on the waiting list and I go to the supermarket. I don't call that progress."

Dr Anita Sorensen, the association's secretary, who ran the survey, said: "The response rate was 80 per cent, which tells you how strongly people feel. These are not people who want something for nothing."

The association has collected 612 signatures on a petition, which it will present to the Full Council meeting on Tuesday 28 January 2025 at the Market Hall.

**ENDS**

Notes to editors:

- Kilnbrook Residents' Association was founded in 1987.
- Neighbouring Stanbury Town Council charges £50 a year for a full plot.
- Contact: Dr Anita Sorensen, Secretary, Kilnbrook Residents' Association.
`;

/** h658: sources/press-release.md, whole. */
const PUB_RELEASE = `# PRESS RELEASE

**Wenmarsh Community Pub Ltd**
**For immediate release: Friday 19 April 2024**

## Village smashes target to buy the Plough

Residents of Wenmarsh have raised £311,650 to buy their village pub, the Plough Inn, beating the society's £275,000 target by £36,650.

The community share offer, which opened on Saturday 2 March, closed at midnight on Sunday 14 April with applications from 437 investors. The average investment was £713, and the largest single investment was £20,000. Of the 437 investors, 68% live in Wenmarsh parish, and the rest come from 61 other towns and villages, including 14 investors living overseas. Wenmarsh Parish Council invested £5,000, and 23 junior members aged 12 to 17 bought shares.

The result means the society has unlocked a £50,000 grant and a £50,000 loan from the Rural Pubs Foundation and a £70,000 grant from the Harrowshire Community Assets Fund, all of which depended on the share offer reaching its minimum target of £220,000.

Because the offer raised more than the target, the committee has decided to reduce the planned Fernleigh Building Society mortgage from £40,000 to £10,000 and to add £6,650 to the refurbishment budget, which will rise to £75,150.

Helen Marchbank, chair of Wenmarsh Community Pub Ltd, said: "Six months ago we had a locked door and a 'for sale' sign. Today we have 437 owners. I have never been prouder of this village."

Devinder Raghunathan, the society's treasurer, said: "Raising more than we asked for means we start with less debt, and less debt means a lower rent for our tenants and a cheaper pint at the bar."

The society expects to complete the purchase from Greywell Brewery plc on Friday 31 May 2024. Refurbishment work, overseen by committee member Tom Pellow, will begin the following week and is expected to take five weeks. The committee is aiming to reopen the Plough on Friday 12 July 2024.

The committee has appointed Lee and Carys Brennan, who currently run the Black Horse at Stoke Ambry, as the Plough's tenants. They were chosen from 19 applicants. The Brennans will take on a five-year tenancy at £26,000 a year and plan to serve food from Wednesday to Sunday.

Lee Brennan said: "We have run a busy pub for eight years, but we have never had 437 landlords before. We are looking forward to meeting every one of them."

Martin Kettering, estates director of Greywell Brewery, said: "We are pleased the Plough will stay a pub. The people of Wenmarsh have shown what a community can do when it pulls together."

The Plough closed on Sunday 29 October 2023 when the previous tenants, Mick and Janet Rowell, retired. It was listed as an Asset of Community Value by South Fernleigh District Council on Wednesday 22 November 2023.

**Notes to editors**

1. Wenmarsh Community Pub Ltd is a community benefit society registered with the Financial Conduct Authority.
2. Membership of the society is now closed. The committee will hold its first annual general meeting within six months of the pub reopening.
3. Final figures:

| | |
|---|---|
| Total raised | £311,650 |
| Number of investors | 437 |
| Investors living in Wenmarsh parish | 68% |
| Average investment | £713 |
| Largest investment | £20,000 |
| Junior members | 23 |
| Pledges at January public meeting | £187,300 from 214 households |

**Media contact:** Nia Costello, Wenmarsh Community Pub Ltd, 07700 900 418
`;

/** h657: sources/interview_tolworth.md, whole. */
const MATERNITY_INTERVIEW = `# Interview transcript

**Interviewee:** Leanne Tolworth, 29, expectant mother, of Hatherby
**Interviewer:** Tom Haldane, health reporter, Wenmoor Valley Gazette
**Date and place:** Tuesday 11 March 2025, at the interviewee's home in Hatherby
**Length:** 22 minutes (transcribed in full, lightly edited for hesitations)

---

**TOM HALDANE:** Thanks for talking to me, Leanne. Can you start by telling me where you are in your pregnancy?

**LEANNE TOLWORTH:** I'm 32 weeks today. My due date is Friday the 2nd of May. It's my second, so I sort of thought I knew what I was doing this time.

**TOM HALDANE:** And your first baby was born at Ashcombe?

**LEANNE TOLWORTH:** Alfie, yes. He's three now. He was born on the Rowan unit on the 14th of August 2021, a Saturday. The whole labour was four hours from start to finish. We got there with about forty minutes to spare, honestly. Ashcombe is six miles from here, so it's ten, twelve minutes in the car.

**TOM HALDANE:** How did you find out that births were being suspended?

**LEANNE TOLWORTH:** Facebook. On the Thursday night, the 6th, somebody posted a screenshot in the Hatherby mums' group. I didn't believe it at first. Then my letter from the trust came on the Monday, the 10th, and my community midwife rang me that afternoon.

**TOM HALDANE:** What did the letter say?

**LEANNE TOLWORTH:** That from the 17th of March I'd be booked to have the baby at Kelbridge. It said it was temporary, twelve weeks, and that I could still have my check-ups and scans at Ashcombe. It was a nice enough letter. It just didn't answer the one question I've got, which is how I'm meant to get there in time.

**TOM HALDANE:** Were you offered the birth centre at Stainmoor?

**LEANNE TOLWORTH:** No, because I had gestational diabetes with Alfie and I've got it again this time. So I'm consultant-led, I have to go to the main hospital. My midwife was really clear about that. She said Stainmoor is only for women with straightforward pregnancies.

**TOM HALDANE:** How far is Kelbridge from you?

**LEANNE TOLWORTH:** From Hatherby it's twenty-nine miles. They keep saying forty minutes, but that's from Ashcombe, and that's on a good day. The A486 is never a good day. There's the roadworks at Brisley bridge, and if you get behind a tractor you've had it.

**TOM HALDANE:** Do you drive?

**LEANNE TOLWORTH:** I've got a car, but I'm not going to drive myself in labour, am I? Dean, my partner, drives lorries. He's away three or four nights a week, sometimes up in Scotland. If it happens when he's away it's my mum, and she lives in Ashcombe, so she has to come out here first and then we go all the way back through Ashcombe to Kelbridge.

**TOM HALDANE:** What about public transport?

**LEANNE TOLWORTH:** There's no bus. Well, there's the 41 to Ashcombe twice a day, and then you'd have to change. I looked it up and it was nearly two hours. Nobody's doing that in labour.

**TOM HALDANE:** What would you say to the trust?

**LEANNE TOLWORTH:** I'd say I understand they haven't got the midwives. I'm not blaming the midwives, they've been brilliant with me, both times. But I had Alfie in four hours, and Kelbridge is forty minutes on a good day. I'm frightened I'm going to have this baby in a lay-by.

**TOM HALDANE:** Has anyone talked to you about what happens if labour is quick?

**LEANNE TOLWORTH:** My midwife said to ring the triage line as soon as anything starts and not to wait, and that if it's very fast I should call 999. She mentioned there'd be an extra ambulance at Ashcombe. That helps a bit. But it's one ambulance for the whole valley, isn't it?

**TOM HALDANE:** Have you been to see Kelbridge?

**LEANNE TOLWORTH:** I've booked a tour for Monday the 28th of April. I'll be over 39 weeks by then, which is cutting it fine, but it was the first evening they had that Dean's home.

**TOM HALDANE:** And if the unit reopens in June as planned?

**LEANNE TOLWORTH:** Then it's too late for me, isn't it? I'm glad for whoever comes after. But I'll believe it when I see it. Once these places shut, they don't tend to open again.

**TOM HALDANE:** Thank you, Leanne.

**LEANNE TOLWORTH:** Thanks. Put in that the midwives are brilliant. They are.

---
*End of transcript.*
`;

/** h657: sources/board_paper.md, whole. */
const MATERNITY_BOARD_PAPER = `# Wenmoor Valley NHS Foundation Trust

## Board of Directors – Meeting in Public

**Date:** Thursday 6 March 2025
**Venue:** Boardroom, Kelbridge Royal Infirmary
**Agenda item:** 9
**Title:** Temporary suspension of births at the Rowan Maternity Unit, Ashcombe General Hospital
**Author:** Fiona Achterberg, Director of Midwifery
**Executive sponsor:** Dr Owen Castellan, Chief Medical Officer
**Purpose:** For decision

### 1. Summary

1.1 This paper asks the Board to approve a temporary suspension of intrapartum care (births) at the Rowan Maternity Unit, Ashcombe General Hospital, for 12 weeks from 08:00 on Monday 17 March 2025 until Monday 9 June 2025.

1.2 During the suspension, women who would have given birth at Ashcombe will be cared for at the consultant-led Delivery Suite at Kelbridge Royal Infirmary, 23 miles away, or, where clinically appropriate, at the midwife-led Stainmoor Birth Centre, 14 miles away.

1.3 Antenatal clinics, ultrasound scanning, the maternity assessment triage line and postnatal care will continue at Ashcombe General Hospital throughout the suspension. The Ashcombe home birth service will be paused for the same period.

1.4 The recommendation is made because midwifery staffing at Ashcombe has fallen to a level at which the unit cannot reliably meet the trust's minimum safe staffing standard of five registered midwives on every shift.

### 2. Background

2.1 The Rowan Maternity Unit is a consultant-led unit with eight delivery rooms, one obstetric theatre and a 14-bed postnatal ward. It recorded 1,092 births in the calendar year 2024, compared with 1,187 births in 2022.

2.2 The unit serves Ashcombe and the surrounding villages of the upper Wenmoor valley, including Hatherby, Lower Brisley and Coldstone.

### 3. Midwifery staffing position (as at 28 February 2025)

| Measure | Figure |
|---|---|
| Funded establishment, registered midwives | 46.8 WTE |
| Registered midwives in post | 34.2 WTE |
| Vacancies | 12.6 WTE (26.9%) |
| Midwives on maternity leave | 3.0 WTE |
| Midwife sickness absence, February 2025 | 9.4% (trust target 4.5%) |
| Leavers, April 2024 to February 2025 | 9 midwives |
| Bank and agency spend on midwifery, April 2024 to January 2025 | £412,000 |

3.1 The vacancy rate at Ashcombe is more than double the rate at Kelbridge Royal Infirmary, where 11.8% of funded midwife posts are vacant.

3.2 Of the nine midwives who left Ashcombe between April 2024 and February 2025, four retired, three moved to other trusts and two left the profession.

3.3 Table 2 shows monthly performance against the minimum staffing standard. The unit runs two 12-hour shifts a day.

**Table 2: Births, staffing and temporary closures, October 2024 to February 2025**

| Month | Births | Shifts below minimum staffing | Total shifts | Temporary diverts to Kelbridge |
|---|---|---|---|---|
| October 2024 | 96 | 11 | 62 | 2 |
| November 2024 | 88 | 17 | 60 | 3 |
| December 2024 | 91 | 24 | 62 | 5 |
| January 2025 | 84 | 29 | 62 | 7 |
| February 2025 | 79 | 31 | 56 | 9 |
| **Total** | **438** | **112** | **302** | **26** |

3.4 In February 2025, 31 of 56 shifts (55%) fell below the minimum standard, compared with 11 of 62 shifts (18%) in October 2024. On each of the 26 occasions listed above, the unit closed to new admissions in labour for between four and 19 hours and women were directed to Kelbridge.

3.5 On Friday 31 January 2025, a single midwife was responsible for three women in established labour for a period of two hours and 40 minutes. This was reported as a serious incident and is under investigation. No harm to mothers or babies has been identified.

### 4. Options considered

4.1 **Option A – continue with current arrangements.** Not recommended. The frequency of unplanned diverts means women cannot be told with confidence where they will give birth, and the risk of a further serious incident is assessed as high.

4.2 **Option B – suspend births at Ashcombe overnight only (20:00 to 08:00).** Not recommended. This would still require an obstetric theatre team and at least three midwives during the day, and would not release enough staff to stabilise the rota.

4.3 **Option C – temporary full suspension of births for 12 weeks.** Recommended.

### 5. Impact on women and families

5.1 There are 212 women booked with Ashcombe who have estimated due dates between 17 March and 9 June 2025. Of these, 131 are currently assessed as suitable for midwife-led care and will be offered the choice of Stainmoor Birth Centre or Kelbridge.

5.2 Every woman affected will receive a letter and a telephone call from her community midwife by Friday 14 March 2025. Tours of the Kelbridge Delivery Suite will be offered on weekday evenings and on Saturday mornings.

5.3 Kelbridge Royal Infirmary is approximately 40 minutes by car from Ashcombe. There is no direct bus service; the journey by public transport involves one change and takes around 1 hour 50 minutes.

### 6. Mitigations

6.1 **Staff.** Fourteen Ashcombe midwives will work at Kelbridge on rotation during the suspension, so that women are more likely to be cared for by a midwife they know. Staff will be paid mileage and their additional travel time.

6.2 **Ambulance cover.** An additional 24-hour emergency ambulance, provided by the West Marches Ambulance Service, will be based at Ashcombe General Hospital for the 12 weeks, at a cost to the trust of £96,000.

6.3 **Recruitment.** Eleven newly qualified midwives have accepted posts at Ashcombe and are due to start in September 2025. Six internationally recruited midwives are expected to arrive in May 2025, subject to registration.

6.4 **Cost.** The total cost of the mitigations set out above is estimated at £310,000 over the 12 weeks.

### 7. Review

7.1 The suspension will be reviewed at the Board meeting on Thursday 5 June 2025. Births will resume at Ashcombe only when the unit can meet the minimum staffing standard on at least 90% of shifts over four consecutive weeks.

### 8. Recommendation

8.1 The Board is asked to APPROVE Option C, a temporary suspension of births at the Rowan Maternity Unit, Ashcombe General Hospital, from Monday 17 March 2025, to be reviewed on Thursday 5 June 2025.

*Board decision (recorded in draft minutes): Option C approved. Proposed by Mariana Ekwueme, Chief Executive; agreed unanimously by the eleven voting members present.*
`;

/** h657: sources/union_statement.md, whole. */
const MATERNITY_UNION_STATEMENT = `# Midwives and Maternity Staff Union (MMSU) – West Marches Region

## STATEMENT: Ashcombe births suspension "the result of warnings ignored"

**For immediate release – Friday 7 March 2025**

The Midwives and Maternity Staff Union (MMSU) has responded to yesterday's decision by the board of Wenmoor Valley NHS Foundation Trust to suspend births at the Rowan Maternity Unit, Ashcombe General Hospital, for 12 weeks from Monday 17 March.

The MMSU does not oppose the suspension. Our members have told us that the unit is not currently safe to run as a birthing unit with the staff available, and we will not ask them to carry on as though it were. But we are clear that this situation was foreseeable and avoidable.

MMSU representatives first raised concerns about staffing on the Rowan unit with trust managers in June 2024. In November 2024 the union proposed a retention payment of £2,000 for every midwife at Ashcombe who committed to staying for a further two years. The trust rejected that proposal in December 2024, saying it could not be funded.

In January 2025 the MMSU surveyed its members at Ashcombe. Of 58 members working at the unit, 41 responded. The findings were:

- 34 of 41 (83%) said they had considered leaving Ashcombe in the previous six months;
- 29 of 41 (71%) said they had missed their breaks on most shifts in the previous month;
- 37 of 41 (90%) said staffing levels had got worse over the previous year;
- 22 of 41 (54%) said they had worked beyond the end of their shift at least once a week, unpaid.

Carys Pendleton, MMSU regional organiser for the West Marches, said:

"Our members did not walk away from Ashcombe. They were worn down until there was nobody left to put on the rota. The trust was told in June, it was told again in November, and it chose to spend more than four hundred thousand pounds on agency staff rather than keep the midwives it already had."

"Twelve weeks must mean twelve weeks. Families in the upper valley have been told this is temporary, and we expect the board to keep that promise in writing."

Janine Quarrie, MMSU branch secretary at Ashcombe and a midwife at the unit for 19 years, said:

"I have never seen morale this low. Midwives are crying in the car park at the end of a shift because they know they could not give women the care they deserve. Nobody trained for this job to send a woman in labour down the A486 in the dark."

The MMSU is asking Wenmoor Valley NHS Foundation Trust to:

1. give a written commitment that births will resume at Ashcombe on or before Monday 9 June 2025;
2. guarantee that no Ashcombe midwife will be made to work at Kelbridge Royal Infirmary against her wishes;
3. reopen talks on a retention payment for Ashcombe midwives before the end of March 2025.

The union will hold a members' meeting at the Coldstone Miners' Institute on Wednesday 12 March 2025 at 19:00.

**Ends**

Notes to editors: The MMSU represents more than 9,000 midwives and maternity support workers in England and Wales. The West Marches region has around 1,150 members.
`;

/** h661: sources/02_wexcombe_cabinet_report.md, whole. */
const BUS_CABINET_REPORT = `# WEXCOMBE COUNTY COUNCIL

## CABINET — Tuesday 11 March 2025

### Report of the Director of Highways and Transport

**Subject:** Future of Supported Bus Service 62 (Ashcombe – Kelsworth) and Community Transport Replacement
**Cabinet Member:** Councillor Douglas Fenwick, Cabinet Member for Transport and Environment
**Report author:** Helen Marchbank, Director of Highways and Transport
**Divisions affected:** Brayford and Marrow
**Key decision:** Yes

---

### 1. Purpose of the report

1.1 To inform Cabinet of the outcome of the retendering of supported bus Service 62, and to seek approval for a grant to Brayford & District Community Transport (BDCT) to provide a demand-responsive replacement service from Tuesday 1 April 2025.

### 2. Recommendations

2.1 That Cabinet notes that the current contract for Service 62 expires on Monday 31 March 2025 and will not be renewed or re-awarded.

2.2 That Cabinet approves a revenue grant of £64,000 to BDCT for 2025/26 to operate a demand-responsive minibus service, to be known as "Brayford Connect", serving Ashcombe, Little Brayford and Stoke Marrow.

2.3 That Cabinet approves a one-off capital contribution of £38,500 towards the purchase by BDCT of a wheelchair-accessible minibus.

2.4 That the Director of Highways and Transport reports back to Cabinet on the performance of Brayford Connect no later than Tuesday 30 September 2025.

### 3. Background

3.1 The Council has supported Service 62 under contract since April 2016. The current contract, held by Pennock Coaches Ltd, costs the Council £118,400 per year.

3.2 The service was retendered between Monday 9 December 2024 and Friday 20 December 2024. One bid was received, from the incumbent operator, at an annual price of £196,000. This represents an increase of 66% on the current contract price.

3.3 Patronage on Service 62 has declined substantially:

| Year | Passenger journeys | Cost to Council per journey |
|---|---|---|
| 2019/20 | 38,900 | £3.04 |
| 2023/24 | 21,300 | £5.56 |
| 2025/26 (at tendered price, projected) | 21,300 | £9.20 |

3.4 Passenger journeys fell by 45% between 2019/20 and 2023/24. Holders of concessionary bus passes accounted for 71% of journeys in 2023/24.

3.5 The Council's Supported Bus Services Policy (2021) sets a threshold of £6.00 of subsidy per passenger journey, above which a service will not normally be supported. At the tendered price, Service 62 would exceed this threshold by more than half.

### 4. Consultation

4.1 A public consultation ran from Monday 6 January 2025 to Sunday 2 February 2025 and received 412 responses. Respondents could give more than one purpose of travel.

| Main purpose of travel on Service 62 | Share of respondents |
|---|---|
| Medical appointments (including Kelsworth Community Hospital) | 63% |
| Shopping | 29% |
| Work or education | 18% |
| Visiting friends and family | 14% |

4.2 In the three parishes served, 24% of households have no access to a car, compared with a county average of 17%.

4.3 Stoke Marrow Parish Council and Ashcombe Parish Meeting both objected to the withdrawal of a fixed-route bus service.

### 5. Proposed replacement: Brayford Connect

5.1 BDCT is a registered charity founded in 1998. It currently runs a volunteer car scheme and operates one 12-seat minibus.

5.2 Under the proposal, Brayford Connect would operate:

- Monday to Friday, 8am to 6pm (no Saturday service);
- on a pre-booked, door-to-door basis, with bookings required at least 24 hours in advance;
- between the three villages and Kelsworth, including Kelsworth Community Hospital and Kelsworth Bus Station.

5.3 Proposed fares are £3.50 for an adult single journey and £1.75 for holders of concessionary passes. Because Brayford Connect will not be a registered local bus service, concessionary passes will not give free travel on it.

5.4 BDCT has 19 volunteer drivers and estimates that it needs 30 to run the service reliably.

### 6. Financial implications

6.1 The total cost to the Council in 2025/26 would be £102,500, made up of the £64,000 revenue grant and the £38,500 capital contribution.

6.2 The ongoing revenue cost of £64,000 compares with £196,000 a year for the tendered bus contract, a saving of £132,000 a year, and is £54,400 a year less than the current contract.

6.3 Funding beyond 31 March 2026 has not been identified and will depend on the Council's budget for 2026/27.

### 7. Risks

7.1 The principal risk is that BDCT is unable to recruit enough volunteer drivers, which would limit the number of journeys available. BDCT proposes to appoint a part-time paid driver co-ordinator to mitigate this.

7.2 Residents who travel early in the morning, including those starting work in Kelsworth before 8am, will not be able to use Brayford Connect for those journeys.

### 8. Comment from the Cabinet Member

"Nobody on this Cabinet wanted to see the 62 go. But I cannot justify paying more than nine pounds of public money for every single trip when that money has to be found from the same budget that fills potholes and grits roads. Brayford Connect gives people a door-to-door service, which for many older residents will actually be better than walking to a bus stop."
— Councillor Douglas Fenwick

Contact officer: Helen Marchbank, Director of Highways and Transport
`;

describe('countries, totals, pronouns and differences of h650–h661, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"used in British public buildings" is "public buildings in the UK"', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/council_press_release.md': RAAC_RELEASE }));
    const british = release('The roof is made of reinforced autoclaved aerated concrete, or RAAC, a lightweight material used in British public buildings from the 1950s to the mid-1990s.');
    assert.deepEqual(british.conflicts, [], why(british));
    const years = release('The roof is made of reinforced autoclaved aerated concrete, or RAAC, a lightweight material used in British public buildings from the 1950s to the mid-1980s.');
    assert.notEqual(years.verdict, 'supported', why(years));
  });

  test('"bring pets inside" is "Bring pets indoors"', async () => {
    const advice = judgeWith(await workspaceIndex({ 'sources/public_health_advice.md': SMOKE_ADVICE }));
    const inside = advice('Residents were also told to avoid strenuous exercise outdoors, bring pets inside and not dry washing outside.');
    assert.deepEqual(inside.conflicts, [], why(inside));
  });

  test('"She said:" after "Eastvale District Council\'s … grant" is the RFO\'s, not the council\'s', async () => {
    const files = { 'sources/02_finance_committee_minutes.md': PRECEPT_MINUTES, 'sources/01_budget_paper.md': PRECEPT_BUDGET_PAPER };
    const speakers = await misattributions(files, '"Every line in this budget has been looked at twice," Mrs Prothero said.');
    assert.ok(!speakers.some((m) => /Eastvale District Council/.test(m)), JSON.stringify(speakers));
  });

  test('"would rise from £45 to £78" is no opposite of "a reduction of the concession from 50 per cent to 25 per cent"', async () => {
    const minutes = judgeWith(await workspaceIndex({ 'sources/02_finance_committee_minutes.md': PRECEPT_MINUTES }));
    const rents = (way: string) => minutes(`Under the proposals, the rent for a full plot of about 250 square metres would ${way} from £45 to £78 a year, and a half plot from £25 to £42.`);
    assert.ok(!rents('rise').conflicts.some((c) => c.kind === 'direction' || c.source === 'reduction'), why(rents('rise')));
  });

  test('"£70.50 including water" is "£58.50 for rent plus £12 for water … a total of £70.50"; £72.50 is not', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/03_kilnbrook_ra_press_release.md': ALLOTMENTS_RELEASE }));
    const total = (amount: string) => release(`A pensioner with a full plot who now pays £22.50 a year would pay ${amount} including water, more than three times as much.`);
    assert.deepEqual(total('£70.50').conflicts, [], why(total('£70.50')));
    assert.equal(total('£72.50').verdict, 'contradicted', why(total('£72.50')));
  });

  test('"closed at midnight on Sunday 14 April" is the release\'s, beside its "which opened"; "more than it sought" is "more than the target"', async () => {
    const release = judgeWith(await workspaceIndex({ 'sources/press-release.md': PUB_RELEASE }));
    const closed = release('The community share offer closed at midnight on Sunday 14 April with applications from 437 investors, Wenmarsh Community Pub Ltd said on Friday.');
    assert.deepEqual(closed.conflicts, [], why(closed));
    const sought = release('Because the offer raised more than it sought, the committee will cut the planned Fernleigh Building Society mortgage from £40,000 to £10,000 and add £6,650 to the refurbishment budget.');
    assert.deepEqual(sought.conflicts, [], why(sought));
  });

  test('"I didn\'t believe it at first" denies no "first learned"', async () => {
    const interview = judgeWith(await workspaceIndex({ 'sources/interview_tolworth.md': MATERNITY_INTERVIEW, 'sources/board_paper.md': MATERNITY_BOARD_PAPER, 'sources/union_statement.md': MATERNITY_UNION_STATEMENT }));
    const learned = interview('Leanne Tolworth, 29, of Hatherby, who is expecting her second child on Friday 2 May, said she first learned of the suspension from a post in a village mothers\' group on Facebook.');
    assert.ok(!learned.conflicts.some((c) => c.kind === 'negation'), why(learned));
  });

  test('"£132,000 less than the tendered bus contract and £54,400 less than the current one" compares no £64,000 with £54,400', async () => {
    const report = judgeWith(await workspaceIndex({ 'sources/02_wexcombe_cabinet_report.md': BUS_CABINET_REPORT }));
    const less = report('The council\'s report says the £64,000 a year is £132,000 less than the tendered bus contract and £54,400 less than the current one.');
    assert.deepEqual(less.conflicts, [], why(less));
    const more = report('The council\'s report says the £64,000 a year is £132,000 more than the tendered bus contract and £54,400 more than the current one.');
    assert.equal(more.verdict, 'contradicted', why(more));
  });
});
