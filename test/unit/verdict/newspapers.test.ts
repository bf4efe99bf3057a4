/**
 * A regional newspaper's closure: the owner's memo to staff (plain text, with a To/From/Cc/Date header) and the
 * journalists' chapel statement (Markdown). The sources are written for these tests (from a helper's draft); the
 * companies and the people are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst } from './sources';
import { withProductWordVectors } from './productVectors';

const MEMO = `NORTHMOOR MEDIA GROUP PLC
INTERNAL COMMUNICATION - CONFIDENTIAL UNTIL 11:00 BST, TUESDAY 14 MAY 2024

To:      All staff, The Dunmere Evening Sentinel and Sentinel Digital
From:    Graham Pellow, Chief Executive, Northmoor Media Group plc
Cc:      Fiona Radcliffe, Group HR Director
         Caroline Ashdown, Editor, The Dunmere Evening Sentinel
Date:    Tuesday 14 May 2024
Subject: The future of The Dunmere Evening Sentinel

Dear colleagues,

I am writing to tell you personally about a decision that affects every one of you.

At its meeting on Monday 13 May 2024, the Board of Northmoor Media Group plc decided to cease publication of The Dunmere Evening Sentinel. The final print edition will be published on Saturday 29 June 2024. The website, sentineldunmere.co.uk, will stop publishing new stories on Sunday 30 June 2024, and its archive will remain online until Tuesday 31 December 2024.

WHY WE HAVE TAKEN THIS DECISION

The Sentinel has served Dunmere and the Wyre Valley since its first edition on Saturday 3 October 1874, when it was founded by the printer Josiah Whitcombe. Northmoor bought the title from the Whitcombe family's company, Sentinel Newspapers Ltd, in 1998 for GBP 23.5 million.

The figures behind today's decision are stark:

  - Average daily print sales peaked at 118,400 copies in 1989. They had fallen to 41,250 by 2009 and to 9,870 in 2023, according to the Regional Press Audit (RPA). In the first quarter of 2024 the average was 8,940 copies.
  - Sentinel Digital reached 212,000 monthly unique users in April 2024, down from 305,000 in April 2021.
  - Print advertising revenue fell by 38 per cent between 2019 and 2023.
  - The title recorded an operating loss of GBP 1.9 million in the year to 31 March 2024, compared with a loss of GBP 640,000 the previous year.

In 2020 we reduced the print edition from six days a week to five. Since 2022 we have tried a paywall, a weekend magazine and shared regional pages with our sister titles. None of these measures has closed the gap.

"This is the hardest decision I have taken in eleven years at Northmoor, and it is not one we have reached lightly," said Graham Pellow, Chief Executive. "The Sentinel's journalists have done outstanding work, but we can no longer see a sustainable future for the title."

Caroline Ashdown, Editor of the Sentinel since 2017, said: "For 150 years this newspaper has told Dunmere's story. Our job between now and the final edition is to do that as well as we ever have."

WHAT HAPPENS NEXT

The closure puts 47 roles at risk of redundancy: 29 in editorial, 11 in advertising and commercial, and 7 in production and administration.

A collective consultation of 45 days will begin on Wednesday 15 May 2024 and end on Friday 28 June 2024. We will consult the Guild of Newspaper Journalists (GNJ) and elected employee representatives.

Twelve roles at our sister titles, The Kelsey Herald and the Wyebridge Gazette, will be offered to Sentinel staff first through a redeployment pool.

Printing of the Sentinel moved to the Group's Ellerby print centre in 2015, and that site is not affected by this decision.

STAFF MEETINGS TODAY

  11:30  Sentinel newsroom, 14 Cathedral Street, Dunmere (Graham Pellow, Fiona Radcliffe, Caroline Ashdown)
  14:00  Video call for remote and part-time staff (link in your calendar)

QUESTIONS AND ANSWERS

Q: Is my job at risk?
A: All 47 roles at the Sentinel and Sentinel Digital are provisionally at risk. No final decisions about individuals will be made before the consultation ends.

Q: What redundancy terms are on offer?
A: Northmoor will pay enhanced redundancy of three weeks' pay for each complete year of service, capped at 26 weeks' pay. This is more generous than the statutory minimum.

Q: Will I be paid for my notice period?
A: Yes. Contractual notice will be paid in full, whether worked or not.

Q: Could the Sentinel be sold instead?
A: The Board considered a sale. No offer was received that would secure the title's future, and the Board concluded that closure was the responsible course.

Q: Who can I talk to?
A: Your line manager, the HR team (hr@northmoormedia.co.uk) or the confidential Employee Assistance Programme on 0800 014 2271, available 24 hours a day.

I know today's news is painful. Thank you for everything you have done for the Sentinel and for its readers.

Yours sincerely,

Graham Pellow
Chief Executive
Northmoor Media Group plc

---------------------------------------------------------------------
Northmoor Media Group plc. Registered in England and Wales, No. 03318842.
Registered office: Northmoor House, 2 Canal Wharf, Ellerby EL4 7QT.
This message and any attachments are confidential and intended only for
the named recipients. If you have received it in error, please delete it
and notify the sender.
`;

const STATEMENT = `# Statement from the Dunmere Sentinel Chapel of the Guild of Newspaper Journalists

**For immediate release — Wednesday 15 May 2024**

*Issued by the Sentinel chapel committee and the Guild of Newspaper Journalists (GNJ) Northern Region*

---

## Journalists "devastated and angry" at Sentinel closure

Journalists at *The Dunmere Evening Sentinel* have condemned Northmoor Media Group's decision to close the 150-year-old newspaper and have formally registered a dispute with the company.

Members of the chapel learned of the closure at a staff meeting in the Cathedral Street newsroom at 11:30 on Tuesday 14 May, half an hour after the company's memo was released. The Editor, Caroline Ashdown, was told of the Board's decision only on Monday evening.

At an emergency chapel meeting held at 18:00 on Tuesday, members voted by 26 votes to none to register a formal dispute with Northmoor and to reject the company's 45-day consultation timetable.

## What the chapel is demanding

The chapel is calling on Northmoor Media Group to:

1. **Extend the consultation to 90 days**, so that every realistic alternative to closure can be examined.
2. **Open talks with the Dunmere Sentinel Trust**, a community group formed on Tuesday night, which wants to buy the title and run it as a not-for-profit newspaper.
3. **Publish the Sentinel's full accounts** for the past five financial years, so that staff can test the claim that the title cannot be saved.
4. **Guarantee that no compulsory redundancies** are made while talks with any potential buyer continue.

## The numbers behind the story

The Sentinel's newsroom employed 112 journalists in 2004. Today it has 29, including 6 trainees and part-time staff. Over the same period Northmoor has closed district offices in Kelsey, Ashby Bridge and Portwell.

The chapel notes that Northmoor Media Group paid a dividend of GBP 4.2 million to its shareholders in 2023, and that its Chief Executive, Graham Pellow, received a total pay package of GBP 780,000 in the same year.

"The company tells us the Sentinel lost GBP 1.9 million last year. It does not tell us how much of that is management charges paid back to Northmoor itself," said Declan Morrow, senior reporter and Father of the Chapel.

## Statements

**Declan Morrow, Father of the Chapel and senior reporter, said:**

> "Our members are devastated and angry. This newsroom has covered every council meeting, every court case and every flood in the Wyre Valley for a century and a half. Dunmere will be the largest town in the North without a daily paper of its own, and Northmoor has not even tried to find a buyer who would keep it going."

**Priya Nandakumar, chief sub-editor and chapel secretary, said:**

> "Many of us have given twenty or thirty years to this paper. We learned that it was closing from a memo and a half-hour meeting. That is not how you treat people who have kept the Sentinel alive through every round of cuts."

**Ruth Ebbage, General Secretary of the Guild of Newspaper Journalists, said:**

> "Local journalism is a public good, not a line on a spreadsheet. Northmoor must halt this closure and sit down with the chapel and with the community trust. The Guild will support our members in every way we can."

**Tom Halliwell, GNJ Northern Region organiser, added:**

> "We will be meeting Northmoor's HR director on Tuesday 21 May, and we expect the company to come to that meeting with real answers."

## Community support

A petition calling on Northmoor to keep the Sentinel open, launched by the chapel on Tuesday afternoon, gathered more than 3,400 signatures in its first 24 hours.

Helen Garside, Member of Parliament for Dunmere and Ellerby, has written to Graham Pellow asking him to meet the Sentinel Trust. "A town without its newspaper is a town that stops knowing itself," she said.

A public rally in support of the Sentinel's journalists will be held at the Market Cross, Dunmere, at 12:00 on Saturday 18 May 2024. Speakers will include Declan Morrow, Ruth Ebbage and Helen Garside MP.

## Timeline

| Date | Event |
|---|---|
| Saturday 3 October 1874 | First edition of the Sentinel |
| 1998 | Northmoor buys the title for GBP 23.5 million |
| 2004 | Newsroom peaks at 112 journalists |
| 2020 | Print edition cut from six days to five |
| Tuesday 14 May 2024 | Closure announced to staff |
| Saturday 18 May 2024 | Public rally, Market Cross |
| Tuesday 21 May 2024 | First consultation meeting with the Guild |
| Saturday 29 June 2024 | Planned final edition |

---

### Notes to editors

- The Guild of Newspaper Journalists represents around 14,000 journalists and media workers across the UK and Ireland. The Dunmere Sentinel chapel has 27 members.
- Declan Morrow and Priya Nandakumar are available for interview. Photographs of the newsroom are available on request.

**Media contact:** Tom Halliwell, GNJ Northern Region, 0161 496 0735, t.halliwell@gnj.org.uk

*Guild of Newspaper Journalists, 9 Printers' Row, London EC4A 3BD. The GNJ is a trade union affiliated to the Federation of Media Unions.*
`;

const files = { 'northmoor-staff-memo.txt': MEMO, 'gnj-chapel-statement.md': STATEMENT };

describe("a newspaper's closure: the memo and the chapel's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test("a paragraph drawing on one source does not swap one contradiction for a worse one", async () => {
    const report = await checkAgainst(
      files,
      '# Sentinel\n\nThe 45-day collective consultation will begin on Thursday 15 May 2024 and end on Friday 28 June 2024. The website\'s archive will remain online until 31 October 2024. Caroline Ashdown, Northmoor\'s group HR director, was told of the Board\'s decision only on Monday evening.\n',
    );
    // Was "The source gives Tuesday 14 May 2024, not Monday" for the third sentence (the memo's header, as the
    // paragraph's source), though the chapel's statement says "only on Monday evening" and makes her the Editor.
    assert.equal(report.findings.length, 3, JSON.stringify(report.findings.map((f) => f.message)));
    assert.match(report.findings[2].message, /^The source gives Editor, not Northmoor's group HR director /);
  });
});
