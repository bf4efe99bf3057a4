/**
 * The forty-sixth round, first part: faithful sentences of h536–h547 (written against b995bb7 and a8e463a) flagged
 * as errors, of figures and ranges. A figure no passage gives by chance that the plain search leaves out is searched
 * with its words ("raised £9,415 …" where the council's passages fill the twenty); "rose by £40,000 to £2.73 million"
 * is no £40bn, and "by only £40,000" a difference; "ICB" stands for "the Marlcombe and Thorne Integrated Care Board",
 * whose "Marlcombe" is no other body; a range in words takes its unit ("three to four weeks", "two- or three-day"),
 * and is no time of day; a meeting's "RESIDENT (Derek Ashworth, Brackwater Sea Anglers):" is Derek Ashworth's turn;
 * "far more than we could sell, and the rest …" says some did not sell. The fixtures are the helpers' sources,
 * whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';

/** h540: sources/01_cabinet_report.md, whole. */
const CABINET_REPORT = `# Westmarsh District Council

## Cabinet — Wednesday 12 February 2025

### Agenda item 9: Community-managed libraries — grant review 2025/26

**Report of:** Gareth Lowther, Director of Communities
**Cabinet member:** Councillor Helen Marchant, Cabinet Member for Communities and Leisure
**Wards affected:** Ashcombe North, Ashcombe South, Brindley Cross, Felsham and Kettleby
**Key decision:** Yes
**Report published:** Tuesday 4 February 2025

#### 1. Purpose of the report

1.1 This report asks Cabinet to agree the level of revenue grant paid by Westmarsh District Council to the four community-managed libraries in the district for the financial year 2025/26, which begins on Tuesday 1 April 2025.

1.2 The four libraries are run entirely by volunteers. They are not part of the statutory library service provided by the county council under the Public Libraries and Museums Act 1964, and the district council's grants to them are discretionary.

#### 2. Background

2.1 Ashcombe Community Library, on Mill Lane, Ashcombe, was transferred to volunteer management on Monday 2 October 2017, when the council closed its staffed branch. It is run by the Friends of Ashcombe Library, a registered charity, under a 25-year lease of the council-owned building at a peppercorn rent.

2.2 The council faces a budget gap of £2.3 million in 2025/26. All discretionary grants have been reviewed as part of the Medium Term Financial Strategy agreed by Council in November 2024.

2.3 Grants paid in 2024/25 were as follows:

| Library | Grant 2024/25 | Visits 2023/24 | Weekly opening hours |
|---|---|---|---|
| Ashcombe | £14,800 | 21,460 | 24 |
| Brindley Cross | £11,200 | 13,050 | 22 |
| Felsham | £9,600 | 10,120 | 18 |
| Kettleby | £8,400 | 6,930 | 15 |
| **Total** | **£44,000** | **51,560** | **79** |

2.4 Ashcombe is the busiest of the four. Visits rose by 8 per cent, from 19,870 in 2022/23 to 21,460 in 2023/24, and the library issued 34,900 loans in 2023/24. It records 17.2 visits per opening hour, against an average of 12.6 across the four libraries. Its 62 volunteers give about 190 hours a week.

#### 3. Consultation

3.1 A public consultation ran from Monday 4 November 2024 to Sunday 15 December 2024. It received 1,134 responses, of which 412 came from residents of Ashcombe.

3.2 Of all respondents, 87 per cent opposed any reduction in grant, 9 per cent supported a reduction and 4 per cent expressed no view. The most common concern, raised in 611 responses, was the loss of children's activities such as the weekly Rhyme Time sessions.

#### 4. Options considered

4.1 **Option A (recommended):** reduce each grant by 40 per cent from 1 April 2025, giving a total of £26,400 and a saving of £17,600 a year.

4.2 **Option B:** taper the reduction over two years (20 per cent in 2025/26 and a further 20 per cent in 2026/27). This would save £8,800 in 2025/26. It is not recommended because it does not meet the savings target in the first year.

4.3 **Option C:** withdraw the grants entirely. This would save £44,000 but officers consider that at least two of the libraries would be likely to close within a year. It is not recommended.

4.4 Under Option A the grants for 2025/26 would be:

| Library | Grant 2024/25 | Proposed 2025/26 | Reduction |
|---|---|---|---|
| Ashcombe | £14,800 | £8,880 | £5,920 |
| Brindley Cross | £11,200 | £6,720 | £4,480 |
| Felsham | £9,600 | £5,760 | £3,840 |
| Kettleby | £8,400 | £5,040 | £3,360 |
| **Total** | **£44,000** | **£26,400** | **£17,600** |

#### 5. Financial implications

5.1 Comments of Priya Sandhu, Chief Finance Officer: "Option A delivers the full saving assumed in the Medium Term Financial Strategy. The council does not have reserves available to fund Option B without finding an equivalent saving elsewhere."

5.2 Under the lease, repairs to the Ashcombe building, including the roof, are the responsibility of the tenant. A survey in September 2024 identified roof repairs estimated at £7,500. No council budget has been identified for them.

#### 6. Risks

6.1 There is a risk that one or more libraries cannot meet their running costs from other income. Officers will offer each library a meeting to discuss fundraising and will report back to Cabinet in autumn 2025.

#### 7. Recommendation

7.1 That Cabinet agrees Option A, reducing grants to community-managed libraries by 40 per cent from 1 April 2025, as set out in paragraph 4.4.

Contact officer: Gareth Lowther, Director of Communities, Westmarsh District Council, Civic Offices, Station Road, Harwell Green.
`;

