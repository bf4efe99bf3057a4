/**
 * Helper drafts' sources that several of the forty-fifth round's verdict tests read (pretenceandtallies,
 * holdersandrows, multiplesandparts, changesandquotes), each whole; the people, bodies and places are invented.
 */

/** h515: sources/panel_minutes.txt, whole. */
export const PANEL_MINUTES = `ALDMOOR POLICE AND CRIME PANEL

MINUTES of the meeting held on Thursday 17 October 2024 at 10.00am in the Council Chamber, Brackenford Town Hall

PRESENT:
Cllr Margaret Oyelaran (Chair) - Easterby District Council
Cllr Peter Haskins (Vice-Chair) - Tolhurst Borough Council
Cllr Amira Cho - Brackenford City Council
Cllr Graham Leddington - Aldmoor County Council
Cllr Susan Whitlow - Aldmoor County Council
Cllr Tariq Mahmood - Brackenford City Council
Cllr Eileen Bramwell - Easterby District Council
Cllr Owen Pritchard - Tolhurst Borough Council
Mr Colin Adebayo - Independent co-opted member
Ms Frances Lyle - Independent co-opted member
Cllr Rhys Garland - Moorside District Council

IN ATTENDANCE:
Daniel Fairbairn - Police and Crime Commissioner for Aldmoor
Mark Trevelyan - Deputy Chief Constable, Aldmoor Police
Joanna Pryce - Assistant Chief Constable, Aldmoor Police
Helen Dacre - Chief Executive, Office of the Police and Crime Commissioner
Nadia Kowalczyk - Panel Support Officer

APOLOGIES: None.

1. DECLARATIONS OF INTEREST
Cllr Whitlow declared that a family member works as a call handler at the Aldmoor Police Force Contact Centre. She remained in the meeting but did not vote on item 4.

2. MINUTES OF THE PREVIOUS MEETING
The minutes of the meeting held on Thursday 12 September 2024 were agreed as a correct record.

3. PUBLIC QUESTIONS
No public questions had been received.

4. POLICING PERFORMANCE INSPECTORATE REPORT: EMERGENCY CALL HANDLING

The Chair introduced the item, noting that the inspectorate's report had been published on Tuesday 8 October 2024 and had graded the force as inadequate for answering emergency calls.

The Commissioner said the findings were "deeply disappointing" and that he had "read every page with a growing sense of frustration". He said: "I have held the chief constable to account on this in private for months. I am now doing so in public."

The Commissioner announced that he would release £850,000 from the police reserves to fund 20 additional call handler posts for two years and a one-off retention payment of £1,500 for every call handler who had completed 12 months' service. He said around 140 staff were expected to qualify for the retention payment.

The Deputy Chief Constable apologised "to every person who waited longer than they should have when they needed us most". He told the panel that 26 new call handlers would begin a seven-week training course on Monday 4 November 2024 and would start taking calls in the week beginning Monday 16 December 2024. A further intake of 18 was planned for February 2025.

The Deputy Chief Constable said performance had already begun to improve. In September 2024, 78.6 per cent of 999 calls were answered within 10 seconds and the average time to answer was 13 seconds. He said the force aimed to meet the 90 per cent standard by Monday 31 March 2025.

Cllr Haskins asked about the call on Saturday 31 August in Tolhurst, which he said had "shaken a lot of people in my ward". He asked whether anyone at the force had been disciplined. The Deputy Chief Constable said there had been no individual misconduct. "The call handlers on duty that night were doing their jobs. There were simply not enough of them," he said. He said only 11 of the 19 handlers on the rota had been on duty that night.

Cllr Cho asked why recruitment had not been increased when the force's workforce plan warned of shortages in March 2023. The Assistant Chief Constable, who took over responsibility for the contact centre in June 2024, said: "With hindsight, we should have recruited ahead of need rather than waiting for posts to fall vacant. That is exactly what we are doing now." She said the force was also reviewing the Beacon system with its supplier, Northgate Arc Systems, and a software update due on Monday 18 November 2024 was expected to remove two mandatory screens from the emergency call process.

Cllr Leddington asked whether the £850,000 would come at the expense of neighbourhood policing. The Commissioner said it would not, and that the money came from a reserve set aside for "operational pressures", which stood at £3.4 million before this decision.

Mr Adebayo asked how many people had abandoned a 999 call and not been called back. The Assistant Chief Constable said the force began calling back every abandoned 999 caller on Monday 7 October 2024 but could not say how many had been missed before that date. She undertook to provide the figure in writing.

Cllr Garland said he was "not convinced that a target of March is realistic when the new recruits will only have been on the floor for three months".

RESOLVED (8 votes for, 2 against, 0 abstentions; Cllr Whitlow did not vote):
(a) That the panel notes the inspectorate's report and the Commissioner's response.
(b) That the Commissioner provides the panel with a written monthly update on 999 call answering performance until the 90 per cent standard has been met for three consecutive months.
(c) That the Deputy Chief Constable and Assistant Chief Constable be invited to attend the panel's meeting on Thursday 6 February 2025.

5. DATE OF NEXT MEETING
Thursday 5 December 2024 at 10.00am, Brackenford Town Hall.

The meeting closed at 12.25pm.
`;

