/**
 * The forty-eighth round, second part: faithful sentences of h584–h589 (written against eb2f6ce) shown as errors. A
 * key line of several people, each "Name, post (XX)" up to a semicolon, names the initials; "Grade II" is no place; a
 * person given two posts has both; "aged" before an age and "anyone" in the source are no words swapped; "Families"
 * opening a sentence is no name; "which I note" is the inspector's noting; a figure outside the clause of a table
 * row's name that a passage gives in its unit is not the row's; a year a comparison sets a figure against is not its
 * column. The fixtures are the helpers' sources, whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';
import { PARENTS_MEETING } from './helperSources48';

/** h584: sources/03_interview_transcript.md, whole. */
const PUB_INTERVIEW = `# Interview transcript — Drover's Rest share offer

**Recorded:** Thursday 2 May 2024, Nether Brantley Village Hall
**Interviewer:** Sam Whitlow, reporter, Wealdshire Courier (SW)
**Interviewees:** Helen Marchbank, chair of the Drover's Rest Community Benefit Society and of the steering group (HM); Graham Tull, former landlord and owner of the Drover's Rest (GT)
**Length:** 34 minutes. Transcribed by the Wealdshire Courier; lightly edited for repetition.

---

**SW:** Helen, the offer closed on Sunday. Where did you end up?

**HM:** Three hundred and forty-one thousand, seven hundred and fifty pounds, from 412 people. Our target was three hundred thousand, so we're nearly forty-two thousand over. I'll be honest, at the end of March I didn't think we'd make the minimum.

**SW:** Why not?

**HM:** The first week was extraordinary — a hundred and eighteen people in the first eight days. Then it slowed right down. We had twenty-nine new investors in the last week of March. We extended the offer by two weeks, we knocked on every door in the parish, and the last fortnight brought in ninety-six people. That's what got us over.

**SW:** Who are the investors?

**HM:** About six in ten live in the parish. But we've got people in Canada, in Spain, people who grew up here and moved away. Our youngest investor is eighteen — she put in her first wages from the farm shop. Our oldest is Edna Cropley, who's ninety-four. She bought shares in memory of her husband, Ron, who drank in the Drover's for sixty years.

**SW:** What happens to the extra money?

**HM:** It means we borrow less. We'd planned to take a loan of eighty thousand from the Wealdshire Community Investment Trust. We'll now need about half that.

**SW:** Graham, you ran the pub for 19 years. Why sell?

**GT:** My knees, mainly. I'm sixty-seven. Maureen and I took it on in April 2004 and I've done every shift since, near enough. But it wasn't just age. Trade never came back properly after Covid — takings were down about thirty per cent on 2019. And in 2022 our energy bill went from about eleven hundred pounds a quarter to three thousand four hundred. You can't put a pint up to match that in a village like this.

**SW:** You had an offer from a developer.

**GT:** I did. Halden Homes offered four hundred thousand, subject to planning for two houses. The village offered three eighty-five. So I could have had fifteen thousand more.

**SW:** Why didn't you take it?

**GT:** I didn't want to be the man who turned the last pub in Nether Brantley into two houses. I've got to keep living here. I'm only moving to Mill Row.

**SW:** Helen, what did it mean to you when Graham agreed?

**HM:** Everything. Without that, there'd be no share offer. Graham has been more generous than he'll admit.

**SW:** Some people say a pub is just a business, and if it can't pay it should close.

**HM:** This was never about beer. It's about having somewhere to go that isn't your own kitchen. We lost the post office in 2011, the bus goes twice a week. For a lot of older people the pub is the only place they'll speak to anyone all day.

**SW:** And the parish council gave you fifteen thousand.

**HM:** They did, by three votes to one. I understand Ian Dobbs's worry about reserves, I really do. We'll send them our accounts every year, as they asked.

**SW:** What's the timetable now?

**HM:** We want to complete by the end of May, start the building work straight after, and reopen by the end of September. The roof is the big job — the surveyor found the valley gutter on the back range has failed. We've had twenty-seven applications for the tenancy, and we've got a shortlist of four couples.

**SW:** Graham, will you be a regular?

**GT:** I'll be on the other side of the bar for once. I bought five hundred pounds' worth of shares, so I'll be wanting my two per cent.

**HM:** *(laughs)* Not guaranteed, Graham. It's in the small print.

**GT:** I've read the small print. I've had nineteen years of small print.

---

*End of transcript.*
`;

