/**
 * The fifty-ninth round, second part: fields, clauses and speakers (h923–h937). A date a document's field gives its
 * event ("**Previous inspection:** Tuesday 12 September 2023"); a date beside its weekday in apposition ("next
 * Wednesday (26 February)"); a figure another date of the claim is nearer; a row's gap the claim works out; a relative
 * clause's figure its antecedent's row; a ranking in apposition past an adverb ("already the dearest site"); a time
 * said with a dot after a verb of an event ("rang Fire Control at 2.49"); a part of a count of other things ("five of
 * the six months"); words for one post ("sole" / "single partner"); denials of a time only ("can't promise you the
 * answer tonight, but …"), of a choice "unless" offers, of what the claim calls another; a light verb before a count
 * in words; "pointed to"; a school's years, no place; a post's initials as a speaker's label ("PCC (Ruth Calloway)");
 * a question the claim says the person asked; an exact figure passages give only hedged, where a sentence the claim
 * copies gives another ("risen by 2.8 minutes" / "by about four minutes"), or any passage one with two digits swapped; "chaired by" as a post; a motion's mover and
 * seconder swapped; the further ones that brought a total to the claim's ("two further objections, bringing the total
 * to 65"); a post with a place the claim leaves out; "secures" for "obtaining"; a ranking among some rows ("the
 * busiest of the sites earmarked for closure"); "coincides with" framing; two caps ("up to £54,000" / "not exceeding
 * forty-five thousand pounds"); "unlikely to" for "won't"; a post between a preposition's person and the subject
 * ("a letter to Mr Pennick, its clerk, Janet Aldous, said"). Every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, misattributions, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';

const INSPECTION = `# Adult Care Standards Inspectorate

## Inspection report summary: Larchfield Court

**Location:** Larchfield Court, 14 Mill Lane, Stanbridge, Harrowmere HW7 2QL
**Provider:** Brightwater Living Ltd
**Registered places:** 52
**Inspection dates:** Tuesday 4 March 2025 and Wednesday 5 March 2025 (unannounced)
**Previous inspection:** Tuesday 12 September 2023 (report published 2 November 2023)

### What we found

**Staffing.** The provider's own dependency tool assessed that four care staff were needed on each night shift. Agency staff covered 46.3 per cent of all care hours worked in February 2025, compared with 18 per cent at the time of our previous inspection.

**Nutrition.** Eight people had lost more than 5 per cent of their body weight in the previous three months. In four of these cases a referral to a dietitian had not been made.
`;

const OPPOSITION = `INDEPENDENT RESIDENTS' GROUP – PRESS STATEMENT

The Independent Residents' Group on Hallowmere Borough Council will table an amendment at Budget Council next Wednesday (26 February) to hold the council tax rise to 2.99 per cent instead of the 4.99 per cent proposed by Mayor Denise Okafor.
`;

const BUDGET = `# Revenue budget 2025/26

1.1 This report sets out the Mayor's proposed revenue budget for 2025/26 and the recommended level of council tax for the financial year beginning Tuesday 1 April 2025.

1.2 The Mayor proposes a council tax rise of 4.99 per cent.
`;

const DEBATE = `MARROWBY BOROUGH COUNCIL
FULL COUNCIL MEETING
Wednesday 24 July 2024

CLLR PRIYA HALDANE (Cabinet Member for Communities and Culture): Thank you, Mr Mayor.

Nobody came into politics to reduce library hours. But this council has lost 41 per cent of its core government funding since 2010, and we have to find £9.8 million by 2027. The library service has to play its part.
`;

const HOURS = `# Future of the library service

4.2 Table 1 sets out each branch's current and proposed weekly opening hours.

| Branch | Current hours | Proposed hours | Visits 2023/24 | Management |
|---|---|---|---|---|
| Marrowby Central | 60 | 52 | 312,400 | Council-run hub |
| Halverton | 42 | 30 | 88,150 | Council-run |
| Copple End | 35 | 24 | 41,600 | Council-run |
| Brindle Cross | 24 | 15 | 14,200 | Community-managed |
| Faxby | 20 | 12 | 9,750 | Community-managed |
`;

const FUNDING = `### 5. Funding

| Source | Original (£m) | Revised (£m) |
|---|---|---|
| Leetvale Local Growth Partnership (capped grant) | 11.20 | 11.20 |
| Wrexfordshire County Council prudential borrowing | 7.40 | 13.10 |
| **Total** | **18.60** | **24.30** |

The Leetvale Local Growth Partnership grant is capped and does not cover cost increases. The additional £5.70 million is being met from council borrowing.
`;

const RENTS = `# Allotments review 2024

| Site | Plots | Vacant plots | Waiting list | Current rent (per full plot, per year) | Proposed rent from 1 April 2025 | Increase |
|---|---|---|---|---|---|---|
| Mill Lane | 64 | 2 | 41 | £48 | £66 | 37.5% |
| Quarry Road | 38 | 0 | 27 | £48 | £66 | 37.5% |
| St Aldwyn's Field | 52 | 5 | 18 | £42 | £58 | 38.1% |
| Fenwick Gardens | 30 | 1 | 35 | £52 | £72 | 38.5% |
| Holloway Meadow | 22 | 4 | 9 | £42 | £58 | 38.1% |
`;

const FIRE = `# Incident summary: fire at Lenn Valley Chemicals, Hallbrook

| Time (Tue 14 Oct) | Event | Appliances in attendance or mobilised | Firefighters on scene |
|---|---|---|---|
| 02:47 | First 999 call received by Westmoor Fire Control | 0 | 0 |
| 02:49 | Two appliances mobilised from Hallbrook | 2 | 0 |
| 02:58 | First appliance arrives; crew report well-developed fire in Building 4 | 2 | 9 |
`;

const RESIDENTS = `HALLBROOK RESIDENTS' MEETING
Thursday 16 October 2025, St Aidan's Church Hall

Present: Keith Finlow, site director, Lenn Valley Chemicals

MR FINLOW: Our security officer rang Fire Control at 2.49. By then other people had already called.

MR FINLOW: I respect the vote. I'll take it back to our managing director, Dr Varma, tomorrow morning. I can't promise you the answer tonight, but I can promise you that you'll get one in writing.
`;

const BIRTHS = `# Maternity services: births and diverts

| Month | Births | Midwife vacancies (WTE) |
|---|---|---|
| September 2024 | 241 | 22.4 |
| February 2025 | 187 | 25.1 |

3.1 Births fell in five of the six months, and February's total of 187 was 22% lower than September's.
`;

const PRACTICE = `# Ashcombe Lane Surgery: decision paper

2.1 Ashcombe Lane Surgery holds a General Medical Services (GMS) contract. Since the retirement of Dr Colin Birtwistle in September 2023, the contract has been held by a single partner, Dr Helen Marsh. On 9 January 2025 Dr Marsh gave the ICB formal notice that she would retire and hand back the contract with effect from 31 October 2025.

2.2 The ICB sought a new provider for the contract. No practice was willing to take it on.
`;

const HOSC = `HEALTH OVERVIEW AND SCRUTINY COMMITTEE
Transcript, Thursday 10 July 2025

SARAH PENHALLOW: Every patient will get a letter by the first of August, explaining that they will be moved to Millbrook on 3 November unless they choose to register elsewhere.
`;

const MARKET = `# Christmas market review 2024

2.2 Officers believe the principal factors behind the fall in visits were the closure of the 310-space Mill Street car park from Monday 7 October 2024 for redevelopment, and the opening of a competing Christmas market at Fosbrook Retail Park, three miles away, which ran from Friday 15 November.
`;

const LETTER = `Civic Offices, Market Parade, Hensby EM1 2AB

Dear Dr Oakeshott,

Re: Pupil movement from Brackenfield Academy in Years 10 and 11 (cohort completing GCSEs in summer 2025)

I am writing following the council's annual analysis of pupil movement between secondary schools in Eastmoor.
`;

const RESULTS = `# Brackenfield Academy – GCSE Results Summary 2025

**Brackenfield Academy, Coldharbour Lane, Hensby EM7 3QT**

"These are the best GCSE results in the history of Brackenfield Academy," said the headteacher.
`;

const PANEL = `ESKDOWN POLICE AND CRIME PANEL
Transcript of proceedings (agenda item 6: PCC Annual Performance Report 2024/25 – Emergency Response and Rural Policing)

Present:
Councillor Geoffrey Whitlam (Chair) – Eskdown County Council
Councillor Sandra Oakes (Vice-Chair) – Fallowmere District Council

In attendance:
Ruth Calloway – Police and Crime Commissioner for Eskdown

CHAIR (Cllr Whitlam): We now move to item 6, the Commissioner's annual performance report. Commissioner?

PCC (Ruth Calloway): Thank you, Chair. The headline is that the force is attending more emergencies than ever.

CLLR OAKES: Thank you, Chair. I represent a Fallowmere ward. My question to the Commissioner is simple: why did it take until November last year to approve a new station, when the Harlston office closed in March 2022?

PCC: It's a fair question. The decision to close Harlston was taken by my predecessor. I approved the business case on the fourteenth of November.

PCC: I welcome the scrutiny. If Pellingford doesn't deliver, I want this panel to be the first to tell me.
`;

const PERFORMANCE = `# Police and crime commissioner: annual performance report

Fallowmere is of most concern. Its median response time has risen by 2.8 minutes over two years, and fewer than half of Grade 1 incidents in the district were attended within target.

### 5. Pellingford Police Station

The force's modelling projects that the station will reduce the median Grade 1 response time in Fallowmere by about four minutes in its first full year of operation.
`;

const LANDFILL = `CALDERWICK WASTE MANAGEMENT – STATEMENT

The working face of Cell 4 has already been reduced to around 1,700 square metres and will be below 1,500 square metres before the end of October.
`;

const LIAISON = `ASHBURY LANDFILL RESIDENTS' LIAISON MEETING
Transcript, Thursday 9 October 2025

GARETH MILBURN: We measured it this morning at 1,650 square metres. The statement said around 1,700 because that was Monday's figure.
`;

const SCRUTINY = `WEXDOWN COUNTY COUNCIL
HEALTH OVERVIEW AND SCRUTINY COMMITTEE
Transcript, Thursday 10 July 2025

Present:
Cllr Patricia Hendry (Chair)
Cllr Tom Whitlock (Vice-Chair)

CLLR HENDRY (CHAIR): We turn to the closure of Ashcombe Lane Surgery. Cllr Whitlock.

CLLR WHITLOCK: Thank you, Chair. Patients in Ashcombe are worried about the distance to Millbrook.
`;

const FERRY = `ARDCRANNISH TRANSPORT SCRUTINY COMMITTEE
Transcript of proceedings

THE CHAIR: Thank you. Councillor Garrow has moved a recommendation, seconded by Councillor Mendham, that the committee asks Fennay Sound Ferries to retain a late sailing from Skelbrough on Fridays. All those in favour?
`;

const SITE_VISIT = `PLANNING COMMITTEE SITE VISIT
Lower Hatch Farm, Tuesday 13 May 2025

FIONA TREHARNE: Briefly, Chair. Since the report was published we have received two further objections, bringing the total to 65, and one further letter of support, making 10. None raises a new issue.
`;

const TRADERS = `MARINE PARADE TRADERS' ASSOCIATION – STATEMENT

Denise Hatherley, chair of the association and owner of Hatherley's Bakery on Fore Street, said: "Nobody on Fore Street is against the cruise ships. On a good day they have been a real lift."
`;

const LEVY = `# Visitor levy: consultation report

2.3 The earliest date on which collection could begin is Thursday 1 April 2027, subject to the council obtaining the necessary powers from central government.
`;

const TOILETS = `# Public toilets review

**Table 1: Public toilet sites, 2023/24**

| Site | Ward | Annual visits 2023/24 | Running cost 2023/24 | Cost per visit | Proposal |
|---|---|---:|---:|---:|---|
| Market Square (incl. Changing Places) | Town Centre | 182,400 | £61,200 | £0.34 | Retain; extend hours |
| Cliff Road promenade | Seafront | 112,600 | £52,700 | £0.47 | Retain |
| Station Approach | Town Centre | 97,300 | £44,600 | £0.46 | Close |
| Riverside Gardens | Millbank | 64,800 | £38,900 | £0.60 | Close |
| Bell Lane car park | Upper Town | 21,500 | £27,300 | £1.27 | Close |

4.1 **Station Approach.** A condition survey carried out in May 2024 found that the roof and drainage are at the end of their life. Remedial works are estimated at £85,000.
`;

const HARBOUR = `HARBOUR BOARD MEETING
Transcript

GEOFFREY PENNOCK: Recommendation four, that the executive fund a one-year Old Town ambassadors pilot from the marketing budget, at a cost not exceeding forty-five thousand pounds, and report back in twelve months.
`;

const BROADBAND = `PUBLIC MEETING ON THE BROADBAND PROGRAMME
Transcript

Present: Gareth Pennick, Programme Manager, Westmarsh County Council

GARETH PENNICK: Phase 2 procurement will launch next spring. I have to be straight with you: contracts won't be awarded before autumn 2025.
`;

const LETTER_PARISH = `LITTLE BRAMCOTE PARISH COUNCIL

Dear Mr Pennick,

Neither the parish council nor our county councillor was told in advance that Little Bramcote would be moved to Phase 2.

Yours sincerely,
Janet Aldous
Clerk to the Council
`;

const SCOOTERS = `# E-scooter trial evaluation

3.1 The injury rate across the year was 11.0 per 100,000 trips. Officers note that the Q4 rise coincides with the fleet expansion and the extension of the operating area to Harlow Bridge, where the road network includes two large roundabouts.
`;

const GOVERNORS = `ASHDOWN ACADEMY GOVERNING BOARD
Transcript, Thursday 6 March 2025

Present:
Mrs Helen Valand (chair)
Mr Tom Whitlock (staff governor)

MR WHITLOCK: Speaking as a member of staff, the trousers are the item we spend most time on in uniform checks, because the current rule is so loose.
`;

const MEETING = `PUBLIC MEETING ON THE BROADBAND PROGRAMME
Transcript

Present: Gareth Pennick, Programme Manager; Tom Ashdown, Sallows End Farm

TOM ASHDOWN: My milk contract now requires daily uploads, and I drive to the pub car park to send them. So my question is simple: when?

GARETH PENNICK: Phase 2 procurement will launch next spring.
`;

const DROUGHT = `# Fennick Valley Water: drought report

Breaching the temporary use ban is a criminal offence. Anyone found guilty could be fined up to £1,000.
`;

const PHONE_IN = `DALES SOUND PHONE-IN
Transcript

DR ALISON PETTIGREW: That's a decision for the board, not for me, and Stephen Cauldwell, our chief executive, is meeting the forum next week.
`;

const UNION = `COLLEGE LECTURERS' ASSOCIATION – STATEMENT

The union says the consultation document published on Monday 3 March understates the number of jobs at risk. The document puts the number of posts to be removed at 46. The CLA says that figure leaves out 12 staff on fixed-term contracts at the two colleges whose contracts are due to end in July 2025 and who have been told they will not be renewed "pending the outcome of the merger".
`;

describe('fields and clauses', () => {
  test('a date a document\'s field gives the claim\'s event; a date beside the claim\'s weekday', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/inspection_report_summary.md': INSPECTION, 'sources/opposition_statement.txt': OPPOSITION, 'sources/budget_report.md': BUDGET }));
    const previous = judge('Agency workers covered 46.3 per cent of care hours that month, up from 18 per cent at the previous inspection in September 2023.');
    assert.deepEqual(previous.conflicts, [], why(previous));
    const wrong = judge('Agency workers covered 46.3 per cent of care hours that month, up from 18 per cent at the previous inspection in September 2022.');
    assert.equal(wrong.verdict, 'contradicted', why(wrong));
    const april = judge('Council tax bills in Hallowmere will rise by almost 5 per cent from April after councillors approved Mayor Denise Okafor\'s budget on Wednesday night.');
    assert.deepEqual(april.conflicts, [], why(april));
  });

  test('a figure another date of the claim is nearer is that date\'s', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/council_debate_transcript.txt': DEBATE }));
    const faithful = judge('She told councillors the authority had lost 41 per cent of its core government funding since 2010 and must find £9.8m by 2027.');
    assert.deepEqual(faithful.conflicts, [], why(faithful));
    const wrong = judge('She told councillors the authority had lost 41 per cent of its core government funding since 2012 and must find £9.8m by 2027.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('rows: a gap the claim works out, a relative clause\'s antecedent, a ranking in apposition past an adverb', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/cabinet_report.md': HOURS, 'sources/scheme_update.md': FUNDING, 'sources/allotments_review.md': RENTS }));
    const gap = judge('Halverton will lose 12 hours a week, dropping to 30, and Copple End will open for 24 hours instead of 35.');
    assert.deepEqual(gap.conflicts, [], why(gap));
    const borrowing = judge('The Leetvale Local Growth Partnership\'s grant of £11.2 million is capped, so the extra cost is being met from council borrowing, which has risen from £7.4 million to £13.1 million.');
    assert.deepEqual(borrowing.conflicts, [], why(borrowing));
    const dearest = judge('Tenants at St Aldwyn\'s Field and Holloway Meadow will see their rent go from £42 to £58, while the rent at Fenwick Gardens, already the dearest site, rises from £52 to £72.');
    assert.deepEqual(dearest.conflicts, [], why(dearest));
    const swapped = judge('Tenants at Fenwick Gardens will see their rent go from £52 to £72, while the rent at St Aldwyn\'s Field, already the dearest site, rises from £42 to £58.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
    assert.ok(swapped.conflicts.some((c) => /Fenwick Gardens as the dearest/.test(c.source)), why(swapped));
  });

  test('a time said with a dot after a verb of an event; a part of a count of other things', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/incident_summary.md': FIRE, 'sources/residents_meeting_transcript.txt': RESIDENTS, 'sources/board_paper.md': BIRTHS }));
    assert.deepEqual(
      extractValues('MR FINLOW: Our security officer rang Fire Control at 2.49.').filter((v) => v.unit === 'clock12').map((v) => v.value),
      [169],
    );
    assert.deepEqual(extractValues('The shares closed at 2.49 and the fund rose.').filter((v) => v.unit === 'clock12'), []);
    const rang = judge('The company\'s security officer rang Fire Control at 2.53am, six minutes after the first emergency call.');
    assert.equal(rang.verdict, 'contradicted', why(rang));
    assert.ok(rang.conflicts.some((c) => c.claim === '2.53am' && c.source === '2.49'), why(rang));
    const births = judge('Births fell by more than a fifth over the period, from 241 in September to 187 in February.');
    assert.deepEqual(births.conflicts, [], why(births));
  });

  test('denials that are not the claim\'s: a time only, a choice "unless" offers, another of the thing', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/residents_meeting_transcript.txt': RESIDENTS, 'sources/icb_decision_paper.md': PRACTICE, 'sources/hosc_transcript.txt': HOSC, 'sources/inspection_report_summary.md': INSPECTION }));
    const promise = judge('Mr Finlow said he respected the vote and would take it to the managing director, Dr Varma, promising residents an answer in writing.');
    assert.deepEqual(promise.conflicts, [], why(promise));
    const letter = judge('Every Ashcombe Lane patient will receive a letter by 1 August and can choose to register with another practice instead.');
    assert.deepEqual(letter.conflicts, [], why(letter));
    const visits = judge('Inspectors made two unannounced visits to the 52-bed nursing home on 4 and 5 March.');
    assert.deepEqual(visits.conflicts, [], why(visits));
    const sole = judge('The surgery\'s sole partner, Dr Helen Marsh, told the ICB in January that she would retire and hand back the contract at the end of October.');
    assert.deepEqual(sole.conflicts, [], why(sole));
  });

  test('"pointed to" frames what follows; a school\'s years are no place', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/events_review.md': MARKET, 'sources/council_letter.txt': LETTER, 'sources/results.md': RESULTS }));
    const pointed = judge('The review also pointed to the closure of the 310-space Mill Street car park in October and the opening of a rival Christmas market at Fosbrook Retail Park, three miles away.');
    assert.deepEqual(pointed.conflicts, [], why(pointed));
    const hensby = judge('Brackenfield Academy in Hensby has posted its best GCSE results, but the council has raised concern about pupil movement from the academy.');
    assert.deepEqual(hensby.conflicts, [], why(hensby));
  });

  test('a post\'s initials as a speaker\'s label, and a question the claim says the person asked', async () => {
    const files = { 'sources/panel_transcript.txt': PANEL };
    assert.deepEqual(await misattributions(files, 'Ms Calloway said she welcomed the scrutiny: "If Pellingford doesn\'t deliver, I want this panel to be the first to tell me."'), []);
    assert.deepEqual(await misattributions(files, 'Councillor Sandra Oakes, who represents a Fallowmere ward, asked why it had taken until November to approve a new station when the Harlston office closed in March 2022.'), []);
    assert.equal((await misattributions(files, 'Councillor Sandra Oakes said she welcomed the scrutiny: "If Pellingford doesn\'t deliver, I want this panel to be the first to tell me."')).length, 1);
  });

  test('an exact figure given only hedged elsewhere, a post by "chaired by", a mover and a seconder swapped', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/performance_report.md': PERFORMANCE, 'sources/hosc_transcript.txt': SCRUTINY, 'sources/ferry_transcript.txt': FERRY }));
    const risen = judge("Fallowmere's median response time has risen by 3.8 minutes over two years.");
    assert.equal(risen.verdict, 'contradicted', why(risen));
    assert.ok(risen.conflicts.some((c) => c.claim === '3.8 minutes' && c.source === '2.8 minutes'), why(risen));
    const right = judge("Fallowmere's median response time has risen by 2.8 minutes over two years.");
    assert.deepEqual(right.conflicts, [], why(right));
    const landfill = judgeWith(await workspaceIndex({ 'sources/calderwick_statement.txt': LANDFILL, 'sources/liaison_transcript.txt': LIAISON }));
    const face = landfill('He said the working face had been measured that morning at 1,560 square metres, down from about 1,700 earlier in the week.');
    assert.equal(face.verdict, 'contradicted', why(face));
    assert.ok(face.conflicts.some((c) => c.claim === '1,560 square metres' && c.source === '1,650 square metres'), why(face));
    const measured = landfill('He said the working face had been measured that morning at 1,650 square metres, down from about 1,700 earlier in the week.');
    assert.deepEqual(measured.conflicts, [], why(measured));
    const chaired = judge('The closure was examined by the county council\'s health overview and scrutiny committee, chaired by Cllr Tom Whitlock.');
    assert.equal(chaired.verdict, 'contradicted', why(chaired));
    assert.ok(chaired.conflicts.some((c) => c.claim === 'chair' && /vice-chair/i.test(c.source)), why(chaired));
    const hendry = judge('The closure was examined by the county council\'s health overview and scrutiny committee, chaired by Cllr Patricia Hendry.');
    assert.deepEqual(hendry.conflicts, [], why(hendry));
    const swapped = judge('The recommendation to retain a late sailing from Skelbrough on Fridays was moved by Councillor Mendham and seconded by Councillor Garrow.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
    assert.ok(swapped.conflicts.some((c) => c.claim === 'moved' && c.source === 'seconded'), why(swapped));
    const moved = judge('The recommendation to retain a late sailing from Skelbrough on Fridays was moved by Councillor Garrow and seconded by Councillor Mendham.');
    assert.deepEqual(moved.conflicts, [], why(moved));
  });

  test('further ones that brought a total, a post with a place left out, words for one another', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/site_visit_transcript.txt': SITE_VISIT, 'sources/traders_statement.txt': TRADERS, 'sources/consultation_report.md': LEVY }));
    const letters = judge('By the time of the meeting the council had received 65 letters of objection and 10 in support.');
    assert.deepEqual(letters.conflicts, [], why(letters));
    const baker = judge('Denise Hatherley, the association\'s chair and owner of Hatherley\'s Bakery, said nobody on Fore Street was against the cruise ships.');
    assert.deepEqual(baker.conflicts, [], why(baker));
    const powers = judge('Collection could begin on Thursday 1 April 2027 at the earliest, provided the council secures the necessary powers from the government.');
    assert.deepEqual(powers.conflicts, [], why(powers));
  });

  test('a ranking among some rows, a framing verb, two caps, "unlikely to", a post between two people', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/toilets_report.md': TOILETS, 'sources/harbour_board_transcript.txt': HARBOUR, 'sources/public_meeting_transcript.txt': BROADBAND, 'sources/parish_letter.txt': LETTER_PARISH, 'sources/trial_evaluation.md': SCOOTERS }));
    const busiest = judge('Station Approach, the busiest of the sites earmarked for closure with 97,300 visits, needs an estimated £85,000 of work to its roof and drainage.');
    assert.deepEqual(busiest.conflicts, [], why(busiest));
    const cap = judge('The board approved a one-year Old Town ambassadors pilot funded from the marketing budget, at a cost of up to £54,000.');
    assert.equal(cap.verdict, 'contradicted', why(cap));
    assert.ok(cap.conflicts.some((c) => c.claim === 'up to £54,000' && c.source === 'not exceeding forty-five thousand pounds'), why(cap));
    const right = judge('The board approved a one-year Old Town ambassadors pilot funded from the marketing budget, at a cost of up to £45,000.');
    assert.deepEqual(right.conflicts, [], why(right));
    const unlikely = judge('Mr Pennick said the Phase 2 procurement would launch next spring, but that contracts were unlikely to be awarded before autumn 2025.');
    assert.deepEqual(unlikely.conflicts, [], why(unlikely));
    const clerk = judge('In a letter to Mr Pennick, its clerk, Janet Aldous, said neither the parish council nor its county councillor had been told in advance.');
    assert.deepEqual(clerk.conflicts, [], why(clerk));
    const linked = judge('Officers linked the rise to the larger fleet and the extension of the operating area into Harlow Bridge, where the roads include two large roundabouts.');
    assert.deepEqual(linked.conflicts, [], why(linked));
  });

  test('a post\'s word before a name is no speaker; a question mark ends the quote\'s sentence', async () => {
    assert.deepEqual(await misattributions({ 'sources/governors_transcript.txt': GOVERNORS }, 'Staff governor Tom Whitlock raised concerns, saying trousers were the item staff spent most time on in uniform checks.'), []);
    const files = { 'sources/meeting_transcript.txt': MEETING };
    assert.deepEqual(await misattributions(files, 'Tom Ashdown, who farms at Sallows End, told the meeting that his milk contract requires daily uploads. He asked: "So my question is simple: when?" Mr Pennick said the procurement would launch next spring.'), []);
  });

  test('"a maximum fine of" is a cap; a contrast of another with the speaker; a body by its initials', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/drought_report.md': DROUGHT, 'sources/phonein_transcript.txt': PHONE_IN }));
    const fine = judge('Breaching the ban is a criminal offence with a maximum fine of £1,000.');
    assert.deepEqual(fine.conflicts, [], why(fine));
    const board = judge('Dr Pettigrew said dividends were a matter for the board, and that chief executive Stephen Cauldwell would meet the forum next week.');
    assert.deepEqual(board.conflicts, [], why(board));
    assert.deepEqual(await misattributions({ 'sources/union_statement.txt': UNION }, 'But the College Lecturers\' Association says the real figure could be higher, because the estimate leaves out 12 staff on fixed-term contracts that will not be renewed.'), []);
  });
});
