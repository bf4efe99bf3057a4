/**
 * The fifty-eighth round, third part: faithful sentences shown as errors in h875–h913 (written against d37a127), for
 * speakers, posts, dates and ranges. "said in a statement last week:" after an apposition, for the "She" after it;
 * a numbered question from the floor ("Q4 — Mr Colin Ashworth, chair, …:"); "the Friends" of "the Friends of
 * Hartwell Libraries"; words the claim says were written in a statement, against a recording's day; a figure
 * "announced on Friday"; the year of the figure before it ("from 1,187 in 2023/24 to 1,412"); a period worked out
 * from a row's two dates ("June 2026, 20 months later than planned"); a column's header in a row, no name; the
 * group's chair against a meeting's chair; "the largest faculty" by its staff; a later speaker's own words; a
 * letterhead's "Office of the Chief Executive"; "hourly pay had risen" against "not paying them"; "the
 * three-to-six-mile band"; "less than the minimum" where the sentence sets both bounds. Every person, body and place
 * is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, judgeWith, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';
import { findAttributions } from '../../../server/src/core/verdict/attribution';
import { officeHolders } from '../../../server/src/core/verdict/offices';

const STATEMENT = `CORNWICK COUNCIL – STATEMENT ON THE TREVANNY ROAD CLOSURE

Councillor Margaret Oakes, cabinet member for highways and transport, said:

"I know how hard this closure is for everyone in Trevanny and Polgrain. We will not cut corners on a road that sits on the edge of a cliff. We want a repair that lasts for generations, not one that fails again in twenty years."
`;

const DROP_IN = `TREVANNY ROAD DROP-IN – TRANSCRIPT

GARETH LOWDEN (highways asset manager): Design and procurement will take until around September, then the best part of nine months on site. I'd rather tell you that now than give you a date and miss it.
`;


const FRIENDS = `FRIENDS OF HARTWELL LIBRARIES
For immediate release: Thursday 16 October 2025

The Friends of Hartwell Libraries today responded to the council's review of the first year of volunteer-run libraries.

Susan Elderfield, chair of the Friends, said:

"A year ago we were told that volunteers would keep every one of these libraries open. They have."

Notes to editors:
- The Friends do not coordinate volunteers at Millthorpe, which is run by Millthorpe Village Association.
`;



const PRESS = `Reported fly-tipping incidents have risen for the second year running. Reports rose by 19 per cent in 2024/25, from 1,187 in 2023/24 to 1,412. Across the seven districts of Wendshire, reports rose by an average of 7 per cent over the same period.`;


const PLAN = `# Financial recovery plan

### Table 1: Academic posts at risk by faculty

| Faculty | Current academic FTE | Posts at risk (FTE) | Share of faculty (%) |
|---|---|---|---|
| Arts and Humanities | 410 | 96 | 23.4 |
| Business and Law | 355 | 41 | 11.5 |
| Health and Life Sciences | 620 | 58 | 9.4 |
| Social Sciences | 380 | 54 | 14.2 |
`;

const CORONER = `Mr Gareth Pomeroy, Lifeguard Service Manager for Coastwise Lifeguard Services Ltd, gave evidence that on Tuesday 9 January 2024 he had written to the council's Head of Leisure and Tourism, Mrs Celia Hammett, warning that ending patrols at 17:00 would "leave the busiest part of the evening uncovered". Mrs Hammett told the inquest that the letter had been considered but that the council had to make savings of £52,500 from the service.`;


const CHARGES = `# School transport charges

| Distance band | Current annual charge | Proposed annual charge 2025/26 | Increase |
|---|---|---|---|
| Under 3 miles | £0 | £0 | £0 |
| 3 to 6 miles | £390 | £585 | +£195 |
| 6 to 10 miles | £480 | £720 | +£240 |
`;

const CAMPAIGN = `Families First, the parents' campaign, said two teenagers from the same family would now cost a household more than £1,400 a year.`;


const HEARING = `PLANNING COMMITTEE HEARING – TRANSCRIPT

Also speaking: Dr Helen Marsh (Chair, Hollinsford Against Night Noise), Simon Garrow (Chief Executive, Brackenmoor Airport Ltd).

DR MARSH: Our letter of Monday 3 February, signed by me and by our secretary, Colin Pettifer, reported a survey of 612 households.
`;



const MINUTES = `4.2 The motion was seconded by Councillor Martin Okafor, Leader of the Council. He said the Council had asked for 9.99% "because that is what the numbers required", and that the Minister's decision to allow 8.99% had left "a gap of £1.4m that we have had to find through further savings."`;

const TRUST = `The revised charges are expected to raise £596,000 in 2025/26, against £742,000 in the original plan.`;

const FORECAST = `6.1 Officers do not expect demand to fall during 2024/25. If current trends continue, gross expenditure on emergency temporary accommodation is forecast to reach £13.9m in 2024/25.`;

/** The helpers' sources whole, where a smaller fixture does not reproduce the error: h890's launch meeting and share offer. */
const H890_LAUNCH = `RAVENSMERE COMMUNITY ENERGY LTD
SHARE OFFER LAUNCH MEETING — TRANSCRIPT

Venue: Hollinsby Village Hall, Church Street, Hollinsby
Date: Wednesday 4 June 2025
Time: 7pm to 8.40pm
Attendance: about 120 people (92 signed the attendance sheet)
Transcribed from the Society's audio recording by Priya Lindqvist, Company Secretary. Lightly edited for readability.

PLATFORM:
Dr Helen Okonjo-Price (HOP), Chair
Marcus Threlfall (MT), Treasurer
Tom Aldersey (TA), Project Manager

---

HOP: Good evening, everybody, and thank you for coming out on a wet Wednesday. I'm Helen Okonjo-Price, I chair Ravensmere Community Energy. Six years ago a dozen of us sat in the back room of the Plough in Ravensmere and said, wouldn't it be good if the power we use round here was made round here and owned round here. Tonight we're asking you to make that happen. Kestrel Down will be a 4.8 megawatt solar farm on Gareth Penhallow's land off Hollinsby Lane. In a normal year it will make enough electricity for about 1,600 homes. And every pound of profit that doesn't go back to members goes into a community fund, starting at £18,000 a year.

HOP: We got planning permission in March. It wasn't unanimous — it was seven votes to four — and I want to say straight away that we heard the parish council's concerns, especially about the lane, and we've agreed a limit of 12 lorry deliveries a day during construction.

HOP: Marcus is going to take you through the money.

MT: Thanks, Helen. So, the headline. We need to raise £3.2 million in community shares. The total cost of the farm is £4.1 million, and the other £900,000 is a loan from Greenbridge Community Finance. Shares are a pound each, the minimum is £100 and the maximum is £100,000.

MT: We're targeting 3 per cent interest in the first year, because the farm won't have been running for a full year before that, and 4.5 per cent a year after that. Averaged over the 20 years we think it comes out at about 4.4 per cent. Interest is a target, not a guarantee. I want to be really clear about that. If the sun doesn't shine or prices collapse, it goes down.

MT: The offer opened on Monday and closes at 5pm on Friday 11 July. Before we opened, we had pledges of about £740,000, and as of five o'clock this afternoon we'd actually received applications for £812,000 from 403 people. So we're a quarter of the way there in three days.

TA: I'm Tom, I'm the project manager. Construction starts in February next year, all being well, and we expect to be generating by the end of September 2026. It's about eight months on site. The panels sit on fixed frames, no higher than 2.9 metres, and Gareth's sheep will graze underneath. We're planting 1.2 kilometres of new hedgerow, and the ecologists reckon we'll get a biodiversity gain of just over 34 per cent.

QUESTIONS FROM THE FLOOR

Q1 — Mrs Brenda Cotterill, Hollinsby Lane: I live about 400 yards from the site. What happens if you don't get the money? Do we lose what we put in?

MT: No. If we don't reach the minimum of £2.6 million, everybody gets their money back in full. If we land somewhere between £2.6 million and £3.2 million, Greenbridge have agreed in principle to lend us the difference. So the project goes ahead either way once we're past £2.6 million.

Q2 — Mr Ian Sowerby, Ravensmere: Why should I put my money in this rather than a savings account paying 4 per cent with no risk?

MT: That's a fair question and I'm not going to pretend otherwise. A savings account is protected by the compensation scheme; community shares aren't. What you get here is a slightly higher target return, one member, one vote however much you put in, and the knowledge that the surplus is going into the village. If you can't afford to lose it, please don't invest it. I'd rather say that tonight than have anyone regret it.

Q3 — Ms Leah Farrant, Hollinsby: The creamery. How much of the power are they taking, and what happens if they close?

TA: Hollinsby Creamery will take about a third of the output — 35 per cent in the model — down a private wire, on a 15-year contract. They pay more per unit than we'd get from the grid, which is why the numbers work.

MT: And if they closed, we'd export that power to the grid instead. Income would fall, and we've modelled that. A 10 per cent drop in income every single year would take the average interest down to roughly 3 per cent. It would still pay, but less.

Q4 — Mr Colin Ashworth, chair, Hollinsby Parish Council: I spoke against you at the committee and I'll be honest, some of my council still aren't happy. But if it's coming, I want the village to get something out of it. Who decides how the fund is spent?

HOP: Colin, thank you for coming, genuinely. The fund will be run by a panel of five, and two of those places are for people nominated by your parish council. The first priority is helping households in fuel poverty insulate their homes. We're not going to decide that from Ravensmere and hand it down.

Q5 — Mr Ian Sowerby, Ravensmere: When do local people get priority?

MT: Until Friday 20 June, applications from people living in Westmarsh district get first call. After that it's open to anyone in the UK.

HOP (closing): We've been at this for six years. It has taken nine months just to get the grid connection agreed. We are nearly there. As I said at the planning committee, "This is the village's power station, and the village should own it." Thank you all for coming.

Meeting closed 8.40pm.
`;