/** h584: sources/01_share_offer.md, whole. */
const SHARE_OFFER = `# The Drover's Rest Community Benefit Society Ltd — Community Share Offer

**Save the Drover's Rest: own a share in Nether Brantley's last pub**

Registered with the Financial Conduct Authority as a community benefit society, register number 8934.
Registered office: c/o Nether Brantley Village Hall, Church Lane, Nether Brantley, Wealdshire.

Offer opens: Saturday 2 March 2024
Offer closes: Sunday 14 April 2024 (the board may extend the offer by up to three weeks)

## 1. Why we are doing this

The Drover's Rest on Church Lane has been a pub since at least the 1780s and is a Grade II listed building. It is the only pub in the parish of Nether Brantley, which has about 1,140 residents. The nearest other pub is The Bell at Upper Brantley, 3.2 miles away by road. The village lost its post office in 2011, and the 47 bus service was cut to two days a week in 2019.

The pub closed after last orders on Sunday 3 September 2023, when the owner and landlord, Graham Tull, retired after 19 years. Mr Tull put the freehold on the market at £425,000 in June 2023.

At a public meeting in Nether Brantley Village Hall on Thursday 5 October 2023, attended by 163 people, residents voted to form a steering group to try to buy the pub. At the nomination of Brantley Parish Council, North Wealdshire District Council listed the Drover's Rest as an Asset of Community Value on Tuesday 21 November 2023.

Mr Tull has agreed to sell the freehold to the society for £385,000, subject to the society raising the money before the end of the six-month moratorium on Tuesday 16 July 2024.

## 2. What the money is for

| Item | Cost |
|---|---|
| Purchase of the freehold | £385,000 |
| Stamp duty land tax, legal and survey fees | £22,500 |
| Refurbishment (kitchen, roof repairs, accessible toilet) | £87,000 |
| Working capital and opening stock | £17,500 |
| **Total project cost** | **£512,000** |

## 3. Where the money will come from

| Source | Amount |
|---|---|
| Community shares (this offer) | £300,000 |
| Wealdshire Community Investment Trust — grant | £100,000 |
| Wealdshire Community Investment Trust — loan (10 years at 4.5%) | £80,000 |
| Brantley Parish Council — grant (subject to council approval) | £15,000 |
| Fundraising events and donations | £17,000 |
| **Total** | **£512,000** |

The Wealdshire Community Investment Trust grant is conditional on the share offer reaching its minimum target.

## 4. The offer

- Shares cost £1 each.
- Minimum investment: £250. Maximum investment: £25,000 per person.
- Minimum target: £220,000. Target: £300,000. Maximum: £350,000.
- Every member has one vote, however many shares they hold.
- Shares cannot be sold or transferred. Members may apply to withdraw their shares after three years from the date of issue, at the board's discretion.
- The board hopes to pay interest of up to 2% a year from the third full year of trading. Interest is not guaranteed.
- If the minimum target of £220,000 is not reached, all money will be returned in full.

Shares are at risk. You could lose some or all of the money you invest. Community shares are not covered by the Financial Services Compensation Scheme.

## 5. The business plan in brief

The society will own the building and let the pub to a tenant on a ten-year lease at a starting rent of £22,000 a year. The tenant will run the bar and kitchen. The former snug will become a small community shop, open from 7am to 11am every day and staffed partly by volunteers.

We forecast first-year turnover of £310,000 for the tenant's business, and expect the pub to employ six part-time staff. The rent will cover the society's loan repayments, insurance on the building and a repairs fund.

## 6. The board

- Helen Marchbank, chair — retired headteacher of Brantley Primary School
- Dev Ramsay, treasurer — chartered accountant
- Alison Pryce, secretary — solicitor (non-practising)
- Tom Beresford — parish councillor and farmer
- Gail Osei — runs Osei Catering in Upper Brantley

---

## Addendum: pledges at the close of the offer

*Issued by the board on Monday 29 April 2024.*

The board extended the offer by two weeks, and it closed at midnight on Sunday 28 April 2024. The offer passed its minimum target of £220,000 in the week ending Sunday 7 April and passed the £300,000 target in the week ending Sunday 21 April.

### Pledges week by week

| Week ending | New investors | Cumulative investors | Cumulative pledged |
|---|---|---|---|
| Sunday 10 March 2024 | 118 | 118 | £96,500 |
| Sunday 17 March 2024 | 64 | 182 | £149,250 |
| Sunday 24 March 2024 | 41 | 223 | £181,000 |
| Sunday 31 March 2024 | 29 | 252 | £203,750 |
| Sunday 7 April 2024 | 26 | 278 | £224,500 |
| Sunday 14 April 2024 | 38 | 316 | £262,000 |
| Sunday 21 April 2024 | 47 | 363 | £301,250 |
| Sunday 28 April 2024 | 49 | 412 | £341,750 |

### Pledges by size

| Size of pledge | Investors | Total pledged |
|---|---|---|
| £250 to £499 | 172 | £46,500 |
| £500 to £999 | 129 | £70,250 |
| £1,000 to £4,999 | 102 | £146,000 |
| £5,000 to £9,999 | 6 | £33,000 |
| £10,000 to £25,000 | 3 | £46,000 |
| **Total** | **412** | **£341,750** |

### Where investors live

| Area | Investors |
|---|---|
| Parish of Nether Brantley | 251 |
| Elsewhere in Wealdshire | 98 |
| Outside Wealdshire | 63 |
| **Total** | **412** |

About 61% of investors live in the parish. The average pledge was £829.
`;