/** h540: sources/02_council_press_release.md, whole. */
const LIBRARY_RELEASE = `# Westmarsh District Council — Press release

**For immediate release: Thursday 13 February 2025**

## Cabinet agrees new funding for community libraries, with help to raise more

Westmarsh District Council's Cabinet last night (Wednesday 12 February) agreed to reduce its grants to the district's four volunteer-run libraries by 40 per cent from 1 April 2025, while setting up a new £10,000 fund to help them raise money of their own.

The grants, which total £44,000 this year, will fall to £26,400 in 2025/26. Ashcombe Community Library will receive £8,880, down from £14,800.

Following representations from the public and from ward councillors, Cabinet added a one-off Community Libraries Transition Fund of £10,000, to be paid from the council's Invest to Save reserve. Under the fund, the council will match, pound for pound, money raised by each library from new fundraising, up to a maximum of £2,500 per library. Money must be raised by Monday 30 June 2025 to qualify.

Councillor Helen Marchant, Cabinet Member for Communities and Leisure, said: "Nobody came into local government to cut library grants. But we have a £2.3 million gap to close and we have to be honest with residents about that. The transition fund means every pound a community raises this spring is worth two."

She added: "These libraries are some of the best things about Westmarsh. We want them open in five years' time, not just next year."

Cabinet voted by six votes to two in favour. Councillor David Okafor, who represents Ashcombe North and is not a member of Cabinet, spoke against the proposal at the meeting.

**Notes to editors**

1. Cabinet considered the report "Community-managed libraries — grant review 2025/26" by Gareth Lowther, Director of Communities.
2. The public consultation received 1,134 responses.
3. The Transition Fund is a one-off payment and will not be repeated in 2026/27.

Media enquiries: Westmarsh District Council communications team, press@westmarsh.gov.example
`;

/** h540: sources/03_public_meeting_transcript.md, whole. */
const LIBRARY_MEETING = `# Public meeting: "Save Ashcombe Library"

**Ashcombe Town Hall, Market Square — Thursday 6 March 2025, 7.00pm**
**Called by:** Friends of Ashcombe Library
**Attendance:** about 140 people (estimate by the organisers)
**Transcript prepared by:** Friends of Ashcombe Library from the audio recording; lightly edited for readability.

**Speakers:**
- Margaret Ellery, Chair, Friends of Ashcombe Library (chairing)
- Tom Fairbrother, Treasurer, Friends of Ashcombe Library
- Councillor Helen Marchant, Cabinet Member for Communities and Leisure, Westmarsh District Council
- Councillor David Okafor, ward councillor for Ashcombe North
- Members of the public: Sandra Kiely, Ray Whitcombe, Joan Pettifer

---

**MARGARET ELLERY:** Good evening, everybody, and thank you for coming out on a wet Thursday. I can see we've had to bring out the extra chairs. As you all know, the district council's Cabinet decided last month to cut our grant by 40 per cent from April. Tonight is about what that means and what we do about it. I'll ask Tom to take us through the money first.

**TOM FAIRBROTHER:** Thank you, Margaret. I'll keep it short, because numbers after seven o'clock are nobody's idea of fun. It costs us just under twenty-one thousand pounds a year to keep the doors open. The biggest single bill is energy and water, which came to about seven thousand pounds. This year the council grant was £14,800. From April it will be £8,880. So that's a hole of £5,920 a year, and that's before the roof.

**MARGARET ELLERY:** Tell them about the roof, Tom.

**TOM FAIRBROTHER:** The surveyor's estimate for the roof is £7,500. The lease says it's our problem, not the council's. We have reserves of about five and a half thousand pounds. You don't need to be an accountant to see that doesn't stretch.

**MARGARET ELLERY:** Councillor Marchant has kindly agreed to come and face the music. Helen.

**CLLR HELEN MARCHANT:** Thank you, Margaret. I know I'm not the most popular person in this room tonight. I'm not going to pretend the cut is anything other than a cut. But I do want to say that the door is not closed. Cabinet agreed a transition fund, and if Ashcombe raises money between now and the end of June, the council will match it pound for pound, up to £2,500.

**RAY WHITCOMBE:** Ray Whitcombe, I taught at Ashcombe Primary for thirty-one years. With respect, Councillor, two and a half thousand pounds doesn't fix a roof. Why should volunteers have to rattle tins to keep open a building the council used to run itself?

**CLLR HELEN MARCHANT:** It's a fair question, and I don't have a comfortable answer. The honest answer is that the money we had in 2017 isn't there in 2025.

**CLLR DAVID OKAFOR:** If I can come in, Chair. I voted against this and I spoke against it at Cabinet. This is the busiest of the four community libraries by a distance — seventeen visits an hour when it's open. Cutting every library by the same percentage punishes success. I'll keep pushing for the cut to be reviewed in the autumn.

**SANDRA KIELY:** Sandra Kiely. I've got two under-fives. Rhyme Time on a Tuesday morning is the only thing in this town for them that's free. If that goes, where do we go? Harwell Green is forty minutes on the bus.

**MARGARET ELLERY:** Rhyme Time isn't going anywhere while I'm chair, Sandra, I promise you that. Which brings me to the plan. We are going to hold the biggest book sale Ashcombe has ever seen. Saturday 29 and Sunday 30 March, here in the Town Hall, which the Town Council has kindly given us free of charge. We've got about nine thousand books in storage already and we want more. Our target is eight thousand pounds.

**JOAN PETTIFER:** Joan Pettifer. Eight thousand pounds from second-hand books? At a pound a go?

**MARGARET ELLERY:** Hardbacks will be two pounds, paperbacks a pound, children's books fifty pence, and we'll have a fill-a-bag for five pounds on the Sunday afternoon. We're also running a silent auction of signed copies — several local authors have offered books already.

**TOM FAIRBROTHER:** And if we hit eight thousand, with the council's match that's ten and a half thousand. That covers the roof and most of the first year's gap.

**CLLR HELEN MARCHANT:** I'm happy to confirm book sale proceeds count as new fundraising for the match.

**MARGARET ELLERY:** Then you heard it here first. We need volunteers for sorting, for the tills and for carrying boxes. The sign-up sheets are at the back. The last thing I'll say is this: "This library was handed to us in 2017 with a set of keys and a lot of good wishes. We are not handing the keys back."

*[Applause]*

**MARGARET ELLERY:** Thank you all. The meeting closed at 8.25pm.

---

*Actions agreed:* (1) Big Book Sale, Saturday 29 and Sunday 30 March 2025, Ashcombe Town Hall; (2) book donations to the library during opening hours until Saturday 22 March; (3) Friends to write to Cabinet asking for the autumn review promised in the report to consider Ashcombe's visitor numbers.
`;

