/**
 * A football club's new striker: the club's announcement (HTML) and the manager's press conference (transcript). The
 * sources are written for these tests (from a helper's draft); the clubs and the people are invented.
 */
import { describe, test } from 'node:test';
import { expectVerdictWith, workspaceIndex } from './sources';
import { withProductWordVectors } from './productVectors';

const ANNOUNCEMENT = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Rovers complete signing of Dominic Aduba from Millhaven City | Castlebridge Rovers FC</title>
  <meta name="description" content="Castlebridge Rovers have completed the signing of striker Dominic Aduba from Millhaven City on a contract until June 2029.">
  <meta property="og:title" content="Rovers complete signing of Dominic Aduba">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2025-01-14T18:30:00+00:00">
  <meta property="article:section" content="First Team News">
  <link rel="stylesheet" href="/assets/css/site.min.css">
  <script src="/assets/js/analytics.js" defer></script>
</head>
<body class="news-article">
  <header class="site-header">
    <a class="crest" href="/"><img src="/assets/img/crest.svg" alt="Castlebridge Rovers FC crest"></a>
    <nav class="primary-nav" aria-label="Main">
      <ul>
        <li><a href="/news">News</a></li>
        <li><a href="/tickets">Tickets</a></li>
        <li><a href="/fixtures">Fixtures &amp; Results</a></li>
        <li><a href="/teams/first-team">First Team</a></li>
        <li><a href="/roverstv">RoversTV</a></li>
        <li><a href="https://shop.castlebridgerovers.co.uk">Shop</a></li>
        <li><a href="/club/foundation">Foundation</a></li>
      </ul>
    </nav>
    <form class="site-search" action="/search" method="get">
      <input type="search" name="q" placeholder="Search the site">
      <button type="submit">Search</button>
    </form>
  </header>

  <nav class="breadcrumb" aria-label="Breadcrumb">
    <a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/first-team">First Team</a>
  </nav>

  <main>
    <article>
      <p class="kicker">Transfer News</p>
      <h1>Rovers complete signing of Dominic Aduba from Millhaven City</h1>
      <p class="byline">By Club Media Team · <time datetime="2025-01-14T18:30:00+00:00">Tuesday 14 January 2025, 6.30pm</time></p>

      <p class="standfirst">Castlebridge Rovers Football Club is delighted to confirm the signing of striker Dominic Aduba from Millhaven City for an undisclosed club-record fee, subject to international clearance.</p>

      <p>The 27-year-old forward has signed a four-and-a-half-year contract that will keep him at Foundry Lane until June 2029, with the club holding an option to extend the deal by a further 12 months.</p>

      <p>Aduba completed a medical at the club's Ashcombe Park training centre on Monday 13 January and put pen to paper on Tuesday afternoon, becoming the club's third signing of the January transfer window after defender Callum Restarick and goalkeeper Jonas Veltman.</p>

      <p>Although the fee has not been disclosed by either club, Castlebridge Rovers can confirm it surpasses the previous club record of £11.2 million paid to Ferrisburgh United for midfielder Rafael Quintero in August 2022.</p>

      <h2>Prolific record</h2>

      <p>Aduba joins after three and a half seasons at Millhaven City, where he scored 47 goals in 112 appearances in all competitions. He was the Championship's second-highest scorer last season with 19 league goals, one behind the division's Golden Boot winner, and was named Millhaven City's Players' Player of the Year in May 2024.</p>

      <p>This season he has scored nine goals in 24 appearances, including a hat-trick against Eastwick Albion on Saturday 2 November.</p>

      <p>Born in Leicester, Aduba began his career in the academy at Trenton Vale before moving to Millhaven City from Harbury Town in July 2021 for a fee of £1.8 million. He has won four caps for Nigeria, scoring once, on his debut against Ghana in March 2023.</p>

      <h2>Number nine</h2>

      <p>Aduba will wear the number 9 shirt, which has been vacant since club captain Lewis Broadhurst retired in the summer after 14 years at Foundry Lane.</p>

      <p>He could make his debut when Rovers host Kingsmere Wanderers at Foundry Lane on Saturday 18 January (kick-off 3pm), provided his registration is completed by midday on Friday 17 January.</p>

      <h2>What they said</h2>

      <p>Manager Gareth Pennock said: "Dominic is exactly the type of centre-forward we have been looking for. He runs in behind, he presses from the front and he finishes. We have followed him for two years and I'm delighted we've finally got him."</p>

      <p>Sunita Marwaha, the club's sporting director, added: "This is a statement signing for the football club. It shows the ambition of our owners and our commitment to competing at the top end of the table. I want to thank Millhaven City for the professional way the negotiations were conducted."</p>

      <p>Chairman Richard Oyelaran said: "Bringing in a player of Dominic's quality in the middle of the season is not easy, and it reflects the hard work of Sunita, Gareth and the whole recruitment department."</p>

      <p>Aduba told RoversTV: "As soon as I knew Castlebridge wanted me, there was only one place I wanted to be. The fans here are special, and I can't wait to score goals in front of the Foundry Lane crowd."</p>

      <p>Castlebridge Rovers currently sit fifth in the Championship with 41 points from 26 matches, three points outside the automatic promotion places.</p>

      <p>Everyone at Castlebridge Rovers welcomes Dominic to the club.</p>

      <p class="note">Aduba's full first interview will be available on RoversTV from 8pm. Tickets for the Kingsmere Wanderers fixture remain on general sale, priced from £24 for adults and £12 for under-18s.</p>
    </article>

    <aside class="related">
      <h3>Related articles</h3>
      <ul>
        <li><a href="/news/restarick-joins">Restarick joins on three-year deal</a></li>
        <li><a href="/news/veltman-loan">Veltman arrives on loan</a></li>
        <li><a href="/news/kingsmere-preview">Kingsmere Wanderers: ticket news</a></li>
      </ul>
    </aside>
  </main>

  <footer class="site-footer">
    <div class="sponsors">Principal partner: Harlow &amp; Finch Building Society · Kit partner: Vantor Sportswear</div>
    <ul class="footer-links">
      <li><a href="/club/contact">Contact us</a></li>
      <li><a href="/club/privacy">Privacy policy</a></li>
      <li><a href="/club/cookies">Cookie settings</a></li>
      <li><a href="/club/accessibility">Accessibility</a></li>
      <li><a href="/club/careers">Careers</a></li>
    </ul>
    <p>© 2025 Castlebridge Rovers Football Club Limited. Registered in England and Wales, company number 00412873. Registered office: Foundry Lane Stadium, Foundry Lane, Castlebridge CB4 7RT.</p>
  </footer>