/** h584: sources/04_press_release.md, whole. */
const PUB_RELEASE = `# PRESS RELEASE

**The Drover's Rest Community Benefit Society Ltd**
**For immediate release: Friday 31 May 2024**

## Nether Brantley completes community purchase of the Drover's Rest

The Drover's Rest Community Benefit Society today completed the purchase of the Drover's Rest on Church Lane, Nether Brantley, for £385,000, making it the first community-owned pub in North Wealdshire.

The purchase was funded by £341,750 raised from 412 investors in the society's community share offer, which closed on Sunday 28 April 2024, together with a £100,000 grant from the Wealdshire Community Investment Trust, a £15,000 grant from Brantley Parish Council and £17,000 raised through fundraising events and donations.

Because the share offer was oversubscribed, the society will borrow £40,000 from the Wealdshire Community Investment Trust rather than the £80,000 originally planned. The total project cost remains £512,000.

### New tenants

The board has chosen Lee and Kirsty Harwood as the pub's first tenants. The couple have run The Fleece at Cotterham for the past eight years and were chosen from a shortlist of four. They will sign a ten-year lease.

### Refurbishment

Refurbishment work, budgeted at £87,000, will start on Monday 10 June 2024. It includes replacing the failed valley gutter and part of the roof on the rear range, a new kitchen and an accessible toilet. The former snug will become a community shop.

The society aims to reopen the pub on Friday 27 September 2024.

### Quotes

Helen Marchbank, chair of the society, said: "Nine months ago the doors of the Drover's were locked and there was a developer's plan on the table. Today the pub belongs to 412 of us. That is what a village can do when it decides it wants something."

Fiona Gadd, director of investment at the Wealdshire Community Investment Trust, said: "Nether Brantley raised more from its own residents than any community share offer we have supported in Wealdshire. We are proud to have backed them, and we expect this to be the first of many."

Lee Harwood said: "Kirsty and I have wanted a village pub with a real community behind it for years. We can't wait to pull the first pint."

### Notes to editors

1. The Drover's Rest is a Grade II listed building and has been a pub since at least the 1780s.
2. The pub closed on Sunday 3 September 2023 when the previous owner, Graham Tull, retired after 19 years.
3. North Wealdshire District Council listed the Drover's Rest as an Asset of Community Value on Tuesday 21 November 2023.
4. Shares in the society cost £1 each, with a minimum investment of £250. Each member has one vote.

**Media contact:** Alison Pryce, secretary, The Drover's Rest Community Benefit Society.
`;

/** h585: sources/council_statement_2025-08-29.md, whole. */
const BUS_STATEMENT = `# North Brackenshire County Council — Press Statement

**Issued: Friday 29 August 2025, 17:00**
**For immediate release**

## School transport: emergency arrangements after Pennock & Vale Travel enters administration

North Brackenshire County Council has put emergency arrangements in place after Pennock & Vale Travel Ltd, which holds the contract for home-to-school transport to Kelsworth Academy and Brackenfield High School, entered administration on Thursday 28 August 2025.

The council was told by the company's administrators, Harcastle Reid LLP, in an email received at 16:42 on Thursday that the company had entered administration at midday and would not operate any school services from Monday 1 September. The autumn term at both schools begins on Wednesday 3 September.

Pennock & Vale ran 14 routes carrying 612 pupils, using 16 vehicles. It was awarded the three-year contract, worth £1.84 million a year, on Tuesday 11 March 2025 following an open tender, and began running services on Tuesday 1 April 2025.

### What happens from Wednesday 3 September

- **Coldharbour Coaches** will run six Kelsworth Academy routes (K1 to K6) using seven coaches, carrying 288 pupils.
- **Brackenshire Community Transport** will run three Brackenfield High routes (B2, B4 and B7), carrying 137 pupils.
- Five routes (K7, B1, B3, B5 and B6), used by 187 pupils, are **not yet covered**.
- Parents of pupils on the five uncovered routes can claim a mileage allowance of **45p per mile** for up to two return journeys per school day.
- The 23 pupils on the uncovered routes who have an education, health and care plan (EHCP) will be taken to school by taxi, arranged by the council.

The council aims to have all routes covered by a contracted operator by **Monday 15 September 2025**.

### Route-by-route arrangements

| Route | School | Pupils | Areas served | From Wed 3 September |
|---|---|---|---|---|
| K1 | Kelsworth Academy | 58 | Ashby Moor, Fellgate | Coldharbour Coaches |
| K2 | Kelsworth Academy | 49 | Netherby, Thwaite End | Coldharbour Coaches |
| K3 | Kelsworth Academy | 60 | Kelsworth Park estate | Coldharbour Coaches |
| K4 | Kelsworth Academy | 44 | Scarrow, Holm Bridge | Coldharbour Coaches |
| K5 | Kelsworth Academy | 40 | Bratton Lees | Coldharbour Coaches |
| K6 | Kelsworth Academy | 37 | Upper Dunsop | Coldharbour Coaches |
| K7 | Kelsworth Academy | 31 | Hebble Moor, Crake Hill | Not yet covered |
| B1 | Brackenfield High | 46 | Brackenfield village, Ollerby | Not yet covered |
| B2 | Brackenfield High | 39 | Stainby, Gorse Lane | Brackenshire Community Transport |
| B3 | Brackenfield High | 27 | Lower Stainby | Not yet covered (EHCP pupils by taxi) |
| B4 | Brackenfield High | 46 | Welbury | Brackenshire Community Transport |
| B5 | Brackenfield High | 38 | Hebble Moor, Moorside | Not yet covered (EHCP pupils by taxi) |
| B6 | Brackenfield High | 45 | Tarnside, Kirk Heaton | Not yet covered |
| B7 | Brackenfield High | 52 | Whinfield | Brackenshire Community Transport |
| **Total** | | **612** | | |

### Cost

The interim arrangements are expected to cost about £14,600 per school day, around 50 per cent more than the £9,680 per school day paid under the Pennock & Vale contract. The estimate is made up of:

| Item | Estimated cost per school day |
|---|---|
| Coldharbour Coaches (6 routes) | £7,900 |
| Brackenshire Community Transport (3 routes) | £3,150 |
| Parental mileage allowance (5 routes) | £2,100 |
| Taxis for EHCP pupils | £1,450 |
| **Total** | **£14,600** |

The council's home-to-school transport budget for 2025/26 is £14.2 million. The service overspent by £1.1 million in 2024/25.

### Comments

Councillor Denise Ashworth, cabinet member for children, education and families, said: "We know how worrying this is for families, and I want to apologise to every parent who has been left scrambling at the end of the summer holidays. Our officers found out on Thursday evening and have not stopped since. We will not let cost stand in the way of getting children to school safely."

Mark Tillotson, the council's head of passenger transport, said: "We contacted nine operators on Friday morning. Coldharbour Coaches and Brackenshire Community Transport have stepped up at extremely short notice, and I am grateful to them. We are still talking to operators about the remaining five routes."

The administrators have told the council that the company's failure was caused by rising insurance and fuel costs and the loss of a rail-replacement contract in June.

All 612 families have been contacted by email today. Parents with questions can call the school transport helpline on 01632 960 418, open 8am to 6pm, including on Saturday 30 August and Sunday 31 August.

**Ends**

Notes to editors: Pennock & Vale Travel Ltd is based at Ashby Moor. Its contract was one of 11 home-to-school transport contracts let by the council.
`;

