/**
 * The fifty-fourth round, second part: faithful sentences shown as errors in h758–h763 (written against 6ade451), and
 * a count its two-column table gives otherwise (tested in headingsandconveners, with the fixture it needs). A list
 * item's number before "A" counts nothing ("2. A shopfront grant scheme … to 45 independent businesses"); the figure a
 * comparison sets a column against is not the column's ("a total larger than the village's population of around
 * 700"); "action short of a strike" compares nothing; "the first change … since April 2019" is "have not been changed since April 2019"; a
 * transcript's "BQ" is "Sister Bernadette Quayle", whose title is no initial. The fixtures are the helpers' sources,
 * whole; the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';

/** h758: sources/leader_statement.txt, whole. */
const BID_STATEMENT = `HARNFORD BOROUGH COUNCIL
PRESS RELEASE
For immediate release: Wednesday 15 October 2025

STATEMENT FROM COUNCILLOR JUDITH ELLERY, LEADER OF HARNFORD BOROUGH COUNCIL, ON THE TOWN RENEWAL FUND DECISION

"Yesterday afternoon the council was told that our bid of nearly £20 million to the Town Renewal Fund has been turned down. I will not pretend otherwise: I am bitterly disappointed, and I know many traders and residents will be too.

"We scored 61 points out of 100, just seven points short of the threshold for funding. Our bid was praised for its strategic fit, and more than 600 residents took part in our consultation. But we were marked down on deliverability, largely because the council does not own the former Corn Exchange. We have been negotiating with its owners for more than two years and we will keep doing so.

"I also have to say plainly that the rules changed during the process. When this round opened, nobody told councils that a benefit-cost ratio of 2.0 would be treated as the bar. That feels like moving the goalposts after the ball has been kicked.

"This is a setback, not a full stop. Harnford cannot wait for Whitehall, and so today I am setting out our Plan B for the high street."

THE PLAN B FOR HARNFORD HIGH STREET

The council will invest £4.5 million over three years in the town centre, funded as follows:

- £2.1 million which had been set aside as the council's match funding for the bid, now redirected;
- £1.6 million from prudential borrowing;
- £800,000 from the Harnford Towns Trust, a local charity, subject to approval by its trustees.

The plan includes:

1. Free parking for the first two hours at the Station Road and Tanner's Yard car parks from Monday 5 January 2026. Parking charges currently start at £1.80 for up to two hours.
2. A shopfront grant scheme offering grants of up to £5,000 each to 45 independent businesses, worth £225,000 in total.
3. A "meanwhile use" programme to bring nine of the high street's empty units back into temporary use by pop-up shops, artists and community groups, with the council covering business rates and insurance for up to 12 months.
4. An £85,000 structural survey of the former Corn Exchange, to be commissioned by December, so that the council is ready to move quickly if the building can be acquired.
5. A full-time town centre manager post, funded for three years.

The high street currently has 31 empty units out of 135, a vacancy rate of 23 per cent. Footfall in the town centre has fallen by 14 per cent since 2019.

Councillor Peter Lyle, Cabinet Member for Economy and Regeneration, said:

"Plan B is smaller, but it is ours and it is money we control. The parking change alone is something traders have been asking us for since before the pandemic. We will still go back for Round 4, and we will go back with a stronger, tighter bid."

Councillor Ellery added:

"Every penny of this plan will be spent in Harnford, on Harnford's high street, and we will report on progress in public every six months."

The Plan B proposals will be considered by the council's cabinet on Tuesday 4 November 2025 and, if approved, by full council on Thursday 20 November 2025.

The original bid was approved by full council on Thursday 20 February 2025 by 34 votes to 9, with 2 abstentions.

Council officers will attend a feedback session with the Department for Towns and Regional Growth on Thursday 30 October.

ENDS

Notes to editors:
Harnford Borough Council is run by an Independent administration. Councillor Judith Ellery has been leader since May 2023.
Media enquiries: press office, Harnford Borough Council, 01632 960 418.
`;

