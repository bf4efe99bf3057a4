/**
 * A parliamentary by-election won after a recount: the returning officer's declaration of result and a local
 * newspaper's live blog. The sources are written for these tests (from a helper's draft); the constituency, the parties
 * and the people are invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const DECLARATION = `CRESSBROOK BOROUGH COUNCIL
Electoral Services, Town Hall, Market Square, Cressbrook CB4 1AH
Tel: 01632 960 412   Email: elections@cressbrook.gov.example

Ref: ES/PBE/2025/017

=====================================================================
                 PARLIAMENTARY BY-ELECTION
        HARLOWMERE AND CRESSBROOK CONSTITUENCY
              DECLARATION OF RESULT OF POLL
=====================================================================

I, Dr Suresh Pandit, being the Acting Returning Officer at the
above election held on Thursday 13 March 2025, do hereby give notice
that the number of votes recorded for each candidate at the said
election is as follows:

---------------------------------------------------------------------
 Name of Candidate           Description (if any)           Votes
---------------------------------------------------------------------
 ASHWORTH, Helen Margaret    Social Democrats               14,218  (Elected)
 BRENNAN, Thomas Patrick     National Liberal Party         14,127
 CHAUDHRY, Imran             Green Future Party              4,306
 DELANEY, Rosalind Joy       Independent                     2,871
 FENWICK, Gareth Owen        Commonwealth Party              1,944
 OKAFOR, Daniel Chukwuemeka  Workers' Voice                    612
 TREGARTHEN, Barnaby Quill   The Teapot Party                  187
---------------------------------------------------------------------

Total number of valid votes cast:                            38,265

The number of ballot papers rejected was as follows:

  (a) want of an official mark                                    2
  (b) voting for more than one candidate                         61
  (c) writing or mark by which the voter could be identified      4
  (d) being unmarked or wholly void for uncertainty              76
                                                              -----
  Total rejected ballot papers                                  143

Total number of ballot papers counted (valid + rejected):    38,408

Electorate:                                                  71,536
Turnout:                                                     53.69%

And I do hereby declare that HELEN MARGARET ASHWORTH is duly elected
as Member of Parliament for the Harlowmere and Cressbrook
Constituency.

Majority:                                                        91

Dated: Friday 14 March 2025, 04:52

Signed:  Dr Suresh Pandit
         Acting Returning Officer
         Harlowmere and Cressbrook Constituency

=====================================================================
 SUPPLEMENTARY STATEMENT ISSUED WITH THE DECLARATION
=====================================================================

1. Postal votes

   Postal ballot packs issued:                               14,902
   Postal ballot packs returned (incl. handed in at
   polling stations on polling day):                         12,337
   Postal return rate:                                       82.8%
   Postal voting statements rejected at opening
   (signature or date of birth mismatch / missing):             214

2. Polling stations

   Number of polling stations:                                   58
   Number of ballot boxes received at the count:                 71
   Last ballot box received at the count venue:      23:36 Thursday
   Verification of all ballot papers completed:       01:12 Friday

3. Count venue

   Harlowmere Leisure Centre (Sports Hall 2), Mill Lane, Harlowmere
   HM2 7QD. Counting staff on duty: 164, at 22 counting tables.

4. Recount

   Result of first count (provisional, announced to candidates and
   agents only at 02:29):

     ASHWORTH, Helen Margaret   (Social Democrats)        14,209
     BRENNAN, Thomas Patrick    (National Liberal Party)  14,146
     Provisional difference:                                  63

   At 02:41 the election agent for Thomas Brennan, Mr Philip
   Ravensworth, requested a recount of all ballot papers. The Acting
   Returning Officer, having considered the request under Rule 47 of
   the Parliamentary Elections Rules, granted a full recount at 02:50.
   The recount commenced at 03:02 and was completed at 04:31.

   During the recount a bundle of 25 ballot papers in the Brennan
   tray at table 14 was found to contain nine papers marked for
   Ashworth, and a number of doubtful ballot papers were re-adjudicated
   in the presence of all candidates and agents. The figures above are
   the result of the recount and are final. No further recount was
   requested.

5. Deposits

   Candidates who polled less than 5% of the total valid votes
   (1,913.25 votes) forfeit their £500 deposit. The following
   deposits are forfeited:

     OKAFOR, Daniel Chukwuemeka  (Workers' Voice)       612 (1.60%)
     TREGARTHEN, Barnaby Quill   (The Teapot Party)     187 (0.49%)

   All other deposits will be returned.

6. Vote shares (of valid votes, rounded to two decimal places)

     Ashworth   37.16%      Delaney    7.50%      Tregarthen  0.49%
     Brennan    36.92%      Fenwick    5.08%
     Chaudhry   11.25%      Okafor     1.60%

7. Background

   The by-election was caused by the resignation of Sir Anthony
   Wakelin (National Liberal Party), who had represented the
   constituency since 2010, on Friday 17 January 2025. The writ was
   moved in the House of Commons on Thursday 6 February 2025. At the
   general election of July 2024 the National Liberal Party held the
   seat with a majority of 6,412 on a turnout of 61.4%.

NOTES TO EDITORS

- This notice is published in accordance with Rule 50 of the
  Parliamentary Elections Rules (Schedule 1, Representation of the
  People Act 1983).
- The Acting Returning Officer, Dr Suresh Pandit, is Chief Executive
  of Cressbrook Borough Council. The Deputy Acting Returning Officer
  is Ms Joanne Whitcombe, Head of Legal and Democratic Services.
- Statement from the Acting Returning Officer: "I want to thank the
  164 counting staff who worked through the night with great care and
  patience. A close result is exactly when a recount matters, and I am
  satisfied that every ballot paper has been properly accounted for."
- Copies of the marked register and other election documents may be
  inspected in accordance with the Representation of the People
  Regulations 2001. Requests should be made in writing to Electoral
  Services quoting reference ES/PBE/2025/017.
- Media enquiries: Cressbrook Borough Council Communications Team,
  01632 960 455 (out of hours 07700 900 318).

                                -ENDS-
`;

const LIVEBLOG = `# LIVE: Harlowmere and Cressbrook by-election count – recount called as Social Democrats and National Liberals neck and neck

**Harlowmere Courier** | Live blog | Thursday 13 March – Friday 14 March 2025

*Reporting from Harlowmere Leisure Centre: Kate Lindqvist (chief reporter) and Owen Birtles (political correspondent). Photographs: Ben Aldous.*

---

### 05:18 – That's where we'll leave it

Thanks for staying with us through the night. Full report, reaction and analysis on our website later this morning and in Saturday's print edition. Kate and Owen are heading home; the cleaners are already stacking chairs in Sports Hall 2.

### 05:07 – Brennan: "I won't be challenging this"

Thomas Brennan, the National Liberal candidate, spoke briefly to reporters outside the hall. He said: "Ninety-one votes. That's a village street. I asked for the recount because I owed it to the people who voted for me, and I won't be challenging this result." He confirmed he would not be seeking an election petition.

His agent, Philip Ravensworth, added that the party would "look hard at why we lost six thousand votes' worth of majority in eight months".

### 05:01 – Ashworth's acceptance speech

The new MP thanked the counting staff first, then her family. Key lines:

> "To everyone in Harlowmere, in Cressbrook, in Ashby Wold and in every village in between: I will be a member of parliament for all of you, including the twenty-four thousand people who didn't vote for me."

> "The bus station is not a nice-to-have. Getting the 42 back to Cressbrook will be my first job."

Ashworth, 47, is a former head teacher at Cressbrook Valley Academy and has been a borough councillor for the Millbrook ward since 2019.

### 04:52 – RESULT: Social Democrats GAIN Harlowmere and Cressbrook

Dr Suresh Pandit, the Acting Returning Officer, has declared the result after the recount:

| Candidate | Party | Votes |
|---|---|---|
| Helen Ashworth | Social Democrats | 14,218 |
| Thomas Brennan | National Liberal Party | 14,127 |
| Imran Chaudhry | Green Future Party | 4,306 |
| Rosalind Delaney | Independent | 2,871 |
| Gareth Fenwick | Commonwealth Party | 1,944 |
| Daniel Okafor | Workers' Voice | 612 |
| Barnaby Tregarthen | The Teapot Party | 187 |

**Majority: 91. Turnout: 53.69%.** Rejected ballots: 143.

It is a gain from the National Liberals, who had held the seat since it was created in 2010. The swing required was enormous – Sir Anthony Wakelin's majority last July was 6,412.

### 04:38 – Candidates called to the stage area

All seven candidates and their agents have been called over to Dr Pandit's table to be shown the recount figures. Brennan is shaking his head. Ashworth has her hand over her mouth.

### 04:31 – Recount finished

Owen says the counting staff have just put their hands up at the last tables. We're told the recount is complete.

### 03:44 – "Bundle" rumour

A Green Future Party teller tells us that at one table a bundle has been found with papers for the "wrong" candidate in it. We can't confirm which candidate benefits. Council officials will not comment until the declaration.

### 03:15 – Delaney: "Both of them should be worried"

Independent candidate Rosalind Delaney, who ran on a campaign against the closure of Harlowmere bus station, told us: "Nearly three thousand people voted for a single issue. Whoever wins tonight, both of them should be worried about that."

### 03:02 – Recount under way

All 22 tables have started again from the beginning. Dr Pandit told candidates the full recount would take "around an hour and a half, perhaps a little longer".

### 02:50 – Full recount granted

Dr Pandit has agreed to a full recount of all ballot papers. He told the room: "The margin is narrow enough that I am satisfied a recount is reasonable. We will recount every paper, not just the bundles."

### 02:41 – RECOUNT REQUESTED

Philip Ravensworth, agent for National Liberal candidate Thomas Brennan, has formally asked for a recount. We understand the provisional figures shown to candidates at 02:29 put Ashworth ahead by 63 votes.

### 02:29 – Candidates huddled around the returning officer

Something is happening. The seven candidates and their agents have been called to the returning officer's table for what looks like a sight of the provisional figures. No announcement to the hall.

### 01:58 – Green hopes fade

Imran Chaudhry, the Green Future Party candidate, concedes privately that he will not win but says his party is "comfortably third". The Greens took 2,980 votes here in July.

### 01:12 – Verification complete

Verification is finished. The council's figure for total ballot papers is 38,408 from an electorate of 71,536 – a turnout of 53.7%, well down on 61.4% at the general election.

### 00:40 – Postal votes

Joanne Whitcombe, the Deputy Acting Returning Officer, tells us 12,337 of the 14,902 postal packs issued came back – about 83%. She said 214 postal voting statements were rejected because signatures or dates of birth did not match.

### 23:36 – Last box in

The final ballot box – from the polling station at St Aidan's Church Hall in Ashby Wold – has arrived. That makes 71 boxes from the constituency's 58 polling stations.

### 23:05 – Teapot Party arrives in costume

Barnaby Tregarthen of The Teapot Party has arrived wearing a knitted tea cosy as a hat. He told us his manifesto pledge of "a free biscuit with every bin collection" was "fully costed at £1.2 million".

### 22:47 – First boxes arrive

The first ballot boxes, from Cressbrook town centre, have arrived at the leisure centre on Mill Lane, 47 minutes after polls closed. There are 164 counting staff here tonight.

### 22:00 – Polls closed

Polls have closed in the Harlowmere and Cressbrook by-election. Voting ran from 7am to 10pm today, Thursday. The count is at Harlowmere Leisure Centre and the council expects a declaration "at around 3am". We'll be here all night.

Campaigning has been dominated by Cressbrook Borough Council's decision in November to close Harlowmere bus station and withdraw the 42 service, which linked Harlowmere to Cressbrook every 20 minutes.

---

*Got a view on the result? Email newsdesk@harlowmerecourier.example or message us on 01632 960 780. Harlowmere Courier is a member of the Independent Press Standards Organisation.*
`;

const files = { 'declaration_of_result.txt': DECLARATION, 'courier_liveblog.md': LIVEBLOG };

describe("a by-election: the declaration of result and the live blog, with the product's word vectors", () => {
  withProductWordVectors();

  test('a weekday a line gives with the claim\'s time is no rival of the day the election was held', async () => {
    const judge = judgeWith(await workspaceIndex(files));
    // Was contradicted: "The source gives Thursday 13 March 2025, not Friday" (the election "held on Thursday 13
    // March 2025"; the declaration is "Dated: Friday 14 March 2025, 04:52"). Still unsupported: the time is the
    // dated line's, the declaring the live blog's.
    const r = judge('The result was declared by Acting Returning Officer Dr Suresh Pandit at 4.52am on Friday.');
    assert.deepEqual(r.conflicts, []);
  });
});
