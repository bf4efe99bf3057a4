/**
 * A council's budget meeting: the budget report (Markdown, a savings table) and the full council's minutes (plain
 * text). "The Leader of the Council, Councillor Sunita Bhatt, said:" is Councillor Bhatt speaking, not "Council"; a
 * claim that is mostly the evidence's own quotation is not contradicted by a "no council" in it. The sources are
 * written for these tests (from a helper's draft); the council and people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# Thornbury Vale Borough Council: Revenue Budget and Council Tax 2025/26

**Report to:** Full Council
**Meeting date:** Wednesday 26 February 2025, 7pm, Council Chamber, Market Street
**Report author:** Director of Finance, Alison Pryce
**Cabinet member:** Councillor Rachel Ormerod, Cabinet Member for Finance and Resources

## 1. Summary

This report asks Full Council to approve the revenue budget for 2025/26 and to set the level of council tax. The proposed total net budget is £214.6 million, an increase of £9.8 million on the 2024/25 net budget of £204.8 million.

The council faces a funding gap of £17.3 million next year. The cabinet proposes to close this gap through a council tax increase, a savings programme of £11.2 million, higher fees and charges, and a one-off draw of £3.5 million from the general fund reserve.

## 2. Council tax

The cabinet recommends a council tax increase of 4.99 per cent, made up of 2.99 per cent for general spending and a 2 per cent adult social care precept. This is the maximum permitted without a local referendum.

The Band D charge for the council's element will rise from £1,842.57 in 2024/25 to £1,934.51 in 2025/26, an increase of £91.94 a year, or about £1.77 a week. Around 62 per cent of households in the borough are in Bands A to C and will pay less than the Band D amount.

The council tax support scheme will remain unchanged, and about 14,200 working-age households will continue to receive help.

## 3. Savings programme

The savings target for 2025/26 is £11.2 million. The split by department is set out below.

| Department | Savings 2025/26 |
|---|---|
| Adult Social Care | £3.9 million |
| Children's Services | £2.6 million |
| Environment and Highways | £1.8 million |
| Housing and Communities | £1.1 million |
| Corporate Services | £1.2 million |
| Leisure and Culture | £0.6 million |
| **Total** | **£11.2 million** |

Adult Social Care savings come mainly from a review of care packages and more use of reablement. Environment and Highways will move to three-weekly collection of residual waste from October 2025. Leisure and Culture will reduce opening hours at four of the borough's eleven libraries.

## 4. Staffing

The savings programme will result in the deletion of 87 full-time-equivalent posts. Of these, 52 are currently vacant, so the council expects no more than 35 compulsory redundancies. Corporate Services accounts for 31 of the posts deleted. Formal consultation with the trade unions began on 13 January 2025 and will close on 14 March 2025.

## 5. Fees and charges

Most fees and charges will rise by 6 per cent from 1 April 2025. Specific changes include:

- Garden waste collection will rise from £52 to £58 a year.
- Resident parking permits will rise from £40 to £45.
- Burial fees will rise by 8 per cent.
- Charges at the three council car parks in the town centre will rise by 20p an hour.

Swimming charges for under-16s will be frozen at £2.50.

## 6. Reserves

The budget uses £3.5 million from the general fund reserve. After this draw, the general fund reserve is forecast to stand at £18.4 million on 31 March 2026, which is above the minimum prudent level of £15 million recommended by the Director of Finance.

## 7. Comment from the Cabinet Member

Councillor Rachel Ormerod said: "This is the hardest budget I have had to put together, but it protects the services our most vulnerable residents depend on. We have not taken the decision to raise council tax lightly, and every pound of savings has been examined line by line."

She added: "Without fair funding from central government, councils like ours will keep being forced to choose between cuts and tax rises."

## 8. Recommendations

Full Council is asked to:

1. approve a net revenue budget of £214.6 million for 2025/26;
2. approve a council tax increase of 4.99 per cent, giving a Band D charge of £1,934.51;
3. approve the savings programme of £11.2 million set out in section 3;
4. approve the use of £3.5 million from the general fund reserve;
5. approve the schedule of fees and charges in section 5.
`;

const MINUTES = `THORNBURY VALE BOROUGH COUNCIL
MINUTES OF THE MEETING OF FULL COUNCIL
Held on Wednesday 26 February 2025 at 7pm in the Council Chamber, Market Street

PRESENT:
The Mayor, Councillor Derek Halloran (in the Chair)
Councillors: 54 of the council's 60 members were present.

Cabinet members present: Councillor Sunita Bhatt (Leader of the Council, Labour), Councillor Rachel Ormerod (Finance and Resources, Labour), Councillor Owen Tregarth (Environment, Labour), Councillor Maria Keane (Children's Services, Labour).

Opposition group leaders present: Councillor Graham Fenwick (Leader of the Conservative Group), Councillor Helen Marsh (Leader of the Liberal Democrat Group), Councillor Tom Adeyemi (Green Party).

Officers present: Mark Sutherland (Chief Executive), Alison Pryce (Director of Finance), Jane Whitlow (Monitoring Officer).

APOLOGIES:
Apologies for absence were received from Councillors Pearce, Lindqvist, Moran, Chaudhry, Webb and Ellison.

1. DECLARATIONS OF INTEREST
Councillor Owen Tregarth declared a non-pecuniary interest in the item on garden waste charges as a member of the Thornbury Allotment Society.

2. PUBLIC QUESTIONS
Three public questions were received. A question from Mrs Carol Denny about library opening hours at Eastfield Library was answered by Councillor Bhatt, who said no library would close.

3. REVENUE BUDGET AND COUNCIL TAX 2025/26
Councillor Rachel Ormerod introduced the report of the Director of Finance and moved the recommendations. Councillor Sunita Bhatt seconded.

The Leader of the Council, Councillor Sunita Bhatt, said: "Fourteen years of underfunding have left us with choices no council should have to make. This budget keeps every children's centre open, keeps every library open, and puts £2 million more into social care for older people. I am proud of it, and I am not ashamed to ask residents to pay a little more to protect it."

She added that the three-weekly bin collection was "a change we would rather not make, but one that will save around £900,000 a year".

AMENDMENT 1
Councillor Graham Fenwick (Conservative) moved an amendment to limit the council tax increase to 2.99 per cent by removing the adult social care precept, funded by a further £2.4 million draw from reserves. Councillor Patricia Lowe (Conservative) seconded.

Councillor Fenwick said: "This administration has reached for the taxpayer's wallet first and its own efficiency plan last. Residents are being asked to pay more for bins collected less often."

On being put to the vote, the amendment was LOST: 17 for, 35 against, 2 abstentions.

AMENDMENT 2
Councillor Helen Marsh (Liberal Democrat) moved an amendment to reverse the reduction in library opening hours, funded by cutting the council's communications budget by £150,000. Councillor Tom Adeyemi (Green) seconded.

Councillor Marsh said: "Libraries are the last warm, free public space many of our residents have. £150,000 is a small price for keeping them open."

Councillor Bhatt told the meeting the administration would accept the amendment. On being put to the vote, the amendment was CARRIED: 46 for, 6 against, 2 abstentions.

DEBATE ON THE SUBSTANTIVE MOTION
Councillor Tom Adeyemi (Green) said he would abstain because the budget "does too little on climate" but welcomed the library amendment.

Councillor Graham Fenwick, Leader of the Conservative Group, said: "This is a budget of tax rises and bin cuts dressed up as protection. We will vote against it."

In accordance with the regulations, a recorded vote was taken on the substantive motion as amended.

RESOLVED (by 36 votes for, 15 against, with 3 abstentions): That the Council
(a) approves a net revenue budget of £214.6 million for 2025/26;
(b) sets a council tax increase of 4.99 per cent, giving a Band D charge of £1,934.51 for the council's element;
(c) approves the savings programme of £11.2 million, as amended;
(d) approves the use of £3.5 million from the general fund reserve;
(e) approves the schedule of fees and charges.

All 15 Conservative members present voted against. The Green member and two Liberal Democrat members abstained.

4. CLOSE OF MEETING
The Mayor closed the meeting at 9.42pm. The next meeting of Full Council will be held on Wednesday 16 April 2025.
`;

const files = { 'budget-report.md': REPORT, 'meeting-minutes.txt': MINUTES };

describe('a council budget meeting: the leader\'s words, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"The Leader of the Council, Councillor Sunita Bhatt, said:" is hers; another member\'s words given to the wrong one', async () => {
    const right = await checkAgainst(files, '# Budget\n\nCouncil leader Sunita Bhatt told councillors: "This budget keeps every children\'s centre open, keeps every library open, and puts £2 million more into social care for older people."\n');
    assert.deepEqual(right.findings.filter((f) => f.severity === 'error').map((f) => f.message), []);
    const wrong = await checkAgainst(files, '# Budget\n\nCouncillor Graham Fenwick said: "Libraries are the last warm, free public space many of our residents have."\n');
    const messages = wrong.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], /said by Councillor Marsh, not Councillor Graham Fenwick/);
  });
});