/** h759: sources/consultation_outcome_report.md, whole. */
const SCHOOL_REPORT = `# Sallowshire County Council

## Cabinet – Tuesday 15 April 2025

### Proposed closure of Coldmere Primary School: outcome of public consultation

| | |
|---|---|
| Report of | Dr Helen Farrant, Director of Children's Services |
| Cabinet Member | Councillor Margaret Pellow, Cabinet Member for Children, Education and Families |
| Report author | Simon Keble, Head of School Place Planning |
| Electoral division affected | Coldmere and Brayfield |
| Key decision | Yes |

## 1. Purpose

1.1 This report sets out the outcome of the public consultation on the proposed closure of Coldmere Primary School, Church Street, Coldmere, with effect from 31 August 2025, and asks Cabinet to decide whether to publish a statutory notice.

## 2. Background

2.1 Coldmere Primary School is a community school for pupils aged 4 to 11 with a published capacity of 105 places. At the January 2025 school census there were 31 pupils on roll, an occupancy rate of 29.5 per cent. In January 2020 there were 58 pupils on roll.

2.2 Pupil forecasts indicate that numbers will fall to 24 by September 2027. Only 3 children living in the school's catchment area started in Reception in September 2024.

2.3 The school has a forecast in-year deficit of £87,400 for 2024-25 and a projected cumulative deficit of £214,000 by 31 March 2027. Funding per pupil at Coldmere is £9,860, compared with a county average for primary schools of £5,420.

2.4 A condition survey carried out in October 2024 identified a repairs backlog of £312,000, including replacement of the flat roof over the hall and of the oil-fired heating system.

2.5 Brayfield Primary School, 3.4 miles (5.5 km) from Coldmere by road, has a published capacity of 210 and 164 pupils on roll, giving 46 surplus places. Ofsted rated Brayfield "Good" at its last inspection in June 2023.

## 3. The consultation

3.1 The consultation ran for eight weeks from Monday 6 January 2025 to Friday 28 February 2025. A consultation document was sent to all parents and carers, staff, governors, Coldmere Parish Council and local businesses, and was published on the council's website.

3.2 Two public meetings were held: on Tuesday 21 January 2025 at Coldmere Village Hall (7pm), attended by approximately 140 people, and on Thursday 6 February 2025 at the school (6.30pm), attended by approximately 85 people.

3.3 A total of 412 responses were received: 389 through the online questionnaire and 23 by letter or email. In addition, a petition of 1,136 signatures opposing closure was presented by the Save Coldmere School group at the meeting of Full Council on Thursday 27 February 2025. The petition is reported separately and is not counted in the figures below.

**Table 1: Responses to the question "Do you agree with the proposal to close Coldmere Primary School?"**

| Respondent group | Agree | Disagree | Not sure | Total |
|---|---:|---:|---:|---:|
| Parents/carers of pupils at the school | 7 | 86 | 3 | 96 |
| Local residents | 21 | 158 | 8 | 187 |
| Staff and governors | 2 | 21 | 1 | 24 |
| Parents/carers of pupils at other schools | 19 | 33 | 6 | 58 |
| Other / not stated | 9 | 34 | 4 | 47 |
| **Total** | **58** | **332** | **22** | **412** |
| Per cent of all responses | 14.1% | 80.6% | 5.3% | 100% |

3.4 The main themes raised by respondents who opposed the proposal were:

- (a) the loss of a community facility for the village – 241 responses (58.5 per cent);
- (b) journey time and road safety on the B4127 between Coldmere and Brayfield – 198 responses (48.1 per cent);
- (c) concern that the council's pupil forecasts were too pessimistic – 117 responses (28.4 per cent);
- (d) the impact on children with special educational needs – 64 responses (15.5 per cent).

3.5 Alternative proposals. The governing body proposed a federation with Brayfield Primary School under a single executive headteacher. Officers estimate that federation would reduce Coldmere's deficit by about £31,000 a year but would not remove it.

3.6 Coldmere Parish Council responded opposing closure, following a vote of 6-1 at its meeting on Monday 10 February 2025.

## 4. Officer response to issues raised

4.1 Transport. Eligible pupils transferring to Brayfield would receive free home-to-school transport. The estimated cost is £38,500 a year. The journey time by minibus is estimated at 12 minutes.

4.2 Transition. The council would provide a transition programme, including taster days at Brayfield in June and July 2025.

4.3 Staff. The school employs 4 teachers (3.4 full-time equivalent) and 6 support staff. Normal HR processes would apply. Brayfield Primary School expects to recruit to 2 posts from September 2025.

4.4 The site. The future use of the building will be considered separately. The council has made no decision on the future of the site.

## 5. Recommendation

5.1 That Cabinet notes the outcome of the consultation and approves publication of a statutory notice proposing the closure of Coldmere Primary School with effect from 31 August 2025.

5.2 Proposed timetable:

| Stage | Date |
|---|---|
| Statutory notice published | Thursday 1 May 2025 |
| Four-week representation period ends | Thursday 29 May 2025 |
| Final decision by Cabinet | Tuesday 15 July 2025 |
| Proposed closure | 31 August 2025 |
`;

