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
import { PARKING_INTERVIEW, PARKING_PAPER, PARKING_RELEASE } from './helperSources55';

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