/** h515: sources/inspectorate_report_summary.md, whole. */
export const INSPECTORATE_SUMMARY = `# Policing Performance Inspectorate

## Inspection of emergency call handling: Aldmoor Police

**Summary of findings**
**Published: Tuesday 8 October 2024**
**Lead inspector: Rowena Achterberg, Regional Inspector of Policing (North and Midlands)**

### 1. Background

The Policing Performance Inspectorate (PPI) carried out an unannounced inspection of the Aldmoor Police Force Contact Centre at Quarry Lane, Brackenford, between Tuesday 10 September and Thursday 12 September 2024. Inspectors observed 46 hours of live call handling, listened back to 312 recorded 999 calls, interviewed 58 members of staff and examined the force's call data for the period from Monday 1 April 2024 to Saturday 31 August 2024.

The expected standard is that 90 per cent of 999 calls are answered within 10 seconds.

### 2. Overall judgement

We have graded Aldmoor Police as **inadequate** for answering emergency calls. At our last inspection, in 2022, the force was graded **adequate**.

Rowena Achterberg, the lead inspector, said: "People who dial 999 in Aldmoor are waiting too long for an answer, and some of them are giving up. That is not acceptable. The force knew its staffing was falling well short and it did not act quickly enough."

### 3. Key figures

| Measure (1 April to 31 August) | 2023 | 2024 |
|---|---|---|
| 999 calls received | 108,680 | 118,460 |
| Answered within 10 seconds | 84.2% | 71.4% |
| Average time to answer | 8 seconds | 19 seconds |
| Calls abandoned before answer | 1.6% | 3.8% |
| Longest single wait | 2 min 51 sec | 6 min 42 sec |

- Demand for 999 calls rose by 9 per cent compared with the same five months of 2023.
- A total of 4,501 callers hung up before their 999 call was answered.
- The longest wait, 6 minutes and 42 seconds, was recorded at 11.48pm on Saturday 31 August 2024. The caller was reporting a man armed with a knife outside a takeaway on Stanier Road, Tolhurst. Officers arrived 14 minutes after the call was answered and nobody was injured.
- Performance was worst on Friday and Saturday evenings between 8pm and 2am, when only 58.3 per cent of 999 calls were answered within 10 seconds.
- On the 101 non-emergency line, the average wait was 11 minutes and 5 seconds and 27 per cent of callers abandoned their call.

### 4. Comparison with other forces

Of the 39 forces for which comparable data was available, Aldmoor Police ranked 37th for the proportion of 999 calls answered within 10 seconds. Its neighbour, Fenmarsh Constabulary, which serves a population of a similar size, answered 88.9 per cent of 999 calls within 10 seconds over the same period. The average across the 39 forces was 86.0 per cent.

### 5. Causes

We found three main reasons for the decline:

1. **Staffing.** On 31 August 2024, 38 of the force's 212 funded call handler posts (18 per cent) were vacant. Staff turnover in the contact centre was 31 per cent in the 12 months to August 2024. Call handlers lost an average of 14.2 working days each to sickness over the same 12 months.
2. **New technology.** The force introduced a new call-handling and incident-logging system, known as Beacon, on Monday 1 July 2024. Call handlers told us that the system took longer to log incidents, which kept them on each call for longer. The average call length rose from 4 minutes 10 seconds in June to 5 minutes 2 seconds in August.
3. **Leadership and planning.** The force's own workforce plan, agreed in March 2023, warned that the contact centre would be "critically short of staff by summer 2024". Recruitment was not increased until May 2024.

We did not find that the rise in demand alone explained the decline.

### 6. Recommendations

We have made four recommendations and identified two areas for improvement. The principal recommendations are:

- **Recommendation 1:** By Wednesday 8 January 2025, the chief constable should produce a plan to restore performance to the national standard, with monthly milestones.
- **Recommendation 2:** The force should fill all vacant call handler posts and reduce turnover, including by reviewing pay and shift patterns.
- **Recommendation 3:** The force should review the Beacon system with its supplier and remove steps that add time to emergency calls.
- **Recommendation 4:** The force should introduce a system to call back every person who abandons a 999 call, within five minutes.

We will revisit the force in the spring of 2025.
`;