/** h759: sources/parent_interview.txt, whole. */
const SCHOOL_INTERVIEW = `INTERVIEW TRANSCRIPT

Interviewee: Jodie Marchbank, parent, Coldmere Primary School
Interviewer: Tom Hasler, Sallowshire Echo
Date: Thursday 17 April 2025, 11.20am
Location: interviewee's home, Mill Lane, Coldmere
Duration: 14 minutes
Transcribed by TH. Lightly edited to remove hesitations.

TH: Can you start by telling me a bit about yourself?

JM: I'm Jodie Marchbank, I'm 38, and I've lived in Coldmere for eleven years. My daughter Ellie is nine, she's in Year 5, and my son Sam is six, he's in Year 1. I'm the secretary of the Save Coldmere School group.

TH: How did you hear about Tuesday's decision?

JM: I watched the webcast at work. I'm a practice nurse at the surgery in Brayfield, so I was on my break. When the vote came up, seven to two, I just sat there. Honestly, I wasn't surprised, but I was gutted.

TH: The council says the school has 31 pupils and room for 105. What do you say to that?

JM: Numbers went down after the Dunmore estate plans were dropped in 2021. Families who were going to come just didn't. But they're coming back up. We've got nine children starting in September. The council keeps quoting 2027 figures that nobody in the village recognises.

TH: What worries you most about the move to Brayfield?

JM: The road. The B4127 has no pavement for most of the way, it floods by the Sallow bridge every winter, and the bus takes 25 minutes on a good day because it goes round by Elsham. The council says 12 minutes. Twelve minutes in a straight line, maybe.

TH: The council says transport would be free.

JM: Free, yes, for the children who are eligible. But if Sam's poorly at lunchtime I've got to get to Brayfield and back. Not everyone here has two cars.

TH: Tell me about the petition.

JM: We got 1,136 signatures in about five weeks. That's more people than live in Coldmere. The village is about 700 people, so it's come from all round the area.

TH: What happens now?

JM: We'll respond to the notice, every one of us. And we're asking Councillor Tull and Councillor Rao, who voted against, to help us. It's not just a school, it's the heart of the village. If it goes, the village hall goes next, then the pub.

TH: Is there anything else you'd like to say?

JM: Just that the staff have been amazing. Mrs Obeney has kept everything normal for the kids. Ellie came home on Tuesday and said they'd done volcanoes. She had no idea anything was going on.

[END OF TRANSCRIPT]
`;