const H890_OFFER = `# Ravensmere Community Energy Ltd — Share Offer 2025

## Kestrel Down Solar Farm, Hollinsby

Ravensmere Community Energy Ltd ("RCE", "the Society") is a community benefit society registered under the Co-operative and Community Benefit Societies Act 2014, registration number 8412RS. Its registered office is Unit 3, The Old Maltings, Station Road, Ravensmere, Westmarsh WM7 2QT.

This document invites you to buy withdrawable community shares in the Society to help fund the construction of Kestrel Down Solar Farm, a 4.8 megawatt-peak (MWp) ground-mounted solar farm on land at Hollinsby Farm, Hollinsby Lane, near Ravensmere.

**Please read this document in full before investing. Community shares are not protected by the Financial Services Compensation Scheme and you could lose some or all of the money you invest.**

## 1. Key facts

| Item | Detail |
|---|---|
| Amount sought | £3,200,000 |
| Minimum target | £2,600,000 |
| Offer opens | Monday 2 June 2025 |
| Offer closes | 5pm, Friday 11 July 2025 (may be extended to Friday 25 July 2025 at the Board's discretion) |
| Minimum investment | £100 |
| Maximum investment | £100,000 per member (statutory limit) |
| Share price | £1 per share |
| Target interest, year 1 | 3.0% |
| Target interest, years 2 to 20 | 4.5% |
| Withdrawals | Permitted from year 4, subject to Board approval |
| Eligibility | Aged 16 or over; priority to residents of Westmarsh district until Friday 20 June 2025 |

## 2. The project

Kestrel Down Solar Farm will occupy 9.6 hectares (23.7 acres) of Grade 3b agricultural land at Hollinsby Farm, leased from the landowner, Mr Gareth Penhallow, for 40 years. The site will carry about 8,700 solar panels on fixed frames no higher than 2.9 metres, with sheep grazing between the rows.

Planning permission was granted by Westmarsh District Council's Planning Committee on Tuesday 18 March 2025 (application reference WM/24/01387/FUL). A grid connection offer for 4.2 megawatts (MW) export capacity has been accepted from the local distribution network operator, Northern Fenland Power Networks.

Expected generation in the first full year of operation is 4,650 megawatt-hours (MWh), enough to meet the annual electricity use of about 1,600 typical homes (based on average household consumption of 2,900 kWh). This is expected to avoid around 960 tonnes of carbon dioxide emissions each year.

About 35% of the electricity generated will be sold directly, through a private wire, to Hollinsby Creamery Ltd, a dairy business next to the site, under a 15-year power purchase agreement. The remaining output will be exported to the grid and sold under a separate agreement with a licensed supplier.

Construction is planned to begin on Monday 2 February 2026, with the farm commissioned and generating by Wednesday 30 September 2026. The first full year of operation, used as "Year 1" in the projections below, is the calendar year 2027.

## 3. Funding the project

| Source | Amount | Share of total |
|---|---|---|
| Community shares (this offer) | £3,200,000 | 78% |
| Senior loan, Greenbridge Community Finance | £900,000 | 22% |
| **Total project cost** | **£4,100,000** | **100%** |

The Greenbridge Community Finance loan runs for 15 years at a fixed rate of 6.1%. If the offer raises less than £3,200,000 but more than the minimum target of £2,600,000, Greenbridge has agreed in principle to increase its loan to cover the shortfall. If the minimum target of £2,600,000 is not reached, all money received will be returned to applicants in full, without interest.

## 4. Financial projections

The table below sets out the Board's projections for the first five full years of operation and for year 10. Figures are in thousands of pounds (£k) unless stated. Generation assumes panel output falls by 0.4% a year.

| Year | Calendar year | Generation (MWh) | Income (£k) | Operating costs (£k) | Target interest rate | Interest paid to members (£k) | Capital repaid to members (£k) | Community fund (£k) |
|---|---|---|---|---|---|---|---|---|
| 1 | 2027 | 4,650 | 412 | 118 | 3.0% | 96 | 0 | 18.0 |
| 2 | 2028 | 4,631 | 421 | 121 | 4.5% | 144 | 0 | 18.5 |
| 3 | 2029 | 4,613 | 428 | 124 | 4.5% | 144 | 0 | 19.0 |
| 4 | 2030 | 4,594 | 436 | 127 | 4.5% | 144 | 80 | 19.5 |
| 5 | 2031 | 4,576 | 444 | 130 | 4.5% | 140 | 80 | 20.0 |
| 10 | 2036 | 4,486 | 481 | 147 | 4.5% | 122 | 80 | 22.5 |

Capital is projected to be repaid to members at £80,000 a year from year 4, so that all share capital is repaid by the end of year 20 through a combination of scheduled repayments and withdrawals. Over the 20-year projection period the Board expects to pay an average interest rate of 4.4% a year.

Interest is paid once a year, in arrears, after the Society's accounts are approved at the annual general meeting. Interest is paid gross; members are responsible for declaring it to HM Revenue & Customs.

## 5. Community benefit

The Society will pay into the Ravensmere and Hollinsby Community Fund £18,000 in the first full year, rising by £500 a year thereafter, plus any surplus after interest, capital repayment and reserves. Over the 20-year period the Board estimates total community fund payments of about £455,000. The fund will be run by a panel of five, including two members nominated by Hollinsby Parish Council, and will prioritise home energy efficiency grants for households in fuel poverty.

## 6. Risks

The main risks are: lower than expected generation because of weather; a fall in wholesale electricity prices; construction delays or cost increases; and the loss of the Hollinsby Creamery contract. The projections assume a wholesale price of £72 per MWh for exported electricity and £95 per MWh for private-wire sales in 2027, both rising by 2% a year. A 10% fall in income in every year would reduce the projected average interest rate to about 3.1%.

The Society holds a construction contingency of £205,000, equal to 5% of the total project cost.

## 7. The Board

- **Dr Helen Okonjo-Price**, Chair. A retired hydrologist who lives in Ravensmere.
- **Marcus Threlfall**, Treasurer. A chartered accountant and former finance director of Westmarsh Housing Trust.
- **Priya Lindqvist**, Company Secretary.
- **Owen Fairclough**, Director, and a member of Hollinsby Parish Council.
- **Sandra Mbeki-Holt**, Director.

The Society employs one part-time project manager, **Tom Aldersey**, who will oversee construction.

## 8. How to apply

Apply online at the Society's website or by post using the form at the back of this document. Applications must be received by 5pm on Friday 11 July 2025. Each member has one vote at general meetings, regardless of the number of shares held.
`;

/** h903's contractor's statement and the scrutiny committee's transcript. */
const H903_STATEMENT = `BRENMOOR CONSTRUCTION LTD
Unit 4, Ridgeway Business Park, Calderwick CW3 8TN

STATEMENT ON TANNERS QUAY LEISURE CENTRE
For immediate release: Monday 19 January 2026

Brenmoor Construction Ltd, the main contractor building Tanners Quay Leisure Centre for Calderwick Borough Council, has issued the following statement ahead of the council's Overview and Scrutiny Committee meeting on Thursday 22 January.

Gareth Pennock, managing director of Brenmoor Construction, said:

"We understand the frustration of residents who have waited longer than anyone wanted for their new pool. The ground at Tanners Quay threw up problems that no survey had predicted, and we have worked through them openly with the council at every stage."

"We do not accept that the delay is down to our workmanship. The pool tank has now passed its test, and the building will be handed over to the council in late February."

Key facts about the project:

- The contract was awarded to Brenmoor in July 2023 and work began on site in October 2023.
- Brenmoor has submitted 43 compensation events under the contract. These relate mainly to ground conditions and to design changes requested by the council after the contract was signed, including changes to the changing village layout and to the learner pool's movable floor specification.
- Around 4,800 tonnes of contaminated material have been removed from the former tannery site and taken to licensed facilities.
- At the peak of construction, in June 2025, 210 people were working on site.
- 62 per cent of the value of subcontracts has been spent with firms based within 30 miles of Calderwick.
- 14 apprentices have been employed on the project, nine of them from the borough.
- The project has recorded more than 640,000 working hours without a reportable accident.

On the pool tank, the company said the leak identified in March 2025 occurred at a joint "built exactly as designed". Brenmoor carried out the remedial work at its own expense while the joint design was reviewed, and the tank passed its retest in October 2025.

Mr Pennock added: "Our team has put everything into this building. When the doors open, Calderwick will have a leisure centre it can be proud of for the next 50 years."

Brenmoor said the total cost of the scheme would be "around £24 million" and that the contract value reflected changes instructed by the client and "exceptional" inflation in steel and mechanical and electrical equipment during 2023 and 2024.

Brenmoor Construction is a family-owned contractor founded in 1987 and employing 340 people across the north of England.

ENDS

Media enquiries: Sophie Tranter, communications manager, Brenmoor Construction Ltd, 01632 960 418
`;

