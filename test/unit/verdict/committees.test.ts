/**
 * A select committee's report on a failed IT programme and the transcript of its oral evidence session. "According
 * to Dame Carol" says who, not what (its "accord" is no word the evidence must have); a claim that puts a word after
 * "before" ("went ahead before testing was complete") does not say it happened, so "had not been completed" does
 * not deny it. The sources are written for these tests (from a helper's draft); the programme and people are
 * invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REPORT = `# House of Commons Transport Committee

## The National Vehicle Records Platform: lessons from a failed programme

**Fourth Report of Session 2024–25**

*Report, together with formal minutes relating to the report. Ordered by the House of Commons to be printed on Tuesday 11 March 2025. Published on Thursday 13 March 2025 by authority of the House of Commons.*

HC 512

---

### Summary

The National Vehicle Records Platform (NVRP) was meant to replace the ageing mainframe system on which the Driver and Vehicle Licensing Agency (DVLA) holds the records of 52 million drivers and 41 million vehicles. Instead, after more than five years and £412 million of public money, it was cancelled having delivered only a fraction of what was promised. The mainframe in Swansea that it was designed to replace is still running. This report sets out what went wrong and what the Department for Transport must do to avoid repeating these mistakes.

### 1 Introduction

1. The NVRP programme was approved by the Department for Transport (the Department) in April 2019 with a budget of £186 million and a planned completion date of December 2022. Its purpose was to move the DVLA's core driver and vehicle records off a mainframe system first installed in Swansea in 1996.

2. In September 2019 the DVLA awarded the main build contract, worth £94 million, to Altavera Systems Ltd, a Reading-based technology company. The contract was let on a time-and-materials basis rather than a fixed-price basis.

3. We took oral evidence on Wednesday 22 January 2025 from Dame Carol Hughes DCB, Permanent Secretary of the Department for Transport; Julian Okafor, Chief Executive of the DVLA; and Priya Raman, who was the programme's Senior Responsible Owner (SRO) from March 2021 to August 2023. We also received 17 pieces of written evidence. We are grateful to all who contributed.

### 2 Cost and delivery

4. The programme was paused on 14 June 2024 and formally cancelled by the Secretary of State on Tuesday 8 October 2024. By the time it was paused, total spending had reached £412 million, more than double the original budget. The Department has since written off £287 million of that sum as having no continuing value.

5. Of the 11 modules that the programme was due to deliver, only three went into live service. The Department told us that these represent about 38% of the planned functionality. None of the three modules has allowed any part of the mainframe to be switched off.

6. The programme's monthly spending rose from an average of £3.1 million in 2020 to £7.8 million in 2023, while the number of modules delivered in 2023 was zero. At its peak in 2023 the programme employed around 240 contractor staff, 61% of whom were engaged on day rates through intermediaries.

7. The Infrastructure and Projects Authority (IPA) rated the programme red in five consecutive reviews, beginning in March 2021. A red rating means that successful delivery appears to be unachievable without urgent action. Despite this, the programme's completion date was moved back on four occasions, and its budget was increased three times, without any fundamental review of its approach.

### 3 The Birmingham pilot

8. In November 2023 the DVLA began a pilot of the new vehicle licensing module with customers in the Birmingham area. The DVLA did not carry out full end-to-end testing of the module before the pilot began. Within the first fortnight, 14,200 vehicle records were corrupted, and customers across the West Midlands were unable to tax their vehicles online for nine days.

9. Mr Okafor told us that 1,150 customers had received incorrect enforcement letters as a result of the corrupted records, and that the DVLA had paid £340,000 in compensation and goodwill payments. We find it unacceptable that a module was put before the public without having been properly tested.

### 4 Governance and accountability

10. The programme had four different Senior Responsible Owners in just over five years. Ms Raman told us that she had warned the programme board in writing on three occasions in 2022 that the December 2022 date was not achievable. Her paper of 11 May 2022 described the timetable as "not credible". The board did not act on those warnings.

11. No minister attended any meeting of the programme board during 2023. The Department did not inform Parliament that the programme had been paused until a written statement on 2 September 2024, almost 12 weeks after the decision was taken.

12. In December 2024 the Department reached a settlement with Altavera Systems under which the company repaid £18 million. Dame Carol Hughes told us that the settlement was "the best available outcome" but accepted that it represented a small proportion of the money spent with the supplier.

### 5 What happens next

13. The Swansea mainframe will now need to remain in service until at least 2029. Dame Carol told us that it costs around £22 million a year to maintain, and that the number of staff able to support its ageing software is falling. The Department intends to replace it through a smaller in-house programme, led by a team of 85 civil servants, with a budget capped at £60 million and a first release planned for spring 2026.

### Conclusions and recommendations

1. The NVRP programme was allowed to continue for far too long after it was clear that it was failing. Five consecutive red ratings from the IPA should have triggered a fundamental review, not a series of extensions. (Paragraph 7)

2. The decision to begin the Birmingham pilot without full end-to-end testing was a serious failure that caused real harm to members of the public. **The DVLA should write to us within three months setting out how it will ensure that no future release goes live without complete testing.** (Paragraph 9)

3. The Department's delay of almost 12 weeks in informing Parliament of the pause was unacceptable. **The Department should commit to notifying this Committee within ten working days of any decision to pause or cancel a major programme.** (Paragraph 11)

4. We are not persuaded that a budget of £60 million is realistic for the replacement programme given the history of the NVRP. **The Department should publish a full business case for the replacement programme before the end of 2025, and should report to us on its progress every six months.** (Paragraph 13)

5. The continued reliance on a mainframe installed in 1996 is a significant operational risk. **The DVLA should publish a contingency plan for the failure of the mainframe by September 2025.** (Paragraph 13)
`;

const TRANSCRIPT = `TRANSPORT COMMITTEE

Oral evidence: The National Vehicle Records Platform, HC 512

Wednesday 22 January 2025

Ordered by the House of Commons to be published on 22 January 2025.

Watch the meeting

Members present: Michael Dorsey (Chair); Ravi Desai; Sir Gareth Pryce; Hannah Whitlock.

Questions 1 - 17

Witnesses

I: Dame Carol Hughes DCB, Permanent Secretary, Department for Transport; Julian Okafor, Chief Executive, Driver and Vehicle Licensing Agency; Priya Raman, former Senior Responsible Owner, National Vehicle Records Platform.

Examination of witnesses

Witnesses: Dame Carol Hughes, Julian Okafor and Priya Raman.

Q1 Chair: Good morning and welcome. The session began at 9.32 am and I am conscious that we have a lot to get through. Dame Carol, let me start with the obvious question. Four hundred and twelve million pounds has been spent, and the mainframe in Swansea is still running. Who is responsible?

Dame Carol Hughes: Thank you, Chair. As accounting officer, I am responsible, and I want to be clear at the outset: this programme failed, and I will not pretend otherwise. I apologise to the Committee and to the public who were affected.

Q2 Chair: When did you first know that it was failing?

Dame Carol Hughes: I became Permanent Secretary in February 2023. I was briefed on the red ratings within my first month. With hindsight, I should have ordered a fundamental review then rather than in the spring of 2024.

Q3 Chair: Ms Raman, you were the Senior Responsible Owner from March 2021. When did you know?

Priya Raman: I raised the alarm in writing three times in 2022. My paper to the programme board on 11 May 2022 said that the December 2022 date was not credible. I was told that the date was a ministerial commitment and that the programme should "find a way".

Q4 Chair: Who told you that?

Priya Raman: The then director general chaired the board. I do not think it would be fair to name officials who are not here, but the minutes record the discussion.

Q5 Hannah Whitlock: Mr Okafor, the contract with Altavera was let on a time-and-materials basis. Why?

Julian Okafor: That decision was taken before I joined the agency in 2021. My understanding is that the requirements were not settled enough for a fixed price. In practice it meant the risk sat with us and not with the supplier. Frankly, for much of the programme we were marking our own homework.

Q6 Hannah Whitlock: How many contractor staff were working on it at the peak?

Julian Okafor: Around 240, in the summer of 2023. By comparison, the agency had 30 of its own staff on the programme at that point.

Q7 Hannah Whitlock: So contractors outnumbered your own people by eight to one.

Julian Okafor: That is right, and that is one of the lessons we have learned.

Q8 Ravi Desai: Let us turn to the Birmingham pilot. Mr Okafor, was the vehicle licensing module fully tested before it went live in November 2023?

Julian Okafor: It was not. Component testing had been done, but full end-to-end testing had not been completed. The decision was taken to proceed because the pilot was limited to one area. That was the wrong decision.

Q9 Ravi Desai: What was the impact on the public?

Julian Okafor: Some 14,200 vehicle records were corrupted. People across the West Midlands could not tax their vehicles online for nine days, and 1,150 customers received enforcement letters that they should never have received. We have paid £340,000 in compensation and goodwill payments. Every one of those letters has been withdrawn.

Q10 Ravi Desai: Were any of those customers fined?

Julian Okafor: No penalty was collected from any of them. Where people had paid, the money was refunded within 28 days.

Q11 Sir Gareth Pryce: Dame Carol, why did it take until 2 September for Parliament to be told that the programme had been paused in June?

Dame Carol Hughes: We were in the middle of a general election period and then a change of Government. I accept that that is an explanation and not an excuse. Parliament should have been told sooner.

Q12 Sir Gareth Pryce: Did any minister attend the programme board in 2023?

Dame Carol Hughes: No minister attended the board in 2023. Ministers were briefed through the Department's portfolio board, which met quarterly.

Q13 Sir Gareth Pryce: And the settlement with Altavera. Eighteen million pounds back on a contract that grew from £94 million to what?

Julian Okafor: Total payments to Altavera over the life of the programme were £231 million.

Dame Carol Hughes: The legal advice was that we would have struggled to recover more through the courts, given the nature of the contract. The settlement was the best available outcome. I do not claim that it is a good outcome.

Q14 Chair: Let me ask about the future. How much does the mainframe cost to keep running?

Dame Carol Hughes: Around £22 million a year. It will have to remain in service until at least 2029. The number of engineers who can support it is falling every year; we now rely on a team of 12 specialists, four of whom are due to retire within three years.

Q15 Chair: And the replacement?

Dame Carol Hughes: We will build it in-house, with a team of 85 civil servants, in small releases. The budget is capped at £60 million, and the first release is planned for spring 2026. We will not let a single contract for the whole system again.

Q16 Chair: Forgive me, but we have heard confident promises before. Why should we believe this one?

Dame Carol Hughes: Because we will publish our progress. I would rather come back to this Committee with a small thing that works than a large thing that does not.

Q17 Hannah Whitlock: Ms Raman, were bonuses paid to anyone on the programme leadership?

Priya Raman: Not to me. I cannot speak for others.

Julian Okafor: I can confirm that no performance bonuses were paid to the programme's senior leaders for 2023-24.

Chair: Thank you all. The session ended at 11.05 am.
`;

const files = { 'committee-report.md': REPORT, 'oral-evidence-22-january-2025.txt': TRANSCRIPT };

describe('a select committee\'s report and oral evidence, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"According to Dame Carol, … is rising" against "is falling"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'According to Dame Carol, the number of engineers able to support the Swansea mainframe is rising every year.', [['rising', 'falling']]);
    verdict('supported', 'According to Dame Carol, the number of engineers able to support the Swansea mainframe is falling every year.');
  });

  test('"before testing was complete" is not denied by "had not been completed"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "complete" / "had not been completed".
    verdict('supported', 'Julian Okafor conceded that going ahead with the pilot before testing was complete was the wrong decision.');
    verdict('contradicted', 'Julian Okafor said full end-to-end testing had been completed before the pilot.');
  });
});