/** h761: sources/board_paper_item_9_2.md, whole. */
const PARKING_PAPER = `# Harrowfield and Dene Valley NHS Foundation Trust

## Board of Directors – Meeting in Public

**Date:** Thursday 13 March 2025, 10.00am
**Venue:** Boardroom, Kestrel House, Harrowfield General Hospital
**Agenda item:** 9.2
**Title:** Review of staff car parking charges 2025/26
**Report author:** Gareth Pennock, Director of Estates and Facilities
**Executive sponsor:** Nadia Solberg-Hale, Chief Finance Officer
**Purpose:** For decision

---

### 1. Summary

1.1 This paper asks the Board to approve revised monthly charges for staff car parking permits at Harrowfield General Hospital and Dene Valley Community Hospital, to take effect from Tuesday 1 April 2025.

1.2 Staff parking charges have not been changed since April 2019. Over the same period the cost of operating and maintaining the trust's car parks has risen by 38.6 per cent, driven mainly by business rates, security contracts, lighting and surface repairs.

1.3 The proposed charges would raise an estimated additional £445,000 in the 2025/26 financial year. The Chief Finance Officer recommends that this income is ring-fenced as set out in section 5.

### 2. Background

2.1 The trust provides 1,950 dedicated staff parking spaces: 1,610 at Harrowfield General Hospital and 340 at Dene Valley Community Hospital.

2.2 As at 28 February 2025, 4,380 staff held a monthly parking permit. A further 287 staff were on the waiting list for a permit. Because the number of permits exceeds the number of spaces, permits do not guarantee a space.

2.3 Monthly charges are deducted from salary and are banded according to the Agenda for Change pay band of the permit holder, so that lower-paid staff pay less.

2.4 The trust's current staff charges are below those of neighbouring organisations. Castlebridge University Hospitals NHS Trust charges Band 5 staff £31.00 a month; Northmere Community Health Services charges a flat £26.00 a month for all staff.

### 3. Staff engagement

3.1 A staff survey on parking ran from Monday 6 January to Friday 31 January 2025 and received 1,412 responses.

3.2 Of those responding, 78 per cent opposed any increase in charges; 64 per cent said they had been late for a shift at least once in the previous three months because they could not find a space; and 41 per cent said there was no practical public transport alternative for their journey.

3.3 The staff side of the Joint Negotiating and Consultative Committee (JNCC) was briefed on Wednesday 19 February 2025. Staff side representatives did not support the proposal.

### 4. Proposed charges

4.1 The proposed monthly charges by pay band are set out in Table 1. Percentage increases are rounded to one decimal place.

**Table 1: Current and proposed monthly staff parking charges**

| Pay band | Permits held (28 Feb 2025) | Current monthly charge (since April 2019) | Proposed monthly charge (from 1 April 2025) | Increase (£) | Increase (%) |
|---|---|---|---|---|---|
| Bands 1–2 | 520 | £8.00 | £12.50 | £4.50 | 56.3% |
| Bands 3–4 | 1,105 | £12.00 | £18.75 | £6.75 | 56.3% |
| Bands 5–6 | 1,640 | £18.50 | £27.00 | £8.50 | 45.9% |
| Band 7 | 610 | £24.00 | £34.50 | £10.50 | 43.8% |
| Bands 8a–8b | 285 | £30.00 | £42.00 | £12.00 | 40.0% |
| Band 8c and above; medical and dental consultants | 220 | £36.00 | £52.00 | £16.00 | 44.4% |
| **Total** | **4,380** | | | | |

4.2 The following exemptions will continue unchanged:

- staff whose shift starts at or after 7.00pm, who may park free of charge in any staff car park without a permit;
- staff holding a Blue Badge;
- registered volunteers;
- staff on a trust-approved car share scheme of three or more people, who pay a single permit between them.

4.3 It is proposed that charges are reviewed annually from April 2026 and thereafter increased by no more than the rate of the Consumer Prices Index in the preceding December.

### 5. Use of additional income

5.1 It is recommended that the estimated additional income of £445,000 in 2025/26 is allocated as follows:

| Use | Amount |
|---|---|
| Resurfacing and LED lighting, Orchard Lane staff car park, Harrowfield General Hospital | £240,000 |
| Twelve-month pilot of a staff shuttle bus from Wickham Moor retail park | £125,000 |
| Contribution to the trust's underlying deficit | £80,000 |
| **Total** | **£445,000** |

5.2 The shuttle bus pilot would run every 15 minutes between 6.15am and 9.00am and between 6.30pm and 9.00pm on weekdays, and would be free to staff. Wickham Moor retail park has agreed to make 150 spaces available to trust staff.

### 6. Risks

6.1 There is a risk of adverse reaction from staff and trade unions, with a possible effect on recruitment and retention. The Director of People, Simone Achterberg, has been consulted and notes that the trust's nursing vacancy rate stood at 9.2 per cent in February 2025.

6.2 Staff side colleagues have indicated that at least one trade union may consider balloting its members.

### 7. Recommendation

7.1 The Board is asked to APPROVE the revised charges in Table 1 with effect from Tuesday 1 April 2025, and to APPROVE the allocation of additional income set out in section 5.

---

### Addendum: extract from the unconfirmed minutes of the meeting held on Thursday 13 March 2025

The Chair, Roderick Ashby, invited Mr Pennock to present the paper. Non-executive director Priya Lomax asked whether the trust had considered a smaller increase for Bands 1 to 4. Ms Solberg-Hale said that option had been modelled but would leave a shortfall of around £90,000 against the car park resurfacing programme. The Chief Executive, Dr Imogen Threlfall, said that the board "did not take this decision lightly" and that every pound raised would "stay in our car parks or in patient care".

Non-executive director Owen Treharne said he could not support an increase of more than 50 per cent for the lowest-paid staff.

The recommendation was APPROVED by nine votes to two, with one abstention. Ms Lomax and Mr Treharne voted against.
`;