/** h521: sources/parish_council_transcript.txt, whole. */
export const PARISH_MEETING = `UPPER KEDLOW PARISH COUNCIL
EXTRAORDINARY MEETING — TRANSCRIPT (prepared from the audio recording by the Clerk)
Wednesday 13 November 2024, 7.30pm, Upper Kedlow Village Hall

Present: Cllr Graham Tillotson (Chair), Cllr Sue Bramall (Vice-Chair), Cllr Ian Devereux, Cllr Priya Nandra, Cllr Tom Gillard, Cllr Hazel Wren, Cllr Owen Pryce, Cllr Bernard Lusk
Apologies: Cllr Fiona Carrick
In attendance: Anne Pardoe (Clerk and Responsible Financial Officer); Cllr Mark Openshaw (North Valebrook District Council, Kedlow and Hollin ward); approximately 60 members of the public, including Ruth Ellery (Save Kedlow Fields)

Single item of business: Appeal decision APP/K4410/W/24/3339172, Cressing Moor solar farm — whether the Parish Council should seek a statutory challenge in the High Court.

---

CHAIR (Cllr Tillotson): Good evening, everyone, and thank you for coming out on a wet night. We have eight councillors present, so we are quorate. There is one item tonight. As you will all know, the inspector allowed the appeal on Monday the 4th, and the question for this council is whether we spend public money trying to overturn it. I know there are people in this room who are angry, and I share a lot of that anger, but we have to be honest about what this council can afford. I'll ask the Clerk to set out the figures first.

CLERK (Anne Pardoe): Thank you, Chair. I've had written advice from Fenwick Lyle Solicitors. A challenge has to be lodged within six weeks of the decision, so the deadline is Monday 16 December. Their estimate for our own legal costs is between £18,000 and £30,000, depending on whether it goes to a full hearing. If we lost, our liability for the developer's and the Secretary of State's costs would be capped at £10,000 under the environmental costs rules. For comparison, the precept for this year, 2024/25, is £41,200, and our general reserve stands at £26,500. So in the worst case we would be looking at up to £40,000, which is close to a full year's precept.

CHAIR: And what did the solicitors say about the chances?

CLERK: Their words were that a challenge would be "arguable but with no better than modest prospects". They pointed out that a challenge can only be on a point of law, not because we disagree with the inspector's judgement.

CLLR OPENSHAW: If I may, Chair. I should tell the meeting that the district council will not be challenging the decision. Our legal team has looked at it and there is no realistic prospect of success. I'm also aware the council has to pay part of Brightfield's costs because of the heritage reason being dropped late, which I'm not happy about, frankly. That was not a decision members were consulted on.

CLLR BRAMALL: Do we know how much that costs award will be?

CLLR OPENSHAW: Not yet. The amount hasn't been agreed. Officers think it will be in the region of £35,000 but that's an estimate.

CHAIR: I'll now open it up to members of the public for up to fifteen minutes. Ruth.

RUTH ELLERY (Save Kedlow Fields): Thank you. We gave evidence over three days at that inquiry. The inspector spent one morning walking our fields, and she accepted the developer's soil survey almost word for word. Our group has raised £6,400 by crowdfunding since the decision, and we are taking our own advice. We're not asking the parish council to write a blank cheque. We're asking you not to close the door.

MEMBER OF THE PUBLIC (Mr Alan Croft, Kedlow Road): I live four hundred yards from that site. Nine months of lorries past the school. Who's policing the forty-a-day limit?

CLLR OPENSHAW: The limits are planning conditions, so enforcement is for the district council. Condition 11 caps it at 40 HGV movements a day, and condition 12 keeps lorries off Church Lane at school drop-off and pick-up. If residents see breaches, they report them to our enforcement team and we will act.

MEMBER OF THE PUBLIC (Mrs Janet Oduya, Mill Close): What about the community fund? The developer's press release says twenty-five thousand a year. Who decides where it goes?

CHAIR: That's item two of my recommendation, Janet, I'll come to it.

CLLR DEVEREUX: Chair, I've been on this council eleven years. I voted to object to this scheme and I'd vote the same way tomorrow. But £40,000 in the worst case is more than our reserve. We'd have to put the precept up by something like 70% next year. I can't support that for a modest prospect.

CLLR NANDRA: I disagree. The inspector herself said the harm to walkers on UK12 would last the whole 40 years. That's our footpath. If we don't test this, who will? I'd support contributing something to the residents' group's challenge, even if we don't bring our own.

CLERK: Chair, I have to advise that a contribution to a third party's litigation would need its own legal advice on our powers. I wouldn't recommend deciding that tonight.

CLLR GILLARD: I'm with Ian. I don't like the decision. But we were elected to look after the precept as well as the fields.

CHAIR: Let me put my recommendation. One: that the Parish Council does not bring a statutory challenge to the appeal decision. Two: that the Clerk writes to Brightfield Renewables asking that the community benefit fund be administered by a panel with a majority of parish council and resident members, and with Upper Kedlow Primary School represented. Three: that the Clerk writes to our MP, Rebecca Ashdown, about the weight given to agricultural land in solar appeals.

CLLR BRAMALL: I'll second.

CHAIR: Taking item one. Those in favour of not bringing a challenge?

[Show of hands: Cllrs Tillotson, Bramall, Devereux, Gillard, Pryce — 5]

CHAIR: Against?

[Cllrs Nandra, Wren — 2]

CHAIR: Abstentions?

[Cllr Lusk — 1]

CHAIR: Item one is carried, five votes to two with one abstention. Items two and three together — all in favour?

[All eight councillors]

CHAIR: Carried unanimously. I want to say to Ruth and to everyone from Save Kedlow Fields: this is not the council saying the decision was right. It's the council saying it cannot gamble money it doesn't have. I hope that's understood.

RUTH ELLERY: It's understood. It's not agreed with.

CHAIR: Thank you. The meeting closed at 8.52pm.

Signed as an accurate record: Graham Tillotson, Chair
`;

