/**
 * A fraud sentencing: a judge's sentencing remarks (plain text) and the police's Markdown release. Home towns
 * ("Holloway, a 47-year-old from Lowestoft" / "Darren Holloway, 47, of Great Yarmouth"), a rank ("Detective Chief
 * Inspector" / "Detective Inspector"), a sentence in years and months ("seven and a half years" / "7 years and 6
 * months"), "concurrently" where the sentence beside says "consecutively", "no longer answers" for "do not answer",
 * and a speaker's rank in a finding's message. The sources are written for these tests (from a helper's draft); the
 * people, places and offences are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const REMARKS = `IN THE CROWN COURT AT NORWICH

R v DARREN MICHAEL HOLLOWAY and KERRY ANNE PRENTICE

SENTENCING REMARKS OF HER HONOUR JUDGE ROSALIND ASHCROFT

Delivered on Friday 14 March 2025

1. Darren Holloway, you are 47 years old and you live in Great Yarmouth. Kerry Prentice, you are 39 years old and you live in Lowestoft. You both pleaded guilty to conspiracy to defraud. Mr Holloway also pleaded guilty to one count of money laundering. I must now sentence you both.

2. Between 3 January 2022 and 28 September 2023 the two of you ran a cold-calling operation from a rented unit on the Gapton Hall industrial estate. You telephoned elderly householders across Norfolk and Suffolk, claiming to be from a firm called Eastern Roofing Guarantee, and told them that their roofs were unsafe and needed urgent repair. In almost every case no work was needed and little or no work was done.

3. The prosecution has identified 62 victims. Their average age was 81. The oldest was 94. Together they lost £486,300. The largest single loss was £41,750, suffered by a widow in Cromer who handed over her savings in four separate payments.

4. Mr Holloway, you were the organiser. You recruited the callers, you controlled the bank accounts and you took the larger share of the proceeds. Of the money taken, £312,000 passed through accounts you controlled, and you moved £97,500 of it into cryptocurrency between March and July 2023 in order to conceal it. That is the basis of the money laundering count.

5. Ms Prentice, your role was significant but subordinate. You made many of the calls yourself, you trained two of the callers and you visited at least nine victims at their homes to collect cash. You received approximately £64,000.

6. I have read the victim personal statements. I will quote from only one of them. Mrs Margaret Elwood, who is 88 and lives in Sheringham, wrote: "I used to answer the door to anyone. Now I do not answer the telephone at all, and I have stopped seeing my friends because I am ashamed of how foolish I was." Mrs Elwood was not foolish. She was deliberately targeted because of her age, and that is true of every one of the victims in this case.

7. The aggravating features are these. The victims were deliberately chosen because they were old and lived alone. The offending continued for almost 21 months. Several victims were visited at home, which caused particular fear. Mr Holloway has a previous conviction for fraud from 2016, for which he received a suspended sentence.

8. In mitigation, Ms Prentice has no previous convictions, she is the sole carer for her 12-year-old son, and I accept that she was to some extent under the influence of Mr Holloway. Mr Holloway has expressed remorse in a letter to the court, although I treat that letter with some caution given that it was written only last week.

9. Under the Sentencing Council guideline this is a case of high culpability and Category 1 harm. For Mr Holloway, after trial, the sentence on the conspiracy count would have been 8 years. Ms Prentice, after trial, your sentence would have been 5 years.

10. Neither of you pleaded guilty at the first opportunity. Your pleas were entered on Monday 6 January 2025, at the plea and trial preparation hearing. That entitles you to a reduction of one quarter, or 25 per cent, rather than the full one third.

11. Darren Holloway, on count 1, conspiracy to defraud, the sentence is 6 years' imprisonment. On count 2, money laundering, the sentence is 18 months' imprisonment. That sentence will run consecutively, because it reflects separate criminality. The total sentence is therefore 7 years and 6 months. You will serve up to half of that in custody before you are released on licence.

12. Kerry Prentice, on count 1, conspiracy to defraud, the sentence is 3 years and 9 months' imprisonment. I have considered whether that sentence can be suspended. It cannot: it is far longer than two years, and the law does not permit it.

13. Mr Holloway, I also make a Serious Crime Prevention Order against you for 5 years, to begin on your release. It prohibits you from making unsolicited telephone calls for business purposes and from holding more than one bank account.

14. Confiscation proceedings will follow under the Proceeds of Crime Act 2002. A timetable has been set, and the confiscation hearing is listed for Tuesday 9 September 2025.

15. The victim surcharge will be applied in the appropriate amount. Please take them down.
`;

const RELEASE = `# Roofing scam pair jailed for targeting 62 elderly victims

**Norfolk Constabulary — Press release — Friday 14 March 2025**

Two people who ran a bogus roofing firm that cheated elderly householders out of almost half a million pounds have been jailed at Norwich Crown Court today (Friday 14 March).

Darren Holloway, 47, of Great Yarmouth, was sentenced to seven years and six months in prison. Kerry Prentice, 39, of Lowestoft, was jailed for three years and nine months.

Both had pleaded guilty to conspiracy to defraud. Holloway also admitted money laundering.

## How the investigation unfolded

- **October 2023:** Officers from the force's Economic Crime Unit began investigating after a bank in Cromer raised concerns about an 86-year-old customer who had made repeated large cash withdrawals.
- **November 2023:** Detectives identified the rented unit in Great Yarmouth from which calls were being made.
- **Wednesday 6 December 2023:** Holloway and Prentice were arrested in early-morning raids at their homes. Officers seized £23,400 in cash, 11 mobile phones and a list of more than 400 names and telephone numbers of older residents.
- **February to August 2024:** Investigators traced victims across Norfolk and Suffolk, eventually confirming 62 victims who had lost a combined £486,300.
- **September 2024:** Both suspects were charged.
- **January 2025:** Both pleaded guilty at Norwich Crown Court.

## The sentences

| Defendant | Offence | Sentence |
|---|---|---|
| Darren Holloway, 47 | Conspiracy to defraud | 6 years |
| Darren Holloway, 47 | Money laundering | 18 months, consecutive |
| Kerry Prentice, 39 | Conspiracy to defraud | 3 years 9 months |

Holloway was also made the subject of a five-year Serious Crime Prevention Order.

## "They chose their victims because they were vulnerable"

Detective Inspector Sarah Kavanagh, who led the investigation, said:

"These two people chose their victims precisely because they were old, lived alone and were too trusting to hang up the phone. They took life savings from people in their eighties and nineties and left many of them frightened in their own homes.

"I want to thank the victims and their families, many of whom found the courage to give evidence even though they felt embarrassed. Nobody should feel ashamed of being targeted by criminals like these.

"Today's sentences will not return the money, but our work is not finished. We will now pursue every penny through the courts."

Detective Chief Inspector Martin Oduya, head of the Economic Crime Unit, added: "This was one of the largest doorstep and telephone frauds this unit has dealt with in the last decade. It shows what can be achieved when banks, families and police work together."

## What happens next

A confiscation hearing under the Proceeds of Crime Act has been listed for Tuesday 9 September 2025, when the court will decide how much Holloway and Prentice must pay back. The force has already obtained restraint orders freezing assets worth about £140,000, including a static caravan in Hemsby and a car.

The investigation took 15 months from the first report to the guilty pleas, and involved more than 30 officers and staff.

## Advice for residents

Genuine tradespeople will not cold-call you and demand immediate payment. If someone contacts you unexpectedly about work on your home:

- Do not agree to anything on the doorstep or over the phone.
- Never hand over cash to someone who comes to your door.
- Speak to a family member or friend before making a decision.
- Report suspicious callers to Norfolk Police on 101, or to Action Fraud on 0300 123 2040.

If you think you or a relative may have been a victim of this scam and have not yet spoken to police, please call 101 quoting reference 36/81422/23.

**Ends**
`;

const files = { 'sentencing-remarks.txt': REMARKS, 'police-release.md': RELEASE };

describe('a fraud sentencing: home towns, ranks, terms, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a home town the sources give another person, or that they give the person otherwise', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    verdict('contradicted', 'Holloway, a 47-year-old from Lowestoft, was the organiser of the operation.', [['Lowestoft', 'Great Yarmouth']]);
    verdict('supported', 'Holloway, a 47-year-old from Great Yarmouth, was the organiser of the operation.');
    verdict('contradicted', 'Mrs Margaret Elwood, 88, of Cromer, wrote that she no longer answers the telephone at all.', [['Cromer', 'Sheringham']]);
    // "No longer answers" says what "I do not answer" says.
    verdict('supported', 'Mrs Margaret Elwood, 88, of Sheringham, wrote that she no longer answers the telephone at all.');
  });

  test('a rank, a term in years and months, concurrent or consecutive', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    verdict('contradicted', 'Detective Chief Inspector Sarah Kavanagh led the investigation.', [['Detective Chief Inspector', 'Detective Inspector']]);
    verdict('supported', 'Detective Inspector Sarah Kavanagh led the investigation.');
    verdict('supported', 'Detective Chief Inspector Martin Oduya heads the Economic Crime Unit.');
    verdict('supported', 'Holloway, a 47-year-old from Great Yarmouth, was jailed for a total of seven and a half years.');
    verdict('contradicted', 'Holloway, a 47-year-old from Great Yarmouth, was jailed for a total of eight and a half years.', [['eight and a half years', 'seven years and six months']]);
    verdict('contradicted', 'Prentice was jailed for four years and nine months.', [['four years and nine months', 'three years and nine months']]);
    verdict('contradicted', "Holloway's money-laundering sentence will run concurrently with his sentence for conspiracy to defraud.", [['concurrently', 'consecutively']]);
    verdict('supported', "Holloway's money-laundering sentence will run consecutively to his sentence for conspiracy to defraud.");
  });

  test("an altered quote's source words end with the source's sentence", async () => {
    const report = await checkAgainst(files, '# Fraud\n\n"This was one of the largest doorstep and telephone frauds this unit has dealt with in the last five years," said Detective Chief Inspector Martin Oduya.\n');
    const messages = report.findings.filter((f) => f.code === 'altered-quote').map((f) => f.message);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], /which reads “This was one of the largest doorstep and telephone frauds this unit has dealt with in the last decade”: “five years” where the source has “decade”\.$/);
  });

  test('a finding names the speaker with every word of the rank', async () => {
    const report = await checkAgainst(files, '# Fraud\n\nDetective Chief Inspector Martin Oduya said nobody should feel ashamed of being targeted by criminals like these.\n');
    const messages = report.findings.filter((f) => f.code === 'misattributed-quote').map((f) => f.message);
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0], /said by Detective Inspector Sarah Kavanagh, not Detective Chief Inspector Martin Oduya/);
  });
});