/** h587: sources/01_inspector_report.md, whole. */
const INSPECTOR_REPORT = `# Appeal Decision

**Inquiry held on 10, 11, 12, 17 and 18 September 2024**
**Accompanied site visit made on Friday 13 September 2024**

**by Margaret Ellison BA(Hons) MA MRTPI**
**an Inspector appointed by the Secretary of State**

**Decision date: Tuesday 14 January 2025**

**Appeal Ref: APP/W4415/W/24/3340172**
**Land at Carrow Moor, north of Hensby, North Weldale**

- The appeal is made under section 78 of the Town and Country Planning Act 1990 against a refusal to grant planning permission.
- The appeal is made by Fellgate Renewables Ltd against the decision of North Weldale District Council.
- The application, Ref 23/00418/FULM, dated Monday 6 March 2023, was refused by notice dated Thursday 2 November 2023.
- The development proposed is the construction and operation of a wind farm, known as Carrow Edge Wind Farm, with associated access tracks, substation, battery storage compound and temporary construction compound.

## Decision

1. The appeal is allowed and planning permission is granted for Carrow Edge Wind Farm in accordance with the amended scheme described below, subject to the 38 conditions set out in the attached schedule.

## Procedural matters

2. The application as submitted proposed 12 turbines with a maximum tip height of 180 metres. On Tuesday 30 April 2024, when the appeal was lodged, the appellant put forward an amended scheme which omits turbine T7 and reduces the tip height of turbines T3 and T4 to 165 metres. The remaining nine turbines would stay at 180 metres. I am satisfied that nobody's interests would be prejudiced by my considering the amended scheme, since it was the subject of a further round of public consultation between May and July 2024, and I have determined the appeal on that basis.

3. The Council's planning committee refused the application by seven votes to four, contrary to the recommendation of its officers, who had advised that permission be granted. The single reason for refusal concerned harm to landscape character and visual amenity.

4. The inquiry sat for five days in the main hall of Hensby Village Hall. I heard evidence from 14 witnesses. The Save Carrow Moor group was granted Rule 6 status and took a full part in the proceedings.

## The scheme in figures

Table 1: Original and amended schemes compared

| | Original application | Amended scheme |
|---|---|---|
| Number of turbines | 12 | 11 |
| Maximum tip height | 180 m | 180 m (T3 and T4: 165 m) |
| Rated output per turbine | 6.6 MW | 6.6 MW |
| Total installed capacity | 79.2 MW | 72.6 MW |
| Predicted annual generation | 236 GWh | 215 GWh |
| Battery storage | 20 MW | 20 MW |
| New access track | 15.8 km | 14.2 km |
| Peat excavated | 5.1 ha | 4.2 ha |
| Operational life | 35 years | 35 years |

5. The site extends to some 640 hectares of upland grazing and heather moorland on Carrow Moor, owned by the Carrow Estate. The grid connection would run underground for approximately 9 km to the existing Weldale substation.

## Main issues

6. The main issues are (i) the effect of the proposal on the character and appearance of the area, including views from the Weldale Way long-distance footpath; (ii) the effect on the setting of Hensby Priory, a scheduled monument; (iii) the effect on the living conditions of nearby residents, with particular regard to noise and outlook; (iv) the effect on peat and upland habitats; and (v) whether any harm is outweighed by the benefits of the scheme.

## Landscape and visual effects

7. Dr Alan Greaves, the Council's landscape witness, identified significant adverse effects on landscape character within about 5 km of the turbines. I agree with him on this point. The turbines would be prominent from 3.2 km of the Weldale Way across Carrow Edge, and the effect on walkers there would be major adverse. Beyond about 8 km, however, I find the effects would diminish to moderate or minor, and the turbines would be seen in the context of the operating Stoneleigh Rigg wind farm, whose eight turbines lie some 11 km to the west.

8. The omission of T7 removes the turbine closest to the skyline when viewed from Hensby village, and the reduced height of T3 and T4 lessens their dominance in views from the Weldale Way. These changes reduce, but do not remove, the harm.

## Hensby Priory

9. Hensby Priory lies 2.4 km south-east of the nearest turbine. Historic England did not object. I find the harm to the significance of the priory to be "less than substantial", and at the lower end of that range.

## Living conditions

10. The nearest occupied dwelling not financially connected to the scheme is Low Carrow Farm, which is 1.1 km from turbine T2. Predicted night-time noise there is 38 dB(A), against a limit of 43 dB(A) that I shall impose by condition. At Hensby village, some 2.6 km away, predicted noise levels would be below 30 dB(A). I am satisfied that no dwelling would be rendered an unattractive place in which to live.

## Peat and habitats

11. Mr Peter Lumley, chair of Save Carrow Moor and a retired hydrologist, gave careful evidence about peat depths, which reach 3.1 metres in places. The amended scheme reduces excavated peat from 5.1 ha to 4.2 ha. The appellant's habitat management plan would restore 310 hectares of degraded blanket bog over the life of the scheme. Dr Fiona Caddick, ecologist for the Weldale Moors Trust, told the inquiry that this would be "a net gain for the moor, provided it is actually delivered". I have therefore imposed a condition requiring the plan to be approved before any work starts and monitored annually by an independent ecologist.

12. The appellant calculates a carbon payback period of 2.1 years, taking account of peat disturbance. Mr Lumley put the figure at closer to 4 years. Even on his figure, the scheme would save carbon for more than 30 years of its 35-year life.

## Benefits

13. Using average household electricity consumption of 4,200 kWh a year, I calculate that the predicted output of 215 GWh is equivalent to the needs of about 51,000 homes. The appellant's figure of 58,000 homes relies on a lower consumption figure; nothing turns on the difference.

14. Construction would take about 18 months and employ up to 140 people at its peak. Six permanent jobs would be created for operation and maintenance. The appellant has offered a community benefit fund of £5,000 per MW of installed capacity per year, which I note but give no weight to, as it is not necessary to make the development acceptable in planning terms.

## Representations

Table 2: Written representations on the appeal

| Source | Objections | Support |
|---|---|---|
| Members of the public | 1,146 | 412 |
| Parish councils | 3 | 0 |
| Statutory consultees | 0 | 0 |

15. The three objecting parish councils were Hensby, Carrow Bridge and Upper Weldale.

## Planning balance and conclusion

16. I give significant weight to the harm to landscape character and to views from the Weldale Way, and limited weight to the harm to Hensby Priory. Against this, I give substantial weight to the contribution of 72.6 MW of renewable generation towards national targets. Taking all matters into account, I conclude that the benefits clearly outweigh the harm, and that the appeal should succeed.

17. Condition 2 requires the development to begin within five years of the date of this decision. Condition 4 requires the turbines to be removed and the land restored within 12 months of the end of the 35-year operational period.

*Margaret Ellison*
*INSPECTOR*
`;