/** h526: sources/council_press_release_2025-10-15.html, whole. */
export const MARKET_RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Hallowford Winter Market 2025 will not go ahead | Hallowford Town Council</title>
</head>
<body>
<header>
  <p>Hallowford Town Council &ndash; News</p>
</header>
<article>
  <h1>Hallowford Winter Market 2025 will not go ahead</h1>
  <p class="dateline"><strong>Press release issued Wednesday 15 October 2025 &ndash; for immediate use</strong></p>

  <p>Hallowford Town Council has confirmed that this year's Winter Market, which had been due to open on Friday 28 November, will not take place, after new safety conditions more than doubled the projected cost of running the event.</p>

  <p>Members of the council's Policy and Resources Committee voted at an extraordinary meeting on Tuesday 14 October to cancel the market, which has been held every year since 2009. The decision was carried by seven votes to two, with one abstention.</p>

  <p>The projected cost of the 2025 market rose to &pound;96,700, compared with &pound;41,200 for last year's event. The largest single increase was for certified vehicle barriers, which were required at all five entry points to the market area and were priced at &pound;38,400. Stewarding costs were projected at &pound;21,600, more than double the 2024 figure.</p>

  <p>Town Mayor Cllr Susan Pike said: &ldquo;This is not the decision any of us wanted to make, but we cannot ask Hallowford's council tax payers to underwrite a bill that has more than doubled in a single year.&rdquo;</p>

  <p>She added: &ldquo;I want to thank every stallholder, volunteer and business that has made the Winter Market what it is, and I am determined that it returns.&rdquo;</p>

  <h2>Christmas lights switch-on will go ahead</h2>

  <p>The town's Christmas lights switch-on will go ahead as planned on Saturday 29 November on Market Square. Festivities will begin at 4pm with a lantern parade from St Aldric's Church to Market Square, led by pupils of Hallowford Primary School and the Hallowford Silver Band, and the lights will be switched on at 5.30pm.</p>

  <h2>What happens next</h2>
  <ul>
    <li>All 52 stallholders who paid a deposit will receive a full refund within 28 days. No action is needed from stallholders.</li>
    <li>A Winter Market Working Group, including two representatives of the Hallowford Traders' Association, will report to the full council by 31 March 2026 on how a market could return in 2026.</li>
    <li>The council will apply to the Brackenshire District Council Community Events Fund, which opens for applications in January 2026.</li>
  </ul>

  <p>Cllr Margaret Ellery, chair of the Policy and Resources Committee, said: &ldquo;We looked at every option, including a smaller market on Market Square alone, and none of them added up. I would rather make a hard decision now than put on an event we could not afford or could not make safe.&rdquo;</p>

  <h2>Notes to editors</h2>
  <ol>
    <li>The Brackenshire Safety Advisory Group is a multi-agency body convened by Brackenshire District Council. Its members include Brackenshire Police, Brackenshire Fire and Rescue Service, the regional ambulance service and the district council's licensing and highways teams. It advises event organisers and does not itself license events.</li>
    <li>The 2024 Winter Market hosted 64 stalls and attracted an estimated 48,000 visits.</li>
    <li>The council's minimum general reserves level is &pound;180,000.</li>
    <li>Media enquiries: Communications Office, Hallowford Town Council, The Corn Exchange, Market Square, Hallowford.</li>
  </ol>