</body>
</html>
`;

const PRESS_CONFERENCE = `CASTLEBRIDGE ROVERS FC — PRE-MATCH PRESS CONFERENCE
Transcript: Gareth Pennock, manager, Castlebridge Rovers
Recorded: Thursday 16 January 2025, 1.30pm, media suite, Ashcombe Park training centre, Castlebridge
Ahead of: Castlebridge Rovers v Kingsmere Wanderers, Sky Bet Championship, Saturday 18 January 2025, 3pm
Speakers: Gareth Pennock (manager, Castlebridge Rovers); Nadia Croft (head of media, Castlebridge Rovers); Helen Dart (chief sports reporter, Castlebridge Evening Post); Marcus Oduya (BBC Radio Westshire); Priya Lal (football correspondent, The Northern Chronicle); Tom Keel (Sportsline TV)
Transcribed by the Castlebridge Rovers media department. Lightly edited for clarity.

NADIA CROFT: Afternoon, everyone. Gaffer's got about 20 minutes today, so we'll go straight to questions. Helen, do you want to start us off?

HELEN DART: Thanks, Nadia. Gareth, the big news this week is obviously Dominic Aduba. How long has that deal been in the works?

GARETH PENNOCK: Honestly, we first spoke to Millhaven about him in the summer, back in July, and they told us he wasn't for sale. We kept going back. I think the turning point was after Christmas, when they signed Okonjo from Portwell and could see a way of replacing him. From then it moved quickly. The final conversations were on Sunday night, the medical was Monday and he signed on Tuesday.

HELEN DART: Is he ready to start on Saturday?

GARETH PENNOCK: He'll be involved. Whether he starts or comes off the bench, I'll decide tomorrow. He trained with the group this morning for the first time and he looked sharp. He played 90 minutes for Millhaven a week last Saturday, so fitness isn't the issue. It's more about learning the patterns, how we press, who goes where at set pieces. The paperwork came through from the league this morning, so he's registered.

MARCUS ODUYA: Gareth, Marcus from BBC Radio Westshire. The fee — there are reports it's around £14 million. Can you tell us anything?