/** h540: sources/04_friends_newsletter_spring2025.md, whole. */
const FRIENDS_NEWSLETTER = `# Friends of Ashcombe Library — Newsletter

**Issue 31 · Spring 2025 · Registered charity no. 1175532 (invented)**
**Ashcombe Community Library, Mill Lane, Ashcombe**

---

## From the Chair

What a month. When we stood up in the Town Hall on Thursday 6 March and said we would raise eight thousand pounds from second-hand books in a single weekend, I am not sure everyone believed us. I am not sure I did.

On Saturday 29 and Sunday 30 March more than 1,900 people came through the Town Hall doors. Together you bought 6,200 books and raised **£9,415** — £1,415 more than our target.

"I have been a Friend of this library for twenty years and I have never seen anything like that Saturday morning queue," I told the *Westmarsh Gazette* on the Sunday. "It went all the way round Market Square."

Thank you to the 85 volunteers who sorted, priced, carried and sold, and to everyone who donated — we received about 14,000 books in all, far more than we could sell, and the rest have gone to the Harwell Green Hospice shops.

— *Margaret Ellery, Chair*

---

## Big Book Sale: the figures

| Item | Amount |
|---|---|
| Book sales, Saturday 29 March | £5,310 |
| Book sales, Sunday 30 March (including fill-a-bag) | £3,465 |
| Silent auction of signed copies | £640 |
| **Total raised** | **£9,415** |

The top lot in the silent auction was a signed first edition of *The Salt Road* by the Felsham novelist Claire Anstey, which sold for £145.

**Council match funding.** Westmarsh District Council confirmed that the sale qualifies for its Community Libraries Transition Fund, and the maximum match of **£2,500** was received on Tuesday 15 April. That brings the total raised by the sale to **£11,915**. Because it arrived after the year end, the match will appear in next year's accounts.

---

## Treasurer's report

Our accounts for the year ended 31 March 2025 are below, with last year's figures for comparison. They are unaudited and will be presented to the annual general meeting.

**Income**

| | 2024/25 | 2023/24 |
|---|---|---|
| Westmarsh District Council grant | £14,800 | £14,800 |
| Donations and membership | £3,120 | £2,870 |
| Book sales (library shelf) | £1,460 | £1,390 |
| Big Book Sale | £9,415 | — |
| Room hire | £2,240 | £2,610 |
| Gift Aid | £410 | £365 |
| **Total income** | **£31,445** | **£22,035** |

**Expenditure**

| | 2024/25 | 2023/24 |
|---|---|---|
| Energy and water | £6,980 | £7,420 |
| Insurance | £1,350 | £1,210 |
| Business rates (after relief) | £640 | £620 |
| Book stock and periodicals | £4,100 | £4,650 |
| IT and broadband | £1,870 | £1,790 |
| Cleaning and maintenance | £3,960 | £3,240 |
| Events and children's activities | £1,180 | £1,060 |
| Administration and sundries | £720 | £690 |
| **Total expenditure** | **£20,800** | **£20,680** |

**Surplus for the year:** £10,645 (2023/24: £1,355)
**Reserves at 31 March:** £16,210 (2024: £5,565)

Tom Fairbrother, Treasurer, writes: "Without the Big Book Sale this would have been a year of small margins. Our running costs barely moved, but room hire fell by £370 after the Ashcombe Slimming Club moved to the new community centre. The sale has bought us time, not a solution. From April our grant drops to £8,880, and the roof comes first."

---

## What happens next

- **Roof repairs** have been booked with Pennock & Daughters of Kettleby. Work will start on Monday 16 June and is expected to take two weeks. The library will stay open, but the children's corner will be closed while the scaffolding is up.
- **Rhyme Time** continues every Tuesday at 10.30am.
- **Annual general meeting:** Thursday 22 May 2025, 7pm, in the library.
- **Autumn review:** we have written to Councillor Helen Marchant asking that the council's review in the autumn take account of our visitor numbers. Councillor David Okafor has said he will raise it at full Council.

---

*Become a Friend: £12 a year, or £5 for under-18s. Forms at the issue desk.*
`;