const H903_SCRUTINY = `CALDERWICK BOROUGH COUNCIL
OVERVIEW AND SCRUTINY COMMITTEE (PLACE)
Thursday 22 January 2026, 6.30pm, Council Chamber, Calderwick Town Hall

Item 5: Tanners Quay Leisure Centre — evidence session
Transcript prepared from the webcast recording. Edited for readability.

PRESENT:
Councillor Janet Whitlow (Chair, Liberal Democrat, Northgate ward)
Councillor Peter Maddox (Vice-Chair, Conservative, Eastgate ward)
Councillor Amina Rahman (Labour, Tanners ward)
Councillor Colin Fairbairn (Independent, Highfield ward)
and six other committee members

WITNESSES:
Martin Okafor, Project Director, Leisure Capital Programme
Deborah Keyes, Assistant Director of Finance (Section 151 Officer)

ALSO PRESENT:
Councillor Raj Dhillon, Cabinet Member for Leisure, Culture and Communities

[6.42pm]

CHAIR (Cllr Whitlow): Thank you all. We move to item five, the Tanners Quay Leisure Centre. Cabinet approved the revised budget on the 13th. Our job tonight is to understand how we got here. Mr Okafor, would you like to start?

MARTIN OKAFOR: Thank you, Chair. I'm not going to sit here and pretend this has gone well. It hasn't. The budget Full Council approved three years ago was £18.4 million. The forecast is now £24.3 million. The opening date was July last year and it is now the end of March. Residents were promised a new pool and they have been let down on both time and cost, and I take responsibility for the programme.

CHAIR: What was the biggest single cause?

MARTIN OKAFOR: The single biggest cost driver was the ground. We budgeted £350,000 for remediation and we've spent £1.12 million. The 2022 survey found hydrocarbons, which we expected on a tannery site. It did not find the asbestos in the fill on the northern half of the site. We estimated 900 tonnes of contaminated material would need to go. In the end it was 4,800 tonnes.

CLLR MADDOX: With respect, Mr Okafor, that's the biggest percentage increase, not the biggest in cash. The construction contract has gone up by nearly £4 million. That's where the money has gone.

MARTIN OKAFOR: That's fair, Councillor. In cash terms, the contract is the largest variance, at £3.95 million. But much of that contract increase flows from the ground. Of the 31 compensation events we have agreed with Brenmoor, 19 relate to ground conditions.

CLLR MADDOX: And the other twelve?

MARTIN OKAFOR: Design development, and some changes the council asked for. I'd accept that. The changing village was redesigned in early 2024 after consultation with disability groups, and that was the right decision, but it cost £186,000.

CLLR RAHMAN: Brenmoor put out a statement on Monday saying they had submitted 43 compensation events. You've agreed 31. What happens to the rest?

MARTIN OKAFOR: Twelve remain in dispute. Brenmoor values them at £1.46 million. Our quantity surveyors put the council's exposure at nearer £400,000. We have raised the client contingency to £1.4 million so that, if we're wrong, we are not back in front of you asking for more money.

CLLR RAHMAN: Can you guarantee that?

MARTIN OKAFOR: I can't guarantee it. I can tell you it is our best estimate.

CLLR FAIRBAIRN: I want to ask about the pool tank. Brenmoor says the joint was built exactly as designed. Who designed it?

MARTIN OKAFOR: The joint was designed by our structural engineers, Farrow Kemp Partnership. The tank failed its first test on the 21st of March last year. Brenmoor broke out and relined that section at their own cost. The council has paid £520,000 for the redesign and associated costs. Whether we can recover any of that from the designer is a matter for our lawyers, and I won't say more in public session.

CLLR FAIRBAIRN: So the taxpayer picks up half a million pounds for a leaking joint.

MARTIN OKAFOR: For now, yes.

CHAIR: Ms Keyes, how is this being paid for?

DEBORAH KEYES: Thank you, Chair. The £5.9 million is funded from three sources. £4.2 million is additional prudential borrowing. £1.1 million comes from the sale of the Calder Street Baths site, and £0.6 million from the Capital Investment Reserve. The borrowing costs about £262,000 a year over 40 years.

CLLR MADDOX: And where does that £262,000 come from?

DEBORAH KEYES: From closing Calder Street Baths. That building needs a subsidy of £310,000 a year. Once it closes, that saving more than covers the borrowing.

CLLR MADDOX: So the saving we were going to get back to the general fund has been largely eaten up.

DEBORAH KEYES: It has been substantially reduced, yes. The net saving falls from £310,000 to about £48,000 a year.

CLLR RAHMAN: What about the Northern Pools Renewal Fund? Can we go back to them?

DEBORAH KEYES: We've asked. The fund paid its £2.5 million grant in full, and it has told us in writing that it will not increase it.

CHAIR: Mr Okafor, how confident are you about the 28th of March?

MARTIN OKAFOR: Practical completion is forecast for Friday the 27th of February. The trust needs four weeks after that to train staff and commission the pool plant. We rate the risk of missing the opening date as medium. If I'm honest, the pool plant commissioning is the thing that keeps me awake.

CLLR RAHMAN: My residents in Tanners ward have lived next to this building site for more than two years. When will the road works on Quay Road finish?

MARTIN OKAFOR: The highway works on Quay Road are scheduled to finish by Friday the 13th of March.

CLLR FAIRBAIRN: Calder Street has been leaking money for years. Is it actually going to stay open until the new place opens?

MARTIN OKAFOR: Yes. Calder Street stays open until the day before Tanners Quay opens. We will not leave the town without a pool.

CLLR DHILLON: If I may, Chair. I want to echo what Martin said. This has not been good enough, and the Cabinet has asked for a lessons-learned report on the whole scheme to come back in the summer.

CLLR MADDOX: A lessons-learned report written by the people who ran the project isn't independent, Raj.

CHAIR: I'd like to put a recommendation. That this committee asks Cabinet to commission an independent review of the Tanners Quay project, including the ground investigation and the pool tank design, and to report to this committee by September 2026. Is there a seconder?

CLLR MADDOX: Seconded.

CHAIR: All those in favour? Against? Abstentions? That's carried by seven votes to two, with one abstention. Thank you, Mr Okafor, Ms Keyes.

[7.51pm — item closed]
`;

/** h879's contract award report. */
const H879_REPORT = `# Kelbridge and Astley Borough Council

## Report to Cabinet

**Meeting:** Cabinet, Tuesday 14 January 2025, 7.00pm, Council Chamber, Kelbridge Civic Centre
**Report title:** Award of the School Meals Catering Contract 2025 to 2030
**Report author:** Helen Marchbank, Head of Commercial Services
**Lead member:** Councillor Rosalind Tate, Cabinet Member for Children and Education
**Wards affected:** All
**Key decision:** Yes

---

### 1. Purpose of the report

1.1 To seek Cabinet approval to award the contract for the provision of school meals in the borough's maintained primary and special schools to Brightplate Food Partners Ltd for a period of five years from Tuesday 22 April 2025, with an option to extend for up to two further years.

1.2 To approve an increase in the charge to parents for a paid school meal from £2.45 to £2.75, to take effect from the start of the new contract.

### 2. Background

2.1 The council's current school meals contract with Greystone Catering Services Ltd began in April 2018 and expires on Monday 21 April 2025. It cannot be extended further under its terms.

2.2 The contract covers 41 schools: 37 primary schools and 4 special schools. Across these schools the council serves on average 9,600 meals a day over a 190-day school year, or approximately 1,824,000 meals a year. Of these, around 38 per cent are free school meals, including universal infant free school meals and means-tested free school meals.

2.3 Under the current contract the council pays Greystone £2.52 per meal. Greystone has indicated that it could not continue to deliver the service at that price because of increases in food and labour costs.

2.4 The current school meal uptake rate across the contract is 71 per cent of pupils on roll.

### 3. Procurement process

3.1 A tender notice was published on Friday 4 October 2024. The tender closed at 12 noon on Friday 29 November 2024. Six organisations expressed an interest and four submitted compliant bids.

3.2 Bids were evaluated on a 60:40 price-to-quality basis. The price score was calculated by dividing the lowest compliant price per meal by the bidder's price per meal and multiplying by 60. Quality was scored out of 40 by an evaluation panel of five: two council officers, one head teacher nominated by the Kelbridge Primary Heads' Association, one school business manager and one independent nutritionist.

3.3 Quality was assessed on: menu and nutrition (12 marks), food sourcing and sustainability (8 marks), staffing and training (8 marks), mobilisation (6 marks) and social value (6 marks).

### 4. Evaluation results

Table 1: Summary of tender evaluation

| Bidder | Price per meal | Price score (out of 60) | Quality score (out of 40) | Total score (out of 100) | Rank |
|---|---|---|---|---|---|
| Brightplate Food Partners Ltd | £2.41 | 60.00 | 31.5 | 91.50 | 1 |
| Greystone Catering Services Ltd (incumbent) | £2.68 | 53.96 | 34.0 | 87.96 | 2 |
| Meadowfold Kitchens Ltd | £2.57 | 56.26 | 29.0 | 85.26 | 3 |
| Saltmarsh Contract Dining Ltd | £2.49 | 58.07 | 26.5 | 84.57 | 4 |

4.1 Brightplate Food Partners Ltd submitted the lowest price and achieved the highest overall score. Greystone Catering Services Ltd achieved the highest quality score but its price per meal was the highest of the four bids.

4.2 The panel noted that Brightplate's menu submission met the School Food Standards in full. The panel recorded a concern that Brightplate's proposed main course portion guidance for Key Stage 2 pupils was at the lower end of the range seen across the bids. Brightplate confirmed at clarification that its portions "meet and will continue to meet" the School Food Standards.

4.3 Brightplate proposes to prepare meals for 29 of the 41 schools at a new central production kitchen on the Fennick Lane Industrial Estate, Astley, and to deliver them hot. The remaining 12 schools have kitchens that will continue to cook on site.

### 5. Financial implications

5.1 At £2.41 per meal and 1,824,000 meals a year, the estimated annual cost of the contract is £4,395,840, or approximately £21.98 million over the initial five-year term.

5.2 Compared with the current price of £2.52 per meal, the new contract will reduce the cost to the council by 11p per meal, an estimated saving of £200,640 a year.

5.3 The charge to parents for a paid meal has not changed since September 2022. The proposed increase from £2.45 to £2.75 is an increase of 30p, or 12.2 per cent. This is expected to generate additional income of approximately £310,000 a year, based on current paid-meal numbers. The charge would remain below the £2.85 charged by neighbouring Wrexley County Council.

5.4 Families entitled to free school meals will not be affected by the change in charge.

### 6. Consultation

6.1 Head teachers were consulted through the Kelbridge Primary Heads' Association on Tuesday 7 January 2025. No formal consultation with parents was carried out on the change in charge.

### 7. Recommendations

7.1 That Cabinet awards the School Meals Catering Contract 2025 to 2030 to Brightplate Food Partners Ltd.

7.2 That Cabinet approves an increase in the paid school meal charge from £2.45 to £2.75 from Tuesday 22 April 2025.

7.3 That the Head of Commercial Services, in consultation with the Cabinet Member for Children and Education, be authorised to finalise the contract terms.

---

### Decision record (added after the meeting)

Cabinet considered the report on Tuesday 14 January 2025. Recommendations 7.1 to 7.3 were approved by 6 votes to 2, with 1 abstention. Councillor Rosalind Tate moved the recommendations. Councillor Neil Ashdown, Cabinet Member for Finance, and Councillor Farah Quddus, Cabinet Member for Communities, voted against, citing the increase in the parental charge. Councillor Owen Liddell abstained.
`;