/** h587: sources/03_inquiry_transcript_day4.md, whole. */
const INQUIRY_DAY4 = `# Carrow Edge Wind Farm Appeal — Public Inquiry

## Transcript of proceedings, Day 4

**Venue:** Hensby Village Hall, Church Lane, Hensby
**Date:** Tuesday 17 September 2024
**Session:** Afternoon, 2.00pm to 4.45pm

**Present:**
- Margaret Ellison, Inspector (THE INSPECTOR)
- Daniel Marsh KC, counsel for the appellant, Fellgate Renewables Ltd (MR MARSH)
- Rebecca Tomlin, counsel for North Weldale District Council (MS TOMLIN)
- Lucy Haworth, project manager, Fellgate Renewables Ltd, witness (MS HAWORTH)
- Peter Lumley, chair, Save Carrow Moor (MR LUMLEY)
- Cllr Janet Oakes, chair, Hensby Parish Council (CLLR OAKES)
- Dr Fiona Caddick, ecologist, Weldale Moors Trust (DR CADDICK)

Approximately 85 members of the public were present in the hall.

---

**THE INSPECTOR:** Good afternoon. We resume with cross-examination of Ms Haworth by Ms Tomlin, and after that I will hear from interested persons. Ms Tomlin.

**MS TOMLIN:** Thank you, madam. Ms Haworth, your proof of evidence says the amended scheme would require 14.2 kilometres of new access track. Is that right?

**MS HAWORTH:** Yes, 14.2 kilometres, down from 15.8 kilometres in the original application.

**MS TOMLIN:** And most of that would be on moorland that currently has no track at all?

**MS HAWORTH:** About 11 kilometres of it would be new track on open moorland. The rest would upgrade existing estate tracks used by the Carrow Estate for grouse shooting and sheep.

**MS TOMLIN:** Turbine T7 was removed from the scheme. Why T7?

**MS HAWORTH:** T7 was the turbine that broke the skyline most clearly in views from Hensby village, and it also sat on the deepest peat we recorded, about 3.1 metres. Taking it out solved two problems at once.

**MS TOMLIN:** So it was not removed because of the priory?

**MS HAWORTH:** No. Historic England did not object to the priory effects, even for the original 12-turbine layout.

**MS TOMLIN:** Thank you. Nothing further, madam.

**THE INSPECTOR:** Mr Marsh, any re-examination?

**MR MARSH:** Just one question. Ms Haworth, how does the tip height of this scheme compare with Stoneleigh Rigg?

**MS HAWORTH:** Stoneleigh Rigg's turbines are 125 metres to tip, so ours are taller — 180 metres for nine of them and 165 for T3 and T4. But we would have eleven turbines across the moor, compared with eight at Stoneleigh Rigg, and ours are spaced further apart.

**MR MARSH:** Thank you. No further questions.

**THE INSPECTOR:** Thank you, Ms Haworth, you are released. I will now hear from interested persons. Mr Lumley first, I think.

**MR LUMLEY:** Thank you, madam. I spent 31 years as a hydrologist with the water authority, and I have walked Carrow Moor for most of my life. Our group has 620 members. I want to say plainly that we are not against wind power. We are against putting 11 turbines on deep peat on the most open skyline in the district.

**THE INSPECTOR:** Your written evidence disputes the carbon payback figure.

**MR LUMLEY:** It does. The developer says 2.1 years. When you properly account for drying of the peat around the tracks and the turbine bases, I make it closer to 4 years. That is nearly double. "You do not restore a bog by digging it up first."

**THE INSPECTOR:** Thank you. Councillor Oakes.

**CLLR OAKES:** Thank you. Hensby Parish Council voted unanimously to object, nine votes to none, at our meeting in June. We held a village survey over the summer and 71 per cent of the 540 households who replied opposed the scheme. People here are worried about the construction traffic above all. The developer's own figures show 14,600 heavy goods vehicle movements over the construction period, and every one of them comes through Hensby on the B6290.

**THE INSPECTOR:** Is that figure agreed, Mr Marsh?

**MR MARSH:** It is agreed, madam, and it is the subject of a construction traffic management plan, which would limit deliveries to between 7.30am and 6pm on weekdays, with no deliveries during school drop-off and pick-up times.

**CLLR OAKES:** With respect, a plan on paper does not stop a 40-tonne lorry meeting a school bus on Hensby Bridge.

**THE INSPECTOR:** I understand. Dr Caddick.

**DR CADDICK:** Thank you, madam. The Weldale Moors Trust has not objected to this appeal, and I want to explain why, because some of our members are unhappy about it. About 310 hectares of the blanket bog on Carrow Moor is badly degraded, with drainage grips cut in the 1970s. Nobody has the money to restore it. The habitat management plan would block those grips and re-wet the bog. On balance that would be a net gain for the moor, provided it is actually delivered.

**THE INSPECTOR:** And how would you ensure it is delivered?

**DR CADDICK:** Independent monitoring every year, with the results published, and a bond so that the work can be finished if the company goes bust.

**THE INSPECTOR:** Thank you. We will adjourn until 10am tomorrow, when I will hear closing submissions.

*Hearing adjourned at 4.45pm.*
`;