/** h545: sources/annual_report_2024-25_extract.md, whole. */
const HOSPICE_REPORT = `# St Ebba's Hospice, Marlcombe — Annual Report and Accounts 2024/25 (extract)

Registered charity no. 1048872. Year ended 31 March 2025. Approved by the board of trustees on Thursday 26 June 2025.

## Chair's statement

This has been the most difficult financial year in the hospice's 38-year history. Our nurses, doctors and 640 volunteers cared for more people in their own homes than ever before, but our income fell for the second year running while the cost of providing care rose sharply.

Total income fell from £10.51 million in 2023/24 to £10.02 million in 2024/25, a drop of 4.7 per cent. Total expenditure rose from £10.73 million to £11.51 million. The result is an operating deficit of £1.49 million, compared with a deficit of £0.22 million the year before.

"We cannot keep spending money we do not have," I told our supporters at the annual general meeting. "Every month that we run at a loss, we are using up the reserves that exist to protect the hospice in an emergency."

The biggest single pressure was the 5.5 per cent pay award for NHS staff, which the trustees chose to match for our own clinical team so that we do not lose nurses to the local hospital trust. This added £380,000 to our costs and came with no additional NHS funding.

Margaret Ilsley, Chair of Trustees

## Chief executive's review

Legacy income, which is by nature unpredictable, fell by £380,000 to £2.06 million. Income from events fell for the third year in a row, to £610,000, as fewer people signed up for our Marlcombe Midnight Walk and the Thorne Bridge fun run. Our 18 charity shops had a strong year, with gross sales up 6.3 per cent to £2.18 million, though rising rents and energy bills mean the net contribution from retail was £570,000.

Statutory funding from the Marlcombe and Thorne Integrated Care Board rose by only £40,000, to £2.73 million. That covers just under a quarter (23.7 per cent) of what it costs us to run the hospice. The remaining three-quarters must be raised by our community every year.

Looking ahead, the increase in employer National Insurance contributions from April 2025 will cost the hospice an estimated £290,000 a year.

Dr Owen Carrick, Chief Executive

## Services in numbers

| Service | 2024/25 | 2023/24 |
|---|---|---|
| Inpatient unit beds (Rowan Ward 12, Hazel Ward 8) | 20 | 20 |
| Inpatient admissions | 412 | 437 |
| Average bed occupancy | 84% | 88% |
| Average length of stay (days) | 13.1 | 12.6 |
| Patients supported by Hospice at Home | 1,126 | 1,014 |
| Day therapy attendances | 2,870 | 2,945 |
| Bereavement support sessions | 3,310 | 3,180 |
| Staff employed (headcount) | 214 | 209 |
| Volunteers | 640 | 675 |

## Statement of financial activities (summary), £000

| Income | 2024/25 | 2023/24 |
|---|---|---|
| ICB statutory funding | 2,730 | 2,690 |
| Legacies | 2,060 | 2,440 |
| Donations and community fundraising | 1,490 | 1,620 |
| Events | 610 | 780 |
| Retail (gross sales) | 2,180 | 2,050 |
| Lottery | 640 | 660 |
| Investment and other income | 310 | 270 |
| **Total income** | **10,020** | **10,510** |

| Expenditure | 2024/25 | 2023/24 |
|---|---|---|
| Inpatient unit | 5,140 | 4,720 |
| Hospice at Home and community nursing | 2,310 | 2,190 |
| Day therapy and family support | 690 | 670 |
| Retail costs | 1,610 | 1,480 |
| Cost of raising funds | 940 | 910 |
| Support costs and governance | 820 | 760 |
| **Total expenditure** | **11,510** | **10,730** |

| | 2024/25 | 2023/24 |
|---|---|---|
| **Net (deficit)** | **(1,490)** | **(220)** |

## Reserves

The trustees' reserves policy is to hold free reserves equal to six months of operating expenditure, currently about £5.75 million. At 31 March 2025 free reserves stood at £3.37 million, down from £4.86 million a year earlier, equivalent to about three and a half months of running costs. The trustees consider this position unsustainable and have commissioned a review of services, to report to the board in July 2025.

## Going concern

The trustees have reviewed forecasts for the period to March 2027. Without changes to services or a significant increase in income, the hospice is forecast to record a further deficit of about £1.7 million in 2025/26. The trustees are satisfied that the hospice remains a going concern, but note that this depends on the outcome of the service review.
`;

