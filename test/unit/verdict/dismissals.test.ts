/**
 * An unfair-dismissal ruling: the employment tribunal's judgment summary (plain text) and the drivers' union's press
 * statement (Markdown). The sources are written for these tests (from a helper's draft); the parties are invented.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const JUDGMENT = `EMPLOYMENT TRIBUNALS

Case No: 3204417/2023

Claimant:      Mr Daniel Okonkwo
Respondent:    Swiftline Parcels Limited

Heard at:      East London Hearing Centre (in person)
On:            Monday 3 February 2025 to Thursday 6 February 2025
Before:        Employment Judge Harriet Pemberton
Members:       Mr R Dhaliwal
               Ms C Avery

Representation
Claimant:      Ms Anjali Mehta, of counsel (instructed by the United Delivery Workers' Union legal department)
Respondent:    Mr James Castleford, solicitor (Brackley Dunne LLP)


RESERVED JUDGMENT WITH SUMMARY REASONS

The unanimous judgment of the Tribunal is that:

1. The claimant's complaint of unfair dismissal, contrary to section 98 of the Employment Rights Act 1996, is well-founded and succeeds.

2. The claimant's complaint of wrongful dismissal (breach of contract in respect of notice pay) is well-founded and succeeds.

3. The claimant's complaint that he was automatically unfairly dismissed for having made a protected disclosure, contrary to section 103A of the Employment Rights Act 1996, is not well-founded and is dismissed.

4. The respondent is ordered to pay the claimant the total sum of £23,003.50, made up as follows:
   (a) a basic award of £2,802.50;
   (b) a compensatory award of £17,940.00, which includes an uplift of 15% for the respondent's unreasonable failure to comply with the ACAS Code of Practice on Disciplinary and Grievance Procedures;
   (c) damages for breach of contract (notice pay) of £2,261.00.

5. The Employment Protection (Recoupment of Benefits) Regulations 1996 apply to the compensatory award. The prescribed element is £9,872.40 and relates to the period from 9 August 2023 to 13 January 2025.


SUMMARY REASONS

Background

6. The respondent is a parcel delivery company with its head office in Milton Keynes. It told the Tribunal that it employs around 3,400 drivers across 27 depots in England and Wales.

7. The claimant was employed by the respondent as a multi-drop delivery driver at its Thurrock depot from Monday 14 May 2018 until his summary dismissal on Wednesday 9 August 2023. He therefore had just under five years and three months' continuous service. His gross weekly pay was £560.50.

8. Drivers record each delivery by scanning the parcel with a handheld device. The device logs the time and the GPS position of each scan.

The disciplinary process

9. On Wednesday 19 July 2023 the respondent's scanner data showed 47 parcels on the claimant's round marked as "delivered" at locations more than 400 metres from the delivery address. The respondent treated this as evidence that the claimant had falsified delivery records.

10. The claimant was suspended on Monday 24 July 2023. An investigation meeting was conducted by Ms Leanne Fairbrother, shift supervisor, which lasted 25 minutes. The claimant told Ms Fairbrother that his handset had been faulty for several weeks and that he had reported the fault to the depot.

11. A disciplinary hearing took place on Wednesday 2 August 2023 before Mr Gareth Lowther, the Thurrock depot manager. Mr Lowther decided to dismiss the claimant for gross misconduct. The dismissal letter was dated 9 August 2023.

12. The claimant appealed. His appeal was heard on Wednesday 30 August 2023 by Ms Priya Raman, regional operations director, and was rejected by letter dated 7 September 2023.

Findings

13. The Tribunal accepted that the respondent genuinely believed that the claimant had falsified records. However, the Tribunal found that the belief was not formed on reasonable grounds after a reasonable investigation.

14. The respondent's own fault log showed that the claimant's handset had been reported as faulty on 11 occasions between 1 June and 18 July 2023. Neither Ms Fairbrother nor Mr Lowther looked at the fault log before the claimant was dismissed. Mr Lowther accepted in cross-examination that he "did not think it was relevant at the time".

15. The claimant was not given copies of the GPS data before the disciplinary hearing, despite asking for them in writing on 26 July 2023. The Tribunal found that this was a breach of paragraph 9 of the ACAS Code.

16. The Tribunal found that the investigation fell outside the band of reasonable responses open to a reasonable employer, and that the dismissal was therefore unfair.

17. The Tribunal considered whether any reduction should be made for contributory conduct. It found no culpable or blameworthy conduct on the part of the claimant and made no reduction.

18. On the protected disclosure complaint, the Tribunal found that the claimant's email of 3 July 2023 about vehicle tyre safety was a protected disclosure, but that it played no part in Mr Lowther's decision to dismiss.

Remedy

19. The claimant did not seek reinstatement or re-engagement. He found new employment as a warehouse operative on 13 January 2025 at a lower rate of pay.

20. The basic award was calculated as 5 complete years of service multiplied by one week's gross pay of £560.50 (the claimant being aged between 22 and 40 throughout his employment), giving £2,802.50.

21. The compensatory award covers loss of earnings from the date of dismissal to the date of the hearing, loss of statutory rights of £600 and future loss of 13 weeks, with the 15% ACAS uplift applied.

22. The claimant was entitled to 5 weeks' statutory notice. He received none. The sum of £2,261.00 represents 5 weeks' net pay.

23. The respondent is to pay the sums ordered within 14 days of the date this judgment is sent to the parties.


Employment Judge Harriet Pemberton

Date: 17 March 2025

JUDGMENT AND SUMMARY REASONS SENT TO THE PARTIES ON
Tuesday 18 March 2025

FOR THE TRIBUNAL OFFICE


Notes
Public access to employment tribunal decisions: judgments and reasons for the judgments are published, in full, online shortly after a copy has been sent to the claimant(s) and respondent(s) in a case.

Recording and transcription: please note that if a tribunal hearing has been recorded you may request a transcript of the recording, for which a charge is likely to be payable.
`;

const STATEMENT = `---
title: "Tribunal win for Thurrock driver sacked over faulty scanner"
date: 2025-03-19
---

# PRESS STATEMENT

**United Delivery Workers' Union (UDWU)**
For immediate release: Wednesday 19 March 2025, 10:00

## Tribunal win for Thurrock driver sacked over faulty scanner

*Swiftline Parcels ordered to pay £23,003.50 after judge finds dismissal unfair*

The United Delivery Workers' Union today welcomed an employment tribunal ruling that Swiftline Parcels Limited unfairly dismissed one of its members, Thurrock delivery driver Daniel Okonkwo, after relying on data from a handheld scanner that the company's own records showed was faulty.

In a reserved judgment sent to the parties on Tuesday 18 March, Employment Judge Harriet Pemberton and two lay members found unanimously that Mr Okonkwo, 38, had been unfairly and wrongfully dismissed. The tribunal ordered Swiftline to pay him a total of £23,003.50 within 14 days.

The case was heard over four days at the East London Hearing Centre in February. Mr Okonkwo was represented by barrister Anjali Mehta, instructed by the UDWU legal department. It is the third employment tribunal claim the union has won against Swiftline since 2021.

### "I was treated like a criminal"

Mr Okonkwo, a father of two from Grays, had worked at Swiftline's Thurrock depot for more than five years when he was sacked for gross misconduct in August 2023. The company accused him of falsely scanning 47 parcels as delivered on a single day in July 2023.

The tribunal heard that his handset had been reported as faulty 11 times in the seven weeks before the alleged incident, and that managers did not check the fault log before dismissing him.

Speaking after the judgment, Mr Okonkwo said:

> "I was treated like a criminal because of a machine that everybody at the depot knew was broken. I asked them again and again to look at the fault reports and nobody would listen. I'm relieved that the judge saw the truth, but nothing gives me back the last eighteen months."

### Union calls for review of scanner-based discipline

UDWU general secretary Marcia Fenwick said:

> "This judgment should be a wake-up call for the whole parcel industry. Companies cannot hand over disciplinary decisions to a handset and then refuse to check whether the handset works. Daniel lost his livelihood because Swiftline didn't bother to open its own fault log."

Ms Fenwick said the union would write to Swiftline's chief executive, Robert Ashdown, this week asking for an urgent review of every dismissal since January 2022 that relied on scanner or GPS data. The union says it knows of at least 14 other Swiftline drivers who were dismissed on scanner evidence in 2023.

Tom Haldane, UDWU regional organiser for London and the East, who supported Mr Okonkwo through the internal process, added:

> "Daniel asked for the GPS data in writing and never got it before his hearing. That is not a fair process by anyone's standard. Our members at Thurrock and at the other 26 Swiftline depots deserve better."

### Company response

In a statement to the union and the press, a Swiftline Parcels spokesperson said:

> "We are disappointed by the tribunal's decision and are considering the judgment carefully with our legal advisers. Swiftline takes the accuracy of delivery records extremely seriously, and we have already introduced a new handset replacement policy at all of our depots."

The company did not say whether it would appeal. Any appeal to the Employment Appeal Tribunal must be lodged within 42 days of the date the written reasons were sent.

### Questions and answers

**What did the tribunal award?**
A basic award of £2,802.50, a compensatory award of £17,940.00 (including a 15% uplift because Swiftline failed to follow the ACAS Code of Practice) and £2,261.00 in notice pay: £23,003.50 in total.

**Did Mr Okonkwo win on every point?**
No. The tribunal dismissed his separate claim that he was sacked for blowing the whistle on tyre safety, finding that his email of 3 July 2023 was a protected disclosure but had played no part in the decision to dismiss him.

**Was any deduction made for his own conduct?**
No. The tribunal found no blameworthy conduct by Mr Okonkwo and made no reduction.

**How many UDWU members work for Swiftline?**
About 1,200 of Swiftline's roughly 3,400 drivers are UDWU members.

### Notes to editors

1. The United Delivery Workers' Union represents more than 38,000 drivers, couriers and warehouse staff across the UK. It was founded in 2009 and is headquartered in Leeds.
2. Case number 3204417/2023, *Okonkwo v Swiftline Parcels Limited*. The judgment will be published on the online register of employment tribunal decisions.
3. Daniel Okonkwo and Marcia Fenwick are available for interview on Wednesday 19 March between 12:00 and 16:00.

**Media contact:** Sian Prothero, UDWU press officer, 07700 900 418, press@udwu.org.uk

*Ends*
`;

const files = { 'tribunal-judgment-summary.txt': JUDGMENT, 'udwu-press-statement.md': STATEMENT };

describe("a tribunal's judgment and a union's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('a header\'s "Case No: 3204417/2023" denies nothing', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: "The source says the opposite: “Case No”".
    verdict('supported', 'The case was heard over four days at the East London Hearing Centre in February before Employment Judge Harriet Pemberton.');
    const r = verdict('unsupported', 'The case was heard over four days at the Bristol Civil Justice Centre in February before Employment Judge Harriet Pemberton.');
    assert.deepEqual(r.missing, ['Bristol Civil Justice Centre']);
  });

  test('a post whose first word is a name keeps its capital in the note: "as the Thurrock depot manager"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    const r = verdict('contradicted', "The disciplinary hearing on 2 August 2023 was chaired by Gareth Lowther, Swiftline's regional operations director.", [["Swiftline's regional operations director", 'Thurrock depot manager']]);
    // (The person as the source names them, title and all, since a post in the possessive is read as a post.)
    assert.equal(r.conflicts[0].note, 'it names Mr Gareth Lowther as the Thurrock depot manager');
  });

  test('the speaker of "Tom Haldane, UDWU regional organiser for London and the East, who supported …, added:" is Tom Haldane', async () => {
    const quote = '"Daniel asked for the GPS data in writing and never got it before his hearing," ';
    const wrong = await checkAgainst(files, `# Ruling\n\n${quote}said Marcia Fenwick.\n`);
    const found = wrong.findings.filter((f) => f.code === 'misattributed-quote');
    // Was "These words were said by East, not Marcia Fenwick".
    assert.equal(found.length, 1, JSON.stringify(wrong.findings));
    assert.match(found[0].message, /^These words were said by Tom Haldane, not Marcia Fenwick/);
    const right = await checkAgainst(files, `# Ruling\n\n${quote}said Tom Haldane.\n`);
    assert.deepEqual(right.findings.map((f) => f.code), []);
  });
});