/** h912's town council transcript. */
const H912_TRANSCRIPT = `KESTLEMOUTH TOWN COUNCIL
Extraordinary Meeting of the Full Council
Tuesday 22 April 2025, 7pm, Council Chamber, Kestlemouth Guildhall

Transcript prepared from the audio recording by the Town Clerk's office. Lightly edited for readability.

PRESENT
Cllr Brenda Tolley (Mayor, in the chair)
Cllr Ian Roscorla (Deputy Mayor)
Cllr Sunita Hale
Cllr Peter Vosper
Cllr Mary Chenoweth
Cllr David Lanyon
Cllr Rachel Treloar
Cllr Tom Bassett
Cllr Keith Annear
Cllr Joanne Pascoe

IN ATTENDANCE
Mrs Ann Keverne, Town Clerk
Mr Gareth Pomeroy, Lifeguard Service Manager, Coastwise Lifeguard Services Ltd
34 members of the public

ITEM 1: LIFEGUARD PROVISION AT SHINGLE COVE

MAYOR (Cllr Tolley): Good evening, everyone, and thank you for coming. I know many of you knew Liam's family or were on the beach that day. Before we start I'd ask for a minute's silence.

[Minute's silence observed]

MAYOR: Thank you. We have one item tonight. The district council has asked whether this council will contribute towards extra lifeguard cover at the Gull Point end of Shingle Cove this summer. Mr Pomeroy from Coastwise has kindly come to explain what that would involve. Mr Pomeroy.

MR POMEROY: Thank you, Madam Mayor. I'll keep it brief. As you'll have read, the district council has put the hours at Shingle Cove back to ten till six for this season. That's welcome. What I've proposed on top of that is a second lifeguard post, a temporary tower at Gull Point, staffed on weekends and bank holidays in July and August, ten in the morning until seven in the evening. That's where the rip sets up on a dropping tide, and that's where the trouble is.

CLLR ROSCORLA: How many rescues are we talking about at that end?

MR POMEROY: In 2023 we did 23 rescues on Shingle Cove and seven of those were at Gull Point. Last year we did 16 on the whole beach and nine of the sixteen were at the Gull Point end. So it's more than half now.

CLLR ROSCORLA: And what would it cost?

MR POMEROY: Twelve thousand four hundred pounds for the season. That covers staff, the tower hire, a rescue board and radios. There are 18 weekend days in July and August this year, plus the August bank holiday Monday.

CLLR HALE: Can you get the staff? We heard last year you were short.

MR POMEROY: Last year we had 14 lifeguards at peak. That's the lowest I've had in eleven years running this service. This year we've recruited 19, which is still three fewer than in 2023. The hourly rate has gone up from twelve pounds ten to thirteen pounds twenty, and that has made a real difference. For the Gull Point post I'd need four of the nineteen on those weekends, and I can do that.

CLLR TRELOAR: Can I ask about the hour that was cut? Why did that matter so much?

MR POMEROY: We were asked to take an hour off the end of the day, and that's the hour when families who've come down after work or after the shops shut are in the water. I said so at the time, in writing. The council's own counts showed nearly four in ten people were still on the beach at half past five.

CLLR TRELOAR: And the signs still said six o'clock.

MR POMEROY: All last summer, yes. That wasn't our sign, but I'm not going to pretend it didn't matter.

MAYOR: Mr Pomeroy, I have to ask the question people in this room are asking. If the lifeguards had been there, would Liam be alive?

MR POMEROY: I'm not going to sit here and say a lifeguard on that beach at quarter past five would definitely have saved Liam. Nobody can say that. But we would have had a chance. We'd have been ten metres away with a board instead of twelve minutes away with a boat.

CLLR VOSPER: Madam Mayor, may I?

MAYOR: Cllr Vosper.

CLLR VOSPER: I have every sympathy, but this is the district council's job, and every time we put our hand in our pocket they take their hand out of theirs. They cut fifty-two and a half thousand last year and they've put back thirty-eight. I think we should be writing to them, not paying them.

CLLR HALE: If the price of an extra lifeguard at Gull Point is twelve thousand pounds, I don't think anyone in this town would say that's too much. We can write to them as well.

CLLR ANNEAR: I agree with Peter. We're a town council. Our precept is for the parks, the toilets and the Christmas lights, not for the district's statutory jobs.

MAYOR: Mrs Keverne, can you tell members where this leaves our reserves?

TOWN CLERK (Mrs Keverne): Yes, Madam Mayor. General reserves stand at two hundred and eleven thousand pounds. A contribution of twelve thousand four hundred would leave one hundred and ninety-eight thousand six hundred, which is still above the minimum of six months' running costs that the council set in its reserves policy.

CLLR BASSETT: I'd like to declare that my daughter works as a lifeguard for Coastwise. I'll take no part in the vote.

MAYOR: Thank you, Cllr Bassett, that's noted. Before we vote, I'll just say this. This council cannot bring Liam back, but it can make sure nobody else's son goes into that water without someone watching.

PROPOSED by Cllr Hale, SECONDED by Cllr Roscorla:
(a) That the council contributes £12,400 from general reserves to Carrow Coast District Council to fund a second lifeguard post at Gull Point, Shingle Cove, on weekends and bank holidays in July and August 2025, from 10am to 7pm; and
(b) That the Town Clerk writes to the district council asking it to restore lifeguard cover at Wrenfold Sands in 2026.

VOTE:
For: 7 (Cllrs Tolley, Roscorla, Hale, Chenoweth, Lanyon, Treloar, Pascoe)
Against: 2 (Cllrs Vosper, Annear)
Abstained: 1 (Cllr Bassett)

MAYOR: The motion is carried. Thank you, Mr Pomeroy, and thank you all.

Meeting closed at 8.12pm.
`;

/** h881's press conference and the zoo's statement. */
const H881_PRESS = `TRANSCRIPT: PRESS CONFERENCE, ASHCOMBE VALLEY WILDLIFE PARK
Monday 14 October 2024, 11:00, Education Centre, Ferrybridge Lane, Little Ashcombe

Speakers:
Dr Helen Marwick, Director, Ashcombe Valley Wildlife Park
Tom Ellery, Head of Animal Care, Ashcombe Valley Wildlife Park
Lucy Brandt, Communications Manager (chair)

Reporters asking questions:
Jane Pruitt, Harrowdale Gazette
Mark Odell, Radio Wealdshire
Sunita Rao, Ashcombe and District Echo

[Transcript begins 11:02]

LUCY BRANDT: Good morning, everyone, and thank you for coming. Helen will make a short statement, then Tom will take you through the work we've done, and then we'll take questions. We have about 40 minutes.

DR HELEN MARWICK: Thank you, Lucy. A month ago today, Nessa got out of her enclosure and spent the best part of six hours in the countryside around Little Ashcombe. That should never have happened. The council's report is clear about why it happened and I'm not going to argue with any of it. We had three major findings and I'm embarrassed by every one of them. But I want people to know what has changed, because a lot has.

TOM ELLERY: Thanks, Helen. I'll go through it quickly. The fence overhang was repaired on the Sunday, the day after. The new energiser went in on Friday the 27th of September and when the council came back on the 8th of October it was reading 7.2 kilovolts. We now test it at opening and closing every day and it goes in a log. The daily perimeter checks are on a signed sheet, keeper signs, duty manager countersigns, and that's been running since the 25th of September.

On the trees: Oakline Arboriculture surveyed every tree within 10 metres of our Category 1 enclosures on Tuesday the 1st of October. They looked at 23 trees. Six have been felled, including the ash that came down on the lynx fence, and four more have been crown-reduced. We held a full escape drill on Thursday the 3rd of October, with Harrowdale Police observing. It took us 11 minutes from the alarm to having the dart team and the firearms holder in position.

On training, all four keepers who were out of date are booked on the dangerous animal course on the 18th and 19th of November. And a second member of staff, our deputy head keeper, Kerry Matthews, starts her firearms training in November as well.

LUCY BRANDT: Thanks, Tom. Questions. Jane.

JANE PRUITT (Harrowdale Gazette): The report says nobody had checked the lynx fence for five days. How does that happen at a zoo?

DR HELEN MARWICK: It happened because the check was done by habit rather than by system. Our regular lynx keeper was on annual leave, the section was covered by relief staff, and the check wasn't on their list. That's a management failure, and it's mine, not theirs.

JANE PRUITT: Did you consider resigning?

DR HELEN MARWICK: I offered the board my resignation on the Monday after the escape. The board didn't accept it. I think the right thing for me to do is fix this.

MARK ODELL (Radio Wealdshire): How much is all this costing, and who's paying?

DR HELEN MARWICK: On Friday we said £27,500. With the tree work finished and the training booked, it's now just over £31,000, and on top of that there's the council's bill of £3,840 for the inspection. It's all coming out of our reserves. We haven't asked the council or anyone else for a penny.

MARK ODELL: And has it hit visitor numbers?

DR HELEN MARWICK: Yes. In the four weeks since we reopened, visitor numbers are down 18 per cent on the same four weeks last year. Some of that is the weather. Some of it, honestly, is us.

SUNITA RAO (Ashcombe and District Echo): Some people on Facebook said a keeper left the gate open. Is that true?

TOM ELLERY: No. The inspectors looked at that specifically and found the gate was secure. Nessa went over the fence at the corner where the branch had flattened the overhang. I'd ask people to stop repeating that, because it isn't fair on the team.

SUNITA RAO: What about the farmer whose sheep was killed?

DR HELEN MARWICK: Derek Haines has been very gracious. We've paid him for the ewe and for the vet's call-out for the rest of his flock, and I went to see him myself on the Wednesday after.

SUNITA RAO: When will people be able to see Nessa again?

DR HELEN MARWICK: That depends on the council. The enclosure stays closed until they sign off the tree survey and the escape drill, and the follow-up inspection is on Wednesday the 6th of November. If that goes well, we'd hope to have her back on show before Christmas. She's absolutely fine, by the way. She was more interested in her breakfast than anything else when she came round.

JANE PRUITT: One more. The licensing committee vote was five to two. Were you worried you'd lose the licence?

DR HELEN MARWICK: Of course. Anyone who says they weren't worried in that position isn't being honest. The two councillors who voted to suspend had every right to, and I'd say to them: come and see what we've done.

LUCY BRANDT: We'll leave it there. Thank you all.

[Transcript ends 11:37]
`;