/** h545: sources/board_announcement_2025-07-14.md, whole. */
const HOSPICE_ANNOUNCEMENT = `# St Ebba's Hospice — Announcement from the Board of Trustees

**For immediate release — Monday 14 July 2025**

## Hospice board agrees temporary closure of Hazel Ward

The board of trustees of St Ebba's Hospice, Marlcombe, met on the evening of Monday 14 July 2025 and agreed, with great reluctance, to close Hazel Ward, one of the hospice's two inpatient wards, from Monday 1 September 2025.

The closure will reduce the number of inpatient beds at the hospice's Orchard Lane site from 20 to 12. Rowan Ward, with 12 beds, will remain open seven days a week. The hospice's Hospice at Home service, day therapy and bereavement support will not be affected.

The decision follows a review of services commissioned after the hospice recorded a deficit of £1.49 million in the year to 31 March 2025. Without action, the hospice expects a shortfall of £1.7 million in the current financial year.

Closing Hazel Ward is expected to save about £1.05 million a year, mainly in nursing and healthcare assistant costs.

### What this means for staff

- 23 posts (18.4 full-time equivalent) are at risk of redundancy.
- A 45-day consultation with staff and the Royal College of Nursing opens on Tuesday 15 July 2025 and closes on Thursday 28 August 2025.
- The hospice will seek to redeploy as many staff as possible into the Hospice at Home team, which has 6 vacancies.
- No patient currently on Hazel Ward will be asked to move before the end of their stay.

### Statements

Margaret Ilsley, Chair of Trustees, said: "This is the hardest decision this board has ever had to make. We have looked at every alternative, and we are not prepared to put the whole hospice at risk to keep eight beds open."

Dr Owen Carrick, Chief Executive, said: "Our staff on Hazel Ward are extraordinary, and I know this news will be devastating for them. We will do everything we can to keep their skills within St Ebba's."

Sue Brannock, Director of Care, said: "We expect to admit around 150 fewer patients a year to the inpatient unit. More people will be cared for at home, and we will be working closely with district nurses and GPs to make sure no one is left without support."

Priya Lanyon, Director of Finance, said: "Even with the ward closed, we will still be running at a loss this year. The closure buys us time; it does not solve the problem."

### Keep Hazel Open appeal

The hospice is launching an emergency appeal, Keep Hazel Open, with a target of £750,000 by Tuesday 30 September 2025. The trustees have said that if the appeal reaches its target, and the Marlcombe and Thorne Integrated Care Board agrees to increase its grant, they will consider reopening the ward in the spring of 2026.

### Response from the Integrated Care Board

Graham Feltwell, Director of Commissioning at Marlcombe and Thorne Integrated Care Board, said: "We value the work of St Ebba's enormously. Our own budgets are under severe pressure this year, but we have agreed to meet the hospice in August to discuss its funding. We cannot promise additional money at this stage."

### Notes to editors

- St Ebba's Hospice was founded in 1987 and serves a population of about 310,000 people across Marlcombe, Thorne and the surrounding villages.
- The hospice employs 214 staff and is supported by 640 volunteers.
- Hazel Ward opened in 2009 after a £2.4 million public appeal.
- Media enquiries: Tom Aske, Communications Manager.
`;

/** h545: sources/thornvale_fm_phone-in_2025-07-17.md, whole. */
const HOSPICE_PHONE_IN = `# Thornvale FM — The Morning Line with Debbie Hollins

**Transcript, Thursday 17 July 2025, 9.05am–9.40am (edited for length)**

Guests in studio: Dr Owen Carrick, Chief Executive, St Ebba's Hospice. On the line: Councillor Raj Menon, cabinet member for health and wellbeing, Marlcombe District Council.

---

DEBBIE HOLLINS: Good morning. The phones have not stopped since Monday night, when St Ebba's Hospice announced it is closing Hazel Ward in September. I've got the hospice's chief executive, Dr Owen Carrick, here with me. Dr Carrick, why this ward and why now?

OWEN CARRICK: Because the money has run out, Debbie, quite simply. We lost nearly one and a half million pounds last year. Our reserves are down to about three and a half months of running costs. If we carried on as we are, we would be in serious danger by the end of next year. Hazel Ward is the smaller of our two wards, and closing it saves us just over a million pounds a year.

DEBBIE HOLLINS: A lot of people will say, you've got 18 shops, you've got a lottery, where's the money gone?

OWEN CARRICK: The shops did well, but they are not a cash machine. After rent, energy and staff, the shops contributed £570,000 last year. The real problem is that our costs went up by nearly £800,000 in a single year, mostly because we matched the NHS pay rise for nurses, and our income went down by nearly half a million.

DEBBIE HOLLINS: Let's go to the phones. Anne is in Oxley Green. Morning, Anne.

ANNE (CALLER, OXLEY GREEN): Morning, Debbie. My husband Frank died on Hazel Ward in March. He was there eleven days. I can't tell you what those nurses did for us. They let me sleep in the room with him every night. Where are people going to go now? The hospital isn't the same. It just isn't.

OWEN CARRICK: Anne, I'm so sorry about Frank. And I want to be honest with you: some people who would have come to us will now die in hospital, and I hate that. We will still have twelve beds on Rowan Ward, and our Hospice at Home team will be growing.

DEBBIE HOLLINS: Councillor Raj Menon from Marlcombe District Council is on the line. Councillor, can the council help?

RAJ MENON: Good morning. The council doesn't fund hospice care directly; that's the job of the Integrated Care Board. But we will be writing to the ICB this week to ask it to think again. St Ebba's gets less than a quarter of its money from the NHS. In some parts of the country the figure is closer to a half. That's a postcode lottery, and it isn't fair on the people of Marlcombe.

DEBBIE HOLLINS: Has the ICB said anything to you?

RAJ MENON: Only that they'll meet the hospice in August. I'd like them to meet sooner.

DEBBIE HOLLINS: Next caller, Gary in Thorne.

GARY (CALLER, THORNE): Hi Debbie. I've organised the Thorne Bridge fun run for six years. This year we had 212 runners. Before Covid we were getting over 500. People just haven't got the spare cash. But I'll tell you what, if the hospice needs £750,000, the people of Thorne will find some of it.

DEBBIE HOLLINS: That's the spirit. Dr Carrick, what about the staff?

OWEN CARRICK: Twenty-three colleagues have been told their jobs are at risk. That's the hardest part of this. We've got six vacancies in Hospice at Home, and we'd like to keep as many of them with us as we can. Consultation began on Tuesday.

DEBBIE HOLLINS: Is there any way this closure doesn't happen?

OWEN CARRICK: I won't pretend the appeal alone can save Hazel Ward this year. The closure on the first of September will go ahead. But if people give generously and the ICB comes to the table, we could be looking at reopening next spring. That's what I'm hoping for.

DEBBIE HOLLINS: One more caller. Linda in Marlcombe.

LINDA (CALLER, MARLCOMBE): I volunteer in the Market Street shop. I just want to say to everybody listening: bring your donations in. Good quality clothes, books, anything. Every bag we sell helps.

DEBBIE HOLLINS: And on that note, the Keep Hazel Open appeal is on the St Ebba's website. Dr Owen Carrick, thank you.

OWEN CARRICK: Thank you, Debbie. And thank you to everyone who has rung in.
`;

