/**
 * The fortieth round, fifth part: the false alarms shown as errors in the drafts written against b37fe58 (h362–h367: a
 * river fish kill, a council tax rise, a theatre's rescue appeal, a fatal house fire, falling international student
 * numbers, a harbour dredging dispute). "Banned" is what "haven't been allowed to" says; a row the claim names only
 * by the words of another row's columns ("1,500 homes checked" / "All other homes") is no row of its figures; a
 * neighbour with the claim's word and its date ("provisional … census of 1 November 2024"). The fixtures are the helpers' sources, whole;
 * the people, bodies and places are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withProductWordVectors } from './productVectors';
import { expectVerdictWith, judgeWith, why, workspaceIndex } from './sources';

const FARMER_INTERVIEW = `INTERVIEW TRANSCRIPT
Interviewee: David Pettigrew, owner, Brookend Farm, Ashby
Interviewer: Sarah Kline, reporter, Ashby Courier
Date: Thursday 16 May 2024, 10:05
Place: Farm office, Brookend Farm
Duration: 24 minutes
(Also present for part of the interview: Rachel Pettigrew, farm manager)

SARAH KLINE: Thank you for seeing me, Mr Pettigrew. Can you tell me what happened on Tuesday morning?

DAVID PETTIGREW: My herdsman, Gareth Lowe, went up to the lagoon at about half six for the morning check and saw that part of the bank had gone. There was a gap in the wall and slurry had run down into the field drain. He rang me straight away and I was up there in five minutes.

SARAH KLINE: When did you tell the Rivers and Environment Agency?

DAVID PETTIGREW: I'll be honest, we didn't ring them first. Someone from the village had already rung them about the fish. We were trying to stop the flow. By the time their officers turned up we had a pump going into the other store. I rang their hotline at about quarter past nine.

SARAH KLINE: How much slurry do you think got out?

DAVID PETTIGREW: The agency says about 180,000 litres. I wouldn't argue with that. The lagoon holds about 1.5 million litres when it's full, and it was nearly full.

SARAH KLINE: Why was it so full?

DAVID PETTIGREW: Because it's rained since October. We haven't been allowed to spread on the fields since the end of February because the ground was waterlogged. That's the rules, and rightly so. But it means the store fills up. We've got 340 cows milking and they don't stop.

SARAH KLINE: Was the lagoon in good condition?

DAVID PETTIGREW: It was built in 1998. The agency looked at it three years ago and said it was fine. We walk it every day. There were badger holes on the far side last autumn and we filled them in. Whether that's what did it, I don't know. The engineer is coming on Monday.

SARAH KLINE: The angling club says nearly 3,000 fish died. What would you say to them?

DAVID PETTIGREW: I'm sorry. I am genuinely sorry. I've fished that brook myself since I was a boy. I never wanted this to happen and I will do whatever the agency asks to put it right.

SARAH KLINE: Will you pay for restocking?

DAVID PETTIGREW: If that's what it takes, yes. I've told the angling club that. I'm not going to hide from it.

RACHEL PETTIGREW: Can I add something? We had already ordered a new covered slurry tank in January. It was due to go in this summer. It's costing us about £210,000, with a grant of forty per cent from the Farming Improvement Fund.

SARAH KLINE: So the new tank would have replaced the lagoon?

RACHEL PETTIGREW: It would have taken about half of the slurry off the lagoon, yes. Work was due to start in July.

SARAH KLINE: Mr Pettigrew, do you expect to be prosecuted?

DAVID PETTIGREW: That's for the agency. We've co-operated with them from the first morning. I've given them everything they asked for. I'd just say that farmers in this valley are not the enemy of the river. We depend on it as much as anyone.

SARAH KLINE: How is the farm coping?

DAVID PETTIGREW: It's been a bad week. We've had people shouting at us on social media. My daughter got some nasty messages. But I understand people are angry. I'm angry too.

SARAH KLINE: Thank you.

[END OF TRANSCRIPT]
`;

const LANDLORD_STATEMENT = `# Northvale Homes: statement following the inquest into the death of Mrs Doreen Pascoe

**Issued: Friday 11 April 2025**

Northvale Homes offers its deepest sympathy to the family and friends of Mrs Doreen Pascoe, who lived in one of our homes at 27 Lyndhurst Close, Wetherstone, for 34 years.

We accept the findings of the Area Coroner, Helen Marchetti, in full. We will respond to the Prevention of Future Deaths report within the 56 days required and will publish our response.

Chief Executive Simon Rourke said: "We let Mrs Pascoe down. Her alarm check was overdue and it should not have been. I have apologised to her family personally and I am determined that no other tenant is left without a working alarm."

## What we are doing

Northvale Homes manages 11,400 homes across Calderdown. Since January we have:

- begun an audit of smoke alarms in every one of our homes, starting with the 3,200 homes where the tenant is aged over 70;
- combined alarm testing with every electrical and gas safety visit, so no visit ends without an alarm check;
- signed a data-sharing agreement with Calderdown Fire and Rescue Service so that tenants at higher risk can be referred for a free home fire safety visit.

The audit is funded by a £1.8 million programme approved by our board on Wednesday 19 February 2025. It is due to be completed by Monday 30 June 2025.

### Audit progress to 4 April 2025

| Stage | Homes checked | Homes with no working alarm | Share |
|---|---|---|---|
| Tenants over 70 | 1,500 | 212 | 14.1% |
| All other homes | 0 | 0 | – |
| Total | 1,500 | 212 | 14.1% |

Every home found with no working alarm had a new alarm fitted on the same day.

Janet Oyelaran, Director of Property Services, said: "Most of the missing alarms we found had been taken down because they kept going off when people cooked. We are fitting heat alarms in kitchens so tenants are not tempted to disconnect them."

We also recognise that Mrs Pascoe's family have raised concerns about repairs to the heating at her home. We have asked an independent surveyor to review our handling of those repair requests and will share the findings with the family.

Tenants who are worried about their smoke alarm can call our repairs line free on 0800 555 0144, 24 hours a day.
`;

const STUDENT_NUMBERS = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harwick University - Annual Report and Financial Statements 2023/24: Summary</title>
</head>
<body>
<h1>Harwick University</h1>
<h2>Annual Report and Financial Statements for the year ended 31 July 2024 &ndash; Summary</h2>
<p><em>Published Thursday 28 November 2024. Prepared by the Finance Directorate for members of Council and for public release.</em></p>

<h3>1. Headline results</h3>
<p>Harwick University recorded an operating deficit of &pound;14.7m for the year ended 31 July 2024, compared with an operating surplus of &pound;3.1m in 2022/23. Total income fell to &pound;401.7m (2022/23: &pound;418.9m).</p>
<p>The principal driver of the change was a reduction in tuition fee income from international students, which fell by &pound;17.2m, or 17.5%, from &pound;98.4m to &pound;81.2m. International fee income represented 20.2% of total income in 2023/24, down from 23.5% in 2022/23.</p>
<p>Staff costs rose by 4.1% to &pound;251.3m, reflecting the nationally agreed pay award and increased employer pension contributions.</p>

<h3>2. International student numbers</h3>
<p>The table below shows international student headcount by level of study. Figures for 2019/20 to 2023/24 are final census figures taken on 1 December of each academic year. Figures for 2024/25 are provisional and are taken from the census of 1 November 2024.</p>
<table border="1">
<thead>
<tr><th>Academic year</th><th>Undergraduate</th><th>Postgraduate taught</th><th>Postgraduate research</th><th>Total international</th></tr>
</thead>
<tbody>
<tr><td>2019/20</td><td>1,310</td><td>2,410</td><td>400</td><td>4,120</td></tr>
<tr><td>2020/21</td><td>1,290</td><td>2,190</td><td>390</td><td>3,870</td></tr>
<tr><td>2021/22</td><td>1,340</td><td>2,720</td><td>400</td><td>4,460</td></tr>
<tr><td>2022/23</td><td>1,420</td><td>3,380</td><td>410</td><td>5,210</td></tr>
<tr><td>2023/24</td><td>1,390</td><td>2,600</td><td>390</td><td>4,380</td></tr>
<tr><td>2024/25 (provisional)</td><td>1,350</td><td>1,920</td><td>370</td><td>3,640</td></tr>
</tbody>
</table>
<p>Note: 2020/21 recruitment was affected by COVID-19 travel restrictions.</p>
<p>Total international headcount fell by 830 (15.9%) between 2022/23 and 2023/24, and provisionally by a further 740 (16.9%) in 2024/25. The fall has been concentrated in postgraduate taught (PGT) programmes, where headcount has fallen by 1,460, or 43.2%, over two years. International undergraduate numbers have remained broadly stable.</p>

<h3>3. Financial Sustainability Programme</h3>
<p>At its meeting on Wednesday 27 November 2024, Council approved the Financial Sustainability Programme, which aims to deliver recurrent savings of &pound;22m over two years (2024/25 and 2025/26). The programme includes:</p>
<ul>
<li>a voluntary redundancy scheme of up to 140 posts across academic and professional services;</li>
<li>consolidation of teaching and support activity from the Lowfield campus onto the main Castle Street campus by August 2026;</li>
<li>a review of the portfolio of taught postgraduate programmes, with programmes recruiting fewer than 15 students to be reviewed by the Academic Board;</li>
<li>a pause on non-essential capital projects, including the &pound;38m Engineering Innovation Hub.</li>
</ul>

<h3>4. Statements</h3>
<p>Professor Alan Pemberton, Vice-Chancellor, said: &ldquo;We have not seen a fall of this speed in international recruitment in the thirty years I have worked in higher education. The change to visa rules for dependants has hit our master's programmes particularly hard. These are difficult decisions, but they are the right ones to protect Harwick for the next generation of students.&rdquo;</p>
<p>Margaret Okonjo, Chief Financial Officer, said: &ldquo;Our cash position remains sound, with 96 days of liquidity at year end, but we cannot run deficits of this size for more than one more year.&rdquo;</p>
<p>Dame Frances Ellery, Chair of Council, said: &ldquo;Council has scrutinised these proposals closely and is confident that they put the university on a sustainable footing.&rdquo;</p>

<h3>5. Liquidity and borrowing</h3>
<p>Cash and short-term investments at 31 July 2024 stood at &pound;84.5m (2023: &pound;102.9m). External borrowing was &pound;61.0m, unchanged from the previous year. The university remained compliant with all bank covenants throughout the year.</p>
</body>
</html>
`;

describe('the fortieth round: the drafts h362–h367, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"banned" is what "haven\'t been allowed to" says', async () => {
    const farmer = judgeWith(await workspaceIndex({ 'sources/pettigrew_interview.txt': FARMER_INTERVIEW }))('He blamed a wet winter and spring, saying that spreading slurry on waterlogged fields had been banned since the end of February, so the store had filled up.');
    assert.ok(!farmer.conflicts.some((c) => c.kind === 'negation'), why(farmer));
  });

  test('a row named only by another row\'s column words; a neighbour with the claim\'s word and its date', async () => {
    const homes = judgeWith(await workspaceIndex({ 'sources/northvale_statement.md': LANDLORD_STATEMENT }))('Of the first 1,500 homes checked, 212 had no working alarm, and each had a new one fitted on the same day.');
    assert.notEqual(homes.verdict, 'contradicted', why(homes));
    const census = expectVerdictWith(await workspaceIndex({ 'sources/harwick_financial_statements_summary_2023-24.html': STUDENT_NUMBERS }));
    census('supported', 'The provisional census, taken on 1 November, shows international undergraduate numbers broadly stable at 1,350.');
  });
});
