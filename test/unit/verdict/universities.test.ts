/**
 * A university's job cuts: the vice-chancellor's all-staff email (plain text) and the academics' union's statement on
 * its strike ballot (HTML). "As many as 400 posts" is the email's "up to 400" (a bound, not an exact figure). The
 * sources are written for these tests (from a helper's draft); the university and people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const EMAIL = `From: Office of the Vice-Chancellor <vc.office@northmoor.ac.uk>
To: All Staff <allstaff@northmoor.ac.uk>
Date: Tuesday, 4 March 2025 09:15
Subject: Securing Northmoor's future: our financial recovery plan

Dear colleagues,

I am writing to you all directly, before any announcement is made to the press or to students, because you deserve to hear this from me first.

This morning the University Council approved a financial recovery plan for Northmoor University. I will not pretend that this is anything other than difficult news. The plan will mean fewer colleagues, fewer courses and some hard choices about where we focus our teaching and research over the next three years.

Where we are

Our audited accounts for 2023/24 showed an operating deficit of £18.6 million. Without action, our finance team forecasts that the deficit for 2024/25 will widen to £31.2 million, on income of roughly £412 million. Our cash reserves have fallen from £96 million in July 2022 to £54 million today, and our lenders require us to keep a minimum of £40 million in hand.

The causes will be familiar to many of you. International postgraduate recruitment fell by 38% in September 2024 compared with the previous year, following the changes to dependant visa rules. The domestic undergraduate tuition fee was frozen at £9,250 for seven years before the recent increase, which has eroded its value in real terms by roughly a third. At the same time, employer contributions to the Teachers' Pension Scheme rose from 23.7% to 28.7% in April 2024, adding £3.4 million a year to our costs.

What the plan involves

The recovery plan aims to save £45 million a year by the end of 2026/27. Around £27 million of that will come from staff costs, and the remainder from estates, procurement and IT.

We expect the plan to affect up to 400 full-time equivalent posts across the university. Of these, around 260 are academic posts and around 140 are professional services posts. We will seek to reduce the number of compulsory redundancies through a voluntary severance scheme, which opens on Monday 10 March and closes at 5pm on Friday 11 April. Colleagues who leave under the scheme will receive an enhanced payment of up to 12 months' salary.

The changes will fall most heavily on three faculties: the Faculty of Arts and Humanities, the Faculty of Social Sciences, and the Faculty of Health and Life Sciences. The Faculty of Engineering and the Business School are not in scope for academic reductions in this round, although some professional services roles in those areas will be reviewed.

We are proposing to close 23 undergraduate programmes and 9 postgraduate taught programmes. These include single honours degrees in Modern Languages, Music, Archaeology, Theology and Religious Studies, and Social Work. No new students will be admitted to these programmes from September 2026. Every student already enrolled, or holding an offer for September 2025, will be taught out and will be able to complete their degree.

The School of Music will close and its remaining staff will transfer to the School of Creative Industries. We will also merge the Departments of Sociology and Criminology into a single department.

We are not proposing to close our campus in Halton Bridge. The Halton Bridge site will remain the home of our nursing and midwifery provision.

Consultation

Because the proposals could result in more than 100 redundancies at one establishment, we have a legal duty to consult collectively for at least 45 days. A formal collective consultation with our recognised trade unions, the University and College Union (UCU), UNISON and Unite, began this morning. We will submit the HR1 form to the Department for Business and Trade today.

Formal consultation will run until Friday 25 April. No compulsory redundancy notices will be issued before the consultation has concluded, and I want to be clear that we did not take this decision lightly.

Our Chief Operating Officer, Helen Okafor, will lead the consultation for the university. Deans will hold open meetings in each affected faculty during the week of 10 March, and I will host an all-staff town hall in the Great Hall at 1pm on Thursday 6 March. The town hall will also be streamed online for colleagues at Halton Bridge and those working remotely.

A word on pay

I know some of you will ask whether senior leaders are sharing the burden. They are. The University Executive Board has agreed to a 10% reduction in salary for the next two years, and I have also declined my performance bonus for 2024/25. Senior salaries are only a small part of the total savings, and I do not claim otherwise, but I believe we must lead by example.

Why we must act now

"We cannot borrow our way out of this," our Chair of Council, Sir Martin Reeve, told Council this morning. "Every month we delay makes the eventual cuts deeper."

I agree with him. If we do nothing, the university's cash reserves would fall below our covenant minimum by early 2026. That is not a risk any responsible institution can take.

Northmoor has been part of this city for 127 years. We educate more than 24,000 students and employ around 4,300 staff. I am confident that a smaller, more focused Northmoor can continue to do outstanding work. But I will not pretend that the next few months will be easy for anyone.

Support is available through the Employee Assistance Programme, which is free and confidential and open 24 hours a day, and your line manager and HR business partner will be able to answer questions about the voluntary severance scheme.

Thank you for everything you do for our students.

With best wishes,

Professor Alison Marsh
Vice-Chancellor and Chief Executive
Northmoor University
`;

const STATEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Members vote for strike action over Northmoor cuts | Northmoor UCU</title>
  <link rel="stylesheet" href="/assets/css/branch.css">
  <link rel="alternate" type="application/rss+xml" title="Northmoor UCU news" href="/feed.xml">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">Northmoor UCU</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/news/" aria-current="page">News</a></li>
        <li><a href="/campaigns/">Campaigns</a></li>
        <li><a href="/join/">Join UCU</a></li>
        <li><a href="/casework/">Get help</a></li>
        <li><a href="/contact/">Contact</a></li>
      </ul>
    </nav>
  </header>

  <main id="content">
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <a href="/">Home</a> &rsaquo; <a href="/news/">News</a> &rsaquo; Ballot result
    </nav>

    <article class="news-item">
      <h1>Members vote overwhelmingly for strike action to stop Northmoor job cuts</h1>
      <p class="meta">Posted by Northmoor UCU branch committee on Wednesday 14 May 2025</p>

      <p>Members of Northmoor University's branch of the University and College Union (UCU) have voted decisively for strike action and action short of a strike in their dispute over the university's plan to cut up to 400 jobs.</p>

      <p>The statutory ballot closed at noon on Tuesday 13 May. Of the 1,486 members balloted, 912 returned a vote, a turnout of 61.4%. That comfortably clears the 50% threshold required under the Trade Union Act 2016.</p>

      <p>On strike action, 78.2% voted yes. On action short of a strike, which includes a marking and assessment boycott, 86.5% voted yes. This is the highest turnout in any ballot at Northmoor since the branch was formed, and higher than the 52% turnout recorded in the 2023 pay ballot.</p>

      <h2>What happens next</h2>

      <p>The branch committee will meet on Friday 16 May to agree a timetable of action. Under the law we must give the employer at least 14 days' notice before any action begins. We expect the first strike days to fall in the week of 2 June, during the summer assessment period, unless management withdraws the threat of compulsory redundancies.</p>

      <p>The mandate lasts for six months, until 13 November 2025.</p>

      <p>Branch president Dr Rachel Finch said: "This result sends the clearest possible message to Professor Marsh and the University Executive Board. Our members did not cause this deficit and they will not pay for it with their jobs. We are ready to talk at any time, but management must take compulsory redundancies off the table."</p>

      <p>Dr Finch added that the university had spent £68 million on a new student hub and sports centre at its Riverside campus since 2020, and that the branch had asked for an independent review of the university's finances but had received no reply.</p>

      <h2>"They are closing the door on a whole generation"</h2>

      <p>Dr Tomasz Nowak, a senior lecturer in Modern Languages who has taught at Northmoor for 17 years, said the closure of his department would leave the region without any university teaching French, German or Spanish to degree level.</p>

      <p>"They are closing the door on a whole generation of students from this region," Dr Nowak said. "Most of our language students are the first in their family to go to university. Where are they supposed to go now?"</p>

      <p>Of the 23 undergraduate programmes proposed for closure, the branch says 14 are in the Faculty of Arts and Humanities. The branch estimates that 96 academic posts are at risk in that faculty alone.</p>

      <h2>Voluntary severance is not enough</h2>

      <p>Management told the union on Thursday 24 April that 187 staff had applied for voluntary severance by the scheme's closing date. The branch says this shows that compulsory redundancies are not necessary, and that the remaining savings could be found by pausing capital projects and cutting spending on external consultants, which reached £5.7 million last year.</p>

      <p>The university has not yet ruled out compulsory redundancies. At the last meeting of the joint negotiating committee, on Wednesday 7 May, management did not offer any new proposals.</p>

      <p>Branch secretary Kwame Asante said: "Over 900 of our members took the time to vote. Management should listen to them, not to the consultants."</p>

      <p>UNISON, which represents many professional services staff at Northmoor, is holding its own consultative ballot, which closes on 30 May. Unite has not yet announced a ballot.</p>

      <h2>Show your support</h2>

      <p>A rally will be held on the Riverside campus, outside the Marsh Building, at 12:30pm on Wednesday 21 May. Students, staff and members of the public are welcome. Members who are not yet on the branch's mailing list should contact the branch office.</p>

      <p class="share">Share this: <a href="https://twitter.com/intent/tweet?url=https://northmoorucu.org.uk/news/ballot-result">Twitter</a> | <a href="https://www.facebook.com/sharer/sharer.php?u=https://northmoorucu.org.uk/news/ballot-result">Facebook</a></p>
    </article>

    <aside class="sidebar">
      <h2>Latest news</h2>
      <ul>
        <li><a href="/news/consultation-update-3/">Consultation update: week 6</a></li>
        <li><a href="/news/open-letter/">Open letter to Council</a></li>
        <li><a href="/news/ballot-opens/">Statutory ballot opens</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <p>Northmoor UCU, Room G.14, Student Union Building, Northmoor University, Riverside Campus</p>
    <p>Northmoor UCU is a branch of the University and College Union. Promoted by the branch committee.</p>
    <ul class="footer-links">
      <li><a href="/privacy/">Privacy</a></li>
      <li><a href="/accessibility/">Accessibility</a></li>
      <li><a href="/sitemap/">Sitemap</a></li>
    </ul>
    <p>&copy; 2025 Northmoor UCU. All rights reserved.</p>
  </footer>
</body>
</html>
`;

const files = { 'vc-email.txt': EMAIL, 'ucu-statement.html': STATEMENT };

describe('a university\'s job cuts and a union\'s ballot, with the product\'s word vectors', () => {
  withProductWordVectors();

  test('"as many as 400" is "up to 400"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was contradicted: 400 / up to 400.
    verdict('supported', 'The plan could affect as many as 400 full-time equivalent posts, around 260 of them academic.');
    verdict('contradicted', 'The plan could affect exactly 400 full-time equivalent posts, around 260 of them academic.');
  });

  test('"has now ruled out" / "has not yet ruled out"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported ("yet" was read as the word denied).
    verdict('contradicted', 'The university has now ruled out compulsory redundancies, according to the union.');
    verdict('supported', 'The university has not yet ruled out compulsory redundancies, according to the union.');
  });
});