/** h546: sources/02_engineer_inspection_report.md, whole. */
const PIER_INSPECTION = `# Brackwater Pier — Post-Storm Structural Inspection Report

**Client:** Brackwater Pier Trust
**Prepared by:** Holtby Rennick Consulting Engineers, Saltmarket Chambers, Eastholme
**Lead engineer:** Dr Priya Castellan CEng MICE, Associate Director (Maritime Structures)
**Inspection dates:** Monday 10 November and Wednesday 12 November 2025
**Report issued:** Friday 14 November 2025
**Reference:** HR-2025-0471

## 1. Background

Brackwater Pier was opened on Saturday 14 July 1894. It is a Grade II listed structure 412 metres long, carried on 96 cast-iron screw piles arranged in 48 pairs (bents), with timber decking on steel and cast-iron cross-girders. A pavilion at the seaward end (the Pier Head Pavilion) houses a café and function room. The pier was last fully inspected by this practice in May 2023, when it was rated "fair, with localised deterioration at bents 31 to 36".

Storm Orla struck overnight on 8–9 November 2025. The Harbour Master recorded a peak gust of 81 mph and a surge of 0.9 metres above predicted tide.

## 2. Method

The inspection comprised a visual survey from the deck, a rope-access survey of the substructure at low water on both days, and ultrasonic thickness testing of 22 piles. Bents are numbered from the landward end (bent 1) to the seaward end (bent 48).

## 3. Findings

### 3.1 Decking

- A continuous section of decking **38 metres long**, between bents 33 and 37, has been lost entirely, along with its handrails and lighting columns.
- A further **64 metres** of decking (bents 29 to 33 and 37 to 40) has been lifted or displaced and must be treated as unsafe.
- Landward of bent 29, decking damage is limited to loose boards and is repairable in routine maintenance.

### 3.2 Substructure

| Element | Number inspected | Undamaged | Damaged, repairable | Fractured / to be replaced |
|---|---|---|---|---|
| Cast-iron screw piles | 96 | 79 | 12 | 5 |
| Cross-girders | 48 | 39 | 6 | 3 |
| Diagonal bracing members | 188 | 151 | 29 | 8 |

- All five fractured piles are at bents 34 to 36, the area noted as deteriorated in 2023.
- Ultrasonic testing found section loss of between 18% and 27% in the 22 piles tested, compared with 9% to 15% in the 2023 survey.

### 3.3 Pier Head Pavilion

The pavilion is structurally sound. Its seaward windows were broken and there is water damage to the ground floor. The pavilion is, however, **inaccessible**, because the only route to it crosses the lost section.

## 4. Assessment

In my opinion the primary cause of the collapse of the decking between bents 33 and 37 was wave uplift: waves striking the underside of the deck during the surge lifted the boards and the girders beneath them. The fracture of the weakened piles at bents 34 to 36 followed from the loss of lateral bracing once the deck went. Corrosion was a contributory factor, not the trigger.

The pier is **not safe for public access beyond bent 28**. The landward section (bents 1 to 28, about 240 metres) could reopen once a temporary barrier and secure fencing are installed and the loose boards are fixed, which I estimate at three to four weeks.

## 5. Repair options and estimated costs

| Option | Description | Estimated cost | Programme |
|---|---|---|---|
| A | Full reinstatement of bents 29–40 in like-for-like materials, replacement of 5 piles, repair of 12 piles | £2.84 million | 14 months |
| B | Reinstatement with steel replacement piles and hardwood decking raised 0.6 m | £3.15 million | 16 months |
| C | Demolish seaward section beyond bent 28, retain landward pier only | £1.1 million | 6 months |

Costs exclude VAT and are at November 2025 prices. A contingency of 15% is included in each figure.

Option B would raise the deck above the surge level recorded during Storm Orla and would, in my view, give the best long-term resilience. Option A would reinstate the listed structure as it was and is most likely to receive listed building consent without delay.

## 6. Recommendations

1. Install a temporary barrier at bent 28 immediately.
2. Commence monthly monitoring of bents 29 to 40 until works begin.
3. Remove displaced decking between bents 29 and 40 before the spring tides of early December to prevent further debris loss.
4. Decide between Options A and B by the end of January 2026 so that marine works can begin in the calmer months from April 2026.

*Dr Priya Castellan CEng MICE, Associate Director, Holtby Rennick Consulting Engineers*
`;

