/**
 * The sixtieth round: rows, acronyms and denials (h514–h967). An acronym a source defines for the claim's name
 * ("Kelsford Royal Infirmary (KRI)"); a table's unit in a sentence of the paragraph above it ("All figures in £ million.
 * Financial years run …"); a change "by more than a quarter" moves its figure; a level a row of three years gives after
 * a level the other way ("rose … to £290,000" / "0.30 | 0.29"), a row of several measures by year, a claim of several
 * moves; a row keyed by the claim's year states the year; a move a table's column gives row by row; "not binding, and
 * nobody is committed … until"; "Nobody should wait 19 weeks"; the reporter's "added that"; details the claim adds that
 * the document names; a volume by its power's sign and a rate after a slash ("14 m³/day"); two rows' figures swapped
 * ("at Brackenmoor was 41 minutes, compared with 58 minutes at Kelsworth"); "almost 15 per cent, below … 13.9 per
 * cent"; how often ("every week" / "monthly"). Every person, body and place is invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, why, workspaceIndex } from './sources';
import { extractValues } from '../../../server/src/core/verdict/values';

const BOARD_PAPER = `# Thornvale Hospitals NHS Trust: Board paper

## Proposed changes to maternity services at Kelsford

1.1 This paper asks the Board to approve a public consultation on changing the consultant-led obstetric unit at Kelsford Royal Infirmary (KRI) to a free-standing midwife-led unit (MLU).

1.2 Under the proposal, women assessed as low risk would continue to be able to give birth at KRI, cared for by midwives. Women with higher-risk pregnancies would give birth at the consultant-led unit at Thornvale General Hospital (TGH) in Castlebridge.

1.3 Antenatal clinics, scanning and postnatal care would remain at KRI. The Special Care Baby Unit at KRI, which has six cots, would close, and its activity would move to the neonatal unit at TGH.

2.1 Table 1 sets out activity at the KRI unit.

| Financial year | Births at KRI | Transfers to TGH in labour | Transfer rate |
|---|---|---|---|
| 2020/21 | 1,412 | 96 | 6.8% |
| 2021/22 | 1,356 | 104 | 7.7% |
| 2022/23 | 1,298 | 121 | 9.3% |
| 2023/24 | 1,187 | 133 | 11.2% |
`;

const OPEN_LETTER = `An open letter to the Board of Thornvale Hospitals NHS Trust

Your own figures make our case. Your Board paper shows that the number of women transferred from Kelsford to Castlebridge in labour rose from 96 in 2020/21 to 133 in 2023/24, an increase of well over a third. Women are already being sent down the road because the unit has been allowed to run down.
`;

const ANNUAL_REPORT = `# Fernleigh Hospice: Annual report 2023/24

## Our finances

In 2023/24 we spent £7.73 million and received £5.96 million, leaving a deficit of £1.77 million.

### Summary of income

All figures in £ million. Financial years run from 1 April to 31 March.

| Income | 2021/22 | 2022/23 | 2023/24 |
|---|---|---|---|
| NHS grant | 2.41 | 2.46 | 2.52 |
| Legacies | 1.12 | 0.94 | 0.71 |
| Charity shops (net contribution) | 0.58 | 0.62 | 0.66 |
| Hospice lottery | 0.31 | 0.30 | 0.29 |
| **Total income** | **6.38** | **6.22** | **5.96** |

Income from legacies fell by 36.6 per cent over the two years, from £1.12 million to £0.71 million. Our charity shops were the only voluntary income stream to grow in each year.
`;

const TRAFFIC = `# Highways Committee: Mill Road cycle lane

3.3 Motor traffic on Mill Road has fallen, but there is evidence of displacement to Denby Lane, a residential street running parallel to Mill Road, where weekday traffic has risen by more than a quarter. Residents of Denby Lane have made 38 complaints about traffic and speeding since June 2024.
`;

const SHARE_OFFER = `# The Plough Community Pub Ltd: share offer

Before the offer opens, residents and supporters have been invited to pledge. Pledges are not binding: nobody is committed to invest until they complete an application form.
`;

const TENANTS = `WESTBROOK HOMES – TENANTS' MEETING
Thursday 6 March 2025

GLORIA AMANKWAH (Tern Walk): I first reported mould in my son's bedroom in August. August. It was nineteen weeks before anyone came out to look at it. He's six and he's had a cough since October.

MARCUS FELTWELL: Mrs Amankwah, I'm sorry. Nobody should wait 19 weeks, and I won't defend it. If you give Simon your details tonight, he will have a surveyor with you next week.
`;

const MEETING = `PUBLIC MEETING ON MILLHOLE MEADOW
Thursday 6 March 2025

MR PENNOCK: I can commit to it being assessed. I can't commit to the outcome. What I will say is that if the meadow is designated, that changes the priority of that overflow considerably, because the regulations require us to act on overflows affecting designated bathing waters.
`;

const MARKET = `# Christmas market 2024: events team report

1.3 The market recorded a deficit of £87,200. This is the first deficit since the Council brought the market in-house in 2019; every previous year under Council management produced a surplus.

Table 1: Results by year

| Year | Stalls | Income | Costs | Surplus/(deficit) |
|---|---|---|---|---|
| 2022 | 64 | £486,300 | £441,900 | £44,400 |
| 2023 | 71 | £512,800 | £497,600 | £15,200 |
| 2024 | 58 | £471,400 | £558,600 | (£87,200) |

Table 3: Costs by line, 2023 and 2024

| Cost line | 2023 | 2024 | Change |
|---|---|---|---|
| Security and stewarding | £98,700 | £142,600 | +£43,900 |
| Marketing | £52,400 | £41,200 | −£11,200 |
`;

const PETITION = `TAMSEY VALLEY BUS USERS' GROUP
Press statement — for immediate release

BUS USERS CALL ON COUNCIL TO "SAVE ROUTE 7"

The Tamsey Valley Bus Users' Group today handed a petition with 1,946 signatures to Brackenshire County Council, calling on councillors to keep Route 7 between Kettlebrook and Farrow St Mary running after 1 June.

The petition was presented at County Hall, Kettlebrook, at 11am this morning by the group's chair, Janet Whitlow. It was received by Councillor Margaret Ellery, chair of the council's Transport and Environment Scrutiny Committee.
`;

const DECISION = `# Appeal decision: land at Fore Street

8. The town centre contains 143 ground-floor commercial units, of which 21 were vacant at the Council's survey in September 2024, a vacancy rate of 14.7 per cent. The Council drew my attention to the national average of 13.9 per cent that it cited from a trade source.
`;

const RESPONSE = `# Police and crime commissioner: performance report

### Table 1: Emergency response by district, 2022 and 2023

| District | Area type | Grade 1 incidents 2022 | Grade 1 incidents 2023 | Attended within target 2022 | Attended within target 2023 |
|---|---|---|---|---|---|
| Brackenford | Urban | 9,188 | 9,412 | 81.2% | 84.6% |
| Kelmouth | Urban | 5,600 | 6,238 | 76.5% | 72.1% |
`;

const HANDOVERS = `# Ambulance trust: performance report, quarter 2

### Table 4: Handovers at the two acute hospitals, September

| Hospital | Average handover time | Hours lost |
|---|---|---|
| Brackenmoor Royal Infirmary | 58 minutes | 5,930 |
| Kelsworth General Hospital | 41 minutes | 4,118 |
`;

const PCC_REPORT = `# Police and crime commissioner: quarterly report

1. Knife crime in the force area fell by 6 per cent in the quarter, to 449 offences, compared with the same quarter of 2024.

2. Northam Quays remained the district with the most offences, 143, almost a third of the total.

3. Officers carried out 612 searches under the operation, and 91 of them led to an arrest or a further action.

4. The force has received nine complaints about searches under the operation; two have been resolved and seven are being investigated.

5. The commissioner's office will publish a youth engagement plan in the spring, with the charity partners who run the hubs.

6. Operation Keystone will be extended for a further three months. The extension is conditional on the publication of monthly stop-and-search data on the Commissioner's website.
`;

const DROP_IN = `MILLRACE FLOOD SCHEME – PUBLIC DROP-IN
Wednesday 10 September 2025

DANIEL OKONJO-REEVE: What I want to say tonight is that the embankment on Millrace Lane is on track. We were at eighty-two per cent at the end of August and we expect to hand it over at the end of October. Once that's done, three hundred and ten homes will have a level of protection they have never had before.
`;

const SAG_MINUTES = `# Safety Advisory Group: minutes, Tuesday 14 October 2025

| Area | Capacity before | Capacity after | Change |
|---|---|---|---|
| North Stand | 3,100 | 2,350 | −750 |
| South Terrace | 2,850 | 1,600 | −1,250 |

3.2 Mr Penhallow noted that the overall reduction was 24.1 per cent and that the South Terrace lost 43.9 per cent of its capacity, the largest proportional reduction of any area.

5.1 Members voted on the recommendation that the general safety certificate be amended to a total capacity of 8,500. The recommendation was carried by 5 votes to 1. Councillor Ashdown voted against, saying he favoured the club's phased proposal; the Chair did not vote.
`;

const TRUST_STATEMENT = `<html><body>
<h1>Kilnworth Town Supporters' Trust: statement</h1>
<p>The ground's capacity is being cut from 11,200 to 8,500. That is 2,700 fewer places, a cut of almost a quarter, and it falls hardest on the South Terrace, where capacity has been nearly halved.</p>
</body></html>
`;

const SURVEY = `# Condition survey summary: Brightwater Leisure Centre pool

Leaks in cast-iron pipework beneath the pool surround account for estimated water losses of about 14 cubic metres per day.

| Item | Element | Condition | Priority |
|---|---|---|---|
| 4 | Filtration and pipework | Original sand filters; leaking pipework, c. 14 m³/day | 2 (within 2 years) |
`;

describe('rows, acronyms and denials', () => {
  test('an acronym the source defines for the claim\'s name is that name', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/board_paper.md': BOARD_PAPER }));
    for (const text of ['Antenatal clinics, scans and postnatal care would stay at Kelsford.', 'The Special Care Baby Unit at Kelsford, which has six cots, would close.']) {
      const r = judge(text);
      assert.deepEqual(r.conflicts, [], why(r));
    }
    // (Another acronym is another place: TGH is Thornvale General Hospital.)
    const other = judge('The Special Care Baby Unit at Thornvale General Hospital, which has six cots, would close.');
    assert.notEqual(other.verdict, 'supported', why(other));
  });

  test('a move a table\'s column gives row by row, however far apart the rows', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/board_paper.md': BOARD_PAPER, 'sources/open_letter.txt': OPEN_LETTER }));
    const births = judge('A board paper shows that births at the Kelsford unit have fallen year after year, from 1,412 in 2020/21 to 1,187 in 2023/24.');
    assert.notEqual(births.verdict, 'contradicted', why(births));
  });

  test('a table\'s unit in a sentence of the paragraph above it', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/annual_report.md': ANNUAL_REPORT }));
    const total = judge('Total income was £6.22 million in 2022/23.');
    assert.equal(total.verdict, 'supported', why(total));
    const wrong = judge('Total income was £6.32 million in 2022/23.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('a level a row of years gives after a level the other way', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/annual_report.md': ANNUAL_REPORT }));
    const rose = judge('Income from the hospice lottery rose slightly over the same period, to £290,000.');
    assert.equal(rose.verdict, 'contradicted', why(rose));
    assert.ok(rose.conflicts.some((c) => c.kind === 'direction' && c.claim === 'rose' && /0\.30 in 2022\/23.*0\.29 in 2023\/24/.test(c.source)), why(rose));
    const fell = judge('Income from the hospice lottery fell slightly over the same period, to £290,000.');
    assert.deepEqual(fell.conflicts, [], why(fell));
    // (A row that rose: the charity shops' £660,000.)
    const shops = judge('Income from the charity shops rose over the same period, to £660,000.');
    assert.deepEqual(shops.conflicts, [], why(shops));
  });

  test('a row of several measures by year, and a claim of several moves', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/performance_report.md': RESPONSE }));
    const rose = judge('In Kelmouth, where Grade 1 incidents rose to 6,238, the share of incidents attended within target rose to 72.1 per cent.');
    assert.equal(rose.verdict, 'contradicted', why(rose));
    assert.ok(rose.conflicts.some((c) => c.kind === 'direction' && c.claim === 'rose' && /76\.5% in Attended within target 2022/.test(c.source)), why(rose));
    const fell = judge('In Kelmouth, where Grade 1 incidents rose to 6,238, the share of incidents attended within target fell to 72.1 per cent.');
    assert.deepEqual(fell.conflicts, [], why(fell));
  });

  test('two rows\' figures swapped: the place after its figure, the place before "was"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/performance_report.md': HANDOVERS }));
    const swapped = judge('The average handover time at Brackenmoor was 41 minutes, compared with 58 minutes at Kelsworth General Hospital.');
    assert.equal(swapped.verdict, 'contradicted', why(swapped));
    const right = judge('The average handover time at Brackenmoor was 58 minutes, compared with 41 minutes at Kelsworth General Hospital.');
    assert.deepEqual(right.conflicts, [], why(right));
  });

  test('a change by a bound moves its figure: "rose by more than a quarter"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/committee_report.md': TRAFFIC }));
    const rose = judge('But traffic on Denby Lane, a residential street running parallel to Mill Road, rose by more than a quarter, and residents there have made 38 complaints since June.');
    assert.deepEqual(rose.conflicts, [], why(rose));
    const fell = judge('But traffic on Denby Lane, a residential street running parallel to Mill Road, fell by more than a quarter, and residents there have made 38 complaints since June.');
    assert.equal(fell.verdict, 'contradicted', why(fell));
  });

  test('denials: one "until" after two denials, what nobody should bear, the reporter\'s "added that"', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/share_offer.md': SHARE_OFFER, 'sources/tenants_meeting.txt': TENANTS, 'sources/public_meeting.txt': MEETING }));
    const pledges = judge('Pledges are not binding, and nobody is committed to invest until they complete an application form.');
    assert.deepEqual(pledges.conflicts, [], why(pledges));
    const binding = judge('Pledges are binding, and everybody who pledges is committed to invest.');
    assert.equal(binding.verdict, 'contradicted', why(binding));
    const waited = judge('Gloria Amankwah, of Tern Walk, said she had first reported mould in her son\'s bedroom in August and waited 19 weeks for anyone to visit.');
    assert.deepEqual(waited.conflicts, [], why(waited));
    const added = judge('He added that designation would change the priority of the overflow considerably, because the regulations require the company to act on overflows affecting designated bathing waters.');
    assert.deepEqual(added.conflicts, [], why(added));
  });

  test('what was never had before; the Chair\'s denial; a rival beside the claim\'s figure, of another thing', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/dropin_transcript.txt': DROP_IN, 'sources/sag_minutes.md': SAG_MINUTES, 'sources/trust_statement.html': TRUST_STATEMENT }));
    const protectedHomes = judge('Once it is handed over at the end of October, 310 homes will be better protected.');
    assert.deepEqual(protectedHomes.conflicts, [], why(protectedHomes));
    const ashdown = judge('The recommendation was carried by five votes to one, with Councillor Ashdown voting against.');
    assert.deepEqual(ashdown.conflicts, [], why(ashdown));
    const terrace = judge('The South Terrace lost 1,250 places, a cut of almost 44 per cent.');
    assert.deepEqual(terrace.conflicts, [], why(terrace));
    const overall = judge('The ground\'s capacity is being cut from 11,200 to 8,500, a cut of almost 44 per cent.');
    assert.notEqual(overall.verdict, 'supported', why(overall));
  });

  test('a row keyed by the claim\'s year states the year and the figure', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/events_report.md': MARKET }));
    const surplus = judge('The market made a surplus of £15,200 in 2023 and £44,400 the year before.');
    assert.deepEqual(surplus.conflicts, [], why(surplus));
    const wrong = judge('The market made a surplus of £15,200 in 2022.');
    assert.notEqual(wrong.verdict, 'supported', why(wrong));
  });

  test('details the claim adds that the document names are no swap', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/statement.txt': PETITION }));
    const handed = judge('The Tamsey Valley Bus Users\' Group handed a petition of 1,946 signatures to Cllr Ellery at County Hall.');
    assert.deepEqual(handed.conflicts, [], why(handed));
  });

  test('"almost" a figure is above one it is well over', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/decision_letter.md': DECISION }));
    const below = judge('The town centre has 21 vacant ground-floor units out of 143, a vacancy rate of almost 15 per cent, below the national average of 13.9 per cent cited by the council.');
    assert.equal(below.verdict, 'contradicted', why(below));
    assert.ok(below.conflicts.some((c) => c.claim === 'below' && c.source === 'above'), why(below));
    const above = judge('The town centre has 21 vacant ground-floor units out of 143, a vacancy rate of almost 15 per cent, above the national average of 13.9 per cent cited by the council.');
    assert.deepEqual(above.conflicts, [], why(above));
  });

  test('how often a thing is done, changed in a sentence the claim copies', async () => {
    const judge = judgeWith(await workspaceIndex({ 'sources/pcc_report.md': PCC_REPORT }));
    const weekly = judge('The extension is conditional on the publication of stop-and-search data every week on the commissioner\'s website.');
    assert.equal(weekly.verdict, 'contradicted', why(weekly));
    assert.ok(weekly.conflicts.some((c) => c.claim === 'every week' && c.source === 'monthly'), why(weekly));
    const monthly = judge('The extension is conditional on the publication of stop-and-search data every month on the commissioner\'s website.');
    assert.deepEqual(monthly.conflicts, [], why(monthly));
  });

  test('a volume by its power\'s sign and a rate after a slash', async () => {
    assert.deepEqual(
      extractValues('leaking pipework, c. 14 m³/day').map((v) => [v.text, v.unit, v.per]),
      [['14 m³', 'cubic-m', 'day']],
    );
    assert.deepEqual(extractValues('a 450 m² hall').map((v) => [v.text, v.unit]), [['450 m²', 'square-m']]);
    const judge = judgeWith(await workspaceIndex({ 'sources/condition_survey.md': SURVEY }));
    const week = judge('Leaks in the pipework are losing an estimated 14 cubic metres of water a week.');
    assert.notEqual(week.verdict, 'supported', why(week));
    const day = judge('Leaks in the pipework are losing an estimated 14 cubic metres of water a day.');
    assert.deepEqual(day.conflicts, [], why(day));
  });
});