const H881_STATEMENT = `ASHCOMBE VALLEY WILDLIFE PARK
Ferrybridge Lane, Little Ashcombe

STATEMENT FOLLOWING PUBLICATION OF COUNCIL INSPECTION REPORT
For immediate release: Friday 11 October 2024, 15:00

Ashcombe Valley Wildlife Park welcomes the publication today of West Harrowdale District Council's special inspection report into the escape of our female Eurasian lynx, Nessa, on Saturday 14 September.

We accept all eight of the inspectors' findings in full, and we are grateful to Mr Graham Tolley and Dr Priya Venning for a thorough and fair inspection.

Director Dr Helen Marwick said: "We let our visitors, our neighbours and Nessa down that morning, and I apologise without reservation."

She added: "The fence failed because a branch came down in the storm, but a working hot wire and a proper morning check would have caught it, and neither was in place."

WHAT HAPPENED

Nessa left her enclosure shortly before 7.45am on Saturday 14 September after a storm-damaged branch bent part of the fence overhang, leaving a gap of about half a metre. She was safely recaptured in Coldharbour Copse by our vet and animal care team at 1.20pm, under six hours later. Nobody was hurt. Sadly, a ewe belonging to our neighbour Derek Haines of Highfield Farm was killed, and we have paid Mr Haines full compensation.

Nessa has been fully checked by our vet, is eating well and is currently living in off-show accommodation.

WHAT WE HAVE DONE

- Repaired the damaged fence overhang the day after the escape.
- Fitted a new, more powerful energiser to the electric fence on Friday 27 September. It now runs at over 7 kV and is tested and logged twice daily.
- Introduced a signed daily perimeter check for every Category 1 enclosure, countersigned by the duty manager.
- Commissioned an independent tree survey from Oakline Arboriculture.
- Updated our emergency contact list.

In total we have so far committed £27,500 to fencing, electrical and tree work, all funded from the park's reserves.

WHAT HAPPENS NEXT

The council's Licensing Sub-Committee has decided not to suspend our licence. The lynx enclosure will stay closed to visitors until the council is satisfied with the remaining work, and a follow-up inspection is due on 6 November. All other areas of the park remain open as normal, seven days a week during half-term.

Robert Fane, chairman of Ashcombe Valley Wildlife Park Ltd, said: "The board has given Helen and her team every resource they need to put this right, and we will publish our progress before the follow-up inspection."

The park welcomes around 150,000 visitors a year and has cared for animals at Little Ashcombe since 1987.

ENDS

Media enquiries: Lucy Brandt, Communications Manager, press@ashcombevalleywp.co.uk, 01632 960 418
`;

/** h875's project update and the MP's letter. */
const H875_UPDATE = `# Lynd Valley Flood Authority

## Brackenford Flood Alleviation Scheme: Project Update No. 7

**Published:** Tuesday 4 March 2025
**Prepared by:** Claire Pennington, Project Director, for the Board of the Lynd Valley Flood Authority
**Contractor:** Dunmore Civil Engineering Ltd (contract awarded November 2021)

### 1. Summary

At its meeting on Thursday 27 February 2025 the Board of the Lynd Valley Flood Authority approved a revised budget of £29.0 million for the Brackenford Flood Alleviation Scheme. The vote was 9 in favour, 3 against, with 1 abstention. The Board had originally approved a budget of £22.0 million in July 2021. The increase is £7.0 million, or 31.8 per cent.

Completion of the full scheme has moved from September 2025 to March 2027, a delay of 18 months.

When complete, the scheme will reduce flood risk to 1,140 homes and 265 businesses in Brackenford and the neighbouring village of Wendle Green. The defences are designed to a standard of protection of 1 in 100 years (a 1 per cent annual chance of flooding), with an allowance for climate change to the 2080s.

The revised budget of £29.0 million includes a contingency (risk allowance) of £2.1 million.

### 2. Phases, costs and dates

| Phase | Description | Original cost | Revised cost | Change | Original completion | Revised completion |
|---|---|---|---|---|---|---|
| 1 | Upstream flood storage area, Kelsey Meadows | £6.2m | £7.9m | +£1.7m (+27.4%) | March 2024 | September 2025 |
| 2 | Town centre flood walls, Quay Street to Mill Lane (1.4 km) | £9.8m | £14.1m | +£4.3m (+43.9%) | October 2024 | June 2026 |
| 3 | Pumping station, Tanner's Yard | £4.5m | £5.3m | +£0.8m (+17.8%) | March 2025 | December 2026 |
| 4 | Riverside path and habitat works | £1.5m | £1.7m | +£0.2m (+13.3%) | September 2025 | March 2027 |
| | **Total** | **£22.0m** | **£29.0m** | **+£7.0m (+31.8%)** | **September 2025** | **March 2027** |

Note on Phase 3: the pumping station at Tanner's Yard cannot begin until the adjoining section of the Phase 2 wall is complete. Its revised completion date reflects this sequencing and is not the result of any problem with the pumping station itself.

### 3. Reasons for the increase

The £7.0 million increase is made up as follows:

| Cause | Additional cost |
|---|---|
| Contaminated ground at Quay Street (former Harland tannery site) | £2.6m |
| Kelsey Meadows redesign following revised hydraulic modelling | £1.2m |
| Inflation and other minor variations | £1.2m |
| Steel sheet piling price rise | £1.1m |
| Weather-related delays | £0.9m |
| **Total** | **£7.0m** |

**Contaminated ground.** Excavation for the Phase 2 wall at Quay Street, on the site of the former Harland tannery, found contamination far more extensive than expected. A total of 11,400 tonnes of contaminated soil has had to be removed and taken to licensed disposal, compared with 2,500 tonnes assumed in the original estimate. This is the largest single cause of the increase.

**Kelsey Meadows.** Revised hydraulic modelling completed in 2023 showed that the storage area embankment needed to be raised by 0.6 metres to achieve the design standard.

**Steel sheet piling.** The price of steel sheet piling rose by 22 per cent between the tender in November 2021 and the placing of the order in August 2023.

**Weather.** A total of 41 working days were lost between November 2023 and February 2024. During this period the River Lynd rose above the safe working level on 17 occasions, and work in the river channel had to stop.

### 4. Funding

| Source | Original | Revised |
|---|---|---|
| Flood Defence Grant in Aid (government) | £15.5m | £20.3m* |
| Local levy (Northern Lynd Regional Flood and Coastal Committee) | £3.0m | £4.2m |
| Lyndshire County Council | £2.5m | £2.5m |
| Brackenford Town Council | £0.5m | £0.5m |
| Brackenford Business Improvement District | £0.5m | £0.5m |
| Lynd Valley Flood Authority reserves | £0.0m | £1.0m |
| **Total** | **£22.0m** | **£29.0m** |

\\* Subject to approval. An application for an additional £4.8 million of grant was submitted on Friday 14 February 2025. A decision is expected by the end of June 2025. The remaining £2.2 million of the increase will come from the local levy (£1.2 million) and the Authority's reserves (£1.0 million).

### 5. Progress to date

- Spend to the end of January 2025: £12.4 million.
- Phase 1 (Kelsey Meadows) is 85 per cent complete.
- Phase 2: 0.6 km of the 1.4 km town centre wall has been built (43 per cent).
- Temporary demountable barriers will remain at Quay Street until Phase 2 is complete.
- Mill Lane will be closed to traffic for 14 weeks from Monday 2 June 2025 to allow the final section of wall to be built.

### 6. Statement from the Chair

Councillor Robert Haskins, Chair of the Board of the Lynd Valley Flood Authority, said: "Nobody on this board takes a 32 per cent increase lightly, but walking away would leave Brackenford exposed. We have asked officers to report on costs to every board meeting until the scheme is finished."

### 7. Next steps

- Public drop-in session: Wednesday 19 March 2025, 6.30pm, St Aidan's Church Hall, Chapel Road, Brackenford.
- Grant decision expected: end of June 2025.
- Next project update: June 2025.

Contacts: Claire Pennington, Project Director; Martin Okafor, Chief Executive; Cllr Robert Haskins, Chair.
`;

const H875_LETTER = `Dame Helen Askew DBE MP
Member of Parliament for Brackenford and Wendle
House of Commons, London

Constituency office: 14 Market Row, Brackenford

Monday 10 March 2025

Mr Martin Okafor
Chief Executive
Lynd Valley Flood Authority
Riverside House, Brackenford

Dear Mr Okafor,

Brackenford Flood Alleviation Scheme: revised budget and programme

I am writing following the decision of the Authority's Board on Thursday 27 February to approve a revised budget for the Brackenford Flood Alleviation Scheme, and the publication of Project Update No. 7 on Tuesday 4 March.

I must tell you frankly that I learned of the Board's decision from the local press rather than from the Authority. Given the importance of this scheme to my constituents, I find that disappointing.

As you know, on the night of 16 to 17 November 2019, 312 homes and 58 businesses in Brackenford and Wendle Green were flooded. Many families were out of their homes for more than six months. Those residents were promised that permanent defences would be in place by 2025. They now learn that the scheme will cost around £7 million more than planned, an increase of almost a third, and that it will not be finished until March 2027, a year and a half later than promised.

My constituents have waited long enough, and they deserve straight answers rather than revised spreadsheets.

I would be grateful for your response to the following questions.

1. Contamination. The update states that contamination at the former Harland tannery site on Quay Street is the largest single cause of the increase. I understand that site investigations at Quay Street were carried out in 2022. Why was the Board not told of the scale of the contamination until October 2024?

2. Programme. What confidence can the Authority give that the March 2027 completion date will be met, and what contingency has been allowed for further delays?

3. Temporary protection. Will the temporary demountable barriers at Quay Street remain in place throughout the winter of 2025-26, and who will be responsible for deploying them?

4. Insurance. Many of my constituents have seen their home insurance premiums rise since 2019. What support, if any, can the Authority offer residents while they wait for the permanent defences?

5. Businesses. What will be done to support traders on Mill Lane during the planned road closure this summer?

6. Funding. If the government does not approve the additional grant, how will the Authority meet the shortfall?

I intend to raise the scheme with the Minister for Floods at the earliest opportunity. I would also welcome a meeting with you and Councillor Haskins before the public drop-in session, and my office has proposed Friday 14 March.

I look forward to your reply.

Yours sincerely,

Dame Helen Askew DBE MP
Member of Parliament for Brackenford and Wendle

cc: Cllr Robert Haskins, Chair, Lynd Valley Flood Authority
    Cllr Janet Mirfield, Leader, Lyndshire County Council
    Peter Lomas, Clerk, Brackenford Town Council
`;