/** h546: sources/04_public_meeting_transcript.md, whole. */
const PIER_MEETING = `# Transcript — Public meeting on the future of Brackwater Pier

**Venue:** St Aidan's Church Hall, Fore Street, Brackwater
**Date:** Thursday 27 November 2025, 7pm
**Called by:** Eastholme District Council
**Chair:** Cllr Denise Okafor, Leader of Eastholme District Council
**Attendance:** about 210 people (hall capacity 200; an overflow room was opened)
**Transcript prepared by:** Democratic Services, Eastholme District Council (lightly edited for length)

---

**CLLR OKAFOR:** Good evening, everyone, and thank you for coming out on a wet Thursday. We've had to open the side room, so if you're in there, you can hear us on the speakers. The purpose of tonight is simple: to hear what happened to the pier, what it will cost, and what the council is proposing. I'll ask Dr Castellan to begin.

**DR PRIYA CASTELLAN (Holtby Rennick Consulting Engineers):** Thank you. In short, at about twenty to four on the Sunday morning, waves driven by a surge of nearly a metre got under the deck and lifted it. Thirty-eight metres of deck went into the sea. Five piles fractured once their bracing was gone. The part of the pier nearest the promenade, up to bent 28, is in reasonable shape. The rest is not safe, and I want to be very clear about that: nobody should be climbing the fences to take photographs.

**CLLR OKAFOR:** Was it corrosion? That's what people are saying on Facebook.

**DR CASTELLAN:** Corrosion made things worse, but it didn't cause the collapse. The trigger was the waves hitting the underside of the deck. If the deck had been higher, it would very likely still be there.

**MARGARET ELLERY (Chair, Brackwater Pier Trust):** Can I give the room an update on the appeal? As of five o'clock this afternoon we have raised £312,450 from 2,140 donors. That's just over a quarter of our target in nine days. The biggest single gift is £25,000 from the Fenwick Family Foundation, and the smallest was £1.50 from a seven-year-old who emptied her money box.

**CLLR OKAFOR:** That's remarkable. I'll say what the council is proposing. Cabinet has recommended a capital grant of £400,000 to the Trust. That goes to full council on Monday. If it's approved, the money would come from the council's coastal resilience reserve, not from council tax.

**CLLR RUPERT VANE (Liberal Democrat, finance spokesperson):** I'll support the grant, but I want it on record that the council sold this pier for a pound in 2006 and has put very little into it since. Four hundred thousand is the right thing to do, but we need a condition: the Trust should publish a maintenance plan, so we aren't back here in ten years.

**TOM VARLEY (Chief Executive, Brackwater Pier Trust):** We'd welcome that condition. We'll publish a ten-year maintenance plan by the end of March.

**RESIDENT (Joan Tidmarsh, Marine Parade):** Why are you putting it back the same height when the engineer has just said a higher deck would have survived?

**TOM VARLEY:** It's a fair question. Raising the deck is Option B in the report, and it costs about £310,000 more and would take two months longer. More importantly, it changes the look of a listed structure, and Historic England have told us informally that consent would not be quick. We'd rather have the pier back for the summer of 2027 than argue about it until 2028.

**DR CASTELLAN:** I'd add that Option A will still include stronger bracing at the bents that failed, so it isn't simply putting back what was there.

**GARY PENNOCK (Owner, Pier End Café):** My café's at the land end, so I'm luckier than most. But the takings are down by about 60 per cent since the storm, and I've had to cut two of my five staff to part-time. When is the front bit opening again?

**TOM VARLEY:** Our aim is Saturday 20 December, subject to the fencing contractor. That's about four weeks from now.

**GARY PENNOCK:** Then I'll hold on till then. But I'll say this: the pier is the reason anyone stops in Brackwater rather than driving through to Saltcombe Bay.

**RESIDENT (Derek Ashworth, Brackwater Sea Anglers):** The anglers have lost the end of the pier, which is the only deep-water spot in town. Our club has 140 members and we've voted to give the appeal £5,000 from our reserves.

**CLLR OKAFOR:** Thank you, Derek. One last question at the back.

**RESIDENT (Priti Nandy, Brackwater Town Council):** What happens if the Heritage Fund bid fails?

**MARGARET ELLERY:** Then we would have a gap of £590,000 and we would have to extend the appeal. We won't start marine works until the money is secured. But I don't believe the bid will fail. The National Heritage Fund has backed three piers on this coast in the last five years.

**CLLR OKAFOR:** Thank you all. The council vote is on Monday the 1st of December and it will be webcast. Goodnight.

*Meeting closed 8.42pm.*
`;