/** h589: sources/mra_monitoring_log.md, whole. */
const MONITORING_LOG = `# Marine and Rivers Agency — Northfold Area

## Bathing Water Monitoring Log: Grayling Sands, Hollinsea (bathing season 2024)

**Prepared by:** Callum Reid, Environment Officer (Coastal Waters), Northfold Area
**Reviewed by:** Dr Helen Strachan, Area Environment Manager, Northfold Area
**Date issued:** Monday 7 October 2024
**Reference:** MRA/NF/BW/2024/117

### 1. Scope

This log records every discharge from the two storm overflows that drain towards the Grayling Sands designated bathing water during the 2024 bathing season (Wednesday 15 May to Monday 30 September 2024), together with the results of the agency's routine bacteriological samples taken at the beach. Both overflows are operated by Tarnside Water under permits issued by the Marine and Rivers Agency.

- **Hollinsea Road combined storm overflow (HR):** discharges through a 600 mm outfall pipe at the mouth of the Kittle Brook, approximately 350 metres north of the bathing water sampling point.
- **Kittle Lane pumping station emergency overflow (KL):** discharges into the Kittle Brook approximately 1.2 kilometres upstream of the beach.

Durations are taken from Tarnside Water's event duration monitors and have been checked against the agency's own telemetry. Rainfall is the total recorded at the agency's Hollinsea rain gauge in the 24 hours before each discharge began.

### 2. Discharge log, 2024 bathing season

| No. | Date | Overflow | Start time | Duration (hours) | Rainfall, previous 24 h (mm) |
|---|---|---|---|---|---|
| 1 | Wednesday 22 May | HR | 04:10 | 6.50 | 18.2 |
| 2 | Thursday 23 May | HR | 02:45 | 3.00 | 9.6 |
| 3 | Monday 3 June | KL | 21:30 | 2.25 | 11.4 |
| 4 | Tuesday 11 June | HR | 14:05 | 4.75 | 22.0 |
| 5 | Wednesday 19 June | HR | 23:50 | 1.50 | 7.8 |
| 6 | Tuesday 2 July | HR | 17:20 | 5.00 | 16.4 |
| 7 | Wednesday 3 July | KL | 08:15 | 9.25 | 0.0 |
| 8 | Saturday 6 July | HR | 19:40 | 11.50 | 31.6 |
| 9 | Sunday 7 July | KL | 03:05 | 7.00 | 4.2 |
| 10 | Monday 15 July | HR | 06:30 | 2.00 | 10.1 |
| 11 | Saturday 27 July | HR | 15:55 | 3.50 | 14.7 |
| 12 | Sunday 4 August | HR | 01:20 | 8.00 | 27.3 |
| 13 | Monday 5 August | KL | 10:40 | 1.25 | 5.9 |
| 14 | Monday 12 August | HR | 12:00 | 0.75 | 6.2 |
| 15 | Wednesday 21 August | HR | 20:15 | 6.00 | 24.8 |
| 16 | Thursday 29 August | HR | 09:35 | 2.50 | 12.0 |
| 17 | Friday 6 September | HR | 22:10 | 10.00 | 35.4 |
| 18 | Saturday 7 September | KL | 05:50 | 4.50 | 8.3 |
| 19 | Wednesday 18 September | HR | 16:45 | 3.25 | 13.9 |
| 20 | Tuesday 24 September | HR | 11:30 | 7.75 | 29.1 |

### 3. Summary of discharges

| | 2023 season | 2024 season |
|---|---|---|
| Number of discharges, both overflows | 11 | 20 |
| Total duration, both overflows | 41.50 hours | 100.25 hours |
| Hollinsea Road CSO | 9 discharges, 33.75 hours | 15 discharges, 76.00 hours |
| Kittle Lane emergency overflow | 2 discharges, 7.75 hours | 5 discharges, 24.25 hours |
| Longest single discharge | 7.25 hours | 11.50 hours (Saturday 6 July, HR) |
| Discharges in dry weather (under 1 mm) | 0 | 1 (Wednesday 3 July, KL) |

Notes:

1. July 2024 was the worst month of the season, with six discharges totalling 38.25 hours.
2. Thirteen of the 20 discharges in 2024 followed more than 10 mm of rain in the previous 24 hours. Seven followed less than 10 mm.
3. Discharge No. 7 (Wednesday 3 July) took place with no rainfall recorded. Tarnside Water notified the agency of the event at 10:40 that morning, about two and a half hours after it began. The agency has opened an investigation into this discharge, which remains ongoing. No conclusion on the cause has yet been reached by the agency.
4. Discharge No. 9 (Sunday 7 July) began while the Hollinsea Road overflow discharge No. 8 was still continuing; both overflows were therefore discharging at the same time between 03:05 and 07:10.

### 4. Bacteriological sampling at Grayling Sands

The agency took 20 routine samples at the designated sampling point during the 2024 season. Selected results are shown below. Results are given in colony-forming units per 100 millilitres (cfu/100ml). The agency treats a result above 1,000 cfu/100ml for E. coli as indicating short-term pollution.

| Date sampled | E. coli (cfu/100ml) | Intestinal enterococci (cfu/100ml) |
|---|---|---|
| Tuesday 21 May | 62 | 18 |
| Tuesday 4 June | 340 | 95 |
| Tuesday 2 July (10:00, before discharge No. 6) | 120 | 40 |
| Monday 8 July | 4,800 | 1,150 |
| Monday 15 July | 1,420 | 380 |
| Tuesday 6 August | 2,100 | 610 |
| Tuesday 3 September | 88 | 22 |
| Monday 9 September | 3,350 | 720 |

Four of the 20 routine samples exceeded 1,000 cfu/100ml for E. coli, compared with one of 20 in 2023. The highest result of the season, 4,800 cfu/100ml on Monday 8 July, was the highest recorded at Grayling Sands since sampling began in 2011.

The agency issued nine pollution risk forecasts for Grayling Sands during the 2024 season, advising against bathing on each occasion. It issued three in 2023.

### 5. Classification

Grayling Sands was classified "Good" in 2022 and "Sufficient" in 2023. On the basis of the 2021–2024 samples, the provisional classification for 2024 is "Poor". If the classification is confirmed in November, Brackenmoor District Council, as the beach operator, will be required to display advice against bathing at the beach throughout the 2025 season.

### 6. Comment from the Area Environment Manager

Dr Helen Strachan said: "Twenty discharges in a single bathing season is not acceptable for a beach that thousands of people use every summer. We expect Tarnside Water to explain the dry-weather spill on 3 July in full, and we will not hesitate to take enforcement action if our investigation finds a breach of permit."
`;

