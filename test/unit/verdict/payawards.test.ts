/**
 * A teachers' pay award: the department's written ministerial statement (plain text) and a teaching union's press
 * release (HTML). The sources are written for these tests (from a helper's draft); the department, the union and the
 * people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const STATEMENT = `WRITTEN MINISTERIAL STATEMENT

Department for Schools and Skills

Teachers' Pay Award 2025/26

Statement number: HCWS412
Made on: Tuesday 22 July 2025
Made by: The Rt Hon Margaret Ashdown-Reyes MP, Secretary of State for Schools and Skills
Laid in: House of Commons

----------------------------------------------------------------------

My honourable friend the Minister of State for School Standards (Daniel Okonjo MP) and I are today publishing the 36th report of the Teachers' Pay Review Board (TPRB), together with the Government's response. I am grateful to the Board's chair, Professor Imogen Latham, and to its members for their careful work in a compressed timetable.

The Government has accepted the Board's central recommendation in full. Teachers and school leaders in maintained schools in England will receive a pay award of 4.8 per cent for the 2025/26 school year. The award will take effect from Monday 1 September 2025 and will apply to every point on the main pay range, the upper pay range, the unqualified teacher pay range and the leadership group pay range.

1. The award

The Board recommended an across-the-board uplift of 4.8 per cent to all pay and allowance ranges. It considered, and rejected, a differentiated award weighted towards early-career teachers, concluding that the 2023 reforms to starting pay had already achieved their aim.

As a result of this award:

- the minimum starting salary for a newly qualified teacher outside London will rise from £31,650 to £33,170;
- the minimum starting salary in Inner London will rise from £38,810 to £40,673;
- the maximum of the upper pay range outside London will rise from £49,084 to £51,440;
- the maximum of the unqualified teacher pay range outside London will rise from £30,315 to £31,770;
- the teaching and learning responsibility (TLR) and special educational needs (SEN) allowances will each rise by 4.8 per cent.

The Board noted that average teacher pay had fallen by 9.1 per cent in real terms between 2010/11 and 2024/25, and that recruitment to initial teacher training reached only 62 per cent of the target for secondary subjects in 2024/25. It judged that an award of 4.8 per cent was necessary to "arrest the decline in the relative competitiveness of teaching as a graduate profession".

2. Funding

The Government recognises that schools must be able to afford this award. We will therefore provide £1.32 billion in additional grant funding in the 2025/26 financial year, rising to £2.27 billion in 2026/27, through a new Teachers' Pay Additional Grant (TPAG).

This funding covers the cost of the award above the 2.5 per cent that schools were asked to plan for in the Department's evidence to the Board, which was submitted on Thursday 12 December 2024. Schools will therefore meet the first 2.5 per cent of the award from their existing budgets, which rose by an average of 3.4 per cent per pupil this year.

Grant allocations for individual schools will be published by Friday 24 October 2025. The first payments will be made to local authorities and academy trusts in November 2025. Sixth-form colleges will receive a separate allocation of £41 million.

3. Workload and other recommendations

The Board also recommended that the Department reduce the maximum number of directed hours from 1,265 to 1,240 a year from September 2026. The Government accepts this recommendation in principle and will consult on the necessary changes to the School Teachers' Pay and Conditions Document (STPCD) in the autumn. The consultation will open on Monday 3 November 2025 and run for eight weeks.

The Government does not accept the Board's recommendation that the pay award for 2026/27 be agreed by the end of March 2026. We will instead ask the Board to report by Wednesday 1 April 2026, so that schools have certainty before the start of the summer term.

4. Remit for the 37th report

I am today issuing the Board's remit for its next report, which will consider the pay award for 2026/27 and the case for a multi-year settlement covering 2026/27 and 2027/28. The Department will submit its evidence by Thursday 4 December 2025.

5. Statement by the Secretary of State

Speaking at Northfield Academy in Leicester this morning, I said: "Great teachers are the single most important thing a school can offer a child. This award, fully funded above what schools planned for, is the biggest rise in starting pay in a generation and it sends a clear message: if you want to change lives, there is no better job than teaching."

The Minister of State for School Standards, Daniel Okonjo MP, said: "We have listened to heads who told us that budgets were stretched. That is why every penny above 2.5 per cent will be met by new money from the Department, not by cuts to classrooms."

6. Questions and answers

Q: When will teachers see the increase in their pay?
A: The award applies from 1 September 2025. Most teachers will see it in their September or October pay, with arrears paid where necessary.

Q: Does the award apply to academies?
A: Academy trusts set their own pay, but the Department expects them to pass on the award in full, and the grant is paid on the same basis as to maintained schools.

Q: Does the award apply in Wales?
A: No. Teachers' pay in Wales is a devolved matter for the Welsh Government.

Q: How many teachers will benefit?
A: Around 468,000 full-time equivalent teachers in England, together with around 22,000 school leaders.

I will place copies of the TPRB report and the Government's response in the Libraries of both Houses.

ENDS

Notes

1. The Teachers' Pay Review Board is an independent advisory non-departmental public body. Its 36th report was submitted to the Secretary of State on Monday 30 June 2025.
2. The Department for Schools and Skills press office can be contacted on 020 7946 0418.
3. The figures above apply to England only.
`;

const RELEASE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>4.8% pay award "a step, not a solution", says NUCT | National Union of Classroom Teachers</title>
  <meta name="description" content="The National Union of Classroom Teachers responds to the Government's teachers' pay award for 2025/26 and announces an indicative ballot.">
  <link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header">
    <a class="logo" href="/"><img src="/assets/img/nuct-logo.svg" alt="NUCT – National Union of Classroom Teachers"></a>
    <nav class="primary-nav" aria-label="Main">
      <ul>
        <li><a href="/join">Join NUCT</a></li>
        <li><a href="/pay">Pay &amp; conditions</a></li>
        <li><a href="/advice">Advice &amp; guidance</a></li>
        <li><a href="/campaigns">Campaigns</a></li>
        <li><a href="/news" aria-current="page">News</a></li>
        <li><a href="/branches">Find your branch</a></li>
        <li><a href="/login">Member log-in</a></li>
      </ul>
    </nav>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/press-releases">Press releases</a> › Pay award 2025/26
  </nav>

  <main id="main">
    <article class="press-release">
      <p class="kicker">Press release</p>
      <h1>4.8% pay award "a step, not a solution", says NUCT</h1>
      <p class="meta">Published <time datetime="2025-07-22T14:30">Tuesday 22 July 2025, 2.30pm</time> · Pay &amp; conditions · For immediate release</p>

      <p class="standfirst">The National Union of Classroom Teachers (NUCT) has said today's 4.8 per cent pay award for teachers in England is "a step, not a solution", and has announced that it will ask its members whether they are prepared to take industrial action over funding.</p>

      <p>Responding to the written ministerial statement by the Secretary of State for Schools and Skills, Margaret Ashdown-Reyes, NUCT general secretary Ruth Calloway welcomed the size of the award but warned that schools would still have to find the first 2.5 per cent from budgets that were "already cut to the bone".</p>

      <p>The union had called for a fully funded rise of 7 per cent in its evidence to the Teachers' Pay Review Board. It estimates that the unfunded part of the award will cost schools in England around £740 million in 2025/26, equivalent to the salaries of roughly 14,500 teachers.</p>

      <h2>"Heads will be forced to choose"</h2>

      <p>Ruth Calloway said: "After fifteen years of real-terms cuts, a 4.8 per cent award is a welcome step, but it is not a solution. The Government is paying for part of this rise and leaving schools to find the rest. Heads will be forced to choose between paying their staff and keeping class sizes down."</p>

      <p>She added: "Ministers call this fully funded. It is not. Any head teacher looking at their budget this week will tell you that."</p>

      <p>NUCT president Aled Pryce, a geography teacher at Ysgol Glan Taf in Cardiff, said: "Teachers in Wales are still waiting to hear what their government will do. We will not accept a two-tier profession."</p>

      <h2>Indicative ballot</h2>

      <p>The NUCT national executive, meeting in Birmingham on Saturday 6 September 2025, will be asked to approve an indicative ballot of members in England. If approved, the ballot will open on Monday 15 September 2025 and close at noon on Friday 17 October 2025.</p>

      <p>Deputy general secretary Tom Brinkley said the ballot would ask members two questions: whether they accept the funding arrangements for the award, and whether they would be prepared to take industrial action, up to and including strike action, to secure full funding.</p>

      <p>"This is an indicative ballot, not a formal statutory ballot," he said. "No teacher will be asked to walk out this autumn. But the Government needs to hear from the profession before it sets the remit for next year."</p>

      <p>A formal ballot would require a turnout of at least 50 per cent under the Trade Union Act 2016. In the union's last indicative ballot, in the spring term of 2025, turnout was 46 per cent and 81 per cent of those voting said they would be prepared to take action short of strike.</p>

      <h2>Members' survey</h2>

      <p>A survey of 11,260 NUCT members in England, carried out between Monday 12 May and Monday 30 June 2025, found that:</p>
      <ul>
        <li>71 per cent had considered leaving teaching in the past year;</li>
        <li>58 per cent said their school had cut support staff posts since September 2024;</li>
        <li>39 per cent said class sizes in their school had risen in the past two years.</li>
      </ul>

      <h2>Notes to editors</h2>
      <ol>
        <li>The National Union of Classroom Teachers represents more than 212,000 teachers, school leaders and support staff in England and Wales. Its headquarters are at Hamilton House, 14 Wakefield Road, Leeds.</li>
        <li>Ruth Calloway has been general secretary of the NUCT since January 2022. She was previously head teacher of Mossley Hill Primary School in Liverpool.</li>
        <li>The pay award announced today applies to teachers in England only. Teachers' pay in Wales is set by the Welsh Government.</li>
        <li>The starting salary for a new teacher outside London will be £33,170 from September 2025. The union had proposed a starting salary of £34,500.</li>
        <li>Spokespeople are available for broadcast interview. Contact the NUCT press office on 0113 496 0725 or press@nuct.org.uk. Out of hours: 07700 900 482.</li>
      </ol>

      <p class="share">Share this: <a href="https://x.com/intent/tweet?url=https://www.nuct.org.uk/news/pay-award-2025-26">X</a> · <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.nuct.org.uk/news/pay-award-2025-26">Facebook</a> · <a href="mailto:?subject=NUCT%20pay%20award%20response">Email</a></p>
    </article>

    <aside class="related">
      <h2>Related news</h2>
      <ul>
        <li><a href="/news/tprb-evidence-2025">NUCT submits evidence to pay review board</a></li>
        <li><a href="/news/workload-survey-2025">Workload survey: teachers working 51 hours a week</a></li>
        <li><a href="/news/spring-indicative-ballot-result">Spring indicative ballot result announced</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <nav aria-label="Footer">
      <a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy notice</a> · <a href="/cookies">Cookies</a> · <a href="/accessibility">Accessibility</a> · <a href="/sitemap">Sitemap</a>
    </nav>
    <p>© 2025 National Union of Classroom Teachers. Registered as a trade union under the Trade Union and Labour Relations (Consolidation) Act 1992.</p>
    <p>Hamilton House, 14 Wakefield Road, Leeds LS1 4HT</p>
  </footer>
</body>
</html>
`;

const files = { 'dss-ministerial-statement.txt': STATEMENT, 'nuct-press-release.html': RELEASE };

describe("a pay award: the ministerial statement and the union's release, with the product's word vectors", () => {
  withProductWordVectors();

  test('the rival after the same words: "will rise to £52,440" / "will rise from £49,084 to £51,440"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was "The source gives £49,084, not £52,440".
    verdict('contradicted', 'The maximum of the upper pay range outside London will rise to £52,440.', [['£52,440', '£51,440']]);
    verdict('supported', 'The maximum of the upper pay range outside London will rise to £51,440.');
  });
});