const LIBRARY = {
  'sources/01_cabinet_report.md': CABINET_REPORT,
  'sources/02_council_press_release.md': LIBRARY_RELEASE,
  'sources/03_public_meeting_transcript.md': LIBRARY_MEETING,
  'sources/04_friends_newsletter_spring2025.md': FRIENDS_NEWSLETTER,
};
const HOSPICE = {
  'sources/annual_report_2024-25_extract.md': HOSPICE_REPORT,
  'sources/board_announcement_2025-07-14.md': HOSPICE_ANNOUNCEMENT,
  'sources/thornvale_fm_phone-in_2025-07-17.md': HOSPICE_PHONE_IN,
};
const PIER = {
  'sources/02_engineer_inspection_report.md': PIER_INSPECTION,
  'sources/04_public_meeting_transcript.md': PIER_MEETING,
};

const values = (text: string) => extractValues(text).map((v) => [v.text, v.kind, v.unit, v.value]);

test('ranges in words take their unit; "at three to four weeks" is no time; a scale stays within two orders of magnitude', () => {
  assert.deepEqual(values('which I estimate at three to four weeks.'), [['three', 'quantity', 'week', 3], ['four weeks', 'quantity', 'week', 4]]);
  assert.deepEqual(values('a two- or three-day heatwave'), [['two', 'quantity', 'day', 2], ['three-day', 'quantity', 'day', 3]]);
  assert.deepEqual(values('We met at ten to four.'), [['ten to four', 'quantity', 'clock12', 230]]);
  assert.deepEqual(values('rose by £40,000 to £2.73 million'), [['£40,000', 'money', 'gbp', 40000], ['£2.73 million', 'money', 'gbp', 2730000]]);
  assert.deepEqual(values('between £1.62 and £1.66 billion').map((v) => v[3]), [1.62e9, 1.66e9]);
  assert.equal(extractValues('rose by only £40,000, to £2.73 million')[0].difference, true);
});

describe('figures and ranges, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a specific figure the plain search leaves out is searched with its words', async () => {
    const library = judgeWith(await workspaceIndex(LIBRARY));
    const raised = library("Volunteers who run Ashcombe Community Library raised £9,415 in a single weekend of second-hand book sales, weeks after Westmarsh District Council voted to cut the library's grant by 40 per cent.");
    assert.notEqual(raised.verdict, 'contradicted', why(raised));
    const sold = library('The Friends received about 14,000 donated books, and those that did not sell have gone to the Harwell Green Hospice shops.');
    assert.equal(sold.verdict, 'supported', why(sold));
  });

  test('"rose by £40,000 to £2.73 million"; "the ICB" of "the Marlcombe and Thorne Integrated Care Board"', async () => {
    const hospice = judgeWith(await workspaceIndex(HOSPICE));
    const rose = (by: string) => hospice(`Statutory funding from the Marlcombe and Thorne Integrated Care Board rose by ${by} to £2.73 million, covering just under a quarter of the hospice's costs.`);
    assert.equal(rose('£40,000').verdict, 'supported', why(rose('£40,000')));
    assert.deepEqual(rose('£50,000').conflicts.map((c) => [c.claim, c.source]), [['£50,000', '£40,000']]);
    const grant = (body: string) => hospice(`The trustees have said they will consider reopening the ward in spring 2026 if the appeal reaches its target and the ${body} agrees to increase its grant.`);
    assert.equal(grant('ICB').verdict, 'supported', why(grant('ICB')));
    assert.equal(grant('NHS').verdict, 'contradicted', why(grant('NHS')));
  });

  test('"three to four weeks" is the engineer\'s estimate, not the bents\' numbers; a resident named in the label speaks', async () => {
    const pier = judgeWith(await workspaceIndex(PIER));
    const weeks = (range: string) => pier(`The engineer said the landward 240 metres, up to bent 28, could reopen within ${range} weeks once a temporary barrier and fencing were installed.`);
    assert.equal(weeks('three to four').verdict, 'supported', why(weeks('three to four')));
    // (Not by a bent's number: no rival here, the words missing.)
    assert.notEqual(weeks('five to six').verdict, 'supported', why(weeks('five to six')));
    assert.deepEqual(weeks('five to six').conflicts.filter((c) => /^\d+$/.test(c.source)), []);
    const anglers = pier("Derek Ashworth, of Brackwater Sea Anglers, said the club's 140 members had voted to give £5,000 from its reserves.");
    assert.equal(anglers.verdict, 'supported', why(anglers));
    const said = (who: string) => misattributions(PIER, `${who} said: "The anglers have lost the end of the pier, which is the only deep-water spot in town."`);
    assert.deepEqual(await said('Derek Ashworth, of Brackwater Sea Anglers,'), []);
    const [moved] = await said('Joan Tidmarsh, of Marine Parade,');
    assert.match(moved ?? '', /^These words were said by Derek Ashworth\b.*, not Joan Tidmarsh$/);
  });
});