/** h761: sources/hcwf_press_release.txt, whole. */
const PARKING_RELEASE = `HEALTH AND CARE WORKERS' FEDERATION (HCWF)
Harrowfield and Dene Valley Branch
Unit 4, Tanners Yard, Mill Street, Harrowfield HF2 7QL

PRESS RELEASE
FOR IMMEDIATE RELEASE: Monday 28 April 2025

HOSPITAL STAFF VOTE FOR ACTION OVER "PARKING TAX"

Nearly nine in ten health workers balloted by the Health and Care Workers' Federation at Harrowfield and Dene Valley NHS Foundation Trust have voted for industrial action short of a strike over steep rises in staff car parking charges.

The ballot opened on Monday 31 March and closed at 12 noon on Friday 25 April 2025. A total of 1,835 HCWF members employed by the trust were balloted, and 1,127 votes were cast, a turnout of 61.4%. This comfortably clears the 50% turnout threshold required by law.

Results:
- Action short of a strike: 984 voted yes (87.3%), 143 voted no.
- Strike action: 813 voted yes (72.1%), 314 voted no.

The trust board approved the new charges on Thursday 13 March and they came into force on Tuesday 1 April. Monthly permits for the lowest-paid staff in Bands 1 and 2 have gone up from £8 to £12.50, a rise of 56%. A Band 5 nurse now pays an extra £102 a year just to park at work.

HCWF members will begin action short of a strike on Monday 12 May 2025. This will include refusing unpaid overtime and declining requests to cover shifts at less than 48 hours' notice. The union has not yet set any strike dates.

Kerry-Ann Mottershead, HCWF branch secretary at Harrowfield and Dene Valley, said:

"Our members have been clear. They are not prepared to pay a parking tax to come to work and care for patients. Porters, cleaners and healthcare assistants on the lowest pay have been hit hardest of all, and that is simply wrong.

"Nobody takes this step lightly. We would far rather be round the table than on the picket line, and we are asking the trust to freeze charges for Bands 1 to 6 at the 2019 rates while we talk."

Declan Fairbrother, HCWF regional organiser for the North Pennines region, said:

"This is one of the highest turnouts we have seen in a local NHS ballot in the region. The trust says the money will go on resurfacing car parks, but there is no point resurfacing a car park that staff cannot find a space in. There are more than two permits for every staff space at Harrowfield General. The trust board should think again."

The union says the trust received more than £3 million in car parking income from staff, patients and visitors in 2023/24.

The HCWF has written to the trust's chief executive, Dr Imogen Threlfall, requesting a meeting before Friday 9 May.

ENDS

Notes to editors:
1. The Health and Care Workers' Federation represents around 2,100 staff at Harrowfield and Dene Valley NHS Foundation Trust, including nurses, healthcare assistants, porters, domestic staff, administrative staff and allied health professionals.
2. The ballot was conducted by post by an independent scrutineer, Ballotwise Services Ltd.
3. Media contact: Lorna Beckwith, HCWF regional communications officer, 07700 900418.
`;