</article>
</body>
</html>
`;

/** h526: sources/pr_committee_minutes_2025-10-14.md, whole. */
export const MARKET_MINUTES = `# Hallowford Town Council

## Minutes of the Extraordinary Meeting of the Policy and Resources Committee

Held on Tuesday 14 October 2025 at 7.00pm in the Council Chamber, The Corn Exchange, Market Square, Hallowford

**Present:** Cllr Margaret Ellery (Chair), Cllr Robert Ashdown, Cllr Neil Brabazon, Cllr Hannah Dorling, Cllr Colin Fenwick, Cllr Fiona Kettering, Cllr Peter Quilley, Cllr Joy Ransome, Cllr Sunita Rao, Cllr Tom Wrexley

**In attendance:** Daniel Okafor (Town Clerk), Priya Bhandari (Responsible Financial Officer), Leah Tranter (Events and Markets Officer)

**Members of the public:** 23. **Press:** 1.

---

### P&R 25/41 Apologies for absence

Apologies were received from Cllr Susan Pike (Town Mayor, ex officio member).

### P&R 25/42 Declarations of interest

Cllr Joy Ransome declared a non-pecuniary interest as a member of the Hallowford Traders' Association. She stated that she would take part in the debate but would abstain from any vote on item P&R 25/44.

### P&R 25/43 Public participation

Mr Gareth Lowndes, chair of the Hallowford Traders' Association, addressed the committee for three minutes. He asked the committee to defer any decision on the Winter Market until the meeting of the full council on Tuesday 11 November 2025, to allow the association time to raise funds. He told members that the association could pledge £15,000 towards the additional safety costs, made up of contributions from members and two local sponsors.

Two further members of the public spoke in support of the market.

### P&R 25/44 Hallowford Winter Market 2025

The committee received report EMO/25/07 from the Events and Markets Officer.