/** h910's public meeting transcript and the friends' letter. */
const H910_MEETING = `ASHCOMBE BOROUGH COUNCIL
SURPLUS LAND DISPOSAL PROGRAMME - PUBLIC CONSULTATION MEETING: LINNET FIELDS

Transcript (edited for length; inaudible passages omitted)

Date: Tuesday 2 September 2025
Venue: Whitcote Community Centre, Baxter Street, Whitcote
Time: 7pm to 9.10pm
Attendance: approximately 140

Chair: Deborah Quayle, Head of Community Engagement, Ashcombe Borough Council
Panel: Councillor Helen Marchbank, Cabinet Member for Housing and Regeneration
       Simon Okafor, Director of Regeneration

---

DEBORAH QUAYLE: Good evening, everyone, and thank you for coming. I think we have about a hundred and forty people here tonight, so can I ask that we let people finish. The consultation closes on Friday, so if you haven't filled in a form, please do. Simon is going to run through the proposals and then we'll take questions.

SIMON OKAFOR: Thank you, Deborah. The council is proposing to sell four sites, and Linnet Fields is the biggest of them at 4.2 hectares. The plan is for 180 homes, of which 63 would be affordable. We would keep 1.1 hectares in the north-east corner as a park, and the play area would move there. We are not proposing to concrete over Linnet Fields. More than a quarter of the site stays as a park, and that part will be better looked after than the whole is now.

HELEN MARCHBANK: Can I just add something. Nobody goes into local government wanting to sell a park. But we have 3,418 households on the waiting list and a £14.2 million hole in our budget, and I have to answer to both.

DR ROSALIND FENWICK-HALE (Friends of Linnet Fields): I'm the chair of the Friends of Linnet Fields. This land was given to the people of Whitcote, not to the council, and it is not the council's to sell. Josiah Threlkeld did not give it to you so that you could balance your books a hundred years later. Can you tell us who valued it, and when?

SIMON OKAFOR: The valuation was done by Brightwell Pope, who are independent chartered surveyors. Their figure is £6.3 million and it is dated the end of June.

DR ROSALIND FENWICK-HALE: So before this consultation even started.

SIMON OKAFOR: The valuation is of the land. It doesn't depend on the consultation.

[Interruptions]

DEBORAH QUAYLE: Please, let's keep going. The lady at the front.

JOAN PILBEAM (resident): Joan Pilbeam. I'm 81 and I've lived on Sefton Road for 52 years. I have walked my dogs on that field every morning since 1973 and I will be walking there the morning they bring the bulldozers in.

[Applause]

OWEN THREADGOLD (Headteacher, Whitcote Primary School): I'm the head at Whitcote Primary. We have 210 children and not a blade of grass of our own. Linnet Fields is our playing field. Where do you expect them to do PE?

HELEN MARCHBANK: We will talk to the school directly about that, Mr Threadgold, I promise you.

CARLA DUNMORE (owner, The Linnet Café, Mill Lane): I run the café on Mill Lane. I'd say about 60 per cent of my weekday trade is people going to or coming from the park. I employ six people. Nobody has asked me what happens to them.

COUNCILLOR IMRAN SADIQ (Independent, Whitcote ward): My question is simple. Your own report has an Option B, selling the other three sites and leaving Linnet Fields alone. Why isn't that the recommendation? Option B raises three million pounds and loses nobody their park.

SIMON OKAFOR: Because Option B delivers 180 fewer homes and £6.3 million less than Option A. That money is the difference between balancing the budget and not.

MARTIN GELL (resident): The bottom of that field floods every winter. Have you looked at that?

SIMON OKAFOR: We have. The southern 0.7 hectares is in Flood Zone 2 in our flood risk assessment. No houses will be built on it; it will be landscaped as a drainage area.

RESIDENT (name not given): And the trees?

SIMON OKAFOR: The tree survey found 37 mature trees. Fourteen would have to come down. We would plant 52 new trees.

[Shouting]

DEBORAH QUAYLE: I'm going to have to bring things to a close. Councillor Marchbank.

HELEN MARCHBANK: I want to be clear. No decision has been made. Cabinet will take the decision on the fifteenth of October, and every single response will be read before then.

Meeting closed at 9.10pm.
`;

const H910_LETTER = `FRIENDS OF LINNET FIELDS
c/o 14 Sefton Road, Whitcote, Ashcombe AC4 7RB

Monday 22 September 2025

Councillor Helen Marchbank
Cabinet Member for Housing and Regeneration
Ashcombe Borough Council
Town Hall, Market Square
Ashcombe AC1 2TH

Dear Councillor Marchbank,

Re: Proposed sale of Linnet Fields, Mill Lane, Whitcote

We write on behalf of the Friends of Linnet Fields, the residents' group formed in July 2025 to oppose the sale of our park. The group now has 640 members.

On Thursday 18 September we handed in at the Town Hall a petition signed by 4,862 people - almost 5,000 residents - who do not want Linnet Fields sold. The signatures were collected in just under six weeks.

1. The gift

Linnet Fields was given to the town in 1921 by the mill owner Josiah Threlkeld, "for the free recreation of the people of Whitcote for ever". We have obtained a copy of the deed of gift and intend to take our own legal advice on it. Whatever the legal position, we believe the council holds this land in trust for the people of Whitcote and has no moral right to sell it.

2. Green space

The council's own Open Spaces Assessment 2022 found that Whitcote ward has just 0.8 hectares of accessible green space per 1,000 residents, against the council's own standard of 2.4 hectares per 1,000. Linnet Fields is the only public green space within 800 metres of some 6,500 residents. Building on 3.1 hectares of it would leave Whitcote even further below the standard.

3. How much the park is used

Officers say the park receives 2,400 visits a week. That count was taken during a wet fortnight in May. Our own counts, carried out by volunteers over two weekends in August, point to more than 3,100 visits a week.

Whitcote Primary School, with 210 pupils, has no playing field of its own and uses Linnet Fields for PE lessons every week.

4. Trees and play

The council's tree survey records 37 mature trees on the site, 14 of which would be felled. Among the trees that would remain is the Threlkeld Oak, estimated at about 220 years old, which would stand within a few metres of new houses. The children's play area was installed in 2019 with £96,000 raised by local families and a grant from the Northfold Community Trust. It is barely six years old and the council now proposes to dig it up and move it.

5. The valuation

The valuation of £6.3 million was produced on 30 June, a week before the consultation had even opened. We do not accept that a single valuation, commissioned by the council and produced before residents had been asked for their views, is a sound basis for selling public land.

6. The alternative

The report options already show that the other three sites could be sold without touching Linnet Fields. We do not oppose those sales.

Our requests

We ask the council to:

(a) remove Linnet Fields from the Surplus Land Disposal Programme;
(b) commission a second, independent valuation of the site before any decision is taken; and
(c) meet representatives of the Friends of Linnet Fields before the cabinet meeting on Wednesday 15 October.

We would be grateful for a reply by Friday 3 October 2025.

Yours sincerely,

Dr Rosalind Fenwick-Hale
Chair, Friends of Linnet Fields

Tom Ashdown
Secretary, Friends of Linnet Fields

cc: Councillor Gareth Pryce, Leader of the Council
    Councillor Imran Sadiq, Whitcote ward
    Simon Okafor, Director of Regeneration
`;