describe('speaker keys, second posts, open words and compared years, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Interviewees: Helen Marchbank, chair … (HM); Graham Tull, former landlord … (GT)" names HM and GT', async () => {
    const files = { 'sources/03_interview_transcript.md': PUB_INTERVIEW };
    assert.deepEqual(await misattributions(files, '“It\'s about having somewhere to go that isn\'t your own kitchen,” said Mrs Marchbank.'), []);
    assert.deepEqual(await misattributions(files, '“I didn\'t want to be the man who turned the last pub in Nether Brantley into two houses,” said Mr Tull, 67.'), []);
    const wrong = await misattributions(files, '“It\'s about having somewhere to go that isn\'t your own kitchen,” said Mr Tull.');
    assert.equal(wrong.length, 1);
    assert.match(wrong[0], /^These words were said by Helen Marchbank \(chair\b/);
  });

  test('"the Grade II listed building" names no place; "the society\'s chair and a retired headteacher" is both; "aged 18" is no swapped word', async () => {
    const pub = judgeWith(await workspaceIndex({ 'sources/01_share_offer.md': SHARE_OFFER, 'sources/03_interview_transcript.md': PUB_INTERVIEW, 'sources/04_press_release.md': PUB_RELEASE }));
    const grade = pub('The Drover\'s Rest Community Benefit Society completed the purchase on Friday 31 May, making the Grade II listed building the first community-owned pub in North Wealdshire.');
    assert.equal(grade.verdict, 'supported', why(grade));
    const posts = (post: string) => pub(`“At the end of March I didn't think we'd make the minimum,” said Helen Marchbank, the society's ${post} and a retired headteacher of Brantley Primary School.`);
    assert.equal(posts('chair').verdict, 'supported', why(posts('chair')));
    assert.equal(posts('treasurer').verdict, 'contradicted', why(posts('treasurer')));
    const youngest = pub('The youngest, aged 18, put in her first wages from the farm shop.');
    assert.deepEqual(youngest.conflicts, [], why(youngest));
  });

  test('"Families with questions" and "for pupils waiting" are the sources\' "Parents with questions" and "for anyone waiting"', async () => {
    const buses = judgeWith(await workspaceIndex({ 'sources/council_statement_2025-08-29.md': BUS_STATEMENT, 'sources/parents_meeting_transcript_2025-09-01.md': PARENTS_MEETING }));
    const families = buses('Families with questions can call the school transport helpline on 01632 960 418.');
    assert.equal(families.verdict, 'supported', why(families));
    const library = buses('Graham Pell, headteacher of Brackenfield High, said the school would open its doors at 7.45am and keep its library open until 5pm for pupils waiting to be collected.');
    assert.deepEqual(library.conflicts, [], why(library));
  });

  test('"The inspector noted the offer" is "which I note"; "540 households" of a survey is no row of parish councils\' objections', async () => {
    const inquiry = judgeWith(await workspaceIndex({ 'sources/01_inspector_report.md': INSPECTOR_REPORT, 'sources/03_inquiry_transcript_day4.md': INQUIRY_DAY4 }));
    const noted = inquiry('The inspector noted the offer but gave it no weight, as it was not needed to make the development acceptable in planning terms.');
    assert.equal(noted.verdict, 'supported', why(noted));
    const survey = (n: string) => inquiry(`Cllr Janet Oakes, chair of Hensby Parish Council, told the inquiry that the parish council had voted nine to none to object, and that 71 per cent of the ${n} households who replied to a village survey opposed the scheme.`);
    assert.equal(survey('540').verdict, 'supported', why(survey('540')));
    assert.deepEqual(survey('450').conflicts.map((c) => [c.claim, c.source]), [['450 households', '540 households']]);
  });

  test('"20 times during this year\'s bathing season, almost twice as many as in 2023" is no "2023 season" figure', async () => {
    const beach = judgeWith(await workspaceIndex({ 'sources/mra_monitoring_log.md': MONITORING_LOG }));
    const spills = beach('Sewage was discharged towards Grayling Sands in Hollinsea 20 times during this year\'s bathing season, almost twice as many as in 2023, according to monitoring records published by the Marine and Rivers Agency.');
    assert.deepEqual(spills.conflicts, [], why(spills));
  });
});
