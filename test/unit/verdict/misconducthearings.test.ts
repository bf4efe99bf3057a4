/**
 * A police misconduct hearing: the panel's hard-wrapped outcome notice and the police and crime commissioner's
 * statement. The sources are written for these tests (from a helper's draft); the force, the panel and the people are
 * invented.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAgainst, expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const NOTICE = `WESTMARCH POLICE
Professional Standards Department
Force Headquarters, Ladywell Road, Carnmoor, CM4 7QT

NOTICE OF OUTCOME OF MISCONDUCT PROCEEDINGS
Published in accordance with Regulation 43 of the Police (Conduct) Regulations 2020

Case reference:        PSD/GM/2024/0387
IOPC reference:        2024/051172
Date of publication:   Friday 7 March 2025

======================================================================
1. OFFICER CONCERNED
======================================================================
Name:               Police Constable 2291 Marcus Tillbrook
Role:               Response officer, Eastbridge Response Team, Carnmoor
Length of service:  Joined Westmarch Police on 11 April 2016
Status:             Suspended on full pay since Wednesday 2 October 2024

======================================================================
2. HEARING DETAILS
======================================================================
Type of proceedings:  Gross misconduct hearing (held in public)
Dates:                Monday 3 March 2025 to Thursday 6 March 2025
Venue:                Conference Suite B, Westmarch Police Headquarters,
                      Ladywell Road, Carnmoor
Outcome announced:    Thursday 6 March 2025 at 15:20

Panel:
  Chair:               Ms Priya Ashdown, Legally Qualified Chair
  Independent member:  Mr Gordon Whitlam
  Police member:       Superintendent Rachel Onslow, Lindenvale Constabulary

Appropriate Authority:    Westmarch Police, represented by Mr Edward Kinsella (counsel)
Officer's representative: Ms Jocelyn Reyes (counsel), instructed by the
                          Westmarch Police Federation

======================================================================
3. BACKGROUND
======================================================================
At approximately 23:40 on Saturday 14 September 2024, PC Tillbrook and a
colleague, PC Hannah Greaves, attended a report of a disturbance outside the
Crown and Anchor public house on Mill Street, Carnmoor. A 19-year-old man,
referred to in these proceedings as Mr A, was arrested on suspicion of a
public order offence.

Within approximately 90 seconds of the arrest, and while Mr A was handcuffed
to the rear and lying face down on the pavement, PC Tillbrook struck him
three times to the left arm and head with his extendable baton and
discharged PAVA incapacitant spray towards his face from a distance the
panel found to be no more than 50 centimetres.

Mr A was taken by ambulance to Carnmoor General Hospital, where he was
treated for a fractured left wrist and a 6cm laceration to the scalp
requiring eight stitches. He was discharged after two nights. The public
order allegation against him was later dropped and no charge was brought.

PC Tillbrook's body-worn video camera was switched off at 23:41 and was not
reactivated for 4 minutes and 12 seconds. The incident was captured by two
CCTV cameras operated by Carnmoor Town Council and by a mobile phone
recording made by a member of the public.

In a duty statement submitted at 06:15 on Sunday 15 September 2024,
PC Tillbrook wrote that Mr A had "continued to kick out violently" after
being handcuffed and that the baton strikes were "aimed at the legs only".
The panel found that neither assertion was supported by the footage.

Westmarch Police referred the matter to the Independent Office for Police
Conduct (IOPC) on Monday 16 September 2024. The IOPC carried out an
independent investigation, which concluded on 12 February 2025, and directed
that PC Tillbrook should face a gross misconduct hearing.

======================================================================
4. ALLEGATIONS AND FINDINGS
======================================================================
No. | Standard of Professional  | Summary of allegation                    | Finding    | Severity
    | Behaviour breached        |                                          |            |
----+---------------------------+------------------------------------------+------------+-----------------
 1  | Use of Force              | Used force that was not necessary,       | Proven     | Gross misconduct
    |                           | proportionate or reasonable by striking  |            |
    |                           | a restrained Mr A three times with a     |            |
    |                           | baton and discharging PAVA spray         |            |
 2  | Honesty and Integrity     | Knowingly gave a false account in his    | Proven     | Gross misconduct
    |                           | duty statement of 15 September 2024      |            |
 3  | Orders and Instructions   | Deactivated body-worn video during a     | Proven     | Misconduct
    |                           | use of force, contrary to force policy   |            |
    |                           | BWV/POL/07                               |            |
 4  | Discreditable Conduct     | Told a bystander to "get lost or you're  | Not proven | n/a
    |                           | next"                                    |            |

======================================================================
5. EVIDENCE
======================================================================
The panel heard evidence from seven witnesses over the four days: Mr A;
PC Greaves; Sergeant Owen Maddox, the custody sergeant on duty at Eastbridge
Police Station; a paramedic from the Northern Shires Ambulance Service; and
three members of the public. PC Tillbrook gave evidence on his own behalf on
Wednesday 5 March 2025.

PC Greaves told the panel: "By the time he used the baton, the man was cuffed
and not moving. I didn't see any reason for it."

PC Tillbrook told the panel he had "genuinely feared" that Mr A would bite
him and that he had switched off his camera "by accident" while reaching for
his PAVA spray. He said: "I made a split-second decision in a chaotic
situation. I accept I got it wrong."

======================================================================
6. PANEL'S REASONS (SUMMARY)
======================================================================
Giving the panel's decision, the chair, Ms Ashdown, said:

"The footage is unambiguous. Mr A was restrained, face down and offering no
resistance when he was struck. No member of the public should expect to be
treated in this way while in police custody."

On allegation 2, Ms Ashdown said: "The panel is satisfied that PC Tillbrook's
account was not an honest mistake but a deliberate attempt to mislead those
who would later review his actions."

On allegation 4, the panel found that the evidence of the single witness who
reported the remark was inconsistent, and that the bystander's own phone
recording did not capture it.

The panel took into account 14 character references submitted on
PC Tillbrook's behalf, his previously unblemished record and his expression
of remorse. It concluded that these factors did not outweigh the seriousness
of the proven breaches. The panel deliberated for approximately five hours
before reaching its decision.

======================================================================
7. OUTCOME
======================================================================
The panel found that the conduct, taken as a whole, amounted to gross
misconduct. PC Tillbrook is DISMISSED WITHOUT NOTICE with effect from
Thursday 6 March 2025.

His name will be added to the Police Barred List held by the College of
Policing.

======================================================================
8. CRIMINAL PROCEEDINGS
======================================================================
The IOPC referred a file of evidence to the Crown Prosecution Service (CPS).
On 20 January 2025 the CPS decided not to authorise criminal charges against
PC Tillbrook.

======================================================================
9. RIGHT OF APPEAL
======================================================================
The former officer may appeal to the Police Appeals Tribunal within 10
working days of receiving the panel's written decision.

----------------------------------------------------------------------
NOTES
- The hearing was held in public in accordance with Regulation 39 of the
  Police (Conduct) Regulations 2020.
- Mr A was granted anonymity by the chair on Monday 3 March 2025. Nothing
  may be published that is likely to identify him.
- Media enquiries: Westmarch Police Press Office, 01632 960418,
  press@westmarch.police.example
----------------------------------------------------------------------
`;

const STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Commissioner welcomes dismissal of Carnmoor officer and announces £240,000 for body-worn video | Westmarch OPCC</title>
<meta name="description" content="Statement from Helena Marsh-Whitby, Police and Crime Commissioner for Westmarch, following the gross misconduct hearing of PC Marcus Tillbrook.">
</head>
<body>
<header>
  <p class="site-name">Office of the Police and Crime Commissioner for Westmarch</p>
  <nav><a href="/news">News</a> &gt; <a href="/news/releases">Press releases</a></nav>
</header>

<main>
<article>
  <p class="label">NEWS RELEASE &ndash; FOR IMMEDIATE RELEASE</p>
  <p class="meta">Reference: OPCC/NR/25/031 &middot; Published: Friday 7 March 2025, 09:30</p>

  <h1>Commissioner welcomes dismissal of Carnmoor officer and announces &pound;240,000 for body-worn video</h1>

  <p>Westmarch&rsquo;s Police and Crime Commissioner, Helena Marsh-Whitby, has welcomed the decision of an independent misconduct panel to dismiss PC Marcus Tillbrook without notice following a four-day public hearing at Westmarch Police Headquarters in Carnmoor.</p>

  <p>The panel, chaired by legally qualified chair Priya Ashdown, found that PC Tillbrook used excessive force against a handcuffed 19-year-old man outside the Crown and Anchor on Mill Street, Carnmoor, in September 2024, and later gave a false account of what happened.</p>

  <p>The hearing, which ran from Monday 3 March to Thursday 6 March, was attended on its final day by 23 members of the public and press. It was the 15th gross misconduct hearing held by Westmarch Police in the current financial year.</p>

  <p>Ms Marsh-Whitby said:</p>
  <blockquote>
    <p>&ldquo;The officer&rsquo;s conduct that night fell far below what the people of Westmarch have every right to expect. Striking a man who was handcuffed and lying on the ground is not policing; it is an abuse of power.</p>
    <p>&ldquo;I want to thank Mr A for his courage in coming forward, and PC Hannah Greaves, who told the truth about what she saw. It should never take courage for an officer to do that, but I know that it sometimes does.</p>
    <p>&ldquo;Public trust is earned in inches and lost in miles. Westmarch Police has lost some miles this week.&rdquo;</p>
  </blockquote>

  <h2>&pound;240,000 for new body-worn cameras</h2>

  <p>The commissioner also announced that &pound;240,000 from her 2025-26 budget will be used to replace 1,150 body-worn video cameras with new models that begin recording automatically when an officer draws a Taser, PAVA spray or baton. The force&rsquo;s current cameras are on average six years old.</p>

  <p>The rollout will start in the Eastbridge and Carnmoor areas in May 2025 and is due to be completed across the force by the end of October 2025.</p>

  <p>Deputy Chief Constable Fiona Cartwright, who leads on professional standards, will carry out a review of body-worn video compliance across all 14 of the force&rsquo;s response teams, reporting to the commissioner by 30 June 2025. She said: &ldquo;Switching a camera off should never be the easy option.&rdquo;</p>

  <h2>Chief Constable&rsquo;s response</h2>

  <p>Chief Constable Alistair Penhallow said:</p>
  <blockquote>
    <p>&ldquo;There is no place in Westmarch Police for officers who lie. PC Tillbrook let down Mr A, his colleagues and the public we serve. The vast majority of our officers would have been as appalled by that footage as I was.&rdquo;</p>
  </blockquote>

  <h2>Complaints and conduct figures</h2>

  <p>Figures published alongside this statement show that complaints about use of force rose from 248 in 2023-24 to 293 in 2024-25 to date, an increase of 18 per cent. The total number of complaints recorded fell over the same period, from 2,106 to 1,974.</p>

  <table>
    <caption>Westmarch Police: complaints and conduct outcomes</caption>
    <thead>
      <tr><th>Year</th><th>Complaints recorded</th><th>Use of force complaints</th><th>Gross misconduct hearings</th><th>Officers dismissed</th></tr>
    </thead>
    <tbody>
      <tr><td>2022-23</td><td>1,842</td><td>211</td><td>9</td><td>4</td></tr>
      <tr><td>2023-24</td><td>2,106</td><td>248</td><td>12</td><td>7</td></tr>
      <tr><td>2024-25 (to 28 February)</td><td>1,974</td><td>293</td><td>15</td><td>9</td></tr>
    </tbody>
  </table>
  <p class="source">Source: Westmarch Police Professional Standards Department. 2024-25 figures are provisional.</p>

  <p>A survey of 2,400 Westmarch residents carried out by Northlight Research in January 2025 found that 62 per cent were confident in the force, down from 68 per cent in the 2024 survey.</p>

  <h2>Public accountability</h2>

  <p>Ms Marsh-Whitby will question the Chief Constable about the case, and about the force&rsquo;s use of body-worn video, at the public Police Accountability Board at Carnmoor Town Hall on Tuesday 25 March 2025 at 10:00. Members of the public may submit questions in advance until Friday 21 March.</p>

  <p>The commissioner has also asked the force to publish, every quarter from July 2025, the number of occasions on which body-worn video was not running during a recorded use of force.</p>

  <h2>Notes to editors</h2>
  <ol>
    <li>Helena Marsh-Whitby was elected Police and Crime Commissioner for Westmarch in May 2024.</li>
    <li>The full outcome notice (reference PSD/GM/2024/0387) is published on the Westmarch Police website.</li>
    <li>The commissioner does not take decisions in individual misconduct cases. Legally qualified chairs are appointed by the commissioner from a pool of 11 chairs shared with neighbouring forces.</li>
    <li>Westmarch Police employs approximately 3,300 officers.</li>
    <li>Media contact: Daniel Okafor, Communications Manager, OPCC for Westmarch, 01632 960772, media@westmarch-pcc.example</li>
  </ol>
</article>
</main>

<footer>
  <p>&copy; Office of the Police and Crime Commissioner for Westmarch, Carnmoor Town Hall, Market Square, Carnmoor CM1 2AB</p>
</footer>
</body>
</html>
`;

const files = { 'outcome_notice_PSD-GM-2024-0387.txt': NOTICE, 'opcc_statement_2025-03-07.html': STATEMENT };

describe("a police misconduct hearing: the panel's outcome notice and the commissioner's statement, with the product's word vectors", () => {
  withProductWordVectors();

  test('"no more than" is a cap, and "half a metre" a length', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // "no more than 50 centimetres" was read as "more than" 50 centimetres, and "half a metre" as no figure.
    verdict('contradicted', 'The officer sprayed PAVA incapacitant towards his face from no more than half a mile away.', [['half a mile', '50 centimetres']]);
    verdict('contradicted', 'The officer sprayed PAVA incapacitant towards his face from no more than 80 centimetres away.', [['80 centimetres', '50 centimetres']]);
  });
});
