/**
 * A public inquiry's final report into a hospital trust's maternity care (Markdown, numbered findings) and the
 * bereaved families' statement (plain text). "The trust's rate fell …, while the national average fell" against
 * "…, while the national average rose": each side has words of both ways, so the word after the same two words
 * ("national average") decides. The sources are written for these tests (from a helper's draft); the trust and
 * people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const SUMMARY = `# Independent Inquiry into Maternity Services at Hallbrook and Wenmouth Hospitals NHS Foundation Trust

## Final Report: Executive Summary

**Chair:** Dame Catherine Ashworth DBE, FRCOG
**Published:** Tuesday 11 March 2025
**Ordered by the House of Commons to be printed:** 11 March 2025
**HC 1142**

---

### 1. Introduction

1.1 This Inquiry was established by the Secretary of State for Health and Social Care on 14 June 2022 following sustained concerns raised by bereaved families about the quality and safety of maternity care at Hallbrook and Wenmouth Hospitals NHS Foundation Trust ("the Trust").

1.2 The Inquiry's terms of reference required the review panel to examine the care given to mothers and babies at the Trust's two obstetric units, at Hallbrook General Hospital and at Wenmouth Royal Infirmary, between 1 January 2010 and 31 December 2021.

1.3 The review panel examined the clinical records of 1,486 families. Of these, 1,212 families contacted the Inquiry directly; the remaining 274 cases were identified through the Trust's own incident records and coroners' referrals.

1.4 The panel comprised 21 clinicians, including 9 midwives, 7 obstetricians, 3 neonatologists and 2 anaesthetists, none of whom had worked at the Trust.

### 2. Principal findings

2.1 **Deaths of babies.** The panel found that 131 babies died in circumstances where different care would or might have resulted in a different outcome. Of these, 94 were stillbirths and 37 were neonatal deaths.

2.2 **Deaths of mothers.** Nine mothers died. In seven of those nine cases, the panel concluded that significant or major concerns in care were identified.

2.3 **Brain injuries.** At least 88 babies suffered brain injuries, including hypoxic-ischaemic encephalopathy, that the panel judged could have been avoided with appropriate care.

2.4 **Failure to escalate.** In 41% of the cases reviewed, the panel found that concerns about fetal heart monitoring were not escalated to a senior obstetrician in a timely way.

2.5 **Caesarean rates.** Between 2013 and 2019, the Trust's caesarean section rate fell from 24% to 17%, while the national average rose over the same period. The panel heard evidence that a culture had developed in which keeping caesarean rates low was celebrated by senior managers, and that this contributed to avoidable harm.

2.6 **Staffing.** The Trust did not meet the recommended midwife-to-birth ratio of 1 to 28 in any year between 2014 and 2020. In 2018, the ratio at Wenmouth Royal Infirmary was 1 to 36.

2.7 **Investigations.** Of the 312 serious incidents that the Trust reported internally during the review period, only 58 were subject to an external investigation. The panel found no evidence that the Trust Board reviewed the outcome of any of the remaining investigations.

2.8 **Treatment of families.** Families were too often dismissed, blamed for the outcome, or not told the truth about what had happened. The panel identified 63 cases in which the family was not informed that a serious incident investigation had taken place.

### 3. Leadership and governance

3.1 The panel found that the Trust Board did not receive accurate information about maternity safety between 2015 and 2019. Reports presented to the Board by the then Director of Nursing and Midwifery, Mrs Gillian Harcourt, repeatedly described maternity services as "safe and well-led".

3.2 The then Chief Executive, Mr Robert Fenwick, who led the Trust from 2011 to 2020, told the Inquiry that he "was not made aware of the scale of the problem". The panel did not accept that account in full, noting that at least four internal reports in 2017 had identified serious risks.

3.3 The current Chief Executive, Ms Priya Venkatesan, who took up post in September 2020, gave evidence on Thursday 7 November 2024. She told the Inquiry: "The trust failed these families, and I am sorry for every one of those failures."

3.4 The panel found that NHS England's regional team and the Care Quality Commission (CQC) missed repeated opportunities to intervene. The CQC rated maternity services at the Trust as "good" in 2016, a rating the panel considers was not supported by the evidence then available.

3.5 The Trust spent £4.2 million on external consultants for a "maternity transformation programme" between 2018 and 2020. The panel found that the programme produced no measurable improvement in outcomes.

### 4. Cost of harm

4.1 NHS Resolution has paid out £214 million in clinical negligence settlements relating to maternity care at the Trust since 2010. A further 46 claims remain open.

### 5. Recommendations

The Inquiry makes 17 recommendations. The most significant are summarised below.

5.1 **Recommendation 1:** Every NHS trust providing maternity care should appoint a named non-executive director with specific responsibility for maternity safety, to be in place by 1 April 2026.

5.2 **Recommendation 4:** A national independent investigations body for maternity should be established on a statutory footing, with the power to compel trusts to disclose documents.

5.3 **Recommendation 7:** Funding for maternity training should be ring-fenced. The Inquiry recommends a minimum of £95 million each year nationally.

5.4 **Recommendation 11:** Families must be offered a meeting with a senior clinician within 10 working days of any serious incident.

5.5 **Recommendation 15:** The Trust should publish quarterly maternity safety data, including stillbirth and neonatal death rates, on its public website.

### 6. Conclusion

6.1 Dame Catherine Ashworth said: "These were not unavoidable tragedies. They were the result of failures that were known, that were reported, and that were not acted upon."

6.2 The Inquiry thanks the families who came forward. Without their persistence, this Inquiry would not have taken place.

---

*The full report, comprising 842 pages across three volumes, is available on the Inquiry's website.*
`;

const STATEMENT = `STATEMENT ON BEHALF OF THE HALLBROOK AND WENMOUTH FAMILIES GROUP

Read outside Church House, Westminster, at 2.30pm on Tuesday 11 March 2025

Read by Sarah Okonjo, co-chair of the Hallbrook and Wenmouth Families Group

Today is a day that many of us never believed would come.

Our group was formed in a kitchen in Wenmouth in October 2017 by three mothers who had lost their babies at Wenmouth Royal Infirmary. Seven and a half years later, we represent more than 600 families. We have written letters, we have marched, and we have sat in rooms with people who told us that nothing had gone wrong. Today, the Inquiry has told the whole country that something went very wrong indeed.

The report confirms what we have been saying for years. It finds that 131 babies and nine mothers died when they should not have. It finds that at least 88 babies were left with brain injuries that could have been avoided. Behind each of those numbers is a family, and behind each family is a child who should be here.

We want to thank Dame Catherine Ashworth and her panel. They listened to us when no one else would. They read our notes, they read our letters, and they believed us.

My own son, Daniel, was stillborn at Hallbrook General Hospital on 3 February 2016. I had told the midwives four times that I could not feel him moving. I was sent home twice. The report says that in four in ten cases concerns about monitoring were not escalated. For us that was not a statistic. It was our son.

Our co-chair, Mark Pellow, whose daughter Isla was born at Wenmouth Royal Infirmary in 2019 and suffered a brain injury during labour, has asked me to read his words. Mark said: "Isla is five now. She cannot walk and she cannot speak, but she can smile, and every time she smiles I think about what she should have had. Nobody from the trust told us the truth for three years."

Isla's family was not told that a serious incident investigation had taken place until 2022.

Helen Marsh, whose wife Joanne died at Hallbrook General Hospital in 2014, eleven days after giving birth to their son, said: "Joanne was not a number. She was a teacher, a runner, and the funniest person I ever knew. The trust told me her death was unforeseeable. Today I learned that was not true."

We want to be clear about what we are asking for.

First, we call on the Secretary of State to accept all 17 recommendations in full, and to set out a timetable for implementing them within three months. Warm words are not enough. We have heard warm words before.

Second, we call on the police to review whether any criminal offences were committed. We note that West Mercia Police opened an investigation in 2023, and we ask that the Inquiry's findings are passed to them without delay.

Third, we call on the former Chief Executive, Robert Fenwick, and the former Director of Nursing and Midwifery, Gillian Harcourt, to apologise to us in person. Neither of them has ever done so. Mr Fenwick told the Inquiry that he was not made aware of the scale of the problem. We do not believe him, and neither did the panel.

Fourth, we ask that the £4.2 million the trust spent on consultants is never repeated. That money could have paid for more than 100 midwives for a year. Instead it paid for slide decks.

We acknowledge the apology given by the current Chief Executive, Priya Venkatesan, in her evidence to the Inquiry. She is the first leader of this trust to say sorry to us. But an apology is the beginning, not the end.

We also want to say something to other families, in other towns, who may be reading about us today and wondering whether what happened to them was wrong. Trust your instincts. Ask questions. Do not accept being told that nothing could have been done.

Finally, Professor Tomasz Wieczorek, the consultant neonatologist who first raised concerns internally in 2015 and was moved out of his role the following year, deserves our thanks. He was right, and he was punished for being right. We hope the trust will now formally apologise to him as well.

We will not go away. We will be watching to make sure these recommendations are carried out, not just welcomed.

Thank you.

ENDS

Media enquiries: press@hwfamiliesgroup.org.uk
The Hallbrook and Wenmouth Families Group is a voluntary organisation and receives no public funding.
`;

const files = { 'inquiry-executive-summary.md': SUMMARY, 'families-statement.txt': STATEMENT };

describe('an inquiry report and the families\' statement, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"while the national average fell" / "rose", beside a rate that fell', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', "The report found that the trust's caesarean rate fell from 24% to 17% between 2013 and 2019, while the national average fell over the same period.", [['fell', 'rose']]);
    verdict('supported', "The report found that the trust's caesarean rate fell from 24% to 17% between 2013 and 2019, while the national average rose over the same period.");
  });

  test('"the then chief executive, Gillian Harcourt," where she was "the then Director of Nursing and Midwifery"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported (a role of six words before a name was not read).
    verdict('contradicted', 'Reports to the board by the then chief executive, Gillian Harcourt, repeatedly described maternity services as "safe and well-led".');
    // "The then" post is a former one ("the former Director of Nursing and Midwifery, Gillian Harcourt").
    verdict('supported', 'Reports to the board by the then director of nursing and midwifery, Gillian Harcourt, repeatedly described maternity services as "safe and well-led".');
  });
});
