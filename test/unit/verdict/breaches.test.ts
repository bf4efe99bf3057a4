/**
 * A data breach: the company's letter to its customers and the regulator's penalty notice, against a writer's draft.
 * People's posts in apposition without an article ("Daniel Okafor, Brightwell's chief executive,", "John Edwards, UK
 * Information Commissioner, said:" above the quotation), and another firm of the sources in the one reprimanded's
 * place. Both sources are written for these tests (from a helper's drafts); the firms and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const LETTER = `# Important information about a security incident at Brightwell Home Insurance

**From:** Brightwell Home Insurance Ltd, Customer Communications
**Date:** 14 March 2024
**To:** Affected policyholders

Dear customer,

We are writing to let you know about a cyber security incident that affected some of our systems, and to explain what we are doing about it.

On 2 February 2024, our IT security team detected unusual activity on a server that stores archived policy documents. Our investigation found that an unauthorised third party had gained access to the server using the login details of a contractor account. The attacker had access to the system between 27 January and 3 February 2024, when the account was disabled.

During that period, the attacker copied files relating to approximately 412,000 current and former policyholders. The files included names, home addresses, dates of birth, email addresses and policy numbers. For around 38,500 customers, the files also contained the last four digits of a bank account number. No full payment card details or passwords were taken, and our main policy administration system was not affected.

"I want to apologise sincerely to every customer whose information was involved," said Helen Marsh, Chief Executive of Brightwell. "We take the protection of your data extremely seriously, and we are sorry that on this occasion we fell short."

We reported the incident to the Information Commissioner's Office on 5 February 2024, within the 72-hour deadline, and we have also informed Thames Valley Police. We have appointed the forensic firm Castlegate Cyber to help us understand exactly what happened.

## What we are doing

- We have reset credentials for all contractor accounts and introduced multi-factor authentication on every remote access connection.
- We are offering all affected customers two years of free credit monitoring through Experian.
- We have set up a dedicated helpline on 0800 046 2291, open from 8am to 8pm, seven days a week.

"Our investigation is continuing, and we will keep customers updated," said Daniel Okafor, Brightwell's Chief Information Security Officer. "So far we have found no evidence that any of the data has been published or misused."

## What you can do

Be alert to emails, phone calls or texts that claim to come from Brightwell. We will never ask you for your full bank details or your password by phone or email. If you are unsure, please hang up and call us on the number above.

Brightwell Home Insurance, founded in 1998 and based in Reading, insures around 1.3 million homes across the UK.

Yours sincerely,

Helen Marsh
Chief Executive, Brightwell Home Insurance Ltd
`;

const NOTICE = `# ICO fines Brightwell Home Insurance £4.2 million over cyber attack

**Information Commissioner's Office — News release**
**Date:** 9 October 2025

The Information Commissioner's Office (ICO) has fined Brightwell Home Insurance Ltd £4.2 million for failing to protect the personal information of its customers, after a cyber attack in early 2024 exposed the data of more than 400,000 people.

The ICO's investigation found that the Reading-based insurer had failed to put appropriate security measures in place. In particular, a contractor account with remote access to the company's archive server was not protected by multi-factor authentication, and the password for that account had not been changed since 2019. The regulator also found that Brightwell kept archived records of former customers for far longer than necessary, with some files dating back eleven years.

The ICO had originally issued a notice of intent proposing a fine of £6.5 million. The final penalty was reduced after the regulator took into account representations from Brightwell, the steps the company had taken since the attack, and its cooperation with the investigation.

John Edwards, UK Information Commissioner, said:

"People trust their insurer with some of their most sensitive information. Brightwell left the door open by failing to use a basic security control that has been standard practice for years. Companies of every size need to check that remote access is locked down, because attackers will find the weakest point."

Stephen Bonner, Deputy Commissioner for Regulatory Supervision, added:

"Holding on to old data you no longer need doesn't just break the law, it makes the damage worse when things go wrong. Around a third of the people affected in this attack were former customers whose records should already have been deleted."

## Key findings

- The attacker had access to Brightwell's systems for eight days before the account was disabled.
- Data belonging to 412,000 people was copied, including names, addresses, dates of birth and policy numbers.
- Partial bank account details of 38,500 customers were exposed.
- The company reported the breach to the ICO within 72 hours, as required by law.

The fine was issued under the UK General Data Protection Regulation. Brightwell has said it will not appeal the penalty, and has agreed to pay it in full by 6 November 2025.

In a separate statement, Brightwell's chair, Priya Raman, said the company accepted the findings and had spent £11 million on security improvements since the attack.

The ICO has also issued a reprimand to the company's IT contractor, Norlink Services, for failing to report that it had shared account credentials with a subcontractor.

## Notes to editors

1. The Information Commissioner's Office upholds information rights in the public interest. It can issue fines of up to £17.5 million or 4% of a company's total annual worldwide turnover, whichever is higher.
2. Penalty money is paid into the Treasury's Consolidated Fund and is not kept by the ICO.
3. This is the third penalty the ICO has issued to an insurance company in two years.

Media enquiries: press office, 0303 123 9115.
`;

describe('a data breach: the company\'s letter and the regulator\'s notice, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('a person\'s post in apposition, with a possessive or no article, against the post the sources give them', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'company_statement.md': LETTER, 'ico_penalty_notice.md': NOTICE }));
    verdict('supported', "Daniel Okafor, Brightwell's chief information security officer, said the investigation was continuing.");
    verdict('contradicted', "Daniel Okafor, Brightwell's chief executive, said the investigation was continuing and that no evidence of misuse had been found.", [
      ["Brightwell's chief executive", "Brightwell's Chief Information Security Officer"],
    ]);
    verdict('contradicted', "Helen Marsh, Brightwell's chief information security officer, apologised to customers.", [["Brightwell's chief information security officer", 'Chief Executive of Brightwell']]);
    verdict('contradicted', "John Edwards, the ICO's Deputy Commissioner for Regulatory Supervision, said Brightwell had left the door open by failing to use a basic security control.", [
      ["ICO's Deputy Commissioner for Regulatory Supervision", 'UK Information Commissioner'],
    ]);
    verdict('contradicted', 'Stephen Bonner, UK Information Commissioner, said holding on to old data makes the damage worse.');
  });

  test('another firm of the sources in the place of the one reprimanded, which the notice names after its description', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'company_statement.md': LETTER, 'ico_penalty_notice.md': NOTICE }));
    verdict('supported', 'The ICO issued a reprimand to Norlink Services for failing to report that it had shared account credentials.');
    verdict('contradicted', 'The ICO also issued a reprimand to Castlegate Cyber for failing to report that it had shared account credentials with a subcontractor.', [
      ['Castlegate Cyber', 'Norlink Services'],
    ]);
  });
});