/** h761: sources/interview_ward_sister.md, whole. */
const PARKING_INTERVIEW = `# Interview transcript

**Interviewee:** Sister Bernadette Quayle, ward sister, Larkspur Ward (respiratory medicine), Harrowfield General Hospital
**Interviewer:** Tom Ellery, health reporter, Harrowfield Evening Courier
**Date and time:** Monday 28 April 2025, 3.10pm to 3.40pm
**Location:** The Copper Kettle café, Station Road, Harrowfield
**Recorded with consent. Transcribed by Tom Ellery.**

---

**TE:** Thanks for making the time, I know you've come straight off a shift. Can you start by telling me what you do?

**BQ:** I'm the ward sister on Larkspur Ward, which is respiratory. We've got 28 beds, and at this time of year it's still full most days. I manage a team of 34: registered nurses, healthcare assistants and a ward clerk. I've been at Harrowfield General for 19 years, and I've been sister on Larkspur for the last seven.

**TE:** What pay band are you?

**BQ:** I'm a Band 7. So my permit has gone from £24 a month to £34.50. That's £10.50 a month more, which is £126 a year. I'm not going to pretend that's the end of the world for me. But it's not me I'm worried about.

**TE:** Who are you worried about?

**BQ:** My healthcare assistants. Most of them are Band 2 or Band 3. One of my HCAs, she's a single mum, she works three long days a week, she said to me last week, "Bernie, I'm paying to come to work now." She's Band 3, so she's gone from £12 to £18.75. For her that's real money. That's a week's electric.

**TE:** How do you get to work yourself?

**BQ:** I drive. I live in Oxley Marsh, which is 11 miles away. My shift starts at 7.15 in the morning and I finish at 7.45 at night. The first bus from Oxley Marsh, the number 62, doesn't get into Harrowfield bus station until 7.40am. So it's not an option. There's no train. If I didn't drive I couldn't do this job.

**TE:** And when you get to the hospital, can you park?

**BQ:** That's the thing that makes people so angry. I've paid for a permit for 19 years and I still spend twenty minutes some mornings driving round the Orchard Lane car park looking for a space. The permit is a permit to look, not a permit to park. If I get there after about ten to seven, forget it. So I leave home at ten past six for a quarter past seven start.

**TE:** The trust says the extra money will pay for resurfacing and lighting at Orchard Lane, and a shuttle bus from Wickham Moor.

**BQ:** The lighting does need doing, I'll give them that. I've walked back to my car at eight o'clock at night in January and you can't see your hand in front of your face. But resurfacing doesn't create a single extra space. And the shuttle bus, I've looked at the times. It stops at nine in the evening. What about the staff on a late who finish at half nine?

**TE:** Did you vote in the HCWF ballot?

**BQ:** I did. I voted yes to action short of a strike. I've done more unpaid overtime than I could count, and I think people need to see what happens when we just do our contracted hours.

**TE:** And the strike question?

**BQ:** I voted no on that one. I'll be honest with you. I've got patients on non-invasive ventilation. I'm not walking out on them. I know plenty of my colleagues voted yes and I respect that, and the union would have to agree cover anyway. But for me, personally, no.

**TE:** What would you say to the board?

**BQ:** I'd say come and stand on Orchard Lane at ten to seven on a wet Monday morning. Then tell me it's fair. We kept this place going through Covid. Nobody charged us for the car park then, and you know, we were told we were heroes. Now we're a revenue stream.

**TE:** The chief executive, Dr Threlfall, has said the board did not take the decision lightly.

**BQ:** I don't doubt that. I've met her, she's a decent woman. But the people who made the decision aren't the ones who'll feel it. A Band 2 porter has gone up by more than half. A consultant has gone up by £16 a month. You tell me who notices that more.

**TE:** Is there anything the trust could do now?

**BQ:** Freeze it for the lower bands, like the union is asking. Sort out the shuttle times. And stop selling more permits than there are spaces. That's all anybody wants, really. Just to be able to get to work and park.

**TE:** Thank you, Sister Quayle.

**BQ:** Thank you. Can you not put my ward's phone number in? We had people ringing last time.

[Interview ends 3.40pm]
`;

