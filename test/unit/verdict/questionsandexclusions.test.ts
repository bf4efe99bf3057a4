/**
 * The fifty-seventh round, fifth part: faithful sentences shown as errors in h848–h853 (written against 5855f66).
 * "Without that payment" is the source's "Excluding that payment"; "Sunday charging" names no day; a question the
 * claim's person asked of the one whose turn answers it is theirs; a person in apposition after a place is no town of
 * it; a title of two capitalised words a passage writes as the claim does is no swap. The fixtures are the helpers'
 * invented sources of h848, h849 and h852, two whole and the rest cut to the passages that matter, embedded as they are, with those
 * drafts' sentences; every person, body and place in them is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';

const GOVERNORS = `HARTLOW WICK PRIMARY SCHOOL
Church Lane, Hartlow Wick, Brenmoor

Governing Body

Monday 16 June 2025

Mr Martin Pellow
Assistant Director, Education and Inclusion
Children, Education and Families Directorate
Brenmoor Council
Civic Centre
Brenmoor

Dear Mr Pellow,

Response of the Governing Body to the consultation on the proposed closure of Hartlow Wick Primary School

I write on behalf of the governing body of Hartlow Wick Primary School in response to the council's consultation document issued on Monday 12 May 2025.

At a meeting of the full governing body held on Wednesday 11 June 2025, governors voted by 9 votes to 1 to oppose the proposed closure and to submit this response. We ask that this letter be placed before cabinet in full when it meets on 17 July.

1. Pupil numbers

We do not dispute that the roll has fallen. However, the figure of 46 pupils used throughout the consultation document is taken from the January census. Our roll now stands at 47, one pupil having joined the school after the Easter holidays.

We also believe the council has underestimated the effect of the Millfield Close development. Planning permission for 38 homes, 12 of them affordable, was granted by the council's own planning committee in February 2025. Applying the council's published pupil yield formula of 0.25 primary-age children per home gives around 10 additional pupils, not the smaller number we understand officers have assumed. For a school of our size, that is the difference between decline and stability.

2. Cost per pupil

The consultation document states that the cost per pupil at Hartlow Wick in 2024/25 was £7,940. That figure includes a one-off payment of £31,000 for emergency roof repairs carried out in the autumn term. Excluding that payment, our cost per pupil would be approximately £7,270. We accept that this is still above the Brenmoor average, but it is materially lower than the figure presented to parents.

3. Transport and the youngest children

The journey from Hartlow Wick to Kelsby Moor is along the B6412, a narrow and unlit road which is frequently affected by flooding at Kelsby Bridge. The journey takes about 20 minutes in normal conditions and can take 35 minutes or more in winter. Some of the children who would make this journey would be just four years old.

4. An alternative: federation

Governors have held informal discussions with the governing body of Pendleby CE Primary School about a federation of the two schools under a single executive head teacher, with a shared business manager and shared special educational needs co-ordinator. We estimate this would save £38,000 a year. The consultation document dismisses federation in a single paragraph. We ask the council to carry out a full assessment of this option before any decision is taken.

5. The community

A petition opposing the closure, organised by parents, has been signed by 1,142 people. Hartlow Wick has already lost its shop and its public house. The school is now the only public building in the village other than the village hall and St Aldric's Church.

6. Request

Given the number of matters that remain unresolved, we request that the consultation period be extended by four weeks.

Yours sincerely,

Graham Ashdown
Chair of Governors
Hartlow Wick Primary School
`;

const QUESTION_TIME = `THORNVALE DISTRICT COUNCIL
Meeting of Full Council, Thursday 21 March 2024, 7pm
Council Chamber, Thornvale House, Bridge Street, Lenbridge

Transcript of Item 6: Public Question Time
(prepared from the webcast recording by Democratic Services)

Present in the chair: Councillor Peter Ashdown, Chairman of the Council
Responding: Councillor Robert Fenwick, Leader of the Council; Councillor Alison Marwood, Cabinet Member for Environment and Transport

[Recording begins at 7.12pm]

CLLR ASHDOWN (Chairman): We move to item 6, public question time. We have three questions tonight, all on the subject of car parking in Lenbridge. Each questioner has up to three minutes, and may ask one supplementary question. The first question is from Mrs Deborah Quayle, chair of the Lenbridge Chamber of Trade.

MRS QUAYLE: Thank you, Chairman. Sixty-seven businesses answered our survey in January. Forty-eight of them told us they have fewer customers since the new charges came in. Nine are thinking about closing or leaving the town. My question to the Leader is simple: will the council admit that the charges have gone too far, and will it scrap the Sunday charge as well as bringing back the free half hour?

CLLR FENWICK (Leader): Thank you, Mrs Quayle, and thank you to the Chamber for the work that went into the survey. I don't dismiss it. But I would say this. The council's own counter in Market Place shows footfall down by about six per cent, not the much bigger falls in your survey. And we lost Fairfax and Lowe in November, which was a blow to the whole town and nothing to do with parking. Cabinet agreed on the thirteenth of March to bring back thirty minutes free at Sheep Street and at Abbey Walk from the third of June. That is a real change, and it came about because we listened. What we cannot do tonight is scrap Sunday charging. That would cost more than fifty thousand pounds a year, and I would have to find that money from somewhere else, from services people rely on.

CLLR ASHDOWN: Mrs Quayle, a supplementary?

MRS QUAYLE: Yes. The Leader says six per cent. Our counter in the Corn Exchange arcade showed thirteen per cent down in November. Which figure does the council believe?

CLLR FENWICK: Both counters are measuring different things in slightly different places. I'm not going to stand here and tell you one is right and one is wrong. What I will say is that we'll review the whole scheme again after twelve months, and we will share the data with the Chamber before that report is published.

CLLR ASHDOWN: Thank you. The second question is from Mr Thomas Iredale.

MR IREDALE: Good evening. I run Iredale's Bakery on Abbey Walk. My family has baked in Lenbridge since 1961. Since October my Saturday trade is down by a fifth. Abbey Walk car park used to be full by half past nine. Now I can look out of my window at eleven o'clock and count twenty empty spaces. My question is for Councillor Marwood. Why did the council put the price up by fifty per cent at the smallest car park in town, the one that serves the independent shops?

CLLR MARWOOD (Cabinet Member): Thank you, Mr Iredale. I'm very sorry to hear about your Saturday trade, and I know Abbey Walk well. The hourly charge there went from one pound to one pound fifty, which is, yes, a fifty per cent rise. That was a mistake in hindsight, and I'll be honest about that. Our own figures show occupancy at Abbey Walk fell from eighty-three per cent to sixty-one per cent, the biggest drop of any car park. That is exactly why Abbey Walk is included in the free thirty minutes from June. Most of your customers are in and out in well under half an hour, so they will park free.

CLLR ASHDOWN: A supplementary, Mr Iredale?

MR IREDALE: Just briefly. Will the council put the hourly price at Abbey Walk back to a pound?

CLLR MARWOOD: Not at this stage. I want to see what the free thirty minutes does first. If it doesn't bring people back, we will look at it again in November.

CLLR ASHDOWN: The third question is from Mrs Sandra Okafor.

MRS OKAFOR: Thank you. I live on Mill Road, in Riverside ward. Since the free parking at Sheep Street went, Mill Road has become a car park. People leave their cars on the street all morning to avoid paying. I have had my drive blocked four times since Christmas. What is the district council going to do about it?

CLLR MARWOOD: Thank you, Mrs Okafor. I'm afraid on-street parking on Mill Road and Church Lane is the responsibility of Harlshire County Council, not this council. But I have written to the county's cabinet member for highways, Councillor Diane Rudd, asking for a review of the restrictions in both streets, and I'll make sure you receive a copy of her reply.

MRS OKAFOR: So nothing will change before the summer?

CLLR MARWOOD: I can't promise that, because it isn't in our gift. What I can promise is that we will keep pressing the county.

CLLR ASHDOWN: Thank you. That concludes public question time. We move to item 7.

[Item 6 ends at 7.31pm]

---

Extract from the draft minutes, Item 7: Motion on Notice – Lenbridge Car Parking

Councillor Helen Dacre (Lenbridge Market ward), seconded by Councillor Ian Brierley (Lenbridge Abbey ward), moved that the council scrap Sunday parking charges in Lenbridge from Monday 1 April 2024 and fund the cost from the parking reserve.

Councillor Dacre said: "The Sunday charge has raised less than twelve thousand pounds in five months, and it has cost the town far more than that in goodwill."

Councillor Marwood, responding, said that the parking reserve "is not a bottomless pit" and was needed for resurfacing at Riverside car park, estimated to cost £185,000.

On being put to the vote, the motion was LOST: 14 votes for, 19 against, with 2 abstentions.
`;

const CONSULTATION = `# Brenmoor Council

Projections take account of births data, historic patterns of parental preference and housing developments with planning permission, including the 38 homes approved at Millfield Close, Hartlow Wick.
`;

const MEETING = `BRENMOOR COUNCIL
PUBLIC CONSULTATION MEETING: PROPOSED CLOSURE OF HARTLOW WICK PRIMARY SCHOOL
Hartlow Wick Village Hall
Tuesday 3 June 2025, 7pm

Transcript prepared by Democratic Services from the audio recording. Minor hesitations have been removed.

Present for the council:
Cllr Denise Okafor-Hale, Cabinet Member for Children, Education and Families (in the chair)
Martin Pellow, Assistant Director, Education and Inclusion
Joanne Friel, Head of School Place Planning

PRIYA LUND (parent): Priya Lund, parent. There are 38 houses going up on Millfield Close right now. Where are those children going to go? Has anyone counted them?

JOANNE FRIEL: Yes, the development was factored in. Our projections assume 38 homes yielding around seven primary-age children over five years, spread across all seven year groups. That's about one child per year group, and it doesn't change the overall picture.
`;

const DETERMINATION = `TENANCY REDRESS OMBUDSMAN

DETERMINATION SUMMARY

Case reference: TRO-2023-18447
Landlord: Ashcombe Vale Homes
Resident: Ms S Galbraith
Property: 14 Kestrel Court, Thornleigh, Marlbridge
Date of determination: Wednesday 21 August 2024
Investigated by: Daniel Hursley, Senior Casework Officer
Determination signed by: Margaret Oduya, Deputy Ombudsman

1. THE COMPLAINT

1.1 The resident complained about the landlord's response to her reports of damp and mould in her two-bedroom flat on the fourth floor of Kestrel Court, and about the landlord's handling of her complaint.

1.2 The resident lives at the property with her son, who was two years old when the damp was first reported and who has asthma.
`;

const INTERVIEW = `VALE FM – VALE BREAKFAST
Transcript: damp and mould at Ashcombe Vale Homes
Broadcast: Tuesday 17 September 2024, 8.10am to 8.24am
Presenter: Tom Carrick
Guests: Gareth Pennock, Director of Property, Ashcombe Vale Homes (in studio); Shona Galbraith, tenant, Kestrel Court, Thornleigh (by telephone)

[Transcript prepared by Vale FM newsroom. Minor hesitations removed.]

TOM CARRICK: It's ten past eight. Last month the Tenancy Redress Ombudsman found severe maladministration by Ashcombe Vale Homes, the biggest landlord in Marlbridge, over damp and mould in a flat on the Thornleigh estate. And last Thursday the association's board agreed to spend an extra two point four million pounds tackling a backlog of damp cases. With me in the studio is Gareth Pennock, the association's director of property. And on the line is Shona Galbraith, the tenant who brought that complaint. Shona, good morning.
`;

describe('questions, exclusions and names of a kind, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"Without that payment" is the governors\' "Excluding that payment"', async () => {
    const governors = judgeWith(await workspaceIndex({ 'sources/governors_response.txt': GOVERNORS }));
    const faithful = governors("Without that payment, the governors say, the cost per pupil would be about \u00a37,270.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });

  test('"Sunday charging" names no day', () => {
    assert.deepEqual(extractValues('He said scrapping Sunday charging would cost more than £50,000 a year').map((v) => v.kind), ['money']);
    assert.deepEqual(extractValues('The car park will be free on Sunday').map((v) => v.kind), ['date']);
  });

  test('a question asked of the leader, whose turn answers it, is the questioner\'s', async () => {
    const asked = await misattributions({ 'sources/council_question_time.txt': QUESTION_TIME }, "At a meeting of the full council on Thursday 21 March, Mrs Quayle asked the leader, Councillor Robert Fenwick, whether the council would scrap the Sunday charge as well as bringing back the free half hour.");
    assert.deepEqual(asked, []);
  });

  test('a person in apposition after a place is no town of it', async () => {
    const places = judgeWith(await workspaceIndex({ 'sources/consultation_document.md': CONSULTATION, 'sources/meeting_transcript.txt': MEETING }));
    const faithful = places("Asked by parent Priya Lund about the 38 homes being built at Millfield Close, Joanne Friel, the council's head of school place planning, said the development had been factored in.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });

  test('"Deputy Ombudsman Margaret Oduya" is no swap for "the Tenancy Redress Ombudsman"', async () => {
    const ombudsman = judgeWith(await workspaceIndex({ 'sources/ombudsman_determination_summary.txt': DETERMINATION, 'sources/vale_fm_interview_transcript.txt': INTERVIEW }));
    const faithful = ombudsman("Deputy Ombudsman Margaret Oduya found severe maladministration in the handling of the damp and mould, and maladministration in the handling of the complaint.");
    assert.deepEqual(faithful.conflicts, [], why(faithful));
  });
});