/** h916's cabinet report and h917's consultation report. */
const H916_REPORT = `# Hallbrook Borough Council

## Cabinet — Wednesday 20 November 2024

### Report of the Head of Housing Services

**Title:** Temporary accommodation: half-year costs 2024/25 and proposed block booking at the Kestrel Lodge Hotel, Ashcombe

**Report author:** Priya Nandakumar, Head of Housing Services

**Cabinet member:** Councillor Dermot Ashworth, Cabinet Member for Housing and Homelessness

**Date of report:** Tuesday 12 November 2024

**Wards affected:** All; Ashcombe Central ward specifically

**Key decision:** Yes

---

### 1. Purpose of the report

1.1 This report sets out the number of households placed in temporary accommodation by the council, the number of nights provided and the gross cost, for the period Monday 1 April 2024 to Monday 30 September 2024 (183 days).

1.2 It asks cabinet to approve a 12-month block booking of 48 rooms at the Kestrel Lodge Hotel, Mardle Road, Ashcombe, operated by Kestrel Lodge Hotels Ltd, a subsidiary of Brannock Leisure Group, starting on Monday 2 December 2024.

### 2. Recommendations

2.1 That cabinet notes the temporary accommodation figures for the first half of 2024/25 set out in Table 1.

2.2 That cabinet approves a block booking of 48 rooms at the Kestrel Lodge Hotel at a fixed rate of £62 per room per night, for a total contract value of £1,086,240 over 12 months.

2.3 That cabinet delegates authority to the Head of Housing Services, in consultation with the Cabinet Member for Housing and Homelessness and the Director of Finance, Mr Colin Weatherall, to finalise the contract terms.

### 3. Background

3.1 Demand for temporary accommodation in Hallbrook continues to rise. Between 1 April and 30 September 2024 the council placed 494 households in temporary accommodation, compared with 391 households in the same period of 2023, an increase of 26.3 per cent.

3.2 Of the 494 households, 288 (58.3 per cent) included dependent children.

3.3 The gross cost of temporary accommodation in the period was £2,629,990, compared with £1,912,400 in the same period of 2023, an increase of £717,590 or 37.5 per cent. The council recovered £1,041,300 through housing benefit subsidy, giving a net cost of £1,588,690.

3.4 The main driver of the increase has been the loss of private rented homes in the borough. The council received 214 approaches from households served with a section 21 ("no fault") eviction notice in the period, up from 163 in the same period of 2023.

### 4. Temporary accommodation by type

**Table 1: Temporary accommodation placements, 1 April to 30 September 2024**

| Accommodation type | Households | Nights provided | Gross cost | Average cost per night |
|---|---|---|---|---|
| Bed and breakfast (spot-purchased) | 146 | 9,820 | £824,880 | £84.00 |
| Hotel rooms (spot-purchased) | 58 | 3,110 | £295,450 | £95.00 |
| Nightly-paid self-contained units | 97 | 8,640 | £570,240 | £66.00 |
| Council-owned hostels (Tanner's Yard and Felcott House) | 71 | 10,950 | £284,700 | £26.00 |
| Private sector leased homes | 122 | 19,840 | £654,720 | £33.00 |
| **Total** | **494** | **52,360** | **£2,629,990** | **£50.23** |

4.1 Bed and breakfast and spot-purchased hotel rooms together accounted for 24.7 per cent of nights provided but 42.6 per cent of gross cost.

4.2 At the snapshot date of Thursday 31 October 2024, 23 families with children had been in bed and breakfast accommodation for longer than the six-week legal limit.

4.3 Spot-purchased hotel rooms have been used mainly in Carnford and in neighbouring Dunmere District, up to 19 miles from Hallbrook town centre. This has disrupted children's schooling and added to the council's costs for travel passes, which totalled £31,600 in the period.

### 5. Proposed block booking: the Kestrel Lodge Hotel

5.1 The Kestrel Lodge Hotel is a 62-room hotel on Mardle Road, Ashcombe, 1.4 miles from Hallbrook town centre. Kestrel Lodge Hotels Ltd has offered 48 rooms to the council on a block basis for 12 months at £62 per room per night.

5.2 The council would pay for all 48 rooms every night (17,520 room nights in total), whether or not each room is occupied.

5.3 Of the 48 rooms, 12 have kitchenettes. The operator has agreed to convert a ground-floor function room into a shared kitchen and laundry for residents by Friday 31 January 2025, at its own expense.

5.4 Compared with the average bed and breakfast rate of £84 per night, the block booking is estimated to save £385,440 over 12 months if all rooms are fully used. Compared with the average spot-purchased hotel rate of £95 per night, the saving would be £578,160.

5.5 The contract would contain a break clause allowing the council to end the arrangement after six months on 90 days' written notice.

5.6 The council would fund two on-site support workers at a combined cost of £58,000 a year, to be met from the Homelessness Prevention Grant.

### 6. Risks

6.1 If occupancy averaged less than 74 per cent, the block booking would cost more per occupied night than spot-purchased bed and breakfast.

6.2 Ashcombe Central ward councillors have raised concerns about the concentration of temporary accommodation in the ward, which already contains Felcott House hostel.

### 7. Financial implications

7.1 The 2024/25 net budget for temporary accommodation is £2.6 million. The forecast net outturn is £3.35 million, an overspend of £750,000.

7.2 The cost of the block booking from 2 December 2024 to 31 March 2025 (120 nights) would be £357,120, to be met from within the existing forecast.

### 8. Consultation

8.1 The report was considered by the Housing and Communities Scrutiny Panel on Monday 18 November 2024. The panel's recommendations will be reported verbally to cabinet.
`;

const H917_REPORT = `# Proposed Federation of Ashcombe St Mary's CE Primary School and Little Fordham Community Primary School

## Consultation Report

Prepared by the Joint Federation Working Group for the governing bodies of both schools

Published: Thursday 20 March 2025

---

### 1. Background

Ashcombe St Mary's Church of England Primary School (voluntary controlled) and Little Fordham Community Primary School are two small rural primary schools in the Harnley district of Westmarsh. The schools are 3.4 miles apart by road along the B4417.

Ashcombe St Mary's has been led by an acting headteacher, Mr Owen Prewett, since the retirement of its long-serving headteacher, Mrs Janet Colley, at the end of the summer term in July 2024. Governors advertised the substantive headship twice in the autumn of 2024 and received no appointable applications.

Little Fordham Community Primary School is led by its headteacher, Mrs Helen Garside, who has been in post since September 2017. Her deputy headteacher is Mrs Nadia Kerrigan.

In November 2024 the two governing bodies set up a Joint Federation Working Group, chaired by the Reverend Canon Philippa Tranter (chair of governors, Ashcombe St Mary's) and Mr Graham Heskey (chair of governors, Little Fordham), to examine whether a hard federation under a single governing board and a single executive headteacher would secure the future of both schools.

### 2. Pupil numbers

Table 1: Pupils on roll at the October census

| School | Oct 2021 | Oct 2022 | Oct 2023 | Oct 2024 | Capacity |
|---|---|---|---|---|---|
| Ashcombe St Mary's | 82 | 77 | 71 | 64 | 105 |
| Little Fordham | 96 | 94 | 93 | 91 | 140 |
| Combined | 178 | 171 | 164 | 155 | 245 |

Ashcombe's roll has fallen by 18 pupils (22 per cent) in three years. Little Fordham's roll has fallen by 5 pupils (5.2 per cent) over the same period. At the October 2024 census Ashcombe had 41 unfilled places (39 per cent of capacity) and Little Fordham had 49 unfilled places (35 per cent of capacity).

Westmarsh County Council's pupil place forecasts, published in January 2025, project that Ashcombe's roll will fall further to 58 by October 2026, while Little Fordham's is expected to remain broadly stable at around 90.

### 3. Finance

Table 2: Budgets, 2024-25 financial year

| | Ashcombe St Mary's | Little Fordham |
|---|---|---|
| Total revenue budget 2024-25 | £498,600 | £702,300 |
| Staffing costs as share of budget | 86.4% | 81.2% |
| Energy costs 2024-25 | £21,700 | £24,300 |
| Carry-forward at 31 March 2024 | £12,400 surplus | £36,100 surplus |
| Projected balance at 31 March 2026 | £41,200 deficit | £18,900 surplus |

Ashcombe's projected deficit is driven mainly by the fall in pupil numbers, since most of a school's funding follows its pupils, together with higher energy costs. The replacement of part of Ashcombe's roof in the summer of 2023, at a cost of £9,800, was paid for from a separate capital grant from the diocese and the county council and has had no effect on the revenue budget.

The working group estimates that federation would save about £58,000 a year once fully in place:

- £46,000 from having one executive headteacher rather than two headteachers;
- £12,000 from a shared school business manager and joint purchasing of services such as cleaning, payroll and grounds maintenance.

On these estimates, Ashcombe's deficit would be eliminated by the end of the 2026-27 financial year.

### 4. Staffing

Table 3: Staffing, spring term 2025

| Post | Ashcombe St Mary's | Little Fordham |
|---|---|---|
| Headteacher (FTE) | 1.0 (acting) | 1.0 |
| Teachers excluding headteacher (FTE) | 3.6 | 4.8 |
| Teaching assistants (headcount) | 6 | 8 |
| Administrative staff (FTE) | 1.0 | 1.4 |
| Classes | 3 mixed-age | 4 mixed-age |

The working group does not propose any reduction in teaching staff at either school. Support staff contracts will transfer unchanged to the federated governing board.

### 5. The consultation

A six-week public consultation ran from Monday 3 February 2025 to Friday 14 March 2025. Consultation documents were sent to every family at both schools and were available at Ashcombe post office and Fordham Memorial Hall.

Two drop-in sessions were held:

- Thursday 13 February 2025, 3.30pm to 6pm, at Ashcombe St Mary's school hall: 41 people attended;
- Tuesday 25 February 2025, 3.30pm to 6pm, at Little Fordham school hall: 29 people attended.

Table 4: Consultation responses

| Respondent group | Number |
|---|---|
| Parents and carers | 88 |
| Staff | 21 |
| Local residents | 27 |
| Others (including parish councils) | 7 |
| Total | 143 |

Table 5: Views expressed

| View | Number | Per cent |
|---|---|---|
| In favour | 97 | 67.8% |
| Against | 38 | 26.6% |
| Undecided | 8 | 5.6% |
| Total | 143 | 100% |

The main concerns raised were:

- loss of Ashcombe's separate identity (22 respondents);
- staff and pupils travelling between the two sites (14 respondents);
- protection of the Christian character of St Mary's (11 respondents).

Ashcombe Parish Council responded in favour. Little Fordham Parish Council did not express a view.

### 6. Recommendations

The working group recommends that:

1. Ashcombe St Mary's CE Primary School and Little Fordham Community Primary School federate under a single governing board with effect from Monday 1 September 2025, to be known as the Ashcombe and Fordham Federation;
2. Mrs Helen Garside be appointed executive headteacher of the federation;
3. Mr Owen Prewett be appointed head of school at Ashcombe St Mary's and Mrs Nadia Kerrigan be appointed head of school at Little Fordham;
4. the federated governing board have 12 members: four parent governors, two staff governors, one local authority governor, three co-opted governors and two foundation governors appointed by the Kelbury Diocesan Board of Education;
5. both schools keep their own names, uniforms and admission arrangements, and Ashcombe St Mary's keep its status as a Church of England school;
6. the federation be reviewed by the governing board after two years.

Both governing bodies will vote on these recommendations at a joint meeting on Tuesday 25 March 2025.
`;