Ms Tranter reported that the Winter Market, first held in 2009, had been scheduled to run from Friday 28 November to Sunday 21 December 2025 on Market Square, Abbey Street and Chantry Lane, with 70 stalls planned. The 2024 market had hosted 64 stalls and attracted an estimated 48,000 visits over four weekends, up from 41,000 in 2023.

Ms Tranter reported that the Brackenshire Safety Advisory Group (SAG) had considered the event plan at its meeting on Thursday 25 September 2025 and had written to the council on Tuesday 30 September 2025 setting out the following conditions for 2025:

1. certified hostile vehicle mitigation (HVM) barriers at all five vehicle entry points to the event area (in 2024, temporary water-filled barriers were placed at two entry points only);
2. SIA-licensed stewards at a ratio of one steward per 250 visitors at peak times, up from one per 500;
3. an independently prepared crowd management plan, to be submitted no later than Friday 7 November 2025;
4. a temporary traffic regulation order for the full closure of Abbey Street and Chantry Lane on each market day.

Ms Tranter advised that the SAG letter stated that the conditions reflected the Terrorism (Protection of Premises) Act 2025 and updated national guidance on crowded places, and were not a response to any incident at the Hallowford market, which had recorded no significant safety incidents since it began.

The following cost comparison was presented:

| Cost heading | 2024 actual | 2025 projected |
|---|---|---|
| Vehicle barriers (HVM) | £4,100 | £38,400 |
| Stewarding | £9,800 | £21,600 |
| Traffic management | £6,200 | £8,900 |
| Event insurance | £3,100 | £5,200 |
| Staging and lighting | £12,900 | £14,300 |
| Waste and cleansing | £2,900 | £4,100 |
| First aid and medical cover | £2,200 | £4,200 |
| **Total** | **£41,200** | **£96,700** |

The Responsible Financial Officer, Ms Bhandari, reported that projected income for 2025 was £40,000, comprising stall fees of £35,000 and sponsorship of £5,000, leaving a shortfall of £56,700. The events reserve stood at £12,000. Meeting the balance of £44,700 would require a drawdown from general reserves, reducing them from £212,000 to £167,300, which would be below the council's minimum reserves level of £180,000 set out in its reserves policy.

The Town Clerk, Mr Okafor, reported that the council's insurers had confirmed the higher premium on Friday 10 October 2025, and that the increase reflected the larger number of entry points and the extended road closures. He advised that the £15,000 offered by the Traders' Association, while welcome, would not close the gap, and that a deferral to 11 November would leave too little time to order barriers, which carried a lead time of six weeks.

The Chair, Cllr Ellery, said: "The safety requirements are there for good reason, and we would never run an event that fell short of them."

Cllr Wrexley proposed an amendment that a scaled-down market be held on Market Square only over two weekends. Cllr Dorling seconded the amendment. Ms Tranter advised that a Market Square-only event would still require barriers at three of the five entry points and was estimated to cost £61,000, against income of approximately £19,000. Cllr Wrexley said: "We are about to tell this town that Christmas is cancelled because of a spreadsheet."

On being put to the vote, the amendment fell (2 in favour, 7 against, 1 abstention).

Cllr Ashdown proposed and Cllr Kettering seconded the substantive motion.

**RESOLVED** (7 in favour, 2 against, 1 abstention) that:

(a) the Hallowford Winter Market 2025, scheduled for Friday 28 November to Sunday 21 December 2025, be cancelled;

(b) the Christmas lights switch-on proceed on Saturday 29 November 2025 on Market Square, with a budget not exceeding £7,500;

(c) a Winter Market Working Group of four councillors and two representatives of the Hallowford Traders' Association be established, to report to the full council by Tuesday 31 March 2026 on options for a market in 2026;

(d) the 52 stallholders who had paid deposits of £75 each, totalling £3,900, be refunded in full within 28 days.

Cllrs Wrexley and Dorling asked that their votes against be recorded. Cllr Ransome abstained.

### P&R 25/45 Date of next meeting

Tuesday 4 November 2025 at 7.00pm.

The meeting closed at 8.52pm.

Signed ........................ (Chair)
`;