GARETH PENNOCK: I can't, Marcus, and you know I can't. What I'll say is that it's a club record, the club has said that, and the owners have backed me. I'd rather talk about the player than the price.

MARCUS ODUYA: Does that put more pressure on him?

GARETH PENNOCK: No. Look, the price tag is the price tag. Dominic has scored 47 goals at Millhaven, he was the second-best scorer in this league last season with 19. He knows where the net is. The pressure is on me to give him the service. If we don't create chances, that's on me, not him.

PRIYA LAL: Priya Lal, Northern Chronicle. You've had Dennis Achterberg and Kyle Moffatt sharing the centre-forward role this season. Where does this leave them?

GARETH PENNOCK: They've both been brilliant. Dennis has got eight goals, Kyle's got six, and they've carried a lot of the load. But we've had 11 players injured at one point in December and we needed another striker, a different type of striker. Dominic gives us pace in behind. It means I can play two up top when we need to chase a game. Nobody's being pushed out.

PRIYA LAL: And the number nine shirt — was that your decision?

GARETH PENNOCK: That was Dominic's request, actually. I spoke to Lewis about it first, because that shirt meant a lot to him after 14 years here, and Lewis said he'd be proud to see it worn by a proper centre-forward. So he's got Lewis's blessing.

TOM KEEL: Tom Keel, Sportsline TV. You're fifth, three points off the top two. Is this the signing that gets you promoted?

GARETH PENNOCK: One player doesn't get you promoted. We've got 20 games left and it's a really tight league. What I'll say is that we've scored 35 goals in 26 games, and we've missed a lot of good chances. If Dominic turns a few of those draws into wins, then we're in a good place.

TOM KEEL: Are there any more signings coming before the window shuts?

GARETH PENNOCK: Maybe one more, on loan, if the right one's there. We're looking at a wide player. But if nothing's right we won't do anything. The window shuts on Monday 3 February and I'm not going to panic-buy.

HELEN DART: Just on team news, Gareth. How are Restarick and Veltman?

GARETH PENNOCK: Callum's fine, he'll be in the squad. Jonas has a slight groin strain, he won't make Saturday but he should be okay for Tuesday night at Ravensholt. Achterberg has a knock on his ankle, we'll give him until tomorrow. Apart from that, everyone else is available, which is nice for a change.

MARCUS ODUYA: And Kingsmere themselves, they've won their last three. What are you expecting?

GARETH PENNOCK: A tough game. They're well organised, they're dangerous from set pieces, and Aleksander Brandt has done a great job there since he came in. They beat us 2-1 at their place in September and we haven't forgotten that. We'll have 24,000 here on Saturday, it's nearly sold out, so hopefully that gives us a lift.

PRIYA LAL: Last one from me. What did you say to Dominic when he signed?

GARETH PENNOCK: I told him to enjoy it. I said, "You don't have to be anyone other than yourself here." He's a humble lad, he works hard, and the dressing room has already taken to him. He had to sing on Tuesday night at the team dinner, and he was terrible, so at least we know he's not perfect.

NADIA CROFT: We'll leave it there. Thanks, everyone.

[END OF TRANSCRIPT — 19 minutes 40 seconds]
`;

const files = { 'castlebridge-announcement.html': ANNOUNCEMENT, 'pennock-press-conference.txt': PRESS_CONFERENCE };

describe("a signing: the club's announcement and the manager's press conference, with the product's word vectors", () => {
  withProductWordVectors();

  test('a denial against a sentence that says it of "he": "Aduba had not yet been registered" / "so he\'s registered"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Pennock said Aduba had not yet been registered by the league.');
    verdict('supported', 'Pennock said Aduba had been registered by the league.');
  });

  test('a name put in another name\'s place: "began his career in the academy at Harbury Town" / "… at Trenton Vale before moving … from Harbury Town"', async () => {
    const verdict = expectVerdictWith(await workspaceIndex(files));
    // Was supported.
    verdict('contradicted', 'Born in Leicester, Aduba began his career in the academy at Harbury Town.', [['Harbury Town', 'Trenton Vale']]);
    verdict('supported', 'Born in Leicester, Aduba began his career in the academy at Trenton Vale.');
    // (The same names in another order, each with its own preposition, are no swap.)
    verdict('supported', 'Aduba moved to Millhaven City from Harbury Town in July 2021 for a fee of £1.8 million.');
  });
});