describe('list items, figures compared with a column, action short of a strike, first changes since and titles before initials, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"2. A shopfront grant scheme" counts no 2 grants; "45 grants available" is the list item\'s', async () => {
    assert.deepEqual(extractValues('2. A shopfront grant scheme of up to £5,000 each to 45 independent businesses').map((v) => v.text), ['£5,000', '45']);
    const bid = judgeWith(await workspaceIndex({ 'sources/leader_statement.txt': BID_STATEMENT }));
    const grants = bid('Independent businesses will be able to apply for shopfront grants of up to £5,000, with 45 grants available, worth £225,000 in total.');
    assert.deepEqual(grants.conflicts, [], why(grants));
  });

  test('"a total larger than the village\'s population of around 700" is no total of 700', async () => {
    const school = judgeWith(await workspaceIndex({ 'sources/consultation_outcome_report.md': SCHOOL_REPORT, 'sources/parent_interview.txt': SCHOOL_INTERVIEW }));
    const village = school('She said the group collected the signatures in about five weeks, a total larger than the village\'s population of around 700.');
    assert.deepEqual(village.conflicts, [], why(village));
  });

  test('"action short of a strike" compares nothing; "the first change since April 2019" is no denial of "not been changed since"', async () => {
    const parking = judgeWith(await workspaceIndex({ 'sources/board_paper_item_9_2.md': PARKING_PAPER, 'sources/hcwf_press_release.txt': PARKING_RELEASE }));
    const ballot = parking('Of those, 984 voted for action short of a strike and 813 backed strike action, while 314 voted against striking.');
    assert.deepEqual(ballot.conflicts, [], why(ballot));
    const against = parking('Of those, 984 voted for action short of a strike and 813 backed strike action, while 341 voted against striking.');
    assert.notEqual(against.verdict, 'supported', why(against));
    const first = parking('It was the first change to staff parking charges since April 2019.');
    assert.deepEqual(first.conflicts, [], why(first));
    const changed = parking('Staff parking charges have been changed since April 2019.');
    assert.equal(changed.verdict, 'contradicted', why(changed));
  });

  test('"BQ:" under "Interviewee: Sister Bernadette Quayle" is Sister Quayle; her words given to the reporter are caught', async () => {
    const files = { 'sources/interview_ward_sister.md': PARKING_INTERVIEW };
    assert.deepEqual(await misattributions(files, '"The permit is a permit to look, not a permit to park," said Sister Quayle, who has worked at the hospital for 19 years.'), []);
    const other = await misattributions(files, '"The permit is a permit to look, not a permit to park," said Tom Ellery.');
    assert.equal(other.length, 1, JSON.stringify(other));
  });
});