describe('speakers and ranges', () => {
  test('"said in a statement last week:" after an apposition is her attribution, and the "She added" after it hers', async () => {
    assert.equal(findAttributions('Councillor Margaret Oakes, the council leader, said in a statement last week: "We will not."')[0]?.mention, 'Councillor Margaret Oakes');
    const report = await checkAgainst(
      { 'sources/council_statement.txt': STATEMENT, 'sources/drop_in_transcript.txt': DROP_IN },
      'Gareth Lowden, the council\'s highways asset manager, said design and procurement would take until around September. "I\'d rather tell you that now than give you a date and miss it," he said. Councillor Margaret Oakes, the cabinet member for highways and transport, said in a statement last week: "We will not cut corners on a road that sits on the edge of a cliff." She added that the council wanted "a repair that lasts for generations, not one that fails again in twenty years".\n',
    );
    const wrong = report.findings.filter((f) => f.code === 'misattributed-quote');
    assert.deepEqual(wrong.map((f) => f.message), []);
  });

  test('a numbered question from the floor is its asker\'s turn', async () => {
    const report = await checkAgainst({ 'sources/launch_meeting_transcript.txt': H890_LAUNCH }, 'Colin Ashworth, chair of Hollinsby Parish Council, who spoke against the scheme at the committee, asked at the launch meeting who would decide how the community fund was spent.\n');
    assert.deepEqual(report.findings.filter((f) => f.severity === 'error').map((f) => f.message), []);
    const other = await checkAgainst({ 'sources/launch_meeting_transcript.txt': H890_LAUNCH }, 'Marcus Threlfall asked at the launch meeting who would decide how the community fund was spent.\n');
    assert.ok(other.findings.some((f) => f.code === 'misattributed-quote'), JSON.stringify(other.findings.map((f) => f.message)));
  });

  test('"chair of the Friends" is the chair of the Friends of Hartwell Libraries; "coordinates volunteers at three of the branches" is no Millthorpe', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/friends_statement.txt': FRIENDS }));
    const chair = judge('Susan Elderfield, chair of the Friends of Hartwell Libraries, which coordinates volunteers at three of the branches, said volunteers had kept every library open.');
    assert.deepEqual(chair.conflicts, [], why(chair));
    const millthorpe = judge('The Friends of Hartwell Libraries coordinate volunteers at Millthorpe.');
    assert.ok(millthorpe.conflicts.some((c) => c.kind === 'negation'), why(millthorpe));
  });

  test('words "in a statement issued on Monday" are not the recording\'s Thursday', async () => {
    const report = await checkAgainst({ 'sources/brenmoor_statement.txt': H903_STATEMENT, 'sources/scrutiny_transcript.txt': H903_SCRUTINY }, 'In a statement issued on Monday 19 January, Brenmoor said the joint had been "built exactly as designed".\n');
    assert.ok(!report.claims.some((c) => c.verdict === 'contradicted'), JSON.stringify(report.claims.map((c) => c.conflicts)));
  });

  test('the year of a figure is the one right after it and "in": "from 1,187 in 2023/24 to 1,412"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/council_press_release.txt': PRESS }));
    const faithful = judge('The council said fly-tipping reports in the district rose by 19 per cent last year, from 1,187 in 2023/24 to 1,412 in 2024/25.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = judge('The council said fly-tipping reports in the district rose by 19 per cent last year, from 1,187 in 2024/25 to 1,412 in 2023/24.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
  });

  test('a column\'s header in a row names no one: "Brightplate scored 31.5" / "Saltmarsh … | Price per meal: £2.49"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/contract_award_report.md': H879_REPORT }));
    const ranked = judge('Brightplate scored 31.5 for quality, behind Greystone but ahead of Meadowfold Kitchens and Saltmarsh Contract Dining.');
    assert.ok(!ranked.conflicts.some((c) => /^Price/.test(c.source)), why(ranked));
  });

  test('"the largest faculty" is ranked by its staff, not by its share of posts at risk', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/financial_recovery_plan.md': PLAN }));
    const largest = judge('Health and Life Sciences, the largest faculty, would lose 58 posts, or just under one in ten.');
    assert.deepEqual(largest.conflicts, [], why(largest));
    const wrong = judge('Business and Law, the largest faculty, would lose 41 posts.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
    assert.ok(wrong.conflicts.some((c) => /Health and Life Sciences/.test(c.source)), why(wrong));
  });

  test('a later speaker\'s own reported words take no quotation before them; a letterhead\'s office is no one\'s', async () => {
    assert.deepEqual(officeHolders('Office of the Chief Executive\nHarbour House, Quay Street, Kestlemouth KM4 2QT'), []);
    const report = await checkAgainst({ 'sources/coroner_summary.md': CORONER }, 'Gareth Pomeroy, the lifeguard service manager, had warned the council in writing in January 2024 that an earlier finish would "leave the busiest part of the evening uncovered".\n');
    assert.deepEqual(report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message), []);
  });

  test('"hourly pay had risen" is no denial of "not paying them"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/town_council_transcript.txt': H912_TRANSCRIPT }));
    const pay = judge('He said hourly pay had risen from £12.10 to £13.20, an increase of about 9 per cent.');
    assert.ok(!pay.conflicts.some((c) => c.kind === 'negation'), why(pay));
  });

  test('"the three-to-six-mile band" is a range of miles, no count of three', async () => {
    assert.deepEqual(extractValues('Those in the three-to-six-mile band will pay £585.').filter((v) => v.kind !== 'money').map((v) => [v.value, v.unit]), [[3, 'mi'], [6, 'mi']]);
    assert.deepEqual(extractValues('The six-to-10-mile band pays £720.').filter((v) => v.kind !== 'money').map((v) => [v.value, v.unit]), [[6, 'mi'], [10, 'mi']]);
    const judge = judgeWith(await workspaceIndex({ 'sources/cabinet_report.md': CHARGES, 'sources/campaign_statement.txt': CAMPAIGN }));
    const band = judge('Those in the three-to-six-mile band will pay £585, which is £195 more than now.');
    assert.deepEqual(band.conflicts, [], why(band));
    const wrong = judge('Those in the three-to-six-mile band will pay £558, which is £195 more than now.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('"less than the minimum" against a sentence that sets both bounds', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/share_offer.md': H890_OFFER }));
    const less = judge('If the offer raises less than the minimum of £2.6 million, all money will be returned to investors in full.');
    assert.ok(!less.conflicts.some((c) => c.kind === 'direction'), why(less));
  });

  test('"the £27,500 announced on Friday" dates the figure, not the words of the press conference', async () => {
    const report = await checkAgainst({ 'sources/press_conference.txt': H881_PRESS, 'sources/zoo_statement.txt': H881_STATEMENT }, "Dr Marwick said the cost of the work had risen from the £27,500 announced on Friday to just over £31,000, all paid from the park's reserves.\n");
    assert.ok(!report.claims.some((c) => c.verdict === 'contradicted'), JSON.stringify(report.claims.map((c) => c.conflicts)));
  });

  test('"June 2026, 20 months later than planned" is the phase\'s row, October 2024 to June 2026', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/project_update.md': H875_UPDATE, 'sources/mp_letter.txt': H875_LETTER }));
    const phase = judge('That phase is now due to be finished in June 2026, 20 months later than planned.');
    assert.deepEqual(phase.conflicts, [], why(phase));
    const wrong = judge('That phase is now due to be finished in June 2026, 10 months later than planned.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('"the group\'s chair" is no rival of a meeting\'s "Chair:"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/public_meeting_transcript.txt': H910_MEETING, 'sources/friends_letter.txt': H910_LETTER }));
    const chair = judge("In a letter to Cllr Helen Marchbank, cabinet member for housing and regeneration, the group's chair, Dr Rosalind Fenwick-Hale, asked for the park to be removed from the programme and for a second independent valuation to be commissioned.");
    assert.ok(!chair.conflicts.some((c) => c.kind === 'name'), why(chair));
  });

  test('"its chair, Dr Helen Marsh, and secretary, Colin Pettifer" gives her no post of secretary', async () => {
    assert.deepEqual(officeHolders('its chair, Dr Helen Marsh, and secretary, Colin Pettifer, said a survey had found problems.').map((o) => [o.person, o.office]), [['Dr Helen Marsh', 'chair']]);
    const judge = judgeWith(await workspaceIndex({ 'sources/committee_transcript.txt': HEARING }));
    const letter = judge('In a letter to planners dated Monday 3 February, its chair, Dr Helen Marsh, and secretary, Colin Pettifer, said a survey of 612 households had found problems.');
    assert.ok(!letter.conflicts.some((c) => /secretary/i.test(c.claim)), why(letter));
  });

  test('the other level of the claim\'s difference, and the size of its own move, are no rivals', async () => {
    const approaches = judgeWith(await workspaceIndex({ 'sources/cabinet_report.md': H916_REPORT }));
    const rose = approaches('Approaches from households served with a section 21 "no fault" eviction notice rose to 214 in the period, 51 more than a year earlier.');
    assert.deepEqual(rose.conflicts, [], why(rose));
    const roll = judgeWith(await workspaceIndex({ 'sources/consultation_report.md': H917_REPORT }));
    const fallen = roll("Ashcombe's roll has fallen from 82 pupils in October 2021 to 64 in October 2024, a drop of more than a fifth.");
    assert.deepEqual(fallen.conflicts, [], why(fallen));
  });

  test('"the Council had asked for 9.99%" is a request, no speaker', async () => {
    assert.deepEqual(findAttributions('He said the Council had asked for 9.99% because that is what the numbers required.'), []);
    const report = await checkAgainst({ 'sources/council_minutes.md': MINUTES }, "Cllr Okafor, who seconded the motion, said the minister's decision to allow 8.99% rather than 9.99% had left a £1.4m gap to be filled through further savings.\n");
    assert.deepEqual(report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message), []);
  });

  test('"£146,000 more than the original plan" is no margin of £596,000 below £742,000; "expect demand to ease" is denied by "do not expect demand to fall"', async () => {
    const trust = judgeWith(await workspaceIndex({ 'sources/trust_press_release.txt': TRUST }));
    const more = trust('The revised charges are expected to raise £596,000 in 2025/26, £146,000 more than the original plan.');
    assert.notEqual(more.verdict, 'supported', why(more));
    const forecast = judgeWith(await workspaceIndex({ 'sources/scrutiny_committee_report.md': FORECAST }));
    const ease = forecast('Officers expect demand to ease during 2024/25, although the report forecasts spending of £13.9 million this year if current trends continue.');
    assert.ok(ease.conflicts.some((c) => c.kind === 'negation'), why(ease));
  });
});
