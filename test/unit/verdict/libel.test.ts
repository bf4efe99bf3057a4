/**
 * A libel trial: the judge's summary of judgment (Markdown, numbered paragraphs) and the losing newspaper's statement
 * (plain text). A head of something is the head of it wherever the post is ("head of legal at the publisher" /
 * "head of legal at Northern Courier Media"). The sources are written for these tests (from a helper's draft); the
 * parties and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const JUDGMENT = `# IN THE HIGH COURT OF JUSTICE
## KING'S BENCH DIVISION — MEDIA AND COMMUNICATIONS LIST

**Claim No: KB-2023-001874**

# Dr Helena Marsh v Northern Courier Media Limited

## [2024] EWHC 2871 (KB)

**Before: The Honourable Mrs Justice Okonkwo**

**Hearing dates: 8–17 July 2024. Judgment handed down: Thursday 7 November 2024**

---

### SUMMARY OF JUDGMENT

*This summary is provided to assist in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment of the Court is the only authoritative document. Judgments are public documents and are available at the National Archives.*

1. The Claimant, Dr Helena Marsh, has been chief executive of Brightwater Housing Trust, a Leeds-based charity that provides supported accommodation for young people leaving care, since 2016. The Defendant, Northern Courier Media Limited, publishes *The Northern Courier* newspaper in print and at its website.

2. The claim concerns two articles. The first was published on Tuesday 14 March 2023 under the headline "Charity boss funnelled millions to husband's firm". The second, a follow-up piece headlined "Brightwater: the questions Dr Marsh won't answer", was published on Sunday 2 April 2023. Both articles were written by Ms Rachel Tandy, the newspaper's chief investigations reporter, and were approved for publication by the editor, Mr Gareth Pryce.

3. At a preliminary hearing in October 2023 the Court determined that the first article bore the meaning that the Claimant had dishonestly diverted about £2.3 million of charitable donations to Marsh Strategic Ltd, a consultancy owned by her husband, Mr Colin Marsh, for her own family's benefit. That meaning is defamatory at common law and is a statement of fact.

4. The trial took place over eight days at the Royal Courts of Justice in London. The Claimant was represented by Mr Adam Wolfe KC and the Defendant by Ms Fiona Latham KC. The Claimant called three witnesses, including herself. The Defendant called six witnesses, among them Ms Tandy and Mr Pryce.

#### Serious harm

5. I am satisfied that the publication of the articles has caused serious harm to the Claimant's reputation within the meaning of section 1 of the Defamation Act 2013. The first article was viewed 212,000 times online in its first month, and the print edition in which it appeared had a circulation of about 48,500 copies. The Claimant gave evidence, which I accept, that two grant-making foundations suspended funding discussions with Brightwater within a fortnight of publication.

#### The defence of truth (section 2)

6. The Defendant has not proved that the imputation conveyed by the first article is substantially true. The documentary evidence shows that Marsh Strategic Ltd received £310,000 from the charity between 2017 and 2021, not £2.3 million. Each of the contracts was approved by the trust's board of trustees, and the Claimant declared her husband's interest on every occasion and did not take part in any vote.

7. I accept that the procurement process was, in places, poorly documented. Brightwater's own external auditors, Fenwick Rowe LLP, recommended improvements in their 2020 management letter. But a weakness in record-keeping is a very long way from dishonesty. There was no evidence that the Claimant or any member of her family received a personal benefit from the contracts beyond ordinary commercial fees. The defence of truth therefore fails.

#### The defence of honest opinion (section 3)

8. The defence of honest opinion fails at the first hurdle. The central imputation was presented to readers as a statement of fact, not an expression of opinion, and the basis of any opinion was not indicated in the articles in any general or specific terms.

#### The defence of public interest (section 4)

9. I accept that the governance of a charity that received more than £14 million in public funding over five years is a matter of public interest. The first limb of section 4 is therefore satisfied.

10. However, I do not accept that Mr Pryce reasonably believed that publishing the statement complained of was in the public interest. The allegations were put to the Claimant by email only 26 hours before publication, at 4.15pm on Monday 13 March 2023. Her solicitors, Harcourt Mills LLP, replied the following morning with board minutes showing the true figure, but the article was published without amendment. Ms Tandy accepted in cross-examination that she "did not read the attachments properly" before the deadline.

11. Mr Pryce told the Court that he had relied on a single confidential source, a former finance officer at the charity. I find that he made no real attempt to test that source's account against the documents the charity had supplied. The public interest defence therefore fails.

#### Remedies

12. The Claimant is entitled to damages. I award £185,000, which comprises £160,000 in general damages and £25,000 in aggravated damages. The aggravation arises from the publication of the second article after the Defendant had received the board minutes, and from the Defendant's conduct of the litigation, including a cross-examination of the Claimant about her marriage that was, in my judgment, unnecessary and hurtful.

13. The award is lower than the £250,000 sought by the Claimant, but it is higher than any sum the Defendant proposed. The Defendant made no offer of amends under section 2 of the Defamation Act 1996 and published no correction or apology at any stage.

14. I grant an injunction restraining the Defendant from publishing the same or similar allegations. Under section 12 of the Defamation Act 2013 the Defendant must publish a summary of this judgment on the home page of its website for 14 days and on page 2 of its print edition.

15. The Defendant is ordered to pay the Claimant's costs of the claim on the standard basis, with an interim payment on account of £420,000 within 28 days. The Defendant's application for permission to appeal is refused; it may renew that application to the Court of Appeal.

---

*Mrs Justice Okonkwo*
*7 November 2024*
`;

const STATEMENT = `NORTHERN COURIER MEDIA LIMITED
Press Office, Courier House, 41 Wellington Street, Leeds LS1 4DL

FOR IMMEDIATE RELEASE
Thursday 7 November 2024, 3.30pm

STATEMENT ON THE HIGH COURT JUDGMENT IN MARSH v NORTHERN COURIER MEDIA

Northern Courier Media Limited, publisher of The Northern Courier, notes today's judgment of Mrs Justice Okonkwo in the libel claim brought by Dr Helena Marsh, chief executive of Brightwater Housing Trust.

We are disappointed by the outcome. The court has ordered us to pay Dr Marsh £185,000 in damages and to make an interim payment of £420,000 towards her legal costs. We will comply fully with the orders of the court, including the requirement to publish a summary of the judgment, while we consider our position.

Gareth Pryce, editor of The Northern Courier, said:

"We did not set out to damage Dr Marsh. We set out to ask legitimate questions about how a charity spending public money awarded contracts to a company owned by its chief executive's husband. The judge herself found that this was a matter of public interest, and that the charity's procurement was poorly documented. Those questions were worth asking, and local journalism exists to ask them.

"We accept that the figure we published was wrong, and I regret that. We should have given Dr Marsh more time to respond, and we should have read her solicitors' reply more carefully before we went to print. Lessons have been learned in this newsroom, and we have already changed our procedures."

Priya Sandhu, head of legal at Northern Courier Media, said:

"This judgment sets a worrying precedent for regional newspapers. A publisher with a print circulation of under 50,000 copies now faces a total bill that is likely to exceed £900,000 once our own costs are included. That is more than the entire annual editorial budget of many local titles.

"We are particularly concerned by the court's approach to the public interest defence, which in our view places a heavier burden on small newsrooms than Parliament intended in 2013. We will be seeking permission to appeal from the Court of Appeal, and we will make that application within 21 days."

Changes to editorial procedures

Since the trial in July, The Northern Courier has introduced a number of changes to its editorial procedures:

- All investigations that make allegations of wrongdoing against a named individual must now be approved by both the editor and the head of legal before publication.
- The minimum period allowed for a right of reply has been increased from 24 hours to 72 hours, except where there is a genuine risk that evidence will be destroyed.
- A second reporter will independently check every figure in an investigative article against the underlying documents.
- The newspaper has appointed an independent readers' editor, Mr Tom Abiodun, formerly of the Yorkshire Evening Herald, who will begin work on Monday 2 December 2024.

The two articles at the centre of the claim were removed from the newspaper's website on Wednesday 6 November 2024, the day before judgment. Ms Rachel Tandy, the reporter who wrote them, remains employed by the newspaper. She was not disciplined, but she has taken part in additional training alongside the rest of the investigations team.

The Northern Courier has covered Brightwater Housing Trust in 37 articles since 2015, and the vast majority of that coverage has been positive. We have never questioned the charity's work with young people leaving care, and we will continue to report on it fairly.

About The Northern Courier

The Northern Courier was founded in Leeds in 1874 and is one of the oldest independent daily newspapers in the north of England. It employs 64 journalists. In the year to March 2024 its digital audience grew by 18%, while its print sales fell by 6%. The newspaper is a member of the Independent Press Standards Organisation (IPSO) and abides by the Editors' Code of Practice.

Media enquiries:
Joanna Whitlock, Communications Manager
Telephone: 0113 496 0172
Email: press@northerncourier.co.uk

ENDS
`;

const files = { 'judgment-summary.md': JUDGMENT, 'courier-statement.txt': STATEMENT };

describe('a libel judgment and the newspaper\'s statement, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"head of legal at the publisher" / "head of legal at Northern Courier Media"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted.
    verdict('supported', 'Priya Sandhu, head of legal at the publisher, said the paper would seek permission to appeal from the Court of Appeal within 21 days.');
    verdict('contradicted', 'Priya Sandhu, head of news at the publisher, said the paper would seek permission to appeal from the Court of Appeal within 21 days.');
  });
});
