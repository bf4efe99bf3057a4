/**
 * A by-election's declaration of result and the winner's press release, thirty-third round (from a helper's draft,
 * h229): candidates listed "SURNAME, Forenames" ("FENWICK, Alan Stuart" is Alan Fenwick), a winner's total against
 * the majority she won by ("with 1,487 votes" / "by 273 votes"), and a conference call's participants listed
 * "NAME - Firm" (a firm, not a second name). The declaration and the release are the helper's, whole; the call is written for
 * these tests. The people, the ward and the firms are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractValues } from '../../../server/src/core/verdict/values';
import { parsePlainTranscript } from '../../../server/src/core/sources/transcript';
import { expectVerdictWith, workspaceIndex } from './sources';

const DECLARATION = `HARROWFIELD BOROUGH COUNCIL
Electoral Services, Harrowfield Town Hall, Corn Exchange Square, Harrowfield HF1 2QD

Ref: HBC/ELEC/BE/2025/02

======================================================================
                 ELECTION OF A BOROUGH COUNCILLOR
                        ST ANSELM'S WARD
              BY-ELECTION HELD ON THURSDAY 13 MARCH 2025
======================================================================

                  DECLARATION OF RESULT OF POLL

I, Margaret Ellen Pryce, being the Returning Officer at the above
election, do hereby give notice that the number of votes recorded for
each candidate at the said election is as follows:

----------------------------------------------------------------------
Candidate (surname first)    Description                  Votes
----------------------------------------------------------------------
ASHWORTH, Daniel Robert      Labour Party                 1,214
BELLAMY, Susan Clare         Green Party                  1,487  ELECTED
COATES, Trevor James         Conservative Party Candidate   862
DUNMORE, Priya               Liberal Democrats              598
FENWICK, Alan Stuart         Reform UK                      431
GRAYSON, Kevin Michael       Independent                     77
----------------------------------------------------------------------
Total number of valid votes                               4,669
----------------------------------------------------------------------

The number of ballot papers rejected was as follows:

  (a) want of an official mark                                0
  (b) voting for more candidates than the voter
      was entitled to                                         9
  (c) writing or mark by which the voter could
      be identified                                           1
  (d) being unmarked or wholly void for uncertainty          13
                                                          -----
  Total rejected ballot papers                               23

And I do hereby declare that

                     BELLAMY, Susan Clare

is duly elected as Borough Councillor for the St Anselm's Ward.

Dated: Friday 14 March 2025

Margaret Ellen Pryce
Returning Officer


======================================================================
         STATEMENT OF TURNOUT AND COUNT STATISTICS
         (issued with, and forming no part of, the declaration)
======================================================================

Electorate (register of electors, including notices of
alteration published to 5 March 2025)                      11,308

Ballot papers issued at polling stations                    3,031
Ballot papers found in polling station ballot boxes         3,031

Postal votes issued                                         2,310
Postal voting packs returned                                1,702
Postal return rate                                          73.7%
Postal voting statements rejected (missing or
mismatched personal identifiers)                               41
Postal ballot papers admitted to the count                  1,661

Total ballot papers counted                                 4,692
  of which valid                                            4,669
  of which rejected                                            23

Turnout (ballot papers counted as a percentage
of the electorate)                                          41.5%

Majority (BELLAMY over ASHWORTH)                              273

Polling stations                                                9
Polling station ballot boxes                                   11
Postal ballot boxes                                             4
Count staff employed (excluding supervisors)                   38


======================================================================
                 TIMETABLE OF THE COUNT
======================================================================

Thursday 13 March 2025
  07:00  Poll opened at all nine polling stations
  22:00  Close of poll
  22:41  Verification of ballot paper accounts began at the count
         venue, Kestrel Hall, Harrowfield Leisure Centre,
         Wickham Lane, Harrowfield HF4 7RB
  23:52  Verification completed; count of votes began

Friday 14 March 2025
  01:31  Provisional result shared with candidates and agents
  01:47  Request for a recount made by the election agent for
         Daniel Robert Ashworth (Labour Party)
  02:05  Bundles of the two leading candidates checked in the
         presence of all candidates and agents; request for a full
         recount refused by the Returning Officer
  02:18  Declaration of result made from the stage, Kestrel Hall


======================================================================
                 NOTES
======================================================================

1. Cause of vacancy. The casual vacancy arose from the resignation of
   Councillor Geoffrey Hollins (Labour Party), first elected for the
   St Anselm's Ward in May 2023. Written notice of resignation was
   received by the Proper Officer on Monday 6 January 2025. A request
   for an election was made by two local government electors of the
   Borough on Thursday 16 January 2025, and the Notice of Election was
   published on Monday 3 February 2025.

2. Term of office. The councillor elected will serve the remainder of
   the term of the former councillor, which ends on the fourth day
   after the ordinary day of election in May 2027.

3. Deputy Returning Officer. Anil Chaudhry, Electoral Services
   Manager, acted as Deputy Returning Officer with full powers and
   oversaw the verification of the eleven polling station ballot
   boxes and four postal ballot boxes.

4. Rejected ballot papers. Each doubtful ballot paper was adjudicated
   by the Returning Officer in the presence of the candidates and
   their election and counting agents. No objection was raised to the
   rejection of any ballot paper.

5. Accessibility. A tactile voting device and a large-print display
   copy of the ballot paper were provided at every polling station.
   Polling station staff recorded 14 requests for assistance under
   the accessibility provisions.

6. Cost. The estimated cost of the by-election to Harrowfield Borough
   Council, including the hire of Kestrel Hall and the fees of
   polling and count staff, is GBP 18,400.

7. Documents. The marked registers, postal voting lists and other
   election documents are held by the Electoral Services Manager and
   may be inspected, subject to the relevant regulations, on request
   for one year from the date of the poll.


======================================================================
MEDIA NOTE (issued by the Harrowfield Borough Council communications
team, 02:40, Friday 14 March 2025)
======================================================================

The result of the St Anselm's Ward by-election was declared at 2.18am
on Friday 14 March at Kestrel Hall, Harrowfield Leisure Centre.

Speaking after the declaration, Margaret Pryce, Chief Executive of
Harrowfield Borough Council and Returning Officer, said:

"I want to thank the 38 count staff and every polling station team who
worked through a very long day and night. I also want to thank all six
candidates and their agents for the courteous way in which the count
was conducted, including during the bundle check requested this
morning."

Anil Chaudhry, Electoral Services Manager, said:

"Turnout of 41.5 per cent is high for a single-ward by-election in
March, and the postal return rate of nearly three in four is the best
we have seen in Harrowfield since 2019."

Media enquiries: Harrowfield Borough Council press office,
01632 960 274, press@harrowfield.gov.example

                              ENDS
`;

const RELEASE = `# PRESS RELEASE

**Harrowfield Green Party**
14 Tanners Row, Harrowfield HF2 3LP

**Ref:** HGP/PR/2025/011
**Date:** Friday 14 March 2025
**Embargo:** For immediate release

---

## Greens take St Anselm's from Labour in Harrowfield by-election

**Susan Bellamy wins the St Anselm's ward seat on Harrowfield Borough Council by 273 votes, with the Green vote share almost doubling since 2023.**

Harrowfield Green Party has gained the St Anselm's ward seat from Labour in the by-election held on Thursday 13 March 2025, the first time the party has won a council seat on the east side of the town.

Susan Bellamy, 44, a teacher at Oakfield Primary School for the past 17 years, polled 1,487 votes. Labour's Daniel Ashworth came second with 1,214. The result was declared by the Returning Officer at 2.18am on Friday 14 March after an overnight count at Kestrel Hall, Harrowfield Leisure Centre.

The Green share of the vote rose to 31.8 per cent, up 13.4 points from 18.4 per cent in May 2023, when the party finished third in the ward behind Labour and the Conservatives. Labour's share fell from 41.2 per cent to 26.0 per cent. The party calculates this as a swing of 14.3 points from Labour to the Greens.

### The result

| Candidate | Party | Votes | Share | Change on 2023 |
|---|---|---|---|---|
| Susan Bellamy | Green | 1,487 | 31.8% | +13.4 |
| Daniel Ashworth | Labour | 1,214 | 26.0% | -15.2 |
| Trevor Coates | Conservative | 862 | 18.5% | -9.0 |
| Priya Dunmore | Liberal Democrat | 598 | 12.8% | +3.1 |
| Alan Fenwick | Reform UK | 431 | 9.2% | new |
| Kevin Grayson | Independent | 77 | 1.6% | new |

*Majority: 273. Turnout: 41.5%. Source: declaration of result, Harrowfield Borough Council.*

### What the candidate said

Speaking after the declaration, **Susan Bellamy**, councillor-elect for St Anselm's, said:

> "People in St Anselm's told us on the doorstep that they felt taken for granted, and tonight they have sent a very clear message to the Town Hall. I will be a councillor who answers the phone, turns up, and tells people the truth about what the council can and can't do."

> "My first job will be to fight for the Millbrook Road library to stay open. It is the only library within walking distance for thousands of families in this ward, and closing it to save £96,000 a year is a false economy."

### The campaign

The Green campaign was built around three local issues:

- **Millbrook Road library**, which the council's Labour administration has proposed closing from September 2025 as part of its budget savings programme;
- **Car park charges**, where the Labour administration has proposed a 9.5 per cent rise across all council-run car parks, including the Station Street multi-storey used by many St Anselm's residents;
- **Tannery Meadow**, a 14-hectare greenfield site on the edge of the ward where a developer, Calderstone Homes Ltd, has applied to build 320 homes. The Greens have argued that the site floods regularly and that the plans include too little affordable housing.

The party says 62 volunteers knocked on around 5,400 doors over six weeks of campaigning, and delivered four rounds of leaflets to every household in the ward.

**Owen Tregarthen**, campaign coordinator for Harrowfield Green Party, said:

> "We ran this campaign on a shoestring – just £2,850 – and on the energy of our volunteers. Every one of those 1,487 votes was earned on a doorstep, not bought with glossy mailshots."

### What it means for the council

The result reduces Labour to 25 of the 48 seats on Harrowfield Borough Council, leaving the administration with a working majority of two. The Greens now hold eight seats, up from seven, and remain the third-largest group behind the Conservatives, who have 11.

Full council composition after the by-election: Labour 25, Conservative 11, Green 8, Liberal Democrat 3, Independent 1.

**Cllr Rhiannon Webb**, leader of the Green group on Harrowfield Borough Council, said:

> "This is the best result the Greens have ever had in this part of Harrowfield. Labour should take note: no seat in this borough is safe any more, and the library closure and the car parking rise will be on the ballot paper in every ward in 2027."

> "Susan will bring the Green group to eight, and she will be in the chamber from day one holding the administration to account."

---

## Notes to editors

1. Susan Bellamy is due to sign her declaration of acceptance of office at Harrowfield Town Hall on **Tuesday 18 March 2025** at 10am. Photographers are welcome; please contact the press officer below to arrange access.

2. Cllr-elect Bellamy's first meeting of full council will be on **Wednesday 26 March 2025**, when the council is due to debate the 2025/26 budget, including the proposed closure of Millbrook Road library.

3. The by-election was caused by the resignation in January 2025 of Labour councillor Geoffrey Hollins, who was elected for St Anselm's in May 2023.

4. Susan Bellamy lives in Hatherley Crescent, St Anselm's, with her partner and two children. She has been a member of the Green Party since 2016 and chairs the Friends of Tannery Meadow residents' group.

5. Vote shares and changes have been calculated by Harrowfield Green Party from the official declaration and the May 2023 result. Figures may not sum to 100 because of rounding.

6. High-resolution photographs of the count and of Susan Bellamy are available on request.

**Press contact:**
Jess Okafor, Press Officer, Harrowfield Green Party
Tel: 07700 900 418
Email: press@harrowfieldgreens.example

**ENDS**
`;

const CALL = `FENWRIGHT'S PLC
Q3 TRADING STATEMENT - ANALYST CONFERENCE CALL

CORPORATE PARTICIPANTS
TAMSIN ROWBOTHAM-KERR - Chief Executive, Fenwright's plc
DECLAN OFFORD - Chief Financial Officer, Fenwright's plc

CONFERENCE CALL PARTICIPANTS
HELEN OTWAY - Brindle Partners
SAMIR KHATRI - Northgate Capital

OPERATOR: The next question comes from Samir Khatri at Northgate Capital.

SAMIR KHATRI: Thanks. Could you say more about the profitability of the online business?

DECLAN OFFORD: Online is now profitable at the operating level.

OPERATOR: The next question is from Helen Otway at Brindle Partners.

HELEN OTWAY: A question on pricing, please.
`;

describe('a declaration of result', () => {
  test('"FENWICK, Alan Stuart" at a line\'s start is one person, forenames first', () => {
    const name = extractValues('FENWICK, Alan Stuart         Reform UK                      431').find((v) => v.kind === 'name');
    assert.deepEqual([name?.text, name?.name], ['FENWICK, Alan Stuart', ['alan', 'stuart', 'fenwick']]);
    // Not an acronym before a name inside a sentence: "the NHS, Alan Smith said".
    assert.ok(!extractValues('According to the NHS, Alan Smith said it was full.').some((v) => v.text.includes('NHS, Alan')));
  });

  test('a candidate named without a middle name polled their votes; another candidate did not', async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'declaration.txt': DECLARATION, 'release.md': RELEASE }));
    // Was contradicted: "The source gives Alan Stuart, not Reform UK's Alan Fenwick".
    verdict('supported', "Reform UK's Alan Fenwick polled 431 votes, ahead of independent Kevin Grayson on 77.");
    verdict('contradicted', 'Alan Fenwick of Reform UK polled 413 votes.', [['413 votes', 'Votes: 431']]);
  });

  test("the winner's total is not the majority she won by", async () => {
    const verdict = expectVerdictWith(await workspaceIndex({ 'declaration.txt': DECLARATION, 'release.md': RELEASE }));
    // Was contradicted: "The source gives 273 votes, not 1,487 votes".
    verdict('supported', "Green Party candidate Susan Bellamy won the St Anselm's ward by-election for Harrowfield Borough Council with 1,487 votes.");
    verdict('contradicted', "Green Party candidate Susan Bellamy won the St Anselm's ward seat on Harrowfield Borough Council by 237 votes.", [['237 votes', '273 votes']]);
  });
});

describe("a call's list of participants", () => {
  test('"NAME - Firm" gives the firm, "NAME - Post, Firm" the post and the firm', () => {
    const { speakers } = parsePlainTranscript(CALL);
    const by = (label: string) => speakers.find((s) => s.label === label);
    // (Was "name: Northgate Capital", as though the firm were the label's full name.)
    assert.deepEqual({ ...by('SAMIR KHATRI') }, { label: 'SAMIR KHATRI', body: 'Northgate Capital' });
    assert.deepEqual({ ...by('DECLAN OFFORD') }, { label: 'DECLAN OFFORD', role: 'chief financial officer', body: "Fenwright's plc" });
  });
});
